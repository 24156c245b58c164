"""SQLite storage via sqlite-utils. Never imports textual.

``open_store(path)`` is the one way in: it opens (or creates) the database,
adopts or migrates it, and returns a sqlite-utils ``Database`` whose
connection belongs to the calling thread.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from sqlite_utils import Database

from store.errors import CorruptDatabaseError, NewerSchemaError, NotABriefingDatabaseError, StoreError
from store.schema import SCHEMA_VERSION, check_readable, connect, ensure_schema

DEFAULT_DB = "briefing.db"

__all__ = [
    "DEFAULT_DB",
    "SCHEMA_VERSION",
    "CorruptDatabaseError",
    "NewerSchemaError",
    "NotABriefingDatabaseError",
    "StoreError",
    "default_db_path",
    "open_store",
]


def default_db_path() -> str:
    """``$BRIEFING_DB``, else ``briefing.db`` in the working directory."""
    return os.environ.get("BRIEFING_DB") or DEFAULT_DB


def open_store(path: str | os.PathLike[str], *, readonly: bool | None = None) -> Database:
    """Open the briefing database at ``path``, creating or adopting it as needed.

    ``readonly=None`` decides by the file: a file the process cannot write is
    opened read-only (and must already hold briefing's tables).
    Raises :class:`StoreError` subclasses with a one-line message.
    """
    path = str(path)
    if readonly is None:
        p = Path(path)
        readonly = p.exists() and not os.access(p, os.W_OK)
    try:
        db = connect(path, readonly=readonly)
        if readonly:
            check_readable(db)
        else:
            ensure_schema(db)
    except sqlite3.DatabaseError as exc:
        msg = str(exc)
        if "not a database" in msg or "malformed" in msg or "corrupt" in msg:
            raise CorruptDatabaseError(f"{path}: not a SQLite database or damaged ({msg})") from exc
        if "readonly" in msg or "read-only" in msg:
            raise NotABriefingDatabaseError(f"{path}: {msg}") from exc
        raise StoreError(f"{path}: {msg}") from exc
    return db
