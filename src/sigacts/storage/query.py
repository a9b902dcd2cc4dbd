"""What one can ask the store: `EventQuery` filters and the `StoreStats` summary.

`event_filters` turns a query into SQL conditions on the `events` table; every filter is optional and
they combine with AND.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import ColumnElement, and_, exists, func, or_, select

from sigacts.storage.schema import ActorRow, EventActorRow, EventRow, EventSourceRow


@dataclass(frozen=True)
class EventQuery:
    """Filters on stored events; unset fields do not filter.

    `actor` is a case-insensitive substring of an actor's name or mention (any role); `event_type`
    matches the PLOVER type, ACLED event type or ACLED sub-event type, ignoring case; `country` is the
    ISO2 code of the event location; `since`/`until` keep events whose date interval overlaps
    [since, until] (events without a date are then left out); `text` is a case-insensitive substring
    of the evidence; `doc_id` keeps events supported by that article; `actor_ids` keeps events where an
    actor (any role) has one of these knowledge-base ids.
    """

    actor: str | None = None
    actor_ids: tuple[str, ...] = ()
    event_type: str | None = None
    country: str | None = None
    since: date | None = None
    until: date | None = None
    factuality: str | None = None
    text: str | None = None
    doc_id: str | None = None
    limit: int | None = None


@dataclass(frozen=True)
class StoreStats:
    """Counts over the whole store."""

    articles: int
    events: int
    actors: int
    places: int
    by_plover: dict[str, int] = field(default_factory=dict)
    by_acled: dict[str, int] = field(default_factory=dict)
    by_country: dict[str, int] = field(default_factory=dict)
    by_factuality: dict[str, int] = field(default_factory=dict)
    first_date: date | None = None
    last_date: date | None = None


def event_filters(query: EventQuery) -> list[ColumnElement[bool]]:
    """The SQL conditions on `events` that `query` asks for."""
    conditions: list[ColumnElement[bool]] = []
    if query.actor:
        conditions.append(_actor_condition(query.actor))
    if query.actor_ids:
        conditions.append(_actor_id_condition(query.actor_ids))
    if query.event_type:
        wanted = query.event_type.strip().casefold()
        conditions.append(
            or_(
                func.lower(EventRow.plover_type) == wanted,
                func.lower(EventRow.acled_type) == wanted,
                func.lower(EventRow.acled_subtype) == wanted,
            )
        )
    if query.country:
        conditions.append(EventRow.country_code == query.country.strip().upper())
    conditions.extend(_date_conditions(query.since, query.until))
    if query.factuality:
        conditions.append(EventRow.factuality == query.factuality.strip().lower())
    if query.text:
        conditions.append(EventRow.evidence_text.icontains(query.text, autoescape=True))
    if query.doc_id:
        conditions.append(
            exists().where(
                EventSourceRow.event_id == EventRow.event_id, EventSourceRow.doc_id == query.doc_id
            )
        )
    return conditions


def _actor_condition(needle: str) -> ColumnElement[bool]:
    """Some actor of the event has `needle` in its name or in the words that named it."""
    return exists(
        select(EventActorRow.event_id)
        .join(ActorRow, ActorRow.id == EventActorRow.actor_pk)
        .where(
            EventActorRow.event_id == EventRow.event_id,
            or_(
                ActorRow.name.icontains(needle, autoescape=True),
                EventActorRow.mention.icontains(needle, autoescape=True),
            ),
        )
    )


def _actor_id_condition(actor_ids: tuple[str, ...]) -> ColumnElement[bool]:
    """Some actor of the event has one of these knowledge-base ids."""
    return exists(
        select(EventActorRow.event_id)
        .join(ActorRow, ActorRow.id == EventActorRow.actor_pk)
        .where(EventActorRow.event_id == EventRow.event_id, ActorRow.actor_id.in_(actor_ids))
    )


def _date_conditions(since: date | None, until: date | None) -> list[ColumnElement[bool]]:
    """Interval overlap with [since, until]; an event with only one end known is a one-day interval."""
    start = func.coalesce(EventRow.date_start, EventRow.date_end)
    end = func.coalesce(EventRow.date_end, EventRow.date_start)
    conditions: list[ColumnElement[bool]] = []
    if since is not None:
        conditions.append(and_(end.is_not(None), end >= since))
    if until is not None:
        conditions.append(and_(start.is_not(None), start <= until))
    return conditions
