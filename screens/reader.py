"""``o``: the whole article with every quote, number and source highlighted.

``j``/``k`` move between the article's items; ``<``/``>`` narrow or widen the
current item's end by a word, ``{``/``}`` widen or narrow its start; ``=``
fixes a number's value; ``m`` marks a passage the extractor missed as a new
quote, number or source; ``a``/``x`` decide, ``u``/``ctrl+r`` undo and redo;
``escape`` goes back to the queue (``enter`` goes back *to this item*).
Every edit is a job on the database thread, committed before it shows.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer, Static

from screens import keys
from screens.dialogs import NewItem, NewItemDialog, TextPrompt, parse_value
from screens.text import plain, safe, shorten
from screens.worker_messages import DataChanged, DbFailed
from store import queries as q
from store import review as r
from store.queries import ArticleText, ItemSpan

if TYPE_CHECKING:
    from screens.app import BriefingApp

SINGULAR = {"quotes": "quote", "numbers": "number", "sources": "source"}
WRITE_ACTIONS = {"widen_end", "narrow_end", "widen_start", "narrow_start", "fix_value", "mark",
                 "accept", "reject", "undo", "redo"}


class ArticleParagraph(Widget):
    """One line of the article, its items highlighted (the current one strongest)."""

    COMPONENT_CLASSES = {"reader--quotes", "reader--numbers", "reader--sources", "reader--current",
                         "reader--rejected"}

    def __init__(self, reader: ReaderScreen, start: int, end: int):
        super().__init__(classes="paragraph")
        self.reader = reader
        self.start = start
        self.end = end

    def render(self) -> Content:
        article = self.reader.article
        if article is None:
            return Content("")
        content = Content(safe(article.text[self.start : self.end]))
        current = self.reader.current_item
        for item in self.reader.items:
            if item.end <= self.start or item.start >= self.end:
                continue
            lo, hi = max(item.start, self.start) - self.start, min(item.end, self.end) - self.start
            name = "reader--current" if item is current else f"reader--{item.kind}"
            content = content.stylize(self.get_visual_style(name, partial=True), lo, hi)
            if item.status == "rejected" and item is not current:
                content = content.stylize(self.get_visual_style("reader--rejected", partial=True), lo, hi)
        return content

    def holds(self, item: ItemSpan | None) -> bool:
        return item is not None and item.start < self.end and item.end > self.start


class ReaderScreen(Screen[tuple[str, int] | None]):
    """Read one article; step through and fix its items."""

    CSS_PATH = "reader.tcss"
    AUTO_FOCUS = None

    BINDINGS = keys.READER

    @dataclass
    class Loaded(Message):
        """The article and its items, read after the last job committed."""

        article: ArticleText | None
        focus: tuple[str, int] | None
        message: str = ""

    def __init__(self, article_id: str, focus: tuple[str, int] | None = None):
        super().__init__()
        self.article_id = article_id
        self.focus_ref = focus
        self.article: ArticleText | None = None
        self.items: tuple[ItemSpan, ...] = ()
        self.index: int | None = None

    @property
    def briefing(self) -> BriefingApp:
        return self.app  # type: ignore[return-value]

    @property
    def current_item(self) -> ItemSpan | None:
        if self.index is None or not self.items:
            return None
        return self.items[self.index]

    def compose(self) -> ComposeResult:
        yield Static("", id="reader-head")
        yield VerticalScroll(id="reader-scroll", can_focus=False)
        yield Static("", id="reader-status")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.load()

    def on_data_changed(self, message: DataChanged) -> None:
        self.load()

    # -- loading ----------------------------------------------------------------------

    def load(self, message: str = "", focus: tuple[str, int] | None = None) -> None:
        article_id = self.article_id
        want = focus or (self._ref(self.current_item) if self.current_item else self.focus_ref)
        self.briefing.runner.submit(
            lambda db: ReaderScreen.Loaded(q.article_text(db, article_id), want, message),
            self, lambda m: m, label="read article",
        )

    @staticmethod
    def _ref(item: ItemSpan | None) -> tuple[str, int] | None:
        return (item.kind, item.id) if item else None

    async def on_reader_screen_loaded(self, message: Loaded) -> None:
        if message.article is None:
            self.notify("this article is no longer in the database", severity="error")
            self.dismiss(None)
            return
        first = self.article is None or self.article.text != message.article.text
        self.article = message.article
        self.items = message.article.items
        self.index = None
        if message.focus:
            for i, item in enumerate(self.items):
                if (item.kind, item.id) == message.focus:
                    self.index = i
        if self.index is None and self.items:
            self.index = 0
        ref = self.article.ref
        meta = " \u00b7 ".join(x for x in (ref.outlet, (ref.published or "")[:10]) if x)
        self.query_one("#reader-head", Static).update(
            plain(f"{ref.title or 'article ' + ref.id}" + (f"  \u2014  {meta}" if meta else ""))
        )
        if first:
            await self._mount_paragraphs()
        else:
            for p in self.query(ArticleParagraph):
                p.refresh(layout=True)
        self._show_current(message.message)

    async def _mount_paragraphs(self) -> None:
        scroll = self.query_one("#reader-scroll", VerticalScroll)
        await scroll.remove_children()
        text = self.article.text if self.article else ""
        widgets, pos = [], 0
        for line in text.split("\n"):
            if line.strip():
                widgets.append(ArticleParagraph(self, pos, pos + len(line)))
            pos += len(line) + 1
        if not widgets:
            widgets.append(Static(plain("(this article has no text)")))
        await scroll.mount_all(widgets)

    def _show_current(self, message: str = "") -> None:
        item = self.current_item
        status = self.query_one("#reader-status", Static)
        if item is None:
            status.update(plain(message or "no quotes, numbers or sources found in this article: m marks one"))
            return
        n = len(self.items)
        label = f" \u2014 {item.label}" if item.label else ""
        line = (f"{SINGULAR.get(item.kind, item.kind)} {self.index + 1} of {n} \u00b7 {item.status}{label}: "
                f"\u201c{shorten(item.text, 60)}\u201d")
        status.update(plain(line + (f"\n{message}" if message else "")))
        for p in self.query(ArticleParagraph):
            if p.holds(item):
                self.query_one("#reader-scroll", VerticalScroll).scroll_to_widget(p, animate=False)
                break

    def _select(self, index: int) -> None:
        old = self.current_item
        self.index = index
        new = self.current_item
        for p in self.query(ArticleParagraph):
            if p.holds(old) or p.holds(new):
                p.refresh()
        self._show_current()

    # -- moving ----------------------------------------------------------------------------

    def action_next_item(self) -> None:
        if self.items and self.index is not None and self.index + 1 < len(self.items):
            self._select(self.index + 1)

    def action_prev_item(self) -> None:
        if self.items and self.index:
            self._select(self.index - 1)

    def action_page(self, direction: int) -> None:
        scroll = self.query_one("#reader-scroll", VerticalScroll)
        (scroll.scroll_page_down if direction > 0 else scroll.scroll_page_up)(animate=False)

    def action_back(self) -> None:
        self.dismiss(None)

    def action_review_here(self) -> None:
        self.dismiss(self._ref(self.current_item))

    # -- edits -------------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in WRITE_ACTIONS and self.briefing.readonly:
            return None
        return True

    def _edit(self, fn, label: str, focus: tuple[str, int] | None = None, *, follow: bool = True) -> None:
        """Run ``fn(db) -> Change``, then reload the article with the changed item (``follow``) or ``focus``."""
        article_id = self.article_id
        keep = focus or self._ref(self.current_item)

        def job(db):
            change = fn(db)
            target = keep
            if follow and change.table in SINGULAR and change.item_id is not None:
                target = (change.table, change.item_id)
            return ReaderScreen.Loaded(q.article_text(db, article_id), target, change.label)

        self.briefing.runner.submit(job, self, lambda m: m, label=label)

    def _span(self, edge: str, grow: bool) -> None:
        item = self.current_item
        if item is None or self.article is None:
            return
        start, end = r.span_step(self.article.text, item.start, item.end, edge, grow)
        if (start, end) == (item.start, item.end):
            self.notify("the span cannot change further that way", severity="warning")
            return
        kind, item_id, user = item.kind, item.id, self.briefing.user
        self._edit(lambda db: r.correct_span(db, kind, item_id, start, end, user=user), "fix span")

    def action_widen_end(self) -> None:
        self._span("end", True)

    def action_narrow_end(self) -> None:
        self._span("end", False)

    def action_widen_start(self) -> None:
        self._span("start", True)

    def action_narrow_start(self) -> None:
        self._span("start", False)

    def action_fix_value(self) -> None:
        item = self.current_item
        if item is None or item.kind != "numbers":
            self.notify("= fixes the value of a number: move to one with j/k", severity="warning")
            return
        item_id, user = item.id, self.briefing.user

        def done(text: str | None) -> None:
            if text is None:
                return
            try:
                value, unit = parse_value(text)
            except ValueError as exc:
                self.notify(str(exc), severity="error", markup=False)
                return
            self._edit(lambda db: r.correct_number(db, item_id, value, unit, user=user), "fix value")

        self.app.push_screen(TextPrompt(f"Value of \u201c{shorten(item.text, 40)}\u201d (number and unit)",
                                        placeholder="e.g. 41000 t"), done)

    def action_mark(self) -> None:
        if self.article is None:
            return
        names = sorted({i.label for i in self.items if i.kind == "quotes" and i.label})
        near = self.current_item.start if self.current_item else 0
        text, article_id, user = self.article.text, self.article_id, self.briefing.user

        def done(new: NewItem | None) -> None:
            if new is None:
                return
            where = r.find_passage(text, new.passage, near)
            if where is None:
                self.notify(f"those words are not in this article: {shorten(new.passage, 50)}",
                            severity="error", markup=False)
                return
            start, end = where
            self._edit(
                lambda db: r.add_manual(db, new.kind, article_id, start, end, speaker=new.speaker,
                                        name=new.name, value=new.value, unit=new.unit, user=user),
                "mark passage",
            )

        self.app.push_screen(NewItemDialog(names), done)

    def _decide(self, status: str) -> None:
        item = self.current_item
        if item is None:
            return
        kind, item_id, user = item.kind, item.id, self.briefing.user
        nxt = self.items[self.index + 1] if self.index is not None and self.index + 1 < len(self.items) else item
        self._edit(lambda db: r.decide(db, kind, item_id, status, user=user), status, focus=self._ref(nxt),
                   follow=False)

    def action_accept(self) -> None:
        self._decide("accepted")

    def action_reject(self) -> None:
        self._decide("rejected")

    def action_undo(self) -> None:
        user = self.briefing.user
        self._edit(lambda db: r.undo(db, user=user), "undo")

    def action_redo(self) -> None:
        user = self.briefing.user
        self._edit(lambda db: r.redo(db, user=user), "redo")

    def on_db_failed(self, message: DbFailed) -> None:
        self.query_one("#reader-status", Static).update(plain(message.message))
