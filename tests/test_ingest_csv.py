"""CSV: a text or body column with optional metadata columns; strict about broken quoting."""

from __future__ import annotations

import csv
import io
import tracemalloc
from pathlib import Path

import pytest

from briefing.ingest import IngestError, expand
from briefing.ingest.csvfile import iter_csv_records


def records(path: Path):
    (inp,) = list(expand([str(path)]))
    n = inp.count()
    got = list(inp.records())
    assert len(got) == n
    return got


def test_columns_and_multiline_fields(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["ID", " Title ", "url", "published", "outlet", "byline", "Text", "extra"])
        w.writerow(["c1", "Envoys meet", "https://x.example/c1", "2026-06-14", "Port Wire", "Ana Ruiz",
                    'First paragraph.\n\n"Quoted," she said.', "ignored"])
        w.writerow(["", "", "", "", "", "", "Second article.", ""])
    first, second = records(path)
    a = first.article
    assert (a.id, a.title, a.url, a.published, a.outlet, a.byline) == (
        "c1", "Envoys meet", "https://x.example/c1", "2026-06-14", "Port Wire", "Ana Ruiz")
    assert a.text == 'First paragraph.\n\n"Quoted," she said.'
    assert first.where == "line 2" and second.where == "line 5"  # the multi-line field spans lines 2-4
    assert second.article.id is None and second.article.title is None
    assert first.format == "csv"


def test_body_column_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "b.csv"
    path.write_text("id,body\nb1,Body text here.\n", encoding="utf-8")
    (r,) = records(path)
    assert (r.article.id, r.article.text) == ("b1", "Body text here.")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("id,title\n1,No text column\n", r"no 'text' or 'body' column \(columns: id, title\)"),
        ('id,text\n1,"an unclosed quote\n2,next row\n', r"line 2: unclosed quote"),
        ('id,text\n1,ok\n2,"bad "quote" here"\n', r"line 3: ',' expected after"),
        ("id,text\n1,ok\n2,\n", r"line 3: the text is empty"),
        ("id,text\n1,ok,surplus\n", r"line 2: 3 fields but the header names 2"),
        ("id,text\n", r"no articles in the file"),
    ],
)
def test_bad_csv_says_what_and_where(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(content, encoding="utf-8")
    (inp,) = list(expand([str(path)]))
    with pytest.raises(IngestError, match=message):
        inp.count()


def test_large_csv_streams_in_bounded_memory() -> None:
    class Rows(io.TextIOBase):
        def __init__(self, n: int) -> None:
            self.n, self.i = n, -1

        def __iter__(self):
            return self

        def __next__(self) -> str:
            self.i += 1
            if self.i == 0:
                return "id,text\n"
            if self.i > self.n:
                raise StopIteration
            return f'r{self.i},"Row {self.i} says ""hello"" {"y" * 2000}"\n'

    tracemalloc.start()
    try:
        count = sum(1 for _ in iter_csv_records(Rows(25_000), path=None))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 25_000
    assert peak < 8 * 1024 * 1024
