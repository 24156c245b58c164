"""The top line of the queue: title, the four kinds with their sizes, a read-only badge."""

from __future__ import annotations

from textual.content import Content
from textual.reactive import reactive
from textual.widget import Widget

from briefing.models import ITEM_KINDS


class KindBar(Widget):
    """Title, the four kinds (the current one highlighted) with their sizes, read-only badge."""

    COMPONENT_CLASSES = {"kindbar--title", "kindbar--on", "kindbar--off", "kindbar--readonly"}

    kind: reactive[str] = reactive("quotes")
    counts: reactive[dict] = reactive(dict)
    readonly: reactive[bool] = reactive(False)

    def render(self) -> Content:
        s = lambda n: self.get_visual_style(n, partial=True)  # noqa: E731
        parts = [Content(" briefing ").stylize(s("kindbar--title"))]
        for kind in ITEM_KINDS:
            n = self.counts.get(kind)
            label = f" {kind.capitalize()}" + (f" {n:,}" if n is not None else "") + " "
            parts.append(Content(label).stylize(s("kindbar--on" if kind == self.kind else "kindbar--off")))
        if self.readonly:
            parts.append(Content("  READ-ONLY: decisions disabled ").stylize(s("kindbar--readonly")))
        return Content("").join(parts)
