"""Dates, times and years: pattern sources for the master pattern of
:mod:`briefing.extract.numbers`, and the functions that turn a match into an
ISO 8601 string "as far as the text says".

Forms and what they give (``date`` field):

* "May 2, 2026", "2 May 2026", "Tuesday, 2nd of May 2026", "2026-05-02",
  "05/02/2026" -> ``2026-05-02``
* "June 14", "14th of June", "Sept. 11" (no year) -> ``--06-14``
* "June 2026" -> ``2026-06``; "in June", "late June", "mid-June",
  "second week of July" -> ``--06`` / ``--07`` (the qualifier stays in the span)
* "June 14-16" -> ``--06-14/--06-16`` (an ISO interval)
* "early 2025", "the first half of 2025" -> ``2025``
* a bare year "2024" is kind ``year`` with value 2024 and date ``2024``;
  "2013-14" is a year range (value 2013, value_max 2014); "the 1960s" is
  kind ``year``, value 1960, date ``196`` (ISO decade)
* times "2 pm", "14:30 GMT" are kind ``time``, date ``T14:00`` / ``T14:30``

Numeric dates: ``A/B/YYYY`` reads month first (US style) unless A > 12.
A bare month needs a preposition or qualifier ("in May", "by June"): alone,
"May" is too often the verb. Weekdays alone and relative dates ("last week")
are not figures.
"""

from __future__ import annotations

import re

MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

# Month names next to digits: any case, except "March"/"May" which must be
# capitalised (the verbs "march" and "may" come before numbers too). Written
# as a trie whose branches start with a character class (see number_regex).
MONTH = (
    r"(?:(?:[Jj](?i:anuary|une|uly)|[Ff](?i:ebruary)|March|MARCH|May|MAY|[Aa](?i:pril|ugust)"
    r"|[Ss](?i:eptember)|[Oo](?i:ctober)|[Nn](?i:ovember)|[Dd](?i:ecember))(?![A-Za-z])"
    r"|(?:[Jj](?i:an|un|ul)|[Ff](?i:eb)|Mar|MAR|[Aa](?i:pr|ug)|[Ss](?i:ept?)|[Oo](?i:ct)|[Nn](?i:ov)"
    r"|[Dd](?i:ec))(?![A-Za-z])\.?)"
)
#: Full month names, capitalised: for a bare month after a preposition.
FULL_MONTH = (
    r"(?:J(?:anuary|une|uly)|February|Ma(?:rch|y)|A(?:pril|ugust)|September|October|November|December)"
)
DAY = r"(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?(?![0-9A-Za-z])"
YEAR = r"(?:1[5-9][0-9]{2}|20[0-9]{2})(?![0-9])"

#: Words before a month or year that make it a date period ("late June",
#: "the second week of July", "early 2025"); the span takes them in.
QUALIFIER_BEFORE = re.compile(
    r"(?:\b(?:early|late|mid-?|(?:the\s+)?(?:end|beginning|start|middle)\s+of|"
    r"(?:the\s+)?(?:first|second|third|fourth|last|final)\s+(?:week|half|quarter|fortnight|days|ten\s+days)"
    r"\s+of)\s*)$",
    re.I,
)
#: Words before a bare month that make it a date ("in May", "by June").
PREP_BEFORE = re.compile(
    r"\b(?:in|by|since|until|till|through|throughout|from|during|before|after|last|next|this|of|to|"
    r"and|or|between|early|late|mid|on)\s+(?:the\s+month\s+of\s+)?$",
    re.I,
)

