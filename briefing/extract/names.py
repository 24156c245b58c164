"""Person and organisation names in running text, and how their short forms refer back.

A news article introduces a person once in full ("Finance Minister Hugo
Lind") and then by surname ("Lind"), title ("the minister") or pronoun.
:func:`name_mentions` finds the full forms; :class:`NameIndex` answers
"who is Lind?" with the fullest name the article gives.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field

from briefing.extract.first_names import gender_of_first_name
from briefing.extract.lexicon import (
    AGREEMENT_WORDS,
    DEMONYMS,
    FIELD_PARTICIPLES,
    FIELD_TITLES,
    HONORIFICS,
    INVERTIBLE_CUES,
    IRREGULAR_PAST,
    KNOWN_BODIES,
    NAME_PARTICLES,
    NOT_NAMES,
    OCCUPATIONS,
    ORG_WORDS,
    OUTLET_COMPOUND_ENDS,
    OUTLET_WORDS,
    PLACE_PREFIXES,
    PLACES,
    TITLE_EXPANSIONS,
    TITLE_WORDS,
    WIRE_AGENCIES,
)
from briefing.extract.text import STATE_ABBREVIATIONS
from briefing.extract.trie import word_pattern

# Surnames written first in East Asian names ("Li Wei", "Park Ji-hoon"): the
# first token is the family name, so a later "Li" refers back to "Li Wei".
SURNAME_FIRST = frozenset(
    """
    li wang zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng liang
    xie tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu
    ding ren shen yao jin fu zhong qian kong bai cui mao qiu qin gu hou shao meng long wan duan lei
    tan yin lai wen fang kim lee park choi jung chung kang cho yoon jang lim oh seo shin kwon hwang
    ahn song yoo hong jeon ko moon son bae baek heo nam ryu nguyen tran le pham hoang phan vu vo
    dang bui do ho ngo duong ly
        ong teo goh ng koh chua yeo chong chan cheung leung wong lau yap khoo foo quek seah toh sim heng chew
    loh tay phua soh chia
    """.split()
)

# a word of romanised Japanese syllables (each a vowel after at most one consonant sound, maybe then "n"):
# "Hayakawa", "Shinji", "Ryo"; not "Trump", "Freddy", "Magassa"
_JAPANESE_WORD = re.compile(r"(?i)(?:(?:[bdfghjkmnprstwyz]|sh|ch|ts)?y?[aeiou]{1,2}n?)+")
_CAP = r"[A-Z\u00C0-\u00DE][\w\u00C0-\u024F'\u2019]*(?:-[A-Z\u00C0-\u00DE]?[\w\u00C0-\u024F]+)*"
_INITIAL = r"[A-Z]\."
_PARTICLE = r"(?:" + "|".join(sorted(NAME_PARTICLES, key=len, reverse=True)) + r")"
# Two or more capitalised words, with initials and particles between: "Ana Ruiz", "John F. Kennedy",
# "Ursula von der Leyen", "Park Ji-hoon".
#: An Arabic article joined to the name in lower case, as AP writes it: "al-Masri", "el-Sisi".
ARABIC_ARTICLE = r"(?:al|el|ad|ash|as|at|az|ud|ul)-[A-Z\u00C0-\u00DE][\w\u00C0-\u024F'\u2019]*"
NAME_RE = re.compile(  # callers skip matches that start inside a word (a lookbehind here costs a full scan)
    rf"{_CAP}(?:[ \t\u00a0]+(?:{_INITIAL}|{_PARTICLE}(?=[ \t]+(?:[A-Z]|{_PARTICLE}[ \t]+[A-Z]))|{_CAP}|{ARABIC_ARTICLE}))+"
    r"(?![\w@])"
)
_SPACE = re.compile(r"\s+")


@functools.lru_cache(maxsize=8192)
def norm_name(name: str) -> str:
    """A key for comparing names: lower-case, curly apostrophes straightened, spaces collapsed."""
    return _SPACE.sub(" ", name.replace("\u2019", "'").strip().lower())


def _folded(word: str) -> str:
    """"François" and "Francois" alike."""
    return unicodedata.normalize("NFKD", word.lower()).encode("ascii", "ignore").decode()


_POSSESSIVE_END = re.compile(r"['\u2019]s?$")
_INITIAL_WORD = re.compile(r"[A-Z]\.")


def strip_possessive(name: str) -> str:
    if "'" not in name and "\u2019" not in name:
        return name  # no apostrophe, nothing to strip (most names)
    return _POSSESSIVE_END.sub("", name)


_PARENT_OF = re.compile(r"(?:mother|father|mum|mom|dad|grandmother|grandfather|parent|grandparent)-of-[a-z]+")


@functools.lru_cache(maxsize=8192)
def is_role_word(word: str) -> bool:
    """A word for a person's position or trade: minister, spokeswoman, farmer."""
    low = word.lower().strip(".,'\u2019")
    if low.endswith(("'s", "\u2019s")):
        return False
    return (low in TITLE_WORDS or low in TITLE_EXPANSIONS or low in OCCUPATIONS
            or (low.endswith("s") and low[:-1] in OCCUPATIONS)
            or low.endswith(("ologist", "ologists", "grapher", "graphers"))  # epidemiologist; demographer
            or "-" in low and low.rsplit("-", 1)[1] in TITLE_WORDS  # "vice-minister", "co-chair"
            or _PARENT_OF.fullmatch(low) is not None)  # "father-of-two"


@functools.lru_cache(maxsize=8192)
def _name_like(word: str) -> bool:
    return (word[:1].isupper() and not is_role_word(word) and word.lower() not in NOT_NAMES) or \
        word.lower() in NAME_PARTICLES or bool(_INITIAL_WORD.fullmatch(word))


#: Titles that only a person holds, as written before a name: "Workers' Party MP Gerald Giam".
PERSON_TITLE_WORDS = frozenset(
    "MP MEP MSP MLA MPP TD Minister Senator Chairman Chairwoman Chairperson President Leader Secretary Spokesman "
    "Spokeswoman Spokesperson Councillor Cllr Mayor Governor Whip Treasurer Administrator Commissioner".split())


#: titles that open with "First": "First Minister Colm Ferriter", "First Lady Ann Bell"
FIRST_TITLES = frozenset("minister secretary lady deputy mayor".split())
#: Heads of a department, written before a name with the department: "Head of Policy Ann Lee".
_HEADS_OF = frozenset(("Head", "Director", "Chief"))


