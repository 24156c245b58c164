"""What a user narrows a review or a memo to: one model for the app and the CLI.

``briefing export --speaker X --since 2026-05-01`` and the app's ``f`` dialog
build the same :class:`ItemFilter`; ``store.filters`` turns it into SQL, so the
memo preview shows exactly what the export writes.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from briefing.models import ItemKind, Status

SortOrder = Literal["article", "speaker", "outlet"]


class ItemFilter(BaseModel):
    """Empty lists mean "any". Dates are ISO strings compared as text."""

    statuses: list[Status] = Field(default_factory=list)
    kinds: list[str] = Field(default_factory=list)  # quote kinds (direct, ...) or number/source kinds
    tags: list[str] = Field(default_factory=list)
    speakers: list[str] = Field(default_factory=list)  # names, matched case-insensitively
    outlets: list[str] = Field(default_factory=list)
    articles: list[str] = Field(default_factory=list)  # article ids, as text
    since: str | None = None  # articles published on or after
    until: str | None = None  # articles published on or before
    search: str | None = None  # FTS5 query on the item text (quotes) or text LIKE (others)

    def is_empty(self) -> bool:
        return self == ItemFilter()

    def describe(self) -> str:
        """One line for the header: ``status: pending · speaker: Hugo Lind``."""
        parts = []
        for label, values in (
            ("status", self.statuses),
            ("kind", self.kinds),
            ("tag", self.tags),
            ("speaker", self.speakers),
            ("outlet", self.outlets),
            ("article", self.articles),
        ):
            if values:
                parts.append(f"{label}: {', '.join(values)}")
        if self.since or self.until:
            parts.append(f"dates: {self.since or '…'} to {self.until or '…'}")
        if self.search:
            parts.append(f"search: {self.search}")
        return " · ".join(parts) if parts else "all items"


#: The item table each review kind lives in (they are named alike on purpose).
KIND_TABLES: dict[ItemKind, str] = {
    "quotes": "quotes",
    "speakers": "speakers",
    "numbers": "numbers",
    "sources": "sources",
}
