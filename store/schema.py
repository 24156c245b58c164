"""The database contract: tables, indexes, full-text search, triggers, migrations.

The schema is plain SQLite so that other tools (sqlite-utils, Datasette) can
read and write it. ``PRAGMA user_version`` holds the schema version; a database
from a newer version is refused, an older one is migrated forward on open.

A database that holds only an ``articles`` table with ``id`` and ``text``
columns (as ``sqlite-utils insert db articles x.json --pk id`` leaves it) is
*adopted*: the missing columns and tables are added and the type of ``id`` is
kept. Every column other than ``id`` and ``text`` may be NULL, so rows that
other tools insert are picked up.

Mention tables (``quotes``, ``numbers``, ``sources``) share one set of columns:
the span (``article_id``, ``start``, ``end``, ``text``), an identity key that
survives re-extraction (``item_key``), a denormalised ``sort_key`` (article
order, then position) for keyset pagination, and the review state
(``status``, ``note``, ``reviewed_at``, ``reviewed_by``).
"""

from __future__ import annotations

import os
import sqlite3
import urllib.parse
from collections.abc import Callable

from sqlite_utils import Database

from store.errors import NewerSchemaError, NotABriefingDatabaseError
from store.triggers import FTS_COLUMNS, fts_triggers, speaker_count_triggers, totals_triggers
from store.triggers import visible as _visible

SCHEMA_VERSION = 2

MENTION_TABLES = ("quotes", "numbers", "sources")
REVIEW_TABLES = ("quotes", "speakers", "numbers", "sources")

#: Optional article columns; only ``id`` and ``text`` are required.
ARTICLE_COLUMNS: dict[str, type] = {
    "title": str,
    "byline": str,
    "outlet": str,
    "published": str,  # ISO date (or datetime) as far as the article says
    "url": str,
    "path": str,  # where it was imported from
    "format": str,  # txt | md | html | json | jsonl | csv | extract
    "content_hash": str,  # sha1 of url or text: what makes a re-import a no-op
    "imported_at": str,
    "extracted_at": str,  # NULL until extraction ran: `briefing extract --db` picks these up
    "extractor_version": str,
    "boilerplate_start": int,  # offset where related links / share prompts begin
}

REVIEW_COLUMNS: dict[str, type] = {
    "status": str,
    "note": str,
    "reviewed_at": str,
    "reviewed_by": str,
}

MENTION_COLUMNS: dict[str, type] = {
    "id": int,
    "article_id": str,  # type is replaced by the type of articles.id
    "item_key": str,  # identity across re-extraction: kind|normalised text|occurrence
    "start": int,
    "end": int,
    "text": str,
    "sort_key": str,  # "<published or 9999>|<article rowid>|<start>": article order
    "origin": str,  # extracted | manual | imported
    "corrected": str,  # JSON list of fields the analyst corrected; kept on re-extraction
    "missing": int,  # 1 when re-extraction no longer finds a reviewed item
}

QUOTE_COLUMNS: dict[str, type] = {
    "kind": str,  # direct | partial | indirect | social
    "speaker_id": int,
    "speaker_name": str,  # the resolved name as extracted (kept if the speaker row is merged)
    "mention_text": str,
    "mention_start": int,
    "mention_end": int,
    "cue_text": str,
    "cue_start": int,
    "cue_end": int,
    "group_id": str,  # shared by the pieces of one split quote
    "copy_of": int,  # id of the first copy of a syndicated quote; NULL for the first
    "dup_key": str,  # normalised text of a quote, to find syndicated copies
}

NUMBER_COLUMNS: dict[str, type] = {
    "value": float,
    "value_max": float,
    "from_value": float,
    "unit": str,
    "kind": str,
    "context": str,
    "date": str,
}

SOURCE_COLUMNS: dict[str, type] = {
    "name": str,
    "kind": str,  # outlet | anonymous | organization | social | document
}

