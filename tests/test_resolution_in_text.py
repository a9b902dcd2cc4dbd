"""Actor resolution read in whole sentences: people, descriptions, nationality words and stances."""

from __future__ import annotations

from collections.abc import Callable

from sigacts.api import Coder
from sigacts.pipeline.base import Document
from sigacts.readers import article_from_text
from sigacts.records import Event
from sigacts.stages.mentions import _stance_prefixed


def test_a_plural_nationality_noun_names_that_country_s_people(events_of: Callable[..., list[Event]]) -> None:
    events = events_of("Police arrested 40 Zambians in Lubumbashi on Monday.")
    targets = [e.actor2 for e in events if e.actor2 is not None]
    assert any(a.name == "Civilians (Zambia)" for a in targets)


def test_a_definite_description_is_the_group_named_before(events_of: Callable[..., list[Event]]) -> None:
    text = "Al-Shabaab fighters overran a military base near Kismayo on Monday. The militants later attacked a police station."
    events = events_of(text)
    assert any(e.actor1.actor_id == "al_shabaab" and e.actor1.mention == "militants" for e in events)


def test_a_head_of_state_acts_for_the_government(events_of: Callable[..., list[Event]]) -> None:
    events = events_of("President Salva Kiir dismissed the governor of Jonglei state.", "2016-07-01")
    assert events and events[0].actor1.name == "Government of South Sudan"


def test_a_country_someone_is_for_or_against_is_no_actor() -> None:
    text = "an anti-Syria journalist and pro-Russian separatists met Syria's envoy"
    assert _stance_prefixed(text, text.index("Syria"))
    assert _stance_prefixed(text, text.index("Russian"))
    assert not _stance_prefixed(text, text.index("Syria's"))


def test_a_counted_nationality_is_people_too(events_of: Callable[..., list[Event]]) -> None:
    events = events_of("Soldiers killed three Sudanese in Bentiu.")
    assert any(e.actor2 is not None and e.actor2.name == "Civilians (Sudan)" for e in events)


def test_militants_are_the_group_their_sentence_names(events_of: Callable[..., list[Event]]) -> None:
    events = events_of("Troops killed six militants belonging to the Baloch Liberation Army near Turbat on Monday.")
    assert any(e.actor2 is not None and e.actor2.actor_id == "baloch_liberation_army" for e in events)


def test_armed_men_killed_at_unnamed_hands_fell_to_the_state(events_of: Callable[..., list[Event]]) -> None:
    text = "Four Lashkar-e-Jhangvi militants were killed in Quetta during an overnight operation."
    events = [e for e in events_of(text) if e.plover_type == "ASSAULT"]
    assert events and events[0].actor1.name == "Military Forces of Pakistan"
    text = "Three militants of Jaish-e-Mohammed were killed in an operation in Kupwara district of Kashmir."
    events = [e for e in events_of(text) if e.plover_type == "ASSAULT"]  # a group based abroad
    assert events and events[0].actor1.name == "Military Forces of India"


def test_a_group_that_claimed_the_attack_did_it(events_of: Callable[..., list[Event]]) -> None:
    text = "A bomb killed seven people at a bus stop in Maiduguri. Boko Haram claimed responsibility for the blast."
    events = [e for e in events_of(text) if e.plover_type == "ASSAULT"]
    assert events and events[0].actor1.actor_id == "boko_haram"


def test_aircraft_strike_for_their_state(events_of: Callable[..., list[Event]]) -> None:
    text = "Eleven insurgents were killed in North Waziristan as fighter jets pounded their hideouts."
    events = [e for e in events_of(text) if e.plover_type == "ASSAULT"]
    assert events and events[0].actor1.name == "Military Forces of Pakistan"
    events = events_of("Military planes bombed hideouts in South Waziristan on Friday.")
    assert any(e.actor1.name == "Military Forces of Pakistan" for e in events)


