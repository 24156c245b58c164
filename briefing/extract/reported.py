"""Reported speech: the cues no quotation claimed, turned into indirect attributions: the clause
after "X said (that)", the clause before ", X said", the sentence around "according to X", the
question put to someone ("was asked whether ..."), the object of a stance ("endorsed Cruz")."""

from __future__ import annotations

import bisect
import re
from itertools import islice
from operator import attrgetter

from briefing.extract.attribution import (
    _INTRO_PHRASE,
    AUDIENCE_CUES,
    COORDINATED_BEFORE,
    COORDINATED_BEFORE_SAYING,
    COORDINATED_CUE,
    DATELINE,
    JOIN_WORD,
    OPENING_ADVERBIAL,
    PARTICIPLE_TAIL,
    PREP_BEFORE_PARTICIPLE,
    SUBORDINATORS,
    TRAILING_ADVERBIAL,
    Attribution,
    Ctx,
    according_phrase,
    audience,
    coordinated_subject,
    has_words,
    participle_subject,
)
from briefing.extract.cues import (
    DENIAL_VERBS,
    NEXT_AUX,
    VERB_ONLY_CUES,
    Cue,
)
from briefing.extract.lexicon import (
    CLAUSE_JOINS,
    CUES,
    DOCUMENT_HEADS,
    DOCUMENT_PARTICIPLES,
    FIRM_KINDS,
    INVERTIBLE_CUES,
    NAMING_CUES,
    PLURAL_INVERTIBLE_CUES,
    SPEECH_CUES,
    STANCE_CUES,
    plural_speaker,
)
from briefing.extract.names import is_place, is_role_word
from briefing.extract.phrases import (
    AS_SAYING_AFTER,
    QUOTING_VERBS,
    SAYING_VERBS,
    Phrase,
    phrase_after,
    phrase_before,
)
from briefing.extract.reported_bounds import (
    ADVERBIAL_THEN_THAT,
    BARE_AUDIENCE_THAT,
    CLAUSE_CUES,
    COMMA,
    COMMA_OR_DASH,
    COMMA_THAT,
    GERUND_SUBJECT,
    INFINITIVE_CUES,
    INVERTED_TAIL,
    LEADING_TIME,
    PARTICIPLE_OF_SPEAKER,
    PRONOMINAL_OBJECT,
    REFUSALS,
    SUBORDINATE_REST,
    TO_VERB,
    np_object_end,
    relative_start,
)
from briefing.extract.text import SENTENCE_REACH, back_over
from briefing.extract.trie import word_pattern

_ASKED_OPENING = re.compile(
    r"\W*(?:(?:and|but|so|then|later)\s+)?(?:(?:when|after being|once|if|also|later)\s+)?asked\b", re.IGNORECASE)
_ASKED_TAIL = re.compile(
    r"(?:\s+by\s+(?P<by>[^,]{1,60}?))?(?:\s+(?:on|in|during|at|last|this|earlier|later|again|repeatedly|specifically)"
    r"\b[^,]{0,50}?)?\s+(?P<q>(?:if|whether|what|who|whom|whose|how|why|which|when|where|about|to)\b[^,]{3,300}?),\s")


_PASSIVE_ASKED_BEFORE = re.compile(
    r"\b(?:was|were|is|are|been|being|when|after|once)\s+(?:(?:\w+ly|also|later|then|again)\s+)?$")
_ASKED_TAIL_ANYWHERE = re.compile(
    r"(?:\s+by\s+(?P<by>[^,]{1,60}?))?(?:\s+(?:on|in|during|at|last|this|earlier|later|again|repeatedly|specifically)"
    r"\b[^,]{0,50}?)?\s+(?P<q>(?:if|whether|what|who|how|why|which|about)\b[^,;]{3,300}?)(?:,\s|$)")




def _quotation_end(ctx: Ctx, pos: int) -> int | None:
    """Where the quotation that ``pos`` lies inside ends, or None."""
    qi = bisect.bisect_right(ctx.quotes, pos, key=_OPEN_AT) - 1
    if qi >= 0 and ctx.quotes[qi].open_at < pos < ctx.quotes[qi].outer_end:
        return ctx.quotes[qi].outer_end
    return None


def _asked_question(text: str, s_start: int, cue: Cue, s_end: int) -> Attribution | None:
    """"Asked (by Stephanopoulos) whether he would run, Carson said ...": the question put to the
    subject is reported speech of the one who asked (unnamed when the sentence does not say)."""
    if not _ASKED_OPENING.fullmatch(text, s_start, cue.end):
        # "Clinton was asked about speeches she made ...", "he said when asked about Trump's temperament"
        if not _PASSIVE_ASKED_BEFORE.search(text, max(s_start, cue.start - 30), cue.start):
            return None
        m = _ASKED_TAIL_ANYWHERE.match(text, cue.end, s_end)
        if not m or m.group("q").split()[0] in ("to",):
            return None
        by = phrase_after(text, m.start("by"), m.end("by")) if m.group("by") else None
        q_start = m.start("q") + (6 if m.group("q").startswith("about ") else 0)  # what it was about
        return Attribution(q_start, m.end("q"), "indirect", (cue.start, cue.end), by)
    m = _ASKED_TAIL.match(text, cue.end, s_end)
    if not m:
        return None
    by = None
    if m.group("by"):
        by = phrase_after(text, m.start("by"), m.end("by"))
    return Attribution(m.start("q"), m.end("q"), "indirect", (cue.start, cue.end), by)


_OPEN_AT = attrgetter("open_at")
_COMPARISON_REST = re.compile(r"(?:compared|as opposed|in contrast|up from|down from|versus|"
                              r"(?:just\s+|slightly\s+|well\s+|far\s+)?(?:ahead\s+of|short\s+of|shy\s+of|"
                              r"in\s+line\s+with|above|below))\b")


_NEGATION_BEFORE = re.compile(
    r"(?:\b(?:do|does|did|would|will|could|can|should|has|have|had|is|was|are|were|may|might|must)\s+(?:not|never)"
    r"|\b\w+n['\u2019]t|\bnever|\bnot)\s+(?:\w+ly\s+)?$")


def _negated(text: str, lo: int, cue: Cue) -> tuple[int, int]:
    """The cue's span, with its negation when it has one: "did not say", "wouldn't endorse", so the app
    and the memo show that the speaker did not say or do what the item holds."""
    m = _NEGATION_BEFORE.search(text, max(lo, cue.start - 40), cue.start)
    return (m.start() if m else cue.start), cue.end


def _fronted_participle(text: str, cue: Cue, s_end: int) -> Attribution | None:
    """"Noting that only Kirk voted with Democrats, Tester said ...", "Citing the attack, Will wrote":
    a participle that opens the sentence reports what the main clause's subject says or does."""
    _aud, _after, c_start, _timed, _that = _content_start(text, cue, s_end)
    for comma in _COMMA_THEN.finditer(text, c_start, s_end):
        if _CONTENT_GOES_ON.match(text, comma.end()):
            continue  # "Noting that X, which ..., Y said"
        ph = phrase_after(text, comma.end(), s_end)
        if ph is None or ph.start != comma.end() or ph.kind == "pronoun" and text[ph.start:ph.end].lower() in (
                "it", "this", "that"):
            return None  # the main clause must open with its subject: not "..., Will urged" (a modal skipped)
        words = text[ph.start:ph.end].rsplit(" ", 1)
        if len(words) == 2 and words[1] in INVERTIBLE_CUES:
            ph = Phrase(ph.start, ph.start + len(words[0]), ph.kind)  # "the Associated Press [reports] that"
        elif (verb := _MAIN_VERB.match(text, ph.end, s_end)) is None or verb.group("verb") not in CUES:
            return None  # the subject must say or do something: "Tester said", "the senator has argued";
            # not "Complaining of chest pains, the senator was taken to a hospital"
        end = comma.start()
        while c_start < end and text[c_start] in "\"\u201c\u2018' ":
            c_start += 1  # the words: a quotation inside is its own item
        end = back_over(text, c_start, end, "\"\u201d\u2019' ")
        return Attribution(c_start, end, "indirect", (cue.start, cue.end), ph) if end > c_start else None
    return None


