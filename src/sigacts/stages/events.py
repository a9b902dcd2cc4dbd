"""Events stage: one frame per reported action, read from the clause that states it.

A frame is a trigger word from the lexicon (verb, noun carried by a light verb, or verb+object phrase)
with its participants read from the dependency tree: who acts (subject, or the "from" phrase of
"receive"), on whom (object or the object of a target preposition), and the actors in between.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, ClassVar

from spacy.tokens import Doc, Span, Token

from sigacts.pipeline.base import Document
from sigacts.readers.dates import MONTHS
from sigacts.records import Mention, Sentence
from sigacts.resources.generic_actors import GENERIC_ACTOR_KINDS, UNARMED_KINDS
from sigacts.resources.lexicon import TriggerLexicon, TriggerSense
from sigacts.resources.spelling import MIN_LENGTH, Correction, TriggerSpelling
from sigacts.stages import syntax
from sigacts.stages.mentions import INITIALS, NAMING_VERBS
from sigacts.taxonomy import ATTRIBUTED_CUE, WEAPON_CUES

SUPPLY_NOUNS = frozenset(
    {"hardware", "weapon", "weaponry", "arm", "equipment", "munition", "ammunition", "aid", "assistance",
     "funding", "support", "supply", "shipment", "batch", "delivery", "missile", "tank", "drone", "jet"}
)  # fmt: skip
# What a mobilisation moves or an aid gives is its object ("sent fighters", "supplied arms"), not a target.
OBJECT_IS_NO_TARGET = frozenset({"MOBILIZE", "AID", "RETREAT"})
DEFAULT_TARGETS: dict[str, tuple[str, ...]] = {"AID": ("to",), "MOBILIZE": ("against",), "RETREAT": ()}
STATE_FORCE_IDS = ("police_forces_", "military_forces_")  # the knowledge base's ids of a state's forces
# Nouns that stand for the act named before them ("a mediation effort", "a bombing campaign").
EFFORT_NOUNS = frozenset({"effort", "mission", "bid", "initiative", "campaign", "drive"})
# Heads that count or gather what a verb acts on ("a number of attacks", "a team of observers").
QUANTITY_HEADS = frozenset({"number", "lot", "series", "string", "couple", "handful", "dozen", "pair", "team",
                            "mission", "contingent", "batch", "delegation", "group", "total", "cache", "stash"})
GROUP_WORDS = frozenset({"group", "groups", "faction", "factions", "side", "sides", "party", "parties", "organisations",
                         "outfit", "outfits"})
# Singular descriptions that refer back to a named armed group ("the extremist group"); not "the other side".
GROUP_DESCRIPTIONS = frozenset({"group", "faction", "organisation", "organization", "militia", "movement"})
# "united in the battle against", "involved in the fight against": a side taken, not an event
STANCE_WORDS = frozenset({"unite", "united", "involve", "involved", "engage", "engaged", "interest", "participate",
                          "role", "part", "commitment", "commit", "committed", "support", "join"})  # fmt: skip
# An action reported without its doer gets the doer ACLED codes (by PLOVER mode, then type).
HEADLINE_TARGET_PREPS = frozenset({"at", "on", "against", "in", "near", "inside"})  # after a headline verb misread as a noun
UNSEEN_AGENT_KINDS = {"ASSAULT": "unidentified", "destroy": "unidentified", "abduct": "unidentified",
                      "arrest": "police", "detain": "police", "PROTEST": "protesters",
                      "disrupted": "police", "dispersal": "police"}  # fmt: skip
# Explosions and blasts are attacks only with a weapon or an attacker in the sentence (not a gas leak).
BLAST_WORDS = frozenset({"explosion", "blast", "explode", "fire"})
ATTACK_EVIDENCE = frozenset(
    {"bomb", "bombs", "ied", "ieds", "device", "explosive", "explosives", "suicide", "bomber", "grenade", "mine",
     "landmine", "rocket", "shell", "mortar", "attack", "militants", "terrorist", "terrorists", "insurgents",
     "car-bomb", "booby-trapped", "planted", "detonated", "gunmen", "attackers", "assailants", "minefield",
     "roadside", "landmines", "mines", "missile", "missiles", "rockets", "shells", "mortars", "artillery", "grenades",
     "cocktail", "cocktails", "molotov"}
)  # fmt: skip
MINE_CONTACT = frozenset({"hit", "strike", "step", "trigger"})
MINES = frozenset({"mine", "landmine", "ied", "explosive", "device", "bomb"})
WEAPON_SUBJECTS = frozenset(
    {"bomb", "blast", "explosion", "ied", "mine", "landmine", "shell", "rocket", "mortar", "grenade", "missile",
     "airstrike", "strike", "drone", "bullet", "gunfire", "shelling", "bombing", "explosive", "device", "car-bomb",
     "attack", "ambush", "raid", "assault", "cocktail", "ordnance", "gunship", "warplane"}
)  # fmt: skip
PLURAL_PRONOUNS = frozenset({"they", "them", "their"})
SINGULAR_PRONOUNS = frozenset({"it", "its", "he", "his", "she", "her"})
NAMED_RULES = frozenset({"actor-kb", "spacy-ner", "country"})
# Roles of a reporting clause: these verbs carry a claim, they are not actions themselves.
REPORTING_LEMMAS = frozenset({"say", "tell", "report", "reveal", "confirm", "claim", "announce", "state", "add", "tweet"})
# Verbs whose clause states the subject's own intent or view ("warned it would", "insisted they had").
STATING_LEMMAS = frozenset({"warn", "threaten", "vow", "insist", "promise", "pledge", "declare", "admit",
                            "acknowledge", "decide", "agree"})


@dataclass(frozen=True)
class EventFrame:
    """A detected event before resolution: trigger, type and the mentions that fill its roles."""

    index: int
    sentence: int
    plover_type: str
    mode: str | None
    trigger: str
    trigger_start: int
    trigger_end: int
    trigger_token: int
    anchor_token: int  # the verb of the clause: tense, factuality and attribution are read there
    actor1: tuple[Mention, ...]
    actor2: tuple[Mention, ...] = ()
    assoc: tuple[Mention, ...] = ()
    # the side each associated mention stands on, position by position: 1 with actor1 ("the army and its
    # allied militia"), 2 with actor2 ("fighting between X and Y and Z": Z with Y), None when unknown
    assoc_sides: tuple[int | None, ...] = ()
    clause_tokens: frozenset[int] = frozenset()
    cues: frozenset[str] = frozenset()
    rule: str = ""
    supplier_rule: bool = False
    main_clause: bool = False  # the trigger is what the sentence's main clause asserts
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    def sided_assoc(self) -> list[tuple[Mention, int | None]]:
        """Each associated mention with its side (None where the frame records none)."""
        return list(itertools.zip_longest(self.assoc, self.assoc_sides[: len(self.assoc)]))


class MentionIndex:
    """Actor mentions by token, plus the order they appear in for resolving "they" and "both groups"."""

    def __init__(self, parsed: Doc, mentions: Sequence[Mention]) -> None:
        self.doc = parsed
        self.text = parsed.text  # built once: Doc.text joins every token each time it is read
        self.by_token: dict[int, Mention] = {}
        self.mentions = list(mentions)
        for mention in mentions:
            span = parsed.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None:
                continue
            for tok in span:
                self.by_token.setdefault(tok.i, mention)

    def covering(self, token: Token) -> Mention | None:
        return self.by_token.get(token.i)

    def named_before(self, offset: int) -> list[Mention]:
        """Named actor mentions (not generic nouns) that end before `offset`, nearest last."""
        return [m for m in self.mentions if m.end <= offset and m.rule in NAMED_RULES]


class Events:
    """Find event frames in every sentence."""

    name: ClassVar[str] = "events"
    version: ClassVar[str] = "1"
    requires: ClassVar[tuple[str, ...]] = ("spacy_doc", "sentences", "actor_mentions")
    provides: ClassVar[tuple[str, ...]] = ("event_frames",)

    def __init__(self, lexicon: TriggerLexicon, spelling: TriggerSpelling | None = None) -> None:
        self.lexicon = lexicon
        self.spelling = spelling

    def __call__(self, doc: Document) -> Mapping[str, Any]:
        parsed: Doc = doc["spacy_doc"]
        sentences: list[Sentence] = doc["sentences"]
        index = MentionIndex(parsed, doc["actor_mentions"])
        frames: list[EventFrame] = []
        for reader, span in self._readers(parsed, sentences, index, frames):
            for token in span:
                reader.read(token)
        if not any(f.plover_type in ("ASSAULT", "COERCE") for f in frames):
            self._found_body(parsed, sentences, index, frames)
        return {"event_frames": _claims_as_reports(_without_shadowed(frames))}

    def _readers(
        self, parsed: Doc, sentences: list[Sentence], index: MentionIndex, frames: list[EventFrame]
    ) -> Iterator[tuple[_SentenceReader, Span]]:
        """A reader for each sentence, with the sentence's tokens."""
        for sentence in sentences:
            span = parsed.char_span(sentence.start, sentence.end, alignment_mode="expand")
            if span is not None:
                yield _SentenceReader(self.lexicon, index, sentence, frames, self.spelling), span

    def _found_body(self, parsed: Doc, sentences: list[Sentence], index: MentionIndex, frames: list[EventFrame]) -> None:
        """A report whose only violence is a body found with the marks of it ("the bullet-riddled body of a
        trader was recovered"): ACLED codes the killing it shows, by an unidentified armed group."""
        for reader, span in self._readers(parsed, sentences, index, frames):
            if any(reader.found_body(token) for token in span):
                return


