"""The ``briefing`` command: the composition root.

Each subcommand lives in ``briefing/commands/<name>.py`` with ``register()``
(adds its argparse parser) and ``run(args) -> int``. This module is the only
one that may import ``screens``, and only inside the command that opens the
app, so the core and the store never load textual.
"""

from __future__ import annotations

import argparse
import importlib
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


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except CommandError as exc:
        print(f"briefing: {exc}", file=sys.stderr)
        return exc.code
    except StoreError as exc:
        print(f"briefing: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("briefing: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
