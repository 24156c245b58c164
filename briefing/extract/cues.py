"""Cue words: "said", "told", "according to", "called ... a", the verbs and phrases that mark
speech, found in one pass of a compiled pattern and filtered where they are nouns ("the talks", "his
plans"), names of things ("a website called ...") or inside quotation marks."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from briefing.extract.lexicon import CLAIM_CUES, DOCUMENT_HEADS, NAMING_CUES, SPEECH_CUES, STANCE_CUES
from briefing.extract.quotemarks import QuoteRun
from briefing.extract.trie import AfterNonWord, word_pattern

_CUE_RE = AfterNonWord(
    r"\w-", r"A-Za-z0-9_\-",
    r"(?:[Aa]ccording to|" + word_pattern(SPEECH_CUES | CLAIM_CUES | NAMING_CUES | STANCE_CUES)
    + r"|(?:Said|Says|Added|Asked|Wrote|Writes|Tweeted|Replied|Continued|Explained|Noted|Declared|Warned|Insisted|"
    r"Countered|Recalled|Observed|Quipped|Responded)(?=\s+(?:[A-Z]|the\s|a\s|one\s))"
    # "Noting that only Kirk voted with Democrats, Tester said ...": a participle opens the sentence
    + r"|(?:Noting|Citing|Arguing|Warning|Insisting|Claiming|Acknowledging|Asserting|Stressing|Explaining|"
      r"Complaining|Suggesting|Predicting|Promising|Vowing|Echoing|Conceding|Admitting|Lamenting|Praising|"
      r"Criticizing|Blaming|Accusing|Defending|Urging)"
    # ... then "that", a quotation, a name or a determiner: not "Warning signs were missed", "Defending champion"
    + r"(?=\s+(?:that|the|a|an|his|her|their|its|our|this|these|those|last|recent|local|several|many|some|"
      r"concerns?|reports?)\b|\s+[\u201c\"\u2018A-Z])"
    # "Asked whether he would run, Carson said ...": the question opens the sentence
    + r"|Asked(?=\s+(?:if|whether|what|who|whom|how|why|which|when|where|about|by|to|during|on|in|at|"
      r"repeatedly|specifically|again|later|earlier)\b))\b",
)
_NOUN_MARKERS = frozenset(
    "the a an his her their its our my your this these those of in on for with at from by about "
    "new first second third latest further more most less least very so too highly well".split()
)
# cue words that are only ever verbs: before "is"/"would" they open a relative claim ("what he said is")
VERB_ONLY_CUES = frozenset("said says say told believes believed thinks thought claimed claims argued argues".split())
# what is done with plans, which makes "plans" a noun: "drew up plans to", "unveiled plans"
_VERBS_TAKING_PLANS = frozenset("up unveiled unveils unveil announced announces outlined outlines published publishes "
                                "revealed reveals approved approves scrapped scraps shelved shelves drafted drafts "
                                "submitted submits rejected rejects backed backs put putting".split())
# "term the law a "power grab"", "terms it "reckless"": a naming verb has an object, then a quotation
_TERMED_OBJECT = re.compile(r"\s+(?:[\w'\u2019-]+\s+){1,5}[\"\u201c\u2018]")
_AUDIENCE_NEXT = re.compile(
    r"\s+(?:(?:the|a|an|its|his|her|their|our|this|several|big|large|packed|local|party)\s+)?(?:[\w'\u2019-]+\s+){0,3}?"
    r"(?:meeting|meetings|rally|rallies|crowd|crowds|students|supporters|conference|symposium|convention|delegates|"
    r"voters|chamber|assembly|congregation|summit|gathering|audience|event|forum|session|hearing|graduates|troops|"
    r"workers|members|residents|parliament|nation|country|congress|lawmakers|legislature|journalists|reporters)\b")
_TO_BE_NAMED = re.compile(r"\s+(?:not\s+)?to\s+be\s+(?:named|identified|quoted)\b")
_NAMING_REFUSALS = frozenset("want wants wanted wish wishes wished wanting wishing declined declines declining refused "
                             "refuses refusing asked asks asking requested requests".split())
_NAMING_AFTER_NOUN = re.compile(r"\b(?:an?|another)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*\s+$")
_NAME_NEXT = re.compile(r"\s+(?:[\"\u201c\u2018']|[A-Z])")
_GERUND_PREPS = frozenset("by after before in".split())
# Of those, the ones that are adverbs after a subject: "Trump further described", "she first said".
_ADVERB_MARKERS = frozenset("further first more well".split())
NEXT_AUX = re.compile(r"\s+(?:is|was|are|were|has|have|had|remains|remained|will|would|could|can|may|might|must)\b")
_PLATFORMS = frozenset("facebook twitter instagram linkedin tiktok youtube telegram weibo blog x".split())


@dataclass(slots=True)
class Cue:
    start: int
    end: int
    word: str
    used: bool = False
    sent: int = -1


_POSSESSED_NOUN_BEFORE = re.compile(
    r"(?<![\w'\u2019])(?!(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hat|[Tt]here|[Ww]ho|[Ww]hat|[Ll]et|[Hh]ere|[Ww]here)['\u2019])"
    r"\w+['\u2019]s\s+$")


def _possessive_just_before(text: str, pos: int) -> bool:
    """Does 's (and white space) end the text before ``pos``? A cheap test _POSSESSED_NOUN_BEFORE needs."""
    before = text[max(0, pos - 40):pos]
    bare = before.rstrip()
    return len(bare) < len(before) and bare.endswith(("'s", "\u2019s"))


