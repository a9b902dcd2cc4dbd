"""ACLED's coding conventions, applied to an article's events once every field is known.

The ACLED codebook (2023) codes who took part by role, not by name, for demonstrations and unarmed
violence, and records one event where a protest meets the police:
- A demonstration's actor1 is "Protesters (<country>)"; a violent one's is "Rioters (<country>)". The
  group that organised it (a party, a union) is an associated actor. A protest has no actor2 unless the
  state intervened.
- Violence by people who are not an armed organisation (villagers, party supporters, students, a mob)
  is a riot: "Violent demonstration" when it is part of a protest, "Mob violence" otherwise.
- Police or soldiers acting against a demonstration in the same sentence make the demonstration a
  "Protest with intervention" (tear gas, baton charges, arrests) or "Excessive force against
  protesters" (live fire, deaths); their action is then part of that event and is not coded again.
  Forces the neighbouring sentences show acting on the gathering ("Police were deployed", "were later
  arrested by police") are its actor2 too (`intervention.py`).
- Role actors are coded by role and country: the people an attack, abduction or arrest was aimed at, when
  they are no armed organisation (a party's members, a named person), are "Civilians (<country>)" with the
  party associated; a party that fights outside a riot acts through its political militia; a deadly fight
  of local people of no armed organisation is fought by "<village> Communal Militia" on both sides. The
  country is the doer's when the doer is of one country (a party of one country), else the place's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from sigacts.records import Actor, Event, make_event_id
from sigacts.resources.actors import ActorBase
from sigacts.resources.generic_actors import GENERIC_ACTOR_KINDS, UNARMED_KINDS
from sigacts.stages.events import STRIKING_GROUPS
from sigacts.stages.intervention import in_grievance, intervening_forces, with_intervening_forces
from sigacts.taxonomy import interaction_code

PROTESTS, RIOTS = "Protests", "Riots"
# Generated role actors of a country (their ids are "<kind>_<country code>"), which are no organisation.
ROLE_ID_PREFIXES = ("civilians_", "protesters_", "rioters_", "unidentified_armed_group_")
UNARMED_TYPES = frozenset({"Civilians", "Protesters", "Rioters"})
# Words of a protest clause that show the protesters themselves used violence.
RIOT_CUES = frozenset(
    {"stones", "stone", "bricks", "brickbats", "pelted", "pelting", "hurled", "torched", "vandalised", "vandalized",
     "ransacked", "rioted", "rioting", "riot", "rioters", "ablaze", "arson", "clashed", "clash", "clashes",
     "smashed", "burnt", "violent", "petrol", "mob", "molotov", "cocktail", "cocktails", "projectiles", "thrown",
     "threw", "throwing", "throws", "stormed", "storming", "looted", "looting", "afire", "alight", "tyres", "tires",
     "vandalism", "vandalising", "vandalizing", "stone-pelting", "brickbatting", "machetes"}
)  # fmt: skip
# What a crowd does in a demonstration that makes it violent, beyond the words that mark a riot anywhere:
# bombs set off ("They also exploded crude bombs"), smashing and destroying, going berserk.
CROWD_VIOLENCE = RIOT_CUES | frozenset(
    {"smashing", "destroying", "berserk", "exploded", "blasted", "bombs", "explosions"}
)  # fmt: skip
RIOT_WORDS = frozenset({"riot", "riots", "rioted", "rioting", "rioters"})
EFFIGY = frozenset({"effigy", "effigies", "copies", "copy", "poster", "posters", "flag", "flags", "banner", "banners",
                    "photo", "photos", "portrait", "portraits", "picture", "pictures"})
BOMB_WORDS = frozenset({"bomb", "bombs", "cocktail", "cocktails"})
EXCESSIVE_CUES = frozenset({"killed", "shot", "bullets", "live", "died", "dead", "death", "gunfire", "killing"})
FIRE_CUES = frozenset({"fired", "firing", "opened"})
NON_LETHAL_CUES = frozenset({"tear", "teargas", "tear-gas", "rubber", "cannon", "cannons", "baton", "batons", "lathi",
                             "lathicharge", "lathi-charge", "canes", "pellets", "blank"})


# Organisations that act at home: parties, unions, students' wings and their militias (not identity groups,
# whose names ("Christian community") are shared across countries, nor state forces, who fight abroad).
HOME_TYPES = frozenset({"Protesters", "Rioters", "Political militia"})


def country_of(event: Event, focus: Sequence[str], actors: ActorBase | None = None) -> str | None:
    """The country of the event's role actors (protesters, rioters, civilians): that of a doer who is of one
    country whatever the place (a party of one country, people the resolver read in a country: "Eritrean
    refugees", villagers in the article's country), else the event place's country, else its actors', else the
    focus. The doer outweighs a town name the gazetteer also knows abroad ("Mirpur", "Delta") and says whose
    people protest abroad."""
    if actors is not None and (home := _home_country(event.actor1, actors)) is not None:
        return home
    if event.location is not None and event.location.country_code:
        return event.location.country_code
    for actor in (event.actor1, event.actor2):
        if actor is not None and actor.country_code:
            return actor.country_code
    return focus[0] if focus else None


def _home_country(doer: Actor, actors: ActorBase) -> str | None:
    if not doer.country_code or not doer.actor_id:
        return None
    if doer.actor_id.startswith(ROLE_ID_PREFIXES):
        # people the resolver read in the country the article's evidence gives, when it put the place's own
        # reading behind (a stray town name abroad); foreigners ("Eritrean refugees") are in the place's country
        return None if _nationality(doer, actors) else doer.country_code
    if doer.type not in HOME_TYPES:
        return None
    countries = {e.country_code for e in actors.candidates(doer.mention or doer.name)} | {doer.country_code}
    return doer.country_code if len(countries) == 1 else None


def _nationality(doer: Actor, actors: ActorBase) -> str | None:
    """The country of people named by their nationality ("Eritrean refugees", "Algerian lawyers"), else None."""
    first = (doer.mention or "").split()[:1]
    code = actors.country_for_demonym(first[0]) if first else None
    return code if code and code == doer.country_code else None


def _of_their_nation(event: Event, doer: Actor, actors: ActorBase) -> Event:
    """Protesters or rioters named by a nationality are coded by it ("Eritrean refugees" demonstrating in Nairobi
    are "Protesters (Eritrea)"); the forces that met them and their victims stay of the place's country."""
    nation = _nationality(doer, actors) if (doer.actor_id or "").startswith(ROLE_ID_PREFIXES) else None
    role = event.actor1
    if nation is None or role.type not in ("Protesters", "Rioters") or role.country_code == nation:
        return event
    entry = actors.state_forces(nation, role.type.lower())
    if entry is None:
        return event
    ours = entry.to_actor(role.mention)
    return event.with_changes(actor1=ours, interaction=_interaction(ours, event.actor2))


def is_unarmed(actor: Actor | None) -> bool:
    """People who are not an armed organisation: generic civilians, protesters, rioters."""
    if actor is None:
        return False
    if actor.type in UNARMED_TYPES:
        return True
    mention = (actor.mention or "").lower().split()
    return bool(mention) and GENERIC_ACTOR_KINDS.get(mention[-1]) in UNARMED_KINDS and actor.type is None


def _rioting(event: Event) -> bool:
    """Violence by unarmed people, or by a group of unknown kind fighting with stones and sticks.

    Destruction of property (torching, vandalising) by anyone but an armed organisation or the state
    is a riot too, and so is arson by people the report does not name.
    """
    if not event.acled_type or event.plover_mode == "sexual" or event.acled_type == PROTESTS:
        return False  # ACLED keeps sexual violence its own sub-type, whoever commits it; a gherao stays a protest
    if event.plover_type == "ASSAULT":
        cues = _cues(event)
        if (event.evidence.trigger or "").lower() in ARMED_FIGHTS and cues & ARMED_SIDES:
            return False  # "a woman Naxal was killed in a gun-battle with security forces": a battle, whoever died
        if is_unarmed(event.actor1):
            # a gunfight or shooting by party men or villagers is armed violence (ACLED: militias), not a riot
            return not (event.plover_mode in GUN_MODES or cues & GUNFIRE_CUES)
        primitive = event.plover_mode in PRIMITIVE_MODES or bool(cues & RIOT_CUES)
        if event.actor1.type is None and primitive:
            return True
        if _unidentified(event.actor1) and cues & HANDHELD_CUES and not cues & FIREARM_CUES:
            return True  # "unknown assailants stoned a bus": no armed group, a mob's weapons
        if _unidentified(event.actor1) and not cues & GUN_CUES and (
            _thrown_crude_bomb(event.evidence.text) or _set_off_crude_bomb(event.evidence.text, event.actor1)
        ):
            return True  # "assailants hurled crude bombs at a bus": street violence, not a planted device
        # "two rival groups clashed over land": people of no known armed group fighting without guns
        brawl = (event.evidence.trigger or "").lower() in CLASH_WORDS and not cues & FIREARM_CUES
        doers = _unorganised(event.actor1) or _unseen_civil_fight(event, cues)
        return brawl and doers and (event.actor2 is None or _unorganised(event.actor2))
    if event.plover_mode == "destroy" and not _symbolic(event):
        unnamed = event.evidence.rule == "unseen-agent" or _unidentified(event.actor1)
        return event.actor1.type not in ARMED_TYPES or unnamed
    return False


# Who fights in a clash of no armed side: party people, crowds, communities, and the disputes they fight over.
CIVIL_FIGHT_WORDS = frozenset({"supporters", "activists", "workers", "cadres", "members", "students", "villagers",
                               "residents", "locals", "communities", "community", "opponents", "rival", "rivals",
                               "demonstrators", "protesters", "protestors", "agitators", "enforcers", "picketers",
                               "election", "elections", "poll", "polls", "polling", "hartal", "bandh", "dispute",
                               "disputes", "party", "parties", "factions", "families", "neighbours"})


def _unseen_civil_fight(event: Event, cues: set[str]) -> bool:
    """ "Minor clashes broke out after the election results", "disputes over a local chief led to clashes": a clash
    told without its sides, among party people, crowds or neighbours, where no armed side (fighters, troops) is
    named: a riot, not a battle of an unknown armed group."""
    if event.evidence.rule != "unseen-agent" and (event.actor1.mention or "").strip():
        return False
    # a clash with forces named is left to the rules on crowds fighting the police
    return bool(cues & CIVIL_FIGHT_WORDS) and not cues & (FIGHTER_WORDS | ARMED_SIDES | MILITARY_WORDS | STATE_FORCE_WORDS)


# Fights that armed sides wage, and the words that name such sides.
ARMED_FIGHTS = frozenset({"battle", "battles", "gun-battle", "gunbattle", "fighting", "gunfight", "firefight",
                          "shootout", "shoot-out", "encounter", "hostilities"})
ARMED_SIDES = frozenset({"militant", "militants", "insurgent", "insurgents", "rebel", "rebels", "naxal", "naxals",
                         "maoist", "maoists", "militia", "militias", "militiamen", "troops", "soldiers", "army",
                         "forces", "brigade", "fighters", "jihadists", "gunmen"})  # fmt: skip
# What a crowd fights with or does to property, never an armed group's weapon.
HANDHELD_CUES = frozenset({"stones", "stone", "stoned", "bricks", "brickbats", "pelted", "pelting", "stone-pelting",
                           "brickbatting", "vandalised", "vandalized", "vandalism", "ransacked", "torched"})
CRUDE_BOMB = re.compile(r"\b(?:crude|hand-?made|country-made|home-?made|cocktails?|molotov)\b")
THROWING_WORDS = frozenset({"hurled", "hurling", "hurl", "threw", "thrown", "throwing", "throw", "lobbed", "lobbing"})
# "assailants exploded five cocktails", "blasted crude bombs": people setting off hand-made bombs in the street
SETTING_OFF = re.compile(r"\b(?:exploded|exploding|blasted|blasting|detonated|set off|burst|bursting) (?:[\w-]+ ){0,3}?"
                         r"(?:crude|hand-?made|country-made|home-?made|cocktails?|molotov)\b")
GUN_CUES = frozenset({"shot", "shots", "gun", "guns", "gunfire", "bullet", "bullets", "rifles", "gunmen", "shooting",
                      "firing", "fired"})


def _thrown_crude_bomb(text: str) -> bool:
    """ "hurled two crude bombs", "threw a Molotov cocktail": a hand-made bomb thrown by hand (ACLED: the
    weapon of a riot; a grenade or a planted device stays remote violence)."""
    return bool(set(_words(text)) & THROWING_WORDS) and CRUDE_BOMB.search(text.lower()) is not None


def _set_off_crude_bomb(text: str, doer: Actor) -> bool:
    """ "assailants exploded five cocktails", "blasted crude bombs": hand-made bombs set off in the street by
    people the report does not name as fighters ("militants blasted crude bombs" stays remote violence)."""
    return SETTING_OFF.search(text.lower()) is not None and not set(_words(doer.mention or "")) & FIGHTER_WORDS


CLASH_WORDS = frozenset({"clash", "clashes", "clashed", "scuffle", "scuffled", "skirmish", "brawl", "fought", "fight",
                         "gunfight", "firefight", "encounter", "shootout", "fighting", "battle", "fire-fight",
                         "skirmishes", "scuffles", "brawls", "fights", "clashing", "battling", "brawled"})


def _unarmed_side_first(event: Event) -> Event:
    """A clash of state forces or an armed group with unarmed people ("clashes between police and
    opposition activists"): the unarmed side rioted, so it comes first and the riot rule codes it."""
    if event.plover_type != "ASSAULT" or event.actor2 is None or not event.acled_type:
        return event
    trigger = (event.evidence.trigger or "").lower()
    if trigger in CLASH_WORDS and not is_unarmed(event.actor1):
        other = event.actor2
        if is_unarmed(other) or (event.actor1.type == "State forces" and other.type is None and not other.actor_id):
            return event.with_changes(actor1=other, actor2=event.actor1)  # "police and voters clashed"
    return event


FIREARM_CUES = frozenset({"fire", "fired", "firing", "shot", "shots", "gun", "guns", "gunfire", "bullet", "bullets",
                          "rifles", "armed", "weapons", "gunmen", "shooting", "grenade", "bomb", "bombs", "mortar"})


FIGHTER_WORDS = frozenset({"militant", "militants", "insurgent", "insurgents", "rebel", "rebels", "gunmen", "gunman",
                           "fighters", "terrorists", "terrorist", "jihadists", "extremists", "guerrillas", "armed",
                           "militia", "militias", "militiamen", "combatants", "gang", "gangs", "cult", "cultists"})


def _unorganised(actor: Actor) -> bool:
    """No armed organisation the knowledge base knows: described groups, unidentified people."""
    if is_unarmed(actor) or (actor.type is None and not actor.actor_id) or _described(actor):
        return True
    # "two groups clashed": unidentified people the text describes, unless the words name fighters
    # ("heavy fighting took place" names no one: the fighters of an unseen side are armed)
    words = set(_words(actor.mention or ""))
    return bool(words) and _unidentified(actor) and not words & FIGHTER_WORDS


def _described(actor: Actor) -> bool:
    words = (actor.mention or "").lower().split()
    return bool(words) and not actor.actor_id and (words[-1] in GROUP_WORDS or words[-1] == "villagers")


def _unidentified(actor: Actor) -> bool:
    """ "Assailants", "miscreants": a doer the report describes but does not name."""
    return actor.name.startswith("Unidentified") or GENERIC_ACTOR_KINDS.get((actor.mention or "").lower()) == "unidentified"


GUN_MODES = frozenset({"firearms"})
GUNFIRE_CUES = frozenset({"gunfight", "gunfights", "shootout", "encounter", "bullet", "bullets", "bullet-hit",
                          "bullet-ridden", "gunshot", "gunshots", "gunfire", "exchanged", "firearms", "rifles",
                          "pistol", "pistols"})  # fmt: skip
ARMED_TYPES = frozenset({"State forces", "Rebel group", "Political militia", "Identity militia", "External/Other"})
PRIMITIVE_MODES = frozenset({"primitive", "beat"})


def apply_acled_rules(
    events: list[Event], actors: ActorBase, focus: Sequence[str], sentences: Sequence[str] = ()
) -> list[Event]:
    """The article's events with ACLED's role-based actors and protest/riot sub-types.

    `sentences` (the article's sentence texts) let a protest that "turned violent" in the next
    sentences be coded as the riot it became.
    """
    protest_sentences = {e.evidence.start for e in events if e.acled_type in (PROTESTS, RIOTS)}
    absorbed: set[str] = set()  # event ids of police actions coded as part of a protest
    out: list[Event] = []
    for event in events:
        country = country_of(event, focus, actors)
        doer = event.actor1
        if (stopper := _thwarting_response(events, event, sentences)) is not None:
            # "tried to stage a sit-in; police blocked them": the protesters gathered and were stopped
            event = event.with_changes(factuality="occurred", acled_type=PROTESTS)
            if stopper >= 0:
                absorbed.add(events[stopper].event_id)
                event = _protest(event, events[stopper], actors, country)
            else:
                event = _protest(event, None, actors, country)
                if event.acled_type == PROTESTS:
                    event = event.with_changes(acled_subtype="Protest with intervention")
        elif event.plover_type == "PROTEST" and event.acled_type:
            response = _state_response(events, event)
            if response is not None:
                absorbed.add(events[response].event_id)
            turned = _turned_violent(event, sentences)
            event = _protest(event, events[response] if response is not None else None, actors, country, turned)
        elif _siege_by_people(event):
            event = _protest(event.with_changes(acled_type=PROTESTS, actor2=None), None, actors, country)
        elif event.plover_mode == "destroy" and event.acled_type and _symbolic(event):
            event = _protest(event.with_changes(acled_type=PROTESTS), None, actors, country)  # "burnt an effigy"
        elif event.evidence.start not in protest_sentences and _disperses_crowd(event):
            # the police action stays a PLOVER event; the protest it broke up is the ACLED event
            out.append(event.with_changes(acled_type=None, acled_subtype=None, interaction=None))
            turned = _turned_violent(event, sentences)  # "Police dispersed the protesters. They also pelted stones"
            event = _protest(_as_protest(event, actors, country), event, actors, country, turned)
        elif event.evidence.start not in protest_sentences and (forces := _hurt_by_dispersal(event, actors, country)):
            # "ten were injured when police resorted to a baton charge": the hurt are a crowd the forces broke up
            out.append(event.with_changes(acled_type=None, acled_subtype=None, interaction=None))
            turned = _turned_violent(event, sentences)
            event = _protest(_as_protest(event, actors, country), event.with_changes(actor1=forces), actors, country, turned)
        elif _hits_civilians(event, _next_sentence(event, sentences)):
            event = _on_civilians(event, actors, country)
        elif event.actor2 is not None and _members_of_unarmed_group_hit(event):
            group = event.actor2  # "two party workers were shot dead": civilians, their party associated
            event = _on_civilians(event.with_changes(actor2=None), actors, country)
            event = event.with_changes(assoc_actors=(*event.assoc_actors, group))
        event = _fought_back(event, _next_sentence(event, sentences))
        event = _shelling_in_a_fight(event, _next_sentence(event, sentences))
        event = _armed_victims(event, actors, country)
        event = _off_duty_victims(event, actors, country)
        event = _died_in_a_fight(event, actors, country)
        event = _civilian_deaths(event)
        event = _territory_transfer(event)
        event = _unarmed_side_first(event)
        if _rioting(event):
            in_protest = event.evidence.start in protest_sentences or _demonstrators(event) or (
                event.acled_subtype == "Violent demonstration")
            if not in_protest and _mob_justice(event):
                event = _on_civilians(event.with_changes(actor1=_vigilantes(event.actor1, actors, country)), actors, country)
            elif not in_protest and _assault_on_a_person(event):
                event = _on_civilians(event, actors, country)
            elif _lethal(event) and not in_protest:
                event = _lethal_group_violence(event, actors, country)
            else:
                event = _riot(event, in_protest, actors, country)
        if _crowd_fights_police(event):
            in_protest = event.evidence.start in protest_sentences or bool(set(_words(event.evidence.text)) & CROWD_WORDS)
            event = _riot(_crowd_first(event, actors, country), in_protest, actors, country)
        if event.evidence.start not in protest_sentences:
            event = _deadly_group_fight(event)
        if event.acled_type in (PROTESTS, RIOTS) and _open_to_forces(event) and not (
            _reciprocal(event) or _groups_fought(event) or _clashed_among_themselves(event, sentences)
        ):
            event = with_intervening_forces(event, sentences, actors, country)
        event = _rioters_on_both_sides(event, actors, country)
        event = _organisation_hit_by_rioters(event, actors, country)
        event = _communal_militias(event, country)
        event = _party_militias(event, actors)
        event = _unarmed_targets_are_civilians(event, actors, country)
        event = _of_their_nation(event, doer, actors)
        event = _unnamed_victims(event, actors, country, _next_sentence(event, sentences))
        event = _demonstrators_hit(event, actors, country, _next_sentence(event, sentences))
        event = _civilians_attacked(event, actors, country)
        out.append(event)
    absorbed |= _dating_campaigns(out)
    absorbed |= _grievances_of_protests(out)
    absorbed |= _dispersals_of_crowds(out)
    out = _protests_with_own_violence(out)
    if not any(e.acled_type for e in out):
        out = _demands_in_the_street(out, actors, focus, sentences)
    return [e if e.event_id not in absorbed else e.with_changes(acled_type=None, acled_subtype=None, interaction=None)
            for e in out]  # fmt: skip


# "(Day 9 of hartal)", "on the 11th day of the blockade": a campaign named to date what happened during it
_DAY_OF = r"\b(?:day[\s-]*\d+|\d+(?:st|nd|rd|th)?[\s-]+day|\w+th day|first day|second day|third day) of (?:the |their |its )?(?:[\w-]+ ){0,4}?"


def _protests_with_own_violence(events: list[Event]) -> list[Event]:
    """ "BCL men staged demonstrations and beat up riders": a demonstration whose own people, in the same
    sentence, did violence the rules code as a violent demonstration is that violent demonstration."""
    out = []
    for event in events:
        riot = None
        if event.plover_type == "PROTEST" and event.acled_type == PROTESTS and event.actor1.mention:
            riot = next((other for other in events if other.acled_subtype == "Violent demonstration"
                         and other.plover_type != "PROTEST" and other.evidence.main_clause
                         and other.evidence.start == event.evidence.start
                         and other.actor1.mention == event.actor1.mention
                         and (other.evidence.trigger or "").lower() in _protest_cues(event.evidence.text)), None)  # fmt: skip
        if riot is not None:
            event = event.with_changes(acled_type=RIOTS, acled_subtype="Violent demonstration", actor1=riot.actor1,
                                       interaction=_interaction(riot.actor1, event.actor2))  # fmt: skip
        out.append(event)
    return out


ROLE_NAMES = frozenset({"Civilians", "Protesters", "Rioters"})


def _working_people(actor: Actor) -> bool:
    """ "Power engineers", "lawyers of the district court": people named by their trade."""
    words = (actor.mention or "").lower().split()
    return bool(words) and (GENERIC_ACTOR_KINDS.get(words[-1]) in UNARMED_KINDS or words[-1] in STRIKING_GROUPS)


def _demands_in_the_street(
    events: list[Event], actors: ActorBase, focus: Sequence[str], sentences: Sequence[str] = ()
) -> list[Event]:
    """ "Farmers squatted on the road demanding better prices", "villagers demanded a new bridge", "engineers
    continued to boycott their duties": in a report of no other act, people (or a party or union) shown
    demanding something, or workers refusing their work, are a demonstration or a strike (ACLED codes the
    gathering that carries a demand). Governments and armed groups that demand make statements. Forces the
    report shows acting on it ("Police stopped them") are its actor2, as for any demonstration."""
    for i, event in enumerate(events):
        trigger = (event.evidence.trigger or "").lower()
        boycott = event.plover_mode == "boycott" and event.factuality in ("occurred", "ongoing")
        demand = event.plover_type == "REQUEST" and event.factuality == "occurred" and trigger.startswith("demand")
        if not (boycott or demand):
            continue
        actor = event.actor1
        people = is_unarmed(actor) and actor.name.split(" (")[0] in ROLE_NAMES  # not a party's statement
        people = people or (boycott and not actor.actor_id and _working_people(actor))
        if not (people or trigger == "demanding" and actor.type == "Protesters"):
            continue
        country = country_of(event, focus, actors)
        protest = event.with_changes(acled_type=PROTESTS, acled_subtype="Peaceful protest", actor2=None)
        protest = with_intervening_forces(_protest(protest, None, actors, country), sentences, actors, country)
        events = [*events[:i], protest, *events[i + 1 :]]
        break
    return events


VIOLENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians", RIOTS})
HEADER_WORDS = 8


def _dating_campaigns(events: Sequence[Event]) -> set[str]:
    """The ids of strikes and blockades named only to date another event ("On Day 9 of the hartal, pickets
    torched a bus"): the act reported is the event ACLED codes; the campaign is coded where it is the only
    act of the report."""
    found: set[str] = set()
    for event in events:
        trigger = (event.evidence.trigger or "").lower()
        if event.plover_type != "PROTEST" or not event.acled_type or not trigger:
            continue
        if re.search(_DAY_OF + re.escape(trigger) + r"\b", event.evidence.text.lower()) is None:
            continue
        short = len(_words(event.evidence.text)) <= HEADER_WORDS  # "(Day 9 of hartal)" alone before the report
        if any(other is not event and other.acled_type in VIOLENT_TYPES and (other.evidence.start == event.evidence.start or short)
               for other in events):  # fmt: skip
            found.add(event.event_id)
    return found


def _dispersals_of_crowds(events: Sequence[Event]) -> set[str]:
    """The ids of baton charges and tear gas by the forces in the sentence of a riot or demonstration ("two groups
    clashed; police resorted to a lathicharge to bring the situation under control"): the forces' answer is part
    of that event (ACLED codes the one event), not an attack of its own."""
    found: set[str] = set()
    for event in events:
        if event.actor1.type != "State forces" or event.plover_type not in ("ASSAULT", "COERCE") or not event.acled_type:
            continue
        text = event.evidence.text.lower()
        if not (set(_words(text)) & DISPERSAL_CUES or any(charge in text for charge in BATON_CHARGES)):
            continue
        if any(other.acled_type in (PROTESTS, RIOTS) and other.evidence.start == event.evidence.start
               and other.event_id != event.event_id for other in events):  # fmt: skip
            found.add(event.event_id)
    return found


GRIEVANCE_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})


