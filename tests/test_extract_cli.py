"""``briefing extract``: JSON Lines without a database, and extraction over a database."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from briefing.extract import extract
from briefing.ingest import expand

TXT = (
    "Port talks stall\n\n"
    '"We came with a serious offer and we leave with nothing on paper," Ilse Brandt told the Gazette.\r\n'
    "The Vesta side wants the quota raised from 3.5 million tonnes to 5 million tonnes.\n"
)
FEED = [
    {"id": "f1", "text": '"It is over," the mayor of Port Alder said on Sunday.'},
    {"id": "f2", "text": "Exports fell 12% last year, according to the statistics office."},
]
CONTRACT_KEYS = {"article", "quotes", "speakers", "numbers", "sources"}


def write_inputs(tmp_path: Path) -> tuple[Path, Path]:
    txt = tmp_path / "talks.txt"
    txt.write_bytes(TXT.encode("utf-8"))
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps(a) for a in FEED) + "\n")
    return txt, feed


def expected_lines(*paths: Path) -> list[dict]:
    out = []
    for inp in expand([str(p) for p in paths]):
        for record in inp.records():
            out.append(json.loads(json.dumps(extract(record.article).to_json_dict())))
    return out


def test_json_lines_one_per_article_in_file_order(cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    txt, feed = write_inputs(tmp_path)
    res = cli("extract", "--json", txt, feed)
    assert res.code == 0, res.err
    lines = [json.loads(ln) for ln in res.out.splitlines()]
    assert len(lines) == 3
    assert [ln["article"]["path"] for ln in lines] == [str(txt), str(feed), str(feed)]
    assert [ln["article"]["id"] for ln in lines] == [None, "f1", "f2"]
    assert lines[0]["article"]["text"] == TXT.replace("\r\n", "\n")
    for line in lines:
        assert set(line) == CONTRACT_KEYS
        text = line["article"]["text"]
        for table in ("quotes", "numbers", "sources"):
            for item in line[table]:
                assert text[item["start"]:item["end"]] == item["text"]
                assert "review" not in item and "article_id" not in item
        for q in line["quotes"]:
            assert q["kind"] in ("direct", "partial", "indirect", "social")
    assert lines == expected_lines(txt, feed)
    assert not list(tmp_path.glob("*.db"))  # stateless: no database anywhere


def test_many_articles_in_parallel_keep_file_order(cli_process, tmp_path: Path) -> None:
    feed = tmp_path / "many.jsonl"
    articles = [{"id": f"m{i:03d}", "text": f'"Round {i} is done," envoy number {i} said. Tariffs fell {i}%.'}
                for i in range(150)]
    feed.write_text("\n".join(json.dumps(a) for a in articles))
    res = cli_process("extract", "--json", feed)
    assert res.code == 0, res.err
    lines = [json.loads(ln) for ln in res.out.splitlines()]
    assert [ln["article"]["id"] for ln in lines] == [a["id"] for a in articles]
    assert lines == expected_lines(feed)


def test_bad_file_is_reported_and_the_rest_still_printed(cli, tmp_path: Path) -> None:
    txt, feed = write_inputs(tmp_path)
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "fine"}\n{"text": \n')
    res = cli("extract", "--json", txt, bad, feed)
    assert res.code == 1
    assert res.err.strip() == f"briefing: {bad}: line 2: truncated JSON (expecting value, column 10)"
    assert len(res.out.splitlines()) == 3


def test_arguments_must_say_where_results_go(cli, tmp_path: Path) -> None:
    txt, _ = write_inputs(tmp_path)
    res = cli("extract", "--json")
    assert res.code == 1 and "--json needs at least one FILE" in res.err
    res = cli("extract", txt, "--db", tmp_path / "x.db")
    assert res.code == 1 and "briefing import" in res.err
    res = cli("extract", "--json", txt, "--db", tmp_path / "x.db")
    assert res.code == 1 and "choose one" in res.err


def test_extract_db_picks_up_only_what_is_new_and_force_keeps_decisions(cli, tmp_path: Path, db_path: Path) -> None:
    txt, feed = write_inputs(tmp_path)
    assert cli("import", txt, feed, "--db", db_path).code == 0
    res = cli("extract", "--db", db_path)
    assert res.code == 0 and res.out.startswith("extracted 0 articles")

    conn = sqlite3.connect(db_path)
    qid, qtext = conn.execute("SELECT id, text FROM quotes ORDER BY id LIMIT 1").fetchone()
    with conn:
        conn.execute("UPDATE quotes SET status = 'accepted', note = 'lead quote', reviewed_by = 'ana' WHERE id = ?",
                     [qid])
        conn.execute("INSERT INTO articles (id, text) VALUES ('added', '\"Enough,\" the envoy said on Friday.')")
    before = conn.execute("SELECT id, item_key FROM quotes WHERE article_id != 'added' ORDER BY id").fetchall()
    totals = conn.execute("SELECT n FROM totals WHERE kind = 'quotes' AND status = 'accepted'").fetchone()
    conn.close()
    assert totals == (1,)

    res = cli("extract", "--db", db_path)
    assert res.code == 0 and res.out.startswith("extracted 1 article")
    res = cli("extract", "--db", db_path, "--force")
    assert res.code == 0 and res.out.startswith("extracted 4 articles")

    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT id, item_key FROM quotes WHERE article_id != 'added' ORDER BY id").fetchall() == before
    assert conn.execute("SELECT status, note, reviewed_by, text FROM quotes WHERE id = ?", [qid]).fetchone() == (
        "accepted", "lead quote", "ana", qtext)
    assert conn.execute("SELECT n FROM totals WHERE kind = 'quotes' AND status = 'accepted'").fetchone() == (1,)
    assert conn.execute("SELECT count(*) FROM articles WHERE extracted_at IS NULL").fetchone() == (0,)
    conn.close()


@pytest.mark.parametrize("parallel", [False, True])
def test_extract_in_order_keeps_order_skips_and_reports_failures(parallel: bool, monkeypatch) -> None:
    import briefing.extract as extract_pkg
    from briefing.models import Article
    from briefing.parallel import as_json_line, extract_in_order

    real = extract_pkg.extract

    def flaky(article):
        if article.id == "boom-7":
            raise ValueError("bad article")
        return real(article)

    monkeypatch.setattr(extract_pkg, "extract", flaky)  # inherited by forked workers
    jobs = [(i, None if i % 4 == 0 else Article(id=f"boom-{i}", text=f'"Round {i}," envoy {i} said.'))
            for i in range(300)]
    out = list(extract_in_order(jobs, lambda j: j[1], parallel=parallel, output=as_json_line))
    assert [job[0] for job, _ in out] == list(range(300))
    for (i, article), result in out:
        if article is None:
            assert result is None
        elif i == 7:
            assert isinstance(result, Exception) and "ValueError: bad article" in str(result)
        else:
            assert json.loads(result)["article"]["id"] == f"boom-{i}"


def test_extract_db_needs_an_existing_database(cli, tmp_path: Path) -> None:
    missing = tmp_path / "nothere.db"
    res = cli("extract", "--db", missing)
    assert res.code == 1 and "no such database" in res.err
    assert not missing.exists()