_DET_ADJ_BEFORE = re.compile(r"\b[Aa]n?\s+[a-z]+(?:-[a-z]+)?\s+$")
# "in its monthly report on Thursday", "an interim report": the document, not someone reporting
_REPORT_ADJ_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he|its|his|her|their|our)\s+(?:[a-z]+ly|annual|interim|final|"
                                r"special|official|internal|confidential|draft|full|separate|preliminary|"
                                r"latest|new|annual|semiannual|biannual|[\d,]+-(?:page|year|month|point)|(?:19|20)\d\d)\s+$")  # "a 90-page report"
_SINGULAR_NOUNISH = frozenset("attack plan threat proposal call claim charge warning promise pledge offer".split())
_NOUNISH_CUES = frozenset(
    "attacks plans remarks comments threats fears hopes concerns demands pledges promises proposals findings "
    "claims charges calls thanks attack plan threat proposal".split()
)


_COUNT_BEFORE = re.compile(r"(?<![\w-])(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|"
                           r"thousands|several|many|multiple|numerous|repeated)\s+(?:[\w-]+\s+){0,2}$")
_THE_NAME_BEFORE = re.compile(r"\b(?:[Tt]he|\w+['\u2019]s)\s+[A-Z][\w.'\u2019-]*\s+$")  # "last week's Paris attack"
_POINT_WHERE = re.compile(r"\s+(?:out|to|at)\b|(?:\s+[\w'\u2019-]+){1,3}\s+(?:to|at)\b")
_ABOUT_CUES = frozenset("speak speaks spoke speaking rail rails railed railing".split())
_ABOUT_NEXT = re.compile(r"\s+(?:(?:out|up|publicly|openly|often|repeatedly|angrily|warmly)\s+)?(?:about|of|against)\b")
_BACKED_OBJECT = re.compile(r"\s+(?:the|a|an|his|her|their|its|our|[A-Z])")


# Capitalised cues that open an inverted attribution only at the start of a sentence or after an
# opening phrase ('In other words, explained X: "..."'); "Said", "Asked" and the like are older rules
_CAPITAL_CUES = frozenset("Explained Noted Declared Warned Insisted Countered Recalled Observed Quipped Responded".split())


def _word_before(text: str, pos: int) -> bool:
    """Is the character before ``pos`` (past spaces) a letter or digit, i.e. mid-sentence?"""
    i = pos
    while i > 0 and text[i - 1] == " ":
        i -= 1
    return i > 0 and text[i - 1].isalnum()


def _previous_word(text: str, pos: int) -> str:
    """The lower-case word before ``pos`` (separated by spaces only), or ""."""
    end = pos
    while end > 0 and text[end - 1] == " ":
        end -= 1
    if end == pos:
        return ""
    start = text.rfind(" ", max(0, end - 30), end) + 1
    word = text[max(start, text.rfind("\n", 0, end) + 1):end]
    return word.lower() if word.replace("'", "").isalpha() else ""


def _after_subject(text: str, word_end: int, word: str) -> bool:
    """Does the word before ``word`` (which ends at or before ``word_end``) look like a subject?

    "Trump further described", "she first said": a name or a pronoun, not a determiner."""
    end = word_end
    while end > 0 and text[end - 1] == " ":
        end -= 1
    before = _previous_word(text, end - len(word))
    if not before:
        return False
    b_end = end - len(word)
    while b_end > 0 and text[b_end - 1] == " ":
        b_end -= 1
    first = text[b_end - len(before):b_end][:1]
    return before in ("he", "she", "it", "they", "we", "i", "you") or (first.isupper() and before not in _NOUN_MARKERS)


