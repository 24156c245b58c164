"""Database access for the app: never on the UI thread.

Two ways in, both off the UI thread and both with connections opened in the
thread that uses them (sqlite-utils ``Database`` objects belong to one thread):

* :class:`DbRunner` runs *jobs* one after another on one long-lived thread
  worker with one connection. Key presses become jobs, so "a a a" accepts
  three items in order, and a job's result is posted to the screen that
  asked as a typed message only after its transaction committed. While idle
  it polls ``PRAGMA data_version`` (about once a second): the number moves
  only when another connection commits, so it notices an importer or
  ``sqlite-utils insert`` in another process at almost no cost.
* :func:`thread_db` gives short-lived thread workers (overview, filtered
  counts) a connection of their own thread, reused while the thread lives.
"""

from __future__ import annotations

import contextlib
import queue
import sqlite3
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database
from textual.message import Message
from textual.message_pump import MessagePump

from screens.worker_messages import DbFailed
from store.errors import StoreError
from store.queries import data_version
from store.schema import connect

#: Seconds between ``PRAGMA data_version`` probes while the runner is idle.
POLL_SECONDS = 1.0

Reply = Callable[[Any], Message | None]


@dataclass
class Job:
    fn: Callable[[Database], Any]
    target: MessagePump
    reply: Reply | None
    label: str = ""


_STOP = object()


def describe_error(exc: BaseException) -> str:
    """One line for the user: store errors say it themselves, others get a prefix."""
    if isinstance(exc, StoreError):
        return str(exc)
    if isinstance(exc, sqlite3.Error):
        msg = str(exc)
        if "locked" in msg or "busy" in msg:
            return "the database is busy (another program is writing to it): try again"
        return f"database error: {msg}"
    return f"unexpected error: {type(exc).__name__}: {exc}"


class DbRunner:
    """One connection, one thread, jobs in the order they were submitted."""

    def __init__(self, path: str, *, readonly: bool = False, poll_seconds: float = POLL_SECONDS):
        self.path = path
        self.readonly = readonly
        self.poll_seconds = poll_seconds
        self._jobs: queue.SimpleQueue[Job | object] = queue.SimpleQueue()
        self._pending = 0
        self._lock = threading.Lock()
        self.running = False
        self.errors: list[str] = []

    # -- UI thread -------------------------------------------------------------

    def submit(self, fn: Callable[[Database], Any], target: MessagePump, reply: Reply | None = None,
               *, label: str = "") -> None:
        """Queue ``fn(db)``; ``reply(result)`` (a Message) is posted to ``target`` after it ran."""
        with self._lock:
            self._pending += 1
        self._jobs.put(Job(fn, target, reply, label))

    @property
    def idle(self) -> bool:
        """No job queued or running (every reply has been posted)."""
        return self._pending == 0

    def stop(self) -> None:
        self._jobs.put(_STOP)

    # -- worker thread -------------------------------------------------------------

    def run(self, is_cancelled: Callable[[], bool], on_change: Callable[[int], None]) -> None:
        """The worker body: run jobs; when idle, probe for other writers."""
        db = connect(self.path, readonly=self.readonly)
        self.running = True
        try:
            version = data_version(db)
            next_poll = time.monotonic() + self.poll_seconds
            while not is_cancelled():
                wait = max(0.0, min(next_poll - time.monotonic(), 0.25))
                try:
                    job = self._jobs.get(timeout=wait)
                except queue.Empty:
                    job = None
                if job is _STOP:
                    break
                if isinstance(job, Job):
                    self._run_job(db, job)
                if time.monotonic() >= next_poll:
                    next_poll = time.monotonic() + self.poll_seconds
                    try:
                        now = data_version(db)
                    except sqlite3.Error:
                        continue
                    if now != version:
                        version = now
                        on_change(now)
        finally:
            self.running = False
            db.conn.close()

    def _run_job(self, db: Database, job: Job) -> None:
        try:
            result = job.fn(db)
            message = job.reply(result) if job.reply else None
            if message is not None:
                job.target.post_message(message)
        except Exception as exc:  # every failure becomes a notification, never a crash
            try:
                if db.conn.in_transaction:
                    db.conn.rollback()
                if not isinstance(exc, StoreError | sqlite3.Error):
                    self.errors.append(traceback.format_exc())
                job.target.post_message(DbFailed(describe_error(exc), job.label))
            except Exception:  # the thread must outlive any one job
                self.errors.append(traceback.format_exc())
        finally:
            with self._lock:
                self._pending -= 1


# --- short-lived workers ----------------------------------------------------------

_local = threading.local()
_opened: list[Database] = []
_opened_lock = threading.Lock()
_generation = 0  # bumped by close_thread_dbs: cached connections of older generations are closed


def thread_db(path: str, *, readonly: bool = False) -> Database:
    """A connection owned by the calling thread (opened on first use, then reused)."""
    cache: dict[tuple[str, bool], tuple[int, Database]] = getattr(_local, "dbs", None) or {}
    _local.dbs = cache
    entry = cache.get((path, readonly))
    if entry is None or entry[0] != _generation:
        db = connect(path, readonly=readonly)
        cache[(path, readonly)] = (_generation, db)
        with _opened_lock:
            _opened.append(db)
        return db
    return entry[1]


def close_thread_dbs() -> None:
    """Close the connections :func:`thread_db` opened (at app exit)."""
    global _generation
    with _opened_lock:
        _generation += 1
        while _opened:
            db = _opened.pop()
            with contextlib.suppress(sqlite3.Error):
                db.conn.close()
