"""Event detection patterns on sentences written for these tests: who did what, and how ACLED codes it.

Each row: a sentence, then the PLOVER type, ACLED type and sub-type expected of the event that the
sentence's main clause asserts (the same choice `sigacts evaluate` makes).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from sigacts.evaluation.base import main_event
from sigacts.records import Event
from sigacts.taxonomy import plover_statement_type

Events = Callable[..., list[Event]]

CASES = [
    # protests by people the knowledge base does not know, and their forms
    ("Cotton growers protested outside the district office in Multan on Monday.", "PROTEST", "Protests", "Peaceful protest"),
    ("Retired railway staff staged a sit in outside the station in Lahore.", "PROTEST", "Protests", "Peaceful protest"),
    ("Hundreds of nurses gathered outside the hospital in Jaipur to demand back pay.", "PROTEST", "Protests", "Peaceful protest"),
    ("Bus drivers continued their strike in Kathmandu for a third day.", "PROTEST", "Protests", "Peaceful protest"),
    ("Party youth burnt an effigy of the finance minister in Patna.", "PROTEST", "Protests", "Peaceful protest"),
    ("Shopkeepers observed a fast in front of the town hall in Multan.", "PROTEST", "Protests", "Peaceful protest"),
    ("Police dispersed the crowd with batons in Srinagar on Friday.", "PROTEST", "Protests", "Protest with intervention"),
    ("Protesters threw Molotov cocktails at the police during a march in Santiago.", "ASSAULT", "Riots", "Violent demonstration"),
    # violence whose doer or victim is only described
    ("Two farmers were shot dead by unknown gunmen in Kaduna on Sunday.", "ASSAULT", "Violence against civilians", "Attack"),
    ("Suspected militants killed three traders near Maiduguri.", "ASSAULT", "Violence against civilians", "Attack"),
    ("A shopkeeper was injured in a grenade attack in Imphal on Tuesday.", "ASSAULT", "Explosions/Remote violence", "Grenade"),
    ("Unidentified assailants shot dead three party workers in Hyderabad.", "ASSAULT", "Violence against civilians", "Attack"),
    ("Heavy clashes erupted on Monday between army troops and militants in Derna.", "ASSAULT", "Battles", "Armed clash"),
    ("Clashes broke out in Kisumu between police and opposition supporters.", "ASSAULT", "Riots", "Mob violence"),
    ("Villagers set two trucks on fire on the highway near Bogra.", "COERCE", "Riots", "Mob violence"),
    # strategic developments
    ("A cache of rifles and ammunition was found in a farmhouse near Quetta.", "COERCE", "Strategic developments", "Disrupted weapons use"),
    ("Army troops pushed the insurgents out of four villages in Borno.", "ASSAULT", "Battles", "Government regains territory"),
    ("Government troops captured three rebel posts on the ridge above Kalemie.", "COERCE", "Battles", "Government regains territory"),
    ("Dozens of fighters defected to the government side in Idlib.", "CONCEDE", "Strategic developments", "Change to group/activity"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "plover", "acled", "subtype"), CASES)
def test_main_event_of_sentence(events_of: Events, sentence: str, plover: str, acled: str, subtype: str) -> None:
    event = main_event(events_of(sentence))
    assert event is not None, f"no ACLED event in {sentence!r}"
    assert (event.plover_type, event.acled_type, event.acled_subtype) == (plover, acled, subtype)


def test_an_arrest_keeps_its_coerce_event_beside_the_protest(events_of: Events) -> None:
    events = events_of("Police arrested forty students who were protesting outside parliament in Nairobi.")
    assert {e.plover_type for e in events} >= {"COERCE", "PROTEST"}


def test_an_earthquake_is_no_attacker(events_of: Events) -> None:
    events = events_of("A strong earthquake struck the coastal province overnight, destroying homes.")
    assert not [e for e in events if e.acled_type]


def test_the_victims_group_is_not_the_attacker(events_of: Events) -> None:
    event = main_event(events_of("Two union members were beaten by unknown men in Dhaka on Friday."))
    assert event is not None and "union" not in event.actor1.name.lower()


@pytest.mark.parametrize(
    ("plover", "factuality", "reading"),
    [("CONCEDE", "planned", "AGREE"), ("AID", "planned", "AGREE"), ("SANCTION", "planned", "THREATEN"),
     ("ASSAULT", "threatened", "THREATEN"), ("RETREAT", "hypothetical", "THREATEN"), ("ASSAULT", "occurred", "ASSAULT"),
     ("ACCUSE", "planned", "ACCUSE"), ("AGREE", "negated", "REJECT"), ("CONSULT", "negated", "REJECT"),
     ("ASSAULT", "negated", "ASSAULT")],
)  # fmt: skip
def test_plover_reading_of_future_acts(plover: str, factuality: str, reading: str) -> None:
    assert plover_statement_type(plover, factuality) == reading


def test_a_protest_that_turned_violent_in_the_next_sentence_is_a_riot(events_of: Events) -> None:
    text = "Traders protested outside the municipal office on Monday. Later the protesters hurled stones at the police."
    protest = next(e for e in events_of(text) if e.plover_type == "PROTEST")
    assert protest.acled_type == "Riots"


def test_a_calm_protest_stays_peaceful(events_of: Events) -> None:
    text = "Traders protested outside the municipal office on Monday. They handed a letter to the mayor."
    protest = next(e for e in events_of(text) if e.plover_type == "PROTEST")
    assert (protest.acled_type, protest.acled_subtype) == ("Protests", "Peaceful protest")


def test_a_month_in_a_byline_is_no_march(events_of: Events) -> None:
    assert not events_of("March 17, 2015 By Jane Doe and John Roe")
    assert [e.plover_type for e in events_of("Students march through the capital on Friday.")] == ["PROTEST"]


# Each row: a sentence and the PLOVER type (as the sentence states it) of its first event.
PLOVER_CASES = [
    ("The teachers' union called off its week-long strike after talks with the ministry.", "CONCEDE"),
    ("The provincial court cancelled restrictions on teaching in minority languages.", "CONCEDE"),
    ("The governor lifted the state of emergency in the northern district.", "CONCEDE"),
    ("The cabinet accepted the demands of the striking miners.", "CONCEDE"),
    ("The prime minister received a team of election observers from the European Union.", "RETREAT"),
    ("Kenya will withdraw its peacekeeping force from Somalia unless its troops are paid.", "THREATEN"),
    ("The Security Council expelled the weapons inspectors from the country.", "SANCTION"),
    ("Ecuador granted asylum to three opposition journalists.", "AID"),
    ("The two delegations failed to reach an agreement on the border.", "REJECT"),
    ("Chile will not accept the proposal of its neighbour.", "REJECT"),
    ("Farmers' associations are demanding that the ministry abandon its new tax.", "REQUEST"),
    ("The regional council rejected the plan to build a dam.", "REJECT"),
    ("The foreign minister launched a mediation effort between Ghana and Togo.", "CONSULT"),
    ("Rebel leaders said on Friday they would meet the UN envoy in Geneva.", "AGREE"),
    ("Italy is ready to contribute 500 troops to the peacekeeping mission.", "AGREE"),
    ("The militia announced it will return the weapons it seized from the police.", "AGREE"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "plover"), PLOVER_CASES)
def test_plover_type_of_sentence(events_of: Events, sentence: str, plover: str) -> None:
    event = main_event(events_of(sentence), acled=False)
    assert event is not None, f"no event in {sentence!r}"
    assert plover_statement_type(event.plover_type, event.factuality) == plover


def test_what_is_demanded_has_not_happened(events_of: Events) -> None:
    events = events_of("The envoy demanded that the militia end its violence against villagers.")
    assert not [e for e in events if e.acled_type]


@pytest.mark.parametrize(
    ("sentence", "subtype"),
    [("Special forces destroyed an improvised explosive device near the bridge in Kandahar.", "Disrupted weapons use"),
     ("Army troops freed two villages from the insurgents in Borno.", "Government regains territory"),
     ("Government helicopters dropped barrel bombs on the market in Aleppo.", "Air/drone strike"),
     ("Customs officers intercepted 40 rifles at the border crossing near Kasese.", "Disrupted weapons use"),
     ("Turkish troops set up two new military bases near Dohuk.", "Headquarters or base established"),
     ("Chlorine was likely used against the town of Kafr Zita in April, the inspectors said.", "Chemical weapon"),
     ("Rebel fighters and government forces exchanged prisoners near Aleppo on Tuesday.", "Agreement"),
     ("The guerrillas began peace talks with the government in Havana on Monday.", "Agreement"),
     ("Rebel fighters entered the town of Tal Abyad and took control of it after the army pulled out.",
      "Non-violent transfer of territory"),
     ("Demonstrators clashed with riot police in central Caracas on Saturday.", "Violent demonstration"),
     ("Two men molested a schoolgirl on a bus in Lucknow.", "Sexual violence"),
     ("Gunmen stormed a restaurant in Kaduna and killed six people on Friday.", "Attack"),
     ("A grenade attack killed four people at a bus stand in Imphal on Tuesday.", "Grenade"),
     ("Two rockets were fired at the airport of Mitiga on Sunday night.", "Shelling/artillery/missile attack"),
     ("The opposition alliance called a dawn-to-dusk hartal on Thursday in Dhaka.", "Peaceful protest"),
     ("Villagers clashed in a gunfight over a land dispute near Gaya, leaving three injured.", "Armed clash"),
     ("Congress workers shot dead a shopkeeper in a gunfight in Kanpur on Sunday.", "Attack"),
     ("A bomb went off outside the district court in Quetta on Monday.", "Remote explosive/landmine/IED"),
     ("Three crude bombs were blasted near the bus terminal in Dhaka on Friday.", "Remote explosive/landmine/IED"),
     ("A roadside bomb wounded four rangers in Yala on Tuesday.", "Remote explosive/landmine/IED"),
     ("Firing between Indian and Pakistani troops started again near the border in Rajouri.", "Armed clash"),
     ("Heavy fighting took place on Sunday north of Laukkai.", "Armed clash"),
     ("A shopkeeper was shot and wounded by unknown perpetrators in Rafah on Friday.", "Attack"),
     ("A tailor was shot dead in Mardan on Monday in what police called a targeted attack.", "Attack"),
     ("Suspected insurgents shot dead a couple in Rueso district on Sunday.", "Attack"),
     ("Eight people were injured as vendors staged violent protests against an eviction drive in Hyderabad.",
      "Violent demonstration"),
     ("Four people were killed when a bomb exploded near a protest rally in Quetta.", "Remote explosive/landmine/IED"),
     ("Members of the bar association staged a rail roko at Erode junction on Monday.", "Peaceful protest"),
     ("Sugarcane farmers blocked the railway tracks near Meerut on Tuesday.", "Peaceful protest")],
)  # fmt: skip
def test_acled_subtype_of_new_triggers(events_of: Events, sentence: str, subtype: str) -> None:
    event = main_event(events_of(sentence))
    assert event is not None and event.acled_subtype == subtype


@pytest.mark.parametrize(
    "sentence",
    ["Thousands of residents left the town of Maarib after the floods.",
     "The trade ministers held talks on tariffs in Geneva on Tuesday.",
     "The militant group claimed responsibility for the attack on the bank in Quetta, according to a statement.",
     "The army denied allegations that it was responsible for the bombing of the market."],
)  # fmt: skip
def test_no_acled_event_in(events_of: Events, sentence: str) -> None:
    assert not [e for e in events_of(sentence) if e.acled_type]


def test_a_pronoun_in_a_reported_clause_is_the_speaker(events_of: Events) -> None:
    events = events_of("Opposition leaders said on Sunday they would boycott the vote.")
    boycott = next(e for e in events if e.evidence.trigger == "boycott")
    assert "leaders" in (boycott.actor1.mention or "")


def test_a_protest_about_a_killing_is_no_killing(events_of: Events) -> None:
    events = events_of("Students rallied outside the court in Dhaka against the killing of a blogger.")
    assert [e.plover_type for e in events] == ["PROTEST"]


def test_a_breached_ceasefire_is_no_agreement(events_of: Events) -> None:
    events = events_of("Breaching the ceasefire, the militia shelled the outskirts of Kadugli.")
    assert not [e for e in events if e.acled_subtype == "Agreement"]


@pytest.mark.parametrize(
    "sentence",
    [
        "A human chain was formed by teachers and doctors in front of the press club in Dhaka on Monday.",
        "Railway porters blocked trains at the station in Jaipur demanding higher wages.",
        "Two hundred students held a sit in outside the vice chancellor's office in Chennai.",
        "Priests in Mathura began a protest after the government tried to take over the temple.",
    ],
)
def test_forms_of_protest_are_protests(events_of: Events, sentence: str) -> None:
    event = main_event(events_of(sentence))
    assert event is not None and event.plover_type == "PROTEST" and event.acled_type == "Protests"


@pytest.mark.parametrize(
    "sentence",
    [
        # the small model hangs a protest verb after a long subject on a noun as a participle
        "Nurses from the district hospital protested in Sukkur against their pay not being raised for two years.",
        "Traders upset by the new market fees protested outside the municipal office on Tuesday.",
        # "held a protest infront of": the protest word parsed as a compound of what follows it
        "Teachers of the girls college held a protest infront of the press club in Quetta.",
        "The clerks union conducted protests countrywide against the pension cuts.",
    ],
)
def test_protests_the_parser_misreads_are_protests(events_of: Events, sentence: str) -> None:
    event = main_event(events_of(sentence))
    assert event is not None and (event.plover_type, event.acled_type, event.factuality) == (
        "PROTEST", "Protests", "occurred")


@pytest.mark.parametrize(
    "sentence",
    [
        "Congress workers demosntrated outside the collectorate in Mysore.",
        "Hundreds of weavers protestedt against the new yarn tax in Surat.",
        "Students of the medical college staged a portest against the fee hike in Multan.",
        "Party workers held a demonstartion outside the governor's house in Lucknow.",
    ],
)
def test_misspelt_protest_words_are_protests(events_of: Events, sentence: str) -> None:
    event = main_event(events_of(sentence))
    assert event is not None and (event.plover_type, event.acled_type) == ("PROTEST", "Protests")


def test_a_real_word_near_a_trigger_is_no_misspelling(events_of: Events) -> None:
    assert not [e for e in events_of("Volunteers protected the shrine in Multan during the festival.")
                if e.plover_type == "PROTEST"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Retired teachers continued an indefinite fast outside the education office in Bhopal.",
        "Sugarcane growers began a fast in front of the mill gate in Bagalkot.",
    ],
)
def test_a_fast_tagged_as_an_adverb_is_a_hunger_strike(events_of: Events, sentence: str) -> None:
    event = main_event(events_of(sentence))
    assert event is not None and (event.plover_type, event.acled_type) == ("PROTEST", "Protests")


def test_a_fast_attack_is_no_fast(events_of: Events) -> None:
    assert not [e for e in events_of("The rebels launched a fast attack on the army base.") if e.plover_type == "PROTEST"]


@pytest.mark.parametrize(
    "text",
    [
        "About 80 farmers tried to hold a rally at the collectorate in Salem. Police stopped the farmers at the gate.",
        "The police prevented members of the student union from protesting outside the assembly in Guwahati.",
        "Police removed twenty activists who attempted to stage a sit in outside the ministry in Colombo.",
        "A dozen party workers were injured when the police used batons to stop them from marching towards the assembly in Bhopal.",
    ],
)
def test_a_protest_tried_and_stopped_is_a_protest_with_intervention(events_of: Events, text: str) -> None:
    event = main_event(events_of(text))
    assert event is not None and (event.acled_type, event.acled_subtype) == ("Protests", "Protest with intervention")


def test_the_forces_that_stopped_people_already_out_are_the_protest_s_other_side(events_of: Events) -> None:
    text = "Twenty student activists were injured when the police used batons to stop them from marching towards the secretariat in Jaipur."
    event = main_event(events_of(text))
    assert event is not None and event.actor2 is not None and event.actor2.name == "Police Forces of India"


def test_a_planned_protest_is_still_only_planned(events_of: Events) -> None:
    text = "Traders plan to protest outside the municipal office in Multan on Monday. Police will be deployed there."
    assert main_event(events_of(text)) is None


def test_forces_sent_to_prevent_protests_code_no_protest(events_of: Events) -> None:
    assert main_event(events_of("Police were deployed across the town to prevent protests by the opposition.")) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Angry villagers beat to death two suspected cattle thieves in Nalbari on Sunday.",
        "Residents of a slum in Kisumu lynched a man they accused of stealing a motorbike.",
    ],
)
def test_a_crowd_punishing_a_supposed_criminal_is_violence_against_civilians(events_of: Events, sentence: str) -> None:
    event = main_event(events_of(sentence))
    assert event is not None and event.acled_type == "Violence against civilians"


def test_a_crowd_attacking_a_bus_is_still_mob_violence(events_of: Events) -> None:
    event = main_event(events_of("Angry villagers attacked a passenger bus after an accident near Bogra."))
    assert event is not None and (event.acled_type, event.acled_subtype) == ("Riots", "Mob violence")


@pytest.mark.parametrize(
    "sentence",
    [
        "About 3,000 junior doctors started a strike against the health department in Lahore.",
        "Nurses at the district hospital in Multan began to strike again over unpaid salaries.",
        "Party activists torched effigies of the chief minister outside the district office in Nellore.",
    ],
)
def test_strikes_and_effigies_of_unarmed_people_are_peaceful_protests(events_of: Events, sentence: str) -> None:
    event = main_event(events_of(sentence))
    assert event is not None and (event.acled_type, event.acled_subtype) == ("Protests", "Peaceful protest")


def test_an_air_strike_against_rebels_is_no_labour_strike(events_of: Events) -> None:
    event = main_event(events_of("Rebels launched a strike against an army post near Marib."))
    assert event is not None and event.plover_type == "ASSAULT"


@pytest.mark.parametrize(
    "text",
    [
        "Party supporters damaged two cars of a rival candidate in Lusaka on Monday.",
        "Angry students shattered the windows of the rector's office in Tula.",
    ],
)
def test_a_crowd_damaging_property_is_a_riot(events_of: Events, text: str) -> None:
    event = main_event(events_of(text))
    assert event is not None and event.acled_type == "Riots"


def test_weather_damaging_shops_is_no_event(events_of: Events) -> None:
    assert main_event(events_of("Heavy rains damaged several shops in Tula on Monday.")) is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("In Tula the teachers' union staged a day-long protest demanding regular pay.", "Protests"),
        ("Rioters set a bus belonging to a private college on fire in Tula on Monday.", "Riots"),
        ("A group of protesters on Thursday [4 March] attacked a rally of a rival party in Tula.", "Riots"),
        ("Some protesters on Tuesday [9 March] torched furniture in a party office in Tula.", "Riots"),
    ],
)
def test_acts_the_small_parser_misreads_are_still_found(events_of: Events, text: str, kind: str) -> None:
    event = main_event(events_of(text))
    assert event is not None and event.acled_type == kind


@pytest.mark.parametrize(
    "text",
    [
        "In Kursk, unknown rioters on January 14 ransacked the land office in the Zarechny area of Tula.",
        "Hundreds of farmers laid seige to the power office in Tula.",
    ],
)
def test_a_riot_whose_doers_the_parser_hung_elsewhere_is_found(events_of: Events, text: str) -> None:
    event = main_event(events_of(text))
    assert event is not None and event.acled_type == "Riots"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("A bank in Tula was burnt by angry depositors on Monday.", "Riots"),
        ("Several houses were burnt by floods in Tula.", None),
    ],
)
def test_a_passive_act_by_people_the_knowledge_base_lacks_has_a_doer(events_of: Events, text: str, kind: str | None) -> None:
    event = main_event(events_of(text))
    assert (event.acled_type if event is not None else None) == kind


def test_an_alliance_or_accord_in_a_name_is_no_event(events_of: Events) -> None:
    named = events_of("Supporters of the Grand Alliance clashed with police in Patna on Monday.")
    assert named and all(e.plover_type not in ("COOPERATE", "AGREE") for e in named)
    made = events_of("The two militias formed an alliance against the army in Darfur.")
    assert any(e.plover_type == "COOPERATE" for e in made)
    headline = events_of("Rebels Form New Alliance Against Government In Darfur")
    assert any(e.plover_type == "COOPERATE" for e in headline)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a doer described in a "by" phrase by words that say they are people
        ("A teacher was shot dead by armed masked men near Tula on Friday.", "Violence against civilians"),
        ("Two herders were killed by suspected raiders in Tula on Monday.", "Violence against civilians"),
        # a "by" phrase that names no people is no doer
        ("Two porters were killed by falling rocks near Tula.", None),
        ("A driver died of bullet wounds in Tula; he was hit by stray shrapnel.", None),
    ],
)
def test_a_doer_described_in_a_by_phrase(events_of: Events, text: str, kind: str | None) -> None:
    event = main_event(events_of(text))
    assert (event.acled_type if event is not None else None) == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # the small model makes the subject the root and the verb a modifier of a noun
        ("Police in an overnight raid arrested at least 30 activists of the Tula Students Front.", "Strategic developments"),
        ("Armed men on Monday night stormed the house of a councillor in Tula.", "Violence against civilians"),
        ("Fighting continued between the army and the Tula Liberation Front.", "Battles"),
        ("An exchange of fire between police and bandits took place in a forest near Tula.", "Battles"),
        ("Two cocktails were exploded near the university gate in Tula on Monday.", "Explosions/Remote violence"),
        ("Assailants tossed a petrol bomb into a minibus in Tula, injuring the driver.", "Violence against civilians"),
        ("Violence erupted in a village near Tula after the results of the council election.", "Riots"),
    ],
)
def test_events_found_where_the_parse_loses_the_doer(events_of: Events, text: str, kind: str) -> None:
    event = main_event(events_of(text))
    assert event is not None and event.acled_type == kind


@pytest.mark.parametrize(
    "text",
    [
        "Nurses and members of their union continued an indefinite hunger strike Tula near the clinic.",
        "Hundreds of villagers continued to block a mining company from entering their land near Tula.",
    ],
)
def test_strikes_and_blockades_by_people_are_protests(events_of: Events, text: str) -> None:
    event = main_event(events_of(text))
    assert event is not None and event.acled_type == "Protests"


@pytest.mark.parametrize(
    "text",
    [
        "No violence was reported in Tula during the polls.",
        "The governor said violence would not be tolerated in Tula.",
        "Children burst crackers to celebrate the festival in Tula.",
    ],
)
def test_no_event_where_none_happened(events_of: Events, text: str) -> None:
    assert main_event(events_of(text)) is None


def test_a_report_of_violence_gives_way_to_the_acts_it_introduces(events_of: Events) -> None:
    event = main_event(events_of("Violence broke out in Tula after the count. Masked men beat a polling agent to death."))
    assert event is not None and (event.evidence.trigger or "").lower() == "beat"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Farmers from twenty villages convened in Tula to oppose the cut in their water share.", "Protests"),
        ("Thousands of residents turned out in Tula to call for the protection of the old lake.", "Protests"),
        ("The council convened in Tula to discuss the budget.", None),
        ("Thousands turned out in Tula to welcome the president.", None),
    ],
)
def test_people_assembling_to_oppose_or_demand_hold_a_demonstration(events_of: Events, text: str, kind: str | None) -> None:
    event = main_event(events_of(text))
    assert (event.acled_type if event is not None else None) == kind


def test_a_by_phrase_that_does_not_say_who_names_no_attacker(events_of: Events) -> None:
    assert main_event(events_of("The old man was pulled into a park in Tula and attacked by the band of cowards.")) is None


def test_a_passive_with_a_lost_long_subject_keeps_its_by_phrase(events_of: Events) -> None:
    text = ("Ivan Petrov alias Vanya, 28, son of a councillor of women reserved seat of Tula City Council (TCC), "
            "was gunned down at the bus stand in Tula on Thursday night by unidentified militants.")  # fmt: skip
    event = main_event(events_of(text))
    assert event is not None and event.acled_type == "Violence against civilians"


def test_fighters_surrendering_are_a_change_to_the_group(events_of: Events) -> None:
    event = main_event(events_of("A commander of the Tula Liberation Front surrendered to the police in Tula on Monday."))
    assert event is not None and (event.acled_type, event.acled_subtype) == ("Strategic developments", "Change to group/activity")


@pytest.mark.parametrize(
    "text",
    [
        "A village headman was axed to death inside the revenue office in Tula.",
        "A shopkeeper was clobbered to death near a temple in Tula early on Monday.",
        "Strike enforcers manhandled a reporter in Tula on Tuesday.",
        "Tula Party (TP) MLA Anna Petrova was on Sunday attacked during a campaign in the old town and sustained head injuries.",
    ],
)
def test_beatings_and_hackings_in_many_words_are_attacks(events_of: Events, text: str) -> None:
    event = main_event(events_of(text))
    assert event is not None and event.plover_type == "ASSAULT" and event.acled_type is not None


def test_a_club_axed_from_a_league_is_no_attack(events_of: Events) -> None:
    assert main_event(events_of("The Tula football club was axed from the league on Monday.")) is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Army troops dislodge Boko Haram from Tula and Orel, killing several.", "Battles"),
        ("Army attack helicopters.", None),
        # the verb read as a noun with only a preposition after it
        ("Two al-Shabaab suicide bombers detonate at a chapel in Orel, killing themselves.", "Explosions/Remote violence"),
        # the verb read as a noun compound after a fronted place phrase
        ("In Marsh area of Lusaka, UPND cadres attack traders at a market.", "Violence against civilians"),
        # "open fire" read as an adjective on its noun
        ("SPLA militia open fire on Orel, injure 3 herders.", "Violence against civilians"),
    ],
)
def test_a_report_written_like_a_headline_has_its_verb(events_of: Events, text: str, kind: str | None) -> None:
    event = main_event(events_of(text))
    assert (event.acled_type if event is not None else None) == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Outside the broadcaster's offices in Tula a group of protesters sang songs and waved flags.", "Protests"),
        ("Protesters carried dead fish to the paper mill gates in Tula.", "Protests"),
        ("Protesters said they would return to Tula on Monday.", None),
    ],
)
def test_what_protesters_do_they_do_as_a_protest(events_of: Events, text: str, kind: str | None) -> None:
    event = main_event(events_of(text))
    assert (event.acled_type if event is not None else None) == kind


def test_protesters_beginning_to_clash_riot(events_of: Events) -> None:
    event = main_event(events_of("In Tula some 3,000 protesters began clashing with the police once the rally was banned."))
    assert event is not None and event.acled_type != "Protests"


def test_a_bare_count_killed_in_a_bombing_was_killed(events_of: Events) -> None:
    event = main_event(events_of("12 killed and 4 hurt in suicide bombing at a Tula market."))
    assert event is not None and event.acled_type == "Explosions/Remote violence"


# events with no trigger word of their own: the doer or the act is named by a phrase
BARE_REPORTS = [
    ("Law enforcers arrested 40 people in Comilla district on Monday.", "Strategic developments", "Police"),
    ("Law enforces detained 25 men in Feni district on Sunday.", "Strategic developments", "Police"),
    ("Two explosions were heard in front of a cinema hall in Jessore on Monday.", "Explosions/Remote violence",
     "Unidentified Armed Group"),
    ("A loud blast was heard near the court in Quetta on Tuesday.", "Explosions/Remote violence",
     "Unidentified Armed Group"),
    ("A bomb went of near a police post in Peshawar on Friday.", "Explosions/Remote violence", "Unidentified Armed Group"),
    ("Volunteers formed a large human barricade to stop officials entering Aizawl.", "Protests", "Protesters"),
    ("A rally in Mombasa on Monday warned the council against closing the market.", "Protests", "Protesters"),
    ("The air force bombed militant hideouts near Sirte on Monday.", "Explosions/Remote violence", "Military Forces of Libya"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "acled", "actor1"), BARE_REPORTS)
def test_events_read_from_a_phrase(events_of: Events, sentence: str, acled: str, actor1: str) -> None:
    event = main_event(events_of(sentence))
    assert event is not None, f"no ACLED event in {sentence!r}"
    assert event.acled_type == acled and event.actor1.name.startswith(actor1)


@pytest.mark.parametrize("sentence", [
    "No explosion was heard in Quetta on Monday.",
    "A gas cylinder explosion was heard in a restaurant in Quetta on Monday.",
    "Most of the money went of to the contractors in Peshawar.",
    "Bandh enforcers blocked the highway in Bogra on Sunday.",
])  # fmt: skip
def test_phrases_that_name_no_such_event(events_of: Events, sentence: str) -> None:
    events = [e for e in events_of(sentence) if e.acled_type]
    assert not [e for e in events if e.acled_type == "Explosions/Remote violence" or e.actor1.name.startswith("Police")]


# Events the parser hides: a participle hung on "was", a result word after a long object, a passive that lost
# its subject, a headline without "was", an attack told as a noun, and what people do to shut a place.
HIDDEN_EVENTS = [
    ("A shopkeeper was on Friday set ablaze by an angry mob in Kano.", "COERCE"),
    ("Unknown attackers set the council office in the old quarter of the town ablaze on Sunday.", "COERCE"),
    ("Three buses were torched in Rangpur upazila on Monday.", "COERCE"),
    ("Another truck also torched at the main crossing in Bogra on Tuesday.", "COERCE"),
    ("There was a grenade attack on a police post in Imphal on Sunday.", "ASSAULT"),
    ("Close to Kusa on the frontier, a bomb blast left a soldier badly wounded.", "ASSAULT"),
    ("A sniper killed a border guard near the frontier post on Monday.", "ASSAULT"),
    ("The army launched a barrage of mortar shells against rebel positions near the town.", "ASSAULT"),
    ("Residents disrupted traffic on the national highway to protest power cuts.", "PROTEST"),
    ("Traders shut down their shops in the market against the new tax.", "PROTEST"),
    ("Rahim Uddin, another young journalist hacked to death at the old market on Monday by a group of unidentified assailants.",
     "ASSAULT"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "plover"), HIDDEN_EVENTS)
def test_events_the_parse_hides_are_found(events_of: Events, sentence: str, plover: str) -> None:
    event = main_event(events_of(sentence))
    assert event is not None, f"no ACLED event in {sentence!r}"
    assert event.plover_type == plover


@pytest.mark.parametrize(
    "sentence",
    [
        "The government shut down schools in the district because of the floods.",
        "There was a gas cylinder explosion in a restaurant in Lahore.",
        "Heavy rain led to the discharge of water from the barrage on the river, flooding parts of the state.",
        "Police said those killed by the rebels since 2010 would be compensated.",
    ],
)
def test_no_event_from_closures_accidents_or_past_victims(events_of: Events, sentence: str) -> None:
    assert main_event(events_of(sentence)) is None


def test_a_participle_parsed_as_subject_clause_gives_its_own_subject() -> None:
    """ "Employees working in two hospitals boycotted duty": the small model may make "working" the
    subject clause of "boycotted"; the employees are the subject."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from sigacts.stages import syntax

    words = ["Employees", "working", "in", "hospitals", "boycotted", "duty"]
    doc = Doc(Vocab(), words=words, heads=[1, 4, 1, 2, 4, 4], deps=["nsubj", "csubj", "prep", "pobj", "ROOT", "dobj"],
              tags=["NNS", "VBG", "IN", "NNS", "VBD", "NN"])  # fmt: skip
    subject = syntax.own_subject(doc[4])
    assert subject is not None and subject.text == "Employees"


