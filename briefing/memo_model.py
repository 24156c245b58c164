"""The memo's input: what ``store.export`` gathers and ``briefing.memo`` renders.

Plain records, no database and no Markdown. Every item carries the
:class:`Passage` (article id and character offsets) it was found at, so each
line of the memo can cite its place in an article. A quote found in several
articles (syndicated copies) carries one passage per article; a split quote
("...," she said, "...") is one :class:`MemoQuote` whose segments are joined
again where the article allows it (:func:`quote_segments`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from briefing.markdown_escape import comparable

#: Longest interruption ("," she said, "") that is kept when a split quote is joined again.
MAX_JOIN_GAP = 80


@dataclass(frozen=True)
class ArticleInfo:
    """What a citation shows of an article. ``order`` is its place in article order."""

    id: str
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    url: str | None = None
    order: int = 0


@dataclass(frozen=True)
class Passage:
    """``article.text[start:end] == text`` for the article ``article_id``."""

    article_id: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class SpeakerInfo:
    id: int | None
    name: str
    role: str | None = None
    organization: str | None = None


@dataclass(frozen=True)
class QuotePiece:
    """One stored quote row: its passage and the passages of its syndicated copies."""

    id: int
    passage: Passage
    copies: tuple[Passage, ...] = ()


@dataclass(frozen=True)
class QuoteSegment:
    """Words shown between one pair of quote marks, and every place they stand verbatim."""

    text: str
    passages: tuple[Passage, ...]


@dataclass
class MemoQuote:
    id: int  # id of the first piece
    kind: str  # direct | partial | indirect | social
    segments: list[QuoteSegment]
    speaker: SpeakerInfo | None = None
    cue: str | None = None
    notes: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    status: str = "accepted"
    order: tuple = ()  # (article order, start, id): the memo's order within a section

    @property
    def reported(self) -> bool:
        return self.kind == "indirect"

    @property
    def article_ids(self) -> list[str]:
        seen: dict[str, None] = {}
        for seg in self.segments:
            for p in seg.passages:
                seen.setdefault(p.article_id, None)
        return list(seen)


@dataclass
class MemoFigure:
    id: int
    passage: Passage
    value: float | None = None
    value_max: float | None = None
    unit: str | None = None
    kind: str | None = None
    context: str | None = None
    date: str | None = None
    notes: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    status: str = "accepted"
    order: tuple = ()


@dataclass
class MemoSource:
    id: int
    name: str
    kind: str  # outlet | anonymous | organization | social | document
    passage: Passage
    notes: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    status: str = "accepted"
    order: tuple = ()


@dataclass
class MemoInput:
    """Everything one memo shows, already narrowed by the filter."""

    articles: dict[str, ArticleInfo]
    quotes: list[MemoQuote] = field(default_factory=list)
    figures: list[MemoFigure] = field(default_factory=list)
    sources: list[MemoSource] = field(default_factory=list)
    filter_description: str = "all items"

    def cited_articles(self) -> list[ArticleInfo]:
        """The articles some item of the memo cites, in article order."""
        ids: set[str] = set()
        for q in self.quotes:
            ids.update(q.article_ids)
        ids.update(f.passage.article_id for f in self.figures)
        ids.update(s.passage.article_id for s in self.sources)
        return sorted((self.articles[i] for i in ids if i in self.articles), key=lambda a: (a.order, a.id))

    def latest_date(self) -> str | None:
        """Publication date (``YYYY-MM-DD``) of the newest cited article, if any has one."""
        dates = [a.published[:10] for a in self.cited_articles() if a.published]
        return max(dates) if dates else None


def quote_segments(pieces: Sequence[QuotePiece], text_of: Callable[[str], str | None]) -> list[QuoteSegment]:
    """The segments a quote is shown as: the pieces of a split quote joined again where possible.

    Pieces (in article order) are joined into one passage, interruption
    included (``We will not back down," she said, "the deal is off.``), when
    each gap is at most :data:`MAX_JOIN_GAP` characters and every article
    holding a copy has the same joined words. The joined passage is then
    verbatim in each article, so it can be cited and verified as one.
    Otherwise each piece is a segment of its own.
    """
    pieces = sorted(pieces, key=lambda p: (p.passage.start, p.id))
    single = [QuoteSegment(p.passage.text, (p.passage, *p.copies)) for p in pieces]
    if len(pieces) < 2:
        return single
    first, last = pieces[0].passage, pieces[-1].passage
    text = text_of(first.article_id)
    if text is None or any(
        b.passage.start - a.passage.end > MAX_JOIN_GAP or b.passage.start < a.passage.end
        for a, b in zip(pieces, pieces[1:], strict=False)
    ):
        return single
    joined = Passage(first.article_id, first.start, last.end, text[first.start:last.end])
    key = comparable(joined.text)
    passages = [joined]
    copy_articles: dict[str, None] = {}
    for p in pieces:
        for c in p.copies:
            copy_articles.setdefault(c.article_id, None)
    for article_id in copy_articles:
        spans = []
        for p in pieces:
            mine = [c for c in p.copies if c.article_id == article_id]
            if not mine:
                return single
            spans.append(mine[0])
        other = text_of(article_id)
        if other is None:
            return single
        start, end = spans[0].start, spans[-1].end
        if end < start or comparable(other[start:end]) != key:
            return single
        passages.append(Passage(article_id, start, end, other[start:end]))
    return [QuoteSegment(joined.text, tuple(passages))]
