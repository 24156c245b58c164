"""Embedded social posts: the post's text, then a line "— Name (@handle) Date".

This is how news sites render an embedded tweet or post in their text
version. The post becomes a ``social`` quote by Name, and the handle becomes
one of Name's aliases.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.extract.attribution import Attribution
from briefing.extract.phrases import Phrase

_SIGNATURE = re.compile(
    r"^[\u2014\u2015\u2013-]{1,2}\s*(?P<who>[^\n(@]{2,120}?)\s*\(\s*(?P<handle>@[A-Za-z0-9_.]{1,40})\s*\)"
    r"(?:\s*(?P<date>[^\n]{0,60}))?$",
    re.MULTILINE,
)
# a sentence that introduces the post with a colon, up to the opening mark
_INTRO = re.compile(r"[^\n\"\u201c\u201d]{3,200}?\b(?:posted|posts|wrote|writes|tweeted|tweets|said|says|shared|shares|"
                    r"replied|added)\b[^\n\"\u201c\u201d:]{0,60}:\s*(?=[\"\u201c])")  # "Brennan posted on X: "
_LINK_TAIL = re.compile(r"\s*(?:pic\.twitter\.com/\S+|https?://\S+)\s*$")
_QUOTES = "\"\u201c\u201d\u2018\u2019"
_DOUBLE_MARK = re.compile("[\"\u201c\u201d]")
_REPORTED = re.compile(r"\b(?:said|says|told|according to)\b")
_DATE = r"(?:[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]+\.?\s+\d{4})"  # "May 3, 2024", "3 May 2024"
_DATE_ONLY = re.compile(rf"(?:\d{{1,2}}:\d{{2}}\s*(?:[AaPp]\.?[Mm]\.?)?\s*[\u00b7\u2022-]?\s*)?{_DATE}?")
#: The longest post taken without quotation marks, a link or a hashtag to show it is one (X allows 280).
_POST_LENGTH = 300
# "text — Name (@handle) November 25, 2025" on one line, as embeds come out of a page with their markup gone
_INLINE_SIGNATURE = re.compile(
    r"(?<=\S)[ \t]+[\u2014\u2015][ \t]*(?P<who>[A-Z][^\n(@\u2014]{1,80}?)\s*\(\s*(?P<handle>@[A-Za-z0-9_.]{1,40})\s*\)"
    rf"[ \t]*(?P<date>{_DATE})[ \t]*$",
    re.MULTILINE)
# "Dev Ramanathan (@DevRforWeltham): The promenade is underwater ...": a post with its author in front
_HEADED_POST = re.compile(
    r"^(?P<who>[A-Z][^\n(@:]{1,80}?)\s*\(\s*(?P<handle>@[A-Za-z0-9_.]{1,40})\s*\)\s*:\s*(?P<post>\S[^\n]{1,600})$",
    re.MULTILINE)


@dataclass
class SocialPost:
    attribution: Attribution
    handle: str
    date_text: str | None
    role: str | None  # "Vesta Trade Minister" in "— Lina Ost, Vesta Trade Minister (@LinaOstVR)"


def find_social_posts(text: str) -> list[SocialPost]:
    posts: list[SocialPost] = []
    if "@" not in text:
        return posts  # every signature has a handle; most articles have no "@" at all (a fast test)
    for m in _SIGNATURE.finditer(text):
        line_start = m.start()
        # the post: the lines right above the signature, back to a blank line (at most 1,000 characters)
        block_start = text.rfind("\n\n", 0, line_start)
        block_start = 0 if block_start < 0 else block_start + 2
        if line_start - block_start > 1000:
            block_start = text.rfind("\n", 0, line_start - 1) + 1
        s, e = block_start, line_start
        while e > s and text[e - 1].isspace():
            e -= 1
        if e == s and s >= 2:
            # the signature as a paragraph of its own: the post is the paragraph above, if it ends in a quotation
            e = s - 2
            while e > 0 and text[e - 1].isspace():
                e -= 1
            s = text.rfind("\n\n", 0, e)
            s = 0 if s < 0 else s + 2
            if e - s > 1000 or text[e - 1:e] not in _QUOTES and (
                    e - s > _POST_LENGTH and not _LINK_TAIL.search(text, s, e) and "#" not in text[s:e]
                    or _DOUBLE_MARK.search(text, s, e)
                    or _REPORTED.search(text, s, e) and "#" not in text[s:e] and not _LINK_TAIL.search(text, s, e)
                    or not _DATE_ONLY.fullmatch((m.group("date") or "").strip())):
                # a paragraph of the story (longer than a post, quoting or reporting someone), or an
                # author's sign-off ("— Nora Quill (@NoraQuill) covers City Hall"), not a post
                continue
        if (intro := _INTRO.match(text, s, e)) is not None:
            s = intro.end()  # 'Aoife Brennan posted on X: "..."': the post is the quotation, not its introduction
        s, e = _unwrapped(text, s, e)
        if e - s >= 2:
            posts.append(_post(m, s, e, (m.group("date") or "").strip() or None))
    for m in _INLINE_SIGNATURE.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        s, e = _unwrapped(text, line_start, m.start())
        if 2 <= e - s <= _POST_LENGTH + 200 and not _REPORTED.search(text, s, e):
            posts.append(_post(m, s, e, m.group("date")))
    for m in _HEADED_POST.finditer(text):
        s, e = m.span("post")
        while e > s and text[e - 1].isspace():
            e -= 1
        posts.append(_post(m, s, e, None))
    return posts


def _unwrapped(text: str, s: int, e: int) -> tuple[int, int]:
    """``text[s:e]`` without a trailing link and the quotation marks and spaces around the post."""
    if (link := _LINK_TAIL.search(text, s, e)) is not None:
        e = link.start()
    while s < e and (text[s].isspace() or text[s] in _QUOTES):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in _QUOTES):
        e -= 1
    return s, e


def _post(m: re.Match[str], s: int, e: int, date: str | None) -> SocialPost:
    """The post in ``text[s:e]`` signed by the match's ``who`` and ``handle``."""
    who = m.group("who").strip()
    name, _, role = who.partition(",")
    ws = m.start("who")
    speaker = Phrase(ws, ws + len(name.rstrip()), "name")
    return SocialPost(Attribution(s, e, "social", None, speaker), m.group("handle"), date, role.strip() or None)
