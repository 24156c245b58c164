"""Items of an import batch: new articles' items inserted, re-extracted ones merged with the analyst's work.

A re-extracted item is matched on ``(article_id, item_key)``; it keeps its
row id, review state, note, tags and the columns named in ``corrected``.
Items no longer found are deleted if untouched, else kept with ``missing = 1``;
manual items are never touched.
"""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

from sqlite_utils import Database

from store.bulk import BulkWriter
from store.write_rows import (
    COL,
    CORRECTION_GROUPS,
    EXTRACTED_COLUMNS,
    INSERT_COLUMNS,
    ITEM_TABLES,
    SPAN_COLUMNS,
    Target,
    chunks,
    dict_row,
    item_rows,
    sort_key,
)

_MERGED_COLUMNS = {t: (*SPAN_COLUMNS, "sort_key", *cols) for t, cols in EXTRACTED_COLUMNS.items()}


def save_items(db: Database, bulk: BulkWriter, targets: list[Target], speaker_ids: dict[str, int]) -> int:
    """Insert the items of new articles; merge those of existing ones. Returns items flagged missing."""
    conn = db.conn
    flagged = 0
    fresh = [t for t in targets if t.status == "new"]
    merging = [t for t in targets if t.status != "new"]
    for table in ITEM_TABLES:
        cols = INSERT_COLUMNS[table]
        # before the merge deletes anything: ids of items deleted now are not handed out again at once
        next_id = conn.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {table}").fetchone()[0]
        existing = _existing_items(db, table, [t.article_id for t in merging])
        to_insert: list[tuple[list, tuple]] = []
        for t in fresh:
            to_insert += item_rows(t, table, speaker_ids)
        for t in merging:
            flagged += _merge_article(db, table, t, item_rows(t, table, speaker_ids),
                                      existing.get(t.article_id, {}), to_insert)
        if not to_insert:
            continue
        for i, (row, _tags) in enumerate(to_insert, next_id):
            row[0] = i
        if table == "quotes":
            _assign_copies(db, to_insert)
        col_sql = ", ".join(f"[{c}]" for c in cols)
        bulk.insert(table, f"INSERT INTO {table} ({col_sql}) VALUES ({', '.join('?' * len(cols))})",
                    [row for row, _ in to_insert], range(next_id, next_id + len(to_insert)))
        tags = [(row[0], list(t)) for row, t in to_insert if t]
        if tags:
            _link_tags(db, table, tags)
    return flagged


def _existing_items(db: Database, table: str, article_ids: list) -> dict[Any, dict[str, dict]]:
    """article id -> item_key -> row (with ``has_tags``), for the articles being merged."""
    out: dict[Any, dict[str, dict]] = defaultdict(dict)
    cur = db.conn.cursor()
    cur.row_factory = dict_row
    for chunk in chunks(article_ids, 200):
        marks = ",".join("?" * len(chunk))
        sql = (
            f"SELECT t.*, EXISTS (SELECT 1 FROM {table}_tags AS l WHERE l.{table}_id = t.id) AS has_tags "
            f"FROM {table} AS t WHERE t.article_id IN ({marks})"
        )
        for row in cur.execute(sql, chunk):
            out[row["article_id"]][row["item_key"]] = row
    return out


def _protected(row: dict) -> set[str]:
    try:
        names = json.loads(row.get("corrected") or "[]")
    except ValueError:
        names = []
    if isinstance(names, dict):
        names = list(names)
    out: set[str] = set()
    for name in names if isinstance(names, list) else []:
        out.update(CORRECTION_GROUPS.get(name, (name,)))
    return out


def _touched(row: dict) -> bool:
    """Carries the analyst's work: a decision, a note, tags or a correction."""
    return bool(
        row["status"] != "pending" or row.get("note") or row.get("has_tags") or row.get("reviewed_at")
        or _protected(row)
    )


