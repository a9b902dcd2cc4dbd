"""What `sigacts actor NAME` shows: an actor's knowledge-base entry, its stored events and its relations.

The name is resolved with the knowledge base (any alias, any spelling it knows); the actor's events and
relations are gathered over its whole lineage, so "Nusra" also finds the events coded as Jabhat Fateh
al-Sham or Hayat Tahrir al-Sham after the renames.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sigacts.errors import InputError
from sigacts.records import Event
from sigacts.relations.graph import PairRelation, RelationGraph
from sigacts.resources.actors import ActorBase, ActorEntry
from sigacts.storage import EventQuery, Store

EVENT_LIMIT = 200


@dataclass
class ActorProfile:
    """One actor: entry, lineage (every name it had), events and relations over time."""

    entry: ActorEntry
    lineage: list[ActorEntry]
    affiliations: list[ActorEntry]
    events: list[Event] = field(default_factory=list)
    relations: list[PairRelation] = field(default_factory=list)
    graph: RelationGraph = field(default_factory=RelationGraph)

    def other(self, pair: PairRelation) -> str:
        """The node key of the actor across a pair from this one."""
        ids = {e.actor_id for e in self.lineage}
        return pair.b if pair.a in ids else pair.a

    def to_json(self) -> dict[str, object]:
        """The profile as a JSON-ready dict."""
        e = self.entry
        return {
            "actor_id": e.actor_id, "name": e.name, "type": e.type, "country_code": e.country_code,
            "wikidata": e.wikidata, "aliases": list(e.aliases + e.exact_aliases), "source": e.source,
            "valid_from": _iso(e.valid_from), "valid_until": _iso(e.valid_until), "renamed_to": e.renamed_to,
            "lineage": [{"actor_id": x.actor_id, "name": x.name, "valid_from": _iso(x.valid_from),
                         "valid_until": _iso(x.valid_until)} for x in self.lineage],
            "affiliations": [x.name for x in self.affiliations],
            "events": [ev.to_contract() for ev in self.events],
            "relations": [self._relation_json(p) for p in self.relations],
        }  # fmt: skip

    def _relation_json(self, pair: PairRelation) -> dict[str, object]:
        other = self.graph.nodes.get(self.other(pair))
        return {
            "with": other.name if other else self.other(pair), "with_id": self.other(pair),
            "state": self.graph.state(pair), "timeline": [p.to_json() for p in pair.timeline()],
            "evidence": [ev.to_json() for ev in pair.evidence],
        }  # fmt: skip


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def find_actor(base: ActorBase, name: str) -> ActorEntry:
    """The knowledge-base actor a name means (an id works too); InputError if none or ambiguous."""
    entry = base.get(name.strip()) or base.resolve(name)
    if entry is not None:
        return entry
    candidates = base.candidates(name)
    if candidates:
        listed = "; ".join(f"{c.name} ({c.actor_id})" for c in candidates[:6])
        raise InputError(f"{name!r} names several actors: {listed}; give one of the ids")
    raise InputError(f"no actor called {name!r} in the knowledge base; try another spelling or an actor id")


def actor_profile(
    store: Store, base: ActorBase, entry: ActorEntry, graph: RelationGraph, limit: int = EVENT_LIMIT
) -> ActorProfile:
    """The actor's lineage, its stored events (up to `limit`) and its pairs in `graph`."""
    # A group that became a state's forces (HTS in 2025) does not bring the state's whole history with it.
    ids = sorted(
        i for i in base.lineage(entry.actor_id) if i == entry.actor_id or not _generated(base.get(i))
    )
    lineage = sorted((base.get(i) for i in ids), key=lambda x: x.valid_from or date.min)  # type: ignore[arg-type, union-attr, return-value]
    affiliations = [a for a in (base.get(i) for i in entry.affiliations) if a is not None]
    events = list(store.query_events(EventQuery(actor_ids=tuple(ids), limit=limit)))
    sub = graph.restricted(ids)
    relations = [p for key in ids for p in sub.neighbours(key)]
    return ActorProfile(entry, lineage, affiliations, events, relations, sub)  # type: ignore[arg-type]


def _generated(entry: ActorEntry | None) -> bool:
    """A state, civilian or generic actor generated from the country table, not a curated group."""
    return entry is not None and entry.source.startswith("generated")
