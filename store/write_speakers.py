"""Speakers of an import batch: one row per normalised name, merged speakers followed."""

from __future__ import annotations

import json
from typing import Any

from sqlite_utils import Database

from store.bulk import BulkWriter
from store.write_rows import chunks, speaker_key


def _new_entry(name: str, kind: str | None) -> dict[str, Any]:
    return {"name": name.strip(), "role": None, "organization": None, "aliases": [], "kind": kind or "person"}


def upsert_speakers(db: Database, bulk: BulkWriter, extractions: list[dict]) -> dict[str, int]:
    """Insert or update the speakers of these extractions; returns key -> speaker id to link quotes to."""
    wanted: dict[str, dict[str, Any]] = {}
    for ex in extractions:
        for name, role, organization, aliases, kind in ex["speakers"]:
            key = speaker_key(name)
            if not key:
                continue
            entry = wanted.get(key)
            if entry is None:
                entry = wanted[key] = _new_entry(name, kind)
            entry["role"] = entry["role"] or role
            entry["organization"] = entry["organization"] or organization
            for alias in aliases:
                if alias and alias not in entry["aliases"]:
                    entry["aliases"].append(alias)
        for q in ex["quotes"]:
            name = q[5]  # speaker_name
            if name:
                key = speaker_key(name)
                if key and key not in wanted:
                    wanted[key] = _new_entry(name, None)
    if not wanted:
        return {}
    conn = db.conn
    existing: dict[str, tuple] = {}
    for chunk in chunks(sorted(wanted), 500):
        marks = ",".join("?" * len(chunk))
        sql = f"SELECT key, id, name, role, organization, aliases, merged_into FROM speakers WHERE key IN ({marks})"
        for row in conn.execute(sql, chunk):
            existing[row[0]] = row
    next_id = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM speakers").fetchone()[0]
    inserts, updates = [], []
    ids: dict[str, int] = {}
    for key, entry in wanted.items():
        row = existing.get(key)
        if row is None:
            aliases = [a for a in entry["aliases"] if a != entry["name"]]
            inserts.append((next_id, key, entry["name"], entry["role"], entry["organization"],
                            json.dumps(aliases, ensure_ascii=False), entry["kind"]))
            ids[key] = next_id
            next_id += 1
            continue
        _key, sid, name, role, org, stored_aliases, merged_into = row
        ids[key] = merged_into or sid
        new_role = role or entry["role"]
        new_org = org or entry["organization"]
        offered = [a for a in (entry["name"], *entry["aliases"]) if a and a != name]
        if not offered and new_role == role and new_org == org:
            continue  # the common case: a known speaker with nothing new
        try:
            old_aliases = json.loads(stored_aliases or "[]")
        except ValueError:
            old_aliases = []
        if not isinstance(old_aliases, list):
            old_aliases = []
        aliases = list(old_aliases)
        for alias in offered:
            if alias not in aliases:
                aliases.append(alias)
        if aliases != old_aliases or new_role != role or new_org != org:
            updates.append((new_role, new_org, json.dumps(aliases, ensure_ascii=False), sid))
    if inserts:
        bulk.insert(
            "speakers",
            "INSERT INTO speakers (id, key, name, role, organization, aliases, kind) VALUES (?, ?, ?, ?, ?, ?, ?)",
            inserts, [r[0] for r in inserts],
        )
    if updates:
        conn.executemany("UPDATE speakers SET role = ?, organization = ?, aliases = ? WHERE id = ?", updates)
    _follow_merges(db, ids)
    return ids


def _follow_merges(db: Database, ids: dict[str, int]) -> None:
    """Point at the speaker a merged one was merged into (following chains)."""
    for _ in range(8):
        targets = sorted(set(ids.values()))
        merged: dict[int, int] = {}
        for chunk in chunks(targets, 500):
            marks = ",".join("?" * len(chunk))
            for sid, into in db.conn.execute(
                f"SELECT id, merged_into FROM speakers WHERE merged_into IS NOT NULL AND id IN ({marks})", chunk
            ):
                merged[sid] = into
        if not merged:
            return
        for key, sid in ids.items():
            ids[key] = merged.get(sid, sid)