def test_the_group_the_police_blame_did_it(events_of: Callable[..., list[Event]]) -> None:
    text = "A rubber tapper was shot dead in Narathiwat on Sunday. Police blamed the killing on separatist insurgents."
    events = [e for e in events_of(text) if e.plover_type == "ASSAULT"]
    assert events and events[0].actor1.name == "Southern Muslim Separatists (Thailand)"


def test_gunmen_are_the_group_an_article_holds_responsible(events_of: Callable[..., list[Event]]) -> None:
    text = "Gunmen shot dead two rubber tappers in Yala on Sunday. Police believe insurgents were responsible."
    events = [e for e in events_of(text) if e.plover_type == "ASSAULT"]
    assert events and events[0].actor1.name == "Southern Muslim Separatists (Thailand)"
    text = "Three labourers were shot dead in Turbat by suspected Baloch separatists on Monday."
    events = [e for e in events_of(text) if e.plover_type == "ASSAULT"]
    assert events and events[0].actor1.name == "Baloch Separatists (Pakistan)"


def test_gunmen_stay_unidentified_when_no_group_is_blamed(events_of: Callable[..., list[Event]]) -> None:
    text = "Gunmen shot dead two rubber tappers in Yala on Sunday. No group has claimed responsibility."
    events = [e for e in events_of(text) if e.plover_type == "ASSAULT"]
    assert events and events[0].actor1.name == "Unidentified Armed Group (Thailand)"


def test_names_are_found_as_papers_spell_them(events_of: Callable[..., list[Event]]) -> None:
    events = events_of("Suspected Al Qaeda in the Indian Subcontinent gunmen attacked a police post in Karachi.")
    assert any(e.actor1.actor_id == "al_qaeda_indian_subcontinent" for e in events)  # not al-Qaeda: "Qaeda"
    events = events_of("Suspected NSCN (K) militants ambushed an Assam Rifles patrol on Tuesday.")
    assert any(e.actor1.actor_id == "nscn_k" and e.actor1.mention == "NSCN (K)" for e in events)


def test_an_event_with_no_place_is_read_in_the_country_of_the_article_s_actors(
    events_of: Callable[..., list[Event]],
) -> None:
    events = events_of("Two Jubo-League activists were injured in an attack by unidentified assailants on Friday.")
    assert any(e.actor1.name == "Unidentified Armed Group (Bangladesh)" for e in events)


def test_suspected_militants_of_a_named_group_are_that_group(events_of: Callable[..., list[Event]]) -> None:
    text = "Five suspected militants belonging to the Lashkar-e-Jhangvi were killed when jet fighters pounded their hideouts in Kurram Agency."
    events = [e for e in events_of(text) if e.plover_type == "ASSAULT"]
    assert events and events[0].actor1.name == "Military Forces of Pakistan"
    assert events[0].actor2 is not None and events[0].actor2.actor_id == "lashkar_e_jhangvi"


def test_state_forces_hit_by_an_unseen_doer_were_hit_by_the_country_s_insurgents(
    events_of: Callable[..., list[Event]],
) -> None:
    events = events_of("Three rangers were wounded when their truck hit a hidden bomb in Pattani province.")
    hits = [e for e in events if e.plover_type == "ASSAULT"]
    assert hits and hits[0].actor1.name == "Southern Muslim Separatists (Thailand)"
    assert hits[0].actor2 is not None and hits[0].actor2.name == "Military Forces of Thailand"


def test_a_fight_is_against_the_other_camp_its_sentence_names(events_of: Callable[..., list[Event]]) -> None:
    events = events_of("Unidentified assailants hurled petrol bombs at a police van in Chittagong on Monday.")
    hits = [e for e in events if e.plover_type == "ASSAULT"]
    assert hits and hits[0].actor2 is not None and hits[0].actor2.name == "Police Forces of Bangladesh"


