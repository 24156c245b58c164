"""What a figure measures: a short noun phrase from the figure's sentence, or None.

The phrase is shown in the memo's "Key figures" table ("What it measures"),
so it must name a thing: never the unit, a pronoun, a lone verb or adverb,
or another figure. When no rule finds a noun phrase the answer is None: an
empty cell is better than a wrong word.

Rules, first hit wins:

1. Counted things after a bare count: "1,400 jobs", "two officials familiar
   with the talks", "Four soldiers were wounded in the attack" -> "soldiers
   wounded in the attack", "arrested 27 people" -> "people arrested".
2. "X of N", "X above N": "a tariff of 15%", "a fine of up to $2.5m",
   "a quota below one million tonnes".
3. "N of X": "3.5 million tonnes of grain" -> "grain", "12% of voters" (but
   "2.9% of GDP" names a denominator: the clause's subject wins).
4. The figure as a modifier: "a 12% pay rise for nurses", "Duvane's 25%
   tariff on steel", "a two-year deal", "a 2024 shipping pact".
5. Money "in/on/for/into X": "$58,000 in port charges", "spent £3.7bn on
   consultants", "paid £420m for the chain"; "adds 12% to the landed cost";
   "drugs worth £3m".
6. Appositives, restatements and ellipses: "Unemployment, at 4.2%, ...",
   "..., about 2.1 million tonnes," and "in place of the current 25%" take
   the context of an earlier figure of the sentence; so does a pronoun object
   ("expects to raise them by a further 3%").
7. The clause: the nearest verb before the figure. Its object when the
   figure hangs off it ("cut its duty on steel to 15%", "valued the company
   at $4bn", "cost farmers $70m" -> "cost to farmers"), else its subject
   ("EU tariffs on Japanese steel rose from 25% to 15%", "Global demand is
   expected to reach ..."). Only verbs of level or change ("rose", "was",
   "reached") or of setting a figure ("cut", "offered", "capped") give a
   subject: an agent is not what a figure measures ("Carson beat Clinton by
   one point", "Norland asked for eight"). After "said" there is nothing.

Dates and years get the event they date when the clause says so ("The
election will be held on June 14" -> "election"); times get nothing.

The words are a small lexicon (verbs with their forms, prepositions,
determiners...), not a tagger: words that are verbs and nouns ("cut",
"costs", "rise") are told apart by their neighbours.

Speed: this runs on every figure, so a figure first reads only the last few
words before it (``_NEAR_CHARS``) and the few after it; the rules that walk
further back (the clause, appositives, a long "X of N") call ``full()`` to
read back to the sentence start. Each rule runs only where its cue word is
present. About 8 microseconds a figure on news text, 3 more than the single
subject rule this replaced.
"""

from __future__ import annotations

import re

from briefing.extract.dates import MONTHS
from briefing.extract.lexicon import DEMONYMS
from briefing.extract.number_words import AND_A_FRACTION_END

# --- lexicon ----------------------------------------------------------------------------

_VERB_BASES = (
    "rise fall climb increase decrease drop jump surge soar slump plunge plummet tumble slide sink grow "
    "decline gain lose shed raise lift lower reduce reach hit top exceed total amount stand remain stay cost "
    "pay spend earn make sell buy receive offer want seek estimate expect project forecast value account "
    "represent kill injure wound displace affect hire employ own hold control approve allocate pledge "
    "promise announce propose set cap impose levy charge fine order award take need require produce export "
    "import ship deliver see record report post return last run get generate contribute borrow owe lend "
    "invest double triple quadruple halve narrow widen expand shrink contract edge inch advance retreat "
    "collapse crash rebound recover average peak bottom dip ease slip end close open finish begin start "
    "resume expire face serve sentence jail absorb cut say tell add warn write argue claim believe think "
    "hope fear accept agree sign allow let admit give keep leave put bring push drive boost slash trim hike "
    "freeze extend limit restrict handle carry move trade plan ban back support oppose reject demand ask "
    "call urge force build win beat score lead trail command attract draw hover linger languish rank come "
    "go become seem appear turn fail manage continue happen occur apply arrive fly travel wait settle pass "
    "surpass outstrip overtake match equal rival arrest detain evacuate rescue deport sack fire lay vote "
    "elect choose prefer use consume burn emit store process transport host welcome visit meet talk speak "
    "discuss negotiate insist stress note show suggest indicate find calculate place fix peg tie link fund "
    "finance repay default save waste steal launder seize confiscate convict acquit release free die "
    "survive yield buoy dent weigh drag hurt help benefit threaten risk damage destroy flood strike treat "
    "enrol enroll represent lure bet plan count mark sit send feel know do have be try pack shut remove "
    "trade deal depend bring buy provide cover include exclude involve mean estimate model predict project "
    "operate handle land launch complete schedule hold sentence stage unveil secure approve post break fight "
    "hang hide ride shake shoot spin stick swear throw wake wear withdraw hear flee sweep blow balloon"
).split()
_IRREGULAR = {
    "rise": "rose risen", "fall": "fell fallen", "grow": "grew grown", "lose": "lost", "shed": "shed",
    "hit": "hit", "stand": "stood", "cost": "cost", "pay": "paid", "spend": "spent", "make": "made",
    "sell": "sold", "buy": "bought", "seek": "sought", "hold": "held", "set": "set", "take": "took taken",
    "run": "ran", "get": "got gotten", "lend": "lent", "shrink": "shrank shrunk", "begin": "began begun",
    "cut": "cut", "say": "said", "tell": "told", "write": "wrote written", "give": "gave given",
    "keep": "kept", "leave": "left", "put": "put", "bring": "brought", "drive": "drove driven",
    "freeze": "froze frozen", "build": "built", "win": "won", "beat": "beaten", "lead": "led",
    "draw": "drew drawn", "come": "came", "go": "went gone", "become": "became", "fly": "flew flown",
    "meet": "met", "speak": "spoke spoken", "find": "found", "think": "thought", "steal": "stole stolen",
    "strike": "struck", "sink": "sank sunk", "slide": "slid", "lay": "laid", "choose": "chose chosen",
    "see": "saw seen", "sit": "sat", "send": "sent", "feel": "felt", "know": "knew known", "show": "shown",
    "overtake": "overtook overtaken", "bet": "bet", "forecast": "forecast", "shut": "shut",
    "mean": "meant", "let": "let", "do": "did done", "have": "had", "be": "was were been",
    "break": "broke broken", "fight": "fought", "hang": "hung", "hide": "hid hidden", "ride": "rode ridden",
    "shake": "shook shaken", "shoot": "shot", "spin": "spun", "stick": "stuck", "swear": "swore sworn",
    "throw": "threw thrown", "wake": "woke woken", "wear": "wore worn", "withdraw": "withdrew withdrawn",
    "forgive": "forgave forgiven", "hear": "heard", "flee": "fled", "sweep": "swept", "blow": "blew blown",
}
_DOUBLE = frozenset(
    "drop slip cap plan ship top stop dip trim peg step slam ban scrap bar admit commit occur prefer "
    "refer transfer control total level fuel travel label signal cancel model equal rival sit bet run "
    "win begin get hit cut put set let shut enrol".split())
_ING_NOUNS = frozenset(
    "spending funding lending borrowing building housing shipping fishing manufacturing mining trading "
    "pricing polling earnings savings holdings meeting ceiling training rating ranking offering warning "
    "ruling hearing filing opening clothing heating banking advertising marketing planning processing "
    "farming dredging berthing morning evening spring string thing something nothing anything everything "
    "king ring wing during including according outstanding remaining".split())
# Verb forms that are as often nouns ("a price cut", "tariff rises").
_AMBIG_BASES = frozenset(
    "cut rise fall cost increase decrease drop jump surge slump gain offer estimate forecast record export "
    "import need total average peak dip charge fine order return report deal plan ban trade demand claim "
    "call vote hike freeze limit cap levy fund support control end start rank lead use pay hold value "
    "process risk benefit show release mark score win back ship move turn set run help contract project "
    "store host visit damage flood strike wait fear hope note sentence fire slide crash collapse advance "
    "retreat rebound close match rival boost push drive yield weigh drag model land launch stage top "
    "bottom post count bet budget finance treat talk force test work share face stake fight bid".split())




_PRONOUN_SUBJECTS = frozenset("it he she they we i".split())
_OFF_ITS_VALUE = re.compile(r"\s*off\s+(?:its|their|his|her)\s+(?P<np>(?:[a-z-]+\s+){0,2}(?:value|valuation|"
                            r"capitalisation|capitalization|worth|price|prices|bill|bills|fortune))\b")


def _third(b: str) -> str:
    if b.endswith(("s", "sh", "ch", "x", "z", "o")):
        return b + "es"
    if b.endswith("y") and b[-2] not in "aeiou":
        return b[:-1] + "ies"
    return b + "s"


def _past(b: str) -> str:
    if b in _DOUBLE:
        return b + b[-1] + "ed"
    if b.endswith("e"):
        return b + "d"
    if b.endswith("y") and b[-2] not in "aeiou":
        return b[:-1] + "ied"
    return b + "ed"


def _ing(b: str) -> str:
    if b in _DOUBLE:
        return b + b[-1] + "ing"
    if b.endswith("ie"):
        return b[:-2] + "ying"
    if b.endswith("e") and not b.endswith(("ee", "ye", "oe")):
        return b[:-1] + "ing"
    return b + "ing"


def _lexicon() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    verbs: set[str] = set()
    participles: set[str] = set()
    ambig: set[str] = set()
    for b in _VERB_BASES:
        pasts = _IRREGULAR.get(b, "").split() or [_past(b)]
        if b in ("be", "have", "do"):
            continue
        forms = {b, _third(b), _ing(b), *pasts}
        if b in _DOUBLE and b.endswith("l"):
            forms.add(b + "ed")  # American "totaled"
        verbs |= forms
        participles.update(pasts)
        if b in _AMBIG_BASES:
            ambig.update({b, _third(b)})
            if b in pasts:
                ambig.add(b)
    verbs -= _ING_NOUNS
    return frozenset(verbs), frozenset(participles), frozenset(ambig)


_VERBS, _PARTICIPLES, _AMBIG = _lexicon()
_AUX = frozenset(
    "is are was were be been being am 's has have had having will would could should can may might must "
    "shall do does did wo ca".split())
_MODALS = frozenset("will would could should can may might must shall do does did to".split())
_VERBS_ALL = _VERBS | _AUX
_REPORT = frozenset(
    "said says say told tells tell added adds warned warns wrote writes argued argues claimed claims "
    "believes believe thinks think hopes fears noted notes stressed insisted insists suggested suggests "
    "reported reports announced".split())
