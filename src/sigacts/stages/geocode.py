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
FOCUS_MIN_SHARE = 0.25  # a country with under this share of the leader's evidence is not the article's
REGIONAL_WORD_VOTE = 1.5
# Words that only some countries' reporting uses: administrative units ("Sadar upazila" is Bangladesh,
# "tehsil" South Asia, "LGA" Nigeria, "woreda" Ethiopia, "VDC" Nepal) and local words for strikes and
# sit-ins ("hartal", "bandh", "dharna").
REGIONAL_WORD_COUNTRIES: dict[str, tuple[str, ...]] = {
    "upazila": ("BD",), "upazilla": ("BD",), "upozila": ("BD",), "zila": ("BD",), "upazilas": ("BD",),
    "tehsil": ("PK", "IN"), "tehsils": ("PK", "IN"), "tahsil": ("IN", "PK"), "taluk": ("IN",), "taluka": ("IN",),
    "panchayat": ("IN", "NP"), "lga": ("NG",), "woreda": ("ET",), "kebele": ("ET",), "vdc": ("NP",),
    "hartal": ("BD",), "hartals": ("BD",), "bandh": ("IN", "NP"), "dharna": ("IN", "PK"), "gherao": ("IN",),
    "lathicharged": ("IN",), "lathicharge": ("IN",), "crore": ("IN", "BD", "PK"), "lakh": ("IN", "BD", "PK"),
}  # fmt: skip
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
        entries: dict[Mention, GazetteerEntry] = {}
        for mention in mentions:
            entry = self.gazetteer.resolve(mention.text, focus)
            if entry is not None and _plausible(entry, focus):
                entries[mention] = entry
        entries = self.prefer_named_provinces(entries)
        places = {mention: self.to_place(entry, mention, parsed) for mention, entry in entries.items()}
        return {
            "places": places,
            "focus_countries": focus,
            "event_places": {f.index: self.event_place(f, places, parsed, focus) for f in doc["event_frames"]},
        }

    def focus_countries(self, places: Sequence[Mention], actors: Sequence[Mention], text: str) -> list[str]:
        """Countries the article is about, most evidence first.

        Notes and wire copy rarely name the country, so every clue votes: country names and state actors
        (2 each), demonyms (1), words that only some countries' reporting uses ("upazila", "tehsil",
        "hartal"; 1.5 shared), and each named place (up to 1, shared among the countries of its gazetteer
        candidates by size, see `Gazetteer.country_votes`). Countries far behind the leader are dropped:
        a stray small town abroad should not make its country one of the article's.
        """
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
        words = {word.strip(".,;:'’\"()") for word in text.split()}
        demonyms = self.gazetteer.demonyms()
        for word in words:
            code = demonyms.get(word.lower())
            if code and word[:1].isupper():
                counts[code] += 1
        for word in {w.lower() for w in words} & REGIONAL_WORD_COUNTRIES.keys():
            codes = REGIONAL_WORD_COUNTRIES[word]
            for code in codes:
                counts[code] += REGIONAL_WORD_VOTE / len(codes)
        for name in {m.text for m in places if not self.gazetteer.country_code_for(m.text)}:
            for code, share in self.gazetteer.country_votes(name).items():
                counts[code] += share
        if not counts:
            return []
        top = counts.most_common(1)[0][1]
        return [code for code, score in counts.most_common() if score >= FOCUS_MIN_SHARE * top]

    def prefer_named_provinces(self, entries: Mapping[Mention, GazetteerEntry]) -> dict[Mention, GazetteerEntry]:
        """Among towns of one name in one country, take the one in a province the article names elsewhere.

        "Mallah farms in Aleppo": several Syrian villages share the name; the one in Aleppo province is meant.
        """
        provinces = Counter(e.admin1 for e in entries.values() if e.admin1)
        chosen = dict(entries)
        for mention, entry in entries.items():
            others = provinces - Counter([entry.admin1] if entry.admin1 else [])
            if entry.feature != "city" or not others or others[entry.admin1 or ""] > 0:
                continue  # no other province named (the usual case): no gazetteer lookup needed
            better = [
                c for c in self.gazetteer.lookup(mention.text)
                if c.feature == "city" and c.country_code == entry.country_code and others[c.admin1 or ""] > 0
            ]  # fmt: skip
            if better:
                chosen[mention] = better[0]
        return chosen

    def to_place(self, entry: GazetteerEntry, mention: Mention, parsed: Doc) -> Place:
        """A Place for a resolved mention; words like "near" or "countryside" lower the precision to 2."""
        precision = entry.geo_precision()
        latitude, longitude = (
            self.country_point(entry) if entry.feature == "country" else (entry.latitude, entry.longitude)
        )
        span = parsed.char_span(mention.start, mention.end, alignment_mode="expand")
        if precision == 1 and span is not None and _near_cue(span):
            precision = 2
        return Place(
            name=entry.name,
            country_code=entry.country_code,
            latitude=latitude,
            longitude=longitude,
            geo_precision=precision,
            mention=mention.text,
            admin1=entry.admin1,
            gazetteer_id=entry.gid,
            feature=entry.feature,
        )

    def event_place(
        self, frame: EventFrame, places: Mapping[Mention, Place], parsed: Doc, focus: Sequence[str]
    ) -> EventPlace:
        """The location of one event: a place below country level in its clause, then in its sentence, then
        a country named in its clause or sentence, then the article's focus.

        A town beats a province named beside it ("in Quetta, Balochistan"), and a town anywhere in the
        sentence beats a country in the clause ("fishermen from India clashed off Jaffna").
        """
        in_sentence = [m for m in places if m.sentence == frame.sentence]
        in_clause = _locative_first([m for m in in_sentence if _token_of(parsed, m) in frame.clause_tokens], parsed)
        groups = (("clause", in_clause), ("sentence", in_sentence))
        for how, group in groups:
            specific = [m for m in group if places[m].feature != "country"]
            if specific:
                return EventPlace(places[_most_specific(specific, places)], how)
        fallback = self.fallback_place(places, focus)
        for how, group in groups:
            if group:
                named = places[group[0]]
                # "air strikes in Syria": the article's own town in that country says more than the country.
                if _same_country_town(fallback, named):
                    return EventPlace(fallback, "focus")
                return EventPlace(named, how)
        return EventPlace(fallback, "focus")

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
        """The country itself as a place, precision 3, located at its capital (see `country_point`)."""
        entry = self.gazetteer.country(code)
        if entry is None:
            return None
        latitude, longitude = self.country_point(entry)
        return Place(entry.name, entry.country_code, latitude, longitude, 3, None, None, entry.gid, "country")

    def country_point(self, entry: GazetteerEntry) -> tuple[float | None, float | None]:
        """Where a country-level event is put: its capital, as ACLED codes national reports; else the centroid.

        A centroid is often in empty country (the Libyan desert), and most country-wide events (arrests
        "across the country", national strikes, government decisions) happen in or are run from the capital.
        """
        capital = self.gazetteer.capital(entry.country_code or "")
        if capital is None:
            return entry.latitude, entry.longitude
        return capital.latitude, capital.longitude


def _plausible(entry: GazetteerEntry, focus: Sequence[str]) -> bool:
    """A small town far from every country the article is about is more likely a word or a name
    ("Assads", "Human") than a place: keep it only when it is large or in the article's countries."""
    if entry.feature != "city" or not focus or entry.country_code in focus[:FOCUS_DEPTH]:
        return True
    return entry.population >= FOREIGN_TOWN_MIN_POPULATION


def _same_country_town(fallback: Place | None, named: Place) -> bool:
    """Whether the article's fallback place is a town or province in the country `named` is."""
    return fallback is not None and fallback.feature != "country" and fallback.country_code == named.country_code


def _most_specific(mentions: Sequence[Mention], places: Mapping[Mention, Place]) -> Mention:
    """The first town-level place among `mentions`, else the first; provinces and regions come last."""
    return min(mentions, key=lambda m: (places[m].geo_precision or 1) >= 3)


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
