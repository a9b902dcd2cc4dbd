"""The signed actor graph: evidence gathered per pair, the pair's state on a date and over time.

The state of a pair on a day D weighs every piece of evidence that had begun by D: friendly evidence
counts +weight, hostile -weight, and evidence that ended before D fades with a half-life of
`HALF_LIFE_DAYS` (an alliance of last month outweighs a feud of last year). The sum gives the state:
allied above `STATE_THRESHOLD`, hostile below minus it, mixed in between. The timeline is that state
recomputed at every date where evidence begins, with equal neighbours merged.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from sigacts.records import Actor
from sigacts.relations.evidence import RelationEvidence, actor_key

HALF_LIFE_DAYS = 90.0
STATE_THRESHOLD = 0.25
ALLIED, HOSTILE_STATE, MIXED = "allied", "hostile", "mixed"


@dataclass(frozen=True)
class Period:
    """The state of a pair from one date (inclusive) to the next change (exclusive; None: still)."""

    start: date
    end: date | None
    state: str
    score: float

    def to_json(self) -> dict[str, object]:
        """The period as a JSON-ready dict."""
        return {"from": self.start.isoformat(), "until": self.end.isoformat() if self.end else None,
                "state": self.state, "score": round(self.score, 3)}  # fmt: skip


@dataclass
class PairRelation:
    """Everything known about how two actors stand, oldest evidence first."""

    a: str
    b: str
    evidence: list[RelationEvidence] = field(default_factory=list)

    def score_at(self, day: date) -> float:
        """The decayed, signed sum of the evidence that had begun by `day`."""
        return sum(_decayed(ev, day) for ev in self.evidence if ev.start is not None and ev.start <= day)

    def state_at(self, day: date) -> str | None:
        """allied, hostile or mixed on `day`; None when no evidence had begun yet."""
        if not any(ev.start is not None and ev.start <= day for ev in self.evidence):
            return None
        return _state(self.score_at(day))

    def timeline(self) -> list[Period]:
        """The pair's state from its first evidence on, one period per change."""
        starts = sorted({ev.start for ev in self.evidence if ev.start is not None})
        periods: list[Period] = []
        for day in starts:
            score = self.score_at(day)
            if periods and periods[-1].state == _state(score):
                continue
            if periods:
                periods[-1] = Period(periods[-1].start, day, periods[-1].state, periods[-1].score)
            periods.append(Period(day, None, _state(score), score))
        return periods

    def overall(self) -> str:
        """The state after all the evidence (at the last date any evidence ends)."""
        ends = [ev.end or ev.start for ev in self.evidence if ev.end or ev.start]
        if not ends:
            return _state(sum(ev.sign * ev.weight for ev in self.evidence))
        return _state(self.score_at(max(d for d in ends if d is not None)))

    def first(self) -> date | None:
        """The earliest date of the evidence."""
        return min((ev.start for ev in self.evidence if ev.start), default=None)

    def last(self) -> date | None:
        """The latest date of the evidence."""
        return max((ev.end or ev.start for ev in self.evidence if ev.end or ev.start), default=None)  # type: ignore[type-var]