# Verbs after which the subject is the thing measured ("X rose to N", "X was N").
_LEVEL = frozenset(
    "rise rises rose risen rising fall falls fell fallen falling climb climbs climbed climbing increase "
    "increases increased decrease decreases decreased drop drops dropped jump jumps jumped surge surges "
    "surged soar soars soared slump slumps slumped plunge plunges plunged plummet plummeted tumble tumbled "
    "slide slid sink sank sunk grow grows grew grown growing decline declines declined gain gains gained "
    "shed reach reaches reached hit hits top tops topped topping exceed exceeds exceeded total totals "
    "totalled totaled amount amounts amounted stand stands stood remain remains remained stay stays stayed "
    "is are was were be been being cost costs average averages averaged peak peaked dip dipped ease eased "
    "slip slipped edge edged inch inched narrow narrowed widen widened shrink shrank shrunk expand "
    "expanded double doubled triple tripled halve halved go goes went gone come comes came end ended close "
    "closed finish finished open opened trade traded last lasted take takes took hover hovered run runs "
    "ran running shared hold held stand number numbers numbered pass passed recover recovered rebound "
    "rebounded improve improved worsen worsened unchanged affected killed injured displaced slow slows slowed "
    "slowing cool cools cooled cooling accelerate accelerates accelerated weaken weakens weakened weakening "
    "strengthen strengthens strengthened firm firmed soften softened lose loses lost losing retreat retreated "
    "advance advanced rally rallied slowed blow blows blew blown balloon balloons ballooned".split())
_COST = frozenset("cost costs costing".split())
_OFFER = frozenset(f for b in "offer propose seek want demand accept ask agree impose levy charge set cap raise cut "
                   "lower reduce keep hold put estimate expect forecast project see target".split()
                   for f in (b, _third(b), _ing(b), *(_IRREGULAR.get(b, "").split() or [_past(b)])))
_COMPARED = frozenset("higher lower greater increased reduced bigger smaller larger raised".split())
# "a 40% higher risk of stroke", "a 21% lower risk of developing dementia"
_COMPARED_RISK = re.compile(r"\s*\w+\s+(?P<np>(?:[a-z-]+\s+){0,2}?(?:risk|chance|likelihood|odds|rate|incidence|"
                            r"probability|mortality)(?:\s+of\s+(?:(?!(?:and|or|but|a|an|in|among|for|than|compared|with|at|by)\b)[a-z-]+"
                            r"(?:\s+|(?=[.,;:)]|$))){1,3})?)")
_WORTH_STOP = r"(?!(?:the|a|an|of|in|from|to|at|for|and|or|was|were|is|are|that|which|who|with|on|by|this|last|its|their)\b)"
_WORTH_OF = re.compile(rf"\s*worth\s+of\s+(?P<np>{_WORTH_STOP}[A-Za-z][\w-]*(?:\s+{_WORTH_STOP}[A-Za-z][\w-]*){{0,3}})")
_SENTENCED = frozenset("jailed imprisoned sentenced banned barred suspended detained disqualified locked".split())
_DURATION_VERBS = frozenset("is are was were be been "
                            "last lasts lasted lasting take takes took taken taking spend spends spent spending "
                            "run runs ran running wait waits waited serve serves served extend extends extended "
                            "span spans spanned".split())
_HAVE = frozenset("employs employ employed employing has have had counts numbers numbered includes included "
                  "represents represented houses housed serves served hosts hosted attracts attracted draws drew "
                  "is are was were".split())
# Verbs whose object is what a figure after "to", "by", "at" measures ("cut the tariff to 15%",
# "valued the company at $4bn"); other verbs' objects are not ("beats Trump by 46 percent").
_OBJ_BASES = frozenset(
    "cut raise lower reduce increase decrease lift boost push drive bring slash trim hike cap put keep hold "
    "leave set fix peg value estimate calculate double triple halve extend limit restrict expand shrink widen "
    "narrow grow take sell buy price revise forecast project see expect put pay charge spend invest lose "
    "return add move freeze".split())
_OBJ_VERBS = frozenset(f for b in _OBJ_BASES for f in (b, _third(b), _ing(b), *(_IRREGULAR.get(b, "").split()
                                                                                 or [_past(b)])))
_ADD = frozenset("add adds added adding contribute contributes contributed contributing".split())
# Event verbs for dates: "held on June 14", "takes effect on August 1", "due to open in 2029".
_EVENT = frozenset(
    "held signed scheduled due set planned expected happened occurred apply applies applied open opens "
    "opened close closes closed begin begins began start starts started end ends ended expire expires "
    "expired take takes took effect force place".split())
_EVENT_NEAR = _EVENT | {"held", "signed"}
_EVENT_ACTIVE = frozenset(
    "happened occurred apply applies applied open opens begin begins began start starts end ends expire "
    "expires expired takes take took".split())
_CAUSATIVE = frozenset("want wants wanted need needs needed see sees get gets got like likes prefer prefers "
                       "expect expects leave leaves keep keeps".split())
# Counted people and things: the verb before makes the context ("arrested 27 people" -> "people arrested").
_EVENT_VERBS = frozenset(
    "killed injured wounded arrested detained evacuated rescued hired displaced deported charged sacked "
    "hospitalised hospitalized infected vaccinated convicted jailed fired".split())
_REDUCED = frozenset(
    "briefed familiar involved close aware killed injured wounded arrested detained displaced affected "
    "surveyed polled questioned interviewed infected hospitalised hospitalized evacuated trapped missing "
    "held based living working employed".split())

_PREPS = frozenset(
    "of in on at for from to by with without over under between among against across through into onto "
    "about around near outside inside within during after before since until per via toward towards above "
    "below beyond despite including excluding amid along behind off".split())
_DETS = frozenset(
    "the a an its their his her our my your this that these those every each no any some all both another "
    "such whose either neither several many few".split())
_POSS_PRON = frozenset("its their his her our my your".split())
_PRONOUNS = frozenset(
    "it they them he she him we us i you this that there which who what these those one nothing "
    "something anything everything nobody everybody somebody anyone everyone someone he's she's it's "
    "they're we're i'm you're that's there's what's he’s she’s it’s they’re we’re i’m you’re that’s "
    "there’s what’s you'd they'd we'd i'd he'd she'd you'll they'll we'll i'll he'll she'll you've they've "
    "we've i've you’d they’d we’d i’d he’d she’d you’ll they’ll we’ll i’ll he’ll she’ll you’ve they’ve "
    "we’ve i’ve".split())
_BOUNDARY = frozenset(
    "and but or while as because that which who whom when where if since although though than according "
    "whether unless until so then yet nor whereas like what whatever how why".split())
_ADVERBS = frozenset(
    "so far already still just now recently reportedly only also not never ever once again currently "
    "jointly even then meanwhile thus therefore however since already previously initially eventually "
    "overnight today yesterday tomorrow further n't back halfway partly largely mostly here there".split())
# Words allowed between a figure and the verb or preposition it hangs off: "rose by about", "of up to".
_GLUE = frozenset(
    "about around roughly some nearly almost approximately exactly just only more less fewer than at least "
    "most up to down by from a an estimated further another as much many mere whopping barely close still "
    "even well over under above below beyond upwards record new additional extra total the".split())
# Modifiers of a figure: "about", "an estimated", "more than", "a further".
_MODS = frozenset(
    "about around roughly some nearly almost approximately exactly just only more less fewer than least "
    "most a an estimated further another as much many mere whopping barely even well over under beyond "
    "upwards record new additional extra total the higher lower".split())
# participles that open an aside about a noun: "Lumora, listed in Amsterdam,", "the fund, launched in 2019,"
_APPOS_PARTICIPLES = frozenset("listed based founded established headquartered owned operated controlled run led backed "
                               "funded known located registered incorporated traded valued launched created formed "
                               "launched set chaired".split())
_APPOS_START = frozenset(
    "at up down worth due now which who set valued after having already once still around about some "
    "expected estimated".split())
_TIME_WORDS = frozenset(
    "year years month months week weeks day days quarter half period season decade time times past future "
    "summer winter spring autumn morning afternoon evening night today yesterday tomorrow earlier later "
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december weekend".split())
_IDIOM_HEADS = frozenset(
    "total all terms return place line part full public private response addition effect fact case order "
    "practice principle theory turn advance talks way average".split())
_ADJECTIVES = frozenset(
    "good bad new old big small large great little long short strong weak early late real full free "
    "open clear hard easy top best worst better worse major minor key main own other same different local "
    "national public private whole entire certain possible likely total final first last next record".split())
_VAGUE = frozenset("figure figures number numbers amount amounts total level thing things lot part kind sort type "
                   "ones".split())
_MONEY_NOUNS = frozenset(
    "charges charge fees fee sales revenue revenues aid funding funds loans loan taxes tax damages profits profit "
    "bonuses cash credit credits bonds debt debts investment investments assets savings subsidies grants tolls "
    "duties tariffs costs spending wages pay compensation donations contributions fines payments exports imports "
    "deals contracts orders bets losses earnings income deposits dividends premiums rent rents benefits "
    "bailouts relief reparations pensions salaries capital equity financing backing sponsorship bribes "
    "kickbacks refunds settlements royalties fares receipts winnings ransom".split())
_DENOMINATORS = frozenset("gdp output capacity income incomes total average earnings salary".split())
_CHANGE_NOUNS = frozenset("cut cuts rise rises increase increases fall falls drop reduction hike hikes decline "
                          "jump growth".split())
_MULTIPLIERS = frozenset("times fold".split())
_FIGURE_WORDS = frozenset("per cent percent % million billion trillion bn m tonnes tons points".split())
_PLURALS = frozenset("people children men women police staff personnel crew cattle sheep aircraft data media "
                     "clergy youth military".split())
_STOP_AFTER = frozenset("next last this past previous coming overnight earlier later ago apiece each off out worth "
                        "up down higher lower more less".split())
_UNIT_WORDS = frozenset(
    "percent per cent pct % percentage point points tonne tonnes ton tons people person persons year years "
    "month months day days hour hours minute minutes week weeks "
    "barrels barrel litres litre liters liter metres metre meters meter kilometres kilometers miles "
    "hectares acres".split())
_NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand "
    "million billion trillion dozen half third quarter fifth bn m mln hundreds thousands millions billions dozens "
    "tens".split())
_FIG_TAIL = frozenset(
    "per cent percent pct percentage point points basis million billion trillion thousand bn m mln tonnes "
    "tonne tons barrels".split())
#: "is understood to be", "was thought to be": a report of the verb that follows, part of the verb group
_SAID_TO_BE = frozenset("understood thought believed said reported known rumoured rumored reckoned estimated feared "
                        "alleged claimed".split())
#: participles that give the level of the noun before them: "wage growth, running at 5.4%,"
_LEVEL_PARTICIPLES = frozenset("running standing hovering sitting totalling totaling amounting averaging".split())
_NAME_OWNS = re.compile(r"([A-Z][\w-]+)['\u2019]s")
# what only says where or when of a figure in a list: "and £849 [in Britain]", "and 3% [in April]"
_PLACE_OR_TIME_NEXT = re.compile(r"\s+(?:in|on|at|for|from|by|during|over|across)\s")
_COMPARED_WITH_END = re.compile(r"\bcompared (?:with|to)(?: (?:about|around|some|nearly|just|only|over))?$")
_ORDINALS = frozenset("first second third fourth final last".split())  # "the first quarter of 2024": a period
_FRACTIONS = ("half", "third", "quarter", "fifth", "sixth", "eighth", "tenth")

