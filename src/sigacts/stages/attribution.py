"""Attribution stage: the outlet, and for each event who the text says the information comes from.

"A local citizen journalist told Syria Direct", "security sources in Lebanon have revealed",
"reported pro-opposition All4Syria", "according to SOHR": the reported event stays the event and the
speaker becomes its claimant, with the reporting verb as the speech act.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from spacy.tokens import Doc, Span, Token

from sigacts.pipeline.base import Document
from sigacts.records import Attribution
from sigacts.stages import syntax
from sigacts.stages.events import EventFrame

REPORTING_VERBS = frozenset(
    {"say", "tell", "report", "reveal", "confirm", "claim", "announce", "state", "add", "tweet", "quote", "cite",
     "write", "post", "publish", "insist", "explain", "note", "allege", "acknowledge", "admit", "deny", "warn",
     "accuse", "believe", "estimate", "show", "indicate", "describe", "declare"}
)  # fmt: skip
SOURCE_WORDS = frozenset({"source", "sources", "official", "officials", "witness", "witnesses", "spokesman"})
TRIM_DEPS = frozenset({"relcl", "acl", "punct", "cc", "advcl"})


class Attribute:
    """Attach the outlet and the claimants (with speech act) to every event frame."""

    name: ClassVar[str] = "attribution"
    version: ClassVar[str] = "1"
    requires: ClassVar[tuple[str, ...]] = ("spacy_doc", "event_frames")
    provides: ClassVar[tuple[str, ...]] = ("attribution",)

    def __call__(self, doc: Document) -> Mapping[str, Any]:
        parsed: Doc = doc["spacy_doc"]
        frames: list[EventFrame] = doc["event_frames"]
        outlet = doc.article.outlet
        return {
            "attribution": {
                f.index: attribute(parsed[f.trigger_token], parsed[f.anchor_token], outlet) for f in frames
            }
        }


def attribute(trigger: Token, anchor: Token, outlet: str | None) -> Attribution:
    """Claimants of the event at `trigger`: the speaker of a governing reporting verb or an 'according to'."""
    for verb in (anchor, *syntax.governors(anchor)):
        if verb != trigger and verb.lemma_.lower() in REPORTING_VERBS and verb.pos_ == "VERB":
            speaker = _speaker(verb)
            if speaker:
                return Attribution(outlet=outlet, claimants=(speaker,), speech_act=verb.lemma_.lower())
    tagged = _tagged_report(anchor)
    if tagged is not None:
        speaker = _speaker(tagged)
        if speaker:
            return Attribution(outlet=outlet, claimants=(speaker,), speech_act=tagged.lemma_.lower())
    according = _according_to(trigger.sent)
    if according:
        return Attribution(outlet=outlet, claimants=(according,), speech_act="according to")
    root = trigger.sent.root
    if root.lemma_.lower() in REPORTING_VERBS and root != trigger and root.i not in {t.i for t in trigger.subtree}:
        speaker = _speaker(root)
        if speaker:
            return Attribution(outlet=outlet, claimants=(speaker,), speech_act=root.lemma_.lower())
    return Attribution(outlet=outlet)


def _tagged_report(anchor: Token) -> Token | None:
    """A reporting verb tagged on after the event: "Fighters attacked the village, reported Orient News"."""
    for child in anchor.children:
        if (
            child.i > anchor.i
            and child.dep_ in ("conj", "parataxis", "ccomp", "advcl")
            and child.lemma_.lower() in REPORTING_VERBS
            and child.pos_ == "VERB"
            and syntax.own_subject(child) is None
            and any(t.text == "," for t in anchor.doc[anchor.i : child.i])
        ):
            return child
    return None


def _speaker(verb: Token) -> str | None:
    """The subject of a reporting verb; inverted ones ("reported pro-opposition All4Syria") too."""
    if syntax.is_passive(verb):
        # "X is reported to ...": the subject is what is reported on; only a "by" phrase names a speaker
        agents = syntax.prep_objects(verb, ("by",))
        return _phrase(agents[0]) if agents else None
    subject = syntax.own_subject(verb)
    if subject is None:
        after = [c for c in verb.children if c.i > verb.i and c.dep_ in ("dobj", "nsubj", "attr", "npadvmod")]
        proper = [c for c in after if c.pos_ == "PROPN" or c.lower_ in SOURCE_WORDS]
        subject = proper[0] if proper else None
    if subject is None or subject.lower_ in ("it", "this", "that", "which"):
        return None
    # A misparsed long subject often ends with the real speaker in apposition just before the verb.
    speaker = subject
    while True:
        close = [c for c in speaker.children if c.dep_ == "appos" and 0 < verb.i - max(t.i for t in c.subtree) <= 2]
        if not close:
            return _phrase(speaker)
        speaker = close[-1]


def _phrase(head: Token) -> str:
    """The noun phrase of `head` without relative clauses: "a local citizen journalist"."""
    keep = {head.i}
    stack = [c for c in head.children if c.dep_ not in TRIM_DEPS]
    while stack:
        tok = stack.pop()
        keep.add(tok.i)
        stack.extend(c for c in tok.children if c.dep_ not in TRIM_DEPS)
    start, end = min(keep), max(keep) + 1
    return head.doc[start:end].text.strip(" ,")


def _according_to(sentence: Span) -> str | None:
    for tok in sentence:
        if tok.lower_ == "according" and tok.i + 1 < sentence.end and tok.nbor().lower_ == "to":
            pobjs = [c for c in tok.nbor().children if c.dep_ == "pobj"]
            if pobjs:
                return _phrase(pobjs[0])
    return None
