"""Stage behaviour on hand-written sentences, read through one shared Coder (see conftest.py).

All sentences are invented for these tests. Articles are published on Wednesday 16 June 2021 unless
a test says otherwise.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from sigacts.api import Coder, Extraction
from sigacts.pipeline.base import Document, Pipeline
from sigacts.readers import article_from_text
from sigacts.records import Event
from sigacts.taxonomy import ACLED_EVENT_TYPES, PLOVER_TYPES

Events = Callable[..., list[Event]]

FACTUALITY_VALUES = {"occurred", "ongoing", "planned", "threatened", "predicted", "hypothetical", "negated"}
PRECISION_VALUES = {"day", "week", "month", "year", "unknown"}
REQUIRED_KEYS = {
    "event_id", "doc_id", "plover", "acled", "actor1", "actor2", "location", "date", "factuality",
    "attribution", "evidence", "confidence",
}  # fmt: skip


def only_event(events: list[Event], plover_type: str, trigger: str | None = None) -> Event:
    """The single event of `plover_type` (and trigger word, when given); fails unless there is exactly one."""
    found = [
        e
        for e in events
        if e.plover_type == plover_type and (trigger is None or e.evidence.trigger == trigger)
    ]
    summary = [(e.plover_type, e.evidence.trigger, e.actor1.name) for e in events]
    assert len(found) == 1, f"expected one {plover_type} event (trigger {trigger!r}), got {summary}"
    return found[0]


def contract_problems(record: dict[str, Any]) -> list[str]:
    """What a contract record gets wrong: a minimal stand-in for contract/event.schema.json."""
    problems = [f"missing {key}" for key in sorted(REQUIRED_KEYS - record.keys())]
    if problems:
        return problems
    if record["plover"].get("event_type") not in PLOVER_TYPES:
        problems.append(f"plover type {record['plover'].get('event_type')!r}")
    acled = record["acled"]
    if acled is not None:
        if acled.get("event_type") not in ACLED_EVENT_TYPES:
            problems.append(f"acled type {acled.get('event_type')!r}")
        elif acled.get("sub_event_type") not in ACLED_EVENT_TYPES[acled["event_type"]]:
            problems.append(f"acled sub-type {acled.get('sub_event_type')!r}")
        if not isinstance(acled.get("interaction"), (int, type(None))):
            problems.append("acled interaction is not an integer")
    for role in ("actor1", "actor2"):
        actor = record[role]
        named = isinstance(actor, dict) and isinstance(actor.get("name"), str) and bool(actor["name"])
        if (role == "actor1" or actor is not None) and not named:
            problems.append(f"{role} has no name")
    location = record["location"]
    if location is not None:
        missing = {"name", "country_code", "latitude", "longitude", "geo_precision"} - location.keys()
        if missing:
            problems.append(f"location lacks {sorted(missing)}")
        elif location["geo_precision"] not in (1, 2, 3, None):
            problems.append(f"geo_precision {location['geo_precision']!r}")
    when = record["date"]
    if not {"start", "end", "precision"} <= when.keys() or when["precision"] not in PRECISION_VALUES:
        problems.append(f"date {when!r}")
    else:
        for end in ("start", "end"):
            if when[end] is not None:
                date.fromisoformat(when[end])
    if record["factuality"] not in FACTUALITY_VALUES:
        problems.append(f"factuality {record['factuality']!r}")
    if not isinstance(record.get("hedged", False), bool):
        problems.append("hedged is not a boolean")
    attribution = record["attribution"]
    if "outlet" not in attribution or not isinstance(attribution.get("claimants"), list):
        problems.append(f"attribution {attribution!r}")
    evidence = record["evidence"]
    offsets_ok = all(isinstance(evidence.get(k), int) for k in ("start", "end"))
    if not isinstance(evidence.get("text"), str) or not offsets_ok:
        problems.append(f"evidence {evidence!r}")
    if not (isinstance(record["confidence"], (int, float)) and 0 <= record["confidence"] <= 1):
        problems.append(f"confidence {record['confidence']!r}")
    return problems


# -- COERCE: arrests ------------------------------------------------------------------------------


def test_arresting_protesters_is_a_coerce_and_the_protest_acled_codes(events_of: Events) -> None:
    events = events_of("Police arrested 30 protesters in Khartoum on Monday.")
    arrest = only_event(events, "COERCE")
    assert arrest.plover_mode == "arrest" and arrest.acled_type is None  # coded as part of the protest
    assert arrest.actor1.type == "State forces" and arrest.actor1.country_code == "SD"
    assert "police" in arrest.actor1.name.lower()
    assert arrest.actor2 is not None and arrest.actor2.type == "Protesters"
    protest = only_event(events, "PROTEST")
    assert (protest.acled_type, protest.acled_subtype) == ("Protests", "Protest with intervention")
    assert protest.actor1.type == "Protesters" and protest.actor2 is not None
    assert protest.actor2.actor_id == arrest.actor1.actor_id
    assert protest.event_id != arrest.event_id


def test_soldiers_arresting_a_named_group_put_the_group_in_actor2(events_of: Events) -> None:
    text = "Soldiers arrested four ISWAP members near Maiduguri on Thursday."
    event = only_event(events_of(text), "COERCE")
    assert event.plover_mode == "arrest"
    assert event.acled_subtype == "Arrests"
    assert event.actor1.name == "Military Forces of Nigeria"
    assert event.actor2 is not None and event.actor2.name == "Islamic State West Africa Province"
    assert event.actor2.mention == "ISWAP"


def test_the_army_as_arresting_actor(events_of: Events) -> None:
    event = only_event(events_of("The army arrested twenty Houthi supporters in Sanaa on Monday."), "COERCE")
    assert event.actor1.name == "Military Forces of Yemen"
    assert event.actor2 is not None and event.actor2.name == "Houthi Movement"


# -- ASSAULT: attacks and shelling ----------------------------------------------------------------


def test_an_attack_by_a_named_group_on_a_named_group_is_a_battle(events_of: Events) -> None:
    text = "The Islamic State attacked the Syrian Democratic Forces near Raqqa last week."
    event = only_event(events_of(text), "ASSAULT")
    assert event.actor1.name == "Islamic State"
    assert event.actor2 is not None and event.actor2.name == "Syrian Democratic Forces"
    assert (event.acled_type, event.acled_subtype) == ("Battles", "Armed clash")
    assert event.factuality == "occurred" and not event.hedged


def test_roles_follow_the_syntax_not_the_word_order_of_names(events_of: Events) -> None:
    text = "Somali army positions in Baidoa were attacked by al-Shabaab fighters on Sunday."
    event = only_event(events_of(text), "ASSAULT")
    assert event.actor1.name == "al-Shabaab"
    assert event.actor2 is not None and event.actor2.name == "Military Forces of Somalia"


def test_allies_named_in_a_fight_stand_on_their_sides(events_of: Events) -> None:
    event = only_event(
        events_of("Heavy fighting raged between the Syrian army, its allied Hezbollah militia, and the "
                  "Free Syrian Army and Ahrar al-Sham near Yabrud."),
        "ASSAULT",
    )  # fmt: skip
    sides = {a.name: a.side for a in event.assoc_actors}
    assert (event.actor1.name, event.actor2 and event.actor2.name) == ("Military Forces of Syria", "Free Syrian Army")
    assert sides == {"Hezbollah": 1, "Ahrar al-Sham": 2}
    assert [a.get("side") for a in event.to_contract()["assoc_actors"]] == [1, 2]


def test_shelling_is_remote_violence(events_of: Events) -> None:
    event = only_event(events_of("Houthi rebels shelled the city of Marib on Monday."), "ASSAULT")
    assert event.plover_mode == "heavy-weapons"
    assert event.acled_type == "Explosions/Remote violence"
    assert event.acled_subtype == "Shelling/artillery/missile attack"
    assert event.actor1.name == "Houthi Movement"
    assert event.evidence.trigger == "shelled"


def test_killing_civilians_gives_fatalities(events_of: Events) -> None:
    event = only_event(events_of("Boko Haram fighters killed 12 villagers in Borno on Saturday."), "ASSAULT")
    assert event.fatalities is not None and event.fatalities.best == 12
    assert (event.acled_type, event.acled_subtype) == ("Violence against civilians", "Attack")
    assert event.actor2 is not None and event.actor2.type == "Civilians"


def test_civilians_killed_by_shelling_stay_remote_violence(events_of: Events) -> None:
    events = events_of("Houthi rebels shelled a market in Taiz on Sunday, killing nine civilians.")
    shelling = [e for e in events if e.acled_subtype == "Shelling/artillery/missile attack"]
    assert len(shelling) == 1
    assert shelling[0].fatalities is not None and shelling[0].fatalities.best == 9
    assert sum(e.fatalities.best or 0 for e in events if e.fatalities) == 9  # the deaths are counted once


def test_a_range_of_deaths_keeps_low_and_high(events_of: Events) -> None:
    event = only_event(events_of("Gunmen killed between 10 and 15 villagers in Borno on Monday."), "ASSAULT")
    assert event.fatalities is not None
    assert (event.fatalities.low, event.fatalities.high) == (10, 15)


def test_civilians_killed_belong_to_the_country_where_they_died(events_of: Events) -> None:
    events = events_of("Russian forces shelled Kharkiv on Friday, killing six civilians.")
    (killing,) = [e for e in events if e.actor2 is not None and e.actor2.type == "Civilians"]
    assert killing.location is not None and killing.location.country_code == "UA"
    assert killing.actor2 is not None and killing.actor2.country_code == "UA"


# -- factuality and hedging -----------------------------------------------------------------------


def test_refused_to_negates_the_event(events_of: Events) -> None:
    events = events_of("The Houthis refused to withdraw from Hodeidah.")
    withdraw = only_event(events, "RETREAT")
    assert withdraw.factuality == "negated"
    assert withdraw.acled_type is None  # ACLED codes only what happened


def test_scheduled_to_is_planned(events_of: Events) -> None:
    text = "Hezbollah is scheduled to meet Lebanese army commanders next week."
    event = only_event(events_of(text), "CONSULT")
    assert event.factuality == "planned"
    assert event.actor1.name == "Hezbollah"


def test_plans_to_attack_is_planned_and_not_coded_for_acled(events_of: Events) -> None:
    event = only_event(events_of("Hamas plans to attack Israeli forces in Gaza."), "ASSAULT")
    assert event.factuality == "planned"
    assert event.acled_type is None


def test_vowed_to_attack_is_a_threat(events_of: Events) -> None:
    events = events_of("Al-Shabaab vowed to attack Kenyan forces.")
    attack = only_event(events, "ASSAULT")
    assert attack.factuality == "threatened"
    assert attack.actor1.name == "al-Shabaab"
    assert attack.actor2 is not None and attack.actor2.name == "Military Forces of Kenya"
    assert attack.acled_type is None
    assert only_event(events, "THREATEN").actor1.name == "al-Shabaab"


def test_reportedly_sets_hedged_but_keeps_occurred(events_of: Events) -> None:
    hedged = only_event(events_of("Rebels reportedly attacked a convoy near Beni on Thursday."), "ASSAULT")
    plain = only_event(events_of("Rebels attacked a convoy near Beni on Thursday."), "ASSAULT")
    assert hedged.hedged is True and hedged.factuality == "occurred"
    assert plain.hedged is False
    assert hedged.confidence < plain.confidence


def test_is_reported_to_have_sets_hedged(events_of: Events) -> None:
    text = "Al-Shabaab is reported to have attacked a police station in Mandera on Monday."
    event = only_event(events_of(text), "ASSAULT")
    assert event.hedged is True and event.factuality == "occurred"
    assert event.date.start == date(2021, 6, 14)


# -- attribution ----------------------------------------------------------------------------------


def test_a_spokesman_told_reuters(events_of: Events) -> None:
    text = (
        "Islamic State militants attacked Iraqi troops in Mosul on Monday, "
        "a military spokesman told Reuters."
    )
    event = only_event(events_of(text), "ASSAULT")
    assert event.attribution.claimants == ("a military spokesman",)
    assert event.attribution.speech_act == "tell"
    assert event.attribution.outlet == "Reuters"


def test_according_to_the_ministry(events_of: Events) -> None:
    text = "According to the ministry, rebels attacked a checkpoint in Goma on Tuesday."
    event = only_event(events_of(text), "ASSAULT")
    assert event.attribution.claimants == ("the ministry",)
    assert event.attribution.speech_act == "according to"


def test_no_source_named_gives_no_claimant(events_of: Events) -> None:
    event = only_event(events_of("Rebels attacked a checkpoint in Goma on Tuesday."), "ASSAULT")
    assert event.attribution.claimants == ()
    assert event.attribution.speech_act is None


# -- dates ----------------------------------------------------------------------------------------


def test_a_weekday_in_a_past_clause_is_the_last_such_day_before_publication(events_of: Events) -> None:
    event = only_event(events_of("Rebels attacked a checkpoint in Goma on Monday."), "ASSAULT")
    assert (event.date.start, event.date.end) == (date(2021, 6, 14), date(2021, 6, 14))
    assert event.date.precision == "day"
    assert event.date.expression == "on Monday"
    friday = only_event(events_of("Rebels attacked a checkpoint in Goma on Friday."), "ASSAULT")
    assert friday.date.start == date(2021, 6, 11)


def test_the_weekday_follows_the_publication_date(events_of: Events) -> None:
    event = only_event(events_of("Rebels attacked a checkpoint in Goma on Monday.", "2021-03-03"), "ASSAULT")
    assert event.date.start == date(2021, 3, 1)


def test_next_april_is_the_coming_april(events_of: Events) -> None:
    event = only_event(events_of("The Taliban plans to attack Kabul next April."), "ASSAULT")
    assert (event.date.start, event.date.end) == (date(2022, 4, 1), date(2022, 4, 30))
    assert event.date.precision == "month"


def test_no_time_words_gives_a_window_ending_at_publication_never_a_day(events_of: Events) -> None:
    event = only_event(events_of("Rebels attacked a checkpoint in Goma."), "ASSAULT")
    assert event.date.precision == "unknown"
    assert event.date.end == date(2021, 6, 16)
    assert event.date.start is not None and event.date.start < event.date.end
    assert event.date.expression is None


def test_no_publication_date_gives_no_date(coder: Coder) -> None:
    article = article_from_text("Rebels attacked a checkpoint in Goma on Monday.")
    assert article.published is None
    event = only_event(list(coder.extract(article).events), "ASSAULT")
    assert (event.date.start, event.date.end, event.date.precision) == (None, None, "unknown")


# -- places ---------------------------------------------------------------------------------------


def test_a_town_in_the_event_clause_is_the_location(events_of: Events) -> None:
    event = only_event(events_of("Police arrested 12 protesters in Omdurman on Monday."), "COERCE")
    assert event.location is not None
    assert event.location.name == "Omdurman" and event.location.country_code == "SD"
    assert event.location.geo_precision == 1
    assert event.location.mention == "Omdurman"
    assert event.location.latitude is not None and event.location.longitude is not None


def test_near_a_town_is_precision_two(events_of: Events) -> None:
    sentence = "Al-Shabaab fighters attacked Somali army positions {} Baidoa on Sunday."
    near = only_event(events_of(sentence.format("near")), "ASSAULT")
    inside = only_event(events_of(sentence.format("in")), "ASSAULT")
    assert near.location is not None and near.location.name == "Baidoa" and near.location.geo_precision == 2
    assert inside.location is not None and inside.location.geo_precision == 1


def test_a_place_measured_from_a_town_is_the_event_s_place_not_the_town(events_of: Events) -> None:
    town = only_event(events_of("A car bomb killed five soldiers in Tal Afar, 60 km west of Mosul, on Monday."), "ASSAULT")
    assert town.location is not None and (town.location.mention, town.location.geo_precision) == ("Tal Afar", 1)
    assert town.actor1.type != "Identity militia"  # "Afar" of the town's name is not the Afar people
    region = only_event(
        events_of("Clashes erupted in western Qalamoun, north of Damascus, on Monday between rebels and the army."),
        "ASSAULT",
    )
    assert region.location is not None and region.location.name == "Qalamoun Mountains"


def test_at_least_n_killed_has_no_upper_bound(events_of: Events) -> None:
    text = "Islamic State militants killed at least 20 civilians near Palmyra on Sunday."
    event = only_event(events_of(text), "ASSAULT")
    assert event.fatalities is not None
    assert (event.fatalities.low, event.fatalities.best, event.fatalities.high) == (20, 20, None)
    assert event.quantities[0].approximate


def test_a_shelled_town_is_the_location_not_an_actor(events_of: Events) -> None:
    event = only_event(events_of("Syrian troops shelled Saraqib on Friday."), "ASSAULT")
    assert event.location is not None
    assert (event.location.name, event.location.geo_precision) == ("Saraqib", 1)
    assert event.actor2 is None or event.actor2.name != "Saraqib"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            ("Gunmen attacked a Lebanese army patrol in Tripoli on Monday. "
            "The northern Lebanese city is calm."),
            "LB",
        ),
        ("Gunmen attacked a Libyan army patrol in Tripoli on Monday. The Libyan capital is tense.", "LY"),
        ("Militants attacked a checkpoint in Tripoli on Monday, the Lebanese army said.", "LB"),
        ("Militants attacked a checkpoint in Tripoli on Monday, Libya's interior ministry said.", "LY"),
    ],
)
def test_tripoli_follows_the_country_of_the_article(events_of: Events, text: str, country: str) -> None:
    event = only_event(events_of(text), "ASSAULT")
    assert event.location is not None and event.location.name == "Tripoli"
    assert event.location.country_code == country


# -- numbers --------------------------------------------------------------------------------------


def test_a_counted_group_is_a_quantity(events_of: Events) -> None:
    event = only_event(events_of("The Free Syrian Army deployed 150 fighters to Azaz on Monday."), "MOBILIZE")
    assert [(q.value, q.what) for q in event.quantities] == [(150, "fighters")]
    assert event.quantities[0].mention == "150 fighters" and not event.quantities[0].approximate
    assert event.to_contract()["quantities"][0]["value"] == 150


# -- no event -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The weather in Kabul was mild and the markets were calm on Monday.",
        "Attack helicopters were displayed at a parade in the capital.",
        "The minister opened a new school in Goma.",
    ],
)
def test_a_sentence_without_an_event_gives_none(events_of: Events, text: str) -> None:
    assert events_of(text) == []


# -- evidence and the contract --------------------------------------------------------------------

MESSY_ARTICLE = (
    "Clashes in the north\r\n"
    "Share this article\r\n\r\n"
    "Al-Shabaab fighters\u00a0attacked Somali army positions near Baidoa on Sunday.\u200b  "
    "Police  arrested 30 protesters in Khartoum on Monday.\r\n\r\n"
    "Advertisement\r\n\r\n"
    "Al-Shabaab fighters\u00a0attacked Somali army positions near Baidoa on Sunday.\r\n\r\n"
    "The Houthis reportedly shelled the city of Marib on Tuesday, a military spokesman told Reuters.\r\n"
    "Hamas threatened to attack Israeli forces, the group said."
)


@pytest.fixture(scope="module")
def messy(extract: Callable[..., Extraction]) -> Extraction:
    return extract(MESSY_ARTICLE)


def test_evidence_offsets_slice_the_stored_text(messy: Extraction) -> None:
    assert len(messy.events) >= 4
    for event in messy.events:
        assert messy.article.text[event.evidence.start : event.evidence.end] == event.evidence.text
        assert event.evidence.trigger is not None and event.evidence.trigger in event.evidence.text
        assert event.doc_id == messy.article.doc_id


def test_the_stored_text_is_the_cleaned_text(messy: Extraction) -> None:
    text = messy.article.text
    assert "\r" not in text and "\u00a0" not in text and "\u200b" not in text
    assert "Advertisement" not in text and "Share this article" not in text
    assert text.count("near Baidoa") == 1  # the repeated paragraph is dropped


def test_every_event_meets_the_contract(messy: Extraction, events_of: Events) -> None:
    more = events_of(
        "The Houthis refused to withdraw from Hodeidah. "
        "Police arrested ten men in Tripoli on Monday."
    )
    records = [e.to_contract() for e in (*messy.events, *more)]
    assert {r["factuality"] for r in records} >= {"occurred", "threatened", "negated"}
    for record in records:
        assert contract_problems(record) == [], record


def test_the_contract_check_can_fail(messy: Extraction) -> None:
    record = messy.events[0].to_contract()
    broken = {**record, "factuality": "maybe", "date": {**record["date"], "precision": "fortnight"}}
    broken["plover"] = {"event_type": "SHOOT", "mode": None}
    del broken["evidence"]
    assert contract_problems(broken) == ["missing evidence"]
    broken["evidence"] = record["evidence"]
    assert len(contract_problems(broken)) == 3


def test_contract_round_trip(messy: Extraction) -> None:
    for event in messy.events:
        # the contract rounds the confidence to three places
        rounded = event.with_changes(confidence=round(event.confidence, 3))
        assert Event.from_contract(event.to_contract()) == rounded


def test_event_ids_are_stable_and_distinct(extract: Callable[..., Extraction], messy: Extraction) -> None:
    again = extract(MESSY_ARTICLE)
    assert [e.event_id for e in again.events] == [e.event_id for e in messy.events]
    assert len({e.event_id for e in messy.events}) == len(messy.events)


# -- stages one by one, running the default pipeline up to a stage --------------------------------


def run_until(coder: Coder, last: str, text: str) -> Document:
    """Run the default stages up to and including `last` on an article published PUBLISHED."""
    names = [stage.name for stage in coder.pipeline.stages]
    pipeline = Pipeline(coder.pipeline.stages[: names.index(last) + 1])
    return pipeline.run(Document(article_from_text(text, published="2021-06-16")))


def test_segment_sentences_slice_the_cleaned_text(coder: Coder) -> None:
    doc = run_until(coder, "segment", "Rebels attacked Goma.\r\n\r\nPolice  arrested ten men in Khartoum.")
    expected = ["Rebels attacked Goma.", "Police arrested ten men in Khartoum."]
    assert [s.text for s in doc["sentences"]] == expected
    for sentence in doc["sentences"]:
        assert doc.text[sentence.start : sentence.end] == sentence.text


def test_mentions_find_actors_places_times_and_numbers(coder: Coder) -> None:
    text = "Police arrested 30 protesters in Khartoum on Monday."
    doc = run_until(coder, "mentions", text)
    assert "events" not in doc.layers  # only the stages asked for ran
    found = {kind: [m.text for m in doc[f"{kind}_mentions"]] for kind in ("actor", "place", "time", "number")}
    assert "Police" in found["actor"]
    assert "Khartoum" in found["place"]
    assert any("Monday" in t for t in found["time"])
    assert any("30" in n for n in found["number"])
    for kind in ("actor", "place", "time", "number"):
        for mention in doc[f"{kind}_mentions"]:
            assert doc.text[mention.start : mention.end] == mention.text


def test_a_force_named_by_a_common_word_is_found_only_capitalised(coder: Coder) -> None:
    def labels(text: str) -> set[str]:
        return {m.label for m in run_until(coder, "mentions", text)["actor_mentions"]}

    assert "military_forces_pk" not in labels("The council voted on new health levies in Cleveland on Monday.")
    assert "military_forces_pk" in labels("Levies personnel repulsed an attack on a checkpoint in Zhob.")


def test_event_frames_point_at_their_trigger(coder: Coder) -> None:
    doc = run_until(coder, "events", "Houthi rebels shelled the city of Marib on Monday.")
    (frame,) = doc["event_frames"]
    assert frame.plover_type == "ASSAULT"
    assert doc.text[frame.trigger_start : frame.trigger_end] == "shelled"
    assert [(m.text, m.label) for m in frame.actor1] == [("Houthi rebels", "houthis")]


def test_factuality_stage_reads_each_frame(coder: Coder) -> None:
    doc = run_until(coder, "factuality", "The Houthis refused to withdraw from Hodeidah.")
    readings = {f.plover_type: doc["factuality"][f.index].factuality for f in doc["event_frames"]}
    assert readings["RETREAT"] == "negated"