_PREPS_DETS = _PREPS | _DETS
# Words that end the noun after a count ("1,400 jobs in", "two officials who"): one set, one test.
_COUNT_STOP = _PREPS | _DETS | _BOUNDARY | _PRONOUNS | _AUX | _MULTIPLIERS | _ADVERBS | _TIME_WORDS | _STOP_AFTER
_LEADING = _DETS | _POSS_PRON | {"also", "then", "now", "so", "only", "just", "even", "past"}
_TRAILING = _PREPS | _DETS | _BOUNDARY | _AUX
_LONE_JUNK = _ADJECTIVES | _VAGUE | _PRONOUNS | _UNIT_WORDS | _TIME_WORDS | _ADVERBS | _GLUE | (_VERBS_ALL - _AMBIG)
_FUNCTION = _PREPS | _DETS | _AUX
_APPOS_GLUE = _GLUE | {"worth", "or", "and"}
_LINKS = _PREPS | {"down", "up"}
# Words that can be verbs at all: a cheap first test before ``is_verb``.
_VERBISH = _VERBS | _AUX | _AMBIG
_PRE_VERB = _MODALS | {"who", "which", "that"}
# Words that need a closer look when a noun phrase is walked leftwards.
_CLAUSE_OPENERS = frozenset("that which who whom and but or while whereas because if unless although though when "
                            "whether".split())
_PERCENT_VERBS = _LEVEL | _OFFER | _OBJ_VERBS | _MODALS | _AMBIG
_POSTMOD_START = _REDUCED | {"were", "was", "have", "had", "are", "is", "has", "who", "without"}
_MOD_STOP = _PREPS | _DETS | _BOUNDARY | _PRONOUNS | _AUX | _ADVERBS | _STOP_AFTER
_NP_SPECIAL = (_VERBISH | _BOUNDARY | _PRONOUNS | _DETS | _POSS_PRON | _PREPS | _MULTIPLIERS | _NUMBER_WORDS
               | {"and", "&", "there"})
_STRIP = "\"'“”‘’()[],;:.!?*"
_ABBREVIATIONS = frozenset("Mr Mrs Ms Dr St Jr Sr Gov Sen Rep Gen Lt Col Prof Inc Corp Co Ltd No vs".split())
_ELLIPSIS_ADJ = frozenset("current existing present old previous new proposed original".split())
_DATE_PREPS = frozenset("on in for from since at".split())
_NOTHING = ""  # a rule's verdict that nothing sensible can be said (stops the later rules)
_SENT_END = re.compile(r"[.?!\n](?:(?<=\n)|(?!\S))")  # a class first: the engine skips to candidates fast
_EDGE = _STRIP + "-—– "
_BEFORE = 120  # characters read before a figure
_NEAR_CHARS = 48  # characters before a figure that most rules read
_AFTER = 72  # and after it
_ENDS_CLAUSE = tuple(",;:)]\"”—–")
_ENDC = frozenset(_ENDS_CLAUSE)  # a word ends a clause when its last character is one of these
_ENDC_DOT = _ENDC | {"."}
_OPENS = tuple("([\"“‘")
_DIGITS = frozenset("0123456789$€£¥%")
_FIG_START = frozenset("0123456789$€£¥.")



def _abbreviation(text: str, dot: int) -> bool:
    """Does the full stop at ``text[dot]`` end an abbreviation ("Mrs.", "U.S.", "J.") rather than a sentence?"""
    chunk = text[max(0, dot - 6):dot].split()
    if not chunk or dot > 6 and len(chunk) == 1 and not text[dot - 7].isspace():
        return False  # a long word ("business.") ends a sentence
    word = chunk[-1]
    return word in _ABBREVIATIONS or "." in word or len(word) == 1 and word.isupper()


def _is_fig(core: str) -> bool:
    if not core:
        return False
    if core[0] in _FIG_START or core in _NUMBER_WORDS or core[-1] == "%" or "$" in core:
        return True
    return "-" in core and core.partition("-")[0] in _NUMBER_WORDS


_DEMONYM_PLURAL = re.compile(rf"(?:{DEMONYMS})s|Greeks|Britons|Scots|Poles|Swedes|Danes|Finns|Turks|Thais|Kurds|Arabs|Jews")


def _named_number(word: str, before: str) -> bool:
    """Is ``word`` the number in a name, after a capitalised word: "FTSE 100", "S&P 500", "Nikkei 225"?
    (Not a year after a month: "May 2024".)"""
    return word.isdigit() and before[:1].isupper() and (before[-1].isalpha() or before[-1] == "&") \
        and (low := before.lower()) not in MONTHS and low not in _PREPS_DETS and low not in _BOUNDARY \
        and not low.endswith(("'s", "\u2019s")) and not any(ch.isdigit() for ch in before)


def _possessive(core: str) -> bool:
    return core.endswith(("'s", "’s", "s'", "s’")) and len(core) > 2


# where a stretch of time is spent: "41 days in captivity", "three years in office"
_STATE_AFTER = re.compile(r"\s+(?:in|of)\s+(captivity|prison|jail|detention|hospital|office|power|custody|exile|hiding|"
                          r"space|orbit|quarantine|isolation|lockdown|intensive\s+care|a\s+coma)\b")