def _grievances_of_protests(events: Sequence[Event]) -> set[str]:
    """The ids of attacks named only as what a protest the sentence asserts is about ("traders protested against
    the murder of a colleague", "relatives of a boy who had been kidnapped staged a sit-in"): the protest is the
    act reported; the attack came before it and is coded from its own report."""
    found: set[str] = set()
    for event in events:
        if event.acled_type not in GRIEVANCE_TYPES or not (event.plover_type == "ASSAULT" or event.plover_mode == "abduct"):
            continue
        text, trigger = event.evidence.text, (event.evidence.trigger or "").lower()
        if not any(other.plover_type == "PROTEST" and other.acled_type in (PROTESTS, RIOTS)
                   and other.evidence.start == event.evidence.start and other.evidence.main_clause is not False
                   and other.factuality in ("occurred", "ongoing") for other in events):  # fmt: skip
            continue
        if trigger and trigger in _tokens(_without_force_names(text)) and trigger not in _protest_cues(text):
            found.add(event.event_id)
    return found


def _state_response(events: Sequence[Event], protest: Event) -> int | None:
    """The index of state forces assaulting or arresting people in the protest's sentence."""
    for i, other in enumerate(events):
        if other is protest or other.evidence.start != protest.evidence.start:
            continue
        if other.plover_type in ("ASSAULT", "COERCE") and other.actor1.type == "State forces" and (
            other.factuality in ("occurred", "ongoing")  # "efforts to take over the temple" did not meet the protest
        ) and not _about_it(other):  # "demanding the release of men who were arrested" came before
            return i
    return None


