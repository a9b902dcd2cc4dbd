"""Write one article and its events into an open session (the caller owns the transaction).

Actors and places are shared rows: the writer finds the existing row for (name, actor_id) or for a
gazetteer id / name+country, and creates it the first time. An event id that is already stored (the
same event read again from another article) gains a support row instead of a duplicate.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from sigacts.records import Actor, Article, Event, Place
from sigacts.storage.codec import event_to_record
from sigacts.storage.schema import ActorRow, ArticleRow, EventActorRow, EventRow, EventSourceRow, PlaceRow

R = TypeVar("R", ActorRow, PlaceRow)


def actor_key(actor: Actor) -> str:
    """The identity of an actor row: its (actor_id, name) pair."""
    return f"{actor.actor_id or ''}|{actor.name}"


def place_key(place: Place) -> str:
    """The identity of a place row: the gazetteer id, else the name within its country."""
    if place.gazetteer_id:
        return f"gaz:{place.gazetteer_id}"
    return f"name:{place.name.casefold()}|{place.country_code or ''}"


class ArticleWriter:
    """Adds rows for one article to `session`, reusing actor and place rows it has already seen."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._actors: dict[str, ActorRow] = {}
        self._places: dict[str, PlaceRow] = {}

    def write(self, article: Article, events: Sequence[Event], coder: str, ingested_at: datetime) -> None:
        """Add the article row, then every event with its actors, place and support."""
        self.session.add(_article_row(article, coder, ingested_at))
        self.session.flush()  # the article must exist before events refer to it
        stored: set[tuple[str, int]] = set()
        for event in events:
            self._write_event(article.doc_id, event, stored)
        self.session.flush()

    def _write_event(self, doc_id: str, event: Event, stored: set[tuple[str, int]]) -> None:
        """Add one event, or only its support when the event id is already stored."""
        support = (event.event_id, event.evidence.start)
        if support in stored:
            return  # the same event listed twice for this article
        stored.add(support)
        if self.session.get(EventRow, event.event_id) is None:
            self._add_event_row(doc_id, event)
        self.session.add(
            EventSourceRow(
                event_id=event.event_id,
                doc_id=doc_id,
                evidence_start=event.evidence.start,
                evidence_end=event.evidence.end,
            )
        )

    def _add_event_row(self, doc_id: str, event: Event) -> None:
        """Add the event row and its actor links."""
        place = self._place_row(event.location) if event.location is not None else None
        self.session.add(_event_row(doc_id, event, place))
        self.session.flush()  # the event row must exist before its actor links
        roles: list[tuple[str, int, Actor]] = [("actor1", 0, event.actor1)]
        if event.actor2 is not None:
            roles.append(("actor2", 0, event.actor2))
        roles.extend(("assoc", position, actor) for position, actor in enumerate(event.assoc_actors))
        for role, position, actor in roles:
            self.session.add(
                EventActorRow(
                    event_id=event.event_id,
                    role=role,
                    position=position,
                    actor_pk=self._actor_row(actor).id,
                    mention=actor.mention,
                )
            )

    def _actor_row(self, actor: Actor) -> ActorRow:
        """The stored row for `actor`, created (and flushed, to get its id) the first time."""
        return self._shared_row(
            ActorRow, ActorRow.actor_key, actor_key(actor), self._actors,
            lambda key: ActorRow(
                actor_key=key, name=actor.name, actor_id=actor.actor_id, type=actor.type,
                country_code=actor.country_code,
            ),
        )  # fmt: skip

    def _place_row(self, place: Place) -> PlaceRow:
        """The stored row for `place`, created (and flushed, to get its id) the first time."""
        return self._shared_row(
            PlaceRow, PlaceRow.place_key, place_key(place), self._places,
            lambda key: PlaceRow(
                place_key=key, name=place.name, country_code=place.country_code, admin1=place.admin1,
                latitude=place.latitude, longitude=place.longitude, geo_precision=place.geo_precision,
                gazetteer_id=place.gazetteer_id, feature=place.feature,
            ),
        )  # fmt: skip

    def _shared_row(
        self, model: type[R], key_column: Any, key: str, seen: dict[str, R], build: Callable[[str], R]
    ) -> R:
        """A row shared between events: from this writer's cache, else the database, else new."""
        row = seen.get(key)
        if row is None:
            row = self.session.scalar(select(model).where(key_column == key))
        if row is None:
            row = build(key)
            self.session.add(row)
            self.session.flush()
        seen[key] = row
        return row


def _article_row(article: Article, coder: str, ingested_at: datetime) -> ArticleRow:
    """The row that stores `article`."""
    return ArticleRow(
        doc_id=article.doc_id,
        text=article.text,
        title=article.title,
        published=article.published,
        outlet=article.outlet,
        url=article.url,
        source=article.source,
        language=article.language,
        ingested_at=ingested_at,
        coder=coder,
    )


def _event_row(doc_id: str, event: Event, place: PlaceRow | None) -> EventRow:
    """The row that stores `event`; the flat columns mirror the record for filtering."""
    location = event.location
    fatalities = event.fatalities
    return EventRow(
        event_id=event.event_id,
        doc_id=doc_id,
        plover_type=event.plover_type,
        plover_mode=event.plover_mode,
        acled_type=event.acled_type,
        acled_subtype=event.acled_subtype,
        interaction=event.interaction,
        factuality=event.factuality,
        hedged=event.hedged,
        date_start=event.date.start,
        date_end=event.date.end,
        date_precision=event.date.precision,
        place_id=place.id if place is not None else None,
        country_code=location.country_code if location else None,
        latitude=location.latitude if location else None,
        longitude=location.longitude if location else None,
        fatalities=_best_fatalities(fatalities.best, fatalities.low) if fatalities else None,
        confidence=event.confidence,
        evidence_text=event.evidence.text,
        evidence_start=event.evidence.start,
        evidence_end=event.evidence.end,
        coder=event.coder,
        record=event_to_record(event),
    )


def _best_fatalities(best: int | None, low: int | None) -> int | None:
    """The single fatality figure to filter on: the best estimate, else the low one."""
    return best if best is not None else low
