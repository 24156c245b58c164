"""Resolve speaker phrases to people: "he", "the minister", "Lind" -> "Hugo Lind".

Every attribution carries the words it is attributed to (its speaker
phrase). Here each phrase is resolved to an :class:`~briefing.extract.names.Entity`
with the fullest name the article gives, and roles and organisations are
collected from titles ("Finance Minister Hugo Lind") and appositives
("Ana Ruiz, chief economist at the Lisbon Trade Institute").
"""

from __future__ import annotations

import bisect
import functools
import heapq
import re
from collections.abc import Callable, Iterator
from operator import itemgetter, methodcaller

from briefing.extract.attribution import BETWEEN_COMMAS, Attribution, sentence_subject
from briefing.extract.first_names import gender_of_first_name
from briefing.extract.lexicon import (
    ANONYMOUS_HEADS,
    CALENDAR_NAMES,
    CUES,
    DETERMINERS,
    DOCUMENT_HEADS,
    FEMALE_HINTS,
    FIELD_TITLES,
    FIRM_KINDS,
    HONORIFICS,
    IRREGULAR_PAST,
    MALE_HINTS,
    NAME_PARTICLES,
    NATIONALITY_END,
    NOT_NAMES,
    OCCUPATIONS,
    ORG_WORDS,
    SPEAKER_NOUNS,
    TITLE_WORDS,
    words_before_pp,
)
from briefing.extract.names import (
    BODY_NOUNS,
    CORPORATE_SUFFIXES,
    FIRM_ENDS,
    ONLY_PERSON_TITLES,
    PARTY_WORDS,
    PERSON_TITLE_WORDS,
    TITLE_ABBREVIATIONS,
    Entity,
    NameIndex,
    expand_title,
    is_place,
    is_role_word,
    is_the_outlet,
    looks_like_org,
    looks_like_outlet,
    name_mentions,
    never_speaks,
    norm_name,
    not_a_person_name,
    split_role_name,
    split_title,
    strip_possessive,
    without_opening_words,
)
from briefing.extract.phrases import PARTY_APPOSITIVE, Phrase, people_plural, phrase_before
from briefing.extract.text import is_abbreviation, sentence_start_before
from briefing.extract.trie import after_non_word, at_line_or_sentence_start, finditer_where

_OPENING_WORD = re.compile(r"\S+\s+")
_NAME_OF_ORG = re.compile(  # a lowercase role word may stand in the title: "Fire chief Dolores Okafor of the ..."
    r"(?P<lead>(?:(?!(?:of|at|from|with|for|the|and|in|on|to)\s)[a-z][a-z-]+\s+){1,3})?"  # "chief executive X of Y"
    r"(?P<name>[A-Z][\w'\u2019.-]*\s+(?:(?:[A-Z][\w'\u2019.-]*|(?!(?:of|at|from|with|for|the|and|in|on|to)\s)[a-z][a-z-]+)\s+)"
    r"{0,3}[A-Z][\w'\u2019-]*)\s+(?:of|at|from|with)\s+(?:the\s+)?(?:(?:[a-z-]+\s+){0,2}(?:firm|consultancy|"
    r"company|bank|charity|group|agency|think\s+tank|think-tank|lender|insurer|broker|brokerage|university|"
    r"college|institute|union|campaign)\s+)?(?P<org>(?:[A-Z]|\d+(?:st|nd|rd|th)\s+[A-Z]).*)$"  # "Osei Mensah of the
    # consultancy Ridgeline Partners", "Sam Carter of the 3rd Battalion"
)
# a preposition inside what _ROLE_COMMA_BEFORE took for a role: the role starts after it
_PREP_BEFORE_ROLE = re.compile(r".*\b(?:by|with|from|to|including)\s+(?=(?:the|his|her|their)\s)")


def _role_comma_before(text: str, start: int) -> re.Match[str] | None:
    """The role phrase and comma right before a name at ``start``: "The mayor, X", "Criticism came from the
    mayor, X" (the role after "from", not the sentence's opening words)."""
    m = _ROLE_COMMA_BEFORE.search(text, max(0, start - 80), start)
    if m is not None and (prep := _PREP_BEFORE_ROLE.match(m.group("role"))) is not None:
        m = _ROLE_COMMA_BEFORE.search(text, m.start("role") + prep.end(), start) or m
    if m is not None and _PREP_JUST_BEFORE.search(text, max(0, m.start() - 12), m.start()) \
            and not _NAME_THEN_COMMA.match(text, start):
        return None  # "The complaint came from the coach, Ann Lee said": Lee speaks, the coach is someone else
    return m


_PREP_JUST_BEFORE = re.compile(r"\b(?:from|to|including)\s+$")
_NAME_THEN_COMMA = re.compile(r"[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3}?\s*(?:[,.;:)]|$)")


# the opening of an appositive or a relative clause, after a name, that a name stands in: "Delta Foods, the owner
# of [Crunchy Oats]", "Castellan Shipping, which operates [the Meridian Dawn]"
_INSIDE_APPOSITIVE_BEFORE = re.compile(r"\b(?!" + CALENDAR_NAMES + r"\b)[A-Z][\w&'\u2019.-]*,\s+"
                                       r"(?:the|a|an|its|which|who|whose)\b[^,.;:]*$")  # (not "on Monday, the rival")
_OF_BODY_AFTER = re.compile(r"\s+(?:of|at|from)\s+(?:the\s+)?(?P<org>[A-Z][\w&'\u2019-]*(?:\s+(?:of\s+|for\s+|and\s+|&\s+)?"
                            r"[A-Z][\w&'\u2019-]*){0,4})(?=\s*[,.;:)]|\s+(?:said|says|told|added)\b)")
# a clause of another subject joined on: "Sainsbury cut prices, and Tesco has 3,000 stores."
_ANOTHER_CLAUSE = re.compile(r",?\s+(?:and|while|but|as|whereas)\s+(?:the\s+)?[A-Z]")
_HONORIFIC_BEFORE = re.compile(r", (?:" + "|".join(sorted(h.capitalize() for h in HONORIFICS)) + r")\.?\s+$")
_HE_OR_SHE = re.compile(r"\b(?:he|she|his|her|him|hers)\b", re.I)
_WHICH_AFTER = re.compile(r",\s+which\s+(?:is|was|has|had|owns|runs|operates|makes|employs|last|also)\b")
# a capitalised role ending in a lower-case trade, then a name: "Army medic Sam Carter", "Police sergeant Ann Roe"
_ROLE_THEN_NAME = re.compile(r"(?P<role>[A-Z].*?\b[a-z][a-z-]+)\s+(?P<person>[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){1,2})")
# a court report's "Prosecuting, Adrian Whitcombe said", "Defending, Jo Park told the court"
_COUNSEL_BEFORE = re.compile(r"(?:^|[.\n]\s*)(Prosecuting|Defending|Mitigating),\s+$")
_ROLE_COMMA_BEFORE = re.compile(
    r"(?:(?:^|(?<=[.;:]\s)|(?<=\n)|(?<=, )|(?<=\bby )|(?<=\bwith )|(?<=\bfrom )|(?<=\bto )|(?<=\bincluding ))"
    r"(?=[Tt]he\s|[A-Za-z])|(?<=\bfor )(?=(?:his|her|their)\s)"
    r"|(?<=\bagainst )(?=(?:his|her|their)\s)|(?<=[a-z] )(?=(?:his|her|their)\s))"  # "met her counterpart, X"
    r"(?:(?:and|but|or)\s+(?:that\s+)?)?"  # "..., and that the winning candidate, X, had won": no part of the role
    r"(?:[Aa]s\s+)?"  # "As chairman, Ross Keane said": the role he spoke in
    r"(?P<role>(?:[Tt]he\s+|(?:his|her|their)\s+)?"
    r"(?:[A-Z][\w-]*\s+){0,4}(?:(?:[a-z][\w-]*\s+){1,2}of\s+)?(?:[A-Za-z][\w-]*['\u2019]s?\s+)?"
    r"(?:[a-z][\w-]*\s+){0,5}[a-z][\w-]*"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w&'\u2019-]*(?:\s+[A-Z][\w&'\u2019-]*){0,3})?),\s+$"  # "The chief executive of Halden Bank, X"
)
# a lower-case job at a body named in capitals: "chief executive of Halden Bank", "communications director for the
# Iowa Democratic Party"
_ROLE_AT_NAMED_BODY = re.compile(r"(?P<role>[a-z][\w -]*?)\s+(?P<prep>of|for|at|with)\s+(?:the\s+)?"
                                 r"(?P<org>[A-Z][\w&'\u2019-]*(?:\s+(?:(?:of|and|for|the)\s+)*[A-Z][\w&'\u2019-]*)*)")
_PREVIOUS_SENTENCE_ROLE = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))The\s+(?P<rest>[a-z][^.!?\n]{0,220})[.!?]\s+$")
PERSON_TITLES = frozenset(
    "mr mrs ms miss dr prof sen senator rep representative gov governor president minister secretary chancellor "
    "premier mayor judge justice general colonel captain admiral ambassador envoy commissioner chairman "
    "chairwoman director spokesman spokeswoman spokesperson king queen prince princess pope bishop sheikh sir "
    "lord lady dame speaker leader ceo cllr councillor councilor whip member councilmember councilwoman councilman "
    "alderman alderwoman assemblyman assemblywoman sheriff constable sergeant superintendent inspector detective "
    "chairperson di dci dsi ds dcs mpp td taoiseach tanaiste tánaiste".split()
)
# The capital first, then what must not come before it: a pattern that opens with a lookbehind is
# entered at every character of the text, one that opens with a class only at the capitals.
_CAP_WORD = re.compile(r"[A-Z](?<![\w'\u2019-].)[\w'\u2019-]+")
#: How far back (characters) "the minister" or "the ministry" looks for whom it means.
_LOOKBACK = 8000
_OWNER_THEN_NAME = re.compile(
    r"(?P<org>[A-Z][\w.&-]*(?:\s+(?:of|for|and|the|[A-Z][\w.&-]*))*)['\u2019]s\s+"
    r"(?P<name>[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){1,3})$")


_POSSESSIVE_TO_SUBJECT = {"his": "he", "her": "she", "their": "they", "its": "it", "my": "i", "our": "we",
                          "your": "you", "him": "he", "them": "they"}
_NP_BREAK_WORDS = frozenset("among of in on at for from with by to about and or but than as".split())
_SERVING_ROLES = frozenset(
    "spokesman spokeswoman spokesperson aide adviser advisor lawyer attorney staffer assistant moderator".split())
#: "the Austrian", "the Frenchman", "the 23-year-old": a nationality or an age standing for someone just named.
_EPITHET = re.compile(
    r"(?i:the)\s+(?:(?:[\w-]+-year-old)|(?:veteran\s+|young\s+)?(?:American|Briton|Englishman|Englishwoman|Scot|"
    r"Welshman|Welshwoman|Irishman|Irishwoman|Frenchman|Frenchwoman|German|Italian|Spaniard|Dutchman|Dutchwoman|"
    r"Belgian|Austrian|Swede|Norwegian|Dane|Finn|Pole|Czech|Hungarian|Romanian|Serb|Croat|Greek|Turk|Russian|"
    r"Ukrainian|Israeli|Egyptian|Nigerian|Ghanaian|Kenyan|South African|Brazilian|Argentine|Argentinian|Chilean|"
    r"Colombian|Mexican|Uruguayan|Canadian|Australian|New Zealander|Japanese|Korean|Indian|Pakistani|Iranian|"
    r"Portuguese|Swiss|Senegalese|Cameroonian|Ivorian|Moroccan|Algerian|Jamaican|Texan|Californian|Londoner)"
    # what a feature or a sports desk calls its one subject: "the actor", "the striker"
    r"|(?:[a-z-]+\s+|[0-9]+-year-old\s+)?(?:actor|actress|star|singer|rapper|striker|midfielder|defender|goalkeeper|winger|"
    r"billionaire|tycoon|comedian|musician|novelist|footballer|cricketer|batsman|batter|bowler|golfer|boxer|"
    r"sprinter|swimmer|cyclist|teenager|youngster|schoolboy|schoolgirl))")
_YOUNG_EPITHETS = frozenset("teenager youngster schoolboy schoolgirl".split())
_AGED_POSITION = re.compile(r"(?i:the)\s+[0-9]+-year-old\s+")
_TEAM_ROLES = frozenset("captain skipper vice-captain".split())  # "Ashbury captain Tom Reilly ... the defender"
_SUBJECT_VERB_NEXT = re.compile(r"\s+(?:[a-z]+ed|[a-z]+s|is|was|has|had|lost|won|beat|said|told|will|would|can)\b")
_CAPITALISED = re.compile(r"(?<![\w'\u2019-])[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?![\w'\u2019-])")
#: Capitalised words of sentences that are nobody: "Asked about it, the Austrian said".
_OCCUPATION_EPITHETS = frozenset(
    "actor actress star singer rapper striker midfielder defender goalkeeper winger billionaire tycoon comedian "
    "musician novelist footballer cricketer batsman batter bowler golfer boxer sprinter swimmer cyclist".split())
_EPITHET_WORDS = frozenset(
    "asked speaking after before when while his her their its but and yet so then later earlier still meanwhile".split()
) | frozenset(CALENDAR_NAMES.lower().split("|"))
_JUDGING_AFTER = re.compile(r"[^.!?\n]{0,50}?\b(?:jailed|sentenced|told|asked|ruled|warned|ordered|presided|questioned|"
                            r"interviewed|grilled|fined|remanded|said|says|described|called|opened|chaired|adjourned)\b")
#: Who presides over the one a story is about (a court, an inquest, a match, an interview): "the judge"
#: is never the defendant named just before.
_PRESIDING_ROLES = frozenset(
    "judge magistrate coroner prosecutor referee umpire interviewer host presenter anchor chairman chairwoman "
    "chair".split())
_AFTER_PREPOSITION = re.compile(r"\b(?:of|to|for|against|with|by|about|on|at|from|into)\s+$")
_HEADLINE_PERSON = re.compile(r"(?<![\w'\u2019-])([A-Z][a-z]+) ([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b(?!['\u2019-]\w)")
_AND_AGREEMENT = re.compile(
    r" (?:and|&) (?:[A-Z][\w-]+ ){0,4}(?:Partnership|Pact|Treaty|Agreement|Accord|Act|Initiative)\b")
# Institutions named after a place or a person ("Sandy Hook Elementary School", "Reagan Airport")
_PLACE_INSTITUTIONS = frozenset(
    "school college university academy airport park hospital stadium center centre bridge station church "
    "museum library county".split())
_OPENERS = frozenset("rather whatever however but and so yet still although though even instead".split())


def _WORDISH(ch: str) -> bool:  # noqa: N802 - reads like the character class it stands for
    return ch.isalnum() or ch in "'\u2019-_"


# "a senior Duvanese official": the words before the head of an indefinite description
_INDEFINITE_BEFORE = re.compile(  # (not "a poll conducted by voters", "a video depicting women": "a fundraising email" is)
    r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:(?!(?:by|in|on|at|with|for|from|to)\s)[\w-]+\s+"
    r"(?:(?![a-z-]+ing\s|(?:by|in|on|at|with|for|from|to)\s)[\w-]+\s+){0,2})?$")


# Heads of a description that name people, not documents, polls or bodies.
_PERSON_HEADS = OCCUPATIONS | frozenset(
    """
    officials spokesmen aides advisers advisors analysts economists experts ministers senators lawmakers
    legislators diplomats negotiators executives leaders candidates residents voters supporters critics
    prosecutors investigators organizers organisers members insiders friends
    """.split())
# What an interview's introduction says, and nothing else does
_INTERVIEW_SIGNAL = re.compile(
    r"\b(?:[Ii]nterview(?:ed)?|spoke (?:to|with)|talked (?:to|with)|sat down with|Q ?& ?A|Q and A|"
    r"[Qq]uestions and answers|conversation with|edited for (?:length|clarity))\b")
_SENTENCE_STOP = re.compile(r"[.!?]\s")
# one person named by a role ("a board spokesman", "the 44-year-old"), and the roles that say a sex
_ONE_PERSON_HEADS = frozenset(
    "spokesman spokeswoman spokesperson official aide adviser advisor source insider diplomat executive "
    "lawyer attorney analyst economist worker resident farmer driver officer doctor teacher man woman "
    "mother father manager director chairman chairwoman".split())
# first names that are also places, so that a lone one is more often the place ("Virginia Democratic voters")
_PLACE_FIRST_NAMES = frozenset("virginia georgia carolina dakota montana nevada indiana jordan austin israel chad "
                               "paris sydney florence victoria savannah madison houston dallas phoenix china india "
                               "kenya lima adelaide orlando charlotte brooklyn aurora".split())
_NAMED_AGENCY = re.compile(r"(?i:the)\s+(?:[a-z-]+\s+){0,2}"
                           r"(?P<name>[A-Z][\w.-]+(?:\s+[A-Z][\w.-]+)?)\s+(?:news\s+agency|wire\s+service|"
                           r"(?:(?:business|financial|economic|national|daily|weekly|Sunday|evening|morning|local|"
                           r"regional|liberal|conservative|left-leaning|right-leaning|independent|tabloid|"
                           r"pro-government|opposition)\s+)?(?:newspaper|daily|paper|tabloid|broadsheet|weekly|"
                           r"magazine|broadcaster|channel))")  # "the Nikkei newspaper"; not "the Haqqani network"
_COPULAR_ROLE = re.compile(  # at the start of a sentence or line: finditer_where
    r"(?P<name>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2})(?:,\s+\d{1,3},)?\s+"
    r"(?:is|was|has\s+been)\s+(?:the|a|an)\s+(?P<role>(?:[a-z-]+\s+){0,3}[a-z]+)"
    r"(?:\s+(?:for|of|at)\s+(?:the\s+)?(?P<org>[A-Z][\w&'\u2019-]*(?:\s+(?:of\s+)?[A-Z][\w&'\u2019-]*)*))?"
    r"(?=\s*[.,;])")
# what befalls someone, who is then not the next "he" who speaks: "A man died at the scene"
_VICTIM_VERB = re.compile(r"\s+(?:died|dies|was|were|is|has\s+been|had\s+been|drowned|killed|suffered|remains)\b")
# what follows a first name used for a person ("Sofia, for her part", "Sofia said"), not a word ("Christian
# families", "Eugene residents")
_FIRST_NAME_USE = re.compile(r"['\u2019]s\b|\s*[,.;:!?)\u2014]|\s+(?:[a-z]+ed|said|says|told|tells|had|has|was|is|would|will|"
                             r"could|can|did|does|who|and|went|came|took|gave|got|made|saw|felt|knew|thought|wants|"
                             r"wanted|likes|loves|hopes)\b")
_CAPITAL_NEXT = re.compile(r"\s+(?:[A-Z]|de\b|van\b|von\b|al-)|['\u2019]s\s+[A-Z]")
# a person described as a clause's subject: "(, )a retired bus driver shakes ..."
_DESCRIBED_PERSON = re.compile(r"(?:^|(?<=[.,;:] )|(?<=\n))(?P<np>(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[a-z-]+\s+){0,3}"
                               r"(?P<head>[a-z]+))\s+(?:[a-z]+s|[a-z]+ed|was|is|has|had|says|said)\b", re.M)
_OUTLET_KINDS = frozenset("broadcaster newspaper daily tabloid network channel station publication magazine".split())
_OUTLET_KIND_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(_OUTLET_KINDS - {"publication", "magazine"})) + r"|news\s+agency|"
                                 r"(?:[Tt]rade|[Ii]ndustry|[Ss]pecialist)\s+(?:publication|magazine|journal|paper|newsletter|"
                                 r"weekly))\s+$")
# what a body is, said before its name or as the head of a description naming it: "Housing charity Shelter",
# "Consumer group ShopSafe", "A pressure group, Clean Rivers Now, said"
_BODY_KINDS = FIRM_KINDS | frozenset("broker watchdog regulator startup start-up supermarket union club brand platform "
                                     "portal aggregator organisation organization ngo nonprofit non-profit "
                                     "think-tank thinktank".split())
_BODY_KIND_BEFORE = re.compile(r"\b(?:campaign group|pressure group|think tank|think-tank|"
                               + "|".join(sorted(_BODY_KINDS)) + r")\s+$")
_GROUP_HEADS = _BODY_KINDS | frozenset("organisation organization party body campaign coalition alliance association "
                                       "network movement church sect think-tank thinktank consortium".split())
_SEXED_HEADS = frozenset("spokeswoman spokesman chairwoman chairman woman man businesswoman businessman congresswoman "
                         "congressman actress actor mother father".split())
_WOMEN = FEMALE_HINTS | {"mother"}
_MEN = MALE_HINTS | {"father"}
_PLURAL_PEOPLE = frozenset("people men women children police folks others".split())


# two first names sharing one surname: "Dale and Renata Whitcombe"
_COUPLE = re.compile(r"\b([A-Z][a-z]+) and ([A-Z][a-z]+) ([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")
_CAPITAL_WORD_BEFORE = re.compile(r"[A-Z][\w.'\u2019-]*\s$")


def _with_couples(text: str, mentions: list[tuple[int, int, str, str | None]]) -> list[tuple[int, int, str, str | None]]:
    """The name mentions, and for "Dale and Renata Whitcombe" also Dale Whitcombe where "Dale" stands: "Dale"
    a known first name, not a surname ("Donald Trump and Hillary Clinton"), no word a body's or a place's."""
    if " and " not in text:
        return mentions
    extra = [(m.start(1), m.end(1), f"{m.group(1)} {m.group(3)}", None) for m in _COUPLE.finditer(text)
             if gender_of_first_name(m.group(1)) is not None and not _CAPITAL_WORD_BEFORE.search(text, 0, m.start())
             and not any(w.lower() in ORG_WORDS or w.lower() in NOT_NAMES or is_place(w) for w in m.groups())]
    return sorted(mentions + extra, key=itemgetter(0)) if extra else mentions


def _other_sex(head: str, gender: str | None) -> bool:
    """Does the noun ``head`` ("spokeswoman", "father") name someone of the other sex than ``gender``?"""
    return gender == "m" and head in _WOMEN or gender == "f" and head in _MEN


def _a_body_after_all(ent: Entity) -> None:
    """An entity the index took for a person, that the text describes as a body ("The toy's maker, Brightbox,"):
    a body, unless a role or a title says it is someone."""
    if ent.kind == "person" and not ent.role and not ent.titles:
        ent.kind = "organization"


def _unnamed_fits(description: str, pronoun: str) -> bool:
    """Can ``pronoun`` stand for an unnamed speaker: "it" for a body ("the ministry"), "they" for
    people or bodies in the plural ("officials", "the groups")? Never "he" or "she": measured on
    PolNeAR, a person described ("an Iowa voter asked ...", "a former speechwriter said") is seldom
    the "she" of the next quotation; the person the article names is."""
    words = description.lower().split()
    before_pp = words_before_pp(" ".join(words))  # "dockers [at the gate]"
    if not before_pp:
        return False
    head = before_pp[-1]
    if len(before_pp) >= 2 and head in _AFTER_PEOPLE:
        head = before_pp[-2]  # "Two people familiar with the plan", "officials close to the talks": the people
    elif any(w[:1].isdigit() or w in _COUNTING_WORDS for w in before_pp):
        head = words[-1]  # "nine in 10 registered voters", "most of the delegates": the last word counts
    return _head_fits(head, pronoun)


#: adjectives written after the people they describe: "people familiar with the talks", "sources close to him"
_AFTER_PEOPLE = frozenset("familiar close briefed involved knowledgeable aware present".split())
_SPEAKING_DOCUMENTS = frozenset("report study survey review audit investigation inquiry analysis ruling".split())
_COUNTING_WORDS = frozenset(
    "one two three four five six seven eight nine ten some many most few several all half majority "
    "minority percent third quarter dozens hundreds thousands none each".split())


def _head_fits(word: str, pronoun: str) -> bool:
    head = word.strip(".,'\u2019")
    if pronoun == "it":  # a body, or a document that says things ("The report said ... It found")
        return (head in ORG_WORDS or head in _SPEAKING_DOCUMENTS) and not head.endswith("s")
    if pronoun == "they":
        return head in _PLURAL_PEOPLE or people_plural(head) or head.endswith("s") and (
            head in _PERSON_HEADS or head[:-1] in ORG_WORDS)  # "crane operators", "officials", "the groups"
    return False


# "It is estimated that", "it was thought": no one speaks
_IMPERSONAL_IT = re.compile(r"[Ii]t(?:\s+(?:is|was|has\s+been|had\s+been)|['\u2019]s)\s+(?:\w+ly\s+)?\w+(?:ed|en|wn)\b")
# a thing named between a body and "it" ("The bill was published on Monday. It says ..."): "it" is the thing
_THING_BETWEEN = re.compile(
    r"(?:^|[.!?]\s+)(?:The|A|An|This|That|Its|Their)\s+(?:[\w'\u2019-]+\s+){0,3}?"
    r"(?:" + "|".join(sorted(DOCUMENT_HEADS | {"bill", "law", "plan", "proposal", "deal", "rule", "rules", "policy",
                                               "treaty", "scheme", "budget"}, key=len, reverse=True))
    + r")\s+(?:was|is|were|are|has|had|says|said|shows|showed|states|stated|found|finds|will|would|notes|noted|"
      r"reads|read|sets|set|calls|called)\b", re.M)  # the thing is the next sentence's subject


def _last_indefinite(back: str, head: str, quoted: Callable[[int], bool] = lambda p: False) -> str | None:
    """The last "a/an/one/another ... <head>" in ``back``, e.g. "A senior Duvanese official"; not one
    inside a quotation (``quoted(offset)``: '"... another judge finds a reason to say no"')."""
    end = len(back)
    while True:
        pos = back.rfind(head, 0, end)
        if pos < 0:
            return None
        after = pos + len(head)
        if (pos == 0 or not back[pos - 1].isalnum()) and (after == len(back) or not back[after].isalnum()) \
                and not quoted(pos):
            m = _INDEFINITE_BEFORE.search(back, max(0, pos - 60), pos)
            if m:
                return back[m.start():after]
        end = pos
# A gendered pronoun as a whole word: not after a letter or digit (an underscore may precede it, as
# str.isalnum allows). The character class comes first so that ``re`` scans for it in C; the lookbehind
# then looks at the character before it.
_GENDERED = re.compile(r"[HhSs](?<![^\W_].)(?:(?<=[Hh])(?:e|is|im|imself|er|ers|erself)|(?<=[Ss])he)\b")
_MRS_MS_BEFORE = re.compile(r"\bmrs?\.?\s*$|\bms\.?\s*$")
_MR_BEFORE = re.compile(r"\bmr\.?\s*$")
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_THE_START = re.compile(r"[Tt]he\s")
_BRACKETS_END = re.compile(r"\s*\([^)]*\)\s*$")
_LOWER_WORD = re.compile(r"[a-z]+")
_VERB_BETWEEN = re.compile(r" (?:\S+ )?[a-z]+ ")  # "[Anna] Berg scolded him", "[Berg] told him"
_FEMALE = frozenset("she her hers herself".split())
_PRONOUN_SENTENCE = re.compile(r"[.!?][\"\u201d\u2019']?\s+(He|She)\s+(?!said|says|added|told|noted|argued|wrote)[a-z]")
_INSERTED_CUE = re.compile(r"(?:he|she)\s+(?:said|says|added|argued|insisted|noted|wrote|claimed|told\s+\w+)\s*[,.]")
_APPOSITIVE_AFTER = re.compile(
    r"(?:\s*\([^)]{1,30}\))?,\s+(?:\d{1,3},\s+)?(?P<appos>(?:the|a|an)\s+[^,.;:\n]{3,100}?|[a-z][^,.;:\n]{3,100}?|"
    r"(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*['\u2019]s\s+[a-z][^,.;:\n]{2,80}?)"
    r"(?=\s*[,.;:])"
)
# a name that opens a sentence with "According to": "According to Wielgosz, the hackers got in" is no appositive
_ACCORDING_NAME_BEFORE = re.compile(r"According to (?:[A-Z][\w'\u2019-]* |[A-Z]\. ){0,3}[A-Z][\w'\u2019-]*$")
# the word before "at X", "with X", "of X": a job ("an analyst at"), a person ("Mehta of"), or a thing ("Profits at")
_JOB_AT_BEFORE = re.compile(r"([\w'\u2019-]+)\s+(at|with|of)\s+(?:the\s+)?$")
# a sentence that opens with a person's role and its verb: "The minister rejected that."
_ROLE_SUBJECT = re.compile(r"(?P<np>[Tt]he\s+(?:[a-z-]+\s+){0,2}(?P<head>[a-z-]+))\s+(?:[a-z]+ed|[a-z]+s|was|is|has|had|"
                           r"said|told|took|gave|made|went|hit|shot|struck|stood|spoke|saw|came|felt|held)\b")
# a described speaker's own claim that opens with "she" or "he": the speaker's sex ("Another fan said she had ...")
_SAID_SHE_AFTER = re.compile(r"\s+(?:said|says|told\s+\w+)\s+(?:that\s+)?(she|he)\b", re.I)
_PRONOUN_SEX = {"she": "f", "he": "m"}  # (not "his"/"her": "A lawyer said his client would appeal")
# a titled politician's appositive that says only the party and the home: "a Republican from Ohio"
_PARTY_MEMBER_FROM = re.compile(r"(?:(?:a|an)\s+)?(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+)?(Democrat|Republican)"
                                r"(?:\s+(?:from|of|representing)\s+[A-Z][^,;]{1,40})?")  # "Republican of Montana"
# nouns for any kind of body, which "the ... said" uses for the one body just named whatever its own noun
_PLACE_LIKE_BODIES = _PLACE_INSTITUTIONS - {"center", "centre"}  # (a centre is often a think tank that speaks)
_ANY_BODY_WORDS = frozenset("group organisation organization cartel bloc alliance body coalition".split())
# a party in brackets after a name: "Sen. Dana Feld (D-Calif.)", "Henrike Wollmann (FDP)", "Mark Voss (Greens)"
_PARTY_IN_BRACKETS = re.compile(
    r" \((?:(?P<us>[DR])(?:-[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?)?|(?P<party>[A-Z][A-Za-z]{1,5}|Labour|Conservative|"
    r"Greens?|Liberal|Tory|Reform|Democrat|Republican|Independent|Plaid Cymru))\)")
# a party's letter ("D-Calif.") or member ("a Democrat from Ohio") and its name
_PARTY_FULL_NAMES = {"D": "Democratic Party", "R": "Republican Party",
                     "Democrat": "Democratic Party", "Republican": "Republican Party"}
# capitals in brackets after a byline or a photograph's caption: the agency, no party
_AGENCY_CAPITALS = frozenset("AP AFP UPI PA DPA ANSA EFE AAP CP EPA TASS".split())

# a press release's "Name, Title, Company.": the company after the title, closing the sentence
_ORG_AFTER_ROLE = re.compile(r",\s+(?P<org>(?:[A-Z][\w&'\u2019.-]*\s+){0,5}[A-Z][\w&'\u2019-]*)(?=\s*(?:[.;]|$))", re.M)
_OF_BODY = re.compile(r"(?:of|from|with)\s+(?:the\s+)?(?P<body>[A-Z].*)")
# what kind of body a name is, written before it: "the brokerage Fenwick Partners", "grain merchant Halvorsen Agri"
_ORG_KIND = (r"(?:[a-z-]+\s+){0,2}(?:firm|company|brokerage|broker|consultancy|bank|lender|insurer|merchant|trader|"
             r"charity|agency|platform|site|website|group|fund|manager|tank|startup|start-up|chain|retailer|carrier|"
             r"airline|operator|maker|manufacturer|developer|publisher|network|union|association|federation|"
             r"regulator|institute|exchange|utility|supplier|producer|miner|giant|conglomerate|outfit|organi[sz]ation)"
             r"\s+(?=[A-Z])")
_ORG_KIND_BEFORE = re.compile(_ORG_KIND)  # "data from the freight platform Cargolens": a body, by what it is
# "(a) senior fellow", "expert on Syria": a noun phrase, though no role word; not "paid tribute to him"
_CLAUSE_OPENERS = frozenset("paid made went took gave got left kept began brought told said saw found spent sent bought "
                            "sold met won built lives lived works worked grew is was has had will would".split())


def _noun_phrase_like(words: str) -> bool:
    split = words.lower().split()
    return bool(split) and len(split) <= 6 and not split[0].endswith("ed") and split[0] not in _CLAUSE_OPENERS
# offices a place holds, so the place is the organisation: "governor of New Mexico", "senator from Vermont"
_NOT_A_JOB = frozenset("veteran veterans survivor survivors victim witness".split())
_PARTNERS_IN = frozenset("partner partners".split())  # "a partner in Deloitte"
_OFFICES_OF_A_PLACE = frozenset("governor senator mayor congressman congresswoman representative legislator lawmaker "
                                "mp mep premier president minister councillor councilor committeeman committeewoman "
                                "ambassador consul attorney-general".split())
_ROLE_PP = re.compile(r"\s(?:of|in|at|for)\s")
_ROLE_PP_OBJECT = re.compile(r"(?:the|a|an|its|their)\s")
_ROLE_SPLIT = re.compile(r"\s+(?:at|of|for|with|from|in)\s+(?=(?:the\s+)?(?:(?:nonpartisan|nonprofit|non-profit|"
                         r"independent|conservative|liberal|progressive|left-leaning|right-leaning|centrist|libertarian|"
                         r"private|public|global|national|state-run|state-owned|influential)\s+|" + _ORG_KIND + r")?[A-Z])")
