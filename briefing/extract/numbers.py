"""The numbers pass: every figure in an article, with value, unit, kind and
what it measures.

One compiled master pattern (:data:`MASTER`) scans the text once. Its
branches are: things to step over (web addresses, handles, phone numbers, IP
addresses), dates, times, decades and year ranges, and a *figure*: an
optional currency prefix, a sign, a number in digits or words, an optional
scale ("million", "bn", "k", "lakh", "crore", "dozen") and an optional unit
("%", "tonnes", "-year", "dollars", "km/h") with an optional rate ("a day",
"/hour", "per share"). Python runs only per match (a few dozen per article)
to compute values; then a short pass over neighbouring figures joins ranges
("12-15%", "between 3 and 5 million": one figure, ``value`` and
``value_max``) and marks changes ("from 25% to 15%", "to 5.25% from 5%": the
new figure carries ``from_value``), and a last one finds each figure's
context (:mod:`briefing.extract.number_context`).

Values are plain numbers: "3.5 million tonnes" is 3500000, "$1.2bn" 1.2e9,
"10k" 10000, "2 lakh" 200000, "a dozen" 12, "3 dollars 50 cents" 3.5, "a
third" 0.333..., "two-year" 2. Digit grouping: "1,250,000", "1.199,99",
"3 250 000 €", "CHF 1'200". A lower-case "m" right after digits is a million
with a currency or before a plural noun ("£420m", "2m people"), else metres
("100m sprint"); "pounds" is money when scaled ("25 million pounds"), else
weight.

Kinds (``Number.kind``):
``percent`` (units ``%``, ``pp``, ``bp``), ``money`` (ISO code, or ``cent`` /
``pence`` for sub-units standing alone, value in cents), ``quantity``
(physical units, see :mod:`briefing.extract.units`), ``duration`` (time
units), ``age`` ("30-year-old"), ``count`` (a number with no unit, or unit
``person`` for people), ``date``, ``time``, ``year`` (see
:mod:`briefing.extract.dates`).

Not reported (documented judgement calls): numbers inside names and
identifiers ("COVID-19", "G7", "F-35", "5G", "Boeing 737", "Article 5",
"No. 10", "Fortune 500", "Ground Zero"), web addresses, handles, phone
numbers, IP addresses, ordinals outside dates ("first time", "19th century",
"twenty-first"), vague amounts ("hundreds of", "dozens of", "tens of
thousands"), fractions that are not fractions ("24/7", "9/11", "3/2"), "one"
used as a pronoun ("one of the", "no one") and "at one point". Parentheses
round an amount are not read as a negative: in news "£5bn ($6.4bn)" is a
conversion.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from itertools import pairwise, product

from briefing.extract import dates, units
from briefing.extract.first_names import gender_of_first_name
from briefing.extract.lexicon import (
    ANONYMOUS_HEADS,
    CALENDAR_NAMES,
    CLAUSE_JOINS,
    NATIONALITY_END,
    OCCUPATIONS,
    ORG_WORDS,
    SAID_FORMS,
    TITLE_WORDS,
)
from briefing.extract.number_context import ContextFinder
from briefing.extract.number_regex import prefix_guard, trie
from briefing.extract.number_words import AND_A_FRACTION_END, TEENS, TENS, UNITS, WORDNUM, parse_word_run
from briefing.extract.text import sentence_start_before
from briefing.extract.trie import after_non_word_or, finditer_where
from briefing.models import Number

# --- pattern pieces -------------------------------------------------------------

_DNUM = (
    r"(?:[0-9]{1,3}/[0-9]{1,3}(?![0-9/])"  # a fraction: 1/4
    r"|[0-9]{1,3}(?:,[0-9]{3}){1,7}(?:\.[0-9]+)?(?![0-9])"  # 1,250,000.5
    r"|[0-9]{1,2}(?:,[0-9]{2}){1,5},[0-9]{3}(?:\.[0-9]+)?(?![0-9])"  # Indian grouping: 1,20,000 and 12,34,56,789
    r"|[0-9]{1,3}(?:\.[0-9]{3}){1,7},[0-9]{1,2}(?![0-9])"  # 1.199,99
    r"|[0-9]{1,3}(?:\.[0-9]{3}){2,7}(?![0-9.])"  # 1.144.000
    r"|[0-9]{1,3}(?:[\u00a0\u202f\u2009'’][0-9]{3}){1,7}(?![0-9])"  # 1 000 000 with narrow spaces
    r"|[0-9]{1,3}(?: [0-9]{3}){1,7}(?![0-9])(?=\s?(?:[€$£¥元₽₴₪₫₭₾₡]|zł|Kč|руб|грн|р\.|(?:[A-Z]{3}|dollars|euros|yen|rupees|"
    r"roubles|rubles|francs)\b))"
    r"|[0-9]{1,6} \. [0-9]{1,6}(?= ?%)"  # tokenised text: "6 . 2 %"
    r"|[0-9]{1,30}(?:[.,][0-9]{1,30})?"
    r"|\.[0-9]+)"
    r"(?:[eE][-+]?[0-9]+(?![0-9A-Za-z]))?"
)
_VULGAR = "½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞"
VULGAR_VALUES = {
    "½": 1 / 2, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 1 / 4, "¾": 3 / 4, "⅕": 1 / 5, "⅖": 2 / 5, "⅗": 3 / 5,
    "⅘": 4 / 5, "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 1 / 8, "⅜": 3 / 8, "⅝": 5 / 8, "⅞": 7 / 8,
}
_SCALE = (
    r"(?:[\s-]?(?i:thousands?|millions?|billions?|trillions?|lakhs?|lacs?|crores?|dozens?|hundreds?|mn|mln|mil|bn|bln|bil|tn|"
    r"trn|mio|mrd)"
    r"(?![A-Za-z])"
    r"|\s?(?:MM|K)(?!\w)|\s(?:k)(?!\w)|(?:bn|k|mm|m|M|b|B|T)(?!\w))"
)
_SCALE2 = r"(?:\s(?i:lakh|crore|thousand|million|billion)(?![A-Za-z]))"

_CURRENCY_WORD_RE = (
    rf"(?:(?:{trie(units.CURRENCY_ADJECTIVES)}\s+)?{trie(units.CURRENCY_WORDS)}"
    rf"|{trie(units.POUND_ADJECTIVES)}\s+pounds?)(?![A-Za-z])"
)
_UNIT_WORDS = [w for w in [*units.UNIT_WORDS, *units.TIME_UNITS] if w not in ("hr", "hrs", "yr", "yrs")]
_UNIT_WORD_RE = rf"{trie(_UNIT_WORDS)}(?![A-Za-z])"
_SPACED_SYMBOLS = [s for s in units.UNIT_SYMBOLS if s not in units.ATTACHED_ONLY_SYMBOLS]
_UNIT_SYMBOL_RE = (
    rf"(?:{trie(_SPACED_SYMBOLS, ci=False)}(?![A-Za-z0-9²³])"
    rf"|(?<=[0-9]){trie(units.ATTACHED_ONLY_SYMBOLS, ci=False)}(?![A-Za-z0-9])"
    # "200 g of rice", "5 l of water", "3 t.": grams, litres, tonnes apart from the digits only before
    # "of", "per", "a", "each" or a sentence's punctuation, where a letter standing alone is no word
    r"|(?<=[0-9]\s)[glt](?=\s+(?:of|per|a|an|each|and|or)\b|[.,;:)](?:\s|$)|$))"
)
_CUR_SUFFIX_RE = (
    rf"(?:{trie(units.CURRENCY_SUFFIX_SIGNS, ci=False)}|{trie(units.CURRENCY_CODES, ci=False)}(?![A-Za-z]))"
    r"(?!\s?[0-9])"
)
_PER_UNITS = (
    "second", "minute", "hour", "day", "week", "month", "year", "annum", "share", "head", "capita",
    "person", "barrel", "tonne", "ton", "kg", "pound", "litre", "liter", "gallon", "unit", "kwh", "mwh",
    "night", "sq ft", "square foot", "square metre", "square meter", "km", "mile", "hectare", "acre", "bushel",
    "ounce", "bale", "megawatt-hour", "megawatt hour", "kilowatt-hour", "kilowatt hour", "gigawatt-hour", "gwh",
)
_AGE_CONTEXT = re.compile(r"\bage\b", re.I)
_ENERGY_PER = {"mwh": "MWh", "kwh": "kWh", "gwh": "GWh", "megawatt-hour": "MWh", "megawatt hour": "MWh",
               "kilowatt-hour": "kWh", "kilowatt hour": "kWh", "gigawatt-hour": "GWh"}
# "a year earlier", "a month ago": when, not a rate (but "a month earlier this year" is a rate, then a time)
_WHEN_NOT_RATE = r"\s+(?:earlier|ago|later|previously)\b(?!\s+(?:this|last|next|in|on|that)\b)"
_PER_RE = (rf"(?:\s?/\s?|\s+per\s+|\s+an?\s+|-an?-)(?P<per>{trie(_PER_UNITS)})(?![A-Za-z])(?!{_WHEN_NOT_RATE})")
#: Units that "a"/"an" counts as one of ("a decade", "a gallon"); the time
#: units below "decade" only after words like "for", "within", "over".
_A_UNIT_WORDS = (
    "decade", "fortnight", "century", "gallon", "litre", "liter", "mile", "kilometre", "kilometer", "metre",
    "meter", "foot", "inch", "pound", "ounce", "ton", "tonne", "barrel", "kilogram", "kilo", "acre",
    "hectare", "penny", "cent", "dollar", "euro", "year", "month", "week", "day", "hour", "minute",
)
_A_UNITS = trie(_A_UNIT_WORDS)
# after "a <unit>", a word that makes the unit a noun of its own: "a barrel room", "a pound we spend"
_A_UNIT_THEN_NOUN = re.compile(
    r"[ \t]+(?!(?:of|a|an|per|each|and|or|to|from|in|on|at|for|away|ago|later|earlier|long|wide|high|deep|tall|old|"
    r"more|less|after|before|than|is|was|are|were|by|with|the|or|so|off|into|over|under|since|until|behind|ahead|"
    r"apiece|too|now|then|back|short|shy|up|down|higher|lower|late|early|left|remaining|instead)\b)"
    r"(?![a-z]+(?:er|ed|s)\b)[a-z]")  # ("a dollar cheaper", "a mile further", "a kilo costs": still a measure)
# a word joined to the one before by a hyphen or a space, in lower case: "real-terms", "real chance"
_WORD_JOINED_AFTER = re.compile(r"-[a-z]|[ \t]+(?!(?:per|a|an|each|for|to|in|on|and|or|from|at)\b)[a-z]")
_SMALL_WORD = (
    r"(?i:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|"
    r"eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|one|two|"
    r"three|four|five|six|seven|eight|nine)"
)

_SIGN = r"(?<![\w.,/:)\]-])[-−–+](?=\.?[0-9])"
# "minus 5 degrees"; not "5 minus 3" nor a margin of error, "plus or minus 3 points"
_MINUS_WORD = re.compile(r"(?<![0-9]\s)(?<!(?i:plus) or )(?<!(?i:plus)/)(?<!(?i:plus)-)"
                         r"\b(?:(?i:minus)|(?<!\b[Aa] )(?<!\b[Aa]n )(?i:negative))\s$")  # "a negative 42%-49% rating"
_CUR_SIGNS = "$€£₤¥￥₹₽₩₪₫฿₺₴₦₱₡₾₭"
_SYMBOL_CUR = rf"[{_CUR_SIGNS}]\s?"
_LETTER_CUR = (
    r"(?:(?:US|U\.S\.|USD|HK|AU|AUD|CA|CAD|NZ|SG|NT|MX|us|u\.s\.|hk|nz|c)\s?\$\s?|[ACSR]\$"
    rf"|{trie(units.CURRENCY_CODES, ci=False)}\s?(?=[-−]?[0-9.])"
    r"|(?:R[sSpP]|K[Ss]hs?|Shs?)\.?\s?(?=[0-9])"  # "KSh 2bn", "Sh870 million", "Shs 4 trillion": shillings
    # rand and naira: "R62 billion", "R1,200", "N45bn"; not a road, a grade or a mask ("R2", "N95")
    r"|[RN](?=[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])|[0-9]+\.[0-9]{2}(?![0-9])"
    r"|[0-9]+(?:\.[0-9]+)?\s?(?:bn|billion|mn|million|m|tn|trillion)\b))"
)
#: Where a figure can start with a letter: number words, "a"/"an" before a
#: unit or scale, letter currency prefixes. A cheap first check.
_LETTER_WORDS = [*UNITS, *TEENS, *TENS, "half", "minus", "negative", "hundred", "thousand", "million", "billion",
                 "trillion"]
_LETTER_PREFIXES = r"US|U\.|HK|AU|CA|NZ|SG|NT|MX|[ACSR]\$|R[sSpP]|K[Ss]h|Sh|[RN][0-9]|us\s?\$|u\.s|hk\s?\$|nz\s?\$|c\s?\$"
#: Every letter the guard's alternatives can begin with: one class test turns away most words
#: ("in", "with", "people", "would") before the alternatives are tried one by one.
_LETTER_FIRST = "".join(sorted(
    {w[0].lower() for w in _LETTER_WORDS} | {w[0].upper() for w in _LETTER_WORDS} | set("Aa")
    | set("UHACNSMRKuhnc")  # the first letters of _LETTER_PREFIXES
    | {c[0] for c in units.CURRENCY_CODES}
))
_WORDS_FIRST = "".join(sorted({w[0].lower() for w in _LETTER_WORDS} | {w[0].upper() for w in _LETTER_WORDS}))
# Each alternative is a lookahead, so their order does not matter; a one-class test in front of
# each skips its branches one by one for a word that cannot start it.
_LETTER_GUARD = (
    f"(?=[{_LETTER_FIRST}])"
    "(?:" + f"(?=[{_WORDS_FIRST}])" + prefix_guard(_LETTER_WORDS)
    + r"|(?=[Aa][Nn]?\s)"
    + r"|(?=[UHACNSMRKuhnc])(?=" + _LETTER_PREFIXES + ")"
    + "|(?=[" + "".join(sorted({c[0] for c in units.CURRENCY_CODES})) + "])"
    + prefix_guard(units.CURRENCY_CODES, k=2, ci=False) + ")"
)

#: How everything the letter branch of :data:`MASTER` can match begins: web addresses, dates, number
#: words (the first four letters: "for", "this" and "think" are not "forty", "thirty"), "a"/"an"
#: before a unit or scale, letter currencies. Most words ("the", "said", "for") begin with none of
#: them, and one lookahead on this trie turns them away at once, where the branches' own guards
#: would each be tried in turn. It may let through more than the branches take, never less. A
#: trie of single characters (letters in each case listed apart): the engine picks its alternative
#: by the next character without trying the others.
_LETTER_STARTS = trie(sorted(
    {"ht", "ww"}  # _SKIP
    | {"".join(v) for s in [*dates.LETTER_STARTS, *{w[:4] for w in _LETTER_WORDS}, "a ", "an "]
       for v in product(*((c.lower(), c.upper()) if c.isalpha() else (c,) for c in s))}
    | {"US", "U.", "HK", "AU", "CA", "NZ", "SG", "NT", "MX", "A$", "C$", "S$", "R$", "Rs", "RS", "Rp", "RP", "KS", "Ks", "Sh",
       "us$", "us ", "u.s", "hk$", "hk ", "nz$", "nz ", "c$", "c "}  # _LETTER_PREFIXES ("us\s?\$": "us ")
    | {f"{c}{d}" for c in "RN" for d in "0123456789"}  # rand and naira: "R62 billion", "N45bn"
    | {c[:2] for c in units.CURRENCY_CODES},
    key=lambda w: (w[0].isupper(), w),  # lower case first: most words are
), ci=False)


def _tail(x: str) -> str:
    """Scale, unit, rate and boundary after a number; group names end in ``x``."""
    return (
        r"(?:\s?(?:±|\+/-|\+-)\s?[0-9.]+(?:[eE][-+]?[0-9]+)?)?"
        rf"(?P<scale{x}>{_SCALE}{_SCALE2}?)?"
        rf"(?:(?P<usep{x}>\s?-\s?|\s?|\s+an?\s+|\s+of\s+an?\s+"
        r"|\s+(?:consecutive|straight|successive|more|further|extra|full|whole|unpaid|paid|"
        r"working|additional|billable|business|trading|school)\s+)"  # "six consecutive days", "5.5 unpaid hours"
        rf"(?P<unit{x}>{_CUR_SUFFIX_RE}|{_CURRENCY_WORD_RE}|{_UNIT_WORD_RE}|{_UNIT_SYMBOL_RE})"
        rf"(?P<old{x}>[\s-]olds?(?![A-Za-z]))?"
        rf"(?P<uhalf{x}>\s+and\s+a\s+half(?![A-Za-z-]))?"  # "a year and a half"
        rf"(?:(?:\s+and)?\s+(?P<cents{x}>[0-9]{{1,2}}|{_SMALL_WORD})(?:\s*(?P<centw{x}>(?i:cents?|pence|p))"
        r"(?![A-Za-z])|(?=\s*(?:[.,;!?)]|$)|\s+(?:at|in|for|on|each|apiece|per|and|or|to|from|with|by)\b)))?"
        r")?"
        + "(?:" + _PER_RE.replace("(?P<per>", f"(?P<per{x}>") + ")?"
        + r"(?!(?<=[0-9A-Za-z])[0-9A-Za-z])"
        + r"(?!(?<=[0-9])\.[0-9])"  # never the "1" of "1.5x": a figure does not stop inside a decimal
    )


#: A figure that starts with a digit, a sign, a currency sign or a fraction sign.
_FIG = (
    r"(?P<fig>"
    r"(?P<csign>(?<![\w.,/:)\]-])[-−](?=[$€£¥]))?"
    rf"(?P<cur>{_SYMBOL_CUR})?"
    rf"(?P<sign>{_SIGN})?"
    r"(?:"
    rf"(?P<dnum>(?=[0-9.])(?<![0-9A-Za-z.,/:#])(?<![A-Za-z]-){_DNUM})"
    rf"(?:(?P<xexp>\s?×\s?10\^?[-−+]?[0-9]+|x10(?:\^[-−+]?|[-−])[0-9]+)"
    rf"|(?P<vf>\s?[{_VULGAR}])|\s+(?P<mf_n>[0-9]{{1,2}})/(?P<mf_d>[0-9]{{1,2}})(?![0-9/])"
    r"|(?P<ahalf>\s+and\s+a\s+half)(?![A-Za-z-]))?"  # "3 and a half years"
    rf"|(?P<vonly>(?<![0-9A-Za-z])[{_VULGAR}])"
    rf"|(?<=[$€£₤¥￥₹₽₩₪₫฿₺₴₦₱₡₾₭\s])(?P<wnum>{WORDNUM})"
    r")"
    + _tail("")
    + r")"
)
_FOLD_VALUES = {**{w: int(v) for w, v in UNITS.items() if v >= 2}, **{w: int(v) for w, v in TEENS.items()},
                **{w: int(v) for w, v in TENS.items()}, "hundred": 100, "thousand": 1000}
_FOLD_WORD = "(?i:" + trie(_FOLD_VALUES) + ")"
#: A figure that starts with a letter: "USD 5", "HK$3.2bn", "three people", "a decade".
_FIG_L = (
    r"(?P<fig_l>"
    rf"(?=[A-Za-z]){_LETTER_GUARD}"
    r"(?:"
    rf"(?P<cur_l>{_LETTER_CUR})(?P<sign_l>{_SIGN})?"
    rf"(?:(?P<dnum_l>(?=[0-9.]){_DNUM})|(?P<wcur_l>{WORDNUM}))"
    rf"|(?P<fold_l>(?<![\w-]){_FOLD_WORD}fold)(?![A-Za-z-])"  # "a tenfold rise"
    rf"|(?P<wnum_l>(?<![\w-]){WORDNUM})"
    rf"|(?P<anum_l>(?<![\w-])[Aa][Nn]?)(?=\s+{_A_UNITS}(?![A-Za-z]))"
    r")"
    + _tail("_l")
    + r")"
)

_SKIP = (
    r"(?P<skip>(?:https?://|www\.)[^\s<>\"')\]]+)"
)
_SKIP_NS = (
    r"(?P<skip_ns>[@#][\w.]*\w"
    r"|\+[0-9][0-9 ()./-]{7,}[0-9]"
    r"|(?<![0-9])\(?[0-9]{3}\)?[-. ][0-9]{3}[-.][0-9]{4}(?![0-9])"
    r"|(?<![0-9,.])0[0-9]{3,4} [0-9]{3} ?[0-9]{3,4}(?![0-9])"  # "0800 555 111", "0161 496 0000"
    r"|(?<![0-9.])[0-9]{1,3}(?:\.[0-9]{1,3}){3}(?![0-9]))"
)

#: Every character the branches of :data:`MASTER` that do not start with a letter can start with:
#: "@#+(" and digits (:data:`_SKIP_NS`), digits and apostrophes (dates), signs, currency symbols,
#: digits, "." and fraction signs (:data:`_FIG`). Quotation marks and dashes, the most common
#: characters after a space or a letter in news text besides letters, are turned away at once.
_OTHER_FIRST = "0-9" + "".join(re.escape(c) for c in sorted(set("@#+('’‘-−–." + _CUR_SIGNS + _VULGAR)))

#: The one pattern the pass runs over the text, padded with a newline in
#: front. Each match starts with the one non-letter character *before* a
#: figure (a word start always has one): a pattern that opens with a
#: character class lets the engine skip every other position in C, so
#: letters inside words cost nearly nothing. The next character picks the
#: branches to try: a letter (dates, figures in words, letter currencies,
#: web addresses; :data:`_LETTER_STARTS` says which words can hold one) or
#: one of :data:`_OTHER_FIRST` (digits, signs, symbols).
#: Spans come from the groups.
MASTER = re.compile(
    r"[^A-Za-z]"
    rf"(?:(?={_LETTER_STARTS})(?<![0-9_])"
    rf"(?:(?=[hw]){_SKIP}|{dates.DATE_LETTER}|{_FIG_L})"
    rf"|(?=[{_OTHER_FIRST}])"
    rf"(?:(?=[@#+(0-9]){_SKIP_NS}"
    rf"|(?=[0-9'’‘])(?<![0-9A-Za-z.,/:#])(?<![A-Za-z]-)(?:{dates.DATE_DIGIT})"
    rf"|{_FIG}))"
)
_GROUPS = MASTER.groupindex

# Words after which a bare number is a name or an identifier, not a figure.
_ID_BEFORE = re.compile(
    r"(?:\b(?:Article|Articles|Section|Sections|Chapter|Clause|Rule|Resolution|Amendment|Route|Highway|"
    r"Interstate|Flight|Boeing|Airbus|Level|Category|Room|Number|Windows|iPhone|Galaxy|Model|Type|Phase|"
    r"Stage|Part|Title|Form|Proposition|Prop\.|Channel|Apollo|Vision|Agenda|Pixel|Series|Grade|Pages?|Volume|"
    r"Vol\.|Episode|Season|Version|Gen|Book|Psalm|Psalms|Act|Bill|Unit|Lot|Gate|Platform|Station|Track|Pier|"
    r"Terminal|Block|Floor|Suite|Apt\.|Box|Code|No\.|Nos\.|no\.|No|Nr\.|Fig\.|p\.|pp\.|art\.|sec\.|§|Street|Radio|Formula|"
    r"Precinct|Ward|Apartment|Runway|runway|Downing\s+Street,\s+No\.?|"
    r"Avenue|Ave\.|St\.|Road|Rd\.|Fortune|S&P|FTSE|Russell|Nikkei|Stoxx(?:\s+Europe)?|DAX|CAC|Nasdaq|Hang\s+Seng|"
    r"ASX|MSCI\s+World)\s*|#)$"
)
_ONE_AFTER = re.compile(r"\s*(?:of\b|another\b|other\b|who\b|that\b|which\b|or\s+(?:the\s+)?other\b|day\b|aloud\b|"
                        r"thing\b|way\b|side\b|hand\b|time\b|more\b|point\b|by\s+one\b|-[a-z]|"
                        r"(?:would|could|might|can|should|must|may|will|needs|has|had|does|did)\b)", re.I)
# "a sixth-place finish", "a third term": an ordinal, not a fraction
_ORDINAL_FRACTION = re.compile(
    r"(?:an?|one)\s+(?:third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|twelfth|hundredth|thousandth)", re.I)
_ORDINAL_FOLLOWS = re.compile(
    r"-|\s+(?!(?:of|in|on|at|to|for|from|by|with|and|or|but|than|as|the|a|an|is|was|are|were|less|more|over|"
    r"last|this|since|during|after|before|between|compared|year-on-year|year-over-year|because|due|amid|despite|"
    r"following|thanks|owing|within|under|below|above|among|until|when|while|where|if|so|largely|mainly|partly|"
    r"only|just|already|overall|instead)\b)[a-z]")  # "fell by a third last year", "cut by a third because of"
# "a couple of hundred", "several thousand": no value to give
_VAGUE_BEFORE = re.compile(r"\b(?:of|few|several|many|couple|some)\s+$", re.I)
_RATIO_AFTER = re.compile(r"\s+(?:in|out\s+of)\s+(?:\d|[a-z]+\b)")  # "an estimated one in five adults"
_THE_ADJ_ONE = re.compile(r"\b(?:the|a|an|this|that|every|each)\s+[A-Za-z][a-z-]+\s+$", re.I)
_ONE_BEFORE = re.compile(r"(?:\b(?:no|any|every|each|the|this|that|which|only|other|some|last|next|"
                         r"same|single|little|big|new|old)\s+)$", re.I)
_A_UNIT_BEFORE = re.compile(r"\b(?:for|within|in|over|after|than|about|nearly|almost|around|lasted|took|"
                            r"last|past|spent|least|only|just|barely|some)\s+$", re.I)
_CRICKET_FORMAT = re.compile(r"\s+(?:international|internationals|century|centuries|cricket|series|cup|format|side|"
                             r"squad|game|games|match|matches|final|debut|career|runs|wickets)\b", re.I)
_PERIOD_BEFORE = re.compile(r"\b(?:for|in|past|last|next|consecutive|straight|successive|previous|first)\s+$", re.I)
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+)?$", re.I)
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:about\s+|around\s+|roughly\s+|some\s+|the\s+ages\s+of\s+)?$", re.I)
_TO_BEFORE = re.compile(r"\bto\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|between\s+)?$", re.I)
# "fell to 7% last year from 11%", "rose to $4,850 this week, from $2,100", "to 81% on Wednesday, from a typical 94%"
# "to 90% of GDP from 85%", "to 18% of capacity, from 64%": what the share is of, before the earlier figure
_SHARE_OF = r"(?:\s+of\s+(?:(?:the|its|their)\s+)?[A-Za-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)?"
_TIME_THEN_FROM = re.compile(_SHARE_OF + r"\s*(?:(?:last|this|next)\s+\w+|in\s+[A-Z]\w+|on\s+[A-Z]\w+)?,?\s*(?:(?:up|down)\s+)?from\s*"
                             r"(?:(?:a|an|its|the)\s+(?:peak|high|low|record|average)\s+of\s+|"
                             r"(?:a|an)\s+(?:typical|usual|normal)\s+)?", re.I)  # "from a peak of"
# "to 70% of GDP by 2032, from 118%": a target year between the level and the earlier figure
_BY_YEAR_THEN_FROM = re.compile(_SHARE_OF + r"\s+(?:by|in)\s+(?:the\s+end\s+of\s+)?\d{4},?\s+(?:(?:up|down)\s+)?from\s+"
                                r"(?:about\s+|around\s+)?")
_DATE_THEN_FROM = re.compile(r"\s+in\s+[A-Z][a-z]+\.?(?:\s+\d{4})?,?\s+(?:(?:up|down)\s+)?from\s+(?:about\s+|around\s+)?")
# who an unnamed source is: the lexicon's anonymous heads and trades, and a few more ("one employee said")
_SOURCE_NOUNS = ANONYMOUS_HEADS | OCCUPATIONS | frozenset("employee member expert".split())
# people above or below an age: "people under 35", "children under five", "those aged over 65"
_PEOPLE_UNDER_BEFORE = re.compile(r"\b(?:people|children|adults|those|anyone|patients|women|men|workers|voters|"
                                  r"drivers|residents|kids|teenagers|pupils|girls|boys|babies|infants|everyone)\s+"
                                  r"(?:aged\s+)?(?:under|over|below|above|younger\s+than|older\s+than)\s+$", re.I)
# an age the law sets: "the retirement age for women to 63", "the voting age is 16"
_AGE_OF_BEFORE = re.compile(r"\b(?:retirement|pension|pensionable|voting|drinking|school-leaving|minimum|legal|marriageable)"
                            r"\s+age\b[^.;\d]{0,40}?\b(?:to|at|from|of|is|was|be|as)\s+$", re.I)
_ONE_SAYS = re.compile(rf"\s+(?:{SAID_FORMS}|described|called|claimed)\b")
# "one Sao Paulo-based broker said", "one senior official told": one unnamed source, no count
_ONE_SOURCE_SAYS = re.compile(rf"(?:\s+[\w'\u2019-]+){{0,4}}?\s+(?:{'|'.join(sorted(_SOURCE_NOUNS))})s?"
                              rf"(?:,?\s+(?:who|familiar|close|with)\b[^.;]{{0,80}}?)?(?:,\s*)?\s+(?:{SAID_FORMS})\b")
_PLURAL_AFTER = re.compile(r"\s+(?:(?!(?:was|is|has|does|says|as|this|its|his|us|yes|plus|thus)\b)[a-z]+s\b|"
                           r"(?:people|children|men|women|others)\b)")
_LIST_MARK_AFTER = re.compile(r"[.)]\s+[A-Z\"\u201c]")
_FAR_YEAR = re.compile(r"2[1-5]00|21[0-9]0")
_BY_IN_YEAR_BEFORE = re.compile(r"\b(?:by|in|before)\s+$")
_QUALIFIED_TO = re.compile(r"\s+(?:of|per|a|an)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+to\s+(?:about\s+|around\s+|roughly\s+)?")
_COMMA_FROM = re.compile(_SHARE_OF + r",\s+(?:up\s+|down\s+)?from\s+(?:about\s+|around\s+|an?\s+(?:previous|earlier|prior)\s+)?")
_QUALIFIER_END = re.compile(r"\s+(?:about|around|roughly|nearly|almost|(?:more|less|fewer)\s+than|just\s+(?:over|under))$")
_IN_DATE = re.compile(r"(?:\s+[a-z]+){0,2}?\s+(?:in|on|during|since|for)\s+(?:fiscal\s+|the\s+(?:(?:financial|fiscal|tax|school)\s+)?year\s+"
                      r"(?:to|ending|ended|through)\s+|the\s+)?")  # "£142m in the year to March, down from £168m"
_TO_QUALIFIED = re.compile(r"\s+to\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|(?:more|less|fewer)\s+than\s+)?")
_UP_FROM_AFTER_DATE = re.compile(r",?\s+(?:(?:revised|marked|cut|raised)\s+)?(?:up|down)\s+from\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+)?")
_RANGE_FROM = re.compile(r"\b(?:range|ranges|ranged|ranging|vary|varies|varied|varying|anywhere)\s+from\s+"
                         r"(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+)?$", re.I)
_ORDINAL_GOAL = re.compile(r"an?\s+(?:second|third|fourth|fifth|sixth)", re.I)
_OF_NEXT = re.compile(r"\s+of\b")
_SCORED_BEFORE = re.compile(r"\b(?:added|adds|scored|scores|netted|nets|grabbed|headed|slotted|fired|made\s+it)\s+$")
_RANGE_SEP = re.compile(r"\s*(?:-|–|‐|to|through|thru|-\s*to|and|or)"
                        r"(?:\s+(?:about|around|roughly|nearly|almost|(?:more|less|fewer)\s+than|just\s+(?:over|under)))?\s*",
                        re.I)  # "from about 400 to nearly 900"
_PLURAL_AFTER = re.compile(r"\s+(?:of\b|[a-z]+s\b|people\b|children\b|men\b|women\b)")

_ORDINAL_AFTER = re.compile(r"[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)\b", re.I)
_NAME_AFTER = re.compile(r" [A-Z][a-z]")
_NOT_NAME_WORDS = frozenset((
    "The A An In On At Of By For And But Some About Nearly Almost Only Just All Over Under Around Roughly "
    "Exactly Another With To From Between After Before Since Until During Than Least Most More Fewer Less "
    "Had Has Have Were Was Are Is Said Says Killed Injured Wounded Arrested Its Their His Her Our Those These"
).split())
_YEAR_TEXT = re.compile(r"(?:1[5-9]|20)[0-9]{2}")
_YEAR_NOUN_AFTER = re.compile(r"\s+(?:levels?|highs?|lows?|peaks?|figures?|prices?|rates?)\b")  # "nearly 2019 levels"
_AMOUNT_WORD_BEFORE = re.compile(r"\b(?:(?:more|fewer|less)\s+than|nearly|almost|roughly|approximately)\s+$", re.I)
_MINUS = "-−–"


class _Fig:
    """A figure being built: the fields of :class:`Number` plus what linking needs."""

    __slots__ = ("start", "end", "value", "value_max", "from_value", "unit", "kind", "date",
                 "bare", "scale", "raw", "currency", "words", "label")

    def __init__(self, start: int, end: int, value: float | None, unit: str | None, kind: str,
                 date: str | None = None, bare: bool = False, scale: float = 1.0,
                 raw: float | None = None, currency: bool = False, words: bool = False) -> None:
        self.start = start
        self.end = end
        self.value = value
        self.value_max: float | None = None
        self.from_value: float | None = None
        self.unit = unit
        self.kind = kind
        self.date = date
        self.bare = bare
        self.scale = scale
        self.raw = raw
        self.currency = currency
        self.words = words
        self.label = False  # a number naming a grade or a school year, never sharing a unit ("grade 4")


def _plain(v: float | None) -> float | int | None:
    """Whole numbers as int (12, not 12.0); others rounded off float noise."""
    if v is None:
        return None
    if v != v or v in (float("inf"), float("-inf")):
        return None
    if abs(v) < 1e18 and float(v).is_integer():
        return int(v)
    return float(f"{v:.12g}")


def parse_digits(s: str) -> float:
    """The value of a number written in digits, with ``,``/``.``/space grouping."""
    s = (s.replace("\u00a0", "").replace("\u202f", "").replace("\u2009", "").replace("'", "")
         .replace("’", "").replace(" ", ""))
    mant, _, exp = s.partition("e") if "e" in s else s.partition("E")
    if "," in mant and "." in mant:
        if mant.rfind(",") > mant.rfind("."):
            mant = mant.replace(".", "").replace(",", ".")
        else:
            mant = mant.replace(",", "")
    elif "," in mant:
        parts = mant.split(",")
        # one comma with other than three digits after it is a decimal comma ("45,00")
        mant = parts[0] + "." + parts[1] if len(parts) == 2 and len(parts[1]) != 3 else mant.replace(",", "")
    elif mant.count(".") > 1:
        mant = mant.replace(".", "")
    value = float(mant)
    if exp:
        value = float(f"{mant}e{int(exp)}")  # "1E400" becomes inf (then no value), never an error
    return value


def _currency_of_prefix(cur: str) -> str:
    c = re.sub(r"\s+", "", cur).upper()
    if c in units.CURRENCY_PREFIXES:
        return units.CURRENCY_PREFIXES[c]
    if c.endswith("$"):
        return units.CURRENCY_PREFIXES.get(c, "USD")
    if c == "RMB":
        return "CNY"
    return c


def _currency_of_word(word: str, scaled: bool) -> str | None:
    low = " ".join(word.lower().split())
    if low in ("pound", "pounds"):
        return "GBP" if scaled else None
    if low in ("crown", "crowns"):
        return "crown" if scaled else None  # "3 crowns" may be teeth or kings; "3.2 billion crowns" is money
    if low in units.CURRENCY_WORDS:
        return units.CURRENCY_WORDS[low]
    for adj, code in units.CURRENCY_ADJECTIVES.items():
        if low.startswith(adj + " "):
            rest = low[len(adj) + 1:]
            if rest in ("pound", "pounds") and adj in units.POUND_ADJECTIVES:
                return code
            if rest in units.CURRENCY_WORDS:
                return code
    return None


def _resolve_unit(unit_text: str, scaled: bool, currency: str | None) -> tuple[str | None, str | None]:
    """(unit, kind) for the unit text that followed a number."""
    u = unit_text
    if u in units.CURRENCY_SUFFIX_SIGNS:
        return units.CURRENCY_SUFFIX_SIGNS[u], "money"
    if u in units.CURRENCY_CODES:
        return ("CNY" if u == "RMB" else u), "money"
    code = _currency_of_word(u, scaled or currency is not None)
    if code:
        return code, "money"
    hit = units.unit_for_word(u)
    if hit:
        return hit
    return None, None


_PRICE_BEFORE = re.compile(r"\b(?:price|prices|cost|costs|paid|pay|pays|fine|fined|salary|wage|worth|sold|bought|"
                           r"fell|rose|budget|revenue|income|earn|earns|earned|rent|fee|charged?|spent|spend)\b", re.I)
_MONEY_NOUN_AFTER = re.compile(r"\s+(?:[a-z-]+\s+)?(?:bonus|bonuses|deal|contract|fine|payout|pay-?off|salary|budget|"
                               r"investment|loan|grant|fee|fees|settlement|package|bill|payment|donation|award|prize|"
                               r"fund|subsidy|bailout|windfall|mortgage|debt|pension|compensation)\b")
_DAY_OF_DATE = re.compile(r"-(\d\d)$")  # "--03-14", "2026-03-14": the day
_DAY_RANGE_SEP = re.compile(r"\s*(?:-|\u2013|to|through|thru|until)\s*")  # not "June 11 and 12": two days
_WORD_AFTER = re.compile(r"[A-Za-z]+")
_TIME_AFTER = re.compile(_WHEN_NOT_RATE)
_CHANGE_BY_BEFORE = re.compile(
    r"\b(?:rose|rises|fell|falls|climbed|dropped|gained|lost|jumped|slipped|declined|increased|decreased|grew|"
    r"shrank|surged|tumbled|slid|rallied|sank|soared|plunged|weakened|strengthened|firmed|eased|softened|"
    r"advanced|retreated|appreciated|depreciated|edged\s+(?:up|down|higher|lower))\s+"
    r"(?:by\s+)?(?:about\s+|some\s+|nearly\s+|almost\s+|roughly\s+|(?P<most>as\s+much\s+as\s+|up\s+to\s+))?$|\bby\s+$")
# ("raises the rate by 1.2 cents to 68.4"; "weakened as much as 1.3% to 11.42", but "as much as 10% to 15%" is a range)
_WORD_AFTER_SPACE = re.compile(r"[ \t]+([a-z]+)")
# lower-case words that may follow "... and a half" when the half is the figure's, not a noun's
_AFTER_A_HALF = frozenset(
    "ago later earlier before after since behind ahead in on of to and or but for at by with from than as into "
    "over under until when while the a an this that its his her their long old away more less".split())


_INCH_AFTER = re.compile(r"\s?(?:in|inches|inch)(?![A-Za-z])|\s?(?:\"|\u2033|\u201d)(?!\w)")


def _figure_from_match(m: re.Match[str], text: str, x: str) -> list[_Fig]:
    """The figure(s) in one figure match (a run of number words can hold several).

    ``x`` is the suffix of the branch's group names ("" or "_l").
    """

    def g(name: str) -> str | None:
        key = name + x
        return m.group(key) if key in _GROUPS else None

    def gstart(name: str) -> int:
        return m.start(name + x)

    out: list[_Fig] = []
    cur = g("cur")
    currency = _currency_of_prefix(cur) if cur else None
    start = gstart("fig")
    end = m.end("fig" + x)
    words = False
    if g("dnum") is not None:
        d = g("dnum")
        if "/" in d:
            num, den = d.split("/")
            if int(den) == 0 or int(num) >= int(den) or d in ("24/7", "9/11", "7/7"):
                return []
            value = int(num) / int(den)
        else:
            value = parse_digits(d)
        if g("xexp"):
            exp = re.sub(r"[^0-9+\-−]", "", g("xexp").split("10", 1)[1]).replace("−", "-")
            value *= 10.0 ** int(exp or 0)
        if g("vf"):
            value += VULGAR_VALUES[g("vf").strip()]
        if g("ahalf"):
            value += 0.5
        if g("mf_n"):
            den = int(g("mf_d"))
            if den == 0 or int(g("mf_n")) >= den:
                return []
            value += int(g("mf_n")) / den
    elif g("fold") is not None:
        value = _FOLD_VALUES[g("fold")[:-4].lower()]
        return [_Fig(start, m.end("fold" + x), value, "times", "count", raw=value, words=True)]
    elif g("vonly") is not None:
        value = VULGAR_VALUES[g("vonly")]
    elif g("anum") is not None:
        # "a decade", "for a year": one of a time unit
        unit_word = (g("unit") or "").lower()
        if unit_word not in _A_UNIT_WORDS or g("usep").strip():
            return []
        if unit_word in ("year", "month", "week", "day", "hour", "minute") and not g("uhalf") \
                and not _A_UNIT_BEFORE.search(text, max(0, start - 12), start):  # but "a year and a half ago"
            return []
        if unit_word not in units.TIME_UNITS and _A_UNIT_THEN_NOUN.match(text, m.end("unit" + x)):
            return []  # "a barrel room", "a pound we can't spend": the unit word is no measure here
        value = 1
    else:
        wname = "wnum" if g("wnum") is not None else "wcur"
        run = g(wname) or ""
        run_start = gstart(wname)
        after = run_start + len(run)
        if text[after:after + 1] == "-" and (cut := AND_A_FRACTION_END.search(run)) is not None \
                and (w := _WORD_AFTER.match(text, after + 1)) is not None and _resolve_unit(w.group(), False, None)[0] is None:
            # "half a dozen and a half-hearted apology": the half is a word's (but "a half-hour meeting")
            run = run[:cut.start()]
            end = run_start + len(run)
        parts = parse_word_run(run)
        if not parts:
            return []
        for ps, pe, pv in parts[:-1]:
            out.append(_Fig(run_start + ps, run_start + pe, pv, None, "count", bare=True, raw=pv, words=True))
        ps, pe, value = parts[-1]
        start = run_start + ps if not cur else start
        if run[pe:].strip().lower() == "quarters" or run.rstrip().lower().endswith("quarters") and 0 < value < 1 \
                and not text.startswith(" of ", run_start + len(run.rstrip())) \
                and _PERIOD_BEFORE.search(text, max(0, run_start - 14), run_start):  # "for three quarters in a row"
            value = value * 4 if value < 1 else value
            # "in five quarters": not 5/4 (parse_word_run leaves a fraction above one), a duration
            out.append(_Fig(run_start + ps, run_start + len(run.rstrip()), value, "quarter", "duration", raw=value,
                            words=True))
            return out
        if run_start + pe < run_start + len(run.rstrip()):
            # the run ended in something that is not part of the last number
            # ("one, two and"): the unit cannot attach across it.
            out.append(_Fig(run_start + ps, run_start + pe, value, None, "count", bare=True, raw=value,
                            words=True))
            return out
        words = True
    if (g("sign") and g("sign") in _MINUS) or g("csign"):
        value = -value
    elif not words and not cur and (neg := _MINUS_WORD.search(text, max(0, start - 10), start)) is not None:
        value, start = -value, neg.start()  # "minus 5 degrees"
    raw = value
    scale_text = g("scale")
    scale = 1.0
    unit_text = g("unit")
    unit: str | None = None
    kind: str | None = None
    if scale_text:
        parts_ = scale_text.replace("-", " ").split()
        first = parts_[0]
        low = first.lower()
        if first in ("m", "mm") and not currency:
            after = text[m.end("scale" + x):m.end("scale" + x) + 30]
            is_million = first == "m" and (unit_text is not None or _PLURAL_AFTER.match(after) is not None)
            if not is_million:
                # "100m sprint", "5mm": metres, not millions
                unit, kind = ("m", "quantity") if first == "m" else ("mm", "quantity")
                if unit_text is not None:
                    end = gstart("usep") if gstart("usep") >= 0 else end
                    unit_text = None
                scale_text = None
            else:
                scale = 1e6
        elif first in ("T",) and not currency:
            scale = 1e12
        else:
            scale = units.SCALE_WORDS.get(low, 1.0)
        if scale_text and len(parts_) > 1:
            scale *= units.SCALE_WORDS.get(parts_[-1].lower(), 1.0)
        value = value * scale
    per_text = g("per")
    if unit_text and g("usep").lstrip()[:3] == "of " and (value >= 1 or currency or scale_text):
        unit_text, per_text, end = None, None, gstart("usep")  # "one of a kind": only a fraction is "of a" unit
    if unit_text and g("usep").strip().lower() in ("a", "an") and _TIME_AFTER.match(text, m.end("unit" + x)):
        unit_text, end = None, gstart("usep")  # "Rs 349 crore a year earlier": when, not a rate
    if unit_text and g("usep").strip().lower() in ("a", "an") and (g("wnum") or "").lower() != "half":
        # "£1,250 a month" is a rate; "two a day" is not "two days"
        per_text = unit_text
        unit_text = None
        if not currency:
            end = gstart("usep")
            per_text = None
    if unit_text:
        u = unit_text.strip()
        # "312,400 crowns": a bare "crowns" is money from a thousand up (teeth or titles come fewer)
        unit, kind = _resolve_unit(u, scale_text is not None or value is not None and value >= 1000
                                   and u.lower() in ("crown", "crowns")
                                   and _PRICE_BEFORE.search(text, max(0, start - 60), start) is not None, currency)
        if unit is not None and u.lower() == "real" and _WORD_JOINED_AFTER.match(text, m.end("unit" + x)) \
                and (g("wnum") is not None or text.startswith("-", m.end("unit" + x))):
            unit = kind = None  # "one real-terms pay rise", "the one real chance": the adjective, not Brazil's money
        if unit is None:
            end = gstart("usep")
        elif kind == "money" and unit in ("cent", "pence") and currency:
            unit = currency
        elif unit == "pound" and g("usep") == "-" and _MONEY_NOUN_AFTER.match(text, m.end("unit" + x)):
            unit, kind = "GBP", "money"  # "a 620,000-pound bonus": sterling; "a 400-pound bear" weighs
        elif kind == "money" and currency is None:
            currency = unit
    if currency and kind != "money":
        if unit is not None and kind in ("quantity", "duration", "count"):
            unit = f"{currency}/{unit}"
        else:
            unit = currency
        kind = "money"
    if g("cents") and unit == "pound" and (g("centw") or "").lower() in ("pence", "p"):
        unit, kind = "GBP", "money"  # "1 pound 45 pence": sterling, whatever the verb
    if g("cents") and unit == "foot" and not g("centw") and " and " not in text[m.end("unit" + x):gstart("cents")]:
        inches = g("cents")
        if inches.isdigit() and int(inches) < 12:
            value = value + int(inches) / 12  # "6 foot 4", "5 ft 6 in": feet and inches
            if (inch := _INCH_AFTER.match(text, end)) is not None:
                end = inch.end()
    if g("cents") and kind == "money" and unit not in ("cent", "pence"):
        c = g("cents")
        cv = float(c) if c.isdigit() else (parse_word_run(c) or [(0, 0, 0.0)])[-1][2]
        if cv < 100:
            value = value + cv / 100
    if g("uhalf"):
        nxt = _WORD_AFTER_SPACE.match(text, m.end("uhalf" + x))
        if nxt is not None and nxt.group(1) not in _AFTER_A_HALF:
            end = gstart("uhalf")  # "10 km and a half marathon": the half is the next noun's
        else:
            value += 0.5  # "a year and a half [ago]", "two hours and a half", "a kilo and a half"
    if g("old") and unit in ("year", "month", "week", "day"):  # "a six-month-old baby" is an age too
        kind = "age"
    if per_text and kind != "percent":
        per = per_text.lower()
        per = units.TIME_UNITS.get(per, {"annum": "year", "liter": "litre"}.get(per, per))
        per = _ENERGY_PER.get(per, per)  # "per megawatt-hour", "per MWh": one symbol
        if unit:
            unit = f"{unit}/{per}"
        elif currency:
            unit = f"{currency}/{per}"
    bare = unit is None and not currency and not scale_text
    if kind is None:
        kind = "count"
        d = g("dnum")
        if bare and d and _YEAR_TEXT.fullmatch(d) and not g("sign") \
                and not (_AMOUNT_WORD_BEFORE.search(text, max(0, start - 20), start)
                         and not _YEAR_NOUN_AFTER.match(text, end)):
            kind = "year"  # but "fewer than 2000 supporters", "nearly 1500 homes": counts
        elif bare and d and _FAR_YEAR.fullmatch(d) and _BY_IN_YEAR_BEFORE.search(text, max(0, start - 12), start) \
                and not _YEAR_NOUN_AFTER.match(text, end) and not _COUNTED_NOUN_AFTER.match(text, end):
            kind = "year"  # "could rise 1 metre by 2100", "in 2300": a year in a projection
    if kind == "year":
        q = dates.QUALIFIER_BEFORE.search(text, max(0, start - 40), start)
        if q:  # "early 2025", "the first half of 2024": a period, so a date
            return [*out, _Fig(q.start(), end, None, None, "date", date=g("dnum"))]
        fig = _Fig(start, end, value, None, "year", date=g("dnum"), bare=True, raw=raw)
    else:
        fig = _Fig(start, end, value, unit, kind, bare=bare, scale=scale, raw=raw,
                   currency=currency is not None, words=words)
    out.append(fig)
    return out


def _scan(text: str, start: int, end: int) -> list[_Fig]:
    figs: list[_Fig] = []
    for m in MASTER.finditer(text, start, end):
        lg = m.lastgroup
        if lg == "fig" or lg == "fig_l":
            figs.extend(_figure_from_match(m, text, "" if lg == "fig" else "_l"))
            continue
        if lg is None or lg.startswith("skip"):
            continue
        if m.group("tm") is not None or m.group("tm24") is not None:
            t = dates.time_from_match(m)
            if t:
                figs.append(_Fig(t[1], t[2], None, None, "time", date=t[0]))
            continue
        if m.group("dec") is not None:
            y = int(m.group("dec_y")) if m.group("dec_y") else dates.two_digit_year(int(m.group("dec_yy")))
            if m.group("dec_yy") and y >= 2000 and y > 2030:
                y -= 100
            figs.append(_Fig(m.start("dec"), m.end("dec"), y, None, "year", date=str(y)[:3]))
            continue
        if m.group("yr") is not None:
            a = int(m.group("yr_a"))
            bt = m.group("yr_b")
            b = int(bt) if len(bt) == 4 else (a // 100) * 100 + int(bt)
            if len(bt) == 2 and b < a:
                b += 100
            if b > a and (len(bt) == 4 or b == a + 1):
                f = _Fig(m.start("yr"), m.end("yr"), a, None, "year", date=f"{a}/{b}")
                f.value_max = b
                figs.append(f)
            elif len(bt) == 2 and 1 <= int(bt) <= 12 and m.group("yr_s") == "-":
                figs.append(_Fig(m.start("yr"), m.end("yr"), None, None, "date",
                                 date=dates.iso(a, int(bt))))
            else:
                figs.append(_Fig(m.start("yr_a"), m.end("yr_a"), a, None, "year", date=str(a)))
            continue
        d = dates.date_from_match(m)
        if d:
            when, ds, de = d
            if m.group("mid") is None:
                q = dates.QUALIFIER_BEFORE.search(text, max(start, ds - 40), ds)
                if q:
                    ds = q.start()
                elif m.group("bm") is not None and (
                        (m.group("bm") == "May" and not dates.PREP_BEFORE.search(text, max(start, ds - 30), ds))
                        or _NAME_AFTER.match(text, de)):
                    continue  # "May" alone is too often the verb; "June Carter" is a name
            figs.append(_Fig(ds, de, None, None, "date", date=when))
    return figs


_CROWNS = frozenset("SEK NOK DKK CZK ISK".split())


def _inherit(a: _Fig, b: _Fig) -> bool:
    """Let the two ends of a range or change share scale and unit; False when they do not fit.

    "between 3 and 5 million" (3 takes "million"), "12-15%" (12 takes "%"),
    "$10-15" (15 takes "USD"), "from 2 million to 3 million barrels".
    """
    if a.kind in ("date", "time") or b.kind in ("date", "time"):
        return False
    if a.label or b.label:
        return False  # "a grade 4 or above, down from 58%": a grade is no share
    if (a.kind == "year") != (b.kind == "year"):
        return False
    if a.unit and b.unit and a.unit != b.unit and not b.unit.startswith(a.unit + "/") \
            and not a.unit.startswith(b.unit + "/") \
            and not ({a.unit, b.unit} & {"crown"} and {a.unit, b.unit} & _CROWNS):
        return False  # "up 2% to $610 million": a change and a level, nothing shared
    if a.unit == "%" and b.unit is None and b.value is not None and abs(b.value) > 100:
        return False  # "rising 3% to 10,000 cars"
    if a.scale == 1.0 and b.scale != 1.0 and a.raw is not None and b.raw is not None and abs(a.raw) < abs(b.raw):
        a.value = a.raw * b.scale
        a.scale = b.scale
    if {a.unit, b.unit} & {"crown"} and {a.unit, b.unit} & _CROWNS:
        a.unit = b.unit = (a.unit if a.unit in _CROWNS else b.unit)  # "3.2 billion Swedish crowns from 2.9 billion crowns"
    for f, g in ((a, b), (b, a)):
        if f.unit is None and g.unit == "%" and f.words and f.value is not None and 0 < f.value < 1:
            f.value *= 100  # "fewer than half of pupils, down from 58%": 50%
    if a.unit is None and b.unit is not None:
        a.unit, a.kind, a.currency = b.unit, b.kind, b.currency
    elif b.unit is None and a.unit is not None:
        b.unit, b.kind, b.currency = a.unit, a.kind, a.currency
    elif a.unit and b.unit and a.unit != b.unit and b.unit.startswith(a.unit + "/"):
        a.unit = b.unit  # "$40,000-$50,000 a year"
    elif a.unit and b.unit and a.unit != b.unit and a.unit.startswith(b.unit + "/"):
        b.unit = a.unit  # "fell to $214 a tonne from $231": the same per-tonne price
    a.bare = b.bare = False
    return a.unit == b.unit or a.kind == "year"


_A_SCALE = re.compile(r"(?i:an?\s+(?:hundred|thousand|million|billion|trillion))\b")


_VERB_BEFORE_RATIO = re.compile(r"\b(?!estimated\b|reported\b|projected\b|expected\b)[a-z]+(?:ed|ied)\s+$|\b(?:won|lost|killed|hit|beat|took|made|got|ranked|scored|"
                                r"found|held|left|saw|met|kept|set)\s+$")
_RATIO_BETWEEN = re.compile(r"\s+(?:in|out\s+of)\s+", re.I)  # "one in five", "four out of 10"
_RATE_BASES = frozenset((100, 1000, 10000, 100000, 1000000))
_RATE_BASE_NUMBER = re.compile(r"\d+(?:[,.]\d+)*(?:\s?(?:thousand|million))?")
_RATE_BASE_NOUN = re.compile(_RATE_BASE_NUMBER.pattern + r"(?:\s+(?:people|person-years|persons?|residents|population|"
                             r"inhabitants|adults|children|women|men|live\s+births|births|patients|workers|pupils|"
                             r"students|deliveries))?")
_HALF_UNIT_AFTER = re.compile(r"(?:hour|minute|day|week|month|year|century|decade|mile|point|percent|dozen|million|"
                              r"billion|kilo|pound|litre|liter|inch|foot|metre|meter)s?\b", re.I)
_OF_THE = re.compile(r"\s+of\s+(?:the\s+|all\s+|its\s+|their\s+|some\s+)?")
# a sentence's end, or a new clause: "3.25 per cent, while unemployment is expected to edge up from 3.9 per cent"
# (", and was down from 4.5%": the same subject goes on, no new clause)
_STOP_BETWEEN = re.compile(rf"[.;!?]\s|,\s+(?:{CLAUSE_JOINS})\s(?!(?:was|is|were|are|has|had|have|remained|remains|"
                           r"stood|stands|fell|rose|dropped|climbed|slipped|edged)\b)")
_TO_A_FIGURE = re.compile(r"\s+to\s+(?:about\s+|around\s+|just\s+)?[-+$\u20ac\u00a3\u00a50-9]")
_UP_FROM = re.compile(r"(?<!\S)(?:up|down)\s+from\s+(?:(?:a|its|the)\s+(?:peak|high|low|record)\s+of\s+|the\s+)?"
                      r"(?:(?:about|around|roughly|nearly|almost|some|just)\s+)?$")


# "from 44 last year to 36": a time between the two ends of a change
_TIME_THEN_TO = re.compile(r"\s+(?:(?:last|this|next)\s+(?:year|month|week|quarter|season|spring|summer|autumn|fall|"
                           r"winter)|a\s+year\s+(?:ago|earlier)|(?:in|on)\s+(?:" + CALENDAR_NAMES + r"))\s*,?\s+to\s+"
                           r"(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|just\s+)?")  # not "from £900 in Leeds to"
# no noun of its own after the figure: "from 180 cows to 120 last year", "from 18 storeys to 14 as a result"
_LINK_WORD_AFTER = re.compile(r"\s+(?:last|this|next|in|on|by|since|over|as|after|during|a|an|and|but|with|at|"
                              r"for|under|within|because|when|while|following)\b")
_NOUN_THEN_TO = re.compile(r"\s+(?P<noun>[a-z][a-z-]+s)\s+to\s+")  # "from six productions to four"
# words a number labels rather than counts: "grade 4", "Year 9", "Category 5", "Game 7", "Platform 9"
_LABEL_NOUNS = ("Category|Level|Stage|Tier|Phase|Grade|Band|Year|Class|Division|Group|Round|Week|Day|Game|Match|Race|"
                "Lap|Question|Chapter|Part|Section|Article|Room|Gate|Platform|Terminal|Route|Highway|Line|Unit|Ward|"
                "District|Zone|Area|Block|Floor|No|Number")
_LABEL_BEFORE = re.compile(rf"\b(?:{_LABEL_NOUNS}|grade|level|stage|tier|band)\s+$")  # not "last year 9 people"


def _join_ratios(figs: list[_Fig], text: str) -> list[_Fig]:
    """"One in five jobs", "four out of 10 voters": one share, a fraction like "a third"."""
    out: list[_Fig] = []
    for b in figs:
        a = out[-1] if out else None
        if a is not None and a.kind == b.kind == "count" and a.bare and b.bare and not a.label \
                and a.value is not None and b.value is not None and 1 <= a.value < b.value <= 1000000 \
                and float(a.value).is_integer() and float(b.value).is_integer() \
                and _RATIO_BETWEEN.fullmatch(text, a.end, b.start) \
                and not _VERB_BEFORE_RATIO.search(text, max(0, a.start - 20), a.start):  # not "arrested 12 in 30 raids"
            a.value, a.end = a.value / b.value, b.end
            if a.raw is not None:
                a.raw = a.value
            continue
        out.append(b)
    return out


_PLURAL_NOUN_AFTER = re.compile(r"\s+([a-z]{3,}s)\b")


# between a sum and a bare scaled number that adds to it: "72 million pounds plus 8 million in add-ons"
_PLUS_MORE = re.compile(r",?\s+(?:plus|and|with)\s+(?:a\s+further\s+|another\s+|up\s+to\s+|potentially\s+)?")
# what follows the added sum: "in add-ons", "in bonuses", "more", the sentence's end; not "8 million people"
_MONEY_TAIL = re.compile(r"\s+(?:in\s+(?:add-ons|bonuses|fees|performance|incentives|extras|variables|costs|interest|"
                         r"damages|fines|cash|debt|savings|loans|grants|funding)|more)\b|\s*[.,;]")


def _counted_before(out: list[_Fig], noun: str, text: str, pos: int) -> _Fig | None:
    """The latest bare count before ``pos`` in the same sentence whose next words hold ``noun``."""
    for c in reversed(out[-3:]):
        if c.unit is None and c.value is not None and c.kind == "count" and noun in text[c.end:c.end + 30].split()[:3] \
                and not _STOP_BETWEEN.search(text, c.end, pos):
            return c
    return None


def _link(figs: list[_Fig], text: str) -> list[_Fig]:
    """Join ranges into one figure and mark changes ("from 25% to 15%")."""
    out: list[_Fig] = []
    i = 0
    for f in figs:
        f.label = f.bare and _LABEL_BEFORE.search(text, max(0, f.start - 12), f.start) is not None
    figs = _join_ratios(figs, text)
    n = len(figs)
    while i < n:
        a = figs[i]
        if out and out[-1].value_max is not None and a.value is not None and out[-1].from_value is None \
                and _COMMA_FROM.fullmatch(text, out[-1].end, a.start) \
                and _TO_BEFORE.search(text, max(0, out[-1].start - 30), out[-1].start) and _inherit(out[-1], a):
            out[-1].from_value = a.value  # "guidance to between £1.58bn and £1.62bn, from £1.5bn"
        elif out and out[-1].value_max is not None and a.value is not None and out[-1].from_value is None \
                and (m := _UP_FROM.search(text, out[-1].end, a.start)) is not None \
                and not _STOP_BETWEEN.search(text, out[-1].end, m.start()) and len(text[out[-1].end:a.start]) < 60 \
                and _inherit(out[-1], a):
            out[-1].from_value = a.value  # "spend between €600m and €650m on capital expenditure, up from €520m"
        if i + 1 < n:
            b = figs[i + 1]
            between = text[a.end:b.start]
            if a.kind == "money" and a.unit and b.value is not None and b.kind == "count" and b.unit is None \
                    and b.scale > 1 and _PLUS_MORE.fullmatch(between) and _MONEY_TAIL.match(text, b.end):
                b.unit, b.kind = a.unit, "money"  # "72 million pounds plus 8 million in add-ons": pounds too
            if a.unit == "vote" and b.kind == "count" and b.unit is None and between.strip() in ("to", "against") \
                    and not text[b.end:b.end + 1].isalpha():
                b.unit = "vote"  # "by 214 votes to 187", "14 votes to nine": both sides are votes
            if a.kind == "date" and a.date and (day := _DAY_OF_DATE.search(a.date)) is not None \
                    and b.kind == "count" and b.bare and text[b.start:b.end].isdigit() \
                    and int(day.group(1)) < b.value <= 31 and _DAY_RANGE_SEP.fullmatch(between) \
                    and not _WORD_AFTER_SPACE.match(text, b.end):
                # "from March 14 to 17", "June 3-5": the days of one month, one date range
                a.date = f"{a.date}/{a.date[:day.start(1)]}{int(b.value):02d}"
                a.end = b.end
                out.append(a)
                i += 2
                continue
            if a.words and a.value is not None and 0 < a.value < 1 and b.value is not None and b.words \
                    and between.lower() == " of " and _A_SCALE.match(text, b.start, b.end):
                # "a quarter of a million people": the share of the scale, one figure
                b.value, b.start = a.value * b.value, a.start
                if b.raw is not None:
                    b.raw = b.value
                out.append(b)
                i += 2
                continue
            if between == " per " and a.value is not None and b.value in _RATE_BASES and a.unit in (None, "%") \
                    and not b.currency:
                # "18.0 per 100,000 person-years": one rate, the base and what it counts are its unit
                base = _RATE_BASE_NOUN.match(text, b.start)
                end = base.end() if base else b.end
                a.unit = ((a.unit + " ") if a.unit else "") + "per " + " ".join(text[b.start:end].split())
                num = _RATE_BASE_NUMBER.match(text, b.start)
                a.kind, a.end, a.bare = "rate", num.end() if num else b.end, False  # short: "18.0 per 100,000"
                out.append(a)
                i += 2
                continue
            if a.value is not None and b.value is not None and " from " in between and out and a.unit is None \
                    and b.unit is not None and out[-1].unit == b.unit and out[-1].value is not None \
                    and _OF_THE.fullmatch(text, out[-1].end, a.start) and (m := _UP_FROM.search(between)) is not None \
                    and not _STOP_BETWEEN.search(between, 0, m.start()):
                out[-1].from_value = b.value  # "71 percent of the 8.2 million voters, up from 64 percent": the 71
                out.append(a)
                i += 1
                continue
            if a.kind == "duration" and b.bare and out and out[-1].kind == "count" and out[-1].value is not None \
                    and b.value is not None and " from " in between and (m := _UP_FROM.search(between)) is not None \
                    and not _STOP_BETWEEN.search(text, out[-1].end, a.start + m.start()):
                out[-1].from_value = b.value  # "260,000 homes have been empty for over six months, up from 205,000"
                out.append(a)
                i += 1
                continue
            if a.value is not None and b.value is not None and b.unit is None and a.unit is not None \
                    and " from " in between and _UP_FROM.search(between) is not None \
                    and (noun := _PLURAL_NOUN_AFTER.match(text, b.end)) is not None \
                    and (c := _counted_before(out, noun.group(1), text, b.start)) is not None:
                # "64 breeding pairs across the 3,200-hectare moor, up from 41 pairs": the 64 changed, in pairs
                c.from_value = b.value
                out.append(a)
                i += 1
                continue
            if a.value is not None and b.value is not None and " from " in between and (
                    m := _UP_FROM.search(between)) is not None and not _STOP_BETWEEN.search(between, 0, m.start()) \
                    and _inherit(a, b) and not _TO_A_FIGURE.match(text, b.end):  # ("came down from 25% to 15%")
                if out and text[out[-1].end:a.start] == " of " and out[-1].value is not None:
                    out[-1].from_value = b.value  # "54 of 100 seats, down from 58": the 54 changed
                else:
                    a.from_value = b.value  # "rose to 7.9%, up from 7.1%", "6.8 million tonnes ..., up from 5.9 million"
                out.append(a)
                i += 1
                continue
            if a.value is not None and b.value is not None and len(between) > 12 \
                    and _TIME_THEN_FROM.fullmatch(between) and _TO_BEFORE.search(text, max(0, a.start - 30), a.start) \
                    and ("," not in between or a.unit is not None) \
                    and _inherit(a, b):
                a.from_value = b.value  # "fell to 7% last year from 11% in 2021"
            if a.value is not None and b.kind in ("date", "year") and i + 2 < n and figs[i + 2].value is not None \
                    and (_DATE_THEN_FROM.fullmatch(text, a.end, figs[i + 2].start)
                         or b.kind == "year" and _BY_YEAR_THEN_FROM.fullmatch(text, a.end, figs[i + 2].start)
                         and (figs[i + 2].unit is not None or not _PLURAL_AFTER.match(text, figs[i + 2].end))) \
                    and _TO_BEFORE.search(text, max(0, a.start - 30), a.start) and _inherit(a, figs[i + 2]):
                a.from_value = figs[i + 2].value  # "rose to 5.2% in March from 4.9% in February"
            if a.value is not None and b.value is not None and _COMMA_FROM.fullmatch(between) \
                    and _TO_BEFORE.search(text, max(0, a.start - 30), a.start) and _inherit(a, b):
                a.from_value = b.value  # "forecast to $2 billion, from $1.8 billion"
            if a.value is not None and b.kind in ("date", "year") and i + 2 < n \
                    and (c := figs[i + 2]).value is not None and _IN_DATE.fullmatch(text, a.end, b.start):
                if _FROM_BEFORE.search(text, max(0, a.start - 30), a.start) \
                        and _TO_QUALIFIED.fullmatch(text, b.end, c.start) and _inherit(a, c):
                    c.from_value = a.value  # "from 2% in January to 3.1% in February"
                elif _UP_FROM_AFTER_DATE.fullmatch(text, b.end, c.start) and _inherit(a, c):
                    a.from_value = c.value  # "$1.9 trillion in fiscal 2025, up from $1.7 trillion"
            if a.value is not None and b.value is not None and _QUALIFIED_TO.fullmatch(between) \
                    and _FROM_BEFORE.search(text, max(0, a.start - 30), a.start) and a.kind != "year" and _inherit(a, b):
                b.from_value = a.value  # "from 2,300 tonnes of steel to 3,150 tonnes", "from 2 euros per trip to 2.5"
            if len(between) <= 20 and a.value is not None and b.value is not None:
                before = text[max(0, a.start - 30):a.start]
                sep = _RANGE_SEP.fullmatch(between)
                if sep:
                    word = _QUALIFIER_END.sub("", between.strip().lower())
                    if word == "or":
                        # "four or five shots", "30 or 40 people": a rough count is a range
                        if a.kind == "count" and a.unit is None and (b.kind == "count" or b.unit is not None) \
                                and 0 < a.value < b.value <= 3 * a.value \
                                and a.words == b.words and _inherit(a, b):
                            a.value_max, a.end = b.value, b.end
                            out.append(a)
                            i += 2
                            continue
                    elif word == "and":
                        if _BETWEEN_BEFORE.search(before) and _inherit(a, b) and a.value <= b.value:
                            a.value_max, a.end = b.value, b.end
                            out.append(a)
                            i += 2
                            continue
                    elif _FROM_BEFORE.search(before) and a.kind != "year" and _RANGE_FROM.search(before) \
                            and word == "to" and a.value <= b.value and _inherit(a, b):
                        a.value_max, a.end = b.value, b.end  # "could range from $18 billion to $26 billion"
                        out.append(a)
                        i += 2
                        continue
                    elif _FROM_BEFORE.search(before) and a.kind != "year":
                        if _inherit(a, b):
                            b.from_value = a.value
                    elif word in ("-", "–", "‐", "to", "through", "thru", "- to", "-to") or word.startswith("-"):
                        if a.kind == "year" and b.kind != "year":
                            pass
                        elif word == "to" and (m_by := _CHANGE_BY_BEFORE.search(before)) \
                                and (a.unit is not None or not m_by.group().startswith("by") and "by" in m_by.group()
                                     and b.value >= 4 * a.value) \
                                and (not m_by.group().startswith("by") or b.value >= 4 * a.value) \
                                and not (m_by.group("most") and b.unit == a.unit):
                            pass  # "fell 2 points to 45", "by 1.2 cents to 68.4 cents": a change, then a level
                        elif (a.value <= b.value or a.kind == "year") and _inherit(a, b) and a.value <= b.value:
                            a.value_max, a.end = b.value, b.end
                            if a.kind == "year":
                                a.date = f"{a.date}/{b.date}" if a.date and b.date else a.date
                            out.append(a)
                            i += 2
                            continue
                elif _TIME_THEN_FROM.fullmatch(between) and _TO_BEFORE.search(before) \
                        and ("," not in between or a.unit is not None) and _inherit(a, b):
                    a.from_value = b.value  # "rose to 5.25% from 5%", "fell to 7% last year from 11%"
                elif _TIME_THEN_TO.fullmatch(between) and _FROM_BEFORE.search(before) and a.kind != "year" \
                        and _inherit(a, b):
                    b.from_value = a.value  # "fell from 44 last year to 36", "from £2.50 next month to £2.80"
                elif (noun := _NOUN_THEN_TO.fullmatch(between)) is not None and _FROM_BEFORE.search(before) \
                        and a.kind == b.kind == "count" and a.unit is None and b.unit is None and not a.label \
                        and (_WORD_AFTER_SPACE.match(text, b.end) is None or _LINK_WORD_AFTER.match(text, b.end)
                             or text[b.end:b.end + len(noun.group("noun")) + 1].strip() == noun.group("noun")):
                    b.from_value = a.value  # "cut its season from six productions to four"
        out.append(a)
        i += 1
    _from_across(out, text)
    return out


def _from_across(out: list[_Fig], text: str) -> None:
    """"rose 4% in the three months to June, up from 3.1%": a figure "up from" another changed the last
    figure of its kind in the clause, past the durations and dates between them."""
    for k, f in enumerate(out):
        if k < 2 or f.value is None or f.unit is None or _UP_FROM.search(text, max(0, f.start - 60), f.start) is None \
                or _TO_A_FIGURE.match(text, f.end):
            continue  # (not "will come down from 25% to 15%": the start of a change of its own)
        for c in reversed(out[max(0, k - 4):k]):
            if c.from_value == f.value or _STOP_BETWEEN.search(text, c.end, f.start) \
                    or _UP_FROM.search(text, max(0, c.start - 60), c.start) is not None:
                break  # not "Sanders is up from 37% in January and Clinton is down from 49%"
            if c.unit == f.unit and c.kind == f.kind and c.value is not None and c.value_max is None \
                    and c.from_value is None and not c.label:
                c.from_value = f.value
                break


# an earthquake's size: "magnitude 6.8", "a 6.8-magnitude quake", "6.8 on the Richter scale"
_MAGNITUDE_BEFORE = re.compile(r"\b[Mm]agnitude[- ]$")
_QUAKE_NEXT = re.compile(r"(?:-magnitude)?\s+(?P<q>(?:earthquake|quake|tremor|aftershock)s?)\b")
_MAGNITUDE_AFTER = re.compile(r"[- ]magnitude\b|\s+on\s+the\s+Richter\s+scale\b")


def _keep(f: _Fig, text: str) -> bool:
    """False for a bare number that is a name, an identifier or a pronoun."""
    if f.kind == "duration" and text[f.start:f.end].lower() == "one-day" and _CRICKET_FORMAT.match(text, f.end):
        return False  # "a one-day international", "his third one-day century": a format of the game
    if f.unit == "point" and f.words and text[f.start:f.end].lower() == "one point" and \
            text[max(0, f.start - 3):f.start].lower() == "at ":
        return False  # the idiom "at one point"
    if f.words and _ORDINAL_TIME.fullmatch(text, f.start, f.end):
        return False  # "for a third day", "a second year": which one, not a fraction of it
    if f.kind == "duration" and text[f.start:f.start + 2].lower() in ("a ", "an") and f.value == 1 \
            and _TIME_AFTER.match(text, f.end):
        return False  # "than a year earlier", "a month ago": when the comparison is set, no figure
    if f.words and _ORDINAL_GOAL.fullmatch(text, f.start, f.end) and not _OF_NEXT.match(text, f.end) \
            and _SCORED_BEFORE.search(text, max(0, f.start - 12), f.start):
        return False  # "Blake added a third in stoppage time": the third goal, not a fraction
    if f.kind in ("year", "count") and f.unit is None and _NAMED_NUMBER_BEFORE.search(text, max(0, f.start - 24), f.start):
        return False  # "Resolution 1701", "France 24": a number that names something
    if f.kind == "count" and f.unit is None and f.value is not None and f.value_max is None \
            and _MODEL_DIGITS.fullmatch(text, f.start, f.end) and text[f.end:f.end + 1] not in ("-", "\u2011") \
            and (model := _MODEL_BEFORE.search(text, max(0, f.start - 40), f.start)) is not None \
            and not _NOT_A_MODEL.match(model.group("w")):
        return False  # "the Nova 9 goes on sale", "24.5 million Nova 8 handsets": a model's name
    if f.kind == "count" and f.unit is None and text[f.start - 1:f.start] == " " and _INDEX_AFTER.match(text, f.end) \
            and (prev := text[max(0, f.start - 30):f.start].split()[-1:]) and prev[0][:1].isupper() \
            and prev[0].lower() not in _QUANTITY_LEADS and not prev[0].endswith(("'s", "\u2019s")):
        return False  # "the benchmark Velmora 40 index", "the Nikkei 225 Index": an index's name
    if f.kind == "count" and f.unit is None and (f.value_max is not None or text[f.start - 1:f.start] in ("-", "\u2013")) \
            and _ID_BEFORE.search(_NUMBER_DASH_END.sub("", text[max(0, f.start - 30):f.start])):
        return False  # "No. 23-1184", "Section 18-2": a docket or section number, no range
    if f.kind == "count" and f.unit is None and _GROUP_OF.search(text, max(0, f.start - 12), f.start):
        return False  # "Group of Seven", "Group of 20": a name
    if f.bare and f.kind in ("count", "year"):
        for m in _PHONE.finditer(text, max(0, f.start - 16), min(len(text), f.end + 14)):
            if m.start() <= f.start < m.end():
                return False
    if f.words and text[f.start:f.end].split()[0].lower() in ("hundred", "thousand", "million", "billion") \
            and _VAGUE_BEFORE.search(text, max(0, f.start - 12), f.start):
        return False  # "several thousand people", "a few hundred residents": no value to give
    if f.words and f.unit is not None and (lead := _ORDINAL_FRACTION.match(text, f.start, f.end)) is not None \
            and lead.end() < f.end and _ORDINAL_FOLLOWS.match(text, lead.end()):
        return False  # "A third person said": the next one, its noun taken as the unit
    if not f.bare or f.kind != "count":
        return True
    if not f.words and text[f.start - 1:f.start] == "\n" and _LIST_MARK_AFTER.match(text, f.end):
        return False  # "1. What is the levy?", "2) How many homes": a list's numbering
    if f.words and text[f.start:f.end].lower() == "one" and _ONE_SAYS.match(text, f.end):
        return False  # "One said the mood was grim": one of them, a pronoun
    if f.words and text[f.start:f.end].lower() == "one" and _ONE_SOURCE_SAYS.match(text, f.end):
        return False  # "one Sao Paulo-based broker said": who spoke, not how many
    if not f.words and _STREET_AFTER.match(text, f.end):
        return False
    before = text[max(0, f.start - 24):f.start]
    if _ID_BEFORE.search(before) or _NUMBER_TO_CALL.search(text, max(0, f.start - 45), f.start) \
            and not _COUNTED_NOUN_AFTER.match(text, f.end):
        return False  # "call 101", "incident number 1147"; not "call 10,000 voters"
    if not f.words and text[f.start:f.end] in _EMERGENCY_NUMBERS and text[f.end:f.end + 1] != "-" \
            and not _PLURAL_AFTER_NUMBER.match(text, f.end):
        return False  # "the 911 dispatch software", "could not reach 911": the emergency line, no count
    if f.value == 0 and text[max(0, f.start - 4):f.start].lower() == "net ":
        return False  # "net zero": a goal, not a count
    if f.words and f.value == 0.5 and text[f.end:f.end + 1] == "-" and text[f.start:f.end].lower().endswith("half") \
            and not _HALF_UNIT_AFTER.match(text, f.end + 1):
        return False  # "a half-empty cafe", "half-price", "his half-brother"; not "a half-hour show"
    if f.words and text[f.end:f.end + 1] == "-" and _COMPOUND_AFTER.match(text, f.end + 1):
        return False  # "a two-party-preferred basis", "a two-state solution", "one-sided"
    if f.words:
        after = text[f.end:f.end + 24]
        if text[f.start].isupper():
            # "Ground Zero", "Air Force One": a number word inside a name
            prev = text[max(0, f.start - 24):f.start].split()
            if prev and prev[-1].istitle() and prev[-1].isalpha() and prev[-1] not in _NOT_NAME_WORDS:
                return False
            if f.unit is None and (nxt := _CAPITAL_NAME_AFTER.match(text, f.end)) is not None \
                    and not nxt.group(1).endswith("s") and nxt.group(1).lower() not in _NOT_NAME_WORDS_AFTER \
                    and not NATIONALITY_END.search(nxt.group(1)) \
                    and not _PLURAL_HEAD_AFTER.match(text, nxt.end(1)):
                return False  # "One Nation's Beverley Hendry", "Three Mile Island": a name, not a count
        if _ORDINAL_AFTER.match(after) and (after[:1] == "-" or text[f.start:f.end].split()[-1].lower() in TENS):
            return False  # "twenty-first century", "twenty first" (but "five first-time buyers" are five)
        words = text[f.start:f.end]
        if _ORDINAL_FRACTION.fullmatch(words) and _ORDINAL_FOLLOWS.match(after):
            return False
        if words.split()[0].lower() in ("hundred", "thousand", "million", "billion", "trillion") and \
                _VAGUE_BEFORE.search(text, max(0, f.start - 12), f.start):
            return False
        if f.value == 1 and (_ONE_AFTER.match(after) or _ONE_BEFORE.search(text[max(0, f.start - 12):f.start])
                             or _THE_ADJ_ONE.search(text, max(0, f.start - 30), f.start)
                             and not _RATIO_AFTER.match(after)):
            return False  # "the Chinese one", "a new one": a pronoun
        if f.value == 0.5 and text[f.start:f.end].lower() == "half":
            prev = text[max(0, f.start - 12):f.start].lower()
            if re.search(r"(?:first|second|other|the|and|back|latter|former)\s+$", prev):
                return False
    return True


_ORDINAL_TIME = re.compile(
    r"(?i:an?|the)\s+(?i:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?i:straight\s+|consecutive\s+)?"
    r"(?i:day|week|month|year|quarter|session|time|term|season|night|round)")
# "Resolution 1701", "France 24": names a number is part of, whether it reads as a year or a count
_NUMBER_DASH_END = re.compile(r"\d+[-\u2013]$")
_GROUP_OF = re.compile(r"\bGroup\s+of\s+$")
_QUANTITY_LEADS = frozenset("some nearly about around almost roughly over more fewer the its their only just".split())
# "One Nation's Beverley Hendry", "director of One Wisconsin Now, said": a name (a possessive, or a run of
# capitals that ends the phrase); not "One California delegate", "One Sunday in 2001"
_CAPITAL_NAME_AFTER = re.compile(r" ([A-Z][a-z]+)(?:['\u2019]s\b|(?:\s+[A-Z][\w'\u2019-]*)*(?=\s*[,.;:)]))")
# "Two Supreme Court justices", "Six Gannett newspapers", "Two House Committees": a count of a plural noun
_PLURAL_HEAD_AFTER = re.compile(r"(?:\s+[A-Z][\w'\u2019-]*)*?(?:s\b|\s+[a-z]+s\b)")
# "One Canadian", "Two Democrats": people of a nation or a party, counted (nationalities in -an, -ese ... apart)
_NOT_NAME_WORDS_AFTER = frozenset("democrat republican labour tory conservative liberal briton scot dane swede pole "
                                  "finn turk greek swiss".split())
_INDEX_AFTER = re.compile(r"\s+(?:index|Index|share\s+index|stock\s+index)\b"
                          r"(?!\s+(?:funds?|trackers?|options|futures|products|providers|investors|investing)\b)")
_NAMED_NUMBER_BEFORE = re.compile(r"\b(?:Resolution|Resolutions|Article|Section|section|Rule|Protocol|Directive|Regulation|"
                                  r"France|Channel|Radio|Apollo|Formula|FM|Hot|Russell|Flight|[Ff]light\s+[A-Z]{1,3}|[A-Z][\w-]+\s+flight)\s+$")  # "flight SM 482"
# a product named by a word and a number: "the Nova 9", "its Nova 8", "million Nova 8 handsets"
_MODEL_BEFORE = re.compile(r"(?:\b(?i:the|its|their|a|an|new|latest|million|thousand|billion)|['\u2019]s)\s+"
                           r"(?P<w>[A-Z][a-z]{2,}[A-Za-z]*(?<!s))\s+$")  # not "the Greens 4": a party's tally
_MODEL_DIGITS = re.compile(r"\d{1,3}")
_NOT_A_MODEL = re.compile(rf"(?:{CALENDAR_NAMES}|{_LABEL_NOUNS})$")  # "June 9", "Game 7": a date or a label
# "call 101", "quoting incident number 1147", "dial 999": a number to ring or quote
_NUMBER_TO_CALL = re.compile(r"\b(?:call|calling|dial|dialing|dialling|dialled|dialed|ring|phone|text|quoting|reference|"
                             r"ref\.?|incident|crime|case|number|no\.|log|ID|passcode|access\s+code|PIN|extension|"
                             r"ext\.)\s+(?:number\s+|no\.?\s+)?$"
                             # "call Eastshire Police on 101"
                             r"|\b(?:call|calling|ring|phone|contact)\s+(?:[A-Z][\w'\u2019-]*\s+){1,4}on\s+$", re.I)
# "1-800-555-0142", "(212) 555-0199", "555-0142": a telephone number, none of its parts a figure
_PHONE = re.compile(r"(?<![\w.])(?:\+?1[-.\s])?(?:\(\d{3}\)\s?|\d{3}[-.])\d{3}[-.]\d{4}(?!\d)|(?<![\w.-])\d{3}-\d{4}(?![\d-])"
                    r"|(?<![\w.])1[38]00[ -]?\d{3}[ -]?\d{3}(?![\d])"  # Australian "1800 679 737"
                    r"|(?<![\w.])0\d{2,4}[ -]\d{3,4}[ -]?\d{3,4}(?![\d])")  # British "0800 123 4567", "020 7946 0000"
# "2218 E. Mercer St.", "the 1400 block of Garner Avenue": an address, no figure
_STREET_AFTER = re.compile(r"\s+(?:block\s+of\b|(?:[NSEW]\.?\s+)?(?:(?!(?:On|In|At|Of|To|For|The|And|Is|A|Words)\b)"
                           r"[A-Z][\w'\u2019-]*\s+){1,3}"
                           r"(?:St|Street|Ave|Avenue|Road|Rd|Blvd|Boulevard|Lane|Ln|Drive|Dr|Way|Court|Ct|Place|Pl|"
                           r"Parkway|Pkwy|Highway|Hwy|Terrace|Crescent|Close)\b(?=\.?\s*(?:[,;)]|$|\.\s|\n|\s+(?:in|and|on|near|at|"
                           r"is|was)\b)))")  # but "40 High Court judges", "100 Wall Street executives": a count
_COUNTED_NOUN_AFTER = re.compile(r"\s+(?!(?:or|and|to|for|if|from|on|quoting|after|before|when|then|at|in|by)\b)[a-z]{3,}")
_EMERGENCY_NUMBERS = frozenset(("911", "999"))
_PLURAL_AFTER_NUMBER = re.compile(r"\s+(?:[a-z]+\s+)?[a-z]+s\b(?!\s+(?:software|system|line|operators?|centre|center))")
_COMPOUND_AFTER = re.compile(r"(?:party|state|way|sided|faced|tier|tiered|horse|edged|track|nation|sum|tolerance)\b")
_PERSON_AFTER_AGE = re.compile(r",\s+(?:he|she|I|[A-Z][a-z]+\s+(?:is|was|has|had|still|became|left|joined|won|moved)\b)")
_AGE_WORD_BEFORE = re.compile(r"(?:\b(?:turns|turned|turning|aged|age)\s+|\bage\s+of\s+|(?:^|[.!?]\s+|\n)At\s+"
                              r"|\bwho\s+(?:is|was)\s+|,\s+now\s+"
                              r"|\b(?:[Dd]ies|[Dd]ied|[Rr]etired|[Rr]etires|left\s+school|[Mm]arried|emigrated)\s+at\s+"
                              r"|\b(?:[Hh]e|[Ss]he)\s+(?:was|is)\s+)$")
# "Sir James, now 89,", "the pope, now 88,": a name or a person's role before ", now N,"; not "The death toll, now 37,"
_WORD_BEFORE_NOW = re.compile(r"\b[A-Za-z]+$")
_AGED_LIST_BEFORE = re.compile(r"\b(?:aged|ages)\s+\d{1,3}(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)\d{1,3}){0,6}"
                               r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$")
_AGES_BEFORE = re.compile(r"\b(?:aged|ages|ages\s+of|between\s+the\s+ages\s+of)\s+(?:between\s+)?$")
_CLOCK_AFTER = re.compile(r"\s*(?:a\.?m\.?|p\.?m\.?|o['\u2019]clock|on\b|in\s+the\s+(?:morning|evening|night|afternoon)|:\d)",
                          re.I)  # "died at 11 on Tuesday night": a time
_WHEN_WAS_BEFORE = re.compile(r"\bwhen\s+(?:he|she|they|I|we)\s+was\s+$")  # "died in 1970, when she was 33, leaving"
_AGE_AFTER_WAS = re.compile(r"(?:[.!?;]|\s+when\b|\s+years\s+old\b)")  # "She was 94." "he was 5 when ..."
_LOWER_NEXT = re.compile(r"\s+[a-z]")
_PERSON_NEXT = re.compile(r"\s+(?:has|had|is|was|who|a|an|said|says|told|died|lives|lived|works|worked|won|became|spent|plays|"
                          r"leads|scored|took\s+office|made|gave|got|went|came|left|met|held|sat|stood|spoke|wrote|"
                          r"broke|began|sold|bought|built|drove|flew|grew|knew|saw|sent|sought|taught|thought|"
                          r"threw|wore|kept|found|paid|will|would|could|can|must|also|now|still|remains|did|does|denies|denied|"
                          r"admits|admitted|faces|faced|pleaded|lost|fled|fell|[a-z]{3,}ed)\b")
_NAME_COMMA_BEFORE = re.compile(r"(?:(?P<first>[A-Z][a-z]+)\s+)?(?P<last>[A-Z][\w'\u2019-]+),\s$")


def _is_age(text: str, f: _Fig) -> bool:
    """A whole number under 120 between commas right after a person's name."""
    if not (isinstance(f.value, (int, float)) and 0 < f.value < 120 and float(f.value).is_integer()
            and text[f.start:f.end].isdigit()):
        return False
    m = _NAME_COMMA_BEFORE.search(text, max(0, f.start - 40), f.start)
    if m is None:
        # "the pope, 69, was in good health", "the mayor, 58, would not stand"
        role = _ROLE_COMMA_BEFORE.search(text, max(0, f.start - 30), f.start)
        return role is not None and role.group(1) in _AGED_ROLES and _LOWER_NEXT.match(text, f.end + 1) is not None
    if gender_of_first_name(m.group("first") or m.group("last")) is not None:
        return True
    # otherwise what follows must go on about the person: "Anneli Rud, 44, grows wheat"; not a list of
    # parties or teams ("Labour Party, 44, Green Party, 12")
    if m.group("first") is None:  # a surname alone: "Carver, 58, has pleaded", "Marlow, 44, a former principal"
        return _PERSON_NEXT.match(text, f.end + 1) is not None and m.group("last").lower() not in ORG_WORDS
    return m.group("first") not in _NOT_FIRST_NAMES \
        and _LOWER_NEXT.match(text, f.end + 1) is not None and m.group("last").lower() not in ORG_WORDS


