"""The actor relations graph: signed, dated edges between actors with their evidence.

    graph = relations_from_store(store, actor_base, at=date(2015, 2, 19))
    graph.pair("free_syrian_army", "jabhat_al_nusra").timeline()

Evidence comes from stored events (`evidence.py`: attacks, battles, arrests and threats are hostile,
also between the associated actors of the two sides; cooperation, aid and allegiance friendly) and from statements in the stored article text
(`statements.py`: "X, an enemy of Y", "united in the battle against X, Y and Z"). `graph.py` files it
per pair and computes each pair's state on a date and over time; exporters write it as JSON, GraphML
or GEXF (`sigacts.exporters.graph`).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from sigacts.relations.evidence import RelationEvidence, actor_key, evidence_from_event, evidence_of_sides
from sigacts.relations.graph import (
    ALLIED,
    HOSTILE_STATE,
    MIXED,
    PairRelation,
    Period,
    RelationGraph,
    build_graph,
)
from sigacts.relations.statements import named_actors, statements_in_article, statements_in_sentence
from sigacts.resources.actors import ActorBase
from sigacts.storage import EventQuery, Store

__all__ = [
    "ALLIED",
    "HOSTILE_STATE",
    "MIXED",
    "PairRelation",
    "Period",
    "RelationEvidence",
    "RelationGraph",
    "actor_key",
    "build_graph",
    "evidence_from_event",
    "evidence_of_sides",
    "named_actors",
    "relations_from_store",
    "statements_in_article",
    "statements_in_sentence",
    "stored_evidence",
]  # fmt: skip


def stored_evidence(
    store: Store, base: ActorBase, since: date | None = None, until: date | None = None
) -> Iterator[RelationEvidence]:
    """Relation evidence of the stored events (overlapping [since, until]) and of every article's text."""
    published = {a.doc_id: a.published for a in store.articles()}
    for event in store.query_events(EventQuery(since=since, until=until)):
        found = evidence_from_event(event, published.get(event.doc_id))
        if found is not None:
            yield found
        yield from evidence_of_sides(event, published.get(event.doc_id))
    for article in store.articles():
        yield from statements_in_article(article, base)


def relations_from_store(
    store: Store,
    base: ActorBase,
    *,
    at: date | None = None,
    since: date | None = None,
    until: date | None = None,
) -> RelationGraph:
    """The relations graph of a store, on `at` (or after all evidence) within [since, until]."""
    return build_graph(stored_evidence(store, base, since, until), at=at, since=since, until=until)
