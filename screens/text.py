"""Article text as displayable data, never as markup or terminal commands.

Everything shown on screen that came from an article or an analyst goes
through :func:`safe` and into a ``Content`` object (never a markup string),
so ``[bold]`` stays literal and ``ESC [2J`` cannot clear the terminal.
:func:`safe` keeps every character at its offset (one character in, one
out), so spans stored as offsets still highlight the right words.
"""

from __future__ import annotations

from rich.text import Text
from textual.content import Content

#: Bidirectional overrides and isolates: they would reorder what the reader sees.
_BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


def _build_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(0x20):
        if code in (0x0A,):  # newline stays
            continue
        table[code] = " " if code == 0x09 else chr(0x2400 + code)  # control pictures: ␛ ␇ ␍ ...
    table[0x7F] = "\u2421"  # ␡
    for code in range(0x80, 0xA0):  # C1 controls (0x9b is an 8-bit CSI)
        table[code] = "\ufffd"
    for ch in _BIDI:
        table[ord(ch)] = "\ufffd"
    table[0x2028] = " "  # line / paragraph separators: break layout, not lines
    table[0x2029] = " "
    return table


_TABLE = _build_table()


def safe(text: str | None) -> str:
    """``text`` with control characters made visible, same length, newlines kept."""
    if not text:
        return ""
    return text.translate(_TABLE)


def one_line(text: str | None) -> str:
    """:func:`safe` with newlines as spaces (same length)."""
    return safe(text).replace("\n", " ")


def plain(text: str | None, style: str = "") -> Content:
    """Literal content (no markup parsing) from untrusted text."""
    content = Content(one_line(text))
    return content.stylize(style) if style else content


def shorten(text: str | None, width: int) -> str:
    """One line of at most ``width`` characters, with an ellipsis when cut."""
    line = " ".join(one_line(text).split())
    if len(line) <= width:
        return line
    return line[: max(width - 1, 0)].rstrip() + "\u2026"


def cell(text: str | None) -> Text:
    """A literal table cell (Rich ``Text``: measured for column widths, never parsed as markup)."""
    return Text(one_line(text), no_wrap=True, overflow="ellipsis")
