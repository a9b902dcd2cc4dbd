"""Mentions stage: actors, places, times and numbers named in each sentence.

spaCy's NER misses many conflict-zone names (it tags "Qalamoun" as DATE), so actor mentions come from a
phrase matcher fed by the actor knowledge base, and place mentions from gazetteer matching of proper-noun
runs, with spaCy's entities as a second source.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date
from difflib import SequenceMatcher
from typing import Any, ClassVar

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from sigacts.pipeline.base import Document
from sigacts.records import Mention, Sentence
from sigacts.resources.actors import ActorBase
from sigacts.resources.gazetteer import ADMIN_UNIT_WORDS, Gazetteer, normalise_place_name
from sigacts.resources.generic_actors import GENERIC_ACTOR_KINDS
from sigacts.resources.spelling import english_words
from sigacts.stages.numbers import find_quantities
from sigacts.stages.timex import find_time_expressions

# Plural nouns that name a kind of actor without naming a group; resolved later to generic actors.
GENERIC_ACTOR_WORDS: frozenset[str] = frozenset(GENERIC_ACTOR_KINDS)
# The general strikes whose enforcers and organisers picket shops and roads ("bandh enforcers", "strike organisers").
SHUTDOWN_WORDS = ("strike", "bandh", "banda", "band", "hartal", "shutdown", "blockade")
SHUTDOWN_PEOPLE = ("enforcers", "enforcer", "organizers", "organisers", "organizer", "organiser")
# "law enforcement officers", "law-enforcement agencies": the police, as "law enforcers" are.
ENFORCEMENT_STAFF = ("officers", "officer", "agencies", "agency", "personnel", "officials", "forces", "authorities")
# Two-word generic actors whose head alone names no one: "law enforcers" (South Asian reporting) are the
# police, while other enforcers ("bandh enforcers") are strike pickets, protesters; an "air force" is the military.
GENERIC_PAIRS: dict[tuple[str, str], str] = {
    ("law", "enforcers"): "police", ("law", "enforces"): "police", ("law", "enforcer"): "police",
    ("air", "force"): "military", ("air", "forces"): "military",
    **{(shutdown, enforcer): "protesters" for shutdown in SHUTDOWN_WORDS for enforcer in SHUTDOWN_PEOPLE},
    **{("enforcement", staff): "police" for staff in ENFORCEMENT_STAFF},
}  # fmt: skip


# Buildings and streets named after a group or a word that is also one ("the Ikhwan Hotel", "Hamas Street").
BUILDING_WORDS = frozenset({"Hotel", "Hospital", "School", "College", "University", "Mosque", "Market", "Road", "Street",
                            "Chowk", "Bridge", "Stadium", "Square", "Hall", "Cinema", "Restaurant", "Guest"})  # fmt: skip


def _names_a_building(span: Span) -> bool:
    """A group's name that opens a building's or a street's name ("a grenade hit the Ikhwan Hotel"): the place."""
    after = span.doc[span.end] if span.end < len(span.doc) else None
    return after is not None and after.text in BUILDING_WORDS


def _after_place_preposition(ent: Span) -> bool:
    """ "clashed with the rebels at Kori Dala": a name spaCy calls ORG right after a place preposition, with
    no group word in it ("army", "front", "brigade"...), is a village the gazetteer lacks, not a group."""
    return (ent.start > 0 and ent.doc[ent.start - 1].lower_ in PLACE_PREPOSITIONS
            and not {t.lower_ for t in ent} & ORG_WORDS)  # fmt: skip


# "the rebel group ZLF", "a militant outfit called KPM": an armed group's noun followed by the group's initials
GROUP_APPOSITION_NOUNS = frozenset({"group", "outfit", "faction", "movement", "militia", "organisation", "organization"})
ARMED_GROUP_CUES = frozenset({"rebel", "militant", "armed", "insurgent", "separatist", "jihadist", "terror",
                              "terrorist", "extremist", "underground", "guerrilla", "splinter", "outfit", "militia"})
ACRONYM = re.compile(r"^[A-Z][A-Z0-9-]{1,6}$")
NAMING_VERBS = frozenset({"called", "named", "dubbed"})  # "a militia called DPRM"
INITIALS = "initials:"  # the label of an armed group's initials the text names it by, then the ACLED actor type


def _acronyms_named_as_groups(parsed: Doc) -> list[tuple[Span, str]]:
    """Initials that an armed group's noun just before them makes a group's name ("fighting with the new rebel
    group IMLR", "a militant outfit named ZLF"), with the actor type the noun gives: kept as an actor even when
    spaCy and the knowledge base do not know it. A "student group" or "rights group" is left alone."""
    found = []
    for token in parsed:
        if not ACRONYM.match(token.text) or token.i < 2:
            continue
        noun = token.nbor(-1)
        if noun.lower_ in NAMING_VERBS:
            noun = token.nbor(-2)
        if noun.lower_ not in GROUP_APPOSITION_NOUNS:
            continue
        cues = {t.lemma_.lower() for t in parsed[max(0, noun.i - 2) : noun.i + 1]}
        if cues & ARMED_GROUP_CUES:
            kind = "Political militia" if "militia" in cues else "Rebel group"
            found.append((parsed[token.i : token.i + 1], kind))
    return found


def _generic_pair(token: Token) -> str | None:
    """ "law enforcers arrested 40 people" (also the slip "law enforces"), "the air force bombed": the
    generic kind a two-word phrase ending at `token` names, or None."""
    if token.i == 0 or token.pos_ not in ("NOUN", "PROPN", "VERB"):
        return None
    return GENERIC_PAIRS.get((token.nbor(-1).lower_, token.lower_))
