"""Quoted text is data: hostile quotes, names, titles and notes stay literal text in the memo.

The memo is parsed with markdown-it-py as the preview renders it (Textual's
Markdown widget uses the "gfm-like" preset: tables, strikethrough, linkify),
plus footnotes; no link, image, HTML, code or emphasis may come from data.
"""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from mdit_py_plugins.footnote import footnote_plugin
from memo_fixtures import HOSTILE_QUOTES, build_hostile

from briefing.filters import ItemFilter
from briefing.markdown_escape import clean, escape_inline, one_line
from briefing.memo import to_markdown
from store import open_store
from store.export import build_memo


def parser() -> MarkdownIt:
    return MarkdownIt("gfm-like").use(footnote_plugin)


def hostile_memo(tmp_path) -> str:
    path = tmp_path / "evil.db"
    build_hostile(path)
    db = open_store(path)
    try:
        return to_markdown(build_memo(db, ItemFilter(statuses=["accepted"])))
    finally:
        db.close()


def walk(tokens):
    for t in tokens:
        yield t
        yield from walk(t.children or [])


def text_of(inline) -> str:
    return "".join(c.content for c in inline.children if c.type == "text")


def test_hostile_quotes_render_as_their_literal_text(tmp_path):
    md = hostile_memo(tmp_path)
    tokens = parser().parse(md)
    quotes = [tokens[i + 2] for i, t in enumerate(tokens) if t.type == "blockquote_open"]
    assert len(quotes) == len(HOSTILE_QUOTES)  # "> not a quote" did not open another blockquote
    shown = sorted(text_of(q) for q in quotes)
    assert shown == sorted(f"“{one_line(q)}”" for q in HOSTILE_QUOTES)
    for q in quotes:  # the quote paragraph is text and its one footnote reference, nothing else
        assert [c.type for c in q.children] == ["text", "footnote_ref"]


def test_no_markup_token_comes_from_data(tmp_path):
    md = hostile_memo(tmp_path)
    tokens = list(walk(parser().parse(md)))
    in_notes, body, notes = False, [], []
    for t in tokens:
        in_notes = (in_notes or t.type == "footnote_block_open") and t.type != "footnote_block_close"
        (notes if in_notes else body).append(t)
    forbidden = {"link_open", "image", "html_inline", "html_block", "code_inline", "code_block", "fence",
                 "s_open", "ordered_list_open"}
    assert not {t.type for t in body} & forbidden
    strong = [body[i + 1].content for i, t in enumerate(body) if t.type == "strong_open"]
    assert strong == ["Coverage:"]
    # in the citations, the only code is the article id, and the unsafe URL is no link
    assert not {t.type for t in notes} & (forbidden - {"code_inline"}) - {"strong_open"}
    assert {t.content for t in notes if t.type == "code_inline"} == {"evil"}
    # the only lists are the register's and figures' bullets, at the top level (none inside quotes)
    depth = 0
    for t in tokens:
        depth += t.type == "blockquote_open"
        depth -= t.type == "blockquote_close"
        assert not (depth and t.type in ("bullet_list_open", "ordered_list_open", "heading_open"))
    # emphasis only where the memo puts it: "Note:", the cue, the speaker's role line
    ems = {tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "em_open"}
    assert ems == {"Note:", "said", "# role, <b>Org</b> |"}
    # headings are the memo's own: data such as "# not a heading" made none
    heads = [text_of(tokens[i + 1]) for i, t in enumerate(tokens) if t.type == "heading_open"]
    assert heads == ["Briefing memo", "Key figures", "Who said what", "Mallory *Vance* | [x](javascript:y)",
                     "Sources", "Organisations (1 mention)", "Citations"]


def test_table_rows_keep_their_columns(tmp_path):
    md = hostile_memo(tmp_path)
    tokens = parser().parse(md)
    rows, cells = [], 0
    for t in tokens:
        if t.type == "tr_open":
            cells = 0
        elif t.type in ("td_open", "th_open"):
            cells += 1
        elif t.type == "tr_close":
            rows.append(cells)
    assert rows == [3, 3]
    cells = [tokens[i + 1] for i, t in enumerate(tokens) if t.type == "td_open"]
    assert [text_of(c) for c in cells[:2]] == ["7 | 8 *percent*", "levy on <b>turnover</b> | *x*"]
    assert [c.type for c in cells[2].children] == ["footnote_ref"]


def test_no_terminal_escapes_or_control_characters_reach_the_memo(tmp_path):
    md = hostile_memo(tmp_path)
    assert "\x1b" not in md and "\x07" not in md
    assert all(unicodedata.category(ch) != "Cc" for ch in md.replace("\n", ""))
    assert "colour red and bell and title end" in md  # the words around the escapes survive


def test_unsafe_article_url_is_not_a_link(tmp_path):
    md = hostile_memo(tmp_path)
    assert "<javascript:" not in md
    links = [t for t in walk(parser().parse(md)) if t.type == "link_open"]
    assert links == []


def test_clean_removes_escapes_and_bidi_overrides():
    assert clean("a\x1b[1;31mb\x1b[0m\x1b]8;;http://x\x1b\\c\u202ed\r\x00e") == "abcd e"  # CR separates words
    assert clean("tab\tand\nnewline") == "tab\tand\nnewline"


ALPHABET = st.sampled_from(list("ab1. \t\n-+=#>*_`[]()!<>|~&;:/@\\\"'^{}%$") + ["www.", "http://", "x.com", "&amp;",
                                                                                 "1. ", "- ", "\x1b[2J", "\u202e",
                                                                                 "münchen.de", "пример.рф", "\u201c"])


@settings(max_examples=400, deadline=None)
@given(st.lists(ALPHABET, max_size=25).map("".join) | st.text(max_size=30))
def test_escaped_text_parses_back_to_itself_anywhere_we_put_it(raw):
    want = one_line(raw)
    esc = escape_inline(raw)
    md = parser()
    for source, pick, marks in (
        (esc, lambda toks: toks[1], False),  # a paragraph of its own
        (f"> “{esc}”[^1]\n\n[^1]: x", lambda toks: toks[2], True),  # a quote
        (f"> {esc}[^1]\n\n[^1]: x", lambda toks: toks[2], False),  # a reported statement
        (f"### {esc}", lambda toks: toks[1], False),  # a heading
        (f"- {esc}", lambda toks: toks[3], False),  # a register entry
        (f"| a | b |\n| --- | --- |\n| {esc} | x |",
         lambda toks: toks[[t.type for t in toks].index("td_open") + 1], False),  # a table cell
    ):
        if not want:
            continue
        inline = pick(md.parse(source))
        assert inline.type == "inline", source
        kinds = {c.type for c in inline.children} - {"footnote_ref"}
        assert kinds <= {"text"}, (source, kinds)
        got = text_of(inline)
        assert (got[1:-1] if marks else got).strip() == want, source