class _Rules:
    """The rules, reading the neighbourhood of one figure that :meth:`ContextFinder.context` sets up.

    The state lives on the finder itself (no object per figure): ``words`` and ``cores`` (the
    words before the figure, as written and lower-case without the punctuation round them),
    ``after`` (the text after it), ``fig``, ``low``, ``kind``, ``unit``, ``left`` (where the
    sentence starts) and ``start``.
    """

    __slots__ = ()

    text: str
    words: list[str]
    cores: list[str]
    n: int
    after: str
    fig: str
    low: str
    kind: str | None
    unit: str | None
    left: int
    start: int
    ac: list[str]
    _after_words: list[str] | None
    _j0: int | None
    _full: bool
    _from: int
    _recent: list[tuple[int, str | None, str | None]]

    # --- small readers -------------------------------------------------------------

    def full(self) -> int:
        """Read the words before the figure back to the sentence start (or ``_BEFORE`` characters).

        ``context`` reads only the last few words; the rules that walk further back call this
        first, before they take any word index, or add the returned shift to the indices they hold
        (the words at the end stay the same, more come in front).
        """
        if self._full:
            return 0
        self._full = True
        # only the text before the words already read is new: read it and put it in front
        hi = self._from
        lo = max(self.lo, self.start - _BEFORE)
        if hi <= lo:
            return 0
        left = self.left = self._sentence_start(hi, lo)
        seg = self.text[left:hi]
        words = seg.split()
        if not words:
            return 0
        cores = [w.strip(_STRIP) for w in seg.lower().split()]
        if len(cores) != len(words):  # cannot happen with str.lower, but never misalign
            cores = [w.strip(_STRIP).lower() for w in words]
        if left == lo > self.lo and seg[:1].strip():
            words, cores = words[1:], cores[1:]  # cut mid-word
        self.words = words + self.words
        self.cores = cores + self.cores
        self.n = len(self.words)
        self._j0 = None
        return len(words)

    def after_words(self) -> list[str]:
        """Up to 9 words after the figure, to the end of its sentence."""
        aw = self._after_words
        if aw is None:
            t = self.after
            m = _SENT_END.search(t)
            if m:
                t = t[:m.start() + 1]
            aw = self._after_words = t.split(None, 9)[:9]
            self.ac = [w.strip(_STRIP).lower() for w in aw]
        return aw

    def _same_sentence(self, end: int) -> bool:
        """Is there no sentence boundary between ``end`` (an earlier figure's end) and this figure?"""
        return _SENT_END.search(self.text, end, self.start) is None

    def earlier_context(self, any_kind: bool = False) -> str | None:
        """The context of the last earlier figure of the same kind (or any) in this sentence."""
        for end, kind, ctx in reversed(self._recent):
            if not self._same_sentence(end):
                return None
            if ctx and (any_kind or kind == self.kind):
                return ctx
        return None

    def ellipsis(self) -> str | None:
        """ "in place of the current 25%", "double today's 400,000 tonnes": the noun is left out."""
        j = self.n - 1
        if j < 0 or self.kind not in ("percent", "money", "quantity"):
            return None
        prev = self.cores[j]
        det = prev in _DETS or _possessive(prev) or (
            j >= 1 and self.cores[j - 1] in ("the", "its", "their") and prev in (
                "current", "existing", "present", "old", "previous", "new", "proposed", "original"))
        if not det or prev in ("a", "an"):
            return None
        rest = self.after.partition("\n")[0].lstrip()
        if rest[:1] and rest[:1] not in ",.;:)—–\"”" and not rest.startswith(("and ", "or ")):
            return None
        return self.earlier_context() or _NOTHING  # the noun is left out and not found: say nothing

    def prev_context(self) -> str | None:
        """The context of the figure just before this one, if it is in the same sentence."""
        if not self._recent:
            return None
        end, _, ctx = self._recent[-1]
        return ctx if end <= self.start and self._same_sentence(end) else None

    def skip_mods(self, i: int, keep: tuple[str, ...] = ()) -> int:
        """Index of the last word at or before ``i`` that is not a modifier like "about", "up to", "at least"."""
        if i == self.n - 1 and not keep:
            if self._j0 is None:
                self._j0 = self._skip(i, keep)
            return self._j0
        return self._skip(i, keep)

    def _skip(self, i: int, keep: tuple[str, ...]) -> int:
        cores, words = self.cores, self.words
        while i >= 0 and words[i][-1] not in _ENDC:
            c = cores[i]
            if c in _MODS and c not in keep:
                i -= 1
            elif c == "to" and i > 0 and cores[i - 1] in ("up", "close"):
                i -= 2
            elif c == "at" and i + 1 < self.n and cores[i + 1] in ("least", "most"):
                i -= 1
            else:
                break
        return i

    # --- the rules -----------------------------------------------------------------

    def find(self) -> str | None:
        found = self._find()
        if found is None and self.kind not in ("date", "year") \
                and _COMPARED_WITH_END.search(" ".join(self.cores[max(0, self.n - 4):self.n])):
            # "burned 48,000 hectares ..., compared with 21,000 hectares in 2024": what the first one measures
            return self.earlier_context()
        if found is None and self.kind in ("money", "percent", "quantity") and self.n and self.cores[self.n - 1] == "and" \
                and _PLACE_OR_TIME_NEXT.match(self.after):
            return self.earlier_context()  # "will cost $899 in the United States and £849 in Britain": a list
        return found

    def _find(self) -> str | None:
        kind = self.kind
        if kind in ("count", "percent", "money") and self.n and (owner := _NAME_OWNS.fullmatch(self.words[self.n - 1])) \
                and self.n >= 2 and self.cores[self.n - 2] in ("to", "with", "and", "against", "over", "versus"):
            return owner.group(1)  # "Delgado had 61,482 votes ... to Kessler's 41,690": Kessler's tally
        if kind in ("date", "year"):
            got = self.modifier() if kind == "year" else None
            return got or self.event()
        if kind == "money" and (off := _OFF_ITS_VALUE.match(self.after)) is not None:
            return off.group("np")  # "wiping £640m off its market value": the value it came off
        if kind == "money" and self.n and (v := self.skip_mods(self.n - 1)) >= 1 \
                and self.cores[v] in ("lost", "lose", "loses", "losing") \
                and (self.cores[v - 1] in _PRONOUN_SUBJECTS or v >= 2 and self.cores[v - 1] in ("had", "has", "have")
                     and self.cores[v - 2] in _PRONOUN_SUBJECTS):
            return "loss"  # "it had lost £48.6 million last year": the loss (not "farmers lost $95 million")
        if kind == "money" and self.n and any(c in ("fined", "fining") and k >= self.n - 5
                                              for k, c in enumerate(self.cores)) \
                and not any(c in _STOP_BETWEEN_FINE for c in self.cores[-4:]):
            return "fine"  # "The regulator fined Acme Pharma €312 million": the fine
        low = self.low = self.fig.lower() if kind == "count" else ""
        bare = kind == "count" and self.unit is None and (not low.endswith(_FRACTIONS) or AND_A_FRACTION_END.search(low))  # "a dozen and a half [sailings]"
        person = kind == "count" and self.unit == "person"
        first = self.after.split(None, 1)
        a0 = first[0].strip(_STRIP).lower() if first else ""
        if kind == "duration":
            if a0 == "ago":
                return None
            if self.n and self.cores[self.n - 1] in ("next", "past", "last", "coming", "first", "previous",
                                                     "following", "another", "other"):
                return None  # "the next two years": a time frame
        n = self.n
        last = self.cores[n - 1] if n else ""
        if last in _MODS or last in ("to", "at"):
            j0 = self.skip_mods(n - 1)
            p0 = self.cores[j0] if j0 >= 0 else ""
        else:  # the word before the figure is not "about", "up to"...: no walk needed
            self._j0 = n - 1
            p0 = last
        if bare and p0 in ("and", "but", "while", "whereas") and a0 in ("in", "at", "for", "from", "on") \
                and (same := self.earlier_context()) is not None:
            return same  # "210,000 vehicles in Japan and 150,000 in the United States": the vehicles again
        if bare or person:
            if bare and a0 and (a0 not in _COUNT_STOP or a0 in ("more", "extra", "additional", "other")) and \
                    first[0][0].isalpha() or \
                    person and (a0 in _POSTMOD_START or p0 in _EVENT_VERBS):
                got = self.counted(person)
                if got:
                    return got
            if bare and (self.low == "one" or self.after[:1] == "," and self.n
                         and self.cores[self.n - 1] in ("and", "or", "")):
                return None  # "one" alone is a pronoun; "..., and two, his language": an enumeration
        # each rule only where its cue word is present: this runs on every figure
        got = None
        if p0 in ("of", "above", "below", "exceeding"):
            got = self.x_of_n()
        if got is None and a0 == "of":
            got = self.of_np()
        if kind == "money" and a0 == "worth" and (goods := _WORTH_OF.match(self.after)) is not None:
            return goods.group("np")  # "£250,000 worth of jewellery": what the money measures
        if kind == "percent" and a0 in _COMPARED and (risk := _COMPARED_RISK.match(self.after)) is not None:
            return risk.group("np").strip()  # "a 40% higher risk of stroke": the risk, not who bears it
        if got is None and (kind in ("percent", "money") or "-" in self.fig) and a0 and \
                a0 not in _MOD_STOP and first[0][0].isalpha():
            got = self.modifier()
        if got is None and kind == "money" and a0 in ("in", "on", "for", "into"):
            got = self.money_pp()
        if got is None and kind == "percent" and p0 == "on" and self._j0 is not None and self._j0 >= 1:
            # "the Reform Bloc on 34%, the Social Democrats on 31%": a poll's share, the party before "on"
            start = self.np_start(self._j0 - 1)
            if start is not None and self.words[start][:1].isupper() or start is not None and \
                    self.cores[start] in ("the", "a") and start + 1 < self._j0 and self.words[start + 1][:1].isupper():
                got = _finish([w.strip(_STRIP) for w in self.words[start:self._j0]])
        if got is None and p0 in _ADD:
            got = self.add_to()
        if got is None and p0 == "worth":
            got = self.worth()
        if got is None and self.n:
            c = self.cores[self.n - 1]
            if c in _APPOS_GLUE and self.comma_before():
                got = self.appositive()
            if got is None and (c in _DETS or c in _ELLIPSIS_ADJ or _possessive(c)):
                got = self.ellipsis()
                if got is _NOTHING:
                    return None
        if got is None and p0 in ("to", "by", "from") and not _CHANGE_NOUNS.isdisjoint(self.cores):
            got = self.nominal_change()
        if got is None and kind == "duration":
            j1 = self.skip_mods(self.n - 1, keep=("over",))
            p1 = self.cores[j1] if j1 >= 0 else ""
            if p1 not in ("for", "after", "in", "within", "over") and _DURATION_VERBS.isdisjoint(self.cores):
                return None  # a duration says how long something lasted: "for", "after", "lasted"
            if p1 == "for" and j1 >= 1 and self.cores[j1 - 1] in _SENTENCED:
                return None  # "A manager who stole from residents has been jailed for seven years": no residents'

        if got is None and kind == "percent" and _PERCENT_VERBS.isdisjoint(self.cores) and \
                not any(c[-2:] == "ed" for c in self.cores):
            return None  # a percentage takes its subject only from a verb of level or change nearby
        if got is None and person and _HAVE.isdisjoint(self.cores):
            return None  # counted people take a subject only from "employs", "has", "is"
        if got is None and bare and p0 not in _LEVEL and p0 not in ("to", "at", "by", "from", "of") and \
                not p0.endswith("ed"):
            return None  # a bare count takes a subject only from a verb of level or a passive right before it
        return got or self.clause(bare)

    def counted(self, person: bool) -> str | None:
        """The thing a bare count counts, with what the sentence says about it."""
        aw = self.after_words()
        ac = self.ac
        if person:
            # the noun is part of the figure ("three people"); only what follows can help
            head = [self.fig.split()[-1]]
            k = 0
        else:
            head = []
            k = 0
            if ac and ac[0] in ("more", "extra", "additional", "other", "fewer", "new") and len(ac) > 1 and \
                    ac[1] not in _COUNT_STOP:
                k = 1  # "5,000 more nurses"
            while k < len(aw) and len(head) < 4:
                w = aw[k]
                c = ac[k]
                if c in _COUNT_STOP or len(c) < 2 or not w[0].isalpha() or \
                        head and w[0].isupper() and head[-1][:1].islower() or w[0] in _OPENS or \
                        w[0].isupper() and not head and not (k + 1 < len(aw) and ac[k + 1].endswith("s")
                                                             and aw[k + 1][:1].islower()) \
                        and _DEMONYM_PLURAL.fullmatch(w.strip(_STRIP)) is None:
                    break  # (but "1.6 million Americans", "40,000 Greeks": people by nationality)
                if head and (c in _COUNT_ADVERBS or c.endswith("ly") and len(c) > 4 and c not in _LY_NOUNS):
                    break  # "3 million units globally", "12,000 cars abroad", "340 flights following a failure"
                if head and (c in _REDUCED or c in _AMBIG and (
                        head[-1].endswith("s") and c.endswith("s")
                        or k + 1 < len(aw) and ac[k + 1] in _DETS)):
                    break  # "officials familiar with", "tonnes pays about", "two plants close the"
                if head and head[-1].lower().endswith("s") and c.endswith("ed") and len(c) > 4:
                    break  # "300 firefighters battled the blaze": the verb after the counted plural
                if c in _VERBS and c not in _AMBIG and not (not head and c.endswith("s")) and \
                        not self.ing_modifier(k) and not (not head and c.endswith("ed") and k + 1 < len(aw)
                                                          and ac[k + 1].endswith("s") and aw[k + 1][:1].islower()
                                                          and not ac[k + 1].endswith(("ous", "ss", "selves", "us"))):
                    break  # but "2 million accounts", "64 injured patients": a plural (and its adjective) is a noun
                head.append(w.strip(_STRIP))
                k += 1
                if w[-1] in _ENDC:
                    break
            if not head:
                return None
            last_word = head[-1].lower()
            if last_word in _UNIT_WORDS:
                return None  # "35,000 deadweight tonnes": a unit the numbers pass did not know
            det = self.n and self.cores[self.n - 1] in ("a", "an", "the", "one")
            if not (last_word.endswith(("s", "children", "men", "people")) or last_word in _PLURALS
                    or self.low in ("one", "1", "a", "an")
                    or det) or (last_word.endswith("ing") and last_word not in _ING_NOUNS):
                return None  # "people under 30 engage in", "one listing the facts": not a counted noun
        phrase = list(head)
        last = aw[k - 1] if k else ""
        if not (last and last[-1] in _ENDC) or person:
            phrase += self.postmodifier(aw, k)
        if len(phrase) == len(head):
            j = self.skip_mods(self.n - 1)
            if j >= 0 and self.cores[j] in _EVENT_VERBS:
                phrase.append(self.cores[j])
        if person and len(phrase) == 1:
            return None  # "people" alone is the unit
        if not person and len(phrase) == 1 and k == 1 and last_word.endswith("s") and last_word in _VERBS_ALL \
                and last_word not in _LONE_JUNK - _VERBS_ALL and self.low not in ("one", "1") \
                and last_word not in _VERB_AFTER_A_COUNT:
            return phrase[0].strip(_EDGE)  # "300 arrests", "40 visits": right after a count, a plural noun
        return _finish(phrase)

    def postmodifier(self, aw: list[str], k: int) -> list[str]:
        """What follows a counted noun: "briefed on the talks", "were killed in the crash", "who ..."."""
        ac = self.ac
        if k >= len(aw):
            return []
        c = ac[k]
        out: list[str] = []
        if c in ("were", "was", "have", "had", "are", "is", "has") and k + 1 < len(aw):
            j = k + 1
            been = ac[j] == "been"
            if been and j + 1 < len(aw):
                j += 1
            p = ac[j]
            perfect = c in ("have", "had", "has") and not been
            if perfect and p not in ("gone", "disappeared", "died", "fled", "closed", "vanished"):
                return []
            if p in _PARTICIPLES or (p.endswith("ed") and len(p) > 4):
                out.append(aw[j].strip(_STRIP))
                if aw[j][-1] not in _ENDC:
                    out += self.pp(aw, j + 1, ("in", "on", "at", "across", "by", "during", "near", "over",
                                                "after", "from"))
            return out
        if c in _REDUCED:
            out.append(aw[k].strip(_STRIP))
            if aw[k][-1] not in _ENDC:
                out += self.pp(aw, k + 1, ("in", "on", "at", "with", "to", "by", "across", "of", "near"))
            return out if len(out) > 1 or c in ("killed", "injured", "wounded", "arrested", "missing") else []
        if c in ("who", "without"):
            j = k
            while j < len(aw) and j - k < 6:
                cj = ac[j]
                if j > k + 1 and (cj in _AUX or cj in _BOUNDARY or cj in _MODALS):
                    break
                out.append(aw[j].strip(_STRIP))
                if aw[j][-1] in _ENDC or aw[j].endswith("."):
                    break
                j += 1
            return out if len(out) > 1 else []
        return []

    def pp(self, aw: list[str], k: int, preps: tuple[str, ...], max_words: int = 4) -> list[str]:
        """A prepositional phrase starting at ``aw[k]`` ("on the talks"), or []."""
        ac = self.ac
        if k >= len(aw) or ac[k] not in preps or aw[k][-1] in _ENDC:
            return []
        out = [aw[k].strip(_STRIP)]
        j = k + 1
        content = 0
        while j < len(aw) and len(out) <= max_words:
            w = aw[j]
            c = ac[j]
            if not c or _is_fig(c) or c in _BOUNDARY or c in _AUX or c in _PREPS or c in _STOP_AFTER or \
                    (c in _VERBS and c not in _AMBIG and not (
                        c.endswith("ed") and j + 1 < len(aw) and w[-1] not in _ENDC
                        and aw[j + 1].strip(_STRIP)[:1].islower()
                        and ac[j + 1] not in _FUNCTION)):
                break
            if c in _TIME_WORDS and not content:
                return []
            out.append(w.strip(_STRIP))
            if c not in _DETS:
                content += 1
            j += 1
            if w[-1] in _ENDC or w.endswith("."):
                break
        return out if content else []

    def x_of_n(self) -> str | None:
        """ "a tariff of 15%", "a fine of up to $2.5m", "a quota below 1m tonnes": the noun before."""
        if self.n < 4:
            self.full()
        cores = self.cores
        i = self.skip_mods(self.n - 1)
        if i < 1 or cores[i] not in ("of", "above", "below", "exceeding") or \
                self.words[i - 1][-1] in _ENDC or cores[self.n - 1] in ("a", "an", "the"):
            return None
        h = cores[i - 1]
        if not h or _is_fig(h) or h in _VERBS_ALL and h not in _AMBIG or h in _GLUE or h in _PREPS or \
                h in _PRONOUNS or h in _MULTIPLIERS or h in ("average", "tune", "sum",
                                                                                   "maximum", "minimum"):
            return None
        if h in _AMBIG and cores[i] != "of" and not (i >= 2 and cores[i - 2] in _DETS):
            return None  # "prices rise above 5%": a verb
        start = self.np_start(i - 1, through=False)
        if start == 0 and not self._full:  # the phrase may go on before the words read so far
            i += self.full()
            start = self.np_start(i - 1, through=False)
        return _finish([w.strip(_STRIP) for w in self.words[start:i]]) if start is not None else None

    def of_np(self) -> str | None:
        """ "3.5 million tonnes of grain", "12% of voters"."""
        aw = self.after_words()
        ac = self.ac
        if not aw or aw[0] != "of" or len(aw) < 2:
            return None
        out: list[str] = []
        k = 1
        while k < len(aw) and len(out) < 6:
            w = aw[k]
            c = ac[k]
            if c in _DETS and not out and c not in ("which", "whose"):
                out.append(w.strip(_STRIP))
                k += 1
                continue
            if not c or c in _BOUNDARY or c in _AUX or c in ("whom", "them", "us", "it", "which") or \
                    (out and (w[0] in _OPENS or w[0].isupper() and out[-1][:1].islower()
                              or c.endswith("ed") and c not in ("red", "bed", "need", "feed")
                              and out[-1].lower() not in _DETS and not _possessive(out[-1].lower()))) or \
                    (c in _PREPS and (not out or len(out) >= 3 or c not in ("of", "in", "on", "for"))) or \
                    (c in _VERBS and c not in _AMBIG and out and not (c.endswith("ed") and (
                        out[-1].lower() in _DETS or _possessive(out[-1].lower())))) or (c in _TIME_WORDS and out and c != "past") or \
                    (out and c in _STOP_AFTER):
                break
            out.append(w.strip(_STRIP))
            k += 1
            if w[-1] in _ENDC or w.endswith("."):
                break
        while out and out[-1].strip(_STRIP).lower() in _PREPS:
            out.pop()
        got = _finish(out)
        if got is None:
            return None
        if self.kind == "percent" and got.split()[-1].lower() in _DENOMINATORS:
            # "2.9% of GDP": the clause says what is 2.9% of GDP
            return self.clause(False) or got
        return got

    def modifier(self) -> str | None:
        """The noun phrase a figure modifies: "a 12% pay rise", "Duvane's 25% tariff on steel"."""
        fig = self.fig
        hyphen = "-" in fig and fig[-1:].isalpha()
        j = self.n - 1
        prev = self.cores[j] if j >= 0 else ""
        if self.kind == "year":
            if not (prev in _DETS or _possessive(prev)):
                return None
        elif not hyphen:
            if self.kind not in ("percent", "money"):
                return None
            adjective = prev in ("record", "total", "average", "peak", "top") or (
                j >= 1 and self.cores[j - 1] in _DETS and (prev in _PARTICIPLES or prev.endswith("ed")))
            if (prev in _VERBS_ALL and not adjective) or prev in ("by", "to", "from", "than", "worth", "and", "or") or \
                    (prev in _GLUE and prev not in ("a", "an", "the", "record", "new", "additional", "extra",
                                                    "estimated", "whopping", "mere", "total", "at", "further",
                                                    "another")):
                return None
        aw = self.after_words()
        ac = self.ac
        head: list[str] = []
        k = 0
        det_before = prev in _DETS or _possessive(prev) or hyphen or (j >= 1 and self.cores[j - 1] in _DETS)
        while k < len(aw) and len(head) < 4:
            w = aw[k]
            c = ac[k]
            if not c or not c[0].isalpha() or c in _PREPS or c in _DETS or c in _BOUNDARY or \
                    c in _PRONOUNS or c in _AUX or c in _ADVERBS or c in _STOP_AFTER or w[0] in _OPENS or \
                    (w[0].isupper() and (not head and not hyphen or head and head[-1][:1].islower())):
                break
            if c in _TIME_WORDS and not (hyphen and k + 1 < len(aw) and w[-1] not in _ENDC
                                         and ac[k + 1] not in _FUNCTION):
                break  # "£5m last year"; but "a four-hour morning session"
            if c in _VERBS and (c not in _AMBIG or not det_before and not head) and not self.ing_modifier(k):
                break
            if c in _AMBIG and head:
                nxt = ac[k + 1] if k + 1 < len(aw) else ""
                if nxt in ("to", "by", "from") or (nxt and nxt not in _PREPS and nxt not in _AUX
                                                   and aw[k][-1] not in _ENDC
                                                   and nxt not in _BOUNDARY):
                    break  # "tariff cut to 15%", "duty costs steelmakers": a verb
            if c.endswith("ed") and (not det_before or k + 1 >= len(aw) or w[-1] in _ENDC_DOT
                                     or ac[k + 1] in _FUNCTION):
                break
            head.append(w.strip(_STRIP))
            k += 1
            if w[-1] in _ENDC or w.endswith("."):
                k = len(aw)
                break
        if not head or (len(head) == 1 and head[0].lower() in _UNIT_WORDS):
            return None
        phrase = list(head)
        pp = self.pp(aw, k, ("on", "for", "against", "between", "of", "from", "with"))
        if not pp and head[-1].lower() in _CHANGE_NOUNS:
            pp = self.pp(aw, k, ("in",))
        if pp:
            phrase += pp
            k2 = k + len(pp)
            if pp[0].lower() == "of" and k2 < len(aw):
                phrase += self.pp(aw, k2, ("for", "on"))
            elif k2 < len(aw) and ac[k2] in ("and", "or") and aw[k2 - 1][-1] not in _ENDC and k2 + 1 < len(aw):
                c = ac[k2 + 1]
                nxt = ac[k2 + 2] if k2 + 2 < len(aw) else ""
                if c.isalpha() and c not in _DETS and c not in _VERBS_ALL and c not in _PRONOUNS and \
                        (not nxt or nxt in _AUX or nxt in _PREPS or nxt in _VERBS or aw[k2 + 1][-1] in _ENDC_DOT):
                    phrase += [aw[k2].strip(_STRIP), aw[k2 + 1].strip(_STRIP)]
        if j >= 0 and _possessive(prev) and prev not in ("its", "it's"):
            phrase.insert(0, self.words[j].strip(_STRIP))
        return _finish(phrase)

    def money_pp(self) -> str | None:
        """ "$58,000 in port charges", "spent £3.7bn on consultants", "paid £420m for the chain"."""
        if self.kind != "money":
            return None
        aw = self.after_words()
        ac = self.ac
        if len(aw) < 2:
            return None
        p = aw[0]
        if p not in ("in", "on", "for", "into"):
            return None
        j = self.skip_mods(self.n - 1)
        if j >= 1 and self.cores[j] == "between":
            j = self.skip_mods(j - 1)  # "spend between €600m and €650m on ...": the verb before the range
        verb = self.cores[j] if j >= 0 else ""
        spend = verb[:4] in ("inve", "spen", "pour", "paid", "pay", "pays", "bid", "bids", "sold", "boug",
                             "sell", "buy", "offe", "char", "put", "puts", "pump", "sank", "sink",
                             "appr", "allo", "earm", "budg", "gran", "awar", "pled", "comm")  # "approved £3m for"
        if p in ("for", "on", "into") and not spend:
            return None
        first = ac[1]
        if first in ("the", "this", "that", "these", "those", "a", "an", "its", "their") and not spend:
            return None
        out = self.pp(aw, 0, (p,), max_words=5)
        if not out:
            return None
        k = len(out)
        out += self.pp(aw, k, ("for", "at", "of", "per", "to"))
        head = []
        for w in out[1:]:
            lw = w.lower()
            if lw in _PREPS:
                break  # the head noun comes before the first preposition: "aid for the region"
            if lw not in _DETS:
                head.append(lw)
        if not head or out[-1][0].isupper() and not spend or head[-1] in _IDIOM_HEADS or \
                head[-1] in _TIME_WORDS:
            return None
        if p == "in" and not spend and head[-1] not in _MONEY_NOUNS:
            return None  # "$58,000 in port charges", but not "$12 an hour in low-cost regions"
        return _finish(out[1:])

    def nominal_change(self) -> str | None:
        """ "a cut in the tariff to 15%", "a rise of 3% in fares": what changes."""
        self.full()  # reads further back: the whole window from here on
        cores = self.cores
        j = self.skip_mods(self.n - 1)
        if j >= 2 and cores[j] == "to" and (k := self._from_figure(j)) is not None:
            j = k  # "a tariff cut from 25% to [15%]": what the change is from tells what changes
        if j >= 2 and cores[j] in ("to", "by", "from") and cores[j - 1] in _CHANGE_NOUNS:
            # "a tariff cut to 15%": the words before the change noun say what changes
            start = self.np_start(j - 2, through=False)
            if start is not None and start <= j - 2:
                return _finish([w.strip(_STRIP) for w in self.words[start:j - 1]])
        if j < 3 or cores[j] not in ("to", "by", "from"):
            return None
        start = self.np_start(j - 1, through=False)
        if start is None or start < 2 or cores[start - 1] not in ("in", "on", "of") or \
                cores[start - 2] not in _CHANGE_NOUNS:
            return None
        return _finish([w.strip(_STRIP) for w in self.words[start:j]])

    def _from_figure(self, to: int) -> int | None:
        """Where "from" stands when the words before "to" at ``to`` are "from" and a figure."""
        cores = self.cores
        k = to - 1
        while k >= 0 and to - k <= 5 and cores[k] != "from":
            if not (cores[k][:1] in _FIG_START or cores[k] in _FIGURE_WORDS):
                return None
            k -= 1
        return k if k >= 0 and cores[k] == "from" and k < to - 1 else None

    def worth(self) -> str | None:
        """ "drugs worth £3m", "30 new jets worth $3.6bn": the noun before "worth"."""
        self.full()  # reads further back: the whole window from here on
        j = self.skip_mods(self.n - 1)
        if j < 1 or self.cores[j] != "worth" or self.words[j - 1][-1] in _ENDC:
            return None
        c = self.cores[j - 1]
        if c in _AUX or c in _PREPS or c in _BOUNDARY or self.is_verb(j - 1) and c not in _AMBIG:
            return None
        start = self.np_start(j - 1)
        return _finish([w.strip(_STRIP) for w in self.words[start:j]]) if start is not None else None

    def add_to(self) -> str | None:
        """ "adds 12-15% to the landed cost of plate" -> "landed cost of plate"."""
        j = self.skip_mods(self.n - 1)
        if j < 0 or self.cores[j] not in _ADD:
            return None
        aw = self.after_words()
        if not aw or aw[0] != "to":
            return None
        out = self.pp(aw, 0, ("to",), max_words=5)
        if out:
            out += self.pp(aw, len(out), ("of", "for", "in"))
        return _finish(out[1:]) if out else None

    def ing_modifier(self, k: int) -> bool:
        """Is after-word ``k`` an -ing word modifying the noun after it ("shooting victims")?"""
        ac = self.ac
        return ac[k].endswith("ing") and k + 1 < len(ac) and self._after_words[k][-1] not in _ENDC_DOT and \
            ac[k + 1][:1].isalpha() and ac[k + 1] not in _COUNT_STOP and ac[k + 1] not in _VERBISH

    def comma_before(self) -> bool:
        """Could an appositive open before the figure ("..., at 4.2%")? Read in the short window."""
        cores, words = self.cores, self.words
        i = self.n - 1
        while i >= 0 and cores[i] in _APPOS_GLUE and words[i][-1] not in _ENDC:
            i -= 1
        return i < 0 and not self._full or i >= 0 and words[i][-1] == ","

    def appositive(self) -> str | None:
        """ "Unemployment, at 4.2%, ..." and restatements ("..., about 2.1 million tonnes,")."""
        self.full()  # reads further back: the whole window from here on
        cores, words = self.cores, self.words
        j = self.n - 1
        if j < 0:
            return None
        i = j
        while i >= 0 and cores[i] in _APPOS_GLUE and words[i][-1] not in _ENDC:
            i -= 1
        opened_by = cores[i + 1] if i + 1 <= j else ""
        if i < 0 or not words[i].endswith(",") or (i == j):
            # "down from $1.7bn": a restatement of the previous figure
            if opened_by in ("from", "or") and i >= 0 and _is_fig(cores[i]):
                return self.prev_context()
            return None
        prev = self.prev_context()
        if prev and (opened_by in ("about", "around", "roughly", "some", "or", "worth", "down", "up", "nearly")
                     or _is_fig(cores[i])):
            return prev
        if opened_by not in _APPOS_START:
            return None
        if _is_fig(cores[i]) or cores[i] in _TIME_WORDS:
            return None
        start = self.np_start(i, allow_comma=True)
        if start is None or (start > 0 and cores[start - 1] in _PREPS):
            return None
        return _finish([w.strip(_STRIP) for w in words[start:i + 1]])

    # --- the clause ----------------------------------------------------------------

    def is_verb(self, i: int) -> bool:
        cores = self.cores
        c = cores[i]
        if c not in _VERBISH and c[-2:] != "ed" and not (i and cores[i - 1] in _PRE_VERB):
            return False  # the common case, decided at once
        if not c or not c[0].isalpha():
            return False
        prev = cores[i - 1] if i > 0 else ""
        if c in _AUX:
            if c == "may" and self.words[i][:1] == "M" and (prev in _PREPS or i + 1 < self.n and cores[i + 1].isdigit()):
                return False  # "Sales in May 2024": the month
            return c != "'s"
        if c in _VERBS and c not in _AMBIG:
            if c in ("last", "next") and i + 1 < self.n and cores[i + 1] in _TIME_WORDS:
                return False  # "last year"
            if (c.endswith(("ed", "ing")) or c in _PARTICIPLES) and (prev in _DETS or _possessive(prev)):
                return False  # "the proposed tax", "an increased quota", "the company's operating margin"
            if prev in _PREPS and prev != "to" and not (c.endswith("ed") or c in _PARTICIPLES):
                return False  # "in force", "on hold"
            return not (c.endswith("ing") and i + 1 < self.n and cores[i + 1] == "of")  # "the spending of"
        if c in _AMBIG:
            nxt = cores[i + 1] if i + 1 < self.n else ""
            if prev in _MODALS:
                return True
            if i >= 2 and cores[i - 2] in ("a", "an", "the") and prev not in _PREPS and (
                    nxt in _PREPS or self.words[i][-1] in _ENDC):
                return False  # "a sharp rise from"
            if nxt == "of" or prev in _DETS or _possessive(prev) or _is_fig(prev) or prev in _PREPS:
                return False
            if i >= 2 and cores[i - 2] in _MODALS and prev in _VERBS_ALL or i >= 3 and cores[i - 3] in _MODALS \
                    and cores[i - 2] in _VERBS_ALL and prev.isalpha() and prev not in _PREPS and prev not in _DETS:
                return False  # "expect to cut costs by", "plan to cut annual costs": the verb's object
            for k in range(i - 1, max(-1, i - 6), -1):
                ck = cores[k]
                if not ck or self.words[k][-1] in _ENDC or ck in _BOUNDARY or ck in _PREPS or ck in _REPORT:
                    break  # "said the drug cut deaths": a reported clause opens with its own verb
                if ck in _VERBS_ALL and ck not in _AMBIG and not (ck.endswith("ing") and k == i - 1):
                    # "has cut": a verb; "has record low support": a noun after the verb's object words
                    # ("The flooding cost the region": a gerund subject, the verb is "cost")
                    return (k == i - 1 and ck in _AUX) or (ck in _CAUSATIVE and c in _PARTICIPLES)
            return True
        if prev in ("who", "which", "that") and c.isalpha() and c not in _DETS and c not in _PREPS and \
                c not in _ADVERBS and c not in _PRONOUNS and c not in _GLUE and not _is_fig(c) and \
                i + 1 < self.n and cores[i + 1] not in _VERBISH and cores[i + 1][-2:] != "ed":
            return True  # "charities that solicit more than $25,000"
        if prev in _MODALS and prev != "to" and c.isalpha() and c not in _DETS and c not in _PREPS and \
                c not in _ADVERBS and c not in _PRONOUNS and c not in _GLUE:
            return True
        # an unknown word in -ed is a verb unless a determiner makes it an adjective ("the proposed tax")
        return c.endswith("ed") and len(c) > 4 and not (prev in _DETS or _possessive(prev)) and \
            c not in ("need", "speed", "feed", "seed", "bed", "hundred", "red")

    def last_verb(self, end: int) -> int:
        """Index of the nearest verb at or before ``end``, or -1 (not across ";", ":" or a dash)."""
        words, cores = self.words, self.cores
        i = end
        while i >= 0:
            w = words[i]
            if i < end and (w.endswith((";", ":", ",\u201d", ".\u201d", ",\"", ".\"")) or w in ("—", "–", "-")):
                return -1  # (nor out of a quotation: '"... from the beginning," Ramos, 58, told')
            c = cores[i]
            if (c in _VERBISH or c[-2:] == "ed" or (i and cores[i - 1] in _PRE_VERB)) and self.is_verb(i):
                return i
            i -= 1
        return -1

    def clause(self, bare: bool) -> str | None:
        """The object or the subject of the nearest verb before the figure."""
        self.full()  # reads further back: the whole window from here on
        cores, words = self.cores, self.words
        end = self.n - 1
        if end < 0:
            return None
        # gapping: "steel accounted for 2.1m tonnes and grain for 1.9m tonnes"
        i = self.skip_mods(end)
        if i >= 1 and cores[i] in _PREPS and not _is_fig(cores[i - 1]):
            k = i - 1
            while k >= 0 and not self.is_verb(k) and cores[k] not in _BOUNDARY and cores[k] not in _PREPS \
                    and words[k][-1] not in _ENDC and not _is_fig(cores[k]) and i - k <= 3:
                k -= 1
            if k >= 0 and cores[k] in ("and", "while", "but", "whereas") and k < i - 1 and \
                    not self.is_verb(i - 1):
                return _finish([w.strip(_STRIP) for w in words[k + 1:i]])
        if i >= 0 and (cores[i] in _CLAUSE_OPENERS or cores[i] == "with" and i > 0 and words[i - 1][-1] == ","):
            return None  # "... that nearly $1bn in losses", "..., with just 1 percent"
        g = self.skip_mods(end)
        if g >= 1 and cores[g].endswith("ing") and cores[g - 1] in _PREPS and cores[g] not in _ING_NOUNS \
                and cores[g] not in _VERBS:
            return None  # "boasted of his skills in whittling $25 million off the price": a gerund's object
        v = self.last_verb(end)
        if v < 0:
            return None
        verb = cores[v]
        if v < end and cores[v + 1] == "that":
            return None  # "accepted that 15% is ...": the main clause says nothing about the figure
        if verb in _REPORT and (v == end or cores[v + 1] in ("it", "he", "she", "they")):
            return None
        if verb in _REPORT and v >= end - 1:
            return None
        kind = self.kind
        obj = self.object(v, end)
        if obj == "":  # pronoun object: the last context found in this sentence, if any
            return self.earlier_context(any_kind=True)
        if kind == "duration":
            j = self.skip_mods(end, keep=("over",))
            prep = cores[j] if j > v else ""
            if any(_is_fig(cores[k]) and cores[k - 1] not in _TIME_WORDS for k in range(v + 1, end + 1)):
                return None  # "has shrunk by a third in a decade": a time frame (but "from August 1 for")
            if prep in ("in", "within", "over", "during") and (obj or not self.passive(v)):
                return None
            if prep not in ("for", "after", "in", "within", "over") and verb not in _DURATION_VERBS:
                return None  # "can benefit this country one day"
        if obj:
            if verb in _COST:
                o = " ".join(w.strip(_STRIP) for w in self.object_words(v, end)).strip()
                return "cost to " + o if o and _finish([o]) else None
            return obj
        if bare and verb not in _LEVEL and not self.passive(v):
            return None
        if verb not in _LEVEL and self.kind != "count" and self.object_words(v, end):
            return None  # "fined the bank £42m", "rode an elevator 734 feet": the subject did it, is not it
        if (self.kind == "percent" or self.unit in ("point", "percentage point")) and verb not in _LEVEL \
                and verb not in _OFFER and not self.passive(v):
            return None  # "Carson beat Clinton by one point": the subject is not what is measured
        if self.kind == "count" and self.unit == "person" and verb not in _HAVE:
            return None  # "Clinton wants to sign up 5 million people": not what the figure counts
        if self.kind == "percent":
            aw = self.after_words()
            if aw and aw[0].endswith("ed") and verb in _AUX and len(aw) > 1 and aw[1].strip(_STRIP) in (
                    "in", "out", "up", "down", "off"):
                return None  # "a 15% tariff is 70% priced in" (but "The fire was 40% contained on Tuesday")
        return self.subject(v)

    def passive(self, v: int) -> bool:
        c = self.cores[v]
        if not (c in _PARTICIPLES or c.endswith("ed")):
            return False
        i = v - 1
        while i >= 0 and self.cores[i] in _ADVERBS:
            i -= 1
        return i >= 0 and self.cores[i] in ("is", "are", "was", "were", "be", "been", "being")

    def object_words(self, v: int, end: int) -> list[str]:
        """The noun phrase between verb ``v`` and the figure, glue and linking preposition left out."""
        cores, words = self.cores, self.words
        j = self.skip_mods(end)
        if j > v and cores[j] in _LINKS:
            j -= 1
            while j > v and (cores[j] in ("down", "up", "back", "out") or cores[j] in _ADVERBS):
                j -= 1
        if j <= v:
            return []
        seg = words[v + 1:j + 1]
        for w in seg[:-1]:
            if w[-1] in _ENDC:
                return []
        c0 = cores[v + 1]
        if c0 in _PREPS or c0 in _BOUNDARY or c0 in ("it", "they", "he", "she", "we", "i", "you", "me", "him",
                                                     "us", "them") or c0 == "her" and len(seg) == 1 or \
                c0 in _AUX or c0 in _ADVERBS or c0.endswith(("ly", "fold")):
            return []
        for k in range(v + 1, j + 1):
            c = cores[k]
            if c in _AUX or c in _BOUNDARY or (self.is_verb(k) and not (c.endswith("ed") or c.endswith("ing"))):
                return []
        return seg

    def object(self, v: int, end: int) -> str | None:
        """The object of verb ``v`` when the figure hangs off it ("cut the tariff to 15%"); "" for a pronoun."""
        cores = self.cores
        verb = cores[v]
        if verb in _AUX or verb in _REPORT:
            return None
        j = self.skip_mods(end)
        linked = j > v and cores[j] in _LINKS
        if not linked and verb not in _COST and not (self.kind == "percent" and verb in _OBJ_VERBS):
            return None
        if verb not in _OBJ_VERBS and verb not in _COST and self.kind != "duration":
            return None
        if linked and j == v + 2 and cores[v + 1] in _PRONOUNS:
            return ""  # "raise them by 3%"
        seg = self.object_words(v, end)
        if not seg or _is_fig(cores[v + 1]) and all(
                _is_fig(c) or c in _FIG_TAIL or c in _TIME_WORDS or c in _STOP_AFTER for c in cores[v + 1:v + 1 + len(seg)]):
            return None  # (not "grew 9% last year to $4.3 billion": a change and a time, no object)
        if verb in _COST:
            return "cost"  # the caller names whom it costs
        return _finish([w.strip(_STRIP) for w in seg])

    def subject(self, v: int) -> str | None:
        """The noun phrase before the verb group that ends at ``v``."""
        cores, words = self.cores, self.words
        i = v - 1
        group_start = v
        while i >= 0:
            c = cores[i]
            if words[i][-1] in _ENDC or not c:
                break
            if c == "than" and i >= 1 and cores[i - 1] in ("more", "less") and i + 1 == group_start:
                group_start = i - 1  # "Net profit more than doubled to": the verb group takes "more than"
                i -= 2
                continue
            if c in _AUX or c in _ADVERBS or c in ("to", "expected", "likely", "forecast", "projected", "due",
                                                   "set", "unlikely", "about", "able", "going", "far") or \
                    c in _SAID_TO_BE and i + 1 < self.n and cores[i + 1] == "to" or \
                    (c in _VERBS and i + 1 < self.n and cores[i + 1] == "to") or c.endswith("ly"):
                group_start = i
                i -= 1
                continue
            break
        if i < 0:
            return None
        c = cores[i]
        if c in _CAUSATIVE:
            # "the quota, which Duvane wants raised to 1.2m tonnes"
            for m in range(i - 1, max(-1, i - 5), -1):
                if cores[m] in ("which", "that") and m >= 1:
                    start = self.np_start(m - 1, allow_comma=True, through=False)
                    return _finish([w.strip(_STRIP) for w in words[start:m]]) if start is not None else None
                if words[m][-1] in _ENDC:
                    break
            return None
        if c in ("and", "or", "but", "then"):
            # "will apply from August 1 ... and then fall to 10%": the first verb's subject
            k = i - 1
            while k >= 0 and cores[k] == "then":
                k -= 1
            v2 = self.last_verb(k)
            if v2 >= 0 and v2 < i:
                return self.subject(v2)
            return None
        if c in ("which", "that", "who") and i >= 1:
            # the nearest noun phrase ("the quota, which Duvane wants raised"), or the one a place
            # name hangs off ("imports of fuel through the port of Saltmere, which reached ...")
            start = self.np_start(i - 1, allow_comma=True, through=False)
            if start is not None and c != "who" and words[start][:1].isupper():
                start = self.np_start(i - 1, allow_comma=True)
            return _finish([w.strip(_STRIP) for w in words[start:i]]) if start is not None else None
        if words[i].endswith(",") and v == i + 1 and cores[v] in _LEVEL_PARTICIPLES and v + 1 < self.n \
                and (cores[v + 1] in ("at", "around", "about", "near", "to") or cores[v][0] in "ta"):
            # "wage growth, running at 5.4%, remained": the noun phrase the participle describes
            start = self.np_start(i, allow_comma=True)
            return _finish([w.strip(_STRIP) for w in words[start:i + 1]]) if start is not None else None
        if words[i].endswith(","):
            opened = cores[group_start] if group_start < v else cores[v]
            if opened in _APPOS_START:
                start = self.np_start(i, allow_comma=True)
                return _finish([w.strip(_STRIP) for w in words[start:i + 1]]) if start is not None else None
            # skip a parenthesis: "Brent crude, up 2% on the day, traded at"
            for k in range(i - 1, max(-1, i - 10), -1):
                if words[k].endswith(",") and k + 1 < i and (
                        cores[k + 1] in _APPOS_START or cores[k + 1] in _APPOS_PARTICIPLES
                        or cores[k + 1] in ("the", "a", "an") and i - k <= 6
                        and not any(self.is_verb(m) for m in range(k + 1, i + 1))):
                    # "Brent, the global benchmark, rose 4.1%": what the appositive describes
                    # "Shares in Lumora, listed in Amsterdam, fell 6.2%", "His foundation, established in 2007, has"
                    start = self.np_start(k, allow_comma=True)
                    if start is None:
                        return None
                    return _finish([w.strip(_STRIP) for w in words[start:k + 1]])
            return None
        start = self.np_start(i)
        if start is None:
            return None
        if start >= 3 and _is_fig(cores[start - 1]) and words[start - 1][-1] not in _ENDC:
            # "Crime in the city's 12 districts fell by 9%": the counted places are where; the head before
            # the preposition is what changed
            k = start - 2
            while k >= 1 and (cores[k] in _DETS or _possessive(cores[k])):
                k -= 1
            if k >= 1 and cores[k] in ("in", "across", "among") and words[k - 1][-1] not in _ENDC \
                    and (head := self.np_start(k - 1)) is not None:
                return _finish([w.strip(_STRIP) for w in words[head:k]])
        return _finish([w.strip(_STRIP) for w in words[start:i + 1]])

    def np_start(self, j: int, allow_comma: bool = False, through: bool = True) -> int | None:
        """Where the noun phrase ending at word ``j`` starts, walking left."""
        cores, words = self.cores, self.words
        c = cores[j]
        if not c or c in _PREPS or c in _BOUNDARY or (c in _PRONOUNS and c not in ("one",)) or \
                (words[j][-1] in _ENDC and not (allow_comma and words[j].endswith(","))) or \
                (self.is_verb(j) and c not in _AMBIG):
            return None
        if words[j].startswith(_OPENS):
            return j
        i = j - 1
        start = j
        while i >= 0 and j - i < 12:
            w = words[i]
            c = cores[i]
            if c and c not in _NP_SPECIAL and w[-1] not in _ENDC and c[-2:] != "ed" and c[-3:] != "ing" and \
                    c[0] not in _FIG_START and not (i and cores[i - 1] in _PRE_VERB):
                # a plain word (the common case): part of the phrase unless a name starts it
                if words[start][:1].isupper() and not w[:1].isupper() and start > 0 and not _possessive(c):
                    break  # "Under the framework Kestria": a name after a lowercase word starts the phrase
                start = i
                if w[0] in _OPENS:
                    break
                i -= 1
                continue
            if c in ("and", "&") and i > 0 and start == i + 1 and words[i - 1][-1] not in _ENDC \
                    and words[i - 1][:1].isupper() == words[i + 1][:1].isupper() and cores[i - 1].isalpha() \
                    and cores[i - 1] not in _TIME_WORDS and cores[i - 1] not in _PREPS_DETS \
                    and not self.is_verb(i - 1) and j - i <= 3:
                start = i  # "steel plate and coil", "Kestria and Duvane"
                i -= 1
                continue
            if not c or w[-1] in _ENDC or c in _BOUNDARY or c in ("it", "they", "he", "she", "we",
                                                                               "i", "you", "there"):
                break
            if c in _DETS or c in _POSS_PRON:
                start = i
                if through and i > 0 and cores[i - 1] in _PREPS and cores[i - 1] not in ("according",) and \
                        words[i - 1][-1] not in _ENDC:
                    i -= 1
                    continue
                break
            if c in _PREPS:
                if not through:
                    break
                lc = cores[i - 1] if i > 0 else ""
                if _DIGITS.intersection(lc) and i > 1 and cores[i - 2] in _PREPS:
                    start = i  # "duty of 25% on steel": _finish cuts "of 25%" off
                    i -= 1
                    continue
                if not lc or words[i - 1][-1] in _ENDC or lc in _PREPS or lc in _DETS or \
                        lc in _BOUNDARY or lc in _PRONOUNS or _is_fig(lc) and not (
                            lc in ("quarter", "half") and i > 1 and cores[i - 2] in _ORDINALS) or \
                        (lc.endswith("ing") and lc not in _ING_NOUNS) or \
                        (self.is_verb(i - 1) and lc not in _AMBIG and not self.reduced(i - 1)):
                    break
                start = i  # "tariffs on Japanese steel": keep going
                i -= 1
                continue
            if c in _AMBIG and (i == 0 or cores[i - 1] not in _PRONOUNS and cores[i - 1] not in _MODALS):
                start = i  # "contracts for ship plate", "global demand for lithium"
                i -= 1
                continue
            if c.endswith("ing") and i < j and cores[i + 1] not in _PREPS and cores[i + 1] not in _DETS:
                start = i  # "waiting time", "dredging programme"
                i -= 1
                continue
            if self.is_verb(i):
                # "plate delivered to Vesta fell": a reduced relative inside the noun phrase;
                # "exports of frozen fish": a participle used as an adjective
                participle = c in _PARTICIPLES or c.endswith("ed")
                if participle and (self.reduced(i) or ((i == 0 or cores[i - 1] in _PREPS_DETS)
                                                       and cores[i + 1] not in _PREPS)):
                    start = i
                    i -= 1
                    continue
                break
            if c in _MULTIPLIERS or (_DIGITS.intersection(c) and not (i > 0 and cores[i - 1] in _PREPS)
                                     and not (i > 0 and _named_number(w.strip(_STRIP), words[i - 1]))):
                break  # "three times today's limit", "30 new jets" (but "The Nikkei 225 index")
            if words[start][:1].isupper() and not w[:1].isupper() and c not in _PREPS and start > 0 \
                    and not _possessive(c):
                break  # "Under the framework Kestria": a name after a lowercase word starts the phrase
            start = i
            if w.startswith(_OPENS):
                break
            i -= 1
        return start

    def reduced(self, i: int) -> bool:
        """Is word ``i`` a participle opening a reduced relative ("plate delivered to Vesta")?"""
        cores = self.cores
        c = cores[i]
        if not (c in _PARTICIPLES or c.endswith("ed")) or i + 1 >= self.n or cores[i + 1] not in _PREPS:
            return False
        if i == 0:
            return False
        lc = cores[i - 1]
        return bool(lc) and lc not in _AUX and lc not in _PREPS and lc not in _DETS and lc not in _BOUNDARY \
            and lc not in _PRONOUNS and self.words[i - 1][-1] not in _ENDC and not self.is_verb(i - 1)

    def event(self) -> str | None:
        """What a date or year dates: "The election will be held on June 14" -> "election"."""
        self.full()  # reads further back: the whole window from here on
        cores = self.cores
        j = self.skip_mods(self.n - 1)
        if j < 1 or cores[j] not in ("on", "in", "for", "from", "since", "at"):
            return None
        v = j - 1
        if cores[v] in ("effect", "place", "force"):
            v -= 1
            if v >= 0 and cores[v] == "into":
                v -= 1
        if v < 0 or cores[v] not in _EVENT:
            return None
        c = cores[v]
        if c not in _EVENT_ACTIVE and c not in ("scheduled", "due", "set", "planned", "expected") and \
                not self.passive(v):
            return None
        if c in ("open", "close", "begin", "start", "end") and not (v > 0 and cores[v - 1] in ("to", "will",
                                                                                            "would")):
            return None
        return self.subject(v)


