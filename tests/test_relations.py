"""The actor relations graph: evidence from events and statements, pair states over time, exporters, CLI."""

from __future__ import annotations

import json
import xml.dom.minidom
from dataclasses import replace
from datetime import date
from io import StringIO
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sigacts.api import Coder, actor_graph, describe_actor, ingest
from sigacts.cli import main as cli_main
from sigacts.exporters.graph import write_graph
from sigacts.records import Actor, Article, Event, EventDate, Evidence
from sigacts.relations import (
    ALLIED,
    HOSTILE_STATE,
    RelationEvidence,
    build_graph,
    evidence_from_event,
    evidence_of_sides,
    named_actors,
    statements_in_sentence,
)
from sigacts.resources.actors import ActorBase, default_actor_base
from sigacts.storage import open_store

SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "seeds"
PUBLISHED = date(2016, 5, 10)


@pytest.fixture(scope="module")
def base() -> ActorBase:
    return default_actor_base()


def stated(sentence: str, base: ActorBase) -> set[tuple[str, str, int, str]]:
    article = Article("d1", sentence, published=PUBLISHED)
    return {(e.actor_a.actor_id or "", e.actor_b.actor_id or "", e.sign, e.kind)
            for e in statements_in_sentence(sentence, base, article)}  # fmt: skip


def test_named_actors_finds_aliases_and_skips_lower_case_words(base: ActorBase) -> None:
    found = named_actors("The Nusra Front and the Syrian regime is at war with Daesh fighters.", base)
    assert [n.actor.actor_id for n in found] == ["jabhat_al_nusra", "government_sy", "islamic_state"]


def test_a_side_cue_makes_allies_before_it_and_enemies_after_it(base: ActorBase) -> None:
    got = stated("Ahrar al-Sham and the Levant Front said they stand united in the fight against ISIS and "
                 "Hezbollah.", base)  # fmt: skip
    assert ("ahrar_al_sham", "levant_front", 1, "alliance") in got
    assert ("ahrar_al_sham", "islamic_state", -1, "enmity") in got
    assert ("levant_front", "hezbollah", -1, "enmity") in got


def test_an_apposition_states_enmity_or_alliance(base: ActorBase) -> None:
    assert stated("Jaish al-Islam, a sworn enemy of the Islamic State, shelled Douma.", base) == {
        ("jaish_al_islam", "islamic_state", -1, "enmity")
    }
    assert ("hezbollah", "irgc", 1, "alliance") in stated(
        "Hezbollah, a close ally of the IRGC, said so.", base
    )


def test_relations_between_a_pair_are_read_with_their_adjective(base: ActorBase) -> None:
    # two actors of the article's date (the Syrian National Army was only founded in December 2017)
    assert stated("Tensions between the SDF and Ahrar al-Sham rose again.", base) == {
        ("syrian_democratic_forces", "ahrar_al_sham", -1, "hostility")
    }
    assert stated("Observers noted improving relations between Hamas and Fatah.", base) == {
        ("hamas", "fatah", 1, "cooperation")
    }


def test_a_sentence_without_two_actors_states_nothing(base: ActorBase) -> None:
    assert stated("The rebels are united against the regime.", base) == set()


def event(
    plover: str,
    a1: str,
    a2: str | None,
    when: date,
    mode: str | None = None,
    factuality: str = "occurred",
    event_id: str = "e1",
) -> Event:
    return Event(
        event_id=event_id, doc_id="d1", plover_type=plover, plover_mode=mode,
        actor1=Actor(a1, a1), actor2=Actor(a2, a2) if a2 else None,
        evidence=Evidence("They did it.", 0, 12), date=EventDate(when, when, "day"), factuality=factuality,
    )  # fmt: skip


def test_associated_actors_of_the_two_sides_of_a_fight_are_hostile_to_each_other() -> None:
    fight = replace(
        event("ASSAULT", "army", "rebels", PUBLISHED),
        assoc_actors=(Actor("militia", "militia", side=1), Actor("jihadists", "jihadists", side=2),
                      Actor("tribe", "tribe")),
    )  # fmt: skip
    pairs = {(e.actor_a.name, e.actor_b.name, e.sign) for e in evidence_of_sides(fight)}
    assert pairs == {("army", "jihadists", -1), ("militia", "rebels", -1), ("militia", "jihadists", -1)}
    # one side's actors are not made friends or foes of each other, and friendly events give nothing here
    assert evidence_of_sides(replace(fight, plover_type="COOPERATE")) == []


def test_events_become_signed_evidence() -> None:
    attack = evidence_from_event(event("ASSAULT", "a", "b", PUBLISHED))
    assert attack is not None and (attack.sign, attack.kind) == (-1, "attack")
    pledge = evidence_from_event(event("AGREE", "a", "b", PUBLISHED, mode="allegiance"))
    assert pledge is not None and (pledge.sign, pledge.kind) == (1, "allegiance")
    arrest = evidence_from_event(event("COERCE", "a", "b", PUBLISHED, mode="arrest"))
    assert arrest is not None and arrest.kind == "arrest"
    assert evidence_from_event(event("ASSAULT", "a", None, PUBLISHED)) is None
    assert evidence_from_event(event("ASSAULT", "a", "b", PUBLISHED, factuality="planned")) is None
    assert evidence_from_event(event("CONSULT", "a", "b", PUBLISHED)) is None


