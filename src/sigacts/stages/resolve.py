"""Resolve stage: every actor mention on an event becomes an Actor from the knowledge base.

Names and aliases go through the actor base (lifecycle-aware: the name in force at publication);
countries and demonyms become that state's forces or government; generic nouns ("rebels",
"protesters", "soldiers") become the generic actor of the article's focus country; unknown named groups
are kept as new actors with a guessed type, never dropped.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

from sigacts.pipeline.base import Document
from sigacts.records import Actor, Mention
from sigacts.resources.actors import ActorBase
from sigacts.resources.generic_actors import GENERIC_ACTOR_KINDS
from sigacts.stages.events import EventFrame

# generic noun -> kind of state_forces() entry for the focus country
GENERIC_KINDS: dict[str, str] = GENERIC_ACTOR_KINDS
# The actor type of a generic kind when the country (and so the generated actor) is unknown.
KIND_TYPES = {"military": "State forces", "police": "State forces", "government": "State forces",
              "civilians": "Civilians", "protesters": "Protesters", "rioters": "Rioters",
              "unidentified": "Political militia"}  # fmt: skip
REBEL_WORDS = frozenset({"rebels", "rebel"})
# Event types where a country acts through its armed forces rather than its government.
FORCE_TYPES = frozenset({"ASSAULT", "MOBILIZE", "COERCE", "RETREAT"})
GROUP_TYPE_CUES: tuple[tuple[str, str], ...] = (
    (r"\b(army|police|ministry|government|guard|forces of)\b", "State forces"),
    (r"\b(brigade|battalion|front|movement|army|jaish|jabhat|liwa|faylaq|harakat|ahrar|rebels?)\b", "Rebel group"),
    (r"\b(militia|committees?|hashd|mobili[sz]ation)\b", "Political militia"),
    (r"\b(tribe|tribal|clan|ethnic)\b", "Identity militia"),
)


class ResolveActors:
    """Turn the mentions on every frame into Actor records."""

    name: ClassVar[str] = "resolve"
    version: ClassVar[str] = "1"
    requires: ClassVar[tuple[str, ...]] = ("event_frames", "focus_countries", "event_places")
    provides: ClassVar[tuple[str, ...]] = ("event_actors",)

    def __init__(self, actors: ActorBase) -> None:
        self.actors = actors

    def __call__(self, doc: Document) -> Mapping[str, Any]:
        focus: list[str] = doc["focus_countries"]
        frames: list[EventFrame] = doc["event_frames"]
        when = doc.article.published
        resolved: dict[int, tuple[list[Actor], list[Actor], list[Actor]]] = {}
        for frame in frames:
            # Generic actors ("rebels", "protesters") belong to the country where the event took place.
            place = doc["event_places"][frame.index].place
            countries = [place.country_code, *focus] if place is not None and place.country_code else focus

            def one(m: Mention, f: EventFrame = frame, c: list[str] = countries) -> Actor:
                return self.resolve_mention(m, f.plover_type, c, when)

            resolved[frame.index] = (
                [one(m) for m in frame.actor1],
                [one(m) for m in frame.actor2],
                [one(m) for m in frame.assoc],
            )
        return {"event_actors": resolved}

    def resolve_mention(self, mention: Mention, plover_type: str, focus: Sequence[str], when: Any) -> Actor:
        """One mention to one Actor (never None: unknown names are kept)."""
        country = focus[0] if focus else None
        if mention.label.startswith(("country:", "demonym:")):
            code = mention.label.split(":", 1)[1]
            kind = "military" if plover_type in FORCE_TYPES else "government"
            entry = self.actors.state_forces(code, kind)
            if entry is not None:
                return entry.to_actor(mention.text)
        if mention.label.startswith("generic:"):
            return self._generic(mention, mention.label.split(":", 1)[1], country)
        entry = self.actors.resolve(mention.text, when=when, context_country=country)
        if entry is None and mention.label:
            entry = self.actors.get(mention.label)
        if entry is not None:
            return entry.to_actor(mention.text)
        return Actor(name=_clean_name(mention.text), mention=mention.text, type=_guess_type(mention.text))

    def _generic(self, mention: Mention, word: str, country: str | None) -> Actor:
        if word in REBEL_WORDS:
            suffix = f" ({country})" if country else ""
            return Actor(name=f"Rebels{suffix}", mention=mention.text, type="Rebel group", country_code=country)
        kind = GENERIC_KINDS.get(word, "unidentified")
        entry = self.actors.state_forces(country, kind) if country else None
        if entry is not None:
            return entry.to_actor(mention.text)
        return Actor(
            name=mention.text.capitalize() or "Unidentified Armed Group", mention=mention.text or None,
            type=KIND_TYPES.get(kind), country_code=country,
        )


def _clean_name(text: str) -> str:
    name = re.sub(r"^(the|a|an)\s+", "", text.strip(), flags=re.IGNORECASE)
    return re.sub(r"['’]s$", "", name)


def _guess_type(text: str) -> str | None:
    lowered = text.lower()
    for pattern, actor_type in GROUP_TYPE_CUES:
        if re.search(pattern, lowered):
            return actor_type
    return None
