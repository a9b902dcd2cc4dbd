"""Geocode stage: resolve place mentions with the article's country context, then pick each event's place.

The event's place is the place named in its own clause, else in its sentence, else (for state forces
acting with no place named) their own country, else the article's focus. Precision follows ACLED:
1 the town itself, 2 near a town or part of a region, 3 a region or country.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any, ClassVar

from spacy.tokens import Doc

from sigacts.pipeline.base import Document
from sigacts.records import Mention, Place
from sigacts.resources.gazetteer import Gazetteer, GazetteerEntry
from sigacts.stages.events import EventFrame

NEAR_WORDS = frozenset(
    {"near", "outskirts", "countryside", "around", "outside", "vicinity", "close", "nearby", "north", "south",
     "east", "west", "northern", "southern", "eastern", "western", "northeast", "northwest", "southeast",
     "southwest", "suburbs", "edge", "border", "borders", "surrounding", "rural"}
)  # fmt: skip
NEAR_PREPOSITIONS = frozenset({"near", "around", "outside", "nearby", "towards", "toward", "outskirts"})
FOCUS_DEPTH = 4  # how many of the article's most-named countries count as "its" countries
FOREIGN_TOWN_MIN_POPULATION = 100_000
HEADLINE_SENTENCES = 2  # the title and the line under it say what the article is about
LOCATIVE_PREPS = frozenset({"in", "at", "near", "into", "to", "towards", "toward", "around", "outside", "on", "inside"})


@dataclass(frozen=True)
class EventPlace:
    """An event's place and where it was found: "clause", "sentence" or "focus" (the article's)."""

    place: Place | None
    how: str


class Geocode:
    """Resolve every place mention and choose the location of every event frame."""

    name: ClassVar[str] = "geocode"
    version: ClassVar[str] = "1"
    requires: ClassVar[tuple[str, ...]] = ("spacy_doc", "place_mentions", "actor_mentions", "event_frames")
    provides: ClassVar[tuple[str, ...]] = ("places", "focus_countries", "event_places")

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer

    def __call__(self, doc: Document) -> Mapping[str, Any]:
        parsed: Doc = doc["spacy_doc"]
        mentions: list[Mention] = doc["place_mentions"]
        focus = self.focus_countries(mentions, doc["actor_mentions"], doc.text)
        places: dict[Mention, Place] = {}
        for mention in mentions:
            entry = self.gazetteer.resolve(mention.text, focus)
            if entry is not None and _plausible(entry, focus):
                places[mention] = self.to_place(entry, mention, parsed)
        return {
            "places": places,
            "focus_countries": focus,
            "event_places": {f.index: self.event_place(f, places, parsed, focus) for f in doc["event_frames"]},
        }

    def focus_countries(self, places: Sequence[Mention], actors: Sequence[Mention], text: str) -> list[str]:
        """Countries the article is about, most named first: country names, places, demonyms, actors."""
        counts: Counter[str] = Counter()
        for mention in places:
            code = self.gazetteer.country_code_for(mention.text)
            if code:
                counts[code] += 2
        # Country names that are also places were counted above; only abbreviations ("US") are left.
        named = {(m.start, m.end) for m in places}
        for mention in actors:
            if mention.label.startswith("country:") and (mention.start, mention.end) not in named:
                counts[mention.label.split(":", 1)[1]] += 2
        demonyms = self.gazetteer.demonyms()
        for word in set(text.split()):
            code = demonyms.get(word.strip(".,;:'’\"()").lower())
            if code and word[:1].isupper():
                counts[code] += 1
        if not counts:
            for mention in places:
                top = self.gazetteer.resolve(mention.text, ())
                if top is not None and top.country_code:
                    counts[top.country_code] += 1
        return [code for code, _ in counts.most_common()]

    def to_place(self, entry: GazetteerEntry, mention: Mention, parsed: Doc) -> Place:
        """A Place for a resolved mention; words like "near" or "countryside" lower the precision to 2."""
        precision = entry.geo_precision()
        span = parsed.char_span(mention.start, mention.end, alignment_mode="expand")
        if precision == 1 and span is not None and _near_cue(span):
            precision = 2
        return Place(
            name=entry.name,
            country_code=entry.country_code,
            latitude=entry.latitude,
            longitude=entry.longitude,
            geo_precision=precision,
            mention=mention.text,
            admin1=entry.admin1,
            gazetteer_id=entry.gid,
            feature=entry.feature,
        )

    def event_place(
        self, frame: EventFrame, places: Mapping[Mention, Place], parsed: Doc, focus: Sequence[str]
    ) -> EventPlace:
        """The location of one event: its clause, then its sentence, then the article's focus."""
        in_sentence = [m for m in places if m.sentence == frame.sentence]
        in_clause = [m for m in in_sentence if _token_of(parsed, m) in frame.clause_tokens]
        for how, group in (("clause", _locative_first(in_clause, parsed)), ("sentence", in_sentence)):
            specific = [m for m in group if places[m].feature != "country"]
            if specific:
                return EventPlace(places[specific[0]], how)
            if group:
                return EventPlace(places[group[0]], how)
        return EventPlace(self.fallback_place(places, focus), "focus")

    def fallback_place(self, places: Mapping[Mention, Place], focus: Sequence[str]) -> Place | None:
        """The article's most named sub-national place (headline counts triple), else its country (precision 3)."""
        if not focus:
            return None
        counts: Counter[str | None] = Counter()
        for mention, place in places.items():
            if place.feature != "country":
                counts[place.gazetteer_id] += 3 if mention.sentence < HEADLINE_SENTENCES else 1
        if counts:
            best_id = counts.most_common(1)[0][0]
            best = next(p for p in places.values() if p.gazetteer_id == best_id)
            return replace(best, geo_precision=3, mention=None)
        return self.country_place(focus[0])

    def country_place(self, code: str) -> Place | None:
        """The country itself as a place, precision 3."""
        entry = self.gazetteer.country(code)
        if entry is None:
            return None
        return Place(entry.name, entry.country_code, entry.latitude, entry.longitude, 3, None, None, entry.gid, "country")


