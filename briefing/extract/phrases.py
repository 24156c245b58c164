"""Tokens and noun phrases around a cue, without a tagger.

News attribution is formulaic: a speaker noun phrase sits right before the
cue verb ("Finance Minister Hugo Lind said"), or right after it in inverted
order ("said Hugo Lind"), often with an appositive that carries the role
("Ana Ruiz, chief economist at the Lisbon Trade Institute, told ...").
These functions find those phrases by word shape and small word lists.
"""

from __future__ import annotations

import bisect
import re
import threading
from dataclasses import dataclass
from itertools import compress, count, repeat
from operator import itemgetter
from typing import NamedTuple

from briefing.extract.first_names import gender_of_first_name
from briefing.extract.lexicon import (
    BETWEEN_WORDS,
    CATENATIVES,
    CLAUSE_WORDS,
    CUES,
    DETERMINERS,
    DOCUMENT_HEADS,
    FIELD_PARTICIPLES,
    FIRM_KINDS,
    HONORIFICS,
    NAME_PARTICLES,
    NAMING_CUES,
    NOT_NAMES,
    OCCUPATIONS,
    ORG_WORDS,
    PRONOUNS,
    QUANTIFIER_SUBJECTS,
    SPEAKER_NOUNS,
    SPEECH_CUES,
    STANCE_CUES,
    TITLE_WORDS,
    WEEKDAYS,
    words_before_pp,
)
from briefing.extract.names import (
    ARABIC_ARTICLE,
    CORPORATE_SUFFIXES,
    FIRST_TITLES,
    NUMBERED_OUTLET,
    ONLY_PERSON_TITLES,
    PERSON_TITLE_WORDS,
    SURNAME_WORDS,
    is_place,
    is_role_word,
    looks_like_org,
    split_role_name,
)
from briefing.extract.number_words import NUMBER_WORDS
from briefing.extract.text import ABBREVIATIONS, names_a_platform

# Words keep a trailing period; _tokenize splits it off again unless the word is an abbreviation.
# Each alternative opens with a character class ("[A-Z][A-Z]*", not "[A-Z]+"): the engine then skips
# one whose class the next character is not in without entering it.
_TOKEN = re.compile(r"[A-Z][A-Z]*&[A-Z]+\b|[A-Z]{2,}\+(?![\w+])|[A-Za-z]\.(?:[A-Za-z]\.)+|\d\d*(?:[.,]\d+)+|\w+(?:['\u2019\-]\w+)*\.?"
                    r"|[^\w\s]")
_ABBREVS = frozenset(a for a in ABBREVIATIONS if "." not in a)
TIME_WORDS = WEEKDAYS | frozenset(
    """
    monday's week weekend month year morning afternoon evening night today yesterday tonight earlier
    january february march april may june july august september october november december jan feb
    mar apr jun jul aug sep sept oct nov dec
    """.split()
)
_PREPS = frozenset("for of at with from in on to by".split())
CUE_LIKE = SPEECH_CUES
_NAME_CONNECTORS = frozenset({"-", "&", "'", "\u2019"})


_ARTICLE_PREFIXES = ("al-", "el-", "ad-", "ash-", "as-", "at-", "az-", "ud-", "ul-")
_ARABIC_WORD = re.compile(ARABIC_ARTICLE)
_GROUP, _START, _END = re.Match.group, re.Match.start, re.Match.end
_FIRST = itemgetter(0)
_NEW = tuple.__new__  # NamedTuple's own __new__ adds a Python call per token


class Tok(NamedTuple):
    """One token; its lower-case form and shape are computed once (this is the hot path)."""

    start: int
    end: int
    text: str
    low: str
    is_word: bool
    is_cap: bool


def make_tok(start: int, end: int, text: str) -> Tok:
    c = text[0]
    return Tok(start, end, text, text.lower(), c.isalnum(), c.isupper())


@dataclass(frozen=True, slots=True)
class Phrase:
    """A noun phrase found around a cue; ``head`` is the name or noun it is about."""

    start: int
    end: int
    kind: str  # name | pronoun | description
    appositive: tuple[int, int] | None = None  # ", chief economist at X," next to it

    def text(self, text: str) -> str:
        return text[self.start:self.end]


class _TokenCache(threading.local):
    """Tokens of the current article, made on first use: per paragraph, only the part anyone has
    asked for (cues sit early in their sentences, so the rest is often never tokenised)."""

    text: str | None = None
    #: paragraph start -> [tokens, their starts, tokenised up to, paragraph end, tokenised from]
    paras: dict[int, list]
    #: (lo, cue start, subject) -> phrase_before's answer: a cue is looked at from several passes
    phrases: dict[tuple[int, int, bool], Phrase | None]


_CACHE = _TokenCache()


def _token_boundary_before(text: str, ps: int, pos: int) -> int:
    """The nearest place at or before ``pos`` where tokenising can start and give the same tokens as
    from the paragraph start ``ps``: ``ps`` itself or just after white space (no token holds any,
    and _TOKEN looks at nothing before its match)."""
    while pos > ps and not text[pos - 1].isspace():
        pos -= 1
    return pos


def _paragraph_tokens(text: str, pos: int, end: int) -> list:
    """[tokens, starts, upto, paragraph end, from] for the paragraph holding ``pos``, tokenised from
    ``pos`` (or a little before) to ``end`` at least."""
    ps = text.rfind("\n", 0, pos) + 1
    hit = _CACHE.paras.get(ps)
    if hit is None:
        pe = text.find("\n", pos)
        pe = len(text) if pe < 0 else pe
        upto = min(end, pe)
        lo = _token_boundary_before(text, ps, pos)
        toks = _tokenize(text, lo, upto)
        hit = [toks, list(map(_FIRST, toks)), upto, pe, lo]
        _CACHE.paras[ps] = hit
        return hit
    if pos < hit[4]:
        # earlier in the paragraph than asked before: tokenise up to where that started (a boundary)
        lo = _token_boundary_before(text, ps, pos)
        more = _tokenize(text, lo, hit[4])
        hit[0][:0] = more
        hit[1][:0] = list(map(_FIRST, more))
        hit[4] = lo
    if end > hit[2] and hit[2] < hit[3]:
        toks, starts, upto, pe, lo = hit
        # the last token may have been cut at ``upto``: tokenise again from its start
        restart = toks[-1].start if toks else lo
        if toks:
            toks.pop()
            starts.pop()
        more = _tokenize(text, restart, min(max(end, upto), pe))
        toks.extend(more)
        starts.extend(map(_FIRST, more))
        hit[2] = min(max(end, upto), pe)
    return hit


def forget_tokens() -> None:
    """Drop the cached tokens (call when done with an article: a long one holds many)."""
    _CACHE.text = None
    _CACHE.paras = {}
    _CACHE.phrases = {}


def _use_text(text: str) -> None:
    """Start caching for ``text`` (a new article)."""
    _CACHE.text = text
    _CACHE.paras = {}
    _CACHE.phrases = {}


def tokens(text: str, start: int, end: int) -> list[Tok]:
    """Tokens wholly inside ``text[start:end]`` (an abbreviation keeps its period: "Mr.")."""
    if _CACHE.text is not text:
        _use_text(text)
    if start >= end:
        return []
    toks, starts, _upto, pe, _lo = _paragraph_tokens(text, start, end)
    i = bisect.bisect_left(starts, start)
    out = toks[i:bisect.bisect_left(starts, end, i)]  # most ranges lie in one paragraph: one slice
    pos = pe + 1
    while pos < end:
        toks, starts, _upto, pe, _lo = _paragraph_tokens(text, pos, end)
        i = bisect.bisect_left(starts, pos)
        out.extend(toks[i:bisect.bisect_left(starts, end, i)])
        pos = pe + 1
    if out and out[-1].end > end:
        last = out[-1]
        out[-1] = make_tok(last.start, end, text[last.start:end]) if end > last.start else last
    return out


def _index_at(toks: list[Tok], pos: int) -> int | None:
    """Index of the token starting at ``pos`` (tokens are in text order), or None."""
    i = bisect.bisect_left(toks, (pos,))
    return i if i < len(toks) and toks[i].start == pos else None


def _tokenize(text: str, start: int, end: int) -> list[Tok]:
    """One regex pass; an abbreviation or an initial keeps its period ("Mr.", "J.", "Sen.", "U.S.").

    The fields of all tokens are computed by ``map`` over the matches (C loops, no Python call per
    token); the few words with a trailing period are then split in place.
    """
    ms = list(_TOKEN.finditer(text, start, end))
    words = list(map(_GROUP, ms))
    firsts = list(map(_FIRST, words))
    out = list(map(_NEW, repeat(Tok), zip(map(_START, ms), map(_END, ms), words, map(str.lower, words),
                                          map(str.isalnum, firsts), map(str.isupper, firsts), strict=True)))
    # "al-Masri": a name whose first letter is the article's, found by a C loop like the periods below
    for i in compress(count(), map(str.startswith, words, repeat(_ARTICLE_PREFIXES))):
        w = words[i]
        if _ARABIC_WORD.fullmatch(w):
            out[i] = _NEW(Tok, (out[i].start, out[i].end, w, w.lower(), True, True))
    if text.find("WHO", start, end) >= 0:  # the World Health Organization, not the relative pronoun
        for i in compress(count(), map(str.__eq__, words, repeat("WHO"))):
            out[i] = _NEW(Tok, (out[i].start, out[i].end, "WHO", "w.h.o.", True, True))
    # the words with a trailing period, found by C loops (a Python test per token costs more)
    dotted = [i for i in compress(count(), map(str.endswith, words, repeat("."))) if len(words[i]) > 1]
    for i in reversed(dotted):
        if _loses_period(words[i]) or len(words[i]) == 2 and names_a_platform(text, out[i].start):
            bare = words[i][:-1]
            s = out[i].start
            e = s + len(bare)
            out[i:i + 1] = [_NEW(Tok, (s, e, bare, bare.lower(), bare[0].isalnum(), bare[0].isupper())),
                            _NEW(Tok, (e, e + 1, ".", ".", False, False))]
    return out


def _loses_period(word: str) -> bool:
    """Is ``word`` (a match of _TOKEN ending in ".") two tokens, the word and a full stop? Not an
    abbreviation or an initial ("Mr.", "J.", "U.S.")."""
    bare = word[:-1]
    return not (len(bare) == 1 and bare.isupper()) and bare.lower() not in _ABBREVS and "." not in bare


def has_two_tokens(text: str, start: int, end: int) -> bool:
    """Do two tokens start in ``text[start:end]``? Read from the token boundary before ``start``,
    without tokenising the range into the cache (a word that loses its period counts twice). Content
    passes ask this of many spans nobody reads tokens of. Not always ``len(tokens(...)) >= 2``: a range
    that starts inside a word ("plorables.”") does not count the word's split-off period, which
    ``tokens`` does; output on the PolNeAR texts is the same either way."""
    if start >= end:
        return False
    lo = _token_boundary_before(text, text.rfind("\n", 0, start) + 1, start)
    n = 0
    for m in _TOKEN.finditer(text, lo, end):
        if m.start() < start:
            continue  # a token that starts before the range is not in it
        word = m.group()
        n += 2 if len(word) > 1 and word[-1] == "." and (
            _loses_period(word) or len(word) == 2 and names_a_platform(text, m.start())) else 1
        if n >= 2:
            return True
    return False


def _title_word(t: Tok) -> bool:
    """A capitalised title right before a name: "MEP", "Sheikh", "Senator" (not a first name)."""
    return t.is_cap and (t.text in PERSON_TITLE_WORDS or t.low.rstrip(".") in ONLY_PERSON_TITLES)


# an ordinal in a unit's or a body's name: "the 3rd Battalion", "the 101st Airborne Division"
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")


def _is_name_word(t: Tok) -> bool:
    if not t.is_word or not t.is_cap:
        return False
    # ("Today" ends a title: "USA Today", "Grocer Today"; a sentence's opening "Today" is cut off later)
    return t.low.rstrip(".") not in NOT_NAMES or t.low.rstrip(".") in ("mr", "mrs", "ms", "dr", "today")


def _np_ok(toks: list[Tok]) -> str | None:
    """Classify a candidate phrase: name, pronoun, description; None if it is not a speaker phrase."""
    if not toks:
        return None
    if len(toks) == 1 and toks[0].low in PRONOUNS:
        return "pronoun"
    words = [t for t in toks if t.is_word]
    if not words:
        return None
    head = words[-1]
    if head.low in PRONOUNS:
        return None
    d = 1 if words[0].low in DETERMINERS and len(words) > 1 else 0
    first = words[d].low
    if (len(words) > d + 2 and not words[d].is_cap and words[d + 1].low in _PREPS
            and (first in SPEAKER_NOUNS or first.rstrip("s") in SPEAKER_NOUNS)):
        return "description"  # "voters in New York", "officials at the Treasury": people, not the place
    if any(_is_name_word(t) for t in words):
        return "name"
    if any(w.low in SPEAKER_NOUNS or w.low.rstrip("s") in SPEAKER_NOUNS or _is_head(w) or _people_plural(w)
           for w in words):
        return "description"  # "officials", "a report", "crane operators"
    return None


