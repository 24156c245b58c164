"""A progress bar on stderr for long imports, shown only when stderr is a terminal.

Messages printed while the bar is up (errors, warnings) go through
:meth:`Progress.say`, which clears the bar's line first, so the two never
mix. Redraws are throttled to ten a second.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO

WIDTH = 30


class Progress:
    def __init__(self, total: int, *, label: str = "importing", stream: TextIO | None = None,
                 enabled: bool | None = None) -> None:
        self.stream = stream or sys.stderr
        self.total = max(total, 0)
        self.label = label
        self.done = 0
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self._start = time.monotonic()
        self._last = 0.0
        self._shown = False

    def advance(self, n: int = 1) -> None:
        self.done += n
        if self.enabled:
            now = time.monotonic()
            if now - self._last >= 0.1 or self.done >= self.total:
                self._last = now
                self._draw(now)

    def _draw(self, now: float) -> None:
        rate = self.done / max(now - self._start, 1e-6)
        if self.total:
            frac = min(self.done / self.total, 1.0)
            filled = int(frac * WIDTH)
            bar = "#" * filled + "-" * (WIDTH - filled)
            line = f"{self.label} [{bar}] {self.done}/{self.total} articles {frac:4.0%} {rate:6.0f}/s"
        else:
            line = f"{self.label} {self.done} articles {rate:6.0f}/s"
        self.stream.write("\r\x1b[2K" + line)
        self.stream.flush()
        self._shown = True

    def status(self, text: str) -> None:
        """A transient line (e.g. "checking big.jsonl"), replaced by the next draw."""
        if self.enabled:
            self.stream.write("\r\x1b[2K" + text)
            self.stream.flush()
            self._shown = True

    def clear(self) -> None:
        if self._shown:
            self.stream.write("\r\x1b[2K")
            self.stream.flush()
            self._shown = False

    def say(self, message: str) -> None:
        """Print a line on stderr without tearing the bar."""
        self.clear()
        print(message, file=self.stream, flush=True)
        if self.enabled and self.done:
            self._draw(time.monotonic())

    def close(self) -> None:
        self.clear()