@pytest.mark.parametrize("sentence", ["Lecturers at the state college boycotted their classes on Monday.",
                                      "Clerks in Multan boycotted their duties against the transfer policy."])
def test_boycotting_work_or_classes_is_a_protest(events_of: Events, sentence: str) -> None:
    event = main_event(events_of(sentence))
    assert event is not None and event.acled_type == "Protests"


def _parsed(words: list[str], heads: list[int], deps: list[str], tags: list[str], pos: list[str]) -> Doc:
    import spacy

    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)


def test_a_root_noun_with_subject_and_object_is_a_headline_verb() -> None:
    from sigacts.stages.events import _adjective_with_object

    # "Militants attack a convoy" with "attack" tagged a noun at the root
    doc = _parsed(["Militants", "attack", "a", "convoy"], [1, 1, 3, 1], ["nsubj", "ROOT", "det", "dobj"],
                  ["NNS", "NN", "DT", "NN"], ["NOUN", "NOUN", "DET", "NOUN"])  # fmt: skip
    assert _adjective_with_object(doc[1])
    # "the attack on a convoy": a noun with no subject stays a noun
    doc = _parsed(["the", "attack", "on", "convoy"], [1, 1, 1, 2], ["det", "ROOT", "prep", "pobj"],
                  ["DT", "NN", "IN", "NN"], ["DET", "NOUN", "ADP", "NOUN"])  # fmt: skip
    assert not _adjective_with_object(doc[1])


