"""Review actions: decisions, tags, notes, corrections, speakers, app state.

Each action is one short transaction recorded in the ``history`` journal
(:mod:`store.history`), so ``undo``/``redo`` work for all of them alike.

A decision on a quote applies to its syndicated copies (``copy_of``): they are
reviewed once, each still citing its own article. Tags and notes follow too.
"""

from __future__ import annotations

import json
import re
from contextlib import suppress
from typing import Any

from sqlite_utils import Database

from briefing.filters import ItemFilter
from briefing.identity import dup_key, item_key, normalise
from briefing.models import STATUSES, current_user, utc_now
from store.filters import from_clause, where_clause
from store.history import (  # noqa: F401 - re-exported: review's API
    Change,
    ReadOnlyError,
    Recorder,
    ReviewError,
    done,
    read_row,
    redo,
    undo,
    write_tx,
)

MENTION_TABLES = ("quotes", "numbers", "sources")
ITEM_TABLES = ("quotes", "speakers", "numbers", "sources")
SINGULAR = {"quotes": "quote", "speakers": "speaker", "numbers": "number", "sources": "source"}


# --- decisions --------------------------------------------------------------------------


def _check_table(table: str) -> None:
    if table not in ITEM_TABLES:
        raise ReviewError(f"unknown item kind {table!r}")


def copies_of(db: Database, item_id: int) -> tuple[int, list[int]]:
    """A quote's first copy (the one reviewed) and every id of its syndicated copies."""
    row = db.execute("SELECT coalesce(copy_of, id) FROM quotes WHERE id = ?", [item_id]).fetchone()
    if row is None:
        raise ReviewError(f"quote {item_id} no longer exists")
    root = row[0]
    ids = [root] + [r[0] for r in db.execute("SELECT id FROM quotes WHERE copy_of = ?", [root])]
    return root, ids


def _targets(db: Database, table: str, item_id: int) -> tuple[int, list[int]]:
    if table == "quotes":
        return copies_of(db, item_id)
    if db.execute(f"SELECT 1 FROM {table} WHERE id = ?", [item_id]).fetchone() is None:
        raise ReviewError(f"{SINGULAR[table]} {item_id} no longer exists")
    return item_id, [item_id]


def decide(
    db: Database,
    table: str,
    item_id: int,
    status: str,
    *,
    user: str | None = None,
    state: dict[str, Any] | None = None,
) -> Change:
    """Set an item's status (and its copies'), with who and when; committed on return.

    ``state`` (key -> JSON value) is saved to ``app_state`` in the same
    transaction: where the user is, so a restart resumes there.
    """
    _check_table(table)
    if status not in STATUSES:
        raise ReviewError(f"unknown status {status!r}")
    user = user or current_user()
    with write_tx(db):
        root, ids = _targets(db, table, item_id)
        rec = Recorder(db)
        stamp = utc_now() if status != "pending" else None
        by = user if status != "pending" else None
        for i in ids:
            rec.update(table, {"id": i}, {"status": status, "reviewed_at": stamp, "reviewed_by": by})
        if state:
            _save_state(db, state)
        label = f"{status} {SINGULAR[table]} #{root}"
        if len(ids) > 1:
            label += f" and {len(ids) - 1} syndicated cop{'y' if len(ids) == 2 else 'ies'}"
        return done(db, "decide", Change(label, table, root, count=len(ids)), rec, user)