_CONTENT_GOES_ON = re.compile(r"(?:which|who|whom|whose|and|but|or|as|while|although|though|including|not)\b")
_COMMA_THEN = re.compile(r",[\"\u201d\u2019]?\s+")
_MAIN_VERB = re.compile(
    r"\s+(?:(?:also|then|later|often|still|again|has|have|had|would|will|did|does|was|is|\w+ly)\s+){0,2}"
    r"(?P<verb>[a-z]+)\b")
# lower-case words the speaker phrase did not take between a clause's comma and the speaker: "..., harbour
# spokesman Hugo Lind said", "..., Algerian foreign affairs ministry spokesman ... said"; not a clause of
# its own ("..., and then Lind said", "..., which Lind said")
_ROLE_LEAD_IN = re.compile(
    r",\s+(?:(?!(?:and|but|or|then|so|as|when|while|which|who|whom|that|also|he|she|they|it|we|i|if|because|"
    r"after|before|since|though|although|where|what|how|is|was|are|were|has|had|have|not)\b)"
    r"(?:[a-z][\w'\u2019-]*|[A-Z][a-z]+(?:an|ese|ish|i))\s+){1,4}$")  # lower case, or "Algerian", "Chinese"
# "CLAUSE, a spending plan Beijing has criticized": a thing before the name, which the name talks about
_THING_LEAD_IN = re.compile(r"\b(?:plan|plans|move|moves|decision|policy|deal|bill|law|proposal|step|measure|idea|"
                            r"figure|number|amount|sum|level|rate|claim|charge|accusation|allegation)\s+$")
_CALL_FORMS = frozenset("call calls called calling".split())
# "called on the senator to resign"; not "called on Tuesday for talks" (a time)
_ON_UPON = re.compile(
    r"\s+(?:on|upon)\s+(?![A-Z][a-z]+day\b|(?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d"
    r"|\d|(?:the\s+)?(?:morning|afternoon|evening|night|eve|day|weekend)\b)(?=\S)")


def _content_start(text: str, cue: Cue, s_end: int) -> tuple[Phrase | None, int, int, bool, bool]:
    """Where reported content starts after a cue: past the audience ("told reporters"), a time or
    place ("said Sunday in Madison, Wisconsin, that", "told reporters on Thursday he") and "that".
    Returns the audience, the position after it (and after a time), the content start, whether a
    time was skipped and whether the content is introduced by "that"."""
    after = cue.end
    if cue.word in _PHRASAL_CUES and (particle := _PARTICLE.match(text, after, s_end)) is not None:
        after = particle.end()  # "ruled out a rent freeze": the particle belongs to the verb, not the claim
    if cue.word in _CALL_FORMS and (on := _ON_UPON.match(text, after, s_end)) is not None:
        return None, on.end(), on.end(), False, False  # "called on the senator to resign": whom, and to do what
    if cue.word in _ASK_FORMS and (whom := _ASKED_WHOM.match(text, after, s_end)) is not None:
        # "asked Whitaker whether he had the votes", "pressed the speaker on whether": whom, then the question
        kind = "pronoun" if whom.group(1) in ("him", "her", "them") else "name" if whom.group(1)[0].isupper() \
            else "description"
        return Phrase(whom.start(1), whom.end(1), kind), whom.end(1), whom.end(), False, True  # a whole clause
    aud = audience(text, cue, s_end)
    if aud is not None and (two := _TWO_NOUN_PHRASES.match(text, aud.start, aud.end)) is not None:
        aud = Phrase(aud.start, two.end(1), aud.kind)  # "told the meeting [the council had no choice]"
    if aud is None and cue.word in _TELL_FORMS and (bare := _BARE_PLURAL_BEFORE_ASIDE.match(text, after, s_end)):
        aud = Phrase(bare.start(1), bare.end(1), "description")  # "told councillors, during a debate, that ..."
    elif aud is None and cue.word in _TELL_FORMS and (bare := _BARE_PLURAL_AUDIENCE.match(text, after, s_end)):
        aud = Phrase(bare.start(1), bare.end(1), "description")  # "told councillors [the authority had ...]"
    elif aud is None and cue.word in _TELL_FORMS and (two := _TWO_NOUN_PHRASES_AFTER.match(text, after, s_end)):
        aud = Phrase(two.start(1), two.end(1), "description")  # "told the meeting [the scheme would ...]"
    if aud is not None:
        after = aud.end
    elif cue.word in AUDIENCE_CUES and (bare := BARE_AUDIENCE_THAT.match(text, after, s_end)):
        aud = Phrase(bare.start("aud"), bare.end("aud"), "description")  # "told foundation employees ... that"
        after = bare.end("aud")
    if (aside := _ASIDE_AFTER_CUE.match(text, after, s_end)) is not None:
        after = aside.end()  # "cautioned, however, that ...": the aside is no part of the claim
    if (doc := _IN_A_STATEMENT_THEN_CLAUSE.match(text, after, s_end)) is not None \
            and not ADVERBIAL_THEN_THAT.match(text, after, s_end):  # not "in a statement it issued ... that"
        after = doc.end()  # "said in a statement (on Monday) it would reopen the border": where, then the claim
    m = ADVERBIAL_THEN_THAT.match(text, after, s_end)  # "tweeted in the early morning hours that ..."
    if m is not None and _NOUN_THEN_THAT.search(text, m.start(), m.end()):
        m = None  # "warned for years of a crisis that threatens ...": a relative clause, not the claim's "that"
    timed = False
    if m is None and (t := LEADING_TIME.match(text, after, s_end)) and t.end() < s_end:
        after = t.end()
        timed = True
    m = m or _CITING_THEN_THAT.match(text, after, s_end) or _ASIDE_THEN_THAT.match(text, after, s_end) \
        or COMMA_THAT.match(text, after, s_end)
    if aud is not None and not (m and m.group().rstrip().endswith("that")):
        # "told friends since the spring, at fundraisers, that"; "told investors on a call with analysts that",
        # "told reporters at the Whitlock headquarters that": the rest of whom and where, then the claim
        m = _ADJUNCTS_THEN_THAT.match(text, after, s_end) or _AUDIENCE_REST_THEN_THAT.match(text, after, s_end) or m
    if m and m.group().rstrip().endswith("that") and _VERB_AFTER_THAT.match(text, m.end()):
        # "said that was not enough", "said that is why she left": "that" is what the claim is about
        return aud, after, m.end() - len(m.group()) + len(m.group().rstrip()) - 4, timed, False
    return aud, after, (m.end() if m else after), timed, bool(m) and m.group().rstrip().endswith("that")


_IN_A_STATEMENT_THEN_CLAUSE = re.compile(
    r"\s+in\s+(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:statement|interview|release|letter|e-?mail|post|"
    r"speech|note|briefing|filing|report)(?:\s+(?:on|late|early|last)\s+\w+)?(?:\s+(?:with|to)\s+(?:the\s+)?"
    r"[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3})?(?:\s+(?:on|late|early|last)\s+\w+)?\s+"
    r"(?=(?:it|he|she|they|we|I|the|this|there|its|his|her|their|a|an)\s+[a-z])")
# a participle of effect after a reported reason: what happened next, in the writer's words
_EFFECT_PARTICIPLE = re.compile(r",\s+(?:sending|leaving|pushing|driving|putting|prompting|causing|triggering|wiping|"
                                r"dragging|lifting|knocking)\b")
_PREDICTION = re.compile(r"\b(?:would|could|will|might|may|should)\b")
_ASK_FORMS = frozenset("asked asks ask pressed presses".split())
_ASKED_WHOM = re.compile(r"\s+((?:the\s+)?[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,2}|him|her|them|the\s+[a-z]+)"
                         r"\s+(?:on\s+)?(?=(?:whether|if|why|how|what|when|where|who)\b)")
