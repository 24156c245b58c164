"""store.write: batched, idempotent saves; speakers; syndicated copies; re-extraction keeps the analyst's work."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest

from briefing.identity import dup_key, item_keys
from briefing.models import Article, ArticleExtraction, Number, Quote, Source, Span, Speaker
from store import open_store
from store.schema import recount_totals
from store.write import Incoming, articles_to_extract, count_to_extract, resolve, save_batch

TEXT_A = (
    'Finance Minister Hugo Lind said the offer was "a fair starting point". '
    '"We will not sign a bad deal," Lind told reporters. "Nothing is excluded," he added. '
    "Tariffs fell from 25% to 15%, according to the Harbour Ledger."
)
TEXT_B = 'In a syndicated report, Hugo Lind said: "We will not sign a bad deal," in Port Alder.'


def span(text: str, part: str, nth: int = 1) -> tuple[int, int]:
    starts = [m.start() for m in re.finditer(re.escape(part), text)]
    s = starts[nth - 1]
    return s, s + len(part)


def q(text: str, part: str, *, speaker: str | None = "Hugo Lind", kind: str = "direct", group: str | None = None,
      mention: str | None = None) -> Quote:
    s, e = span(text, part)
    ment = None
    if mention:
        ms, me = span(text, mention)
        ment = Span(text=mention, start=ms, end=me)
    return Quote(text=part, start=s, end=e, kind=kind, speaker=speaker, group=group, speaker_mention=ment)


def extraction_a(article: Article) -> ArticleExtraction:
    t = article.text
    s25, e25 = span(t, "25%")
    s15, e15 = span(t, "15%")
    ls, le = span(t, "Harbour Ledger")
    return ArticleExtraction(
        article=article,
        quotes=[
            q(t, "a fair starting point", kind="partial", mention="Finance Minister Hugo Lind"),
            q(t, "We will not sign a bad deal,", group="g1"),
            q(t, "Nothing is excluded,", group="g1"),
        ],
        speakers=[Speaker(name="Hugo Lind", role="Finance Minister", aliases=["Lind"])],
        numbers=[
            Number(text="25%", start=s25, end=e25, value=25, unit="%"),
            Number(text="15%", start=s15, end=e15, value=15, unit="%", from_value=25),
        ],
        sources=[Source(text="Harbour Ledger", start=ls, end=le, name="Harbour Ledger", kind="outlet")],
    )


def extraction_b(article: Article) -> ArticleExtraction:
    t = article.text
    return ArticleExtraction(
        article=article,
        quotes=[q(t, "We will not sign a bad deal,")],
        speakers=[Speaker(name="Hugo Lind", organization="Veloria finance ministry", aliases=["Mr Lind"])],
    )


def rows(db, sql: str, params=()) -> list[dict]:
    cur = db.conn.execute(sql, params)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


def snapshot(db) -> dict:
    return {t: rows(db, f"SELECT * FROM {t} ORDER BY 1") for t in
            ("articles", "quotes", "numbers", "sources", "speakers", "totals", "tags", "quotes_tags")}


def assert_consistent(db) -> None:
    """Totals and quote counts match a recount; full-text indexes match their tables."""
    before = snapshot(db)
    recount_totals(db)
    after = snapshot(db)
    assert {r["kind"] + r["status"]: r["n"] for r in before["totals"] if r["n"]} == {
        r["kind"] + r["status"]: r["n"] for r in after["totals"] if r["n"]}
    assert before["speakers"] == after["speakers"]
    for fts in ("articles_fts", "quotes_fts"):
        db.execute(f"INSERT INTO {fts}({fts}, rank) VALUES ('integrity-check', 1)")


@pytest.fixture(autouse=True, params=["triggers suspended", "triggers per row"])
def insert_triggers(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Every test twice: as a big import saves (insert triggers suspended, their work done per statement,
    see store.bulk) and as a small save does (the triggers fire for each row). Both must leave the same."""
    import store.write

    monkeypatch.setattr(store.write, "SUSPEND_MIN_ROWS", 0 if request.param == "triggers suspended" else 1 << 62)
    return request.param


@pytest.fixture
def db(db_path: Path):
    database = open_store(db_path)
    yield database
    database.conn.close()


def save(db, *extractions: ArticleExtraction, version: str = "test") -> object:
    return save_batch(db, [Incoming(ex.article, "txt", ex, extractor_version=version) for ex in extractions])


