"""Small modal dialogs: text prompt (tag, note, search, value), confirm, filter, speaker pickers, new item.

Each returns its answer through ``dismiss`` (None when cancelled with escape)
and touches no database: the screen that opened it runs the job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.suggester import Suggester
from textual.widgets import Checkbox, Input, Label, OptionList, Select, Static
from textual.widgets.option_list import Option

from briefing.filters import ItemFilter
from briefing.models import QUOTE_KINDS, SOURCE_KINDS
from briefing.speaker_label import role_parts
from screens.text import plain, shorten
from store.queries import SpeakerInfo

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
NUMBER_KINDS = ("percent", "money", "quantity", "count", "date", "duration")


class SuggestLastItem(Suggester):
    """Completes the last comma-separated piece of the input from a list (case-insensitive)."""

    def __init__(self, values: list[str]):
        super().__init__(use_cache=False, case_sensitive=True)
        self.values = values

    async def get_suggestion(self, value: str) -> str | None:
        head, sep, last = value.rpartition(",")
        piece = last.lstrip()
        if not piece:
            return None
        low = piece.lower()
        for candidate in self.values:
            if candidate.lower().startswith(low) and candidate != piece:
                lead = last[: len(last) - len(piece)]
                return f"{head}{sep}{lead}{candidate}"
        return None


def split_list(value: str) -> list[str]:
    return [v.strip() for v in value.split(",") if v.strip()]


class TextPrompt(ModalScreen[str | None]):
    """One line of text: enter saves, escape cancels."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="dialog.cancel")]

    def __init__(self, title: str, value: str = "", *, placeholder: str = "",
                 suggestions: list[str] | None = None, hint: str = "enter saves \u00b7 escape cancels"):
        super().__init__(classes="dialog")
        self.title_text = title
        self.value = value
        self.placeholder = placeholder
        self.suggestions = suggestions or []
        self.hint = hint

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box"):
            yield Label(plain(self.title_text), classes="dialog-title")
            yield Input(
                value=self.value,
                placeholder=self.placeholder,
                suggester=SuggestLastItem(self.suggestions) if self.suggestions else None,
                id="prompt-input",
                compact=True,
            )
            yield Static(plain(self.hint), classes="dialog-hint")

    @on(Input.Submitted)
    def submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value)

    def action_cancel(self) -> None:
        self.dismiss(None)


class ConfirmDialog(ModalScreen[bool]):
    """A yes/no question; y or enter confirms, n or escape declines."""

    BINDINGS = [
        Binding("y,enter", "yes", "Yes", id="dialog.yes"),
        Binding("n,escape", "no", "No", id="dialog.no"),
    ]

    def __init__(self, question: str):
        super().__init__(classes="dialog")
        self.question = question

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box"):
            yield Static(plain(self.question), classes="dialog-title")
            yield Static(plain("y / enter: yes \u00b7 n / escape: no"), classes="dialog-hint")

    def action_yes(self) -> None:
        self.dismiss(True)

    def action_no(self) -> None:
        self.dismiss(False)


@dataclass
class FilterChoices:
    """What the filter dialog offers to complete from."""

    tags: list[str]
    speakers: list[str]
    outlets: list[str]