class _SentenceReader:
    """Reads the frames of one sentence; appends them to the shared frame list."""

    def __init__(
        self,
        lexicon: TriggerLexicon,
        index: MentionIndex,
        sentence: Sentence,
        frames: list[EventFrame],
        spelling: TriggerSpelling | None = None,
    ):
        self.lexicon = lexicon
        self.spelling = spelling
        self.index = index
        self.sentence = sentence
        self.frames = frames
        self.doc: Doc = index.doc
        self.text: str = index.text

    def read(self, token: Token) -> None:
        if _is_date_word(token):
            return  # "March 17, 2015": a month, not a march
        if token.pos_ == "VERB" and _verb_tagged_noun(token):
            sense = next((self.lexicon.nouns[k] for k in _noun_keys(token) if k in self.lexicon.nouns), None)
            if sense is not None:
                self._noun(token, sense)  # "continued an indefinite hunger strike" with "strike" tagged a verb
            return
        if token.pos_ == "VERB" and self._names_a_past_act(token):
            return  # "a 1993 train blasts convict": the act someone is known by, parsed as a verb
        if token.pos_ == "VERB" and _gerund_listed_with_noun(token):
            return  # "killed in firefights and shelling": one more name for the act the noun before it names
        if token.pos_ == "VERB" and token.dep_ == "compound" and (headline := self._headline_verb(token)) is not None:
            self._headline_frame(token, headline)  # a headline's verb tagged as one but hung on its object
            return
        if token.pos_ == "VERB" or _adjective_with_object(token):
            phrase = self._phrase_sense(token)
            if phrase is not None:
                self._add(token, token, phrase, "phrase")
                return
            sense = self.lexicon.verbs.get(self._lemma(token))
            if sense is not None and self._lemma(token) == "strike" and self._strike_by_workers(token):
                sense = LABOUR_STRIKE
            if sense is None and self._lemma(token) in BLOCKING_VERBS and self._done_by_people(token):
                sense = CROWD_BLOCKADE  # "residents blocked construction of a landfill"
            if sense is None and self._lemma(token) in ASSEMBLY_VERBS and self._assembled_to_protest(token):
                sense = CROWD_BLOCKADE  # "farmers convened in the town to oppose the cut": a demonstration
            if sense is None and self._done_by_protesters(token):
                sense = CROWD_BLOCKADE  # "protesters arrived in the capital", "protesters sang outside the office"
            if sense is None and self._lemma(token) == "hold" and self._people_held(token):
                sense = PEOPLE_HELD  # "around 150 party men were held in different districts": detained
            if sense is None and self._lemma(token) in REPORTED_VERBS and self._explosion_subject(token):
                sense = self.lexicon.nouns.get("explosion")  # "two explosions were heard near the court"
            if _crowd_control_shells(token, sense):
                return  # "resorted to smoke shelling" (the parser made it a verb)
            if sense is not None and sense.mode == "destroy" and _wrecked_by_explosives(token):
                sense = self.lexicon.nouns.get("explosion")  # "a bomb wrecked the terminal": an explosion
            if sense is not None and self._fits(token, sense):
                self._add(token, token, sense, "verb")
        elif token.pos_ in ("ADJ", "ADV") and (sense := self._mistagged_noun(token)) is not None:
            self._noun(token, sense)
        elif token.pos_ == "ADJ" and (sense := self._headline_phrase(token)) is not None:
            self._headline_phrase_frame(token, sense)
        elif token.pos_ in ("NOUN", "PROPN"):
            if (headline := self._headline_verb(token)) is not None:
                self._headline_frame(token, headline)
                return
            if (protested := self._mistagged_protest_verb(token)) is not None:
                self._add(token, token, protested, "verb")
                return
            if token.lower_ == "fire" and token.dep_ == "pobj" and token.head.lower_ == "under" and self._shot_at(token):
                self._noun(token, UNDER_FIRE)  # "a convoy came under fire": shot at, by someone unnamed
                return
            if token.lemma_.lower() in SUPPLY_NOUNS:
                self._supplier(token)
            sense = next((self.lexicon.nouns[k] for k in _noun_keys(token) if k in self.lexicon.nouns), None)
            misspelt = self._misspelt(token, "noun") if sense is None else None
            if misspelt is not None and misspelt.kind == "noun":
                sense = self.lexicon.nouns[misspelt.lemma]  # "held a demonstartion"
            elif misspelt is not None and misspelt.form.endswith("ed"):
                verb_sense = self.lexicon.verbs[misspelt.lemma]  # "workers protesed" tagged as a noun
                if verb_sense.plover_type == "PROTEST" and token.dep_ != "compound":
                    self._add(token, token, verb_sense, "verb")
                return
            if _crowd_control_shells(token, sense):
                return  # "teargas shelling", "smoke shells": the police breaking up a crowd, not artillery
            if sense is not None:
                self._noun(token, sense)

    def found_body(self, body: Token) -> bool:
        """ "The bullet-riddled body of a trader was found", "police recovered the mutilated body of X", "the
        dead body of a man missing for a week was found": a killing by someone unnamed, of the person whose
        body it was. Only a body the report marks as killed (wounds, mutilation, a disappearance before)."""
        if body.pos_ != "NOUN" or body.lemma_.lower() not in BODY_WORDS:
            return False
        verb = body.head
        found = body.dep_ in ("nsubjpass", "dobj") and verb.pos_ == "VERB" and verb.lemma_.lower() in FINDING_VERBS
        if not found or any(c.dep_ == "neg" for c in verb.children):
            return False
        marks = {t.lower_ for t in body.subtree if t.i <= body.i} | {t.lower_ for t in verb.subtree if t.i > verb.i}
        told = {t.lower_ for t in body.sent}
        if not (marks & VIOLENCE_MARKS or "dead" in marks and {t.lower_ for t in self.doc} & MISSING_WORDS
                or told & MARKED_WORDS):
            return False
        owners = syntax.prep_objects(body, ("of",))
        victim = next((m for t in owners if (m := self.index.covering(t)) is not None and m.rule == "actor-kb"), None)
        victim = victim or self._words_mention(owners[0] if owners else body, "generic:civilians", "described-victim")
        doer = Mention("actor", "", body.idx, body.idx, self.sentence.index, "generic:unidentified", "unseen-agent")
        self._emit(body, verb, TriggerSense("ASSAULT"), (doer,), (victim,), (), "unseen-agent")
        return True

    def _shot_at(self, fire: Token) -> bool:
        """ "A convoy came under fire", "the post came under fire from militants": shot at; not the figure of
        speech for blame ("the minister came under fire from the opposition over the budget")."""
        verb = fire.head.head
        subject = syntax.own_subject(verb) if verb.pos_ in ("VERB", "AUX") else None
        if subject is None or subject.ent_type_ == "PERSON" or subject.lower_ in FIGURATIVE_FIRE_SUBJECTS:
            return False
        preps = [c for t in (verb, fire) for c in t.children if c.dep_ == "prep"]
        if any(p.lower_ in ("over", "for") for p in preps):
            return False
        sources = [t for p in preps if p.lower_ == "from" for t in p.children if t.dep_ == "pobj"]
        return all(self._armed_source(t) for t in sources)

    def _armed_source(self, noun: Token) -> bool:
        """Who fired, named after "from": an armed group or force, or an unnamed gunman."""
        mention = self.index.covering(noun)
        if mention is None:
            return noun.lemma_.lower() in WEAPON_SUBJECTS
        kind = GENERIC_ACTOR_KINDS.get(noun.lower_)
        return mention.rule != "generic-noun" and mention.rule != "spacy-ner" or kind not in (None, *UNARMED_KINDS, "government")

    def _names_a_past_act(self, token: Token) -> bool:
        """ "the Mumbai blasts convict", "a 2008 bombing accused": a violent act's noun between a place (or a
        year) and the person or case it names, which the small model reads as a verb with an object."""
        if token.i == token.sent.start or token.i + 1 >= token.sent.end:
            return False
        before, after = self.doc[token.i - 1], self.doc[token.i + 1]
        if after.lower_ not in CASE_HEADS or not (before.pos_ == "PROPN" or before.like_num):
            return False
        sense = self.lexicon.verbs.get(self._lemma(token))
        return sense is not None and sense.plover_type == "ASSAULT" and any(k in self.lexicon.nouns for k in _noun_keys(token))

    def _headline_verb(self, token: Token) -> TriggerSense | None:
        """ "Military forces dislodge Boko Haram from X", "SAF bomb Y": in a report written like a headline
        (present tense, no articles) the small model reads the verb as a noun compound of its object and
        leaves the sentence without a verb. A verb trigger's base form there, right after the named or
        described doers and before its object, is the sentence's verb."""
        if not token.text.islower():
            return None  # a title-case headline ("Army Kills Dozens in Ambush") is read as its body tells it
        # "troops dislodge X"; "bombers detonate at a mosque": the place or target after a preposition
        rooted = token.dep_ == "ROOT" and any(c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ in HEADLINE_TARGET_PREPS
                                              for c in token.children)  # fmt: skip
        # the root may be a noun, or the preposition of a fronted place ("In X area, cadres attack Y")
        verbless = token.sent.root.pos_ in ("NOUN", "PROPN", "ADP")
        if not rooted and (token.dep_ != "compound" or not verbless or token.head.i < token.i):
            return None
        if not rooted and (token.head.lemma_.lower() in COMPOUND_HEADS or token.head.lemma_.lower() in WEAPON_SUBJECTS):
            return None  # "army attack helicopters", "Taliban attack survivors": a noun compound after all
        sense = self.lexicon.verbs.get(token.lower_)
        if sense is None or sense.plover_type not in ("ASSAULT", "COERCE", "PROTEST") or sense.needs_object:
            return None
        before = self.doc[token.i - 1] if token.i > token.sent.start else None
        if before is None or before.tag_ not in ("NNS", "NNPS", "NNP") or not self._names_doers(before):
            return None
        return sense

    def _headline_phrase(self, token: Token) -> TriggerSense | None:
        """ "Militia open fire on a village": after a subject with no article, the small model reads a
        headline's verb of a verb-object phrase as an adjective on the object. The phrase's sense, where the
        object follows at once and the words before name an actor."""
        following = self.doc[token.i + 1] if token.i + 1 < token.sent.end else None
        if following is None or token.dep_ != "amod" or token.head != following or not token.text.islower():
            return None
        sense = self.lexicon.phrases.get((token.lower_, following.lemma_.lower()))
        if sense is None or sense.plover_type != "ASSAULT" or token.i == token.sent.start:
            return None
        return sense if self._names_doers(self.doc[token.i - 1]) else None

    def _headline_phrase_frame(self, verb: Token, sense: TriggerSense) -> None:
        """The doers are the first actor named before the phrase; the target the object of its preposition."""
        doers = _unique([m for t in self.doc[verb.sent.start : verb.i] if (m := self.index.covering(t)) is not None])
        targets = [m for t in syntax.prep_objects(verb.head, sense.targets) if (m := self.index.covering(t)) is not None]
        self._emit(verb, verb, sense, tuple(doers), tuple(targets[:1]), (), "verb")

    def _names_doers(self, last: Token) -> bool:
        """The noun phrase ending in `last` names an actor: "UPND cadres", or "two Boko Haram suicide
        bombers" where only the group's name is a mention."""
        i = last.i
        while i >= last.sent.start and self.doc[i].pos_ in ("NOUN", "PROPN", "ADJ", "NUM"):
            if self.index.covering(self.doc[i]) is not None:
                return True
            i -= 1
        return False

    def _headline_frame(self, verb: Token, sense: TriggerSense) -> None:
        """The frame of a headline verb: the doers are the sentence's first actor mention (its subject), the
        target the mention of the noun phrase the verb was hung on."""
        doers = [m for t in self.doc[verb.sent.start : verb.i] if (m := self.index.covering(t)) is not None]
        heads = [c for c in verb.children if c.dep_ == "dobj"] if verb.dep_ == "ROOT" else [verb.head]
        if verb.dep_ == "ROOT" and not heads:
            heads = [t for c in verb.children if c.dep_ == "prep" and c.lower_ in HEADLINE_TARGET_PREPS
                     for t in c.children if t.dep_ == "pobj"]  # fmt: skip
        target = [m for h in heads for t in h.subtree if t.i > verb.i and t.i <= h.i
                  and (m := self.index.covering(t)) is not None]  # fmt: skip
        if doers:
            self._emit(verb, verb, sense, tuple(doers[:1]), tuple(target[:1]), (), "verb")

    def _mistagged_protest_verb(self, token: Token) -> TriggerSense | None:
        """ "A group of weavers from X protested": the small model may tag the verb after a long subject as
        a noun; a past form of a protest verb is a verb whatever its tag."""
        form = token.lower_
        if not form.endswith("ed") or token.dep_ == "compound":
            return None
        sense = next((self.lexicon.verbs[k] for k in (form[:-1], form[:-2]) if k in self.lexicon.verbs), None)
        return sense if sense is not None and sense.plover_type == "PROTEST" else None

    def _mistagged_noun(self, token: Token) -> TriggerSense | None:
        """ "continued an indefinite fast": a noun trigger after an article, tagged as an adverb or
        adjective because the word is mostly one; not before a noun it describes ("a fast attack")."""
        sense = self.lexicon.nouns.get(token.lower_)
        if sense is None or sense.plover_type != "PROTEST":
            return None
        before = token.i - 1
        while before >= token.sent.start and self.doc[before].pos_ == "ADJ":
            before -= 1
        if before < token.sent.start or self.doc[before].lower_ not in ARTICLES:
            return None
        after = self.doc[token.i + 1] if token.i + 1 < token.sent.end else None
        return None if after is not None and after.pos_ in ("NOUN", "PROPN", "ADJ") else sense

    def _strike_by_workers(self, verb: Token) -> bool:
        """ "Traders are striking since Monday": "strike" with no object or target and no armed subject."""
        if syntax.objects(verb) or syntax.prep_objects(verb, ("at", "on", "against", "in")):
            return False
        subject = syntax.own_subject(verb)
        if subject is None and verb.dep_ == "xcomp":
            subject = syntax.clause_subject(verb)  # "employees began to strike"
        if subject is None or syntax.is_passive(verb):
            return False
        mention = self.index.covering(subject)
        if mention is None:
            return subject.pos_ == "NOUN"
        return mention.rule == "generic-noun" and _unarmed_people(subject.lower_)

    def _explosion_subject(self, verb: Token) -> bool:
        """ "Explosions were heard", "a blast occurred near the market": a bare report of an explosion is
        itself the event (ACLED codes it, by an unidentified group, even with no casualty)."""
        subject = syntax.own_subject(verb)
        if subject is None or subject.lemma_.lower() not in EXPLOSION_NOUNS:
            return False
        return not any(c.dep_ == "neg" or c.lower_ == "no" for c in [*verb.children, *subject.children])

    def _done_by_protesters(self, verb: Token) -> bool:
        """ "A group of protesters sang songs outside the offices", "protesters carried dead fish to the
        gates": whatever people the report calls protesters do in its main clause, they do as a protest.
        Only active main verbs that are no statement ("protesters said"); other acts have their own
        triggers."""
        if verb.dep_ not in ("ROOT", "conj") or (verb.dep_ == "conj" and verb.head.dep_ != "ROOT"):
            return False
        lemma = self._lemma(verb)
        if lemma in REPORTING_LEMMAS | STATING_LEMMAS | NOT_PROTEST_ACTS or syntax.is_passive(verb):
            return False
        if any(c.dep_ == "xcomp" for c in verb.children):
            return False  # "protesters began clashing with police": the act is the verb it governs
        subject = syntax.clause_subject(verb)
        if subject is not None and subject.lemma_.lower() in QUANTITY_HEADS | GROUP_WORDS:
            subject = (syntax.prep_objects(subject, ("of",)) or [subject])[0]  # "a group of protesters"
        return subject is not None and GENERIC_ACTOR_KINDS.get(subject.lower_) == "protesters"

    def _assembled_to_protest(self, verb: Token) -> bool:
        """ "Farmers convened in Hisar to oppose ...", "thousands turned out to call for ...": people coming
        together for a purpose that is a protest's (to oppose, demand, denounce) hold a demonstration."""
        if self._lemma(verb) in ("turn", "come") and not any(c.dep_ in ("prt", "advmod") and c.lower_ in ("out", "together")
                                                             for c in verb.children):
            return False
        purposes = [c for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB"
                    and any(a.lower_ == "to" for a in c.children)]  # fmt: skip
        return any(self._lemma(p) in PROTEST_PURPOSES for p in purposes)

    def _done_by_people(self, verb: Token) -> bool:
        """ "Villagers blocked ...", "workers obstructed ...": the verb's own subject is a generic word for
        unarmed people (not the police, not a named group), in the active voice."""
        subject = syntax.own_subject(verb)
        if subject is None and verb.dep_ == "xcomp":
            subject = syntax.clause_subject(verb)  # "villagers continued to block a company from ..."
            subject = (syntax.prep_objects(subject, ("of",)) or [subject])[0] if subject is not None and \
                subject.lemma_.lower() in QUANTITY_HEADS | {"hundred", "thousand"} else subject  # "hundreds of"
        if subject is None or syntax.is_passive(verb):
            return False
        mention = self.index.covering(subject)
        return mention is not None and mention.rule == "generic-noun" and _unarmed_people(subject.lower_)

    def _people_held(self, verb: Token) -> bool:
        """ "150 activists were held": people as the passive subject of "hold", with no object ("were held
        hostage" is a phrase of its own) and no "by" phrase, are detained; not "elections were held"."""
        subject = syntax.own_subject(verb)
        if subject is None or not syntax.is_passive(verb) or _by_objects(verb) or syntax.objects(verb):
            return False
        if any(c.dep_ in ("oprd", "acomp", "xcomp") for c in verb.children):
            return False  # "were held responsible", "held captive": a state, or a phrase read elsewhere
        mention = self.index.covering(subject)
        return mention is not None and subject.lower_ not in NOT_PEOPLE and subject.pos_ in ("NOUN", "PROPN")

    def _lemma(self, verb: Token) -> str:
        """The verb's lemma, repaired where the small model gets a past form wrong ("raped" -> "rap") or
        the writer misspells a trigger ("demosntrated")."""
        lemma = verb.lemma_.lower()
        if lemma in self.lexicon.known_verbs:
            return lemma
        doc = verb.doc
        if verb.i >= 2 and doc[verb.i - 1].text == "-" and f"{doc[verb.i - 2].lower_}{lemma}" in self.lexicon.known_verbs:
            return f"{doc[verb.i - 2].lower_}{lemma}"  # "baton-charged": a compound verb the tokenizer split
        form = verb.lower_
        if verb.pos_ != "VERB" and IRREGULAR_PAST.get(form) in self.lexicon.known_verbs:
            return IRREGULAR_PAST[form]  # "gunmen shot a contractor dead" with "shot" tagged as a noun
        if form.endswith("ed"):
            for candidate in (form[:-1], form[:-2], form[:-3], form[:-3] + "y"):
                if candidate in self.lexicon.known_verbs:
                    return candidate
        misspelt = self._misspelt(verb, "verb")
        return misspelt.lemma if misspelt is not None and misspelt.kind == "verb" else lemma

    def _misspelt(self, token: Token, kind: str) -> Correction | None:
        """The trigger a lower-case word no dictionary knows misspells ("portest"); names are left alone."""
        if self.spelling is None or len(token.text) < MIN_LENGTH:
            return None
        text = token.text
        if not (text.islower() or token.is_sent_start and text[1:].islower()):
            return None
        return self.spelling.correct(text, kind)

    # -- trigger kinds -----------------------------------------------------------------------------

    def _phrase_sense(self, verb: Token) -> TriggerSense | None:
        heads = [c for c in verb.children if c.dep_ in ("prt", "dobj", "prep", "advmod", "acomp", "oprd")]
        if any(c.dep_ == "dobj" for c in heads):
            # "called a strike on Thursday": with an object, a preposition after it starts a phrase of its own
            heads = [c for c in heads if c.dep_ != "prep" or c.i < verb.i + 2 or c.lower_ in PARTICLES]
        heads += [t for c in heads if c.dep_ == "prep" for t in c.children if t.dep_ == "pobj"]
        heads += [t for c in heads if c.lemma_ in QUANTITY_HEADS for t in syntax.prep_objects(c, ("of",))]
        for child in heads:
            if child.dep_ in ("prt", "dobj", "prep", "pobj", "advmod", "acomp", "oprd"):
                sense = self.lexicon.phrases.get((self._lemma(verb), child.lemma_.lower()))
                if sense is not None and self._fits(verb, sense):
                    return sense
        # "set a bus belonging to a school on fire": "on fire" hung on the object's last noun
        if (fire := self._fire_in_object(verb)) is not None:
            return fire
        # "set the land office in the upazila ablaze": the result word after a long object, before the next verb
        for tok in verb.doc[verb.i + 1 : verb.sent.end]:
            if tok.pos_ in ("VERB", "AUX", "CCONJ", "SCONJ") or tok.lower_ in (";", ":"):
                break
            if tok.lower_ in BURNT_WORDS and (sense := self.lexicon.phrases.get((self._lemma(verb), tok.lower_))):
                return sense if self._fits(verb, sense) else None
        # The parser often loses "alight", "on fire", "gunfire" after the verb: the words right after it
        for tok in verb.doc[verb.i + 1 : min(verb.i + PHRASE_WINDOW, verb.sent.end)]:
            if tok.pos_ in ("VERB", "AUX", "CCONJ", "PUNCT", "SCONJ"):
                break
            if tok.pos_ == "ADP" and tok.i > verb.i + 1:
                continue  # "called a hartal on Thursday": a later preposition is no particle of the verb
            sense = self.lexicon.phrases.get((self._lemma(verb), tok.lemma_.lower()))
            if sense is not None and self._fits(verb, sense):
                return sense
        return None

    def _fire_in_object(self, verb: Token) -> TriggerSense | None:
        objects = syntax.objects(verb)
        if not objects:
            return None
        if any(t.lower_ == "fire" for t in syntax.prep_objects(verb, ("on",))):
            # "set a truck, plate No. 12, on fire": "on fire" after a long object
            sense = self.lexicon.phrases.get((self._lemma(verb), "fire"))
            if sense is not None and self._fits(verb, sense):
                return sense
        for obj in objects:
            for tok in obj.subtree:
                if tok.lower_ == "fire" and tok.dep_ == "pobj" and tok.head.lower_ == "on":
                    sense = self.lexicon.phrases.get((self._lemma(verb), "fire"))
                    if sense is not None and self._fits(verb, sense):
                        return sense
        return None

    def _fits(self, verb: Token, sense: TriggerSense) -> bool:
        # words as written too: the model lemmatises "bases" to "basis" and "arms" to "arm"
        objs = {w for t in syntax.objects(verb) for w in (t.lemma_.lower(), t.lower_)}
        if syntax.is_passive(verb) and (passive_subject := syntax.own_subject(verb)) is not None:
            # "a stash of firearms was found": the passive subject is the object
            objs |= {passive_subject.lemma_.lower()} | {t.lemma_.lower() for t in syntax.prep_objects(passive_subject, ("of",))}
        # "struck a number of victories": the counted noun is the real object
        objs |= {t.lemma_.lower() for o in syntax.objects(verb) if o.lemma_ in QUANTITY_HEADS for t in syntax.prep_objects(o, ("of",))}
        pobjs = {t.lemma_.lower() for prep in verb.children if prep.dep_ == "prep" for t in prep.children}
        if sense.exclude_objects and objs & set(sense.exclude_objects):
            return False
        if sense.plover_type == "AID" and verb.tag_ == "VBN" and verb.dep_ in ("acl", "amod") and not _by_objects(verb):
            return False  # "men armed with guns", "heavily armed militants": how they were, not an arming
        if sense.intransitive and (objs or not syntax.own_subject(verb) and verb.dep_ != "xcomp"):
            return False
        if sense.needs_object and not (objs | pobjs) & set(sense.needs_object):
            return False
        # "two buses were torched in the town": the parser may lose the subject of a passive; property burnt
        # or wrecked is still a report of the act
        # "five rebels are said to have been killed": the passive infinitive's subject is the governing verb's
        return not any(c.dep_ == "auxpass" for c in verb.children) or bool(syntax.own_subject(verb) or _by_objects(verb)) \
            or sense.mode == "destroy" or _passive_infinitive(verb)

    def _noun(self, noun: Token, sense: TriggerSense) -> None:
        if sense.plover_type in ("COOPERATE", "AGREE") and _inside_a_name(noun):
            return  # "the National Democratic Alliance", "the Comprehensive Peace Agreement": a body's name
        head = noun.head
        if noun.lemma_.lower() == "strike" and _is_labour_strike(noun):
            sense = LABOUR_STRIKE
        if noun.dep_ in ("dobj", "obj") and head.pos_ == "VERB":
            phrase = self._phrase_sense(head)
            if phrase is not None and phrase.plover_type != sense.plover_type:
                return  # "called off the strike": the phrase is the event, the noun what it ends
            if self._lemma(head) == "lead" and sense.plover_type == "COOPERATE":
                return  # "the party led an alliance": it heads a coalition; no one allied that day
            if self._lemma(head) in self.lexicon.light_verbs:
                self._add(noun, head, sense, "noun+light-verb")
                return
            if self._lemma(head) in self.lexicon.verbs or phrase is not None:
                return  # the verb is the trigger ("fought a battle")
        if noun.dep_ == "compound" and sense.plover_type == "PROTEST" and (held := self._held_through_participle(noun)):
            self._add(noun, held, sense, "noun+light-verb")  # "staged a protest demanding ...", misparsed
            return
        if noun.dep_ == "compound":
            if head.lemma_.lower() in EFFORT_NOUNS and head.dep_ != "compound":
                self._noun(head, sense)  # "launched a mediation effort": the effort is the act it names
            elif sense.plover_type == "PROTEST" and self._held_thing(head):
                # "staged a protest camp", "conducted protests nationwide" misparsed as a compound: what
                # people hold with a protest word in front of it is a protest
                self._add(noun, head.head, sense, "noun+light-verb")
            return  # "attack helicopters", "training camps"
        if sense.plover_type != "PROTEST" and _names_a_stance(noun):
            return  # "united in the battle against X" names an enmity, not a battle that took place
        if sense.plover_type != "PROTEST" and self._names_a_grievance(noun):
            return  # "protested against the rape of a girl": what the protest is about, told elsewhere
        self._add(noun, syntax.clause_verb(noun), sense, "noun")

    def _held_through_participle(self, noun: Token) -> Token | None:
        """ "staged a day-long protest demanding jobs": the small model makes the protest word a compound of
        the participle after it, and the participle a modifier of the participle's object; the light verb
        that holds the participle's noun holds the protest."""
        participle = noun.head
        if participle.tag_ != "VBG" or participle.dep_ not in ("amod", "compound") or participle.i < noun.i:
            return None
        held = participle.head
        if held.dep_ in ("dobj", "obj") and held.head.pos_ == "VERB" and self._lemma(held.head) in self.lexicon.light_verbs:
            return held.head
        return None

    def _held_thing(self, noun: Token) -> bool:
        """The object of a light verb ("held a ...", "staged a ...") that is no event word of its own."""
        if noun.dep_ not in ("dobj", "obj") or noun.head.pos_ != "VERB":
            return False
        if any(k in self.lexicon.nouns for k in _noun_keys(noun)):
            return False  # "a protest march": the march is read as itself
        return self._lemma(noun.head) in self.lexicon.light_verbs

    def _names_a_grievance(self, noun: Token) -> bool:
        """ "rallied against the killing of", "a protest over the arrest of": the wrong a protest is about."""
        while noun.dep_ == "conj" and noun.head != noun:
            noun = noun.head  # "against the rape and murder of"
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ not in ("against", "over"):
            return False
        protest = prep.head
        sense = self.lexicon.verbs.get(self._lemma(protest)) if protest.pos_ == "VERB" else next(
            (self.lexicon.nouns[k] for k in _noun_keys(protest) if k in self.lexicon.nouns), None)
        return sense is not None and sense.plover_type == "PROTEST"

    def _supplier(self, noun: Token) -> None:
        """Weapons or aid named with their origin ("US hardware", "arms from Iran") are an AID event."""
        suppliers = [
            m
            for child in noun.children
            if child.dep_ in ("compound", "amod", "poss", "nmod")
            for m in [self.index.covering(child)]
            if m is not None and m.rule in ("actor-kb", "country", "demonym", "spacy-ner")
        ]
        suppliers += [m for t in syntax.prep_objects(noun, ("from",)) for m in [self.index.covering(t)] if m]
        if not suppliers:
            return
        verb = syntax.clause_verb(noun)
        if verb.lemma_.lower() in ("receive",) and self.lexicon.verbs.get("receive"):
            return  # the receive verb frame covers it
        subject = syntax.clause_subject(verb) if verb.pos_ in ("VERB", "AUX") else None
        receivers = self._slot(subject) if subject is not None and subject.i not in _span_ids(noun) else []
        receivers = [m for m in receivers if m not in suppliers]
        sense = TriggerSense("AID", mode="military")
        self._emit(noun, verb, sense, tuple(suppliers[:1]), tuple(receivers[:1]), (), "supplier")

    # -- roles -------------------------------------------------------------------------------------

    def _add(self, trigger: Token, anchor: Token, sense: TriggerSense, rule: str) -> None:
        if anchor.lemma_.lower() in REPORTING_LEMMAS and trigger == anchor:
            return
        subject = syntax.clause_subject(anchor) if anchor.pos_ in ("VERB", "AUX") or _adjective_with_object(anchor) else None
        if subject is None and trigger == anchor:
            subject = _compound_subject(anchor)
        passive = anchor.pos_ == "VERB" and syntax.is_passive(anchor) and syntax.own_subject(anchor) is not None
        # "X, son of a councillor of ..., was gunned down by militants": a long subject the parser lost; the
        # passive auxiliary and the "by" phrase still say who did it
        passive = passive or (anchor.pos_ == "VERB" and anchor.tag_ == "VBN" and syntax.is_passive(anchor)
                              and bool(_by_objects(anchor)))  # fmt: skip
        # "was shot and wounded by ...": the second verb shares the first one's passive subject
        passive = passive or (anchor.dep_ == "conj" and anchor.tag_ == "VBN" and syntax.is_passive(anchor.head))
        # "were arrested by the army and killed": tagged as a simple past, but with no subject or object of its
        # own the second verb is as passive as the first
        passive = passive or (anchor.tag_ == "VBD" and _bare_passive_conjunct(anchor))
        # "Two soldiers killed in an ambush": a headline's participle on its noun tells what befell the noun
        # and "a guard was killed and two soldiers injured": the participle on a noun joined to a passive verb
        passive = passive or (anchor.dep_ == "acl" and anchor.tag_ == "VBN"
                              and (anchor.sent.root == anchor.head
                                   or anchor.head.dep_ == "conj"
                                   and syntax.is_passive(anchor.head.head))
                              and anchor.head.pos_ in ("NOUN", "PROPN") and sense.plover_type == "ASSAULT"
                              and not sense.mutual and not syntax.objects(anchor))  # fmt: skip
        # "was found murdered", "was left injured": the participle is as passive as the verb it completes
        passive = passive or (anchor.tag_ == "VBN" and anchor.dep_ in ("xcomp", "oprd", "acomp", "advcl")
                              and syntax.is_passive(anchor.head))  # fmt: skip
        # "a driver who suffered burns when a firebomb hit his car": the subject of suffering is the victim
        passive = passive or (trigger != anchor and anchor.lemma_.lower() in SUFFER_VERBS
                              and _in_passive_frame(trigger, sense))  # fmt: skip
        # "Two killed in air raid": a headline's bare participle with a number for subject; the number was hit
        # ("12 killed and four injured in a bombing": tagged as a simple past, but a bare number kills no one)
        passive = passive or (anchor.tag_ in ("VBN", "VBD") and anchor.dep_ == "ROOT" and sense.plover_type == "ASSAULT"
                              and not any(c.dep_ == "aux" for c in anchor.children)
                              and (anchor.tag_ == "VBN" or not syntax.objects(anchor))
                              and (counted := syntax.own_subject(anchor)) is not None
                              and (counted.pos_ == "NUM" or _counted(counted) and not syntax.objects(anchor)
                                   and anchor.lemma_.lower() in PERSON_VERBS))  # fmt: skip
        # "was on Wednesday set ablaze by a mob": the parser hung the participle on "was", but a "by" agent
        # is only ever given to a passive participle; so in a headline with no main verb ("X, a blogger, hacked
        # to death by a gang")
        passive = passive or (anchor.tag_ == "VBN" and any(c.dep_ == "agent" for c in anchor.children) and (
            anchor.head.lemma_ == "be" and anchor.head.i < anchor.i
            or anchor.dep_ == "acl" and anchor.sent.root.pos_ in ("NOUN", "PROPN") and sense.plover_type != "PROTEST"))  # fmt: skip
        passive = passive or (anchor.pos_ == "VERB" and _passive_infinitive(anchor))
        if passive and subject is not None and subject.lower_ in OTHERS_WORDS and subject.dep_ == "conj":
            # "nine militants were killed and five others injured": the others are more of the same people
            subject = syntax.own_subject(subject.head) or subject
        # "the shelling left two civilians injured": what was left hurt was hurt, whatever the parse made of it
        left_hurt = _left_hurt(anchor)
        if left_hurt is not None and sense.plover_type == "ASSAULT":
            passive, subject = True, left_hurt
        # "a convoy came under attack", "the town is under fire": the subject is what was attacked
        passive = passive or (trigger != anchor and _in_passive_frame(trigger, sense) and trigger.head.lower_ == "under"
                              and trigger.head.head == anchor and anchor.lemma_.lower() in ("come", "be"))  # fmt: skip
        agents: list[Mention] = []
        patients: list[Mention] = []
        if trigger != anchor or trigger.pos_ != "VERB" or trigger.dep_ in ("nsubj", "nsubjpass", "csubj"):
            # a noun, or a gerund used as one ("Fighting between ..."); a mediation's "between" names its parties
            agents = self._noun_agents(trigger, sides=sense.mutual or "between" not in sense.targets)
        fragment = anchor.dep_ == "acl" and anchor.sent.root.pos_ in ("NOUN", "PROPN")
        if fragment and (anchor.tag_ == "VBD" or anchor.tag_ == "VBN" and (sense.plover_type == "PROTEST"
                                                                          or _acts_on_an_object(anchor))):
            # "Around 200 students from colleges protested ...", "An unidentified man injured and maimed two
            # girls": no main verb; a participle with a direct object is active, and the root noun did it
            subject = anchor.sent.root
        elif _misparsed_main_verb(anchor):
            subject = anchor.sent.root  # "Police in a drive arrested 40 men": the verb hung on "drive"
        if not agents:
            if passive:
                agents = [m for t in _by_objects(anchor) for m in self._slot(t)]
                if trigger == anchor or _in_passive_frame(trigger, sense):
                    patients = self._slot(subject) if subject is not None else []
                    if not patients and subject is not None and trigger == anchor:  # "was found murdered"
                        patients = self._victims(trigger, sense, passive_subject=subject)
                elif not agents and subject is not None:
                    agents = self._slot(subject)  # "were forced to pledge allegiance": the subject pledges
            elif subject is not None:
                agents = self._slot(subject)
        kind = DESCRIBED_KINDS.get(sense.mode or "", DESCRIBED_KINDS.get(sense.plover_type))
        if passive and not agents and (kind in CROWD_KINDS or kind and anchor.dep_ != "relcl"):
            # "a bank was burnt by angry depositors", "was shot dead by armed men": people the knowledge
            # base does not know did it, described by what they are (not in a relative clause: "the
            # family of a man who was shot by robbers protested" tells the protest's grievance)
            agents = [m for t in _by_objects(anchor) for m in self._described_group(t, sense, by_agent=True)]
        if subject is not None and not passive and agents and all(m.rule == "generic-noun" for m in agents):
            agents = self._group_of_generic(subject) or agents
        if not agents and (sense.mutual or trigger.pos_ == "NOUN" or trigger.dep_ in ("nsubj", "nsubjpass")):
            agents = self._between_sides(trigger, anchor)
        if not agents and subject is None and anchor.pos_ == "VERB" and anchor.tag_ in ("VBD", "VBZ", "VBP"):
            agents = self._fronted_subject(anchor)
        if not agents and sense is UNDER_FIRE:  # "came under fire from militants"
            agents = [m for t in (*syntax.prep_objects(anchor, ("from",)), *syntax.prep_objects(trigger, ("from",)))
                      for m in self._slot(t)]  # fmt: skip
        if not agents:
            agents = self._unseen_agent(trigger, anchor, subject, passive, sense)
        if not agents and subject is not None and not passive:
            agents = self._described_group(subject, sense) or self._described_speaker(subject, trigger, sense)
        # "Paramedics from X protested in Y against ...": the small model hangs a protest verb after a long
        # subject on a noun as a participle; whoever the sentence names before it protested
        misparsed = anchor.dep_ == "acl" and anchor.tag_ in ("VBN", "VBD") and not _by_objects(anchor)
        if not agents and sense.plover_type == "PROTEST" and (subject is None or passive or subject == trigger
                                                              or misparsed and trigger == anchor):  # fmt: skip
            agents = self._protest_crowd(trigger, anchor)
        if sense.inverse:
            givers = [m for t in _find_prep_objects(anchor, ("from",)) for m in self._slot(t)]
            agents, patients = givers, agents
        else:
            patients = patients or self._patients(trigger, anchor, sense, agents)
            # "a shootout between A and B": the "between" phrase gave both sides as agents already
            patients = [m for m in patients if m not in agents] if len(agents) > 1 else patients
            if not patients and trigger == anchor:
                patients = [m for m in self._victims(trigger, sense) if not self._covered(m, agents)]
        allies: list[Mention] = []
        mutual = sense.mutual or any(c.lower_ in ("between", "among") for c in trigger.children)
        if mutual and len(agents) > 1 and not patients:
            agents, allies, patients = self._split_sides(agents)
        if not agents:
            return
        assoc = tuple(allies + agents[1:] + patients[1:])
        sides = (1,) * (len(allies) + len(agents) - 1) + (2,) * (len(patients) - 1 if patients else 0)
        rule = "unseen-agent" if agents[0].rule == "unseen-agent" else rule
        self._emit(trigger, anchor, sense, tuple(agents[:1]), tuple(patients[:1]), assoc, rule, sides)

    def _unseen_agent(
        self, trigger: Token, anchor: Token, subject: Token | None, passive: bool, sense: TriggerSense
    ) -> list[Mention]:
        """ "A man was shot dead", "a bomb killed five", "were arrested", "a protest took place": an
        action whose doer the text does not name.

        The doer is the generic actor ACLED codes for it (an unidentified armed group for violence, the
        police for arrests, protesters for a protest); only for a passive clause with no "by" phrase, a
        weapon as the subject, or a protest noun with no one attached.
        """
        kind = (UNSEEN_AGENT_KINDS.get(sense.cue or "") or UNSEEN_AGENT_KINDS.get(sense.mode or "")
                or UNSEEN_AGENT_KINDS.get(sense.plover_type))  # fmt: skip
        if kind is None and sense.mode == "seize" and passive and subject is not None:
            seized = {w for t in [subject, *syntax.prep_objects(subject, ("of",))] for w in (t.lower_, t.lemma_.lower())}
            kind = "police" if seized & WEAPON_CUES else None  # "two rifles were seized": by the police
        if kind is None:
            return []
        # "a bomb killed five", "were wounded by a roadside bomb": the weapon stands for an unnamed attacker
        weapon = subject is not None and subject.lemma_.lower() in WEAPON_SUBJECTS or any(
            t.lemma_.lower() in WEAPON_SUBJECTS for t in _by_objects(anchor))
        # "outside the village, a blast wounded two guards": the parser hung the blast on the place
        weapon = weapon or (subject is None and trigger == anchor and _weapon_before(anchor))
        # "a vehicle hit a landmine", "a boy stepped on a mine": the mine stands for whoever laid it
        weapon = weapon or trigger == anchor and anchor.lemma_.lower() in MINE_CONTACT and any(
            t.lemma_.lower() in MINES for t in [*syntax.objects(anchor), *syntax.prep_objects(anchor, ("on",))])
        # "explosions were heard near the court": the reported blast stands for whoever set it off
        weapon = weapon or (trigger == anchor and self._lemma(anchor) in REPORTED_VERBS and self._explosion_subject(anchor))
        # "a protest took place", "fighting was reported": the noun itself says people did it
        protest_noun = trigger.pos_ == "NOUN" and (sense.plover_type == "PROTEST" or sense.mutual
                                                   and sense.plover_type == "ASSAULT")  # fmt: skip
        if _unrest_reported(trigger):
            kind, protest_noun = "rioters", True  # "violence erupted in the village": a crowd's (ACLED: a riot)
        suffered = passive and subject is not None and (trigger == anchor or _in_passive_frame(trigger, sense))
        # "two buses were torched in the town", "another bus torched at the crossing": property burnt or wrecked
        # by someone the report does not name (the parser lost the subject, or a headline dropped "was")
        suffered = suffered or (sense.mode == "destroy" and trigger == anchor and (
            syntax.is_passive(anchor) and subject is None or _property_subject(anchor, subject)))
        # "there was a bomb attack on a bus", "dozens dead in a blast": the noun reports the act itself
        protest_noun = protest_noun or (sense.plover_type == "ASSAULT" and _act_reported_as_noun(trigger))
        # "The PPP labour wing protested in Hyderabad" parsed with no subject: someone protested
        protest_verb = sense.plover_type == "PROTEST" and subject is None and anchor.dep_ == "ROOT" and trigger == anchor
        if not (weapon or protest_noun or suffered or protest_verb):
            return []
        if _by_objects(anchor) and not weapon and not any(t.lemma_.lower() in UNNAMED_DOERS for t in _by_objects(anchor)):
            return []  # "hit by a falling tree"; but "shot by unknown perpetrators" has a doer, unnamed
        # "explosions were heard": a blast heard from afar is reported as an attack, unless the sentence says gas
        heard = self._lemma(anchor) == "hear" and self._explosion_subject(anchor) and not {t.lower_ for t in trigger.sent} & ACCIDENT_WORDS
        if _accident_words_only(trigger, subject) and not heard:
            return []
        return [Mention("actor", "", trigger.idx, trigger.idx, self.sentence.index, f"generic:{kind}", "unseen-agent")]

    def _described_group(self, subject: Token, sense: TriggerSense, by_agent: bool = False) -> list[Mention]:
        """ "Rickshaw pullers staged a sit-in", "blockade campaigners torched two buses": people the
        knowledge base does not know, described by what they are. ACLED names them by role: holding a
        protest they are protesters, burning or beating they are rioters, otherwise an unidentified
        group. The words are kept as the mention."""
        kind = DESCRIBED_KINDS.get(sense.mode or "") or DESCRIBED_KINDS.get(sense.plover_type)
        if kind is None or subject.pos_ not in ("NOUN", "PROPN", "PRON"):
            return []
        headline = subject.dep_ == "compound" and subject.head.pos_ == "VERB"  # "cattle raiders fire on ..."
        if subject.dep_ not in ("nsubj", "conj", "ROOT", *(("pobj",) if by_agent else ())) and not headline \
                or subject.lower_ in NOT_PEOPLE \
                or subject.lemma_ in WEAPON_SUBJECTS:
            return []
        if subject.pos_ == "PRON" and (subject.lower_ not in ("they", "who") or kind != "protesters"):
            return []
        if subject.ent_type_ in PLACE_ENTITIES or subject.lemma_.lower() in NATURE:
            return []  # "an earthquake struck", "floods destroyed", "Gaza was hit"
        lemma = subject.lemma_.lower()
        if kind != "protesters" and lemma in PROTEST_PEOPLE:
            kind = "rioters"  # pickets and blockaders who hurl bombs are rioters, not an armed group
        if kind != "protesters" and subject.tag_ == "NNP" and not subject.ent_type_ in ("PERSON", "DATE", "TIME"):
            # "Dahalo attacked a bus": a named group the knowledge base lacks is kept under its name
            return [self._words_mention(subject, "", "unknown-group")]
        groupish = lemma in GROUP_NOUNS or any(c.lower_ in UNKNOWN_WORDS for c in subject.children)
        if kind != "protesters" and subject.tag_ not in ("NNS", "NNPS") and not groupish:
            return []  # a singular common noun is seldom the doer of violence ("the fire destroyed")
        if by_agent and kind == "unidentified" and not _unnamed_doers(subject):
            return []  # "killed by bullet wounds": a "by" phrase names people only with a word that says so
        return [self._words_mention(subject, f"generic:{kind}", "described-group")]

    def _protest_crowd(self, trigger: Token, anchor: Token) -> list[Mention]:
        """Who protested when the parse lost them ("Farmers in Badin protested" parsed as a noun phrase,
        "a rally was taken out by a group of graduates"): the "by" phrase, else the first people the
        sentence names before the trigger, else the protesters ACLED codes for a protest of no named crowd."""
        by_phrase = _by_objects(anchor) if trigger != anchor or syntax.is_passive(anchor) else []
        for head in by_phrase:
            crowd = syntax.prep_objects(head, ("of",)) if head.lemma_.lower() in QUANTITY_HEADS | GROUP_WORDS else []
            head = crowd[0] if crowd else head
            if head.pos_ in ("NOUN", "PROPN") and head.lower_ not in NOT_PEOPLE and head.ent_type_ not in PLACE_ENTITIES:
                return [self._words_mention(head, "generic:protesters", "described-group")]
        for tok in self.doc[trigger.sent.start : trigger.i]:
            mention = self.index.covering(tok)
            if mention is not None and (mention.rule != "generic-noun" or _unarmed_people(tok.lower_)):
                return [mention]
        start = trigger.idx
        return [Mention("actor", "", start, start, self.sentence.index, "generic:protesters", "unseen-agent")]

    def _described_speaker(self, subject: Token, trigger: Token, sense: TriggerSense) -> list[Mention]:
        """ "The court cancelled restrictions", "Opposition groups demanded": who states, asks, rejects or
        concedes something, named by words the knowledge base does not know. PLOVER codes these acts
        whoever the source is, and ACLED codes a weapons seizure whoever made it ("law enforcers seized
        two rifles"); violence and protest keep their stricter rules above."""
        if not (sense.plover_type in VERBAL_TYPES or _takes_weapons(trigger, sense)):
            return []
        if subject.pos_ not in ("NOUN", "PROPN"):
            return []
        if trigger.pos_ != "VERB" and (subject == trigger or trigger.i in _span_ids(subject)):
            return []  # "the 20-party alliance called a strike": the trigger word names the speaker itself
        if subject.dep_ not in ("nsubj", "conj") or subject.lemma_.lower() in NATURE | WEAPON_SUBJECTS:
            return []
        if subject.ent_type_ in ("DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY"):
            return []
        return [self._words_mention(subject, "", "described-speaker")]

    def _words_mention(self, head: Token, label: str, rule: str) -> Mention:
        """A mention of a noun phrase's words up to its head ("sugar cane growers", "two tribals")."""
        words = [t for t in head.subtree if t.i <= head.i and t.dep_ not in ("det", "punct", "predet", "nummod")]
        first = words[0] if words else head
        start, end = first.idx, head.idx + len(head.text)
        return Mention("actor", self.text[start:end], start, end, self.sentence.index, label, rule)

    def _victims(self, trigger: Token, sense: TriggerSense, passive_subject: Token | None = None) -> list[Mention]:
        """ "killed two tribals", "a driver was shot": the people a lethal act was done to, when the
        knowledge base does not know them, are civilians (armed victims are named as forces or groups)."""
        if sense.plover_type != "ASSAULT" or trigger.pos_ != "VERB" or trigger.lemma_.lower() not in PERSON_VERBS:
            return []
        if passive_subject is None and syntax.is_passive(trigger):
            passive_subject = syntax.own_subject(trigger)
        # "shot dead a couple": the parser may hang the victim as an adverbial noun after "dead"
        objects = [o for o in _shared_objects(trigger) if o.pos_ in ("NOUN", "PROPN")] + [
            c for c in trigger.children if c.dep_ == "npadvmod" and c.i > trigger.i and c.pos_ == "NOUN"
            and not c.ent_type_ in ("DATE", "TIME")]  # fmt: skip
        heads = objects or ([passive_subject] if passive_subject is not None else [])
        heads = [h for h in heads if h.pos_ in ("NOUN", "PROPN") and h.lemma_.lower() not in NOT_PEOPLE
                 and not any(t.lower_ in ARMED_WORDS for t in h.subtree)]
        return [self._words_mention(heads[0], "generic:civilians", "described-victim")] if heads else []

    def _covered(self, mention: Mention, others: Sequence[Mention]) -> bool:
        return any(o.start <= mention.start < max(o.end, o.start + 1) for o in others)

    def _split_sides(self, actors: list[Mention]) -> tuple[list[Mention], list[Mention], list[Mention]]:
        """ "A, its allied B, and C": A acts, B is on A's side, C is the other side."""
        first, rest = actors[:1], actors[1:]
        allied = [m for m in rest if self._marked_allied(m)]
        others = [m for m in rest if m not in allied]
        return first, allied, others

    def _marked_allied(self, mention: Mention) -> bool:
        tokens = [t for t, m in self.index.by_token.items() if m == mention]
        if not tokens:
            return False
        doc = self.doc
        head = doc[tokens[-1]]
        while head.head.i in tokens or head.dep_ in ("compound",):
            head = head.head
        window = [doc[i].lower_ for i in range(max(tokens[0] - 4, 0), tokens[0])]
        # "its allied Hizballah militia", "their allied militias"; not "the al-Qaeda-affiliated Nusra Front"
        return any(w == "allied" and prev in ("its", "their") for prev, w in itertools.pairwise(window))

    def _group_of_generic(self, subject: Token) -> list[Mention]:
        """ "some fighters" with no group named: the named group that is the subject earlier in the sentence.
        Police are the state's, never a group's ("party men were hurt when police resorted to a baton charge")."""
        covering = self.index.covering(subject)
        if covering is None or covering.rule != "generic-noun" or GENERIC_ACTOR_KINDS.get(subject.lower_) == "police":
            return []
        for verb in syntax.governors(subject):
            if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() in REPORTING_LEMMAS:
                continue
            named = [m for m in self._slot(syntax.own_subject(verb), conj=False) if m.rule in NAMED_RULES]
            if named:
                return named[:1]
        sentence_start = subject.sent.start
        for i in range(subject.i - 1, sentence_start - 1, -1):
            mention = self.index.by_token.get(i)
            if mention is None or mention.rule != "actor-kb":
                continue
            head = self.doc[i]
            while head.dep_ == "compound":
                head = head.head
            if head.dep_ in ("nsubj", "nsubjpass"):
                return [mention]
        return []

    def _fronted_subject(self, verb: Token) -> list[Mention]:
        """ "X, an enemy of Y, led an attack": when the parser lost the subject, the name before the verb."""
        i = verb.i - 1
        while i >= verb.sent.start and self.doc[i].dep_ in ("advmod", "aux"):
            i -= 1
        dated = self._date_before(verb, i)
        # "In Dhaka, rioters on Monday torched ...": the parser hung the doers on the place before them
        if dated is not None and self.doc[dated - 1].dep_ == "appos":
            crowd = self.index.by_token.get(dated - 1)
            if crowd is not None and crowd.rule in (*NAMED_RULES, "generic-noun"):
                return [crowd]
        if i >= verb.sent.start and self.doc[i].text == ",":
            for j in range(i - 1, max(i - 15, verb.sent.start) - 1, -1):
                if self.doc[j].text == ",":
                    i = j
                    break
            else:
                return []
            i -= 1
        mention = self.index.by_token.get(i)
        return [mention] if mention is not None and mention.rule in NAMED_RULES else []

    def _date_before(self, verb: Token, i: int) -> int | None:
        """The first token of "on Monday", "on January 22" ending at `i`, a time phrase of `verb`."""
        if i < verb.sent.start:
            return None
        prep = self.doc[i]
        while prep.dep_ != "prep" and prep.head != prep and prep.i >= verb.sent.start:
            prep = prep.head
        if prep.dep_ != "prep" or prep.i > i:
            return None
        if prep.head != verb and not (prep.head.dep_ == "appos" and prep.head.i == prep.i - 1):
            return None  # "In Feni, rioters on February 6 torched": the date hung on the doers before it
        if not any(t.ent_type_ in ("DATE", "TIME") or _is_date_word(t) for t in prep.children):
            return None
        return prep.left_edge.i

    def _noun_agents(self, noun: Token, sides: bool = True) -> list[Mention]:
        """Agents named on a noun trigger: "IS attack", "Nusra's offensive", "fighting between A and B"
        (the "between" sides only where `sides`)."""
        found = [m for c in noun.children if c.dep_ in ("poss", "compound", "nmod") for m in self._slot(c, conj=False)]
        found += [m for t in syntax.prep_objects(noun, ("by",)) for m in self._slot(t, conj=False)]
        if sides:
            found += [m for t in syntax.prep_objects(noun, ("between", "among")) for m in self._slot(t)]
        # "the blockade enforced by the alliance", "a strike called by the union"
        found += [
            m
            for verb in noun.children
            if verb.dep_ == "acl" and verb.tag_ == "VBN"
            for t in syntax.prep_objects(verb, ("by",))
            for m in self._slot(t, conj=False)
        ]
        between = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "between"]
        if between and len(found) < 2 and sides:
            found += self._listed_after(between[0])
        return _unique(found)

    def _between_sides(self, trigger: Token, anchor: Token) -> list[Mention]:
        """ "Clashes broke out in the town between A and B": the sides of a mutual event, from a "between"
        phrase the parser hung elsewhere in the clause; people the knowledge base does not know ("two
        families") are kept as described groups."""
        scope = {t.i for t in anchor.subtree} | {t.i for t in trigger.subtree}
        if trigger.dep_ in ("nsubj", "nsubjpass") and trigger.head.pos_ in ("VERB", "AUX"):
            # "Fighting continued between A and B": the sides hang on the verb the gerund is subject of
            scope |= {t.i for c in trigger.head.children if c.dep_ == "prep" for t in c.subtree}
        for prep in trigger.sent:
            if prep.lower_ != "between" or prep.i < trigger.i or prep.i not in scope:
                continue
            sides: list[Mention] = []
            for obj in (t for c in prep.children if c.dep_ == "pobj" for t in syntax.with_conjuncts(c)):
                named = self._phrase_actor(obj)
                if named:
                    sides += named
                elif obj.pos_ in ("NOUN", "PROPN") and obj.lemma_.lower() not in NOT_PEOPLE and not (
                    obj.ent_type_ in PLACE_ENTITIES or obj.pos_ == "PROPN" and not obj.ent_type_
                ):
                    sides.append(self._words_mention(obj, "generic:unidentified", "described-group"))
            if len(sides) < 2:  # "between police and opposition activists" parsed as one noun phrase
                listed = self._listed_after(prep, any_rule=True)
                sides = sorted(_unique(sides + listed), key=lambda m: m.start)
            return _unique(sides)
        return []

    def _listed_after(self, prep: Token, any_rule: bool = False) -> list[Mention]:
        """Actors listed after "between" up to the next verb (the parser often loses the list); named
        ones only unless `any_rule` (then "police" and "activists" count too)."""
        out: list[Mention] = []
        for tok in self.doc[prep.i + 1 : prep.sent.end]:
            if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("amod", "compound"):
                break
            mention = self.index.by_token.get(tok.i)
            named = mention is not None and (any_rule or mention.rule in ("actor-kb", "spacy-ner", "country"))
            if mention is not None and named and mention not in out:
                out.append(mention)
        return out

    def _patients(self, trigger: Token, anchor: Token, sense: TriggerSense, agents: Sequence[Mention]) -> list[Mention]:
        if sense.mutual and not sense.targets:
            return []  # "A and B joined forces against C": C is no partner; the partner is in the subject
        preps = sense.targets or DEFAULT_TARGETS.get(sense.plover_type, ("against", "on"))
        heads: list[Token] = []
        verbal = trigger.pos_ == "VERB" or _adjective_with_object(trigger)  # "troops assaulted women" tagged ADJ
        if verbal and sense.plover_type not in OBJECT_IS_NO_TARGET:
            heads += _shared_objects(trigger) or _counted_object(trigger)
        elif trigger.pos_ == "VERB":
            heads += [c for c in trigger.children if c.dep_ == "dative"]
        heads += syntax.prep_objects(trigger, preps)
        if anchor != trigger:
            heads += syntax.prep_objects(anchor, preps)
        if trigger.pos_ == "VERB" and sense.mutual:
            heads += [t for obj in self._phrase_objects(trigger, sense) for t in syntax.prep_objects(obj, preps)]
        return _unique([m for t in heads for m in self._slot(t, conj=False, exclude=agents)])

    def _phrase_objects(self, verb: Token, sense: TriggerSense) -> list[Token]:
        """ "exchanged fire with soldiers": the object that completes a mutual act's phrase, on which the parser
        often hangs the other side ("with soldiers" on "fire", not on "exchanged")."""
        lemma = self._lemma(verb)
        return [obj for obj in syntax.objects(verb) if self.lexicon.phrases.get((lemma, obj.lemma_.lower())) is sense]

    def _slot(self, head: Token | None, conj: bool = True, exclude: Sequence[Mention] = ()) -> list[Mention]:
        """The actor mentions that a role-filling noun phrase names."""
        if head is None:
            return []
        out: list[Mention] = []
        for tok in syntax.with_conjuncts(head) if conj else [head]:
            out.extend(self._phrase_actor(tok, exclude))
        return _unique(out)

    def _forces_owning(self, noun: Token) -> list[Token]:
        """ "troopers belonging to the CRPF", "a jawan attached to the 5th Battalion": the state force that owns
        them (men "belonging to" a party or a group may be its victims, and stay as the text names them)."""
        owners = [obj for verb in noun.children if verb.dep_ == "acl" and verb.lemma_.lower() in ("belong", "attach")
                  for obj in syntax.prep_objects(verb, ("to",))]  # fmt: skip
        return [o for o in owners if (m := self.index.covering(o)) is not None and m.label.startswith(STATE_FORCE_IDS)]

    def _coordinated_with(self, first: Mention, other: Mention) -> bool:
        """Whether a word of `other` is a conjunct ("and") of a word of `first` in the parse."""
        span = self.doc.char_span(first.start, first.end, alignment_mode="expand")
        span_other = self.doc.char_span(other.start, other.end, alignment_mode="expand")
        if span is None or span_other is None:
            return False
        ours = {t.i for t in span}
        return any(t.dep_ == "conj" and t.head.i in ours for t in span_other)

    def _initials_after(self, tok: Token) -> Mention | None:
        """The new group's initials that follow its noun ("the rebel group KWLF", "a militia called DPRM")."""
        for k in (1, 2):
            if tok.i + k >= len(tok.doc) or k == 2 and tok.nbor(1).lower_ not in NAMING_VERBS:
                break
            mention = self.index.covering(tok.nbor(k))
            if mention is not None and mention.label.startswith(INITIALS):
                return mention
        return None

    def _phrase_actor(self, tok: Token, exclude: Sequence[Mention] = ()) -> list[Mention]:
        covering = self.index.covering(tok)
        if covering is not None and covering.rule == "spacy-ner":
            # "The Islamic State Wilayat Dimashq Media Center": a known group owns an unknown unit
            owners = [m for t in tok.subtree if t.i < tok.i for m in [self.index.covering(t)] if m and m.rule == "actor-kb"]
            if owners:
                return owners[:1]
        if covering is not None and covering.rule != "generic-noun":
            # "Pakistani and Indian troops": a state named by a word coordinated with the named force shares its
            # noun, and is a side of its own
            sharing = [m for child in tok.children if child.dep_ == "amod" and child.i < tok.i
                       for m in [self.index.covering(child)] if m is not None and m != covering
                       and m.label.startswith(("demonym:", "country:")) and self._coordinated_with(m, covering)]
            return [*sharing, covering]
        named = self._initials_after(tok)
        if named is not None:
            return [named]  # "the militant group ZLF", "a militia called DPRM": the initials name the group
        modifiers = [m for child in _modifier_chain(tok) for m in [self.index.covering(child)] if m is not None]
        inner = [m for m in modifiers if m.rule != "generic-noun"]
        if covering is not None and covering.label == "generic:police" and all(m.rule == "spacy-ner" and not m.label
                                                                               for m in inner):  # fmt: skip
            inner = []  # "Saroor Nagar police": a name the knowledge base does not know is where the police serve
        if not inner:
            owners = syntax.prep_objects(tok, ("of", "from")) + self._forces_owning(tok)
            if covering is not None and covering.rule == "generic-noun":
                # "soldiers of the 5th Brigade alongside a vigilante force": the troops' own unit, not a partner coordinated
                # after it, would own them
                owners = owners[:1]
            inner = [m for t in owners for m in self._phrase_actor(t)]
        if inner:
            # "the ADF and NALU rebel fighters": names joined by "and" inside one phrase are each a side
            joined = [m for m in inner[1:] if self._coordinated_with(inner[0], m)]
            return [inner[0], *joined]
        if modifiers and covering is None:
            return modifiers[:1]  # "government forces": the generic word names the actor
        if tok.lower_ in GROUP_WORDS and (kind := _described_kind(tok)) is not None:
            # "the extremist group" refers back to a group named before; "rebel groups" describes one
            earlier = self._from_context(tok, exclude) if any(c.lower_ == "the" for c in tok.children) else []
            return earlier or [self._words_mention(tok, f"generic:{kind}", "described-group")]
        if tok.lower_ in PLURAL_PRONOUNS | SINGULAR_PRONOUNS and (reporter := self._reporter(tok)):
            return reporter
        if tok.lower_ in PLURAL_PRONOUNS | SINGULAR_PRONOUNS or tok.lower_ in GROUP_WORDS:
            return self._from_context(tok, exclude)
        if covering is None and tok.ent_type_ == "PERSON":
            return [self._person(tok)]
        return [covering] if covering is not None else []

    def _reporter(self, pronoun: Token) -> list[Mention]:
        """ "Rebel leaders said they would meet the envoy": the subject of a clause that a statement
        reports is, when a pronoun, the one who made the statement."""
        clause = pronoun.head
        if pronoun.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp":
            return []
        statement = clause.head
        if statement.lemma_.lower() not in REPORTING_LEMMAS | STATING_LEMMAS:
            return []
        speaker = syntax.own_subject(statement)
        if speaker is None or speaker.pos_ not in ("NOUN", "PROPN") or speaker.lower_ in NOT_PEOPLE:
            return []
        found = self._slot(speaker, conj=False)
        if found or speaker.ent_type_ in ("DATE", "TIME", "CARDINAL") or speaker.lemma_.lower() in NATURE:
            return found
        return [self._words_mention(speaker, "", "described-speaker")]

    def _person(self, tok: Token) -> Mention:
        """A named person acting in the event ("Zia rejected the offer"): kept as an actor by name."""
        ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
        start, end = (ent.start_char, ent.end_char) if ent is not None else (tok.idx, tok.idx + len(tok.text))
        return Mention("actor", self.text[start:end], start, end, self.sentence.index, "", "person")

    def _from_context(self, tok: Token, exclude: Sequence[Mention] = ()) -> list[Mention]:
        """Resolve "both groups", "the two factions", "they", "it" to the actors named just before."""
        before = self.index.named_before(tok.idx)
        if not before:
            return []
        plural = tok.lower_ in GROUP_WORDS and any(c.lower_ in ("both", "two") for c in tok.children)
        if plural:
            distinct: list[Mention] = []
            for m in reversed(before):
                if all((m.label or m.text) != (d.label or d.text) for d in distinct):
                    distinct.append(m)
                if len(distinct) == 2:
                    return distinct[::-1]
            return []
        if tok.lower_ in GROUP_WORDS:
            # "the extremist group": the nearest group named before, other than the actor on the other side
            if any(c.lower_ == "the" for c in tok.children) and tok.lower_ in GROUP_DESCRIPTIONS:
                skip = {m.label or m.text for m in exclude}
                earlier = [m for m in before if (m.label or m.text) not in skip and m.rule == "actor-kb"]
                return earlier[-1:]
            return []
        if self.frames and self.frames[-1].sentence >= self.sentence.index - 1:
            return list(self.frames[-1].actor1)
        return before[-1:]

    def _emit(
        self,
        trigger: Token,
        anchor: Token,
        sense: TriggerSense,
        actor1: tuple[Mention, ...],
        actor2: tuple[Mention, ...],
        assoc: tuple[Mention, ...],
        rule: str,
        sides: tuple[int | None, ...] = (),
    ) -> None:
        if not actor1 or any(f.trigger_token == trigger.i for f in self.frames):
            return
        if actor2 and actor2[0] == actor1[0]:
            actor2 = ()
        kept = [(m, side) for m, side in itertools.zip_longest(assoc, sides[: len(assoc)]) if m not in actor1 + actor2]
        core = syntax.clause_core(anchor) | {t.i for t in trigger.subtree}
        doc = trigger.doc
        cues = frozenset(doc[i].lower_ for i in core if not _no_weapon_word(doc, i)) | ({sense.cue} if sense.cue else set())
        if rule == "unseen-agent":  # "a bomb exploded ..., killing five": the weapon says how
            cues |= {t.lower_ for t in trigger.sent if t.lemma_.lower() in WEAPON_SUBJECTS and not _no_weapon_word(doc, t.i)}
        if _named_in_attribution(trigger):
            cues |= {ATTRIBUTED_CUE, CLAIMED_CUE} if _claimed(trigger) else {ATTRIBUTED_CUE}
        self.frames.append(
            EventFrame(
                index=len(self.frames),
                sentence=self.sentence.index,
                plover_type=sense.plover_type,
                mode=sense.mode,
                trigger=trigger.text,
                trigger_start=trigger.idx,
                trigger_end=trigger.idx + len(trigger.text),
                trigger_token=trigger.i,
                anchor_token=anchor.i,
                actor1=actor1,
                actor2=actor2,
                assoc=tuple(m for m, _ in kept),
                assoc_sides=tuple(side for _, side in kept),
                clause_tokens=frozenset(core),
                cues=frozenset(c for c in cues if c),
                rule=rule,
                supplier_rule=rule == "supplier",
                main_clause=_asserted_by_main_clause(trigger, anchor, rule),
            )
        )


