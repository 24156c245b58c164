"""Build review databases for tests with plain SQL, the way any other tool could.

Rows go in through ``store.open_store`` and ``INSERT`` statements that follow
``store/schema.py`` (``sort_key`` = "<published or 9999>|<article rowid, 12>|<start, 9>"),
so the tests also prove the app picks up rows that other programs wrote.
Every article text below was written for these tests.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from briefing.identity import dup_key, item_key, normalise
from store import open_store

ARTICLES = [
    {
        "id": "ledger-1",
        "title": "Budget talks stall over rail funding",
        "outlet": "The Northern Ledger",
        "published": "2026-05-01",
        "url": "https://ledger.example/budget-rail",
        "text": (
            "Budget talks stalled on Tuesday as ministers argued over rail funding.\n"
            "\u201cWe will not cut the rail budget this year,\u201d said Hugo Lind, the finance minister. "
            "He added that 12% of the fund was already committed.\n"
            "Officials familiar with the talks said a deal could come within two weeks.\n"
            "\u201cThe numbers simply do not add up,\u201d said Mara Voss, an opposition spokesperson."
        ),
    },
    {
        "id": "courier-2",
        "title": "Port strike enters third day",
        "outlet": "Harbour Courier",
        "published": "2026-05-02",
        "url": "https://courier.example/port-strike",
        "text": (
            "The port strike entered its third day on Thursday.\n"
            "\u201cWe are ready to talk at any hour,\u201d said Ines Brandt, who leads the dockworkers' union. "
            "About 40,000 tonnes of cargo are waiting offshore.\n"
            "A ministry spokesperson said the government was monitoring the situation."
        ),
    },
    {
        "id": "wire-3",
        "title": "Rail budget pledge repeated",
        "outlet": "Coastal Wire",
        "published": "2026-05-03",
        "url": "https://wire.example/rail-pledge",
        "text": (
            "The finance minister repeated his pledge on Friday.\n"
            "\u201cWe will not cut the rail budget this year,\u201d said Hugo Lind. "
            "Unions welcomed the statement.\n"
            "\u201cIt is a start, not a settlement,\u201d said Ines Brandt."
        ),
    },
]

SPEAKERS = [
    {"name": "Hugo Lind", "role": "finance minister", "organization": "Ministry of Finance"},
    {"name": "Mara Voss", "role": "opposition spokesperson", "organization": "Civic Party"},
    {"name": "Ines Brandt", "role": "union leader", "organization": "Dockworkers' Union"},
]

# (article, quote text, speaker, cue)
QUOTES = [
    ("ledger-1", "We will not cut the rail budget this year,", "Hugo Lind", "said"),
    ("ledger-1", "The numbers simply do not add up,", "Mara Voss", "said"),
    ("courier-2", "We are ready to talk at any hour,", "Ines Brandt", "said"),
    ("wire-3", "We will not cut the rail budget this year,", "Hugo Lind", "said"),  # syndicated copy
    ("wire-3", "It is a start, not a settlement,", "Ines Brandt", "said"),
]

NUMBERS = [
    ("ledger-1", "12%", 12.0, "%", "percent"),
    ("ledger-1", "two weeks", 2.0, "week", "duration"),
    ("courier-2", "40,000 tonnes", 40000.0, "t", "quantity"),
]

SOURCES = [
    ("ledger-1", "Officials familiar with the talks", "officials", "anonymous"),
    ("courier-2", "A ministry spokesperson", "ministry", "organization"),
]


def sort_key(published: str | None, rowid: int, start: int) -> str:
    return f"{published or '9999'}|{rowid:012d}|{start:09d}"


class Builder:
    """Insert articles and items with plain SQL into a database opened by ``open_store``."""

    def __init__(self, path: str | Path):
        self.path = str(path)
        self.db = open_store(self.path)
        self.conn: sqlite3.Connection = self.db.conn

    def close(self) -> None:
        self.conn.commit()
        self.conn.close()

    def article(self, id: str, text: str, title=None, outlet=None, published=None, url=None) -> int:
        cur = self.conn.execute(
            "INSERT INTO articles (id, text, title, outlet, published, url, format) VALUES (?, ?, ?, ?, ?, ?, 'txt')",
            [id, text, title, outlet, published, url],
        )
        self.conn.commit()
        return cur.lastrowid

    def speaker(self, name: str, role=None, organization=None, aliases=()) -> int:
        row = self.conn.execute("SELECT id FROM speakers WHERE key = ?", [normalise(name)]).fetchone()
        if row:
            return row[0]
        cur = self.conn.execute(
            "INSERT INTO speakers (key, name, role, organization, kind, aliases, status, quote_count) "
            "VALUES (?, ?, ?, ?, 'person', ?, 'pending', 0)",
            [normalise(name), name, role, organization, json.dumps(list(aliases))],
        )
        self.conn.commit()
        return cur.lastrowid

    def _article(self, article_id: str) -> tuple[str, str | None, int]:
        text, published, rowid = self.conn.execute(
            "SELECT text, published, rowid FROM articles WHERE id = ?", [article_id]
        ).fetchone()
        return text, published, rowid

    def _span(self, article_id: str, passage: str, occurrence: int = 1) -> tuple[int, int]:
        text, _, _ = self._article(article_id)
        pos = -1
        for _ in range(occurrence):
            pos = text.index(passage, pos + 1)
        return pos, pos + len(passage)

    def _key(self, table: str, article_id: str, passage: str) -> str:
        same = sum(
            1
            for (t,) in self.conn.execute(f"SELECT text FROM {table} WHERE article_id = ?", [article_id])
            if normalise(t) == normalise(passage)
        )
        return item_key(passage, same + 1)

    def quote(self, article_id: str, passage: str, speaker: str | None = None, cue: str | None = None,
              kind: str = "direct", status: str = "pending") -> int:
        text, published, rowid = self._article(article_id)
        start, end = self._span(article_id, passage)
        sid = self.speaker(speaker) if speaker else None
        cue_start = text.find(cue, end) if cue else -1
        copy = self.conn.execute(
            "SELECT id FROM quotes WHERE dup_key = ? AND copy_of IS NULL AND article_id != ? ORDER BY id LIMIT 1",
            [dup_key(passage), article_id],
        ).fetchone()
        cur = self.conn.execute(
            "INSERT INTO quotes (article_id, item_key, start, end, text, sort_key, origin, missing, kind, "
            "speaker_id, speaker_name, cue_text, cue_start, cue_end, dup_key, copy_of, status) "
            "VALUES (?, ?, ?, ?, ?, ?, 'extracted', 0, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                article_id, self._key("quotes", article_id, passage), start, end, passage,
                sort_key(published, rowid, start), kind, sid, speaker,
                cue if cue_start >= 0 else None, cue_start if cue_start >= 0 else None,
                cue_start + len(cue) if cue and cue_start >= 0 else None,
                dup_key(passage), copy[0] if copy else None, status,
            ],
        )
        self.conn.commit()
        return cur.lastrowid

    def number(self, article_id: str, passage: str, value=None, unit=None, kind=None) -> int:
        _, published, rowid = self._article(article_id)
        start, end = self._span(article_id, passage)
        cur = self.conn.execute(
            "INSERT INTO numbers (article_id, item_key, start, end, text, sort_key, value, unit, kind, status) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending')",
            [article_id, self._key("numbers", article_id, passage), start, end, passage,
             sort_key(published, rowid, start), value, unit, kind],
        )
        self.conn.commit()
        return cur.lastrowid

    def source(self, article_id: str, passage: str, name: str, kind: str) -> int:
        _, published, rowid = self._article(article_id)
        start, end = self._span(article_id, passage)
        cur = self.conn.execute(
            "INSERT INTO sources (article_id, item_key, start, end, text, sort_key, name, kind, status) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'pending')",
            [article_id, self._key("sources", article_id, passage), start, end, passage,
             sort_key(published, rowid, start), name, kind],
        )
        self.conn.commit()
        return cur.lastrowid


def build_sample(path: str | Path) -> str:
    """Three articles, three speakers, five quotes (one syndicated copy), numbers and sources."""
    b = Builder(path)
    for art in ARTICLES:
        b.article(**art)
    for sp in SPEAKERS:
        b.speaker(**sp)
    for article_id, passage, speaker, cue in QUOTES:
        b.quote(article_id, passage, speaker, cue)
    for article_id, passage, value, unit, kind in NUMBERS:
        b.number(article_id, passage, value, unit, kind)
    for article_id, passage, name, kind in SOURCES:
        b.source(article_id, passage, name, kind)
    b.close()
    return str(path)


HOSTILE_TEXT = (
    "Hostile \x1b[2J\x1b[31mred\x1b[0m text\x07 in an article.\n"
    "\u201c[bold red]Not markup[/] and [link=x]no link[/link] \U0001F600,\u201d said Dana Roe. "
    "\u05e9\u05dc\u05d5\u05dd \u05e2\u05d5\u05dc\u05dd \u0645\u0631\u062d\u0628\u0627 "
    + "very-long-line-" * 40
    + "\n"
)


def build_hostile(path: str | Path) -> str:
    """One article full of escape sequences, markup, emoji, RTL text and a very long line."""
    b = Builder(path)
    b.article("hostile-1", HOSTILE_TEXT, title="Escape \x1b[2J title [b]x[/b]", outlet="Odd \x1b]0;pwn\x07 Outlet",
              published="2026-05-04")
    b.quote("hostile-1", "[bold red]Not markup[/] and [link=x]no link[/link] \U0001F600,", "Dana Roe", "said")
    b.close()
    return str(path)


def read_row(path: str | Path, table: str, item_id: int) -> dict:
    """One row, read with a fresh connection: what is really on disk."""
    conn = sqlite3.connect(str(path))
    try:
        cur = conn.execute(f"SELECT * FROM {table} WHERE id = ?", [item_id])
        row = cur.fetchone()
        return dict(zip([d[0] for d in cur.description], row, strict=True)) if row else {}
    finally:
        conn.close()


def scalar(path: str | Path, sql: str, params=()) -> object:
    conn = sqlite3.connect(str(path))
    try:
        row = conn.execute(sql, list(params)).fetchone()
        return row[0] if row else None
    finally:
        conn.close()


# --- driving the app -----------------------------------------------------------------


def make_app(path, **kwargs):
    """The real app on ``path``, without the user's keymap file."""
    from screens.app import create_app

    kwargs.setdefault("keymap_path", None)
    return create_app(path, **kwargs)


async def press(pilot, *keys: str) -> None:
    """Press keys one at a time, letting the database thread finish after each."""
    from screens.testing import settle

    for key in keys:
        await pilot.press(key)
        await settle(pilot)


def shown_card(app):
    """The Card on the queue screen (or None)."""
    from screens.card import ItemCard
    from screens.testing import queue_screen

    screen = queue_screen(app)
    return screen.query_one(ItemCard).card if screen else None


def status_line(app) -> str:
    from textual.widgets import Static

    from screens.testing import queue_screen

    screen = queue_screen(app)
    return str(screen.query_one("#status", Static).render()) if screen else ""


def progress_line(app) -> str:
    from textual.widgets import Static

    from screens.testing import queue_screen

    screen = queue_screen(app)
    return str(screen.query_one("#progress", Static).render()) if screen else ""


def notifications(app) -> list[str]:
    return [n.message for n in app._notifications]


async def until(pilot, condition, *, limit: float = 20.0) -> None:
    """Let the app run until ``condition()`` holds (a bounded wait on a condition, not a timing check)."""
    import time

    deadline = time.monotonic() + limit
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("condition not reached")
        await pilot.pause(0.01)
