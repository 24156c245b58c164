"""The app under stress: read-only files, hostile text, other writers, concurrency, kill -9."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from screens.kindbar import KindBar
from screens.reader import ReaderScreen
from screens.testing import screen_text, settle
from tests.app_fixtures import (
    Builder,
    build_hostile,
    make_app,
    notifications,
    press,
    progress_line,
    read_row,
    scalar,
    shown_card,
    until,
)
from tests.pty_app import review_in_pty

SIZE = (100, 30)
ROOT = Path(__file__).resolve().parents[1]


# --- read-only -------------------------------------------------------------------------


async def test_read_only_database_opens_for_reading_with_a_notice(db):
    os.chmod(db, stat.S_IRUSR | stat.S_IRGRP)
    try:
        app = make_app(db, readonly=True)
        async with app.run_test(size=SIZE, notifications=True) as pilot:
            await settle(pilot)
            assert any("read-only" in n for n in notifications(app))
            assert app.screen.query_one(KindBar).readonly
            assert "READ-ONLY" in screen_text(app)
            assert shown_card(app).id == 1
            await press(pilot, "a", "x", "t", "A")
            assert read_row(db, "quotes", 1)["status"] == "pending"
            assert read_row(db, "quotes", 1)["reviewed_by"] is None
            await press(pilot, "j")  # reading still works
            assert shown_card(app).id == 2
            await press(pilot, "c")
            assert "Mara Voss" in app.clipboard
    finally:
        os.chmod(db, stat.S_IRUSR | stat.S_IWUSR)


def test_a_file_that_is_not_a_briefing_database_is_refused_with_one_line(tmp_path):
    bad = tmp_path / "notes.db"
    bad.write_bytes(b"this is not sqlite at all" * 100)
    out = subprocess.run(
        [str(ROOT / ".venv/bin/briefing"), "review", "--db", str(bad)],
        capture_output=True, text=True, timeout=60,
    )
    assert out.returncode != 0
    assert out.stderr.startswith("briefing:") and len(out.stderr.strip().splitlines()) == 1
    assert "Traceback" not in out.stderr
    missing = subprocess.run(
        [str(ROOT / ".venv/bin/briefing"), "review", "--db", str(tmp_path / "nope.db")],
        capture_output=True, text=True, timeout=60,
    )
    assert missing.returncode != 0 and "no database" in missing.stderr
    assert not (tmp_path / "nope.db").exists()


# --- hostile text ------------------------------------------------------------------------


async def test_hostile_text_is_shown_as_text(tmp_path, monkeypatch):
    monkeypatch.setenv("BRIEFING_USER", "ana")
    path = build_hostile(tmp_path / "hostile.db")
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = screen_text(app)
        svg = app.export_screenshot()
        assert "\x1b" not in svg and "\x07" not in svg
        assert "[bold red]Not markup[/] and [link=x]no link[/link]" in screen  # markup stays literal
        assert "\u241b[2J" in screen  # the escape is visible, defused
        assert "Escape \u241b[2J title [b]x[/b]" in screen
        assert "\U0001F600" in screen and "\u05e9\u05dc\u05d5\u05dd" in screen
        await press(pilot, "o")
        assert isinstance(app.screen, ReaderScreen)
        reader = screen_text(app)
        assert "very-long-line-" in reader
        width = max(len(line) for line in reader.splitlines())
        assert width <= 80  # the very long line wraps
        assert "\x1b" not in app.export_screenshot()
        await press(pilot, "escape", "c")
        assert "\x1b" not in app.clipboard and "\\[bold red\\]" in app.clipboard


# --- other writers -----------------------------------------------------------------------

WRITER = textwrap.dedent(
    """
    import sqlite3, sys
    path, first, count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    conn = sqlite3.connect(path, timeout=5)
    for i in range(first, first + count):
        text = f"\\u201cLine {i} is new,\\u201d said Ola Berg."
        with conn:
            rowid = conn.execute(
                "INSERT INTO articles (id, text, title, outlet, published) VALUES (?, ?, ?, 'Late Post', '2026-06-01')",
                [f"late-{i}", text, f"Late news {i}"],
            ).lastrowid
            conn.execute(
                "INSERT INTO quotes (article_id, item_key, start, end, text, sort_key, speaker_name, status) "
                "VALUES (?, ?, 1, ?, ?, ?, 'Ola Berg', 'pending')",
                [f"late-{i}", f"line {i} is new,|1", 1 + len(f"Line {i} is new,"), f"Line {i} is new,",
                 f"2026-06-01|{rowid:012d}|{1:09d}"],
            )
    print("wrote", count)
    """
)


def run_writer(path: str, first: int, count: int) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", WRITER, path, str(first), str(count)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


async def test_rows_written_by_other_processes_show_up_without_a_restart(db, tmp_path):
    app = make_app(db, poll_seconds=0.05)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert progress_line(app).startswith("0 / 4 reviewed")
        writer = run_writer(db, 1, 3)
        assert writer.wait(timeout=60) == 0
        await until(pilot, lambda: progress_line(app).startswith("0 / 7 reviewed"))
        await press(pilot, "G")
        assert shown_card(app).text == "Line 3 is new,"
        # sqlite-utils from the shell: a decision made elsewhere shows on the card
        await press(pilot, "g")
        out = subprocess.run(
            [str(ROOT / ".venv/bin/sqlite-utils"), "query", db,
             "UPDATE quotes SET status = 'rejected', reviewed_by = 'ben' WHERE id = 1"],
            capture_output=True, text=True, timeout=60,
        )
        assert out.returncode == 0, out.stderr
        await until(pilot, lambda: shown_card(app).status == "rejected")


async def test_concurrent_writer_and_reviewer_never_hit_database_is_locked(tmp_path, monkeypatch):
    monkeypatch.setenv("BRIEFING_USER", "ana")
    b = Builder(tmp_path / "busy.db")
    text = "\n".join(f"\u201cPoint {i} stands,\u201d said Ada Park." for i in range(60))
    b.article("speech", text, title="Speech", outlet="Daily", published="2026-01-01")
    for i in range(60):
        b.quote("speech", f"Point {i} stands,", "Ada Park", "said")
    b.close()
    path = str(tmp_path / "busy.db")
    app = make_app(path, poll_seconds=0.05)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        writers = [run_writer(path, 1000 * n, 80) for n in (1, 2)]
        for _ in range(40):
            await pilot.press("a")
            await pilot.pause()
        await settle(pilot)
        for w in writers:
            out, err = w.communicate(timeout=120)
            assert w.returncode == 0 and "locked" not in err, err
        await until(pilot, lambda: progress_line(app).startswith("40 / 220 reviewed"))
        assert not [n for n in notifications(app) if "busy" in n or "locked" in n or "error" in n]
    assert scalar(path, "SELECT count(*) FROM quotes WHERE status = 'accepted' AND reviewed_by = 'ana'") == 40
    assert scalar(path, "SELECT count(*) FROM quotes") == 220
    assert scalar(path, "SELECT sum(n) FROM totals WHERE kind = 'quotes'") == 220


# --- kill -9 -------------------------------------------------------------------------------

@pytest.mark.skipif(sys.platform == "win32", reason="needs a pty")
def test_kill_9_the_moment_the_screen_shows_a_decision_loses_nothing(db):
    with review_in_pty(db) as term:
        term.expect("We will not cut the rail budget")
        term.send(b"a")
        term.expect("accepted quote #1")
        term.send(b"x")
        term.expect("rejected quote #2")  # killed the moment the screen shows it
    conn = sqlite3.connect(db)  # a fresh connection, after the crash
    try:
        rows = dict(conn.execute("SELECT id, status || '/' || coalesce(reviewed_by, '') FROM quotes"))
        saved = json.loads(conn.execute("SELECT value FROM app_state WHERE key = 'review:ana'").fetchone()[0])
    finally:
        conn.close()
    assert rows == {1: "accepted/ana", 2: "rejected/ana", 3: "pending/", 4: "accepted/ana", 5: "pending/"}
    assert saved["items"]["quotes"] == 3  # and where to resume
    assert scalar(db, "PRAGMA integrity_check") == "ok"


async def test_an_empty_database_says_what_to_do_and_fills_in_by_itself(tmp_path, monkeypatch):
    monkeypatch.setenv("BRIEFING_USER", "ana")
    path = str(tmp_path / "empty.db")
    Builder(path).close()
    app = make_app(path, poll_seconds=0.05)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert shown_card(app) is None
        assert "No items yet" in screen_text(app) and "briefing import" in screen_text(app)
        await press(pilot, "a", "j", "c")  # nothing to act on: no crash, no error
        writer = run_writer(path, 1, 2)
        assert writer.wait(timeout=60) == 0
        await until(pilot, lambda: shown_card(app) is not None)
        assert shown_card(app).text == "Line 1 is new,"


@pytest.mark.skipif(not (ROOT / "sample_data").is_dir(), reason="needs the sample articles")
async def test_briefing_import_in_another_process_while_reviewing(db):
    app = make_app(db, poll_seconds=0.05)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        importer = subprocess.Popen(
            [str(ROOT / ".venv/bin/briefing"), "import", str(ROOT / "sample_data"), "--db", db],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        pressed = 0
        while importer.poll() is None and pressed < 200:
            await pilot.press("a" if pressed % 3 else "x")
            await pilot.pause()
            pressed += 1
        out, err = importer.communicate(timeout=300)
        await settle(pilot)
        assert importer.returncode == 0, err
        assert "locked" not in err and "busy" not in err
        total = scalar(db, "SELECT sum(n) FROM totals WHERE kind = 'quotes'")
        assert total > 4
        await until(pilot, lambda: f"/ {total:,} reviewed" in progress_line(app))
        assert not [n for n in notifications(app) if "busy" in n or "locked" in n or "error" in n]
        decided = scalar(db, "SELECT count(*) FROM quotes WHERE reviewed_by = 'ana' AND copy_of IS NULL")
        assert decided >= min(pressed, 4)  # the four sample quotes at least: no key was lost