_ORG_ADJECTIVE = re.compile(r"^(?:(?:nonpartisan|nonprofit|non-profit|independent|conservative|liberal|progressive|"
                            r"left-leaning|right-leaning|centrist|libertarian|private|public|global|national|state-run|"
                            r"state-owned|influential)\s+|" + _ORG_KIND + ")+")  # "conservative advocacy group"
# roles that belong to a person, not to an organisation: "Whitcomb's attorney", "Lind's wife"
_PERSONAL_RELATIONS = frozenset(
    "wife husband son daughter mother father brother sister friend friends "
    "neighbour neighbor partner widow widower niece nephew cousin uncle aunt grandson granddaughter".split())
_ORG_TAIL = re.compile(r"\s+and\s+(?:the|a|an|his|her|its|their)\s+[a-z].*$")  # not "of Health and the Environment"
#: Letters after a name that say what the person is: "Jane Hill MP", "Martin Oakes KC".
POSTNOMINALS = frozenset("MP MS MSP MLA MLC MNA MPP MEP TD KC QC".split())
# letters in brackets after a name that are no party: post-nominals, degrees, honours, jobs, countries ("(USA)")
_NO_PARTY_CAPITALS = POSTNOMINALS | frozenset("AM OBE MBE CBE PhD MD CEO CFO COO USA UK US UAE EU Eng Ret Jr Sr".split())
#: "Senator Dana Whitfield, Democrat of Ohio": what follows "of" is the member's state, not an organisation.
_PARTY_MEMBERS = frozenset("democrat republican independent".split())
# bodies whose leaders go by loose descriptions ("the Senate Democratic leader" for the Minority Leader)
_POLITICAL_BODIES = frozenset("senate house congress parliament party government administration assembly cabinet".split())
# nouns for a company ("the company said", "the grocer warned") and the last words of companies' names
_ROLE_FOR_THE_BODY = re.compile(r"(?P<role>.+?)\s+(?:for|at|of|with)\s+the\s+(?P<noun>company|firm|group|bank|"
                                  r"airline|carrier|retailer|lender|insurer|business|chain|brand)")
_ROLE_AT_THE_BODY = re.compile(r"(?P<role>[a-z][\w -]+?)\s+(?:for|at|of|with)\s+the\s+(?P<noun>[a-z]+)")
_ITS_ROLE = re.compile(r"(?:(?:But|And|but|and)\s+)?(?:Its|its)\s+(?P<role>[a-z][\w\s'\u2019-]{2,60})")
_NAMED_BODY_OWNS = re.compile(r"(?:the\s+)?(?P<body>(?:[A-Z][\w&.-]*\s+){1,4}?[A-Z][\w&.-]*)['\u2019]s?\s+"
                              r"(?P<role>[a-z][\w\s'\u2019-]{2,60})")
# ranks, not jobs: "Colonel Rustam Edigarov, a spokesman for the armed forces" is a spokesman
_RANKS = frozenset("colonel col lieutenant lt major maj general gen brigadier captain capt sergeant sgt corporal "
                   "private admiral commander commodore marshal constable inspector superintendent chief "
                   "detective police".split())
_OWNER_BEFORE_NAME = re.compile(r"(?P<o>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})['\u2019]s\s+(?=[A-Z])")
_PARTY_NAMES = frozenset("Labour Conservatives Tories Greens Democrats Republicans Liberals Reform SNP Plaid".split())
# what only a firm has: "Aerolinea Sur's chief executive", "Brightwell's shareholders"
# what a firm is called in an appositive: "Lumenfold, a London start-up"; and, after "the" only (a person may be
# "a garment exporter"), "Minera Cóndor Azul, the copper producer"
_FIRM_KIND_NOUNS = ("start-up", "startup", "company", "firm", "maker", "manufacturer", "retailer", "lender", "insurer",
                    "carrier", "airline", "chain", "brewer", "conglomerate", "fintech", "platform", "label", "brand")
_FIRM_KIND_NOUNS_AFTER_THE = ("exporter", "distributor", "drugmaker", "automaker", "carmaker", "chipmaker")
_FIRM_DESCRIBED = re.compile(
    r"(?<![\w'\u2019.-])(?<!Mr )(?<!Ms )(?<!Dr )(?<!Mrs )(?P<name>[A-Z][\w&-]+(?:[ \t]+[A-Z][\w&-]+){0,2})(?:,\s+(?:a|an|the)\s+(?:(?!(?:of|with|at|for|in|from)\s)[\w-]+\s+){0,3}"
    r"(?:" + "|".join(_FIRM_KIND_NOUNS) + r"|fashion\s+house|(?<=the\s)(?:[\w-]+\s+){0,2}(?:"
    + "|".join(_FIRM_KIND_NOUNS_AFTER_THE) + r"|(?:copper|oil|gas|steel|coal|gold|iron\s+ore|lithium|nickel|zinc|"
    r"aluminium|aluminum|cement|sugar|coffee|cocoa|wine|dairy)\s+(?:producer|miner)))s?(?=\s*[,;.]|\s+(?:that|which|based|in|from|with|"
    r"whose|of|founded|known|behind|owned|run)\b)|\s+(?:says|said)\s+(?:on\s+\w+\s+)?it\s+(?:now\s+)?"
    r"(?:employs|serves|sells|makes|operates|owns|raised|hired|shipped|plans\s+to|expects\s+to|"
    r"(?:would|will|had|has)\s+(?P<hire>recruit|hire|hired|recruited|shed|axe|lay\s+off|cut\s+\d|open\s+\d|close\s+\d|"
    r"create\s+\d|cancel|cancelled|canceled))\b|"
    # what only a firm does: "Tesco reported a loss", "Ryanair cut its fares", "Serrano Health was hacked"
    r"\s+(?:(?:on\s+\w+|also|again|last\s+\w+)\s+)?(?:(?P<result>(?:reported|posted|booked|swung\s+to|returned\s+to)\s+"
    r"(?:a\s+|an\s+|its\s+|record\s+)?(?:[\w-]+\s+){0,3}(?:loss|losses|profit|profits|revenue|revenues|earnings|"
    r"sales))|(?:cut|raised|slashed|hiked|lowered|trimmed)\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}(?:fares|prices|"
    r"guidance|dividend|outlook)|(?:was|has\s+been)\s+hacked|shares\s+(?:rose|fell|jumped|"
    r"slumped|tumbled|climbed|dropped|surged|sank|plunged|soared))\b)")
# the nouns _FIRM_DESCRIBED describes a firm by: an appositive role of one of them is what the firm is
_FIRM_DESCRIPTOR_WORDS = frozenset(_FIRM_KIND_NOUNS + _FIRM_KIND_NOUNS_AFTER_THE + ("house", "producer", "miner"))
_SPEAKS_FOR_SOMEONE = frozenset("lawyer lawyers attorney attorneys counsel solicitor barrister agent aide aides adviser "
                                "advisor spokesman spokeswoman spokesperson representative publicist friend".split())
# every match of _FIRMS_OWN / _FIRM_DESCRIBED holds one of these (lower-cased text for the second)
# the people a firm employs, before its name: "Pilots at Aerolinea Baltica walked out", "workers at Castlemere Marine"
# the kinds of firm a story writes before the firm's name ("The airline Skyjet"): some of _COMPANY_NOUNS, which
# "the airline said" may then point back with (not "company", "group", "giant": "the oil giant Exxon Mobil" is
# written of firms the story only passes)
_FIRM_KINDS_BEFORE_A_NAME = ("airline", "carrier", "retailer", "carmaker", "automaker", "chipmaker", "drugmaker",
                             "lender", "insurer", "brewer", "supermarket", "grocer")
_WORKFORCE_AT = re.compile(r"\b(?:(?:[Pp]ilots|[Ww]orkers|[Ss]taff|[Ee]mployees|[Cc]rew|[Dd]rivers|[Nn]urses|[Ee]ngineers|"
                           r"[Mm]iners|[Dd]ockers|[Ss]teelworkers|[Ss]hareholders|[Cc]ustomers)\s+(?:at|of)|"
                           r"[Ss]hares\s+(?:in|of)|(?P<kind>[Tt]he\s+(?:[a-z-]+\s+){0,2}(?:"
                           + "|".join(_FIRM_KINDS_BEFORE_A_NAME) + r")))\s+"
                           r"(?P<name>[A-Z][\w&-]+(?:[ \t]+[A-Z][\w&-]+){0,2})(?![\w&-]|\s+[A-Z]|['\u2019]s)")
# every match of _WORKFORCE_AT holds one of these (a cheap first test: most articles hold none)
_WORKFORCE_HINTS = (" at ", "ers of ", "ff of ", "ew of ", "hares ") + tuple(k + " " for k in _FIRM_KINDS_BEFORE_A_NAME)
_OWNER_ROLE = re.compile(r"(?P<o>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})['\u2019]s\s+(?P<role>[a-z].*)")
_FIRMS_OWN_HINTS = ("chief", "head of", "CEO", "ceo", "CFO", "COO", "shareholders", "share price", "annual report", "board of")
_FIRM_DESCRIBED_HINTS = _FIRM_KIND_NOUNS + ("producer", "miner", "exporter", "distributor", "fashion house",
                                             "says it", "said it", "loss", "profit", "revenue", "earnings",
                         "sales", "cut its", "raised its", "slashed its", "hiked its", "lowered its", "trimmed its",
                         "cut their", "raised their", "slashed their", "hiked their", "lowered their", "trimmed their",
                         "hacked", "shares ")
_FIRMS_OWN = re.compile(r"(?P<o>[A-Z][\w&.-]*(?:[ \t]+[A-Z][\w&.-]*){0,3})['\u2019]s\s+(?:[a-z-]+\s+){0,2}(?:chief\s+executive|"
                        r"chief\s+financial\s+officer|chief\s+operating\s+officer|ceo|cfo|coo|shareholders|"
                        r"share\s+price|annual\s+report|board\s+of\s+directors|head\s+of\s+(?!state\b|government\b)[a-z]+)\b")
_REGULATOR_ENDS = ("commission", "authority", "agency", "regulator", "watchdog", "inspectorate", "ombudsman")
_FUNDED_BY_BEFORE = re.compile(r"(?:\b(?:raised|raising|investment|funding|backing|loan|stake|million|billion|bn|m)\b"
                               r"[^.;]{0,40}?\b(?:from|by)|\b(?:led|backed)\s+by)\s+(?:the\s+)?$")
_OTHER_SUBJECT = re.compile(r"(?:^|[.!?]\s+|\n)([A-Z][\w&-]+)\s+(?:rose|fell|said|says|reported|jumped|gained|lost|"
                            r"posted|announced|slipped|climbed|dropped|added|shed|is|was|has|had)\b")
_SAME_DOCUMENT = {"statement": "statement|release", "release": "release|statement"}
#: what any firm can be called: "Orvane Mining said ... the group said", "Northline Rail ... The operator added"
_ANY_FIRM = frozenset("company firm group giant conglomerate startup operator business".split())
_COMPANY_NOUNS = frozenset(_FIRM_KINDS_BEFORE_A_NAME) | frozenset(
    "company firm miner utility manufacturer maker operator conglomerate giant startup bank group business developer "
    "supplier distributor publisher producer".split())
# ("the group" alone; "the terrorist group" is a kind of group, not the firm that spoke last)
_AFTER_A_PREPOSITION = re.compile(r"\b(?:after|before|since|than|unlike|with|from|by|against|to|of|like)\s+(?:the\s+)?$")
_ACQUIRED_BEFORE = re.compile(r"\b(?:buy|bought|buying|acquire|acquired|acquiring|purchase|purchased|take\s+over|"
                             r"took\s+over|merge\s+with|merged\s+with|sued|suing|against|rival|rivals)\s+$")
_BARE_SPOKESPERSON = re.compile(r"(?i:an?|the)\s+(?i:spokesperson|spokesman|spokeswoman|representative)")
_DATELINE_AGENCY_REST = re.compile(r"[^()\n]{1,40}\)\s*[-\u2013\u2014]")
_BODY_HEAD_END = re.compile(r"\b(?:ministry|department|agency|office|government|council|commission|authority|"
                            r"company|bank|union|party|embassy|police|court|board|committee)$", re.I)
_CAPITALISED_RUN = re.compile(r"[A-Z][\w'\u2019.-]*(?:[ \t]+[A-Z][\w'\u2019.-]*)*")
_ACRONYM = re.compile(r"[A-Z]{3,7}")
# people the press names by initials, unlike "UNICEF said"
_INITIALS_OF_PEOPLE = frozenset("JFK RFK LBJ FDR MLK AOC DJT JLO".split())
# whose questions are their job, so the next "he said" is the answer: "Fox host Chris Wallace asked Sanders"
_ASKS_FOR_A_LIVING = re.compile(r"\b(?:host|anchor|moderator|interviewer|reporter|journalist|correspondent|"
                                r"presenter|editor|columnist|broadcaster|writer|pollster|commentator|analyst|critic|"
                                r"blogger|podcaster)s?\b")
_PUTS_QUESTIONS = re.compile(r"\b(?:interview(?:s|ed)?|ask(?:s|ed)?|question(?:s|ed)?|quizz(?:es|ed)|spoke\s+(?:to|with)|"
                             r"talk(?:s|ed)\s+(?:to|with)|met|meets|sat\s+down\s+with)\b")
_ASKED_AFTER_NAME = re.compile(r"[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3}\s+asked\s+")

# a body named with "of" before a title and a name: "[Bank of] England Governor Andrew Bailey"
_BODY_OF_BEFORE = re.compile(r"(?P<body>(?:[A-Z][\w'\u2019-]*\s+){0,3}(?P<head>[A-Z][\w'\u2019-]*)\s+of(?:\s+the)?)\s+$")
# the place or field a body's name goes on with: "... Union [of Kellerton]", "... Institute [of Public Health]"
_OF_REST_AFTER = re.compile(r" (?:of|for) (?:the )?(?P<rest>[A-Z][\w\u2019'-]*(?: (?:and |& )?[A-Z][\w\u2019'-]*){0,3})(?![\w\u2019'-]| [A-Z])")


def _of_rest_end(text: str, at: int) -> int | None:
    """Where a body's name that goes on with "of"/"for" at ``at`` ends ("... Union [of Kellerton]"), or None
    when what follows is no place or field ("office of Chuck Schumer", "Bank of Norvald Governor Ann Lee")."""
    of_rest = _OF_REST_AFTER.match(text, at)
    if of_rest is None:
        return None
    words = of_rest.group("rest").split()
    if words.count("and") + words.count("&") > 1:
        return None  # "the American Congress of Obstetricians and Gynecologists and Easter Seals": two
    for k in range(1, len(words) - 1):
        if is_role_word(words[k]) and gender_of_first_name(words[k + 1]) is not None:
            words = words[:k]  # "the Bank of Norvald Governor Ann Lee": the body ends before the title
            break
    if is_role_word(words[0]) and words[0].lower() not in FIELD_TITLES or gender_of_first_name(words[0]) is not None:
        return None  # ("Chamber of Commerce": a field, no title)
    return text.find(words[-1], of_rest.start("rest")) + len(words[-1])


# a body named by one capitalised word and "of"/"for": "The Organisation of Crude Exporting Nations" (with two
# or more capitalised words, "National Union of Mineworkers", the name scan finds it)
_ONE_WORD_BODY_HEADS = frozenset("Organisation Organization Federation Confederation Union League Association Society "
                                 "Institute Council Alliance Coalition Commission Academy Chamber Bureau Agency Authority "
                                 "Foundation Fund Committee".split())
_OF_OR_FOR = re.compile(r" (?:of|for) ")  # (found with str.find speed; the head word is looked at behind it)
_EMPLOYER_BEFORE = re.compile(r"\b(?:at|with)\s+(?:the\s+)?$|\b[A-Z][a-z][\w'\u2019-]*\s+of\s+(?:the\s+)?$")  # "Rohan Mehta of"
# where someone works, not a party to talks or a deal: "an analyst with X" (not "met with X", "a deal with X")
_WORKPLACE_BEFORE = re.compile(_EMPLOYER_BEFORE.pattern.replace(
    "(?:at|with)", "(?:at|(?<!met )(?<!talks )(?<!deal )(?<!meeting )(?<!agreement )(?<!dispute )(?<!negotiations )with)", 1))
# a body's name in capitals, "of"/"for"/"and" between: "Bank of Norvald", "Reserve Bank of New Zealand"
_BODY_NAME = re.compile(r"(?:[A-Z][\w&'\u2019.-]*\s+(?:(?:of|for|and|&)\s+(?:the\s+)?)?)*[A-Z][\w&'\u2019.-]*")
#: what an armed body is called by: "the armed group", "the militant group" (never the monitor that reported it)
_ARMED_KINDS = frozenset("armed militant terrorist rebel extremist jihadist insurgent separatist paramilitary".split())
# a body's capitalised name opening a sentence, "of"/"for"/"and" inside it, then a verb in lower case
_BODY_OPENING = re.compile(r"(?:The\s+)?(?P<name>[A-Z][\w&'\u2019-]*(?:\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?"
                           r"[A-Z][\w&'\u2019-]*)*)(?:,\s+(?:a|an|the)\s+[^,.;:]{3,80},)?"  # ", a joint venture with X,"
                           r"\s+(?:(?:will|would|can|could|plans\s+to|is\s+to)\s+[a-z]+|(?:has\s+|have\s+|had\s+|also\s+)?"
                           r"(?:[a-z]+(?:ed|s)|" + "|".join(sorted(IRREGULAR_PAST)) + r"))\b")
# what follows a person's name: ", 88,", ", a student,"
_PERSON_APPOSITIVE = re.compile(r",\s+(?:(?P<age>\d{1,3}),|an?\s+(?:[\w-]+\s+){0,2}?(?P<head>[a-z][\w-]*),)")
# a sentence about other people that "they" may mean: "The pilot's family denied it."
_PEOPLE_SUBJECT = re.compile(r"(?:^|[.!?]\s+)(?:The|Their|His|Her|Its)\s+(?:[\w'\u2019-]+\s+){0,3}?(?:family|families|"
                             r"relatives|parents|children|union|unions|lawyers|team|players|workers|residents|members|"
                             r"staff|colleagues|friends|neighbours|neighbors|supporters|critics|opponents)\b", re.M)
_MAKER_NOUNS = frozenset("maker developer supplier distributor publisher manufacturer producer".split())
_ONE_WORD_APPOSITIVE = re.compile(r",\s+(?P<name>[A-Z][\w&'\u2019-]+),")
# ", who chairs the Halloway Survivors Group,": a job told by its verb
_BODY_AFTER_WHO = r"(?:the\s+)?(?P<body>[A-Z][\w&'\u2019-]*(?:\s+(?:of|for|and|on|the|[A-Z][\w&'\u2019-]*))*)"
_WHO_HOLDS_ROLE = {"chairs": "chair", "heads": "head", "leads": "leader", "runs": "head", "directs": "director",
                   "founded": "founder", "co-founded": "co-founder", "manages": "manager", "coaches": "coach",
                   "edits": "editor"}
# "who chairs", "who now heads": the verb of a post someone holds (its role in _WHO_HOLDS_ROLE)
_WHO_HOLDS_VERB = (r"who\s+(?:now\s+|also\s+|currently\s+)?(?P<verb>"
                   + "|".join(sorted(_WHO_HOLDS_ROLE, key=len, reverse=True)) + ")")
_WHO_HOLDS = re.compile(_WHO_HOLDS_VERB + r"\s+(?:(?:the\s+)?(?P<lower>(?:[a-z][\w'\u2019-]*\s+){0,3}(?:[a-z][\w-]*)"
                        r"(?=\s*(?:,|$)))|(?:the\s+)?(?:(?:opposition|ruling|governing|local|national|regional|state|"
                        r"powerful|influential|new|small|[a-z]+-based)\s+)?" + _BODY_AFTER_WHO.replace("(?:the\\s+)?", "", 1) + ")")
_WHO_IS_ROLE_AT = re.compile(r"who\s+(?:is|was)\s+(?:now\s+|also\s+|currently\s+)?(?:the\s+|a\s+|an\s+)?"
                             r"(?P<role>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?)\s+(?:at|of|for|with)\s+" + _BODY_AFTER_WHO)
# roles that say what someone seeks or who they are to someone, not that they work for the body after "for/at"
_NOT_MEMBERS = frozenset("candidate nominee hopeful contender applicant father mother parent son daughter wife husband "
                         "pupil student".split())
_WHO_WORKS = re.compile(r"who\s+(?:now\s+|also\s+|still\s+)?(?:(?:works|worked|has\s+worked)\s+(?:for|at)|(?P<study>teaches|"
                        r"researches|lectures|studies)\b[^,;:]{0,60}?\s+at)\s+" + _BODY_AFTER_WHO)
# "who heads the campaign group Alden Wild", "who leads the research unit at the Halden Institute"
_WHO_HOLDS_NAMED_KIND = re.compile(
    _WHO_HOLDS_VERB + r"\s+(?:the\s+|a\s+|an\s+)?(?:(?!union\s|patients)[a-z][\w'\u2019-]*\s+){0,3}?(?P<kind>[a-z][\w-]*)\s+(?:(?:at|of)\s+(?:the\s+)?)?"
    r"(?P<body>[A-Z][\w&'\u2019-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w&'\u2019-]*){0,4})")
# parts of a body someone heads: "the research unit at the National Housing Observatory"
_BODY_UNITS = frozenset("unit team department division desk programme program office lab laboratory centre center "
                        "branch wing".split())
# "the network operator Northline Energy", "the Danish shipping company Halvard Line": what it is, then its name
_KIND_THEN_NAME = re.compile(r"(?:[Tt]he|[Aa]n?)\s+(?P<what>(?:(?!(?:for|of|at|with|from|by|in|on|to)\s)[A-Za-z][\w-]*\s+){0,3}?)"
                             r"(?P<kind>[a-z][a-z-]*)\s+"
                             r"(?P<name>[A-Z][\w&'\u2019.-]*(?:\s+[A-Z][\w&'\u2019.-]*){0,4})")
_CENTRAL_BANK = re.compile(r"\b(?:Central|Reserve|National|People['\u2019]s|Federal)\s+Bank\b|\bFederal\s+Reserve\b")
_CLUB_NAME = re.compile(r"(?<![\w'\u2019])(?P<name>(?:[A-Z][\w'\u2019-]+\s+){1,3}(?:FC|AFC|United|Rovers|Rangers|City|Town|"
                        r"Athletic|Wanderers|Albion|Celtic|Hotspur|Villa|Thistle|Argyle|Orient|Club))\b(?!\s+[A-Z])")
_ANOTHER_CLUB = re.compile(r"\b[a-z]*club\b|\b[a-z]+\s+club\b")  # "the golf club", "a nightclub" (written in lower case)
_FANS_AFTER_NAME = re.compile(r"\s+(?:fans|supporters|ground|stadium|shirt)\b")
_FORMER_CLUB_BEFORE = re.compile(r"\b(?:from|against|over|versus|vs\.?|beat|beating|joined|left|leaving|former)\s+$")
_ONLY_BY_ROLE = frozenset("taoiseach tánaiste tanaiste vice-chancellor vice-president co-founder editor-in-chief "
                          "harbourmaster harbormaster chief-executive vice-chair co-chair".split())
_A_GROUP = re.compile(r"\b(?:group|groups|campaigners|protesters|protestors|residents|activists|fishermen|workers|"
                     r"shareholders|villagers|families|members)\b")  # people "the group" may mean
_CUE_OPENS_SEGMENT = re.compile(r"(?:according\s+to|said|says|told|reported|wrote|added|warned)\s")
_COMPANY_MARKERS = frozenset(
    "holdings foods energy motors airlines airways group bank technologies systems pharmaceuticals industries "
    "ventures capital partners brands labs petroleum steel mining textiles shipping logistics insurance "
    "securities inc ltd plc corp co company corporation therapeutics biosciences biotech pharma software robotics "
    "semiconductors diagnostics solutions resources communications networks electric chemicals savings "
    "electronics instruments equities aerospace air line lines media water".split())
# the nouns a place is named after: "the port city of Puerto Lindo", "a nurse from the city of Carrow"
_PLACE_NOUNS = (r"(?:city|town|village|port|province|state|region|district|county|island|capital|municipality|suburb|"
                r"borough|hamlet|prefecture|oblast|department)")
_FROM_A_PLACE_OF = re.compile(r"\s+(?:from|in)\s+(?:the\s+)?(?:[a-z]+\s+)?" + _PLACE_NOUNS + r"\s+of\s+[A-Z][\w'\u2019 -]*$")
_LEADING_CONJUNCTION = re.compile(r"^(?:But|And|Yet|So|Meanwhile|However|Still),?\s+")
_LEADING_DET = re.compile(r"^(?:(?:and|but)\s+)?(?:the|a|an|his|her|their|its)\s+", re.IGNORECASE)
_CLAUSE_WORDS = frozenset("he she they we i his her their our my for to with from was were is are had has".split())
# "the head of highways", "Its head of research and policy": who runs a field, named in lower case
_HEAD_OF_FIELD = re.compile(r"(?:(?:[Tt]he|[Ii]ts|[Tt]heir)\s+)?(?:head|chief)\s+of\s+[a-z][\w-]*(?:\s+(?:and\s+)?[a-z][\w-]*)?")
_HEAD_OF_BODY = re.compile(r"(?:[Tt]he\s+)?(?:[a-z][\w-]*\s+)?(?P<head>[a-z]+)\s+of\s+[A-Z]")
# last words of a district's name ("Hollin Park", "Kings Heath"), unless a known first name opens it ("Linda Park")
_PLACE_ENDS = frozenset("Park Heath Green Vale Common Gardens Estate Fields Wood Cross Bridge Village Heights Falls Springs "
                         "Beach Creek Harbor Harbour Valley Ridge Bay Hills".split())
_NAME_OF_STATE = re.compile(r"(?P<name>(?:[\w.'\u2019-]+\s+){0,3}[A-Z][\w'\u2019-]+\s+[A-Z][\w'\u2019-]+)\s+of\s+[A-Z][\w.'\u2019-]*"
                            r"(?:\s+[A-Z][\w.'\u2019-]*)?\s+(?:state|province|county|district)")
_GENERIC_ONE = re.compile(r"(?:[Aa]nother|[Aa]n?|[Oo]ne)\s+(?:(?!of\s)[a-z-]+\s+){0,3}[a-z-]+")
_AGED_NAME = re.compile(r",\s+(?:an?\s+|the\s+)?(?:\d{1,3}-year-old\s+)?(?P<name>[A-Z][\w'\u2019-]+"
                        r"(?:\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?[A-Z][\w'\u2019-]+){1,5})"
                        r"\s*(?:,|$)")  # "A conservative evangelical group, the Fellowship of the Narrow Gate, said"
# "Asked by (prosecutor) Helena Vance whether ...": the name of the one asking, right before
_ASKED_BY = re.compile(r"\b[Aa]sked\s+by\s+(?:[\w.\u2019-]+\s+){0,4}$")
_IN_RELATIVE = re.compile(r",\s+(?:who|whose)\s+[^,.;:!?\n\"\u201c\u201d]*$")
_BYLINE_REST = re.compile(r"[ \t]*(?:$|\n|,|\band\b|\bin\b|[|\u2014\u2013-])")  # not "By Ann Cole's own account"
# organisation words that are only part of a body's name before "and": "the Securities and Exchange Commission"
_FIELDS_OF_A_BODY = frozenset("Securities Markets Investments Communications Industries Services Energy Health "
                              "Trade Commerce Science Technology".split())
# a piece a paper or a broadcaster ran: "a report in the Western Courier", "an interview with Radio Kestria"
_PIECE_IN_OUTLET = re.compile(r"(?:[Aa]n?|[Tt]he|[Aa]nother)\s+(?:[\w-]+\s+)?(?:report|story|article|interview|editorial|"
                              r"investigation|broadcast|column|op-ed|piece)\s+(?:in|by|from|on|with)\s+"
                              r"(?P<outlet>(?:the\s+)?[A-Z][\w&'\u2019.-]*(?:\s+[A-Z][\w&'\u2019.-]*){0,4})")
_ORG_AND_BEFORE = re.compile(r"\b[Tt]he\s+(?P<first>[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)?)\s+and\s+$")  # "Nurses and"
_BYLINE_ROLE_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:By|BY)[ \t]+[^\n,]{3,40},[ \t]*$")  # the writer's desk
_BYLINE_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:By|BY)[ \t]+$")
_PLURAL_MEMBERS = frozenset("MPs MEPs MSPs TDs MLAs MPPs".split())
_STREET_ENDS = frozenset("Street Road Avenue Lane Drive Close Way Crescent Terrace Square Boulevard".split())
# "a farmer from Cedar Rapids", "a fishmonger in Porto Alto"; not "an email from"
_FROM_PLACE_BEFORE = re.compile(r"\b(?P<a>(?:a|an)\s+)?([a-z]+)\s+(?:from|near|(?P<in>in))\s+$")
# "the port city of Puerto Lindo", "the province of Costa Alta": a place's name follows
_PLACE_NOUN_OF_BEFORE = re.compile(r"\b" + _PLACE_NOUNS + r"\s+of\s+$")
_SPOKE_ANONYMOUSLY = re.compile(r"anonymity|anonymously|not\s+to\s+be\s+(?:named|identified)|not\s+authori[sz]ed\s+to")
_GENERIC_ANONYMOUS = frozenset("person source individual official".split())  # "the person said"
# "Former Gov. Jim Hale", "Lt. Gov. Ray Burns": a title that is not the office "the governor" means now
_NOT_THE_OFFICE = re.compile(r"\b(?:[Ff]ormer|[Ee]x-|[Ll]t\.|[Ll]ieutenant|[Dd]eputy|[Vv]ice|[Aa]cting|[Ii]nterim|[Ss]hadow)")
_POSITION = itemgetter(0)
_start = methodcaller("start")  # a match's start, to merge the matches of two patterns in text order
_MEMBERS_FOR_A_SEAT = frozenset("member mp msp mla mep td councillor councilor representative congressman "
                                "congresswoman assemblyman assemblywoman senator".split())
_COUNCIL_TITLES = frozenset("cllr councillor councilor alderman alderwoman".split())
# "Finance portfolio holder [Cllr ...]": capitalised words, then lower-case ones ending in a job
_JOB_BEFORE_TITLE = re.compile(r"(?<![\w'\u2019-])((?:[A-Z][\w'\u2019-]*\s+){0,2}(?:[a-z][\w-]*\s+){0,2}(?P<head>[a-z][\w-]*))\s+$")
_HONORIFIC_TITLES = frozenset("prince princess sheikh sheikha sir dame lord lady emir sultan".split())
_TITLE_ABBREV_BEFORE = re.compile(r"(?<![\w.])((?:Gov|Sen|Rep|Gen|Adm|Lt|Col|Capt|Sgt|Supt|Det|Cllr|Prof|Amb)\.)\s$")
_HOME_TOWN_NOUNS = frozenset("resident residents native natives man woman couple family student retiree mother "
                             "father grandmother grandfather voter voters fan fans".split())
_INTERVIEW_WITH_BEFORE = re.compile(r"\b(?:interview|interviews|conversation|podcast|appearance)\s+(?:with|on)\s+"
                                    r"(?:the\s+)?(?:[a-z]+\s+)?$")
_TOWN_ENDS = frozenset("City Town Station Place Stretton Village County Borough Township".split())  # "of Union City"
_PAIR = re.compile(r"(?P<a>(?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w'\u2019-]+)\s+and\s+"
                   r"(?P<b>(?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w'\u2019-]+)")
# a verb right before a name makes the name its object, nobody a description can point back at
_OBJECT_VERB_BEFORE = re.compile(r"\b(?:reached|rescued|found|met|visited|interviewed|arrested|charged|sentenced|"
                                 r"named|appointed|hired|fired|replaced|defeated|beat|thanked|praised|criticised|"
                                 r"criticized|attacked|accused|sued|killed|injured|treated|helped|saw|called|joined|"
                                 r"followed|succeeded|endorsed|backed|nominated|elected|chose|picked|signed|drafted|"
                                 r"traded|released|freed|honoured|honored|buried|mourned|remembered)\s+"
                                 r"(?:[A-Z][\w.'\u2019-]*\s+){0,2}$")  # the surname of "reached Lorraine Batiste" too
_NICKNAMED = re.compile(  # after a non-word character: finditer_where
    r"([A-Z][a-z]+)\s+[\"\u201c\u2018']([A-Z][\w.'-]{1,15})[\"\u201d\u2019']\s+([A-Z][\w'\u2019-]+)")
# "Luka, 24, disagreed" at a sentence's start (found by finditer_where); "5-year-old Leilani pointed"
_ONE_NAME_AGED = re.compile(r"(?:(?:His|Her|Their|My|Our)\s+(?:[a-z]+\s+)?(?:friend|classmate|brother|sister|son|"
                            r"daughter|cousin|neighbour|neighbor|partner|colleague|teammate|wife|husband|girlfriend|"
                            r"boyfriend|mother|father|grandson|granddaughter)\s+)?"
                            r"([A-Z][a-z]{2,}),\s+\d{1,2},\s+[a-z]")  # "Luka, 24, disagreed"; "His friend Tom, 17, was"
_ONE_NAME_ROLE = re.compile(r"([A-Z][a-z]{2,}),\s+(?P<appos>(?:the|a|an)\s+(?:[a-z-]+\s+){0,3}([a-z]+)),\s+[a-z]")
_YEAR_OLD_NAME = re.compile(r"\b(?:\d{1,2}|[A-Za-z]+)-year-old\s+([A-Z][a-z]{2,})(?=\s+[a-z])")
_COUNTED_OPENERS = frozenset("one two three four five several some many a an another".split())
_NAME_THEN_ACRONYM = re.compile(r"(?P<name>[A-Z][\w&.'\u2019-]*(?:\s+(?:(?:of|for|and|the|&|on)\s+)*[A-Z][\w&.'\u2019-]*)+)"
                                r"\s+\((?P<acr>[A-Z][A-Z&.]{1,9})\)")
