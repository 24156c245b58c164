"""``briefing extract``: run extraction statelessly (``--json``) or over a database (``--db``).

``briefing extract --json FILE...`` prints one JSON object per article, one
per line, in file order (the contract of ``../shared/eval/README.md``); it
reads any format ``briefing import`` reads and touches no database.

``briefing extract [--db FILE] [--force]`` extracts every article of the
database that has not been extracted (rows other tools inserted with only
``id`` and ``text`` included); ``--force`` redoes all of them, keeping the
analyst's work (see :mod:`store.write`).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from briefing.cli import CommandError, add_db_option
from briefing.commands._common import chunked, open_for_writing, plural, shown
from briefing.parallel import PARALLEL_MIN_ARTICLES, as_json_line, extract_in_order

if TYPE_CHECKING:
    from briefing.ingest import Input
    from briefing.models import Article
    from store.write import Incoming

# Extraction, ingest and the store's write path are imported where they are used: every
# command module is loaded to build the parser (see import_cmd).


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "extract",
        help="extract quotes, figures and sources: as JSON Lines, or into a database",
        description=(
            "With --json, print one JSON object per article of FILE... (stateless). "
            "Otherwise extract every article of the database not yet extracted; --force redoes all, "
            "keeping decisions, notes, tags and corrections."
        ),
    )
    p.add_argument("files", nargs="*", metavar="FILE", help="files to extract (with --json)")
    p.add_argument("--json", action="store_true", help="print JSON Lines for FILE... instead of using a database")
    add_db_option(p)
    p.add_argument("--force", action="store_true", help="re-extract articles that were extracted already")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.json:
        if args.db:
            raise CommandError("--json prints results and --db stores them: choose one")
        if not args.files:
            raise CommandError("--json needs at least one FILE (or - for standard input)")
        return _to_json(args.files)
    if args.files:
        raise CommandError("files are extracted with --json; to store them, use: briefing import FILE...")
    from store import default_db_path  # noqa: PLC0415

    return _into_db(args.db or default_db_path(), force=args.force)


# --- stateless --------------------------------------------------------------


def _to_json(paths: list[str]) -> int:
    import briefing.extract  # noqa: F401, PLC0415 - before the pool forks: its workers inherit it
    from briefing.ingest import KEEP_TOTAL_BYTES, Failed, IngestError, Skipped, expand  # noqa: PLC0415

    failures = 0
    inputs: list[Input] = []
    kept = 0
    for inp in expand(paths):
        if isinstance(inp, Skipped):
            print(f"briefing: {shown(inp.label)}: skipped: {inp.reason}", file=sys.stderr)
        elif isinstance(inp, Failed):
            failures += 1
            print(f"briefing: {shown(inp.label)}: {shown(inp.message)}", file=sys.stderr)
        else:
            try:
                inp.count(keep=kept < KEEP_TOTAL_BYTES)
                kept += inp.kept_bytes()
                inputs.append(inp)
            except IngestError as exc:
                failures += 1
                print(f"briefing: {shown(inp.label)}: {shown(str(exc))}", file=sys.stderr)
                inp.close()
    total = sum(inp.count() for inp in inputs)
    state = {"failures": failures, "errors": 0}

    def articles():
        for inp in inputs:
            try:
                for record in inp.records():
                    yield inp.label, record.article
            except IngestError as exc:
                state["failures"] += 1
                print(f"briefing: {shown(inp.label)}: {shown(str(exc))}", file=sys.stderr)
            finally:
                for message in inp.warnings:
                    print(f"briefing: {shown(inp.label)}: warning: {shown(message)}", file=sys.stderr)
                inp.close()

    out = sys.stdout
    try:
        for (label, _article), result in extract_in_order(
            articles(), _second, parallel=total >= PARALLEL_MIN_ARTICLES, output=as_json_line
        ):
            if isinstance(result, BaseException):
                state["errors"] += 1
                print(f"briefing: {shown(label)}: extraction failed: {shown(str(result))}", file=sys.stderr)
                continue
            out.write(result + "\n")
        out.flush()
    except BrokenPipeError:
        # the reader went away (| head): stop quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, out.fileno())
        return 0
    return 1 if state["failures"] or state["errors"] else 0


# --- into the database -------------------------------------------------------


def _into_db(path: str, *, force: bool) -> int:
    from concurrent.futures.process import BrokenProcessPool  # noqa: PLC0415

    import briefing.extract  # noqa: F401, PLC0415 - before the pool forks: its workers inherit it
    from briefing.progress import Progress  # noqa: PLC0415
    from store.write import BATCH_ARTICLES, articles_to_extract, count_to_extract, prepare, save_batch  # noqa: PLC0415

    if not Path(path).exists():
        raise CommandError(f"{shown(path)}: no such database (create it with: briefing import FILE... --db {shown(path)})")
    db = open_for_writing(path, action="extract")
    total = count_to_extract(db, force=force)
    progress = Progress(total, label="extracting")
    done = errors = items = missing = 0
    try:
        results = extract_in_order(
            articles_to_extract(db, force=force), _same, parallel=total >= PARALLEL_MIN_ARTICLES, output=prepare
        )
        for chunk in chunked(results, BATCH_ARTICLES):
            incoming = []
            for article, result in chunk:
                if isinstance(result, BaseException):
                    errors += 1
                    progress.say(f"briefing: article {shown(str(article.id))}: extraction failed: {shown(str(result))}")
                    continue
                items += len(result["quotes"]) + len(result["numbers"]) + len(result["sources"])
                incoming.append(_incoming(article, result))
            stats = save_batch(db, incoming)
            done += stats.extracted
            missing += stats.missing
            progress.advance(len(chunk))
    except BrokenProcessPool:
        raise CommandError("an extraction worker died (out of memory?); what was saved is kept: run again") from None
    finally:
        progress.close()
        db.conn.close()
    parts = [f"extracted {plural(done, 'article')} ({plural(items, 'item')})"]
    if missing:
        parts.append(f"{missing} reviewed items no longer found (kept, flagged missing)")
    if errors:
        parts.append(f"{errors} failed")
    skipped = total - done - errors
    if skipped > 0:
        parts.append(f"{skipped} without text skipped")
    print(", ".join(parts))
    return 1 if errors else 0


def _second(job: tuple[str, Article]) -> Article:
    return job[1]


def _same(article: Article) -> Article:
    return article


def _incoming(article: Article, result) -> Incoming:
    from briefing.extract import EXTRACTOR_VERSION  # noqa: PLC0415
    from store.write import Incoming  # noqa: PLC0415

    return Incoming(article, None, result, extractor_version=EXTRACTOR_VERSION, known_id=article.id)
