"""Compile a word list into one regular expression shaped like a trie.

Python's ``re`` tries the alternatives of ``a|b|c`` one by one at every
position; factoring common prefixes ("said|says|saying" -> "sa(?:id|ys|ying)")
makes a list of hundreds of words scan a whole article in one fast pass.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


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
