"""HTML: main text in paragraphs, metadata from the page, navigation and scripts left out."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.ingest import IngestError, expand

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Veloria and Castamar agree steel quota talks | The Harbour Ledger</title>
<meta property="og:site_name" content="The Harbour Ledger">
<meta name="author" content="Mira Ostrova">
<meta property="article:published_time" content="2026-05-02T09:30:00Z">
<link rel="canonical" href="https://ledger.example.com/trade/steel-quota-talks">
<script>var tracking = {user: "SCRIPT-TEXT-MARKER"};</script>
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/trade">Trade NAV-MARKER</a></li></ul></nav>
<main><article>
<h1>Veloria and Castamar agree to open steel quota talks</h1>
<p>Veloria and Castamar will open formal talks on steel quotas next month, officials from both
governments said on Friday, after a year of rising tariffs.</p>
<p>"We are ready to put every line of the tariff schedule on the table," Finance Minister Hugo Lind
told reporters in Port Alder. "Nothing is excluded."</p>
<p>Exports of Velorian steel fell from 4.2 million tonnes to 3.1 million tonnes last year, according
to the Castamar statistics office.</p>
</article></main>
<aside><h3>Most Read</h3><ul><li><a href="/a">Port strike ends ASIDE-MARKER</a></li></ul></aside>
<footer><p>&copy; 2026 The Harbour Ledger. FOOTER-MARKER</p></footer>
<script>console.log("SCRIPT-TEXT-MARKER")</script>
</body></html>
"""


def read(path: Path):
    (inp,) = list(expand([str(path)]))
    return list(inp.records())


def test_main_text_in_paragraphs_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    (record,) = read(path)
    a = record.article
    assert record.format == "html"
    assert a.title == "Veloria and Castamar agree to open steel quota talks"
    assert a.byline == "Mira Ostrova"
    assert a.published == "2026-05-02"
    assert a.outlet == "The Harbour Ledger"
    assert a.url == "https://ledger.example.com/trade/steel-quota-talks"
    paragraphs = a.text.split("\n\n")
    assert any(p.startswith('"We are ready to put every line') and p.endswith('"Nothing is excluded."')
               for p in paragraphs)
    assert all("\n" not in p for p in paragraphs)  # lines inside a paragraph are joined
    for marker in ("SCRIPT-TEXT-MARKER", "NAV-MARKER", "FOOTER-MARKER"):
        assert marker not in a.text


def test_htm_extension_and_windows_1252_page(tmp_path: Path) -> None:
    page = PAGE.replace('<meta charset="utf-8">', "").replace("Port Alder", "Port Alder \u2013 caf\u00e9 terrace")
    path = tmp_path / "page.htm"
    path.write_bytes(page.encode("cp1252"))
    (record,) = read(path)
    assert "caf\u00e9 terrace" in record.article.text


@pytest.mark.parametrize(
    "html",
    [
        "<html><head><script>var a = 1; function f() { return 'lots of script text here'; }</script></head>"
        "<body><nav><ul><li><a href='/'>Home</a></li><li><a href='/t'>Trade</a></li>"
        "<li><a href='/w'>World</a></li></ul></nav><footer><a href='/p'>Privacy</a></footer></body></html>",
        "<html><body><script>document.write('a script that writes text into the page for no reason')</script>"
        "</body></html>",
        "<html><body></body></html>",
    ],
)
def test_page_without_article_text_is_refused(tmp_path: Path, html: str) -> None:
    path = tmp_path / "nav.html"
    path.write_text(html, encoding="utf-8")
    with pytest.raises(IngestError, match="no article text found"):
        read(path)
