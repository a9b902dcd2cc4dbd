"""The SQLAlchemy store: articles and their events, written one article per transaction.

A single writer is assumed (SQLite's model). Reads stream rows, so exporting a large store does not
load it all into memory.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime
from types import TracebackType
from typing import Any, Self

from sqlalchemy import Engine, Select, func, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from sigacts.errors import StorageError
from sigacts.records import Article, Event
from sigacts.storage.codec import record_to_event
from sigacts.storage.query import EventQuery, StoreStats, event_filters
from sigacts.storage.schema import ActorRow, ArticleRow, EventRow, PlaceRow
from sigacts.storage.writer import ArticleWriter

_STREAM_BATCH = 500


class Store:
    """Articles and events in a SQL database; use `open_store()` to get one that is migrated."""

    def __init__(self, engine: Engine, name: str) -> None:
        self.engine = engine
        self.name = name
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({self.name!r})"

    def add_article(self, article: Article, events: Sequence[Event], coder: str = "") -> bool:
        """Store `article` and all its `events` in one transaction; False if the article is already stored.

        On any failure nothing of this article is kept; articles stored before stay stored.
        """
        try:
            with self._sessions.begin() as session:
                if session.get(ArticleRow, article.doc_id) is not None:
                    return False
                ArticleWriter(session).write(article, events, coder, ingested_at=datetime.now(UTC))
        except SQLAlchemyError as exc:
            raise StorageError(
                f"cannot store article {article.doc_id} in {self.name}: {exc}; nothing of this article "
                "was kept, check the disk is writable and not full, then ingest it again"
            ) from exc
        return True

    def has_article(self, doc_id: str) -> bool:
        """Whether an article with this id is stored."""
        with self._reading() as session:
            return session.get(ArticleRow, doc_id) is not None

    def get_article(self, doc_id: str) -> Article | None:
        """The stored article with this id, or None."""
        with self._reading() as session:
            row = session.get(ArticleRow, doc_id)
            return _article_from_row(row) if row is not None else None

    def articles(self) -> Iterator[Article]:
        """Every stored article, in the order they were ingested."""
        statement = select(ArticleRow).order_by(ArticleRow.ingested_at, ArticleRow.doc_id)
        for row in self._stream(statement):
            yield _article_from_row(row)

    def query_events(self, query: EventQuery | None = None) -> Iterator[Event]:
        """Stored events matching `query` (all when None), by date (undated last), article and offset."""
        query = query or EventQuery()
        statement = (
            select(EventRow.record)
            .where(*event_filters(query))
            .order_by(
                EventRow.date_start.is_(None),
                EventRow.date_start,
                EventRow.doc_id,
                EventRow.evidence_start,
                EventRow.event_id,
            )
        )
        if query.limit is not None:
            statement = statement.limit(max(query.limit, 0))
        for record in self._stream(statement):
            yield record_to_event(record)

    def count_events(self, query: EventQuery | None = None) -> int:
        """How many stored events match `query` (at most `query.limit`)."""
        query = query or EventQuery()
        statement = select(func.count()).select_from(EventRow).where(*event_filters(query))
        with self._reading() as session:
            count = int(session.scalar(statement) or 0)
        return count if query.limit is None else min(count, max(query.limit, 0))

    def stats(self) -> StoreStats:
        """Counts of articles, events, actors and places, events by type/country/factuality, date range."""
        with self._reading() as session:
            end = func.coalesce(EventRow.date_end, EventRow.date_start)
            first, last = session.execute(
                select(func.min(func.coalesce(EventRow.date_start, EventRow.date_end)), func.max(end))
            ).one()
            return StoreStats(
                articles=_count(session, ArticleRow),
                events=_count(session, EventRow),
                actors=_count(session, ActorRow),
                places=_count(session, PlaceRow),
                by_plover=_group(session, EventRow.plover_type),
                by_acled=_group(session, EventRow.acled_type),
                by_country=_group(session, EventRow.country_code),
                by_factuality=_group(session, EventRow.factuality),
                first_date=_as_date(first),
                last_date=_as_date(last),
            )

    def close(self) -> None:
        """Release the database connections; the store cannot be used afterwards."""
        self.engine.dispose()

    @contextmanager
    def _reading(self) -> Iterator[Session]:
        """A session for reads whose database errors surface as StorageError."""
        try:
            with self._sessions() as session:
                yield session
        except SQLAlchemyError as exc:
            raise StorageError(
                f"cannot read database {self.name}: {exc}; check the file is a sigacts database"
            ) from exc

    def _stream(self, statement: Select[Any]) -> Iterator[Any]:
        """Yield the first column of each row of `statement`, fetching in batches."""
        with self._reading() as session:
            yield from session.execute(statement.execution_options(yield_per=_STREAM_BATCH)).scalars()


def _article_from_row(row: ArticleRow) -> Article:
    """The Article a stored row describes."""
    return Article(
        doc_id=row.doc_id,
        text=row.text,
        title=row.title,
        published=row.published,
        outlet=row.outlet,
        url=row.url,
        source=row.source,
        language=row.language,
    )


def _count(session: Session, table: type[Any]) -> int:
    """Number of rows of an ORM table."""
    return int(session.scalar(select(func.count()).select_from(table)) or 0)


def _group(session: Session, column: Any) -> dict[str, int]:
    """Event counts per non-null value of `column`, largest first."""
    counted = func.count()
    rows = session.execute(
        select(column, counted).where(column.is_not(None)).group_by(column).order_by(counted.desc(), column)
    )
    return {str(value): int(number) for value, number in rows}


def _as_date(value: Any) -> date | None:
    """A date from what the driver returned for a MIN/MAX over a date column."""
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))
