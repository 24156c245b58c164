"""The review card: one item with its speaker, article and the passage it sits in.

Everything from the database is data: it goes through :func:`screens.text.safe`
into ``Content`` objects, so markup in a quote shows as typed and escape
sequences cannot reach the terminal. Colours are component classes styled in
``card.tcss`` with theme variables.
"""

from __future__ import annotations

from textual.content import Content
from textual.reactive import reactive
from textual.widget import Widget

from briefing.markdown_escape import autolink, escape_inline
from briefing.speaker_label import role_parts
from screens.text import one_line, safe
from store.queries import ArticleRef, Card

KIND_LABEL = {"quotes": "QUOTE", "speakers": "SPEAKER", "numbers": "NUMBER", "sources": "SOURCE"}


def _fmt_value(value: float | None) -> str:
    if value is None:
        return "?"
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,}"


def distinct_aliases(name: str, aliases: tuple[str, ...]) -> list[str]:
    """Aliases worth showing: no repeats, nothing that only differs from the name by case or a dash."""
    seen = {name.strip(" -").casefold()}
    out = []
    for alias in aliases:
        key = alias.strip(" -").casefold()
        if key and key not in seen:
            seen.add(key)
            out.append(alias)
    return out


def attribution(card: Card) -> str:
    parts = [card.speaker_name] if card.speaker_name else []
    parts += role_parts(card.speaker_name, card.speaker_role, card.speaker_org)
    return ", ".join(parts) if parts else "unattributed"


def citation(article: ArticleRef | None) -> str:
    """``[Title](<url>), Outlet, 2026-05-01`` as safe Markdown."""
    if article is None:
        return ""
    title = escape_inline(article.title or article.id)
    link = autolink(article.url)
    head = f"[{title}]({link})" if link and link.startswith("<") else title
    rest = [escape_inline(x) for x in (article.outlet, (article.published or "")[:10]) if x]
    return ", ".join([head, *rest])


def markdown_line(card: Card) -> str:
    """The item as one Markdown line with attribution and citation (what ``c`` copies)."""
    cite = citation(card.article)
    if card.kind == "quotes":
        who = escape_inline(attribution(card))
        return f"\u201c{escape_inline(card.text)}\u201d \u2014 {who} ({cite})"
    if card.kind == "numbers":
        what = escape_inline(card.text)
        unit = f" {escape_inline(card.unit)}" if card.unit else ""
        return f"{what} (value {_fmt_value(card.value)}{unit}) \u2014 ({cite})"
    if card.kind == "sources":
        kind = f" ({card.item_kind})" if card.item_kind else ""
        return f"{escape_inline(card.source_name or card.text)}{kind}: \u201c{escape_inline(card.text)}\u201d ({cite})"
    who = escape_inline(attribution(card))
    return f"{who} \u2014 quoted {card.quote_count} time{'s' if card.quote_count != 1 else ''}"


