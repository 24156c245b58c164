"""``v``: the pile at a glance, each line a way into the queue.

Items by kind and status, the most-quoted speakers with bars, named against
anonymous sources, and coverage over time as a sparkline of articles per day.
``enter`` on a line opens the queue filtered to it. The aggregates come from
the maintained totals and small grouped queries, read by a thread worker of
its own so the decision thread is never held up.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual import on, work
from textual.app import ComposeResult
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from briefing.filters import ItemFilter
from briefing.models import ITEM_KINDS
from screens import keys
from screens.db import thread_db
from screens.text import one_line, plain, shorten
from screens.worker_messages import DataChanged
from store import queries as q
from store.queries import Overview

if TYPE_CHECKING:
    from screens.app import BriefingApp

BAR = 30
SPARKS = "\u2581\u2582\u2583\u2584\u2585\u2586\u2587\u2588"


def bar(n: int, most: int, width: int = BAR) -> str:
    if most <= 0 or n <= 0:
        return ""
    cells = n / most * width
    full = int(cells)
    part = " \u258f\u258e\u258d\u258c\u258b\u258a\u2589"[int((cells - full) * 8)]
    if full == 0 and part == " ":
        part = "\u258f"  # never hide a count that is not zero
    return ("\u2588" * full + (part if full < width else "")).rstrip()


def sparkline(values: list[int]) -> str:
    if not values:
        return ""
    top = max(values) or 1
    return "".join(SPARKS[min(int(v / top * (len(SPARKS) - 1) + 0.5), len(SPARKS) - 1)] if v else " " for v in values)


class OverviewScreen(Screen[tuple[str, ItemFilter] | None]):
    """Counts, speakers, sources, coverage; enter filters the queue to a line."""

    CSS_PATH = "overview.tcss"

    BINDINGS = keys.OVERVIEW

    @dataclass
    class Ready(Message):
        overview: Overview

    @dataclass
    class Failed(Message):
        message: str

    def __init__(self) -> None:
        super().__init__()
        self.targets: dict[str, tuple[str, ItemFilter]] = {}

    @property
    def briefing(self) -> BriefingApp:
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        yield Static(plain("Overview \u00b7 enter opens a line in the queue \u00b7 escape goes back"), id="overview-head")
        yield OptionList(id="overview-list")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()
        self.load()

    def on_data_changed(self, message: DataChanged) -> None:
        self.load()

    @work(thread=True, exclusive=True, group="overview", exit_on_error=False)
    def load(self) -> None:
        """Aggregates on a connection of this worker thread."""
        try:
            db = thread_db(self.briefing.db_path, readonly=self.briefing.readonly)
            data = q.overview(db)
        except Exception as exc:  # shown, never fatal
            self.post_message(OverviewScreen.Failed(f"cannot read the overview: {exc}"))
            return
        if not get_current_worker().is_cancelled:
            self.post_message(OverviewScreen.Ready(data))

    def on_overview_screen_failed(self, message: Failed) -> None:
        self.notify(message.message, severity="error", markup=False)

    def action_reload(self) -> None:
        self.load()

    def _add(self, options: list, ident: str, label: Content, target: tuple[str, ItemFilter]) -> None:
        self.targets[ident] = target
        options.append(Option(label, id=ident))

    def on_overview_screen_ready(self, message: Ready) -> None:
        ov = message.overview
        options: list[Option | None] = []
        self.targets = {}
        head = lambda text: Option(Content(text).stylize("bold $accent"), disabled=True)  # noqa: E731

        options.append(head("Items by kind and status"))
        most = max((getattr(t, s) for t in ov.totals.values() for s in ("pending", "accepted", "rejected")), default=0)
        for kind in ITEM_KINDS:
            t = ov.totals.get(kind)
            if t is None:
                continue
            for status in ("pending", "accepted", "rejected"):
                n = getattr(t, status)
                if n == 0 and status != "pending":
                    continue
                label = Content(f"  {kind.capitalize():<9} {status:<9}{n:>10,}  ") + Content(bar(n, most)).stylize(
                    "$accent"
                )
                self._add(options, f"k-{kind}-{status}", label, (kind, ItemFilter(statuses=[status])))

        options.append(None)
        options.append(head("Most-quoted speakers"))
        top = max((n for _, n in ov.top_speakers), default=0)
        if not ov.top_speakers:
            options.append(Option(Content("  nobody is quoted yet"), disabled=True))
        for i, (name, n) in enumerate(ov.top_speakers):
            label = Content(f"  {shorten(one_line(name), 24):<24}{n:>8,}  ") + Content(bar(n, top)).stylize("$accent")
            self._add(options, f"s-{i}", label, ("quotes", ItemFilter(speakers=[name])))

        options.append(None)
        options.append(head("Sources: named and anonymous"))
        most_src = max(ov.named_sources, ov.anonymous_sources)
        named_kinds = ["outlet", "organization", "social", "document"]
        for ident, label_text, n, flt in (
            ("src-named", "named", ov.named_sources, ItemFilter(kinds=named_kinds)),
            ("src-anon", "anonymous", ov.anonymous_sources, ItemFilter(kinds=["anonymous"])),
        ):
            label = Content(f"  {label_text:<24}{n:>8,}  ") + Content(bar(n, most_src)).stylize("$accent")
            self._add(options, ident, label, ("sources", flt))

        options.append(None)
        days = list(ov.per_day)
        if days:
            first, last = days[0][0], days[-1][0]
            options.append(head(f"Coverage: articles per day, {first} to {last}"))
            spark = Content("  ") + Content(sparkline([n for _, n in days])).stylize("$accent")
            self._add(options, "cov-all", spark + Content(f"  {sum(n for _, n in days):,} articles"),
                      ("quotes", ItemFilter(since=first, until=last)))
            busiest = sorted(days, key=lambda d: (-d[1], d[0]))[:5]
            top_day = busiest[0][1]
            for day, n in busiest:
                label = Content(f"  {day:<24}{n:>8,}  ") + Content(bar(n, top_day)).stylize("$accent")
                self._add(options, f"day-{day}", label, ("quotes", ItemFilter(since=day, until=day)))
        else:
            options.append(head("Coverage"))
            options.append(Option(Content("  no publication dates yet"), disabled=True))

        option_list = self.query_one(OptionList)
        highlighted = option_list.highlighted
        option_list.clear_options()
        option_list.add_options(options)
        if option_list.option_count:
            option_list.highlighted = highlighted if highlighted is not None else 1

    def action_down(self) -> None:
        self.query_one(OptionList).action_cursor_down()

    def action_up(self) -> None:
        self.query_one(OptionList).action_cursor_up()

    def action_open(self) -> None:
        option_list = self.query_one(OptionList)
        if option_list.highlighted is None:
            return
        option = option_list.get_option_at_index(option_list.highlighted)
        if option.id in self.targets:
            self.dismiss(self.targets[option.id])

    @on(OptionList.OptionSelected)
    def selected(self, event: OptionList.OptionSelected) -> None:
        if event.option.id in self.targets:
            self.dismiss(self.targets[event.option.id])

    def action_back(self) -> None:
        self.dismiss(None)
