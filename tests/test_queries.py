"""The read side of the review app: keyset walking, cards, totals, overview."""

from __future__ import annotations

import pytest

from briefing.filters import ItemFilter
from store import open_store
from store import queries as q
from tests.app_fixtures import Builder, build_sample


@pytest.fixture
def db(tmp_path):
    path = build_sample(tmp_path / "s.db")
    d = open_store(path)
    yield d
    d.conn.close()


def walk(db, table, flt=None, sort="article", forward=True):
    flt = flt or ItemFilter()
    out, key = [], None
    while (nxt := q.step(db, table, flt, sort, key, forward=forward)) is not None:
        out.append(nxt[0])
        key = nxt[1]
    return out


def texts(db, table, ids):
    return [db.execute(f"SELECT text FROM {table} WHERE id = ?", [i]).fetchone()[0] for i in ids]


def test_quotes_walk_in_article_order_and_skip_syndicated_copies(db):
    ids = walk(db, "quotes")
    assert texts(db, "quotes", ids) == [
        "We will not cut the rail budget this year,",
        "The numbers simply do not add up,",
        "We are ready to talk at any hour,",
        "It is a start, not a settlement,",
    ]
    assert walk(db, "quotes", forward=False) == ids[::-1]


def test_rows_without_sort_key_still_appear_first(tmp_path):
    path = build_sample(tmp_path / "s.db")
    d = open_store(path)
    d.conn.execute("UPDATE quotes SET sort_key = NULL WHERE id IN (2, 5)")
    d.conn.commit()
    ids = walk(d, "quotes")
    assert ids[:2] == [2, 5] and sorted(ids) == [1, 2, 3, 5]
    assert walk(d, "quotes", forward=False) == ids[::-1]


def test_sort_by_speaker_and_outlet(db):
    by_speaker = walk(db, "quotes", sort="speaker")
    speakers = [db.execute("SELECT speaker_name FROM quotes WHERE id = ?", [i]).fetchone()[0] for i in by_speaker]
    assert speakers == ["Hugo Lind", "Ines Brandt", "Ines Brandt", "Mara Voss"]
    by_outlet = walk(db, "quotes", sort="outlet")
    outlets = [db.execute("SELECT a.outlet FROM quotes q JOIN articles a ON a.id = q.article_id WHERE q.id = ?",
                          [i]).fetchone()[0] for i in by_outlet]
    assert outlets == sorted(outlets)


def test_filters_narrow_the_walk(db):
    assert texts(db, "quotes", walk(db, "quotes", ItemFilter(speakers=["ines brandt"]))) == [
        "We are ready to talk at any hour,",
        "It is a start, not a settlement,",
    ]
    assert len(walk(db, "quotes", ItemFilter(outlets=["Harbour Courier"]))) == 1
    assert len(walk(db, "quotes", ItemFilter(since="2026-05-02", until="2026-05-02"))) == 1
    assert walk(db, "numbers", ItemFilter(kinds=["percent"])) and len(walk(db, "numbers")) == 3


def test_pending_only_step_skips_decided_items(db):
    first = q.step(db, "quotes", ItemFilter(), "article", None)
    db.conn.execute("UPDATE quotes SET status = 'accepted' WHERE id = 2")
    db.conn.commit()
    nxt = q.step(db, "quotes", ItemFilter(), "article", first[1], pending_only=True)
    assert nxt[0] == 3


def test_totals_come_from_the_maintained_table_and_filtered_counts_agree(db):
    t = q.totals(db, "quotes")
    assert (t.total, t.pending) == (4, 4)  # the syndicated copy is not counted twice
    db.conn.execute("UPDATE quotes SET status = 'accepted' WHERE id = 1")
    db.conn.commit()
    t = q.totals(db, "quotes")
    assert t.describe() == "1 / 4 reviewed · 1 accepted · 0 rejected"
    f = q.filtered_totals(db, "quotes", ItemFilter(speakers=["Hugo Lind"]))
    assert (f.total, f.accepted, f.filtered) == (1, 1, True)


