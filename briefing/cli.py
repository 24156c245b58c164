"""The ``briefing`` command: the composition root.

Each subcommand lives in ``briefing/commands/<name>.py`` with ``register()``
(adds its argparse parser) and ``run(args) -> int``. This module is the only
one that may import ``screens``, and only inside the command that opens the
app, so the core and the store never load textual.
"""

from __future__ import annotations

import argparse
import importlib
import re
import sqlite3
import sys

from store import StoreError, default_db_path

#: subcommand name -> module in briefing.commands
COMMANDS = {
    "import": "import_cmd",
    "extract": "extract_cmd",
    "export": "export_cmd",
    "verify": "verify_cmd",
}


class CommandError(Exception):
    """A user-facing failure: printed as one line on stderr, exit code 1 (or ``code``)."""

    def __init__(self, message: str, code: int = 1):
        super().__init__(message)
        self.code = code


def add_db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        default=None,
        metavar="FILE",
        help=f"SQLite database (default: $BRIEFING_DB or {default_db_path()})",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="briefing",
        description="Turn news coverage into briefing memos: extract, review, export.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMANDS.values():
        importlib.import_module(f"briefing.commands.{module}").register(sub)
    review = sub.add_parser("review", help="open the review app on a database")
    add_db_option(review)
    review.set_defaults(func=run_review)
    return parser


def run_review(args: argparse.Namespace) -> int:
    """Open the Textual review app. The only place that imports ``screens``."""
    from screens.app import run_app  # noqa: PLC0415 - composition root, on purpose

    return run_app(args.db or default_db_path())


#: C0 and C1 controls (ESC starts terminal escape sequences) and the bidi controls that reorder a line.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def terminal_safe(text: object) -> str:
    """``text`` as one line that cannot drive the terminal: controls are shown escaped (``\\x1b``).

    Messages quote file names, article ids and SQLite's own words; any of
    them may hold an escape sequence or a newline.
    """
    return _UNSAFE.sub(lambda m: repr(m[0])[1:-1], str(text))


def _naming_db(message: str, args: argparse.Namespace) -> str:
    """A store error names the database it is about ("schema version 3" alone does not say which file)."""
    db = getattr(args, "db", None) or default_db_path()
    return message if db in message else f"{db}: {message}"


def _database_error(exc: sqlite3.Error, args: argparse.Namespace) -> str:
    """SQLite failing in the middle of a command (a damaged page, a full disk): one line, no traceback."""
    db = getattr(args, "db", None) or default_db_path()
    msg = str(exc)
    if "locked" in msg or "busy" in msg:
        return f"{db}: the database is busy: another program kept it locked too long; try again"
    if "malformed" in msg or "not a database" in msg or "corrupt" in msg:
        return f"{db}: the database is damaged ({msg}): restore a backup, or recover it with sqlite3's .recover"
    return f"{db}: database error: {msg}"


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except CommandError as exc:
        print(f"briefing: {terminal_safe(exc)}", file=sys.stderr)
        return exc.code
    except StoreError as exc:
        print(f"briefing: {terminal_safe(_naming_db(str(exc), args))}", file=sys.stderr)
        return 1
    except sqlite3.Error as exc:
        print(f"briefing: {terminal_safe(_database_error(exc, args))}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("briefing: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