_ASKED_CLAUSE = re.compile(r"\b[Aa]sked\s+(?:by\s+[^,;]{1,40}?\s+|\w+\s+)?(?:whether|if|about|why|how|what|when)\b[^,;:\"\u201c]*,")
_AUDIENCE_REST_THEN_THAT = re.compile(
    r"\s+(?!(?:the|a|an|he|she|it|they|we|i|this|these|those|there|his|her|their|its)\b)[\w'\u2019.-]+"
    r"(?:\s+[\w'\u2019.-]+){0,6}?\s+that\s+(?!(?:is|was|are|were|has|had|will|would)\b)")
# "Labour's share fell to 31%, according to the Ledger, and the leader faces questions": a clause of its own after
_NEW_CLAUSE_AFTER = re.compile(rf"(?:{CLAUSE_JOINS})\s")
_RELATIVE_AFTER = re.compile(r"(?:which|who|whose)\b")
# "Speaking to supporters, Fenwick thanked ...": a participle's phrase before an action, not the actor's claim
# (before "experts say" a gerund is a subject: "Talking to children about the war helps them cope")
_OPENING_PARTICIPLE = re.compile(r"(?:Speaking|Addressing|Writing|Testifying|Campaigning|Standing|Appearing|"
                                 r"Responding|Talking|Visiting|Arriving|Returning|Flanked|Surrounded|Joined|"
                                 r"Interviewed)\b[^,]*")
# "..., according to Northgate, as falling rates tempted buyers back": the writer's why, not the source's claim
_SUBORDINATE_AFTER = re.compile(r"(?:as|amid|despite|following|leaving|sending|pushing|driving)\s")
_SEEN_BY_AFTER = re.compile(r"\s*(?:seen|obtained|reviewed|cited|quoted|published|leaked|commissioned)\s+by\b[^,;]{0,80},\s+")
_VERB_AFTER_THAT = re.compile(r"(?:was|is|were|are|would|will|could|should|wasn['\u2019]t|isn['\u2019]t|won['\u2019]t|"
                              r"would\s+not|was\s+not|is\s+not|has\s+been|had\s+been|means|meant|seems|seemed|"
                              r"makes|made|sounds|sounded)\b")
_SOURCE_APPOSITIVE = re.compile(
    r"\s*(?:a|an|the)\s+(?:(?!(?:will|would|is|was|are|were|has|have|had|can|could|may|might|must|should|does|did)\b)"
    r"[a-z][a-z'\u2019-]*\s+){0,5}(?:group|tank|firm|agency|organization|organisation|company|institute|body|"
    r"watchdog|regulator|charity|nonprofit|coalition|center|centre|union|association|consultancy|website|outlet|"
    r"publication|newspaper|broadcaster|network|analyst|researcher|provider|monitor|service)\s*,\s+")
_TELL_FORMS = frozenset("told tell tells telling".split())
_CLAUSE_SUBJECT = r"(?:the|a|an|his|her|its|their|this|these|those|he|she|they|it|we|I|there)\b"
_TWO_NOUN_PHRASES = re.compile(rf"((?:the|a|an)\s+[a-z][\w'\u2019-]*)\s+(?={_CLAUSE_SUBJECT})")
_ASIDE_AFTER_CUE = re.compile(r",\s+(?:however|though|nonetheless|nevertheless|moreover|meanwhile|too|also|again|"
                              r"instead|in\s+turn|for\s+(?:his|her|their|its)\s+part),(?=\s)")
_TWO_NOUN_PHRASES_AFTER = re.compile(
    r"\s+((?:the|a|an)\s+(?:meeting|committee|court|jury|council|crowd|audience|conference|hearing|panel|board|"
    r"assembly|chamber|senate|house|inquiry|tribunal|rally|congregation|gathering|summit|forum|session|"
    r"magistrates|judge|station|paper|newspaper|broadcaster|programme|program|show|podcast|channel))"
    rf"\s+(?={_CLAUSE_SUBJECT})")  # "told the meeting [the scheme would ...]"; not "told the truth the whole time"
# what opens an aside between commas after a cue or its audience: "said, in a letter, that", "said on Monday, after a
# meeting, that", "told councillors, during a debate, that"
_ASIDE_OPENERS = r"(?:in|at|after|before|during|on|from|with|via|following|last|this|earlier|later)"
_BARE_PLURAL_BEFORE_ASIDE = re.compile(r"\s+((?:[a-z]+\s+)?[a-z]{3,}s)(?=,\s+" + _ASIDE_OPENERS
                                       + r"\b[^,;:.]{1,100},\s+that\s)")
_BARE_PLURAL_AUDIENCE = re.compile(rf"\s+((?:[a-z]+\s+)?[a-z]{{3,}}s)\s+(?={_CLAUSE_SUBJECT})")
_NOUN_THEN_THAT = re.compile(r"\b(?:of|about)\s+(?:(?:a|an)\s+)?(?!(?:is|was|are|were)\b)[a-z][\w'\u2019-]*\s+that\s+$|"
                             r"\bthat\s+\w+.*\bthat\s+$")  # "of a crisis that ...", "a meeting that lasted ... that"
_WITH_SUBJECT = re.compile(r"(?:^|,\s+|\s)with\s+(?P<np>(?:(?:some|many|most|several|other|the|two|three)\s+)?"
                           r"[a-z][\w'\u2019-]*(?:\s+[a-z][\w'\u2019-]*)?)"
                           r"(?:\s+(?:on|in|from|at)\s+(?:both|all|either|each|the)\s+[a-z]+)?\s+$")  # "on both sides"
# who can speak in "with X saying": people, not "polls showing" or "all precincts reporting"
_WITH_PEOPLE = frozenset(
    "lawmakers analysts officials critics experts economists opponents supporters observers residents protesters "
    "members sources investors traders leaders scientists doctors researchers activists advocates people voters "
    "parents teachers workers diplomats negotiators ministers senators legislators strategists campaigners "
    "unions executives company firm government ministry union group police army agency council bank airline "
    "regulator club party campaign".split())  # (a body speaks too: "with the company saying it had lost ...")
_PHRASAL_CUES = frozenset("ruled rules ruling rule spelled spelt laid set played talked brushed shot fended backed".split())
_PARTICLE = re.compile(r"\s+(?:out|down|up|off|aside)\b(?=\s+\S)")
# "reported, citing people familiar with the matter, that ...": whom the report cites comes first
_CITED_ENDS = re.compile(r", (?=that |(?:" + word_pattern(SPEECH_CUES) + r")\b)")
_CITING_THEN_THAT = re.compile(r"\s*(?:in\s+[A-Z][\w-]*\s*)?,\s+(?:citing|speaking|writing|translated|testifying|"
                               r"appearing|according)\s+[^,;:.\"\u201c\u201d]{1,120},\s+that\s+")


# an aside between commas after the cue, then "that": "said, in a letter to shareholders, that", "said on
# Monday, after a four-hour meeting, that"
_ASIDE_THEN_THAT = re.compile(r"\s*,\s+(?:" + _ASIDE_OPENERS + r"|speaking|writing)\b"
                              r"[^,;:.\"\u201c\u201d]{1,100},\s+that\s+")
# adjuncts of time and place between an audience and "that": " since the spring, at fundraisers and in
# private huddles, that ..."
_ADJUNCTS_THEN_THAT = re.compile(
    r",?\s+(?:(?:since|at|in|on|during|over|after|before|last|this|earlier|recently|privately|repeatedly)\b"
    r"[^.;:\"\u201c\u201d]{0,120}?|[A-Z][\w.]+(?:\s+[A-Z][\w.]+)?|[0-9]{1,3}),\s+that\s+")
# or a state ("in Des Moines, Iowa, that"), or an age ("told Arne Dahl, 61, that")