def split_role_name(words: list[str]) -> tuple[list[str], list[str]]:
    """Role words and the name after them: "Centre Party trade spokeswoman Ida Solheim" ->
    (["Centre", "Party", "trade", "spokeswoman"], ["Ida", "Solheim"]). Without a role word, no split."""
    if any(w in _BODY_JOINS for w in words[1:-1]) and not any(is_role_word(w) for w in words[2:]):
        return [], words  # "Reporters Without Borders": one body, no reporter (but "... Borders director Ana Lopez")
    t = next((i for i, w in enumerate(words[:4]) if w in PERSON_TITLE_WORDS or w in _HEADS_OF), -1)
    if t >= 0 and len(words) >= t + 5 and words[t + 1] in ("of", "for") \
            and all(w[:1].isupper() or w in ("of", "for", "and", "the") for w in words) \
            and "and" not in words[-3:]:  # not "Minister for Sport Claire Dunn and Rob Ellis"
        # "Minister for Water Resources Kavitha Shenoy", "Ohio Secretary of State Jon Husted": the title runs
        # to a known first name, else leaves the name its last two words
        k = next((i for i in range(t + 3, len(words) - 1) if gender_of_first_name(words[i]) is not None
                  and words[i - 1] not in ("of", "for", "and", "the")), len(words) - 2)
        return words[:k], words[k:]
    for k, w in enumerate(words):
        # "Halden Institute for Trade Policy" is an organisation; "Union leader Per Olsen" is a person
        if w[:1].isupper() and looks_like_org(w) and all(
                x[:1].isupper() or x.lower() in ("of", "for", "and", "&", "the", "on") for x in words[k + 1:]) \
                and not any(x in PERSON_TITLE_WORDS for x in words[k + 1:-1]) \
                and ("and" in words or not any(is_role_word(words[i]) and gender_of_first_name(words[i + 1]) is not None
                                               for i in range(k + 1, len(words) - 1))):
            # (nor "Federal Bureau of Investigation Director James Comey": a title and a name after the body)
            return [], words  # "Kestrian Farmers' Union" is an organisation; "Workers' Party MP Gerald Giam" is not
    j = len(words)
    while j > 0 and sum(w.lower() not in NAME_PARTICLES for w in words[j:]) < 4 and _name_like(words[j - 1]):
        j -= 1  # (particles do not count: "Finance Minister Rodrigo Salas de la Vega")
    while 0 < j < len(words) and words[j][:1].islower() and words[j] in NAME_PARTICLES and _name_like(words[j - 1]) \
            and not is_role_word(words[j - 1]):
        j -= 1  # "Sheikh Mohammed bin Rashid Al Maktoum": a name does not start with "bin"
    if j > 0 and len(words) - j >= 3 and words[j - 1].lower() in ("of", "for", "and", "to"):
        j += 1  # "Chief of Staff Rui Costa", "Coordinator for Lebanon Jeanine Hennis-Plasschaert": the title's object
    if j == 0 and len(words) >= 3 and (m := _NATIONAL.fullmatch(words[0])) is not None \
            and gender_of_first_name(words[0]) is None and (m.group("man") or gender_of_first_name(words[1]) is not None):
        return words[:1], words[1:]  # "Italian Marco Bellandi", "Frenchman Luc Besson": who, then the name
    if j == 0 or j == len(words):
        return [], words
    role = words[:j]
    if role[-1].lower().rstrip(".") in _RANK_OR_PLACE and not _police_rank(words[j:]):
        return [], words  # "DC Comics said": a firm, not a detective constable called Comics
    if not any(is_role_word(w) for w in role) and not (
            len(role) >= 2 and role[-1] == "member" and role[-2][:1].isupper()):  # "Board member Victor Almeida"
        return [], words
    # a name needs a capitalised word that is not a particle
    if not any(w[:1].isupper() for w in words[j:]):
        return [], words
    return role, words[j:]


# a nationality before a first name ("Kenyan Joseph Kiprono", "Welshman Gareth Pryce")
_NATIONAL = re.compile(rf"(?P<man>(?:French|English|Welsh|Scots|Irish|Dutch|Nor)(?:man|woman))|(?:{DEMONYMS})")


# words that describe a person before the name ("Democrat Hillary Clinton", "Former Gov. Jeb Bush")
_DESCRIPTORS = frozenset("democrat democrats republican republicans gop independent libertarian former".split())


_MEMBER_BODIES = frozenset(("Council", "Board", "Assembly", "Committee", "Commission"))


def _police_rank(rest: list[str]) -> bool:
    """Do the words after "PC"/"DC" name a person ("PC Anna Berg", "DC Hollis"), so that it is a police rank?
    "DC Comics" and "PC World" are firms."""
    if not rest or gender_of_first_name(rest[0]) is not None:
        return bool(rest)
    if len(rest) >= 2 and all(w[:1].isupper() for w in rest) and not looks_like_org(" ".join(rest)):
        return True  # "PC Rishi Patel", "DC Priti Shah": a first name the list does not know, and a surname
    low = rest[-1].lower()
    return len(rest) == 1 and low not in ORG_WORDS and low not in _FIRM_AFTER_RANK and low not in _CLUB_OR_TOWN_ENDS


def split_title(words: list[str]) -> tuple[list[str], list[str]]:
    """Leading title words and the rest: ["Finance", "Minister", "Hugo", "Lind"] -> (["Finance", "Minister"], ["Hugo", "Lind"])."""
    def is_title(w: str) -> bool:
        low = w.lower().rstrip(".")
        return low in TITLE_WORDS or low in TITLE_EXPANSIONS

    def is_descriptor(k: int) -> bool:
        """"Democrat Hillary Clinton", "Comedian Sarah Silverman": only before a person's full name."""
        low = words[k].lower().rstrip(".")
        rest = words[k + 1:]
        return (low in _DESCRIPTORS or low in OCCUPATIONS and words[k][:1].isupper()) and len(rest) >= 2 and all(
            x[:1].isupper() and x.lower().rstrip(".") not in NOT_NAMES for x in rest) and not looks_like_org(
            " ".join(rest)) and not looks_like_outlet(" ".join(rest))

    if words and words[-1].rstrip(",") in CORPORATE_SUFFIXES:
        return [], words  # "Nordhavn Energy ASA": a company, not someone called ASA with the title "Energy"
    if len(words) >= 2 and _one_body(words[:-1], words[-1]):
        return [], words  # "U.S. Energy Information Administration": one body, not "Energy" titling it
    body_of = next((k for k in range(1, min(4, len(words) - 1)) if words[k + 1] in ("of", "for")
                    and (words[k].lower() in ORG_WORDS or words[k] == "Community")), 0)
    if body_of and all(w.lower() in FIELD_TITLES for w in words[:body_of]):
        return [], words  # "Economic Community of West African States": one body, not "Economic" titling it
    for k in range(1, len(words) - 1):
        if words[k] == "Member" and words[k - 1] in _MEMBER_BODIES and words[k + 1] not in ("States", "State", "Nations"):
            return words[:k + 1], words[k + 1:]  # "Council Member Thomas Ng", "Board Member Ann Dube"
    i = 0
    while i < len(words) - 1 and (is_title(words[i]) or is_descriptor(i)):
        if words[i].lower().rstrip(".") in _RANK_OR_PLACE and not _police_rank(words[i + 1:]):
            break
        i += 1
    # "Kestrian Trade Minister Oskar Halvorsen": a title word later on ends the role
    for j in range(len(words) - 2, i - 1, -1):
        if is_title(words[j]) and words[j][0].isupper() and len(words) - j - 1 <= 3 \
                and (words[j].lower().rstrip(".") not in _RANK_OR_PLACE or _police_rank(words[j + 1:])) \
                and all(is_title(w) or w[0].isupper() for w in words[:j]):
            return words[:j + 1], words[j + 1:]
    return words[:i], words[i:]


# the legal form at the end of a company's name
# (as written: "Asa" is a first name, "ASA" a Norwegian company's form)
CORPORATE_SUFFIXES = frozenset("Inc Inc. Ltd Ltd. PLC plc LLC LLP Corp Corp. Co. ASA AB AG NV N.V. BV GmbH SpA S.p.A. "
                               "Oyj SARL Srl Pty Bhd LP SA S.A. A/S Oy KK SE".split())
_OPENING_CONJUNCTIONS = frozenset("but and so yet or then meanwhile however still also now".split())