#: The first three letters (in any case) of every date branch below that starts with a letter: a
#: month (:data:`MONTH`, :data:`FULL_MONTH`) or "mid". A cheap first filter for the numbers pass.
LETTER_STARTS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "mid")
#: Date branches that start with a letter (embedded at a word start).
DATE_LETTER = (
    r"(?=[JjFfMmAaSsOoNnDd])(?=[Jj][AaUu]|[Ff][Ee]|[Mm][AaIi]|[Aa][PpUu]|[Ss][Ee]|[Oo][Cc]|[Nn][Oo]|[Dd][Ee])(?:"
    rf"(?P<dm>(?P<dm_mon>{MONTH})\s*(?P<dm_day>{DAY})"
    rf"(?:\s?[-–]\s?(?P<dm_day2>{DAY}))?(?:,?\s+(?P<dm_year>{YEAR}))?)"
    rf"|(?P<my>(?P<my_mon>{MONTH}),?\s+(?P<my_year>{YEAR}))"
    rf"|(?P<bm>{FULL_MONTH})(?![\w])"
    rf"|(?P<mid>[Mm]id-?\s?(?:(?P<mid_mon>{MONTH})(?:,?\s+(?P<mid_year>{YEAR}))?"
    rf"|(?P<mid_year2>{YEAR})(?P<mid_dec>s)?)(?![0-9A-Za-z]))"
    ")"
)

#: Date, time and year branches that start with a digit or an apostrophe.
DATE_DIGIT = (
    r"(?=[0-9'’‘])(?:"
    rf"(?P<md>(?P<md_day>{DAY})(?:\s?[-–]\s?(?P<md_day2>{DAY}))?(?:\s+of)?\s+(?P<md_mon>{MONTH})(?:,?\s+(?P<md_year>{YEAR}))?)"
    r"|(?P<iso>(?P<iso_y>(?:1[5-9]|20)[0-9]{2})(?P<iso_s>[-/])(?P<iso_m>0?[1-9]|1[0-2])(?P=iso_s)"
    r"(?P<iso_d>3[01]|[12][0-9]|0?[1-9])(?![0-9]))"
    r"|(?P<sl>(?P<sl_a>[0-9]{1,2})(?P<sl_s>[/.-])(?P<sl_b>[0-9]{1,2})(?P=sl_s)"
    r"(?P<sl_y>(?:1[5-9]|20)[0-9]{2}|[0-9]{2})(?![0-9]))"
    r"|(?P<tm>(?P<tm_h>1[0-2]|0?[1-9])(?:[:.](?P<tm_m>[0-5][0-9]))?\s?(?P<tm_ap>(?i:a\.m\.|p\.m\.|am|pm)(?![A-Za-z]))"
    r"(?:\s?(?P<tm_tz>GMT|UTC|BST|CET|CEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT|local\s+time)(?![A-Za-z]))?)"
    r"|(?P<tm24>(?P<tm_h2>[01]?[0-9]|2[0-3]):(?P<tm_m2>[0-5][0-9])(?::[0-5][0-9])?(?![0-9:])"
    r"(?:\s?(?P<tm_tz2>GMT|UTC|BST|CET|CEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT|local\s+time)(?![A-Za-z]))?)"
    r"|(?P<dec>(?:(?P<dec_y>(?:1[5-9]|20)[0-9]0)|['’‘](?P<dec_yy>[0-9]0))s(?![A-Za-z0-9]))"
    r"|(?P<yr>(?P<yr_a>(?:1[5-9]|20)[0-9]{2})(?P<yr_s>[-–/])(?P<yr_b>(?:1[5-9]|20)[0-9]{2}|[0-9]{2})(?![0-9%]))"
    ")"
)

_ORD_RE = re.compile(r"(?:st|nd|rd|th)$")


def month_number(name: str) -> int:
    """1-12 for a month name or abbreviation (with or without a full stop)."""
    return MONTHS[name.rstrip(".").lower()]


def day_number(text: str) -> int:
    return int(_ORD_RE.sub("", text))


def iso(year: int | None, month: int | None = None, day: int | None = None) -> str:
    """ISO 8601 as far as known: ``2026-05-02``, ``--05-02``, ``2026-05``, ``--05``, ``2026``."""
    if year is not None:
        out = f"{year:04d}"
        if month is not None:
            out += f"-{month:02d}"
            if day is not None:
                out += f"-{day:02d}"
        return out
    if month is None:
        return ""
    return f"--{month:02d}" + (f"-{day:02d}" if day is not None else "")


