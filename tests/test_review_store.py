"""The write side of review: every change lands on disk, and every change can be undone."""

from __future__ import annotations

import json
import os
import stat

import pytest

from briefing.filters import ItemFilter
from store import open_store
from store import queries as q
from store import review as r
from tests.app_fixtures import build_sample, read_row, scalar


@pytest.fixture
def path(tmp_path):
    return build_sample(tmp_path / "s.db")


@pytest.fixture
def db(path):
    d = open_store(path)
    yield d
    d.conn.close()


def test_decision_is_on_disk_with_who_and_when_and_covers_copies(db, path):
    change = r.decide(db, "quotes", 1, "accepted", user="ana")
    assert change.count == 2
    for quote_id in (1, 4):  # 4 is the syndicated copy of 1, in another article
        row = read_row(path, "quotes", quote_id)
        assert row["status"] == "accepted" and row["reviewed_by"] == "ana"
        assert row["reviewed_at"].endswith("Z")
    assert scalar(path, "SELECT n FROM totals WHERE kind='quotes' AND status='accepted'") == 1
    assert read_row(path, "quotes", 4)["article_id"] == "wire-3"  # still cites its own article


def test_reviewed_by_defaults_to_briefing_user(db, path, monkeypatch):
    monkeypatch.setenv("BRIEFING_USER", "lee")
    r.decide(db, "quotes", 2, "rejected")
    assert read_row(path, "quotes", 2)["reviewed_by"] == "lee"


def test_undo_and_redo_a_decision(db, path):
    r.decide(db, "quotes", 1, "accepted", user="ana")
    r.undo(db, user="ana")
    assert read_row(path, "quotes", 1)["status"] == "pending"
    assert read_row(path, "quotes", 4)["reviewed_by"] is None
    r.redo(db, user="ana")
    assert read_row(path, "quotes", 1)["status"] == "accepted"
    with pytest.raises(r.ReviewError):
        r.redo(db, user="ana")


def test_undo_stacks_are_per_user_and_new_actions_drop_redo(db, path):
    r.decide(db, "quotes", 1, "accepted", user="ana")
    r.decide(db, "quotes", 2, "rejected", user="ben")
    r.undo(db, user="ana")
    assert read_row(path, "quotes", 2)["status"] == "rejected"
    r.decide(db, "quotes", 3, "accepted", user="ana")
    with pytest.raises(r.ReviewError, match="nothing to redo"):
        r.redo(db, user="ana")


def test_bulk_decision_is_one_undoable_step(db, path):
    r.decide(db, "quotes", 2, "rejected", user="ana")
    change = r.bulk_decide(db, "quotes", ItemFilter(statuses=["pending"]), "accepted", user="ana")
    assert change.count == 3
    statuses = dict(scalar_rows(path, "SELECT id, status FROM quotes"))
    assert statuses == {1: "accepted", 2: "rejected", 3: "accepted", 4: "accepted", 5: "accepted"}
    r.undo(db, user="ana")
    statuses = dict(scalar_rows(path, "SELECT id, status FROM quotes"))
    assert statuses == {1: "pending", 2: "rejected", 3: "pending", 4: "pending", 5: "pending"}
    assert q.totals(db, "quotes").rejected == 1


def scalar_rows(path, sql):
    import sqlite3

    conn = sqlite3.connect(str(path))
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_tags_toggle_follow_copies_and_undo_removes_a_new_tag(db, path):
    r.set_tag(db, "quotes", 1, "rail", user="ana")
    assert q.item_tags(db, "quotes", 4) == ("rail",)
    r.set_tag(db, "quotes", 1, "rail", user="ana")  # toggle off
    assert q.item_tags(db, "quotes", 1) == ()
    r.undo(db, user="ana")
    assert q.item_tags(db, "quotes", 1) == ("rail",)
    r.undo(db, user="ana")
    assert q.tag_names(db) == []
    with pytest.raises(r.ReviewError):
        r.set_tag(db, "quotes", 1, "   ", user="ana")


