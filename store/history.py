"""The journal behind undo and redo: short write transactions that record what they change.

Every review action runs in :func:`write_tx` (``BEGIN IMMEDIATE``: it takes
the write lock up front, waiting out a concurrent importer through the busy
timeout rather than failing with "database is locked"; the commit happens
before it returns) and changes rows through a :class:`Recorder`, which
appends one ``history`` row describing the change as operations on rows:

* ``{"t": table, "pk": {...}, "b": before-or-null, "a": after-or-null}``: a
  row update (both set), insert (``b`` null) or delete (``a`` null);
* ``{"bulk": table, "cols": [...], "a": [...], "groups": [{"b": [...], "ids": [...]}]}``:
  the same columns set on many rows, grouped by their previous values.

:func:`undo` applies the ``b`` states in reverse order, :func:`redo` the ``a``
states, so decisions, tags, notes, corrections and merges are undone alike.
Each user has their own stack (``history.by``); a new action discards the
redo stack (``undone = 2``).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from briefing.models import current_user, utc_now
from store.errors import StoreError


class ReviewError(StoreError):
    """An action that cannot be done (nothing to undo, an empty span...)."""


class ReadOnlyError(StoreError):
    """The database was opened read-only."""


@dataclass(frozen=True)
class Change:
    """What an action did, for the status line and for jumping to the item."""

    label: str
    table: str | None = None
    item_id: int | None = None
    history_id: int | None = None
    count: int = 1


# --- transactions ---------------------------------------------------------------


@contextmanager
def write_tx(db: Database) -> Iterator[None]:
    """One short write transaction that takes the write lock first.

    ``BEGIN IMMEDIATE`` waits (busy timeout) for another writer instead of
    failing later on a lock upgrade; the commit happens before this returns,
    so a caller that shows "done" afterwards shows something durable.
    """
    conn = db.conn
    if conn.in_transaction:
        conn.commit()
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        raise _store_error(exc) from exc
    try:
        yield
    except BaseException as exc:
        conn.rollback()
        if isinstance(exc, sqlite3.OperationalError):
            raise _store_error(exc) from exc
        raise
    else:
        try:
            conn.commit()
        except sqlite3.OperationalError as exc:
            conn.rollback()
            raise _store_error(exc) from exc


def _store_error(exc: sqlite3.OperationalError) -> StoreError:
    msg = str(exc)
    if "readonly" in msg or "read-only" in msg:
        return ReadOnlyError("this database is read-only: decisions and edits are disabled")
    if "locked" in msg or "busy" in msg:
        return StoreError("the database is busy (another program is writing to it): try again")
    return StoreError(f"database error: {msg}")


# --- row operations -----------------------------------------------------------------


def _where(pk: dict[str, Any]) -> tuple[str, list]:
    return " AND ".join(f'"{c}" = ?' for c in pk), list(pk.values())


def read_row(db: Database, table: str, pk: dict[str, Any], cols: list[str] | None = None) -> dict | None:
    where, params = _where(pk)
    select = ", ".join(f'"{c}"' for c in cols) if cols else "*"
    cur = db.conn.execute(f'SELECT {select} FROM "{table}" WHERE {where}', params)
    row = cur.fetchone()
    if row is None:
        return None
    return dict(zip([d[0] for d in cur.description], row, strict=True))


def _put(db: Database, table: str, pk: dict[str, Any], state: dict | None) -> None:
    """Make the row look like ``state`` (None: the row does not exist)."""
    conn = db.conn
    where, params = _where(pk)
    if state is None:
        conn.execute(f'DELETE FROM "{table}" WHERE {where}', params)
        return
    exists = conn.execute(f'SELECT 1 FROM "{table}" WHERE {where}', params).fetchone()
    if exists:
        cols = [c for c in state if c not in pk]
        if cols:
            sets = ", ".join(f'"{c}" = ?' for c in cols)
            conn.execute(f'UPDATE "{table}" SET {sets} WHERE {where}', [state[c] for c in cols] + params)
    else:
        row = {**state, **pk}
        names = ", ".join(f'"{c}"' for c in row)
        marks = ", ".join("?" for _ in row)
        conn.execute(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', list(row.values()))


class Recorder:
    """Applies row changes and remembers them as undoable operations."""

    def __init__(self, db: Database):
        self.db = db
        self.ops: list[dict] = []

    def update(self, table: str, pk: dict[str, Any], values: dict[str, Any]) -> bool:
        before = read_row(self.db, table, pk, list(values))
        if before is None:
            return False
        if all(before[c] == v for c, v in values.items()):
            return False
        _put(self.db, table, pk, values)
        self.ops.append({"t": table, "pk": pk, "b": before, "a": dict(values)})
        return True

    def insert(self, table: str, values: dict[str, Any], pk_cols: tuple[str, ...] = ("id",)) -> int:
        names = ", ".join(f'"{c}"' for c in values)
        marks = ", ".join("?" for _ in values)
        cur = self.db.conn.execute(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', list(values.values()))
        rowid = cur.lastrowid
        pk = {c: values[c] for c in pk_cols} if all(c in values for c in pk_cols) else {"id": rowid}
        after = read_row(self.db, table, pk)
        self.ops.append({"t": table, "pk": pk, "b": None, "a": after})
        return int(rowid) if rowid is not None else 0

    def delete(self, table: str, pk: dict[str, Any]) -> bool:
        before = read_row(self.db, table, pk)
        if before is None:
            return False
        _put(self.db, table, pk, None)
        self.ops.append({"t": table, "pk": pk, "b": before, "a": None})
        return True

    def bulk(self, table: str, rows: list[tuple], cols: list[str], after: list[Any]) -> int:
        """Set ``cols`` to ``after`` on every ``(id, *before)`` row; one compact operation."""
        if not rows:
            return 0
        groups: dict[tuple, list[int]] = {}
        for row in rows:
            groups.setdefault(tuple(row[1:]), []).append(row[0])
        sets = ", ".join(f'"{c}" = ?' for c in cols)
        self.db.conn.executemany(
            f'UPDATE "{table}" SET {sets} WHERE id = ?', ([*after, row[0]] for row in rows)
        )
        self.ops.append({
            "bulk": table,
            "cols": cols,
            "a": after,
            "groups": [{"b": list(b), "ids": ids} for b, ids in groups.items()],
        })
        return len(rows)


def apply_ops(db: Database, ops: list[dict], side: str) -> None:
    """Put every row of ``ops`` in its ``side`` state ("b" for undo, "a" for redo)."""
    conn = db.conn
    for op in ops if side == "a" else reversed(ops):
        if "bulk" in op:
            table, cols = op["bulk"], op["cols"]
            sets = ", ".join(f'"{c}" = ?' for c in cols)
            sql = f'UPDATE "{table}" SET {sets} WHERE id = ?'
            if side == "a":
                ids = [i for g in op["groups"] for i in g["ids"]]
                conn.executemany(sql, ([*op["a"], i] for i in ids))
            else:
                for group in op["groups"]:
                    conn.executemany(sql, ([*group["b"], i] for i in group["ids"]))
        else:
            _put(db, op["t"], op["pk"], op[side])


def record(db: Database, action: str, change: Change, ops: list[dict], user: str) -> int | None:
    """Append the history row (and drop the user's redo stack). None when nothing changed."""
    if not ops:
        return None
    db.conn.execute("UPDATE history SET undone = 2 WHERE by = ? AND undone = 1", [user])
    payload = {"label": change.label, "table": change.table, "id": change.item_id,
               "count": change.count, "ops": ops}
    cur = db.conn.execute(
        "INSERT INTO history (at, by, action, payload, undone) VALUES (?, ?, ?, ?, 0)",
        [utc_now(), user, action, json.dumps(payload, separators=(",", ":"))],
    )
    return cur.lastrowid


def done(db: Database, action: str, change: Change, rec: Recorder, user: str) -> Change:
    hid = record(db, action, change, rec.ops, user)
    return Change(change.label, change.table, change.item_id, hid, change.count)


# --- undo / redo -------------------------------------------------------------------------------------


def _history_change(row: tuple, verb: str) -> Change:
    payload = json.loads(row[1])
    return Change(
        f"{verb} {payload.get('label', row[2])}",
        payload.get("table"),
        payload.get("id"),
        row[0],
        payload.get("count", 1),
    )


def undo(db: Database, *, user: str | None = None) -> Change:
    """Undo the user's latest action that is not undone yet."""
    user = user or current_user()
    with write_tx(db):
        row = db.conn.execute(
            "SELECT id, payload, action FROM history WHERE by = ? AND undone = 0 ORDER BY id DESC LIMIT 1",
            [user],
        ).fetchone()
        if row is None:
            raise ReviewError("nothing to undo")
        apply_ops(db, json.loads(row[1])["ops"], "b")
        db.conn.execute("UPDATE history SET undone = 1 WHERE id = ?", [row[0]])
        return _history_change(row, "undid")


def redo(db: Database, *, user: str | None = None) -> Change:
    """Redo the user's most recently undone action."""
    user = user or current_user()
    with write_tx(db):
        row = db.conn.execute(
            "SELECT id, payload, action FROM history WHERE by = ? AND undone = 1 ORDER BY id ASC LIMIT 1",
            [user],
        ).fetchone()
        if row is None:
            raise ReviewError("nothing to redo")
        apply_ops(db, json.loads(row[1])["ops"], "a")
        db.conn.execute("UPDATE history SET undone = 0 WHERE id = ?", [row[0]])
        return _history_change(row, "redid")