def _about_it(response: Event) -> bool:
    text, trigger = response.evidence.text, response.evidence.trigger or ""
    at = text.find(trigger) if trigger else -1
    return at > 0 and in_grievance(text[:at])


# Words that tell a protest was tried and stopped rather than only planned.
THWARTED_CUES = frozenset({"tried", "trying", "attempted", "attempting", "attempt", "attempts", "prevented",
                           "preventing", "stopped", "stopping", "foiled", "thwarted", "blocked", "barred"})


def _thwarting_response(events: Sequence[Event], protest: Event, sentences: Sequence[str]) -> int | None:
    """The state forces' act that stopped a protest the text reads as only tried ("attempted to hold a
    rally. Police blocked the marchers"): ACLED codes the attempt as a protest with intervention."""
    if protest.plover_type != "PROTEST" or protest.acled_type or protest.factuality not in ("planned", "negated"):
        return None
    if not _cues(protest) & THWARTED_CUES:
        return None
    near = {protest.evidence.text, _next_sentence(protest, sentences)}
    for i, other in enumerate(events):
        if other is not protest and other.evidence.text in near and other.plover_type in ("ASSAULT", "COERCE") and (
            other.actor1.type == "State forces" and other.factuality in ("occurred", "ongoing")
        ):
            return i
    # "Police blocked the marchers", "removed the members who tried to": stopped by forces the text names
    # with a verb that is no event of its own (-1: no event to take the forces from)
    stopped = any((words := set(_words(text))) & STOPPERS and words & STOPPING_WORDS for text in near)
    return -1 if stopped else None


STOPPING_WORDS = frozenset({"blocked", "stopped", "prevented", "removed", "dispersed", "detained", "arrested", "evicted",
                            "barred", "halted", "foiled", "thwarted", "obstructed"})
DISPERSAL_CUES = frozenset({"disperse", "dispersed", "dispersing", "lathicharge", "lathicharged", "lathi-charge",
                            "lathi-charged", "baton-charged", "baton-charge", "teargas", "tear-gas", "tear", "cannon",
                            "cannons", "batoncharged", "cane-charged", "canecharged", "cane-charge"})  # fmt: skip
CROWD_WORDS = frozenset({"crowd", "crowds", "protesters", "protestors", "demonstrators", "agitators", "agitating",
                         "protesting", "protest", "protests", "rally", "procession", "gathering", "demonstration",
                         "agitation", "sit-in", "strikers", "marchers", "picketers", "agitations", "picketing",
                         "effigy", "demonstrations", "rallies", "blockade", "gherao", "dharna"})  # fmt: skip


def _disperses_crowd(event: Event) -> bool:
    """ "Police lathicharged the crowd", "troops fired tear gas to disperse protesters": state forces
    breaking up a gathering the report does not code as an event of its own."""
    if event.plover_type not in ("COERCE", "ASSAULT") or event.actor1.type != "State forces":
        return False
    cues = _cues(event)
    arrest = event.plover_mode in ("arrest", "detain")  # "arrested 100 activists trying to stage a sit-in"
    if arrest:
        return bool(cues & CROWD_WORDS)
    if cues & DISPERSAL_CUES and (cues & CROWD_WORDS or _unarmed_target(event)):
        return True
    # "police opened fire on the processionists", "killed as police fired to quell a mob": force used on a
    # gathering is part of the demonstration or riot it met (ACLED codes the one event)
    forces = set(_words(event.actor1.mention or "")) & (POLICE_WORDS | MILITARY_WORDS | FORCE_MENTIONS)
    return event.plover_type == "ASSAULT" and bool(forces) and bool(_protest_cues(event.evidence.text) & CROWD_PEOPLE)


BATON_CHARGES = ("charged baton", "charging baton", "charged batons", "charging batons", "caned", "lathi charge")


def _hurt_by_dispersal(event: Event, actors: ActorBase, country: str | None) -> Actor | None:
    """The forces whose baton charge or tear gas hurt the people of an attack told without its doer ("five workers
    were injured after police charged batons on them"), else None."""
    if event.plover_type != "ASSAULT" or event.evidence.rule != "unseen-agent" or not event.acled_type:
        return None
    text = event.evidence.text.lower()
    words = set(_words(text))
    if not (words & DISPERSAL_CUES or any(charge in text for charge in BATON_CHARGES)) or words & GUNFIRE_CUES:
        return None
    if not words & (POLICE_WORDS | STATE_FORCE_WORDS):
        return None
    return intervening_forces([event.evidence.text], 0, actors, country) or _role_actor(
        actors, country, "police", Actor(name="Police", type="State forces")
    )


FORCE_MENTIONS = frozenset({"forces", "security", "personnel", "officers", "guards", "paramilitary", "law-enforcers"})


# People named by the campaign they enforce ("bandh supporters", "hartal pickets").
PROTEST_SIDES = frozenset({"bandh", "hartal", "strike", "blockade", "shutdown", "supporters", "activists", "pickets"})
CROWD_PEOPLE = frozenset({"protesters", "protestors", "demonstrators", "agitators", "processionists", "picketers",
                          "mob", "mobs", "rioters", "procession", "rally", "demonstration", "protest", "protests"})


def _unarmed_target(event: Event) -> bool:
    return event.actor2 is not None and event.actor2.type in UNARMED_TYPES


