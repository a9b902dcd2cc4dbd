"""Initial schema: articles, places, actors, events, event_actors, event_sources.

Revision ID: 0001
Revises:
Create Date: 2025-01-01

A frozen snapshot: it does not import `sigacts.storage.schema`, so later edits to the ORM classes need
a new revision (the test suite checks that the ORM and the migrated database agree).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create every table and index of the first schema."""
    op.create_table(
        "articles",
        sa.Column("doc_id", sa.String(255), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("published", sa.Date(), nullable=True),
        sa.Column("outlet", sa.String(255), nullable=True),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("source", sa.Text(), nullable=True),
        sa.Column("language", sa.String(16), nullable=False),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("coder", sa.String(128), nullable=False),
        sa.PrimaryKeyConstraint("doc_id", name="pk_articles"),
    )
    op.create_index("ix_articles_published", "articles", ["published"])

    op.create_table(
        "places",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("place_key", sa.String(512), nullable=False),
        sa.Column("name", sa.String(255), nullable=False),
        sa.Column("country_code", sa.String(2), nullable=True),
        sa.Column("admin1", sa.String(255), nullable=True),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
        sa.Column("geo_precision", sa.Integer(), nullable=True),
        sa.Column("gazetteer_id", sa.String(64), nullable=True),
        sa.Column("feature", sa.String(64), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_places"),
        sa.UniqueConstraint("place_key", name="uq_places_place_key"),
    )
    op.create_index("ix_places_name", "places", ["name"])

    op.create_table(
        "actors",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("actor_key", sa.String(512), nullable=False),
        sa.Column("name", sa.String(255), nullable=False),
        sa.Column("actor_id", sa.String(128), nullable=True),
        sa.Column("type", sa.String(64), nullable=True),
        sa.Column("country_code", sa.String(2), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_actors"),
        sa.UniqueConstraint("actor_key", name="uq_actors_actor_key"),
    )
    op.create_index("ix_actors_name", "actors", ["name"])
    op.create_index("ix_actors_actor_id", "actors", ["actor_id"])

    op.create_table(
        "events",
        sa.Column("event_id", sa.String(255), nullable=False),
        sa.Column("doc_id", sa.String(255), nullable=False),
        sa.Column("plover_type", sa.String(32), nullable=False),
        sa.Column("plover_mode", sa.String(64), nullable=True),
        sa.Column("acled_type", sa.String(64), nullable=True),
        sa.Column("acled_subtype", sa.String(128), nullable=True),
        sa.Column("interaction", sa.Integer(), nullable=True),
        sa.Column("factuality", sa.String(32), nullable=False),
        sa.Column("hedged", sa.Boolean(), nullable=False),
        sa.Column("date_start", sa.Date(), nullable=True),
        sa.Column("date_end", sa.Date(), nullable=True),
        sa.Column("date_precision", sa.String(16), nullable=False),
        sa.Column("place_id", sa.Integer(), nullable=True),
        sa.Column("country_code", sa.String(2), nullable=True),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
        sa.Column("fatalities", sa.Integer(), nullable=True),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column("evidence_text", sa.Text(), nullable=False),
        sa.Column("evidence_start", sa.Integer(), nullable=False),
        sa.Column("evidence_end", sa.Integer(), nullable=False),
        sa.Column("coder", sa.String(128), nullable=False),
        sa.Column("record", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("event_id", name="pk_events"),
        sa.ForeignKeyConstraint(
            ["doc_id"], ["articles.doc_id"], name="fk_events_doc_id_articles", ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(["place_id"], ["places.id"], name="fk_events_place_id_places"),
    )
    for column in (
        "doc_id", "plover_type", "acled_type", "acled_subtype", "factuality",
        "date_start", "date_end", "place_id", "country_code",
    ):  # fmt: skip
        op.create_index(f"ix_events_{column}", "events", [column])

    op.create_table(
        "event_actors",
        sa.Column("event_id", sa.String(255), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("actor_pk", sa.Integer(), nullable=False),
        sa.Column("mention", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("event_id", "role", "position", name="pk_event_actors"),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.event_id"], name="fk_event_actors_event_id_events", ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(["actor_pk"], ["actors.id"], name="fk_event_actors_actor_pk_actors"),
    )
    op.create_index("ix_event_actors_actor_pk", "event_actors", ["actor_pk"])

    op.create_table(
        "event_sources",
        sa.Column("event_id", sa.String(255), nullable=False),
        sa.Column("doc_id", sa.String(255), nullable=False),
        sa.Column("evidence_start", sa.Integer(), nullable=False),
        sa.Column("evidence_end", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("event_id", "doc_id", "evidence_start", name="pk_event_sources"),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.event_id"], name="fk_event_sources_event_id_events", ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["doc_id"], ["articles.doc_id"], name="fk_event_sources_doc_id_articles", ondelete="CASCADE"
        ),
    )
    op.create_index("ix_event_sources_doc_id", "event_sources", ["doc_id"])


def downgrade() -> None:
    """Drop every table of the first schema, dependents first."""
    for table in ("event_sources", "event_actors", "events", "actors", "places", "articles"):
        op.drop_table(table)
