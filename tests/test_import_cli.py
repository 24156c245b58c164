"""``briefing import``: every format into a real SQLite file, idempotence, bad input, crash safety."""

from __future__ import annotations

import csv
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from briefing.extract import EXTRACTOR_VERSION, extract
from briefing.models import Article
from store.schema import recount_totals

REPO = Path(__file__).resolve().parent.parent

TXT = """Grain quota talks stall in Port Alder

By Tomas Vell
June 14, 2026

Negotiators from Norland and Veloria failed to agree on a grain quota on Tuesday.

"We came with a serious offer and we leave with nothing on paper," Ilse Brandt, Norland's chief negotiator, told reporters.
"""
MD = """# Ferry strike enters third day

The strike has halted 40% of freight between the two ports, the union said.

"We will stay out until the ministry talks to us," union leader Pia Holm said on Monday.
"""
HTML = """<html><head><title>Steel talks | The Harbour Ledger</title>
<meta property="og:site_name" content="The Harbour Ledger"><meta name="author" content="Mira Ostrova">
<meta property="article:published_time" content="2026-05-02"></head>
<body><nav><a href="/">Home</a> <a href="/trade">Trade</a></nav><article><h1>Steel quota talks open</h1>
<p>Veloria and Castamar will open formal talks on steel quotas next month, officials said on Friday.</p>
<p>"Nothing is excluded," Finance Minister Hugo Lind told reporters in Port Alder on Friday.</p>
</article><footer>Copyright notice</footer></body></html>"""
JSON_ARTICLES = [
    {"id": "j1", "title": "Envoy named", "text": 'The envoy said the talks were "frank and long", officials said.'},
    {"id": "j2", "title": "Tariffs cut", "text": "Veloria cut tariffs on Castamar steel from 25% to 15% on Monday."},
]
JSONL_ARTICLES = [
    {"id": "l1", "text": '"We are close," Castamar\'s trade envoy Ana Ruiz said on Thursday.', "outlet": "Port Wire"},
    {"id": "l2", "text": "Exports fell by 3.1 million tonnes last year, according to the statistics office."},
]
CSV_ROWS = [
    {"id": "c1", "title": "Ports reopen", "text": 'The ports reopened on Sunday. "It is over," the mayor said.',
     "published": "2026-06-20", "outlet": "Harbour Gazette", "byline": "Ana Ruiz", "url": "https://g.example/c1"},
]


def write_corpus(root: Path) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / "grain.txt").write_text(TXT, encoding="utf-8")
    (root / "nested").mkdir()
    (root / "nested" / "ferry.md").write_text(MD, encoding="utf-8")
    (root / "nested" / "steel.html").write_text(HTML, encoding="utf-8")
    (root / "batch.json").write_text(json.dumps(JSON_ARTICLES), encoding="utf-8")
    (root / "feed.jsonl").write_text("\n".join(json.dumps(a) for a in JSONL_ARTICLES) + "\n", encoding="utf-8")
    with (root / "table.csv").open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=list(CSV_ROWS[0]))
        w.writeheader()
        w.writerows(CSV_ROWS)
    (root / ".hidden.txt").write_text("A hidden file is never imported.", encoding="utf-8")
    (root / "notes.docx.tmp").write_text("not an article format", encoding="utf-8")
    (root / "README.md").write_text("# About this folder\n\nArticles for the steel briefing.\n", encoding="utf-8")
    return root


def query(db_path: Path, sql: str, params=()) -> list[dict]:
    conn = sqlite3.connect(db_path)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in conn.execute(sql, params).fetchall()]
    finally:
        conn.close()


def items_match_extraction(db_path: Path) -> None:
    """Every stored article has exactly the items extraction finds in it (and no others)."""
    for art in query(db_path, "SELECT * FROM articles"):
        ex = extract(Article(id=art["id"], text=art["text"]))
        for table in ("quotes", "numbers", "sources"):
            stored = sorted((r["start"], r["end"], r["text"]) for r in query(
                db_path, f"SELECT start, end, text FROM {table} WHERE article_id = ?", [art["id"]]))
            found = sorted((i.start, i.end, i.text) for i in getattr(ex, table))
            assert stored == found, (art["id"], table)
            for start, end, text in stored:
                assert art["text"][start:end] == text


