"""The sigacts store: articles and the events read from them, in SQLite or any SQLAlchemy database.

    with open_store("events.db") as store:
        store.add_article(article, events, coder="sigacts-rules-0.1")
        for event in store.query_events(EventQuery(country="SY", since=date(2024, 1, 1))):
            ...

`open_store` creates the database if needed and applies the packaged Alembic migrations.
"""

from __future__ import annotations

from pathlib import Path

from sigacts.storage.engine import DB_ENV, DEFAULT_DB, create_store_engine, resolve_target
from sigacts.storage.migrate import upgrade
from sigacts.storage.query import EventQuery, StoreStats
from sigacts.storage.store import Store

__all__ = ["DB_ENV", "DEFAULT_DB", "EventQuery", "Store", "StoreStats", "open_store"]


def open_store(target: str | Path | None = None) -> Store:
    """Open (creating and migrating as needed) the store at `target`.

    `target` is a file path (SQLite) or a SQLAlchemy URL; None means $SIGACTS_DB, else ./sigacts.db.
    Raises StorageError when the database cannot be opened or migrated.
    """
    url = resolve_target(target)
    shown_name = str(target) if target is not None else url.removeprefix("sqlite:///")
    engine = create_store_engine(url)
    try:
        upgrade(engine, shown_name)
    except BaseException:
        engine.dispose()
        raise
    return Store(engine, shown_name)
