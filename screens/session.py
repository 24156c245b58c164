"""Where the analyst is in the review queue, and what each key does to it.

A :class:`QueueSession` holds the kind on show, one filter per kind, the
sort, the search and the current item of each kind. It lives on the
database thread: every method takes that thread's connection, does its reads
and writes, and returns a :class:`QueueView` for the screen to draw. Because
the runner executes jobs one after another, three quick presses of ``a``
accept three items in order, each against the position the previous one left.

Where the user left off (kind, filters, sort, item of each kind) is stored in
``app_state`` under ``review:<user>``: with every decision (same transaction)
and, debounced, after plain moves.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from briefing.filters import ItemFilter
from briefing.models import ITEM_KINDS
from store import queries as q
from store import review as r
from store.queries import Card, Key, Totals

SINGULAR = {"quotes": "quote", "speakers": "speaker", "numbers": "number", "sources": "source"}


@dataclass(frozen=True)
class QueueView:
    """What the queue screen shows after a job: a snapshot, safe to hand to the UI thread."""

    kind: str
    card: Card | None
    totals: Totals
    flt: ItemFilter
    sort: str
    search: str | None = None
    tags: tuple[str, ...] = ()
    message: str = ""
    level: str = "info"  # info | done | warning | error
    readonly: bool = False
    empty: bool = False  # no items of this kind at all
    seq: int = 0
    kind_totals: dict[str, int] = field(default_factory=dict)
    moved: bool = False  # the position changed since it was last saved
    quotes_filter: ItemFilter = field(default_factory=ItemFilter)  # what the memo preview shows


class QueueSession:
    """The queue's state; every method runs on the database thread."""

    def __init__(self, user: str, *, readonly: bool = False):
        self.user = user
        self.readonly = readonly
        self.kind: str = "quotes"
        self.filters: dict[str, ItemFilter] = {k: ItemFilter() for k in ITEM_KINDS}
        self.sort: str = "article"
        self.cursor: dict[str, int | None] = {k: None for k in ITEM_KINDS}
        self.keys: dict[str, Key | None] = {k: None for k in ITEM_KINDS}
        self.search: str | None = None  # the FTS query run (a quoted phrase when the typed one was invalid)
        self.search_text: str | None = None  # what the user typed
        self.seq = 0
        self.dirty = False  # moved since the position was last saved

    # -- state ------------------------------------------------------------------

    @property
    def state_key(self) -> str:
        return f"review:{self.user}"

    @property
    def flt(self) -> ItemFilter:
        return self.filters[self.kind]

    def state(self) -> dict[str, Any]:
        return {
            self.state_key: {
                "kind": self.kind,
                "sort": self.sort,
                "filters": {k: f.model_dump(exclude_defaults=True) for k, f in self.filters.items()},
                "items": dict(self.cursor),
            }
        }

    def _restore(self, db: Database) -> None:
        saved = q.get_state(db, self.state_key)
        if not isinstance(saved, dict):
            return
        if saved.get("kind") in ITEM_KINDS:
            self.kind = saved["kind"]
        if saved.get("sort") in q.SORTS:
            self.sort = saved["sort"]
        for kind, data in (saved.get("filters") or {}).items():
            if kind in ITEM_KINDS and isinstance(data, dict):
                with contextlib.suppress(ValueError):
                    self.filters[kind] = ItemFilter.model_validate(data)
        for kind, item in (saved.get("items") or {}).items():
            if kind in ITEM_KINDS and isinstance(item, int):
                self.cursor[kind] = item

    # -- helpers --------------------------------------------------------------------

    def _key(self, db: Database, item_id: int | None) -> Key | None:
        if item_id is None:
            return None
        key = q.key_of(db, self.kind, self.sort, item_id)
        if key is not None:
            self.keys[self.kind] = key
        return key

    def _step(self, db: Database, key: Key | None, *, forward: bool = True, pending_only: bool = False,
              search: str | None = None) -> int | None:
        hit = q.step(db, self.kind, self.flt, self.sort, key, forward=forward,
                     pending_only=pending_only, search=search)
        if hit is None:
            return None
        self.keys[self.kind] = hit[1]
        return hit[0]

    def _set(self, item_id: int | None) -> None:
        if item_id != self.cursor[self.kind]:
            self.dirty = True
        self.cursor[self.kind] = item_id

    def _current_key(self, db: Database) -> Key | None:
        """Key of the current item; the last known one if it was deleted meanwhile."""
        item = self.cursor[self.kind]
        if item is None:
            return None
        return self._key(db, item) or self.keys[self.kind]

    def _first_pending(self, db: Database) -> None:
        self._set(self._step(db, None, pending_only=True) or self._step(db, None))

    def _ensure_cursor(self, db: Database) -> None:
        """Make the cursor point at an item the filter shows (or nothing, when none does)."""
        item = self.cursor[self.kind]
        if item is not None and q.matches(db, self.kind, self.flt, item):
            self._key(db, item)
            return
        if item is not None:
            key = self._current_key(db)
            if key is not None:
                nxt = self._step(db, key) or self._step(db, key, forward=False)
                if nxt is not None:
                    self._set(nxt)
                    return
        self._first_pending(db)

    def view(self, db: Database, message: str = "", level: str = "info") -> QueueView:
        self.seq += 1
        card = None
        item = self.cursor[self.kind]
        if item is not None:
            card = q.load_card(db, self.kind, item)
            if card is None:  # deleted by another process: move on
                self._ensure_cursor(db)
                item = self.cursor[self.kind]
                card = q.load_card(db, self.kind, item) if item is not None else None
        totals = q.totals(db, self.kind)
        kind_totals = {k: q.totals(db, k).total for k in ITEM_KINDS}
        return QueueView(
            kind=self.kind,
            card=card,
            totals=totals,
            flt=self.flt,
            sort=self.sort,
            search=self.search_text,
            tags=tuple(q.tag_names(db, 9)),
            message=message,
            level=level,
            readonly=self.readonly,
            empty=totals.total == 0,
            seq=self.seq,
            kind_totals=kind_totals,
            moved=self.dirty,
            quotes_filter=self.filters["quotes"],
        )

    # -- opening and moving ------------------------------------------------------------

    def open(self, db: Database) -> QueueView:
        """Where the user left off (kind, filter, item), else the first pending quote."""
        self._restore(db)
        had = self.cursor[self.kind]
        self._ensure_cursor(db)
        self.dirty = False
        message = "welcome back: where you left off" if had is not None and had == self.cursor[self.kind] else ""
        return self.view(db, message)

    def refresh(self, db: Database) -> QueueView:
        """Re-read after other changes (another process, another screen)."""
        self._ensure_cursor(db)
        return self.view(db)

    def move(self, db: Database, how: str) -> QueueView:
        """``next``, ``prev``, ``first`` or ``last`` in queue order."""
        if how in ("first", "last"):
            item = self._step(db, None, forward=how == "first")
            self._set(item)
            return self.view(db)
        key = self._current_key(db)
        item = self._step(db, key, forward=how == "next")
        if item is None:
            edge = "last" if how == "next" else "first"
            return self.view(db, f"this is the {edge} {SINGULAR[self.kind]} shown", "warning")
        self._set(item)
        return self.view(db)

    def _advance(self, db: Database, key: Key | None) -> int | None:
        """The next pending item after ``key``, else the next item."""
        return self._step(db, key, pending_only=True) or self._step(db, key)

    def skip(self, db: Database) -> QueueView:
        key = self._current_key(db)
        nxt = self._advance(db, key)
        if nxt is None:
            return self.view(db, "no more items after this one", "warning")
        self._set(nxt)
        return self.view(db)

    def goto(self, db: Database, kind: str, item_id: int) -> QueueView:
        """Show one item (from the reader, the speakers view or the overview)."""
        if kind in ITEM_KINDS:
            self.kind = kind
        if self.kind == "quotes":
            item_id = r.copies_of(db, item_id)[0]  # a syndicated copy is reviewed through its first copy
        if not q.matches(db, self.kind, self.flt, item_id):
            self.filters[self.kind] = ItemFilter()
        self._set(item_id)
        self._key(db, item_id)
        return self.view(db)

    # -- decisions ----------------------------------------------------------------------

    def decide(self, db: Database, status: str) -> QueueView:
        """Accept or reject the current item (and its copies), then go to the next pending one."""
        item = self.cursor[self.kind]
        if item is None:
            return self.view(db, f"no {SINGULAR[self.kind]} to decide on", "warning")
        key = self._current_key(db)
        nxt = self._advance(db, key)
        after = dict(self.cursor)
        after[self.kind] = nxt if nxt is not None else item
        state = self.state()
        state[self.state_key]["items"] = after
        change = r.decide(db, self.kind, item, status, user=self.user, state=state)
        self.cursor[self.kind] = after[self.kind]
        self.dirty = False
        mark = "\u2713" if status == "accepted" else "\u2717"
        message = f"{mark} {change.label}"
        if nxt is None:
            message += " · that was the last one shown"
        return self.view(db, message, "done")

    def bulk_count(self, db: Database, status: str) -> int:
        """How many items the current filter shows that are not ``status`` yet."""
        t = q.filtered_totals(db, self.kind, self.flt)
        return t.total - {"accepted": t.accepted, "rejected": t.rejected, "pending": t.pending}[status]

    def bulk(self, db: Database, status: str) -> QueueView:
        change = r.bulk_decide(db, self.kind, self.flt, status, user=self.user)
        self._ensure_cursor(db)
        return self.view(db, f"{'✓' if status == 'accepted' else '✗'} {change.label} · u undoes it", "done")

    def _jump_to_change(self, db: Database, change: r.Change) -> None:
        if change.table in ITEM_KINDS and change.item_id is not None:
            self.kind = change.table
            if q.load_card(db, self.kind, change.item_id) is not None:
                if not q.matches(db, self.kind, self.flt, change.item_id):
                    self.filters[self.kind] = ItemFilter()
                self._set(change.item_id)
                self._key(db, change.item_id)
                return
        self._ensure_cursor(db)

    def undo(self, db: Database) -> QueueView:
        change = r.undo(db, user=self.user)
        self._jump_to_change(db, change)
        return self.view(db, f"\u21b6 {change.label}", "done")

    def redo(self, db: Database) -> QueueView:
        change = r.redo(db, user=self.user)
        self._jump_to_change(db, change)
        return self.view(db, f"\u21b7 {change.label}", "done")

    # -- tags, notes, speakers ----------------------------------------------------------------

    def toggle_tag(self, db: Database, index: int) -> QueueView:
        names = q.tag_names(db, 9)
        if index >= len(names):
            return self.view(db, f"there is no tag {index + 1} yet: press t to add a tag", "warning")
        item = self.cursor[self.kind]
        if item is None:
            return self.view(db, "nothing to tag", "warning")
        change = r.set_tag(db, self.kind, item, names[index], user=self.user)
        return self.view(db, change.label, "done")

    def add_tag(self, db: Database, kind: str, item_id: int, name: str) -> QueueView:
        change = r.set_tag(db, kind, item_id, name, on=True, user=self.user)
        return self.view(db, change.label, "done")

    def set_note(self, db: Database, kind: str, item_id: int, note: str) -> QueueView:
        change = r.set_note(db, kind, item_id, note, user=self.user)
        return self.view(db, change.label, "done")

    def reassign(self, db: Database, quote_id: int, speaker_id: int | None, name: str | None) -> QueueView:
        change = r.reassign_speaker(db, quote_id, speaker_id=speaker_id, name=name, user=self.user)
        return self.view(db, change.label, "done")

    # -- kinds, filters, sort, search ------------------------------------------------------------

    def set_kind(self, db: Database, kind: str) -> QueueView:
        self.kind = kind
        self._ensure_cursor(db)
        self.dirty = True
        return self.view(db)

    def cycle_kind(self, db: Database, delta: int) -> QueueView:
        i = ITEM_KINDS.index(self.kind)
        return self.set_kind(db, ITEM_KINDS[(i + delta) % len(ITEM_KINDS)])

    def set_filter(self, db: Database, flt: ItemFilter, kind: str | None = None) -> QueueView:
        if kind in ITEM_KINDS:
            self.kind = kind
        self.filters[self.kind] = flt
        self._ensure_cursor(db)
        self.dirty = True
        return self.view(db, f"filter: {flt.describe()}")

    def set_sort(self, db: Database, sort: str) -> QueueView:
        self.sort = sort if sort in q.SORTS else "article"
        self._key(db, self.cursor[self.kind])
        self.dirty = True
        label = {"article": "article order", "speaker": "speaker", "outlet": "outlet"}[self.sort]
        note = ""
        if self.kind == "speakers":
            note = " (speakers are listed by name)"
        elif self.kind == "numbers" and self.sort == "speaker":
            note = " (numbers have no speaker: article order)"
        return self.view(db, f"sorted by {label}{note}")

    def find(self, db: Database, query: str, forward: bool = True) -> QueueView:
        """Set the search and go to the next match (wrapping round)."""
        query = typed = query.strip()
        if not query:
            self.search = self.search_text = None
            return self.view(db, "search cleared")
        message = ""
        try:
            q.check_search(db, self.kind, query)
        except q.SearchSyntaxError:
            message = f"search syntax not understood; searching for the words {query!r} as written"
            query = q.fts_phrase(query)
        self.search = query
        self.search_text = typed
        view = self.find_next(db, forward)
        if message:
            return self.view(db, message + (" · " + view.message if view.message else ""), "warning")
        return view

    def find_next(self, db: Database, forward: bool = True) -> QueueView:
        if not self.search:
            return self.view(db, "no search yet: press / to search", "warning")
        try:
            key = self._current_key(db)
            hit = self._step(db, key, forward=forward, search=self.search)
            wrapped = False
            if hit is None:
                hit = self._step(db, None, forward=forward, search=self.search)
                wrapped = hit is not None
        except q.SearchSyntaxError as exc:
            self.search = self.search_text = None
            return self.view(db, str(exc), "error")
        if hit is None:
            return self.view(db, f"no {self.kind} match {self.search_text}", "warning")
        self._set(hit)
        return self.view(db, f"match for {self.search_text}" + (" (wrapped round)" if wrapped else ""))

    def save_position(self, db: Database) -> None:
        if self.dirty and not self.readonly:
            r.save_state(db, self.state())
            self.dirty = False
