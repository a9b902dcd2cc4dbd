"""Resolve stage: every actor mention on an event becomes an Actor from the knowledge base.

Names and aliases go through the actor base (lifecycle-aware: the name in force at publication);
countries and demonyms become that state's forces or government; generic nouns ("rebels",
"protesters", "soldiers") become the generic actor of the event's country, read with the word before
them ("security forces", "unidentified gunmen") and the country's own readings ("security forces" are the
military in Pakistan, "insurgents" the southern separatists in Thailand); unknown named groups are kept
as new actors with a guessed type, never dropped. Parties stay parties (typed Protesters, unarmed): whether
a fight makes them "Rioters" with the party associated or the party's political militia
(`ActorBase.militia_of`) is the ACLED rules' choice, made with the event type in hand.

The event's country is, in order: the event's place, the countries of the named actors on the event, the
article's focus countries, then the countries of the named actors anywhere in the article.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any, ClassVar

from sigacts.pipeline.base import Document
from sigacts.records import Actor, Mention
from sigacts.resources.actors import ActorBase
from sigacts.resources.generic_actors import GENERIC_ACTOR_KINDS
from sigacts.stages.events import EventFrame

# The actor type of a generic kind when the country (and so the generated actor) is unknown.
KIND_TYPES = {"military": "State forces", "police": "State forces", "government": "State forces",
              "civilians": "Civilians", "protesters": "Protesters", "rioters": "Rioters",
              "unidentified": "Political militia"}  # fmt: skip
REBEL_WORDS = frozenset({"rebels", "rebel"})
# Event types where a country acts through its armed forces rather than its government.
FORCE_TYPES = frozenset({"ASSAULT", "MOBILIZE", "COERCE", "RETREAT"})
# Words before a generic noun that change whose actor it is: "security forces", "unidentified gunmen".
GENERIC_QUALIFIERS = frozenset(
    {"security", "unidentified", "unknown", "armed", "suspected", "riot", "border", "paramilitary", "government",
     "state", "law", "intelligence", "separatist", "local", "masked", "army", "police", "regime", "federal"}
)  # fmt: skip
GROUP_TYPE_CUES: tuple[tuple[str, str], ...] = (
    (r"\b(army|police|ministry|government|guard|forces of)\b", "State forces"),
    (r"\b(brigade|battalion|front|movement|army|jaish|jabhat|liwa|faylaq|harakat|ahrar|rebels?|liberation)\b",
     "Rebel group"),
    (r"\b(militia|committees?|hashd|mobili[sz]ation)\b", "Political militia"),
    (r"\b(tribe|tribal|clan|ethnic|communal)\b", "Identity militia"),
    # parties and unions are unarmed: their fighting is rioting (see resources/data/actors.yaml)
    (r"\b(party|league|congress|union|association|federation|sangh|sangha|forum|samiti)\b", "Protesters"),
)  # fmt: skip
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[\s-]+$")


class ResolveActors:
    """Turn the mentions on every frame into Actor records."""

    name: ClassVar[str] = "resolve"
    version: ClassVar[str] = "2"
    requires: ClassVar[tuple[str, ...]] = ("event_frames", "focus_countries", "event_places")
    provides: ClassVar[tuple[str, ...]] = ("event_actors",)

    def __init__(self, actors: ActorBase) -> None:
        self.actors = actors

    def __call__(self, doc: Document) -> Mapping[str, Any]:
        frames: list[EventFrame] = doc["event_frames"]
        when = doc.article.published
        text = doc.text
        named = self._named_countries(m for f in frames for m in (*f.actor1, *f.actor2, *f.assoc))
        resolved: dict[int, tuple[list[Actor], list[Actor], list[Actor]]] = {}
        for frame in frames:
            countries = self.event_countries(doc, frame, named)

            def one(m: Mention, assoc: bool = False, f: EventFrame = frame, c: list[str] = countries) -> Actor:
                kind = "ASSOC" if assoc else f.plover_type
                return self.resolve_mention(m, kind, c, when, _word_before(text, m))

            resolved[frame.index] = (
                [one(m) for m in frame.actor1],
                [one(m) for m in frame.actor2],
                [one(m, True) for m in frame.assoc],
            )
        return {"event_actors": resolved}

    def event_countries(self, doc: Document, frame: EventFrame, named: Sequence[str]) -> list[str]:
        """Countries to read the frame's generic actors in, most telling first, without repeats."""
        place = doc["event_places"][frame.index].place
        own = self._named_countries((*frame.actor1, *frame.actor2, *frame.assoc))
        ordered = [place.country_code if place is not None else None, *own, *doc["focus_countries"], *named]
        return list(dict.fromkeys(c for c in ordered if c))

    def _named_countries(self, mentions: Iterable[Mention]) -> list[str]:
        """Countries of the knowledge-base actors the mentions name (state actors and groups alike)."""
        found: list[str] = []
        for mention in mentions:
            code = self._mention_country(mention)
            if code and code not in found:
                found.append(code)
        return found

    def _mention_country(self, mention: Mention) -> str | None:
        if mention.label.startswith(("country:", "demonym:")):
            return None  # "Indian troops" in Pakistan say little about where the event is
        entry = self.actors.get(mention.label) if mention.label else None
        return entry.country_code if entry is not None else None

    def resolve_mention(
        self, mention: Mention, plover_type: str, focus: Sequence[str], when: date | None, before: str = ""
    ) -> Actor:
        """One mention to one Actor (never None: unknown names are kept).

        `before` is the word just before the mention in the text ("security" of "security forces").
        """
        country = focus[0] if focus else None
        if mention.label.startswith(("country:", "demonym:")):
            code = mention.label.split(":", 1)[1]
            kind = "military" if plover_type in FORCE_TYPES else "government"
            entry = self.actors.state_forces(code, kind)
            if entry is not None:
                return entry.to_actor(mention.text)
        if mention.label.startswith("generic:"):
            return self._generic(mention, mention.label.split(":", 1)[1], country, before)
        entry = self.actors.resolve(mention.text, when=when, context_country=self._country_of(mention, focus))
        if entry is None and mention.label:
            entry = self.actors.get(mention.label)
        if entry is not None:
            return entry.to_actor(mention.text)
        return Actor(name=_clean_name(mention.text), mention=mention.text, type=_guess_type(mention.text))

    def _country_of(self, mention: Mention, countries: Sequence[str]) -> str | None:
        """The first of the event's countries where a name shared across countries ("Fulani") has an actor."""
        if len(countries) > 1:
            candidates = {e.country_code for e in self.actors.candidates(mention.text)}
            if len(candidates) > 1:
                return next((c for c in countries if c in candidates), countries[0])
        return countries[0] if countries else None

    def _generic(self, mention: Mention, word: str, country: str | None, before: str) -> Actor:
        if country is not None:
            phrase = f"{before} {mention.text}" if before.lower() in GENERIC_QUALIFIERS else mention.text
            entry = self.actors.generic_actor(phrase, country) if phrase != mention.text else None
            entry = entry or self.actors.generic_actor(mention.text, country)
            if entry is not None:
                return entry.to_actor(mention.text)
        kind = GENERIC_ACTOR_KINDS.get(word, "unidentified")
        entry = self.actors.state_forces(country, kind) if country else None
        if entry is None and word in REBEL_WORDS:
            return Actor(name="Rebels", mention=mention.text, type="Rebel group", country_code=country)
        if entry is not None:
            return entry.to_actor(mention.text)
        # No country, so no generated actor: keep the words, typed by their kind. A doer the text leaves
        # unnamed ("was shot dead") has no words at all.
        return Actor(
            name=mention.text.capitalize() or "Unidentified Armed Group", mention=mention.text or None,
            type=KIND_TYPES.get(kind), country_code=country,
        )  # fmt: skip


def _word_before(text: str, mention: Mention) -> str:
    """The word right before a mention in the text ("" at the start or when the text is not at hand)."""
    if not text or mention.start <= 0 or mention.start > len(text):
        return ""
    found = _WORD_BEFORE.search(text[max(0, mention.start - 30) : mention.start])
    return found.group(1) if found else ""


def _clean_name(text: str) -> str:
    name = re.sub(r"^(the|a|an)\s+", "", text.strip(), flags=re.IGNORECASE)
    return re.sub(r"['’]s$", "", name)


def _guess_type(text: str) -> str | None:
    """An ACLED actor type guessed from the words of an unknown name ("... Brigade" is a rebel group)."""
    lowered = text.lower()
    for pattern, actor_type in GROUP_TYPE_CUES:
        if re.search(pattern, lowered):
            return actor_type
    return None
