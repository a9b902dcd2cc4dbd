"""The one record model of sigacts: frozen dataclasses, pure data, no I/O.

Everything a stage produces ends up in one of these; `Event.to_contract()` and `Event.from_contract()`
are the only place that knows the JSON shape of `contract/event.schema.json`.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

CODER_VERSION = "sigacts-rules-0.1"


def content_hash(text: str) -> str:
    """Stable id of an article: the first 16 hex digits of the sha256 of its normalised text."""
    normalised = " ".join(text.split()).casefold()
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Article:
    """One news article as stored: cleaned text plus the metadata we could find."""

    doc_id: str
    text: str
    title: str | None = None
    published: date | None = None
    outlet: str | None = None
    url: str | None = None
    source: str | None = None  # file path, "stdin", or "file.jsonl:12"
    language: str = "en"

    @classmethod
    def from_text(cls, text: str, **meta: Any) -> Article:
        """Build an article whose id is the content hash of `text` unless `doc_id` is given."""
        doc_id = meta.pop("doc_id", None) or content_hash(text)
        return cls(doc_id=doc_id, text=text, **meta)


@dataclass(frozen=True)
class Sentence:
    """A sentence of the article text; `start`/`end` are character offsets into `Article.text`."""

    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Mention:
    """A span of text that names something: an actor, a place, a time or a number."""

    kind: str  # "actor" | "place" | "time" | "number"
    text: str
    start: int
    end: int
    sentence: int
    label: str = ""  # e.g. spaCy label, actor id or gazetteer id the rule proposed
    rule: str = ""  # which rule or model found it


@dataclass(frozen=True)
class Actor:
    """An actor as it appears on an event: canonical name plus the words that named it."""

    name: str
    actor_id: str | None = None
    mention: str | None = None
    type: str | None = None  # ACLED actor type
    country_code: str | None = None
    # For an associated actor: the side it stands on, 1 (with actor1) or 2 (with actor2); None when the text
    # does not say. Not part of the actor's identity: two records of one actor compare equal on any side.
    side: int | None = field(default=None, compare=False)

    def to_contract(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "name": self.name,
            "actor_id": self.actor_id,
            "mention": self.mention,
            "type": self.type,
            "country_code": self.country_code,
        }
        if self.side is not None:
            out["side"] = self.side
        return out

    def on_side(self, side: int | None) -> Actor:
        """This actor as an associated actor standing with actor1 (1) or actor2 (2)."""
        return self if self.side == side else replace(self, side=side)

    @classmethod
    def from_contract(cls, obj: dict[str, Any]) -> Actor:
        return cls(
            name=obj["name"],
            actor_id=obj.get("actor_id"),
            mention=obj.get("mention"),
            type=obj.get("type"),
            country_code=obj.get("country_code"),
            side=obj.get("side"),
        )


@dataclass(frozen=True)
class Place:
    """A resolved place: gazetteer entry plus the words that named it and ACLED geo-precision."""

    name: str
    country_code: str | None
    latitude: float | None
    longitude: float | None
    geo_precision: int | None = 1
    mention: str | None = None
    admin1: str | None = None
    gazetteer_id: str | None = None
    feature: str | None = None  # city, region, country, admin1, ...

    def to_contract(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "mention": self.mention,
            "country_code": self.country_code,
            "admin1": self.admin1,
            "latitude": self.latitude,
            "longitude": self.longitude,
            "geo_precision": self.geo_precision,
            "gazetteer_id": self.gazetteer_id,
            "feature": self.feature,
        }

    @classmethod
    def from_contract(cls, obj: dict[str, Any]) -> Place:
        return cls(
            name=obj["name"],
            mention=obj.get("mention"),
            country_code=obj.get("country_code"),
            admin1=obj.get("admin1"),
            latitude=obj.get("latitude"),
            longitude=obj.get("longitude"),
            geo_precision=obj.get("geo_precision"),
            gazetteer_id=obj.get("gazetteer_id"),
            feature=obj.get("feature"),
        )


@dataclass(frozen=True)
class EventDate:
    """A date interval with its precision and the words that gave it."""

    start: date | None
    end: date | None
    precision: str = "unknown"  # day | week | month | year | unknown
    expression: str | None = None

    def to_contract(self) -> dict[str, Any]:
        return {
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
            "precision": self.precision,
            "expression": self.expression,
        }

    @classmethod
    def from_contract(cls, obj: dict[str, Any]) -> EventDate:
        return cls(
            start=date.fromisoformat(obj["start"]) if obj.get("start") else None,
            end=date.fromisoformat(obj["end"]) if obj.get("end") else None,
            precision=obj.get("precision", "unknown"),
            expression=obj.get("expression"),
        )


@dataclass(frozen=True)
class Quantity:
    """A counted amount: `value` of `what`, e.g. 150 fighters; `approximate` for vague amounts."""

    value: float
    what: str
    mention: str = ""
    approximate: bool = False

    def to_contract(self) -> dict[str, Any]:
        value: float | int = int(self.value) if float(self.value).is_integer() else self.value
        return {"value": value, "what": self.what, "mention": self.mention, "approximate": self.approximate}

    @classmethod
    def from_contract(cls, obj: dict[str, Any]) -> Quantity:
        return cls(
            value=obj["value"],
            what=obj["what"],
            mention=obj.get("mention", ""),
            approximate=bool(obj.get("approximate", False)),
        )


@dataclass(frozen=True)
class Fatalities:
    """Deaths reported for an event as low / best / high."""

    low: int | None = None
    best: int | None = None
    high: int | None = None
    civilians: int | None = None  # of the best figure, how many the text says were civilians
    combatants: int | None = None  # of the best figure, how many the text says were fighters, soldiers, police
    wounded: int | None = None  # people the same sentence reports wounded (best figure)
    vague: bool = False  # a figure read from a vague word by ACLED's rule ("dozens" = 12), not a stated number

    def to_contract(self) -> dict[str, Any]:
        return {
            "low": self.low, "best": self.best, "high": self.high, "civilians": self.civilians,
            "combatants": self.combatants, "wounded": self.wounded, "vague": self.vague,
        }  # fmt: skip

    @classmethod
    def from_contract(cls, obj: dict[str, Any]) -> Fatalities:
        return cls(
            low=obj.get("low"), best=obj.get("best"), high=obj.get("high"), civilians=obj.get("civilians"),
            combatants=obj.get("combatants"), wounded=obj.get("wounded"), vague=bool(obj.get("vague", False)),
        )  # fmt: skip


@dataclass(frozen=True)
class Attribution:
    """Who the information comes from: the outlet and the claimants named in the text."""

    outlet: str | None = None
    claimants: tuple[str, ...] = ()
    speech_act: str | None = None

    def to_contract(self) -> dict[str, Any]:
        return {"outlet": self.outlet, "claimants": list(self.claimants), "speech_act": self.speech_act}


@dataclass(frozen=True)
class Evidence:
    """The sentence an event was read from, with offsets into the stored article text."""

    text: str
    start: int
    end: int
    trigger: str | None = None
    rule: str | None = None
    # True when the trigger is what the sentence's main clause asserts ("Rebels attacked ..."), False
    # for an event named inside another ("protested against the killing of ..."); None when unknown.
    main_clause: bool | None = None

    def to_contract(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end, "trigger": self.trigger, "rule": self.rule,
                "main_clause": self.main_clause}  # fmt: skip


@dataclass(frozen=True)
class Event:
    """One reported action, with every field the contract asks for and the evidence behind it."""

    event_id: str
    doc_id: str
    plover_type: str
    actor1: Actor
    evidence: Evidence
    plover_mode: str | None = None
    acled_type: str | None = None
    acled_subtype: str | None = None
    interaction: int | None = None
    actor2: Actor | None = None
    assoc_actors: tuple[Actor, ...] = ()
    location: Place | None = None
    date: EventDate = field(default_factory=lambda: EventDate(None, None))
    fatalities: Fatalities | None = None
    quantities: tuple[Quantity, ...] = ()
    factuality: str = "occurred"
    hedged: bool = False
    attribution: Attribution = field(default_factory=Attribution)
    confidence: float = 0.5
    coder: str = CODER_VERSION

    def with_changes(self, **changes: Any) -> Event:
        """A copy with some fields replaced (records are frozen)."""
        return replace(self, **changes)

    def sides_swapped(self, first: Actor | None = None) -> Event:
        """actor1 and actor2 exchanged, and the sides of the associated actors with them; `first` becomes
        actor1 when there is no actor2."""
        actor1 = self.actor2 or first
        if actor1 is None:
            raise ValueError("sides_swapped needs an actor2 or a `first` actor to put in actor1")
        other_side = {1: 2, 2: 1}
        flipped = tuple(a.on_side(other_side.get(a.side or 0, a.side)) for a in self.assoc_actors)
        return replace(self, actor1=actor1, actor2=self.actor1, assoc_actors=flipped)

    def to_contract(self) -> dict[str, Any]:
        """The JSON object of `contract/event.schema.json` (plus a few additive fields)."""
        acled = None
        if self.acled_type:
            acled = {
                "event_type": self.acled_type,
                "sub_event_type": self.acled_subtype or "",
                "interaction": self.interaction,
            }
        return {
            "event_id": self.event_id,
            "doc_id": self.doc_id,
            "plover": {"event_type": self.plover_type, "mode": self.plover_mode},
            "acled": acled,
            "actor1": self.actor1.to_contract(),
            "actor2": self.actor2.to_contract() if self.actor2 else None,
            "assoc_actors": [a.to_contract() for a in self.assoc_actors],
            "location": self.location.to_contract() if self.location else None,
            "date": self.date.to_contract(),
            "fatalities": self.fatalities.to_contract() if self.fatalities else None,
            "quantities": [q.to_contract() for q in self.quantities],
            "factuality": self.factuality,
            "hedged": self.hedged,
            "attribution": self.attribution.to_contract(),
            "evidence": self.evidence.to_contract(),
            "confidence": round(self.confidence, 3),
            "coder": self.coder,
        }

    @classmethod
    def from_contract(cls, obj: dict[str, Any]) -> Event:
        """Inverse of `to_contract`."""
        acled = obj.get("acled") or {}
        fat = obj.get("fatalities")
        att = obj.get("attribution") or {}
        ev = obj["evidence"]
        return cls(
            event_id=obj["event_id"],
            doc_id=obj["doc_id"],
            plover_type=obj["plover"]["event_type"],
            plover_mode=obj["plover"].get("mode"),
            acled_type=acled.get("event_type"),
            acled_subtype=acled.get("sub_event_type"),
            interaction=acled.get("interaction"),
            actor1=Actor.from_contract(obj["actor1"]),
            actor2=Actor.from_contract(obj["actor2"]) if obj.get("actor2") else None,
            assoc_actors=tuple(Actor.from_contract(a) for a in obj.get("assoc_actors") or []),
            location=Place.from_contract(obj["location"]) if obj.get("location") else None,
            date=EventDate.from_contract(obj.get("date") or {}),
            fatalities=Fatalities.from_contract(fat) if fat else None,
            quantities=tuple(Quantity.from_contract(q) for q in obj.get("quantities") or []),
            factuality=obj.get("factuality", "occurred"),
            hedged=bool(obj.get("hedged", False)),
            attribution=Attribution(
                outlet=att.get("outlet"),
                claimants=tuple(att.get("claimants") or []),
                speech_act=att.get("speech_act"),
            ),
            evidence=Evidence(
                text=ev["text"], start=ev["start"], end=ev["end"], trigger=ev.get("trigger"), rule=ev.get("rule"),
                main_clause=ev.get("main_clause"),
            ),
            confidence=float(obj.get("confidence", 0.5)),
            coder=obj.get("coder", CODER_VERSION),
        )


def make_event_id(doc_id: str, sentence_start: int, trigger_start: int, plover_type: str) -> str:
    """Stable event id: same article, same trigger, same type and coder version give the same id."""
    key = f"{doc_id}:{sentence_start}:{trigger_start}:{plover_type}:{CODER_VERSION}"
    return hashlib.sha256(key.encode()).hexdigest()[:20]
