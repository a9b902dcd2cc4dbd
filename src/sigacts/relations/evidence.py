"""One piece of evidence about how two actors stand: signed, dated, with the event or sentence it came from.

Events give most of it: an attack, a battle, an arrest or a threat between actor1 and actor2 is hostile
(sign -1); cooperation, aid, allegiance and agreements are friendly (+1). Only what the text reports as
happened counts (factuality occurred or ongoing; a threat counts when it is made). An associated actor
whose side the record names (`Actor.side`) stands against the other side of a hostile event ("fighting
between the army, its allied militia, and X and Y": the militia against X and Y, the army against Y);
associated actors of no known side are left out, and so is friendship between actors of one side.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sigacts.records import Actor, Event

FRIENDLY, HOSTILE = 1, -1
COUNTED_FACTUALITY = frozenset({"occurred", "ongoing"})
# PLOVER type -> (kind, sign, weight); modes refine the kind below.
EVENT_RELATIONS: dict[str, tuple[str, int, float]] = {
    "COOPERATE": ("cooperation", FRIENDLY, 1.0),
    "AID": ("aid", FRIENDLY, 1.0),
    "SUPPORT": ("support", FRIENDLY, 0.7),
    "AGREE": ("agreement", FRIENDLY, 0.5),
    "ASSAULT": ("attack", HOSTILE, 1.0),
    "COERCE": ("coercion", HOSTILE, 0.7),
    "THREATEN": ("threat", HOSTILE, 0.7),
    "SANCTION": ("sanction", HOSTILE, 0.5),
    "ACCUSE": ("accusation", HOSTILE, 0.3),
}
MODE_KINDS = {
    ("AGREE", "allegiance"): ("allegiance", 1.0),
    ("COOPERATE", "military"): ("alliance", 1.0),
    ("COERCE", "arrest"): ("arrest", 0.7),
    ("COERCE", "detain"): ("arrest", 0.7),
    ("COERCE", "seize"): ("seizure", 0.7),
}
BATTLE_TYPES = frozenset({"Battles"})
UNDATED_SPAN = timedelta(days=30)  # as the dates stage: an undated report speaks of the month before


@dataclass(frozen=True)
class RelationEvidence:
    """A signed relation between two actors on some dates, and where it was read."""

    actor_a: Actor
    actor_b: Actor
    sign: int  # +1 friendly, -1 hostile
    kind: str  # cooperation, alliance, aid, allegiance, attack, fighting, arrest, threat, enmity, ...
    weight: float
    start: date | None
    end: date | None
    doc_id: str
    sentence: str
    event_id: str | None = None  # None for a statement read outside any event
    rule: str = ""

    def to_json(self) -> dict[str, object]:
        """The evidence as a JSON-ready dict."""
        return {
            "kind": self.kind, "sign": self.sign, "weight": self.weight,
            "start": _iso(self.start), "end": _iso(self.end), "event_id": self.event_id, "doc_id": self.doc_id,
            "sentence": self.sentence, "rule": self.rule,
        }  # fmt: skip


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def actor_key(actor: Actor) -> str:
    """The node an actor is drawn as: its knowledge-base id, else its name."""
    return actor.actor_id or f"name:{actor.name}"


def evidence_from_event(event: Event, published: date | None = None) -> RelationEvidence | None:
    """The relation an event reports between its actor1 and actor2, or None if it reports none."""
    if event.actor2 is None or actor_key(event.actor1) == actor_key(event.actor2):
        return None
    return _evidence(event, event.actor1, event.actor2, published, f"event:{event.plover_type}")


def evidence_of_sides(event: Event, published: date | None = None) -> list[RelationEvidence]:
    """The hostility of a hostile event between the actors of its two sides other than actor1 and actor2
    themselves: each side is its main actor and the associated actors the record puts on that side."""
    relation = EVENT_RELATIONS.get(event.plover_type)
    if event.actor2 is None or relation is None or relation[1] != HOSTILE:
        return []
    first = [event.actor1, *(a for a in event.assoc_actors if a.side == 1)]
    second = [event.actor2, *(a for a in event.assoc_actors if a.side == 2)]
    out: list[RelationEvidence] = []
    seen = {frozenset((actor_key(event.actor1), actor_key(event.actor2)))}
    for a in first:
        for b in second:
            pair = frozenset((actor_key(a), actor_key(b)))
            if len(pair) == 2 and pair not in seen:
                seen.add(pair)
                found = _evidence(event, a, b, published, f"event-side:{event.plover_type}")
                if found is not None:
                    out.append(found)
    return out


def _evidence(event: Event, a: Actor, b: Actor, published: date | None, rule: str) -> RelationEvidence | None:
    relation = EVENT_RELATIONS.get(event.plover_type)
    if relation is None or not _counts(event):
        return None
    kind, sign, weight = relation
    kind, weight = MODE_KINDS.get((event.plover_type, event.plover_mode or ""), (kind, weight))
    if kind == "attack" and event.acled_type in BATTLE_TYPES:
        kind = "fighting"
    start, end = event.date.start, event.date.end
    if start is None and end is None and published is not None:
        start, end = published - UNDATED_SPAN, published
    return RelationEvidence(
        a, b, sign, kind, weight, start or end, end or start, event.doc_id, event.evidence.text, event.event_id, rule
    )  # fmt: skip


def _counts(event: Event) -> bool:
    if event.plover_type == "THREATEN":
        return event.factuality not in ("negated", "hypothetical")
    return event.factuality in COUNTED_FACTUALITY
