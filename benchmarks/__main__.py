"""``python -m benchmarks`` (``make bench``): every comparison of issue 6, as a Markdown table of ratios.

    python -m benchmarks                      # everything (about 10-15 minutes on 2 cores)
    BENCH_QUICK=1 python -m benchmarks        # smaller sizes, fewer repeats (a few minutes)
    python -m benchmarks --only import,extract

Each comparison runs its peer side by side in the same run on the same data
and reports the ratio. Results go to ``benchmarks/out/results.md`` (and are
printed); a full run of every comparison also refreshes ``docs/BENCHMARKS.md``.
A comparison that cannot run (a command fails, a tool is missing) is
reported in the table with the reason, the others still run, and the exit
status is 1. Goals that are missed are reported, never asserted.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import time
import traceback
from collections.abc import Callable

from benchmarks import harness
from benchmarks.harness import BenchError, Goal, Section, verdict

#: name -> (module, what it compares); run in this order (export reuses the import's database)
BENCHES: dict[str, tuple[str, str]] = {
    "import": ("bench_import", "briefing import vs sqlite-utils, and import scaling"),
    "export": ("bench_export", "briefing export of 10,000 accepted items vs 100"),
    "profile": ("bench_profile", "cProfile of the import path"),
    "extract": ("bench_extract", "extraction vs quantulum3's number pass"),
    "app": ("bench_app", "review app on 1,000,000 quotes vs 100"),
}

#: the goals each comparison checks, listed as "not measured" when it cannot run
EXPECTED_GOALS: dict[str, list[tuple[str, str]]] = {
    "import": [("import vs sqlite-utils searchable store", "<= 8x"),
               ("import grows linearly (N, 2N, 4N)", "about 2x and 4x")],
    "export": [("export grows linearly", "about 10x for 10x the items")],
    "extract": [("whole extraction vs quantulum3's number pass", ">= 80x"),
                ("extraction of a run-on text grows linearly (4x)", "about 4x"),
                ("extraction of an article naming many people grows linearly (4x)", "about 4x")],
    "app": [("app on 1,000,000 vs 100 quotes: first item, memory, keystroke p50/p95", "<= 1.5x")],
}


def _run_one(name: str) -> list[Section]:
    module_name, what = BENCHES[name]
    t0 = time.perf_counter()
    print(f"[bench] {name}: {what} ...", file=sys.stderr, flush=True)
    try:
        module = __import__(f"benchmarks.{module_name}", fromlist=["run"])
        runner: Callable[[], list[Section]] = module.run
        sections = runner()
    except BenchError as exc:
        sections = [_failed(name, str(exc))]
    except Exception as exc:  # a bug in the harness or the code measured: say where, keep going
        tb = traceback.extract_tb(exc.__traceback__)[-1]
        where = f"{os.path.relpath(tb.filename, harness.ROOT)}:{tb.lineno}"
        sections = [_failed(name, f"{type(exc).__name__}: {exc} (at {where})")]
    elapsed = time.perf_counter() - t0
    for s in sections:
        s.seconds = elapsed / len(sections)
    print(f"[bench] {name}: done in {elapsed:.0f} s", file=sys.stderr, flush=True)
    return sections


def _failed(name: str, message: str) -> Section:
    sec = Section(f"{BENCHES[name][1]}: COULD NOT RUN", failed=True)
    sec.lines.append(f"**Could not run:** {message}")
    sec.goals = [Goal(g, target, "-", None) for g, target in EXPECTED_GOALS.get(name, [])]
    return sec


def render(sections: list[Section], machine: dict[str, str], total: float, names: list[str]) -> str:
    mode = "quick (BENCH_QUICK=1: smaller sizes, fewer repeats)" if harness.quick() else "full"
    out = ["# briefing benchmarks", ""]
    out += [f"- **{k}**: {v}" for k, v in machine.items()]
    out += [f"- **run**: {mode}; {', '.join(names)}; {total / 60:.1f} minutes in all", ""]
    out += ["Every figure below is a ratio against a peer run side by side, in the same run, on the same data. "
            "The machine is shared: timings swing with other load, so each comparison interleaves its runs "
            "and reports medians.", ""]
    goals = [g for s in sections for g in s.goals]
    if goals:
        out += ["## Goals (issue 6)", "", "| goal | target | measured | |", "|---|---|---|---|"]
        out += [f"| {g.name} | {g.target} | {g.measured} | {verdict(g.met)} |" for g in goals]
        out.append("")
    for s in sections:
        out += [f"## {s.title}", ""]
        out += s.lines
        out += ["", f"_{s.seconds:.0f} s_", ""]
    return "\n".join(out).rstrip() + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.splitlines()[0])
    parser.add_argument("--only", metavar="NAMES", help=f"comma-separated subset of: {', '.join(BENCHES)}")
    parser.add_argument("--quick", action="store_true", help="same as BENCH_QUICK=1")
    parser.add_argument("--keep", action="store_true", help="keep the scratch databases in benchmarks/out/work")
    args = parser.parse_args(argv)
    if args.quick:
        os.environ["BENCH_QUICK"] = "1"
    names = list(BENCHES)
    if args.only:
        wanted = [n.strip() for n in args.only.split(",") if n.strip()]
        unknown = [n for n in wanted if n not in BENCHES]
        if unknown:
            parser.error(f"unknown benchmark(s) {', '.join(unknown)}; choose from {', '.join(BENCHES)}")
        names = [n for n in BENCHES if n in wanted]

    harness.OUT.mkdir(parents=True, exist_ok=True)
    machine = harness.machine()
    t0 = time.perf_counter()
    sections: list[Section] = []
    try:
        for name in names:
            sections += _run_one(name)
    finally:
        if not args.keep:
            shutil.rmtree(harness.OUT / "work", ignore_errors=True)
    text = render(sections, machine, time.perf_counter() - t0, names)
    (harness.OUT / "results.md").write_text(text, encoding="utf-8")
    failed = any(s.failed for s in sections)
    if names == list(BENCHES) and not harness.quick() and not failed:
        (harness.ROOT / "docs" / "BENCHMARKS.md").write_text(text, encoding="utf-8")
        print("[bench] wrote benchmarks/out/results.md and docs/BENCHMARKS.md", file=sys.stderr)
    else:
        print("[bench] wrote benchmarks/out/results.md", file=sys.stderr)
    sys.stdout.write(text)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
