"""The review app: factory, app-wide bindings, keymap, database thread.

``run_app(db_path)`` is what ``briefing review`` calls; ``create_app`` builds
the same app for tests and benchmarks. The app owns the one database thread
(:class:`~screens.db.DbRunner`) that every screen sends its jobs to, shows
database errors as notifications (it never exits because of one) and tells
the screen on show when another process changed the database.

Users remap keys by binding id in a JSON file: ``$BRIEFING_KEYMAP`` or
``~/.config/briefing/keymap.json`` (``$XDG_CONFIG_HOME`` respected), e.g.
``{"queue.accept": "y", "queue.reject": "n", "queue.next": "j,down"}``.
``?`` lists every binding with its id.
"""

from __future__ import annotations

import asyncio
import json
import os
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Literal

from textual import work
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.markup import escape as escape_markup
from textual.screen import Screen
from textual.worker import get_current_worker

from briefing.models import current_user
from screens import keys
from screens.db import DbRunner, close_thread_dbs
from screens.queue import QueueScreen
from screens.session import QueueSession
from screens.worker_messages import DataChanged, DbFailed
from store import StoreError, open_store

KeymapPath = str | os.PathLike[str] | None | Literal["auto"]


def default_keymap_path() -> Path:
    env = os.environ.get("BRIEFING_KEYMAP")
    if env:
        return Path(env).expanduser()
    base = os.environ.get("XDG_CONFIG_HOME") or os.path.join(os.path.expanduser("~"), ".config")
    return Path(base) / "briefing" / "keymap.json"


def load_keymap(path: Path) -> tuple[dict[str, str], list[str]]:
    """The keymap in ``path`` (binding id -> keys) and a list of problems found in it."""
    if not path.exists():
        return {}, []
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        return {}, [f"{path}: not readable JSON ({exc})"]
    if not isinstance(data, dict):
        return {}, [f"{path}: expected an object of binding id -> keys"]
    keymap, problems = {}, []
    for key, value in data.items():
        if isinstance(key, str) and isinstance(value, str) and value.strip():
            keymap[key] = value.strip()
        else:
            problems.append(f"{path}: {key!r} must map to a key string such as \"y\" or \"ctrl+y\"")
    return keymap, problems


def all_binding_ids() -> set[str]:
    """Every binding id of the app and its screens (what a keymap may name)."""
    from screens.dialogs import ConfirmDialog, FilterDialog, NewItemDialog, SpeakerPicker, TextPrompt
    from screens.help import HelpScreen
    from screens.overview import OverviewScreen
    from screens.reader import ReaderScreen
    from screens.speakers import SpeakersScreen

    ids: set[str] = set()
    for cls in (BriefingApp, QueueScreen, ReaderScreen, SpeakersScreen, OverviewScreen, HelpScreen,
                TextPrompt, ConfirmDialog, FilterDialog, SpeakerPicker, NewItemDialog):
        for binding in cls.BINDINGS:
            if isinstance(binding, Binding) and binding.id:
                ids.add(binding.id)
    return ids


