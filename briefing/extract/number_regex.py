"""Building fast regular expressions from word lists.

Python's regex engine tries the alternatives of a group one by one, but skips
an alternative at once when it starts with a literal or a character class that
the next character does not match. A list of words written as a trie whose
every branch starts with a class (``[Tt](?:[Ww][Oo]|...)``) therefore costs a
handful of checks at each position instead of one per word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def _char(ch: str, ci: bool) -> str:
    if ch == " ":
        return r"\s+"
    if ci and ch.lower() != ch.upper():
        lo, up = ch.lower(), ch.upper()
        if len(lo) == 1 and len(up) == 1:
            return f"[{up}{lo}]"
    return re.escape(ch)


def trie(words: Iterable[str], ci: bool = True) -> str:
    """A non-capturing regex matching any of ``words`` (longest first).

    ``ci``: letters match in either case. A space in a word matches any run
    of white space. The caller adds any boundary checks.
    """
    root: dict = {}
    for w in words:
        if not w:
            continue
        node = root
        for ch in (w.lower() if ci else w):
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [_char(ch, ci) + emit(sub) for ch, sub in node.items() if ch != ""]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if "" in node:
            if len(alts) == 1 and not body.startswith("(?:"):
                body = "(?:" + body + ")"
            return body + "?"
        return body

    return "(?:" + emit(root) + ")"


def prefix_guard(words: Iterable[str], k: int = 3, ci: bool = True) -> str:
    """A lookahead that passes only where one of ``words`` could start.

    It checks at most the first ``k`` characters: a cheap filter to put in
    front of a costly alternation that most positions fail.
    """
    return "(?=" + trie({w[:k] for w in words}, ci=ci) + ")"
