"""Stable identities: article ids and item keys that survive re-import and re-extraction."""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Iterable


def normalise(text: str) -> str:
    """Lower-case, NFC, quote marks unified, whitespace collapsed, ends trimmed.

    The same as NFC, ``translate`` of the quote marks, ``lower``, ``re.sub(r"\\s+", " ", ...)`` and
    ``strip`` (tests/test_store_identity.py keeps it so), about 4x faster; every item key of every
    import goes through here. ``replace`` per quote mark, only for non-ASCII text, instead of a
    per-character ``translate``; ``split``/``join`` split on exactly what ``\\s`` matches.
    """
    text = unicodedata.normalize("NFC", text)
    if not text.isascii():
        text = (text.replace("\u201c", '"').replace("\u201d", '"').replace("\u2018", "'")
                .replace("\u2019", "'").replace("\u00ab", '"').replace("\u00bb", '"'))
    return " ".join(text.lower().split())


def item_key(text: str, occurrence: int) -> str:
    """``"<normalised text>|<occurrence>"``; occurrence counts from 1 within the article and table."""
    return f"{normalise(text)}|{occurrence}"


def item_keys(texts: Iterable[str]) -> list[str]:
    """Item keys for a table's items of one article, in article order."""
    seen: dict[str, int] = {}
    keys = []
    for text in texts:
        norm = normalise(text)
        n = seen[norm] = seen.get(norm, 0) + 1
        keys.append(f"{norm}|{n}")
    return keys


def dup_key(text: str) -> str:
    """What makes two quotes in different articles "the same words" (syndicated copy)."""
    return hashlib.sha1(normalise(text).encode("utf-8")).hexdigest()


def content_hash(text: str, url: str | None = None) -> str:
    """The hash behind derived article ids: the URL when there is one, else the text."""
    basis = f"url:{url.strip()}" if url and url.strip() else "text:" + " ".join(text.split())
    return hashlib.sha1(basis.encode("utf-8")).hexdigest()


def article_id_for(text: str, url: str | None = None) -> str:
    """Derived article id: 12 hex digits of :func:`content_hash`."""
    return content_hash(text, url)[:12]
