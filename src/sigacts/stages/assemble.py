"""Records stage: turn frames and their resolved fields into Event records (the contract).

Adds what needs every field at once: ACLED type and interaction code from the actor types, quantities
and casualties of the event's sentence, a confidence, a stable id, and removes repeats of the same event
within an article (a headline restated in the body).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

from sigacts.pipeline.base import Document
from sigacts.records import (
    Actor,
    Attribution,
    Event,
    EventDate,
    Evidence,
    Fatalities,
    Mention,
    Place,
    Quantity,
    Sentence,
    make_event_id,
)
from sigacts.resources.actors import ActorBase
from sigacts.stages.acled_rules import apply_acled_rules
from sigacts.stages.events import EventFrame
from sigacts.stages.factuality import FactualityReading
from sigacts.stages.geocode import EventPlace, Geocode
from sigacts.stages.numbers import fatalities_in
from sigacts.taxonomy import acled_code, interaction_code

CONTINUATION_OPENERS = ("this includes", "these include", "it includes", "they include", "this included",
                        "these included", "the shipment includes", "the delivery includes")  # fmt: skip
HOME_GROUND_TYPES = frozenset({"MOBILIZE", "COERCE", "PROTEST", "SANCTION"})
COUNTED_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "AID", "RETREAT", "CONCEDE", "PROTEST"})


class Assemble:
    """Build the article's Event records."""

    name: ClassVar[str] = "records"
    version: ClassVar[str] = "1"
    requires: ClassVar[tuple[str, ...]] = (
        "sentences", "event_frames", "event_actors", "event_places", "event_dates", "factuality", "attribution",
        "number_mentions",
    )  # fmt: skip
    provides: ClassVar[tuple[str, ...]] = ("events",)

    def __init__(self, geocoder: Geocode, actors: ActorBase) -> None:
        self.geocoder = geocoder
        self.actors = actors

    def __call__(self, doc: Document) -> Mapping[str, Any]:
        sentences: list[Sentence] = doc["sentences"]
        numbers: list[Mention] = doc["number_mentions"]
        focus: list[str] = doc.layers.get("focus_countries", [])
        events: list[Event] = []
        casualties_used: set[int] = set()
        for frame in doc["event_frames"]:
            actor1, actor2, assoc = doc["event_actors"][frame.index]
            if not actor1:
                continue
            sentence = sentences[frame.sentence]
            reading: FactualityReading = doc["factuality"][frame.index]
            place = self._place(
                doc["event_places"][frame.index], frame.plover_type, actor1[0], actor2[0] if actor2 else None, focus
            )
            fatalities = None
            if frame.plover_type == "ASSAULT" and frame.sentence not in casualties_used:
                fatalities = sentence_fatalities(sentence.text)
                if fatalities is not None:
                    casualties_used.add(frame.sentence)
            event = build_event(
                doc.article.doc_id,
                frame,
                (actor1, actor2, assoc),
                place,
                doc["event_dates"][frame.index],
                reading,
                doc["attribution"][frame.index],
                event_quantities(frame, numbers, sentences),
                fatalities,
                sentence,
            )
            _add_unless_repeated(events, event)
        return {"events": apply_acled_rules(events, self.actors, focus, [s.text for s in sentences])}

    def _place(self, found: EventPlace, plover_type: str, actor1: Actor, actor2: Actor | None, focus: Sequence[str]) -> Place | None:
        """With no place named, state forces mobilising or arresting act in their own country, and aid
        goes to the receiving state's country, when the article is about that country."""
        if found.how != "focus":
            return found.place
        actor = actor2 if plover_type == "AID" else actor1 if plover_type in HOME_GROUND_TYPES else None
        if actor is not None and actor.type == "State forces" and actor.country_code in focus:
            return self.geocoder.country_place(actor.country_code or "") or found.place
        return found.place


def build_event(
    doc_id: str,
    frame: EventFrame,
    actors: tuple[list[Actor], list[Actor], list[Actor]],
    place: Place | None,
    when: EventDate,
    reading: FactualityReading,
    attribution: Attribution,
    quantities: tuple[Quantity, ...],
    fatalities: Fatalities | None,
    sentence: Sentence,
) -> Event:
    """One Event from a frame and its resolved fields."""
    actor1, actor2, assoc = actors
    first = actor1[0]
    second = actor2[0] if actor2 else None
    code = acled_code(
        frame.plover_type,
        frame.mode,
        factuality=reading.factuality,
        actor2_type=second.type if second else None,
        cues=frame.cues,
    )
    acled_type, acled_sub = (code.event_type, code.sub_event_type) if code else (None, None)
    if acled_sub == "Non-state actor overtakes territory" and first.type == "State forces":
        acled_sub = "Government regains territory"
    return Event(
        event_id=make_event_id(doc_id, sentence.start, frame.trigger_start, frame.plover_type),
        doc_id=doc_id,
        plover_type=frame.plover_type,
        plover_mode=frame.mode,
        acled_type=acled_type,
        acled_subtype=acled_sub,
        interaction=interaction_code(first.type, second.type if second else None) if code else None,
        actor1=first,
        actor2=second,
        assoc_actors=tuple(
            _distinct(
                [*(a.on_side(1) for a in actor1[1:]), *(a.on_side(2) for a in actor2[1:]), *assoc],
                exclude=(first, second),
            )
        ),
        location=place,
        date=when,
        fatalities=fatalities,
        quantities=quantities,
        factuality=reading.factuality,
        hedged=reading.hedged,
        attribution=attribution,
        evidence=Evidence(
            sentence.text, sentence.start, sentence.end, trigger=frame.trigger, rule=frame.rule,
            main_clause=frame.main_clause,
        ),
        confidence=confidence(frame, first, second, reading),
    )


