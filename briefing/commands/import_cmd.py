"""``briefing import PATH... [--db FILE]``: read articles, extract them, store them.

Each input is checked before anything of it is written (multi-record files
are streamed through once), so a bad file leaves nothing behind; good files
in the same run still import. Articles are written in batches of
:data:`~store.write.BATCH_ARTICLES`, each batch one transaction holding whole
articles with all their items: a killed import leaves a consistent database
and running it again finishes the job without duplicates.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefing.cli import CommandError, add_db_option
from briefing.commands._common import chunked, open_for_writing, plural, shown
from briefing.parallel import PARALLEL_MIN_ARTICLES

if TYPE_CHECKING:
    from briefing.ingest import Input, Record
    from briefing.models import Article
    from briefing.progress import Progress
    from store.write import Incoming, Resolution

# Extraction, ingest and the store's write path are imported by run(), not here: every
# command module is loaded to build the parser, and `briefing export --help` should not
# pay for compiling the extractor's patterns.


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "import",
        help="import articles and extract their quotes, figures and sources",
        description=(
            "Import articles from .txt, .md, .html/.htm, .json (an object or an array), .jsonl and .csv "
            "files, directories (recursively) and - (standard input), extracting as they go. "
            "Importing the same article again changes nothing."
        ),
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="files, directories, or - for standard input")
    add_db_option(p)
    p.set_defaults(func=run)


@dataclass
class _Job:
    input: Input
    record: Record
    resolution: Resolution


class _Run:
    """One import: its inputs, counts and messages."""

    def __init__(self, db, progress: Progress) -> None:
        self.db = db
        self.progress = progress
        self.failed_inputs: set[str] = set()
        self.failures = 0
        self.extraction_errors = 0
        self.imported = self.updated = self.present = self.skipped = 0
        from store.write import article_id_type  # noqa: PLC0415 - see the imports above

        self.id_type = article_id_type(db)
        self._warned_ids: set[str] = set()

    def fail(self, label: str, message: str) -> None:
        if label not in self.failed_inputs:
            self.failed_inputs.add(label)
            self.failures += 1
        self.progress.say(f"briefing: {shown(label)}: {shown(message)}")

    def warn(self, label: str, message: str) -> None:
        self.progress.say(f"briefing: {shown(label)}: warning: {shown(message)}")

    def records(self, inputs: list[Input]) -> Iterator[tuple[Input, Record]]:
        from briefing.ingest import IngestError  # noqa: PLC0415

        for inp in inputs:
            try:
                for record in inp.records():
                    self._check_id(inp, record.article)
                    yield inp, record
            except IngestError as exc:
                self.fail(inp.label, str(exc))
            finally:
                for message in inp.warnings:
                    self.warn(inp.label, message)
                inp.warnings.clear()
                inp.close()

    def _check_id(self, inp: Input, article: Article) -> None:
        from store.write import given_id  # noqa: PLC0415

        noninteger = self.id_type is int and article.id not in (None, "") and given_id(article, int) is None
        if noninteger and inp.label not in self._warned_ids:
            self._warned_ids.add(inp.label)
            self.warn(inp.label, "ids are not integers but this database's articles.id is INTEGER: "
                                 "new integer ids are assigned")

    def jobs(self, inputs: list[Input]) -> Iterator[_Job]:
        from store.write import BATCH_ARTICLES, resolve  # noqa: PLC0415

        for batch in chunked(self.records(inputs), BATCH_ARTICLES):
            resolutions = resolve(self.db, [r.article for _, r in batch])
            for (inp, record), res in zip(batch, resolutions, strict=True):
                yield _Job(inp, record, res)


def _needs_extraction(job: _Job) -> Article | None:
    if job.record.extraction is not None:
        return None  # items given: imported as they are
    res = job.resolution
    if res.status != "same" or not res.extracted:
        return job.record.article
    return None


def run(args: argparse.Namespace) -> int:
    from concurrent.futures.process import BrokenProcessPool  # noqa: PLC0415 - see the imports above

    import briefing.extract  # noqa: F401, PLC0415 - before the pool forks: its workers inherit it
    from briefing.ingest import expand  # noqa: PLC0415
    from briefing.parallel import extract_in_order  # noqa: PLC0415
    from briefing.progress import Progress  # noqa: PLC0415
    from store import default_db_path  # noqa: PLC0415
    from store.write import BATCH_ARTICLES, prepare, save_batch  # noqa: PLC0415

    db_path = args.db or default_db_path()
    db = open_for_writing(db_path, action="import")
    progress = Progress(0)
    run_ = _Run(db, progress)
    try:
        inputs = _check_inputs(run_, expand(args.paths))
        total = sum(inp.count() for inp in inputs)
        progress.total = total
        results = extract_in_order(
            run_.jobs(inputs), _needs_extraction, parallel=total >= PARALLEL_MIN_ARTICLES, output=prepare
        )
        for chunk in chunked(results, BATCH_ARTICLES):
            incoming = []
            for job, result in chunk:
                incoming.append(_incoming(run_, job, result))
            stats = save_batch(db, incoming)
            run_.imported += stats.new
            run_.updated += stats.changed
            run_.present += stats.present
            progress.advance(len(chunk))
    except BrokenProcessPool:
        raise CommandError(
            "an extraction worker died (out of memory?); the articles saved so far are kept: "
            "run the same import again to finish"
        ) from None
    finally:
        progress.close()
        db.conn.close()
    print(_summary(run_))
    return 1 if run_.failures or run_.extraction_errors else 0


def _check_inputs(run_: _Run, found) -> list[Input]:
    """Validate every input before writing anything; report the bad ones."""
    from briefing.ingest import KEEP_TOTAL_BYTES, Failed, IngestError, Skipped  # noqa: PLC0415

    good: list[Input] = []
    kept = 0  # bytes of small files kept in memory between the checking and the reading pass
    for inp in found:
        if isinstance(inp, Skipped):
            run_.skipped += 1
            run_.progress.say(f"briefing: {shown(inp.label)}: skipped: {inp.reason}")
        elif isinstance(inp, Failed):
            run_.fail(inp.label, inp.message)
        else:
            run_.progress.status(f"checking {shown(inp.label)}")
            try:
                inp.count(keep=kept < KEEP_TOTAL_BYTES)
                kept += inp.kept_bytes()
            except IngestError as exc:
                run_.fail(inp.label, str(exc))
                for message in inp.warnings:
                    run_.warn(inp.label, message)
                inp.close()
                continue
            except OSError as exc:
                run_.fail(inp.label, f"cannot read the file ({exc.strerror or exc})")
                inp.close()
                continue
            good.append(inp)
    return good


def _incoming(run_: _Run, job: _Job, result) -> Incoming:
    from briefing.extract import EXTRACTOR_VERSION  # noqa: PLC0415
    from store.write import Incoming  # noqa: PLC0415

    record = job.record
    if record.extraction is not None:
        return Incoming(record.article, record.format, record.extraction, origin="imported",
                        extractor_version="imported")
    if isinstance(result, BaseException):
        run_.extraction_errors += 1
        where = f" ({record.where})" if record.where else ""
        run_.progress.say(
            f"briefing: {shown(job.input.label)}{where}: extraction failed, article stored without items: "
            f"{shown(str(result))}"
        )
        result = None
    return Incoming(record.article, record.format, result, extractor_version=EXTRACTOR_VERSION)


def _summary(run_: _Run) -> str:
    parts = [f"imported {plural(run_.imported, 'article')}"]
    if run_.updated:
        parts.append(f"{run_.updated} updated")
    parts.append(f"{run_.present} already present")
    parts.append(f"{run_.failures} failed")
    if run_.skipped:
        parts.append(f"{run_.skipped} skipped")
    if run_.extraction_errors:
        parts.append(f"{run_.extraction_errors} not extracted")
    return ", ".join(parts)