def bulk_decide(
    db: Database, table: str, flt: ItemFilter, status: str, *, user: str | None = None
) -> Change:
    """Set ``status`` on every item ``flt`` shows (and their copies): one undoable step."""
    _check_table(table)
    if status not in STATUSES:
        raise ReviewError(f"unknown status {status!r}")
    user = user or current_user()
    stamp = utc_now()
    cols = ["status", "reviewed_at", "reviewed_by"]
    with write_tx(db):
        where, params = where_clause(table, flt)
        sql = (
            f"SELECT t.id, t.status, t.reviewed_at, t.reviewed_by {from_clause(table)} {where} "
            "AND t.status != ?"
        )
        rows = [tuple(r) for r in db.conn.execute(sql, params + [status])]
        shown = len(rows)
        if table == "quotes" and rows:
            db.conn.execute("CREATE TEMP TABLE IF NOT EXISTS _bulk_ids (id INTEGER PRIMARY KEY)")
            db.conn.execute("DELETE FROM temp._bulk_ids")
            db.conn.executemany("INSERT INTO temp._bulk_ids (id) VALUES (?)", ((r[0],) for r in rows))
            rows += [
                tuple(r)
                for r in db.conn.execute(
                    "SELECT id, status, reviewed_at, reviewed_by FROM quotes "
                    "WHERE copy_of IN (SELECT id FROM temp._bulk_ids) AND status != ?",
                    [status],
                )
            ]
            db.conn.execute("DELETE FROM temp._bulk_ids")
        rec = Recorder(db)
        rec.bulk(table, rows, cols, [status, stamp, user])
        label = f"{status} {shown:,} {table if shown != 1 else SINGULAR[table]} ({flt.describe()})"
        return done(db, "bulk", Change(label, table, None, count=shown), rec, user)


# --- tags and notes ------------------------------------------------------------------------


def _tag_id(db: Database, rec: Recorder, name: str, *, create: bool) -> int | None:
    row = db.conn.execute("SELECT id FROM tags WHERE name = ?", [name]).fetchone()
    if row:
        return row[0]
    if not create:
        return None
    return rec.insert("tags", {"name": name})


