"""Our own scorer for the hand-made gold files in ``tests/gold/``.

It reads a gold file (the format of ``../shared/eval/example_gold.json``) and
one ``ArticleExtraction`` JSON dict (one line of ``briefing extract --json``)
and computes the metrics that ``../shared/eval/score.py`` computes, with the
same matching rules, so that our tests agree with the official scorer on a
fresh clone where ``../shared`` is absent. ``tests/test_gold.py`` checks the
two against each other whenever ``score.py`` is there.

Matching rules, in words:

* Text is compared *folded*: lower-case, curly quotes made straight, the
  characters ``" ' . , ; : ! ? ( ) … -`` turned into spaces, runs of space
  collapsed. "A contains B" means B's folded words appear, in order and
  adjacent, among A's folded words.
* A gold quote is found by a predicted (non-indirect) quote whose text
  contains the gold key, is not much longer than the gold quote (1.3 times
  its folded ``text`` plus 10 characters; without a ``text``, three times the
  key plus 60), and contains no *other* gold key of three words or more
  (``optional_quotes`` keys included). Optional quotes are never misses, and
  predicted quotes that match them are not extras.
* The speaker is right when one of the hits names the gold person (its
  speaker equals or contains one of the person's aliases) and names nobody
  else in the gold file.
* An essential gold number is found by a predicted number overlapping the
  key's place in the text (the key's ``occurrence``-th whole-word match,
  default the first) that is at most 15 characters longer; when the gold
  gives a ``value``, one of the hits must carry it (relative tolerance 1e-6).
* A gold source is found when any predicted source's ``name + " " + text``
  contains one of its ``match`` strings.
* A speaker role is right when a predicted speaker who names the person has a
  role containing the gold role, or contained in it.
* Boilerplate items: predicted quotes, numbers and sources starting at or
  after the first place ``boilerplate_starts_with`` occurs in the text.
* Bad offsets: items whose ``text`` is not ``article.text[start:end]``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

#: What each metric must reach on every gold file (the same as score.py's TARGETS).
TARGETS: dict[str, float] = {
    "quote_recall": 1.0,
    "quote_precision": 0.9,
    "attribution": 1.0,
    "essential_numbers": 1.0,
    "number_values": 1.0,
    "sources": 0.85,
    "speaker_roles": 0.8,
    "boilerplate_items": 0,
    "bad_offsets": 0,
}
#: Metrics that are counts of mistakes: lower is better, the target is a maximum.
AT_MOST = frozenset({"boilerplate_items", "bad_offsets"})

_STRAIGHTEN = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})
_IGNORED = re.compile(r"[\"'.,;:!?()\u2026-]")


def fold(text: str | None) -> str:
    """Lower-case, straight quotes, listed punctuation as space, single spaces."""
    text = (text or "").lower().translate(_STRAIGHTEN)
    return " ".join(_IGNORED.sub(" ", text).split())


def has_words(haystack: str | None, needle: str | None) -> bool:
    """True when needle's folded words occur, adjacent and in order, in haystack's."""
    words = fold(needle)
    if not words:
        return False
    return f" {words} " in f" {fold(haystack)} "


def _is_int(value: Any) -> bool:
    return isinstance(value, int)


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float))


def names_person(predicted: str | None, person: dict) -> bool:
    """Does the predicted speaker name this gold person (an alias, or a name containing one)?"""
    folded = fold(predicted)
    return any(folded == fold(alias) or has_words(folded, alias) for alias in person["aliases"])


def names_only(predicted: str | None, person: dict, people: list[dict]) -> bool:
    """Names this person and no other person of the gold file."""
    if not names_person(predicted, person):
        return False
    return not any(names_person(predicted, other) for other in people if other is not person)


def key_span(text: str, key: str, occurrence: int = 1) -> tuple[int, int] | None:
    """Where the occurrence-th whole-word match of key is (not after a letter, digit, _ or dot)."""
    pattern = re.compile(r"(?<![\w.])" + re.escape(key) + r"(?!\w)")
    for n, match in enumerate(pattern.finditer(text), start=1):
        if n == occurrence:
            return match.span()
    return None


def _share(part: int, whole: int) -> float:
    return part / whole if whole else 1.0


@dataclass
class GoldScore:
    """Metric values and the human-readable reasons behind any shortfall."""

    metrics: dict[str, float]
    misses: list[str] = field(default_factory=list)

    def short(self) -> list[str]:
        """The metrics that miss their TARGETS."""
        return [name for name, target in TARGETS.items() if not meets(name, self.metrics[name], target)]


def meets(metric: str, value: float, target: float) -> bool:
    return value <= target if metric in AT_MOST else value >= target


class _Quotes:
    """Quote recall, precision and attribution."""

    def __init__(self, gold: dict, predicted: list[dict]):
        self.people = gold.get("people", [])
        self.person = {p["name"]: p for p in self.people}
        self.required = gold.get("quotes", [])
        self.optional = gold.get("optional_quotes", [])
        self.predicted = predicted
        self.distinct_keys = [
            g["key"] for g in self.required + self.optional if len(fold(g["key"]).split()) >= 3
        ]

    def _longest_allowed(self, g: dict) -> float:
        if g.get("text"):
            return 1.3 * len(fold(g["text"])) + 10
        return 3 * len(fold(g["key"])) + 60

    def hits(self, g: dict) -> list[int]:
        limit = self._longest_allowed(g)
        others = [k for k in self.distinct_keys if k != g["key"]]
        found = []
        for i, q in enumerate(self.predicted):
            text = q.get("text")
            if not has_words(text, g["key"]) or len(fold(text)) > limit:
                continue
            if any(has_words(text, k) for k in others):
                continue
            found.append(i)
        return found

    def score(self, metrics: dict[str, float], misses: list[str]) -> None:
        used: set[int] = set()
        found = attributed = 0
        for g in self.required:
            hits = self.hits(g)
            if not hits:
                misses.append(f"quote not found: {g['key']!r}")
                continue
            found += 1
            used.update(hits)
            if g["speaker"] not in self.person:
                raise KeyError(f"gold quote {g['key']!r}: speaker {g['speaker']!r} is not in people")
            who = self.person[g["speaker"]]
            if any(names_only(self.predicted[i].get("speaker"), who, self.people) for i in hits):
                attributed += 1
            else:
                got = [self.predicted[i].get("speaker") for i in hits]
                misses.append(f"wrong speaker for {g['key']!r}: got {got}, want {g['speaker']}")
        for g in self.optional:
            used.update(self.hits(g))
        extras = [q.get("text") for i, q in enumerate(self.predicted) if i not in used]
        misses.extend(f"unexpected quote: {(t or '')[:100]!r}" for t in extras)
        n = len(self.required)
        metrics["quote_recall"] = _share(found, n)
        if self.predicted:
            metrics["quote_precision"] = _share(len(self.predicted) - len(extras), len(self.predicted))
        else:
            metrics["quote_precision"] = 1.0 if n == 0 else 0.0
        metrics["attribution"] = _share(attributed, n)


def _score_numbers(gold: dict, text: str, numbers: list[dict], metrics: dict, misses: list[str]) -> None:
    essential = [g for g in gold.get("numbers", []) if g.get("essential")]
    found = valued = right = 0
    for g in essential:
        span = key_span(text, g["key"], g.get("occurrence", 1))
        if span is None:
            misses.append(f"gold number {g['key']!r} is not in the article text")
            continue
        start, end = span
        hits = [
            n for n in numbers
            if _is_int(n.get("start")) and _is_int(n.get("end"))
            and min(n["end"], end) > max(n["start"], start)
            and n["end"] - n["start"] <= (end - start) + 15
        ]
        if not hits:
            misses.append(f"number not found: {g['key']!r}")
            continue
        found += 1
        if "value" not in g:
            continue
        valued += 1
        want = g["value"]
        if any(_is_number(n.get("value")) and abs(n["value"] - want) <= 1e-6 * max(1, abs(want)) for n in hits):
            right += 1
        else:
            misses.append(f"wrong value for {g['key']!r}: got {[n.get('value') for n in hits]}, want {want}")
    metrics["essential_numbers"] = _share(found, len(essential))
    metrics["number_values"] = _share(right, valued)


def _score_sources(gold: dict, sources: list[dict], metrics: dict, misses: list[str]) -> None:
    wanted = gold.get("sources", [])
    seen = [(s.get("name") or "") + " " + (s.get("text") or "") for s in sources]
    found = 0
    for g in wanted:
        if any(has_words(hay, m) for hay in seen for m in g["match"]):
            found += 1
        else:
            misses.append(f"source not found: {g['key']!r}")
    metrics["sources"] = _share(found, len(wanted))


def _score_roles(gold: dict, speakers: list[dict], metrics: dict, misses: list[str]) -> None:
    people = gold.get("people", [])
    with_role = [p for p in people if p.get("role")]
    right = 0
    for p in with_role:
        same = [s for s in speakers if names_only(s.get("name"), p, people)]
        roles = [s.get("role") or "" for s in same]
        if any(has_words(r, p["role"]) or has_words(p["role"], r) for r in roles):
            right += 1
        else:
            misses.append(f"role missing for {p['name']}: got {[s.get('role') for s in same]}, want {p['role']!r}")
    metrics["speaker_roles"] = _share(right, len(with_role))


def _bad_offsets(text: str, items: list[dict]) -> int:
    bad = 0
    for item in items:
        start, end = item.get("start"), item.get("end")
        ok = _is_int(start) and _is_int(end) and 0 <= start <= end <= len(text) and text[start:end] == item.get("text")
        bad += not ok
    return bad


def _boilerplate_items(gold: dict, text: str, items: list[dict]) -> int:
    cut = (gold.get("article") or {}).get("boilerplate_starts_with")
    where = text.find(cut) if cut else -1
    if where < 0:
        return 0
    return sum(1 for item in items if _is_int(item.get("start")) and item["start"] >= where)


def score(gold: dict, prediction: dict) -> GoldScore:
    """Score one ``ArticleExtraction`` JSON dict against one gold file."""
    text = (prediction.get("article") or {}).get("text") or ""
    all_quotes = prediction.get("quotes") or []
    numbers = prediction.get("numbers") or []
    sources = prediction.get("sources") or []
    speakers = prediction.get("speakers") or []
    metrics: dict[str, float] = {}
    misses: list[str] = []
    items = all_quotes + numbers + sources
    metrics["bad_offsets"] = _bad_offsets(text, items)
    _Quotes(gold, [q for q in all_quotes if q.get("kind") != "indirect"]).score(metrics, misses)
    _score_numbers(gold, text, numbers, metrics, misses)
    _score_sources(gold, sources, metrics, misses)
    _score_roles(gold, speakers, metrics, misses)
    metrics["boilerplate_items"] = _boilerplate_items(gold, text, items)
    return GoldScore({name: metrics[name] for name in TARGETS}, misses)


def report(result: GoldScore) -> str:
    """A few lines for a failing test: each metric against its target, then every miss."""
    lines = []
    for name, target in TARGETS.items():
        value = result.metrics[name]
        flag = "ok" if meets(name, value, target) else "SHORT"
        lines.append(f"{name:18} {value:.3f}  target {target}  {flag}")
    lines += [f"  - {m}" for m in result.misses]
    return "\n".join(lines)
