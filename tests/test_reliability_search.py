"""Issue 7, case 5: a search the user types is never a crash.

Quotes are searched with FTS5, whose syntax is easy to break (``"unbalanced``,
``AND OR``, ``*``, ``col:``, ``NEAR(``); speakers, figures and sources with
LIKE (where ``%`` and ``_`` are wildcards). The search box of the queue is the
one place a query is typed (``briefing export`` takes no query), so it is
tried on every kind, in the running app and, with generated queries, on the
session that runs the app's searches against a real SQLite file.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from textual.widgets import Input

from briefing.models import ITEM_KINDS
from screens.session import QueueSession
from screens.testing import settle
from store import open_store
from tests.app_fixtures import build_sample, make_app, press, read_row, shown_card, status_line

SIZE = (100, 30)
MALFORMED = ['"unbalanced', "AND OR", "*", "NEAR(", "rail:budget", "^", ")(", '"', "-", "OR", "a AND",
             "%", "_", "\\", "\x1b[2J", "\u202erail", "NOT NOT", "'", "\x00"]
FTS_SPECIALS = st.sampled_from(['"', "*", "(", ")", ":", "^", "-", "+", "AND", "OR", "NOT", "NEAR", " ", ",",
                                "%", "_", "\\", "{", "}", "rail", "budget", "Lind", "\x00", "\x1b"])
QUERIES = st.lists(st.one_of(FTS_SPECIALS, st.text(max_size=6)), max_size=8).map("".join)


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory) -> str:
    return build_sample(tmp_path_factory.mktemp("search") / "review.db")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=QUERIES, kind=st.sampled_from(ITEM_KINDS), forward=st.booleans())
def test_any_typed_query_gives_a_view_and_never_raises(sample_db, query: str, kind: str, forward: bool) -> None:
    db = open_store(sample_db)
    try:
        session = QueueSession("ana")
        session.kind = kind
        view = session.find(db, query, forward)
        assert view.level in ("info", "done", "warning", "error")
        if query.strip():
            assert view.message  # the user is told: a match, no match, or how the query was read
        again = session.find_next(db, not forward)  # n / N after it
        assert again.kind == kind
    finally:
        db.conn.close()


@pytest.mark.parametrize("kind_presses", [0, 1, 2, 3])
async def test_malformed_searches_on_every_kind_give_a_message(db, kind_presses: int) -> None:
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        for _ in range(kind_presses):
            await press(pilot, "right_square_bracket")
        kind = app.screen.session.kind if hasattr(app.screen, "session") else None
        for query in MALFORMED:
            await press(pilot, "slash")
            app.screen.query_one(Input).value = query
            await press(pilot, "enter")
            line = status_line(app)
            assert line, (kind, query)
            assert "\x1b" not in line and "\x00" not in line
            await press(pilot, "n", "N")  # stepping through "matches" of a broken query
        assert app.return_code is None  # still running
        if kind_presses == 0:
            first = shown_card(app).id
            await press(pilot, "slash")
            app.screen.query_one(Input).value = ""
            await press(pilot, "enter", "g", "a")  # a cleared search, and the keys still work
            assert read_row(db, "quotes", first)["status"] == "accepted"


async def test_a_broken_quote_search_still_finds_the_words_as_written(db) -> None:
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "slash")
        app.screen.query_one(Input).value = '"settlement'  # unbalanced quote around a real word
        await press(pilot, "enter")
        assert "search syntax not understood" in status_line(app)
        assert shown_card(app).text == "It is a start, not a settlement,"
