"""Briefing's own batch inserts: per-row insert triggers suspended, their work done once per statement.

Per row, the ``AFTER INSERT`` triggers (totals, speaker counts, full-text
index) cost about three times the insert itself. Inside an import's write
transaction, :func:`bulk_writes` drops the ones it recognises (their stored
text equals what :mod:`store.triggers` creates), runs each batch ``INSERT``
and right after it the same work for the new rows in one statement each,
and re-creates the triggers, word for word, before the transaction commits.

Why this is safe for everyone else: schema changes are transactional. The
drop and the re-creation happen inside briefing's ``BEGIN IMMEDIATE``
transaction, so no other connection can write in between (briefing holds
the write lock) and readers see the last committed schema, triggers
included. An error or a ``kill -9`` rolls the drop back with everything
else. Every committed state has every trigger, so rows written by the app,
``sqlite-utils`` or Datasette are indexed and counted as before.

Why not a flag the triggers check (``WHEN NOT EXISTS (SELECT 1 FROM
temp.flag)``): SQLite binds the tables a main-schema trigger names to the
main schema, so the flag would have to be a real table, consulted per row by
every writer, and the triggers still run per row. Measured on 90,000 quotes
in batches of 4,300 (insert, indexes, full-text, totals, speaker counts,
commit): 56 µs a quote with the triggers firing, 34 µs with such a flag,
19 µs with the triggers suspended as here.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager

from sqlite_utils import Database

from store.schema import fts_columns
from store.triggers import same_sql, suspendable


class BulkWriter:
    """Batch inserts for one write transaction; see the module docstring."""

    def __init__(self, db: Database, *, suspend: bool = True) -> None:
        self.conn = db.conn
        self.suspended: dict[str, str] = {}  # trigger name -> its stored CREATE statement
        self._work: dict[str, list[str]] = {}  # table -> batch SQL of its suspended triggers
        if not suspend:
            return
        if not self.conn.in_transaction:
            raise RuntimeError("bulk writes need an open write transaction")
        stored = {name: (table, sql) for name, table, sql in self.conn.execute(
            "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger'")}
        for spec in suspendable(fts_columns(db)):
            table, sql = stored.get(spec.name, (None, None))
            if table != spec.table or sql is None or not same_sql(sql, spec.create_sql):
                continue  # missing or changed by someone: it stays and fires per row
            self.conn.execute(f'DROP TRIGGER "{spec.name}"')
            self.suspended[spec.name] = sql
            self._work.setdefault(spec.table, []).append(spec.batch_sql)

    def insert(self, table: str, sql: str, rows: Sequence[Sequence], rowids: Iterable[int]) -> None:
        """``executemany(sql, rows)``, then the suspended triggers' work for those rows.

        ``rowids`` are the rowids the rows get (every import insert gives them explicitly).
        """
        self.conn.executemany(sql, rows)
        work = self._work.get(table)
        if not work:
            return
        for lo, hi in runs(rowids):
            for batch_sql in work:
                self.conn.execute(batch_sql, (lo, hi))

    def restore(self) -> None:
        """Re-create the suspended triggers exactly as they were stored."""
        for sql in self.suspended.values():
            self.conn.execute(sql)
        self.suspended.clear()
        self._work.clear()


@contextmanager
def bulk_writes(db: Database, *, suspend: bool = True) -> Iterator[BulkWriter]:
    """Inside a write transaction: suspend the recognised insert triggers until the block ends.

    On an exception the triggers are left to the transaction's rollback, which restores them.
    """
    writer = BulkWriter(db, suspend=suspend)
    yield writer
    writer.restore()


def runs(ids: Iterable[int]) -> Iterator[tuple[int, int]]:
    """Runs of consecutive integers, as ``(first, last)``: each range holds only the given ids."""
    ordered = sorted(set(ids))
    if not ordered:
        return
    lo = prev = ordered[0]
    for i in ordered[1:]:
        if i != prev + 1:
            yield lo, prev
            lo = i
        prev = i
    yield lo, prev