def test_a_participle_with_an_object_in_its_conjunct_is_active() -> None:
    from sigacts.stages.events import _acts_on_an_object

    # "man injured and maimed two girls" / "man injured in the blast"
    doc = _parsed(["man", "injured", "and", "maimed", "girls"], [0, 0, 1, 1, 3], ["ROOT", "acl", "cc", "conj", "dobj"],
                  ["NN", "VBN", "CC", "VBN", "NNS"], ["NOUN", "VERB", "CCONJ", "VERB", "NOUN"])  # fmt: skip
    assert _acts_on_an_object(doc[1])
    doc = _parsed(["man", "injured", "in", "blast"], [0, 0, 1, 2], ["ROOT", "acl", "prep", "pobj"],
                  ["NN", "VBN", "IN", "NN"], ["NOUN", "VERB", "ADP", "NOUN"])  # fmt: skip
    assert not _acts_on_an_object(doc[1])


def test_by_ruling_party_supporters_names_the_supporters() -> None:
    from sigacts.stages.events import _by_objects

    # "was attacked by ruling party supporters" with "ruling" read as a gerund taking "supporters"
    doc = _parsed(["attacked", "by", "ruling", "party", "supporters"], [0, 0, 1, 4, 2],
                  ["ROOT", "agent", "pcomp", "compound", "dobj"], ["VBN", "IN", "VBG", "NN", "NNS"],
                  ["VERB", "ADP", "VERB", "NOUN", "NOUN"])  # fmt: skip
    assert [t.text for t in _by_objects(doc[0])] == ["supporters"]


