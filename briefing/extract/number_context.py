"""What a figure measures: a short phrase taken from the figure's sentence.

Heuristics, in order:

1. "X of NP" right after the figure: "3.5 million tonnes of grain" -> "grain",
   "12% of voters" -> "voters".
2. The figure used as a modifier ("a 12% price cut" -> "price cut", "a
   two-year deal" -> "deal", "a 2024 shipping pact" -> "shipping pact"), and
   the counted noun after a bare number ("50 cars are stored" -> "cars").
3. The subject of the clause: the noun phrase before the verb group the
   figure follows. "EU tariffs on Japanese steel rose from 25% to 15%" -> "EU
   tariffs on Japanese steel"; "wants the annual quota raised from 3.5
   million tonnes" -> "annual quota".

Speed: one :class:`ContextFinder` serves one article. Sentence ends come from
one pass over the text; verbs and clause boundaries from one pass over each
sentence that holds a figure, cached; everything else is a few anchored
matches on short slices.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from briefing.extract.number_regex import trie

_VERB_LIST = ((
    "rose rise rises risen rising fell fall falls fallen falling climbed climbs climb increased increases "
    "increase decreased decreases dropped drops drop jumped jumps surged surges soared soars slumped plunged "
    "plummeted tumbled slid sank grew grows grow growing declined declines gained gains lost loses shed "
    "raised raises lifted lowered reduced reduces reached reaches hit hits topped tops exceeded exceeds "
    "totalled totaled totals totalling totaling amounted amounts stood stands was were is are be been being "
    "will would could can might must shall should has have had having costs cost costing paid pays pay spent "
    "spends spend earned earns made makes sold sells bought buys received receives offered offers wants want "
    "wanted sought seeks estimated estimates expected expects projected forecast forecasts valued accounts "
    "accounted represents represented killed injured displaced affected hired hires employs employed owns "
    "owned holds held controls approved approves allocated pledged promised announced announces proposed "
    "proposes set sets capped imposed imposes levied charged charges fined ordered awarded took takes take "
    "needs needed requires required produced produces exported exports imported imports shipped delivered "
    "saw sees recorded records reported reports posted posts returned lasted lasts ran runs gets got "
    "fetched generated generates contributed contributes borrowed owes owed lent invested invests "
    "doubled tripled halved narrowed widened expanded shrank contracted edged inched advanced retreated "
    "collapsed crashed rebounded recovered averaged averages peaked bottomed dipped eased slipped ended "
    "closed opened finished began started begins starts ends resume resumes expire expires face faces "
    "faced serve serves served sentenced jailed absorb absorbed offer cut cuts said says told tells"
).split())
_ADVERB_LIST = ((
    "not also already still just now recently reportedly only nearly almost about around roughly some more "
    "less to by up down further sharply slightly steadily from at than over under an a the of in on for "
    "with after expected likely due n't"
).split())
_BOUNDARY_LIST = ((
    "and but or while as because that which who whom when where after before if since although though "
    "than according"
).split())
_WORD_KIND = {w: "b" for w in _BOUNDARY_LIST}
_WORD_KIND.update({w: "a" for w in _ADVERB_LIST})
_WORD_KIND.update({w: "v" for w in _VERB_LIST})
_VERBS = trie(_VERB_LIST)
#: One scan of the words before a figure: verbs, adverbs and auxiliary glue,
#: clause words (one trie; the kind comes from _WORD_KIND), punctuation. It
#: opens with one character class so the engine skips letters in C; a
#: punctuation mark is a match of its own with no group set.
_TOKENS_RE = re.compile(
    r"[^A-Za-z](?:(?<=[,;:()\[\]\"“”—–])"
    rf"|(?P<w>{trie(_WORD_KIND)})(?![A-Za-z'’]))"
)
_SENT_END_RE = re.compile(r"[.!?\n](?:(?<=\n)|[\"”’')\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9]))")
_LEAD_DET_RE = re.compile(
    r"^(?:(?:the|a|an|its|their|his|her|our|my|your|this|that|these|those|some|all|both|each|every|"
    r"such|also|then|now|yet|so|still|only)\s+)+",
    re.I,
)
_PRONOUNS = frozenset("it they he she we i you this that there which who what these those".split())
_STOP_AFTER = (
    r"in|on|at|for|to|from|by|with|and|or|but|that|which|who|was|were|is|are|has|have|had|will|would|could|"
    r"said|says|since|after|before|over|under|last|this|next|a|an|the|as|than|per|each|every|of|it|its|"
    r"into|onto|about|against|between|during|within|without|while|if|when|where|because|so|not|be|been|"
    r"more|less|higher|lower|up|down|ago|earlier|later|old|apiece|off|away|out|back|also|again|his|her|"
    r"their|our|we|they|he|she|i|you|there|here|then|now|year|years"
)
_OF_NP_RE = re.compile(
    r"\s+of\s+((?:(?:the|its|their|his|her|our)\s+)?[\w'’-]+(?:\s+(?!(?:" + _STOP_AFTER + r")\b)[\w'’-]+){0,3})"
)
_NP_AFTER_RE = re.compile(
    rf"[ -]((?!(?:{_STOP_AFTER})\b)[a-z][\w'’-]*(?:\s+(?!(?:{_STOP_AFTER})\b)[a-z][\w'’-]*){{0,2}})"
)
# Verbs that end a noun phrase read after a figure: the unambiguous ones only
# ("a 12% price cut" keeps "cut", which is also a noun).
_NP_STOP_VERBS = (
    "is are was were be been being has have had will would could should can may might must said says told "
    "rose fell climbed increased decreased dropped jumped surged soared slumped plunged plummeted tumbled "
    "slid sank grew declined gained lost reached exceeded totalled totaled amounted stood remained became "
    "came went left took made paid spent earned sold bought received offered wanted sought expected "
    "announced approved proposed signed agreed"
).split()
_VERB_WORD_RE = re.compile(rf"(?<![A-Za-z]){trie(_NP_STOP_VERBS)}(?![A-Za-z])")
_MODIFIER_WORDS = frozenset((
    "a an the its their his her our this that these those with annual proposed planned new record historic "
    "additional extra further nearly almost about around some estimated whopping mere massive total initial "
    "first final full possible potential monthly daily weekly yearly"
).split())


def _tidy(phrase: str) -> str | None:
    phrase = _LEAD_DET_RE.sub("", phrase.strip(" \t\n'\"“”‘’-—–"))
    words = phrase.split()
    if len(words) > 7:
        phrase = _LEAD_DET_RE.sub("", " ".join(words[-7:]))
        words = phrase.split()
    if not words or (len(words) == 1 and words[0].lower() in _PRONOUNS):
        return None
    return " ".join(words)


class ContextFinder:
    """Finds the context phrase of figures in one text (see the module doc)."""

    def __init__(self, text: str, lo: int = 0, hi: int | None = None) -> None:
        self.text = text
        self.lo = lo
        self.hi = len(text) if hi is None else hi
        self._starts: list[int] | None = None

    def _sentence(self, s: int) -> tuple[int, int]:
        if self._starts is None:
            self._starts = [self.lo] + [m.end() for m in _SENT_END_RE.finditer(self.text, self.lo, self.hi)]
        i = bisect_right(self._starts, s) - 1
        left = self._starts[i]
        right = self._starts[i + 1] if i + 1 < len(self._starts) else self.hi
        return left, right

    def _tokens_before(self, left: int, s: int) -> list[tuple[int, int, str]]:
        """Verbs, glue words, clause words and punctuation in the 120 characters before ``s``."""
        toks: list[tuple[int, int, str]] = []
        for m in _TOKENS_RE.finditer(self.text, max(0, left - 1, s - 121), s):
            if m.lastgroup is None:
                toks.append((m.start(), m.end(), "p"))
            else:
                ws, we = m.span("w")
                toks.append((ws, we, _WORD_KIND.get(self.text[ws:we].lower(), "v")))
        return toks

    def _subject(self, left: int, s: int) -> str | None:
        toks = self._tokens_before(left, s)
        # the last verb before the figure
        idx = -1
        for i, (ts, _te, kind) in enumerate(toks):
            if ts >= s:
                break
            if kind == "v":
                idx = i
        if idx < 0:
            return None
        text = self.text
        # step back over the verb group ("has offered", "are expected to rise")
        gstart = toks[idx][0]
        j = idx - 1
        while j >= 0 and toks[j][2] in ("v", "a") and not text[toks[j][1]:gstart].strip():
            gstart = toks[j][0]
            j -= 1
        npstart = max(left, s - 120)
        while j >= 0:
            if toks[j][2] in ("v", "b", "p"):
                npstart = toks[j][1]
                break
            j -= 1
        if npstart >= gstart:
            return None
        return _tidy(text[npstart:gstart])

    def context(self, s: int, e: int, kind: str | None, unit: str | None = None) -> str | None:
        """A short phrase for what the figure at ``text[s:e]`` measures, or None."""
        if kind in ("time",):
            return None
        text = self.text
        left, right = self._sentence(s)
        if kind != "date":
            after = text[e:min(right, e + 80)]
            m = _OF_NP_RE.match(after)
            if m:
                got = _tidy(m.group(1))
                if got:
                    return got
            before_words = text[max(left, s - 20):s].split()
            if (kind == "count" and unit is None) or (before_words and before_words[-1].lower() in _MODIFIER_WORDS):
                m = _NP_AFTER_RE.match(after)
                if m:
                    phrase = m.group(1)
                    vm = _VERB_WORD_RE.search(phrase)
                    if vm is None or vm.start() > 0:
                        got = _tidy(phrase[:vm.start()] if vm else phrase)
                        if got:
                            return got
        return self._subject(left, s)


def context_for(text: str, s: int, e: int, kind: str | None, unit: str | None = None) -> str | None:
    """The context of one figure (builds a one-off :class:`ContextFinder`)."""
    return ContextFinder(text).context(s, e, kind, unit)