def test_new_articles_and_items_are_written_whole(db) -> None:
    a = Article(id="a", text=TEXT_A, title="Lind rejects bad deal", published="2026-05-02")
    stats = save(db, extraction_a(a))
    assert (stats.new, stats.present, stats.extracted) == (1, 0, 1)

    (art,) = rows(db, "SELECT rowid AS r, * FROM articles")
    assert art["title"] == "Lind rejects bad deal" and art["extracted_at"] and art["extractor_version"] == "test"
    assert art["content_hash"] and art["imported_at"] and art["format"] == "txt"

    quotes = rows(db, "SELECT * FROM quotes ORDER BY start")
    assert [x["text"] for x in quotes] == ["a fair starting point", "We will not sign a bad deal,", "Nothing is excluded,"]
    for x in quotes:
        assert TEXT_A[x["start"]:x["end"]] == x["text"]
        assert x["sort_key"] == f"2026-05-02|{art['r']:012d}|{x['start']:09d}"
        assert x["item_key"] == item_keys([x["text"]])[0]
        assert x["dup_key"] == dup_key(x["text"])
        assert x["status"] == "pending" and x["origin"] == "extracted" and x["missing"] == 0
    assert quotes[0]["kind"] == "partial" and quotes[0]["mention_text"] == "Finance Minister Hugo Lind"
    assert quotes[1]["group_id"] == quotes[2]["group_id"] == "a:g1"

    (speaker,) = rows(db, "SELECT * FROM speakers")
    assert (speaker["name"], speaker["role"], speaker["key"], speaker["quote_count"]) == (
        "Hugo Lind", "Finance Minister", "hugo lind", 3)
    assert json.loads(speaker["aliases"]) == ["Lind"]
    assert {x["speaker_id"] for x in quotes} == {speaker["id"]}
    assert [(n["text"], n["value"], n["from_value"]) for n in rows(db, "SELECT * FROM numbers ORDER BY start")] == [
        ("25%", 25, None), ("15%", 15, 25)]
    assert rows(db, "SELECT name, kind FROM sources") == [{"name": "Harbour Ledger", "kind": "outlet"}]
    assert dict(db.execute("SELECT kind, n FROM totals WHERE status = 'pending'").fetchall()) == {
        "quotes": 3, "numbers": 2, "sources": 1, "speakers": 1}
    hits = db.execute("SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH 'excluded'").fetchall()
    assert hits == [(quotes[2]["id"],)]
    assert_consistent(db)


def test_saving_the_same_batch_again_changes_nothing(db) -> None:
    a = Article(id="a", text=TEXT_A)
    save(db, extraction_a(a))
    before = snapshot(db)
    assert resolve(db, [a])[0].status == "same"
    stats = save_batch(db, [Incoming(a, "txt", None)])  # a plain re-import: no extraction needed
    assert (stats.new, stats.present) == (0, 1)
    stats = save(db, extraction_a(a))  # and a re-extraction finding the same items
    assert stats.new == 0
    after = snapshot(db)
    for table in ("quotes", "numbers", "sources", "speakers", "totals"):
        assert before[table] == after[table]
    assert len(after["articles"]) == 1


def test_article_identity_by_content_when_no_id(db) -> None:
    a = Article(text=TEXT_A, url=None)
    save(db, extraction_a(a))
    (art,) = rows(db, "SELECT id FROM articles")
    assert re.fullmatch(r"[0-9a-f]{12}", art["id"])
    again = Article(text=TEXT_A, title="Now with a title")
    stats = save_batch(db, [Incoming(again, "txt", None)])
    assert stats.present == 1 and stats.new == 0
    # metadata the first import lacked is filled in, nothing else changes
    assert rows(db, "SELECT id, title FROM articles") == [{"id": art["id"], "title": "Now with a title"}]


def test_duplicates_inside_one_batch_are_saved_once(db) -> None:
    a = Article(id="a", text=TEXT_A)
    stats = save(db, extraction_a(a), extraction_a(a))
    assert (stats.new, stats.present) == (1, 1)
    assert db.execute("SELECT count(*) FROM quotes").fetchone()[0] == 3
    assert_consistent(db)


def test_syndicated_copy_points_to_the_first_quote(db) -> None:
    save(db, extraction_a(Article(id="a", text=TEXT_A)))
    save(db, extraction_b(Article(id="b", text=TEXT_B)))
    first = rows(db, "SELECT id, copy_of FROM quotes WHERE article_id = 'a' AND text LIKE 'We will%'")[0]
    copy = rows(db, "SELECT id, copy_of FROM quotes WHERE article_id = 'b'")[0]
    assert first["copy_of"] is None and copy["copy_of"] == first["id"]
    # a copy is reviewed through its first: it is not counted again
    assert db.execute("SELECT n FROM totals WHERE kind = 'quotes' AND status = 'pending'").fetchone()[0] == 3
    # the second article's speaker data fills what the first lacked
    (speaker,) = rows(db, "SELECT * FROM speakers")
    assert speaker["role"] == "Finance Minister" and speaker["organization"] == "Veloria finance ministry"
    assert json.loads(speaker["aliases"]) == ["Lind", "Mr Lind"]
    assert speaker["quote_count"] == 4
    assert_consistent(db)


