"""``briefing export``: each filter flag narrows the memo as a user expects; output and errors."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from memo_fixtures import add_quote, build
from sqlite_utils import Database

from briefing.cli import main
from store import open_store

BRANDT = "We will not back down,"
LIND = "Prices will fall by autumn,"
VISIT = "the minister will visit Oslo in late June"
RATES = "rates would stay at 4.5% until the end of the year"
FIG12 = "| 12% |"
FIG35 = "| 3.5 million tonnes |"
ANON = "### Anonymous sources"
DOC = "### Documents"
EVERYTHING = [BRANDT, LIND, VISIT, FIG12, FIG35, ANON, DOC]


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = tmp_path / "b.db"
    build(path)
    return str(path)


def export(capsysbinary, *args: str) -> str:
    code = main(["export", *args])
    out, err = capsysbinary.readouterr()
    assert code == 0, err
    return out.decode("utf-8")


def shows(md: str) -> list[str]:
    return [x for x in [*EVERYTHING, RATES] if x in md]


def test_default_is_accepted_items_grouped_by_speaker(db, capsysbinary):
    md = export(capsysbinary, "--db", db)
    assert shows(md) == EVERYTHING
    assert "grouped by speaker" in md


def test_status_all_adds_pending(db, capsysbinary):
    assert RATES in export(capsysbinary, "--db", db, "--status", "all")


@pytest.mark.parametrize(
    ("flags", "expected"),
    [
        (["--kind", "direct"], [BRANDT, LIND]),
        (["--kind", "direct", "--kind", "indirect"], [BRANDT, LIND, VISIT]),
        (["--kind", "percent"], [FIG12]),
        (["--kind", "anonymous"], [ANON]),
        (["--tag", "trade"], [BRANDT, FIG12]),
        (["--tag", "trade", "--tag", "economy"], [BRANDT, LIND, FIG12]),
        (["--speaker", "hugo lind"], [LIND]),
        (["--speaker", "Hugo Lind", "--speaker", "Ilse Brandt"], [BRANDT, LIND]),
        # the Courier reprints Brandt's quote: it is in, shown once, citing both articles
        (["--outlet", "the courier"], [BRANDT, LIND]),
        (["--article", "ports1"], [BRANDT, VISIT, FIG12, FIG35, ANON, DOC]),
        (["--since", "2026-05-02"], [BRANDT, LIND]),
        (["--until", "2026-05-01"], [BRANDT, VISIT, FIG12, FIG35, ANON, DOC]),
        (["--until", "2026-05-02"], EVERYTHING),  # a bare date includes that day's 09:30 article
        (["--article", "ports1", "--kind", "direct"], [BRANDT]),
        (["--outlet", "Nowhere Gazette"], []),
    ],
)
def test_each_flag_narrows(db, capsysbinary, flags, expected):
    assert shows(export(capsysbinary, "--db", db, *flags)) == expected


def test_reprinted_quote_cites_every_copy_once(db, capsysbinary):
    md = export(capsysbinary, "--db", db, "--outlet", "The Courier")
    assert md.count(BRANDT) == 1
    quote = next(line for line in md.splitlines() if BRANDT in line)
    assert re.search(r"”\[\^\d+\]\[\^\d+\]$", quote)
    assert "article `ports1`" in md and "article `cour2`" in md


def test_group_by_article_and_title(db, capsysbinary):
    md = export(capsysbinary, "--db", db, "--group-by", "article", "--title", "Talks | week 18")
    assert md.startswith("# Talks \\| week 18\n")
    assert "### Ports reopen as talks resume" in md and "### Talks collapse" in md


def test_json_format(db, capsysbinary):
    data = json.loads(export(capsysbinary, "--db", db, "--format", "json", "--kind", "direct"))
    assert [s["heading"] for s in data["who_said_what"]] == ["Hugo Lind", "Ilse Brandt"]
    assert data["figures"] == [] and data["reported"] == []


def test_output_file_has_the_same_bytes_as_stdout(db, tmp_path, capsysbinary):
    out = tmp_path / "memo.md"
    assert main(["export", "--db", db, "-o", str(out)]) == 0
    _, err = capsysbinary.readouterr()
    assert "wrote" in err.decode()
    stdout = export(capsysbinary, "--db", db).encode("utf-8")
    assert out.read_bytes() == stdout
    assert main(["export", "--db", db, "-o", str(out)]) == 0  # overwrites in place, same bytes
    assert out.read_bytes() == stdout
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".memo")] == []  # no temp file left
    umask = os.umask(0o022)
    os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~umask  # like any file the user writes


def test_two_runs_give_identical_bytes(db, capsysbinary):
    assert export(capsysbinary, "--db", db).encode() == export(capsysbinary, "--db", db).encode()


def test_missing_database_is_one_line_and_creates_nothing(tmp_path, capsysbinary):
    missing = tmp_path / "nope.db"
    assert main(["export", "--db", str(missing)]) == 1
    _, err = capsysbinary.readouterr()
    assert err.decode().count("\n") == 1 and "no database" in err.decode()
    assert not missing.exists()


@pytest.mark.parametrize("flags", [["--since", "last week"], ["--until", "2026/05/01"]])
def test_bad_date_is_one_line(db, capsysbinary, flags):
    assert main(["export", "--db", db, *flags]) == 1
    out, err = capsysbinary.readouterr()
    assert out == b"" and err.decode().count("\n") == 1 and "expected a date" in err.decode()


def test_unwritable_output_is_one_line(db, tmp_path, capsysbinary):
    assert main(["export", "--db", db, "-o", str(tmp_path / "no" / "such" / "dir.md")]) == 1
    _, err = capsysbinary.readouterr()
    assert err.decode().startswith("briefing: cannot write") and err.decode().count("\n") == 1


def test_no_match_says_so_on_stderr(db, capsysbinary):
    assert main(["export", "--db", db, "--speaker", "Nobody"]) == 0
    out, err = capsysbinary.readouterr()
    assert b"No items match this filter." in out
    assert "no items match" in err.decode()


def test_export_leaves_the_database_as_it_was(db, capsysbinary):
    before = Path(db).read_bytes()
    export(capsysbinary, "--db", db, "--status", "all")
    assert Path(db).read_bytes() == before


def test_rows_other_tools_wrote_export_and_verify(tmp_path, capsysbinary):
    """An articles table from `sqlite-utils insert` (integer ids, no metadata), adopted, with bare rows."""
    path = tmp_path / "adopted.db"
    text = 'Budget talks. "We need 2% more," said Ana Ruiz, a union official.'
    raw = Database(path)
    raw["articles"].insert_all([{"id": 7, "text": text}], pk="id")
    raw.conn.close()
    db = open_store(path)
    with db.conn:
        add_quote(db, 7, text, "We need 2% more,", speaker_name="Ana Ruiz", cue="said")
    db.close()
    md = export(capsysbinary, "--db", str(path))
    assert "> “We need 2% more,”[^1]" in md
    assert "### Ana Ruiz" in md
    assert "[^1]: Untitled article — article `7`, chars 15–31" in md
    assert "1 article · 1 quote" in md  # no dates to give a range
    memo = tmp_path / "m.md"
    memo.write_text(md, encoding="utf-8")
    assert main(["verify", str(memo), "--db", str(path)]) == 0
