"""The review app as a user runs it: the real `briefing review` command in a real terminal (a pty),
driven by keystrokes and read off the screen, then killed with SIGKILL (crash tests)."""

from __future__ import annotations

import contextlib
import os
import re
import select
import signal
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_ANSI = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07]*\x07|\x1b[()][A-Za-z0-9]|\x1b.")


class Terminal:
    """Keys in, screen text out."""

    def __init__(self, fd: int) -> None:
        self.fd = fd
        self.buffer: list[str] = []

    def send(self, keys: bytes) -> None:
        os.write(self.fd, keys)

    def expect(self, needle: str, limit: float = 60.0) -> str:
        """Read the terminal until ``needle`` shows up (escape sequences removed)."""
        deadline = time.monotonic() + limit
        while time.monotonic() < deadline:
            ready, _, _ = select.select([self.fd], [], [], 0.1)
            if ready:
                try:
                    chunk = os.read(self.fd, 65536)
                except OSError:
                    break
                if not chunk:
                    break
                self.buffer.append(chunk.decode("utf-8", "replace"))
                plain = _ANSI.sub("", "".join(self.buffer))
                if needle in plain:
                    return plain
        raise AssertionError(f"never saw {needle!r} on the terminal")


@contextlib.contextmanager
def review_in_pty(db: str, size: tuple[int, int] = (100, 30)) -> Iterator[Terminal]:
    """`briefing review --db DB` as user "ana" in a ``size`` terminal; SIGKILLed when the block ends."""
    import fcntl
    import pty
    import struct
    import termios

    pid, fd = pty.fork()
    if pid == 0:  # child: the real command in a real terminal
        os.environ.update({"TERM": "xterm-256color", "BRIEFING_USER": "ana", "BRIEFING_KEYMAP": "/nonexistent"})
        os.execv(str(ROOT / ".venv/bin/briefing"), ["briefing", "review", "--db", db])
    try:
        fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", size[1], size[0], 0, 0))
        os.kill(pid, signal.SIGWINCH)
        yield Terminal(fd)
        os.kill(pid, signal.SIGKILL)  # the moment the screen showed what the block waited for
        os.waitpid(pid, 0)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
        os.close(fd)
