"""Issue 7, case 6: article text, titles and file names are data, never terminal control or markup.

An article written to be hostile (terminal escape sequences, bells, bidi
overrides, Rich/Markdown/HTML markup inside quotations, emoji, right-to-left
text, a very long line) goes the whole way a user takes it: ``briefing
import``, the review app's screens, ``briefing export`` and ``briefing
verify``. File names and arguments carrying the same things appear in the
CLI's own messages escaped, each message on one line.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from screens.testing import screen_text, settle
from tests.app_fixtures import make_app, press, shown_card

REPO = Path(__file__).resolve().parent.parent
ENV = {**os.environ, "PYTHONPATH": str(REPO), "BRIEFING_USER": "ana"}

#: Nothing of these may reach a terminal raw: ESC, BEL, 8-bit CSI, NUL-adjacent controls, bidi overrides.
RAW = ("\x1b", "\x07", "\x9b", "\x08", "\u202e", "\u2066", "\u202d")
HEBREW = "\u05e9\u05dc\u05d5\u05dd \u05e2\u05d5\u05dc\u05dd"
ARABIC = "\u0645\u0631\u062d\u0628\u0627"
EMOJI = "\U0001f600"
HOSTILE = (
    "Harbour \x1b[2J\x1b[31mtalks\x1b[0m resume\x07\n"
    "Source: Odd \x1b]0;pwned\x07 Gazette\n\n"
    f'"[bold red]Not markup[/] <script>alert(1)</script> *stars* and `ticks` {EMOJI}," said Dana Roe, '
    "the port director, on Monday.\n\n"
    f'"{HEBREW} is what we told them about the 12% rise," Dana Roe said in \u202eevil\u202c Port Alder. {ARABIC}.\n\n'
    + "The long appendix runs on " + "and on " * 1500 + 'until "we stop here at last," Dana Roe said.\n'
)


def run(*args: object, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "briefing", *map(str, args)], capture_output=True, input=stdin,
                          cwd=REPO, env=ENV, timeout=300)


def assert_no_raw_controls(data: str, where: str) -> None:
    for ch in RAW:
        assert ch not in data, (where, repr(ch))


@pytest.fixture(scope="module")
def imported(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("hostile")
    article = root / "hostile.txt"
    article.write_text(HOSTILE, encoding="utf-8")
    db = root / "hostile.db"
    res = run("import", article, "--db", db)
    assert res.returncode == 0, res.stderr
    assert_no_raw_controls(res.stdout.decode() + res.stderr.decode(), "import")
    return db


def test_extraction_keeps_the_article_text_as_it_was(imported: Path) -> None:
    import sqlite3

    conn = sqlite3.connect(imported)
    try:
        (text,) = conn.execute("SELECT text FROM articles").fetchone()
        quotes = conn.execute("SELECT start, end, text FROM quotes ORDER BY start").fetchall()
    finally:
        conn.close()
    assert text == HOSTILE  # stored as written: the escape sequences are data
    assert [q for *_, q in quotes][:2] == [
        f"[bold red]Not markup[/] <script>alert(1)</script> *stars* and `ticks` {EMOJI},",
        f"{HEBREW} is what we told them about the 12% rise,",
    ]
    assert quotes[-1][2] == "we stop here at last,"
    assert all(text[s:e] == q for s, e, q in quotes)


def test_the_memo_keeps_the_words_and_drops_the_controls(imported: Path, tmp_path: Path) -> None:
    import sqlite3

    conn = sqlite3.connect(imported)
    with conn:
        for table in ("quotes", "numbers", "sources"):
            conn.execute(f"UPDATE {table} SET status = 'accepted'")
    conn.close()
    res = run("export", "--db", imported)
    assert res.returncode == 0, res.stderr
    memo = res.stdout.decode("utf-8")
    assert_no_raw_controls(memo, "memo")
    assert EMOJI in memo and HEBREW in memo and ARABIC not in memo  # the Arabic is not in a quote
    assert "\\[bold red\\]Not markup\\[/\\]" in memo and "\\<script\\>" in memo and "\\*stars\\*" in memo
    assert "<script>" not in memo
    path = tmp_path / "memo.md"
    path.write_bytes(res.stdout)
    checked = run("verify", path, "--db", imported)
    assert checked.returncode == 0, checked.stdout.decode() + checked.stderr.decode()
    assert_no_raw_controls(checked.stdout.decode() + checked.stderr.decode(), "verify")


async def test_every_screen_shows_hostile_text_as_text(imported: Path, tmp_path: Path, monkeypatch) -> None:
    import shutil

    monkeypatch.setenv("BRIEFING_USER", "ana")
    db = tmp_path / "copy.db"
    shutil.copy(imported, db)
    app = make_app(str(db))
    seen: dict[str, str] = {}
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        card = shown_card(app)
        assert card is not None

        def look(name: str) -> None:
            svg = app.export_screenshot()
            assert_no_raw_controls(svg, name)
            seen[name] = screen_text(app)

        look("queue")
        await press(pilot, "o")
        look("reader")
        await press(pilot, "escape", "s")
        look("speakers")
        await press(pilot, "escape", "v")
        look("overview")
        await press(pilot, "escape", "a", "p")
        look("memo preview")
        await press(pilot, "escape", "question_mark")
        look("help")
    assert "[bold red]Not markup[/]" in seen["queue"]  # literal, not bold red
    assert "\u241b[2J" in seen["queue"] or "\u241b[2J" in seen["reader"]  # the escape made visible
    assert EMOJI in seen["queue"] and HEBREW in seen["reader"]
    assert "Dana Roe" in seen["speakers"]
    assert max(len(line) for line in seen["reader"].splitlines()) <= 100  # the long line wraps


def _one_line_each(stderr: bytes) -> list[str]:
    text = stderr.decode("utf-8")
    assert_no_raw_controls(text, "stderr")
    return text.splitlines()


def test_hostile_file_names_are_escaped_in_import_messages(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    names = ["clear\x1b[2J.txt", "bell\x07.jsonl", "rlo\u202etxt.md", "two\nlines.txt"]
    for name in names[:-1]:
        (folder / name).write_bytes(b"")
    (folder / names[-1]).write_bytes(b"\x00binary")
    res = run("import", folder, "--db", tmp_path / "x.db")
    assert res.returncode == 1
    lines = _one_line_each(res.stderr)
    assert len(lines) == len(names)  # a newline in a name does not split its message
    assert any("clear\\x1b[2J.txt: empty file" in ln for ln in lines)
    assert any("bell\\x07.jsonl: empty file" in ln for ln in lines)
    assert any("rlo\\u202etxt.md: empty file" in ln for ln in lines)
    assert any("two\\nlines.txt: contains NUL bytes" in ln for ln in lines)


def test_hostile_arguments_are_escaped_in_every_commands_messages(imported: Path, tmp_path: Path) -> None:
    bad = "x\x1b[2J\u202e\x07y"
    cases = [
        ("import", tmp_path / f"missing{bad}.txt", "--db", tmp_path / "y.db"),
        ("export", "--db", imported, "-o", tmp_path / f"no{bad}dir" / "memo.md"),
        ("export", "--db", imported, "--tag", bad),
        ("verify", tmp_path / f"memo{bad}.md", "--db", imported),
        ("review", "--db", tmp_path / f"none{bad}.db"),
        ("extract", "--db", tmp_path / f"none{bad}.db"),
        ("export", "--db", imported, "--since", bad),
    ]
    for args in cases:
        res = run(*args)
        lines = _one_line_each(res.stderr)
        assert len(lines) == 1, (args, lines)
        # the argument is named, escaped (file names) or with its controls dropped (memo filter text)
        assert any(form in lines[0] for form in ("x\\x1b[2J\\u202e\\x07y", "x[2Jy", "xy")), lines[0]
        assert_no_raw_controls(res.stdout.decode("utf-8"), f"stdout of {args[0]}")


def test_extract_json_escapes_control_characters(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(HOSTILE, encoding="utf-8")
    res = run("extract", "--json", article)
    assert res.returncode == 0, res.stderr
    out = res.stdout.decode("utf-8")
    assert "\x1b" not in out and "\x07" not in out and "\\u001b[2J" in out
