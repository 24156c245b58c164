"""Bytes to text: refuse binary files, detect encodings, say when text was repaired.

Whole files (:func:`decode_bytes`) and streams (:func:`open_text_stream`) go
through the same checks: known binary signatures, NUL bytes, a byte-order
mark, then UTF-8. Text that is not UTF-8 is decoded by detection
(charset-normalizer) or, failing that, with U+FFFD for the bad bytes; either
way a warning says so.
"""

from __future__ import annotations

import codecs
import io
import re
from collections.abc import Callable
from typing import BinaryIO

from briefing.ingest.base import IngestError

SAMPLE_BYTES = 1 << 20
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")

_SIGNATURES: list[tuple[bytes, str]] = [
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or .docx/.xlsx)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x7fELF", "an executable"),
    (b"SQLite format 3\x00", "a SQLite database"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ", "an xz archive"),
]

_BOMS: list[tuple[bytes, str]] = [
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
]

# Codec error handler that counts what it replaces, so a stream can warn afterwards.
_replaced = [0]


def _count_and_replace(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    _replaced[0] += 1
    return "\ufffd", exc.end


codecs.register_error("briefing.replace", _count_and_replace)


def replacements() -> int:
    """How many undecodable byte runs were replaced so far (process-wide counter)."""
    return _replaced[0]


def _refuse_binary(head: bytes) -> None:
    for magic, what in _SIGNATURES:
        if head.startswith(magic):
            raise IngestError(f"binary file ({what}), not text")


def _bom(head: bytes) -> tuple[str | None, int]:
    for bom, enc in _BOMS:
        if head.startswith(bom):
            return enc, len(bom)
    return None, 0


def _looks_binary(text: str) -> bool:
    """Many C0 control characters (other than tab, newline, CR, form feed) mean binary."""
    sample = text[:SAMPLE_BYTES]
    if not sample:
        return False
    controls = len(_CONTROL.findall(sample))
    return controls > max(8, len(sample) // 100)


def _check_text(text: str) -> None:
    """Refuse decoded text that is really a binary file: NULs, control characters, undecodable bytes."""
    sample = text[:SAMPLE_BYTES]
    if "\x00" in sample:
        raise IngestError("contains NUL bytes: a binary file, not text")
    if _looks_binary(sample):
        raise IngestError("binary file (mostly control characters), not text")
    if sample.count("\ufffd") > max(8, len(sample) // 4):
        raise IngestError("binary file (mostly bytes that are not text in any encoding), not text")


def _utf16_without_bom(sample: bytes) -> str | None:
    """``utf-16-le``/``-be`` for UTF-16 text saved without a byte-order mark, else None.

    Such files are full of NUL bytes, one in every pair for Latin text: at odd
    offsets (little-endian) or even ones (big-endian), and almost never at the other.
    """
    head = sample[: 1 << 16]
    head = head[: len(head) - len(head) % 2]
    pairs = len(head) // 2
    if pairs < 16:  # a few bytes with a NUL are a binary file, not a sentence in UTF-16
        return None
    even, odd = head[0::2].count(0), head[1::2].count(0)
    for nuls, others, enc in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if nuls >= pairs * 0.3 and others <= pairs * 0.01:
            try:
                head.decode(enc)
            except UnicodeDecodeError:
                return None
            return enc
    return None


def _detect(sample: bytes) -> str | None:
    """charset-normalizer's best guess for ``sample``, or None."""
    from charset_normalizer import from_bytes  # noqa: PLC0415 - only for non-UTF-8 input

    best = from_bytes(sample).best()
    if best is None or not best.encoding:
        return None
    return best.encoding


def decode_bytes(data: bytes, warn: Callable[[str], None]) -> str:
    """Decode a whole file. Raises :class:`IngestError` for binary or empty input.

    Line endings: ``\\r\\n`` becomes ``\\n`` and nothing else changes, so offsets
    into the result are offsets into the file's text.
    """
    _refuse_binary(data[:16])
    notes: list[str] = []  # said only once the file turns out to be text: a refused file gets one line
    enc, skip = _bom(data[:4])
    if enc is None and b"\x00" in data:
        enc = _utf16_without_bom(data[:SAMPLE_BYTES])
        if enc is None:
            raise IngestError("contains NUL bytes: a binary file, not text")
        notes.append(f"no byte-order mark; decoded as {enc} (detected)")
    if enc and enc != "utf-8":
        before = replacements()
        text = data[skip:].decode(enc, errors="briefing.replace")
        bad = replacements() - before
        if bad:
            notes.append(f"not valid {enc}: {bad} undecodable byte run(s) replaced with U+FFFD")
    else:
        body = data[skip:]
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError as exc:
            text = _decode_non_utf8(body, exc, notes.append)
    _check_text(text)
    if not text.strip():
        raise IngestError("empty file: no text to import")
    for note in notes:
        warn(note)
    return text.replace("\r\n", "\n")


def _decode_non_utf8(body: bytes, exc: UnicodeDecodeError, warn: Callable[[str], None]) -> str:
    before = replacements()
    repaired = body.decode("utf-8", errors="briefing.replace")
    bad = replacements() - before
    # UTF-8 text with a few damaged bytes (it also holds valid multi-byte characters,
    # more of them than bad runs): repair it. Otherwise it is most likely another
    # encoding (cp1252, latin-1, ...): detect it.
    valid_multibyte = len(_NON_ASCII.findall(repaired)) - repaired.count("\ufffd")
    if valid_multibyte < bad:
        enc = _detect(body[:SAMPLE_BYTES])
        if enc and enc.replace("-", "_").lower() not in ("utf_8", "ascii"):
            try:
                text = body.decode(enc)
            except (UnicodeDecodeError, LookupError):
                pass
            else:
                warn(f"not valid UTF-8 (bad byte at offset {exc.start}); decoded as {enc} (detected)")
                return text
    warn(
        f"not valid UTF-8 (bad byte at offset {exc.start}); "
        f"{bad} undecodable byte run(s) replaced with U+FFFD"
    )
    return repaired


class _WarnOnClose(io.TextIOWrapper):
    """A text stream that reports replaced bytes when it is finished."""

    _briefing_warn: Callable[[str], None] | None = None
    _briefing_start = 0
    _briefing_enc = "utf-8"

    def finish(self) -> None:
        bad = replacements() - self._briefing_start
        if bad and self._briefing_warn:
            self._briefing_warn(
                f"not valid {self._briefing_enc}: {bad} undecodable byte run(s) replaced with U+FFFD"
            )
            self._briefing_start = replacements()


def open_text_stream(raw: BinaryIO, warn: Callable[[str], None], *, newline: str | None = None) -> _WarnOnClose:
    """Wrap a binary file for streaming reads, after checking its first megabyte.

    The encoding is decided on the sample (BOM, UTF-8, else detection); bytes
    that still do not decode later are replaced and reported by ``finish()``.
    """
    start = raw.tell()
    sample = raw.read(SAMPLE_BYTES)
    raw.seek(start)
    if not sample.strip():
        raise IngestError("empty file: no text to import")
    _refuse_binary(sample[:16])
    notes: list[str] = []
    enc, skip = _bom(sample[:4])
    if enc is None:
        enc = "utf-8"
        if b"\x00" in sample:
            utf16 = _utf16_without_bom(sample)
            if utf16 is None:
                raise IngestError("contains NUL bytes: a binary file, not text")
            enc = utf16
            notes.append(f"no byte-order mark; decoded as {enc} (detected)")
        elif not _valid_utf8_prefix(sample) and not _mostly_utf8(sample):
            detected = _detect(sample)
            if detected and detected.replace("-", "_").lower() not in ("utf_8", "ascii"):
                enc = detected
                notes.append(f"not valid UTF-8; decoded as {enc} (detected)")
    # a binary file without a known signature: judge the sample as it will be decoded
    _check_text(codecs.getincrementaldecoder(enc)(errors="replace").decode(sample[skip:]))
    for note in notes:
        warn(note)
    raw.seek(start + skip)
    stream = _WarnOnClose(raw, encoding=enc, errors="briefing.replace", newline=newline)  # type: ignore[arg-type]
    stream._briefing_warn = warn
    stream._briefing_start = replacements()
    stream._briefing_enc = enc
    return stream


def _mostly_utf8(sample: bytes) -> bool:
    """UTF-8 with a few damaged bytes: more valid multi-byte characters than bad byte runs.

    The same judgement :func:`decode_bytes` makes: such text is repaired (bad
    bytes replaced, and reported), not handed to detection, which would read
    every "é" in it as two characters of some legacy code page.
    """
    text = sample.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    return len(_NON_ASCII.findall(text)) - bad >= bad


def _valid_utf8_prefix(sample: bytes) -> bool:
    """True if ``sample`` is UTF-8, allowing a multi-byte character cut at its end."""
    for cut in range(4):
        try:
            sample[: len(sample) - cut].decode("utf-8")
            return True
        except UnicodeDecodeError as exc:
            if exc.start < len(sample) - 4:
                return False
    return False
