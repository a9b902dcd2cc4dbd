"""Tests of the SQLite store: round trips, dedupe, filters, transactions, stats and migrations."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine

from sigacts.errors import StorageError
from sigacts.records import (
    Actor,
    Article,
    Attribution,
    Event,
    EventDate,
    Evidence,
    Fatalities,
    Place,
    Quantity,
)
from sigacts.storage import EventQuery, Store, StoreStats, open_store
from sigacts.storage.migrate import MIGRATIONS_DIR, current_revision, head_revision
from sigacts.storage.schema import Base

TEXT_A = (
    "Government troops shelled the village of Karmel on Tuesday, killing four people. "
    "Residents said the army later arrested two shepherds."
)
TEXT_B = "Hundreds of teachers marched through Port Halden on 3 March to demand unpaid wages."
TEXT_C = "The Northern Front reportedly threatened to attack the dam near Velko next month."

KARMEL = Place(
    "Karmel", "SY", 35.1, 36.7, 1, mention="Karmel", admin1="Hama", gazetteer_id="900001", feature="city"
)
HALDEN = Place("Port Halden", "KE", -3.2, 40.1, 1, mention="Port Halden")
VELKO = Place("Velko", "UA", None, None, 2, mention="near Velko")
ARMY = Actor("Syrian Arab Army", "SAA", "Government troops", "State forces", "SY")
CIVILIANS = Actor("Civilians (Syria)", None, "four people", "Civilians", "SY")


def _article(doc_id: str, text: str, published: date | None = None) -> Article:
    return Article(
        doc_id=doc_id, text=text, title=f"Report {doc_id}", published=published, outlet="Daily Ledger"
    )


def _sentence(text: str, index: int) -> tuple[str, int, int]:
    sentences = [part + "." for part in text.split(". ")]
    sentences[-1] = sentences[-1].rstrip(".") + "."
    start = text.index(sentences[index].rstrip("."))
    return sentences[index], start, start + len(sentences[index])


def _evidence(text: str, index: int, trigger: str) -> Evidence:
    sentence, start, end = _sentence(text, index)
    return Evidence(sentence, start, end, trigger=trigger, rule="test")


@pytest.fixture
def corpus() -> list[tuple[Article, list[Event]]]:
    """Three articles and four events written by hand."""
    a = _article("doc-a", TEXT_A, date(2024, 5, 8))
    b = _article("doc-b", TEXT_B, date(2024, 3, 4))
    c = _article("doc-c", TEXT_C)
    shelling = Event(
        event_id="ev-shell",
        doc_id="doc-a",
        plover_type="ASSAULT",
        plover_mode="artillery",
        acled_type="Explosions/Remote violence",
        acled_subtype="Shelling/artillery/missile attack",
        interaction=17,
        actor1=ARMY,
        actor2=CIVILIANS,
        location=KARMEL,
        date=EventDate(date(2024, 5, 7), date(2024, 5, 7), "day", "on Tuesday"),
        fatalities=Fatalities(4, 4, 4),
        attribution=Attribution("Daily Ledger", ("Residents",), "said"),
        evidence=_evidence(TEXT_A, 0, "shelled"),
        confidence=0.875,
    )
    arrest = Event(
        event_id="ev-arrest",
        doc_id="doc-a",
        plover_type="COERCE",
        plover_mode="arrest",
        acled_type="Strategic developments",
        acled_subtype="Arrests",
        actor1=ARMY,
        actor2=Actor("Civilians (Syria)", None, "two shepherds", "Civilians", "SY"),
        location=KARMEL,
        date=EventDate(date(2024, 5, 7), date(2024, 5, 8), "week", "later"),
        attribution=Attribution("Daily Ledger", ("Residents",), "said"),
        evidence=_evidence(TEXT_A, 1, "arrested"),
        confidence=0.6,
    )
    march = Event(
        event_id="ev-march",
        doc_id="doc-b",
        plover_type="PROTEST",
        plover_mode="demonstrate",
        acled_type="Protests",
        acled_subtype="Peaceful protest",
        actor1=Actor("Protesters (Kenya)", None, "Hundreds of teachers", "Protesters", "KE"),
        assoc_actors=(Actor("Teachers (Kenya)", "KE-TEACH", "teachers", None, "KE"),),
        location=HALDEN,
        date=EventDate(date(2024, 3, 3), date(2024, 3, 3), "day", "on 3 March"),
        quantities=(Quantity(300, "crowd size", "Hundreds", approximate=True),),
        evidence=_evidence(TEXT_B, 0, "marched"),
        confidence=0.9,
    )
    threat = Event(
        event_id="ev-threat",
        doc_id="doc-c",
        plover_type="THREATEN",
        actor1=Actor("Northern Front", "NF", "The Northern Front", "Rebel group", "UA"),
        location=VELKO,
        factuality="threatened",
        hedged=True,
        evidence=_evidence(TEXT_C, 0, "threatened"),
        confidence=0.4,
    )
    return [(a, [shelling, arrest]), (b, [march]), (c, [threat])]


@pytest.fixture
def store(tmp_path: Path, corpus: list[tuple[Article, list[Event]]]) -> Iterator[Store]:
    with open_store(tmp_path / "events.db") as opened:
        for article, events in corpus:
            assert opened.add_article(article, events, coder="test-coder")
        yield opened


def _ids(store: Store, **filters: Any) -> set[str]:
    return {event.event_id for event in store.query_events(EventQuery(**filters))}


def test_evidence_offsets_point_into_the_text(corpus: list[tuple[Article, list[Event]]]) -> None:
    for article, events in corpus:
        for event in events:
            assert article.text[event.evidence.start : event.evidence.end] == event.evidence.text


def test_events_round_trip_unchanged(store: Store, corpus: list[tuple[Article, list[Event]]]) -> None:
    expected = {event.event_id: event for _, events in corpus for event in events}
    stored = {event.event_id: event for event in store.query_events()}
    assert stored == expected
    assert stored["ev-shell"].location is not None and stored["ev-shell"].location.feature == "city"


def test_unrounded_confidence_survives(tmp_path: Path, corpus: list[tuple[Article, list[Event]]]) -> None:
    article, events = corpus[1]
    precise = events[0].with_changes(confidence=0.123456789)
    with open_store(tmp_path / "p.db") as store:
        store.add_article(article, [precise])
        assert list(store.query_events()) == [precise]


def test_articles_round_trip(store: Store, corpus: list[tuple[Article, list[Event]]]) -> None:
    assert store.get_article("doc-a") == corpus[0][0]
    assert store.get_article("missing") is None
    assert store.has_article("doc-b") and not store.has_article("doc-z")
    assert [article.doc_id for article in store.articles()] == ["doc-a", "doc-b", "doc-c"]


def test_re_adding_an_article_does_nothing(store: Store, corpus: list[tuple[Article, list[Event]]]) -> None:
    article, events = corpus[0]
    assert store.add_article(article, events) is False
    assert store.count_events() == 4
    assert store.stats().articles == 3


def test_actors_and_places_are_shared_rows(store: Store) -> None:
    stats = store.stats()
    # The army and the civilians appear twice each but are stored once; protesters, teachers, front.
    assert stats.actors == 5
    assert stats.places == 3


def test_event_already_stored_from_another_article_gains_a_support(
    store: Store, corpus: list[tuple[Article, list[Event]]]
) -> None:
    repeat = _article("doc-a2", "Copy: " + TEXT_A)
    shelling = corpus[0][1][0]
    assert store.add_article(repeat, [shelling.with_changes(doc_id="doc-a2")])
    assert store.count_events() == 4
    assert _ids(store, doc_id="doc-a2") == {"ev-shell"}


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"actor": "syrian arab"}, {"ev-shell", "ev-arrest"}),
        ({"actor": "SHEPHERDS"}, {"ev-arrest"}),  # matches the mention, not the name
        ({"actor": "teachers"}, {"ev-march"}),  # an associated actor
        ({"actor": "nobody"}, set()),
        ({"actor": "%"}, set()),  # LIKE wildcards are literal
        ({"event_type": "assault"}, {"ev-shell"}),
        ({"event_type": "protests"}, {"ev-march"}),
        ({"event_type": "arrests"}, {"ev-arrest"}),
        ({"country": "sy"}, {"ev-shell", "ev-arrest"}),
        ({"country": "UA"}, {"ev-threat"}),
        ({"since": date(2024, 5, 8)}, {"ev-arrest"}),
        ({"until": date(2024, 3, 31)}, {"ev-march"}),
        ({"since": date(2024, 3, 1), "until": date(2024, 5, 7)}, {"ev-march", "ev-shell", "ev-arrest"}),
        ({"since": date(2024, 4, 1), "until": date(2024, 4, 30)}, set()),
        ({"factuality": "threatened"}, {"ev-threat"}),
        ({"text": "UNPAID wages"}, {"ev-march"}),
        ({"doc_id": "doc-a"}, {"ev-shell", "ev-arrest"}),
        ({"country": "SY", "event_type": "COERCE"}, {"ev-arrest"}),
    ],
)
def test_query_filters(store: Store, filters: dict[str, Any], expected: set[str]) -> None:
    assert _ids(store, **filters) == expected
    assert store.count_events(EventQuery(**filters)) == len(expected)


def test_query_order_and_limit(store: Store) -> None:
    ordered = [event.event_id for event in store.query_events()]
    assert ordered == ["ev-march", "ev-shell", "ev-arrest", "ev-threat"]  # by date, undated last
    assert [e.event_id for e in store.query_events(EventQuery(limit=2))] == ["ev-march", "ev-shell"]
    assert store.count_events(EventQuery(limit=2)) == 2


def test_stats(store: Store) -> None:
    stats = store.stats()
    assert isinstance(stats, StoreStats)
    assert (stats.articles, stats.events) == (3, 4)
    assert stats.by_plover == {"ASSAULT": 1, "COERCE": 1, "PROTEST": 1, "THREATEN": 1}
    assert stats.by_acled == {"Explosions/Remote violence": 1, "Protests": 1, "Strategic developments": 1}
    assert stats.by_country == {"SY": 2, "KE": 1, "UA": 1}
    assert stats.by_factuality == {"occurred": 3, "threatened": 1}
    assert (stats.first_date, stats.last_date) == (date(2024, 3, 3), date(2024, 5, 8))


def test_failed_write_keeps_nothing_of_that_article(
    tmp_path: Path, corpus: list[tuple[Article, list[Event]]]
) -> None:
    path = tmp_path / "crash.db"
    (a, events_a), (b, events_b), _ = corpus
    # A value JSON cannot encode makes the second event's insert fail after the first was written.
    broken = events_b[0].with_changes(event_id="ev-broken", plover_mode=object())
    with open_store(path) as store:
        assert store.add_article(a, events_a)
        with pytest.raises(StorageError, match="nothing of this article was kept"):
            store.add_article(b, [events_b[0], broken])
    with open_store(path) as store:
        assert store.has_article("doc-a") and not store.has_article("doc-b")
        assert {e.event_id for e in store.query_events()} == {"ev-shell", "ev-arrest"}
        assert store.stats().places == 1  # the place of the failed article was rolled back too
        assert store.add_article(b, events_b)  # and it can be ingested again
        assert store.count_events() == 3


def test_error_that_is_not_the_database_also_rolls_back(
    store: Store, corpus: list[tuple[Article, list[Event]]], monkeypatch: pytest.MonkeyPatch
) -> None:
    from sigacts.storage.codec import event_to_record

    calls = {"n": 0}

    def fail_on_second(event: Event) -> dict[str, object]:
        calls["n"] += 1
        if calls["n"] == 2:
            raise RuntimeError("simulated crash")
        return event_to_record(event)

    monkeypatch.setattr("sigacts.storage.writer.event_to_record", fail_on_second)
    article = _article("doc-new", TEXT_A)
    events = [e.with_changes(event_id=e.event_id + "-new", doc_id="doc-new") for e in corpus[0][1]]
    with pytest.raises(RuntimeError):
        store.add_article(article, events)
    assert not store.has_article("doc-new")
    assert store.count_events(EventQuery(doc_id="doc-new")) == 0
    assert store.count_events() == 4


def test_fresh_file_is_migrated_and_reopened(
    tmp_path: Path, corpus: list[tuple[Article, list[Event]]]
) -> None:
    path = tmp_path / "fresh.db"
    with open_store(path) as store:
        assert current_revision(store.engine) == head_revision() == "0001"
        store.add_article(*corpus[1])
    with open_store(str(path)) as store:
        assert store.count_events() == 1
    with open_store(f"sqlite:///{path}") as store:
        assert store.has_article("doc-b")
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    connection.close()


def test_foreign_keys_are_enforced(store: Store) -> None:
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_migrations_match_the_orm(tmp_path: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    path = tmp_path / "schema.db"
    open_store(path).close()
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    engine.dispose()
    assert diff == []


def test_migrations_ship_inside_the_package() -> None:
    assert (MIGRATIONS_DIR / "env.py").is_file()
    assert (MIGRATIONS_DIR / "versions" / "0001_initial.py").is_file()


def test_opening_prints_and_logs_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    open_store(tmp_path / "quiet.db").close()
    assert capsys.readouterr() == ("", "")
    assert [r for r in caplog.records if r.name.startswith("alembic")] == []


def test_default_target_comes_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SIGACTS_DB", str(tmp_path / "env.db"))
    open_store().close()
    assert (tmp_path / "env.db").is_file()
    monkeypatch.delenv("SIGACTS_DB")
    monkeypatch.chdir(tmp_path)
    open_store(None).close()
    assert (tmp_path / "sigacts.db").is_file()


def test_unusable_targets_raise_storage_error(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="does not exist; create it or pass --db"):
        open_store(tmp_path / "no" / "such" / "dir.db")
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is a text file, not a database " * 50)
    with pytest.raises(StorageError, match="pass --db"):
        open_store(junk)
    with pytest.raises(StorageError, match="driver"):
        open_store("nosuchdialect://host/db")


def test_database_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "newer.db"
    open_store(path).close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    with pytest.raises(StorageError, match="newer sigacts"):
        open_store(path)