_ROLE_COMMA_BEFORE = re.compile(r"\b[Tt]he\s+(?:[A-Za-z-]+\s+){0,2}?([a-z]+),\s$")  # "The Veltrian leader, 61,"
_AGED_ROLES = TITLE_WORDS | OCCUPATIONS | frozenset("pope pontiff actor actress singer star player striker suspect victim "
                                                    "defendant driver man woman boy girl".split())
# capitalised words before a place that are no first name: "In Oslo, 12, ..."
_NOT_FIRST_NAMES = frozenset("In At On For From By With After Before During Since Until The A An Of And But Near "
                             "Outside Inside Across Around To New North South East West Central Greater".split())


# a leading character class lets the engine skip ahead in C; the lookbehind is checked at a digit only
_SCORE = re.compile(r"[0-9](?<![\w.,/:$\u00a3\u20ac-][0-9])[0-9]{0,2}[-\u2013][0-9]{1,3}(?![\w/%:-]|[.,][0-9])")
_SCORE_BEFORE = re.compile(
    r"\b(?:beat|beats|beaten|beating|defeat(?:ed|s|ing)?|won|win|wins|winning|lost|lose|loses|losing|drew|draw|drawn|"
    r"trail(?:s|ed|ing)?|edged|thrashed|routed|overcame|scored|tied|vote[ds]?|voting|"
    r"margin|decision|ruling|ruled|passed|approved|rejected|upheld|score|scoreline|result)\b[^.;!?\n0-9]{0,30}$"
    r"|\b(?:leads?|leading|led|trails?|trailing)\s+$"  # "Labor leads 51-49"; not "leads a 10-12 member panel"
    r"|\b(?:leads?|leading|led|trails?|trailing|tied|level)\s+(?:the|their|its)\s+(?:[a-z-]+\s+)?series\s+$"  # "lead the series 3-2"
    r"|\b(?:went|improved\s+to|fell\s+to|dropped\s+to|moved\s+to)\s+$"  # a team's record: "improved to 12-5"
    r"|(?-i:[A-Z][\w.'\u2019-]+),\s+$", re.I)  # "Atlanta, 31-22, are ...": a record between commas
