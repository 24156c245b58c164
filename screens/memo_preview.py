"""The memo preview: exactly what ``briefing export`` would write for the current filter.

The review app pushes :class:`MemoPreviewScreen` (key ``p``) with its database
path and :class:`ItemFilter`. The memo is gathered and rendered in a thread
worker with its own store connection, by the same ``store.export.build_memo``
and ``briefing.memo.to_markdown`` the CLI uses, so ``w`` writes the same bytes
as ``briefing export`` with that filter.
"""

from __future__ import annotations

from pathlib import Path

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Button, Footer, Input, Label, Markdown, Static

from briefing.commands.export_cmd import write_atomically
from briefing.filters import ItemFilter
from briefing.memo import GroupBy, to_markdown
from store import StoreError, open_store
from store.export import build_memo


def default_memo_name(latest_date: str | None) -> str:
    """``memo-<date of the newest article>.md``, or ``memo.md`` when no article has a date."""
    return f"memo-{latest_date}.md" if latest_date else "memo.md"


class MemoPathPrompt(ModalScreen[str | None]):
    """Ask where to write the memo. Enter accepts, escape cancels; dismisses with the path or None."""

    CSS_PATH = "memo_preview.tcss"
    BINDINGS = [Binding("escape", "cancel", "Cancel", id="memo_path.cancel")]

    def __init__(self, default: str) -> None:
        super().__init__()
        self._default = default

    def compose(self) -> ComposeResult:
        with Vertical(id="memo-path-dialog"):
            yield Label("Write the memo to:")
            yield Input(value=self._default, id="memo-path", placeholder="memo.md")
            yield Static("enter write · escape cancel", classes="hint")

    @on(Input.Submitted, "#memo-path")
    def _submitted(self, event: Input.Submitted) -> None:
        value = event.value.strip()
        self.dismiss(value or None)

    def action_cancel(self) -> None:
        self.dismiss(None)


class ConfirmOverwrite(ModalScreen[bool]):
    """``y`` overwrites the existing file, ``n`` or escape keeps it."""

    CSS_PATH = "memo_preview.tcss"
    BINDINGS = [
        Binding("y", "answer(True)", "Overwrite", id="memo_overwrite.yes"),
        Binding("n,escape", "answer(False)", "Keep", id="memo_overwrite.no"),
    ]

    def __init__(self, path: Path) -> None:
        super().__init__()
        self._path = path

    def compose(self) -> ComposeResult:
        with Vertical(id="memo-overwrite-dialog"):
            yield Label(f"{self._path} exists. Overwrite it?")
            with Horizontal(classes="buttons"):
                yield Button("Overwrite (y)", id="overwrite-yes", variant="warning")
                yield Button("Keep (n)", id="overwrite-no")

    def on_mount(self) -> None:
        self.query_one("#overwrite-no", Button).focus()  # enter by habit keeps the file

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "overwrite-yes")

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)


class MemoPreviewScreen(Screen[None]):
    """A read-only preview of the memo for ``flt``; ``w`` writes it to a file."""

    CSS_PATH = "memo_preview.tcss"
    BINDINGS = [
        Binding("w", "write", "Write memo", tooltip="Write this memo to a Markdown file", id="memo_preview.write"),
        Binding("escape", "close", "Close", tooltip="Back to the review", id="memo_preview.close"),
    ]

    def __init__(self, db_path: str, flt: ItemFilter, group_by: GroupBy = "speaker") -> None:
        super().__init__()
        self.db_path = db_path
        self.flt = flt
        self.group_by: GroupBy = group_by
        #: The rendered memo, byte for byte what ``briefing export`` writes; None until rendered.
        self.markdown_text: str | None = None
        self.latest_date: str | None = None

    def compose(self) -> ComposeResult:
        yield Static("Rendering memo…", id="memo-status")
        with VerticalScroll(id="memo-scroll"):
            yield Markdown(id="memo-markdown", open_links=False)
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#memo-scroll").focus()
        self._render_memo()

    @work(thread=True, exclusive=True, exit_on_error=False, group="memo-preview")
    def _render_memo(self) -> None:
        """Gather and render off the UI thread, on a connection opened in this thread."""
        try:
            db = open_store(self.db_path)
            try:
                memo = build_memo(db, self.flt, group_by=self.group_by)
            finally:
                db.close()
            text = to_markdown(memo)
        except StoreError as exc:
            self.app.call_from_thread(self._show_error, str(exc))
            return
        s = memo.scope
        counts = f"{s.quotes + s.reported} quotes · {s.figures} figures · {s.sources} sources"
        self.app.call_from_thread(self._show, text, memo.latest_date, counts)

    async def _show(self, text: str, latest_date: str | None, counts: str) -> None:
        self.markdown_text = text
        self.latest_date = latest_date
        await self.query_one("#memo-markdown", Markdown).update(text)
        self.query_one("#memo-status", Static).update(
            f"Memo preview · {self.flt.describe()} · {counts}"
        )

    def _show_error(self, message: str) -> None:
        self.query_one("#memo-status", Static).update(f"Cannot build the memo: {message}")
        self.notify(message, title="Memo", severity="error")

    def action_close(self) -> None:
        self.dismiss(None)

    def action_write(self) -> None:
        if self.markdown_text is None:
            self.notify("The memo is still being rendered.", title="Memo")
            return
        self.app.push_screen(MemoPathPrompt(default_memo_name(self.latest_date)), self._path_chosen)

    def _path_chosen(self, value: str | None) -> None:
        if not value:
            return
        path = Path(value).expanduser()
        if path.is_dir():
            self.notify(f"{path} is a directory.", title="Memo", severity="error")
            return
        if path.exists():
            self.app.push_screen(ConfirmOverwrite(path), lambda yes: self._write(path) if yes else None)
        else:
            self._write(path)

    @work(thread=True, exclusive=True, exit_on_error=False, group="memo-write")
    def _write(self, path: Path) -> None:
        data = (self.markdown_text or "").encode("utf-8")
        try:
            write_atomically(path, data)
        except OSError as exc:
            self.app.call_from_thread(
                self.notify, f"Cannot write {path}: {exc.strerror or exc}", title="Memo", severity="error"
            )
            return
        self.app.call_from_thread(self.notify, f"Wrote {path} ({len(data):,} bytes)", title="Memo")
