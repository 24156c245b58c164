"""Pieces the import and extract commands share."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import TypeVar

from sqlite_utils import Database

from briefing.cli import CommandError
from store import open_store

T = TypeVar("T")
#: C0/C1 controls (ESC starts escape sequences) and the bidi controls that reorder what a line shows.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def shown(text: str) -> str:
    """A file name or message made safe for the terminal (no raw escape sequences)."""
    return _CONTROL.sub(lambda m: repr(m[0])[1:-1], str(text))


def chunked(items: Iterable[T], n: int) -> Iterator[list[T]]:
    it = iter(items)
    while chunk := list(islice(it, n)):
        yield chunk


def open_for_writing(path: str, *, action: str) -> Database:
    """Open (create, adopt) the database to write to it; refuse a read-only one clearly."""
    p = Path(path)
    if p.exists() and not os.access(p, os.W_OK):
        raise CommandError(f"{shown(path)}: the database is read-only; {action} needs to write to it")
    if p.is_dir():
        raise CommandError(f"{shown(path)}: is a directory, not a database file")
    parent = p.parent if str(p.parent) else Path(".")
    if not p.exists() and not parent.exists():
        raise CommandError(f"{shown(path)}: the folder {shown(str(parent))} does not exist")
    return open_store(path, readonly=False)


def plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"
