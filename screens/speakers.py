"""``s``: one speaker's quotes across every article; ``m`` merges the speaker into another.

The list pages through SQLite (keyset on article order) as the cursor nears
its end, so a speaker quoted ten thousand times opens as fast as one quoted
twice. A merge is an alias merge (the speaker becomes an alias of the other,
its quotes move there) and ``u`` undoes it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static

from briefing.speaker_label import role_parts
from screens import keys
from screens.card import distinct_aliases
from screens.dialogs import SpeakerChoice, SpeakerPicker
from screens.text import cell, plain, shorten
from screens.worker_messages import DataChanged, DbFailed
from store import queries as q
from store import review as r
from store.queries import Key, Row, SpeakerInfo

if TYPE_CHECKING:
    from screens.app import BriefingApp

PAGE = 100
STATUS_MARK = {"pending": "\u00b7", "accepted": "\u2713", "rejected": "\u2717"}


class SpeakersScreen(Screen[tuple[str, int] | None]):
    """A speaker and their quotes."""

    CSS_PATH = "speakers.tcss"

    BINDINGS = keys.SPEAKERS

    @dataclass
    class Loaded(Message):
        """A speaker and a page of their quotes (``append``: the next page)."""

        speaker: SpeakerInfo | None
        rows: list[Row]
        append: bool = False
        message: str = ""

    def __init__(self, speaker_id: int):
        super().__init__()
        self.speaker_id = speaker_id
        self.speaker: SpeakerInfo | None = None
        self.rows: list[Row] = []
        self.last_key: Key | None = None
        self.more = False
        self.loading_more = False

    @property
    def briefing(self) -> BriefingApp:
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        yield Static("", id="speaker-head")
        yield DataTable(id="speaker-quotes", cursor_type="row", zebra_stripes=True)
        yield Static("", id="speaker-status")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_column("", key="mark", width=1)
        table.add_column("date", key="date", width=10)
        table.add_column("outlet", key="outlet", width=18)
        table.add_column("quote", key="quote", width=max(20, self.app.size.width - 40))
        table.focus()
        self.load(self.speaker_id)

    def on_data_changed(self, message: DataChanged) -> None:
        self.load(self.speaker_id)

    def load(self, speaker_id: int, message: str = "") -> None:
        def job(db):
            sid = q.resolve_speaker(db, speaker_id)
            return SpeakersScreen.Loaded(q.speaker(db, sid), q.speaker_quotes(db, sid, limit=PAGE), False, message)

        self.briefing.runner.submit(job, self, lambda m: m, label="speaker")

    def on_speakers_screen_loaded(self, message: Loaded) -> None:
        table = self.query_one(DataTable)
        self.loading_more = False
        if message.speaker is None:
            self.notify("this speaker is no longer in the database", severity="error")
            self.dismiss(None)
            return
        keep_row = None
        if not message.append:
            # a reload of the same speaker (another process wrote, an undo) keeps the cursor
            if self.speaker is not None and message.speaker.id == self.speaker.id:
                keep_row = table.cursor_row
            self.speaker = message.speaker
            self.speaker_id = message.speaker.id
            self.rows = []
            table.clear()
            self._head()
        for row in message.rows:
            self.rows.append(row)
            art = row.article
            table.add_row(
                cell(STATUS_MARK.get(row.status, "?")),
                cell((art.published or "")[:10] if art else ""),
                cell(shorten(art.outlet if art else "", 18)),
                cell(shorten(row.text, 300)),
                key=str(row.id),
            )
        if keep_row:
            table.move_cursor(row=min(keep_row, max(len(self.rows) - 1, 0)))
        self.more = len(message.rows) == PAGE
        self.last_key = message.rows[-1].key if message.rows else self.last_key
        status = f"{len(self.rows):,} of {self.speaker.quote_count:,} quotes loaded" if self.speaker else ""
        if message.message:
            status = f"{message.message} \u00b7 {status}"
        self.query_one("#speaker-status", Static).update(plain(status))

    def _head(self) -> None:
        s = self.speaker
        if s is None:
            return
        role = ", ".join(role_parts(s.name, s.role, s.organization))
        lines = [s.name + (f" \u2014 {role}" if role else "")]
        extra = f"quoted {s.quote_count:,} time{'s' if s.quote_count != 1 else ''} \u00b7 {s.status}"
        aliases = distinct_aliases(s.name, s.aliases)
        if aliases:
            extra += " \u00b7 also known as " + ", ".join(aliases)
        lines.append(extra)
        head = self.query_one("#speaker-head", Static)
        head.update(plain(lines[0]) + Content("\n") + plain(lines[1]).stylize("dim"))

    @on(DataTable.RowHighlighted)
    def near_end(self, event: DataTable.RowHighlighted) -> None:
        """Keyset paging: fetch the next page when the cursor nears the end of what is loaded."""
        if self.more and not self.loading_more and event.cursor_row >= len(self.rows) - 10:
            self.loading_more = True
            sid, after = self.speaker_id, self.last_key

            def job(db):
                return SpeakersScreen.Loaded(q.speaker(db, sid), q.speaker_quotes(db, sid, after, limit=PAGE), True)

            self.briefing.runner.submit(job, self, lambda m: m, label="more quotes")

    def _row(self) -> Row | None:
        table = self.query_one(DataTable)
        if not self.rows or table.cursor_row is None or table.cursor_row >= len(self.rows):
            return None
        return self.rows[table.cursor_row]

    def action_down(self) -> None:
        self.query_one(DataTable).action_cursor_down()

    def action_up(self) -> None:
        self.query_one(DataTable).action_cursor_up()

    def action_top(self) -> None:
        self.query_one(DataTable).move_cursor(row=0)

    def action_bottom(self) -> None:
        self.query_one(DataTable).move_cursor(row=max(len(self.rows) - 1, 0))

    def action_back(self) -> None:
        self.dismiss(None)

    @on(DataTable.RowSelected)
    def selected(self) -> None:
        self.action_review()

    def action_review(self) -> None:
        row = self._row()
        if row is not None:
            self.dismiss(("quotes", row.id))

    def action_reader(self) -> None:
        row = self._row()
        if row is None or row.article is None:
            return
        from screens.reader import ReaderScreen

        self.app.push_screen(ReaderScreen(row.article.id, ("quotes", row.id)))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in {"merge", "undo", "redo"} and self.briefing.readonly:
            return None
        return True

    def action_merge(self) -> None:
        if self.speaker is None:
            return
        sid = self.speaker_id
        self.briefing.runner.submit(
            lambda db: SpeakersScreen.Pick(q.find_speakers(db, "", limit=200, exclude=sid)),
            self, lambda m: m, label="speakers",
        )

    @dataclass
    class Pick(Message):
        """Merge candidates, fetched on the database thread."""

        speakers: list[SpeakerInfo]

    def on_speakers_screen_pick(self, message: Pick) -> None:
        name = self.speaker.name if self.speaker else "this speaker"
        source, user = self.speaker_id, self.briefing.user

        def done(choice: SpeakerChoice | None) -> None:
            if choice is None or choice.speaker_id is None:
                return
            target = choice.speaker_id

            def job(db):
                change = r.merge_speaker(db, source, target, user=user)
                return SpeakersScreen.Loaded(q.speaker(db, target), q.speaker_quotes(db, target, limit=PAGE),
                                             False, change.label + " \u00b7 u undoes it")

            self.briefing.runner.submit(job, self, lambda m: m, label="merge")

        self.app.push_screen(
            SpeakerPicker(f"Merge {name} into\u2026 (they become an alias)", message.speakers, allow_new=False),
            done,
        )

    def _history(self, fn, label: str) -> None:
        sid = self.speaker_id

        def job(db):
            change = fn(db)
            target = q.resolve_speaker(db, sid)
            return SpeakersScreen.Loaded(q.speaker(db, target), q.speaker_quotes(db, target, limit=PAGE),
                                         False, change.label)

        self.briefing.runner.submit(job, self, lambda m: m, label=label)

    def action_undo(self) -> None:
        user = self.briefing.user
        self._history(lambda db: r.undo(db, user=user), "undo")

    def action_redo(self) -> None:
        user = self.briefing.user
        self._history(lambda db: r.redo(db, user=user), "redo")

    def on_db_failed(self, message: DbFailed) -> None:
        self.loading_more = False
        self.query_one("#speaker-status", Static).update(plain(message.message))