# Acts of words and of policy, coded by PLOVER whoever does them (ACLED codes none of them on its own).
VERBAL_TYPES = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                          "REJECT", "THREATEN", "SANCTION"})  # fmt: skip
CROWD_KINDS = frozenset({"rioters", "protesters"})
DESCRIBED_KINDS = {"PROTEST": "protesters", "destroy": "rioters", "primitive": "rioters", "beat": "rioters",
                   "ASSAULT": "unidentified"}  # fmt: skip
# Verbs whose object is a living being: an unknown object of theirs is a person.
PERSON_VERBS = frozenset({"kill", "murder", "shoot", "behead", "execute", "stab", "hack", "chop", "beat", "lynch", "gun",
                          "manhandle", "bludgeon", "club", "clobber", "axe", "injure", "wound", "abduct", "kidnap", "rape", "torture", "slaughter", "massacre",
                          "assassinate", "thrash", "lathicharge", "hang", "strangle"})
SUFFER_VERBS = frozenset({"suffer", "sustain", "receive", "survive", "succumb", "die", "perish", "escape"})
NATURE = frozenset({"flood", "storm", "rain", "wind", "landslide", "earthquake", "fire", "flame", "wave", "cyclone",
                    "tremor", "quake", "animal", "elephant", "tiger", "dog", "snake", "disease", "accident"})
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
PROTEST_PEOPLE = frozenset({"picket", "pickets", "picketer", "blockader", "striker", "agitator", "demonstrator",
                            "campaigner", "protester", "protestor", "supporter", "activist", "enforcer"})
