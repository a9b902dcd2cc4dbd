"""The resolve stage: mentions on an event become actors read in the event's country."""

from __future__ import annotations

import pytest

from sigacts.pipeline.base import Document
from sigacts.readers import article_from_text
from sigacts.records import Mention
from sigacts.resources.actors import ActorBase, default_actor_base
from sigacts.stages.resolve import (
    MentionContext,
    ResolveActors,
    _guess_type,
    _lays_blame,
    _place_is_corroborated,
    _place_is_stray,
)


@pytest.fixture(scope="module")
def stage() -> ResolveActors:
    return ResolveActors(default_actor_base())


def _mention(text: str, label: str = "", start: int = 0, rule: str = "") -> Mention:
    return Mention("actor", text, start, start + len(text), 0, label, rule)


@pytest.mark.parametrize(
    ("text", "label", "country", "expected"),
    [
        ("police", "generic:police", "IN", "Police Forces of India"),
        ("Police", "generic:police", "NP", "Police Forces of Nepal"),
        ("gunmen", "generic:gunmen", "NG", "Unidentified Armed Group (Nigeria)"),
        ("assailants", "generic:assailants", "BD", "Unidentified Armed Group (Bangladesh)"),
        ("soldiers", "generic:soldiers", "MM", "Military Forces of Myanmar"),
        ("insurgents", "generic:insurgents", "TH", "Southern Muslim Separatists (Thailand)"),
        ("rangers", "", "TH", "Military Forces of Thailand"),
        ("rangers", "", "PK", "Military Forces of Pakistan"),
    ],
)
def test_generic_nouns_name_the_actor_of_the_country(
    stage: ResolveActors, text: str, label: str, country: str, expected: str
) -> None:
    assert stage.resolve_mention(_mention(text, label), "ASSAULT", [country], None).name == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("the KIA took on government troops", "Military Forces of Myanmar"),
     ("rioters fought government police", "Police Forces of Myanmar"),
     ("between government and insurgent troops", "Military Forces of Myanmar"),
     ("the government troubled the rebels", "Government of Myanmar")],
)  # fmt: skip
def test_a_state_word_before_a_force_noun_names_the_forces(stage: ResolveActors, text: str, expected: str) -> None:
    start = text.index("government")
    mention = _mention("government", "generic:government", start)
    context = MentionContext(text)
    assert stage.resolve_mention(mention, "ASSAULT", ["MM"], None, "", context).name == expected


def test_retired_and_former_forces_are_civilians(stage: ResolveActors) -> None:
    policeman = _mention("policeman", "generic:policeman")
    assert stage.resolve_mention(policeman, "ASSAULT", ["IN"], None, "retired").name == "Civilians (India)"
    soldiers = _mention("soldiers", "generic:soldiers")
    assert stage.resolve_mention(soldiers, "ASSAULT", ["NG"], None, "former").name == "Civilians (Nigeria)"
    assert stage.resolve_mention(policeman, "ASSAULT", ["IN"], None, "a").name == "Police Forces of India"


def test_security_forces_are_read_with_the_word_before(stage: ResolveActors) -> None:
    forces = _mention("forces", "generic:forces")
    assert stage.resolve_mention(forces, "ASSAULT", ["PK"], None, "security").name == "Military Forces of Pakistan"
    assert stage.resolve_mention(forces, "ASSAULT", ["IN"], None, "security").name == "Police Forces of India"


def test_personnel_and_troopers_are_state_forces_read_with_the_word_before(stage: ResolveActors) -> None:
    personnel = _mention("personnel", "generic:personnel")
    assert stage.resolve_mention(personnel, "ASSAULT", ["PK"], None, "security").name == "Military Forces of Pakistan"
    assert stage.resolve_mention(personnel, "ASSAULT", ["IN"], None, "security").name == "Police Forces of India"
    assert stage.resolve_mention(personnel, "ASSAULT", ["IN"], None, "police").name == "Police Forces of India"
    troopers = _mention("troopers", "generic:troopers")
    assert stage.resolve_mention(troopers, "ASSAULT", ["IN"], None).name == "Military Forces of India"


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


def test_generic_noun_without_a_country_is_its_kind_and_keeps_its_words(stage: ResolveActors) -> None:
    actor = stage.resolve_mention(_mention("gunmen", "generic:gunmen"), "ASSAULT", [], None)
    assert (actor.name, actor.mention, actor.actor_id) == ("Unidentified Armed Group", "gunmen", None)
    actor = stage.resolve_mention(_mention("villagers", "generic:villagers"), "ASSAULT", [], None)
    assert (actor.name, actor.type) == ("Civilians", "Civilians")
    actor = stage.resolve_mention(_mention("policemen", "generic:policemen"), "ASSAULT", [], None)
    assert (actor.name, actor.mention, actor.type) == ("Police Forces", "policemen", "State forces")  # no state
    actor = stage.resolve_mention(_mention("law enforcers", "generic:police"), "ARREST", [], None)
    assert (actor.name, actor.type) == ("Police Forces", "State forces")  # the words name the kind, not the actor
    actor = stage.resolve_mention(_mention("Pak Army", "generic:army"), "ASSAULT", [], None)
    assert actor.name == "Military Forces of Pakistan"


