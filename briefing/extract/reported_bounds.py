"""Where reported content begins and ends: the words after a cue that are its content, not a
time, a setting, an adjunct or a new clause ("endorsed Cruz [Wednesday]", "said [on Thursday] that",
"which [he] said would be ..."). Shared by the attribution of reported speech."""

from __future__ import annotations

import re

from briefing.extract.lexicon import CLAIM_CUES, CUES, SPEECH_CUES
from briefing.extract.phrases import SETTING_WORDS, TIME_WORDS, Phrase, tokens
from briefing.extract.text import TIME_LATER

# what may follow the speaker of an inverted cue ("..., said Ana Ruiz, who ...", "said Ruiz on Tuesday."),
# unlike a clause's subject ("..., said Obama failed to ..." is "X said [Obama failed]")
INVERTED_TAIL = re.compile(
    r"\s*(?:$|[,;:.!?()\u2014\u2013\"\u201d\u2019']|-|(?:on|in|at|during|after|before|last|this|earlier|"
    r"late|when|while|as|who|whose|of|from|for|to|with|about|of|yesterday|today|tonight|recently|"
    r"\w+day)\b)")
SUBORDINATE_REST = re.compile(r"(?:as|while|when|because|after|before|since|though|although|if|until|even as)\b")
CLAUSE_CUES = SPEECH_CUES | CLAIM_CUES
INFINITIVE_CUES = frozenset(
    "pledged pledges pledge vowed vows vow promised promises promise threatened threatens plans planned "
    "wants wanted want sought seeks seeking agreed agrees refused refuses urged urges hopes hoped hope hoping "
    "decided decides offered offers proposed proposes prefer prefers preferred demanded demands vowing pledging "
    "promising planning plan".split())
PRONOMINAL_OBJECT = re.compile(r"(?:as much|little|nothing|so|otherwise|the same|much the same)\b")
_CLAUSE_SIGNS = frozenset(
    "is are was were has have had will would can could should may might must does did do he she they i we it "
    "there who which".split())
_NP_BREAKS = frozenset("but because after before when while despite although though until since whereas than amid".split())
_PARTY_TAG = re.compile(r"\((?:[RDI]|GOP|Dem)(?:[-\u2013][A-Z][\w.]*)?\)")
_AS_AFTER = re.compile(r",\s+as\s")
_ADVERBS_BEFORE_VERB = frozenset("also then later once again even still now repeatedly quickly".split())
_OBJECT_SETTINGS = SETTING_WORDS | frozenset("effort bid attempt wake part".split())  # "in an effort to", "in part"


_RELATIVE_BEFORE = re.compile(r"(?:\b(?:which|what|that|who|whom)|(?<![A-Za-z'\u2019-])[a-z]+)\s+$")
# "which city finance director [Alan Fujimoto] said would": the pronoun a word or two before the speaker
_PRONOUN_A_FEW_WORDS_BEFORE = re.compile(r"\b(?:which|what)\s+(?:[a-z][\w-]*\s+){1,2}$")


def relative_start(text: str, s_start: int, ph: Phrase) -> int | None:
    """Start of the relative clause a speaker phrase opens ("what [she] said is", "which [he] said
    would", "meddling [the congressman] said is"), or None."""
    m = _RELATIVE_BEFORE.search(text, max(s_start, ph.start - 40), ph.start)
    if m is None:
        return None
    if (few := _PRONOUN_A_FEW_WORDS_BEFORE.search(text, max(s_start, ph.start - 40), ph.start)) is not None:
        return few.start()
    word = m.group().strip().lower()
    if word in ("which", "what", "that", "who", "whom"):
        return m.start()
    if word in CUES or word in _CLAUSE_SIGNS or word in ("and", "or", "but", "to", "of", "in", "on", "for", "with"):
        return None  # a verb or a function word before the speaker: no relative clause
    return m.start() if word.endswith(("ing", "ion", "ment", "ness", "ity", "s")) else None


