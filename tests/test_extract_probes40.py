"""Cases from the stop-23 probes (space, aviation, church, fashion, Australian and Indian politics, sport
interviews, housing, African elections, strikes, wildlife, a fraud trial): each a pattern that recurs in
news, on sentences written here."""

from __future__ import annotations

from tests.extract_helpers import indirect, run


def test_the_company_after_a_named_person_is_still_the_company():
    r = run("The company said it would report within 30 days. Dev Santhanam said the drop came without warning. "
            "The company said it was too early to speculate.")
    assert indirect(r, "it was too early").speaker != "Dev Santhanam"
    assert indirect(r, "the drop came").speaker == "Dev Santhanam"
    assert next(s for s in r.speakers if s.name == "Dev Santhanam").role is None
