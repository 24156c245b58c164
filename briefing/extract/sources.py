"""The sources an article leans on: outlets, anonymous sources, organisations, documents, social posts.

Sources come from attributions: who a statement is attributed to when that is
not a named person ("three people briefed on the talks", "the ministry's
readout of the call", "the Financial Times"), where it was said ("told the
Gazette"), and the platforms posts came from. Short outlet references are
resolved to the outlet named earlier ("the FT" -> "Financial Times").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from briefing.extract.attribution import OUTLET_KINDS, Attribution
from briefing.extract.first_names import gender_of_first_name
from briefing.extract.lexicon import (
    ANONYMOUS_HEADS,
    ANONYMOUS_QUALIFIERS,
    CALENDAR_NAMES,
    DEMONYMS,
    DOCUMENT_HEADS,
    FIELD_TITLES,
    FIRM_KINDS,
    KNOWING,
    NATIONALITY_END,
    ORG_WORDS,
    OUTLET_WORDS,
    SAID_FORMS,
    SOCIAL_PLATFORMS,
)
from briefing.extract.names import Entity, is_role_word, looks_like_org, looks_like_outlet
from briefing.extract.phrases import people_plural
from briefing.extract.text import sentence_start_before
from briefing.extract.trie import AfterNonWord, after_non_word, finditer_where, word_pattern
from briefing.models import Source

_PLATFORM_RE = re.compile(
    r"\b(?:on|via|to|in a(?:n)? (?:post|message|video) on)\s+(?P<p>Twitter|Facebook|Instagram|LinkedIn|TikTok|"
    r"Threads|Bluesky|Mastodon|Telegram|YouTube|Weibo|Truth Social|Reddit|Substack|X|social\s+media)\b"
    r"|\b(?P<p2>Twitter|Facebook|Instagram|LinkedIn|TikTok|YouTube|Telegram|Weibo)\s+(?:post|page|video|message|"
    r"account|thread|live|feed)\b"
)
# Every match of _PLATFORM_RE names one of these: a window without any (most) is not searched with it,
# whose leading \b is tried at every character
_PLATFORM_IN = re.compile(
    "Twitter|Facebook|Instagram|LinkedIn|TikTok|Threads|Bluesky|Mastodon|Telegram|YouTube|Weibo|Truth Social|Reddit|"
    "Substack|X|social media")
# a sentence that opens by saying where its words were posted, however long the opening runs
_IN_A_POST_OPENING = re.compile(r"\W*In\s+an?\s+(?:[a-z-]+\s+)?(?:post|message|video)\s+on\s+(?P<p>" + _PLATFORM_IN.pattern
                                + r")\b[^.!?]{0,120},")
_TWEET_CUE = re.compile(r"\b(?:tweeted|tweets|tweet|retweeted)\b")
_OUTLET_VERBS = {
    "told", "tells", "telling", "speaking to", "spoke to", "in an interview with", "seen by", "obtained by",
    "reviewed by", "according to", "reported by", "quoted by", "wrote in", "writing in", "reports in",
    "published by", "published in", "first reported by", "speaking on", "appearing on", "in an interview on",
    "in the journal", "published in the journal", "interview with", "interviewed by",  # "in a 2019 interview with the Science Review"
    # "speaking on background to the Westmoor Standard", "economists polled by the Financial Courier"
    "speaking on background to", "speaking on condition of anonymity to", "polled by", "a poll by", "a survey by",
    "a poll for", "a survey for", "surveyed by",
    # "a statement carried by the Kerva News Agency", "remarks broadcast by state television"
    "carried by", "broadcast by", "aired by", "cited by", "a study by",
    # "published on Wednesday in the Northern Journal of Clinical Oncology"
    *(f"published on {day} in" for day in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")),
}
_OUTLET_CONTEXT = AfterNonWord(
    r"\w", r"A-Za-z0-9_",
    r"(?P<verb>" + word_pattern(_OUTLET_VERBS | {p[0].upper() + p[1:] for p in _OUTLET_VERBS}) + ")"
    r"\s+(?P<det>the\s+)?(?P<kind>(?:(?:state(?:-run|-owned)?|local|national|regional|public|private|commercial|"
    r"independent|online|weekly|business|financial|sports|investigative|conservative|liberal|left-leaning|"
    r"right-leaning|pro-government|opposition|" + DEMONYMS + r")\s+){0,2}"
    r"(?:broadcaster|newspaper|network|channel|station|magazine|daily|tabloid|website|"
    rf"news\s+site|news\s+agency|radio\s+station|journal)\s+(?:the\s+)?(?!(?:{CALENDAR_NAMES})\b))?(?P<o>[A-Z][\w&'\u2019.-]*(?:[ \t]+(?:(?:of|for|and|&)[ \t]+)?"
    rf"(?!(?:{CALENDAR_NAMES}|The|A|An)\b)[A-Z][\w&'\u2019.-]*){{0,4}})",
)  # "the Journal of Hepatic Epidemiology"; not "Reuters on Monday. The"
_CONTEST_AFTER = re.compile(r"\s+(?:leadership|nomination|race|contest|seat|election|primary|primaries|presidency|"
                            r"mayoralty|candidacy|vote|ballot|referendum|party|post|job)\b")
_POLLED_BY = frozenset("polled by|a poll by|a survey by|surveyed by|a poll for|a survey for|a study by".split("|"))
_NEWS_BODY = re.compile(r"\b(?:News|Press|Broadcasting|Television|Radio)\s+(?:Agency|Service|Corporation|Network|"
                        r"Company|Group|Association)\b")  # "Kerva News Agency": an outlet, though its last word is a body's
# what kind of outlet a name just before is: "told the Energy Desk newsletter", "told the Morning Brief podcast"
_OUTLET_KIND_NEXT = re.compile(r"\s+(?:newsletter|podcast|blog|website|programme|program|radio\s+show|show|magazine)\b")
_CAPITALISED_NAME = re.compile(r"(?:the\s+)?(?P<o>[A-Z][\w&'\u2019.-]*(?:\s+[A-Z][\w&'\u2019.-]*){0,3})")
_NAME_AFTER_KIND = re.compile(r"\b" + OUTLET_KINDS + r"\s+(?P<o>[A-Z][\w&'\u2019.-]*(?:\s+[A-Z][\w&'\u2019.-]*){0,3})$")
_NAME_STOP = re.compile(r"\.(?=\s)|\.$")
_AUDIENCE_TAIL = re.compile(r"\s+(?:in|(?<!Mail)(?<!Sun)(?<!Herald)(?<!Independent)(?<!Post)(?<!Times)(?<!Telegraph)on"
                            r"(?!\s+Sunday\b)|at|during|after|before|about|for|from|via|by)\s+")  # not "the Mail on Sunday"
# Found after the character before it (see AfterNonWord), not with a leading \b tried at every character
_PLATFORM_CUE = AfterNonWord(
    r"\w", r"A-Za-z0-9_",
    r"(?:posted|wrote|said|shared|announced|commented|replied|responded|declared)\s+(?:[\w,']+\s+){0,3}?"
    r"(?:on|via)\s+(?P<p>Twitter|Facebook|Instagram|LinkedIn|TikTok|Threads|Bluesky|Mastodon|Telegram|YouTube|"
    r"Weibo|Truth Social|Reddit|Substack|X)\b|(?P<t>tweeted|retweeted)\b",
)
# Each pattern starts with a literal or a few words, which ``re`` scans for quickly; what must come
# before the match is checked on the few hits (a leading \b or alternation would cost a full scan).
_OUTLETS_PERSON = re.compile(
    r"(?:[Tt]he\s+)?(?P<o>(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*?)(?:['\u2019]s|(?<=s)['\u2019])\s+[\"\u201c]?[A-Z]")
# "said on NBC's "Meet the Press"", "said on Fox News Sunday": the broadcaster it was said on
# after a non-word character (finditer_where)
_SAID_ON_OUTLET = re.compile(r"(?:said|says|told\s+\w+|argued|insisted|added)\s+on\s+(?!(?:Monday|Tuesday|Wednesday|"
                             r"Thursday|Friday|Saturday|Sunday)\b)(?P<o>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})"
                             r"(?=['\u2019]s\b|\s+that\b|\s*[,.;:]|\s+(?:on|in|about)\b)")
_SAID_IN_DOCUMENT = re.compile(
    r"[Ii]n\s+(?P<d>(?:a|an|the|its|his|her|their)\s+"
    r"(?:[\w-]+\s+){0,2}(?:statement|letter|release|memo|memorandum|note|filing|report|email|e-mail|submission))\b"
)
_NAME_ENDS_HERE = re.compile(r"\s*(?:that\b|[,.;:]|$)")  # "told local newspaper the Brisk Echo that", not "the Mayor had"
_SAYING_SOON = re.compile(rf"[^.;:\n]{{1,100}}?\b(?:{SAID_FORMS})\b")


_SAYING_BEFORE = re.compile(r"\b(?:said|says|wrote|writes|added|announced|warned|told [\w ]{1,30}?)\s+$")
_TITLED = re.compile(r"(?:titled|entitled|called|headlined|named)\s+[\"\u201c\u2018'](?P<t>[^\"\u201d\u2019\n]{2,120})")
_TITLED_WORDS = ("titled", "called", "headlined", "named")  # _TITLED needs one ("entitled" has "titled")
_DOCUMENT_BEFORE = re.compile(
    r"\b(?:report|study|paper|review|analysis|memo|memorandum|white paper|document|letter|statement|plan|strategy|"
    r"survey|book|briefing)\s+$"
)
_CITING = re.compile(r"\bciting\s+(?P<np>(?:[\w'\u2019&.-]+\s+){0,9}?[\w'\u2019&.-]+)(?=\s*(?:[,.;:)]|$|\s+(?:that|as|who|and|in|on)\b))")
_NAMED = re.compile(r"(?:(?:the|a|an)\s+)?[A-Z]")
_THIS_OUTLET = re.compile(r"this (?:newspaper|paper|publication|website|site|outlet|magazine|programme|program|station)\b")
_PLATFORM_NAMES = ("Twitter", "Facebook", "Instagram", "LinkedIn", "TikTok", "Threads", "Bluesky", "Mastodon",
                   "Telegram", "YouTube", "Weibo", "Truth Social", "Reddit", "Substack", " on X", "X post", "tweet")
# The names that start with a capital, as one pattern: ``re`` jumps between capitals, which is twice as
# fast as looking for each name in turn; the others are looked for with ``in``.
_CAPITAL_PLATFORM = re.compile("|".join(re.escape(p) for p in _PLATFORM_NAMES if p[0].isupper()))
_OTHER_PLATFORM = tuple(p for p in _PLATFORM_NAMES if not p[0].isupper())


def _names_a_platform(text: str) -> bool:
    """Does ``text`` contain any of _PLATFORM_NAMES?"""
    return any(p in text for p in _OTHER_PLATFORM) or _CAPITAL_PLATFORM.search(text) is not None
_DET = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)


def _initials(name: str) -> str:
    return "".join(w[0] for w in _DET.sub("", name).split() if w[0].isupper())


class OutletBook:
    """Outlets the article names, so "the Gazette" and "the FT" resolve to them."""

    def __init__(self, names: list[str]) -> None:
        self.names: list[str] = []
        for n in names:
            self.add(n)

    def add(self, name: str) -> str:
        written = name.strip().strip(" .,:")
        name = _DET.sub("", written)
        resolved = self.resolve(name)
        if resolved is not None:
            return resolved
        if " " not in name and written[:4] == "The ":
            name = written  # "The Hill", "The Times": a one-word name keeps its article
        self.names.append(name)
        return name

    def resolve(self, name: str) -> str | None:
        short = _DET.sub("", name.strip()).strip(" .,:")
        low = short.lower()
        for full in self.names:
            fl = full.lower()
            if fl == low or fl.endswith(" " + low) or (short.isupper() and _initials(full) == short):
                return full
        for full in self.names:
            if low.endswith(" " + full.lower()) or low == full.lower():
                return full
        return None


_POSSESSIVE_IN = re.compile(r"['\u2019]s?(?=\s|$)")
_BUSINESS_ROLES = frozenset("publisher publishers broadcaster broadcasters retailer manufacturer exporter importer "
                            "insurer lender carrier operator developer supplier distributor".split())
_STATE_MEDIA = re.compile(r"\bstate(?:-run|-owned)?\s+(?:media|television|TV|radio|broadcaster|news\s+agency|press)$"
                          r"|^(?:local|regional|national|foreign|international|domestic|[A-Z][a-z]+(?:an|ese|ish|i|ch))\s+"
                          r"(?:media|press|television|TV|newspapers|broadcasters)$", re.I)  # "local media reported"
_NOT_PEOPLE_HEADS = frozenset("networks network surveys survey polls poll newspapers outlets reports studies".split())
_FAMILIAR = re.compile(rf"\b(?:{KNOWING})\b")
_COUNTED = frozenset("one two three four five several some many another".split())
#: last words that are no unnamed person of a body: a field ("a threat to public health"), a journalist (whose
#: outlet is the source: "an NBC reporter"), one who speaks for the body ("a NY1 representative")
_NOT_ONE_PERSON = FIELD_TITLES | frozenset("reporter correspondent host anchor editor columnist journalist producer "
                                           "writer representative spokesman spokeswoman spokesperson".split())
_UNNAMED_HEADS = frozenset("official officials source sources diplomat diplomats insider insiders aide aides".split())


# "new figures show", "official figures": numbers published, not "senior party figures" (people)
# the words that make "figures" people: "senior ministry figures", "leading party figures"
_PEOPLE_FIGURES = frozenset("senior leading top prominent key influential party opposition ministry public political "
                            "business industry".split())
_FIGURES_ADJECTIVES = frozenset("new latest official provisional government monthly quarterly annual weekly "
                                "published fresh recent revised final preliminary the these those unofficial partial early "
                                "election exit federal customs census national state trade".split())


_PUBLISHED = frozenset("released published reported compiled issued".split())  # "figures released by X"


#: bodies described by a noun that is in no body's name list: "the charity said", "the coast guard"
# firms a story names by what they are ("the retailer said"); not the kinds that are people as often ("the producer")
_FIRMS_UNNAMED = FIRM_KINDS - {"producer", "operator", "publisher", "developer", "maker", "group", "agency", "miner",
                               "provider", "supplier", "distributor"}
_FIRM_MAKERS = re.compile(r"(?:car|auto|chip|drug|plane|steel|toy|truck|phone|handset|jet|tyre|tire|computer)-?maker")
_BODY_DESCRIPTIONS = frozenset("charity charities guard coastguard ngo ngos nonprofit non-profit court tribunal inquest "
                               "jury inquiry".split())


def platform_near_cue(text: str, cue: tuple[int, int], lo: int = 0, hi: int | None = None) -> re.Match[str] | None:
    """The social platform named by a cue ("wrote on Facebook", "posted on X", "In a post on X, she said"),
    within 40 characters of it (and within ``lo``:``hi``)."""
    lo, hi = max(lo, cue[0] - 40), min(len(text) if hi is None else hi, cue[1] + 40)
    return _PLATFORM_RE.search(text, lo, hi) if _PLATFORM_IN.search(text, lo, hi) else None


def posted_on_a_platform(text: str, cue: tuple[int, int]) -> bool:
    """Was what the cue reports posted on a social platform ("tweeted", "wrote on X:")? The platform is named
    in the cue's own sentence: not '"...," Bell said. Ann Lee confirmed it in a post on X.'"""
    end = text.find(". ", cue[1])
    start = sentence_start_before(text, 0, cue[0])
    return _TWEET_CUE.fullmatch(text[cue[0]:cue[1]]) is not None or platform_near_cue(
        text, cue, start, len(text) if end < 0 else end) is not None \
        or (opening := _IN_A_POST_OPENING.match(text, start, cue[0])) is not None \
        and not re.search(r"[,;]|\b(?:but|and|while)\b", text[opening.end():cue[0]])  # "In a post on Instagram shortly
    # after ..., X wrote:"; not "In a post on X, the group claimed it, but police said:"


