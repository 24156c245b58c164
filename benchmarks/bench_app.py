"""The review app on a million quotes against a hundred, through ``benchmarks/app_bench.py``.

``app_bench`` builds both databases (bulk SQL, cached between runs in
``$BRIEFING_BENCH_DIR`` or the system temp dir) and measures each case in a
fresh process driven by Textual's Pilot: time until the first card shows a
quote, peak memory, and accept-and-next latency from the key event to the
next card on screen. This module runs it and turns its numbers into rows.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

from benchmarks import harness
from benchmarks.harness import BenchError, Goal, Section

GOAL = 1.5


#: app_bench.run_cases in a small process: Linux carries the peak RSS of a parent across fork
#: and exec, so app cases launched from this (large) harness would report its memory as theirs.
_CASES = (
    "import json, sys\n"
    "from pathlib import Path\n"
    "from benchmarks import app_bench\n"
    "dbs, keystrokes, runs = json.loads(sys.argv[1])\n"
    "print(json.dumps(app_bench.run_cases([Path(d) for d in dbs], keystrokes, runs)))\n"
)


def _run_cases(dbs: list[Path], keystrokes: int, runs: int) -> list[dict]:
    spec = json.dumps([[str(d) for d in dbs], keystrokes, runs])
    out = subprocess.run([sys.executable, "-c", _CASES, spec], cwd=harness.ROOT, capture_output=True, text=True,
                         stdin=subprocess.DEVNULL, check=False)
    lines = out.stdout.strip().splitlines()
    if out.returncode != 0 or not lines:
        detail = (out.stderr.strip() or "no output").splitlines()
        raise BenchError(f"the app run failed: {detail[-1][:400]}")
    return json.loads(lines[-1])


def run(runs: int | None = None) -> list[Section]:
    from benchmarks import app_bench

    big, small = (100_000, 100) if harness.quick() else (1_000_000, 100)
    runs = runs or (2 if harness.quick() else 5)
    keystrokes = min(200, small - 2)  # every press needs a next item
    t0 = time.perf_counter()
    try:
        big_db, small_db = app_bench.cached_db(big), app_bench.cached_db(small)
    except Exception as exc:
        raise BenchError(f"building the app databases failed: {type(exc).__name__}: {exc}") from None
    build = time.perf_counter() - t0
    r_small, r_big = _run_cases([small_db, big_db], keystrokes, runs)

    rows = [
        ("time to first item on screen", "first_item_s", 1000, "ms", "first item"),
        ("peak memory (VmHWM)", "maxrss_mb", 1, "MB", "peak memory"),
        ("accept-and-next p50", "p50_ms", 1, "ms", "keystroke p50"),
        ("accept-and-next p95", "p95_ms", 1, "ms", "keystroke p95"),
    ]
    sec = Section(f"Review app: {big:,} quotes vs {small:,}")
    sec.lines += [
        f"`benchmarks/app_bench.py`: the real app under Pilot (100x30), each case a fresh process, the two cases "
        f"interleaved, medians of {runs} runs; {keystrokes} accept-and-next key presses per run, each timed from "
        f"the key event to the next card on screen. Time to first item counts from `create_app` (after "
        f"imports). Databases built with bulk SQL, 20 quotes per article "
        + (f"(built in {build:.1f} s)." if build >= 1 else "(reused from the cache)."),
        "",
        f"| measure | {small:,} quotes | {big:,} quotes | ratio | goal |",
        "|---|---:|---:|---:|---|",
    ]
    for label, key, scale, unit, goal_name in rows:
        a, b = r_small[key] * scale, r_big[key] * scale
        ratio = b / a if a else float("inf")
        sec.lines.append(f"| {label} | {a:.2f} {unit} | {b:.2f} {unit} | **{ratio:.2f}x** | <= {GOAL}x |")
        sec.goals.append(Goal(f"app on {big:,} vs {small:,} quotes: {goal_name}", f"<= {GOAL}x",
                              f"{ratio:.2f}x ({a:.2f} -> {b:.2f} {unit})", ratio <= GOAL))
    press = r_small["pilot_press_ms"], r_big["pilot_press_ms"]
    sec.lines += [
        f"| for reference: one `pilot.press('a')` round trip (Pilot's own waits included) | {press[0]:.1f} ms "
        f"| {press[1]:.1f} ms | {press[1] / press[0]:.2f}x | |",
    ]
    return [sec]
