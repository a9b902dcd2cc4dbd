"""Geocode stage: resolve place mentions with the article's country context, then pick each event's place.

The event's place is the place named in its own clause, else in its sentence, else (for state forces
acting with no place named) their own country, else the article's focus. Precision follows ACLED:
1 the town itself, 2 near a town or part of a region, 3 a region or country.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise
from typing import Any, ClassVar

from spacy.tokens import Doc

from sigacts.pipeline.base import Document
from sigacts.records import Mention, Place
from sigacts.resources.actors import ActorBase
from sigacts.resources.gazetteer import (
    ADMIN_UNIT_WORDS,
    COUNTRY_ABBREVIATIONS,
    FAMOUS_RATIO,
    MIN_POPULATION_WITHOUT_CONTEXT,
    STOPLIST,
    Gazetteer,
    GazetteerEntry,
    haversine_km,
    normalise_place_name,
    strip_possessive,
    us_county_states,
)
from sigacts.stages.events import EventFrame
from sigacts.stages.mentions import FACILITY_WORDS, US_STATE_ABBREVIATIONS, WORD_LABEL

NEAR_WORDS = frozenset(
    {"near", "outskirts", "countryside", "around", "outside", "vicinity", "close", "nearby", "north", "south",
     "east", "west", "northern", "southern", "eastern", "western", "northeast", "northwest", "southeast",
     "southwest", "suburbs", "edge", "border", "borders", "surrounding", "rural"}
)  # fmt: skip
NEAR_PREPOSITIONS = frozenset({"near", "around", "outside", "nearby", "towards", "toward", "outskirts"})
FOCUS_DEPTH = 4  # how many of the article's most-named countries count as "its" countries
MAIN_COUNTRIES = 2  # ... and how many are where its small towns may be named with no preposition
FOREIGN_TOWN_MIN_POPULATION = 100_000
CONTEXT_NAMESAKE_RATIO = 5  # a town of the article's countries this many times bigger than its namesake wins
MAJOR_CITY_POPULATION = 500_000  # keeps its name against namesakes in provinces the article names
HEADLINE_SENTENCES = 2  # the title and the line under it say what the article is about
OTHER_EVIDENCE_MIN = 1.0  # a full clue (a demonym, an actor of one country, a city of a million) to doubt a town
ORG_RULES = ("org-prefix", "org-word")  # place mentions that open an organisation's name
_NO_VOTE = 1e-9  # what is left of a country's votes once a name's own are taken away: rounding, not evidence
FOCUS_MIN_SHARE = 0.25  # a country with under this share of the leader's evidence is not the article's
REGIONAL_WORD_VOTE = 1.5
ACTOR_VOTE = 1.0  # a knowledge-base actor of one country (a party, a national police force)
# ... but a rebel group of one country fights across its borders (Boko Haram in Cameroon and Niger, al-Shabaab
# in Kenya): its home country weighs less than the country a national outlet reports on.
REBEL_VOTE = 0.4
REBEL_TYPES = frozenset({"Rebel group"})
OUTLET_VOTE = 0.5  # the country a national outlet reports on: less than any clue in the text
# Words that only some countries' reporting uses: administrative units ("Sadar upazila" is Bangladesh,
# "tehsil" South Asia, "LGA" Nigeria, "woreda" Ethiopia, "VDC" Nepal, "tambon" Thailand), local words for
# strikes, sit-ins and police batons ("hartal", "bandh", "dharna", "lathi") and for groups of people
# that only some countries' politics name ("Dalits", "Naxals", "Madhesi"). Shared words list the country
# whose reporting uses them most first: with no other clue, it leads the focus.
REGIONAL_WORD_COUNTRIES: dict[str, tuple[str, ...]] = {
    "upazila": ("BD",), "upazilla": ("BD",), "upozila": ("BD",), "zila": ("BD",), "upazilas": ("BD",),
    "tehsil": ("PK", "IN"), "tehsils": ("PK", "IN"), "tahsil": ("IN", "PK"), "taluk": ("IN",), "taluka": ("IN",),
    "panchayat": ("IN", "NP"), "lga": ("NG",), "woreda": ("ET",), "kebele": ("ET",), "vdc": ("NP",),
    "hartal": ("BD",), "hartals": ("BD",), "bandh": ("IN", "NP"), "dharna": ("IN", "PK"), "gherao": ("IN",),
    "lathicharged": ("IN",), "lathicharge": ("IN",), "crore": ("IN", "BD", "PK"), "lakh": ("IN", "BD", "PK"),
    "lathi": ("IN", "BD", "PK"), "lathis": ("IN", "BD", "PK"), "sarpanch": ("IN",), "naxal": ("IN",),
    "naxals": ("IN",), "naxalites": ("IN",), "dalit": ("IN", "NP"), "dalits": ("IN", "NP"), "madhesi": ("NP",),
    "madhes": ("NP",), "tambon": ("TH",), "amphoe": ("TH",), "changwat": ("TH",),
    "madheshi": ("NP",), "madheshis": ("NP",),  # the other spelling of "Madhesi"
    "canecharged": ("IN",),  # "cane-charged": Indian English for a baton charge, as "lathicharged"
    "dargah": ("IN", "PK", "BD"), "dargahs": ("IN", "PK", "BD"),  # a Sufi shrine, in South Asia's words
    "goth": ("PK",),  # Sindhi for a village, in Karachi's and Sindh's place names
    "nazim": ("PK",),  # the head of a Pakistani district or tehsil council
}  # fmt: skip
# Regional words written in capitals, matched as written: "MLA" is a member of an Indian state assembly (few
# other countries' conflict reporting has them), "MNA" of Pakistan's National Assembly.
REGIONAL_ACRONYM_COUNTRIES: dict[str, tuple[str, ...]] = {
    "MLA": ("IN",), "MLAs": ("IN",), "MNA": ("PK",), "MNAs": ("PK",),
}  # fmt: skip
# Regional words only in lower case: "banda" is Nepali for a general strike ("banda enforcers"), but "Banda"
# is a town in India and Indonesia.
REGIONAL_LOWER_WORD_COUNTRIES: dict[str, tuple[str, ...]] = {"banda": ("NP",)}
# Terms of one country's politics and administration written in several words: the houses of India's
# parliament and states ("Lok Sabha", "Vidhan Sabha"), chief ministers (India's and Pakistan's states, Sri
# Lanka's provinces), an Indian district collector, Scheduled Castes and Tribes, block development offices,
# "booth capturing" at Indian polls and India's disputes over cow slaughter; Bangladesh's union parishads; Nepal's chief district
# officers and district administration offices. Not words shared by the whole region ("crude bomb", "baton
# charge", "brickbats"): with no other clue they would make every such story the first country's.
REGIONAL_PHRASE_COUNTRIES: dict[str, tuple[str, ...]] = {
    "lok sabha": ("IN",), "rajya sabha": ("IN",), "vidhan sabha": ("IN",), "chief minister": ("IN", "PK", "LK"),
    "district collector": ("IN",), "scheduled caste": ("IN",), "scheduled tribe": ("IN",),
    "block development": ("IN",), "booth capturing": ("IN",), "union parishad": ("BD",),
    "chief district officer": ("NP",), "district administration office": ("NP",),
    "cow slaughter": ("IN",),
}  # fmt: skip
_REGIONAL_PHRASE = re.compile(
    r"\b(" + "|".join(re.escape(p) for p in REGIONAL_PHRASE_COUNTRIES) + r")", re.IGNORECASE
)
# The administrative units among them: a name written with one lies in one of those countries.
UNIT_WORD_COUNTRIES: dict[str, tuple[str, ...]] = {
    word: REGIONAL_WORD_COUNTRIES[word]
    for word in ("upazila", "upazilla", "upozila", "upazilas", "tehsil", "tehsils", "tahsil", "taluk", "taluka", "lga",
                 "woreda", "kebele", "vdc", "tambon", "amphoe", "changwat")
}  # fmt: skip
# "X local government (area)" names a unit as "X LGA" does: a name written so lies in Nigeria. Only after a
# name and a locative preposition ("in Ukum local government"): "local government" alone is a tier of any
# country's government.
LOCAL_GOVERNMENT_COUNTRIES = ("NG",)
_LOCAL_GOVERNMENT_AFTER = re.compile(r"\s+[Ll]ocal\s+[Gg]overnment(?:\s+[Aa]rea)?\b")
_LOCAL_GOVERNMENT_UNIT = re.compile(
    r"\b(?:in|of|at)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+[Ll]ocal\s+[Gg]overnment(?:\s+[Aa]rea)?\b"
)
# Words for a country's missions abroad: an organisation so named stands outside the country it names.
MISSION_WORDS = frozenset({"embassy", "embassies", "consulate", "consulates", "mission", "commission", "visa"})
# Nouns whose nationality says whose they are, not where the report stands: "a Chinese company" buying land
# in Cambodia, "a British owned factory", "the American flag" burnt in Chennai, a truck with an "Indian number
# plate" in Nepal, "Thai nationals" held abroad. A demonym before one of them is no vote for its country.
FOREIGN_OBJECT_WORDS = MISSION_WORDS | frozenset(
    {"company", "companies", "firm", "firms", "factory", "factories", "owned", "investor", "investors", "goods",
     "products", "imports", "flag", "flags", "ambassador", "envoy", "nationals", "tourist", "tourists",
     "expatriates", "expats", "number", "plate", "plates", "offices", "office", "ship", "vessel", "vessels",
     "trawler", "trawlers", "brand", "brands", "mining"}
)  # fmt: skip
# A leader named by the nation: at home ("the former Freedonian President") or abroad ("burnt an effigy of the
# Freedonian President"), half a demonym's vote.
LEADER_WORDS = frozenset({"president", "premier", "prime", "pm"})
LOCATIVE_PREPS = frozenset({"in", "at", "near", "into", "to", "towards", "toward", "around", "outside", "on", "inside"})


@dataclass(frozen=True)
class EventPlace:
    """An event's place and where it was found: "clause", "sentence" or "focus" (the article's)."""

    place: Place | None
    how: str


class Geocode:
    """Resolve every place mention and choose the location of every event frame."""

    name: ClassVar[str] = "geocode"
    version: ClassVar[str] = "2"
    requires: ClassVar[tuple[str, ...]] = ("spacy_doc", "place_mentions", "actor_mentions", "event_frames")
    provides: ClassVar[tuple[str, ...]] = ("places", "focus_countries", "event_places")

    def __init__(
        self,
        gazetteer: Gazetteer,
        actor_countries: Callable[[str, str], tuple[str, ...]] | None = None,
        outlet_country: Callable[[str | None], str | None] | None = None,
        actor_vote: Callable[[str], float] | None = None,
    ) -> None:
        self.gazetteer = gazetteer
        # The countries of a knowledge-base actor by its id and the words that named it ("awami_league",
        # "Awami League" -> BD): actors vote for the article's country when the text names no place.
        self.actor_countries = actor_countries or (lambda actor_id, words: ())
        # The country a national outlet reports on ("The Hindu" -> IN): a weak vote, see `focus_votes`.
        self.outlet_country = outlet_country or (lambda outlet: None)
        # How much a knowledge-base actor's home country weighs by its id (see `actor_vote_lookup`).
        self.actor_vote = actor_vote or (lambda actor_id: ACTOR_VOTE)

    def __call__(self, doc: Document) -> Mapping[str, Any]:
        parsed: Doc = doc["spacy_doc"]
        text = doc.text
        # "Pine College", "a Harbour site": an English word opening a body's name, or written with nothing that
        # makes it a place, names no place of an event.
        mentions = [m for m in doc["place_mentions"] if m.rule != "org-word" and m.label != WORD_LABEL]
        home = self.outlet_country(doc.article.outlet)
        places, focus = self.resolve_places(parsed, mentions, doc["actor_mentions"], text, home)
        # "the Dhaka-Sylhet highway": the ends of a road say where it runs, not where the event was; nor does a
        # dateline ("AMMAN: IS has massed in the Qalamoun"), which says where the reporter was.
        sites = {
            mention: place for mention, place in places.items()
            if not _route_end(text, mention) and not _dateline(text, mention)
        }  # fmt: skip
        return {
            "places": places,
            "focus_countries": focus,
            "event_places": {f.index: self.event_place(f, sites or places, parsed, focus) for f in doc["event_frames"]},
        }

    def resolve_places(
        self, parsed: Doc, mentions: Sequence[Mention], actors: Sequence[Mention], text: str, home: str | None = None
    ) -> tuple[dict[Mention, Place], list[str]]:
        """Every place mention the gazetteer resolves in the article's country context, and that context
        (`home`: the country the article's outlet reports on, when it is a national outlet)."""
        counts = self.focus_votes(mentions, actors, text, home)
        focus = _ranked(counts)
        entries: dict[Mention, GazetteerEntry] = {}
        previous: tuple[Mention, GazetteerEntry] | None = None
        doubted: dict[str, Mention] = {}  # names the outlet's country outweighed, once each
        for mention in sorted(mentions, key=lambda m: m.start):
            if mention.rule in ("capital", "us-state"):
                named = self.referred_place(mention, focus)
                if named is not None:
                    entries[mention] = named
                    previous = (mention, named)
                continue
            entry = self.gazetteer.resolve(mention.text, focus)
            if entry is not None:
                entry = self.unit_reading(mention, entry, text)
            if entry is not None and entry.feature == "city":
                entry = self.bigger_namesake(mention, entry, counts)
            if entry is not None and self.outlet_doubts(mention, entry, counts, home):
                doubted.setdefault(mention.text, mention)
                continue
            if (
                entry is not None and _plausible(entry, focus, text, mention, self.focus_without(mention, counts))
                and not _town_for_water(entry, text, mention)
            ):  # fmt: skip
                entry = self.state_reading(mention, entry, previous, focus, text) or entry
                entries[mention] = entry
                previous = (mention, entry)
        # A name the outlet's country outweighed names no place abroad: its vote does not make the article
        # that country's ("At Bagda" in an Indian paper is no story about Baghdad).
        for mention in doubted.values():
            counts = self.votes_without(mention, counts)
        if doubted:
            focus = _ranked(counts)
        entries = self.listed_provinces(entries, text)
        entries = _abbreviated_states(entries, text, self.province_named)
        entries = self.county_readings(mentions, entries, focus, text)  # a county's state names a province too
        entries = self.prefer_named_provinces(entries)
        entries = self.inside_named_containers(entries, text)
        places = {mention: self.to_place(entry, mention, parsed) for mention, entry in entries.items()}
        return places, focus

    def bigger_namesake(self, mention: Mention, town: GazetteerEntry, counts: Mapping[str, float]) -> GazetteerEntry:
        """`town`, unless a town of the same name CONTEXT_NAMESAKE_RATIO times bigger lies in another of the
        article's countries by the evidence other than the name itself: "Bristol" in a story about a
        British contractor hurt in a US-led campaign is the English city, not the Connecticut one. The
        name's own vote does not count ("Tripoli" in a story about Lebanon stays Lebanese)."""
        floor = CONTEXT_NAMESAKE_RATIO * max(town.population, MIN_POPULATION_WITHOUT_CONTEXT)
        name = town.name.casefold()
        bigger = [
            e for e in self.gazetteer.lookup(mention.text)
            if e.feature == "city" and e.population >= floor and e.name.casefold() == name
            and e.country_code != town.country_code
        ]  # fmt: skip
        if not bigger:
            return town
        others = self.focus_without(mention, counts)[:FOCUS_DEPTH]
        bigger = [e for e in bigger if e.country_code in others]
        return max(bigger, key=lambda e: e.population) if bigger else town

    def unit_reading(self, mention: Mention, entry: GazetteerEntry, text: str) -> GazetteerEntry | None:
        """The reading of a name written with a unit word that only some countries use ("X tehsil", "Y
        upazila", "Z VDC"): a place of that name in one of them, else none (the name is then a unit the
        gazetteer lacks, not the namesake abroad)."""
        words = [*mention.text.split()[-1:], *text[mention.end : mention.end + 16].split()[:1]]
        units = [word.strip(",.;:()").lower() for word in words]
        countries = next((UNIT_WORD_COUNTRIES[unit] for unit in units if unit in UNIT_WORD_COUNTRIES), None)
        if countries is None and _LOCAL_GOVERNMENT_AFTER.match(text, mention.end):
            countries = LOCAL_GOVERNMENT_COUNTRIES
        if countries is None or entry.country_code in countries:
            return entry
        return next((e for e in self.gazetteer.lookup(mention.text) if e.country_code in countries), None)

    def referred_place(self, mention: Mention, focus: Sequence[str]) -> GazetteerEntry | None:
        """The place a reference stands for: "in the capital" is the capital of the article's country, and
        "N.J." after a town is the state of New Jersey."""
        if mention.rule == "capital":
            return self.gazetteer.capital(focus[0]) if focus else None
        states = [e for e in self.gazetteer.lookup(mention.label) if e.feature == "admin1" and e.country_code == "US"]
        return states[0] if states else None

    def focus_countries(self, places: Sequence[Mention], actors: Sequence[Mention], text: str) -> list[str]:
        """Countries the article is about, most evidence first (see `focus_votes`)."""
        return _ranked(self.focus_votes(places, actors, text))

    def focus_without(self, mention: Mention, counts: Mapping[str, float]) -> list[str]:
        """The article's countries by the evidence other than the name `mention` itself: a town's own name
        cannot vouch for its country (a man's alias that is also a small Indian town should not, in a note
        about Nepal, make India one of the note's countries and then be read in India)."""
        if self.gazetteer.country_code_for(mention.text):
            return _ranked(counts)
        rest = self.votes_without(mention, counts)
        if sum(rest.values()) < OTHER_EVIDENCE_MIN:
            return []  # nothing but other weak names: no ground to doubt this one
        return _ranked(rest)

    def outlet_doubts(
        self, mention: Mention, entry: GazetteerEntry, counts: Mapping[str, float], home: str | None
    ) -> bool:
        """Whether a national outlet's country outweighs a small foreign town that nothing but its own name
        supports: a Sudanese radio's note on an attack "in Mesel" is about a Sudanese village the gazetteer
        lacks, not the German town of that name. Words that frame the name as a place do not save it (the
        village is a place, only not that one); a town in the outlet's country, a big city and a town some
        other clue supports are kept."""
        if not home or entry.feature != "city" or entry.country_code == home:
            return False
        # a city of any size read from one of its other names ("Sumo" for Sumy) is no stronger a clue
        other_name = normalise_place_name(mention.text) != normalise_place_name(entry.name)
        if entry.population >= FOREIGN_TOWN_MIN_POPULATION and not other_name:
            return False
        rest = self.votes_without(mention, counts)
        return entry.country_code not in rest and home in rest

    def votes_without(self, mention: Mention, counts: Mapping[str, float]) -> dict[str, float]:
        """The countries' votes less those the name `mention` cast itself (only countries left with some)."""
        rest = dict(counts)
        for code, share in self.gazetteer.country_votes(mention.text).items():
            rest[code] = rest.get(code, 0.0) - share
        return {code: score for code, score in rest.items() if score > _NO_VOTE}

    def focus_votes(
        self, places: Sequence[Mention], actors: Sequence[Mention], text: str, home: str | None = None
    ) -> dict[str, float]:
        """The evidence for each country the article may be about.

        Notes and wire copy rarely name the country, so every clue votes: country names and state actors
        (2 each), demonyms (1), words that only some countries' reporting uses ("upazila", "tehsil",
        "hartal"; 1.5 shared), each named place (up to 1, shared among the countries of its gazetteer
        candidates by size, see `Gazetteer.country_votes`), and the country a national outlet reports on
        (`home`, OUTLET_VOTE: it decides only where the text says little, since such papers also report
        abroad). Countries far behind the leader are dropped: a stray small town abroad should not make
        its country one of the article's.
        """
        counts: defaultdict[str, float] = defaultdict(float)  # votes, some of them fractional
        if home:
            counts[home] += OUTLET_VOTE
        places = [m for m in places if m.rule != "capital"]  # "the capital" says nothing of which country
        states = [m for m in places if m.rule == "us-state"]  # "Newark, N.J."
        if states:
            counts["US"] += 2 * len(states)
            places = [m for m in places if m.rule != "us-state"]
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
        # Actors whose name holds a demonym or a country ("Turkish troops") were counted by that word.
        # Sets are iterated in text order (dict keys): the order breaks ties between countries, and must not
        # change from run to run with the hash seed.
        named_by: dict[str, str] = {}  # actor id -> the words that first named it
        for mention in actors:
            if mention.rule == "actor-kb" and not _names_country(mention.text, demonyms):
                named_by.setdefault(mention.label, mention.text)
        for actor_id, words in named_by.items():
            codes = self.actor_countries(actor_id, words)
            for code in codes:  # "Jamaat-e-Islami" is a party of Bangladesh and of Pakistan: half a vote each
                counts[code] += self.actor_vote(actor_id) / len(codes)
        for code in self.national_bodies(actors, demonyms):
            counts[code] += ACTOR_VOTE
        for code, weight in _demonym_countries(text, demonyms):
            counts[code] += weight
        for codes in _regional_word_countries(text):
            for code in codes:
                counts[code] += REGIONAL_WORD_VOTE / len(codes)
        if _LOCAL_GOVERNMENT_UNIT.search(text):  # "in Ukum local government": Nigeria's local government areas
            for code in LOCAL_GOVERNMENT_COUNTRIES:
                counts[code] += REGIONAL_WORD_VOTE / len(LOCAL_GOVERNMENT_COUNTRIES)
        for name in dict.fromkeys(m.text for m in places if not self.gazetteer.country_code_for(m.text)):
            for code, share in self.gazetteer.country_votes(name).items():
                counts[code] += share
        # "BC" is British Columbia beside a Canadian town, but "BC Welfare Association" in India is of the
        # Backward Classes: an abbreviation confirms a country that other clues point to, never alone.
        for code in self._abbreviation_countries(text):
            if counts.get(code, 0) > 0:
                counts[code] += REGIONAL_WORD_VOTE
        return dict(counts)

    def national_bodies(self, actors: Sequence[Mention], demonyms: Mapping[str, str]) -> list[str]:
        """The countries named inside the names of organisations ("the National Bank of Freedonia", "the
        All Freedonia Teachers Association"): a body named after a country works in it. Not missions abroad
        ("the Embassy of Freedonia"), which stand in another country."""
        found: dict[str, None] = {}
        for mention in actors:
            if mention.rule != "spacy-ner":
                continue
            words = [word.strip(".,;:'’\"()") for word in mention.text.split()]
            if any(word.lower() in MISSION_WORDS for word in words):
                continue
            for size in (3, 2, 1):
                for i in range(len(words) - size + 1):
                    name = " ".join(words[i : i + size])
                    if not name[:1].isupper() or name.isupper() or name.lower() in demonyms:
                        continue  # "the U.S. Department" is a government's office, at home and abroad
                    code = self.gazetteer.country_code_for(name)
                    if code and any(e.feature == "country" for e in self.gazetteer.lookup(name)[:1]):
                        found[code] = None
        return list(found)

    def _abbreviation_countries(self, text: str) -> list[str]:
        """The countries of the provinces the text names by their abbreviations ("NSW", "B.C."), once each."""
        codes: list[str] = []
        for hit in dict.fromkeys(m.group() for m in _PLACE_ABBREVIATION.finditer(text)):
            entry = self.gazetteer.resolve(PLACE_ABBREVIATIONS[hit])
            if entry is not None and entry.country_code and entry.country_code not in codes:
                codes.append(entry.country_code)
        return codes

    def state_reading(
        self,
        mention: Mention,
        entry: GazetteerEntry,
        previous: tuple[Mention, GazetteerEntry] | None,
        focus: Sequence[str],
        text: str,
    ) -> GazetteerEntry | None:
        """The province or state a name means instead of its usual reading, when the text says so.

        "Buffalo, New York" and "Austin, Texas" (after a town and a comma), "Washington state" or "the state of
        Washington", and a name
        that is a state of the article's leading country but a foreign country ("Georgia" in a story
        about Ohio). The other way round, a state named like a country is the country unless its own country
        leads the article ("Georgia" in a story about Tbilisi). None when nothing points elsewhere.
        """
        if entry.feature == "admin1":
            if not focus or entry.country_code == focus[0]:
                return None
            return next((e for e in self.gazetteer.lookup(mention.text) if e.feature == "country"), None)
        after = text[mention.end : mention.end + 7].lower()
        country = None
        if (
            previous is not None and previous[1].feature == "city" and text[previous[0].end : mention.start] == ", "
            and not _in_list(text, previous[0], mention)  # "visits to Denver, Chicago and Houston"
        ):  # fmt: skip
            country = previous[1].country_code
        elif after.startswith((" state", " province")) or text[max(0, mention.start - 12) : mention.start].lower().endswith(
            ("state of ", "province of ")
        ):  # "Washington state", "the state of Washington"
            country = entry.country_code
        elif entry.feature == "country" and focus and entry.country_code != focus[0]:
            country = focus[0]
        if country is None:
            return None
        return self.province_named(mention.text, country)

    def province_named(self, name: str, country: str | None) -> GazetteerEntry | None:
        """The province of `country` called `name`, "name State" or "State of name"; None if there is none."""
        name = strip_possessive(name)
        for form in (name, f"{name} State", f"State of {name}"):
            states = [e for e in self.gazetteer.lookup(form) if e.feature == "admin1" and e.country_code == country]
            if states:
                return states[0]
        return None

    def listed_provinces(self, entries: Mapping[Mention, GazetteerEntry], text: str) -> dict[Mention, GazetteerEntry]:
        """A name listed with provinces is the province of that name, not the town: "in Texas, New York and
        Ohio", "California or Washington". Lists name things of one kind."""
        chosen = dict(entries)
        ordered = sorted(entries, key=lambda m: m.start)
        for _ in range(2):  # forwards, then backwards: "Ohio, New York, Washington and Oregon"
            for first, second in pairwise(ordered):
                between = text[first.end : second.start]
                for town, other in ((first, second), (second, first)):
                    entry = chosen[town]
                    if entry.feature != "city" or chosen[other].feature != "admin1" or _written_as_unit(town.text):
                        continue
                    if chosen[other].country_code != entry.country_code or not LIST_JOIN.match(between):
                        continue
                    # "Buffalo, New York" and "Washington, D.C." are a town and its state, not a list.
                    if (town is first and between.strip() == "," and not _in_list(text, first, second)) or STATE_INITIALS.match(
                        text, town.end
                    ):
                        continue
                    province = self.province_named(town.text, entry.country_code)
                    if province is not None:
                        chosen[town] = province
            ordered.reverse()
        return chosen

    def prefer_named_provinces(self, entries: Mapping[Mention, GazetteerEntry]) -> dict[Mention, GazetteerEntry]:
        """Among towns of one name in one country, take the one in a province the article names elsewhere.

        "Mallah farms in Aleppo": several Syrian villages share the name; the one in Aleppo province is meant.
        Only places called so by their own name count, and a far better-known place keeps the name
        ("Washington" stays the capital in a story that also names Ohio, though an Ohio town once bore it).
        """
        provinces = Counter(e.admin1 for e in entries.values() if e.admin1)
        readings = Counter(e.gid for e in entries.values())
        chosen = dict(entries)
        for mention, entry in entries.items():
            # The town's own mentions do not name its province: "Red Oak" thrice and "Iowa" once is Iowa.
            others = provinces - Counter({entry.admin1: readings[entry.gid]} if entry.admin1 else {})
            if entry.feature != "city" or not others or others[entry.admin1 or ""] > 0:
                continue  # no other province named (the usual case): no gazetteer lookup needed
            key = normalise_place_name(strip_possessive(mention.text))
            # A city the text calls by an old or alternate name ("Franklin" for Columbus) is not famous by it.
            famous = normalise_place_name(entry.name) == key
            if famous and (entry.population >= MAJOR_CITY_POPULATION or self._national_capital(entry)):
                continue  # "Washington" in a story that names Illinois is still the capital, "Portland" Oregon's
            better = [
                c for c in self.gazetteer.lookup(mention.text)
                if c.feature == "city" and c.country_code == entry.country_code and others[c.admin1 or ""] > 0
                and normalise_place_name(c.name) == key
                and (not famous or entry.population < FAMOUS_RATIO * max(c.population, MIN_POPULATION_WITHOUT_CONTEXT))
            ]  # fmt: skip
            if better:
                chosen[mention] = max(better, key=lambda c: others[c.admin1 or ""])  # the most named province
        return chosen

    def _national_capital(self, entry: GazetteerEntry) -> bool:
        capital = self.gazetteer.capital(entry.country_code or "")
        return capital is not None and capital.gid == entry.gid

    def inside_named_containers(
        self, entries: Mapping[Mention, GazetteerEntry], text: str
    ) -> dict[Mention, GazetteerEntry]:
        """A town written inside another place ("Hassanpur village in Ludhiana", "Karo, Dadu", "the X
        University in Multan") lies near that place: take the namesake that does, else drop the reading.

        The gazetteer holds one Hassanpur far away, none near Ludhiana: the village is a place the gazetteer
        lacks, and the container it was written in stands for it (the event then falls back to it).
        """
        chosen = dict(entries)
        ordered = sorted(entries, key=lambda m: m.start)
        for i, (mention, container) in enumerate(pairwise(ordered)):
            entry, outer = entries[mention], entries[container]
            if entry.feature != "city" or outer.feature not in ("city", "admin1", "admin2", "district", "region"):
                continue
            between = text[mention.end : container.start]
            if not (CONTAINED_IN.match(between) or _BODY_IN.match(between)) or _lies_within(entry, outer):
                continue
            # "Stroud, Ontario, Canada": the province's own country after it makes no list
            country = ordered[i + 2] if i + 2 < len(ordered) else None
            in_country = (
                country is not None and entries[country].feature == "country"
                and entries[country].country_code == outer.country_code and text[container.end : country.start] == ", "
            )  # fmt: skip
            if not in_country and _listed(text, mention, container):
                continue
            near = [c for c in self.gazetteer.lookup(mention.text) if c.feature == "city" and _lies_within(c, outer)]
            if near:
                chosen[mention] = max(near, key=lambda c: c.population)
            else:
                del chosen[mention]
        # One name, one place: once written with its state ("Portland, Maine"), the town's bare name
        # later in the article is the same town.
        qualified = {
            normalise_place_name(m.text): chosen[m] for m in ordered if m in chosen and chosen[m] is not entries[m]
        }
        for mention in ordered:
            same = qualified.get(normalise_place_name(mention.text))
            if same is not None and mention in chosen and chosen[mention].feature == "city":
                chosen[mention] = same
        return chosen

    def county_readings(
        self, mentions: Sequence[Mention], entries: Mapping[Mention, GazetteerEntry], focus: Sequence[str], text: str = ""
    ) -> dict[Mention, GazetteerEntry]:
        """"Suffolk County" in an American story is a US county, not the English county or a town of that name
        in another state. The gazetteer has no counties' points, so the county lies in the state that has
        one so named and that the article names most (by its towns and itself), or the only such state: at
        the town of the county's name in that state, else the article's first town there, else the state.
        """
        chosen = dict(entries)
        if not focus or focus[0] != "US":
            return chosen
        for mention in mentions:
            states = us_county_states(_county_name(mention, text))
            if not states:
                continue
            names = {US_STATE_ABBREVIATIONS[code]: code for code in states if code in US_STATE_ABBREVIATIONS}
            towns = [
                (other, entry) for other, entry in sorted(entries.items(), key=lambda item: item[0].start)
                if entry.country_code == "US" and (entry.admin1 or entry.name) in names
                and normalise_place_name(other.text) != normalise_place_name(mention.text)
            ]  # fmt: skip
            named = Counter(entry.admin1 or entry.name for _, entry in towns)
            if named:
                state = max(named, key=lambda name: named[name])
            elif len(names) == 1:
                state = next(iter(names))
            else:
                continue
            core = normalise_place_name(_county_name(mention, text).rsplit(" ", 1)[0])
            same = [
                c for c in self.gazetteer.lookup(mention.text)
                if c.feature == "city" and c.country_code == "US" and c.admin1 == state
                and normalise_place_name(c.name) == core
            ]  # fmt: skip
            first_town = next((entry for _, entry in towns if entry.feature == "city" and entry.admin1 == state), None)
            if same:
                chosen[mention] = replace(max(same, key=lambda c: c.population), precision=2)
            elif first_town is not None:
                chosen[mention] = replace(first_town, precision=2)
            else:
                province = self.province_named(state, "US")
                if province is not None:
                    chosen[mention] = province
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
            specific = _without_containers([m for m in group if places[m].feature != "country"], places, parsed)
            if specific:
                named = places[_most_specific(specific, places)]
                return EventPlace(_town_inside(named, places) or named, how)
        fallback = self.fallback_place(places, focus)
        if fallback is not None:  # "Kashmir" named twice and "Tral" once: Tral, at the region's precision
            town = _town_inside(fallback, places)
            fallback = fallback if town is None else replace(town, geo_precision=3, mention=None)
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


def _abbreviated_states(
    entries: Mapping[Mention, GazetteerEntry], text: str, province_named: Callable[[str, str], GazetteerEntry | None]
) -> dict[Mention, GazetteerEntry]:
    """A US state the article writes by its abbreviation after a town ("TACOMA, Wash.", "Camp X, Wash.") is
    the state when named in full alone: local news says "Washington" for its own state and "Washington, D.C."
    for the capital. A name written with a state's initials after it ("Washington, D.C.") keeps its town
    reading; so does one in an article that gives no state so."""
    abbreviated = {US_STATE_ABBREVIATIONS[hit.group("abbr")] for hit in _STATE_AFTER_TOWN.finditer(text)}
    if not abbreviated:
        return dict(entries)
    chosen = dict(entries)
    for mention, entry in entries.items():
        name = strip_possessive(mention.text)
        if name not in abbreviated or entry.feature != "city" or entry.country_code != "US" or mention.rule == "us-state":
            continue
        if STATE_INITIALS.match(text, mention.end) or _DC_AFTER.match(text, mention.end):
            continue
        state = province_named(name, "US")
        if state is not None:
            chosen[mention] = state
    return chosen


_DC_AFTER = re.compile(r",?\s*(?:DC|D\.C\.|District of Columbia)\b")
_STATE_AFTER_TOWN = re.compile(
    r"\b[A-Z][\w'’-]*, (?P<abbr>"
    + "|".join(re.escape(a) for a in sorted(US_STATE_ABBREVIATIONS, key=len, reverse=True))
    + r")(?=[\s,;:)]|$)"
)


def _ranked(counts: Mapping[str, float]) -> list[str]:
    """Countries by their evidence, those far behind the leader dropped (under FOCUS_MIN_SHARE of it)."""
    if not counts:
        return []
    ranked = sorted(counts.items(), key=lambda item: -item[1])  # stable: ties keep first-counted order
    top = ranked[0][1]
    return [code for code, score in ranked if score >= FOCUS_MIN_SHARE * top]


def _written_as_unit(name: str) -> bool:
    """Whether a name ends with a word for its kind of unit ("New York City", "Scott County")."""
    words = name.split()
    return len(words) > 1 and words[-1].casefold() in ADMIN_UNIT_WORDS


PAIR_BORDER_WORDS = frozenset({"border", "borders", "frontier", "boundary"})


def _regional_word_countries(text: str) -> list[tuple[str, ...]]:
    """The countries of each distinct regional word or phrase of a text (see `REGIONAL_WORD_COUNTRIES`).
    A hyphenated word counts as its parts and as the word written solid: "lathi-charged" is "lathicharged"."""
    words = [word.strip(".,;:'’\"()[]") for word in text.split()]
    found: dict[str, tuple[str, ...]] = {}
    for word in words:
        lower = word.lower()
        forms = [lower]
        if "-" in lower:
            forms += [*lower.split("-"), lower.replace("-", "")]
        for form in forms:
            if form in REGIONAL_WORD_COUNTRIES:
                found.setdefault(form, REGIONAL_WORD_COUNTRIES[form])
        if word in REGIONAL_ACRONYM_COUNTRIES:
            found.setdefault(word.rstrip("s"), REGIONAL_ACRONYM_COUNTRIES[word])
        if word in REGIONAL_LOWER_WORD_COUNTRIES:
            found.setdefault(word, REGIONAL_LOWER_WORD_COUNTRIES[word])
    for match in _REGIONAL_PHRASE.finditer(text):
        phrase = match.group(1).lower().replace("-", " ")
        found.setdefault(phrase, REGIONAL_PHRASE_COUNTRIES[phrase])
    return list(found.values())


def _demonym_countries(text: str, demonyms: Mapping[str, str]) -> list[tuple[str, float]]:
    """The country of each capitalised demonym of a text with its vote (one per distinct word, half before a
    leader's title), leaving out those that only say whose a thing is ("a Chinese company", see
    `FOREIGN_OBJECT_WORDS`)."""
    words = [word.strip(".,;:'’\"()") for word in text.split()]
    found: dict[str, tuple[str, float]] = {}
    for i, word in enumerate(words):
        pair = " ".join(words[i : i + 2])
        if pair.lower() in demonyms and pair.istitle():  # "a Sri Lankan election rally", "South African troops"
            word = pair
        following = i + len(word.split())
        after = words[following].lower() if following < len(words) else ""
        if after.split("-")[0] in FOREIGN_OBJECT_WORDS:
            continue
        # "the Thai-Cambodian border": each demonym of a pair before a border word counts, but not a backer
        # ("Saudi-led"), a side taken ("pro-Russian") or a person's origins ("a Freedonian-American writer").
        parts = word.split("-")
        if len(parts) > 1 and (after not in PAIR_BORDER_WORDS or not all(p.lower() in demonyms for p in parts)):
            parts = [word]
        for part in parts:
            code = demonyms.get(part.lower())
            if code and part[:1].isupper() and part not in found:
                found[part] = (code, 0.5 if after in LEADER_WORDS else 1.0)
    return list(found.values())


def _names_country(text: str, demonyms: Mapping[str, str]) -> bool:
    words = [word.strip(",'’") for word in text.split()]
    return any(w.lower() in demonyms or w.replace(".", "") in COUNTRY_ABBREVIATIONS for w in words)


def actor_country_lookup(actors: ActorBase) -> Callable[[str, str], tuple[str, ...]]:
    """A function giving the countries (ISO2) a knowledge-base actor's words could mean: the actor's own,
    or every country with an actor of that name ("ASWJ" in Somalia and in Pakistan); none for actors of none."""

    def countries(actor_id: str, words: str) -> tuple[str, ...]:
        entry = actors.get(actor_id)
        if entry is None or entry.country_code is None:
            return ()
        named = dict.fromkeys(e.country_code for e in actors.candidates(words) if e.country_code)
        return tuple(named) if len(named) > 1 else (entry.country_code,)

    return countries


def actor_vote_lookup(actors: ActorBase) -> Callable[[str], float]:
    """A function giving how much a knowledge-base actor's home country weighs in the article's focus:
    ACTOR_VOTE, or REBEL_VOTE for a rebel group (it attacks across borders; see REBEL_VOTE)."""

    def vote(actor_id: str) -> float:
        entry = actors.get(actor_id)
        return REBEL_VOTE if entry is not None and entry.type in REBEL_TYPES else ACTOR_VOTE

    return vote


# What may stand between a place and the place it lies in: "X in Y", "X, Y", "X village of Y district",
# "X upazila under Y", "X Koat, Y", "X Zakariya University in Y" (the rest of a name, capitalised).
_CONTAINER_UNITS = (
    r"(?i:village|town|city|area|locality|neighbourhood|neighborhood|union|upazila|tehsil|block|taluk|sub-district"
    r"|subdistrict|district|township|municipality|valley)"
)
_INSIDE = r"\s*(?:,|\s+in|\s+of|\s+under)\s+(?:the\s+)?"
# ... and "X village of Y Union under Z" or "X village in Y upazila of Z": units the gazetteer lacks may stand
# between, each a name and its unit word (the chain still says the first lies in the last).
CONTAINED_IN = re.compile(
    r"^(?:\s+[A-Z][\w'’.-]*){0,3}(?:\s+" + _CONTAINER_UNITS + r")?"
    r"(?:" + _INSIDE + r"(?:[A-Z][\w'’.-]*\s+){1,3}" + _CONTAINER_UNITS + r"){0,2}" + _INSIDE + r"$"
)
# ... and "X Ling garment factory in Y province", "X Cotton Mills at Y": a works named after a town (or a
# man) lies where the text says it does.
_BODY_IN = re.compile(
    r"^(?:\s+[A-Z][\w'’.&-]*){0,3}(?:\s+[a-z][\w-]*){0,2}\s+(?i:factory|factories|company|mills?|plant|firm"
    r"|garments?|industries|works)\s+(?:in|at)\s+(?:the\s+)?$"
)
STATE_INITIALS = re.compile(r",?\s*[A-Z]\.[A-Z]\.")
LIST_JOIN = re.compile(r"^(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or|&)\s+)$")
ROUTE_WORDS = r"(?:highway|road|route|railway|rail|line|expressway|motorway|corridor|train|bus)"
_ROUTE_AFTER = re.compile(r"^(?:\s*[-–]\s*[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*)?)+\s+" + ROUTE_WORDS + r"\b", re.IGNORECASE)
_ROUTE_BEFORE = re.compile(r"[A-Z][\w'’]*\s*[-–]\s*$")
_ROUTE_TAIL = re.compile(r"^(?:\s*[-–]\s*[A-Z][\w'’]*)*\s+" + ROUTE_WORDS + r"\b", re.IGNORECASE)


_DATELINE_AFTER = re.compile(r"^(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*(?:\([^)\n]{1,40}\)\s*)?[:—–-]")


def _dateline(text: str, mention: Mention) -> bool:
    """A place opening a line and followed by a colon, a dash or an agency ("BEIRUT (Reuters) -",
    "Chuadanga, Jan 20 (UNB) -")."""
    line_start = text.rfind("\n", 0, mention.start) + 1
    return not text[line_start : mention.start].strip() and bool(_DATELINE_AFTER.match(text[mention.end :]))


def _route_end(text: str, mention: Mention) -> bool:
    """Whether the mention is one end of a road or line written "X-Y highway" ("the Dhaka-Sylhet road")."""
    after = text[mention.end : mention.end + 60]
    if _ROUTE_AFTER.match(after):
        return True
    return bool(_ROUTE_BEFORE.search(text[max(0, mention.start - 40) : mention.start]) and _ROUTE_TAIL.match(after))
CONTAINER_REACH_KM = {"city": 60.0, "admin2": 120.0, "district": 120.0, "region": 400.0, "admin1": 600.0}


def _listed(text: str, mention: Mention, container: Mention) -> bool:
    """Whether "X, Y" is two items of a list ("in Chittagong, Dinajpur and Sylhet"), not a town and its
    district ("Karo, Dadu")."""
    if not text[mention.end : container.start].strip().startswith(","):
        return False
    before = text[max(0, mention.start - 6) : mention.start].rstrip().lower()
    after = text[container.end : container.end + 12].lstrip()
    rest = after[1:].lstrip()
    if after.startswith(",") and not rest[:1].isupper() and not rest.startswith(("and ", "or ", "&")):
        return before.endswith((",", " and", " or"))  # "Buffalo, New York, was": the town and its state
    return before.endswith((",", " and", " or")) or after.lower().startswith((",", ";", "and ", "or ", "&"))


def _in_list(text: str, first: Mention, second: Mention) -> bool:
    """Whether "X, Y" continues a list ("in Boston, New York and Chicago", "in Ohio, Boston, New York"), not a
    town and its state ("Buffalo, New York, was"): an item before X, or "and"/"or" after Y."""
    before = text[max(0, first.start - 6) : first.start].rstrip().lower()
    after = text[second.end : second.end + 6].lstrip().lower()
    return before.endswith((",", " and", " or")) or after.startswith(("and ", "or ", "&"))


def _lies_within(entry: GazetteerEntry, outer: GazetteerEntry) -> bool:
    """Whether a town may lie in `outer`: the same country, and near it (a province by name when known)."""
    return _within(entry, outer, CONTAINER_REACH_KM.get(outer.feature, 120.0), when_unplaced=True)


def _within(inner: GazetteerEntry | Place, outer: GazetteerEntry | Place, reach_km: float, when_unplaced: bool) -> bool:
    """Whether `inner` lies in `outer`: the same country, and the same province by code when `outer` is a
    province and both codes are known, else within `reach_km` of its point (`when_unplaced` without points)."""
    if inner.country_code != outer.country_code:
        return False
    if outer.feature == "admin1" and inner.admin1 and outer.admin1:
        return inner.admin1 == outer.admin1
    if None in (inner.latitude, inner.longitude, outer.latitude, outer.longitude):
        return when_unplaced
    km = haversine_km(inner.latitude, inner.longitude, outer.latitude, outer.longitude)  # type: ignore[arg-type]
    return km <= reach_km


WATER_WORDS = re.compile(r"^[’']?s?\s+(?:river|canal|creek|sea|bay|gulf|strait)\b", re.IGNORECASE)


def _town_for_water(entry: GazetteerEntry, text: str, mention: Mention) -> bool:
    """ "the Ganges river": a town that shares the name is not the river (the gazetteer may lack the river).
    Lakes and dams are left: the town that names one usually stands on its shore."""
    return entry.feature == "city" and bool(WATER_WORDS.match(text[mention.end : mention.end + 20]))


def _plausible(
    entry: GazetteerEntry,
    focus: Sequence[str],
    text: str | None = None,
    mention: Mention | None = None,
    others: Sequence[str] | None = None,
) -> bool:
    """A small town far from the countries the article is about is more likely a word or a name ("Assads",
    "Human", "Sabah" in a story about Syria) than a place. Under FOREIGN_TOWN_MIN_POPULATION people it must
    be in one of the article's FOCUS_DEPTH countries when a preposition introduces it ("in Ashton"), in one
    of its MAIN_COUNTRIES when none does (countries named as actors, Russia or Jordan, come lower), and in
    its leading country when it opens an organisation's name ("Pine Hill garment factory": its own vote
    alone may have put its country second). Without the mention (geoparsing entities) it counts as introduced.

    `others` are the article's countries by the evidence other than the town's own name (see
    `Geocode.focus_without`; empty when that evidence is too weak to judge by). A town named with no
    preposition, or opening an organisation's name, must be in one of them: a man's alias in a note about
    Nepal is no small Indian town of that name, though the name's own vote made India the second country.
    Words that frame it as a place ("Balipur district", "south of Kotwa") vouch for it instead."""
    if entry.feature != "city" or not focus or entry.population >= FOREIGN_TOWN_MIN_POPULATION:
        return True
    depth = FOCUS_DEPTH
    if mention is not None and text is not None and not _INTRODUCED.search(text[max(0, mention.start - 20) : mention.start]):
        depth = 1 if mention.rule in ORG_RULES else MAIN_COUNTRIES
        if others and entry.country_code not in others and not _framed_as_place(text, mention):
            return False
    elif mention is not None and mention.rule in ORG_RULES and others and entry.country_code not in others:
        return False  # "workers from the X garment factory": the preposition introduces the factory
    return entry.country_code in focus[:depth]


_UNIT_AFTER = re.compile(r"^['’]?s?\s+(?:" + "|".join(sorted(ADMIN_UNIT_WORDS)) + r")\b", re.IGNORECASE)
_UNIT_BEFORE = re.compile(
    r"\b(?:" + "|".join(sorted(ADMIN_UNIT_WORDS | {"north", "south", "east", "west", "northeast", "northwest",
                                                  "southeast", "southwest", "outskirts"})) + r")s? of\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _framed_as_place(text: str, mention: Mention) -> bool:
    """Whether words for a kind of place frame the name ("Balipur district", "the Dunga area of Rampal",
    "8 km south of Kotwa"): the text itself says it is a place, so it needs no other clue to its country."""
    if _written_as_unit(mention.text) or _UNIT_AFTER.match(text[mention.end : mention.end + 20]):
        return True
    return bool(_UNIT_BEFORE.search(text[max(0, mention.start - 30) : mention.start]))


_INTRODUCED = re.compile(r"\b(?:" + "|".join(sorted(LOCATIVE_PREPS | {"from"})) + r")\s+(?:the\s+)?$", re.IGNORECASE)


# How far from a region's point a town named elsewhere in the article may lie and still be read as in it.
REGION_REACH_KM = {"admin1": 600.0, "region": 400.0, "border": 150.0}


def _town_inside(region: Place, places: Mapping[Mention, Place]) -> Place | None:
    """The town the article names inside a province or region that is all an event's sentence names:
    "strikes spread over the state ... In Ramgarh, a mob wrecked a toll booth" is Ramgarh. Notes
    and reports name the region first and the town in a later sentence; the town is the more precise place.
    The most named such town (headline counts triple, then the first); None when there is none or the
    event's place is a town already."""
    if region.geo_precision is None or region.geo_precision < 3 or region.feature not in REGION_REACH_KM:
        return None
    counts: Counter[str | None] = Counter()
    first: dict[str | None, Place] = {}
    for mention, place in sorted(places.items(), key=lambda item: item[0].start):
        if place.feature == "city" and (place.geo_precision or 1) < 3 and _inside(place, region):
            counts[place.gazetteer_id] += 3 if mention.sentence < HEADLINE_SENTENCES else 1
            first.setdefault(place.gazetteer_id, place)
    if not counts:
        return None
    best = max(counts, key=lambda gid: counts[gid])  # ties: the first named (dicts keep text order)
    return first[best]


def _inside(town: Place, region: Place) -> bool:
    return _within(town, region, REGION_REACH_KM[region.feature or ""], when_unplaced=False)


def _same_country_town(fallback: Place | None, named: Place) -> bool:
    """Whether the article's fallback place is a town or province in the country `named` is."""
    return fallback is not None and fallback.feature != "country" and fallback.country_code == named.country_code


_POSSESSIVE_GAP = re.compile(r"^['’]s\s+(?:the\s+)?$")
# "in Tal Afar, 60 km west of Mosul", "in western Qalamoun (north of Damascus)": the second place is only the
# point the first is measured from
_REFERENCE_GAP = re.compile(
    r"^\s*[,(]\s*(?:(?:about|some|around|nearly|roughly|just)\s+)?"
    r"(?:\d[\d.,]*\s*(?:-\s*)?(?:km|kms|kilometres|kilometers|miles|mi)\.?\s+)?(?:to\s+the\s+)?"
    r"(?:(?:north|south)(?:-?(?:east|west))?|east|west|near|outside|close\s+to)\s+(?:of\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)


def _without_containers(mentions: list[Mention], places: Mapping[Mention, Place], parsed: Doc) -> list[Mention]:
    """The mentions less those that only say where another of them lies: "a hamlet under Derai
    upazila of Sunamganj" (Sunamganj holds Derai), "Narathiwat's Sukhirin district" (Narathiwat holds
    Sukhirin), "Tal Afar, 60 km west of Mosul" (Mosul is the point Tal Afar is measured from). The town
    inside is the event's place whatever preposition introduces either."""
    if len(mentions) < 2:
        return mentions
    text = parsed.user_data.get("sigacts:text") or parsed.text
    ordered = sorted(mentions, key=lambda m: m.start)
    containers: set[Mention] = set()
    for first, second in pairwise(ordered):
        gap = text[first.end : second.start]
        possessive = (first.text.endswith(("'s", "’s")) and not gap.strip(" ")) or bool(_POSSESSIVE_GAP.match(gap))
        if CONTAINED_IN.match(gap) and not _listed(text, first, second) and _holds(places[second], places[first]):
            containers.add(second)
        elif possessive and _holds(places[first], places[second], POSSESSOR_REACH_KM):
            containers.add(first)
        elif _REFERENCE_GAP.match(gap):
            containers.add(second)
    return [m for m in mentions if m not in containers]


POSSESSOR_REACH_KM = 150.0  # "Yala's Betong district": a town named so is often its province


def _holds(outer: Place, inner: Place, reach: float = 0.0) -> bool:
    """Whether a town may lie in `outer`, another place of its country near it (a province by its name)."""
    if inner.feature != "city" or inner.gazetteer_id == outer.gazetteer_id:
        return False
    return _within(inner, outer, max(CONTAINER_REACH_KM.get(outer.feature or "", 120.0), reach), when_unplaced=False)


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


@dataclass(frozen=True)
class Toponym:
    """A place name in the text and where it resolves; `how` says which rule placed it.

    "gazetteer" (the name itself), "country" (a country name or demonym as a place), "context" (a street,
    building or other name the gazetteer lacks, put at the article's main place).
    """

    start: int
    end: int
    text: str
    place: Place
    how: str


def find_toponyms(
    geocoder: Geocode, parsed: Doc, mentions: Sequence[Mention], actors: Sequence[Mention], text: str
) -> list[Toponym]:
    """Every place name in an article with its location, for geoparsing (not for events).

    Beyond the place mentions the pipeline resolves, countries named as actors and demonyms count as
    references to their country ("Turkish troops"), and spaCy place entities the gazetteer lacks (streets,
    buildings, parks) are put at the article's main place: they lie in or near it far more often than not.
    """
    places, focus = geocoder.resolve_places(parsed, mentions, actors, text)
    strays = {m for m in _stray_towns(geocoder, places) if not _FROM.search(text[max(0, m.start - 12) : m.start])}
    strays |= _far_name_parts(geocoder, {m: p for m, p in places.items() if m not in strays}, parsed, focus)
    kept = {m: p for m, p in places.items() if m not in strays}
    area = geocoder.fallback_place(kept, focus)
    # Streets and buildings lie in a town: the article's most named town, else its most named place.
    fallback = (
        _dateline_town(kept, text)
        or geocoder.fallback_place(_bigger_first(geocoder, _towns_of_main_province(kept)), focus)
        or area
    )
    found = []
    institutions = [
        (ent.start_char, ent.end_char) for ent in parsed.ents if ent.label_ in ("ORG", "FAC") and len(ent) > 1
    ]
    for m, p in places.items():
        if m.rule == "capital":  # a toponym is a name; "the capital" is a reference to one
            continue
        seat = _seat_after(m, p, institutions, places, text)
        if seat is not None:
            found.append(Toponym(m.start, m.end, m.text, seat, "context"))
        elif (m in strays or _STREETS_AFTER.match(text, m.end)) and fallback is not None:
            found.append(Toponym(m.start, m.end, m.text, fallback, "context"))
        elif area is not None and _county_elsewhere(m, p, places, area, text):
            found.append(Toponym(m.start, m.end, m.text, area, "context"))
        else:
            found.append(Toponym(m.start, m.end, m.text, _named_point(geocoder, p), "gazetteer"))
    taken = [(t.start, t.end) for t in found]
    sites = _actor_sites(geocoder, actors)
    for start, end, entry in [*sites, *_region_words(geocoder, parsed), *_names_in_entities(geocoder, parsed, focus)]:
        if not _overlaps(start, end, taken):
            named = _country_place(entry)
            seat = _seat_after(Mention("place", text[start:end], start, end, 0), named, institutions, places, text)
            found.append(Toponym(start, end, text[start:end], seat or named, "context" if seat else "gazetteer"))
            taken.append((start, end))
    buildings = _building_names(parsed)
    for start, end, code in _country_words(geocoder, parsed, actors):
        country = geocoder.gazetteer.country(code)
        if country is not None and not _overlaps(start, end, taken) and not _overlaps(start, end, buildings):
            found.append(Toponym(start, end, text[start:end], _country_place(country), "country"))
            taken.append((start, end))
    for ent in parsed.ents:
        if not _toponym_entity(ent) or _overlaps(ent.start_char, ent.end_char, taken):
            continue
        named = geocoder.gazetteer.resolve(ent.text, focus)
        if _PROVINCE_AFTER.match(text, ent.end_char) and (named is None or named.feature == "city"):
            # "the North West and Limpopo provinces": the province of that name, not a hamlet called so
            province = geocoder.gazetteer.resolve(f"{ent.text} Province", focus)
            named = province if province is not None and province.feature == "admin1" else named
        if "." in ent.text and ent.text in US_STATE_ABBREVIATIONS:  # "Walker County (Ga.)", "in Ill."
            named = geocoder.province_named(US_STATE_ABBREVIATIONS[ent.text], "US") or named
        container = _container_after(ent.start_char, ent.end_char, places, text)
        if named is not None and container is not None and named.feature == "city" and not _within(
            named, container, CONTAINER_REACH_KM.get(container.feature or "", 120.0), when_unplaced=True
        ):
            named = None  # "Stroud, Ontario": not the Stroud in England; the gazetteer lacks Ontario's
            fallback_here: Place | None = container
        else:
            fallback_here = fallback
        if named is None and container is None:
            fallback_here = _town_after(ent.start_char, ent.end_char, places, text) or fallback_here
        if named is not None and _plausible(named, focus):
            mention = Mention("place", ent.text, ent.start_char, ent.end_char, 0)
            place = _country_place(named) if named.feature == "country" else geocoder.to_place(named, mention, parsed)
            how = "gazetteer"
        elif fallback_here is not None and not _names_an_actor(ent.start_char, ent.end_char, actors):
            place, how = fallback_here, "context"
        else:
            continue
        found.append(Toponym(ent.start_char, ent.end_char, ent.text, place, how))
        taken.append((ent.start_char, ent.end_char))
    for start, end in _road_numbers(text) if fallback is not None else ():
        if not _overlaps(start, end, taken):
            found.append(Toponym(start, end, text[start:end], fallback, "context"))
            taken.append((start, end))
    for start, end in _dateline_names(text):
        if _overlaps(start, end, taken):
            continue
        named = geocoder.gazetteer.resolve(text[start:end].title(), focus)
        if named is not None:  # the dateline is where the article is written from: no foreign-town doubt
            mention = Mention("place", text[start:end], start, end, 0)
            place = _country_place(named) if named.feature == "country" else geocoder.to_place(named, mention, parsed)
            found.append(Toponym(start, end, text[start:end], place, "gazetteer"))
        elif fallback is not None and DATELINE_UNIT_WORDS & set(text[start:end].lower().split()):
            found.append(Toponym(start, end, text[start:end], fallback, "context"))
    return sorted(found, key=lambda t: t.start)


# What may follow a province's name: "North West province", "the North West and Limpopo provinces".
_PROVINCE_AFTER = re.compile(r"(?:\s+(?:and|or|&)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?\s+[Pp]rovinces?\b")


# Streets named together with their plural ("where Elm and Maple streets meet"): the name is a street's
# of the article's town, not a town of its own.
_STREETS_AFTER = re.compile(r"\s+(?:and|&)\s+[A-Z][\w'’-]*\s+(?:streets|avenues|roads)\b|\s+(?:streets|avenues)\b")


# A dateline opening an article: place names in capitals ("GULU & LIRA,", "FORT X, Texas -",
# "SPRINGFIELD (AP) -"), then a comma, a dash or the agency.
_DATELINE = re.compile(r"\s*([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+)*(?:(?: & | AND |/)[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+)*)*)(?=,|\s*[(—–-])")
_DATELINE_SPLIT = re.compile(r" & | AND |/")
# A capitalised dateline name the gazetteer lacks is still a place with one of these words ("FORT X", "Y COUNTY").
DATELINE_UNIT_WORDS = frozenset({"county", "parish", "camp", "fort", "base", "township"})


# British-style road numbers ("the A1", "the M6", "the B4632"), in an article that speaks of roads.
_ROAD_NUMBER = re.compile(r"(?<![\w-])[ABM]\d{1,4}(?![\w-])")
_ROAD_CUE = re.compile(
    r"\b(?:the|via|on) [ABM]\d{1,4}\b.{0,80}?\b(?:carriageway|roundabout|junction|southbound|northbound|eastbound"
    r"|westbound|motorway|closure|closed|diversion|crash|collision|traffic|lorry|road)\b",
    re.IGNORECASE | re.DOTALL,
)


def _road_numbers(text: str) -> list[tuple[int, int]]:
    """(start, end) of road numbers in an article about roads ("a crash on the A1 near ..."): roads are
    toponyms, put at the article's place (a road runs through the area the story is about). Aircraft ("an
    A380") and paper sizes are no roads: one number must follow "the", "via" or "on" and come with a road
    word."""
    if _ROAD_CUE.search(text) is None:
        return []
    return [(m.start(), m.end()) for m in _ROAD_NUMBER.finditer(text)]


def _bigger_first(geocoder: Geocode, places: Mapping[Mention, Place]) -> dict[Mention, Place]:
    """`places` with bigger towns first, so that of two towns named equally often the bigger is the article's:
    "an Eastside woman ... Houston police" is set in Houston, not in a hamlet called Eastside."""

    def population(item: tuple[Mention, Place]) -> int:
        mention, place = item
        entry = next((e for e in geocoder.gazetteer.lookup(mention.text) if e.gid == place.gazetteer_id), None)
        return entry.population if entry is not None else 0

    return dict(sorted(places.items(), key=population, reverse=True))


def _dateline_town(places: Mapping[Mention, Place], text: str) -> Place | None:
    """The town of the dateline opening the article ("NAIROBI (Reuters) -", "SPRINGFIELD, Ill. -"): where the
    story is written from, and so where its streets and buildings lie."""
    spans = _dateline_names(text)
    for mention, place in places.items():
        if place.feature == "city" and place.latitude is not None and (
            any(start == mention.start for start, _ in spans) or (mention.start < 40 and _dateline(text, mention))
        ):
            return place
    return None


def _dateline_names(text: str) -> list[tuple[int, int]]:
    """(start, end) of the place names of the dateline opening `text`, if any; names of one letter or two
    ("AP", "UK" are read elsewhere) and capitalised headline words in the STOPLIST are left out."""
    match = _DATELINE.match(text)
    if match is None:
        return []
    spans, at = [], match.start(1)
    for part in _DATELINE_SPLIT.split(match.group(1)):
        name = part.strip()
        start = text.index(part, at) + (len(part) - len(part.lstrip()))
        at = start + len(part.lstrip())
        if len(name.replace(".", "")) > 2 and name.casefold() not in STOPLIST:
            spans.append((start, start + len(name)))
    return spans


def _building_names(parsed: Doc) -> list[tuple[int, int]]:
    """Spans of the names of buildings, streets and quarters, which may hold a demonym ("the Swiss Hotel", "the
    Latin Quarter", "the American School"): the building is a toponym of where it stands, seldom the country
    the word names, so the name is placed as a whole, not as the country."""
    return [
        (ent.start_char, ent.end_char) for ent in parsed.ents
        if ent.label_ in ("FAC", "ORG", "GPE", "LOC") and len(ent) > 1 and ent[-1].lower_ in BUILDING_WORDS
    ]  # fmt: skip


def _names_an_actor(start: int, end: int, actors: Sequence[Mention]) -> bool:
    """Whether the words name a knowledge-base actor ("Hizballah", which the parser may tag as a place) or
    are part of one's name ("Sharqia" in "Jaish Usud al-Sharqia"): an organisation is no street or building
    of the article's town."""
    return any(
        m.rule == "actor-kb"
        and (m.start <= start and end <= m.end or min(end, m.end) - max(start, m.start) >= 0.8 * (end - start))
        for m in actors
    )


def _towns_of_main_province(places: Mapping[Mention, Place]) -> dict[Mention, Place]:
    """The article's towns in its most named province (by its towns and itself, the headline counting
    triple) when the article names that province, else all its towns: a story about a Virginia town that
    names a man called like an Alabama hamlet twice is still set in Virginia."""
    towns = {m: p for m, p in places.items() if p.feature == "city"}
    provinces: Counter[tuple[str | None, str]] = Counter()
    for mention, place in places.items():
        if place.admin1 and place.feature in ("city", "admin1"):
            provinces[(place.country_code, place.admin1)] += 3 if mention.sentence < HEADLINE_SENTENCES else 1
    named = {(p.country_code, p.admin1) for p in places.values() if p.feature == "admin1"}
    ranked = provinces.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return towns
    # The gazetteer knows the province of few towns abroad: a province counts when the article names it,
    # or when it holds most of what the article names.
    total = sum(3 if m.sentence < HEADLINE_SENTENCES else 1 for m, p in places.items() if p.feature in ("city", "admin1"))
    if ranked[0][0] not in named and 2 * ranked[0][1] <= total:
        return towns
    country, province = ranked[0][0]
    inside = {m: p for m, p in towns.items() if p.country_code == country and p.admin1 == province}
    return inside or towns


def _container_after(start: int, end: int, places: Mapping[Mention, Place], text: str) -> Place | None:
    """The province a name is written in, "X, Province" or "X in Province", unless the two are items of a
    list ("Kisumu, Nyanza, Kisii and Wajir"); a country after the province makes no list ("Stroud, Ontario,
    Canada")."""
    following = _next_place(end, places, text)
    if following is None:
        return None
    mention, place, between = following
    if between not in (", ", " in ", " in the ") or place.feature == "city" or place.feature not in CONTAINER_REACH_KM:
        return None
    country = text[mention.end : mention.end + 40].removeprefix(", ")
    then_country = any(
        p.feature == "country" and p.country_code == place.country_code and country.startswith(m.text)
        for m, p in places.items() if m.start >= mention.end
    )  # fmt: skip
    name = Mention("place", text[start:end], start, end, 0)
    return place if then_country or not _listed(text, name, mention) else None


def _next_place(end: int, places: Mapping[Mention, Place], text: str) -> tuple[Mention, Place, str] | None:
    """The place named first after offset `end`, with the words between; None when none follows."""
    after = [m for m in places if m.start > end]
    if not after:
        return None
    mention = min(after, key=lambda m: m.start)
    return mention, places[mention], text[end : mention.start]


_COUNTY_AFTER = re.compile(r"^['’]?s?\s+(County|Parish)\b")


def _county_name(mention: Mention, text: str) -> str:
    """A mention's name as a county: with the word "County" or "Parish" that follows it outside the mention
    ("the Hardin County sheriff" where the parser took "Hardin" alone), without a leading "The"."""
    name = re.sub(r"^the\s+", "", mention.text, flags=re.IGNORECASE)
    after = _COUNTY_AFTER.match(text[mention.end : mention.end + 12])
    return f"{name} {after.group(1)}" if after and name.split()[-1:] != [after.group(1)] else name


def _seat_after(
    mention: Mention, place: Place, institutions: Sequence[tuple[int, int]], places: Mapping[Mention, Place], text: str
) -> Place | None:
    """The town an institution named after a place is written in ("the University of Oregon in Portland",
    "Kent State University at Akron"): the place name stands for the institution, which lies in that town."""
    for start, end in institutions:
        if start <= mention.start and mention.end <= end and (start, end) != (mention.start, mention.end):
            town = _town_after(start, end, places, text)
            return town if town is not None and town.gazetteer_id != place.gazetteer_id else None
    return None


def _town_after(start: int, end: int, places: Mapping[Mention, Place], text: str) -> Place | None:
    """The town a name the gazetteer lacks is written in, "X in Town" ("the Ritz in Paris", "a clinic in
    Sirte", "the Grand Hotel, Rimini"): a building, street or square lies in the town named right after it, not
    at the article's main place; not when the two are items of a list ("X, Y and Z")."""
    following = _next_place(end, places, text)
    if following is None:
        return None
    mention, place, between = following
    name = Mention("place", text[start:end], start, end, 0)
    if _IN_TOWN.match(between) or (between == ", " and not _listed(text, name, mention)):
        return place if place.feature == "city" and place.latitude is not None else None
    return None


# What may stand between a name and the town it lies in: "in", "in central", "refugee camp in", "hospital in".
_IN_TOWN = re.compile(r"^(?: [a-z]+){0,2} (?:in|at) (?:central |downtown )?$")


_FROM = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)  # "two men from Bangor": origins may be far
STRAY_TOWN_POPULATION = 50_000
STRAY_KM = 800.0
CLUSTER_KM = 300.0
NEIGHBOUR_KM = 150.0  # a name part with another named place this near is of that area ("Randwick Racecourse", Sydney)


def _stray_towns(geocoder: Geocode, places: Mapping[Mention, Place]) -> set[Mention]:
    """Small towns far from every other place of an article whose other places lie together: "South Side"
    read as a hamlet in Arkansas in a story about Chicago. Such a reading is a namesake's, or a word's; the
    name is more likely a part of the article's own area that the gazetteer lacks."""
    located = {p.gazetteer_id: p for p in places.values() if p.feature != "country" and p.latitude is not None}
    # A stray lies over STRAY_KM from every other place, so it is in no pair within CLUSTER_KM: whether the
    # others lie together is whether any two places do, asked once.
    if len(located) < 3 or not _clustered(list(located.values())):
        return set()
    strays: set[Mention] = set()
    for mention, place in places.items():
        if place.feature != "city" or place.gazetteer_id not in located:
            continue
        others = [p for gid, p in located.items() if gid != place.gazetteer_id]
        if any(_km(place, other) <= STRAY_KM for other in others):
            continue
        entry = next((e for e in geocoder.gazetteer.lookup(mention.text) if e.gid == place.gazetteer_id), None)
        if entry is not None and entry.population < STRAY_TOWN_POPULATION:
            strays.add(mention)
    return strays


def _far_name_parts(
    geocoder: Geocode, places: Mapping[Mention, Place], parsed: Doc, focus: Sequence[str]
) -> set[Mention]:
    """Small towns read from a word that opens a longer name ("Carnegie Library", "Stonewall Golf Club",
    "Hampton Avenue") and that lie over STRAY_KM from the article's main place, taken from its other names.
    Buildings, clubs and streets are named after people and things as often as after towns; one far from
    everything else the article names is a building of the article's own area."""
    parts = [
        m for m, p in places.items()
        if p.feature == "city" and p.latitude is not None and _opens_longer_name(parsed, m)
    ]  # fmt: skip
    if not parts:
        return set()
    others = {m: p for m, p in places.items() if m not in parts}
    area = geocoder.fallback_place(others, focus) if others else None
    if area is None or area.latitude is None or area.feature == "country":
        return set()
    far: set[Mention] = set()
    for mention in parts:
        place = places[mention]
        if _km(place, area) <= STRAY_KM or any(
            _km(place, other) <= NEIGHBOUR_KM
            for other in others.values() if other.latitude is not None and other.gazetteer_id != place.gazetteer_id
        ):
            continue
        entry = next((e for e in geocoder.gazetteer.lookup(mention.text) if e.gid == place.gazetteer_id), None)
        if entry is not None and entry.population < STRAY_TOWN_POPULATION:
            far.add(mention)
    return far


def _opens_longer_name(parsed: Doc, mention: Mention) -> bool:
    """Whether a capitalised word that is no place follows the name in one run: "Carnegie Library"."""
    span = parsed.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or span.end >= len(parsed) or not span[-1].whitespace_:
        return mention.rule == "org-prefix"
    after = parsed[span.end]
    return mention.rule == "org-prefix" or (after.is_alpha and after.text[:1].isupper() and not after.is_stop)


def _clustered(places: Sequence[Place]) -> bool:
    """Whether some two of `places` lie within CLUSTER_KM of each other."""
    return any(_km(a, b) <= CLUSTER_KM for a, b in itertools.combinations(places, 2))


def _km(a: Place, b: Place) -> float:
    return haversine_km(a.latitude or 0.0, a.longitude or 0.0, b.latitude or 0.0, b.longitude or 0.0)


COUNTY_WORDS = frozenset({"county", "parish"})


def _county_elsewhere(
    mention: Mention, place: Place, places: Mapping[Mention, Place], fallback: Place | None, text: str
) -> bool:
    """Whether "X County" was read as a town X in a province the article does not name, while the article's
    own place is in that country: the gazetteer has no counties, and a county is often named after a person
    or a town elsewhere ("Scott County" is not the town of Scott); the article's place is nearer."""
    words = [*mention.text.split(), *text[mention.end : mention.end + 8].split()[:1]]
    if not any(word.casefold() in COUNTY_WORDS for word in words[1:]) or place.feature != "city":
        return False
    if fallback is None or fallback.country_code != place.country_code or fallback.gazetteer_id == place.gazetteer_id:
        return False
    named = {p.admin1 for m, p in places.items() if p.gazetteer_id != place.gazetteer_id}
    return place.admin1 not in named


# Closing words of the names of buildings, streets and city quarters. Not "Embassy": "the British Embassy"
# stands for its country as often as for a building.
BUILDING_WORDS = FACILITY_WORDS | {"quarter"}
_TOPONYM_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Organisations named with a closing FACILITY_WORDS word are buildings or sites: a toponym in geoparsing,
# put at the article's place.
# Words for world regions, their peoples and the bodies named after them ("EU airlines", "African
# development"): toponyms of the region in geoparsing, never places of events. Value: the gazetteer name.
REGION_WORDS: dict[str, str] = {
    "eu": "European Union", "european": "Europe", "europeans": "Europe", "african": "Africa",
    "africans": "Africa", "asian": "Asia", "asians": "Asia", "north american": "North America",
    "south american": "South America", "latin american": "Latin America", "central american": "Central America",
    "middle eastern": "Middle East", "scandinavian": "Scandinavia", "english": "England", "scottish": "Scotland",
    "welsh": "Wales", "kurdish": "Kurdistan",
}  # fmt: skip
# Abbreviations of provinces and cities that news writes alone ("regional NSW", "Small Business BC").
PLACE_ABBREVIATIONS: dict[str, str] = {
    "NSW": "New South Wales", "NYC": "New York City", "B.C.": "British Columbia", "BC": "British Columbia",
    "D.C.": "Washington", "QLD": "Queensland",
}  # fmt: skip
# An abbreviation standing alone ("in NSW", "FrontCounter BC"), not "500 BC".
_PLACE_ABBREVIATION = re.compile(
    r"(?<![\w.])(?<!\d )(?:" + "|".join(re.escape(a) for a in PLACE_ABBREVIATIONS) + r")(?![\w])"
)
STRONG_CITY_POPULATION = 100_000  # a city name inside an organisation's name counts from this size


def _toponym_entity(ent: Any) -> bool:
    if ent.label_ in _TOPONYM_LABELS:
        return True
    return ent.label_ == "ORG" and ent[-1].lower_ in FACILITY_WORDS and len(ent) > 1


def _actor_sites(geocoder: Geocode, actors: Sequence[Mention]) -> list[tuple[int, int, GazetteerEntry]]:
    """Actors named by their seat ("the White House said", "the Kremlin"): the seat is a toponym too."""
    found = []
    for mention in actors:
        if mention.rule != "actor-kb":
            continue
        entry = next((e for e in geocoder.gazetteer.lookup(mention.text) if e.gid.startswith("curated:")), None)
        if entry is not None and entry.feature in ("facility", "airport", "base"):
            found.append((mention.start, mention.end, entry))
    return found


def _region_words(geocoder: Geocode, parsed: Doc) -> list[tuple[int, int, GazetteerEntry]]:
    """(start, end, place) of region words ("European", "North American", "EU") and of place
    abbreviations ("NSW", "B.C."; "BC" not after a number: "500 BC")."""
    found: list[tuple[int, int, GazetteerEntry]] = []
    tokens = list(parsed)
    i = 0
    while i < len(tokens):
        token = tokens[i]
        pair = f"{token.lower_} {tokens[i + 1].lower_}" if i + 1 < len(tokens) else ""
        if pair in REGION_WORDS and token.text[:1].isupper():
            name, width = REGION_WORDS[pair], 2
        elif token.lower_ in REGION_WORDS and token.text[:1].isupper() and (token.lower_ != "eu" or token.text == "EU"):
            name, width = REGION_WORDS[token.lower_], 1
        elif token.text in PLACE_ABBREVIATIONS and not (i and tokens[i - 1].like_num and token.text == "BC"):
            name, width = PLACE_ABBREVIATIONS[token.text], 1
        else:
            i += 1
            continue
        entry = geocoder.gazetteer.resolve(name)
        if entry is not None:
            found.append((token.idx, tokens[i + width - 1].idx + len(tokens[i + width - 1].text), entry))
        i += width
    return found


def _names_in_entities(
    geocoder: Geocode, parsed: Doc, focus: Sequence[str]
) -> list[tuple[int, int, GazetteerEntry]]:
    """Well-known place names inside the names of organisations, events and products: "Air Zimbabwe",
    "HSBC Malta", "Dubai Police", "the Muscat International Film Festival".

    Only strong readings count (a country, a continent, a province of the article's country, a city of
    STRONG_CITY_POPULATION people), so that "Morgan Stanley" does not become a town.
    """
    found: list[tuple[int, int, GazetteerEntry]] = []
    text = parsed.user_data.get("sigacts:text") or parsed.text
    for ent in parsed.ents:
        if ent.label_ not in ("ORG", "EVENT", "PRODUCT", "WORK_OF_ART", "FAC"):
            continue
        taken: list[tuple[int, int]] = []
        for length in (3, 2, 1):
            for i in range(ent.start, ent.end - length + 1):
                span = parsed[i : i + length]
                if not all(t.text[:1].isupper() for t in span) or _overlaps(span.start_char, span.end_char, taken):
                    continue
                if not geocoder.gazetteer.is_place_name(span.text):
                    continue
                entry = geocoder.gazetteer.resolve(span.text, focus)
                if entry is not None and _strong_reading(entry, focus) and not _town_for_water(
                    entry, text, Mention("place", span.text, span.start_char, span.end_char, 0)
                ):
                    found.append((span.start_char, span.end_char, entry))
                    taken.append((span.start_char, span.end_char))
    return found


def _strong_reading(entry: GazetteerEntry, focus: Sequence[str]) -> bool:
    if entry.feature in ("country", "continent"):
        return True
    if entry.feature == "admin1":
        return entry.country_code in focus[:FOCUS_DEPTH]
    return entry.feature == "city" and entry.population >= STRONG_CITY_POPULATION


def _country_words(geocoder: Geocode, parsed: Doc, actors: Sequence[Mention]) -> list[tuple[int, int, str]]:
    """(start, end, ISO2) of country names taken as actors and of every capitalised demonym, also inside
    an actor's name ("Turkish" in "Turkish troops")."""
    found = [(m.start, m.end, m.label.split(":", 1)[1]) for m in actors if m.rule in ("country", "demonym")]
    demonyms = geocoder.gazetteer.demonyms()
    tokens = list(parsed)
    for i, token in enumerate(tokens):
        if not token.text[:1].isupper():
            continue
        pair = f"{token.lower_} {tokens[i + 1].lower_}" if i + 1 < len(tokens) and tokens[i + 1].text[:1].isupper() else ""
        if pair in demonyms:  # "South Korean", "New Zealander"
            found.append((token.idx, tokens[i + 1].idx + len(tokens[i + 1].text), demonyms[pair]))
            continue
        code = demonyms.get(token.lower_)
        if not code and token.text.isupper():  # "US Special Forces", "U.S.-led", "the UAE"
            code = COUNTRY_ABBREVIATIONS.get(token.text.replace(".", ""))
        if not code and token.lower_.endswith("an") and token.is_alpha and len(token) > 4:
            code = _country_name_word(geocoder, token.text[:-1])  # "Korean": of Korea
        if code:
            found.append((token.idx, token.idx + len(token.text), code))
    return found


def _country_name_word(geocoder: Geocode, name: str) -> str | None:
    """ISO2 of the country whose own name `name` is ("Korea"), not a demonym or an abbreviation."""
    code = geocoder.gazetteer.country_code_for(name)
    return code if code and name.casefold() not in geocoder.gazetteer.demonyms() and not name.isupper() else None


def _named_point(geocoder: Geocode, place: Place) -> Place:
    """A country named as a place is its GeoNames point here, near its centre, and a province whose point is its
    seat the middle of its towns (the pipeline puts country-wide and province-wide events at the capital)."""
    if place.feature == "admin1" and place.country_code and place.admin1 and place.latitude is not None:
        middle = geocoder.gazetteer.province_middle(place.country_code, place.admin1, place.latitude, place.longitude or 0.0)
        return place if middle is None else replace(place, latitude=middle[0], longitude=middle[1])
    if place.feature != "country" or place.country_code is None:
        return place
    country = geocoder.gazetteer.country(place.country_code)
    return place if country is None else replace(place, latitude=country.latitude, longitude=country.longitude)


def _country_place(entry: GazetteerEntry) -> Place:
    return Place(entry.name, entry.country_code, entry.latitude, entry.longitude, 3, None, None, entry.gid, entry.feature)


def _overlaps(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(start < s_end and s_start < end for s_start, s_end in spans)


# The word closing a place description ("Tanab village", "Afrin district") and the gazetteer features it
# favours; the name is looked up without it unless the whole phrase is a known name ("Tishrin Dam").
DESCRIPTION_KINDS: dict[str, tuple[str, ...]] = {
    "village": ("city",), "town": ("city",), "city": ("city",), "suburb": ("city", "neighbourhood"),
    "neighbourhood": ("neighbourhood", "city"), "neighborhood": ("neighbourhood", "city"),
    "locality": ("city",), "hamlet": ("city",), "farm": ("city",), "farms": ("city",),
    "district": ("district", "admin2", "city"), "subdistrict": ("district", "admin2", "city"),
    "sub-district": ("district", "admin2", "city"), "governorate": ("admin1",), "province": ("admin1",),
    "region": ("region", "admin1"), "area": ("region", "city"), "mountain": ("mountain", "region"),
    "mountains": ("mountain", "region"), "camp": ("camp", "city"), "valley": ("valley", "region"),
}  # fmt: skip


def geocode_description(gazetteer: Gazetteer, description: str, country: str | None) -> GazetteerEntry | None:
    """The place a short description names inside `country` (ISO2): "Teir Maaleh village", "Tadmur/Palmyra town".

    The whole phrase is tried first, then alternatives split on "/" and parenthesised names, then each
    without leading direction words ("Northern Hama Governorate") and trailing words for sites and areas
    ("Deir ez-Zor airport" is placed at the town), then the place after "of" ("silos east of Palmyra").
    The closing kind word ("village", "district", "governorate") chooses among same-named candidates.
    Only places in the country count, or the country itself; None when nothing there has the name.
    """
    for phrase, features in _description_readings(description):
        entry = _in_country(gazetteer, phrase, country, features)
        if entry is not None:
            return entry
    return None


# Words before or after a name in a description that qualify it without being part of it.
DIRECTION_WORDS = frozenset(
    {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "far", "upper",
     "lower", "greater", "rural", "northeastern", "northwestern", "southeastern", "southwestern", "northeast",
     "northwest", "southeast", "southwest", "outskirts", "near", "around", "the"}
)  # fmt: skip
SITE_WORDS = frozenset(
    {"airport", "airbase", "air", "base", "military", "dam", "gas", "oil", "field", "fields", "pocket", "enclave",
     "countryside", "outskirts", "crossing", "border", "checkpoint", "prison", "hospital", "bridge", "roundabout",
     "junction", "highway", "road", "silos", "poultry", "plain", "plains", "desert", "front", "frontline",
     "station", "factory", "university", "stadium", "square", "market", "mosque", "church", "school", "hills",
     "hill", "pass", "lake", "river", "quarter", "suburbs", "surroundings", "environs", "periphery", "areas"}
)  # fmt: skip


def _description_readings(description: str) -> list[tuple[str, tuple[str, ...]]]:
    """The phrases to look up for a description, most literal first, each with the features it favours."""
    text = " ".join(description.replace("\u2019", "'").split())
    inner = re.findall(r"\(([^()]*)\)", text)
    outer = re.sub(r"\([^()]*\)", " ", text)
    readings: list[tuple[str, tuple[str, ...]]] = []
    for part in [text, *_alternatives(" ".join(outer.split())), *inner]:
        words = part.split()
        kind = words[-1].casefold() if len(words) > 1 and words[-1].casefold() in DESCRIPTION_KINDS else ""
        features = DESCRIPTION_KINDS.get(kind, ("city",))
        core = words[:-1] if kind else words
        readings += [(" ".join(words), features), (" ".join(core), features)]
        while core and core[0].casefold() in DIRECTION_WORDS:
            core = core[1:]
        readings += [(" ".join([*core, kind]), features), (" ".join(core), features)]
        while len(core) > 1 and core[-1].casefold() in SITE_WORDS | DESCRIPTION_KINDS.keys():
            core = core[:-1]
        readings.append((" ".join(core), ("city",) if core != words else features))
        lowered = [w.casefold() for w in core]
        if "of" in lowered[:-1]:
            readings.append((" ".join(core[lowered.index("of") + 1 :]), ("city",)))
    return [reading for reading in dict.fromkeys(readings) if reading[0]]


def _alternatives(text: str) -> list[str]:
    """ "Tadmur/Palmyra town" -> ["Tadmur town", "Palmyra town"]: the closing kind word applies to each."""
    if "/" not in text:
        return [text]
    words = text.split()
    kind = words[-1] if words[-1].casefold() in DESCRIPTION_KINDS else ""
    parts = [part.strip() for part in (text[: -len(kind)] if kind else text).split("/")]
    return [f"{part} {kind}".strip() for part in parts if part]


def _in_country(
    gazetteer: Gazetteer, name: str, country: str | None, features: Sequence[str]
) -> GazetteerEntry | None:
    candidates = [
        entry for entry in gazetteer.lookup(name)
        if country is None or entry.country_code == country
    ]  # fmt: skip
    if not candidates:
        return None
    return min(candidates, key=lambda e: features.index(e.feature) if e.feature in features else len(features))
