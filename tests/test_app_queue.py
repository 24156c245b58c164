"""The review queue driven key by key with Pilot; every change checked on disk with a fresh connection."""

from __future__ import annotations

import json

import pytest
from textual.widgets import Input

from screens.dialogs import ConfirmDialog, FilterDialog, SpeakerPicker, TextPrompt
from screens.testing import settle
from tests.app_fixtures import (
    make_app,
    notifications,
    press,
    progress_line,
    read_row,
    scalar,
    shown_card,
    status_line,
)

SIZE = (100, 30)


def statuses(path):
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        return dict(conn.execute("SELECT id, status FROM quotes").fetchall())
    finally:
        conn.close()


async def test_opens_on_the_first_pending_quote_with_progress(db):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        card = shown_card(app)
        assert card.kind == "quotes" and card.text == "We will not cut the rail budget this year,"
        assert card.speaker_name == "Hugo Lind" and card.speaker_role == "finance minister"
        assert progress_line(app).startswith("0 / 4 reviewed · 0 accepted · 0 rejected")
        assert "filter: all items" in progress_line(app)


async def test_a_accepts_saves_who_and_moves_on_u_undoes_ctrl_r_redoes(db):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "a")
        row = read_row(db, "quotes", 1)
        assert row["status"] == "accepted" and row["reviewed_by"] == "ana" and row["reviewed_at"]
        assert read_row(db, "quotes", 4)["status"] == "accepted"  # the syndicated copy, once
        assert shown_card(app).id == 2
        assert "accepted quote #1" in status_line(app)
        assert progress_line(app).startswith("1 / 4 reviewed · 1 accepted")

        await press(pilot, "u")
        assert read_row(db, "quotes", 1)["status"] == "pending"
        assert read_row(db, "quotes", 4)["reviewed_by"] is None
        assert shown_card(app).id == 1  # undo goes back to the item

        await press(pilot, "ctrl+r")
        assert read_row(db, "quotes", 1)["status"] == "accepted"


async def test_x_rejects_and_space_skips(db):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "space")
        assert shown_card(app).id == 2 and read_row(db, "quotes", 1)["status"] == "pending"
        await press(pilot, "x")
        assert read_row(db, "quotes", 2)["status"] == "rejected"
        assert shown_card(app).id == 3


async def test_quick_presses_apply_in_order(db):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("a", "x", "a")  # no waiting between keys
        await settle(pilot)
        assert statuses(db) == {1: "accepted", 2: "rejected", 3: "accepted", 4: "accepted", 5: "pending"}


async def test_j_k_arrows_g_G_move_through_the_queue(db):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "j")
        assert shown_card(app).id == 2
        await press(pilot, "down")
        assert shown_card(app).id == 3
        await press(pilot, "k")
        assert shown_card(app).id == 2
        await press(pilot, "up")
        assert shown_card(app).id == 1
        await press(pilot, "G")
        assert shown_card(app).id == 5
        await press(pilot, "j")
        assert shown_card(app).id == 5 and "last" in status_line(app)
        await press(pilot, "g")
        assert shown_card(app).id == 1
        await press(pilot, "end")
        assert shown_card(app).id == 5
        await press(pilot, "home")
        assert shown_card(app).id == 1


async def test_brackets_step_through_kinds(db):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        kinds = []
        for _ in range(4):
            await press(pilot, "right_square_bracket")
            kinds.append(shown_card(app).kind)
        assert kinds == ["speakers", "numbers", "sources", "quotes"]
        await press(pilot, "left_square_bracket")
        assert shown_card(app).kind == "sources"
        await press(pilot, "a")
        assert read_row(db, "sources", 1)["status"] == "accepted"


async def test_A_accepts_everything_shown_after_confirmation_and_u_undoes_it_in_one_step(db):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "x")  # quote 1 rejected first
        await press(pilot, "A")
        assert isinstance(app.screen, ConfirmDialog)
        await press(pilot, "n")  # declined: nothing changes
        assert statuses(db)[2] == "pending"
        await press(pilot, "A")
        await press(pilot, "y")
        assert set(statuses(db).values()) == {"accepted"}
        await press(pilot, "u")
        assert statuses(db) == {1: "rejected", 2: "pending", 3: "pending", 4: "rejected", 5: "pending"}