def test_who_tells_of_an_attack_is_no_side_of_it(events_of: Callable[..., list[Event]]) -> None:
    text = "According to police sources, unknown attackers lobbed a grenade at a shop in Mardan."
    hits = [e for e in events_of(text) if e.plover_type == "ASSAULT"]
    assert hits and (hits[0].actor2 is None or hits[0].actor2.type != "State forces")


def test_border_firing_is_between_the_forces_of_two_states(events_of: Callable[..., list[Event]]) -> None:
    events = events_of("Pakistani troops opened heavy fire in Poonch on Sunday as Indian soldiers patrolled the fence.")
    hits = [e for e in events if e.plover_type == "ASSAULT" and e.actor1.name == "Military Forces of Pakistan"]
    assert hits and hits[0].actor2 is not None and hits[0].actor2.name == "Military Forces of India"
    events = events_of("Pakistani troops opened fire in Poonch overnight, Indian army officials said.")
    hits = [e for e in events if e.plover_type == "ASSAULT" and e.actor1.name == "Military Forces of Pakistan"]
    assert hits and hits[0].actor2 is None  # the officials tell of the firing


def test_the_rebels_are_the_group_that_acted_in_the_sentence_before(events_of: Callable[..., list[Event]]) -> None:
    text = ("Jaish al-Islam stormed Islamic State positions near Dumayr on Friday as IS was moving its convoys "
            "north. The rebels seized three checkpoints, a spokesman said.")  # fmt: skip
    seized = [e for e in events_of(text, "2015-06-01") if "seized" in (e.evidence.trigger or "")]
    assert seized and seized[0].actor1.actor_id == "jaish_al_islam"


def test_a_description_is_not_the_group_on_the_other_side_nor_one_named_far_off(
    events_of: Callable[..., list[Event]],
) -> None:
    text = ("Ahrar al-Sham and Jaish al-Islam both hold hills in the area. Rebels captured five IS fighters near "
            "Yabrud, including a commander who had reportedly beheaded a Jaish al-Islam fighter last month.")  # fmt: skip
    captured = [e for e in events_of(text, "2015-06-01") if e.evidence.trigger == "captured"]
    assert captured and captured[0].actor1.name == "Rebels (Syria)"
    assert captured[0].actor2 is not None and captured[0].actor2.actor_id == "islamic_state"


def test_a_group_suspected_of_the_attack_did_it(events_of: Callable[..., list[Event]]) -> None:
    text = "A mortar attack wounded six people in a market of Kismayo on Monday. Al-Shabaab suspected."
    events = [e for e in events_of(text) if e.plover_type == "ASSAULT"]
    assert events and events[0].actor1.actor_id == "al_shabaab"
    text = "A crude bomb went off outside a school in Gaya on Friday. Police suspect a Maoist hand behind it."
    events = [e for e in events_of(text) if e.plover_type == "ASSAULT"]
    assert events and events[0].actor1.name.startswith("CPI (Maoist)")


def test_a_party_blamed_for_an_attack_is_its_militia(events_of: Callable[..., list[Event]]) -> None:
    text = "Two crude bombs exploded near a bus stand in Khulna on Sunday night. BNP men were behind the blasts."
    events = [e for e in events_of(text) if e.plover_type == "ASSAULT"]
    assert events and events[0].actor1.name == "BNP: Bangladesh Nationalist Party Militia"
    # the accuser is not the doer, and two parties named as suspects leave the doer unnamed
    text = "A shopkeeper was hacked to death in Feni on Tuesday. BNP leaders blamed the attack on Awami League men."
    events = [e for e in events_of(text) if e.plover_type == "ASSAULT"]
    assert events and events[0].actor1.name == "Bangladesh Awami League Militia"
    text = "Three crude bombs went off outside a court in Dhaka on Monday. Either BNP or AL supporters may have set them."
    events = [e for e in events_of(text) if e.plover_type == "ASSAULT"]
    assert events and events[0].actor1.name.startswith("Unidentified Armed Group")


