"""The fast scanning helpers find exactly what the lookbehind patterns they replace would find."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from briefing.extract.trie import after_non_word, at_line_or_sentence_start, finditer_where

TEXTS = st.lists(st.sampled_from([
    "Luka", ", 24, ", "said", " ", "\n", ". ", "! ", "x", "_", "\u00e9", "L", "Ola", "\u3000", "Ana, 9, said",
    "Jimmy \"Boo\" Landry", "aLuka", "said on CNN", ".", "?", "5", "\t",
]), max_size=30).map("".join)

CASES = [
    # (the pattern with its lookbehind, the body alone, the test for the body's start)
    (r"(?:^|(?<=[.!?]\s)|(?<=\n))([A-Z][a-z]{2,}),\s+\d{1,2},\s+[a-z]", r"([A-Z][a-z]{2,}),\s+\d{1,2},\s+[a-z]",
     at_line_or_sentence_start),
    (r"\b([A-Z][a-z]+)\s+\"([A-Z]\w+)\"\s+([A-Z]\w+)", r"([A-Z][a-z]+)\s+\"([A-Z]\w+)\"\s+([A-Z]\w+)", after_non_word),
    (r"\b(?:said|says)\s+on\s+[A-Z]+", r"(?:said|says)\s+on\s+[A-Z]+", after_non_word),
    (r"(?<!\w)[a-z]+", r"[a-z]+", after_non_word),  # a match that would begin inside a rejected one is found
]


@given(TEXTS)
def test_finditer_where_finds_what_the_lookbehind_finds(text: str) -> None:
    for with_lookbehind, body, ok in CASES:
        want = [m.span() for m in re.finditer(with_lookbehind, text)]
        assert [m.span() for m in finditer_where(re.compile(body), text, ok)] == want


def test_a_range_is_searched_as_finditer_searches_it() -> None:
    text = "Ana, 9, said. Luka, 24, disagreed. Ola, 31, left."
    got = [m.group(1) for m in finditer_where(re.compile(r"([A-Z][a-z]{2,}),\s+\d{1,2},\s+[a-z]"), text,
                                              at_line_or_sentence_start, 5, 40)]
    assert got == ["Luka"]  # "Ana" is before the range; "Ola" runs past its end