def valid_day(month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= (29 if month == 2 else 30 if month in (4, 6, 9, 11) else 31)


def two_digit_year(yy: int) -> int:
    """'99 -> 1999, '26 -> 2026 (a pivot 30 years past 2000)."""
    return 2000 + yy if yy < 50 else 1900 + yy


def date_from_match(m: re.Match[str]) -> tuple[str, int, int] | None:
    """(iso date, start, end) for a date-branch match of the master pattern, or None.

    A bare month is returned as found; the caller keeps it only after a
    preposition or qualifier (see :data:`PREP_BEFORE`).
    """
    g = m.group
    if g("dm"):
        mon = month_number(g("dm_mon"))
        day = day_number(g("dm_day"))
        year = int(g("dm_year")) if g("dm_year") else None
        if not valid_day(mon, day):
            return None
        out = iso(year, mon, day)
        if g("dm_day2"):
            day2 = day_number(g("dm_day2"))
            if valid_day(mon, day2) and day2 > day:
                out += "/" + iso(year, mon, day2)
        return out, m.start("dm"), m.end("dm")
    if g("my"):
        return iso(int(g("my_year")), month_number(g("my_mon"))), m.start("my"), m.end("my")
    if g("mid"):
        if g("mid_mon"):
            year = int(g("mid_year")) if g("mid_year") else None
            return iso(year, month_number(g("mid_mon"))), m.start("mid"), m.end("mid")
        year_text = g("mid_year2")
        return (year_text[:3] if g("mid_dec") else year_text), m.start("mid"), m.end("mid")
    if g("bm"):
        return iso(None, month_number(g("bm"))), m.start("bm"), m.end("bm")
    if g("md"):
        mon = month_number(g("md_mon"))
        day = day_number(g("md_day"))
        if not valid_day(mon, day):
            return None
        year = int(g("md_year")) if g("md_year") else None
        out = iso(year, mon, day)
        if g("md_day2"):  # "18-22 August": the days from the first to the second
            day2 = day_number(g("md_day2"))
            if not valid_day(mon, day2):
                return None
            if day2 <= day:  # "25-20 May": no range; the day next to the month
                return iso(year, mon, day2), m.start("md_day2"), m.end("md")
            out += "/" + iso(year, mon, day2)
        return out, m.start("md"), m.end("md")
    if g("iso"):
        y, mo, d = int(g("iso_y")), int(g("iso_m")), int(g("iso_d"))
        if not valid_day(mo, d):
            return None
        return iso(y, mo, d), m.start("iso"), m.end("iso")
    if g("sl"):
        a, b = int(g("sl_a")), int(g("sl_b"))
        yt = g("sl_y")
        y = int(yt) if len(yt) == 4 else two_digit_year(int(yt))
        if g("sl_s") == "." or a > 12:
            day, mon = a, b  # 01.12.2009 and 31/05/2001 are day first
        else:
            mon, day = a, b
        if not valid_day(mon, day):
            mon, day = day, mon
            if not valid_day(mon, day):
                return None
        return iso(y, mon, day), m.start("sl"), m.end("sl")
    return None


def time_from_match(m: re.Match[str]) -> tuple[str, int, int] | None:
    """("T14:30", start, end) for a time-branch match, or None."""
    if m.group("tm"):
        h = int(m.group("tm_h"))
        mi = int(m.group("tm_m") or 0)
        ap = m.group("tm_ap").lower().replace(".", "")
        if ap == "pm" and h != 12:
            h += 12
        elif ap == "am" and h == 12:
            h = 0
        return f"T{h:02d}:{mi:02d}", m.start("tm"), m.end("tm")
    if m.group("tm24"):
        return f"T{int(m.group('tm_h2')):02d}:{m.group('tm_m2')}", m.start("tm24"), m.end("tm24")
    return None
