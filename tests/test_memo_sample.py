"""The memo of the sample articles, end to end: ``briefing import``, accept via SQL, export, verify.

The sample extraction is still being tuned, so these tests check the memo's
structure (parsed with markdown-it-py) and its traceability (every quote and
figure verbatim at its offsets), not its exact words; byte-for-byte golden
files of a fixed database are in test_memo_render.py.
"""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from mdit_py_plugins.footnote import footnote_plugin

from briefing.cli import main

SAMPLES = Path(__file__).resolve().parent.parent / "sample_data"


def imported(path: Path) -> str:
    code = main(["import", str(SAMPLES), "--db", str(path)])
    assert code == 0, "briefing import failed on sample_data"
    with sqlite3.connect(path) as conn:
        for table in ("quotes", "numbers", "sources", "speakers"):
            conn.execute(f"UPDATE {table} SET status = 'accepted'")
    return str(path)


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory) -> str:
    return imported(tmp_path_factory.mktemp("sample") / "sample.db")


def export(capsysbinary, *args: str) -> str:
    assert main(["export", *args]) == 0
    return capsysbinary.readouterr().out.decode("utf-8")


def test_sample_memo_structure(sample_db, capsysbinary):
    md = export(capsysbinary, "--db", sample_db, "--title", "Steel for wheat: the June talks")
    tokens = MarkdownIt("gfm-like").use(footnote_plugin).parse(md)

    heads = [(t.tag, tokens[i + 1].content) for i, t in enumerate(tokens) if t.type == "heading_open"]
    assert heads[0] == ("h1", "Steel for wheat: the June talks")
    h2 = [text for tag, text in heads if tag == "h2"]
    assert h2 == ["Key figures", "Who said what", "Reported statements", "Sources", "Citations"]
    assert sum(tag == "h3" for tag, _ in heads) >= 5  # speakers, source kinds

    # the figures table: every row has three cells and cites its figure
    rows: list[list] = []
    for t in tokens:
        if t.type == "tr_open":
            rows.append([])
        elif t.type in ("th_open", "td_open"):
            rows[-1].append(t)
    assert len(rows) > 10 and all(len(r) == 3 for r in rows)
    cells = [tokens[i + 1] for i, t in enumerate(tokens) if t.type == "td_open"]
    assert all(c.children and c.children[0].type == "footnote_ref" for c in cells[2::3])

    # every quote is a blockquote whose paragraph cites at least one footnote
    quotes = [tokens[i + 2] for i, t in enumerate(tokens) if t.type == "blockquote_open"]
    assert len(quotes) > 20
    assert all(any(c.type == "footnote_ref" for c in q.children) for q in quotes)

    # footnotes: all defined, all used, numbered in reading order, each with article and offsets
    refs = [c.meta["label"] for t in tokens if t.type == "inline" for c in t.children if c.type == "footnote_ref"]
    defs = [t.meta["label"] for t in tokens if t.type == "footnote_open"]
    assert list(dict.fromkeys(refs)) == defs == [str(n) for n in range(1, len(defs) + 1)]
    assert len(re.findall(r"(?m)^\[\^\d+\]: .+ — article `[^`]+`, chars \d+–\d+$", md)) == len(defs)


def test_sample_memo_verifies_cleanly(sample_db, tmp_path, capsys):
    memo = tmp_path / "memo.md"
    assert main(["export", "--db", sample_db, "-o", str(memo)]) == 0
    capsys.readouterr()
    assert main(["verify", str(memo), "--db", sample_db]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1, lines  # the summary only: no mismatch, no warning
    assert re.fullmatch(r"checked \d+ quotes and \d+ figures \((\d+) citations, 15 articles\): "
                        r"\1 verbatim at their offsets, 0 found elsewhere, 0 not verified", lines[0])


def test_sample_memo_is_deterministic_across_runs_and_imports(sample_db, tmp_path, capsysbinary):
    first = export(capsysbinary, "--db", sample_db)
    assert export(capsysbinary, "--db", sample_db) == first
    other = imported(tmp_path / "again.db")  # a fresh import of the same files
    capsysbinary.readouterr()
    assert export(capsysbinary, "--db", other) == first


def test_sample_memo_json_matches_markdown(sample_db, capsysbinary):
    md = export(capsysbinary, "--db", sample_db, "--group-by", "article")
    data = json.loads(export(capsysbinary, "--db", sample_db, "--group-by", "article", "--format", "json"))
    assert len(data["citations"]) == len(re.findall(r"(?m)^\[\^\d+\]: ", md))
    assert data["scope"]["articles"] == 15
    assert [s["heading"] for s in data["who_said_what"]] == [
        re.sub(r"\\(.)", r"\1", h) for h in re.findall(r"(?m)^### (.*)$", md[md.index("## Who said what"):
                                                                              md.index("## Reported")])
    ]