def test_hijacking_a_vehicle_is_violence_against_civilians(events_of: Events) -> None:
    event = main_event(events_of("Gunmen hijacked a truck carrying food near the border town."))
    assert event is not None and event.acled_type == "Violence against civilians"


SECURITY_REPORTS = [
    ("Army troops eliminated four militants near the border post on Monday.", "ASSAULT", "Battles"),
    ("The drone was brought down near the frontier by army troops.", "ASSAULT", "Strategic developments"),
    ("Twelve rebels handed themselves into police in the district.", "CONCEDE", "Strategic developments"),
    ("About forty opposition activists were held in several districts on Friday.", "COERCE", "Strategic developments"),
    ("Four rebels are believed to have been killed near the town on Sunday.", "ASSAULT", "Battles"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "plover", "acled"), SECURITY_REPORTS)
def test_security_reports_without_the_usual_verbs(events_of: Events, sentence: str, plover: str, acled: str) -> None:
    event = main_event(events_of(sentence))
    assert event is not None, f"no ACLED event in {sentence!r}"
    assert (event.plover_type, event.acled_type) == (plover, acled)


@pytest.mark.parametrize("sentence", ["The team was eliminated from the tournament on Sunday.",
                                      "Local elections were held in several districts on Friday.",
                                      "The new policy brought down prices in the capital."])
