"""Events to and from the JSON kept in the `record` column, without losing anything.

The record is the contract JSON of `Event.to_contract()` with two additions the contract leaves out:
the unrounded confidence and the place's gazetteer feature class. Both are additive fields, so the
record still satisfies the contract schema.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from sigacts.records import Event


def event_to_record(event: Event) -> dict[str, Any]:
    """The JSON object stored for `event`."""
    record = event.to_contract()
    record["confidence"] = event.confidence
    if event.location is not None and record.get("location") is not None:
        record["location"]["feature"] = event.location.feature
    return record


def record_to_event(record: dict[str, Any]) -> Event:
    """The event a stored record describes (inverse of `event_to_record`)."""
    event = Event.from_contract(record)
    location = record.get("location") or {}
    if event.location is not None and location.get("feature") is not None:
        event = event.with_changes(location=replace(event.location, feature=location["feature"]))
    return event
