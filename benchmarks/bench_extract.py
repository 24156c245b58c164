"""Extraction against quantulum3's number pass, on the same 40 articles.

In this process, after a warm-up call of each on every article: imports,
model loading and process start-up are excluded for both. On each article
the passes take turns (the order flips every round), each call timed with
``time.process_time`` (CPU time of this process, which load from other
processes barely moves) and with ``time.perf_counter``; an article's cost is
the median over the rounds, and the cost per article is the mean of those
over the 40 articles.

Every call gets a fresh copy of the text: the extractor keeps the tokens of
the article it saw last (keyed on the string object), and a benchmark that
hands it the same object again would measure that cache, not extraction.
"""

from __future__ import annotations

import importlib.metadata
import statistics
import time
import warnings
from collections.abc import Callable

from benchmarks import harness
from benchmarks.harness import BenchError, Goal, Section

GOAL = 80.0


def _fresh(text: str) -> str:
    """An equal string that is a different object (so no per-text cache can hit)."""
    return "".join([text[:1], text[1:]])


def _time(fn: Callable[[str], object], text: str) -> tuple[float, float]:
    arg = _fresh(text)
    w0, c0 = time.perf_counter(), time.process_time()
    fn(arg)
    c1, w1 = time.process_time(), time.perf_counter()
    return c1 - c0, w1 - w0


def run(rounds: int | None = None) -> list[Section]:
    texts, source = harness.forty_articles()
    rounds = rounds or (2 if harness.quick() else 5)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser as qparser
    except ImportError as exc:
        raise BenchError(f"quantulum3 is not importable ({exc}): install the bench extra, "
                         "`pip install -e '.[dev,bench]'`") from None
    from briefing.extract import extract
    from briefing.extract.numbers import find_numbers
    from briefing.models import Article

    def quantulum(text: str) -> object:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return qparser.parse(text)

    passes: dict[str, Callable[[str], object]] = {
        "quantulum": quantulum,
        "extract": lambda t: extract(Article(text=t)),
        "numbers": find_numbers,
    }
    # warm-up: quantulum loads its unit data and classifier on first use; regex caches fill
    for t in texts:
        for fn in passes.values():
            fn(_fresh(t))

    cpu: dict[str, list[list[float]]] = {k: [[] for _ in texts] for k in passes}
    wall: dict[str, list[list[float]]] = {k: [[] for _ in texts] for k in passes}
    order = list(passes)
    for r in range(rounds):
        for i, t in enumerate(texts):
            for name in (order if r % 2 == 0 else order[::-1]):
                c, w = _time(passes[name], t)
                cpu[name][i].append(c)
                wall[name][i].append(w)

    def per_article(samples: list[list[float]]) -> float:
        return statistics.fmean(statistics.median(s) for s in samples)

    c = {k: per_article(v) for k, v in cpu.items()}
    w = {k: per_article(v) for k, v in wall.items()}
    figures = sum(len(find_numbers(t)) for t in texts)
    q_found = sum(len(quantulum(t)) for t in texts)
    chars = statistics.fmean(len(t) for t in texts)
    ratio = c["quantulum"] / c["extract"]

    try:
        from quantulum3 import classifier as qclassifier
        clf = "with its classifier" if getattr(qclassifier, "USE_CLF", False) else \
            "without its optional classifier extra (no scikit-learn), as the bench extra installs it"
    except ImportError:
        clf = "classifier status unknown"
    version = importlib.metadata.version("quantulum3")
    sec = Section("Extraction vs quantulum3's number pass (same 40 articles)")
    sec.lines += [
        f"Data: {source}, {chars:,.0f} characters on average. In-process, warmed up (start-up and imports "
        f"excluded for both); the passes alternate on every article, {rounds} rounds; an article's cost is its "
        f"median, the cost per article the mean over the 40. CPU time (`time.process_time`) is the measure; "
        f"wall-clock shown beside it. quantulum3 {version}, {clf}.",
        "",
        "| pass | CPU ms per article | wall ms per article | quantulum3 / pass (CPU) | goal |",
        "|---|---:|---:|---:|---|",
        f"| quantulum3 `parser.parse` (numbers only; {q_found:,} quantities found) | {c['quantulum'] * 1e3:.2f} "
        f"| {w['quantulum'] * 1e3:.2f} | 1x | |",
        f"| briefing `extract` (quotes, speakers, figures, sources) | {c['extract'] * 1e3:.3f} "
        f"| {w['extract'] * 1e3:.3f} | **{ratio:.0f}x** | >= {GOAL:.0f}x |",
        f"| briefing `find_numbers` (figures only; {figures:,} found) | {c['numbers'] * 1e3:.3f} "
        f"| {w['numbers'] * 1e3:.3f} | {c['quantulum'] / c['numbers']:.0f}x | |",
        "",
        f"On wall-clock the ratios are {w['quantulum'] / w['extract']:.0f}x (extract) and "
        f"{w['quantulum'] / w['numbers']:.0f}x (find_numbers).",
    ]
    sec.goals.append(Goal("whole extraction vs quantulum3's number pass", f">= {GOAL:.0f}x",
                          f"{ratio:.0f}x", ratio >= GOAL))
    return [sec, _run_on_scaling(extract, Article)]


