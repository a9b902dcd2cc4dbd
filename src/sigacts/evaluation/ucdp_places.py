"""UCDP GED place descriptions: geocode each `where_coordinates` ("Teir Maaleh village") in its country.

A component evaluation of the gazetteer: the description alone is looked up with the file's country
(column `country`, e.g. Syria) as the only context; the event text is not read. A folder means every
CSV file in it, pooled.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sigacts.errors import InputError
from sigacts.evaluation.base import EvalReport, GoldItem, Metrics, gold_files, parse_number
from sigacts.evaluation.metrics import haversine_km, share
from sigacts.resources.gazetteer import GazetteerEntry
from sigacts.stages.geocode import geocode_description

if TYPE_CHECKING:
    from sigacts.api import Coder

KEYS = ("within_10km", "within_50km", "unresolved", "rows")
NOTES = {
    "within_10km": "share of rows whose description we place within 10 km of the UCDP point",
    "within_50km": "as above, within 50 km",
    "unresolved": "share of rows whose description we cannot place in the country",
    "rows": "UCDP rows with a description and coordinates",
}
NEEDED = {"where_coordinates", "latitude", "longitude", "country"}


def load(path: Path) -> list[GoldItem]:
    """Read UCDP GED CSV files: one item per row with a description and coordinates."""
    items: list[GoldItem] = []
    for file in gold_files(path, (".csv",), "UCDP GED CSV"):
        with file.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            if not NEEDED <= set(reader.fieldnames or ()):
                raise InputError(f"{file}: not a UCDP GED file (needs columns {', '.join(sorted(NEEDED))})")
            for line, row in enumerate(reader, start=2):
                lat, lon = parse_number(row["latitude"] or ""), parse_number(row["longitude"] or "")
                where = (row["where_coordinates"] or "").strip()
                if where and lat is not None and lon is not None:
                    gold = {"latitude": lat, "longitude": lon, "country": row["country"].strip()}
                    items.append(GoldItem(f"ucdp:{row.get('id') or line}", where, None, gold))
    return items


def code(items: Sequence[GoldItem], coder: Coder, on_progress: Any = None) -> list[GazetteerEntry | None]:
    """Geocode every description in its row's country (each distinct pair looked up once)."""
    gazetteer = coder.resources.gazetteer
    done: dict[tuple[str, str], GazetteerEntry | None] = {}
    results: list[GazetteerEntry | None] = []
    for item in items:
        key = (item.text, item.gold["country"])
        if key not in done:
            code_ = gazetteer.country_code_for(item.gold["country"])
            done[key] = geocode_description(gazetteer, item.text, code_)
        results.append(done[key])
        if on_progress is not None:
            on_progress(1)
    return results


def score(items: Sequence[GoldItem], results: Sequence[Any]) -> EvalReport:
    """Share of rows within 10 and 50 km of the gold point; unresolved rows count as misses."""
    near = close = unresolved = 0
    errors: list[dict[str, Any]] = []
    for item, entry in zip(items, results):
        if not isinstance(entry, GazetteerEntry) or entry.latitude is None or entry.longitude is None:
            unresolved += 1
            errors.append({"id": item.item_id, "where": item.text, "miss": "unresolved", "gold": dict(item.gold)})
            continue
        km = haversine_km(item.gold["latitude"], item.gold["longitude"], entry.latitude, entry.longitude)
        near += km <= 10
        close += km <= 50
        if km > 10:
            errors.append(
                {"id": item.item_id, "where": item.text, "miss": "far", "km": round(km, 1), "gold": dict(item.gold),
                 "ours": {"name": entry.name, "id": entry.gid, "latitude": entry.latitude, "longitude": entry.longitude}}
            )  # fmt: skip
    rows = len(items)
    metrics: Metrics = {
        "within_10km": share(near, rows),
        "within_50km": share(close, rows),
        "unresolved": share(unresolved, rows),
        "rows": rows,
    }
    return EvalReport("ucdp-places", "", metrics, errors, dict(NOTES))