_COMMA_OF_BEFORE = re.compile(r",\s+of\s+(?:[^,.;:\n]{1,30}\s(?:" + "|".join(sorted(_STREET_ENDS)) + r"),"
                              r"\s+)?$")  # ", of Hollin Park", ", of Brindle Street, "
# "in Marlow Falls", "in Fenwick and Hollin Park": a preposition of place before the name ("Minseo Park" is a person)
_PLACE_PREPOSITION_BEFORE = re.compile(r"\b(?:in|at|near|from|to|of|outside|around|across|into|through)\s+"
                                       r"(?:the\s+)?(?:[A-Z][\w'\u2019-]*\s+(?:and|or)\s+)?$")
# where someone lives, sits for or speaks: "who lives in Drury Flats", "who represents Greyhaven South",
# "speaking at City Hall" (a place, for a name whose first word is no first name)
_LOCATIVE_VERB_BEFORE = re.compile(
    r"\b(?:(?:lives|lived|living|based|born|raised|grew\s+up|moved|stationed|headquartered)(?:\s+(?:alone|now|still|\w+ly))?\s+(?:in|at|to)"
    r"|(?:works|worked|working|teaches|taught|farms|farmed)\s+in"
    r"|(?:speaking|spoke|addressing)\s+(?:at|in))\s+(?:the\s+)?$")
_REPRESENTS_BEFORE = re.compile(r"\b(?:represents|represented|representing)\s+$")  # a seat: "Greyhaven South"
_SEAT_ENDS = frozenset("North South East West Central".split()) | _PLACE_ENDS | _TOWN_ENDS
_FIRST_NAME_BEFORE = re.compile(r"\b([A-Z][a-z]+) $")
_ROLE_NOUNS = (SPEAKER_NOUNS | frozenset(
    """
    minister president senator secretary chancellor premier governor mayor ambassador envoy
    negotiator spokesman spokeswoman spokesperson chief director chairman chairwoman chair head
    leader economist analyst professor lawyer attorney adviser advisor aide commissioner
    representative congressman congresswoman lawmaker candidate nominee founder executive ceo
    official officer general judge justice king queen prime deputy colonel captain lieutenant sergeant
    commander admiral coach inspector detective superintendent councillor councilor sheriff bishop
    pontiff pope cardinal archbishop principal headteacher mp mep msp mla mpp td
    coroner barrister solicitor prosecutor pathologist investigator constable magistrate treasurer comptroller
    auditor dean provost rector ombudsman registrar taoiseach tánaiste tanaiste vice-chancellor vice-president
    co-founder editor-in-chief harbourmaster harbormaster chief-executive vice-chair co-chair
    """.split()
)) - {"family", "families"}  # a family is no one's role: "Scott's family" is not "one of the family's attorneys"


_UNNAMED_ROLE_AT = re.compile(
    r"(?:(?:[Aa]n?|[Tt]he|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome)\s+)?(?P<role>[A-Za-z][a-z\-]+(?: [a-z][\w\-]*){0,3}?)\s+"
    r"(?:for|at|of|with|from)\s+(?:the\s+)?(?:(?:[a-z-]+\s+)?(?:" + "|".join(sorted(FIRM_KINDS)) + r")\s+)?"
    # ("a spokesman for logistics firm X": the firm named by its trade)
    r"(?P<org>[A-Z][\w&.'\u2019\- ]{1,60})"
)

def _names_a_body(name: str) -> bool:
    """An organisation's name, an acronym or an outlet ("Ministry of Defence", "ICE", "NBC"), not a
    place, a party adjective or a person ("Florida", "Democratic", "Clinton")."""
    name = strip_possessive(name)
    if is_place(name) or name.lower() in _ROLE_ACRONYMS:
        return False  # "A US official", "a TV presenter"
    return looks_like_org(name) or looks_like_outlet(name) or (
        len(name) >= 2 and name.replace(" ", "").isupper() and "." not in name)  # "ICE", "NY1"; not "U.S."


_HANDLE = re.compile(r"(?<![\w@.])@[A-Za-z0-9_]{2,30}\b(?!\.\w)")  # not an e-mail address
_PLACE_TAIL = re.compile(r"\s+(?:in|based\s+in)\s+(?:[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,2}|"
                         r"the\s+(?:[a-z-]+\s+){0,2}(?:suburbs?|outskirts|area|region|north|south|east|west|centre|"
                         r"center|city|town|county|countryside|capital))$")  # "in the northern suburbs"
# why a source is unnamed, not who they are: "[who asked not to be named because ...]", "[who spoke on ...]"
_WHO_CLAUSE = re.compile(r"\s+who\s+(?:asked|spoke|requested|declined|insisted|(?:was|were|is|are|did|does)\s+not)\b.*$")
_LAST_CONJUNCT = re.compile(r"\s+and\s+(?:an?|the)\s+")
_ROLE_AT_BEFORE = re.compile(r"\b(?P<role>[a-z]{3,})\s+(?:at|of|with)\s+(?:the\s+)?$")  # "economist at ", "director of the "
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|near|outside)\s+$")
# nouns any kind of body goes by: "the group" need not be a "... Group"
_ANY_BODY_NOUNS = frozenset("group company firm organisation organization body charity lender bank".split())
# words that say which of several of a role is meant: "the first officer" is not the chief operating officer
_RANK_WORDS = frozenset("first second third chief deputy vice assistant acting interim former senior junior "
                        "executive operating financial technology".split())
_BODY_SCOPES = frozenset("national federal state regional international european general".split())
_BODY_NOUN_ROLE = re.compile(r"(?P<adj>[a-z]+\s+)?(?P<noun>[a-z]+)['\u2019]s\s+(?P<role>[a-z][\w -]{2,60})")
_LOWER_BODY_SPOKESMAN = re.compile(r"(?:[Aa]n?|[Tt]he)\s+(?P<noun>police|ministry|council|company|army|club|union|"
                                   r"agency|hospital|university|airline|bank|court|commission)\s+"
                                   r"(?P<role>spokesman|spokeswoman|spokesperson)")
_SPEAKS_FOR_A_BODY = frozenset("spokesman spokeswoman spokesperson".split())
# "a spokesperson for the chain": the firm noun is checked against _FIRM_NOUNS
_SPOKESMAN_FOR_THE_FIRM = re.compile(
    r"(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?P<role>spokesman|spokeswoman|spokesperson)\s+(?:for|at|of|from)\s+the\s+"
    r"(?P<noun>[a-z]+)")
_ROLE_FOR_LOWER_BODY = re.compile(
    r"(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?P<role>spokesman|spokeswoman|spokesperson|official|officials)\s+(?:for|at|of|from)\s+"
    r"the\s+(?P<org>[a-z]+\s+(?:ministry|department|agency|office|commission|council|authority|regulator|company|"
    r"government|embassy|army|military|police|union|party|campaign))")
_UNNAMED_ORG_ROLE = re.compile(
    r"(?:[Aa]n?|[Tt]he|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome)\s+(?:(?P<adj>senior|junior|former|top)\s+)?"
    r"(?P<org>[A-Z][\w&'\u2019.-]*(?:\s+(?:of|for|and|&|on|the)?\s*[A-Z][\w&'\u2019.-]*)*)\s+"
    r"(?P<role>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})")


def _short_lines(text: str) -> Iterator[tuple[int, str]]:
    """(start, line) for each line of 10 to 160 characters: a headline is a short line of its own.
    (Splitting on newlines is several times faster than a multi-line pattern tried at every position.)"""
    pos = 0
    for line in text.split("\n"):
        if 10 <= len(line) <= 160:
            yield pos, line
        pos += len(line) + 1


def _title_case_spans(text: str) -> list[tuple[int, int]]:
    """Lines written in title case (headlines, sub-heads), where capitals do not mark names."""
    out = []
    for start, line in _short_lines(text):
        words = [w for w in line.split() if len(w) > 3 and w[0].isalpha()]
        if len(words) >= 3 and all(w.isupper() for w in words):
            out.append((start, start + len(line)))  # "IOWA POLLS NOT NECESSARILY WRONG"
        elif len(words) >= 5 and sum(w[0].isupper() for w in words) >= 0.85 * len(words) \
                and not line.rstrip().endswith(":") and not line.lstrip().startswith(("\u2014", "-", "\u2013")) \
                and "@" not in line:  # not a post's signature line
            out.append((start, start + len(line)))
    return out


# verbs that headlines capitalise between names; the names are found again in the body
_HEADLINE_VERBS = frozenset(
    "says said tells told warns slams blasts calls urges claims accuses admits denies vows insists defends "
    "attacks rips praises endorses thanks asks wants is was has will".split())


_NOT_ROLE_OPENERS = frozenset(
    "whose who which to this that these those it its however though although so there here if because for of from with "
    "by about into than like unlike under over after before since while during".split())
_ROLE_HEAD_WORDS = frozenset(
    "democrat republican independent libertarian conservative liberal progressive head chief member chair "
    "leader".split())
_AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "ers", "ors", "ists", "ians", "ants", "ents")
_CLAUSE_IN_ROLE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|does|did|said|says|"
    r"percent)\b|[?%!]|\b\w+ly\s+[a-z]+s\b")


def role_like(role: str) -> bool:
    """Can these words be a role ("chief economist at the Halden Institute")? Not a clause ("the
    nominee currently sits at 85 percent", "this reeks of fear") nor a phrase of place or purpose
    ("to the Oval Office", "of Springfield", "however")."""
    words = role.split()
    if words and words[0].lower() in ("its", "his", "her", "their", "our"):
        words = words[1:]  # "Its chief financial officer, Kang Soo-ah"
    if not words or words[0].lower() in _NOT_ROLE_OPENERS or words[-1].lower() in ("and", "or", "of", "the") \
            or words[0].lower().startswith(("who'", "who\u2019")):  # "who's thinking about running"
        return False
    if _CLAUSE_IN_ROLE.search(role):
        return False
    # some word names a position, a trade or a party: not "speech", "Obama"; or it ends in a relation ("the
    # victim's uncle")
    return any(is_role_word(w) or w.lower().strip(".,") in _ROLE_HEAD_WORDS
               or w.lower().strip(".,").endswith(_AGENT_ENDINGS) for w in words) \
        or words[-1].lower().strip(".,") in _PERSONAL_RELATIONS


def _is_word_char(ch: str) -> bool:
    """What ``re`` counts as ``\\w`` in a str pattern."""
    return ch.isalnum() or ch == "_"


def _whole_word_starts(text: str, word: str) -> Iterator[int]:
    """Where ``re.finditer(rf"\\b{re.escape(word)}\\b", text)`` matches, found with ``str.find``:
    a pattern per name missed re's cache every time (a compile costs more than the search)."""
    if not word:
        yield from (m.start() for m in re.finditer(r"\b\b", text))
        return
    n = len(word)
    first_w, last_w = _is_word_char(word[0]), _is_word_char(word[-1])
    pos = text.find(word)
    while pos >= 0:
        end = pos + n
        if (pos > 0 and _is_word_char(text[pos - 1])) != first_w \
                and (end < len(text) and _is_word_char(text[end])) != last_w:
            yield pos
            pos = text.find(word, end)
        else:
            pos = text.find(word, pos + 1)


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    return any(s <= pos < e for s, e in spans)



def _owner_of(toks: list[str], head: str) -> str | None:
    """Whose the ``head`` is in these lower-case words: "council" for "the council's solicitor" and
    for "the solicitor for the council"; None when they do not say."""
    for t in toks:
        if t.endswith(("'s", "\u2019s")) and t[:-2] != head:
            return t[:-2]
    if head in toks:
        k = toks.index(head) + 1
        if k < len(toks) and toks[k] in ("for", "of", "to"):
            k += 1 + (k + 1 < len(toks) and toks[k + 1] in ("the", "a", "an"))
            return toks[k] if k < len(toks) else None
    return None