class FilterDialog(ModalScreen[ItemFilter | None]):
    """Status, kind, tag, speaker, outlet, article and date range for one kind of item."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="filter.cancel"),
        Binding("ctrl+s", "apply", "Apply", id="filter.apply"),
        Binding("enter", "apply", "Apply", id="filter.apply_enter", show=False, priority=True),
        Binding("ctrl+l", "clear", "Clear all", id="filter.clear"),
    ]

    def __init__(self, kind: str, flt: ItemFilter, choices: FilterChoices):
        super().__init__(classes="dialog")
        self.kind = kind
        self.flt = flt
        self.choices = choices

    def _kinds(self) -> list[str]:
        return {"quotes": list(QUOTE_KINDS), "sources": list(SOURCE_KINDS), "numbers": list(NUMBER_KINDS)}.get(
            self.kind, []
        )

    def compose(self) -> ComposeResult:
        f = self.flt
        with Vertical(classes="dialog-box filter-box"):
            yield Label(plain(f"Filter {self.kind}"), classes="dialog-title")
            with Horizontal(classes="filter-row"):
                yield Label("Status", classes="filter-label")
                for status in ("pending", "accepted", "rejected"):
                    yield Checkbox(status, status in f.statuses, id=f"status-{status}", compact=True)
            rows = [
                ("kind", "Kind", ", ".join(f.kinds), ", ".join(self._kinds()), self._kinds()),
                ("tag", "Tag", ", ".join(f.tags), "any tag", self.choices.tags),
                ("speaker", "Speaker", ", ".join(f.speakers), "any speaker", self.choices.speakers),
                ("outlet", "Outlet", ", ".join(f.outlets), "any outlet", self.choices.outlets),
                ("article", "Article", ", ".join(f.articles), "article ids", []),
            ]
            for key, label, value, placeholder, values in rows:
                if key == "kind" and self.kind == "speakers":
                    continue
                if key in ("outlet", "article") and self.kind == "speakers":
                    placeholder += " (of their quotes)"
                with Horizontal(classes="filter-row"):
                    yield Label(label, classes="filter-label")
                    yield Input(value, placeholder=placeholder, id=f"f-{key}", compact=True,
                                suggester=SuggestLastItem(values) if values else None)
            with Horizontal(classes="filter-row"):
                yield Label("Dates", classes="filter-label")
                yield Input(f.since or "", placeholder="YYYY-MM-DD", id="f-since", compact=True)
                yield Label(" to ", classes="filter-to")
                yield Input(f.until or "", placeholder="YYYY-MM-DD", id="f-until", compact=True)
            yield Static(plain("enter / ctrl+s apply \u00b7 ctrl+l clear \u00b7 escape cancel \u00b7 lists: a, b"),
                         classes="dialog-hint")
            yield Static("", id="filter-error", classes="dialog-error")

    def _value(self, key: str) -> str:
        found = self.query(f"#f-{key}")
        return found.first(Input).value.strip() if found else ""

    def build(self) -> ItemFilter | None:
        since, until = self._value("since") or None, self._value("until") or None
        for label, date in (("from", since), ("until", until)):
            if date and not _DATE.match(date):
                self.query_one("#filter-error", Static).update(plain(f"{label}: write a date as YYYY-MM-DD"))
                return None
        statuses = [s for s in ("pending", "accepted", "rejected") if self.query_one(f"#status-{s}", Checkbox).value]
        return ItemFilter(
            statuses=statuses,
            kinds=split_list(self._value("kind")),
            tags=split_list(self._value("tag")),
            speakers=split_list(self._value("speaker")),
            outlets=split_list(self._value("outlet")),
            articles=split_list(self._value("article")),
            since=since,
            until=until,
            search=self.flt.search,
        )

    @on(Input.Submitted)
    def submitted(self) -> None:
        self.action_apply()

    def action_apply(self) -> None:
        flt = self.build()
        if flt is not None:
            self.dismiss(flt)

    def action_clear(self) -> None:
        self.dismiss(ItemFilter())

    def action_cancel(self) -> None:
        self.dismiss(None)


def speaker_option(s: SpeakerInfo, current: bool = False) -> Option:
    role = ", ".join(role_parts(s.name, s.role, s.organization))
    label = s.name + (f" \u2014 {role}" if role else "") + f" ({s.quote_count} quotes)"
    if current:
        label = "\u25b8 " + label + " \u00b7 now"
    return Option(plain(shorten(label, 70)), id=str(s.id))


@dataclass
class SpeakerChoice:
    """A picked speaker (``speaker_id``) or a typed name (``name``)."""

    speaker_id: int | None = None
    name: str | None = None


class SpeakerPicker(ModalScreen[SpeakerChoice | None]):
    """Pick a speaker from a list (type to narrow it) or type a new name.

    Used by ``r`` (people in the article first) and by ``m`` in the speakers
    view (merge target).
    """

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="picker.cancel"),
        Binding("down", "cursor_down", "Down", show=False, id="picker.down"),
        Binding("up", "cursor_up", "Up", show=False, id="picker.up"),
    ]

    def __init__(self, title: str, speakers: list[SpeakerInfo], *, allow_new: bool = True,
                 names: list[str] | None = None, current: int | None = None):
        super().__init__(classes="dialog")
        self.title_text = title
        self.speakers = speakers
        self.current = current
        self.allow_new = allow_new
        self.names = names or []

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box picker-box"):
            yield Label(plain(self.title_text), classes="dialog-title")
            yield Input(placeholder="type to narrow" + (" or enter a new name" if self.allow_new else ""),
                        id="picker-input", compact=True,
                        suggester=SuggestLastItem(self.names) if self.names else None)
            yield OptionList(*self._options(""), id="picker-list", compact=True)
            hint = "\u2191\u2193 choose \u00b7 enter pick" + (" (or use the typed name)" if self.allow_new else "")
            yield Static(plain(hint + " \u00b7 escape cancels"), classes="dialog-hint")

    def _options(self, text: str) -> list[Option]:
        low = text.lower().strip()
        shown = [s for s in self.speakers if not low or low in s.name.lower()
                 or any(low in a.lower() for a in s.aliases)]
        return [speaker_option(s, s.id == self.current) for s in shown[:50]]

    def on_mount(self) -> None:
        options = self.query_one("#picker-list", OptionList)
        if options.option_count:
            options.highlighted = 0

    @on(Input.Changed, "#picker-input")
    def narrow(self, event: Input.Changed) -> None:
        options = self.query_one("#picker-list", OptionList)
        options.clear_options()
        options.add_options(self._options(event.value))
        if options.option_count:
            options.highlighted = 0

    def action_cursor_down(self) -> None:
        self.query_one("#picker-list", OptionList).action_cursor_down()

    def action_cursor_up(self) -> None:
        self.query_one("#picker-list", OptionList).action_cursor_up()

    @on(Input.Submitted, "#picker-input")
    def submitted(self, event: Input.Submitted) -> None:
        options = self.query_one("#picker-list", OptionList)
        typed = event.value.strip()
        exact = [s for s in self.speakers if typed and s.name.lower() == typed.lower()]
        if exact:
            self.dismiss(SpeakerChoice(speaker_id=exact[0].id))
        elif options.highlighted is not None and options.option_count and (not typed or not self.allow_new
                                                                             or self._typed_matches(typed)):
            option = options.get_option_at_index(options.highlighted)
            self.dismiss(SpeakerChoice(speaker_id=int(option.id)))
        elif typed and self.allow_new:
            self.dismiss(SpeakerChoice(name=typed))

    def _typed_matches(self, typed: str) -> bool:
        """The typed text only narrows the list (it is part of a listed name)."""
        return any(typed.lower() in s.name.lower() for s in self.speakers)

    @on(OptionList.OptionSelected, "#picker-list")
    def picked(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(SpeakerChoice(speaker_id=int(event.option.id)))

    def action_cancel(self) -> None:
        self.dismiss(None)


@dataclass
class NewItem:
    """A passage to store as a new item (``kind`` is the table)."""

    kind: str
    passage: str
    speaker: str | None = None
    name: str | None = None
    value: float | None = None
    unit: str | None = None
    item_kind: str | None = None


def parse_value(text: str) -> tuple[float | None, str | None]:
    """``"41,000 t"`` -> (41000.0, "t"); ``""`` -> (None, None). Raises ValueError on junk."""
    text = text.strip()
    if not text:
        return None, None
    m = re.match(r"^([-+]?[\d.,]*\d)\s*(.*)$", text)
    if not m:
        raise ValueError("write a number, optionally followed by a unit, e.g. 41000 t")
    return float(m.group(1).replace(",", "")), (m.group(2).strip() or None)


class NewItemDialog(ModalScreen[NewItem | None]):
    """Mark a passage the extractor missed: type (or paste) its words, pick what it is."""

    AUTO_FOCUS = "#new-passage"
    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="newitem.cancel"),
        Binding("ctrl+s", "save", "Save", id="newitem.save"),
        Binding("enter", "save", "Save", id="newitem.save_enter", show=False, priority=True),
    ]

    def __init__(self, speakers: list[str], initial_kind: str = "quotes"):
        super().__init__(classes="dialog")
        self.speakers = speakers
        self.initial_kind = initial_kind

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box"):
            yield Label("Mark a missed passage", classes="dialog-title")
            with Horizontal(classes="filter-row"):
                yield Label("It is a", classes="filter-label")
                yield Select([("quote", "quotes"), ("number", "numbers"), ("source", "sources")],
                             value=self.initial_kind, allow_blank=False, id="new-kind", compact=True)
            with Horizontal(classes="filter-row"):
                yield Label("Passage", classes="filter-label")
                yield Input(placeholder="the exact words in the article", id="new-passage", compact=True)
            with Horizontal(classes="filter-row"):
                yield Label("Detail", classes="filter-label")
                yield Input(placeholder="speaker / source name / value and unit", id="new-detail", compact=True,
                            suggester=SuggestLastItem(self.speakers))
            yield Static(plain("enter / ctrl+s save \u00b7 escape cancel \u00b7 the words are found in the article"),
                         classes="dialog-hint")
            yield Static("", id="new-error", classes="dialog-error")

    @on(Input.Submitted)
    def submitted(self) -> None:
        self.action_save()

    def action_save(self) -> None:
        kind = str(self.query_one("#new-kind", Select).value)
        passage = self.query_one("#new-passage", Input).value.strip()
        detail = self.query_one("#new-detail", Input).value.strip()
        error = self.query_one("#new-error", Static)
        if not passage:
            error.update(plain("type the words of the passage"))
            return
        item = NewItem(kind=kind, passage=passage)
        if kind == "quotes":
            item.speaker = detail or None
        elif kind == "sources":
            item.name = detail or None
        else:
            try:
                item.value, item.unit = parse_value(detail)
            except ValueError as exc:
                error.update(plain(str(exc)))
                return
        self.dismiss(item)

    def action_cancel(self) -> None:
        self.dismiss(None)