def test_an_unnamed_attacker_is_the_group_another_clause_makes_the_doer(
    events_of: Callable[..., list[Event]],
) -> None:
    text = (
        "Two constables of the Sindh Constabulary were gunned down in Karachi on Monday. They were riding home "
        "when suspected Baloch separatists opened fire on them."
    )
    events = [e for e in events_of(text) if e.plover_type == "ASSAULT"]
    assert events and all(e.actor1.name == "Baloch Separatists (Pakistan)" for e in events)


def test_a_country_s_own_force_is_that_force(events_of: Callable[..., list[Event]]) -> None:
    events = events_of("Ethiopia's regional police attacked herders near Jijiga on Monday.")
    assert any(e.actor1.name == "Police Forces of Ethiopia" for e in events)


def test_a_short_country_name_before_a_force_word_is_that_state(events_of: Callable[..., list[Event]]) -> None:
    events = events_of("Nine militants were killed in Datta Khel as the Pak Air force pounded their hideouts.")
    assert any(e.actor1.name == "Military Forces of Pakistan" and e.actor1.mention == "Pak Air" for e in events)


def test_a_unit_named_with_its_nationality_in_the_plural(events_of: Callable[..., list[Event]]) -> None:
    events = events_of("A farmer was shot dead by Indian Border Security Forces near the frontier on Monday.")
    assert any(e.actor1.name == "Military Forces of India" for e in events)


def test_a_weapon_tagged_as_a_name_is_no_organisation(events_of: Callable[..., list[Event]]) -> None:
    text = "An Improvised Explosive Device exploded near a market in Imphal on Monday, wounding two traders."
    events = [e for e in events_of(text) if e.plover_type == "ASSAULT"]
    assert events and all(e.actor1.name != "Improvised Explosive Device" for e in events)


def test_one_militant_is_of_the_one_group_the_article_names(events_of: Callable[..., list[Event]]) -> None:
    text = "A militant was killed in a gunfight with troops in Sopore on Friday. The slain man belonged to Hizbul Mujahideen."
    events = [e for e in events_of(text) if e.plover_type == "ASSAULT"]
    named = [a for e in events for a in (e.actor1, e.actor2) if a is not None and a.mention == "militant"]
    assert named and all(a.name == "HM: Hizbul Mujahideen" for a in named)


def test_an_abbreviation_is_the_body_the_text_defines(events_of: Callable[..., list[Event]]) -> None:
    text = (
        "Workers of the Patna Porters Party (PPP) marched in Patna against the new tolls. "
        "The PPP workers later blocked the highway."
    )
    events = events_of(text, "2015-03-01")
    actors = [a for e in events for a in (e.actor1, e.actor2, *e.assoc_actors) if a is not None]
    assert events and not any("Pakistan" in a.name for a in actors)
    assert all(e.actor1.country_code == "IN" for e in events)


def test_a_spelling_of_the_actor_s_name_keeps_its_abbreviation(coder: Coder) -> None:
    text = "Activists of the Pakistan People's Party (PPP) marched in Larkana on Sunday. The PPP leaders spoke."
    doc = coder.pipeline.run(Document(article_from_text(text)))
    labels = {m.label for m in doc["actor_mentions"] if m.text == "PPP"}
    assert labels and all(label.startswith("ppp") or "pakistan" in label for label in labels), labels
    other = "Workers of the Porters Party of Peshawar (PPP) marched in Larkana on Sunday."
    doc = coder.pipeline.run(Document(article_from_text(other)))
    assert {m.label for m in doc["actor_mentions"] if m.text == "PPP"} == {"defined:Porters Party of Peshawar"}