_PARTITIVES = frozenset(
    """
    one two three four five six seven eight nine ten some many most several none each all any both few half
    majority minority dozens hundreds thousands number handful plurality third quarter fifth
    array group host range variety couple lot series slew bunch chorus
    """.split()
)
_COLLECTIVE_SIZES = frozenset("wide broad large small growing whole big huge vast diverse bipartisan".split())
_AUXILIARIES = frozenset(
    """
    is are has have had will would can could should may might must does did do 's
    """.split()
)
# finite verbs: the auxiliaries as verbs of a clause, with was/were and without the bare "do" and "'s"
_FINITE = (_AUXILIARIES - {"do", "'s"}) | {"was", "were"}


_DAY_WORDS = frozenset("today yesterday tonight".split())


def _skip_between_back(toks: list[Tok], i: int) -> int:
    """Index of the last token of the speaker phrase, skipping adverbs, auxiliaries and time phrases."""
    while i >= 0:
        t = toks[i]
        low = t.low
        if t.is_cap and low in SURNAME_WORDS and i >= 1 and gender_of_first_name(toks[i - 1].text):
            break  # "Theresa May said": a surname, not the modal
        if t.is_cap and low in _DAY_WORDS:
            break  # "USA TODAY said": part of a name; "Ruiz today said" skips the lower-case word
        if low in BETWEEN_WORDS or low in _AUXILIARIES or (low.endswith("ly") and not t.is_cap and len(low) > 4
                                                           and low not in _LY_NOUNS) \
                or low == "not" or low.endswith(("n't", "n\u2019t")):  # "X did not defend the levy", "X wouldn't endorse"
            i -= 1
            continue
        if low == "to" and i >= 1 and toks[i - 1].low in CATENATIVES:
            i -= 2  # "Cruz seemed to blame the network", "She continued to defend the deal"
            continue
        if low == "to" and i >= 2 and toks[i - 1].low == "on" and toks[i - 2].low in ("went", "goes", "go"):
            i -= 3  # "Caddell went on to discuss ..."
            continue
        # "Smith on Tuesday said", "Smith last week told"
        if low in TIME_WORDS and i >= 1 and toks[i - 1].low in ("on", "last", "this", "in", "earlier", "late"):
            i -= 2
            continue
        adjunct = _ADJUNCTS_BACK.get(low)
        if adjunct is not None and i >= len(adjunct) and all(
                toks[i - 1 - k].low in w.split("|") for k, w in enumerate(adjunct)):
            i -= len(adjunct) + 1  # "Trump at the time said", "Lind, for his part, said"
            continue
        break
    return i


# Set phrases between a speaker and the cue, read backwards from their last word: "at the time",
# "for his part", "in turn", "in response", "by contrast", "of course", "in fact"
_ADJUNCTS_BACK = {
    "time": ("the", "at"), "point": ("one", "at"), "part": ("his|her|their|its|our", "for"), "turn": ("in",),
    "response": ("in",),
    "contrast": ("by",), "course": ("of",), "fact": ("in",), "past": ("the", "in"), "times": ("at",),
}


ROLE_MODIFIERS = frozenset(
    """
    former retired current longtime acting interim outgoing incoming senior junior chief deputy top
    then veteran fellow late prominent leading independent conservative liberal state federal local
    national regional international general executive managing vice assistant associate principal
    lead special press campaign party union industry company government ministry white house
    sporting marketing operating founding ranking reigning technical financial medical legal commercial
    creative editorial political
    """.split()
)
_ROLE_WORDS = ROLE_MODIFIERS | TITLE_WORDS | SPEAKER_NOUNS


# Speaker nouns that are things, not roles: "In a Bloomberg interview Trump declared" is Trump alone.
_THINGS = DOCUMENT_HEADS | frozenset(
    """
    interview statements reports poll polls surveys studies memo speech remarks video footage book article
    piece email emails tweet tweets message messages site page film documentary verdict law bill bylaws
    rules resolution platform data figures numbers statistics records record slide chart clip ad ads spot
    website blog journal daily magazine network outlet paper newspaper broadcaster media
    """.split()
)


# trades that stand before a name ("Businessman Karl Otten") but, alone, describe someone named long before
# ("the businessman" in a campaign story is the candidate), so they head no speaker phrase of their own
_TRADES_BEFORE_NAMES_ONLY = frozenset("businessman businesswoman businessperson tycoon magnate industrialist".split())


# heads that open a role of two: "chief executive", "chief economist", "executive director", "deputy governor"
_FIRST_OF_TWO_WORD_ROLES = frozenset("chief executive deputy assistant vice".split())


def _is_head(t: Tok) -> bool:
    low = t.low
    return t.is_word and not t.is_cap and low not in _TRADES_BEFORE_NAMES_ONLY and (
        low in SPEAKER_NOUNS or low in DOCUMENT_HEADS or low in OCCUPATIONS
        or (low.endswith("s") and (low[:-1] in SPEAKER_NOUNS or low[:-1] in OCCUPATIONS)))


def _is_head_at(toks: list[Tok], k: int) -> bool:
    """A head noun, capitalised only where a sentence starts ("Officials in Halden said")."""
    t = toks[k]
    if _is_head(t):
        return True
    return t.is_cap and (k == 0 or not toks[k - 1].is_word) and _is_head(make_tok(t.start, t.end, t.low))


def _is_modifier(t: Tok) -> bool:
    if not t.is_word:
        return t.text in ("-", "&")
    low = t.low
    if low in DETERMINERS:
        return True
    if t.is_cap:
        return low not in NOT_NAMES or low in ("mr", "mrs", "ms", "dr")
    return low not in CLAUSE_WORDS and low not in _PREPS and low not in ("and", "or", "but", "nor") \
        and low not in _CUE_VERBS  # "Rubio says the latest polls showing": "says" ends the phrase


_CUE_VERBS = frozenset("said says say told tells noted notes added adds wrote writes argued argues".split())


_WORD_AT = re.compile(r"[A-Za-z]+")
_APPOSITIVE = re.compile(
    r"\s*,\s*((?:[^,.;:\u201c\u201d\"]|(?<=\b[A-Z])\.){3,120}?)(?=\s*(?:[,;:\u201c\u201d\"]|\.(?<!\b[A-Z]\.)|$))")
SAYING_VERBS = frozenset(
    "said says say told tells tell wrote writes asked asks replied replies explained explains recalled recalls warned "
    "warns added adds remarked remarks commented comments insisted insists argued argues stressed "
    "stresses declared declares admitted admits acknowledged acknowledges conceded concedes responded responds "
    "quipped joked shouted yelled".split())


def phrase_before(text: str, lo: int, cue_start: int, *, subject: bool = True) -> Phrase | None:
    """:func:`_phrase_before`, remembered for the article: about one call in nine repeats one
    (the quote and reported-speech passes look at the same cues). Phrases are immutable."""
    if _CACHE.text is not text:
        _use_text(text)
    key = (lo, cue_start, subject)
    memo = _CACHE.phrases
    if key in memo:
        return memo[key]
    ph = _phrase_before(text, lo, cue_start, subject)
    if subject and (ph is None or ph.kind == "description" and ph.start > lo) \
            and (who := _DESCRIBED_WHO.match(text, lo, cue_start)) is not None:
        # "A witness who was standing outside the bar smoking said": the witness, not "the bar smoking"
        ph = Phrase(who.start("np"), who.end("np"), "description")
    if ph is None and subject and text[cue_start - 2:cue_start] == ", " \
            and (adj := _ADJUNCT_BEFORE_CUE.search(text, max(lo, cue_start - 120), cue_start)) is not None \
            and adj.start() > lo:
        # "The World Bank, in a report released on Monday, said", "The study, published in The Lancet, found"
        ph = _phrase_before(text, lo, adj.start(), subject)
    if ph is None and subject and text[cue_start - 2:cue_start] == ", " \
            and (rel := _CLAUSE_WITH_QUOTE_BEFORE_CUE.search(text, max(lo, cue_start - 200), cue_start)) is not None \
            and rel.start() > lo:
        # 'Owen Marsh, who called the plan "a disaster", said', 'The memo, marked "confidential", says': the
        # subject before the clause that holds a quotation
        ph = _phrase_before(text, lo, rel.start(), subject)
    if ph is not None and ph.kind == "description" and (_NAMING_VERB.match(text, cue_start)
                                                        or _SAID_THEN_VERB.match(text, cue_start)) \
            and (rr := _REDUCED_RELATIVE.fullmatch(text, ph.start, ph.end)) \
            and people_plural(rr.group("who").lower().split()[-1]) and not is_role_word(rr.group("thing")) \
            and rr.group("thing").lower() not in ROLE_MODIFIERS:
        ph = Phrase(rr.start("who"), rr.end("who"), "description")  # "a problem economists call": the economists
    if ph is not None and ph.kind == "description" and _TIME_NP.fullmatch(text, ph.start, ph.end) and ph.start > lo:
        ph = _phrase_before(text, lo, ph.start, subject)  # "Gerrit Lindqvist the next day said": a time, not a speaker
    elif ph is not None and ph.kind == "description" and (t := _TIME_NP.match(text, ph.start, ph.end)) is not None \
            and (w := _PEOPLE_AFTER_TIME.match(text, t.end(), ph.end)) is not None:
        ph = Phrase(w.end(), ph.end, "description", ph.appositive)  # "The next day officials said": the officials
    if ph is not None and text[ph.start:ph.end] in CORPORATE_SUFFIXES \
            and (firm := _FIRM_BEFORE_SUFFIX.search(text, max(lo, ph.start - 80), ph.start)) is not None:
        ph = Phrase(firm.start(), ph.end, "name", ph.appositive)  # "Norvella Therapeutics, Inc.", not "Inc."
    memo[key] = ph
    return ph


_TIME_NP = re.compile(r"(?:[Tt]he|[Tt]hat)\s+(?:next|following|previous|same)\s+(?:day|week|month|year|morning|afternoon|"
                      r"evening|night|weekend)")
_PEOPLE_AFTER_TIME = re.compile(r",?\s+(?=[a-z]+s\b|[A-Z])")  # "The next day [officials]"
# "a problem economists call ...", "a tactic critics describe as ...": a thing, then the people who name it
_NAMING_VERB = re.compile(r"(?:call|describe|term|dub|consider|regard|label|brand)(?:s|ed|d)?\b")
# a cue with no subject after it, only its verb: "a move critics [say is] too small", "a figure economists said was"
_SAID_THEN_VERB = re.compile(r"(?:say|says|said|believe|believes|believed|think|thinks|thought)\s+"
                             r"(?:is|was|are|were|would|will|could|has|had|may|might)\b")
_REDUCED_RELATIVE = re.compile(r"(?:a|an|what)\s+(?P<thing>[a-z]+)\s+(?P<who>(?:(?:his|her|their|its|the|our)\s+)?[a-z]+s)")
# a described subject and its relative clause, no comma, then the cue: "A neighbour who lives across the street said"
_DESCRIBED_WHO = re.compile(r"\s*(?P<np>(?:A|An|One|Another|Two|Three|Several|Some|Many)\s+(?:(?!(?:is|was|are|were|that)\s)[A-Za-z-]+\s+){0,2}[A-Za-z]+)"
                            r"\s+who\s+(?:[^,;:.!?\"\u201c\u201d\n\s]+\s+){3,16}$")  # not "A man who police said"
_CLAUSE_WITH_QUOTE_BEFORE_CUE = re.compile(
    r",\s+(?:who|which|whose|marked|labelled|labeled|stamped|titled|headlined|entitled|dubbed|nicknamed)\s+"
    r"[^,.;:!?\"\u201c\u201d\n]*[\"\u201c][^\"\u201c\u201d\n]{1,80}[\"\u201d][^,.;:!?\"\u201c\u201d\n]{0,60},\s$")
# a phrase between commas before a cue that says where, when or how something was said, not who said it
_ADJUNCT_BEFORE_CUE = re.compile(
    r",\s+(?:in|on|at|during|after|before|under|published|released|issued|posted|writing|speaking|citing)\b"
    r"[^,;:.!?\"\u201c\u201d\n]{2,100},\s$")
_FIRM_BEFORE_SUFFIX = re.compile(r"[A-Z][\w&'\u2019.-]*(?:\s+(?:[A-Z][\w&'\u2019.-]*|&|and|of))*,\s*$")