def np_object_end(text: str, c_start: int, s_end: int) -> int:
    """Where a noun-phrase object of a cue ends: "endorsed Jeb Bush for president [and midwifed ...]",
    "defended Cruz [in a recent interview]", "criticized the plan [, but ...]". Content that holds a
    clause of its own (an auxiliary, a pronoun subject) is left whole."""
    toks = tokens(text, c_start, min(s_end, c_start + 400))
    quoted = False  # inside a quotation, which the object holds whole: 'described the scheme as "crude but effective"'
    for k, t in enumerate(toks):
        low = t.low
        if t.text in ('"', "\u201c", "\u201d"):
            quoted = t.text == "\u201c" or (t.text == '"' and not quoted)
            continue
        if quoted and k > 0:
            continue
        if low in ("who", "which") and k >= 2 and toks[k - 1].text == "," and not _AS_AFTER.search(
                text, t.start, s_end):  # "criticism of Matt Lauer[, who took heat ...]", not "called X, who ..., as"
            return _before_comma(text, c_start, t.start)
        if t.is_word and low in _CLAUSE_SIGNS and not t.is_cap or (k == 0 and low == "that"):
            return s_end
        if k == 0:
            continue
        if t.text == "(" and _PARTY_TAG.match(text, t.start):
            continue  # "Gov. Rick Snyder (R) to resign": a party and state after a name, not an aside
        if t.text in (";", "(", "\u2014", "\u2013", "--") or (t.text == "-" and text[t.start - 1:t.start] == " "):
            return _before_comma(text, c_start, t.start)
        if low in _NP_BREAKS:
            return _before_comma(text, c_start, t.start)
        if low in ("and", "but"):
            j = k + 1
            while j < len(toks) and (toks[j].low in _ADVERBS_BEFORE_VERB or toks[j].low.endswith("ly")):
                j += 1
            if j < len(toks) and toks[j].is_word and not toks[j].is_cap and (
                    toks[j].low in _CLAUSE_SIGNS or toks[j].low in CUES or (toks[j].low.endswith("ed")
                                                                            and len(toks[j].low) > 4)):
                return _before_comma(text, c_start, t.start)  # "... and has called for", "and challenged him"
        if low in _TIME_NOUNS and t.is_word and (t.is_cap or low in ("yesterday", "today")) and low not in (
                "may", "march") and k >= 1:
            return _before_comma(text, c_start, t.start)  # "endorsed Cruz Wednesday"
        if low in ("in", "on", "at", "during") and k + 1 < len(toks):
            nxt = [x.low for x in toks[k + 1:k + 4]]
            if any(w in _OBJECT_SETTINGS or w in _TIME_NOUNS or w[:1].isdigit() for w in nxt):
                return _before_comma(text, c_start, t.start)  # "in a recent interview", "in early June"
    return s_end


# a time noun ends a noun-phrase object ("endorsed Cruz Wednesday"); "Monday's decision" and "earlier" do not
_TIME_NOUNS = (TIME_WORDS - {"monday's", "earlier"}) | frozenset("early late past recent".split())


def _before_comma(text: str, lo: int, i: int) -> int:
    while i > lo and text[i - 1] in " ,":
        i -= 1
    return i


BARE_AUDIENCE_THAT = re.compile(
    r"\s*(?P<aud>[a-z][\w'\u2019-]*(?:\s+[a-z][\w'\u2019-]*){0,3}?)"
    r"(?=\s+(?:(?:on|in|at|outside|after|during)\s+[^,.;:\"\u201c\u201d]{1,60}?\s+)?that\s)")  # "journalists in Pretoria that"
LEADING_TIME = re.compile(
    r"\s*(?:on\s+|late\s+|early\s+|last\s+|this\s+|earlier\s+|later\s+)?(?:[A-Z][a-z]+day|yesterday|today|"
    r"(?:this|last)\s+(?:week|weekend|month|year|morning|afternoon|evening)"
    r"|" + TIME_LATER + r")\b"
    r"(?:\s+(?:morning|afternoon|evening|night))?"
    r"(?=\s+(?:that\s|[a-z])|\s*(?:[,.;]|$))")
COMMA = re.compile(r",\s*")
COMMA_OR_DASH = re.compile(r"\s*[,\u2014]\s*")
COMMA_THAT = re.compile(r"\s*(?:,\s*)?(?:that\s+)?")
PARTICIPLE_OF_SPEAKER = re.compile(r"[a-z]+ing\b")
# a gerund that opens the reported clause as its subject: "..., he said, replacing Clinton would be harder"
GERUND_SUBJECT = re.compile(
    r"(?!(?:saying|adding|telling|writing|asking|noting|explaining|warning|replying|calling|citing|arguing|"
    r"insisting|pointing|urging|accusing|describing|referring|claiming|suggesting|blaming|praising)\b)"
    r"[a-z]+ing\b(?:\s+[\w'’-]+){0,5}?\s+(?:would|will|could|can|may|might|should|is|was|are|were|has|had)\b")
REFUSALS = frozenset("declined declines decline refused refuses refuse".split())
TO_VERB = re.compile(r"to\s+[a-z]+")
ADVERBIAL_THEN_THAT = re.compile(
    r"\s*(?:out\s+that\s+|(?:only|simply|merely|just)\s+that\s+|"  # "pointed out that", "said only that"
    r"(?:,\s*)?(?:in|on|at|during|after|before|within|outside|inside|near|from|(?:last|this)\s+(?:week|weekend|month|year|morning|afternoon|evening|"
    r"night|spring|summer|fall|autumn|winter|[A-Z][a-z]+day)|earlier|later?|afterwards?|subsequently|separately|"
    r"previously|openly|explicitly|recently|repeatedly|again|shortly|since|"
    r"for\s+(?:months|weeks|years|days|decades|hours|some\s+time|a\s+long\s+time|the\s+(?:first|last)\s+time)|"
    r"throughout|over|privately|publicly|\w+day|unanimously|\d{1,2}-\d{1,2}|"  # "ruled 6-3 that", "ruled unanimously"
    r"for\s+(?:the|a\s+unanimous)\s+(?:majority|court|panel|minority))\b"
    r"(?:[^,.;:\"\u201c\u201d]|,\s+[A-Z][a-z]+(?:\s[A-Z][a-z]+)?,|\.(?=[A-Za-z])"  # "in Buffalo, New York, that"
    r"|[\"\u201c][^\"\u201c\u201d.]{1,40}[\"\u201d])"  # 'on the company's "Build Notes" podcast'
    r"{0,100}?\s+that\s+(?!(?:day|evening|night|morning|afternoon|week|weekend|month|year|time)\b))")