def within(cues: list[Cue], paras: list[tuple[int, int]]) -> list[Cue]:
    starts = [p[0] for p in paras]
    out = []
    for c in cues:
        i = bisect.bisect_right(starts, c.start) - 1
        if i >= 0 and c.end <= paras[i][1]:
            out.append(c)
    return out


def find_cues(text: str, quotes: list[QuoteRun], lo: int = 0, hi: int | None = None) -> list[Cue]:
    """Cue words outside quotation marks."""
    hi = len(text) if hi is None else hi
    starts = [q.open_at for q in quotes]
    ends = [q.outer_end for q in quotes]
    out = []
    for m in _CUE_RE.finditer(text, lo, hi):
        start, end = m.span("body")
        i = bisect.bisect_right(starts, start) - 1
        if i >= 0 and start < ends[i]:
            continue  # inside a quotation
        word = m.group("body")
        low = word.lower()
        if low == "according to":
            out.append(Cue(start, end, "according to"))
            continue
        if _is_not_a_cue(text, start, end, word, low):
            continue
        out.append(Cue(start, end, low))
    return out


_PRESS_NOUN = re.compile(
    r"\s+(?:secretar|office|release|conference|briefing|aide|officer|corps|pool|room|staff|statement|call|gaggle"
    r"|availabilit|event|freedom|coverage|critic|shop|team|association|club|gallery|box|credential|pass|tour"
    r"|operation|director|spokes|representative|agent|shy|card|time|junket|rep)", re.IGNORECASE)


# "Gold added 0.9% to $2,311", "The index added 12 points.": a gain, not words added
_FIGURE_NEXT = re.compile(r"\s+(?:about\s+|nearly\s+|some\s+)?[$\u00a3\u20ac\u00a5]?[0-9][0-9.,]*\s*"
                          r"(?:%|per\s*cent|percent|points?|cents?|pence|basis\s+points|bps)(?=\s*(?:to|at|on|in|,|\.|;|$))")
# "The scanners will add two days to every shipment", "adds about four hours": an amount added
_ADD_AMOUNT = re.compile(
    r"\s+(?:(?:about|nearly|almost|some|roughly|around|another|up\s+to|more\s+than|at\s+least|an\s+extra|"
    r"an\s+additional|a\s+further|an?\s+(?:quick|brisk|rapid|patient|valuable|useful|unbeaten|fluent|fine|"
    r"quickfire|swift|late|vital|crucial)(?:\s+and\s+\w+)?)\s+)?(?:[$\u00a3\u20ac\u00a5]?\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|fifteen|twenty|thirty|forty|fifty|a\s+hundred|hundreds|thousands|millions|billions|dozens|"
    r"half\s+an?|a\s+quarter|a\s+third|a\s+fifth|a\s+tenth|a\s+fraction|a\s+(?:full\s+)?(?:percentage\s+)?point|"
    r"several|a\s+few|a\s+couple|a\s+dozen|an?\s+(?:second|third|fourth|fifth|sixth|late|early|stoppage-time|"
    r"injury-time|first-half|second-half)\b)\b)(?![^.,;:]{0,16}\b(?:later|earlier|afterwards|after|ago)\b)"
    r"(?![^.;]{0,50}?(?:\b(?:were|was|are|is|had|have|has|would|will|could|remain|remained)\b|:))",  # "added two suspects were"
    re.IGNORECASE)  # but '"We will win," he added 10 days later.
_ADD_TO = re.compile(r"\s+to\s+(?:the|a|an|his|her|its|their|this|that|these|those|our|growing|mounting)\b")
# nouns that make "call" a noun after them: "a conference call", "phone calls", "a roll call"
_CALL_KINDS = frozenset(
    "conference phone telephone video earnings investor roll wake-up close radio cold judgment judgement "
    "rallying courtesy robo robocall fundraising zoom skype curtain".split())


_WITH_NEXT = re.compile(r"\s+with\b")
_FOR_NEXT = re.compile(r"\s+for\b")
_PLANNING_NOUN = re.compile(r"\s+(?:board|boards|commission|committee|permission|application|applications|department|"
                            r"officer|officers|process|stage|phase|meeting|approval|authority|rules|system|consent)\b")
_FORECAST_NOUNS = frozenset("profit profits sales revenue revenues earnings growth annual weather economic inflation "
                            "budget full-year quarterly price its their official".split())