GROUP_NOUNS = frozenset({"group", "gang", "militia", "band", "squad", "unit", "mob", "crowd", "paramilitary", "outfit",
                         "cell", "faction", "gunman", "assailant", "attacker", "sniper"})
# Words for a doer that the report does not name ("shot by unknown perpetrators").
UNNAMED_DOERS = frozenset({"perpetrator", "assailant", "attacker", "miscreant", "gunman", "unknown", "criminal",
                           "robber", "bandit", "thug", "goon", "culprit", "sniper"})
UNKNOWN_WORDS = frozenset({"unknown", "unidentified", "armed", "masked", "suspected", "paramilitary"})
# Words that make a victim an armed one ("fourteen armed Islamists were killed").
ARMED_WORDS = frozenset({"armed", "islamist", "islamists", "combatant", "combatants", "guerrilla", "guerrillas",
                         "commander", "commanders", "officer", "officers", "cadre", "cadres", "operative",
                         "operatives", "recruit", "recruits", "personnel", "jawan", "jawans", "trooper",
                         "troopers", "sepoy", "constable", "policeman", "policemen", "militiaman", "member"})  # fmt: skip
# Subjects of "protest" that are not people ("the letter protested", "the move sparked").
NOT_PEOPLE = frozenset({"it", "this", "that", "which", "letter", "statement", "move", "decision", "report", "note",
                        "incident", "attack", "violence", "explosion", "blast", "fire", "clash", "clashes", "area",
                        "village", "town", "house", "vehicle", "car", "bus", "truck", "post", "camp", "office",
                        "station", "base", "building", "position", "convoy", "checkpoint"})  # fmt: skip
