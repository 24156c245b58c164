"""``briefing import`` against sqlite-utils storing the same file searchably, and import scaling.

The peer is the real sqlite-utils CLI doing the least a searchable store
needs (``sqlite-utils insert db articles file.json --pk id``, then
``sqlite-utils enable-fts db articles title text``); briefing does that and
extracts every quote, figure and source and stores them with their own
search index. Both run as subprocesses on the same JSON file, each into a
fresh database, timed wall-clock from spawn to exit (start-up included for
both). The runs are interleaved so load from other work falls on both.

Scaling: ``briefing import`` of the first N, 2N and 4N articles of the same
corpus (4N is the run above), each into a fresh database.
"""

from __future__ import annotations

import contextlib
import sqlite3
import sys
from pathlib import Path

from benchmarks import harness
from benchmarks.harness import BenchError, Goal, Section, fmt_ratio, fmt_s, median

IMPORT_GOAL = 8.0  # briefing import <= 8x sqlite-utils' searchable store
LINEAR_SLACK = 1.15  # "linear": cost per article at 4N within 15% of that at N

#: the last imported database of each size, kept for the export benchmark
IMPORTED: dict[int, Path] = {}


def sizes() -> tuple[int, int]:
    """(N for scaling, the main comparison's size = 4N)."""
    return (210, 840) if harness.quick() else (1_050, 4_200)


def _count(db: Path, table: str) -> int:
    conn = sqlite3.connect(str(db))
    try:
        return conn.execute(f"SELECT count(*) FROM [{table}]").fetchone()[0]
    except sqlite3.Error:
        return -1
    finally:
        conn.close()


def _has_table(db: Path, name: str) -> bool:
    conn = sqlite3.connect(str(db))
    try:
        return conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (name,)).fetchone() is not None
    finally:
        conn.close()


def sqlite_utils_store(file: Path, n: int) -> tuple[float, float, float]:
    """(total, insert, enable-fts) wall seconds of the peer, into a fresh database."""
    db = harness.workdir() / "peer.db"
    harness.remove_db(db)
    su = harness.command("sqlite-utils")
    ins = harness.run([*su, "insert", str(db), "articles", str(file), "--pk", "id"])
    fts = harness.run([*su, "enable-fts", str(db), "articles", "title", "text"])
    got = _count(db, "articles")
    if got != n or not _has_table(db, "articles_fts"):
        raise BenchError(f"sqlite-utils stored {got} of {n} articles (or no FTS table): the peer run is invalid")
    harness.remove_db(db)
    return ins.wall + fts.wall, ins.wall, fts.wall


#: ``briefing import`` with the process pool switched off, for comparison
_SERIAL = (
    "import sys\n"
    "import briefing.commands.import_cmd as import_cmd\n"
    "from briefing.cli import main\n"
    "if not hasattr(import_cmd, 'PARALLEL_MIN_ARTICLES'):\n"
    "    sys.exit('no PARALLEL_MIN_ARTICLES in briefing.commands.import_cmd')\n"
    "import_cmd.PARALLEL_MIN_ARTICLES = 1 << 62\n"
    "sys.exit(main(['import', sys.argv[1], '--db', sys.argv[2]]))\n"
)


def briefing_import(file: Path, n: int, *, keep: bool = False, serial: bool = False) -> dict:
    """One ``briefing import`` into a fresh database: times, peak memory, what was stored."""
    db = harness.workdir() / f"import-{n}{'-serial' if serial else ''}.db"
    harness.remove_db(db)
    if serial:
        cmd = [sys.executable, "-c", _SERIAL, str(file), str(db)]
    else:
        cmd = [*harness.command("briefing"), "import", str(file), "--db", str(db)]
    r = harness.run(cmd, check=False)
    if r.returncode != 0:
        last = (r.stderr.strip() or r.stdout.strip() or "no output").splitlines()[-1]
        raise BenchError(f"`briefing import` of {n:,} articles exited {r.returncode}: {last[:300]}")
    stored = _count(db, "articles")
    if stored != n:
        raise BenchError(f"`briefing import` of {n:,} articles stored {stored}: "
                         f"{(r.stdout.strip() or r.stderr.strip())[-300:]}")
    items = {t: _count(db, t) for t in ("quotes", "numbers", "sources", "speakers")}
    searchable = all(_has_table(db, f"{t}_fts") for t in ("articles", "quotes"))
    if keep:
        IMPORTED[n] = db
    else:
        harness.remove_db(db)
    return {"wall": r.wall, "cpu": r.cpu, "rss": r.maxrss_mb, "items": items, "searchable": searchable}


