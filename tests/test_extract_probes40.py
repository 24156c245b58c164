"""Cases from the stop-23 probes (space, aviation, church, fashion, Australian and Indian politics, sport
interviews, housing, African elections, strikes, wildlife, a fraud trial): each a pattern that recurs in
news, on sentences written here."""

from __future__ import annotations

from tests.extract_helpers import indirect, quote, run


def test_the_company_after_a_named_person_is_still_the_company():
    r = run("The company said it would report within 30 days. Dev Santhanam said the drop came without warning. "
            "The company said it was too early to speculate.")
    assert indirect(r, "it was too early").speaker != "Dev Santhanam"
    assert indirect(r, "the drop came").speaker == "Dev Santhanam"
    assert next(s for s in r.speakers if s.name == "Dev Santhanam").role is None


def test_a_title_for_a_portfolio_runs_to_the_name():
    for text, name, role in (
            ("Minister for Water Resources Kavitha Shenoy said the file was delayed.", "Kavitha Shenoy",
             "Minister for Water Resources"),
            ("Minister for Health Kavitha Shenoy said the file was delayed.", "Kavitha Shenoy", "Minister for Health"),
            ("Leader of the Opposition Ramesh Kumar Iyer said the cost had been inflated.", "Ramesh Kumar Iyer",
             "Leader of the Opposition")):
        r = run(text)
        assert [(s.name, s.role) for s in r.speakers] == [(name, role)]


def test_the_surname_after_a_title_for_a_portfolio_is_the_same_person():
    r = run('Leader of the Opposition Ramesh Kumar Iyer said the cost had been inflated. "This is a scam," Iyer said.')
    assert quote(r, "This is a scam").speaker == "Ramesh Kumar Iyer"
    assert not [s for s in r.sources if s.kind == "organization"]


def test_a_state_title_of_a_portfolio_is_no_person_with_an_organisation():
    r = run("Ohio Secretary of State Jon Husted said the ruling was wrong. Husted said he would appeal.")
    assert indirect(r, "the ruling was wrong").speaker == "Jon Husted"
    assert [(s.name, s.role) for s in r.speakers] == [("Jon Husted", "Ohio Secretary of State")]


def test_a_title_with_its_portfolio_is_the_role_of_a_person_described_elsewhere():
    r = run("Talks between President Xi Jinping and Secretary of State John Kerry ran late. Mr. Kerry said the two "
            "sides had agreed on a second round.")
    assert indirect(r, "the two sides").speaker == "John Kerry"
    assert next(s for s in r.speakers if s.name == "John Kerry").role == "Secretary of State"