def test_note_set_clear_undo(db, path):
    r.set_note(db, "numbers", 1, "check against the ministry table", user="ana")
    assert read_row(path, "numbers", 1)["note"] == "check against the ministry table"
    r.set_note(db, "numbers", 1, "", user="ana")
    assert read_row(path, "numbers", 1)["note"] is None
    r.undo(db, user="ana")
    assert read_row(path, "numbers", 1)["note"] == "check against the ministry table"


def test_span_correction_keeps_text_equal_to_article_slice(db, path):
    row = read_row(path, "quotes", 1)
    text = scalar(path, "SELECT text FROM articles WHERE id = 'ledger-1'")
    start, end = r.span_step(text, row["start"], row["end"], "end", grow=True)
    r.correct_span(db, "quotes", 1, start, end, user="ana")
    new = read_row(path, "quotes", 1)
    assert new["text"] == text[start:end] and new["text"].endswith("year,\u201d")
    assert new["item_key"] == row["item_key"]  # identity survives, so re-extraction matches it
    assert {"start", "end", "text"} <= set(json.loads(new["corrected"]))
    r.undo(db, user="ana")
    assert read_row(path, "quotes", 1)["text"] == row["text"]
    with pytest.raises(r.ReviewError):
        r.correct_span(db, "quotes", 1, 10, 10_000, user="ana")


def test_span_step_never_empties_or_leaves_the_text():
    text = "one two three"
    assert r.span_step(text, 4, 7, "end", True) == (4, 13)
    assert r.span_step(text, 4, 7, "end", False) == (4, 7)
    assert r.span_step(text, 4, 13, "start", False) == (8, 13)
    assert r.span_step(text, 0, 3, "start", True) == (0, 3)
    assert r.span_step(text, 8, 13, "end", True) == (8, 13)


def test_number_value_fix(db, path):
    r.correct_number(db, 3, 41000.0, "t", user="ana")
    row = read_row(path, "numbers", 3)
    assert (row["value"], row["unit"]) == (41000.0, "t")
    assert "value" in json.loads(row["corrected"])


def test_manual_items_are_stored_with_origin_manual(db, path):
    text = scalar(path, "SELECT text FROM articles WHERE id = 'courier-2'")
    start, end = r.find_passage(text, "The port   strike entered its third day")
    change = r.add_manual(db, "quotes", "courier-2", start, end, speaker="Port Authority", user="ana")
    row = read_row(path, "quotes", change.item_id)
    assert row["origin"] == "manual" and row["text"] == text[start:end]
    assert row["status"] == "accepted" and row["speaker_name"] == "Port Authority"
    assert q.step(db, "quotes", ItemFilter(articles=["courier-2"]), "article", None)[0] == change.item_id
    n = r.add_manual(db, "numbers", "courier-2", *r.find_passage(text, "third day"), value=3, user="ana")
    assert read_row(path, "numbers", n.item_id)["origin"] == "manual"
    r.undo(db, user="ana")
    r.undo(db, user="ana")
    assert read_row(path, "quotes", change.item_id) == {}
    assert scalar(path, "SELECT count(*) FROM speakers WHERE name = 'Port Authority'") == 0


def test_find_passage_tolerates_quote_marks_and_prefers_after_cursor():
    text = "He said \u201cyes\u201d. Later: \u201cyes\u201d again."
    assert r.find_passage(text, '"yes"') == (8, 13)
    assert r.find_passage(text, '"yes"', near=14) == (22, 27)
    assert r.find_passage(text, "absent words") is None


