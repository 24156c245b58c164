"""App-wide messages from database workers back to the UI thread.

Screen-specific results are nested classes of their screens (for example
``QueueScreen.ViewReady``); the ones here are shared by every screen.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message


@dataclass
class DbFailed(Message):
    """A database job failed; the message is one line fit for a notification.

    It bubbles to the app, which shows it; the app never exits because of it.
    """

    message: str
    action: str = ""


@dataclass
class DataChanged(Message, bubble=False):
    """Another process committed to the database (``PRAGMA data_version`` moved)."""

    version: int


@dataclass
class JobDone(Message):
    """A job's result for a screen that only needs to know what happened."""

    label: str
    value: object = None