SPEAKER_COLUMNS: dict[str, type] = {
    "id": int,
    "key": str,  # normalised name, unique
    "name": str,
    "role": str,
    "organization": str,
    "kind": str,  # person | organization
    "aliases": str,  # JSON list
    "merged_into": int,  # set when merged into another speaker (alias merge)
    "quote_count": int,  # maintained by triggers
}


def connect(path: str, *, readonly: bool = False) -> Database:
    """Open ``path`` with the settings every connection uses.

    WAL (readers never block the writer), a busy timeout so a concurrent
    writer waits rather than failing with "database is locked", foreign keys
    enforced. Connections belong to the thread that opens them.
    """
    conn = _connect_readonly(path) if readonly else sqlite3.connect(path, timeout=10, check_same_thread=False)
    conn.execute("PRAGMA busy_timeout = 10000")
    conn.execute("PRAGMA foreign_keys = ON")
    db = Database(conn)
    if not readonly:
        mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
        if mode != "wal":
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
    return db


def _connect_readonly(path: str) -> sqlite3.Connection:
    """Open without writing. The path goes into a ``file:`` URI, so ``#``, ``?`` and ``%`` in the
    name are escaped. A database on a read-only mount cannot even create its ``-shm`` file: then
    open it as immutable (nobody can be writing to it there)."""
    uri = "file:" + urllib.parse.quote(os.path.abspath(path))
    conn = sqlite3.connect(uri + "?mode=ro", uri=True, timeout=10, check_same_thread=False)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError as exc:
        if "unable to open" not in str(exc):
            raise
        conn.close()
        conn = sqlite3.connect(uri + "?mode=ro&immutable=1", uri=True, timeout=10, check_same_thread=False)
    return conn


def schema_version(db: Database) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]


def has_briefing_tables(db: Database) -> bool:
    names = set(db.table_names())
    return {"articles", *REVIEW_TABLES, "tags"} <= names and schema_version(db) >= 1


def ensure_schema(db: Database) -> None:
    """Bring ``db`` to :data:`SCHEMA_VERSION`: create, adopt or migrate forward."""
    version = schema_version(db)
    if version > SCHEMA_VERSION:
        raise NewerSchemaError(
            f"this database has schema version {version}; this briefing knows up to "
            f"{SCHEMA_VERSION}: upgrade briefing to open it"
        )
    for target, step in MIGRATIONS:
        if version < target:
            with db.conn:
                step(db)
                db.execute(f"PRAGMA user_version = {target}")
            version = target


def check_readable(db: Database) -> None:
    """For a read-only database: refuse one that is not a briefing database."""
    version = schema_version(db)
    if version > SCHEMA_VERSION:
        raise NewerSchemaError(
            f"this database has schema version {version}; this briefing knows up to {SCHEMA_VERSION}"
        )
    if not has_briefing_tables(db):
        raise NotABriefingDatabaseError(
            "the database is read-only and lacks briefing's tables: "
            "open a writable copy once so briefing can add them"
        )


# --- version 1 --------------------------------------------------------------


def _article_id_type(db: Database) -> type:
    if "articles" not in db.table_names():
        return str
    cols = {c.name: c.type.upper() for c in db["articles"].columns}
    return int if cols.get("id", "") == "INTEGER" else str


def _add_missing_columns(db: Database, table: str, columns: dict[str, type]) -> None:
    have = {c.name for c in db[table].columns}
    for name, col_type in columns.items():
        if name not in have:
            db[table].add_column(name, col_type)


def _create_articles(db: Database) -> None:
    if "articles" not in db.table_names():
        db["articles"].create(
            {"id": str, "text": str, **ARTICLE_COLUMNS},
            pk="id",
            not_null={"text"},
        )
    else:
        have = {c.name for c in db["articles"].columns}
        if "id" not in have or "text" not in have:
            raise NotABriefingDatabaseError(
                "the articles table needs at least an id and a text column"
            )
        _add_missing_columns(db, "articles", ARTICLE_COLUMNS)
        _ensure_unique_ids(db)
    db["articles"].create_index(["content_hash"], if_not_exists=True)
    db["articles"].create_index(["extracted_at"], if_not_exists=True)
    db["articles"].create_index(["published"], if_not_exists=True)