class BriefingApp(App):
    """Review extracted quotes, speakers, numbers and sources at keyboard speed."""

    TITLE = "briefing"
    CSS_PATH = ["app.tcss", "card.tcss", "dialogs.tcss"]
    ENABLE_COMMAND_PALETTE = True

    BINDINGS = keys.APP

    def __init__(
        self,
        db_path: str,
        *,
        readonly: bool = False,
        user: str | None = None,
        keymap_path: KeymapPath = "auto",
        poll_seconds: float = 1.0,
    ):
        super().__init__()
        self.db_path = db_path
        self.readonly = readonly
        self.user = user or current_user()
        self.keymap_path = keymap_path
        self.runner = DbRunner(db_path, readonly=readonly, poll_seconds=poll_seconds)
        self.session = QueueSession(self.user, readonly=readonly)

    # -- lifecycle -------------------------------------------------------------------

    def on_mount(self) -> None:
        self.start_database()
        self._apply_keymap()
        self.push_screen(QueueScreen(self.session))
        if self.readonly:
            self.notify(
                "This database is read-only: you can read, search, filter and copy; "
                "decisions and edits are disabled.",
                title="Read-only",
                severity="warning",
                timeout=10,
                markup=False,
            )

    @work(thread=True, exclusive=True, group="database", exit_on_error=False, name="database")
    def start_database(self) -> None:
        """The database thread: runs jobs in order and watches for other writers."""
        worker = get_current_worker()
        try:
            self.runner.run(lambda: worker.is_cancelled, lambda v: self.post_message(DataChanged(v)))
        except Exception as exc:  # cannot open: say so, keep the app up
            self.post_message(DbFailed(f"cannot open the database: {exc}", "open"))

    def _apply_keymap(self) -> None:
        if self.keymap_path is None:
            return
        path = default_keymap_path() if self.keymap_path == "auto" else Path(self.keymap_path)
        keymap, problems = load_keymap(path)
        unknown = sorted(set(keymap) - all_binding_ids())
        if unknown:
            problems.append(f"{path}: unknown binding ids {', '.join(unknown)} (press ? to see the ids)")
        if keymap:
            self.set_keymap(keymap)
        for problem in problems:
            self.notify(problem, title="Keymap", severity="warning", timeout=10, markup=False)

    async def action_quit(self) -> None:
        """Save where the user is, let queued jobs finish (briefly), then leave."""
        for screen in self.screen_stack:
            if isinstance(screen, QueueScreen):
                screen.flush_position()
        deadline = time.monotonic() + 2.0
        while not self.runner.idle and self.runner.running and time.monotonic() < deadline:
            await asyncio.sleep(0.01)
        self.runner.stop()
        self.exit()

    def on_unmount(self) -> None:
        self.runner.stop()
        close_thread_dbs()

    # -- messages ----------------------------------------------------------------------

    def on_data_changed(self, message: DataChanged) -> None:
        """Another process wrote: the screen on show re-reads (others do when they come back)."""
        screen = self.screen
        if not screen.is_modal:
            screen.post_message(DataChanged(message.version))

    def on_db_failed(self, message: DbFailed) -> None:
        self.notify(message.message, title=message.action or "Database", severity="error", timeout=8, markup=False)

    # -- help and palette ----------------------------------------------------------------

    def action_help(self) -> None:
        from screens.help import HelpScreen

        if isinstance(self.screen, HelpScreen):
            self.screen.dismiss()
            return
        self.push_screen(HelpScreen(self.screen))

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """Every action of the current screen (from its bindings), then Textual's own."""
        seen: set[str] = set()
        for key, active in screen.active_bindings.items():
            binding = active.binding
            if not binding.description or binding.action in seen or binding.system:
                continue
            seen.add(binding.action)
            keys = ", ".join(
                self.get_key_display(b.binding)
                for k, b in screen.active_bindings.items()
                if b.binding.action == binding.action
            ) or key
            # the palette reads help as markup: keys such as "[/]" must stay text
            help_text = escape_markup(f"{binding.tooltip or binding.description} \u00b7 key: {keys}")
            yield SystemCommand(binding.description, help_text, _runner(active.node, binding.action))
        yield from super().get_system_commands(screen)


def _runner(node, action: str):
    async def run() -> None:
        await node.run_action(action)

    return run


def create_app(
    db_path: str | os.PathLike[str],
    *,
    readonly: bool | None = None,
    user: str | None = None,
    keymap_path: KeymapPath = "auto",
    poll_seconds: float = 1.0,
) -> BriefingApp:
    """Open (create, adopt or migrate) the database once, then build the app on it.

    ``readonly=None`` decides by the file, as :func:`store.open_store` does.
    Raises :class:`store.StoreError` with a one-line message when the file
    cannot be used.
    """
    path = str(db_path)
    if readonly is None:
        readonly = Path(path).exists() and not os.access(path, os.W_OK)
    db = open_store(path, readonly=readonly)
    db.conn.close()
    return BriefingApp(path, readonly=readonly, user=user, keymap_path=keymap_path, poll_seconds=poll_seconds)


def run_app(db_path: str) -> int:
    """``briefing review --db FILE``: run the app; 0 on a normal quit."""
    if not Path(db_path).exists():
        raise StoreError(
            f"no database at {db_path}: import articles first with `briefing import FILES --db {db_path}`"
        )
    app = create_app(db_path)
    app.run()
    return int(app.return_code or 0)
