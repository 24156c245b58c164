"""What each figure measures: the ``context`` shown in the memo's "What it measures" column.

The cases live in tests/data/number_context_cases.jsonl (our own news sentences,
one figure each, with the phrase an analyst would write, or null when nothing
sensible can be said). A case passes when the figure's context names the
expected head noun (or is null when null is expected) and is not junk: not
another figure, not a phrase opening with a preposition, not a lone pronoun,
unit or stray word. ``benchmarks/number_context_eval.py`` reports the same
cases as rates, with exact matches.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from functools import cache
from pathlib import Path

import pytest
from gold_scoring import key_span
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.extract.number_context import ContextFinder, context_for
from briefing.extract.numbers import find_numbers

HERE = Path(__file__).resolve().parent
CASES = [json.loads(line) for line in (HERE / "data" / "number_context_cases.jsonl")
         .read_text(encoding="utf-8").splitlines() if line.strip()]
BY_FORM: dict[str, list[dict]] = defaultdict(list)
for _case in CASES:
    BY_FORM[_case["form"]].append(_case)

_PREPOSITIONS = frozenset(
    "of in on for from at to by with without over under between among against across through into about "
    "than as per".split())
_PRONOUNS = frozenset("it they them he she him her we us i you this that these those there which who".split())
_UNITS = frozenset(
    "percent per cent % tonnes tonne tons ton people person persons years year months month days day hours "
    "hour minutes weeks week barrels litres metres kilometres points".split())
_CHUNK_END = re.compile(r"\s(?:of|in|on|for|from|at|to|between|among|against|with|without|across|through|"
                        r"over|under|by|who|that|which|near)\s", re.I)


def _stem(word: str) -> str:
    w = word.lower().replace("’", "'").strip("\"'“”‘’.,;:()")
    w = w[:-2] if w.endswith("'s") else w
    return w[:-1] if w.endswith("s") and len(w) > 3 else w


_NAMED_NUMBER = re.compile(r"\b(?!May\b)([A-Z][\w&]*) \d+\b")


def junk(context: str) -> str | None:
    """Why a context is junk, or None. What an analyst must never see in "What it measures"."""
    words = context.split()
    if not words or context != context.strip():
        return "empty or padded"
    if re.search(r"[0-9%$€£¥]", _NAMED_NUMBER.sub(r"\1", context)):
        return "holds another figure"  # (a name's number is part of the name: "FTSE 100")
    if words[0].lower() in _PREPOSITIONS:
        return "opens with a preposition"
    if len(words) == 1 and words[0].lower() in _PRONOUNS:
        return "a pronoun"
    if context.lower() in _UNITS:
        return "the unit"
    if len(words) > 8:
        return "too long for a table cell"
    return None


def head_of(case: dict) -> str | None:
    if case.get("head"):
        return case["head"]
    if case["context"] is None:
        return None
    first = _CHUNK_END.split(f" {case['context'].lower()} ")[0].split()
    return first[-1] if first else None


def figure(text: str, key: str, occurrence: int = 1):
    hits = [m.span() for m in re.finditer(r"(?<![\w.])" + re.escape(key) + r"(?!\w)", text)]
    assert len(hits) >= occurrence, f"{key!r} is not in {text!r}"
    s, e = hits[occurrence - 1]
    found = sorted((n for n in find_numbers(text) if min(n.end, e) > max(n.start, s)),
                   key=lambda n: (n.start != s, abs(n.end - e)))
    assert found, f"the numbers pass finds no figure at {key!r} in {text!r}"
    return found[0]


def problem(context: str | None, heads: list[str | None]) -> str | None:
    """What is wrong with a context, given the head nouns that would be right (None: null is right)."""
    if context is None:
        return None if None in heads else "null"
    bad = junk(context)
    if bad:
        return bad
    stems = {_stem(w) for w in context.split()}
    if not any(h is not None and _stem(h) in stems for h in heads):
        return f"does not name {' or '.join(repr(h) for h in heads)}"
    return None


def case_problem(case: dict) -> str | None:
    fig = figure(case["text"], case["key"], case.get("occurrence", 1))
    heads = [head_of(case), *case.get("alt", [])]
    why = problem(fig.context, heads)
    return None if why is None else f"{case['key']!r} -> {fig.context!r} ({why}) in: {case['text']}"


# --- the case file, form by form -------------------------------------------------------------


def test_case_file_is_broad():
    sentences = {c["text"] for c in CASES}
    assert len(sentences) >= 150
    assert {"change", "from_to", "n_of_x", "modifier", "x_of_n", "copula", "appositive", "expected", "object",
            "count", "money", "per_unit", "duration", "date", "quoted", "null"} <= set(BY_FORM)
    assert sum(c["context"] is None for c in CASES) >= 30  # null is a real answer


@pytest.mark.parametrize("form", sorted(BY_FORM))
def test_context_by_form(form):
    """Every case of the form names what the figure measures (or says nothing when nothing fits)."""
    failures = [why for why in map(case_problem, BY_FORM[form]) if why]
    assert not failures, f"[{form}] {len(failures)} of {len(BY_FORM[form])} cases:\n  " + "\n  ".join(failures)


def test_most_contexts_are_the_phrase_an_analyst_would_write():
    def norm(p):
        return None if p is None else re.sub(r"^(?:(?:the|a|an|its|their)\s+)+", "", p.replace("’", "'").lower())

    exact = sum(norm(figure(c["text"], c["key"], c.get("occurrence", 1)).context) == norm(c["context"])
                for c in CASES)
    assert exact / len(CASES) >= 0.9


# --- behaviour an analyst sees ---------------------------------------------------------------


def test_both_ends_of_a_change_name_the_same_thing():
    text = "The government lowered the tax on diesel from 18% to 12% in March."
    assert [n.context for n in find_numbers(text) if n.kind == "percent"] == ["tax on diesel"] * 2


def test_the_unit_is_never_the_context():
    text = "Police said three people died. Prices rose 5 percent. The ship carried 40 tonnes."
    for n in find_numbers(text):
        assert n.context is None or n.context.lower() not in ("people", "percent", "tonnes"), n


def test_another_figure_is_never_the_context():
    n = figure('"A 15% tariff is roughly 70% priced in," said one trader.', "70%")
    assert n.context is None
    n = figure("The 15% rate will apply from August 1 for two years.", "two years")
    assert n.context == "rate"


def test_a_bare_country_gives_way_to_what_is_measured():
    assert figure("Norland will raise its rice quota to 700,000 tonnes.", "700,000 tonnes").context == "rice quota"
    assert figure("Vesta had asked for eight a month.", "eight").context is None


def test_a_pronoun_takes_the_context_found_earlier_in_the_sentence():
    text = "Port fees rose 6% in January, and the authority expects to raise them by a further 3% next year."
    assert figure(text, "3%").context == "Port fees"
    assert figure("It fell 3% on Friday.", "3%").context is None


def test_dates_name_the_event_or_nothing_and_times_nothing():
    assert figure("The election will be held on June 14.", "June 14").context == "election"
    assert figure("Ministers met in Halden on June 14.", "June 14").context is None
    assert all(n.context is None for n in find_numbers("Talks resumed at 09:30 and ended at 23:40.")
               if n.kind == "time")


def test_context_for_agrees_with_the_numbers_pass():
    text = "Exports of frozen fish dropped by 12% last year."
    n = figure(text, "12%")
    assert context_for(text, n.start, n.end, n.kind, n.unit) == n.context == "Exports of frozen fish"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(
    "the a of to by from at in on for and , . ; : — ( ) \" “ ” ’s which who that rose fell cut raise is was "
    "were been has had will would costs cost paid worth about up than more tariff duty people jobs three "
    "two one 25% 15% $5m 1,400 tonnes years June 14 2024 said Kestria’s quota prices shipped delivered "
    "killed briefed familiar with lasted after over within ago next last".split()), max_size=40))
def test_any_word_salad_gives_a_clean_phrase_or_none(words):
    text = " ".join(words)
    for n in find_numbers(text):
        assert n.context is None or (n.context and n.context == n.context.strip())
    finder = ContextFinder(text)
    for s, e in ((m.start(), m.end()) for m in re.finditer(r"\S+", text)):
        for kind in ("count", "percent", "money", "duration", "date", "year", "quantity"):
            got = finder.context(s, e, kind, None)
            assert got is None or (got and got == got.strip())


# --- the sample articles ---------------------------------------------------------------------

REPO = HERE.parent
GOLD = HERE / "gold"

# Gold file, figure key, occurrence, and the head nouns a right context names (None: null is right).
# Every essential figure of the gold files that is not a date is here.
SAMPLE_EXPECTATIONS: list[tuple[str, str, int, tuple[str | None, ...]]] = [
    ("2026-06-02-kpa-talks-open", "25%", 1, ("duty",)),
    ("2026-06-02-kpa-talks-open", "15%", 1, ("duty",)),
    ("2026-06-02-kpa-talks-open", "three people", 1, ("briefed",)),
    ("2026-06-02-kpa-talks-open", "20%", 1, ("Duvane", None)),
    ("2026-06-02-kpa-talks-open", "400,000 tonnes", 1, ("wheat",)),
    ("2026-06-02-kpa-talks-open", "2.1 million tonnes", 1, ("shipments",)),
    ("2026-06-02-kpa-talks-open", "68%", 1, ("mills", "capacity")),
    ("2026-06-02-kpa-talks-open", "1,400 jobs", 1, ("jobs",)),
    ("2026-06-02-kpa-talks-open", "two years", 1, (None,)),
    ("2026-06-02-kpa-talks-open", "1.2 million tonnes", 1, ("quota",)),
    ("2026-06-02-kpa-talks-open", "nine days", 1, (None,)),
    ("2026-06-02-kpa-talks-open", "two officials", 1, ("officials",)),
    ("2026-06-02-kpa-talks-open", "four days", 1, (None,)),
    ("2026-06-02-kpa-talks-open", "$6.8 billion", 1, ("trade",)),
    ("2026-06-03-morning-post-steel-for-wheat", "25%", 1, ("tariff",)),
    ("2026-06-03-morning-post-steel-for-wheat", "two years", 1, ("tariff",)),
    ("2026-06-03-morning-post-steel-for-wheat", "one million tonnes", 1, ("quota",)),
    ("2026-06-03-morning-post-steel-for-wheat", "15%", 1, ("tariff",)),
    ("2026-06-03-morning-post-steel-for-wheat", "$300 million", 1, ("sales",)),
    ("2026-06-03-morning-post-steel-for-wheat", "8-10%", 1, ("prices",)),
    ("2026-06-05-readout-markvard-voss-call", "25%", 1, ("duty",)),
    ("2026-06-05-readout-markvard-voss-call", "$45 million", 1, ("steelmakers",)),
    ("2026-06-05-readout-markvard-voss-call", "12 million barrels", 1, ("imports",)),
    ("2026-06-05-readout-markvard-voss-call", "25%", 2, ("duty",)),
    ("2026-06-05-readout-markvard-voss-call", "3.1 million tonnes", 1, ("exports",)),
    ("2026-06-05-readout-markvard-voss-call", "2.1 million tonnes", 1, ("exports",)),
    ("2026-06-08-saltmere-post-analysis", "25%", 1, ("duty",)),
    ("2026-06-08-saltmere-post-analysis", "15%", 1, ("duty",)),
    ("2026-06-08-saltmere-post-analysis", "12-15%", 1, ("cost",)),
    ("2026-06-08-saltmere-post-analysis", "two years", 1, (None, "premium")),
    ("2026-06-08-saltmere-post-analysis", "400,000 tonnes", 1, ("quota",)),
    ("2026-06-08-saltmere-post-analysis", "1.2 million tonnes", 1, ("quota",)),
    ("2026-06-08-saltmere-post-analysis", "a million tonnes", 1, (None, "members")),
    ("2026-06-08-saltmere-post-analysis", "seven years", 1, (None,)),
    ("2026-06-08-saltmere-post-analysis", "14", 1, ("berths",)),
    ("2026-06-08-saltmere-post-analysis", "£420m", 1, ("programme",)),
    ("2026-06-08-saltmere-post-analysis", "four", 1, ("berths",)),
    ("2026-06-08-saltmere-post-analysis", "a dozen", 1, ("combinations",)),
    ("2026-06-08-saltmere-post-analysis", "15%", 3, ("tariff",)),
    ("2026-06-08-saltmere-post-analysis", "900,000 tonnes", 1, ("quota",)),
    ("2026-06-10-evening-clarion-stitch-up", "1.2 million tonnes", 1, ("wheat",)),
    ("2026-06-10-evening-clarion-stitch-up", "400,000 tonnes", 1, ("limit",)),
    ("2026-06-10-evening-clarion-stitch-up", "25 per cent", 1, ("tariff",)),
    ("2026-06-10-evening-clarion-stitch-up", "15 per cent", 1, ("tariff",)),
    ("2026-06-10-evening-clarion-stitch-up", "Ten per cent", 1, (None, "tariff")),
    ("2026-06-10-evening-clarion-stitch-up", "9,000", 1, ("post", "shares")),
    ("2026-06-10-evening-clarion-stitch-up", "300 hectares", 1, ("wheat", None)),
    ("2026-06-10-evening-clarion-stitch-up", "31,000 people", 1, ("industry",)),
    ("2026-06-10-evening-clarion-stitch-up", "1,400 jobs", 1, ("jobs",)),
    ("2026-06-20-torvik-gazette-dockside", "a year and a half", 1, ("cranes",)),
    ("2026-06-20-torvik-gazette-dockside", "a dozen and a half", 1, ("sailings",)),
    ("2026-06-20-torvik-gazette-dockside", "25 per cent", 1, ("tariff",)),
    ("2026-06-20-torvik-gazette-dockside", "15 per cent", 1, ("tariff",)),
    ("2026-06-20-torvik-gazette-dockside", "900,000 tonnes", 1, ("quota",)),
    ("2026-06-20-torvik-gazette-dockside", "£420m", 1, ("fund",)),
    ("2026-06-20-torvik-gazette-dockside", "6 per cent", 1, ("prices",)),
    ("2026-06-14-amberly-today-live", "13 hours", 1, ("round",)),
    ("2026-06-14-amberly-today-live", "ten days", 1, (None,)),
    ("2026-06-14-amberly-today-live", "15%", 1, ("tariff",)),
    ("2026-06-14-amberly-today-live", "two years", 1, (None, "tariff")),
    ("2026-06-14-amberly-today-live", "25%", 1, ("tariff",)),
    ("2026-06-14-amberly-today-live", "900,000 tonnes", 1, ("quota",)),
    ("2026-06-14-amberly-today-live", "$11 million", 1, ("members",)),
    ("2026-06-14-amberly-today-live", "four-hour", 1, ("session",)),
    ("2026-06-14-amberly-today-live", "seven years", 1, ("farmers", None)),
    ("2026-06-14-amberly-today-live", "1.2 million tonnes", 1, ("Duvane", "quota", None)),
    ("2026-06-14-amberly-today-live", "25%", 2, ("tariff",)),
    ("2026-06-14-amberly-today-live", "400,000 tonnes", 1, ("imports",)),
    ("2026-06-18-courier-opinion-quill", "25%", 1, ("tariff",)),
    ("2026-06-18-courier-opinion-quill", "15%", 1, ("tariff",)),
    ("2026-06-18-courier-opinion-quill", "900,000 tonnes", 1, ("quota",)),
    ("2026-06-18-courier-opinion-quill", "4-6%", 1, ("prices",)),
    ("2026-06-18-courier-opinion-quill", "$70 million", 1, ("incomes",)),
    ("2026-06-18-courier-opinion-quill", "15%", 2, ("tariff",)),
    ("2026-06-18-courier-opinion-quill", "$300 million", 1, ("tariff", "mills")),
    ("2026-06-18-courier-opinion-quill", "eight", 1, ("slots",)),
    ("2026-06-18-courier-opinion-quill", "ten points", 1, ("tariff",)),
    ("2026-06-18-courier-opinion-quill", "two years", 1, (None,)),
    ("follow_ups-1", "Two", 1, ("ministers",)),
    ("follow_ups-1", "15%", 1, ("duty",)),
    ("follow_ups-1", "two years", 1, (None, "duty")),
    ("follow_ups-1", "800,000 and 950,000 tonnes", 1, ("quota",)),
    ("follow_ups-1", "eight", 1, (None,)),
    ("follow_ups-1", "four", 1, (None,)),
    ("follow_ups-1", "two people", 1, ("familiar",)),
    ("follow_ups-1", "1.2%", 1, ("prices",)),
    ("follow_ups-1", "$822", 1, ("prices",)),
    ("follow_ups-2", "six hours", 1, (None, "pictures")),
    ("follow_ups-2", "15%", 1, ("tariff",)),
    ("follow_ups-2", "22 years", 1, (None, "operator")),
    ("follow_ups-2", "15%", 2, ("tariff",)),
    ("follow_ups-2", "two years", 1, (None,)),
    ("follow_ups-2", "Two years", 1, (None,)),
    ("follow_ups-2", "15%", 3, (None,)),
    ("follow_ups-2", "1,400 people", 1, ("lost",)),
    ("follow_ups-2", "two years", 2, (None,)),
    ("follow_ups-2", "Forty kilometres", 1, (None,)),
    ("follow_ups-2", "900,000 tonnes", 1, ("wheat",)),
    ("follow_ups-2", "400,000 tonnes", 1, ("wheat", None)),
    ("follow_ups-2", "300 hectares", 1, ("wheat", None)),
    ("follow_ups-2", "$120 million", 1, ("fund",)),
    ("follow_ups-2", "0.2-0.4 percentage points", 1, ("growth",)),
    ("follow_ups-2", "two years", 3, (None,)),
    ("news_feed-1", "12 Million Barrels", 1, ("throughput",)),
    ("news_feed-1", "$812", 1, ("contracts",)),
    ("news_feed-1", "3.4%", 1, ("contracts",)),
    ("news_feed-1", "25%", 1, ("duty",)),
    ("news_feed-1", "15%", 1, ("duty",)),
    ("news_feed-1", "$860", 1, ("plate",)),
    ("news_feed-1", "15%", 2, ("tariff",)),
    ("news_feed-1", "70%", 1, (None,)),
    ("news_feed-1", "$40 to $50", 1, ("plate",)),
    ("news_feed-1", "$1.2bn", 1, ("steel",)),
    ("news_feed-1", "2.1 million tonnes", 1, ("steel",)),
    ("news_feed-1", "$1.7bn", 1, ("steel",)),
    ("news_feed-1", "$410 million", 1, ("deficit",)),
    ("news_feed-1", "9-11%", 1, ("bill",)),
    ("news_feed-1", "two-year", 1, ("life", "tariff")),
    ("news_feed-1", "$2.3 million", 1, ("tariff",)),
    ("news_feed-1", "25%", 2, ("tariff",)),
    ("news_feed-1", "HK$3.2 billion", 1, ("terminal",)),
    ("news_feed-1", "6 million tonnes", 1, ("bulk",)),
    ("news_feed-1", "thirty years", 1, (None,)),
    ("news_feed-1", "12 million barrels", 1, ("products",)),
    ("news_feed-1", "£690m", 1, ("products", None)),
    ("news_feed-1", "4-5%", 1, ("volumes",)),
    ("news_feed-1", "0.3 percentage points", 1, ("growth",)),
    ("news_feed-1", "two years", 1, (None,)),
    ("news_feed-1", "8%", 1, ("prices",)),
    ("news_feed-1", "$95 million", 1, ("farmers",)),
    ("news_feed-1", "1.2 million tonnes", 1, ("quota",)),
    ("news_feed-1", "400,000", 1, ("quota",)),
    ("news_feed-2", "400,000 tonnes", 1, ("wheat",)),
    ("news_feed-2", "25%", 1, ("tariff",)),
    ("news_feed-2", "15%", 1, ("tariff",)),
    ("news_feed-2", "800,000 tonnes", 1, ("quota",)),
    ("news_feed-2", "15%", 2, ("tariff",)),
    ("news_feed-2", "two officials", 1, ("officials",)),
    ("news_feed-2", "three years", 1, ("offer",)),
    ("news_feed-3", "11", 1, (None, "days")),
    ("news_feed-3", "15 days", 1, (None,)),
    ("news_feed-3", "800,000 tonnes", 1, ("quota",)),
    ("news_feed-3", "15%", 1, (None,)),
    ("news_feed-3", "two years", 1, (None,)),
    ("news_feed-3", "10%", 1, (None,)),
    ("news_feed-3", "800,000 tonnes", 2, (None,)),
    ("news_feed-3", "1.2 million", 1, (None,)),
    ("news_feed-3", "eight", 1, ("slots",)),
    ("news_feed-3", "1,400 jobs", 1, ("jobs",)),
    ("news_feed-3", "two years", 2, (None,)),
    ("news_feed-3", "$45 million", 1, ("industry",)),
    ("wire_archive-1", "25%", 1, ("tariff",)),
    ("wire_archive-1", "15%", 1, ("tariff",)),
    ("wire_archive-1", "14-hour", 1, ("session",)),
    ("wire_archive-1", "15%", 2, ("rate",)),
    ("wire_archive-1", "two years", 1, (None, "rate")),
    ("wire_archive-1", "10%", 1, ("rate",)),
    ("wire_archive-1", "400,000 tonnes", 1, ("quota",)),
    ("wire_archive-1", "900,000 tonnes", 1, ("quota",)),
    ("wire_archive-1", "three", 1, ("steps",)),
    ("wire_archive-1", "600,000 tonnes", 1, (None, "quota")),
    ("wire_archive-1", "six", 1, ("slots",)),
    ("wire_archive-1", "12-15%", 1, ("premium",)),
    ("wire_archive-1", "four", 1, ("berths",)),
    ("wire_archive-1", "seven years", 1, ("farmers", None)),
    ("wire_archive-1", "three people", 1, ("briefed",)),
    ("wire_archive-1", "eight", 1, (None,)),
    ("wire_archive-1", "four", 2, (None,)),
    ("wire_archive-1", "six", 2, (None,)),
    ("wire_archive-1", "$120 million", 1, ("fund",)),
    ("wire_archive-1", "five years", 1, (None,)),
    ("wire_archive-1", "two years", 2, (None,)),
    ("wire_archive-1", "2.5%", 1, ("prices",)),
    ("wire_archive-1", "$801", 1, ("prices",)),
    ("wire_archive-1", "1.8%", 1, ("futures",)),
    ("wire_archive-1", "2.1 million tonnes", 1, ("exports",)),
    ("wire_archive-1", "3.1 million tonnes", 1, ("exports",)),
    ("wire_archive-1", "two years", 3, (None,)),
    ("wire_archive-1", "three weeks", 1, (None,)),
    ("wire_archive-2", "six", 1, ("slots",)),
    ("wire_archive-2", "four", 1, ("berths",)),
    ("wire_archive-2", "12-15%", 1, ("surcharge",)),
    ("wire_archive-2", "Six", 1, ("slots",)),
    ("wire_archive-2", "94%", 1, ("occupancy",)),
    ("wire_archive-2", "six", 2, ("slots",)),
    ("wire_archive-2", "3,800 port workers", 1, ("workers",)),
    ("wire_archive-2", "£420m", 1, ("contract",)),
    ("wire_archive-2", "HK$3.2 billion", 1, ("terminal",)),
    ("wire_archive-2", "6%", 1, ("fees",)),
    ("wire_archive-2", "3%", 1, ("fees",)),
    ("wire_archive-2", "35,000 deadweight tonnes", 1, ("carrier", None)),
    ("wire_archive-2", "$58,000", 1, ("charges",)),
    ("wire_archive-2", "41.6 million tonnes", 1, ("cargo",)),
    ("wire_archive-2", "2.1 million tonnes", 1, ("steel",)),
    ("wire_archive-2", "1.9 million tonnes", 1, ("grain",)),
]


@cache
def sample_text(stem: str) -> str:
    from briefing.ingest import expand

    gold = json.loads((GOLD / f"{stem}.json").read_text(encoding="utf-8"))
    articles = [record.article for item in expand([str(REPO / "sample_data" / gold["article"]["file"])])
                for record in item.records()]
    return articles[gold["article"].get("line", 1) - 1].text


def test_every_essential_sample_figure_has_an_expectation():
    listed = {(stem, key, occ) for stem, key, occ, _ in SAMPLE_EXPECTATIONS}
    for path in sorted(GOLD.glob("*.json")):
        for n in json.loads(path.read_text(encoding="utf-8")).get("numbers", []):
            if n.get("essential") and n.get("unit") != "date":
                assert (path.stem, n["key"], n.get("occurrence", 1)) in listed, (path.stem, n["key"])


@pytest.mark.parametrize("stem", sorted({e[0] for e in SAMPLE_EXPECTATIONS}))
def test_sample_figures_say_what_they_measure(stem):
    text = sample_text(stem)
    numbers = find_numbers(text)
    failures = []
    for _, key, occurrence, heads in (e for e in SAMPLE_EXPECTATIONS if e[0] == stem):
        s, e = key_span(text, key, occurrence)
        hits = [n for n in numbers if min(n.end, e) > max(n.start, s)]
        got = hits[0].context if hits else "<no figure>"
        why = problem(got, list(heads)) if hits else "the numbers pass finds no figure"
        if why:
            failures.append(f"{key!r} (#{occurrence}) -> {got!r}: {why}")
    assert not failures, f"[{stem}]\n  " + "\n  ".join(failures)


@pytest.mark.parametrize("stem", sorted({e[0] for e in SAMPLE_EXPECTATIONS}))
def test_no_junk_context_anywhere_in_the_samples(stem):
    bad = [(n.text, n.context, junk(n.context)) for n in find_numbers(sample_text(stem))
           if n.context is not None and junk(n.context)]
    assert not bad, bad