def _ensure_unique_ids(db: Database) -> None:
    """Items point at ``articles.id``, so it must be unique: ``sqlite-utils insert`` without
    ``--pk id`` leaves a plain column, which gets a unique index (if its values allow one)."""
    if db["articles"].pks == ["id"]:
        return
    for index in db["articles"].indexes:
        if index.unique and index.columns == ["id"]:
            return
    missing, dupes = db.execute(
        "SELECT count(*) - count(id), count(id) - count(DISTINCT id) FROM articles"
    ).fetchone()
    if missing or dupes:
        raise NotABriefingDatabaseError(
            f"articles.id must be unique and present in every row ({missing} rows without an id, "
            f"{dupes} repeated ids); insert articles with --pk id"
        )
    db["articles"].create_index(["id"], unique=True, if_not_exists=True)


def _create_speakers(db: Database) -> None:
    db["speakers"].create(
        {**SPEAKER_COLUMNS, **REVIEW_COLUMNS},
        pk="id",
        not_null={"key", "name", "status", "quote_count"},
        defaults={"status": "pending", "quote_count": 0, "kind": "person"},
        foreign_keys=[("merged_into", "speakers", "id")],
        if_not_exists=True,
    )
    db["speakers"].create_index(["key"], unique=True, if_not_exists=True)
    db["speakers"].create_index(["status", "name"], if_not_exists=True)
    db["speakers"].create_index(["name"], if_not_exists=True)


def _create_mentions(db: Database, table: str, extra: dict[str, type], id_type: type) -> None:
    columns = {**MENTION_COLUMNS, "article_id": id_type, **extra, **REVIEW_COLUMNS}
    fks: list = [("article_id", "articles", "id")]
    if table == "quotes":
        fks += [("speaker_id", "speakers", "id"), ("copy_of", "quotes", "id")]
    db[table].create(
        columns,
        pk="id",
        not_null={"article_id", "item_key", "start", "end", "text", "status", "origin", "missing"},
        defaults={"status": "pending", "origin": "extracted", "missing": 0},
        foreign_keys=fks,
        if_not_exists=True,
    )
    db[table].create_index(["article_id", "item_key"], unique=True, if_not_exists=True)
    db[table].create_index(["sort_key", "id"], if_not_exists=True)
    db[table].create_index(["status", "sort_key", "id"], if_not_exists=True)
    if table == "quotes":
        db[table].create_index(["speaker_id"], if_not_exists=True)
        db[table].create_index(["copy_of"], if_not_exists=True)
        db[table].create_index(["dup_key"], if_not_exists=True)
        db[table].create_index(["group_id"], if_not_exists=True)


def _create_tags(db: Database) -> None:
    db["tags"].create({"id": int, "name": str}, pk="id", not_null={"name"}, if_not_exists=True)
    db["tags"].create_index(["name"], unique=True, if_not_exists=True)
    for table in REVIEW_TABLES:
        link = f"{table}_tags"  # sqlite-utils' m2m naming: quotes_tags(quotes_id, tags_id)
        db[link].create(
            {f"{table}_id": int, "tags_id": int},
            pk=(f"{table}_id", "tags_id"),
            foreign_keys=[(f"{table}_id", table, "id"), ("tags_id", "tags", "id")],
            if_not_exists=True,
        )
        db[link].create_index(["tags_id"], if_not_exists=True)


def _create_support_tables(db: Database) -> None:
    # Maintained totals per kind and status: counts without scanning a million rows.
    db["totals"].create(
        {"kind": str, "status": str, "n": int},
        pk=("kind", "status"),
        not_null={"n"},
        defaults={"n": 0},
        if_not_exists=True,
    )
    # Every analyst action, for undo/redo and audit. `payload` is JSON.
    db["history"].create(
        {"id": int, "at": str, "by": str, "action": str, "payload": str, "undone": int},
        pk="id",
        not_null={"at", "action", "payload", "undone"},
        defaults={"undone": 0},
        if_not_exists=True,
    )
    # Small key/value store: where the user left off, preferences.
    db["app_state"].create({"key": str, "value": str}, pk="key", if_not_exists=True)


