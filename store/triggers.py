"""The triggers that keep derived data in step with the rows, and what each does for a batch at once.

Triggers keep ``totals``, ``speakers.quote_count`` and the full-text indexes
right whoever writes: the app, ``sqlite-utils``, Datasette, a script. Per
row they cost several times the insert itself, so briefing's own import
suspends the ``AFTER INSERT`` ones inside its write transaction and does the
same work once per statement (:mod:`store.bulk`). Both the ``CREATE
TRIGGER`` text and the batch SQL come from here, so they cannot drift apart;
a trigger whose stored text differs from what is written here (someone
changed it) is never suspended.
"""

from __future__ import annotations

from dataclasses import dataclass

REVIEW_TABLES = ("quotes", "speakers", "numbers", "sources")

#: columns of each full-text index briefing creates (an adopted database may have its own)
FTS_COLUMNS: dict[str, tuple[str, ...]] = {"articles": ("title", "text"), "quotes": ("text",)}


def visible(table: str, row: str) -> str:
    """SQL condition under which a row counts in the totals (and shows in queues)."""
    if table == "quotes":
        return f"{row}.copy_of IS NULL"
    if table == "speakers":
        return f"{row}.merged_into IS NULL"
    return "1"


def _hidden_col(table: str) -> str | None:
    return {"quotes": "copy_of", "speakers": "merged_into"}.get(table)


def totals_triggers(table: str) -> dict[str, str]:
    """name -> ``CREATE TRIGGER`` for the four triggers that keep ``totals`` for ``table``."""
    vis_new, vis_old = visible(table, "NEW"), visible(table, "OLD")
    inc = (
        f"INSERT INTO totals(kind, status, n) VALUES ('{table}', NEW.status, 1) "
        "ON CONFLICT(kind, status) DO UPDATE SET n = n + 1"
    )
    dec = f"UPDATE totals SET n = n - 1 WHERE kind = '{table}' AND status = OLD.status"
    watched = "status" + (f", {_hidden_col(table)}" if _hidden_col(table) else "")
    return {
        f"{table}_totals_ai": f"CREATE TRIGGER {table}_totals_ai AFTER INSERT ON {table} "
                              f"WHEN {vis_new} BEGIN {inc}; END",
        f"{table}_totals_ad": f"CREATE TRIGGER {table}_totals_ad AFTER DELETE ON {table} "
                              f"WHEN {vis_old} BEGIN {dec}; END",
        f"{table}_totals_au_old": f"CREATE TRIGGER {table}_totals_au_old AFTER UPDATE OF {watched} ON {table} "
                                  f"WHEN {vis_old} BEGIN {dec}; END",
        f"{table}_totals_au_new": f"CREATE TRIGGER {table}_totals_au_new AFTER UPDATE OF {watched} ON {table} "
                                  f"WHEN {vis_new} BEGIN {inc}; END",
    }


def speaker_count_triggers() -> dict[str, str]:
    """``speakers.quote_count`` follows the quotes that point at a speaker."""
    return {
        "speakers_count_ai": "CREATE TRIGGER speakers_count_ai AFTER INSERT ON quotes "
                             "WHEN NEW.speaker_id IS NOT NULL "
                             "BEGIN UPDATE speakers SET quote_count = quote_count + 1 WHERE id = NEW.speaker_id; END",
        "speakers_count_ad": "CREATE TRIGGER speakers_count_ad AFTER DELETE ON quotes "
                             "WHEN OLD.speaker_id IS NOT NULL "
                             "BEGIN UPDATE speakers SET quote_count = quote_count - 1 WHERE id = OLD.speaker_id; END",
        "speakers_count_au": "CREATE TRIGGER speakers_count_au AFTER UPDATE OF speaker_id ON quotes "
                             "BEGIN "
                             "UPDATE speakers SET quote_count = quote_count - 1 WHERE id = OLD.speaker_id; "
                             "UPDATE speakers SET quote_count = quote_count + 1 WHERE id = NEW.speaker_id; "
                             "END",
    }


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def fts_triggers(table: str, columns: tuple[str, ...] | list[str]) -> dict[str, str]:
    """The full-text triggers of ``table`` (as sqlite-utils makes them, but the update one fires only
    when an indexed column changes: a decision on a quote no longer rewrites its index entry)."""
    fts = f"{table}_fts"
    cols = ", ".join(_q(c) for c in columns)
    new = ", ".join(f"new.{_q(c)}" for c in columns)
    old = ", ".join(f"old.{_q(c)}" for c in columns)
    insert = f"INSERT INTO {_q(fts)} (rowid, {cols}) VALUES (new.rowid, {new});"
    delete = f"INSERT INTO {_q(fts)} ({_q(fts)}, rowid, {cols}) VALUES ('delete', old.rowid, {old});"
    return {
        f"{table}_ai": f"CREATE TRIGGER {_q(table + '_ai')} AFTER INSERT ON {_q(table)} BEGIN {insert} END",
        f"{table}_ad": f"CREATE TRIGGER {_q(table + '_ad')} AFTER DELETE ON {_q(table)} BEGIN {delete} END",
        f"{table}_au": f"CREATE TRIGGER {_q(table + '_au')} AFTER UPDATE OF {cols} ON {_q(table)} "
                       f"BEGIN {delete} {insert} END",
    }


@dataclass(frozen=True)
class Suspendable:
    """An ``AFTER INSERT`` trigger and the one statement that does its work for a range of new rows."""

    name: str
    table: str
    create_sql: str
    #: parameters (lo, hi), as ``?``s or ``?1`` and ``?2``: the trigger's work for the rows with ``lo <= rowid <= hi``
    batch_sql: str


def suspendable(fts_columns: dict[str, list[str]]) -> list[Suspendable]:
    """The insert triggers a bulk write may suspend; ``fts_columns``: table -> its FTS table's columns."""
    out = []
    for table in REVIEW_TABLES:
        name = f"{table}_totals_ai"
        out.append(Suspendable(
            name, table, totals_triggers(table)[name],
            f"INSERT INTO totals(kind, status, n) SELECT '{table}', t.status, count(*) FROM {table} AS t "
            f"WHERE t.rowid BETWEEN ? AND ? AND {visible(table, 't')} GROUP BY t.status "
            "ON CONFLICT(kind, status) DO UPDATE SET n = n + excluded.n",
        ))
    out.append(Suspendable(
        "speakers_count_ai", "quotes", speaker_count_triggers()["speakers_count_ai"],
        # (not UPDATE ... FROM: that needs SQLite 3.33, and some systems' Pythons link older ones)
        "UPDATE speakers SET quote_count = quote_count + "
        "(SELECT count(*) FROM quotes AS q WHERE q.speaker_id = speakers.id AND q.id BETWEEN ?1 AND ?2) "
        "WHERE id IN (SELECT speaker_id FROM quotes WHERE id BETWEEN ?1 AND ?2)",
    ))
    for table, columns in fts_columns.items():
        cols = ", ".join(_q(c) for c in columns)
        out.append(Suspendable(
            f"{table}_ai", table, fts_triggers(table, columns)[f"{table}_ai"],
            f"INSERT INTO {_q(table + '_fts')} (rowid, {cols}) SELECT rowid, {cols} FROM {_q(table)} "
            "WHERE rowid BETWEEN ? AND ? ORDER BY rowid",
        ))
    return out


def same_sql(a: str, b: str) -> bool:
    """Two statements equal but for whitespace (SQLite stores ``CREATE`` text as written)."""
    return a.split() == b.split()