class ContextFinder(_Rules):
    """Finds the context phrase of figures in one text (see the module doc)."""

    __slots__ = ("text", "lo", "hi", "words", "cores", "n", "after", "fig", "low", "kind", "unit", "left",
                 "start", "ac", "_after_words", "_j0", "_full", "_recent", "_from")

    def __init__(self, text: str, lo: int = 0, hi: int | None = None) -> None:
        self.text = text
        self.lo = lo
        self.hi = len(text) if hi is None else hi
        # the last figures (end, kind, context), for restatements, pronouns and ellipses
        self._recent: list[tuple[int, str | None, str | None]] = []

    def _sentence_start(self, s: int, lo: int) -> int:
        """Where the sentence holding position ``s`` starts, looking back no further than ``lo``."""
        text = self.text
        dot = text.rfind(". ", lo, s)
        while dot > lo and _abbreviation(text, dot):
            dot = text.rfind(". ", lo, dot)  # "Mrs. Clinton", "U.S. exports"
        left = max(dot, text.rfind("? ", lo, s), text.rfind("! ", lo, s), text.rfind("\n", lo, s))
        return lo if left < 0 else left + 1

    def context(self, s: int, e: int, kind: str | None, unit: str | None = None) -> str | None:
        """A short phrase for what the figure at ``text[s:e]`` measures, or None."""
        if kind == "time":
            return None
        text = self.text
        if kind == "duration" and (state := _STATE_AFTER.match(text, e)) is not None:
            return state.group(1)  # "after 41 days in captivity", "two years in office": the time spent so
        if kind == "date" or kind == "year":
            # most dates date nothing we can name: look for a cue before reading any words
            tail = text[max(self.lo, s - 32):s].lower().split()
            last = tail[-1].strip(_STRIP) if tail else ""
            if not (kind == "year" and (last in _DETS or _possessive(last))) and not (
                    last in _DATE_PREPS and len(tail) > 1 and tail[-2].strip(_STRIP) in _EVENT_NEAR):
                return None
        # the last few words only, back to a sentence boundary: most figures need no more
        # (the rules that read further call _Rules.full)
        lo = s - _NEAR_CHARS
        if lo <= self.lo:
            lo = self.lo
        seg = text[lo:s]
        cut = seg.rfind(". ")
        if "\n" in seg:
            cut = max(cut, seg.rfind("\n"))
        if "?" in seg or "!" in seg:
            cut = max(cut, seg.rfind("? "), seg.rfind("! "))
        if cut >= 0 and not (seg[cut] == "." and _abbreviation(seg, cut)):
            seg = seg[cut + 1:]
            whole = True
        else:
            whole = lo == self.lo
        words = seg.split()
        cores = [w.strip(_STRIP) for w in seg.lower().split()]
        if len(cores) != len(words):  # cannot happen with str.lower, but never misalign
            cores = [w.strip(_STRIP).lower() for w in words]
        frm = s - len(seg)  # where the words read start (full() reads what comes before)
        if not whole and seg[:1].strip() and words:
            frm += len(words[0])
            words, cores = words[1:], cores[1:]  # cut mid-word
        self._from = frm
        after = text[e:e + _AFTER if e + _AFTER < self.hi else self.hi]
        self.words = words
        self.cores = cores
        self.n = len(words)
        self.after = after
        self.fig = text[s:e]
        self.kind = kind
        self.unit = unit
        self.start = s
        self._after_words = None
        self._j0 = None
        self._full = whole
        got = self.find()
        recent = self._recent
        recent.append((e, kind, got))
        if len(recent) > 8:
            del recent[0]
        return got