# A document that opens its sentence, then a participle and where or when it came out: "A study
# published Wednesday in the Journal of Maritime Economics [found]", "A report released Monday by the
# Congressional Budget Office [estimates]"
_DOCUMENT_PARTICIPLE = re.compile(
    r"(?:(?:A|An|The|This|That|Its|Their|His|Her|One|Another|New)\s+)?(?:[\w'\u2019-]+\s+){0,3}?"
    r"(?P<doc>(?i:" + "|".join(sorted(DOCUMENT_HEADS | {"figures", "poll", "polls"}, key=len, reverse=True)) + r"))\s+"
    + DOCUMENT_PARTICIPLES + r"\b[^,;:\"\u201c\u201d.!?]{0,100}?\s+$")
# "believe the deal when they see it", "see it in writing before they sign": a thing believed or seen
# until a condition is met, no claim
_NP_OPENING = re.compile(r"(?:the|a|an|its|his|her|their|this|these|those|our)\b|[A-Z]")
_FINITE = re.compile(r"\b(?:is|are|was|were|will|would|can|could|has|have|had|should|must|may|might|does|do|did|"
                     r"stands?|remains?|holds?)\b")  # "clarified [the ban stands]": a clause, not an object
_WH_WORD = re.compile(r"(?:whether|what|how|why|when|where|who|which|if)\b")
_THAT_ONLY_CUES = frozenset("clarify clarifies clarified clarifying".split())  # report only "that ..."
_TRUST_CUES = frozenset("believe believes believed trust trusts trusted see sees saw".split())
_NP_WORD = r"(?!(?:will|would|is|was|are|were|has|have|had|can|could|should|may|might|must|do|does|did)\b)[\w'\u2019-]+"
_OBJECT_THEN_WHEN = re.compile(
    rf"(?:(?:the|a|an|this|that|these|those|his|her|their|its|our)\s+(?:{_NP_WORD}\s+){{0,2}}{_NP_WORD}"
    r"|it|them|him|her|this|that)"
    r"(?:(?:\s+(?:in|on)\s+(?:writing|paper|print))?\s+(?:when|until|unless|once|before)\b|\s+in\s+writing\b)")
_WHO_BEFORE = re.compile(r"\b(?:who|and)\s+(?:\w+\s+){0,3}$")  # "who had previously requested anonymity"
# "asked not to be named / identified / quoted": why a source is anonymous, whoever asks
_ANONYMITY_REQUEST = re.compile(
    r"\s+(?:not\s+to\s+be\s+(?:named|identified|quoted)|(?:for\s+)?anonymity"
    r"|that\s+(?:his|her|their)\s+(?:(?:last|full|first|real|sur)\s*)?names?\s+not)\b")


_PLACE_AFTER_PREPOSITION = re.compile(r"\b(?:of|in|at|from|near)\s+$")


# what a headline's verb must be for the headline to report someone's words ("Minister says ...")
_HEADLINE_SAYING = frozenset(
    "says say said tells told warns warned claims claimed insists insisted urges urged denies denied admits admitted "
    "vows vowed pledges pledged calls called slams slammed blasts hails hailed accuses accused argues argued "
    "suggests predicts reveals announces announced confirms confirmed vow pledge call slam urge warn deny admit tell "
    "claim insist accuse argue blast hail believe believes fear fears expect expects promise promises demand demands "
    "threaten threatens blame blames concede concedes signal signals predict hope hopes want wants".split()) \
    | {"according to"}


def _headline_line(text: str, pos: int) -> bool:
    """Is ``pos`` in a headline: the text's first line, short, with no full stop at its end? (Read only near
    ``pos``: a run-on text of one endless line must not be sliced whole at every cue.)"""
    line_start = text.rfind("\n", max(0, pos - 250), pos) + 1
    if line_start == 0 and pos > 250:
        return False
    line_end = text.find("\n", pos, pos + 250)
    if line_end < 0:
        if len(text) - pos > 250:
            return False
        line_end = len(text)
    if line_start > 250 or line_start and text[:line_start].strip():
        return False  # the first line only
    line = text[line_start:line_end].rstrip()
    # a headline: one line of its own, no full stop or colon at its end, no sentence inside
    return bool(line) and len(line.split()) <= 18 and line[-1] not in ".!?:\"\u201d\u2019'" \
        and not re.search(r"[.!?]\s+[A-Z]", line)


# a noun phrase after "X said," that comments on the clause before ("the biggest rise in a decade")
_NP_COMMENT = re.compile(r"(?:the|a|an|its|their|his|her)\s", re.I)
_FINITE_WORD = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|does|did|"
                          r"do|says|said|he|she|they|it|we|i|you)\b|[\u201c\"]", re.I)


