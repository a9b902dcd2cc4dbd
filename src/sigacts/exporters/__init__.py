"""Exporters: stored or extracted events written as JSON Lines, ACLED-style CSV or GeoJSON.

    export_events("acled-csv", events, sys.stdout, articles={a.doc_id: a for a in store.articles()})

Every writer takes an iterable of events and a text stream and returns how many records it wrote.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable
from typing import Any, TextIO

from sigacts.errors import ConfigError
from sigacts.exporters.acled_csv import ACLED_COLUMNS, write_acled_csv
from sigacts.exporters.geojson import write_geojson
from sigacts.exporters.jsonl import write_jsonl
from sigacts.records import Event

__all__ = [
    "ACLED_COLUMNS",
    "EXPORT_FORMATS",
    "export_events",
    "write_acled_csv",
    "write_geojson",
    "write_jsonl",
]

EXPORT_FORMATS: dict[str, Callable[..., int]] = {
    "jsonl": write_jsonl,
    "acled-csv": write_acled_csv,
    "geojson": write_geojson,
}


def export_events(fmt: str, events: Iterable[Event], out: TextIO, **options: Any) -> int:
    """Write `events` to `out` in format `fmt`; return how many records were written.

    Options a format does not use (e.g. `articles` for jsonl) are ignored, so a caller can pass the
    same options whatever the format. Raises ConfigError for an unknown format.
    """
    writer = EXPORT_FORMATS.get(fmt)
    if writer is None:
        raise ConfigError(f"unknown export format {fmt!r}; choose one of: {', '.join(EXPORT_FORMATS)}")
    accepted = inspect.signature(writer).parameters
    return writer(events, out, **{name: value for name, value in options.items() if name in accepted})