_NOT_SCORE_NEXT = re.compile(
    r"\s+(?:(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|[a-z]+s\b(?<!\bwins)(?<!\blosses))")
_SCORE_AFTER = re.compile(
    r"\s*(?:[a-z]+-[a-z]+\s+)?(?:win|wins|victory|defeat|loss|draw|lead|vote|votes|decision|ruling|majority|margin|"
    r"home|away|scoreline|triumph|thrashing|drubbing|result|record|run|streak)\b"  # "a 31-24 bonus-point win"
    r"|\s+down\s+at\s+(?:half-time|half\s+time|halftime|the\s+break|the\s+interval)\b"  # "from 17-10 down at half-time"
    r"|\s+(?:in\s+the\s+(?:playoffs|postseason|regular\s+season)|this\s+season|on\s+the\s+season|at\s+home|"
    r"on\s+the\s+road|in\s+(?:their|its|his|her)\s+last\s+\w+)\b"  # a record: "6-0 in the playoffs"
    r"|\s+at\s+(?:half-time|half\s+time|halftime|the\s+break|the\s+interval)\b"
    r"|\s+in\s+the\s+(?:first|second|third|fourth|fifth|final|deciding|opening)\s+(?:set|game|half|quarter|period|"
    r"inning|innings|frame)\b|\s+in\s+the\s+(?:third|fourth|fifth|decider|tiebreak|tie-break|tie\s+break)\b",
    re.I)  # "at 5-4 in the second set", "at 5-5 in the tiebreak"


