"""Bytes to text: refuse binary data, try UTF-8 (with or without BOM), then Windows-1252.

Windows-1252 decodes almost any byte string, so its result is accepted only when it looks like prose:
few control characters and mostly plain letters, digits, spaces and punctuation.
"""

from __future__ import annotations

import codecs
import unicodedata

from sigacts.errors import InputError

SNIFF_BYTES = 8192
MAX_CONTROL_SHARE = 0.02  # a few stray control bytes are tolerated, more means binary
_TEXT_CONTROLS = {0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1A, 0x1B}  # tab, newlines, form feed, DOS EOF, ESC

# Binary formats people often try to feed in, with what to do instead.
BINARY_HINTS = {
    b"%PDF": "a PDF; convert it to text first (e.g. with pdftotext)",
    b"PK\x03\x04": "a ZIP archive (or .docx/.xlsx); unpack it or save the article as text",
    b"\x1f\x8b": "gzip-compressed; decompress it first",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"\xd0\xcf\x11\xe0": "an old Microsoft Office file; save the article as text",
}


def binary_reason(raw: bytes) -> str | None:
    """Why `raw` looks like binary data rather than text, or None when it looks like text."""
    for magic, hint in BINARY_HINTS.items():
        if raw.startswith(magic):
            return f"binary file ({hint})"
    head = raw[:SNIFF_BYTES]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return None
    if b"\x00" in head:
        return "binary file (contains NUL bytes)"
    controls = sum(1 for b in head if (b < 0x20 and b not in _TEXT_CONTROLS) or b == 0x7F)
    if head and controls / len(head) > MAX_CONTROL_SHARE:
        return "binary file (many control characters)"
    return None


def looks_like_prose(text: str) -> bool:
    """True when `text` is mostly letters, digits, spaces and punctuation with no stray controls."""
    if not text:
        return False
    sample = text[:SNIFF_BYTES]
    odd = 0
    for char in sample:
        if char.isascii():
            odd += not (char.isprintable() or char in "\t\n\r\f")
        elif not unicodedata.category(char).startswith(("L", "Z")) and char not in "‘’“”–—…€£•·°":
            odd += 1
    non_ascii = sum(not c.isascii() for c in sample)
    return odd / len(sample) < 0.01 and non_ascii / len(sample) < 0.2


def decode_bytes(raw: bytes, source: str) -> str:
    """Decode bytes of a text file; InputError naming `source` when they are binary or undecodable."""
    reason = binary_reason(raw)
    if reason:
        raise InputError(f"{source}: {reason}; give a text, HTML, JSONL or CSV file")
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(
                f"{source}: broken UTF-16 text ({exc.reason}); re-save the file as UTF-8"
            ) from exc
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        text = raw.decode("cp1252")
    except UnicodeDecodeError:
        text = ""
    if looks_like_prose(text):
        return text
    raise InputError(
        f"{source}: cannot decode the bytes as UTF-8 or Windows-1252 text; re-save the file as UTF-8"
    )