def source_kind(words: str, entity: Entity | None) -> str | None:
    """What kind of source a speaker phrase is; None for a named person.

    Unnamed speakers are sources too: a spokesperson speaks for an
    organisation, "a senior official" and "traders" are anonymous, "the
    ministry's readout" is a document.
    """
    if entity is not None and entity.kind == "outlet":
        return "outlet"
    if entity is not None and entity.kind == "person":
        return None
    toks = [t.lower().strip(".,'\u2019") for t in words.split()]
    if any(t.startswith("spokes") for t in toks):
        return "organization"
    head_words = re.split(r"\s+(?:in|at|from|on|of|for|with|to|into|about|by|representing|who|which|that)\s+",
                          words)[0].split()  # "A union representing flight attendants": the union
    participle = len(head_words) >= 2 and head_words[-1].endswith("ed") and head_words[-1].islower()
    if participle:
        head_words = head_words[:-1]  # "Figures released [on Sunday]": the figures
    heads = [t.lower().strip(".,'\u2019") for t in head_words[-2:]]
    if head_words and head_words[-1].strip(".,'\u2019") in ("post", "posts", "tweet", "tweets") \
            and not (len(head_words) > 1 and head_words[-2].lower() in ("border", "trading", "military", "army", "guard",
                                                                         "polling", "command", "police")):
        return "social"  # "the post reads", "a recent post getting a lot of clicks"
    if entity is not None and entity.kind == "organization" and len(head_words) >= 2 \
            and head_words[-1].lower() in ("research", "analytics", "economics", "intelligence", "insights") \
            and all(w[:1].isupper() or w in ("of", "for", "and", "&") for w in head_words):
        return "organization"  # "Norvik Research said", "Pew Research": a firm named for its work, no document
    if any(t in DOCUMENT_HEADS for t in heads) and not (heads and is_role_word(heads[-1])) \
            and not (len(heads) == 2 and heads[-1] in ORG_WORDS and heads[-1] not in DOCUMENT_HEADS) \
            or "readout" in toks or "petition" in heads \
            or heads[-1:] in (["figures"], ["numbers"], ["results"]) and _PEOPLE_FIGURES.isdisjoint(toks) \
            and (participle or len(toks) == 1 or len(heads) == 2
                                                          and heads[0] in _FIGURES_ADJECTIVES
                                                          or not _PUBLISHED.isdisjoint(toks)):
        return "document"  # "the ministry's readout of the call"; not "a person familiar with the investigation"
    if (toks[0] in _COUNTED or toks[0] in ("a", "an")) and _FAMILIAR.search(words) and (
            people_plural(toks[1]) or is_role_word(toks[1]) or len(toks) > 2 and (people_plural(toks[2]) or is_role_word(toks[2]))):
        return "anonymous"  # "Two analysts familiar with central bank operations": people, whatever they know of
    if (toks[0] in _COUNTED or toks[0] in ("a", "an")) and heads and heads[-1] in ("members", "member", "officials",
                                                                                     "official", "staff",
                                                       "executives", "employees", "workers", "directors"):
        return "anonymous"  # "Two committee members", "one board member": people of a body, unnamed
    if entity is not None and entity.kind == "unnamed" and toks[0] in _COUNTED and not looks_like_org(words) \
            and not looks_like_outlet(words) and heads[-1] not in _NOT_PEOPLE_HEADS:
        return "anonymous"  # "One senior Labour MP", "one cabinet minister": someone of a body, unnamed
    if entity is not None and entity.kind == "unnamed" and entity.organization and toks[0] in ("its", "their"):
        return "organization"  # "Orvane Mining will close two pits, its chief executive said": the firm's voice
    if toks[0] in ("a", "an", "one", "another") and len(toks) >= 3 and not toks[-1].endswith("s") and (
            toks[-1] in _UNNAMED_HEADS or is_role_word(toks[-1]) and toks[-1] not in _BUSINESS_ROLES
            and toks[-1] not in _NOT_ONE_PERSON):
        return "anonymous"  # "A Ministry of Health official", "A senior Google manager": someone unnamed there
    named = any(w[:1].isupper() and not NATIONALITY_END.search(w) for w in head_words[1:])
    if any(t in ANONYMOUS_HEADS for t in toks) and (not named or ANONYMOUS_QUALIFIERS.search(words)
                                                   or heads[-1] in _UNNAMED_HEADS):
        return "anonymous"  # "a White House official", "two Pentagon officials": the body is named, not who
    if _STATE_MEDIA.search(words):
        return "outlet"  # "Kestrovan state media reported": the state's outlets, unnamed but no person
    if toks[0] in ("a", "an", "one", "another") and not named and head_words and is_role_word(head_words[-1]) \
            and head_words[-1].lower() not in _BUSINESS_ROLES and not looks_like_outlet(head_words[-1]):
        return "anonymous"  # "A detective with the Hollis County Police Department": someone unnamed there
    if entity is not None and entity.kind == "unnamed" and not named and head_words \
            and head_words[-1].lower().endswith("s") and is_role_word(head_words[-1]) \
            and head_words[-1].lower() not in _BUSINESS_ROLES:
        return "anonymous"  # "Residents of Marlow Street", "Analysts at the bank": people unnamed
    if looks_like_outlet(words):
        return "outlet"
    if (entity is not None and entity.kind == "organization") or looks_like_org(words) \
            or heads and heads[-1] in _BODY_DESCRIPTIONS \
            or toks[0] == "the" and len(toks) <= 3 and heads and (
                heads[-1] in _FIRMS_UNNAMED or heads[-1].removesuffix("s") in _FIRMS_UNNAMED or heads[-1] == "companies"
                or _FIRM_MAKERS.fullmatch(heads[-1].removesuffix("s"))):
        return "organization"  # (and "the charity said", "according to the coast guard", "the retailer said": a body)
    if entity is not None and entity.kind == "unnamed" and not named:
        return "anonymous"  # "traders", "ship agents", "one insider"
    return None