_NEXT_SET = re.compile(r"\)?,?\s*\(?")
_NEXT_SET_AFTER_TIE = re.compile(r"\s?\([0-9]{1,2}\),?\s*[0-9]{1,2}[-\u2013][0-9]")  # another set follows
_TIEBREAK = re.compile(r"\s?\([0-9]{1,2}\)")  # "7-6(5)", "7-6 (5)": the tiebreak's loser's points, part of the set
# a line that is only two names and a score between them (a name may not be a month: "Dec. 17-18")
_TEAM_WORD = (r"(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s|"
              r"(?:To|In|Of|For|On|At|By|With|From|Is|Are|Will|Seek|Seeks|Cut|Cuts|Aged|Hours)\b)[A-Z][\w.'\u2019&-]*")
_TEAM = rf"{_TEAM_WORD}(?: {_TEAM_WORD}){{0,3}}"  # not a headline's "Company To Cut 200-300 Jobs In Ohio"
_RESULT_LINE = re.compile(rf"\s*{_TEAM} [0-9]{{1,3}}[-\u2013][0-9]{{1,3}} {_TEAM}(?::[^\n]*)?\s*")  # "Leeds 2-0 Hull: ..."
_UNIT_NEXT = re.compile(rf"\s?(?:{_UNIT_WORD_RE}|{_CURRENCY_WORD_RE})")