async def test_X_rejects_what_the_filter_shows(db):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "f")
        assert isinstance(app.screen, FilterDialog)
        app.screen.query_one("#f-speaker", Input).value = "Ines Brandt"
        await press(pilot, "ctrl+s")
        await press(pilot, "X")
        await press(pilot, "enter")
        assert statuses(db) == {1: "pending", 2: "pending", 3: "rejected", 4: "pending", 5: "rejected"}


async def test_t_adds_a_tag_completing_from_existing_tags_and_1_toggles_it(db):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "t")
        assert isinstance(app.screen, TextPrompt)
        await pilot.press(*"budget", "enter")
        await settle(pilot)
        tags = scalar(db, "SELECT group_concat(g.name) FROM quotes_tags l JOIN tags g ON g.id = l.tags_id "
                          "WHERE l.quotes_id = 4")
        assert tags == "budget"  # the copy carries it too
        assert "budget" in shown_card(app).tags
        await press(pilot, "j", "t")
        await pilot.press("b", "u")
        await settle(pilot)
        field = app.screen.query_one(Input)
        await pilot.press("right")  # accept the completion
        assert field.value == "budget"
        await press(pilot, "enter")
        assert scalar(db, "SELECT count(*) FROM quotes_tags WHERE quotes_id = 2") == 1
        await press(pilot, "1")  # toggles the first tag off again
        assert scalar(db, "SELECT count(*) FROM quotes_tags WHERE quotes_id = 2") == 0
        await press(pilot, "1")
        assert scalar(db, "SELECT count(*) FROM quotes_tags WHERE quotes_id = 2") == 1
        await press(pilot, "9")
        assert "no tag 9" in status_line(app)


async def test_e_edits_the_note(db):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "e")
        await pilot.press(*"check the date", "enter")
        await settle(pilot)
        assert read_row(db, "quotes", 1)["note"] == "check the date"
        assert shown_card(app).note == "check the date"
        await press(pilot, "u")
        assert read_row(db, "quotes", 1)["note"] is None


async def test_slash_searches_with_fts_and_n_N_step_through_matches(db):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "slash")
        await pilot.press(*"settlement", "enter")
        await settle(pilot)
        assert shown_card(app).text == "It is a start, not a settlement,"
        await press(pilot, "slash")
        app.screen.query_one(Input).value = "ready OR numbers"
        await press(pilot, "enter")
        first = shown_card(app).id
        await press(pilot, "n")
        second = shown_card(app).id
        assert {first, second} == {2, 3}
        await press(pilot, "N")
        assert shown_card(app).id == first


@pytest.mark.parametrize("query", ['"unbalanced', "AND OR", "*"])
async def test_malformed_search_gives_a_message_not_a_crash(db, query):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "slash")
        app.screen.query_one(Input).value = query
        await press(pilot, "enter")
        assert "search syntax not understood" in status_line(app)
        assert shown_card(app) is not None
        await press(pilot, "a")  # still working
        assert read_row(db, "quotes", 1)["status"] == "accepted"


async def test_f_filters_by_speaker_and_status_and_counts_follow(db):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "f")
        dialog = app.screen
        dialog.query_one("#f-speaker", Input).value = "Ines Brandt"
        await press(pilot, "enter")
        assert shown_card(app).speaker_name == "Ines Brandt"
        await press(pilot, "a")
        assert shown_card(app).speaker_name == "Ines Brandt"
        line = progress_line(app)
        assert line.startswith("1 / 2 reviewed · 1 accepted") and "speaker: Ines Brandt" in line
        # dates and outlets
        await press(pilot, "f")
        app.screen.query_one("#f-speaker", Input).value = ""
        app.screen.query_one("#f-since", Input).value = "2026-05-03"
        await press(pilot, "enter")
        assert shown_card(app).article.id == "wire-3"
        await press(pilot, "f")
        app.screen.query_one("#f-since", Input).value = "not a date"
        await press(pilot, "enter")
        assert isinstance(app.screen, FilterDialog)  # refused, with a message
        await press(pilot, "ctrl+l")
        assert "filter: all items" in progress_line(app)


