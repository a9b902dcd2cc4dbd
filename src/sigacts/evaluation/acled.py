"""ACLED exports with the coders' notes: each row's notes are the input text, its event the gold event.

Both schemas are read as they come: the old upper-case one (2015-16: EVENT_TYPE such as
"Battle-No change of territory", "Remote violence", "Riots/Protests") and the current lower-case one
(event_type, sub_event_type). Old event types are mapped to the current six; "Riots/Protests" rows are
split by ACLED's own actor-type codes: rioters (5) on either side give Riots ("police fired on rioters" has
the police first), otherwise Protests.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from sigacts.errors import InputError
from sigacts.evaluation.base import (
    EvalReport,
    GoldItem,
    Metrics,
    actor_matches,
    gold_files,
    main_event,
    parse_date,
    parse_number,
)
from sigacts.evaluation.metrics import accuracy, haversine_km, macro_f1, share
from sigacts.records import Event
from sigacts.resources.actors import ActorBase
from sigacts.resources.outlets import load_outlets
from sigacts.taxonomy import ACLED_EVENT_TYPES

KEYS = (
    "event_type_accuracy", "sub_event_type_macro_f1", "actor1_accuracy", "actor2_accuracy",
    "actor_pair_accuracy", "location_within_25km", "fatalities_exact", "no_event_rate", "rows",
)  # fmt: skip

NOTES = {
    "event_type_accuracy": "main event's ACLED type = gold type (old types mapped to the current six); "
    "a row with no ACLED event counts as a miss",
    "sub_event_type_macro_f1": "macro F1 over gold sub-event types (current schema only)",
    "actor1_accuracy": "main event's actor1 is gold actor1 (knowledge-base aliases, renames, ACLED decorations)",
    "actor2_accuracy": "as actor1, over rows whose gold actor2 is given",
    "actor_pair_accuracy": "over the same rows, both gold actors are the main event's two in either order "
    "(ACLED's documentation says the order of actor1 and actor2 implies no direction)",
    "location_within_25km": "main event's location within 25 km of the gold coordinates",
    "fatalities_exact": "main event's best fatality figure (or the largest of the row's events; none = 0) = gold",
    "no_event_rate": "rows where sigacts finds no event of any kind",
}

OLD_EVENT_TYPES = {
    "battle-no change of territory": "Battles",
    "battle-government regains territory": "Battles",
    "battle-non-state actor overtakes territory": "Battles",
    "battle-non-state actors overtake territory": "Battles",
    "remote violence": "Explosions/Remote violence",
    "violence against civilians": "Violence against civilians",
    "strategic development": "Strategic developments",
    "non-violent transfer of territory": "Strategic developments",
    "headquarters or base established": "Strategic developments",
}
CURRENT_TYPES = {t.lower(): t for t in ACLED_EVENT_TYPES}
RIOTERS_CODE = "5"


def current_event_type(event_type: str, inter1: str = "", inter2: str = "") -> str | None:
    """The current ACLED event type of an old or current type name (None if unknown)."""
    key = " ".join(event_type.strip().lower().split())
    if key in CURRENT_TYPES:
        return CURRENT_TYPES[key]
    if key == "riots/protests":
        return "Riots" if RIOTERS_CODE in (inter1.strip(), inter2.strip()) else "Protests"
    return OLD_EVENT_TYPES.get(key)


_DATE_FORMATS = ("%Y-%m-%d", "%d-%B-%Y", "%d %B %Y", "%d/%m/%Y", "%m/%d/%Y", "%d-%b-%Y")


def parse_event_date(value: str) -> date | None:
    """ACLED event dates as written in either schema ('2016-06-17', '01-January-2015', '17 June 2016')."""
    return parse_date(value, _DATE_FORMATS)


def load(path: Path) -> list[GoldItem]:
    """Read one ACLED CSV (either schema) or every CSV in a folder."""
    items: list[GoldItem] = []
    for file in gold_files(path, (".csv",), "ACLED export"):
        items += _load_file(file)
    return items


def _load_file(path: Path) -> list[GoldItem]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        header = {name.lower(): name for name in reader.fieldnames or ()}
        missing = {"notes", "event_type", "event_date"} - set(header)
        if missing:
            raise InputError(f"{path}: not an ACLED export (no column {', '.join(sorted(missing))})")
        items = []
        for line, row in enumerate(reader, start=2):
            low = {k.lower(): (v or "") for k, v in row.items() if k}
            item = _gold_item(low, f"{path.name}:{line}")
            if item is not None:
                items.append(item)
    return items


def _gold_item(row: dict[str, str], where: str) -> GoldItem | None:
    text = row["notes"].strip()
    if not text:
        return None
    gold: dict[str, Any] = {
        "event_type": current_event_type(row["event_type"], row.get("inter1", ""), row.get("inter2", "")),
        "raw_event_type": row["event_type"],
        "sub_event_type": row.get("sub_event_type") or None,
        "actor1": row.get("actor1", ""),
        "actor2": row.get("actor2", ""),
        "country": row.get("country", ""),
        "location": row.get("location", ""),
        "latitude": parse_number(row.get("latitude", "")),
        "longitude": parse_number(row.get("longitude", "")),
        "fatalities": int(parse_number(row.get("fatalities", "")) or 0),
    }
    item_id = row.get("data_id") or row.get("event_id_cnty") or where
    return GoldItem(f"acled:{item_id}", text, parse_event_date(row["event_date"]), gold, _outlet(row.get("source", "")))


def _outlet(sources: str) -> str | None:
    """The outlet of a row's note: the first of its sources ("Dawn; Reuters") that sigacts knows, else the
    first source as written, as an ingest of that outlet's article keeps an outlet name it does not know."""
    outlets = load_outlets()
    known = next((o.name for o in map(outlets.get, sources.split(";")) if o is not None), None)
    return known or next((s.strip() for s in sources.split(";") if s.strip()), None)