_RANK_OR_PLACE = frozenset(("dc", "pc"))
_FIRM_AFTER_RANK = frozenset("comics world universe magazine gamer pro direct online plus".split())  # "PC World", "PC Magazine"


def expand_title(words: list[str]) -> str:
    """Role words as a role: abbreviations spelled out, honorifics dropped, a plural made singular
    ("Trade ministers Han Ji-woo and Oskar Halvorsen" -> "Trade minister")."""
    out = []
    for n, w in enumerate(words):
        low = w.lower().rstrip(".")
        if low in HONORIFICS or not out and low in _OPENING_CONJUNCTIONS:
            continue  # "But Millbrook parish council chairman": the sentence's "But" is no part of the role
        if low in _RANK_OR_PLACE and n < len(words) - 1:
            out.append(w)  # "DC Mayor Muriel Bowser": the District of Columbia, a rank only right before a name
            continue
        out.append(TITLE_EXPANSIONS.get(low, w))
    if out:
        last = out[-1].lower()
        if last.endswith("s") and (last[:-1] in OCCUPATIONS or last[:-1] in TITLE_WORDS):
            out[-1] = out[-1][:-1]
    return " ".join(out)


@functools.lru_cache(maxsize=8192)
def looks_like_org(name: str) -> bool:
    split = name.split()
    words = [_POSSESSIVE_END.sub("", w.lower()).strip(".,'\u2019") for w in split]  # "Northamptonshire Police's"
    if 2 <= len(words) <= 3 and words[-1] in _SURNAME_ORG_WORDS and gender_of_first_name(split[0]) is not None \
            and not any(w in ORG_WORDS for w in words[:-1]):
        return False  # "Rory Church", "Ann Court": a first name, then a surname that is also an organisation word
    if len(words) >= 3 and words[-1] == "management" and words[-2] in ("asset", "capital", "investment", "wealth",
                                                                         "fund", "portfolio", "investments"):
        return True  # "Calloway Asset Management"; not "the Office of Management and Budget"
    if any(w in _BODY_JOINS for w in split[1:-1]):
        return True  # "Reporters Without Borders", "Mothers Against Drunk Driving", "Médecins Sans Frontières"
    if len(split) > 1 and split[-1] in ("Movement", "International"):
        return True  # "the Five Star Movement", "Transparency International"; not "Freedom of Movement campaigners"
    if len(words) == 1 and words[0] in KNOWN_BODIES:
        return True  # "Oxfam said": a body known by one word
    return any(w in ORG_WORDS and (w != "front" or s[:1] == "F") or s == "Community"
               for w, s in zip(words, split, strict=True)) \
        or len(split) > 1 and (
        # ("the People's Front for Renewal" is a body, "the front line" is not)
        split[-1] in CORPORATE_SUFFIXES or words[-1] == "county"
        or words[-1] in _CLUB_OR_TOWN_ENDS and gender_of_first_name(split[0]) is None
        or words[-1] in FIRM_ENDS and split[-1][:1].isupper() and gender_of_first_name(split[0]) is None
    ) or never_speaks(name)  # "Kelso United", "Ashbury Town", "Scott County"; not "Brian Town"


#: capitalised joining words inside a body's name that no person's name holds
_BODY_JOINS = frozenset(("Without", "Against", "Sans"))
# a name ending so is a club or a town, never a person: "Kelso United", "Ashbury Town", "Leicester City"
#: a name ending so is a firm: "Halvard Line", "Harbour Air", "Thames Water", "Kestrel Media", "Threshold Care"
FIRM_ENDS = frozenset("line lines air water media care copper coal oil gas iron nickel lithium zinc medical grid ferries "
                       "mutual freight haulage market supermarkets".split())
_CLUB_OR_TOWN_ENDS = frozenset("united town city county rangers".split())
_SURNAME_ORG_WORDS = frozenset("church court house bank mills college chambers chamber union trust hospital homes "
                                "bakery brewery dairies".split())


@functools.lru_cache(maxsize=8192)
def never_speaks(name: str) -> bool:
    """A place ("North Korea") or an agreement ("the Trans-Pacific Partnership"): never "it" or "they"."""
    last = name.split()[-1].lower().strip(".,'\u2019") if name.split() else ""
    return last in AGREEMENT_WORDS or is_place(name)


@functools.lru_cache(maxsize=8192)
def is_place(name: str) -> bool:
    """"North Korea", "Nazi Germany", "New York": a country, state or city, not a person."""
    words = [w.lower().strip(".,'\u2019") for w in strip_possessive(name).split()]
    if len(words) == 1 and name.rstrip().endswith(".") and words[0] in STATE_ABBREVIATIONS:
        return True  # "Md.", "Calif.", "N.Y.": a state written as in a dateline
    if len(words) > 1 and words[-1] in STREET_WORDS and (words[-1] != "lane" or words[0] in _LANE_STEMS):
        return True  # "Brook Lane", "Harbour Road": an address; but "Sarah Lane", "Aoife Lane" are people
    if len(words) > 1 and (words[0] in _GEO_FIRST or words[-1] in _GEO_LAST) and gender_of_first_name(words[0]) is None:
        return True  # "Lake Basin", "Mount Kenya", "Rift Valley", "Kilifi County"
    while len(words) > 1 and words[0] in PLACE_PREFIXES and " ".join(words) not in PLACES:
        words = words[1:]
    return " ".join(words) in PLACES


_NAME_BEFORE_BRACKET = re.compile(r"[A-Z][\w'\u2019-]+\s\($")
# "Lane" is a common surname: a street only after one of these ("Brook Lane", "Mill Lane")
_LANE_STEMS = frozenset("brook mill church station park green oak elm main high market chapel bridge school hill "
                        "water mere meadow orchard farm manor kings queens old long back front".split())
# the first or last word of a place's name
_GEO_FIRST = frozenset("lake mount mt cape gulf isle storm hurricane typhoon cyclone".split())  # not "Bay Buchanan"; storms never speak
_GEO_LAST = frozenset("basin valley river lake bay island islands mountains hills county province district region "
                      "coast peninsula delta strait sea ocean forest desert plains canyon gorge".split())
# the last word of a street's name
STREET_WORDS = frozenset("lane street st road rd avenue ave drive boulevard blvd square terrace crescent parkway "
                         "highway motorway expressway plaza".split())


_CALL_SIGN = re.compile(r"[A-Z]{2,5}-(?:TV|FM|AM|DT)")
#: Outlets named "The" and a common word.
_THE_OUTLETS = frozenset(("the economist", "the observer", "the examiner", "the athletic", "the atlantic", "the verge", "the information", "the intercept",
                          "the conversation", "the spectator", "the nation", "the cut", "the bulwark", "the dispatch",
                          "sky sports", "bbc sport", "fox sports", "talksport", "nbc sports", "cbs sports",
                          "al jazeera", "ria novosti", "ukrainska pravda", "kyiv independent", "meduza", "haaretz",
                          "der spiegel", "asahi shimbun", "yomiuri shimbun", "nikkei asia", "caixin",
                          "al arabiya", "rt", "kommersant", "vedomosti", "izvestia", "pravda",
                          "corriere della sera", "la repubblica", "la stampa", "le figaro", "le monde", "libération",
                          "el país", "el pais", "el mundo", "frankfurter allgemeine", "süddeutsche zeitung",
                          "die zeit", "die welt", "bild", "handelsblatt", "nrc", "de volkskrant", "gazeta wyborcza",
                          "yediot ahronot", "folha de s.paulo", "o globo", "clarín", "la nación", "asahi", "yomiuri",
                          "mainichi", "xinhua", "global times", "people's daily", "south china morning post",
                          "straits times", "the hindu", "dawn news", "rolling stone", "billboard", "variety",
                          "pitchfork", "nme", "vogue", "vanity fair", "the new yorker", "politico", "axios",
                          "semafor", "punchbowl news"))
