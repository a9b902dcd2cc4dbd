"""GeoJSON export: a FeatureCollection with one Point per event that has coordinates.

Features are written one at a time, so a large export never sits in memory whole. Properties are the
flat main fields of the event (names, types, dates, evidence), ready for a GIS attribute table.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO

from sigacts.records import Event


def write_geojson(events: Iterable[Event], out: TextIO) -> int:
    """Write a FeatureCollection of the events that have coordinates; return how many features."""
    written = 0
    out.write('{"type": "FeatureCollection", "features": [')
    for event in events:
        feature = event_feature(event)
        if feature is None:
            continue
        out.write(",\n" if written else "\n")
        out.write(json.dumps(feature, ensure_ascii=False))
        written += 1
    out.write("\n]}\n")
    return written


def event_feature(event: Event) -> dict[str, Any] | None:
    """The GeoJSON Point feature of `event`, or None when its location has no coordinates."""
    place = event.location
    if place is None or place.latitude is None or place.longitude is None:
        return None
    return {
        "type": "Feature",
        "id": event.event_id,
        "geometry": {"type": "Point", "coordinates": [place.longitude, place.latitude]},
        "properties": event_properties(event),
    }


def event_properties(event: Event) -> dict[str, Any]:
    """The flat main fields of an event (no nested objects)."""
    place = event.location
    fatalities = event.fatalities
    return {
        "event_id": event.event_id,
        "doc_id": event.doc_id,
        "plover_type": event.plover_type,
        "plover_mode": event.plover_mode,
        "acled_type": event.acled_type,
        "acled_subtype": event.acled_subtype,
        "actor1": event.actor1.name,
        "actor2": event.actor2.name if event.actor2 else None,
        "assoc_actors": "; ".join(actor.name for actor in event.assoc_actors) or None,
        "location": place.name if place else None,
        "country_code": place.country_code if place else None,
        "admin1": place.admin1 if place else None,
        "geo_precision": place.geo_precision if place else None,
        "date_start": event.date.start.isoformat() if event.date.start else None,
        "date_end": event.date.end.isoformat() if event.date.end else None,
        "date_precision": event.date.precision,
        "fatalities": fatalities.best if fatalities else None,
        "factuality": event.factuality,
        "hedged": event.hedged,
        "outlet": event.attribution.outlet,
        "claimants": "; ".join(event.attribution.claimants) or None,
        "confidence": round(event.confidence, 3),
        "evidence": event.evidence.text,
    }