def _as_protest(event: Event, actors: ActorBase, country: str | None) -> Event:
    """The gathering that state forces broke up, as the protest event ACLED records."""
    crowd = event.actor2 or _role_actor(actors, country, "protesters", Actor(name="Protesters"))
    trigger_start = event.evidence.start + max(event.evidence.text.find(event.evidence.trigger or ""), 0)
    return event.with_changes(
        event_id=make_event_id(event.doc_id, event.evidence.start, trigger_start, "PROTEST"), plover_type="PROTEST",
        plover_mode=None, actor1=crowd, actor2=None, acled_type=PROTESTS,
        evidence=replace(event.evidence, rule="protest-broken-up"),
    )  # fmt: skip


@lru_cache(maxsize=2048)
def _words(text: str) -> tuple[str, ...]:
    """The lower-case words of a sentence, commas and full stops set aside (read by several rules)."""
    return tuple(text.lower().replace(",", " ").replace(".", " ").split())


def _cues(event: Event) -> set[str]:
    return set(_words(event.evidence.text))


# Words that open what a protest is about ("against the arrest of men who had rioted", "over the
# violence of ..."): violence named there is the grievance, not the protesters' own.
GRIEVANCE_MARKERS = frozenset({"against", "over", "protesting", "condemning", "denouncing", "demanding", "alleging",
                               "following", "wake", "connection", "accused", "blaming", "about", "regarding", "after",
                               "who", "whose", "which"})  # fmt: skip
# What the protesters themselves did, which ends a grievance phrase ("demanding jobs pelted stones").
PROTESTER_ACTS = frozenset({"pelted", "hurled", "threw", "torched", "vandalised", "vandalized", "ransacked", "smashed",
                            "stormed", "looted", "clashed", "set", "burnt", "burned", "blocked", "attacked", "thrown",
                            "pelting", "hurling", "throwing"})
CLAUSE_BREAKS = frozenset({",", ";", ".", ":", "(", ")"})


def _protest_cues(text: str) -> set[str]:
    """The words of a protest's sentence outside the phrases that say what it is about."""
    words: set[str] = set()
    in_grievance = False
    tokens = _tokens(_without_force_names(text))
    for earlier, before, token, following in zip(("", "", *tokens), ("", *tokens), tokens, (*tokens[1:], "")):
        others = before in NOT_THE_CROWDS_ACT or before in PASSIVE_AUX and earlier in RELATIVES  # "who was burnt"
        if token in CLAUSE_BREAKS or token in PROTESTER_ACTS and not others:
            in_grievance = False  # "demanding jobs, pelted stones"; not "against men who pelted stones"
        elif token in GRIEVANCE_MARKERS and not (token == "over" and _counting(following)):
            in_grievance = True  # but "over a dozen", "over 200" count people
        if not in_grievance:
            words.add(token)
    return words


# Words before an act that make it someone else's ("who was burnt", "killed by throwing bombs").
NOT_THE_CROWDS_ACT = frozenset({"who", "which", "that", "had", "by", "of", "for"})
RELATIVES = frozenset({"who", "which", "that"})
PASSIVE_AUX = frozenset({"was", "were", "been", "being", "is", "are"})
FORCE_NAMES = ("riot police", "anti-riot", "riot gear", "riot control", "riot-control", "riot squad", "riot unit")


def _without_force_names(text: str) -> str:
    """The sentence without names of forces that hold a riot word ("riot police")."""
    lowered = text.lower()
    for name in FORCE_NAMES:
        lowered = lowered.replace(name, "police")
    return lowered


def _counting(word: str) -> bool:
    return word[:1].isdigit() or word in ("a", "an", "one", "two", "three", "four", "five", "ten", "hundred", "hundreds",
                                          "dozen", "dozens", "thousand", "thousands", "half")


@lru_cache(maxsize=2048)
def _tokens(text: str) -> tuple[str, ...]:
    """Lower-case words and clause punctuation of a sentence, in order."""
    spaced = text.lower()
    for mark in CLAUSE_BREAKS:
        spaced = spaced.replace(mark, f" {mark} ")
    return tuple(spaced.split())


SIEGE_WORDS = frozenset({"siege", "besieged", "besieging", "besiege", "gheraoed", "gherao"})


def _siege_by_people(event: Event) -> bool:
    """ "Students laid siege to the registrar's office", "farmers besieged the collectorate": people who are
    no armed group hemming in an office or an official make a demonstration (a gherao), not an attack."""
    if event.plover_type != "ASSAULT" or not event.acled_type:
        return False
    words = set(_words(event.evidence.text))
    if not words & SIEGE_WORDS or words & (FIREARM_CUES | FIGHTER_WORDS | MILITARY_WORDS):
        return False
    return is_unarmed(event.actor1) or event.actor1.type is None or event.actor1.type == "Protesters"


SYMBOLIC_BURNING = frozenset({"burnt", "burned", "burning", "burn", "set", "torched", "tore", "torn"})
PRESS = frozenset({"daily", "dailies", "newspaper", "newspapers", "papers", "magazines"})


def _symbolic(event: Event) -> bool:
    """ "burnt effigies of the prime minister", "burnt copies of the draft constitution": destroying a
    likeness or a text to show anger is a form of protest, not property destruction (burning a
    newspaper's copies is an attack on the press)."""
    words = set(_words(event.evidence.text))
    if (event.evidence.trigger or "").lower() not in SYMBOLIC_BURNING or words & PRESS:
        return False
    return _names_a_likeness(words)


def _names_a_likeness(words: set[str]) -> bool:
    """Effigies, posters, copies of a text (also misspelt "effigys")."""
    return bool(words & EFFIGY) or any(word.startswith("effig") for word in words)


def _symbolic_burning(cues: set[str]) -> set[str]:
    """Burning an effigy, posters or copies of a bill is a peaceful form of protest; petrol bombs are
    violence, a protest against petrol prices is not."""
    if _names_a_likeness(cues):
        cues = cues - {"burnt", "burned", "burning", "torched", "set"}
    if not cues & BOMB_WORDS:
        cues = cues - {"petrol"}
    if {"set", "fire"} <= cues:
        cues = cues | {"arson"}  # "set fire to tyres", "set a bus on fire"
    return cues


def _protest(
    event: Event, response: Event | None, actors: ActorBase, country: str | None, turned_violent: bool = False
) -> Event:
    turned_violent = turned_violent or any(turn in event.evidence.text.lower() for turn in VIOLENCE_TURNS)
    cues = _symbolic_burning(_protest_cues(event.evidence.text)) | ({"violent"} if turned_violent else set())
    # a riot word of the clause makes a protest a riot only outside what it is about ("against the riot
    # cases", "jailed for rioting") and outside the name of the forces ("riot police")
    riot_trigger = event.plover_mode in ("riot-org", "riot-spon") or (
        event.plover_type == "PROTEST" and (event.evidence.trigger or "").lower() in RIOT_WORDS)
    violent = riot_trigger or (event.acled_type == RIOTS and event.plover_type != "PROTEST") or bool(cues & CROWD_VIOLENCE)
    role = _role_actor(actors, country, "rioters" if violent else "protesters", event.actor1)
    assoc = _with_organiser(event, role)
    if response is None:
        subtype = "Violent demonstration" if violent else "Peaceful protest"
        return event.with_changes(
            acled_type=RIOTS if violent else PROTESTS, acled_subtype=subtype, actor1=role, actor2=None,
            assoc_actors=assoc, interaction=_interaction(role, None),
        )  # fmt: skip
    if violent:
        acled_type, subtype = RIOTS, "Violent demonstration"
    elif _excessive(cues) or (response.fatalities and response.fatalities.best):
        acled_type, subtype = PROTESTS, "Excessive force against protesters"
    else:
        acled_type, subtype = PROTESTS, "Protest with intervention"
    return event.with_changes(
        acled_type=acled_type, acled_subtype=subtype, actor1=role, actor2=response.actor1, assoc_actors=assoc,
        fatalities=event.fatalities or response.fatalities, interaction=_interaction(role, response.actor1),
    )  # fmt: skip


FOLLOWING_SENTENCES = 2  # sentences after a protest's own that may tell how it went on
CROWD_SUBJECTS = frozenset({"protesters", "protestors", "demonstrators", "agitators", "agitating", "crowd", "mob",
                            "they", "students", "activists", "supporters", "youths", "agitated", "angry", "pickets",
                            "picketers", "blockaders", "enforcers", "strikers", "cadres", "workers", "rioters",
                            "group", "farmers", "residents", "villagers", "locals", "youth", "members"})
VIOLENCE_TURNS = ("turned violent", "became violent", "got violent", "turned unruly", "turned into violence",
                  "turned into a clash")
# What a crowd began doing after it gathered ("began attacking the miners", "damaged cars").
LATER_VIOLENCE = frozenset({"attacking", "damaged", "smashed", "altercation", "scuffle", "scuffled", "clashing"})


def _turned_violent(event: Event, sentences: Sequence[str]) -> bool:
    """ "Residents protested outside the station. Some protesters later pelted stones at the police":
    the following sentences show the protesters themselves used violence."""
    try:
        index = next(i for i, text in enumerate(sentences) if text == event.evidence.text)
    except StopIteration:
        return False
    for text in sentences[index + 1 : index + 1 + FOLLOWING_SENTENCES]:
        lowered = text.lower()
        words = _symbolic_burning(set(_words(text)))
        if any(turn in lowered for turn in VIOLENCE_TURNS):
            return True
        if words & CROWD_SUBJECTS and words & ((CROWD_VIOLENCE | LATER_VIOLENCE) - {"violent", "clash", "clashes"}):
            return True  # "Some protesters later pelted stones", "they also clashed with villagers"
        if words & {"clash", "clashes", "clashed", "clashing", "confrontations"} and words & STATE_FORCE_WORDS and not (
            words & AVERTED
        ):
            return True  # "They also clashed with the police", "injured in clashes with security forces"
    return False


AVERTED = frozenset({"without", "no", "avert", "averted", "prevent", "prevented", "avoid", "avoided"})
STATE_FORCE_WORDS = frozenset({"police", "policemen", "security", "troops", "soldiers", "army", "paramilitary",
                               "law-enforcers", "rab", "bgb", "officers"})
# Who may stop a protest: the forces, and the authorities that order them.
STOPPERS = STATE_FORCE_WORDS | {"forces", "authorities", "officials", "personnel"}


def _demonstrators(event: Event) -> bool:
    """Violence by people the report calls demonstrators or rioters ("demonstrators clashed with police")
    is a violent demonstration, not mob violence (a "mob" is not a demonstration)."""
    words = (event.actor1.mention or "").lower().split()
    if not words:
        return False
    word = words[-1]
    kind = GENERIC_ACTOR_KINDS.get(word) or GENERIC_ACTOR_KINDS.get(f"{word}s")  # "a protester", "one rioter"
    return kind == "protesters" or word in ("rioters", "rioter")


TERRITORY_TAKEN = frozenset({"Non-state actor overtakes territory", "Government regains territory"})
WITHDRAWAL_WORDS = frozenset({"withdrew", "withdrawn", "withdrawal", "withdrawing", "pulled", "retreated", "vacated",
                              "abandoned", "evacuated", "evacuation", "handed", "handover"})  # fmt: skip