def _merge_article(db: Database, table: str, t: Target, new_rows: list[tuple[list, tuple]], old: dict[str, dict],
                   to_insert: list) -> int:
    conn = db.conn
    text = t.item.article.text
    col = COL[table]
    key_at = col["item_key"]
    seen: set[str] = set()
    updates: list[tuple[list[str], list]] = []
    for new in new_rows:
        row = new[0]
        key = row[key_at]
        prev = old.get(key)
        if prev is None:
            to_insert.append(new)
            continue
        seen.add(key)
        if prev["origin"] == "manual":
            continue  # the analyst's own item stands
        keep = _protected(prev)
        changes = {
            c: row[col[c]] for c in _MERGED_COLUMNS[table]
            if c not in keep and prev.get(c) != row[col[c]]
        }
        if prev.get("missing"):
            changes["missing"] = 0
        if changes:
            updates.append((list(changes), [*changes.values(), prev["id"]]))
    gone = [r for k, r in old.items() if k not in seen and r["origin"] != "manual"]
    delete_ids = [r["id"] for r in gone if not _touched(r)]
    flagged = 0
    for r in gone:
        if r["id"] in delete_ids:
            continue
        changes = {}
        if not r.get("missing"):
            changes["missing"] = 1
            flagged += 1
        start = _relocate(text, r)
        if start is not None and start != r["start"]:
            changes.update(start=start, end=start + len(r["text"]),
                           sort_key=sort_key(t.published, t.rowid, start))
        if changes:
            updates.append((list(changes), [*changes.values(), r["id"]]))
    for cols, params in updates:
        assignments = ", ".join(f"[{c}] = ?" for c in cols)
        conn.execute(f"UPDATE {table} SET {assignments} WHERE id = ?", params)
    if delete_ids:
        if table == "quotes":
            _release_copies(db, delete_ids)
        for chunk in chunks(delete_ids, 500):
            conn.execute(f"DELETE FROM {table} WHERE id IN ({','.join('?' * len(chunk))})", chunk)
    return flagged


def _relocate(text: str, row: dict) -> int | None:
    """Where a kept item's text now stands in the (maybe changed) article text."""
    needle, old = row["text"], row["start"]
    if text[old : old + len(needle)] == needle:
        return old
    best, i = None, text.find(needle)
    while i != -1:
        if best is None or abs(i - old) < abs(best - old):
            best = i
        i = text.find(needle, i + 1)
    return best


_Q = COL["quotes"]
_ID, _AID, _DUP, _COPY = _Q["id"], _Q["article_id"], _Q["dup_key"], _Q["copy_of"]


def _assign_copies(db: Database, to_insert: list[tuple[list, tuple]]) -> None:
    """Mark syndicated copies: a quote whose words already stand in another article."""
    keys = sorted({row[_DUP] for row, _ in to_insert if row[_DUP]})
    if not keys:
        return
    originals: dict[str, list[tuple[int, Any]]] = defaultdict(list)
    for chunk in chunks(keys, 500):
        marks = ",".join("?" * len(chunk))
        # answered from idx_quotes_dup_key_copy_of alone (covering)
        sql = (f"SELECT dup_key, article_id, min(id) FROM quotes WHERE copy_of IS NULL AND dup_key IN ({marks}) "
               "GROUP BY dup_key, article_id")
        for dk, aid, qid in db.conn.execute(sql, chunk):
            originals[dk].append((qid, aid))
    for row, _ in to_insert:
        dk = row[_DUP]
        if not dk:
            continue
        found = originals.get(dk)
        if found is None:
            originals[dk] = [(row[_ID], row[_AID])]
            continue
        aid = row[_AID]
        others = [qid for qid, a in found if a != aid]
        if others:
            row[_COPY] = min(others)
        else:
            found.append((row[_ID], aid))


def _release_copies(db: Database, quote_ids: list[int]) -> None:
    """Before deleting quotes that others copy: promote the first copy to be the original."""
    conn = db.conn
    for qid in quote_ids:
        copies = [r[0] for r in conn.execute("SELECT id FROM quotes WHERE copy_of = ? ORDER BY id", [qid])]
        if not copies:
            continue
        first = copies[0]
        conn.execute("UPDATE quotes SET copy_of = NULL WHERE id = ?", [first])
        conn.execute("UPDATE quotes SET copy_of = ? WHERE copy_of = ?", [first, qid])


def _link_tags(db: Database, table: str, tags: list[tuple[int, list[str]]]) -> None:
    conn = db.conn
    names = sorted({n for _, ns in tags for n in ns})
    conn.executemany("INSERT OR IGNORE INTO tags (name) VALUES (?)", [(n,) for n in names])
    ids = dict(conn.execute(
        f"SELECT name, id FROM tags WHERE name IN ({','.join('?' * len(names))})", names
    ).fetchall())
    conn.executemany(
        f"INSERT OR IGNORE INTO {table}_tags ({table}_id, tags_id) VALUES (?, ?)",
        [(item_id, ids[n]) for item_id, ns in tags for n in ns],
    )
