"""Files, directories and stdin to articles: pick the format, read, and keep going past bad inputs.

Format by file suffix: .jsonl/.ndjson (JSON Lines), .json, .csv, .tsv, .html/.htm; anything else is
read as text and treated as HTML when its content looks like a page. Directories are walked
recursively in sorted order, skipping hidden files and folders.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TextIO

from sigacts.errors import InputError, SkippedInput
from sigacts.readers.article import article_from_text, check_text, resolve_outlet
from sigacts.readers.decoding import binary_reason, decode_bytes
from sigacts.readers.html import HTML_SUFFIXES, extract_html, looks_like_html
from sigacts.readers.tabular import read_csv, read_json, read_jsonl
from sigacts.records import Article
from sigacts.resources.outlets import load_outlets

DEFAULT_MAX_BYTES = 20_000_000
STDIN = "-"
MIN_SENTENCE_WORDS = 5
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson", ".jsonlines"})

ReadResult = Article | InputError


def _is_hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def iter_files(root: Path) -> list[Path]:
    """The files under a directory, recursively, sorted, without hidden files or folders."""
    return sorted(p for p in root.rglob("*") if p.is_file() and not _is_hidden(p, root))


def count_inputs(paths: Sequence[str | Path]) -> int | None:
    """How many articles `read_inputs` will yield (for a progress bar); None when that is not known without
    reading: stdin, or record files (JSONL, JSON, CSV, TSV) that hold many articles each."""
    if isinstance(paths, (str, Path)):
        paths = [paths]
    total = 0
    for path in paths:
        if str(path) == STDIN:
            return None
        given = Path(path)
        files = iter_files(given) if given.is_dir() else [given]
        if any(f.suffix.lower() in RECORD_SUFFIXES for f in files):
            return None
        total += len(files)
    return total


RECORD_SUFFIXES = JSONL_SUFFIXES | {".json", ".csv", ".tsv"}


def _size_error(source: str, size: int, max_bytes: int) -> InputError:
    return InputError(
        f"{source}: file is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.1f} MB limit; "
        "split it or raise the maximum input size"
    )


def html_article(html: str, source: str, url: str | None = None) -> Article:
    """An Article from an HTML page: body text with the title first, page metadata where found."""
    page = extract_html(html, url)
    # A page of menus and links has no line that reads like a sentence.
    if not any(len(line.split()) >= MIN_SENTENCE_WORDS for line in page.text.splitlines()):
        raise SkippedInput(f"{source}: skipped, no article text found in the HTML page")
    check_text(page.text, source)
    # The page's site name wins when it is a known outlet; an unknown one ("example.org") only
    # when the text names no outlet itself.
    known = load_outlets().canonical(page.site_name) if page.site_name else None
    outlet = known or resolve_outlet(page.text, None, page.url) or page.site_name
    return article_from_text(
        page.text, source=source, title=page.title, published=page.published, outlet=outlet, url=page.url
    )


def _guard(build: Iterator[ReadResult]) -> Iterator[ReadResult]:
    try:
        yield from build
    except InputError as err:
        yield err


def _single(text: str, source: str, html: bool) -> Iterator[ReadResult]:
    if html or looks_like_html(text):
        yield html_article(text, source)
    else:
        yield article_from_text(text, source=source)


def read_file(
    path: Path, text_column: str = "text", max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[ReadResult]:
    """Articles (or errors) from one file, chosen by its suffix and content."""
    source = str(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            yield _size_error(source, size, max_bytes)
            return
        raw = path.read_bytes()
    except OSError as exc:
        yield InputError(f"{source}: cannot read the file ({exc.strerror}); check its permissions")
        return
    if not raw:
        yield InputError(f"{source}: empty file; nothing to read")
        return
    suffix = path.suffix.casefold()
    if suffix in JSONL_SUFFIXES:
        yield from _guard(_jsonl_checked(raw, source, text_column))
    else:
        yield from _guard(_decoded(raw, source, suffix, text_column))


def _jsonl_checked(raw: bytes, source: str, text_column: str) -> Iterator[ReadResult]:
    reason = binary_reason(raw)  # a binary file is refused as a whole, not line by line
    if reason:
        raise InputError(f"{source}: {reason}; give a text, HTML, JSONL or CSV file")
    yield from read_jsonl(raw, source, text_column)


def _decoded(raw: bytes, source: str, suffix: str, text_column: str) -> Iterator[ReadResult]:
    text = decode_bytes(raw, source)
    if suffix == ".json":
        yield from read_json(text, source, text_column)
    elif suffix in (".csv", ".tsv"):
        yield from read_csv(text, source, text_column, delimiter="\t" if suffix == ".tsv" else ",")
    else:
        yield from _single(text, source, html=suffix in HTML_SUFFIXES)


def _looks_like_jsonl(text: str) -> bool:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return bool(lines) and all(line.startswith("{") for line in lines)


def read_stdin(
    stream: TextIO, text_column: str = "text", max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[ReadResult]:
    """Articles from standard input: JSON Lines when every line is an object, else HTML or text."""
    try:
        text = stream.read(max_bytes + 1)
    except UnicodeDecodeError as exc:
        yield InputError(f"stdin: cannot decode the input ({exc.reason}); send UTF-8 text")
        return
    if len(text) > max_bytes:
        yield InputError(f"stdin: input is over the {max_bytes / 1e6:.1f} MB limit; split it into files")
        return
    text = text.removeprefix("\ufeff")
    if not text:
        yield InputError("stdin: empty input; nothing to read")
    elif _looks_like_jsonl(text):
        yield from read_jsonl(text.encode("utf-8"), "stdin", text_column)
    else:
        yield from _guard(_single(text, "stdin", html=False))


def read_inputs(
    paths: Sequence[str | Path],
    *,
    text_column: str = "text",
    stdin: TextIO | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Article | InputError]:
    """Read every path ("-" is stdin; directories recursively) into Articles, yielding errors in place.

    A bad file or record yields its InputError (SkippedInput for non-English text) and reading goes
    on with the next one; nothing is raised for bad inputs.
    """
    if isinstance(paths, (str, Path)):  # one path given bare; a str must not be read letter by letter
        paths = [paths]
    for path in paths:
        if str(path) == STDIN:
            yield from read_stdin(stdin if stdin is not None else sys.stdin, text_column, max_bytes)
            continue
        given = Path(path)
        if given.is_dir():
            for file in iter_files(given):
                yield from read_file(file, text_column, max_bytes)
        elif given.exists():
            yield from read_file(given, text_column, max_bytes)
        else:
            yield InputError(f"{given}: no such file or directory; check the path")
