"""``briefing verify``: quotes checked against the cited article, on fresh and on hand-edited memos."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from memo_fixtures import PORTS, build, build_hostile

from briefing.cli import main
from briefing.filters import ItemFilter
from briefing.markdown_escape import comparable, one_line
from briefing.memo import render, to_markdown
from briefing.memo_model import ArticleInfo, MemoInput, MemoQuote, Passage, QuoteSegment, SpeakerInfo
from briefing.verify import parse_memo, verify_memo
from store import open_store
from store.export import build_memo


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = tmp_path / "b.db"
    build(path)
    return str(path)


def memo_of(db: str, flt: ItemFilter | None = None) -> str:
    conn = open_store(db)
    try:
        return to_markdown(build_memo(conn, flt or ItemFilter(statuses=["accepted"])))
    finally:
        conn.close()


def verify(capsys, tmp_path: Path, db: str, text: str) -> tuple[int, list[str]]:
    path = tmp_path / "memo.md"
    path.write_text(text, encoding="utf-8")
    code = main(["verify", str(path), "--db", db])
    out, err = capsys.readouterr()
    assert err == ""
    return code, out.splitlines()


def test_exported_memo_verifies(db, tmp_path, capsys):
    code, lines = verify(capsys, tmp_path, db, memo_of(db, ItemFilter()))
    assert code == 0
    assert lines == [
        "checked 4 quotes and 3 figures (8 citations, 2 articles): "
        "8 verbatim at their offsets, 0 found elsewhere, 0 not verified"
    ]


def test_a_quote_changed_by_one_word_is_caught(db, tmp_path, capsys):
    text = memo_of(db).replace("the deal is off.", "the deal is dead.")
    code, lines = verify(capsys, tmp_path, db, text)
    assert code == 1
    errors = lines[:-1]
    line_no = next(i for i, line in enumerate(text.splitlines(), 1) if "deal is dead" in line)
    assert len(errors) == 2  # one per cited article: the quote is cited in both
    assert all(e.startswith(f"{tmp_path / 'memo.md'}:{line_no}: [^") for e in errors)
    assert "not found in article ports1" in errors[0] and "not found in article cour2" in errors[1]
    assert errors[0].endswith("memo has “dead.” where the article has “off.”")
    assert lines[-1].endswith("4 verbatim at their offsets, 0 found elsewhere, 2 not verified")


def test_a_changed_figure_is_caught(db, tmp_path, capsys):
    code, lines = verify(capsys, tmp_path, db, memo_of(db).replace("| 12% |", "| 13% |"))
    assert code == 1
    assert "figure not found in article ports1" in lines[0]


def hand_edit(memo: str) -> str:
    """What an analyst does to a memo in an editor before sending it."""
    sections = re.split(r"(?m)^(?=## )", memo)
    head, figures, said, reported, sources, cites = sections
    # reorder: reported statements first; rename headings
    said = said.replace("## Who said what", "## What they said on the record")
    reported = reported.replace("## Reported statements", "## Paraphrased")
    # remove an item: Hugo Lind's section and its footnote
    lind_ref = re.search(r"autumn,”(\[\^\d+\])", said).group(1)
    said = re.sub(r"(?s)### Hugo Lind.*?(?=### )", "", said)
    cites = "\n".join(line for line in cites.splitlines() if not line.startswith(lind_ref + ":")) + "\n"
    # reflow the joined quote over three lines, one of them a lazy continuation; straight quotes
    said = said.replace(
        "> “We will not back down,” Ilse Brandt said, “the deal is off.”",
        '> "We will not\n>    back down,"  Ilse Brandt\nsaid, "the deal is off."',
    )
    # a comment of the analyst's own; footnotes renumbered
    said += "\nThis contradicts what she told the chamber on Tuesday.\n\n"
    text = head + reported + said + figures + sources + cites
    return text.replace("[^3]", "[^X]").replace("[^4]", "[^3]").replace("[^X]", "[^4]")


def test_a_hand_edited_memo_still_verifies(db, tmp_path, capsys):
    edited = hand_edit(memo_of(db))
    assert "Hugo Lind" not in edited and '"We will not\n>' in edited
    code, lines = verify(capsys, tmp_path, db, edited)
    assert code == 0, lines
    assert lines == [
        "checked 2 quotes and 2 figures (5 citations, 2 articles): "
        "5 verbatim at their offsets, 0 found elsewhere, 0 not verified"
    ]


def test_hostile_memo_verifies_once_escapes_are_undone(tmp_path, capsys):
    path = tmp_path / "evil.db"
    build_hostile(path)
    memo = memo_of(str(path))
    code, lines = verify(capsys, tmp_path, str(path), memo)
    assert code == 0, lines
    # an editor that drops our backslashes (so *bold* becomes emphasis) does not break the check
    unescaped = memo.replace("\\*bold\\*", "*bold*").replace("\\_under\\_", "_under_")
    code, lines = verify(capsys, tmp_path, str(path), unescaped)
    assert code == 0, lines


def test_wrong_offsets_give_a_warning_with_the_real_ones(db, tmp_path, capsys):
    text = memo_of(db)
    label = re.search(r"back down.*”\[\^(\d+)\]", text).group(1)
    cited = re.search(rf"(?m)^\[\^{label}\]: .*article `ports1`, chars (\d+)–(\d+)$", text)
    start, end = int(cited.group(1)), int(cited.group(2))
    moved = text.replace(f"chars {start}–{end}", f"chars {start + 5}–{end + 5}", 1)
    code, lines = verify(capsys, tmp_path, db, moved)
    assert code == 0
    assert lines[0].endswith(
        f"warning: [^{label}] quote is in article ports1 at chars {start}–{end}, not at the cited chars "
        f"{start + 5}–{end + 5}: “We will not back down,\" Ilse Brandt said, \"the deal is off.”"
    )
    assert PORTS[start:end].startswith("We will not back down")
    assert "1 found elsewhere" in lines[-1]


def test_missing_footnote_and_unknown_article_are_errors(db, tmp_path, capsys):
    text = memo_of(db)
    no_def = "\n".join(line for line in text.splitlines() if not line.startswith("[^3]:")) + "\n"
    code, lines = verify(capsys, tmp_path, db, no_def)
    assert code == 1
    assert any("cites [^3], but the memo has no footnote [^3]" in line for line in lines)

    gone = text.replace("article `cour2`", "article `zz404`")
    code, lines = verify(capsys, tmp_path, db, gone)
    assert code == 1
    assert any("cites article zz404, which is not in the database" in line for line in lines)

    broken = re.sub(r"(?m)^(\[\^1\]: .*) — article .*$", r"\1", text)
    code, lines = verify(capsys, tmp_path, db, broken)
    assert code == 1
    assert any("footnote [^1] has no article id and offsets" in line for line in lines)


def test_uncited_quote_is_a_warning(db, tmp_path, capsys):
    text = memo_of(db) + "\n> “Something nobody said.”\n"
    code, lines = verify(capsys, tmp_path, db, text)
    assert code == 0
    assert any("warning: quote has no citation, not checked" in line for line in lines)


def test_not_a_memo_and_unreadable_input(db, tmp_path, capsys):
    code, lines = verify(capsys, tmp_path, db, "# Notes\n\nNothing quoted here.\n")
    assert code == 1 and "no cited quotes found" in lines[0]

    assert main(["verify", str(tmp_path / "missing.md"), "--db", db]) == 2
    _, err = capsys.readouterr()
    assert err == f"briefing: no such memo: {tmp_path / 'missing.md'}\n"

    (tmp_path / "m.md").write_text("> “x”[^1]\n\n[^1]: a — article `a`, chars 1–2\n")
    assert main(["verify", str(tmp_path / "m.md"), "--db", str(tmp_path / "none.db")]) == 2
    _, err = capsys.readouterr()
    assert "no database at" in err and not (tmp_path / "none.db").exists()


def test_verify_does_not_change_the_database(db, tmp_path, capsys):
    before = Path(db).read_bytes()
    verify(capsys, tmp_path, db, memo_of(db))
    assert Path(db).read_bytes() == before


def test_parse_reads_footnotes_with_other_dashes_and_backticks():
    memo = (
        "> “a b”[^n1]\n\n"
        "[^n1]: Title, Outlet - article `` odd`id ``, chars 3 - 6\n"
    )
    parsed = parse_memo(memo)
    assert parsed.citations["n1"].article_id == "odd`id"
    assert (parsed.citations["n1"].start, parsed.citations["n1"].end) == (3, 6)
    report = verify_memo(memo, lambda ids: {"odd`id": "xx a\nb yy"})
    assert report.ok and report.verbatim == 1


def test_typographic_changes_of_an_editor_are_not_changes_to_the_quote():
    article = 'Intro. "It\'s over... for now," he said.'
    start = article.index("It")
    end = article.index(',"') + 1
    memo = f"> \u201cIt\u2019s over\u2026 for\u00a0now,\u201d[^1]\n\n[^1]: x \u2014 article `a`, chars {start}\u2013{end}\n"
    report = verify_memo(memo, lambda ids: {"a": article})
    assert report.ok and report.verbatim == 1 and report.findings == []
    changed = memo.replace("for", "until")
    assert not verify_memo(changed, lambda ids: {"a": article}).ok


@settings(max_examples=300, deadline=None)
@given(st.text(min_size=1, max_size=40), st.sampled_from(["direct", "indirect"]))
def test_every_memo_we_write_verifies(words, kind):
    """Whatever the quoted text holds (markup, escapes, odd spaces), the memo's words verify."""
    article = f"Intro \u201c{words}\u201d she said."
    start = article.index(words)
    passage = Passage("a", start, start + len(words), words)
    data = MemoInput(
        articles={"a": ArticleInfo("a", title="T", outlet="O", published="2026-01-01")},
        quotes=[MemoQuote(1, kind, [QuoteSegment(words, (passage,))], SpeakerInfo(1, "X"), order=(0,))],
    )
    report = verify_memo(render(data), lambda ids: {"a": article})
    if comparable(words):
        assert report.ok and report.verbatim == 1, (words, report.findings)
    assert comparable(one_line(words)) == comparable(words)