async def test_S_changes_the_sort(db):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "S")
        assert "sort: speaker" in progress_line(app)
        await press(pilot, "g")
        order = [shown_card(app).speaker_name]
        for _ in range(3):
            await press(pilot, "j")
            order.append(shown_card(app).speaker_name)
        assert order == ["Hugo Lind", "Ines Brandt", "Ines Brandt", "Mara Voss"]
        await press(pilot, "S")
        assert "sort: outlet" in progress_line(app)
        await press(pilot, "S")
        assert "sort: article order" in progress_line(app)


async def test_r_reassigns_the_speaker_by_pick_or_typed_name(db):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "j")  # quote 2, Mara Voss, in an article that also quotes Hugo Lind
        await press(pilot, "r")
        picker = app.screen
        assert isinstance(picker, SpeakerPicker)
        names = [s.name for s in picker.speakers]
        assert sorted(names) == ["Hugo Lind", "Mara Voss"]
        await pilot.press(*"Hugo")
        await press(pilot, "enter")
        assert read_row(db, "quotes", 2)["speaker_name"] == "Hugo Lind"
        assert shown_card(app).speaker_name == "Hugo Lind"
        await press(pilot, "r")
        await pilot.press(*"Petra Holm", "enter")
        await settle(pilot)
        assert read_row(db, "quotes", 2)["speaker_name"] == "Petra Holm"
        assert "speaker_id" in json.loads(read_row(db, "quotes", 2)["corrected"])


async def test_c_copies_a_markdown_line_with_attribution_and_citation(db):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "c")
        line = app.clipboard
        assert line.startswith("\u201cWe will not cut the rail budget this year,\u201d")
        assert "Hugo Lind, finance minister, Ministry of Finance" in line
        assert "[Budget talks stall over rail funding](<https://ledger.example/budget-rail>)" in line
        assert "The Northern Ledger" in line and "2026-05-01" in line


async def test_p_opens_the_memo_preview_or_says_it_is_missing(db):
    import importlib.util

    app = make_app(db)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await press(pilot, "p")
        if importlib.util.find_spec("screens.memo_preview") is None:
            assert any("memo preview" in n for n in notifications(app))
        else:
            assert type(app.screen).__name__ == "MemoPreviewScreen"


async def test_reopening_resumes_where_the_user_left_off(db):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press(pilot, "right_square_bracket", "right_square_bracket")  # numbers
        await press(pilot, "j")
        await press(pilot, "f")
        app.screen.query_one("#status-pending").value = True
        await press(pilot, "enter")
        where = shown_card(app).id
        await press(pilot, "ctrl+q")
    assert app.return_code == 0
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        card = shown_card(app)
        assert (card.kind, card.id) == ("numbers", where)
        assert "status: pending" in progress_line(app)


async def test_quit_with_ctrl_q(db):
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+q")
        await pilot.pause()
    assert app.return_code == 0


async def test_keymap_file_remaps_by_binding_id(db, tmp_path):
    keymap = tmp_path / "keymap.json"
    keymap.write_text(json.dumps({"queue.accept": "y", "queue.reject": "n", "nonsense.id": "z"}))
    app = make_app(db, keymap_path=keymap)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await press(pilot, "y")
        assert read_row(db, "quotes", 1)["status"] == "accepted"
        await press(pilot, "n")
        assert read_row(db, "quotes", 2)["status"] == "rejected"
        assert any("nonsense.id" in n for n in notifications(app))
        await press(pilot, "question_mark")  # the help shows the remapped key
        table = app.screen.query_one("#help-table")
        rows = {str(table.get_row_at(i)[2]): str(table.get_row_at(i)[0]) for i in range(table.row_count)}
        assert rows["queue.accept"] == "y" and rows["queue.reject"] == "n"


async def test_bad_keymap_file_is_a_notice_not_a_crash(db, tmp_path, monkeypatch):
    keymap = tmp_path / "keymap.json"
    keymap.write_text("{not json")
    monkeypatch.setenv("BRIEFING_KEYMAP", str(keymap))
    app = make_app(db, keymap_path="auto")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        assert any("not readable JSON" in n for n in notifications(app))
        await press(pilot, "a")
        assert read_row(db, "quotes", 1)["status"] == "accepted"