class SpeakerResolver:
    """Resolves the speaker phrases of one article, in text order."""

    def __init__(self, text: str, quote_spans: list[tuple[int, int]]) -> None:
        self.text = text
        self.index = NameIndex()
        self._quote_starts = [s for s, _ in quote_spans]
        self._quote_spans = quote_spans
        self._mentions: list[tuple[int, Entity]] = []  # (position, entity), in text order
        self._reported: list[tuple[int, int]] = []  # what reported statements say, set by the pipeline
        self._reported_starts: list[int] = []
        self._first_turn: int | None = None  # where an interview's first "Q:"/"A:" turn stands
        self._interviewee_found: Entity | None | bool = False  # False: not worked out yet
        self._unnamed_at: list[int] = []  # where the unnamed speakers of descriptions stand, in order
        self._unnamed_ents: list[Entity] = []
        self._speaker_mentions: list[tuple[int, Entity]] = []
        self._unnamed: dict[str, Entity] = {}
        self._pairs: dict[str, Entity] = {}  # two people who speak together, by their joined names
        self._firms: set[str] = set()  # names the text shows to be firms (see _employers_are_bodies)
        self._body_words: dict[str, bool] = {}  # see _a_body_called
        self._firm_subjects: set[int] = set()  # where a firm opens a description of itself ("Lumenfold, a start-up")
        self._headlines = _title_case_spans(text)
        self._parties: dict[int, tuple[Entity, str]] = {}  # a party in brackets after a name, by entity
        for s, e, name, title in _with_couples(text, name_mentions(text)):
            if self._inside_quote(s):
                continue
            if title and title.split()[0].lower() in ("of", "for", "at", "to", "from", "with", "by"):
                title = None  # "of former president Jair Bolsonaro's Liberal Party": no title of the party's
            if name.count(" ") >= 2 and name.rsplit(" ", 1)[1] in POSTNOMINALS:
                name = name.rsplit(" ", 1)[0]  # "Marcus Pell KC": the person is Marcus Pell
                e = s + len(name)
            if self._headline_only(name, s):
                continue  # "Look At Hillary's Response To Learning 6 Soldiers Died": a headline's capitals
            if _BYLINE_BEFORE.search(text, max(0, s - 12), s) and _BYLINE_REST.match(text, e) \
                    or _BYLINE_ROLE_BEFORE.search(text, max(0, s - 60), s):
                continue  # "By Priya Raman[, Sports Correspondent]": the writer, no one the article quotes or describes
            if name.isupper() and " " in name and text[e:e + 3].lstrip()[:1] in ("\u2014", "\u2013", "-", ","):
                continue  # "QUESTIONABLE MEDICAL CLAIMS \u2014 ...", "BOCA RATON, Fla. \u2014": a run-in head, a dateline
            if _AND_AGREEMENT.match(text, e):
                continue  # "the Transatlantic Trade [and Investment Partnership]": half an agreement's name
            if " " not in name:
                # "Minister Han": a mention of someone named in full elsewhere, never a new person
                known = self.index.find(name)
                person_title = title and title.split()[-1].lower().rstrip(".") in PERSON_TITLES
                if known is None and person_title and not looks_like_org(name) and not self._inside_quote(s):
                    known = self.index.add(name, s, "person")  # known only as "Minister Han"
                    known.role = expand_title(title.split()) or None
                    known.gender = known.gender or _honorific_gender(title.split()[-1:])  # "Queen Isabeau"
                    known.aliases.add(norm_name(f"{title} {name}"))
                if known is not None:
                    self._mentions.append((s, known))
                continue
            kind = "outlet" if looks_like_outlet(name) else "organization" if looks_like_org(name) else "person"
            if kind == "organization" and not title and name.rsplit(None, 1)[-1].lower() in ORG_WORDS \
                    and (pre := _ORG_AND_BEFORE.search(text, max(0, s - 40), s)) is not None \
                    and not is_place(pre.group("first")) and (pre.group("first").split()[-1].lower() not in ORG_WORDS or pre.group("first") in _FIELDS_OF_A_BODY) \
                    and name.rsplit(None, 1)[-1] != "Party":  # not "the Greens and Labour Party"
                s, name = pre.start("first"), text[pre.start("first"):e]  # "the Nurses and Midwives Federation"
            if kind != "outlet" and not title and _kind_word_first(name.split()):
                s, name = s + len(name.split(None, 1)[0]) + 1, name.split(None, 1)[1]  # "Developer Larchmont Homes"
                kind = "organization"  # "Carmaker Veltro": a firm by what it is
            if kind == "organization" and " of " not in name and " for " not in name \
                    and text.startswith((" of ", " for "), e) and (of_end := _of_rest_end(text, e)) is not None:
                e = of_end
                name = text[s:e]  # "The National Farmers' Union of Kellerton": one body, "of" and all
            if kind == "person" and not title and gender_of_first_name(name.split()[0]) is None and (
                    _COMMA_OF_BEFORE.search(text, max(0, s - 50), s) or name.rsplit(" ", 1)[-1] in _PLACE_ENDS
                    and _PLACE_PREPOSITION_BEFORE.search(text, max(0, s - 40), s)
                    or _PLACE_NOUN_OF_BEFORE.search(text, max(0, s - 30), s)
                    or _LOCATIVE_VERB_BEFORE.search(text, max(0, s - 30), s) and text[e:e + 2] not in ("'s", "\u2019s")
                    and not name.endswith(("'s", "\u2019s"))
                    or _REPRESENTS_BEFORE.search(text, max(0, s - 20), s) and name.rsplit(" ", 1)[-1] in _SEAT_ENDS
                    or (home := _FROM_PLACE_BEFORE.search(text, max(0, s - 30), s)) is not None
                    and (is_role_word(home.group(2)) or home.group(2) in _HOME_TOWN_NOUNS
                         or home.group("in") and home.group("a"))):
                continue  # "Daniel Okafor, of Hollin Park, said", "a farmer from Cedar Rapids": a place
            if kind == "person" and not title and gender_of_first_name(name.split()[0]) is None \
                    and _INTERVIEW_WITH_BEFORE.search(text, max(0, s - 40), s):
                kind = "outlet"  # "In an interview with Le Monde, she said": a paper, not someone "she" can be
            if kind != "outlet" and not title and _OUTLET_KIND_BEFORE.search(text, max(0, s - 30), s):
                kind = "outlet"  # "the state news agency VTA", "state broadcaster ONT"
            if kind != "person" and title and title.split()[-1].lower().rstrip(".") in PERSON_TITLES:
                kind = "person"  # "Cllr Rory Church", "Senator Ann Court": a person's title before the name
            if kind == "organization" and name.rsplit(None, 1)[-1].lower() in FIRM_ENDS and (
                    title or (ap := _PERSON_APPOSITIVE.match(text, e)) is not None and (
                        ap.group("age") or is_role_word(ap.group("head")) and ap.group("head") not in _COMPANY_NOUNS)):
                kind = "person"  # "Dame Judi Care", "Clare Media, a student,": a person whose surname ends like a firm
            if kind == "person" and not title and _THE_BEFORE.search(text[max(0, s - 5):s]):
                kind = "organization"  # "the Evening Clarion": people do not take "the"
            if kind == "person" and not title and gender_of_first_name(name.split()[0]) is None \
                    and _ITS_BUSINESS_AFTER.match(text, e):
                kind = "organization"  # "Tarrant Coachworks will close its bus factory": a firm's plant
                self._firms.add(norm_name(name))
            if kind != "outlet" and not title and gender_of_first_name(name.split()[0]) is None \
                    and _OUTLET_KIND_BEFORE.search(text, max(0, s - 25), s):
                kind = "outlet"  # "Industry newsletter Chip Watch reported ...": what it is, before its name
            if kind == "person" and not title and (at := _ROLE_AT_BEFORE.search(text, max(0, s - 40), s)) is not None \
                    and is_role_word(at.group("role")) and gender_of_first_name(name.split()[0]) is None \
                    and self.index.find(name) is None:
                kind = "organization"  # "chief economist at Banco Alvorada": where someone works, not who
            before = _role_comma_before(text, s) if text[max(0, s - 2):s] == ", " else None
            other_role = title or (before.group("role") if before else None)  # "the first lady, Michelle Obama"
            ent = self.index.add(name, s, kind, other_role=other_role or None)
            if title and kind == "person" and ent.gender is None:
                ent.gender = _honorific_gender(title.split()[-1:])  # "Queen Isabeau" is no "he"
            if kind == "person" and (title or (abbrev := _TITLE_ABBREV_BEFORE.search(text, max(0, s - 8), s))) \
                    and not _NOT_THE_OFFICE.search(text, max(0, s - 24 - len(title or "")), s) \
                    and (expanded := expand_title((title or abbrev.group(1)).split()).strip(" ,;:")):
                ent.titles.append(expanded)  # "Gov. Teresa Calder, the Democratic nominee": still "the governor"
            if kind == "person" and ent.role is None and (counsel := _COUNSEL_BEFORE.search(text, max(0, s - 16), s)):
                ent.role = "prosecutor" if counsel.group(1) == "Prosecuting" else "defence counsel"  # "Defending, X said"
            owner_word = title.split()[0] if title else ""
            if owner_word in ("Its", "Their", "its", "their") and len(title.split()) > 1 and kind == "person":
                # "Its leader Sushila Jatav": the leader of the body the sentence before was about (its subject)
                title = title.split(maxsplit=1)[1]
                if owner_word.lower() == "its" and ent.organization is None \
                        and (subject := self._subject_body_before(s)) is not None:
                    ent.organization = subject.name
            if title and ent.role is None and kind == "person" and text.startswith(title, s - len(title) - 1) \
                    and (body_of := _BODY_OF_BEFORE.search(text, max(0, s - len(title) - 61), s - len(title) - 1)) \
                    and body_of.group("head").lower() in ORG_WORDS:
                words = title.split()
                k = next((i for i, w in enumerate(words) if is_role_word(w)), len(words))
                if 0 < k < len(words):  # "Bank of England Governor Andrew Bailey": the bank's governor
                    ent.organization = ent.organization or f"{body_of.group('body')} {' '.join(words[:k])}"
                    title = " ".join(words[k:])
            if title and ent.role is None and kind == "person":
                org_words, role_words = self._org_in_front(title.split())
                while len(role_words) > 1 and role_words[-1].lower().rstrip(".") in _HONORIFIC_TITLES and any(
                        w.lower().rstrip(".") in TITLE_WORDS and w.lower().rstrip(".") not in _HONORIFIC_TITLES
                        for w in role_words[:-1]):
                    role_words = role_words[:-1]  # "Energy Minister Prince Faisal": the minister; the prince is rank
                ent.role = expand_title(role_words).strip(" ,;:") or None
                if org_words and ent.organization is None:
                    ent.organization = " ".join(org_words)  # "Millbrook Police Department spokeswoman Carla Ruiz"
                elif not org_words and len(role_words) > 1 and role_words[0][:1].isupper() \
                        and not is_role_word(role_words[0]) \
                        and (whole := self._body_seen_before(role_words[0].lower(), s)) is not None \
                        and len(whole.tokens) > 1 and whole.tokens[-1] == role_words[0] and ent.organization is None:
                    ent.organization = whole.name  # "The Lisbeth Film Festival ... Festival director X": its director
                    ent.role = expand_title(role_words[1:]).strip(" ,;:") or ent.role
                # a capitalised title ("Trade Minister") is firm; "union boss" gives way to an appositive, and so
                # does a rank ("Sheikh Hamad, the emirate's oil minister")
                ent.role_weak = not any(w[:1].isupper() and w.lower().rstrip(".") in TITLE_WORDS
                                        and w.lower().rstrip(".") not in _HONORIFIC_TITLES for w in role_words)
            if title and kind == "person" and all(w.lower().rstrip(".") in _COUNCIL_TITLES for w in title.split()) \
                    and text.startswith(title, s - len(title) - 1):
                self._role_before_council_title(ent, s - len(title) - 1)  # "Council leader Cllr Margaret Osei"
            self._role_before(ent, s)
            self._appositive_after(ent, e)
            self._role_from_previous_sentence(ent, s)
            self._note_gender(ent, s)
            self._mentions.append((s, ent))
        if " of " in text or " for " in text:
            self._bodies_of_one_word(text)
        self._headline_people()
        self._firms_described(text)
        self._employers_are_bodies()
        if " (" in text:
            self._acronyms(text)
        for m in finditer_where(_NICKNAMED, text, after_non_word):
            # 'Jimmy "Boo" Landry': the name without the nickname in quotation marks
            if gender_of_first_name(m.group(1)) is not None or self.index.find(m.group(1)) is None:
                ent = self.index.add(f"{m.group(1)} {m.group(3)}", m.start(1), "person")
                ent.aliases.add(norm_name(m.group(2)))
                self._mentions.append((m.start(3), ent))
        aged = finditer_where(_ONE_NAME_AGED, text, at_line_or_sentence_start)
        for m in heapq.merge(aged, _YEAR_OLD_NAME.finditer(text) if "-year-old" in text else (), key=_start):
            # "Luka, 24, disagreed": someone who gives a first name only, known by it and an age
            word = m.group(1)
            if self.index.find(word) is None and not is_place(word) and word.lower() not in NOT_NAMES \
                    and not is_role_word(word) and not self._inside_quote(m.start(1)):
                at = m.start(1)
                self._mentions.append((at, self.index.add(word, at, "person")))
        for m in finditer_where(_ONE_NAME_ROLE, text, at_line_or_sentence_start) if ", the " in text else ():
            # "Smith, the new chief secretary, will serve": someone known by one name, described by a role
            word = m.group(1)
            if self.index.find(word) is None and not is_place(word) and word.lower() not in NOT_NAMES \
                    and not is_role_word(word) and is_role_word(m.group(3)) and not self._inside_quote(m.start(1)) \
                    and gender_of_first_name(word) is None and not looks_like_org(word):
                ent = self.index.add(word, m.start(1), "person")
                self._apply_appositive(ent, m.span("appos"))
                self._mentions.append((m.start(1), ent))
        # "Sandy Hook" where the article names "Sandy Hook Elementary School": a place's short form,
        # not a person (two words or more must follow: "Muhammad Ali Center" is named after a person)
        org_names = [e.name + " " for e in self.index.entities
                     if e.kind != "person" and e.name.rsplit(" ", 1)[-1].lower() in _PLACE_INSTITUTIONS]
        if org_names:
            for ent in self.index.entities:
                if ent.kind == "person" and any(o.startswith(ent.name + " ") and o.count(" ") - ent.name.count(" ") >= 3
                                                for o in org_names):  # not "Muhammad Ali Center"
                    ent.kind = "organization"
        # later surname mentions ("Lunde was heading home. ... he said"): candidates for pronouns
        surnames: dict[str, Entity] = {}
        for ent in self.index.entities:
            if ent.kind == "person" and len(ent.tokens) > 1:
                surnames.setdefault(ent.surname, ent)
        if surnames:
            taken = {m[0] for m in self._mentions}
            for pos, name in self._occurrences(surnames):
                ent = surnames[name]
                end = pos + len(name)
                if pos not in taken and not self._inside_quote(pos):
                    self._mentions.append((pos, ent))
                if text[end:end + 1] in (",", " ") and not (
                        (first := _FIRST_NAME_BEFORE.search(text, max(0, pos - 30), pos)) is not None
                        and not is_role_word(first.group(1)) and first.group(1).lower() not in ent.name.lower().split()):
                    # but "Tom Abernathy, the harbormaster": someone else of the name, not Ruth Abernathy
                    self._appositive_after(ent, end)  # "Gundersen, 58, the fiery leader of ..."
        self._first_name_mentions(surnames)
        for ent, party in self._parties.values():
            ent.organization = ent.organization or party  # "Sen. Dana Feld (D-Calif.)": a Democrat
        if " is the " in text or " was the " in text or " is a " in text or " was a " in text:
            self._copular_roles()
        if "@" in text:
            for m in _HANDLE.finditer(text):
                # "a post from user @katie_routes ... she wrote": the handle is who posted; not a signature's
                # "(@handle)", which names the person before it
                if text[max(0, m.start() - 2):m.start()].strip() != "(" and not self._inside_quote(m.start()):
                    self._mentions.append((m.start(), self._handle_owner(m.group(), m.start())))
        self._mentions.sort(key=lambda x: x[0])
        self._positions = [m[0] for m in self._mentions]
        for ent in self.index.entities:
            if ent.kind == "person" and ent.gender is None and len(ent.tokens) > 1:
                ent.gender = gender_of_first_name(ent.tokens[0])  # "Donald Trump": he, whatever "her" follows
        self._genders_from_pronouns()

    # -- helpers ---------------------------------------------------------

    def _copular_roles(self) -> None:
        """"Ashdown, 54, is the shadow chancellor for the Reform Alliance": a role said of a person named
        with no role."""
        for m in finditer_where(_COPULAR_ROLE, self.text, at_line_or_sentence_start):
            ent = self.index.find(m.group("name"))
            role = m.group("role")
            if ent is None or ent.kind != "person" or (ent.role and not ent.role_weak) \
                    or not is_role_word(role.split()[-1]) or not role_like(role):
                continue
            ent.role, ent.role_weak = role, False
            if m.group("org") and ent.organization is None and not is_place(m.group("org")):
                ent.organization = m.group("org")

    def _first_name_mentions(self, surnames: dict[str, Entity]) -> None:
        """Later first-name mentions ("Sofia Herrera, 9, ... Sofia, for her part, ... she said"), as
        features call children and neighbours: candidates for pronouns, when one person has the name."""
        firsts: dict[str, Entity] = {}
        shared: set[str] = set()
        for ent in self.index.entities:
            if ent.kind == "person" and len(ent.tokens) > 1 and gender_of_first_name(ent.tokens[0]) is not None \
                    and not is_place(ent.tokens[0]) and ent.tokens[0].lower() not in NOT_NAMES | _PLACE_FIRST_NAMES \
                    and firsts.setdefault(ent.tokens[0], ent) is not ent:
                shared.add(ent.tokens[0])
        for name in shared | set(surnames):
            firsts.pop(name, None)
        if not firsts:
            return
        taken = {m[0] for m in self._mentions}
        text = self.text
        for pos, name in self._occurrences(firsts):
            end = pos + len(name)
            if pos not in taken and not _CAPITAL_NEXT.match(text, end) and _FIRST_NAME_USE.match(text, end) \
                    and not self._inside_quote(pos):
                self._mentions.append((pos, firsts[name]))

    def _occurrences(self, names: dict[str, Entity]) -> list[tuple[int, str]]:
        """Whole-word occurrences of ``names`` in the text. A few names: ``str.find`` each (fast in
        C); many (a very long text): one pass over capitalised words, so the cost stays linear."""
        text = self.text
        if len(names) <= 40:
            out = []
            for name in names:
                pos = text.find(name)
                while pos >= 0:
                    end = pos + len(name)
                    if (pos == 0 or not _WORDISH(text[pos - 1])) and (end == len(text) or not _WORDISH(text[end])):
                        out.append((pos, name))
                    pos = text.find(name, end)
            return out
        return [(m.start(), m.group()) for m in _CAP_WORD.finditer(text) if m.group() in names]

    def _genders_from_pronouns(self) -> None:
        """"Elin Markvard called the talks ... She ..." : the first gendered pronoun after a person's
        mention, before anyone else is named, votes for that person's gender."""
        text = self.text
        pronouns = []
        for m in _GENDERED.finditer(text):  # whole words he, his, ..., she, her, ... only
            pos = m.start()
            if not self._inside_quote(pos):
                pronouns.append((pos, "f" if m.group().lower() in _FEMALE else "m", m.group().lower() == "him"))
        if not pronouns:
            return
        starts = [p for p, _, _ in pronouns]
        votes: dict[int, list[str]] = {}
        for k, (pos, ent) in enumerate(self._mentions):
            if ent.kind != "person":
                continue
            nxt = self._mentions[k + 1][0] if k + 1 < len(self._mentions) else len(self.text)
            i = bisect.bisect_right(starts, pos)
            if i < len(pronouns) and pronouns[i][2] and _VERB_BETWEEN.fullmatch(
                    text, text.find(" ", pos, pronouns[i][0]) if " " in text[pos:pronouns[i][0]] else pos,
                    pronouns[i][0]):
                i += 1  # "Anna Berg scolded him": the object of her own verb is someone else
            if i < len(pronouns) and pronouns[i][0] < nxt and pronouns[i][0] - pos < 300:
                votes.setdefault(id(ent), []).append(pronouns[i][1])
        for ent in self.index.entities:
            v = votes.get(id(ent))
            if ent.gender is None and v:
                f, m = v.count("f"), v.count("m")
                if f != m:
                    ent.gender = "f" if f > m else "m"

    def _headline_people(self) -> None:
        """"Hillary Clinton Goes After Donald Trump As The New Mitt Romney": in a title-case headline
        the capitals run names together with verbs, so a name is taken only where a known first name
        opens it; the body often names that person by surname alone ("Clinton")."""
        for hs, he in self._headlines:
            for m in _HEADLINE_PERSON.finditer(self.text, hs, he):
                first, rest = m.group(1), m.group(2)
                if gender_of_first_name(first) is None or rest.lower() in NOT_NAMES \
                        or rest.lower() in _HEADLINE_VERBS or self._inside_quote(m.start()):
                    continue
                ent = self.index.add(f"{first} {rest}", m.start(), "person")
                if ent.kind == "person":
                    self._mentions.append((m.start(), ent))

    def _headline_only(self, name: str, pos: int) -> bool:
        """A capitalised phrase in a title-case line that the article's body never repeats."""
        heads = self._headlines
        if not heads or not _inside(heads, pos):
            return False
        if any(w.lower() in _HEADLINE_VERBS for w in name.split()[1:]):
            return True  # "Francois Hollande Says Donald Trump": a headline's verb between two names
        last = name.split()[-1]
        if len(last) < 3 or last.lower() in NOT_NAMES:
            last = name
        # the name, or its last word (a surname: "Coulter" for "Ann Coulter"), outside the headlines
        return not any(not _inside(heads, pos) for pos in _whole_word_starts(self.text, last))

    def _inside_quote(self, pos: int) -> bool:
        i = bisect.bisect_right(self._quote_starts, pos) - 1
        return i >= 0 and pos < self._quote_spans[i][1]

    def _note_gender(self, ent: Entity, pos: int) -> None:
        before = self.text[max(0, pos - 6):pos].lower()
        if "m" in before and _MRS_MS_BEFORE.search(before):
            ent.gender = "m" if _MR_BEFORE.search(before) else "f"

    def _add_mention(self, pos: int, ent: Entity, speaker: bool = True) -> None:
        i = bisect.bisect_right(self._positions, pos)
        self._mentions.insert(i, (pos, ent))
        self._positions.insert(i, pos)
        if speaker:
            bisect.insort(self._speaker_mentions, (pos, ent), key=_POSITION)

    # -- resolution ------------------------------------------------------

    def set_reported(self, spans: list[tuple[int, int]]) -> None:
        """The spans of reported statements ("Gingrich noted that [Obama and Biden survived it]") and of
        audiences ("told [Jake Tapper]"): a name inside one is spoken of or to, so "he said" after it
        goes first to the one who spoke."""
        self._reported = sorted(spans)
        self._reported_starts = [s for s, _ in self._reported]

    def _in_reported(self, mpos: int, pos: int, gender: str | None = None) -> bool:
        """Is the mention at ``mpos`` inside a reported statement that ends before ``pos``?"""
        k = bisect.bisect_right(self._reported_starts, mpos) - 1
        while k >= 0 and self._reported_starts[k] > mpos - 400:
            s, e = self._reported[k]
            if s <= mpos < e <= pos:
                # not when a sentence in between is about them: "Kirk said [Tom Hale had been charged].
                # He is due in court on Monday. '...,' he told reporters" is Hale speaking
                between = _PRONOUN_SENTENCE.search(self.text, e, pos)
                return between is None or gender is not None and (between.group(1) == "He") != (gender == "m")
            k -= 1
        return False

    def resolve(self, att: Attribution) -> Entity | None:
        ph = att.speaker
        if ph is None:
            return None
        appos = ph.appositive if ph.kind == "description" else None
        if ph.kind == "description" and appos is None and (one := _ONE_WORD_APPOSITIVE.match(self.text, ph.end)):
            appos = one.span("name")  # "The toy's maker, Brightbox, recalled ... and said"
        if appos is not None \
                and (named := _BODY_NAMED.fullmatch(self.text, *appos)) is not None \
                and (head := self.text[ph.start:ph.end].lower().split()[-1].strip("'\u2019")) in _BODY_HEADS | _COMPANY_NOUNS \
                and (looks_like_org(named.group("name")) or head in _MAKER_NOUNS and " " not in named.group("name")
                     and gender_of_first_name(named.group("name")) is None):
            # (a maker is a firm, even of one word: "The toy's maker, Brightbox, said")
            # "The farmers' union, the Ostravian Growers' Federation, said": the body by its name
            ent = self._resolve_phrase(Phrase(named.start("name"), named.end("name"), "name"), None)
            if ent is not None:
                _a_body_after_all(ent)  # described as a body: no person
                ent.aliases.add(norm_name(self.text[ph.start:ph.end]))
                self._add_mention(ph.start, ent)
                return ent
        if ph.kind == "description" and (piece := _PIECE_IN_OUTLET.fullmatch(self.text, ph.start, ph.end)) is not None \
                and looks_like_outlet(piece.group("outlet")):
            # "according to a report in the Western Courier": the paper that ran it
            ent = self._resolve_phrase(Phrase(piece.start("outlet"), piece.end("outlet"), "name"), None)
            if ent is not None and ent.kind == "outlet":
                self._add_mention(ph.start, ent)
                return ent
        if ph.kind == "description" and (kinded := _KIND_THEN_NAME.fullmatch(self.text, ph.start, ph.end)) is not None \
                and kinded.group("kind") in _BODY_KINDS \
                and not any(is_role_word(w) for w in kinded.group("what").split()):  # not "A spokesman for ..."
            # "according to the network operator Northline Energy": the firm, by what it is and its name
            ent = self._resolve_phrase(Phrase(kinded.start("name"), kinded.end("name"), "name"), None)
            if ent is not None:
                _a_body_after_all(ent)
                self._add_mention(ph.start, ent)
                return ent
        ent = self._resolve_phrase(ph, att)
        if ent is not None and ent.kind == "person" and ent.organization is None and ph.kind == "name" \
                and (owner := _OWNER_BEFORE_NAME.match(self.text, ph.start, ph.end)) is not None \
                and (any(w.lower() in ORG_WORDS for w in owner.group("o").split()) or owner.group("o") in _PARTY_NAMES) \
                and not is_place(owner.group("o")):
            ent.organization = re.sub(r"^The\s+", "", owner.group("o"))  # "Labour's Tom Reddaway said": his party
        if ent is not None and ent.kind == "person" and att.kind == "indirect" \
                and (_IT_ACTS.match(self.text, att.start) is not None and " its " in self.text[att.start:att.end]
                     or _IT_DOES_BUSINESS.match(self.text, att.start) is not None) \
                and self._speaking_body_like(ent, ph.start):
            ent.kind = "organization"  # "Ostra Line said on Tuesday it would divert": no person says "it"
            self._firms.add(norm_name(ent.name))
        if ent is not None and ent.kind == "person" and ent.organization is None and ent.role \
                and _BUSINESS_ROLE.search(ent.role) and (firm := self._subject_body_before(ent.first_seen)) is not None \
                and firm.kind == "organization" and _head_word(firm.name) not in _PUBLIC_BODY_ENDS \
                and (norm_name(firm.name) in self._firms or firm.tokens[-1].lower() in _COMPANY_MARKERS):
            ent.organization = firm.name  # "Skyward Orbital said ... Chief executive Danielle Reyes said": its chief
        if ent is not None and ent.kind == "person" and ent.organization is None and ent.role \
                and ent.role.lower().split()[-1] == "governor" and (bank := self._subject_body_before(ent.first_seen)) \
                and bank.kind == "organization" and (_CENTRAL_BANK.search(bank.name) or bank.name.startswith("Bank of ")):
            ent.organization = bank.name  # "The Central Bank of Nordavia held rates. Governor Lisbeth Aaberg said"
        if ent is not None:
            self._add_mention(ph.start, ent)
        return ent

    def unnamed(self, ph: Phrase) -> Entity:
        """A described speaker nobody names ("a Trade Ministry spokesman", "one insider").

        "the official" refers back to "a senior Duvanese official" introduced earlier.
        """
        words = " ".join(self.text[ph.start:ph.end].split())
        words = _WHO_CLAUSE.sub("", words)  # "An EU official [who asked not to be named because ...]"
        m = re.fullmatch(r"[Tt]he\s+(?:[\w-]+\s+){0,2}(\w+)", words)
        if m:
            head = m.group(1)
            offset = max(0, ph.start - 2000)
            back = self.text[offset:ph.start]
            found = _last_indefinite(back, head, lambda p: self._inside_quote(offset + p))
            if found and head.lower() in _BODY_HEADS and (
                    " of " in found or " the " in found.lower()
                    or _NOT_A_BODY_AFTER.match(back, back.rfind(found) + len(found)) is not None):
                found = None  # "the campaign" is not "a long campaign to convert voters", "a centerpiece of his campaign"
            if found:
                words = " ".join(found.split())
                longer = [e for e in self._unnamed.values() if e.first_seen < ph.start
                          and e.name.startswith(words + " ") and e.name[len(words) + 1:len(words) + 2].islower()
                          and offset + back.rfind(found) == e.first_seen]
                if longer:
                    return longer[0]  # "A senior official at the Department of Health said ... The official said"
            elif head.lower() in _GENERIC_ANONYMOUS and words.lower().split()[:-1] == ["the"] \
                    and (prior := self._latest_unnamed_person(ph.start)) is not None:
                return prior  # "One former executive, who spoke on condition of anonymity, said ... the person said"
        key = norm_name(words)
        body = self._body_spoken_for(words, ph.start)
        if body is not None:
            key = f"{key} ({body.name.lower()})"
        ent = self._unnamed.get(key)
        if ent is None:
            ent = Entity(name=words, kind="unnamed", first_seen=ph.start)
            if body is not None:
                ent.role, ent.organization = words.split()[-1].lower(), body.name
            ent.aliases.add(key)
            front = _UNNAMED_ORG_ROLE.fullmatch(words)
            org = _UNNAMED_ROLE_AT.fullmatch(words)
            if front and is_role_word(front.group("role").split()[-1]) and (
                    _names_a_body(front.group("org")) or front.group("role") in _SPEAKS_FOR_A_BODY
                    and not is_place(front.group("org"))):  # "A Pentagon spokeswoman", not "a Texas official"
                # "a Ministry of Defence spokesman": organisation, then the role in lower case
                role = front.group("role")
                ent.role = f"{front.group('adj')} {role}" if front.group("adj") else role
                ent.organization = strip_possessive(front.group("org"))
            elif (lower := _LOWER_BODY_SPOKESMAN.fullmatch(words)) is not None \
                    and (named := self._body_seen_before(lower.group("noun").lower(), ph.start)) is not None:
                ent.role, ent.organization = lower.group("role"), named.name  # "West Midshire Police ... A police
                # spokesman said": the police force named before
            elif (for_firm := _SPOKESMAN_FOR_THE_FIRM.fullmatch(words)) is not None and for_firm.group("noun") in _FIRM_NOUNS \
                    and (firm := self._latest_company(for_firm.group("noun"), ph.start)) is not None:
                # "Pennyco cut prices ... A spokesperson for the chain said": the firm named before
                ent.role, ent.organization = for_firm.group("role"), firm.name
            elif (low_org := _ROLE_FOR_LOWER_BODY.fullmatch(words)) is not None:
                # "a spokesperson for the finance ministry": the body in lower case
                ent.role, ent.organization = low_org.group("role"), low_org.group("org")
            elif org and org.group("org").rsplit(" ", 1)[-1] not in _STREET_ENDS:
                # "a spokesman for Apple"; not "Residents of Marlow Street"
                role = org.group("role")
                ent.role, ent.organization = role[:1].lower() + role[1:], org.group("org")
                if " " in org.group("org") and (known := self.index.find(org.group("org"))) is not None \
                        and known.kind == "person" and all(
                        w in known.tokens or w.lower() not in NOT_NAMES or is_role_word(w)
                        or w.lower().rstrip(".") in HONORIFICS for w in org.group("org").split()):  # (not "Our
                    # Principles PAC")
                    ent.organization = known.name  # "a spokesman for Mayor Thomas Brightwater": for Thomas Brightwater
            elif (its := _ITS_ROLE.fullmatch(words)) is not None and is_role_word(its.group("role").split()[-1]) \
                    and (body := self._body_opening(sentence_start_before(self.text, 0, ph.start))) is not None:
                ent.role, ent.organization = its.group("role"), body.name  # "Orvane Mining will close two pits,
                # its chief executive said": the chief executive of the body the sentence is about
            elif (owned := self._owned_by_body(words, ph.start)) is not None and owned[1] is not None:
                ent.role, ent.organization = owned  # "Streamwave said ... A spokesperson for the company told"
            self._unnamed[key] = ent
        return ent

    def _body_spoken_for(self, words: str, pos: int) -> Entity | None:
        """The organisation "a spokesperson" (no body named) speaks for: the one that spoke in the sentence
        before, in the same paragraph ("The Highways Directorate said ... A spokesperson said")."""
        if _BARE_SPOKESPERSON.fullmatch(words) is None:
            return None
        para = self.text.rfind("\n", 0, pos) + 1
        i = bisect.bisect_left(self._positions, pos) - 1
        while i >= 0 and self._mentions[i][0] >= max(para, pos - 400):
            mpos, ent = self._mentions[i]
            i -= 1
            if ent.kind == "person":
                return None  # someone named in between: his or her spokesperson, perhaps
            if ent.kind == "organization" and self._speaks_at(ent, mpos):
                return ent
        # "Harlow Motors recalled 3,000 cars. A spokesman said ...": the body the sentence before opened with, the
        # only one it names (not "The Football Association charged Millbrook United ... A spokesman said")
        opening = self._body_opening_sentence_before(pos)
        at = self.text.find(opening, max(0, pos - 400)) if opening is not None else -1
        if opening is not None and self.text.rfind("\n", 0, pos) < at \
                and not self._name_between(at + len(opening), sentence_start_before(self.text, 0, pos)):
            return self.index.find(opening)
        return None

    def _resolve_phrase(self, ph: Phrase, att: Attribution | None) -> Entity | None:
        words = self.text[ph.start:ph.end]
        if ph.kind in ("description", "name") and (jn := _JOB_OF_BODY_NAME.fullmatch(words)) is not None \
                and is_role_word(jn.group("role").split()[-1]) \
                and gender_of_first_name(jn.group("first")) is not None \
                and not any(is_role_word(w) for w in jn.group("org").split()):  # not "The spokesman for Prime Minister X"
            # "Chief executive of Penmart Helen Kavanagh said": the job, its body, then the name
            ent = self._resolve_phrase(Phrase(ph.start + jn.start("first"), ph.end, "name"), att)
            if ent is not None and ent.kind == "person" and ent.role is None:
                ent.role = jn.group("role")[:1].lower() + jn.group("role")[1:]  # "Chief executive": its sentence's capital
                ent.organization = ent.organization or (jn.group("org") if looks_like_org(jn.group("org"))
                                                        or " " not in jn.group("org") else None)
            return ent
        if ph.kind in ("description", "name") and (data := _DATA_FROM_BODY.fullmatch(words)) is not None \
                and (looks_like_org(data.group("name")) or looks_like_outlet(data.group("name"))
                     or _ORG_KIND_BEFORE.search(words) is not None
                     or " by " in words and " " in data.group("name")  # "by the Northern Property Index"
                     and gender_of_first_name(data.group("name").split()[0]) is None
                     and ((known := self.index.find(data.group("name"))) is None or known.kind != "person")) \
                and not is_place(data.group("name")) and " and " not in data.group("name"):
            # "data from the freight platform Cargolens", "figures from the Statistics Office published on
            # Thursday", "a tally by the Center for Maritime Transparency": the body whose numbers they are
            ent = self._resolve_phrase(Phrase(ph.start + data.start("name"), ph.start + data.end("name"), "name"), att)
            if ent is not None and ent.kind == "person" and looks_like_org(data.group("name")) \
                    and norm_name(ent.name) != norm_name(data.group("name")):
                # "a report from Bloomberg New Energy Finance": the body whole, not a person called Finance
                ent = self.index.find(data.group("name")) or self._body_named_as(data.group("name"), ph.start)
                _a_body_after_all(ent)
            if ent is not None:
                ent.aliases.add(norm_name(words))
                return ent
        if ph.kind == "description":
            if (agency := _NAMED_AGENCY.fullmatch(words)) is not None:
                # "the official KCNA news agency", "the Xinhua news agency": the agency by its name
                ent = self._resolve_phrase(Phrase(ph.start + agency.start("name"), ph.start + agency.end("name"),
                                                  "name"), att)
                if ent is not None and ent.kind in ("person", "organization"):
                    ent.kind = "outlet"  # "The Nikkei business daily reported": a paper, whatever its name looks like
                return ent
            if (of := _NAME_OF_STATE.fullmatch(words)) is not None:
                # "Governor Erik Lindqvist of Washington state": the name, whatever the place's last word
                return self._resolve_phrase(Phrase(ph.start, ph.start + of.end("name"), "name"), att)
            if ph.appositive is not None and _GENERIC_ONE.fullmatch(words) and (
                    named := _AGED_NAME.match(self.text, ph.end, ph.appositive[1])) is not None:
                # "Another resident, 81-year-old Arthur Dene, said": the name in the appositive
                ent = self._resolve_phrase(Phrase(named.start("name"), named.end("name"), "name"), None)
                if ent is not None and ent.kind == "person" and words.split()[-1].lower() in _GROUP_HEADS \
                        and gender_of_first_name(ent.tokens[0]) is None and not ent.titles:
                    ent.kind = "organization"  # "A pressure group, Clean Rivers Now, said": a body by what it is
                elif ent is not None and ent.kind == "person" and ent.role is None:
                    ent.role = words.split(maxsplit=1)[1]
                return ent
        if ph.kind != "pronoun" and _EPITHET.fullmatch(words):
            # "the Austrian said", "the 23-year-old said": the person just named, as sports and news
            # desks write to avoid repeating a name
            head = words.split()[-1]
            earlier = self.text.find(head, max(0, ph.start - 600), ph.start)
            # "The 31-year-old defendant denied the charges. ... the 31-year-old said": described, not named
            ent = self._only_person_before(ph.start, 600) if earlier < 0 else None
            continuing = self._continues(att)
            if ent is not None and ent.role and head.lower() in _OCCUPATION_EPITHETS \
                    and ent.role.split()[-1].lower() not in _OCCUPATION_EPITHETS | (_TEAM_ROLES if continuing else set()):
                ent = None  # "Arsenal manager Mikel Arteta ... The striker said": someone else
            if ent is not None and _AGED_POSITION.match(words) and head.lower() in _OCCUPATION_EPITHETS and not (
                    continuing or ent.role and ent.role.split()[-1].lower() == head.lower()):
                ent = None  # "England captain Harry Kane led the line. The 19-year-old winger said": another player
            if ent is not None and head.lower() in _YOUNG_EPITHETS and (
                    (age := self._stated_age(ent)) >= 20 or ent.role and not 0 < age < 20):
                ent = None  # "Anna Berg, 52, ... the teenager said", "Coach Tom Reid ... the youngster": someone else
            if ent is None:
                return self.note_unnamed(ph)  # two people just named: "the Texan" stays as written
            ent.aliases.add(norm_name(words))
            return ent
        if ph.kind == "pronoun":
            quoted = self.text[att.start:att.end] if att is not None and att.kind in ("direct", "partial") else ""
            if words.lower() in ("he", "she") and self._continues(att) \
                    and (last := self._speaker_just_before(ph.start, words.lower())):
                return last  # '"...," Lichtman said about his ties with Bush. He added': the one speaking goes on
            return self._resolve_pronoun(words.lower(), ph.start, quoted)
        if ph.kind == "name":
            if words in ("Q", "A"):
                # an interview's turns: the questions are the interviewer's, the answers the interviewee's
                if self._first_turn is None:
                    self._first_turn = ph.start
                return self._interviewee() if words == "A" else None
            return self._resolve_name(ph, att)
        return self._resolve_description(words, ph.start)

    def _interviewee(self) -> Entity | None:
        """Who answers an interview's "A:" turns. Only an interview has one: the introduction says so
        ("spoke to the Gazette", "Q&A with ...", "edited for length"); an explainer's answers are the
        writer's. The person named in the sentence that says so, else the person named most often
        before the first turn (the first named on a tie)."""
        if self._interviewee_found is not False:
            return self._interviewee_found  # worked out at the first "A:"
        first = self._first_turn or 0
        matches = list(_INTERVIEW_SIGNAL.finditer(self.text, 0, first))
        signals = [m.start() for m in matches]
        for m in matches:
            # "The novelist Mireille Kastanova spoke to Petra Lindqvist": the one with a job that is not asking
            # questions, named before the verb, is the one interviewed
            start = sentence_start_before(self.text, 0, m.start())
            k = bisect.bisect_left(self._positions, m.start()) - 1
            if k >= 0 and self._positions[k] >= start and (subj := self._mentions[k][1]).kind == "person" \
                    and subj.role and not _ASKS_FOR_A_LIVING.search(subj.role.lower()) and m.group().startswith(
                        ("spoke", "talked", "sat")):
                self._interviewee_found = subj
                return subj
            # "Gazette reporter Ana Ruiz spoke to port director Jan Hollis": the person after the verb
            j = bisect.bisect_left(self._positions, m.end())
            while j < len(self._mentions) and self._mentions[j][0] - m.end() < 60:
                mpos, ent = self._mentions[j]
                j += 1
                if mpos >= first or _SENTENCE_STOP.search(self.text, m.end(), mpos):
                    break
                if ent.kind == "person":
                    self._interviewee_found = ent
                    return ent
        found: Entity | None = None
        counts: dict[int, int] = {}
        order: dict[int, Entity] = {}
        for mpos, ent in self._mentions if signals else ():
            if mpos >= first:
                break
            if ent.kind != "person":
                continue
            counts[id(ent)] = counts.get(id(ent), 0) + 1
            order.setdefault(id(ent), ent)
            k = bisect.bisect_left(signals, mpos)
            if found is None and k < len(signals) and signals[k] - mpos < 400 \
                    and not _SENTENCE_STOP.search(self.text, mpos, signals[k]):
                found = ent  # "Port director Jan Hollis ... spoke to the Gazette": named where it is said
        if found is None and counts:
            found = order[max(order, key=lambda k: counts[k])]  # max keeps the first of equal counts
        self._interviewee_found = found
        return found

    def _body_short_form(self, word: str) -> Entity | None:
        """The one organisation ``word`` is the initials of ("ECB") or the first word of ("Harlow" for
        Harlow Motors Co), when no person answers to it."""
        bodies = [e for e in self.index.entities if e.kind in ("organization", "outlet") and len(e.tokens) >= 2]
        if not bodies:
            return None
        if word.isupper() and 2 <= len(word) <= 6:
            fits = [e for e in bodies
                    if "".join(t[0] for t in e.tokens if t[:1].isupper() and t.lower() not in ("the",)) == word]
        elif word[:1].isupper() and gender_of_first_name(word) is None:
            fits = [e for e in bodies if e.tokens[0] == word and e.tokens[-1].lower().rstrip(".") in _COMPANY_MARKERS
                    | {"co", "inc", "ltd", "plc", "corp", "group", "research", "polling", "analytics", "insights", "consulting",
                       "report", "index", "institute"}]
        else:
            return None
        return fits[0] if len(fits) == 1 else None

    def _acronyms(self, text: str) -> None:
        """"The European Orbital Science Agency (EOSA) ... EOSA said": the letters in brackets are the
        body's other name."""
        for m in _NAME_THEN_ACRONYM.finditer(text):
            name, acr = m.group("name"), m.group("acr")
            name = name[4:] if name.startswith("The ") else name
            letters = "".join(w[0] for w in name.split() if w[:1].isupper())
            if not (acr.replace(".", "") == letters or acr[0] == letters[:1] and len(acr) >= 2
                    and all(c in letters for c in acr.replace(".", "").replace("&", ""))):
                continue  # "Ann Lee (D-Ohio)", "the plan (2019)": not the initials of the name
            ent = self.index.find(name) or (self.index.add(name, m.start("name"), "organization")
                                            if looks_like_org(name) else None)
            if ent is not None and ent.kind != "person":
                self.index.alias(ent, acr)

    def _appositive_after(self, ent: Entity, end: int) -> None:
        """"Gundersen, 58, the fiery leader of the Kestrian Metalworkers' Union, ..." anywhere in the text."""
        if ent.kind != "person" or (ent.role and not ent.role_weak and ent.organization):
            return
        nxt = self.text[end:end + 64]
        if nxt[:2] == " (" and (party := _PARTY_IN_BRACKETS.match(self.text, end)) \
                and party.group("party") not in _AGENCY_CAPITALS and party.group("party") not in _NO_PARTY_CAPITALS and not is_place(party.group("party") or ""):
            # "Chuck Grassley (Iowa)" is his state; the party is the organisation only where nothing better is said ("chair of the Platform Committee")
            self._parties.setdefault(id(ent), (ent, _PARTY_FULL_NAMES[party.group("us")] if party.group("us")
                                               else party.group("party")))
        if nxt[:1] == " " and ent.role is None and (job := _APPOINTED.match(self.text, end)) is not None \
                and is_role_word(job.group("role").split()[-1]) and looks_like_org(job.group("body")) \
                and not is_place(job.group("body")):
            # "Priya Ramaswamy was appointed chief executive of Harwick Bank": the job she now holds there
            ent.role = job.group("role")
            ent.organization = ent.organization or _BODY_TAIL.sub("", job.group("body"))
            return
        if nxt[:1] != "," and nxt.lstrip()[:1] not in ("(", ""):
            return  # _APPOSITIVE_AFTER needs a comma, or a bracket after white space, first
        m = _APPOSITIVE_AFTER.match(self.text, end)
        if m and not (self.text[m.end():m.end() + 1] != "," and _ACCORDING_NAME_BEFORE.search(
                self.text, max(0, end - len(ent.name) - 14), end)):  # "According to Wielgosz, the hackers got in."
            self._apply_appositive(ent, m.span("appos"))

    def _firms_described(self, text: str) -> None:
        """"Lumenfold, a London start-up, has raised ...", "Lumenfold says it now serves ...": a name the text
        describes as a firm, or that speaks of itself as "it", is an organisation (a one-word name is otherwise
        nobody until a first name or a title comes with it)."""
        low = text.lower()
        found = list(_WORKFORCE_AT.finditer(text)) if any(w in text for w in _WORKFORCE_HINTS) else []
        if any(w in low for w in _FIRM_DESCRIBED_HINTS):  # a cheap test: the pattern's leading capital would be
            found += _FIRM_DESCRIBED.finditer(text)  # tried at every capital in the text
        for m in found:
            word, at = m.group("name"), m.start("name")
            if word.startswith("The "):
                word, at = word[4:], at + 4  # "The Rhodium Group, a research firm"
            if m.groupdict().get("result") and " " in word and not looks_like_org(word):
                continue  # "Mahmood Yakubu reported ...", "Zhang Wei posted a loss": a person, perhaps
            if gender_of_first_name(word.split()[0]) is not None or is_place(word) or word.lower() in NOT_NAMES \
                    or self._inside_quote(at) or m.groupdict().get("hire") and " " not in word:
                continue  # ("Starmer said it would recruit 6,500 teachers": a government's, a person speaking)
            known = self.index.find(word)
            if known is None:
                known = self.index.add(word, at, "organization")
                self._mentions.append((at, known))
            elif known.kind == "person" and not known.titles and (
                    not known.role or known.role.split()[-1].lower().rstrip("s") in _FIRM_DESCRIPTOR_WORDS
                    and ", the " in m.group()):  # (not "Amara Okafor, a cheese maker": a person's trade)
                known.kind = "organization"  # "Maison Valtère, the French fashion house": no first name
                known.role = None  # ("Minera Cóndor Azul, the copper producer": what it is, no one's job)
            if known.kind == "organization":
                self._firms.add(norm_name(known.name))
                self.index.firm_keys.add(norm_name(known.name))  # "Halberd said" after "Workers at Halberd Shipyards"
                if not m.groupdict().get("kind") or _SUBJECT_VERB_NEXT.match(text, m.end()):
                    self._firm_subjects.add(at)  # (not "the retailer Amazon and a modest recovery": no subject)

    def _bodies_of_one_word(self, text: str) -> None:
        """Bodies named by one word and "of"/"for" ("The Organisation of Crude Exporting Nations met"): in
        the index, so "the group" and "the federation" can find them; the name scan skips their ends."""
        for of in _OF_OR_FOR.finditer(text):
            at, head_end = text.rfind(" ", max(0, of.start() - 20), of.start()) + 1, of.start()
            if text[at:head_end] not in _ONE_WORD_BODY_HEADS or at == 0 and head_end > 20:
                continue
            before = text[max(0, at - 20):at].split()
            if before and before[-1][:1].isupper() and before[-1] not in ("The", "A", "An") \
                    and not before[-1].endswith((".", "!", "?", ",", ":", ";", '"', "\u201c")) \
                    or self._inside_quote(at) or (end := _of_rest_end(text, head_end)) is None:
                continue  # ("National Union of ...": the name scan's, whole)
            name = text[at:end]
            known = self.index.find(name)
            if known is not None and known.kind == "person" and at < known.first_seen < end:
                self.index._rekey(known, name)  # "Football Associations", a person from the name's end
                known.kind, known.first_seen = "organization", at
            elif known is None and not is_place(name):
                self._mentions.append((at, self.index.add(name, at, "organization")))

    def _employers_are_bodies(self) -> None:
        """A "person" someone else works for is a body: "Aerolinea Sur cancelled 340 flights ... Ines
        Valcárcel, Aerolinea Sur's chief executive" makes Aerolinea Sur the airline, whatever its name looks like."""
        employers = {norm_name(e.organization) for e in self.index.entities if e.kind == "person" and e.organization
                     and not (e.role and e.role.split()[-1].lower() in _SPEAKS_FOR_SOMEONE)}  # not "a lawyer for Harvey Weinstein"
        if any(w in self.text for w in _FIRMS_OWN_HINTS):
            employers |= {norm_name(m.group("o")) for m in _FIRMS_OWN.finditer(self.text)
                          if gender_of_first_name(m.group("o").split()[0]) is None}
        self._firms |= employers
        if not employers:
            return
        for e in self.index.entities:
            if e.kind == "person" and not e.role and not e.titles and norm_name(e.name) in employers \
                    and gender_of_first_name(e.tokens[0]) is None:
                e.kind = "organization"
            elif e.kind == "person" and e.role and e.organization is None and (m := _OWNER_ROLE.match(e.role)) \
                    and norm_name(m.group("o")) in employers:
                e.organization, e.role = m.group("o"), m.group("role")  # "Orbitek's head of hardware", read when
                # Orbitek was a one-word name, nobody yet: a job at the firm

    def _org_in_front(self, words: list[str]) -> tuple[list[str], list[str]]:
        """_org_in_front, but a person's surname is no body: "Clinton press secretary Brian Fallon" works
        for Clinton's campaign, not for an organisation called Clinton."""
        if len(words) >= 2 and words[0][:1].isupper() and words[1][:1].islower() and is_role_word(words[-1]) \
                and (firm := self._body_by_first_word(words[0])) is not None:
            return firm.name.split(), words[1:]  # "Halvard Line said ... A Halvard spokesman, Jens Overgaard": its
        org_words, role_words = _org_in_front(words)
        if len(org_words) == 1 and org_words[0] == words[0] and not org_words[0].isupper() \
                and ((known := self.index.find(org_words[0])) is not None and known.kind == "person"
                     or self._someones_surname(org_words[0])
                     or not self._a_body_called(org_words[0]) and not _FIRM_BOSS.fullmatch(" ".join(role_words).lower())):
            return [], words  # ("Microsoft chief executive", "Tesla boss": a job only a firm has, whoever is named)
        return org_words, role_words

    def _body_by_first_word(self, word: str) -> Entity | None:
        """The one firm named in full whose name opens with ``word`` ("Halvard" for "Halvard Line")."""
        if word in _PARTY_ADJECTIVES or self._someones_surname(word) or is_place(word):
            return None  # "Republican nominee", "Clinton spokesman": a party's, a person's
        found = {id(e): e for e in self.index.entities if e.kind == "organization" and len(e.tokens) >= 2
                 and e.tokens[0] == word and (e.tokens[-1] in CORPORATE_SUFFIXES
                                              or e.tokens[-1].lower() in _COMPANY_MARKERS)}
        return next(iter(found.values())) if len(found) == 1 else None

    def _someones_surname(self, word: str) -> bool:
        """Is ``word`` the surname of a person named in full ("Clinton" after Bill and Hillary Clinton)?"""
        return any(e.kind == "person" and len(e.tokens) > 1 and e.tokens[-1] == word for e in self.index.entities)

    def _a_body_called(self, word: str) -> bool:
        """Can the one word before a job be a body's name? Not a surname after a first name anywhere
        ("Hillary Clinton" ... "Clinton press secretary"), and only a word the text names on its own
        mid-sentence somewhere ("Aviation safety consultant" opens its sentence, "said Biden senior adviser"
        names no body, "at Tesco" shows Tesco is a name). Read once per word."""
        if (seen := self._body_words.get(word)) is None:
            seen = re.search(r"\b[A-Z][a-z]+\s+" + re.escape(word) + r"\b", self.text) is None \
                and self._named_alone_mid_sentence(word)
            self._body_words[word] = seen
        return seen

    def _named_alone_mid_sentence(self, word: str) -> bool:
        """Does the text write ``word`` capitalised mid-sentence, not right before a job ("a strike called by
        Unison", "sales at Tesco"; not only "said Biden senior adviser")?"""
        for m in re.finditer(r"[a-z,;]\s+" + re.escape(word) + r"\b", self.text):
            nxt = self.text[m.end():m.end() + 40].split()[:3]
            if not any(is_role_word(w.strip(".,;:")) for w in nxt if w[:1].islower()):
                return True
        return False

    def _role_before_council_title(self, ent: Entity, start: int) -> None:
        """"Council leader Cllr Margaret Osei", "Its chairwoman, Cllr Joan Eddery": "Cllr" is what every
        councillor is called, the job before it says more."""
        ent.role_weak = True
        m = _JOB_BEFORE_TITLE.search(self.text, max(0, start - 60), start)
        if m is not None and (is_role_word(m.group("head")) or m.group("head") in ("holder", "member")) \
                and not set(m.group(1).lower().split()) & _CLAUSE_WORDS:
            ent.role, ent.role_weak = m.group(1), False
        else:
            self._role_before(ent, start)

    def _body_by_appositive(self, ent: Entity, appos: str) -> bool:
        """Make ``ent`` a body when the words in apposition say what kind of firm or body it is ("Karlsson & Dahl,
        the Swedish coffee group", "Conab, the country's crop agency", "the growers' union, Coldiretta
        Valdoria"); not a person with a first name, nor one whose trade a person may have ("Okafor, the bus
        operator", "Rahim Uddin, a garment exporter") unless the name itself looks like a firm's."""
        if (what := _FIRM_APPOSITIVE.fullmatch(appos)) is None or ent.titles or ent.gender is not None \
                or not (what.group("head") in _ONLY_BODY_HEADS or looks_like_org(ent.name) or "&" in ent.name) \
                or gender_of_first_name(ent.tokens[0]) is not None or ent.role and not ent.role_weak:
            return False
        ent.kind, ent.role = "organization", None
        if what.group("head") not in _PUBLIC_BODY_HEADS and what.group("head") not in _PUBLIC_BODY_ENDS:
            self._firms.add(norm_name(ent.name))
            self.index.firm_keys.add(norm_name(ent.name))
        return True

    def _role_before(self, ent: Entity, start: int) -> None:
        """"Duvane's president, Adrian Voss, spoke ...": a role phrase and a comma before the name (and an
        honorific: "said the chief executive, Dr Helen Mbatha")."""
        if (hon := _HONORIFIC_BEFORE.search(self.text, max(0, start - 14), start)) is not None:
            start = hon.start() + 2
        if ent.kind != "person" or (ent.role and not ent.role_weak) or self.text[max(0, start - 2):start] != ", ":
            return
        m = _role_comma_before(self.text, start)
        if m and self._body_by_appositive(ent, _LEADING_CONJUNCTION.sub("", m.group("role").strip())):
            return  # "the growers' union, Coldiretta Valdoria": a body named after what it is
        its = _ITS_ROLE.fullmatch(m.group("role")) if m else None
        if m and (any(is_role_word(w) for w in m.group("role").split()[-2:])
                  or its is not None and (is_role_word(its.group("role").split()[0])
                                          or its.group("role").split()[0] in ("head", "chair"))  # "Its head of economics"
                  or m.group("role").split()[-1].lower() in _PERSONAL_RELATIONS  # "The victim's uncle, Marcus Bell"
                  or (head := _HEAD_OF_BODY.match(m.group("role"))) is not None and is_role_word(head.group("head"))
                  or _HEAD_OF_FIELD.fullmatch(m.group("role")) is not None):
            # "The governor of Japan's central bank, Kenji Watanabe, ..."
            unowned = _POSSESSIVE_DET.sub("", m.group("role"))  # "for her Progressive Alliance challenger"
            if len(unowned.split()) >= 4 and set(unowned.lower().split()) & _CLAUSE_WORDS:
                return  # "a sketch of the harbor for her father, Walter Pell", "he summoned his adviser, Brian Deese"
            role = _LEADING_CONJUNCTION.sub("", _LEADING_DET.sub("", m.group("role")).strip())  # "But Holloway's lawyer"
            if (of_body := _ROLE_AT_NAMED_BODY.fullmatch(role)) is not None and of_body.group("prep") == "of" \
                    and " of " not in of_body.group("org") and is_role_word(of_body.group("role").split()[-1]):
                ent.role, ent.role_weak = of_body.group("role"), False  # "The chief executive of Halden Bank, X"
                ent.organization = ent.organization or of_body.group("org")
                return
            if (role := _one_of_many(role, ent)) is None:
                return
            if not role_like(role) or ent.role and role.split()[-1].lower() in _PERSONAL_RELATIONS:
                return  # "Her neighbour, retired teacher Colin Pratt": the title says more than the relation
            owner = re.match(r"(?P<o>[A-Z][\w ]*?)(?:['\u2019]s|(?<=s)['\u2019])\s+(?P<r>.+)", role)  # "The Greens' ..."
            if (owned := self._owned_by_body(role, start)) is not None:
                ent.role, ent.organization = owned[0], ent.organization or owned[1]  # "the union's chairwoman, X"
            elif _ITS_ROLE.fullmatch(m.group("role")):
                ent.role = role  # "Its spokesman, Felix Amundsen": the body named last
                if ent.organization is None and (opening := self._body_opening_sentence_before(start, its=True)) is not None:
                    ent.organization = opening  # "The Institute for Carbon Pricing estimated ... Its chief economist"
                elif ent.organization is None and (body := self._body_named_last(start)) is not None:
                    ent.organization = body.name
            elif owner:
                ent.role = owner.group("r")
                known = self.index.find(owner.group("o"))
                if not (known is not None and known.kind == "person" and not _FIRMS_OWN.match(role)
                        or owner.group("r").split()[-1].lower() in _PERSONAL_RELATIONS):
                    # "Whitcomb's attorney": a person's, not an organisation's; "Grupo Sur's chief executive": a firm's
                    ent.organization = ent.organization or owner.group("o")
            else:
                org_words, role_words = self._org_in_front(_POSSESSIVE_DET.sub("", role).split())
                ent.role = " ".join(role_words)  # "her Progressive Alliance challenger, Tomás Aldana"
                if org_words and ent.organization is None:
                    ent.organization = " ".join(org_words)
            ent.role_weak = False

    def _role_from_previous_sentence(self, ent: Entity, start: int) -> None:
        """"The prime minister is not helping herself. Elin Markvard called ...": a sentence about
        "the <role>" right before the sentence that names someone gives them that role."""
        if ent.kind != "person" or ent.role:
            return
        before = self.text[max(0, start - 3):start]
        if not (before.endswith("\n") or before[-2:-1] in ".!?"):
            return  # the name must open a sentence
        if before[-2:-1] == "." and (word := self.text[max(0, start - 8):start - 2].split()[-1:]) \
                and word[0].lower() in TITLE_ABBREVIATIONS:
            return  # not a title's full stop: "Florida Sen. Marco Rubio"
        if self.text.find("The", max(0, start - 260), start) < 0:
            return  # the pattern below starts its sentence with "The"
        m = _PREVIOUS_SENTENCE_ROLE.search(self.text, max(0, start - 260), start)
        if not m:
            return
        words = m.group("rest").split()
        for k in range(min(3, len(words) - 1), 0, -1):
            head = words[k - 1].lower()
            if (head in OCCUPATIONS or head in SPEAKER_NOUNS) and head not in _BODY_HEADS \
                    and head not in _COMPANY_NOUNS and head not in BODY_NOUNS:  # "The company said": no person's role
                ent.role = " ".join(words[:k])
                ent.role_weak = True
                return

    def _resolve_pair(self, raw: str, pos: int) -> Entity | None:
        """"Sen. Ruth Castellanos and Sen. Bradley Hume said", "Castellanos and Hume said": two people who
        speak together, one speaker under both their full names (not the second one with a role made of the
        first)."""
        m = _PAIR.fullmatch(raw.strip())
        if m is None:
            return None
        people = []
        for half in (m.group("a"), m.group("b")):
            titles, core = split_title(half.split())
            ent = self.index.find(" ".join(core)) if core else None
            if ent is None or ent.kind != "person" or len(ent.tokens) < 2:
                return None
            people.append(ent)
        if people[0] is people[1]:
            return None
        name = f"{people[0].name} and {people[1].name}"
        pair = self._pairs.get(name)
        if pair is None:
            pair = self._pairs[name] = Entity(name=name, kind="person", first_seen=pos)
            pair.aliases.add(norm_name(raw))
        return pair

    def _resolve_name(self, ph: Phrase, att: Attribution | None) -> Entity | None:
        raw = strip_possessive(self.text[ph.start:ph.end])
        if " and " in raw and (pair := self._resolve_pair(raw, ph.start)) is not None:
            return pair
        for _ in range(len(raw.split()) - len(without_opening_words(raw.split()))):
            raw = raw[_OPENING_WORD.match(raw).end():]  # "former Gov. Bill Richardson of New Mexico", "Donor Adelson"
        raw = _BRACKETS_END.sub("", raw) if ")" in raw else raw  # "Harry Reid (D-Nev.)"
        if " " not in raw.strip() and raw.rstrip().endswith(".") and is_place(raw):
            return None  # "Jackson, Miss., ... said": a state, no speaker
        rw = raw.split()
        if len(rw) == 2 and rw[0].lower() == "the" and rw[1] in POSTNOMINALS:
            # "the MP said": the MP named before ("Labour MP Ann Cole"), else the one described ("One senior MP")
            return self._resolve_description(self.text[ph.start:ph.end], ph.start) or self.note_unnamed(ph)
        if len(rw) >= 2 and (rw[0].lower() in _COUNTED_OPENERS and (is_role_word(rw[-1]) or rw[-1] in POSTNOMINALS)
                             or len(rw) <= 3 and rw[-1] in _PLURAL_MEMBERS):
            return self.note_unnamed(ph)  # "One senior Labour MP", "Labour MPs": described, not named
        org = None
        m = _NAME_OF_ORG.match(raw)
        if m and m.group("lead") is None and looks_like_org(m.group("name")) \
                and (rn := _ROLE_THEN_NAME.fullmatch(m.group("name"))) is not None \
                and is_role_word(rn.group("role").split()[-1]) and not looks_like_org(rn.group("person")):
            raw, org = m.group("name"), m.group("org")  # "Army medic Sam Carter of the 3rd Battalion": a body word
            # opens the role, the name is after it
        elif m and not looks_like_org(m.group("name")) and not _THE_START.match(self.text, ph.start, ph.end) \
                and m.group("name").rsplit(None, 1)[-1] not in PERSON_TITLE_WORDS:  # not "Ohio Secretary of State"
            # (not "The Joint Chiefs of Staff": people do not take "the")
            raw, org = (m.group("lead") or "") + m.group("name"), m.group("org")  # "Lotte Brekke of the Halden Institute"
            if m.group("lead") and is_place(org) and m.group("lead").split()[-1] not in _POSTS_OF_A_PLACE:
                org = None  # "voter Stephanie Hooton of Derry": where she lives
        owner = _OWNER_THEN_NAME.match(raw)
        if owner and not looks_like_org(owner.group("name")):
            # "Iowa State University's Dianne Bystrom": the name after the possessive, the owner its organisation
            raw = owner.group("name")
            o = re.sub(r"^[Tt]he\s+", "", owner.group("org"))  # "The Brookings Institution's Ann Lee"
            org = org or (o if looks_like_org(o) or looks_like_outlet(o) or re.fullmatch(r"[A-Z]{2,6}", o) else None)
        words = raw.split()
        while words and (words[0].lower() in DETERMINERS or len(words) > 1 and words[0].lower() in _OPENERS):
            words = words[1:]  # "the ...", and a sentence opener taken along: "Rather Bloomberg", "Whatever Rove"
        if len(words) > 1 and words[0].lower().endswith(("-year-old", "\u2011year\u2011old")):
            words = words[1:]  # "Five-year-old Mia Tran": her age, not her name
        if len(words) > 1 and words[0].lower().endswith(("-based", "\u2011based")):
            words = words[1:]  # "Mumbai-based Vardhan Textiles": where it is based, not part of the name
        if _kind_word_first(words):
            words = words[1:]  # "Developer Larchmont Homes said": what the firm is, then its name
        post = words.pop() if len(words) >= 3 and words[-1].rstrip(".,") in POSTNOMINALS else None  # "Jane Hill MP"
        if words and is_role_word(words[-1]) and (words[-1][:1].islower() or all(is_role_word(w) for w in words)) \
                and words[0].lower().rstrip(".") not in HONORIFICS \
                and not (len(words) == 1 and words[0][:1].isupper() and is_the_outlet("The " + words[0])) \
                and words != ["Treasury"]:  # but "Mr. King" is a surname, "The Treasury said" a ministry
            # "Kestria's trade minister": a description that happens to hold a name
            found = self._resolve_description(self.text[ph.start:ph.end], ph.start)
            if found is None and (len(words) == 1 and words[0].lower().endswith("s")
                                  or len(words) >= 2 and words[0].endswith(("'s", "\u2019s"))):
                return self.note_unnamed(ph)  # "Volcanologists said", "Lazar's public defense counsel": unnamed
            return found
        if len(words) >= 2 and words[-1] in PERSON_TITLE_WORDS and _THE_START.match(self.text, ph.start, ph.end) \
                and (titled := self._resolve_description(self.text[ph.start:ph.end], ph.start)) is not None \
                and titled.kind == "person":
            return titled  # "Cabinet Secretary Njuguna Mbatha ... The Cabinet Secretary added": him, no body
        if words and words[0][:1].islower() and (rf := _ROLE_AT_NAMED_BODY.fullmatch(" ".join(words))) is not None \
                and rf.group("prep") != "of" and " " in rf.group("org") and is_role_word(rf.group("role").split()[-1]):
            # "the communications director for the Iowa Democratic Party": a description, not a body's name
            return self._resolve_description(self.text[ph.start:ph.end], ph.start) or self.note_unnamed(ph)
        # role words before the name: "Trump campaign spokesman Jason Miller"
        if len(words) >= 3 and words[1].lower() in ("at", "from", "with", "of", "in") and words[0].lower().endswith("s") \
                and is_role_word(words[0]):
            return self.note_unnamed(ph)  # "Analysts at Harvenbrook Commodities", "Residents of Marlow Street": unnamed
        if len(words) >= 4 and words[-1].lower().strip(".,") in BODY_NOUNS | {"union"} and "and" in words[1:-2] \
                and all(w[:1].isupper() or w in ("and", "of", "for", "the") for w in words) \
                and gender_of_first_name(words[0]) is None:
            lead, titles, core = [], [], words  # "the Transport and General Workers Union": one body, whole
        else:
            lead, words = split_role_name(words)
            titles, core = split_title(words)
        if titles and core and is_place(" ".join(core)) and not any(
                t.lower().rstrip(".") in HONORIFICS or t.lower().rstrip(".") in ONLY_PERSON_TITLES for t in titles):
            titles, core = [], titles + core  # "Environment Canada", "Health Canada": a body, not a place with a title
            body = True
        else:
            body = False
        if not core and len(titles) >= 2 and titles[0].lower().rstrip(".") in HONORIFICS and titles[-1][:1].isupper():
            titles, core = titles[:-1], titles[-1:]  # "Mr. King": a surname that is also a title word
        if not core:
            return None
        if len(core) == 1 and lead and lead[-1].lower() == "of" and core[0][:1].isupper() \
                and any(w[:1].isupper() and w.endswith("s") and is_role_word(w) for w in lead):
            core, lead, body = lead + core, [], True  # "The Joint Chiefs of Staff": a body of several officers
        elif len(core) == 1 and (lead and lead[-1].lower() in ("for", "of", "to")
                                 or titles and titles[-1].lower() in ("for", "of", "to")):
            # "the United Nations High Commissioner for Refugees": an office, not a person named Refugees
            return self._resolve_description(self.text[ph.start:ph.end], ph.start)
        if titles and len(titles) == 1 and titles[0] in ("Principal", "General") and len(core) >= 2 \
                and looks_like_org(" ".join(core)) and gender_of_first_name(core[0]) is None:
            core, titles = titles + core, []  # "Principal Financial Group", "General Motors Co": one name
        if titles and core[-1].lower().strip(".,") in BODY_NOUNS and (
                len(core) == 1 or all(t.lower() in _FIELD_WORDS | _BODY_SCOPES for t in titles)) and not any(
                t.lower().rstrip(".") in HONORIFICS or t.lower().rstrip(".") in ONLY_PERSON_TITLES for t in titles):
            core, titles = titles + core, []  # "The Trade Ministry": a body named by its field, not "Ministry"
        while len(core) > 1 and core[0][:1].islower() and core[0].lower() not in NAME_PARTICLES and core[1][:1].isupper():
            core = core[1:]  # "the property website Rightmove", "conservation group Snow Leopard Trust": what it is
        kind_at = next((k for k in range(len(core) - 2, 0, -1) if core[k] in _OUTLET_KINDS and core[k + 1][:1].isupper()), 0)
        if kind_at and not titles:
            core, outlet_named = core[kind_at + 1:], True  # "the Spanish newspaper La Voz Deportiva": the paper
        else:
            outlet_named = False
        if len(core) > 2 and core[1][:1].islower() and core[2][:1].isupper() and not titles and not lead \
                and _BODY_KIND_BEFORE.fullmatch(core[1] + " ") and ph.start == sentence_start_before(self.text, 0, ph.start + 1):
            core, body = core[2:], True  # "Research firm Canalys said" (the sentence's capital on "Research")
        name = " ".join(core)
        if self._headline_only(name, ph.start):
            return None
        kind = "outlet" if (looks_like_outlet(name) or outlet_named) and not titles else (
            "organization" if (body or looks_like_org(name) or len(core) > 1 and not_a_person_name(core, all_caps=False))
            and not titles
            else "person")  # "Bear Stearns" stays a person: no word says otherwise
        if not titles and not lead and len(core) == 1 and _THE_START.match(self.text, ph.start, ph.end) \
                and is_the_outlet("The " + name):
            name, kind = "The " + name, "outlet"  # "The Athletic reported": the outlet, not Newbury Athletic
        if kind == "person" and not titles and not lead and _THE_START.match(self.text, ph.start, ph.end) \
                and not _OWNER_BEFORE_NAME.search(self.text, ph.start, ph.end):
            kind = "organization"  # people do not take "the": "The Evening Clarion called it ..." (but "The
            # Federal Reserve's Jerome Powell" is a person)
        if kind == "person" and not titles and len(core) == 1 and _ACRONYM.fullmatch(name) and name not in _INITIALS_OF_PEOPLE \
                and not self._shouting_at(ph.start) and self.text[ph.end:ph.end + 1] != ":" \
                and re.search(rf"\b{name[0]}{name[1:].lower()}\b", self.text) is None:  # not "WALLACE:" (Chris Wallace)
            kind = "organization"  # "UNICEF said", "NATO said": initials name a body, not a person
        if kind != "outlet" and (lead and any(w.lower() in _OUTLET_KINDS for w in lead)
                                 or _OUTLET_KIND_BEFORE.search(self.text, max(0, ph.start - 20), ph.start)):
            kind = "outlet"  # "State broadcaster CCTV reported", "the tabloid Bild": named by what it is
        if kind == "person" and not titles and not lead and gender_of_first_name(core[0]) is None \
                and _WHICH_AFTER.match(self.text, ph.end) and att is not None and att.cue is not None \
                and att.cue[0] > ph.end and not _HE_OR_SHE.search(self.text, ph.end, att.cue[0]):
            # (the subject of the cue after: not "said Mehmet Yilmaz, which ...", "Greta Lind, which is the name
            # on her passport, said")
            kind = "organization"  # "Calder Shipways, which is owned by the regional government, said": no person
        if kind == "person" and not titles and not lead and gender_of_first_name(core[0]) is None \
                and _BODY_KIND_BEFORE.search(self.text, max(0, ph.start - 30), ph.start):
            kind = "organization"  # "Housing charity Shelter said": a body ("Satya Nadella said its ..." is not)
        elif kind == "person" and not titles and lead and lead[-1].lower() in _BODY_KINDS \
                and gender_of_first_name(core[0]) is None and len(core) <= 2:
            kind, lead = "organization", []  # "Consumer group ShopSafe said": a body by what it is
        if kind == "person" and not titles and not lead and len(core) == 1 and norm_name(name) in self._firms \
                and gender_of_first_name(name) is None and self.index.find(name) is None:
            kind = "organization"  # "Orbitek said ... Rajiv Menon, Orbitek's head of hardware": its staff make it a firm
        ent = self.index.find(name) if kind == "person" else None
        if ent is not None and len(core) == 1 and (want := _honorific_gender(lead + titles)) is not None \
                and gender_of_first_name(ent.tokens[0]) not in (None, want):
            # "Mrs. Cruz" after Ted and Heidi Cruz: the one the title fits, not the one named first (by first
            # names only: what the article's pronouns suggest is too loose to move a quotation)
            fits = [e for e in self.index.entities if e.kind == "person" and len(e.tokens) > 1
                    and e.surname.lower() == name.lower() and gender_of_first_name(e.tokens[0]) == want]
            if not fits:  # "Ms. Kincaid" after Walter and Brooke Kincaid: the one whose first name says nothing
                unknown = [e for e in self.index.entities if e.kind == "person" and len(e.tokens) > 1
                           and e.surname.lower() == name.lower() and gender_of_first_name(e.tokens[0]) is None]
                fits = unknown if len(unknown) == 1 else []
            ent = fits[0] if fits else ent
        if ent is None and kind != "person" and len(core) == 1 and not titles and (
                known := self.index.find(name)) is not None and known.kind == "person":
            ent, kind = known, "person"  # "Guardian said" after "Mayor Don Guardian": his surname, not the paper
        if ent is None and len(core) == 1 and not titles and (body := self._body_short_form(name)) is not None:
            ent = body  # "The ECB said" after "The European Central Bank", "Harlow said" after "Harlow Motors Co"
        if ent is None:
            ent = self.index.add(name, ph.start, kind)
            if ent.kind == "person" and kind != "person" and ent.role is None \
                    and name.rsplit(None, 1)[-1].lower() not in FIRM_ENDS:  # (the index saw "Dame Judi Care")
                ent.kind = kind
        # "Ms Holt" (British, no stop): the title may come as a role word
        ent.gender = ent.gender or _honorific_gender(lead + titles)
        role_words = [t for t in lead + titles if t.lower().rstrip(".") not in HONORIFICS]
        if role_words and (ent.role is None or ent.role.split()[-1].lower() in _PARTY_MEMBERS):
            # "Sen. Josh Kaplan, a Pennsylvania Democrat": the title says more than the party
            org_words, role_words = self._org_in_front(role_words)
            if len(role_words) > 1 and role_words[0][:1].isupper() and role_words[0].endswith(("'s", "\u2019s")) \
                    and ((known := self.index.find(strip_possessive(role_words[0]))) is None or known.kind != "person"):
                org_words, role_words = [strip_possessive(role_words[0])], role_words[1:]  # "SkyMeridian's chief
                # operating officer, Lucia Brennan-Ota": the firm's
            ent.role = expand_title(role_words).strip(" ,;:") or None
            if org_words and ent.organization is None:
                ent.organization = " ".join(org_words)  # "Millbrook Police Department spokeswoman Sgt. Carla Ruiz"
        if post and ent.role is None:
            ent.role = post.rstrip(".,")
            ent.role_weak = True  # "David Lammy MP, the Foreign Secretary": the appositive says more
        ent.aliases.add(norm_name(self.text[ph.start:ph.end]))
        if org and ent.organization is None and ent.kind == "person":
            ent.organization = org
        if ent.kind == "person" and ent.organization is None and (of := _OF_BODY_AFTER.match(self.text, ph.end)) \
                and (looks_like_org(of.group("org")) or looks_like_outlet(of.group("org"))) and not is_place(of.group("org")):
            # "The moderator, Ines Okafor of the Merrick Courier, said", "According to one analyst, Meera
            # Castellanos of Redwater Capital, ...": the body after the name the phrase ended with
            ent.organization = of.group("org")
        if ph.appositive and att is not None:
            self._apply_appositive(ent, ph.appositive)
        return ent

    def _body_seen_before(self, noun: str, pos: int) -> Entity | None:
        """The organisation named last before ``pos`` with ``noun`` in its name ("the association")."""
        best, best_at, latest_at = None, -1, -1
        for e, at in self._bodies_before(pos):
            latest_at = max(latest_at, at)
            if noun in e.name.lower().split() and at > best_at:
                best, best_at = e, at
        # "Unite has lost members. Ann Cole, the union's general secretary": not the European Union before;
        # but past a body of another kind ("the Westhaven Institute and later Halstead University. ... the
        # institute's director")
        if best is None:
            return None
        past_other_kinds = best_at != latest_at
        if past_other_kinds and not (best.tokens[-1].lower() == noun and all(
                e.tokens[-1].lower() in ORG_WORDS and e.tokens[-1].lower() != noun
                for e, at in self._bodies_before(pos) if at > best_at)):
            return None
        stops = sum(1 for m in _SENTENCE_STOP.finditer(self.text, best_at, pos) if not is_abbreviation(self.text, m.start()))
        if stops > 3 or stops > 1 and not past_other_kinds and self._name_between(best_at + len(best.name), pos):
            return None  # named in this sentence or the one before; or up to three before with no name since
        return best

    def _bodies_before(self, pos: int) -> Iterator[tuple[Entity, int]]:
        """Each organisation named before ``pos``, with where its name last stands before it."""
        for e in self.index.entities:
            if e.kind == "organization" and e.first_seen < pos:
                yield e, self.text.rfind(e.name, 0, pos)

    def _name_between(self, lo: int, hi: int) -> bool:
        """Is there a capitalised word in ``text[lo:hi]``, not opening a sentence, that is no person's
        name nor title ("Since then, Unite has lost members": maybe another body)?"""
        people = {t for e in self.index.entities if e.kind == "person" for t in e.tokens}
        known = {a for e in self.index.entities for a in e.aliases}  # "the Meridian Space Agency (MSA)"
        for m in _CAPITALISED.finditer(self.text, lo, hi):
            before = self.text[lo:m.start()].rstrip(" \t\"\u201c\u2018'")
            if not before or before[-1] in ".!?\n:(" or m.group() in people or m.group().lower() in known \
                    or m.group().lower().rstrip(".") in HONORIFICS or is_role_word(m.group()) \
                    or m.group().lower() in NOT_NAMES:  # "late on Wednesday", "in March"
                continue
            return True
        return False

    def _body_opening(self, start: int) -> Entity | None:
        """The organisation (among the named) whose name opens the sentence at ``start``, if any."""
        return next((e for e in self.index.entities if e.kind == "organization" and (
            self.text.startswith(e.name, start) or self.text.startswith("The " + e.name, start))), None)

    def _sentence_before(self, pos: int) -> tuple[int, int]:
        """Where the sentence before the one holding ``pos`` starts, and where that one starts."""
        start = sentence_start_before(self.text, 0, pos)
        return (sentence_start_before(self.text, 0, start - 2) if start > 1 else 0), start

    def _subject_body_before(self, pos: int) -> Entity | None:
        """The organisation that opens the sentence before ``pos`` (its subject), if any."""
        prev, _start = self._sentence_before(pos)
        if (opening := self._body_opening(prev)) is not None:
            return opening
        for e in self._unnamed.values():  # "Ostrenia's foreign ministry said ... Its statement said"
            if e.first_seen == prev and _BODY_HEAD_END.search(e.name):
                return e
        return None

    def _company_seen_before(self, pos: int, bodies: list[tuple[Entity, int]] | None = None) -> Entity | None:
        """"Greyhaven Water apologised. The company's chief operating officer": the body named last, in this
        sentence or the three before, if it is no public body (a ministry, a party, a court). A firm that opens
        its sentence comes before one only mentioned ("Xinghe Semiconductor said in a filing to the Shanghai
        Stock Exchange ...", "Chen Xiaoli, an analyst at Huaxin Consulting, praised ...")."""
        firms = [(b, at) for b, at in (self._bodies_before(pos) if bodies is None else bodies)
                 if b.name.rsplit(" ", 1)[-1].lower() not in _PUBLIC_BODY_ENDS]
        opening = [(b, at) for b, at in firms if at == 0 or at > 0 and (self.text[at - 2:at] in (". ", "\n")
                                                                      or self.text[max(0, at - 4):at] == "The ")]
        for pool in (opening, firms):
            if pool:
                latest, latest_at = max(pool, key=itemgetter(1))
                if len(_SENTENCE_STOP.findall(self.text, latest_at, pos)) <= 3:
                    return latest
        return self._one_word_firm_before(pos)  # "Streamwave said it had paid ... A spokesperson for the company"

    def _one_word_firm_at(self, ent: Entity, mpos: int, pos: int) -> bool:
        """Is ``ent``, a one-word name nobody's first name, at ``mpos`` a firm that "the company" at ``pos``
        may be? It speaks of itself as "it" ("Lumora said it had received ...") or opens its sentence doing
        what firms do ("Orbitek unveiled ..."), and no other firm is named after it in that sentence."""
        if ent.kind != "person" or len(ent.tokens) != 1 or ent.role or ent.titles or ent.gender is not None \
                or gender_of_first_name(ent.tokens[0]) is not None or not self.text.startswith(ent.name, mpos):
            return False
        says = _SAYS_IT_AFTER.match(self.text, mpos + len(ent.name))
        if says is not None and _IT_IS_A_VIEW.match(self.text, says.end()):
            says = None
        if says is None and sentence_start_before(self.text, 0, mpos) == mpos:
            says = _FIRM_ACTS_AFTER.match(self.text, mpos + len(ent.name))
        if says is None:
            return False
        stop = _SENTENCE_STOP.search(self.text, says.end(), pos)
        return not _FIRM_NAMED_BETWEEN.search(self.text, says.end(), stop.start() if stop else pos)

    def _one_word_firm_before(self, pos: int) -> Entity | None:
        """The one-word firm (see _one_word_firm_at) named last in the three sentences before ``pos``."""
        i = bisect.bisect_left(self._mentions, pos, key=_POSITION) - 1
        while i >= 0 and len(_SENTENCE_STOP.findall(self.text, self._mentions[i][0], pos)) <= 3:
            mpos, ent = self._mentions[i]
            i -= 1
            if ent.kind == "organization":
                return None  # a body named since: that one
            if self._one_word_firm_at(ent, mpos, pos):
                ent.kind = "organization"
                return ent
        return None

    def _firm_is_the_group(self, firm: Entity, pos: int) -> bool:
        """May "the group" be ``firm``? Only when the firm spoke last and no other group or described
        speaker stands in the 1,200 characters before ("A group of shareholders said ... The group said")."""
        lo = max(0, pos - 1200)
        if _A_GROUP.search(self.text, lo, pos) is not None:
            return False
        last = self._last_mention_before(firm, pos)
        if last < 0 or not self._speaks_at(firm, last) and not self._speaks_at(firm, self.text.rfind(firm.name, 0, pos)):
            return False
        k = bisect.bisect_right(self._unnamed_at, last)
        return not (k < len(self._unnamed_at) and self._unnamed_at[k] < pos)

    def _body_named_as(self, name: str | None, at: int | None = None) -> Entity | None:
        """The organisation called ``name`` (entered where the text names it, ``at`` or its first place, when
        no mention has it yet); None for a name that is someone's."""
        if not name:
            return None
        known = self.index.find(name)
        if known is not None:
            return known if known.kind == "organization" else None
        return self.index.add(name, self.text.find(name) if at is None else at, "organization")

    def _titled_in_appositive(self, words: str, pos: int) -> Entity | None:
        """The latest person named right after these words and a comma ("The Taoiseach, Anna Kowal,"), who
        then holds that title."""
        title = re.escape(_LEADING_DET.sub("", words.strip()))
        i = bisect.bisect_left(self._positions, pos) - 1
        while i >= 0 and pos - self._positions[i] < _LOOKBACK:
            mpos, ent = self._mentions[i]
            i -= 1
            if ent.kind == "person" and re.search(rf"\b(?i:the)\s+{title},\s+$", self.text[max(0, mpos - 40):mpos]):
                ent.role = ent.role or _LEADING_DET.sub("", words.strip())
                return ent
        return None

    def _club_before(self, pos: int) -> Entity | None:
        """The latest club named in the 1,500 characters before ``pos`` ("Ashworth Rovers FC", "Kelso United")."""
        lo = max(0, pos - 1500)
        last = max(_CLUB_NAME.finditer(self.text, lo, pos), key=lambda c: c.start(), default=None)
        if last is None or is_place(last.group("name")):
            return None
        if _ANOTHER_CLUB.search(self.text, lo, pos - 5) is not None:
            return None  # "The golf club ...", "the nightclub": "the club" may be that one
        if _FORMER_CLUB_BEFORE.search(self.text, max(0, last.start("name") - 20), last.start("name")) \
                or _FANS_AFTER_NAME.match(self.text, last.end("name")):
            return None  # not "who joined from Hull City" (a former club), nor "Leyton Orient FC fans"
        return self._body_named_as(last.group("name"), last.start("name"))

    def _firm_opening_the_claim(self, pos: int) -> Entity | None:
        """A one-word name opening the sentence whose claim "the company said" closes ("Payvora processed 1.3
        billion transactions in 2025, the company said"): that firm, if it is nobody and no place."""
        start = sentence_start_before(self.text, 0, pos)
        m = _BODY_OPENING.match(self.text, start, pos)
        if m is None or self.text[pos - 2:pos] != ", " or " " in m.group("name") or m.start("name") != start:
            return None  # (one word, the sentence's first)
        word = m.group("name")
        if (known := self.index.find(word)) is not None:
            return known if known.kind == "organization" else None
        if gender_of_first_name(word) is not None or is_place(word) or word.lower() in NOT_NAMES \
                or is_role_word(word) or self._someones_surname(word) or not self._named_alone_mid_sentence(word):
            return None  # (a name the text also writes mid-sentence: not "Sales rose 5%, the company said")
        return self._body_named_as(word, m.start("name"))

    def _one_body_in_the_claim(self, pos: int) -> Entity | None:
        """"Records were stolen from Serrano Health, the company said": the one body the claim before ", the
        company said" names, if it is no public body, outlet or place and nobody works there."""
        if self.text[pos - 2:pos] != ", ":
            return None
        start = sentence_start_before(self.text, 0, pos)
        lo, hi = bisect.bisect_left(self._positions, start), bisect.bisect_left(self._positions, pos)
        bodies = {id(e): e for _, e in self._mentions[lo:hi] if e.kind != "person"}
        if len(bodies) != 1:
            return None
        body = next(iter(bodies.values()))
        at = next(p for p, e in self._mentions[lo:hi] if e is body)
        if any(e.kind == "organization" and e is not body and start - p < 1500 for p, e in self._mentions[:lo]):
            return None  # "Halden Air said it would cut routes. The move followed a price war with Orvane Air, the
            # company said": the firm the story is about, not the rival its claim names
        if body.kind != "organization" or _head_word(body.name) in _PUBLIC_BODY_ENDS or never_speaks(body.name):
            return None
        if (work := _JOB_AT_BEFORE.search(self.text, max(0, at - 40), at)) is not None \
                and (is_role_word(work.group(1)) or work.group(2) == "of" and work.group(1)[:1].isupper()):
            return None  # "an analyst at Leerink Partners", "Rohan Mehta of Halvorsen": where someone works
        return body

    def _body_opening_sentence_before(self, pos: int, its: bool = False) -> str | None:
        """The name of the body that opens the sentence before the one at ``pos`` ("The Institute for Carbon
        Pricing estimated savings."), if a body's name opens it. With ``its`` (the sentence at ``pos`` says
        "Its chief executive"), a one-word name no person answers to will do ("Tesco has 3,000 stores.")."""
        prev, start = self._sentence_before(pos)
        if start < 2:
            return None
        m = _BODY_OPENING.match(self.text, prev, start)
        if m is None or is_place(m.group("name")):
            return None
        if not looks_like_org(m.group("name")):
            # "Kestrel has 600 staff": the short name of "Kestrel Biosciences", named before
            short = self._body_short_form(m.group("name")) if " " not in m.group("name") else None
            if short is None and its and " " not in m.group("name") and gender_of_first_name(m.group("name")) is None \
                    and m.group("name").lower() not in NOT_NAMES \
                    and not _ANOTHER_CLAUSE.search(self.text, m.end("name"), start) \
                    and ((known := self.index.find(m.group("name"))) is None or known.kind != "person"):
                return m.group("name")  # "Tesco has 3,000 stores. Its chief executive": "its" is no person's
            return short.name if short is not None else None
        return m.group("name")

    def _one_body_just_before(self, pos: int) -> Entity | None:
        """The one organisation named in this sentence or the one before ``pos``, if only one is."""
        prev, _start = self._sentence_before(pos)
        near = {id(e): e for e, at in self._bodies_before(pos) if at >= prev and not is_place(e.name)}
        return next(iter(near.values())) if len(near) == 1 else None

    def _body_named_last(self, pos: int, reach: int | None = None, places: bool = False) -> Entity | None:
        """The organisation first named last before ``pos`` (within ``reach`` characters): whom "its" means;
        with ``places``, a country too ("Japan pledged aid ... its foreign minister")."""
        bodies = [e for e in self.index.entities if e.kind == "organization" and e.first_seen < pos
                  and (reach is None or pos - e.first_seen < reach) and (places or not is_place(e.name))]
        return max(bodies, key=lambda e: e.first_seen) if bodies else None

    def _owned_by_body(self, role: str, pos: int) -> tuple[str, str | None] | None:
        """"the association's executive director", "a spokesperson for the company": the role, and the body
        named before (None when it is not clear which body that is)."""
        owned = _BODY_NOUN_ROLE.fullmatch(role) or _ROLE_FOR_THE_BODY.fullmatch(_LEADING_DET.sub("", role).strip())
        if owned is None and (at_the := _ROLE_AT_THE_BODY.fullmatch(_LEADING_DET.sub("", role).strip())) is not None \
                and (at_the.group("noun") in ORG_WORDS or at_the.group("noun") in _ANY_BODY_NOUNS) \
                and (is_role_word(at_the.group("role").split()[0]) or at_the.group("role").split()[0] in ("head", "chief")
                     or len(at_the.group("role").split()) >= 2 and is_role_word(at_the.group("role").split()[1])):
            # "director of trade policy at the centre", "chief executive of the trust", "head of enforcement at
            # the agency", "a senior lecturer in economics at the university"
            owned = at_the
        if owned is None:
            return None
        noun = owned.group("noun").lower()
        if owned.re is _BODY_NOUN_ROLE and owned.group("adj"):
            # "The health authority's chief executive" after the Calderbrook Health Authority: that body, else
            # the words as they stand ("the community center's program coordinator")
            body = self._body_seen_before(noun, pos)
            return (owned.group("role"), body.name) if body is not None and body.kind == "organization" else None
        if noun in _FIRM_NOUNS and (firm := self._company_seen_before(pos, bodies := list(self._bodies_before(pos)))) \
                is not None and (noun in ("company", "firm") or noun in firm.name.lower() or len(bodies) == 1):
            return owned.group("role"), firm.name  # "the brand's creative director": the one firm named before
        if noun in _FIRM_NOUNS and owned.re is _BODY_NOUN_ROLE and noun not in ORG_WORDS:
            return owned.group("role"), None  # "the brand's creative director": a creative director, firm unknown
        if owned.group("noun").lower() in _ANY_BODY_NOUNS:
            # "Threshold Care said ... Anna Kowal, a spokeswoman for the charity": the one body named in this
            # sentence or the one before; else any body may be the group ("the group's secretary general")
            one = self._one_body_just_before(pos) or self._body_named_with_of(owned.group("noun").lower(), pos)
            if one is None and owned.re is _ROLE_AT_THE_BODY:
                return None  # "a spokeswoman for the charity", no charity named: the role says more whole
            return owned.group("role"), one.name if one is not None else None
        if owned.group("noun").lower() not in ORG_WORDS:
            # "The Northern Liberation Front ... The front's chief negotiator": a body whose name ends in the noun
            body = self._body_seen_before(owned.group("noun").lower(), pos)
            if body is None or body.kind != "organization" or body.tokens[-1].lower() != owned.group("noun").lower():
                return None
            return owned.group("role"), body.name
        body = self._body_seen_before(owned.group("noun").lower(), pos) \
            or self._body_named_with_of(owned.group("noun").lower(), pos)  # "The Bank of Norland ... the bank's governor"
        if body is None and (described := self._body_described_before(owned.group("noun").lower(), pos)) is not None:
            return owned.group("role"), described  # "The health ministry said ... The ministry's spokesman"
        if body is None and owned.re is _ROLE_AT_THE_BODY:
            return None  # "spokesman for the foundation", no foundation named: the role says more whole
        return owned.group("role"), body.name if body is not None else None

    def _body_described_before(self, noun: str, pos: int) -> str | None:
        """A body that spoke, described in lower case, in this sentence or the one before ("The health ministry
        said the rollout had begun."), whose head is ``noun``: its words without the article."""
        prev, _start = self._sentence_before(pos)
        i = bisect.bisect_left(self._unnamed_at, pos) - 1
        found = set()
        while i >= 0 and self._unnamed_at[i] >= prev:
            words = self._unnamed_ents[i].name.split()
            if words and words[-1].lower() == noun and len(words) <= 4 and all(w.islower() for w in words[1:]):
                found.add(" ".join(words[1:] if words[0].lower() in ("the", "a", "an") else words))
            i -= 1
        return found.pop() if len(found) == 1 else None  # (two ministries that spoke: which one is unclear)

    def _apply_appositive(self, ent: Entity, span: tuple[int, int]) -> None:
        appos = _LEADING_CONJUNCTION.sub("", self.text[span[0]:span[1]].strip())
        appos = _FROM_A_PLACE_OF.sub("", appos)  # "a nurse from the city of Carrow": a nurse, at home there  # "But a spokesman for the police, X,"
        if not appos or appos[0].isdigit() or ent.kind != "person":
            return  # "Smith, 45, said"
        low = appos.lower()
        first = low.split()[0]
        if first in CUES or first in IRREGULAR_PAST:
            return  # "Karin Hestvik, told the Courier ..." is no role, nor "Jan Novak, 52, lost his home"
        if self._body_by_appositive(ent, appos):
            return
        if PARTY_APPOSITIVE.fullmatch(appos):
            ent.organization = ent.organization or appos  # "Council leader Graham Osei, Labour, said": his party
            return
        if ent.titles and (member := _PARTY_MEMBER_FROM.fullmatch(appos)) is not None:
            # "Rep. Jane Doe, a Republican from Ohio": the title stays her role; the party is her organisation
            ent.organization = ent.organization or _PARTY_FULL_NAMES[member.group(1)]
            return
        if first == "who" and ent.organization is None and (work := _WHO_WORKS.match(appos)) is not None \
                and looks_like_org(work.group("body")) and not is_place(work.group("body")) \
                and (work.group("study") != "studies" or ent.role is not None or ent.titles):
            # (one who "studies ... at" a university works there only as a scholar: "economist Aparna Mathur,
            # who studies ... at", "Professor Anneli Vasko, who studies"; a student studies there too)
            ent.organization = _BODY_TAIL.sub("", work.group("body"))  # "who works for Coldharbor Labs"
            return
        if first == "who" and ent.role is None and (post := _WHO_IS_ROLE_AT.match(appos)) is not None \
                and is_role_word(post.group("role").split()[-1]) and looks_like_org(post.group("body")) \
                and not _NOT_MEMBERS.intersection(post.group("role").lower().split()) \
                and not is_place(post.group("body")):
            # "Jane Roe, who is chief economist at Kestrel Bank, said": her job there
            ent.role, ent.organization = post.group("role"), ent.organization or post.group("body")
            return
        if first == "who" and ent.role is None and not ent.titles and ent.organization is None \
                and (job := _WHO_HOLDS_NAMED_KIND.fullmatch(appos.rstrip(" ,"))) is not None \
                and (job.group("kind") in _BODY_KINDS or job.group("kind") in _BODY_UNITS) \
                and gender_of_first_name(job.group("body").split()[0]) is None and not is_place(job.group("body")):
            # "who heads the campaign group Alden Wild", "who runs the tenants' group Homes First", "who heads the
            # research unit at the National Housing Observatory": her job, and the body named
            ent.role, ent.organization = _WHO_HOLDS_ROLE[job.group("verb")], job.group("body")
            return
        if first == "who" and ent.role is None and not ent.titles and (job := _WHO_HOLDS.match(appos)) is not None \
                and (job.group("lower") and job.group("lower").split()[-1] in BODY_NOUNS
                     or (body := job.group("body")) and looks_like_org(body) and not is_place(body)):
            # "Deborah Mwangi, who chairs the Halloway Survivors Group, said": her job there ("who chairs the
            # council's finance committee": a chair, of a body not named)
            ent.role = _WHO_HOLDS_ROLE[job.group("verb")]
            ent.organization = ent.organization or (None if job.group("lower") else body)
            return
        if first in ("who", "which", "whose", "according", "said", "in", "on", "at", "after", "before", "when",
                     "while", "as", "but", "and", "has", "have", "had", "is", "was", "were", "are", "will",
                     "would", "could", "can", "did", "does", "also", "then", "now") \
                or (first.endswith(("ing", "ed")) and not (len(low.split()) > 1 and is_role_word(low.split()[1]))):
            return  # "speaking to reporters" is no role; "managing director" is
        if len(low.split()) > 1 and first.endswith("s") and not is_role_word(first) \
                and low.split()[1] in ("the", "a", "an", "his", "her", "their", "its", "this", "that"):
            return  # "the actor Tobias Grenfell, plays the farmer with a stooped, ...": a verb and its object
        appos = _LEADING_DET.sub("", appos)
        appos = re.split(r"\s+(?:who|which|that|whose)\s+", appos)[0]
        if (appos := _one_of_many(appos, ent)) is None:
            return
        if (home := _OF_BODY.fullmatch(appos)) is not None:
            # "Jane Roe, of the University of Halden, said": where she works (not "of Flint, Mich.", a home town)
            body = _ORG_TAIL.sub("", home.group("body"))
            if ent.organization is None and looks_like_org(body) and not is_place(body) \
                    and body.rsplit(" ", 1)[-1] not in _PLACE_ENDS | _TOWN_ENDS:
                ent.organization = body
            return
        if (owned := self._owned_by_body(appos, span[0])) is not None:
            # "Ilse Markovic, the association's executive director": the association named before
            appos = owned[0]
            ent.organization = ent.organization or owned[1]
            if owned[1] is not None and ent.role and ent.role != appos and (
                    ent.role.startswith(appos + " ") or ent.role.endswith(("'s " + appos, "\u2019s " + appos))):
                ent.role = appos  # kept whole before the body was known: "director of trade policy [at the centre]",
                # "museum's director"
        elif (its := _ITS_ROLE.fullmatch(appos)) is not None or self.text[max(0, span[0] - 4):span[0]].lower() == "its " \
                or self.text[span[0]:span[1]].lstrip().lower().startswith("its "):  # "said its director, X"
            appos = its.group("role") if its else appos  # "The Strand Institute ... Its senior fellow, Dr Hanne X"
            if (body := self._body_named_last(span[0], reach=600, places=any(
                    w in _STATE_POSTS for w in appos.lower().split()))) is not None \
                    and len(_SENTENCE_STOP.findall(self.text, max(0, self.text.rfind(body.name, 0, span[0])), span[0])) <= 1:
                ent.organization = ent.organization or body.name
            elif (subject := self._subject_body_before(span[0])) is not None and subject.kind == "unnamed":
                # "Dravia's foreign ministry rejected the claims. Its spokeswoman, Irina Beleva, said": that ministry
                ent.organization = ent.organization or _LEADING_DET.sub("", subject.name)
        elif (named_owner := _NAMED_BODY_OWNS.fullmatch(appos)) is not None \
                and looks_like_org(named_owner.group("body")) and not is_place(named_owner.group("body")):
            appos = named_owner.group("role")  # "Anna Berg, the Centre Party's defence spokeswoman"
            ent.organization = ent.organization or named_owner.group("body")
        m = _ROLE_SPLIT.search(appos)
        role, org = (appos[:m.start()], appos[m.end():]) if m else (appos, None)
        if org and role.strip().lower() in _PARTY_MEMBERS:
            role, org = appos, None  # "Democrat of Ohio": a party and a state, no organisation called Ohio
        if org:
            org = _LEADING_DET.sub("", org).strip()
            org = _ORG_ADJECTIVE.sub("", org)  # "the nonpartisan Center for Fiscal Clarity"
            org = _ORG_TAIL.sub("", org)  # "the University of Lindenfeld [and the study's lead author]"
            if m is not None and appos[m.start():m.end()].split()[0] == "from" and not looks_like_org(org):
                org = None  # "a retired seed salesman from Bondurant": where he is from, no organisation
            if org and m is not None and appos[m.start():m.end()].split()[0] == "for" and role.split() \
                    and role.split()[-1].lower() in _MEMBERS_FOR_A_SEAT and not looks_like_org(org):
                org = None  # "the MP for Hartwell North", "the member for St Anne's": a seat, not an organisation
        if role and len(role.split()) > 8 and (last := _LAST_CONJUNCT.split(role)[-1]) != role \
                and any(is_role_word(w) for w in last.split()[:3]) and "'" not in last and "\u2019" not in last \
                and not last.rstrip(".").endswith((" Mr", " Ms", " Mrs", " Dr")):
            role = last  # "lead author of the study and an associate professor of environmental science"
        if role and len(role.split()) > 8 and (is_role_word(role.split()[0]) or role.split()[0] in ("head", "chair")) \
                and len(pps := list(_ROLE_PP.finditer(role))) >= 2 and len(role[:pps[1].start()].split()) <= 8 \
                and _ROLE_PP_OBJECT.match(role, pps[0].end()) \
                and not any(w.endswith("ed") for w in role[:pps[1].start()].split()):
            role = role[:pps[1].start()]  # "head of the finance committee [of the national assembly]": the job
        party_only = ent.role is not None and role.split()[-1].lower() in _PARTY_MEMBERS if role else False
        rank_only = ent.role is not None and all(w.lower().rstrip(".") in _RANKS for w in ent.role.split()) \
            and not (role and role.split()[-1].lower() in _PERSONAL_RELATIONS | _NOT_A_JOB)
        if role and org and role.split()[-1].lower() in _NOT_A_JOB and not (looks_like_org(org) or _ACRONYM.fullmatch(org)):
            org = None  # "a veteran of the Falklands", "a survivor of the blast"; but "a veteran of the CIA"
        if role and org and " " not in org.strip() and role.split()[-1].lower() in _ACTS_FOR_A_PERSON \
                and m is not None and m.group().split()[0] == "for" \
                and (client := self.index.find(org)) is not None and client.kind == "person" and client is not ent \
                and len(client.tokens) >= 2 and client.tokens[-1] == org.strip() and not looks_like_org(org) \
                and (role.split()[-1].lower() in _COUNSEL or client.titles or client.role):
            role, org = f"{role.strip()} for {client.name}", None  # "A lawyer for Lindqvist": his lawyer, no body
        if role and len(role.split()) <= 8 and (ent.role is None or rank_only or ent.role_weak and not party_only
                                                 and role.split()[-1].lower() not in _PERSONAL_RELATIONS
                                                 and not (role.lower().startswith(("former ", "ex-"))
                                                          and any(is_role_word(w) for w in ent.role.split())
                                                          and ent.role.lower() not in role.lower())) \
                and role_like(role):  # "Sen. Josh Kaplan, a Pennsylvania Democrat": still a senator; and
            # "Aviation safety consultant Howard Byrne, a former investigator": still a consultant
            ent.role = role.strip()
            ent.role_weak = False
        if org and ent.organization is None and org.rsplit(" ", 1)[-1].lower() not in _PLACE_ENDS | _TOWN_ENDS | {
                "province", "region", "district", "county", "state", "prefecture", "village"} \
                and (not role.strip() or role_like(role) or looks_like_org(org) and _noun_phrase_like(role)) \
                and (not (is_place(org) or m is not None and m.group().split()[0] == "in")
                     or any(strip_possessive(w).lower().strip(".,") in ORG_WORDS for w in org.split())
                     or role.split() and role.split()[-1].lower() in _OFFICES_OF_A_PLACE
                     or not is_place(org) and role.split() and role.split()[-1].lower() in _PARTNERS_IN):
            # not "Maria Lopes, 52, lives in Lisbon", "a lawyer in Orlando", "Rachel Tennyson, paid tribute to him
            # in the Commons"; but "the governor of New Mexico" holds an office of the state
            ent.organization = _PLACE_TAIL.sub("", org)  # "Brannock & Lowe [in London]"; not "Khovd province"
        if ent.organization is None and role and role_like(role) and (
                after := _ORG_AFTER_ROLE.match(self.text, span[1])) is not None \
                and looks_like_org(after.group("org")) and not is_place(after.group("org")):
            ent.organization = after.group("org")  # "Jonas Berg, Managing Director, Baltic Cable Group."

    def _resolve_pronoun(self, word: str, pos: int, quoted: str = "") -> Entity | None:
        """The latest fitting mention before ``pos``; not a person the quotation itself talks about by
        surname ('"Trump's best argument is ...," he said' is not Trump speaking)."""
        word = _POSSESSIVE_TO_SUBJECT.get(word, word)  # "his claim that ...": he
        if word in ("i", "we", "you"):
            return None
        if word == "who":
            return self._resolve_relative(pos)
        if word in ("which", "that"):
            # "the Gazette report, which notes", "water bottles that said": the thing speaks
            return self._resolve_relative(pos, things=True)
        want_person = word in ("he", "she")
        gender = "m" if word == "he" else "f" if word == "she" else None
        if word == "it" and _IMPERSONAL_IT.match(self.text, pos):
            return None  # "It is estimated that ...", "It's believed ...": nobody
        i = bisect.bisect_left(self._positions, pos) - 1
        seen = 0
        unnamed = self._latest_unnamed(word, pos) if self._unnamed_at else None
        while unnamed is not None and word == "it" and self._reported and self._in_reported(unnamed[0], pos) \
                and words_before_pp(unnamed[1].name.lower())[-1:] and \
                words_before_pp(unnamed[1].name.lower())[-1] in _SPEAKING_DOCUMENTS:
            unnamed = self._latest_unnamed(word, unnamed[0])  # "The ministry said a study showed ... It added"
        sexed = self._sexed_speaker_before(gender, pos) if gender and self._unnamed_at else None
        # "Lind, he said, 'decided first'": the name the inserted "he said" interrupts is spoken of, not speaking
        topic_from = -1
        fallback: Entity | None = None
        fallback_at = pos
        if want_person and self.text[max(0, pos - 2):pos] == ", " and _INSERTED_CUE.match(self.text, pos):
            # the clause it interrupts starts after the last comma or stop before it
            topic_from = max(self.text.rfind(". ", 0, pos - 2), self.text.rfind("\n", 0, pos - 2),
                             self.text.rfind(", ", 0, pos - 2))
        if want_person and (subject := self._role_subject_before(pos, gender)) is not None:
            return subject  # 'The minister rejected that. "We are investing £2bn," she said': the minister
        if word == "they" and (people := self._people_opening_sentence_before(pos)) is not None \
                and (unnamed is None or unnamed[0] < people.start):
            return self.note_unnamed(people)  # 'Nurses walked out. "We have been ignored," they said.'
        if unnamed is not None and word == "they" and _PEOPLE_SUBJECT.search(
                self.text, self.text.find(" ", unnamed[0]), pos) is not None:
            unnamed = None  # "Officials said the pilot was at fault. The pilot's family denied it. They said": the family
        while i >= 0 and seen < 40:
            mpos, ent = self._mentions[i]
            if unnamed is not None and mpos < unnamed[0]:
                return unnamed[1]  # "The ministry said ... It added": described later than anyone named
            i -= 1
            seen += 1
            if mpos > topic_from >= 0:
                continue
            if not want_person and self.text[mpos - 1:mpos] == "(" and _DATELINE_AGENCY_REST.match(self.text, mpos):
                continue  # "GENEVA, Nov 14 (Continental Press Agency) - ": the agency filing the story says nothing
            if ent.kind == "unnamed":
                if _unnamed_fits(ent.name, word):
                    return ent  # "The ministry said ... It added", "A Treasury official said ... He added"
                continue
            if want_person and ent.kind != "person":
                continue
            if word == "it" and ent.kind == "person" and self.text[max(0, pos - 2):pos + 1] in (". I", "\nI") \
                    and self._speaking_body_like(ent, mpos) \
                    and not _THING_BETWEEN.search(self.text, mpos, pos) and not _DOCUMENT_WORD.search(self.text, mpos, pos):
                ent.kind = "organization"  # "Halvorsen Agri said exports would rise. It said": no person is "it"
            if not want_person and (ent.kind == "person" or never_speaks(ent.name)):
                continue  # "they say", "it said": an organisation, never a city, a country or a treaty
            if gender and ent.gender and ent.gender != gender:
                continue
            if quoted and want_person and len(ent.tokens) > 1 and next(
                    _whole_word_starts(quoted, ent.surname), None) is not None:
                continue
            if word == "it" and _THING_BETWEEN.search(self.text, mpos, pos):
                return None  # "The Trade Ministry said ... The bill was published. It says ...": the bill
            if want_person and _ASKED_BY.search(self.text, max(0, mpos - 60), mpos) \
                    and self.text[pos - 2:pos] == ", " and _SENTENCE_STOP.search(self.text, mpos, pos) is None:
                continue  # "Asked by Helena Vance whether ..., she replied": the one asked answers
            if want_person and _IN_RELATIVE.search(self.text, max(0, mpos - 80), mpos) \
                    and "," in self.text[mpos:pos]:
                # "Marcus Hale, who joined Okafor at the podium, said ... He said": Okafor is talked about
                if fallback is None:
                    fallback, fallback_at = ent, mpos
                continue
            if (want_person or word == "it") and self._reported and self._in_reported(mpos, pos, gender):
                # ("Carvane Motors said the inflators came from Delcoro Systems. It said": Carvane)
                if fallback is None:  # spoken of in a reported statement: the one who spoke it comes first
                    fallback, fallback_at = ent, mpos
                continue
            if fallback is not None and "\n" in self.text[mpos:fallback_at]:
                ent = fallback  # but only from the same paragraph: not someone named paragraphs before
            if want_person and (asked := self._asked_one(ent, mpos, pos, gender)) is not None:
                return asked  # 'Scott Conroy asked Sanders whether ... "Sure it is," he said': the one asked answers
            if sexed is not None and sexed[0] > mpos:
                return sexed[1]  # '"...," a spokeswoman said. "...," she added': the spokeswoman
            if want_person and "\n" in self.text[mpos:pos] and (here := self._described_here(gender, pos)) is not None:
                return here  # "Back in Wellsford, a retired bus driver shakes her hand ... he says": not a name from before
            if gender and ent.tokens and gender_of_first_name(ent.tokens[0]) is None \
                    and (known := self._sexed_person_before(gender, mpos, pos)) not in (None, ent):
                return known  # "Maria Halvorsen beat Tomas Reddaway. She said": the subject, known to be a she
            if gender and not ent.gender:
                ent.gender = gender
            return ent
        if fallback is not None and sexed is not None and sexed[0] > fallback_at:
            return sexed[1]  # 'Officials said Erik Stavnes was briefed. A ministry spokesman said ... "...," he said'
        if fallback is not None and want_person and not _FIRST_PERSON.search(quoted) \
                and (teller := self._unnamed_teller(gender, fallback_at)) is not None:
            return teller  # "A police spokesman said Tom Reyes was held. He added": Reyes is only spoken of
        if fallback is not None:
            if gender and not fallback.gender:
                fallback.gender = gender
            return fallback
        if unnamed is None and want_person:
            return self._described_person_nearby(gender, pos)
        return unnamed[1] if unnamed is not None else None

    def _people_opening_sentence_before(self, pos: int) -> Phrase | None:
        """'Nurses walked out on Monday. "We have been ignored," they said.': the people the sentence before
        opened with, in the same paragraph, when no one is named after them."""
        prev, here = self._sentence_before(pos)
        if here < 2 or self.text[here - 2:here] != ". ":
            return None
        subj = sentence_subject(self.text, prev, here - 1)
        words = self.text[subj.start:subj.end].split() if subj is not None else []
        if subj is None or not (subj.kind == "description" or subj.kind == "name"
                                and (is_role_word(words[0]) or words[0].lower() in _COUNTING_WORDS)
                                and all(w[:1].islower() for w in words[1:])) \
                or not _unnamed_fits(" ".join(words), "they") \
                or any(w.endswith(("ed", "ing")) and w.islower() for w in words[1:]):
            # ("Nurses", "Residents of the estate", "Hundreds of nurses": capitalised as a sentence opens; not "A poll conducted by
            # voters", "a video depicting women")
            return None
        i = bisect.bisect_left(self._positions, subj.end)
        if any(self._positions[k] < pos and not self._inside_quote(self._positions[k])
               for k in range(i, len(self._positions))):
            return None  # someone named since
        if any(_unnamed_fits(w.lower(), "they") for w in re.findall(r"[\w'\u2019-]+", self.text[subj.end:here])):
            return None  # "Investors sued the directors. \"...,\" they said": the directors may answer
        return subj

    def _role_subject_before(self, pos: int, gender: str | None) -> Entity | None:
        """The person a sentence opening "The minister ..." means, when that sentence comes right before the
        one holding ``pos`` (a quotation's "she said") and no one else is named outside quotation marks since."""
        prev, here = self._sentence_before(pos)
        if here < 2 or self.text[here - 2:here] != ". ":
            return None
        m = _ROLE_SUBJECT.match(self.text, prev, here)
        if m is None or not is_role_word(m.group("head")):
            return None
        i = bisect.bisect_left(self._positions, prev)
        if any(self._positions[k] < pos and not self._inside_quote(self._positions[k])
               for k in range(i, len(self._positions))):
            return None  # someone named since
        # only a person named with that role ("Energy Minister Fiona Hartigan"): the victim named before "The
        # officer searched her bag" is no officer
        ent = self._latest_person(prev, lambda role: _role_has(role, (m.group("head"),)), titles=True)
        if ent is None or gender and ent.gender and ent.gender != gender:
            return None
        return ent

    def _unnamed_teller(self, gender: str | None, mpos: int) -> Entity | None:
        """The one person described, not named, who speaks earlier in the sentence that mentions someone at
        ``mpos`` only as spoken of ("A police spokesman said Tom Reyes ...", "The coach, who played alongside
        Tom Reyes, said"): the next "he" is the teller, not the one told about."""
        k = bisect.bisect_left(self._unnamed_at, mpos) - 1
        if k < 0 or self._unnamed_at[k] < sentence_start_before(self.text, 0, mpos):
            return None
        ent = self._unnamed_ents[k]
        words = words_before_pp(ent.name.lower())
        if not words or words[0] not in ("a", "an", "the", "one", "another") or words[-1].endswith("s") \
                or not is_role_word(words[-1]) or _other_sex(words[-1], gender):
            return None
        return ent

    def _sexed_person_before(self, gender: str, mpos: int, pos: int) -> Entity | None:
        """The subject of the sentence holding ``mpos``, when the person named at ``mpos`` (whose sex is not
        known) is not that subject and the subject is known to be of ``gender``: "Maria Halvorsen beat Tomas
        Reddaway. She said" is Maria Halvorsen."""
        start = sentence_start_before(self.text, 0, mpos)
        i = bisect.bisect_left(self._positions, start)
        if i >= len(self._mentions) or self._mentions[i][0] >= mpos or self._mentions[i][0] - start > 4:
            return None
        ent = self._mentions[i][1]
        if _PUTS_QUESTIONS.search(self.text, self._mentions[i][0], mpos):
            return None  # "Maria Halvorsen interviewed Kim Park. 'We will ...,' she said": the one interviewed
        if (run := _CAPITALISED_RUN.match(self.text, self._mentions[i][0])) is not None \
                and (between := _LOWER_ROLE_BETWEEN.fullmatch(self.text, run.end(), mpos)) is not None \
                and is_role_word(between.group("role")) \
                and not any(w.endswith("ed") or w in _VERBS_BEFORE_A_NAME for w in between.group().split()):
            return None  # "Obama consultant Cornell Belcher ... he said": Obama is no subject, only whose consultant
        return ent if ent.kind == "person" and ent.tokens and gender_of_first_name(ent.tokens[0]) == gender \
            and "\n" not in self.text[start:pos] else None

    def _speaking_body_like(self, ent: Entity, mpos: int) -> bool:
        """Could this "person" be a body? Two words or more, the first no first name, no sex, role or title
        known, and it speaks right where it stands ("Halvorsen Agri said")."""
        return len(ent.tokens) >= 2 and ent.gender is None and not ent.role and not ent.titles \
            and gender_of_first_name(ent.tokens[0]) is None and self._speaks_at(ent, mpos)

    def _asked_one(self, ent: Entity, mpos: int, pos: int, gender: str | None) -> Entity | None:
        """The person ``ent`` asked ("Scott Conroy asked Sanders whether ..."), named right after "asked" in
        the sentence before ``pos``, of the pronoun's sex or of none known."""
        asked = _ASKED_AFTER_NAME.match(self.text, mpos)
        if (ent.role or ent.titles) and not _ASKS_FOR_A_LIVING.search((ent.role or "").lower()):
            return None  # "Senator Jane Smith asked Jordan Lee whether ... she said": a questioner in office goes on
        if asked is None or _SENTENCE_STOP.search(self.text, asked.end(), max(asked.end(), pos - 2)) is None:
            return None
        j = bisect.bisect_left(self._positions, asked.end())
        if j < len(self._mentions) and self._mentions[j][0] == asked.end():
            other = self._mentions[j][1]
            if other is not ent and other.kind == "person" and (gender is None or other.gender in (None, gender)):
                return other
        return None

    def _shouting_at(self, pos: int) -> bool:
        """Is the line holding ``pos`` written mostly in capitals (a headline, a transcript turn)?"""
        line = self.text[self.text.rfind("\n", 0, pos) + 1:self.text.find("\n", pos) % (len(self.text) + 1)]
        letters = [c for c in line if c.isalpha()]
        return bool(letters) and sum(c.isupper() for c in letters) > 0.5 * len(letters)

    def _name_speaks_at(self, mpos: int) -> bool:
        """Is the capitalised name at ``mpos`` followed by a saying verb ("Maria Lopez said")? Then it is a
        speaker of its own, not the one a description before it points at."""
        run = _CAPITALISED_RUN.match(self.text, mpos)
        return run is not None and _SPEAKS_AFTER.match(self.text, run.end()) is not None

    def _speaks_past_appositive(self, ent: Entity, mpos: int) -> bool:
        """"The ship's operator, Helios Maritime, said", "Helios Maritime, the ship's operator, said": the name
        speaks, past what it is."""
        if not self.text.startswith(ent.name, mpos):
            return False
        end = mpos + len(ent.name)
        if self.text.startswith(",", end) and _SPEAKS_AFTER.match(self.text, end + 1):
            # not a name inside another's appositive: "Delta Foods, the owner of Crunchy Oats, said"
            return _INSIDE_APPOSITIVE_BEFORE.search(self.text, max(0, mpos - 80), mpos) is None
        appos = BETWEEN_COMMAS.match(self.text, end)
        return appos is not None and _SPEAKS_AFTER.match(self.text, appos.end()) is not None

    def _speaks_at(self, ent: Entity, mpos: int) -> bool:
        """Is the mention at ``mpos`` the entity's name, followed by a saying verb ("Meridale Health said")?"""
        return self.text.startswith(ent.name, mpos) and _SPEAKS_AFTER.match(self.text, mpos + len(ent.name)) is not None

    def _sexed_speaker_before(self, gender: str, pos: int) -> tuple[int, Entity] | None:
        """The latest described speaker in this paragraph whose own noun says her or his sex ("a
        spokeswoman", "the chairman"), who may be the next "she" or "he"."""
        para = self.text.rfind("\n", 0, pos) + 1
        i = bisect.bisect_left(self._unnamed_at, pos) - 1
        if i < 0 or self._unnamed_at[i] < para:
            return None
        words = words_before_pp(self._unnamed_ents[i].name.lower())
        head = words[-1] if words else ""
        if head in (_WOMEN if gender == "f" else _MEN) and head in _ONE_PERSON_HEADS | _SEXED_HEADS \
                and words[0] in ("a", "an", "one", "the", "another"):
            return self._unnamed_at[i], self._unnamed_ents[i]
        at = self._unnamed_at[i]
        k = bisect.bisect_left(self._positions, at) - 1  # the person named last before the description
        if words and words[0] in ("a", "an", "one", "another") and not head.endswith("s") \
                and head not in (_MEN if gender == "f" else _WOMEN) \
                and k >= 0 and self._name_speaks_at(self._positions[k]) \
                and (own := _SAID_SHE_AFTER.match(self.text, at + len(self._unnamed_ents[i].name))) is not None \
                and _PRONOUN_SEX.get(own.group(1).lower()) == gender and own.start(1) != pos:
            # (not that "she" itself: "a former speechwriter said she demanded ..." may be about Fiorina)
            return at, self._unnamed_ents[i]  # "Another fan said she had attended every day. '...,' she said"
        return None

    def _described_here(self, gender: str | None, pos: int) -> Entity | None:
        """The one person described (not named) as a subject earlier in this paragraph, if exactly one
        is ("a retired bus driver shakes her hand as he leaves"), of no other sex."""
        para = self.text.rfind("\n", 0, pos) + 1
        found = [m for m in _DESCRIBED_PERSON.finditer(self.text, para, pos)
                 if m.group("head") in _ONE_PERSON_HEADS and not _VICTIM_VERB.match(self.text, m.end("np"))
                 and not _other_sex(m.group("head"), gender)]
        if len(found) != 1:
            return None
        m = found[0]
        return self.note_unnamed(Phrase(m.start("np"), m.end("np"), "description"))

    def _described_person_nearby(self, gender: str | None, pos: int) -> Entity | None:
        """"A board spokesman insists ... 'We are consulting,' he says": when nobody named fits "he",
        the person described just before, in the same paragraph, one of a kind ("a spokesman", "the
        prince", not "officials"), of no other sex."""
        para = self.text.rfind("\n", 0, pos) + 1
        i = bisect.bisect_left(self._unnamed_at, pos) - 1
        if i < 0 or self._unnamed_at[i] < para:
            return None
        ent = self._unnamed_ents[i]
        words = words_before_pp(ent.name.lower())
        head = words[-1] if words else ""
        if words[:1] not in (["a"], ["an"], ["one"], ["the"], ["another"]) or not (
                head in _ONE_PERSON_HEADS or is_role_word(head) and not head.endswith("s")):
            # "The minister said ... he said", "One engineer, who asked not to be named, said ... she said"
            return None
        if _other_sex(head, gender):
            return None
        return ent

    def _continues(self, att: Attribution | None) -> bool:
        """Is the attribution's cue one that goes on from the one who just spoke ("added", "continued")?"""
        return att is not None and att.cue is not None and self.text[att.cue[0]:att.cue[1]] in ("added", "continued")

    def _speakers_between(self, lo: int, hi: int) -> list[Entity]:
        """Who was found speaking at mentions in ``[lo, hi)`` (the speaker mentions are kept in text order)."""
        ms = self._speaker_mentions
        i = bisect.bisect_left(ms, lo, key=_POSITION)
        return [e for _, e in ms[i:bisect.bisect_left(ms, hi, i, key=_POSITION)]]

    def _speaker_just_before(self, pos: int, word: str) -> Entity | None:
        """The person who spoke in the sentence before ``pos`` (a sentence opening "He added"), when that
        is one person of the pronoun's sex, named and found as a speaker."""
        if not (sentence_start_before(self.text, 0, pos) >= pos - 1):
            return None  # only "He added" opening a sentence
        gender = "m" if word == "he" else "f"
        prev_start = sentence_start_before(self.text, 0, max(0, pos - 2))
        people = {id(e): e for e in self._speakers_between(prev_start, pos) if e.kind == "person"}
        if len(people) != 1:
            return None
        ent = next(iter(people.values()))
        return ent if ent.gender in (None, gender) and len(ent.tokens) > 1 else None

    def _latest_unnamed_person(self, pos: int) -> Entity | None:
        """The latest one unnamed person described as a speaker in the 600 characters before ``pos``
        ("One former executive", "A senior civil servant at the department")."""
        i = bisect.bisect_left(self._unnamed_at, pos) - 1
        if i < 0 or pos - self._unnamed_at[i] > 600:
            return None
        ent = self._unnamed_ents[i]
        words = words_before_pp(ent.name.lower())
        at = self._unnamed_at[i]
        named_between = any(e.kind == "person" for e in self._speakers_between(at + 1, pos))
        anonymous = _SPOKE_ANONYMOUSLY.search(self.text, at, min(pos, at + 200)) is not None
        if words and words[0] in ("a", "an", "one", "another") and is_role_word(words[-1]) \
                and not words[-1].endswith("s") and not named_between and anonymous \
                and not words[-1].startswith("spokes"):
            return ent  # only a source described as unnamed, with nobody named speaking since
        return None

    def note_unnamed(self, ph: Phrase) -> Entity:
        """The unnamed speaker of a description nobody names, entered among the mentions where it
        stands, so a pronoun after it can mean it."""
        ent = self.unnamed(ph)
        i = bisect.bisect_right(self._unnamed_at, ph.start)
        self._unnamed_at.insert(i, ph.start)
        self._unnamed_ents.insert(i, ent)
        return ent

    def _latest_unnamed(self, word: str, pos: int) -> tuple[int, Entity] | None:
        """The latest unnamed speaker before ``pos`` that ``word`` ("it", "they", "he") can stand for.
        Kept apart from the named mentions: a description says who speaks, not who "the nominee" is."""
        if word == "it" and _IMPERSONAL_IT.match(self.text, pos):
            return None  # "It is estimated that ...": nobody
        i = bisect.bisect_left(self._unnamed_at, pos) - 1
        while i >= 0 and pos - self._unnamed_at[i] < 1500:
            if _unnamed_fits(self._unnamed_ents[i].name, word):
                at = self._unnamed_at[i]
                if word == "it" and _THING_BETWEEN.search(self.text, self.text.find(" ", at), pos):
                    return None  # "The government said ... The bill was published. It says ...": the bill
                return at, self._unnamed_ents[i]
            i -= 1
        return None

    def _resolve_relative(self, pos: int, things: bool = False) -> Entity | None:
        """", who said": the phrase before the comma; "voters who said": the phrase right before.
        ``things``: a description that names no person still speaks ("a letter that says")."""
        m = re.search(r",\s*$", self.text[max(0, pos - 3):pos])
        if not m:
            para_start = self.text.rfind("\n", 0, pos) + 1
            ph = phrase_before(self.text, para_start, pos, subject=False)
            if ph is None or ph.kind == "pronoun" or not self.text[ph.end:pos].isspace():
                return None
            return self._resolve_phrase(ph, None) or self._unnamed_speaker_noun(ph) or (
                self.unnamed(ph) if things and ph.kind == "description" else None)
        comma = max(0, pos - 3) + m.start()
        para_start = self.text.rfind("\n", 0, comma) + 1
        # the appositive lies in this sentence: not "..., spent $2 million. Hugo Lind, who ..."
        seg_start = self.text.rfind(",", sentence_start_before(self.text, para_start, comma), comma)
        segment = self.text[seg_start + 1:comma].strip() if seg_start >= 0 else ""
        if (segment[:1].islower() or segment.lower().startswith(("a ", "an ", "the "))) \
                and _CUE_OPENS_SEGMENT.match(segment) is None \
                and (_PREP_THEN_NAME.match(segment) is None or is_place(segment.split(None, 1)[1])
                     or segment.startswith("from") and not self.index.find(segment.split(None, 1)[1])):
                # not "..., according to Northline Energy, which"; "..., 24, from Manchester, who": a home
            # (nor "an endorsement from a Senate colleague, from Mike Lee, who declared": the name is who)
            # "Ong Bee Lian, a veteran negotiator at the ministry, who told ...": skip the appositive
            comma = seg_start
        ph = phrase_before(self.text, para_start, comma, subject=False)
        if ph is not None and ph.kind == "name" and " " not in self.text[ph.start:ph.end].strip() \
                and self.index.find(self.text[ph.start:ph.end]) is None and (loc := _LOCATIVE_BEFORE.search(
                self.text, max(para_start, ph.start - 12), ph.start)) is not None:
            # "a trust in Oban, which has offered ...": the place says where; the noun before it speaks
            ph = phrase_before(self.text, para_start, loc.start(), subject=False)
            if ph is not None and ph.kind == "name":
                return None
        if ph is None or ph.kind == "pronoun":
            return None
        return self._resolve_phrase(ph, None) or self._unnamed_speaker_noun(ph) or (
            self.unnamed(ph) if things and ph.kind == "description" else None)

    def _unnamed_speaker_noun(self, ph: Phrase) -> Entity | None:
        """"voters who said", "a campaign surrogate, who told": an unnamed speaker, if the phrase ends in
        a noun for people or bodies that speak."""
        words = self.text[ph.start:ph.end].split()
        last = words[-1].lower().strip(".,")
        if ph.kind != "description" or not (last in SPEAKER_NOUNS or last in OCCUPATIONS
                                            or last.rstrip("s") in OCCUPATIONS):
            return None
        k = len(words) - 1  # the noun phrase only: not "Among the voters", "The plan angered women"
        while k > 0 and not (words[k - 1].lower() in _NP_BREAK_WORDS or words[k - 1].lower().endswith("ed")
                             and words[k - 1].lower() not in ("retired", "elected", "unnamed", "registered")):
            k -= 1
        start = ph.start + len(" ".join(words[:k])) + (1 if k else 0)
        return self.unnamed(Phrase(start, ph.end, "description"))

    def _named_with_role(self, need: tuple[str, ...], pos: int) -> Entity | None:
        """The latest person before ``pos`` whose role has all the words in ``need``."""
        return self._latest_person(pos, lambda role: _role_has(role, need))

    def _latest_person(self, pos: int, fits: Callable[[str], bool], titles: bool = False) -> Entity | None:
        """The latest person named before ``pos`` (within :data:`_LOOKBACK`) whose role ``fits``."""
        positions = self._positions
        i = bisect.bisect_left(positions, pos) - 1
        while i >= 0 and pos - positions[i] < _LOOKBACK:
            ent = self._mentions[i][1]
            i -= 1
            # a title only where an appositive gave another role ("Gov. Teresa Calder, the Democratic nominee")
            if ent.kind == "person" and ent.role and (fits(ent.role) or titles and ent.titles and any(map(fits, ent.titles))):
                return ent
        return None

    def _handle_owner(self, handle: str, pos: int) -> Entity:
        """The person a handle belongs to: one named in the article whose surname it holds
        ("@realDonaldTrump" is Donald Trump's), else the handle itself as someone new."""
        low = handle.lower()
        for ent in self.index.entities:
            if ent.kind == "person" and len(ent.tokens) > 1 and len(ent.surname) >= 3 \
                    and ent.surname.lower() in low:
                ent.aliases.add(low)
                return ent
        return self.index.add(handle, pos, "person")

    def _acts_on_latest(self, words: str, pos: int) -> bool:
        """Does "the judge" at ``pos`` act on the person named just before it ("When asked by the judge
        whether he had anything to say", "the judge told Whitlow")? Then that person is not the judge."""
        if self.text[max(0, pos - 3):pos] == "by ":
            return True
        i = bisect.bisect_left(self._positions, pos) - 1
        while i >= 0 and self._mentions[i][1].kind != "person":
            i -= 1  # the latest person, not "Bristol Crown Court" named after them
        if i < 0:
            return False
        mpos, latest = self._mentions[i]
        end = pos + len(words)
        stop = _SENTENCE_STOP.search(self.text, end, end + 300)
        rest = self.text[end:stop.start() if stop else end + 300]
        if latest.surname and latest.surname in rest:
            return True  # "the judge told Ruiz"
        # the one named before is the judge only if they did what a judge does: "Recorder Ana Ruiz jailed Vale"
        return _JUDGING_AFTER.match(self.text, mpos) is None

    def _issuer_of(self, noun: str, pos: int) -> Entity | None:
        """Who "said in a statement" (a letter, a release) in the 800 characters before ``pos``: the
        person or body named in the 120 characters before those words."""
        last = None
        noun = _SAME_DOCUMENT.get(noun, noun)  # "said in a release ... the statement added": one document
        for m in re.finditer(rf"\bin\s+an?\s+(?:[\w-]+\s+)?(?:{noun})\b", self.text[max(0, pos - 800):pos]):
            last = m
        if last is None:
            return None
        if re.search(rf"\b(?:[Aa]nother|[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+)?(?:{noun})\b",
                     self.text[max(0, pos - 800) + last.end():max(0, pos - 1)]):
            return None  # "Another note from Barclays said the opposite. '...,' the note said": not the first
        at = max(0, pos - 800) + last.start()
        k = bisect.bisect_left(self._speaker_mentions, at, key=_POSITION) - 1
        here = sentence_start_before(self.text, 0, at)  # (the one in that sentence: not "X said ... The auditors
        # warned in a report that ...")
        if k >= 0 and at - self._speaker_mentions[k][0] < 120 and self._speaker_mentions[k][0] >= here:
            return self._speaker_mentions[k][1]  # the one who "said in a statement", not a body named in between
            # ("Zambezi Copper Holdings, which is owned by Halvard Resources, said in a statement")
        i = bisect.bisect_left(self._positions, at) - 1
        if i >= 0 and at - self._positions[i] < 120 and self._positions[i] >= here:
            return self._mentions[i][1]
        return None

    def _stated_age(self, ent: Entity) -> int:
        """The age the text gives the person ("Anna Berg, 52,", "Anna Berg (52)", "52-year-old Anna Berg"), 0 if none."""
        for name in {ent.name, ent.surname} - {""}:
            for m in re.finditer(r"(?:\b(\d{1,3})-year-old\s+)?" + re.escape(name) + r"(?:,\s*(\d{1,3})\b|\s+\((\d{1,3})\))?",
                                 self.text):
                age = m.group(1) or m.group(2) or m.group(3)
                if age:
                    return int(age)
        return 0

    def _only_person_before(self, pos: int, reach: int) -> Entity | None:
        """The one person named in the ``reach`` characters before ``pos``; None when there may be two
        (an epithet between "Melania Trump" and "the Trump team" could be either; so could one after
        "Nadal lost to Dominic Thiem", where Nadal is a surname nobody else named)."""
        positions = self._positions
        lo = max(0, pos - reach)
        i = bisect.bisect_left(positions, pos) - 1
        found: Entity | None = None
        while i >= 0 and positions[i] >= lo:
            ent = self._mentions[i][1]
            i -= 1
            if ent.kind != "person" or ent.name[:1].islower():
                continue
            if found is not None and ent is not found:
                return None
            found = ent
        if found is None:
            return None
        # any other capitalised word that could be someone: not the found person's, nor a word of a
        # known name, role or organisation, a place or a common word that opens a sentence
        known = {w.lower() for e in self.index.entities for w in
                 (e.name + " " + (e.role or "") + " " + (e.organization or "")).split()}
        for m in _CAPITALISED.finditer(self.text, lo, pos):
            low = m.group().lower()
            if low in known or low in NOT_NAMES or low in DETERMINERS or is_role_word(low) or is_place(m.group()) \
                    or looks_like_org(m.group()) or looks_like_outlet(m.group()) or low in _EPITHET_WORDS \
                    or low.split("'")[0].split("\u2019")[0] == "i" or self.text[m.start() - 1:m.start()] in ('"', "\u201c"):
                continue  # (nor "I'm" or "Football" opening the quotation)
            if _SUBJECT_VERB_NEXT.match(self.text, m.end()):
                return None  # "Nadal lost to ...": someone else, known by surname, who could be meant
        return found

    def _resolve_description(self, words: str, pos: int) -> Entity | None:
        toks = [w.lower().strip(".,'\u2019") for w in words.split()]
        if not toks:
            return None
        heads = [t for t in toks if t in _ROLE_NOUNS]
        if (prep := next((k for k, t in enumerate(toks) if t in ("for", "to")), 0)) and any(
                t in _ROLE_NOUNS for t in toks[:prep]):
            heads = [t for t in toks[:prep] if t in _ROLE_NOUNS]  # "the spokesman for Prime Minister X": a spokesman
        if any(t == "general" and k and toks[k - 1].endswith("s") and toks[k - 1] in _PLURAL_GENERALS
               for k, t in enumerate(toks)):
            heads = []  # "the attorneys general said": several, none of them one named attorney general
        definite = toks[0] in ("the", "this") or toks[0].endswith(("'s", "\u2019s")) or toks[0].endswith("s'") \
            or toks[0] in ("his", "her", "their") and len(toks) == 2 and toks[1] in _PERSONAL_RELATIONS  # "her daughter"
        if len(toks) == 2 and toks[0] in ("the", "its") and toks[1] in ("statement", "letter", "release", "note", "memo",
                                                              "report", "filing", "notice", "post") \
                and (issuer := self._issuer_of(toks[-1], pos)
                     or (self._subject_body_before(pos) if toks[0] == "its" or toks[-1] == "statement" else None)
                     or (self._body_named_as(self._body_opening_sentence_before(pos)) if toks[-1] == "statement"
                         else None)) \
                is not None:  # ("The Bank of Valdoria cut rates. '...,' the statement said": the bank's)
            return issuer  # 'X said in a statement that ... "...," the statement said': X's statement
        if toks == ["the", "club"] and (club := self._club_before(pos)) is not None:
            club.aliases.add(norm_name(words))
            return club  # "Ashworth Rovers FC sold their top scorer ... the club said"
        if len(toks) == 2 and toks[0] == "the" and toks[1] in ("company", "firm", "group") \
                and ((own := self._firm_opening_the_claim(pos)) is not None
                     or toks[1] != "group" and (own := self._one_body_in_the_claim(pos)) is not None):
            return own  # "Payvora processed 1.3 billion transactions in 2025, the company said"
        if toks[0] == "the" and len(toks) <= 4 and toks[-1] in _COMPANY_NOUNS \
                and (len(toks) == 2 or toks[-1] not in ("group", "business")) \
                and (company := self._latest_company(toks[-1], pos)) is not None \
                and (toks[-1] not in ("group", "business") or self._firm_is_the_group(company, pos)):
            company.aliases.add(norm_name(words))
            return company  # "Nordhavn Energy ASA announced ... '...,' the company said"
        if len(toks) == 2 and toks[0] == "the" and toks[1] in _ANY_BODY_WORDS \
                and (body := self._one_body_just_before(pos)) is not None and body.kind == "organization" \
                and len(body.tokens) > 1 and self._body_seen_before(toks[1], pos) in (None, body) \
                and _head_word(body.name) not in _PLACE_LIKE_BODIES and body.tokens[-1].lower() not in _COMPANY_MARKERS \
                and norm_name(body.name) not in self._firms and not re.search(r"\b[Aa]n?\s+(?:[\w-]+\s+){0,2}" + toks[1] + r"\b", self.text[max(0, pos - 600):pos]):
            # (not after "Villagers formed an action group": the group described)
            return body  # "The Organisation of Crude Exporting Nations cut output ... the group said": the one body
        if any(t in ANONYMOUS_HEADS for t in toks) and not any(w[0].isupper() for w in words.split()[1:]):
            # anonymous ("three people briefed on the talks"), unless "the chief executive" points back at a
            # person named with that role
            if not (definite and len(toks) >= 3 and heads):
                return None
            named = self._named_with_role(tuple(t for t in toks[1:] if t not in ("of", "for", "the", "and")), pos)
            if named is not None:
                named.aliases.add(norm_name(words))
            return named
        # "the minister", "the chief negotiator": the latest person whose role has that noun; never for a body
        # ("The health ministry says" is not the finance minister named before)
        if definite and heads and toks[-1] in BODY_NOUNS and toks[-1] not in _PERSON_OR_BODY:
            heads = []  # (but "the regulator" may be "Ostravia's chief nuclear regulator, Ann Lee")
        if definite and heads:
            head = heads[-1]
            positions = self._positions
            content = tuple(t for t in toks[1:] if t not in ("of", "for", "the", "and")) or (head,)
            # the most recent person whose role has all these words ("the Prime Minister"), else the head
            # "the defence ministry spokesman" is not any spokesperson: with an organisation named, only a
            # person whose role names it too
            before_head = content[:content.index(head)] if head in content else ()
            needs = (content,) if any(t in ORG_WORDS and t not in _POLITICAL_BODIES
                                      for t in before_head) else (content, (head,))
            other_office = _NOT_THE_OFFICE.search(words) is None  # "the governor" is not "Lieutenant Governor Ray Burns"
            owner = _owner_of(toks, head)  # "the council's solicitor" is not "the solicitor for the family"
            fits_list: list[Callable[[str], bool]] = [
                lambda role, need=need: _role_has(role, need) and _role_has(_owner_dropped(role), (head,))
                and (owner is None or _owner_of([w.lower().strip(".,") for w in role.split()], head) in (None, owner))
                and not (head == toks[-1] and head in _BODY_HEADS and (role.lower().split()[-1] != head
                                                                       or f" of the {head}" in role.lower()))
                and not (other_office and _NOT_THE_OFFICE.search(role))
                for need in needs]  # "the senator" is no "senator's lawyer", "the board" no "board chair"
            if head == "minister" and content == ("minister",):
                # "The Justice Secretary, Harriet Coles, ... The minister said": a secretary of state is a
                # minister (after anyone titled minister; never a shadow one)
                fits_list.append(lambda role: _CABINET_SECRETARY.search(role) is not None
                                 and "shadow" not in role.lower())
            for k, fits in enumerate(fits_list):
                # a title before the name counts for the whole description only: "the governor" is "Gov.
                # Teresa Calder, the Democratic nominee", but "the Vermont senator" is not any "Sen."
                if (ent := self._latest_person(pos, fits, titles=k == 0)) is not None:
                    ent.aliases.add(norm_name(words))
                    return ent
            if head in _ONLY_BY_ROLE:
                # "the Taoiseach" is only someone the text calls that: "The Taoiseach, Anna Kowal, ..." (not "Leo
                # Fahy met the Taoiseach")
                return self._titled_in_appositive(words, pos)
            if toks[0] in ("his", "her", "their"):
                return None  # "her daughter" is the person named her daughter, never the last one named
            if (said_before := self._described_before(words, pos)) is not None:
                return said_before
            if toks[0] == "the" and (org := self._latest_org_fitting(toks, pos)) is not None:
                return org
            if head not in OCCUPATIONS and head not in TITLE_WORDS or head in _SERVING_ROLES:
                return None  # "the spokesman" speaks for someone; he is not the last person named
            presiding = head in _PRESIDING_ROLES and self._acts_on_latest(words, pos)
            # named just before without a role ("Karin Hestvik has spent 11 days ... Kestria's chief
            # negotiator said"): the latest person in the last few hundred characters
            i = bisect.bisect_left(positions, pos) - 1
            i = self._skip_prepositional(i)
            owner = re.match(r"(.+?)['\u2019]s?\s", words.strip())
            owned_by_person = owner is not None and (o := self.index.find(owner.group(1))) is not None \
                and o.kind == "person"  # "Cameron's spokesman" is not Cameron, nor the person before him
            want = gender_from_words(words)
            if i >= 0 and pos - positions[i] < 600 and not owned_by_person and not presiding \
                    and not _OBJECT_VERB_BEFORE.search(self.text, max(0, positions[i] - 50), positions[i]):
                # but not "Rescuers reached Lorraine Batiste ... The governor said": someone acted upon
                ent = self._mentions[i][1]
                if ent.kind == "person" and _takes_role(ent, words, want) and (head not in _PRESIDING_ROLES or ent.role):
                    return ent  # a judge is someone titled ("Recorder Ana Ruiz"), not an MP quoted just before
            # named later ("Kestria's trade minister has promised ... Trade Minister Oskar Halvorsen
            # told reporters"): the first person after it with that role, or with no role yet
            j = bisect.bisect_right(positions, pos)
            while j < len(self._mentions) and self._mentions[j][0] - pos < 1500:
                ent = self._mentions[j][1]
                j += 1
                if ent.kind != "person":
                    continue
                if ent.role and head in ent.role.lower() and not any(
                        w in _RANK_WORDS and w not in ent.role.lower() for w in content):
                    ent.aliases.add(norm_name(words))  # not "the first officer" for a chief operating officer
                    return ent
                if j - bisect.bisect_right(positions, pos) <= 2 and not owned_by_person and not presiding \
                        and self._mentions[j - 1][0] - pos < 300 \
                        and not (ent.first_seen > pos and self._name_speaks_at(self._mentions[j - 1][0])) \
                        and _SENTENCE_STOP.search(self.text, pos, self._mentions[j - 1][0]) is not None \
                        and _takes_role(ent, words, want):
                    return ent  # in a later sentence: not "2,300 National Guard troops" in the claim itself
        # "the ministry", "the company": the latest organisation of that kind
        return self._latest_org_fitting(toks, pos) if toks[0] == "the" else None

    def _last_mention_before(self, ent: Entity, pos: int) -> int:
        i = bisect.bisect_left(self._positions, pos) - 1
        while i >= 0:
            if self._mentions[i][1] is ent:
                return self._mentions[i][0]
            i -= 1
        return -1

    def _latest_org_fitting(self, toks: list[str], pos: int) -> Entity | None:
        """The latest organisation of the kind the description's last body word names, if the words before
        it fit too: "The health ministry said" after the Defence Ministry is another body."""
        if len(toks) == 2 and toks[-1] in _OUTLET_NOUNS:
            # "The Harbour Gazette reported ... the newspaper said": the latest outlet named
            i = bisect.bisect_left(self._positions, pos) - 1
            while i >= 0 and pos - self._mentions[i][0] < 3000:
                if self._mentions[i][1].kind == "outlet":
                    if re.search(r"\b" + toks[-1] + r"s?\b", self.text[self._mentions[i][0]:pos], re.I):
                        return None  # "... publish a white paper on housing. The paper said": the document
                    return self._mentions[i][1]
                i -= 1
            return None
        if len(toks) == 2 and toks[-1] in ("regulator", "watchdog"):
            # "according to the regulator": the latest body named as one ("the Consumer Product Safety Commission")
            found = [e for w in _REGULATOR_ENDS if (e := self._latest_org(w, pos)) is not None]
            return max(found, key=lambda e: self._last_mention_before(e, pos), default=None)
        orgs = [t for t in toks if t in ORG_WORDS]
        if not orgs or toks[-1] not in ORG_WORDS and is_role_word(toks[-1]):
            return None  # "The House speaker" is a person, never the White House
        head = next((k for k, t in enumerate(toks) if t in ("for", "of", "at", "with")), len(toks))
        if any(is_role_word(t) and t not in ORG_WORDS for t in toks[1:head]) and head < len(toks):
            return None  # "the communications director for the Iowa Democratic Party" is a person, not the party
        ent = self._latest_org(orgs[-1], pos, described=len(toks) == 2)
        modifiers = toks[1:toks.index(orgs[-1])]
        if ent is not None and any(m in _FIELD_WORDS and not any(w.startswith(m[:4]) for w in ent.name.lower().split())
                                   for m in modifiers):
            return None  # ("the defense ministry" is the Ministry of Defence, "the labor ministry" of Labour)
        if ent is not None and any(m in _ARMED_KINDS and m not in ent.name.lower() for m in modifiers):
            return None  # "the armed group" is no monitoring group named before
        return ent

    def _described_before(self, words: str, pos: int) -> Entity | None:
        """The person the article called by the same description earlier: "Hillary Clinton delivered
        her speech as the Democratic nominee ... said the Democratic nominee", "Donald Trump, the
        Republican nominee", "Republican nominee Donald Trump". Only where the description is said of
        the person (after "as", a comma or "is"; or right before the name), not "Trump attacked the
        Democratic nominee"."""
        desc = _DESCRIPTION_LEAD.sub("", words.strip())
        last = desc.rsplit(" ", 1)[-1].lower()
        if " " not in desc or not (last in OCCUPATIONS or last in TITLE_WORDS) or last in _SERVING_ROLES:
            return None  # "the court", "the groups", "the spokesman": no description said of one person
        text = self.text
        at = text.rfind(desc, max(0, pos - _LOOKBACK), pos)
        while at > 0:
            end = at + len(desc)
            if not _WORDISH(text[at - 1]) and (end >= len(text) or not _WORDISH(text[end])):
                after = bisect.bisect_left(self._positions, end)
                if after < len(self._mentions) and self._mentions[after][0] - end <= 1 \
                        and self._mentions[after][1].kind == "person":
                    return self._mentions[after][1]  # "Republican nominee Donald Trump"
                lead = _PREDICATE_BEFORE.search(text, max(0, at - 40), at)
                i = bisect.bisect_left(self._positions, at) - 1
                if lead is not None and i >= 0:
                    ms, ent = self._mentions[i]
                    between = text[ms:lead.start()]
                    if ent.kind == "person" and at - ms < 200 and not _SENTENCE_END.search(between) \
                            and not _AFTER_PREPOSITION.search(text, max(0, ms - 12), ms):
                        return ent
            at = text.rfind(desc, max(0, pos - _LOOKBACK), at)
        return None

    def _skip_prepositional(self, i: int) -> int:
        """The latest mention at or before ``i`` that is not the object of a preposition: in "the death
        of Terence Crutcher" he is talked about, not a candidate for "the nominee" who speaks next."""
        positions = self._positions
        while i > 0:
            j, ent = i, self._mentions[i][1]
            while j > 0 and self._mentions[j - 1][1] is ent and positions[i] - positions[j - 1] < 25:
                j -= 1  # "Terence" and "Crutcher" are one occurrence
            if not _AFTER_PREPOSITION.search(self.text, max(0, positions[j] - 12), positions[j]):
                return i
            i = j - 1
        return i

    def _latest_company(self, noun: str, pos: int) -> Entity | None:
        """The organisation a company noun points back at: one with the noun in its name ("the bank" for
        "Norges Bank"), else a company named just before ("the grocer" for "Northgate
        Foods", "the company" for "Nordhavn Energy ASA"; the last 1,200 characters)."""
        if (named := self._latest_org(noun, pos)) is not None:
            return named
        if (named := self._body_named_before(noun, pos)) is not None:
            return named
        i = bisect.bisect_left(self._positions, pos) - 1
        while i >= 0 and pos - self._positions[i] < 1200:
            mpos, ent = self._mentions[i]
            i -= 1
            if (whole := self.text.rfind(ent.name, max(0, mpos - 60), mpos + len(ent.name))) >= 0:
                mpos = whole  # "Ventures" of "Halcyon Ventures": where the whole name starts
            if ent.kind == "organization" and _INSIDE_APPOSITIVE_BEFORE.search(self.text, max(0, mpos - 80), mpos) \
                    and any(e.kind == "organization" and sentence_start_before(self.text, 0, mpos) <= p < mpos
                            for p, e in self._mentions[max(0, i - 3):i + 1]):
                continue  # "Castellan Shipping, which operates Meridian Lines, said ... the company": Castellan
            if ent.kind == "organization" and ent.name.split() and " and " not in ent.name \
                    and _CENTRAL_BANK.search(ent.name) is None and (  # (a central bank is no company)
                    ent.name.split()[-1] in CORPORATE_SUFFIXES or ent.name.split()[-1].lower() in _COMPANY_MARKERS) \
                    and not _EMPLOYER_BEFORE.search(self.text, max(0, mpos - 40), mpos) \
                    and not _ACQUIRED_BEFORE.search(self.text, max(0, mpos - 40), mpos) \
                    and not _FUNDED_BY_BEFORE.search(self.text, max(0, mpos - 30), mpos):
                return ent  # but not "an analyst at Leerink Partners", "agreed to buy Brightmeadow Brands",
                # "has raised $48 million from Halcyon Ventures, the company said"
            if noun in _ANY_FIRM and ent.kind == "organization" and ent.name.split() and " and " not in ent.name \
                    and _head_word(ent.name) not in _PUBLIC_BODY_ENDS \
                    and (self._speaks_at(ent, mpos) or self._speaks_past_appositive(ent, mpos)) \
                    and not _EMPLOYER_BEFORE.search(self.text, max(0, mpos - 40), mpos) \
                    and not _FUNDED_BY_BEFORE.search(self.text, max(0, mpos - 30), mpos):
                return ent  # "Meridale Health said on Tuesday ... The company said": the body that just spoke
            if noun == "company" and self._one_word_firm_at(ent, mpos, pos):
                ent.kind = "organization"  # "Lumora said it had received ... The company said": a one-word body
                return ent
        # "Aerolinea Sur cancelled 340 flights ... The airline said": the one firm (a subject) named in the stretch
        # before
        i = bisect.bisect_left(self._positions, pos) - 1
        firms: dict[int, Entity] = {}
        while i >= 0 and pos - self._positions[i] < 1200:
            mpos, ent = self._mentions[i]
            i -= 1
            run = _CAPITALISED_RUN.match(self.text, mpos)
            if ent.kind == "organization" and norm_name(ent.name) in self._firms and not looks_like_outlet(ent.name) \
                    and run is not None and (_SUBJECT_VERB_NEXT.match(self.text, run.end()) or mpos in self._firm_subjects) \
                    and _head_word(ent.name) not in _PUBLIC_BODY_ENDS and not never_speaks(ent.name) \
                    and (mpos in self._firm_subjects or not _EMPLOYER_BEFORE.search(self.text, max(0, mpos - 40), mpos)) \
                    and not (noun not in _ANY_FIRM and ent.tokens[-1].lower() in _COMPANY_MARKERS | ORG_WORDS
                             and _NOUN_IN_NAME.get(noun, noun) not in ent.name.lower()):
                # ("the bank" is no "Halvorsen Instruments"; "the airline" may be "SkyHarbour Airways")
                firms[id(ent)] = ent
        if not firms and noun in ("company", "firm"):
            return self._only_company_before(pos)
        if len(firms) != 1:
            return None
        firm = next(iter(firms.values()))
        last = self._last_mention_before(firm, pos)
        if any(o.group(1) != firm.tokens[0] for o in _OTHER_SUBJECT.finditer(self.text, last, pos)):
            return None  # "Alphabet ... jumped. Amazon rose ... The online retail giant": another firm in between
        return firm

    def _only_company_before(self, pos: int) -> Entity | None:
        """The one company the article names before ``pos``, however far back ("Kaminoseki Electric Industries
        posted weak results. ... [1,500 characters] ... The company said"); None when it names two or more."""
        firms = {id(e): e for e in self.index.entities if e.kind == "organization" and e.first_seen < pos
                 and (e.tokens[-1] in CORPORATE_SUFFIXES or e.tokens[-1].lower() in _COMPANY_MARKERS)
                 and _head_word(e.name) not in _PUBLIC_BODY_ENDS and _CENTRAL_BANK.search(e.name) is None}
        if len(firms) != 1:
            return None
        firm = next(iter(firms.values()))
        if all(_WORKPLACE_BEFORE.search(self.text, max(0, at - 40), at) for at, e in self._mentions
               if e is firm and at < pos):
            return None  # named only as where someone works: "an analyst with Brinemark Capital"
        return firm

    def _body_named_with_of(self, noun: str, pos: int) -> Entity | None:
        """:meth:`_body_named_before`, only for a name with "of" in it ("the Bank of Norland"), which the
        mentions' scan does not hold whole."""
        body = self._body_named_before(noun, pos)
        return body if body is not None and " of " in body.name else None

    def _body_named_before(self, noun: str, pos: int) -> Entity | None:
        """"The Bank of Norvald cut its key rate ... the bank said": a body whose capitalised name holds the
        noun, named in the 1,500 characters before (a name of one word before "of" is no mention: the mentions'
        scan starts from two capitalised words and only then goes on through "of")."""
        cap = noun[:1].upper() + noun[1:]
        lo = max(0, pos - 1500)
        at = self.text.rfind(cap, lo, pos)
        while at >= 0:
            for found in _BODY_NAME.finditer(self.text, max(lo, at - 40), min(pos, at + 60)):
                if found.start() <= at < found.end() and " " in found.group() \
                        and not _AFTER_A_PREPOSITION.search(self.text, max(0, found.start() - 12), found.start()):
                    name = found.group()
                    name = name[4:] if name.startswith("The ") else name
                    ent = self.index.add(name, found.start(), "organization")
                    return ent if ent.kind == "organization" else None
            at = self.text.rfind(cap, lo, at)
        return None

    def _latest_org(self, word: str, pos: int, described: bool = False) -> Entity | None:
        """The latest organisation with ``word`` in its name; with ``described``, a body described and not
        named may be it ("The health ministry said ... The ministry said")."""
        u = bisect.bisect_left(self._unnamed_at, pos) - 1 if described else -1
        while u >= 0 and not ((self._unnamed_ents[u].name.lower().startswith("the ")
                               or _OWNED_BODY.match(self._unnamed_ents[u].name) is not None)  # "Japan's transport ministry"
                              and self._unnamed_ents[u].name.lower().endswith(" " + word)):
            u -= 1
        described_at = self._unnamed_at[u] if u >= 0 else -1
        i = bisect.bisect_left(self._positions, pos) - 1
        while i >= 0 and pos - self._positions[i] < _LOOKBACK:
            if self._positions[i] < described_at:
                return self._unnamed_ents[u]
            ent = self._mentions[i][1]
            i -= 1
            if ent.kind == "organization" and word in ent.name.lower() \
                    and not ent.name.lower().startswith(("a ", "an ")):  # not "a long campaign" for "the campaign"
                return ent
        if u < 0 and (synonyms := _BODY_SYNONYMS.get(word)) is not None:
            # "The Nurses and Midwives Federation ... The union said": a union named as a federation, when no
            # body has the noun itself and only one body is of that other kind
            fits = {id(b): b for b, _ in self._bodies_before(pos) if b.kind == "organization"
                    and any(w in synonyms for w in b.name.lower().split())
                    and (word != "union" or any(t.endswith("s") and t[:1].isupper() for t in b.tokens[:-1]))}
            # (a union of people: "the Nurses and Midwives Federation", not "the Football Federation")
            if len(fits) == 1:
                return next(iter(fits.values()))
        return self._unnamed_ents[u] if u >= 0 and pos - described_at < _LOOKBACK else None


