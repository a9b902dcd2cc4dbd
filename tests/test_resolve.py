"""The resolve stage: mentions on an event become actors read in the event's country."""

from __future__ import annotations

import pytest

from sigacts.records import Mention
from sigacts.resources.actors import ActorBase, default_actor_base
from sigacts.stages.resolve import ResolveActors, _guess_type


@pytest.fixture(scope="module")
def stage() -> ResolveActors:
    return ResolveActors(default_actor_base())


def _mention(text: str, label: str = "", start: int = 0) -> Mention:
    return Mention("actor", text, start, start + len(text), 0, label)


@pytest.mark.parametrize(
    ("text", "label", "country", "expected"),
    [
        ("police", "generic:police", "IN", "Police Forces of India"),
        ("Police", "generic:police", "NP", "Police Forces of Nepal"),
        ("gunmen", "generic:gunmen", "NG", "Unidentified Armed Group (Nigeria)"),
        ("assailants", "generic:assailants", "BD", "Unidentified Armed Group (Bangladesh)"),
        ("soldiers", "generic:soldiers", "MM", "Military Forces of Myanmar"),
        ("insurgents", "generic:insurgents", "TH", "Southern Muslim Separatists (Thailand)"),
    ],
)
def test_generic_nouns_name_the_actor_of_the_country(
    stage: ResolveActors, text: str, label: str, country: str, expected: str
) -> None:
    assert stage.resolve_mention(_mention(text, label), "ASSAULT", [country], None).name == expected


def test_security_forces_are_read_with_the_word_before(stage: ResolveActors) -> None:
    forces = _mention("forces", "generic:forces")
    assert stage.resolve_mention(forces, "ASSAULT", ["PK"], None, "security").name == "Military Forces of Pakistan"
    assert stage.resolve_mention(forces, "ASSAULT", ["IN"], None, "security").name == "Police Forces of India"


def test_taliban_in_pakistan_are_the_ttp(stage: ResolveActors) -> None:
    actor = stage.resolve_mention(_mention("Taliban fighters", "taliban"), "ASSAULT", ["PK"], None)
    assert actor.actor_id == "ttp"


def test_maoists_depend_on_the_country(stage: ResolveActors) -> None:
    maoists = _mention("Maoists", "cpi_maoist")
    assert stage.resolve_mention(maoists, "ASSAULT", ["IN"], None).actor_id == "cpi_maoist"
    assert stage.resolve_mention(maoists, "PROTEST", ["NP"], None).actor_id == "ucpn_m"


def test_a_party_stays_a_party_and_knows_its_militia(stage: ResolveActors) -> None:
    party = stage.resolve_mention(_mention("BNP", "bnp"), "ASSAULT", ["BD"], None)
    assert party.name == "BNP: Bangladesh Nationalist Party" and party.type == "Protesters"
    militia = stage.actors.militia_of("bnp")
    assert militia is not None and militia.name == "BNP: Bangladesh Nationalist Party Militia"


def test_unknown_named_groups_are_kept_with_a_guessed_type(stage: ResolveActors) -> None:
    actor = stage.resolve_mention(_mention("the Zorbal Valley Brigade"), "ASSAULT", ["SY"], None)
    assert actor.name == "Zorbal Valley Brigade" and actor.actor_id is None and actor.type == "Rebel group"
    assert _guess_type("Riverside Teachers Association") == "Protesters"
    assert _guess_type("Sam Okoro") is None


def test_generic_noun_without_a_country_keeps_its_words(stage: ResolveActors) -> None:
    actor = stage.resolve_mention(_mention("gunmen", "generic:gunmen"), "ASSAULT", [], None)
    assert actor.name == "Gunmen" and actor.actor_id is None


def test_named_actor_countries_come_before_the_focus(stage: ResolveActors) -> None:
    base: ActorBase = stage.actors
    assert stage._named_countries([_mention("TTP", "ttp"), _mention("Pakistani", "demonym:PK")]) == ["PK"]
    assert base.get("ttp") is not None
