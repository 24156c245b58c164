"""Find quoted passages: pairs of quotation marks, across paragraphs where news style says so.

Handles curly and straight double quotes, guillemets, and single quotes (curly
or straight) where an outlet uses them as its primary marks (British style:
'We will not be rushed,' a spokesman said). A paragraph
that opens a quote and does not close it continues into the next paragraph
when that one opens with a quotation mark (the news convention for long
quotes); the run then spans both paragraphs.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from briefing.extract.trie import finditer_where

OPEN_DOUBLE = "\u201c\u201e\u00ab"
CLOSE_DOUBLE = "\u201d\u00bb"
STRAIGHT = '"'
_DOUBLE_MARKS = re.compile('["\u201c\u201d\u201e\u00ab\u00bb]|\'\'|``')
_WORDCHAR = re.compile(r"\w")


@dataclass(slots=True)
class QuoteRun:
    """One quotation: from its opening mark to its closing mark (maybe across paragraphs)."""

    open_at: int  # offset of the opening mark
    close_at: int | None  # offset of the closing mark; None when the quote was never closed
    start: int  # first character inside the marks
    end: int  # one past the last character inside the marks
    paragraphs: int = 1  # how many paragraphs it spans
    close_len: int = 1  # 2 for a doubled-apostrophe mark ('')

    @property
    def outer_end(self) -> int:
        return self.close_at + self.close_len if self.close_at is not None else self.end


def _straight_role(text: str, i: int, is_open: bool) -> str:
    """Decide whether a straight quote at ``i`` opens or closes, from its neighbours."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    opens = before.isspace() or before in "([{\u2014\u2013-/:;" or i == 0
    closes = after.isspace() or after in ".,;:!?)]}\u2014\u2013-'\u2019" or i + 1 == len(text)
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return "close" if is_open else "open"


# A straight single mark that opens speech: at a line start or after a space, a bracket, a dash or a
# colon, before a capital ('We will not ...) or, closing on the same line, before a lower-case word
# ('temporary and targeted'); "the '90s", "rock 'n' roll" do not qualify.
# A year or a decade after an apostrophe ('08, '90s), but not a share ('90 per cent ...')
_YEAR = r"\d\d\b(?!\s*(?:per\b|percent\b|%))|\d0s"
# The marks below open only after a space, "(", a dash or a colon (or at the start): found by finditer_where
# with _after_space_or_dash, where a lookbehind would enter the pattern at every character
_STRAIGHT_SINGLE_OPEN = re.compile(
    r"'(?!'|" + _YEAR + r")(?=[A-Z0-9]|[a-z][^'\n]*?\w[,.!?]?'(?![\w]))", re.M)


_CURLY_SINGLE_OPEN = re.compile(r"(?<![^\s(\u2014])\u2018(?!" + _YEAR + r")(?=\w)", re.M)
# A single mark that opens a sentence of speech: before a capital or a figure, not a year ('08, '90s)
_SINGLE_SPEECH_OPEN = re.compile(r"['\u2018](?!'|" + _YEAR + r")(?=[A-Z0-9])", re.M)


def _after_space_or_dash(text: str, i: int) -> bool:
    return i == 0 or text[i - 1].isspace() or text[i - 1] in "(\u2014\u2013:"


def _single_style(text: str) -> str:
    """``straight_single`` when straight single marks open speech, ``single`` for curly ones only,
    else ``none``."""
    if "'" in text and next(finditer_where(_STRAIGHT_SINGLE_OPEN, text, _after_space_or_dash), None):
        return "straight_single"
    if "\u2018" in text and _CURLY_SINGLE_OPEN.search(text):
        return "single"
    return "none"


def find_quotes(text: str, paragraphs: list[tuple[int, int]]) -> list[QuoteRun]:
    """Every quotation in ``text``, in order. Marks inside a quotation (nested quotes) are content.

    Double marks unless the text quotes with single ones (British style). A British article may
    hold double marks too (a quotation inside a quotation, a title), an American one single marks
    (a quotation inside a quotation, a scare quote, '08): single marks win only where more sentences
    of speech open with them, outside the double-quoted passages, than double-quoted passages there are."""
    if not _DOUBLE_MARKS.search(text):
        return _scan_single(text, paragraphs)
    runs = _scan(text, paragraphs, open_chars=OPEN_DOUBLE, close_chars=CLOSE_DOUBLE, straight=True)
    if ("'" in text or "\u2018" in text) and _single_speech_wins(text, runs):
        return _with_speech_of_the_other_style(text, _scan_single(text, paragraphs), runs)
    runs = _with_single_quoted_speech(text, runs)
    if _SINGLE_SPEECH_OPEN.search(text) is not None:
        runs = _with_speech_of_the_other_style(text, runs, _scan_single(text, paragraphs))
    return runs


# a quotation that is speech whatever its marks: it opens a paragraph or a sentence, holds three words
# or more, and ends on a stop or a comma inside its closing mark
_SPEECH_END = re.compile(r"[,.!?]$")
# who says it, right after the closing mark: "' Helen Marsh told the Guardian", "' he said"
_CUE_AFTER = re.compile(r"[\s,]*(?:(?:[A-Z][\w.'\u2019-]*|the|a|an|[a-z]+man|[a-z]+woman)\s+){0,5}?(?:said|says|told|tells|"
                        r"added|adds|asked|wrote|writes|replied|insisted|argued|warned|explained|recalled|admitted|"
                        r"conceded|declared|shouted|tweeted|posted)\b|[\s,]*(?:he|she|they|I|we)\s+\w+")


def _with_speech_of_the_other_style(text: str, runs: list[QuoteRun], other: list[QuoteRun]) -> list[QuoteRun]:
    """Runs of the other style of marks that hold speech, outside every run of the article's own style:
    "'We all understand the public finances,' Helen Marsh told the Guardian." in an article that quotes
    with double marks (an edit from another desk, a subhead) is a quotation too."""
    if not other:
        return runs
    starts = [r.open_at for r in runs]
    extra = []
    for o in other:
        if o.close_at is None or o.paragraphs > 1:
            continue
        i = bisect.bisect_right(starts, o.close_at) - 1
        if i >= 0 and o.open_at < runs[i].outer_end:
            continue  # inside a quotation of the article's own style, or overlapping one
        inner = text[o.start:o.end].rstrip()
        before = text[max(0, o.open_at - 2):o.open_at]
        line_start = text.rfind("\n", 0, o.open_at) + 1
        line_end = text.find("\n", o.outer_end)
        after = text[o.outer_end:line_end if line_end >= 0 else len(text)]
        if before == ": ":
            speaks = len(text[line_start:o.open_at].split()) <= 3  # "Reid: 'Never underestimate Trump.'"
        else:
            # a sentence of its own with words after it on its line ("..., ' Helen Marsh told the Guardian");
            # not a pull quote or a subhead alone on its line
            speaks = (o.open_at == line_start or before == ". ") and _CUE_AFTER.match(after) is not None
        if speaks and len(inner.split()) >= 3 and _SPEECH_END.search(inner) and inner[:1].isupper():
            extra.append(o)
    return sorted(runs + extra, key=lambda r: r.open_at) if extra else runs


def _scan_single(text: str, paragraphs: list[tuple[int, int]]) -> list[QuoteRun]:
    """The quotations of a text in single marks: curly, or straight as well where those open speech."""
    style = _single_style(text)
    if style == "none":
        return _with_single_quoted_speech(text, [])  # "She said, 'my farmers ...'" still counts
    return _scan(text, paragraphs, open_chars="\u2018", close_chars="\u2019", straight=False,
                 straight_mark="'" if style == "straight_single" else "")


def _single_speech_wins(text: str, runs: list[QuoteRun]) -> bool:
    """Do more sentences of speech open with a single mark, outside the double-quoted passages, than
    there are double-quoted passages (two at least)?"""
    starts = [r.open_at for r in runs]
    outside = 0
    for m in finditer_where(_SINGLE_SPEECH_OPEN, text, _after_space_or_dash):
        i = bisect.bisect_right(starts, m.start()) - 1
        if i < 0 or m.start() >= runs[i].outer_end:
            outside += 1
    return outside >= 2 and outside > len(runs)


# Found from the punctuation (which ``re`` scans for quickly), then the cue before it is checked.
_SINGLE_AFTER_CUE = re.compile(r"[,:]\s+(['\u2018])(?=[A-Z])")
_CUE_BEFORE = re.compile(r"\b(?:said|says|say|told \w+|asked|added|wrote|replied|answered|shouted|declared)\s*$")


def _with_single_quoted_speech(text: str, runs: list[QuoteRun]) -> list[QuoteRun]:
    """Speech in single marks outside double ones: "She said, 'Karin, my farmers are watching.'"."""
    extra = []
    starts = [r.open_at for r in runs]
    for m in _SINGLE_AFTER_CUE.finditer(text):
        if not _CUE_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue
        o = m.start(1)
        i = bisect.bisect_right(starts, o) - 1
        if i >= 0 and o < runs[i].outer_end:
            continue  # nested inside a double-quoted passage: part of that quotation
        line_end = text.find("\n", o)
        line_end = len(text) if line_end < 0 else line_end
        close = None
        for j in range(o + 1, line_end):
            apostrophe = text[j + 1:j + 2].isalpha() and text[j - 1].isalpha()
            if text[j] in "'\u2019" and not apostrophe and (j + 1 >= line_end or not text[j + 1].isalnum()):
                close = j
                break
        if close is None or close - o < 3:
            continue
        extra.append(QuoteRun(open_at=o, close_at=close, start=o + 1, end=close))
    return sorted(runs + extra, key=lambda r: r.open_at) if extra else runs


def _scan(text: str, paragraphs: list[tuple[int, int]], *, open_chars: str, close_chars: str,
          straight: bool, straight_mark: str = "") -> list[QuoteRun]:
    """Pair the marks paragraph by paragraph. ``straight`` adds the straight double mark (and the
    doubled ``''``/````` of some archives); ``straight_mark`` is "'" in British straight-single style."""
    marks = re.compile(("''|``|" if straight else "") + "[" + re.escape(
        open_chars + close_chars + (STRAIGHT if straight else "") + straight_mark) + "]")
    ambiguous = (STRAIGHT, "''", "``", straight_mark) if straight_mark else (STRAIGHT, "''", "``")
    runs: list[QuoteRun] = []
    current: QuoteRun | None = None  # open quotation carried across paragraphs
    for pi, (ps, pe) in enumerate(paragraphs):
        pos = [(m.start(), m.group()) for m in marks.finditer(text, ps, pe)]
        if close_chars == "\u2019":
            # in British style a closing mark inside a word is an apostrophe (it's, Ministers')
            pos = [(i, c) for i, c in pos if not (c in ("\u2019", "'") and _is_apostrophe(text, i))]
        if current is not None:
            # the quote left open by the previous paragraph continues only if this one opens with a mark
            if pos and pos[0][0] == ps and (pos[0][1] in open_chars or pos[0][1] in ambiguous) \
                    and not (text[current.open_at] == STRAIGHT and pos[0][1] in OPEN_DOUBLE):
                # the next paragraph opens with a mark: the quotation runs on (but a straight mark left
                # open, an excerpt block's, does not swallow a curly quotation after it)
                pos = pos[1:]
                current.paragraphs += 1
            else:
                runs.append(current)
                current = None
        skip = -1
        if close_chars == "\u2019":
            nxt = paragraphs[pi + 1][0] if pi + 1 < len(paragraphs) else -1
            # a quotation runs on into the next paragraph only if it opened the paragraph, a sentence
            # or a colon's speech ("X said:"), not one opened mid-sentence: "were 'a disgrace' and fail."
            runs_on = nxt >= 0 and text[nxt:nxt + 1] in ("'", "\u2018") and (
                text[ps:ps + 1] in ("'", "\u2018") or _COLON_OPEN.search(text, ps, pe) is not None)
            later = _closes_later(text, pos, runs_on=runs_on)
        else:
            later = []
        for k, (i, ch) in enumerate(pos):
            if k == skip:
                continue
            width = len(ch)
            if width == 2:
                ch = "\u201c" if ch == "``" else STRAIGHT
            straight_ch = ch in (STRAIGHT, straight_mark)
            role = _straight_role(text, i, current is not None) if straight_ch else _role(
                text, i, ch, open_chars, close_chars, is_open=current is not None)
            if ch in ("\u2019", "'") and close_chars == "\u2019" and _word_follows(text, i) and (
                    current is None or later[k]):
                continue  # "the workers' money", "the boss' car", "goin' nowhere": an apostrophe
            if current is None:
                if role == "open":
                    current = QuoteRun(open_at=i, close_at=None, start=i + width, end=i + width)
                # a stray closing mark with nothing open: ignore it
            else:
                if role == "close":
                    current.close_at = i
                    current.close_len = width
                    current.end = i
                    runs.append(current)
                    current = None
                elif not straight_ch and i > current.start and _nested(pos, k, close_chars):
                    # '"As a woman, I'd rather live in what he calls "hell" than ..."': a quotation inside
                    # a quotation written with the same marks; the outer one goes on past the inner close
                    skip = k + 1
                elif not straight_ch and i > current.start:
                    # a second opening mark while open: the first was never closed; restart here
                    current.end = _trim_end(text, current.start, i)
                    runs.append(current)
                    current = QuoteRun(open_at=i, close_at=None, start=i + width, end=i + width)
        if current is not None:
            current.end = _trim_end(text, current.start, pe)
    if current is not None:
        runs.append(current)
    if straight_mark:
        # "rock 'n' roll" (one letter), "'Tis the season" (never closed): an apostrophe, no quotation
        runs = [r for r in runs if r.close_at is not None and r.end - r.start >= 2]
    return [r for r in runs if r.end > r.start and _WORDCHAR.search(text, r.start, r.end)]


_COLON_OPEN = re.compile(r"[:.!?]\s+['\u2018]|:['\u2018]")  # a quotation that opens a sentence


def _nested(pos: list[tuple[int, str]], k: int, close_chars: str) -> bool:
    """Is the opening mark ``pos[k]`` an inner quotation: the next two marks of the paragraph both close?"""
    return len(pos) >= k + 3 and pos[k + 1][1] in close_chars and pos[k + 2][1] in close_chars


def _role(text: str, i: int, ch: str, open_chars: str, close_chars: str, *, is_open: bool) -> str:
    """Does the mark at ``i`` open or close? Curly marks say so, unless they stand where the other
    kind obviously belongs (a typesetting slip); straight marks are read from their neighbours."""
    if ch in open_chars:
        return "close" if is_open and _closing_position(text, i) else "open"
    if ch in close_chars:
        return "open" if not is_open and _opening_position(text, i) else "close"
    return _straight_role(text, i, is_open)


def _opening_position(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else "\n"
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([\u2014") and after.isalnum()


def _closing_position(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else "\n"
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and (after.isspace() or after in ".,;:!?)\u2014")


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _is_apostrophe(text: str, i: int) -> bool:
    """A single mark that is surely no quotation mark: inside a word ("it's"), a decade ("the '90s"),
    "rock 'n' roll"."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before.isalnum() and after.isalnum():
        return True  # it's, don't
    if _DECADE.match(text, i):
        return True  # the '90s
    return i >= 2 and text[i - 2:i + 2] in (" 'n'", "'n' ")


_DECADE = re.compile(r"['\u2019]\d0s\b")


def _word_follows(text: str, i: int) -> bool:
    """A letter before the mark, then a space and a word: an apostrophe of a possessive or a dropped
    letter ("the workers' money", "goin' home"), or a quotation closing before the sentence goes on
    ("called it 'reckless' in an interview"). :func:`_closes_later` tells which."""
    return i > 0 and text[i - 1].isalpha() and text[i + 1:i + 2] == " " and text[i + 2:i + 3].isalpha()


def _closes_later(text: str, pos: list[tuple[int, str]], runs_on: bool = False) -> list[bool]:
    """For each mark of a paragraph: does a later mark close the open quotation, with no mark opening
    another one between? Then a mark before a word was an apostrophe ("'It is the workers' money,' he
    said"); otherwise it closes the quotation ("called it 'reckless' yesterday and 'cruel' today").
    One pass from the end, so a paragraph of thousands of possessives stays linear. ``runs_on``: the
    next paragraph opens with a mark, so the quotation may close there."""
    out = [False] * len(pos)
    state = runs_on  # what the marks after the current one say; a quotation may run on into the next paragraph
    for k in range(len(pos) - 1, -1, -1):
        out[k] = state
        i, ch = pos[k]
        if ch not in ("\u2019", "'", "\u2018"):
            continue
        if ch == "\u2018" or _opening_position(text, i) or text[i - 1:i].isspace():
            state = False  # another quotation opens first
        elif not _word_follows(text, i):
            state = True
    return out


_REOPENING = re.compile(r"[ \t]*\n\s*[\"\u201c\u201e\u00ab\u2018']")


def paragraph_pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The pieces of the quotation ``text[start:end]``, one per paragraph it runs over.

    A quotation that goes on into the next paragraph reopens there with a mark ('"The first stage ...
    \n\n"The second ...'); each paragraph's words are a piece of their own, without the break and the
    reopening mark, so that a piece's text is what the speaker said in that paragraph.
    """
    pieces, pos = [], start
    for m in _REOPENING.finditer(text, start, end):
        if text[pos:m.start()].strip():
            pieces.append((pos, m.start()))
        pos = m.end()
    if not pieces:
        return [(start, end)]
    if text[pos:end].strip():
        pieces.append((pos, end))
    return pieces
