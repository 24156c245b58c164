"""Every key of the app's screens, with the id a keymap file remaps it by.

``?`` shows these for the screen on show, ``ctrl+p`` runs them by name, and
``~/.config/briefing/keymap.json`` (or ``$BRIEFING_KEYMAP``) maps ids to new
keys, e.g. ``{"queue.accept": "y", "queue.reject": "n"}``. Keys follow
terminal habits: ``j``/``k`` and arrows move, ``g``/``G`` top and bottom.
Dialogs keep their few keys next to their code (``screens/dialogs.py``).
"""

from __future__ import annotations

from textual.binding import Binding

QUEUE = [
    Binding("a", "accept", "Accept", id="queue.accept", tooltip="Accept this item and go to the next pending one"),
    Binding("x", "reject", "Reject", id="queue.reject", tooltip="Reject this item and go to the next pending one"),
    Binding("space", "skip", "Skip", id="queue.skip", show=False,
            tooltip="Leave it pending, go to the next pending one"),
    Binding("u", "undo", "Undo", id="queue.undo", tooltip="Undo the last decision, tag, note, merge or fix"),
    Binding("ctrl+r", "redo", "Redo", id="queue.redo", show=False, tooltip="Redo what was undone"),
    Binding("A", "accept_all", "Accept all shown", id="queue.accept_all", show=False),
    Binding("X", "reject_all", "Reject all shown", id="queue.reject_all", show=False),
    Binding("j,down", "next", "Next", id="queue.next", show=False),
    Binding("k,up", "prev", "Previous", id="queue.prev", show=False),
    Binding("g,home", "first", "First", id="queue.first", show=False),
    Binding("G,end", "last", "Last", id="queue.last", show=False),
    Binding("right_square_bracket", "next_kind", "Next kind", id="queue.next_kind", show=False),
    Binding("left_square_bracket", "prev_kind", "Previous kind", id="queue.prev_kind", show=False),
    Binding("t", "tag", "Tag", id="queue.tag"),
    *[
        Binding(str(n), f"toggle_tag({n - 1})", f"Toggle tag {n}", id=f"queue.tag_{n}", show=False)
        for n in range(1, 10)
    ],
    Binding("e", "note", "Note", id="queue.note", show=False),
    Binding("slash", "search", "Search", id="queue.search"),
    Binding("n", "search_next", "Next match", id="queue.search_next", show=False),
    Binding("N", "search_prev", "Previous match", id="queue.search_prev", show=False),
    Binding("f", "filter", "Filter", id="queue.filter"),
    Binding("S", "sort", "Sort", id="queue.sort", show=False),
    Binding("r", "reassign", "Reassign speaker", id="queue.reassign", show=False),
    Binding("o", "reader", "Article", id="queue.reader", tooltip="Read the article with every item highlighted"),
    Binding("s", "speakers", "Speaker view", id="queue.speakers", show=False),
    Binding("c", "copy", "Copy as Markdown", id="queue.copy", show=False),
    Binding("v", "overview", "Overview", id="queue.overview", show=False),
    Binding("p", "memo", "Memo preview", id="queue.memo", show=False),
    Binding("pagedown", "page(1)", "Scroll card down", id="queue.page_down", show=False),
    Binding("pageup", "page(-1)", "Scroll card up", id="queue.page_up", show=False),
]


READER = [
    Binding("escape", "back", "Back", id="reader.back"),
    Binding("enter", "review_here", "Review this item", id="reader.review_here", show=False),
    Binding("j,down", "next_item", "Next item", id="reader.next"),
    Binding("k,up", "prev_item", "Previous item", id="reader.prev", show=False),
    Binding("greater_than_sign", "widen_end", "Widen end", id="reader.widen_end"),
    Binding("less_than_sign", "narrow_end", "Narrow end", id="reader.narrow_end"),
    Binding("left_curly_bracket", "widen_start", "Widen start", id="reader.widen_start", show=False),
    Binding("right_curly_bracket", "narrow_start", "Narrow start", id="reader.narrow_start", show=False),
    Binding("equals_sign", "fix_value", "Fix value", id="reader.fix_value", show=False),
    Binding("m", "mark", "Mark missed", id="reader.mark"),
    Binding("a", "accept", "Accept", id="reader.accept", show=False),
    Binding("x", "reject", "Reject", id="reader.reject", show=False),
    Binding("u", "undo", "Undo", id="reader.undo", show=False),
    Binding("ctrl+r", "redo", "Redo", id="reader.redo", show=False),
    Binding("pagedown", "page(1)", "Page down", id="reader.page_down", show=False),
    Binding("pageup", "page(-1)", "Page up", id="reader.page_up", show=False),
]


SPEAKERS = [
    Binding("escape", "back", "Back", id="speakers.back"),
    Binding("j", "down", "Next quote", id="speakers.next", show=False),
    Binding("k", "up", "Previous quote", id="speakers.prev", show=False),
    Binding("g", "top", "First quote", id="speakers.first", show=False),
    Binding("G", "bottom", "Last loaded quote", id="speakers.last", show=False),
    Binding("enter", "review", "Review quote", id="speakers.review"),
    Binding("o", "reader", "Article", id="speakers.reader"),
    Binding("m", "merge", "Merge into\u2026", id="speakers.merge"),
    Binding("u", "undo", "Undo", id="speakers.undo"),
    Binding("ctrl+r", "redo", "Redo", id="speakers.redo", show=False),
]


OVERVIEW = [
    Binding("escape,v", "back", "Back", id="overview.back"),
    Binding("j", "down", "Down", id="overview.down", show=False),
    Binding("k", "up", "Up", id="overview.up", show=False),
    Binding("enter", "open", "Open in queue", id="overview.open"),
    Binding("R", "reload", "Reload", id="overview.reload", show=False),
]


HELP = [
    Binding("escape,question_mark,q", "close", "Close help", id="help.close"),
    Binding("j", "down", "Down", id="help.down", show=False),
    Binding("k", "up", "Up", id="help.up", show=False),
]


APP = [
    Binding("ctrl+q", "quit", "Quit", id="app.quit", priority=True, show=False,
            tooltip="Quit (every decision is already saved)"),
    Binding("question_mark", "help", "Help", id="app.help", tooltip="List every key of this screen"),
    Binding("ctrl+p", "command_palette", "Commands", id="app.palette", show=False, priority=True,
            tooltip="Search every action of this screen"),
]
