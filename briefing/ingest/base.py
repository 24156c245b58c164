"""What every reader yields and raises: :class:`Record` and :class:`IngestError`."""

from __future__ import annotations

from dataclasses import dataclass

from briefing.models import Article, ArticleExtraction

#: Largest single article file (.txt, .md, .html, one JSON object) briefing reads, and the
#: largest single record inside a JSON, JSONL or CSV file. Multi-record files have no limit:
#: they stream. 50 MB of text imports; above this the file is refused with a clear message.
MAX_ARTICLE_BYTES = 64 * 1024 * 1024

#: The formats briefing reads, by file extension.
EXTENSIONS: dict[str, str] = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
}


class IngestError(Exception):
    """A file briefing cannot import; the message is one line, without the file name."""


@dataclass(slots=True)
class Record:
    """One article read from an input.

    ``extraction`` is set when the input was ``briefing extract --json`` output:
    its items are imported as given instead of extracting again.
    """

    article: Article
    format: str
    extraction: ArticleExtraction | None = None
    where: str = ""  # "line 12", "row 3": where in a multi-record file


def megabytes(n: int) -> str:
    return f"{n / (1024 * 1024):.0f} MB"
