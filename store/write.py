"""Imports: articles and their extraction results, batched, idempotent, merge-safe.

Plain functions that take the :class:`~sqlite_utils.Database` first.

- :func:`resolve` says, without writing, whether each incoming article is
  new, already present (same text) or changed, so callers extract only what
  needs it.
- :func:`save_batch` writes a batch (e.g. 200 articles) in one transaction:
  every article with all its items, or nothing. Re-saving the same thing
  changes nothing.

Identity of an article: its given id; else its ``content_hash`` (sha1 of the
URL, or of the text when there is no URL), else the derived id. In a database
whose ``articles.id`` is INTEGER (made by ``sqlite-utils insert``), new
articles get the next integer ids.

Identity of an item across re-extraction: ``(article_id, item_key)`` in its
table. A re-extracted item keeps its row id, review state, note, tags and any
column named in its ``corrected`` JSON; items no longer found are deleted if
untouched, else kept with ``missing = 1``; manual items are never touched.

``sort_key`` is ``"<published or 9999>|<article rowid, 12 digits>|<start, 9 digits>"``:
article order (by publication date, then import order), then position in the article.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import defaultdict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter
from typing import Any, Literal

from sqlite_utils import Database

from briefing.identity import content_hash as _content_hash
from briefing.identity import item_keys, normalise
from briefing.models import Article, ArticleExtraction, utc_now

BATCH_ARTICLES = 200
DUP_KINDS = ("direct", "partial", "social")
METADATA = ("title", "byline", "outlet", "published", "url")

#: columns an extraction sets, per table (besides the span, sort_key and item_key)
EXTRACTED_COLUMNS: dict[str, tuple[str, ...]] = {
    "quotes": (
        "kind", "speaker_id", "speaker_name", "mention_text", "mention_start", "mention_end",
        "cue_text", "cue_start", "cue_end", "group_id", "dup_key",
    ),
    "numbers": ("value", "value_max", "from_value", "unit", "kind", "context", "date"),
    "sources": ("name", "kind"),
}
SPAN_COLUMNS = ("start", "end", "text")
#: a name in ``corrected`` protects these columns
CORRECTION_GROUPS: dict[str, tuple[str, ...]] = {
    "start": SPAN_COLUMNS,
    "end": SPAN_COLUMNS,
    "text": SPAN_COLUMNS,
    "span": SPAN_COLUMNS,
    "speaker": ("speaker_id", "speaker_name"),
    "speaker_id": ("speaker_id", "speaker_name"),
    "speaker_name": ("speaker_id", "speaker_name"),
    "mention": ("mention_text", "mention_start", "mention_end"),
    "cue": ("cue_text", "cue_start", "cue_end"),
}


# --- what comes in, what happened ------------------------------------------


@dataclass
class Incoming:
    """One article to save, with its extraction (None: store the article only).

    ``extraction`` is an :class:`ArticleExtraction` or its ``model_dump()``
    (what extraction workers send back: plain data is much cheaper to pass
    between processes than models); the article text may be left out of it.
    """

    article: Article
    format: str | None = None
    extraction: ArticleExtraction | dict | None = None
    origin: str = "extracted"  # items' origin: extracted | imported
    extractor_version: str | None = None
    known_id: str | int | None = None  # the row this is, when it comes from the database


@dataclass
class Resolution:
    status: Literal["new", "same", "changed"]
    article_id: str | int | None  # the existing id (None for a new article in an INTEGER-id table)
    extracted: bool = False  # the existing row was extracted already


@dataclass
class SaveStats:
    new: int = 0
    changed: int = 0
    present: int = 0
    extracted: int = 0
    missing: int = 0  # reviewed items no longer found, kept and flagged

    def add(self, other: SaveStats) -> None:
        self.new += other.new
        self.changed += other.changed
        self.present += other.present
        self.extracted += other.extracted
        self.missing += other.missing


@contextmanager
def write_transaction(db: Database) -> Iterator[None]:
    """``BEGIN IMMEDIATE`` ... ``COMMIT``: take the write lock first, roll back on any error."""
    conn = db.conn
    if conn.in_transaction:
        conn.commit()
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        conn.rollback()
        raise
    conn.commit()


# --- identity ---------------------------------------------------------------

#: content_hash reads the whole text; an import asks for it several times per article.
content_hash = lru_cache(maxsize=2 * BATCH_ARTICLES)(_content_hash)


def article_id_for(text: str, url: str | None = None) -> str:
    """Derived article id (same as :func:`briefing.identity.article_id_for`, cached)."""
    return content_hash(text, url)[:12]



def article_id_type(db: Database) -> type:
    """``int`` when ``articles.id`` is INTEGER (sqlite-utils with numeric ids), else ``str``."""
    for row in db.execute("PRAGMA table_info(articles)").fetchall():
        if row[1] == "id":
            return int if str(row[2]).upper() == "INTEGER" else str
    return str


def given_id(article: Article, id_type: type) -> str | int | None:
    """The article's own id in the table's type, or None (then it is derived or assigned)."""
    raw = article.id
    if raw is None or raw == "":
        return None
    if id_type is int:
        if isinstance(raw, int):
            return raw
        text = str(raw).strip()
        return int(text) if re.fullmatch(r"-?\d{1,18}", text) else None
    return str(raw)


def _key(article: Article, id_type: type) -> tuple[str, Any]:
    gid = given_id(article, id_type)
    if gid is not None:
        return ("id", gid)
    return ("hash", content_hash(article.text, article.url))


_ARTICLE_COLS = "rowid AS _rowid, id, text, content_hash, extracted_at, title, byline, outlet, published, url, imported_at"


def _lookup(db: Database, articles: Sequence[Article], id_type: type) -> list[dict | None]:
    keys = [_key(a, id_type) for a in articles]
    ids = {k[1] for k in keys if k[0] == "id"}
    hashes = {k[1] for k in keys if k[0] == "hash"}
    derived = {article_id_for(a.text, a.url) for a, k in zip(articles, keys, strict=True) if k[0] == "hash"}
    by_id: dict = {}
    by_hash: dict = {}
    cur = db.conn.cursor()
    cur.row_factory = _dict_row
    if id_type is str:
        ids |= derived
    for chunk in _chunks(sorted(ids, key=str), 500):
        marks = ",".join("?" * len(chunk))
        for row in cur.execute(f"SELECT {_ARTICLE_COLS} FROM articles WHERE id IN ({marks})", chunk):
            by_id[row["id"]] = row
    for chunk in _chunks(sorted(hashes), 500):
        marks = ",".join("?" * len(chunk))
        sql = f"SELECT {_ARTICLE_COLS} FROM articles WHERE content_hash IN ({marks}) ORDER BY rowid"
        for row in cur.execute(sql, chunk):
            by_hash.setdefault(row["content_hash"], row)
    found: list[dict | None] = []
    for article, (kind, value) in zip(articles, keys, strict=True):
        if kind == "id":
            found.append(by_id.get(value))
        else:
            row = by_hash.get(value)
            if row is None and id_type is str:
                row = by_id.get(article_id_for(article.text, article.url))
            found.append(row)
    return found


def resolve(db: Database, articles: Sequence[Article]) -> list[Resolution]:
    """New, same or changed, for each article (read-only; call it before extracting)."""
    id_type = article_id_type(db)
    out = []
    for article, row in zip(articles, _lookup(db, articles, id_type), strict=True):
        if row is None:
            gid = given_id(article, id_type)
            new_id = gid if gid is not None or id_type is int else article_id_for(article.text, article.url)
            out.append(Resolution("new", new_id))
        else:
            status = "same" if row["text"] == article.text else "changed"
            out.append(Resolution(status, row["id"], extracted=row["extracted_at"] is not None))
    return out


# --- saving -----------------------------------------------------------------


def save_batch(db: Database, items: Sequence[Incoming], *, imported_at: str | None = None) -> SaveStats:
    """Save a batch of articles (with their items) in one transaction."""
    stats = SaveStats()
    if not items:
        return stats
    imported_at = imported_at or utc_now()
    with write_transaction(db):
        id_type = article_id_type(db)
        for segment in _segments(items, id_type):
            stats.add(_save_segment(db, segment, id_type, imported_at))
    return stats


def _segments(items: Sequence[Incoming], id_type: type) -> Iterator[list[Incoming]]:
    """Runs without two versions of one article, so each run can be written set-wise."""
    seen: set = set()
    run: list[Incoming] = []
    for item in items:
        key = ("known", item.known_id) if item.known_id is not None else _key(item.article, id_type)
        if key in seen:
            yield run
            run, seen = [], set()
        seen.add(key)
        run.append(item)
    if run:
        yield run


@dataclass
class _Target:
    """Where one incoming article goes."""

    item: Incoming
    status: str  # new | same | changed
    article_id: Any
    rowid: int
    published: str | None
    row: dict | None = None


#: the fields of each prepared item, per table (see :func:`prepare`)
PREPARED_FIELDS: dict[str, tuple[str, ...]] = {
    "quotes": ("item_key", "start", "end", "text", "kind", "speaker_name", "mention_text", "mention_start",
               "mention_end", "cue_text", "cue_start", "cue_end", "group", "dup_key", "review"),
    "numbers": ("item_key", "start", "end", "text", "value", "value_max", "from_value", "unit", "kind",
                "context", "date", "review"),
    "sources": ("item_key", "start", "end", "text", "name", "kind", "review"),
}


def prepare(ex: ArticleExtraction) -> dict[str, Any]:
    """An extraction in the compact form :func:`save_batch` writes from.

    Plain tuples in article order with their item keys computed. Extraction
    workers call this (it is a module-level function, so it pickles), which
    puts the per-item work on every core and makes what crosses the process
    boundary cheap: rebuilding pydantic models from a pickle costs more than
    writing the rows to SQLite.
    """
    out: dict[str, Any] = {
        "meta": {k: getattr(ex.article, k) for k in METADATA},
        "boilerplate_start": getattr(ex, "boilerplate_start", None),
        "speakers": [(sp.name, sp.role, sp.organization, tuple(sp.aliases), getattr(sp, "kind", None))
                     for sp in ex.speakers],
    }
    for table in ("quotes", "numbers", "sources"):
        items = sorted(getattr(ex, table), key=_span_order)
        keys = item_keys([m.text for m in items])
        rows = []
        for m, key in zip(items, keys, strict=True):
            r = m.review
            review = None if (r.status == "pending" and not r.note and not r.tags and not r.reviewed_at) else (
                r.status, r.note, r.reviewed_at, r.reviewed_by, tuple(r.tags))
            if table == "quotes":
                mention, cue = m.speaker_mention, m.cue
                rows.append((
                    key, m.start, m.end, m.text, m.kind, m.speaker,
                    mention.text if mention else None, mention.start if mention else None,
                    mention.end if mention else None,
                    cue.text if cue else None, cue.start if cue else None, cue.end if cue else None,
                    m.group, _dup_key(key) if m.kind in DUP_KINDS else None, review,
                ))
            elif table == "numbers":
                rows.append((key, m.start, m.end, m.text, m.value, m.value_max, m.from_value, m.unit, m.kind,
                             m.context, m.date, review))
            else:
                rows.append((key, m.start, m.end, m.text, m.name, m.kind, review))
        out[table] = rows
    return out


def _prepared(ex: ArticleExtraction | dict | None) -> dict | None:
    if ex is None or isinstance(ex, dict):
        return ex
    return prepare(ex)


def _save_segment(db: Database, items: list[Incoming], id_type: type, imported_at: str) -> SaveStats:
    conn = db.conn
    for item in items:
        item.extraction = _prepared(item.extraction)
    stats = SaveStats()
    targets: list[_Target] = []
    known = [i for i in items if i.known_id is not None]
    known_rows = _rows_by_id(db, [i.known_id for i in known])
    lookups = _lookup(db, [i.article for i in items if i.known_id is None], id_type)
    lookup_iter = iter(lookups)
    next_rowid = conn.execute("SELECT coalesce(max(rowid), 0) + 1 FROM articles").fetchone()[0]
    if id_type is int:  # an INTEGER id that is not the rowid (no --pk) may run ahead of it
        max_id = conn.execute("SELECT max(id) FROM articles WHERE typeof(id) = 'integer'").fetchone()[0]
        next_rowid = max(next_rowid, (max_id or 0) + 1)
    given_ints = [given_id(i.article, int) for i in items if i.known_id is None] if id_type is int else []
    next_rowid = max([next_rowid, *((g + 1) for g in given_ints if g is not None)])

    inserts = []
    for item in items:
        row = known_rows.get(item.known_id) if item.known_id is not None else next(lookup_iter)
        art = _merged_article(item)
        if row is None:
            if item.known_id is not None:
                continue  # deleted meanwhile
            gid = given_id(art, id_type)
            if id_type is int:
                aid = gid if gid is not None else next_rowid
                rowid = aid
                next_rowid = max(next_rowid, aid + 1)
            else:
                aid = gid if gid is not None else article_id_for(art.text, art.url)
                rowid = next_rowid
                next_rowid += 1
            ex = item.extraction
            inserts.append((
                rowid, aid, art.text, art.title, art.byline, art.outlet, art.published, art.url,
                art.path, item.format, content_hash(art.text, art.url), imported_at,
                imported_at if ex is not None else None,
                item.extractor_version if ex is not None else None,
                _boilerplate_start(ex),
            ))
            targets.append(_Target(item, "new", aid, rowid, art.published))
            stats.new += 1
        else:
            status = "same" if (item.known_id is not None or row["text"] == art.text) else "changed"
            targets.append(_Target(item, status, row["id"], row["_rowid"], row["published"], row))
            if status == "changed":
                stats.changed += 1
            else:
                stats.present += 1
    if inserts:
        conn.executemany(
            "INSERT INTO articles (rowid, id, text, title, byline, outlet, published, url, path, format, "
            "content_hash, imported_at, extracted_at, extractor_version, boilerplate_start) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            inserts,
        )
    _update_existing_articles(db, [t for t in targets if t.status != "new"], imported_at)

    with_items = [t for t in targets if t.item.extraction is not None]
    stats.extracted = len(with_items)
    if with_items:
        speaker_ids = _upsert_speakers(db, [t.item.extraction for t in with_items])
        stats.missing += _save_items(db, with_items, speaker_ids)
    return stats


def _merged_article(item: Incoming) -> Article:
    """The article as given, with metadata the extraction found filling the gaps."""
    art = item.article
    ex = item.extraction
    if ex is None:
        return art
    meta = ex["meta"]
    fill = {k: meta[k] for k in METADATA if getattr(art, k) is None and meta.get(k)}
    return art.model_copy(update=fill) if fill else art


def _boilerplate_start(ex: dict | None) -> int | None:
    if ex is None:
        return None
    value = ex.get("boilerplate_start")
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _rows_by_id(db: Database, ids: list) -> dict:
    out: dict = {}
    cur = db.conn.cursor()
    cur.row_factory = _dict_row
    for chunk in _chunks(ids, 500):
        marks = ",".join("?" * len(chunk))
        for row in cur.execute(f"SELECT {_ARTICLE_COLS} FROM articles WHERE id IN ({marks})", chunk):
            out[row["id"]] = row
    return out


def _update_existing_articles(db: Database, targets: list[_Target], imported_at: str) -> None:
    for t in targets:
        art = _merged_article(t.item)
        row = t.row or {}
        sets: dict[str, Any] = {}
        if t.status == "changed":
            sets["text"] = art.text
            sets["content_hash"] = content_hash(art.text, art.url)
            for k in METADATA:
                value = getattr(art, k)
                if value is not None and value != row.get(k):
                    sets[k] = value
            if art.path:
                sets["path"] = art.path
            if t.item.format:
                sets["format"] = t.item.format
            if t.item.extraction is None:
                sets["extracted_at"] = None  # the old items no longer fit the text
        else:
            for k in METADATA:
                value = getattr(art, k)
                if value is not None and row.get(k) is None:
                    sets[k] = value
            if row.get("content_hash") is None:
                sets["content_hash"] = content_hash(row.get("text") or art.text, row.get("url") or art.url)
        if row.get("imported_at") is None:
            sets["imported_at"] = imported_at
        ex = t.item.extraction
        if ex is not None:
            sets["extracted_at"] = imported_at
            sets["extractor_version"] = t.item.extractor_version
            sets["boilerplate_start"] = _boilerplate_start(ex)
        if not sets:
            continue
        assignments = ", ".join(f"[{k}] = ?" for k in sets)
        db.conn.execute(f"UPDATE articles SET {assignments} WHERE rowid = ?", [*sets.values(), t.rowid])
        if "published" in sets:
            t.published = sets["published"]
            prefix = _sort_prefix(t.published, t.rowid)
            for table in ("quotes", "numbers", "sources"):
                db.conn.execute(
                    f"UPDATE {table} SET sort_key = ? || printf('%09d', start) WHERE article_id = ?",
                    [prefix, t.article_id],
                )


def sort_key(published: str | None, article_rowid: int, start: int) -> str:
    """``"<published or 9999>|<article rowid, 12 digits>|<start, 9 digits>"``: article order, then position.

    The same format as :func:`store.review.sort_key` (manual items); a test keeps them equal.
    """
    return f"{_sort_prefix(published, article_rowid)}{start:09d}"


def _sort_prefix(published: str | None, rowid: int) -> str:
    return f"{published or '9999'}|{rowid:012d}|"


# --- speakers ---------------------------------------------------------------


@lru_cache(maxsize=8192)
def speaker_key(name: str) -> str:
    """Speakers are one row per normalised name."""
    return normalise(name)


def _new_entry(name: str, kind: str | None) -> dict[str, Any]:
    return {"name": name.strip(), "role": None, "organization": None, "aliases": [], "kind": kind or "person"}


def _upsert_speakers(db: Database, extractions: list[dict]) -> dict[str, int]:
    """Insert or update the speakers of these extractions; returns key -> speaker id to link quotes to."""
    wanted: dict[str, dict[str, Any]] = {}
    for ex in extractions:
        for name, role, organization, aliases, kind in ex["speakers"]:
            key = speaker_key(name)
            if not key:
                continue
            entry = wanted.setdefault(key, _new_entry(name, kind))
            entry["role"] = entry["role"] or role
            entry["organization"] = entry["organization"] or organization
            for alias in aliases:
                if alias and alias not in entry["aliases"]:
                    entry["aliases"].append(alias)
        for q in ex["quotes"]:
            name = q[5]  # speaker_name
            if name and speaker_key(name):
                wanted.setdefault(speaker_key(name), _new_entry(name, None))
    if not wanted:
        return {}
    conn = db.conn
    existing: dict[str, dict] = {}
    cur = conn.cursor()
    cur.row_factory = _dict_row
    for chunk in _chunks(sorted(wanted), 500):
        marks = ",".join("?" * len(chunk))
        sql = f"SELECT id, key, name, role, organization, aliases, merged_into FROM speakers WHERE key IN ({marks})"
        for row in cur.execute(sql, chunk):
            existing[row["key"]] = row
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
        ids[key] = row["merged_into"] or row["id"]
        try:
            old_aliases = json.loads(row["aliases"] or "[]")
        except ValueError:
            old_aliases = []
        if not isinstance(old_aliases, list):
            old_aliases = []
        aliases = list(old_aliases)
        for alias in [entry["name"], *entry["aliases"]]:
            if alias and alias != row["name"] and alias not in aliases:
                aliases.append(alias)
        role = row["role"] or entry["role"]
        org = row["organization"] or entry["organization"]
        if aliases != old_aliases or role != row["role"] or org != row["organization"]:
            updates.append((role, org, json.dumps(aliases, ensure_ascii=False), row["id"]))
    if inserts:
        conn.executemany(
            "INSERT INTO speakers (id, key, name, role, organization, aliases, kind) VALUES (?, ?, ?, ?, ?, ?, ?)",
            inserts,
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
        for chunk in _chunks(targets, 500):
            marks = ",".join("?" * len(chunk))
            for sid, into in db.conn.execute(
                f"SELECT id, merged_into FROM speakers WHERE merged_into IS NOT NULL AND id IN ({marks})", chunk
            ):
                merged[sid] = into
        if not merged:
            return
        for key, sid in ids.items():
            ids[key] = merged.get(sid, sid)


# --- items ------------------------------------------------------------------


def _item_rows(t: _Target, table: str, speaker_ids: dict[str, int]) -> list[dict[str, Any]]:
    """The rows an extraction gives for one table of one article, in article order."""
    ex = t.item.extraction
    assert ex is not None
    prefix = _sort_prefix(t.published, t.rowid)
    fields = PREPARED_FIELDS[table]
    rows = []
    for item in ex[table]:
        row = dict(zip(fields, item, strict=True))
        row["sort_key"] = f"{prefix}{row['start']:09d}"
        row["copy_of"] = None
        if table == "quotes":
            name = row["speaker_name"]
            row["speaker_id"] = speaker_ids.get(speaker_key(name)) if name else None
            group = row.pop("group")
            row["group_id"] = f"{t.article_id}:{group}" if group else None
        rows.append(row)
    return rows


def _dup_key(item_key: str) -> str:
    """:func:`briefing.identity.dup_key` from an item key (its normalised text is already there)."""
    return hashlib.sha1(item_key.rpartition("|")[0].encode("utf-8")).hexdigest()


def _span_order(m) -> tuple[int, int]:
    return m.start, m.end


def _save_items(db: Database, targets: list[_Target], speaker_ids: dict[str, int]) -> int:
    """Insert the items of new articles; merge those of existing ones. Returns items flagged missing."""
    conn = db.conn
    flagged = 0
    fresh = [t for t in targets if t.status == "new"]
    merging = [t for t in targets if t.status != "new"]
    for table in ("quotes", "numbers", "sources"):
        cols = ("id", "article_id", "origin", *SPAN_COLUMNS, "item_key", "sort_key", *EXTRACTED_COLUMNS[table],
                "status", "note", "reviewed_at", "reviewed_by")
        if table == "quotes":
            cols = (*cols, "copy_of")
        next_id = conn.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {table}").fetchone()[0]
        existing = _existing_items(db, table, [t.article_id for t in merging])
        to_insert: list[tuple[_Target, dict]] = []
        for t in fresh:
            to_insert += [(t, row) for row in _item_rows(t, table, speaker_ids)]
        for t in merging:
            flagged += _merge_article(db, table, t, _item_rows(t, table, speaker_ids),
                                      existing.get(t.article_id, {}), to_insert)
        if not to_insert:
            continue
        tags: list[tuple[int, list[str]]] = []
        for _t, row in to_insert:
            row["id"] = next_id
            next_id += 1
        if table == "quotes":
            _assign_copies(db, to_insert)
        values = []
        pick = itemgetter(*cols)
        for t, row in to_insert:
            review = row.pop("review") or ("pending", None, None, None, ())
            row.update(article_id=t.article_id, origin=t.item.origin, status=review[0], note=review[1],
                       reviewed_at=review[2], reviewed_by=review[3])
            if review[4]:
                tags.append((row["id"], list(review[4])))
            values.append(pick(row))
        col_sql = ", ".join(f"[{c}]" for c in cols)
        conn.executemany(
            f"INSERT INTO {table} ({col_sql}) VALUES ({', '.join('?' * len(cols))})", values
        )
        if tags:
            _link_tags(db, table, tags)
    return flagged


def _existing_items(db: Database, table: str, article_ids: list) -> dict[Any, dict[str, dict]]:
    """article id -> item_key -> row (with ``has_tags``), for the articles being merged."""
    out: dict[Any, dict[str, dict]] = defaultdict(dict)
    cur = db.conn.cursor()
    cur.row_factory = _dict_row
    for chunk in _chunks(article_ids, 200):
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


def _merge_article(db: Database, table: str, t: _Target, new_rows: list[dict], old: dict[str, dict],
                   to_insert: list) -> int:
    conn = db.conn
    text = t.item.article.text
    seen: set[str] = set()
    updates: list[tuple[list[str], list]] = []
    for row in new_rows:
        key = row["item_key"]
        prev = old.get(key)
        if prev is None:
            to_insert.append((t, row))
            continue
        seen.add(key)
        if prev["origin"] == "manual":
            continue  # the analyst's own item stands
        keep = _protected(prev)
        changes = {
            c: row[c] for c in (*SPAN_COLUMNS, "sort_key", *EXTRACTED_COLUMNS[table])
            if c not in keep and prev.get(c) != row[c]
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
        for chunk in _chunks(delete_ids, 500):
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


def _assign_copies(db: Database, to_insert: list[tuple[_Target, dict]]) -> None:
    """Mark syndicated copies: a quote whose words already stand in another article."""
    keys = sorted({row["dup_key"] for _, row in to_insert if row.get("dup_key")})
    if not keys:
        return
    originals: dict[str, list[tuple[int, Any]]] = defaultdict(list)
    for chunk in _chunks(keys, 500):
        marks = ",".join("?" * len(chunk))
        sql = (f"SELECT dup_key, article_id, min(id) FROM quotes WHERE copy_of IS NULL AND dup_key IN ({marks}) "
               "GROUP BY dup_key, article_id")
        for dk, aid, qid in db.conn.execute(sql, chunk):
            originals[dk].append((qid, aid))
    for t, row in to_insert:
        dk = row.get("dup_key")
        if not dk:
            continue
        others = [qid for qid, aid in originals[dk] if aid != t.article_id]
        if others:
            row["copy_of"] = min(others)
        else:
            originals[dk].append((row["id"], t.article_id))


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


# --- reading back what needs extraction ------------------------------------


def articles_to_extract(db: Database, *, force: bool = False, batch: int = BATCH_ARTICLES) -> Iterator[Article]:
    """Articles not extracted yet (all with ``force``), in rowid order, read in keyset pages.

    Rows other tools inserted with only ``id`` and ``text`` are included.
    Rows whose text is missing or not a string are skipped.
    """
    last = 0
    where = "1" if force else "extracted_at IS NULL"
    while True:
        cur = db.conn.cursor()
        cur.row_factory = _dict_row
        rows = cur.execute(
            f"SELECT rowid AS _rowid, id, text, title, byline, outlet, published, url, path FROM articles "
            f"WHERE {where} AND rowid > ? ORDER BY rowid LIMIT ?",
            [last, batch],
        ).fetchall()
        if not rows:
            return
        for row in rows:
            last = row.pop("_rowid")
            if not isinstance(row["text"], str) or not row["text"].strip():
                continue
            yield Article(**{k: (str(v) if v is not None and k != "id" else v) for k, v in row.items()})


def count_to_extract(db: Database, *, force: bool = False) -> int:
    where = "1" if force else "extracted_at IS NULL"
    return db.conn.execute(f"SELECT count(*) FROM articles WHERE {where}").fetchone()[0]


# --- helpers ----------------------------------------------------------------


def _dict_row(cursor, row) -> dict:
    return {d[0]: v for d, v in zip(cursor.description, row, strict=True)}


def _chunks(seq: Sequence, n: int) -> Iterator[list]:
    seq = list(seq)
    for i in range(0, len(seq), n):
        yield seq[i : i + n]