def test_card_has_speaker_article_context_and_copies(db):
    card = q.load_card(db, "quotes", 1)
    assert card.speaker_name == "Hugo Lind" and card.speaker_role == "finance minister"
    assert card.speaker_org == "Ministry of Finance"
    assert card.cue and card.cue[0] == "said"
    assert card.article.title == "Budget talks stall over rail funding"
    para = card.context
    assert card.text in para and "Budget talks stalled" not in para  # the paragraph, not the article
    rel = card.start - card.context_start
    assert para[rel : rel + len(card.text)] == card.text
    assert [c.outlet for c in card.copies] == ["Coastal Wire"]


def test_number_source_and_speaker_cards(db):
    n = q.load_card(db, "numbers", 1)
    assert (n.text, n.value, n.unit) == ("12%", 12.0, "%")
    s = q.load_card(db, "sources", 1)
    assert (s.source_name, s.item_kind) == ("officials", "anonymous")
    sp = q.load_card(db, "speakers", 1)
    assert sp.text == "Hugo Lind" and sp.quote_count == 2 and len(sp.samples) == 2


def test_search_steps_through_matches_and_rejects_bad_syntax(db):
    hit = q.step(db, "quotes", ItemFilter(), "article", None, search="settlement")
    assert texts(db, "quotes", [hit[0]]) == ["It is a start, not a settlement,"]
    assert q.step(db, "quotes", ItemFilter(), "article", hit[1], search="settlement") is None
    for bad in ['"unbalanced', "AND OR", "*"]:
        with pytest.raises(q.SearchSyntaxError):
            q.step(db, "quotes", ItemFilter(), "article", None, search=bad)
        with pytest.raises(q.SearchSyntaxError):
            q.check_search(db, "quotes", bad)
    phrase = q.fts_phrase('"unbalanced')
    assert q.step(db, "quotes", ItemFilter(), "article", None, search=phrase) is None


def test_page_is_keyset_paginated(tmp_path):
    b = Builder(tmp_path / "p.db")
    text = "\n".join(f"\u201cLine {i} of the speech,\u201d said Ada Park." for i in range(30))
    b.article("a1", text, title="Speech", outlet="Daily", published="2026-01-01")
    for i in range(30):
        b.quote("a1", f"Line {i} of the speech,", "Ada Park", "said")
    b.close()
    d = open_store(tmp_path / "p.db")
    first = q.page(d, "quotes", ItemFilter(), limit=12)
    second = q.page(d, "quotes", ItemFilter(), after=first[-1].key, limit=12)
    third = q.page(d, "quotes", ItemFilter(), after=second[-1].key, limit=12)
    got = [r.text for r in first + second + third]
    assert got == [f"Line {i} of the speech," for i in range(30)]
    assert first[0].label == "Ada Park" and first[0].article.outlet == "Daily"
    assert len(q.speaker_quotes(d, 1, limit=10)) == 10


def test_article_text_lists_every_item_in_order(db):
    art = q.article_text(db, "ledger-1")
    kinds = [(i.kind, i.text) for i in art.items]
    assert ("quotes", "We will not cut the rail budget this year,") in kinds
    assert ("numbers", "12%") in kinds and ("sources", "Officials familiar with the talks") in kinds
    assert [i.start for i in art.items] == sorted(i.start for i in art.items)
    for item in art.items:
        assert art.text[item.start : item.end] == item.text


def test_overview_and_speakers_in_article(db):
    ov = q.overview(db)
    assert ov.totals["quotes"].total == 4 and ov.totals["numbers"].total == 3
    assert ov.top_speakers[0] in (("Hugo Lind", 2), ("Ines Brandt", 2))
    assert (ov.named_sources, ov.anonymous_sources) == (1, 1)
    assert ov.per_day == (("2026-05-01", 1), ("2026-05-02", 1), ("2026-05-03", 1))
    names = [s.name for s in q.speakers_in_article(db, "ledger-1")]
    assert sorted(names) == ["Hugo Lind", "Mara Voss"]


def test_data_version_changes_when_another_connection_writes(db, tmp_path):
    before = q.data_version(db)
    other = open_store(tmp_path / "s.db")
    other.conn.execute("UPDATE quotes SET note = 'x' WHERE id = 1")
    other.conn.commit()
    other.conn.close()
    assert q.data_version(db) != before
