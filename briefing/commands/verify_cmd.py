"""``briefing verify memo.md``: is every quote in a memo verbatim in its article?

Prints one line per problem (``memo.md:LINE: ...``; warnings say so), then a
summary. Exit status: 0 when every quote checks out (warnings allowed), 1 when
any does not, 2 when the memo or the database cannot be read.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path

from briefing.markdown_escape import one_line


def register(sub: argparse._SubParsersAction) -> None:
    from briefing.cli import add_db_option  # noqa: PLC0415 - cli imports this module

    p = sub.add_parser(
        "verify",
        help="check that every quote in a memo is verbatim in its cited article",
        description=(
            "Check every quote (and figure) of a memo against the article text its footnote cites: "
            "verbatim at the cited character offsets, elsewhere in the article (a warning), or not at all "
            "(an error). Works on memos edited after export: whitespace, quote marks and Markdown escapes "
            "are normalised before comparing."
        ),
    )
    p.add_argument("memo", metavar="MEMO", help="the memo (Markdown); - reads standard input")
    add_db_option(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from briefing.cli import CommandError  # noqa: PLC0415
    from briefing.verify import verify_memo  # noqa: PLC0415 - markdown-it: only when verifying
    from store import NotABriefingDatabaseError, StoreError, default_db_path, open_store  # noqa: PLC0415
    from store.export import article_texts  # noqa: PLC0415

    name = "<stdin>" if args.memo == "-" else one_line(args.memo)  # no escape sequences to the terminal
    try:
        markdown = sys.stdin.read() if args.memo == "-" else Path(args.memo).read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise CommandError(f"no such memo: {name}", code=2) from exc
    except UnicodeDecodeError as exc:
        raise CommandError(f"{name}: not UTF-8 text ({exc.reason})", code=2) from exc
    except OSError as exc:
        raise CommandError(f"cannot read {name}: {exc.strerror or exc}", code=2) from exc

    db_path = args.db or default_db_path()
    if not Path(db_path).exists():
        raise CommandError(f"no database at {db_path}: pass --db FILE", code=2)
    try:
        db = open_store(db_path, readonly=True)  # verifying never writes, not even the schema
        try:
            report = verify_memo(markdown, lambda ids: article_texts(db, ids))
        finally:
            db.close()
    except NotABriefingDatabaseError as exc:
        raise CommandError(f"{db_path}: not a briefing database (no articles to check the memo against)",
                           code=2) from exc
    except StoreError as exc:  # damaged, newer schema: the database cannot be read (exit 2, as documented)
        message = str(exc)
        raise CommandError(message if db_path in message else f"{db_path}: {message}", code=2) from exc
    except sqlite3.Error as exc:
        raise CommandError(f"{db_path}: cannot read the database ({exc})", code=2) from exc

    for f in report.findings:
        level = "warning: " if f.level == "warning" else ""
        print(f"{name}:{f.line}: {level}{one_line(f.message)}")  # memo text is data: no raw escapes
    if report.quotes + report.figures == 0:
        print(f"{name}: no cited quotes found: is this a briefing memo?")
        return 1
    print(report.summary())
    return 0 if report.ok else 1
