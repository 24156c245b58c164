"""Issue 7, case 7: generated input through the whole import, not just the readers.

``tests/test_ingest_fuzz.py`` feeds each reader random bytes and values and
``tests/test_extract_properties.py`` feeds extraction random text. Here
hypothesis builds folders of damaged files (good articles truncated, bytes
flipped, spliced with noise, hostile text) and runs ``briefing import`` on
them: the command may only succeed or fail with its own one-line messages,
never a traceback; what it stores is consistent (every item exactly at its
offsets, totals right) and holds nothing of a file it reported as failed.
Extraction records (``briefing extract --json`` lines) are mutated the same
way: read as given, or refused with an :class:`IngestError`.
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.cli import main
from briefing.extract import extract
from briefing.ingest import IngestError, expand
from briefing.models import Article

SETTINGS = settings(max_examples=60, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

SENTENCES = [
    '"We will not sign a bad deal," Finance Minister Hugo Lind told reporters on Friday.',
    "Tariffs fell from 25% to 15%, according to the Harbour Ledger.",
    "Exports rose by 3.1 million tonnes, officials familiar with the talks said.",
    "\u201cIt is a start,\u201d said Ines Brandt, who leads the dockworkers' union.",
    "Hostile \x1b[2J text\x07 with \u202eoverrides\u202c, [b]markup[/b], <i>tags</i> and \U0001f600.",
    "\u05e9\u05dc\u05d5\u05dd \u05e2\u05d5\u05dc\u05dd, the envoy wrote on X.",
]
FORMATS = ["txt", "md", "html", "json", "jsonl", "csv"]


def render(fmt: str, texts: list[str]) -> bytes:
    """Good files of each format, before damage."""
    if fmt in ("txt", "md"):
        return ("Title line\n\n" + "\n\n".join(texts) + "\n").encode()
    if fmt == "html":
        body = "".join(f"<p>{t}</p>" for t in texts)
        return f"<html><head><title>T</title></head><body><article>{body}</article></body></html>".encode()
    records = [{"id": f"r{i}", "title": f"T{i}", "text": t} for i, t in enumerate(texts)]
    if fmt == "json":
        return json.dumps(records, ensure_ascii=False).encode()
    if fmt == "jsonl":
        return "\n".join(json.dumps(r, ensure_ascii=False) for r in records).encode() + b"\n"
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=["id", "title", "text"])
    w.writeheader()
    w.writerows(records)
    return buf.getvalue().encode()


@st.composite
def damaged_file(draw) -> tuple[str, bytes]:
    fmt = draw(st.sampled_from(FORMATS))
    texts = draw(st.lists(st.sampled_from(SENTENCES) | st.text(min_size=1, max_size=80), min_size=1, max_size=4))
    data = bytearray(render(fmt, [t.replace("\x00", "") for t in texts]))
    for _ in range(draw(st.integers(0, 3))):
        damage = draw(st.sampled_from(["truncate", "flip", "splice", "drop"]))
        if not data:
            break
        at = draw(st.integers(0, len(data) - 1))
        if damage == "truncate":
            del data[at:]
        elif damage == "flip":
            data[at] = draw(st.integers(0, 255))
        elif damage == "splice":
            data[at:at] = draw(st.binary(min_size=1, max_size=12))
        else:
            del data[at:at + draw(st.integers(1, 20))]
    return fmt, bytes(data)


def _rows(db: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


@settings(SETTINGS, max_examples=150)
@given(files=st.lists(damaged_file(), min_size=1, max_size=5))
def test_import_of_damaged_folders_fails_only_with_its_own_messages(capsys, files) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "in"
        root.mkdir()
        for i, (fmt, data) in enumerate(files):
            (root / f"f{i}.{fmt}").write_bytes(data)
        db = Path(tmp) / "b.db"
        capsys.readouterr()
        code = main(["import", str(root), "--db", str(db)])
        out, err = capsys.readouterr()

        assert code in (0, 1)
        assert "Traceback" not in err
        for line in err.splitlines():
            assert line.startswith(f"briefing: {root}/f"), line  # every message names its file
            assert "\x1b" not in line and "\x07" not in line and "\u202e" not in line
        failed = {line.split(": ", 2)[1] for line in err.splitlines() if ": warning: " not in line}
        assert (code == 1) == bool(failed)
        assert out.strip().endswith(f"{len(failed)} failed")

        stored = {path for (path,) in _rows(db, "SELECT DISTINCT path FROM articles")}
        assert not stored & failed  # nothing of a file reported as failed
        assert _rows(db, "PRAGMA integrity_check") == [("ok",)]
        for table in ("quotes", "numbers", "sources"):
            assert _rows(db, f"SELECT count(*) FROM {table} AS t JOIN articles AS a ON a.id = t.article_id "
                             f"WHERE substr(a.text, t.start + 1, t.end - t.start) != t.text") == [(0,)]
        shown = _rows(db, "SELECT coalesce(sum(n), 0) FROM totals WHERE kind = 'quotes'")[0][0]
        assert shown == _rows(db, "SELECT count(*) FROM quotes WHERE copy_of IS NULL")[0][0]


def _extraction_record(text: str) -> dict:
    return json.loads(json.dumps(extract(Article(id="x1", text=text)).to_json_dict()))


@st.composite
def mutated_record(draw) -> dict:
    text = " ".join(draw(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=3)))
    record = _extraction_record(text)
    for _ in range(draw(st.integers(1, 3))):
        table = draw(st.sampled_from(["quotes", "numbers", "sources", "article", "speakers"]))
        target = record[table]
        if isinstance(target, list):
            if not target:
                continue
            target = target[draw(st.integers(0, len(target) - 1))]
        key = draw(st.sampled_from(sorted(target) + ["start", "end", "text"]))
        target[key] = draw(st.none() | st.integers(-5, 400) | st.text(max_size=10) | st.booleans()
                           | st.just(text[:5]) | st.lists(st.integers(), max_size=2))
    return record


@settings(SETTINGS, max_examples=200)
@given(record=mutated_record())
def test_mutated_extraction_records_are_read_exactly_or_refused(record: dict) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "ex.jsonl"
        path.write_text(json.dumps(record) + "\n", encoding="utf-8")
        (inp,) = list(expand([str(path)]))
        try:
            inp.count()
            (rec,) = list(inp.records())
        except IngestError as exc:
            assert str(exc) and "\n" not in str(exc)
            return
        text = rec.article.text
        if rec.extraction is not None:
            ex = rec.extraction
            for item in [*ex.quotes, *ex.numbers, *ex.sources]:
                assert text[item.start:item.end] == item.text
            for q in ex.quotes:
                for span in (q.speaker_mention, q.cue):
                    if span is not None:
                        assert text[span.start:span.end] == span.text


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4),
    max_leaves=10,
)


@settings(SETTINGS, max_examples=200)
@given(values=st.lists(JSON_VALUES, max_size=6), chunk=st.integers(1, 40), indent=st.sampled_from([None, 1]),
       cut=st.integers(0, 10_000))
def test_streamed_json_reads_what_json_loads_reads_at_any_chunk_size(values, chunk: int, indent, cut: int) -> None:
    """The incremental reader refills its buffer mid-value: tiny chunks put every boundary everywhere."""
    from unittest import mock

    from briefing.ingest import jsonfile

    whole = json.dumps(values, indent=indent, ensure_ascii=False)
    with mock.patch.object(jsonfile, "CHUNK", chunk):
        got = [v for _, v in jsonfile.iter_json_values(io.StringIO(whole))]
        assert got == values
        cut_text = whole[: cut % (len(whole) + 1)]
        try:
            json.loads(cut_text)
            whole_ok = True
        except json.JSONDecodeError:
            whole_ok = False
        try:
            list(jsonfile.iter_json_values(io.StringIO(cut_text)))
            stream_ok = True
        except IngestError as exc:
            assert str(exc).startswith("line ") and "\n" not in str(exc)
            stream_ok = False
        # a cut document is refused unless it is still whole JSON (or empty: no articles)
        assert stream_ok == (whole_ok or not cut_text.strip())