ORG_WORDS = frozenset(
    {"army", "front", "brigade", "brigades", "battalion", "forces", "force", "movement", "party", "council",
     "committee", "state", "group", "militia", "organization", "organisation", "ministry", "agency", "news",
     "observatory", "union", "corps", "guard", "jaish", "jabhat", "liwa", "harakat", "media", "center", "centre",
     "rights", "watch", "institute", "university", "company", "bank", "foundation", "association", "network"}
)  # fmt: skip
WORD_LABEL = "word"  # the label of a place mention that is more likely an English word (see `_word_for_a_place`)
MAX_INITIALS = 5  # "KSTU", "NITEK": the initials of a body's name are rarely longer
PERSON_NAME_PARTICLES = frozenset({"abu", "abou", "umm", "bin", "ibn", "bint", "sheikh", "shaykh"})
MAX_PLACE_TOKENS = 5
PLACE_CONNECTORS = frozenset({"al", "el", "a", "as", "ash", "ad", "ar", "at", "az", "an", "-", "de", "ul", "bin", "ibn"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
POSSESSIVES = frozenset({"'s", "\u2019s"})
NON_PLACE_LABELS = frozenset({"ORG", "NORP", "WORK_OF_ART", "LAW", "EVENT", "PRODUCT", "LANGUAGE"})
MISLABELLED_PLACE_LABELS = frozenset({"WORK_OF_ART", "EVENT", "PRODUCT"})
# A sentence's first word is a name only when the model tagged it as one; towns opening a sentence are often
# tagged NORP or ORG ("Bulawayo vendors closed their stalls").
SENTENCE_START_LABELS = PLACE_LABELS | {"NORP", "ORG"}


# Common misspellings of group words that papers print ("Baloch seperatists"); `alias_tokens` folds them back.
_MISSPELLED = ((re.compile(r"(?i)\bsepara(?=tis)"), "sepera"),)

# An acronym and its faction's name ("NSCN-Khaplang", "ULFA-Independent"), which papers also write in brackets.
_ACRONYM_FACTION = re.compile(r"([A-Z]{2,})-([A-Z][a-z][\w-]*)")


# "SSA-N", "NSCN-K": initials and a faction's one letter.
_ONE_LETTER_FACTION = re.compile(r"^[A-Z]{2,}-[A-Z]$")


def _jurisdiction(token: Token) -> bool:
    """ "at Kalipur village under Rampur police station": a police station's area that only says where a place
    lies (South Asian reports locate villages so), with no police in it."""
    doc = token.doc
    if token.lower_ != "police" or token.i + 1 >= len(doc) or doc[token.i + 1].lower_ not in ("station", "thana"):
        return False
    before = [t.lower_ for t in doc[max(token.i - 4, 0) : token.i]]
    return "under" in before and doc[token.i - 1].text[:1].isupper()


def _spellings(alias: str) -> list[str]:
    """An alias as written and as papers also write it: "al-Qaeda" as "al Qaeda", "NSCN(K)" as "NSCN (K)",
    "Baloch separatists" as "Baloch seperatists" (the matcher compares spaCy tokens, which split these
    differently; `resolve` confirms every hit)."""
    spaced = re.sub(r"(?<=\w)\(", " (", alias.replace("-", " "))
    found = [alias] if spaced == alias else [alias, spaced]
    faction = _ACRONYM_FACTION.fullmatch(alias)
    if faction is not None:  # "NSCN-Khaplang" as "NSCN (Khaplang)": the faction's name in brackets
        found.append(f"{faction.group(1)} ({faction.group(2)})")
    if _ONE_LETTER_FACTION.search(alias):  # "SSA-N." at the end of a sentence: the tokenizer keeps "N." whole
        found.append(f"{alias}.")
    for pattern, wrong in _MISSPELLED:
        found += [variant for variant in (pattern.sub(wrong, s) for s in found) if variant not in found]
    return found


class Mentions:
    """Find actor, place, time and number mentions, each with its sentence and rule."""

    name: ClassVar[str] = "mentions"
    version: ClassVar[str] = "1"
    requires: ClassVar[tuple[str, ...]] = ("spacy_doc", "sentences")
    provides: ClassVar[tuple[str, ...]] = ("actor_mentions", "place_mentions", "time_mentions", "number_mentions")

    def __init__(self, nlp: Language, actors: ActorBase, gazetteer: Gazetteer) -> None:
        self.actors = actors
        self._definition_cache: dict[tuple[str, str, date | None], tuple[str, str] | None] = {}
        self.gazetteer = gazetteer
        self.is_english_word = english_words(nlp)
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.folded = PhraseMatcher(nlp.vocab, attr="LOWER")
        exact: dict[str, list[Doc]] = {}
        folded: dict[str, list[Doc]] = {}
        for alias, actor_id in actors.patterns():
            # Short all-capital aliases (IS, SDF) are matched case-sensitively: "is" is not a group.
            target = exact if alias.isupper() and len(alias) <= 6 else folded
            target.setdefault(actor_id, []).extend(nlp.make_doc(spelling) for spelling in _spellings(alias))
        for actor_id, docs in exact.items():
            self.exact.add(actor_id, docs)
        for actor_id, docs in folded.items():
            self.folded.add(actor_id, docs)

    def __call__(self, doc: Document) -> Mapping[str, Any]:
        parsed: Doc = doc["spacy_doc"]
        sentences: list[Sentence] = doc["sentences"]
        starts = [s.start for s in sentences]
        actor_mentions = self.find_actors(parsed, starts, doc.article.published)
        # Countries and demonyms may name a state actor and a place at once; they do not block places. Nor does
        # an "organisation" the model ran across a locative preposition ("Farmers at Karnal") or that ends in
        # an administrative unit ("Ramnagar Jessore Sadar upazila").
        # Nor does a group named after its town where the text means the town ("a school in Kisii").
        taken = [
            (m.start, m.end) for m in actor_mentions
            if m.rule not in ("country", "demonym") and not (m.rule == "spacy-ner" and _place_like_entity(m.text))
            and not (m.rule == "actor-kb" and _town_after_locative(parsed, m))
        ]  # fmt: skip
        kb_taken = [(m.start, m.end) for m in actor_mentions if m.rule == "actor-kb"]
        return {
            "actor_mentions": actor_mentions,
            "place_mentions": self.find_places(parsed, starts, taken, kb_taken),
            "time_mentions": list(_per_sentence(sentences, "time", find_time_expressions)),
            "number_mentions": list(_per_sentence(sentences, "number", find_quantities)),
        }

    def _capitalised_word(self, ent: Span) -> bool:
        """ "Fierce fighting broke out": one adjective the model took for an organisation because it opens the
        sentence with a capital (nouns stay: "Commuters set vehicles on fire" names people)."""
        return len(ent) == 1 and not ent.text.isupper() and ent[0].pos_ == "ADJ" and self.is_english_word(ent[0].lower_)

    def _common_word(self, span: Span) -> bool:
        """A one-word name written in lower case where it is an ordinary English noun ("health levies",
        "park rangers", "a party congress"): the word, not the force or party the capitalised name is."""
        return len(span) == 1 and span.text.islower() and span[0].pos_ == "NOUN" and self.is_english_word(span.text)

    def _inside_a_name(self, span: Span) -> bool:
        """The words are part of a longer name of a place or a building ("Tal Afar", "the Ikhwan Hotel")."""
        return self._ends_a_place_name(span) or _names_a_building(span)

    def _ends_a_place_name(self, span: Span) -> bool:
        """The name is the last word or words of a longer place name: "Afar" (the people) in "Tal Afar" (the
        Iraqi town)."""
        doc = span.doc
        for k in (1, 2):
            first = span.start - k
            if first < 0 or not doc[first].text[:1].isupper() or doc[first].is_stop:  # not "The BLA"
                return False
            if self.gazetteer.is_place_name(doc[first : span.end].text):
                return True
        return False

    def find_actors(self, parsed: Doc, starts: Sequence[int], when: date | None = None) -> list[Mention]:
        """Knowledge-base aliases (longest match wins), spaCy ORG entities, generic actor nouns."""
        spans = [
            (parsed[s:e], actor_id, "actor-kb")
            for key, s, e in self.exact(parsed)
            if self._existed(actor_id := parsed.vocab.strings[key], when) and not self._inside_a_name(parsed[s:e])
        ]
        for key, s, e in self.folded(parsed):
            if self._common_word(parsed[s:e]) or self._inside_a_name(parsed[s:e]):
                continue
            # The case-blind match is confirmed by the base's own rules (letter case, lifecycle).
            entry = self.actors.resolve(parsed[s:e].text, when=when)
            candidates = [entry] if entry is not None else self.actors.candidates(parsed[s:e].text)
            candidates = [c for c in candidates if self.actors.existed(c, when)]  # not "SSA" of 2021 in 2015
            if candidates:
                spans.append((parsed[s:e], candidates[0].actor_id, "actor-kb"))
        # before spaCy's own reading of the same initials, which would win a tie
        spans += [(span, f"{INITIALS}{kind}", "spacy-ner") for span, kind in _acronyms_named_as_groups(parsed)]
        spans += [(ent, "", "spacy-ner") for ent in parsed.ents
                  if ent.label_ == "ORG" and not self._is_place(ent) and not self._capitalised_word(ent)
                  and not _after_place_preposition(ent)]  # fmt: skip
        spans += [
            (parsed[t.i : t.i + 1], f"generic:{t.lower_}", "generic-noun")
            for t in parsed
            if t.lower_ in GENERIC_ACTOR_WORDS and t.pos_ in ("NOUN", "PROPN") and not _jurisdiction(t)
        ]
        spans += [(parsed[t.i - 1 : t.i + 1], f"generic:{kind}", "generic-noun") for t in parsed
                  if (kind := _generic_pair(t)) is not None]  # fmt: skip
        spans += self._states(parsed)
        spans = self._as_defined(parsed, spans, when)
        spans = [(span, label, rule) for span, label, rule in spans if not _ties_of_another_group(span)]
        return _longest_first(
            Mention("actor", span.text, span.start_char, span.end_char, _sentence_of(starts, span.start_char), label, rule)
            for span, label, rule in spans
        )

    def _as_defined(
        self, parsed: Doc, spans: list[tuple[Span, str, str]], when: date | None
    ) -> list[tuple[Span, str, str]]:
        """Abbreviations read as the text defines them: after "the People's Party of Rampur (PPP)", "PPP" is
        that party, not the knowledge base's Pakistan Peoples Party. A definition whose words are a spelling
        of one of the actor's names ("Border Security Forces (BSF)") leaves the reading alone."""
        defined: dict[str, tuple[str, str]] = {}  # abbreviation -> (actor id, rule) it stands for here
        taken = {span.text for span, _, rule in spans if rule == "actor-kb"}
        for long_name, short in _definitions(_text_of(parsed)):
            if short not in taken or short in defined:
                continue  # only a reading the base made can be wrong
            reading = self._defined_as(long_name, short, when)
            if reading is not None:
                defined[short] = reading
        if not defined:
            return spans
        return [
            (span, *defined[span.text]) if rule == "actor-kb" and span.text in defined else (span, label, rule)
            for span, label, rule in spans
        ]

    def _defined_as(self, long_name: str, short: str, when: date | None) -> tuple[str, str] | None:
        """What an abbreviation the base knows stands for where a text defines it by `long_name`: None when the
        definition spells one of the base actor's names, else the actor the long name resolves to, else a new
        body of that name."""
        key = (long_name, short, when)
        if key not in self._definition_cache:
            if len(self._definition_cache) >= DEFINITION_CACHE_SIZE:
                self._definition_cache.clear()
            entry = self.actors.resolve(short, when=when)
            reading: tuple[str, str] | None = None
            if entry is not None and not _spells_a_name(long_name, entry.all_names()):
                named = self.actors.resolve(long_name, when=when)
                reading = (named.actor_id, "actor-kb") if named is not None else (DEFINED + long_name, "spacy-ner")
            self._definition_cache[key] = reading
        return self._definition_cache[key]

    def _existed(self, actor_id: str, when: date | None) -> bool:
        entry = self.actors.get(actor_id)
        return entry is None or self.actors.existed(entry, when)

    def _is_place(self, ent: Span) -> bool:
        """spaCy calls many Middle-East towns ORG ("Kafr Nabl") and South-Asian units too ("Narsingdi Sadar
        Upazila"); a gazetteer name, perhaps followed by unit words, with no group word is a place."""
        words = {t.lower_ for t in ent}
        if words & ORG_WORDS:
            return False
        parts = _list_items(_strip_determiner(ent))
        # "Samba and Jammu": spaCy often joins a list of towns into one ORG entity.
        return all(self.gazetteer.is_place_name(part) and bool(self.gazetteer.lookup(part)) for part in parts)

    def _states(self, parsed: Doc) -> list[tuple[Span, str, str]]:
        """Country names and demonyms, which can name a state actor ("attacks on Lebanon", "US hardware")."""
        found: list[tuple[Span, str, str]] = []
        demonyms = self.gazetteer.demonyms()
        text = _text_of(parsed)
        for ent in parsed.ents:
            if ent.label_ == "GPE":
                span = _strip_determiner(ent)
                entry = self._country_named(span.text)
                if entry is not None and not _stance_prefixed(text, span.start_char):
                    found.append((span, f"country:{entry}", "country"))
        for token in parsed:
            # "Iraqis", "Palestinians": the plural noun names the people of the country too
            code = demonyms.get(token.lower_) or (demonyms.get(token.lower_[:-1]) if token.lower_.endswith("s") else None)
            if not code or not token.text[:1].isupper() or _stance_prefixed(text, token.idx):
                continue
            if token.pos_ in ("ADJ", "PROPN", "NOUN"):
                found.append((parsed[token.i : token.i + 1], f"demonym:{code}", "demonym"))
        return found

    def _country_named(self, text: str) -> str | None:
        code = self.gazetteer.country_code_for(text)
        if code is None:
            return None
        return code if any(e.feature == "country" for e in self.gazetteer.lookup(text)) or text.isupper() else None

    def find_places(
        self,
        parsed: Doc,
        starts: Sequence[int],
        taken: Sequence[tuple[int, int]],
        kb_taken: Sequence[tuple[int, int]] = (),
    ) -> list[Mention]:
        """Proper-noun runs and spaCy GPE/LOC/FAC entities that the gazetteer knows, and places that open
        an organisation's name ("the Hyderabad Press Club") unless a knowledge-base actor holds them."""
        found: list[Mention] = [
            Mention("place", span.text, span.start_char, span.end_char, _sentence_of(starts, span.start_char), "", rule)
            for span, rule in self._org_prefix_places(parsed)
            if not _overlaps(span.start_char, span.end_char, kb_taken)
        ]  # fmt: skip
        demonyms = self.gazetteer.demonyms()
        held: list[Span] = []  # names the model took for people, kept for the list test below
        for span in _candidate_place_spans(parsed, self.gazetteer.is_place_name, self._before_province):
            if _overlaps(span.start_char, span.end_char, taken):
                continue
            text = span.text
            if len(text) <= 3 and text.isupper():
                continue  # "US", "UN", "IS": abbreviations, handled as actors when they are countries
            if self._abbreviation(span):
                continue  # "KSTU", "BRIC": a body's initials that some small town abroad happens to spell
            if text.lower() in demonyms or self._nisba(span):
                continue  # "Saudi", "Lebanese", "Abu Haidara a-Tunisi": nationality or a man's name
            if not (self.gazetteer.is_place_name(text) or self._unit_named_like_a_word(span)) or _names_a_street(span):
                continue
            if _inside_longer_name(span, self.gazetteer.is_place_name) and not self._known_by_itself(span):
                continue  # "Supreme" in "Supreme Court", "Hayes" in "Mitsubishi Hayes", "Chin" in "Koh Anlong Chin"
            person = any(t.ent_type_ == "PERSON" for t in span) and not any(t.ent_type_ in PLACE_LABELS for t in span)
            if person and not self._strong_place(span):
                held.append(span)
                continue
            span = self._with_unit_word(span)
            text = span.text
            sentence = _sentence_of(starts, span.start_char)
            label = WORD_LABEL if self._word_for_a_place(span) else ""
            found.append(Mention("place", text, span.start_char, span.end_char, sentence, label, "gazetteer"))
        found += _listed_with_places(held, found, starts)
        found += [
            Mention("place", span.text, span.start_char, span.end_char, _sentence_of(starts, span.start_char), "",
                    "org-prefix")
            for span in self._police_places(parsed)
        ]  # fmt: skip
        found += _repeated_names(parsed, found, starts, taken)
        text = _text_of(parsed)
        found += _capital_references(text, starts)
        found += _us_state_abbreviations(text, starts)
        return _longest_first(self._without_people(parsed, found))

    def _without_people(self, parsed: Doc, found: list[Mention]) -> list[Mention]:
        """Drop one-word names that the article uses for a person (see `_person_names`): "Kelly" after
        "John Kelly", though the model once tagged it ORG there. One name keeps one sense in an article; a
        famous place keeps its place reading ("Jordan", "Washington", see `_famous`), and so does
        a name the model tags as a place there or that a locative preposition introduces ("lives in Kelly")."""
        people = _person_names(parsed)
        if not people:
            return found
        kept = []
        for mention in found:
            if mention.rule in ("gazetteer", "org-prefix") and mention.text in people:
                span = parsed.char_span(mention.start, mention.end)
                tagged_place = span is not None and any(t.ent_type_ in PLACE_LABELS for t in span)
                if span is None or not (
                    tagged_place or _after_locative(span) or self._famous(mention.text) or _framed_as_place(span)
                ):
                    continue
            kept.append(mention)
        return kept

    def _famous(self, name: str) -> bool:
        """A country, province, curated place, national capital or city of FAMOUS_CITY_POPULATION people:
        a place whose name its namesakes do not take over ("Jordan", "Washington")."""
        for entry in self.gazetteer.lookup(name):
            if entry.feature != "city" or entry.population >= FAMOUS_CITY_POPULATION:
                return True
            capital = self.gazetteer.capital(entry.country_code or "")
            if capital is not None and capital.gid == entry.gid:
                return True
        return False

    def _org_prefix_places(self, parsed: Doc) -> Iterable[tuple[Span, str]]:
        """The place that opens an organisation's name: "Jaipur" in "Jaipur Municipal Corporation", with
        its rule ("org-prefix").

        Local bodies, press clubs, universities and party branches are named after their town, and notes
        often name the town no other way; the longest known prefix (up to three words) is taken. An
        institution named "of" a town gives that town instead (see `_site_of`). An English word that only
        small towns bear ("Pine College", "Savings Bank") is rule "org-word": more likely the body's own
        word than its town, so events take no place from it (toponym recognition still counts it).
        """
        for ent in parsed.ents:
            if ent.label_ != "ORG":
                continue
            ent = _strip_determiner(ent)
            site = self._site_of(ent)
            if site is not None:
                yield site, "org-prefix"
                continue
            for length in range(min(3, len(ent) - 1), 0, -1):
                prefix = ent[:length]
                demonym = prefix.text.lower() in self.gazetteer.demonyms()
                if demonym or prefix[-1].lower_ in PLACE_CONNECTORS:
                    continue
                if prefix[0].pos_ != "PROPN":
                    break  # "Farmers at ...": a common noun opens it, and some town has it as an old name
                if self._abbreviation(prefix):
                    break  # "KSTU University": the body's initials
                if self.gazetteer.is_place_name(prefix.text) and not self._nisba(prefix) and not _names_a_street(prefix):
                    yield prefix, "org-word" if self._word_of_the_name(prefix) else "org-prefix"
                    break

    def _with_unit_word(self, span: Span) -> Span:
        """ "in northern Shan state": a name with its unit word written in lower case is the unit the gazetteer
        knows by both ("Shan State"), not a town spelt like the bare name ("Shancheng")."""
        doc = span.doc
        if span.end >= len(doc) or not doc[span.end].is_lower or doc[span.end].lower_ not in ADMIN_UNIT_WORDS:
            return span
        longer = doc[span.start : span.end + 1]
        entries = self.gazetteer.lookup(longer.text) if self.gazetteer.is_place_name(longer.text) else []
        return longer if any(e.feature == "admin1" for e in entries) else span

    def _before_province(self, span: Span) -> bool:
        """Whether a comma and a province or state follow the name: "Sangrur, Punjab", "Dadu, Sindh". A name
        written with its province is a town, whatever the model tagged it."""
        doc = span.doc
        if span.end + 1 >= len(doc) or doc[span.end].text != ",":
            return False
        for width in (2, 1):
            after = doc[span.end + 1 : span.end + 1 + width]
            if len(after) == width and after[0].text[:1].isupper() and self.gazetteer.is_place_name(after.text):
                return any(e.feature == "admin1" for e in self.gazetteer.lookup(after.text))
        return False

    def _unit_named_like_a_word(self, span: Span) -> bool:
        """A name the stoplist keeps for a man or a word that a unit word names as a district: "Hassan
        district", "Omar tehsil". The unit word says it is a place; the gazetteer must know one of that name."""
        following = span.doc[span.end].lower_ if span.end < len(span.doc) else ""
        return (
            following in DISTRICT_WORDS and span.text[:1].isupper() and len(span) == 1
            and any(e.feature in ("city", "district", "admin2", "admin1") for e in self.gazetteer.lookup(span.text))
        )  # fmt: skip

    def _police_places(self, parsed: Doc) -> Iterable[Span]:
        """The town a police force or station is named after: "Gumla district police", "the Jadavpur police
        station", "Dhaka Metropolitan Police"; the province of a state's armed police ("Chhattisgarh Armed
        Force"). Stations and forces are named after the town or locality they serve, and notes often name the
        place of an arrest or a clash no other way."""
        for token in parsed:
            armed = token.lower_ in ARMED_FORCE_WORDS and token.i > 1 and parsed[token.i - 1].text == "Armed"
            if not (token.lower_ in POLICE_WORDS or armed) or token.i == 0:
                continue
            end = token.i - 1 if armed else token.i
            while end > 0 and parsed[end - 1].lower_ in POLICE_QUALIFIERS:
                end -= 1
            start = end
            while start > 0 and end - start < 3 and _capitalised_name_token(parsed[start - 1]):
                start -= 1
            for i in range(start, end):  # the longest known name ending before the qualifiers
                span = parsed[i:end]
                if self._abbreviation(span):
                    continue
                if self.gazetteer.is_place_name(span.text) and not self._nisba(span):
                    if span.text.lower() not in self.gazetteer.demonyms():
                        yield span
                    break

    def _site_of(self, ent: Span) -> Span | None:
        """The town an institution is "of": "Kinshasa" in "the University of Kinshasa", "the Municipality of
        Jenin". Only institutions that stand in their town count; "the Bank of England" names a country."""
        words = [t.lower_ for t in ent]
        if "of" not in words[1:-1]:
            return None
        of = words.index("of")
        if not set(words[:of]) & SITE_INSTITUTIONS:
            return None
        tail = _strip_determiner(ent[of + 1 :])
        if tail[0].pos_ != "PROPN" or not self.gazetteer.is_place_name(tail.text) or self._nisba(tail):
            return None
        return tail if any(e.feature == "city" for e in self.gazetteer.lookup(tail.text)[:1]) else None

    def _abbreviation(self, span: Span) -> bool:
        """A word in capitals in a text written in mixed case ("KSTU", "BRIC workers", "the KU") is a body's
        initials, unless the name is well known by itself in capitals (a dateline's "KABUL"). Initials are
        short; longer words in capitals are datelines and shouting ("GREENVILLE, Ohio --")."""
        text = span.text
        if len(span) != 1 or not 2 <= len(text) <= MAX_INITIALS or not text.isalpha() or not text.isupper():
            return False
        if not any(ch.islower() for ch in _text_of(span.doc)[:2000]):
            return False  # a headline or a text in capitals throughout
        return not self._known_by_itself(span)

    def _word_of_the_name(self, prefix: Span) -> bool:
        """Whether an English word opens an organisation's name ("Pine College", "Savings Bank",
        "Union of ...", "Summit X Academy") where some small town abroad bears the word: the word
        names the body, not a town. A province, a country or a large town of the name still counts ("Phoenix
        Police", "Cairo University": dictionaries know famous places too)."""
        if len(prefix) != 1 or not self.is_english_word(prefix.text.lower()):
            return False
        return all(
            e.feature == "city" and e.population < STRONG_PART_POPULATION and not e.gid.startswith("curated:")
            for e in self.gazetteer.lookup(prefix.text)
        )  # fmt: skip

    def _word_for_a_place(self, span: Span) -> bool:
        """Whether a name is an English word that only small towns bear, written with nothing that makes it
        a place: no locative preposition, no word for a kind of place ("the Harbour Chamber of Commerce",
        "a Metro site"). Such a reading is labelled WORD_LABEL: events take no place from it, while toponym
        recognition, which scores names, keeps it."""
        doc = span.doc
        i = span.start - 1
        if i >= 0 and doc[i].lower_ == "the":
            i -= 1
        if (i >= 0 and doc[i].lower_ in PLACE_PREPOSITIONS | {"on", "into", "to", "inside"}) or _framed_as_place(span):
            return False
        return self._word_of_the_name(span)

    def _known_by_itself(self, span: Span) -> bool:
        """Whether a name is well known under that very name: a country, a province or region, a curated
        place, or a city of STRONG_PART_POPULATION people ("Dhaka" in "Dhaka University")."""
        key = normalise_place_name(span.text)
        entries = self.gazetteer.lookup(span.text)
        if entries and entries[0].feature == "city" and entries[0].population >= WORLD_CITY_POPULATION:
            return True  # a world city by its short name: "New York" for New York City
        return any(
            normalise_place_name(e.name) == key and (e.feature != "city" or e.population >= STRONG_PART_POPULATION)
            or e.gid.startswith(("curated:", "country:"))
            for e in entries
        )

    def _nisba(self, span: Span) -> bool:
        """A demonym form ("Tunisi", "al-Masri") or a name after Abu/Umm/bin/ibn is a person's name."""
        before = [t.lower_ for t in span.doc[max(span.start - 4, 0) : span.start]]
        if any(word in PERSON_NAME_PARTICLES for word in before) and span.text[:1].isupper():
            return all(t.ent_type_ not in PLACE_LABELS for t in span)
        code = self.gazetteer.country_code_for(span.text)
        return code is not None and not any(e.feature == "country" for e in self.gazetteer.lookup(span.text))

    def _strong_place(self, span: Span) -> bool:
        """A name tagged PERSON is still a place when it is a curated place or a country ("Ras Balbek"), when
        words for a kind of place frame it ("the governorate of Kebili", "Feni district", "the Kafr area"),
        when a locative preposition introduces it ("protested in Kannauj"), when the gazetteer's name runs
        past the person the model saw ("Dera Ismail Khan" where it tagged "Ismail Khan"), or when the whole
        entity is a large city ("Omdurman"); "Tunisi" in "Abu Haidara a-Tunisi" is not Tunis."""
        entries = self.gazetteer.lookup(span.text)
        if any(e.gid.startswith(("curated:", "country:")) for e in entries) or _framed_as_place(span):
            return True
        if _after_locative(span) or _reaches_past_person(span) or self._before_province(span):
            return True
        whole = all(t.ent_type_ == "PERSON" and t.ent_iob_ in ("B", "I") for t in span) and (
            span.start == 0 or span.doc[span.start - 1].ent_type_ != "PERSON"
        ) and (span.end >= len(span.doc) or span.doc[span.end].ent_iob_ != "I")
        return whole and any(e.population >= 100_000 for e in entries)


# Words for kinds of places: "the governorate of X", "X district" make X a place whatever NER says.
PLACE_KIND_WORDS = frozenset(
    {"governorate", "province", "district", "region", "town", "village", "city", "county", "state", "upazila",
     "municipality", "prefecture", "department", "tehsil", "commune", "suburb", "neighbourhood", "neighborhood",
     "area", "township", "taluk", "territory", "subdistrict", "sub-district", "locality", "outskirts"}
)  # fmt: skip
# Police forces and stations named after the place they serve ("Gumla district police", "Tanore thana"), and
# the words that may stand between the name and the police word.
POLICE_WORDS = frozenset({"police", "thana"})
ARMED_FORCE_WORDS = frozenset({"force", "forces"})  # after "Armed": "Chhattisgarh Armed Force"
POLICE_QUALIFIERS = frozenset({"district", "metropolitan", "city", "rural", "town", "model", "sadar", "cantonment"})
# Capitalised words for kinds of police, some of them also the names of towns somewhere ("Mobile", "Reserve").
POLICE_KINDS = frozenset(
    {"reserve", "mobile", "home", "marine", "forest", "rapid", "metro", "range", "naval", "commando", "patrol",
     "traffic", "railway", "border", "frontier", "military", "special", "armed", "riot", "tourist", "cyber",
     "women", "anti", "judicial", "excise", "customs", "highway", "motorway", "counter", "tribal", "auxiliary",
     "civil", "religious", "secret", "transport", "municipal", "airport", "industrial", "village", "local"}
)  # fmt: skip


def _capitalised_name_token(token: Any) -> bool:
    return token.is_alpha and token.text[:1].isupper() and not token.is_stop and token.lower_ not in POLICE_KINDS


# Words after a name that make it an administrative district whatever else the name may be.
DISTRICT_WORDS = frozenset({"district", "tehsil", "upazila", "taluk", "taluka", "division", "governorate"})


# Words for the people of a place: "residents of X", "X villagers" name X as a place.
RESIDENT_WORDS = frozenset(
    {"residents", "villagers", "inhabitants", "citizens", "natives", "people", "locals", "dwellers", "townspeople",
     "townsfolk"}
)  # fmt: skip
# Institutions that stand in the town they are named "of" ("the University of Kinshasa").
SITE_INSTITUTIONS = frozenset(
    {"university", "college", "school", "hospital", "municipality", "municipal", "diocese", "port", "airport",
     "polytechnic", "academy", "mosque", "church", "cathedral", "prison", "court"}
)  # fmt: skip
# Closing words that make an organisation's name a building or a site ("Third Presbyterian Church",
# "Barclays Center", "Cloverhill District Court").
FACILITY_WORDS = frozenset(
    {"church", "cathedral", "mosque", "temple", "synagogue", "inn", "hotel", "hospital", "clinic", "school",
     "college", "academy", "center", "centre", "stadium", "arena", "airport", "station", "park", "bridge",
     "street", "road", "avenue", "drive", "square", "court", "courthouse", "mall", "market", "museum",
     "library", "estate", "prison", "jail", "base", "racecourse", "circuit", "theatre", "theater", "hall",
     "plaza", "tower", "building", "palace", "campus", "zoo", "harbour", "harbor", "port", "pier", "beach"}
)  # fmt: skip
# A city known under its own name by this many people is a place even inside a longer name.
WORLD_CITY_POPULATION = 5_000_000  # known by its short name too ("New York")
STRONG_PART_POPULATION = 100_000
FAMOUS_CITY_POPULATION = 1_000_000  # a city this big keeps its name against a person's ("Houston" of Whitney Houston)
# Capitalised words that qualify a place name without making it another name: "Homs Province", "Upper Dir".
NAME_QUALIFIERS = ADMIN_UNIT_WORDS | PLACE_KIND_WORDS | {
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upper", "lower",
    "greater", "new", "old", "al", "el", "the", "and", "countryside", "island", "islands", "beach", "bay",
    "coast", "lake", "river", "valley", "hills", "mountains", "plains", "desert", "oasis", "port", "camp", "border",
}  # fmt: skip
# Words for a kind of place that, capitalised after a name, close that name rather than name a town of their own.
NAME_TAIL_WORDS = frozenset(
    {"bay", "river", "lake", "island", "islands", "beach", "coast", "valley", "hills", "mountains", "harbor",
     "harbour", "creek", "falls", "springs", "desert", "plains", "oasis", "camp", "port"}
)  # fmt: skip
NUMERIC_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"})
# "south of X", "10 km north-east of X": a direction from a name makes it a place.
COMPASS_WORDS = frozenset(
    {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east",
     "north-west", "south-east", "south-west"}
)  # fmt: skip
# Prepositions that introduce a place: a name after them that the model tagged as a person is a town
# ("protested in Kannauj", "traders from Gardane"), unless a possessive follows ("in Hassan's house").
PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "from", "outside", "around", "across", "towards", "toward"})
# Words that make a capitalised run a street or a road: "Royal Street" is no place called Royal.
# "colony": a housing quarter of a South Asian town, often named after a far place ("Paris Colony", "Madina Colony")
STREET_WORDS = frozenset({"street", "st", "road", "rd", "avenue", "ave", "boulevard", "lane", "drive", "highway", "colony"})


