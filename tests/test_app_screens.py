"""The reader (o), speakers view (s), overview (v), help (?) and command palette (ctrl+p)."""

from __future__ import annotations

import json

from textual.command import CommandPalette
from textual.widgets import DataTable, Input, OptionList, Select

from screens.dialogs import NewItemDialog, SpeakerPicker, TextPrompt
from screens.help import HelpScreen
from screens.overview import OverviewScreen
from screens.queue import QueueScreen
from screens.reader import ReaderScreen
from screens.speakers import SpeakersScreen
from screens.testing import settle
from tests.app_fixtures import (
    make_app,
    press,
    progress_line,
    read_row,
    scalar,
    shown_card,
    until,
)

SIZE = (100, 30)


# --- reader -------------------------------------------------------------------------


async def test_o_opens_the_article_with_every_item_and_j_k_move_between_them(db):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "o")
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        kinds = [(i.kind, i.text) for i in reader.items]
        assert ("quotes", "We will not cut the rail budget this year,") in kinds
        assert ("numbers", "12%") in kinds and ("sources", "Officials familiar with the talks") in kinds
        assert reader.current_item.id == 1 and reader.current_item.kind == "quotes"
        await press(pilot, "j")
        assert reader.current_item.text == "12%"
        await press(pilot, "k")
        assert reader.current_item.kind == "quotes"
        await press(pilot, "escape")
        assert isinstance(app.screen, QueueScreen)


async def test_reader_widens_and_narrows_the_span_and_it_is_saved(db):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "o")
        article = scalar(db, "SELECT text FROM articles WHERE id = 'ledger-1'")
        await press(pilot, "greater_than_sign", "greater_than_sign")
        row = read_row(db, "quotes", 1)
        assert row["text"] == "We will not cut the rail budget this year,\u201d said"
        assert article[row["start"] : row["end"]] == row["text"]
        await press(pilot, "less_than_sign")
        assert read_row(db, "quotes", 1)["text"] == "We will not cut the rail budget this year,\u201d"
        await press(pilot, "left_curly_bracket")
        assert read_row(db, "quotes", 1)["text"].startswith("\u201cWe will")
        await press(pilot, "right_curly_bracket")  # drops the word \u201cWe at the start
        assert read_row(db, "quotes", 1)["text"].startswith("will not cut")
        assert {"start", "end", "text"} <= set(json.loads(read_row(db, "quotes", 1)["corrected"]))
        await press(pilot, "u")  # one step back: the start is widened again
        assert read_row(db, "quotes", 1)["text"].startswith("\u201cWe will not cut")


async def test_reader_fixes_a_number_value(db):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "o", "j")  # the 12% figure
        await press(pilot, "equals_sign")
        assert isinstance(app.screen, TextPrompt)
        await pilot.press(*"12.5 %", "enter")
        await settle(pilot)
        row = read_row(db, "numbers", 1)
        assert (row["value"], row["unit"]) == (12.5, "%")
        assert "value" in json.loads(row["corrected"])


async def test_reader_marks_a_missed_passage_as_a_new_quote(db):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "o", "m")
        dialog = app.screen
        assert isinstance(dialog, NewItemDialog)
        dialog.query_one("#new-passage", Input).value = "a deal could come   within two weeks"
        dialog.query_one("#new-detail", Input).value = "Officials"
        await press(pilot, "enter")
        new_id = scalar(db, "SELECT id FROM quotes WHERE origin = 'manual'")
        row = read_row(db, "quotes", new_id)
        article = scalar(db, "SELECT text FROM articles WHERE id = 'ledger-1'")
        assert row["text"] == "a deal could come within two weeks" == article[row["start"] : row["end"]]
        assert row["speaker_name"] == "Officials" and row["status"] == "accepted"
        assert app.screen.current_item.id == new_id
        # and a number, picked with the kind selector
        await press(pilot, "m")
        app.screen.query_one("#new-kind", Select).value = "numbers"
        app.screen.query_one("#new-passage", Input).value = "Tuesday"
        app.screen.query_one("#new-detail", Input).value = "2"
        await press(pilot, "enter")
        assert scalar(db, "SELECT count(*) FROM numbers WHERE origin = 'manual' AND text = 'Tuesday'") == 1


async def test_reader_refuses_words_not_in_the_article(db):
    app = make_app(db)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await press(pilot, "o", "m")
        app.screen.query_one("#new-passage", Input).value = "words that are nowhere"
        await press(pilot, "enter")
        assert scalar(db, "SELECT count(*) FROM quotes WHERE origin = 'manual'") == 0
        assert any("not in this article" in n.message for n in app._notifications)


# --- speakers -----------------------------------------------------------------------


async def test_s_shows_one_speakers_quotes_across_articles(db):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "s")
        view = app.screen
        assert isinstance(view, SpeakersScreen)
        assert view.speaker.name == "Hugo Lind"
        assert [r.article.id for r in view.rows] == ["ledger-1", "wire-3"]  # copies too, each citing its own
        table = view.query_one(DataTable)
        assert table.row_count == 2
        await press(pilot, "j", "enter")  # review the second one in the queue
        assert isinstance(app.screen, QueueScreen)
        assert shown_card(app).id == 1  # the copy in wire-3 is reviewed through the first one


