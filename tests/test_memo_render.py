"""The memo's content and structure, read back with markdown-it-py (GFM tables + footnotes).

Golden files live in tests/golden/; after an intended change of the memo's
form, regenerate them with ``BRIEFING_UPDATE_GOLDEN=1 pytest tests/test_memo_render.py``
and review the diff.
"""

from __future__ import annotations

import json
import os
import re
from datetime import date
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from mdit_py_plugins.footnote import footnote_plugin
from memo_fixtures import COURIER, PORTS, build

from briefing.filters import ItemFilter
from briefing.memo import layout, render, to_json, to_markdown
from briefing.memo_model import ArticleInfo, MemoInput, MemoQuote, Passage, QuotePiece, quote_segments
from briefing.verify import verify_memo
from store import open_store
from store.export import build_memo, gather

GOLDEN = Path(__file__).parent / "golden"
ACCEPTED = ItemFilter(statuses=["accepted"])


def parse(markdown: str):
    return MarkdownIt("gfm-like").use(footnote_plugin).parse(markdown)


def headings(tokens, level: str) -> list[str]:
    return [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open" and t.tag == level]


def check_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("BRIEFING_UPDATE_GOLDEN"):
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(text.encode("utf-8"))
    assert path.exists(), f"missing golden file {path}: run with BRIEFING_UPDATE_GOLDEN=1"
    assert text == path.read_bytes().decode("utf-8")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "memo.db"
    build(path)
    return path


def memo_text(db_path: Path, flt: ItemFilter = ACCEPTED, **kw) -> str:
    db = open_store(db_path)
    try:
        return to_markdown(build_memo(db, flt, **kw))
    finally:
        db.close()


def test_memo_by_speaker_matches_golden_file(db_path):
    check_golden("memo_by_speaker.md", memo_text(db_path))


def test_memo_by_article_matches_golden_file(db_path):
    check_golden("memo_by_article.md", memo_text(db_path, group_by="article"))


def test_memo_json_matches_golden_file(db_path):
    db = open_store(db_path)
    text = to_json(build_memo(db, ACCEPTED))
    db.close()
    check_golden("memo_by_speaker.json", text)


def test_structure_headings_table_blockquotes_footnotes(db_path):
    md = memo_text(db_path)
    tokens = parse(md)
    assert headings(tokens, "h1") == ["Briefing memo"]
    assert headings(tokens, "h2") == ["Key figures", "Who said what", "Reported statements", "Sources", "Citations"]
    # a section per speaker, most quoted first, then by name
    assert headings(tokens, "h3")[:3] == ["Hugo Lind", "Ilse Brandt", "officials familiar with the talks"]

    # the figures table: header + one row per accepted figure, 3 cells each, a footnote in the last
    rows, cells = [], []
    for t in tokens:
        if t.type == "tr_open":
            cells = []
        elif t.type == "inline" and cells is not None and rows is not None:
            cells.append(t)
        elif t.type == "tr_close":
            rows.append(cells)
    assert [c.content for c in rows[0]] == ["Figure", "What it measures", "Source"]
    assert [[c.children[0].content for c in r[:2]] for r in rows[1:]] == [
        ["12%", "rise in grain exports in April"],
        ["3.5 million tonnes", "harbour traffic"],
    ]
    assert all(r[2].children[0].type == "footnote_ref" for r in rows[1:])
    assert "4.5%" not in md  # rejected figure stays out

    # every footnote reference is defined, every definition is used, numbered in reading order
    refs = [c.meta["label"] for t in tokens if t.type == "inline" for c in t.children if c.type == "footnote_ref"]
    defs = [t.meta["label"] for t in tokens if t.type == "footnote_open"]
    assert set(refs) == set(defs)
    assert defs == [str(n) for n in range(1, len(defs) + 1)]
    assert list(dict.fromkeys(refs)) == defs

    # quotes are blockquotes; the split quote is joined with its interruption, cited in both articles
    quotes = [tokens[i + 2] for i, t in enumerate(tokens) if t.type == "blockquote_open"]
    texts = ["".join(c.content for c in q.children if c.type == "text") for q in quotes]
    assert "“We will not back down,” Ilse Brandt said, “the deal is off.”" in texts
    joined = next(q for q in quotes if "back down" in q.content)
    assert [c.type for c in joined.children].count("footnote_ref") == 2
    assert "“Prices will fall by autumn,”" in texts
    assert "the minister will visit Oslo in late June" in texts  # reported, under its own heading
    assert "rates would stay" not in md  # pending


def test_footnotes_carry_article_offsets_that_point_at_the_quote(db_path):
    md = memo_text(db_path)
    texts = {"ports1": PORTS, "cour2": COURIER}
    cites = re.findall(r"^\[\^(\d+)\]: (.*) — article `(\w+)`, chars (\d+)–(\d+)$", md, re.M)
    assert len(cites) == md.count("\n[^")
    by_text = {texts[a][int(s):int(e)] for _, _, a, s, e in cites}
    assert "We will not back down,” Ilse Brandt said, “the deal is off." in by_text
    assert "3.5 million tonnes" in by_text
    assert "Officials familiar with the talks" in by_text
    first = next(c for c in cites if c[2] == "cour2")
    assert first[1] == "“Talks collapse”, The Courier, 2026-05-02, <https://courier.example.net/talks>"


def test_scope_line_counts_and_date_range(db_path):
    md = memo_text(db_path)
    assert md.splitlines()[2] == (
        "2 articles published 2026-05-01 to 2026-05-02 · 2 quotes · 1 reported statement · 2 figures · 2 sources"
    )
    assert "Filter: status: accepted · grouped by speaker" in md


def test_notes_appear_under_their_items(db_path):
    md = memo_text(db_path)
    lines = md.splitlines()
    quote = next(i for i, line in enumerate(lines) if "back down" in line)
    note = lines.index("*Note:* Harder line than last week.")
    assert quote < note < next(i for i, line in enumerate(lines) if line.startswith("## Reported"))
    assert "- 3.5 million tonnes[^2]: *Note:* Down from 4.1 million." in lines


def test_sources_register_counts_kinds_and_coverage(db_path):
    md = memo_text(db_path)
    register = md[md.index("## Sources"):md.index("## Citations")]
    assert "**Coverage:** 2 articles from 2 outlets: Daily Planet (1), The Courier (1)" in register
    assert "### Anonymous sources (1 mention)" in register
    assert "### Documents (1 mention)" in register
    assert "- officials familiar with the talks[^" in register


def test_group_by_tag_puts_untagged_last(db_path):
    md = memo_text(db_path, group_by="tag")
    said = md[md.index("## Who said what"):md.index("## Reported")]
    assert re.findall(r"^### (.*)$", said, re.M) == ["economy", "trade"]
    reported = md[md.index("## Reported"):md.index("## Sources")]
    assert re.findall(r"^### (.*)$", reported, re.M) == ["Untagged"]
    # outside speaker grouping the attribution names the speaker with role
    assert "— Hugo Lind (Governor, Central Bank) · cue: *said* · tags: economy" in said


def test_same_data_same_bytes_and_no_clock(db_path):
    first = memo_text(db_path)
    second = memo_text(db_path)
    assert first.encode() == second.encode()
    assert date.today().isoformat() not in first
    assert memo_text(db_path, title="Brief {today}", today=date(2031, 1, 2)).startswith("# Brief 2031-01-02\n")


def test_insertion_order_does_not_change_the_memo(tmp_path, db_path):
    """Rows written in another order (ids differ) give the same memo: order comes from the data."""
    db = open_store(db_path)
    data = gather(db, ACCEPTED)
    db.close()
    reversed_input = MemoInput(
        articles=data.articles, quotes=list(reversed(data.quotes)), figures=list(reversed(data.figures)),
        sources=list(reversed(data.sources)), filter_description=data.filter_description,
    )
    assert render(reversed_input) == render(data)


def test_status_all_includes_pending_and_rejected(db_path):
    md = memo_text(db_path, ItemFilter())
    assert "rates would stay at 4.5% until the end of the year" in md
    assert "| 4.5% | policy rate |" in md


def test_empty_memo_says_so(tmp_path):
    path = tmp_path / "empty.db"
    open_store(path).close()
    md = memo_text(path)
    assert "No items match this filter." in md
    assert "## Citations" not in md
    assert md.endswith("\n") and not md.endswith("\n\n")


def test_json_has_the_same_content_as_markdown(db_path):
    db = open_store(db_path)
    memo = build_memo(db, ACCEPTED)
    db.close()
    data = json.loads(to_json(memo))
    md = to_markdown(memo)
    assert data["scope"]["quotes"] == 2 and data["scope"]["figures"] == 2
    assert [s["heading"] for s in data["who_said_what"]] == ["Hugo Lind", "Ilse Brandt"]
    brandt = data["who_said_what"][1]["quotes"][0]
    assert brandt["segments"][0]["text"] == "We will not back down,” Ilse Brandt said, “the deal is off."
    assert len(brandt["segments"][0]["citations"]) == 2
    assert len(data["citations"]) == md.count("\n[^")
    for c in data["citations"]:
        assert f"[^{c['n']}]: " in md and f"chars {c['start']}–{c['end']}" in md


def _piece(pid, aid, text, needle, copies=()):
    s = text.index(needle)
    return QuotePiece(pid, Passage(aid, s, s + len(needle), needle), tuple(copies))


def test_split_quote_far_apart_stays_in_pieces():
    text = "\u201cFirst part,\u201d she said. " + "Filler sentence. " * 10 + "\u201cSecond part.\u201d"
    pieces = [_piece(1, "a", text, "First part,"), _piece(2, "a", text, "Second part.")]
    segs = quote_segments(pieces, lambda _: text)
    assert [s.text for s in segs] == ["First part,", "Second part."]
    md = render(MemoInput(articles={"a": ArticleInfo("a")}, quotes=[MemoQuote(1, "direct", segs, order=(0,))]))
    assert "> “First part,”[^1] […] “Second part.”[^2]\n" in md
    report = verify_memo(md, lambda ids: {"a": text})
    assert report.ok and report.verbatim == 2


def test_split_quote_copy_with_other_interruption_cites_pieces():
    a = "\u201cWe go,\u201d she said, \u201cnow.\u201d"
    b = "\u201cWe go,\u201d the minister said, \u201cnow.\u201d"
    cb = [Passage("b", b.index("We go,"), b.index("We go,") + 6, "We go,"),
          Passage("b", b.index("now."), b.index("now.") + 4, "now.")]
    pieces = [_piece(1, "a", a, "We go,", [cb[0]]), _piece(2, "a", a, "now.", [cb[1]])]
    segs = quote_segments(pieces, {"a": a, "b": b}.get)
    assert [s.text for s in segs] == ["We go,", "now."]
    assert [len(s.passages) for s in segs] == [2, 2]


def test_layout_rejects_unknown_grouping():
    with pytest.raises(ValueError):
        layout(MemoInput(articles={}), group_by="colour")  # type: ignore[arg-type]