# "Long Name (ABBR)": a name of capitalised words (with "of", "the", "and" between them) and its initials.
_DEFINITION = re.compile(
    r"((?:[A-Z][\w'’.-]*)(?:\s+(?:[A-Z][\w'’.-]*|of|the|and|for|de|al|-)){1,7})\s+\(([A-Z][A-Za-z]{1,6})\)"
)
_DEFINITION_SKIP = frozenset({"of", "the", "and", "for", "de", "al", "-"})
SAME_NAME_SIMILARITY = 0.8  # a definition this close to one of the actor's names spells that name
DEFINITION_CACHE_SIZE = 10_000  # abbreviation definitions remembered across articles
DEFINED = "defined:"  # the label of an abbreviation the text defines as a body outside the base, then its name


def _definitions(text: str) -> list[tuple[str, str]]:
    """The abbreviations a text defines, with the words they abbreviate: the tail of the capitalised run
    before the parenthesis whose initials are the abbreviation ("Members of the Tamil Nadu Students Front
    (TNSF)" -> "Tamil Nadu Students Front")."""
    found = []
    for match in _DEFINITION.finditer(text.replace("\xa0", " ")):
        words, short = match.group(1).split(), match.group(2)
        for i in range(len(words)):
            tail = words[i:]
            if tail[0].lower() in _DEFINITION_SKIP:
                continue
            if "".join(w[0] for w in tail if w.lower() not in _DEFINITION_SKIP).upper() == short.upper():
                found.append((" ".join(tail), short))
                break
    return found