def test_every_format_is_imported(cli, tmp_path: Path, db_path: Path) -> None:
    corpus = write_corpus(tmp_path / "in")
    res = cli("import", corpus, "--db", db_path)
    assert res.code == 0, res.err
    assert res.out.strip() == "imported 8 articles, 0 already present, 0 failed, 2 skipped"
    assert "notes.docx.tmp: skipped" in res.err
    assert "README.md: skipped: documentation" in res.err
    arts = {a["id"]: a for a in query(db_path, "SELECT * FROM articles")}
    by_format = {}
    for a in arts.values():
        by_format.setdefault(a["format"], []).append(a)
        assert a["extracted_at"] and a["extractor_version"] == EXTRACTOR_VERSION and a["imported_at"]
    assert {k: len(v) for k, v in by_format.items()} == {"txt": 1, "md": 1, "html": 1, "json": 2, "jsonl": 2, "csv": 1}

    (txt,) = by_format["txt"]
    assert txt["text"] == TXT and txt["path"] == str(corpus / "grain.txt")
    assert (txt["title"], txt["byline"], txt["published"]) == ("Grain quota talks stall in Port Alder", "Tomas Vell", "2026-06-14")
    (md,) = by_format["md"]
    assert md["text"] == MD and md["title"] == "Ferry strike enters third day"
    (html,) = by_format["html"]
    assert (html["title"], html["byline"], html["outlet"], html["published"]) == (
        "Steel quota talks open", "Mira Ostrova", "The Harbour Ledger", "2026-05-02")
    assert "Copyright notice" not in html["text"] and "\n\n" in html["text"]
    assert arts["j1"]["title"] == "Envoy named" and arts["j2"]["text"] == JSON_ARTICLES[1]["text"]
    assert arts["l1"]["outlet"] == "Port Wire"
    assert (arts["c1"]["byline"], arts["c1"]["url"], arts["c1"]["published"]) == (
        "Ana Ruiz", "https://g.example/c1", "2026-06-20")
    assert not any("hidden" in (a["path"] or "") for a in arts.values())
    items_match_extraction(db_path)
    assert query(db_path, "SELECT count(*) AS n FROM quotes")[0]["n"] > 0


def test_reimport_adds_nothing(cli, tmp_path: Path, db_path: Path) -> None:
    corpus = write_corpus(tmp_path / "in")
    assert cli("import", corpus, "--db", db_path).code == 0

    def dump() -> dict:
        return {t: query(db_path, f"SELECT * FROM {t} ORDER BY 1") for t in
                ("articles", "quotes", "numbers", "sources", "speakers", "totals")}

    before = dump()
    res = cli("import", corpus, "--db", db_path)
    assert res.code == 0
    assert res.out.strip() == "imported 0 articles, 8 already present, 0 failed, 2 skipped"
    assert dump() == before


def test_changed_article_is_updated_and_re_extracted(cli, tmp_path: Path, db_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"id": "x", "text": '"We are close," Ana Ruiz said.'}) + "\n")
    assert cli("import", path, "--db", db_path).code == 0
    path.write_text(json.dumps({"id": "x", "text": 'Talks resumed. "We are close," Ana Ruiz said on Friday.'}) + "\n")
    res = cli("import", path, "--db", db_path)
    assert res.out.strip() == "imported 0 articles, 1 updated, 0 already present, 0 failed"
    assert query(db_path, "SELECT text FROM articles")[0]["text"].startswith("Talks resumed.")
    items_match_extraction(db_path)


def test_stdin_is_sniffed(cli_process, tmp_path: Path, db_path: Path) -> None:
    jsonl = "\n".join(json.dumps(a) for a in JSONL_ARTICLES).encode()
    res = cli_process("import", "-", "--db", db_path, stdin=jsonl)
    assert res.code == 0, res.err
    assert res.out.strip() == "imported 2 articles, 0 already present, 0 failed"
    assert {(a["id"], a["format"], a["path"]) for a in query(db_path, "SELECT * FROM articles")} == {
        ("l1", "jsonl", "<stdin>"), ("l2", "jsonl", "<stdin>")}
    res = cli_process("import", "-", "--db", db_path, stdin=TXT.encode())
    assert res.out.strip() == "imported 1 article, 0 already present, 0 failed"
    assert query(db_path, "SELECT text FROM articles WHERE format = 'txt'")[0]["text"] == TXT


