"""Check a memo against its articles: is every quote verbatim where its footnote says?

A memo is read with a Markdown parser (markdown-it-py with GFM tables and
footnotes), not with the templates that wrote it, so a memo a person edited
afterwards still verifies: sections reordered or renamed, items removed,
paragraphs reflowed, footnotes renumbered, straight quotes turned curly. What
is checked:

- every paragraph inside a blockquote: the words before each run of footnote
  references (``“...”[^3][^4]``) are one quote, cited by those footnotes;
- every table row with a footnote reference: its first cell is a figure.

A footnote must carry ``article `ID`, chars START–END`` (see
:func:`briefing.memo.footnote_text`). The quote's words, after Markdown
escapes are undone and :func:`~briefing.markdown_escape.comparable`
normalisation (whitespace, quote marks, invisible characters), must equal the
article's text at those offsets; if they stand elsewhere in the article that
is a warning with the real offsets, if nowhere an error.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Literal

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.footnote import footnote_plugin

from briefing.markdown_escape import comparable, comparable_map, one_line

Level = Literal["error", "warning"]

_CITATION = re.compile(
    r"article\s+(`+)\s?(.+?)\s?\1[\s,;:]*(?:chars?|characters|offsets?)\s+(\d+)\s*(?:–|—|-|to)+\s*(\d+)",
    re.IGNORECASE | re.DOTALL,
)
_RAW_REF = re.compile(r"(?<!\\)\[\^([^\]\s]+)\]")
# what joins the pieces of a split quote shown apart: “...”[^1] […] “...”[^2] (comparable: … is ...)
_LEAD_CONNECTOR = re.compile(r'^(?:\[\s*\.\.\.\s*\]|\.\.\.|[—–-])\s*(?=")')
_TRAILING_PAREN = re.compile(r"\s*\([^()]*\)$")


@dataclass(frozen=True)
class CitationRef:
    label: str
    article_id: str
    start: int
    end: int
    line: int


@dataclass
class Claim:
    """Words in the memo that say they stand verbatim in the cited passages."""

    kind: Literal["quote", "figure"]
    line: int
    texts: list[str]  # readings of the words to try, most likely first (already comparable)
    labels: list[str]


@dataclass(frozen=True)
class Finding:
    level: Level
    line: int
    message: str


@dataclass
class ParsedMemo:
    claims: list[Claim] = field(default_factory=list)
    citations: dict[str, CitationRef] = field(default_factory=dict)
    bad_citations: dict[str, int] = field(default_factory=dict)  # label -> line, no id/offsets
    findings: list[Finding] = field(default_factory=list)


@dataclass
class Report:
    findings: list[Finding]
    quotes: int = 0
    figures: int = 0
    checks: int = 0
    verbatim: int = 0
    elsewhere: int = 0
    failed: int = 0
    articles: int = 0

    @property
    def ok(self) -> bool:
        return not any(f.level == "error" for f in self.findings)

    def summary(self) -> str:
        what = f"{_plural(self.quotes, 'quote')}" + (f" and {_plural(self.figures, 'figure')}" if self.figures else "")
        return (
            f"checked {what} ({_plural(self.checks, 'citation')}, {_plural(self.articles, 'article')}): "
            f"{self.verbatim} verbatim at their offsets, {self.elsewhere} found elsewhere, "
            f"{self.failed} not verified"
        )


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _parser() -> MarkdownIt:
    return MarkdownIt("gfm-like", {"linkify": False}).use(footnote_plugin)


def _line(token: Token | None, fallback: int = 0) -> int:
    return token.map[0] + 1 if token is not None and token.map else fallback


def _readings(children: list[Token]) -> list[tuple[str, str, list[str]]]:
    """Split an inline token's children at runs of footnote refs: (rendered, source-like, labels)."""
    out: list[tuple[str, str, list[str]]] = []
    plain: list[str] = []
    marked: list[str] = []
    labels: list[str] = []
    for child in children:
        if child.type == "footnote_ref":
            labels.append(str(child.meta.get("label", child.meta.get("id"))))
            continue
        if labels:
            out.append(("".join(plain), "".join(marked), labels))
            plain, marked, labels = [], [], []
        if child.type in ("text", "html_inline"):
            plain.append(child.content)
            marked.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            plain.append(" ")
            marked.append(" ")
        elif child.type == "code_inline":
            plain.append(child.content)
            marked.append(f"{child.markup}{child.content}{child.markup}")
        elif child.type in ("em_open", "em_close", "strong_open", "strong_close", "s_open", "s_close"):
            marked.append(child.markup)  # an editor removed our escapes: *x* was stars in the quote
        elif child.type == "image":
            plain.append(child.content)
            marked.append(child.content)
    if labels or "".join(plain).strip():
        out.append(("".join(plain), "".join(marked), labels))
    return out


