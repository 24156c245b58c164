"""Hard-wrapped text (plain-text wire feeds, e-mailed newsletters, Markdown kept to 72 columns).

Such text breaks its lines inside sentences and keeps paragraphs apart with blank lines. Every
pass of the engine reads a line break as the end of a paragraph, so a wrapped quotation would be
cut at the end of each line. :func:`unwrap` returns the text with those soft breaks turned into
spaces: the same length and the same offsets, so items found in it point into the stored text
unchanged (the pipeline takes each item's ``text`` from the stored text again).

A break is soft only in a text that is wrapped as a whole: it has paragraphs apart by blank lines,
no line much longer than the others, and most lines inside a paragraph end where the next word
would not have fitted. Lists, headings, quoted blocks and signature lines keep their breaks.
"""

from __future__ import annotations

import re

#: The longest line a wrapped text may have; longer lines mean paragraphs one per line.
MAX_WIDTH = 100
#: Lines shorter than this are not a wrap width (verse, lists, tables).
MIN_WIDTH = 40
#: A line that starts like this begins a block of its own even inside a paragraph.
_BLOCK_START = re.compile(r"[ \t]*(?:[-*+\u2022>#|]|\d+[.)][ \t]|[\u2014\u2013]|[A-Z][A-Za-z]*:[ \t]|$)")
_FIRST_WORD = re.compile(r"[ \t]*(\S+)")
_SENTENCE_END = frozenset(".!?:\"\u201d'\u2019")


def unwrap(text: str) -> str:
    """``text`` with its soft line breaks as spaces (``text`` itself when it is not hard-wrapped)."""
    if "\n\n" not in text:
        return text
    lines = text.split("\n")
    widths = [len(line.rstrip()) for line in lines]
    width = max((w for w, line in zip(widths, lines, strict=True) if " " in line.strip()), default=0)  # not a lone URL
    if not MIN_WIDTH <= width <= MAX_WIDTH:
        return text
    breaks: list[int] = []  # offsets of the newlines between two lines of one paragraph
    soft: list[int] = []
    ends_sentence = 0
    pos = 0
    for i, line in enumerate(lines[:-1]):
        pos += len(line)
        nxt = lines[i + 1]
        if widths[i] and widths[i + 1]:
            breaks.append(pos)
            m = _FIRST_WORD.match(nxt)
            word = len(m.group(1)) if m else 0
            if widths[i] + 1 + word > width - 2 and not _BLOCK_START.match(nxt):
                soft.append(pos)
                ends_sentence += line.rstrip()[-1] in _SENTENCE_END
        pos += 1
    if len(breaks) < 3 or len(soft) < 0.75 * len(breaks):
        return text
    if ends_sentence > len(soft) / 2:
        return text  # short paragraphs one per line, not sentences wrapped
    chars = list(text)
    for p in soft:
        chars[p] = " "
    return "".join(chars)
