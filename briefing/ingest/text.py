"""Plain text and Markdown articles.

The stored text is the file's text unchanged (only ``\\r\\n`` -> ``\\n``), so
every offset briefing records points into the file. Metadata is read from
what the article shows, without changing the text:

- title: the first line, when it reads as a heading (``# Title`` in Markdown,
  a short line standing alone above the body in plain text);
- byline: a ``By ...`` line near the top or at the end (``By A | Outlet``
  and ``By A, May 2, 2026`` are split);
- published: a dateline near the top (``May 2, 2026``, ``Published: 2026-05-02``);
- outlet and URL: ``Source:``/``Outlet:``/``Publication:`` lines, ``URL:`` lines
  or a bare link line near the top or the end;
- Markdown front matter (``---`` ... ``---`` with ``key: value`` lines).
"""

from __future__ import annotations

import re
from pathlib import Path

from briefing.ingest.base import MAX_ARTICLE_BYTES, IngestError, megabytes
from briefing.ingest.dates import parse_date, parse_dateline
from briefing.ingest.decode import decode_bytes
from briefing.models import Article

HEAD_LINES = 6  # how many non-empty lines at the top may hold metadata
TAIL_LINES = 8  # ... and at the end (a byline may sit above a "Most read" block)

_MD_HEADING = re.compile(r"^#{1,2}\s+(.+?)\s*#*\s*$")
_BYLINE = re.compile(r"^(?:By|BY)[:\s]\s*(?P<name>\S.{0,150}?)\s*$")
_URL_LINE = re.compile(
    r"^(?:(?:url|link|source|source url|originally published at|read (?:it|more) at)\s*:?\s*)?<?(?P<url>https?://\S+?)>?$",
    re.I,
)
# Web-page furniture a scraper leaves above the headline: never the title
_HEAD_FURNITURE = re.compile(
    r"^(?:supported by|continue reading(?: the main story)?|skip (?:to \w+(?: \w+)?|advertisement)|advertisement|"
    r"listen to this article\b.*|share(?: this (?:article|story))?|sponsored|breaking(?: news)?|live|exclusive|"
    r"\d+ min(?:ute)? read|menu|search|home|news)$",
    re.IGNORECASE)
_OUTLET_LINE = re.compile(r"^(?:source|outlet|publication|published by|publisher)\s*:?\s+(?P<name>\S.{0,100}?)\.?$", re.I)
_FRONT_KEY = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)\s*:\s*(?P<value>.*?)\s*$")
_FRONT_FIELDS = {
    "title": "title",
    "author": "byline",
    "byline": "byline",
    "date": "published",
    "published": "published",
    "url": "url",
    "link": "url",
    "canonical_url": "url",
    "source": "outlet",
    "outlet": "outlet",
    "publication": "outlet",
    "id": "id",
}
_SEPARATORS = re.compile(r"\s+(?:\||\u2014|\u2013|-|\u00b7)\s+")
_NAME_PARTICLES = {"and", "&", "de", "van", "von", "der", "den", "la", "le", "du", "da", "di", "bin", "al", "el", "of"}


def _looks_like_names(value: str) -> bool:
    """"Mira Ostrova and Tom Hale" yes; "contrast, the ministry said" no."""
    first = _SEPARATORS.split(value)[0].split(",")[0]
    words = first.replace(".", ". ").split()
    if not words or len(words) > 8:
        return False
    return all(w[0].isupper() or w.lower() in _NAME_PARTICLES for w in words)


def read_text_file(path: Path, *, label: str, fmt: str, warn) -> Article:
    """Read one .txt or .md file as one article."""
    size = path.stat().st_size
    if size > MAX_ARTICLE_BYTES:
        raise IngestError(
            f"the file is {megabytes(size)}; one article may be at most {megabytes(MAX_ARTICLE_BYTES)} "
            "(split it, or put many articles in a .jsonl file)"
        )
    text = decode_bytes(path.read_bytes(), warn)
    return article_from_text(text, path=label, markdown=fmt == "md")


