"""Runs the extraction passes over one article, in order."""

from __future__ import annotations

from briefing.models import Article, ArticleExtraction

EXTRACTOR_VERSION = "0.1"


def extract(article: Article) -> ArticleExtraction:
    """Everything briefing finds in ``article``; every span indexes ``article.text``."""
    result = ArticleExtraction(article=article)
    try:
        from briefing.extract.numbers import find_numbers
    except ImportError:  # the numbers pass is being built
        return result
    result.numbers = find_numbers(article.text)
    return result