_CALLED_SOMEWHERE = re.compile(r"\s+(?:(?:the|a|an|his|her|their|its|our|my|some|all)\s+)?[a-z]+(?:\s+[a-z]+)?\s+"
                               r"(?:into|in\s+to|to\s+(?:the|a|his|her|their)|for\s+a|back\s+to|over\s+to|up\s+to)\b")
_CREDIT_NOUN_NEXT = re.compile(r"\s+(?:rating|ratings|card|cards|score|scores|union|unions|line|lines|limit|limits|"
                               r"crunch|market|markets|default|risk|agency|agencies|facility|history|check|note|notes)\b")
_VERB_NEXT = re.compile(r"\s+(?:[a-z]+ed|say|said|says|argue|argued|warn|warned|have|had|are|were|will|would|can|could)\b")
_SAYING_THINGS = DOCUMENT_HEADS | frozenset("advisory alert notice bulletin ad video post message letter".split())
_PRICE_NEXT = re.compile(r"\s+(?:price|prices|rent|rents|rate|rates)\b")
_NP_END_NEXT = re.compile(r"\s*(?:[,.;:)]|and\b|or\b|were\b|was\b|had\b|have\b)")
_RESULT_NEXT = re.compile(r"\s+(?:a|an|its|their|his|her|the)\s+(?:[\w-]+\s+){0,3}?(?:loss|losses|profit|profits|deficit|"
                          r"surplus|gain|gains|decline|drop|fall|rise|increase|record|revenue|revenues|sales|earnings|"
                          r"result|results|turnover|margin|time|score|total|return|returns|growth)\b")
_LIST_KINDS = frozenset("waiting price shopping guest party voter voters electoral wish reading best-seller bestseller "
                        "short long transfer casualty hit most-wanted watch".split())
_DECIDED_THING_NEXT = re.compile(r"\s+(?:the|a|an|this|that|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?(?:case|cases|race|"
                                 r"election|vote|outcome|matter|fate|future|winner|match|game|title|contest|tie|appeal|"
                                 r"result|issue|question)\b")
_TELLING_THINGS = frozenset("figures numbers statistics facts data results graphs charts".split())
_CREDIT_WITH = re.compile(r"\s+(?:the|a|an|him|her|them|it|[A-Z])[^.;]{0,60}?\b(?:with|for)\b")  # "credit the bank with"
_CAPITAL_WORD_BEFORE = re.compile(r"\b[A-Z][\w'\u2019-]*\s+$")  # "Tester credits ...": a name before it
_CREDIT_SUBJECTS = frozenset("i we you they he she it who to will would can could should may might must also "
                             "and but not".split())
_TALKS_TO = re.compile(r"\s+(?:\w+ly\s+)?(?:to|with|about|of|up)\b")
_PLEA_IN_COURT = re.compile(r"\s+(?:not\s+)?(?:guilty|innocent|no\s+contest|the\s+fifth)\b", re.I)
#: Who "heard" evidence in a court report: "The court heard that ...", "the inquest heard".
_HEARINGS = frozenset("court inquest tribunal hearing jury jurors trial inquiry committee magistrates coroner "
                      "panel".split())
_CLAUSE_END_NEXT = re.compile(r"(?:\s+(?:on\s+\w+|yesterday|today|last\s+\w+|this\s+\w+))?\s*"
                              r"(?:[.;]|,(?!\s+(?:but|and|or|yet)\b)|$)")  # not "The committee heard, but did not act"
_REFLEXIVE_NEXT = re.compile(r"\s+(?:itself|themselves|himself|herself|ourselves|its\s+way|their\s+way)\b")  # "..., the court heard.": what was said in evidence went before
_OF_NEXT = re.compile(r"\s+of\b")
_SETTING_NEXT = re.compile(r"\s+(?:from|in|at|on)\s+(?:the\s+)?[A-Z][^,.;:]{0,60},")
_RETORT_NEXT = re.compile(r"\s*(?:that\b|[,:\"\u201c])")
_THAT_NEXT = re.compile(r"\s+(?:that|how|he|she|they|it|[A-Z][a-z]+\s+(?:had|has|was|were|is|would|did|told|said))\b")
_PLAN_NOUN = re.compile(r"\s+(?:for|of)\b|\s*[,.;:]")
_NOTE_KIND_BEFORE = re.compile(r"(?:\b(?:treasury|promissory|bank|banknote|suicide|sticky|handwritten|ransom|diplomatic|"
                               r"research|explanatory|credit|debt|demand|sick|thank-you|\d+-(?:year|month|week))\s+)$",
                               re.I)


