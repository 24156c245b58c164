"""Gather what a memo shows: the rows an :class:`ItemFilter` selects, as memo input records.

``briefing export`` and the app's memo preview both call :func:`build_memo`,
and the SQL goes through :func:`store.filters.where_clause`, so the preview
shows exactly what the export writes and both agree with the review queue.

How the filter applies to the three item tables:

- Properties of an item (status, tags, kind, speaker, search) are judged on
  the quote that is reviewed, the first copy of a syndicated quote.
  Properties of a place (outlet, article, dates) match when *any* copy stands
  there: ``--article B`` includes a quote first seen in article A that B
  reprints, shown once with both citations.
- ``--kind`` values name quote kinds (direct, partial, indirect, social),
  source kinds (outlet, anonymous, organization, social, document) or number
  kinds (anything else). A table none of whose kinds was named is left out:
  ``--kind direct`` gives direct quotes only.
- Figures and sources have no speaker, so ``--speaker`` leaves them out.

Rows are read in article order (published date, then import order) and
position, so the memo is the same for the same database.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import date

from sqlite_utils import Database

from briefing.filters import ItemFilter
from briefing.memo import GroupBy, Memo, layout
from briefing.memo_model import (
    ArticleInfo,
    MemoFigure,
    MemoInput,
    MemoQuote,
    MemoSource,
    Passage,
    QuotePiece,
    SpeakerInfo,
    quote_segments,
)
from briefing.models import QUOTE_KINDS, SOURCE_KINDS
from store.filters import from_clause, where_clause

_CHUNK = 500


def _chunks(values: Sequence, size: int = _CHUNK) -> Iterator[Sequence]:
    for i in range(0, len(values), size):
        yield values[i:i + size]


def _marks(values: Sequence) -> str:
    return ", ".join("?" for _ in values)


def table_filter(flt: ItemFilter, table: str) -> ItemFilter | None:
    """The part of ``flt`` that applies to ``table``; None when the filter leaves the table out."""
    if table == "quotes":
        kinds = [k for k in flt.kinds if k in QUOTE_KINDS]
    elif table == "sources":
        kinds = [k for k in flt.kinds if k in SOURCE_KINDS]
    else:
        kinds = [k for k in flt.kinds if k not in QUOTE_KINDS and k not in SOURCE_KINDS]
    if flt.kinds and not kinds:
        return None
    if table != "quotes" and flt.speakers:
        return None
    return flt.model_copy(update={"kinds": kinds})


def _article_order(db: Database, ids: Iterable[str]) -> dict[str, ArticleInfo]:
    ids = sorted(set(ids))
    rows = []
    for chunk in _chunks(ids):
        rows += list(db.query(
            "SELECT CAST(id AS TEXT) AS id, title, outlet, published, url, rowid AS rid "
            f"FROM articles WHERE CAST(id AS TEXT) IN ({_marks(chunk)})",
            list(chunk),
        ))
    rows.sort(key=lambda r: (r["published"] is None, r["published"] or "", r["rid"], r["id"]))
    return {
        r["id"]: ArticleInfo(id=r["id"], title=r["title"], outlet=r["outlet"], published=r["published"],
                             url=r["url"], order=i)
        for i, r in enumerate(rows)
    }


def _tags(db: Database, table: str, ids: Sequence[int]) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    for chunk in _chunks(sorted(set(ids))):
        for r in db.query(
            f"SELECT l.{table}_id AS item, g.name AS name FROM {table}_tags AS l "
            f"JOIN tags AS g ON g.id = l.tags_id WHERE l.{table}_id IN ({_marks(chunk)}) "
            "ORDER BY g.name COLLATE NOCASE, g.name",
            list(chunk),
        ):
            out.setdefault(r["item"], []).append(r["name"])
    return out


def _speakers(db: Database, ids: Iterable[int]) -> dict[int, SpeakerInfo]:
    """Speakers by id, each resolved through ``merged_into`` to the speaker it was merged into."""
    rows: dict[int, dict] = {}
    todo = {i for i in ids if i is not None}
    while todo:
        batch = sorted(todo - rows.keys())
        todo = set()
        for chunk in _chunks(batch):
            for r in db.query(
                f"SELECT id, name, role, organization, merged_into FROM speakers WHERE id IN ({_marks(chunk)})",
                list(chunk),
            ):
                rows[r["id"]] = r
                if r["merged_into"] is not None and r["merged_into"] not in rows:
                    todo.add(r["merged_into"])
    out = {}
    for sid in rows:
        r, seen = rows[sid], {sid}
        while r["merged_into"] is not None and r["merged_into"] in rows and r["merged_into"] not in seen:
            seen.add(r["merged_into"])
            r = rows[r["merged_into"]]
        out[sid] = SpeakerInfo(id=r["id"], name=r["name"], role=r["role"], organization=r["organization"])
    return out


def _select(db: Database, table: str, flt: ItemFilter, extra_where: str = "", extra_params: Sequence = ()) -> list[dict]:
    where, params = where_clause(table, flt)
    sql = (
        f"SELECT t.*, CAST(t.article_id AS TEXT) AS aid {from_clause(table)} {where} {extra_where} "
        "ORDER BY a.published IS NULL, a.published, a.rowid, t.start, t.id"
    )
    return list(db.query(sql, [*params, *extra_params]))


_PLACE_FIELDS = ("outlets", "articles", "since", "until")


def _quote_rows(db: Database, flt: ItemFilter) -> list[dict]:
    """The reviewed quotes (first copies) the filter selects; places match through any copy."""
    item_flt = flt.model_copy(update={f: ([] if f in ("outlets", "articles") else None) for f in _PLACE_FIELDS})
    place_flt = ItemFilter(outlets=flt.outlets, articles=flt.articles, since=flt.since, until=flt.until)
    if place_flt.is_empty():
        return _select(db, "quotes", item_flt)
    where, params = where_clause("quotes", place_flt, include_copies=True)
    # The subquery's aliases (t, a, s) shadow the outer ones inside it.
    sub = f"AND t.id IN (SELECT coalesce(t.copy_of, t.id) {from_clause('quotes')} {where})"
    return _select(db, "quotes", item_flt, sub, params)


def _copies(db: Database, ids: Sequence[int]) -> dict[int, list[dict]]:
    out: dict[int, list[dict]] = {}
    for chunk in _chunks(sorted(set(ids))):
        for r in db.query(
            "SELECT t.id, t.copy_of, CAST(t.article_id AS TEXT) AS aid, t.start, t.\"end\", t.text "
            f"FROM quotes AS t JOIN articles AS a ON a.id = t.article_id WHERE t.copy_of IN ({_marks(chunk)}) "
            "ORDER BY a.published IS NULL, a.published, a.rowid, t.start, t.id",
            list(chunk),
        ):
            out.setdefault(r["copy_of"], []).append(r)
    return out


def article_texts(db: Database, ids: Iterable[str]) -> dict[str, str]:
    """The text of each article in ``ids`` (as text) that exists; missing ids are left out."""
    out: dict[str, str] = {}
    for chunk in _chunks(sorted(set(ids))):
        for r in db.query(
            f"SELECT CAST(id AS TEXT) AS id, text FROM articles WHERE CAST(id AS TEXT) IN ({_marks(chunk)})",
            list(chunk),
        ):
            out[r["id"]] = r["text"] or ""
    return out


def _passage(r: dict) -> Passage:
    return Passage(r["aid"], r["start"], r["end"], r["text"] or "")


def _notes(*rows: dict) -> list[str]:
    return list(dict.fromkeys(r["note"] for r in rows if r.get("note") and r["note"].strip()))


def _quotes(db: Database, flt: ItemFilter) -> list[MemoQuote]:
    rows = _quote_rows(db, flt)
    if not rows:
        return []
    ids = [r["id"] for r in rows]
    copies = _copies(db, ids)
    tags = _tags(db, "quotes", ids)
    speakers = _speakers(db, (r["speaker_id"] for r in rows))

    # the pieces of a split quote share (article, group_id)
    units: dict[tuple, list[dict]] = {}
    for r in rows:
        key = ("group", r["aid"], r["group_id"]) if r["group_id"] else ("quote", r["id"])
        units.setdefault(key, []).append(r)

    texts: dict[str, str | None] = {}

    def text_of(article_id: str) -> str | None:
        if article_id not in texts:
            texts[article_id] = article_texts(db, [article_id]).get(article_id)
        return texts[article_id]

    position = {r["id"]: i for i, r in enumerate(rows)}
    quotes = []
    for pieces in units.values():
        pieces.sort(key=lambda r: (r["start"], r["id"]))
        first = pieces[0]
        qp = [QuotePiece(r["id"], _passage(r), tuple(_passage(c) for c in copies.get(r["id"], []))) for r in pieces]
        speaker_row = next((r for r in pieces if r["speaker_id"] is not None or r["speaker_name"]), None)
        speaker = None
        if speaker_row is not None:
            sid = speaker_row["speaker_id"]
            speaker = speakers.get(sid) if sid is not None else None
            if speaker is None and speaker_row["speaker_name"]:
                speaker = SpeakerInfo(id=None, name=speaker_row["speaker_name"])
        quotes.append(MemoQuote(
            id=first["id"],
            kind=first["kind"] or "direct",
            segments=quote_segments(qp, text_of),
            speaker=speaker,
            cue=next((r["cue_text"] for r in pieces if r["cue_text"]), None),
            notes=_notes(*pieces),
            tags=list(dict.fromkeys(t for r in pieces for t in tags.get(r["id"], []))),
            status=first["status"],
            order=(position[first["id"]],),
        ))
    return quotes


def _figures(db: Database, flt: ItemFilter) -> list[MemoFigure]:
    rows = _select(db, "numbers", flt)
    tags = _tags(db, "numbers", [r["id"] for r in rows])
    return [
        MemoFigure(
            id=r["id"], passage=_passage(r), value=r["value"], value_max=r["value_max"], unit=r["unit"],
            kind=r["kind"], context=r["context"], date=r["date"], notes=_notes(r), tags=tags.get(r["id"], []),
            status=r["status"], order=(i,),
        )
        for i, r in enumerate(rows)
    ]


def _sources(db: Database, flt: ItemFilter) -> list[MemoSource]:
    rows = _select(db, "sources", flt)
    tags = _tags(db, "sources", [r["id"] for r in rows])
    return [
        MemoSource(
            id=r["id"], name=r["name"] or r["text"] or "", kind=r["kind"] or "", passage=_passage(r),
            notes=_notes(r), tags=tags.get(r["id"], []), status=r["status"], order=(i,),
        )
        for i, r in enumerate(rows)
    ]


def gather(db: Database, flt: ItemFilter) -> MemoInput:
    """Everything the memo for ``flt`` shows, read in one pass of queries."""
    tables = {t: table_filter(flt, t) for t in ("quotes", "numbers", "sources")}
    quotes = _quotes(db, tables["quotes"]) if tables["quotes"] else []
    figures = _figures(db, tables["numbers"]) if tables["numbers"] else []
    sources = _sources(db, tables["sources"]) if tables["sources"] else []
    ids: set[str] = {f.passage.article_id for f in figures} | {s.passage.article_id for s in sources}
    for q in quotes:
        ids.update(q.article_ids)
    return MemoInput(
        articles=_article_order(db, ids),
        quotes=quotes,
        figures=figures,
        sources=sources,
        filter_description=flt.describe(),
    )


def build_memo(db: Database, flt: ItemFilter, *, group_by: GroupBy = "speaker", title: str | None = None,
               today: date | None = None) -> Memo:
    """The laid-out memo for ``flt``: render it with ``briefing.memo.to_markdown`` or ``to_json``."""
    return layout(gather(db, flt), group_by=group_by, title=title, today=today)