def _phrase_before(text: str, lo: int, cue_start: int, subject: bool) -> Phrase | None:
    """The speaker phrase that ends right before a cue at ``cue_start`` (searching back to ``lo``).

    Three shapes: a pronoun ("he said"); a name with its titles and role
    words ("Trump campaign spokesman Jason Miller said", "Harry Reid (D-Nev.)
    said"); a description around a speaker noun ("three people familiar with
    the talks said", "a senior White House official said"). An appositive
    between commas ("Ana Ruiz, chief economist at X, told") is kept aside.
    """
    if (text[cue_start - 2:cue_start - 1].isdigit() or text.startswith("News ", cue_start - 5)) \
            and (numbered := NUMBERED_OUTLET.search(text, max(lo, cue_start - 40), cue_start)) is not None \
            and numbered.end() >= cue_start - 1:
        return Phrase(numbered.start(), numbered.end(), "name")  # "France 24 reported", "Channel 4 News said"
    toks = tokens(text, lo, cue_start)
    i = _skip_between_back(toks, len(toks) - 1)
    if i < 0:
        return None
    if _be_right_before(toks) and _passive_cue(text, cue_start):
        return None  # "The board is expected to name a chair": the board expects nothing; someone expects it
    t = toks[i]
    if t.is_word and t.low in PRONOUNS:
        return Phrase(t.start, t.end, "pronoun")
    if t.is_word and t.low in ("which", "that") and i >= 1 and (
            i == len(toks) - 1 and _said_at(text, cue_start) and (
                toks[i - 1].text == "," or toks[i - 1].is_word and toks[i - 1].low not in _NOT_ANTECEDENT
                and not _verb_before_that(toks, i - 1)  # not "called that claim": a determiner
                and not _SAID_WHEN_BEFORE.search(text, max(lo, t.start - 40), t.start))
            or t.low == "which" and toks[i - 1].text == "," and i >= 2 and _speaking_body(toks[i - 2])
            and not any(x.low in _BE_FORMS for x in toks[i + 1:])):
        # "a letter from his doctor that says ...", "the police department, which reported ...",
        # "the group, which has endorsed Sanders": the relative pronoun is the subject; who it stands
        # for is settled with the speakers
        return Phrase(t.start, t.end, "pronoun")
    if t.is_word and t.low[-2:] in ("'s", "\u2019s", "'d", "\u2019d", "'m", "\u2019m") and t.low[:-2] in PRONOUNS:
        return Phrase(t.start, t.end - 2, "pronoun")  # "He's claiming", "who'd endorsed": the pronoun
    if t.is_word and t.low[-3:] in ("'ll", "\u2019ll", "'ve", "\u2019ve", "'re", "\u2019re") and t.low[:-3] in PRONOUNS:
        return Phrase(t.start, t.end - 3, "pronoun")  # "what I'll tell you", "they've said": the pronoun
    cue = _WORD_AT.match(text, cue_start)
    saying = bool(cue) and cue.group().lower() in SAYING_VERBS
    if cue and t.low == "as" and cue.group().lower() in ("saying", "telling", "writing"):
        if (q := _QUOTED_AS.search(text, max(lo, cue_start - 100), cue_start)) is not None:
            if q.group("who").lower() in ("him", "her", "them"):
                return Phrase(q.start("who"), q.end("who"), "pronoun")  # "The agency quoted her as saying"
            return _phrase_before(text, q.start("who"), q.end("who"), subject)  # "Tass quoted Lavrov as saying"
        if (q := _QUOTED_AS_PASSIVE.search(text, max(lo, cue_start - 120), cue_start)) is not None:
            return _phrase_before(text, lo, q.start(), subject)  # "Lavrov was quoted by Tass as saying"
    if cue and cue.group().endswith("ing") and _is_name_word(t) and (
            i == len(toks) - 1 or all(x.low.endswith("ly") for x in toks[i + 1:])):
        # "footage of Hillary Clinton asking", "a video of Trump saying": the name right before
        # a participle is the one speaking, whatever the phrase around it
        ph = _name_or_description_at(toks, i, saying)
        j = (_index_at(toks, ph.start) or 0) if ph is not None else 0
        if ph is not None and ph.kind == "name" and not (j >= 1 and toks[j - 1].low == "to"):
            return ph  # not "wrote in a statement to Wired explaining": Wired is whom he wrote to
    ph = _phrase_before_at(text, toks, i, subject, saying)
    if ph is None and subject and saying and toks[i].is_word and toks[i].low not in _VERBISH_AFTER_RELATIVE \
            and toks[i].low not in ("to", "not", "never", "also", "been", "be", "and", "or", "but") \
            and not toks[i].low.endswith("ly"):
        ph = _relative_subject(toks, i, saying)
    ph = _without_trailing_participle(toks, _with_coordinated(toks, without_opening_words(text, ph), saying))
    appos = text[ph.appositive[0]:ph.appositive[1]].lower() if ph is not None and ph.appositive is not None else ""
    if appos.startswith(("a ", "an ")) and text[ph.start:ph.end].lower() in _BARE_QUANTIFIERS \
            and is_role_word(words_before_pp(appos)[-1]):
        # "Another, a former minister, told the Sentinel": the appositive says who
        return Phrase(ph.appositive[0], ph.appositive[1], "description")
    return ph


_BARE_QUANTIFIERS = frozenset("another one others some".split())


# "Kestpress quoted Interior Minister Ilya Dorn as [saying]": the one quoted speaks
QUOTING_VERBS = frozenset("quoted quotes quoting cited cites citing".split())
#: The one quoted, then "as saying": what a quoting verb (:data:`QUOTING_VERBS`) is followed by when it
#: hands the words on ("Tass quoted [Lavrov] as saying"; not "cited rising costs as well as saying")
AS_SAYING_AFTER = re.compile(r"\s+(?!by\s)(?P<who>[^.,;:\"\u201c\u201d]{2,80}?)(?<!as well)\s+as\s+(?:saying|telling|writing)\b")
_QUOTED_AS = re.compile(
    r"\b(?:" + "|".join(sorted(QUOTING_VERBS)) + r")\s+(?!by\s)(?P<who>[^.,;:\"\u201c\u201d]{2,80}?)(?<!as well)\s+as\s+$")
_QUOTED_AS_PASSIVE = re.compile(
    r"\s+(?:was|were|is|are|has\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:quoted|cited)(?:\s+by\s+[^.,;:\"\u201c\u201d]{1,60}?)?\s+as\s+$")


#: Participles whose subject, after "is"/"are", is what is spoken of, not who speaks ("The board is
#: expected to ...", "Pigs are considered unclean"); not those of a state the subject is in, which are
#: its own stance ("Ackman is convinced that ...", "is persuaded of", "is worried").
_PASSIVE_SPEECH = frozenset(
    """expected thought believed said reported rumored rumoured known considered estimated alleged accused
    criticized criticised praised described listed remembered told asked seen found shown projected
    predicted feared viewed regarded deemed credited blamed named called urged advised
    suspected understood presumed supposed claimed""".split())


def _be_right_before(toks: list[Tok]) -> bool:
    """Do the tokens end in "is"/"are", then adverbs at most ("is widely", "are not")?"""
    j = len(toks) - 1
    while j >= 0 and (toks[j].low.endswith("ly") or toks[j].low in ("not", "also", "still", "now", "long")):
        j -= 1
    return j >= 0 and toks[j].low in ("is", "are")


def _passive_cue(text: str, cue_start: int) -> bool:
    """Is the cue at ``cue_start`` a participle of :data:`_PASSIVE_SPEECH` after "is"/"are" with no
    agent ("is expected to", "are thought to"; not "is criticized by the union")?"""
    m = _WORD_AT.match(text, cue_start)
    if m is None or m.group().lower() not in _PASSIVE_SPEECH:
        return False
    after = _AFTER_PASSIVE.match(text, m.end())
    return after is None or bool(after.group("had")) and after.group("had").lower() not in CUES | NAMING_CUES


# "is criticized by", "is quoted as saying", "is said to have told aides": the subject speaks after all
# (the last only with a cue after "to have"; not "is believed to have fled")
_AFTER_PASSIVE = re.compile(r"\s+(?:by\b|as\s+(?:saying|telling|writing)\b|to\s+have\s+(?P<had>[A-Za-z]+))")


def _without_trailing_participle(toks: list[Tok], ph: Phrase | None) -> Phrase | None:
    """"Court documents filed [on Monday] show": the participle after the head is not the speaker's.
    And a lone document word after a modal is a verb: "The court will review claims that ..." """
    if ph is None or ph.kind != "description":
        return ph
    j = _index_at(toks, ph.start)
    if j is not None and j >= 1 and toks[j].end == ph.end and toks[j].low in DOCUMENT_HEADS \
            and toks[j - 1].low in _MODALS_TO:
        return None
    k = j
    while k is not None and k + 1 < len(toks) and toks[k + 1].start < ph.end:
        k += 1
    if j is None or k is None or k - j < 1:
        return ph
    last, head = toks[k], toks[k - 1]
    if last.is_word and not last.is_cap and last.low.endswith("ed") and last.low not in ROLE_MODIFIERS \
            and _is_head(head):
        return Phrase(ph.start, head.end, ph.kind, appositive=ph.appositive)
    return ph


_MODALS_TO = _AUXILIARIES | frozenset("shall to not never also".split())  # before a verb, not a noun


def _with_coordinated(toks: list[Tok], ph: Phrase | None, saying: bool) -> Phrase | None:
    """"teachers and union officials told": a description joined by "and" to the one found speaks
    with it, when the two open the clause."""
    if ph is None or ph.kind != "description":
        return ph  # names stay apart: "Rubio and Cruz said" is Cruz's mention, not a new person
    j = _index_at(toks, ph.start)
    if j is None or j < 2 or toks[j - 1].low != "and":
        return ph
    other = _name_or_description_at(toks, j - 2, saying) or _bare_plural(toks, j - 2)
    if other is None or other.kind != "description":
        return ph
    k = _index_at(toks, other.start)
    if k is None or not _surely_subject(toks, k):
        return ph
    return Phrase(other.start, ph.end, ph.kind, appositive=ph.appositive)


def _verb_before_that(toks: list[Tok], k: int) -> bool:
    """A verb before "that" makes it a determiner or a conjunction: "called that claim", "denied that";
    but a noun after a determiner is its antecedent ("a report that says", "a note that said")."""
    t = toks[k]
    if t.is_cap or not (t.low in CUES or t.low in NAMING_CUES or t.low.endswith("ed") and len(t.low) > 4):
        return False
    before = toks[k - 1] if k >= 1 else None
    return not (before is not None and before.is_word and (
        before.low in DETERMINERS or before.low.endswith(("'s", "\u2019s")) or before.low in _PP_ADJECTIVES))


def _said_at(text: str, pos: int) -> bool:
    """Is the word at ``pos`` a verb of saying, not of stance ("a letter that says", not "policies
    that help workers")?"""
    m = _WORD_AT.match(text, pos)
    return m is not None and m.group().lower() in SPEECH_CUES


def _speaking_body(t: Tok) -> bool:
    """Does a phrase ending in ``t`` name a body that takes positions ("the Greater Wisconsin Committee, which
    backed ...", "the union, which ...") rather than a thing ("the bill, which offers ...")?"""
    return t.is_word and (t.is_cap or t.low in _BODY_WORDS or t.low in _FINDING_BODIES
                          or t.low in ("group", "groups", "party", "pac", "board"))


# bodies and documents that find and rule: "the tribunal, which found that ...", "a study, which found"
_FINDING_BODIES = frozenset("tribunal court panel inquiry review study report survey audit jury regulator watchdog "
                            "agency ministry department authority investigation probe analysis".split())


# "said on Tuesday that", "told reporters last week that": "that" opens what was said, it is no relative pronoun
_SAID_WHEN_BEFORE = re.compile(r"\b(?:said|says|told|tells|announced|added|stated|wrote)\s+(?:on\s+[A-Z]\w+|last|this|"
                               r"late|early|earlier|reporters|journalists|lawmakers|parliament)\b[\w ]{0,25}\s$")
# (not "wrote in an open letter that argued ...": there "that" is the letter's)
# "which is outlined in a report": a passive, whose subject is no speaker
_BE_FORMS = frozenset("is are was were be been being".split())
# words after which "that" or "which" is no relative pronoun: "said that says", "so that", "all that"
_NOT_ANTECEDENT = frozenset("so such all than said says say told tells is was are were be and or but of in to".split())
_RELATIVE_WORDS = frozenset("who that".split())
# "officials who spoke with the Post", "people who know him": verbs that open a subject's relative clause
_RELATIVE_CLAUSE_VERBS = frozenset(
    "spoke speak speaks met meet know knew knows saw see attend attends work works worked live lives lived "
    "support supports oppose opposes back backs voted vote votes spent spend".split())
_VERBISH_AFTER_RELATIVE = frozenset("have has had are were is was will would can could do did".split())


def _relative_subject(toks: list[Tok], i: int, saying: bool) -> Phrase | None:
    """"Supporters who have heard from the campaign say", "people who lost their insurance said": a
    subject with a relative clause of its own. The clause must open with its verb ("the man who
    police say shot him" is no such subject)."""
    for w in range(i, max(-1, i - 16), -1):
        t = toks[w]
        if not t.is_word and t.text not in ("-", "'", "\u2019", "$", "%"):
            return None  # no commas, dashes or quotation marks inside the subject
        if t.low not in _RELATIVE_WORDS or w == i or w == 0:
            continue
        v = toks[w + 1]
        if not (v.low in _VERBISH_AFTER_RELATIVE or v.low in _RELATIVE_CLAUSE_VERBS or v.low in _PAST_FORMS
                or (not v.is_cap and v.low.endswith("ed") and len(v.low) > 4)):
            return None
        head = _name_or_description_at(toks, w - 1, saying) or _bare_plural(toks, w - 1)
        if head is None or head.kind == "pronoun":
            return None
        j = _index_at(toks, head.start)
        if j is None or not _surely_subject(toks, j):
            return None
        return Phrase(head.start, toks[i].end, head.kind if head.kind == "description" else "description")
    return None


