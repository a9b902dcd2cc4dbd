"""Actor readings of ACLED coding: the forces that met a demonstration, the group a report holds
responsible. Sentences are invented for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sigacts.evaluation.base import main_event
from sigacts.records import Event
from sigacts.resources.actors import default_actor_base
from sigacts.stages.acled_rules import _state_victims
from sigacts.stages.intervention import forces_acting

Events = Callable[..., list[Event]]


@pytest.mark.parametrize(
    ("text", "words"),
    [("Police on Monday (3 May) stopped the marchers near the square.", "police"),
     ("Dozens of security personnel dispersed the sit-in outside the ministry.", "security personnel"),
     ("A large contingent of police stopped the procession at the bridge.", "police"),
     ("Prison guards fired tear gas at the inmates.", "prison guards"),
     ("The march turned violent, forcing police to use tear gas.", "police"),
     ("The marchers were stopped in the town of Tarnow by riot police.", "riot police"),
     ("Contingents of police and border guard members were deployed across the city.", "police"),
     ("Police and troops used force against the marchers.", "police"),
     ("Troops and police used force against the marchers.", "troops"),
     ("The inmates rioted against jail guards after a search of their cells.", "jail guards"),
     ("The strikers threw petrol bombs at a security patrol.", "security patrol"),
     ("Tear gas shells were fired to break up the crowd.", "police"),
     ("Twelve students were put in custody at the district jail.", "police"),
     ("The march ended in a restricted zone, which resulted in the arrest of 300 marchers.", "police"),
     ("The transport strike went off with the arrest of 70 pickets across the province.", "police"),
     ("Union leaders who had called the sit-in were detained hours before it was due to begin.", "police"),
     ("The nurses were all taken to a police station in the town.", "police"),
     ("The marchers were detained for two hours in the stadium.", "police"),
     ("Several police personnel sustained injuries in the clash.", "police"),
     ("Two police posts of Alpha, Beta and Gamma villages were attacked on Monday.", "police"),
     ("The marchers vandalised three cars following the police intervention.", "police"),
     ("The township police told them to stop the march there.", "police"),
     ("The teachers went home after negotiations with a police inspector.", "police"),
     ("The forces fired smoke shells to disperse the crowd.", "forces"),
     ("The police ended up caning the weavers outside the mill.", "police")],
)  # fmt: skip
def test_forces_acting_on_a_crowd(text: str, words: str) -> None:
    assert forces_acting(text) == words


@pytest.mark.parametrize(
    ("text", "words"),
    [("Forty people, including six policemen, were hurt when the rally reached the square.", "policemen"),
     ("Dozens were injured in clashes among the two unions and police near the mill.", "police"),
     ("Fighting broke out at noon between hawkers and police in the bazaar.", "police"),
     ("Police and masked vigilantes later broke up the sit-in outside the school.", "police"),
     ("The teachers said the police shouted at them and detained them for an hour.", "police"),
     ("The walkers pressed on despite repeated attempts by the authorities to halt them.", "authorities"),
     ("The crowd climbed over barricades erected by police near the office.", "police"),
     ("The marchers pushed through the police cordon.", "police"),
     ("Pickets set fire to a lorry moving under escort of the police on the highway.", "police"),
     ("The gang threw fire bombs targeting the police near the depot.", "police"),
     ("A police constable suffered injuries when the crowd turned on the van.", "police")],
)  # fmt: skip
def test_forces_that_met_a_crowd_a_clause_apart(text: str, words: str) -> None:
    assert forces_acting(text) == words


@pytest.mark.parametrize(
    "text",
    ["Four people, including a constable, died in a clash between two villages over a pond.",
     "Police said the marchers had blocked the road for an hour.",
     "The students condemned police who had dispersed their rally last week.",
     "Four men were detained for the theft of a motorcycle.",
     "Two youths were arrested three days after the robbery."],
)  # fmt: skip
def test_forces_caught_in_others_fight_or_only_reporting_do_not_act(text: str) -> None:
    assert forces_acting(text) is None


def test_forces_named_as_a_grievance_do_not_act() -> None:
    assert forces_acting("Traders protested against the killing of a shopkeeper by unknown men.") is None
    assert forces_acting("The villagers demanded police intervention in the land dispute.") is None
    assert forces_acting("Police told reporters that the rally was peaceful.") is None
    assert forces_acting("Rebel forces were deployed in the hills.") is None


def test_a_demonstration_stopped_by_police_in_a_dated_sentence(events_of: Events) -> None:
    event = main_event(events_of("Police on Sunday (12 March) foiled a demonstration of the BNP in Khulna."))
    assert event is not None and event.acled_type == "Protests"
    assert event.actor2 is not None and event.actor2.name == "Police Forces of Bangladesh"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("About fifty nurses marched against the new pay scale. The march was halted by police.", "Police Forces"),
        ("Youths threw stones at police guarding the market, and the police fought back with batons.", "Police Forces"),
        ("Students blocked the ring road until soldiers dispersed them.", "Military Forces"),
    ],
)
def test_forces_acting_on_a_crowd_in_no_named_country_are_named_by_their_kind(
    events_of: Events, text: str, name: str
) -> None:
    event = main_event(events_of(text))
    assert event is not None and event.actor2 is not None
    assert (event.actor2.name, event.actor2.type) == (name, "State forces")


def test_protesters_arrested_without_a_named_agent_meet_the_police(events_of: Events) -> None:
    event = main_event(events_of("Near the secretariat, some forty teachers were arrested while staging a demonstration."))
    assert event is not None and event.acled_type == "Protests"
    assert event.actor2 is not None and event.actor2.name == "Police Forces"  # no country named: the kind's name


def test_an_assumed_party_militia_is_the_doer(events_of: Events) -> None:
    text = ("Militants exploded two crude bombs near a market in Bogra on Sunday, injuring four people. "
            "It can be assumed that the bombers were BNP militants.")  # fmt: skip
    event = main_event(events_of(text))
    assert event is not None and event.actor1.name == "BNP: Bangladesh Nationalist Party Militia"


@pytest.mark.parametrize(
    "text",
    ["Two unknown persons fired at a shopkeeper in Lahore on Friday, killing him.",
     "A farmer was beaten by three men near his field in Sindh."],
)  # fmt: skip
def test_the_doer_of_violence_is_never_civilians(events_of: Events, text: str) -> None:
    event = main_event(events_of(text))
    assert event is not None and event.acled_type == "Violence against civilians"
    assert event.actor1.name == "Unidentified Armed Group (Pakistan)"


@pytest.mark.parametrize(
    "text",
    ["In Kharan, Frontier Corps troops shot dead two militants belonging to separatist outfits.",
     "In Kalat, security forces killed three separatist militants during an exchange of fire.",
     "In Kalat, Frontier Corps troops shot dead two militants believed to belong to separatist outfits.",
     "In Kalat, Frontier Corps troops shot dead two militants of outlawed groups with separatist links."],
)  # fmt: skip
def test_separatists_in_pakistan_are_the_baloch_separatists(events_of: Events, text: str) -> None:
    event = main_event(events_of(text))
    assert event is not None and event.actor2 is not None
    assert event.actor2.name == "Baloch Separatists (Pakistan)"


@pytest.mark.parametrize(
    ("text", "actor2"),
    [("Militants stormed a checkpost near Parachinar on Monday, killing one official.", "Military Forces of Pakistan"),
     ("Militants stormed a checkpost near Kupwara on Monday, killing one official.", "Police Forces of India")],
)  # fmt: skip
def test_a_checkpost_hit_is_manned_by_the_country_s_security_forces(events_of: Events, text: str, actor2: str) -> None:
    event = main_event(events_of(text))
    assert event is not None and event.actor2 is not None
    assert event.actor2.name == actor2


def test_soldiers_hit_stay_the_military_whatever_the_country_s_posts() -> None:
    victim = _state_victims({"soldiers", "killed"}, default_actor_base(), "PK")
    assert victim is not None and victim.name == "Military Forces of Pakistan"


def test_militants_of_a_kind_of_group_the_country_does_not_read_stay_unidentified(events_of: Events) -> None:
    event = main_event(events_of("In Lahore, police shot dead two gunmen belonging to criminal outfits."))
    assert event is not None and event.actor2 is not None
    assert event.actor2.name == "Unidentified Armed Group (Pakistan)"


def test_a_bomb_planted_by_a_suspected_group_is_that_group_s(events_of: Events) -> None:
    text = "In a Turbat bazaar, a bomb that suspected Baloch separatists had planted went off and killed a vendor."
    event = main_event(events_of(text))
    assert event is not None and event.actor1.name == "Baloch Separatists (Pakistan)"


@pytest.mark.parametrize(
    ("text", "actor2"),
    [("Violent clashes erupted between protesters and forces in Anantnag town on Friday.", "Police Forces of India"),
     ("Protesters pelted stones at soldiers deployed in Anantnag town on Friday.", "Military Forces of India")],
)  # fmt: skip
def test_unnamed_forces_that_met_a_crowd_are_the_police(events_of: Events, text: str, actor2: str) -> None:
    event = main_event(events_of(text))
    assert event is not None and event.acled_type == "Riots"
    assert event.actor2 is not None and event.actor2.name == actor2


@pytest.mark.parametrize(
    "text",
    ["Two men were shot dead in Feni during a clash between two rival factions of the Awami League.",
     "In Feni, a man died and ten got hurt when a clash broke out between two groups of Awami League activists of the area."],
)  # fmt: skip
def test_a_fight_between_factions_of_one_party_has_it_on_both_sides(events_of: Events, text: str) -> None:
    event = main_event(events_of(text))
    assert event is not None and event.acled_type == "Battles"
    assert event.actor1.name == "Bangladesh Awami League Militia"
    assert event.actor2 is not None and event.actor2.name == "Bangladesh Awami League Militia"


def test_a_party_abbreviation_in_brackets_is_no_second_side(events_of: Events) -> None:
    event = main_event(events_of(
        "A trader died in the clash between workers of Awami League (AL) and BNP at Kalipur market in Feni on Sunday."
    ))
    assert event is not None and event.acled_type == "Battles"
    assert {event.actor1.name, event.actor2.name if event.actor2 else None} == {
        "Bangladesh Awami League Militia", "BNP: Bangladesh Nationalist Party Militia"
    }


def test_a_misspelt_group_word_still_names_the_group(events_of: Events) -> None:
    event = main_event(events_of("Baloch Seperatists blew up a railway bridge near Sibi on Tuesday."))
    assert event is not None and event.actor1.name == "Baloch Separatists (Pakistan)"


def test_army_men_are_the_army(events_of: Events) -> None:
    event = main_event(events_of("Four army men died in a gunbattle with militants near Kupwara on Sunday."))
    assert event is not None and event.acled_type == "Battles"
    names = {event.actor1.name, event.actor2.name if event.actor2 else None}
    assert names == {"Military Forces of India", "Unidentified Armed Group (India)"}


@pytest.mark.parametrize(
    "text",
    ["Six Taliban fighters were killed and three others hurt in air strikes by the army in Kurram Agency.",
     "Eight militants were killed and several others wounded as fighter jets pounded their hideouts in Orakzai."],
)  # fmt: skip
def test_the_count_of_an_elided_passive_is_hurt_not_the_doer(events_of: Events, text: str) -> None:
    event = main_event(events_of(text))
    assert event is not None
    assert event.actor1.name == "Military Forces of Pakistan"


def test_a_count_opening_a_headline_with_a_bare_killed_suffered_it(events_of: Events) -> None:
    event = main_event(events_of("3 security personnel killed, 4 injured in bomb blast in Zhob"))
    assert event is not None and event.actor2 is not None
    assert event.actor1.name == "Unidentified Armed Group (Pakistan)"
    assert event.actor2.name == "Military Forces of Pakistan"


def test_foreign_forces_hit_people_the_base_does_not_know(events_of: Events) -> None:
    text = ("Near the border in Lalmonirhat, a Bangladeshi farmer was shot dead and a second one wounded by members"
            " of the Indian Border Security Force (BSF).")
    event = main_event(events_of(text))
    assert event is not None
    assert event.actor1.name == "Military Forces of India"


def _main(events: list[Event]) -> Event:
    event = main_event(events)
    assert event is not None
    return event


def test_the_army_named_by_its_algerian_initials(events_of: Events) -> None:
    event = _main(events_of("A unit of the ANP killed a militant in an ambush near Tizi Ouzou, Algeria."))
    assert event.actor1 is not None and event.actor1.name == "Military Forces of Algeria"


def test_an_identity_group_under_another_spelling(events_of: Events) -> None:
    event = _main(events_of("Soldiers clashed with Rizaygat militia near Ed Daein, killing four."))
    assert {a.name for a in (event.actor1, event.actor2) if a} == {
        "Military Forces of Sudan", "Rizeigat Ethnic Militia (Sudan)"}


def test_a_village_spacy_calls_an_organisation_is_no_actor(events_of: Events) -> None:
    event = _main(events_of("Troops met Boko Haram fighters at Kura Dalori where they killed three of them."))
    names = {a.name for a in (event.actor1, event.actor2) if a}
    assert not any("Dalori" in name for name in names)


def test_the_others_hurt_beside_a_passive_are_victims(events_of: Events) -> None:
    event = _main(events_of("A policeman was killed and two soldiers injured in a roadside bomb blast in Kandahar."))
    assert event.actor1 is not None and event.actor1.name.startswith("Unidentified Armed Group")
    assert event.actor2 is not None and event.actor2.type == "State forces"


def test_a_partner_of_the_troops_is_not_the_militants(events_of: Events) -> None:
    event = _main(events_of("Soldiers and the Civilian JTF on patrol near Konduga killed five militants."))
    assert event.actor2 is not None and event.actor2.name != "Civilian Joint Task Force"


def test_militants_the_army_fights_near_lake_chad_in_2015_are_boko_haram(events_of: Events) -> None:
    event = _main(events_of("Troops killed seven militants in an operation near Gwoza, Borno State.", "2015-05-04"))
    assert event.actor2 is not None and event.actor2.name == "Boko Haram"
    later = _main(events_of("Troops killed seven militants in an operation near Gwoza, Borno State.", "2019-05-04"))
    assert later.actor2 is not None and later.actor2.name != "Boko Haram"


@pytest.mark.parametrize(
    ("text", "group", "actor_type"),
    [("Soldiers clashed with the new rebel group KWLF near Yambio, killing three fighters.", "KWLF", "Rebel group"),
     ("Heavy fighting broke out between the army and a militia called DPRM in Bor.", "DPRM", "Political militia")],
)  # fmt: skip
def test_initials_after_an_armed_group_noun_name_a_new_group(events_of: Events, text: str, group: str,
                                                            actor_type: str) -> None:
    event = _main(events_of(text))
    named = [a for a in (event.actor1, event.actor2) if a is not None and a.name == group]
    assert named and named[0].type == actor_type


def test_initials_after_an_unarmed_group_noun_are_left_alone(events_of: Events) -> None:
    event = _main(events_of("The student group KSFU held a march in Shillong against the new fees."))
    assert all(a is None or a.name != "KSFU" for a in (event.actor1, event.actor2))


def test_a_clash_in_a_village_with_no_side_named_is_communal(events_of: Events) -> None:
    event = _main(events_of("Two farmers were killed and nine more injured during a clash over a land dispute at "
                            "Dhanpur village in Bogura district on Sunday."))
    assert event.actor1 is not None and event.actor1.name == "Dhanpur Communal Militia"


def test_troopers_belonging_to_a_named_force_are_that_force(events_of: Events) -> None:
    event = _main(events_of("Militants threw a grenade towards a party of paramilitary troopers belonging to the "
                            "Central Reserve Police Force (CRPF) in Kulgam town."))
    assert event.actor2 is not None and event.actor2.name == "Police Forces of India"


def test_the_left_front_is_an_alliance_of_parties_not_a_rebel_front(events_of: Events) -> None:
    events = events_of("Supporters of the Left Front were baton-charged by police in Kolkata while demanding higher wages.")
    assert all(e.actor1 is None or e.actor1.type != "Rebel group" for e in events)
    assert all(e.actor2 is None or e.actor2.type != "Rebel group" for e in events)


def test_the_shan_state_army_named_without_its_wing(events_of: Events) -> None:
    event = _main(events_of("SSA troops ambushed a column of Myanmar soldiers near Namtu.", "2015-03-02"))
    assert {a.name for a in (event.actor1, event.actor2) if a} == {"SSA: Shan State Army", "Military Forces of Myanmar"}


def test_troops_of_a_country_serving_in_the_au_mission_in_somalia_are_the_mission(events_of: Events) -> None:
    text = "Al-Shabaab fighters shelled a base of Kenyan troops in Dhobley, Lower Juba, on Monday."
    event = _main(events_of(text, "2016-05-02"))
    assert event.actor2 is not None and event.actor2.name == "African Union Mission in Somalia"
    before = _main(events_of(text, "2011-11-02"))  # Kenya's own offensive, before it joined the mission
    assert before.actor2 is not None and before.actor2.name == "Military Forces of Kenya"


def test_two_groups_named_inside_one_subject_phrase_fight_each_other(events_of: Events) -> None:
    event = _main(events_of("NDC-R and FDLR-Nyatura coalition fighters clashed near Kashuga on Friday.", "2016-09-02"))
    assert {a.name for a in (event.actor1, event.actor2) if a} == {
        "NDC-R: Nduma Defence of Congo (Renewal)",
        "Nyatura-FDLR Coalition: Nyatura -Democratic Forces for the Liberation of Rwanda"}


def test_a_coalition_of_two_groups_is_one_actor(events_of: Events) -> None:
    event = _main(events_of("Gunmen of the APCLS-Nyatura coalition raided an army position near Nyabiondo.",
                            "2016-01-02"))
    assert event.actor1 is not None and event.actor1.name.startswith("Nyatura-APCLS Coalition")


def test_two_states_sharing_one_force_noun_are_both_sides_in_text_order(events_of: Events) -> None:
    event = _main(events_of("Eritrean and Ethiopian troops exchanged fire along the border near Zalambessa."))
    assert event.actor1 is not None and event.actor1.name == "Military Forces of Eritrea"
    assert event.actor2 is not None and event.actor2.name == "Military Forces of Ethiopia"


def test_a_named_group_killed_in_a_gun_battle_fought_the_forces(events_of: Events) -> None:
    event = _main(events_of("A Hizbul Mujahideen commander was killed in a gun battle in Tral on Sunday. Police and "
                            "army had cordoned off the village at dawn."))
    assert event.actor1 is not None and event.actor1.name.startswith("HM")
    assert event.actor2 is not None and event.actor2.type == "State forces"


def test_a_fight_between_a_groups_factions_stays_within_the_group(events_of: Events) -> None:
    event = _main(events_of("Two cadres were killed when two factions of the NSCN-K clashed in a gun battle in Mon."))
    assert event.actor1 is not None and event.actor2 is not None and event.actor1.name == event.actor2.name


def test_the_peoples_liberation_army_near_manipur_is_the_manipuri_group(events_of: Events) -> None:
    event = _main(events_of("Indian troops ambushed People's Liberation Army militants near Moreh, killing three."))
    assert event.actor2 is not None and event.actor2.name == "PLA: People's Liberation Army of Manipur"


def test_an_armed_outfit_is_a_described_group(events_of: Events) -> None:
    event = _main(events_of("A police patrol exchanged fire with an underground armed outfit near Birgunj on Friday."))
    assert event.actor2 is not None and event.actor2.name.startswith("Unidentified Armed Group")


@pytest.mark.parametrize(
    ("text", "name"),
    [("Army troops shelled SPLA/O-IO positions near Nasir on Monday.", "Sudan People's Liberation Movement/Army-in-Opposition"),
     # in South Sudan's civil war the armed opposition is the SPLA-IO's (the country's reading of the words)
     ("Opposition forces opened fire on an army post near Juba.", "Sudan People's Liberation Movement/Army-in-Opposition")],
)  # fmt: skip
def test_the_armed_opposition_named_by_its_initials_or_its_camp(events_of: Events, text: str, name: str) -> None:
    event = _main(events_of(text, "2016-07-04"))
    assert name in {a.name for a in (event.actor1, event.actor2) if a}


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (("A roadside bomb killed two soldiers near Arish on Monday. The Islamic State-affiliated group Sinai "
          "Province claimed the attack."), "Islamic State Sinai Province"),
        ("Al-Qaeda-linked fighters of Ansar Dine attacked a Malian army post near Kidal on Monday.", "Ansar Dine"),
        ("Islamic State affiliate Sinai Province said its fighters shot dead a priest in Arish on Monday.",
         "Islamic State Sinai Province"),
    ],
)  # fmt: skip
def test_a_group_named_as_another_s_affiliate_is_itself(events_of: Events, text: str, group: str) -> None:
    event = _main(events_of(text, "2016-06-20"))
    assert group in {a.name for a in (event.actor1, event.actor2) if a is not None}
    assert "Islamic State" not in {a.name for a in (event.actor1, event.actor2) if a is not None}


def test_a_participle_describing_the_victims_is_not_the_main_event(events_of: Events) -> None:
    # the parser makes "posted" the root and "were shot" its conjunct
    event = _main(events_of("Three constables deployed for the protection of a bank were shot dead near Mardan on Monday."))
    assert event.evidence.trigger == "shot" and event.acled_type != "Strategic developments"
    assert event.actor1 is not None and event.actor1.name.startswith("Unidentified Armed Group")


def test_the_others_hurt_beside_named_victims_are_of_their_kind(events_of: Events) -> None:
    event = _main(events_of("Six fighters were killed and four others injured by a US drone strike near Miranshah "
                            "on Friday."))
    assert event.actor1 is not None and "United States" in event.actor1.name
    assert event.actor2 is not None and event.actor2.type != "Civilians"


def test_a_gerund_listed_after_a_noun_is_no_verb_of_the_victims(events_of: Events) -> None:
    # the parser joins "shelling" to "were killed" as a verb
    event = _main(events_of("Two villagers were killed in Kupwara in a string of firefights and shelling over the "
                            "weekend between Indian and Pakistani troops."))
    assert event.acled_type == "Battles"
    assert {a.name for a in (event.actor1, event.actor2) if a} == {"Military Forces of India", "Military Forces of Pakistan"}


@pytest.mark.parametrize(
    ("text", "name"),
    [("Police rounded up 150 hartal enforcers in Sylhet on Sunday.", "Protesters (Bangladesh)"),
     ("Security men detained nearly 60 bandh enforcers from the highway near Birgunj.", "Protesters (Nepal)"),
     ("Police detained 35 strike organisers in Bogra on Monday.", "Protesters (Bangladesh)")],
)  # fmt: skip
def test_the_enforcers_and_organisers_of_a_shutdown_are_its_protesters(events_of: Events, text: str, name: str) -> None:
    event = _main(events_of(text))
    assert event.actor2 is not None and event.actor2.name == name


def test_law_enforcement_officers_are_the_police(events_of: Events) -> None:
    event = _main(events_of("Three law enforcement officers were wounded by a gang of robbers near Battambang, Cambodia."))
    assert event.actor2 is not None and event.actor2.name == "Police Forces of Cambodia"


def test_the_other_side_of_an_exchange_of_fire_hung_on_its_noun(events_of: Events) -> None:
    # the parser hangs "with the soldiers" on "fire", not on "exchanged"
    event = _main(events_of("A band of smugglers exchanged fire with soldiers near the border post of Aweil, South Sudan."))
    assert event.actor2 is not None and event.actor2.name == "Military Forces of South Sudan"


def test_a_count_read_as_a_prepositional_object_is_the_object(events_of: Events) -> None:
    # "over" parsed as a preposition, "rebels" as its object
    event = _main(events_of("Troops on Monday arrested over a 40 suspected rebels in a sweep near Beni, Congo."))
    assert event.actor2 is not None and event.actor2.name.startswith("Rebels")


