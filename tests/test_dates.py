"""Dates, times and years in the numbers pass: ISO 8601 as far as the text says."""

from __future__ import annotations

import pytest

from briefing.extract.numbers import find_numbers


def _dates(text: str) -> list[tuple[str, str | None, str]]:
    return [(n.text, n.date, n.kind) for n in find_numbers(text) if n.kind in ("date", "time", "year")]


@pytest.mark.parametrize("text, span, iso", [
    ("Signed on May 2, 2026 in Oslo.", "May 2, 2026", "2026-05-02"),
    ("Signed on 2 May 2026 in Oslo.", "2 May 2026", "2026-05-02"),
    ("Signed on the 2nd of May 2026.", "2nd of May 2026", "2026-05-02"),
    ("Talks open June 14 in Oslo.", "June 14", "--06-14"),
    ("Talks open Sept. 11 in Oslo.", "Sept. 11", "--09-11"),
    ("The law took effect in June 2026.", "June 2026", "2026-06"),
    ("Talks resume in the second week of July.", "the second week of July", "--07"),
    ("The minister visits in late June.", "late June", "--06"),
    ("Fighting flared in mid-June.", "mid-June", "--06"),
    ("Prices fell in early 2025.", "early 2025", "2025"),
    ("Work stalled in mid-2020.", "mid-2020", "2020"),
    ("The fair runs June 14-16 in the park.", "June 14-16", "--06-14/--06-16"),
    ("Filed on 2025-10-01.", "2025-10-01", "2025-10-01"),
    ("Dated 05/16/1999 in ink.", "05/16/1999", "1999-05-16"),
    ("Dated 31/05/2001 in ink.", "31/05/2001", "2001-05-31"),
    ("Dated 01.12.2009 in ink.", "01.12.2009", "2009-12-01"),
    ("Dated 9/14/21 in ink.", "9/14/21", "2021-09-14"),
    ("Posted on JAN 1, 2001 by the board.", "JAN 1, 2001", "2001-01-01"),
    ("Frozen on 3 jun 2009 by the bank.", "3 jun 2009", "2009-06-03"),
    ("Founded in July 1947 by decree.", "July 1947", "1947-07"),
    ("It passed in December after a debate.", "December", "--12"),
    ("We are looking at September.", "September", "--09"),
    ("Due by the end of March.", "the end of March", "--03"),
])
def test_date_forms(text, span, iso):
    assert (span, iso, "date") in _dates(text)


@pytest.mark.parametrize("text", [
    "She may visit next week.",
    "May we go now?",
    "June Carter sang at the fair.",
    "Troops march through the town.",
    "They met on Tuesday.",
])
def test_words_that_only_look_like_dates(text):
    assert _dates(text) == []


def test_may_after_a_preposition_is_a_month():
    assert _dates("The vote moved to May.") == [("May", "--05", "date")]


def test_impossible_day_is_not_a_date():
    assert not any(k == "date" for _, _, k in _dates("Ships sailed on February 30 and 31 June."))


@pytest.mark.parametrize("text, span, iso", [
    ("Polls close at 8 p.m. local time.", "8 p.m. local time", "T20:00"),
    ("The train leaves at 10:30 daily.", "10:30", "T10:30"),
    ("It began at 2pm on Friday.", "2pm", "T14:00"),
    ("Sirens at 6.45am woke the city.", "6.45am", "T06:45"),
    ("The launch is at 14:00 GMT.", "14:00 GMT", "T14:00"),
    ("Doors open at 12 am sharp.", "12 am", "T00:00"),
])
def test_times(text, span, iso):
    assert (span, iso, "time") in _dates(text)


def test_years_decades_and_fiscal_years():
    nums = find_numbers("Built in 1932, busy in the 1960s and the '90s, audited for 2013-14.")
    got = [(n.text, n.value, n.value_max, n.date, n.kind) for n in nums]
    assert got == [("1932", 1932, None, "1932", "year"), ("1960s", 1960, None, "196", "year"),
                   ("'90s", 1990, None, "199", "year"), ("2013-14", 2013, 2014, "2013/2014", "year")]


def test_year_range_with_between():
    n = find_numbers("Rents doubled between 2010 and 2020.")[0]
    assert (n.text, n.value, n.value_max, n.kind) == ("2010 and 2020", 2010, 2020, "year")


def test_date_items_carry_no_value():
    n = find_numbers("The vote is on May 2, 2026.")[0]
    assert n.value is None and n.date == "2026-05-02"