def _score_at(scores: list[tuple[int, int]], starts: list[int], s: int, e: int) -> tuple[int, int] | None:
    """The score span that overlaps ``[s, e)``, if any (spans are in order and do not overlap)."""
    k = bisect.bisect_right(starts, e - 1) - 1
    if k >= 0 and scores[k][0] < e and s < scores[k][1]:
        return scores[k]
    return None


def _line_end(text: str, pos: int) -> int:
    """Where the line holding ``pos`` ends (its newline, or the end of the text)."""
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _scores(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Scores and tallies: "beat Redfield 3-2", "a 2-0 win", "the 5-4 decision"; not a range ("12-15%",
    "pages 9-11") nor a season ("2015-16")."""
    out: list[tuple[int, int]] = []
    for m in _SCORE.finditer(text, start, end):
        if _UNIT_NEXT.match(text, m.end()) or _NOT_SCORE_NEXT.match(text, m.end()) and not _SCORE_AFTER.match(
                text, m.end()):
            continue  # "due in 3-4 weeks", "5-6 May", "30-40 patients": a range, whatever came before
        if out and _NEXT_SET.fullmatch(text, out[-1][1], m.start()):
            tie = _TIEBREAK.match(text, m.end())
            out.append((m.start(), tie.end() if tie else m.end()))  # "4-6, 7-6 (8-6), 6-4", "7-6(5)": the sets
            continue  # of a match, each a score like the first
        if _SCORE_AFTER.match(text, m.end()) or _SCORE_BEFORE.search(text, max(0, m.start() - 60), m.start()) or (
                _RESULT_LINE.fullmatch(text, text.rfind("\n", 0, m.start()) + 1, _line_end(text, m.end()))
                and not _ID_BEFORE.search(text, max(0, m.start() - 20), m.start())):
            tie = _TIEBREAK.match(text, m.end()) if _NEXT_SET_AFTER_TIE.match(text, m.end()) else None
            out.append((m.start(), tie.end() if tie else m.end()))  # also a result line: "Ashfield Rovers 2-1
            # Redbridge Athletic"; "won 7-6(5), 6-3": the first set with its tiebreak
    return out


def find_numbers(text: str, start: int = 0, end: int | None = None,
                 skip: Sequence[tuple[int, int]] = ()) -> list[Number]:
    """Every figure in ``text[start:end]``, in text order, none overlapping a ``skip`` span.

    Each item satisfies ``text[item.start:item.end] == item.text``.
    """
    if end is None or end > len(text):
        end = len(text)
    start = max(0, start)
    if start >= end:
        return []
    # Work on the text with a newline in front (see MASTER): padded offsets
    # are one more than the text's.
    ptext = "\n" + text
    figs = _link(_scan(ptext, start, end + 1), ptext)
    result: list[Number] = []
    finder = ContextFinder(ptext, start + 1, end + 1)
    skips = sorted(skip)
    last_end = -1
    scores = _scores(ptext, start + 1, end + 1) if "-" in text or "\u2013" in text else []
    score_starts = [a for a, _ in scores]
    for f in figs:
        s, e = f.start - 1, f.end - 1
        if f.unit == "times" and (cap := text.find(" Times", s, e)) >= 0:
            f.unit, f.end, e = None, cap + 1, cap  # "10 Times Square", "the 2 Times reporters": a name, no multiple
        if s < start or e > end or s >= e or s < last_end:
            continue
        if scores and (sc := _score_at(scores, score_starts, f.start, f.end)) is not None:
            s, e = sc[0] - 1, sc[1] - 1
            if s >= last_end and not (skips and any(a < e and s < b for a, b in skips)):
                last_end = e  # "beat Redfield 3-2", "a 52-48 vote": one score, not two counts or a range
                result.append(Number(text=text[s:e], start=s, end=e, value=None, unit=None, kind="score",
                                     context=finder.context(sc[0], sc[1], "score", None)))
            continue
        if not _keep(f, ptext):
            continue
        if skips and any(a < e and s < b for a, b in skips):
            continue
        if f.kind == "count" and f.bare and (ptext[f.end:f.end + 1] == "," and _is_age(ptext, f) or (
                isinstance(f.value, float | int) and 0 < f.value < 120
                and (age := _AGE_WORD_BEFORE.search(ptext, max(0, f.start - 16), f.start)) is not None
                and (not age.group().rstrip().endswith("At") or _PERSON_AFTER_AGE.match(ptext, f.end))
                and (not age.group().rstrip().endswith(("was", "is")) or _AGE_AFTER_WAS.match(ptext, f.end)
                     or age.group().startswith("who") and ptext[f.end:f.end + 1] == ","  # "who is 68, still"
                     or ptext[f.end:f.end + 1] == "," and _WHEN_WAS_BEFORE.search(ptext, max(0, f.start - 22), f.start))
                and (not age.group().startswith(", now") or (
                    (who := _WORD_BEFORE_NOW.search(ptext, max(0, f.start - 40), age.start())) is not None
                    and (who.group()[0].isupper() or who.group() in _AGED_ROLES)))
                and (age.group().startswith(("aged", "age", ", now")) or not _CLOCK_AFTER.match(ptext, f.end)))):
            f.kind, f.unit = "age", "year"  # "Anneli Rud, 44, grows wheat", "Maria, 34, who ...", "turns 33"
        elif f.kind == "count" and f.bare and isinstance(f.value, float | int) and 0 < f.value < 120 \
                and float(f.value).is_integer() and (
                    ptext[f.end:f.end + 1] == "." and _FULL_NAME_COMMA.search(ptext, max(0, f.start - 50), f.start)
                    and not _LIST_BEFORE.search(ptext, max(0, f.start - 160), f.start)
                    or ptext[f.start - 1:f.start] == "(" and ptext[f.end:f.end + 1] == ")"
                    and _FULL_NAME_PAREN.search(ptext, max(0, f.start - 50), f.start)
                    and _VERB_AFTER_AGE.match(ptext, f.end + 1)):
            f.kind, f.unit = "age", "year"  # 'said Jorge Villa, 52.', "Margaret Hale (71) told The Sun"
        elif f.kind == "count" and f.bare and isinstance(f.value, float | int) and 0 < f.value < 120 and result \
                and result[-1].kind == "age" and _AGED_LIST_BEFORE.search(ptext, max(0, f.start - 60), f.start) \
                and not _PLURAL_AFTER.match(ptext, f.end):  # not "a man aged 45 and two teenagers"
            f.kind, f.unit = "age", "year"  # "Two men, aged 19 and 22": both ages
        elif f.kind == "count" and f.unit is None and f.value_max is not None and f.value_max < 120 \
                and _AGES_BEFORE.search(ptext, max(0, f.start - 24), f.start):
            f.kind, f.unit = "age", "year"  # "patients aged 55 to 84", "between the ages of 18 and 24"
        elif f.kind == "count" and f.unit is None and isinstance(f.value, float | int) and 0 < f.value < 120 \
                and float(f.value).is_integer() and not _PLURAL_AFTER.match(ptext, f.end) and (
                    _PEOPLE_UNDER_BEFORE.search(ptext, max(0, f.start - 40), f.start)
                    or _AGE_OF_BEFORE.search(ptext, max(0, f.start - 60), f.start)
                    or result and result[-1].kind == "age" and ptext[result[-1].end + 1:f.start].strip() in ("from", "to")):
            f.kind, f.unit = "age", "year"  # "people under 35", "the retirement age to 63 from 60", "from 66 to 67"
        elif f.kind == "count" and f.unit is None and f.value is not None and f.value_max is None and (
                _MAGNITUDE_BEFORE.search(ptext, max(0, f.start - 12), f.start) or _MAGNITUDE_AFTER.match(ptext, f.end)):
            f.kind, f.unit = "quantity", "magnitude"  # "a magnitude 6.8 earthquake", "measured 6.8 on the Richter scale"
        last_end = e
        context = quake.group("q") if f.unit == "magnitude" and (quake := _QUAKE_NEXT.match(ptext, f.end)) \
            else finder.context(f.start, f.end, f.kind, f.unit)  # "a magnitude 6.8 earthquake": the earthquake's
        if f.kind == "duration" and f.unit == "year" and context is not None and _AGE_CONTEXT.search(context):
            f.kind = "age"  # "The median age is now 43.6 years": an age, not how long
        result.append(Number(
            text=text[s:e], start=s, end=e,
            value=_plain(f.value), unit=f.unit, kind=f.kind, context=context,
            value_max=_plain(f.value_max), from_value=_plain(f.from_value), date=f.date,
        ))
    if ":" in text:
        result = _race_times(text, start, end, result, finder)
    _minutes_after_hours(text, result, finder)
    if " and " in text or " or " in text or " to " in text or "rom " in text:  # "From 11 to 14 March", "on 4 and 5 June"
        _coordinated_days(text, result)
        _range_years(text, result)
    if " pound" in text:
        _pounds_sterling(text, result)
    _from_value_contexts(text, result)
    return _local_dollars(text, result)


_FROM_BETWEEN = re.compile(r"\bfrom\b")


def _from_value_contexts(text: str, numbers: list[Number]) -> None:
    """"sold 184,500 tickets over its three-week run, up from 151,200 last year": the earlier figure measures what
    the one it is compared with measures (tickets), not the nearest noun before it (the run)."""
    for k, n in enumerate(numbers):
        if n.from_value is None or not n.context:
            continue
        for b in numbers[k + 1:k + 4]:
            if b.start - n.end > 160:
                break
            if b.value == n.from_value and b.kind == n.kind and b.context != n.context \
                    and _FROM_BETWEEN.search(text, n.end, b.start) is not None \
                    and not (b.context and text.find(b.context, b.end, b.end + 40) >= 0) \
                    and not any(c.from_value == b.value for c in numbers if c.start > b.start):
                b.context = n.context  # (not "from 5 percent of the market"; not "from 25% to 15%", the 15%'s)
                break


# money words near "N pounds": paid, fined, salary, compensation, "a year" (weight is "of", "weighed", "lost")
_MONEY_BEFORE_POUNDS = re.compile(r"\b(?:paid|pay|pays|paying|fined|fine|salary|salaries|wage|wages|earn|earns|earned|"
                                  r"earning|cost|costs|costing|worth|price|priced|spend|spent|raised|raise|donated|"
                                  r"bonus|fee|fees|budget|compensation|damages|bill|loan|debt|owed|awarded|sum|"
                                  r"charged|charge|rent|income|grant|prize|jackpot)\b[^.;!?]{0,30}$", re.I)
_MONEY_AFTER_POUNDS = re.compile(r"\s+(?:in\s+(?:compensation|damages|fines|costs|fees|wages|bonuses)|"
                                 r"(?:a|per)\s+(?:year|month|week|day|hour)|sterling)\b")
_WEIGHT_NEAR_POUNDS = re.compile(r"\bweigh|\blost\b|\bgained\b|\bheavier\b|\blighter\b", re.I)


def _pounds_sterling(text: str, numbers: list[Number]) -> None:
    """"paid 75,000 pounds in compensation", "a salary of 59,000 pounds a year": British money, not weight;
    "weighed 7 pounds", "3,000 pounds of cargo" stay weights."""
    for n in numbers:
        if not n.unit or n.unit.split("/")[0] != "pound" or n.kind != "quantity":
            continue
        if text[n.end:n.end + 3] == " of" or _WEIGHT_NEAR_POUNDS.search(text, max(0, n.start - 30), n.start):
            continue
        if _MONEY_BEFORE_POUNDS.search(text, max(0, n.start - 40), n.start) or _MONEY_AFTER_POUNDS.match(
                text, n.end - len(n.unit.split("/", 1)[1]) - 3 if "/" in n.unit else n.end):
            n.unit = "GBP" + n.unit[len("pound"):]
            n.kind = "money"


# "the results were: Ann Cole, 41; Tom Reyes, 38; Maria Lopez, 12.": a list of tallies, not of ages
_LIST_BEFORE = re.compile(r"\b(?:results?|votes?|points|scores?|goals|seats|tally|tallies)\b[^.!?]*;[^.!?]*$", re.I)
_VERB_AFTER_AGE = re.compile(r"\s+(?:[a-z]+ed|said|says|told|tells|was|is|has|had|who|,)\b")
_FULL_NAME_COMMA = re.compile(r"\b[A-Z][\w'\u2019-]+\s+[A-Z][\w'\u2019-]+,\s$")
_FULL_NAME_PAREN = re.compile(r"\b[A-Z][\w'\u2019-]+\s+[A-Z][\w'\u2019-]+\s\($")
_DAY_JOIN = (" and ", " or ", " & ")
_DAY_JOIN_WEEKDAY = re.compile(r"\s+(?:and|or|&)\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+")
_DAY_RANGE_JOIN = re.compile(r"\s*(?:-|\u2013)\s*|\s+(?:to|until|through)\s+")
_FROM_DAY_BEFORE = re.compile(r"\b(?:from|between|for|on|over|during)\s+$", re.I)
_ISO_DAY = re.compile(r"(.*-\d\d-)(\d\d)$")
_MONTH_DAY = re.compile(r"[A-Z][a-z]+\.?\s+\d{1,2}")  # "June 11"
_NOUN_AFTER_DAY = re.compile(r"\s+(?:other\s+|more\s+)?[a-z]+s\b")  # "June 11 and 7 other issues": a count after all


def _coordinated_days(text: str, numbers: list[Number]) -> None:
    """'strikes on 4 and 5 June', 'June 11 and 12': two days of one month, not a count and a date."""
    for a, b in reversed(list(pairwise(numbers))):  # (from the month back: "on 3, 4 and 6 June")
        if text[a.end:b.start] not in _DAY_JOIN and not _DAY_JOIN_WEEKDAY.fullmatch(text, a.end, b.start) and not (
                _DAY_RANGE_JOIN.fullmatch(text, a.end, b.start) and _FROM_DAY_BEFORE.search(text, max(0, a.start - 9), a.start)) \
                and not (text[a.end:b.start] == ", " and b.kind == "date" and b.text.isdigit()):
            continue  # "on Tuesday 11 and Wednesday 12 March", "from 11 to 14 March", "for 18 to 22 August" too
        if a.kind == "count" and a.text.isdigit() and 1 <= int(a.text) <= 31 and b.kind == "date" and b.date \
                and b.text[:1].isdigit() and (iso := _ISO_DAY.match(b.date)) is not None:
            a.kind, a.value, a.unit, a.date = "date", None, None, f"{iso.group(1)}{int(a.text):02d}"
        elif b.kind == "count" and b.text.isdigit() and 1 <= int(b.text) <= 31 and a.kind == "date" and a.date \
                and _MONTH_DAY.fullmatch(a.text) and (iso := _ISO_DAY.match(a.date)) is not None \
                and not _NOUN_AFTER_DAY.match(text, b.end):
            b.kind, b.value, b.unit, b.date = "date", None, None, f"{iso.group(1)}{int(b.text):02d}"


_YEARLESS = re.compile(r"--(\d\d)(-\d\d)?$")
_DATED = re.compile(r"(\d{4})-(\d\d)")


def _range_years(text: str, numbers: list[Number]) -> None:
    """"from 11 July to 2 August 2026", "between September and December 2025": the year written once, at the
    end, is the first date's too (a year earlier when its month comes later: "from December 12 to January 3,
    2026")."""
    for a, b in pairwise(numbers):
        if a.kind != "date" or b.kind != "date" or not a.date or not b.date \
                or (ya := _YEARLESS.match(a.date)) is None or (yb := _DATED.match(b.date)) is None:
            continue
        between = text[a.end:b.start]
        if not (between in _DAY_JOIN or between.strip() in ("-", "\u2013")
                or _DAY_RANGE_JOIN.fullmatch(between) and _FROM_DAY_BEFORE.search(text, max(0, a.start - 9), a.start)):
            continue  # "in May and June 2024", "May\u2013June 2024", "from 11 July to 2 August 2026"
        year = int(yb.group(1)) - (int(ya.group(1)) > int(yb.group(2)))
        a.date = f"{year}-{ya.group(1)}{ya.group(2) or ''}"


_COMPACT_HOURS = re.compile(r"\d{1,3}\s?(?:h|hr|hrs)")
_COMPACT_MINUTES = re.compile(r"\d{1,2}m")


def _minutes_after_hours(text: str, result: list[Number], finder: ContextFinder) -> None:
    """In "took 17h 20m" the "m" after a number of hours is minutes, not metres."""
    for a, b in pairwise(result):
        if (b.unit == "m" and a.unit == "hour" and text[a.end:b.start] == " "
                and _COMPACT_HOURS.fullmatch(a.text) and _COMPACT_MINUTES.fullmatch(b.text)
                and b.value is not None and b.value < 60):
            b.unit, b.kind = "minute", "duration"
            b.context = finder.context(b.start + 1, b.end + 1, "duration", "minute")


# "won in 2:04:35", "ran 3:51.42": a time taken, hours:minutes:seconds or minutes:seconds.hundredths
# after no word character, colon or dot (finditer_where; a lookbehind would enter it at every character)
_AFTER_NO_WORD_COLON_OR_DOT = after_non_word_or(":.")
_RACE_TIME = re.compile(r"(?:(\d{1,2}):([0-5]\d):([0-5]\d)(\.\d{1,3})?|(\d{1,2}):([0-5]\d)(\.\d{1,3}))(?![\w:])")


def _race_times(text: str, start: int, end: int, result: list[Number], finder: ContextFinder) -> list[Number]:
    """A race time is a duration in seconds, not a clock time ("2:04:35" is 7,475 seconds, "3:51.42" 231.42)."""
    times = []
    for m in finditer_where(_RACE_TIME, text, _AFTER_NO_WORD_COLON_OR_DOT, start, end):
        if m.group(1) is not None:
            secs = int(m.group(1)) * 3600 + int(m.group(2)) * 60 + int(m.group(3)) + float(m.group(4) or 0)
        else:
            secs = int(m.group(5)) * 60 + int(m.group(6)) + float(m.group(7))
        s, e = m.span()
        times.append(Number(text=text[s:e], start=s, end=e, value=_plain(secs), unit="second", kind="duration",
                            context=finder.context(s + 1, e + 1, "duration", "second")))
    if not times:
        return result
    spans = [(t.start, t.end) for t in times]
    kept = [n for n in result if not any(n.start < e and s < n.end for s, e in spans)]
    return sorted(kept + times, key=lambda n: n.start)


# dollars of one country named with their prefix ("A$85 million"): a bare "$" in the same article is theirs
_DOLLAR_PREFIXES = {"A$": "AUD", "AU$": "AUD", "C$": "CAD", "CA$": "CAD", "NZ$": "NZD"}
_US_DOLLARS = re.compile(r"US\$|\bUSD\b|U\.S\. dollars?|\bUS dollars?")


def _local_dollars(text: str, numbers: list[Number]) -> list[Number]:
    """"$1,000 per adult, part of an A$85 million package": an article that names Australian (Canadian,
    New Zealand ...) dollars with their prefix and never American ones means its own with a bare "$"."""
    prefixed = [n for n in numbers if n.unit and n.text.lstrip("-+~(").startswith(tuple(_DOLLAR_PREFIXES))]
    codes = {n.unit.split("/")[0] for n in prefixed}
    dateline = False
    if "$" in text and (city := _DOLLAR_DATELINE.search(text, 0, 600)) is not None \
            and codes <= {_DATELINE_DOLLARS[city.group(1).upper()]}:
        codes = {_DATELINE_DOLLARS[city.group(1).upper()]}  # "CANBERRA — the government's $12 billion package"
        dateline = True  # (and "OTTAWA — ... C$2 billion. Provinces will add $1 billion": Canadian too)
    if len(codes) != 1 or _US_DOLLARS.search(text) or _CONVERTED.search(text):
        return numbers  # "A$1.5 billion ($980 million)": the bare dollars are American
    code = codes.pop()
    # a writer who marks local dollars "A$" marks them each time: a bare "$" is local only in the sentence of
    # one so marked ("$1,000 per adult, part of an A$85 million package"), not elsewhere ("Only 17% of the
    # $700 million pledged had been disbursed. Australia would contribute A$45 million.")
    marked = {sentence_start_before(text, 0, n.start) for n in prefixed}
    for n in numbers:
        if n.unit and n.unit.split("/")[0] == "USD" and n.text.lstrip("-+~(").startswith("$") \
                and not n.unit.endswith(_COMMODITY_UNITS) \
                and (dateline or sentence_start_before(text, 0, n.start) in marked):  # oil is priced in US dollars
            n.unit = code + n.unit[3:]
    return numbers


_DATELINE_DOLLARS = {
    **dict.fromkeys(("CANBERRA", "SYDNEY", "MELBOURNE", "BRISBANE", "PERTH", "ADELAIDE", "HOBART", "DARWIN"), "AUD"),
    **dict.fromkeys(("OTTAWA", "TORONTO", "MONTREAL", "VANCOUVER", "CALGARY", "EDMONTON", "WINNIPEG"), "CAD"),
    **dict.fromkeys(("WELLINGTON", "AUCKLAND", "CHRISTCHURCH"), "NZD"),
}
# a dateline at the start of a line: "CANBERRA —", "SYDNEY, Nov 26 (Reuters) -"; an article from there counts in
# its own dollars when it writes a bare "$"
# (not "MELBOURNE, Fla." nor a wire's "(Reuters)", which writes A$ and C$ for local dollars)
# (a province or state may follow the city: "EDMONTON, Alberta —", "SYDNEY, New South Wales —")
_DOLLAR_REGIONS = ("Alberta|British Columbia|B\\.C\\.|Ontario|Ont\\.|Quebec|Manitoba|Saskatchewan|Nova Scotia|"
                   "New South Wales|N\\.S\\.W\\.|Victoria|Queensland|Western Australia|South Australia|Tasmania|"
                   "Northern Territory|Australian Capital Territory|A\\.C\\.T\\.|Canada|Australia|New Zealand")
_DOLLAR_DATELINE = re.compile(r"(?:^|\n)\s*(" + "|".join(_DATELINE_DOLLARS) + r")(?:,\s+(?:" + _DOLLAR_REGIONS + r"))?"
                              r"(?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s+[\u2014\u2013-]+\s")
_CONVERTED = re.compile(r"\(\s*(?:about\s+|around\s+|roughly\s+)?\$\d")
_COMMODITY_UNITS = ("/barrel", "/ounce", "/oz", "/tonne", "/ton", "/bushel", "/pound", "/gallon", "/mmbtu")
