"""Page furniture that is not the story: related links, share prompts, bylines.

Recognised blocks are kept out of every item and read for metadata: a
trailing "By Harbour Wire" is the byline, "Most Read From Harbour Gazette"
names the outlet.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import accumulate

from briefing.ingest.dates import parse_dateline

# A paragraph that opens a block of links or prompts; everything after it that
# is not story text (short lines, lists) belongs to the block.
_BLOCK_START = re.compile(
    r"^(?:more (?:from|on|stories|news|coverage)\b|most (?:read|popular|viewed|shared)\b|related(?: stories| articles| coverage| links| content| reading)?\b[:\s]|"
    r"read (?:more|next|also|the rest)\b|recommended\b|you (?:may|might) (?:also )?(?:like|be interested)|"
    r"trending\b|popular (?:now|stories)|top stories|editor'?s picks|"
    r"sign up\b|subscribe\b|newsletter\b|follow us\b|share (?:this|on|via)\b|share:?$|"
    r"copyright\b|\u00a9|all rights reserved|(?:a version of )?this (?:article|story) (?:was )?(?:originally )?"
    r"(?:appeared|appears|published)|click here\b|comments?\b(?: \(\d+\))?$|tags?:|filed under\b|"
    r"about the author\b|see also\b|watch:|photos?:|related:|\(?(?:reporting|writing|editing|additional reporting) by\b|"
    r"\(c\)|media (?:enquiries|inquiries|contacts?)\b|press (?:enquiries|inquiries|contacts?)\b|spotted an error|"
    r"corrections?\b|contact us\b|for more information\b|###|-\s*ends\s*-|ends$|"
    r"more (?:from|on) [A-Z]|share this\b|join the conversation|leave a comment|this content|"
    r"get (?:our|the) [\w ]{0,30}newsletter|download (?:our|the) app|"
    r"forward[- ]looking statements?\b|safe harbou?r\b|about [A-Z][\w&.,' -]{1,60}$|investor (?:relations|contacts?)\b)",
    re.IGNORECASE,
)
# A single line of furniture inside the story.
_LINE = re.compile(
    r"^(?:advertisement|skip advertisement|supported by|continue reading(?: the main story)?|listen to this article\b.*|"
    r"\d+ min(?:ute)? read|story continues below(?: advertisement)?|(?:image|media|video) (?:caption|source),.*|share (?:this|on \w+)|tweet this|read more:.*|(?:related|watch|listen|see also|also read|more):[^\"\u201c\u201d]{0,100}|"
    r"read the rest here\.?|click here.*|\(?photo:.*|image:.*|sign up\b.*|subscribe\b.*|"
    r"follow (?:us|him|her) on .*|email this|print this|save this|\[.*\]|"
    r"(?:facebook|twitter|linkedin|whatsapp|email|print)(?:\s*[|\u2022/]\s*(?:facebook|twitter|linkedin|whatsapp|email|print))+)$",
    re.IGNORECASE,
)
# "By Anna Berg", "BY ANNA BERG and PER LUNDE, Harbour Wire", "By Anna Berg | Harbour Gazette": names in
# capitals only, so "By late June, the two sides had agreed ..." stays in the story
_BYLINE_WORD = r"[A-Z][\w.'\u2019-]*"
_BYLINE = re.compile(
    r"^(?i:by|written by|reporting by|story by)\s+(?P<who>" + _BYLINE_WORD
    + r"(?:(?:\s+|\s*,\s*|\s*[|\u2022/]\s*|\s+(?:(?:and|de|da|del|der|van|von|la|le|of|the|for|at|in)\s+)+)"
    + _BYLINE_WORD + r"){0,11})\s*\.?$"
)
# "Nora Quill is a columnist for the Courier." at the foot of a column
_AUTHOR_BIO = re.compile(
    r"^[A-Z][\w.'\u2019-]+(?:\s+[A-Z][\w.'\u2019-]+){1,3}\s+(?:is|was|writes|covers)\s+(?:a|an|the|about)?\s*"
    r"[^.\n]{0,80}?\b(?:columnist|correspondent|reporter|writer|editor|contributor|author|journalist|"
    r"commentator|fellow at|professor)\b"
)
_OUTLET_IN_BLOCK = re.compile(r"^(?:more|most read|most popular)\s+(?:from|on)\s+(?P<outlet>[A-Z][^\n]{1,60}?)\s*:?$",
                              re.IGNORECASE)
_REPORTING_BY = re.compile(r"^\(?(?:reporting|writing) by (?P<who>[A-Z][\w.'\u2019 -]{1,60}?)(?= in |;|,|\)|$)",
                          re.IGNORECASE)
# "Associated Press writer Lisa Park contributed to this report.": a credit at the foot, not the byline
_CONTRIBUTED = re.compile(
    r"^(?:[A-Z][\w.'\u2019&-]*\s+){0,5}(?:writers?|reporters?|correspondents?|journalists?|staff)\s+"
    r"[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){1,3}(?:(?:,\s*|,?\s+and\s+)[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){1,3})*"
    r"\s+contributed(?:\s+to\s+this\s+(?:report|story)|\s+reporting)?\.?$")
# "WASHINGTON (AP) —", "SALTMERE, Duvane, June 2 (KPA) -": the agency that filed the story
_DATELINE_AGENCY = re.compile(r"^[A-Z][A-Za-z0-9 .,'\u2019-]{1,60}?\s*\((?P<outlet>[A-Z][A-Za-z&. ]{1,30})\)\s*[-\u2013\u2014]")
#: A sentence of this many words or more is story text: link lists and prompts are shorter (a
#: paragraph of quoted speech is often not: 20 words is a common length for one).
STORY_WORDS = 15
_LIST_ITEM = re.compile(r"^(?:[-*\u2022\u25aa>]|\d+[.)])\s+")
# a sentence someone is reported to have said ("Related costs will also rise, she said."): story, whatever word
# opens it; furniture (link lists, prompts, notices) reports no one
_ATTRIBUTED = re.compile(r"\b(?:said|told|added|according to)\b")  # (not "says": "Minister says ..." heads a link)


@dataclass
class Boilerplate:
    """Where the story ends and what page furniture says about it."""

    start: int | None = None  # offset where trailing furniture begins
    skip: list[tuple[int, int]] = field(default_factory=list)  # furniture lines inside the story
    byline: str | None = None
    outlet: str | None = None

    def excludes(self, s: int, e: int) -> bool:
        if self.start is not None and e > self.start:
            return True
        return any(s < se and e > ss for ss, se in self.skip)


def find_boilerplate(text: str, paras: list[tuple[int, int]]) -> Boilerplate:
    bp = Boilerplate()
    n = len(paras)
    lines = [_plain(text[ps:pe]) for ps, pe in paras]
    # story lines after each paragraph, counted once from the end (linear in the article's length)
    story_after = [0] * (n + 1)
    for i in range(n - 1, -1, -1):
        story_after[i] = story_after[i + 1] + _is_story_line(lines[i])
    sentences_before = list(accumulate(map(_is_sentence, lines), initial=0))
    reported = [_is_reported(line) for line in lines]
    reported_after = [False] * (n + 1)  # a reported sentence after each paragraph: the story goes on
    for i in range(n - 1, -1, -1):
        reported_after[i] = reported_after[i + 1] or reported[i]
    # trailing block: from the first block opener followed only by furniture
    for i, (ps, _pe) in enumerate(paras):
        line = lines[i]
        if i == 0:
            continue
        if story_after[i + 1] > max(1, (n - i - 1) // 4) or reported_after[i]:
            continue  # story text follows: no block opens here (checked first, it is cheap)
        opener = _BLOCK_START.match(line) or _AUTHOR_BIO.match(line) or (
            i >= 3 and _BYLINE.match(line) and len(line.split()) <= 12
            and sentences_before[i] >= 2)  # a byline under the story, not above it
        if opener and _LINE.match(line) and ":" in line[:14] and i + 1 < n and _is_sentence(lines[i + 1]):
            continue  # "Read more: ..." with the story going on after it: one line of furniture
        if opener:
            bp.start = ps
            for rest in lines[i:]:
                m = _OUTLET_IN_BLOCK.match(rest)
                if m:
                    bp.outlet = m.group("outlet").strip()
                    break
            m = _REPORTING_BY.match(line)
            if m:
                bp.byline = m.group("who").strip()
            n = i
            break
    # a byline line at the start or the end of the story
    for i in [*range(min(3, n)), *range(max(0, n - 2), len(paras))]:
        ps, pe = paras[i]
        m = _BYLINE.match(lines[i])
        if m and len(m.group("who").split()) <= 12:
            bp.byline = bp.byline or re.split(r"\s*[|,]\s*(?=[A-Z])", m.group("who"))[0].strip().rstrip(".")
            bp.skip.append((ps, pe))
            if i >= n - 2 and bp.start is None:
                bp.start = ps if i == n - 1 else None
    for i in range(n):
        if _LINE.match(lines[i]) and not reported[i]:
            bp.skip.append(paras[i])
    for i in range(max(0, n - 2), n):
        if _CONTRIBUTED.match(lines[i]):
            bp.skip.append(paras[i])  # a credit line: no items come from it
    for i in range(min(8, n)):
        if len(lines[i]) <= 80 and any(c.isdigit() for c in lines[i]) and parse_dateline(lines[i]):
            bp.skip.append(paras[i])  # "Nov. 24, 2026, 6:05 p.m. ET" above the story: when, not a figure
    for i in range(min(3, n)):
        if (m := _DATELINE_AGENCY.match(lines[i])) is not None:
            bp.outlet = bp.outlet or m.group("outlet").strip()
            break
    return bp


def _plain(line: str) -> str:
    """A line without Markdown emphasis, heading or quote markers around it."""
    return line.strip().strip("*_").lstrip("#> ").strip("*_ ")


def _is_sentence(line: str) -> bool:
    """A line of 8 words or more closed like a sentence (a headline in a list of links is not)."""
    return line.rstrip()[-1:] in ".!?\"\u201d" and len(line.split(None, 8)) > 7 and not _LIST_ITEM.match(line)


def _is_reported(line: str) -> bool:
    """A sentence that reports what someone said ("Subscribers will pay 5% more, she said.")."""
    return line.rstrip()[-1:] in ".!?\"\u201d" and _ATTRIBUTED.search(line) is not None


def _is_story_line(line: str) -> bool:
    """A long sentence-like line that is not a rule, a list item or another piece of furniture."""
    if not line.strip("-*_= "):
        return False  # a rule: ---
    # the cheap tests first: most lines fail one of them
    if not (line.rstrip()[-1:] in ".!?\"\u201d" and len(line.split(None, STORY_WORDS)) > STORY_WORDS):
        return False
    return not (_BLOCK_START.match(line) or _LIST_ITEM.match(line) or _LINE.match(line))
