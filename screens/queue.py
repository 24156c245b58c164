"""The review queue: the first screen. One item at a time, one key per decision.

Keys become jobs on the database thread (:class:`screens.db.DbRunner`) that
act on the :class:`~screens.session.QueueSession`; each job answers with a
:class:`QueueScreen.ViewReady` carrying what to draw, posted after its
transaction committed. So the status line says "accepted" only once the
decision is on disk.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual import on, work
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.message import Message
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Footer, Static
from textual.worker import get_current_worker

from briefing.filters import ItemFilter
from screens import keys
from screens.card import ItemCard, markdown_line
from screens.db import thread_db
from screens.dialogs import (
    ConfirmDialog,
    FilterChoices,
    FilterDialog,
    SpeakerChoice,
    SpeakerPicker,
    TextPrompt,
)
from screens.kindbar import KindBar
from screens.session import QueueSession, QueueView
from screens.text import plain
from screens.worker_messages import DataChanged, DbFailed
from store import queries as q
from store.queries import Totals

if TYPE_CHECKING:
    from sqlite_utils import Database

    from screens.app import BriefingApp

SORT_LABEL = {"article": "article order", "speaker": "speaker", "outlet": "outlet"}
WRITE_ACTIONS = {
    "accept", "reject", "accept_all", "reject_all", "tag", "toggle_tag", "note", "reassign",
}


class QueueScreen(Screen):
    """Step through quotes, speakers, numbers and sources; decide, tag, annotate, undo."""

    CSS_PATH = "queue.tcss"
    AUTO_FOCUS = None

    BINDINGS = keys.QUEUE

    @dataclass
    class ViewReady(Message):
        """A job finished: here is what the queue shows now."""

        view: QueueView

    @dataclass
    class CountsReady(Message):
        """Filtered counts for the progress line (computed off the queue's thread)."""

        kind: str
        flt: ItemFilter
        totals: Totals

    @dataclass
    class Ask(Message):
        """Data a dialog needs, fetched on the database thread, then the dialog opens."""

        what: str
        data: object

    view: QueueView | None = None

    def __init__(self, session: QueueSession):
        super().__init__()
        self.session = session
        self._count_timer: Timer | None = None
        self.count_due = False  # a filtered count is scheduled (debounced)
        self._save_timer: Timer | None = None

    @property
    def briefing(self) -> BriefingApp:
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        yield KindBar(id="kindbar")
        yield Static("", id="progress")
        with VerticalScroll(id="card-scroll", can_focus=False):
            yield ItemCard(id="card")
        yield Static("", id="status")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one(VerticalScroll).can_focus = False
        self.query_one(KindBar).readonly = self.session.readonly
        self.submit(self.session.open, "open the queue")

    def on_screen_resume(self) -> None:
        if self.view is not None:
            self.submit(self.session.refresh, "refresh")

    # -- jobs ---------------------------------------------------------------------

    def submit(self, fn: Callable[[Database], QueueView], label: str) -> None:
        """Run ``fn(db) -> QueueView`` on the database thread; the view comes back as ViewReady."""
        self.briefing.runner.submit(fn, self, QueueScreen.ViewReady, label=label)

    def on_queue_screen_view_ready(self, message: ViewReady) -> None:
        self.show(message.view)

    def show(self, view: QueueView) -> None:
        self.view = view
        bar = self.query_one(KindBar)
        bar.kind = view.kind
        bar.counts = dict(view.kind_totals)
        bar.readonly = view.readonly
        card = self.query_one(ItemCard)
        card.tags = view.tags
        if view.card is None:
            card.empty_text = self._empty_text(view)
        if card.card is None or view.card is None or card.card.id != view.card.id or card.card.kind != view.card.kind:
            self.query_one("#card-scroll", VerticalScroll).scroll_home(animate=False)
        card.card = view.card
        self._progress(view.totals)
        if view.message:
            status = self.query_one("#status", Static)
            status.update(plain(view.message))
            status.set_classes(f"status-{view.level}")
        if not view.flt.is_empty():
            self._schedule_count()
        if view.moved and not view.readonly:
            self._schedule_save()

    def _empty_text(self, view: QueueView) -> str:
        if view.empty and sum(view.kind_totals.values()) == 0:
            return (
                "No items yet. Import articles with `briefing import FILES --db DB`: "
                "they appear here by themselves, no restart needed."
            )
        if view.empty:
            return f"No {view.kind} in this database. Press ] for the next kind."
        return f"No {view.kind} match this filter ({view.flt.describe()}). Press f to change it."

    def _progress(self, totals: Totals) -> None:
        view = self.view
        if view is None:
            return
        text = totals.describe()
        if not view.flt.is_empty() and not totals.filtered:
            text = "counting\u2026"
        parts = [text, f"filter: {view.flt.describe()}", f"sort: {SORT_LABEL.get(view.sort, view.sort)}"]
        if view.search:
            parts.append(f"search: {view.search}")
        self.query_one("#progress", Static).update(plain(" \u00b7 ".join(parts)))

    def _schedule_count(self) -> None:
        if self._count_timer is not None:
            self._count_timer.stop()
        self.count_due = True
        self._count_timer = self.set_timer(0.3, self._count_now)

    def _count_now(self) -> None:
        self.count_due = False
        if self.view is not None:
            self.count_filtered(self.view.kind, self.view.flt)

    @work(thread=True, exclusive=True, group="counts", exit_on_error=False)
    def count_filtered(self, kind: str, flt: ItemFilter) -> None:
        """Counts under a filter: a real query, so off the decision thread and debounced."""
        db = thread_db(self.briefing.db_path, readonly=self.session.readonly)
        totals = q.filtered_totals(db, kind, flt)
        if not get_current_worker().is_cancelled:
            self.post_message(QueueScreen.CountsReady(kind, flt, totals))

    def on_queue_screen_counts_ready(self, message: CountsReady) -> None:
        if self.view and message.kind == self.view.kind and message.flt == self.view.flt:
            self._progress(message.totals)

    def _schedule_save(self) -> None:
        if self._save_timer is not None:
            self._save_timer.stop()
        self._save_timer = self.set_timer(1.0, self.flush_position)

    def flush_position(self) -> None:
        """Save where the user is (debounced after moves; decisions save it themselves)."""
        if not self.briefing.readonly:  # a no-op on the database thread when nothing moved
            self.briefing.runner.submit(self.session.save_position, self, None, label="save position")

    def on_data_changed(self, message: DataChanged) -> None:
        self.submit(self.session.refresh, "refresh")

    # -- enabling -------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in WRITE_ACTIONS and self.session.readonly:
            return None  # shown, greyed out: the database is read-only
        return True

    # -- decisions -------------------------------------------------------------------------

    def action_accept(self) -> None:
        self.submit(lambda db: self.session.decide(db, "accepted"), "accept")

    def action_reject(self) -> None:
        self.submit(lambda db: self.session.decide(db, "rejected"), "reject")

    def action_skip(self) -> None:
        self.submit(self.session.skip, "skip")

    def action_undo(self) -> None:
        if self.session.readonly:
            self.notify("read-only database: nothing to undo", severity="warning")
            return
        self.submit(self.session.undo, "undo")

    def action_redo(self) -> None:
        if self.session.readonly:
            self.notify("read-only database: nothing to redo", severity="warning")
            return
        self.submit(self.session.redo, "redo")

    def _bulk(self, status: str) -> None:
        def ask(db):
            return QueueScreen.Ask(f"bulk:{status}", self.session.bulk_count(db, status))

        self.briefing.runner.submit(ask, self, lambda m: m, label="count")

    def action_accept_all(self) -> None:
        self._bulk("accepted")

    def action_reject_all(self) -> None:
        self._bulk("rejected")

    def on_queue_screen_ask(self, message: Ask) -> None:
        what = message.what
        if what.startswith("bulk:"):
            status = what.split(":", 1)[1]
            n = int(message.data)  # type: ignore[arg-type]
            view = self.view
            if n == 0:
                self.notify(f"nothing to change: every item shown is {status} already")
                return
            verb = "Accept" if status == "accepted" else "Reject"
            question = (f"{verb} {n:,} {view.kind if view else 'items'} shown by "
                        f"\u201c{view.flt.describe() if view else ''}\u201d? (u undoes it in one step)")

            def done(ok: bool | None) -> None:
                if ok:
                    self.submit(lambda db: self.session.bulk(db, status), f"{verb.lower()} all")

            self.app.push_screen(ConfirmDialog(question), done)
        elif what == "filter":
            self._open_filter(message.data)  # type: ignore[arg-type]
        elif what == "reassign":
            self._open_reassign(*message.data)  # type: ignore[misc]
        elif what == "tag":
            self._open_tag(*message.data)  # type: ignore[misc]

    # -- moving ---------------------------------------------------------------------------

    def action_next(self) -> None:
        self.submit(lambda db: self.session.move(db, "next"), "next")

    def action_prev(self) -> None:
        self.submit(lambda db: self.session.move(db, "prev"), "previous")

    def action_first(self) -> None:
        self.submit(lambda db: self.session.move(db, "first"), "first")

    def action_last(self) -> None:
        self.submit(lambda db: self.session.move(db, "last"), "last")

    def action_next_kind(self) -> None:
        self.submit(lambda db: self.session.cycle_kind(db, 1), "next kind")

    def action_prev_kind(self) -> None:
        self.submit(lambda db: self.session.cycle_kind(db, -1), "previous kind")

    def action_page(self, direction: int) -> None:
        scroll = self.query_one("#card-scroll", VerticalScroll)
        if direction > 0:
            scroll.scroll_page_down(animate=False)
        else:
            scroll.scroll_page_up(animate=False)

    # -- tags and notes -------------------------------------------------------------------

    def _current(self) -> tuple[str, int] | None:
        card = self.query_one(ItemCard).card
        if card is None:
            self.notify("no item here", severity="warning")
            return None
        return card.kind, card.id

    def action_tag(self) -> None:
        current = self._current()
        if current is None:
            return
        kind, item_id = current

        def ask(db):  # complete from every tag, not only the first nine
            return QueueScreen.Ask("tag", (kind, item_id, q.tag_names(db)))

        self.briefing.runner.submit(ask, self, lambda m: m, label="tags")

    def _open_tag(self, kind: str, item_id: int, names: list[str]) -> None:
        def done(name: str | None) -> None:
            if name and name.strip():
                self.submit(lambda db: self.session.add_tag(db, kind, item_id, name), "tag")

        self.app.push_screen(TextPrompt("Add a tag", placeholder="tag name (completes from existing tags)",
                                        suggestions=names), done)

    def action_toggle_tag(self, index: int) -> None:
        self.submit(lambda db: self.session.toggle_tag(db, index), "toggle tag")

    def action_note(self) -> None:
        current = self._current()
        if current is None:
            return
        kind, item_id = current
        card = self.query_one(ItemCard).card
        note = card.note if card else ""

        def done(text: str | None) -> None:
            if text is not None:
                self.submit(lambda db: self.session.set_note(db, kind, item_id, text), "note")

        self.app.push_screen(TextPrompt("Note on this item (empty clears it)", note or "",
                                        placeholder="your note"), done)

    # -- search, filter, sort ----------------------------------------------------------------

    def action_search(self) -> None:
        current = self.view.search if self.view else None

        def done(text: str | None) -> None:
            if text is not None:
                self.submit(lambda db: self.session.find(db, text), "search")

        hint = "enter searches (FTS5: words, \"a phrase\", pre*, OR, NOT) \u00b7 empty clears \u00b7 escape cancels"
        self.app.push_screen(TextPrompt(f"Search {self.view.kind if self.view else 'items'}", current or "", hint=hint,
                                        placeholder="words to find"), done)

    def action_search_next(self) -> None:
        self.submit(lambda db: self.session.find_next(db, True), "next match")

    def action_search_prev(self) -> None:
        self.submit(lambda db: self.session.find_next(db, False), "previous match")

    def action_filter(self) -> None:
        def ask(db):
            return QueueScreen.Ask("filter", FilterChoices(q.tag_names(db), q.speaker_names(db), q.outlets(db)))

        self.briefing.runner.submit(ask, self, lambda m: m, label="filter choices")

    def _open_filter(self, choices: FilterChoices) -> None:
        kind = self.view.kind if self.view else "quotes"
        flt = self.view.flt if self.view else ItemFilter()

        def done(new: ItemFilter | None) -> None:
            if new is not None:
                self.submit(lambda db: self.session.set_filter(db, new, kind), "filter")

        self.app.push_screen(FilterDialog(kind, flt, choices), done)

    def action_sort(self) -> None:
        order = list(q.SORTS)
        current = self.view.sort if self.view else "article"
        nxt = order[(order.index(current) + 1) % len(order)] if current in order else "article"
        self.submit(lambda db: self.session.set_sort(db, nxt), "sort")

    # -- speakers, reader, overview, memo ---------------------------------------------------------

    def action_reassign(self) -> None:
        card = self.query_one(ItemCard).card
        if card is None or card.kind != "quotes":
            self.notify("r reassigns the speaker of a quote: go to the quotes with ]", severity="warning")
            return
        article_id = card.article.id if card.article else None
        quote_id, current = card.id, card.speaker_id

        def ask(db):
            return QueueScreen.Ask(
                "reassign", (quote_id, q.speakers_in_article(db, article_id), q.speaker_names(db), current)
            )

        self.briefing.runner.submit(ask, self, lambda m: m, label="speakers in article")

    def _open_reassign(self, quote_id: int, speakers, names, current: int | None) -> None:
        def done(choice: SpeakerChoice | None) -> None:
            if choice is not None:
                self.submit(
                    lambda db: self.session.reassign(db, quote_id, choice.speaker_id, choice.name), "reassign"
                )

        self.app.push_screen(
            SpeakerPicker("Who said it? People in this article, or type a name", list(speakers),
                          names=list(names), current=current),
            done,
        )

    def action_reader(self) -> None:
        card = self.query_one(ItemCard).card
        if card is None or card.article is None:
            self.notify("the reader opens the article of a quote, number or source", severity="warning")
            return
        from screens.reader import ReaderScreen

        self.app.push_screen(ReaderScreen(card.article.id, (card.kind, card.id)), self._returned)

    def action_speakers(self) -> None:
        card = self.query_one(ItemCard).card
        if card is None or card.speaker_id is None:
            self.notify("no speaker here: s opens the speaker of a quote", severity="warning")
            return
        from screens.speakers import SpeakersScreen

        self.app.push_screen(SpeakersScreen(card.speaker_id), self._returned)

    def action_overview(self) -> None:
        from screens.overview import OverviewScreen

        self.app.push_screen(OverviewScreen(), self._returned)

    def _returned(self, result: object) -> None:
        """A screen we opened closed: go where it points (kind, item or filter), else refresh."""
        if isinstance(result, tuple) and len(result) == 2 and isinstance(result[1], ItemFilter):
            kind, flt = result
            self.submit(lambda db: self.session.set_filter(db, flt, kind), "filter")
        elif isinstance(result, tuple) and len(result) == 2:
            kind, item_id = result
            self.submit(lambda db: self.session.goto(db, kind, item_id), "go to item")

    def action_copy(self) -> None:
        card = self.query_one(ItemCard).card
        if card is None:
            self.notify("nothing to copy", severity="warning")
            return
        line = markdown_line(card)
        self.app.copy_to_clipboard(line)
        self.query_one("#status", Static).update(plain(f"copied: {line}"))

    def action_memo(self) -> None:
        try:
            from screens.memo_preview import MemoPreviewScreen
        except ImportError:
            self.notify("the memo preview is not available in this build yet", severity="warning")
            return
        flt = self.view.quotes_filter if self.view else ItemFilter()
        self.app.push_screen(MemoPreviewScreen(self.briefing.db_path, flt, group_by="speaker"))

    @on(DbFailed)
    def failed(self, message: DbFailed) -> None:
        status = self.query_one("#status", Static)
        status.update(plain(f"{message.action}: {message.message}" if message.action else message.message))
        status.set_classes("status-error")