UNOPPOSED = ("without resistance", "without a fight", "without fighting", "without any resistance", "unopposed")
FIGHT_WORDS = CLASH_WORDS | FIREARM_CUES | frozenset(
    {"killed", "killing", "attack", "attacks", "attacked", "offensive", "bombardment", "shelling", "airstrikes",
     "assault", "counterattack", "counter-attack", "fierce", "heavy", "battles", "clashing", "storming", "stormed"}
)  # fmt: skip


def _territory_transfer(event: Event) -> Event:
    """ACLED codes territory that changes hands without a fight as a non-violent transfer: taken after the
    other side withdrew, or unopposed. A withdrawal of unarmed people (residents leaving a town) is none."""
    if event.acled_subtype == "Non-violent transfer of territory" and event.plover_type == "RETREAT" and is_unarmed(
        event.actor1
    ):
        return event.with_changes(acled_type=None, acled_subtype=None, interaction=None)
    if event.acled_subtype not in TERRITORY_TAKEN:
        return event
    text = event.evidence.text.lower()
    words = set(_words(event.evidence.text))
    if any(phrase in text for phrase in UNOPPOSED) or (words & WITHDRAWAL_WORDS and not words & FIGHT_WORDS):
        return event.with_changes(acled_type="Strategic developments", acled_subtype="Non-violent transfer of territory")
    return event


def _excessive(cues: set[str]) -> bool:
    """Deaths or live fire; "fired tear gas" is an intervention, not excessive force."""
    return bool(cues & EXCESSIVE_CUES) or bool(cues & FIRE_CUES and not cues & NON_LETHAL_CUES)


CIVILIAN_TARGETS = frozenset(
    {"village", "villages", "house", "houses", "home", "homes", "residence", "residential", "market", "mosque",
     "church", "temple", "school", "hospital", "clinic", "shop", "shops", "bus", "buses", "train", "car", "vehicle",
     "vehicles", "truck", "microbus", "camp", "camps", "wedding", "funeral", "bazaar", "restaurant", "hotel",
     "passengers", "family", "families", "farm", "neighbourhood", "neighborhood", "community", "communities",
     "settlement", "bar", "nightclub", "cafe", "shrine"}
)  # fmt: skip
MILITARY_TARGETS = frozenset({"checkpoint", "base", "post", "positions", "convoy", "barracks", "outpost", "station",
                              "military", "army", "militia", "rebels", "militants", "troops", "soldiers", "police",
                              "fighters", "insurgents"})  # fmt: skip
TARGET_WINDOW = 8  # words after the trigger that may name what was hit


def _civilian_target(event: Event) -> bool:
    """ "opened fire on residential areas", "attacked a bus": violence aimed at civilian places or vehicles."""
    if event.acled_type not in ("Battles", "Violence against civilians", "Explosions/Remote violence"):
        return False
    if event.acled_subtype in ("Government regains territory", "Non-state actor overtakes territory"):
        return False
    trigger = (event.evidence.trigger or "").lower()
    words = _words(event.evidence.text)
    if trigger not in words:
        return False
    after = set(words[words.index(trigger) + 1 : words.index(trigger) + 1 + TARGET_WINDOW])
    return bool(after & CIVILIAN_TARGETS) and not after & MILITARY_TARGETS


def _hits_civilians(event: Event, following: str = "") -> bool:
    """Violence aimed at civilian places, or whose only dead or named victims are civilians."""
    if event.plover_type == "ASSAULT" and event.actor2 is None:
        return _civilian_target(event) or _only_civilians_died(event) or _no_armed_side(event, following)
    return _one_sided_on_civilians(event)


def _no_armed_side(event: Event, following: str) -> bool:
    """ "Armed assailants chased a party leader and killed him": an armed attack whose sentence names
    no armed target (no forces, post or fighters) and no fight is one-sided, so not a battle."""
    if event.acled_type != "Battles" or event.acled_subtype != "Armed clash" or is_unarmed(event.actor1):
        return False
    if (event.evidence.trigger or "").lower() in CLASH_WORDS:
        return False
    text = f"{event.evidence.text} {following}".lower()
    words = set(_words(text)) - set(_words(event.actor1.mention or ""))  # the attacker's own words name no target
    if words & (MILITARY_TARGETS | STATE_FORCE_WORDS | ARMED_PEOPLE | EXCHANGE_WORDS):
        return False
    return not any(phrase in text for phrase in EXCHANGE_PHRASES)


# Armed people as victims or opponents, beyond the forces and posts of MILITARY_TARGETS.
ARMED_PEOPLE = frozenset({"policeman", "policemen", "soldier", "militant", "rebel", "fighter", "insurgent", "jawan",
                          "islamists", "operation", "operations", "offensive", "retaliate", "cadre",
                          "jawans", "forces", "personnel", "checkpost", "guerrillas", "militiamen", "rangers",
                          "volunteers", "commander", "constable", "cops", "officers", "guards", "guard"})


def _one_sided_on_civilians(event: Event) -> bool:
    """ "Gunmen attacked a bar and killed 11 people": an armed attack whose victims are civilians is
    violence against civilians, not a battle (a clash has two fighting sides)."""
    victim = event.actor2
    if event.plover_type != "ASSAULT" or event.acled_type != "Battles" or victim is None or victim.type != "Civilians":
        return False
    return (event.evidence.trigger or "").lower() not in CLASH_WORDS and event.actor1.type not in UNARMED_TYPES


def _only_civilians_died(event: Event) -> bool:
    """ "Gunmen opened fire, killing four women": an attack by an armed group with no armed side named
    whose dead the text says were civilians is violence against civilians, not a battle."""
    deaths = event.fatalities
    if event.acled_type != "Battles" or deaths is None or not deaths.civilians or deaths.combatants:
        return False
    return event.actor1.type != "State forces" and event.acled_subtype == "Armed clash"


def _members_of_unarmed_group_hit(event: Event) -> bool:
    """Violence against members of a party, union or movement, against people of no known armed group,
    or against government officials: ACLED codes the victims as civilians."""
    victim = event.actor2
    if victim is None or (event.evidence.trigger or "").lower() in CLASH_WORDS:
        return False  # in a clash both sides fight
    # a victim of no known kind (a named person, people the knowledge base lacks) is presumed civilian
    unarmed_victim = victim.type == "Protesters" or (victim.type is None and not victim.actor_id) or (
        victim.name.startswith("Government of"))
    return (event.plover_type == "ASSAULT" and unarmed_victim
            and event.acled_type in ("Battles", "Violence against civilians", "Explosions/Remote violence")
            and event.actor1.type != "Protesters")  # fmt: skip


# People a crowd punishes for a crime it says they did: what ACLED codes as vigilante violence against civilians.
ALLEGED_CRIMINALS = frozenset({"thief", "thieves", "robber", "robbers", "dacoit", "dacoits", "burglar", "burglars",
                               "extortionist", "extortionists", "mugger", "muggers", "pickpocket", "pickpockets",
                               "witch", "witches", "witchcraft", "sorcery", "lifter", "lifters", "rustler",
                               "rustlers", "bandit", "bandits", "kidnapper", "kidnappers", "snatcher", "snatchers",
                               "abductor", "abductors", "robbery"})  # fmt: skip
# "accused of stealing": the crime a crowd says its victim did ("a mob ... stealing bags" is the mob's own act)
ALLEGED_CRIMES = ("of stealing", "of theft", "of robbery", "of witchcraft")


def _mob_justice(event: Event) -> bool:
    """ "Villagers beat to death a suspected thief", "a woman branded a witch was lynched": people who
    take the law into their own hands against a supposed wrongdoer (not the words of the doers' own name,
    "a gang of robbers attacked")."""
    doers = set(_words(event.actor1.mention or ""))
    if doers & ALLEGED_CRIMINALS:
        return False
    return bool(_cues(event) & ALLEGED_CRIMINALS) or any(c in event.evidence.text.lower() for c in ALLEGED_CRIMES)


def _vigilantes(doer: Actor, actors: ActorBase, country: str | None) -> Actor:
    """People who punish a supposed thief or witch themselves: what ACLED names "Vigilante Group (<country>)"."""
    civilians = actors.state_forces(country, "civilians") if country else None
    place = civilians.name[civilians.name.find("(") :] if civilians is not None and "(" in civilians.name else ""
    return Actor(name=f"Vigilante Group {place}".strip(), mention=doer.mention, type="Identity militia",
                 country_code=country)  # fmt: skip


CROWD_WEAPONS = frozenset({"bomb", "bombs", "grenade", "rampage", "lynching", "lynched", "vandalising", "vandalizing",
                           "brickbats", "chairs", "sticks"})
# Violence done to a person's body, not a crowd's stones or fires: beating, hacking, stabbing, killing.
PERSONAL_VIOLENCE = frozenset({"beaten", "beat", "assaulted", "hacked", "killed", "chopped", "murdered", "murder",
                               "stabbed", "hit", "tortured", "thrashed", "attack", "attacks"})
# Words that show a crowd or a fight of two sides rather than a few attackers.
CROWD_SCENE = frozenset({"mob", "mobs", "villagers", "locals", "crowd", "crowds", "residents", "clash", "clashed",
                         "clashes", "rival", "both", "each", "groups", "hundreds", "thousands"})


def _assault_on_a_person(event: Event) -> bool:
    """ "A journalist was beaten up by ruling party men", "a leader came under attack", "unknown men hacked a
    trader": a few attackers hurting a person is violence against civilians (ACLED codes party men and
    unidentified men by the group they act for); a crowd's violence stays mob violence."""
    if event.plover_type != "ASSAULT":
        return False
    words = set(_words(event.evidence.text))
    if words & (CROWD_SCENE | RIOT_CUES | ARMED_VICTIMS | CROWD_WEAPONS):
        return False  # stones, fires and bombs are a crowd's weapons; beating up policemen is no attack on civilians
    doers = (event.actor1.mention or "").lower().split()
    return (event.evidence.trigger or "").lower() in PERSONAL_VIOLENCE or doers[-1:] == ["men"]


def _on_civilians(event: Event, actors: ActorBase, country: str | None) -> Event:
    entry = actors.state_forces(country, "civilians") if country else None
    victims = entry.to_actor(None) if entry else Actor(name="Civilians", type="Civilians")
    if event.acled_type == "Explosions/Remote violence" or event.acled_subtype == "Sexual violence":
        # shelling a market stays remote violence, a rape its own sub-type
        return event.with_changes(actor2=victims, interaction=_interaction(event.actor1, victims))
    return event.with_changes(
        actor2=victims, acled_type="Violence against civilians", acled_subtype="Attack",
        interaction=_interaction(event.actor1, victims),
    )  # fmt: skip


# Words that say both sides fired: people killed in such fighting died in a battle, civilians too.
EXCHANGE_PHRASES = ("exchange of fire", "exchanged fire", "exchanged gunfire", "exchange fire", "exchanging fire",
                    "exchange of gunfire", "gun battle", "gun-battle", "fire fight", "returned fire", "returned the fire",
                    "each other", "cross fire", "traded fire", "retaliated")  # fmt: skip