def run(reps: int | None = None) -> list[Section]:
    """Both sections: the comparison with sqlite-utils, and scaling."""
    n, big = sizes()
    reps = reps or (1 if harness.quick() else 3)
    files = {k: harness.corpus_file(k) for k in (n, 2 * n, big)}
    source = files[big][1]
    peer: list[tuple[float, float, float]] = []
    ours: dict[int, list[dict]] = {n: [], 2 * n: [], big: []}
    serial: list[dict] = []
    for rep in range(reps):
        last = rep == reps - 1
        # peer, ours at 4N, peer, ours at N and 2N, peer: interleaved
        peer.append(sqlite_utils_store(files[big][0], big))
        ours[big].append(briefing_import(files[big][0], big))
        peer.append(sqlite_utils_store(files[big][0], big))
        ours[n].append(briefing_import(files[n][0], n, keep=last))
        with contextlib.suppress(BenchError):  # no pool switch any more: the table leaves the row out
            serial.append(briefing_import(files[n][0], n, serial=True))
        ours[2 * n].append(briefing_import(files[2 * n][0], 2 * n))
        peer.append(sqlite_utils_store(files[big][0], big))

    peer_total = median([p[0] for p in peer])
    peer_ins, peer_fts = median([p[1] for p in peer]), median([p[2] for p in peer])
    t = {k: median([r["wall"] for r in v]) for k, v in ours.items()}
    cpu = {k: median([r["cpu"] for r in v]) for k, v in ours.items()}
    rss = {k: median([r["rss"] for r in v]) for k, v in ours.items()}
    items = ours[big][-1]["items"]
    ratio = t[big] / peer_total
    mb = files[big][0].stat().st_size / 1e6

    cmp_ = Section(f"Import {big:,} articles: `briefing import` vs sqlite-utils storing them searchably")
    cmp_.lines += [
        f"Data: {big:,} articles as one JSON array ({mb:.1f} MB), {source} repeated, each copy its own `id`. "
        f"Both as subprocesses, wall-clock including start-up, fresh databases; "
        f"briefing {reps} run(s), sqlite-utils {len(peer)} runs interleaved with them; medians.",
        "",
        "| measure | briefing import | sqlite-utils insert + enable-fts | ratio | goal |",
        "|---|---:|---:|---:|---|",
        f"| wall-clock, {big:,} articles | {fmt_s(t[big])} | {fmt_s(peer_total)} "
        f"(insert {fmt_s(peer_ins)}, fts {fmt_s(peer_fts)}) | **{fmt_ratio(ratio)}** | <= {IMPORT_GOAL:.0f}x |",
        f"| articles per second | {big / t[big]:,.0f} | {big / peer_total:,.0f} | | |",
        f"| CPU time (all processes) | {fmt_s(cpu[big])} | | | |",
        f"| peak memory (largest process) | {rss[big]:.0f} MB | | | |",
        f"| stored | {big:,} articles, {items['quotes']:,} quotes, {items['numbers']:,} figures, "
        f"{items['sources']:,} sources, {items['speakers']:,} speakers"
        f"{', FTS on articles and quotes' if ours[big][-1]['searchable'] else ', **no FTS tables**'} "
        f"| {big:,} articles, FTS on title and text | | |",
    ]
    cmp_.goals.append(Goal("import vs sqlite-utils searchable store", f"<= {IMPORT_GOAL:.0f}x",
                           fmt_ratio(ratio), ratio <= IMPORT_GOAL))

    per = {k: t[k] / k for k in t}
    r2, r4 = t[2 * n] / t[n], t[big] / t[n]
    linear = per[big] <= per[n] * LINEAR_SLACK and per[2 * n] <= per[n] * LINEAR_SLACK
    scale = Section(f"Import scaling: N = {n:,}, 2N, 4N articles")
    scale.lines += [
        "`briefing import` of the first N, 2N and 4N articles of the same corpus, fresh databases "
        "(the 4N run is the one above). Linear growth means about 2x and 4x; start-up makes it a little less.",
        "",
        "| articles | wall-clock | ratio to N | ms per article | CPU time (all processes) | CPU ratio to N "
        "| peak memory |",
        "|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for k in (n, 2 * n, big):
        scale.lines.append(f"| {k:,} | {fmt_s(t[k])} | {t[k] / t[n]:.2f}x | {per[k] * 1000:.2f} | "
                           f"{fmt_s(cpu[k])} | {cpu[k] / cpu[n]:.2f}x | {rss[k]:.0f} MB |")
    if serial:
        sw, sc = median([r["wall"] for r in serial]), median([r["cpu"] for r in serial])
        scale.lines += [
            f"| {n:,}, process pool off | {fmt_s(sw)} | {sw / t[n]:.2f}x | {sw / n * 1000:.2f} | {fmt_s(sc)} "
            f"| {sc / cpu[n]:.2f}x | {median([r['rss'] for r in serial]):.0f} MB |",
            "",
            f"With the pool ({harness.cores()} cores) the {n:,}-article import takes {t[n] / sw:.2f}x the wall-clock "
            f"time of the same import in one process, for {cpu[n] / sc:.2f}x the CPU time.",
        ]
    scale.goals.append(Goal("import grows linearly (N, 2N, 4N)",
                            f"about 2x and 4x (per-article cost within {LINEAR_SLACK - 1:.0%})",
                            f"{r2:.2f}x and {r4:.2f}x", linear))
    return [cmp_, scale]
