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

Speed: every step looks at a short slice around the figure (sentence bounds
by ``rfind``, the words before it by ``str.split`` walked backwards with set
look-ups, two anchored matches after it): a few microseconds a figure.
"""

from __future__ import annotations

import re

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
_VERB_SET = frozenset(_VERB_LIST)
_GLUE_SET = frozenset(_ADVERB_LIST)
_BOUNDARY_SET = frozenset(_BOUNDARY_LIST)
_STRIP = "\"'“”‘’()[],;:.!?"
_ENDS_CLAUSE = tuple(",;:)]\"”—–")
_OPENS_CLAUSE = tuple("([\"“")
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
    r"their|our|we|they|he|she|i|you|there|here|then|now|year|years|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|twenty|thirty|forty|fifty|hundred|thousand|million|billion"
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

    def _sentence(self, s: int, e: int) -> tuple[int, int]:
        """Rough sentence bounds around ``text[s:e]`` (within 220 characters)."""
        text = self.text
        lo = max(self.lo, s - 220)
        left = max(text.rfind(". ", lo, s), text.rfind("? ", lo, s), text.rfind("! ", lo, s),
                   text.rfind("\n", lo, s))
        left = lo if left < 0 else left + 1
        hi = min(self.hi, e + 220)
        ends = [i for i in (text.find(". ", e, hi), text.find("? ", e, hi), text.find("! ", e, hi),
                            text.find("\n", e, hi)) if i >= 0]
        return left, (min(ends) + 1 if ends else hi)

    def _subject(self, left: int, s: int) -> str | None:
        """The noun phrase before the last verb group before ``s`` in its sentence."""
        seg = self.text[max(left, s - 150):s]
        words = seg.split()
        if s - 150 > left and seg[:1].strip():
            words = words[1:]  # cut mid-word
        i = len(words) - 1
        while i >= 0:  # the last verb before the figure
            if words[i].strip(_STRIP).lower() in _VERB_SET:
                break
            i -= 1
        if i < 0:
            return None
        i -= 1
        while i >= 0:  # the rest of the verb group: "has offered", "are expected to"
            w = words[i]
            core = w.strip(_STRIP).lower()
            if w.endswith(_ENDS_CLAUSE) or not (core in _VERB_SET or core in _GLUE_SET):
                break
            i -= 1
        np: list[str] = []
        while i >= 0:
            w = words[i]
            core = w.strip(_STRIP)
            low = core.lower()
            if w.endswith(_ENDS_CLAUSE) or low in _VERB_SET or low in _BOUNDARY_SET or not core:
                break
            np.append(core)
            if w.startswith(_OPENS_CLAUSE):
                break
            i -= 1
        if not np:
            return None
        return _tidy(" ".join(reversed(np)))

    def context(self, s: int, e: int, kind: str | None, unit: str | None = None) -> str | None:
        """A short phrase for what the figure at ``text[s:e]`` measures, or None."""
        if kind in ("time", "date"):
            return None
        text = self.text
        left, right = self._sentence(s, e)
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
