"""Cases from the stop-28 probes and the items earlier probes left: each a pattern that recurs in news,
on sentences written here."""

from __future__ import annotations

from tests.extract_helpers import indirect, quote, run


def _speaker(r, name):
    return next(s for s in r.speakers if s.name == name)


def test_a_body_named_people_without_borders_is_one_organisation():
    r = run("Reporters Without Borders said the journalist was detained. \"This is outrageous,\" the group said. "
            "Engineers Without Borders said the bridge would open.")
    assert indirect(r, "the journalist was detained").speaker == "Reporters Without Borders"
    assert _speaker(r, "Reporters Without Borders").kind == "organization"
    assert _speaker(r, "Reporters Without Borders").role is None
    assert quote(r, "This is outrageous,").speaker == "Reporters Without Borders"
    assert indirect(r, "the bridge would open").speaker == "Engineers Without Borders"


def test_a_title_ending_in_today_is_an_outlet():
    r = run("Trade paper Grocer Today reported that sales fell 4%. USA Today reported that the plant would close. "
            "Today Smith said the talks had failed.")
    assert indirect(r, "sales fell 4%").speaker == "Grocer Today"
    assert _speaker(r, "Grocer Today").kind == "outlet"
    assert indirect(r, "the plant would close").speaker == "USA Today"
    assert indirect(r, "the talks had failed").speaker == "Smith"
