"""The numbers pass: figures with values, units, kinds, ranges, changes and context.

Most cases live in tests/data/number_cases.jsonl (our own sentences, one form
each: plain, words, fraction, percent, money, scale, quantity, range, change,
duration, age, date, year, time, count, absent). They are scored the way
../shared/eval/score.py scores figures: a prediction overlapping the key's
place and not more than 15 characters longer than it, with the expected value.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.extract import extract
from briefing.extract.numbers import find_numbers, parse_digits
from briefing.models import Article

CASES_FILE = Path(__file__).parent / "data" / "number_cases.jsonl"
CASES = [json.loads(line) for line in CASES_FILE.read_text(encoding="utf-8").splitlines() if line.strip()]


def _span(text: str, key: str, occurrence: int = 1) -> tuple[int, int]:
    hits = [m.span() for m in re.finditer(r"(?<![\w.])" + re.escape(key) + r"(?!\w)", text)]
    return hits[occurrence - 1]


def _close(a, b) -> bool:
    if b is None:
        return a is None  # a case may say a field must stay empty ("from_value": null)
    return isinstance(a, int | float) and abs(a - b) <= 1e-6 * max(1, abs(b))


def _hits(case: dict):
    s, e = _span(case["text"], case["key"], case.get("occurrence", 1))
    nums = find_numbers(case["text"])
    overlapping = [n for n in nums if min(n.end, e) > max(n.start, s)]
    return nums, overlapping, [n for n in overlapping if n.end - n.start <= e - s + 15]


def _describe(nums) -> str:
    return "; ".join(f"{n.text!r} value={n.value} unit={n.unit} kind={n.kind}" for n in nums) or "nothing"


POSITIVE = [c for c in CASES if not c.get("absent")]
ABSENT = [c for c in CASES if c.get("absent")]


def _id(case: dict) -> str:
    return f"{case['form']}:{case['key']}"


@pytest.mark.parametrize("case", POSITIVE, ids=_id)
def test_case(case):
    """Each case: the figure is found, with its value and every field the case gives."""
    nums, _, hits = _hits(case)
    assert hits, f"[{case['form']}] {case['key']!r} not found in {case['text']!r}; got {_describe(nums)}"
    if "value" in case:
        assert any(_close(n.value, case["value"]) for n in hits), \
            f"[{case['form']}] {case['key']!r}: want value {case['value']}, got {_describe(hits)}"
    for field in ("unit", "kind", "date"):
        if field in case:
            assert any(getattr(n, field) == case[field] for n in hits), \
                f"[{case['form']}] {case['key']!r}: want {field} {case[field]!r}, got {_describe(hits)}"
    for field in ("value_max", "from_value"):
        if field in case:
            assert any(_close(getattr(n, field), case[field]) for n in hits), \
                f"[{case['form']}] {case['key']!r}: want {field} {case[field]}, got " \
                f"{[(n.text, getattr(n, field)) for n in hits]}"


@pytest.mark.parametrize("case", ABSENT, ids=_id)
def test_not_a_figure(case):
    """Names, identifiers, phone numbers, addresses, ordinals and vague amounts are not figures."""
    _, overlapping, _ = _hits(case)
    assert not overlapping, f"{case['key']!r} in {case['text']!r} was reported: {_describe(overlapping)}"


def test_case_file_is_broad_and_meets_the_yardstick():
    forms = {c["form"] for c in POSITIVE}
    assert len(POSITIVE) >= 400
    assert {"plain", "words", "percent", "money", "scale", "quantity", "range", "duration", "date"} <= forms
    found = value_ok = valued = 0
    for case in POSITIVE:
        _, _, hits = _hits(case)
        found += bool(hits)
        if "value" in case:
            valued += 1
            value_ok += any(_close(n.value, case["value"]) for n in hits)
    assert found / len(POSITIVE) >= 0.97
    assert value_ok / valued >= 0.95


# --- behaviour an analyst sees ----------------------------------------------------


def _one(text: str, key: str):
    s, e = _span(text, key)
    hits = [n for n in find_numbers(text) if n.start == s and n.end == e]
    assert hits, f"no figure spanning {key!r}: {_describe(find_numbers(text))}"
    return hits[0]


def test_change_from_to_gives_two_figures_the_second_with_from_value():
    text = "EU tariffs on Japanese steel rose from 25% to 15% in March."
    nums = [n for n in find_numbers(text) if n.kind == "percent"]
    assert [(n.text, n.value, n.from_value) for n in nums] == [("25%", 25, None), ("15%", 15, 25)]
    assert all(n.context == "EU tariffs on Japanese steel" for n in nums)


def test_change_written_to_then_from():
    n = _one("The rate rose to 5.25% from 5% last week.", "5.25%")
    assert (n.value, n.from_value) == (5.25, 5)


def test_range_is_one_figure_with_value_max():
    n = _one("Tariffs will rise to 12-15% next year.", "12-15%")
    assert (n.value, n.value_max, n.unit, n.kind) == (12, 15, "%", "percent")


def test_range_takes_the_scale_of_its_upper_end():
    n = _one("The plan would cost between 3 and 5 million dollars.", "3 and 5 million dollars")
    assert (n.value, n.value_max, n.unit) == (3_000_000, 5_000_000, "USD")


def test_range_with_a_larger_lower_end_is_two_figures():
    nums = find_numbers("The ratio in the sample was 3-2 on Sunday.")
    assert [n.value for n in nums] == [3, 2]


def test_scaled_money_values_and_currency_codes():
    text = "It cost $1.2bn, HK$3.2 billion, £420m, €2.5 million and ¥800 billion."
    got = [(n.text, n.value, n.unit) for n in find_numbers(text)]
    assert got == [("$1.2bn", 1.2e9, "USD"), ("HK$3.2 billion", 3.2e9, "HKD"), ("£420m", 4.2e8, "GBP"),
                   ("€2.5 million", 2.5e6, "EUR"), ("¥800 billion", 8e11, "JPY")]


def test_indian_and_finance_scales():
    got = [n.value for n in find_numbers("Sales hit 2 lakh units, 1.5 crore rupees, $5MM and 10k users.")]
    assert got == [200_000, 15_000_000, 5_000_000, 10_000]


def test_numbers_in_words_with_units_and_kinds():
    nums = find_numbers("Three people died after four days at sea; a two-year deal followed an 18-month high.")
    got = [(n.text, n.value, n.unit, n.kind) for n in nums]
    assert got == [("Three people", 3, "person", "count"), ("four days", 4, "day", "duration"),
                   ("two-year", 2, "year", "duration"), ("18-month", 18, "month", "duration")]


def test_modifier_figures_take_the_noun_they_modify_as_context():
    assert _one("Farmers could not absorb a 12% price cut.", "12%").context == "price cut"
    assert _one("They signed a two-year deal.", "two-year").context == "deal"
    assert _one("The quota rose to 3.5 million tonnes of grain.", "3.5 million tonnes").context == "grain"


def test_subject_of_the_clause_is_the_context():
    text = "The Vesta side wants the annual quota raised from 3.5 million tonnes to 5 million tonnes."
    assert _one(text, "5 million tonnes").context == "annual quota"
    assert _one("Norland has offered 4.2 million tonnes.", "4.2 million tonnes").context == "Norland"


def test_year_inside_a_noun_phrase():
    n = _one("The talks left a 2024 shipping pact in limbo.", "2024")
    assert (n.kind, n.value, n.date, n.context) == ("year", 2024, "2024", "shipping pact")


def test_identifiers_and_vague_amounts_are_left_out():
    text = ("COVID-19 hit the G7 while Boeing 737 jets sat idle; call 555-123-4567 or see "
            "https://example.org/a/2024. Hundreds came for the first time; no one left.")
    assert find_numbers(text) == []


def test_one_as_a_pronoun_is_not_a_figure_but_one_person_is():
    nums = find_numbers("One of the officials said one person was hurt.")
    assert [(n.text, n.value) for n in nums] == [("one person", 1)]


def test_window_and_skip_spans_are_respected():
    text = "Intro 10%. Body 20% and 30%. Footer 40%."
    body_start = text.index("Body")
    footer = text.index("Footer")
    nums = find_numbers(text, body_start, footer, skip=[(text.index("30%"), text.index("30%") + 3)])
    assert [n.text for n in nums] == ["20%"]


def test_start_past_end_and_empty_text():
    assert find_numbers("", 0, None) == []
    assert find_numbers("5%", 2, 1) == []


def test_parse_digits_separators():
    assert parse_digits("1,250,000") == 1_250_000
    assert parse_digits("1.199,99") == 1199.99
    assert parse_digits("45,00") == 45
    assert parse_digits("1.144.000") == 1_144_000
    assert parse_digits("2.5e-3") == 0.0025


def test_pipeline_reports_numbers_with_exact_offsets():
    text = "Exports rose 12% to $40 million on May 2, 2026, officials said.\n"
    result = extract(Article(text=text))
    got = {(n.text, n.kind) for n in result.numbers}
    assert {("12%", "percent"), ("$40 million", "money"), ("May 2, 2026", "date")} <= got
    assert all(text[n.start:n.end] == n.text for n in result.numbers)


# --- properties ---------------------------------------------------------------------

_FRAGMENTS = st.sampled_from([
    "12", "3.5", "1,250", "0", "-", "–", "%", "$", "€", "£", "HK$", "US$", "Rs", "k", "m", "bn", "MM", "lakh",
    "million", "two", "twenty", "-five", "a", "half", "dozen", "third", "and", "to", "from", "between",
    "June", "May", "14th", "2026", ",", ".", " ", "\n", "/", "½", "per cent", "tonnes", "year", "-year",
    "old", "cents", "dollars", "point", "minus", "(", ")", "'", "@", "#", "http://", "x10", "e5", "×",
    "mid-", "late", "of", "am", "10:30", "COVID", "s",
])
_TEXTS = st.one_of(st.text(max_size=200), st.lists(_FRAGMENTS, max_size=40).map("".join),
                   st.lists(st.one_of(_FRAGMENTS, st.text(max_size=3)), max_size=30).map(" ".join))


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_any_text_gives_exact_ordered_disjoint_deterministic_figures(text):
    nums = find_numbers(text)
    for n in nums:
        assert text[n.start:n.end] == n.text
        assert n.start < n.end
    assert all(a.end <= b.start for a, b in zip(nums, nums[1:], strict=False))
    again = find_numbers(text)
    assert [n.model_dump() for n in again] == [n.model_dump() for n in nums]


@settings(max_examples=200, deadline=None)
@given(_TEXTS, st.integers(0, 220), st.integers(0, 220), st.lists(st.tuples(st.integers(0, 220),
                                                                           st.integers(0, 220)), max_size=3))
def test_windows_and_skips_hold_for_any_text(text, a, b, skips):
    skips = [(min(x, y), max(x, y)) for x, y in skips]
    nums = find_numbers(text, a, b, skips)
    for n in nums:
        assert a <= n.start and n.end <= min(b, len(text))
        assert text[n.start:n.end] == n.text
        assert not any(s < n.end and n.start < e for s, e in skips)


def test_a_score_or_tally_is_one_figure_not_a_range_or_two_counts():
    text = ("Harbour City beat Redfield 3-2 on Saturday and drew 1-1 in midweek. The council voted 6-1 for the "
            "plan, and the court upheld it in a 5-4 decision. Rents rose 12-15% and the 2015-16 budget held.")
    got = {n.text: (n.kind, n.value, n.value_max) for n in find_numbers(text)}
    assert got["3-2"] == ("score", None, None)
    assert got["1-1"] == ("score", None, None)
    assert got["6-1"][0] == got["5-4"][0] == "score"
    assert got["12-15%"] == ("percent", 12, 15)  # a range stays a range
    assert got["2015-16"][0] == "year"


def test_second_review_figure_fixes():
    got = {n.text: n for n in find_numbers(
        "The study's lead author said 30-40 patients improved. The council voted 7-5 on pages 9-11. "
        "Rents rose to \u00a31,200 a month earlier this year. The seats were split: Labour Party, 44, Green Party, 12. "
        "Carver, 58, has pleaded not guilty.")}
    assert got["30-40"].value_max == 40
    assert got["9-11"].kind != "score" and got["7-5"].kind == "score"
    assert got["\u00a31,200 a month"].unit == "GBP/month"
    assert got["44"].kind == "count"
    assert got["58"].kind == "age"


def test_a_year_earlier_sets_when_a_comparison_is_made_and_is_no_figure():
    r = extract(Article(text="Prices were 2.1% higher than a year earlier. A decade ago it was fine. The talks lasted a year."))
    assert [(n.text, n.kind) for n in r.numbers] == [("2.1%", "percent"), ("a year", "duration")]


def test_a_change_does_not_reach_back_into_another_clause_or_onto_a_grade():
    nums = extract(Article(text="Sanders is up from 37 percent in January and Clinton is down from 49 percent.")).numbers
    assert [(n.text, n.from_value) for n in nums if n.kind == "percent"] == [("37 percent", None), ("49 percent", None)]
    nums = extract(Article(text="About 45% of pupils achieved a grade 4 or above, down from 58% in 2021.")).numbers
    grade = next(n for n in nums if n.text == "4")
    assert (grade.unit, grade.from_value) == (None, None)
    nums = extract(Article(text="The count fell from 12 schools to 9 hospitals.")).numbers
    assert all(n.from_value is None for n in nums)
