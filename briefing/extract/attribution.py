"""Who said what: link quotations and reported speech to their speaker phrases.

Works cue-first. Every cue word ("said", "told", "according to", ...) outside
quotation marks is found in one regex pass; each quotation then looks for a
cue right after it ("...," said X / "...," X said), right before it
(X said: "..." / X called it "..."), or inherits the speaker of the quotation
it continues. Cues no quotation claimed become reported (indirect) speech:
the clause after "X said (that)", the clause before ", X said", the rest of
the sentence around "according to X".
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from briefing.extract.cues import (
    Cue,
    find_cues,
    within,
)
from briefing.extract.first_names import gender_of_first_name
from briefing.extract.lexicon import (
    ANONYMOUS_HEADS,
    CALENDAR_NAMES,
    CLAIM_CUES,
    CLAUSE_JOINS,
    DOCUMENT_HEADS,
    DOCUMENT_PARTICIPLES,
    FIRM_KINDS,
    INVERTIBLE_CUES,
    NAMING_CUES,
    OCCUPATIONS,
    PLURAL_INVERTIBLE_CUES,
    SAID_FORMS,
    SPEAKER_NOUNS,
    SPEECH_CUES,
    TITLE_WORDS,
    plural_speaker,
)
from briefing.extract.names import NUMBERED_OUTLET, PARTY_WORDS, is_place, is_role_word, looks_like_org
from briefing.extract.phrases import SAYING_VERBS, Phrase, has_two_tokens, phrase_after, phrase_before
from briefing.extract.quotemarks import QuoteRun
from briefing.extract.reported_bounds import (
    INVERTED_TAIL,
)
from briefing.extract.text import TIME_LATER, Sentence, back_over, sentence_at
from briefing.extract.trie import word_pattern

_REPORTING_CUES = frozenset("reports reported reporting writes wrote notes noted learned found".split())
AUDIENCE_CUES = frozenset("told tells tell telling informed assured reminded".split())
COORDINATED_CUE = re.compile(
    r",?\s+(?:and|but)\s+(?:\w+ly\s+|also\s+)?(?=(?:" + word_pattern(SPEECH_CUES | CLAIM_CUES) + r")\b)"
    # reported content also stops where a comparison or a new clause of the speaker's begins
    r"|,\s+(?:and|but)\s+(?=(?:he|she|they)\s+\w+ed\b)|,?\s+(?:compared\s+(?:with|to)(?!\s+(?:a\s+year|the\s+same|the\s+previous|the\s+prior|last\s|a\s+month|"
    r"a\s+quarter|a\s+week|(?:pre|post)-|(?:19|20)\d\d\b|(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December)\b))|while|whereas)\s+(?=\S)"  # ("rose 5% compared with a year earlier": the claim's)
    # "said profit rose, but declined to name its buyers": what the speaker would not say is no part of it
    r"|,\s+(?:and|but)\s+(?=(?:declined|refused|gave\s+no|offered\s+no|provided\s+no)\b)"
    # (without the comma, what they would not do: "said it was cooperating and declined to comment further")
    # (after "and" only what no one but the speaker declines: "and declined to comment"; "said the man was
    # aggressive and declined to give his name" is the man's)
    r"|\s+and\s+(?=declined\s+to\s+(?:comment|elaborate|speculate|say\s+(?:whether|how|when|why|what|if))\b)"
    r"|\s+but\s+(?=declined\s+to\s+(?:comment|elaborate|say|discuss|give|provide|name|specify|disclose|confirm|"
    r"identify|respond|speculate|rule|reveal)\b|refused\s+to\s+(?:comment|elaborate|speculate)\b"
    r"|(?:gave|offered|provided)\s+"
    r"no\s+(?:further\s+)?(?:timetable|timeline|details?|reasons?|date|indication|figures?|estimate|explanation)\b)"
)
# Every match of COORDINATED_CUE holds one of these words between white space: a search for them
# alone (it starts with a class, which ``re`` scans for in C) rules most sentences out cheaply.
JOIN_WORD = re.compile(r"\s(?:and|but|compared|while|whereas)\s")
#: "WASHINGTON, Dec. 8 (UPI) — ", "SALTMERE, Duvane, June 2 (KPA) - ": where a wire story begins.
DATELINE = re.compile(
    r"[A-Z\u00c0-\u00de][A-Z\u00c0-\u00de .'\u2019/-]{2,40}(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}\.?(?:\s+\d{1,2})?){0,2}(?:\s*\([^)]{1,30}\))?"
    r"\s*[\u2014\u2013\u2015-]+\s*"  # "JOHANNESBURG, South Africa, May 14 (Reuters) - "
    # "Ouagadougou (AFP) - ": a city in ordinary capitals, then the agency in brackets
    r"|[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}(?:,\s*[A-Z][\w.]*\.?(?:\s+\d{1,2})?){0,2}\s*\([A-Z][A-Za-z&. ]{1,20}\)\s*"
    r"[\u2014\u2013\u2015-]+\s*"
)
#: "X called it ... and said", "... but also warned": a cue joined to the clause before it.
COORDINATED_BEFORE = re.compile(r"\b(?:and|but)\s+(?:(?:has|have|had)\s+)?(?:\w+ly\s+|also\s+)?$")
# before a plain saying verb, also a time or a setting: "but in a later interview said", "and then said"
COORDINATED_BEFORE_SAYING = re.compile(
    r"\b(?:and|but)\s+(?:then|later|again|(?:in|on|at|during|after)\s+(?:a|an|the)\s+[^,;.\"\u201c\u201d]{1,30}?)\s+$")
PARTICIPLE_TAIL = re.compile(r",[\"\u201d\u2019']?\s+(?:(?!(?:including|excluding|during|regarding|following|"
                             r"concerning|notwithstanding)\b)[a-z]+ing\b(?! to\b)|(?:which|although|though|whereas)\b)")
TRAILING_ADVERBIAL = re.compile(
    # "said in a statement issued after the meeting between the foreign ministers": where, however long
    r"^(?:in\s+(?:a|an|its|his|her|their|the)\s+(?:[\w-]+\s+){0,3}?(?:statement|readout|letter|communiqu[e\u00e9]|"
    r"release|post|interview|note|memo|filing|email|speech|address|briefing|call)\b(?![^;]*\bthat\b)"
    r"(?:\s+(?:issued|released|published|sent|posted|made|given|delivered|circulated|of|after|following|on|at|to|"
    r"from|with|between)\b[^,;:\"\u201c]{0,160})?$|"
    r"(?:in|on|at(?!\s+(?:least|most)\b)|during|after|before|earlier|later|to|of|while|when|from|via|by|within|"
    r"(?:shortly|soon|just|right|minutes|hours|moments|days)\s+(?:after|before)|"  # "conceded shortly after midnight"
    r"(?:late|early|last|this)\s+(?:week|weekend|month|year|morning|afternoon|evening|night|summer|fall|"
    r"spring|winter|\w+day|january|february|march|april|may|june|july|august|september|october|november|"
    r"december))\b(?!['\u2019]s\b)[^,;]{0,60}|"  # (not "last week's figures were good": a clause)
    r"(?:\w+day|yesterday|today|tonight|recently|again|repeatedly|publicly|privately|previously|earlier|later)"
    r"(?:\s+(?:morning|afternoon|evening|night))?(?:\s+(?:in|on|at|during|after|before|from|to|while|via|as|when)\b[^,;]{0,60})?"
    r"|" + TIME_LATER + r")$",  # "Brown conceded about 40 minutes later"
    re.IGNORECASE,
)
_QUOTE_END_PUNCT = ",?!\u2014\u2013-\u2026"
_LEAD = re.compile(r"\s*([,\u2014\u2013-]?)\s*")
_THE_END = re.compile(r"\bthe\s*$")  # "the \"blue lane\""
# "such \"false springs\"", "such \"zombie firms\"": a term the writer marks (but "such \"grotesque\" conduct" is
# the speaker's word: one word, before the noun it describes)
_SUCH_END = re.compile(r"\b[Ss]uch\s*$")
_WORD_NEXT = re.compile(r"\s+([a-z]+)\b")


@dataclass(slots=True)
class Attribution:
    """A quotation or reported statement with its cue and speaker phrase."""

    start: int
    end: int
    kind: str  # direct | partial | indirect | social, or "source": names a source, quotes nothing
    cue: tuple[int, int] | None = None
    speaker: Phrase | None = None
    group: int | None = None
    audience: Phrase | None = None  # "told the Gazette": where it was said
    quote: QuoteRun | None = None
    inherited: bool = False  # speaker taken from the quotation this one continues
    appositive: tuple[int, int] | None = None


@dataclass(slots=True)
class Ctx:
    text: str
    sents: list[Sentence]
    sent_starts: list[int]
    quotes: list[QuoteRun]
    cues: list[Cue]
    cue_starts: list[int] = field(default_factory=list)
    speaker_in: dict[int, Phrase] = field(default_factory=dict)  # sentence index -> latest speaker phrase

    def sentence_at(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.sent_starts, pos) - 1)

    def cues_between(self, lo: int, hi: int) -> list[Cue]:
        i = bisect.bisect_left(self.cue_starts, lo)
        out = []
        while i < len(self.cues) and self.cues[i].start < hi:
            out.append(self.cues[i])
            i += 1
        return out


def merge_sentences(sents: list[Sentence], quotes: list[QuoteRun]) -> list[Sentence]:
    """Join sentences that a single-paragraph quotation runs across."""
    if not sents:
        return sents
    out = [sents[0]]
    qi = 0
    for s in sents[1:]:
        prev = out[-1]
        while qi < len(quotes) and quotes[qi].outer_end <= s.start:
            qi += 1
        inside = False
        j = qi
        while j < len(quotes) and quotes[j].open_at < s.start:
            q = quotes[j]
            if q.open_at >= prev.start and q.outer_end > s.start and q.paragraphs == 1 and s.para == prev.para:
                inside = True
                break
            j += 1
        if inside:
            out[-1] = Sentence(prev.start, s.end, prev.para)
        else:
            out.append(s)
    return out


# Words that open a sentence with a phrase or clause before its subject, shared by the patterns below.
SUBORDINATORS = "When|While|If|Although|Though|Because|After|Before|Once|Until|Whenever|Since"
_PREP_OPENERS = ("In|On|At|During|Under|With|Without|For|From|By|Through|Throughout|Following|Despite|Amid|Ahead|"
                 "Over|Like|Unlike")
OPENING_ADVERBIAL = re.compile(
    # not a count that opens the sentence as its subject: "At least 12 people died, police said"
    r"(?!At\s+(?:least|most)\b|As\s+(?:many|much|few|little)\s+as\b|Up\s+to\b|Over\s+\d)"
    rf"(?:{SUBORDINATORS}|{_PREP_OPENERS}|As|Earlier|Later|Hours|Days|Weeks|Months|Years|According\s+to|"
    r"(?:Last|This|Next)\s+(?:week|weekend|month|year|morning|afternoon|evening|night|summer|fall|autumn|spring|"
    r"winter|time|[A-Z][a-z]+day)"
    r")\b[^,]*$")


_SENTENCE_END = re.compile(r"[\s.!?\"\u201d\u2019')]*$")


def _sentence_final_cue(ctx: Ctx, qi: int) -> tuple[Cue, Phrase] | None:
    """'"I admire the mechanics" of the plan, Mr. Holtz said.': a quotation that runs on into its
    sentence, which ends with its speaker and cue."""
    text, q = ctx.text, ctx.quotes[qi]
    if q.close_at is None:
        return None
    hi = ctx.sents[ctx.sentence_at(q.close_at)].end
    if qi + 1 < len(ctx.quotes) and ctx.quotes[qi + 1].open_at < hi:
        return None
    cues = [c for c in ctx.cues_between(q.outer_end, hi) if not c.used]
    if not cues or cues[0].word not in SAYING_VERBS:
        return None
    cue = cues[0]
    before = text[q.outer_end:cue.start].rstrip()
    if cue.word in INVERTIBLE_CUES and before.endswith(","):
        # '"He can assert it, but it seems unlikely" that Sanders can catch her, said Steve Elmendorf, ...'
        ph = phrase_after(text, cue.end, hi)
        if ph is not None and INVERTED_TAIL.match(text, ph.end, hi + 1):
            return cue, ph
    if not _SENTENCE_END.match(text[cue.end:hi]) and not text[cue.end:hi].lstrip().startswith(","):
        return None  # the cue ends the sentence, or a comma follows it ('..., he said, rather than ...')
    ph = phrase_before(text, q.outer_end, cue.start)
    if ph is None or text[ph.end:cue.start].strip() or not text[q.outer_end:ph.start].rstrip().endswith(","):
        return None
    return cue, ph


# A live blog's time stamp before a paragraph: "09:58", "10:42 a.m. ET -", "1.15pm:"
_TIMESTAMP = re.compile(r"\s*\d{1,2}[:.]\d{2}\s*(?:[aApP]\.?[mM]\.?)?\s*(?:[A-Z]{2,4}\b)?\s*[-\u2013\u2014:|]?\s*")
# The sentence after a quotation that says whose words they were: "So said Tomas Weir.", "That was the
# blunt verdict of opposition leader Tomas Weir", "Those were the words of ...", "That's how Lind put it."
_SO_SAID = re.compile(r"\s*(?:So|Thus)\s+(?P<cue>said|says|spoke|wrote|declared|insisted|warned)\s+")
_VERDICT_OF = re.compile(
    r"\s*(?:That|This|Those|These|Such)(?:\s+(?:was|is|were|are|has\s+been|have\s+been)|['\u2019]s)\s+"
    r"(?:the\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?P<cue>verdict|words?|view|assessment|message|"
    r"reaction|warning|response|answer|take|argument|plea|promise|pledge|claim|conclusion|advice|"
    r"prediction|judg(?:e)?ment|retort|riposte|rallying cry|battle cry|mantra)\s+(?:of|from)\s+")
_HOW_PUT = re.compile(
    r"\s*(?:That|This)(?:\s+was|\s+is|['\u2019]s)\s+how\s+(?P<who>[^.,;:!?\n]{2,80}?)\s+"
    r"(?:(?:has|had|would)\s+)?(?P<cue>put it|puts it|described it|describes it|summed it up|sums it up|"
    r"summed up|explained it|explains it|saw it|sees it)\b")


def _verdict_after(ctx: Ctx, qi: int) -> tuple[tuple[int, int], Phrase] | None:
    """A quotation that is a sentence of its own, then a sentence that names whose words they were:
    '"No deal is better than a bad deal." That was the verdict of Tomas Weir.' (cue span, speaker)."""
    text, q = ctx.text, ctx.quotes[qi]
    if q.close_at is None or text[q.close_at - 1:q.close_at] not in (".", "!", "?"):
        return None
    end = min(len(text), q.outer_end + 300)
    nl = text.find("\n", q.outer_end, end)
    end = nl if nl >= 0 else end
    for rx in (_SO_SAID, _VERDICT_OF):
        m = rx.match(text, q.outer_end, end)
        if m is not None:
            ph = phrase_after(text, m.end(), end)
            return (m.span("cue"), ph) if ph is not None and ph.kind != "pronoun" else None
    m = _HOW_PUT.match(text, q.outer_end, end)
    if m is not None:
        ph = phrase_before(text, m.start("who"), m.end("who"))
        if ph is not None and ph.start == m.start("who"):
            return m.span("cue"), ph
    return None


# ", who called the plan " / ", which it marked ": a relative clause, still open, before a quotation
_RELATIVE_OPEN_BEFORE = re.compile(r",\s+(?:who|which|whose)\s+[^,.;:!?\"\u201c\u201d]*$")


# a translation in brackets right after a quotation in another language, before its attribution
_GLOSS_AFTER = re.compile(r"\s*\([A-Z][^()\n]{2,200}\)(?=\s*,)")


def _after_quote(ctx: Ctx, qi: int) -> tuple[Cue, Phrase] | None:
    """``"...," said X`` / ``"...," X said`` / ``"...," X, the minister, said`` / ``"...," according to X``."""
    text, q = ctx.text, ctx.quotes[qi]
    if q.close_at is None:
        return None
    sent = ctx.sents[ctx.sentence_at(q.close_at)]
    hi = sent.end
    if hi <= q.outer_end + 1:
        # '"...?" Vitter demanded.': the sentence splitter ended the sentence at the mark
        nxt = q.outer_end
        while nxt < len(text) and text[nxt] in " \t":
            nxt += 1
        if nxt < len(text) and text[nxt] != "\n":
            nsent = ctx.sents[ctx.sentence_at(nxt)]
            if nsent.para == sent.para:
                hi = nsent.end
    if qi + 1 < len(ctx.quotes) and ctx.quotes[qi + 1].open_at < hi and not (
            len(text[ctx.quotes[qi + 1].start:ctx.quotes[qi + 1].end].split()) <= 3
            and _is_title(text, ctx.quotes[qi + 1])):
        hi = ctx.quotes[qi + 1].open_at  # but '..., wearing "Ted Cruz" campaign pins, said': a name in marks
    pos = q.outer_end
    if _RELATIVE_OPEN_BEFORE.search(text, max(sent.start, q.open_at - 120), q.open_at) \
            and text[pos:pos + 2].lstrip().startswith(","):
        return None  # 'Owen Marsh, who called the plan "a disaster", said ...': the relative clause ends at the mark
    inner = text[q.start:q.end].rstrip(" \u2019'\u201d")
    last = inner[-1] if inner else ""
    if (gloss := _GLOSS_AFTER.match(text, pos, hi)) is not None:
        pos, last = gloss.end(), ","  # '"Ninguém veio falar conosco" (Nobody came to speak with us), she told': past the translation
    lead = _LEAD.match(text[pos:hi])
    opener = lead.group(1) if lead else ""
    bare = False
    if not opener and last not in _QUOTE_END_PUNCT:
        # "The door is open." she said  -- tolerate a lower-case cue or pronoun right after
        nxt = text[pos:pos + 12].lstrip()
        if not nxt:
            return None
        # '"... a battle of niches" Grubbs said.': a comma left out; only a bare "Name said." will do
        bare = not nxt[0].islower()
    first = pos + (lead.end() if lead else 0)
    if not bare:
        late = _late_cue(text, first, min(hi, first + 120))
        if late is not None:
            for c in ctx.cues_between(late[0].start, late[0].end):
                c.used = True  # '"All the way!" Dawson shouted, shorthand for ...': what follows is no claim
            return late
    for cue in ctx.cues_between(first, min(hi, first + 160)):
        if cue.used:
            continue
        if cue.word.endswith("ing") and text[first:cue.start].strip():
            return None  # '"unhinged" a Donald Trump tweet attacking ...': a participle, not "X said"
        if bare and (cue.word not in INVERTIBLE_CUES or not _CLAUSE_END.match(text, cue.end)):
            return None
        gap = text[first:cue.start]
        if _OPEN_RELATIVE.search(gap):
            continue  # '"...," Berg, who has proposed closing the port, said': the clause's verb is not the cue
        if not gap.strip():
            if cue.word == "according to":
                ph = according_phrase(text, cue.end, hi)
            elif cue.word in INVERTIBLE_CUES or cue.word in PLURAL_INVERTIBLE_CUES:
                ph = phrase_after(text, cue.end, hi) or _loose_description(text, cue.end, hi)
                if ph is not None and ph.kind == "pronoun" and not _CLAUSE_END.match(text, ph.end):
                    return None  # 'X, who calls Trump a "sociopath," said he doesn't believe ...': a clause
                if ph is not None and cue.word in PLURAL_INVERTIBLE_CUES and (
                        ph.kind == "pronoun" or not plural_speaker(text[ph.start:ph.end])):
                    return None  # '"...," say some Democrats'; not '"...," say, the mayor'

            else:
                return None
            return (cue, ph) if ph else None
        ph = phrase_before(text, first, cue.start)
        if ph is None and not bare and (named := phrase_before(text, first, cue.start, subject=False)) is not None \
                and named.kind == "name":
            ph = named  # '"...," Fight for $15 organizing director Kendall Fells told': the role words below
        if ph is not None and ph.start > first + 1 and not bare:
            # '"...," former presidential candidate Herman Cain said': role words the name left out
            lead_words = text[first:ph.start]
            before_comma = lead_words[:-2].split()
            if lead_words.endswith(", ") and ph.kind == "name" and before_comma and is_role_word(before_comma[-1]):
                lead_words = lead_words[:-2] + " "  # '"...," the Vatican spokesman, Federico Lombardi said'
            if _ROLE_LEAD.fullmatch(lead_words) and not (set(lead_words.split()) & _NOT_ROLE_LEAD) \
                    and lead_words.split()[0] not in _LEAD_PREPS:
                ph = Phrase(first, ph.end, ph.kind, ph.appositive)
        if ph is None or ph.start > first + 1 and not (ph.appositive and ph.appositive[0] <= first + 1):
            return None  # but '"...," Sanders's campaign manager, Jeff Weaver, said': the role before the name
        if _COLON_THEN_QUOTE.match(text, cue.end) and last in ".!?":
            return None  # '"This is the wrong choice." Rebecca Thorne added: "...": she introduces the next one
        if _CONJUNCTION_OPENS.match(text, ph.start):
            return None  # 'X said the plan was "broadly credible", though she cautioned that ...': a new clause
        # the words between the phrase and the cue must be the ones we skip (adverbs, time)
        return cue, ph
    return None


_CONJUNCTION_OPENS = re.compile(rf"(?:{CLAUSE_JOINS}|because|since|as|yet|even\s+though)\s", re.I)


# Cues that only ever follow a quotation: '"...," the email read', '"...," Bennett shot back'.
_LATE_CUE = re.compile(r"(?<![\w'\u2019])(?:reads?|read|states|shot back|fired back|hit back|went on|cut in|chimed in|"
                       r"points out|pointed out|(?:screamed|yelled|shouted|chanted|cried|roared|hollered)(?: back)?)(?=\s*[.,;:\u2014]|\s*$|\s+(?:with|in|on|at|during|after|before|as)\b)")
_LATE_CUE_INVERTED = re.compile(r"(?:reads?|read|states|continued)\s+(?=(?:the|a|an|one|his|her|their|its)\s)")


def _late_cue(text: str, first: int, hi: int) -> tuple[Cue, Phrase] | None:
    """'"...," it read.' / '"...," reads a Wednesday editorial in The Des Moines Register.'"""
    m = _LATE_CUE_INVERTED.match(text, first, hi)
    if m:
        ph = phrase_after(text, m.end(), hi) or _loose_description(text, m.end(), hi)
        word = text[m.start():m.end()].split()[0].lower()
        return (Cue(m.start(), m.start() + len(word), word), ph) if ph else None
    m = _LATE_CUE.search(text, first, hi)
    if m is None or m.start() - first > 90:
        return None
    ph = phrase_before(text, first, m.start())
    if ph is None or ph.start > first + 1:
        return None
    return Cue(m.start(), m.end(), m.group().lower()), ph


_COLON_THEN_QUOTE = re.compile(r"\s*:\s*[\"\u201c\u2018']")
_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?]|$)")
_OPEN_RELATIVE = re.compile(r",\s+(?:who|whose|which)\b[^,.;:!?\u2014]*$")  # a relative clause not yet closed
# "former", "portfolio manager at DoubleLine Capital": lower-case role words, perhaps with names in them
_ROLE_LEAD = re.compile(r"(?=(?:\S+\s+){0,6}[a-z])(?:[A-Za-z$\d][\w\-.'\u2019&$]*\s+){1,7}")
_LEAD_PREPS = frozenset("of in on at from by with for to about".split())  # '"thousands" of Muslim Americans'
_NOT_ROLE_LEAD = frozenset(
    "and but or that which who whom whose as while when then so to if because after before since "
    "is was are were has have had will would said says told".split())


def _before_quote(ctx: Ctx, qi: int, lo: int) -> tuple[Cue, Phrase | None, bool] | None:
    """A cue before the quotation in its sentence. Returns (cue, speaker, introduces_directly)."""
    text, q = ctx.text, ctx.quotes[qi]
    cues = [c for c in ctx.cues_between(lo, q.open_at) if not c.used or c.word in NAMING_CUES]
    # "One of them said Duvane had agreed to "a small number"": the words are the speaker's, not Duvane's
    if len(cues) > 1 and cues[-1].word not in SAYING_VERBS and cues[-1].word not in NAMING_CUES \
            and cues[-1].word not in _SAYING_PARTICIPLES and not (
                text[cues[-1].end:q.open_at].strip() == ":"
                and not re.search(r"\b(?:who|which|that)\s+$", text[max(0, cues[-1].start - 10):cues[-1].start])):
        # (but 'Farrow said her daughter texted: "..."': a cue right before the colon introduces the words)
        speech = [c for c in cues[:-1] if c.word in SAYING_VERBS]
        cues = [c for c in cues if c not in speech] + speech
    for cue in reversed(cues):
        tail = text[cue.end:q.open_at]
        stripped = tail.rstrip()
        direct_intro = len(tail) < 80 and len(tail.split()) <= 10 and (
            not stripped or stripped.endswith((",", ":", "\u2014", "\u2013", "-")) or stripped.endswith(" that"))
        if cue.word == "according to":
            ph = according_phrase(text, cue.end, q.open_at)
            if ph:
                # 'According to the mayor, "The city will not pay."': the whole sentence is the mayor's words
                return cue, ph, direct_intro and stripped.endswith(",") and not text[ph.end:q.open_at].strip(" ,")
            continue
        ph = None
        if cue.word.endswith("ing") and (text[lo:cue.start].rstrip().endswith(",")
                                         or PREP_BEFORE_PARTICIPLE.search(text, lo, cue.start)):
            # "During a speech, Trump attacked Clinton, saying, "...": the clause's subject speaks;
            # '..., Nefzi said, adding, "..."': the speaker of the cue just before; "X corrected the
            # candidate by tweeting ...": X, not the object before "by"
            si = ctx.sentence_at(cue.start)
            ph = participle_subject(text, ctx.speaker_in.get(si) or _previous_cue_speaker(ctx, cues, cue, lo),
                                     ctx.sents[si].start, cue.start)
            if ph is not None and (ph.kind not in ("name", "pronoun", "description")
                                   or text[ph.start:ph.end].lower() in ("it", "you")):
                ph = None
        if ph is None:
            ph = phrase_before(text, lo, cue.start)
        if ph is None:
            # inverted intro: 'Said Smith: "..."' or a cue after the subject clause
            at_start = bool(_INVERTED_START.fullmatch(text, lo, cue.start))
            ph = phrase_after(text, cue.end, q.open_at) if cue.word in INVERTIBLE_CUES and at_start else None
            if ph is None and COORDINATED_BEFORE.search(text, lo, cue.start):
                # "X called it ... and said it would ..."
                si = ctx.sentence_at(cue.start)
                ph = ctx.speaker_in.get(si) or coordinated_subject(text, ctx.sents[si].start, cue.start)
            if ph is None and cue.word.endswith("ing") and text[lo:cue.start].rstrip().endswith(","):
                # "The committee released a statement, offering "a deep apology"": the clause's subject
                si = ctx.sentence_at(cue.start)
                ph = participle_subject(text, ctx.speaker_in.get(si), ctx.sents[si].start, cue.start)
            if ph is None:
                continue
        n_tail_words = len(tail.split())
        if not direct_intro and n_tail_words > 30:
            continue
        return cue, ph, direct_intro
    return None


_SAYING_PARTICIPLES = frozenset("saying adding telling writing asking noting explaining warning replying".split())


_ONLY_COMMAS = re.compile(r"[\s,\u2014]*")


def _previous_cue_speaker(ctx: Ctx, cues: list[Cue], cue: Cue, lo: int) -> Phrase | None:
    """The speaker of the cue right before ``cue`` in the same stretch ("Nefzi said, adding")."""
    earlier = [c for c in cues if c.end <= cue.start]
    if not earlier:
        return None
    prev = max(earlier, key=lambda c: c.start)
    if not _ONLY_COMMAS.fullmatch(ctx.text, prev.end, cue.start):
        return None  # only "X said, adding", nothing between the two cues
    return phrase_before(ctx.text, lo, prev.start)


# "began by saying", "after telling reporters": the participle's subject is the sentence's
PREP_BEFORE_PARTICIPLE = re.compile(r"\b(?:by|after|before|while|when|in|without)\s+$")


def participle_subject(text: str, latest: Phrase | None, s_start: int, cue_start: int) -> Phrase | None:
    """Who speaks in "..., saying ...": the latest speaker of the sentence, unless that speaker sits
    in a relative clause ("Trump defended not paying an architect who said he was stiffed,
    saying ..."), where the sentence's own subject does."""
    if latest is not None and text[latest.start:latest.end].lower() not in ("who", "which", "that"):
        return latest
    subj = sentence_subject(text, s_start, cue_start)
    return subj if subj is not None else latest


def coordinated_subject(text: str, s_start: int, cue_start: int) -> Phrase | None:
    """"She greeted supporters at a rally and told them that ...": a short clause without commas,
    joined by "and", shares the subject the sentence opens with (a name or he/she/they)."""
    head = text[s_start:cue_start]
    if len(head.split()) > 24:
        return None
    subj = sentence_subject(text, s_start, cue_start)
    words = text[subj.start:subj.end].split() if subj is not None else []
    if subj is None or not (subj.kind == "name" and len(words) <= 4 and all(w[:1].isupper() for w in words)
                            and words[0].lower() not in ("the", "other", "two", "it\u2019s", "it's")
                            or text[subj.start:subj.end].lower() in ("he", "she", "they")
                            or _speaking_description(text, subj)):
        return None
    if subj.start != s_start and not _ROLE_BEFORE_SUBJECT.fullmatch(text, s_start, subj.start):
        return None  # "One of the men, Jessie Elkins, ...": a role and a comma may come first
    rest = text[subj.end:cue_start]
    if (appos := _SUBJECT_APPOSITIVES.match(rest)) is not None:
        rest = rest[appos.end():]  # "Jessie Elkins, 70, had served ... and said"
    elif subj.appositive is not None and subj.appositive[1] <= subj.start and rest.startswith(", "):
        rest = rest[2:]  # "The drug's maker, Pellam Biosciences, funded the trial and said": the appositive's close
    if rest.endswith((", and ", ", but ")):
        rest = rest[:-6]  # "Ebeling reminisced about her days with Clinton, and said ..."
    return subj if ", " not in rest else None


def _speaking_description(text: str, subj: Phrase) -> bool:
    """"The Arizona Republican", "The company": a short description whose head speaks."""
    words = text[subj.start:subj.end].split()
    return subj.kind == "description" and 2 <= len(words) <= 5 and words[0].lower() in ("the", "this") \
        and words[-1].lower() in _SPEAKING_HEADS or subj.kind == "name" and len(words) <= 4 \
        and words[0] == "The" and words[-1].lower() in PARTY_WORDS


_ROLE_BEFORE_SUBJECT = re.compile(r"[^,.;:\n]{1,40},\s+")
_SUBJECT_APPOSITIVES = re.compile(r"(?:,\s+[^,.;:\n]{1,50}){1,2},\s+")


# Where an inverted intro may stand: the sentence start, perhaps after "But," ('But, said Solovey, "..."').
_INVERTED_START = re.compile(
    r"\W*(?:(?:But|And|Yet|Still|So|Then|Or|Now|Later|Again|In other words|In short|In response)\b\W*)?")


# up to a stop, a bracket, a quotation mark or a dash between words ("the average - despite ..."), but not
# the dash of a range ("the 2015\u201316 state budget")
_ACCORDING_NP = re.compile(
    r"\s*([^,.;:()\n\u201c\u201d\"\u2014]{2,140}?)(?=\s*(?:[,.;:()\n\u201c\u201d\"\u2014]|\s[-\u2013]{1,2}\s|$))")


def according_phrase(text: str, pos: int, hi: int) -> Phrase | None:
    """The source after "according to": the noun phrase up to the next comma or stop
    ("the Kestrian government's readout of a call between the two leaders"); a body described, then named
    ("the UN's food agency, the FAO"), is the name."""
    ph = _according_phrase(text, pos, hi)
    if ph is not None and ph.kind != "pronoun" and text.startswith(",", ph.end) \
            and (named := _BODY_NAMED_AFTER.match(text, ph.end, hi)) is not None \
            and text[ph.start:ph.end].split()[-1].lower() in _DESCRIBED_BODIES:
        end = named.end("name") - (1 if text[named.end("name") - 1] == "." else 0)  # "Conab." ends the sentence
        return Phrase(named.start("name"), end, "name", appositive=(ph.start, ph.end))
    return ph


_BODY_NAMED_AFTER = re.compile(r",\s+(?:the\s+)?(?P<name>[A-Z][\w&'\u2019.-]*(?:\s+(?:[A-Z][\w&'\u2019.-]*|of|for|and|&)){0,5})"
                               r"(?=\s*(?:[.;]|$)|,\s+(?!(?:the|a|an|who|which|whose)\b)[a-z])")
# (not "According to the ministry, Smith, the suspect, was", nor "..., Germany, France and Italy grew")
_DESCRIBED_BODIES = frozenset("agency office body watchdog regulator ministry department bureau institute authority "
                              "service organisation organization group union association council commission".split())


def _according_phrase(text: str, pos: int, hi: int) -> Phrase | None:
    ph = phrase_after(text, pos, hi)
    if ph is not None and ph.appositive is not None and text[pos - 12:pos] == "According to" \
            and text[ph.appositive[1]:ph.appositive[1] + 1] != ",":
        ph = Phrase(ph.start, ph.end, ph.kind)  # "According to Wielgosz, the hackers got in.": the claim, no appositive
    m = _ACCORDING_NP.match(text, pos, hi)
    if m and not re.search(r"\w", m.group(1)):
        m = None
    if m and (named := _KIND_THEN_NAME.fullmatch(text, m.start(1), m.end(1))) is not None:
        return Phrase(named.start("name"), named.end("name"), "name")  # "according to research firm Canalys"
    if m and len(m.group(1).split()) <= 20 and (ph is None or m.end(1) > ph.end):
        kind = ph.kind if ph is not None and ph.kind != "pronoun" else "description"
        if ph is not None and ph.kind == "name" and re.search(r"\b[a-z]{3,}\b", m.group(1)[ph.end - m.start(1):]):
            kind = "description"  # a name followed by its noun: "Duvane's statistics office"
        end = m.end(1)
        if (anon := _WHY_UNNAMED.search(text, m.start(1), end)) is not None:
            end = anon.start()  # "two people familiar with the talks [who asked not to be named]"
        if (by := _QUOTED_BY.search(text, m.start(1), end)) is not None and by.start() > m.start(1):
            end = by.start()  # "officials [quoted by the Daily Ledger]": the officials; the paper is an outlet
        if (cut := _DOCUMENT_THEN_PARTICIPLE.match(text, m.start(1), end)) is not None \
                and not _BY_AGENT.search(text, cut.end(), end):
            end = cut.end("doc")  # "an indictment [unsealed on Thursday]"; but "a memo released by the watchdog"
        return Phrase(m.start(1), end, kind)
    return ph


_BY_AGENT = re.compile(r"\bby\b")
# what a body is, in lower case, then its name: "research firm Canalys", "market research firm Quadrant Insights"
_KIND_THEN_NAME = re.compile(r"(?:[a-z-]+\s+){0,3}(?:" + "|".join(sorted(FIRM_KINDS)) + r"|"
                             r"think[- ]tank|watchdog|regulator|start-?up|portal|platform)\s+"
                             r"(?P<name>[A-Z][\w&'\u2019.-]*(?:\s+(?:[A-Z][\w&'\u2019.-]*|of|for|and|&))*)")
_QUOTED_BY = re.compile(r"\s+(?:quoted|cited|interviewed)\s+by\s+")
# why a source goes unnamed, after who they are: no part of the source's description
_WHY_UNNAMED = re.compile(r"\s+who\s+(?:asked|requested|spoke\s+on\s+(?:the\s+)?condition|declined\s+to\s+be|insisted\s+on|"
                          r"demanded|sought|(?:(?:were|was|are|is|had)\s+not|(?:had|have|has)\s+not\s+been)\s+"
                          r"(?:authori[sz]ed|permitted|allowed|cleared)\s+to\s+(?:speak|discuss|comment|talk)|"
                          r"did\s+not\s+want\s+to\s+be\s+(?:named|identified))\b")
_DOCUMENT_THEN_PARTICIPLE = re.compile(
    r"[^,;:]*?\b(?P<doc>" + "|".join(sorted(DOCUMENT_HEADS, key=len, reverse=True)) + r")\s+"
    + DOCUMENT_PARTICIPLES + r"\b")


_LOOSE_NP = re.compile(r"\s*((?:the|a|an|one|another|some|many|most|several|other)\s+(?:[\w'\u2019-]+\s+){0,3}[\w'\u2019-]+)(?=\s*(?:[,.;:!?]|$))")


def _loose_description(text: str, pos: int, hi: int) -> Phrase | None:
    """'"...," said the 46-year-old.': after a quotation, any short determiner phrase is the speaker."""
    m = _LOOSE_NP.match(text, pos, hi)
    return Phrase(m.start(1), m.end(1), "description") if m else None


def audience(text: str, cue: Cue, hi: int) -> Phrase | None:
    if cue.word not in AUDIENCE_CUES:
        return None
    m = _OBJECT_PRONOUN.match(text, cue.end, hi) or _POSSESSED_AUDIENCE.match(text, cue.end, hi)
    if m:  # "told them that ...", "told her colleagues that ..."
        return Phrase(m.start(1), m.end(1), "pronoun")
    if (kind := _OUTLET_BY_KIND.match(text, cue.end, hi)) is not None:
        return Phrase(kind.start(1), kind.end(1), "description")  # "told French broadcaster BFM that"
    if text[cue.end:cue.end + 1] == " " and (numbered := NUMBERED_OUTLET.match(text, cue.end + 1, hi)) is not None:
        return Phrase(numbered.start(), numbered.end(), "name")  # "told Channel 4 News that"
    if (show := _OUTLETS_SHOW.match(text, cue.end, hi)) is not None:
        return Phrase(show.start(1), show.end(1), "name")  # 'told CNN's "State of the Union" that'
    return phrase_after(text, cue.end, hi, speaker=False)


# an outlet introduced by what it is: "told French broadcaster BFM", "told radio station Cadena Norte"
OUTLET_KINDS = (r"(?:broadcaster|newspaper|daily|tabloid|station|channel|network|magazine|weekly|outlet|website|agency|"
                r"radio|television|programme|program|podcast|show)")
_OUTLET_BY_KIND = re.compile(
    r"\s+((?:[A-Z][a-z]+\s+)?(?:[a-z-]+\s+){0,2}" + OUTLET_KINDS + r"\s+"
    rf"(?!(?:{CALENDAR_NAMES})\b)[A-Z][\w&'\u2019.-]*(?:\s+[A-Z][\w&'\u2019.-]*){{0,3}})(?=\s*(?:that\b|about\b|on\b|in\b|[,.:;\"\u201c]))")


_OUTLETS_SHOW = re.compile(r"\s+((?:[A-Z][\w&.-]*\s+){0,2}[A-Z][\w&.-]*['\u2019]s\s+[\"\u201c][^\"\u201c\u201d]{2,40}[\"\u201d])"
                           r"(?=\s*(?:that\b|about\b|on\b|in\b|[,.:;]))")
_POSSESSED_AUDIENCE = re.compile(
    r"\s+((?:his|her|their|our|my|its)\s+(?:[a-z-]+\s+){0,2}[a-z-]+)(?=\s*(?:that\b|about\b|[,:\"\u201c]))")
_OBJECT_PRONOUN = re.compile(
    r"\s+(him|them|us|me|you|her(?=\s*(?:that\b|about\b|[,.:;\"\u201c\u2018]|$)))\b(?!['\u2019])")


def _starts_like_sentence(text: str, s: int, e: int) -> bool:
    i = s
    while i < e and not text[i].isalnum():
        i += 1
    return i < e and (text[i].isupper() or text[i].isdigit())


def _is_scare_quote(text: str, q: QuoteRun) -> bool:
    """Short, unattributed quotations are scare quotes, nicknames or titles, not speech."""
    return len(text[q.start:q.end].split()) <= 4


_DASH_NAME = re.compile(r"[ \t\u00a0]*[\u2015\u2014\u2013-]+[ \t\u00a0]*(?=[A-Z@])")
# A turn may sit inside a quotation that opens the paragraph: '"WALLACE: But, Governor, ...'
_LABEL = re.compile(
    r"[\"\u201c]?([A-Z][A-Z.'\u2019\- ]{1,28}[A-Z.]|[A-Z][a-z]+(?: [A-Z][a-z.]+){0,2}|Q|A):[ \t]+(?=\S)")
# A headline's kicker before a colon names the kind of piece, not who speaks: "Interview: ...".
_KICKERS = frozenset(
    """
    LIVE INTERVIEW EDITORIAL REVIEW EXPLAINER EXPLAINED COMMENT FACTBOX FACT CHECK TIMELINE PROFILE OBITUARY
    LETTERS LETTER PODCAST Q&A EXCLUSIVE WATCH LISTEN GALLERY INSIGHT FEATURE ESSAY OP-ED VIEWPOINT
    PERSPECTIVE BRIEFING RECAP PREVIEW INVESTIGATION SKETCH ANALYSIS OPINION VERDICT
    """.split()) | {"SPECIAL REPORT", "BREAKING NEWS", "LIVE UPDATES", "FACT CHECK", "IN PICTURES", "IN FULL"}
# kickers only in a headline: in a transcript "DISPATCH:" is the 911 operator's turn
_HEADLINE_KICKERS = frozenset({"DISPATCH"})
_NOT_LABELS = frozenset(
    """
    UPDATE NOTE EDITOR'S NOTE WATCH READ MORE PHOTOS VIDEO RELATED CORRECTION CLARIFICATION BYLINE
    ADVERTISEMENT SEE ALSO BREAKING EXCLUSIVE ANALYSIS OPINION SOURCE SOURCES CREDIT PHOTO UPDATED
    POSTED
    """.split()
) | _KICKERS  # "LIVE: ...", "EXPLAINER: ...": a kicker is no speaker's turn either


_LIVE_PAGE = re.compile(r"(?i)(?:what\s+we\s+know(?:\s+so\s+far)?|live(?:\s+updates|\s+blog|\s+coverage)?|"
                        r"(?:the\s+)?latest(?:\s+updates|\s+news)?|everything\s+you\s+need\s+to\s+know|key\s+facts|"
                        r"the\s+story\s+so\s+far|as\s+it\s+happened|in\s+pictures|in\s+numbers|timeline|"
                        r"what\s+happens\s+next|how\s+it\s+unfolded)\s*[.!]?\s*$")
_HEADLINE_TOPIC = re.compile(r"\s+(?:on|about)\s|\s*$")


def _dash_attribution(text: str, q: QuoteRun, para_end: int,
                      next_para: tuple[int, int] | None = None) -> Phrase | None:
    """``"..." ― Sonya Herridge``: a dash and a name after the quotation, to the end of the line;
    or, when the quotation ends its paragraph, a short signature line of its own ("- Sanders.")."""
    if q.close_at is None:
        return None
    m = _DASH_NAME.match(text, q.outer_end, para_end)
    if m:
        ph = phrase_after(text, m.end(), para_end)
        return ph if ph and ph.kind == "name" else None
    if para_end - q.outer_end < 120 and text[q.outer_end:q.outer_end + 1] == ":" \
            and len(text[q.start:q.end].split()) >= 3 and not text[text.rfind("\n", 0, q.open_at) + 1:q.open_at].strip():
        # a headline: '"I write to find out what I think": Lucia Ferreira-Holt on her new novel'
        ph = phrase_after(text, q.outer_end + 1 + len(text[q.outer_end + 1:para_end]) -
                          len(text[q.outer_end + 1:para_end].lstrip()), para_end)
        if ph is not None and ph.kind == "name" and _HEADLINE_TOPIC.match(text, ph.end, para_end):
            return ph
    if next_para is None or text[q.outer_end:para_end].strip() or next_para[1] - next_para[0] > 120:
        return None
    ns, ne = next_para
    m = _DASH_NAME.match(text, ns, ne)
    if m is None or m.start() != ns and text[ns:m.start()].strip():
        return None
    ph = phrase_after(text, m.end(), ne)
    return ph if ph and ph.kind == "name" else None


def _trim_marks_back(text: str, start: int, end: int) -> int:
    """``end`` moved back over spaces and quotation marks."""
    return back_over(text, start, end, " \t\n\"\u201d\u201c")


def _labels(text: str, paras: list[tuple[int, int]]) -> dict[int, tuple[int, int]]:
    """Transcript turns ("PENCE: Well, look, ..."): paragraph index -> label span."""
    found: dict[int, tuple[int, int]] = {}
    counts: dict[str, int] = {}
    loud: set[int] = set()  # turns whose words are in capitals too
    for pi, (ps, pe) in enumerate(paras):
        m = _LABEL.match(text, ps, pe)
        if not m:
            continue
        label = m.group(1)
        if any(w in _NOT_LABELS for w in label.upper().split()) or len(text[m.end():pe].split()) < 3:
            continue  # "EDITOR'S NOTE:", "UPDATE:"
        rest = text[m.end():pe]
        shouted = sum(c.isupper() for c in rest) > 0.6 * sum(c.isalpha() for c in rest)
        if pi == 0 and shouted:
            continue  # "DOCKSIDE DOUBTS: TORVIK WEIGHS THE WHEAT DEAL": a headline, not a turn
        found[pi] = m.span(1)
        counts[label] = counts.get(label, 0) + 1
        if shouted:
            loud.add(pi)
    # an all-caps label stands on its own, unless what follows is in capitals too (a subhead: "THE
    # BOTTOM LINE: ..."; a transcript in capitals names its speakers more than once); a Title Case
    # one must recur (an interview)
    transcript = any(counts[text[found[pi][0]:found[pi][1]]] >= 2 for pi in loud)
    if len(found) == 1 and next(iter(found)) <= 2 and _dateline_label(text, *found[next(iter(found))], paras):
        return {}  # "LUCKNOW: The state government on Monday ...": a dateline (South Asian style), no turn
    return {pi: sp for pi, sp in found.items()
            if text[sp[0]:sp[1]].isupper() and (pi not in loud or transcript and _turn_label(text[sp[0]:sp[1]]))
            or counts[text[sp[0]:sp[1]]] >= 2}


def _dateline_label(text: str, ls: int, le: int, paras: list[tuple[int, int]]) -> bool:
    """Is the one label "LUCKNOW:" a dateline: a city in capitals before a long report in the third
    person, with no other turn in capitals below ("TRUMP: I think ... ZELENSKY: I understand.")?"""
    label = text[ls:le]
    if not label.isupper() or len(label.split()) > 2:
        return False
    if is_place(label.title()):
        return True  # "LONDON: Shares fell sharply on Monday."
    pe = next((e for s, e in paras if s <= ls < e), le)
    if NAMED_CUE_AFTER_COMMA.search(text, le, pe):
        return True  # "DHAKA: I am not resigning, Prime Minister Hasina told reporters": a report, no turn
    words = text[le + 1:pe].split()
    if len(words) < 12 or words[0] in _FIRST_PERSON_OPENERS:
        return False
    return not any(m.group(1).strip() not in _NOT_LABELS and not m.group(1).startswith("ALSO")
                   for m in _CAPS_TURN.finditer(text, pe))


_COLON_OPENING = re.compile(r":\s+(?=[A-Z\"\u201c])")
_CITY_COLON = re.compile(r"[A-Z][A-Z.'\u2019-]{2,20}(?: [A-Z][A-Z.'\u2019-]{2,20})?:[ \t]+(?=[A-Z])")
#: "..., Vale said.", "..., Prime Minister Hasina told reporters": a named speaker and a cue after a comma, so
#: the words before are that speaker's though no quotation marks say so.
NAMED_CUE_AFTER_COMMA = re.compile(r",\s+(?:he|she|(?:[A-Z][\w.'\u2019-]+\s+){1,4})\s*"
                                   r"(?:said|says|added|told|explained|recalled|replied|insisted)\b")
_FIRST_PERSON_OPENERS = frozenset("I I'm I've We We're You Well Yes No Look Thank Thanks Let".split())
_CAPS_TURN = re.compile(r"^[\"\u201c]?([A-Z][A-Z.'\u2019\- ]{1,28}[A-Z.]):[ \t]", re.MULTILINE)


def _turn_label(label: str) -> bool:
    """A speaker's label in a transcript ("HOLT", "SEN. REID"), not a subhead ("THE BOTTOM LINE")."""
    words = label.split()
    return len(words) <= 2 and words[0] not in ("THE", "WHAT", "WHY", "HOW", "WHERE", "WHEN", "WHO", "A")


def _colon_intro(ctx: Ctx, ps: int, pe: int) -> tuple[Cue, Phrase] | None:
    """A paragraph that ends "X said:" / "Caddell continued:" introduces the next paragraph."""
    text = ctx.text
    if text[pe - 1] != ":":
        return None
    sent = ctx.sents[ctx.sentence_at(pe - 1)]
    for cue in reversed(ctx.cues_between(sent.start, pe)):
        if len(text[cue.end:pe].split()) > 8:
            break
        ph = phrase_before(text, sent.start, cue.start)
        if ph is None and cue.word in INVERTIBLE_CUES:
            ph = phrase_after(text, cue.end, pe)
        if ph is None and cue.word.endswith("ing") and PREP_BEFORE_PARTICIPLE.search(text, sent.start, cue.start):
            ph = sentence_subject(text, sent.start, cue.start)  # "Haverford paused before continuing:"
        if ph is not None:
            return cue, ph
    return None


def attribute(text: str, paras: list[tuple[int, int]], sents: list[Sentence], quotes: list[QuoteRun],
              social: set[int] | None = None) -> list[Attribution]:
    """Attributions for every quotation and every reported statement, in text order."""
    social = social or set()
    sents = merge_sentences(sents, quotes)
    cues = within(find_cues(text, quotes), paras)  # none from page furniture left out of ``paras``
    ctx = Ctx(text, sents, [s.start for s in sents], quotes, cues, [c.start for c in cues])
    out: list[Attribution] = []
    by_quote: dict[int, Attribution] = {}
    para_starts = [p[0] for p in paras]
    quote_at_para: dict[int, int] = {}
    for qi, q in enumerate(quotes):
        pi = bisect.bisect_right(para_starts, q.open_at) - 1
        if pi >= 0 and paras[pi][0] == q.open_at:
            quote_at_para[pi] = qi

    # paragraphs introduced by "X said:" and transcript turns
    intro_for: dict[int, tuple[Cue, Phrase]] = {}
    for pi, (ps, pe) in enumerate(paras[:-1]):
        intro = _colon_intro(ctx, ps, pe)
        if intro is None:
            continue
        intro[0].used = True
        if pi + 1 in quote_at_para:
            intro_for[quote_at_para[pi + 1]] = intro
        else:
            ns, ne = paras[pi + 1]
            if not _QUOTE_OPEN_AT.match(text, ns):
                cue, ph = intro
                # "The governor added:" introduces his words; "the Courier's Sofia Nyberg reports:" her report
                kind = "indirect" if cue.word in _REPORTING_CUES or cue.word not in SPEECH_CUES else "direct"
                out.append(Attribution(ns, ne, kind, (cue.start, cue.end), ph))
    covered = [(a.start, a.end) for a in out]
    label_in_quote: dict[int, tuple[int, int, int, int]] = {}  # quote index -> label span, words' span
    open_at = {q.open_at: qi for qi, q in enumerate(quotes)}
    labels = _labels(text, paras)
    for pi, (ls, le) in labels.items():
        ps, pe = paras[pi]
        c_start = ls + len(text[ls:pe]) - len(text[le + 1:pe].lstrip())
        c_end = _trim_marks_back(text, c_start, pe)
        if pi in quote_at_para and quotes[quote_at_para[pi]].start == ls:
            label_in_quote[quote_at_para[pi]] = (ls, le, c_start, c_end)
            continue
        if (opened := open_at.get(c_start)) is not None and quotes[opened].close_at is not None:
            q = quotes[opened]  # 'A: "Only the bad ones."': the turn is the quotation, without its marks
            if text[q.outer_end:pe].strip(" \t.!?"):
                continue  # 'A: "We will fix it," he said.': the answer reports someone else's words
            label_in_quote[opened] = (ls, le, q.start, q.end)
            continue
        if any(s <= c_start < e for s, e in covered):
            continue
        out.append(Attribution(c_start, c_end, "direct", None, Phrase(ls, le, "name")))
    label_starts = sorted(paras[pi][0] for pi in labels)

    for qi, q in enumerate(quotes):
        if qi in social:
            continue
        si = ctx.sentence_at(q.open_at)
        sent = sents[si]
        lo = sent.start
        if qi > 0 and quotes[qi - 1].outer_end > lo and quotes[qi - 1].outer_end <= q.open_at:
            lo = quotes[qi - 1].outer_end
        before_text = text[lo:q.open_at]
        opens_sentence = not before_text.strip(" \t\u2014\u2013-(") or _TIMESTAMP.fullmatch(before_text) is not None
        att: Attribution | None = None
        pi = bisect.bisect_right(para_starts, q.open_at) - 1
        para_end = paras[pi][1] if pi >= 0 else len(text)

        found = _after_quote(ctx, qi) if qi not in label_in_quote else None
        if qi in label_in_quote:
            ls, le, c_start, c_end = label_in_quote[qi]
            if c_start < min(q.end, c_end):  # (not an empty turn: '"Q: " said')
                att = Attribution(c_start, min(q.end, c_end), "direct", None, Phrase(ls, le, "name"), quote=q)
        elif found:
            cue, ph = found
            intro_ok = opens_sentence or before_text.rstrip().endswith((":", ","))
            kind = "direct" if intro_ok and _starts_like_sentence(text, q.start, q.end) else "partial"
            if not _is_title(text, q):
                if kind == "direct":
                    cue.used = True  # a partial quotation also leaves its reported clause to _reported
                att = Attribution(q.start, q.end, kind, (cue.start, cue.end), ph, quote=q,
                                  audience=audience(text, cue, sent.end), appositive=ph.appositive)
            # a title ('In his new book, "The Long Haul," Ravi Mehta argues that ...') leaves the cue
            # to the reported clause after it
        elif (dash := _dash_attribution(text, q, para_end, paras[pi + 1] if 0 <= pi < len(paras) - 1 else None)) \
                is not None:
            att = Attribution(q.start, q.end, "direct", None, dash, quote=q)
        elif qi in intro_for:
            cue, ph = intro_for[qi]
            att = Attribution(q.start, q.end, "direct", (cue.start, cue.end), ph, quote=q)
        else:
            fb = _before_quote(ctx, qi, lo)
            if fb and before_text.rstrip().endswith(":") and (
                    own := _colon_subject(ctx, qi, lo)) is not None and own.start > fb[0].end:
                # 'When Trump suggested that ..., Rubio fired back: "..."': the clause before the colon
                # has its own subject, and the words are that subject's
                fb = None
                att = Attribution(q.start, q.end, "direct", None, own, quote=q)
            if fb:
                cue, ph, direct_intro = fb
                kind = "direct" if direct_intro and _starts_like_sentence(text, q.start, q.end) else "partial"
                keep = not _is_title(text, q)
                if keep:
                    if kind == "direct":
                        cue.used = True
                    att = Attribution(q.start, q.end, kind, (cue.start, cue.end), ph, quote=q,
                                      audience=audience(text, cue, q.open_at),
                                      appositive=ph.appositive if ph else None)
        if att is None and (subj := _characterised_as(ctx, qi, lo)) is not None:
            att = Attribution(q.start, q.end, "partial", None, subj, quote=q)
        if att is None and (subj := _colon_subject(ctx, qi, lo)) is not None:
            att = Attribution(q.start, q.end, "direct", None, subj, quote=q)
        if att is None and opens_sentence and (verdict := _verdict_after(ctx, qi)) is not None:
            att = Attribution(q.start, q.end, "direct" if _starts_like_sentence(text, q.start, q.end) else "partial",
                              verdict[0], verdict[1], quote=q)
        if att is None and (final := _sentence_final_cue(ctx, qi)) is not None:
            cue, ph = final
            kind = "direct" if opens_sentence and _starts_like_sentence(text, q.start, q.end) else "partial"
            att = Attribution(q.start, q.end, kind, (cue.start, cue.end), ph, quote=q)
        intro = _unclaimed_intro(ctx, qi, lo) if att is None else None
        if intro is not None and intro[1] is not None:
            att = Attribution(q.start, q.end, "direct", intro[0], intro[1], quote=q)
        if att is None and not (_NOUN_USE.match(text, q.outer_end) and len(text[q.start:q.end].split()) <= 5
                                and text[q.end - 1:q.end] not in (",", ".")):
            # but '"Sons of Trump" is an adaptation of ...': a title the sentence talks about
            att = _continuation(ctx, qi, by_quote, opens_sentence)
            if att is not None and intro is not None:
                att.kind = "direct"  # 'he asked, "..."' whose speaker only the paragraph gives
            if intro is None and opens_sentence and (subj := _subject_before(ctx, q)) is not None and (
                    att is None or att.speaker is None or att.inherited and att.speaker.start < subj.start):
                # 'Lee took a different view. "We need ..."': the person the sentence before is about
                att = Attribution(q.start, q.end, "direct" if _starts_like_sentence(text, q.start, q.end)
                                  else "partial", None, subj, quote=q)
            if (att is None or att.speaker is None) and intro is None and opens_sentence \
                    and (subj := _subject_before(ctx, q, across=True)) is not None:
                # 'Judge Theresa Vance rejected the request.' then a paragraph of her words
                att = Attribution(q.start, q.end, "direct" if _starts_like_sentence(text, q.start, q.end)
                                  else "partial", None, subj, quote=q)
            if (att is None or att.speaker is None) and intro is None and opens_sentence \
                    and (beat := _beat_before(ctx, q)) is not None:
                # 'He pauses. "Our father was a hard man."': the one who just paused, laughed or shrugged
                att = Attribution(q.start, q.end, "direct" if _starts_like_sentence(text, q.start, q.end)
                                  else "partial", None, beat, quote=q)
        if att is None and intro is not None:
            att = Attribution(q.start, q.end, "direct", intro[0], None, quote=q)  # on the list, speaker unknown
        if att is not None and att.speaker is not None:
            ctx.speaker_in[si] = att.speaker
        if qi in intro_for and (att is None or att.speaker is not intro_for[qi][1]):
            # "The Kestrian Press Agency reports:" then a quotation with its own speaker: the
            # agency is still a source of the paragraph, though the words are the speaker's
            cue, ph = intro_for[qi]
            pi_next = bisect.bisect_right(para_starts, q.open_at) - 1
            out.append(Attribution(paras[pi_next][0], paras[pi_next][1], "source", (cue.start, cue.end), ph))
        if att is None:
            continue
        # a quotation that runs on into a transcript turn ends where the turn begins
        k = bisect.bisect_right(label_starts, att.start)
        if k < len(label_starts) and label_starts[k] < att.end:
            att.end = _trim_marks_back(text, att.start, label_starts[k])
            if att.end <= att.start:
                continue
        by_quote[qi] = att
        out.append(att)

    # split quotations: "...," X said. "..." share a group
    group_seq = 0
    for qi in sorted(by_quote):
        att = by_quote[qi]
        prev = by_quote.get(qi - 1)
        if prev and att.inherited and prev.speaker is att.speaker and prev.kind == "direct" \
                and prev.cue is not None and prev.quote is not None and att.quote is not None \
                and prev.quote.outer_end <= prev.cue[0] < att.quote.open_at \
                and _mark_before(text, att.quote.open_at) in _PIECE_OPENERS:
            att.kind = "direct"  # '"Every week," Weir said, "costs our ports money."': one quotation
            if prev.group is None:
                group_seq += 1
                prev.group = group_seq
            att.group = prev.group

    from briefing.extract.reported import (
        reported_speech,  # imports this module: a late import breaks the cycle
    )

    out.extend(reported_speech(ctx, by_quote))
    out.extend(_noun_cues(text, sents, out))
    from briefing.extract.polls import poll_findings  # imports this module, like reported_speech

    out.extend(poll_findings(text, sents, out))
    from briefing.extract.unsourced import unsourced_claims  # imports this module, like reported_speech

    out.extend(unsourced_claims(text, sents, quotes, out))
    if paras:
        out.extend(_headline(text, paras[0], out))
    for a in out:
        if a.speaker is not None and a.speaker.kind != "pronoun" and (
                m := _POSSESSOR_OF_WORDS.fullmatch(text, a.speaker.start, a.speaker.end)) is not None:
            if m.group("pro"):
                a.speaker = Phrase(a.speaker.start, m.end("pro"), "pronoun")  # "Her message ...": she
            else:
                first = m.group("who").split()[0].lower()
                kind = "description" if first in ("the", "a", "an", "her", "his", "their", "its", "our", "one") \
                    or not m.group("who")[:1].isupper() else "name"  # "A spokesman's statement said"
                a.speaker = Phrase(a.speaker.start, m.end("who"), kind)  # "Reis's message to the board was ..."
    for a in out:
        if a.kind == "indirect" and (d := _CITY_COLON.match(text, a.start, a.end)) is not None:
            a.start = d.end()  # "LUCKNOW: The state government ...": the claim starts after the dateline
        if a.kind == "indirect" and (c := _COLON_OPENING.match(text, a.start, a.end)) is not None:
            a.start = c.end()  # 'Vale replied: I think ...': the claim starts after the colon
    out = _without_swallowed_attributions(text, out)
    out = _without_speakers_holding_a_cue(text, out)
    out = _without_claims_opening_with_a_cue(out)
    out = _without_claims_that_are_a_quotation(text, out)
    out.sort(key=lambda a: (a.start, a.end))
    return out


_SAID_END = re.compile(r"\b(?:said|says|say)$")


def _without_claims_opening_with_a_cue(atts: list[Attribution]) -> list[Attribution]:
    """Drop a claim whose words begin with another attribution's cue: "A Pentagon report said the base was
    vulnerable" is the report's claim, not "said the base was vulnerable" by "A Pentagon" (cue "report")."""
    starts = {a.cue[0] for a in atts if a.cue is not None}
    return [a for a in atts if not (a.kind == "indirect" and a.cue is not None and a.start in starts)]


def _without_speakers_holding_a_cue(text: str, atts: list[Attribution]) -> list[Attribution]:
    """Drop a claim whose speaker phrase runs over another attribution's cue: in "a levy, which city
    finance director Alan Fujimoto said would add $38", the speaker of "add" is not "city finance
    director Alan Fujimoto said"."""
    cues = sorted(a.cue[0] for a in atts if a.cue is not None)
    if len(cues) < 2:
        return atts
    out = []
    for a in atts:
        ph = a.speaker
        if ph is not None and a.kind == "indirect" and a.cue is not None and _SAID_END.search(text, ph.start, ph.end):
            k = bisect.bisect_left(cues, ph.start)
            if k < len(cues) and cues[k] < ph.end and cues[k] != a.cue[0]:
                continue
        out.append(a)
    return out


_EDGE = " \t\n:,.;\"'\u201c\u201d\u2018\u2019"


def _without_claims_that_are_a_quotation(text: str, atts: list[Attribution]) -> list[Attribution]:
    """Drop a reported statement that is nothing but a quotation already attributed: 'A Ministry of
    Defence spokesman said: "We have committed more money."' is one quotation, not also a claim
    ': "We have committed more money."'."""
    quoted = {text[a.start:a.end].strip(_EDGE): a for a in atts if a.kind in ("direct", "partial")}
    if not quoted:
        return atts
    out = []
    for a in atts:
        q = quoted.get(text[a.start:a.end].strip(_EDGE)) if a.kind == "indirect" else None
        if q is None:
            out.append(a)
        elif q.cue is None and a.cue is not None and a.cue[1] <= q.start:
            q.cue = a.cue  # the quotation's cue is the claim's: "said:"
    return out


def _without_swallowed_attributions(text: str, atts: list[Attribution]) -> list[Attribution]:
    """A reported statement found inside another's words ends before that other's own "X said": in
    "The ministry has refused to release the report, Jones said." the ministry's part is "to release
    the report", not "to release the report, Jones said"; with nothing left, it goes."""
    cued = sorted((a.cue[0], a.cue[1], a.speaker.start, a.speaker.end, a.start, a.end) for a in atts
                  if a.cue is not None and a.speaker is not None)
    if len(cued) < 2:
        return atts
    starts = [c[0] for c in cued]
    out = []
    for a in atts:
        if a.kind == "indirect" and a.cue is not None:
            k = bisect.bisect_left(starts, a.start)
            while k < len(cued) and cued[k][0] < a.end:
                cs, ce, ss, se, bs, be = cued[k]
                if cs > a.cue[0] and ce <= a.end and (a.start <= ss and se <= a.end and bs <= a.cue[0] < be
                                                      or ss < a.cue[0] < se and a.speaker is not None
                                                      and text[a.speaker.start:a.speaker.end] in ("who", "which")):
                    # also "Lawmakers who criticised the plan said ...": "criticised" inside the other's speaker
                    a.end = back_over(text, a.start, min(cs, ss), " ,;:\u2014\u2013-\n")
                    break
                k += 1
            if a.end <= a.start:
                continue
        out.append(a)
    return out


# "Reis's message", "the minister's response", "his verdict": the words are the possessor's
_POSSESSOR_OF_WORDS = re.compile(
    r"(?:(?P<who>(?:[Tt]he\s+)?(?:[A-Za-z][\w.\-]*\s+){0,3}[A-Za-z][\w.\-]*)['\u2019]s?|(?P<pro>[Hh]is|[Hh]er|[Tt]heir))"
    r"\s+(?:(?:first|final|only|initial|blunt|brief)\s+)?"
    r"(?:message|statement|words|response|reply|answer|verdict|advice|take|assessment|explanation|retort|"
    r"prediction|warning|plea)")


# Found from the noun (a few words ``re`` scans for quickly), then the possessor before it is checked.
# The nouns as a trie: one branch per first letter instead of some thirty alternatives at each place.
_NOUN_CUE_WORDS = """
    claim assertion argument contention statement view belief promise pledge vow warning suggestion insistence
    allegation accusation comment remark prediction assessment concern hope fear proposal plan position stance
    opinion analysis
""".split()
_NOUN_CUE_PLURALS = frozenset("""
    claim assertion argument statement view belief promise pledge vow warning suggestion allegation accusation
    comment remark prediction assessment concern hope fear proposal plan
""".split())
_NOUN_CUE = re.compile(
    r"(?P<cue>" + word_pattern([*_NOUN_CUE_WORDS, *(w + "s" for w in _NOUN_CUE_PLURALS)]) + r")"
    r"\s+(?:that|about|on)\s+"
)
_POSSESSOR_BEFORE = re.compile(
    r"(?P<src>\b(?:[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,3}['\u2019]s?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts))\s+"
    r"(?:(?:recent|earlier|latest|repeated|false|baseless|widely \w+|initial|public|main|central)\s+)?$"
)


def _noun_cues(text: str, sents: list[Sentence], have: list[Attribution]) -> list[Attribution]:
    """"Trump's claim that ...", "her promise to ...": a possessor, a noun of saying, its clause."""
    out = []
    taken = [(a.start, a.end) for a in have]
    starts = [s.start for s in sents]
    for m in _NOUN_CUE.finditer(text):
        if m.start() > 0 and text[m.start() - 1].isalnum():
            continue  # inside a word
        owner = _POSSESSOR_BEFORE.search(text, max(0, m.start() - 90), m.start())
        if owner is None:
            continue
        c_start = m.end()
        c_end = back_over(text, c_start, sentence_at(sents, starts, m.start()).end)
        tail = PARTICIPLE_TAIL.search(text, c_start, c_end)
        if tail:
            c_end = tail.start()
        if not m.group().rstrip().endswith("that") and (comma := text.find(", ", c_start, c_end)) >= 0:
            c_end = comma  # "his remarks about the strike[, aides said]": a topic ends at its comma
        if len(text[c_start:c_end].split()) < 3 or (c_start, c_end) in taken:
            continue  # (nested in another attribution is fine: "Critics rejected Lind's claim that ...")
        src_s, src_e = owner.span("src")
        kind = "pronoun" if text[src_s:src_e].lower() in ("his", "her", "their", "its") else "name"
        out.append(Attribution(c_start, c_end, "indirect", m.span("cue"), Phrase(src_s, src_e, kind)))
    return out


_HEADLINE_COLON = re.compile(
    r"(?P<src>[A-Z][\w.'\u2019\-]*(?:\s+[A-Z][\w.'\u2019\-]*){0,3}"
    # a lower-case head or a setting after the name: "Clinton camp:", "Former AG Mukasey at RNC:"
    r"(?:\s+(?:camp|campaign|aides?|allies|spokesman|spokeswoman|adviser|advisers|team|officials?|"
    r"(?:at|on|in|to)\s+[A-Z][\w.'\u2019\-]*(?:\s+[A-Z][\w.'\u2019\-]*){0,2}))?):\s+(?P<c>\S.+)")
_HEADLINE_SAYS = re.compile(
    r"(?P<c>.+?),\s+(?P<src>[A-Z][\w.'\u2019\-]*(?:\s+[A-Z][\w.'\u2019\-]*){0,4})\s+"
    r"(?P<cue>Says|Said|Warns|Claims|Argues|Insists|Tells [A-Z][\w ]+|Predicts|Admits)\.?$"
)


def _headline(text: str, para: tuple[int, int], have: list[Attribution]) -> list[Attribution]:
    """A headline that attributes: "Caddell: Voters Worried ..." or "..., Graham Says"."""
    ps, pe = para
    if pe - ps > 200 or any(a.start < pe and a.end > ps for a in have):
        return []
    line = text[ps:pe]
    m = _HEADLINE_SAYS.match(line)
    if m:
        c_end = ps + m.end("c")
        return [Attribution(ps + m.start("c"), c_end, "indirect", (ps + m.start("cue"), ps + m.end("cue")),
                            Phrase(ps + m.start("src"), ps + m.end("src"), "name"))]
    m = _HEADLINE_COLON.match(line)
    if m and m.group("src").isupper() and (" " in m.group("src") or len(m.group("src")) > 5) \
            and not _names_or_speaks(m.group("src"), text[pe:]):
        m = None  # "DOCKSIDE DOUBTS:", "TRADE WAR:": capitals that name no one and nobody who speaks
    if m and m.group("src").split()[0] in ("The", "A", "An") and (
            m.group("src") == "The Latest" or _FEATURE_TITLE_REST.match(line, m.start("c"))):
        m = None  # "The Quiet Builder: How Ana Ruiz Built an Empire", AP's "The Latest: ...": a page's title
    if m and _LIVE_PAGE.match(line, m.start("c")):
        m = None  # "Storm Ellis: what we know so far", "Flooding in Carrowmore: live updates": a page's title
    if m and m.group("src").upper() not in _KICKERS | _HEADLINE_KICKERS and m.group("src").split()[0].upper() not in _NOT_LABELS:
        c_s, c_e = ps + m.start("c"), pe
        while c_e > c_s and text[c_e - 1] in ".!? \"\u201d\u2019'":
            c_e -= 1
        return [Attribution(c_s, c_e, "indirect", None, Phrase(ps + m.start("src"), ps + m.end("src"), "name"))]
    return []




_FEATURE_TITLE_REST = re.compile(r"(?:How|Why|What|When|Where|Who|Inside|Meet|Behind)\b")


def _names_or_speaks(src: str, body: str) -> bool:
    """Does a headline's capitalised source name someone the article names again ("MCCONNELL:" and
    "Mitch McConnell") or a speaker by role ("UNION BOSS:")? Not "TRADE WAR:", "HEATWAVE WARNING:"."""
    last = src.split()[-1].lower().strip(".,'\u2019")
    if last in OCCUPATIONS or last.rstrip("s") in OCCUPATIONS or last in TITLE_WORDS:
        return True
    return any(w[:1].isupper() and not w.isupper() and w.lower() == last
               for w in re.findall(r"[A-Za-z][\w'\u2019-]*", body))


_QUOTE_OPEN_AT = re.compile("[\"\u201c\u201d\u2018\u00ab\u201e]")


# what a name is called by, and the kind of name: "the [stage] name", "his nickname", "the code word"
_NAME_KIND = r"(?:(?:code|pet|stage|pen|user|screen|brand|trade)\s*)?"
_NAME_NOUNS = r"(?:name|nickname|moniker|alias|codename|slogan|motto|hashtag)"
_NAMING_BEFORE = re.compile(
    r"\b(?:the\s+" + _NAME_KIND + r"(?:" + _NAME_NOUNS + r"|word|words|term|phrase|label|headline|handle)|so-called|"
    r"code-?named|nicknamed|titled|entitled|headlined|dubbed|known as|branded as|billed as|marked|"
    # 'the nickname, "Sonny," came from', 'the band's name, "Blue Harbor,"' (not "in her words, "...""):
    r"(?:his|her|their|its|[\w-]+['\u2019]s|the)\s+" + _NAME_KIND + _NAME_NOUNS + r"\s*,)\s*$",
    re.IGNORECASE,
)


_INTRO_CUE_TAIL = re.compile(r"\b(?P<cue>[a-z]+)\s*[,:]\s*$")
_INTRO_ONLY_CUES = frozenset("reads read states stated state notes noted says said".split())
_RELATIVE_BEFORE = re.compile(r"(?:,\s*)?\b(?:which|that|who)\s+$")
_SUBJECT_PRONOUN_BEFORE = re.compile(r"\b(?P<p>it|he|she|they)\s+$", re.I)


def _unclaimed_intro(ctx: Ctx, qi: int, lo: int) -> tuple[tuple[int, int], Phrase | None] | None:
    """A sentence quoted after a cue and a comma or colon that no rule above attributed ('the AP report,
    which notes, "..."', 'water bottles that said, "..."', 'At the bottom it reads, "..."', '..., to
    state, "..."'): the words are a quotation all the same, given to whom the cue's clause names, or to
    no one. A quotation briefing drops is the worst miss; one without a speaker is still on the list."""
    text, q = ctx.text, ctx.quotes[qi]
    before = text[lo:q.open_at]
    m = _INTRO_CUE_TAIL.search(before)
    if m is None or not _starts_like_sentence(text, q.start, q.end):
        return None
    word = m.group("cue")
    if word not in SPEECH_CUES and word not in INVERTIBLE_CUES and word not in _INTRO_ONLY_CUES:
        return None
    c_start, c_end = lo + m.start("cue"), lo + m.end("cue")
    ph: Phrase | None = None
    if (rel := _RELATIVE_BEFORE.search(text, lo, c_start)) is not None:
        ph = phrase_before(text, lo, rel.start(), subject=False)  # "the Associated Press report, which notes,"
    elif (pro := _SUBJECT_PRONOUN_BEFORE.search(text, lo, c_start)) is not None:
        ph = Phrase(pro.start("p"), pro.end("p"), "pronoun")  # "At the bottom it reads,"
    elif text[lo:c_start].rstrip().endswith(" to"):
        ph = sentence_subject(text, lo, c_start)  # "The atlas examines counties, to state,"
    else:
        ph = phrase_before(text, lo, c_start)
    return (c_start, c_end), ph


_NOUN_USE = re.compile(r"\s+(?:is|was|are|were|has|had|will|would|can|could|remains|became|becomes)\b")


def _is_title(text: str, q: QuoteRun) -> bool:
    """Titles, names and words in quotation marks: "Morning Joe", the word "partnership", a report titled "...",
    what negotiators call the "blue lane"."""
    if _NAMING_BEFORE.search(text, max(0, q.open_at - 40), q.open_at):
        return True
    short = len(text[q.start:q.end].split()) <= 4
    if short and _THE_END.search(text[max(0, q.open_at - 5):q.open_at]):
        return True
    if short and _SUCH_END.search(text[max(0, q.open_at - 6):q.open_at]) and 2 <= len(words := text[q.start:q.end].split()) <= 3 \
            and not (words[-1][-1:] != "s" and (nxt := _WORD_NEXT.match(text, q.outer_end)) is not None
                     and nxt.group(1).endswith("s")):
        return True  # (not 'such "extreme MAGA" ideas': the speaker's words before the noun they describe)
    if short:
        # the same few words quoted earlier in the article: a term by now, not speech
        inner = text[q.start:q.end].strip(" ,.")
        earlier = text.rfind(inner, max(0, q.open_at - 5000), q.open_at)
        if earlier > 1 and text[earlier - 1] in "\"\u201c\u2018'" and (
                _THE_END.search(text[max(0, earlier - 6):earlier - 1])
                or _NAMING_BEFORE.search(text, max(0, earlier - 41), earlier - 1)):
            return True
    words = text[q.start:q.end].split()
    if not words or len(words) > 7:
        return False
    if text[q.end - 1] in ".,!?":
        # American style keeps the sentence's comma inside the marks: 'on CBS's "Face the Nation,"',
        # 'the documentary "13th."' name a work only where the words before say a work is named
        words = text[q.start:q.end].rstrip(".,!?").split()
        if not words or not (_WORK_BEFORE.search(text, max(0, q.open_at - 40), q.open_at)
                             or (work := _WORK_AFTER.match(text, q.outer_end)) is not None
                             and not _SAYS_SOON.match(text, work.end())):
            return False
    small = {"of", "the", "and", "a", "an", "in", "on", "for", "to", "at", "with", "&", "or", "vs.", "is"}
    return all(w[0].isupper() or w.lower() in small or not w[0].isalpha() for w in words) and \
        (words[0][0].isupper() or words[0][0].isdigit())


# '"The Sopranos," a show that ...', '"Opening Belle," a comic novel by ...': a work and what it is
_WORK_AFTER = re.compile(
    r"\s+(?:a|an|the)\s+(?:(?!(?:for|of|at|in|on|with|from|by|to)\s)[\w'\u2019-]+\s+){0,2}(?:show|series|film|movie|novel|book|play|song|album|programme|"
    r"program|sitcom|drama|comedy|documentary|memoir|podcast|musical|opera|game|sequel|prequel|remake|thriller|"
    r"column|newsletter|painting|exhibition|poem|single|track|video|campaign|slogan)s?\b(?![\w'\u2019-])")
_SAYS_SOON = re.compile(rf"(?:\s+[\w'\u2019-]+){{0,2}}\s+(?:{SAID_FORMS})\b")  # '"Go Home," the show host said'
_WORK_BEFORE = re.compile(
    r"(?:['\u2019]s|\b(?:on|in|of|book|documentary|film|movie|show|program|programme|song|anthem|album|series|"
    r"op-ed|column|article|essay|podcast|novel|memoir|play|episode|broadcast|report|headline))\s*,?\s*$",
)


_FROM_OWN_WORDS = re.compile(
    r"\s*(?:From|In)\s+(?P<who>[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,3})['\u2019]s?\s+(?:[\w-]+\s+){0,3}"
    r"(?:posts?|statements?|tweets?|letter|op-ed|column|website|page|speech|remarks|testimony|book|memo|"
    r"e-?mail|release|interview|blog|account)\s*:\s*$"
)


_TIME_OPENER = (r"(?:Afterwards|Afterward|Later|Earlier|Meanwhile)"
                r"(?:\s+(?:that|this|on|in\s+the|the\s+same|the\s+next)\s+[a-z]+|\s+[A-Z][a-z]+day)?")
_BARE_OPENER = re.compile(rf"\s*(?:As|And|But|So|Yet|Then|Still|Now|{_TIME_OPENER})\s+")
# what opens a sentence before its subject: "As Cornyn put it:", "Later that day the president spoke:"
_SUBJECT_OPENER = re.compile(rf"\s*(?:As|{_TIME_OPENER})\s+")


_IN_THE_WORDS_OF = re.compile(r"(?:^|[.!?]\s+|\b(?:And|But|as|As)\s+)[Ii]n\s+the\s+words\s+of\s+(?P<who>[^,;:.\"\u201c]{2,60}),$")
_SAYING_THINGS = frozenset("song songs proverb saying poem poet hymn adage anthem cliché cliche title slogan motto "
                           "lyric lyrics verse bible scripture".split())
_STATEMENT_COMMA = re.compile(
    r"\b(?:statement|statements|remarks|message|tweet|post|note|letter|memo|email|response|reply|answer|"
    r"saying|writing|adding|declaring|warning|noting|explaining|put\s+it|puts\s+it)\s*,$")  # "As X once put it, "..."


def _colon_subject(ctx: Ctx, qi: int, lo: int) -> Phrase | None:
    """'Rubio fired back forcefully: "..."', 'As Cornyn put it: "..."': a short clause that opens
    with its subject and ends in a colon introduces the subject's words, whatever its verb."""
    text, q = ctx.text, ctx.quotes[qi]
    before = text[lo:q.open_at].rstrip()
    if (to := _TO_WHOM.search(before)) is not None and q.open_at - (lo + len(before)) <= 1:
        # 'To Ola Brekke, "the plan is dead."', '... because to her, "there is nothing ..."': in X's view
        who = to.group("who")
        kind = "pronoun" if who.lower() in ("her", "him", "them") else "name"
        ph = Phrase(lo + to.start("who"), lo + to.end("who"), kind)
        if kind == "pronoun" or _NAME_ONLY.fullmatch(who):
            return ph
    if (words_of := _IN_THE_WORDS_OF.search(before)) is not None and q.open_at - (lo + len(before)) <= 1:
        # 'In the words of one former student, "She was never wrong."': the student's words
        who = words_of.group("who")
        if who.lower().split()[-1] in _SAYING_THINGS:
            return None  # "In the words of the song, ...": a lyric, no one's statement
        return Phrase(lo + words_of.start("who"), lo + words_of.end("who"),
                      "name" if _NAME_ONLY.fullmatch(who) else "description")
    if not (before.endswith(":") or _STATEMENT_COMMA.search(before)) or len(before.split()) > 30:
        return None  # a colon, or a comma after the words that introduce: 'Trump issued a statement, "..."'
    own = _FROM_OWN_WORDS.match(text, lo, q.open_at)
    if own:  # 'From Bush's Facebook post: "..."'
        return Phrase(own.start("who"), own.end("who"), "name")
    as_ = _SUBJECT_OPENER.match(text, lo, q.open_at)
    subj = sentence_subject(text, as_.end() if as_ else lo, q.open_at)
    if subj is None:
        return None
    words = text[subj.start:subj.end].split()
    if subj.kind == "pronoun":
        if words[0].lower() not in ("he", "she", "they", "i", "we"):
            return None
    elif subj.kind == "description" and len(words) >= 2 and words[-1].lower() in _SPEAKING_HEADS:
        pass  # 'The Clinton campaign ... worded it even more carefully: "..."'
    elif subj.kind != "name" or words[0].lower() in _CLAUSE_OPENERS or words[-1].endswith(("'s", "\u2019s")):
        return None
    intro = text[lo:subj.start] if subj.appositive is None or subj.appositive[0] > lo + 1 else ""
    if intro.strip(" \t\n") and not _BARE_OPENER.fullmatch(intro) and not _INTRO_PHRASE.fullmatch(intro.lstrip()):
        return None  # only "As X put it:" or an opening phrase ("When Trump suggested ..., Rubio fired back:")
    rest = text[subj.end:q.open_at]
    if _PASSIVE.search(rest) and not _FEELING.fullmatch(rest) or re.search(r"[;!?]|\.\s+[A-Z][a-z]", rest.rstrip()[:-1]):
        return None  # (but 'Kwame Asante-Boadu was delighted: "..."': how the speaker felt, then the words)
    return subj


# how someone felt, then a colon and the words: "was delighted:", "were unimpressed:", "is adamant:"
_FEELING_WORDS = (r"(?:(?:more|less|far\s+more|much\s+more)\s+)?(?:cautious|"
                  r"blunt|adamant|defiant|emphatic|unequivocal|frank|gloomy|bullish|confident|hopeful|philosophical|"
                  r"circumspect|measured|guarded|sceptical|skeptical|optimistic|pessimistic|upbeat|downbeat|candid|"
                  r"delighted|worried|surprised|unimpressed|"
                  r"unconvinced|unmoved|impressed|pleased|thrilled|disappointed|frustrated|relieved|incensed|"
                  r"outraged|dismayed|unfazed|undeterred|determined|convinced|amused|annoyed|irritated|angry|furious|"
                  r"emotional|moved|upset|tearful|calm|combative|scathing|forthright|dismissive|critical|apologetic|"
                  r"defensive|resolute|cautiously\s+optimistic)")
_FEELING = re.compile(r"(?:,\s+[^,:;\"\u201c]{2,60},|,)?"  # (after an appositive: "Her coach, Tom Lee, was more cautious:")
                      r"\s+(?:was|were|is|are|seemed|sounded)\s+(?:\w+ly\s+)?" + _FEELING_WORDS + r"\s*:\s*")
# how someone felt, as a sentence of its own before their words: 'Paulo Dias was more hopeful. "..."'
_FELT = re.compile(r"\s+(?:was|is|seemed|sounded)\s+(?:\w+ly\s+)?" + _FEELING_WORDS + r"\b")


# the heads of descriptions that speak for themselves before a colon: "The Clinton campaign:", "A Trump aide:"
_SPEAKING_HEADS = frozenset(
    form for w in SPEAKER_NOUNS | OCCUPATIONS if w not in ANONYMOUS_HEADS and w not in DOCUMENT_HEADS
    and w not in ("piece", "article", "story", "report", "post", "book") for form in (w, w + "s"))
_TO_WHOM = re.compile(r"(?:^|\b(?:because|but|and|yet|for|so)\s+|[.!?]\s+)[Tt]o\s+(?P<who>her|him|them|"
                      r"(?:[A-Z][\w.'\u2019-]+\s+){0,3}[A-Z][\w'\u2019-]+),$")
_NAME_ONLY = re.compile(r"(?:[A-Z][\w.'\u2019-]+\s+){0,3}[A-Z][\w'\u2019-]+")
_AS_BEFORE = re.compile(r"(?<!such )\b(?:as|as being)\s+(?:(?:a|an)\s+)?$")
_PASSIVE = re.compile(
    r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?(?:\w+(?:ed|en|wn)|seen|held|thought|led)\b|"
    r"\b(?:known|labell?ed|marked|designated|disguised|dubbed|billed|branded|classified|listed)\b",
    re.IGNORECASE)
_CLAUSE_OPENERS = frozenset(
    "while when whereas although though if because since as after before once in on at by for with from "
    "it's it\u2019s there this that these those".split())


# an opening phrase of time: "In recent weeks, ...", "On Tuesday, ...", "Last year, ..."
_TIME_INTRO = re.compile(r"(?:In|On|Over|During|Since|Last|Earlier|Later|This|Throughout|For)\b[^,]{0,40}"
                         r"\b(?:weeks?|days?|months?|years?|[A-Z][a-z]+day|night|morning|evening|campaign|interview|"
                         r"speech|debate|statement|rally)\b[^,]{0,20},")


def _characterised_as(ctx: Ctx, qi: int, lo: int) -> Phrase | None:
    """'Reid has been pounding Trump as a "con artist"', 'Trump admires Putin as a "strong leader"':
    a person who opens the sentence and casts someone *as* a quoted phrase is characterising them.

    Only a named person or he/she/they at the head of the sentence, and never a passive ("was
    described as", "known as"), where the one doing the casting is not in view."""
    text, q = ctx.text, ctx.quotes[qi]
    if q.close_at is None or not _AS_BEFORE.search(text, max(lo, q.open_at - 16), q.open_at):
        return None
    if len(text[q.start:q.end].split()) > 12 or _is_title(text, q):
        return None
    subj = sentence_subject(text, lo, q.open_at)
    if subj is None:
        return None
    words = text[subj.start:subj.end].split()
    if subj.kind == "pronoun":
        if words[0].lower() not in ("he", "she", "they"):
            return None
    elif subj.kind != "name" or words[0].lower() in _CLAUSE_OPENERS:
        return None
    intro = text[lo:subj.start]
    if intro.strip() and not (_INTRO_PHRASE.fullmatch(intro.lstrip()) and _TIME_INTRO.match(intro.lstrip())) \
            or _PASSIVE.search(text, subj.end, q.open_at):
        return None  # an introductory clause ("When the subject comes up, ...") or a passive; a time will do
    between = text[subj.end:q.open_at]
    if "," in between.split(" as ")[0][:1] or len(between.split()) > 16:
        return None
    return subj


#: What stands right before the second piece of a split quotation: '"A," X said. "B"', 'X said, "B"'; not
#: a word ('who rates the stock "hold."' is a term the sentence uses, not more of the quotation).
_PIECE_OPENERS = frozenset(".,:;!?\u2014\u2013-")


def _mark_before(text: str, pos: int) -> str:
    """The last character before ``pos`` that is not a space ("" at the start of the text)."""
    at = back_over(text, 0, pos, " \t\n\r\u00a0")
    return text[at - 1] if at else ""


# what follows a title that opens its sentence as the subject: a verb, or what the work is
_TITLE_AS_SUBJECT = re.compile(r"(?:\s+(?:is|was|are|were|has|had|will|would|can|could|opens|opened|runs|ran|"
                               r"returns|returned|tells|told|follows|followed|stars|starred|won|wins|sold|sells|"
                               r"premieres|premiered|closes|closed|features|featured|remains|became|becomes)\b"
                               r"|,\s+(?:her|his|its|their|a|an|the)\s+)")


def _continuation(ctx: Ctx, qi: int, by_quote: dict[int, Attribution], opens_sentence: bool) -> Attribution | None:
    """A quotation without its own cue continues the speaker of the one before it."""
    text, q = ctx.text, ctx.quotes[qi]
    pi = qi - 1
    # a title or scare quote in the attribution ('Sanders said on CNN's "State of the Union" Sunday.')
    # is not a turn: the speaker before it goes on
    while pi >= 0 and pi not in by_quote and qi - pi < 3 and (
            _is_scare_quote(text, ctx.quotes[pi]) or _is_title(text, ctx.quotes[pi])):
        pi -= 1
    prev = by_quote.get(pi)
    kind = "direct" if _starts_like_sentence(text, q.start, q.end) and opens_sentence else "partial"
    if _is_title(text, q) and (not opens_sentence or _TITLE_AS_SUBJECT.match(text, q.outer_end)):
        return None  # '"The Salt Orchard" runs until July 19', '"Harbour Lights", her next play, opens'
    if prev is not None and prev.speaker is not None:
        pq = ctx.quotes[pi]
        # where the previous quotation ends: it may have opened paragraphs earlier
        same_para = ctx.sents[ctx.sentence_at(max(pq.open_at, pq.outer_end - 1))].para == \
            ctx.sents[ctx.sentence_at(q.open_at)].para
        between = text[pq.outer_end:q.open_at]
        next_para = not same_para and between.count("\n") >= 1 and opens_sentence and _para_opens_with(text, q)
        if (same_para and len(between) < 400) or (next_para and _ends_paragraph(text, pq)):
            return Attribution(q.start, q.end, kind, prev.cue, prev.speaker, quote=q, inherited=True,
                               audience=None)
    if (by := _passive_agent(text, q)) is not None:
        return Attribution(q.start, q.end, "partial", by[0], by[1], quote=q)
    colon_intro = text[max(0, q.open_at - 3):q.open_at].rstrip().endswith(":") and \
        _starts_like_sentence(text, q.start, q.end)
    if _is_scare_quote(text, q) or not (opens_sentence or colon_intro):
        return None  # words after a colon ('as its headline: "Finally. Someone ..."') are still a quotation
    intro = _short_cue_sentence_before(ctx, q) if opens_sentence else None
    if intro is not None:
        cue, ph = intro
        return Attribution(q.start, q.end, kind, (cue.start, cue.end), ph, quote=q)
    return Attribution(q.start, q.end, kind, None, None, quote=q)


# a judgement passed on the subject in the words of someone named after "by": 'was accused of "treating rivers
# like an open drain" by MPs', 'was branded "a disgrace" by the union'
_PASSIVE_JUDGEMENT = re.compile(
    r"\b(?:was|were|been|being|is|are|be)\s+(?:\w+ly\s+)?(?P<cue>accused|criticised|criticized|condemned|described|"
    r"branded|labelled|labeled|called|dismissed|attacked|blamed|praised|hailed|slammed|mocked|derided|denounced|"
    r"ridiculed|lambasted|castigated|rebuked|faulted)\s+(?:(?:of|for|as)\s+)?(?:[\w'\u2019-]+\s+){0,3}$")
_BY_NEXT = re.compile(r"\s*,?\s+by\s+")
_OTHER_AGENT = re.compile(r"\s+(?:and|but|or)\s+(?:\w+ly\s+)?[a-z]+ed\b")


def _passive_agent(text: str, q: QuoteRun) -> tuple[tuple[int, int], Phrase] | None:
    """The cue and the one named after "by" for a quotation inside a passive judgement."""
    before = _PASSIVE_JUDGEMENT.search(text, max(0, q.open_at - 80), q.open_at)
    if before is None or q.close_at is None or (by := _BY_NEXT.match(text, q.outer_end)) is None:
        return None
    ph = phrase_after(text, by.end(), min(len(text), by.end() + 200))
    if ph is None:
        return None
    if (other := _OTHER_AGENT.search(text, by.end(), ph.end)) is not None:
        ph = Phrase(ph.start, other.start(), ph.kind)  # 'by the opposition and welcomed by business groups
    return (before.start("cue"), before.end("cue")), ph


# "He pauses.", "She laughs.", "When I put this to Ellenborg, she laughs.", "Vogt shrugged."
_BEAT = re.compile(r"(?:[^.!?\n\"\u201c\u201d]{0,80},\s+)?(?P<who>[Hh]e|[Ss]he|[A-Z][a-z]+\s[A-Z][a-z]+)\s+"
                   r"(?:\w+ly\s+)?(?:[a-z]+s|[a-z]+ed)(?:\s+(?:again|for\s+a\s+moment|briefly|quietly|slowly))?\s*[.!]\s*")


def _beat_before(ctx: Ctx, q: QuoteRun) -> Phrase | None:
    """The subject of a short action sentence right before a quotation in its paragraph ("He pauses.")."""
    text = ctx.text
    si = ctx.sentence_at(q.open_at)
    if si == 0 or text[ctx.sents[si].start:q.open_at].strip():
        return None
    prev = ctx.sents[si - 1]
    if prev.para != ctx.sents[si].para or prev.end - prev.start > 120:
        return None
    m = _BEAT.fullmatch(text, prev.start, q.open_at)
    if m is None or " " in m.group("who") and gender_of_first_name(m.group("who").split()[0]) is None:
        return None  # "Stocks tumbled.", "Residents applauded.": no one who goes on to speak
    return Phrase(m.start("who"), m.end("who"), "pronoun" if m.group("who").lower() in ("he", "she") else "name")


_ANY_QUOTE_MARK = "\"\u201c\u201d\u2018"
_LOWER_AFTER = re.compile(r"[ \t]*[a-z]")
_PUT_IT = re.compile(r"\bput\s+it\s+(?:more\s+)?(?:bluntly|simply|succinctly|plainly|starkly|differently|another\s+way|"
                     r"this\s+way|best|well|mildly|directly)\b")
_NOT_SPEAKING = re.compile(r"\b(?:could\s+not|couldn['\u2019]t|cannot|can['\u2019]t)\s+be\s+reached|\bdeclined\s+to\s+comment|"
                           r"\bdid\s+not\s+(?:respond|return|reply)|\bdidn['\u2019]t\s+(?:respond|return|reply)|"
                           r"\bwas\s+not\s+available|\bnot\s+immediately\s+(?:available|respond)|\bno\s+comment\b")
_SHOUTED = re.compile(r"[A-Z][^.?!\"\u201c\u201d]{0,30}!")
_SUBJECT_VERB = re.compile(r"\s+(?:(?:also|then|again|later|still|once|never|\w+ly)\s+)?(?!is\b|was\b)[a-z]{2,}\b")


# the sentence before a quotation says the subject put out a statement: the quotation is the statement
_ISSUED_A_STATEMENT = re.compile(
    r"\s+(?:(?:also|later|then|quickly|swiftly)\s+)?(?:issued|released|put\s+out|published|posted|sent\s+out)\s+"
    r"(?:a|an|its)\s+(?:[a-z-]+\s+){0,2}(?:statement|response|reply)\b"
    r"(?![^.;:!?\"\u201c]{0,60}\b(?:on\s+behalf|from|by|for)\b)[^.;:!?\"\u201c]{0,60}\.\s*$")  # not "on behalf of the family"
#: an appositive between a subject and its verb: ", a spokeswoman for the ministry,", ", 54,"
BETWEEN_COMMAS = re.compile(r",[^,.;:\"\u201c\u201d\n]{1,90},")


def _subject_before(ctx: Ctx, q: QuoteRun, across: bool = False) -> Phrase | None:
    """The named person that opens the sentence right before a quotation in its paragraph (or, with
    ``across``, the last sentence of the paragraph before one the quotation opens), the sentence
    holding no quotation of its own: 'Clinton touted her record as a co-sponsor. "We need ..."'."""
    text = ctx.text
    si = ctx.sentence_at(q.open_at)
    if si == 0 or text[ctx.sents[si].start:q.open_at].strip():
        return None
    prev = ctx.sents[si - 1]
    if (prev.para != ctx.sents[si].para - 1 or "\n" not in text[prev.end:q.open_at]) if across \
            else prev.para != ctx.sents[si].para:
        return None
    if prev.end - prev.start > 220 or (text[prev.start] in _ANY_QUOTE_MARK if across else
                                       any(c in _ANY_QUOTE_MARK for c in text[prev.start:prev.end])):
        return None  # across paragraphs, 'Lind said the talks were "useful."' still names who goes on
    if _LOWER_AFTER.match(text, q.outer_end):
        return None  # '"Should there be a database?" a reporter can be heard asking': a speaker not parsed
    if NAMED_CUE_AFTER_COMMA.search(text, prev.start, prev.end) or _NOT_SPEAKING.search(text, prev.start, prev.end):
        return None  # 'Also, Trump isn't a conservative, he said.': that sentence has its own speaker; 'Vance could
        # not be reached for comment.': the one sentence about someone who said nothing
    put_it = _PUT_IT.search(text, prev.start, prev.end) is not None  # "A senior official ... put it more bluntly."
    if across and not ctx.cues_between(prev.start, prev.end) and not put_it:
        return None  # across paragraphs only a sentence of saying or judging: not 'Vance faces a hearing in May.'
    if _SHOUTED.match(text, q.start):
        return None  # '"Sack the board!"': a chant, whoever stood there
    subj = sentence_subject(text, prev.start, prev.end)
    if subj is None:
        return None
    after = (a.end() if (a := BETWEEN_COMMAS.match(text, subj.end, prev.end)) is not None else subj.end)
    if subj.appositive is not None and subj.appositive[1] <= subj.start and text.startswith(",", after):
        after += 1  # "His neighbour, Paulo Dias, agreed.": past the comma that closes the name
    if not _SUBJECT_VERB.match(text, after, prev.end) and not _FELT.match(text, after, prev.end) and not put_it:
        return None  # (the verb may follow an appositive: "Anna Kowal, a spokeswoman for the ministry, said")
    words = text[subj.start:subj.end].split()
    if subj.kind == "pronoun" and words[0].lower() in ("he", "she") and _FELT.match(text, after, prev.end) \
            and not ctx.cues_between(prev.start, prev.end):  # (not "He was calm, said his lawyer.")
        return subj  # 'Greta Lindholm spoke next. She was more cautious. "..."': how she felt, then her words
    if put_it and subj.kind == "description" and any(w.lower().strip(",") in SPEAKER_NOUNS for w in words[-2:]):
        return subj  # "A senior Duvanese official, who asked not to be named, put it more bluntly." then the words
    if _ISSUED_A_STATEMENT.match(text, after, prev.end) and len(words) <= 6 and (
            subj.kind == "name" or words[0] in ("The", "Its", "His", "Her", "Their")):
        return subj  # 'Redmoor United issued a statement on Friday. "The offer has been rejected."': its words
    if subj.kind != "name" or len(words) > 6 or not all(w[:1].isupper() or is_role_word(w) for w in words) \
            or not words[-1][:1].isupper() or is_role_word(words[-1]) \
            or words[0] in ("The", "A", "An", "This", "That", "It") or looks_like_org(" ".join(words)):
        return None  # nor "He" or "She", which the words before may not settle
    if len(words) == 1 and re.search(r"[A-Z][\w.'\u2019-]+ " + re.escape(words[0]) + r"\b", text[:subj.start]) is None:
        return None  # a surname only after the full name ("Playbook" is no one named before)
    return subj


def _short_cue_sentence_before(ctx: Ctx, q: QuoteRun) -> tuple[Cue, Phrase] | None:
    """'Iowa State's Dianne Bystrom agreed. "Mainstream Republicans are ..."', '..., consultant Phil
    Musser says. "Several surveys ..."': a sentence of the same paragraph that ends with its cue and
    speaker introduces the quotation right after it."""
    text = ctx.text
    si = ctx.sentence_at(q.open_at)
    if si == 0 or ctx.sents[si].start < q.open_at - 1 and text[ctx.sents[si].start:q.open_at].strip():
        return None
    prev = ctx.sents[si - 1]
    if prev.para != ctx.sents[si].para:
        return None
    cues = [c for c in ctx.cues_between(prev.start, prev.end)
            if c.word in INVERTIBLE_CUES or c.word in SAYING_VERBS or c.word in ("called", "described")]
    if not cues:
        return None
    cue = cues[-1]
    tail = text[cue.end:prev.end].strip(" .:")
    ph = phrase_before(text, prev.start, cue.start)
    inverted = None
    if ph is None and cue.word in INVERTIBLE_CUES:
        ph = inverted = phrase_after(text, cue.end, prev.end)
    if ph is None or text[ph.start:ph.end].lower() in ("it", "who", "which", "that"):
        return None
    if len(tail.split()) > 3 and not _stands_alone(text, q) and not (
            inverted is not None and not text[inverted.end:prev.end].strip(" .")):
        # "X said the port would close." reports; it introduces only a quotation that ends the
        # paragraph ('She said they made progress. "I really believe ..."') or one after an inverted
        # speaker ('..., said professor Paul Beck. "That was more her constituency ..."')
        return None
    return cue, ph


def _stands_alone(text: str, q: QuoteRun) -> bool:
    """Is the quotation a sentence of its own: it ends its paragraph, or ends in a full stop (or ! ?)
    and a new sentence starts after it?"""
    nl = text.find("\n", q.outer_end)
    rest = text[q.outer_end:nl if nl != -1 else len(text)].strip()
    inner = text[q.start:q.end].rstrip(" \u2019'\u201d\"")
    return not rest or (inner[-1:] in (".", "!", "?") and rest[:1].isupper())


def _para_opens_with(text: str, q: QuoteRun) -> bool:
    i = q.open_at - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i < 0 or text[i] == "\n"


def _ends_paragraph(text: str, q: QuoteRun) -> bool:
    rest = text[q.outer_end:text.find("\n", q.outer_end) if "\n" in text[q.outer_end:] else len(text)]
    return len(rest) < 300


_INTRO_PHRASE = re.compile(
    rf"(?:(?:{SUBORDINATORS}|{_PREP_OPENERS}|Later|Earlier|Speaking|Asked|Meanwhile|But|And|Still|However|"
    r"[A-Z][a-z]+ly\s+(?:after|before|following|when|since)|[A-Z][a-z]+ed\s+by|[A-Z][a-z]{2,}ing\s+(?:her|his|their|its|the|a|an|before|at|in|on|to|with|from|outside|after)\s)"
    # "Immediately after ...", "Chastened by ...", "Appearing before the committee, ..."
    r"\b[^,]{0,130},\s*"
    # an adverb with its own comma: "Then, ...", not "Then he cut into Bush, calling ..."
    r"|(?:Then|Now|Yet|Instead|Also|Separately|Similarly|Finally|Nevertheless|Indeed|Today|Yesterday|"
    r"Previously|Ultimately|Elsewhere|Afterwards?),\s*"
    r"|(?:(?:Hours|Days|Weeks|Months|Years|Moments|Minutes)\s+(?:later|earlier|before|after|ago)|"
    r"(?:Last|This|Next)\s+(?:week|weekend|month|year|[A-Z][a-z]+day|morning|evening|summer|fall|spring|winter))"
    r"[^,]{0,30},\s*)?"
)


def sentence_subject(text: str, start: int, end: int) -> Phrase | None:
    """The noun phrase a sentence opens with, after an introductory phrase ("In a statement, X ...")."""
    d = DATELINE.match(text, start, end)
    if d:
        start = d.end()  # "PHILADELPHIA, July 25 (UPI) — The committee ..."
    head = text[start:end]
    m = _INTRO_PHRASE.match(head)
    pos = start + (m.end() if m else 0)
    if m:
        # "At a rally in Birmingham, Alabama, on Saturday, ...": the place and the time go with the intro
        while (more := _INTRO_TAIL.match(text, pos, end)) is not None and (
                not more.group("place") or is_place(more.group("place")) or more.group("place")[-1] == "."):
            pos = more.end()
    return phrase_after(text, pos, end)


_INTRO_TAIL = re.compile(
    r"(?:(?P<place>[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,2})"
    r"|(?:on|last|this|early|late)\s+[A-Za-z]+(?:\s+\d{1,2})?|in\s+\d{4})\s*,\s*")


def has_words(text: str, s: int, e: int) -> bool:
    """Two tokens or more in the first 60 characters of ``text[s:e]``."""
    return has_two_tokens(text, s, min(e, s + 60))