def test_no_event_from_sport_elections_or_prices(events_of: Events, sentence: str) -> None:
    assert main_event(events_of(sentence)) is None


def test_an_attack_no_group_claimed_is_reported_as_an_attack(events_of: Events) -> None:
    text = "A village elder died when a bomb went off beside his car, and no group has claimed responsibility so far."
    event = main_event(events_of(text))
    assert event is not None and event.acled_type is not None
    claimed = main_event(events_of("The Taliban claimed responsibility for the raid on the checkpoint in a video."))
    assert claimed is None  # a claim relayed from the claimant's video is news of the claim (CASE 2021 ATTRIB)


@pytest.mark.parametrize("sentence", ["Supporters of the two parties exchanged blows outside the polling station.",
                                      "Near the border a short fire fight was exchanged between troops and rebels."])
def test_blows_and_a_fire_fight_exchanged_are_fights(events_of: Events, sentence: str) -> None:
    event = main_event(events_of(sentence))
    assert event is not None and event.plover_type == "ASSAULT"


@pytest.mark.parametrize(
    ("sentence", "aid"),
    [("Masked men armed with rifles robbed a jeweller in the old town.", False),
     ("Heavily armed raiders looted a warehouse near the port.", False),
     ("Guerrillas armed by a neighbouring state raided the garrison.", True),
     ("The neighbouring state armed the guerrillas last year.", True)],
)  # fmt: skip
def test_armed_describing_the_doers_is_no_aid(events_of: Events, sentence: str, aid: bool) -> None:
    assert any(e.plover_type == "AID" for e in events_of(sentence)) is aid


