"""Item keys are stored identities: a faster :func:`normalise` must give exactly what the original gave."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.identity import item_keys, normalise

_QUOTES = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'", "\u00ab": '"', "\u00bb": '"'})
_SPACE = re.compile(r"\s+")


def reference(text: str) -> str:
    """The original definition."""
    text = unicodedata.normalize("NFC", text).translate(_QUOTES).lower()
    return _SPACE.sub(" ", text).strip()


def test_every_code_point_in_context():
    chars = [chr(i) for i in range(0x110000) if not 0xD800 <= i <= 0xDFFF]
    for i in range(0, len(chars), 500):
        piece = "".join(chars[i : i + 500])
        for text in (piece, f"  A\u2019{piece} \u201cB\u201d\n", " ".join(piece)):
            assert normalise(text) == reference(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(" \t\n\r\x0b\x0c\x1c\x85\xa0\u2003\u3000aZé\u0301e\u201c\u201d\u2018\u2019\u00ab\u00bb\"'İß")))
def test_whitespace_quotes_and_case(text):
    assert normalise(text) == reference(text)


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_any_text(text):
    assert normalise(text) == reference(text)


def test_item_keys_count_occurrences():
    assert item_keys(["\u201cYes\u201d", '"yes"', "No  way"]) == ['"yes"|1', '"yes"|2', "no way|1"]
