"""Stable identities: article ids and item keys that survive re-import and re-extraction."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable

_QUOTES = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'", "\u00ab": '"', "\u00bb": '"'})
_SPACE = re.compile(r"\s+")


def normalise(text: str) -> str:
    """Lower-case, NFC, quote marks unified, whitespace collapsed, ends trimmed."""
    text = unicodedata.normalize("NFC", text).translate(_QUOTES).lower()
    return _SPACE.sub(" ", text).strip()


def item_key(text: str, occurrence: int) -> str:
    """``"<normalised text>|<occurrence>"``; occurrence counts from 1 within the article and table."""
    return f"{normalise(text)}|{occurrence}"


def item_keys(texts: Iterable[str]) -> list[str]:
    """Item keys for a table's items of one article, in article order."""
    seen: Counter[str] = Counter()
    keys = []
    for text in texts:
        norm = normalise(text)
        seen[norm] += 1
        keys.append(f"{norm}|{seen[norm]}")
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