# outlet words that are common nouns unless capitalised: "The star told fans", "the post office"
_NOUNS_NAMING_OUTLETS = frozenset("star sun mirror standard record globe post independent review monitor observer times "
                                  "register sentinel examiner bulletin express mail daily press wire today hill".split())
# what is said at, not by: "told a news conference", "a regular press briefing"
_OCCASION_WORDS = frozenset("conference conferences briefing briefings release releases event room gallery pool".split())
def is_the_outlet(name: str) -> bool:
    """"The Athletic", "The Atlantic": an outlet named "The" and a common word."""
    return " ".join(name.lower().split()) in _THE_OUTLETS


#: Outlet words that are also surnames; after a first name they are one ("Jane Hill", not "Charlotte Observer").
# broadcasters named with a number: "France 24", "Channel 4 News", "Canal 13", "TV 2"
NUMBERED_OUTLET = re.compile(r"(?<![\w-])(?:France|Channel|Canal|TV|Radio|Rai|Kanal|Antena|Sky|Network|Nine|Seven|"
                             r"Ten|Telemundo|Univision)\s+\d{1,3}(?:\s+News)?(?![\w'\u2019-])")  # not "Radio 4's Today"
_SURNAME_OUTLET_WORDS = frozenset("hill post star sun bloomberg guardian fox press herald voz courrier".split())


@functools.lru_cache(maxsize=8192)
def looks_like_outlet(name: str) -> bool:
    raw = name.split()
    words = [w.lower().strip(".,'\u2019") for w in raw]
    if len(raw) == 2 and words[1] in _SURNAME_OUTLET_WORDS and gender_of_first_name(raw[0]) is not None:
        return False  # "Jane Hill", "Michael Bloomberg": a first name and a surname that is also an outlet's word
    if len(raw) >= 2 and is_place(name):
        return False  # "Capitol Hill", "Wall Street": a place
    if NUMBERED_OUTLET.fullmatch(name):
        return True  # "France 24", "Channel 4 News"
    if " ".join(words) in _THE_OUTLETS:
        return True  # "The Athletic", "The Atlantic": a name no outlet word gives away
    if len(raw) == 1 and _CALL_SIGN.fullmatch(raw[0].rstrip(".,")):
        return True  # "WWL-TV", "KQED-FM", "WNYC": a station's call sign
    if words and words[-1] in _OCCASION_WORDS:
        return False
    if len(words) >= 2 and words[-1] in ORG_WORDS and words[-1] not in OUTLET_WORDS:
        return False  # "Principal Financial Group", "Times Square Alliance": a body whose name holds an outlet's word
    if words and words[-1] in _NOUNS_NAMING_OUTLETS and not any(w[:1].isupper() for w in raw if w.lower() != "the"):
        return False  # "the star", "a record low": a common noun, not the Star; "the magazine" stays an outlet
    return any(w in OUTLET_WORDS and not (w in _PEOPLE_OUTLET_WORDS and r[:1].islower()) for w, r in zip(words, raw, strict=True)) \
        or len(words) == 1 and words[0] in WIRE_AGENCIES \
        or any(len(w) > 8 and w.endswith(OUTLET_COMPOUND_ENDS) for w in words) and gender_of_first_name(raw[0]) is None


# outlet words that are also people in lower case: "Northgate's chief economist", "an observer", "her guardian"
_PEOPLE_OUTLET_WORDS = frozenset("economist observer guardian insider examiner monitor".split())


@dataclass
class Entity:
    """One person or organisation, with every form the article names it by."""

    name: str  # the fullest form, titles removed
    kind: str = "person"  # person | organization | outlet
    role: str | None = None
    organization: str | None = None
    aliases: set[str] = field(default_factory=set)
    gender: str | None = None  # "m" | "f" when the article shows it
    role_weak: bool = False  # the role came from a lower-case word before the name; an appositive wins
    first_seen: int = 0
    titles: list[str] = field(default_factory=list)  # "Governor" of "Gov. Teresa Calder", kept past her role
    surname_first: bool = False  # "Hayakawa Shinji", later "Hayakawa": the family name comes first

    @property
    def tokens(self) -> list[str]:
        return self.name.split()

    @property
    def surname(self) -> str:
        toks = self.tokens
        if len(toks) >= 2 and (self.surname_first or toks[0].lower() in SURNAME_FIRST) and self.kind == "person":
            return toks[0]
        if len(toks) >= 2 and _REGNAL.fullmatch(toks[-1]):
            return toks[-2]  # "Leo XIV", "Charles III": known by the name before the numeral
        return toks[-1] if toks else self.name


# bodies named after a person, whose surname alone is the person: "Gates" of the "Gates Foundation"
_NAMED_AFTER = frozenset("party foundation institute trust center centre university college school hospital museum "
                         "prize award library aerospace group".split())


def _firm_tail(toks: list[str]) -> bool:
    """Are the words after the first all company words ("Electronics", "Building Society", "Ltd")?"""
    return all(t.lower().strip(".,") in ORG_WORDS or t in CORPORATE_SUFFIXES or t.lower() in ("building", "&")
               or t.lower() in FIRM_ENDS for t in toks[1:])