def reported_speech(ctx: Ctx, by_quote: dict[int, Attribution]) -> list[Attribution]:
    """Indirect speech: cues that no quotation claimed."""
    text = ctx.text
    out: list[Attribution] = []
    speaker_in: dict[int, Phrase] = {}  # sentence index -> latest speaker phrase
    fronted_spans: list[tuple[int, int]] = []  # what opening participles report
    for att in by_quote.values():
        if att.speaker is not None and att.cue is not None:
            speaker_in[ctx.sentence_at(att.cue[0])] = att.speaker
    for cue in ctx.cues:
        if cue.used:
            continue
        si = ctx.sentence_at(cue.start)
        sent = ctx.sents[si]
        s_start, s_end = sent.start, back_over(text, sent.start, sent.end)
        s_start, s_end = max(s_start, cue.start - SENTENCE_REACH), min(s_end, cue.end + SENTENCE_REACH)
        for lo, hi in fronted_spans:
            if lo <= cue.start < hi:
                s_end = min(s_end, hi)  # "Acknowledging that Trump says [X], Allen insisted": X ends at the comma
        if "asked" in text[s_start:cue.start] or "Asked" in text[s_start:cue.start]:
            for q in _ASKED_CLAUSE.finditer(text, s_start, s_end):
                if q.start() < cue.start < q.end():
                    s_end = min(s_end, q.end() - 1)  # "Kreller, asked whether he expected [a deal], said": the question ends
        if (d := DATELINE.match(text, s_start, s_end)) is not None and d.end() < cue.start:
            s_start = d.end()  # "WASHINGTON ― The levy is an insult, leaders said": not the dateline
        if cue.word.lower() not in _HEADLINE_SAYING and _headline_line(text, cue.start):
            continue  # "Port workers reject pay offer as strike enters second week": a headline's verbs are news
        if cue.word in ("asked", "requested") and (
                _ANONYMITY_REQUEST.match(text, cue.end)
                and _WHO_BEFORE.search(text, max(s_start, cue.start - 40), cue.start)):
            cue.used = True  # "who asked not to be named because ...": why a source is anonymous, no claim
            continue
        if text[max(s_start, cue.start - 120):cue.start].count(", a") and (disputed := next(
                (m for m in _CLAIM_DISPUTED.finditer(text, max(s_start, cue.start - 120), cue.end) if m.end() == cue.end),
                None)) is not None:
            cue.used = True  # "..., a claim the ministry denied": the writer's note on what was reported
            if (who := phrase_before(text, disputed.start("who"), cue.start)) is not None:
                speaker_in[si] = who  # (who denied it: "..., a charge the leaders denied, noting that ...")
            continue
        if cue.word in QUOTING_VERBS and AS_SAYING_AFTER.match(text, cue.end, s_end):
            cue.used = True  # "Tass quoted Lavrov as saying ...": the claim is Lavrov's, found at "saying"
            continue
        if cue.word == "asked" and (asked := _asked_question(text, s_start, cue, s_end)) is not None:
            out.append(asked)
            cue.used = True
            continue
        if cue.word == "according to":
            ph = according_phrase(text, cue.end, sent.end)
            if ph is None:
                continue
            before = text[s_start:cue.start].rstrip(" ,\u2014")
            after = COMMA_OR_DASH.match(text, ph.end, s_end)
            if after and _RELATIVE_AFTER.match(text, after.end(), s_end):
                after = None  # "..., according to the Associated Press, which called the race": about the source
            if before and after and len(text[after.end():s_end].split()) >= 3 and text[s_start:cue.start].rstrip(
                    ).endswith((",", "\u2014")) and not (len(before.split()) >= 3 and _appositive_to_end(text, after.end(), s_end)) \
                    and not (len(before.split()) >= 3 and (_NEW_CLAUSE_AFTER.match(text, after.end(), s_end)
                                                           or _SUBORDINATE_AFTER.match(text, after.end(), s_end))):
                content = (s_start, s_end)  # "But the next day, according to Roffman, Trump made demands."
            elif len(before.split()) >= 3:
                content = (s_start, s_start + len(before))
                said = [c for c in ctx.cues_between(s_start, cue.start) if c.used and c.word in _SAY_TELL
                        and text[c.end:c.end + 2] == ", "]
                if said and len(text[said[-1].end + 2:content[1]].split()) >= 3:
                    # "CLAUSE, the company said, just ahead of forecasts, according to LSEG data": the data
                    # back what comes after the company's words
                    content = (said[-1].end + 2, content[1])
            else:
                # "According to X, CLAUSE." (past an appositive: "According to the Urban Policy Center, a
                # nonpartisan think tank, payments would rise")
                m = COMMA.search(text, ph.end, s_end)
                if not m:
                    continue
                if (appos := _SOURCE_APPOSITIVE.match(text, m.end(), s_end)) is not None:
                    m = appos
                elif (seen := _SEEN_BY_AFTER.match(text, m.end(), s_end)) is not None:
                    m = seen  # "According to a memo from the central bank, seen by Diario del Sur, reserves fell"
                elif _RELATIVE_AFTER.match(text, m.end(), s_end) and (rel_end := COMMA.search(text, m.end(), s_end)):
                    m = rel_end  # "According to Shelter, which runs a helpline, 1,200 families called": past the clause
                content = (m.end(), s_end)
            out.append(Attribution(content[0], content[1], "indirect", (cue.start, cue.end), ph))
            cue.used = True
            continue
        if cue.word.endswith("ing") and text[cue.start].isupper() and not text[s_start:cue.start].strip(
                " \"\u201c\u2018'") and (fronted := _fronted_participle(text, cue, s_end)) is not None:
            out.append(fronted)  # "Noting that only Kirk voted with Democrats, Tester said ..."
            fronted_spans.append((fronted.start, fronted.end))
            cue.used = True
            continue
        by_ing = cue.word.endswith("ing") and PREP_BEFORE_PARTICIPLE.search(text, s_start, cue.start) is not None
        # "X corrected the candidate by tweeting ...": the words before "by" are an object, not the speaker
        ph = None if by_ing else phrase_before(text, s_start, cue.start)
        if ph is None and cue.word.endswith("ing") and (w := _WITH_SUBJECT.search(text, s_start, cue.start)) \
                and w.group("np").split()[-1].lower() in _WITH_PEOPLE:
            ph = Phrase(w.start("np"), w.end("np"), "description")  # "..., with lawmakers warning that ..."
        if ph is not None and ph.kind == "name" and cue.word.endswith("ing") and is_place(text[ph.start:ph.end]) \
                and (text[s_start:cue.start].rstrip().endswith(",")
                     or _PLACE_AFTER_PREPOSITION.search(text, max(s_start, ph.start - 8), ph.start)):
            # "... states of Indiana, Michigan, Ohio and Pennsylvania, offering", "in Raleigh, N.C., citing":
            # a place inside a phrase or a list is no speaker (but "Germany, signaling ..." is)
            ph = None
        if (joined := _words_joined_before(text, out, s_start, cue.start)) is not None and (
                ph is None or joined.start <= ph.start < joined.end):
            # "Smith said [the union would consider talks] but warned that ...": Smith warned, not the union
            ph = joined.speaker
        elif ph is None and (COORDINATED_BEFORE.search(text, s_start, cue.start) or cue.word in SAYING_VERBS
                             and COORDINATED_BEFORE_SAYING.search(text, s_start, cue.start)):
            # "X called it "..." but warned that ...": a coordinated cue shares the subject
            ph = speaker_in.get(si) or coordinated_subject(text, s_start, cue.start)
        participle = False
        if ph is None and cue.word.endswith("ing") and (
                text[s_start:cue.start].rstrip().rstrip("\"\u201d\u2019'").endswith(",") or by_ing):
            # "..., the mayor said, adding that ...": the participle shares the clause's speaker
            ph = participle_subject(text, speaker_in.get(si), s_start, cue.start)
            participle = ph is not None
        if ph is None and not by_ing and (m := _DOCUMENT_PARTICIPLE.match(text, s_start, cue.start)) is not None:
            ph = Phrase(m.start(), m.end("doc"), "description")  # "A study published Wednesday in X found"
        if ph is None and cue.word in _BARE_SUBJECT_CUES and not by_ing:
            ph = _bare_subject(text, s_start, cue.start)  # "Clinton's biggest boosters in New Hampshire insisted"
        if participle and ph is not None:
            aud, _after, c_start, _timed, _that = _content_start(text, cue, s_end)
            least = 3
            if cue.word == "citing" and (cut := _CITED_ENDS.search(text, c_start, s_end)) is not None:
                s_end, least = cut.start(), 2  # "reported, citing people familiar with the matter, that ..."
            if (effect := _EFFECT_PARTICIPLE.search(text, c_start, s_end)) is not None \
                    and not _PREDICTION.search(text, c_start, effect.start()):
                s_end = effect.start()  # "blaming a drop in rates, sending its shares down 11%": the writer's
                # (but "warning that tariffs would raise prices, pushing inflation up": the prediction goes on)
            if len(text[c_start:s_end].split()) >= least:
                out.append(Attribution(c_start, s_end, "indirect", (cue.start, cue.end), ph, audience=aud))
                cue.used = True
            continue
        if ph is not None:
            speaker_in[si] = ph
            before_ph = text[s_start:ph.start]
            if ph.appositive is not None and s_start <= ph.appositive[0] and ph.appositive[1] <= ph.start:
                before_ph = text[s_start:ph.appositive[0]]  # "CLAUSE, the chief executive, Tim Cook, said"
            if ph.kind == "name" and (lead_in := _ROLE_LEAD_IN.search(before_ph)) is not None \
                    and not _THING_LEAD_IN.search(lead_in.group()):
                before_ph = before_ph[:lead_in.start() + 1] + " "  # "CLAUSE, [harbour] spokesman Hugo Lind said"
            aud, after, c_start, timed, that = _content_start(text, cue, s_end)
            if cue.word in _THAT_ONLY_CUES and not that and not _WH_WORD.match(text, c_start) \
                    and _NP_OPENING.match(text, c_start) and not _FINITE.search(text, c_start, s_end):
                cue.used = True  # "clarified the rules for importers": an object, no claim
                continue
            if cue.word in _TRUST_CUES and not that and _OBJECT_THEN_WHEN.match(text, c_start, s_end):
                cue.used = True  # "they will believe the deal when they see it": trust, not a claim
                continue
            coord = (COORDINATED_CUE.search(text, c_start, s_end) if JOIN_WORD.search(text, c_start, s_end)
                     else None) or _participle_tail(text, c_start, s_end)
            while coord and (q_end := _quotation_end(ctx, coord.start())) is not None and q_end > coord.start() + 2:
                # not inside the quotation it reports ('"decided first and asked later"'): look on after it
                coord = COORDINATED_CUE.search(text, q_end, s_end) or _participle_tail(text, q_end, s_end)
            if coord:
                s_end = coord.start()
            if (disputed := _CLAIM_DISPUTED.search(text, c_start, s_end)) is not None:
                s_end = disputed.start()  # "said the deal freed seven detainees, a claim the ministry denied"
            s_end = _next_speaker_clause(ctx, c_start, s_end)
            s_end = _before_trailing_attribution(ctx, c_start, s_end)
            sub = _SUBORDINATE_OPENING.match(text, s_start, s_end)
            if sub and cue.start < sub.end():
                s_end = sub.end() - 1  # "When Trump suggested that CLAUSE, Rubio fired back": the clause ends there
            if cue.word in NAMING_CUES:
                # "called the deal a "historic win" on Tuesday": the object ends with the quotation
                qi = bisect.bisect_left(ctx.quotes, c_start, key=_OPEN_AT)
                if qi < len(ctx.quotes) and ctx.quotes[qi].open_at - c_start < 60 and ctx.quotes[qi].outer_end <= s_end:
                    s_end = ctx.quotes[qi].outer_end
            if cue.word in VERB_ONLY_CUES and NEXT_AUX.match(text, cue.end) and (
                    rel := relative_start(text, s_start, ph)) is not None:
                # "what she said is growing demand", "which he said would be its lowest ever",
                # "meddling the congressman said is designed to ...": the claim is the relative clause
                rel_end = s_end
                if text[max(0, rel - 2):rel] == ", " and (close := _RELATIVE_CLOSE.search(text, cue.end, s_end)):
                    rel_end = close.start()  # "The company, which analysts said was overvalued, cut 200 jobs"
                out.append(Attribution(rel, np_object_end(text, cue.end, rel_end), "indirect",
                                       (cue.start, cue.end), ph))
                cue.used = True
                continue
            relative = text[ph.start:ph.end].lower() in ("who", "which", "that")
            if relative and text[s_start:ph.start].rstrip().endswith(","):  # ", who ..." between commas
                if (close := _RELATIVE_CLOSE.search(text, c_start, s_end)) is not None:
                    s_end = close.start()  # "The mayor, who said the toll would rise, declined to comment"
                if cue.word not in CLAUSE_CUES and (comma := text.find(", ", c_start, s_end)) >= 0:
                    s_end = comma  # "The committee, which supported Kloppenburg, spent ...": the object ends there
            semi = text.find(";", c_start, s_end)
            while semi > c_start and text.rfind("(", c_start, semi) > text.rfind(")", c_start, semi):
                # "(hazard ratio 1.85; 95% confidence interval ...)": a stop inside brackets ends nothing
                close = text.find(")", semi, s_end)
                if close < 0:
                    break  # a bracket never closed: the semicolon ends the clause after all
                semi = text.find(";", close, s_end)
            if semi > c_start:
                s_end = semi  # "the timing was not intentional; they only learned ...": a clause ends at ";"
            np_end = s_end
            if not that and cue.word not in AUDIENCE_CUES \
                    and (cue.word not in CLAUSE_CUES or PRONOMINAL_OBJECT.match(text, c_start, s_end)):
                # "endorsed X for mayor and ...", "said as much in an interview"; a said-clause stays whole
                np_end = np_object_end(text, c_start, s_end)
            object_cut = np_end < s_end and bool(re.search(r"\w", text[c_start:np_end]))
            s_end = np_end if object_cut else s_end
            rest = text[c_start:s_end]
            if (timed or aud is not None and not that or text[after:c_start].strip().startswith(",")) \
                    and SUBORDINATE_REST.match(rest):
                rest, object_cut = "", False  # "..., lawmakers said Friday, as they bristled at ...": an adjunct
            adverbial = TRAILING_ADVERBIAL.match(rest) and not (
                (object_cut or cue.word in INFINITIVE_CUES) and TO_VERB.match(rest))  # "pledged to close the port"
            if not adverbial and (cm := rest.find(", ")) > 0 and SUBORDINATE_REST.match(rest, cm + 2) \
                    and not re.search(r",\s+that\b", rest) \
                    and TRAILING_ADVERBIAL.match(rest[:cm]) and not TO_VERB.match(rest) \
                    and not re.search(r"\bthat$", rest[:cm]):  # not "said in a statement that, if ..., X
                adverbial = True  # "..., the agency said in its monthly report, as a drought cut yields"
            if cue.word in SAYING_VERBS and (pro := _PRO_FORM.match(rest)) is not None:
                s_end, rest, object_cut = c_start + pro.end(), pro.group(), True  # "said yes, compared with ..."
            rest_is_clause = (len(rest.split()) >= 3 or object_cut or (cue.word in _SAID_SAYS or that or aud is not None)
                              and _TWO_WORD_CLAUSE.fullmatch(rest)) and not adverbial and not (
                text[after:c_start].strip().startswith(",") and PARTICIPLE_OF_SPEAKER.match(rest)
                and not GERUND_SUBJECT.match(rest))  # "X said, adding"; not "X said, replacing her would be"
            if cue.word in STANCE_CUES and not rest_is_clause and not adverbial and not cue.word.endswith("ing") \
                    and _NAME_OBJECT.fullmatch(rest.strip()) and text[ph.start:ph.end].lower() != "you" \
                    and not text[s_start:sent.end].rstrip(" \"\u201d").endswith("?"):
                # "X endorsed Clinton, saying ...": the object, not a phrase before X; but not a question
                # ("Do you support Trump?") nor a participle ("ads attacking Dewhurst")
                rest_is_clause = True
            if cue.word in REFUSALS and (to := TO_VERB.match(text, c_start, s_end)):
                rest_is_clause = True  # "A spokesman declined to comment": what they would not say
                s_end = min(s_end, to.end()) if len(rest.split()) < 3 else s_end
            clause_before = before_ph.strip(" ,") and before_ph.rstrip().endswith(",") and not relative \
                and not _ASKED_OPENING.match(text, s_start, ph.start)
            # not "Asked if he was bullied, Carson said no": the question is not his; nor what comes before
            # "who"/"which" ("the crowd, which chanted his name"): that is the antecedent's clause
            clause_end = s_start + len(before_ph.rstrip().rstrip(","))
            compared = text[after:c_start].strip().startswith(",") and _COMPARISON_REST.match(rest)
            if compared:
                rest_is_clause = False  # "..., the group said, compared with $2,700 for ...": not more content
            # "..., the agency said on Monday, the biggest rise in a decade": the writer's comment on the clause
            comment = bool(rest) and _NP_COMMENT.match(rest) is not None and _FINITE_WORD.search(rest) is None \
                and len(rest.split()) <= 12 and not any(w.strip(".,;:)\"'\u201d").endswith(("ed", "ing", "n't", "n\u2019t"))
                                                        for w in rest.lower().split()) \
                and text[after:c_start].strip().startswith(",") and len(text[s_start:clause_end].split()) >= 3 \
                and not any(c.word in _SAY_TELL for c in ctx.cues_between(s_start, ph.start))  # not a second speaker
            if comment:
                rest_is_clause = False
            split_clause = not compared and not comment and clause_before \
                and text[after:c_start].strip().startswith(",") and (
                rest_is_clause or (
                    rest.split() and not adverbial and not PARTICIPLE_OF_SPEAKER.match(rest)
                    and len(text[s_start:clause_end].split()) + len(rest.split()) >= 3))
            if split_clause:
                content = (s_start, s_end)  # "CLAUSE, X said, CLAUSE.", "The solution, the partner told them, was simple."
            elif rest_is_clause:
                content = (c_start, s_end)  # "(INTRO,) X said (that) CLAUSE."
            elif clause_before and (len(text[s_start:clause_end].split()) >= 3 or cue.word in _SAID_SAYS
                                    and _TWO_WORD_CLAUSE.fullmatch(text, s_start, clause_end)) and not OPENING_ADVERBIAL.match(
                    text, s_start, clause_end) and not (cue.word not in _SAID_SAYS and _OPENING_PARTICIPLE.fullmatch(
                        text, s_start, clause_end)) and not any(
                        c.used and c.word in _SAY_TELL for c in ctx.cues_between(s_start, ph.start)
                    if cue.word not in ("reported", "reports")):  # "The ministry said X, TASS reported": all of it
                content = (s_start, clause_end)  # "CLAUSE, X said (on Tuesday)."; not "After the attacks, X said"
            else:
                continue
            out.append(Attribution(content[0], content[1], "indirect", _negated(text, ph.end, cue), ph, audience=aud,
                                   appositive=ph.appositive))
            cue.used = True
            continue
        if cue.word in INVERTIBLE_CUES or cue.word in PLURAL_INVERTIBLE_CUES:
            ph = phrase_after(text, cue.end, s_end)
            before = text[s_start:cue.start].rstrip()
            if ph is not None and cue.word in PLURAL_INVERTIBLE_CUES and (
                    ph.kind == "pronoun" or not plural_speaker(text[ph.start:ph.end])):
                continue  # "..., say some Democrats"; not "a town of, say, 5,000 people"
            if ph is not None and text[ph.start:ph.end].lower() in ("it", "him", "them", "us", "me"):
                continue  # "Facebook found the posting, reported it to the F.B.I.": an object, not a speaker
            if ph is not None and before.endswith(",") and len(before.split()) >= 3 and INVERTED_TAIL.match(
                    text, ph.end, s_end + 1):
                out.append(Attribution(s_start, s_start + len(before) - 1, "indirect", (cue.start, cue.end), ph,
                                       appositive=ph.appositive))
                cue.used = True
    return [a for a in out if a.end > a.start and (has_words(text, a.start, a.end) or _stance_object(text, a)
                                                   or _PRO_FORM.fullmatch(text, a.start, a.end))]


