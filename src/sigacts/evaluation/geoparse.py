"""Geoparsing corpora (GeoWebNews, GeoVirus): find every place name in an article and locate it.

Both corpora are XML files of `<article>`s holding a `<text>` and its gold toponyms: GeoWebNews writes
`<toponym>` with `extractedName`, `start`, `end`, `latitude`, `longitude`; GeoVirus writes `<location>`
with `name`, `start`, `end`, `lat`, `lon` (its offsets are one character late, so each gold span is
found by its name near the given offset). Only gold toponyms with coordinates are scored. A folder
means every XML file in it, pooled: the metrics are over all their toponyms together.

Recognition is ours, by the geoparser users run (`sigacts geoparse`, `Coder.geoparse_many`); a gold toponym is
found when one of our toponyms overlaps its characters. The distance metrics are over found toponyms,
as in Gritta et al. (2019), "A Pragmatic Guide to Geoparsing Evaluation".
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sigacts.errors import InputError, StageError
from sigacts.evaluation.base import EvalReport, GoldItem, Metrics, gold_files
from sigacts.evaluation.metrics import error_curve_auc, haversine_km, share
from sigacts.readers import article_from_text
from sigacts.stages.geocode import Toponym

if TYPE_CHECKING:
    from sigacts.api import Coder

KEYS = ("accuracy_161km", "mean_error_km", "auc", "recall", "rows")
NOTES = {
    "accuracy_161km": "share of found gold toponyms we place within 161 km (100 miles) of the gold point",
    "mean_error_km": "mean distance between our point and the gold point over found toponyms",
    "auc": "area under the curve of log errors (Gritta et al. 2019): 0 perfect, 1 worst",
    "recall": "share of gold toponyms (with coordinates) that one of our toponyms overlaps",
    "rows": "gold toponyms with coordinates",
}
ACCURATE_KM = 161.0
OFFSET_SLACK = 3  # how far a gold span may sit from its stated offset (GeoVirus is one late)


def load(path: Path) -> list[GoldItem]:
    """Read GeoWebNews/GeoVirus XML (a file, or every .xml file in a folder); one item per article."""
    items: list[GoldItem] = []
    for file in gold_files(path, (".xml",), "GeoWebNews or GeoVirus XML"):
        try:
            root = ET.parse(file).getroot()
        except (ET.ParseError, OSError) as exc:
            raise InputError(f"{file}: not a readable XML file ({exc})") from None
        for number, article in enumerate(root.iter("article")):
            text = article.findtext("text") or ""
            toponyms = [t for t in (_gold_toponym(text, node) for node in _toponym_nodes(article)) if t]
            if text.strip() and toponyms:
                items.append(GoldItem(f"{file.stem}:{number}", text, None, {"toponyms": toponyms}))
    return items


def _toponym_nodes(article: ET.Element) -> list[ET.Element]:
    return [*article.iter("toponym"), *article.iter("location")]


def _gold_toponym(text: str, node: ET.Element) -> dict[str, Any] | None:
    """One gold toponym with its span in `text` and its point; None without coordinates."""
    name = (node.findtext("extractedName") or node.findtext("name") or "").strip()
    lat = node.findtext("latitude") or node.findtext("lat")
    lon = node.findtext("longitude") or node.findtext("lon")
    try:
        start, latitude, longitude = int(node.findtext("start") or ""), float(lat or ""), float(lon or "")
    except ValueError:
        return None
    start = _locate(text, name, start)
    return {"name": name, "start": start, "end": start + len(name), "latitude": latitude, "longitude": longitude}


def _locate(text: str, name: str, start: int) -> int:
    """Where `name` really starts: at `start`, else the nearest occurrence within OFFSET_SLACK."""
    for shift in sorted(range(-OFFSET_SLACK, OFFSET_SLACK + 1), key=abs):
        at = start + shift
        if at >= 0 and text[at : at + len(name)] == name:
            return at
    return start


def code(items: Sequence[GoldItem], coder: Coder, on_progress: Any = None) -> list[list[Toponym] | None]:
    """Our toponyms for every article, from the geoparser users run (`Coder.geoparse_many`)."""
    results: list[list[Toponym] | None] = []
    batch = 16
    for begin in range(0, len(items), batch):
        chunk = items[begin : begin + batch]
        parsed = coder.geoparse_many([article_from_text(item.text, doc_id=item.item_id) for item in chunk])
        results += [None if isinstance(one, StageError) else list(one.toponyms) for one in parsed]
        if on_progress is not None:
            on_progress(len(chunk))
    return results


def score(items: Sequence[GoldItem], results: Sequence[Any]) -> EvalReport:
    """Recall of gold toponyms and the distance metrics over those we found."""
    distances: list[float] = []
    total = found = 0
    errors: list[dict[str, Any]] = []
    for item, ours in zip(items, results):
        for gold in item.gold["toponyms"]:
            total += 1
            match = _best_overlap(gold, ours or [])
            if match is None or match.place.latitude is None or match.place.longitude is None:
                errors.append({"id": item.item_id, "miss": "not found", "gold": gold, "context": _context(item.text, gold)})
                continue
            found += 1
            km = haversine_km(gold["latitude"], gold["longitude"], match.place.latitude, match.place.longitude)
            distances.append(km)
            if km > ACCURATE_KM:
                errors.append(
                    {"id": item.item_id, "miss": "far", "km": round(km), "gold": gold, "ours": _described(match),
                     "context": _context(item.text, gold)}
                )  # fmt: skip
    metrics: Metrics = {
        "accuracy_161km": share(sum(d <= ACCURATE_KM for d in distances), len(distances)),
        "mean_error_km": sum(distances) / len(distances) if distances else None,
        "auc": error_curve_auc(distances),
        "recall": share(found, total),
        "rows": total,
    }
    return EvalReport("geoparse", "", metrics, errors, dict(NOTES))


def _best_overlap(gold: dict[str, Any], ours: Sequence[Toponym]) -> Toponym | None:
    best, best_overlap = None, 0
    for toponym in ours:
        overlap = min(gold["end"], toponym.end) - max(gold["start"], toponym.start)
        if overlap > best_overlap:
            best, best_overlap = toponym, overlap
    return best


def _described(toponym: Toponym) -> dict[str, Any]:
    place = toponym.place
    return {"text": toponym.text, "how": toponym.how, "name": place.name, "country": place.country_code,
            "id": place.gazetteer_id, "latitude": place.latitude, "longitude": place.longitude}  # fmt: skip


def _context(text: str, gold: dict[str, Any]) -> str:
    return text[max(gold["start"] - 60, 0) : gold["end"] + 60].replace("\n", " ")