def test_default_database_from_environment(cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = write_corpus(tmp_path / "in")
    target = tmp_path / "from-env.db"
    monkeypatch.setenv("BRIEFING_DB", str(target))
    assert cli("import", corpus / "grain.txt").code == 0
    assert query(target, "SELECT count(*) AS n FROM articles")[0]["n"] == 1
    monkeypatch.delenv("BRIEFING_DB")
    monkeypatch.chdir(tmp_path)
    assert cli("import", corpus / "grain.txt").code == 0
    assert (tmp_path / "briefing.db").exists()


def test_extraction_output_is_imported_as_given(cli, tmp_path: Path, db_path: Path) -> None:
    text = "The minister called the accord a historic win on Friday."
    start = text.index("historic win")
    line = {
        "article": {"id": "ext-1", "text": text, "title": "From a cluster job"},
        # an item extraction would not find here: it must be stored as given, not re-extracted
        "quotes": [{"text": "historic win", "start": start, "end": start + 12, "kind": "partial",
                    "speaker": "Hugo Lind", "speaker_mention": {"text": "The minister", "start": 0, "end": 12},
                    "cue": None, "group": None}],
        "speakers": [{"name": "Hugo Lind", "role": "minister", "organization": None, "aliases": ["the minister"]}],
        "numbers": [],
        "sources": [{"name": "Ledger", "kind": "outlet", "text": "Friday", "start": text.index("Friday"),
                     "end": text.index("Friday") + 6}],
    }
    path = tmp_path / "remote.jsonl"
    path.write_text(json.dumps(line) + "\n")
    res = cli("import", path, "--db", db_path)
    assert res.code == 0, res.err
    (art,) = query(db_path, "SELECT * FROM articles")
    assert (art["id"], art["format"], art["extractor_version"]) == ("ext-1", "extract", "imported")
    quotes = query(db_path, "SELECT * FROM quotes")
    assert [(q["text"], q["speaker_name"], q["mention_text"], q["origin"]) for q in quotes] == [
        ("historic win", "Hugo Lind", "The minister", "imported")]
    assert [(s["name"], s["text"]) for s in query(db_path, "SELECT * FROM sources")] == [("Ledger", "Friday")]
    assert query(db_path, "SELECT role FROM speakers")[0]["role"] == "minister"
    # and importing it again changes nothing
    assert cli("import", path, "--db", db_path).out.strip() == "imported 0 articles, 1 already present, 0 failed"
    assert query(db_path, "SELECT count(*) AS n FROM quotes")[0]["n"] == 1


# --- bad input ----------------------------------------------------------------

BAD_FILES: dict[str, bytes] = {
    "binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00",
    "empty.txt": b"",
    "blank.md": b"\n  \n\t\n",
    "nul.txt": b"Some words\x00and a NUL byte in the middle of them.",
    "truncated.json": b'[{"id": "t1", "text": "complete"},\n {"id": "t2", "text": "cut off',
    "malformed.jsonl": b'{"id": "m1", "text": "fine"}\n{"id": "m2", "text": "broken",,}\n',
    "notext.csv": b"id,title\n1,No text column here\n",
    "unclosed.csv": b'id,text\nu1,fine\nu2,"never closed\nu3,more\n',
    "navigation.html": b"<html><body><nav><a href='/'>Home</a><a href='/x'>Trade</a></nav>"
                       b"<script>var x = 'script text that is not an article';</script></body></html>",
    "notobjects.json": b'["a string", "another"]',
}
BAD_MESSAGES = {
    "binary.txt": "binary file (a PNG image)",
    "empty.txt": "empty file",
    "blank.md": "empty file",
    "nul.txt": "NUL bytes",
    "truncated.json": "line 2: truncated JSON",
    "malformed.jsonl": "line 2: malformed JSON",
    "notext.csv": "no 'text' or 'body' column",
    "unclosed.csv": "line 3: unclosed quote",
    "navigation.html": "no article text found",
    "notobjects.json": "line 1: expected a JSON object",
}


def test_mixed_directory_imports_the_good_and_names_each_bad_file(cli, tmp_path: Path, db_path: Path) -> None:
    corpus = write_corpus(tmp_path / "in")
    bad_dir = corpus / "bad"
    bad_dir.mkdir()
    for name, data in BAD_FILES.items():
        (bad_dir / name).write_bytes(data)
    (corpus / "latin1.txt").write_bytes(
        ("Les négociateurs ont déclaré que la réunion était « très difficile » à Genève. " * 5).encode("cp1252"))
    missing = tmp_path / "does-not-exist.txt"
    res = cli("import", corpus, missing, "--db", db_path)

    assert res.code == 1
    assert "Traceback" not in res.err
    lines = [ln for ln in res.err.splitlines() if ln]
    for name, message in BAD_MESSAGES.items():
        mine = [ln for ln in lines if f"/bad/{name}:" in ln]
        assert len(mine) == 1, (name, lines)
        assert message in mine[0], (name, mine[0])
    assert [ln for ln in lines if "does-not-exist.txt" in ln] == [
        f"briefing: {missing}: no such file or directory"]
    warning = [ln for ln in lines if "latin1.txt" in ln]
    assert len(warning) == 1 and "warning: not valid UTF-8" in warning[0]
    assert res.out.strip() == "imported 9 articles, 0 already present, 11 failed, 2 skipped"

    paths = {a["path"] for a in query(db_path, "SELECT path FROM articles")}
    assert not any("/bad/" in p for p in paths)  # nothing of a failed file, not even its good first records
    assert query(db_path, "SELECT count(*) AS n FROM articles WHERE id IN ('t1', 'm1', 'u1')")[0]["n"] == 0
    latin = query(db_path, "SELECT text FROM articles WHERE path LIKE '%latin1.txt'")[0]["text"]
    assert "négociateurs" in latin and "«" in latin


def test_read_only_corrupt_and_newer_databases(cli, tmp_path: Path, db_path: Path) -> None:
    corpus = write_corpus(tmp_path / "in")
    assert cli("import", corpus / "grain.txt", "--db", db_path).code == 0

    os.chmod(db_path, 0o444)
    try:
        if os.access(db_path, os.W_OK):
            pytest.skip("running as a user who can write read-only files")
        res = cli("import", corpus / "table.csv", "--db", db_path)
        assert res.code == 1
        assert res.err.strip() == f"briefing: {db_path}: the database is read-only; import needs to write to it"
    finally:
        os.chmod(db_path, 0o644)

    corrupt = tmp_path / "corrupt.db"
    corrupt.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4096)
    res = cli("import", corpus / "grain.txt", "--db", corrupt)
    assert res.code == 1 and "Traceback" not in res.err
    assert res.err.startswith(f"briefing: {corrupt}: not a SQLite database or damaged")

    notdb = tmp_path / "notes.db"
    notdb.write_text("just some notes, not a database\n" * 50)
    res = cli("import", corpus / "grain.txt", "--db", notdb)
    assert res.code == 1 and "not a SQLite database" in res.err

    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    res = cli("import", corpus / "table.csv", "--db", db_path)
    assert res.code == 1 and "schema version 99" in res.err and "upgrade briefing" in res.err
    assert len(query(db_path, "SELECT id FROM articles")) == 1