def _quote_texts(*readings: str) -> list[str]:
    """The comparable words of a quote: without the memo's outer quote marks, then as they stand."""
    texts: list[str] = []
    for raw in readings:
        whole = comparable(raw)
        for s in (_LEAD_CONNECTOR.sub("", whole), whole):
            if s.startswith('"'):
                last = s.rfind('"')
                if last > 0 and not re.search(r"\w", s[last + 1:]):
                    texts.append(s[1:last].strip())
            texts.append(s)
    return [t for t in dict.fromkeys(texts) if t]


def parse_memo(markdown: str) -> ParsedMemo:
    """The claims and the citations of a memo, with what is wrong in its structure."""
    tokens = _parser().parse(markdown)
    parsed = ParsedMemo()
    quote_depth = 0
    footnote_label: str | None = None
    in_body = False
    row: list[tuple[Token, Token | None]] = []  # (inline, tr token) cells of the current table row
    row_token: Token | None = None
    last_block: Token | None = None

    def close_row() -> None:
        refs = [c.meta.get("label") for cell, _ in row for c in (cell.children or []) if c.type == "footnote_ref"]
        if row and refs:
            first = row[0][0]
            plain, marked, _ = (_readings(first.children or []) or [("", "", [])])[0]
            texts = _quote_texts(plain, marked)
            texts += [_TRAILING_PAREN.sub("", t) for t in texts if _TRAILING_PAREN.search(t)]
            parsed.claims.append(Claim("figure", _line(row_token), [t for t in dict.fromkeys(texts) if t],
                                       [str(r) for r in dict.fromkeys(refs)]))

    for tok in tokens:
        if tok.map:
            last_block = tok
        t = tok.type
        if t == "blockquote_open":
            quote_depth += 1
        elif t == "blockquote_close":
            quote_depth -= 1
        elif t == "footnote_open":
            footnote_label = str(tok.meta.get("label"))
        elif t == "footnote_close":
            footnote_label = None
        elif t == "tbody_open":
            in_body = True
        elif t == "tbody_close":
            in_body = False
        elif t == "tr_open" and in_body:
            row, row_token = [], tok
        elif t == "tr_close" and in_body:
            close_row()
            row = []
        elif t == "inline":
            if footnote_label is not None:
                _parse_citation(parsed, footnote_label, tok, _line(tok, _line(last_block)))
            elif in_body and row_token is not None:
                row.append((tok, row_token))
            elif quote_depth > 0:
                _parse_quote_paragraph(parsed, tok)
            _check_undefined_refs(parsed, tok)
    return parsed


def _parse_citation(parsed: ParsedMemo, label: str, tok: Token, line: int) -> None:
    if label in parsed.citations:
        return
    m = _CITATION.search(tok.content)
    if m:
        parsed.citations[label] = CitationRef(label, m.group(2).strip(), int(m.group(3)), int(m.group(4)), line)
    else:
        parsed.bad_citations.setdefault(label, line)


def _parse_quote_paragraph(parsed: ParsedMemo, tok: Token) -> None:
    line = _line(tok)
    for plain, marked, labels in _readings(tok.children or []):
        if not labels:
            if comparable(plain).strip(" .,;:-—–…\"'"):
                parsed.findings.append(Finding("warning", line, f"quote has no citation, not checked: {_snippet(plain)}"))
            continue
        texts = _quote_texts(plain, marked)
        if not texts:
            continue
        parsed.claims.append(Claim("quote", line, texts, labels))