def article_from_text(text: str, *, path: str | None, markdown: bool) -> Article:
    """An article whose text is ``text`` exactly, with the metadata it shows."""
    meta: dict[str, str] = {}
    body_lines = text.split("\n", 400)[:400]  # metadata lives at the edges; never split 50 MB
    start = 0
    if markdown and body_lines and body_lines[0].strip() == "---":
        start = _front_matter(body_lines, meta)
    head = [(i, ln.strip()) for i, ln in enumerate(body_lines)
            if i >= start and ln.strip() and not _HEAD_FURNITURE.match(ln.strip())][:HEAD_LINES]
    tail_lines = text[-4000:].split("\n") if len(text) > 4000 else body_lines
    tail = [ln.strip() for ln in tail_lines if ln.strip()][-TAIL_LINES:]

    if head and "title" not in meta:
        title = _title(head, body_lines, markdown)
        if title:
            meta["title"] = title
    for _, line in head[1:] if meta.get("title") else head:
        _metadata_line(line, meta, top=True)
    if len(head) >= 2:  # a one-line text has no separate footer
        for line in tail:
            _metadata_line(line, meta, top=False)
    return Article(path=path, text=text, **meta)


def _front_matter(lines: list[str], meta: dict[str, str]) -> int:
    """Read ``key: value`` front matter; returns the index after its closing ``---``."""
    for i in range(1, min(len(lines), 60)):
        if lines[i].strip() == "---":
            for line in lines[1:i]:
                m = _FRONT_KEY.match(line)
                if not m:
                    continue
                field = _FRONT_FIELDS.get(m["key"].lower())
                value = m["value"].strip().strip("\"'")
                if field and value and field not in meta:
                    meta[field] = (parse_date(value) or value) if field == "published" else value
            return i + 1
    return 0


def _title(head: list[tuple[int, str]], lines: list[str], markdown: bool) -> str | None:
    index, first = head[0]
    if markdown:
        m = _MD_HEADING.match(first)
        if m:
            return m[1].strip()
        # Setext heading: the title underlined with === or ---
        if index + 1 < len(lines) and re.fullmatch(r"\s*(=+|-+)\s*", lines[index + 1]) and len(first) <= 200:
            return first
    if len(head) < 2 or len(first) > 200:
        return None
    if (_BYLINE.match(first) and _looks_like_names(first[3:])) or parse_dateline(first) or _URL_LINE.match(first):
        return None
    stands_alone = index + 1 < len(lines) and not lines[index + 1].strip()
    ends_like_sentence = first.endswith((".", ",", ";", ":")) and not first.endswith("...")
    if stands_alone and first.count(". ") <= 1:
        return first.lstrip("#").strip()
    if len(first) <= 120 and not ends_like_sentence:
        return first
    return None


def _metadata_line(line: str, meta: dict[str, str], *, top: bool) -> None:
    m = _BYLINE.match(line)
    if m and "byline" not in meta and _looks_like_names(m["name"]):
        _byline(m["name"], meta)
        return
    if top and "published" not in meta:
        iso = parse_dateline(line)
        if iso:
            meta["published"] = iso
            return
    m = _URL_LINE.match(line)
    if m and "url" not in meta:
        meta["url"] = m["url"].rstrip(".,;)")
        return
    m = _OUTLET_LINE.match(line)
    if m and "outlet" not in meta and not m["name"].lower().startswith("http"):
        meta["outlet"] = m["name"].strip()


def _byline(value: str, meta: dict[str, str]) -> None:
    """``By A and B | The Ledger | May 2, 2026`` -> byline, outlet, published."""
    parts = [p.strip() for p in _SEPARATORS.split(value) if p.strip()]
    if len(parts) == 1 and "," in value:
        # "By Mira Ostrova, May 2, 2026": a trailing date after a comma
        name, _, rest = value.partition(",")
        if parse_date(rest.strip()):
            parts = [name.strip(), rest.strip()]
    meta["byline"] = parts[0]
    for part in parts[1:]:
        iso = parse_dateline(part)
        if iso:
            meta.setdefault("published", iso)
        elif "outlet" not in meta and not part.lower().startswith("http"):
            meta["outlet"] = part
