"""Input readers: text, HTML, JSON Lines, JSON, CSV, directories and stdin to Articles.

    read_inputs(paths)      Articles, or InputError/SkippedInput objects for bad inputs (never raised)
    article_from_text(text) one Article, metadata detected where not given; raises on bad input
    count_inputs(paths)     number of files to read, for a progress bar (None for stdin)

Metadata detectors live in `sigacts.readers.metadata`.
"""

from sigacts.readers.article import MAX_TEXT_CHARS, article_from_text
from sigacts.readers.files import DEFAULT_MAX_BYTES, count_inputs, iter_files, read_inputs

__all__ = [
    "DEFAULT_MAX_BYTES",
    "MAX_TEXT_CHARS",
    "article_from_text",
    "count_inputs",
    "iter_files",
    "read_inputs",
]