def test_two_verbs_sharing_one_object_both_act_on_it(events_of: Events) -> None:
    event = main_event(events_of("Soldiers targeted and assaulted women in Tamoka village."))
    assert event is not None and event.actor2 is not None and event.actor2.mention == "women"


def test_a_claim_in_the_sentence_that_reports_the_attack_names_its_doer(events_of: Events) -> None:
    event = main_event(events_of("Three guards were killed when a bomb exploded at a checkpoint near Bannu, "
                                 "and the TTP claimed responsibility for the bombing."))  # fmt: skip
    assert event is not None and event.acled_type == "Explosions/Remote violence"
    assert event.actor1.mention == "TTP"


def test_a_bare_claim_is_the_report_of_the_act(events_of: Events) -> None:
    # a note that tells of the bombing only as the group's claim: the claim reports it
    event = main_event(events_of("The TTP claimed responsibility for the bombing of a checkpoint near Bannu."))
    assert event is not None and event.acled_type == "Explosions/Remote violence"
    assert event.actor1 is not None and event.actor1.mention == "TTP"


def test_a_claim_relayed_from_the_claimants_statement_is_only_an_attribution(events_of: Events) -> None:
    events = events_of("The TTP claimed responsibility for the bombing of a checkpoint near Bannu in a statement "
                       "sent to reporters.")  # fmt: skip
    assert not [e for e in events if e.acled_type]


