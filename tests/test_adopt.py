"""A database made by ``sqlite-utils insert`` alone is adopted: tables added, id type kept."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from briefing.extract import extract
from briefing.models import Article
from store import NotABriefingDatabaseError, open_store

SQLITE_UTILS = Path(sys.executable).with_name("sqlite-utils")
TEXTS = [
    '"We will not sign a bad deal," Finance Minister Hugo Lind told reporters in Port Alder on Friday.',
    "Castamar's trade envoy, Ana Ruiz, said the first round would open in the second week of June.",
]


def sqlite_utils(*args: str | Path) -> None:
    if not SQLITE_UTILS.exists():
        pytest.skip("the sqlite-utils command is not installed next to this Python")
    subprocess.run([str(SQLITE_UTILS), *map(str, args)], check=True, capture_output=True)


def insert(tmp_path: Path, db_path: Path, ids: list) -> None:
    data = tmp_path / "x.json"
    data.write_text(json.dumps([{"id": i, "text": t} for i, t in zip(ids, TEXTS, strict=True)]))
    sqlite_utils("insert", db_path, "articles", data, "--pk", "id")


def column_types(db_path: Path, table: str) -> dict[str, str]:
    conn = sqlite3.connect(db_path)
    try:
        return {r[1]: r[2] for r in conn.execute(f"PRAGMA table_info({table})")}
    finally:
        conn.close()


@pytest.mark.parametrize(("ids", "id_type"), [(["a1", "a2"], "TEXT"), ([1, 2], "INTEGER")])
def test_sqlite_utils_database_is_adopted_and_extracted(cli, tmp_path: Path, db_path: Path, ids, id_type) -> None:
    insert(tmp_path, db_path, ids)
    assert set(column_types(db_path, "articles")) == {"id", "text"}
    assert column_types(db_path, "articles")["id"] == id_type

    res = cli("extract", "--db", db_path)
    assert res.code == 0, res.err
    assert res.out.startswith("extracted 2 articles")

    types = column_types(db_path, "articles")
    assert types["id"] == id_type  # the id type is kept
    assert {"title", "published", "extracted_at", "content_hash"} <= set(types)
    assert column_types(db_path, "quotes")["article_id"] == id_type
    conn = sqlite3.connect(db_path)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"speakers", "quotes", "numbers", "sources", "tags", "quotes_tags", "totals", "articles_fts"} <= tables
    rows = conn.execute("SELECT id, text, extracted_at FROM articles ORDER BY rowid").fetchall()
    assert [r[0] for r in rows] == ids and all(r[2] for r in rows)
    for article_id, text, _ in rows:
        found = extract(Article(id=article_id, text=text))
        stored = conn.execute("SELECT start, end, text FROM quotes WHERE article_id = ? ORDER BY start",
                              [article_id]).fetchall()
        assert stored == [(x.start, x.end, x.text) for x in sorted(found.quotes, key=lambda x: x.start)]
    # adopted rows are searchable too
    assert conn.execute("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'envoy'").fetchone()[0] == 1
    conn.close()

    # articles briefing imports into it get ids of the same type
    extra = tmp_path / "more.txt"
    extra.write_text("A third article, imported by briefing, about the ferry strike in Port Alder.\n")
    assert cli("import", extra, "--db", db_path).code == 0
    conn = sqlite3.connect(db_path)
    new_id, new_type = conn.execute("SELECT id, typeof(id) FROM articles WHERE path = ?", [str(extra)]).fetchone()
    conn.close()
    if id_type == "INTEGER":
        assert (new_id, new_type) == (3, "integer")
    else:
        assert new_type == "text" and len(new_id) == 12

    # a later sqlite-utils insert into the adopted database is picked up by extract --db
    more = tmp_path / "later.json"
    later_id = "a9" if id_type == "TEXT" else 9
    more.write_text(json.dumps([{"id": later_id, "text": '"It is over," the mayor of Port Alder said on Sunday.'}]))
    sqlite_utils("insert", db_path, "articles", more, "--pk", "id")
    res = cli("extract", "--db", db_path)
    assert res.out.startswith("extracted 1 article")
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT count(*) FROM quotes WHERE article_id = ?", [later_id]).fetchone()[0] >= 1
    assert conn.execute("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'mayor'").fetchone()[0] == 1
    conn.close()


def test_only_id_and_text_are_required(tmp_path: Path, db_path: Path) -> None:
    db = open_store(db_path)
    with db.conn:
        db.conn.execute("INSERT INTO articles (id, text) VALUES ('bare', 'Only an id and a text.')")
    db.conn.close()


def test_table_without_text_column_is_refused(tmp_path: Path, db_path: Path) -> None:
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE TABLE articles (id TEXT PRIMARY KEY, body TEXT)")
    conn.close()
    with pytest.raises(NotABriefingDatabaseError, match="needs at least an id and a text column"):
        open_store(db_path)


def test_read_only_database_without_briefing_tables_gets_a_clear_error(cli, tmp_path: Path, db_path: Path) -> None:
    insert(tmp_path, db_path, ["a1", "a2"])
    with pytest.raises(NotABriefingDatabaseError, match="read-only and lacks briefing's tables"):
        open_store(db_path, readonly=True)


def test_read_only_briefing_database_opens_for_reading(cli, tmp_path: Path, db_path: Path) -> None:
    insert(tmp_path, db_path, ["a1", "a2"])
    assert cli("extract", "--db", db_path).code == 0
    os.chmod(db_path, 0o444)
    try:
        db = open_store(db_path, readonly=True)
        assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == 2
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            db.execute("DELETE FROM articles")
        db.conn.close()
    finally:
        os.chmod(db_path, 0o644)


def test_table_inserted_without_pk_gets_unique_ids_or_a_clear_error(cli, tmp_path: Path) -> None:
    data = tmp_path / "x.json"
    data.write_text(json.dumps([{"id": i, "text": t} for i, t in zip(["a1", "a2"], TEXTS, strict=True)]))
    plain = tmp_path / "plain.db"
    sqlite_utils("insert", plain, "articles", data)  # no --pk: id is an ordinary column
    res = cli("extract", "--db", plain)
    assert res.code == 0, res.err
    conn = sqlite3.connect(plain)
    assert conn.execute("SELECT count(*) FROM quotes").fetchone()[0] >= 1
    conn.close()

    doubled = tmp_path / "doubled.db"
    sqlite_utils("insert", doubled, "articles", data)
    sqlite_utils("insert", doubled, "articles", data)  # the same ids twice
    res = cli("extract", "--db", doubled)
    assert res.code == 1 and "Traceback" not in res.err
    assert "articles.id must be unique" in res.err and "2 repeated ids" in res.err
