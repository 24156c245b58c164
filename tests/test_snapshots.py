"""One SVG snapshot per screen at 100x30 (update with ``pytest --snapshot-update`` after a deliberate change)."""

from __future__ import annotations

from textual.widgets import Input

from screens.testing import settle
from tests.app_fixtures import make_app

SIZE = (100, 30)


def after(*keys: str):
    """A ``run_before`` that presses ``keys`` and waits for the app to settle, cursor blink off."""

    async def run(pilot) -> None:
        await settle(pilot)
        for key in keys:
            await pilot.press(key)
            await settle(pilot)
        for field in pilot.app.screen.query(Input):
            field.cursor_blink = False
        await settle(pilot)

    return run


def test_queue(snap_compare, db):
    assert snap_compare(make_app(db), terminal_size=SIZE, run_before=after())


def test_queue_after_a_decision(snap_compare, db):
    # the card of the next item, progress and the saved-decision line; no timestamps on screen
    assert snap_compare(make_app(db), terminal_size=SIZE, run_before=after("x"))


def test_reader(snap_compare, db):
    assert snap_compare(make_app(db), terminal_size=SIZE, run_before=after("o", "j"))


def test_speakers(snap_compare, db):
    assert snap_compare(make_app(db), terminal_size=SIZE, run_before=after("s"))


def test_overview(snap_compare, db):
    assert snap_compare(make_app(db), terminal_size=SIZE, run_before=after("v"))


def test_help(snap_compare, db):
    assert snap_compare(make_app(db), terminal_size=SIZE, run_before=after("question_mark"))


def test_filter_dialog(snap_compare, db):
    assert snap_compare(make_app(db), terminal_size=SIZE, run_before=after("f"))


def test_queue_at_80x24(snap_compare, db):
    assert snap_compare(make_app(db), terminal_size=(80, 24), run_before=after())
