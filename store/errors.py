"""Errors the store raises, each with a message fit for one line on stderr."""


class StoreError(Exception):
    """Base class: the message is shown to the user as it is."""


class NewerSchemaError(StoreError):
    """The database was written by a newer briefing."""


class NotABriefingDatabaseError(StoreError):
    """The file is not a database briefing can use (read-only without its tables, no articles.text)."""


class CorruptDatabaseError(StoreError):
    """SQLite says the file is not a database or is damaged."""
