"""The review app on a million quotes against a hundred: is it just as fast?

Builds two databases with fast bulk SQL (1,000,000 quotes and 100 quotes,
same shape: 20 quotes per article), then, for each, in a fresh subprocess so
memory is measured per case, drives the real app with Textual's Pilot and
measures:

* time until the first item is on screen (``create_app`` to the card showing a quote),
* peak memory of the process (``VmHWM``: see :func:`peak_rss_mb`),
* keystroke latency of accept-and-next: from the key event (sent the way the
  terminal driver sends it) until the next card is on screen, p50 and p95.

It prints a Markdown table with the ratio million / hundred for each (goal:
within 1.5x). Run: ``python benchmarks/app_bench.py [--quotes 1000000] [--keystrokes 200]``.
Databases are cached in ``$BRIEFING_BENCH_DIR`` (default: the system temp dir).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PER_ARTICLE = 20
SPEAKERS = 2000
BUILD_VERSION = "3"  # bump when the shape of the generated data changes

WORDS = (
    "budget rail port strike grain tariff energy water housing schools border harbour transit "
    "pension clinic fisheries wind solar bridge ferry"
).split()


def _quote_text(i: int) -> str:
    a, b, c = WORDS[i % len(WORDS)], WORDS[(i // 7) % len(WORDS)], WORDS[(i // 13) % len(WORDS)]
    return f"We will review the {a} plan and the {b} deal before the {c} vote number {i},"


def build_db(path: Path, n_quotes: int) -> None:
    """A briefing database with ``n_quotes`` pending quotes, written with bulk SQL.

    Triggers (totals, FTS) are dropped during the load and the derived data
    rebuilt once at the end: the same final state as row-by-row inserts, in a
    fraction of the time.
    """
    from store import open_store
    from store.schema import recount_totals

    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    db = open_store(path)
    conn = db.conn
    triggers = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND "
        "(tbl_name IN ('quotes', 'articles', 'speakers'))"
    ).fetchall()
    for name, _ in triggers:
        conn.execute(f'DROP TRIGGER "{name}"')
    conn.execute("PRAGMA synchronous = OFF")
    n_articles = max(1, -(-n_quotes // PER_ARTICLE))
    n_speakers = min(SPEAKERS, max(3, n_quotes // 10))
    with conn:
        conn.executemany(
            "INSERT INTO speakers (id, key, name, role, organization, kind, status, quote_count, aliases) "
            "VALUES (?, ?, ?, ?, ?, 'person', 'pending', 0, '[]')",
            (
                (s, f"speaker {s}", f"Speaker {s}", "spokesperson", f"Organisation {s % 97}")
                for s in range(1, n_speakers + 1)
            ),
        )
    q = 0
    batch_articles: list[tuple] = []
    batch_quotes: list[tuple] = []

    def flush() -> None:
        with conn:
            conn.executemany(
                "INSERT INTO articles (rowid, id, text, title, outlet, published, url, format) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, 'txt')",
                batch_articles,
            )
            conn.executemany(
                "INSERT INTO quotes (id, article_id, item_key, start, end, text, sort_key, origin, missing, "
                "kind, speaker_id, speaker_name, cue_text, cue_start, cue_end, dup_key, status) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, 'extracted', 0, 'direct', ?, ?, 'said', ?, ?, ?, 'pending')",
                batch_quotes,
            )
        batch_articles.clear()
        batch_quotes.clear()

    for a in range(1, n_articles + 1):
        day = f"2026-{1 + (a * 12 // (n_articles + 1)):02d}-{1 + a % 28:02d}"
        lines, quotes = [], []
        pos = 0
        for _ in range(PER_ARTICLE):
            if q >= n_quotes:
                break
            q += 1
            sid = 1 + q % n_speakers
            qt = _quote_text(q)
            line = f"\u201c{qt}\u201d said Speaker {sid}, a spokesperson."
            start = pos + 1
            end = start + len(qt)
            cue = end + 2
            quotes.append((q, str(a), f"{qt.lower()}|1", start, end, qt,
                           f"{day}|{a:012d}|{start:09d}", sid, f"Speaker {sid}", cue, cue + 4, f"d{q}"))
            lines.append(line)
            pos += len(line) + 1
        text = "\n".join(lines)
        batch_articles.append((a, str(a), text, f"Article {a} on the {WORDS[a % len(WORDS)]} plan",
                               f"Outlet {a % 13}", day, f"https://news.example/{a}"))
        batch_quotes.extend(quotes)
        if len(batch_quotes) >= 50_000:
            flush()
    flush()
    with conn:
        conn.execute("INSERT INTO quotes_fts (quotes_fts) VALUES ('rebuild')")
        conn.execute("INSERT INTO articles_fts (articles_fts) VALUES ('rebuild')")
    recount_totals(db)
    with conn:
        for _, sql in triggers:
            conn.execute(sql)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("ANALYZE")
    conn.close()


def cached_db(n_quotes: int) -> Path:
    """Build (once) and return the database with ``n_quotes`` quotes."""
    folder = Path(os.environ.get("BRIEFING_BENCH_DIR") or tempfile.gettempdir())
    path = folder / f"briefing-app-bench-{n_quotes}.db"
    marker = path.with_suffix(".ok")
    if not (path.exists() and marker.exists() and marker.read_text() == BUILD_VERSION):
        marker.unlink(missing_ok=True)
        t0 = time.perf_counter()
        build_db(path, n_quotes)
        marker.write_text(BUILD_VERSION)
        print(f"built {path.name} ({n_quotes:,} quotes) in {time.perf_counter() - t0:.1f}s", file=sys.stderr)
    return path


# --- one measured case, run in its own process ---------------------------------------


def peak_rss_mb() -> float:
    """This process's peak resident memory, in MB.

    ``VmHWM`` from ``/proc/self/status`` (Linux) belongs to the process image
    alone: it starts afresh at ``exec``. ``ru_maxrss`` does not: Linux carries
    the peak of the image before ``exec`` (the forking parent's memory) into
    it, so a case launched from a big parent would report the parent's size.
    ``ru_maxrss`` is the fallback where there is no ``/proc`` (kilobytes on
    Linux, bytes on macOS).
    """
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024  # kB
    except (OSError, ValueError, IndexError):
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


async def _measure(db_path: str, keystrokes: int) -> dict:
    """One case: start the app under Pilot, wait for the first card, then accept-and-next."""
    from textual import events

    from screens.app import create_app
    from screens.testing import card_id, settle

    t0 = time.perf_counter()
    app = create_app(db_path, keymap_path=None)
    async with app.run_test(size=(100, 30)) as pilot:
        while card_id(app) is None:
            await asyncio.sleep(0.0005)
        first = time.perf_counter() - t0
        await settle(pilot)
        latencies = []
        for _ in range(keystrokes):
            before = card_id(app)
            t = time.perf_counter()
            # exactly what the terminal driver does with a key press; pilot.press would add
            # its own idle waits (tens of ms) to every sample and hide the app's real cost
            app._driver.send_message(events.Key("a", "a"))
            while card_id(app) == before:
                await asyncio.sleep(0.0002)
            latencies.append(time.perf_counter() - t)
        await settle(pilot)
        t = time.perf_counter()
        await pilot.press("a")
        pilot_press = time.perf_counter() - t
    latencies.sort()
    return {
        "first_item_s": first,
        "p50_ms": statistics.median(latencies) * 1000,
        "p95_ms": latencies[max(int(len(latencies) * 0.95) - 1, 0)] * 1000,
        "maxrss_mb": peak_rss_mb(),
        "pilot_press_ms": pilot_press * 1000,
    }


def _child(db_path: str, keystrokes: int) -> None:
    os.environ.setdefault("BRIEFING_USER", "bench")
    result = asyncio.run(_measure(db_path, keystrokes))
    print(json.dumps(result))


def _copy(db_path: Path, work: Path) -> Path:
    """Decisions change the database: measure a copy, flushed to disk before timing starts."""
    import sqlite3

    copy = work / db_path.name
    for suffix in ("", "-wal", "-shm"):
        Path(f"{copy}{suffix}").unlink(missing_ok=True)
    src, dst = sqlite3.connect(str(db_path)), sqlite3.connect(str(copy))
    src.backup(dst)
    src.close()
    dst.close()
    os.sync()  # no background writeback of a 900 MB copy while we measure
    return copy


def _reset(copy: Path) -> None:
    """Undo the previous run's decisions so every run starts alike (touches only those rows)."""
    import sqlite3

    conn = sqlite3.connect(str(copy))
    with conn:
        conn.execute(
            "UPDATE quotes SET status = 'pending', reviewed_at = NULL, reviewed_by = NULL "
            "WHERE id IN (SELECT id FROM quotes WHERE status != 'pending')"
        )
        conn.execute("DELETE FROM app_state")
        conn.execute("DELETE FROM history")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def _run_once(copy: Path, keystrokes: int) -> dict:
    """One run in a fresh interpreter, so memory and start-up are its own."""
    _reset(copy)
    env = {**os.environ, "BRIEFING_KEYMAP": str(copy.parent / "none.json")}
    out = subprocess.run(
        [sys.executable, __file__, "--child", str(copy), "--keystrokes", str(keystrokes)],
        capture_output=True, text=True, env=env, check=False,
    )
    if out.returncode != 0:
        raise RuntimeError(f"benchmark case failed: {out.stderr.strip()[-2000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def run_cases(dbs: list[Path], keystrokes: int, runs: int) -> list[dict]:
    """Each database ``runs`` times, interleaved (so machine noise hits both alike); medians."""
    work = Path(tempfile.mkdtemp(prefix="briefing-bench-"))
    copies = [_copy(db, work) for db in dbs]
    results: list[list[dict]] = [[] for _ in dbs]
    try:
        for _ in range(runs):
            for i, copy in enumerate(copies):
                results[i].append(_run_once(copy, keystrokes))
    finally:
        for copy in copies:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{copy}{suffix}").unlink(missing_ok=True)
    return [{key: statistics.median(r[key] for r in rs) for key in rs[0]} for rs in results]


def run(big: int = 1_000_000, small: int = 100, keystrokes: int = 200, runs: int = 5) -> str:
    """Both cases and the Markdown table of ratios."""
    big_db, small_db = cached_db(big), cached_db(small)
    keystrokes = min(keystrokes, small - 2)  # every press must have a next item to go to
    r_small, r_big = run_cases([small_db, big_db], keystrokes, runs)
    rows = [
        ("time to first item (s)", "first_item_s", "{:.3f}"),
        ("peak memory (MB)", "maxrss_mb", "{:.1f}"),
        ("accept-and-next p50 (ms)", "p50_ms", "{:.2f}"),
        ("accept-and-next p95 (ms)", "p95_ms", "{:.2f}"),
        ("one pilot.press('a') round trip (ms)", "pilot_press_ms", "{:.1f}"),
    ]
    lines = [
        f"| review app | {small:,} quotes | {big:,} quotes | ratio | goal |",
        "|---|---:|---:|---:|---|",
    ]
    for label, key, fmt in rows:
        ratio = r_big[key] / r_small[key] if r_small[key] else float("inf")
        ok = "ok" if ratio <= 1.5 else "MISSED"
        lines.append(
            f"| {label} | {fmt.format(r_small[key])} | {fmt.format(r_big[key])} | {ratio:.2f}x | <= 1.5x {ok} |"
        )
    lines.append(
        f"\n{os.cpu_count()} cores; medians of {runs} runs per case, each a fresh process, the two cases interleaved; "
        f"{keystrokes} accept-and-next keystrokes per run (key event to the next card on screen)."
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quotes", type=int, default=1_000_000, help="size of the big database")
    parser.add_argument("--small", type=int, default=100, help="size of the small database")
    parser.add_argument("--keystrokes", type=int, default=200)
    parser.add_argument("--runs", type=int, default=5, help="runs per case (medians are reported)")
    parser.add_argument("--child", metavar="DB", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        _child(args.child, args.keystrokes)
        return 0
    print(run(args.quotes, args.small, args.keystrokes, args.runs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