def _spells_a_name(long_name: str, names: Iterable[str]) -> bool:
    """Whether words are a spelling of one of the names ("Centre for Indian Trade Union" of "Centre of Indian
    Trade Unions"; "Aam Admi Party" of "Aam Aadmi Party")."""

    def key(name: str) -> str:
        words = re.sub(r"[^\w\s]", " ", name.split(":", 1)[-1]).lower().split()
        return " ".join(w for w in words if w not in _DEFINITION_SKIP)

    written = key(long_name)
    return any(SequenceMatcher(None, written, key(name)).ratio() >= SAME_NAME_SIMILARITY for name in names)


def _text_of(parsed: Doc) -> str:
    """The parsed text, read once per document: spaCy rebuilds `Doc.text` from every token on each read."""
    text = parsed.user_data.get("sigacts:text")
    if text is None:
        text = parsed.user_data["sigacts:text"] = parsed.text
    return str(text)


def _repeated_names(
    parsed: Doc, found: Sequence[Mention], starts: Sequence[int], taken: Sequence[tuple[int, int]]
) -> list[Mention]:
    """Other occurrences of a place name found once: one name keeps one sense in an article, so "Douma"
    opening a sentence, or tagged as a person there, is still the town named elsewhere."""
    names = {m.text for m in found if m.rule == "gazetteer" and len(m.text) > 3 and m.text[:1].isupper()}
    if not names:
        return []
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")\b")
    blocked = [*taken, *((m.start, m.end) for m in found)]
    text = _text_of(parsed)
    return [
        Mention("place", hit.group(), hit.start(), hit.end(), _sentence_of(starts, hit.start()), "", "gazetteer")
        for hit in pattern.finditer(text)
        if not _overlaps(hit.start(), hit.end(), blocked) and _word_boundary(text, hit.start(), hit.end())
    ]


