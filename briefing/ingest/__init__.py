"""Files -> :class:`~briefing.models.Article` records, one module per format.

``expand(paths)`` turns command-line paths into :class:`Input` objects (plus
:class:`Skipped` and :class:`Failed` notes); each input yields
:class:`Record` objects. Every problem with a file is an :class:`IngestError`
whose message is one line, without the file name (the caller adds it).

    text.py       .txt and .md: text unchanged, metadata from what the article shows
    html.py       .html/.htm: main text and metadata via trafilatura
    jsonfile.py   .json (object, array, or a stream of objects) and .jsonl, streaming
    csvfile.py    .csv with a text or body column, streaming
    fields.py     a JSON object or CSV row -> Article
    dates.py      dates as written -> ISO
    decode.py     bytes -> text: binary refused, encodings detected, repairs reported
    inputs.py     paths, directories and stdin -> inputs
"""

from briefing.ingest.base import EXTENSIONS, MAX_ARTICLE_BYTES, IngestError, Record
from briefing.ingest.inputs import KEEP_TOTAL_BYTES, Failed, Input, Skipped, expand, sniff

__all__ = [
    "EXTENSIONS",
    "KEEP_TOTAL_BYTES",
    "MAX_ARTICLE_BYTES",
    "Failed",
    "IngestError",
    "Input",
    "Record",
    "Skipped",
    "expand",
    "sniff",
]