def test_a_denied_claim_is_no_report_of_the_act(events_of: Events) -> None:
    events = events_of("The TTP denied responsibility for the bombing of a checkpoint near Bannu.")
    assert not [e for e in events if e.acled_type]


def test_an_act_attributed_to_a_group_is_reported_as_the_act(events_of: Events) -> None:
    event = main_event(events_of("Four soldiers were wounded in a roadside bomb blast attributed to insurgents near Yala."))
    assert event is not None and event.acled_type == "Explosions/Remote violence"


@pytest.mark.parametrize(("sentence", "shot_at"), [
    ("An army patrol came under fire from militants near Tamoka on Sunday.", True),
    ("A convoy of lorries came under fire on the road to Tamoka.", True),
    ("The minister came under fire from opposition parties over the new budget.", False),
    ("The plan has come under fire from rights groups.", False),
])  # fmt: skip
def test_coming_under_fire_is_an_attack_unless_it_is_blame(events_of: Events, sentence: str, shot_at: bool) -> None:
    assert bool([e for e in events_of(sentence) if e.acled_type]) == shot_at


def test_a_relative_clause_hung_on_a_date_is_about_the_noun_before_it() -> None:
    from spacy.tokens import Span

    from sigacts.stages.syntax import own_subject

    # "an attack on Monday that wounded four": the parser hangs "that wounded" on the date
    doc = _parsed(["attack", "on", "Monday", "that", "wounded", "four"], [0, 0, 1, 4, 2, 4],
                  ["ROOT", "prep", "pobj", "nsubj", "relcl", "dobj"], ["NN", "IN", "NNP", "WDT", "VBD", "CD"],
                  ["NOUN", "ADP", "PROPN", "PRON", "VERB", "NUM"])  # fmt: skip
    doc.ents = [Span(doc, 2, 3, label="DATE")]
    assert own_subject(doc[4]) == doc[0]
    doc.ents = []  # a place, not a date: the clause is about the place
    assert own_subject(doc[4]) == doc[2]


def test_a_headline_noun_before_its_verb_is_the_subject() -> None:
    from sigacts.stages.events import _compound_subject

    # "raiders fire on herders" with "raiders" hung on the verb as a compound
    doc = _parsed(["raiders", "fire", "on", "herders"], [1, 1, 1, 2], ["compound", "ROOT", "prep", "pobj"],
                  ["NNS", "VBP", "IN", "NNS"], ["NOUN", "VERB", "ADP", "NOUN"])  # fmt: skip
    assert _compound_subject(doc[1]) == doc[0]
    # a singular noun before the verb is no such subject
    doc = _parsed(["border", "fire", "on", "herders"], [1, 1, 1, 2], ["compound", "ROOT", "prep", "pobj"],
                  ["NN", "VBP", "IN", "NNS"], ["NOUN", "VERB", "ADP", "NOUN"])  # fmt: skip
    assert _compound_subject(doc[1]) is None


def test_people_who_escaped_unhurt_were_the_blasts_target(events_of: Events) -> None:
    event = main_event(events_of("Six soldiers escaped unhurt as a roadside bomb exploded beside their truck in Tamoka."))
    assert event is not None and event.actor2 is not None and event.actor2.mention == "soldiers"


def test_a_verb_after_a_comma_shares_no_object() -> None:
    from sigacts.stages.events import _shared_objects

    # "targeted and assaulted women": one object for both verbs
    doc = _parsed(["targeted", "and", "assaulted", "women"], [0, 0, 0, 2], ["ROOT", "cc", "conj", "dobj"],
                  ["VBD", "CC", "VBD", "NNS"], ["VERB", "CCONJ", "VERB", "NOUN"])  # fmt: skip
    assert [t.text for t in _shared_objects(doc[0])] == ["women"]
    # "injured, and forced people to flee": a new clause, not a shared object
    doc = _parsed(["injured", ",", "and", "forced", "people"], [0, 0, 0, 0, 3], ["ROOT", "punct", "cc", "conj", "dobj"],
                  ["VBN", ",", "CC", "VBD", "NNS"], ["VERB", "PUNCT", "CCONJ", "VERB", "NOUN"])  # fmt: skip
    assert _shared_objects(doc[0]) == []


@pytest.mark.parametrize("sentence", [
    "There was a shootout between army troops and an anti-government armed group near Tamoka.",
    "A short gunfight took place between the Taliban and Afghan forces near Tamoka.",
])  # fmt: skip
def test_both_sides_of_a_fight_between_two_are_kept(events_of: Events, sentence: str) -> None:
    event = main_event(events_of(sentence))
    assert event is not None and event.actor2 is not None and event.actor2.name != event.actor1.name


def test_an_anti_government_group_is_no_government() -> None:
    from sigacts.stages.events import _described_kind

    doc = _parsed(["an", "anti-government", "group"], [2, 2, 2], ["det", "amod", "ROOT"], ["DT", "JJ", "NN"],
                  ["DET", "ADJ", "NOUN"])  # fmt: skip
    assert _described_kind(doc[2]) == "unidentified"


def test_police_in_a_clause_after_a_party_subject_are_not_the_partys(events_of: Events) -> None:
    events = events_of("Ten Congress workers were hurt as the police began to lathicharge the marchers near the station in Malda.")
    assert all(e.actor1.name != "Rioters (India)" for e in events)
    charge = next(e for e in events if e.evidence.trigger == "lathicharge" and e.plover_type == "ASSAULT")
    assert charge.actor1.name == "Police Forces of India"


