"""Alembic environment of the sigacts store.

`sigacts.storage.migrate` runs the migrations in code and hands over its open connection in
`config.attributes["connection"]`; the `sqlalchemy.url` option is only a fallback for running the
`alembic` command by hand. No logging configuration happens here, so opening a store prints nothing.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, create_engine


def _run(connection: Connection) -> None:
    """Run the pending migrations on `connection`; batch mode lets later ALTERs work on SQLite."""
    context.configure(connection=connection, target_metadata=None, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


def _run_offline() -> None:
    """Print the migration SQL for the configured URL instead of running it."""
    context.configure(url=context.config.get_main_option("sqlalchemy.url"), literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    _run_offline()
elif (given := context.config.attributes.get("connection")) is not None:
    _run(given)
else:
    engine = create_engine(context.config.get_main_option("sqlalchemy.url") or "sqlite:///sigacts.db")
    with engine.connect() as own_connection:
        _run(own_connection)
        own_connection.commit()
    engine.dispose()
