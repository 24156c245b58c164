"""Bytes that are not clean UTF-8 text: refused clearly, or decoded with a warning."""

from __future__ import annotations

import io

import pytest

from briefing.ingest import IngestError
from briefing.ingest.decode import decode_bytes, open_text_stream

TEXT = "Die Ministerin sagte, die Gespräche über Stahlquoten würden im Juni in Port Alder fortgesetzt. « Ça suffit », dit-elle."


def decode(data: bytes) -> tuple[str, list[str]]:
    warnings: list[str] = []
    return decode_bytes(data, warnings.append), warnings


def test_clean_utf8_has_no_warning() -> None:
    text, warnings = decode(TEXT.encode("utf-8"))
    assert text == TEXT and warnings == []


def test_utf8_bom_is_dropped_and_utf16_is_read() -> None:
    assert decode(b"\xef\xbb\xbf" + TEXT.encode("utf-8"))[0] == TEXT
    assert decode(TEXT.encode("utf-16"))[0] == TEXT  # BOM tells the byte order


def test_legacy_encoding_is_detected_and_reported() -> None:
    text = "Les négociateurs réunis à Genève ont déclaré que la réunion était « très difficile ». " * 20
    decoded, warnings = decode(text.encode("cp1252"))
    assert decoded == text
    assert len(warnings) == 1 and "not valid UTF-8" in warnings[0] and "decoded as" in warnings[0]


def test_a_few_bad_bytes_are_replaced_and_reported() -> None:
    data = TEXT.encode("utf-8") + b" \xff " + TEXT.encode("utf-8")
    decoded, warnings = decode(data)
    assert decoded == TEXT + " \ufffd " + TEXT
    assert len(warnings) == 1 and "replaced with U+FFFD" in warnings[0] and "offset" in warnings[0]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"PK\x03\x04\x14\x00\x06\x00", "ZIP"),
        (b"Some text\x00with a NUL byte in it", "NUL bytes"),
        (bytes(range(1, 32)) * 40, "control characters"),
        (b"", "empty"),
        (b"  \n\n\t  \n", "empty"),
    ],
)
def test_binary_and_empty_input_is_refused(data: bytes, message: str) -> None:
    with pytest.raises(IngestError, match=message):
        decode(data)


def test_stream_reports_bad_bytes_after_the_sample() -> None:
    good = ('{"text": "' + "x" * 100 + '"}\n').encode("utf-8")
    data = good * 20000 + b'{"text": "bad \xff byte"}\n'  # past the first megabyte
    warnings: list[str] = []
    stream = open_text_stream(io.BytesIO(data), warnings.append)
    lines = stream.readlines()
    stream.finish()
    assert lines[-1] == '{"text": "bad \ufffd byte"}\n'
    assert len(warnings) == 1 and "replaced" in warnings[0]


def test_stream_refuses_binary_and_nul() -> None:
    with pytest.raises(IngestError, match="NUL"):
        open_text_stream(io.BytesIO(b'{"text": "a\x00b"}'), print)
    with pytest.raises(IngestError, match="gzip"):
        open_text_stream(io.BytesIO(b"\x1f\x8b\x08\x00rest"), print)
