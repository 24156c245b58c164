"""JSON and JSON Lines: objects, arrays, streams, errors by line, bounded memory, extraction files."""

from __future__ import annotations

import io
import json
import tracemalloc
from pathlib import Path

import pytest

from briefing.ingest import IngestError, expand
from briefing.ingest.jsonfile import iter_json_values, iter_jsonl_values

TEXT = 'Veloria\'s envoy said the talks were "frank and long", according to the Harbour Ledger.'


def records(path: Path):
    (inp,) = list(expand([str(path)]))
    n = inp.count()
    got = list(inp.records())
    assert len(got) == n
    return got


def test_object_array_and_key_aliases(tmp_path: Path) -> None:
    one = tmp_path / "one.json"
    one.write_text(json.dumps({"id": "a-1", "text": TEXT, "title": "Envoy", "url": "https://x.example/a",
                               "published": "May 2, 2026", "outlet": "The Ledger", "byline": "Ana Ruiz"}))
    (r,) = records(one)
    a = r.article
    assert (a.id, a.title, a.url, a.published, a.outlet, a.byline, a.text) == (
        "a-1", "Envoy", "https://x.example/a", "2026-05-02", "The Ledger", "Ana Ruiz", TEXT)
    assert r.format == "json"

    many = tmp_path / "many.json"
    many.write_text(json.dumps([
        {"id": 7, "body": "First body.", "date": "2026-06-14T09:00:00Z", "source": {"name": "Port Wire"},
         "author": ["A. Vell", "B. Ruiz"], "headline": "First"},
        {"text": "Second text.\r\nWith CRLF.", "link": "https://x.example/b"},
    ], indent=2))
    first, second = records(many)
    assert (first.article.id, first.article.text, first.article.published) == (7, "First body.", "2026-06-14T09:00:00Z")
    assert (first.article.outlet, first.article.byline, first.article.title) == ("Port Wire", "A. Vell, B. Ruiz", "First")
    assert (second.article.id, second.article.url, second.article.text) == (None, "https://x.example/b", "Second text.\nWith CRLF.")


def test_objects_one_after_another_in_a_json_file(tmp_path: Path) -> None:
    path = tmp_path / "stream.json"
    path.write_text('{"text": "one"}\n{"text": "two"} {"text": "three"}')
    assert [r.article.text for r in records(path)] == ["one", "two", "three"]


def test_jsonl_blank_lines_and_where(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text('{"id": "x", "text": "one"}\n\n{"id": "y", "text": "two"}\n')
    got = records(path)
    assert [(r.article.id, r.where) for r in got] == [("x", "line 1"), ("y", "line 3")]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("trunc.json", '[{"text": "one"},\n {"text": "tw', r"line 2: truncated JSON"),
        ("open.json", '[{"text": "one"},\n {"text": "two"}\n', r"line 3: truncated JSON: the array is not closed"),
        ("comma.json", '[{"text": "one"}\n {"text": "two"}]', r"line 2: malformed JSON \(expected ',' or ']'"),
        ("bad.json", '[\n{"text": "one"},\n{"text": nope}\n]', r"line 3: malformed JSON"),
        ("after.json", '[{"text": "one"}] trailing', r"unexpected content after the JSON array"),
        ("notext.json", '[{"text": "one"}, {"title": "no text"}]', r"line 1: no 'text' or 'body' field"),
        ("num.json", '[{"text": 12}]', r"'text' is a number, not a string"),
        ("scalar.json", '["just a string"]', r"expected a JSON object"),
        ("emptytext.json", '{"text": "   "}', r"the text is empty"),
        ("empty.json", "[]", r"no articles in the file"),
        ("bad.jsonl", '{"text": "one"}\n{"text": "two",}\n', r"line 2: malformed JSON"),
        ("trunc.jsonl", '{"text": "one"}\n{"text": "tw', r"line 2: truncated JSON"),
        ("array.jsonl", '[{"text": "one"}]\n', r"line 1: expected a JSON object, found an array"),
    ],
)
def test_bad_json_says_which_line(tmp_path: Path, name: str, content: str, message: str) -> None:
    path = tmp_path / name
    path.write_text(content)
    (inp,) = list(expand([str(path)]))
    with pytest.raises(IngestError, match=message):
        inp.count()


class GeneratedArray(io.RawIOBase):
    """A JSON array of ``n`` articles, produced on the fly: never held in memory whole."""

    def __init__(self, n: int, *, lines: bool = False) -> None:
        self.n, self.i, self.lines = n, 0, lines
        self.pending = b"" if lines else b"["

    def readable(self) -> bool:
        return True

    def readinto(self, buf) -> int:
        while len(self.pending) < len(buf) and self.i <= self.n:
            if self.i == self.n:
                self.pending += b"" if self.lines else b"]"
            else:
                sep = b"\n" if self.lines else (b"," if self.i else b"")
                body = json.dumps({"id": f"gen-{self.i}", "text": TEXT + " " + "x" * 2000}).encode()
                self.pending += (body + sep) if self.lines else (sep + body)
            self.i += 1
        n = min(len(buf), len(self.pending))
        buf[:n] = self.pending[:n]
        self.pending = self.pending[n:]
        return n


@pytest.mark.parametrize("lines", [False, True])
def test_large_json_streams_in_bounded_memory(lines: bool) -> None:
    n = 25_000  # about 55 MB of JSON
    stream = io.TextIOWrapper(io.BufferedReader(GeneratedArray(n, lines=lines)), encoding="utf-8")
    reader = iter_jsonl_values(stream) if lines else iter_json_values(stream)
    tracemalloc.start()
    try:
        count = 0
        last = None
        for _line, value in reader:
            count += 1
            last = value
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == n and last["id"] == f"gen-{n - 1}"
    assert peak < 8 * 1024 * 1024, f"peak {peak} bytes: the reader is holding the input"


def test_one_huge_value_is_read_in_linear_time() -> None:
    # a single 20 MB article inside an array: the buffer doubles instead of re-reading per chunk
    big = {"text": "word " * 4_000_000}
    stream = io.StringIO(json.dumps([big, {"text": "after"}]))
    got = [v["text"][:5] for _, v in iter_json_values(stream)]
    assert got == ["word ", "after"]


def extraction_line(text: str, **extra) -> dict:
    start = text.index("frank")
    return {
        "article": {"id": "ex-1", "text": text, "title": "Envoy"},
        "quotes": [{"text": "frank and long", "start": start, "end": start + 14, "kind": "partial",
                    "speaker": "Ana Ruiz", "speaker_mention": None, "cue": None, "group": None}],
        "speakers": [{"name": "Ana Ruiz", "role": "envoy", "organization": None, "aliases": ["Ruiz"]}],
        "numbers": [],
        "sources": [],
        **extra,
    }


def test_extraction_records_are_read_with_their_items(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    path.write_text(json.dumps(extraction_line(TEXT)) + "\n")
    (r,) = records(path)
    assert r.format == "extract"
    assert r.extraction is not None and r.extraction.quotes[0].text == "frank and long"
    assert r.article.id == "ex-1" and r.article.path == str(path)


def test_extraction_record_with_a_wrong_span_is_refused(tmp_path: Path) -> None:
    bad = extraction_line(TEXT)
    bad["quotes"][0]["start"] += 1
    path = tmp_path / "out.jsonl"
    path.write_text(json.dumps(bad) + "\n")
    (inp,) = list(expand([str(path)]))
    with pytest.raises(IngestError, match="line 1: quotes item 1 does not match the article text"):
        inp.count()