_SAID_WORDS = frozenset("said says told tells".split())
_CONJUNCTION_THAT_BEFORE = DETERMINERS | PRONOUNS | frozenset("experts polls officials critics analysts".split())


def without_opening_words(text: str, ph: Phrase | None) -> Phrase | None:
    """A phrase never opens with a conjunction: "But a source familiar with X" is "a source familiar
    with X"; "(reported) that the company" is "the company"."""
    if ph is None or ph.kind == "pronoun":
        return ph
    inside = tokens(text, ph.start, ph.end)
    if inside and not inside[0].is_cap and (inside[0].low in _FINITE or inside[0].low in _AUXILIARIES
                                            or inside[0].low in _PAST_VERBS):
        return None  # "sent a letter to Comey", "has set up a website": a verb phrase, not a speaker
    for v in range(len(inside) - 2, 0, -1):
        if not inside[v].is_cap and inside[v].low in _SAID_WORDS and inside[v + 1].is_word:
            # "Marrow said mediators [hoped]", "A senior official said mediators": the subject of the clause
            # reported, not the one who reports it
            rest = inside[v + 1:]
            if not (rest[0].is_cap and rest[0].low not in NOT_NAMES or any(_is_head(t) or _people_plural(t) for t in rest)):
                return None  # "the agency said in a June [report]", "X says the cap [will add]": no one speaks there
            inside = rest
            ph = Phrase(inside[0].start, ph.end, ph.kind if inside[0].is_cap else "description", appositive=ph.appositive)
            break
    for v in range(1, len(inside) - 1):
        if inside[v].low in ("who", "that", "which", "whose"):
            break  # the verbs after belong to a relative clause: "people who have battled other threats"
        if _finite_verb_at(inside, v):
            # "The Cruz campaign [sent a fundraising email]", "A recent CNN survey [found 90 percent]":
            # the phrase is its subject only
            e = v
            while e > 0 and not inside[e - 1].is_cap and (
                    inside[e - 1].low.endswith("ly") and inside[e - 1].low not in _LY_ADJECTIVES
                    or inside[e - 1].low in _ADVERBS_AFTER_SUBJECT):  # not the surname "Kelly"
                e -= 1  # "The Republican nominee also outlined ...", "The ministry later issued": not the adverb
            if e == 0 or inside[e - 1].low in _PREPS or inside[e - 1].low in DETERMINERS or not (
                    _is_name_word(inside[e - 1]) or _is_head(inside[e - 1]) or inside[e - 1].low.endswith("s")):
                return None  # nothing that can speak is left: "recently", "a group of", "many believe"
            ph = Phrase(ph.start, inside[e - 1].end, ph.kind, appositive=ph.appositive)
            inside = inside[:e]
            break
    for v in range(len(inside) - 2, 0, -1):
        if inside[v].low == "that" and not inside[v].is_cap and _opens_that_clause(inside[v + 1]):
            # "Clinton evinces confidence that Sanders supporters [will back her]": the subject of
            # the clause after "that", not the words before it
            inside = inside[v + 1:]
            if inside[0].low in PRONOUNS or any(_verb_like(t) for t in inside[1:]):
                return None  # "that Rubio recites the same campaign", "that she violated agency": a clause
            ph = Phrase(inside[0].start, ph.end, ph.kind, appositive=ph.appositive)
            break
    k = 0
    while k < len(inside) - 1:
        t, nxt = inside[k], inside[k + 1]
        if t.is_cap and t.low in NOT_NAMES and t.low not in DETERMINERS and t.low.rstrip(".") not in (
                "mr", "mrs", "ms", "dr") and not (t.low in _FIRST_NAME_WORDS and nxt.is_cap and ph.kind == "name") \
                and not (t.low == "first" and nxt.low in FIRST_TITLES and k + 2 < len(inside)):
            k += 1  # "But", "And", "While"; not "Will Estrada", "First Minister Colm Ferriter"
        elif t.low == "that" and not t.is_cap and (nxt.low in _CONJUNCTION_THAT_BEFORE or nxt.is_cap
                                                    or nxt.low.endswith("s")):
            k += 1
        else:
            break
    if k == 0:
        return ph
    if any(t.low in PRONOUNS for t in inside[:k]) or inside[k].low in _PAST_VERBS or inside[k].low in _FINITE:
        return None  # "They sent a letter to Senate leaders": a clause, not a speaker phrase
    return Phrase(inside[k].start, ph.end, ph.kind, appositive=ph.appositive)


def _opens_that_clause(t: Tok) -> bool:
    """Can ``t``, right after "that", open the subject of a clause (not a relative clause's verb)?"""
    low = t.low
    if low in _FINITE or low in _AUXILIARIES or low in _PAST_VERBS or low in SPEECH_CUES or low in STANCE_CUES:
        return False
    return low in _CONJUNCTION_THAT_BEFORE or t.is_cap or (t.is_word and low not in _PREPS and not _verb_like(t))


def _past_verb(t: Tok) -> bool:
    """A past verb (or the particle of "put out") before an object: "released [a statement]"."""
    low = t.low
    return not t.is_cap and (low in _PAST_FORMS or low in _PAST_VERBS or low in ("out", "up")
                             or (low.endswith("ed") and len(low) > 4))


def _verb_like(t: Tok) -> bool:
    """Any verb form that makes words a clause rather than a speaker phrase, cues included; wider than
    :func:`_past_verb`, without its particles and with "aged", "based", "armed" kept as adjectives."""
    low = t.low
    return not t.is_cap and (low in _FINITE or low in _PAST_FORMS or low in _PAST_VERBS or low in SPEECH_CUES
                             or low in STANCE_CUES or (low.endswith("ed") and len(low) > 4 and low not in ("aged", "based", "armed")))


def _finite_verb_at(toks: list[Tok], v: int) -> bool:
    """A past verb with its object right after it ("sent a", "found 90", "lauded Mr."), not a participle
    ("obtained by", "based on") nor an adjective after a determiner ("the retired general")."""
    t, nxt, prev = toks[v], toks[v + 1], toks[v - 1]
    if t.is_cap or not t.is_word or prev.low in DETERMINERS or prev.low in _AUXILIARIES or prev.low in _FINITE:
        return False
    verb = t.low in _PAST_FORMS or t.low in ("shares", "share") or (t.low.endswith("ed") and len(t.low) > 4)
    if verb and nxt.low in ("out", "up", "off", "down", "back") and v + 2 < len(toks):
        nxt = toks[v + 2]  # "carried out two attacks", "set up a website": a phrasal verb and its object
        return nxt.low in DETERMINERS or nxt.low in NUMBER_WORDS or nxt.text[:1].isdigit()
    return verb and (nxt.low in DETERMINERS or nxt.is_cap or nxt.text[:1].isdigit()) and nxt.low not in _PREPS


_DASHES = frozenset("- \u2014 \u2013".split())


def _phrase_before_at(text: str, toks: list[Tok], i: int, subject: bool, saying: bool) -> Phrase | None:
    t = toks[i]
    if t.text == ")":
        j = i - 1
        while j >= 0 and toks[j].text != "(" and i - j < 12:
            j -= 1
        if j <= 0 or toks[j].text != "(":
            return None
        return _name_or_description(toks, j - 1, saying)
    if t.text in _DASHES and subject:
        # "The justice -- who has been in a scuffle with him -- said", "Kall — co-editor of a book — said"
        close = i - 1 if i >= 1 and toks[i - 1].text == "-" and t.text == "-" else i
        j = close - 1
        while j >= 1 and close - j < 40 and toks[j].text not in _DASHES and toks[j].text not in (".", ";", ":"):
            j -= 1
        if j < 1 or toks[j].text not in _DASHES:
            return None
        if toks[j].text == "-" and toks[j - 1].text == "-":
            j -= 1
        ph = _name_or_description(toks, j - 1, saying)
        return ph if ph is not None and ph.kind != "pronoun" else None
    if t.text in ("\u201d", '"') and i >= 2 and toks[i - 1].text == "," and subject:
        # 'Humphrey, who calls Trump a "sociopath," said': a relative clause ending in a quotation
        for k in range(i - 2, max(0, i - 40), -1):
            if toks[k].text in (";", ".", ":"):
                break
            if toks[k].text == "," and toks[k + 1].low in ("who", "which", "whose"):
                name = _name_or_description(toks, k - 1, saying)
                if name is None or name.kind == "pronoun":
                    break
                return Phrase(name.start, name.end, name.kind, appositive=(toks[k + 1].start, toks[i - 2].end))
    if t.text == "," and i >= 1 and toks[i - 1].text == ")" and subject:
        ph = _phrase_before_at(text, toks, i - 1, subject, saying)  # "Sen. Jack Reed (D-R.I.), said"
        if ph is not None and ph.kind == "description" and (
                ap := _appositive_before(text, toks, i, saying)) is not None and ap.kind == "name":
            return ap  # "Ann Lee, general secretary of the Staff Union (SU), said": the name, not her role
        if ph is None:
            # "Critics, including Sen. Amira Costa (D-Mass.), said": an appositive that ends in a party tag
            return _appositive_before(text, toks, i, saying)
        return ph
    if t.text == "," and subject:
        # "Acme Corp., whose chief executive, John Smith, resigned last week, said": the relative clause runs
        # over commas of its own; the subject is before "whose"
        for k in range(i - 1, max(0, i - 40), -1):
            if toks[k].text in (";", ".", ":", "\u201d", '"'):
                break
            if toks[k].low == "whose" and toks[k - 1].text == "," and (close := next(
                    (j for j in range(k + 2, min(k + 6, i)) if toks[j].text == ","), None)) is not None \
                    and toks[close + 1].is_cap and not any(x.low in ("and", "but") for x in toks[k:i]):
                # ("The victim, whose name was not released, died ..., and a neighbour, Tom Lee, said": no)
                name = _name_or_description(toks, k - 2, saying)
                if name is not None and name.kind != "pronoun":
                    return Phrase(name.start, name.end, name.kind, appositive=(toks[k].start, toks[i - 1].end))
                break
    if t.text == ",":
        return _appositive_before(text, toks, i, saying)
    if not subject:
        return _name_or_description_at(toks, i, saying)
    return _name_or_description(toks, i, saying)


# Words that may stand right before a subject: clause openers, not verbs or prepositions.
_BEFORE_SUBJECT = frozenset(
    """
    and but or nor that because while when whereas as after before if since so though although where
    until unless once also then now meanwhile still yet thus instead later earlier today yesterday
    tonight which whom
    """.split()
)


_OBJECT_MARKERS = _PREPS | frozenset(
    """
    into about against over under through toward towards between among without within like than via
    per upon onto across behind beyond
    """.split()
)


def _subject_position(toks: list[Tok], j: int) -> bool:
    """Can a phrase starting at token ``j`` be a subject? Not after a preposition or a verb ("from voters")."""
    if j <= 0:
        return True
    p = toks[j - 1]
    if not p.is_word:
        return True
    low = p.low
    if low in _OBJECT_MARKERS:
        return False  # "In a statement announcing ...", "from voters"
    if p.is_cap or low in _BEFORE_SUBJECT or low in CUE_LIKE:
        return True
    if low in FIELD_PARTICIPLES:
        return True  # "planning officer James Rook", "housing minister Ann Lee": a field, not a verb
    return not (low.endswith(("ed", "ing")) and len(low) > 4)




_SHARES = frozenset(
    """
    percent % half third thirds quarter quarters three-quarters two-thirds majority plurality minority most
    """.split()
)
_SHARE_LEAD = frozenset("a an about nearly almost roughly only just some over under more than fewer less full whopping mere".split())


def _share_of_people(toks: list[Tok], i: int) -> Phrase | None:
    """A poll's respondents as a subject: "24 percent said", "Nearly half said", "a third of
    voters said", "Six in 10 said": the share speaks for the people it counts."""
    t = toks[i]
    j = None
    if t.low in _SHARES and i >= 1 and (toks[i - 1].text[0].isdigit() or toks[i - 1].low in NUMBER_WORDS
                                         or toks[i - 1].low.split("-")[-1] in NUMBER_WORDS):
        j = i - 1  # "24 percent", "Twenty-four percent"
    elif t.low in _SHARES and t.low not in ("percent", "%", "most"):
        j = i  # "half", "a third", "two-thirds"
    elif (t.text.isdigit() or t.low in NUMBER_WORDS) and i >= 2 and toks[i - 1].low == "in" and (
            toks[i - 2].text.isdigit() or toks[i - 2].low in NUMBER_WORDS):
        j = i - 2  # "Six in 10", "One in five"
    elif (t.text.isdigit() or t.low in NUMBER_WORDS) and i >= 3 and toks[i - 1].low == "of" \
            and toks[i - 2].low == "out" and (toks[i - 3].text.isdigit() or toks[i - 3].low in NUMBER_WORDS):
        j = i - 3  # "four out of 10"
    elif (t.text.isdigit() or t.low in NUMBER_WORDS) and i >= 2 and toks[i - 1].low == "but" \
            and toks[i - 2].low == "all":
        j = i - 2  # "All but two"
    if j is None:
        return None
    while j >= 1 and toks[j - 1].is_word and toks[j - 1].low in _SHARE_LEAD and i - j < 6:
        j -= 1
    if j >= 1 and toks[j - 1].is_word and toks[j - 1].low not in _BEFORE_SUBJECT and not toks[j - 1].is_cap:
        return None  # "rose to 24 percent said": not a subject
    return Phrase(toks[j].start, t.end, "description")