def event_quantities(frame: EventFrame, numbers: Sequence[Mention], sentences: Sequence[Sentence]) -> tuple[Quantity, ...]:
    """Counted amounts of the event's sentence, plus a following "This includes ..." sentence."""
    if frame.plover_type not in COUNTED_TYPES:
        return ()
    wanted = {frame.sentence}
    following = frame.sentence + 1
    if following < len(sentences) and sentences[following].text.lower().startswith(CONTINUATION_OPENERS):
        wanted.add(following)
    return tuple(_quantity(m) for m in numbers if m.sentence in wanted and m.label.count("|") == 2)


def sentence_fatalities(text: str) -> Fatalities | None:
    """Deaths the sentence reports for its event (see `numbers.fatalities_in`)."""
    return fatalities_in(text)


def confidence(frame: EventFrame, actor1: Actor, actor2: Actor | None, reading: FactualityReading) -> float:
    """A rough 0-1 score: strong triggers with known actors score high; context guesses and hedges lower."""
    score = {"verb": 0.7, "phrase": 0.75, "noun+light-verb": 0.7, "noun": 0.55, "supplier": 0.5}.get(frame.rule, 0.5)
    if actor1.actor_id:
        score += 0.1
    if actor2 is not None and actor2.actor_id:
        score += 0.05
    if reading.hedged:
        score -= 0.1
    return max(0.05, min(score, 0.95))


def _add_unless_repeated(events: list[Event], event: Event) -> None:
    """Append `event` unless it repeats an earlier one; a repeat that names the target replaces it."""
    for i, earlier in enumerate(events):
        if _same_event(event, earlier):
            if earlier.acled_type is None and event.acled_type is not None and event.evidence.start == earlier.evidence.start:
                # "in a special crackdown, police detained 900 people": the act ACLED codes says what the
                # general word before it was
                events[i] = event if event.actor2 is not None or earlier.actor2 is None else event.with_changes(
                    actor2=earlier.actor2, interaction=interaction_code(event.actor1.type, earlier.actor2.type))
            elif earlier.actor2 is None and event.actor2 is not None:
                # "shelled a market, killing nine civilians": the first verb says how, the second on whom
                events[i] = earlier.with_changes(
                    actor2=event.actor2,
                    interaction=interaction_code(earlier.actor1.type, event.actor2.type) if earlier.acled_type else None,
                    fatalities=earlier.fatalities or event.fatalities,
                    quantities=earlier.quantities or event.quantities,
                )
            return
    events.append(event)


def _same_event(a: Event, b: Event) -> bool:
    """The same report twice in one article: a pull quote or a headline restating a body sentence."""
    if a.plover_type != b.plover_type or a.actor1.name != b.actor1.name or a.factuality != b.factuality:
        return False
    target_a, target_b = (a.actor2.name if a.actor2 else None), (b.actor2.name if b.actor2 else None)
    if a.evidence.start == b.evidence.start and (target_a == target_b or None in (target_a, target_b)):
        return True  # "ambushed a convoy, killing four soldiers": one attack told twice in one sentence
    if target_a != target_b:
        return False
    if a.evidence.text == b.evidence.text:
        return True
    return (a.evidence.trigger or "").lower() == (b.evidence.trigger or "").lower() and (
        a.evidence.text in b.evidence.text or b.evidence.text in a.evidence.text
    )


def _distinct(actors: Sequence[Actor], exclude: tuple[Actor | None, ...]) -> list[Actor]:
    names = {a.name for a in exclude if a is not None}
    out: list[Actor] = []
    for actor in actors:
        if actor.name not in names:
            names.add(actor.name)
            out.append(actor)
    return out


def _quantity(mention: Mention) -> Quantity:
    value, what, approximate = mention.label.split("|")
    return Quantity(value=float(value), what=what, mention=mention.text, approximate=approximate == "1")