def test_a_pair_turns_from_hostile_to_allied_and_the_timeline_says_when() -> None:
    fights = [
        evidence_from_event(event("ASSAULT", "a", "b", date(2015, m, 1), event_id=f"f{m}")) for m in (1, 2, 3)
    ]
    deal = [
        evidence_from_event(event("COOPERATE", "b", "a", date(2015, 9, d), event_id=f"c{d}")) for d in (1, 2)
    ]
    graph = build_graph([e for e in (*fights, *deal) if e is not None])
    pair = graph.pair("a", "b")
    assert pair is not None
    assert pair.state_at(date(2014, 12, 1)) is None
    assert pair.state_at(date(2015, 4, 1)) == HOSTILE_STATE
    assert pair.state_at(date(2015, 9, 5)) == ALLIED
    assert [(p.start, p.state) for p in pair.timeline()] == [
        (date(2015, 1, 1), "hostile"),
        (date(2015, 9, 1), "allied"),
    ]
    assert build_graph(graph.pairs[("a", "b")].evidence, at=date(2015, 6, 1)).state(pair) == HOSTILE_STATE
    assert build_graph(pair.evidence, since=date(2015, 8, 1)).pair("a", "b").evidence == pair.evidence[3:]  # type: ignore[union-attr]


def sample_graph() -> list[RelationEvidence]:
    found = [evidence_from_event(event("ASSAULT", "x & y", "z", PUBLISHED, event_id="1"))]
    return [e for e in found if e is not None]


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_xml_exports_parse_and_escape_names(fmt: str) -> None:
    out = StringIO()
    assert write_graph(fmt, build_graph(sample_graph()), out) == 1
    parsed = xml.dom.minidom.parseString(out.getvalue())
    assert parsed.getElementsByTagName("edge")[0].getAttribute("source") == "x & y"


def test_json_export_keeps_evidence_and_timeline() -> None:
    out = StringIO()
    write_graph("json", build_graph(sample_graph()), out)
    edge = json.loads(out.getvalue())["edges"][0]
    assert edge["state"] == "hostile" and edge["evidence"][0]["event_id"] == "1"
    assert edge["timeline"][0]["from"] == PUBLISHED.isoformat()


def seed_db(coder: Coder, tmp: Path) -> str:
    if not SEEDS.is_dir() or len(list(SEEDS.glob("*.txt"))) < 2:
        pytest.skip(f"no seed articles at {SEEDS}")
    db = str(tmp / "seeds.db")
    with open_store(db) as store:
        assert ingest([str(SEEDS)], store, coder).stored == 2
    return db


@pytest.fixture(scope="module")
def seeds(coder: Coder, tmp_path_factory: pytest.TempPathFactory) -> str:
    return seed_db(coder, tmp_path_factory.mktemp("relations"))


def test_seed_alliance_and_enmities(seeds: str) -> None:
    with open_store(seeds) as store:
        before = actor_graph(store, at=date(2014, 12, 1))
        during = actor_graph(store, at=date(2015, 2, 19))
        after = actor_graph(store)
    fsa_nusra = ("free_syrian_army", "jabhat_al_nusra")
    assert before.state(before.pair(*fsa_nusra)) == HOSTILE_STATE  # type: ignore[arg-type]
    assert during.state(during.pair(*fsa_nusra)) == ALLIED  # type: ignore[arg-type]
    for pair in (("jabhat_al_nusra", "hezbollah"), ("islamic_state", "free_syrian_army"),
                 ("jaish_usud_al_sharqia", "islamic_state")):  # fmt: skip
        found = after.pair(*pair)
        assert found is not None and after.state(found) == HOSTILE_STATE, pair


def test_actor_profile_follows_the_lineage(seeds: str) -> None:
    with open_store(seeds) as store:
        profile = describe_actor(store, "al-Nusra Front")
    assert [e.actor_id for e in profile.lineage][:3] == [
        "jabhat_al_nusra",
        "jabhat_fateh_al_sham",
        "hayat_tahrir_al_sham",
    ]
    assert profile.events and {profile.other(p) for p in profile.relations} >= {
        "free_syrian_army",
        "hezbollah",
    }


def test_graph_and_actor_commands(seeds: str, tmp_path: Path) -> None:
    runner = CliRunner()
    out = tmp_path / "g.gexf"
    result = runner.invoke(cli_main.app, ["graph", "--db", seeds, "--format", "gexf", "-o", str(out)])
    assert result.exit_code == 0, result.output
    xml.dom.minidom.parse(str(out))
    result = runner.invoke(
        cli_main.app, ["graph", "--db", seeds, "--at", "2015-02-19", "--since", "2015-01-01"]
    )
    assert result.exit_code == 0 and json.loads(result.stdout)["at"] == "2015-02-19"
    result = runner.invoke(cli_main.app, ["actor", "FSA", "--db", seeds, "--format", "json"])
    assert result.exit_code == 0 and json.loads(result.stdout)["actor_id"] == "free_syrian_army"
    result = runner.invoke(cli_main.app, ["actor", "FSA", "--db", seeds])
    assert result.exit_code == 0 and "Free Syrian Army" in result.stdout
    result = runner.invoke(cli_main.app, ["actor", "No Such Group At All", "--db", seeds])
    assert result.exit_code != 0