def test_copies_in_the_same_batch(db) -> None:
    save(db, extraction_a(Article(id="a", text=TEXT_A)), extraction_b(Article(id="b", text=TEXT_B)))
    copy = rows(db, "SELECT copy_of FROM quotes WHERE article_id = 'b'")[0]["copy_of"]
    assert copy == rows(db, "SELECT id FROM quotes WHERE article_id = 'a' AND text LIKE 'We will%'")[0]["id"]


def review(db, table: str, item_id: int, **cols) -> None:
    sets = ", ".join(f"[{k}] = ?" for k in cols)
    with db.conn:
        db.conn.execute(f"UPDATE {table} SET {sets} WHERE id = ?", [*cols.values(), item_id])


def tag(db, table: str, item_id: int, name: str) -> None:
    with db.conn:
        db.conn.execute("INSERT OR IGNORE INTO tags (name) VALUES (?)", [name])
        tag_id = db.conn.execute("SELECT id FROM tags WHERE name = ?", [name]).fetchone()[0]
        db.conn.execute(f"INSERT INTO {table}_tags ({table}_id, tags_id) VALUES (?, ?)", [item_id, tag_id])


def quote_id(db, text: str) -> int:
    return db.execute("SELECT id FROM quotes WHERE text = ?", [text]).fetchone()[0]


def test_re_extraction_keeps_the_analysts_work(db) -> None:
    a = Article(id="a", text=TEXT_A)
    save(db, extraction_a(a))
    fair, deal, nothing = (quote_id(db, t) for t in
                           ("a fair starting point", "We will not sign a bad deal,", "Nothing is excluded,"))
    review(db, "quotes", fair, status="accepted", reviewed_at="2026-06-01T10:00:00Z", reviewed_by="ana")
    review(db, "quotes", deal, note="check against the ministry readout",
           speaker_name="Hugo Lind (corrected)", corrected=json.dumps(["speaker_name"]))
    tag(db, "quotes", nothing, "key-quote")
    number_id = db.execute("SELECT id FROM numbers WHERE text = '25%'").fetchone()[0]
    review(db, "numbers", number_id, status="rejected")
    with db.conn:
        db.conn.execute(
            "INSERT INTO sources (article_id, item_key, start, end, text, origin, name, kind) "
            "VALUES ('a', 'hugo lind|manual', 17, 26, 'Hugo Lind', 'manual', 'Hugo Lind', 'organization')"
        )

    # The new extraction: the text moved (a sentence added in front), "Nothing is excluded"
    # and the 25% figure are gone, the Ledger source is gone, a new quote appears.
    new_text = "UPDATED. " + TEXT_A.replace('"Nothing is excluded," he added. ', '"We stay," he added. ')
    b = Article(id="a", text=new_text)
    ex = ArticleExtraction(article=b)
    ex.quotes = [q(new_text, "a fair starting point", kind="partial"), q(new_text, "We will not sign a bad deal,"),
                 q(new_text, "We stay,")]
    s15, e15 = span(new_text, "15%")
    ex.numbers = [Number(text="15%", start=s15, end=e15, value=15, unit="%")]
    ex.sources = []
    assert resolve(db, [b])[0].status == "changed"
    stats = save(db, ex, version="test-2")
    assert (stats.changed, stats.missing) == (1, 2)  # the tagged quote and the rejected number

    got = {r["text"]: r for r in rows(db, "SELECT * FROM quotes")}
    assert got["a fair starting point"]["id"] == fair
    assert got["a fair starting point"]["status"] == "accepted"
    assert got["a fair starting point"]["reviewed_by"] == "ana"
    assert new_text[got["a fair starting point"]["start"]:got["a fair starting point"]["end"]] == "a fair starting point"
    assert got["We will not sign a bad deal,"]["id"] == deal
    assert got["We will not sign a bad deal,"]["note"] == "check against the ministry readout"
    assert got["We will not sign a bad deal,"]["speaker_name"] == "Hugo Lind (corrected)"  # the correction stands
    assert got["Nothing is excluded,"]["id"] == nothing and got["Nothing is excluded,"]["missing"] == 1  # tagged: kept
    assert got["We stay,"]["missing"] == 0 and got["We stay,"]["status"] == "pending"
    assert [r["text"] for r in rows(db, "SELECT text FROM tags JOIN quotes_tags ON tags_id = tags.id "
                                         "JOIN quotes ON quotes.id = quotes_id")] == ["Nothing is excluded,"]
    numbers = {r["text"]: r for r in rows(db, "SELECT * FROM numbers")}
    assert numbers["25%"]["status"] == "rejected" and numbers["25%"]["missing"] == 1  # decided: kept and flagged
    assert numbers["15%"]["missing"] == 0
    sources = rows(db, "SELECT origin, text FROM sources")
    assert sources == [{"origin": "manual", "text": "Hugo Lind"}]  # untouched extracted source deleted, manual kept
    (art,) = rows(db, "SELECT text, extractor_version FROM articles")
    assert art == {"text": new_text, "extractor_version": "test-2"}
    assert_consistent(db)


