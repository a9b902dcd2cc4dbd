"""JSON Lines export: one contract JSON object per event per line."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TextIO

from sigacts.records import Event


def write_jsonl(events: Iterable[Event], out: TextIO) -> int:
    """Write each event's contract JSON (`Event.to_contract()`) as one line; return how many were written."""
    written = 0
    for event in events:
        out.write(json.dumps(event.to_contract(), ensure_ascii=False))
        out.write("\n")
        written += 1
    return written
