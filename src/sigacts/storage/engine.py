"""Turn a store target (a path or a SQLAlchemy URL) into a configured engine.

SQLite gets WAL journaling, enforced foreign keys, and real transactions: the stdlib driver otherwise
commits DDL on its own and begins transactions lazily, which would let a crash leave half a migration.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from sigacts.errors import StorageError

DEFAULT_DB = "sigacts.db"
DB_ENV = "SIGACTS_DB"


def resolve_target(target: str | Path | None) -> str:
    """The SQLAlchemy URL for `target`: None means $SIGACTS_DB, else ./sigacts.db; a path means SQLite."""
    if target is None:
        target = os.environ.get(DB_ENV) or DEFAULT_DB
    text = str(target)
    if "://" in text:
        return text
    if text == ":memory:":
        return "sqlite://"
    path = Path(text).expanduser()
    if not path.parent.is_dir():
        raise StorageError(
            f"cannot open database {text}: directory {path.parent} does not exist; create it or pass --db"
        )
    return f"sqlite:///{path.resolve()}"


def create_store_engine(url: str) -> Engine:
    """A SQLAlchemy engine for `url`, with the SQLite settings above when it is SQLite."""
    try:
        engine = create_engine(url)
    except (ArgumentError, ImportError, SQLAlchemyError) as exc:
        raise StorageError(
            f"cannot open database {_safe(url)}: {exc}; check the URL and that its driver is installed"
        ) from exc
    if engine.dialect.name == "sqlite":
        _configure_sqlite(engine)
    return engine


def _configure_sqlite(engine: Engine) -> None:
    """Hook the pragmas and explicit BEGIN into every new SQLite connection."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Take transaction control from the driver so SQLAlchemy's BEGIN/COMMIT are the only ones.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA busy_timeout=10000")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")


def _safe(url: str) -> str:
    """The URL with any password hidden, for messages."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url