# "in the capital", "across the country's capital": the capital of the country the article is about (the
# geocode stage knows which). Not "the capital of X" nor "the capital city of X", which name it.
CAPITAL_REFERENCE = re.compile(
    r"\b(?i:in|at|of|across|around|near|outside|inside|into|to) (?P<ref>the (?:national |country'?s |nation'?s )?"
    r"capital)\b(?! (?:city )?of\b)(?!,? [A-Z])"
)


# US states as news abbreviates them after a town: postal codes ("Newark, NJ") and AP style ("Newark,
# N.J."). Label: the state's name in the gazetteer.
US_STATE_ABBREVIATIONS: dict[str, str] = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California", "CO": "Colorado",
    "CT": "Connecticut", "DE": "Delaware", "FL": "Florida", "GA": "Georgia", "HI": "Hawaii", "ID": "Idaho",
    "IL": "Illinois", "IN": "Indiana", "IA": "Iowa", "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana",
    "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota",
    "MS": "Mississippi", "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada",
    "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York", "NC": "North Carolina",
    "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon", "PA": "Pennsylvania",
    "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas",
    "UT": "Utah", "VT": "Vermont", "VA": "Virginia", "WA": "Washington", "WV": "West Virginia",
    "WI": "Wisconsin", "WY": "Wyoming",
    "Ala.": "Alabama", "Ariz.": "Arizona", "Ark.": "Arkansas", "Calif.": "California", "Colo.": "Colorado",
    "Conn.": "Connecticut", "Del.": "Delaware", "Fla.": "Florida", "Ga.": "Georgia", "Ill.": "Illinois",
    "Ind.": "Indiana", "Kan.": "Kansas", "Ky.": "Kentucky", "La.": "Louisiana", "Md.": "Maryland",
    "Mass.": "Massachusetts", "Mich.": "Michigan", "Minn.": "Minnesota", "Miss.": "Mississippi",
    "Mo.": "Missouri", "Mont.": "Montana", "Neb.": "Nebraska", "Nev.": "Nevada", "N.H.": "New Hampshire",
    "N.J.": "New Jersey", "N.M.": "New Mexico", "N.Y.": "New York", "N.C.": "North Carolina",
    "N.D.": "North Dakota", "Okla.": "Oklahoma", "Ore.": "Oregon", "Pa.": "Pennsylvania",
    "R.I.": "Rhode Island", "S.C.": "South Carolina", "S.D.": "South Dakota", "Tenn.": "Tennessee",
    "Vt.": "Vermont", "Va.": "Virginia", "Wash.": "Washington", "W.Va.": "West Virginia",
    "Wis.": "Wisconsin", "Wyo.": "Wyoming",
}  # fmt: skip
_US_STATE_AFTER_TOWN = re.compile(
    r"\b[A-Z][\w'’-]*, (?P<abbr>"
    + "|".join(re.escape(a) for a in sorted(US_STATE_ABBREVIATIONS, key=len, reverse=True))
    + r")(?=[\s,;:)]|$)"
)


