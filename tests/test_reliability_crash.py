"""Issue 7, case 2: ``kill -9`` loses nothing.

Each test starts the real command in a subprocess, kills it (and its
extraction workers) with SIGKILL part-way, reopens the database with a fresh
connection and checks every row. ``tests/test_import_cli.py`` kills a JSON
Lines import and ``tests/test_app_robustness.py`` kills the app after a
decision; these cover what those do not: articles identified by their
content (text files without ids), re-extraction over reviewed items, and the
app killed right after a tag, a note and an undo.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from store import open_store
from store.review import decide, set_note, set_tag
from store.write import BATCH_ARTICLES
from tests.app_fixtures import build_sample
from tests.pty_app import review_in_pty
from tests.test_import_cli import check_consistent, generated_articles

REPO = Path(__file__).resolve().parent.parent
ENV = {**os.environ, "PYTHONPATH": str(REPO), "BRIEFING_USER": "ana"}


def briefing(*args: object) -> list[str]:
    return [sys.executable, "-m", "briefing", *map(str, args)]


def scalar(db: Path, sql: str, params=()) -> object:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
    try:
        return conn.execute(sql, params).fetchone()[0]
    finally:
        conn.close()


def kill_when(cmd: list[str], ready, *, timeout: float = 180) -> None:
    """Run ``cmd``; SIGKILL its whole process group as soon as ``ready()`` is true."""
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=REPO, env=ENV,
                            start_new_session=True)
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.05)
            with contextlib.suppress(sqlite3.OperationalError):
                if ready():
                    break
        assert proc.poll() is None, "the command finished before it could be killed: make the input larger"
        os.killpg(proc.pid, signal.SIGKILL)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()


def test_kill_9_during_an_import_of_text_files_without_ids(tmp_path: Path) -> None:
    """Articles named by their content: the re-run must recognise every one already stored."""
    db = tmp_path / "texts.db"
    folder = tmp_path / "articles"
    folder.mkdir()
    total = 1000
    for a in generated_articles(total):
        (folder / f"{a['id']}.txt").write_text(f"{a['title']}\n\n{a['text']}\n", encoding="utf-8")

    kill_when(briefing("import", folder, "--db", db),
              lambda: db.exists() and scalar(db, "SELECT count(*) FROM articles") > 0)

    n = check_consistent(db)  # integrity, FTS, totals, and every article with exactly its items
    print(f"killed with {n} of {total} articles committed")
    assert 0 < n < total and n % BATCH_ARTICLES == 0  # whole batches of whole articles

    res = subprocess.run(briefing("import", folder, "--db", db), capture_output=True, text=True, cwd=REPO,
                         env=ENV, timeout=600)
    assert res.returncode == 0, res.stderr
    assert res.stdout.strip() == f"imported {total - n} articles, {n} already present, 0 failed"
    assert check_consistent(db) == total
    assert scalar(db, "SELECT count(DISTINCT text) FROM articles") == total
    assert scalar(db, "SELECT count(DISTINCT path) FROM articles") == total


def _reviewed(db: Path) -> dict[tuple, tuple]:
    """Everything the analyst did, keyed by item identity (not by row id)."""
    conn = sqlite3.connect(db)
    try:
        out = {}
        for table in ("quotes", "numbers"):
            for row in conn.execute(
                f"SELECT t.article_id, t.item_key, t.status, t.note, t.reviewed_by, t.reviewed_at, "
                f"(SELECT group_concat(g.name) FROM {table}_tags AS x JOIN tags AS g ON g.id = x.tags_id "
                f" WHERE x.{table}_id = t.id) FROM {table} AS t "
                f"WHERE t.status != 'pending' OR t.note IS NOT NULL OR EXISTS "
                f"(SELECT 1 FROM {table}_tags AS x WHERE x.{table}_id = t.id)"
            ):
                out[(table, row[0], row[1])] = row[2:]
        return out
    finally:
        conn.close()


def test_kill_9_during_re_extraction_keeps_every_decision(tmp_path: Path) -> None:
    db = tmp_path / "reviewed.db"
    feed = tmp_path / "feed.jsonl"
    total = 1200
    feed.write_text("\n".join(json.dumps(a) for a in generated_articles(total)) + "\n", encoding="utf-8")
    res = subprocess.run(briefing("import", feed, "--db", db), capture_output=True, text=True, cwd=REPO,
                         env=ENV, timeout=600)
    assert res.returncode == 0, res.stderr

    store = open_store(db)
    quotes = [i for (i,) in store.execute("SELECT id FROM quotes WHERE copy_of IS NULL ORDER BY id")]
    numbers = [i for (i,) in store.execute("SELECT id FROM numbers ORDER BY id")]
    for k, qid in enumerate(quotes[::5]):
        decide(store, "quotes", qid, "accepted" if k % 3 else "rejected", user="ana")
        if k % 2:
            set_note(store, "quotes", qid, f"checked against the readout ({k})", user="ana")
        if k % 4 == 0:
            set_tag(store, "quotes", qid, "rail budget", on=True, user="ana")
    for nid in numbers[::9]:
        decide(store, "numbers", nid, "accepted", user="ben")
        set_tag(store, "numbers", nid, "tariffs", on=True, user="ben")
    stamp = store.execute("SELECT max(extracted_at) FROM articles").fetchone()[0]
    store.conn.close()
    before = _reviewed(db)
    assert len(before) > 300
    time.sleep(1.1)  # extracted_at has one-second resolution: let the new ones be later

    kill_when(briefing("extract", "--db", db, "--force"),
              lambda: scalar(db, "SELECT count(*) FROM articles WHERE extracted_at > ?", [stamp]) > 0)

    redone = scalar(db, "SELECT count(*) FROM articles WHERE extracted_at > ?", [stamp])
    print(f"killed after re-extracting {redone} of {total} articles")
    assert 0 < redone < total
    assert check_consistent(db) == total
    assert _reviewed(db) == before  # not one decision, note or tag lost or changed

    res = subprocess.run(briefing("extract", "--db", db, "--force"), capture_output=True, text=True, cwd=REPO,
                         env=ENV, timeout=600)
    assert res.returncode == 0, res.stderr
    assert scalar(db, "SELECT count(*) FROM articles WHERE extracted_at > ?", [stamp]) == total
    assert check_consistent(db) == total
    assert _reviewed(db) == before
    assert scalar(db, "SELECT count(*) FROM (SELECT article_id, item_key FROM quotes GROUP BY 1, 2 "
                      "HAVING count(*) > 1)") == 0


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pty")
def test_kill_9_of_the_app_right_after_a_tag_a_note_and_an_undo(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("BRIEFING_USER", "ana")
    db = build_sample(tmp_path / "review.db")
    with review_in_pty(db) as term:
        term.expect("We will not cut the rail budget")
        term.send(b"t")
        term.expect("Add a tag")
        term.send(b"rail\r")
        term.expect("tagged quote #1")
        term.send(b"e")
        term.expect("Note on this item")
        term.send(b"check the 12% figure\r")
        term.expect("note on quote #1 saved")
        term.send(b"a")
        term.expect("accepted quote #1")
        term.send(b"x")
        term.expect("rejected quote #2")
        term.send(b"u")
        term.expect("\u21b6 undid rejected quote #2")  # killed the moment the screen shows the undo

    conn = sqlite3.connect(db)  # a fresh connection, after the crash
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rows = {i: (s, by, note) for i, s, by, note in
                conn.execute("SELECT id, status, reviewed_by, note FROM quotes")}
        tags = sorted(conn.execute("SELECT x.quotes_id, g.name FROM quotes_tags AS x JOIN tags AS g "
                                   "ON g.id = x.tags_id").fetchall())
        totals = dict(((k, s), n) for k, s, n in conn.execute("SELECT kind, status, n FROM totals") if n)
    finally:
        conn.close()
    # quote 4 is a syndicated copy of quote 1: it follows its decision, tag and note
    assert rows == {
        1: ("accepted", "ana", "check the 12% figure"),
        2: ("pending", None, None),  # the undo was saved before the screen said so
        3: ("pending", None, None),
        4: ("accepted", "ana", "check the 12% figure"),
        5: ("pending", None, None),
    }
    assert tags == [(1, "rail"), (4, "rail")]
    assert totals[("quotes", "accepted")] == 1 and totals[("quotes", "pending")] == 3