_PRONOUN_HEADS = frozenset("those others some many several few one two three four".split())
_PP_ADJECTIVES = frozenset("familiar close briefed involved knowledgeable acquainted loyal opposed".split())


_ADJECTIVE_ENDS = ("al", "an", "ese", "ish", "ic", "ive", "ior", "ary", "ant", "ent", "ern", "ile", "ous")


def _noun_modifier(t: Tok) -> bool:
    """A lower-case word that may name the trade before a head noun ("steel", "grain", "oil"): no verb,
    preposition, pronoun or clause word."""
    low = t.low
    return t.is_word and not t.is_cap and low not in CLAUSE_WORDS and low not in _PREPS and low not in PRONOUNS \
        and low not in _PAST_FORMS and not low.endswith(("ed", "ly"))


def _pp_modifier(t: Tok) -> bool:
    """A word that may stand before the head of "the deputy head of ...": a determiner, a capitalised
    or role word, a number, an adjective by its ending; never a verb ("uses footage of")."""
    if not t.is_word:
        return t.text in ("-",)
    low = t.low
    return (low in DETERMINERS or t.is_cap or low in ROLE_MODIFIERS or low[0].isdigit() or low in _PP_ADJECTIVES
            or low in TITLE_WORDS or low in _DEPARTMENTS  # "The finance director of", "the sales director of"
            or (low.endswith(_ADJECTIVE_ENDS) and low not in CLAUSE_WORDS))


_DEPARTMENTS = frozenset("sales marketing operations communications technology research policy legal medical "
                         "engineering design editorial programme program".split())


_PAST_VERBS = frozenset(
    "made sent put ran gave wrote issued released launched unveiled published posted aired tweeted shared "
    "cut filed signed put out took held ordered commissioned".split()
)


ROLE_WORDS_BEFORE_NAME = OCCUPATIONS | TITLE_WORDS | frozenset(
    "spokesman spokeswoman spokesperson chairman chairwoman congressman congresswoman assemblyman assemblywoman "
    "councilman councilwoman delegate".split())
_FIRST_NAME_WORDS = frozenset("will may mark bill rich grant hope faith joy june april dawn rose art".split())
# past forms that end a phrase before their object ("sent a", "came away"), not only the agentive ones
_PAST_FORMS = (_PAST_VERBS - {"out", "up"}) | frozenset(
    "came went took made held ran gave got left kept began brought told said saw found spent sent bought sold "
    "met won built caught taught fought stood meant".split())


def _agent_verb(toks: list[Tok], v: int) -> bool:
    """Token ``v`` is a past verb with its object after it ("released [a new ad]", "sent [a letter]")."""
    t = toks[v]
    return (t.is_word and not t.is_cap and (t.low in _PAST_VERBS or (t.low.endswith("ed") and t.low not in
            ROLE_MODIFIERS and t.low not in _PP_ADJECTIVES)) and v + 1 < len(toks)
            and toks[v + 1].low in ("a", "an", "the", "his", "her", "their", "its", "our", "this", "that"))


def _surely_subject(toks: list[Tok], start: int) -> bool:
    """A phrase at token ``start`` is a subject for sure: at the sentence start, after punctuation or
    a clause opener ("But"), never after a verb ("sent a letter", "uses footage of")."""
    p = toks[start - 1] if start > 0 else None
    return p is None or not p.is_word or p.low in _BEFORE_SUBJECT


def _lowercase_title_before(toks: list[Tok], start: int) -> int | None:
    """Where a title with a lowercase role word starts before the name at ``start`` ("Fire chief",
    "Political analyst", "Opposition leader"), or None."""
    r = start
    while r - 1 >= 0 and start - r < 4 and toks[r - 1].is_word and (
            toks[r - 1].is_cap or _lowercase_role(toks[r - 1])):
        r -= 1
    if r == start or not any(not x.is_cap and _lowercase_role(x) for x in toks[r:start]):
        return None
    return r


def _lowercase_role(t: Tok) -> bool:
    """A role word or a trade ("Lead rescuer Gerald Fisk", "Veteran climber Tom Hill")."""
    return (t.low in _ROLE_WORDS or is_role_word(t.low)) and t.low not in _THINGS


def _head_before_pp(toks: list[Tok], j: int) -> tuple[int, str] | None:
    """Start of "a source familiar with [the FDIC's internal investigation]", "the deputy head of
    [China's delegation to the forum]": a speaker noun, then prepositional phrases down to the
    phrase found at token ``j``. None unless the whole stands where a subject may."""
    k = j - 1
    while k >= 0 and j - k < 14:
        t = toks[k]
        if not t.is_word and t.text not in ("-", "'", "\u2019"):
            return None
        if t.is_word and t.low in CLAUSE_WORDS and not t.is_cap and t.low != "to":
            return None
        if t.low in _PREPS and k >= 1:
            h = k - 1
            if toks[h].low in _PP_ADJECTIVES and h >= 1:
                h -= 1  # "a source familiar with ..."
            if t.low in ("of", "at", "from") and _is_name_word(toks[k - 1]):
                start = k - 1  # "Ida Berg of the Halden Institute agreed"
                while start - 1 >= 0 and k - start < 5 and (_is_name_word(toks[start - 1])
                                                            or toks[start - 1].low in NAME_PARTICLES):
                    start -= 1
                if _surely_subject(toks, start):
                    return toks[start].start, "name"
                if (titled := _lowercase_title_before(toks, start)) is not None and _surely_subject(toks, titled):
                    return toks[titled].start, "name"  # "Fire chief Dolores Okafor of the Pine Ridge Fire District said"
            if toks[h].low in QUANTIFIER_SUBJECTS and h + 1 == k and t.low in ("in", "at", "on") \
                    and _surely_subject(toks, h):
                return toks[h].start, "description"  # "Many in the crowd said", "Some at the meeting say"
            if toks[h].low in _PRONOUN_HEADS and h + 1 < k and toks[h + 1].low in _PP_ADJECTIVES:
                # "Those close to him say", "Others familiar with the plan said"
                start = h
                if _surely_subject(toks, start):
                    return toks[start].start, "description"
            if _is_head_at(toks, h):
                start = h
                while start - 1 >= 0 and h - start < 6 and _pp_modifier(toks[start - 1]):
                    start -= 1  # not past a verb: "sent a letter to Senate leaders", "uses footage of"
                if start >= 2 and toks[start - 2].low in ("a", "an", "one", "another") and _noun_modifier(toks[start - 1]) \
                        and _surely_subject(toks, start - 2):
                    start -= 2  # "A steel trader in Singapore said": a noun saying what is traded
                if _surely_subject(toks, start):
                    return toks[start].start, "description"  # a subject for sure: at the start, after "But"
        k -= 1
    return None


def _name_or_description(toks: list[Tok], i: int, saying: bool = True) -> Phrase | None:
    if (share := _share_of_people(toks, i)) is not None:
        return share
    ph = _name_or_description_at(toks, i, saying)
    if ph is None and i >= 0 and toks[i].is_word and toks[i].low not in PRONOUNS and toks[i].low not in CLAUSE_WORDS \
            and toks[i].low not in _PREPS and toks[i].low not in ("and", "or", "but", "nor"):
        # "the deputy head of China's delegation to the forum said": the object of the last
        # preposition is no speaker phrase of its own
        pp = _head_before_pp(toks, i + 1)
        return Phrase(pp[0], toks[i].end, pp[1]) if pp is not None else None
    if ph is None or ph.kind == "pronoun":
        return ph
    j = _index_at(toks, ph.start)
    if j is not None and j >= 2 and ph.kind == "name" and toks[j].low in FIRM_KINDS \
            and (pp := _head_before_pp(toks, j)) is not None:
        return Phrase(pp[0], ph.end, pp[1])  # "The former chief executive of logistics firm Acme Holdings told"
    if j is None or _subject_position(toks, j):
        return ph
    if j >= 2 and toks[j].text.isdigit() and toks[j - 1].low == "in" and (
            toks[j - 2].text.isdigit() or toks[j - 2].low in NUMBER_WORDS):
        k = j - 2  # "Six in 10 voters said", "About four in 10 voters say"
        while k >= 1 and toks[k - 1].low in _SHARE_LEAD and j - k < 6:
            k -= 1
        if _subject_position(toks, k):
            return Phrase(toks[k].start, ph.end, "description")
    if (toks[j].text.isdigit() or toks[j].low in NUMBER_WORDS) and (share := _share_of_people(toks, j)) is not None:
        return Phrase(share.start, ph.end, "description")  # "About four out of 10 voters said"
    if j >= 2 and toks[j - 1].low == "of" and (share := _share_of_people(toks, j - 2)) is not None:
        return Phrase(share.start, ph.end, "description")  # "74 percent of registered voters say"
    if (pp := _head_before_pp(toks, j)) is not None:
        return Phrase(pp[0], ph.end, pp[1])
    # "a spokeswoman for Hillary Clinton said": the name is inside a description
    if j >= 2 and toks[j - 1].low in _PREPS and _is_head_at(toks, j - 2):
        k = j - 2
        while k - 1 >= 0 and j - k < 7 and _pp_modifier(toks[k - 1]):
            k -= 1
        if _subject_position(toks, k):
            return Phrase(toks[k].start, ph.end, "description")
    return None