def _us_state_abbreviations(text: str, starts: Sequence[int]) -> list[Mention]:
    """ "Newark, N.J.", "Austin, TX": the state after a town, as a place (its label is the state's name)."""
    return [
        Mention("place", hit.group("abbr"), hit.start("abbr"), hit.end("abbr"), _sentence_of(starts, hit.start("abbr")),
                US_STATE_ABBREVIATIONS[hit.group("abbr")], "us-state")
        for hit in _US_STATE_AFTER_TOWN.finditer(text)
    ]  # fmt: skip


def _capital_references(text: str, starts: Sequence[int]) -> list[Mention]:
    return [
        Mention("place", hit.group("ref"), hit.start("ref"), hit.end("ref"), _sentence_of(starts, hit.start("ref")),
                "", "capital")
        for hit in CAPITAL_REFERENCE.finditer(text)
    ]  # fmt: skip


def _word_boundary(text: str, start: int, end: int) -> bool:
    """Not glued to a hyphen: "Douma-based" names no place, and "al-Douma" is another name."""
    return text[max(start - 1, 0) : start] != "-" and text[end : end + 1] != "-"


def _inside_longer_name(span: Span, is_place_name: Callable[[str], bool]) -> bool:
    """Whether a capitalised word runs on from the span on either side: the span is then part of a longer
    name ("Supreme" in "Supreme Court"), usually no place at all. Words for kinds of places, directions,
    dates and numbers ("Homs Province", "Upper Dir", "Lamu Island", "in Feni Wednesday") do not count, nor
    does another place ("Adampur Haryana")."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 and doc[span.start - 1].whitespace_ else None
    after = doc[span.end] if span.end < len(doc) and span[-1].whitespace_ else None
    if len(span) == 1 and span[0].lower_ in NAME_TAIL_WORDS and before is not None and before.is_alpha:
        # "Bay" of "Coventry Bay", "Harbor" of "Pearl Harbor": the kind of place closes another name
        return before.text[:1].isupper() and not before.is_stop
    return any(
        token is not None and token.is_alpha and token.text[:1].isupper() and not token.is_stop
        and not token.like_num and token.ent_type_ not in NUMERIC_LABELS and token.lower_ not in NAME_QUALIFIERS
        and not is_place_name(token.text)
        for token in (before, after)
    )  # fmt: skip


def _person_names(parsed: Doc) -> set[str]:
    """First names and surnames of the people the article names in full: "John Kelly" (tagged PERSON) gives
    "John" and "Kelly". The model often tags the bare name ORG or GPE later on; unless the word is tagged a
    place on its own more often than not, or opens a longer place name ("Hama province"), it stays the
    person's name."""
    people: set[str] = set()
    votes: Counter[str] = Counter()
    in_places: set[str] = set()  # words of longer place names: "Hama" of "Hama province"
    for ent in parsed.ents:
        if ent.label_ == "PERSON" and len(ent) >= 2 and _written_like_a_name(ent):
            people.update((ent[0].text, ent[-1].text))
        elif len(ent) == 1:
            votes[ent.text] += 1 if ent.label_ in PLACE_LABELS else -1
        elif ent.label_ in PLACE_LABELS:
            in_places.update(t.text for t in ent)
    return {name for name in people if votes[name] <= 0 and name not in in_places}