_JOB_OF_BODY_NAME = re.compile(r"(?:[Tt]he\s+)?(?P<role>[A-Z]?[a-z-]+(?:\s+[a-z-]+){0,3})\s+(?:of|at|for)\s+(?:the\s+)?"
                               r"(?P<org>[A-Z][\w&'\u2019-]*(?:\s+[A-Z][\w&'\u2019-]*){0,3}?)\s+"
                               r"(?P<first>[A-Z][a-z'\u2019-]+)\s+[A-Z][\w'\u2019-]+")
_OWNED_BODY = re.compile(r"[A-Z][\w.-]*['\u2019]s\s+[a-z]")  # "Japan's transport ministry": one body, described
# other names for a kind of body: "the union" after "the Nurses and Midwives Federation"
_BODY_SYNONYMS = {"union": ("federation", "confederation", "guild"),
                  "agency": ("consortium", "administration", "bureau", "directorate", "programme"),
                  "charity": ("trust", "foundation"), "party": ("front", "movement")}


# words before a body's noun that say which body of its kind it is: "the health ministry", "the appeals court"
_FIELD_WORDS = FIELD_TITLES - {"state"} | frozenset(
    "culture tourism industry housing immigration safety appeals district county magistrates crown family criminal "
    "terrorist militant rebel opposition".split())