async def test_m_merges_the_speaker_into_another_and_u_undoes_it(db):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "j")  # Mara Voss
        await press(pilot, "s")
        await press(pilot, "m")
        picker = app.screen
        assert isinstance(picker, SpeakerPicker)
        await pilot.press(*"Hugo")
        await press(pilot, "enter")
        assert read_row(db, "speakers", 2)["merged_into"] == 1
        assert json.loads(read_row(db, "speakers", 1)["aliases"]) == ["Mara Voss"]
        assert read_row(db, "quotes", 2)["speaker_id"] == 1
        view = app.screen
        assert view.speaker.name == "Hugo Lind" and len(view.rows) == 3
        await press(pilot, "u")
        assert read_row(db, "speakers", 2)["merged_into"] is None
        assert read_row(db, "quotes", 2)["speaker_id"] == 2


# --- overview -----------------------------------------------------------------------


async def test_v_overview_lines_open_the_filtered_queue(db):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "v")
        overview = app.screen
        assert isinstance(overview, OverviewScreen)
        options = overview.query_one(OptionList)
        labels = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        text = "\n".join(labels)
        assert "Quotes    pending" in text and "Hugo Lind" in text
        assert "anonymous" in text and "Coverage: articles per day, 2026-05-01 to 2026-05-03" in text
        index = next(i for i, label in enumerate(labels) if "Ines Brandt" in label)
        options.highlighted = index
        await press(pilot, "enter")
        assert isinstance(app.screen, QueueScreen)
        assert "speaker: Ines Brandt" in progress_line(app)
        assert shown_card(app).speaker_name == "Ines Brandt"
        await press(pilot, "v")
        options = app.screen.query_one(OptionList)
        labels = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        options.highlighted = next(i for i, label in enumerate(labels) if label.strip().startswith("anonymous"))
        await press(pilot, "enter")
        assert shown_card(app).kind == "sources" and shown_card(app).item_kind == "anonymous"


# --- help and palette ---------------------------------------------------------------


async def test_question_mark_lists_every_binding_with_its_id(db):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "question_mark")
        help_screen = app.screen
        assert isinstance(help_screen, HelpScreen)
        table = help_screen.query_one(DataTable)
        rows = [[str(c) for c in table.get_row_at(i)] for i in range(table.row_count)]
        ids = {r[2] for r in rows}
        for binding in QueueScreen.BINDINGS:
            assert binding.id in ids, binding.id
        keys = {r[2]: r[0] for r in rows}
        assert keys["queue.accept"] == "a" and "j" in keys["queue.next"]
        await press(pilot, "escape")
        assert isinstance(app.screen, QueueScreen)


async def test_ctrl_p_palette_offers_the_screens_actions_and_runs_them(db):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        commands = [c.title for c in app.get_system_commands(app.screen)]
        for wanted in ("Accept", "Reject", "Undo", "Filter", "Overview", "Speaker view", "Memo preview"):
            assert wanted in commands
        await press(pilot, "ctrl+p")
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"Reject")
        palette = app.screen
        await until(pilot, lambda: palette.query_one(OptionList).option_count > 0)  # it searches asynchronously
        await press(pilot, "enter")
        await settle(pilot)
        assert read_row(db, "quotes", 1)["status"] == "rejected"


async def test_reader_a_x_decide_and_enter_reviews_the_item_in_the_queue(db):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "o", "a")
        assert read_row(db, "quotes", 1)["status"] == "accepted"
        reader = app.screen
        assert reader.current_item.text == "12%"  # moved on to the next item of the article
        await press(pilot, "x")
        assert read_row(db, "numbers", 1)["status"] == "rejected"
        await press(pilot, "ctrl+r")  # nothing undone: a message, not an error
        await press(pilot, "u")
        assert read_row(db, "numbers", 1)["status"] == "pending"
        await press(pilot, "ctrl+r")
        assert read_row(db, "numbers", 1)["status"] == "rejected"
        await press(pilot, "k", "enter")
        assert isinstance(app.screen, QueueScreen)
        assert (shown_card(app).kind, shown_card(app).id) == ("quotes", 1)


async def test_speakers_view_keys_move_and_open_the_article(db):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "s")
        table = app.screen.query_one(DataTable)
        await press(pilot, "j")
        assert table.cursor_row == 1
        await press(pilot, "g")
        assert table.cursor_row == 0
        await press(pilot, "G")
        assert table.cursor_row == 1
        await press(pilot, "o")
        assert isinstance(app.screen, ReaderScreen) and app.screen.article_id == "wire-3"
        await press(pilot, "escape", "escape")
        assert isinstance(app.screen, QueueScreen)


async def test_page_keys_scroll_a_long_card(tmp_path, monkeypatch):
    from tests.app_fixtures import Builder

    monkeypatch.setenv("BRIEFING_USER", "ana")
    b = Builder(tmp_path / "long.db")
    speech = " ".join(f"Clause {i} of a very long statement goes on." for i in range(120))
    b.article("long", f"\u201c{speech}\u201d said Ada Park.", title="Long", outlet="Daily", published="2026-01-01")
    b.quote("long", speech, "Ada Park", "said")
    b.close()
    app = make_app(str(tmp_path / "long.db"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        scroll = app.screen.query_one("#card-scroll")
        assert scroll.max_scroll_y > 0  # the quote wraps far past one screen
        await press(pilot, "pagedown")
        assert scroll.scroll_y > 0
        await press(pilot, "pageup")
        assert scroll.scroll_y == 0


async def test_overview_j_k_move_and_escape_goes_back(db):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "v")
        options = app.screen.query_one(OptionList)
        start = options.highlighted
        await press(pilot, "j")
        assert options.highlighted == start + 1
        await press(pilot, "k")
        assert options.highlighted == start
        await press(pilot, "escape")
        assert isinstance(app.screen, QueueScreen)
