"""ACLED-style CSV export: one row per event that ACLED would code, with ACLED's column names.

Events without an ACLED type (threats, statements, plans) are left out. Values we cannot know from a
single article (admin2/admin3, source scale, the ACLED upload timestamp) are left empty.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping
from typing import TextIO

from sigacts.exporters.countries import country_info
from sigacts.records import Actor, Article, Event

ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
)  # fmt: skip

# ACLED's "inter" codes by actor type.
INTER_CODES: dict[str, int] = {
    "state forces": 1,
    "rebel group": 2,
    "political militia": 3,
    "identity militia": 4,
    "rioters": 5,
    "protesters": 6,
    "civilians": 7,
    "external/other": 8,
}

# ACLED time_precision: 1 the day is known, 2 within about a week, 3 only the month or coarser.
_TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3, "unknown": 3}

_POLITICAL_VIOLENCE = {"Battles", "Explosions/Remote violence", "Violence against civilians"}


def write_acled_csv(
    events: Iterable[Event], out: TextIO, articles: Mapping[str, Article] | None = None
) -> int:
    """Write the events that have an ACLED type as ACLED-style CSV rows; return how many rows.

    `articles` (by doc_id) supplies the outlet as `source` when the event's attribution has none.
    """
    writer = csv.DictWriter(out, fieldnames=ACLED_COLUMNS, lineterminator="\n")
    writer.writeheader()
    written = 0
    for event in events:
        if not event.acled_type:
            continue
        article = articles.get(event.doc_id) if articles else None
        writer.writerow(acled_row(event, article))
        written += 1
    return written


def acled_row(event: Event, article: Article | None = None) -> dict[str, str | int | float]:
    """The ACLED columns of one event (empty strings where a value is unknown)."""
    place = event.location
    country = country_info(place.country_code if place else None)
    start = event.date.start
    inter1 = inter_code(event.actor1)
    inter2 = inter_code(event.actor2) if event.actor2 else 0
    outlet = event.attribution.outlet or (article.outlet if article else None)
    return {
        "event_id_cnty": event.event_id,
        "event_date": start.isoformat() if start else "",
        "year": start.year if start else "",
        "time_precision": _TIME_PRECISION.get(event.date.precision, 3) if start else "",
        "disorder_type": disorder_type(event.acled_type or "", event.acled_subtype or ""),
        "event_type": event.acled_type or "",
        "sub_event_type": event.acled_subtype or "",
        "actor1": event.actor1.name,
        "assoc_actor_1": "; ".join(actor.name for actor in event.assoc_actors if actor.side != 2),
        "inter1": _blank(inter1),
        "actor2": event.actor2.name if event.actor2 else "",
        "assoc_actor_2": "; ".join(actor.name for actor in event.assoc_actors if actor.side == 2),
        "inter2": _blank(inter2),
        "interaction": _blank(
            event.interaction if event.interaction is not None else interaction(inter1, inter2)
        ),
        "civilian_targeting": _civilian_targeting(event),
        "iso": _blank(country.iso_numeric if country else None),
        "region": (country.region or "") if country else "",
        "country": country.name if country else "",
        "admin1": (place.admin1 or "") if place else "",
        "admin2": "",
        "admin3": "",
        "location": place.name if place else "",
        "latitude": _blank(place.latitude if place else None),
        "longitude": _blank(place.longitude if place else None),
        "geo_precision": _blank(place.geo_precision if place else None),
        "source": outlet or "",
        "source_scale": "",
        "notes": event.evidence.text,
        "fatalities": _fatalities(event),
        "tags": _tags(event),
        "timestamp": "",
    }


def inter_code(actor: Actor | None) -> int | None:
    """ACLED's inter code for the actor's type, None when the type is unknown."""
    if actor is None or not actor.type:
        return None
    return INTER_CODES.get(actor.type.strip().casefold())


def interaction(inter1: int | None, inter2: int | None) -> int | None:
    """ACLED's interaction code: the two inter codes, lower first (inter2 0 means no second actor)."""
    if inter1 is None or inter2 is None:
        return None
    if inter2 == 0:
        return inter1 * 10
    low, high = sorted((inter1, inter2))
    return low * 10 + high


def disorder_type(event_type: str, sub_event_type: str) -> str:
    """ACLED's disorder type for an event type and sub-event type."""
    if event_type in _POLITICAL_VIOLENCE:
        return "Political violence"
    if event_type == "Riots":
        return "Political violence" if sub_event_type == "Mob violence" else "Demonstrations"
    if event_type == "Protests":
        if sub_event_type == "Excessive force against protesters":
            return "Political violence; Demonstrations"
        return "Demonstrations"
    if event_type == "Strategic developments":
        return "Strategic developments"
    return ""


def _civilian_targeting(event: Event) -> str:
    """'Civilian targeting' when the targeted actor is civilians, as ACLED marks it."""
    if inter_code(event.actor2) == INTER_CODES["civilians"]:
        return "Civilian targeting"
    return ""


def _fatalities(event: Event) -> int:
    """The best fatality figure, else the low one; ACLED writes 0 when none is reported."""
    fatalities = event.fatalities
    if fatalities is None:
        return 0
    for value in (fatalities.best, fatalities.low):
        if value is not None:
            return value
    return 0


def _tags(event: Event) -> str:
    """ACLED-style tags: counted amounts (e.g. crowd size), hedging and non-factual status."""
    tags = [f"{quantity.what}={quantity.mention or quantity.value}" for quantity in event.quantities]
    if event.hedged:
        tags.append("hedged")
    if event.factuality != "occurred":
        tags.append(f"factuality={event.factuality}")
    return "; ".join(tags)


def _blank(value: float | None) -> int | float | str:
    """The value, or an empty cell for None."""
    return "" if value is None else value
