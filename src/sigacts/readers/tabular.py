"""Articles stored as records: JSON Lines, JSON and CSV/TSV with a named text column.

Every record gives one Article or one InputError naming the file and line; a bad record never stops
the records after it. Fields other than the text are optional: title, url, published, outlet, id.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator, Mapping
from typing import Any

from sigacts.errors import InputError
from sigacts.readers.article import article_from_text
from sigacts.readers.decoding import decode_bytes
from sigacts.readers.html import extract_html, looks_like_html
from sigacts.records import Article

META_FIELDS = ("title", "url", "published", "outlet", "id")
# An article text may be far longer than csv's default 128 KiB field limit.
_CSV_FIELD_LIMIT = 2**31 - 1


def _meta(fields: Mapping[str, Any], name: str) -> str | None:
    value = fields.get(name)
    if value is None or isinstance(value, (dict, list)):
        return None
    text = str(value).strip()
    return text or None


def article_from_record(fields: Mapping[str, Any], text_column: str, source: str) -> Article:
    """An Article from one record's fields; InputError when the text field is missing or bad."""
    text = fields.get(text_column)
    if not isinstance(text, str):
        found = "missing" if text is None else f"a {type(text).__name__}, not a string"
        raise InputError(
            f"{source}: the {text_column!r} field with the article text is {found}; "
            "add it or name the text field with --text-column"
        )
    title = _meta(fields, "title")
    url = _meta(fields, "url")
    if looks_like_html(text):  # scrapers often store the raw page
        page = extract_html(text, url)
        text, title, url = page.text, title or page.title, url or page.url
    return article_from_text(
        text,
        source=source,
        title=title,
        published=_meta(fields, "published"),
        outlet=_meta(fields, "outlet"),
        url=url,
        doc_id=_meta(fields, "id"),
    )


def _guarded(fields: Mapping[str, Any], text_column: str, source: str) -> Article | InputError:
    try:
        return article_from_record(fields, text_column, source)
    except InputError as err:
        return err


def read_jsonl(raw: bytes, path: str, text_column: str = "text") -> Iterator[Article | InputError]:
    """One Article or InputError per non-blank line of JSON Lines bytes; lines decode on their own."""
    seen = 0
    for number, line in enumerate(raw.split(b"\n"), start=1):
        source = f"{path}:{number}"
        if not line.strip():
            continue
        seen += 1
        try:
            fields = json.loads(decode_bytes(line, source))
        except InputError as err:
            yield err
            continue
        except json.JSONDecodeError as exc:
            yield InputError(
                f"{source}: malformed JSON ({exc.msg} at column {exc.colno}); fix or remove the line"
            )
            continue
        if not isinstance(fields, dict):
            yield InputError(
                f"{source}: a JSON {type(fields).__name__}, not an object; write one object per line"
            )
            continue
        yield _guarded(fields, text_column, source)
    if not seen:
        yield InputError(f"{path}: no JSON lines in the file; nothing to read")


def read_json(text: str, path: str, text_column: str = "text") -> Iterator[Article | InputError]:
    """Articles from a JSON file holding one object or a list of objects."""
    try:
        loaded = json.loads(text)
    except json.JSONDecodeError as exc:
        yield InputError(
            f"{path}:{exc.lineno}: malformed JSON ({exc.msg} at column {exc.colno}); fix the file"
        )
        return
    if isinstance(loaded, dict):
        yield _guarded(loaded, text_column, path)
    elif isinstance(loaded, list):
        for index, item in enumerate(loaded, start=1):
            source = f"{path}#{index}"
            if isinstance(item, dict):
                yield _guarded(item, text_column, source)
            else:
                yield InputError(
                    f"{source}: list item is a {type(item).__name__}, not an object with the text"
                )
    else:
        yield InputError(f"{path}: JSON holds a {type(loaded).__name__}; give an object or a list of objects")


def _column_map(header: list[str]) -> dict[str, str]:
    # Exact names first, then case-insensitive, so "Text" or " title " still work.
    mapping = {name.strip(): name for name in header}
    for name in header:
        mapping.setdefault(name.strip().casefold(), name)
    return mapping


def read_csv(
    text: str, path: str, text_column: str = "text", delimiter: str = ","
) -> Iterator[Article | InputError]:
    """One Article or InputError per CSV row; the text is in `text_column` (a header name)."""
    csv.field_size_limit(max(csv.field_size_limit(), _CSV_FIELD_LIMIT))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader, None)
    except csv.Error as exc:
        yield InputError(f"{path}:1: malformed CSV header ({exc}); fix the file")
        return
    if not header:
        yield InputError(f"{path}: no header row; the first row must name the columns")
        return
    columns = _column_map(header)
    wanted = {name: columns.get(name) or columns.get(name.casefold()) for name in (text_column, *META_FIELDS)}
    if wanted[text_column] is None:
        shown = ", ".join(repr(h) for h in header)
        yield InputError(
            f"{path}: no {text_column!r} column (columns: {shown}); name the text column with --text-column"
        )
        return
    yield from _csv_rows(reader, header, wanted, text_column, path)


def _csv_rows(
    reader: Any, header: list[str], wanted: dict[str, str | None], text_column: str, path: str
) -> Iterator[Article | InputError]:
    index = {name: header.index(col) for name, col in wanted.items() if col is not None}
    line = reader.line_num
    while True:
        start = line + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield InputError(f"{path}:{start}: malformed CSV ({exc}); fix the file from this line on")
            return
        line = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        fields = {name: row[i] if i < len(row) else None for name, i in index.items()}
        yield _guarded(fields, text_column, f"{path}:{start}")
