"""``briefing export`` of 10,000 accepted items against 100 (and 1,000): how the cost grows.

The database is a real import (the N-article database of the import
benchmark, PolNeAR texts by default) with every item pending; each case is a
copy of it in which the first K items in article order (quotes, figures and
sources together) are accepted, so the cases differ only in what the memo
holds. Each is timed as the command a user runs (a subprocess, wall-clock,
start-up included) and in-process (``store.export.build_memo`` and
``briefing.memo.to_markdown``, start-up excluded), medians of a few runs
interleaved across the cases.
"""

from __future__ import annotations

import sqlite3
import statistics
import time
from pathlib import Path

from benchmarks import bench_import, harness
from benchmarks.harness import BenchError, Goal, Section, fmt_s

LINEAR_SLACK = 1.15  # 10x the items may cost at most 11.5x


def sizes() -> list[int]:
    return [100, 300, 1_000] if harness.quick() else [100, 1_000, 10_000]


def _source_db() -> tuple[Path, str]:
    """A database of imported articles with enough items, and a line saying what it is."""
    n, _ = bench_import.sizes()
    db = bench_import.IMPORTED.get(n)
    how = f"the {n:,}-article database of the import benchmark"
    if db is None or not db.exists():
        path, _ = harness.corpus_file(n)
        try:
            bench_import.briefing_import(path, n, keep=True)
        except BenchError as exc:
            raise BenchError(f"no database to export from: {exc}") from None
        db = bench_import.IMPORTED[n]
        how = f"a fresh `briefing import` of the first {n:,} articles of the import corpus"
    return db, how


def _accept_first(db: Path, k: int) -> int:
    """Accept the first ``k`` items in article order; return how many were accepted."""
    conn = sqlite3.connect(str(db))
    try:
        with conn:
            conn.execute("CREATE TEMP TABLE picked AS SELECT * FROM ("
                         " SELECT 'quotes' AS t, id, sort_key FROM quotes"
                         " UNION ALL SELECT 'numbers', id, sort_key FROM numbers"
                         " UNION ALL SELECT 'sources', id, sort_key FROM sources"
                         " ORDER BY sort_key, t, id LIMIT ?)", (k,))
            for table in ("quotes", "numbers", "sources"):
                conn.execute(
                    f"UPDATE {table} SET status = 'accepted', reviewed_at = '2026-06-20T09:00:00Z', "
                    f"reviewed_by = 'bench' WHERE id IN (SELECT id FROM picked WHERE t = ?)", (table,))
        return conn.execute("SELECT count(*) FROM picked").fetchone()[0]
    finally:
        conn.close()


def _copy(src: Path, dst: Path) -> None:
    harness.remove_db(dst)
    a, b = sqlite3.connect(str(src)), sqlite3.connect(str(dst))
    try:
        a.backup(b)
    finally:
        a.close()
        b.close()


def _in_process(db: Path) -> tuple[float, int]:
    from briefing.filters import ItemFilter
    from briefing.memo import to_markdown
    from store import open_store
    from store.export import build_memo

    t0 = time.perf_counter()
    store = open_store(db)
    try:
        memo = build_memo(store, ItemFilter(statuses=["accepted"]))
    finally:
        store.close()
    text = to_markdown(memo)
    return time.perf_counter() - t0, len(text.encode("utf-8"))


def run(runs: int | None = None) -> list[Section]:
    runs = runs or (2 if harness.quick() else 3)
    src, how = _source_db()
    conn = sqlite3.connect(str(src))
    total = sum(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("quotes", "numbers", "sources"))
    conn.close()
    ks = sizes()
    if total < ks[-1]:
        raise BenchError(f"the imported database holds {total:,} items, fewer than the {ks[-1]:,} to export")
    dbs: dict[int, Path] = {}
    for k in ks:
        dbs[k] = harness.workdir() / f"export-{k}.db"
        _copy(src, dbs[k])
        got = _accept_first(dbs[k], k)
        if got != k:
            raise BenchError(f"could accept only {got} of {k} items")

    cli: dict[int, list[float]] = {k: [] for k in ks}
    inproc: dict[int, list[float]] = {k: [] for k in ks}
    size: dict[int, int] = {}
    scope: dict[int, str] = {}
    for r in range(runs):
        for k in (ks if r % 2 == 0 else ks[::-1]):
            memo = harness.workdir() / f"memo-{k}.md"
            res = harness.run([*harness.command("briefing"), "export", "--db", str(dbs[k]), "-o", memo.name],
                              cwd=memo.parent)
            cli[k].append(res.wall)
            scope[k] = res.stderr.strip().splitlines()[-1] if res.stderr.strip() else ""
            t, size[k] = _in_process(dbs[k])
            inproc[k].append(t)
    for k in ks:
        harness.remove_db(dbs[k])
        (harness.workdir() / f"memo-{k}.md").unlink(missing_ok=True)

    c = {k: statistics.median(v) for k, v in cli.items()}
    p = {k: statistics.median(v) for k, v in inproc.items()}
    lo, mid, hi = ks
    sec = Section(f"Export: {hi:,} accepted items vs {lo:,} (and {mid:,})")
    sec.lines += [
        f"Database: {how}, {total:,} items; each case a copy with the first K items in article order accepted "
        f"(quotes, figures, sources). `briefing export --db DB -o memo.md` as a subprocess (wall-clock, start-up "
        f"included), and in-process (`build_memo` + `to_markdown`, start-up excluded); medians of {runs} runs.",
        "",
        "| accepted items | `briefing export` (wall) | ratio to 100 | in-process | ratio to 100 "
        "| in-process per item | memo size | what the command reported |",
        "|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for k in ks:
        sec.lines.append(
            f"| {k:,} | {fmt_s(c[k])} | {c[k] / c[lo]:.2f}x | {fmt_s(p[k])} | {p[k] / p[lo]:.1f}x "
            f"| {p[k] / k * 1e6:.0f} µs | {size[k] / 1024:,.0f} KB | {scope[k]} |")
    marginal = (p[hi] - p[mid]) / (hi - mid)
    sec.lines += [
        "",
        f"Marginal cost per item (in-process): {(p[mid] - p[lo]) / (mid - lo) * 1e6:.0f} µs from {lo:,} to "
        f"{mid:,}, {marginal * 1e6:.0f} µs from {mid:,} to {hi:,}. "
        f"Command start-up and fixed work: about {fmt_s(max(c[lo] - p[lo], 0))}.",
    ]
    growth = p[hi] / p[mid]
    step = hi / mid
    sec.goals.append(Goal(f"export grows linearly ({mid:,} -> {hi:,} accepted items, in-process)",
                          f"<= {step * LINEAR_SLACK:.1f}x for {step:.0f}x the items",
                          f"{growth:.2f}x ({hi:,} vs {lo:,}: {c[hi] / c[lo]:.2f}x as a command)",
                          growth <= step * LINEAR_SLACK))
    return [sec]
