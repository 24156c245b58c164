"""Issue 7, case 4: databases briefing cannot (or may only read).

Every command (import, extract, export, verify, review) meets the same bad
files: random bytes, a text file named .db, a SQLite header over garbage, a
database cut in half, one whose pages are damaged where only some commands
look, and one from a newer schema. Each gets one line on stderr naming the
file, no traceback, a non-zero exit, and the file is left byte for byte as
it was. A read-only briefing database opens for reading; a read-only one
without briefing's tables is refused clearly.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from store import SCHEMA_VERSION

REPO = Path(__file__).resolve().parent.parent
ENV = {**os.environ, "PYTHONPATH": str(REPO), "BRIEFING_USER": "ana", "BRIEFING_KEYMAP": "/nonexistent"}

ARTICLES = {
    "rail.txt": (
        "Budget talks stall over rail funding\n\n"
        '"We will not cut the rail budget this year," Finance Minister Hugo Lind told reporters on Tuesday. '
        "He said 12% of the fund was already committed.\n\n"
        '"The numbers simply do not add up," said Mara Voss, an opposition spokesperson.\n'
    ),
    "port.txt": (
        "Port strike enters third day\n\n"
        '"We are ready to talk at any hour," said Ines Brandt, who leads the dockworkers\' union. '
        "About 40,000 tonnes of cargo are waiting offshore, the port authority said.\n"
    ),
}


def run(*args: object, timeout: float = 120) -> subprocess.CompletedProcess:
    """``briefing ARGS`` as its own process, no terminal, nothing on stdin."""
    return subprocess.run([sys.executable, "-m", "briefing", *map(str, args)], capture_output=True, text=True,
                          cwd=REPO, env=ENV, stdin=subprocess.DEVNULL, timeout=timeout)


@pytest.fixture(scope="module")
def good(tmp_path_factory) -> tuple[Path, Path, Path]:
    """A briefing database with every item accepted, its memo, and the articles folder."""
    root = tmp_path_factory.mktemp("good")
    folder = root / "articles"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    db = root / "good.db"
    assert run("import", folder, "--db", db).returncode == 0
    conn = sqlite3.connect(db)
    with conn:
        for table in ("quotes", "numbers", "sources"):
            conn.execute(f"UPDATE {table} SET status = 'accepted'")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    memo = root / "memo.md"
    res = run("export", "--db", db, "-o", memo)
    assert res.returncode == 0, res.stderr
    assert run("verify", memo, "--db", db).returncode == 0
    return db, memo, folder


def _random(path: Path, good: Path) -> None:
    path.write_bytes(os.urandom(16384))


def _text(path: Path, good: Path) -> None:
    path.write_text("Meeting notes, not a database.\n" * 200, encoding="utf-8")


def _header(path: Path, good: Path) -> None:
    path.write_bytes(b"SQLite format 3\x00" + b"\xa5" * 8192)


def _truncated(path: Path, good: Path) -> None:
    data = good.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _newer(path: Path, good: Path) -> None:
    shutil.copy(good, path)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()


BAD_FILES = {"random": _random, "text": _text, "header": _header, "truncated": _truncated, "newer": _newer}
MESSAGES = {
    "random": "not a SQLite database or damaged",
    "text": "not a SQLite database or damaged",
    "header": "not a SQLite database or damaged",
    "truncated": "not a SQLite database or damaged",
    "newer": f"schema version {SCHEMA_VERSION + 1}",
}


def _commands(memo: Path, folder: Path) -> dict[str, list[object]]:
    return {
        "import": ["import", folder],
        "extract": ["extract"],
        "extract --force": ["extract", "--force"],
        "export": ["export", "--status", "all"],
        "verify": ["verify", memo],
        "review": ["review"],
    }


def _assert_one_clean_line(res: subprocess.CompletedProcess, path: Path, message: str) -> None:
    assert res.returncode != 0, res.stdout
    assert "Traceback" not in res.stderr
    lines = res.stderr.splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("briefing: ") and str(path) in lines[0] and message in lines[0], lines[0]
    assert "\x1b" not in res.stdout  # the app never took over the terminal


@pytest.mark.parametrize("kind", list(BAD_FILES))
@pytest.mark.parametrize("command", ["import", "extract", "extract --force", "export", "verify", "review"])
def test_every_command_refuses_a_bad_database_in_one_line(good, tmp_path: Path, kind: str, command: str) -> None:
    db, memo, folder = good
    path = tmp_path / f"{kind}.db"
    BAD_FILES[kind](path, db)
    before = path.read_bytes()
    res = run(*_commands(memo, folder)[command], "--db", path)
    _assert_one_clean_line(res, path, MESSAGES[kind])
    if command == "verify":
        assert res.returncode == 2  # verify: 2 means "could not check", 1 means "a quote does not match"
    assert path.read_bytes() == before


def _damage_table(path: Path, table: str) -> int:
    """Overwrite the leaf pages of ``table`` with garbage, leaving the schema readable."""
    conn = sqlite3.connect(path)
    try:
        pages = [p for (p,) in conn.execute("SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf'",
                                            [table])]
        size = conn.execute("PRAGMA page_size").fetchone()[0]
    except sqlite3.OperationalError:
        pytest.skip("this SQLite has no dbstat table")
    finally:
        conn.close()
    data = bytearray(path.read_bytes())
    for p in pages:
        data[(p - 1) * size : p * size] = b"\xa5" * size
    path.write_bytes(bytes(data))
    return len(pages)


@pytest.mark.parametrize("command", [["extract", "--force"], ["export", "--status", "all"],
                                     ["export", "--status", "all", "--format", "json"]])
def test_damage_found_in_the_middle_of_a_command_is_one_line(good, tmp_path: Path, command) -> None:
    """The file opens fine; SQLite finds the damage only when the command reads those pages."""
    db, _memo, _folder = good
    path = tmp_path / "damaged.db"
    shutil.copy(db, path)
    assert _damage_table(path, "quotes") > 0
    before = path.read_bytes()
    res = run(*command, "--db", path)
    _assert_one_clean_line(res, path, "the database is damaged (database disk image is malformed)")
    assert "recover" in res.stderr
    assert path.read_bytes() == before


def test_verify_of_a_damaged_database_says_it_could_not_check(good, tmp_path: Path) -> None:
    db, memo, _folder = good
    path = tmp_path / "damaged.db"
    shutil.copy(db, path)
    _damage_table(path, "articles")
    res = run("verify", memo, "--db", path)
    assert res.returncode == 2 and "Traceback" not in res.stderr
    assert len(res.stderr.splitlines()) == 1 and str(path) in res.stderr


async def test_the_app_on_a_damaged_database_reports_it_and_keeps_working(good, tmp_path: Path, monkeypatch):
    from screens.testing import settle
    from tests.app_fixtures import make_app, notifications

    monkeypatch.setenv("BRIEFING_USER", "ana")
    db, _memo, _folder = good
    path = tmp_path / "damaged.db"
    shutil.copy(db, path)
    _damage_table(path, "quotes")
    app = make_app(str(path))
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.pause()
        for _ in range(200):
            if any("malformed" in n for n in notifications(app)):
                break
            await pilot.pause(0.02)
        assert any("database error: database disk image is malformed" in n for n in notifications(app))
        app.runner.errors.clear()  # expected here: settle() would otherwise report it
        await pilot.press("v")  # the overview reads other tables: still there
        await settle(pilot)
        assert type(app.screen).__name__ == "OverviewScreen"
        await pilot.press("escape", "ctrl+q")
    assert app.return_code in (0, None)


# --- read-only ------------------------------------------------------------------------------


@pytest.fixture
def read_only(monkeypatch):
    """Make chosen paths read-only for this process, whoever runs the tests (chmod does not stop root)."""
    paths: set[str] = set()
    real = os.access

    def access(p, mode, *a, **k):
        if str(p) in paths and mode & os.W_OK:
            return False
        return real(p, mode, *a, **k)

    monkeypatch.setattr(os, "access", access)
    return paths


async def test_a_read_only_briefing_database_is_read_and_exported(good, tmp_path: Path, read_only, cli,
                                                                  monkeypatch) -> None:
    from screens.testing import screen_text, settle
    from tests.app_fixtures import make_app, notifications, press, read_row, shown_card

    monkeypatch.setenv("BRIEFING_USER", "ana")
    db, memo, _folder = good
    path = tmp_path / "shared.db"
    shutil.copy(db, path)
    read_only.add(str(path))
    before = path.read_bytes()

    res = cli("export", "--db", path)
    assert res.code == 0 and res.out == memo.read_text(encoding="utf-8")
    assert cli("verify", memo, "--db", path).code == 0
    res = cli("import", memo, "--db", path)
    assert (res.code, res.err.strip()) == (1, f"briefing: {path}: the database is read-only; import needs to write to it")

    app = make_app(str(path))
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await settle(pilot)
        assert any("read-only" in n for n in notifications(app)) and "READ-ONLY" in screen_text(app)
        first = shown_card(app).id
        await press(pilot, "x", "e")
        assert read_row(path, "quotes", first)["status"] == "accepted"  # unchanged
    assert path.read_bytes() == before


def test_a_read_only_database_without_briefing_tables_is_refused(tmp_path: Path, read_only, cli) -> None:
    path = tmp_path / "theirs.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE articles (id TEXT PRIMARY KEY, text TEXT)")
    conn.execute("INSERT INTO articles VALUES ('a1', 'Somebody else''s article.')")
    conn.commit()
    conn.close()
    read_only.add(str(path))
    before = path.read_bytes()
    memo = tmp_path / "memo.md"
    memo.write_text("# Briefing memo\n", encoding="utf-8")
    for args in (["export"], ["verify", memo], ["review"], ["extract"]):
        res = cli(*args, "--db", path)
        assert res.code != 0 and "Traceback" not in res.err, args
        (line,) = res.err.splitlines()
        assert str(path) in line or "read-only" in line, (args, line)
        assert "lacks briefing's tables" in line or "not a briefing database" in line or "read-only" in line
    assert path.read_bytes() == before


def test_a_database_whose_name_holds_uri_characters_opens_read_only(good, tmp_path: Path, cli) -> None:
    db, memo, _folder = good
    for name in ("brief #2.db", "what?.db", "100%.db"):
        path = tmp_path / name
        shutil.copy(db, path)
        res = cli("verify", memo, "--db", path)  # verify always opens read-only
        assert res.code == 0, res.err
    # no stray file from a name cut short at "#" or "?" (SQLite's own -wal/-shm companions are fine)
    names = sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(("-wal", "-shm")))
    assert names == ["100%.db", "brief #2.db", "what?.db"]