def _plausible(entry: GazetteerEntry, focus: Sequence[str]) -> bool:
    """A small town far from every country the article is about is more likely a word or a name
    ("Assads", "Human") than a place: keep it only when it is large or in the article's countries."""
    if entry.feature != "city" or not focus or entry.country_code in focus[:FOCUS_DEPTH]:
        return True
    return entry.population >= FOREIGN_TOWN_MIN_POPULATION


def _token_of(parsed: Doc, mention: Mention) -> int:
    span = parsed.char_span(mention.start, mention.end, alignment_mode="expand")
    return span.root.i if span is not None else -1


def _locative_first(mentions: list[Mention], parsed: Doc) -> list[Mention]:
    """Places introduced by in/at/near/to first, then the rest ("from X" last)."""

    def rank(mention: Mention) -> int:
        span = parsed.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            return 2
        head = span.root.head
        while head.dep_ in ("pobj", "compound", "poss", "appos") and head.head != head:
            head = head.head
        if head.dep_ == "prep" and head.lower_ in LOCATIVE_PREPS:
            return 0
        return 2 if head.lower_ == "from" else 1

    return sorted(mentions, key=rank)


def _near_cue(span: Any) -> bool:
    """True when the words around a town name say the event was near it, not in it."""
    doc = span.doc
    before = [t.lower_ for t in doc[max(span.start - 3, 0) : span.start]]
    after = [t.lower_ for t in doc[span.end : span.end + 2]]
    # "near X", "outskirts of X", "north of X", "X countryside" - but "the northern city of X" is X itself
    if before and before[-1] in NEAR_PREPOSITIONS:
        return True
    if len(before) >= 2 and before[-1] == "of" and before[-2] in NEAR_WORDS:
        return True
    return bool(after) and after[0] in ("countryside", "outskirts", "suburbs", "area", "environs")
