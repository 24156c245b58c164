"""``datasette briefing.db``: quotes are full-text searchable and each links to its article by title."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

datasette_app = pytest.importorskip("datasette.app")

ARTICLE = """Lind rejects a bad deal on steel

"We will not sign a bad deal with Castamar," Finance Minister Hugo Lind told reporters in Port Alder on Friday.
"""


@pytest.fixture
def db_file(cli, tmp_path: Path) -> Path:
    path = tmp_path / "briefing.db"
    src = tmp_path / "lind.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    assert cli("import", src, "--db", path).code == 0
    return path


async def test_full_text_search_finds_a_quote(db_file: Path) -> None:
    ds = datasette_app.Datasette([str(db_file)])
    res = await ds.client.get("/briefing/quotes.json?_search=castamar&_shape=array")
    assert res.status_code == 200
    rows = res.json()
    assert [r["text"] for r in rows] == ["We will not sign a bad deal with Castamar,"]
    res = await ds.client.get("/briefing/quotes.json?_search=nonexistentword&_shape=array")
    assert res.json() == []


async def test_quote_row_links_to_its_article_by_title(db_file: Path) -> None:
    ds = datasette_app.Datasette([str(db_file)])
    res = await ds.client.get("/briefing/quotes.json?_labels=on&_shape=array&kind=direct")
    (row,) = res.json()
    assert row["text"] == "We will not sign a bad deal with Castamar,"
    assert row["article_id"]["label"] == "Lind rejects a bad deal on steel"
    article_id = row["article_id"]["value"]

    page = await ds.client.get("/briefing/quotes")
    assert page.status_code == 200
    links = re.findall(r'<a href="(/briefing/articles/[^"]+)">([^<]+)</a>', page.text)
    assert (f"/briefing/articles/{article_id}", "Lind rejects a bad deal on steel") in [
        (href, html.unescape(label)) for href, label in links]
    # and the speaker is linked by name
    assert row["speaker_id"]["label"] == "Hugo Lind"
