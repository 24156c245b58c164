"""The numbers pass (and the whole extraction) against quantulum3's number pass.

    .venv/bin/pip install -e '.[dev,bench]'
    .venv/bin/python benchmarks/numbers_vs_quantulum.py [--rounds N] [--reps N]

Both run on the same 40 PolNeAR articles (the first 20 of dev and of train,
``../shared/eval/polnear/{dev,train}/text/*.txt`` in name order), in this
process, after a warm-up call each: imports, model loading and process
start-up are excluded. The passes take turns on each article (so load from
other work on the machine falls on both alike), for a few rounds; an
article's cost is its fastest run ("best") or its median run, and the cost
per article is the mean over the 40. Prints both, and the ratios.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
POLNEAR = ROOT.parent / "shared" / "eval" / "polnear"


def articles(n_each: int = 20) -> list[str]:
    texts = []
    for split in ("dev", "train"):
        files = sorted((POLNEAR / split / "text").glob("*.txt"))[:n_each]
        texts += [f.read_text(encoding="utf-8").replace("\r\n", "\n") for f in files]
    return texts


def interleaved(fns: dict, texts: list[str], reps: dict[str, int], rounds: int) -> dict[str, tuple[float, float]]:
    """Seconds per article for each function: (mean of per-article best, mean of per-article median).

    The functions take turns on each article, so a burst of other work on the
    machine hits all of them alike; each article is timed ``rounds`` times
    ``reps[name]`` calls, one by one.
    """
    runs: dict[str, list[list[float]]] = {name: [[] for _ in texts] for name in fns}
    for _ in range(rounds):
        for i, t in enumerate(texts):
            for name, fn in fns.items():
                for _ in range(reps[name]):
                    t0 = time.perf_counter()
                    fn(t)
                    runs[name][i].append(time.perf_counter() - t0)
    return {name: (statistics.fmean(min(r) for r in per), statistics.fmean(statistics.median(r) for r in per))
            for name, per in runs.items()}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rounds", type=int, default=3, help="rounds over the 40 articles")
    ap.add_argument("--reps", type=int, default=9, help="calls per article and round for find_numbers")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    texts = articles()
    if len(texts) < 40:
        print(f"need 40 PolNeAR articles under {POLNEAR}, found {len(texts)}", file=sys.stderr)
        return 1
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser as qparser
    except ImportError:
        print("quantulum3 is not installed: .venv/bin/pip install -e '.[dev,bench]'", file=sys.stderr)
        return 1
    from briefing.extract import extract
    from briefing.extract.numbers import find_numbers
    from briefing.models import Article

    # warm-up: first calls load quantulum's data and fill regex caches
    qparser.parse(texts[0])
    find_numbers(texts[0])
    extract(Article(text=texts[0]))

    res = interleaved(
        {"q": qparser.parse, "n": find_numbers, "x": lambda t: extract(Article(text=t))},
        texts, {"q": 1, "n": args.reps, "x": max(1, args.reps // 3)}, args.rounds)
    (q_best, q_med), (n_best, n_med), (x_best, x_med) = res["q"], res["n"], res["x"]

    chars = sum(map(len, texts)) / len(texts)
    found = sum(len(find_numbers(t)) for t in texts)
    print(f"40 PolNeAR articles, {chars:.0f} characters on average; briefing finds {found} figures")
    print(f"{'per article':34s}{'best ms':>10s}{'median ms':>11s}{'x faster':>10s}")
    print(f"{'quantulum3 0.10 parser.parse':34s}{q_best * 1e3:10.3f}{q_med * 1e3:11.3f}{'1':>10s}")
    print(f"{'briefing find_numbers':34s}{n_best * 1e3:10.3f}{n_med * 1e3:11.3f}{q_best / n_best:10.0f}")
    print(f"{'briefing extract (all passes)':34s}{x_best * 1e3:10.3f}{x_med * 1e3:11.3f}{q_best / x_best:10.0f}")
    print(f"on medians: numbers {q_med / n_med:.0f}x faster, whole extraction {q_med / x_med:.0f}x faster")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