EXCHANGE_WORDS = frozenset({"gunfight", "gunbattle", "firefight", "fire-fight", "shootout", "shoot-out", "encounter",
                            "crossfire", "cross-fire", "gunfights", "encounters"})  # fmt: skip


def _fought_back(event: Event, following: str) -> Event:
    """ "Two civilians were killed in an exchange of fire between troops and militants", "militants
    attacked a checkpost; forces retaliated": armed violence that the other side returned is a battle,
    whoever died in it (ACLED counts the civilian dead of a battle as its fatalities)."""
    if event.acled_subtype != "Attack" or event.acled_type != "Violence against civilians" or is_unarmed(event.actor1):
        return event
    text = f"{event.evidence.text} {following}".lower()
    if not (set(_words(text)) & EXCHANGE_WORDS or any(phrase in text for phrase in EXCHANGE_PHRASES)):
        return event
    victim = event.actor2 if event.actor2 is not None and event.actor2.type != "Civilians" else None
    return event.with_changes(acled_type="Battles", acled_subtype="Armed clash", actor2=victim,
                              interaction=_interaction(event.actor1, victim))


# "firing and shelling", "gun and rocket attack": small arms used with heavy weapons, a fight, not only shelling
MIXED_FIRE = re.compile(
    r"\b(?:firing|gunfire|gun|small[- ]arms?)(?: and| as well as) (?:\w+ ){0,2}(?:shelling|rocket|mortar|artillery)"
    r"|\b(?:shelling|mortar|artillery)(?: and| as well as) (?:\w+ ){0,2}(?:firing|gunfire)\b"
)
# "the army retaliated", "forces returned fire": the side shelled or bombed fought back
FIGHT_BACK = re.compile(r"\b(?:retaliated|retaliating|returned (?:the )?fire|fired back|exchanged (?:fire|gunfire)"
                        r"|exchanges? of (?:fire|gunfire)|gun ?battle)\b")
UNANSWERED = re.compile(r"\b(?:not|no|never|whether|without)\b(?: \w+){0,4} (?:retaliat|return|fire back)")
HEAVY_WEAPON_SUBTYPES = frozenset({"Shelling/artillery/missile attack", "Grenade", "Remote explosive/landmine/IED"})


def _shelling_in_a_fight(event: Event, following: str) -> Event:
    """ "Soldiers answered with firing and mortar shelling", "militants hurled a grenade at the post and the police
    retaliated": heavy weapons used in a fight that both sides waged are part of an armed clash (ACLED codes
    remote violence where the other side does not fight back)."""
    if event.acled_type != "Explosions/Remote violence" or event.acled_subtype not in HEAVY_WEAPON_SUBTYPES:
        return event
    text = f"{event.evidence.text} {following}".lower()
    if not (MIXED_FIRE.search(event.evidence.text.lower()) or FIGHT_BACK.search(text)) or UNANSWERED.search(text):
        return event
    victim = event.actor2 if event.actor2 is not None and event.actor2.type != "Civilians" else None
    return event.with_changes(acled_type="Battles", acled_subtype="Armed clash", actor2=victim,
                              interaction=_interaction(event.actor1, victim))  # fmt: skip


# Armed people named as those hit ("two soldiers were killed", "militants attacked a checkpost").
ARMED_VICTIMS = frozenset({"soldier", "soldiers", "troops", "troopers", "policemen", "policeman", "constable",
                           "constables", "jawan", "jawans", "ranger", "rangers", "cops", "checkpost", "checkpoint",
                           "patrol", "militiamen", "volunteers", "gendarme", "gendarmes", "vigilante", "vigilantes",
                           "peacekeeper", "peacekeepers", "servicemen", "serviceman", "sub-inspector", "inspector",
                           "superintendent", "constabulary"})  # fmt: skip
# Those of them who are police (the rest of the state's are its military; militiamen and vigilantes are no state's).
POLICE_VICTIMS = frozenset({"policemen", "policeman", "constable", "constables", "cops", "sub-inspector", "inspector",
                            "superintendent", "constabulary", "checkpost"})
MILITARY_VICTIMS = frozenset({"soldier", "soldiers", "troops", "troopers", "jawan", "jawans", "ranger", "rangers",
                              "servicemen", "serviceman", "checkpoint"})


# "a policeman was shot dead outside his home", "a retired soldier was killed": forces hit off duty, at
# home, fight no one; ACLED codes violence against them as violence against civilians.
OFF_DUTY = re.compile(r"\b(?:off[- ]duty|retired|on leave|(?:his|her|their) (?:own )?(?:homes?|houses?|residences?))\b")


def _armed_victims(event: Event, actors: ActorBase, country: str | None) -> Event:
    """ "Two soldiers were killed in Wau", "militants attacked a checkpost": violence by anyone but the state
    on soldiers, police or militiamen is a fight with an armed side, a battle, not violence against civilians;
    the state forces the words name (the country's police or military) are its other side."""
    if event.actor1.type == "State forces" or is_unarmed(event.actor1):
        return event
    text = _without_police_places(event.evidence.text.lower())
    words = set(_words(text)) - set(_words(event.actor1.mention or ""))
    if event.acled_type == "Battles" and event.actor2 is None and country is not None:
        # "a head constable was gunned down by gunmen": the fight's other side is the force its words name
        victim = _state_victims(words, actors, country)
        return event if victim is None else event.with_changes(
            actor2=victim, interaction=_interaction(event.actor1, victim))
    if (event.acled_type, event.acled_subtype) != ("Violence against civilians", "Attack"):
        return event
    if not words & ARMED_VICTIMS or "uniform" in words or OFF_DUTY.search(text):
        return event
    victim = event.actor2 if event.actor2 is not None and event.actor2.type != "Civilians" else None
    if victim is None and country is not None:
        victim = _state_victims(words, actors, country)
    return event.with_changes(acled_type="Battles", acled_subtype="Armed clash", actor2=victim,
                              interaction=_interaction(event.actor1, victim))  # fmt: skip


def _state_victims(words: set[str], actors: ActorBase, country: str) -> Actor | None:
    """The country's police or military that the words name as hit, when they name only one of the two."""
    police, military = words & POLICE_VICTIMS, words & MILITARY_VICTIMS
    if bool(police) == bool(military):
        return None
    entry = actors.state_forces(country, "police" if police else "military")
    return entry.to_actor(min(police or military)) if entry is not None else None


def _off_duty_victims(event: Event, actors: ActorBase, country: str | None) -> Event:
    """ "Gunmen shot dead a policeman outside his home": an attack on forces off duty, with no fight, is
    violence against civilians; the force they belong to stays the second actor."""
    if event.acled_type != "Battles" or event.plover_type != "ASSAULT" or event.evidence.rule == "unseen-agent":
        return event
    if event.actor1.type == "State forces" or is_unarmed(event.actor1):
        return event
    text = event.evidence.text.lower()
    if OFF_DUTY.search(text) is None or set(_words(text)) & (CLASH_WORDS | EXCHANGE_WORDS | ARMED_FIGHTS):
        return event
    hit = _on_civilians(event, actors, country)
    return hit.with_changes(actor2=event.actor2 or hit.actor2)


# "killed in a clash over land", "injured in armed clashes", "in a feud between two clans"
IN_A_FIGHT = re.compile(r"\bin (?:an? |the )?(?:[\w-]+ ){0,3}(?:clash|clashes|feud|feuds|scuffle|skirmish|brawl)\b")


def _died_in_a_fight(event: Event, actors: ActorBase, country: str | None) -> Event:
    """ "Two men were killed in a clash over a land dispute": people of no named side hurt in a fight are
    no one-sided attack; ACLED codes the fight, a battle of communal militias when it killed, a riot when
    it did not. Fights with the police or army are left to the other rules."""
    if (event.acled_type, event.acled_subtype) != ("Violence against civilians", "Attack"):
        return event
    if not (_unidentified(event.actor1) or event.evidence.rule == "unseen-agent"):
        return event
    text = event.evidence.text.lower()
    words = set(_words(_without_police_places(text)))
    if words & POLICE_WORDS and words & CLASH_WORDS and not words & (FIGHTER_WORDS | MILITARY_WORDS | EXCHANGE_WORDS):
        # "a dozen strikers got hurt when they fought the police": people who fought the police rioted
        in_protest = bool(words & (CROWD_WORDS | CROWD_PEOPLE | PROTEST_SIDES))
        return _riot(_crowd_first(event.with_changes(actor2=None), actors, country), in_protest, actors, country)
    if IN_A_FIGHT.search(text) is None or words & STATE_FORCE_WORDS:
        return event
    if _lethal(event):
        return event.with_changes(acled_type="Battles", acled_subtype="Armed clash", actor2=None,
                                  interaction=_interaction(event.actor1, None))  # fmt: skip
    return _riot(event.with_changes(actor2=None), False, actors, country)


POLICE_WORDS = frozenset({"police", "policemen", "policeman", "cops", "law-enforcers", "enforcers", "constables", "rab",
                          "apbn", "riot-police"})
MILITARY_WORDS = frozenset({"army", "troops", "soldiers", "military", "paramilitary", "jawans", "rangers"})


def _crowd_fights_police(event: Event) -> bool:
    """ "Clashes erupted when police tried to clear the road", "hawkers clashed with the police": a clash
    of the police with people who are no armed group (no fighters named, no gunfight) is a riot, not a
    battle (ACLED: rioters against the police)."""
    trigger = (event.evidence.trigger or "").lower()
    if event.acled_type != "Battles" or event.plover_type != "ASSAULT" or trigger not in CLASH_WORDS:
        return False
    if trigger in EXCHANGE_WORDS or trigger in ("gunfight", "encounter", "shootout", "battle"):
        return False
    text = _without_police_places(event.evidence.text.lower()).replace("fire exchange", "exchange of fire")
    words = set(_words(text))
    if not words & POLICE_WORDS or words & (MILITARY_WORDS | FIGHTER_WORDS | EXCHANGE_WORDS) or "exchange of" in text:
        return False
    sides = [a for a in (event.actor1, event.actor2) if a is not None]
    police = [a for a in sides if a.type == "State forces"]
    others = [a for a in sides if a.type != "State forces"]
    if len(police) > 1 or not (police or others):
        return False
    return all(not a.actor_id or a.type not in ARMED_TYPES or _unidentified(a) for a in others)


def _crowd_first(event: Event, actors: ActorBase, country: str | None) -> Event:
    """The people who fought the police first, the police second (the country's police where the clash
    names them only as a word)."""
    if event.actor1.type != "State forces":
        if event.actor2 is not None and event.actor2.type == "State forces":
            return event
        entry = actors.state_forces(country, "police") if country else None
        return event.with_changes(actor2=entry.to_actor("police") if entry else Actor(name="Police", type="State forces"))
    crowd = event.actor2 or Actor(name="Rioters", type="Rioters")
    return event.with_changes(actor1=crowd, actor2=event.actor1)