# the writer's note that someone disputes what was reported: ", a claim the ministry denied", ", an assertion
# that Kessler disputes"
_CLAIM_DISPUTED = re.compile(
    r",\s+(?:a|an)\s+(?:claim|assertion|allegation|accusation|charge|account|version|figure|characteri[sz]ation|report)\s+"
    r"(?:that\s+)?(?P<who>(?:[\w'\u2019.-]+\s+){1,5})(?:has\s+|have\s+|had\s+)?(?:"
    + word_pattern(DENIAL_VERBS - {w for w in DENIAL_VERBS if w.endswith("ing")}) + r"|called\s+false)\b")


def _words_joined_before(text: str, out: list[Attribution], s_start: int, cue_start: int) -> Attribution | None:
    """The outermost reported statement of this sentence that "and"/"but" and the cue at ``cue_start`` follow,
    when its words hold a modal ("said the union would consider talks but warned"): the cue is its speaker's.
    Not after words in the plain past ("says the company knew of the defect and told regulators")."""
    joined = [a for a in out if a.start >= s_start and a.end < cue_start and a.speaker is not None
              and COORDINATED_BEFORE.fullmatch(text[a.end:cue_start].lstrip(" ,"))]
    outer = min(joined, key=lambda a: a.start, default=None)
    return outer if outer is not None and _MODAL_IN.search(text, outer.start, outer.end) else None


