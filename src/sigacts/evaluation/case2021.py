"""CASE-2021 task 2: news snippets labelled with an ACLED sub-event type or one of five out-of-scope labels.

The TSV (id, EventSnippet, SubType) is read with quoting off, as its authors ask. The main event's
ACLED sub-event type is mapped to the task's label names; a snippet where sigacts codes no ACLED event
is predicted as out of scope.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sigacts.errors import InputError
from sigacts.evaluation.base import EvalReport, GoldItem, Metrics, gold_files, main_event
from sigacts.evaluation.metrics import accuracy, macro_f1
from sigacts.records import Event

KEYS = ("sub_event_type_accuracy", "sub_event_type_macro_f1", "out_of_scope_rejection", "rows")

NOTES = {
    "sub_event_type_accuracy": "main event's ACLED sub-event type = gold, over the snippets with an ACLED label",
    "sub_event_type_macro_f1": "macro F1 over the 25 ACLED labels (no ACLED event counts as a miss)",
    "out_of_scope_rejection": "share of the 5 non-ACLED labels for which sigacts codes no ACLED event",
}

# ACLED sub-event type -> CASE-2021 label
LABELS = {
    "Abduction/forced disappearance": "ABDUCT_DISSAP",
    "Agreement": "AGREEMENT",
    "Air/drone strike": "AIR_STRIKE",
    "Armed clash": "ARMED_CLASH",
    "Arrests": "ARREST",
    "Shelling/artillery/missile attack": "ART_MISS_ATTACK",
    "Attack": "ATTACK",
    "Change to group/activity": "CHANGE_TO_GROUP_ACT",
    "Chemical weapon": "CHEM_WEAP",
    "Disrupted weapons use": "DISR_WEAP",
    "Excessive force against protesters": "FORCE_AGAINST_PROTEST",
    "Government regains territory": "GOV_REGAINS_TERIT",
    "Grenade": "GRENADE",
    "Headquarters or base established": "HQ_ESTABLISHED",
    "Mob violence": "MOB_VIOL",
    "Non-state actor overtakes territory": "NON_STATE_ACTOR_OVERTAKES_TER",
    "Non-violent transfer of territory": "NON_VIOL_TERRIT_TRANSFER",
    "Other": "OTHER",
    "Peaceful protest": "PEACE_PROTEST",
    "Protest with intervention": "PROTEST_WITH_INTER",
    "Remote explosive/landmine/IED": "REM_EXPLOS",
    "Sexual violence": "SEX_VIOL",
    "Suicide bomb": "SUIC_BOMB",
    "Violent demonstration": "VIOL_DEMONSTR",
    "Looting/property destruction": "PROPERTY_DISTRUCT",
}
OUT_OF_SCOPE = frozenset({"ORG_CRIME", "NATURAL_DISASTER", "MAN_MADE_DISASTER", "DIPLO", "ATTRIB"})
IN_SCOPE = frozenset(LABELS.values())


def load(path: Path) -> list[GoldItem]:
    """Read the snippets TSV (header id, EventSnippet, SubType; no quoting)."""
    path = gold_files(path, (".tsv",), "CASE-2021 snippets")[0]
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        if not {"EventSnippet", "SubType"} <= set(reader.fieldnames or ()):
            raise InputError(f"{path}: not the CASE-2021 snippets file (needs columns EventSnippet and SubType)")
        items = []
        for line, row in enumerate(reader, start=2):
            text, label = (row.get("EventSnippet") or "").strip(), (row.get("SubType") or "").strip()
            if text and label:
                items.append(GoldItem(f"case2021:{row.get('id') or line}", text, None, {"label": label}))
    return items


def predicted_label(events: Sequence[Event]) -> str | None:
    """The CASE label of the main ACLED event, or None (out of scope) when there is none."""
    event = main_event(events)
    if event is None or not event.acled_subtype:
        return None
    return LABELS.get(event.acled_subtype)


def score(items: Sequence[GoldItem], results: Sequence[Sequence[Event] | None]) -> EvalReport:
    """Sub-type accuracy and macro F1 on ACLED labels; rejection rate on the out-of-scope labels."""
    pairs: list[tuple[str, str | None]] = []
    rejections: list[bool] = []
    errors: list[dict[str, Any]] = []
    for item, events in zip(items, results):
        gold = item.gold["label"]
        ours = predicted_label(events or ())
        if gold in OUT_OF_SCOPE:
            rejections.append(ours is None)
        else:
            pairs.append((gold, ours))
        correct = ours == gold or (gold in OUT_OF_SCOPE and ours is None)
        if not correct:
            event = main_event(events or ())
            errors.append({
                "id": item.item_id, "input": item.text, "gold": gold, "ours": ours,
                "trigger": event.evidence.trigger if event else None,
                "plover": [e.plover_type for e in events or ()],
            })  # fmt: skip
    metrics: Metrics = {
        "sub_event_type_accuracy": accuracy(g == p for g, p in pairs),
        "sub_event_type_macro_f1": macro_f1(pairs, sorted({g for g, _ in pairs})),
        "out_of_scope_rejection": accuracy(rejections),
        "rows": len(items),
    }
    return EvalReport("case2021", "", metrics, errors, dict(NOTES))