def test_a_doer_the_officials_believe_to_be_separatists_is_that_group(events_of: Callable[..., list[Event]]) -> None:
    text = "A rubber tapper was shot dead in Narathiwat on Monday. Officials believe the gunmen were separatists."
    events = [e for e in events_of(text) if e.plover_type == "ASSAULT"]
    assert events and events[0].actor1.name == "Southern Muslim Separatists (Thailand)"
    # a doubt names no one
    text = "A vendor was shot dead in Yala on Monday. It is unclear whether the attackers were separatists."
    events = [e for e in events_of(text) if e.plover_type == "ASSAULT"]
    assert events and events[0].actor1.name == "Unidentified Armed Group (Thailand)"


def test_the_attackers_said_to_be_a_party_s_activists_are_its_militia(events_of: Callable[..., list[Event]]) -> None:
    text = "A shop owner was stabbed in Feni on Monday. His family said the attackers were activists of the BNP."
    events = [e for e in events_of(text) if e.plover_type == "ASSAULT"]
    assert events and events[0].actor1.name == "BNP: Bangladesh Nationalist Party Militia"


def test_suspects_named_first_in_the_article_did_the_bombing(events_of: Callable[..., list[Event]]) -> None:
    text = "Suspected Baloch separatists had hidden explosives in a culvert near Turbat. The device went off on Monday, wounding two men."
    events = [e for e in events_of(text) if e.plover_type == "ASSAULT"]
    assert events and events[0].actor1.name == "Baloch Separatists (Pakistan)"


def test_an_abduction_or_arson_is_the_group_blamed_for_it(events_of: Callable[..., list[Event]]) -> None:
    text = "Armed men set fire to a truck in Bogra on Monday. Police said the BNP militia was behind the attack."
    events = [e for e in events_of(text) if e.plover_type == "COERCE" and e.acled_type]
    assert events and events[0].actor1.name == "BNP: Bangladesh Nationalist Party Militia"
    text = "A contractor and his driver were abducted near Turbat on Monday by suspected Baloch separatists."
    events = [e for e in events_of(text) if e.plover_type == "COERCE" and e.acled_type]
    assert events and events[0].actor1.name == "Baloch Separatists (Pakistan)"


def test_members_of_a_named_armed_group_are_that_group(events_of: Callable[..., list[Event]]) -> None:
    events = events_of("A gunman from Hizbul Mujahideen fired at a police post in Sopore on Monday.")
    assert any(e.actor1.name == "HM: Hizbul Mujahideen" for e in events)
    events = events_of("Members of the NSCN (Isak-Muivah) beat up a contractor in Ukhrul on Monday.")
    assert any(e.actor1.actor_id == "nscn_im" for e in events)
    # members of a community are people, not an armed organisation
    events = events_of("Hindu and Dalit community members fought in a village near Salem after Dalits tried to enter a temple.")
    sides = [a for e in events for a in (e.actor1, e.actor2) if a is not None and a.mention == "members"]
    assert events and not any(a.name == "Dalit Communal Group (India)" for a in sides)


def test_a_leader_of_a_group_acts_for_it(events_of: Callable[..., list[Event]]) -> None:
    text = "Abdul Karim, a commander of the Baloch Liberation Army, surrendered to officials in Kalat on Monday."
    events = events_of(text)
    assert any(e.actor1.actor_id == "baloch_liberation_army" for e in events)


def test_a_misspelt_group_word_is_still_the_group(events_of: Callable[..., list[Event]]) -> None:
    text = "A bomb killed two policemen in Turbat on Monday. Baloch seperatists are suspected."
    events = [e for e in events_of(text) if e.plover_type == "ASSAULT"]
    assert events and events[0].actor1.name == "Baloch Separatists (Pakistan)"


def test_rebels_in_thailand_are_the_southern_separatists(events_of: Callable[..., list[Event]]) -> None:
    events = events_of("A bomb wounded a teacher in Narathiwat on Monday. Rebels were believed to have planted it.")
    assert any(e.actor1.name == "Southern Muslim Separatists (Thailand)" for e in events if e.plover_type == "ASSAULT")


