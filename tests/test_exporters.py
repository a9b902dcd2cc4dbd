"""Tests of the exporters: JSON Lines, ACLED-style CSV and GeoJSON, each parsed back."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest

from sigacts.cli.render import _actors_cell
from sigacts.errors import ConfigError
from sigacts.exporters import (
    ACLED_COLUMNS,
    EXPORT_FORMATS,
    export_events,
    write_acled_csv,
    write_geojson,
    write_jsonl,
)
from sigacts.exporters.acled_csv import disorder_type, interaction
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

TEXT = (
    "Police fired tear gas at students protesting outside the ministry in Dunmore on Friday. "
    "A drone struck a fuel depot near Ostrava Ridge, killing at least two guards. "
    "The militia leader warned he would retaliate."
)
REQUIRED_KEYS = {
    "event_id", "doc_id", "plover", "acled", "actor1", "actor2", "location", "date",
    "factuality", "attribution", "evidence", "confidence",
}  # fmt: skip


def _evidence(sentence: str, trigger: str) -> Evidence:
    start = TEXT.index(sentence)
    return Evidence(sentence, start, start + len(sentence), trigger=trigger, rule="test")


@pytest.fixture
def article() -> Article:
    return Article(doc_id="doc-x", text=TEXT, title="Unrest", outlet="Harbour Times")


@pytest.fixture
def events() -> list[Event]:
    """A repressed protest, a drone strike without actor types, and a threat ACLED does not code."""
    tear_gas = Event(
        event_id="ev-gas",
        doc_id="doc-x",
        plover_type="PROTEST",
        acled_type="Protests",
        acled_subtype="Protest with intervention",
        actor1=Actor("Protesters (Ireland)", None, "students", "Protesters", "IE"),
        actor2=Actor("Police Forces of Ireland", "IE-POL", "Police", "State forces", "IE"),
        assoc_actors=(
            Actor("Students (Ireland)", None, "students", None, "IE"),
            Actor("Military Forces of Ireland", None, "soldiers", "State forces", "IE", side=2),
        ),
        location=Place("Dunmore", "IE", 53.6, -8.7, 1, mention="Dunmore", admin1="Galway"),
        date=EventDate(date(2024, 2, 9), date(2024, 2, 9), "day", "on Friday"),
        quantities=(Quantity(40, "crowd size", "dozens"),),
        evidence=_evidence(TEXT.split(". ")[0] + ".", "protesting"),
        confidence=0.8,
    )
    drone = Event(
        event_id="ev-drone",
        doc_id="doc-x",
        plover_type="ASSAULT",
        plover_mode="aerial",
        acled_type="Explosions/Remote violence",
        acled_subtype="Air/drone strike",
        actor1=Actor("Unidentified armed group"),
        location=Place("Ostrava Ridge", "CZ", 49.8, 18.3, 2, mention="near Ostrava Ridge"),
        date=EventDate(date(2024, 2, 1), date(2024, 2, 29), "month"),
        fatalities=Fatalities(2, None, None),
        hedged=True,
        evidence=_evidence(TEXT.split(". ")[1] + ".", "struck"),
        confidence=0.55,
    )
    threat = Event(
        event_id="ev-threat",
        doc_id="doc-x",
        plover_type="THREATEN",
        actor1=Actor("Militia leader", None, "The militia leader", "Political militia"),
        factuality="threatened",
        attribution=Attribution("Wire Service", (), "warned"),
        evidence=_evidence(TEXT.split(". ")[2], "warned"),
        confidence=0.5,
    )
    return [tear_gas, drone, threat]


def test_jsonl_lines_carry_the_contract_fields(events: list[Event]) -> None:
    out = io.StringIO()
    assert write_jsonl(events, out) == 3
    lines = out.getvalue().splitlines()
    assert len(lines) == 3
    for line, event in zip(lines, events, strict=True):
        record = json.loads(line)
        assert REQUIRED_KEYS <= set(record)
        assert {"event_type"} <= set(record["plover"])
        assert {"text", "start", "end"} <= set(record["evidence"])
        assert {"start", "end", "precision"} <= set(record["date"])
        assert {"outlet", "claimants"} <= set(record["attribution"])
        assert 0 <= record["confidence"] <= 1
        assert Event.from_contract(record) == event


def test_acled_csv_columns_and_values(events: list[Event], article: Article) -> None:
    out = io.StringIO()
    assert write_acled_csv(events, out, articles={article.doc_id: article}) == 2  # the threat is skipped
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert tuple(rows[0]) == ACLED_COLUMNS
    gas, drone = rows
    assert gas["event_id_cnty"] == "ev-gas"
    assert (gas["event_date"], gas["year"], gas["time_precision"]) == ("2024-02-09", "2024", "1")
    assert gas["disorder_type"] == "Demonstrations"
    assert (gas["event_type"], gas["sub_event_type"]) == ("Protests", "Protest with intervention")
    assert (gas["actor1"], gas["inter1"], gas["actor2"], gas["inter2"]) == (
        "Protesters (Ireland)", "6", "Police Forces of Ireland", "1",
    )  # fmt: skip
    assert gas["assoc_actor_1"] == "Students (Ireland)"  # no side known: with actor1, as before sides
    assert gas["assoc_actor_2"] == "Military Forces of Ireland"  # on actor2's side
    assert gas["interaction"] == "16"
    assert gas["civilian_targeting"] == ""
    assert (gas["iso"], gas["country"], gas["region"], gas["admin1"]) == (
        "372",
        "Ireland",
        "Europe",
        "Galway",
    )
    assert (gas["location"], gas["latitude"], gas["longitude"], gas["geo_precision"]) == (
        "Dunmore", "53.6", "-8.7", "1",
    )  # fmt: skip
    assert gas["source"] == "Harbour Times"  # from the article: the event names no outlet
    assert gas["notes"] == events[0].evidence.text
    assert gas["fatalities"] == "0"
    assert gas["tags"] == "crowd size=dozens"
    assert drone["time_precision"] == "3"
    assert drone["disorder_type"] == "Political violence"
    assert (drone["inter1"], drone["inter2"], drone["interaction"]) == ("", "0", "")
    assert drone["fatalities"] == "2"
    assert drone["tags"] == "hedged"
    assert (drone["country"], drone["region"]) == ("Czechia", "Europe")


def test_acled_csv_without_articles_leaves_source_empty(events: list[Event]) -> None:
    out = io.StringIO()
    write_acled_csv(events[:1], out)
    assert next(csv.DictReader(io.StringIO(out.getvalue())))["source"] == ""


def test_acled_codes() -> None:
    assert interaction(1, 7) == 17 and interaction(7, 1) == 17
    assert interaction(2, 0) == 20
    assert interaction(None, 1) is None
    assert disorder_type("Riots", "Mob violence") == "Political violence"
    assert disorder_type("Riots", "Violent demonstration") == "Demonstrations"
    assert (
        disorder_type("Protests", "Excessive force against protesters")
        == "Political violence; Demonstrations"
    )
    assert disorder_type("Strategic developments", "Arrests") == "Strategic developments"


def test_civilian_targeting(events: list[Event]) -> None:
    victims = Actor("Civilians (Czechia)", None, "two guards", "Civilians", "CZ")
    attack = events[1].with_changes(
        actor2=victims, acled_type="Violence against civilians", acled_subtype="Attack"
    )
    out = io.StringIO()
    write_acled_csv([attack], out)
    row = next(csv.DictReader(io.StringIO(out.getvalue())))
    assert (row["civilian_targeting"], row["inter2"]) == ("Civilian targeting", "7")


def test_geojson_points_for_located_events(events: list[Event]) -> None:
    out = io.StringIO()
    assert write_geojson(events, out) == 2  # the threat has no location
    collection = json.loads(out.getvalue())
    assert collection["type"] == "FeatureCollection"
    first = collection["features"][0]
    assert first["geometry"] == {"type": "Point", "coordinates": [-8.7, 53.6]}
    properties = first["properties"]
    assert properties["event_id"] == "ev-gas"
    assert properties["actor2"] == "Police Forces of Ireland"
    assert properties["date_start"] == "2024-02-09"
    assert all(not isinstance(value, dict | list) for value in properties.values())


def test_geojson_with_no_features_is_valid_json() -> None:
    out = io.StringIO()
    assert write_geojson([], out) == 0
    assert json.loads(out.getvalue()) == {"type": "FeatureCollection", "features": []}


def test_export_events_dispatches_and_ignores_unused_options(events: list[Event], article: Article) -> None:
    assert set(EXPORT_FORMATS) == {"jsonl", "acled-csv", "geojson"}
    articles = {article.doc_id: article}
    assert export_events("jsonl", events, io.StringIO(), articles=articles) == 3
    assert export_events("acled-csv", events, io.StringIO(), articles=articles) == 2
    assert export_events("geojson", iter(events), io.StringIO()) == 2


def test_unknown_format_lists_the_valid_ones(events: list[Event]) -> None:
    with pytest.raises(ConfigError, match="jsonl, acled-csv, geojson"):
        export_events("xlsx", events, io.StringIO())


def test_the_events_table_shows_each_associated_actor_on_its_side(events: list[Event]) -> None:
    assert _actors_cell(events[0]).split("\n") == [
        "Protesters (Ireland) → Police Forces of Ireland (+ Military Forces of Ireland)",
        "with Students (Ireland)",
    ]


def test_swapping_the_sides_of_an_event_moves_its_associated_actors_with_them(events: list[Event]) -> None:
    swapped = events[0].sides_swapped()
    assert (swapped.actor1.name, swapped.actor2 and swapped.actor2.name) == (
        "Police Forces of Ireland", "Protesters (Ireland)",
    )  # fmt: skip
    assert [(a.name, a.side) for a in swapped.assoc_actors] == [
        ("Students (Ireland)", None), ("Military Forces of Ireland", 1),
    ]  # fmt: skip
