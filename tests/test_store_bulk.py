"""Big import batches suspend the per-row insert triggers; everyone else's rows are still indexed and counted.

See store/bulk.py: inside briefing's write transaction the recognised
``AFTER INSERT`` triggers are dropped, their work is done once per statement,
and they are re-created before the commit. These tests check what another
program (sqlite-utils, Datasette, the app) would notice: the triggers are
there whenever it looks, its own writes keep totals, speaker counts and the
search index right, and a trigger someone changed keeps firing.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database
from test_store_write import TEXT_A, TEXT_B, assert_consistent, extraction_a, extraction_b, rows

import store.write
import store.write_items
from briefing.models import Article
from store import open_store
from store.schema import SCHEMA_VERSION, _v1, recount_totals
from store.write import Incoming, save_batch


@pytest.fixture(autouse=True)
def always_suspend(monkeypatch: pytest.MonkeyPatch) -> None:
    """These small batches take the bulk path a big import takes."""
    monkeypatch.setattr(store.write, "SUSPEND_MIN_ROWS", 0)


@pytest.fixture
def db(db_path: Path):
    database = open_store(db_path)
    yield database
    database.conn.close()


def triggers(conn: sqlite3.Connection) -> dict[str, str]:
    return dict(conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall())


def save_ab(db) -> None:
    a, b = Article(id="a", text=TEXT_A), Article(id="b", text=TEXT_B)
    save_batch(db, [Incoming(a, "txt", extraction_a(a)), Incoming(b, "txt", extraction_b(b))])


def pending(db, kind: str) -> int:
    row = db.execute("SELECT n FROM totals WHERE kind = ? AND status = 'pending'", [kind]).fetchone()
    return row[0] if row else 0


def test_after_a_bulk_batch_other_writers_rows_are_indexed_and_counted(db, db_path: Path) -> None:
    before = triggers(db.conn)
    save_ab(db)
    assert triggers(db.conn) == before  # every trigger back, word for word
    assert_consistent(db)
    speaker_id, count = db.execute("SELECT id, quote_count FROM speakers").fetchone()
    quotes, numbers = pending(db, "quotes"), pending(db, "numbers")

    # another program writes the way sqlite-utils does: plain INSERTs on its own connection
    other = Database(db_path)
    other["quotes"].insert({"article_id": "a", "item_key": "tariffs will rise|1", "start": 0, "end": 5,
                            "text": "Tariffs will rise", "speaker_id": speaker_id})
    other["numbers"].insert({"article_id": "a", "item_key": "25%|2", "start": 0, "end": 3, "text": "25%"})
    other["articles"].insert({"id": "c", "text": "Harbour dues doubled overnight."})
    other.conn.close()

    assert (pending(db, "quotes"), pending(db, "numbers")) == (quotes + 1, numbers + 1)
    assert db.execute("SELECT quote_count FROM speakers WHERE id = ?", [speaker_id]).fetchone()[0] == count + 1
    assert db.execute("SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH 'tariffs'").fetchone()[0] == 1
    assert db.execute("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'dues'").fetchone()[0] == 1
    assert_consistent(db)


def test_a_failing_batch_leaves_triggers_and_rows_as_they_were(db, monkeypatch: pytest.MonkeyPatch) -> None:
    before = triggers(db.conn)

    def broken(*_args) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(store.write_items, "_assign_copies", broken)  # fails after articles and speakers
    with pytest.raises(RuntimeError):
        save_ab(db)
    assert triggers(db.conn) == before
    assert [db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("articles", "speakers", "quotes")] == [
        0, 0, 0]
    monkeypatch.undo()
    monkeypatch.setattr(store.write, "SUSPEND_MIN_ROWS", 0)
    save_ab(db)  # and the next batch works
    assert db.execute("SELECT count(*) FROM quotes").fetchone()[0] == 4
    assert_consistent(db)


def test_during_a_batch_readers_see_every_trigger_and_writers_wait(db, db_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    before = triggers(db.conn)
    seen: dict = {}
    original = store.write_items._assign_copies

    def look_from_outside(*args) -> None:  # runs mid-batch, triggers dropped inside the transaction
        seen["inside"] = set(triggers(db.conn))
        outside = sqlite3.connect(db_path, timeout=0.2)
        seen["outside"] = triggers(outside)
        try:
            outside.execute("INSERT INTO articles (id, text) VALUES ('x', 'Written meanwhile.')")
            seen["write"] = "went through"
        except sqlite3.OperationalError as exc:
            seen["write"] = str(exc)
        outside.close()
        original(*args)

    monkeypatch.setattr(store.write_items, "_assign_copies", look_from_outside)
    save_ab(db)
    assert seen["inside"] < set(before)  # the batch's own connection runs without the insert triggers
    assert seen["outside"] == before  # nobody else ever sees them missing
    assert seen["write"] == "database is locked"  # nor can write until they are back
    assert triggers(db.conn) == before


def test_a_trigger_someone_changed_keeps_firing_per_row(db) -> None:
    with db.conn:
        db.execute("CREATE TABLE audit (quote_id INTEGER, what TEXT)")
        # someone's own trigger, and one of briefing's rewritten to do more
        db.execute("CREATE TRIGGER audit_quotes AFTER INSERT ON quotes BEGIN "
                   "INSERT INTO audit VALUES (NEW.id, 'own'); END")
        db.execute("DROP TRIGGER quotes_totals_ai")
        db.execute("CREATE TRIGGER quotes_totals_ai AFTER INSERT ON quotes WHEN NEW.copy_of IS NULL BEGIN "
                   "INSERT INTO totals(kind, status, n) VALUES ('quotes', NEW.status, 1) "
                   "ON CONFLICT(kind, status) DO UPDATE SET n = n + 1; "
                   "INSERT INTO audit VALUES (NEW.id, 'totals'); END")
    before = triggers(db.conn)
    save_ab(db)
    assert triggers(db.conn) == before
    ids = [r[0] for r in db.execute("SELECT id FROM quotes ORDER BY id")]
    assert [r[0] for r in db.execute("SELECT quote_id FROM audit WHERE what = 'own' ORDER BY 1")] == ids
    originals = [r[0] for r in db.execute("SELECT id FROM quotes WHERE copy_of IS NULL ORDER BY id")]
    assert [r[0] for r in db.execute("SELECT quote_id FROM audit WHERE what = 'totals' ORDER BY 1")] == originals
    assert pending(db, "quotes") == len(originals) == 3
    assert_consistent(db)


def make_v1(path: Path) -> None:
    """A database as the first released schema step made it (version 1, sqlite-utils' FTS triggers)."""
    db = Database(path)
    _v1(db)
    db.execute("PRAGMA user_version = 1")
    with db.conn:
        db.execute("INSERT INTO articles (id, text, title) VALUES ('old', ?, 'Lind rejects bad deal')", [TEXT_A])
        db.execute("INSERT INTO quotes (article_id, item_key, start, end, text, dup_key) "
                   "VALUES ('old', 'nothing is excluded,|1', 0, 20, 'Nothing is excluded,', 'k1')")
    db.conn.close()


def test_a_version_1_database_opens_and_is_migrated(tmp_path: Path) -> None:
    path = tmp_path / "v1.db"
    make_v1(path)
    db = open_store(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert "UPDATE OF" in triggers(db.conn)["quotes_au"]
    indexes = {i.name for i in db["quotes"].indexes}
    assert "idx_quotes_dup_key" not in indexes and "idx_quotes_dup_key_copy_of" in indexes

    def search(term: str) -> list[str]:
        return [r[0] for r in db.execute(
            "SELECT q.text FROM quotes_fts JOIN quotes AS q ON q.id = quotes_fts.rowid "
            "WHERE quotes_fts MATCH ? ORDER BY q.id", [term])]

    assert search("excluded") == ["Nothing is excluded,"]
    with db.conn:  # a decision no longer touches the index; an edit of the text still does
        db.execute("UPDATE quotes SET status = 'accepted' WHERE article_id = 'old'")
        db.execute("UPDATE quotes SET text = 'Nothing is ruled out,' WHERE article_id = 'old'")
    assert search("excluded") == [] and search("ruled") == ["Nothing is ruled out,"]

    a = Article(id="a", text=TEXT_A)
    save_batch(db, [Incoming(a, "txt", extraction_a(a))])  # bulk path on the migrated schema
    assert search("excluded") == ["Nothing is excluded,"]
    assert_consistent(db)
    db.conn.close()
    assert open_store(path).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION  # opens again


def test_bulk_and_per_row_saves_leave_the_same_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [(f"n{i}", TEXT_A if i % 2 else TEXT_B) for i in range(6)]

    def build(path: Path, suspend_min: int) -> dict:
        monkeypatch.setattr(store.write, "SUSPEND_MIN_ROWS", suspend_min)
        db = open_store(path)
        for chunk in (texts[:4], texts[4:]):
            arts = [Article(id=i, text=t) for i, t in chunk]
            save_batch(db, [Incoming(a, "txt", (extraction_a if a.text == TEXT_A else extraction_b)(a))
                            for a in arts], imported_at="2026-06-01T00:00:00Z")
        out = {t: rows(db, f"SELECT * FROM {t} ORDER BY 1, 2") for t in
               ("articles", "quotes", "numbers", "sources", "speakers", "totals")}
        out["search"] = rows(db, "SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH 'deal' ORDER BY rowid")
        recount_totals(db)
        assert rows(db, "SELECT * FROM totals ORDER BY 1, 2") == out["totals"]
        db.conn.close()
        return out

    assert build(tmp_path / "bulk.db", 0) == build(tmp_path / "rows.db", 1 << 62)