# what comes right after a cue that introduces the words themselves: 'texted: "..."', 'texted, "..."'
_WORDS_NEXT = re.compile(r"\s*[:,\"\u201c\u2018]|\s+(?:[a-z]+\s+)?that\b")
_QUOTE_JUST_BEFORE = re.compile(r"[\"\u201d]\s*(?:[\w.'\u2019-]+\s+){0,3}$")  # '"I am safe," she texted her mother'
_PUSH_FORMS = frozenset("push pushes pushed pushing".split())
_PUSH_FOR = re.compile(r"\s+(?:(?:for|to|back|ahead|hard|forward|through|on|against|the\s+(?:idea|notion|claim|case|"
                       r"plan|proposal|bill|policy|theory|narrative|line|message))\b|(?:(?!\.\s+[A-Z])[^;!?]){0,60}?\bto\s+[a-z])")
# "pushing a storm surge of 9 to 12 feet into", "pushed prices higher", "pushing shares up 4%": a force moving a thing
_PUSH_EFFECT = re.compile(r"(?:\s+[\w'\u2019$%.-]+){1,3}?\s+(?:up|down|higher|lower|into|above|below|past|beyond)\b"
                          r"|(?P<level>(?:\s+[\w'\u2019-]+){1,3}?\s+to\s+(?:about\s+|nearly\s+|almost\s+)?[\d$\u20ac\u00a3])"
                          r"|(?:\s+[\w'\u2019-]+){1,3}?\s+of\s+(?:up\s+to\s+|about\s+|some\s+|nearly\s+)?\d")
_POINTS_UNIT_BEFORE = re.compile(r"(?:[0-9]|\b(?:basis|percentage|one|two|three|four|five|six|seven|eight|nine|ten|"
                                 r"several|few|many))\s+$", re.I)


_AMOUNT_NEXT = re.compile(r"\s+(?:(?:about|around|some|nearly|almost|more\s+than|up\s+to|over|another|a\s+further)\s+)?"
                          r"(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|hundreds|thousands|millions)\b)", re.I)
# what a recall takes back: "recalled 40,000 bottles", "recalling 1.2 million vehicles" (not "recalled 30 missions")
_PRODUCTS_NEXT = re.compile(r"[\d.,]*(?:\s+(?:million|thousand|billion))?\s+(?:[\w-]+\s+){0,2}?"
                            r"(?:vehicles|cars|trucks|bottles|units|products|jars|packs|packets|items|tins|cans|devices|"
                            r"batteries|phones|laptops|toys|models|boxes|bags|pouches|tubs|cartons|kits|seats|chargers|"
                            r"appliances|meals|tablets|doses|pushchairs|prams|bikes|scooters|heaters|kettles)\b", re.I)
def _verb_forms(*bases: str) -> frozenset[str]:
    """Every inflection of the bases, spelled every way a regular verb may be (some are no words, and harmless)."""
    return frozenset(f for b in bases for f in (b, b + "s", b + "es", b + "ed", b + "d", b[:-1] + "ies", b[:-1] + "ied",
                                                b + "ing", b[:-1] + "ing"))


#: Verbs that deny what someone claimed: "a claim the ministry denied", "rejected claims that".
DENIAL_VERBS = _verb_forms("reject", "deny", "dismiss", "dispute", "refute", "rebut", "debunk", "contest", "question")
_VERBS_TAKING_CLAIMS = (DENIAL_VERBS - _verb_forms("question") | _verb_forms("repeat", "echo")) \
    - {"repeating", "echoing"}  # verbs only: not "A Senate probe claims", "The officer investigating claims"


_ADMITTED_TO_A_PLACE = re.compile(
    r"\s+(?:to|into)\s+(?:(?:the|a|an|their|his|her|its)\s+)?(?:[\w-]+\s+){0,2}?(?:hospitals?|intensive\s+care|"
    r"care\s+homes?|wards?|clinics?|emergency\s+rooms?|A&E|icu|ICU|university|universities|college|school|the\s+bar|"
    r"membership|the\s+country|the\s+club|the\s+party|the\s+union)\b")


_POST_ADJECTIVES = frozenset("senior top key junior vacant cabinet ministerial government teaching academic diplomatic "
                             "military both two three several many other their his her managerial leadership".split())
_HELD_BEFORE = re.compile(r"\b(?:held|hold|holds|holding|filled|fill|fills|filling)\s+(?:[a-z]+\s+){0,2}$")