class NameIndex:
    """Full names seen in an article, to resolve surnames and titled forms."""

    def __init__(self) -> None:
        self.entities: list[Entity] = []
        self._by_key: dict[str, Entity] = {}
        self._by_surname: dict[str, list[Entity]] = {}  # candidates by lower-case first or last word
        self._in_surname: set[tuple[str, int]] = set()  # (word, id(entity)) pairs already in _by_surname
        # for merging forms: the entities under each lower-case last word, in the order they came, and two
        # lookups that find the candidates among them without reading the whole list (an article naming
        # thousands of "... Group"s stays linear): by normalised name, and by each shorter tail of the name
        self._last_pos: dict[tuple[str, int], int] = {}  # (last word, id(entity)) -> place under that word
        self._by_norm: dict[str, list[Entity]] = {}
        self._by_tail: dict[str, list[Entity]] = {}
        self._by_middle: dict[str, list[Entity]] = {}  # people of three words or more, by each inner word
        self.firm_keys: set[str] = set()  # names the text shows to be firms, whatever their words ("Halberd Shipyards")

    def add(self, full: str, pos: int, kind: str = "person", other_role: str | None = None) -> Entity:
        """Register a name (titles already removed); merges with a known entity it extends or repeats.
        ``other_role``: the role the text gives this mention; a surname known only with a different
        role ("President Obama", then "the first lady, Michelle Obama") is another person."""
        full = strip_possessive(full.strip())
        if "-year-old " in full and full.split(" ", 1)[0].lower().endswith("-year-old"):
            full = full.split(" ", 1)[1]  # "Five-year-old Mia Tran": the age is no part of the name
        key = norm_name(full)
        ent = self._by_key.get(key)
        if ent is not None:
            return ent
        # a longer form of a known entity ("Lind" seen first, then "Hugo Lind"): same last word
        toks = full.split()
        if not toks:
            toks = [full]
        for e in self._merge_candidates(toks, key):
            if e.kind != kind:
                continue
            etoks = e.tokens
            if len(toks) > len(etoks) and norm_name(" ".join(toks[-len(etoks):])) == norm_name(e.name):
                if other_role and e.role and len(etoks) == 1 and not (
                        set(other_role.lower().split()) & set(e.role.lower().split())):
                    continue
                self._rekey(e, full)
                return e
            if len(toks) < len(etoks) and norm_name(" ".join(etoks[-len(toks):])) == key \
                    and not (e.kind != "person" and is_place(full)):  # "India" is not the Reserve Bank of India
                e.aliases.add(key)
                self._by_key[key] = e
                return e
        if len(toks) == 1 and (firm := self._firm_of_word(toks[0])) is not None:
            firm.aliases.add(key)  # "Brightwell said" after "Brightwell Electronics": the firm, short
            self._by_key[key] = firm
            return firm
        if kind == "organization" and len(toks) >= 2 and _firm_tail(toks) and toks[-1].lower() not in _NAMED_AFTER \
                and (short := self._by_key.get(norm_name(toks[0]))) is not None and len(short.tokens) == 1 \
                and short.kind == "person" and not short.role and not short.titles and short.gender is None \
                and gender_of_first_name(toks[0]) is None:
            short.kind = "organization"  # "Brightwell recalls ..." in the headline, then "Brightwell Electronics"
            self._rekey(short, full)
            return short
        if len(toks) == 1 and kind == "person" and (same := self._one_named(toks[0])) is not None:
            same.aliases.add(key)  # "Michael says" after "Michael Abernathy"; "Ortega" of "Lucía Ortega Vidal"
            self._by_key[key] = same
            return same
        ent = Entity(name=full, kind=kind, first_seen=pos)
        ent.aliases.add(key)
        self.entities.append(ent)
        self._by_key[key] = ent
        self._index_surname(ent)
        self._index_forms(ent, toks[-1].lower())
        return ent

    def _firm_of_word(self, word: str) -> Entity | None:
        """The one organisation named in full as ``word`` and company words ("Brightwell Electronics",
        "Halvorsen Instruments Ltd"), which ``word`` alone is short for."""
        low = word.lower()
        if gender_of_first_name(word) is not None or low in ORG_WORDS or is_place(word) \
                or low in ("democratic", "democrat", "republican", "conservative", "liberal", "labour", "green"):
            return None  # "Cleveland" is no "Cleveland Clinic", "one Republican" no "Republican Party"
        firms = [e for e in self._by_surname.get(low, ()) if e.kind == "organization" and len(e.tokens) >= 2
                 and e.tokens[0].lower() == low and (_firm_tail(e.tokens) or norm_name(e.name) in self.firm_keys)
                 and e.tokens[-1].lower() not in _NAMED_AFTER]
        return firms[0] if len(firms) == 1 else None

    def _one_named(self, word: str) -> Entity | None:
        """The one person named in full whose first name is ``word`` (a known first name), or whose
        name of three words or more has it inside (a first surname: "Ortega" of "Lucía Ortega Vidal")."""
        low = word.lower()
        inside = self._by_middle.get(low, []) if gender_of_first_name(word) is None else []  # not "María" of "Ana María López"
        if len(inside) == 1 and (inside[0].role or gender_of_first_name(inside[0].tokens[0]) is not None):
            return inside[0]  # but not "Hold Melania Trump", "SOURCE Norvella Therapeutics": headline words
        named = self._by_surname.get(low, ())
        firsts = [e for e in named if e.kind == "person" and e.tokens[0].lower() == low]
        if gender_of_first_name(word) is None and (
                len(firsts) != 1 or len(firsts[0].tokens) != 2 or not firsts[0].tokens[1][:1].isupper()
                or any(e.tokens[-1].lower() == low for e in named)
                or low in ORG_WORDS or is_place(word) or low in NOT_NAMES or low in _COUNTRY_FIRST_NAMES):
            return None  # "Eli said" after "Eli Baker": a first name the list does not know, but no one's surname
        return firsts[0] if len(firsts) == 1 else None

    def alias(self, ent: Entity, form: str) -> None:
        """Another name of ``ent`` ("EOSA" for the European Orbital Science Agency)."""
        key = norm_name(form)
        if key not in self._by_key:
            self._by_key[key] = ent
            ent.aliases.add(key)

    def _merge_candidates(self, toks: list[str], key: str) -> list[Entity]:
        """The entities under the same last word that ``toks`` extends (a known name is its tail) or that
        extend it (it is a known name's tail), in the order they came: what a scan of every entity under
        that last word would find, from two lookups."""
        last = toks[-1].lower()
        found = [e for k in range(1, len(toks)) for e in self._by_norm.get(norm_name(" ".join(toks[-k:])), ())]
        found += self._by_tail.get(key, ())
        seen: dict[int, Entity] = {}
        for e in found:
            if (last, id(e)) in self._last_pos:
                seen.setdefault(id(e), e)
        return sorted(seen.values(), key=lambda e: self._last_pos[(last, id(e))])

    def _index_forms(self, e: Entity, last: str) -> None:
        if (last, id(e)) not in self._last_pos:
            self._last_pos[(last, id(e))] = len(self._last_pos)
        self._by_norm.setdefault(norm_name(e.name), []).append(e)
        toks = e.tokens
        for k in range(1, len(toks)):
            self._by_tail.setdefault(norm_name(" ".join(toks[-k:])), []).append(e)

    def _unindex_forms(self, e: Entity) -> None:
        """Forget the lookups of ``e``'s present name (it is about to get a longer one)."""
        toks = e.tokens
        keys = [(self._by_norm, norm_name(e.name))] + [
            (self._by_tail, norm_name(" ".join(toks[-k:]))) for k in range(1, len(toks))]
        for table, key in keys:
            table[key] = [x for x in table.get(key, ()) if x is not e]

    def _index_surname(self, e: Entity) -> None:
        toks = e.tokens
        if len(toks) > 2 and e.kind == "person":
            for w in toks[1:-1]:
                if len(w) > 2 and w[0].isupper() and w.isalpha() and w.lower() not in NAME_PARTICLES \
                        and e not in self._by_middle.setdefault(w.lower(), []):
                    self._by_middle[w.lower()].append(e)
        if len(toks) > 1:
            for w in {toks[0].lower(), toks[-1].lower()}:
                if (w, id(e)) not in self._in_surname:
                    self._in_surname.add((w, id(e)))
                    self._by_surname.setdefault(w, []).append(e)

    def _rekey(self, e: Entity, full: str) -> None:
        self._unindex_forms(e)
        e.aliases.add(norm_name(e.name))
        e.name = full
        e.aliases.add(norm_name(full))
        self._by_key[norm_name(full)] = e
        self._index_surname(e)
        self._index_forms(e, full.split()[-1].lower())

    def find(self, name: str) -> Entity | None:
        """The entity a (short) name refers to: exact, then by surname, then surname-first."""
        name = strip_possessive(name.strip())
        key = norm_name(name)
        if key in self._by_key:
            return self._by_key[key]
        toks = name.split()
        if not toks:
            return None
        last = toks[-1].lower()
        hits = [e for e in self._by_surname.get(last, ()) if e.kind == "person" and e.surname.lower() == last]
        if len(toks) > 1:
            # "Hugo Lind" vs "Hugo Lind-Berg": require the whole short form to end the full one
            whole = [e for e in hits if norm_name(" ".join(e.tokens[-len(toks):])) == key]
            if whole:
                hits = whole
            elif len(toks) == 2 and toks[0].isalpha() and toks[0][0].isupper() and not _glued_opening(toks[0]):
                # "Tom Abernathy" is not Ruth Abernathy: another first name
                first = _folded(toks[0])
                hits = [e for e in hits if len(e.tokens) < 2 or first in (_folded(t) for t in e.tokens)]
        if len(hits) == 1:
            return hits[0]
        if len(hits) > 1:
            # "Cruz" with Ted and Heidi Cruz in the article: the person named first, the story's subject
            # (a name glued to an opening word, "Former Trump", never wins)
            return min(hits, key=lambda e: (_glued_opening(e.tokens[0]), e.first_seen))
        if len(toks) == 1 and gender_of_first_name(toks[0]) is None and not is_place(toks[0]) \
                and toks[0].lower() not in _COUNTRY_FIRST_NAMES:  # "Israel said" is not Israel Katz
            # surname first: "Suzuki" after "Suzuki Haruto", "Ri" after "Ri Chol-jun" (no given name of its own)
            # (with a role known, or a Japanese name of two words: "Hayakawa Shinji resigned", "Moriyama Keiko")
            firsts = [e for e in self._by_surname.get(last, ()) if e.kind == "person" and len(e.tokens) >= 2
                      and e.tokens[0].lower() == last and (e.role is not None or len(e.tokens) == 2
                                                           and all(_JAPANESE_WORD.fullmatch(t) for t in e.tokens))
                      and all(_NAME_PART.fullmatch(t) and t.lower() not in NOT_NAMES and not is_role_word(t)
                              for t in e.tokens)]  # not "World War II-era", "Republican Obama"
            if len(firsts) == 1:
                e = firsts[0]
                if e.role is None and not any(o is not e and o.kind == "person" and o.tokens[-1] == e.tokens[-1]
                                              for o in self.entities):
                    e.surname_first = True  # "Hayakawa Shinji": "Hayakawa" is the family name
                return e
        return None