# Role words a description may use for a title: "Rep. Peter Welch" is "the Vermont congressman"
_ROLE_ALIASES = {
    "executive": ("ceo",), "financial": ("cfo",), "operating": ("coo",),  # "the CEO" is the chief executive
    "representative": ("congressman", "congresswoman", "lawmaker"),
    "congressman": ("representative", "lawmaker"),
    "congresswoman": ("representative", "lawmaker"),
    "senator": ("lawmaker",),
    "pope": ("pontiff",), "justice": ("judge",), "recorder": ("judge",), "magistrate": ("judge",),
}


# a claim that opens with "it" doing something, as a body does ("it would divert", "it has hired"); not "it
# was fine", "it would be a mistake", where "it" is no one
# what only a firm says it will do: "Skyward Orbital said it would fly again", "Harwick Bancorp said it would buy"
_IT_DOES_BUSINESS = re.compile(r"it\s+(?:would|will|had|has|was|is|plans\s+to|expects\s+to|intends\s+to)\s+(?:also\s+)?"
                               r"(?:acquire|acquired|acquiring|merge|merged|delist|recall|recalled|recalling|refund|"
                               r"lay\s+off|shed\s+\d|cut\s+[\d,]+\s+jobs|hire\s+[\d,]+|raise\s+(?:its\s+)?prices|"
                               r"buy\s+(?:back|rival|[A-Z]\w*)|sell\s+(?:its|[A-Z]\w*)|bought\s+[A-Z]\w*|sold\s+its|"
                               r"(?:close|open|shut)\s+[\d,]+\s+(?:stores|shops|branches|plants|factories|sites|outlets|"
                               r"restaurants|mines|routes))\b")