def _written_like_a_name(ent: Span) -> bool:
    """A person's name: capitalised words, no abbreviation ("Comilla BNP", a party's branch the model may tag
    PERSON) and no word for a group, a site or a kind of place ("Randwick Racecourse")."""
    return all(t.text[:1].isupper() and t.is_alpha and not t.text.isupper() for t in (ent[0], ent[-1])) and not any(
        t.text.isupper() or t.lower_ in ORG_WORDS or t.lower_ in FACILITY_WORDS or t.lower_ in NAME_QUALIFIERS
        for t in ent
    )


def _framed_as_place(span: Span) -> bool:
    """ "the governorate of X", "the villages of X", "south of X", "residents of X", "X district", "X and Y
    districts", "X villagers": words for a kind of place or for its people, or a compass direction, before
    "of" or after the name."""
    doc = span.doc
    before = [t.lower_ for t in doc[max(span.start - 2, 0) : span.start]]
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    if len(before) == 2 and before[1] == "of":
        word = before[0]
        if (word in PLACE_KIND_WORDS or word.removesuffix("s") in PLACE_KIND_WORDS or word in COMPASS_WORDS
                or word in RESIDENT_WORDS):
            return True
    return after in PLACE_KIND_WORDS or after.removesuffix("s") in PLACE_KIND_WORDS or after in RESIDENT_WORDS


def _listed_with_places(held: Sequence[Span], found: Sequence[Mention], starts: Sequence[int]) -> list[Mention]:
    """Names tagged as people that stand in a list with places: "in Saptari and Siraha", "Ajmer, Jaisalmer
    and Jhalawar", "Mugu and Jumla districts". The model tags many unfamiliar towns PERSON; the items of one
    list are things of one kind. Each accepted name may admit its own neighbour in turn."""
    if not held:
        return []
    ends = {m.end for m in found if m.rule == "gazetteer"}
    begins = {m.start for m in found if m.rule == "gazetteer"}
    added: list[Mention] = []
    pending = sorted({(s.start_char, s.end_char): s for s in held}.values(), key=lambda s: s.start_char)
    changed = True
    while changed and pending:
        changed = False
        for span in list(pending):
            if _overlaps(span.start_char, span.end_char, [(m.start, m.end) for m in [*found, *added]]):
                pending.remove(span)
                continue
            before, after = _list_neighbours(span)
            if before in ends or after in begins:
                added.append(Mention("place", span.text, span.start_char, span.end_char,
                                     _sentence_of(starts, span.start_char), "", "gazetteer"))
                ends.add(span.end_char)
                begins.add(span.start_char)
                pending.remove(span)
                changed = True
    return added


def _list_neighbours(span: Span) -> tuple[int, int]:
    """Where the list item before a span ends and the one after it starts (-1 when none): the items joined to
    it by "," "and" "or" "&" (or ", and")."""
    doc = span.doc
    before = after = -1
    i = span.start - 1
    if i > 0 and doc[i].lower_ in LIST_JOINERS:
        j = i - 2 if doc[i].lower_ in ("and", "or") and doc[i - 1].text == "," else i - 1
        if j >= 0:
            before = doc[j].idx + len(doc[j].text)
    k = span.end
    if k + 1 < len(doc) and doc[k].lower_ in LIST_JOINERS:
        nxt = k + 2 if doc[k].text == "," and doc[k + 1].lower_ in ("and", "or") else k + 1
        if nxt < len(doc):
            after = doc[nxt].idx
    return before, after


LIST_JOINERS = frozenset({",", "and", "or", "&"})


def _town_after_locative(parsed: Doc, mention: Mention) -> bool:
    span = parsed.char_span(mention.start, mention.end)
    return span is not None and span.root.ent_type_ in PLACE_LABELS and _after_locative(span)


def _place_like_entity(text: str) -> bool:
    words = text.split()
    return any(word in PLACE_PREPOSITIONS for word in words) or words[-1].lower() in ADMIN_UNIT_WORDS


def _after_locative(span: Span) -> bool:
    doc = span.doc
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    return before in PLACE_PREPOSITIONS and after not in ("'s", "’s")


def _reaches_past_person(span: Span) -> bool:
    """A name of two or more words that starts before, or ends after, the words tagged PERSON: the model
    saw a man's name inside a town's ("Dera Ghazi Khan", "Tando Mohammad Khan")."""
    return len(span) > 1 and any(t.ent_type_ != "PERSON" for t in span)


def _names_a_street(span: Span) -> bool:
    """Whether the span is the first part of a street's name ("Royal" in "Royal Street")."""
    following = span.doc[span.end] if span.end < len(span.doc) else None
    return following is not None and following.text[:1].isupper() and following.lower_.rstrip(".") in STREET_WORDS


# "an Islamic State-affiliated group in Sinai", "al-Qaeda-linked militants", "an Islamic State affiliate":
# the name tells whose ally or branch the actor is, not the actor.
# (A party's "affiliated" wing or "backed" candidate stays the party's: ACLED associates the party with them.)
_TIES_AFTER = re.compile(r"-(?:affiliated|linked|allied|aligned|inspired)\b|\s+affiliate\b", re.IGNORECASE)


def _ties_of_another_group(span: Span) -> bool:
    """Whether a name only qualifies another group: "Islamic State-affiliated militants", "an al-Qaeda affiliate"."""
    return bool(_TIES_AFTER.match(span.doc.text, span.end_char))


def _stance_prefixed(text: str, start: int) -> bool:
    """ "anti-Syria journalist", "pro-Russian separatists": the country is what someone is for or against,
    not an actor."""
    return text[max(0, start - 5) : start].lower().endswith(("anti-", "pro-", "anti ", "pro "))


def _list_items(span: Span) -> list[str]:
    """The items of a list written as one entity: "Samba and Jammu" -> ["Samba", "Jammu"]."""
    items: list[list[str]] = [[]]
    for token in span:
        if token.lower_ in ("and", "&", ",") or token.text == ",":
            items.append([])
        else:
            items[-1].append(token.text_with_ws)
    return ["".join(item).strip() for item in items if item]


def _candidate_place_spans(
    parsed: Doc, is_place_name: Callable[[str], bool], before_province: Callable[[Span], bool] = lambda span: False
) -> Iterable[Span]:
    """Every sub-span (longest first) of capitalised runs, and spaCy place entities.

    Entities spaCy calls PRODUCT, EVENT or WORK_OF_ART block their words unless the whole entity is a
    known place: the small model labels many unfamiliar town names so ("in Shashamane", "In Feni").
    """
    for ent in parsed.ents:
        if ent.label_ in PLACE_LABELS:
            yield _strip_determiner(ent)
    blocked = {
        t.i
        for ent in parsed.ents
        if (_not_a_place(ent) or _names_a_day(ent))
        and not (ent.label_ in MISLABELLED_PLACE_LABELS and is_place_name(ent.text))
        and not _framed_people_word(ent, is_place_name, before_province)
        for t in _before_locative(ent)[: _unit_named_tail(ent, is_place_name)]
    }
    yield from _opening_names(parsed, is_place_name, blocked)
    yield from _possessive_names(parsed, blocked)
    run: list[int] = []
    for token in [*parsed, None]:
        if token is not None and _place_token(token, run, blocked):
            run.append(token.i)
            continue
        while run and parsed[run[-1]].lower_ in PLACE_CONNECTORS:
            run.pop()
        if run:
            yield from _subspans(parsed, run[0], run[-1] + 1)
        run = []


