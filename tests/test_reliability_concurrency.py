"""Issue 7, case 3: other processes write while the app is open, and importers run side by side.

No "database is locked" failures anywhere (WAL, a busy timeout, short write
transactions), every key pressed during the other writes is saved, and the
app picks up what the others wrote without a restart. The app runs for real
(``App.run_test``); the other writers are real processes: ``sqlite-utils
insert``, ``briefing extract`` and ``briefing import``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from screens.testing import settle
from tests.app_fixtures import (
    make_app,
    notifications,
    progress_line,
    read_row,
    scalar,
    shown_card,
    until,
)
from tests.test_import_cli import check_consistent, generated_articles

REPO = Path(__file__).resolve().parent.parent
SIZE = (100, 30)
ENV = {**os.environ, "PYTHONPATH": str(REPO)}


def check_store(path: str | Path) -> int:
    """Integrity, foreign keys, FTS, maintained totals, and every item exactly at its offsets."""
    import sqlite3

    from store import open_store
    from store.schema import recount_totals

    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        for fts in ("articles_fts", "quotes_fts"):
            conn.execute(f"INSERT INTO {fts}({fts}, rank) VALUES ('integrity-check', 1)")
        totals = {(k, s): n for k, s, n in conn.execute("SELECT kind, status, n FROM totals") if n}
        for table in ("quotes", "numbers", "sources"):
            bad = conn.execute(f"SELECT count(*) FROM {table} AS t JOIN articles AS a ON a.id = t.article_id "
                               f"WHERE substr(a.text, t.start + 1, t.end - t.start) != t.text").fetchone()[0]
            assert bad == 0, table
        n = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    finally:
        conn.close()
    db = open_store(path)
    recount_totals(db)
    assert {(k, s): n for k, s, n in db.execute("SELECT kind, status, n FROM totals") if n} == totals
    db.conn.close()
    return n


def _trouble(messages: list[str]) -> list[str]:
    return [m for m in messages if any(w in m.lower() for w in ("locked", "busy", "error"))]


def _feed(path: Path, first: int, n: int) -> Path:
    arts = generated_articles(first + n)[first:]
    path.write_text("\n".join(json.dumps(a) for a in arts) + "\n", encoding="utf-8")
    return path


async def _review_while(pilot, app, db: str, procs: list[subprocess.Popen]) -> tuple[list[int], int]:
    """Accept whatever the card shows, over and over, until every process is done.

    Returns the ids accepted and how many of those decisions were on disk while
    another process was still writing.
    """
    accepted: list[int] = []
    during = 0
    while any(p.poll() is None for p in procs) or not accepted:
        card = shown_card(app)
        await pilot.press("a" if card is not None and card.status == "pending" else "j")
        await settle(pilot)
        if card is not None and card.status == "pending":
            accepted.append(card.id)
            if read_row(db, "quotes", card.id)["status"] == "accepted" and any(p.poll() is None for p in procs):
                during += 1
        if len(accepted) > 400:
            break
    return accepted, during


async def test_sqlite_utils_insert_and_briefing_extract_while_the_app_is_open(db, tmp_path):
    new = tmp_path / "new.json"
    new.write_text(json.dumps(generated_articles(1500)), encoding="utf-8")
    app = make_app(db, poll_seconds=0.05)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        inserter = subprocess.Popen(
            [str(REPO / ".venv/bin/sqlite-utils"), "insert", db, "articles", str(new), "--pk", "id"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        accepted, _ = await _review_while(pilot, app, db, [inserter])
        assert inserter.wait(timeout=120) == 0, inserter.stderr.read()
        assert scalar(db, "SELECT count(*) FROM articles") == 3 + 1500

        extractor = subprocess.Popen([sys.executable, "-m", "briefing", "extract", "--db", db],
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO, env=ENV)
        more, during = await _review_while(pilot, app, db, [extractor])
        out, err = extractor.communicate(timeout=300)
        assert extractor.returncode == 0, err
        # the inserted articles, and the sample's own (written without extraction)
        assert out.startswith("extracted 1503 articles") and "locked" not in err and "busy" not in err
        total = scalar(db, "SELECT count(*) FROM quotes WHERE copy_of IS NULL")
        assert total > 1500
        await until(pilot, lambda: f"/ {total:,} reviewed" in progress_line(app))
        assert not _trouble(notifications(app))
        print(f"{len(accepted) + len(more)} decisions, {during} saved while `briefing extract` was writing")
    for qid in accepted + more:  # every key pressed was saved
        assert read_row(db, "quotes", qid)["status"] == "accepted"
    assert check_store(db) == 1503


async def test_a_large_briefing_import_while_the_analyst_keeps_deciding(db, tmp_path):
    feed = _feed(tmp_path / "feed.jsonl", 0, 3000)
    app = make_app(db, poll_seconds=0.05)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        importer = subprocess.Popen([sys.executable, "-m", "briefing", "import", str(feed), "--db", db],
                                    stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO, env=ENV)
        accepted, during = await _review_while(pilot, app, db, [importer])
        out, err = importer.communicate(timeout=300)
        assert importer.returncode == 0, err
        assert out.strip() == "imported 3000 articles, 0 already present, 0 failed"
        assert "locked" not in err and "busy" not in err
        total = scalar(db, "SELECT count(*) FROM quotes WHERE copy_of IS NULL")
        assert total > 3000
        await until(pilot, lambda: f"/ {total:,} reviewed" in progress_line(app))
        assert not _trouble(notifications(app))
        print(f"{len(accepted)} decisions, {during} saved while the import was writing")
    assert accepted and all(read_row(db, "quotes", q)["status"] == "accepted" for q in accepted)
    assert scalar(db, "SELECT count(*) FROM quotes WHERE status = 'accepted' AND reviewed_by = 'ana' "
                      "AND copy_of IS NULL") == len(accepted)


def test_importers_running_side_by_side_neither_fail_nor_duplicate(tmp_path: Path) -> None:
    db = tmp_path / "shared.db"
    a = _feed(tmp_path / "a.jsonl", 0, 1500)
    b = _feed(tmp_path / "b.jsonl", 750, 1500)  # half of it is also in a.jsonl
    first = subprocess.run([sys.executable, "-m", "briefing", "import", str(_feed(tmp_path / "seed.jsonl", 0, 1)),
                            "--db", str(db)], capture_output=True, text=True, cwd=REPO, env=ENV, timeout=120)
    assert first.returncode == 0, first.stderr
    procs = [subprocess.Popen([sys.executable, "-m", "briefing", "import", str(f), "--db", str(db)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO, env=ENV)
             for f in (a, b, a)]
    results = [p.communicate(timeout=600) for p in procs]
    for p, (out, err) in zip(procs, results, strict=True):
        assert p.returncode == 0, err
        assert out.strip().endswith("0 failed") and "locked" not in err and "busy" not in err
    assert check_consistent(db) == 2250  # each article once, with exactly the items extraction finds
    assert scalar(db, "SELECT count(*) FROM (SELECT article_id, item_key FROM quotes GROUP BY 1, 2 "
                      "HAVING count(*) > 1)") == 0
    assert scalar(db, "SELECT count(DISTINCT id) FROM articles") == 2250