# what only a firm does to what it owns, right after its name: "Tarrant Coachworks will close its bus factory"
_ITS_BUSINESS_AFTER = re.compile(
    r"\s+(?:(?:will|would|has|had|plans\s+to|is\s+to|is\s+set\s+to|also)\s+)?(?:[a-z]+ly\s+)?[a-z]+\s+its\s+"
    r"(?:[\w-]+\s+){0,2}?(?:factory|factories|plant|plants|stores|shops|headquarters|operations|offices|branches|"
    r"branch|mine|mines|depot|depots|fleet|workforce|shares|products|brand|brands|subsidiary|unit|division|outlets|"
    r"warehouse|warehouses|routes|flights|services|mills|smelter|refinery|stake)\b")
_IT_ACTS = re.compile(r"(?i:it\s+(?:(?:would|will|could|may|might|can|had|has)\s+(?!be\b|been\b)[a-z]+|"
                      r"plans|expects|intends|aims|hopes|wants)\b)")  # ("Satya Nadella said its cloud business")
_CAPITALISED = re.compile(r"\b[A-Z][\w'\u2019-]*")
_DOCUMENT_WORD = re.compile(r"\b(?:report|study|survey|audit|review|letter|statement|document|memo|bill|plan|ruling|"
                            r"filing|paper|law|book|poll|analysis|inquiry|investigation)\b")