@pytest.mark.parametrize(
    "text",
    ["Police fired teargas shelling at the marchers near the secretariat in Srinagar.",
     "Ten were hurt in Baramulla when police turned to a baton charge and smoke shelling on the stone pelters.",
     ("Scores of villagers were injured in Rampur when the police used a baton charge and smoke shelling on a crowd "
      "protesting over power cuts.")],
)  # fmt: skip
def test_crowd_control_shells_are_no_shelling(events_of: Events, text: str) -> None:
    assert all(e.acled_type != "Explosions/Remote violence" for e in events_of(text))


def test_artillery_shelling_stays_remote_violence(events_of: Events) -> None:
    assert any(e.acled_type == "Explosions/Remote violence" for e in events_of("The army shelled rebel positions near Laiza."))


@pytest.mark.parametrize(
    "text",
    ["The Kachin Independence Army and the Tatmadaw signed a truce in Laiza on Monday.",
     "The KNU and the Myanmar army agreed to a ceasefire near Hpapun."],
)  # fmt: skip
def test_two_subjects_of_an_agreement_are_its_two_sides(events_of: Events, text: str) -> None:
    event = main_event(events_of(text))
    assert event is not None and event.acled_type == "Strategic developments"
    assert event.actor2 is not None and {event.actor1.name, event.actor2.name} >= {"Military Forces of Myanmar"}


@pytest.mark.parametrize(
    "text",
    ["The bullet-riddled body of a shopkeeper was found in a field near Larkana on Sunday.",
     "Police recovered the mutilated body of a schoolteacher from a canal outside Kasur.",
     "The dead body of a tailor was found near Sukkur. He had gone missing a week before."],
)  # fmt: skip
def test_a_body_found_with_marks_of_killing_is_an_attack_on_a_civilian(events_of: Events, text: str) -> None:
    event = main_event(events_of(text))
    assert event is not None and event.acled_type == "Violence against civilians"
    assert event.actor1.name == "Unidentified Armed Group (Pakistan)" and event.actor2 is not None
    assert event.actor2.name == "Civilians (Pakistan)"


def test_a_body_found_after_a_drowning_is_no_attack(events_of: Events) -> None:
    events = events_of("Fishermen found the body of a boy who drowned in the lake near Mardan.")
    assert not [e for e in events if e.acled_type]


def test_the_act_after_a_general_word_codes_the_event(events_of: Events) -> None:
    text = "In a special crackdown, the law enforcers also detained about 700 people across the district, officials said."
    event = main_event(events_of(text))
    assert event is not None and (event.acled_type, event.acled_subtype) == ("Strategic developments", "Arrests")



@pytest.mark.parametrize(
    "text",
    ["A bomb wrecked the waiting hall of the bus station in Pattani on Friday.",
     "Three power pylons near Narathiwat were damaged by small bombs overnight."],
)  # fmt: skip
def test_property_wrecked_by_a_bomb_is_an_explosion(events_of: Events, text: str) -> None:
    event = main_event(events_of(text))
    assert event is not None and event.acled_type == "Explosions/Remote violence"


def test_property_wrecked_by_a_crowd_stays_a_riot(events_of: Events) -> None:
    event = main_event(events_of("Angry villagers wrecked two buses on the highway near Bogra."))
    assert event is not None and event.acled_type == "Riots"


def test_a_blast_whose_culprits_are_sought_is_an_attack(events_of: Events) -> None:
    events = events_of("An explosion injured three traders near the bus stand. Police said they were looking for "
                       "those responsible.")
    assert any(e.acled_type == "Explosions/Remote violence" for e in events)


def test_a_blast_the_next_sentence_blames_on_gas_is_no_attack(events_of: Events) -> None:
    events = events_of("An explosion injured three workers in a warehouse. Officials said a gas cylinder leaked.")
    assert not any(e.acled_type == "Explosions/Remote violence" for e in events)


def test_people_left_hurt_by_an_attack_are_its_victims(events_of: Events) -> None:
    events = events_of("Artillery fire by government troops left four villagers injured near Kauda.")
    assert not any(e.actor1 is not None and e.actor1.type == "Civilians" for e in events)


def test_an_act_naming_a_convict_is_no_event(events_of: Events) -> None:
    text = "Police detained dozens of activists protesting against the hanging of Delhi blasts convict Rafiq Ahmed."
    assert all(e.evidence.trigger != "blasts" for e in events_of(text))


def test_police_named_after_an_unknown_place_are_the_police(events_of: Events) -> None:
    arrest = next(e for e in events_of("Saroor Nagar police arrested three men with pistols.") if e.plover_mode == "arrest")
    assert arrest.actor1.type == "State forces" and "Police" in (arrest.actor1.name or "")


def test_a_group_name_opening_a_hotel_name_is_the_hotel(events_of: Events) -> None:
    events = events_of("Unknown militants lobbed a grenade at the Ikhwan Hotel in Srinagar, wounding two policemen.")
    assert events and all("Egypt" not in (side.name or "") for e in events for side in (e.actor1, e.actor2) if side)


def test_a_drive_by_shooting_at_a_rally_is_an_attack(events_of: Events) -> None:
    events = events_of("Two people were killed and ten wounded on Sunday in a drive-by shooting at an election rally in Kandy.")
    assert any(e.acled_type == "Violence against civilians" for e in events)


def test_raids_by_helicopters_are_air_strikes(events_of: Events) -> None:
    events = events_of("The terrorists in Idlib province suffered heavy losses in raids by the army's choppers.")
    assert any(e.acled_subtype == "Air/drone strike" for e in events)


def test_a_past_form_tagged_as_a_noun_keeps_its_verbs_lemma() -> None:
    from sigacts.records import Sentence
    from sigacts.resources.lexicon import default_lexicon
    from sigacts.stages.events import MentionIndex, _SentenceReader

    # "Rebels shot a trader dead" with "shot" tagged a noun at the root, with a subject and an object
    doc = _parsed(["Rebels", "shot", "a", "trader", "dead"], [1, 1, 3, 1, 3], ["nsubj", "ROOT", "det", "dobj", "amod"],
                  ["NNS", "NN", "DT", "NN", "JJ"], ["NOUN", "NOUN", "DET", "NOUN", "ADJ"])  # fmt: skip
    reader = _SentenceReader(default_lexicon(), MentionIndex(doc, []), Sentence(0, 0, len(doc.text), doc.text), [])
    assert reader._lemma(doc[1]) == "shoot"