# "a clash between two rival groups", "two factions of the party clashed", "a fight between two families"
GROUP_FIGHT = re.compile(
    r"\b(?:between|of) (?:the )?(?:two|rival) (?:[\w-]+ ){0,2}(?:groups|factions|sides|families|clans|communities)\b"
    r"|\btwo (?:rival )?(?:groups|factions)\b"
)
# "were killed and ten injured in a clash", "died during a fight": the hurt told as the fight's toll
HURT_IN_FIGHT = re.compile(
    r"\b(?:killed|injured|wounded|hurt|died|dead)\b(?: \w+){0,3}? (?:in|during) (?:an? |the )?(?:[\w-]+ ){0,3}?"
    r"(?:clash|clashes|fight|fighting|battle|gunfight|scuffle|skirmish|brawl|infighting)\b"
)
# What two groups of a village or a clan fight over for years: land, water, a feud.
FEUD_WORDS = frozenset({"land", "land-related", "lands", "boundary", "irrigation", "dispute", "disputes", "disputed",
                        "feud", "feuds", "enmity", "vendetta", "rivalry"})
DEATH_WORDS = frozenset({"killed", "dead", "died", "death", "deaths", "succumbed", "murdered"})


def _deadly_group_fight(event: Event) -> Event:
    """ "Two feuding clans fought over a field and one man died", "two factions clashed, leaving one
    dead": a deadly fight of two groups with no state side is fought by what ACLED calls communal or party
    militias, a battle; not a riot, and not a one-sided attack on whoever died in it. A lynching stays
    mob violence, a fight that only hurt people is left to the riot rules."""
    if event.plover_type != "ASSAULT" or event.acled_type not in (RIOTS, "Violence against civilians"):
        return event
    if event.acled_subtype not in ("Mob violence", "Attack"):
        return event
    text = event.evidence.text.lower()
    trigger = (event.evidence.trigger or "").lower()
    if not (trigger in CLASH_WORDS or trigger in text and HURT_IN_FIGHT.search(text)):
        return event
    words = set(_words(text))
    if not (GROUP_FIGHT.search(text) or words & FEUD_WORDS):
        return event
    if not (_lethal(event) or words & DEATH_WORDS) or "lynch" in text:
        return event
    if event.actor1.type == "State forces" or _forces_named(text):
        return event
    return event.with_changes(acled_type="Battles", acled_subtype="Armed clash",
                              interaction=_interaction(event.actor1, event.actor2))  # fmt: skip


def _forces_named(text: str) -> bool:
    """State forces named in a lower-case sentence, not a police station standing for a place."""
    return bool(set(_words(_without_police_places(text))) & STATE_FORCE_WORDS)


POLICE_PLACES = ("police station", "police camp")


def _without_police_places(text: str) -> str:
    """A lower-case sentence without the police posts that name where something happened ("near the
    police station"), which are no forces taking part."""
    for name in POLICE_PLACES:
        text = text.replace(name, "")
    return text


def _next_sentence(event: Event, sentences: Sequence[str]) -> str:
    """The sentence after the event's own, where a report often tells how the other side answered."""
    try:
        index = sentences.index(event.evidence.text)
    except ValueError:
        return ""
    return sentences[index + 1] if index + 1 < len(sentences) else ""


def _civilian_deaths(event: Event) -> Event:
    """Deaths of an attack whose victims are civilians are civilian deaths, whatever noun counted them."""
    fatalities = event.fatalities
    if fatalities is None or fatalities.best is None or fatalities.civilians is not None:
        return event
    if event.actor2 is None or event.actor2.type != "Civilians":
        return event
    return event.with_changes(fatalities=replace(fatalities, civilians=fatalities.best - (fatalities.combatants or 0)))


def _lethal(event: Event) -> bool:
    return event.fatalities is not None and bool(event.fatalities.best)


def _lethal_group_violence(event: Event, actors: ActorBase, country: str | None) -> Event:
    """Killings by people of no armed organisation, outside a demonstration: a deadly clash of two groups
    is fought by what ACLED calls communal militias (a battle); a deadly attack by party men or a gang
    on people who do not fight back is violence against civilians; a lynching by a mob stays mob violence."""
    if (event.evidence.trigger or "").lower() not in CLASH_WORDS:
        if set(_words(event.actor1.mention or "")) & CROWD_WORDS_OF_MOBS:
            return _riot(event, False, actors, country)  # a lynching by a mob or residents is mob violence
        return _on_civilians(event, actors, country)
    if set(_words(event.evidence.text)) & STATE_FORCE_WORDS or "State forces" in (event.actor1.type, _type(event.actor2)):
        return _riot(event, False, actors, country)  # a deadly clash of a crowd with the police is still a riot
    return event.with_changes(acled_type="Battles", acled_subtype="Armed clash")


CROWD_WORDS_OF_MOBS = frozenset({"mob", "mobs", "crowd", "crowds", "residents", "villagers", "locals", "vigilantes",
                                 "people", "community"})


def _type(actor: Actor | None) -> str | None:
    return actor.type if actor is not None else None


def _riot(event: Event, in_protest: bool, actors: ActorBase, country: str | None) -> Event:
    role = _role_actor(actors, country, "rioters", event.actor1)
    subtype = "Violent demonstration" if in_protest else "Mob violence"
    return event.with_changes(
        acled_type=RIOTS, acled_subtype=subtype, actor1=role, assoc_actors=_with_organiser(event, role),
        interaction=_interaction(role, event.actor2),
    )  # fmt: skip


RECIPROCAL = ("each other", "one another")


def _reciprocal(event: Event) -> bool:
    """ "Two factions hurled bombs at each other": violence both sides did to one another."""
    text = event.evidence.text.lower()
    return any(words in text for words in RECIPROCAL)


# "two passengers were injured", "injuring five people", "suffered burn injuries", "attacked his house"
_PEOPLE_HURT = re.compile(
    r"\b(?:were|was|got|been)\s+(?:\w+\s+)?(?:injured|hurt|wounded|killed|assaulted|beaten|hacked|stabbed|burnt|burned"
    r"|attacked|harassed|abducted)\b"
    r"|\b(?:injuring|wounding|killing|leaving)\s+(?:at\s+least\s+)?(?:\w+\s+){0,2}(?:people|persons|others|passengers"
    r"|civilians|\w+ers)\b"
    r"|\b(?:suffered|sustained|received)\s+(?:\w+\s+){0,2}injur\w+"
    r"|\bleaving\s+(?:\w+\s+){1,6}?(?:injured|hurt|wounded|dead)\b"
    r"|\b(?:attacked|attacking|assaulted|assaulting|beat|beaten|beating|harassed|harassing|heckled|(?:hurled|pelted|threw)"
    r"\s+(?:stones|bricks|brickbats)\s+at)\s+(?:up\s+)?(?:\w+\s+){0,4}(?:house|home"
    r"|residence|motorcade|car|vehicle|shop|office|supporters|workers|leader|activists|journalists?|reporters?|man|woman"
    r"|women|people|villagers|family|motorcyclists?|bystanders|pedestrians|drivers?|commuters|passers-by|passengers"
    r"|staff|employees|teachers|doctors|nurses|patients|shopkeepers|traders|businessmen|candidates?|minister|ambulance)\b",
    re.IGNORECASE,
)


_HURT_FORCES = re.compile(r"\b(?:police\w*|cops?|constables?|soldiers?|troops|jawans?|personnel|officers?)\b", re.IGNORECASE)


def _unnamed_victims(event: Event, actors: ActorBase, country: str | None, following: str = "") -> Event:
    """ "Assailants torched a bus, and two passengers suffered burn injuries", "a bomb went off in a market,
    injuring 38 people": people a riot or a bombing by non-state hands hurt (or whose homes and vehicles it
    attacked), with no other side named, are civilians (ACLED's violence on civilians by rioters and
    bombers). The next sentence may tell who was hurt ("A bus was torched. Four passengers were burnt.")."""
    if event.actor2 is not None or not (
        event.acled_type == RIOTS
        or (event.acled_type == "Explosions/Remote violence" and event.actor1.type != "State forces")
    ):
        return event
    hurt = None
    for text in (event.evidence.text, following):
        hurt = _PEOPLE_HURT.search(text)
        forces = _HURT_FORCES.search(text[max(0, hurt.start() - 40) : hurt.end()]) if hurt is not None else None
        if forces is not None:
            return _forces_hit(event, forces.group(0), actors, country)  # "two policemen were injured": not civilians
        if hurt is not None:
            break
    deaths = event.fatalities
    if hurt is None and not (deaths and deaths.best and not deaths.combatants):
        return event
    victims = _role_actor(actors, country, "civilians", Actor(name="Civilians"))
    return event.with_changes(actor2=victims, interaction=_interaction(event.actor1, victims))


# "staged a counter demonstration", "protested against one another": a demonstration met by another
_COUNTER_PROTEST = re.compile(
    r"\bcounter[- ]?(?:protests?|demonstrations?|rall(?:y|ies)|processions?)\b|\bagainst (?:one another|each other)\b"
)
# "attacked a rally organised to promote harmony", "their protest march was attacked", "hurled stones at the
# protesters": the gathering a riot or an attack hit
_GATHERING = r"(?:rall(?:y|ies)|processions?|protests?|(?:protest\s+)?march(?:es)?|demonstrations?|sit-ins?|human chains?" \
    r"|protesters|protestors|demonstrators|marchers|processionists)"
_GATHERING_HIT = re.compile(
    rf"\b(?:attacked|attacking|attack\s+on|assaulted|hurled\s+\w+\s+at|pelted\s+\w+\s+at|threw\s+\w+\s+at"
    rf"|opened\s+fire\s+on|fired\s+(?:\w+\s+)?(?:at|on)|charged\s+at)\s+(?:a|an|the|their|his|its)?\s*(?:[\w-]+\s+){{0,3}}?{_GATHERING}\b"
    rf"|\b{_GATHERING}\s+(?:\w+\s+){{0,3}}?(?:was|were|came)\s+(?:under\s+attack|attacked)\b"
)


def _demonstrators_hit(event: Event, actors: ActorBase, country: str | None, following: str = "") -> Event:
    """ACLED codes the people of a demonstration that is attacked, or that another demonstration met, as
    "Protesters (<country>)" on the other side: "Shiv Sena members protested; Congress held a counter protest",
    "party cadres attacked a rally", "the march was attacked"."""
    if event.actor2 is not None and event.actor2.type != "Civilians":
        return event
    text = event.evidence.text.lower()
    if event.acled_type == PROTESTS and event.actor2 is None:
        hit = _COUNTER_PROTEST.search(f"{text} {following.lower()}") is not None
    elif event.acled_type in (RIOTS, "Violence against civilians"):
        hit = _GATHERING_HIT.search(text) is not None
    else:
        return event
    if not hit:
        return event
    protesters = _role_actor(actors, country, "protesters", Actor(name="Protesters"))
    return event.with_changes(actor2=protesters, interaction=_interaction(event.actor1, protesters))


def _civilians_attacked(event: Event, actors: ActorBase, country: str | None) -> Event:
    """ACLED's violence against civilians has civilians on its other side by definition: such an event whose
    victims no rule named ("gunmen shot dead a trader", "a woman was abducted") has "Civilians (<country>)"."""
    if event.acled_type != "Violence against civilians" or event.actor2 is not None:
        return event
    victims = _role_actor(actors, country, "civilians", Actor(name="Civilians"))
    return event.with_changes(actor2=victims, interaction=_interaction(event.actor1, victims))


