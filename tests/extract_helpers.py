"""Small helpers for extraction tests: run the engine on a snippet and look items up by text."""

from __future__ import annotations

from briefing.extract import extract
from briefing.models import Article, ArticleExtraction, Quote


def run(text: str, **meta: str) -> ArticleExtraction:
    result = extract(Article(text=text, **meta))
    for item in [*result.quotes, *result.numbers, *result.sources]:
        assert text[item.start:item.end] == item.text, item
    return result


def quote(result: ArticleExtraction, words: str, kinds: tuple[str, ...] = ("direct", "partial", "social")) -> Quote:
    """The one quote of the given kinds whose text contains ``words``."""
    hits = [q for q in result.quotes if words in q.text and q.kind in kinds]
    assert len(hits) == 1, f"{len(hits)} quotes hold {words!r}: {[(q.kind, q.text) for q in result.quotes]}"
    return hits[0]


def no_quote(result: ArticleExtraction, words: str) -> None:
    hits = [q for q in result.quotes if words in q.text and q.kind != "indirect"]
    assert not hits, f"{words!r} should not be a quote: {[(q.kind, q.text) for q in hits]}"


def indirect(result: ArticleExtraction, prefix: str) -> Quote:
    """The reported (indirect) statement whose text starts with ``prefix``."""
    hits = [q for q in result.quotes if q.kind == "indirect" and q.text.startswith(prefix)]
    assert hits, f"no reported statement starts with {prefix!r}: {[q.text for q in result.quotes]}"
    return hits[0]


def mentions(result: ArticleExtraction) -> set[str]:
    """The words every quote is attributed to."""
    return {q.speaker_mention.text for q in result.quotes if q.speaker_mention}
