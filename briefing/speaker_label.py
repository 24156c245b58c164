"""How a speaker's role and organisation read next to the name.

An unnamed speaker is named by its description ("A spokesman for Markvard")
and also carries that description's role ("spokesman") and organisation
("Markvard"), so that filters and the memo can group by them. Shown after the
name, those would only repeat it: "A spokesman for Markvard, spokesman,
Markvard". A part whose words all stand in the name is left out.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[\w'\u2019-]+")


def _words(text: str) -> set[str]:
    return {w.casefold() for w in _WORD.findall(text)}


def role_parts(name: str | None, role: str | None, organization: str | None) -> list[str]:
    """Role and organisation (in that order) that add something to ``name``."""
    have = _words(name or "")
    out = []
    for part in (role, organization):
        part = " ".join((part or "").split())
        if part and not (_words(part) <= have):
            out.append(part)
    return out