_CALLED_EVENT_NEXT = re.compile(r"\s+(?:a|an|the|off\s+the)\s+(?:[\w-]+\s+){0,2}(?:strike|strikes|walkout|"
                                r"stoppage|vote|election|elections|referendum|meeting|halt|ceasefire|truce|recess|"
                                r"timeout|time-out|inquiry|summit|conference|session|poll)(?![\w-])(?!\s+(?:a|an)\s)"
                                r"(?![^.;,]*\s(?:a|an)\s+[\w-]+[.;,]?\s*$)")  # not "called the vote in May a sham"
_SENT_AWAY_NEXT = re.compile(r"\s+(?:out|home|back|off|away)\b")
_CLAIMED_COUNT_NEXT = re.compile(r"\s+(?:(?:about|some|nearly|almost|more\s+than|over|at\s+least)\s+)?[\d.,]+"
                                 r"(?:\s+(?:million|billion|thousand))?\s+(?:users|customers|members|subscribers|lives|"
                                 r"victims|followers|clients|players|readers|viewers|accounts)\b"
                                 r"(?=\s*[,.;)]|\s*$|\s+(?:and|in|on|at|from|of|across|worldwide|globally|before)\b)")
_CHAMPION_KINDS = frozenset("world olympic european national defending reigning former champions league "
                            "undisputed heavyweight junior".split())
_DEMAND_NOUN_NEXT = re.compile(r"\s+for\s")