LABOUR_STRIKE = TriggerSense("PROTEST", mode="strike-gen")
PEOPLE_HELD = TriggerSense("COERCE", mode="detain")
UNDER_FIRE = TriggerSense("ASSAULT", mode="firearms")
# Who "comes under fire" only in words: blamed, not shot at.
FIGURATIVE_FIRE_SUBJECTS = frozenset({"government", "minister", "ministry", "president", "policy", "party", "leader",
                                      "decision", "plan", "move", "chief", "he", "she", "they", "it", "official",
                                      "officials", "administration", "authorities", "court", "commission", "board"})
# What people do to stop a road, a site or a project in protest ("residents blocked construction", "locals
# obstructed the movement of vehicles"): a protest when the doers are people, not forces.
# Verbs that report an explosion without saying who set it off ("a blast rocked the town").
REPORTED_VERBS = frozenset({"hear", "occur", "rock", "take place", "happen", "shake", "jolt"})
EXPLOSION_NOUNS = frozenset({"explosion", "explosions", "blast", "blasts"})
# Words that say someone set a blast off: who is "responsible", the "perpetrators", a claim of "responsibility".
BLAME_WORDS = frozenset({"responsible", "responsibility", "perpetrators", "culprits", "claimed", "blamed"})
ACCIDENT_WORDS = frozenset({"gas", "cylinder", "boiler", "transformer", "factory", "mine", "quarry", "fireworks"})
BLOCKING_VERBS = frozenset({"block", "obstruct", "stall", "barricade", "squat", "surround", "encircle", "disrupt", "shut"})
CROWD_BLOCKADE = TriggerSense("PROTEST", mode="demo-spon")
# What protesters do that is no part of their protest ("protesters were", "protesters had", "protesters left").
NOT_PROTEST_ACTS = frozenset({"be", "have", "do", "leave", "disperse", "end", "stop", "return", "die", "suffer",
                              "sustain", "receive", "flee", "escape", "accuse", "allege", "deny", "complain"})