#: words a run-on text is drawn from: cues, speakers, clause joins, quotation marks, figures, no full stops
_RUN_ON_WORDS = (
    "the harbour spokesman Hugo Lind said is expected to seems appears according reportedly which who not "
    "called on \" \u201c \u201d , in poll survey Noting that he she told reporters $ 5 million percent 12 June "
    "Sen. (R) \u2014 asked whether and but endorsed").split()


_LINEAR_GOALS = {
    "run-on text (words)": "extraction of a run-on text grows linearly (4x)",
    "article naming many people (paragraphs)": "extraction of an article naming many people grows linearly (4x)",
    "British quotation full of possessives (possessives)":
        "extraction of a single-quoted paragraph full of apostrophes grows linearly (4x)",
}


def _possessives(n: int) -> str:
    """One British-style quotation (straight single marks) holding ``n`` possessive apostrophes."""
    return "The union spoke on Monday.\n\n'It is " + "the workers' pay and " * n + "nothing else,' she said."


def _run_on_scaling(extract: Callable[..., object], article: Callable[..., object]) -> Section:
    """Extraction of hostile text at N and 4N: a run-on "sentence" (each pass reads only near its cue) and
    an article naming thousands of people (the name index looks names up, never scans them all); the cost
    should grow about 4x, not 16x or more."""
    import random

    rng = random.Random(7)
    words = [rng.choice(_RUN_ON_WORDS) for _ in range(40_000)]
    letters = "abcdefghijklmnopqrstuvwxyz"
    firsts = ("Hugo", "Ana", "Ilse", "Marta", "Oskar", "Lina")

    def name() -> str:
        return rng.choice(firsts) + " " + "".join(rng.choice(letters) for _ in range(7)).capitalize()

    people = [f"{name()}, a spokesman for the {name()} Group, said the port would open. \"We are ready,\" he said."
              for _ in range(4_000)]
    small, big = (2_500, 10_000) if harness.quick() else (10_000, 40_000)
    texts = {
        "run-on text (words)": (" ".join(words[:small]), " ".join(words[:big]), small, big),
        "article naming many people (paragraphs)": ("\n\n".join(people[:small // 10]), "\n\n".join(people[:big // 10]),
                                                    small // 10, big // 10),
        "British quotation full of possessives (possessives)": (
            _possessives(small // 4), _possessives(big // 4), small // 4, big // 4),
    }
    sec = Section("Extraction of hostile text: N vs 4N")
    sec.lines += [
        "Three synthetic texts, seeded: one \"sentence\" with no full stop drawn from cue words, names, clause joins, "
        "quotation marks and figures (a transcript without stops, a page of links), an article whose "
        "every paragraph names two new people and organisations, and a British single-quoted paragraph "
        "whose every clause holds a possessive apostrophe (\"the workers' pay\"). CPU time, median of 3.",
        "",
        "| text | N | CPU s at N | 4N | CPU s at 4N | ratio |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for label, (text_n, text_4n, n, n4) in texts.items():
        cost = []
        for text in (text_n, text_4n):
            runs = []
            for _ in range(3):
                c0 = time.process_time()
                extract(article(text=_fresh(text)))
                runs.append(time.process_time() - c0)
            cost.append(statistics.median(runs))
        ratio = cost[1] / cost[0]
        sec.lines.append(f"| {label} | {n:,} | {cost[0]:.2f} | {n4:,} | {cost[1]:.2f} | {ratio:.1f}x |")
        sec.goals.append(Goal(_LINEAR_GOALS[label], "about 4x", f"{ratio:.1f}x", ratio <= 5.0))
    return sec
