"""Business and markets copy (stop 21 probe 32): earnings, lenders' surveys, recalls, strikes, airlines;
sentences written here."""

from __future__ import annotations

from tests.extract_helpers import quote, run


def _speaker(r, name):
    return next(s for s in r.speakers if s.name == name)


def test_a_firms_officer_named_after_the_role_speaks():
    r = run("\"Affordability is improving,\" said Northgate's chief economist, Robert Halloran.")
    q = quote(r, "Affordability")
    assert q.speaker == "Robert Halloran"
    assert (_speaker(r, "Robert Halloran").role, _speaker(r, "Robert Halloran").organization) == (
        "chief economist", "Northgate")


def test_an_unnamed_economist_is_no_outlet_and_declining_to_be_named_says_nothing():
    r = run("\"Affordability is improving,\" said Northgate's chief economist, who declined to be named. "
            "The Economist said prices fell.")
    assert [q.text for q in r.quotes] == ["Affordability is improving,", "prices fell"]
    kinds = {s.text: s.kind for s in r.sources}
    assert kinds == {"Northgate's chief economist": "anonymous", "The Economist": "outlet"}
    assert r.quotes[1].speaker == "The Economist"