# People coming together ("convened", "turned out", "camped") ...
ASSEMBLY_VERBS = frozenset({"convene", "converge", "flock", "camp", "turn", "come", "throng", "congregate", "gather",
                            "assemble"})
# ... for a purpose only a demonstration has ("to oppose", "to demand", "to call for").
PROTEST_PURPOSES = frozenset({"oppose", "demand", "denounce", "condemn", "protest", "call", "press", "decry",
                              "voice", "register", "demonstrate", "agitate"})
STRIKE_MODIFIERS = frozenset({"hunger", "general", "labour", "labor", "token", "transport", "nationwide", "indefinite",
                              "day-long", "relay", "wildcat", "pen-down", "tool-down", "sit-down", "statewide"})
STRIKE_VERBS = frozenset({"call", "observe", "enforce", "declare", "announce", "end", "call off", "hold", "stage",
                          "continue", "begin", "join", "extend", "withdraw", "suspend"})
# People who strike but are no generic actor word of their own (the rest come from GENERIC_ACTOR_KINDS).
STRIKING_GROUPS = frozenset({"unions", "union", "engineers", "transporters", "porters", "miners", "pilots", "clerks"})


def _adjective_with_object(token: Token) -> bool:
    """ "Police open fire on protesters", "Militants attack a convoy": a headline's present-tense verb that
    the small model tags as an adjective, or as a noun at the root with a subject of its own; neither takes
    a direct object, so one with an object is a verb."""
    if token.pos_ == "NOUN" and token.dep_ == "ROOT":
        return any(c.dep_ == "nsubj" for c in token.children) and any(c.dep_ == "dobj" for c in token.children)
    return token.pos_ == "ADJ" and any(c.dep_ == "dobj" for c in token.children)


def _compound_subject(verb: Token) -> Token | None:
    """ "Cattle raiders fire on villagers": in a headline the small model may make the plural noun right
    before a present-tense main verb a compound of the verb; that noun is the verb's subject."""
    if verb.pos_ != "VERB" or verb.dep_ != "ROOT" or verb.i == verb.sent.start:
        return None
    before = verb.doc[verb.i - 1]
    return before if before.dep_ == "compound" and before.head == verb and before.tag_ in ("NNS", "NNPS") else None


def _shared_objects(verb: Token) -> list[Token]:
    """The verb's objects; for a verb with none, those of the verb joined after it that has no subject of its
    own ("targeted and assaulted women", "shot at and injured a candidate": both verbs act on one object)."""
    found = syntax.objects(verb)
    if found:
        return found
    for joined in verb.children:
        if joined.dep_ == "conj" and joined.i > verb.i and joined.pos_ in ("VERB", "ADJ") and _joined_directly(verb, joined):
            return syntax.objects(joined)
    return []


# Past forms of trigger verbs that the small model, tagging them as nouns, leaves with their own lemma.
IRREGULAR_PAST = {"shot": "shoot", "burnt": "burn", "fought": "fight", "struck": "strike", "beaten": "beat",
                  "stole": "steal", "stolen": "steal", "slain": "slay", "slew": "slay"}  # fmt: skip
APPROXIMATORS = frozenset({"over", "about", "around", "nearly", "almost"})  # "over 100", read as prepositions


def _counted_object(verb: Token) -> list[Token]:
    """ "arrested over a 100 suspected militants": the parser reads "over" as a preposition on the verb and
    the count's noun as its object; a number right after the word marks the noun as the verb's object."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i != verb.i + 1 or prep.lower_ not in APPROXIMATORS:
            continue
        for noun in (c for c in prep.children if c.dep_ == "pobj"):
            if any(t.like_num for t in verb.doc[prep.i + 1 : noun.i]):
                return syntax.with_conjuncts(noun)
    return []


def _joined_directly(verb: Token, joined: Token) -> bool:
    """Only "and", an adverb or a bare particle between two verbs ("shot at and seriously injured"); not a
    new clause after a comma ("left one dead, several injured, and forced hundreds to flee")."""
    between = verb.doc[verb.i + 1 : joined.i]
    return syntax.own_subject(joined) is None and all(
        t.dep_ in ("cc", "advmod", "neg") or t.dep_ == "prep" and not list(t.children) for t in between)


def _weapon_before(verb: Token) -> bool:
    """The noun right before a subjectless verb (adverbs skipped) is a weapon: its lost subject."""
    i = verb.i - 1
    while i > verb.sent.start and verb.doc[i].dep_ in ("advmod", "aux", "neg"):
        i -= 1
    before = verb.doc[i]
    return i >= verb.sent.start and before.pos_ == "NOUN" and before.lemma_.lower() in WEAPON_SUBJECTS


def _passive_infinitive(verb: Token) -> bool:
    """ "are suspected to have been killed", "were said to be abducted": a passive infinitive whose subject
    is the governing verb's."""
    return verb.dep_ == "xcomp" and syntax.is_passive(verb) and syntax.clause_subject(verb) is not None


def _acts_on_an_object(participle: Token) -> bool:
    """A past participle with a direct object, itself or in a verb joined to it ("injured and maimed two
    girls", "shot at and wounded a candidate"): the active voice, for a passive participle takes none."""
    return any(syntax.objects(v) for v in (participle, *(c for c in participle.children if c.dep_ == "conj")))


def _unarmed_people(word: str) -> bool:
    """ "workers", "traders", "unions": people who strike or protest, not an armed force."""
    return GENERIC_ACTOR_KINDS.get(word) in UNARMED_KINDS or word in STRIKING_GROUPS


# Words that make a "strike" an armed one: from the air or by heavy weapons ("aerial strikes", "a drone strike
# kills 5"), or by or on fighters ("rebels launched a strike on an army post").
MILITARY_STRIKE_WORDS = frozenset({"air", "aerial", "drone", "drones", "jet", "jets", "missile", "missiles", "airforce",
                                   "warplane", "warplanes", "fighter", "helicopter", "helicopters", "gunship",
                                   "gunships", "bombers", "precision", "surgical", "airstrike", "airstrikes", "artillery",
                                   "rocket", "rockets", "pre-emptive", "preemptive", "retaliatory", "nato", "coalition",
                                   "rebels", "militants", "insurgents", "army", "troops", "military", "fighters",
                                   "jihadists", "terrorists", "militia", "militias"})


NAME_ENTITIES = frozenset({"ORG", "LAW", "FAC", "NORP", "WORK_OF_ART"})


def _inside_a_name(noun: Token) -> bool:
    """A capitalised trigger noun that closes or continues a name the model tagged ("members of the National
    Democratic Alliance"): the name of a body or a treaty, not an act. Not in a headline written in title
    case, where every word but the small ones is capitalised."""
    if not noun.text[:1].isupper() or noun.i == noun.sent.start:
        return False
    named = noun.ent_iob_ == "I" and noun.ent_type_ in NAME_ENTITIES
    proper = noun.pos_ == "PROPN" and any(
        c.dep_ == "compound" and c.pos_ == "PROPN" and c.text[:1].isupper() for c in noun.children
    )  # "the Grand Alliance", which the model may not tag at all, or tag as a place
    if not (named or proper):
        return False
    return any(t.is_alpha and not t.is_stop and t.is_lower for t in noun.sent)  # not every word capitalised


def _is_labour_strike(noun: Token) -> bool:
    """ "went on strike", "a hunger strike", "called a general strike": a strike by workers, not an attack.
    A strike noun whose sentence names no aircraft, missiles or artillery ("the strike by bus owners entered
    its second day", "a 48-hour strike was imposed") is a workers' strike too."""
    if not {t.lower_ for t in noun.sent} & MILITARY_STRIKE_WORDS:
        return True
    if any(c.lower_ in STRIKE_MODIFIERS for c in noun.children if c.dep_ in ("compound", "amod", "nmod")):
        return True
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "on" and head.head.lemma_.lower() in ("go", "be", "remain", "sit", "stay", "continue"):
        return True
    if noun.dep_ in ("dobj", "obj") and head.lemma_.lower() in STRIKE_VERBS and not syntax.prep_objects(noun, ("on", "against")):
        return True
    # "employees continued their strike", "nurses began a strike against the ministry": a strike
    # whose people are workers, not fighters (whatever it is against)
    subject = syntax.clause_subject(head) if head.pos_ in ("VERB", "AUX") else None
    return subject is not None and _unarmed_people(subject.lower_) and not syntax.prep_objects(noun, ("on",))


