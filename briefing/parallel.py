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

import multiprocessing
import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any, TypeVar

from briefing.models import Article, ArticleExtraction

T = TypeVar("T")

#: Use a process pool from this many articles on; below it, start-up costs more than it saves.
PARALLEL_MIN_ARTICLES = 64
CHUNK = 8

Result = ArticleExtraction | BaseException | None


def _extract_one(article: Article) -> ArticleExtraction | BaseException:
    from briefing.extract import extract  # noqa: PLC0415 - imported in the worker

    try:
        return extract(article)
    except Exception as exc:  # reported per article by the caller
        return RuntimeError(f"{type(exc).__name__}: {exc}")


def _extract_chunk(articles: list[Article]) -> list[ArticleExtraction | BaseException]:
    return [_extract_one(a) for a in articles]


def workers() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def _context() -> Any:
    # fork is cheap and the workers inherit the imported modules; elsewhere use the default.
    if sys.platform == "linux":
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context()


def extract_in_order(
    jobs: Iterable[T], article_of: Callable[[T], Article | None], *, parallel: bool
) -> Iterator[tuple[T, Result]]:
    """Yield ``(job, extraction or exception or None)`` for each job, in order."""
    if not parallel or workers() < 2:
        for job in jobs:
            article = article_of(job)
            yield job, (_extract_one(article) if article is not None else None)
        return
    yield from _pooled(jobs, article_of)


def _pooled(jobs: Iterable[T], article_of: Callable[[T], Article | None]) -> Iterator[tuple[T, Result]]:
    n = workers()
    max_in_flight = 4 * n
    # entries: (job, future, index in chunk) in input order; future None = nothing to extract
    pending: deque[tuple[T, Future | None, int]] = deque()
    chunk_jobs: list[tuple[T, bool]] = []
    chunk_articles: list[Article] = []
    in_flight = 0
    pool = ProcessPoolExecutor(max_workers=n, mp_context=_context())

    def submit() -> None:
        nonlocal chunk_jobs, chunk_articles, in_flight
        if not chunk_articles and not chunk_jobs:
            return
        future = pool.submit(_extract_chunk, chunk_articles) if chunk_articles else None
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

    def drain(until: int) -> Iterator[tuple[T, Result]]:
        nonlocal in_flight
        while pending and in_flight > until:
            job, future, i = pending.popleft()
            if future is None:
                yield job, None
                continue
            results = future.result()
            yield job, results[i]
            if i == len(results) - 1:
                in_flight -= 1
        # pass on finished jobs that need no extraction
        while pending and pending[0][1] is None:
            yield pending.popleft()[0], None

    try:
        for job in jobs:
            article = article_of(job)
            chunk_jobs.append((job, article is not None))
            if article is not None:
                chunk_articles.append(article)
            if len(chunk_articles) >= CHUNK or len(chunk_jobs) >= 4 * CHUNK:
                submit()
                yield from drain(max_in_flight)
        submit()
        yield from drain(0)
        while pending:
            job, future, i = pending.popleft()
            yield job, (future.result()[i] if future is not None else None)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