_COUNTRY_FIRST_NAMES = frozenset("israel india china jordan georgia chad kenya america".split())
_REGNAL = re.compile(r"(?:X{0,3})(?:IX|IV|V?I{0,3})")
_NAME_PART = re.compile(r"[A-Z][a-z]+(?:-[A-Za-z][a-z]+)*")
# capitalised words that open a sentence before a name and are no first names
_OPENING_WORDS = frozenset(
    "rival former top beneath whatever donor other outside debating entrusting notorious full meanwhile "
    "then fellow longtime veteran representing including following visiting joining leaving addressing describing "
    "citing quoting thanking praising criticising criticizing backing supporting opposing welcoming blaming "
    "urging".split())
# for ranking two people with one surname, also the words that may open a place's name ("New")
_GLUED_OPENERS = _OPENING_WORDS | frozenset("another new late see ag impeach".split())


def _glued_opening(first: str) -> bool:
    """Is a name's first word a capitalised sentence opener rather than a first name?"""
    low = first.lower().rstrip(".")
    return low in _GLUED_OPENERS or low in NOT_NAMES or low in OCCUPATIONS or low in TITLE_WORDS or \
        low in TITLE_ABBREVIATIONS or is_place(first) or (
        len(low) > 4 and low.endswith(("ly", "ing", "ed")))


#: party words: before a known first name an opener ("Republican Jeb Bush"); "The Arizona Republican" speaks
PARTY_WORDS = frozenset("republican democratic democrat gop conservative liberal independent".split())
# last words that no person's name ends with (unless a known first name opens it): places, days, parties
_NO_PERSON_ENDS = frozenset(
    "city county street avenue road boulevard square sea ocean river east day year eve week "
    "corps watch state security republican republicans democrat democrats democratic catholic catholics "
    "jewish muslim muslims americans american scientists progress politics text administration act".split())


def without_opening_words(words: list[str]) -> list[str]:
    """A name without the capitalised sentence opener glued to its front: "Rival Hillary Clinton",
    "Republican Jeb Bush" (a party word only before a known first name: "Republican National
    Committee" stays whole)."""
    while len(words) >= 2 and gender_of_first_name(words[0]) is None and (
            words[0].lower() in _OPENING_WORDS
            or words[0].lower() in PARTY_WORDS and gender_of_first_name(words[1]) is not None):
        words = words[1:]
    return words


def not_a_person_name(words: list[str], all_caps: bool = True) -> bool:
    """Capitalised words that name no person unless a known first name opens them: a place, a day or
    a party at the end ("Fairfax County", "Election Day", "Orlando Democrat"), an acronym or an
    initial ("Hewlett-Packard CEO", "North Carolina RNC", "Washington D"), or all capitals ("FULL
    TEXT"). Not a role word at the end: "King", "Baker" and "Bishop" are surnames."""
    if not words or gender_of_first_name(words[0].capitalize()) is not None:
        return False
    last = words[-1].strip(".,")
    low = last.lower()
    if low in _GENERATIONS:
        return False  # "I. Charles McCullough III", "Hubert Walker Jr."
    return low in _NO_PERSON_ENDS or len(last) == 1 or (
        len(words) > 1 and last.isupper() and len(last) > 1 and not all(w.isupper() for w in words)) or (
        all_caps and all(w.isupper() and len(w) > 1 for w in words))


_GENERATIONS = frozenset("ii iii iv v jr sr".split())


# Words that NOT_NAMES holds but that are surnames after a known first name: "Theresa May"
SURNAME_WORDS = frozenset("may june april will".split())
TITLE_ABBREVIATIONS = frozenset("sen rep gov gen lt col capt sgt adm dr mr mrs ms st prof rev atty supt".split())


def _a_title_itself(word: str) -> bool:
    """A title or a trade, not the portfolio a title is for ("Minister for Health Kavitha Shenoy")."""
    return word in PERSON_TITLE_WORDS or word.lower() in OCCUPATIONS or is_role_word(word) \
        and word.lower() not in TITLE_WORDS


# the whole title before its object: "Massachusetts Secretary of " before "State William Galvin"
# (from the last "and" before another title: not "President Xi Jinping and Secretary of State John Kerry")
_TITLE_RUN_BEFORE = re.compile(r"(?:\b[A-Z][\w'\u2019-]*\s+(?:(?:of|for|and)\s+(?:the\s+)?)?)+$")
# words a title's run may not open with: a sentence's opening word, a preposition, a verb ("After Deputy Secretary")
_RUN_OPENERS = _OPENING_CONJUNCTIONS | frozenset("after before when as in on at with by for from to while since if once "
                                                 "the a an said says told former".split())
_AND_A_TITLE = re.compile(r".*\band\s+(?=(?:" + "|".join(sorted(PERSON_TITLE_WORDS)) + r"|Deputy|Vice|Under|Assistant)\b)")
_TITLE_OBJECT_BEFORE = re.compile(r"\b[A-Z][a-z]+\s+(?:of|for|and)\s+(?:the\s+)?$")