def test_named_actor_countries_come_before_the_focus(stage: ResolveActors) -> None:
    base: ActorBase = stage.actors
    assert stage._named_countries([_mention("TTP", "ttp"), _mention("Pakistani", "demonym:PK")]) == ["PK"]
    assert base.get("ttp") is not None


# ------------------------------------------------------------------ people, descriptions, nationality words


def _in_text(text: str, words: str, label: str = "", rule: str = "") -> Mention:
    start = text.index(words)
    return Mention("actor", words, start, start + len(words), 0, label, rule)


def test_heads_of_state_act_for_their_government_while_in_office(stage: ResolveActors) -> None:
    from datetime import date

    text = "President Omar al-Bashir ordered the offensive."
    mention = _in_text(text, "Omar al-Bashir", rule="person")
    context = MentionContext(text)
    in_office = stage.resolve_mention(mention, "ASSAULT", ["SD"], date(2015, 3, 1), context=context)
    assert in_office.name == "Government of Sudan" and in_office.mention == "Omar al-Bashir"
    later = stage.resolve_mention(_mention("Omar al-Bashir"), "ASSAULT", ["SD"], date(2021, 3, 1))
    assert later.actor_id is None and later.name == "Omar al-Bashir"


def test_a_person_described_as_a_group_member_is_the_group(stage: ResolveActors) -> None:
    text = "Abu Salim al-Harbi, an IS commander, led the raid."
    actor = stage.resolve_mention(_in_text(text, "Abu Salim al-Harbi"), "ASSAULT", ["IQ"], None, context=MentionContext(text))
    assert actor.actor_id == "islamic_state"
    text = "Taliban commander Mullah Zarif Khan surrendered."
    actor = stage.resolve_mention(_in_text(text, "Zarif Khan"), "RETREAT", ["AF"], None, context=MentionContext(text))
    assert actor.actor_id == "taliban"


def test_titled_officials_are_their_government(stage: ResolveActors) -> None:
    text = "Kenyan Foreign Minister Amina Wekesa rejected the claim."
    actor = stage.resolve_mention(_in_text(text, "Amina Wekesa"), "REJECT", ["SO"], None, context=MentionContext(text))
    assert actor.name == "Government of Kenya"
    text = "The Prime Minister, Tomas Ardel, visited the border."
    actor = stage.resolve_mention(_in_text(text, "Tomas Ardel"), "CONSULT", ["ML"], None, context=MentionContext(text))
    assert actor.name == "Government of Mali"


def test_definite_descriptions_refer_to_the_group_named_before(stage: ResolveActors) -> None:
    text = "Boko Haram fighters entered the village at dawn. The militants burned houses."
    group = _in_text(text, "Boko Haram", "boko_haram", "actor-kb")
    militants = _in_text(text, "militants", "generic:militants", "generic-noun")
    actor = stage.resolve_mention(militants, "ASSAULT", ["NG"], None, "The", MentionContext(text, [group]))
    assert actor.actor_id == "boko_haram"
    unnamed = stage.resolve_mention(militants, "ASSAULT", ["NG"], None, "armed", MentionContext(text, [group]))
    assert unnamed.name == "Unidentified Armed Group (Nigeria)"


def test_nationality_adjectives_read_with_the_noun_after(stage: ResolveActors) -> None:
    text = "A Bangladeshi farmer was shot near the border."
    farmer = _in_text(text, "Bangladeshi", "demonym:BD", "demonym")
    assert stage.resolve_mention(farmer, "ASSAULT", ["IN"], None, context=MentionContext(text)).name == "Civilians (Bangladesh)"
    text = "Bangladeshi officials protested the killing."
    officials = _in_text(text, "Bangladeshi", "demonym:BD", "demonym")
    assert stage.resolve_mention(officials, "ACCUSE", ["IN"], None, context=MentionContext(text)).name == "Government of Bangladesh"


def test_infiltrators_of_a_nationality_are_an_armed_group_not_its_state(stage: ResolveActors) -> None:
    text = "Afghan infiltrators fired on a border post before dawn."
    afghans = _in_text(text, "Afghan", "demonym:AF", "demonym")
    actor = stage.resolve_mention(afghans, "ASSAULT", ["PK"], None, context=MentionContext(text))
    assert actor.name == "Unidentified Armed Group (Afghanistan)"
    intruders = _in_text(text, "infiltrators", "generic:infiltrators", "generic-noun")
    assert stage.resolve_mention(intruders, "ASSAULT", ["PK"], None).name == "Unidentified Armed Group (Pakistan)"