def test_read_only_file_is_refused_even_as_root(cli, tmp_path: Path, db_path: Path, monkeypatch) -> None:
    """The check is on access rights, so it holds for users whom chmod does not stop."""
    corpus = write_corpus(tmp_path / "in")
    assert cli("import", corpus / "grain.txt", "--db", db_path).code == 0
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if (str(p) == str(db_path) and mode == os.W_OK)
                        else real_access(p, mode))
    res = cli("import", corpus / "table.csv", "--db", db_path)
    assert res.code == 1 and "read-only; import needs to write" in res.err


def test_progress_bar_only_on_a_terminal(tmp_path: Path, db_path: Path) -> None:
    import pty

    corpus = write_corpus(tmp_path / "in")
    master, slave = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "briefing", "import", str(corpus), "--db", str(db_path)],
                            stdout=subprocess.PIPE, stderr=slave, cwd=REPO,
                            env={**os.environ, "PYTHONPATH": str(REPO)})
    os.close(slave)
    out, _ = proc.communicate(timeout=120)
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    tty = b"".join(chunks).decode()
    assert "importing [" in tty and "8/8 articles" in tty
    assert out.decode().strip().startswith("imported 8 articles")  # the summary is not on the bar's stream

    res = subprocess.run([sys.executable, "-m", "briefing", "import", str(corpus), "--db", str(db_path)],
                         capture_output=True, cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)})
    assert b"importing [" not in res.stderr