# a modal in reported words: a cue joined after them in the past is the speaker's, not their subject's
_MODAL_IN = re.compile(r"\b(?:would|will|could|should|might|may|can|must)\b")


_SAID_SAYS = frozenset(("said", "says", "say"))
# "said exports rose", "said he resigned", "said crime fell": a subject and its verb in the past, all the claim there is
_TWO_WORD_CLAUSE = re.compile(
    r"\s*(?:he|she|they|it|we|I|[a-z]{3,}s|[A-Z][a-z]+|(?!(?:today|yesterday|tonight|earlier|later|again|then|now|"
    r"once|twice|also|still|not|never|has|have|had|was|were|are|will|would|did|does|can|could|may|might|must|"
    r"should|been|being|who|which|that|this|these|those)\b)[a-z]{3,}(?<!ly))\s+(?:[a-z]{2,}ed|rose|fell|grew|shrank|sank|slid|won|lost|"
    r"left|quit|came|went|ran|broke|froze|stood|held|began|spoke|lied|knew|forgot|fought|paid|sold|bought|met)\s*")


# where a relative clause between commas closes: a comma, then the main clause's own verb ("The mayor,
# who said the toll would rise, declined ...", "said the decision, which struck down the law, illustrates")
_RELATIVE_CLOSE = re.compile(
    r",\s+(?:(?:also|still|now|only|then|later|quickly|has|have|had|will|would|did|does|is|was|were|are)\s+)?"
    r"(?:[a-z]+ed|[a-z]{2,}(?<![ious])s\b(?!\s+(?:of|to|and|or)\b)|is|was|were|are|has|had|will|would|can|could|"
    r"may|might|must|should|did|does|told|said|went|came|made|took|gave|spoke|wrote|left|led|ran|won|lost|sent|"
    r"kept|got|met|became|began|show|mean|cut|hit|set|put|quit|spent|held|rose|fell|grew)\b")  # "-s" not "magnanimous"
