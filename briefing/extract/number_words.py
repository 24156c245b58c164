"""Numbers written in words: the pattern that finds them and the parser that
turns a found run of number words into one or more values.

The master pattern in :mod:`briefing.extract.numbers` embeds :data:`WORDNUM`;
it matches a run such as "two hundred and forty-five thousand", "a dozen",
"two and a half", "three quarters" or "one, two, three". A run may hold several
numbers ("twenty five and thirty six"); :func:`parse_word_run` splits it and
returns each number with its offsets inside the run.

Decisions:

* "a"/"an" counts only before a scale or fraction ("a million", "a third");
  a singular scale word alone counts as one of it ("hundred" is 100,
  "hundred and twelve" 112).
* Vague plurals ("hundreds of", "dozens of", "tens of thousands") are not
  numbers: there is no value to report.
* "half" alone is 0.5 only where it is a quantity ("half of", "half a
  million", "two and a half").
* "point" reads decimals digit by digit ("two point three five" = 2.35).
"""

from __future__ import annotations

import re

from briefing.extract.number_regex import prefix_guard, trie

#: "a dozen and a half", "a million and a third": a run ending in a fraction of what came before
AND_A_FRACTION_END = re.compile(r"\s+and\s+an?\s+(?:half|quarter|third)$", re.IGNORECASE)

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9,
}
TEENS = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
BIG = {
    "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
}
FRACTIONS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
    "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
    "tenth": 10, "tenths": 10, "twelfth": 12, "twelfths": 12, "hundredth": 100,
    "hundredths": 100, "thousandth": 1e3, "thousandths": 1e3, "millionth": 1e6,
    "millionths": 1e6, "billionth": 1e9, "billionths": 1e9, "trillionth": 1e12,
    "trillionths": 1e12,
}

#: "one" ... "ninety": the words a spelled-out number is built from (also used to read "Six in 10 voters").
NUMBER_WORDS = frozenset([*UNITS, *TEENS, *TENS])
_NUMWORD = trie([*UNITS, *TEENS, *TENS])
_SCALEWORD = trie(["hundred", "thousand", "million", "billion", "trillion", "lakh", "lakhs", "crore", "crores",
                   "dozen", "dozens"])
_FRACWORD = trie(FRACTIONS)
_TOK = rf"(?:{_NUMWORD}|{_SCALEWORD}|{_FRACWORD}|[Pp]oint(?=\s+{_NUMWORD}\b))\b"
_JOIN = r"(?:-and-(?:an?-)?|\s*-\s*|\s+(?:(?:[Aa]nd|&)\s+)?(?:[Aa][Nn]?\s+)?|,\s+)"
_BARE_SCALE = trie(["hundred", "thousand", "million", "billion", "trillion"])
_GUARD = (prefix_guard([*UNITS, *TEENS, *TENS, "half", "minus", "negative", "hundred", "thousand", "million",
                        "billion", "trillion"]) + "|(?=[Aa][Nn]?\\s)")
_START = (
    rf"(?:{_GUARD})"
    r"(?:(?:[Mm]inus|[Nn]egative)\s+)?"
    rf"(?:{_NUMWORD}\b"
    rf"|(?:[Aa][Nn]?|[Hh]alf(?:\s+an?)?)\s+(?:{_SCALEWORD}|{_FRACWORD})\b"
    r"|[Hh]alf(?=\s+(?:of|an?)\b|-(?:hour|day|year|decade|century|mile|point))"
    r"|(?<=\b[Bb]y\s)half\b(?![-\u2011])|(?<=\bin\s)half\b(?=[\s.,;:!?)]|$)(?!\s+(?:the|a|an|of|time|term|to|by)\b)"  # "cut by half", "in half"
    rf"|{_BARE_SCALE}\b)"
)

#: Regex source for a run of number words (any case).
WORDNUM = rf"(?:{_START}(?:{_JOIN}{_TOK})*)"

_TOKEN_RE = re.compile(r"[A-Za-z]+|&|,")