def _noun_keys(noun: Token) -> list[str]:
    """Lexicon keys of a noun: its lemma, the word as written ("talks" is not "talk"), and a hyphenated
    compound the tokenizer split ("sit-in")."""
    keys = [noun.lemma_.lower(), noun.lower_]
    doc = noun.doc
    if noun.i + 2 < len(doc) and doc[noun.i + 1].lower_ == "of" and noun.dep_ != "pobj":
        # not a killing "in an exchange of fire": the killing verb's frame tells that fight
        keys.insert(0, f"{keys[0]} of {doc[noun.i + 2].lemma_.lower()}")  # "an exchange of fire"
    if noun.i >= 2 and doc[noun.i - 1].text == "-":
        keys.insert(0, f"{doc[noun.i - 2].lower_}-{noun.lower_}")
    if noun.i >= 1 and doc[noun.i - 1].dep_ in ("amod", "compound") and doc[noun.i - 1].head == noun:
        keys.insert(0, f"{doc[noun.i - 1].lower_} {noun.lemma_.lower()}")  # "a human chain"
    return keys


def _modifier_chain(tok: Token) -> list[Token]:
    """Modifiers that may name who a noun phrase is: "Pakistan President Zia", "Israeli Prime Minister X"."""
    out: list[Token] = []
    todo = [tok]
    while todo:
        head = todo.pop()
        for child in head.children:
            if child.dep_ in ("compound", "poss", "nmod") or (child.dep_ == "amod" and child.pos_ in ("PROPN", "ADJ")):
                out.append(child)
                todo.append(child)
    return sorted(out, key=lambda t: t.i)


BURNT_WORDS = frozenset({"ablaze", "alight", "afire"})
# Things burnt or wrecked in riots and arson ("a bus torched", "the office vandalised").
PROPERTY_NOUNS = frozenset({"bus", "truck", "lorry", "car", "van", "vehicle", "motorcycle", "motorbike", "microbus",
                            "train", "tractor", "house", "home", "shop", "office", "building", "school", "kiosk",
                            "warehouse", "store", "market", "tyre", "tire"})  # fmt: skip
# Words that tell what an attack left behind ("dead in an explosion", "injured in a blast").
CASUALTY_WORDS = frozenset({"dead", "injured", "wounded", "hurt", "killed"})


def _property_subject(verb: Token, subject: Token | None) -> bool:
    """ "Another bus torched at the crossing": a headline's participle whose subject is a thing, which was
    the object of the act; no one names who did it."""
    if subject is None or subject.dep_ != "nsubj" or verb.tag_ not in ("VBD", "VBN") or syntax.objects(verb):
        return False
    return subject.lemma_.lower() in PROPERTY_NOUNS


def _act_reported_as_noun(noun: Token) -> bool:
    """ "There was a bomb attack on a bus", "Dozens dead in a blast at a market": an attack told as a
    noun that the sentence asserts took place, with no verb whose subject could name the attacker."""
    if noun.pos_ != "NOUN":
        return False
    head = noun.head
    if noun.dep_ == "attr" and head.lemma_ == "be" and any(c.dep_ == "expl" for c in head.children):
        return True
    return (noun.dep_ == "pobj" and head.lower_ == "in" and head.head.pos_ == "ADJ"
            and head.head.lower_ in CASUALTY_WORDS)  # fmt: skip


# What crowd-control shells carry ("teargas shells", "smoke shelling"): no heavy weapon
CROWD_CONTROL_SHELLS = frozenset({"smoke", "tear", "teargas", "tear-gas", "pepper", "gas"})


# Weapons that wreck what they hit by blowing up ("a bomb damaged the poles", "destroyed by an IED").
EXPLOSIVE_DOERS = frozenset({"bomb", "bombs", "ied", "ieds", "explosive", "explosives", "device", "devices", "mine",
                             "mines", "landmine", "landmines", "grenade", "grenades", "blast", "blasts", "explosion",
                             "explosions", "rocket", "rockets", "shell", "shells", "mortar", "mortars"})


def _wrecked_by_explosives(verb: Token) -> bool:
    """ "A bomb wrecked the terminal", "four poles were damaged by small bombs": property destroyed by an explosive
    is an explosion, not a riot or a looting."""
    doers = _by_objects(verb) if syntax.is_passive(verb) else [s for s in [syntax.own_subject(verb)] if s is not None]
    return any(d.lower_ in EXPLOSIVE_DOERS for d in doers)


def _crowd_control_shells(noun: Token, sense: TriggerSense | None) -> bool:
    """Whether a heavy-weapons word is the shells of crowd control ("teargas shells"), no artillery."""
    if sense is None or sense.mode != "heavy-weapons":
        return False
    before = noun.doc[noun.i - 1] if noun.i > noun.sent.start else None
    return (before is not None and before.lower_ in CROWD_CONTROL_SHELLS) or any(
        c.lower_ in CROWD_CONTROL_SHELLS for c in noun.children if c.dep_ in ("compound", "amod"))


MUTUAL_CAUSES = frozenset({"clash", "infighting", "fighting", "fight", "violence", "brawl", "scuffle", "battle",
                           "gunfight", "skirmish", "riot", "rioting", "feud", "melee"})


def _left_hurt(participle: Token) -> Token | None:
    """ "left two civilians injured" (the participle completing "left", or hung on its object): the people left
    hurt, else None."""
    if participle.tag_ != "VBN":
        return None
    leave = participle.head if participle.dep_ != "acl" else participle.head.head
    cause = syntax.own_subject(leave)
    if cause is not None and cause.lemma_.lower() in MUTUAL_CAUSES:
        return None  # "infighting left five injured": the fighters hurt one another, as the fight's rules read
    if participle.dep_ in ("oprd", "xcomp", "ccomp") and participle.head.lemma_ == "leave":
        return syntax.first_child(participle.head, ("dobj",))
    if participle.dep_ == "acl" and participle.head.dep_ == "dobj" and participle.head.head.lemma_ == "leave":
        return participle.head
    return None


def _accident_words_only(trigger: Token, subject: Token | None) -> bool:
    """An explosion or blast with no weapon or attacker named in its sentence may be an accident; one that hit
    policemen named by their rank, with no gas or boiler to blame, was set off at them."""
    words = {trigger.lemma_.lower(), subject.lemma_.lower() if subject is not None else ""}
    if not words & BLAST_WORDS or trigger.head.lower_ == "under":  # "came under fire" is gunfire, no blaze
        return False
    said = {t.lower_ for t in trigger.sent}
    # the next sentence may say what the blast was: "police are trying to find out who was responsible"
    after = trigger.sent.end
    said_next = {t.lower_ for t in trigger.doc[after].sent} if after < len(trigger.doc) else set()
    if (said | said_next) & ACCIDENT_WORDS:
        return not (said & ATTACK_EVIDENCE)
    return not (said & ATTACK_EVIDENCE or _police_named(trigger.sent) or (said | said_next) & BLAME_WORDS
                or said_next & ATTACK_EVIDENCE)


# Policemen named as people, by their rank ("a head constable", "two sub inspectors"); not "police said".
POLICE_PERSONS = frozenset({"policeman", "policemen", "policewoman", "policewomen", "constable", "constables",
                            "sub-inspector", "sub-inspectors", "havildar", "cop", "cops"})  # fmt: skip


def _police_named(sentence: Span) -> bool:
    tokens = [t.lower_ for t in sentence]
    return bool(set(tokens) & POLICE_PERSONS) or any(
        a == "sub" and b in ("inspector", "inspectors") for a, b in itertools.pairwise(tokens))


# Particles the parser may label as prepositions ("pushed the rebels out of", "handed the town over").
ARTICLES = frozenset({"a", "an", "the", "their", "its", "his", "her"})
PARTICLES = frozenset({"out", "back", "off", "up", "down", "over", "away"})
PHRASE_WINDOW = 6  # tokens after a verb searched for the second word of a phrase the parser misattached
MAIN_CLAUSE_NOUN_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "oprd"})


def _asserted_by_main_clause(trigger: Token, anchor: Token, rule: str) -> bool:
    """ "Rebels attacked", "staged a protest", "Clashes broke out": the sentence's main assertion.

    Not an event named inside another ("protested against the killing of", "a man killed last week").
    """
    head = anchor
    while head.dep_ == "conj" and head.head != head:
        head = head.head
    if head.dep_ != "ROOT" or any(syntax.misread_participle(c) == anchor for c in anchor.children):
        return False  # "two guards posted at the gate were shot": the participle only describes the guards
    if trigger == anchor or rule == "noun+light-verb":
        return True
    return trigger.head == anchor and trigger.dep_ in MAIN_CLAUSE_NOUN_DEPS


def _bare_passive_conjunct(verb: Token) -> bool:
    """ "were seized by the army and killed": a verb done to people, joined to a passive verb, with no subject or
    object of its own, shares the first verb's voice (and its "by" phrase)."""
    return (verb.dep_ == "conj" and syntax.is_passive(verb.head) and verb.lemma_.lower() in PERSON_VERBS
            and syntax.own_subject(verb) is None and not syntax.objects(verb))  # fmt: skip


def _counted(subject: Token) -> bool:
    """ "Four militants killed": people counted by a number, as a headline's subject (of a verb done to people:
    "two groups clashed" is no passive)."""
    return subject.pos_ == "NOUN" and any(c.dep_ == "nummod" for c in subject.children)


def _by_objects(verb: Token) -> list[Token]:
    """The "by" agents of a passive verb, also where the parser hung "by" on a word after it ("shot dead
    by gunmen", "left injured by ...")."""
    found = syntax.prep_objects(verb, ("by",))
    for child in verb.children:
        if not found and child.dep_ in ("oprd", "acomp", "advmod", "xcomp", "conj") and child.i > verb.i:
            found = syntax.prep_objects(child, ("by",))
    # "was shot dead in his home by soldiers": the parser hung "by" on the place noun before it
    for place in syntax.prep_objects(verb, PLACE_BEFORE_AGENT) if not found else ():
        if place.lemma_.lower() not in PLACE_NOUNS:
            continue  # "killed in an attack by rivals": the attack's own doer, which the noun's frame reads
        found = [t for t in syntax.prep_objects(place, ("by",)) if t.pos_ in ("NOUN", "PROPN")]
        if found:
            break
    # "was abducted by rebels and killed": the second passive verb shares the first one's "by" phrase
    if not found and verb.tag_ in ("VBN", "VBD") and _bare_passive_conjunct(verb):
        found = syntax.prep_objects(verb.head, ("by",))
    # "attacked by ruling party supporters": the small model reads the participle adjective as a gerund
    # ("by ruling [them]") and its noun as the gerund's object
    return [o for t in found for o in (
        [c for c in t.children if c.dep_ == "dobj"] or [t] if t.dep_ == "pcomp" and t.lower_ in PARTICIPLE_ADJECTIVES
        else [t])]  # fmt: skip


# Words for more people of the kind named before them ("two were killed and five others injured").
OTHERS_WORDS = frozenset({"others", "more"})
# Prepositions of a place or occasion that the parser may give a passive verb's "by" phrase to.
PLACE_BEFORE_AGENT = ("in", "at", "near", "inside", "outside", "on")
# Places a victim is hit in ("shot in his home by ..."), which never do anything themselves.
PLACE_NOUNS = frozenset({
    "home", "house", "residence", "village", "shop", "office", "farm", "field", "room", "compound", "camp",
    "market", "street", "road", "bed", "car", "vehicle", "mosque", "church", "temple", "school",
})  # fmt: skip

# Participles that serve as adjectives of a group ("the ruling party", "warring factions").
PARTICIPLE_ADJECTIVES = frozenset({"ruling", "opposing", "warring", "governing", "fighting", "rioting", "marauding"})


def _described_kind(group: Token) -> str | None:
    """ "rebel groups", "armed groups", "an unknown group": the kind of generic actor a described group
    word names, or None when nothing describes it ("the group", "both groups")."""
    words = [c.lower_ for c in group.children if c.dep_ in ("amod", "compound")]
    if "anti" in words or any(w.startswith("anti-") for w in words):
        return "unidentified"  # "an anti-government group": armed against the state, not of it
    for word in words:
        kind = GENERIC_ACTOR_KINDS.get(word) or GENERIC_ACTOR_KINDS.get(word + "s")
        if kind is not None:
            return kind
    return "unidentified" if any(w in UNKNOWN_WORDS or w in ("militant", "terrorist", "jihadist", "criminal", "rival")
                                 for w in words) else None


def _takes_weapons(trigger: Token, sense: TriggerSense) -> bool:
    """A seizure, find or defusing of weapons: what ACLED codes as disrupted weapons use."""
    if sense.cue == "disrupted":
        return True
    if sense.mode != "seize" or trigger.pos_ != "VERB":
        return False
    return any(t.lower_ in WEAPON_CUES for o in syntax.objects(trigger) for t in (o, *syntax.prep_objects(o, ("of",))))


ATTRIBUTION_WORDS = frozenset({"responsibility", "responsible", "accuse", "accusation", "allegation", "allege", "blame"})


# Words of a heavy weapon that name none: warning shots "fired in the air", "tear gas shells", "smoke shelling",
# "security raids" (not "air raids"), "a gas pipeline".
_NOT_HEAVY = {"air": (("in", "the"), ("into", "the")), "shells": (("gas",), ("teargas",), ("smoke",)),
              "shell": (("gas",), ("teargas",), ("smoke",)), "shelling": (("gas",), ("teargas",), ("smoke",))}
_AIR_WORDS = frozenset({"air", "aerial", "drone", "helicopter"})
_GAS_WORKS = frozenset({"pipeline", "pipelines", "field", "fields", "station", "stations", "cylinder", "cylinders",
                        "plant", "well", "wells", "supply", "line", "company", "tanker", "leak"})  # fmt: skip


def _no_weapon_word(doc: Doc, i: int) -> bool:
    """ "Police fired shots in the air", "lobbed tear gas shells", "during security raids", "blew up a gas pipeline":
    the word is no air strike, artillery or chemical weapon."""
    word = doc[i].lower_
    if word == "raids":
        return i == 0 or doc[i - 1].lower_ not in _AIR_WORDS
    if word == "gas":
        return i + 1 < len(doc) and doc[i + 1].lower_ in _GAS_WORKS
    before = _NOT_HEAVY.get(word)
    if before is None:
        return False
    return any(i >= len(words) and tuple(t.lower_ for t in doc[i - len(words) : i]) == words for words in before)


