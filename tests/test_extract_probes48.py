"""Cases from the stop-25 probes (Indian results, Brazilian votes, climate finance, tennis, sentencing,
product launches, an outbreak, a tribunal, house prices, a pilots' strike, drought, a warship order): each a
pattern that recurs in news, on sentences written here."""

from __future__ import annotations

from tests.extract_helpers import indirect, quote, run


def test_the_airline_is_the_firm_whose_workforce_the_story_opens_with():
    for opening in ("Pilots at Aerolinea Baltica walked out on Monday.", "Workers at Castlemere Marine walked out."):
        firm = opening.split(" at ", 1)[1].split(" walked", 1)[0]
        for noun in ("airline", "company", "firm"):
            r = run(f'{opening} "We are ready for talks," the {noun} said.')
            assert quote(r, "We are ready for talks").speaker == firm, (opening, noun)
            assert next(s for s in r.speakers if s.name == firm).kind == "organization"
            assert any(s.kind == "organization" and s.name == firm for s in r.sources)


def test_a_name_that_says_it_will_hire_or_cancel_is_a_firm():
    for text in ("Castlemere Marine said it would recruit 400 apprentices.",
                 "Aerolinea Baltica said it had cancelled 420 flights."):
        r = run(text)
        firm = text.split(" said", 1)[0]
        assert indirect(r, "it ").speaker == firm
        assert [s.kind for s in r.speakers] == ["organization"], text
        assert [s.name for s in r.sources if s.kind == "organization"] == [firm], text