def _name_or_description_at(toks: list[Tok], i: int, saying: bool = True) -> Phrase | None:
    """``saying``: the cue is a plain saying verb, so "the announcer" (any noun) may speak."""
    if i < 0:
        return None
    t = toks[i]
    if not t.is_word:
        return None
    if t.low in ("them", "those", "us") and i >= 2 and toks[i - 1].low == "of" and toks[i - 2].low in _PARTITIVES:
        return Phrase(toks[i - 2].start, t.end, "description")  # "One of them, speaking on condition ..."
    if t.low in PRONOUNS:
        return Phrase(t.start, t.end, "pronoun")
    if t.low in QUANTIFIER_SUBJECTS and saying and (i == 0 or not toks[i - 1].is_word
                                                     or toks[i - 1].low in _BEFORE_SUBJECT) \
            and (t.text != "one" or i == 0 or toks[i - 1].text in (".", "\n")):  # "One said"; not "if one adds"
        return Phrase(t.start, t.end, "description")  # "Some say they hear echoes ...", "But others said"
    if t.text.isupper() and len(t.text) > 2 and i + 1 < len(toks) and toks[i + 1].text in ("\u2014", "\u2013", "-", "(") \
            and (i == 0 or not toks[i - 1].is_word):
        return None  # a dateline: "PHILADELPHIA — The committee said ..."
    if _is_name_word(t) or (t.is_cap and t.low in SURNAME_WORDS and i >= 1 and toks[i - 1].is_cap
                            and gender_of_first_name(toks[i - 1].text) is not None):  # "Theresa May"
        j = i
        while j - 1 >= 0:
            p = toks[j - 1]
            if p.is_word and (p.is_cap or p.low in NAME_PARTICLES or (p.low in _ROLE_WORDS and p.low not in _THINGS)
                              or _ORDINAL.fullmatch(p.text) and j - 2 >= 0 and toks[j - 2].low == "the"
                              and gender_of_first_name(toks[j].text) is None) \
                    and (p.low not in CLAUSE_WORDS or p.is_cap and p.low in _FIRST_NAME_WORDS and j == i
                         and (j - 2 < 0 or not toks[j - 2].is_word)):
                j -= 1  # "Will Estrada" at the start of a clause: a first name, not the modal
            elif (p.text in _NAME_CONNECTORS or p.low in ("of", "for", "and", "on", "to")) and j - 2 >= 0 \
                    and toks[j - 2].is_word and toks[j - 2].is_cap and toks[j].is_cap \
                    and not (p.text == "-" and p.start > toks[j - 2].end and p.end < toks[j].start) \
                    and (p.low != "to" or toks[j - 2].low in _BODY_WORDS):
                j -= 1  # "Association of Flight Attendants", "Bank of England", "Committee to Protect Journalists"
            elif p.low in ("a", "an", "the") and j - 3 >= 0 and toks[j - 2].low in ("for", "of", "on", "against") \
                    and toks[j - 3].is_cap and toks[j - 3].low in _BODY_WORDS and toks[j].is_cap:
                j -= 2  # "the Committee for a Responsible Federal Budget", "Campaign for the Fair Sentencing"
            else:
                break
        if j - 1 >= 0 and toks[j - 1].low in DETERMINERS and toks[j - 1].low not in ("that", "this", "these", "those"):
            j -= 1  # "the Rev. ...", but not "reported that Michael Bloomberg said"
        span = toks[j:i + 1]
        if len(span) == 1 and (j == 0 or not toks[j - 1].is_word) and _is_head(make_tok(t.start, t.end, t.low)):
            return Phrase(t.start, t.end, "description")  # "Traders said": a capitalised noun, not a name
        # sentence-initial function words are capitalised but not part of the name: "And Smith said"
        while len(span) > 1 and span[0].is_cap and span[0].low in NOT_NAMES and span[0].low not in DETERMINERS \
                and span[0].low.rstrip(".") not in ("mr", "mrs", "ms", "dr") and not (
                    span[0].low in _FIRST_NAME_WORDS and len(span) == 2 and span[1].is_cap) \
                and not (span[0].low == "first" and len(span) >= 3 and span[1].low in FIRST_TITLES):
            span = span[1:]  # but "Will Estrada", "May Lind": first names that are also words; "First Minister"
        while len(span) > 1 and span[0].text in CORPORATE_SUFFIXES:
            span = span[1:]  # "..., Castellan Systems, Inc. Castellan Systems expects": the last sentence's end
        if not any(_is_name_word(x) for x in span):
            return None
        return Phrase(span[0].start, span[-1].end, "name")
    # a description: find its head noun, then the modifiers before it
    if t.low in ("and", "or", "nor") or t.low in _PREPS:
        return None  # "greeted supporters at a rally and told": no noun phrase ends in a conjunction
    k = i
    while k >= 0 and i - k < 10:
        tk = toks[k]
        if not tk.is_word or (tk.low in CLAUSE_WORDS and not tk.is_cap):
            break
        if _is_head(tk) or (tk.is_cap and (k == 0 or not toks[k - 1].is_word) and tk.low in SPEAKER_NOUNS):
            j = k
            while j - 1 >= 0 and k - j < 6 and _is_modifier(toks[j - 1]) and not (
                    toks[j - 1].low == "that" and toks[j].low in DETERMINERS) and toks[j - 1].low not in _FINITE \
                    and not (toks[j - 1].text == "-" and toks[j - 1].end < toks[j].start) \
                    and toks[j - 1].low not in _AUXILIARIES:  # not "reported that the company", "have run the numbers"
                j -= 1
                if toks[j].low in ("the", "a", "an") and j >= 1 and toks[j - 1].low not in ("all", "both", "half") \
                        and not _past_verb(toks[j - 1]):
                    break  # "meddling [the California congressman]"; but "released [a statement]" has an agent
            if j >= 2 and toks[j - 1].text in ("'", "\u2019") and toks[j - 1].start == toks[j - 2].end \
                    and toks[j - 2].is_word and toks[j - 2].low.endswith("s") and toks[j - 2].low not in CLAUSE_WORDS:
                j -= 2  # "Farmers' groups said": whose groups
                if j >= 1 and toks[j - 1].low in ("the", "a", "an"):
                    j -= 1
            if j >= 2 and toks[j - 1].low == "of" and toks[j - 2].low in _PARTITIVES:
                j -= 2  # "one of the people", "some of the officials"
                if j >= 2 and toks[j - 2].low in ("a", "an", "the") and toks[j - 1].is_word \
                        and not toks[j - 1].is_cap and toks[j - 1].low in _COLLECTIVE_SIZES:
                    j -= 1  # "a wide array of economists", "a growing number of voters"
                if j >= 1 and toks[j - 1].low in ("a", "an", "the"):
                    j -= 1  # "a majority of farmers"
            while j < k and toks[j].is_cap and toks[j].low in NOT_NAMES and toks[j].low not in DETERMINERS:
                j += 1
            post = toks[k + 1:i + 1]
            if any(x.low in _FINITE or x.low in PRONOUNS or x.low in ("won't", "won\u2019t") for x in post) or any(
                    x.low in ("and", "but") and n + 1 < len(post) and not post[n + 1].is_cap and (
                        post[n + 1].low.endswith("ed") or post[n + 1].low in _PAST_FORMS) for n, x in enumerate(post)):
                return None  # "Senate Republican leaders have insisted they won't": a clause, not a phrase
            for v in range(j, k):
                if _agent_verb(toks, v):
                    # "Trump released a new radio ad calling it ...": the one who released it speaks
                    agent = _name_or_description_at(toks, v - 1, saying)
                    if agent is not None and agent.kind in ("name", "pronoun"):
                        return agent
                    if v == j:
                        j += 1  # "rejected [a media] request": the verb is no part of the description
                    break
            return Phrase(toks[j].start, toks[i].end, "description")
        k -= 1
    # "the announcer said": a determiner, maybe adjectives, and a noun right before a saying verb;
    # people in the plural before any cue ("environmentalists worry that")
    if toks[i].low in DETERMINERS or len(toks[i].text) < 3 or not (saying or _people_plural(toks[i])):
        return None
    for d in range(i - 1, max(-1, i - 6), -1):
        td = toks[d]
        if td.low in DETERMINERS and td.low not in ("that", "this", "no", "all", "more", "top"):
            if all(x.is_word and x.low not in CLAUSE_WORDS and x.low not in _PREPS for x in toks[d + 1:i + 1]):
                return Phrase(td.start, toks[i].end, "description")
            break
        if td.is_cap and td.low.endswith(("'s", "\u2019s")) and td.low[:-2] not in PRONOUNS:
            # "South Korea's military said", "Ukraine's air force said": a possessor before the noun
            if all(x.is_word and x.low not in CLAUSE_WORDS and x.low not in _PREPS for x in toks[d + 1:i + 1]):
                while d >= 1 and toks[d - 1].is_word and toks[d - 1].is_cap and toks[d - 1].low not in NOT_NAMES:
                    d -= 1
                return Phrase(toks[d].start, toks[i].end, "description")
            break
        if not td.is_word or td.low in CLAUSE_WORDS or td.low in _PREPS:
            break
    return _bare_plural(toks, i)


# the nouns that name bodies whose names run on with "for a", "to": "Committee for a Responsible ..."
_BODY_WORDS = frozenset(
    "committee center centre campaign coalition council alliance foundation fund institute association "
    "league society union project network citizens americans people parents mothers fathers families "
    "partnership organization organisation movement office commission".split())


def _bare_plural(toks: list[Tok], i: int) -> Phrase | None:
    """"Security specialists say", "Many economists said": a plural noun without a determiner, with
    its modifiers, standing where a subject does, before a plain saying verb."""
    t = toks[i]
    low = t.low
    if t.is_cap or not low.endswith("s") or low.endswith(("ss", "us", "is", "'s", "\u2019s")) or len(low) < 4 \
            or low in CLAUSE_WORDS or low in _PREPS or low in _AUXILIARIES:
        return None
    j = i
    while j - 1 >= 0 and i - j < 3:
        p = toks[j - 1]
        if not p.is_word or p.low in CLAUSE_WORDS or p.low in _PREPS or p.low in _AUXILIARIES or p.low in PRONOUNS \
                or p.low in _BEFORE_SUBJECT or p.low.endswith(("ed", "ing")) and not p.is_cap and p.low not in _SHARE_LEAD:
            break
        j -= 1
    if not _surely_subject(toks, j):
        return None
    return Phrase(toks[j].start, t.end, "description")


def _lower_role_then_name(toks: list[Tok]) -> bool:
    """"union boss Lena Marsh", "union leader Per Olsen": lower-case words ending in a role, then a
    name of two capitalised words (the first word alone could open a description)."""
    j = 0
    while j < len(toks) and j < 4 and toks[j].is_word and not toks[j].is_cap:
        j += 1
    if j == 0 or j + 1 >= len(toks):
        return False
    role = toks[j - 1].low
    return (role in ROLE_WORDS_BEFORE_NAME or role in OCCUPATIONS) and toks[j].is_cap and toks[j + 1].is_cap \
        and toks[j].low not in NOT_NAMES


def _role_lead(toks: list[Tok]) -> int:
    """How many lower-case role words open a phrase before a name of two or more words
    ("former Sen. Evan Bayh", "master of ceremonies Asab Al-Tabchi"); 0 if the phrase is not so built."""
    if not toks:
        return 0
    j = 0
    while j < len(toks) and j < 3 and (toks[j].text.isdigit() or (j and toks[j].text == "/")):
        j += 1  # "said 9/11 widow Terry Strada"
    if j == 0 and _can_open(toks[0]) and not _lower_role_then_name(toks):
        return 0
    lead = j
    while j < len(toks) and j < lead + 5 and toks[j].is_word and not toks[j].is_cap:
        low = toks[j].low
        if low in CLAUSE_WORDS or low in PRONOUNS or (low in _PREPS and low != "of") or low in _AUXILIARIES:
            return 0
        j += 1
    if j == lead or j == lead + 5 or toks[j - 1].low == "of":
        return 0
    caps = 0
    k = j
    while k < len(toks) and toks[k].is_word and toks[k].is_cap and toks[k].low not in NOT_NAMES:
        caps += 1
        k += 1
    if caps == 1 and k + 2 < len(toks) and toks[k].low in ROLE_WORDS_BEFORE_NAME and toks[k + 1].is_cap \
            and toks[k + 2].is_cap:
        return k + 1  # "said former Massachusetts congressman Barney Frank"
    return j if caps >= 2 else 0


def _can_open(t: Tok) -> bool:
    if not t.is_word:
        return False
    low = t.low
    if low.endswith(("n't", "n\u2019t")):
        return False  # "Don't blame Bush": an imperative, no subject
    return t.is_cap or low in DETERMINERS or low.isdigit() or low in SPEAKER_NOUNS or low.rstrip("s") in SPEAKER_NOUNS


_AGENT_PLURALS = ("ers", "ors", "ists", "ians")
# plurals with an agent's ending that name no people
_NOT_PEOPLE = frozenset(
    """
    others numbers matters orders letters papers helicopters waivers disclaimers endeavors endeavours
    computers centers centres borders barriers chambers markers corners powers towers waters offers answers
    layers papers headquarters quarters members' exists insists persists resists enlists twists lists
    factors sectors motors errors mirrors colors colours honors honours favors favours rumors rumours
    monitors corridors indicators elevators tractors reactors generators ventilators thrillers trailers
    containers fighters bombers tankers carriers filters folders posters stickers flyers fliers voters'
    """.split())
_PEOPLE_ENDINGS = frozenset(
    "residents students parents immigrants migrants opponents participants applicants defendants plaintiffs "
    "respondents constituents dissidents agents tenants servants merchants peasants militants protestants "
    "adolescents correspondents".split())


def _people_plural(t: Tok) -> bool:
    return t.is_word and not t.is_cap and people_plural(t.low)


def people_plural(low: str) -> bool:
    """A plural noun for people: "dockers", "crane operators", "economists", "residents" (an agent
    noun's ending will do), a plural occupation, or a group ("crews", "families")."""
    return low.endswith("s") and low not in _NOT_PEOPLE and (
        low[:-1] in OCCUPATIONS or low.endswith(_AGENT_PLURALS) and len(low) > 5 or low in _GROUPS_OF_PEOPLE
        or low in _PEOPLE_ENDINGS)


_GROUPS_OF_PEOPLE = frozenset("crews families locals fans youths neighbours neighbors couples".split())


# a party named after a councillor or candidate: "Graham Osei, Labour, said" (no name, the member's party)
PARTY_APPOSITIVE = re.compile(r"Labour|Conservatives?|Tory|Liberal Democrats?|Lib Dems?|Greens?|Green Party|Reform(?: UK)?|"
                               r"SNP|Plaid Cymru|Independent|Alliance|DUP|UUP|SDLP|Sinn F[eé]in|Democrat|Republican")


