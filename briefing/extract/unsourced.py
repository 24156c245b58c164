"""Claims an article makes without saying whose they are: "The Fed is widely expected to act in
December", "Enthusiasm for Clinton appears to have plummeted", "Carson seems to recognise ...".

Someone expects, someone has an impression, and the article does not say who; an analyst weighing
the coverage wants these flagged as much as the claims with a name on them. Each becomes an
``indirect`` item without a speaker: the clause that holds the cue, from its subject to its end.

Only the forms that are nearly always such a claim count ("is/are/was expected to", "seems to",
"appears to", hearsay: "is said to", "is believed to", "reportedly"); "appeared on Fox News" and
"as expected" do not. A cue inside a quotation or inside
content already attributed to someone is theirs, not the article's."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from itertools import accumulate

from briefing.extract.attribution import Attribution
from briefing.extract.lexicon import CUES
from briefing.extract.quotemarks import QuoteRun
from briefing.extract.text import LEAD_CONJUNCTION, SENTENCE_CLOSE, Sentence, back_over, near, sentence_at
from briefing.extract.trie import AfterNonWord

# Found after the character before it (see AfterNonWord): a leading \b is tried at every character of
# the text. The group ``body`` is the match proper.
_CUE = AfterNonWord(
    r"\w", r"A-Za-z0-9_",
    r"(?:(?:is|are|was|were|be|been)\s+(?:(?:widely|generally|largely|also|still|not|now|originally|"
    r"initially)\s+)?(?P<exp>expected)\s+to|(?P<look>seems|seemed|seem|appears|appeared|appear)(?P<to>\s+to)?"
    r"|(?:is|are|was|were)\s+(?:(?:widely|also|now|long|generally|not)\s+)?"
    r"(?P<hear>said|thought|believed|rumou?red|understood|reported|alleged)\s+to|(?P<rep>reportedly)"
    r"|(?:is|are|was|were)\s+(?:(?:widely|also|now|long|generally|still|increasingly|often)\s+)?"
    r"(?P<view>(?:seen|viewed|regarded)\s+as|considered|accused\s+of)"
    r"|(?<=[Ii]t )(?:is|was)\s+(?:(?:widely|generally|now|also|still)\s+)?(?P<itp>estimated|expected|believed|"
    r"thought|understood|said|reported|feared|known|alleged|rumou?red|claimed|assumed|predicted|projected)\s+that)"
    r"(?:\s+(?P<verb>[a-z]+)|(?<=that)(?=\s+\S))",
)
# "appeared on Fox News", "appear at a rally together": showing up, not an impression ("seemed larger" is one)
_NOT_IMPRESSION = frozenset(
    "on at in before with together by alongside onstage live from for during after near outside inside "
    "and or but is was as".split())
# what "appear" is followed by when it is an impression: "appeared poised to win", "appears ready", "appeared
# rattled"; not "appeared briefly in court", "appeared as a guest"
_APPEARANCE = frozenset(
    "like that ready poised set headed likely unlikely certain close closer determined eager reluctant willing "
    "unwilling unable able confident uneasy unsure intent more less increasingly far stable weak strong "
    "vulnerable open".split())
# hearsay: "is said to be furious", "is believed to have been on the flight"; not "was reported to police"
_BY_AGENT = re.compile(r"^[^,.;:!?]*\bby\b")  # within the clause: not "..., and by Friday he could"
_HEARSAY_VERBS = frozenset("be have been had".split())
_IT = re.compile(r"(?:^|,\s+)[Ii]t\s+$")
_RELATIVE = re.compile(
    r"\b(?:who|which|that|what)\s+(?:(?:he|she|they|it|we|also|still|now|not|widely|may|might|would|could|will|"
    r"can|has|have|had)\s+){0,2}$")
# where a clause of its own begins inside a sentence: after a semicolon, a dash or a conjunction
_CLAUSE_START = re.compile(
    r"[;:]\s+|\s+(?:\u2014|--)\s+|,\s+(?:and|but|while|although|though|whereas|as|because|since|so|yet)\s+")
_CLAUSE_END = re.compile(
    r"\s*(?:[;:]|\s(?:\u2014|--)\s|,\s+(?:but|while|although|though|whereas)\s)")
# a clause opened by one of these ends at its first comma: "[After he seemed to confirm X], the ..."
_SUBORDINATE = re.compile(
    r"(?:After|When|While|As|Although|Though|If|Because|Since|Before|Until|Once|Unless)\s(?!all\b|for\b|of\b)")
_CLOSING = SENTENCE_CLOSE + ","


def unsourced_claims(text: str, sents: list[Sentence], quotes: list[QuoteRun],
                     have: list[Attribution]) -> list[Attribution]:
    """One speakerless ``indirect`` attribution per clause with an expectation or impression cue."""
    if not sents:
        return []
    out: list[Attribution] = []
    starts = [s.start for s in sents]
    inside = covered(sorted([(q.open_at, q.outer_end) for q in quotes] + [(a.start, a.end) for a in have]))
    for m in _CUE.finditer(text):
        cue = m.start("body")
        if inside(cue) or not _is_claim(m):
            continue
        sent = sentence_at(sents, starts, cue)
        if not sent.start <= cue < sent.end:
            continue
        lo, hi = near(sent, cue, m.end())
        c_start = _clause_start(text, lo, cue)
        if c_start >= cue:
            continue  # no subject: "Appears to ..."
        c_end = hi
        v0 = m.start("verb") if m.group("verb") is not None else m.end()  # "It is believed that [Dorn ...]"
        if (stop := _CLAUSE_END.search(text, v0, c_end)) is not None:
            c_end = stop.start()
        if (sub := _SUBORDINATE.match(text, c_start)) is not None:
            if (comma := text.find(", ", sub.end(), cue)) >= 0:
                c_start = comma + 2  # "After the talks stalled, [the envoy seemed ready to leave]"
            else:
                c_start = sub.end()  # "After [the talks appeared to stall], the envoy flew home"
                if (comma := text.find(", ", v0, c_end)) >= 0:
                    c_end = comma
        if text[c_start - 2:c_start] == ", " and text.startswith(("who", "which"), c_start) and (
                comma := text.find(", ", v0, c_end)) >= 0:
            c_end = comma  # "The bill, [which is expected to pass next week], adds 200 inspectors"
        if m.group("itp"):
            c_start = text.find("that", m.end("itp")) + 4  # "It is estimated that [5,000 cars cross it every day]"
            while text[c_start:c_start + 1].isspace():
                c_start += 1
        elif m.group("look") and not m.group("to") and _IT.search(text[c_start:cue]):
            c_start = v0  # "it seems [that ...]", "As of Friday, it appears [he has no chance]"
        c_end = back_over(text, v0, c_end, _CLOSING)
        if len(text[c_start:c_end].split()) < 2 or inside(c_start) or inside(c_end - 1):
            continue  # no content ("It seems that."), or a clause someone else said
        out.append(Attribution(c_start, c_end, "indirect", _cue_span(m)))
    return out


def _is_claim(m: re.Match[str]) -> bool:
    """Is this cue the article's own claim? Not when the verb after it is a cue of its own ("Cruz seemed to
    blame the network", "he reportedly argued": theirs, found as reported speech), nor "appeared on Fox"."""
    verb = m.group("verb")
    if m.group("look"):
        if m.group("to"):
            return verb not in CUES
        if m.group("look").startswith("appear"):
            return verb in _APPEARANCE or (verb.endswith("ed") and verb not in _NOT_IMPRESSION)
        return verb not in _NOT_IMPRESSION
    if m.group("hear"):
        return verb in _HEARSAY_VERBS or (verb in CUES and m.group("hear") != "reported")
    if m.group("rep"):
        return verb not in CUES
    if m.group("itp"):
        return True
    if m.group("view"):
        # "is seen as a contender"; not "considered by the board", "considered last week by the committee"
        return verb not in ("for", "in", "at", "on") and not _BY_AGENT.match(m.string[m.start("view"):m.end() + 60])
    return True


def _cue_span(m: re.Match[str]) -> tuple[int, int]:
    return next(m.span(g) for g in ("exp", "look", "hear", "rep", "view", "itp") if m.group(g))


def _clause_start(text: str, lo: int, cue: int) -> int:
    """Start of the clause the cue belongs to: a relative pronoun just before it, else the last clause
    boundary of the sentence, else the sentence's start, past a leading conjunction."""
    if (rel := _RELATIVE.search(text, max(lo, cue - 30), cue)) is not None:
        return rel.start()
    start = lo
    for b in _CLAUSE_START.finditer(text, lo, cue):
        start = b.end()
    while start < cue and text[start] in "\"\u201c\u2018' ":
        start += 1
    if (lead := LEAD_CONJUNCTION.match(text, start, cue)) is not None:
        start = lead.end()
    return start


def covered(spans: list[tuple[int, int]]) -> Callable[[int], bool]:
    """A test for "does any of these (sorted) spans cover this position?", however long the spans."""
    starts = [s for s, _ in spans]
    reach = list(accumulate((e for _, e in spans), max))

    def inside(pos: int) -> bool:
        i = bisect.bisect_right(starts, pos)
        return i > 0 and reach[i - 1] > pos
    return inside
