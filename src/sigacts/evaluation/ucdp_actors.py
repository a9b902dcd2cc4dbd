"""UCDP GED sides as an actor-resolution test: `side_a` and `side_b` names resolved to knowledge-base actors.

Nothing of the pipeline runs: each side's names go straight to `ActorBase.resolve`, dated by the event's
start and read in the event's country. A side may join several groups ("Ahrar al-Sham, HTS") and may name
a faction of one ("Rahman Corps - "X" faction", the group itself here); it counts as resolved when every
name resolves to an actor of the right type.

The right type follows UCDP's own definitions of its sides:

- "Government of X" is a state: ACLED's State forces;
- "Civilians" (the victims of one-sided violence) are Civilians;
- the opposition side of a state-based conflict (type of violence 1, side B when it is not a government)
  is an organised rebel group: Rebel group (UCDP codes the Islamic State so, as ACLED does);
- every other side is a formally organised non-state armed group: Rebel group, Political militia or
  Identity militia (UCDP's non-state conflicts include clans and communal militias).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sigacts.errors import InputError
from sigacts.evaluation.base import EvalReport, GoldItem, Metrics, gold_files, parse_date
from sigacts.evaluation.metrics import accuracy
from sigacts.resources.actors import ActorBase, ActorEntry

if TYPE_CHECKING:
    from sigacts.api import Coder

KEYS = ("resolved", "any_actor", "side_a_resolved", "side_b_resolved", "rows")
NOTES = {
    "resolved": "sides (A and B of every row) whose every name resolves to a knowledge-base actor of the "
    "right type (State forces for governments, Civilians, Rebel group for state-based opposition, else a "
    "non-state armed type)",
    "any_actor": "sides whose every name resolves to some knowledge-base actor, whatever its type",
    "side_a_resolved": "as resolved, side A only",
    "side_b_resolved": "as resolved, side B only",
}
NON_STATE_ARMED = frozenset({"Rebel group", "Political militia", "Identity militia"})
STATE_BASED = "1"
_FACTION = re.compile(r"\s+-\s+.*\bfaction\s*$", re.IGNORECASE)
_QUOTES = str.maketrans({"\u201c": '"', "\u201d": '"'})


def load(path: Path) -> list[GoldItem]:
    """Read a UCDP GED CSV (or every CSV of a folder): one item per row, its two sides as gold."""
    items: list[GoldItem] = []
    for file in gold_files(path, (".csv",), "UCDP GED"):
        with file.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            missing = {"side_a", "side_b", "type_of_violence"} - set(reader.fieldnames or ())
            if missing:
                raise InputError(f"{file}: not a UCDP GED file (no column {', '.join(sorted(missing))})")
            for line, row in enumerate(reader, start=2):
                gold = {k: row.get(k) or "" for k in ("side_a", "side_b", "type_of_violence", "country")}
                published = parse_date(row.get("date_start") or "", ("%Y-%m-%d", "%Y-%m-%d %H:%M:%S.%f"))
                item_id = f"ucdp:{row.get('id') or f'{file.name}:{line}'}"
                items.append(GoldItem(item_id, f"{gold['side_a']} - {gold['side_b']}", published, gold))
    return items


def side_names(side: str) -> list[str]:
    """The names a UCDP side joins ("Ahrar al-Sham, HTS"), each without a trailing faction qualifier."""
    names = [_FACTION.sub("", part.translate(_QUOTES)).strip() for part in side.split(",")]
    return [name for name in names if name]


def expected_types(side: str, role: str, violence: str) -> frozenset[str]:
    """The ACLED actor types a UCDP side may rightly resolve to (see the module docstring)."""
    if side.strip().startswith("Government of"):
        return frozenset({"State forces"})
    if side.strip() == "Civilians":
        return frozenset({"Civilians"})
    if violence.strip() == STATE_BASED and role == "side_b":
        return frozenset({"Rebel group"})
    return NON_STATE_ARMED


def code(
    items: Sequence[GoldItem], coder: Coder, on_progress: Any = None
) -> list[dict[str, list[ActorEntry | None]]]:
    """Resolve every name of both sides of every row (no pipeline run)."""
    base = coder.resources.actors
    results = []
    for item in items:
        country = base.country_for_name(item.gold["country"]) if item.gold["country"] else None
        results.append({
            role: [base.resolve(name, when=item.published, context_country=country)
                   for name in side_names(item.gold[role])]
            for role in ("side_a", "side_b")
        })  # fmt: skip
    if on_progress is not None:
        on_progress(len(items))
    return results


def score(
    items: Sequence[GoldItem], results: Sequence[dict[str, list[ActorEntry | None]]], base: ActorBase
) -> EvalReport:
    """Share of sides resolved to actors of the right type (and to any actor)."""
    hits: dict[str, list[bool]] = {"side_a": [], "side_b": []}
    any_hits: list[bool] = []
    errors: list[dict[str, Any]] = []
    for item, resolved in zip(items, results):
        for role in ("side_a", "side_b"):
            side, entries = item.gold[role], resolved[role]
            wanted = expected_types(side, role, item.gold["type_of_violence"])
            ok = bool(entries) and all(e is not None and e.type in wanted for e in entries)
            hits[role].append(ok)
            any_hits.append(bool(entries) and all(e is not None for e in entries))
            if not ok:
                errors.append({
                    "id": item.item_id, "role": role, "input": side, "gold": sorted(wanted),
                    "ours": [None if e is None else {"name": e.name, "type": e.type} for e in entries],
                })  # fmt: skip
    metrics: Metrics = {
        "resolved": accuracy(hits["side_a"] + hits["side_b"]),
        "any_actor": accuracy(any_hits),
        "side_a_resolved": accuracy(hits["side_a"]),
        "side_b_resolved": accuracy(hits["side_b"]),
        "rows": len(items),
    }
    return EvalReport("ucdp-actors", "", metrics, errors, dict(NOTES))
