"""``?``: every key of the screen underneath, with what it does and its id for the keymap.

Built from the screen's live bindings, so a remapped key shows as remapped.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen, Screen
from textual.widgets import DataTable, Static

from screens import keys
from screens.text import cell, plain


def binding_rows(app, screen: Screen) -> list[tuple[str, str, str]]:
    """``(keys, description, id)`` for each action bound on ``screen`` (and the app), in binding order."""
    grouped: dict[str, list] = {}
    for _key, active in screen.active_bindings.items():
        b = active.binding
        if b.system or not b.description or not b.id:
            continue  # ours all have ids; Textual's focus/copy keys are not briefing's
        ident = b.id or b.action
        entry = grouped.setdefault(ident, [[], b])
        display = app.get_key_display(b)
        if display not in entry[0]:
            entry[0].append(display)
    rows = []
    for ident, (bound, b) in grouped.items():
        text = b.description
        if b.tooltip and b.tooltip.lower() != b.description.lower():
            text += f" \u2014 {b.tooltip}"
        rows.append((" ".join(bound), text, ident if b.id else ""))
    return rows


class HelpScreen(ModalScreen[None]):
    """The keys of the screen underneath."""

    CSS_PATH = "help.tcss"

    BINDINGS = keys.HELP

    def __init__(self, for_screen: Screen):
        super().__init__()
        self.for_screen = for_screen

    def compose(self) -> ComposeResult:
        name = type(self.for_screen).__name__.replace("Screen", "").lower() or "screen"
        with Vertical(id="help-box"):
            yield Static(plain(f"Keys of the {name} screen"), id="help-title")
            yield DataTable(id="help-table", cursor_type="row", zebra_stripes=True)
            yield Static(
                plain("Remap any key by id in ~/.config/briefing/keymap.json or $BRIEFING_KEYMAP, "
                      'e.g. {"queue.accept": "y"} \u00b7 escape closes'),
                id="help-hint",
            )

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns("key", "what it does", "id")
        for bound, text, ident in binding_rows(self.app, self.for_screen):
            table.add_row(cell(bound), cell(text), cell(ident))
        table.focus()

    def action_close(self) -> None:
        self.dismiss()

    def action_down(self) -> None:
        self.query_one(DataTable).action_cursor_down()

    def action_up(self) -> None:
        self.query_one(DataTable).action_cursor_up()