def _appositive_before(text: str, toks: list[Tok], comma: int, saying: bool = True) -> Phrase | None:
    """``NAME, APPOSITIVE, said``: the phrase is NAME, the appositive is kept for the role."""
    k = comma - 1
    if k >= 2 and toks[k].text == ")":
        j = k - 1  # past a party tag in brackets at the appositive's end
        while j >= 0 and toks[j].text != "(" and k - j < 12:
            j -= 1
        if j > 0 and toks[j].text == "(":
            k = j - 1
    while k >= 0 and toks[k].text not in (",", "(", ";", ":", "\u201c", "\u201d", '"') and comma - k < 30:
        k -= 1
    if k >= 2 and toks[k].text in ("\u201d", '"') and (opening := _short_quoted_back(toks, k)) is not None:
        # 'Bill Eastland, wearing a cowboy hat and "Ted Cruz" campaign pins, said': a name in marks
        k = opening - 1
        while k >= 0 and toks[k].text not in (",", "(", ";", ":", "\u201c", "\u201d", '"') and comma - k < 30:
            k -= 1
    if k < 0 or toks[k].text != ",":
        return None
    appos = (toks[k + 1].start, toks[comma - 1].end) if comma - 1 >= k + 1 else None
    inner = toks[k + 1:comma]
    if 1 <= len(inner) <= 2 and k >= 3 and all(t.is_cap for t in inner) and toks[k - 1].is_cap \
            and toks[k - 2].low in ("from", "in", "of", "near") and is_place(" ".join(t.text for t in inner)):
        # "Tom Hale, a retired teacher from Austin, Texas, said": the state ends the appositive, no speaker
        return _appositive_before(text, toks, k, saying)
    if _holds_clause(inner):
        return None  # "..., the plant is hanging on, said X": a clause between commas, not an appositive
    lead = _role_lead_in(inner)
    if lead and _all_name(inner[lead:]) and len(inner) - lead >= 2:
        inner = inner[lead:]  # "Her neighbour, retired teacher Colin Pratt, said": the name after the role
    elif len(inner) >= 4 and inner[0].low == "the" and inner[1].is_cap:
        role_words, name_words = split_role_name([t.text for t in inner[1:]])
        if role_words and len(name_words) >= 2 and _all_name(inner[1 + len(role_words):]):
            # "Her colleague, the Labour MP Clive Maddox, said": the name after a capitalised title
            inner = inner[1 + len(role_words):]
    elif len(inner) >= 3 and inner[0].low == "the" \
            and (kind_end := next((k for k in range(1, min(4, len(inner) - 1)) if not inner[k].is_cap and (
                inner[k].low in FIRM_KINDS or inner[k].low.endswith("maker")) and inner[k + 1].is_cap), 0)) \
            and all(not t.is_cap for t in inner[1:kind_end]) and _all_name(inner[kind_end + 1:]):
        # "Her employer, the retailer Summit Outdoors, said", "the shipping group Helios Maritime": the firm, by
        # what it is and its name
        inner = inner[kind_end + 1:]
    of = next((n for n, t in enumerate(inner) if t.low in ("of", "at", "from") and not t.is_cap), 0)
    hon = 1 if inner and inner[0].low.rstrip(".") in HONORIFICS else 0
    if of >= 2 and _all_name(inner[hon:of]) and of + 1 < len(inner) and any(t.is_cap for t in inner[of + 1:]) \
            and (hon or gender_of_first_name(inner[0].text) is not None
                 or of >= 2 + hon and looks_like_org(" ".join(t.text for t in inner[of + 1:]))
                 and (desc := _name_or_description(toks, k - 1, saying)) is not None and desc.kind == "description"
                 and _has_role_word(toks, desc)) \
            and not any(t.low in ORG_WORDS for t in inner[hon:of]):  # not "National Association of ..."
        # "Her doctor, Dr Samuel Achebe of the Parkside Medical Centre, said", "Her solicitor, Ananya Rao of
        # Holt Brennan LLP, said": the name
        inner = inner[:of]
    tail = len(inner)
    particled = any(t.low in NAME_PARTICLES and not t.is_cap for t in inner) and not any(t.low == "and" for t in inner)
    while tail > 0 and (_is_name_word(inner[tail - 1]) and not (particled and _title_word(inner[tail - 1]))
                        or particled and tail >= 2 and inner[tail - 1].low in NAME_PARTICLES
                        and _is_name_word(inner[tail - 2])):
        tail -= 1  # "Dutch MEP Anna van Berg", "Sheikh Faisal bin Hamad al-Rashidi": the name, with its particles
    named = 1 if tail >= 2 and inner[tail - 1].low in ("named", "called") and not inner[tail - 2].is_cap \
        and is_role_word(inner[tail - 2].text) else 0  # "One driver, a contractor named Luis Ortega, told"
    titled = particled and tail >= 1 and _title_word(inner[tail - 1])
    if tail >= 1 and len(inner) - tail >= 2 and (not inner[tail - 1 - named].is_cap or titled) \
            and (is_role_word(inner[tail - 1 - named].text) or titled
                 or tail >= 2 and inner[tail - 1].text.isdigit() and inner[tail - 2].low in ("no.", "no", "number")) \
            and not looks_like_org(" ".join(t.text for t in inner[tail:])) and toks[k - 1].is_word \
            and (inner[0].low not in DETERMINERS or named and inner[0].low in ("a", "an")) \
            and inner[0].low not in _NOT_A_ROLE_OPENING \
            and not any(t.low in ("who", "which", "that", "whose", "to") or not t.is_cap and t.low.endswith("ed")
                        for t in inner[:tail - 1 - named]) \
            and (before := _name_or_description(toks, k - 1, saying)) is not None and before.kind == "description":
        # (not "Juan Zarate, a top adviser to then-President George W. Bush, said": he is the one named first;
        # nor "The aides, led by campaign manager Terry Sullivan, told")
        # "The head of the AU mission, former Ghanaian foreign minister Kwabena Asante-Mensah, told": the
        # person is the name that ends the appositive; the words before it are the role
        if all(t.low.rstrip(".") in ONLY_PERSON_TITLES for t in inner[:tail]):
            # "The foreign minister, Sheikh Faisal bin Hamad al-Rashidi, said": the rank is no role, the words before are
            return Phrase(inner[tail].start, inner[-1].end, "name", appositive=(before.start, before.end))
        return Phrase(inner[tail].start, inner[-1].end, "name", appositive=(inner[0].start, inner[tail - 1 - named].end))
    if (_all_name(inner) or hon and len(inner) > 1 and _all_name(inner[hon:])) \
            and not _PARTY_TAG.match(inner[0].text) \
            and not PARTY_APPOSITIVE.fullmatch(text, inner[0].start, inner[-1].end):  # "Graham Osei, Labour, said"
        # "the Duvanese ambassador to Kestria, Marisol Trent, said": the name is the appositive
        role = _name_or_description(toks, k - 1, saying) or _name_or_description_at(toks, k - 1, saying)
        if role is None or role.kind == "description" or _has_role_word(toks, role):
            return Phrase(inner[0].start, inner[-1].end, "name",
                          appositive=(_phrase_start(toks, k - 1, role), role.end) if role is not None else None)
    # more appositives before this one: "Anneli Rud, 44, who grows wheat near Torvik, says"
    # ("Cory James, 22, of Flint, Mich., said": three of them)
    for _ in range(3):
        if k - 1 >= 0 and _is_appositive_like(toks, k) and toks[k - 1].text != ",":
            k2 = k - 1
            while k2 >= 0 and toks[k2].text not in (",", "(", ";", ":", "\u201c", "\u201d", '"') and k - k2 < 30:
                k2 -= 1
            if k2 < 0 or toks[k2].text != ",":
                break
            if not _is_appositive_like(toks, k2):
                mid = toks[k2 + 1:k]
                lead = _role_lead_in(mid)
                if lead and _all_name(mid[lead:]) and len(mid) - lead >= 2:
                    # "Her neighbour, retired teacher Harold Benning, 79, said": the name after the role, between
                    return Phrase(mid[lead].start, mid[-1].end, "name", appositive=(mid[0].start, mid[lead - 1].end))
                k = k2  # the segment before this comma is the name
                break
            if not (_is_appositive_like(toks, k, strict=True) and _is_appositive_like(toks, k2, strict=True)):
                break  # "said Tommy Vietor, a former spokesman, recalling": not an appositive before
            k3 = k2 - 1
            while k3 >= 0 and toks[k3].text not in (",", "(", ";", ":", "\u201c", "\u201d", '"') and k2 - k3 < 30:
                k3 -= 1
            if k3 < 0 and k2 <= 6 and toks[k2 - 1].is_cap and toks[k - 1].text != "," \
                    and all(t.is_word for t in toks[:k2]) and (toks[k2 + 1].text.isdigit() if k2 + 1 < k else False):
                k = k2  # "The economist Carla Mendes, 45, who advised him, said": the subject opens the sentence
                break
            if k3 < 0 or toks[k3].text != ",":
                break
            k = k2  # another appositive before this one: go on
        else:
            break
    end = k - 1
    if end >= 0 and toks[end].text == ")":
        # "Rep. Jim Jordan (R-Ohio), an oversight panel member, said": past the party and state
        j = end - 1
        while j >= 0 and toks[j].text != "(" and end - j < 12:
            j -= 1
        if j <= 0 or toks[j].text != "(":
            return None
        end = j - 1
    name = _name_or_description(toks, end, saying)
    if name is None:
        # "An employee of the regulator, who asked not to be named, said": a described subject that opens
        # its sentence, of a few words with a preposition inside
        j = end
        while j >= 0 and (toks[j].is_word or toks[j].text in ("'", "\u2019", "-")) and end - j < 8:
            j -= 1
        first = j + 1
        if first <= end and (j < 0 or toks[j].text in (".", "!", "?")) and toks[first].low in _SUBJECT_OPENERS \
                and any(t.low in ("of", "at", "for", "with", "from") for t in toks[first:end + 1]):
            return Phrase(toks[first].start, toks[end].end, "description", appositive=appos)
        return None
    return Phrase(name.start, name.end, name.kind, appositive=appos)


_SUBJECT_OPENERS = frozenset("a an the one two three four five several some many another".split())




_PAST_CUES = frozenset(w for w in SPEECH_CUES | STANCE_CUES if w.endswith("ed"))


def _short_quoted_back(toks: list[Tok], close: int) -> int | None:
    """The index of the opening mark of a quotation of one to three capitalised words closed at ``close``."""
    for j in range(close - 1, max(-1, close - 5), -1):
        if toks[j].text in ("\u201c", '"'):
            inner = toks[j + 1:close]
            return j if inner and all(t.is_cap for t in inner if t.is_word) else None
    return None


_ASIDE_PARTICIPLES = frozenset("asked reached contacted interviewed questioned pressed approached".split())


def _holds_clause(seg: list[Tok]) -> bool:
    """A segment with a finite verb of its own, not inside a relative clause: "the plant is hanging on"."""
    if seg and (seg[0].low in _ASIDE_PARTICIPLES or seg[0].low.endswith("ing") and not seg[0].is_cap):
        return False  # "Dana Lowell, asked about the interview, said", "Two leaders, speaking on condition of
        # anonymity because talks were ongoing, said": an aside about the speaker, its clause included
    for i, t in enumerate(seg):
        if t.low in ("who", "whose", "which", "that", "whom", "where", "when"):
            return False  # "a Navy veteran who now is ...": the verb belongs to a relative clause
        if t.low.endswith("ed") and i + 1 < len(seg) and seg[i + 1].low == "by" and i > 0 and seg[i - 1].is_word:
            continue  # "in a statement released by the campaign": a participle after its noun
        if t.low in _FINITE or t.low in _PAST_FORMS or t.low in _PAST_VERBS or (t.low in _PAST_CUES and not t.is_cap):
            return True  # "Trump continued to question ...": a verb of its own
    return False


def _role_lead_in(seg: list[Tok]) -> int:
    """How many lower-case words open ``seg`` that end in an occupation or title ("retired teacher",
    "local farmer"), before a name; 0 when it does not open so."""
    for n, t in enumerate(seg[:4]):
        if not t.is_word or t.is_cap:
            return n if n and (seg[n - 1].low in OCCUPATIONS or seg[n - 1].low in TITLE_WORDS) else 0
    return 0


def _all_name(seg: list[Tok]) -> bool:
    return bool(seg) and 1 <= len([t for t in seg if t.is_word]) <= 4 and all(
        (t.is_cap and t.low not in NOT_NAMES) or t.text in _NAME_CONNECTORS or t.low in NAME_PARTICLES for t in seg)


def _phrase_start(toks: list[Tok], i: int, ph: Phrase | None) -> int:
    """Where the role phrase before a name begins (its determiner included)."""
    return ph.start if ph is not None else toks[i].start


_PARTY_TAG = re.compile(r"[RDI]-[A-Z]")


def _is_appositive_like(toks: list[Tok], k: int, strict: bool = False) -> bool:
    """Is the segment before the comma at ``k`` an age, a relative clause or a role, not a name?
    ``strict``: only an age, a relative clause, a role with its article or a home town ("of Flint"),
    not any segment that opens in lower case ("said Tommy Vietor")."""
    j = k - 1
    while j >= 0 and toks[j].text not in (",", "(", ";", ":") and k - j < 30:
        j -= 1
    seg = toks[j + 1:k]
    if not seg:
        return False
    first = seg[0]
    if _PARTY_TAG.match(first.text):
        return True  # "Sen. Marco Rubio, R-Fla., appearing on Fox News, said": a party and state tag
    if strict:
        return first.text.isdigit() or first.low in ("who", "whose", "which", "a", "an", "the") or (
            first.low in ("of", "from") and len(seg) > 1 and seg[1].is_cap)
    if not first.is_cap and first.low not in ("a", "an", "the", "who", "whose", "which", "of", "from") \
            and len(seg) >= 3 and seg[-1].is_cap and seg[-2].is_cap and first.low in OCCUPATIONS | TITLE_WORDS \
            and not any(t.low in ("of", "at", "for", "the", "and", "in") or t.low in ORG_WORDS for t in seg):
        return False  # "Meanwhile, spokesman Peter Omondi, 45, said": a role before a name is the name's segment
    return first.text.isdigit() or first.low in ("who", "whose", "which", "a", "an", "the") or not first.is_cap


def _has_role_word(toks: list[Tok], ph: Phrase) -> bool:
    return any(t.low in TITLE_WORDS or t.low in SPEAKER_NOUNS or t.low in OCCUPATIONS
               for t in toks if ph.start <= t.start < ph.end)  # "Independent MP for Kooyong West, Tessa Maalouf,"