def test_reassign_speaker_by_pick_or_name(db, path):
    r.reassign_speaker(db, 2, speaker_id=3, user="ana")
    assert read_row(path, "quotes", 2)["speaker_name"] == "Ines Brandt"
    change = r.reassign_speaker(db, 2, name="Petra Holm", user="ana")
    assert "Petra Holm" in change.label
    assert scalar(path, "SELECT quote_count FROM speakers WHERE name = 'Petra Holm'") == 1
    r.undo(db, user="ana")
    r.undo(db, user="ana")
    assert read_row(path, "quotes", 2)["speaker_name"] == "Mara Voss"


def test_merge_speaker_is_an_alias_merge_and_undoable(db, path):
    r.merge_speaker(db, 2, 1, user="ana")
    assert read_row(path, "speakers", 2)["merged_into"] == 1
    assert json.loads(read_row(path, "speakers", 1)["aliases"]) == ["Mara Voss"]
    assert read_row(path, "quotes", 2)["speaker_id"] == 1
    assert q.totals(db, "speakers").total == 2
    r.undo(db, user="ana")
    assert read_row(path, "speakers", 2)["merged_into"] is None
    assert read_row(path, "quotes", 2)["speaker_id"] == 2
    with pytest.raises(r.ReviewError):
        r.merge_speaker(db, 1, 1, user="ana")


def test_state_is_saved_with_the_decision(db, path):
    r.decide(db, "quotes", 3, "accepted", user="ana", state={"review:ana": {"kind": "quotes", "item": 3}})
    assert json.loads(scalar(path, "SELECT value FROM app_state WHERE key = 'review:ana'"))["item"] == 3
    assert q.get_state(db, "review:ana")["item"] == 3


def test_read_only_database_refuses_writes_with_a_clear_error(path):
    os.chmod(path, stat.S_IRUSR | stat.S_IRGRP)
    try:
        d = open_store(path, readonly=True)  # what open_store picks for a file it cannot write
        with pytest.raises(r.ReadOnlyError, match="read-only"):
            r.decide(d, "quotes", 1, "accepted", user="ana")
        assert q.load_card(d, "quotes", 1).status == "pending"  # reading still works
        d.conn.close()
    finally:
        os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)


ROOT = __import__("pathlib").Path(__file__).resolve().parents[1]


@pytest.mark.skipif(not (ROOT / "sample_data").is_dir(), reason="needs the sample articles")
def test_corrections_and_decisions_survive_re_extraction(tmp_path):
    import subprocess

    path = str(tmp_path / "demo.db")
    briefing = str(ROOT / ".venv/bin/briefing")
    out = subprocess.run([briefing, "import", str(ROOT / "sample_data"), "--db", path],
                         capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stderr
    d = open_store(path)
    quote_id, article_id, start, end = d.execute(
        "SELECT id, article_id, start, \"end\" FROM quotes WHERE copy_of IS NULL ORDER BY sort_key LIMIT 1"
    ).fetchone()
    text = d.execute("SELECT text FROM articles WHERE id = ?", [article_id]).fetchone()[0]
    new_start, new_end = r.span_step(text, start, end, "end", grow=True)
    r.correct_span(d, "quotes", quote_id, new_start, new_end, user="ana")
    r.decide(d, "quotes", quote_id, "accepted", user="ana")
    r.set_note(d, "quotes", quote_id, "keep the cue", user="ana")
    number_id = d.execute("SELECT id FROM numbers ORDER BY sort_key LIMIT 1").fetchone()[0]
    r.correct_number(d, number_id, 99.0, "t", user="ana")
    d.conn.close()
    again = subprocess.run([briefing, "extract", "--db", path, "--force"], capture_output=True, text=True,
                           timeout=600)
    assert again.returncode == 0, again.stderr
    row = read_row(path, "quotes", quote_id)
    assert (row["start"], row["end"]) == (new_start, new_end) and row["text"] == text[new_start:new_end]
    assert (row["status"], row["reviewed_by"], row["note"]) == ("accepted", "ana", "keep the cue")
    number = read_row(path, "numbers", number_id)
    assert (number["value"], number["unit"]) == (99.0, "t")