def test_a_foreign_unit_firing_across_the_border_hit_the_people(events_of: Callable[..., list[Event]]) -> None:
    text = "Two villagers were killed and three others injured near Zafarwal in shelling by Indian Border Security Forces."
    events = [e for e in events_of(text) if e.plover_type == "ASSAULT"]
    assert events and all(e.actor1.name == "Military Forces of India" for e in events)


def test_a_fight_between_two_named_communities_is_fought_by_their_militias(events_of: Callable[..., list[Event]]) -> None:
    text = (
        "Four farmers died on Sunday in renewed fighting over farmland between the Ado community of Benue State "
        "and the Ibu community across the river. Police said the fighting went on for two days."
    )
    battles = [e for e in events_of(text) if e.acled_type == "Battles"]
    assert battles and {battles[0].actor1.name, battles[0].actor2.name if battles[0].actor2 else None} == {
        "Ado Communal Militia", "Ibu Communal Militia"}  # fmt: skip


def test_a_paramilitary_group_is_a_pro_government_militia(events_of: Callable[..., list[Event]]) -> None:
    events = events_of("A paramilitary group looted a market near Kadugli and shot a trader.")
    assert any(e.actor1.name == "Militia (Pro-Government)" for e in events)


def test_a_divided_country_s_army_is_the_one_that_held_the_region(events_of: Callable[..., list[Event]]) -> None:
    events = events_of("Army troops shelled militant positions in Benghazi on Monday.", "2016-06-20")
    assert any(e.actor1.name == "Libyan National Army" for e in events)
    events = events_of("Libyan troops attacked Islamic State positions in Sirte on Monday.", "2016-06-20")
    assert any(e.actor1.name == "Government of National Accord" for e in events)
    events = events_of("Libyan troops attacked militant positions in Benghazi on Monday.", "2011-03-20")
    assert any(e.actor1.name == "Military Forces of Libya" for e in events)  # before the split


def test_militants_in_a_region_one_group_holds_are_that_group(events_of: Callable[..., list[Event]]) -> None:
    events = events_of("Militants shot dead two farmers near Rafah in North Sinai on Monday.", "2016-06-20")
    assert any(e.actor1.actor_id == "islamic_state_sinai" for e in events if e.plover_type == "ASSAULT")
    events = events_of("Militants killed two conscripts at a checkpoint near Assiut on Monday.", "2016-06-20")  # the region unnamed
    assert not any(e.actor1.actor_id == "islamic_state_sinai" for e in events)


def test_gunmen_who_attack_the_forces_in_such_a_region_stay_unnamed(events_of: Callable[..., list[Event]]) -> None:
    events = events_of("Gunmen shot dead a police sergeant at a checkpoint near Rafah in North Sinai on Monday.", "2016-06-20")
    assaults = [e for e in events if e.plover_type == "ASSAULT"]
    assert assaults and not any("islamic_state_sinai" in (e.actor1.actor_id, e.actor2 and e.actor2.actor_id)
                                for e in assaults)


def test_militants_the_state_attacks_in_its_campaign_region_are_the_campaign_s_foe(
    events_of: Callable[..., list[Event]],
) -> None:
    events = events_of("Pakistani jets bombed hideouts in North Waziristan, killing nine militants.", "2015-04-02")
    targets = [e.actor2 for e in events if e.plover_type == "ASSAULT" and e.actor2 is not None]
    assert any(a.actor_id == "ttp" for a in targets)
    events = events_of("Army troops killed six militants in Benghazi on Tuesday.", "2016-03-08")
    targets = [e.actor2 for e in events if e.plover_type == "ASSAULT" and e.actor2 is not None]
    assert any(a.actor_id == "brsc" for a in targets)
    events = events_of("Army troops killed five rebels near Laukkai on Monday.", "2015-03-10")  # rebels unnamed, too
    targets = [e.actor2 for e in events if e.plover_type == "ASSAULT" and e.actor2 is not None]
    assert any(a.actor_id == "mndaa" for a in targets)
    # outside the region, after the campaign, or when the text says the group is unknown: unnamed
    for text, when in (
        ("Pakistani jets bombed hideouts near Lahore, killing nine militants.", "2015-04-02"),
        ("Army troops killed six militants in Benghazi on Tuesday.", "2019-03-08"),
        ("Army troops killed five rebels near Myitkyina on Monday.", "2015-03-10"),
        ("Pakistani jets killed nine militants in Kurram; their group is unknown.", "2015-04-02"),
    ):
        events = events_of(text, when)
        assert not any(e.actor2 is not None and e.actor2.actor_id in ("ttp", "brsc", "mndaa") for e in events), text


