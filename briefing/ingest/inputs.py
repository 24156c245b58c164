"""Paths on the command line -> :class:`Input` objects, one per file.

Directories are walked recursively in sorted order, skipping hidden files
and folders; inside a directory, files of other formats and a folder's own
documentation (README.md, LICENSE, ...) are skipped (and reported as skipped). ``-`` is standard input, spooled to a temporary file
and sniffed. A file named explicitly with an unknown extension is sniffed.

An :class:`Input` has two passes. :meth:`Input.count` validates a
multi-record file (JSON, JSON Lines, CSV) by streaming through it once, so a
bad record is reported before anything of the file is written; single
articles (.txt, .md, .html) count as one without being read. :meth:`Input.records`
then yields the records. Small multi-record files are kept from the first
pass rather than read twice.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from briefing.ingest.base import EXTENSIONS, IngestError, Record
from briefing.ingest.csvfile import iter_csv_records
from briefing.ingest.decode import open_text_stream
from briefing.ingest.html import read_html_file
from briefing.ingest.jsonfile import iter_json_values, iter_jsonl_values, record_from_value
from briefing.ingest.text import read_text_file

MULTI_RECORD = ("json", "jsonl", "csv")
#: File names (without extension) that, inside a directory, describe it rather than being articles.
DOCUMENTATION = frozenset({"README", "LICENSE", "LICENCE", "CHANGELOG", "CONTRIBUTING", "NOTICE"})
#: Multi-record files up to this size are parsed once and kept in memory between the passes,
#: up to KEEP_TOTAL_BYTES for all inputs of a run.
KEEP_BYTES = 16 * 1024 * 1024
KEEP_TOTAL_BYTES = 64 * 1024 * 1024


@dataclass
class Skipped:
    """A file inside a directory that is not in a format briefing reads."""

    label: str
    reason: str


@dataclass
class Failed:
    """A path that cannot be read at all (does not exist, no permission)."""

    label: str
    message: str


@dataclass
class Input:
    """One file (or standard input) to read articles from."""

    label: str  # the path as shown to the user and stored in articles.path
    path: Path
    format: str
    warnings: list[str] = field(default_factory=list)
    _kept: list[Record] | None = None
    _count: int | None = None
    _spooled: bool = False

    def warn(self, message: str) -> None:
        if message not in self.warnings:  # the validating pass and the reading pass see the same
            self.warnings.append(message)

    def count(self, *, keep: bool = True) -> int:
        """How many articles the input holds; validates multi-record files. Raises IngestError.

        With ``keep``, a small multi-record file's records are kept for :meth:`records`
        instead of being read again (callers with many inputs budget this: see
        :meth:`kept_bytes`).
        """
        if self._count is not None:
            return self._count
        if self.format not in MULTI_RECORD:
            self._count = 1
            return 1
        keep = keep and self._size() <= KEEP_BYTES
        kept: list[Record] = []
        n = 0
        for record in self._read():
            n += 1
            if keep:
                kept.append(record)
        if n == 0:
            raise IngestError("no articles in the file")
        self._kept = kept if keep else None
        self._count = n
        return n

    def kept_bytes(self) -> int:
        """Roughly how much memory the records kept by :meth:`count` hold."""
        return self._size() if self._kept is not None else 0

    def records(self) -> Iterator[Record]:
        """The articles, in file order. Raises IngestError."""
        if self._kept is not None:
            kept, self._kept = self._kept, None  # hand them over once, then let them go
            yield from kept
            return
        yield from self._read()

    def close(self) -> None:
        if self._spooled:
            self.path.unlink(missing_ok=True)

    # --- reading -----------------------------------------------------------

    def _size(self) -> int:
        try:
            return self.path.stat().st_size
        except OSError:
            return 0

    def _read(self) -> Iterator[Record]:
        try:
            yield from self._read_format()
        except IngestError:
            raise
        except PermissionError:
            raise IngestError("permission denied") from None
        except IsADirectoryError:
            raise IngestError("is a directory") from None
        except FileNotFoundError:
            raise IngestError("no such file (it was removed while importing)") from None
        except OSError as exc:
            raise IngestError(f"cannot read the file ({exc.strerror or exc})") from None
        except RecursionError:
            raise IngestError("JSON nested too deeply") from None

    def _read_format(self) -> Iterator[Record]:
        path, label, fmt = self.path, self.label, self.format
        if fmt in ("txt", "md"):
            yield Record(read_text_file(path, label=label, fmt=fmt, warn=self.warn), fmt)
        elif fmt == "html":
            yield Record(read_html_file(path, label=label, warn=self.warn), fmt)
        else:
            with open(path, "rb") as raw:
                stream = open_text_stream(raw, self.warn, newline="" if fmt == "csv" else None)
                if fmt == "csv":
                    yield from iter_csv_records(stream, path=label)
                else:
                    values = iter_json_values(stream) if fmt == "json" else iter_jsonl_values(stream)
                    for line, value in values:
                        yield record_from_value(value, line=line, path=label, fmt=fmt)
                stream.finish()
                stream.detach()


def expand(paths: list[str], *, stdin: BinaryIO | None = None) -> Iterator[Input | Skipped | Failed]:
    """Every input the paths name, in order: files, directory contents (sorted), stdin."""
    for arg in paths:
        if arg == "-":
            yield _stdin_input(stdin if stdin is not None else sys.stdin.buffer)
            continue
        p = Path(arg)
        if p.is_dir():
            yield from _walk(p)
        elif p.exists():
            if not os.access(p, os.R_OK):
                yield Failed(arg, "permission denied")
                continue
            fmt = EXTENSIONS.get(p.suffix.lower()) or _sniff_file(p)
            yield Input(arg, p, fmt)
        else:
            yield Failed(arg, "no such file or directory")


def _walk(root: Path) -> Iterator[Input | Skipped | Failed]:
    for dirpath, dirnames, filenames in os.walk(root, onerror=None):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            p = Path(dirpath) / name
            fmt = EXTENSIONS.get(p.suffix.lower())
            if p.stem.upper() in DOCUMENTATION:
                yield Skipped(str(p), "documentation, not an article (name the file itself to import it)")
            elif fmt is None:
                yield Skipped(str(p), "not a format briefing reads (" + " ".join(sorted(set(EXTENSIONS))) + ")")
            elif not os.access(p, os.R_OK):
                yield Failed(str(p), "permission denied")
            else:
                yield Input(str(p), p, fmt)


def _stdin_input(stream: BinaryIO) -> Input:
    """Spool standard input to a temporary file (bounded memory) and sniff its format."""
    fd, name = tempfile.mkstemp(prefix="briefing-stdin-")
    with os.fdopen(fd, "wb") as out:
        shutil.copyfileobj(stream, out, 1 << 20)
    p = Path(name)
    return Input("<stdin>", p, _sniff_file(p), _spooled=True)


def _sniff_file(p: Path) -> str:
    try:
        with open(p, "rb") as f:
            head = f.read(64 * 1024)
    except OSError:
        return "txt"
    return sniff(head)


def sniff(head: bytes) -> str:
    """Guess the format of input without a file name from its first bytes."""
    text = head.lstrip(b"\xef\xbb\xbf").decode("utf-8", errors="replace").lstrip()
    if text.startswith("["):
        return "json"
    if text.startswith("{"):
        lines = [ln for ln in text.splitlines() if ln.strip()]
        first = lines[0].rstrip() if lines else ""
        if first.endswith("}") and len(lines) > 1 and lines[1].lstrip().startswith("{"):
            return "jsonl"
        return "json"
    low = text[:2000].lower()
    if low.startswith(("<!doctype html", "<html", "<?xml")) or "<body" in low or "<p>" in low:
        return "html"
    first_line = text.split("\n", 1)[0].lower()
    cells = [c.strip().strip('"') for c in first_line.split(",")]
    if len(cells) > 1 and any(c in ("text", "body") for c in cells):
        return "csv"
    if text.startswith("#") or text.startswith("---\n"):
        return "md"
    return "txt"

