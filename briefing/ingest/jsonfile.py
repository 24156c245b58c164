"""JSON (an object, an array of objects, or objects one after another) and JSON Lines.

Both stream: a 2 GB array is read one element at a time, never loaded whole.
:func:`iter_json_values` is a small incremental reader over the standard
library's C-accelerated ``JSONDecoder.raw_decode``: it keeps a buffer of the
text not yet parsed and grows it only while a value is incomplete, so memory
is bounded by the largest single article. (We wrote it rather than add
ijson: it is 80 lines, needs no compiled dependency, and reports errors by
line number, which is what a user needs to fix a file.)

A line or element with ``"article"`` and ``"quotes"`` keys is a record of
``briefing extract --json``: it is read with its items, which are checked
against the article text.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, TextIO

from pydantic import ValidationError

from briefing.ingest.base import MAX_ARTICLE_BYTES, IngestError, Record, megabytes
from briefing.ingest.fields import article_from_record
from briefing.models import ArticleExtraction

_DECODER = json.JSONDecoder()
_WS = " \t\n\r"
CHUNK = 1 << 16


def _brief(exc: json.JSONDecodeError, *, column: bool = False) -> str:
    """The decoder's complaint, readable without its position ("Unterminated string starting at")."""
    msg = exc.msg.removesuffix(" starting at").removesuffix(" at")
    msg = msg[:1].lower() + msg[1:]
    return f"{msg}, column {exc.colno}" if column else msg


_NUMBER_CHARS = "0123456789.eE+-"


def _number_may_go_on(value: Any, buf: str, end: int) -> bool:
    """A number read up to the end of the buffer may be cut short: "12" of "12345", "0" of "0.5"."""
    if not isinstance(value, int | float) or isinstance(value, bool):
        return False
    return not buf[end:].strip(_NUMBER_CHARS)


def iter_json_values(stream: TextIO) -> Iterator[tuple[int, Any]]:
    """Yield ``(line, value)`` for each element of a top-level array, or each top-level value.

    Raises :class:`IngestError` naming the line of a malformed or truncated value.
    """
    buf = stream.read(CHUNK)
    pos = 0
    line = 1  # line number at ``pos``
    eof = not buf
    in_array = False
    started = False

    def skip_ws() -> None:
        nonlocal buf, pos, line, eof
        while True:
            n = len(buf)
            while pos < n and buf[pos] in _WS:
                if buf[pos] == "\n":
                    line += 1
                pos += 1
            if pos < n or eof:
                return
            buf, pos = stream.read(CHUNK), 0
            eof = not buf

    def peek() -> str:
        skip_ws()
        return buf[pos] if pos < len(buf) else ""

    while True:
        ch = peek()
        if not started:
            started = True
            if ch == "[":
                in_array = True
                pos += 1
                if peek() == "]":
                    pos += 1
                    ch = peek()
                    if ch:
                        raise IngestError(f"line {line}: unexpected content after the JSON array")
                    return
                continue
        if ch == "":
            if in_array:
                raise IngestError(f"line {line}: truncated JSON: the array is not closed with ']'")
            return
        value_line = line
        # Parse one value, reading more while it is incomplete (doubling, so O(n) overall).
        want = CHUNK
        while True:
            try:
                value, end = _DECODER.raw_decode(buf, pos)
            except json.JSONDecodeError as exc:
                if eof:
                    where = value_line + buf.count("\n", pos, exc.pos)
                    kind = "truncated JSON" if exc.pos >= len(buf) - 1 or "Unterminated" in exc.msg else "malformed JSON"
                    raise IngestError(f"line {where}: {kind} ({_brief(exc)})") from None
                if len(buf) - pos > MAX_ARTICLE_BYTES + CHUNK:
                    raise IngestError(
                        f"line {value_line}: malformed JSON, or one record larger than "
                        f"{megabytes(MAX_ARTICLE_BYTES)} ({_brief(exc)})"
                    ) from None
            else:
                if eof or not _number_may_go_on(value, buf, end):
                    break
            more = stream.read(max(want, len(buf) - pos))
            want *= 2
            if not more:
                eof = True
            buf = buf[pos:] + more
            pos = 0
        line += buf.count("\n", pos, end)
        pos = end
        if pos > CHUNK:  # drop what is parsed
            buf, pos = buf[pos:], 0
        yield value_line, value
        if in_array:
            ch = peek()
            if ch == ",":
                pos += 1
            elif ch == "]":
                pos += 1
                if peek():
                    raise IngestError(f"line {line}: unexpected content after the JSON array")
                return
            elif ch == "":
                raise IngestError(f"line {line}: truncated JSON: the array is not closed with ']'")
            else:
                raise IngestError(f"line {line}: malformed JSON (expected ',' or ']' between array items)")


def iter_jsonl_values(stream: TextIO) -> Iterator[tuple[int, Any]]:
    """Yield ``(line, value)`` for each non-blank line of JSON Lines."""
    for number, text in enumerate(stream, start=1):
        if not text.strip():
            continue
        if len(text) > MAX_ARTICLE_BYTES + CHUNK:
            raise IngestError(f"line {number}: one record larger than {megabytes(MAX_ARTICLE_BYTES)}")
        text = text.rstrip("\r\n")  # a line cut inside a string is unterminated, not a "control character"
        try:
            value = json.loads(text)
        except json.JSONDecodeError as exc:
            truncated = "Unterminated" in exc.msg or exc.pos >= len(text.rstrip())
            kind = "truncated JSON" if truncated else "malformed JSON"
            raise IngestError(f"line {number}: {kind} ({_brief(exc, column=True)})") from None
        yield number, value


def is_extraction(value: Any) -> bool:
    return isinstance(value, dict) and "article" in value and "quotes" in value


def record_from_value(value: Any, *, line: int, path: str | None, fmt: str) -> Record:
    """One JSON value -> :class:`Record` (an article, or an article with its extraction)."""
    where = f"line {line}"
    if is_extraction(value):
        ex = _extraction(value, where, path)
        return Record(ex.article, "extract", extraction=ex, where=where)
    return Record(article_from_record(value, path=path, where=where), fmt, where=where)


def _extraction(value: dict, where: str, path: str | None) -> ArticleExtraction:
    if not isinstance(value.get("article"), dict):
        raise IngestError(f"{where}: 'article' must be an object")
    try:
        ex = ArticleExtraction.model_validate(value)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = ".".join(str(p) for p in err["loc"])
        raise IngestError(f"{where}: not a valid extraction record ({loc}: {err['msg']})") from None
    text = ex.article.text
    if not text.strip():
        raise IngestError(f"{where}: the article text is empty")
    for table in ("quotes", "numbers", "sources"):
        for i, item in enumerate(getattr(ex, table), start=1):
            spans = [item]
            if table == "quotes":
                spans += [s for s in (item.speaker_mention, item.cue) if s is not None]
            for span in spans:
                if not (0 <= span.start <= span.end <= len(text)) or text[span.start : span.end] != span.text:
                    raise IngestError(
                        f"{where}: {table} item {i} does not match the article text at {span.start}:{span.end}"
                    )
    if ex.article.path is None:
        ex.article.path = path
    return ex