# an appositive that says a body is a firm or an agency: "the ship's operator", "the Swedish coffee group"
_FIRM_APPOSITIVE = re.compile(r"(?:(?:the|a|an|its|their)\s+)?(?:(?!(?:of|at|for|with|from|in|on|by|the|a|an)\s)"
                              r"[\w'\u2019-]+\s+){0,3}(?P<head>operator|group|agency|company|"
                              r"firm|maker|producer|retailer|airline|carrier|insurer|lender|chain|supplier|manufacturer|"
                              r"regulator|watchdog|conglomerate|exporter|importer|distributor|shipper|miner|carmaker|"
                              r"automaker|drugmaker|chipmaker|broadcaster|consultancy|charity|nonprofit|non-profit|office|bureau|"
                              r"ministry|department|institute|authority|service|union|association|federation|alliance|coalition|"
                              r"cooperative|co-op|confederation|guild)")
# heads no person is called by ("a garment exporter", "a tour operator" may be one person's trade)
_ONLY_BODY_HEADS = frozenset("group agency company firm conglomerate charity nonprofit non-profit regulator watchdog "
                             "office bureau ministry department institute authority service union association "
                             "federation alliance coalition cooperative co-op confederation guild "
                             "broadcaster consultancy chain airline carrier lender insurer retailer carmaker automaker "
                             "drugmaker chipmaker".split())
# (not firms: "the country's crop agency, Conab" is no company "the company" can mean)
_PUBLIC_BODY_HEADS = frozenset("charity nonprofit non-profit broadcaster alliance coalition cooperative co-op "
                               "confederation guild".split())
_PLURAL_GENERALS = frozenset("attorneys secretaries surgeons governors directors inspectors solicitors consuls".split())
_APPOINTED = re.compile(r"\s+(?:was|has\s+been|had\s+been|is|will\s+be)\s+(?:\w+ly\s+)?(?:appointed|named|elected|"
                        r"re-elected|installed|confirmed)\s+(?:as\s+)?(?:the\s+)?(?:new\s+)?"
                        r"(?P<role>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?)\s+(?:of|at)\s+" + _BODY_AFTER_WHO)
# what _BODY_AFTER_WHO runs on into after a body's name: "Harwick Bank [on Friday]", "Yale University [for] a decade"
_BODY_TAIL = re.compile(r"(?:\s+on\s+(?:the\s+)?[A-Z][a-z]+|(?:\s+(?:of|for|and|on|the))+)$")
_BUSINESS_ROLE = re.compile(r"(?i)\b(?:chief\s+executive|ceo|chief\s+(?:operating|financial)\s+officer|managing\s+director|"
                            r"chairman|chairwoman|chairperson|founder|co-founder)\b")
_VERBS_BEFORE_A_NAME = frozenset("beat beats met meets hit won lost told took faces faced joins succeeds replaces "
                                 "hires fires thanks praises blames backs".split())
_PREP_THEN_NAME = re.compile(r"(?:from|by|with|to|for)\s+(?:[A-Z][\w'\u2019.-]*\s+)*[A-Z][\w'\u2019-]*$")
_LOWER_ROLE_BETWEEN = re.compile(r"(?:\s+[a-z][\w-]*){0,2}\s+(?P<role>[a-z][\w-]*)\s+(?:[A-Z][\w'\u2019.-]*\s+){0,2}")  # (to the surname)


def _kind_word_first(words: list[str]) -> bool:
    """Does a firm's name come after what the firm is ("Developer Larchmont Homes", "Retailer Penmart Stores")?
    Not when the kind is part of the name ("Bank Holdings Ltd")."""
    kind = words[0].lower() if words else ""
    if len(words) == 2 and (kind in _BODY_KINDS - _NAME_OPENING_KINDS or kind.endswith("maker")) \
            and words[0][:1].isupper() and gender_of_first_name(words[1]) is None and not is_place(words[1]):
        return True  # "Carmaker Veltro said", "Retailer Penmart said"
    return len(words) >= 3 and (kind in _BODY_KINDS or kind.endswith("maker")) and not looks_like_org(" ".join(words[:2])) \
        and (looks_like_org(" ".join(words[1:])) or kind in _ONLY_BODY_KINDS and words[0][:1].isupper()
             and gender_of_first_name(words[1]) is None)  # "Nonprofit Clean Streams said"


# kinds of body that open bodies' names as often as they describe them: "Bank Leumi", "Group Lotus"
# the part of a body's name a noun for it matches: "the airline" for "SkyHarbour Airways"
_NOUN_IN_NAME = {"airline": "air", "carrier": "air", "miner": "min", "insurer": "insur", "lender": "bank", "drugmaker": "pharma"}
_NAME_OPENING_KINDS = frozenset("bank group company giant chain union club brand platform".split())
# kinds no person is called by: "Nonprofit Clean Streams", "Charity Warm Homes", "Think-tank Bruegel"
_ONLY_BODY_KINDS = (_ONLY_BODY_HEADS | frozenset("ngo think-tank thinktank startup start-up".split())) - _NAME_OPENING_KINDS


def _head_word(name: str) -> str:
    """The lower-case word that says what a body is: the last, or the last before "of" ("Workers" of the
    Communications Workers of America)."""
    return name.split(" of ", 1)[0].split()[-1].lower()


_PUBLIC_BODY_ENDS = frozenset("""ministry department party union council committee commission agency court police
    government office authority board association federation institute university parliament assembly senate house
    service bureau administration school college army navy force forces exchange regulator watchdog workers
    employees teachers nurses""".split())
_SPEAKS_AFTER = re.compile(r"(?:,\s+(?:which|that|who)\s+[^,.;:\"\u201c\u201d]{1,80},)?"  # "Northline Rail, which runs the route, said"
                           r"\s+(?:(?:also|on\s+\w+|in\s+a\s+statement)\s+)?(?:said|says|announced|reported|told|"
                           r"stated|confirmed|disclosed|added|warned|expects|forecast|estimated|predicted)\b")
# "said it was", "said on Tuesday that its": a speaking verb, then "it" or "its" as what is said begins
# "Musk said it was a great day for Tesla": "it" is no body when it only opens a view, or a firm is named after
_IT_IS_A_VIEW = re.compile(r"\s+(?:was|is|would\s+be|will\s+be)\s+(?:a|an|the|not|too|very|time|clear|important|"
                           r"right|wrong|fair|unfair|good|bad|great|vital|essential|crucial|possible|impossible|likely|"
                           r"unlikely|hard|difficult|easy|proud|honou?red|sad|tragic|shameful|outrageous)\b")
_FIRM_NAMED_BETWEEN = re.compile(r"\b(?:for|at|of|with|from|by)\s+[A-Z][\w&'\u2019-]*")
# what only a firm does, after a one-word name opening a sentence: "Orbitek on Tuesday unveiled the Halo phone"
_FIRM_ACTS_AFTER = re.compile(r"\s+(?:(?:on|in|late|early)\s+\w+\s+)?(?:unveiled|launched|released|recalled|unveils|"
                              r"launches|releases|recalls|(?:reported|posted)\s+(?:a|an|its|record|net|quarterly|annual))\b"
                              r"(?!\s+(?:his|her|their|a\s+(?:statement|video|book|memoir|album))\b)")
_SAYS_IT_AFTER = re.compile(_SPEAKS_AFTER.pattern + r"\s+(?:(?:on|in|late|early)\s+\w+\s+)?(?:that\s+)?its?\b")
_BODY_NAMED = re.compile(r"\s*(?:the\s+)?(?P<name>[A-Z][\w&.'\u2019-]*(?:\s+(?:of|for|and|&|on|the|[A-Z][\w&.'\u2019-]*))*)\s*")
_DATA_FROM_BODY = re.compile(
    r"(?i:(?:the|a|an|new|latest|separate|official|preliminary|final|provisional|monthly|annual|weekly|quarterly|its|early|initial|independent|internal|first|recent|detailed|joint|(?:19|20)\d\d)\s+)*"
    r"(?i:data|figures|statistics|numbers|tally|audit|survey|analysis|estimates?|results|count|records|research|"
    r"report|study|review|assessment|inspection|index|projections?|forecasts?|calculations?|model)\s+"
    r"(?:(?:published|compiled|released|issued|collected|gathered)\s+"
    r"(?:(?:on|last|this|in|early|late)\s+[A-Za-z]+\s+|yesterday\s+|today\s+)?)?"  # "released on Monday by"
    r"(?:from|by)\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}"
    r"(?P<name>[A-Z][\w&.'\u2019-]*(?:\s+(?:of|for|and|&|on|[A-Z][\w&.'\u2019-]*))*?)"
    r"(?:\s+(?:published|released|issued|on|in|last|this)\b.*)?")
_FIRST_PERSON = re.compile(r"\b(?:I|me|my|I'm|I\u2019m)\b")  # '"I am innocent," he said': the one spoken of speaks
# who acts for a person: "A lawyer for Lindqvist" (a politician's spokesman too, not a firm's named after its founder)
_COUNSEL = frozenset("lawyer lawyers attorney attorneys solicitor solicitors barrister counsel agent".split())
_ACTS_FOR_A_PERSON = _COUNSEL | frozenset("spokesman spokeswoman spokesperson adviser advisor aide strategist".split())
# a job only a firm has, after the firm's one-word name: "Microsoft chief executive", "Acme co-founder"
_FIRM_NOUNS = _COMPANY_NOUNS | frozenset("brand label chain".split())  # "the brand's creative director"
_CLUB_JOBS = frozenset("manager coach boss captain striker goalkeeper keeper midfielder defender winger forward "
                       "chairman chairwoman owner".split())
_CLUB_ENDS = frozenset("town city united county rovers rangers athletic wanderers albion fc afc celtic hotspur "
                       "villa academicals thistle argyle orient".split())
_FIRM_BOSS = re.compile(r"(?:founder|co-founder|cofounder)\s+and\s+(?:president|chairman|chairwoman)|"
                        r"(?:(?:founder|co-founder|cofounder|chairman|chairwoman|president)\s+and\s+)?(?:chief\s+(?:executive|financial\s+officer|operating\s+officer|technology\s+officer)|ceo|cfo|coo|cto|"
                        r"boss|founder|co-founder|cofounder|chairman|chairwoman|managing\s+director)")
_OUTLET_NOUNS = frozenset("newspaper paper broadcaster daily tabloid magazine newsletter weekly publication".split())  # "the newspaper said": the outlet
# bodies that speak as one: "The board estimated" is the board, not the person whose role is "board chair"
_PERSON_OR_BODY = frozenset("regulator watchdog".split())  # a body, or a person whose role ends so
_BODY_HEADS = frozenset("board council committee union party government ministry agency company court commission "
                        "department panel cabinet administration campaign team club firm bank".split())
# what follows a body's noun when the noun is no body speaking: "a 25-year-old court file", "a long campaign to
# convert voters" (a verb, a preposition or a stop may follow one: "A federal appeals court ruled")
_NOT_A_BODY_AFTER = re.compile(r"\s+(?:to\s+(?!(?:the|a|an|its|his|her|their)\b)[a-z]|(?!(?:to|in|of|on|at|for|with|by|"
                               r"from|and|or|that|which|who|was|is|has|had|have|will|would|said|says|representing|"
                               r"gave|set|made|took|found|held|sent|told|heard|put|cut|let|met|won|lost|ran|sat|began|"
                               r"brought|sought|kept|left|led|paid|saw|struck|wrote|spent|upheld|chose|drew|spoke)\b)"
                               r"[a-z]+(?<!ed)(?<!s)\b)")


@functools.lru_cache(maxsize=4096)
def _owner_dropped(role: str) -> str:
    """The role without the possessive that names whose it is: "senator's lawyer" -> "lawyer"."""
    return " ".join(w for w in role.split() if not w.lower().endswith(("'s", "\u2019s", "s'", "s\u2019")))


@functools.lru_cache(maxsize=4096)
def _role_words(role: str) -> tuple[str, ...]:
    words = [w.lower().strip(".,'\u2019") for w in role.split()]
    return tuple(words + [a for w in words for a in _ROLE_ALIASES.get(w, ())])


# "CEO", "GOP", "TV presenter", "AI researcher": no organisation of their own
_ROLE_ACRONYMS = frozenset("ceo cfo cto coo gop mp mep tv ai it pr hr lgbt lgbtq lgbtq+ gp uk us".split())


_GENDERED_TITLES = frozenset("queen princess duchess countess empress lady sheikha king prince duke emperor lord "
                             "sheikh".split())


def _honorific_gender(words: list[str]) -> str | None:
    """"m" after Mr, Sir, King, Prince; "f" after Mrs, Ms, Miss, Dame, Queen, Princess; None otherwise."""
    for w in words:
        low = w.lower().rstrip(".")
        if low in HONORIFICS or low in _GENDERED_TITLES:
            return "f" if low in FEMALE_HINTS else "m" if low in MALE_HINTS else None
    return None


# a body named by what it is, in lower case, owning the role or after it: "the port authority's chief
# executive", "chief economist at the central bank"
_LOWER_BODY_ROLE = re.compile(
    r"(?:[Tt]he\s+)?(?P<org>(?:[a-z-]+\s+){1,2}(?P<head>[a-z]+))['\u2019]s\s+(?P<role>[a-z][\w -]*)")
_ROLE_AT_LOWER_BODY = re.compile(
    r"(?P<role>[a-z][\w -]*?)\s+(?:at|of)\s+the\s+(?P<org>(?:[a-z-]+\s+){1,2}(?P<head>[a-z]+))")
_POSSESSOR_ROLE = re.compile(r"(?P<org>(?:[A-Z][\w&.'\u2019-]*\s+){0,4}[A-Z][\w&.'\u2019-]*)['\u2019]s?\s+(?P<role>[a-z].*)")


_ROLE_NOISE = re.compile(r"^(?:\d{1,3}-year-old\s+|(?:the\s+)?(?:company|firm|group|bank|agency|party|team|club|"
                         r"campaign|council|ministry|department|board|union)['\u2019]s\s+)", re.I)
_CAPITAL_TITLE_END = re.compile(r"\s(?:Chief\s+Executive(?:\s+Officer)?|Chief\s+(?:Financial|Operating|Technology)"
                                r"\s+Officer|Managing\s+Director|Executive\s+Director|President|Chairman|Chairwoman|"
                                r"Founder|Spokesman|Spokeswoman|Spokesperson|CEO|CFO|COO)$")


def role_and_organization(role: str | None, org: str | None, people: set[str], text: str = "") -> tuple[
        str | None, str | None]:
    """The organisation a role names in front, taken out of it: "Norvella's chief financial officer" is
    chief financial officer at Norvella, "Hawks coach" coach of the Hawks, "NBC News moderator"; not a
    person's ("Trump campaign manager"), a party's ("Democratic front-runner"), a nation's ("Brazilian
    negotiator") nor a word that opens a sentence ("Former Quillon product chief", "Local councillor"):
    a name in front must be an acronym or stand in the middle of a sentence elsewhere in ``text``."""
    if role:
        role = _ROLE_NOISE.sub("", role) or role  # "a 72-year-old retired teacher", "The company's general counsel"
    if not role or org:
        return role, org
    def a_body(words: list[str]) -> bool:
        return not any(strip_possessive(w).lower().strip(".") in people or w.lower() in PARTY_WORDS or is_role_word(w)
                       or w.lower() in TITLE_WORDS or strip_possessive(w) in _NOT_A_BODY or w.lower() in _ROLE_ACRONYMS
                       or NATIONALITY_END.search(w) or w.endswith(("-born", "-based", "-winning", "-nominated", "-led",
                                                                    "-backed", "-era")) for w in words)
    if (m := _POSSESSOR_ROLE.fullmatch(role)) is not None and a_body(m.group("org").split()):
        return m.group("role"), m.group("org")
    if ((m := _LOWER_BODY_ROLE.fullmatch(role)) or (m := _ROLE_AT_LOWER_BODY.fullmatch(role))) \
            and m.group("head") in ORG_WORDS and is_role_word(m.group("role").split()[-1]):
        return m.group("role"), m.group("org")  # "the port authority's chief executive", "chief economist at the
        # central bank": a body named by what it is
    def stands_alone(name: str, next_word: str) -> bool:
        return (name.isupper() and len(name) >= 2) or re.search(
            r"[a-z,;]\s+(?:the\s+)?" + re.escape(name) + r"\b(?!\s+" + re.escape(next_word) + r")", text) is not None
    if (cap := _CAPITAL_TITLE_END.search(role)) is not None and a_body(role[:cap.start()].split()) \
            and len(role[:cap.start()].split()) <= 4 and stands_alone(role[:cap.start()], role[cap.start() + 1:].split()[0]):
        return role[cap.start() + 1:], role[:cap.start()]  # "Microsoft Chief Executive": Chief Executive at Microsoft
    words = role.split()
    k = 0
    while k < len(words) and words[k][:1].isupper():
        k += 1
    if 0 < k < len(words) and k <= 4 and all(w[:1].islower() for w in words[k:]) and a_body(words[:k]) \
            and is_role_word(words[-1]):
        name = " ".join(words[:k])
        if is_place(name) and words[-1].lower() not in _POSTS_OF_A_PLACE:
            return role, org  # "Philadelphia photographer", "Dallas investor": where from, not whose
        if (name.isupper() and len(name) >= 2) or re.search(r"[a-z,;]\s+(?:the\s+)?" + re.escape(name) + r"\b(?!\s+"
                                                            + re.escape(words[k]) + r")", text):
            return " ".join(words[k:]), name
    return role, org


# posts a state, city or country fills: "Florida governor", "Vermont senator", "Jupiter police spokesman"
_POSTS_OF_A_PLACE = frozenset(
    "governor senator mayor congressman congresswoman representative delegate lawmaker legislator sheriff minister "
    "premier president chief spokesman spokeswoman spokesperson commissioner councillor councilor treasurer "
    "secretary attorney-general".split())
# the posts a country's government fills: "its foreign minister" after "Japan pledged aid" is Japan's
_STATE_POSTS = _POSTS_OF_A_PLACE | frozenset("ambassador envoy chancellor".split())
# capitalised words that open a role at the start of a sentence and are no organisation
_NOT_A_BODY = frozenset("The A An As Asked Another Former Local Regional Political Presidential Party Shadow "
                        "Opposition Council Summit Green Labour Liberal Tory Conservative Democrat Swiss Thai Muslim "
                        "Catholic Hindu Sikh County City State Federal National Regional District Covid COVID Covid-19 "
                        "COVID-19 Brexit Ebola Zika".split())


_PARTY_ADJECTIVES = frozenset("Democratic Democrat Republican Conservative Tory Liberal Labour Green Socialist "
                               "Progressive Independent Libertarian Federal National Former Senior Junior Chief "
                               "Deputy Acting Interim Veteran Retired".split())
# capitalised only because they open the sentence: "Talk show host X", "Radio talk host X", "State senator X"
_COMMON_FRONT_WORDS = frozenset("radio talk tv television cable film music tech business health science sports "
                                "fashion campaign party state city county town local national world global news media "
                                "press online digital finance financial policy foreign defence defense trade energy "
                                "climate housing transport education community union labor".split())
# "Trump campaign spokesman", "Clinton family friend": a person's campaign, not a body named Trump
_OWNER_NOUNS = frozenset("campaign family team camp transition administration government".split())


_POSSESSIVE_DET = re.compile(r"^(?:his|her|their)\s+")


def _one_of_many(role: str, ent: Entity) -> str | None:
    """"Another passenger", "One resident": the role without the count; None when ``ent`` has a job already
    ("Another passenger, retired teacher Geoffrey Amankwah": the job says more). "One of the negotiators" stays."""
    words = role.split()
    if len(words) < 2 or words[0].lower() not in ("another", "one") or words[1] == "of":
        return role
    return None if ent.role else role.split(maxsplit=1)[1]


def _org_in_front(words: list[str]) -> tuple[list[str], list[str]]:
    """Role words that open with an organisation's name: (["Millbrook", "Police", "Department"],
    ["spokeswoman", "Sgt."]); the organisation is capitalised words ending in an organisation word,
    followed by a role in lower case."""
    for k in range(len(words) - 1, 0, -1):
        if k >= 2 and words[k - 1][:1].isupper() and words[k - 1].lower() in ORG_WORDS \
                and (words[k][:1].islower() or words[k] in ("CEO", "CFO", "CTO", "COO")) \
                and all(w[:1].isupper() for w in words[:k]):  # two words at least: not "Campaign spokesman"
            return words[:k], words[k:]  # "Millbrook Police Department spokeswoman", "Harbor City Transit Authority CEO"
    if len(words) >= 2 and words[-1].lower() in _CLUB_JOBS and all(w[:1].isupper() for w in words[:-1]) \
            and (words[-2].lower() in _CLUB_ENDS or len(words) == 2 and words[0].endswith("s")
                 and words[0].lower() in _CLUB_ENDS):
        return words[:-1], words[-1:]  # "Harrowgate Town manager", "Rangers manager": a club's
    if len(words) >= 2 and len(words[0]) >= 2 and words[0].isupper() and words[0].isalpha() \
            and (words[1][:1].islower() or "-" in words[1] and is_role_word(words[1])) \
            and words[0].lower() not in _ROLE_ACRONYMS and words[0] not in POSTNOMINALS \
            and words[0].lower() not in ORG_WORDS and not is_role_word(words[0]):  # not a tabloid's "UNION boss"
        return words[:1], words[1:]  # "NHS nurse", "NERSA chairperson": an acronym before a role in lower case
    if (len(words) >= 3 or len(words) == 2 and _FIRM_BOSS.fullmatch(words[1].lower())) \
            and words[0][:1].isupper() and words[0].isalpha() and not words[0].isupper() and words[1][:1].islower() \
            and all(w[:1].islower() for w in words[1:-1]) and is_role_word(words[-1]) \
            and words[0].lower() not in NOT_NAMES and not is_role_word(words[0]) and not is_place(words[0]) \
            and not NATIONALITY_END.search(words[0]) and words[0] not in _PARTY_ADJECTIVES \
            and gender_of_first_name(words[0]) is None and words[1].lower() not in _OWNER_NOUNS \
            and words[0].lower() not in _COMMON_FRONT_WORDS \
            and not words[0].endswith(("ed", "ible", "able", "ous", "ful", "ive", "ing", "est", "ist", "an")):
        return words[:1], words[1:]  # "Unison regional organiser", "Tesco chief executive", "Acme founder"
    return [], words


@functools.lru_cache(maxsize=8192)
def _role_has(role: str, words: tuple[str, ...]) -> bool:
    """Every word (or its stem: Kestria / Kestrian) appears in the role. Cached: a description is
    checked against every person named in the 8,000 characters before it, and roles repeat."""
    have = _role_words(role)
    return all(w in have or (len(w) >= 5 and any(h.startswith(w[:5]) for h in have)) for w in words)


# a secretary of state in a cabinet (a minister), not a press or party secretary
_CABINET_SECRETARY = re.compile(
    r"\b(?:Home|Foreign|Justice|Health|Defen[cs]e|Education|Environment|Transport|Business|Culture|Energy|"
    r"Treasury|Interior|Trade|Commerce|Labou?r|Agriculture|Housing|Work and Pensions|Northern Ireland|"
    r"Scottish|Welsh)\s+Secretary\b|\bSecretary\s+of\s+(?:State|Defen[cs]e|the\s+Treasury|Health|Labor|"
    r"Commerce|Energy|Education|Transportation|Agriculture|the\s+Interior|Homeland\s+Security)\b")


def _takes_role(ent: Entity, words: str, want_gender: str | None) -> bool:
    """A person named without a role takes the role of the description that points at them ("Karin
    Hestvik ... Kestria's chief negotiator said"), unless the description names the other gender."""
    role = _DESCRIPTION_LEAD.sub("", words.strip())
    if ent.role is not None and not (ent.role_weak and _RELATIONAL_ROLE.search(ent.role)
                                     and not _other_party(ent.role, role)) \
            or (want_gender and ent.gender and want_gender != ent.gender):
        return False  # but "Democratic hopeful Ann Lee ... the Vermont senator": a hopeful holds a post too
    if not role_like(role):
        return False  # "The Democratic nominee currently sits at 85 percent": a clause, no description
    ent.role = role
    ent.role_weak = True
    ent.aliases.add(norm_name(words))
    return True


# roles that say how one person stands to another, not what post they hold
_RELATIONAL_ROLE = re.compile(r"\b(?:hopeful|contender|front-?runner|incumbent)s?$", re.I)


def _other_party(role: str, description: str) -> bool:
    """"Democratic front-runner" is not "the GOP nominee"."""
    def party(words: str) -> set[str]:
        found = {w for w in words.lower().split() if w in PARTY_WORDS}
        return {"republican" if w == "gop" else "democratic" if w == "democrat" else w for w in found}
    mine, theirs = party(role), party(description)
    return bool(mine and theirs and not mine & theirs)

# what comes before a description said of the person just named: "as the", ", the", "is the"
_PREDICATE_BEFORE = re.compile(
    r"(?:\bas|,|\b(?:is|was|became|becomes|remains|remained|has been|had been))\s+(?:the\s+|a\s+|an\s+)?$",
    re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?][\s\u201d\"]+[A-Z]|\n")
_DESCRIPTION_LEAD = re.compile(r"^(?:the|this)\s+|^\S+['\u2019]s?\s+", re.I)


def gender_from_words(words: str) -> str | None:
    toks = set(_LOWER_WORD.findall(words.lower()))
    if toks & FEMALE_HINTS:
        return "f"
    if toks & MALE_HINTS:
        return "m"
    return None
