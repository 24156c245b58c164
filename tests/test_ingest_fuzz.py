"""Generated input: every reader either yields articles or raises IngestError, nothing else."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.ingest import IngestError, expand

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.sampled_from(
        ["id", "text", "body", "title", "url", "published", "date", "outlet", "source", "byline", "author",
         "article", "quotes"]) | st.text(max_size=5), inner, max_size=5),
    max_leaves=12,
)


def read_all(name: str, data: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_bytes(data)
        (inp,) = list(expand([str(path)]))
        try:
            n = inp.count()
            records = list(inp.records())
        except IngestError as exc:
            message = str(exc)
            assert message and "\n" not in message and "Traceback" not in message
            return
        assert len(records) == n >= 1
        for r in records:
            assert isinstance(r.article.text, str) and r.article.text.strip()
            if r.extraction is not None:
                for q in r.extraction.quotes:
                    assert r.article.text[q.start:q.end] == q.text


@SETTINGS
@given(st.binary(max_size=400), st.sampled_from(["a.txt", "a.md", "a.json", "a.jsonl", "a.csv", "a.html", "a"]))
def test_random_bytes(data: bytes, name: str) -> None:
    read_all(name, data)


@SETTINGS
@given(st.text(max_size=300), st.sampled_from(["a.txt", "a.md", "a.csv", "a.html", "a.jsonl"]))
def test_random_text(text: str, name: str) -> None:
    read_all(name, text.encode("utf-8", "surrogatepass"))


@SETTINGS
@given(json_values, st.booleans())
def test_random_json(value, as_lines: bool) -> None:
    if as_lines:
        items = value if isinstance(value, list) else [value]
        read_all("a.jsonl", "\n".join(json.dumps(v) for v in items).encode())
    else:
        read_all("a.json", json.dumps(value).encode())


@SETTINGS
@given(st.lists(st.lists(st.text(max_size=20), max_size=4), max_size=5), st.sampled_from(["text", "body", "id"]))
def test_random_csv_rows(rows: list[list[str]], first: str) -> None:
    import csv
    import io

    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow([first, "title"])
    w.writerows(rows)
    read_all("a.csv", buf.getvalue().encode("utf-8", "surrogatepass"))