# words between "fined" and a sum that make the sum something else: "fined X and ordered it to repay $5m"
_STOP_BETWEEN_FINE = frozenset("and but after repay refund pay compensation costs".split())
_COUNT_ADVERBS = frozenset("abroad overseas worldwide nationwide globally domestically following apiece each "
                           "annually altogether overall online offline instead too".split())
_LY_NOUNS = frozenset("family families assembly ally allies monopoly supply supplies belly bully rally rallies "
                      "lily jelly monthly weekly daily yearly quarterly hourly nightly early elderly likely lonely "
                      "friendly costly deadly only orderly lively".split())  # nouns, and adjectives before one
# "Number six comes next", "two says it all": verbs, not the plural noun a count counts
_VERB_AFTER_A_COUNT = frozenset("says adds writes feels comes goes thinks notes argues seems looks gets makes takes "
                                "means remains stands falls rises leads wins loses".split())


def _finish(ws: list[str]) -> str | None:
    """Tidy a candidate phrase; None when what is left is not a noun phrase worth showing."""
    lows = [w.lower() for w in ws if w]
    if len(lows) != len(ws):
        ws = [w for w in ws if w]
    if not ws:
        return None
    # a figure inside: cut a prepositional phrase that holds it, else drop it and its unit
    for k, c in enumerate(lows):
        if (c[0] in _FIG_START or c in _NUMBER_WORDS or c[-1] == "%" or "$" in c
                or "-" in c and c.partition("-")[0] in _NUMBER_WORDS) and \
                not (c == "one" and k + 1 < len(lows) and lows[k + 1] == "of") \
                and not (k and _named_number(ws[k], ws[k - 1])):
            if k > 0 and lows[k - 1] in _PREPS:
                ws, lows = ws[:k - 1], lows[:k - 1]
                break
            e = k + 1
            while e < len(lows) and (lows[e] in _FIG_TAIL or _is_fig(lows[e])):
                e += 1
            b = k
            while b > 0 and lows[b - 1] not in _PREPS_DETS and not _possessive(lows[b - 1]):
                b -= 1
            ws = ws[:b] + ws[e:]
            return _finish(ws) if ws else None
    while ws and lows[0] in _LEADING:
        ws, lows = ws[1:], lows[1:]
    while ws and lows[-1] in _TRAILING:
        ws, lows = ws[:-1], lows[:-1]
    if not ws:
        return None
    n = len(ws)
    if n > 5:
        # "Forward prices for plate delivered to Saltmere": drop the reduced relative
        for k in range(1, n - 1):
            if (lows[k] in _PARTICIPLES or lows[k].endswith("ed")) and lows[k + 1] in _PREPS and \
                    lows[k - 1] not in _PREPS:
                ws, lows = ws[:k], lows[:k]
                break
        while len(ws) > 7:
            cut = max((k for k in range(1, len(lows)) if lows[k] in _PREPS), default=0)
            if cut == 0:
                ws, lows = ws[:7], lows[:7]
                break
            ws, lows = ws[:cut], lows[:cut]
            while len(ws) > 1 and (lows[-1] in _PARTICIPLES or lows[-1].endswith("ed")):
                ws, lows = ws[:-1], lows[:-1]
        n = len(ws)
    first = lows[0]
    if first in _PREPS or first in _BOUNDARY or first.endswith(("n't", "n\u2019t")):
        return None  # (and no "doesn't": "Three per cent doesn't cover the rent")
    if n > 1:
        if (first in _PARTICIPLES or first.endswith("ed")) and first not in _AMBIG and lows[1] in _PREPS:
            return None  # "pled on the eve of trial": a clause without its noun
    elif first in _LONE_JUNK or first.endswith("ly"):
        return None
    phrase = " ".join(ws).strip(_EDGE)
    return phrase or None


def context_for(text: str, s: int, e: int, kind: str | None, unit: str | None = None) -> str | None:
    """The context of one figure (builds a one-off :class:`ContextFinder`)."""
    return ContextFinder(text).context(s, e, kind, unit)