# participles that describe a role rather than act on the person: "retired astronaut", "syndicated radio host"
_ADJECTIVE_PARTICIPLES = frozenset(
    "retired syndicated backed elected acclaimed renowned celebrated respected noted unnamed licensed registered "
    "certified qualified trained skilled experienced disgraced jailed convicted accused alleged suspected detained "
    "wounded injured exiled ousted embattled beleaguered seasoned talented married divorced widowed self-described "
    "described appointed designated unpaid paid salaried".split())


def name_mentions(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str, str | None]]:
    """Capitalised multi-word names in ``text[start:end]``: (start, end, name without title, title or None).

    A role written in lower case right before the name counts too: "trade spokeswoman Ida Solheim".
    """
    out = []
    for m in NAME_RE.finditer(text, start, len(text) if end is None else end):
        ms = m.start()
        if ms > 0 and (text[ms - 1].isalnum() or text[ms - 1] in "@#_"):
            continue
        if text[ms - 1:ms] == "(" and text[m.end():m.end() + 1] == ")" and _NAME_BEFORE_BRACKET.search(
                text, max(0, ms - 30), ms):
            continue  # "Cllr Aoife Lane (Fianna Fáil)": a party or affiliation tag after a name, not a person
        if "(" in text[max(0, ms - 30):ms] and (opening := text.rfind("(", max(0, ms - 30), ms)) >= 0 \
                and ")" not in text[opening:ms] and (closing := text.find(")", m.end(), m.end() + 40)) >= 0 \
                and "(" not in text[m.end():closing] and "," in text[opening:closing] \
                and text[opening + 1:opening + 2].isupper() \
                and not any(is_role_word(w) for w in text[opening + 1:closing].replace(",", " ").split()) \
                and _NAME_BEFORE_BRACKET.search(text, max(0, opening - 30), opening + 1):
            continue  # "Cllr Dev Chauhan (Lib Dem, Hartwell North)": party and ward after a name
        if text[max(0, ms - 2):ms] == "& " and gender_of_first_name(m.group().split()[0]) is None:
            continue  # "Moore & Van Allen", "Procter & Gamble": a firm's second half; not "Tom & Ann Hale"
        matched = m.group()
        if " " in matched and matched.split(None, 1)[0].lower().endswith(("-based", "-headquartered", "-listed")):
            cut = matched.index(" ") + 1  # "Mumbai-based Shreeram Textiles Ltd": where it is, then the name
            ms, matched = ms + cut, matched[cut:].lstrip()
        if matched.count(" ") >= 2 and _TITLE_OBJECT_BEFORE.search(text, max(0, ms - 40), ms) \
                and not _a_title_itself(matched.split(None, 1)[0]) and gender_of_first_name(matched.split(None, 1)[0]) is None \
                and any((is_role_word(w) or w in _HEADS_OF) and w.lower() not in FIELD_TITLES
                        for w in text[max(0, ms - 40):ms].split() if w[:1].isupper()):
            # (not "the Economic Community of West African States": a field is no title by itself)
            # "Chief of Staff Rui Costa", "Coordinator for Lebanon Jeanine Hennis-Plasschaert": the first word
            # is the end of the title; "Minister for Water Resources Kavitha Shenoy", "Leader of the Opposition
            # Ramesh Kumar Iyer": the title ends before a known first name, or leaves two words
            parts = matched.split()
            k = next((i for i in range(1, len(parts) - 1) if gender_of_first_name(parts[i]) is not None),
                     1 if len(parts) <= 3 else len(parts) - 2)
            cut = matched.index(parts[k])
            run = _TITLE_RUN_BEFORE.search(text, max(0, ms - 60), ms)
            lead = run.group() if run else ""
            lead = lead[a.end():] if (a := _AND_A_TITLE.match(lead)) is not None else lead
            while lead and lead.split(None, 1)[0].lower() in _RUN_OPENERS:
                lead = lead.split(None, 1)[1] if " " in lead.strip() else ""  # "After Deputy Secretary of State"
            title_run = lead + matched[:cut].rstrip()  # "Ohio Secretary of" + "State"
            ms, matched = ms + cut, matched[cut:]
        else:
            title_run = None
        parsed = _parse_name_match(matched)
        if parsed is None:
            continue
        role, first, name = parsed
        role = role or title_run
        if text[m.end():m.end() + 1] == "." and name.split()[-1].lower() in TITLE_ABBREVIATIONS:
            continue  # "Democratic Sen." before "Claire McCaskill": a title cut off at its full stop
        if role is None and ms >= 4 and text[ms - 1] == " " \
                and _inside_org_name(text, ms, any_first=gender_of_first_name(first) is None) \
                and not (len(name.split()) >= 3 and _CUE_NEXT.match(text, m.end())
                         and not name.endswith(_BODY_NAME_ENDS)):
            continue  # "the Federation of Small Businesses": the end of an organisation's name
        s = text.find(first, ms)
        # a role in lower case right before the name: "trade spokeswoman Ida Solheim" (or before an honorific
        # only: "retired judge Dame Evelyn Marchbanks" is the judge)
        if (role is None or role.lower().rstrip(".") in ("sir", "dame", "lord", "lady")) \
                and ms >= 2 and text[ms - 1] == " " and text[ms - 2].isalpha() \
                and _ends_with_occupation(text[max(0, ms - _OCC_TAIL):ms - 1]):
            before = _LOWER_ROLE.search(text, max(0, ms - 60), ms)
            if before:
                words = before.group(1).split()
                cut = max((i + 1 for i, w in enumerate(words[:-1])
                           if w.lower() in _NOT_IN_A_ROLE and not (w.lower() == "beat" and words[i + 1].lower() in _ON_THE_BEAT)
                           or w.islower() and w.endswith("ed")
                           and w.rsplit("-", 1)[-1] not in _ADJECTIVE_PARTICIPLES
                           or w.islower() and w.endswith("ing") and w not in FIELD_PARTICIPLES and "-" not in w),
                          default=0)
                # ("Smith won, beating incumbent Ann Lee", "moved to sign striker Tobi Okonjo": what was done to whom)
                lead_in = words[:cut - 1] or text[max(0, before.start() - 20):before.start()].split() or [""]
                verb = lead_in[-1].lower()  # the word before "to"
                if 0 < cut < len(words) - 1 and words[cut - 1].lower() == "to" and not is_role_word(words[cut]) \
                        and (verb.endswith("ed") or verb in _BEFORE_TO_VERB):
                    cut += 1  # "to sign striker X": the verb after "to" is no part of the role
                role = " ".join(words[cut:])  # "A court fined rancher Walter Briggs", "Asked by prosecutor X": the rancher
        out.append((s, m.end(), name, role))
    return out


#: -ing words that are part of a role: "managing director", "acting chief", "outgoing president"
#: words after which "to" opens a verb ("moved to sign striker X"), not a place or a person ("according to")
_BEFORE_TO_VERB = frozenset("want wants plans plan hopes hope tried try agreed set aims aim looking able is was were are "
                            "going bid bids sought seeks".split())
_ON_THE_BEAT = frozenset("reporter reporters writer writers correspondent cop cops officer officers".split())  # "beat reporter"
# words a lower-case role before a name starts after: "A court fined rancher X", "Asked by prosecutor X",
# '"...," said chief executive X'
_NOT_IN_A_ROLE = frozenset("a an the by said says told tells wrote writes adds according to what whom "
                           "from with at on in into about after before as "  # "a collection from creative director X"
                           # verbs: "Mayor Jo Park met police chief Dan Reyes" (and the irregular pasts)
                           "meets beat beats sees heard replaced succeeded".split()) | IRREGULAR_PAST


