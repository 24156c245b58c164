"""Paragraphs and sentences of an article, as offsets into its text.

Everything downstream works on ``(start, end)`` pairs into the original text,
never on copies with shifted offsets, so every item can point back exactly.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

#: Words that end with a period without ending a sentence.
# US states as AP style abbreviates them ("Md.", "N.H."): never a person, and no sentence ends at them
STATE_ABBREVIATIONS = frozenset(
    "ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb nev "
    "n.h n.j n.m n.y n.c n.d okla ore pa r.i s.c s.d tenn tex vt va wash w.va wis wyo d.c".split())

ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof sen sens rep reps gov govs gen lt col sgt capt cmdr adm maj pres supt det insp rev msgr
    atty hon cpl pvt rt
    st jr sr inc corp co ltd llc plc bros dept univ assn est approx fig vol no nos vs etc al jan feb
    mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    a.m p.m u.s u.k u.n e.u d.c n.y l.a i.e e.g ph.d
    """.split()
) | {a for a in STATE_ABBREVIATIONS if "." not in a}  # dotted ones ("N.H.") end in a letter-dot pattern

#: Abbreviations that are also words: written in lower case (or "No" without a number) they end a sentence.
_ALSO_WORDS = frozenset("no nos miss ill sat wed sun mass wash mar fig vol la pa co ind del mo est".split())