def test_the_state_word_before_a_force_noun_names_the_forces_not_the_government(
    events_of: Callable[..., list[Event]],
) -> None:
    events = events_of("Battles raged near Waingmaw as the KIA took on government troops on Tuesday.")
    fights = [e for e in events if e.actor2 is not None]
    assert fights and fights[0].actor2.name == "Military Forces of Myanmar"
    assert fights[0].actor2.mention == "government"  # the parse's mention, read with the noun after it


def test_the_other_camp_s_troops_are_rebels_not_the_state_s(events_of: Callable[..., list[Event]]) -> None:
    events = events_of("The army said it killed 12 ethnic soldiers near Hpakant.", "2015-03-10")
    targets = [e.actor2 for e in events if e.actor2 is not None]
    assert targets and targets[0].name == "Rebels (Myanmar)"
    events = events_of("Clashes between government and insurgent troops near Hpakant killed one soldier.", "2015-03-10")
    names = {a.name for e in events for a in (e.actor1, e.actor2) if a is not None}
    assert {"Rebels (Myanmar)", "Military Forces of Myanmar"} <= names  # "government" shares "troops"


def test_forces_hit_by_fire_across_the_line_of_control_were_hit_by_the_other_state(
    events_of: Callable[..., list[Event]],
) -> None:
    events = events_of("Two Indian soldiers were injured in shelling across the Line of Control near Uri on Friday.", "2015-09-01")
    fights = [e for e in events if e.plover_type == "ASSAULT"]
    assert fights and fights[0].actor1.name == "Military Forces of Pakistan"
    assert fights[0].actor2 is not None and fights[0].actor2.name == "Military Forces of India"
    # away from such a line the fire stays the victims' own reading
    events = events_of("Two Indian soldiers were injured in shelling near Pune on Friday.", "2015-09-01")
    assert not any(e.actor1.name == "Military Forces of Pakistan" for e in events)


def test_clan_fighting_is_fought_by_clan_militias(events_of: Callable[..., list[Event]]) -> None:
    events = events_of("Four dead after clan fighting near Dhusamareb on Sunday.", "2016-06-20")
    fights = [e for e in events if e.plover_type == "ASSAULT"]
    assert fights and fights[0].actor1.name == "Unidentified Clan Militia (Somalia)"


def test_an_adjective_opening_a_sentence_is_no_organisation(events_of: Callable[..., list[Event]]) -> None:
    text = "Fierce fighting erupted near Paletwa between government troops and the Arakan Army on Monday."
    fights = [e for e in events_of(text) if e.plover_type == "ASSAULT"]
    assert fights and fights[0].actor1.name != "Fierce"


def test_an_attack_allegedly_by_a_party_s_supporters_is_its_militia(events_of: Callable[..., list[Event]]) -> None:
    text = "A polling agent was hurt in an attack in Feni on Monday, allegedly by men loyal to a BNP-backed mayoral hopeful."
    events = [e for e in events_of(text, "2015-04-26") if e.plover_type == "ASSAULT"]
    assert events and events[0].actor1.name == "BNP: Bangladesh Nationalist Party Militia"