def _check_undefined_refs(parsed: ParsedMemo, tok: Token) -> None:
    """``[^7]`` left as text: its footnote was deleted (the parser only links defined ones)."""
    defined = {str(c.meta.get("label")) for c in (tok.children or []) if c.type == "footnote_ref"}
    for label in dict.fromkeys(_RAW_REF.findall(tok.content)):
        if label not in defined:
            text = "".join(c.content for c in (tok.children or []) if c.type == "text")
            if f"[^{label}]" in text:
                parsed.findings.append(
                    Finding("error", _line(tok), f"cites [^{label}], but the memo has no footnote [^{label}]")
                )


def _snippet(text: str, width: int = 60) -> str:
    text = one_line(text)
    return f"“{text}”" if len(text) <= width else f"“{text[:width - 1]}…”"


def _difference(memo: str, article: str) -> str:
    """The first place two comparable texts differ, word by word: for the mismatch line."""
    a, b = memo.split(" "), article.split(" ")
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if op == "equal":
            continue
        mine = " ".join(a[i1:i2]) or "(nothing)"
        theirs = " ".join(b[j1:j2]) or "(nothing)"
        return f"memo has {_snippet(mine, 40)} where the article has {_snippet(theirs, 40)}"
    return "texts differ"


def _locate(article: str, texts: list[str], near: int) -> tuple[int, int] | None:
    """Offsets in ``article`` of the first reading found, the occurrence nearest ``near``."""
    norm, where = comparable_map(article)
    for text in texts:
        hits = [m.start() for m in re.finditer(re.escape(text), norm)]
        if hits:
            best = min(hits, key=lambda h: (abs(where[h] - near), h))
            return where[best], where[best + len(text) - 1] + 1
    return None


def verify_memo(markdown: str, fetch: Callable[[Iterable[str]], dict[str, str]]) -> Report:
    """Check every claim of ``markdown``; ``fetch(ids)`` returns article texts by id (missing ids left out)."""
    parsed = parse_memo(markdown)
    findings = list(parsed.findings)
    used = {label for claim in parsed.claims for label in claim.labels}
    ids = {parsed.citations[label].article_id for label in used if label in parsed.citations}
    texts = fetch(sorted(ids)) if ids else {}
    report = Report(findings=findings, articles=len(ids & texts.keys()))
    for label in sorted(used & parsed.bad_citations.keys(), key=lambda x: parsed.bad_citations[x]):
        findings.append(Finding("error", parsed.bad_citations[label],
                                f"footnote [^{label}] has no article id and offsets "
                                "(expected: article `ID`, chars START–END)"))
    for claim in parsed.claims:
        if claim.kind == "quote":
            report.quotes += 1
        else:
            report.figures += 1
        what = "quote" if claim.kind == "quote" else "figure"
        for label in claim.labels:
            report.checks += 1
            cite = parsed.citations.get(label)
            if cite is None:
                report.failed += 1
                if label not in parsed.bad_citations:
                    findings.append(Finding("error", claim.line, f"{what} cites [^{label}], which has no footnote"))
                continue
            article = texts.get(cite.article_id)
            if article is None:
                report.failed += 1
                findings.append(Finding("error", claim.line,
                                        f"[^{label}] cites article {cite.article_id}, which is not in the database"))
                continue
            at = comparable(article[cite.start:cite.end]) if 0 <= cite.start <= cite.end <= len(article) else None
            if at is not None and at in claim.texts:
                report.verbatim += 1
                continue
            found = _locate(article, claim.texts, cite.start)
            if found is not None:
                report.elsewhere += 1
                findings.append(Finding(
                    "warning", claim.line,
                    f"[^{label}] {what} is in article {cite.article_id} at chars {found[0]}–{found[1]}, "
                    f"not at the cited chars {cite.start}–{cite.end}: {_snippet(claim.texts[0])}",
                ))
                continue
            report.failed += 1
            if at is None:
                detail = f"the article has only {len(article)} characters"
            else:
                detail = _difference(claim.texts[0], at)
            findings.append(Finding(
                "error", claim.line,
                f"[^{label}] {what} not found in article {cite.article_id} "
                f"(cited chars {cite.start}–{cite.end}): {detail}",
            ))
    findings.sort(key=lambda f: (f.line, f.level != "error"))
    return report