# Words that name a body and are nobody's surname ("Mills", "Steel", "Church", "Court" are)
BODY_NOUNS = frozenset(
    "ministry department agency bureau commission committee council authority administration institute "
    "university association federation party corporation foundation coalition alliance directorate "
    "secretariat inspectorate ombudsman organization organisation programme program fund office service network "
    "forum regulator watchdog campaign center centre".split())
# Titles that only a person carries
ONLY_PERSON_TITLES = frozenset(
    "lord lady sir dame judge senator sen councillor councilor cllr rep gov governor president minister "
    "mayor king queen prince princess dr prof professor rev reverend father sister bishop general gen col capt "
    "sgt officer detective chief speaker chairman chairwoman sheikh pope".split())




def _one_body(front: list[str], last: str) -> bool:
    """Do words ending in a body noun, none before it a title only a person carries, name one body ("Energy
    Information Administration"), not a title and a name?"""
    return last.lower().strip(".,") in BODY_NOUNS and not any(
        w.lower().rstrip(".") in ONLY_PERSON_TITLES or w.lower().rstrip(".") in HONORIFICS for w in front)


# a cue right after a capitalised run: the run ends with someone who speaks ("... Policy Studies Xiang Li said")
_CUE_NEXT = re.compile(r"\s+(?:said|says|told|tells|added|wrote|argued|warned|noted)\b")
_ORG_OF_BEFORE = re.compile(r"([A-Z][\w'\u2019-]*)\s+(?:of|for)\s+(?:the\s+)?$")


def _inside_org_name(text: str, pos: int, any_first: bool = True) -> bool:
    """Does an organisation word and "of"/"for" come right before ``pos`` ("Federation of ",
    "Institute for ")? ``any_first``: the words after may start with a first name ("Centre for Marine
    Science"); then only a body that is never named after a person ("office of Chuck Schumer" is his)."""
    m = _ORG_OF_BEFORE.search(text, max(0, pos - 40), pos)
    return m is not None and (m.group(1).lower() in (ORG_WORDS if any_first else _FIELD_BODIES) or m.group(1) == "Community")


#: Bodies named for a field, never for a person after "of"/"for": "Centre for Marine Science".
_FIELD_BODIES = frozenset("centre center institute school college academy federation association society "
                          "council commission agency bureau".split())


# "Moody's Analytics", "the Democratic People's Republic": a possessive inside an organisation's name
_OWNED_ORG_ENDS = ORG_WORDS | frozenset("analytics republic cafe restaurant bar store stores".split())


# the plural a body's name may end with after "of", which no person's does: "... of West African States"
_BODY_NAME_ENDS = ("States", "Nations", "Countries", "Islands", "Affairs", "Studies", "Services", "Sciences",
                   "Industries", "Workers", "Employers", "Manufacturers", "Communities", "Churches")


@functools.lru_cache(maxsize=8192)
def _parse_name_match(matched: str) -> tuple[str | None, str, str] | None:
    """(title or None, first word of the name, the name) for one match of :data:`NAME_RE`, or None
    when it is not a name. Depends on the matched words only, so it is cached: an article (and a
    batch of articles) repeats its names."""
    words = matched.split()
    # "Iowa State University's Dianne Bystrom", "NBC's Dante Chinni": the name after the owner
    owned = [k for k, w in enumerate(words[:-1]) if w.endswith(("'s", "\u2019s"))]
    if owned and len(words) - owned[-1] - 1 >= 2:
        words = words[owned[-1] + 1:]
    elif owned and words[-1].lower() not in _OWNED_ORG_ENDS and not looks_like_outlet(matched):
        return None  # "Clinton's Latino [vote director]", "Trump's Twitter": an owner and a thing, no name
    # drop sentence-initial function words and titles: "The", "Finance Minister"
    lead = 0
    while lead < len(words) and words[lead].lower() in NOT_NAMES and not (
            words[lead] == "First" and lead + 2 < len(words) and words[lead + 1].lower() in FIRST_TITLES) \
            and not (words[lead] in ("Sunday", "Saturday") and looks_like_outlet(" ".join(words[lead:]))):
        lead += 1  # ("First Minister Colm Ferriter": a title; "the Sunday Herald": a paper)
    if lead < len(words) and words[lead][:1].isupper() and words[lead].lower() in INVERTIBLE_CUES \
            and (words[lead] != "Said" or len(words) - lead >= 3):
        lead += 1  # 'Explained Nancy Cordes: "..."'; "Said Jalili" stays a name
    role, rest = split_role_name(words[lead:])
    if not role:
        role, rest = split_title(words[lead:])
    if not role:
        rest = without_opening_words(rest)  # "Rival Hillary Clinton", "Debating Clinton", "Top Sanders"
    if role and rest and _one_body(role, rest[-1]):
        role, rest = None, words[lead:]  # "Energy Information Administration": one body, no "Energy" title
    if len(rest) < 2 and not (role and rest):
        return None  # one word alone is not a name; "Minister Han" is
    if len(rest) == 1 and rest[0].lower().strip(".,") in BODY_NOUNS and not any(
            w.lower().rstrip(".") in HONORIFICS or w.lower().rstrip(".") in ONLY_PERSON_TITLES for w in words):
        return None  # "The Trade Ministry", "Finance Department": a body; but "Ms Mills", "Senator Church"
    if not role and not_a_person_name(rest) and not (
            len(rest) >= 3 and rest[-1] == "Administration" and gender_of_first_name(rest[0]) is None):
        return None  # (but "Kestrel Drug Administration" is a body, not "the Obama administration")  # "Fairfax County", "Election Day", "Orlando Republican", "FULL TEXT": no person
    if any(w.lower() in NOT_NAMES and w.lower() not in NAME_PARTICLES for w in rest[:-1 if rest[-1] == "Today" else None]) \
            and not (len(rest) == 2 and rest[1].lower() in SURNAME_WORDS and gender_of_first_name(rest[0])) \
            and not (rest[0] in ("Sunday", "Saturday") and looks_like_outlet(" ".join(rest))):
        return None  # but "Theresa May": a known first name, then a surname that is also a word
    return (" ".join(role) if role else None), rest[0], " ".join(rest)


#: The words _LOWER_ROLE ends with; a text that ends with none of them cannot match (a cheap first test).
_OCC_ENDS = tuple(OCCUPATIONS)
_OCC_TAIL = max(map(len, OCCUPATIONS)) + 2


def _ends_with_occupation(before: str) -> bool:
    """Does ``before`` end with an occupation, perhaps plural? (What _LOWER_ROLE needs before its space.)"""
    return before.endswith(_OCC_ENDS) or (before.endswith("s") and before[:-1].endswith(_OCC_ENDS))


_LOWER_ROLE = re.compile(r"(?<![\w'\u2019-])((?:[A-Z][\w'\u2019-]* ){0,3}(?:(?:[a-z][\w-]+ )?(?:" + word_pattern(OCCUPATIONS)
                         + r") and )?(?:(?!(?:say|says|said|told|tell|tells|"
                         r"believe|believes|think|thinks|claim|claims|warn|warns|expect|expects|fear|fears|hope|hopes|"
                         r"report|reports|suggest|suggests|insist|insists|but|that)\b)[a-z][\w\-]+ ){0,2}(?:"
                         + word_pattern(OCCUPATIONS) + r")s?) $")