def _classify(word: str) -> tuple[str, float]:
    w = word.lower()
    if w in UNITS:
        return "unit", UNITS[w]
    if w in TEENS:
        return "teen", TEENS[w]
    if w in TENS:
        return "tens", TENS[w]
    if w == "hundred":
        return "hundred", 100
    if w in BIG:
        return "big", BIG[w]
    if w in ("dozen", "dozens"):
        return "dozen", 12
    if w in FRACTIONS:
        return "frac", FRACTIONS[w]
    if w in ("a", "an"):
        return "a", 1
    if w in ("and", "&"):
        return "and", 0
    if w == ",":
        return "comma", 0
    if w == "point":
        return "point", 0
    if w in ("minus", "negative"):
        return "neg", 0
    return "other", 0


class _Num:
    """One number being read."""

    __slots__ = ("start", "end", "total", "current", "small", "last", "last_big", "neg",
                 "decimals", "has_value", "pending_a", "frac_added", "half_mult")

    def __init__(self, start: int) -> None:
        self.start = start
        self.end = start
        self.total = 0.0
        self.current = 0.0
        self.small = 0.0  # the trailing group under a hundred ("two" in "three hundred and two")
        self.last = "none"
        self.last_big = float("inf")
        self.neg = False
        self.decimals: str | None = None
        self.has_value = False
        self.pending_a = False
        self.frac_added = False
        self.half_mult = False

    def value(self) -> float:
        v = self.total + self.current
        if self.decimals:
            v += float("0." + self.decimals)
        return -v if self.neg else v


