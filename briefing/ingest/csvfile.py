"""CSV: a ``text`` (or ``body``) column plus optional id, title, url, published, outlet, byline.

Rows stream one at a time. The reader is strict, so an unclosed quote is an
error (naming the line where the row began) rather than one giant field
swallowing the rest of the file. Spreadsheet exports that separate columns
with ``;`` or a tab are read too (the header says which).
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from itertools import chain
from typing import TextIO

from briefing.ingest.base import MAX_ARTICLE_BYTES, IngestError, Record, megabytes
from briefing.ingest.fields import TEXT_KEYS, article_from_record

csv.field_size_limit(MAX_ARTICLE_BYTES)


def _delimiter(header: str) -> str:
    """``,`` unless the header only names a text column when split on ``;`` or a tab (spreadsheet exports)."""
    def names(sep: str) -> list[str]:
        return [h.strip().strip('"').lstrip("\ufeff").lower() for h in header.split(sep)]

    if any(key in names(",") for key in TEXT_KEYS):
        return ","
    for sep in (";", "\t"):
        if any(key in names(sep) for key in TEXT_KEYS):
            return sep
    return ","


def iter_csv_records(stream: TextIO, *, path: str | None) -> Iterator[Record]:
    lines = iter(stream)
    first = next(lines, "")
    reader = csv.reader(chain([first], lines), delimiter=_delimiter(first), strict=True)
    row_start = 1
    try:
        header = next(reader, None)
        if header is None:
            raise IngestError("empty file: no header row")
        names = [h.strip().lstrip("\ufeff").lower() for h in header]
        if not any(key in names for key in TEXT_KEYS):
            shown = ", ".join(h for h in names[:8] if h) or "none"
            raise IngestError(f"no 'text' or 'body' column (columns: {shown})")
        row_start = reader.line_num + 1
        for row in reader:
            if not row or not any(cell.strip() for cell in row):
                row_start = reader.line_num + 1
                continue
            if len(row) > len(names):
                raise IngestError(f"line {row_start}: {len(row)} fields but the header names {len(names)}")
            record = {name: cell for name, cell in zip(names, row, strict=False) if name}
            where = f"line {row_start}"
            yield Record(article_from_record(record, path=path, where=where), "csv", where=where)
            row_start = reader.line_num + 1
    except csv.Error as exc:
        msg = str(exc)
        if "unexpected end of data" in msg:
            msg = "unclosed quote: the quoted field never ends"
        elif "field larger than field limit" in msg:
            msg = f"a field runs past {megabytes(MAX_ARTICLE_BYTES)} (an unclosed quote?)"
        elif "NUL" in msg:
            msg = "contains NUL bytes: a binary file, not text"
        raise IngestError(f"line {row_start}: {msg}") from None