def score(items: Sequence[GoldItem], results: Sequence[Sequence[Event] | None], actors: ActorBase) -> EvalReport:
    """Score the main event of each row against the row's gold event."""
    type_hits, a1_hits, a2_hits, pair_hits, loc_hits, fat_hits, sub_pairs = [], [], [], [], [], [], []
    no_event = 0
    errors: list[dict[str, Any]] = []
    for item, events in zip(items, results):
        gold = item.gold
        events = events or ()
        no_event += not events
        ours = main_event(events)
        country = actors.country_for_name(gold["country"]) if gold["country"] else None
        type_ok = ours is not None and ours.acled_type == gold["event_type"]
        type_hits.append(type_ok)
        if gold["sub_event_type"]:
            sub_pairs.append((gold["sub_event_type"], ours.acled_subtype if ours else None))
        a1_ok = actor_matches(gold["actor1"], ours.actor1 if ours else None, actors, country)
        a1_hits.append(a1_ok)
        a2_ok = None
        if gold["actor2"].strip():
            a2_ok = actor_matches(gold["actor2"], ours.actor2 if ours else None, actors, country)
            a2_hits.append(a2_ok)
            crossed = ours is not None and actor_matches(gold["actor1"], ours.actor2, actors, country) and (
                actor_matches(gold["actor2"], ours.actor1, actors, country))
            pair_hits.append((a1_ok and a2_ok) or crossed)
        loc_ok = _near(ours, gold["latitude"], gold["longitude"], 25.0)
        if loc_ok is not None:
            loc_hits.append(loc_ok)
        fatalities = _fatalities(ours, events)
        fat_hits.append(fatalities == gold["fatalities"])
        checks = (("event_type", type_ok), ("actor1", a1_ok), ("actor2", a2_ok), ("location", loc_ok),
                  ("fatalities", fatalities == gold["fatalities"]))  # fmt: skip
        wrong = [name for name, ok in checks if ok is False]
        if wrong:
            errors.append(_error(item, ours, fatalities, wrong))
    metrics: Metrics = {
        "event_type_accuracy": accuracy(type_hits),
        "sub_event_type_macro_f1": macro_f1(sub_pairs),
        "actor1_accuracy": accuracy(a1_hits),
        "actor2_accuracy": accuracy(a2_hits),
        "actor_pair_accuracy": accuracy(pair_hits),
        "location_within_25km": accuracy(loc_hits),
        "fatalities_exact": accuracy(fat_hits),
        "no_event_rate": share(no_event, len(items)),
        "rows": len(items),
    }
    return EvalReport("acled", "", metrics, errors, dict(NOTES))


def _near(ours: Event | None, lat: float | None, lon: float | None, km: float) -> bool | None:
    if lat is None or lon is None:
        return None
    place = ours.location if ours else None
    if place is None or place.latitude is None or place.longitude is None:
        return False
    return haversine_km(lat, lon, place.latitude, place.longitude) <= km


def _fatalities(ours: Event | None, events: Sequence[Event]) -> int:
    """The main event's best figure, else the largest among the row's events (a row is one event)."""
    if ours is not None and ours.fatalities and ours.fatalities.best is not None:
        return ours.fatalities.best
    figures = [e.fatalities.best for e in events if e.fatalities and e.fatalities.best is not None]
    return max(figures, default=0)


def _error(item: GoldItem, ours: Event | None, fatalities: int, wrong: list[str]) -> dict[str, Any]:
    return {
        "id": item.item_id,
        "input": item.text,
        "wrong": wrong,
        "gold": dict(item.gold),
        "ours": None
        if ours is None
        else {
            "event_type": ours.acled_type,
            "sub_event_type": ours.acled_subtype,
            "plover": ours.plover_type,
            "actor1": ours.actor1.name,
            "actor2": ours.actor2.name if ours.actor2 else None,
            "location": ours.location.name if ours.location else None,
            "latitude": ours.location.latitude if ours.location else None,
            "longitude": ours.location.longitude if ours.location else None,
            "fatalities": fatalities,
            "trigger": ours.evidence.trigger,
        },
    }