def _possessive_names(parsed: Doc, blocked: set[int]) -> Iterable[Span]:
    """ "Cox's Bazar", "Queen Anne's County": a name with a possessive inside, whole from its first word (the
    parts on either side are tried on their own as before; a part that starts inside the name is not)."""
    for token in parsed:
        if token.lower_ not in POSSESSIVES or token.i == 0 or token.i + 1 >= len(parsed):
            continue
        if not (parsed[token.i - 1].text[:1].isupper() and parsed[token.i + 1].text[:1].isupper()):
            continue
        start = token.i - 1
        while start > 0 and parsed[start - 1].text[:1].isupper() and not parsed[start - 1].is_sent_start:
            start -= 1
        if any(i in blocked for i in range(start, token.i)):
            continue
        end = token.i + 1
        while end < len(parsed) and end - token.i <= 2 and parsed[end].text[:1].isupper():
            end += 1
            yield parsed[start:end]


def _opening_names(parsed: Doc, is_place_name: Callable[[str], bool], blocked: set[int]) -> Iterable[Span]:
    """Known names of two or three capitalised words opening a sentence ("New South Wales is second"): the
    capital of the first word is then no sign of a name, but the whole name is known."""
    for sentence in parsed.sents:
        first = sentence.start
        if parsed[first].ent_type_ or first in blocked or parsed[first].lower_ in PLACE_CONNECTORS:
            continue
        for width in (3, 2):
            span = parsed[first : first + width]
            if (
                len(span) == width and span.end <= sentence.end and not span[0].is_stop
                and all(t.is_alpha and t.text[:1].isupper() for t in span) and is_place_name(span.text)
            ):  # fmt: skip
                yield span
                break


def _framed_people_word(ent: Span, is_place_name: Callable[[str], bool], before_province: Callable[[Span], bool]) -> bool:
    """A town the model took for a people or a language, framed as a place: "in Shopian town", "Poonch
    district", "Sangrur, Punjab" (the demonym and nisba tests still apply to it)."""
    if ent.label_ not in ("NORP", "LANGUAGE") or not is_place_name(ent.text):
        return False
    return _framed_as_place(ent) or before_province(ent)


def _unit_named_tail(ent: Span, is_place_name: Callable[[str], bool]) -> int:
    """Where a known district or province written with its unit word starts inside an entity the model took
    for a body ("Kurram Agency", a tribal agency, not a government agency; "Ghalanai, Mohmand Agency"), as an
    offset into the entity; its length when there is none. Only the words before it are the body's."""
    if len(ent) < 2 or ent[-1].lower_ not in ADMIN_UNIT_WORDS:
        return len(ent)
    for start in range(max(0, len(ent) - 4), len(ent) - 1):
        name = ent[start:]
        if name[0].text[:1].isupper() and name[0].lower_ not in ("the", "a") and is_place_name(name.text):
            return start
    return len(ent)


def _names_a_day(ent: Span) -> bool:
    """A day named after a place ("Kashmir Day", "Quds Day", "Africa Day"): a commemoration, not a place."""
    return ent.label_ in ("DATE", "EVENT") and len(ent) > 1 and ent[-1].lower_ == "day"


def _before_locative(ent: Span) -> Span:
    """The entity up to a locative preposition the model ran it across ("Boys High School in Kisii")."""
    for token in ent:
        if token.lower_ in PLACE_PREPOSITIONS and token.i > ent.start:
            return ent.doc[ent.start : token.i]
    return ent


def _not_a_place(ent: Span) -> bool:
    """Entities whose words are no place: organisations named with group words, nationality adjectives
    ("Roman ruins"), works, laws. spaCy also tags many towns ORG or NORP ("Omdurman"): those stay."""
    if ent.label_ == "ORG":
        return bool({t.lower_ for t in ent} & ORG_WORDS)
    if ent.label_ == "NORP":
        return all(t.pos_ == "ADJ" for t in ent)
    return ent.label_ in NON_PLACE_LABELS


def _place_token(token: Any, run: list[int], blocked: set[int]) -> bool:
    if token.is_space or token.is_punct and token.text != "-":
        return False
    if token.i in blocked:
        return False  # inside "Syrian Observatory for Human Rights", "Roman", ...
    if token.is_sent_start and token.ent_type_ not in SENTENCE_START_LABELS and not _dateline(token):
        # a capital that only marks the sentence start ("Planes of the air force ..."), unless words for the
        # people or the kind of a place follow the name ("Tuticorin residents", "Hassan district unit")
        return _names_people_or_unit(token)
    if token.text[:1].isupper() and (token.pos_ == "PROPN" or token.ent_type_ or not token.is_sent_start):
        return not token.is_stop or token.ent_type_ != ""
    return bool(run) and token.lower_ in PLACE_CONNECTORS and token.whitespace_ != "  "


def _names_people_or_unit(token: Any) -> bool:
    """A sentence's first word that names a place by its people or unit: "Avadi residents", "Gumla district"."""
    doc = token.doc
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return (
        nxt is not None and token.text[:1].isupper() and token.is_alpha and not token.is_stop
        and token.pos_ in ("PROPN", "NOUN") and (nxt.lower_ in RESIDENT_WORDS or nxt.lower_ in PLACE_KIND_WORDS)
    )  # fmt: skip


def _dateline(token: Any) -> bool:
    """A wire dateline opening a sentence: "BEIRUT (Reuters) -", "TORONTO —", "Muscat:"."""
    doc = token.doc
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if nxt is not None and nxt.text.isupper() and nxt.is_alpha:  # "NEW DELHI —"
        nxt = doc[token.i + 2] if token.i + 2 < len(doc) else None
    return nxt is not None and nxt.text in ("—", "–", "-", "(", ":", ",") and (token.text.isupper() or nxt.text == ":")


def _subspans(parsed: Doc, start: int, end: int) -> Iterable[Span]:
    for length in range(min(MAX_PLACE_TOKENS, end - start), 0, -1):
        for i in range(start, end - length + 1):
            span = parsed[i : i + length]
            if span[0].lower_ in PLACE_CONNECTORS and span[0].text != "al":
                continue
            if span[-1].lower_ in PLACE_CONNECTORS:
                continue
            yield span


def _strip_determiner(span: Span) -> Span:
    return span[1:] if len(span) > 1 and span[0].lower_ == "the" else span


def _per_sentence(sentences: Sequence[Sentence], kind: str, finder: Any) -> Iterable[Mention]:
    for sentence in sentences:
        for found in finder(sentence.text):
            label = _label_of(found)
            yield Mention(
                kind, found.text, sentence.start + found.start, sentence.start + found.end, sentence.index, label,
                f"{kind}-rules",
            )


def _label_of(found: Any) -> str:
    """Quantities keep value, counted noun and vagueness in the label: "150.0|fighters|0"."""
    if hasattr(found, "value"):
        return f"{found.value}|{found.what}|{int(bool(getattr(found, 'approximate', False)))}"
    return str(getattr(found, "kind", ""))


def _sentence_of(starts: Sequence[int], offset: int) -> int:
    return max(bisect.bisect_right(starts, offset) - 1, 0)


def _overlaps(start: int, end: int, taken: Sequence[tuple[int, int]]) -> bool:
    return any(start < t_end and t_start < end for t_start, t_end in taken)


def _longest_first(mentions: Iterable[Mention]) -> list[Mention]:
    """Drop mentions that overlap a longer (or knowledge-base) one; return them in text order."""
    rank = {"actor-kb": 0, "gazetteer": 0, "spacy-ner": 1, "country": 1, "generic-noun": 2, "demonym": 3}
    chosen: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (rank.get(m.rule, 3), -(m.end - m.start), m.start)):
        if not _overlaps(m.start, m.end, [(c.start, c.end) for c in chosen]):
            chosen.append(m)
    return sorted(chosen, key=lambda m: m.start)