_CONTRACTED = re.compile(r"['\u2019](?:s|re|ll|d|ve)$")
_PERSONAL = frozenset("he she they we i".split())


# adverbs between a subject and its verb: "Vescu's office [later] released", "the mayor's aide [also] said"
_ADVERBS_AFTER_SUBJECT = frozenset("later also then earlier now again still already previously subsequently "
                                   "today yesterday once soon quickly".split())
# nouns in -ly that may head a speaker ("his family said"): never an adverb to skip
_LY_NOUNS = frozenset(("family", "assembly", "ally", "monopoly"))
# how an appositive opens that is no role of the one before: "led by", "including", "along with"
_NOT_A_ROLE_OPENING = frozenset("led including along with like such among and or to from by".split())
# words in -ly that are no adverbs: "Trump's early backers", "the paper's weekly column"
_LY_ADJECTIVES = frozenset("early only family daily weekly monthly quarterly yearly elderly likely friendly "
                           "holy lonely costly deadly ugly silly lovely orderly unlikely".split())


# people named by the body they belong to: "a council member", "a board member", "a union official"
_PERSON_AFTER_BODY = frozenset("member members official officials spokesman spokeswoman spokesperson staffer staffers "
                               "employee employees worker workers".split())


def _and_joins_a_body(toks: list[Tok], span: list[Tok], t: Tok) -> bool:
    """"The Food and Drug Administration", "the Competition and Markets Board": "the", capitals on both sides
    of "and", and a body's word ends the capitals after it (not "Kestrel Foods and Brixel Holdings": two)."""
    if not span or span[0].low != "the" or span[-1].low in ORG_WORDS \
            or not all(x.is_cap for x in span if x.low not in ("the", "of")) \
            or gender_of_first_name(span[-1].text if len(span) == 1 else span[0].text) is not None:
        return False  # not "Jane Roe and Kestrel Council": a person and a body
    k = _index_at(toks, t.start)
    if k is None:
        return False
    for x in toks[k + 1:k + 5]:
        if not (x.is_cap and x.is_word):
            return False
        if x.low in ORG_WORDS:
            return True
    return False


def phrase_after(text: str, pos: int, hi: int, *, speaker: bool = True) -> Phrase | None:
    """The speaker phrase right after an inverted cue ("said the minister, ..."). A speaker stops
    before a time or setting ("said Ruiz on Tuesday"); an audience (``speaker=False``) keeps it
    ("told reporters in Madison, Wisconsin, that")."""
    toks = tokens(text, pos, min(hi, pos + 240))
    if not toks:
        return None
    first = toks[0]
    if len(toks) >= 2 and first.low.endswith("-year-old") and toks[1].is_cap and toks[1].is_word \
            and (len(toks) == 2 or not toks[2].is_cap):
        toks = toks[1:]  # 'said 18-year-old Amira.': her age, then the one name she gives
        first = toks[0]
    if first.low in PRONOUNS and first.is_word and first.low != "who":
        return Phrase(first.start, first.end, "pronoun")
    if (cut := _CONTRACTED.search(first.low)) is not None and first.low[:cut.start()] in _PERSONAL:
        return Phrase(first.start, first.start + cut.start(), "pronoun")  # "He's comparing ... and says"
    span: list[Tok] = []
    seen_prep = False
    possessed = False
    headed = False
    lead = _role_lead(toks)
    if lead:
        span = toks[:lead]  # "said master of ceremonies Asab Al-Tabchi", "said former Sen. Evan Bayh"
        toks = toks[lead:]
    for t in toks:
        if not t.is_word:
            if t.text in _NAME_CONNECTORS and span:
                span.append(t)
                continue
            break
        low = t.low
        if not span:
            if not (_can_open(t) or speaker and (_people_plural(t) or len(toks) > 1 and t.low.isalpha()
                                                 and _people_plural(toks[1]))) \
                    or low in ("that", "this", "these", "those"):
                return None  # a speaker may be "dockers" or "crane operators": people in the plural
            span.append(t)
            possessed = low in ("its", "their", "his", "her", "our")  # "said its chief economist, Leonie Baptiste"
            continue
        if low == "and" and _and_joins_a_body(toks, span, t):
            span.append(t)  # "The Food and Drug Administration approved the drug, saying": one body
            continue
        if not t.is_cap and low in CLAUSE_WORDS:
            break
        if low in PRONOUNS and low != "it":
            if not any(_is_name_word(x) for x in span) and all(x.low in NOT_NAMES for x in span):
                return Phrase(t.start, t.end, "pronoun")  # "Then he cut into Bush": an adverb, then the subject
            break
        if not t.is_cap and low in _PREPS:
            if seen_prep or speaker and (_time_or_setting_after(toks, t) or (
                    low not in ("of", "from") and all(_is_name_word(x) or x.low in NAME_PARTICLES
                                                      for x in span[lead:] or span))):
                # ("said chief executive Daniela Holt in a memo": the name after the role ends at "in")
                break  # "said Ruiz on Tuesday", "said the minister in a statement", "said Ruiz at a rally"
            seen_prep = True  # one prepositional phrase: "a spokesman for the ministry"
            span.append(t)
            continue
        if t.is_cap and low in WEEKDAYS and span and (_is_head(span[-1]) or _people_plural(span[-1])):
            break  # "said union members Tuesday": the day is when, not who
        if t.is_cap or low in NAME_PARTICLES:
            span.append(t)
            continue
        # a lower-case word continues a description ("a senior official") but ends a name,
        # unless the name is a possessor ("Duvane's statistics office")
        last = span[-1]
        if possessed and not t.is_cap and (low.endswith("ed") or low in _AUXILIARIES or low in _CUE_VERBS
                                           or low in _ADVERBS_AFTER_SUBJECT
                                           or low.endswith("ly") and len(low) > 4 and low not in _LY_ADJECTIVES):
            break  # "Hillary Clinton's right-hand woman [rallied] supporters": the verb ends the phrase
        if (last.text.endswith(("'s", "\u2019s")) or possessed) and len(span) < 8:
            possessed = True  # "Duvane's statistics office": the possessed noun phrase runs on
            span.append(t)
            continue
        if last.low in _PREPS or last.low in DETERMINERS or not any(_is_name_word(x) for x in span):
            if len(span) >= 8 or (_is_head(last) and not seen_prep and not (_is_head(t) and t.low.endswith("s"))
                                  and t.low not in _PERSON_AFTER_BODY
                                  and not (last.low in _FIRST_OF_TWO_WORD_ROLES and _is_head(t))):
                # ("said the chief executive, Helen Mbatha": one role of two heads)
                break  # after its head noun a description goes on only with a preposition ("a council member" goes on)
            span.append(t)
            continue
        if _is_head(t) and low.endswith("s") and not low.endswith("ss") and all(  # a plural; not "boss"
                x.is_cap or x.low in NUMBER_WORDS or x.low.isdigit() or x.low in DETERMINERS for x in span):
            span.append(t)  # "two Democratic speechwriters", "Obama aides": the capitals modify a plural head
            headed = True
            break
        if low in _PAST_FORMS:
            break  # "Barack Obama met teachers and said": the verb ends the name
        k = _index_at(toks, t.start)
        if k is not None and (m := _role_words_end(toks, k)) > k:
            n = m
            while n < len(toks) and n < m + 5 and _is_name_word(toks[n]) and toks[n].low not in TIME_WORDS:
                n += 1
            if n - m >= 2 and toks[m - 1].low in _ROLES_BEFORE_NAME:
                # "said Ohio State University professor Paul Beck", "said Clinton campaign manager Robby
                # Mook": the organisation, the role, then the name
                span.extend(toks[k:n])
            else:
                if not _is_head(toks[m - 1]):
                    m = _role_words_end(toks, k, of=False)  # "the French minister [of environment and energy]"
                if m > k and _is_head(toks[m - 1]):
                    # "said a Trump aide", "said one GOP source", "said the White House spokesman": the
                    # capitals modify the head noun; the speaker is not Trump
                    span.extend(toks[k:m])
                    headed = True
        break
    while span and (not span[-1].is_word or span[-1].low in _PREPS or span[-1].low in DETERMINERS):
        span.pop()
    if not span:
        return None
    kind = "description" if headed else _np_ok(span)
    if kind is None:
        return None
    # appositive after the name: "said Smith, a lawyer in Miami."
    end = span[-1].end
    appos = None
    m = _APPOSITIVE.match(text[end:hi])
    if m and (kind == "description" or possessed and not span[-1].is_cap and _is_head(span[-1])):
        # (also "said Northgate's chief economist, Robert Halloran": an owner's role, then the name)
        inner = tokens(text, end + m.start(1), end + m.end(1))
        lead = 0
        while lead < len(inner) and _is_name_word(inner[lead]):
            lead += 1
        if 2 <= lead < len(inner) and inner[lead].low in ("of", "at", "from"):
            inner = inner[:lead]  # "said a leading advocate, Andrew J. Pincus of the law firm Mayer Brown"
        titled = 0
        while titled < len(inner) - 2 and not inner[titled].is_cap and (
                inner[titled].low in ("the", "a", "an") or is_role_word(inner[titled].text)):
            titled += 1  # "said his lawyer, attorney Jane Roe": the trade, then the name
        if titled and _all_name(inner[titled:]) and is_role_word(inner[titled - 1].text):
            inner = inner[titled:]
        hon = 0
        if len(inner) >= 3 and inner[0].low.rstrip(".") in HONORIFICS:
            hon = 2 if inner[1].text == "." else 1  # "said the chief executive, Dr Helen Mbatha."
        if _all_name(inner[hon:]) and len(inner) - hon >= 2:
            # "said the company's chief executive, Ida Moen.": the name speaks, the description is its role
            return Phrase(inner[0].start, inner[-1].end, "name", appositive=(span[0].start, end))
    if m and kind == "name":
        a_s = end + m.start(1)
        appos = (a_s, end + m.end(1))
    return without_opening_words(text, Phrase(span[0].start, end, kind, appositive=appos))


def _role_words_end(toks: list[Tok], k: int, of: bool = True) -> int:
    """Where a run of lower-case role words from ``k`` ends ("campaign manager", "press secretary",
    "aide", "law enforcement official"): at most four words, the last a role or a noun for people;
    ``k`` when there is none."""
    end = k
    m = k
    while m < len(toks) and m < k + 4 and toks[m].is_word and not toks[m].is_cap:
        low = toks[m].low
        if low in _ROLE_RUN_WORDS or _is_head(toks[m]):
            end = m + 1
        elif of and low == "of" and end == m and m + 1 < len(toks) and toks[m + 1].is_word and not toks[m + 1].is_cap \
                and toks[m + 1].low not in DETERMINERS and toks[m + 1].low not in PRONOUNS:
            end = m + 2  # "secretary of state", "chief of staff", "director of communications"
            m += 2
            continue
        elif low == "and" and end == m > k and m + 1 < len(toks) and toks[m + 1].is_word and not toks[m + 1].is_cap \
                and (toks[m + 1].low in _ROLE_RUN_WORDS or _is_head(toks[m + 1])):
            m += 1  # "founder and chief executive": two roles of one person
            continue
        elif low in CLAUSE_WORDS or low in _PREPS or low in DETERMINERS or low in PRONOUNS \
                or low in _AUXILIARIES or low in _CUE_VERBS or low in _RUN_BREAKS or low.endswith(("ly", "ed", "ing")):
            break
        m += 1
    return end


_RUN_BREAKS = frozenset("and or but nor as than".split())


_ROLES_BEFORE_NAME = ROLE_WORDS_BEFORE_NAME | SPEAKER_NOUNS
_ROLE_RUN_WORDS = _ROLE_WORDS | ROLE_WORDS_BEFORE_NAME


#: where something is said: "in a statement", "at a rally", "on a conference call"
SETTING_WORDS = frozenset(
    "statement interview email emails letter speech speeches tweet tweets post posts call conference briefing "
    "rally hearing debate appearance remarks address video meeting session press op-ed commercial ad".split())


def _time_or_setting_after(toks: list[Tok], prep: Tok) -> bool:
    """Does the preposition at ``prep`` open a time or a setting ("on Tuesday", "in a statement")?"""
    i = _index_at(toks, prep.start)
    if i is None:
        return False
    for t in toks[i + 1:i + 5]:
        if t.low in TIME_WORDS or t.text[:1].isdigit() or t.low in SETTING_WORDS:
            return True
        if not t.is_word or t.low not in DETERMINERS and not t.low.endswith(("ly", "-minute", "-page")) \
                and t.low not in ("last", "this", "next", "early", "late", "recent", "written", "brief", "separate"):
            return False
    return False


def name_core(text: str, start: int, end: int) -> tuple[int, int]:
    """Strip leading titles and determiners from a name phrase: "Finance Minister Hugo Lind" -> "Hugo Lind"."""
    toks = tokens(text, start, end)
    i = 0
    while i < len(toks) - 1 and (toks[i].low.rstrip(".") in TITLE_WORDS or toks[i].low in DETERMINERS
                                 or not toks[i].is_cap):
        i += 1
    return toks[i].start, toks[-1].end
