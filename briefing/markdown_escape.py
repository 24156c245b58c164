"""Put article text into Markdown as data, never as markup.

Quotes, titles, names and notes come from articles and analysts: a ``*`` in a
quote must stay a star, ``<script>`` must stay text, ``[x](javascript:...)``
must not become a link, a ``|`` must not split a table cell, and a terminal
escape sequence must never reach the memo (people ``cat`` memos).

:func:`clean` removes what must never be output (terminal escape sequences,
control characters, bidi overrides). :func:`escape_inline` then backslash-escapes
everything CommonMark/GFM could read as markup. ``briefing verify`` reads the
memo back with a Markdown parser, which undoes these escapes, and compares
with :func:`comparable` (the same cleaning, plus whitespace and quote marks
unified) so an analyst's later edits do not count as changes to a quote.
"""

from __future__ import annotations

import re
import unicodedata

#: CSI (``ESC [ ... final``), OSC (``ESC ] ... BEL`` or ``ESC \\``) and two-byte ESC sequences.
_ANSI = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"  # CSI: colours, cursor moves
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"  # OSC: window titles, hyperlinks
    r"|\x1b[PX^_][^\x1b]*(?:\x1b\\)?"  # DCS, SOS, PM, APC strings
    r"|\x1b[ -/]*[0-~]"  # other ESC sequences
    r"|\x9b[0-?]*[ -/]*[@-~]"  # 8-bit CSI
)
#: Bidirectional overrides and isolates: they reorder what a reader sees ("Trojan Source").
_BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_SPACE = re.compile(r"\s+")


#: Control characters that Python counts as whitespace: they separate words, so they become spaces.
_SPACE_CONTROLS = re.compile("[\x0b\x0c\r\x1c-\x1f\x85]")
#: The other control characters (category Cc) but tab and newline, and the bidi controls.
_STRIP = re.compile("[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f" + _BIDI + "]")


def clean(text: str) -> str:
    """Remove terminal escape sequences, control characters and bidi overrides.

    Tabs and newlines stay and the other whitespace controls (carriage
    return, form feed, ...) become spaces (callers collapse whitespace); NULs,
    bells, C1 controls and the like go.
    """
    return _STRIP.sub("", _SPACE_CONTROLS.sub(" ", _ANSI.sub("", text)))


def one_line(text: str) -> str:
    """:func:`clean`, then every run of whitespace (newlines included) as one space."""
    return _SPACE.sub(" ", clean(text)).strip()


# ASCII punctuation that is markup somewhere in CommonMark or GFM, escaped wherever it stands:
# \ ` * _ emphasis/code, [ ] links and footnote refs, < > HTML and autolinks, | table cells,
# ~ strikethrough, # headings (also a heading's closing sequence), ^ inline footnotes (^[...]).
_ALWAYS = re.compile(r"([\\`*_\[\]<>|~#^])")
# Character references (&amp; &#42; &#x2A;) would be decoded: escape their ampersand.
_ENTITY = re.compile(r"&(?=#?[A-Za-z0-9]+;)")
# GFM autolinks and linkify: scheme://, www., bare domains, e-mail addresses.
_SCHEME = re.compile(r"(?<=[A-Za-z0-9])(:)(?=//)")
_DOMAIN = re.compile(r"\b(?:[\w-]+\.)+[^\W\d_]{2,}\b")
_EMAIL_AT = re.compile(r"(?<=[\w.%+-])@(?=[\w-])")
# What starts a block when it opens a line: list markers, ordered-list numbers, setext/hr lines.
_LEADING_MARKER = re.compile(r"^([-+=](?=\s|$|[-+=])|\d{1,9}(?=[.)](?:\s|$)))")


def _escape_domain(match: re.Match[str]) -> str:
    return match.group(0).replace(".", "\\.")


def escape_inline(text: str) -> str:
    """``text`` as literal Markdown inline content on one line.

    Safe at the start of a line too (``- x``, ``1. x``, ``# x`` stay text) and
    inside a GFM table cell (``|`` is escaped).
    """
    text = one_line(text)
    text = _ALWAYS.sub(r"\\\1", text)
    text = _ENTITY.sub(r"\\&", text)
    text = _SCHEME.sub(r"\\\1", text)
    text = _DOMAIN.sub(_escape_domain, text)
    text = _EMAIL_AT.sub(r"\\@", text)
    match = _LEADING_MARKER.match(text)
    if match:
        if match.group(1)[0].isdigit():
            end = match.end()
            text = f"{text[:end]}\\{text[end:]}"  # "1." -> "1\." (the dot is escaped)
        else:
            text = "\\" + text
    return text


def code_span(text: str) -> str:
    """``text`` as a code span, with a fence longer than any backtick run in it."""
    text = one_line(text)
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith(("`", " ")) or text.endswith(("`", " ")) or longest else ""
    return f"{fence}{pad}{text}{pad}{fence}"


_SAFE_URL = re.compile(r"^https?://[^\s<>\x00-\x1f\x7f]+$", re.IGNORECASE)


def autolink(url: str | None) -> str | None:
    """``<url>`` for an http(s) URL with nothing that could break out; else the URL as text."""
    if not url:
        return None
    url = one_line(url)
    if _SAFE_URL.match(url):
        return f"<{url}>"
    return escape_inline(url) if url else None


# --- comparing memo text with article text ------------------------------------

_QUOTE_MARKS = {
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2033": '"', "\u2036": '"', "\u300c": '"', "\u300d": '"',
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2039": "'", "\u203a": "'",
    "\u2032": "'", "\u2035": "'", "`": "'",
}
_EXPANSIONS = {"\u2026": "..."}


def comparable(text: str) -> str:
    """What two texts must agree on to count as "the same words" (see :func:`comparable_map`)."""
    return comparable_map(text)[0]


def comparable_map(text: str) -> tuple[str, list[int]]:
    """:func:`comparable` text and, for each of its characters, the offset in ``text`` it came from.

    Escape sequences, control and format characters (zero-width, soft hyphen)
    are dropped; quote marks become ``"`` and ``'``; an ellipsis becomes three
    dots; every run of whitespace becomes one space; NFC composition is applied
    to each character with its combining marks. Ends are trimmed. The offsets
    let ``briefing verify`` report where in the article a passage really is.
    """
    skip = [False] * len(text)
    for m in _ANSI.finditer(text):
        for i in range(m.start(), m.end()):
            skip[i] = True
    out: list[str] = []
    where: list[int] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if skip[i]:
            i += 1
            continue
        if ch.isspace():
            j = i
            while j < n and (text[j].isspace() or skip[j]):
                j += 1
            if out and out[-1] != " ":
                out.append(" ")
                where.append(i)
            i = j
            continue
        cat = unicodedata.category(ch)
        if cat in ("Cc", "Cf"):
            i += 1
            continue
        j = i + 1
        while j < n and not skip[j] and unicodedata.combining(text[j]):
            j += 1
        cluster = unicodedata.normalize("NFC", text[i:j])
        for c in cluster:
            c = _QUOTE_MARKS.get(c, c)
            for piece in _EXPANSIONS.get(c, c):
                out.append(piece)
                where.append(i)
        i = j
    if out and out[-1] == " ":
        out.pop()
        where.pop()
    return "".join(out), where