def _create_totals_triggers(db: Database) -> None:
    sql = {**{n: t for table in REVIEW_TABLES for n, t in totals_triggers(table).items()},
           **speaker_count_triggers()}
    for create in sql.values():
        db.execute(create.replace("CREATE TRIGGER ", "CREATE TRIGGER IF NOT EXISTS ", 1))


def recount_totals(db: Database) -> None:
    """Rebuild ``totals`` and ``speakers.quote_count`` from the rows (repair tool)."""
    with db.conn:
        db.execute("DELETE FROM totals")
        for table in REVIEW_TABLES:
            db.execute(
                f"INSERT INTO totals(kind, status, n) SELECT '{table}', status, count(*) "
                f"FROM {table} AS t WHERE {_visible(table, 't')} GROUP BY status"
            )
        db.execute(
            "UPDATE speakers SET quote_count = "
            "(SELECT count(*) FROM quotes WHERE quotes.speaker_id = speakers.id)"
        )


def _enable_fts(db: Database, table: str, columns: list[str]) -> None:
    fts = f"{table}_fts"
    triggers = {t.name for t in db.triggers}
    if fts in db.table_names() and f"{table}_ai" in triggers:
        return
    # enable_fts also indexes the rows already there (an adopted table)
    db[table].enable_fts(columns, create_triggers=True, replace=fts in db.table_names())


def _v1(db: Database) -> None:
    id_type = _article_id_type(db)
    _create_articles(db)
    _create_speakers(db)
    _create_mentions(db, "quotes", QUOTE_COLUMNS, id_type)
    _create_mentions(db, "numbers", NUMBER_COLUMNS, id_type)
    _create_mentions(db, "sources", SOURCE_COLUMNS, id_type)
    _create_tags(db)
    _create_support_tables(db)
    _create_totals_triggers(db)
    _enable_fts(db, "articles", ["title", "text"])
    _enable_fts(db, "quotes", ["text"])


# --- version 2: cheaper writes -------------------------------------------------


def fts_columns(db: Database) -> dict[str, list[str]]:
    """table -> columns of its FTS5 index, for the tables whose index triggers keep up to date."""
    found = dict(db.execute("SELECT name, sql FROM sqlite_master WHERE type IN ('table', 'trigger')").fetchall())
    out = {}
    for table in FTS_COLUMNS:
        fts = f"{table}_fts"
        if f"{table}_ai" in found and "FTS5" in (found.get(fts) or "").upper():
            out[table] = [r[1] for r in db.execute(f"PRAGMA table_info([{fts}])").fetchall()]
    return out


def _v2(db: Database) -> None:
    """The full-text update triggers fire only when indexed text changes (a decision on a quote no longer
    rewrites its index entry), and syndicated copies are found from a covering index (quotes with a dup_key only).

    One transaction with the version bump (committed by :func:`ensure_schema`): a trigger is never
    dropped without its replacement."""
    if not db.conn.in_transaction:
        db.conn.execute("BEGIN IMMEDIATE")
    for table, columns in fts_columns(db).items():
        for name, create in fts_triggers(table, columns).items():
            db.execute(f"DROP TRIGGER IF EXISTS [{name}]")
            db.execute(create)
    db.execute("DROP INDEX IF EXISTS idx_quotes_dup_key")
    db.execute(
        "CREATE INDEX IF NOT EXISTS idx_quotes_dup_key_copy_of ON quotes (dup_key, copy_of, article_id) "
        "WHERE dup_key IS NOT NULL"
    )


MIGRATIONS: list[tuple[int, Callable[[Database], None]]] = [
    (1, _v1),
    (2, _v2),
]
