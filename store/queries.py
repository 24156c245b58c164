"""Read side of the review app: keyset pages, item cards, totals, aggregates.

Nothing here loads a whole table. Lists walk an index with keyset pagination
(``WHERE (key...) > (?...) ORDER BY key... LIMIT n``), counts come from the
trigger-maintained ``totals`` table (a filtered count is only run when a
filter is active), and a card reads one item, its article's metadata and a
window of the article text around the span. So a database of a million
quotes answers like a small one.

Every function takes a sqlite-utils ``Database`` first; it must belong to the
calling thread.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from briefing.filters import ItemFilter, SortOrder
from store.filters import from_clause, where_clause

MENTION_TABLES = ("quotes", "numbers", "sources")
ITEM_TABLES = ("quotes", "speakers", "numbers", "sources")
SORTS: tuple[SortOrder, ...] = ("article", "speaker", "outlet")

#: How many characters of article text a card shows around its span, at most.
CONTEXT_CHARS = 700

Key = tuple[Any, ...]


class SearchSyntaxError(ValueError):
    """An FTS5 query SQLite cannot parse (``"unbalanced``, ``AND OR``, ``*``)."""


# --- records -----------------------------------------------------------------


@dataclass(frozen=True)
class ArticleRef:
    id: str
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class Totals:
    """Items of one kind by status; ``filtered`` when counted under a filter."""

    pending: int = 0
    accepted: int = 0
    rejected: int = 0
    filtered: bool = False

    @property
    def total(self) -> int:
        return self.pending + self.accepted + self.rejected

    @property
    def reviewed(self) -> int:
        return self.accepted + self.rejected

    def describe(self) -> str:
        """``37 / 120 reviewed · 30 accepted · 7 rejected``."""
        return (
            f"{self.reviewed:,} / {self.total:,} reviewed · "
            f"{self.accepted:,} accepted · {self.rejected:,} rejected"
        )


@dataclass(frozen=True)
class Row:
    """One line of a list: enough to show it and to continue the keyset walk."""

    id: int
    key: Key
    text: str
    status: str
    label: str = ""  # speaker, outlet or kind: what the list shows beside the text
    article: ArticleRef | None = None


@dataclass(frozen=True)
class Card:
    """Everything the review card shows about one item.

    ``context`` is a window of the article text starting at offset
    ``context_start``; the span, cue and speaker mention are offsets into the
    article, so the card can highlight them inside the window.
    """

    kind: str  # the item table: quotes, speakers, numbers, sources
    id: int
    text: str
    status: str = "pending"
    note: str | None = None
    reviewed_by: str | None = None
    reviewed_at: str | None = None
    tags: tuple[str, ...] = ()
    origin: str | None = None
    corrected: tuple[str, ...] = ()
    missing: bool = False
    article: ArticleRef | None = None
    start: int | None = None
    end: int | None = None
    context: str = ""
    context_start: int = 0
    item_kind: str | None = None  # quote kind (direct...), number kind, source kind, speaker kind
    # quotes
    speaker_id: int | None = None
    speaker_name: str | None = None
    speaker_role: str | None = None
    speaker_org: str | None = None
    mention: tuple[str, int, int] | None = None
    cue: tuple[str, int, int] | None = None
    copies: tuple[ArticleRef, ...] = ()
    # numbers
    value: float | None = None
    value_max: float | None = None
    from_value: float | None = None
    unit: str | None = None
    number_context: str | None = None
    date: str | None = None
    # sources
    source_name: str | None = None
    # speakers
    aliases: tuple[str, ...] = ()
    quote_count: int = 0
    samples: tuple[Row, ...] = ()


@dataclass(frozen=True)
class ItemSpan:
    """An item inside one article, for the reader."""

    kind: str
    id: int
    start: int
    end: int
    text: str
    status: str
    label: str = ""


@dataclass(frozen=True)
class ArticleText:
    ref: ArticleRef
    text: str
    items: tuple[ItemSpan, ...] = ()


@dataclass(frozen=True)
class SpeakerInfo:
    id: int
    name: str
    role: str | None = None
    organization: str | None = None
    aliases: tuple[str, ...] = ()
    quote_count: int = 0
    status: str = "pending"
    merged_into: int | None = None


@dataclass(frozen=True)
class Overview:
    totals: dict[str, Totals] = field(default_factory=dict)
    top_speakers: tuple[tuple[str, int], ...] = ()
    named_sources: int = 0
    anonymous_sources: int = 0
    per_day: tuple[tuple[str, int], ...] = ()  # (YYYY-MM-DD, articles), oldest first


# --- totals ------------------------------------------------------------------


def totals(db: Database, table: str) -> Totals:
    """Counts by status from the maintained ``totals`` table: one indexed read."""
    rows = dict(db.execute("SELECT status, n FROM totals WHERE kind = ?", [table]).fetchall())
    return Totals(
        pending=max(rows.get("pending", 0), 0),
        accepted=max(rows.get("accepted", 0), 0),
        rejected=max(rows.get("rejected", 0), 0),
    )


def filtered_totals(db: Database, table: str, flt: ItemFilter) -> Totals:
    """Counts by status under ``flt`` (a query; only run when a filter is active)."""
    if flt.is_empty():
        return totals(db, table)
    where, params = where_clause(table, flt)
    sql = f"SELECT t.status, count(*) {from_clause(table)} {where} GROUP BY t.status"
    rows = dict(_run(db, sql, params, flt))
    return Totals(
        pending=rows.get("pending", 0),
        accepted=rows.get("accepted", 0),
        rejected=rows.get("rejected", 0),
        filtered=True,
    )


def data_version(db: Database) -> int:
    """Changes whenever *another* connection commits: the cheap "is there news?" probe."""
    return db.execute("PRAGMA data_version").fetchone()[0]


# --- keyset walking ------------------------------------------------------------


def _lead(table: str, sort: str) -> str | None:
    """The expression a non-article sort orders by first (None: article order)."""
    if table == "speakers":
        return None
    if sort == "speaker":
        if table == "quotes":
            return "lower(coalesce(s.name, t.speaker_name, ''))"
        if table == "sources":
            return "lower(coalesce(t.name, ''))"
        return None
    if sort == "outlet":
        return "lower(coalesce(a.outlet, ''))"
    return None


def key_columns(table: str, sort: str) -> list[str]:
    """The keyset tuple for ``table`` under ``sort``, as SQL expressions."""
    if table == "speakers":
        return ["t.name", "t.id"]
    lead = _lead(table, sort)
    if lead is None:
        return ["t.sort_key", "t.id"]
    return [lead, "coalesce(t.sort_key, '')", "t.id"]


def _segments(table: str, sort: str, key: Key | None, forward: bool) -> list[tuple[str, list]]:
    """Conditions (with params) to walk in order from ``key``, one query each.

    Article order indexes ``sort_key``, which other tools may leave NULL; NULLs
    sort first, and a row-value comparison with NULL is never true, so the
    NULL block is walked as its own segment. Every other key is non-NULL.
    """
    cols = key_columns(table, sort)
    nullable = cols[0] == "t.sort_key"
    tup = "(" + ", ".join(cols) + ")"
    op = ">" if forward else "<"
    marks = "(" + ", ".join("?" for _ in cols) + ")"
    if not nullable:
        if key is None:
            return [("1", [])]
        return [(f"{tup} {op} {marks}", list(key))]
    null_seg = "t.sort_key IS NULL"
    set_seg = "t.sort_key IS NOT NULL"
    if key is None:
        segs = [(null_seg, []), (set_seg, [])]
        return segs if forward else segs[::-1]
    sk, item_id = key
    if sk is None:
        mine = (f"{null_seg} AND t.id {op} ?", [item_id])
        return [mine, (set_seg, [])] if forward else [mine]
    mine = (f"{set_seg} AND {tup} {op} {marks}", [sk, item_id])
    return [mine] if forward else [mine, (null_seg, [])]


def _order(table: str, sort: str, forward: bool, *, null_block: bool = False) -> str:
    cols = ["t.id"] if null_block else key_columns(table, sort)
    direction = "" if forward else " DESC"
    return "ORDER BY " + ", ".join(c + direction for c in cols)


def _run(db: Database, sql: str, params: Sequence, flt: ItemFilter | None = None,
         search: str | None = None) -> list[tuple]:
    """Execute and fetch; an FTS5 error in the user's search becomes :class:`SearchSyntaxError`.

    FTS5 reports a bad query while rows are fetched, not when the statement is
    prepared, so both happen here.
    """
    try:
        return db.execute(sql, list(params)).fetchall()
    except sqlite3.OperationalError as exc:
        query = search or (flt.search if flt else None)
        msg = str(exc)
        if query and "MATCH" in sql and "locked" not in msg and "busy" not in msg:
            raise SearchSyntaxError(f"cannot search for {query!r}: {msg}") from exc
        raise


def _walk(
    db: Database,
    table: str,
    flt: ItemFilter,
    sort: str,
    key: Key | None,
    *,
    forward: bool = True,
    limit: int = 1,
    extra: tuple[str, list] | None = None,
    select: str = "",
    search: str | None = None,
) -> list[sqlite3.Row | tuple]:
    """Up to ``limit`` rows after (or before) ``key`` under ``flt``, in queue order.

    Each row is ``(id, *key columns, *select columns)``.
    """
    cols = key_columns(table, sort)
    where, params = where_clause(table, flt)
    if extra:
        where += f" AND ({extra[0]})"
        params = params + list(extra[1])
    head = f"SELECT t.id, {', '.join(cols)}{', ' + select if select else ''} {_from(table, sort, flt)}"
    out: list = []
    for cond, seg_params in _segments(table, sort, key, forward):
        null_block = cond.startswith("t.sort_key IS NULL")
        sql = (
            f"{head} {where} AND {cond} {_order(table, sort, forward, null_block=null_block)} "
            f"LIMIT {int(limit - len(out))}"
        )
        out.extend(_run(db, sql, params + seg_params, flt, search))
        if len(out) >= limit:
            break
    return out


def _from(table: str, sort: str, flt: ItemFilter) -> str:
    """``FROM`` clause; the item table drives the join so the keyset index is used."""
    if table == "speakers":
        return from_clause(table)
    # CROSS JOIN pins the item table as the outer loop: the planner then walks the
    # (status,) sort_key index instead of sorting a million rows.
    sql = f"FROM {table} AS t CROSS JOIN articles AS a ON a.id = t.article_id"
    if table == "quotes":
        sql += " LEFT JOIN speakers AS s ON s.id = t.speaker_id"
    return sql


def _row_key(row: Sequence, table: str, sort: str) -> Key:
    n = len(key_columns(table, sort))
    return tuple(row[1 : 1 + n])


def step(
    db: Database,
    table: str,
    flt: ItemFilter,
    sort: str,
    key: Key | None,
    *,
    forward: bool = True,
    pending_only: bool = False,
    search: str | None = None,
) -> tuple[int, Key] | None:
    """The item after (or before) ``key`` in queue order, or the first (last) when ``key`` is None."""
    extra = _search_condition(table, search) if search else None
    if pending_only:
        cond = "t.status = 'pending'"
        extra = (f"{cond} AND ({extra[0]})", extra[1]) if extra else (cond, [])
    rows = _walk(db, table, flt, sort, key, forward=forward, limit=1, extra=extra, search=search)
    if not rows:
        return None
    return rows[0][0], _row_key(rows[0], table, sort)


def key_of(db: Database, table: str, sort: str, item_id: int) -> Key | None:
    """The keyset key of one item (None if it no longer exists)."""
    cols = key_columns(table, sort)
    if table == "speakers":
        sql = f"SELECT t.id, {', '.join(cols)} FROM speakers AS t WHERE t.id = ?"
    else:
        sql = f"SELECT t.id, {', '.join(cols)} {_from(table, sort, ItemFilter())} WHERE t.id = ?"
    row = db.execute(sql, [item_id]).fetchone()
    return _row_key(row, table, sort) if row else None


def matches(db: Database, table: str, flt: ItemFilter, item_id: int) -> bool:
    """Whether the item is shown under ``flt`` (copies and merged speakers are not)."""
    where, params = where_clause(table, flt)
    sql = f"SELECT 1 {_from(table, 'article', flt)} {where} AND t.id = ?"
    return bool(_run(db, sql, params + [item_id], flt))


def fts_phrase(query: str) -> str:
    """``query`` as one quoted FTS5 phrase: what to search when its syntax is broken."""
    return '"' + query.replace('"', '""') + '"'


def _search_condition(table: str, query: str) -> tuple[str, list]:
    if table == "quotes":
        return "t.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)", [query]
    if table == "speakers":
        return (
            "(t.name LIKE '%' || ? || '%' OR t.aliases LIKE '%' || ? || '%')",
            [query, query],
        )
    if table == "sources":
        return "(t.text LIKE '%' || ? || '%' OR t.name LIKE '%' || ? || '%')", [query, query]
    return "t.text LIKE '%' || ? || '%'", [query]


def check_search(db: Database, table: str, query: str) -> None:
    """Raise :class:`SearchSyntaxError` when ``query`` is not valid FTS5 (quotes only)."""
    if table != "quotes":
        return
    try:
        db.execute(
            "SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ? LIMIT 1", [query]
        ).fetchall()
    except sqlite3.OperationalError as exc:
        raise SearchSyntaxError(f"cannot search for {query!r}: {exc}") from exc


def page(
    db: Database,
    table: str,
    flt: ItemFilter,
    sort: str = "article",
    after: Key | None = None,
    *,
    limit: int = 50,
    forward: bool = True,
) -> list[Row]:
    """One page of list rows after ``after`` (keyset pagination)."""
    label = {
        "quotes": "coalesce(s.name, t.speaker_name, '')",
        "numbers": "coalesce(t.kind, '')",
        "sources": "coalesce(t.name, '')",
        "speakers": "coalesce(t.organization, '')",
    }[table]
    if table == "speakers":
        select = f"t.name, t.status, {label}"
    else:
        select = f"t.text, t.status, {label}, a.id, a.title, a.outlet, a.published, a.url"
    rows = _walk(db, table, flt, sort, after, forward=forward, limit=limit, select=select)
    n = len(key_columns(table, sort))
    out = []
    for r in rows:
        rest = r[1 + n :]
        art = None
        if table != "speakers":
            art = ArticleRef(str(rest[3]), rest[4], rest[5], rest[6], rest[7])
        out.append(Row(id=r[0], key=_row_key(r, table, sort), text=rest[0], status=rest[1],
                       label=rest[2] or "", article=art))
    return out


# --- cards ---------------------------------------------------------------------


def _json_list(value: str | None) -> tuple[str, ...]:
    if not value:
        return ()
    try:
        data = json.loads(value)
    except ValueError:
        return (value,)
    return tuple(str(v) for v in data) if isinstance(data, list) else (str(data),)


def item_tags(db: Database, table: str, item_id: int) -> tuple[str, ...]:
    rows = db.execute(
        f"SELECT g.name FROM {table}_tags AS l JOIN tags AS g ON g.id = l.tags_id "
        f"WHERE l.{table}_id = ? ORDER BY g.id",
        [item_id],
    ).fetchall()
    return tuple(r[0] for r in rows)


def context_window(text_len: int, start: int, end: int, size: int = CONTEXT_CHARS) -> tuple[int, int]:
    """Bounds of a window of at most ``size`` characters (or the span) around ``start:end``."""
    span = end - start
    if span >= size:
        return start, end
    pad = (size - span) // 2
    lo = max(0, start - pad)
    hi = min(text_len, end + pad)
    return lo, hi


def _paragraph(db: Database, article_id: Any, start: int, end: int) -> tuple[str, int]:
    """The paragraph (line) around ``start:end``, trimmed to a window, read with substr()."""
    row = db.execute("SELECT length(text) FROM articles WHERE id = ?", [article_id]).fetchone()
    if not row or row[0] is None:
        return "", 0
    lo, hi = context_window(row[0], start, end)
    # read a little more to find the line boundaries within the window
    chunk = db.execute(
        "SELECT substr(text, ?, ?) FROM articles WHERE id = ?", [lo + 1, hi - lo, article_id]
    ).fetchone()[0] or ""
    rel_s, rel_e = start - lo, end - lo
    nl_before = chunk.rfind("\n", 0, max(rel_s, 0))
    nl_after = chunk.find("\n", max(rel_e, 0))
    a = nl_before + 1 if nl_before >= 0 else 0
    b = nl_after if nl_after >= 0 else len(chunk)
    return chunk[a:b], lo + a


def _article_ref(row: sqlite3.Row | Sequence) -> ArticleRef:
    return ArticleRef(str(row[0]), row[1], row[2], row[3], row[4])


def load_card(db: Database, table: str, item_id: int) -> Card | None:
    """The card for one item, or None when it no longer exists."""
    if table == "speakers":
        return _speaker_card(db, item_id)
    conn = db.conn
    cur = conn.execute(
        f"SELECT t.*, a.id AS a_id, a.title AS a_title, a.outlet AS a_outlet, "
        f"a.published AS a_published, a.url AS a_url FROM {table} AS t "
        f"LEFT JOIN articles AS a ON a.id = t.article_id WHERE t.id = ?",
        [item_id],
    )
    names = [d[0] for d in cur.description]
    raw = cur.fetchone()
    if raw is None:
        return None
    r = dict(zip(names, raw, strict=True))
    article = ArticleRef(str(r["a_id"]), r["a_title"], r["a_outlet"], r["a_published"], r["a_url"])
    context, context_start = _paragraph(db, r["article_id"], r["start"], r["end"])
    common: dict[str, Any] = dict(
        kind=table,
        id=r["id"],
        text=r["text"],
        status=r["status"],
        note=r["note"],
        reviewed_by=r["reviewed_by"],
        reviewed_at=r["reviewed_at"],
        tags=item_tags(db, table, item_id),
        origin=r.get("origin"),
        corrected=_json_list(r.get("corrected")),
        missing=bool(r.get("missing")),
        article=article,
        start=r["start"],
        end=r["end"],
        context=context,
        context_start=context_start,
        item_kind=r.get("kind"),
    )
    if table == "quotes":
        sp = None
        if r["speaker_id"] is not None:
            sp = db.execute(
                "SELECT name, role, organization FROM speakers WHERE id = ?", [r["speaker_id"]]
            ).fetchone()
        root = r["copy_of"] or r["id"]
        # ids first: "copy_of = ?" alone is answered from its index even when
        # ANALYZE has seen that nearly every copy_of is NULL
        ids = [root] + [c[0] for c in db.execute(
            "SELECT id FROM quotes WHERE copy_of = ? LIMIT 50", [root]
        ).fetchall()]
        copies = [
            c
            for i in ids
            if i != r["id"]
            for c in db.execute(
                "SELECT a.id, a.title, a.outlet, a.published, a.url FROM quotes AS q "
                "JOIN articles AS a ON a.id = q.article_id WHERE q.id = ?",
                [i],
            ).fetchall()
        ]
        mention = None
        if r["mention_text"] and r["mention_start"] is not None:
            mention = (r["mention_text"], r["mention_start"], r["mention_end"])
        cue = None
        if r["cue_text"] and r["cue_start"] is not None:
            cue = (r["cue_text"], r["cue_start"], r["cue_end"])
        return Card(
            **common,
            speaker_id=r["speaker_id"],
            speaker_name=(sp[0] if sp else None) or r["speaker_name"],
            speaker_role=sp[1] if sp else None,
            speaker_org=sp[2] if sp else None,
            mention=mention,
            cue=cue,
            copies=tuple(_article_ref(c) for c in copies),
        )
    if table == "numbers":
        return Card(
            **common,
            value=r["value"],
            value_max=r["value_max"],
            from_value=r["from_value"],
            unit=r["unit"],
            number_context=r["context"],
            date=r["date"],
        )
    return Card(**common, source_name=r["name"])


def _speaker_card(db: Database, speaker_id: int) -> Card | None:
    info = speaker(db, speaker_id)
    if info is None:
        return None
    row = db.execute(
        "SELECT note, reviewed_by, reviewed_at, kind FROM speakers WHERE id = ?", [speaker_id]
    ).fetchone()
    samples = speaker_quotes(db, speaker_id, limit=3)
    return Card(
        kind="speakers",
        id=info.id,
        text=info.name,
        status=info.status,
        note=row[0],
        reviewed_by=row[1],
        reviewed_at=row[2],
        item_kind=row[3],
        tags=item_tags(db, "speakers", speaker_id),
        speaker_id=info.id,
        speaker_name=info.name,
        speaker_role=info.role,
        speaker_org=info.organization,
        aliases=info.aliases,
        quote_count=info.quote_count,
        samples=tuple(samples),
    )


# --- speakers --------------------------------------------------------------------


def speaker(db: Database, speaker_id: int) -> SpeakerInfo | None:
    row = db.execute(
        "SELECT id, name, role, organization, aliases, quote_count, status, merged_into "
        "FROM speakers WHERE id = ?",
        [speaker_id],
    ).fetchone()
    if row is None:
        return None
    return SpeakerInfo(row[0], row[1], row[2], row[3], _json_list(row[4]), row[5] or 0, row[6], row[7])


def resolve_speaker(db: Database, speaker_id: int) -> int:
    """Follow ``merged_into`` to the speaker that absorbed this one."""
    seen = set()
    while speaker_id not in seen:
        seen.add(speaker_id)
        row = db.execute("SELECT merged_into FROM speakers WHERE id = ?", [speaker_id]).fetchone()
        if not row or row[0] is None:
            return speaker_id
        speaker_id = row[0]
    return speaker_id


def speaker_quotes(
    db: Database, speaker_id: int, after: Key | None = None, *, limit: int = 100
) -> list[Row]:
    """One page of a speaker's quotes across articles (syndicated copies included), article order."""
    cond = "t.speaker_id = ?"
    params: list = [speaker_id]
    if after is not None:
        cond += " AND (coalesce(t.sort_key, ''), t.id) > (?, ?)"
        params += list(after)
    rows = db.execute(
        "SELECT t.id, coalesce(t.sort_key, ''), t.id, t.text, t.status, coalesce(t.kind, ''), "
        "a.id, a.title, a.outlet, a.published, a.url "
        "FROM quotes AS t JOIN articles AS a ON a.id = t.article_id "
        f"WHERE {cond} ORDER BY coalesce(t.sort_key, ''), t.id LIMIT ?",
        params + [limit],
    ).fetchall()
    return [
        Row(id=r[0], key=(r[1], r[2]), text=r[3], status=r[4], label=r[5],
            article=ArticleRef(str(r[6]), r[7], r[8], r[9], r[10]))
        for r in rows
    ]


def speakers_in_article(db: Database, article_id: Any) -> list[SpeakerInfo]:
    """The people quoted in one article, most quoted there first."""
    rows = db.execute(
        "SELECT s.id, s.name, s.role, s.organization, s.aliases, s.quote_count, s.status, "
        "s.merged_into, count(*) AS n FROM quotes AS q JOIN speakers AS s ON s.id = q.speaker_id "
        "WHERE q.article_id = ? GROUP BY s.id ORDER BY n DESC, s.name",
        [article_id],
    ).fetchall()
    return [SpeakerInfo(r[0], r[1], r[2], r[3], _json_list(r[4]), r[5] or 0, r[6], r[7]) for r in rows]


def find_speakers(db: Database, prefix: str = "", *, limit: int = 20, exclude: int | None = None) -> list[SpeakerInfo]:
    """Speakers whose name starts with (then contains) ``prefix``, for pickers."""
    out: list[SpeakerInfo] = []
    seen: set[int] = set()
    for pattern in (f"{prefix}%", f"%{prefix}%"):
        rows = db.execute(
            "SELECT id, name, role, organization, aliases, quote_count, status, merged_into "
            "FROM speakers WHERE merged_into IS NULL AND name LIKE ? ORDER BY quote_count DESC, name LIMIT ?",
            [pattern, limit],
        ).fetchall()
        for r in rows:
            if r[0] in seen or r[0] == exclude:
                continue
            seen.add(r[0])
            out.append(SpeakerInfo(r[0], r[1], r[2], r[3], _json_list(r[4]), r[5] or 0, r[6], r[7]))
        if len(out) >= limit:
            break
    return out[:limit]


# --- articles ------------------------------------------------------------------------


def article_text(db: Database, article_id: Any) -> ArticleText | None:
    """An article with every quote, number and source in it, in text order."""
    row = db.execute(
        "SELECT id, title, outlet, published, url, text FROM articles WHERE id = ?", [article_id]
    ).fetchone()
    if row is None:
        return None
    items: list[ItemSpan] = []
    for table, label in (
        ("quotes", "coalesce((SELECT name FROM speakers WHERE id = t.speaker_id), t.speaker_name, '')"),
        ("numbers", "coalesce(t.kind, '')"),
        ("sources", "coalesce(t.name, '')"),
    ):
        for r in db.execute(
            f"SELECT t.id, t.start, t.end, t.text, t.status, {label} FROM {table} AS t "
            "WHERE t.article_id = ? ORDER BY t.start, t.id",
            [article_id],
        ).fetchall():
            items.append(ItemSpan(table, r[0], r[1], r[2], r[3], r[4], r[5] or ""))
    items.sort(key=lambda i: (i.start, i.end, i.kind, i.id))
    return ArticleText(ArticleRef(str(row[0]), row[1], row[2], row[3], row[4]), row[5] or "", tuple(items))


def article_of(db: Database, table: str, item_id: int) -> Any:
    if table == "speakers":
        row = db.execute(
            "SELECT article_id FROM quotes WHERE speaker_id = ? ORDER BY sort_key LIMIT 1", [item_id]
        ).fetchone()
    else:
        row = db.execute(f"SELECT article_id FROM {table} WHERE id = ?", [item_id]).fetchone()
    return row[0] if row else None


# --- suggestions -------------------------------------------------------------------------


def tag_names(db: Database, limit: int | None = None) -> list[str]:
    """Tags in creation order: the first nine are what keys 1-9 toggle."""
    sql = "SELECT name FROM tags ORDER BY id"
    if limit:
        sql += f" LIMIT {int(limit)}"
    return [r[0] for r in db.execute(sql).fetchall()]


def outlets(db: Database, limit: int = 200) -> list[str]:
    rows = db.execute(
        "SELECT outlet FROM articles WHERE outlet IS NOT NULL AND outlet != '' "
        "GROUP BY outlet ORDER BY count(*) DESC LIMIT ?",
        [limit],
    ).fetchall()
    return [r[0] for r in rows]


def speaker_names(db: Database, limit: int = 500) -> list[str]:
    rows = db.execute(
        "SELECT name FROM speakers WHERE merged_into IS NULL ORDER BY quote_count DESC, name LIMIT ?",
        [limit],
    ).fetchall()
    return [r[0] for r in rows]


# --- overview ------------------------------------------------------------------------------


def overview(db: Database, *, top: int = 8, days: int = 60) -> Overview:
    """Aggregates for the overview screen.

    Totals come from the ``totals`` table; the rest are grouped queries over
    small tables (speakers by their maintained ``quote_count``, sources,
    articles by day), so this stays quick on a large database.
    """
    all_totals = {table: totals(db, table) for table in ITEM_TABLES}
    speakers_rows = db.execute(
        "SELECT name, quote_count FROM speakers WHERE merged_into IS NULL AND quote_count > 0 "
        "ORDER BY quote_count DESC, name LIMIT ?",
        [top],
    ).fetchall()
    src = dict(
        db.execute(
            "SELECT kind = 'anonymous', count(*) FROM sources GROUP BY kind = 'anonymous'"
        ).fetchall()
    )
    day_rows = db.execute(
        "SELECT substr(published, 1, 10) AS d, count(*) FROM articles "
        "WHERE published IS NOT NULL AND published != '' GROUP BY d ORDER BY d DESC LIMIT ?",
        [days],
    ).fetchall()
    return Overview(
        totals=all_totals,
        top_speakers=tuple((r[0], r[1]) for r in speakers_rows),
        named_sources=src.get(0, 0),
        anonymous_sources=src.get(1, 0),
        per_day=tuple((r[0], r[1]) for r in reversed(day_rows)),
    )


# --- app state ------------------------------------------------------------------------------


def get_state(db: Database, key: str) -> Any:
    """A JSON value from ``app_state`` (None when missing or unreadable)."""
    row = db.execute("SELECT value FROM app_state WHERE key = ?", [key]).fetchone()
    if not row or row[0] is None:
        return None
    try:
        return json.loads(row[0])
    except ValueError:
        return None
