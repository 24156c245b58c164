"""Runs the extraction passes over one article, in order."""

from __future__ import annotations

from briefing.extract.attribution import Attribution, attribute
from briefing.extract.quotemarks import find_quotes
from briefing.extract.text import paragraphs, sentences
from briefing.models import Article, ArticleExtraction, Quote, Span

EXTRACTOR_VERSION = "0.1"


def _span(text: str, se: tuple[int, int] | None) -> Span | None:
    if se is None:
        return None
    s, e = se
    return Span(text=text[s:e], start=s, end=e)


def _quote(text: str, a: Attribution) -> Quote:
    mention = _span(text, (a.speaker.start, a.speaker.end)) if a.speaker else None
    return Quote(
        text=text[a.start:a.end], start=a.start, end=a.end, kind=a.kind,  # type: ignore[arg-type]
        speaker=mention.text if mention else None, speaker_mention=mention, cue=_span(text, a.cue),
        group=f"g{a.group}" if a.group is not None else None,
    )


def extract(article: Article) -> ArticleExtraction:
    """Everything briefing finds in ``article``; every span indexes ``article.text``."""
    text = article.text
    paras = paragraphs(text)
    sents = sentences(text, paras)
    quotes = find_quotes(text, paras)
    atts = attribute(text, paras, sents, quotes)
    result = ArticleExtraction(article=article, quotes=[_quote(text, a) for a in atts])
    try:
        from briefing.extract.numbers import find_numbers
    except ImportError:  # the numbers pass is being built
        return result
    result.numbers = find_numbers(text)
    return result
