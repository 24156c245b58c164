"""Helpers for driving the app with Textual's Pilot (tests and benchmarks).

:func:`settle` waits until every database job has run and its message has
been handled: the app's equivalent of ``wait_for_workers``. It waits on the
work itself, never on a fixed sleep.
"""

from __future__ import annotations

import asyncio
import time

from textual.pilot import Pilot

from screens.card import ItemCard
from screens.queue import QueueScreen


def _busy(app) -> list:
    return [w for w in app.workers if w.group != "database" and w.is_running]


def _timers_due(app) -> bool:
    screen = queue_screen(app)
    return bool(screen and screen.count_due)


async def settle(pilot: Pilot, *, limit: float = 60.0) -> None:
    """Wait until the database thread is idle, short workers are done and messages are handled."""
    app = pilot.app
    deadline = time.monotonic() + limit
    quiet = 0
    while quiet < 2:
        if time.monotonic() > deadline:
            raise TimeoutError(f"the app did not settle; database thread errors: {app.runner.errors}")
        if app.runner.errors:
            raise AssertionError("a database job failed unexpectedly:\n" + "\n".join(app.runner.errors))
        await pilot.pause()
        others = _busy(app)
        if others:
            await app.workers.wait_for_complete(others)
        if app.runner.idle and not _busy(app) and not _timers_due(app):
            quiet += 1
        else:
            quiet = 0
            await asyncio.sleep(0.001)


def queue_screen(app) -> QueueScreen | None:
    for screen in app.screen_stack:
        if isinstance(screen, QueueScreen):
            return screen
    return None


def card_id(app) -> int | None:
    """Id of the item on the queue's card (None while loading or when the queue is empty)."""
    screen = queue_screen(app)
    if screen is None:
        return None
    cards = screen.query(ItemCard)
    if not cards:
        return None
    card = cards.first().card
    return card.id if card is not None else None


def screen_text(app) -> str:
    """The screen as plain text lines, rebuilt from the SVG export (what a user would read)."""
    import html
    import re

    svg = app.export_screenshot()
    lines: dict[int, dict[int, str]] = {}
    pattern = r'<text [^>]*x="([\d.]+)"[^>]*clip-path="url\(#[^)]*-line-(\d+)\)"[^>]*>(.*?)</text>'
    for x, line, text in re.findall(pattern, svg):
        col = round(float(x) / 12.2)
        row = lines.setdefault(int(line), {})
        for i, ch in enumerate(html.unescape(text).replace("\xa0", " ")):
            row[col + i] = ch
    out = []
    for n in range(max(lines, default=-1) + 1):
        row = lines.get(n, {})
        out.append("".join(row.get(i, " ") for i in range(max(row, default=-1) + 1)).rstrip())
    return "\n".join(out)
