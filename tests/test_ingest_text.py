"""Plain text and Markdown: the text is stored unchanged, metadata read from what the article shows."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.extract import extract
from briefing.ingest import IngestError, expand
from briefing.ingest.text import article_from_text

ARTICLE = """Veloria and Castamar agree to open steel quota talks

By Mira Ostrova | The Harbour Ledger
May 2, 2026

Veloria and Castamar will open formal talks on steel quotas next month, officials said on Friday.

"We are ready to put every line of the tariff schedule on the table," Finance Minister Hugo Lind told reporters.
"""


def read_one(path: Path):
    (inp,) = list(expand([str(path)]))
    assert inp.count() == 1
    (record,) = list(inp.records())
    return inp, record


def test_text_is_the_file_text_with_only_crlf_changed(tmp_path: Path) -> None:
    raw = ARTICLE.replace("\n", "\r\n") + "A lone\rcarriage return stays.\r\n"
    path = tmp_path / "steel.txt"
    path.write_bytes(raw.encode("utf-8"))
    _, record = read_one(path)
    assert record.article.text == raw.replace("\r\n", "\n")
    assert "\r" in record.article.text  # only \r\n pairs were touched
    quote = '"We are ready to put every line of the tariff schedule on the table,"'
    start = record.article.text.index(quote)
    # offsets into the stored text are offsets into the file's text
    file_text = path.read_bytes().decode("utf-8").replace("\r\n", "\n")
    assert file_text[start : start + len(quote)] == quote
    assert record.format == "txt"
    assert record.article.path == str(path)


def test_title_byline_outlet_and_date_from_the_top(tmp_path: Path) -> None:
    path = tmp_path / "steel.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    _, record = read_one(path)
    a = record.article
    assert a.title == "Veloria and Castamar agree to open steel quota talks"
    assert a.byline == "Mira Ostrova"
    assert a.outlet == "The Harbour Ledger"
    assert a.published == "2026-05-02"


def test_byline_at_the_end_and_url_line() -> None:
    text = (
        "Port talks stall as grain quota dispute drags on\n\n"
        "Negotiators failed to agree on a new grain quota on Tuesday, leaving a shipping pact in limbo.\n\n"
        "By Tomas Vell and Ana Ruiz\n"
        "https://gazette.example.org/2026/05/port-talks\n"
    )
    a = article_from_text(text, path=None, markdown=False)
    assert a.byline == "Tomas Vell and Ana Ruiz"
    assert a.url == "https://gazette.example.org/2026/05/port-talks"
    assert a.text == text


SCRAPED = (
    "Supported by\n\n"
    "Continue reading the main story\n\n"
    "Senate Panel Advances Rail Safety Bill After Derailment\n\n"
    "Listen to this article \u00b7 6:12 min. Learn more\n\n"
    "By Ruth Okafor\n\n"
    "Nov. 24, 2026, 6:05 p.m. ET\n\n"
    "WASHINGTON \u2014 A Senate committee voted on Tuesday to advance a rail safety bill.\n\n"
    "ADVERTISEMENT\n\n"
    "SKIP ADVERTISEMENT\n\n"
    "Railroad companies said the sensors would cost $1.4 billion over five years, a figure disputed by unions.\n\n"
    "A version of this article appears in print on Nov. 25, 2026, Section A, Page 14 of the New York edition.\n"
)


def test_page_furniture_above_the_headline_is_not_the_title() -> None:
    a = article_from_text(SCRAPED, path=None, markdown=False)
    assert a.title == "Senate Panel Advances Rail Safety Bill After Derailment"
    assert a.byline == "Ruth Okafor"
    assert a.published == "2026-11-24"


def test_figures_come_from_the_story_not_the_page_around_it() -> None:
    r = extract(article_from_text(SCRAPED, path=None, markdown=False))
    assert [n.text for n in r.numbers] == ["$1.4 billion", "five years"]


def test_sentence_starting_with_by_is_not_a_byline() -> None:
    text = "Quota talks resume\n\nBy contrast, the ministry said nothing at all about the new schedule.\n\nMore text.\n"
    a = article_from_text(text, path=None, markdown=False)
    assert a.byline is None
    assert a.title == "Quota talks resume"


def test_first_line_that_is_a_paragraph_is_not_a_title() -> None:
    text = (
        "Veloria's finance ministry said on Friday that it would cut tariffs on Castamar's steel by 12%, "
        "the first cut in three years, and that talks would resume in the second week of June in Port Alder.\n"
        "The cut takes effect on July 1.\n"
    )
    a = article_from_text(text, path=None, markdown=False)
    assert a.title is None


def test_dateline_with_place_sets_published() -> None:
    a = article_from_text("PORT ALDER, June 14, 2026\nThe envoys met again.\n", path=None, markdown=False)
    assert a.published == "2026-06-14"


def test_markdown_heading_and_front_matter(tmp_path: Path) -> None:
    md = tmp_path / "talks.md"
    md.write_text(
        "---\ntitle: \"Envoys meet in Port Alder\"\nauthor: Ana Ruiz\ndate: 14 June 2026\n"
        "url: https://ledger.example.com/envoys\nsource: The Harbour Ledger\n---\n"
        "# A heading that is not the title\n\nThe envoys met for four hours.\n",
        encoding="utf-8",
    )
    _, record = read_one(md)
    a = record.article
    assert record.format == "md"
    assert (a.title, a.byline, a.published, a.url, a.outlet) == (
        "Envoys meet in Port Alder", "Ana Ruiz", "2026-06-14", "https://ledger.example.com/envoys",
        "The Harbour Ledger",
    )
    assert a.text == md.read_text(encoding="utf-8")  # front matter included: offsets point into the file

    plain = tmp_path / "plain.md"
    plain.write_text("## Grain quota talks stall\n\nNo deal was reached.\n", encoding="utf-8")
    _, record = read_one(plain)
    assert record.article.title == "Grain quota talks stall"


def test_large_text_file_reads_whole(tmp_path: Path) -> None:
    paragraph = "Officials in Port Alder said the quota talks would resume next week, according to the Ledger.\n\n"
    path = tmp_path / "big.txt"
    with path.open("w", encoding="utf-8") as f:
        f.write("A very long dossier\n\n")
        for _ in range(50 * 1024 * 1024 // len(paragraph) + 1):
            f.write(paragraph)
    assert path.stat().st_size > 50 * 1024 * 1024
    _, record = read_one(path)
    assert len(record.article.text) == path.stat().st_size
    assert record.article.title == "A very long dossier"


def test_file_above_the_limit_is_refused_clearly(tmp_path: Path) -> None:
    from briefing.ingest import MAX_ARTICLE_BYTES

    path = tmp_path / "huge.txt"
    with path.open("wb") as f:
        f.truncate(MAX_ARTICLE_BYTES + 1)  # sparse: nothing is written or read
    (inp,) = list(expand([str(path)]))
    with pytest.raises(IngestError, match=r"one article may be at most 64 MB"):
        list(inp.records())
