"""Compile a word list into one regular expression shaped like a trie.

Python's ``re`` tries the alternatives of ``a|b|c`` one by one at every
position; factoring common prefixes ("said|says|saying" -> "sa(?:id|ys|ying)")
makes a list of hundreds of words scan a whole article in one fast pass.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator


def _build(words: list[str]) -> str:
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def render(node: dict) -> str:
        end = "" in node
        branches = [re.escape(ch) + render(child) for ch, child in sorted(node.items()) if ch != ""]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if end:
            return "(?:" + body + ")?"
        return body

    return render(trie)


def word_pattern(words: Iterable[str]) -> str:
    """A pattern matching any of ``words`` (as written); callers add the word boundaries."""
    return _build(sorted(set(words)))



class AfterNonWord:
    """The matches of ``(?<![<word>])<body>``, found quickly.

    A pattern that opens with a lookbehind is entered at every character of the text. This one
    looks for the character *before* a match instead: a class of ASCII characters first lets ``re``
    skip the letters inside words in a tight loop, and the lookbehind then checks that character in
    full (non-ASCII letters too). Only the first position searched, which has no character before
    it inside the range, is tried with the lookbehind pattern itself. Matches are the same, and
    found in the same order, as long as a match never ends right where the next could start (the
    body ends with a word character, or stops only before a character it cannot start with).

    ``word`` is the inside of a character class (``\\w-``), ``ascii_word`` its ASCII characters
    (``A-Za-z0-9_\\-``). The group ``body`` of each match is the match proper; named groups inside
    ``body`` are as written.
    """

    def __init__(self, word: str, ascii_word: str, body: str) -> None:
        self.first = re.compile(rf"(?<![{word}])(?P<body>{body})")
        self.after = re.compile(rf"[^{ascii_word}](?<![{word}])(?P<body>{body})")

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        """The matches in ``text[pos:endpos]``, in text order (look at group ``body``, not the whole)."""
        endpos = len(text) if endpos is None else endpos
        m = self.first.match(text, pos, endpos)
        if m is not None:
            yield m
            pos = m.end()
        yield from self.after.finditer(text, pos, endpos)


def finditer_where(pattern: re.Pattern[str], text: str, ok: Callable[[str, int], bool],
                   pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
    """The matches of ``pattern`` whose start passes ``ok(text, start)``, as ``finditer`` would give them
    had ``pattern`` opened with that test as a lookbehind.

    A pattern that opens with a lookbehind or ``\\b`` is entered at every character; one that opens with
    a character class lets ``re`` skip ahead. A match whose start fails the test is dropped and the search
    goes on from the next character, so a match that would have begun inside it is still found.
    """
    endpos = len(text) if endpos is None else endpos
    search = pattern.search
    while pos <= endpos:
        m = search(text, pos, endpos)
        if m is None:
            return
        s, e = m.span()
        if ok(text, s):
            yield m
            pos = e if e > s else e + 1
        else:
            pos = s + 1


def after_non_word_or(chars: str) -> Callable[[str, int], bool]:
    """The test ``(?<![\\w<chars>])`` for :func:`finditer_where`: the start of the text, or neither a word
    character nor one of ``chars`` before ``i``."""
    def ok(text: str, i: int) -> bool:
        return i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_" or text[i - 1] in chars)
    return ok


after_non_word = after_non_word_or("")  # ``\\b`` before a word character


def at_line_or_sentence_start(text: str, i: int) -> bool:
    """``(?:^|(?<=[.!?]\\s)|(?<=\\n))``: the start of the text, of a line, or after a stop and a space."""
    return i == 0 or text[i - 1] == "\n" or (i >= 2 and text[i - 2] in ".!?" and text[i - 1].isspace())
