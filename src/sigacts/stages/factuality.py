"""Factuality stage: did the event happen, is it going on, planned, threatened, feared, negated?

Read from the trigger's own modifiers and the chain of governing words up to the sentence root:
"refused to engage" is negated, "scheduled to arrive" planned, "vows to attack" threatened, "fears it
intends to attack" predicted. Hedging ("reportedly", "is reported to") is kept apart from factuality.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from spacy.tokens import Doc, Token

from sigacts.pipeline.base import Document
from sigacts.stages import syntax
from sigacts.stages.events import EventFrame

# The words that can negate a verb; the parser sometimes gives a name's initials the negation's role.
NEGATION_WORDS = frozenset({"not", "n't", "n’t", "nt", "never", "no", "neither", "nor", "nothing", "none", "nobody",
                            "without", "hardly", "barely", "scarcely"})  # fmt: skip
NEGATING_VERBS = frozenset({"refuse", "fail", "decline", "deny", "avoid", "reject", "stop", "cease", "prevent"})
# "breached the ceasefire": the agreement they take as object did not hold ("violated it by shelling" did happen).
BREAKING_VERBS = frozenset({"breach", "violate"})
PLANNING_VERBS = frozenset(
    {"plan", "intend", "schedule", "prepare", "aim", "seek", "try", "attempt", "want", "hope", "decide", "set", "due",
     "agree", "promise", "mean", "expect_to", "ready", "willing", "prepared", "determined", "eager"}
)  # fmt: skip
THREAT_VERBS = frozenset({"threaten", "vow", "warn", "pledge", "swear"})
# "demanded that the rebels renounce violence", "urged the army to withdraw": what is asked for has not happened.
REQUESTING_VERBS = frozenset({"demand", "urge", "ask", "request", "appeal", "call", "press", "plead", "implore", "insist"})
PREDICTING_WORDS = frozenset(
    {"fear", "expect", "predict", "suggest", "likely", "possible", "potential", "future", "imminent", "worry",
     "anticipate", "forecast", "feared", "concern", "risk", "prospect", "eventual", "alert"}
)  # fmt: skip
# Planning verbs that take only an infinitive: a clause under them is a parse of something else.
INFINITIVE_ONLY = frozenset({"aim", "set", "due", "mean", "try", "attempt"})
# "blocked the road to protest the tax": the act done is the protest, not a step towards one.
PROTESTING_VERBS = frozenset({"protest", "demonstrate", "agitate", "demand", "press", "condemn", "denounce"})
CAUSE_PREPOSITIONS = frozenset({"after", "following", "in", "during", "since"})
HYPOTHETICAL_MARKERS = frozenset({"if", "unless", "whether"})
HYPOTHETICAL_MODALS = frozenset({"could", "would", "might", "may"})
FUTURE_AUX = frozenset({"will", "shall", "'ll"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
IMPLICATIVE_VERBS = frozenset(
    {"manage", "force", "compel", "begin", "start", "continue", "succeed", "go", "resume", "keep", "help",
     "join", "launch", "use", "oblige", "encourage", "allow", "enable", "prompt", "lead", "cause", "make", "resort"}
)  # fmt: skip
CONTINUING_VERBS = frozenset({"continue", "keep"})
HEDGES = frozenset({"reportedly", "allegedly", "purportedly", "apparently", "supposedly", "unconfirmed", "rumoured"})
REPORTED_PASSIVES = frozenset({"report", "say", "believe", "think", "understand", "rumour", "allege", "claim"})
STRENGTH = {"negated": 6, "hypothetical": 5, "predicted": 4, "threatened": 3, "planned": 2, "ongoing": 1, "occurred": 0}


@dataclass(frozen=True)
class FactualityReading:
    """Factuality of one frame, whether it is hedged, and the words that decided both."""

    factuality: str
    hedged: bool
    cues: tuple[str, ...] = ()


class Factuality:
    """Assign a factuality value and a hedge flag to every event frame."""

    name: ClassVar[str] = "factuality"
    version: ClassVar[str] = "1"
    requires: ClassVar[tuple[str, ...]] = ("spacy_doc", "event_frames")
    provides: ClassVar[tuple[str, ...]] = ("factuality",)

    def __call__(self, doc: Document) -> Mapping[str, Any]:
        parsed: Doc = doc["spacy_doc"]
        frames: list[EventFrame] = doc["event_frames"]
        return {"factuality": {f.index: read_factuality(parsed[f.trigger_token], parsed[f.anchor_token]) for f in frames}}


def read_factuality(trigger: Token, anchor: Token) -> FactualityReading:
    """Factuality of the event stated by `trigger` in the clause headed by `anchor`."""
    found: list[tuple[str, str]] = []
    found += _own_cues(trigger)
    if anchor != trigger:
        found += _own_cues(anchor)
        found += _lemma_cue(anchor, trigger) if trigger.pos_ != "VERB" else []
    chain = [anchor] if _reduced_relative(anchor) else [anchor, *syntax.governors(anchor)]
    for lower, upper in itertools.pairwise(chain):
        found += _governor_cues(lower, upper)
    if _reported_future(anchor):
        # "warned it would attack", "said they would withdraw": the future of a past statement
        found = [("planned", w) if (v, w) == ("hypothetical", "would") else (v, w) for v, w in found]
    if _cause_of_toll(trigger, chain):
        found = [(v, w) for v, w in found if v != "predicted"]
    hedged = _is_hedged(trigger, anchor, chain)
    if not found:
        return FactualityReading("occurred", hedged)
    value = max(found, key=lambda pair: STRENGTH[pair[0]])
    if value[0] == "planned" and _presupposed(trigger) and all(_attempt_cue(word) for _, word in found):
        return FactualityReading("occurred", hedged, tuple(word for _, word in found))
    return FactualityReading(value[0], hedged, tuple(word for _, word in found))


def _own_cues(token: Token) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for child in token.children:
        low = child.lower_
        if (child.dep_ == "neg" and low in NEGATION_WORDS or low in ("never", "not", "n't")) and child.i < token.i:
            # before the verb: "No" may be "Highway No. 6", a later "not" another clause's ("not known"); only a
            # word of negation negates ("YSR Congress members protested" with the initials parsed as one does not)
            out.append(("negated", low))
        elif child.dep_ == "aux" and low in FUTURE_AUX:
            out.append(("planned", low))
        elif child.dep_ == "aux" and low in HYPOTHETICAL_MODALS or child.dep_ == "mark" and low in HYPOTHETICAL_MARKERS:
            out.append(("hypothetical", low))
        elif child.dep_ in ("amod", "compound", "advmod") and child.lemma_.lower() in PREDICTING_WORDS and not (
            child.dep_ == "advmod" and _past_event(token)  # "was likely used": a past act told with doubt, a hedge
        ):
            out.append(("predicted", low))
    auxes = [c for c in token.children if c.dep_ == "aux"]
    if token.tag_ == "VBG" and any(a.lemma_ == "be" for a in auxes) and not any(a.tag_ == "VBD" for a in auxes):
        out.append(("ongoing", token.lower_))
    return out


def _lemma_cue(verb: Token, noun: Token) -> list[tuple[str, str]]:
    """The cue a clause verb puts on a noun event it carries ("a batch is scheduled to arrive").

    The active subject of a verb of predicting is the evidence, not the thing foreseen: in "the build-up
    suggests an incursion" the build-up happened and the incursion is predicted.
    """
    lemma = verb.lemma_.lower()
    if lemma in PREDICTING_WORDS and _path_dep(noun, verb) in SUBJECT_DEPS and not syntax.is_passive(verb):
        return []
    if lemma in THREAT_VERBS and noun.dep_ in SUBJECT_DEPS and noun.head == verb and not syntax.is_passive(verb):
        return []  # "a rally in the town warned the government": the rally that warns took place
    if lemma in INFINITIVE_ONLY and not any(c.dep_ == "xcomp" for c in verb.children):
        return []  # "the protest was aimed against the law": aimed at, not planned
    for words, value in ((NEGATING_VERBS | BREAKING_VERBS, "negated"), (THREAT_VERBS, "threatened"), (PREDICTING_WORDS, "predicted"),
                         (PLANNING_VERBS, "planned")):  # fmt: skip
        if lemma in words:
            return [(value, verb.lower_)]
    return []


def _path_dep(token: Token, ancestor: Token) -> str:
    """The dependency by which the path from `token` up to `ancestor` attaches to `ancestor`."""
    while token.head != ancestor and token.head != token:
        token = token.head
    return token.dep_ if token.head == ancestor else ""


def _governor_cues(lower: Token, upper: Token) -> list[tuple[str, str]]:
    """Cues that a governing word puts on the clause under it."""
    lemma = upper.lemma_.lower()
    out: list[tuple[str, str]] = []
    if lemma in NEGATING_VERBS and lower.dep_ in ("xcomp", "ccomp", "pcomp", "prep"):
        out.append(("negated", upper.lower_))
    elif lemma in THREAT_VERBS and lower.dep_ in ("xcomp", "ccomp"):
        out.append(("threatened", upper.lower_))
    elif lemma in REQUESTING_VERBS and lower.dep_ in ("xcomp", "ccomp") and _asks(upper):
        out.append(("planned", upper.lower_))  # asked for, not done: a plan of whoever asks
    elif lemma in PREDICTING_WORDS and lower.dep_ not in SUBJECT_DEPS:
        # "the build-up suggests an incursion": what is feared is predicted, the evidence for it is not
        out.append(("predicted", upper.lower_))
    elif lemma in CONTINUING_VERBS and lower.dep_ == "xcomp":
        out.append(("ongoing", upper.lower_))
    elif lemma in TRYING_VERBS and lower.dep_ == "xcomp" and _past_attempt(upper):
        pass  # "a mob tried to storm the station": the attempt itself took place
    elif lemma in PLANNING_VERBS and lower.dep_ in ("xcomp", "ccomp", "prep", "pcomp", "acomp") and not (
        lemma in INFINITIVE_ONLY and lower.dep_ == "ccomp"  # "the protest was aimed against": no plan
    ):
        out.append(("planned", upper.lower_))
    elif (lower.dep_ in ("advcl", "xcomp", "acl") and _is_purpose_infinitive(lower) and lemma not in IMPLICATIVE_VERBS
          and lower.lemma_.lower() not in PROTESTING_VERBS):  # fmt: skip
        out.append(("planned", "to " + lower.lower_))
    if lower.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in HYPOTHETICAL_MARKERS for c in lower.children):
        out.append(("hypothetical", "if"))
    # "did not try to attack" negates the attack; "it is not known who attacked" or "did not say" does not
    out += [(v, w) for v, w in _own_cues(upper) if v in ("negated", "hypothetical", "planned") and lower.dep_ != "conj"
            and not (v == "negated" and lower.dep_ == "ccomp")]  # fmt: skip
    return out


def _cause_of_toll(trigger: Token, chain: list[Token]) -> bool:
    """ "eight are feared dead following a clash", "were feared killed in an attack": the fear is about the
    toll; the clash or attack it came from has happened."""
    if trigger.pos_ == "VERB" or trigger.dep_ != "pobj" or trigger.head.lower_ not in CAUSE_PREPOSITIONS:
        return False
    return any(t.lemma_.lower() in PREDICTING_WORDS and syntax.is_passive(t) for t in [trigger.head.head, *chain])


# "during their protest", "amid the strike": a time named by an event presupposes that the event took place
PRESUPPOSING_PREPOSITIONS = frozenset({"during", "amid", "amidst"})


def _presupposed(trigger: Token) -> bool:
    """ "tried to cross the barricades during a protest march", "police tried to evict protesting ex-servicemen":
    an event that dates another act, or a present participle that describes people by what they are doing, took
    place whatever the verbs above it try."""
    if trigger.pos_ in ("NOUN", "PROPN"):
        return trigger.dep_ == "pobj" and trigger.head.lower_ in PRESUPPOSING_PREPOSITIONS
    return trigger.tag_ == "VBG" and trigger.dep_ in ("amod", "acl") and trigger.head.pos_ in ("NOUN", "PROPN")


ATTEMPT_STEMS = ("tried", "try", "tries", "attempt", "seek", "sought")
TRYING_VERBS = frozenset({"try", "attempt"})


def _past_attempt(verb: Token) -> bool:
    """ "tried to", "had attempted to", "were attempting to": an attempt already made is an act that took
    place (ACLED codes an attempted storming or lynching by a crowd), unlike "will try" or "plan to"."""
    if _own_cues(verb) and any(v != "ongoing" for v, _ in _own_cues(verb)):
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBG":
        return any(a.tag_ == "VBD" and a.lemma_ == "be" for a in auxes)
    return _past_event(verb)


def _attempt_cue(word: str) -> bool:
    """ "tried", "attempting", "to cross": an attempt or a purpose, which says the attempt itself took place (not
    "plans", "will", which put the whole scene in the future)."""
    return word.startswith(("to ", *ATTEMPT_STEMS))


def _reduced_relative(verb: Token) -> bool:
    """ "a man killed last week", "parents of pupils preparing for a test protested": a participle or past
    form hung on a noun tells what befell or what the noun's people did, whatever the verbs above the noun
    plan or ask."""
    return verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBD") and verb.head.pos_ in ("NOUN", "PROPN")


def _reported_future(anchor: Token) -> bool:
    """ "would" in a clause that a past-tense verb reports is a future in the past, not a supposition."""
    head = anchor.head
    has_would = any(c.dep_ == "aux" and c.lower_ == "would" for c in anchor.children)
    has_if = any(c.dep_ == "mark" and c.lower_ in HYPOTHETICAL_MARKERS for c in anchor.children)
    return has_would and not has_if and anchor.dep_ == "ccomp" and head.tag_ in ("VBD", "VBN")


def _is_purpose_infinitive(verb: Token) -> bool:
    """ "sent fighters to kill", "joined forces to fight": an infinitive of purpose is not yet done."""
    return verb.pos_ == "VERB" and verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _asks(verb: Token) -> bool:
    """ "urged them to", "called on them to": an active request ("the police were called in" asks nothing)."""
    if syntax.is_passive(verb):
        return False
    return verb.lemma_.lower() != "call" or any(c.lower_ in ("on", "upon", "for") for c in verb.children)


def _past_event(verb: Token) -> bool:
    """ "was used", "attacked", "has been dropped": the verb reports something already done."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in FUTURE_AUX or a.lower_ in HYPOTHETICAL_MODALS for a in auxes):
        return False
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(a.lemma_ in ("be", "have") for a in auxes))


def _is_hedged(trigger: Token, anchor: Token, chain: list[Token]) -> bool:
    for token in (trigger, *chain):
        if any(c.lower_ in HEDGES for c in token.children):
            return True
        if _past_event(token) and any(c.dep_ == "advmod" and c.lower_ in ("likely", "possibly", "probably")
                                      for c in token.children):  # fmt: skip
            return True
        if token.lemma_.lower() in REPORTED_PASSIVES and syntax.is_passive(token) and token != anchor:
            return True
        if token.lemma_.lower() in REPORTED_PASSIVES and token == anchor and syntax.is_passive(token):
            return True
    sentence = trigger.sent
    return any(t.lower_ in ("unconfirmed", "allegedly") for t in sentence)