def test_the_rival_group_of_a_party_s_man_is_his_party_s_faction(events_of: Callable[..., list[Event]]) -> None:
    text = "A BNP ward leader died on Sunday after he was stabbed by his rival group at a tea stall in Feni."
    events = [e for e in events_of(text, "2015-10-22") if e.plover_type == "ASSAULT"]
    assert events and events[0].actor1.name == "BNP: Bangladesh Nationalist Party Militia"


def test_troops_of_a_unit_and_a_partner_force_are_the_troops(events_of: Callable[..., list[Event]]) -> None:
    text = "Soldiers of the forward battalion and the Civilian JTF ambushed insurgents near Bama on Monday."
    fights = [e for e in events_of(text, "2016-06-20") if e.plover_type == "ASSAULT"]
    assert fights and fights[0].actor1.name == "Military Forces of Nigeria"


def test_the_victims_the_parse_put_on_both_sides_did_not_attack(events_of: Callable[..., list[Event]]) -> None:
    text = "Three staff of the Northern Highway Authority were wounded when armed men opened fire on their jeep near Turbat."
    events = [e for e in events_of(text, "2015-06-01") if e.plover_type == "ASSAULT"]
    assert events and events[0].actor1.name == "Unidentified Armed Group (Pakistan)"


def test_the_forces_of_a_government_s_named_operation_are_its_forces(events_of: Callable[..., list[Event]]) -> None:
    events = events_of("Bunyan al-Marsous forces overran an Islamic State position in Sirte on Tuesday.", "2016-06-21")
    assert any(e.actor1.name == "Government of National Accord" for e in events)


def test_militants_of_an_article_about_one_kind_of_group_are_that_group(events_of: Callable[..., list[Event]]) -> None:
    # the second sentence names what the operation is against: separatists, in Pakistan the Baloch ones
    text = "Frontier Corps troops killed four militants near Kohlu on Tuesday. The operation is aimed at separatist groups in the province."
    events = [e for e in events_of(text, "2015-06-01") if e.plover_type == "ASSAULT"]
    assert events and events[0].actor2 is not None and events[0].actor2.actor_id == "baloch_separatists"


def test_militants_stay_unnamed_where_no_one_claimed_the_deed(events_of: Callable[..., list[Event]]) -> None:
    text = (
        "Frontier Corps troops killed four militants near Kohlu on Tuesday. No group has claimed the attacks in "
        "the area, though separatist groups operate there."
    )
    events = [e for e in events_of(text, "2015-06-01") if e.plover_type == "ASSAULT"]
    assert events and events[0].actor2 is not None and events[0].actor2.name == "Unidentified Armed Group (Pakistan)"


def test_forces_that_only_told_of_an_attack_are_no_side_of_it(events_of: Callable[..., list[Event]]) -> None:
    text = "Two rickshaw pullers were hurt as assailants hurled crude bombs at a market in Rangpur, police and witnesses said."
    events = [e for e in events_of(text, "2015-01-12") if e.acled_type]
    assert events and events[0].actor2 is not None and events[0].actor2.name == "Civilians (Bangladesh)"


def test_the_armed_opposition_of_south_sudan_is_the_spla_io(events_of: Callable[..., list[Event]]) -> None:
    events = [e for e in events_of("Government troops clashed with opposition forces near Yei on Monday.", "2016-07-04") if e.acled_type]
    assert events and events[0].actor2 is not None and events[0].actor2.actor_id == "spla_io"


def test_militants_are_not_the_ally_named_with_the_troops(events_of: Callable[..., list[Event]]) -> None:
    # the Civilian JTF patrols with the troops: the militants they killed are someone else
    text = "Soldiers of the 7 Division and the Civilian JTF patrolling near Kauri and Mafa killed six insurgents."
    events = [e for e in events_of(text, "2016-06-20") if e.plover_type == "ASSAULT"]
    assert events and events[0].actor2 is not None and events[0].actor2.actor_id != "civilian_jtf"
