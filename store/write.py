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
table (:mod:`store.write_items` merges). Speakers: :mod:`store.write_speakers`.
Rows are built by :mod:`store.write_rows` and inserted through
:mod:`store.bulk`, which does the work of the per-row insert triggers once
per statement inside the batch's transaction.

``sort_key`` is ``"<published or 9999>|<article rowid, 12 digits>|<start, 9 digits>"``:
article order (by publication date, then import order), then position in the article.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from operator import attrgetter
from typing import Any, Literal

from sqlite_utils import Database

from briefing.identity import content_hash as _content_hash
from briefing.identity import item_keys
from briefing.models import Article, ArticleExtraction, utc_now
from store.bulk import BulkWriter, bulk_writes
from store.write_items import save_items
from store.write_rows import (  # noqa: F401 - sort_key and speaker_key are part of this module's API
    BATCH_ARTICLES,
    DUP_KINDS,
    METADATA,
    PREPARED_FIELDS,
    Target,
    chunks,
    dict_row,
    dup_key_of,
    sort_key,
    sort_prefix,
    speaker_key,
)
from store.write_speakers import upsert_speakers

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
    cur.row_factory = dict_row
    if id_type is str:
        ids |= derived
    for chunk in chunks(sorted(ids, key=str), 500):
        marks = ",".join("?" * len(chunk))
        for row in cur.execute(f"SELECT {_ARTICLE_COLS} FROM articles WHERE id IN ({marks})", chunk):
            by_id[row["id"]] = row
    for chunk in chunks(sorted(hashes), 500):
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
    for item in items:
        item.extraction = _prepared(item.extraction)
    with write_transaction(db), bulk_writes(db, suspend=_worth_suspending(items)) as bulk:
        id_type = article_id_type(db)
        for segment in _segments(items, id_type):
            stats.add(_save_segment(db, bulk, segment, id_type, imported_at))
    return stats


#: Suspending the insert triggers costs about 0.3 ms a batch and saves about 15 µs a row (measured:
#: 41 rows 3.0 vs 2.9 ms, 205 rows 6.8 vs 10.2 ms); small saves (one article re-extracted) skip it.
SUSPEND_MIN_ROWS = 100


def _worth_suspending(items: Sequence[Incoming]) -> bool:
    rows = len(items)
    for item in items:
        ex = item.extraction
        if ex is not None:
            rows += len(ex["quotes"]) + len(ex["numbers"]) + len(ex["sources"])
    return rows >= SUSPEND_MIN_ROWS


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
                    m.group, dup_key_of(key) if m.kind in DUP_KINDS else None, review,
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


def _save_segment(db: Database, bulk: BulkWriter, items: list[Incoming], id_type: type,
                  imported_at: str) -> SaveStats:
    conn = db.conn
    stats = SaveStats()
    targets: list[Target] = []
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
            targets.append(Target(item, "new", aid, rowid, art.published))
            stats.new += 1
        else:
            status = "same" if (item.known_id is not None or row["text"] == art.text) else "changed"
            targets.append(Target(item, status, row["id"], row["_rowid"], row["published"], row))
            if status == "changed":
                stats.changed += 1
            else:
                stats.present += 1
    if inserts:
        bulk.insert(
            "articles",
            "INSERT INTO articles (rowid, id, text, title, byline, outlet, published, url, path, format, "
            "content_hash, imported_at, extracted_at, extractor_version, boilerplate_start) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            inserts, [r[0] for r in inserts],
        )
    _update_existing_articles(db, [t for t in targets if t.status != "new"], imported_at)

    with_items = [t for t in targets if t.item.extraction is not None]
    stats.extracted = len(with_items)
    if with_items:
        speaker_ids = upsert_speakers(db, bulk, [t.item.extraction for t in with_items])
        stats.missing += save_items(db, bulk, with_items, speaker_ids)
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
    cur.row_factory = dict_row
    for chunk in chunks(ids, 500):
        marks = ",".join("?" * len(chunk))
        for row in cur.execute(f"SELECT {_ARTICLE_COLS} FROM articles WHERE id IN ({marks})", chunk):
            out[row["id"]] = row
    return out


def _update_existing_articles(db: Database, targets: list[Target], imported_at: str) -> None:
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
            prefix = sort_prefix(t.published, t.rowid)
            for table in ("quotes", "numbers", "sources"):
                db.conn.execute(
                    f"UPDATE {table} SET sort_key = ? || printf('%09d', start) WHERE article_id = ?",
                    [prefix, t.article_id],
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
        cur.row_factory = dict_row
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


#: items in article order: by (start, end)
_span_order = attrgetter("start", "end")
