"""The records briefing works with, as pydantic models.

An :class:`Article` is a piece of coverage. Extraction finds *mentions* in it:
:class:`Quote`, :class:`Number` and :class:`Source` are spans of one article
(``article.text[start:end] == item.text``, always). :class:`Speaker` is a
person or organisation across articles, linked to its quotes by name.

Every reviewable record carries a :class:`Review` (status, note, tags, who
decided and when). The JSON form of :class:`ArticleExtraction` is one line of
``briefing extract --json`` (see ``../shared/eval/README.md``).
"""

from __future__ import annotations

import getpass
import os
from datetime import UTC, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Status = Literal["pending", "accepted", "rejected"]
STATUSES: tuple[Status, ...] = ("pending", "accepted", "rejected")

QuoteKind = Literal["direct", "partial", "indirect", "social"]
QUOTE_KINDS: tuple[QuoteKind, ...] = ("direct", "partial", "indirect", "social")

SourceKind = Literal["outlet", "anonymous", "organization", "social", "document"]
SOURCE_KINDS: tuple[SourceKind, ...] = ("outlet", "anonymous", "organization", "social", "document")

#: The kinds of item a user reviews, in the order ``]`` / ``[`` step through them.
ItemKind = Literal["quotes", "speakers", "numbers", "sources"]
ITEM_KINDS: tuple[ItemKind, ...] = ("quotes", "speakers", "numbers", "sources")


def current_user() -> str:
    """Who is reviewing: ``$BRIEFING_USER``, else the login name."""
    user = os.environ.get("BRIEFING_USER")
    if user:
        return user
    try:
        return getpass.getuser()
    except Exception:  # no passwd entry, no env: still record something
        return "unknown"


def utc_now() -> str:
    """An ISO 8601 UTC timestamp to the second, as stored in ``reviewed_at``."""
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


class _Model(BaseModel):
    model_config = ConfigDict(extra="ignore", validate_assignment=False)


class Span(_Model):
    """A piece of an article's text: ``text == article.text[start:end]``."""

    text: str
    start: int
    end: int


class Tag(_Model):
    id: int | None = None
    name: str


class Review(_Model):
    """The analyst's decision on one item."""

    status: Status = "pending"
    note: str | None = None
    tags: list[str] = Field(default_factory=list)
    reviewed_at: str | None = None
    reviewed_by: str | None = None


class Article(_Model):
    """One article. Only ``text`` is required; ``id`` is given or derived."""

    id: str | int | None = None
    path: str | None = None
    title: str | None = None
    byline: str | None = None
    outlet: str | None = None
    published: str | None = None
    url: str | None = None
    text: str


class Mention(Span):
    """A reviewable span of one article."""

    article_id: str | int | None = None
    review: Review = Field(default_factory=Review)


class Quote(Mention):
    kind: QuoteKind = "direct"
    speaker: str | None = None
    speaker_mention: Span | None = None
    cue: Span | None = None
    group: str | None = None


class Number(Mention):
    value: float | None = None
    unit: str | None = None
    kind: str | None = None
    context: str | None = None
    value_max: float | None = None
    from_value: float | None = None
    date: str | None = None


class Source(Mention):
    name: str
    kind: SourceKind


class Speaker(_Model):
    """A person (or organisation) who is quoted, across articles."""

    id: int | None = None
    name: str
    role: str | None = None
    organization: str | None = None
    aliases: list[str] = Field(default_factory=list)
    #: person | organization | outlet, or unnamed for a described speaker ("a ministry spokesman")
    kind: Literal["person", "organization", "outlet", "unnamed"] = "person"
    review: Review = Field(default_factory=Review)


class ArticleExtraction(_Model):
    """Everything found in one article: one line of ``briefing extract --json``."""

    article: Article
    quotes: list[Quote] = Field(default_factory=list)
    speakers: list[Speaker] = Field(default_factory=list)
    numbers: list[Number] = Field(default_factory=list)
    sources: list[Source] = Field(default_factory=list)

    def to_json_dict(self) -> dict:
        """The ``extract --json`` contract: no review state, no article ids on items."""
        mention_drop = {"review", "article_id"}
        return {
            "article": self.article.model_dump(),
            "quotes": [q.model_dump(exclude=mention_drop) for q in self.quotes],
            "speakers": [s.model_dump(exclude={"review", "id"}) for s in self.speakers],
            "numbers": [n.model_dump(exclude=mention_drop) for n in self.numbers],
            "sources": [s.model_dump(exclude=mention_drop) for s in self.sources],
        }
