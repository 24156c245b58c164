"""The shapes an import writes: item columns, sort keys, and extraction results turned into rows.

An extraction reaches the store in the compact form of :func:`store.write.prepare`
(plain tuples, item keys computed). :func:`item_rows` turns one article's
tuples into rows in :data:`INSERT_COLUMNS` order, ready for ``executemany``:
no dicts or models are built per item on this path, which runs for every
item of every import.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from briefing.identity import normalise

BATCH_ARTICLES = 200
DUP_KINDS = ("direct", "partial", "social")
METADATA = ("title", "byline", "outlet", "published", "url")
ITEM_TABLES = ("quotes", "numbers", "sources")

#: columns an extraction sets, per table (besides the span, sort_key and item_key)
EXTRACTED_COLUMNS: dict[str, tuple[str, ...]] = {
    "quotes": (
        "kind", "speaker_id", "speaker_name", "mention_text", "mention_start", "mention_end",
        "cue_text", "cue_start", "cue_end", "group_id", "dup_key",
    ),
    "numbers": ("value", "value_max", "from_value", "unit", "kind", "context", "date"),
    "sources": ("name", "kind"),
}
SPAN_COLUMNS = ("start", "end", "text")
#: a name in ``corrected`` protects these columns
CORRECTION_GROUPS: dict[str, tuple[str, ...]] = {
    "start": SPAN_COLUMNS,
    "end": SPAN_COLUMNS,
    "text": SPAN_COLUMNS,
    "span": SPAN_COLUMNS,
    "speaker": ("speaker_id", "speaker_name"),
    "speaker_id": ("speaker_id", "speaker_name"),
    "speaker_name": ("speaker_id", "speaker_name"),
    "mention": ("mention_text", "mention_start", "mention_end"),
    "cue": ("cue_text", "cue_start", "cue_end"),
}

#: the fields of each prepared item, per table (see :func:`store.write.prepare`)
PREPARED_FIELDS: dict[str, tuple[str, ...]] = {
    "quotes": ("item_key", "start", "end", "text", "kind", "speaker_name", "mention_text", "mention_start",
               "mention_end", "cue_text", "cue_start", "cue_end", "group", "dup_key", "review"),
    "numbers": ("item_key", "start", "end", "text", "value", "value_max", "from_value", "unit", "kind",
                "context", "date", "review"),
    "sources": ("item_key", "start", "end", "text", "name", "kind", "review"),
}

REVIEW_FIELDS = ("status", "note", "reviewed_at", "reviewed_by")
#: the columns of an item row, in the order :func:`item_rows` builds them and ``INSERT`` lists them
INSERT_COLUMNS: dict[str, tuple[str, ...]] = {
    table: ("id", "article_id", "origin", "start", "end", "text", "item_key", "sort_key", *extracted,
            *REVIEW_FIELDS, *(("copy_of",) if table == "quotes" else ()))
    for table, extracted in EXTRACTED_COLUMNS.items()
}
COL: dict[str, dict[str, int]] = {t: {c: i for i, c in enumerate(cols)} for t, cols in INSERT_COLUMNS.items()}
_PENDING = ("pending", None, None, None, ())


@dataclass
class Target:
    """Where one incoming article goes."""

    item: Any  # store.write.Incoming
    status: str  # new | same | changed
    article_id: Any
    rowid: int
    published: str | None
    row: dict | None = None


def sort_key(published: str | None, article_rowid: int, start: int) -> str:
    """``"<published or 9999>|<article rowid, 12 digits>|<start, 9 digits>"``: article order, then position.

    The same format as :func:`store.review.sort_key` (manual items); a test keeps them equal.
    """
    return f"{sort_prefix(published, article_rowid)}{start:09d}"


def sort_prefix(published: str | None, rowid: int) -> str:
    return f"{published or '9999'}|{rowid:012d}|"


@lru_cache(maxsize=8192)
def speaker_key(name: str) -> str:
    """Speakers are one row per normalised name."""
    return normalise(name)


def dup_key_of(item_key: str) -> str:
    """:func:`briefing.identity.dup_key` from an item key (its normalised text is already there)."""
    return hashlib.sha1(item_key.rpartition("|")[0].encode("utf-8")).hexdigest()


def item_rows(t: Target, table: str, speaker_ids: dict[str, int]) -> list[tuple[list, tuple]]:
    """``(row, tags)`` for each item of one table of one article, in article order.

    ``row`` follows :data:`INSERT_COLUMNS`; its ``id`` (and a quote's ``copy_of``) are filled in later.
    """
    ex = t.item.extraction
    aid, origin = t.article_id, t.item.origin
    prefix = sort_prefix(t.published, t.rowid)
    out = []
    if table == "quotes":
        for key, s, e, text, kind, spk, mt, ms, me, ct, cs, ce, group, dk, review in ex["quotes"]:
            status, note, at, by, tags = review or _PENDING
            sid = speaker_ids.get(speaker_key(spk)) if spk else None
            gid = f"{aid}:{group}" if group else None
            out.append(([None, aid, origin, s, e, text, key, f"{prefix}{s:09d}", kind, sid, spk, mt, ms, me,
                         ct, cs, ce, gid, dk, status, note, at, by, None], tags))
    else:
        for item in ex[table]:
            status, note, at, by, tags = item[-1] or _PENDING
            key, s, e, text = item[:4]
            out.append(([None, aid, origin, s, e, text, key, f"{prefix}{s:09d}", *item[4:-1],
                         status, note, at, by], tags))
    return out


def dict_row(cursor, row) -> dict:
    return {d[0]: v for d, v in zip(cursor.description, row, strict=True)}


def chunks(seq: Sequence, n: int) -> Iterator[list]:
    seq = list(seq)
    for i in range(0, len(seq), n):
        yield seq[i : i + n]
