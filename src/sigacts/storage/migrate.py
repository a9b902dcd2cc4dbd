"""Apply the packaged Alembic migrations to a store, in code and quietly.

The migration scripts live next to this module (`migrations/`), so an installed package finds them
without an alembic.ini. Alembic logs at INFO both when it is imported (plugin set-up) and when it
migrates; it is imported lazily and its logger is held at WARNING meanwhile, so that opening a store
prints nothing even when the application logs at INFO (and commands that never open a store do not
pay for importing Alembic).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from sigacts.errors import StorageError

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


@contextmanager
def quiet_alembic() -> Iterator[None]:
    """Hold alembic's INFO lines back for the duration of the block."""
    logger = logging.getLogger("alembic")
    previous = logger.level
    logger.setLevel(logging.WARNING)
    try:
        yield
    finally:
        logger.setLevel(previous)


def alembic_config(url: str | None = None) -> Config:
    """An Alembic configuration pointing at the packaged migrations (no ini file needed)."""
    with quiet_alembic():
        from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("path_separator", "os")
    if url:
        # ConfigParser treats % as interpolation; URLs may contain it (escaped passwords).
        config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def known_revisions() -> list[str]:
    """Every migration revision shipped with this version of sigacts, newest first."""
    with quiet_alembic():
        from alembic.script import ScriptDirectory

        return [script.revision for script in ScriptDirectory.from_config(alembic_config()).walk_revisions()]


def head_revision() -> str | None:
    """The newest migration revision shipped with this version of sigacts."""
    revisions = known_revisions()
    return revisions[0] if revisions else None


def current_revision(engine: Engine) -> str | None:
    """The revision the database at `engine` is migrated to, None for a fresh database."""
    with quiet_alembic():
        from alembic.runtime.migration import MigrationContext

        with engine.connect() as connection:
            return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, shown_name: str) -> None:
    """Migrate the database behind `engine` to the newest revision, raising StorageError on failure."""
    _refuse_newer(engine, shown_name)
    with quiet_alembic():
        from alembic import command
        from alembic.util import CommandError

        config = alembic_config()
        try:
            with engine.begin() as connection:
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
        except (SQLAlchemyError, CommandError) as exc:
            raise StorageError(
                f"cannot open database {shown_name}: migrating it failed ({exc}); check the path is a "
                "writable sigacts database or pass --db with a new file"
            ) from exc


def _refuse_newer(engine: Engine, shown_name: str) -> None:
    """Raise when the database cannot be read or was migrated by a newer sigacts than this one."""
    try:
        current = current_revision(engine)
    except SQLAlchemyError as exc:
        raise StorageError(
            f"cannot open database {shown_name}: {_cause(exc)}; check the path is a writable "
            "sigacts database or pass --db"
        ) from exc
    if current is not None and current not in known_revisions():
        raise StorageError(
            f"database {shown_name} has schema revision {current!r}, written by a newer sigacts; "
            "upgrade sigacts or pass --db with another file"
        )


def _cause(exc: SQLAlchemyError) -> str:
    """The driver's own message when there is one (shorter than SQLAlchemy's)."""
    orig = getattr(exc, "orig", None)
    return str(orig) if orig is not None else str(exc)
