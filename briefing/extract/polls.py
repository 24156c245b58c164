"""Findings of a poll: "Trump leads by 57 percent to 33 percent in the 50-state poll", "In an NBC
News/Wall Street Journal poll released Monday, 50 percent of respondents chose Clinton". The clause
is what the poll reports; the poll is its source, named after "in" (which PolNeAR takes for the cue).

Only clauses that read like a finding count: a figure, or a verb of standing ("leads", "trails",
"is ahead", "fell to"), so "He spoke in a poll-worker training session" is nothing."""

from __future__ import annotations

import bisect
import re

from briefing.extract.attribution import Attribution
from briefing.extract.phrases import Phrase
from briefing.extract.text import LEAD_CONJUNCTION, Sentence, back_over, near, sentence_at

# "In" as a whole word, its capital class first: ``re`` then skips in C every position that holds no "i"
# (a leading \b is tried at every character); the lookbehind is the \b
_POLL_PP = re.compile(
    r"(?P<cue>[Ii](?<!\w[Ii])n)\s+(?P<src>(?:the|a|an|its|this|last|latest|new|recent|most|many|several|some|all|both|other|"
    r"national|state|public|statewide|[A-Z][\w./&'\u2019-]*|\d{4})"
    # (no clause inside: not "in a year that saw an average of 5 strikes", "in a move she said would save ... an average")
    r"(?:\s+(?!(?:that|which|who|where|when|said|says|saw|sees|would|will|could)\b)[\w./&'\u2019-]+){0,7}?\s+"
    r"(?:polls?|surveys?|tracking poll|polling average|average|exit polls?)"
    r"(?:\s+(?:released|conducted|published|taken|out)\b[^,.;]{0,40})?)"
    # what may follow the poll: a stop, who ran it, where or when ("in Florida", "Jan. 17-23"), more clause
    r"(?=\s*[,.;]|\s+(?:by|of|from|in|and|on|this|last)\b|\s+[A-Z][a-z]{2}\.?\s+\d|$)")
_FINDING = re.compile(
    r"\d|\b(?:leads?|leading|led|trails?|trailing|trailed|ahead|behind|tied|fell|rose|slipped|dropped|climbed|"
    r"gained|lost|edged|support|favou?rable|approve|disapprove|percent|majority|plurality|half|third|quarter|"
    r"sagged|sagging|slumped|surged|surging|mired|stalled|lags?|lagging|lagged|tops|topped|"
    r"first|second|fourth|fifth|last place|neck and neck)\b",
    re.IGNORECASE)
_CLAUSE_START = re.compile(r"[,;]\s+(?:while|but|and|as|although|though|whereas)\s+|[;:]\s+")


def poll_findings(text: str, sents: list[Sentence], have: list[Attribution]) -> list[Attribution]:
    """The clauses of a sentence that a poll named in it reports, where nothing else claims them."""
    if "poll" not in text and "survey" not in text and "average" not in text:
        return []
    out: list[Attribution] = []
    starts = [s.start for s in sents]
    spans = sorted((a.start, a.end) for a in have)
    for m in _POLL_PP.finditer(text):
        sent = sentence_at(sents, starts, m.start())
        s_start, s_end = near(sent, m.start(), m.end())
        s_end = back_over(text, s_start, s_end)
        if m.start() == s_start or not text[s_start:m.start()].strip():
            # "In a Fox poll released Monday, CLAUSE."
            comma = text.find(",", m.end(), s_end)
            if comma < 0 or text[m.end():comma].strip():
                continue
            c_start, c_end = comma + 1, s_end
            while c_start < c_end and text[c_start] == " ":
                c_start += 1
        else:
            # "CLAUSE in the latest CNN poll released Wednesday, ..."
            c_start, c_end = s_start, m.start()
            for j in _CLAUSE_START.finditer(text, s_start, m.start()):
                c_start = j.end()  # the clause the poll belongs to: "..., while Rubio moved ... in a survey"
            while c_end > c_start and text[c_end - 1] in " ,":
                c_end -= 1
        if (lead := LEAD_CONJUNCTION.match(text, c_start, c_end)) is not None:
            c_start = lead.end()  # "But he fell to 10 percent ..."
        content = text[c_start:c_end]
        if len(content.split()) < 3 or not _FINDING.search(content):
            continue
        i = bisect.bisect_left(spans, (c_end, c_end))
        if any(s < c_end and e > c_start for s, e in spans[max(0, i - 8):i + 1]):
            continue  # already an attribution ("according to the poll", "the poll found that")
        out.append(Attribution(c_start, c_end, "indirect", m.span("cue"),
                               Phrase(m.start("src"), m.end("src"), "description")))
    return out
