"""A record from JSON, JSON Lines or CSV -> :class:`Article`.

Accepted keys (first match wins, case-insensitive for CSV headers):
text/body, id, title/headline, url/link, published/date, outlet/source,
byline/author. Feeds often nest (``"source": {"name": ...}``) or list
(``"author": ["A", "B"]``) these; both are read.
"""

from __future__ import annotations

from typing import Any

from briefing.ingest.base import MAX_ARTICLE_BYTES, IngestError, megabytes
from briefing.ingest.dates import normalise_published
from briefing.models import Article

TEXT_KEYS = ("text", "body")
ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("id",),
    "title": ("title", "headline"),
    "url": ("url", "link"),
    "published": ("published", "date"),
    "outlet": ("outlet", "source"),
    "byline": ("byline", "author"),
}


def _scalar(value: Any) -> str | None:
    """A metadata value as one string: names out of dicts, lists joined."""
    if value is None:
        return None
    if isinstance(value, dict):
        for key in ("name", "title", "value"):
            if isinstance(value.get(key), str):
                return _scalar(value[key])
        return None
    if isinstance(value, list):
        parts = [p for p in (_scalar(v) for v in value) if p]
        return ", ".join(parts) or None
    if isinstance(value, bool):
        return None
    text = str(value).strip()
    return text or None


def _json_kind(value: Any) -> str:
    """What a JSON value is, in JSON's words: "a number", "an array", ..."""
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, str):
        return "a string"
    return "null" if value is None else type(value).__name__


def _get(record: dict[str, Any], keys: tuple[str, ...]) -> Any:
    for key in keys:
        if key in record and record[key] not in (None, ""):
            return record[key]
    return None


def article_from_record(record: Any, *, path: str | None, where: str) -> Article:
    """Build an article from one JSON object or CSV row; raises :class:`IngestError`."""
    if not isinstance(record, dict):
        raise IngestError(f"{where}: expected a JSON object, found {_json_kind(record)}")
    text = _get(record, TEXT_KEYS)
    if text is None:
        if any(key in record for key in TEXT_KEYS):
            raise IngestError(f"{where}: the text is empty")
        raise IngestError(f"{where}: no 'text' or 'body' field")
    if not isinstance(text, str):
        raise IngestError(f"{where}: 'text' is {_json_kind(text)}, not a string")
    if not text.strip():
        raise IngestError(f"{where}: the text is empty")
    if "\x00" in text:
        raise IngestError(f"{where}: the text contains NUL characters")
    if len(text) > MAX_ARTICLE_BYTES:
        raise IngestError(f"{where}: the text is larger than {megabytes(MAX_ARTICLE_BYTES)}")
    raw_id = _get(record, ALIASES["id"])
    if isinstance(raw_id, bool | dict | list):
        raise IngestError(f"{where}: 'id' must be a string or a number")
    if isinstance(raw_id, float):
        raw_id = int(raw_id) if raw_id.is_integer() else str(raw_id)
    if isinstance(raw_id, str):
        raw_id = raw_id.strip() or None
    return Article(
        id=raw_id,
        path=path,
        title=_scalar(_get(record, ALIASES["title"])),
        url=_scalar(_get(record, ALIASES["url"])),
        published=normalise_published(_scalar(_get(record, ALIASES["published"]))),
        outlet=_scalar(_get(record, ALIASES["outlet"])),
        byline=_scalar(_get(record, ALIASES["byline"])),
        text=text.replace("\r\n", "\n"),
    )
