"""ACLED's role-based conventions and the event kinds they need, on sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sigacts.evaluation.base import main_event
from sigacts.records import Event

Events = Callable[..., list[Event]]


def _main(events_of: Events, text: str) -> Event:
    event = main_event(events_of(text))
    assert event is not None, text
    return event


@pytest.mark.parametrize(
    "text",
    [
        "Nurses protested outside the main hospital in Lahore on Monday over unpaid salaries.",
        "Members of a traders' union staged a sit-in outside the municipal office in Multan.",
        "Hundreds of students brought out a procession in Rajshahi demanding a new exam schedule.",
        "Bus drivers went on strike in Karachi to demand better pay.",
        "Teachers took to the streets of Lahore on Tuesday.",
    ],
)
def test_demonstrations_are_peaceful_protests_by_protesters(events_of: Events, text: str) -> None:
    event = _main(events_of, text)
    assert (event.acled_type, event.acled_subtype) == ("Protests", "Peaceful protest")
    assert event.actor1.name == "Protesters (Pakistan)" or event.actor1.name == "Protesters (Bangladesh)"
    assert event.actor2 is None


def test_the_organiser_of_a_protest_is_an_associated_actor(events_of: Events) -> None:
    event = _main(events_of, "Supporters of Hezbollah rallied in Beirut on Friday against the new tax.")
    assert event.actor1.name == "Protesters (Lebanon)"
    assert "Hezbollah" in {a.name for a in event.assoc_actors}


def test_police_response_makes_a_protest_with_intervention(events_of: Events) -> None:
    events = events_of("Police fired tear gas at farmers who were protesting near Multan on Sunday.")
    coded = [e for e in events if e.acled_type]
    assert len(coded) == 1  # the police action is part of the protest event, not a second event
    assert coded[0].acled_subtype == "Protest with intervention"
    assert coded[0].actor1.name == "Protesters (Pakistan)"
    assert coded[0].actor2 is not None and coded[0].actor2.name == "Police Forces of Pakistan"


def test_live_fire_on_protesters_is_excessive_force(events_of: Events) -> None:
    event = _main(events_of, "Police shot dead two students who were protesting in Multan on Sunday.")
    assert event.acled_subtype == "Excessive force against protesters"


def test_stone_throwing_by_party_workers_is_a_riot(events_of: Events) -> None:
    event = _main(events_of, "Party workers pelted stones at a police station in Multan on Monday.")
    assert event.acled_type == "Riots"
    assert event.actor1.name == "Rioters (Pakistan)"


def test_arson_by_unnamed_people_is_a_riot(events_of: Events) -> None:
    event = _main(events_of, "Two buses were set ablaze in Rajshahi on Sunday night.")
    assert event.acled_type == "Riots"


def test_killing_without_a_named_doer_is_an_unidentified_attack_on_civilians(events_of: Events) -> None:
    event = _main(events_of, "A shopkeeper was shot dead in Multan on Sunday.")
    assert (event.acled_type, event.acled_subtype) == ("Violence against civilians", "Attack")
    assert event.actor1.name == "Unidentified Armed Group (Pakistan)"
    assert event.actor2 is not None and event.actor2.name == "Civilians (Pakistan)"
    assert event.fatalities is not None and event.fatalities.best == 1


def test_attack_on_a_village_is_violence_against_civilians(events_of: Events) -> None:
    event = _main(events_of, "Gunmen attacked a village near Maiduguri on Friday.")
    assert event.acled_type == "Violence against civilians"


def test_passive_arrests_are_made_by_the_police(events_of: Events) -> None:
    event = _main(events_of, "Five activists were arrested in Multan on Sunday.")
    assert event.acled_subtype == "Arrests"
    assert event.actor1.name == "Police Forces of Pakistan"


def test_accidental_explosion_is_not_an_attack(events_of: Events) -> None:
    events = events_of("A gas cylinder explosion at a restaurant in Multan killed three people.")
    assert not [e for e in events if e.acled_type]


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        ("Government forces used chlorine gas against rebels in Douma, activists said.", "Chemical weapon"),
        ("Militants hurled a grenade at a police patrol in Srinagar on Monday.", "Grenade"),
        ("Soldiers defused a roadside bomb near Kandahar on Tuesday.", "Disrupted weapons use"),
        ("Turkish forces established a new military post near Idlib on Monday.", "Headquarters or base established"),
        ("Militiamen raped two women in a village near Bentiu.", "Sexual violence"),
    ],
)
def test_sub_types_from_weapons_and_actions(events_of: Events, text: str, sub_type: str) -> None:
    assert _main(events_of, text).acled_subtype == sub_type


@pytest.mark.parametrize(
    "text",
    [
        "Aerial strikes by the Pakistani Airforce killed six militants in the Tirah valley on Monday.",
        "The military started an aerial offensive in the agency, killing nine fighters.",
    ],
)
def test_strikes_from_the_air_are_air_strikes(events_of: Events, text: str) -> None:
    event = _main(events_of, text)
    assert (event.acled_type, event.acled_subtype) == ("Explosions/Remote violence", "Air/drone strike")


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked a police post in Zhob by opening fire on it and throwing a hand grenade at the guards.",
        "The fighters raided an army camp near Lashio with gunfire, mortars and grenade launchers.",
    ],
)
def test_blasts_in_an_attack_with_gunfire_on_forces_are_an_armed_clash(events_of: Events, text: str) -> None:
    event = _main(events_of, text)
    assert (event.acled_type, event.acled_subtype) == ("Battles", "Armed clash")


def test_a_grenade_without_gunfire_stays_a_grenade_attack(events_of: Events) -> None:
    event = _main(events_of, "Militants lobbed a grenade at a police picket in Sopore on Friday.")
    assert (event.acled_type, event.acled_subtype) == ("Explosions/Remote violence", "Grenade")


def test_labour_strike_is_not_an_air_strike(events_of: Events) -> None:
    events = events_of("Dock workers began a hunger strike in Chittagong on Monday.")
    assert [e.plover_type for e in events] == ["PROTEST"]


def test_unnamed_doer_without_a_country_still_has_a_name_and_type(events_of: Events) -> None:
    events = [e for e in events_of("A man was shot dead on Sunday night.") if e.plover_type == "ASSAULT"]
    assert events
    assert events[0].actor1.name == "Unidentified Armed Group"
    assert events[0].actor1.type == "Political militia"
    assert events[0].actor2 is not None and events[0].actor2.type == "Civilians"


@pytest.mark.parametrize(
    "text",
    [
        "A group of weavers from Sangla taluk protested against the closure of the spinning mill.",
        "Nurses in Larkana protested outside the civil hospital against the delay in salaries by the department.",
        "A demonstration was staged by jobless teachers in front of the ministry in Colombo.",
        "Demonstrations were held in Kandy and Galle urging the police to find the killers of a teacher.",
    ],
)
def test_a_protest_whose_crowd_the_parse_lost_is_still_a_protest(events_of: Events, text: str) -> None:
    event = _main(events_of, text)
    assert (event.acled_type, event.actor1.type) == ("Protests", "Protesters")


@pytest.mark.parametrize(
    "text",
    [
        "Traders held a sit-in in Multan against the arrest of two men who had rioted at the bazaar.",
        "Students protested in Lahore over the violence of party activists who pelted stones at a hostel.",
        "Party workers staged a protest in Patna by burning posters of the chief minister.",
        "Over a hundred teachers protested in Quetta against the clashes at the university last week.",
    ],
)
def test_violence_a_protest_is_about_does_not_make_it_a_riot(events_of: Events, text: str) -> None:
    assert _main(events_of, text).acled_type == "Protests"


@pytest.mark.parametrize(
    "text",
    [
        "Villagers held a protest in Sylhet against the power cuts and burned tyres on the highway.",
        "Hundreds of farmers protested outside the collectorate in Nashik. They also clashed with the police.",
        "A dozen policemen got hurt when marchers opposing a new tax fought them in Quetta.",
        "A march by the opposition alliance in Multan against the new tax turned violent on Monday.",
    ],
)
def test_protesters_who_use_violence_riot(events_of: Events, text: str) -> None:
    assert _main(events_of, text).acled_type == "Riots"


def test_a_protest_that_avoided_clashes_stays_peaceful(events_of: Events) -> None:
    text = "About 250 traders marched to the district office in Sahiwal. Extra police stood by there to avert any clash."
    assert _main(events_of, text).acled_type == "Protests"


def test_a_deadly_clash_of_village_groups_is_a_battle(events_of: Events) -> None:
    event = _main(events_of, "A shopkeeper was killed when two rival groups fought over a disputed plot in Bogra.")
    assert event.acled_type == "Battles"


@pytest.mark.parametrize(
    "text",
    [
        "Two men died and six were hurt when rival groups of villagers clashed in Bogra.",
        "A party worker was shot dead on Sunday as two factions of his party clashed in Nadia.",
        "A youth died on Friday when neighbours clashed over a disputed pond near Bogra.",
    ],
)
def test_a_deadly_fight_of_two_groups_is_a_battle_not_an_attack_or_a_riot(events_of: Events, text: str) -> None:
    assert _main(events_of, text).acled_type == "Battles"


def test_a_deadly_clash_of_villagers_with_police_is_no_battle_of_groups(events_of: Events) -> None:
    text = "A college student died near Naogaon when villagers fought a clash with the police over disputed farmland."
    assert _main(events_of, text).acled_type != "Battles"


def test_a_killing_by_party_men_outside_a_protest_is_violence_against_civilians(events_of: Events) -> None:
    event = _main(events_of, "A shopkeeper was beaten to death by ruling party activists in Nadia on Sunday.")
    assert event.acled_type == "Violence against civilians"


def test_a_lynching_by_a_mob_is_mob_violence(events_of: Events) -> None:
    event = _main(events_of, "Two shopkeepers were beaten to death by an angry mob in Nadia on Sunday.")
    assert (event.acled_type, event.acled_subtype) == ("Riots", "Mob violence")


def test_a_brawl_without_deaths_stays_a_riot(events_of: Events) -> None:
    event = _main(events_of, "Two rival groups of villagers clashed over a land dispute in Bogra, injuring ten.")
    assert event.acled_type == "Riots"


def test_civilians_killed_in_an_exchange_of_fire_died_in_a_battle(events_of: Events) -> None:
    text = "Two civilians were killed by militants in Kupwara during an exchange of fire with troops on Sunday."
    assert _main(events_of, text).acled_type == "Battles"


def test_an_armed_attack_with_no_armed_target_is_violence_against_civilians(events_of: Events) -> None:
    event = _main(events_of, "Armed assailants followed a councillor down a lane in Gaya and killed him.")
    assert event.acled_type == "Violence against civilians"


@pytest.mark.parametrize(
    "text",
    [
        # plain people read as the doers of a shooting
        "Unidentified men on motorbikes fired upon two shop owners sitting outside a bakery in Mardan, killing both.",
        "Heavy gunfire was heard in Jijiga town, leaving several people injured.",
        # the police only told of the shooting
        "A tailor was shot dead in Quetta on Sunday. Police said two men on a motorbike attacked him and fled.",
    ],
)
def test_a_shooting_with_no_armed_side_hits_civilians(events_of: Events, text: str) -> None:
    event = _main(events_of, text)
    assert event.acled_type == "Violence against civilians"
    assert event.actor2 is not None and event.actor2.name.startswith("Civilians")


def test_unarmed_people_in_a_named_fight_stay_no_victims(events_of: Events) -> None:
    event = _main(events_of, "Villagers fired shots during a fight over a pond in Bogra, and two died.")
    assert event.acled_type != "Violence against civilians"


def test_a_bomb_planted_by_rebels_stays_an_explosion(events_of: Events) -> None:
    event = _main(events_of, "Militants of the Kachin Independence Army detonated a roadside bomb near Myitkyina.")
    assert event.acled_type == "Explosions/Remote violence"


def test_an_attack_on_soldiers_named_in_the_next_sentence_is_a_battle(events_of: Events) -> None:
    event = _main(events_of, "A military convoy came under attack near Gao on Monday. Three soldiers were killed.")
    assert event.acled_type == "Battles"


def test_a_planned_state_act_does_not_make_a_protest_an_intervention(events_of: Events) -> None:
    event = _main(events_of, "Priests in Mathura started a protest against a state plan to seize control of the temple.")
    assert (event.acled_type, event.acled_subtype) == ("Protests", "Peaceful protest")


def test_skirmishes_have_two_sides_and_are_no_one_sided_attack(events_of: Events) -> None:
    event = _main(events_of, "Skirmishes broke out between rioters and the police in Gweru on Monday.")
    assert event.acled_type != "Violence against civilians"


@pytest.mark.parametrize(
    "text",
    [
        "Nurses staged a protest outside the hospital in Multan on Monday. Police stopped them from marching on.",
        "Shopkeepers held a sit-in on the main road in Multan. Police were deployed.",
        "Party workers demonstrated in Multan on Monday and were later detained by police.",
        "Police on Sunday foiled a procession of opposition activists in Multan.",
        "Teachers marched towards the assembly in Multan and clashed with the police.",
        "Villagers protested in Multan on Monday over a demolition drive. Four policemen were injured.",
        "Farmers blocked the highway near Multan on Monday and pelted stones at the police.",
        "Lawyers marched towards the high court in Multan on Monday. The police set up barricades to stop them.",
        "Clerks staged a sit-in outside the secretariat in Multan on Monday. Several protesters were arrested.",
        "Nurses marched towards the assembly in Multan on Monday. Police lobbed tear gas at the marchers.",
        "Traders protested in Multan on Monday. Police and the marchers clashed near the clock tower.",
        "Students rallied in Multan on Monday, jostling with policemen at the university gate.",
        "Farmers rallied in Multan on Monday. Police and FC personnel resorted to a baton charge.",
    ],
)
def test_police_acting_on_a_protest_in_any_nearby_sentence_are_its_actor2(events_of: Events, text: str) -> None:
    event = _main(events_of, text)
    assert event.acled_type in ("Protests", "Riots")
    assert event.actor2 is not None and event.actor2.name == "Police Forces of Pakistan"


@pytest.mark.parametrize(
    "text",
    [
        "Traders protested in Multan on Monday against police inaction over a string of thefts.",
        "Students demonstrated in Multan demanding the release of classmates arrested by police last month.",
        "Villagers protested in Multan on Monday over the killing of a farmer in police firing.",
        "Traders protested in Multan on Monday demanding the release of two shopkeepers who were arrested last week.",
    ],
)
def test_police_the_protest_is_about_are_not_its_actor2(events_of: Events, text: str) -> None:
    event = _main(events_of, text)
    assert event.acled_type == "Protests"
    assert event.actor2 is None


def test_troops_meeting_a_protest_are_read_in_the_country(events_of: Events) -> None:
    event = _main(events_of, "Residents protested in Quetta on Monday. Security forces dispersed them.")
    assert event.actor2 is not None and event.actor2.name == "Military Forces of Pakistan"


@pytest.mark.parametrize(
    "text",
    [
        "Ten people got hurt in Sylhet when Chhatra League and Chhatra Dal activists clashed.",
        "RSS members clashed with Muslims over a procession route in Jaipur on Sunday.",
    ],
)
def test_both_sides_of_a_brawl_between_unarmed_people_are_rioters(events_of: Events, text: str) -> None:
    event = _main(events_of, text)
    assert event.acled_type == "Riots"
    assert event.actor2 is not None and event.actor2.name == event.actor1.name
    assert event.actor1.name in ("Rioters (Bangladesh)", "Rioters (India)")


def test_a_named_party_on_the_other_side_of_a_brawl_stays_associated(events_of: Events) -> None:
    event = _main(events_of, "Jubo League activists clashed with Chhatra Dal activists in Sylhet on Monday.")
    assert event.actor2 is not None and event.actor2.name == "Rioters (Bangladesh)"
    sides = {a.name: a.side for a in event.assoc_actors}
    assert sides.get("JCD: Jatiyatabadi Chhatra Dal") == 2  # with the rioters of actor2


def test_a_brawl_broken_up_by_police_has_the_police_as_actor2(events_of: Events) -> None:
    event = _main(events_of, "Supporters of two parties clashed in Multan on Monday. Police intervened to stop them.")
    assert event.actor2 is not None and event.actor2.name == "Police Forces of Pakistan"


def test_violence_at_each_other_is_rioters_on_both_sides_even_with_police_about(events_of: Events) -> None:
    text = "Two rival groups of party workers hurled crude bombs at each other in Kolkata on Monday. Police were deployed."
    event = _main(events_of, text)
    assert event.actor2 is not None and event.actor2.name == "Rioters (India)"


def test_people_a_riot_hurt_are_civilians(events_of: Events) -> None:
    event = _main(events_of, "Assailants torched a bus in Rajshahi on Sunday, and two passengers suffered burn injuries.")
    assert event.acled_type == "Riots"
    assert event.actor2 is not None and event.actor2.name == "Civilians (Bangladesh)"


def test_people_hurt_in_the_next_sentence_of_a_riot_are_civilians(events_of: Events) -> None:
    event = _main(events_of, "A mob torched a minibus in Rajshahi on Sunday night. Three passengers were burnt.")
    assert event.acled_type == "Riots"
    assert event.actor2 is not None and event.actor2.name == "Civilians (Bangladesh)"


@pytest.mark.parametrize(
    "text",
    [
        "A suicide blast outside a district court in Mardan caused the deaths of five people and injured 30.",
        "Two men were doused in kerosene and set alight by a crowd in Mthatha for allegedly stealing a goat.",
    ],
)
def test_hurt_told_by_a_bare_count_or_a_passive_are_civilians(events_of: Events, text: str) -> None:
    event = _main(events_of, text)
    assert event.actor2 is not None and event.actor2.name.startswith("Civilians")


def test_policemen_a_riot_hurt_are_not_civilians(events_of: Events) -> None:
    riots = [e for e in events_of("A mob torched a police van in Rajshahi on Sunday; two policemen were injured.")
             if e.acled_type == "Riots"]  # fmt: skip
    assert riots
    assert all(e.actor2 is None or e.actor2.name != "Civilians (Bangladesh)" for e in riots)


def test_a_crowd_torching_a_vehicle_has_no_second_actor(events_of: Events) -> None:
    # ACLED codes a crowd's torching of buses and trucks as mob violence with no one on the other side
    event = _main(events_of, "Blockaders torched a truck on the highway in Bogra on Monday night.")
    assert event.acled_type == "Riots"
    assert event.actor2 is None


def test_a_bomb_that_damaged_a_passenger_train_targets_civilians(events_of: Events) -> None:
    text = "A passenger train sustained minor damage from a bomb blast near Sibi; militants had planted an IED beside the track."
    event = _main(events_of, text)
    assert event.acled_type == "Explosions/Remote violence"
    assert event.actor2 is not None and event.actor2.name == "Civilians (Pakistan)"


def test_people_a_bomb_injured_in_the_sentence_before_are_civilians(events_of: Events) -> None:
    text = "About twenty explosions rocked Yala on Monday, injuring 12 people. Insurgents are suspected of planting the bombs."
    event = _main(events_of, text)
    assert event.actor2 is not None and event.actor2.name == "Civilians (Thailand)"


def test_a_bomb_that_injured_civilians_has_civilians_on_its_other_side(events_of: Events) -> None:
    event = _main(events_of, "A planted bomb went off in Silchar in Assam on Monday, which injured four civilians.")
    assert event.actor2 is not None and event.actor2.name == "Civilians (India)"


@pytest.mark.parametrize(
    "text",
    ["Party supporters barged into a polling booth in Vadodara and both groups began pelting stones.",
     "Villagers of one hamlet threw stones at a temple procession in Rajkot. In retaliation, the marchers also threw stones."],
)  # fmt: skip
def test_a_riot_whose_other_side_answered_has_rioters_on_both_sides(events_of: Events, text: str) -> None:
    event = _main(events_of, text)
    assert event.acled_type == "Riots"
    assert event.actor2 is not None and event.actor2.name == "Rioters (India)"


def test_people_a_bombing_hurt_are_civilians(events_of: Events) -> None:
    # (Crude bombs thrown by unknown men are a riot, see below; one left to go off is an explosion.)
    text = "A bomb planted by unknown assailants exploded near a college in Rajshahi; five people suffered splinter injuries."
    event = _main(events_of, text)
    assert event.acled_type == "Explosions/Remote violence"
    assert event.actor2 is not None and event.actor2.name == "Civilians (Bangladesh)"


def test_harm_denied_names_no_victims(events_of: Events) -> None:
    event = _main(events_of, "Unknown men set fire to a bus in Dhaka on Sunday. Nobody was injured.")
    assert event.acled_type == "Riots" and event.actor2 is None  # "nobody was injured": no civilians were hurt


def test_soldiers_a_bombing_hurt_are_not_civilians(events_of: Events) -> None:
    event = _main(events_of, "A roadside bomb went off in Pattani, wounding two soldiers.")
    assert event.actor2 is not None and event.actor2.name == "Military Forces of Thailand"


@pytest.mark.parametrize(
    "text",
    ["An explosion outside the bus terminal in Multan killed a sub inspector posted at the gate.",
     "A blast at the wholesale market in Quetta wounded two constables on patrol."],
)  # fmt: skip
def test_a_blast_that_hit_policemen_by_rank_is_an_attack_on_the_police(events_of: Events, text: str) -> None:
    event = _main(events_of, text)
    assert event.acled_type == "Explosions/Remote violence"
    assert event.actor2 is not None and event.actor2.name == "Police Forces of Pakistan"


def test_a_mine_set_off_in_a_named_country_hit_the_police_it_killed(events_of: Events) -> None:
    event = _main(events_of, "Naxal rebels detonated a mine in eastern India, killing two constables and wounding three more.")
    assert event.acled_type == "Explosions/Remote violence"
    assert event.actor2 is not None and event.actor2.name == "Police Forces of India"


def test_detectives_are_the_police(events_of: Events) -> None:
    event = _main(events_of, "Detectives arrested three men over the robbery in Khulna.")
    assert event.actor1.name == "Police Forces of Bangladesh"


def test_one_man_of_the_assam_rifles_is_a_soldier_not_a_civilian(events_of: Events) -> None:
    event = _main(events_of, "An Assam Rifle was shot dead by insurgents near Moreh on Tuesday.")
    assert event.acled_type == "Battles"
    assert event.actor2 is not None and event.actor2.name == "Military Forces of India"


@pytest.mark.parametrize(
    ("text", "forces"),
    [("The Special Task Force arrested two smugglers in Sathyamangalam forest in Erode district.", "Police Forces of India"),
     ("The Special Task Force arrested two drug dealers in Batticaloa on Monday.", "Police Forces of Sri Lanka")],
)  # fmt: skip
def test_a_special_task_force_is_the_police_of_the_events_country(events_of: Events, text: str, forces: str) -> None:
    assert _main(events_of, text).actor1.name == forces


def test_home_guards_are_the_police(events_of: Events) -> None:
    event = _main(events_of, "Three home guard jawans were hurt when a bomb went off near the bus stand in Tezpur.")
    assert event.actor2 is not None and event.actor2.name == "Police Forces of India"


def test_a_gas_blast_that_hit_a_constable_stays_an_accident(events_of: Events) -> None:
    events = events_of("A gas cylinder blast at a tea stall in Multan killed a constable.")
    assert not [e for e in events if e.acled_type]


def test_misspelt_policemen_are_still_the_police(events_of: Events) -> None:
    event = _main(events_of, "Two armed men shot dead three policement at a checkpoint in Quetta on Friday.")
    assert event.actor2 is not None and event.actor2.name == "Police Forces of Pakistan"


@pytest.mark.parametrize(
    "text",
    ["Police evicted the dam protesters from their tents outside the ministry in Mandalay.",
     "Police used cane charge on nurses who were protesting outside the hospital in Patna."],
)  # fmt: skip
def test_a_gathering_the_police_evicted_or_charged_is_a_protest_they_met(events_of: Events, text: str) -> None:
    event = _main(events_of, text)
    assert event.acled_type == "Protests"
    assert event.actor2 is not None and event.actor2.name.startswith("Police Forces of")


def test_sugar_cane_is_no_baton_charge(events_of: Events) -> None:
    event = _main(events_of, "Sugar cane growers blocked the highway near Meerut on Monday.")
    assert event.actor2 is None


def test_a_clash_between_people_and_law_enforcers_has_the_police_as_actor2(events_of: Events) -> None:
    text = "On Tuesday in Habiganj, a dozen were hurt as party activists fought a clash with law enforcers."
    event = _main(events_of, text)
    assert event.acled_type == "Riots"
    assert event.actor2 is not None and event.actor2.name == "Police Forces of Bangladesh"


def test_a_mob_punishing_suspected_thieves_is_vigilante_violence_against_civilians(events_of: Events) -> None:
    event = _main(events_of, "Two suspected cattle thieves were beaten to death by an angry mob in Nadia on Sunday.")
    assert (event.acled_type, event.acled_subtype) == ("Violence against civilians", "Attack")


def test_unknown_attackers_with_stones_are_rioters(events_of: Events) -> None:
    event = _main(events_of, "Unknown assailants attacked a minibus with stones outside a bottle store in Gweru on Friday.")
    assert (event.acled_type, event.acled_subtype) == ("Riots", "Mob violence")


def test_crude_bombs_thrown_by_unknown_men_are_a_riot(events_of: Events) -> None:
    event = _main(events_of, "Unknown miscreants hurled three crude bombs at a rickshaw stand in Rajshahi on Sunday.")
    assert (event.acled_type, event.acled_subtype) == ("Riots", "Mob violence")


@pytest.mark.parametrize(
    "text",
    [
        "Unknown miscreants exploded four crude bombs near a bus stand in Rajshahi on Sunday.",
        "Assailants hurled two cocktails at a shop in Natore on Monday evening.",
    ],
)
def test_crude_bombs_set_off_or_cocktails_thrown_by_unknown_men_are_a_riot(events_of: Events, text: str) -> None:
    assert _main(events_of, text).acled_type == "Riots"


def test_crude_bombs_set_off_by_militants_stay_remote_violence(events_of: Events) -> None:
    event = _main(events_of, "Militants exploded four crude bombs near a bus stand in Rajshahi on Sunday.")
    assert event.acled_type == "Explosions/Remote violence"


def test_a_grenade_thrown_by_unknown_men_stays_remote_violence(events_of: Events) -> None:
    event = _main(events_of, "Unknown attackers hurled a grenade at a police post in Srinagar on Sunday.")
    assert event.acled_type == "Explosions/Remote violence"


def test_people_killed_in_a_clash_over_land_died_in_a_battle(events_of: Events) -> None:
    event = _main(events_of, "Three men died and five were hurt in Sirajganj when a land dispute turned into a clash.")
    assert (event.acled_type, event.acled_subtype) == ("Battles", "Armed clash")


def test_people_only_hurt_in_a_clash_over_land_were_in_a_riot(events_of: Events) -> None:
    event = _main(events_of, "Ten people got hurt in Sirajganj on Monday when a land dispute turned into a clash.")
    assert event.acled_type == "Riots"


def test_two_groups_of_villagers_clashing_without_guns_riot(events_of: Events) -> None:
    event = _main(events_of, "Two groups clashed over water sharing in a village near Bharatpur, injuring several people.")
    assert event.acled_type == "Riots"


def test_militants_clashing_with_a_rival_faction_fight_a_battle(events_of: Events) -> None:
    assert _main(events_of, "Unidentified militants clashed with a rival faction near Wana.").acled_type == "Battles"


def test_a_campaign_named_to_date_an_attack_is_not_the_event(events_of: Events) -> None:
    event = _main(events_of, "On Tuesday (Day 9 of hartal) In Natore, masked youths torched three trucks near the bazaar.")
    assert event.acled_type == "Riots" and event.plover_type == "COERCE"


def test_a_campaign_day_with_no_other_act_is_still_the_protest(events_of: Events) -> None:
    event = _main(events_of, "The third day of the hartal enforced by the opposition was observed in Bogra.")
    assert event.acled_type == "Protests"


def test_a_procession_whose_marchers_set_off_bombs_is_a_violent_demonstration(events_of: Events) -> None:
    text = "Opposition activists took out a procession in Bogra on Monday. They set off crude bombs along the route too."
    assert (_main(events_of, text).acled_type, _main(events_of, text).acled_subtype) == ("Riots", "Violent demonstration")


def test_burning_copies_of_a_text_is_a_protest(events_of: Events) -> None:
    event = _main(events_of, "Opposition cadres burnt copies of the new draft constitution in Khalanga on Tuesday.")
    assert event.acled_type == "Protests"


def test_firing_and_shelling_across_a_border_is_a_battle(events_of: Events) -> None:
    event = _main(events_of, "Indian soldiers targeted Pakistani posts near Rajouri with firing and heavy mortar shelling on Friday.")
    assert (event.acled_type, event.acled_subtype) == ("Battles", "Armed clash")


def test_shelling_the_other_side_answers_is_a_battle_but_unanswered_shelling_is_not(events_of: Events) -> None:
    answered = "Militants fired mortar shells at an army post in Kupwara. The troops retaliated."
    unanswered = "Militants fired mortar shells at an army post in Kupwara. The troops did not retaliate."
    assert _main(events_of, answered).acled_type == "Battles"
    assert _main(events_of, unanswered).acled_type == "Explosions/Remote violence"


@pytest.mark.parametrize(
    "text",
    [
        "Clashes erupted in Janakpur on Tuesday as police tried to clear party cadres off a blocked highway.",
        "Street vendors clashed with the police near the railway station in Malda on Tuesday.",
    ],
)
def test_a_clash_of_unarmed_people_with_the_police_is_a_riot(events_of: Events, text: str) -> None:
    event = _main(events_of, text)
    assert event.acled_type == "Riots"
    assert event.actor2 is not None and event.actor2.type == "State forces"


def test_a_clash_of_militants_with_the_police_stays_a_battle(events_of: Events) -> None:
    assert _main(events_of, "Militants clashed with the police in Sopore on Monday.").acled_type == "Battles"


@pytest.mark.parametrize(
    "text",
    [
        "A strike of truck owners in Jessore district went into its third day on Wednesday.",
        "A 48-hour strike was imposed by a students' union across the hill districts on Monday.",
    ],
)
def test_a_strike_with_no_aircraft_or_missiles_is_a_workers_strike(events_of: Events, text: str) -> None:
    assert _main(events_of, text).acled_type == "Protests"


def test_an_air_strike_stays_an_air_strike(events_of: Events) -> None:
    event = _main(events_of, "Precision air strikes by the army killed six militants in the Tirah valley on Monday.")
    assert event.acled_subtype == "Air/drone strike"


def test_people_demanding_something_in_a_report_of_nothing_else_protested(events_of: Events) -> None:
    event = _main(events_of, "Residents of a village near Bogra demanded compensation for their flooded fields.")
    assert (event.acled_type, event.actor1.name) == ("Protests", "Protesters (Bangladesh)")


def test_a_party_demanding_something_makes_a_statement_not_a_protest(events_of: Events) -> None:
    assert main_event(events_of("The opposition party on Monday demanded the resignation of the minister.")) is None


def test_police_firing_on_a_mob_that_attacked_them_is_part_of_the_riot(events_of: Events) -> None:
    text = "In Nagaon on Friday an angry mob attacked the police, who opened fire to quell it, injuring two men."
    event = _main(events_of, text)
    assert event.acled_type == "Riots"
    assert event.actor2 is not None and event.actor2.type == "State forces"


def test_police_firing_on_protesters_is_excessive_force_against_the_protest(events_of: Events) -> None:
    event = _main(events_of, "Police opened fire at a crowd of protesters in Dang district on Tuesday, killing one of them.")
    assert (event.acled_type, event.acled_subtype) == ("Protests", "Excessive force against protesters")


def test_people_hurt_when_they_clashed_with_the_police_rioted(events_of: Events) -> None:
    event = _main(events_of, "At least ten bandh supporters were injured in Karimganj when they clashed with the police.")
    assert event.acled_type == "Riots"


def test_riot_police_do_not_make_a_protest_a_riot(events_of: Events) -> None:
    text = "Riot police blocked about fifty demonstrators from marching to the park to protest the evictions."
    assert _main(events_of, text).acled_type == "Protests"


def test_violence_done_to_the_protesters_relatives_is_no_violence_of_the_protest(events_of: Events) -> None:
    text = "In Multan the family of a girl who was beaten to death by her uncle staged a protest outside the press club."
    assert _main(events_of, text).acled_type == "Protests"


def test_a_suspected_kidnapper_lynched_by_villagers_is_violence_against_civilians(events_of: Events) -> None:
    event = _main(events_of, "Three suspected kidnappers were beaten to death by villagers in Pabna on Tuesday.")
    assert event.acled_type == "Violence against civilians"


def test_residents_blocking_a_site_protest(events_of: Events) -> None:
    event = _main(events_of, "Local residents blocked construction of a waste dump near Bogra on Monday.")
    assert event.acled_type == "Protests"


def test_students_laying_siege_to_an_office_protest(events_of: Events) -> None:
    text = "About 300 students besieged the university registrar's office in Ranchi for two hours on Monday."
    assert _main(events_of, text).acled_type == "Protests"


def test_rebels_laying_siege_to_a_town_is_no_protest(events_of: Events) -> None:
    assert _main(events_of, "Rebels laid siege to the town of Kidal on Monday.").acled_type != "Protests"


def test_workers_boycotting_their_duties_strike(events_of: Events) -> None:
    text = "Junior engineers of the power board continued to boycott their duties across Punjab over pay."
    assert _main(events_of, text).acled_type == "Protests"


def test_rebels_shooting_a_constable_fight_an_armed_side(events_of: Events) -> None:
    event = _main(events_of, "Naxals shot dead assistant constable Ramesh Kumar in Bijapur last night.")
    assert event.acled_type == "Battles"


def test_gunmen_shooting_shopkeepers_attack_civilians(events_of: Events) -> None:
    event = _main(events_of, "Gunmen shot dead shopkeeper Ramesh Kumar in Quetta last night.")
    assert event.acled_type == "Violence against civilians"


def test_party_men_beating_a_journalist_attack_a_civilian(events_of: Events) -> None:
    event = _main(events_of, "A journalist was beaten up by ruling party activists in Comilla on Thursday.")
    assert event.acled_type == "Violence against civilians"


def test_party_men_pelting_stones_riot(events_of: Events) -> None:
    event = _main(events_of, "Ruling party activists pelted stones at an opposition office in Comilla on Thursday.")
    assert event.acled_type == "Riots"


def test_a_sit_in_whose_people_later_attacked_others_became_a_riot(events_of: Events) -> None:
    text = ("Farmers from several villages began a sit-in against illegal mining near Hisar on Monday. "
            "After three hours, the farmers began attacking the miners.")
    assert _main(events_of, text).acled_type == "Riots"


def test_a_fighter_killed_in_a_gun_battle_with_forces_died_in_a_battle(events_of: Events) -> None:
    event = _main(events_of, "Security forces shot dead a Maoist cadre in a gun-battle in the forests of Bijapur district.")
    assert event.acled_type == "Battles"
def test_protesters_of_a_nationality_abroad_are_coded_by_their_nationality(events_of: Events) -> None:
    event = _main(events_of, "Hundreds of Eritrean refugees demonstrated outside the embassy in Nairobi on Monday.")
    assert event.actor1.name == "Protesters (Eritrea)"


def test_a_party_of_one_country_outweighs_a_town_name_read_abroad(events_of: Events) -> None:
    # "Delta" is also a town in Canada; the Chhatra League is a Bangladeshi students' wing
    event = _main(events_of, "Bangladesh Chhatra League activists staged a demonstration in Delta on Monday.")
    assert event.actor1.name == "Protesters (Bangladesh)"


def test_supporters_of_a_party_attacked_by_rioters_are_civilians(events_of: Events) -> None:
    event = _main(events_of, "A group of CPM workers attacked supporters of the Congress in Agartala on Sunday.")
    assert event.acled_type == "Riots"
    assert event.actor2 is not None and event.actor2.name == "Civilians (India)"
    assert any("Congress" in a.name for a in event.assoc_actors)


def test_forces_deployed_after_two_communities_clashed_are_not_a_side(events_of: Events) -> None:
    event = _main(events_of, "Two communities clashed over a land dispute in Jaipur on Sunday. Police were deployed.")
    assert event.actor2 is not None and event.actor2.name == "Rioters (India)"


def test_a_deadly_village_feud_is_fought_by_the_village_s_communal_militias(events_of: Events) -> None:
    text = "One villager was killed on Monday when two rival groups clashed over a pond at Kalipur village in Bogra."
    event = _main(events_of, text)
    assert event.acled_type == "Battles"
    assert event.actor1.name == "Kalipur Communal Militia"
    assert event.actor2 is not None and event.actor2.name == "Kalipur Communal Militia"


@pytest.mark.parametrize(
    "text",
    ["A farmer was killed and five were hurt in a clash over a land dispute at Dhanpur village in Natore on Friday.",
     "One man died and twenty got hurt as neighbours fought in a clash over a fishing pond in Dhanpur village of Pabna."],
)  # fmt: skip
def test_a_deadly_clash_over_land_of_unnamed_sides_is_fought_by_the_village_s_militias(events_of: Events, text: str) -> None:
    event = _main(events_of, text)
    assert event.acled_type == "Battles"
    assert event.actor1.name == "Dhanpur Communal Militia"
    assert event.actor2 is not None and event.actor2.name == "Dhanpur Communal Militia"


def test_a_gunbattle_with_troops_is_no_communal_fight(events_of: Events) -> None:
    event = _main(events_of, "A man was killed in a gunbattle between militants and troops at Kalipur village on Monday.")
    assert "Communal" not in event.actor1.name


def test_the_forces_a_clash_was_between_are_its_other_side(events_of: Events) -> None:
    event = _main(events_of, "A gunbattle broke out in Kupwara on Monday between well-armed militants and security forces.")
    assert event.actor2 is not None and event.actor2.type == "State forces"
    assert all(a.type != "State forces" for a in event.assoc_actors)


def test_policemen_a_bomb_hurt_are_its_other_side(events_of: Events) -> None:
    event = _main(events_of, "A bomb exploded near a patrol in Sylhet on Sunday; two policemen were injured.")
    assert event.acled_type == "Explosions/Remote violence"
    assert event.actor2 is not None and event.actor2.name == "Police Forces of Bangladesh"


def test_a_party_that_fights_does_so_through_its_militia(events_of: Events) -> None:
    event = _main(events_of, "BNP and Awami League activists exchanged gunfire in Feni on Sunday, leaving two dead.")
    assert event.acled_type == "Battles"
    assert event.actor1.name == "BNP: Bangladesh Nationalist Party Militia"


def test_a_police_unit_the_knowledge_base_lacks_is_the_country_s_police(events_of: Events) -> None:
    event = _main(events_of, "Khulna Metropolitan Police arrested five activists in Khulna on Sunday.")
    assert event.actor1.name == "Police Forces of Bangladesh"


def test_a_named_police_station_a_crowd_stormed_is_the_police(events_of: Events) -> None:
    event = _main(events_of, "A mob tried to storm the Kotwali Police Station in Sylhet on Sunday over the death of a driver.")
    assert event.acled_type == "Riots"
    assert event.actor2 is not None and event.actor2.name == "Police Forces of Bangladesh"


def test_party_members_arrested_by_police_are_civilians(events_of: Events) -> None:
    event = _main(events_of, "Police detained 20 BNP activists in Sylhet on Sunday.")
    assert event.acled_subtype == "Arrests"
    assert event.actor2 is not None and event.actor2.name == "Civilians (Bangladesh)"
    assert any(a.name.startswith("BNP") for a in event.assoc_actors)


def test_a_joint_attack_by_troops_and_militants_does_not_set_allies_against_each_other(events_of: Events) -> None:
    text = "Militants and the Pakistan army jointly attacked an Indian border post in Uri, killing two soldiers."
    event = _main(events_of, text)
    assert event.actor2 is None or event.actor2.name != "Unidentified Armed Group (India)"


def test_a_group_named_before_a_generic_noun_in_the_singular_is_that_group(events_of: Events) -> None:
    event = _main(events_of, "Troops killed a Baloch separatist militant in an exchange of fire near Panjgur on Thursday.")
    assert {event.actor1.name, event.actor2.name if event.actor2 else ""} >= {"Baloch Separatists (Pakistan)"}


def test_gunmen_the_police_call_the_work_of_a_group_are_that_group(events_of: Events) -> None:
    text = "Gunmen shot dead a teacher in Quetta on Monday. Police said the killing was the work of the TTP."
    assert _main(events_of, text).actor1.name == "Tehrik-i-Taliban Pakistan"


def test_teams_of_police_rushed_to_a_protest_are_its_actor2(events_of: Events) -> None:
    text = "Students blocked the gate of the university in Multan on Monday. Several teams of police were rushed to the campus."
    event = _main(events_of, text)
    assert event.actor2 is not None and event.actor2.name == "Police Forces of Pakistan"


def test_police_who_came_to_stop_rioters_are_their_actor2_rather_than_what_they_hit(events_of: Events) -> None:
    event = _main(events_of, "Members of a party attacked a bus in Jalandhar on Sunday. Police came to disperse them.")
    assert event.acled_type == "Riots"
    assert event.actor2 is not None and event.actor2.name == "Police Forces of India"


def test_a_country_s_forces_written_with_an_article_are_its_military(events_of: Events) -> None:
    event = _main(events_of, "Air strikes by the Pak Army killed six militants in North Waziristan on Monday.")
    assert "Military Forces of Pakistan" in (event.actor1.name, event.actor2.name if event.actor2 else "")


def test_killing_gendarmes_or_vigilantes_is_a_battle(events_of: Events) -> None:
    event = _main(events_of, "Gunmen on motorbikes attacked a village near Kidal, killing two gendarmes.")
    assert event.acled_type == "Battles"
    event = _main(events_of, "Bandits attacked Tumbo village on Monday, killing three vigilantes.")
    assert event.acled_type == "Battles"


def test_a_headline_present_tense_open_fire_is_an_attack(events_of: Events) -> None:
    event = _main(events_of, "Police open fire on a minibus in Kisumu, killing two passengers.")
    assert event.acled_type == "Violence against civilians"


def test_a_headline_participle_tells_what_befell_its_noun(events_of: Events) -> None:
    event = _main(events_of, "Three policemen killed in an ambush near Tessalit.")
    assert event.acled_type == "Battles"
    event = _main(events_of, "Two herders killed by bandits in Zamfara.")
    assert event.acled_type == "Violence against civilians"


def test_forces_attacked_at_home_are_hit_as_civilians(events_of: Events) -> None:
    event = _main(events_of, "Gunmen shot dead a police sergeant outside his home in Tessalit.")
    assert event.acled_type == "Violence against civilians"
    event = _main(events_of, "Gunmen attacked a police post in Tessalit, killing a sergeant.")
    assert event.acled_type == "Battles"


def test_what_came_under_attack_was_attacked(events_of: Events) -> None:
    event = _main(events_of, "An army patrol came under attack near Tessalit on Monday.")
    assert event.acled_type == "Battles"
    assert event.actor1.type != "State forces"


def test_a_counted_headline_toll_has_an_unseen_attacker(events_of: Events) -> None:
    event = _main(events_of, "Three killed in an air raid on Tumbo.")
    assert event.acled_type == "Explosions/Remote violence"


def test_a_vehicle_that_hit_a_landmine_was_hit_by_whoever_laid_it(events_of: Events) -> None:
    event = _main(events_of, "One dead when a minibus hit a land mine near Tumbo.")
    assert event.acled_type == "Explosions/Remote violence"


def test_a_party_that_leads_an_alliance_did_not_ally_that_day(events_of: Events) -> None:
    event = _main(events_of, "Today the Kanta-M led 30 party alliance has called for strike in Pokhara.")
    assert event.acled_type == "Protests"


def test_people_who_hit_the_streets_protest(events_of: Events) -> None:
    event = _main(events_of, "Hundreds of nurses hit the streets of Lahore on Monday demanding unpaid salaries.")
    assert event.acled_type == "Protests"
    assert event.actor1.name == "Protesters (Pakistan)"


def test_students_on_a_rampage_riot(events_of: Events) -> None:
    event = _main(events_of, "Students of a college in Multan went on a rampage on Monday after their exam was cancelled.")
    assert event.acled_type == "Riots"


def test_a_baton_charge_on_activists_is_a_protest_with_intervention(events_of: Events) -> None:
    event = _main(events_of, "Opposition activists were baton-charged by the police in Lahore on Monday.")
    assert (event.acled_type, event.acled_subtype) == ("Protests", "Protest with intervention")


def test_clashes_told_without_sides_after_an_election_are_a_riot(events_of: Events) -> None:
    event = _main(events_of, "Minor clashes broke out at several places in Kottayam district after the election results.")
    assert event.acled_type == "Riots"


def test_clashes_told_without_sides_near_a_front_line_stay_a_battle(events_of: Events) -> None:
    event = _main(events_of, "Clashes broke out between troops and militants near Kismayo on Sunday.")
    assert event.acled_type == "Battles"


def test_a_crowd_the_police_dispersed_that_threw_stones_next_rioted(events_of: Events) -> None:
    text = "Police used tear gas to break up a rally in Bahawalpur on Monday. Some of the protesters then pelted stones at officers."
    event = _main(events_of, text)
    assert (event.acled_type, event.acled_subtype) == ("Riots", "Violent demonstration")


@pytest.mark.parametrize(
    "text",
    [
        "Relatives of a trader who had been kidnapped protested outside the press club in Quetta on Monday.",
        "Villagers protested in Sukkur after a girl was raped by unknown men.",
    ],
)
def test_the_attack_a_protest_is_about_is_no_event_of_the_report(events_of: Events, text: str) -> None:
    events = events_of(text)
    assert _main(events_of, text).acled_type == "Protests"
    assert all(e.acled_type is None for e in events if e.plover_type != "PROTEST")


def test_people_hurt_by_a_baton_charge_were_a_crowd_the_police_broke_up(events_of: Events) -> None:
    event = _main(events_of, "Dozens of nurses were injured after police charged batons on them outside the secretariat in Lahore.")
    assert (event.acled_type, event.acled_subtype) == ("Protests", "Protest with intervention")
    assert event.actor2 is not None and event.actor2.type == "State forces"


def test_a_lathicharge_on_a_riot_is_part_of_the_riot(events_of: Events) -> None:
    text = "Two groups of villagers clashed at a fair in Mandya; police resorted to lathicharge to restore order."
    events = events_of(text)
    assert _main(events_of, text).acled_type == "Riots"
    assert all(e.acled_type is None for e in events if e.actor1.type == "State forces")


def test_villagers_who_kill_a_supposed_thief_are_a_vigilante_group(events_of: Events) -> None:
    event = _main(events_of, "Villagers beat to death a suspected cattle thief in a village near Natore on Monday.")
    assert event.acled_type == "Violence against civilians"
    assert event.actor1.name == "Vigilante Group (Bangladesh)"


def test_a_human_chain_written_with_a_hyphen_is_a_protest(events_of: Events) -> None:
    assert _main(events_of, "A human-chain was formed in Natore on Sunday demanding safe roads.").acled_type == "Protests"


@pytest.mark.parametrize(
    "text",
    [
        "A schoolgirl was raped by armed men near Multan on Sunday.",
        "A girl was abducted by armed men near Multan on Sunday.",
    ],
)
def test_violence_against_civilians_always_has_civilians_as_actor2(events_of: Events, text: str) -> None:
    event = _main(events_of, text)
    assert event.acled_type == "Violence against civilians"
    assert event.actor2 is not None and event.actor2.name == "Civilians (Pakistan)"


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked a sub-inspector in Peshawar on Monday and shot him dead.",
        "Militants shot dead a head constable in Peshawar on Sunday.",
    ],
)
def test_police_an_armed_group_attacked_are_its_other_side(events_of: Events, text: str) -> None:
    event = _main(events_of, text)
    assert event.acled_type == "Battles"
    assert event.actor2 is not None and event.actor2.name == "Police Forces of Pakistan"


@pytest.mark.parametrize(
    "text",
    [
        "Farmers demanding higher prices for cotton sat on the road in Multan. Police stopped them from advancing further.",
        'Teachers protested in Lahore on Monday. The protest was "momentarily interrupted" by police.',
        "Teachers protested in Lahore on Monday. The police roughly removed the teachers.",
    ],
)
def test_forces_that_met_a_demonstration_are_its_actor2(events_of: Events, text: str) -> None:
    event = _main(events_of, text)
    assert (event.acled_type, event.acled_subtype) == ("Protests", "Protest with intervention")
    assert event.actor2 is not None and event.actor2.name == "Police Forces of Pakistan"


@pytest.mark.parametrize(
    "text",
    [
        "Party cadres attacked a rally of the opposition in Multan, injuring ten people.",
        "Members of the ruling party protested in Multan on Monday. Opposition workers held a counter protest.",
    ],
)
def test_a_demonstration_that_was_attacked_or_met_has_protesters_on_the_other_side(
    events_of: Events, text: str
) -> None:
    event = _main(events_of, text)
    assert event.actor2 is not None and event.actor2.name == "Protesters (Pakistan)"


@pytest.mark.parametrize(
    "text",
    [
        "Pickets torched a bus in Dhaka; the driver received serious burn injuries.",
        "Assailants set fire to a bus in Dhaka, leaving the driver and his helper critically injured.",
    ],
)
def test_people_a_riot_hurt_in_other_words_are_civilians(events_of: Events, text: str) -> None:
    event = _main(events_of, text)
    assert event.acled_type == "Riots"
    assert event.actor2 is not None and event.actor2.name == "Civilians (Bangladesh)"


@pytest.mark.parametrize(
    "text",
    [
        "Post-poll violence left ten people injured in Multan in clashes between workers of two parties.",
        "Party workers vandalised shops in Multan and clashed with supporters of a rival party.",
    ],
)
def test_a_riot_that_was_a_clash_of_two_crowds_has_rioters_on_both_sides(events_of: Events, text: str) -> None:
    event = _main(events_of, text)
    assert event.acled_type == "Riots"
    assert event.actor2 is not None and event.actor2.name == "Rioters (Pakistan)"


@pytest.mark.parametrize(
    "text",
    [
        "Nurses protested outside a hospital in Lahore on Monday. They were subjected to baton charge.",
        "Teachers staged a sit-in outside the assembly in Lahore amid heavy police deployment.",
        "Nurses protested outside a hospital in Lahore. A nurse was shoved to the ground by police.",
    ],
)
def test_police_named_by_their_charge_or_deployment_met_the_demonstration(events_of: Events, text: str) -> None:
    event = _main(events_of, text)
    assert event.acled_type == "Protests"
    assert event.actor2 is not None and event.actor2.name == "Police Forces of Pakistan"


@pytest.mark.parametrize(
    "text",
    [
        "Striking workers rioted at a hospital in Multan, attacking the staff and smashing windows.",
        "Party supporters hurled stones at teachers in Multan during the strike.",
    ],
)
def test_people_a_riot_was_aimed_at_are_civilians(events_of: Events, text: str) -> None:
    event = _main(events_of, text)
    assert event.acled_type == "Riots"
    assert event.actor2 is not None and event.actor2.name == "Civilians (Pakistan)"


def test_forces_deployed_after_two_crowds_clashed_are_no_side_of_the_riot(events_of: Events) -> None:
    text = "Members of two student unions clashed at the university in Multan over the union elections. Police were deployed."
    event = _main(events_of, text)
    assert event.acled_type == "Riots"
    assert event.actor2 is not None and event.actor2.name == "Rioters (Pakistan)"


def test_a_crowd_that_clashed_with_the_police_has_them_as_its_other_side(events_of: Events) -> None:
    event = _main(events_of, "Villagers clashed with the police in Okara over a boundary row. More police were then deployed.")
    assert event.actor2 is not None and event.actor2.name == "Police Forces of Pakistan"


@pytest.mark.parametrize(
    ("text", "other"),
    [
        ("Indian troops fired mortar shells on border posts near Sialkot. Pakistani troops retaliated.",
         "Military Forces of Pakistan"),
        ("A farmer was hurt near Sialkot when Indian and Pakistani troops fired at each other.",
         "Military Forces of India"),
        ("Insurgents fired on an army outpost near Quetta on Monday.", "Military Forces of Pakistan"),
        ("Gunmen ambushed a convoy near Quetta; soldiers guarding it returned fire.", "Military Forces of Pakistan"),
        ("Soldiers exchanged fire with militants near Quetta for two hours.", "Military Forces of Pakistan"),
    ],
)
def test_a_battle_has_the_side_its_sentence_names_by_role(events_of: Events, text: str, other: str) -> None:
    event = _main(events_of, text)
    assert event.acled_type == "Battles"
    names = {event.actor1.name, event.actor2.name if event.actor2 else None}
    assert other in names and None not in names


@pytest.mark.parametrize(
    ("text", "other"),
    [
        ("An IED hit an army convoy near Quetta, but no one was hurt.", "Military Forces of Pakistan"),
        ("Students marching to the capital were stopped by authorities in Multan.", "Police Forces of Pakistan"),
        ("Farmers blocked a highway near Khanewal. The authorities later fired tear gas to scatter them.",
         "Police Forces of Pakistan"),
    ],
)
def test_forces_a_bomb_hit_or_authorities_that_met_a_crowd_are_the_other_side(
    events_of: Events, text: str, other: str
) -> None:
    event = _main(events_of, text)
    assert event.actor2 is not None and event.actor2.name == other


def test_a_police_station_that_names_a_place_is_no_side_of_a_village_fight(events_of: Events) -> None:
    event = _main(events_of, "Two rival groups of villagers clashed over a land dispute at Kalipur village "
                             "under Ramganj Police Station in Comilla on Monday; two men died.")
    assert event.actor1.name == "Kalipur Communal Militia"
    assert event.actor2 is not None and event.actor2.name == "Kalipur Communal Militia"


@pytest.mark.parametrize(
    ("text", "other"),
    [
        ("Some 200 rioters laid siege to a police station in Hat Yai and set motorbikes on fire.",
         "Police Forces of Thailand"),
        ("Three area police offices in Birgunj were attacked and vandalized on Monday by protesters.",
         "Police Forces of Nepal"),
        (("In Dhaka, hartal supporters vandalised an auto-rickshaw outside Motijheel Police Station. "
          "Two passengers were hurt."), "Civilians (Bangladesh)"),
    ],
)
def test_the_forces_whose_posts_a_crowd_stormed_are_its_other_side(events_of: Events, text: str, other: str) -> None:
    event = _main(events_of, text)
    assert event.acled_type == "Riots"
    assert event.actor2 is not None and event.actor2.name == other


def test_a_fight_between_two_rival_clan_militias_has_one_kind_on_both_sides(events_of: Events) -> None:
    event = _main(events_of, "Heavy fighting erupted in Kismayo between two rival clan militias on Sunday.")
    assert event.acled_type == "Battles"
    assert event.actor2 is not None and event.actor2.name == event.actor1.name


def test_people_a_torching_left_injured_are_its_civilian_victims(events_of: Events) -> None:
    event = _main(events_of, "Hartal supporters torched a truck at Rupsha under Khulna upazila on Monday morning "
                             "that left four people injured.")
    assert event.acled_type == "Riots"
    assert event.actor2 is not None and event.actor2.name == "Civilians (Bangladesh)"


@pytest.mark.parametrize(
    "text",
    [
        "A major riot erupted between party members and traders in Mysore on Friday.",
        "Infighting between rival student groups left five people injured in Sylhet on Sunday.",
    ],
)
def test_a_riot_between_two_crowds_has_rioters_on_both_sides(events_of: Events, text: str) -> None:
    event = _main(events_of, text)
    assert event.acled_type == "Riots"
    assert event.actor2 is not None and event.actor2.name.startswith("Rioters")


def test_officers_hit_by_a_blast_are_its_other_side(events_of: Events) -> None:
    event = _main(events_of, "Three officers on patrol were hit by a roadside blast in Yala's Muang district.")
    assert event.acled_type == "Explosions/Remote violence"
    assert event.actor2 is not None and event.actor2.name == "Police Forces of Thailand"


def test_victims_of_a_riot_that_became_a_clash_of_two_groups_rioted_too(events_of: Events) -> None:
    events = events_of("Party workers attacked traders at a market in Multan, injuring six people, and a clash broke "
                       "out between the two groups.")
    first = next(e for e in events if e.acled_type)
    assert first.acled_type == "Riots"
    assert first.actor2 is not None and first.actor2.name == "Rioters (Pakistan)"


def test_a_fight_named_as_an_encounter_is_a_battle_whatever_weapons_the_place_held(events_of: Events) -> None:
    event = _main(events_of, "Police killed two militants in an encounter at a bomb factory in Quetta on Monday.")
    assert event.acled_type == "Battles"


def test_a_grenade_thrown_during_a_fire_fight_is_part_of_the_battle(events_of: Events) -> None:
    event = _main(events_of, "Militants lobbed a grenade while troops and militants were engaged in a fire fight near Quetta.")
    assert event.acled_type == "Battles"


def test_a_party_turf_fight_is_a_battle_of_its_militia(events_of: Events) -> None:
    event = _main(events_of, "Two rival factions of Jubo League fought over establishing supremacy in Pabna "
                             "on Friday, leaving six hurt.")  # fmt: skip
    assert event.acled_type == "Battles"
    assert event.actor1.type == "Political militia"
    assert "Communal" not in event.actor1.name


def test_a_clash_of_party_factions_without_a_turf_stays_a_riot(events_of: Events) -> None:
    event = _main(events_of, "Two rival factions of Jubo League fought in Pabna, leaving six hurt.")
    assert event.acled_type == "Riots"


def test_party_militants_firebombing_a_bus_is_violence_against_civilians(events_of: Events) -> None:
    event = _main(events_of, "BNP militants hurled petrol bombs at a bus in Rajshahi on Sunday, leaving ten "
                             "passengers with burn injuries.")  # fmt: skip
    assert event.acled_type == "Violence against civilians"
    assert event.actor1.type == "Political militia"
    assert event.actor2 is not None and event.actor2.name == "Civilians (Bangladesh)"


def test_party_supporters_firebombing_a_bus_stay_rioters(events_of: Events) -> None:
    event = _main(events_of, "Ten passengers received burn injuries as BNP supporters set a bus ablaze in Rajshahi.")
    assert event.acled_type == "Riots"


@pytest.mark.parametrize(
    "text",
    [
        "The chief minister was shown black flags by students when he landed at Patna airport on Thursday.",
        "Villagers hoisted black flags atop their houses in Erode against the arrest of their headman.",
        "Nurses waved placards outside the district hospital in Salem on Monday.",
    ],
)
def test_black_flags_and_placards_are_peaceful_protests(events_of: Events, text: str) -> None:
    event = _main(events_of, text)
    assert (event.acled_type, event.acled_subtype) == ("Protests", "Peaceful protest")


def test_a_partys_workers_demanding_something_is_a_protest(events_of: Events) -> None:
    event = _main(events_of, "BJP workers in Gaya demanded the mayor's resignation over a contract scam.")
    assert event.acled_type == "Protests"


def test_a_partys_own_demand_is_no_protest(events_of: Events) -> None:
    assert main_event(events_of("The BJP in Gaya demanded the mayor's resignation over a contract scam.")) is None


@pytest.mark.parametrize(
    "text",
    [
        "Indian and Pakistani troops were locked in a fire exchange in Poonch district late on Wednesday.",
        "A militant was killed during a brief gun fight with government forces in Baramulla district.",
    ],
)
def test_exchanges_of_fire_named_as_nouns_are_battles(events_of: Events, text: str) -> None:
    event = _main(events_of, text)
    assert event.acled_type == "Battles"


def test_a_clash_that_ensued_at_a_protest_makes_it_a_riot(events_of: Events) -> None:
    event = _main(events_of, "Garment workers protested outside the factory in Gazipur on Monday over unpaid wages. "
                             "A clash ensued when they tried to enter the building.")  # fmt: skip
    assert event.acled_type == "Riots"


def test_burning_textbooks_is_a_peaceful_form_of_protest(events_of: Events) -> None:
    event = _main(events_of, "Youth Congress activists burnt textbooks in Bhopal to protest against the exam scam.")
    assert (event.acled_type, event.acled_subtype) == ("Protests", "Peaceful protest")



def test_people_hurt_in_a_clash_are_its_toll_not_an_attack_of_their_own(events_of: Events) -> None:
    events = events_of("An activist was killed and twelve were hurt in a clash between the cadres of two parties "
                       "at Birgunj on Sunday.")  # fmt: skip
    coded = [e for e in events if e.acled_type]
    assert [(e.evidence.trigger or "").lower() for e in coded] == ["clash"]


def test_a_deadly_fight_of_candidates_supporters_is_a_riot(events_of: Events) -> None:
    event = _main(events_of, "One man died when supporters of two rival candidates clashed outside a polling station "
                             "in Mainpuri.")  # fmt: skip
    assert event.acled_type == "Riots"
    assert event.actor1.name == "Rioters (India)"
    assert event.actor2 is not None and event.actor2.name == "Rioters (India)"


def test_a_deadly_fight_over_a_field_stays_a_battle_of_communal_militias(events_of: Events) -> None:
    event = _main(events_of, "One man died when two rival groups clashed over a disputed field in Mainpuri.")
    assert event.acled_type == "Battles"


def test_a_foreign_national_shot_by_gunmen_is_a_civilian_not_a_state_force(events_of: Events) -> None:
    event = _main(events_of, "An Italian aid worker was shot dead by gunmen in Dhaka on Monday.")
    assert event.acled_type == "Violence against civilians"
    assert event.actor2 is not None and event.actor2.type == "Civilians"


def test_people_of_another_nation_hit_by_a_state_s_forces_are_that_nation_s_civilians(events_of: Events) -> None:
    event = _main(events_of, "Indian border guards opened fire on three Bangladeshi farmers near the fence on Sunday.")
    assert event.acled_type == "Violence against civilians"
    assert event.actor2 is not None and event.actor2.name == "Civilians (Bangladesh)"
    # the forces' own people stay the place's civilians
    event = _main(events_of, "Indian troops shot dead two villagers in Kupwara on Sunday.")
    assert event.actor2 is not None and event.actor2.name == "Civilians (India)"


def test_foreign_soldiers_shot_by_militants_stay_state_forces(events_of: Events) -> None:
    event = _main(events_of, "Two Pakistani soldiers were shot dead by militants in Quetta.")
    assert event.acled_type == "Battles"
    assert event.actor2 is not None and event.actor2.name == "Military Forces of Pakistan"


def test_one_protester_killed_by_police_fire_is_part_of_the_riot_not_an_attack(events_of: Events) -> None:
    event = _main(events_of, "One demonstrator died in police firing in Biratnagar, Nepal on Sunday. "
                             "The demonstrators had pelted stones at the police post.")
    assert event.acled_type == "Riots"
    assert event.actor1.name == "Rioters (Nepal)"
    assert event.actor2 is not None and event.actor2.type == "State forces"


def test_a_procession_a_crowd_swooped_on_is_coded_as_the_attack(events_of: Events) -> None:
    event = _main(events_of, "In Bogra, six people were hurt when a group of youths swooped on the procession of a "
                             "mayoral candidate on Sunday and attacked.")
    assert event.acled_type == "Riots"
    assert event.actor1.name == "Rioters (Bangladesh)"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (("Farmers protested outside the district office in Multan on Monday. They also attacked a reporter "
          "who was filming them."), "Riots"),
        (("Farmers protested outside the district office in Multan on Monday. They were attacked in the evening "
          "by several men."), "Protests"),
        (("Farmers protested outside the district office in Multan on Monday. Later a gang assaulted the "
          "protesters."), "Protests"),
    ],
)
def test_a_protest_whose_people_then_attacked_someone_is_a_riot(events_of: Events, text: str, kind: str) -> None:
    assert _main(events_of, text).acled_type == kind


@pytest.mark.parametrize(
    "text",
    [
        ("On Thursday in Biratnagar, Nepal, eighteen marchers and a ward secretary got hurt during a clash with "
        "security personnel."),
        ("In Dharan, Nepal, a dozen protesters and a police inspector were hurt on Friday as a clash "
        "erupted between agitating locals and police."),
    ],
)
def test_a_crowd_hurt_in_a_clash_with_security_personnel_rioted(events_of: Events, text: str) -> None:
    event = _main(events_of, text)
    assert event.acled_type == "Riots"
    assert event.actor1.name == "Rioters (Nepal)"


@pytest.mark.parametrize(
    "text",
    [
        ("On Friday a dozen people got hurt at Kalipur village in Sylhet district when two groups of villagers "
        "clashed over a land dispute."),
        ("On Friday fifteen people got hurt at Kalipur village in Sylhet district when two groups of villagers "
        "clashed. The fight was about irrigation water."),
    ],
)
def test_villagers_fighting_over_land_are_communal_militias_even_without_deaths(events_of: Events, text: str) -> None:
    event = _main(events_of, text)
    assert event.acled_type == "Battles"
    assert event.actor1.name == "Kalipur Communal Militia"


def test_party_factions_fighting_over_a_committee_stay_rioters(events_of: Events) -> None:
    event = _main(events_of, "Two factions of a student union clashed over a hall committee in Sylhet district on "
                             "Friday, and ten people got hurt.")
    assert event.acled_type == "Riots"


@pytest.mark.parametrize(
    ("text", "kind", "role"),
    [
        ("Police arrested four men for ransacking a liquor shop in Multan on Monday.", "Riots", "Rioters (Pakistan)"),
        ("Police in Multan arrested 60 teachers on Monday as they attempted to lay siege to the education office.",
         "Protests", "Protesters (Pakistan)"),
    ],
)
def test_people_arrested_while_rioting_or_protesting_are_that_riot_or_protest(
    events_of: Events, text: str, kind: str, role: str
) -> None:
    event = _main(events_of, text)
    assert (event.acled_type, event.actor1.name) == (kind, role)
    assert event.actor2 is not None and event.actor2.type == "State forces"


def test_an_arrest_for_a_crime_stays_an_arrest(events_of: Events) -> None:
    event = _main(events_of, "Police arrested two men for the murder of a trader in Multan on Monday.")
    assert event.acled_subtype == "Arrests"


@pytest.mark.parametrize(
    "text",
    [
        "Family members of a girl who had been abducted protested outside of Kotwali police station in Multan.",
        "Neighbours and co-workers of a clerk who was beaten up protested in Multan outside the shop of his attackers.",
    ],
)
def test_relatives_of_a_victim_protesting_is_a_protest_not_the_attack(events_of: Events, text: str) -> None:
    event = _main(events_of, text)
    assert event.acled_type == "Protests"
    assert event.actor1.name == "Protesters (Pakistan)"


@pytest.mark.parametrize(
    "text",
    [
        "Party workers held a protest in Multan beside the foundation stone of a new bridge.",
        "Traffic was thrown out of gear in Multan as thousands of nurses staged protests at the main square.",
    ],
)
def test_riot_words_in_a_figure_of_speech_leave_a_protest_peaceful(events_of: Events, text: str) -> None:
    assert _main(events_of, text).acled_type == "Protests"


def test_riot_police_in_the_next_sentence_do_not_make_the_protesters_rioters(events_of: Events) -> None:
    event = _main(events_of, "In Multan, the authorities arrested six protesters standing outside the assembly to "
                             "rally against a new law. They were arrested while the riot police were chasing the "
                             "rest of the crowd away.")
    assert event.acled_type == "Protests"


@pytest.mark.parametrize(
    ("text", "forces"),
    [("In Bannu an IED went off, and a security official died while two more were hurt.",
      "Military Forces of Pakistan"),
     ("A roadside bomb planted by insurgents wounded two sailors patrolling a highway in Narathiwat.",
      "Military Forces of Thailand"),
     ("An IED blast killed a constable of the district armed reserve in Bijapur district of Chhattisgarh.",
      "Police Forces of India")],
)  # fmt: skip
def test_the_state_men_a_bomb_hurt_are_its_other_side(events_of: Events, text: str, forces: str) -> None:
    event = _main(events_of, text)
    assert event.acled_type == "Explosions/Remote violence"
    assert event.actor2 is not None and event.actor2.name == forces


def test_a_bomb_that_hurt_a_teacher_among_soldiers_stays_on_civilians(events_of: Events) -> None:
    text = "A schoolteacher was injured as a bomb planted by insurgents went off when a convoy escorted by soldiers passed in Yala."
    event = _main(events_of, text)
    assert event.actor2 is None or event.actor2.name != "Military Forces of Thailand"


def test_people_a_crowd_set_upon_are_civilians(events_of: Events) -> None:
    event = _main(events_of, "Villagers in Rampur caught two youths stealing a goat and started beating them on Sunday night.")
    assert event.acled_type == "Riots"
    assert event.actor2 is not None and event.actor2.name == "Civilians (India)"


def test_a_crowd_that_clashed_with_the_police_has_the_police_as_actor2(events_of: Events) -> None:
    event = _main(events_of, "Villagers clashed with the police in Rampur over a land survey on Sunday.")
    assert event.acled_type == "Riots"
    assert event.actor2 is not None and event.actor2.name == "Police Forces of India"


@pytest.mark.parametrize(
    "text",
    [
        "A head constable was injured in Multan on Monday when protesters opened fire on police who were clearing a blocked road.",
        "Inmates of Multan jail attacked policemen with bricks and set fire to a ward to protest the transfer of a prisoner.",
        "Two protesters and a policeman died in Multan on Friday. A clash followed between agitators and security personnel.",
    ],
)
def test_a_fight_told_of_a_crowd_with_no_armed_side_is_a_riot(events_of: Events, text: str) -> None:
    event = _main(events_of, text)
    assert event.acled_type == "Riots", text
    assert event.actor1.name == "Rioters (Pakistan)"
    assert event.actor2 is not None and event.actor2.name.startswith("Police Forces of Pakistan")


def test_a_fight_of_troops_with_a_crowd_named_stays_a_battle(events_of: Events) -> None:
    event = _main(events_of, "Militants fired at soldiers guarding a protest rally in Multan on Friday, killing two.")
    assert event.acled_type != "Riots"


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers raided Tula village, fired shots in the air and beat residents.",
        "Gunmen stormed a party office in Tula and fired live rounds into the air.",
        "A soldier was shot and injured by unknown gunmen during security raids south of Tula on Monday.",
        "Gunmen attacked a convoy of soldiers heading to a gas field near Tula, killing one soldier.",
    ],
)
def test_shots_in_the_air_are_no_air_strike(events_of: Events, text: str) -> None:
    event = _main(events_of, text)
    assert event.acled_type != "Explosions/Remote violence", text


def test_a_real_air_strike_is_still_one(events_of: Events) -> None:
    event = _main(events_of, "Warplanes bombed a rebel camp near Tula on Monday, killing ten fighters.")
    assert (event.acled_type, event.acled_subtype) == ("Explosions/Remote violence", "Air/drone strike")


@pytest.mark.parametrize(
    "text",
    [
        "Cadres of the Tula Unity Forum set the district office of a rival party on fire in Janakpur on Sunday.",
        "Protesters of the Tula Struggle Committee torched a motorcycle at Janakpur for defying the strike.",
    ],
)
def test_the_crowd_of_an_organisation_that_burns_property_riots(events_of: Events, text: str) -> None:
    event = _main(events_of, text)
    assert (event.acled_type, event.actor1.name) == ("Riots", "Rioters (Nepal)"), text


def test_the_cadres_of_a_rebel_army_are_its_fighters(events_of: Events) -> None:
    event = _main(events_of, "Cadres of the New People's Army attacked a police convoy near Davao on Monday.")
    assert event.acled_type == "Battles"


def test_civilians_hit_in_fire_between_two_armies_are_victims_of_their_battle(events_of: Events) -> None:
    event = _main(events_of, "A farmer was killed in firing between Indian and Pakistani troops near Sialkot on Monday.")
    assert event.acled_type == "Battles"
    names = {event.actor1.name, event.actor2.name if event.actor2 else None}
    assert names == {"Military Forces of India", "Military Forces of Pakistan"} or all(
        n and n.startswith("Military Forces of") for n in names)


@pytest.mark.parametrize(
    "text",
    [
        "Unknown people detonated a bomb inside a Tula school in Balochistan, razing it to the ground.",
        "A bomb left by unidentified men exploded at a shrine in Tula and wrecked two of its rooms.",
        "Unidentified men used an IED to blow up a gas pipeline near Tula, cutting off the supply.",
    ],
)
def test_property_destroyed_by_planted_explosives_is_a_bombing(events_of: Events, text: str) -> None:
    event = _main(events_of, text)
    assert event.acled_type == "Explosions/Remote violence", text
    assert event.actor1.name.startswith("Unidentified Armed Group")


def test_violence_the_police_broke_up_was_a_riot(events_of: Events) -> None:
    text = "Violence erupted in a village near Meerut, which forced police to use a mild lathicharge, after the results."
    assert _main(events_of, text).acled_type == "Riots"


@pytest.mark.parametrize(
    "text",
    [
        "In Khulna on Monday police shot a picket who was throwing a petrol bomb at a bus.",
        "A lawyer was shot by a policeman in Lucknow. Angry lawyers then pelted policemen with stones and brickbats.",
    ],
)
def test_police_force_on_people_throwing_stones_or_fire_bombs_met_a_riot(events_of: Events, text: str) -> None:
    event = _main(events_of, text)
    assert event.acled_type == "Riots", text
    assert event.actor1.name.startswith("Rioters")


def test_two_groups_of_villagers_clashing_in_their_village_are_communal_militias(events_of: Events) -> None:
    text = "At least 12 people were hurt when two groups of villagers clashed in Kalipur village, Khulna."
    event = _main(events_of, text)
    assert event.acled_type == "Battles"
    assert event.actor1.name == "Kalipur Communal Militia"


def test_people_of_a_place_who_attack_the_police_riot(events_of: Events) -> None:
    event = _main(events_of, "On Sunday, farmers from Kalipur attacked a police sub-inspector when fertilizer ran out.")
    assert event.acled_type == "Riots"
    assert event.actor1.name.startswith("Rioters")


def test_unknown_doers_of_an_attack_on_party_people_are_an_unidentified_armed_group(events_of: Events) -> None:
    text = "Unidentified assailants shot dead a Pakistan Peoples Party councillor outside his home in Multan."
    event = _main(events_of, text)
    assert event.acled_type == "Violence against civilians"
    assert event.actor1.name == "Unidentified Armed Group (Pakistan)"


def test_people_killed_in_a_clash_of_party_workers_are_the_toll_of_a_riot(events_of: Events) -> None:
    text = "Two party workers were shot dead and 15 others hurt during a clash with rival party men at Kalipur."
    event = _main(events_of, text)
    assert event.acled_type == "Riots"
    assert event.actor1.name.startswith("Rioters")


def test_people_hurt_in_a_clash_of_activists_and_police_are_the_toll_of_a_riot(events_of: Events) -> None:
    text = "Party activists fought the police in Khulna in the morning, and twenty or more were hurt."
    event = _main(events_of, text)
    assert event.acled_type == "Riots"
    assert event.actor2 is not None and event.actor2.name == "Police Forces of Bangladesh"


@pytest.mark.parametrize(
    "text",
    [
        "Activists of the Tula Front were baton-charged in Kolkata on Thursday for demanding higher crop prices.",
        "On Monday police lathicharged school teachers in Patna. The teachers wanted their salaries paid.",
    ],
)
def test_people_met_with_batons_or_tear_gas_were_a_crowd(events_of: Events, text: str) -> None:
    event = _main(events_of, text)
    assert event.acled_type in ("Protests", "Riots"), text


def test_a_protest_whose_people_then_beat_up_an_official_was_a_riot(events_of: Events) -> None:
    text = ("Hundreds of hawkers held a protest in Multan after the council bulldozed their stalls. "
            "Some angry hawkers beat up the assistant commissioner.")
    event = _main(events_of, text)
    assert (event.acled_type, event.acled_subtype) == ("Riots", "Violent demonstration")


def test_prisoners_who_attack_their_guards_riot(events_of: Events) -> None:
    text = "Violence broke out in a jail in Lucknow as prisoners attacked the guards after an inmate was found dead."
    event = _main(events_of, text)
    assert (event.acled_type, event.actor1.name) == ("Riots", "Rioters (India)")


def test_a_death_told_after_a_clash_of_supporters_is_its_toll(events_of: Events) -> None:
    text = "Followers of two different candidates for a municipal poll clashed at Kalipur near Agra. Two people were killed."
    event = _main(events_of, text)
    assert event.acled_type == "Riots"
    assert event.actor1.name == "Rioters (India)"


def test_a_confrontation_the_police_stopped_leaves_the_protest_peaceful(events_of: Events) -> None:
    text = "Students staged a protest against the strike in Pokhara. Police stopped a confrontation between strikers and students."
    event = _main(events_of, text)
    assert event.acled_type == "Protests"


def test_two_groups_of_a_village_that_long_vied_for_supremacy_fight_a_battle(events_of: Events) -> None:
    text = ("At least nine people were hurt in a clash between two groups in Sonatola village of Khulna on Monday. "
            "For years the two sides had quarrelled over establishing supremacy in the village.")
    assert _main(events_of, text).acled_type == "Battles"


@pytest.mark.parametrize(
    "text",
    [
        "On Sunday in Barasat, ruling party supporters thrashed opposition candidates and their polling agents.",
        "Supporters of a regional party assaulted two shopkeepers in a village near Patna for not voting for them.",
    ],
)
def test_a_beating_by_party_supporters_is_done_by_rioters(events_of: Events, text: str) -> None:
    assert _main(events_of, text).actor1.name == "Rioters (India)"


def test_an_assault_by_islamists_is_no_crowds(events_of: Events) -> None:
    event = _main(events_of, "Bearded men, said to be Islamists, assaulted and hurt a prison guard in Sousse.")
    assert not event.actor1.name.startswith("Rioters")


def test_people_wounded_during_a_fight_of_two_groups_are_the_toll_of_a_riot(events_of: Events) -> None:
    event = _main(events_of, "Eleven traders were injured during a fight between rival groups in Multan on Monday.")
    assert event.acled_type == "Riots"
    assert event.actor1.name == "Rioters (Pakistan)"
    assert event.actor2 is not None and event.actor2.name == "Rioters (Pakistan)"


def test_tear_gas_to_disperse_a_rioting_crowd_meets_a_riot(events_of: Events) -> None:
    event = _main(events_of, "Police fired live bullets and tear gas to disperse rioting hawkers from the old bazaar in Multan.")
    assert event.acled_type == "Riots"
    assert event.actor1.name == "Rioters (Pakistan)"
    assert event.actor2 is not None and event.actor2.name == "Police Forces of Pakistan"


def test_policemen_among_the_hurt_of_a_clash_are_its_other_side(events_of: Events) -> None:
    event = _main(events_of, "In Satkhira on Monday, twenty people, including four policemen, got hurt in a clash over a fish pond.")
    assert event.acled_type == "Riots"
    assert event.actor2 is not None and event.actor2.name == "Police Forces of Bangladesh"


def test_residents_stoning_the_police_riot_whatever_angered_them(events_of: Events) -> None:
    text = "Angry residents attacked police with bricks and stones in Multan after two bandits were killed in a gunfight."
    event = _main(events_of, text)
    assert event.acled_type == "Riots"
    assert event.actor2 is not None and event.actor2.name == "Police Forces of Pakistan"


def test_union_members_exchanging_blows_riot_on_both_sides(events_of: Events) -> None:
    event = _main(events_of, "Members of two rival unions exchanged blows during pay talks at a depot in Multan.")
    assert event.acled_type == "Riots"
    assert event.actor2 is not None and event.actor2.name == "Rioters (Pakistan)"


def test_gunfire_with_stones_stays_a_battle(events_of: Events) -> None:
    text = "Fishermen from the two villages clashed at sea, using firearms, knives and stones, in Gwadar."
    assert _main(events_of, text).acled_type != "Riots"


@pytest.mark.parametrize(
    "text",
    ["Party workers attacked farmers who were protesting against the minister at a village near Patna.",
     "Strike enforcers hurled stones at some fifty youths gathered at the square in Patna to protest against the strike."],
)  # fmt: skip
def test_people_attacked_while_demonstrating_are_protesters(events_of: Events, text: str) -> None:
    event = _main(events_of, text)
    assert event.acled_type == "Riots"
    assert event.actor2 is not None and event.actor2.name == "Protesters (India)"


@pytest.mark.parametrize(
    "text",
    ["Nurses protested violently outside the health office in Lahore on Monday.",
     "Police fired in the air to disperse protesters who had begun rioting over power cuts in Multan."],
)  # fmt: skip
def test_a_crowd_told_as_violent_in_its_own_words_riots(events_of: Events, text: str) -> None:
    event = _main(events_of, text)
    assert event.acled_type == "Riots"
    assert event.actor1.name == "Rioters (Pakistan)"


def test_a_protest_against_men_who_rioted_stays_peaceful(events_of: Events) -> None:
    event = _main(events_of, "Traders protested in Multan against the men who rioted in the bazaar last week.")
    assert event.acled_type == "Protests"


@pytest.mark.parametrize(
    "text",
    ["A quarrel at a fair in Patna triggered a riot with Hindus and Muslims in the old town.",
     "Supporters of the party fought among themselves over seats at its rally in Patna."],
)  # fmt: skip
def test_a_riot_of_two_crowds_named_together_has_rioters_on_both_sides(events_of: Events, text: str) -> None:
    event = _main(events_of, text)
    assert event.acled_type == "Riots"
    assert event.actor2 is not None and event.actor2.name == "Rioters (India)"


def test_police_firing_that_met_stone_throwers_two_sentences_on_is_a_riot(events_of: Events) -> None:
    text = ("A youth was killed in police firing at Kalipur in Khulna on Monday. "
            "Villagers had gathered at the market after a theft. "
            "They then threw stones at the police outpost.")  # fmt: skip
    event = _main(events_of, text)
    assert event.acled_type == "Riots"
    assert event.actor2 is not None and event.actor2.name == "Police Forces of Bangladesh"


def test_shopkeepers_a_strike_crowd_clashed_with_are_civilians(events_of: Events) -> None:
    event = _main(events_of, "In Khulna, strike enforcers clashed with shopkeepers at the bazaar on Monday.")
    assert event.acled_type == "Riots"
    assert event.actor2 is not None and event.actor2.name == "Civilians (Bangladesh)"


def test_businessmen_who_went_out_to_fight_the_enforcers_are_no_kept_open_shops() -> None:
    from sigacts.stages.acled_rules import _KEPT_OPEN

    assert _KEPT_OPEN.search("a team of businessmen clashed with the strike enforcers at the bazaar") is None
    assert _KEPT_OPEN.search("the pickets clashed with some shopkeepers at the bazaar") is not None


def test_government_forces_that_met_a_crowd_are_the_police(events_of: Events) -> None:
    event = _main(events_of, "Youths staged protests in Anantnag on Friday and clashed with government forces.")
    assert event.acled_type == "Riots"
    assert event.actor2 is not None and event.actor2.name == "Police Forces of India"


def test_forces_hit_off_duty_are_civilians_with_their_force_associated(events_of: Events) -> None:
    event = _main(events_of, "Gunmen shot dead a police sergeant outside his home in Tessalit.")
    assert event.actor2 is not None and event.actor2.type == "Civilians"
    assert any(a.type == "State forces" for a in event.assoc_actors)
    event = _main(events_of, "Two soldiers in plain clothes were shot dead by gunmen in Tessalit.")
    assert event.acled_type == "Violence against civilians"
    event = _main(events_of, "Two soldiers were shot dead by gunmen at a checkpoint in Tessalit.")
    assert event.acled_type == "Battles"


def test_a_leader_of_a_party_militia_shot_is_a_civilian(events_of: Events) -> None:
    event = _main(events_of, "Unknown gunmen shot dead a local Amal Movement leader in Tyre.")
    assert event.acled_type == "Violence against civilians"
    assert event.actor2 is not None and event.actor2.name == "Civilians (Lebanon)"
    assert any("Amal" in a.name for a in event.assoc_actors)


def test_police_ranks_and_levies_hit_are_an_armed_side(events_of: Events) -> None:
    event = _main(events_of, "Militants shot dead a DSP in Quetta on Monday.")
    assert event.acled_type == "Battles"
    assert event.actor2 is not None and event.actor2.name.startswith("Police Forces of Pakistan")
    event = _main(events_of, "Gunmen fired on a Levies patrol vehicle near Quetta, wounding two of its men.")
    assert event.acled_type == "Battles"
    assert event.actor2 is not None and event.actor2.name.startswith("Military Forces of Pakistan")


def test_armed_men_who_kill_gendarmes_fight_a_battle(events_of: Events) -> None:
    event = _main(events_of, "Armed men killed a gendarme near Kidal on Sunday.")
    assert event.acled_type == "Battles"
    assert event.actor1.type != "Civilians"


def test_forces_who_only_told_of_an_attack_are_no_side(events_of: Events) -> None:
    event = _main(events_of, "The police inspector said that robbers had thrown a petrol bomb into a crowded bus in Khulna.")
    assert event.acled_type == "Violence against civilians"
    assert event.actor2 is not None and event.actor2.type == "Civilians"
    event = _main(events_of, "Miscreants threw a petrol bomb at a van in Khulna, said an inspector of the police camp.")
    assert event.actor2 is None or event.actor2.type != "State forces"


def test_words_of_sets_brackets_aside_but_keeps_scare_quotes() -> None:
    from sigacts.stages.acled_words import words_of

    assert words_of("Rebels attacked a guard (an auxiliary constable).") == (
        "rebels", "attacked", "a", "guard", "an", "auxiliary", "constable")
    assert "rioting" not in words_of("Two hundred men were held for “rioting”.")


def test_a_killing_by_rivals_over_land_is_a_battle_of_communal_militias(events_of: Events) -> None:
    event = _main(events_of, "Rivals killed a farmer at Dhalpur village on Monday over a land dispute.")
    assert event.acled_type == "Battles"
    assert event.actor1.name == "Dhalpur Communal Militia"
    event = _main(events_of, "His rivals beat a farmer to death at Dhalpur village on Monday over a land dispute.")
    assert event.acled_type != "Battles"


def test_former_fighters_hit_are_civilians(events_of: Events) -> None:
    event = _main(events_of, "Gunmen shot dead two former rebels in Quetta.")
    assert event.acled_type == "Violence against civilians"
    assert event.actor2 is not None and event.actor2.type == "Civilians"


def test_people_named_as_what_was_hit_make_an_attack_on_civilians(events_of: Events) -> None:
    from sigacts.stages.acled_rules import _civilian_target

    event = _main(events_of, "Soldiers in Yei attacked villagers on Friday.")
    assert _civilian_target(event.with_changes(acled_type="Battles", acled_subtype="Armed clash", actor2=None))
    event = _main(events_of, "Soldiers in Yei attacked rebels on Friday.")
    assert not _civilian_target(event.with_changes(acled_type="Battles", acled_subtype="Armed clash", actor2=None))


def test_control_taken_after_a_withdrawal_is_a_transfer_of_territory(events_of: Events) -> None:
    event = _main(events_of, "The rebels took control of Tumbo after the army withdrew from the town.")
    assert event.acled_type == "Strategic developments"
    event = _main(events_of, "Militants gained control of Tumbo and two villages without violence on Monday.")
    assert event.acled_type == "Strategic developments"
    assert event.actor2 is None or event.actor2.type != "Civilians"


def test_forces_whose_uniforms_attackers_wore_are_no_side(events_of: Events) -> None:
    event = _main(events_of, "Men dressed in army uniforms attacked a minibus near Bria, killing three passengers.")
    assert event.acled_type == "Violence against civilians"
    assert event.actor2 is not None and event.actor2.type == "Civilians"


def test_a_foreign_employee_hit_is_a_civilian(events_of: Events) -> None:
    event = _main(events_of, "A Kenyan employee of an aid agency was shot dead in Bria on Sunday.")
    assert event.acled_type == "Violence against civilians"


def test_a_convoy_of_civilians_attacked_is_violence_against_civilians(events_of: Events) -> None:
    event = _main(events_of, "Unknown gunmen fired on a judge's convoy near Bannu on Monday.")
    assert event.acled_type == "Violence against civilians"
    event = _main(events_of, "Militants attacked an army convoy near Bannu on Monday.")
    assert event.acled_type == "Battles"


def test_people_a_pronoun_points_back_to_are_the_victims(events_of: Events) -> None:
    event = _main(events_of, "A shopkeeper and his son were killed when FARC cadres opened fire on them at Tumaco on Tuesday night.")
    assert event.acled_type == "Violence against civilians"
    event = _main(events_of, "Two soldiers were killed when rebels opened fire on them near Tumbo on Monday.")
    assert event.acled_type == "Battles"


def test_the_army_shelling_a_named_rebel_group_fights_it(events_of: Events) -> None:
    event = _main(events_of, "Army artillery units fired shells at KIA positions near Hpakant on Thursday.")
    assert (event.acled_type, event.actor2 and event.actor2.name) == ("Battles", "KIA: Kachin Independence Army")


def test_jets_pounding_a_named_group_stay_remote_violence(events_of: Events) -> None:
    event = _main(events_of, "Air force jets pounded TTP hideouts in the Datta Khel area on Sunday, killing eight militants.")
    assert event.acled_type == "Explosions/Remote violence"


@pytest.mark.parametrize(
    "text",
    [
        "Indian troops fired mortar shells at border villages in Nakyal sector on Monday. Pakistani forces responded.",
        "Militants fired rockets at a police post in Tank, prompting the policemen to retaliate.",
    ],
)
def test_shelling_the_other_side_answered_is_a_battle(events_of: Events, text: str) -> None:
    assert _main(events_of, text).acled_type == "Battles"


def test_a_suicide_bomber_in_a_fight_with_troops_is_part_of_the_battle(events_of: Events) -> None:
    text = "A suicide bomber detonated his vest during a long battle against troops near Mir Ali on Friday."
    assert _main(events_of, text).acled_type == "Battles"


@pytest.mark.parametrize("text", ["Three cadres of NSCN(Khaplang) were shot dead near Ukhrul by gunmen.",
                                  "Two NSCN (KK) cadres were killed by unknown gunmen near Mon town."])
def test_cadres_of_a_naga_faction_are_its_fighters(events_of: Events, text: str) -> None:
    event = _main(events_of, text)
    assert event.acled_type == "Battles" and event.actor2 is not None and event.actor2.name.startswith("NSCN-K")


@pytest.mark.parametrize("spelling", ["Tauheed-ul-Islam", "Tawhidul Islam"])
def test_members_of_a_named_peace_lashkar_hit_are_that_lashkar_not_civilians(events_of: Events, spelling: str) -> None:
    """The Khyber peace lashkar is a named militia: its members struck by a bomb are that group."""
    text = f"Four members of the {spelling} peace committee were killed when a roadside bomb hit their vehicle in Bara."
    event = _main(events_of, text)
    assert event.actor2 is not None and event.actor2.name == "TI: Tauheedul Islam"


def test_a_fight_in_scare_quotes_is_still_a_battle_with_the_cohorts(events_of: Events) -> None:
    text = ("Police said a suspected robber, Kalam, was killed at Boalia in Kushtia on Monday in a 'shootout' "
            "between his accomplices and a team of the Rapid Action Battalion.")
    event = _main(events_of, text)
    assert event.acled_type == "Battles"
    assert event.actor2 is not None and event.actor2.name.startswith("Unidentified Armed Group")


@pytest.mark.parametrize(
    "text",
    [
        ("A shepherd was wounded at Dhalpur village in Kotli district on Sunday when Indian troops shot across "
         "the border. Officials added that no exchange of fire took place."),
        "Two farmers of Bolpara near Tura were killed by soldiers on Sunday. Locals said it was a fake encounter.",
    ],
)
def test_a_denied_or_fake_exchange_of_fire_makes_no_battle(events_of: Events, text: str) -> None:
    assert _main(events_of, text).acled_type == "Violence against civilians"


def test_people_killed_in_fighting_of_police_and_a_militia_died_in_a_battle(events_of: Events) -> None:
    from sigacts.resources.actors import default_actor_base
    from sigacts.stages.acled_rules import _died_in_a_battle

    text = ("Three people were killed in Baledogle on Friday after heavy fighting broke out between the "
            "police and a clan militia over a disputed checkpoint.")
    event = _main(events_of, text)
    assert event.acled_type == "Battles"
    assert event.actor1.name.startswith("Police Forces")
    assert event.actor2 is not None and event.actor2.type != "Civilians"
    # read as the militia's attack on the dead, the fight named makes it a battle with the police all the same
    read = event.with_changes(acled_type="Violence against civilians", acled_subtype="Attack", actor1=event.actor2,
                              actor2=None)
    fought = _died_in_a_battle(read, default_actor_base(), "SO")
    assert fought.acled_type == "Battles"
    assert fought.actor1.name.startswith("Police Forces")
    assert fought.actor2 is not None and fought.actor2.type != "Civilians"


def test_a_post_whose_jawan_was_hit_is_the_other_army(events_of: Events) -> None:
    event = _main(events_of, "Pakistani troops fired on an Indian forward post in Poonch district on Sunday, injuring "
                             "an army jawan.")
    assert event.acled_type == "Battles"
    assert event.actor2 is not None and event.actor2.name.startswith("Military Forces of India")


def test_a_raid_that_turned_into_a_fight_with_soldiers_is_a_battle(events_of: Events) -> None:
    text = ("Unidentified gunmen raided Mbeso village in the Masisi area. The gunmen then clashed with FARDC "
            "troops and were driven back into the forest.")
    event = _main(events_of, text)
    assert event.acled_type == "Battles"
    assert event.actor2 is not None and event.actor2.name.startswith("Military Forces")


def test_a_fight_told_as_a_separate_incident_leaves_the_raid_on_civilians(events_of: Events) -> None:
    text = ("Gunmen killed three villagers in Mbeso on Monday. In a separate incident, FARDC soldiers clashed with "
            "the gunmen near Lokora.")
    assert _main(events_of, text).acled_type == "Violence against civilians"


def test_forces_abducted_by_an_armed_group_are_its_other_side_in_a_battle(events_of: Events) -> None:
    event = _main(events_of, "Suspected militants of the Garo National Liberation Army abducted two policemen near "
                             "Williamnagar on Sunday.")
    assert event.acled_type == "Battles"
    assert event.actor2 is not None and event.actor2.name.startswith("Police Forces")


def test_the_kin_of_forces_abducted_are_civilians(events_of: Events) -> None:
    event = _main(events_of, "Mayi Mayi militiamen kidnapped the wives and two children of soldiers in Kalehe on "
                             "Friday.")
    assert event.acled_type == "Violence against civilians"
    assert event.actor2 is not None and event.actor2.name.startswith("Civilians")


def test_police_firing_told_as_the_answer_to_an_attack_on_a_patrol_is_a_battle(events_of: Events) -> None:
    text = ("A Shibir activist was shot dead during police firing in Patiya upazila on Sunday night. Police said "
            "they opened fire after his group ambushed a police patrol near the market.")
    assert _main(events_of, text).acled_type == "Battles"


def test_police_firing_on_a_mob_that_attacked_them_is_no_battle(events_of: Events) -> None:
    text = "Two protesters were killed when police opened fire in Rangpur. The firing began when a mob attacked them."
    assert _main(events_of, text).acled_type != "Battles"


def test_militants_bombing_a_vehicle_whom_police_fired_on_fought_the_police(events_of: Events) -> None:
    text = ("In Feni, a rickshaw puller suffered burns on Monday when BNP militants threw a petrol bomb into his "
            "rickshaw. Policemen on duty nearby responded with fire, and the militants fled.")
    event = _main(events_of, text)
    assert event.acled_type == "Battles"
    assert event.actor2 is not None and event.actor2.name.startswith("Police Forces")


@pytest.mark.parametrize(
    "text",
    [
        "Local police allege a rubber tapper was shot and killed by insurgents in Rueso district on Monday.",
        "A 40-year-old police informer was shot dead by Maoist rebels near Dantewada on Friday.",
    ],
)
def test_police_who_allege_or_were_informed_are_no_side_of_a_killing(events_of: Events, text: str) -> None:
    event = _main(events_of, text)
    assert event.acled_type == "Violence against civilians"
    assert event.actor2 is not None and event.actor2.type == "Civilians"


def test_police_who_allegedly_fired_are_the_doers(events_of: Events) -> None:
    event = _main(events_of, "Police allegedly opened fire on villagers in Rueso district on Monday, killing two.")
    assert event.acled_type == "Violence against civilians"
    assert event.actor1.name.startswith("Police Forces")


@pytest.mark.parametrize(
    "text",
    [
        "Police manhandled a reporter in Multan on Friday while he was covering a clash between traders and police.",
        "In Sukkur, two journalists were beaten by police while filming a clash between marchers and security personnel.",
    ],
)
def test_police_beating_the_press_at_a_clash_is_violence_against_civilians(events_of: Events, text: str) -> None:
    event = _main(events_of, text)
    assert event.acled_type == "Violence against civilians"
    assert event.actor1.name.startswith("Police Forces")
    assert event.actor2 is not None and event.actor2.name.startswith("Civilians")


@pytest.mark.parametrize(
    "text",
    [
        "A crowd of traders clashed with police and municipal officials in Multan on Sunday.",
        "Students torched three government buses in Multan on Monday; the police ended up caning the students.",
    ],
)
def test_police_not_officials_are_the_other_side_of_a_riot(events_of: Events, text: str) -> None:
    event = _main(events_of, text)
    assert event.acled_type == "Riots"
    assert event.actor2 is not None and event.actor2.name == "Police Forces of Pakistan"


def test_forces_acting_on_a_crowd_told_as_violent_just_before_met_a_riot(events_of: Events) -> None:
    text = "A crowd of weavers pelted stones at a rival group in Multan on Sunday. Police arrived and detained twelve agitators."
    met = [e for e in events_of(text) if e.acled_type and "detained" in e.evidence.text]
    assert [(e.acled_type, e.actor1.name) for e in met] == [("Riots", "Rioters (Pakistan)")]


def test_violence_that_describes_the_protesters_as_victims_is_no_riot(events_of: Events) -> None:
    text = "Relatives of arson attack victims demonstrated outside the press club in Rangpur on Sunday with candles."
    event = _main(events_of, text)
    assert event.acled_type == "Protests"


def test_a_party_that_targets_the_government_makes_no_attack(events_of: Events) -> None:
    events = events_of("The opposition party continued to target the government over prices in Lahore on Monday.")
    assert not [e for e in events if e.plover_type == "ASSAULT"]


def test_the_object_of_protested_is_the_grievance() -> None:
    from sigacts.stages.acled_words import protest_cues

    cues = protest_cues("Teachers protested the killing of two traders by hurling petrol bombs at their shop.")
    assert "protested" in cues
    assert not cues & {"petrol", "hurling", "bombs"}
    assert "stones" in protest_cues("Teachers pelted stones to protest the transfer of their principal.")


def test_a_youth_front_in_a_gunfight_fights_as_its_party_s_militia(events_of: Events) -> None:
    event = _main(events_of, "A Jubo League leader was shot dead in a gunfight between his associates and the police "
                             "in Narsingdi on Monday.")
    assert event.acled_type == "Battles"
    assert {event.actor1.name, event.actor2.name} == {"Bangladesh Awami League Militia", "Police Forces of Bangladesh"}


def test_jamaat_men_in_a_gunfight_take_acled_s_code_for_the_party(events_of: Events) -> None:
    event = _main(events_of, "A Jamaat-e-Islami worker was hurt in a gunfight with police at Karimpur village of "
                             "Rangpur early on Sunday.")
    assert event.acled_type == "Battles" and event.actor1.name == "JeI: Jamaat-e-Islami"


def test_a_student_front_of_the_opposition_in_a_gunfight_fights_as_its_party_s_militia(events_of: Events) -> None:
    event = _main(events_of, "Two Jatiyatabadi Chhatra Dal activists were wounded in a 'gunfight' with police at "
                             "Rampur village of Natore early Tuesday.")
    assert event.acled_type == "Battles"
    assert event.actor1.name == "BNP: Bangladesh Nationalist Party Militia"


@pytest.mark.parametrize(
    "text",
    [
        "A retired teacher was shot dead in his house by Myanmar Armed Forces on Tuesday.",
        "Three herders were seized by the Myanmar army and killed near Lashio.",
    ],
)
def test_a_by_phrase_the_parser_hung_elsewhere_still_names_the_killer(events_of: Events, text: str) -> None:
    killings = [e for e in events_of(text) if e.acled_type == "Violence against civilians"]
    assert killings, text
    assert killings[0].actor1.name == "Military Forces of Myanmar"
    assert killings[0].actor2 is not None and killings[0].actor2.name == "Civilians (Myanmar)"


def test_an_attack_noun_keeps_its_own_doer(events_of: Events) -> None:
    event = _main(events_of, "A cultivator died in an attack by his rivals in a long feud over farmland at Kalipur village near Sylhet.")
    assert (event.acled_type, event.actor1.name) == ("Battles", "Kalipur Communal Militia")


def test_a_faction_letter_at_the_end_of_a_sentence_names_the_faction(events_of: Events) -> None:
    event = _main(events_of, "Myanmar army troops shelled a base of the SSA-N. Nobody was hurt.")
    assert event.actor2 is not None and event.actor2.name == "SSA-N: Shan State Army-North"


@pytest.mark.parametrize(
    "text",
    [
        "After an exchange of fire during a raid in Karachi, police arrested seven militants of the TTP.",
        "Soldiers killed one Taliban fighter and arrested two others during a search operation near Ziarat.",
    ],
)
def test_arrests_that_end_a_fight_are_part_of_the_battle(events_of: Events, text: str) -> None:
    assert [e.acled_type for e in events_of(text) if e.acled_type] == ["Battles"]


def test_arrests_over_an_earlier_violence_stay_arrests(events_of: Events) -> None:
    text = "Police arrested three leaders of the NDFB in Kohima in connection with the violence in Assam last month."
    assert _main(events_of, text).acled_subtype == "Arrests"


def test_a_month_after_in_is_no_protest_march(events_of: Events) -> None:
    events = events_of("Troops killed a militant who had attacked a police station in March.")
    assert not [e for e in events if e.plover_type == "PROTEST"]


@pytest.mark.parametrize(
    "text",
    ["On Monday a woman died and nine people got hurt in a clash of two rival groups over an old grudge at Kashipur union of Nalbari upazila.",
     "A farmer died in a clash of two rival groups at village Kashipur under Haluaghat upazila of Mymensingh district on Sunday.",
     "A youth died on Friday in a clash of two rival groups over farmland at Kashipur in Daulatkhan upazila of Barisal district.",
     "On Tuesday two people died and 30 got hurt during a clash over a long feud between two groups at Kashipur village in Sunamganj upazila.",
     "One man died and three got hurt in a battle of two rival groups over farmland at Kashipur village in Rangpur upazila.",
     "One man died and seven got hurt in a clash of two groups of villagers over farmland at Kashipur Union in Kotalipara Upazila.",
     "A long exchange of fire between two feuding groups over a field at Kashipur village left one dead and four hurt.",
     "Two men died in a clash of two groups over farmland at Kashipur under Rampur Police Station in Dhubri."],
)  # fmt: skip
def test_a_village_clash_is_named_after_the_smallest_place_the_text_gives(events_of: Events, text: str) -> None:
    event = _main(events_of, text)
    assert event.acled_type == "Battles"
    assert event.actor1.name == "Kashipur Communal Militia"
    assert event.actor2 is not None and event.actor2.name == "Kashipur Communal Militia"


def test_a_bomb_that_exploded_after_a_passive_killing_stays_the_bombers_act(events_of: Events) -> None:
    text = "One man died and nine were hurt as a device planted by suspected Baloch separatists went off on a crowded street in Quetta."
    event = _main(events_of, text)
    assert event.acled_type == "Explosions/Remote violence"
    assert event.actor1.name == "Baloch Separatists (Pakistan)"


def test_a_clash_at_a_market_is_named_after_the_market_s_upazila(events_of: Events) -> None:
    text = "A young man died and 20 got hurt in a clash of two rival groups at Kalipur Bazar in Sonapur upazila over farmland."
    event = _main(events_of, text)
    assert (event.acled_type, event.actor1.name) == ("Battles", "Sonapur Communal Militia")


def test_an_attacked_police_station_still_stands_for_the_police(events_of: Events) -> None:
    event = _main(events_of, "Militants attacked Rampur police station in Kupwara on Monday.")
    assert event.actor2 is not None and event.actor2.name == "Police Forces of India"


def test_a_clash_in_a_town_placed_in_its_district_is_named_after_the_town(events_of: Events) -> None:
    text = "Four men died and seven got hurt in a clash of two communities in Kalipur in Uttar Pradesh's Ballia district."
    event = _main(events_of, text)
    assert (event.acled_type, event.actor1.name) == ("Battles", "Kalipur Communal Militia")


def test_counted_people_killed_in_a_headline_were_hit(events_of: Events) -> None:
    events = events_of("Four militants killed and three injured in air raids by the Pakistan Air Force near Parachinar.")
    assert all(e.actor1.name != "Unidentified Armed Group (Pakistan)" for e in events if e.plover_type == "ASSAULT")
    event = _main(events_of, "Two groups clashed over a land dispute in Jaipur on Sunday.")
    assert event.actor2 is not None and event.actor2.name == "Rioters (India)"  # a clash is done by both sides


@pytest.mark.parametrize(
    "text",
    [
        "Fighting erupted between military forces and the DKO after the DKO ambushed an army patrol in Kayin State.",
        "Clashes broke out between the army and the KNSO in Kayin State on Sunday.",
    ],
)
def test_a_group_named_by_initials_fighting_the_army_is_armed(events_of: Events, text: str) -> None:
    event = _main(events_of, text)
    assert event.acled_type == "Battles"
    assert {event.actor1.name, event.actor2.name if event.actor2 else None} >= {"Military Forces of Myanmar"}
    assert event.actor2 is not None and event.actor2.name in ("DKO", "KNSO")


def test_villagers_clashing_with_police_still_riot(events_of: Events) -> None:
    assert _main(events_of, "Villagers clashed with police in Hpa-an over a land dispute.").acled_type == "Riots"


@pytest.mark.parametrize(
    "text",
    [
        "A clash between Kamba and Ntumba people over a land dispute left one dead near Kananga.",
        "Fighting between the Kamba and Ntumba communities left one dead near Kananga.",
        "Fighting between Kamba villagers and Ntumba villagers left two dead near Kananga.",
    ],
)
def test_two_named_communities_that_fight_are_their_communal_militias(events_of: Events, text: str) -> None:
    event = _main(events_of, text)
    assert event.acled_type == "Battles"
    assert (event.actor1.name, event.actor2 and event.actor2.name) == ("Kamba Communal Militia",
                                                                       "Ntumba Communal Militia")


def test_two_unnamed_communal_groups_are_unidentified_communal_militias(events_of: Events) -> None:
    event = _main(events_of, "Clashes over farmland involving two communal groups left four people hurt on Tuesday.")
    assert event.acled_type == "Battles"
    assert event.actor1.name == event.actor2.name == "Unidentified Communal Militia"  # type: ignore[union-attr]
    event = _main(events_of, "A man died in a clash of two communal groups over farmland in Sahapur village "
                             "in Chandpur on Sunday.")
    assert event.actor1.name == "Sahapur Communal Militia"  # the village names them


def test_in_africa_vigilantes_are_acled_s_vigilante_militia(events_of: Events) -> None:
    event = _main(events_of, "Residents beat to death a suspected thief in Ikeja, Lagos on Monday.")
    assert event.actor1.name == "Vigilante Militia (Nigeria)"


@pytest.mark.parametrize(
    ("text", "forces"),
    [
        ("A grenade thrown at a Somali army checkpoint in Afgoye on Monday killed one person. Al Shabaab were suspected.",
         "Military Forces of Somalia"),
        ("A roadside bomb hit an AMISOM convoy near Baidoa on Monday. Al Shabaab were suspected.",
         "African Union Mission in Somalia"),
    ],
)  # fmt: skip
def test_a_bombing_of_a_forces_post_or_convoy_is_on_those_forces(events_of: Events, text: str, forces: str) -> None:
    event = _main(events_of, text)
    assert event.acled_type == "Explosions/Remote violence"
    assert forces in {event.actor1.name, event.actor2 and event.actor2.name}
    market = _main(events_of, "A bomb exploded at a busy market in Mogadishu on Monday, killing five.")
    assert market.actor2 is not None and market.actor2.name == "Civilians (Somalia)"


def test_the_side_that_withdrew_is_the_other_side_of_a_transfer_of_territory(events_of: Events) -> None:
    event = _main(events_of, "Al Shabaab fighters took control of Bardale after AMISOM forces withdrew on Sunday.")
    assert event.acled_subtype == "Non-violent transfer of territory"
    assert (event.actor1.name, event.actor2 and event.actor2.name) == ("al-Shabaab", "African Union Mission in Somalia")
    event = _main(events_of, "The Taliban took control of Musa Qala after Afghan troops withdrew on Sunday.")
    assert (event.actor1.name, event.actor2 and event.actor2.name) == ("Taliban", "Military Forces of Afghanistan")


def test_vigilantes_a_fight_hit_are_its_other_side(events_of: Events) -> None:
    event = _main(events_of, "Boko Haram attacked a village near Dikwa, killing three vigilantes.")
    assert event.acled_type == "Battles"
    assert event.actor2 is not None and event.actor2.name == "Vigilante Militia (Nigeria)"


def test_farmers_who_fight_herders_are_an_unidentified_communal_militia(events_of: Events) -> None:
    event = _main(events_of, "Six people died when Fulani herdsmen clashed with farmers near Makurdi on Monday.")
    assert event.acled_type == "Battles"
    assert (event.actor1.name, event.actor2 and event.actor2.name) == ("Fulani Ethnic Militia (Nigeria)",
                                                                       "Unidentified Communal Militia")


def test_pastoralists_the_police_fought_are_an_unidentified_communal_militia(events_of: Events) -> None:
    event = _main(events_of, "Kenyan police attacked pastoralists near Baragoi on Monday. Nine people were killed on "
                             "both sides in the clashes.")
    assert event.acled_type == "Battles"
    assert event.actor2 is not None and event.actor2.name == "Unidentified Communal Militia"


@pytest.mark.parametrize(
    ("text", "militia"),
    [("Four village defence volunteers were hurt when a bomb went off beside their post in Narathiwat's Rueso district on Monday.",
      "Rueso Communal Militia"),
     ("Three village volunteers were wounded by a roadside bomb in Songkhla's Thepha district on Friday.",
      "Thepha Communal Militia")],
)  # fmt: skip
def test_thai_village_volunteers_are_the_communal_militia_of_their_district(
    events_of: Events, text: str, militia: str
) -> None:
    event = _main(events_of, text)
    assert event.actor2 is not None and event.actor2.name == militia


def test_thai_volunteers_with_no_district_named_stay_as_read(events_of: Events) -> None:
    event = _main(events_of, "Two defence volunteers were wounded by a roadside blast in Yala on Monday.")
    assert event.actor2 is not None and "Communal Militia" not in event.actor2.name


def test_role_actors_at_a_border_are_of_the_article_s_leading_country() -> None:
    from sigacts.records import Actor, Evidence, Place
    from sigacts.stages.acled_actors import country_of

    troops = Actor(name="Military Forces of India", type="State forces", country_code="IN", actor_id="military_forces_in")
    border = Place("Line of Control", "IN", 34.0, 74.0, 3, "Line of Control", feature="border")
    town = Place("Kotli", "PK", 33.5, 73.9, 1, "Kotli", feature="city")
    event = Event("e1", "d1", "ASSAULT", troops, Evidence("Troops fired across the line.", 0, 29), location=border)
    # a border lies in two countries: a report that leads with Pakistan has Pakistan's side of it
    assert country_of(event, ["PK", "IN"]) == "PK"
    assert country_of(event.with_changes(location=town), ["IN", "PK"]) == "PK"  # a town says its own country


def test_arrests_told_before_the_protest_they_met_are_its_intervention(events_of: Events) -> None:
    event = _main(events_of, "Rampur police took 40 teachers into custody outside the district court. "
                             "The teachers were protesting in front of the collectorate against transfers.")
    assert (event.acled_type, event.acled_subtype) == ("Protests", "Protest with intervention")
    assert event.actor2 is not None and event.actor2.type == "State forces"


def test_arrests_followed_by_other_news_stay_arrests(events_of: Events) -> None:
    event = _main(events_of, "Rampur police arrested four men with stolen rifles. The district will hold elections in May.")
    assert event.acled_subtype == "Arrests"


@pytest.mark.parametrize(
    "text",
    ["A primary school was blown up by unidentified persons near Landi Kotal.",
     "A dozen stores were damaged when a bomb exploded in a crowded bazaar in Swat."],
)  # fmt: skip
def test_property_wrecked_by_a_bombing_is_no_riot(events_of: Events, text: str) -> None:
    event = _main(events_of, text)
    assert event.acled_type == "Explosions/Remote violence"
    assert event.actor1.name.startswith("Unidentified Armed Group")


def test_arson_after_thrown_bombs_stays_a_riot(events_of: Events) -> None:
    event = _main(events_of, "Party activists set fire to a rival office in Khulna after they hurled bombs in the area.")
    assert event.acled_type == "Riots"


def test_fighters_of_a_named_group_in_the_next_sentence_are_the_other_side_of_a_battle(events_of: Events) -> None:
    text = "Army troops launched an attack on hilltop positions near Namhsan on Monday. One TNLA rebel was wounded in the assault."
    event = _main(events_of, text)
    assert event.actor1.name == "Military Forces of Myanmar"
    assert event.actor2 is not None and event.actor2.name == "TNLA: Ta'ang National Liberation Army"


def test_a_crowd_and_the_organisation_it_belongs_to_are_one_side() -> None:
    from sigacts.records import Actor, Evidence
    from sigacts.stages.acled_rules import _crowd_with_its_organisation

    text = "Police fought supporters of the Kisan Morcha in Rampur on Monday."
    crowd = Actor(name="Rioters (Nepal)", mention="supporters", type="Rioters", country_code="NP", actor_id="rioters_np")
    morcha = Actor(name="Kisan Morcha", mention="the Kisan Morcha", type="Political party", actor_id="kisan_morcha")
    riot = Event("e1", "d1", "ASSAULT", crowd, Evidence(text, 0, len(text)), actor2=morcha, acled_type="Riots")
    event = _crowd_with_its_organisation(riot)
    assert event.actor2 is None  # left for the forces the report names
    assert [(a.name, a.side) for a in event.assoc_actors] == [("Kisan Morcha", 1)]
    # the organisation first, its cadres second: the cadres are no other side either
    cadres = Actor(name="Civilians (Nepal)", mention="cadres", type="Civilians", actor_id="civilians_np")
    text = "Security personnel and cadres of Kisan Morcha clashed in Rampur."
    led = Actor(name="Rioters (Nepal)", mention="Kisan Morcha", type="Rioters", actor_id="rioters_np")
    riot = Event("e2", "d1", "ASSAULT", led, Evidence(text, 0, len(text)), actor2=cadres, acled_type="Riots")
    assert _crowd_with_its_organisation(riot).actor2 is None
    # a crowd that fought another organisation's men keeps them as its other side
    text = "Supporters of the Kisan Morcha clashed with workers of the Lok Dal in Rampur."
    dal = Actor(name="Lok Dal", mention="the Lok Dal", type="Political party", actor_id="lok_dal")
    riot = Event("e3", "d1", "ASSAULT", crowd, Evidence(text, 0, len(text)), actor2=dal, acled_type="Riots")
    assert _crowd_with_its_organisation(riot).actor2 == dal
