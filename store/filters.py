"""Turn an :class:`~briefing.filters.ItemFilter` into SQL for one item table.

The SQL is written against the alias ``t`` for the item table and ``a`` for
its article (mention tables) so callers can add their own ordering and keyset
conditions. The app's queue, its counts and ``briefing export`` all go
through :func:`where_clause`, so they agree on what a filter shows.
"""

from __future__ import annotations

from briefing.filters import ItemFilter

MENTION_TABLES = ("quotes", "numbers", "sources")


def _in(column: str, values: list[str], params: list, *, nocase: bool = False) -> str:
    marks = ", ".join("?" for _ in values)
    params.extend(values)
    if nocase:
        return f"lower({column}) IN ({', '.join('lower(?)' for _ in values)})"
    return f"{column} IN ({marks})"


def _article_conditions(flt: ItemFilter, params: list) -> list[str]:
    """Conditions on the article (alias ``a``): outlet, article id, publication dates."""
    conds = []
    if flt.outlets:
        conds.append(_in("a.outlet", flt.outlets, params, nocase=True))
    if flt.articles:
        conds.append(_in("CAST(a.id AS TEXT)", flt.articles, params))
    if flt.since:
        conds.append("a.published >= ?")
        params.append(flt.since)
    if flt.until:
        # a bare date includes the whole day of a datetime
        conds.append("substr(a.published, 1, length(?)) <= ?")
        params.extend([flt.until, flt.until])
    return conds


def from_clause(table: str) -> str:
    """``FROM`` with the joins :func:`where_clause` relies on."""
    if table in MENTION_TABLES:
        sql = f"FROM {table} AS t JOIN articles AS a ON a.id = t.article_id"
        if table == "quotes":
            sql += " LEFT JOIN speakers AS s ON s.id = t.speaker_id"
        return sql
    if table == "speakers":
        return "FROM speakers AS t"
    raise ValueError(f"unknown item table {table!r}")


def where_clause(table: str, flt: ItemFilter, *, include_copies: bool = False) -> tuple[str, list]:
    """``WHERE ...`` (always present, ``WHERE 1`` when the filter is empty) and its parameters.

    Syndicated copies of a quote (``copy_of`` set) and merged speakers are left
    out unless ``include_copies``: they are reviewed through their first copy.
    """
    conds: list[str] = []
    params: list = []
    if table == "quotes" and not include_copies:
        conds.append("t.copy_of IS NULL")
    if table == "speakers" and not include_copies:
        conds.append("t.merged_into IS NULL")
    if flt.statuses:
        conds.append(_in("t.status", list(flt.statuses), params))
    if flt.kinds and table != "speakers":
        conds.append(_in("t.kind", flt.kinds, params))
    if flt.tags:
        marks = ", ".join("?" for _ in flt.tags)
        params.extend(flt.tags)
        conds.append(
            f"t.id IN (SELECT l.{table}_id FROM {table}_tags AS l JOIN tags AS g ON g.id = l.tags_id "
            f"WHERE g.name IN ({marks}))"
        )
    if table in MENTION_TABLES:
        if flt.speakers and table == "quotes":
            conds.append(
                "(" + _in("s.name", flt.speakers, params, nocase=True)
                + " OR " + _in("t.speaker_name", flt.speakers, params, nocase=True) + ")"
            )
        conds.extend(_article_conditions(flt, params))
        if flt.search:
            if table == "quotes":
                conds.append("t.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)")
            else:
                conds.append("t.text LIKE '%' || ? || '%'")
            params.append(flt.search)
    elif table == "speakers":
        if flt.speakers:
            conds.append(_in("t.name", flt.speakers, params, nocase=True))
        quote_conds = _article_conditions(flt, params)
        if quote_conds:
            conds.append(
                "EXISTS (SELECT 1 FROM quotes AS q JOIN articles AS a ON a.id = q.article_id "
                "WHERE q.speaker_id = t.id AND " + " AND ".join(quote_conds) + ")"
            )
        if flt.search:
            conds.append("(t.name LIKE '%' || ? || '%' OR t.aliases LIKE '%' || ? || '%')")
            params.extend([flt.search, flt.search])
    return "WHERE " + (" AND ".join(conds) if conds else "1"), params