def parse_word_run(run: str) -> list[tuple[int, int, float]]:
    """Split a run of number words into numbers: (start, end, value) in ``run``."""
    toks = [(m.start(), m.end(), *_classify(m.group())) for m in _TOKEN_RE.finditer(run)]
    out: list[tuple[int, int, float]] = []
    num: _Num | None = None
    glue = False  # an "and" or "," seen since the last consumed token
    i = 0
    n = len(toks)

    def flush() -> None:
        nonlocal num
        if num is not None and num.has_value:
            out.append((num.start, num.end, num.value()))
        num = None

    def frac_ahead(j: int) -> bool:
        """Tokens from j read "a half", "two thirds", "one quarter"."""
        return j + 1 < n and toks[j][2] in ("a", "unit", "teen", "tens") and toks[j + 1][2] == "frac" \
            and run[toks[j + 1][1]:toks[j + 1][1] + 1] != "-"  # not "a half-hearted apology"

    while i < n:
        s, e, kind, val = toks[i]
        if kind == "neg":
            flush()
            num = _Num(s)
            num.neg = True
            glue = False
            i += 1
            continue
        if kind in ("and", "comma"):
            glue = True
            i += 1
            continue
        if num is not None and glue:
            # "and"/"," continue a number only after a hundred or a scale, or
            # before a fraction ("two and a half").
            ok = (kind != "point" and num.last in ("hundred", "big", "dozen") and kind in (
                "unit", "teen", "tens", "a") and (num.last != "dozen"))
            if kind in ("a", "unit", "teen", "tens") and frac_ahead(i) and num.has_value \
                    and not 0 < num.current < 1:  # "between a third and a half": two fractions, not a sum
                # fraction part added to the whole: "two and a half", "103 and two thirds"
                j = i
                numer = 1.0 if toks[j][2] == "a" else toks[j][3]
                denom = toks[j + 1][3]
                # after a scale the fraction is of the scale: "a million and a half" is 1,500,000,
                # "a dozen and a half" 18
                of = num.last_big if num.last == "big" and num.current == 0 else 12.0 if num.last == "dozen" \
                    else 100.0 if num.last == "hundred" and num.small == 0 else 1.0  # "a hundred and a half": 150
                num.current += numer / denom * of if denom else 0.0
                num.frac_added = True
                num.end = toks[j + 1][1]
                num.last = "frac"
                glue = False
                i = j + 2
                continue
            if not ok:
                flush()
            glue = False
        if num is None:
            num = _Num(s)
        if kind == "a":
            if num.has_value:
                flush()
                num = _Num(s)
            num.pending_a = True
            i += 1
            continue
        if num.decimals and kind == "big" and num.total == 0 and num.current < 1000:
            # "one point two million": the decimals belong to the figure the scale multiplies
            num.current += float("0." + num.decimals)
            num.decimals = None
            num.frac_added = True
        if num.decimals is not None:
            if kind in ("unit", "teen", "tens"):
                if kind == "tens" and i + 1 < n and toks[i + 1][2] == "unit":
                    num.decimals += str(int(val + toks[i + 1][3]))
                    num.end = toks[i + 1][1]
                    i += 2
                    continue
                num.decimals += str(int(val))
                num.end = e
                i += 1
                continue
            flush()
            continue
        if kind == "point":
            if num.has_value and num.last in ("unit", "teen", "tens", "hundred", "big"):
                num.decimals = ""
                i += 1
                continue
            if not num.has_value and num.pending_a is False and toks and i + 1 < n:
                num.decimals = ""  # "point five"
                num.has_value = True
                i += 1
                continue
            flush()
            i += 1
            continue
        if kind == "unit" or kind == "teen" or kind == "tens":
            joinable = num.last in ("none", "hundred", "big") or (
                kind == "unit" and num.last == "tens")
            if num.pending_a and not num.has_value:
                joinable = False  # "a two" is not a number
            if not joinable:
                flush()
                num = _Num(s)
            if num.last == "tens" and kind == "unit":
                num.small += val
            else:
                num.small = val
            num.current += val
            num.last = kind
            num.has_value = True
            num.end = e
            i += 1
            continue
        if kind == "hundred":
            if num.last in ("unit", "teen", "tens") and 0 < num.current < 100:
                num.current *= 100
            elif num.pending_a and not num.has_value or num.last == "none" and not num.has_value:
                num.current = 100
            else:
                flush()
                num = _Num(s)
                num.current = 100
            num.small = 0
            num.last = "hundred"
            num.has_value = True
            num.pending_a = False
            num.end = e
            i += 1
            continue
        if kind == "big":
            if num.half_mult:
                num.current = 0.5 * val
                num.half_mult = False
            elif num.frac_added and num.total == 0:
                num.current *= val  # "one and a half million"
            elif num.current > 0 and val < num.last_big:
                num.total += num.current * val
                num.current = 0
            elif num.current > 0 and num.total > 0 and val > num.last_big:
                num.total = (num.total + num.current) * val
                num.current = 0
            elif num.pending_a and not num.has_value:
                num.total += val
            elif num.current == 0 and num.total > 0 and val > num.last_big:
                num.total *= val  # "a thousand million"
            else:
                flush()
                num = _Num(s)
                num.total = val
            num.last_big = val
            num.small = 0
            num.last = "big"
            num.has_value = True
            num.pending_a = False
            num.end = e
            i += 1
            continue
        if kind == "dozen":
            if num.half_mult:
                num.current = 6
                num.half_mult = False
            elif num.pending_a and not num.has_value:
                num.current = 12
            elif num.last in ("unit", "teen", "tens") and num.has_value:
                num.current += num.small * 11  # "three hundred and two dozen": 300 + 2*12
            elif num.last in ("hundred", "big") and num.has_value:
                num.current = (num.total + num.current) * 12
                num.total = 0
            else:
                flush()
                num = _Num(s)
                num.current = 12
            num.last = "dozen"
            num.has_value = True
            num.pending_a = False
            num.end = e
            i += 1
            continue
        if kind == "frac":
            word = run[s:e].lower()
            if word in ("half",) and not num.has_value and not num.pending_a:
                # "half of", "half a million"
                if i + 2 < n and toks[i + 1][2] == "a" and toks[i + 2][2] in ("big", "dozen"):
                    num.half_mult = True
                    num.end = e
                    i += 2  # skip the "a"
                    continue
                num.current = 0.5
                num.has_value = True
                num.last = "frac"
                num.end = e
                i += 1
                continue
            if num.pending_a and not num.has_value:
                num.current = 1 / val
            elif num.has_value and num.last in ("unit", "teen", "tens", "hundred", "big") and not num.frac_added \
                    and (num.total + num.current < val or word == "halves"):  # "five quarters" are no fraction
                whole = num.total + num.current
                num.total = 0
                num.current = whole / val
            else:
                flush()
                i += 1
                continue
            num.has_value = True
            num.pending_a = False
            num.last = "frac"
            num.end = e
            i += 1
            continue
        # anything else ends the number
        flush()
        i += 1
    flush()
    return out