@dataclass
class RelationGraph:
    """Actors as nodes (keyed by knowledge-base id, else name) and the pairs that evidence links."""

    nodes: dict[str, Actor] = field(default_factory=dict)
    pairs: dict[tuple[str, str], PairRelation] = field(default_factory=dict)
    at: date | None = None

    def add(self, evidence: RelationEvidence) -> None:
        """File one piece of evidence under its (unordered) pair, once per event or sentence."""
        ka, kb = actor_key(evidence.actor_a), actor_key(evidence.actor_b)
        self.nodes.setdefault(ka, _bare(evidence.actor_a))
        self.nodes.setdefault(kb, _bare(evidence.actor_b))
        pair = self.pairs.setdefault(tuple(sorted((ka, kb))), PairRelation(*sorted((ka, kb))))  # type: ignore[arg-type]
        if not any(_same(evidence, old) for old in pair.evidence):
            pair.evidence.append(evidence)
            pair.evidence.sort(key=lambda ev: (ev.start or date.max, ev.event_id or ""))

    def state(self, pair: PairRelation) -> str | None:
        """The pair's state on the graph's date, or after all its evidence when the graph has none."""
        return pair.state_at(self.at) if self.at else pair.overall()

    def pair(self, a: str, b: str) -> PairRelation | None:
        """The relation of two actors (by node key), or None."""
        return self.pairs.get(tuple(sorted((a, b))))  # type: ignore[arg-type]

    def neighbours(self, key: str) -> list[PairRelation]:
        """The pairs one actor is part of, most evidence first."""
        found = [p for p in self.pairs.values() if key in (p.a, p.b)]
        return sorted(found, key=lambda p: -len(p.evidence))

    def restricted(self, keys: Iterable[str]) -> RelationGraph:
        """The graph of the pairs that touch any of `keys`."""
        wanted = set(keys)
        sub = RelationGraph(at=self.at)
        for pair in self.pairs.values():
            if wanted & {pair.a, pair.b}:
                for evidence in pair.evidence:
                    sub.add(evidence)
        return sub

    def to_json(self) -> dict[str, object]:
        """Nodes and edges with their state, timeline and evidence, as JSON-ready dicts."""
        edges = []
        for pair in sorted(self.pairs.values(), key=lambda p: (p.a, p.b)):
            state = self.state(pair)
            if state is None:
                continue
            edges.append(edge_summary(pair, state))
        used = {k for e in edges for k in (str(e["source"]), str(e["target"]))}
        nodes = [node_json(k, a) for k, a in sorted(self.nodes.items()) if k in used]
        return {"at": self.at.isoformat() if self.at else None, "nodes": nodes, "edges": edges}


def node_json(key: str, actor: Actor) -> dict[str, object]:
    """One node as a JSON-ready dict."""
    return {"id": key, "name": actor.name, "actor_id": actor.actor_id, "type": actor.type,
            "country_code": actor.country_code}  # fmt: skip


def edge_summary(pair: PairRelation, state: str) -> dict[str, object]:
    """One edge: its state, counts, first and last dates, kinds, timeline and evidence."""
    kinds: dict[str, int] = {}
    for ev in pair.evidence:
        kinds[ev.kind] = kinds.get(ev.kind, 0) + 1
    first, last = pair.first(), pair.last()
    return {
        "source": pair.a, "target": pair.b, "state": state,
        "sign": {ALLIED: 1, HOSTILE_STATE: -1}.get(state, 0),
        "friendly": sum(ev.sign > 0 for ev in pair.evidence), "hostile": sum(ev.sign < 0 for ev in pair.evidence),
        "first": first.isoformat() if first else None, "last": last.isoformat() if last else None,
        "kinds": kinds, "timeline": [p.to_json() for p in pair.timeline()],
        "evidence": [ev.to_json() for ev in pair.evidence],
    }  # fmt: skip


def build_graph(
    evidence: Iterable[RelationEvidence],
    *,
    at: date | None = None,
    since: date | None = None,
    until: date | None = None,
) -> RelationGraph:
    """The graph of the evidence that overlaps [since, until] and (with `at`) had begun by `at`."""
    graph = RelationGraph(at=at)
    for ev in evidence:
        if _in_window(ev, since, until) and (at is None or (ev.start is not None and ev.start <= at)):
            graph.add(ev)
    return graph


def _in_window(ev: RelationEvidence, since: date | None, until: date | None) -> bool:
    start, end = ev.start or ev.end, ev.end or ev.start
    if since is not None and (end is None or end < since):
        return False
    return until is None or (start is not None and start <= until)


def _decayed(ev: RelationEvidence, day: date) -> float:
    ended = ev.end or ev.start
    age = max(0, (day - ended).days) if ended else 0
    return ev.sign * ev.weight * math.pow(0.5, age / HALF_LIFE_DAYS)


def _state(score: float) -> str:
    if score > STATE_THRESHOLD:
        return ALLIED
    if score < -STATE_THRESHOLD:
        return HOSTILE_STATE
    return MIXED


def _bare(actor: Actor) -> Actor:
    """The actor without the words of one mention (a node stands for every mention)."""
    return Actor(actor.name, actor.actor_id, None, actor.type, actor.country_code)


def _same(new: RelationEvidence, old: RelationEvidence) -> bool:
    if new.event_id is not None:
        return new.event_id == old.event_id
    return old.event_id is None and (new.sentence, new.sign) == (old.sentence, old.sign)


def evidence_between(graph: RelationGraph, keys: Sequence[str]) -> list[RelationEvidence]:
    """All the evidence of the pairs among `keys`."""
    wanted = set(keys)
    return [ev for p in graph.pairs.values() if {p.a, p.b} <= wanted for ev in p.evidence]
