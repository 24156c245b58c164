"""Score the numbers pass on our own cases (tests/data/number_cases.jsonl).

    .venv/bin/python benchmarks/numbers_eval.py              # briefing
    .venv/bin/python benchmarks/numbers_eval.py --quantulum  # quantulum3 on the same cases
    .venv/bin/python benchmarks/numbers_eval.py --misses     # list every miss

A case is a sentence, the figure's key text (its ``occurrence``-th whole-word
occurrence) and what is expected. As in ``../shared/eval/score.py``: a figure
is *found* when a predicted number overlaps the key's place and is not more
than 15 characters longer than the key; its *value* is right when a hit has
the expected value (relative tolerance 1e-6). Unit, value_max, from_value,
date and kind are scored the same way where a case gives them. ``absent``
cases hold a span that must not be reported (identifiers, phone numbers,
vague amounts...).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "tests" / "data" / "number_cases.jsonl"


def load_cases(path: Path = CASES) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def find_key(text: str, key: str, occurrence: int = 1) -> tuple[int, int] | None:
    hits = [m.span() for m in re.finditer(r"(?<![\w.])" + re.escape(key) + r"(?!\w)", text)]
    return hits[occurrence - 1] if len(hits) >= occurrence else None


def close(a, b) -> bool:
    if b is None:
        return a is None  # the case says the field must stay empty ("from_value": null)
    return isinstance(a, int | float) and abs(a - b) <= 1e-6 * max(1, abs(b))


def judge(case: dict, numbers: list[dict]) -> dict[str, bool | None]:
    """What a prediction got right for one case (None: the case does not ask)."""
    span = find_key(case["text"], case["key"], case.get("occurrence", 1))
    if span is None:
        raise ValueError(f"key {case['key']!r} not in {case['text']!r}")
    overlapping = [n for n in numbers if min(n["end"], span[1]) > max(n["start"], span[0])]
    if case.get("absent"):
        return {"absent": not overlapping}
    hits = [n for n in overlapping if n["end"] - n["start"] <= span[1] - span[0] + 15]
    out: dict[str, bool | None] = {"found": bool(hits)}
    out["value"] = any(close(n.get("value"), case["value"]) for n in hits) if "value" in case else None
    for field in ("unit", "kind", "date"):
        out[field] = any(n.get(field) == case[field] for n in hits) if field in case else None
    for field in ("value_max", "from_value"):
        out[field] = any(close(n.get(field), case[field]) for n in hits) if field in case else None
    return out


def briefing_numbers(text: str) -> list[dict]:
    from briefing.extract.numbers import find_numbers

    return [n.model_dump() for n in find_numbers(text)]


def quantulum_numbers(text: str) -> list[dict]:
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import parser

    out = []
    for q in parser.parse(text):  # (quantulum gives a range's mean as its value)
        s, e = q.span
        out.append({"start": s, "end": e, "value": q.value, "unit": None})
    return out


def evaluate(cases: list[dict], numbers_of) -> tuple[dict, dict, list[str]]:
    """Totals per field, per form, and a list of misses."""
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    forms: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    misses: list[str] = []
    for case in cases:
        preds = numbers_of(case["text"])
        got = judge(case, preds)
        for field, ok in got.items():
            if ok is None:
                continue
            totals[field][0] += ok
            totals[field][1] += 1
            forms[case["form"]][field][0] += ok
            forms[case["form"]][field][1] += 1
            if not ok:
                shown = [(p["text"] if "text" in p else case["text"][p["start"]:p["end"]], p.get("value"),
                          p.get("unit"), p.get(field) if field not in ("found", "absent") else None)
                         for p in preds]
                misses.append(f"[{case['form']}] {field}: {case['key']!r} in {case['text']!r} -> {shown}")
    return totals, forms, misses


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quantulum", action="store_true", help="score quantulum3 instead of briefing")
    ap.add_argument("--misses", action="store_true", help="list every miss")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    cases = load_cases()
    numbers_of = quantulum_numbers if args.quantulum else briefing_numbers
    totals, forms, misses = evaluate(cases, numbers_of)
    who = "quantulum3" if args.quantulum else "briefing"
    print(f"{who} on {len(cases)} cases ({CASES.relative_to(ROOT)})")
    fields = ("found", "value", "absent") if args.quantulum else (
        "found", "value", "unit", "value_max", "from_value", "date", "kind", "absent")
    for field in fields:
        if field in totals:
            ok, n = totals[field]
            print(f"  {field:11s} {ok / n:6.3f}  ({ok}/{n})")
    print("  by form (found, value):")
    for form in sorted(forms):
        f = forms[form]
        parts = []
        for field in ("found", "value", "absent"):
            if field in f:
                ok, n = f[field]
                parts.append(f"{field} {ok}/{n}")
        print(f"    {form:9s} " + ", ".join(parts))
    if args.misses:
        print("\n".join(misses))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
