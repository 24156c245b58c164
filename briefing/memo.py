"""Render a briefing memo: :class:`~briefing.memo_model.MemoInput` in, Markdown or JSON out.

Pure: no database, no UI. :func:`layout` decides once what the memo says and
numbers its citations in reading order; :func:`to_markdown` and
:func:`to_json` only write that layout down, so both formats carry the same
content. Everything is sorted by stable keys and nothing depends on the clock
(unless a title asks for ``{today}``), so the same data gives the same bytes.

Citations are GFM footnotes that ``briefing verify`` parses back::

    [^3]: “Title”, Outlet, 2026-05-02, <https://…> — article `a1b2c3`, chars 120–188

Offsets are Python string indices into the article's text (code points).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from briefing.markdown_escape import autolink, code_span, escape_inline, one_line
from briefing.memo_model import (
    ArticleInfo,
    MemoFigure,
    MemoInput,
    MemoQuote,
    MemoSource,
    Passage,
    SpeakerInfo,
)
from briefing.speaker_label import role_parts

GroupBy = Literal["speaker", "tag", "article"]
GROUP_BYS: tuple[GroupBy, ...] = ("speaker", "tag", "article")
DEFAULT_TITLE = "Briefing memo"

#: Register order and headings of source kinds.
SOURCE_KIND_HEADINGS: dict[str, str] = {
    "outlet": "Outlets cited",
    "anonymous": "Anonymous sources",
    "organization": "Organisations",
    "social": "Social posts",
    "document": "Documents",
}
_KIND_LABELS = {"partial": "partial quote", "social": "social post"}
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")
_BARE_NUMBER = re.compile(r"^[-+\u2212]?[\d.,\s\u202f\u00a0]+$")


# --- layout -------------------------------------------------------------------


@dataclass(frozen=True)
class Citation:
    """Footnote ``n``: a passage of an article."""

    n: int
    passage: Passage
    article: ArticleInfo


@dataclass
class LaidQuote:
    quote: MemoQuote
    segments: list[tuple[str, list[int]]]  # (words, footnote numbers) per segment


@dataclass
class Section:
    heading: str
    subtitle: str | None
    quotes: list[LaidQuote] = field(default_factory=list)


@dataclass
class LaidFigure:
    figure: MemoFigure
    refs: list[int]


@dataclass
class RegisterEntry:
    name: str
    refs: list[int]
    notes: list[str]


@dataclass
class RegisterGroup:
    kind: str
    heading: str
    mentions: int
    entries: list[RegisterEntry]


@dataclass
class Scope:
    articles: int
    first_date: str | None
    last_date: str | None
    quotes: int
    reported: int
    figures: int
    sources: int
    outlets: list[tuple[str, int]]  # coverage: (outlet, number of articles)


@dataclass
class Memo:
    title: str
    group_by: GroupBy
    filter_description: str
    scope: Scope
    figures: list[LaidFigure]
    said: list[Section]
    reported: list[Section]
    register: list[RegisterGroup]
    citations: list[Citation]
    latest_date: str | None


class _Footnotes:
    """Numbers passages in the order they are first cited; one number per passage."""

    def __init__(self, articles: dict[str, ArticleInfo]):
        self._articles = articles
        self._numbers: dict[tuple[str, int, int], int] = {}
        self.citations: list[Citation] = []

    def ref(self, passages: Iterable[Passage]) -> list[int]:
        refs = []
        for p in passages:
            key = (p.article_id, p.start, p.end)
            n = self._numbers.get(key)
            if n is None:
                n = len(self.citations) + 1
                self._numbers[key] = n
                article = self._articles.get(p.article_id) or ArticleInfo(id=p.article_id)
                self.citations.append(Citation(n, p, article))
            if n not in refs:
                refs.append(n)
        return refs


def _casefold(text: str | None) -> str:
    return one_line(text or "").casefold()


def _speaker_line(s: SpeakerInfo | None) -> str | None:
    if s is None:
        return None
    parts = [one_line(x) for x in role_parts(s.name, s.role, s.organization) if one_line(x)]
    return ", ".join(parts) or None


def _group_quotes(quotes: list[MemoQuote], group_by: GroupBy, articles: dict[str, ArticleInfo]) -> list[tuple[str, str | None, list[MemoQuote]]]:
    """(heading, subtitle, quotes) per section, sections and quotes in a stable order."""
    groups: dict[object, list[MemoQuote]] = {}
    heads: dict[object, tuple[str, str | None]] = {}
    sort_keys: dict[object, tuple] = {}
    for q in quotes:
        if group_by == "speaker":
            if q.speaker is None or not one_line(q.speaker.name):
                keys = [("~unattributed",)]
                heads[keys[0]] = ("Unattributed", None)
            else:
                key = ("id", q.speaker.id) if q.speaker.id is not None else ("name", _casefold(q.speaker.name))
                keys = [key]
                heads.setdefault(key, (one_line(q.speaker.name), _speaker_line(q.speaker)))
        elif group_by == "tag":
            keys = [("tag", _casefold(t)) for t in q.tags] or [("~untagged",)]
            for t, k in zip(q.tags, keys, strict=False):
                heads.setdefault(k, (one_line(t), None))
            if not q.tags:
                heads[keys[0]] = ("Untagged", None)
        else:
            article_id = q.segments[0].passages[0].article_id
            a = articles.get(article_id) or ArticleInfo(id=article_id)
            keys = [("article", a.order, a.id)]
            sub = " · ".join(x for x in (one_line(a.outlet or ""), _date(a.published)) if x) or None
            heads.setdefault(keys[0], (one_line(a.title or "") or "Untitled article", sub))
        for k in dict.fromkeys(keys):
            groups.setdefault(k, []).append(q)
    for k, qs in groups.items():
        qs.sort(key=lambda q: q.order)
        if k[0] == "id" or k[0] == "name":
            sort_keys[k] = (0, -len(qs), _casefold(heads[k][0]), str(k))
        elif k[0] == "tag":
            sort_keys[k] = (0, k[1], heads[k][0])
        elif k[0] == "article":
            sort_keys[k] = (0, k[1], k[2])
        else:
            sort_keys[k] = (1,)
    ordered = sorted(groups, key=lambda k: sort_keys[k])
    return [(heads[k][0], heads[k][1], groups[k]) for k in ordered]


def _date(published: str | None) -> str:
    if not published:
        return ""
    text = one_line(published)
    m = _ISO_DATE.match(text)
    return m.group(0) if m else text


def _lay_sections(quotes, group_by, articles, notes: _Footnotes) -> list[Section]:
    sections = []
    for heading, subtitle, qs in _group_quotes(quotes, group_by, articles):
        section = Section(heading, subtitle)
        for q in qs:
            section.quotes.append(LaidQuote(q, [(seg.text, notes.ref(seg.passages)) for seg in q.segments]))
        sections.append(section)
    return sections


def _lay_register(sources: list[MemoSource], notes: _Footnotes) -> list[RegisterGroup]:
    groups = []
    for kind, heading in SOURCE_KIND_HEADINGS.items():
        mine = sorted((s for s in sources if s.kind == kind), key=lambda s: s.order)
        if not mine:
            continue
        by_name: dict[str, list[MemoSource]] = {}
        for s in mine:
            by_name.setdefault(_casefold(s.name) or _casefold(s.passage.text), []).append(s)
        ordered = sorted(by_name.items(), key=lambda kv: (-len(kv[1]), kv[0]))
        entries = []
        for _, items in ordered:
            name = one_line(items[0].name) or one_line(items[0].passage.text)
            entry_notes = list(dict.fromkeys(one_line(n) for s in items for n in s.notes if one_line(n)))
            entries.append(RegisterEntry(name, notes.ref(s.passage for s in items), entry_notes))
        groups.append(RegisterGroup(kind, heading, len(mine), entries))
    # kinds outside the known five (rows other tools wrote) come last, by name
    others = sorted({s.kind for s in sources} - set(SOURCE_KIND_HEADINGS), key=lambda k: (k or ""))
    for kind in others:
        mine = sorted((s for s in sources if s.kind == kind), key=lambda s: s.order)
        entries = [RegisterEntry(one_line(s.name) or one_line(s.passage.text), notes.ref([s.passage]),
                                 [one_line(n) for n in s.notes if one_line(n)]) for s in mine]
        groups.append(RegisterGroup(kind or "", one_line(kind or "") or "Other sources", len(mine), entries))
    return groups


def layout(data: MemoInput, *, group_by: GroupBy = "speaker", title: str | None = None,
           today: date | None = None) -> Memo:
    """Decide what the memo says, in reading order, with footnotes numbered as they are first cited.

    ``title`` may contain ``{today}``: the one way to put the export date in a memo.
    """
    if group_by not in GROUP_BYS:
        raise ValueError(f"group_by must be one of {', '.join(GROUP_BYS)}")
    notes = _Footnotes(data.articles)
    figures = sorted(data.figures, key=lambda f: f.order)
    laid_figures = [LaidFigure(f, notes.ref([f.passage])) for f in figures]
    said = _lay_sections([q for q in data.quotes if not q.reported], group_by, data.articles, notes)
    reported = _lay_sections([q for q in data.quotes if q.reported], group_by, data.articles, notes)
    register = _lay_register(data.sources, notes)

    cited = data.cited_articles()
    dates = sorted(d for d in (_date(a.published) for a in cited) if _ISO_DATE.match(d))
    outlets = Counter(one_line(a.outlet or "") or "(no outlet)" for a in cited)
    scope = Scope(
        articles=len(cited),
        first_date=dates[0] if dates else None,
        last_date=dates[-1] if dates else None,
        quotes=sum(1 for q in data.quotes if not q.reported),
        reported=sum(1 for q in data.quotes if q.reported),
        figures=len(data.figures),
        sources=len(data.sources),
        outlets=sorted(outlets.items(), key=lambda kv: (-kv[1], kv[0].casefold(), kv[0])),
    )
    text = one_line(title) if title and one_line(title) else DEFAULT_TITLE
    if "{today}" in text:
        text = text.replace("{today}", (today or date.today()).isoformat())
    return Memo(
        title=text,
        group_by=group_by,
        filter_description=one_line(data.filter_description),
        scope=scope,
        figures=laid_figures,
        said=said,
        reported=reported,
        register=register,
        citations=notes.citations,
        latest_date=data.latest_date(),
    )


# --- Markdown -----------------------------------------------------------------


def _plural(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else (many or one + 's')}"


def _refs(refs: list[int]) -> str:
    return "".join(f"[^{n}]" for n in refs)


def scope_line(memo: Memo) -> str:
    s = memo.scope
    parts = [_plural(s.articles, "article")]
    if s.first_date and s.last_date:
        parts[0] += (
            f" published {s.first_date}" if s.first_date == s.last_date
            else f" published {s.first_date} to {s.last_date}"
        )
    parts += [_plural(s.quotes, "quote"), _plural(s.reported, "reported statement"),
              _plural(s.figures, "figure"), _plural(s.sources, "source")]
    return " · ".join(parts)


def _quote_block(lq: LaidQuote, memo: Memo, *, reported: bool) -> list[str]:
    q = lq.quote
    rendered = []
    for i, (words, refs) in enumerate(lq.segments):
        body = escape_inline(words)
        piece = body if reported else f"“{body}”"
        rendered.append(("" if i == 0 else " […] ") + piece + _refs(refs))
    lines = ["> " + "".join(rendered), ""]

    attribution = []
    name = one_line(q.speaker.name) if q.speaker else ""
    who = escape_inline(name) if name else "unattributed"
    if memo.group_by != "speaker" and _speaker_line(q.speaker):
        who += f" ({escape_inline(_speaker_line(q.speaker) or '')})"
    attribution.append(f"source: {who}" if reported else who)
    if q.cue and one_line(q.cue):
        attribution.append(f"cue: *{escape_inline(q.cue)}*")
    if q.kind in _KIND_LABELS:
        attribution.append(_KIND_LABELS[q.kind])
    n_articles = len(q.article_ids)
    if n_articles > 1:
        attribution.append(f"in {n_articles} articles")
    tags = [one_line(t) for t in q.tags if one_line(t)]
    if tags:
        attribution.append("tags: " + ", ".join(escape_inline(t) for t in tags))
    lines += ["— " + " · ".join(attribution), ""]
    for note in q.notes:
        if one_line(note):
            lines += [f"*Note:* {escape_inline(note)}", ""]
    return lines


def _sections(title: str, sections: list[Section], memo: Memo, *, reported: bool) -> list[str]:
    if not sections:
        return []
    out = [f"## {title}", ""]
    for section in sections:
        out += [f"### {escape_inline(section.heading)}", ""]
        if section.subtitle:
            out += [f"*{escape_inline(section.subtitle)}*", ""]
        for lq in section.quotes:
            out += _quote_block(lq, memo, reported=reported)
    return out


def _figure_measures(f: MemoFigure) -> str:
    parts = []
    if f.context and one_line(f.context):
        parts.append(escape_inline(f.context))
    if f.date and one_line(f.date) and one_line(f.date) not in one_line(f.passage.text):
        parts.append(f"date {escape_inline(f.date)}")
    if not parts and f.kind and one_line(f.kind):
        parts.append(escape_inline(f.kind))
    return "; ".join(parts) or "—"


def _figure_cell(f: MemoFigure) -> str:
    """The figure as written, with its unit when the words do not already say it."""
    text = escape_inline(f.passage.text)
    unit = one_line(f.unit or "")
    if unit and _BARE_NUMBER.match(one_line(f.passage.text)):
        text += f" ({escape_inline(unit)})"
    return text


def _figures(memo: Memo) -> list[str]:
    if not memo.figures:
        return []
    out = ["## Key figures", "", "| Figure | What it measures | Source |", "| --- | --- | --- |"]
    for lf in memo.figures:
        out.append(f"| {_figure_cell(lf.figure)} | {_figure_measures(lf.figure)} | {_refs(lf.refs)} |")
    out.append("")
    noted = [lf for lf in memo.figures if any(one_line(n) for n in lf.figure.notes)]
    tagged = [lf for lf in memo.figures if any(one_line(t) for t in lf.figure.tags)]
    if noted or tagged:
        out += ["Notes and tags on figures:", ""]
        for lf in memo.figures:
            if lf not in noted and lf not in tagged:
                continue
            bits = []
            tags = [one_line(t) for t in lf.figure.tags if one_line(t)]
            if tags:
                bits.append("tags: " + ", ".join(escape_inline(t) for t in tags))
            bits += [f"*Note:* {escape_inline(n)}" for n in lf.figure.notes if one_line(n)]
            out.append(f"- {escape_inline(lf.figure.passage.text)}{_refs(lf.refs)}: " + " · ".join(bits))
        out.append("")
    return out


def _register(memo: Memo) -> list[str]:
    if not memo.register and not memo.scope.outlets:
        return []
    out = ["## Sources", ""]
    if memo.scope.outlets:
        coverage = ", ".join(f"{escape_inline(name)} ({n})" for name, n in memo.scope.outlets)
        out += [f"**Coverage:** {_plural(memo.scope.articles, 'article')} from "
                f"{_plural(len(memo.scope.outlets), 'outlet')}: {coverage}", ""]
    for group in memo.register:
        out += [f"### {escape_inline(group.heading)} ({_plural(group.mentions, 'mention')})", ""]
        for entry in group.entries:
            count = f" ({len(entry.refs)})" if len(entry.refs) > 1 else ""
            out.append(f"- {escape_inline(entry.name)}{count}{_refs(entry.refs)}")
            out += [f"  - *Note:* {escape_inline(n)}" for n in entry.notes]
        out.append("")
    return out


def footnote_text(c: Citation) -> str:
    """The body of footnote ``c``: what ``briefing verify`` parses back (see the module doc)."""
    a = c.article
    parts = [f"“{escape_inline(a.title)}”" if a.title and one_line(a.title) else "Untitled article"]
    if a.outlet and one_line(a.outlet):
        parts.append(escape_inline(a.outlet))
    if _date(a.published):
        parts.append(escape_inline(_date(a.published)))
    link = autolink(a.url)
    if link:
        parts.append(link)
    where = f"article {code_span(str(c.passage.article_id))}, chars {c.passage.start}–{c.passage.end}"
    return ", ".join(parts) + " — " + where


def to_markdown(memo: Memo) -> str:
    """The memo as GitHub-flavoured Markdown, ending in one newline."""
    out = [f"# {escape_inline(memo.title)}", "", scope_line(memo), ""]
    out += [f"Filter: {escape_inline(memo.filter_description)} · grouped by {memo.group_by}", ""]
    body = _figures(memo)
    body += _sections("Who said what", memo.said, memo, reported=False)
    body += _sections("Reported statements", memo.reported, memo, reported=True)
    if not body:
        body = ["No items match this filter.", ""]
    out += body
    out += _register(memo)
    if memo.citations:
        out += ["## Citations", ""]
        # a blank line between definitions keeps each its own paragraph in viewers without footnotes
        for c in memo.citations:
            out += [f"[^{c.n}]: {footnote_text(c)}", ""]
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out) + "\n"


# --- JSON ---------------------------------------------------------------------


def _speaker_json(s: SpeakerInfo | None) -> dict | None:
    if s is None:
        return None
    return {"id": s.id, "name": one_line(s.name), "role": _opt(s.role), "organization": _opt(s.organization)}


def _opt(text: str | None) -> str | None:
    return one_line(text) if text is not None else None


def _quote_json(lq: LaidQuote) -> dict:
    q = lq.quote
    return {
        "id": q.id,
        "kind": q.kind,
        "speaker": _speaker_json(q.speaker),
        "cue": _opt(q.cue),
        "segments": [{"text": one_line(words), "citations": refs} for words, refs in lq.segments],
        "notes": [one_line(n) for n in q.notes if one_line(n)],
        "tags": [one_line(t) for t in q.tags],
        "status": q.status,
    }


def _sections_json(sections: list[Section]) -> list[dict]:
    return [{"heading": s.heading, "subtitle": s.subtitle, "quotes": [_quote_json(lq) for lq in s.quotes]}
            for s in sections]


def to_data(memo: Memo) -> dict:
    """The memo as plain data: the same content as :func:`to_markdown`, unescaped."""
    s = memo.scope
    return {
        "title": memo.title,
        "group_by": memo.group_by,
        "filter": memo.filter_description,
        "scope": {
            "articles": s.articles, "first_date": s.first_date, "last_date": s.last_date,
            "quotes": s.quotes, "reported": s.reported, "figures": s.figures, "sources": s.sources,
            "outlets": [{"outlet": name, "articles": n} for name, n in s.outlets],
        },
        "figures": [
            {
                "id": lf.figure.id, "text": one_line(lf.figure.passage.text), "value": lf.figure.value,
                "value_max": lf.figure.value_max, "unit": _opt(lf.figure.unit), "kind": _opt(lf.figure.kind),
                "measures": _opt(lf.figure.context), "date": _opt(lf.figure.date),
                "notes": [one_line(n) for n in lf.figure.notes if one_line(n)],
                "tags": [one_line(t) for t in lf.figure.tags], "status": lf.figure.status,
                "citations": lf.refs,
            }
            for lf in memo.figures
        ],
        "who_said_what": _sections_json(memo.said),
        "reported": _sections_json(memo.reported),
        "sources": [
            {"kind": g.kind, "heading": g.heading, "mentions": g.mentions,
             "entries": [{"name": e.name, "citations": e.refs, "notes": e.notes} for e in g.entries]}
            for g in memo.register
        ],
        "citations": [
            {
                "n": c.n, "article_id": c.passage.article_id, "start": c.passage.start, "end": c.passage.end,
                "text": one_line(c.passage.text), "title": _opt(c.article.title),
                "outlet": _opt(c.article.outlet), "published": _opt(c.article.published),
                "url": _opt(c.article.url),
            }
            for c in memo.citations
        ],
    }


def to_json(memo: Memo) -> str:
    return json.dumps(to_data(memo), ensure_ascii=False, indent=2) + "\n"


def render(data: MemoInput, *, fmt: Literal["markdown", "json"] = "markdown", group_by: GroupBy = "speaker",
           title: str | None = None, today: date | None = None) -> str:
    """:func:`layout` and then :func:`to_markdown` or :func:`to_json`."""
    memo = layout(data, group_by=group_by, title=title, today=today)
    return to_json(memo) if fmt == "json" else to_markdown(memo)
