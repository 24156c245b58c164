"""Extraction: article text -> quotes with speakers, numbers, sources.

Pure Python: no textual, no SQLite, no downloads. The one entry point is
:func:`extract`; ``EXTRACTOR_VERSION`` changes whenever results would.
"""

from briefing.extract.pipeline import EXTRACTOR_VERSION, extract

__all__ = ["EXTRACTOR_VERSION", "extract"]
