"""The tables of the sigacts store as typed SQLAlchemy ORM classes.

The migrations in `migrations/versions/` create exactly these tables; a test compares the two so they
cannot drift apart. Events keep their full contract JSON in `record` (so a round trip loses nothing);
the flat columns beside it exist to be filtered and counted.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Date, DateTime, Float, ForeignKey, Integer, MetaData, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Named constraints and indexes so that migrations can refer to them on every backend.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_name)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Declarative base whose metadata holds every table of the store."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class ArticleRow(Base):
    """One stored article: its cleaned text and metadata, and which coder read it."""

    __tablename__ = "articles"

    doc_id: Mapped[str] = mapped_column(String(255), primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    published: Mapped[date | None] = mapped_column(Date, index=True)
    outlet: Mapped[str | None] = mapped_column(String(255))
    url: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(Text)
    language: Mapped[str] = mapped_column(String(16))
    ingested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    coder: Mapped[str] = mapped_column(String(128))


class PlaceRow(Base):
    """One distinct place: a gazetteer entry, or a name within a country when no gazetteer id is known."""

    __tablename__ = "places"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    place_key: Mapped[str] = mapped_column(String(512), unique=True)
    name: Mapped[str] = mapped_column(String(255), index=True)
    country_code: Mapped[str | None] = mapped_column(String(2))
    admin1: Mapped[str | None] = mapped_column(String(255))
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    geo_precision: Mapped[int | None] = mapped_column(Integer)
    gazetteer_id: Mapped[str | None] = mapped_column(String(64))
    feature: Mapped[str | None] = mapped_column(String(64))


class ActorRow(Base):
    """One distinct actor, keyed by (name, actor_id)."""

    __tablename__ = "actors"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    actor_key: Mapped[str] = mapped_column(String(512), unique=True)
    name: Mapped[str] = mapped_column(String(255), index=True)
    actor_id: Mapped[str | None] = mapped_column(String(128), index=True)
    type: Mapped[str | None] = mapped_column(String(64))
    country_code: Mapped[str | None] = mapped_column(String(2))


class EventRow(Base):
    """One event: flat columns to filter on plus the full contract JSON in `record`."""

    __tablename__ = "events"

    event_id: Mapped[str] = mapped_column(String(255), primary_key=True)
    doc_id: Mapped[str] = mapped_column(ForeignKey("articles.doc_id", ondelete="CASCADE"), index=True)
    plover_type: Mapped[str] = mapped_column(String(32), index=True)
    plover_mode: Mapped[str | None] = mapped_column(String(64))
    acled_type: Mapped[str | None] = mapped_column(String(64), index=True)
    acled_subtype: Mapped[str | None] = mapped_column(String(128), index=True)
    interaction: Mapped[int | None] = mapped_column(Integer)
    factuality: Mapped[str] = mapped_column(String(32), index=True)
    hedged: Mapped[bool] = mapped_column(Boolean)
    date_start: Mapped[date | None] = mapped_column(Date, index=True)
    date_end: Mapped[date | None] = mapped_column(Date, index=True)
    date_precision: Mapped[str] = mapped_column(String(16))
    place_id: Mapped[int | None] = mapped_column(ForeignKey("places.id"), index=True)
    country_code: Mapped[str | None] = mapped_column(String(2), index=True)
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    fatalities: Mapped[int | None] = mapped_column(Integer)
    confidence: Mapped[float] = mapped_column(Float)
    evidence_text: Mapped[str] = mapped_column(Text)
    evidence_start: Mapped[int] = mapped_column(Integer)
    evidence_end: Mapped[int] = mapped_column(Integer)
    coder: Mapped[str] = mapped_column(String(128))
    record: Mapped[dict[str, Any]] = mapped_column(JSON)


class EventActorRow(Base):
    """Which actor plays which role on an event; `position` orders the associated actors."""

    __tablename__ = "event_actors"

    event_id: Mapped[str] = mapped_column(ForeignKey("events.event_id", ondelete="CASCADE"), primary_key=True)
    role: Mapped[str] = mapped_column(String(16), primary_key=True)  # actor1 | actor2 | assoc
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    actor_pk: Mapped[int] = mapped_column(ForeignKey("actors.id"), index=True)
    mention: Mapped[str | None] = mapped_column(Text)


class EventSourceRow(Base):
    """One article that supports an event, with the evidence span in that article's text."""

    __tablename__ = "event_sources"

    event_id: Mapped[str] = mapped_column(ForeignKey("events.event_id", ondelete="CASCADE"), primary_key=True)
    doc_id: Mapped[str] = mapped_column(
        ForeignKey("articles.doc_id", ondelete="CASCADE"), primary_key=True, index=True
    )
    evidence_start: Mapped[int] = mapped_column(Integer, primary_key=True)
    evidence_end: Mapped[int] = mapped_column(Integer)
