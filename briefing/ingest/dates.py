"""Publication dates as articles and feeds write them, to ISO 8601.

``published`` is stored as ISO (``2026-05-02`` or a full ISO datetime) when
the value can be read, so filters and the article order compare dates as
strings; anything else is kept as written.
"""

from __future__ import annotations

import re
from datetime import date
from email.utils import parsedate_to_datetime

_MONTHS = {
    name: i
    for i, names in enumerate(
        [
            ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
            ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
            ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"), ("dec", "december"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_TIME = r"(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?"

_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$")
_YMD = re.compile(r"^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$")
_MDY = re.compile(rf"^{_WEEKDAY}{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}}){_TIME}$", re.I)
_DMY = re.compile(rf"^{_WEEKDAY}(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+(?P<year>\d{{4}}){_TIME}$", re.I)

#: Words that may stand before a date on a dateline: "Published: May 2, 2026".
_PREFIX = re.compile(r"^(?:published|updated|posted|date|dated|first published|last updated)\s*(?:on|:)?\s*", re.I)


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def parse_date(value: str) -> str | None:
    """ISO form of a date written as a whole value, or None if it is not one."""
    s = value.strip().rstrip(".")
    if not s or len(s) > 80:
        return None
    m = _ISO.match(s)
    if m:
        return s if _iso(int(m[1]), int(m[2]), int(m[3])) else None
    m = _YMD.match(s)
    if m:
        return _iso(int(m[1]), int(m[2]), int(m[3]))
    for pattern in (_MDY, _DMY):
        m = pattern.match(s)
        if m:
            return _iso(int(m["year"]), _MONTHS[m["month"].lower()], int(m["day"]))
    if "," in s and re.search(r"\d{1,2} \w{3} \d{4}", s):
        try:
            return parsedate_to_datetime(s).isoformat()
        except (TypeError, ValueError, IndexError):
            return None
    return None


_PLACE = re.compile(r"^[A-Z][A-Z .'-]{1,40},\s+")


def parse_dateline(line: str) -> str | None:
    """A line that is a date, maybe after "Published:", "Updated" or a place ("PORT ALDER, ")."""
    line = _PREFIX.sub("", line.strip(), count=1)
    return parse_date(line) or parse_date(_PLACE.sub("", line, count=1))


def normalise_published(value: object) -> str | None:
    """A ``published`` value from a feed or a table: ISO when readable, else as given."""
    if value is None:
        return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        return None if value != value else str(value)  # NaN -> None
    text = str(value).strip()
    if not text:
        return None
    return parse_date(text) or text