def _named_in_attribution(trigger: Token) -> bool:
    """ "claimed responsibility for the attack", "accused X of the bombing", "has claimed the murder of":
    the act is named as what someone is blamed for or claims; the report is the attribution."""
    if trigger.pos_ == "VERB" and trigger.dep_ != "pcomp":
        return False
    if trigger.pos_ != "VERB" and any(c.lower_ in ("a", "an") for c in trigger.children):
        return False  # "claimed an IED blast that killed eight": a new act, told with its claim
    if trigger.dep_ == "dobj" and trigger.head.lemma_.lower() == "claim":
        return not _claim_denied(trigger.head)
    governors = list(itertools.islice(syntax.governors(trigger), 5))
    if any(g.pos_ in ("VERB", "AUX") and _claim_denied(g) for g in governors):
        return False  # "the attack was not claimed by any group": an act told as unclaimed
    for governor in governors[:4]:
        if governor.lemma_.lower() in ATTRIBUTION_WORDS:
            return True
        if governor.pos_ == "VERB" and governor.lemma_.lower() not in ("claim", "deny", "reject"):
            return False
    return False


CLAIMED_CUE = "<claimed>"  # an act named as what its doer claims ("X claimed the attack on Y")
VIOLENT_TYPES = frozenset({"ASSAULT", "COERCE"})
# Words that relay a claim from the claimant's own message: the sentence is news of the claim, not a report of the act
CLAIM_SOURCES = frozenset({"according", "statement", "statements", "video", "posted", "website", "message", "audio"})


def _claimed(trigger: Token) -> bool:
    """ "the group claimed the ambush of two constables": the act is named as what a doer
    claims (not what someone is accused of, nor a claim denied), in a sentence that does not relay the claim
    from the claimant's statement or video."""
    verbs = [g for g in itertools.islice(syntax.governors(trigger), 5) if g.pos_ in ("VERB", "AUX")]
    if not verbs or verbs[0].lemma_.lower() != "claim" or _claim_denied(verbs[0]):
        return False
    return not any(t.lower_ in CLAIM_SOURCES for t in trigger.sent)


def _claims_as_reports(frames: list[EventFrame]) -> list[EventFrame]:
    """A report that tells of violence only as a group's claim of it ("the BLF claimed responsibility for
    the kidnapping of a councillor"): the claim is the report of the act, with its claimant as the doer."""
    if any(f.plover_type in VIOLENT_TYPES and ATTRIBUTED_CUE not in f.cues for f in frames):
        return frames
    return [replace(f, cues=f.cues - {ATTRIBUTED_CUE}) if CLAIMED_CUE in f.cues else f for f in frames]


def _claim_denied(verb: Token) -> bool:
    """ "No group claimed", "no one has taken responsibility", "nobody claimed": the claim is denied, so the
    sentence reports the act itself with its doer unknown."""
    subject = syntax.own_subject(verb)
    if subject is None:
        return False
    return subject.lower_ in ("nobody", "none", "noone") or any(
        c.dep_ == "det" and c.lower_ == "no" for c in subject.children)


# Nouns that an event word before them describes rather than acts on ("attack helicopters", "raid victims").
COMPOUND_HEADS = frozenset({"helicopter", "aircraft", "jet", "plane", "tank", "dog", "unit", "squad", "team", "force",
                            "group", "boat", "ship", "vehicle", "craft", "shelter", "survivor", "victim", "site",
                            "warning", "threat", "plan", "suspect", "case", "incident", "call", "season", "zone",
                            "route", "capability", "wing", "cell", "leader", "mastermind", "anniversary", "toll"})
# People and matters named by the act they are known for ("blasts convict", "riot victims", "bombing accused").
CASE_HEADS = frozenset({"convict", "convicts", "accused", "suspect", "suspects", "victim", "victims", "survivor",
                        "survivors", "case", "cases", "mastermind", "trial"})
# Nouns for disorder with no side named ("violence erupted after the results"); ACLED codes such reports,
# mostly of electoral and communal disorder, as riots by unnamed rioters.
UNREST_NOUNS = frozenset({"violence", "unrest"})


def _unrest_reported(noun: Token) -> bool:
    """ "Violence erupted in the village", "violence related to the polls was reported": disorder as the
    subject of its own clause, with no doer attached (no "by", no possessor)."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in UNREST_NOUNS or noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if any(c.dep_ in ("poss", "det") and c.lower_ not in ("the",) for c in noun.children):
        return False  # "no violence was reported", "their violence"
    return not syntax.prep_objects(noun, ("by", "between", "against"))


def _unnamed_doers(head: Token) -> bool:
    """ "by armed men", "by suspected cadres", "by a group of unknown assailants", "by a gang": words that
    say the doers are attackers the report cannot name; not "by a group of cowards" (who, it does not say)."""
    inner = syntax.prep_objects(head, ("of",)) if head.lemma_.lower() in GROUP_NOUNS | QUANTITY_HEADS else []
    for tok in [*inner[:1], head]:
        if tok.lemma_.lower() in UNNAMED_DOERS or any(c.lower_ in UNKNOWN_WORDS for c in tok.children):
            return True
    return not inner and head.lemma_.lower() in GROUP_NOUNS


def _bare_unrest(frame: EventFrame) -> bool:
    """A report of disorder with no doer and no act named ("violence erupted")."""
    return frame.rule == "unseen-agent" and frame.trigger.lower() in UNREST_NOUNS


def _verb_tagged_noun(token: Token) -> bool:
    """ "started an indefinite hunger strike": a word tagged as a verb that stands as a determined object
    or prepositional object, which only a noun can be."""
    if token.dep_ not in ("dobj", "pobj") or token.tag_ not in ("VB", "VBP"):
        return False
    return any(c.dep_ == "det" for c in token.children) or token.i > 0 and token.doc[token.i - 1].lower_ in ARTICLES


def _gerund_listed_with_noun(verb: Token) -> bool:
    """ "Three were killed in clashes and shelling": the parser may join a gerund listed after a noun to the
    passive verb instead, as a conjunct with neither subject nor auxiliary of its own; but a passive verb has
    no active "-ing" conjunct ("were killed and shelling"), so the gerund is the noun's."""
    if verb.tag_ != "VBG" or verb.dep_ != "conj" or not syntax.is_passive(verb.head) or verb.i < 2:
        return False
    if any(c.dep_ in (*syntax.SUBJECT_DEPS, "aux", "auxpass") for c in verb.children):
        return False
    joiner, before = verb.doc[verb.i - 1], verb.doc[verb.i - 2]
    return joiner.dep_ == "cc" and before.pos_ == "NOUN" and before.dep_ in ("pobj", "conj") and before.head != verb.head


def _misparsed_main_verb(verb: Token) -> bool:
    """ "Police in a night drive arrested 40 men", "Armed men on Monday stormed a house": the small model
    makes the subject the root of a verbless sentence and the real main verb a modifier of a noun after
    it. A past form that takes a direct object (a passive participle cannot), or a simple past on a noun,
    after the root noun is that sentence's verb, and the root its subject."""
    root = verb.sent.root
    if root.pos_ not in ("NOUN", "PROPN") or root.i > verb.i or verb.tag_ not in ("VBD", "VBN"):
        return False
    if verb.dep_ == "acl":
        return bool(syntax.objects(verb))
    return verb.dep_ == "amod" and verb.tag_ == "VBD" and verb.head.i > verb.i


# Words before a capitalised month name that make it a time: "in March", "since March", "last March".
MONTH_OPENERS = frozenset({"in", "since", "until", "till", "last", "next", "early", "late", "mid", "mid-", "during"})


def _is_date_word(token: Token) -> bool:
    """A capitalised month name next to a day or year number ("March 17", "17 March 2015") or after a word that
    makes it a time ("militants who attacked the station in March")."""
    if token.lower_ not in MONTHS or not token.text[:1].isupper():
        return False
    before = token.nbor(-1) if token.i > 0 else None
    neighbours = [t for t in (before, token.nbor(1) if token.i + 1 < len(token.doc) else None) if t is not None]
    return any(t.like_num for t in neighbours) or before is not None and before.lower_ in MONTH_OPENERS


def _in_passive_frame(trigger: Token, sense: TriggerSense) -> bool:
    """ "A villager was injured in a grenade attack": a violent noun in a passive clause; the clause's
    subject suffered it and did not do it. Not a clash: "injured in a clash with police" is the
    subject's own fight."""
    return trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and sense.plover_type == "ASSAULT" and not sense.mutual


def _without_shadowed(frames: list[EventFrame]) -> list[EventFrame]:
    """Drop unseen-doer frames where the sentence names a doer of violence elsewhere, and a second
    protest frame of the same people in the same sentence ("gathered to protest" is one protest);
    renumber the rest."""
    if any(not _bare_unrest(f) and f.plover_type in ("ASSAULT", "COERCE", "PROTEST") for f in frames):
        # "Violence broke out after the results. A candidate was beaten ...": the acts that follow tell it
        frames = [f for f in frames if not _bare_unrest(f)]
    named = {f.sentence: f for f in reversed(frames) if f.plover_type == "ASSAULT" and f.rule != "unseen-agent"}
    protests = {f.sentence for f in frames if f.plover_type == "PROTEST"}
    # a protest the sentence asserts is not shadowed by an attack's doer ("began a protest after X attacked")
    kept = [f for f in frames if not (f.rule == "unseen-agent" and not (f.plover_type == "PROTEST" and f.main_clause)
                                      and (f.sentence in named or _hurt_in_protest(f, protests)))]  # fmt: skip
    unseen: dict[int, EventFrame] = {}
    for frame in list(kept):  # "was injured in a grenade attack": one attack, whose words say how
        if frame.rule != "unseen-agent" or frame.plover_type != "ASSAULT":
            continue
        first = unseen.setdefault(frame.sentence, frame)
        if first is not frame:
            kept.remove(frame)
            merged = replace(first, cues=first.cues | frame.cues, actor2=first.actor2 or frame.actor2)
            kept[kept.index(first)] = unseen[frame.sentence] = merged
    for f in frames:  # "two men were killed when gunmen opened fire": the victims are the named attack's
        doer = named.get(f.sentence)
        if f.rule == "unseen-agent" and doer is not None and f.actor2 and not doer.actor2 and doer in kept:
            kept[kept.index(doer)] = doer = replace(doer, actor2=f.actor2)
            named[f.sentence] = doer
        if f.rule == "unseen-agent" and doer is not None and doer in kept and _claims_reported_act(doer, f):
            # "two policemen were killed when a bomb went off, the TTP claimed the attack": the sentence reports
            # the act itself; the claim only names its doer
            kept[kept.index(doer)] = doer = replace(doer, cues=(doer.cues - {ATTRIBUTED_CUE}) | f.cues)
            named[f.sentence] = doer
    for f in list(kept):  # "the guards escaped unhurt as a mine went off beside their jeep": they were its target
        attack = named.get(f.sentence) or unseen.get(f.sentence)
        if _escaped_unhurt(f) and attack is not None and attack in kept and not attack.actor2:
            kept[kept.index(attack)] = replace(attack, actor2=f.actor1)
            kept.remove(f)
    protests: set[tuple[int, str]] = set()
    for frame in list(kept):
        if frame.plover_type != "PROTEST" or not frame.actor1:
            continue
        key = (frame.sentence, frame.actor1[0].label or frame.actor1[0].text)
        if key in protests:
            kept.remove(frame)
        protests.add(key)
    return [f if f.index == i else replace(f, index=i) for i, f in enumerate(kept)]


BODY_WORDS = frozenset({"body", "bodies", "corpse", "corpses"})
FINDING_VERBS = frozenset({"find", "recover", "discover", "retrieve", "fish", "dump", "spot"})
# words on a found body that say it was killed: "bullet-riddled", "mutilated", "with stab wounds"
VIOLENCE_MARKS = frozenset({"bullet", "bullets", "riddled", "bullet-riddled", "bullet-ridden", "bullet-hit", "mutilated",
                            "decapitated", "beheaded", "headless", "tortured", "slit", "strangled", "hacked", "stab",
                            "stabbed", "gunshot", "bound", "blindfolded", "handcuffed", "shot"})
MARKED_WORDS = frozenset({"bullet-riddled", "bullet-ridden", "bullet-hit", "mutilated", "decapitated", "beheaded",
                          "headless", "torture", "tortured"})
# a body found of someone who had gone missing or been taken
MISSING_WORDS = frozenset({"missing", "kidnap", "kidnapped", "abduct", "abducted", "disappear", "disappeared"})
UNHURT_WORDS = frozenset({"unhurt", "unharmed", "unscathed", "narrowly", "miraculously"})


def _escaped_unhurt(frame: EventFrame) -> bool:
    """ "escaped unhurt", "narrowly escaped": people an attack missed, not people who fled."""
    return frame.mode == "flee" and frame.trigger.lower().startswith("escap") and bool(frame.cues & UNHURT_WORDS)


def _claims_reported_act(claim: EventFrame, act: EventFrame) -> bool:
    """A claimed attack ("claimed responsibility for the attack") whose sentence also reports, as a fact and
    before the claim, violence by a doer it does not name: the claim is of that act."""
    return (ATTRIBUTED_CUE in claim.cues and ATTRIBUTED_CUE not in act.cues and act.plover_type == "ASSAULT"
            and act.trigger_start < claim.trigger_start and bool(act.actor2))  # fmt: skip


def _hurt_in_protest(frame: EventFrame, protest_sentences: set[int]) -> bool:
    """ "Six were injured as traders staged violent protests": the injuries are the protest's, not an
    attack by someone unnamed; a bomb or a shooting near a protest stays an attack of its own."""
    if frame.plover_type != "ASSAULT" or frame.sentence not in protest_sentences:
        return False
    return frame.mode is None and not frame.cues & (WEAPON_SUBJECTS | GUN_WORDS)


GUN_WORDS = frozenset({"shot", "shots", "fired", "firing", "gunfire", "bullet", "bullets", "gunmen", "gunman", "shooting",
                       "gunshot", "gunshots"})


def _names_a_stance(noun: Token) -> bool:
    """ "in the battle against X" governed by united/involved/role: the text states a side, not an event."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "in" or not any(c.lower_ == "the" for c in noun.children):
        return False
    return prep.head.lemma_.lower() in STANCE_WORDS or prep.head.lower_ in STANCE_WORDS


def _find_prep_objects(verb: Token, preps: tuple[str, ...]) -> list[Token]:
    """Objects of `preps` anywhere under the verb ("received arms including artillery from the US")."""
    out = syntax.prep_objects(verb, preps)
    if out:
        return out
    for tok in verb.subtree:
        if tok.dep_ == "prep" and tok.lower_ in preps:
            out += [c for c in tok.children if c.dep_ == "pobj"]
    return out


def _span_ids(token: Token) -> set[int]:
    return {t.i for t in token.subtree}


def _unique(mentions: Sequence[Mention]) -> list[Mention]:
    seen: list[Mention] = []
    for m in mentions:
        if m not in seen:
            seen.append(m)
    return seen
