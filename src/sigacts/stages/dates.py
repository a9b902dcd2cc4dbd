"""Dates stage: each event's date interval, from the time words of its clause and the article's date.

The tense of the clause decides the direction ("Sunday" in a past clause is the last Sunday, in "will
arrive Sunday" the next); "the day before" counts from the previous event's date. Without a cue the
event gets the window its article allows, precision unknown: never a made-up day.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any, ClassVar

from spacy.tokens import Doc, Token

from sigacts.pipeline.base import Document
from sigacts.records import EventDate, Mention
from sigacts.stages.attribution import REPORTING_VERBS
from sigacts.stages.events import EventFrame
from sigacts.stages.factuality import FactualityReading
from sigacts.stages.timex import resolve_time, window_without_cue

FUTURE_FACTUALITY = frozenset({"planned", "threatened", "predicted"})


class ResolveDates:
    """Give every event frame an EventDate."""

    name: ClassVar[str] = "dates"
    version: ClassVar[str] = "1"
    requires: ClassVar[tuple[str, ...]] = ("spacy_doc", "time_mentions", "event_frames", "factuality")
    provides: ClassVar[tuple[str, ...]] = ("event_dates",)

    def __call__(self, doc: Document) -> Mapping[str, Any]:
        parsed: Doc = doc["spacy_doc"]
        times: list[Mention] = doc["time_mentions"]
        readings: dict[int, FactualityReading] = doc["factuality"]
        published = doc.article.published
        dates: dict[int, EventDate] = {}
        previous: EventDate | None = None
        for frame in doc["event_frames"]:
            tense = clause_tense(parsed[frame.anchor_token], readings[frame.index].factuality)
            found = self.date_of(frame, times, parsed, published, tense, previous)
            dates[frame.index] = found
            if found.precision != "unknown":
                previous = found
        return {"event_dates": dates}

    def date_of(
        self,
        frame: EventFrame,
        times: list[Mention],
        parsed: Doc,
        published: date | None,
        tense: str,
        previous: EventDate | None,
    ) -> EventDate:
        """The clause's own time words, else the sentence's only one, else the article window."""
        if published is None:
            return EventDate(None, None, "unknown")
        in_sentence = [m for m in times if m.sentence == frame.sentence]
        in_clause = [m for m in in_sentence if _overlaps_clause(parsed, m, frame)]
        candidates = in_clause or (in_sentence if len(in_sentence) == 1 else [])
        for mention in candidates:
            resolved = resolve_time(mention.text, published, tense=tense, previous=previous)
            if resolved is None:
                continue
            if _dates_the_report(parsed, mention, frame):
                return happened_by(resolved)
            return resolved
        return window_without_cue(published)


def happened_by(statement: EventDate) -> EventDate:
    """The date of an event told in a statement made at `statement`: on or before it, day unknown.

    "Syria Mubasher confirmed Sunday that IS fighters had fled": Sunday dates the confirming, and the
    flight happened by then. The words are kept; the window is the one an article allows.
    """
    if statement.end is None:
        return statement
    window = window_without_cue(statement.end)
    return EventDate(window.start, statement.end, "unknown", statement.expression)


def clause_tense(verb: Token, factuality: str) -> str:
    """"past", "present" or "future" for the clause headed by `verb`."""
    if factuality in FUTURE_FACTUALITY:
        return "future"
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in ("will", "shall", "'ll") for a in auxes):
        return "future"
    if verb.tag_ in ("VBD", "VBN") or any(a.tag_ == "VBD" or a.lemma_ == "have" for a in auxes):
        return "past"
    if verb.tag_ in ("VBZ", "VBP", "VBG") and not auxes:
        return "present"
    return "past"


def _dates_the_report(parsed: Doc, mention: Mention, frame: EventFrame) -> bool:
    """Whether the time words belong to a reporting verb that governs the event, not to the event."""
    span = parsed.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    verb = span.root
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    anchor = parsed[frame.anchor_token]
    if verb == anchor or verb.lemma_.lower() not in REPORTING_VERBS:
        return False
    return anchor in verb.subtree and parsed[frame.trigger_token] != verb


def _overlaps_clause(parsed: Doc, mention: Mention, frame: EventFrame) -> bool:
    span = parsed.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and any(t.i in frame.clause_tokens for t in span)