def _overlaps(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    """Does [s, e) overlap any of the sorted, mostly disjoint spans? (Binary search: long articles
    have thousands of sources.)"""
    i = bisect.bisect_left(spans, (s, s))
    return any(fs < e and s < fe for fs, fe in spans[max(0, i - 2):i + 2])


def find_sources(text: str, atts: list[Attribution], entities: dict[int, Entity | None],
                 outlets: OutletBook, social: list[tuple[int, int, str]],
                 excluded: Callable[[int, int], bool] = lambda s, e: False) -> list[Source]:
    """One source mention per attribution that names one (deduplicated by span), in text order.

    ``excluded(start, end)`` is true for spans in page furniture, which never yield a source.
    """
    found: dict[tuple[int, int], Source] = {}

    def add(s: int, e: int, name: str, kind: str) -> None:
        if (s, e) not in found and e > s and not excluded(s, e):
            found[(s, e)] = Source(text=text[s:e], start=s, end=e, name=name, kind=kind)  # type: ignore[arg-type]

    def add_phrase(s: int, e: int, kind: str | None, ent: Entity | None = None) -> None:
        """A speaker phrase (or what a report cites) as a source of the kind ``source_kind`` gave."""
        words = text[s:e]
        if kind == "outlet":
            named = ent.name if ent is not None and ent.kind == "outlet" and re.search(
                r"(?<![\w-])" + re.escape(ent.name) + r"\b", words) else words  # "The Nikkei newspaper": Nikkei
            if ent is not None and ent.kind == "outlet" and words[1:].islower():
                add(s, e, ent.name, "outlet")  # "the newspaper said": the paper named before
                return
            add(s, e, outlets.resolve(words) or outlets.add(named), "outlet")
        elif kind == "anonymous":
            # "the official" who is "a senior Duvanese official" described earlier: the fuller description
            named = ent.name if ent is not None and ent.kind == "unnamed" and len(ent.name) > len(words) else words
            add(s, e, _DET.sub("", named).strip(), "anonymous")
        elif kind is not None:
            if ent is not None and ent.kind == "unnamed" and ent.organization and kind == "organization":
                add(s, e, ent.organization, kind)  # "A spokesperson" for the body that spoke before
            else:
                add(s, e, ent.name if ent is not None else _DET.sub("", words).strip(), kind)

    platforms = _names_a_platform(text)  # most articles name none: skip those look-ups
    for att in atts:
        ph = att.speaker
        if ph is not None and ph.kind != "pronoun":
            ent = entities.get(id(att))
            add_phrase(ph.start, ph.end, source_kind(text[ph.start:ph.end], ent), ent)
        aud = att.audience
        if aud is not None:
            words = _AUDIENCE_TAIL.split(text[aud.start:aud.end], 1)[0]  # "Meridian Wire [in an interview]"
            start = aud.start
            if (own := _OUTLETS_PERSON.match(words)) is not None and looks_like_outlet(own.group("o")):
                start, words = aud.start + own.start("o"), own.group("o")  # "told CNN's Jake Tapper": CNN
            elif (by_kind := _NAME_AFTER_KIND.search(words)) is not None:
                start, words = aud.start + by_kind.start("o"), by_kind.group("o")  # "French broadcaster BFM": BFM
                outlets.add(words)
            elif words == text[aud.start:aud.end] and _OUTLET_KIND_NEXT.match(text, aud.end) \
                    and (named := _CAPITALISED_NAME.fullmatch(words)) is not None:
                start, words = aud.start + named.start("o"), named.group("o")  # "told the Energy Desk newsletter"
                outlets.add(words)
            resolved = outlets.resolve(words)
            if resolved or looks_like_outlet(words):
                add(start, start + len(words), resolved or outlets.add(words), "outlet")
        if att.cue is not None and platforms:
            # "wrote on Facebook", "posted on X", "tweeted"
            m = platform_near_cue(text, att.cue)
            if m:
                g = "p" if m.group("p") else "p2"
                p = m.group(g)
                add(m.start(g), m.end(g), SOCIAL_PLATFORMS.get(p.lower(), p), "social")
            elif _TWEET_CUE.fullmatch(text[att.cue[0]:att.cue[1]]):
                add(att.cue[0], att.cue[1], "Twitter", "social")
            elif (opening := _IN_A_POST_OPENING.match(text, sentence_start_before(text, 0, att.cue[0]),
                                                      att.cue[0])) is not None \
                    and not re.search(r"[,;]|\b(?:but|and|while)\b", text[opening.end():att.cue[0]]):
                p = opening.group("p")  # "In a post on Instagram shortly after the verdict, Marlowe wrote:"
                add(opening.start("p"), opening.end("p"), SOCIAL_PLATFORMS.get(p.lower(), p), "social")
    for s, e, name in social:
        add(s, e, name, "social")
    # "posted on LinkedIn", "tweeted": the platform a statement was made on
    for m in _PLATFORM_CUE.finditer(text) if platforms else ():
        if m.group("p"):
            p = m.group("p")
            add(m.start("p"), m.end("p"), SOCIAL_PLATFORMS.get(p.lower(), p), "social")
        else:
            add(m.start("t"), m.end("t"), "Twitter", "social")
    for m in finditer_where(_SAID_ON_OUTLET, text, after_non_word) if " on " in text else ():
        o = m.group("o").rstrip(".")  # "NBC" of "NBC's": the network, not its programme
        if looks_like_outlet(o):
            add(m.start("o"), m.start("o") + len(o), outlets.resolve(o) or outlets.add(o), "outlet")
    # "said in an emailed statement", "wrote in a letter to ..."
    for m in _SAID_IN_DOCUMENT.finditer(text):
        if (m.start() == 0 or not text[m.start() - 1].isalnum()) and (
                m.start() > 0 and text[m.start()] == "i" and _SAYING_BEFORE.search(text, max(0, m.start() - 45), m.start())
                or text[m.start()] == "I" and m.start() == max(sentence_start_before(text, 0, m.start()), text.rfind("\n", 0, m.start()) + 1)
                and text.startswith(",", m.end()) and _SAYING_SOON.match(text, m.end() + 1)):
            add(m.start("d"), m.end("d"), m.group("d"), "document")  # also "In a statement, X said: ..."
    # a document named in quotation marks: 'a report titled "Harbours and Hard Bargains"'
    for m in _TITLED.finditer(text) if any(w in text for w in _TITLED_WORDS) else ():
        if _DOCUMENT_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            add(m.start("t"), m.end("t"), m.group("t"), "document")
    # "..., citing people familiar with the matter", "citing a Treasury memo", "citing Reuters"
    for m in _CITING.finditer(text) if "citing" in text else ():
        s, e = m.span("np")
        if text[e - 1] == "." and "." not in text[s:e - 1].rsplit(" ", 1)[-1]:
            e -= 1  # "citing Reuters.": the full stop ends the sentence; "citing U.S." keeps its own
        kind = source_kind(text[s:e], None)
        if kind in ("outlet", "organization") and not _NAMED.match(text, s, e):
            continue  # "citing trust", "citing statistics about the outlook": no one named
        add_phrase(s, e, kind)
    # the outlet itself: "told this newspaper"
    for m in _THIS_OUTLET.finditer(text):
        if m.start() == 0 or not text[m.start() - 1].isalnum():
            add(m.start(), m.end(), outlets.names[0] if outlets.names else m.group(), "outlet")
    # "told the Clarion", "seen by the Clarion", "speaking to the Financial Times"
    spans = sorted(found)
    matches = list(_OUTLET_CONTEXT.finditer(text))
    for m in list(matches):
        if (stop := _NAME_STOP.search(text, *m.span("o"))) is not None and stop.end() < m.end():
            # a name run on past a full stop ("told WWL-TV. Speaking to the broadcaster RTV"): what follows
            # the stop is looked at again
            matches.extend(_OUTLET_CONTEXT.finditer(text, stop.start(), m.end() + 200))
    seen_at: set[int] = set()
    for m in sorted(matches, key=lambda x: x.start("o")):
        s, e = m.span("o")
        if s in seen_at:
            continue
        seen_at.add(s)
        if (stop := _NAME_STOP.search(text, s, e)) is not None:
            e = stop.start()  # "the Journal of Applied Cardiology.": the name ends with the sentence
        if (own := _POSSESSIVE_IN.search(text, s, e)) is not None:
            e = own.start()  # "speaking on CBS' "Face the Nation"", "on Fox News' program": the network
            if not looks_like_outlet(text[s:e]) and outlets.resolve(text[s:e]) is None:
                continue  # "according to the UN's food agency": the agency, of a body that is no outlet
        name = text[s:e]
        words = name.split()
        if (job := next((k for k, w in enumerate(words) if k and is_role_word(w)), None)) is not None \
                and (cut := next((k for k in range(job - 1, -1, -1) if words[k].lower() in OUTLET_WORDS), None)) is not None:
            name = " ".join(words[:cut + 1])  # "NBC News Senior Investigative Correspondent Cynthia McFadden"
            e = s + len(name)
        verb = m.group("verb").lower()
        if m.group("kind") and m.group("kind").rstrip().endswith(" the") and not looks_like_outlet(name) \
                and not _NAME_ENDS_HERE.match(text, e):
            continue  # "told the newspaper the Prime Minister had known": the clause's subject, no outlet
        if _overlaps(spans, s, e):
            continue
        if looks_like_org(name) and not _NEWS_BODY.search(name) \
                and not (name.split()[-1].lower() in OUTLET_WORDS and looks_like_outlet(name)):  # "Rovers TV"
            if verb in _POLLED_BY and gender_of_first_name(name.split()[0]) is None:  # "a poll by the Merren Civic Institute"
                add(m.start("det") if m.group("det") else s, e, name, "organization")
            continue
        resolved = outlets.resolve(name)
        journal = verb.endswith("the journal")
        if verb.endswith(" for") and _CONTEST_AFTER.match(text, e):
            continue  # "a poll for the Conservative leadership": the contest polled, not who paid
        if verb in ("speaking on", "appearing on", "interviewed by") and resolved is None and not looks_like_outlet(name):
            continue  # "Speaking on the Golan Heights": a place, not a programme
        if resolved is None and m.group("det") is None and m.group("kind") is None and not looks_like_outlet(name) \
                and not journal:
            continue  # "told Smith": a person, not an outlet (but "told state broadcaster ONT" names its kind)
        add(s if journal else m.start("det") if m.group("det") else s, e, resolved or outlets.add(name), "outlet")
    return [found[k] for k in sorted(found)]