def test_deleting_an_original_promotes_its_first_copy(db) -> None:
    save(db, extraction_a(Article(id="a", text=TEXT_A)))
    save(db, extraction_b(Article(id="b", text=TEXT_B)))
    save(db, extraction_b(Article(id="c", text=TEXT_B + " ")))
    ex = extraction_a(Article(id="a", text=TEXT_A))
    ex.quotes = [x for x in ex.quotes if not x.text.startswith("We will")]
    save(db, ex)  # the original is gone and was untouched: deleted
    copies = rows(db, "SELECT article_id, copy_of, id FROM quotes WHERE text LIKE 'We will%' ORDER BY id")
    assert [c["article_id"] for c in copies] == ["b", "c"]
    assert copies[0]["copy_of"] is None and copies[1]["copy_of"] == copies[0]["id"]
    assert_consistent(db)


def test_merged_speaker_gets_the_new_quotes(db) -> None:
    save(db, extraction_a(Article(id="a", text=TEXT_A)))
    with db.conn:
        db.conn.execute("INSERT INTO speakers (key, name) VALUES ('h. lind', 'H. Lind')")
        into = db.execute("SELECT id FROM speakers WHERE key = 'hugo lind'").fetchone()[0]
        db.conn.execute("UPDATE speakers SET merged_into = ? WHERE key = 'h. lind'", [into])
    ex = extraction_b(Article(id="b", text=TEXT_B))
    ex.quotes[0].speaker = "H. Lind"
    save(db, ex)
    assert db.execute("SELECT speaker_id FROM quotes WHERE article_id = 'b'").fetchone()[0] == into


def test_integer_id_table_gets_integer_ids(tmp_path: Path) -> None:
    path = tmp_path / "int.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE articles (id INTEGER PRIMARY KEY, text TEXT)")
    conn.execute("INSERT INTO articles VALUES (5, 'An article other tools put here.')")
    conn.commit()
    conn.close()
    db = open_store(path)
    stats = save_batch(db, [
        Incoming(Article(text=TEXT_A), "txt", extraction_a(Article(text=TEXT_A))),
        Incoming(Article(id="12", text=TEXT_B), "json", None),
        Incoming(Article(id="not-a-number", text="Third text."), "json", None),
    ])
    assert stats.new == 3
    got = rows(db, "SELECT id, typeof(id) AS t, text FROM articles ORDER BY id")
    assert {r["t"] for r in got} == {"integer"}
    # given integer ids are kept; others get the next integers after every id in the batch
    assert {r["id"]: r["text"] for r in got} == {
        5: "An article other tools put here.", 12: TEXT_B, 13: TEXT_A, 14: "Third text."}
    qa = rows(db, "SELECT DISTINCT article_id, typeof(article_id) AS t FROM quotes")
    assert len(qa) == 1 and qa[0]["t"] == "integer"
    # re-import matches by content, not by id
    again = save_batch(db, [Incoming(Article(text=TEXT_A), "txt", None), Incoming(Article(id=12, text=TEXT_B), "json", None)])
    assert (again.new, again.present) == (0, 2)
    db.conn.close()


def test_articles_to_extract_includes_rows_other_tools_inserted(db) -> None:
    save(db, extraction_a(Article(id="a", text=TEXT_A)))
    with db.conn:
        db.conn.execute("INSERT INTO articles (id, text) VALUES ('x1', 'Inserted by another tool.')")
        db.conn.execute("INSERT INTO articles (id, text) VALUES ('x2', '   ')")
    assert count_to_extract(db) == 2
    assert [a.id for a in articles_to_extract(db)] == ["x1"]  # no text: nothing to extract
    assert [a.id for a in articles_to_extract(db, force=True, batch=1)] == ["a", "x1"]


def test_sort_key_format_is_shared_with_manual_items() -> None:
    from store.review import sort_key as review_sort_key
    from store.write import sort_key

    for published, rowid, start in [("2026-05-02", 3, 17), (None, 12, 0), ("2026-05-02T09:30:00Z", 999, 123456)]:
        assert sort_key(published, rowid, start) == review_sort_key(published, rowid, start)
    assert sort_key(None, 3, 17) == "9999|000000000003|000000017"
