"""Extraction over many articles: in order, on every core when there are many.

:func:`extract_in_order` takes a stream of jobs (an :class:`Article` to
extract, or None for "nothing to do") and yields ``(job, result)`` in the
same order. With ``parallel=True`` the articles go to a process pool in
small chunks, with a bounded number of chunks in flight, so memory stays
bounded however long the stream is and the results come back in input order.
An extraction that raises yields the exception as its result: one bad
article must not stop an import.
"""

from __future__ import annotations

import gc
import json
import os
import signal
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:  # imported where used: the CLI loads this module to build its parser
    from concurrent.futures import Future

    from briefing.models import Article, ArticleExtraction

T = TypeVar("T")

#: Use a process pool from this many articles on; below it, start-up costs more than it saves.
PARALLEL_MIN_ARTICLES = 64
#: Articles per task. Each task costs the main process ~1 ms of thread hand-offs and pickling (4,200
#: articles: main-process CPU 5.7 s with 8, 5.4 s with 16, about the same with 32); more would
#: leave one worker idle longer at the end of a small import.
CHUNK = 16

def as_model(ex: ArticleExtraction) -> ArticleExtraction:
    return ex


def as_json_line(ex: ArticleExtraction) -> str:
    """One line of ``briefing extract --json`` (without the newline)."""
    return json.dumps(ex.to_json_dict(), ensure_ascii=False)


def _extract_one(article: Article, output: Callable[[ArticleExtraction], Any]) -> Any:
    from briefing.extract import extract  # noqa: PLC0415 - imported in the worker

    try:
        return output(extract(article))
    except Exception as exc:  # reported per article by the caller
        return RuntimeError(f"{type(exc).__name__}: {exc}")


def _extract_chunk(articles: list[Article], output: Callable[[ArticleExtraction], Any]) -> list[Any]:
    return [_extract_one(a, output) for a in articles]


#: The workers' garbage collector: extraction allocates many short-lived containers; collecting
#: every 700 allocations (the default) costs ~0.3 ms an article, every WORKER_GC_THRESHOLD ~0.01 ms.
WORKER_GC_THRESHOLD = 10_000


def _worker_init() -> None:
    # Ctrl-C is the parent's to handle: it stops the pool and rolls back its open batch.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    gc.set_threshold(WORKER_GC_THRESHOLD, 10, 10)


def workers() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def _context() -> Any:
    import multiprocessing  # noqa: PLC0415

    # fork is cheap and the workers inherit the imported modules; elsewhere use the default.
    if sys.platform == "linux":
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context()


def extract_in_order(
    jobs: Iterable[T],
    article_of: Callable[[T], Article | None],
    *,
    parallel: bool,
    output: Callable[[ArticleExtraction], Any] = as_model,
) -> Iterator[tuple[T, Any]]:
    """Yield ``(job, output(extraction) or exception or None)`` for each job, in order.

    ``output`` runs in the worker (a module-level function, so it pickles):
    :func:`as_json_line` for JSON Lines, ``store.write.prepare`` for the database.
    """
    if not parallel or workers() < 2:
        for job in jobs:
            article = article_of(job)
            yield job, (_extract_one(article, output) if article is not None else None)
        return
    yield from _pooled(jobs, article_of, output)


def _pooled(
    jobs: Iterable[T], article_of: Callable[[T], Article | None], output: Callable[[ArticleExtraction], Any]
) -> Iterator[tuple[T, Any]]:
    from concurrent.futures import ProcessPoolExecutor  # noqa: PLC0415

    n = workers()
    # Enough work queued to keep the workers busy while the caller writes a batch
    # (a few hundred articles), and no more: memory stays bounded.
    max_in_flight = max(4 * n, 400 // CHUNK)
    max_pending = 4 * max_in_flight * CHUNK  # jobs held, including those that need no extraction
    # entries: (job, future, index in chunk) in input order; future None = nothing to extract
    pending: deque[tuple[T, Future | None, int]] = deque()
    chunk_jobs: list[tuple[T, bool]] = []
    chunk_articles: list[Article] = []
    in_flight = 0
    # What exists now (modules, the extractor's tables) lives as long as the workers: frozen, the
    # collector skips it, in the workers (which then never touch, so never copy, those forked pages)
    # and here. Refcounting still frees frozen objects; unfrozen again when the pool is done.
    gc.freeze()
    try:
        pool = ProcessPoolExecutor(max_workers=n, mp_context=_context(), initializer=_worker_init)
    except BaseException:
        gc.unfreeze()
        raise

    def submit() -> None:
        nonlocal chunk_jobs, chunk_articles, in_flight
        if not chunk_articles and not chunk_jobs:
            return
        future = pool.submit(_extract_chunk, chunk_articles, output) if chunk_articles else None
        i = 0
        for job, has_article in chunk_jobs:
            if has_article:
                pending.append((job, future, i))
                i += 1
            else:
                pending.append((job, None, -1))
        if future is not None:
            in_flight += 1
        chunk_jobs, chunk_articles = [], []

    def drain(chunks: int, jobs_left: int) -> Iterator[tuple[T, Any]]:
        """Yield from the front until at most ``chunks`` chunks and ``jobs_left`` jobs are pending."""
        nonlocal in_flight
        while pending and (in_flight > chunks or len(pending) > jobs_left or pending[0][1] is None):
            job, future, i = pending.popleft()
            if future is None:
                yield job, None
                continue
            results = future.result()
            yield job, results[i]
            if i == len(results) - 1:
                in_flight -= 1

    try:
        for job in jobs:
            article = article_of(job)
            chunk_jobs.append((job, article is not None))
            if article is not None:
                chunk_articles.append(article)
            if len(chunk_articles) >= CHUNK or len(chunk_jobs) >= 4 * CHUNK:
                submit()
                yield from drain(max_in_flight, max_pending)
        submit()
        yield from drain(0, 0)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        gc.unfreeze()