def _clean_tag(name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise ReviewError("a tag needs a name")
    if len(name) > 60:
        raise ReviewError("a tag name is at most 60 characters")
    return name


def set_tag(
    db: Database, table: str, item_id: int, tag: str, on: bool | None = None, *, user: str | None = None
) -> Change:
    """Add (``on=True``), remove (``False``) or toggle (``None``) a tag on an item and its copies."""
    _check_table(table)
    user = user or current_user()
    tag = _clean_tag(tag)
    link = f"{table}_tags"
    col = f"{table}_id"
    with write_tx(db):
        root, ids = _targets(db, table, item_id)
        rec = Recorder(db)
        existing = db.conn.execute("SELECT id FROM tags WHERE name = ?", [tag]).fetchone()
        has = bool(
            existing
            and db.conn.execute(
                f"SELECT 1 FROM {link} WHERE {col} = ? AND tags_id = ?", [root, existing[0]]
            ).fetchone()
        )
        want = (not has) if on is None else on
        tag_id = _tag_id(db, rec, tag, create=want)
        if tag_id is not None:
            for i in ids:
                pk = {col: i, "tags_id": tag_id}
                present = read_row(db, link, pk) is not None
                if want and not present:
                    rec.insert(link, dict(pk), pk_cols=(col, "tags_id"))
                elif not want and present:
                    rec.delete(link, pk)
        verb = "tagged" if want else "untagged"
        change = Change(f"{verb} {SINGULAR[table]} #{root} “{tag}”", table, root)
        return done(db, "tag", change, rec, user)


def set_note(db: Database, table: str, item_id: int, note: str | None, *, user: str | None = None) -> Change:
    """Set (or clear, with an empty note) the analyst's note on an item and its copies."""
    _check_table(table)
    user = user or current_user()
    note = (note or "").strip() or None
    with write_tx(db):
        root, ids = _targets(db, table, item_id)
        rec = Recorder(db)
        for i in ids:
            rec.update(table, {"id": i}, {"note": note})
        label = f"note on {SINGULAR[table]} #{root} " + ("saved" if note else "cleared")
        return done(db, "note", Change(label, table, root), rec, user)


# --- corrections ------------------------------------------------------------------------------


def _corrected(current: str | None, *fields: str) -> str:
    try:
        have = json.loads(current) if current else []
    except ValueError:
        have = []
    if not isinstance(have, list):
        have = []
    return json.dumps(sorted(set(have) | set(fields)))


_TOKEN = re.compile(r"\S+")


def span_step(text: str, start: int, end: int, edge: str, grow: bool) -> tuple[int, int]:
    """Move one edge of ``start:end`` by a word: the widen/narrow keys of the reader.

    ``edge`` is "start" or "end"; growing moves the edge outwards over the next
    word (and the spaces before it), shrinking drops the word at that edge.
    The span never becomes empty and never leaves the text.
    """
    n = len(text)
    if edge == "end":
        if grow:
            i = end
            while i < n and text[i].isspace():
                i += 1
            while i < n and not text[i].isspace():
                i += 1
            return start, i
        i = end
        while i > start and text[i - 1].isspace():
            i -= 1
        while i > start and not text[i - 1].isspace():
            i -= 1
        while i > start and text[i - 1].isspace():
            i -= 1
        return (start, i) if i > start else (start, end)
    if grow:
        i = start
        while i > 0 and text[i - 1].isspace():
            i -= 1
        while i > 0 and not text[i - 1].isspace():
            i -= 1
        return i, end
    i = start
    while i < end and text[i].isspace():
        i += 1
    while i < end and not text[i].isspace():
        i += 1
    while i < end and text[i].isspace():
        i += 1
    return (i, end) if i < end else (start, end)


def _article_text(db: Database, article_id: Any) -> tuple[str, str | None, int]:
    row = db.conn.execute(
        "SELECT text, published, rowid FROM articles WHERE id = ?", [article_id]
    ).fetchone()
    if row is None:
        raise ReviewError(f"article {article_id} no longer exists")
    return row[0] or "", row[1], row[2]


def sort_key(published: str | None, article_rowid: int, start: int) -> str:
    """``"<published or 9999>|<article rowid, 12 digits>|<start, 9 digits>"``: article order."""
    return f"{published or '9999'}|{article_rowid:012d}|{start:09d}"


def correct_span(
    db: Database, table: str, item_id: int, start: int, end: int, *, user: str | None = None
) -> Change:
    """Move a mention's span; its text follows the article (``text[start:end] == item.text``).

    The identity (``item_key``) is kept, and the changed columns are listed in
    ``corrected`` so re-extraction keeps the analyst's span.
    """
    if table not in MENTION_TABLES:
        raise ReviewError("only quotes, numbers and sources have a span")
    user = user or current_user()
    with write_tx(db):
        row = read_row(db, table, {"id": item_id}, ["article_id", "start", "end", "corrected", "sort_key"])
        if row is None:
            raise ReviewError(f"{SINGULAR[table]} {item_id} no longer exists")
        text, published, art_rowid = _article_text(db, row["article_id"])
        if not (0 <= start < end <= len(text)):
            raise ReviewError("the span must lie inside the article and hold at least one character")
        if (start, end) == (row["start"], row["end"]):
            return Change(f"{SINGULAR[table]} #{item_id} unchanged", table, item_id)
        rec = Recorder(db)
        values: dict[str, Any] = {
            "start": start,
            "end": end,
            "text": text[start:end],
            "corrected": _corrected(row["corrected"], "start", "end", "text"),
        }
        if row["sort_key"] is not None:
            values["sort_key"] = sort_key(published, art_rowid, start)
        rec.update(table, {"id": item_id}, values)
        change = Change(f"span of {SINGULAR[table]} #{item_id} corrected", table, item_id)
        return done(db, "correct", change, rec, user)


def correct_number(
    db: Database, item_id: int, value: float | None, unit: str | None = None, *, user: str | None = None
) -> Change:
    """Fix a number's value (and unit); kept on re-extraction via ``corrected``."""
    user = user or current_user()
    with write_tx(db):
        row = read_row(db, "numbers", {"id": item_id}, ["value", "unit", "corrected"])
        if row is None:
            raise ReviewError(f"number {item_id} no longer exists")
        unit = (unit or "").strip() or None
        rec = Recorder(db)
        rec.update(
            "numbers",
            {"id": item_id},
            {"value": value, "unit": unit, "corrected": _corrected(row["corrected"], "value", "unit")},
        )
        return done(db, "correct", Change(f"value of number #{item_id} corrected", "numbers", item_id), rec, user)


def find_passage(text: str, passage: str, near: int = 0) -> tuple[int, int] | None:
    """Where ``passage`` occurs in ``text``, tolerant of whitespace and quote-mark differences.

    The first occurrence at or after ``near`` wins, else the first one.
    """
    words = passage.split()
    if not words:
        return None
    quote_class = {
        '"': "[\"\u201c\u201d\u201e\u00ab\u00bb]", "\u201c": "[\"\u201c\u201d\u201e]",
        "\u201d": "[\"\u201c\u201d]", "'": "['\u2018\u2019]", "\u2018": "['\u2018\u2019]",
        "\u2019": "['\u2018\u2019]",
    }

    def word_re(w: str) -> str:
        return "".join(quote_class.get(ch, re.escape(ch)) for ch in w)

    pattern = re.compile(r"\s+".join(word_re(w) for w in words))
    first = None
    for m in pattern.finditer(text):
        if first is None:
            first = (m.start(), m.end())
        if m.start() >= near:
            return m.start(), m.end()
    return first


def _speaker_for(db: Database, rec: Recorder, name: str) -> int:
    """The speaker with this name (following merges), created when new."""
    name = " ".join(name.split())
    if not name:
        raise ReviewError("a speaker needs a name")
    key = normalise(name)
    row = db.conn.execute("SELECT id, merged_into FROM speakers WHERE key = ?", [key]).fetchone()
    if row:
        sid = row[0]
        seen = set()
        while True:
            target = db.conn.execute("SELECT merged_into FROM speakers WHERE id = ?", [sid]).fetchone()
            if not target or target[0] is None or sid in seen:
                return sid
            seen.add(sid)
            sid = target[0]
    row = db.conn.execute(
        "SELECT id FROM speakers WHERE merged_into IS NULL AND (lower(name) = lower(?) OR EXISTS "
        "(SELECT 1 FROM json_each(CASE WHEN json_valid(speakers.aliases) THEN speakers.aliases "
        "ELSE '[]' END) WHERE lower(value) = lower(?)))",
        [name, name],
    ).fetchone()
    if row:
        return row[0]
    return rec.insert(
        "speakers",
        {"key": key, "name": name, "kind": "person", "status": "pending", "quote_count": 0},
    )


def add_manual(
    db: Database,
    table: str,
    article_id: Any,
    start: int,
    end: int,
    *,
    speaker: str | None = None,
    kind: str | None = None,
    name: str | None = None,
    value: float | None = None,
    unit: str | None = None,
    user: str | None = None,
) -> Change:
    """Store a passage the extractor missed as a new item (``origin = 'manual'``, accepted)."""
    if table not in MENTION_TABLES:
        raise ReviewError("only quotes, numbers and sources can be added from the article")
    user = user or current_user()
    with write_tx(db):
        text, published, art_rowid = _article_text(db, article_id)
        if not (0 <= start < end <= len(text)):
            raise ReviewError("the passage must lie inside the article")
        passage = text[start:end]
        norm = normalise(passage)
        same = sum(
            1
            for (t,) in db.conn.execute(f"SELECT text FROM {table} WHERE article_id = ?", [article_id])
            if normalise(t) == norm
        )
        rec = Recorder(db)
        values: dict[str, Any] = {
            "article_id": article_id,
            "item_key": item_key(passage, same + 1),
            "start": start,
            "end": end,
            "text": passage,
            "sort_key": sort_key(published, art_rowid, start),
            "origin": "manual",
            "missing": 0,
            "status": "accepted",
            "reviewed_at": utc_now(),
            "reviewed_by": user,
        }
        if table == "quotes":
            values["kind"] = kind or "direct"
            values["dup_key"] = dup_key(passage)
            if speaker and speaker.strip():
                sid = _speaker_for(db, rec, speaker)
                values["speaker_id"] = sid
                values["speaker_name"] = db.conn.execute(
                    "SELECT name FROM speakers WHERE id = ?", [sid]
                ).fetchone()[0]
        elif table == "numbers":
            values.update({"value": value, "unit": (unit or "").strip() or None, "kind": kind})
        else:
            values.update({"name": (name or "").strip() or passage, "kind": kind or "organization"})
        new_id = rec.insert(table, values)
        change = Change(f"added {SINGULAR[table]} #{new_id} from the article", table, new_id)
        return done(db, "add", change, rec, user)


# --- speakers ------------------------------------------------------------------------------------


def reassign_speaker(
    db: Database,
    quote_id: int,
    *,
    speaker_id: int | None = None,
    name: str | None = None,
    user: str | None = None,
) -> Change:
    """Attribute a quote (and its copies) to another speaker, picked or typed (created if new)."""
    user = user or current_user()
    with write_tx(db):
        root, ids = copies_of(db, quote_id)
        rec = Recorder(db)
        if speaker_id is None:
            if not name:
                raise ReviewError("pick a speaker or type a name")
            speaker_id = _speaker_for(db, rec, name)
        row = db.conn.execute("SELECT name FROM speakers WHERE id = ?", [speaker_id]).fetchone()
        if row is None:
            raise ReviewError(f"speaker {speaker_id} no longer exists")
        for i in ids:
            current = read_row(db, "quotes", {"id": i}, ["corrected"]) or {}
            rec.update(
                "quotes",
                {"id": i},
                {
                    "speaker_id": speaker_id,
                    "speaker_name": row[0],
                    "corrected": _corrected(current.get("corrected"), "speaker_id", "speaker_name"),
                },
            )
        change = Change(f"quote #{root} now attributed to {row[0]}", "quotes", root)
        return done(db, "reassign", change, rec, user)


def merge_speaker(db: Database, source_id: int, target_id: int, *, user: str | None = None) -> Change:
    """Alias merge: ``source`` becomes an alias of ``target`` and its quotes move there."""
    user = user or current_user()
    if source_id == target_id:
        raise ReviewError("a speaker cannot be merged into itself")
    with write_tx(db):
        src = read_row(db, "speakers", {"id": source_id}, ["name", "aliases", "merged_into"])
        dst = read_row(db, "speakers", {"id": target_id}, ["name", "aliases", "merged_into"])
        if src is None or dst is None:
            raise ReviewError("that speaker no longer exists")
        if dst["merged_into"] is not None:
            raise ReviewError(f"{dst['name']} was itself merged into another speaker")
        rec = Recorder(db)
        aliases: list[str] = []
        for value in (dst["aliases"], src["aliases"]):
            with suppress(ValueError):
                aliases += [a for a in json.loads(value or "[]") if isinstance(a, str)]
        aliases.append(src["name"])
        merged = []
        for a in aliases:
            if a not in merged and normalise(a) != normalise(dst["name"]):
                merged.append(a)
        rec.update("speakers", {"id": target_id}, {"aliases": json.dumps(merged)})
        rec.update("speakers", {"id": source_id}, {"merged_into": target_id})
        moved = [tuple(r) for r in db.conn.execute("SELECT id, speaker_id FROM quotes WHERE speaker_id = ?", [source_id])]
        rec.bulk("quotes", moved, ["speaker_id"], [target_id])
        change = Change(
            f"merged {src['name']} into {dst['name']} ({len(moved)} quote{'s' if len(moved) != 1 else ''})",
            "speakers",
            target_id,
        )
        return done(db, "merge", change, rec, user)


# --- undo / redo -------------------------------------------------------------------------------------


# --- app state --------------------------------------------------------------------------------------


def _save_state(db: Database, state: dict[str, Any]) -> None:
    db.conn.executemany(
        "INSERT INTO app_state (key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [(k, json.dumps(v)) for k, v in state.items()],
    )


def save_state(db: Database, state: dict[str, Any]) -> None:
    """Store JSON values in ``app_state`` (where the user left off); one short transaction."""
    with write_tx(db):
        _save_state(db, state)