POLICE_WORD = re.compile(r"^(?:police\w*|cops?|constables?|officers?)$", re.IGNORECASE)


def _forces_hit(event: Event, word: str, actors: ActorBase, country: str | None) -> Event:
    """ "A bomb went off near a patrol, injuring three policemen": the state forces an explosion (or a riot)
    hurt are its other side, police or military by the word that named them."""
    entry = actors.state_forces(country, "police" if POLICE_WORD.match(word) else "military") if country else None
    if entry is None:
        return event
    forces = entry.to_actor(word)
    return event.with_changes(actor2=forces, interaction=_interaction(event.actor1, forces))


# "clashes between the two parties' workers", "clashed with supporters of X": the riot had a second side
_CLASHED_WITH = re.compile(r"\b(?:clash(?:es|ed)?|scuffles?|scuffled|fought)\s+(?:\w+\s+){0,2}?(?:between|with)\b")


def _rioters_on_both_sides(event: Event, actors: ActorBase, country: str | None) -> Event:
    """ "BCL activists clashed with JCD activists", "two communities clashed": in a riot that is a clash
    (or violence "at each other") with unarmed people, or with no one named and no forces acting on it, both sides rioted; a named
    party or union on the other side is kept as an associated actor."""
    fought = (event.evidence.trigger or "").lower() in CLASH_WORDS or _reciprocal(event) or (
        event.actor2 is None and _CLASHED_WITH.search(event.evidence.text.lower()) is not None)
    if event.acled_type != RIOTS or not fought:
        return event
    if event.actor2 is not None and not (is_unarmed(event.actor2) or _unorganised(event.actor2)):
        return event
    forces = intervening_forces([event.evidence.text], 0, actors, country)  # "a clash between X and police"
    if forces is not None:
        return event.with_changes(actor2=forces, interaction=_interaction(event.actor1, forces))
    other = _role_actor(actors, country, "rioters", event.actor2 or Actor(name="Rioters"))
    named = event.actor2 is not None and bool(event.actor2.actor_id) and event.actor2.name != other.name
    assoc = (*event.assoc_actors, event.actor2) if named and event.actor2 else event.assoc_actors
    return event.with_changes(actor2=other, assoc_actors=assoc, interaction=_interaction(event.actor1, other))


# "at Kalipur village", "in Char Kalipur village": the village whose people fought
_VILLAGE = re.compile(r"\b(?:at|in|of)\s+(?P<name>(?-i:[A-Z][\w'-]+)(?:\s+(?-i:[A-Z][\w'-]+)){0,2})\s+village\b")
# Words naming who, beyond local people, may fight in a clash: forces and armed organisations.
NOT_COMMUNAL = STATE_FORCE_WORDS | FIGHTER_WORDS | {"forces", "personnel", "cops", "policeman", "jawans", "rangers"}
SETTLEMENT_FEATURES = frozenset({"city", "town", "village", "locality", "populated place", "neighbourhood", None})


def _communal_militias(event: Event, country: str | None) -> Event:
    """ "One villager was killed when two rival groups clashed over a pond at X village": a deadly
    fight of local people of no armed organisation is a battle of communal militias, which ACLED names after
    their community, the village or town they come from ("Kalipur Communal Militia"), on both sides."""
    if (event.acled_type, event.acled_subtype) != ("Battles", "Armed clash") or not _fight(event):
        return event
    if not _unorganised(event.actor1) or (event.actor2 is not None and not _unorganised(event.actor2)):
        return event
    text = event.evidence.text
    if set(_words(text)) & NOT_COMMUNAL or (event.actor1.mention or "").lower() in ("", "rioters"):
        return event
    village = _VILLAGE.search(text)
    place = event.location
    if village is not None:
        name = village.group("name")
    elif place is not None and place.feature in SETTLEMENT_FEATURES and (place.mention or place.name) in text:
        name = place.mention or place.name
    else:
        return event
    militia = Actor(name=f"{name} Communal Militia", mention=event.actor1.mention, type="Identity militia",
                    country_code=country)  # fmt: skip
    return event.with_changes(actor1=militia, actor2=militia, interaction=_interaction(militia, militia))


def _fight(event: Event) -> bool:
    return (event.evidence.trigger or "").lower() in CLASH_WORDS or IN_A_FIGHT.search(event.evidence.text.lower()) is not None


ARMED_VIOLENCE = frozenset({"Battles", "Violence against civilians", "Explosions/Remote violence"})


def _party_militias(event: Event, actors: ActorBase) -> Event:
    """A party (or its wing) that fights, kills or bombs outside a riot acts through what ACLED calls its
    political militia ("BNP: Bangladesh Nationalist Party Militia"); a party only hit stays as the rules coded it."""
    if event.acled_type not in ARMED_VIOLENCE:
        return event
    changes: dict[str, Actor] = {}
    for slot, actor in (("actor1", event.actor1), ("actor2", event.actor2)):
        if actor is None or not actor.actor_id or actor.type != "Protesters":
            continue
        if slot == "actor2" and event.acled_type != "Battles":
            continue  # the victims of an attack are no fighters
        militia = actors.militia_of(actor.actor_id)
        if militia is not None:
            changes[slot] = militia.to_actor(actor.mention)
    if not changes:
        return event
    first, second = changes.get("actor1", event.actor1), changes.get("actor2", event.actor2)
    return event.with_changes(**changes, interaction=_interaction(first, second))


def _unarmed_targets_are_civilians(event: Event, actors: ActorBase, country: str | None) -> Event:
    """The people an attack, an abduction or an arrest was aimed at, when they are no armed organisation (a
    party or union, a person, an office the knowledge base lacks): ACLED codes them "Civilians (<country>)",
    with the party or union associated."""
    victim = event.actor2
    if victim is None or country is None or (victim.actor_id or "").startswith(ROLE_ID_PREFIXES):
        return event
    arrest = event.acled_subtype == "Arrests" and event.actor1.type == "State forces"
    if not (arrest or event.acled_type == "Violence against civilians"):
        return event
    party = victim.type == "Protesters" and bool(victim.actor_id)
    unknown = victim.type is None and not victim.actor_id
    if not (party or unknown):
        return event
    civilians = _role_actor(actors, country, "civilians", victim)
    assoc = (*event.assoc_actors, victim) if party else event.assoc_actors
    return event.with_changes(actor2=civilians, assoc_actors=assoc, interaction=_interaction(event.actor1, civilians))


def _open_to_forces(event: Event) -> bool:
    """Whether the forces that met a demonstration or riot become its actor2: when it has none, or when the
    rioters' other side is only what they hit ("attacked a bus", "an official"; ACLED codes the police that
    came to stop them), not another crowd or armed group."""
    other = event.actor2
    if other is None:
        return True
    if event.acled_type != RIOTS or other.type in ARMED_TYPES or other.type in ("Rioters", "Protesters"):
        return False
    if (event.evidence.trigger or "").lower() in CLASH_WORDS:
        return False  # "employees clashed with other employees": the other side fought, so rioted too
    return not other.actor_id or other.type == "Civilians"


def _groups_fought(event: Event) -> bool:
    """ "Two communities clashed over a land dispute", "student groups clashed": a riot of two sides the text
    names only as groups, whom forces arriving afterwards ("Police were deployed") do not make a side."""
    words = (event.actor1.mention or "").lower().split()
    trigger = (event.evidence.trigger or "").lower()
    return event.acled_type == RIOTS and trigger in CLASH_WORDS and bool(words) and words[-1] in GROUP_WORDS


GROUP_WORDS = frozenset({"groups", "communities", "factions", "sides", "families"})
INTRANSITIVE_CLASHES = frozenset({"clashed", "clash", "scuffled", "fought", "brawled"})


def _clashed_among_themselves(event: Event, sentences: Sequence[str] = ()) -> bool:
    """ "Members of two student unions clashed at the university. Police were deployed": a riot whose sentence
    has the crowd clash with no one named after it ("clashed with ...") and no forces in it was a fight of the
    crowd's own sides; forces only deployed afterwards are no side of it (forces that acted on the crowd,
    "Police intervened to stop them", "dispersed them", are)."""
    trigger = (event.evidence.trigger or "").lower()
    if event.acled_type != RIOTS or event.actor2 is not None or trigger not in INTRANSITIVE_CLASHES:
        return False
    words = _words(event.evidence.text)
    if trigger not in words or set(words) & (POLICE_WORDS | MILITARY_WORDS | STATE_FORCE_WORDS | FORCE_MENTIONS):
        return False
    after = words[words.index(trigger) + 1 : words.index(trigger) + 3]
    if "with" in after or "against" in after:
        return False
    later = " ".join(sentences[sentences.index(event.evidence.text) + 1 :]) if event.evidence.text in sentences else ""
    return _FORCES_ACTED.search(later.lower()) is None


# What forces did to a crowd beyond being sent: stopping, dispersing, arresting, charging or firing on it.
_FORCES_ACTED = re.compile(
    r"\b(?:interven\w*|stopp?\w*|dispers\w*|arrest\w*|detain\w*|quell\w*|lathi\w*|baton\w*|tear[\s-]?gas\w*|fired"
    r"|firing|contain\w*|control|chased|resorted)\b"
)


def _organisation_hit_by_rioters(event: Event, actors: ActorBase, country: str | None) -> Event:
    """ "CPM workers attacked Congress supporters", "pickets vandalised buses of Green Line Paribahan": the
    unarmed organisation (a party, a union, a firm, a college) whose people or property a riot hit is coded by
    role, as ACLED does: rioters too when the two sides fought ("in the ensuing clash"), else civilians; the
    organisation is kept as an associated actor."""
    victim = event.actor2
    if event.acled_type != RIOTS or victim is None or victim.type not in ("Protesters", None):
        return event
    if (victim.actor_id or "").startswith(ROLE_ID_PREFIXES) or (victim.type is None and victim.actor_id):
        return event
    if victim.type is None and not (victim.mention or victim.name)[:1].isupper():
        return event  # described people ("two groups") are left to the riot rules
    fought = bool(_cues(event) & CLASH_WORDS) or _reciprocal(event)
    role = _role_actor(actors, country, "rioters" if fought else "civilians", victim)
    return event.with_changes(
        actor2=role, assoc_actors=(*event.assoc_actors, victim), interaction=_interaction(event.actor1, role)
    )


def _role_actor(actors: ActorBase, country: str | None, kind: str, original: Actor) -> Actor:
    entry = actors.state_forces(country, kind) if country else None
    if entry is None:
        return Actor(name=kind.capitalize(), mention=original.mention, type=kind.capitalize())
    return entry.to_actor(original.mention)


def _with_organiser(event: Event, role: Actor) -> tuple[Actor, ...]:
    """The named group behind a demonstration or riot becomes an associated actor."""
    original = event.actor1
    keep = original.actor_id != role.actor_id and not (is_unarmed(original) and not original.actor_id)
    if original.type in UNARMED_TYPES:
        keep = False
    assoc = [a for a in event.assoc_actors if a.name != role.name]
    return tuple([original, *assoc] if keep else assoc)


def _interaction(actor1: Actor, actor2: Actor | None) -> int | None:
    return interaction_code(actor1.type, actor2.type if actor2 else None)