# verbs only (not "reports", "claims", "notes", which are nouns as often: "A news report published ...")
def _participle_tail(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """Where reported content ends before "..., adding", "..., which ...": not at a relative clause
    inside the content's subject ("said the decision, which struck down the law, illustrates ...")."""
    m = PARTICIPLE_TAIL.search(text, lo, hi)
    while m is not None:
        if m.group().rstrip().endswith("which"):
            close = _RELATIVE_CLOSE.search(text, m.end(), hi)
        elif m.group().rstrip().endswith("ing") and _LIST_END.match(text, m.end(), hi):
            m = PARTICIPLE_TAIL.search(text, m.end(), hi)  # "for drinking water, farming and hydropower": a list
            continue
        elif m.group().rstrip().endswith("ing"):
            # "the first phase, covering 186 villages, would be finished": a phrase set off inside the subject
            close = _INSERT_CLOSE.match(text, m.end(), min(hi, m.end() + 60))
            if close is not None and _FINITE_INSIDE.search(text, m.end(), close.end() - len(close.group().rsplit(",", 1)[1])):
                close = None  # "..., claiming he was wasting time, distracted ...": a clause of its own, no insert
        else:
            return m
        if close is None:
            return m
        m = PARTICIPLE_TAIL.search(text, close.end(), hi)
    return m


_LIST_END = re.compile(r"(?:,\s+[a-z]+)*,?\s+(?:and|or)\s+(?![a-z]+ing\b)[a-z]+(?:\s+[a-z]+)?\s*$")  # "farming and hydropower"
_FINITE_INSIDE = re.compile(r"\b(?:he|she|they|it|we|I|was|were|is|are|had|has|would|will)\b")
_INSERT_CLOSE = re.compile(r"[^,;:\"\u201c\u201d]{1,50},\s+(?:would|will|is|was|are|were|has|have|had|could|can|should|may|"
                           r"might|must|[a-z]{3,}ed(?!\s+by\b)|hit|fell|rose|went|came|ran|took|made|struck|flew|sank|broke)\b")


_BARE_SUBJECT_CUES = frozenset(
    "said says say told tells insisted insists argued argue argues noted added wrote writes reported warned "
    "warns claimed suggested suggests predicted predicts contended believe believes believed".split())
_EDGE_WORDS = frozenset(
    "and but so yet now then later earlier also still today yesterday tonight monday tuesday wednesday thursday "
    "friday saturday sunday".split())
_NOT_IN_SUBJECT = frozenset(
    "is are was were be been being has have had do does did will would can could should may might must shall "
    "that which who whom whose when where if because than as not never also he she it they we you i him them us "
    "but nor".split())
_PARTICIPIAL_ADJECTIVES = frozenset(
    "elected registered unnamed retired surveyed polled interviewed affiliated related involved concerned "
    "united based named armed organized organised trained licensed certified qualified".split())
_SUBJECT_WORD = re.compile(r"\S+")
_PLAIN_WORD = re.compile(r"[\w.'\u2019&/%$-]+")
_DETERMINER_OPENERS = frozenset("the a an some many most several all both other two three four five".split())


def _bare_subject(text: str, s_start: int, cue_start: int) -> Phrase | None:
    """The whole clause before a plain saying verb, when no rule found a speaker in it and it can only
    be a noun phrase: two to twelve words from the clause's start (after an opening phrase), no comma,
    no verb, no relative or conjunction ("the cities of Blackpool and Liverpool" aside)."""
    lo = s_start
    if (intro := _INTRO_PHRASE.match(text, s_start, cue_start)) is not None and intro.end() > s_start:
        lo = intro.end()
    words = [(m.start(), m.group()) for m in islice(_SUBJECT_WORD.finditer(text, lo, cue_start), 13)]
    if not 2 <= len(words) <= 12 or not (words[0][1][:1].isupper() or words[0][1] in _DETERMINER_OPENERS):
        return None
    for _, w in words:
        low = w.lower().strip(".'\u2019")
        if not _PLAIN_WORD.fullmatch(w) or low in _NOT_IN_SUBJECT or low in CLAUSE_CUES:
            return None
        if low.endswith("ed") and low not in _PARTICIPIAL_ADJECTIVES and not w[:1].isupper() and "-" not in low:
            return None  # a verb: "The plan angered voters, officials said" is no subject
        if low.endswith("ly") and len(low) > 4:
            return None
    while len(words) > 1 and words[0][1].lower() in _EDGE_WORDS:
        words = words[1:]  # "And a large body of work said"
    while len(words) > 1 and words[-1][1].lower() in _EDGE_WORDS and not words[-1][1].isupper():
        words = words[:-1]  # "Priebus later Thursday said", "Clinton now says"
    last = words[-1][1].lower()
    if last in ("of", "in", "on", "at", "for", "to", "from", "by", "with", "the", "a", "an") or last[:1].isdigit():
        return None
    return Phrase(words[0][0], words[-1][0] + len(words[-1][1]), "description")


# a stance verb's short object: a name, a pronoun for a person, or a determiner and a noun ("mocked the
# complaint"); "defended it" says nothing a reader can use
_NAME_OBJECT = re.compile(r"(?:[A-Z][\w'\u2019.-]*\s+){0,3}[A-Z][\w'\u2019.-]+|him|her|them|"
                          r"(?:the|his|her|their|its|this|that|[A-Z][\w.-]*['\u2019]s)\s+[a-z][\w'\u2019-]+")
# a short answer that stands for a whole clause: "46 percent said yes, compared with ...", "55 percent said
# so in December", "Flake said he would." (a pronoun and its auxiliary only where the clause ends)
_PRO_FORM = re.compile(
    r"(?:yes|no|so)(?:,\s+(?:yes|no))*(?=\s*(?:[.;:]|$)|,\s+(?:compared|versus|up|down|against|over)\b|"
    r"\s+(?:in|on|at|after|before|when|last|this)\b)"
    r"|(?:he|she|they|it|we|I|you)\s+(?:would|will|did|does|do|had|has|have|could|can|should|was|were|is|are|"
    r"might|may|wouldn't|won't|didn't|doesn't|don't|hadn't|hasn't|haven't|couldn't|can't|wasn't|weren't|isn't|"
    r"aren't)(?:\s+not)?(?=\s*(?:[.;:]|$))")
_ONE_WORD_OBJECT = re.compile(r"[A-Z][\w'\u2019.-]+|him|her|them")


def _stance_object(text: str, a: Attribution) -> bool:
    """A one-word object of a stance cue is content: "Jeb Bush endorsed Cruz", "who had endorsed him"."""
    return a.cue is not None and text[a.cue[0]:a.cue[1]].lower().rsplit(None, 1)[-1] in STANCE_CUES and bool(
        _ONE_WORD_OBJECT.fullmatch(text, a.start, a.end))


_SUBORDINATE_OPENING = re.compile(rf"\W*(?:{SUBORDINATORS})\b[^,;]*,")
_SAY_TELL = frozenset("said says say told tells tell".split())
_LOWER_INTRO = re.compile(r"(?:when|while|if|after|before|as|once|asked|pressed|then|later)\b[^,;]{0,80},\s*")
_SHARED_THAT = re.compile(r",\s+that\b")
_CLAUSE_JOIN = re.compile(r"[,;]\s+(?:and|but|while|whereas|as)\s+")


# what may follow a sentence's last cue: "..., TASS reported on Friday."
_CUE_TAIL = re.compile(r"(?:\s+(?:on|late|early|last|this)?\s*[A-Z]?[a-z]+day(?:\s+(?:night|evening|morning))?)?[\s\"\u201d]*")
_TRAILING_CUES = frozenset(("said", "says", "reported", "reports", "added", "wrote", "announced"))


_APPOSITIVE_TO_END = re.compile(r"(?:(?:a|an|the|his|her|its|their)\s+)?(?:[\w'\u2019-]+\s+){0,4}?(?P<head>[\w'\u2019-]+)"
                                r"(?:\s+(?:at|of|for|with|in|from|on)\s+(?:the\s+|a\s+|an\s+)?[\w&'\u2019.-]+"
                                r"(?:\s+(?:of\s+|for\s+|and\s+|&\s+)?[A-Z][\w&'\u2019.-]*)*)?\s*")


def _appositive_to_end(text: str, lo: int, hi: int) -> bool:
    """"..., according to Lena Hauk, [a senior strategist at Brevik Bank].": what follows the source
    is only its description (its head a role word), no clause of its own."""
    m = _APPOSITIVE_TO_END.fullmatch(text, lo, hi)
    head = m.group("head").lower() if m is not None else ""
    return m is not None and (is_role_word(head) or head in _BODY_APPOSITIVE_HEADS or head.endswith("maker"))


# "..., according to Amnesty International, a London-based rights group.": what the source is
_BODY_APPOSITIVE_HEADS = FIRM_KINDS | frozenset("group organisation organization charity tank watchdog monitor agency "
                                                "body institute firm company consultancy network coalition alliance "
                                                "campaign union".split())  # ("the state-owned carmaker")


def _before_trailing_attribution(ctx: Ctx, lo: int, hi: int) -> int:
    """"The ministry said its forces took the village, TASS reported.": the claim ends at the comma;
    the outlet's attribution at the end of the sentence reports the whole of it."""
    text = ctx.text
    for cue in ctx.cues_between(lo, hi):
        if cue.word == "according to" and text[cue.start - 2:cue.start] == ", " and cue.start - 2 > lo \
                and (ph := according_phrase(text, cue.end, hi)) is not None and not text[ph.end:hi].strip(" .\"\u201d"):
            return cue.start - 2  # "..., the company said, just ahead of forecasts, according to LSEG data."
        if cue.word not in _TRAILING_CUES or not _CUE_TAIL.fullmatch(text, cue.end, hi):
            continue
        comma = text.rfind(", ", lo, cue.start)
        if comma < 0 or cue.start - comma > 80:
            continue
        ph = phrase_before(text, comma + 2, cue.start)
        if ph is not None and ph.start == comma + 2 and ph.kind != "pronoun":
            return comma
    return hi


def _next_speaker_clause(ctx: Ctx, lo: int, hi: int) -> int:
    """Where reported content stops because another speaker's clause starts: "Six in 10 said the
    levy was unfair, and three-quarters said the same of the tariff" ends at "unfair"."""
    for cue in ctx.cues_between(lo, hi):
        # only a join close before the cue counts, so only the last 200 characters are searched: a run-on
        # sentence would otherwise be scanned again for every cue in it
        # (from just before ``lo``: "CLAUSE, the service said, and forecasters warned ..." opens on the join)
        joins = list(_CLAUSE_JOIN.finditer(ctx.text, max(lo - 2, cue.start - 200, 0), cue.start))
        m = joins[-1] if joins else None
        if m is None or cue.start - m.end() > 120:
            continue
        ph = phrase_before(ctx.text, m.end(), cue.start)
        if m.start() < lo and _SHARED_THAT.match(ctx.text, cue.end):
            continue  # "Police said, and witnesses confirmed, that ...": one claim both made
        if ph is not None and (ph.start == m.end() or ph.kind == "pronoun" and _LOWER_INTRO.fullmatch(
                ctx.text, m.end(), ph.start)):
            return max(lo, m.start())  # "..., and when pressed on why, she said nothing" starts a new clause too
    return hi