_PARA = re.compile(r"[^\n]+")
# A candidate sentence end: terminal punctuation, optional closing quotes/brackets, then space.
_END = re.compile(r"[.!?\u2026]+[\"'\u201d\u2019)\]]*(?=\s+[\"'\u201c\u2018(\[]*[A-Z0-9\u00C0-\u024F\u2014-])")
_WORD_BEFORE = re.compile(r"(?<!\w)([A-Za-z][A-Za-z.]*)$")  # a whole word: not the "s" of "the 1950s." nor the "m" of "3km."
_DIGIT_NEXT = re.compile(r"\s*\d")
_DOTTED = re.compile(r"(?:[a-z]\.)+[a-z]")


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    para: int  # index of the paragraph the sentence lies in


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Non-empty lines, trimmed of surrounding spaces, as ``(start, end)``."""
    out = []
    for m in _PARA.finditer(text):
        s, e = m.span()
        while s < e and text[s] in " \t\u00a0\r":
            s += 1
        while e > s and text[e - 1] in " \t\u00a0\r":
            e -= 1
        if s < e:
            out.append((s, e))
    return out


# "at 3 a.m. He was ...", "in the U.S. The plan ...": an abbreviation that may end a sentence, then a word
# that opens one
_ENDING_ABBREVIATION = re.compile(r"(?:\b[ap]\.m|\bU\.S|\bU\.K|\bD\.C|\betc|\bInc|\bCorp|\bLtd|\bCo)$")
_OPENER_NEXT = re.compile(r"[ \t]+(?:He|She|They|It|We|I|The|This|That|These|Those|There|But|And|His|Her|Their|"
                          r"Its|Our|After|Before|When|While)\b(?![ \t]+[A-Z])")  # not "the D.C. Police Department"
# a quotation that opens a sentence (not a name in marks: 'the U.S. "Golden Dome" missile shield')
_QUOTE_OPENS_NEXT = re.compile(r"[ \t]+[\"\u201c][A-Z](?![^\"\u201c\u201d\n]{0,40}[^,.!?\"\u201c\u201d][\"\u201d][ \t]+[a-z])")
_TITLE_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|St|No|Nos|Rev|Hon|Fr|Sr|Jr)$")


def is_abbreviation(text: str, dot: int) -> bool:
    """Does the period at ``dot`` close an abbreviation or an initial?"""
    m = _WORD_BEFORE.search(text, max(0, dot - 12), dot)
    if not m:
        return False
    raw = m.group(1).rstrip(".")
    word = raw.lower()
    if word in _ALSO_WORDS and (raw.islower() or (word in ("no", "nos") and not _DIGIT_NEXT.match(text, dot + 1, dot + 4))):
        return False  # 'the candidate said no. When asked ...': a word, not "No. 2" or "Miss."
    if word in ABBREVIATIONS:
        return True
    # single initials: "John F. Kennedy", "R. Smith"; dotted acronyms "U.S."
    if len(word) == 1:
        # (not the end of a unit: "140 km/h. The driver ...")
        return not (raw == "X" and names_a_platform(text, m.start(1))) and text[m.start(1) - 1:m.start(1)] != "/"
    return "." in word and bool(_DOTTED.fullmatch(word))


_PLATFORM_BEFORE = re.compile(r"\b(?:on|via)[ \t]+$")


def names_a_platform(text: str, at: int) -> bool:
    """Is the "X" at ``at`` the site someone posts on ("wrote on X. The ...")? Never an initial (but "a
    lecture on F. Scott Fitzgerald" is one)."""
    return text.startswith("X", at) and _PLATFORM_BEFORE.search(text, max(0, at - 5), at) is not None


def sentence_start_before(text: str, lo: int, pos: int) -> int:
    """Where the sentence holding ``pos`` starts, looking back no further than ``lo``: after the last
    ". " that closes a sentence rather than an abbreviation ("the U.S. embassy", "Sen. Lind")."""
    i = text.rfind(". ", lo, pos)
    while i >= lo and is_abbreviation(text, i):
        i = text.rfind(". ", lo, i)
    start = i + 2 if i >= lo else lo
    line = text.rfind("\n", start, pos)  # a paragraph's first sentence starts at its line
    if line < 0:
        return start
    label = _TURN_LABEL.match(text, line + 1, pos)  # past a transcript's "Hestvik: "
    return label.end() if label is not None else line + 1


_TURN_LABEL = re.compile(r"[A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){0,3}:[ \t]+")


#: A time counted from another: "two days later", "about 40 minutes earlier", "ten years ago".
TIME_LATER = (r"(?:(?:about|around|some|nearly|almost|just|only)\s+)?[\w-]+\s+(?:seconds?|minutes?|hours?|days?|"
              r"weeks?|months?|years?)\s+(?:later|earlier|ago|after(?:wards?)?)")


#: A conjunction or linking adverb that opens a clause without being part of what it says: "But [he fell
#: to 10 percent]", "Meanwhile, [turnout appears to have fallen]".
LEAD_CONJUNCTION = re.compile(r"(?:But|And|Yet|So|Still|Now|Instead|Meanwhile),?\s+")


#: How far from a cue a pass reads its sentence. Real sentences are far shorter; a run-on "sentence" (a
#: transcript without stops, a page of links) is read only near the cue, so the work per cue stays bounded.
SENTENCE_REACH = 1500


#: What may close a sentence after its last word: a stop, closing quotation marks, spaces.
SENTENCE_CLOSE = ".!?\"\u201d\u2019' "


def back_over(text: str, start: int, end: int, chars: str = SENTENCE_CLOSE) -> int:
    """``end`` moved back over any of ``chars``, never before ``start``."""
    while end > start and text[end - 1] in chars:
        end -= 1
    return end


def near(sent: Sentence, start: int, end: int) -> tuple[int, int]:
    """The part of ``sent`` within :data:`SENTENCE_REACH` of ``start:end``."""
    return max(sent.start, start - SENTENCE_REACH), min(sent.end, end + SENTENCE_REACH)


def sentence_at(sents: list[Sentence], starts: list[int], pos: int) -> Sentence:
    """The sentence that holds ``pos`` (``starts`` lists the sentences' starts); the first one before any."""
    return sents[max(0, bisect.bisect_right(starts, pos) - 1)]


def sentences(text: str, paras: list[tuple[int, int]] | None = None) -> list[Sentence]:
    """Split each paragraph into sentences. Quotes are not respected on purpose:
    attribution works on quote spans, and sentence ends inside quotes help find them."""
    out: list[Sentence] = []
    for pi, (ps, pe) in enumerate(paras if paras is not None else paragraphs(text)):
        s = ps
        for m in _END.finditer(text, ps, pe):
            punct_at = m.start()
            if text[punct_at] == "." and m.end() - m.start() == 1 and is_abbreviation(text, punct_at) \
                    and not (_QUOTE_OPENS_NEXT.match(text, punct_at + 1) and not _TITLE_BEFORE.search(
                        text, max(0, punct_at - 6), punct_at)) \
                    and not (_OPENER_NEXT.match(text, punct_at + 1) and _ENDING_ABBREVIATION.search(
                        text, max(0, punct_at - 6), punct_at)):
                continue  # but 'officials from the U.S. "We are ready," he said': a quotation opens the next
            e = m.end()
            out.append(Sentence(s, e, pi))
            s = e
            while s < pe and text[s].isspace():
                s += 1
        if s < pe:
            out.append(Sentence(s, pe, pi))
    return out