class ItemCard(Widget):
    """Renders a :class:`~store.queries.Card` (or an empty-queue message)."""

    COMPONENT_CLASSES = {
        "card--head",
        "card--pending",
        "card--accepted",
        "card--rejected",
        "card--quote",
        "card--speaker",
        "card--title",
        "card--dim",
        "card--span",
        "card--cue",
        "card--mention",
        "card--tag-on",
        "card--tag-off",
        "card--note",
        "card--flag",
    }

    card: reactive[Card | None] = reactive(None, layout=True)
    """The item shown; None shows :attr:`empty_text`."""
    tags: reactive[tuple[str, ...]] = reactive((), layout=True)
    """The first nine tag names (keys 1-9)."""
    empty_text: reactive[str] = reactive("Loading\u2026", layout=True)

    def _s(self, name: str):
        return self.get_visual_style(name, partial=True)

    def render(self) -> Content:
        card = self.card
        if card is None:
            return Content(self.empty_text).stylize(self._s("card--dim"))
        lines: list[Content] = [self._head(card), Content("")]
        lines += self._main(card)
        if card.kind != "speakers":
            lines += [Content(""), self._passage(card)]
        lines += [Content("")] + self._footer(card)
        return Content("\n").join(lines)

    # -- pieces -------------------------------------------------------------------

    def _head(self, card: Card) -> Content:
        status = card.status or "pending"
        parts = [Content(f"{KIND_LABEL.get(card.kind, card.kind.upper())}").stylize(self._s("card--head"))]
        if card.item_kind:
            parts.append(Content(f" \u00b7 {one_line(card.item_kind)}").stylize(self._s("card--dim")))
        parts.append(Content(" \u00b7 "))
        parts.append(Content(f" {status.upper()} ").stylize(self._s(f"card--{status}")
                                                           if status in ("pending", "accepted", "rejected")
                                                           else self._s("card--pending")))
        parts.append(Content(f" \u00b7 #{card.id}").stylize(self._s("card--dim")))
        return Content("").join(parts)

    def _article_lines(self, article: ArticleRef | None, copies: tuple[ArticleRef, ...] = ()) -> list[Content]:
        if article is None:
            return []
        meta = " \u00b7 ".join(one_line(x) for x in (article.outlet, (article.published or "")[:10]) if x)
        out = [Content(one_line(article.title or f"article {article.id}")).stylize(self._s("card--title"))]
        line = Content(meta or "unknown outlet").stylize(self._s("card--dim"))
        if copies:
            also = ", ".join(
                " ".join(one_line(x) for x in (c.outlet or c.id, (c.published or "")[:10]) if x) for c in copies[:4]
            )
            more = f" +{len(copies) - 4}" if len(copies) > 4 else ""
            line = line + Content(f" \u00b7 also in: {also}{more} (one decision for all)").stylize(self._s("card--dim"))
        out.append(line)
        return out

    def _main(self, card: Card) -> list[Content]:
        s = self._s
        if card.kind == "quotes":
            # reported speech is not a verbatim quote: no quote marks around it
            text = safe(card.text) if card.item_kind == "indirect" else f"\u201c{safe(card.text)}\u201d"
            out = [Content(text).stylize(s("card--quote")), Content("")]
            who = Content(f"\u2014 {one_line(attribution(card))}").stylize(s("card--speaker"))
            if card.cue:
                who = who + Content(f"   cue: {one_line(card.cue[0])}").stylize(s("card--dim"))
            out.append(who)
            out += self._article_lines(card.article, card.copies)
            return out
        if card.kind == "numbers":
            unit = f" {one_line(card.unit)}" if card.unit else ""
            detail = f"value {_fmt_value(card.value)}{unit}"
            if card.value_max is not None:
                detail += f" to {_fmt_value(card.value_max)}{unit}"
            if card.from_value is not None:
                detail += f" (from {_fmt_value(card.from_value)})"
            if card.date:
                detail += f" \u00b7 date {one_line(card.date)}"
            out = [Content(safe(card.text)).stylize(s("card--quote")), Content(detail).stylize(s("card--speaker"))]
            if card.number_context:
                out.append(Content(f"context: {one_line(card.number_context)}").stylize(s("card--dim")))
            out.append(Content(""))
            return out + self._article_lines(card.article)
        if card.kind == "sources":
            out = [
                Content(one_line(card.source_name or card.text)).stylize(s("card--quote")),
                Content(f"\u201c{one_line(card.text)}\u201d").stylize(s("card--speaker")),
                Content(""),
            ]
            return out + self._article_lines(card.article)
        # speakers
        out = [Content(one_line(card.text)).stylize(s("card--quote"))]
        role = ", ".join(one_line(x) for x in role_parts(card.text, card.speaker_role, card.speaker_org))
        if role:
            out.append(Content(role).stylize(s("card--speaker")))
        aliases = distinct_aliases(card.text, card.aliases)
        if aliases:
            out.append(Content("also known as: " + ", ".join(one_line(a) for a in aliases)).stylize(s("card--dim")))
        out.append(Content(f"quoted {card.quote_count:,} time{'s' if card.quote_count != 1 else ''}"))
        for row in card.samples:
            where = ""
            if row.article:
                where = " \u2014 " + " ".join(one_line(x) for x in (row.article.outlet, (row.article.published or "")[:10]) if x)
            out.append(Content(f"  \u201c{one_line(row.text)}\u201d").stylize(s("card--dim")) + Content(where))
        return out

    def _passage(self, card: Card) -> Content:
        """The paragraph around the item, with the span (and cue, speaker mention) highlighted."""
        text = safe(card.context)
        base = card.context_start
        content = Content(text)
        marks = []
        if card.cue:
            marks.append((card.cue[1], card.cue[2], "card--cue"))
        if card.mention:
            marks.append((card.mention[1], card.mention[2], "card--mention"))
        if card.start is not None and card.end is not None:
            marks.append((card.start, card.end, "card--span"))
        for start, end, name in marks:
            lo, hi = max(start - base, 0), min(end - base, len(text))
            if hi > lo:
                content = content.stylize(self._s(name), lo, hi)
        prefix = Content("\u2026" if base > 0 else "")
        return prefix + content

    def _footer(self, card: Card) -> list[Content]:
        s = self._s
        out: list[Content] = []
        if self.tags or card.tags:
            pieces = [Content("tags ").stylize(s("card--dim"))]
            for i, name in enumerate(self.tags, 1):
                on = name in card.tags
                pieces.append(Content(f" {i} {one_line(name)} ").stylize(s("card--tag-on" if on else "card--tag-off")))
            for name in card.tags:
                if name not in self.tags:
                    pieces.append(Content(f" {one_line(name)} ").stylize(s("card--tag-on")))
            out.append(Content(" ").join(pieces))
        if card.note:
            out.append(Content("note ").stylize(s("card--dim")) + Content(one_line(card.note)).stylize(s("card--note")))
        if card.reviewed_by and card.status != "pending":
            when = (card.reviewed_at or "").replace("T", " ").rstrip("Z")
            out.append(Content(f"{card.status} by {one_line(card.reviewed_by)} \u00b7 {when}").stylize(s("card--dim")))
        flags = []
        if card.origin == "manual":
            flags.append("added by hand")
        if card.corrected:
            flags.append("corrected: " + ", ".join(card.corrected))
        if card.missing:
            flags.append("no longer found by the extractor")
        if flags:
            out.append(Content(" \u00b7 ".join(flags)).stylize(s("card--flag")))
        return out