def _is_not_a_cue(text: str, start: int, end: int, word: str, low: str) -> bool:
    """The cue word ``word`` at ``text[start:end]`` is a noun, part of a name or an adverb here."""
    if low in ("addressed", "addresses", "address", "addressing") and _AUDIENCE_NEXT.match(text, end):
        return True  # "addressed the meeting", "addresses rallies": spoke to people, says nothing here
    if low in _NAMING_REFUSALS and _TO_BE_NAMED.match(text, end):
        return True  # "who did not want to be named", "who asked not to be named": why a source is anonymous
    if low in ("plans", "plan", "proposals", "proposal") and _previous_word(text, start) in _VERBS_TAKING_PLANS:
        return True  # "drew up plans to close", "unveiled plans to", "approved the plan": a noun, no stance
    if low in ("recall", "recalls", "recalled", "recalling") and (amount := _AMOUNT_NEXT.match(text, end)) is not None \
            and _PRODUCTS_NEXT.match(text, amount.end()):
        return True  # "Penmart recalled 40,000 bottles", "is recalling up to 40,000": a product recall, no memory
    if low in ("admitted", "admits", "admit") and _ADMITTED_TO_A_PLACE.match(text, end):
        return True  # "100,000 people are admitted to hospital each year": taken in, no admission of anything
    if low == "posts" and (_previous_word(text, start) in _POST_ADJECTIVES or _HELD_BEFORE.search(
            text, max(0, start - 30), start)):
        return True  # "Few women held senior posts": jobs, not messages
    if low in ("claims", "claim") and _previous_word(text, start) in _VERBS_TAKING_CLAIMS:
        return True  # "The commission rejected claims by the opposition that ...": a noun, the rejecter's object
    if low in ("term", "terms") and not _TERMED_OBJECT.match(text, end):
        return True  # "a prison term", "in terms of": a noun; "Critics term the law a "power grab"" names
    if (word in _CAPITAL_CUES or (word[0].isupper() and low.endswith("ing"))) and _word_before(text, start):
        return True  # "CNN Just Responded To Trump's Demand": a headline's capitals, not 'Noted the minister'
    if low in ("texted", "texting", "messaged") and not _WORDS_NEXT.match(text, end) \
            and not _QUOTE_JUST_BEFORE.search(text, max(0, start - 40), start):
        return True  # "She texted her mother from the bathroom": whom she wrote to, not what she wrote
    if low in _PUSH_FORMS and (m := _PUSH_EFFECT.match(text, end)) is not None and not _PUSH_FOR.match(text, end) \
            and (m.group("level") is None or text[max(0, start - 2):start] == ", "):
        # (a level only in a clause of effect: ", pushing inflation to 5%"; "Unions are pushing wages to £15" is a stance)
        return True  # "pushing a storm surge into the parishes": force, not a stance ("pushed for a vote" is one)
    if low in ("points", "point") and _POINTS_UNIT_BEFORE.search(text, max(0, start - 14), start):
        return True  # "by 50 basis points to 11.25%", "gained 12 points": a unit, not "X points to Y"
    if low == "accused" and text.startswith(" of ", end) and _word_before(text, start) \
            and _previous_word(text, start) not in ("he", "she", "they", "we", "i", "you", "who", "it"):
        return True  # "Alan Gross, an American contractor accused of spying": what he is accused of, no claim
    prev = _previous_word(text, start)
    gerund = prev in _GERUND_PREPS and word.endswith("ing")  # "began by saying", "after telling"
    gerund = gerund or prev in ("third", "thirds") and low in VERB_ONLY_CUES  # "a third say"
    if prev in _NOUN_MARKERS and not gerund and not (
            prev in _ADVERB_MARKERS and _after_subject(text, start, prev)):
        return True  # a noun or an adjective: "the talks", "his plans", "most detailed"
    if _possessive_just_before(text, start) and \
            _POSSESSED_NOUN_BEFORE.search(text, max(0, start - 40), start):
        return True  # a possessed noun: "one of the woman's quotes", "the company's plans"
    if word in _NOUNISH_CUES and _COUNT_BEFORE.search(text, max(0, start - 40), start):
        return True  # "two chemical weapons attacks", "several threats": counted nouns
    if word in _NOUNISH_CUES and _THE_NAME_BEFORE.search(text, max(0, start - 40), start):
        return True  # "the Paris attacks", "the Trump plans": a noun after a name
    if low in _SINGULAR_NOUNISH and _DET_ADJ_BEFORE.search(text, max(0, start - 30), start) \
            and not (low.endswith("ing") and prev in _SAYING_THINGS):
        # "repelled an overnight attack on", "a new plan for": a noun after "a" and an adjective; but
        # "released a report warning that": what the report says
        return True
    if word in ("point", "points", "pointed", "pointing") and not _POINT_WHERE.match(text, end):
        return True  # "the same campaign points, calling ...": a noun; a cue only as "points out/to"
    if low in ("add", "adds", "added", "adding") and (_ADD_TO.match(text, end) or _FIGURE_NEXT.match(text, end)
                                                      or _ADD_AMOUNT.match(text, end)):
        return True  # "The latest hiccup adds to the drama": to add to something, not to say more
    if low in ("charge", "charges", "charged", "charging") and _WITH_NEXT.match(text, end):
        return True  # "Whitfield is also charged with aggravated assault": a criminal charge, no claim
    if low == "planning" and _PLANNING_NOUN.match(text, end):
        return True  # "the regional planning board": a noun, not someone planning to say something
    if low in ("forecast", "forecasts") and prev in _FORECAST_NOUNS:
        return True  # "raised its annual profit forecast to $5.75": the noun
    if low in ("call", "calls", "called", "calling") and _CALLED_SOMEWHERE.match(text, end):
        return True  # "called the workers into the shipping bay", "called a friend for a ride": summoned, no words
    if low in ("post", "posts", "posted", "posting") and _RESULT_NEXT.match(text, end):
        return True  # "The company posted a loss of £48.6 million": a result, not a post
    if low in ("list", "lists") and prev in _LIST_KINDS:
        return True  # "Hospital waiting lists grew by 5%": the noun
    if low in ("decide", "decides") and _DECIDED_THING_NEXT.match(text, end):
        return True  # "The court will decide the case next month", "Voters will decide the race": no words
    if low in ("tell", "tells") and prev in _TELLING_THINGS:
        return True  # "The official figures tell a different story", "the data tell ...": things show, not say
    if low in ("credit", "credits") and _CREDIT_NOUN_NEXT.match(text, end):
        return True  # "the U.S. credit rating", "a credit card": the noun
    if low in ("advocates", "advocate") and _VERB_NEXT.match(text, end):
        return True  # "Consumer advocates criticized the decision": the people, who then do something
    if low in ("credit", "credits") and prev and prev not in _CREDIT_SUBJECTS \
            and not _CAPITAL_WORD_BEFORE.search(text, max(0, start - 30), start) and not _CREDIT_WITH.match(text, end):
        return True  # "the pension credit threshold", "a tax credit": a noun; "they credit him with" gives credit
    if low in ("fear", "fears", "feared", "fearing") and _FOR_NEXT.match(text, end):
        return True  # "because she feared for her safety": a feeling, not a claim
    if low == "think" and text.startswith((" tank", "-tank"), end) \
            and _previous_word(text, start) not in ("not", "n't", "i", "we", "they", "you", "to", "still", "also"):
        return True  # "The US-based think tank Frontier Analytics estimates": a body, no thought
    if low in ("call", "calls", "called", "calling") and _CALLED_EVENT_NEXT.match(text, end):
        return True  # "it would call a general strike", "called a snap election": set one going, said nothing
    if low in ("warning", "warnings") and text.startswith(" for ", end):
        return True  # "issued its highest heat warning for the first time": the alert, no warning of anything said
    if low in ("ordered", "orders") and _SENT_AWAY_NEXT.match(text, end):
        return True  # "the diplomats ordered out of Ostmark": sent away, nobody ordered anything said
    if low in ("claimed", "claims", "claim") and _CLAIMED_COUNT_NEXT.match(text, end):
        return True  # "which claimed 2.3 million users", "the crash claimed 30 lives": had, took; no claim
    if low in ("support", "supports") and text.startswith(" for ", end):
        return True  # "The mayor won support for the plan", "put support for the reform at 52%": the noun
    if low in ("champion", "champions") and _previous_word(text, start) in _CHAMPION_KINDS:
        return True  # "met world champion Daichi Takemura": a title, nobody champions anything
    if low in ("demand", "demands") and _DEMAND_NOUN_NEXT.match(text, end):
        return True  # "Global demand for oil rose 3%": the market's, nobody demands anything
    if low == "talks" and not _TALKS_TO.match(text, end):
        return True  # "COP talks stall", "but talks broke down": the negotiations; "X talks to reporters" speaks
    if low.startswith("plea") and _PLEA_IN_COURT.match(text, end):
        return True  # "who pleaded guilty in March": a plea in court, not a claim
    if low in ("note", "notes") and _NOTE_KIND_BEFORE.search(text, max(0, start - 20), start):
        return True  # "the 10-year Treasury note fell to 1.45 percent", "a ransom note": the paper, no claim
    if low == "report" and _REPORT_ADJ_BEFORE.search(text, max(0, start - 40), start):
        return True  # "the farm agency said in its monthly report on Thursday": the document
    if low == "asking" and _PRICE_NEXT.match(text, end):
        return True  # "The average asking price reached £300,000": a price, nobody asking
    if low in ("details", "detail") and _NP_END_NEXT.match(text, end):
        return True  # "names and bank account details, the insurer said": a noun
    if low in ("plan", "plans") and _PLAN_NOUN.match(text, end):
        return True  # "Residents fight plan for 300 homes", "plans of the council": a noun
    if low in ("estimate", "estimates", "forecast", "forecasts", "report", "reports", "warning", "warnings") \
            and _OF_NEXT.match(text, end):
        return True  # "missed analysts' average estimate of 79 cents", "reports of shelling": a noun
    if low in ("reporting", "writing", "speaking") and _SETTING_NEXT.match(text, end):
        return True  # "Zeina Khodr, reporting from Tyre, said": where the speaker is, not what is said
    if low.endswith(" back") and not _RETORT_NEXT.match(text, end):
        return True  # "shot back that ...", 'hit back: "..."'; not "hit back at Christie over ..."
    if low in ("found", "find", "finds") and _REFLEXIVE_NEXT.match(text, end):
        return True  # "The agency, which found itself under fire", "found its way to the press": no finding
    if low in ("was told", "were told") and prev not in _HEARINGS:
        return True  # "He was told to leave": only "the court was told" reports evidence given
    if low == "heard" and (prev not in _HEARINGS or not _THAT_NEXT.match(text, end) and not _CLAUSE_END_NEXT.match(text, end)):
        return True  # "I heard that ...", "heard the case": only "The court heard that ..." reports evidence
    if low in ("call", "calls") and prev in _CALL_KINDS:
        return True  # "told reporters on a conference call that", "phone calls", "the roll call vote"
    if low in ("press", "presses") and _PRESS_NOUN.match(text, end):
        return True  # "White House press secretary", "a press conference": a noun, not "press Clinton"
    if low in _ABOUT_CUES and not _ABOUT_NEXT.match(text, end):
        return True  # "spoke about the attack", "railed against the deal"; not "spoke to reporters", "spoke at"
    if word in ("back", "backs") and not _BACKED_OBJECT.match(text, end):
        return True  # "faced a crossroads back in May": an adverb, not "backs the plan"
    if prev in _PLATFORMS and low not in VERB_ONLY_CUES and not low.endswith("ed"):
        return True  # "a Facebook post", "his Twitter comments"; but "Twitter said", "Twitter announced"
    if word in ("called", "named", "dubbed", "titled") and _NAMING_AFTER_NOUN.search(
            text, max(0, start - 40), start) and _NAME_NEXT.match(text, end):
        return True  # "a website called “Cape Breton If ...”", "a group called Citizens United": a name
    # a noun before its verb: "the harbour question is still open"
    return bool(NEXT_AUX.match(text, end)) and low not in VERB_ONLY_CUES