# --- crash safety ---------------------------------------------------------------

def generated_articles(n: int) -> list[dict]:
    out = []
    for i in range(n):
        out.append({
            "id": f"gen-{i:05d}",
            "title": f"Quota round {i}",
            "text": (
                f"Officials in Port Alder said on Monday that round {i} of the quota talks would resume. "
                f'"We are not there yet on item {i}," Finance Minister Hugo Lind told reporters. '
                f"Tariffs fell from {i % 40 + 10}% to {i % 9 + 1}%, according to the Harbour Ledger."
            ),
        })
    return out


def check_consistent(db_path: Path) -> int:
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        for fts in ("articles_fts", "quotes_fts"):
            conn.execute(f"INSERT INTO {fts}({fts}, rank) VALUES ('integrity-check', 1)")
        totals = dict(((k, s), n) for k, s, n in conn.execute("SELECT kind, status, n FROM totals") if n)
        counts = dict((r[0], r[1]) for r in conn.execute("SELECT id, quote_count FROM speakers"))
    finally:
        conn.close()
    from store import open_store

    db = open_store(db_path)
    recount_totals(db)
    assert dict(((k, s), n) for k, s, n in db.execute("SELECT kind, status, n FROM totals") if n) == totals
    assert dict(db.execute("SELECT id, quote_count FROM speakers").fetchall()) == counts
    n = db.execute("SELECT count(*) FROM articles").fetchone()[0]
    db.conn.close()
    # every article present has all its items: each equals a fresh extraction
    items_match_extraction(db_path)
    return n


def test_kill_during_a_large_import_loses_nothing(tmp_path: Path, db_path: Path) -> None:
    total = 2400
    feed = tmp_path / "big.jsonl"
    feed.write_text("\n".join(json.dumps(a) for a in generated_articles(total)) + "\n")
    cmd = [sys.executable, "-m", "briefing", "import", str(feed), "--db", str(db_path)]
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=REPO, env=env,
                            start_new_session=True)
    deadline = time.monotonic() + 120
    present = 0
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
        if not db_path.exists():
            continue
        try:
            conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=1)
            present = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
            conn.close()
        except sqlite3.OperationalError:
            continue  # schema not created yet
        if present:
            break
    assert proc.poll() is None, "the import finished before it could be killed: make the input larger"
    os.killpg(proc.pid, signal.SIGKILL)  # the importer and its extraction workers, mid-way
    proc.wait()

    n = check_consistent(db_path)
    print(f"killed with {n} of {total} articles committed")
    assert 0 < n < total
    assert n % 200 == 0  # batches hold whole articles: nothing half-written

    res = subprocess.run(cmd, capture_output=True, cwd=REPO, env=env, timeout=300)
    assert res.returncode == 0, res.stderr
    assert res.stdout.decode().strip() == f"imported {total - n} articles, {n} already present, 0 failed"
    assert check_consistent(db_path) == total
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT count(DISTINCT id), count(*) FROM articles").fetchone() == (total, total)
    assert conn.execute("SELECT count(*) FROM (SELECT article_id, item_key FROM quotes "
                        "GROUP BY 1, 2 HAVING count(*) > 1)").fetchone()[0] == 0
    conn.close()
