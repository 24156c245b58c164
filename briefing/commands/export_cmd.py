"""``briefing export``: the reviewed items as a Markdown (or JSON) memo.

Builds the same :class:`ItemFilter` as the app's filter dialog; the memo is
gathered by ``store.export`` and rendered by ``briefing.memo``.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from briefing.memo import GROUP_BYS

if TYPE_CHECKING:
    from briefing.filters import ItemFilter

# The process umask, read once at import (reading it means setting it, which is not thread-safe).
_UMASK = os.umask(0o022)
os.umask(_UMASK)

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2}([T ][0-9:.+\-Z]*)?)?)?$")


def register(sub: argparse._SubParsersAction) -> None:
    from briefing.cli import add_db_option  # noqa: PLC0415 - cli imports this module

    p = sub.add_parser(
        "export",
        help="write the reviewed items as a Markdown memo",
        description=(
            "Write a briefing memo of the reviewed items: key figures, who said what, reported "
            "statements and a sources register, every line cited to its article and character offsets. "
            "Repeated options (--kind, --tag, ...) widen that option; different options narrow together. "
            "Figures and sources have no speaker, so --speaker leaves them out."
        ),
    )
    add_db_option(p)
    p.add_argument("-o", "--output", metavar="FILE", help="write the memo to FILE (default: stdout)")
    p.add_argument("--status", choices=("accepted", "all"), default="accepted",
                   help="accepted items only (default) or every item whatever its status")
    p.add_argument("--kind", action="append", default=[], metavar="K",
                   help="direct, partial, indirect, social (quotes); outlet, anonymous, organization, "
                        "document (sources); a number kind such as percent (figures)")
    p.add_argument("--tag", action="append", default=[], metavar="T", help="items with tag T")
    p.add_argument("--speaker", action="append", default=[], metavar="NAME", help="quotes by NAME")
    p.add_argument("--outlet", action="append", default=[], metavar="O", help="items from articles of outlet O")
    p.add_argument("--article", action="append", default=[], metavar="ID", help="items from article ID")
    p.add_argument("--since", metavar="DATE", help="articles published on or after DATE (YYYY-MM-DD)")
    p.add_argument("--until", metavar="DATE", help="articles published on or before DATE (YYYY-MM-DD)")
    p.add_argument("--group-by", choices=GROUP_BYS, default="speaker", help="sections of 'Who said what'")
    p.add_argument("--title", metavar="TEXT", help="memo title ('{today}' is replaced by today's date)")
    p.add_argument("--format", choices=("markdown", "json"), default="markdown")
    p.set_defaults(func=run)


def filter_from_args(args: argparse.Namespace) -> ItemFilter:
    from briefing.cli import CommandError  # noqa: PLC0415
    from briefing.filters import ItemFilter  # noqa: PLC0415 - pydantic: only when exporting

    for flag in ("since", "until"):
        value = getattr(args, flag)
        if value is not None and not _DATE.match(value.strip()):
            raise CommandError(f"--{flag} {value!r}: expected a date like 2026-05-02")

    def clean(values: list[str]) -> list[str]:
        return list(dict.fromkeys(v.strip() for v in values if v.strip()))

    return ItemFilter(
        statuses=[] if args.status == "all" else ["accepted"],
        kinds=clean(args.kind),
        tags=clean(args.tag),
        speakers=clean(args.speaker),
        outlets=clean(args.outlet),
        articles=clean(args.article),
        since=args.since.strip() if args.since else None,
        until=args.until.strip() if args.until else None,
    )


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file, so a failure leaves no half memo.

    The file gets the permissions a plain write would give it: those of the
    file it replaces, else 0666 less the umask.
    """
    path = path.expanduser()
    try:
        mode = path.stat().st_mode & 0o7777
    except FileNotFoundError:
        mode = 0o666 & ~_UMASK
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent or Path("."))
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def run(args: argparse.Namespace) -> int:
    from briefing.cli import CommandError, terminal_safe  # noqa: PLC0415
    from briefing.memo import to_json, to_markdown  # noqa: PLC0415
    from store import default_db_path, open_store  # noqa: PLC0415
    from store.export import build_memo  # noqa: PLC0415

    flt = filter_from_args(args)
    db_path = args.db or default_db_path()
    if not Path(db_path).exists():
        raise CommandError(f"no database at {db_path}: run `briefing import` first or pass --db FILE")
    out = Path(args.output) if args.output else None
    if out is not None and (out.is_dir() or not out.expanduser().parent.is_dir()):
        raise CommandError(f"cannot write {out}: " + ("it is a directory" if out.is_dir() else "no such directory"))

    db = open_store(db_path)
    try:
        memo = build_memo(db, flt, group_by=args.group_by, title=args.title)
    finally:
        db.close()
    text = to_json(memo) if args.format == "json" else to_markdown(memo)
    data = text.encode("utf-8")
    if out is None:
        # bytes, so the terminal's or a pipe's encoding cannot change the memo
        buffer = getattr(sys.stdout, "buffer", None)
        sys.stdout.flush()
        if buffer is not None:
            buffer.write(data)
            buffer.flush()
        else:  # stdout replaced by a capture without a byte buffer
            sys.stdout.write(text)
    else:
        try:
            write_atomically(out, data)
        except OSError as exc:
            raise CommandError(f"cannot write {out}: {exc.strerror or exc}") from exc
    s = memo.scope
    if not (s.quotes or s.reported or s.figures or s.sources):
        print(f"briefing: no items match ({terminal_safe(memo.filter_description)})", file=sys.stderr)
    elif out is not None:
        counts = [_plural(s.quotes + s.reported, "quote"), _plural(s.figures, "figure"),
                  _plural(s.sources, "source"), _plural(len(memo.citations), "citation")]
        print(f"wrote {terminal_safe(out)}: " + ", ".join(counts), file=sys.stderr)
    return 0
