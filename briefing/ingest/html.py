"""HTML pages: the article's main text and metadata, via trafilatura.

Navigation, scripts, footers and related-link blocks are left out (that is
trafilatura's job, and it is good at it). The stored text is the main text,
one block (paragraph, heading, list item) per paragraph, paragraphs
separated by a blank line. Metadata: title, author -> byline,
date -> published, sitename -> outlet, canonical URL -> url.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from briefing.ingest.base import MAX_ARTICLE_BYTES, IngestError, megabytes
from briefing.ingest.decode import decode_bytes
from briefing.models import Article

# trafilatura and its helpers log warnings for odd pages; we report problems ourselves.
for _name in ("trafilatura", "htmldate", "courlan", "justext", "readability"):
    logging.getLogger(_name).addHandler(logging.NullHandler())
    logging.getLogger(_name).propagate = False

_BLANKS = re.compile(r"[ \t\r\f\v\u00a0]+")
#: A line of prose: at least this many words. Pages without one are navigation only.
PROSE_WORDS = 8


def read_html_file(path: Path, *, label: str, warn) -> Article:
    size = path.stat().st_size
    if size > MAX_ARTICLE_BYTES:
        raise IngestError(f"the page is {megabytes(size)}; at most {megabytes(MAX_ARTICLE_BYTES)} is read")
    return article_from_html(decode_bytes(path.read_bytes(), warn), path=label)


def _has_prose(text: str) -> bool:
    return any(len(line.split()) >= PROSE_WORDS for line in text.split("\n"))


def article_from_html(html: str, *, path: str | None) -> Article:
    """Main text and metadata of one page; raises :class:`IngestError` if it has no article text."""
    import trafilatura  # noqa: PLC0415 - heavy; only HTML imports pay for it

    options = {"with_metadata": True, "include_comments": False, "include_tables": True}
    try:
        doc = trafilatura.bare_extraction(html, **options)
        if doc is not None and not _has_prose(doc.text or ""):
            # Thin result (menus, link lists): ask again, preferring precision.
            doc = trafilatura.bare_extraction(html, favor_precision=True, **options)
    except Exception as exc:  # trafilatura/lxml on malformed markup
        raise IngestError(f"could not parse the HTML ({type(exc).__name__}: {exc})") from None
    text = _paragraphs(doc.text if doc is not None else "")
    if not text or not _has_prose(text):
        raise IngestError("no article text found: the page holds only navigation, scripts or markup")
    return Article(
        path=path,
        text=text,
        title=_clean(doc.title),
        byline=_clean(doc.author),
        published=_clean(doc.date),
        outlet=_clean(doc.sitename),
        url=_clean(doc.url),
    )


def _paragraphs(text: str) -> str:
    """trafilatura's one-block-per-line text -> paragraphs separated by a blank line."""
    lines = (_BLANKS.sub(" ", line).strip() for line in text.split("\n"))
    return "\n\n".join(line for line in lines if line)


def _clean(value: str | None) -> str | None:
    if not value:
        return None
    value = _BLANKS.sub(" ", value).strip()
    return value or None