def test_unseen_fire_on_a_state_is_by_the_other_state_its_sentence_names(stage: ResolveActors) -> None:
    from sigacts.records import Actor
    from sigacts.stages.events import EventFrame

    text = "A jawan was hurt as Pakistan fired mortars at posts in the sector."
    jawan = _in_text(text, "jawan", "generic:jawans", "generic-noun")
    pakistan = _in_text(text, "Pakistan", "country:PK", "country")
    frame = EventFrame(0, 0, "ASSAULT", None, "hurt", 12, 16, 3, 3, (), (jawan,))
    doc = Document(article_from_text(text), {"actor_mentions": [jawan, pakistan]})
    indian = Actor(name="Military Forces of India", mention="jawan", country_code="IN", type="State forces")
    entry = stage._foreign_forces_of_sentence(doc, frame, indian)
    assert entry is not None and entry.name == "Military Forces of Pakistan"
    pakistani = Actor(name="Military Forces of Pakistan", mention="soldier", country_code="PK", type="State forces")
    assert stage._foreign_forces_of_sentence(doc, frame, pakistani) is None  # its own state fired on no one


def test_named_groups_of_another_country_outvote_the_event_place() -> None:
    assert _place_is_corroborated("IR", ["BD"], ["BD"]) is False  # a Bangladeshi party acts in "Gulshan, Iran"
    assert _place_is_corroborated("IR", [], ["BD"]) is False
    assert _place_is_corroborated("BD", ["IN", "BD"], ["IN", "BD"]) is True
    assert _place_is_corroborated("IQ", [], []) is True  # "killed a U.S. soldier near Samarra": no group named


def test_a_place_in_a_country_outside_the_focus_is_a_stray_reading() -> None:
    assert _place_is_stray("CA", ["IN"]) is True  # "Delta" in Canada for a report on an Indian river delta
    assert _place_is_stray("PK", ["IN", "PK"]) is False  # a country the article is about, even if not first
    assert _place_is_stray("IQ", []) is False  # no focus: nothing to set against the place


def test_generic_actors_are_read_in_the_focus_country_when_the_place_is_stray(stage: ResolveActors) -> None:
    from sigacts.pipeline.base import Document
    from sigacts.readers import article_from_text
    from sigacts.records import Place
    from sigacts.stages.events import EventFrame
    from sigacts.stages.geocode import EventPlace

    text = "Farmers protested in Delta town over water shares."
    farmers = _in_text(text, "Farmers", "generic:farmers", "generic-noun")
    frame = EventFrame(0, 0, "PROTEST", None, "protested", 8, 17, 1, 1, (farmers,))
    delta = EventPlace(Place("Delta", "CA", 49.1, -123.0, mention="Delta"), "clause")
    doc = Document(article_from_text(text), {"event_places": {0: delta}, "focus_countries": ["IN"]})
    assert stage.event_countries(doc, frame, []) == ["IN", "CA"]
    doc.layers["focus_countries"] = ["IN", "CA"]
    assert stage.event_countries(doc, frame, []) == ["CA", "IN"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Pak Army", "Military Forces of Pakistan"), ("US Drone", "Military Forces of the United States"),
     ("Kenya Police", "Police Forces of Kenya"), ("Riverside Army", "Riverside Army")],
)  # fmt: skip
def test_country_and_force_word_name_the_state_forces(stage: ResolveActors, text: str, expected: str) -> None:
    assert stage.resolve_mention(_mention(text), "ASSAULT", ["IN"], None).name == expected


def test_militants_in_southern_thailand_are_the_separatists(stage: ResolveActors) -> None:
    militants = _mention("militants", "generic:militants")
    assert stage.resolve_mention(militants, "ASSAULT", ["TH"], None).name == "Southern Muslim Separatists (Thailand)"


def test_a_name_shared_by_parties_of_two_countries_does_not_vote(stage: ResolveActors) -> None:
    jamaat = _mention("Jamaat-e-Islami", "jamaat_e_islami_pk", rule="actor-kb")
    assert stage._named_countries([jamaat]) == []
    assert stage._named_countries([_mention("Jubo League", "jubo_league", rule="actor-kb")]) == ["BD"]


def test_only_groups_that_act_at_home_outvote_the_place(stage: ResolveActors) -> None:
    league = _mention("Jubo League", "jubo_league", rule="actor-kb")
    let = _mention("Lashkar-e-Taiba", "lashkar_e_taiba", rule="actor-kb")
    assert stage._named_countries([league, let], groups_only=True) == ["BD"]
    assert stage._named_countries([league, let]) == ["BD", "PK"]


def test_a_claim_denied_blames_no_one() -> None:
    assert _lays_blame("The Pattani Liberation Front claimed responsibility for the bombing.")
    assert _lays_blame("Officials blamed the bombing on separatists.")
    assert not _lays_blame("No organisation has claimed responsibility for it so far.")
    assert not _lays_blame("The attack has not yet been claimed.")
    assert _lays_blame("No group has claimed the blast, but the BRN is suspected to be behind it.")
