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

This module holds the pass over an article's events (`apply_acled_rules`) and the rules on violence;
the demonstration rules are in `acled_protests`, role actors and their country in `acled_actors`, and
the words all of them turn on in `acled_words`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace

from sigacts.exporters.countries import country_info
from sigacts.records import Actor, Event
from sigacts.resources.actors import ActorBase, ActorEntry
from sigacts.resources.generic_actors import GENERIC_ACTOR_KINDS
from sigacts.stages.acled_actors import (
    ARMED_VIOLENCE_TYPES,
    GROUP_WORDS,
    ROLE_ID_PREFIXES,
    UNARMED_TYPES,
    armed_doer,
    country_of,
    crowd_control,
    factional_fight,
    interaction_of,
    is_unarmed,
    of_their_nation,
    role_actor,
    type_of,
    unidentified,
    unorganised,
    with_organiser,
)
from sigacts.stages.acled_protests import (
    CROWD_PEOPLE,
    CROWD_WORDS,
    FIREARM_CUES,
    FORCE_MENTIONS,
    GUNFIRE_CUES,
    MILITARY_WORDS,
    POLICE_WORDS,
    PROTESTS,
    RIOT_CUES,
    RIOTS,
    arrested_rioting,
    as_protest,
    dating_campaigns,
    demands_in_the_street,
    demonstrators,
    dispersals_of_crowds,
    disperses_crowd,
    grievances_of_protests,
    hurt_by_dispersal,
    press_hit,
    protest_event,
    protests_with_own_violence,
    siege_by_people,
    state_response,
    stopping_forces,
    thwarting_response,
    violent_afterwards,
    violent_before,
)
from sigacts.stages.acled_words import (
    FIGHTER_WORDS,
    STATE_FORCE_WORDS,
    cues_of,
    forces_named,
    next_sentence,
    previous_sentence,
    protest_cues,
    reciprocal,
    set_off_crude_bomb,
    symbolic,
    thrown_crude_bomb,
    without_police_places,
    word_after_doer,
    words_of,
)
from sigacts.stages.intervention import forces_actor, intervening_forces, with_intervening_forces
from sigacts.taxonomy import acled_code


def _rioting(event: Event) -> bool:
    """Violence by unarmed people, or by a group of unknown kind fighting with stones and sticks.

    Destruction of property (torching, vandalising) by anyone but an armed organisation or the state
    is a riot too, and so is arson by people the report does not name.
    """
    if not event.acled_type or event.plover_mode == "sexual" or event.acled_type == PROTESTS:
        return False  # ACLED keeps sexual violence its own sub-type, whoever commits it; a gherao stays a protest
    if named_as_militants(event) or _initials_against_troops(event):
        return False  # "BNP militants set a bus ablaze": an armed wing's violence, not a crowd's
    words = set(words_of(event.evidence.text))
    if words & HEAVY_EXPLOSIVES and not words & STREET_BOMBS:
        return False  # "a bomb planted in the shrine exploded", "a missile landed": no crowd's weapon
    if event.plover_mode == "destroy" and event.acled_type == "Explosions/Remote violence" and not words & STREET_ACTS:
        return False  # "shops were damaged when a bomb went off": property wrecked by a bombing (see _blown_up)
    if event.plover_mode == "explosives" and words & {"blew", "blown"} and not words & STREET_BOMBS:
        return False  # "a clinic was blown up by unidentified persons": a demolition charge, no crowd's weapon
    if event.plover_type == "ASSAULT":
        cues = cues_of(event)
        if (event.evidence.trigger or "").lower() in ARMED_FIGHTS and cues & ARMED_SIDES:
            return False  # "a Naxal cadre died during a gun-battle against the forces": a battle, whoever died
        if is_unarmed(event.actor1) or _rank_and_file(event):
            # a gunfight or shooting by party men or villagers is armed violence (ACLED: militias), not a riot
            return not (event.plover_mode in GUN_MODES or cues & GUNFIRE_CUES)
        primitive = event.plover_mode in PRIMITIVE_MODES or bool(cues & RIOT_CUES)
        if event.actor1.type is None and primitive:
            return True
        if unidentified(event.actor1) and cues & HANDHELD_CUES and not cues & FIREARM_CUES:
            return True  # "unknown assailants stoned a bus": no armed group, a mob's weapons
        if unidentified(event.actor1) and not cues & GUN_CUES and (
            thrown_crude_bomb(event.evidence.text) or set_off_crude_bomb(event.evidence.text, event.actor1)
        ):
            return True  # "assailants hurled crude bombs at a bus": street violence, not a planted device
        # "two rival groups clashed over land": people of no known armed group fighting without guns
        brawl = (event.evidence.trigger or "").lower() in CLASH_WORDS and not cues & FIREARM_CUES
        doers = unorganised(event.actor1) or _unseen_civil_fight(event, cues)
        return brawl and doers and (event.actor2 is None or unorganised(event.actor2))
    if event.plover_mode == "destroy" and not symbolic(event):
        unnamed = event.evidence.rule == "unseen-agent" or unidentified(event.actor1)
        return event.actor1.type not in ARMED_TYPES or unnamed or _rank_and_file(event)
    return False


# The people of an organisation who turn out in a crowd: "UDMF cadres", "protesters of the committee".
RANK_AND_FILE = frozenset({"cadres", "activists", "supporters", "workers", "members", "protesters", "protestors",
                           "demonstrators", "agitators", "students", "volunteers", "youths", "followers"})  # fmt: skip


def _rank_and_file(event: Event) -> bool:
    """ "Front cadres set the party office on fire", "protesters of the struggle committee torched a motorcycle": the
    doers are the crowd of an organisation (whatever kind of group the name reads as), not its armed wing. A rebel
    group's cadres, and people the sentence calls armed or fighters, are its fighters."""
    if event.actor1.type in ("State forces", "Rebel group") or set(words_of(event.evidence.text)) & FIGHTER_WORDS:
        return False
    if words_of(event.actor1.mention or "")[-1:] in (("prisoners",), ("inmates",)):
        return True  # "prisoners attacked the jail officials": a jail's crowd, whatever the word reads as
    if word_after_doer(event) in RANK_AND_FILE:
        return True
    mention = words_of(event.actor1.mention or "")
    words = words_of(event.evidence.text)
    for i in range(2, len(words) - len(mention) + 1):
        if mention and words[i : i + len(mention)] == mention:
            return words[i - 1] in ("of", "from") and words[i - 2] in CROWD_OF or (
                i >= 3 and words[i - 1] == "the" and words[i - 2] in ("of", "from") and words[i - 3] in CROWD_OF)
    return False


# The people of a place who turn out in a crowd: "residents of X", "farmers from Y".
CROWD_OF = RANK_AND_FILE | frozenset({"residents", "villagers", "farmers", "locals", "people", "traders", "youth",
                                      "inhabitants", "villager", "resident"})


# Explosives that are planted, set off from afar or fired, never a crowd's weapon; and the hand-made bombs that are.
HEAVY_EXPLOSIVES = frozenset({"ied", "ieds", "landmine", "landmines", "missile", "missiles", "rocket", "rockets",
                              "explosives", "detonated", "planted", "remote-controlled", "mortar", "mortars"})
STREET_BOMBS = frozenset({"crude", "cocktail", "cocktails", "handmade", "hand-made", "homemade", "home-made", "petrol",
                          "molotov", "country-made", "stones", "brickbats"})  # fmt: skip

BLAST_WORDS = HEAVY_EXPLOSIVES | frozenset({"bomb", "bombs", "blast", "blasts", "exploded", "explosion", "explosions",
                                            "blew", "blown"})


def _blown_up(event: Event) -> Event:
    """ "A school was blown up by unknown men", "rooms of a shrine were destroyed when a planted bomb went off": property
    destroyed by explosives is a bombing (ACLED: remote violence), not a property destruction of its own."""
    if event.acled_type != "Strategic developments" or event.plover_mode not in ("destroy", "explosives"):
        return event  # a bombing "disrupted gas supply" is no disrupted weapons use either
    if symbolic(event):
        return event
    words = set(words_of(event.evidence.text))
    if not words & BLAST_WORDS or words & STREET_BOMBS or not words & (HEAVY_EXPLOSIVES | {"bomb", "bombs", "blown"}):
        return event
    code = acled_code("ASSAULT", "explosives", factuality=event.factuality, actor2_type=type_of(event.actor2),
                      cues=frozenset(words - {"disrupted"}))  # fmt: skip
    if code is None or code.event_type != "Explosions/Remote violence":
        return event
    return event.with_changes(acled_type=code.event_type, acled_subtype=code.sub_event_type)


# Words that tell of a crowd's own fighting: the violence police break up.
CROWD_FIGHTS = frozenset({"violence", "clash", "clashes", "riot", "riots", "rioting", "scuffle", "scuffles", "brawl",
                          "melee", "fracas", "skirmish", "skirmishes"})  # fmt: skip

# Words that name doers as an armed wing rather than a crowd ("BNP militants", "armed militiamen").
MILITANT_WORDS = frozenset({"militant", "militants", "militia", "militias", "militiamen", "milita", "gunmen", "gunman",
                            "terrorists", "terrorist"})  # fmt: skip


def named_as_militants(event: Event) -> bool:
    """ "BNP militants hurled petrol bombs at a bus", "armed militants set fire to a truck": the doers, or the
    word that follows their name, are militants; ACLED codes such an armed wing (a party's militia, an armed
    group) by its organisation, and its violence as armed violence, not as a riot."""
    return bool(set(words_of(event.actor1.mention or "")) & MILITANT_WORDS) or word_after_doer(event) in MILITANT_WORDS


# Hand-thrown fire and crude bombs, and burning, as a weapon on people and their vehicles and homes.
BYSTANDER_HARM = frozenset({"petrol", "cocktail", "cocktails", "afire", "ablaze", "fire", "torched", "burnt", "burned",
                            "burn", "molotov"})  # fmt: skip
# A crowd's ways of wrecking property, burning or throwing: "torched the office after they hurled bombs".
STREET_ACTS = STREET_BOMBS | BYSTANDER_HARM | frozenset({"arson", "hurled", "threw", "thrown", "lobbed"})


def _hurts_bystanders(event: Event) -> bool:
    """ "party militants torched a bus with petrol bombs and hurt its riders": militants' fire or crude bombs used
    on people, their vehicles or homes (not on forces or fighters) is violence against civilians."""
    if event.acled_type not in ("Strategic developments", "Explosions/Remote violence", "Riots", "Battles"):
        return False
    if event.actor2 is not None and event.actor2.type not in ("Civilians", None):
        return False
    words = set(words_of(event.evidence.text)) - MILITANT_WORDS  # the doers' own name is no target
    if not (words & BYSTANDER_HARM or thrown_crude_bomb(event.evidence.text)):
        return False  # crude bombs set off near a bus stand stay remote violence
    if words & (ARMED_VICTIMS | STATE_FORCE_WORDS | MILITARY_TARGETS):
        return False
    return _people_hurt(event.evidence.text) is not None or _lethal(event)


# People a nationality adjective may describe ("an Italian aid worker", "a Bangladeshi young man").
PERSON_NOUNS = frozenset({"worker", "workers", "national", "nationals", "man", "men", "woman", "women", "youth",
                          "youths", "boy", "boys", "girl", "girls", "child", "children", "farmer", "farmers", "trader",
                          "traders", "fisherman", "fishermen", "citizen", "citizens", "civilian", "civilians",
                          "missionary", "priest", "journalist", "journalists", "tourist", "tourists", "engineer",
                          "engineers", "teacher", "teachers", "student", "students", "businessman", "businessmen",
                          "villager", "villagers", "people", "pilgrims", "passengers", "labourers", "laborers",
                          "smuggler", "smugglers", "shepherd", "herder", "herders", "driver", "drivers", "employee",
                          "employees", "staffer", "staffers", "doctor", "doctors", "nurse", "nurses", "lawyer",
                          "lawyers", "shopkeeper", "shopkeepers", "contractor", "contractors", "labourer", "laborer",
                          "couple", "family"})  # fmt: skip


def _nationals_hit(event: Event, actors: ActorBase) -> Event:
    """ "An Italian aid worker was shot dead", "a Bangladeshi young man was shot by border guards": people a
    nationality adjective describes are that country's civilians, not its forces (the adjective alone resolves
    to the country's state)."""
    victim = event.actor2
    if event.plover_type != "ASSAULT" or victim is None or victim.type != "State forces" or not victim.country_code:
        return event
    mention = words_of(victim.mention or "")
    if len(mention) != 1 or not victim.mention[:1].isupper():
        return event  # "Pakistani soldiers", "the Indian army": the forces are named; "military worker" is no nationality
    words = words_of(event.evidence.text)
    at = next((i for i, word in enumerate(words) if word == mention[0]), None)
    if at is None or not set(words[at + 1 : at + 3]) & PERSON_NOUNS:
        return event
    entry = actors.state_forces(victim.country_code, "civilians")
    if entry is None:
        return event
    civilians = entry.to_actor(victim.mention)
    return event.with_changes(actor2=civilians, interaction=interaction_of(event.actor1, civilians))


# What tells who reported an act: "..., said Inspector X of the police camp", "police said", "according to police".
_TOLD_BY = re.compile(r"\b(?:said|says|told|according to)\b")
_UNIFORM = re.compile(r"\s+(?:[\w-]+\s+)?(?:uniforms?|fatigues|camouflage)\b")
# Civilians named by the forces they inform: "a police informer", "suspected army informants".
_INFORMER = re.compile(r"\s+(?:informers?|informants?|sources?)\b")


def _forces_only_told(event: Event) -> Event:
    """ "A police inspector said raiders firebombed a lorry", "... at a van, said an inspector of
    the police camp": forces the sentence names only as who told of an attack are no side of it, nor are those
    whose uniforms the attackers wore ("gunmen wearing military uniforms") or whom the victims informed ("a police
    informer was shot"); the attack's other side is left to the rules on its targets."""
    victim = event.actor2
    if event.plover_type != "ASSAULT" or victim is None or victim.type != "State forces" or not victim.mention:
        return event
    text = event.evidence.text.lower()
    trigger = (event.evidence.trigger or "").lower()
    at = re.search(rf"\b{re.escape(trigger)}\b", text) if trigger else None
    found = list(re.finditer(rf"\b{re.escape(victim.mention.lower())}\b", text))
    if at is None or not found:
        return event
    for mention in found:
        source = _SOURCE_AFTER.match(text, mention.end()) or _SOURCE_BEFORE.search(text[: mention.start()]) or (
            mention.start() > at.end() and _TOLD_BY.search(text, at.end(), mention.start())) or (
            _UNIFORM.match(text, mention.end())) or _INFORMER.match(text, mention.end()) or any(
            convoy.start() <= mention.start() < convoy.end() for convoy in CIVILIAN_CONVOY.finditer(text))
        if not source:
            return event
    return event.with_changes(actor2=None, interaction=interaction_of(event.actor1, None))


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

GUN_CUES = frozenset({"shot", "shots", "gun", "guns", "gunfire", "bullet", "bullets", "rifles", "gunmen", "shooting",
                      "firing", "fired"})

CLASH_WORDS = frozenset({"clash", "clashes", "clashed", "scuffle", "scuffled", "skirmish", "brawl", "fought", "fight",
                         "gunfight", "firefight", "encounter", "shootout", "fighting", "battle", "fire-fight",
                         "skirmishes", "scuffles", "brawls", "fights", "clashing", "battling", "brawled"})


def _unarmed_side_first(event: Event) -> Event:
    """A clash of state forces or an armed group with unarmed people ("clashes between police and
    opposition activists"): the unarmed side rioted, so it comes first and the riot rule codes it."""
    if event.plover_type != "ASSAULT" or event.actor2 is None or not event.acled_type:
        return event
    trigger = (event.evidence.trigger or "").lower()
    if trigger in CLASH_WORDS and not is_unarmed(event.actor1) and not _initials_against_troops(event):
        other = event.actor2
        if is_unarmed(other) or (event.actor1.type == "State forces" and other.type is None and not other.actor_id):
            return event.sides_swapped()  # "police and voters clashed"
    return event


GUN_MODES = frozenset({"firearms"})
_INITIALS = re.compile(r"^[A-Z]{2,6}(?:-[A-Z]{1,2})?$")


def _initials_against_troops(event: Event) -> bool:
    """ "Clashes broke out between the military and the KKO", "troops clashed with the KKO": an organisation named
    by its initials that fights the army is an armed group, though the knowledge base does not know it; a crowd
    is not named by initials, and it is the police, not the army, that meets crowds."""
    sides = [event.actor1, event.actor2]
    if event.actor2 is None or not any((side.name or "").startswith("Military Forces") for side in sides):
        return False
    return any(side.type is None and not side.actor_id and _INITIALS.match((side.mention or "").strip() or "-")
               is not None for side in sides)  # fmt: skip



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
        event = _nationals_hit(event, actors)
        event = _forces_only_told(event)
        if (stopper := thwarting_response(events, event, sentences)) is not None:
            # "tried to stage a sit-in; police blocked them": the protesters gathered and were stopped
            event = event.with_changes(factuality="occurred", acled_type=PROTESTS)
            if stopper >= 0:
                absorbed.add(events[stopper].event_id)
                event = protest_event(event, events[stopper], actors, country)
            else:
                event = protest_event(event, None, actors, country)
                if event.acled_type == PROTESTS:
                    event = event.with_changes(acled_subtype="Protest with intervention")
                if (stoppers := stopping_forces(event)) is not None:
                    forces = forces_actor(stoppers, actors, country)
                    event = event.with_changes(actor2=forces, interaction=interaction_of(event.actor1, forces))
        elif event.plover_type == "PROTEST" and event.acled_type:
            response = state_response(events, event)
            if response is not None:
                absorbed.add(events[response].event_id)
            turned = violent_afterwards(event, sentences)
            event = protest_event(event, events[response] if response is not None else None, actors, country, turned)
        elif siege_by_people(event):
            event = protest_event(event.with_changes(acled_type=PROTESTS, actor2=None), None, actors, country)
        elif event.plover_mode == "destroy" and event.acled_type and symbolic(event):
            event = protest_event(event.with_changes(acled_type=PROTESTS), None, actors, country)  # "burnt an effigy"
        elif event.evidence.start not in protest_sentences and disperses_crowd(event):
            # the police action stays a PLOVER event; the protest it broke up is the ACLED event
            out.append(event.with_changes(acled_type=None, acled_subtype=None, interaction=None))
            # "Police dispersed the protesters. They also pelted stones", "arrested five men for vandalising a bus"
            turned = violent_afterwards(event, sentences) or arrested_rioting(event) or violent_before(event, sentences)
            event = protest_event(as_protest(event, actors, country), event, actors, country, turned)
        elif event.evidence.start not in protest_sentences and (forces := hurt_by_dispersal(event, actors, country)):
            # "ten were injured when police resorted to a baton charge": the hurt are a crowd the forces broke up;
            # "violence erupted, which forced police to use a lathicharge": the crowd they broke up was violent
            out.append(event.with_changes(acled_type=None, acled_subtype=None, interaction=None))
            turned = violent_afterwards(event, sentences) or violent_before(event, sentences) or (
                (event.evidence.trigger or "").lower() in CROWD_FIGHTS)
            event = protest_event(as_protest(event, actors, country), event.with_changes(actor1=forces), actors, country, turned)
        elif _hits_civilians(event, next_sentence(event, sentences)):
            event = _on_civilians(event, actors, country)
        elif _unknown_victim_among_forces(event):
            event = _forces_as_victims(event, actors, country)
        elif event.actor2 is not None and _members_of_unarmed_group_hit(event):
            group = event.actor2  # "two party workers were shot dead": civilians, their party associated
            event = _on_civilians(event.with_changes(actor2=None), actors, country)
            event = event.with_changes(assoc_actors=(*event.assoc_actors, group.on_side(2)))
        event = _unseen_doers(event, actors, country)
        event = _fought_back(event, next_sentence(event, sentences))
        event = _forces_attacked_first(event, _two_sentences_after(event, sentences))
        event = _shelling_in_a_fight(event, next_sentence(event, sentences))
        event = _armed_victims(event, actors, country)
        event = _off_duty_victims(event, actors, country)
        event = _forces_abducted(event, actors, country)
        event = _died_in_a_fight(event, actors, country)
        event = _died_in_a_battle(event, actors, country)
        event = _land_feud_killing(event, country)
        event = _civilian_deaths(event)
        event = _territory_transfer(event, actors, country)
        event = _unarmed_side_first(event)
        if named_as_militants(event) and _hurts_bystanders(event) and not _exchange_named(
            f"{event.evidence.text} {next_sentence(event, sentences)}".lower()
        ):
            event = _on_civilians(event.with_changes(acled_type="Violence against civilians"), actors, country)
        event = _blown_up(event)
        if event.evidence.start not in protest_sentences and _turf_fight(event):
            event = _as_turf_battle(event, actors)
        elif _rioting(event):
            in_protest = event.evidence.start in protest_sentences or demonstrators(event) or (
                event.acled_subtype == "Violent demonstration")
            if not in_protest and _mob_justice(event):
                event = _on_civilians(event.with_changes(actor1=_vigilantes(event.actor1, actors, country)), actors, country)
            elif not in_protest and _assault_on_a_person(event):
                event = _on_civilians(_beaten_by_a_crowd(event, actors, country), actors, country)
            elif _lethal(event) and not in_protest:
                event = _lethal_group_violence(event, actors, country)
            else:
                event = _riot(event, in_protest, actors, country)
        if _crowd_fights_police(event):
            in_protest = event.evidence.start in protest_sentences or bool(set(words_of(event.evidence.text)) & CROWD_WORDS)
            event = _riot(_crowd_first(event, actors, country), in_protest, actors, country)
        elif _crowd_in_battle(event):
            event = _riot(_crowd_with_forces(event, actors, country), not _mob_named(event), actors, country)
        elif _hurt_in_civil_clash(event, _sentence_before(event, sentences)):
            event = _riot(_crowd_with_forces(event, actors, country), False, actors, country)
        elif _police_met_crowd_violence(event, _two_sentences_after(event, sentences)):
            event = _riot(_crowd_first(event, actors, country), not _mob_named(event), actors, country)
        elif _stoning_crowd(event):
            event = _riot(_crowd_with_forces(event, actors, country), not _mob_named(event), actors, country)
        if event.evidence.start not in protest_sentences:
            event = _deadly_group_fight(event)
            event = _village_feud(event, next_sentence(event, sentences))
            event = _electoral_fight(event, actors, country)
        event = _crowd_with_its_organisation(event)
        if event.acled_type in (PROTESTS, RIOTS) and _open_to_forces(event) and not (
            reciprocal(event) or _groups_fought(event) or _clashed_among_themselves(event, sentences)
        ):
            event = with_intervening_forces(event, sentences, actors, country)
        event = _rioters_on_both_sides(event, actors, country, next_sentence(event, sentences))
        event = _organisation_hit_by_rioters(event, actors, country)
        event = _communal_militias(event, country, actors, sentences)
        event = _party_militias(event, actors)
        event = _unarmed_targets_are_civilians(event, actors, country)
        event = of_their_nation(event, doer, actors)
        event = _unnamed_victims(event, actors, country, next_sentence(event, sentences), previous_sentence(event, sentences))
        event = _bombed_forces(event, actors, country, next_sentence(event, sentences))
        event = _demonstrators_hit(event, actors, country, next_sentence(event, sentences))
        event = _civilians_attacked(event, actors, country)
        event = _two_armies(event, actors, country)
        event = _other_side_of_battle(event, actors, country, next_sentence(event, sentences))
        event = armed_doer(event, actors, country)
        event = crowd_control(event, actors)
        event = factional_fight(event)
        event = _farmers_and_herders(event, country, next_sentence(event, sentences))
        event = _village_defence_volunteers(event, country)
        out.append(event)
    out, fought = _raids_fought_off(out, sentences)
    absorbed |= fought
    absorbed |= dating_campaigns(out)
    absorbed |= grievances_of_protests(out)
    absorbed |= dispersals_of_crowds(out)
    absorbed |= _tolls_of_fights(out)
    absorbed |= _arrests_of_fights(out)
    absorbed |= _arrests_at_protests(out, sentences)
    absorbed |= _gatherings_attacked(out)
    out = protests_with_own_violence(out)
    if not any(e.acled_type for e in out):
        out = demands_in_the_street(out, actors, focus, sentences)
    return [e if e.event_id not in absorbed else e.with_changes(acled_type=None, acled_subtype=None, interaction=None)
            for e in out]  # fmt: skip


# Words that open another incident, not the same one told further: "in a separate incident", "elsewhere".
_ANOTHER_INCIDENT = re.compile(r"\b(?:separate|another|other|earlier|later|meanwhile|elsewhere|similar|previous)\b")
RAID_REACH = 2  # sentences after an attack that may tell of the fight it turned into


def _raids_fought_off(events: list[Event], sentences: Sequence[str]) -> tuple[list[Event], set[str]]:
    """ "Gunmen raided a village. During the attack they clashed with soldiers, who drove them off": an attack on
    civilians that the next sentences tell turned into a fight of its doers with the state's forces (or another
    armed side) is that battle (ACLED codes the fight, the raid's victims among its toll). The attack takes the
    fight's other side; the ids of the fights so told are returned to be absorbed."""
    absorbed: set[str] = set()
    out = list(events)
    for i, raid in enumerate(out):
        if (raid.acled_type, raid.acled_subtype, raid.plover_type) != ("Violence against civilians", "Attack", "ASSAULT"):
            continue
        if is_unarmed(raid.actor1):
            continue
        fight = next((e for e in out if _fight_of_the_raid(raid, e, sentences)), None)
        if fight is None:
            continue
        other = fight.actor2 if fight.actor1.name == raid.actor1.name else fight.actor1
        out[i] = raid.with_changes(acled_type="Battles", acled_subtype="Armed clash", actor2=other,
                                   interaction=interaction_of(raid.actor1, other))  # fmt: skip
        absorbed.add(fight.event_id)
    return out, absorbed


def _fight_of_the_raid(raid: Event, fight: Event, sentences: Sequence[str]) -> bool:
    """Whether `fight` is a battle, told in the sentences just after `raid`'s as a clash or an exchange of fire,
    of the raid's doers with an armed side, at the same place and not opened as another incident."""
    if fight.acled_type != "Battles" or fight.plover_type != "ASSAULT" or fight.actor2 is None:
        return False
    sides = {fight.actor1.name, fight.actor2.name}
    if raid.actor1.name not in sides or len(sides) != 2:
        return False
    other = fight.actor2 if fight.actor1.name == raid.actor1.name else fight.actor1
    if is_unarmed(other) or other.type is None:
        return False
    try:
        gap = sentences.index(fight.evidence.text) - sentences.index(raid.evidence.text)
    except ValueError:
        return False
    text = fight.evidence.text.lower()
    if not 0 < gap <= RAID_REACH or _ANOTHER_INCIDENT.search(text):
        return False
    told_as_fight = (fight.evidence.trigger or "").lower() in CLASH_WORDS | EXCHANGE_WORDS
    if not (told_as_fight or FIGHT_BACK.search(text) or _exchange_named(text)):
        return False  # "police said militants were behind the killing": no fight is told
    here, there = raid.location, fight.location
    return here is None or there is None or here.name == there.name


# People named by the campaign they enforce ("bandh supporters", "hartal pickets").
PROTEST_SIDES = frozenset({"bandh", "hartal", "strike", "blockade", "shutdown", "supporters", "activists", "pickets"})

TERRITORY_TAKEN = frozenset({"Non-state actor overtakes territory", "Government regains territory"})
WITHDRAWAL_WORDS = frozenset({"withdrew", "withdrawn", "withdrawal", "withdrawing", "pulled", "retreated", "vacated",
                              "abandoned", "evacuated", "evacuation", "handed", "handover"})  # fmt: skip
UNOPPOSED = ("without resistance", "without a fight", "without fighting", "without any resistance", "unopposed",
             "without violence", "without any fighting", "without a shot")
FIGHT_WORDS = CLASH_WORDS | FIREARM_CUES | frozenset(
    {"killed", "killing", "attack", "attacks", "attacked", "offensive", "bombardment", "shelling", "airstrikes",
     "assault", "counterattack", "counter-attack", "fierce", "heavy", "battles", "clashing", "storming", "stormed"}
)  # fmt: skip


# "took the town after AMISOM forces withdrew", "overtakes Galcad after AMISOM exit": the side that left
_WITHDRAWN_SIDE = re.compile(
    r"\bafter\s+(?:the\s+)?(?P<side>[\w-]+(?:\s+[\w-]+)?)(?:\s+(?:forces|troops|soldiers))?\s+(?:had\s+)?"
    r"(?:withdrew|withdrawn|withdrawal|pulled\s+out|pull-?out|left|vacated|abandoned|exit|departure)\b",
    re.IGNORECASE,
)
WITHDRAWN_TYPES = frozenset({"State forces", "External/Other", "Rebel group", "Political militia", "Identity militia"})


def _withdrawn_side(text: str, actors: ActorBase, country: str | None) -> Actor | None:
    """The armed side a territory was taken from after it left, by the words that name it ("AMISOM-ENDF" is
    read part by part), else None."""
    found = _WITHDRAWN_SIDE.search(text)
    if found is None:
        return None
    side = found.group("side")
    for words in (*side.split("-"), side):  # "AMISOM-ENDF": the mission before its contingent
        entry = actors.resolve(words, context_country=country)
        if entry is not None and entry.type in WITHDRAWN_TYPES:
            return entry.to_actor(words)
    return None


def _territory_transfer(event: Event, actors: ActorBase, country: str | None) -> Event:
    """ACLED codes territory that changes hands without a fight as a non-violent transfer: taken after the
    other side withdrew, or unopposed; the side that withdrew is its other side. A withdrawal of unarmed people
    (residents leaving a town) is none."""
    if event.acled_subtype == "Non-violent transfer of territory" and event.plover_type == "RETREAT" and is_unarmed(
        event.actor1
    ):
        return event.with_changes(acled_type=None, acled_subtype=None, interaction=None)
    if event.acled_subtype not in TERRITORY_TAKEN:
        return event
    text = event.evidence.text.lower()
    words = set(words_of(event.evidence.text))
    if any(phrase in text for phrase in UNOPPOSED) or (words & WITHDRAWAL_WORDS and not words & FIGHT_WORDS):
        other = event.actor2
        if other is not None and other.type is None and not other.actor_id:
            other = None  # "took control of X": the place taken is where, not who
        if other is None and (left := _withdrawn_side(event.evidence.text, actors, country)) is not None:
            other = left if left.actor_id != event.actor1.actor_id else None
        return event.with_changes(acled_type="Strategic developments", acled_subtype="Non-violent transfer of territory",
                                  actor2=other, interaction=interaction_of(event.actor1, other))  # fmt: skip
    return event


CIVILIAN_TARGETS = frozenset(
    {"village", "villages", "house", "houses", "home", "homes", "residence", "residential", "market", "mosque",
     "church", "temple", "school", "hospital", "clinic", "shop", "shops", "bus", "buses", "train", "car", "vehicle",
     "vehicles", "truck", "microbus", "camp", "camps", "wedding", "funeral", "bazaar", "restaurant", "hotel",
     "passengers", "family", "families", "farm", "neighbourhood", "neighborhood", "community", "communities",
     "settlement", "bar", "nightclub", "cafe", "shrine", "van", "minibus", "taxi", "rickshaw", "auto-rickshaw",
     "autorickshaw", "lorry", "tempo", "motorcycle", "motorbike", "bicycle", "boat", "ferry", "passenger",
     "civilians", "villagers", "women", "girls", "children", "residents", "worshippers", "pilgrims", "farmers",
     "traders", "shopkeepers", "commuters", "herders", "fishermen", "students", "teachers", "journalists",
     "journalist", "doctors", "refugees"}
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
    if CIVILIAN_CONVOY.search(event.evidence.text.lower()):
        return True  # "ambushed a convoy of aid workers", "fired on the minister's motorcade"
    trigger = (event.evidence.trigger or "").lower()
    words = words_of(without_uniforms(event.evidence.text.lower()))
    if trigger not in words:
        return False
    at = words.index(trigger)
    after = set(words[at + 1 : at + 1 + TARGET_WINDOW])
    if words[at + 1 : at + 2] == ("by",) and at >= 2 and words[at - 1] in ("was", "were", "been"):
        # "a bus was attacked by gunmen": the passive's subject, before the verb, is what was hit
        after = set(words[max(0, at - TARGET_WINDOW) : at])
    return bool(after & CIVILIAN_TARGETS) and not after & MILITARY_TARGETS


# "gunmen wearing military uniforms", "men in army fatigues": the forces whose dress the doers wore are no side
_DRESS = re.compile(r"\b(?:wearing|in|dressed in|donning|clad in)\s+(?:[\w-]+\s+){0,2}(?:uniforms?|fatigues|camouflage)\b")


# Convoys and motorcades of civilians (officials, lawmakers, judges, workers), not of the forces: "a convoy of
# lawmakers", "the judge's convoy".
_CIVILIANS_IN_CONVOYS = (r"(?:lawmakers?|legislators?|ministers?|judges?|workers|officials|politicians|leaders?"
                         r"|candidates?|pilgrims|traders|civilians|passengers|journalists|engineers|mps|mlas|mpas"
                         r"|students|teachers|mayors?|governors?|chairman|aid)")
CIVILIAN_CONVOY = re.compile(
    rf"\b(?:convoy|motorcade)\s+(?:carrying|of)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){{0,2}}?{_CIVILIANS_IN_CONVOYS}\b"
    rf"|\b{_CIVILIANS_IN_CONVOYS}(?:’s|'s|s’|s')\s+(?:convoy|motorcade)\b"
)


def without_uniforms(text: str) -> str:
    return _DRESS.sub(" ", text)


def _hits_civilians(event: Event, following: str = "") -> bool:
    """Violence aimed at civilian places, or whose only dead or named victims are civilians."""
    if event.plover_type == "ASSAULT" and event.actor2 is None:
        return _civilian_target(event) or _only_civilians_died(event) or _no_armed_side(event, following) or (
            _former_fighters_hit(event))
    return _one_sided_on_civilians(event) or _former_fighters_hit(event) or _pronoun_victims(event)


def _pronoun_victims(event: Event) -> bool:
    """ "A shopkeeper and his son died when rebels fired on them", "a woman died after a bullet hit
    her": victims the sentence names before and points back to with a pronoun, read as an unseen armed side, are the
    people it named; where they are forces or fighters (`_armed_victims`) the fight is a battle again."""
    victim = event.actor2
    if event.plover_type != "ASSAULT" or event.acled_type != "Battles" or victim is None or victim.mention:
        return False
    if not unidentified(victim) or (event.evidence.trigger or "").lower() in CLASH_WORDS | EXCHANGE_WORDS:
        return False
    words = words_of(event.evidence.text.lower())
    trigger = (event.evidence.trigger or "").lower()
    if trigger not in words:
        return False
    at = words.index(trigger)
    if not set(words[at + 1 : at + 4]) & {"them", "him", "her"}:
        return False
    own = words_of(event.actor1.mention or "")
    cut = next((i for i in range(at) if own and words[i : i + len(own)] == own), at)
    named = set(words[:cut])  # the people named before the doers: "a trader was killed as [doers] fired on them"
    return not named & (ARMED_VICTIMS | FIGHTER_WORDS | STATE_FORCE_WORDS) and not _exchange_named(event.evidence.text.lower())


# "a former militant", "ex-rebels", "surrendered cadres": people who have left armed groups
FORMER_FIGHTERS = re.compile(r"\b(?:former|ex-|ex|surrendered|retired)\s?(?:[\w-]+\s)?(?:militants?|rebels?|insurgents?"
                             r"|fighters?|cadres?|combatants?|maoists?|guerrillas?)\b")


def _former_fighters_hit(event: Event) -> bool:
    """ "Gunmen shot dead a former militant", "separatists killed six ex-militants in a car": people who have left an
    armed group are unarmed non-combatants; an attack on them where no fight is told is violence against civilians
    (ACLED), whoever the text names as their old group."""
    if event.plover_type != "ASSAULT" or event.acled_type != "Battles" or event.acled_subtype != "Armed clash":
        return False
    if event.actor1.type == "State forces" or is_unarmed(event.actor1):
        return False
    victim = event.actor2
    if victim is not None and victim.type == "State forces":
        return False
    text = event.evidence.text.lower()
    if FORMER_FIGHTERS.search(text) is None or _exchange_named(text):
        return False
    return not set(words_of(text)) & (CLASH_WORDS | ARMED_FIGHTS)


def _no_armed_side(event: Event, following: str) -> bool:
    """ "Armed assailants chased a party leader and killed him": an armed attack whose sentence names
    no armed target (no forces, post or fighters) and no fight is one-sided, so not a battle. The forces who
    only told of it ("police said", "according to police") are no side of it. Plain people read as the doer of a
    shooting ("unknown men fired on two shopkeepers", "gunfire left several people injured") are no side either:
    guns make the attack armed, and with no fight named its victims are civilians."""
    if event.acled_type != "Battles" or event.acled_subtype != "Armed clash":
        return False
    if (event.evidence.trigger or "").lower() in CLASH_WORDS:
        return False
    text = _SOURCES_OF_NEWS.sub(" ", f"{event.evidence.text} {following}".lower())
    words = set(words_of(text)) - set(words_of(event.actor1.mention or ""))  # the attacker's own words name no target
    if is_unarmed(event.actor1) and (
        not (event.plover_mode in GUN_MODES or cues_of(event) & GUN_CUES) or words & (CLASH_WORDS | ARMED_FIGHTS)
    ):
        return False  # unarmed people fighting with no gun, or in a named fight: a riot's or a battle's rules
    if words & (MILITARY_TARGETS | STATE_FORCE_WORDS | ARMED_PEOPLE | EXCHANGE_WORDS):
        return False
    return not any(phrase in text for phrase in EXCHANGE_PHRASES)


# The police as the source of a crime report, not a side in it: "police said", "according to the police" (the army
# telling of firing is often the side fired on: "troops fired across the line, army officials said").
_SOURCES_OF_NEWS = re.compile(
    r"\bpolice(?:\s+(?:sources|officials|officers))?\s+(?:said|say|says|told|suspect\w*|claimed|allege[sd]?)\b"
    r"|\baccording\s+to\s+(?:the\s+)?(?:local\s+)?police\b"
    r"|\b(?:police|army|military)\s+(?:informers?|informants?)\b"  # civilians who informed them
)


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
    if event.acled_subtype in TERRITORY_TAKEN:
        return False  # "took control of X": the place taken is no victim
    # a victim of no known kind (a named person, people the knowledge base lacks) is presumed civilian
    unarmed_victim = victim.type == "Protesters" or (victim.type is None and not victim.actor_id) or (
        victim.name.startswith("Government of")) or _person_of_a_militia_hit(event)
    return (event.plover_type == "ASSAULT" and unarmed_victim
            and event.acled_type in ("Battles", "Violence against civilians", "Explosions/Remote violence")
            and event.actor1.type != "Protesters")  # fmt: skip


def _forces_hit_words(event: Event) -> set[str]:
    """The words after the event's act that name soldiers, police or their posts as hit, beyond the doers' own
    and the officers who only told of it; none where the sentence says the men were off duty."""
    text = _RANK_AS_SOURCE.sub(" ", without_police_places(event.evidence.text.lower()))
    if OFF_DUTY.search(text) or "uniform" in text:
        return set()
    words = words_of(text)
    trigger = (event.evidence.trigger or "").lower()
    if trigger not in words:
        return set()
    hit = words[words.index(trigger) + 1 :]  # "fired on a post, injuring a jawan": the hit are named after the act
    return (set(hit) - set(words_of(event.actor1.mention or ""))) & ARMED_VICTIMS


def _unknown_victim_among_forces(event: Event) -> bool:
    """ "Troops fired on the other side's forward defence location, injuring a jawan": a victim the knowledge base
    lacks (a post, a unit's name) is no civilian where the sentence names soldiers or police as the ones hit."""
    victim = event.actor2
    if event.plover_type != "ASSAULT" or event.acled_type != "Battles" or victim is None:
        return False
    if victim.type is not None or victim.actor_id or (event.evidence.trigger or "").lower() in CLASH_WORDS:
        return False
    return bool(_forces_hit_words(event))


def _forces_as_victims(event: Event, actors: ActorBase, country: str | None) -> Event:
    """The battle with the force the words name as hit on its other side (left open when they name the doers'
    own force, for `_other_side_of_battle` to find)."""
    victim = _state_victims(_forces_hit_words(event), actors, country) if country else None
    if victim is not None and victim.name == event.actor1.name:
        victim = None
    return event.with_changes(actor2=victim, interaction=interaction_of(event.actor1, victim))


# What a person is in a party or movement: "a Sunni Tehreek worker", "the leader of the front", "its general secretary".
PARTY_ROLES = frozenset({"leader", "leaders", "worker", "workers", "activist", "activists", "member", "members",
                         "president", "vice-president", "secretary", "councillor", "councilor", "chairman",
                         "chairperson", "candidate", "office-bearer", "organiser", "organizer", "spokesman",
                         "spokesperson", "supporter", "supporters", "official", "officials", "cleric"})  # fmt: skip


def _person_of_a_militia_hit(event: Event) -> bool:
    """ "Gunmen shot dead a local leader of the front", "assailants attacked the party's president": people of
    a party's or movement's militia named by their place in it (a leader, a worker), hit where no fight is told,
    are civilians to ACLED, the group associated; its armed men ("cadres", "militants") are not."""
    victim = event.actor2
    if victim is None or victim.type != "Political militia" or event.actor1.type == "State forces":
        return False
    text = event.evidence.text.lower()
    if _exchange_named(text) or set(words_of(text)) & (CLASH_WORDS | ARMED_FIGHTS):
        return False
    mention = words_of(victim.mention or "")
    words = words_of(text)
    for i in range(len(words) - len(mention) + 1):
        if mention and words[i : i + len(mention)] == mention:
            after = words[i + len(mention) : i + len(mention) + 2]
            before = words[max(0, i - 5) : i]
            if after[:1] and after[0] in PARTY_ROLES or after[1:] and after[0] in LOCAL_WORDS and after[1] in PARTY_ROLES:
                return True
            if "of" in before and set(before[: before.index("of")]) & PARTY_ROLES:
                return True
    return False


LOCAL_WORDS = frozenset({"local", "political", "central", "senior", "district", "town", "city", "unit", "provincial",
                         "former", "youth", "student", "women's", "ward", "zonal", "regional"})  # fmt: skip


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
    punish a supposed wrongdoer themselves, without the courts (not the words of the doers' own name,
    "a gang of robbers attacked")."""
    doers = set(words_of(event.actor1.mention or ""))
    if doers & ALLEGED_CRIMINALS:
        return False
    return bool(cues_of(event) & ALLEGED_CRIMINALS) or any(c in event.evidence.text.lower() for c in ALLEGED_CRIMES)


def _vigilantes(doer: Actor, actors: ActorBase, country: str | None) -> Actor:
    """People who punish a supposed thief or witch themselves: what ACLED names "Vigilante Group (<country>)",
    and "Vigilante Militia (<country>)" in its Africa data."""
    civilians = actors.state_forces(country, "civilians") if country else None
    place = civilians.name[civilians.name.find("(") :] if civilians is not None and "(" in civilians.name else ""
    kind = "Vigilante Militia" if _african(country) else "Vigilante Group"
    return Actor(name=f"{kind} {place}".strip(), mention=doer.mention, type="Identity militia",
                 country_code=country)  # fmt: skip


CROWD_WEAPONS = frozenset({"bomb", "bombs", "grenade", "rampage", "lynching", "lynched", "vandalising", "vandalizing",
                           "brickbats", "chairs", "sticks"})
# Violence done to a person's body, not a crowd's stones or fires: beating, hacking, stabbing, killing.
PERSONAL_VIOLENCE = frozenset({"beaten", "beat", "assaulted", "hacked", "killed", "chopped", "murdered", "murder",
                               "stabbed", "hit", "tortured", "thrashed", "attack", "attacks"})
# Words that show a crowd or a fight of two sides rather than a few attackers.
CROWD_SCENE = frozenset({"mob", "mobs", "villagers", "locals", "crowd", "crowds", "residents", "clash", "clashed",
                         "clashes", "rival", "both", "each", "groups", "hundreds", "thousands", "inmates", "prisoners"})


def _assault_on_a_person(event: Event) -> bool:
    """ "A journalist was beaten up by ruling party men", "a leader came under attack", "unknown men hacked a
    trader": a few attackers hurting a person is violence against civilians (ACLED codes party men and
    unidentified men by the group they act for); a crowd's violence stays mob violence."""
    if event.plover_type != "ASSAULT":
        return False
    words = set(words_of(event.evidence.text))
    if words & (CROWD_SCENE | RIOT_CUES | ARMED_VICTIMS | CROWD_WEAPONS):
        return False  # stones, fires and bombs are a crowd's weapons; beating up policemen is no attack on civilians
    doers = (event.actor1.mention or "").lower().split()
    return (event.evidence.trigger or "").lower() in PERSONAL_VIOLENCE or doers[-1:] == ["men"]


RADICALS = frozenset({"islamists", "islamist", "jihadist", "radicals"})
BEATINGS = frozenset({"beat", "beaten", "thrashed", "manhandled", "assaulted"})


def _beaten_by_a_crowd(event: Event, actors: ActorBase, country: str | None) -> Event:
    """ "Candidates were thrashed by ruling party supporters", "his family was beaten up by a party's men": a beating
    that killed no one, by people of no armed organisation, is violence against civilians by rioters (ACLED's
    rioters-on-civilians interaction), not by the party's militia or an armed group."""
    trigger = (event.evidence.trigger or "").lower()
    words = set(words_of(event.evidence.text))
    if trigger not in BEATINGS or _lethal(event) or words & (DEATH_WORDS | GUN_CUES | FIGHTER_WORDS | RADICALS):
        return event
    if words_of(event.actor1.mention or "")[-1:] == ("men",) or GENERIC_ACTOR_KINDS.get(
        (event.actor1.mention or "").lower()) == "unidentified":
        return event  # "beaten by three men", "by assailants": unnamed attackers are an armed group (ACLED)
    role = role_actor(actors, country, "rioters", event.actor1)
    return event.with_changes(actor1=role, assoc_actors=with_organiser(event, role))


def _on_civilians(event: Event, actors: ActorBase, country: str | None) -> Event:
    country = _foreign_victims_nation(event, actors) or country
    entry = actors.state_forces(country, "civilians") if country else None
    victims = entry.to_actor(None) if entry else Actor(name="Civilians", type="Civilians")
    if event.acled_type == "Explosions/Remote violence" or event.acled_subtype == "Sexual violence":
        # shelling a market stays remote violence, a rape its own sub-type
        return event.with_changes(actor2=victims, interaction=interaction_of(event.actor1, victims))
    return event.with_changes(
        actor2=victims, acled_type="Violence against civilians", acled_subtype="Attack",
        interaction=interaction_of(event.actor1, victims),
    )  # fmt: skip


def _foreign_victims_nation(event: Event, actors: ActorBase) -> str | None:
    """ "Border guards opened fire on Freedonian cattle traders": a state's forces that hit people the sentence
    names by another nationality hit that country's civilians (firing across a border), wherever the report
    put the place. None when the doer is no state force or no such nationality is named."""
    doer = event.actor1
    if doer.type != "State forces" or not doer.country_code:
        return None
    words = words_of(event.evidence.text)
    for at, word in enumerate(words):
        code = actors.country_for_demonym(word)
        if code and code != doer.country_code and set(words[at + 1 : at + 3]) & PERSON_NOUNS:
            return code
    return None


# "unidentified assailants", "unknown men", "masked gunmen": doers the report says it cannot name
_UNSEEN_DOERS = re.compile(r"\b(?:unidentified|unknown|masked)\s+(?:armed\s+)?(?:assailants?|men|gunmen|gunman|attackers?"
                           r"|persons?|people|miscreants|criminals|youths?)\b")


def _unseen_doers(event: Event, actors: ActorBase, country: str | None) -> Event:
    """ "An MQM worker was shot dead; unknown men fired at him", "a councillor of a party was killed when unidentified
    assailants opened fire": a report that names its doers as unknown, and whose attack was read with the victims'
    own group on both sides, was done by an unidentified armed group (on the victims, civilians unless they are
    the state's forces). Fights of two factions of one group keep it on both sides."""
    if event.plover_type != "ASSAULT" or event.actor2 is None or country is None or not event.acled_type:
        return event
    if event.actor1.name != event.actor2.name or event.actor1.type == "State forces" and event.acled_type == "Battles":
        return event
    if event.actor1.name.split(" (")[0] in ("Rioters", "Protesters", "Civilians"):
        return event  # rioters on both sides: a riot's sides, whoever threw first
    text = event.evidence.text.lower()
    found = _UNSEEN_DOERS.search(text)
    if found is None or GROUP_FIGHT.search(text) or reciprocal(event) or _SAME_KIND_SIDES.search(text):
        return event
    entry = actors.state_forces(country, "unidentified")
    if entry is None:
        return event
    doer = entry.to_actor(found.group(0))
    if event.actor2.type == "State forces":
        return event.with_changes(actor1=doer, interaction=interaction_of(doer, event.actor2))
    group = event.actor2
    event = _on_civilians(event.with_changes(actor1=doer), actors, country)
    if group.actor_id and group.type not in ("Civilians", None):
        event = event.with_changes(assoc_actors=(*event.assoc_actors, group.on_side(2)))
    return event


# Words that say both sides fired: people killed in such fighting died in a battle, civilians too.
EXCHANGE_PHRASES = ("exchange of fire", "exchanged fire", "exchanged gunfire", "exchange fire", "exchanging fire",
                    "exchange of gunfire", "gun battle", "gun-battle", "fire fight", "returned fire", "returned the fire",
                    "each other", "cross fire", "traded fire", "retaliated", "fired back", "returned gunfire",
                    "responded with firing", "responded with fire", "responded by firing", "responded with gunfire",
                    "retaliatory fire", "retaliatory firing")  # fmt: skip
_EXCHANGE_NOUNS = frozenset({"gunfight", "gunbattle", "firefight", "fire-fight", "shootout", "shoot-out", "encounter",
                             "crossfire", "cross-fire", "gunfights", "encounters"})  # fmt: skip
# A fight in scare quotes ("killed in a 'gunfight' with the police") is still the exchange the report tells of:
# ACLED codes the fight as told, however doubtful the writer is of it.
_SCARE_QUOTES = (("'", "'"), ("‘", "’"), ('"', '"'), ("“", "”"))
EXCHANGE_WORDS = _EXCHANGE_NOUNS | frozenset(f"{a}{w}{b}" for w in _EXCHANGE_NOUNS for a, b in _SCARE_QUOTES)
# Exchanges the text denies or calls staged: "there was no exchange of fire", "no reports on whether the army
# retaliated", "another fake encounter" (a killing in custody passed off as a fight).
_NO_EXCHANGE = re.compile(
    r"\b(?:not|no|never|whether|without)\b(?: [\w-]+){0,4}? (?:retaliat\w*|returned (?:the )?fire|return fire"
    r"|fired back|fire back|exchang\w* (?:of )?(?:fire|gunfire)|cross[- ]?fire)"
    r"|\b(?:fake|staged|so-called|stage-managed)\s+(?:['‘\"“])?(?:encounters?|gunfights?|crossfire|shoot-?outs?)"
)


def _told_exchanges(text: str) -> str:
    """`text` without the exchanges of fire it denies or calls fake."""
    return _NO_EXCHANGE.sub(" ", text)


def _fought_back(event: Event, following: str) -> Event:
    """ "an exchange of fire between troops and militants left two civilians dead", "militants
    attacked a checkpost; forces retaliated": armed violence that the other side returned is a battle,
    whoever died in it (ACLED counts the civilian dead of a battle as its fatalities)."""
    if event.acled_subtype != "Attack" or event.acled_type != "Violence against civilians":
        return event
    if is_unarmed(event.actor1) and not named_as_militants(event) and (
        (event.evidence.trigger or "").lower() not in EXCHANGE_WORDS
    ):
        return event  # "a man was killed in a gunfight": the act named is an exchange of fire, whoever is named first
    if not _exchange_named(f"{event.evidence.text} {following}".lower()):
        return event
    victim = event.actor2 if event.actor2 is not None and event.actor2.type != "Civilians" else None
    return event.with_changes(acled_type="Battles", acled_subtype="Armed clash", actor2=victim,
                              interaction=interaction_of(event.actor1, victim))


# An attack on the forces told as what their firing answered: "the firing took place when party men attacked a
# police patrol", "a gang hurled bombs targeting a patrol team".
_FORCES_ATTACKED = re.compile(
    r"\b(?:attack(?:ed|ing)?|ambush(?:ed)?|fired\s+(?:up)?on|opened\s+fire\s+(?:on|at)|targeting|targeted|swooped\s+on)"
    r"\s+(?:an?\s+|the\s+)?(?:(?!by\b)[\w-]+\s+){0,2}?(?:police(?:men)?|patrol\w*|law[\s-]enforcers|soldiers|troops"
    r"|security\s+forces|(?:army|police)\s+(?:camp|post|vehicle|van|team))\b"
)


def _forces_attacked_first(event: Event, after: str) -> Event:
    """ "A man was shot dead in police firing. The firing took place when his group attacked a patrol": the
    forces' violence told as their answer to an armed attack on them is a battle with the attackers, not an
    attack on civilians. Crowds that stormed a police post, or men who stoned the police, are left to the riot
    rules."""
    if (event.acled_type, event.acled_subtype) != ("Violence against civilians", "Attack"):
        return event
    if event.actor1.type != "State forces" or event.plover_type != "ASSAULT":
        return event
    for text in (event.evidence.text, after):
        found = _FORCES_ATTACKED.search(text.lower())
        if found is None or _NO_EXCHANGE.search(text.lower()):
            continue
        if set(words_of(text)) & (CROWD_WORDS | CROWD_PEOPLE | CROWD_WORDS_OF_MOBS | HANDHELD_CUES):
            return event  # a crowd, or people armed with stones: a riot's side
        return event.with_changes(acled_type="Battles", acled_subtype="Armed clash", actor2=None,
                                  interaction=interaction_of(event.actor1, None))  # fmt: skip
    return event


# "firing and shelling", "gun and rocket attack": small arms used with heavy weapons, a fight, not only shelling
MIXED_FIRE = re.compile(
    r"\b(?:firing|gunfire|gun|small[- ]arms?)(?: and| as well as) (?:\w+ ){0,2}(?:shelling|rocket|mortar|artillery)"
    r"|\b(?:shelling|mortar|artillery)(?: and| as well as) (?:\w+ ){0,2}(?:firing|gunfire)\b"
)
# "the army retaliated", "forces returned fire", "prompting the troops to retaliate", "Pakistan responded": the side
# shelled or bombed fought back
FIGHT_BACK = re.compile(r"\b(?:retaliated|retaliating|retaliate|returned (?:the )?fire|return fire|fired back|firing back"
                        r"|exchanged (?:fire|gunfire)|exchanges? of (?:fire|gunfire)|gun ?battle|responded(?!\s+to\b))\b")
UNANSWERED = re.compile(r"\b(?:not|no|never|whether|without)\b(?: \w+){0,4} (?:retaliat|return|fire back)")
def _exchange_named(text: str) -> bool:
    """ "while the two sides were engaged in a fire fight", "in an exchange of fire": both sides fired (`text` in
    lower case; exchanges it denies or calls fake are none)."""
    text = _told_exchanges(text)
    return bool(set(words_of(text)) & EXCHANGE_WORDS) or any(phrase in text for phrase in EXCHANGE_PHRASES)


SHELLING = "Shelling/artillery/missile attack"
HEAVY_WEAPON_SUBTYPES = frozenset({SHELLING, "Grenade", "Remote explosive/landmine/IED"})
# The armed organisations a state's guns may be turned on in a fight (not a people, a party's crowd or a town).
ARMED_GROUP_TYPES = frozenset({"Rebel group", "Political militia", "Identity militia"})
AIRCRAFT = frozenset({"jet", "jets", "planes", "plane", "aircraft", "airforce", "air", "gunships", "gunship",
                      "helicopter", "helicopters", "drone", "drones", "bombarded", "airstrike", "airstrikes"})
# Fights a suicide bomber may blow himself up in: "during a long fight against troops", "as forces raided the hideout".
FIGHT_SCENES = ARMED_FIGHTS | EXCHANGE_WORDS | frozenset({"operation", "raid", "raided", "raiding", "encircled",
                                                          "cordoned", "clash", "clashes", "clashed"})


def _state_guns_on_a_group(event: Event) -> bool:
    """ "The army fired artillery rounds on positions of the KIA", "artillery units shelled the SSA-N": the state's
    forces shelling a named armed group fight it (ACLED: an armed clash of the two), unlike shelling a town or
    rebels the text does not name."""
    victim = event.actor2
    if event.acled_subtype != SHELLING or event.actor1.type != "State forces" or victim is None:
        return False
    if set(words_of(event.evidence.text)) & AIRCRAFT:
        return False  # "jet fighters pounded TTP hideouts": bombing from the air stays remote violence
    return victim.type in ARMED_GROUP_TYPES and bool(victim.actor_id) and not victim.actor_id.startswith(ROLE_ID_PREFIXES)


# Small arms fired by the attackers themselves: "opened fire on the post", "attacked with artillery, gunfire and ...".
OPENED_FIRE = re.compile(r"\b(?:open(?:ed|ing|s)?\s+fire|gunfire|small[- ]arms|automatic\s+weapons)\b")
GUN_ATTACK_BLASTS = frozenset({SHELLING, "Grenade", "Suicide bomb"})


def _guns_with_the_blast(event: Event) -> bool:
    """ "Militants attacked a police post by opening fire and hurling a grenade", "he opened fire on the police, then
    blew himself up": a grenade, shell or suicide blast that comes with the attackers' own gunfire on troops or
    police is part of an armed clash (ACLED codes the clash, not the explosion, when both are one attack).
    Planted devices and attacks on civilians keep their own type."""
    target = event.actor2
    if event.acled_subtype not in GUN_ATTACK_BLASTS or target is None or target.type not in ARMED_TYPES:
        return False
    return OPENED_FIRE.search(event.evidence.text.lower()) is not None


def _bomber_in_a_fight(event: Event) -> bool:
    """ "A militant blew himself up during a long fight against soldiers", "when forces raided the hideout one of
    them detonated his vest": a suicide bomb set off in a fight with forces is part of that fight."""
    if event.acled_subtype != "Suicide bomb":
        return False
    words = set(words_of(event.evidence.text))
    return bool(words & FIGHT_SCENES and words & (STATE_FORCE_WORDS | ARMED_VICTIMS)) or _exchange_named(
        event.evidence.text.lower())


def _shelling_in_a_fight(event: Event, following: str) -> Event:
    """ "Soldiers answered with firing and mortar shelling", "militants hurled a grenade at the post and the police
    retaliated": heavy weapons used in a fight that both sides waged are part of an armed clash (ACLED codes
    remote violence where the other side does not fight back)."""
    if event.acled_type != "Explosions/Remote violence":
        return event
    text = f"{event.evidence.text} {following}".lower()
    # "killed two militants in an encounter at a bomb-making den": the act named is the fight
    named_a_fight = (event.evidence.trigger or "").lower() in EXCHANGE_WORDS
    own = event.evidence.text.lower()
    fought = event.acled_subtype in HEAVY_WEAPON_SUBTYPES and bool(
        MIXED_FIRE.search(own) or FIGHT_BACK.search(text) or _exchange_named(own)
    ) or _state_guns_on_a_group(event) or _bomber_in_a_fight(event) or _guns_with_the_blast(event)
    if not (named_a_fight or fought) or (not named_a_fight and UNANSWERED.search(text)):
        return event
    victim = event.actor2 if event.actor2 is not None and event.actor2.type != "Civilians" else None
    return event.with_changes(acled_type="Battles", acled_subtype="Armed clash", actor2=victim,
                              interaction=interaction_of(event.actor1, victim))  # fmt: skip


# Armed people named as those hit ("two soldiers were killed", "militants attacked a checkpost").
ARMED_VICTIMS = frozenset({"soldier", "soldiers", "troops", "troopers", "policemen", "policeman", "constable",
                           "constables", "jawan", "jawans", "ranger", "rangers", "cops", "checkpost", "checkpoint",
                           "patrol", "militiamen", "volunteers", "gendarme", "gendarmes", "vigilante", "vigilantes",
                           "peacekeeper", "peacekeepers", "servicemen", "serviceman", "sub-inspector", "inspector",
                           "superintendent", "constabulary", "policewoman", "policewomen", "gendarmerie", "havildar",
                           "dsp", "ssp", "asi", "sho", "levies", "column", "paramilitary", "paramilitaries"})  # fmt: skip
# Those of them who are police (the rest of the state's are its military; militiamen and vigilantes are no state's).
# South Asian police ranks: deputy and senior superintendents (DSP, SSP), assistant sub-inspectors (ASI), station
# house officers (SHO), head constables (havildar).
POLICE_VICTIMS = frozenset({"policemen", "policeman", "constable", "constables", "cops", "sub-inspector", "inspector",
                            "superintendent", "constabulary", "checkpost", "policewoman", "policewomen", "havildar",
                            "dsp", "ssp", "asi", "sho", "gendarme", "gendarmes", "gendarmerie"})  # fmt: skip
# Pakistan's Levies are a paramilitary force ACLED counts with the military; a "column" is troops on the move.
MILITARY_VICTIMS = frozenset({"soldier", "soldiers", "troops", "troopers", "jawan", "jawans", "ranger", "rangers",
                              "servicemen", "serviceman", "checkpoint", "levies", "column", "paramilitary",
                              "paramilitaries"})  # fmt: skip
# A police officer named as the one who told of an attack, not as one hit: "said Inspector X", "the police inspector
# said ...".
_RANK_AS_SOURCE = re.compile(
    r"\b(?:said|says|told|according to)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:sub-inspector|inspector|superintendent"
    r"|officer)\b|\b(?:sub-inspector|inspector|superintendent|officer)(?:\s+[\w-]+){0,3}?\s+(?:said|says|told)\b"
)


# "a policeman was shot dead outside his home", "a retired soldier was killed": forces hit off duty, at
# home, fight no one; ACLED codes violence against them as violence against civilians.
OFF_DUTY = re.compile(r"\b(?:off[- ]duty|retired|on leave|(?:his|her|their) (?:own )?(?:homes?|houses?|residences?)"
                      r"|plain[- ]?clothes|civilian clothes|civvies|(?:returning|going|on (?:his|her|their) way) home)\b")


def _armed_victims(event: Event, actors: ActorBase, country: str | None) -> Event:
    """ "Two soldiers were killed in Wau", "militants attacked a checkpost": violence by anyone but the state
    on soldiers, police or militiamen is a fight with an armed side, a battle, not violence against civilians;
    the state forces the words name (the country's police or military) are its other side."""
    if event.actor1.type == "State forces" or is_unarmed(event.actor1) and not _armed_doers(event):
        return event
    if is_unarmed(event.actor1):
        event = armed_doer(event, actors, country)  # "two armed men": an unidentified armed group
    text = _RANK_AS_SOURCE.sub(" ", without_police_places(event.evidence.text.lower()))
    words = set(words_of(text)) - set(words_of(event.actor1.mention or ""))
    if event.acled_type == "Battles" and event.actor2 is None and country is not None:
        # "a head constable was gunned down by gunmen": the fight's other side is the force its words name
        victim = _state_victims(words, actors, country) or _vigilante_victims(words, actors, country)
        return event if victim is None else event.with_changes(
            actor2=victim, interaction=interaction_of(event.actor1, victim))
    if (event.acled_type, event.acled_subtype) != ("Violence against civilians", "Attack"):
        return event
    if not words & ARMED_VICTIMS or "uniform" in words or OFF_DUTY.search(text):
        return event
    victim = event.actor2 if event.actor2 is not None and event.actor2.type != "Civilians" else None
    if victim is None and country is not None:
        victim = _state_victims(words, actors, country) or _vigilante_victims(words, actors, country)
    return event.with_changes(acled_type="Battles", acled_subtype="Armed clash", actor2=victim,
                              interaction=interaction_of(event.actor1, victim))  # fmt: skip


def _armed_doers(event: Event) -> bool:
    """ "Two armed men killed a gendarme": doers the resolver read as plain people whom the words call armed."""
    mention = words_of(event.actor1.mention or "")
    words = words_of(event.evidence.text)
    return bool(mention) and any(
        words[i : i + len(mention)] == mention and words[i - 1] == "armed" for i in range(1, len(words)))


# The state's side of a battle as the text names it: "Soldiers guarding the convoy returned fire", "attacked a
# security outpost", "clashed with the police". Posts, convoys and patrols stand for the forces that man them.
_STATE_SIDE = re.compile(
    r"\b(?P<force>police(?:men|man)?|cops?|constables?|security\s+(?:forces|personnel)|soldiers?|troops|army"
    r"|military|jawans?|rangers?|para-?military(?:\s+(?:forces|personnel))?|gendarmes?|levies|law\s+enforcers"
    r"|(?P<post>convoy|outpost|check-?post|checkpoint|patrol))\b"
)
# Forces named as a report's source, not as a side: "police said", "according to the army".
_SOURCE_AFTER = re.compile(
    r"\s+(?:\w+\s+)?(?:said|say|says|suspect\w*|sources|believe\w*|claimed|reported|stated|alleged?|alleges)\b"
)
_SOURCE_BEFORE = re.compile(r"\baccording\s+to\s+(?:the\s+)?(?:\w+\s+)?$")
# Armed people the state's forces fought whom the text does not name: "militants opened fire on the troops",
# "troops traded fire with an armed band", "a robber's cohorts fought the police".
_ARMED_OPPONENTS = re.compile(
    r"\b(?:militants?|insurgents?|rebels?|gunmen|gunman|attackers?|assailants?|separatists?|terrorists?"
    r"|miscreants|armed\s+(?:men|group|groups|people)|anti-government\s+(?:\w+\s+)?groups?|bandits|dacoits"
    r"|extremists?|jihadists?|fighters|target\s+killers?|criminals|robbers|smugglers|kidnappers"
    r"|cohorts|accomplices|henchmen)\b"
)
_STATE_FORCE_NOUNS = r"(?:army|troops|soldiers|forces|military|rangers|border\s+(?:security\s+)?(?:forces|guards?)|jawans)"
# "Pakistani Rangers", "the Pakistan Army", "Indian and Pakistani troops", "troops of India and Pakistan":
# another state's forces, named by the words before them or by "of".
_FORCE_NOUN = re.compile(rf"\b{_STATE_FORCE_NOUNS}\b", re.IGNORECASE)
_FORCES_OF = re.compile(rf"\b(?i:{_STATE_FORCE_NOUNS})\s+of\s+(?P<a>[A-Z][a-z]+)\s+and\s+(?P<b>[A-Z][a-z]+)\b")


def _other_side_of_battle(event: Event, actors: ActorBase, country: str | None, following: str = "") -> Event:
    """ACLED's battles have two armed sides. A battle the rules left with one names the other in its own
    sentence by role: the state forces a non-state side fought ("Soldiers guarding the convoy returned fire",
    "insurgents fired on a security outpost": the country's military or police by the words), or, for the
    state's forces, another state's troops ("Pakistani troops fired on Indian posts") or the unnamed armed men
    they fought ("Unidentified Armed Group (<country>)", or the country's reading of the words); a fight
    "between two rival clan militias" or "two factions" has the first side's kind on both. The next
    sentence may name the side that answered ("... fired on Indian posts. Indian troops retaliated.")."""
    if event.acled_type != "Battles" or event.actor2 is not None or country is None:
        return event
    own = set(words_of(event.actor1.mention or ""))
    for text in (event.evidence.text, following):
        other = _side_named(text, event, own, actors, country) if text else None
        if other is not None:
            return event.with_changes(actor2=other, interaction=interaction_of(event.actor1, other))
    return event


# "fighting between two rival clan militias", "two factions of the group clashed", "clan fighting": a battle
# of two sides of one kind
_SAME_KIND_SIDES = re.compile(
    r"\b(?:between|among)\s+(?:the\s+)?(?:two|rival|warring)\s+(?:[\w-]+\s+){0,3}?(?:groups|factions|militias"
    r"|militiamen|clans|gangs)\b|\btwo\s+(?:rival\s+)?factions\b|\b(?:inter-?clan|intra-?clan|clan|factional)\s+"
    r"(?:fighting|clashes|clash|infighting|feud)\b|\binfighting\b"
)


def _side_named(text: str, event: Event, own: set[str], actors: ActorBase, country: str) -> Actor | None:
    if _SAME_KIND_SIDES.search(text.lower()) and event.actor1.type not in ("State forces", None):
        return event.actor1  # ACLED codes both sides of a fight within one kind of group alike
    other: Actor | None = None
    if event.actor1.type == "State forces":
        other = _foreign_forces(text, actors, event.actor1.country_code or country)
        found = _ARMED_OPPONENTS.search(text.lower()) if other is None else None
        if found is not None and not set(words_of(found.group(0))) & own:
            entry = _group_named_before(text, found.start(), actors, country) or actors.generic_actor(found.group(0), country)
            if entry is None or entry.type == "State forces":
                entry = actors.state_forces(country, "unidentified")
            other = entry.to_actor(found.group(0)) if entry is not None else None
    elif not is_unarmed(event.actor1):
        other = _state_side(text, own, actors, country)
    return other


# The capitalised words (a name, initials) right before a noun: "MNDAA" of "One MNDAA rebel was hurt"
_NAME_BEFORE = re.compile(r"(?:(?-i:[A-Z])[\w()'-]*\s+){1,4}$")
# Organisations that fight under a name of their own, whose members a noun for fighters may stand for.
NAMED_FIGHTER_TYPES = frozenset({"Rebel group", "Political militia"})


def _group_named_before(text: str, position: int, actors: ActorBase, country: str) -> ActorEntry | None:
    """ "One MNDAA rebel was hurt", "the bodies of three TNLA fighters": the armed organisation whose name stands
    right before a noun for fighters, which makes them its members, else None (a community's or a place's
    name, "Kokang rebels", "Sinai militants", is no organisation's)."""
    found = _NAME_BEFORE.search(text[max(0, position - 60) : position])
    if found is None:
        return None
    words = found.group(0).split()
    for start in range(len(words)):
        entry = actors.resolve(" ".join(words[start:]), context_country=country)
        if entry is not None and entry.type in NAMED_FIGHTER_TYPES:
            return entry
    return None


def _state_side(text: str, own: set[str], actors: ActorBase, country: str) -> Actor | None:
    lowered = without_uniforms(without_police_places(text.lower()))  # "at X village under Y Police Station" names a place
    for found in _STATE_SIDE.finditer(lowered):
        words = " ".join(found.group("force").split())
        if set(words.split()) & own or _SOURCE_AFTER.match(lowered, found.end()) or _INFORMER.match(lowered, found.end()):
            continue
        if _SOURCE_BEFORE.search(lowered[: found.start()]):
            continue
        if found.group("post"):
            police = re.search(r"\bpolice\s*$", lowered[: found.start()]) is not None
            kind = "police" if police or words.startswith("check") else "military"
            entry = actors.state_forces(country, kind)
        else:
            entry = actors.generic_actor(words, country)
            if entry is None or entry.type != "State forces":
                entry = actors.state_forces(country, "police" if POLICE_WORD.match(words) else "military")
        if entry is not None:
            return entry.to_actor(words)
    return None


def _foreign_forces(text: str, actors: ActorBase, own: str) -> Actor | None:
    """Another state's forces the text names by nationality or country ("Pakistani troops", "troops of
    India and Pakistan"), when they are not the forces of `own`."""
    for code in _force_nations(text, actors):
        if code and code != own:
            entry = actors.state_forces(code, "military")
            if entry is not None:
                return entry.to_actor(None)
    return None


def _force_nations(text: str, actors: ActorBase) -> list[str | None]:
    """The countries whose forces the text names by nationality or country, in text order."""
    nations = []
    for noun in _FORCE_NOUN.finditer(text):
        if _SOURCE_AFTER.match(text, noun.end()) or _SOURCE_BEFORE.search(text[: noun.start()].lower()):
            continue  # "Indian army officials said": who tells of the firing is no side of it
        before = [w.strip(".,;:'’\"()[]") for w in text[max(0, noun.start() - 60) : noun.start()].split()[-3:]]
        # the word just before ("Pakistani troops"), and the first of a pair ("Indian and Pakistani troops")
        named = before[-1:] + (before[:1] if len(before) == 3 and before[1] == "and" else [])
        nations += [actors.country_for_demonym(w) or actors.country_for_name(w) for w in named if w[:1].isupper()]
    for pair in _FORCES_OF.finditer(text):
        nations += [actors.country_for_name(pair.group("a")), actors.country_for_name(pair.group("b"))]
    return nations


# How two armies fight across a border: firing, shelling, exchanges of fire, targeting each other's posts.
BORDER_FIRE = frozenset({"firing", "fired", "fire", "firefights", "firefight", "shelling", "shelled", "exchanged",
                         "exchange", "targeted", "targeting", "mortar", "mortars", "fighting", "battle", "clashes"})


def _two_armies(event: Event, actors: ActorBase, country: str | None) -> Event:
    """ "A civilian was killed in firing between Indian and Pakistani troops along the border": fire the two
    states' forces traded is a battle between them; the civilians it hit are its victims, not the target of a
    one-sided attack. The forces of the country of the report come first."""
    if event.acled_type != "Violence against civilians" or event.plover_type != "ASSAULT" or country is None:
        return event
    text = event.evidence.text
    if not set(words_of(text)) & BORDER_FIRE:
        return event
    codes = list(dict.fromkeys(code for code in _force_nations(text, actors) if code))
    if len(codes) != 2:
        return event
    if country in codes:
        codes.sort(key=lambda code: code != country)
    first, second = (actors.state_forces(code, "military") for code in codes)
    if first is None or second is None:
        return event
    one, other = first.to_actor(None), second.to_actor(None)
    return event.with_changes(acled_type="Battles", acled_subtype="Armed clash", actor1=one, actor2=other,
                              interaction=interaction_of(one, other))  # fmt: skip


# People of the land who take up arms in a local fight: farmers against herders, herders against the police.
LAND_PEOPLE = frozenset({"farmers", "farmer", "villagers", "pastoralists", "pastoralist", "herders", "herdsmen",
                         "nomads"})  # fmt: skip
PASTORAL_PEOPLE = frozenset({"pastoralists", "pastoralist", "herders", "herdsmen", "nomads"})
UNNAMED_COMMUNITY = "Unidentified"  # ACLED's communal militia of no named community: "Unidentified Communal Militia"


def _farmers_and_herders(event: Event, country: str | None, following: str = "") -> Event:
    """ "Abala herdsmen clashed with farmers", "police attacked pastoralists; 21 were killed on both sides": farmers
    or herders of no named community who fight an ethnic militia or the state's forces are an unidentified communal
    militia (ACLED's "Unidentified Communal Militia"), the militia that fought them first."""
    trigger = (event.evidence.trigger or "").lower()
    words = words_of(event.evidence.text)
    herders_hit = set(words[words.index(trigger) + 1 :]) & PASTORAL_PEOPLE if trigger in words else set()
    if (herders_hit and event.acled_type == "Violence against civilians" and event.actor1.type == "State forces"
            and _BOTH_SIDES_HIT.search(f"{event.evidence.text} {following}")):
        event = event.with_changes(acled_type="Battles", acled_subtype="Armed clash", actor2=None)  # they fought back
    if event.acled_type != "Battles":
        return event
    communal = communal_militia(UNNAMED_COMMUNITY, None, country)
    if event.actor2 is None and event.actor1.type in ("State forces", "Identity militia"):
        if herders_hit:
            communal = replace(communal, mention=min(herders_hit))
            return event.with_changes(actor2=communal, interaction=interaction_of(event.actor1, communal))
        return event
    for side, other in ((event.actor1, event.actor2), (event.actor2, event.actor1)):
        if side is None or other is None or (side.mention or "").lower() not in LAND_PEOPLE:
            continue
        if (unidentified(side) or side.type == "Civilians") and other.type == "Identity militia" and other.actor_id:
            communal = replace(communal, mention=side.mention)
            return event.with_changes(actor1=other, actor2=communal, interaction=interaction_of(other, communal))
    return event


# "killed on both sides", "casualties from both sides": the people attacked fought back
_BOTH_SIDES_HIT = re.compile(r"\b(?:on|from)\s+both\s+sides\b", re.IGNORECASE)


def _african(country: str | None) -> bool:
    """Whether the country (ISO2 code) is in Africa, where ACLED's data follows its own naming."""
    info = country_info(country)
    return info is not None and bool(info.region) and info.region.endswith("Africa")


def _state_victims(words: set[str], actors: ActorBase, country: str) -> Actor | None:
    """The country's police or military that the words name as hit, when they name only one of the two."""
    police, military = words & POLICE_VICTIMS, words & MILITARY_VICTIMS
    if bool(police) == bool(military):
        return None
    if police and police <= MANNED_POSTS:
        # a security post names no force: it is manned by the forces the country calls its "security forces"
        # (the military's FC and army posts in Pakistan, the police's elsewhere)
        manned = actors.generic_actor("security forces", country)
        if manned is not None and manned.type == "State forces":
            return manned.to_actor(min(police))
    entry = actors.state_forces(country, "police" if police else "military")
    return entry.to_actor(min(police or military)) if entry is not None else None


VIGILANTE_WORDS = frozenset({"vigilante", "vigilantes"})


def _vigilante_victims(words: set[str], actors: ActorBase, country: str) -> Actor | None:
    """ "killing three vigilantes", "a member of the local vigilante group was hurt": the vigilantes a fight hit, where
    the words name no state force."""
    if not words & VIGILANTE_WORDS or words & (POLICE_VICTIMS | MILITARY_VICTIMS):
        return None
    word = min(words & VIGILANTE_WORDS)
    return _vigilantes(Actor(name=word, mention=word), actors, country)


MANNED_POSTS = frozenset({"checkpost"})
# The kin of forces, whose abduction is of civilians: "the wives and children of police officers".
KIN_WORDS = frozenset({"wife", "wives", "spouse", "spouses", "child", "children", "son", "sons", "daughter",
                       "daughters", "family", "families", "relative", "relatives", "kin", "brother", "father",
                       "mother", "sister"})  # fmt: skip


def _forces_abducted(event: Event, actors: ActorBase, country: str | None) -> Event:
    """ "Rebels abducted four policemen at a checkpoint", "militants kidnapped a police officer": ACLED's violence
    against civilians has civilians on its other side; an armed group seizing the state's own men is fighting
    those forces, a battle with them. Their kin seized ("the wives of two soldiers") are civilians."""
    victim = event.actor2
    if (event.acled_type, event.acled_subtype) != ("Violence against civilians", "Abduction/forced disappearance"):
        return event
    if victim is None or victim.type != "State forces" or event.actor1.type == "State forces":
        return event
    if is_unarmed(event.actor1) and not unidentified(event.actor1):
        return event
    named = set(words_of(victim.mention or ""))
    if not named & (ARMED_VICTIMS | STATE_FORCE_WORDS | POLICE_WORDS | MILITARY_WORDS):
        return event  # "Pakistani citizens": the state is named by the nationality of civilians
    if set(words_of(event.evidence.text)) & KIN_WORDS:
        entry = actors.state_forces(country, "civilians") if country else None
        kin = entry.to_actor(victim.mention) if entry else victim
        return event.with_changes(actor2=kin, interaction=interaction_of(event.actor1, kin))
    return event.with_changes(acled_type="Battles", acled_subtype="Armed clash")


def _off_duty_victims(event: Event, actors: ActorBase, country: str | None) -> Event:
    """ "Gunmen shot dead a policeman outside his home", "two policemen were shot on their way home": an attack
    on forces off duty, with no fight, is violence against civilians. ACLED codes the victims as "Civilians
    (<country>)", the force they belong to as an associated actor."""
    if event.acled_type != "Battles" or event.plover_type != "ASSAULT":
        return event
    if event.actor1.type == "State forces" or is_unarmed(event.actor1):
        return event
    text = event.evidence.text.lower()
    if OFF_DUTY.search(text) is None or set(words_of(text)) & (CLASH_WORDS | EXCHANGE_WORDS | ARMED_FIGHTS):
        return event
    if any(phrase in text for phrase in EXCHANGE_PHRASES):
        return event
    hit = _on_civilians(event, actors, country)
    force = event.actor2
    if force is None or not force.actor_id or force.actor_id.startswith(ROLE_ID_PREFIXES):
        return hit
    return hit.with_changes(assoc_actors=(*hit.assoc_actors, force.on_side(2)))


# "over a land dispute", "over a land-related dispute", "in a feud over land": what local rivals kill each other over
LAND_FEUD = re.compile(r"\bover (?:an? |the )?(?:old |long-standing |longstanding )?(?:land|land-related|landed|boundary"
                       r"|irrigation|pond|water)[- ](?:dispute|disputes|row|feud|enmity|conflict)\b")
# Forces named only as who told of it: "police and hospital sources said", "police said"
_FORCES_TOLD = re.compile(r"\b(?:police|army|military)(?: and [\w-]+)? (?:sources|officials|said|say|says)\b")
# Who local rivals are: "by his rivals", "by their opponents"
_RIVAL_DOERS = frozenset({"rival", "rivals", "opponents", "opponent"})


def _land_feud_killing(event: Event, country: str | None) -> Event:
    """ "Rivals killed a farmer at X village over a land dispute", "two were shot dead over a
    land-related dispute in Y": a deadly attack of local rivals over land, by doers the report names only as
    rivals or not at all, is fought by what ACLED calls communal militias, named after their village, on both
    sides: a battle, not a one-sided attack. A beating of one person, and a killing by assailants the report
    says are unknown, stay attacks on civilians."""
    if (event.acled_type, event.acled_subtype) != ("Violence against civilians", "Attack") or event.plover_type != "ASSAULT":
        return event
    text = event.evidence.text.lower()
    if LAND_FEUD.search(text) is None or not _lethal(event) and not set(words_of(text)) & DEATH_WORDS:
        return event
    if (event.evidence.trigger or "").lower() in BEATINGS or "lynch" in text or forces_named(_FORCES_TOLD.sub(" ", text)):
        return event
    doers = set(words_of(event.actor1.mention or ""))
    if not (event.evidence.rule == "unseen-agent" and not doers or doers & _RIVAL_DOERS):
        return event
    if event.actor1.type not in (None, "Civilians", "Rioters") and not unidentified(event.actor1):
        return event
    village = _village_name(event.evidence.text)
    place = event.location
    if village is not None:
        name = village
    elif place is not None and (place.mention or place.name) in event.evidence.text:
        name = place.mention or place.name
    else:
        return event.with_changes(acled_type="Battles", acled_subtype="Armed clash", actor2=None,
                                  interaction=interaction_of(event.actor1, None))  # fmt: skip
    militia = communal_militia(name, event.actor1.mention, country)
    return event.with_changes(acled_type="Battles", acled_subtype="Armed clash", actor1=militia, actor2=militia,
                              interaction=interaction_of(militia, militia))  # fmt: skip


# "killed in a clash over land", "injured in armed clashes", "in a feud of rival clans"
IN_A_FIGHT = re.compile(r"\bin (?:an? |the )?(?:[\w-]+ ){0,3}(?:clash|clashes|feud|feuds|scuffle|skirmish|brawl)\b")


# "wounded during a fight between two student groups", "hurt in the melee", "killed when clashes broke out with
# the rival group": the hurt told as the toll of a fight (not "the fight against terrorism")
_HURT_IN_A_FIGHT = re.compile(
    r"\b(?:in|during)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:fight|fights|melee|infighting|scuffles|skirmishes"
    r"|brawls|fisticuffs)\b(?!\s+against)"
    r"|\b(?:when|as|after)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:clash|clashes|fight|fighting|scuffle|brawl|melee)"
    r"\s+(?:broke\s+out|erupted|ensued)\b"
)


def _died_in_a_fight(event: Event, actors: ActorBase, country: str | None) -> Event:
    """ "Two men were killed in a clash over a land dispute": people of no named side hurt in a fight are
    no one-sided attack; ACLED codes the fight, a battle of communal militias when it killed, a riot when
    it did not. Fights with the police or army are left to the other rules."""
    if (event.acled_type, event.acled_subtype) != ("Violence against civilians", "Attack"):
        return event
    if not (unidentified(event.actor1) or event.evidence.rule == "unseen-agent"):
        return event
    text = event.evidence.text.lower()
    words = set(words_of(without_police_places(text)))
    if words & POLICE_WORDS and words & CLASH_WORDS and not words & (FIGHTER_WORDS | MILITARY_WORDS | EXCHANGE_WORDS):
        # "a dozen strikers got hurt when they fought the police": people who fought the police rioted
        in_protest = bool(words & (CROWD_WORDS | CROWD_PEOPLE | PROTEST_SIDES))
        return _riot(_crowd_first(event.with_changes(actor2=None), actors, country), in_protest, actors, country)
    if (IN_A_FIGHT.search(text) is None and _HURT_IN_A_FIGHT.search(text) is None) or words & STATE_FORCE_WORDS:
        return event
    if _lethal(event):
        battle = event.with_changes(acled_type="Battles", acled_subtype="Armed clash", actor2=None,
                                    interaction=interaction_of(event.actor1, None))  # fmt: skip
        return _village_sides(battle, country) if FEUD_STAKES.search(text) else battle
    return _riot(event.with_changes(actor2=None), False, actors, country)


# Armed people a fight with the forces may be fought by: "a militia loyal to a businessman", "gunmen", "rebels".
_ARMED_SIDE_WORDS = FIGHTER_WORDS | MILITANT_WORDS - {"armed"}


def _died_in_a_battle(event: Event, actors: ActorBase, country: str | None) -> Event:
    """ "Two people were killed after fighting erupted between the police and a clan militia": people told as the
    toll of a fight between the state's forces and an armed group died in a battle of the two (ACLED counts its
    civilian dead as its fatalities), not in an attack on them. The side named first comes first."""
    if (event.acled_type, event.acled_subtype) != ("Violence against civilians", "Attack") or country is None:
        return event
    if event.plover_type != "ASSAULT" or is_unarmed(event.actor1) and not unidentified(event.actor1):
        return event
    text = without_police_places(event.evidence.text.lower())
    if IN_A_FIGHT.search(text) is None and _HURT_IN_A_FIGHT.search(text) is None and not HURT_IN_FIGHT.search(text):
        return event
    words = words_of(text)
    armed_at = next((i for i, word in enumerate(words) if word in _ARMED_SIDE_WORDS), None)
    if armed_at is None or _NO_EXCHANGE.search(text):
        return event
    doer_is_state = event.actor1.type == "State forces"
    state = event.actor1 if doer_is_state else _state_side(text, set(), actors, country)
    if state is None:
        return event
    if doer_is_state or is_unarmed(event.actor1):
        entry = actors.state_forces(country, "unidentified")
        if entry is None:
            return event
        armed = entry.to_actor(words[armed_at])
    else:
        armed = event.actor1
    state_at = next((i for i, word in enumerate(words) if word in STATE_FORCE_WORDS | POLICE_WORDS | MILITARY_WORDS),
                    len(words))
    first, second = (state, armed) if state_at < armed_at else (armed, state)
    return event.with_changes(acled_type="Battles", acled_subtype="Armed clash", actor1=first, actor2=second,
                              interaction=interaction_of(first, second))  # fmt: skip


# What neighbours fight over: "a clash over a land dispute", "over occupying a water body", "over a pond".
FEUD_STAKES = re.compile(r"\b(?:land|lands|land-related|landed|farmland|khas|pond|ponds|water[- ]bod(?:y|ies)"
                         r"|fisher(?:y|ies)|boundary|irrigation)\b")


def _village_sides(event: Event, country: str | None) -> Event:
    """ "One died as two sides fought over a field at X village": neighbours of one village who fight over land or
    water are what ACLED calls that village's communal militia, on both sides; left as it is where the text
    names no village."""
    village = _village_name(event.evidence.text)
    if village is None:
        return event
    militia = communal_militia(village, event.actor1.mention, country)
    return event.with_changes(actor1=militia, actor2=militia, interaction=interaction_of(militia, militia))


# "security personnel", "security men": the forces that police a crowd, named without saying police or army
_SECURITY_PERSONNEL = re.compile(r"\bsecurity (?:personnel|men|officials)\b")


def _crowd_fights_police(event: Event) -> bool:
    """ "Clashes erupted when police tried to clear the road", "hawkers clashed with the police": a clash
    of the police with people who are no armed group (no fighters named, no gunfight) is a riot, not a
    battle (ACLED: rioters against the police)."""
    trigger = (event.evidence.trigger or "").lower()
    if event.acled_type != "Battles" or event.plover_type != "ASSAULT":
        return False
    if trigger in EXCHANGE_WORDS or trigger in ("gunfight", "encounter", "shootout", "battle"):
        return False
    text = without_police_places(event.evidence.text.lower()).replace("fire exchange", "exchange of fire")
    words = set(words_of(text))
    # "some marchers got hurt when a clash erupted between angry locals and the police": the clash
    # the sentence tells of a crowd is the act, whatever verb the hurt were counted by
    told = trigger in HURT_TRIGGERS and bool(words & CLASH_WORDS) and bool(protest_cues(text) & CROWD_PEOPLE)
    if trigger not in CLASH_WORDS and not told:
        return False
    police = words & POLICE_WORDS or _SECURITY_PERSONNEL.search(text) is not None
    if not police or words & (MILITARY_WORDS | FIGHTER_WORDS | EXCHANGE_WORDS) or "exchange of" in text:
        return False
    sides = [a for a in (event.actor1, event.actor2) if a is not None]
    police = [a for a in sides if a.type == "State forces"]
    others = [a for a in sides if a.type != "State forces"]
    if len(police) > 1 or not (police or others):
        return False
    return all(not a.actor_id or a.type not in ARMED_TYPES or unidentified(a) for a in others)


# Who a crowd's fight is told of: the crowd, its demonstration, and the armed sides that would make it a battle.
CROWD_SIDES = frozenset({"protesters", "protestors", "demonstrators", "agitators", "rioters", "mob", "mobs", "crowd",
                         "crowds", "protester", "protestor", "demonstrator", "agitator", "rioter", "procession",
                         "processionists", "demonstration", "demonstrations", "protest", "protests"})  # fmt: skip
NOT_A_CROWD = FIGHTER_WORDS | MILITANT_WORDS | ARMED_SIDES - {"forces"} | frozenset({"maoist", "maoists", "naxal",
                                                                                     "naxals", "bomb", "bombs"})


def _crowd_in_battle(event: Event) -> bool:
    """ "Protesters fired at the constables removing the logs", "inmates attacked policemen with bricks to protest
    the transfer", "agitators and security personnel clashed, leaving two dead": a fight the sentence
    tells of a crowd or its demonstration, with no armed group, fighters or troops named, is a riot (ACLED:
    rioters, against the forces where they are named), whatever verb tells it."""
    if event.acled_type != "Battles" or event.plover_type != "ASSAULT":
        return False
    text = without_police_places(event.evidence.text.lower())
    cues = protest_cues(text)  # the crowd's own words, not what it protested ("against the army's raid")
    if not cues & CROWD_SIDES or set(words_of(text)) & NOT_A_CROWD:
        return False
    sides = [a for a in (event.actor1, event.actor2) if a is not None and a.type != "State forces"]
    return all(not a.actor_id or a.type not in ARMED_TYPES or unidentified(a) for a in sides)


# What people do to the police, a bus or a shop in a riot: stones, brickbats and fire bombs thrown by hand.
_CROWD_ATTACK = re.compile(
    r"\b(?:pelt\w*|stone-pelting|brickbat\w*|(?:hurl|throw|threw|lobb|toss)\w*\s+(?:\w+\s+){0,2}?(?:stones|bricks"
    r"|brickbats|petrol\s+bombs?|cocktails?|fire\s?bombs?|molotov\w*))\b"
)


def _two_sentences_after(event: Event, sentences: Sequence[str]) -> str:
    """The two sentences after the event's own ("A porter died when police fired. Dockers then marched. The
    march grew violent and they hurled bricks at the customs post.")."""
    try:
        index = list(sentences).index(event.evidence.text)
    except ValueError:
        return ""
    return " ".join(sentences[index + 1 : index + 3])


def _police_met_crowd_violence(event: Event, following: str = "") -> bool:
    """ "Police fired at villagers who pelted stones at them", "police shot a picket as he was hurling a petrol bomb
    at a bus": the police's force on people the sentence (or the next two) shows throwing stones or fire bombs met a
    riot; ACLED codes the riot, with the rioters first and the police second, not an attack on civilians."""
    if event.acled_type != "Violence against civilians" or event.plover_type != "ASSAULT":
        return False
    if not set(words_of(event.actor1.mention or "")) & POLICE_WORDS:
        return False
    texts = (event.evidence.text.lower(), following.lower())
    if any(set(words_of(text)) & (MILITARY_WORDS | FIGHTER_WORDS) for text in texts):
        return False
    return any(_CROWD_ATTACK.search(text) for text in texts)


# Stones and bricks thrown by hand, or fists: "pelted stones at the police", "attacked the police with brickbats",
# "stones were hurled at the cops", "members of the two unions exchanged blows"
_STONES_THROWN = re.compile(
    r"\b(?:pelt(?:ed|ing)|stone-pelting|stoned|stoning|brickbat\w*|(?:hurl|throw|threw|lobb|toss)\w*\s+(?:\w+\s+){0,2}?"
    r"(?:stones|bricks|rocks|brickbats)|(?:stones|bricks|rocks)\s+(?:\w+\s+){0,2}?(?:hurled|thrown|pelted)"
    r"|with\s+(?:brickbats|stones|bricks|rocks)"
    r"|exchang\w+\s+blows|came\s+to\s+blows|fisticuffs)\b"  # "the two sides exchanged blows": a fight by hand
)


_CROWD_ARMS = re.compile(r"\bpetrol[\s-]?bombs?\b|\bexchang\w+\s+blows\b")


def _stoning_crowd(event: Event) -> bool:
    """ "Residents attacked the police with brickbats and stones", "stones were hurled at the cops": a fight the
    sentence tells by stones and bricks thrown, by people of no armed organisation and with no gun or fighter in the
    act (what the crowd was angry about aside: "after two militants were killed"), is a riot, not a battle; ACLED
    codes the rioters against the forces where they are named."""
    if event.acled_type != "Battles" or event.plover_type != "ASSAULT":
        return False
    text = without_police_places(event.evidence.text.lower())
    if _STONES_THROWN.search(text) is None:
        return False
    words = protest_cues(_CROWD_ARMS.sub(" ", text))  # a fire bomb is a crowd's weapon too; blows are no gunfire
    if words & (FIREARM_CUES | GUNFIRE_CUES | FIGHTER_WORDS | MILITARY_WORDS):
        return False
    sides = [a for a in (event.actor1, event.actor2) if a is not None and a.type != "State forces"]
    return bool(sides) and all(not a.actor_id or a.type not in ARMED_TYPES or unidentified(a) for a in sides)


CLASH_NOUNS_AND_VERBS = frozenset({"clash", "clashes", "clashed"})


def _sentence_before(event: Event, sentences: Sequence[str]) -> str:
    """The sentence before the event's own ("Supporters of two candidates clashed. One man was killed.")."""
    try:
        index = list(sentences).index(event.evidence.text)
    except ValueError:
        return ""
    return sentences[index - 1] if index > 0 else ""


def _hurt_in_civil_clash(event: Event, before: str = "") -> bool:
    """ "Rival party groups fought over the results and two workers died", "a man died
    in violence after the vote in a fierce clash between the supporters of two candidates", "twenty were
    injured in a clash between party activists and police": the hurt were the toll of a clash of party people, voters
    or neighbours (with the police, at most), with no armed side, troops or fight for control of a place named; ACLED
    codes the clash, a riot (against the police where they are named), not an attack on civilians."""
    if event.acled_type != "Violence against civilians" or event.plover_type != "ASSAULT" or event.plover_mode == "sexual":
        return False
    if press_hit(event):
        return False  # "police beat a reporter covering the clash": the press attacked, not the clash's toll
    text = event.evidence.text.lower()
    if event.evidence.rule == "unseen-agent" and (event.evidence.trigger or "").lower() in HURT_TRIGGERS:
        text = f"{before.lower()} {text}"  # "... clashed in the village. One man was killed": the toll told after
    words = set(words_of(text))
    if not words & CLASH_NOUNS_AND_VERBS or not words & CIVIL_FIGHT_WORDS or TURF.search(text):
        return False
    return not words & (FIGHTER_WORDS | ARMED_SIDES | MILITARY_WORDS | FEUD_WORDS)


def _mob_named(event: Event) -> bool:
    return bool(set(words_of(event.evidence.text)) & {"mob", "mobs"})


def _crowd_with_forces(event: Event, actors: ActorBase, country: str | None) -> Event:
    """The crowd first; the forces second where the sentence names them (the country's police for a bare word)."""
    if event.actor1.type == "State forces":
        return event.sides_swapped(first=Actor(name="Rioters", type="Rioters"))
    if event.actor2 is not None and event.actor2.type == "State forces":
        return event
    if not set(words_of(event.evidence.text)) & (POLICE_WORDS | STATE_FORCE_WORDS) and not (
        _SECURITY_PERSONNEL.search(event.evidence.text.lower())
    ):
        return event
    return _crowd_first(event, actors, country)


def _crowd_first(event: Event, actors: ActorBase, country: str | None) -> Event:
    """The people who fought the police first, the police second (the country's police where the clash
    names them only as a word)."""
    if event.actor1.type != "State forces":
        if event.actor2 is not None and event.actor2.type == "State forces":
            return event
        return event.with_changes(actor2=role_actor(actors, country, "police", Actor(name="Police Forces", mention="police")))
    return event.sides_swapped(first=Actor(name="Rioters", type="Rioters"))


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


def _told_as_fight(event: Event, text: str) -> bool:
    """Whether the event's trigger is a fight word, or a harm the sentence (`text`, lower case) says was done
    in a fight ("one was killed in the clash")."""
    trigger = (event.evidence.trigger or "").lower()
    return trigger in CLASH_WORDS or (trigger in text and HURT_IN_FIGHT.search(text) is not None)


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
    if not _told_as_fight(event, text):
        return event
    words = set(words_of(text))
    if not (GROUP_FIGHT.search(text) or words & FEUD_WORDS):
        return event
    if not (_lethal(event) or words & DEATH_WORDS) or "lynch" in text:
        return event
    if event.actor1.type == "State forces" or forces_named(text):
        return event
    return event.with_changes(acled_type="Battles", acled_subtype="Armed clash",
                              interaction=interaction_of(event.actor1, event.actor2))  # fmt: skip


# "two rival groups of villagers", "two groups of people from X village": the village's own people on both sides
_VILLAGERS_SIDES = re.compile(r"\b(?:two|rival)\s+(?:rival\s+)?groups?\s+of\s+(?:villagers|people|locals|residents)\b")
# What two groups of one village fight over: land, water for their fields, an old enmity.
VILLAGE_FEUD = re.compile(r"\b(?:land|lands|land-related|irrigat\w*|boundary|enmity|feud\w*|khas)\b")


def _village_feud(event: Event, following: str = "") -> Event:
    """ "two groups of villagers of X clashed over a land dispute and twenty got hurt": two groups
    of a named village that fight over land, water or an old enmity are what ACLED calls communal militias, and their
    fight a battle, even when no one died (`_communal_militias` names them after the village); the next sentence may
    tell what they fought over. Party factions,
    crowds fighting the forces and fights over other things stay riots."""
    if event.plover_type != "ASSAULT" or (event.acled_type, event.acled_subtype) != (RIOTS, "Mob violence"):
        return event
    text = event.evidence.text.lower()
    if not _told_as_fight(event, text) or not (GROUP_FIGHT.search(text) or _VILLAGERS_SIDES.search(text)):
        return event
    if _VILLAGE.search(event.evidence.text) is None or forces_named(text):
        return event  # the village named ("at Kalipur village"): two groups of a place, not any two crowds
    feud = VILLAGE_FEUD.search(text) or VILLAGE_FEUD.search(following.lower()) or _VILLAGERS_SIDES.search(text) or (
        TURF.search(following.lower()))  # "... The two groups had long vied for supremacy in the village"
    if not feud:
        return event  # "... at X village. The clash ensued over a piece of land": the next sentence may tell why
    if not unorganised(event.actor1) or (event.actor2 is not None and not unorganised(event.actor2)):
        return event
    return event.with_changes(acled_type="Battles", acled_subtype="Armed clash",
                              interaction=interaction_of(event.actor1, event.actor2))  # fmt: skip


# "over establishing supremacy in the area", "to gain control of the market": what rival groups fight for
TURF = re.compile(r"\b(?:supremacy|dominance|domination|turf|(?:establish\w*|gain\w*|tak\w+|maintain\w*) (?:the )?control (?:of|over))\b")


def _turf_fight(event: Event) -> bool:
    """ "Two factions of the party clashed over establishing supremacy in the area": a fight of rival groups for
    control of a place is fought by what ACLED calls political (or communal) militias, a battle, not a riot.
    Fights with the state's forces are left to the rules on crowds and the police."""
    if event.plover_type != "ASSAULT" or not event.acled_type or event.actor1.type == "State forces":
        return False
    text = event.evidence.text.lower()
    if not _told_as_fight(event, text):
        return False
    return TURF.search(text) is not None and not (event.actor2 is not None and event.actor2.type == "State forces")


def _as_turf_battle(event: Event, actors: ActorBase) -> Event:
    """The turf fight as an armed clash, a party's people fighting through its militia; "two factions of <a
    party>" fight on both sides for that party."""
    first, other = _militia_or_self(event.actor1, actors), event.actor2
    if other is None and event.actor1.actor_id and GROUP_FIGHT.search(event.evidence.text.lower()):
        other = first
    other = _militia_or_self(other, actors) if other is not None else None
    return event.with_changes(acled_type="Battles", acled_subtype="Armed clash", actor1=first, actor2=other,
                              interaction=interaction_of(first, other))  # fmt: skip


def _militia_or_self(actor: Actor, actors: ActorBase) -> Actor:
    """A party's (or its wing's) political militia, else the actor itself."""
    if not actor.actor_id or actor.type != "Protesters":
        return actor
    militia = actors.militia_of(actor.actor_id)
    return militia.to_actor(actor.mention) if militia is not None else actor


HURT_TRIGGERS = frozenset({"killed", "injured", "wounded", "hurt", "died", "dead", "killing", "injuring", "wounding"})


def _tolls_of_fights(events: Sequence[Event]) -> set[str]:
    """The ids of woundings and killings the sentence tells as the toll of a clash it also reports ("one man was
    dead and ten hurt as two candidates' backers fought"): the clash is the one event
    ACLED codes, the hurt are its fatalities, not an attack of their own."""
    found: set[str] = set()
    for event in events:
        trigger = (event.evidence.trigger or "").lower()
        if event.plover_type != "ASSAULT" or not event.acled_type or trigger not in HURT_TRIGGERS:
            continue
        if HURT_IN_FIGHT.search(event.evidence.text.lower()) is None:
            continue
        if any(other is not event and other.acled_type and other.evidence.start == event.evidence.start
               and (other.evidence.trigger or "").lower() in CLASH_WORDS for other in events):  # fmt: skip
            found.add(event.event_id)
    return found


# What a fight the arrests ended is told by: not "in connection with the violence" (an earlier event named as the
# reason for the arrests).
FOUGHT_WORDS = FIGHT_SCENES | CLASH_WORDS | HURT_TRIGGERS


def _arrests_of_fights(events: Sequence[Event]) -> set[str]:
    """The ids of arrests the sentence tells as the end of a fight it also reports, made by one of its sides ("after
    an exchange of fire during a raid, police arrested seven militants", "a commander was killed and three were
    arrested in the raid"): the battle is the one event ACLED codes; those it took are its outcome."""
    found: set[str] = set()
    for event in events:
        if event.acled_subtype != "Arrests" or event.actor1.type != "State forces":
            continue
        if any(other.acled_type == "Battles" and other.evidence.start == event.evidence.start
               and (other.evidence.trigger or "").lower() in FOUGHT_WORDS and event.actor1.name in (other.actor1.name, other.actor2.name if other.actor2 else None)
               for other in events):  # fmt: skip
            found.add(event.event_id)
    return found


def _arrests_at_protests(events: Sequence[Event], sentences: Sequence[str]) -> set[str]:
    """The ids of arrests that the next sentence tells were made at a demonstration or riot those forces met
    ("Police detained 40 teachers outside the court. The teachers were protesting against transfers"): ACLED codes
    the protest, with the forces as its other side; the arrests are how they intervened."""
    found: set[str] = set()
    for event in events:
        if event.acled_subtype != "Arrests" or event.actor1.type != "State forces":
            continue
        after = next_sentence(event, sentences)
        if after and any(other.acled_type in (PROTESTS, RIOTS) and other.evidence.text == after
                         and other.actor2 is not None and other.actor2.type == "State forces" for other in events):  # fmt: skip
            found.add(event.event_id)
    return found


ELECTION_WORDS = frozenset({"election", "elections", "electoral", "poll", "polls", "polling", "candidate",
                            "candidates", "vote", "votes", "voting", "voters", "ballot", "ballots", "councillor",
                            "councilor", "mayoral", "campaign", "campaigning"})  # fmt: skip


def _electoral_fight(event: Event, actors: ActorBase, country: str | None) -> Event:
    """ "A man was killed when supporters of two candidates clashed after the count": a fight of party people or
    voters over an election, of no armed group and not for control of a place, is a riot on both sides (ACLED's
    rioters), even when it killed; feuds over land stay battles of communal militias."""
    if (event.acled_type, event.acled_subtype) != ("Battles", "Armed clash") or not _fight(event):
        return event
    text = event.evidence.text.lower()
    words = set(words_of(text))
    if not words & ELECTION_WORDS or words & (FIGHTER_WORDS | MILITARY_WORDS | STATE_FORCE_WORDS | FEUD_WORDS):
        return event
    if TURF.search(text) or not all(unorganised(side) for side in (event.actor1, event.actor2) if side is not None):
        return event
    other = role_actor(actors, country, "rioters", event.actor2 or Actor(name="Rioters"))
    return _riot(event.with_changes(actor2=other), False, actors, country)


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
        if set(words_of(event.actor1.mention or "")) & CROWD_WORDS_OF_MOBS:
            return _riot(event, False, actors, country)  # a lynching by a mob or residents is mob violence
        return _on_civilians(event, actors, country)
    if set(words_of(event.evidence.text)) & STATE_FORCE_WORDS or "State forces" in (event.actor1.type, type_of(event.actor2)):
        return _riot(event, False, actors, country)  # a deadly clash of a crowd with the police is still a riot
    return event.with_changes(acled_type="Battles", acled_subtype="Armed clash")


CROWD_WORDS_OF_MOBS = frozenset({"mob", "mobs", "crowd", "crowds", "residents", "villagers", "locals", "vigilantes",
                                 "people", "community", "prisoners", "inmates"})


def _riot(event: Event, in_protest: bool, actors: ActorBase, country: str | None) -> Event:
    role = role_actor(actors, country, "rioters", event.actor1)
    subtype = "Violent demonstration" if in_protest else "Mob violence"
    return event.with_changes(
        acled_type=RIOTS, acled_subtype=subtype, actor1=role, assoc_actors=with_organiser(event, role),
        interaction=interaction_of(role, event.actor2),
    )  # fmt: skip


# "two passengers were injured", "injuring five people", "suffered burn injuries", "attacked his house", "caused the
# deaths of four persons", "wounding 23" (a bare count of the hurt, no noun after it)
_PEOPLE_HURT = re.compile(
    r"\b(?:were|was|got|been)\s+(?:\w+\s+)?(?:injured|hurt|wounded|killed|assaulted|beaten|hacked|stabbed|burnt|burned|hit"
    r"|attacked|harassed|abducted|shot|lynched|kidnapped|raped|tortured|murdered|slain|doused)\b"
    r"|\b(?:injuring|wounding|killing|leaving|injured|wounded|killed)\s+(?:at\s+least\s+)?(?:\w+\s+){0,2}(?:people|persons"
    r"|others|passengers|civilians|individuals|\w+ers)\b"
    r"|\b(?:deaths?|killings?|injuries)\s+(?:of|to)\s+(?:at\s+least\s+)?(?:\w+\s+){0,2}(?:people|persons|others"
    r"|individuals|passengers|civilians|children|women|\w+ers)\b"
    r"|\b(?:injuring|wounding|killing|injured|wounded|killed)\s+(?:at\s+least\s+|over\s+|more\s+than\s+|some\s+)?\d+\b"
    r"(?!\s+[a-z])"
    r"|\b(?:suffered|sustained|received)\s+(?:\w+\s+){0,2}injur\w+"
    r"|\b(?:leaving|left)\s+(?:[\w'’-]+\s+){1,6}?(?:injured|hurt|wounded|dead)\b"
    r"|\b(?:attacked|attacking|assaulted|assaulting|beat|beaten|beating|harassed|harassing|heckled|(?:hurled|pelted|threw)"
    r"\s+(?:stones|bricks|brickbats)\s+at)\s+(?:up\s+)?(?:\w+\s+){0,4}(?:house|home"
    r"|residence|motorcade|car|vehicle|shop|office|supporters|workers|leader|activists|journalists?|reporters?|man|woman"
    r"|women|people|villagers|family|motorcyclists?|bystanders|pedestrians|drivers?|commuters|passers-by|passengers"
    r"|staff|employees|teachers|doctors|nurses|patients|shopkeepers|traders|businessmen|candidates?|minister|ambulance)\b",
    re.IGNORECASE,
)
# Words that deny the harm a `_PEOPLE_HURT` phrase tells: "no one was hurt", "nobody was injured", "were not hurt".
_DENIAL = re.compile(r"\b(?:no|not|none|nobody|never|neither|nor|without)\b", re.IGNORECASE)
_DENIAL_BEFORE = re.compile(r"\b(?:no|none|nobody|neither|nor)\b(?:\s+(?:one|body|of\s+them))?\s*$", re.IGNORECASE)


def _hurt_told(text: str) -> Iterator[re.Match[str]]:
    """The `_PEOPLE_HURT` phrases of a text that tell harm done, not harm denied ("no one was hurt")."""
    for found in _PEOPLE_HURT.finditer(text):
        if _DENIAL_BEFORE.search(text[max(0, found.start() - 20) : found.start()]) is None and not _DENIAL.search(
            found.group(0)
        ):
            yield found


def _people_hurt(text: str) -> re.Match[str] | None:
    return next(_hurt_told(text), None)



# People a crowd set upon, named by a pronoun, their trade or their gathering: "started beating them", "attacking a
# gatesman", "lynched two suspected thieves", "attacked a mass gathering".
_CROWD_SET_UPON = re.compile(
    r"\b(?:attacked|attacking|assaulted|assaulting|beat|beaten|beating|thrashed|thrashing|lynched|lynching|hacked"
    r"|stabbed)\s+(?:up\s+)?(?:\w+\s+){0,3}?(?:him|her|them|\w+ers|\w+men|\w+man|\w+ists|gathering|meeting|family"
    r"|people|persons)\b",
    re.IGNORECASE,
)


# People's vehicles, homes and shops a bomb hit: "exploded near his vehicle", "32 shops were damaged", "a passenger
# train sustained damages in a bomb blast", "an IED planted outside his house".
_PROPERTY = (
    r"(?:bus(?:es)?|minibus(?:es)?|cars?|vehicles?|trucks?|lorr(?:y|ies)|motorcycles?|motorbikes?|(?:auto-?)?rickshaws?"
    r"|ambulances?|steamers?|launch(?:es)?|boats?|trains?|houses?|homes?|residences?|shops?|stores?|markets?|factor(?:y|ies)"
    r"|schools?|hospitals?|clinics?|temples?|mosques?|church(?:es)?|shrines?|hotels?|restaurants?|businesses)"
)
_PROPERTY_HIT = re.compile(
    r"\b(?:(?:hurled|hurling|threw|throwing|lobbed|blasted|exploded|planted|hidden)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:at|on|near|targeting|inside|outside|under|in\s+front\s+of)"
    r"|(?:exploded|went\s+off|blast|explosion|bomb)\s+(?:\w+\s+){0,2}?(?:near|at|inside|outside|targeting|under|in\s+front\s+of))"
    rf"\s+(?:[\w'’-]+\s+){{0,4}}?{_PROPERTY}\b"
    rf"|\b{_PROPERTY}\s+(?:[\w'’-]+\s+){{0,4}}?(?:was|were|had\s+been|have\s+been|got)\s+(?:\w+\s+)?(?:damaged|destroyed"
    r"|blown\s+up|gutted|razed|hit|torched|burnt|burned)\b"
    rf"|\b{_PROPERTY}\s+(?:sustained|suffered)\s+(?:\w+\s+)?damages?\b",
    re.IGNORECASE,
)


def _civilian_property_hit(text: str) -> bool:
    """Whether the text tells of people's vehicles, homes or shops hit, not the forces' ("a police vehicle")."""
    return any(not set(words_of(found.group(0))) & (STATE_FORCE_WORDS | MILITARY_TARGETS)
               for found in _PROPERTY_HIT.finditer(text))  # fmt: skip


# The forces' posts, vehicles and patrols a bomb hit: "exploded in a police station compound", "an IED hit an
# army convoy", "officers were hit by a blast during a patrol".
_FORCES_POST = re.compile(
    r"\b(?:in|at|on|into|targeting|targeted|hit|struck|near)\s+(?:an?\s+|the\s+)?(?P<force>police|army|military|security|paramilitary)"
    r"\s+(?:forces\s+)?(?:station|post|camp|check-?post|checkpoint|patrol|convoy|vehicle|van|jeep|truck|outpost|barracks|base)\b",
    re.IGNORECASE,
)
_HURT_FORCES = re.compile(r"\b(?:police\w*|cops?|constables?|soldiers?|troops|jawans?|personnel|officers?)\b", re.IGNORECASE)


def _unnamed_victims(
    event: Event, actors: ActorBase, country: str | None, following: str = "", previous: str = ""
) -> Event:
    """ "Assailants torched a bus, and two passengers suffered burn injuries", "a bomb went off in a market,
    injuring 38 people": people a riot or a bombing by non-state hands hurt (or whose homes, shops and vehicles
    a bombing hit), with no other side named, are civilians (ACLED's violence on civilians by rioters and bombers).
    People a crowd set upon ("started beating them", "attacking a gatesman") are civilians too. The next sentence
    may tell who was hurt ("A bus was torched. Four passengers were burnt."), and so may the one before ("Blasts
    injured 38 people. Police suspect rebels planted the devices.")."""
    if event.actor2 is not None or not (
        event.acled_type == RIOTS
        or (event.acled_type == "Explosions/Remote violence" and event.actor1.type != "State forces")
    ):
        return event
    if event.acled_type == "Explosions/Remote violence" and (post := _FORCES_POST.search(event.evidence.text)):
        return _forces_hit(event, post.group("force"), actors, country)  # "a bomb went off in a police station compound"
    hurt = None
    for text in (event.evidence.text, following, previous):
        hurt = _people_hurt(text) or (_CROWD_SET_UPON.search(text) if event.acled_type == RIOTS else None)
        forces = _HURT_FORCES.search(text[max(0, hurt.start() - 40) : hurt.end()]) if hurt is not None else None
        if forces is not None:
            return _forces_hit(event, forces.group(0), actors, country)  # "two policemen were injured": not civilians
        if hurt is not None:
            break
    deaths = event.fatalities
    hit = hurt is not None or (deaths and deaths.best and not deaths.combatants)
    # a bomb set off at people's homes, shops or vehicles targets civilians; a crowd's torching of vehicles and
    # shops is coded by ACLED as mob violence with no second actor
    bombing = event.acled_type == "Explosions/Remote violence"
    if not hit and not (bombing and any(_civilian_property_hit(text) for text in (event.evidence.text, following))):
        return event
    victims = role_actor(actors, country, "civilians", Actor(name="Civilians"))
    return event.with_changes(actor2=victims, interaction=interaction_of(event.actor1, victims))


# The state's men a bombing hurt, named by their rank or service ("a security official", "two rangers", "sailors").
_STATE_MEN = (
    r"(?:police\w*|cops?|constables?|sub[\s-]?inspectors?|soldiers?|troops|jawans?|rangers?|sailors|marines|gendarmes?"
    r"|servicem[ae]n|levies|security\s+(?:officials?|officers?|personnel|persons|men))"
)
_BOMBED_FORCES = re.compile(rf"\b{_STATE_MEN}\b", re.IGNORECASE)
# "wounded two sailors", "a patrol vehicle carrying seven rangers ... killing one of the rangers"
_FORCES_BOMBED = re.compile(
    r"\b(?:killing|injuring|wounding|killed|injured|wounded|carrying|targeting|targeted)\s+(?:at\s+least\s+)?"
    rf"(?:\w+\s+){{0,3}}?{_STATE_MEN}\b",
    re.IGNORECASE,
)
# People of no force among the hurt: "a teacher and two soldiers were injured".
_CIVILIANS_HURT = re.compile(
    r"\b(?:civilians?|people|villagers?|passers-by|passengers|children|women|students?|teachers?|man|woman|boys?|girls?"
    r"|residents|farmers?|traders?|shopkeepers?|bystanders|worshippers|pedestrians|family)\b",
    re.IGNORECASE,
)


def _bombed_forces(event: Event, actors: ActorBase, country: str | None, following: str = "") -> Event:
    """ "A security official was killed as an IED exploded", "a roadside bomb wounded two sailors": a bombing by
    non-state hands whose hurt the sentence names as the state's men, and no civilians among them, was on those
    forces (the country's police or military by the words), not on the civilians an earlier rule presumed (nor on
    the state its country's name stood for)."""
    if event.acled_type != "Explosions/Remote violence" or event.actor1.type == "State forces" or country is None:
        return event
    if event.actor2 is None or event.actor2.type == "Civilians":
        site = _site_of_forces_bombed(event.evidence.text, actors, country)
        if site is not None:  # "a grenade attack on an army checkpoint", "a bomb hit an AMISOM convoy"
            return event.with_changes(actor2=site, interaction=interaction_of(event.actor1, site))
    if event.actor2 is None:
        return event
    if event.actor2.type != "Civilians" and not _only_country_named(event.actor2, actors):
        return event
    for text in (event.evidence.text, following):
        for hurt in (*_hurt_told(text), *_FORCES_BOMBED.finditer(text)):
            window = text[max(0, hurt.start() - 60) : hurt.end()]
            forces = _BOMBED_FORCES.search(window)
            if forces is not None and _CIVILIANS_HURT.search(window) is None:
                police = POLICE_WORD.match(forces.group(0).split()[-1]) is not None
                return _forces_hit(event, "police" if police else "military", actors, country)
    return event


# A post, base or convoy of forces that a bombing was aimed at or hit: "a grenade thrown at a Somali army checkpoint",
# "a roadside bomb hit an AMISOM convoy", "IEDs planted outside the police station" (the owners: up to three words).
_FORCES_SITE = re.compile(
    r"\b(?:on|at|against|targeting|targeted|targets|hit|hits|struck|strikes|outside)\s+(?:an?\s+|the\s+|their\s+)?"
    r"(?P<owner>(?:[\w-]+\s+){1,3}?)(?:checkpoints?|bases?|camps?|convoys?|barracks|patrols?|posts?|positions?"
    r"|outposts?|vehicles?)\b"
)
# A peace mission of the UN or the African Union (AMISOM, MINUSCA), whose forces are hit like a state's.
_PEACE_MISSION = re.compile(r"\b(?:Mission|United Nations|African Union)\b")


def _site_of_forces_bombed(text: str, actors: ActorBase, country: str) -> Actor | None:
    """The forces whose post, base or convoy the sentence says a bombing hit, as the knowledge base reads the words
    that own it ("Somali army", "AMISOM", "police"), else None."""
    for found in _FORCES_SITE.finditer(text):
        words = found.group("owner").split()
        for start in range(len(words)):  # the longest owner the base knows: "Somali army" before "army"
            entry = actors.resolve(" ".join(words[start:]), context_country=country)
            if entry is not None and (entry.type == "State forces"
                                      or entry.type == "External/Other" and _PEACE_MISSION.search(entry.name)):
                return entry.to_actor(" ".join(words[start:]))
    return None


def _only_country_named(side: Actor, actors: ActorBase) -> bool:
    """ "set off a mine in central India": a state's forces read from its name alone, where the text names the
    country as the place of the act; the men it hurt tell which of its forces were hit."""
    return side.type == "State forces" and actors.country_for_name(side.mention or "") is not None


# "staged a counter demonstration", "protested against one another": a demonstration met by another
_COUNTER_PROTEST = re.compile(
    r"\bcounter[- ]?(?:protests?|demonstrations?|rall(?:y|ies)|processions?)\b|\bagainst (?:one another|each other)\b"
)
# "attacked a rally organised to promote harmony", "their protest march was attacked", "hurled stones at the
# protesters": the gathering a riot or an attack hit
_GATHERING = r"(?:rall(?:y|ies)|processions?|protests?|(?:protest\s+)?march(?:es)?|demonstrations?|sit-ins?|human chains?" \
    r"|protesters|protestors|demonstrators|marchers|processionists)"
_GATHERING_HIT = re.compile(
    rf"\b(?:attacked|attacking|attack\s+on|assaulted|swooped\s+on|pounced\s+on|hurled\s+\w+\s+at|pelted\s+\w+\s+at|threw\s+\w+\s+at"
    rf"|opened\s+fire\s+on|fired\s+(?:\w+\s+)?(?:at|on)|charged\s+at)\s+(?:a|an|the|their|his|its)?\s*(?:[\w-]+\s+){{0,3}}?{_GATHERING}\b"
    rf"|\b{_GATHERING}\s+(?:\w+\s+){{0,3}}?(?:was|were|came)\s+(?:under\s+attack|attacked)\b"
)

# "attacked farmers who were protesting against the minister", "hurled stones at youths gathered to protest",
# "injured ten students at a rally", "was beaten up by party men while he was leading a rally": the people hit were
# demonstrating
_VICTIMS_PROTESTING = re.compile(
    r"\b(?:attacked|assaulted|beat|beaten|thrashed|injured|heckled|chased|(?:hurled|pelted|threw)\s+(?:\w+\s+){0,3}?at)"
    r"\s+(?:up\s+)?[^.;]{0,80}?(?:\bwho\s+(?:were|was|had\s+been)\s+(?:protesting|demonstrating|agitating|staging|holding"
    r"|taking\s+out)\b|\b(?:gathered|assembled)\b[^.;]{0,40}?\bto\s+protest\b|\bat\s+(?:a|the|their|his)\s+(?:protest\s+)?"
    r"(?:rally|sit-in|demonstration|protest|procession)\b|\bwhile\s+(?:(?:he|she|they)\s+(?:was|were)\s+)?(?:leading|staging"
    r"|holding|taking\s+out)\s+(?:a|the|their|his|her)\s+(?:\w+\s+)?(?:rally|march|procession|sit-in|protest|demonstration)\b)"
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
        hit = _GATHERING_HIT.search(text) is not None or _VICTIMS_PROTESTING.search(text) is not None
    else:
        return event
    if not hit:
        return event
    protesters = role_actor(actors, country, "protesters", Actor(name="Protesters"))
    return event.with_changes(actor2=protesters, interaction=interaction_of(event.actor1, protesters))


def _gatherings_attacked(events: Sequence[Event]) -> set[str]:
    """The ids of demonstrations whose own sentence tells that people of no state force attacked that gathering
    ("a group swooped on the procession and attacked", "their march was attacked by party men"): ACLED codes the
    attack, a riot or an attack on civilians with the gathering's people on its other side, not the gathering."""
    found: set[str] = set()
    for event in events:
        if event.plover_type != "PROTEST" or event.acled_type != PROTESTS:
            continue
        if _GATHERING_HIT.search(event.evidence.text.lower()) is None:
            continue
        if any(other is not event and other.plover_type == "ASSAULT" and other.evidence.start == event.evidence.start
               and other.acled_type in (RIOTS, "Violence against civilians") and other.actor1.type != "State forces"
               for other in events):  # fmt: skip
            found.add(event.event_id)
    return found


def _civilians_attacked(event: Event, actors: ActorBase, country: str | None) -> Event:
    """ACLED's violence against civilians has civilians on its other side by definition: such an event whose
    victims no rule named ("gunmen shot dead a trader", "a woman was abducted") has "Civilians (<country>)"."""
    if event.acled_type != "Violence against civilians" or event.actor2 is not None:
        return event
    victims = role_actor(actors, country, "civilians", Actor(name="Civilians"))
    return event.with_changes(actor2=victims, interaction=interaction_of(event.actor1, victims))


POLICE_WORD = re.compile(r"^(?:police\w*|cops?|constables?|officers?|(?:sub-?)?inspectors?)$", re.IGNORECASE)


def _forces_hit(event: Event, word: str, actors: ActorBase, country: str | None) -> Event:
    """ "A bomb went off near a patrol, injuring three policemen": the state forces an explosion (or a riot)
    hurt are its other side, police or military by the word that named them."""
    entry = actors.state_forces(country, "police" if POLICE_WORD.match(word) else "military") if country else None
    if entry is None:
        return event
    forces = entry.to_actor(word)
    return event.with_changes(actor2=forces, interaction=interaction_of(event.actor1, forces))


# "rioting broke out between two communities in the town": a riot of two crowds
_RIOT_BETWEEN = re.compile(
    r"\b(?:riots?|rioting|violence|fight|fighting|brawl)\s+(?:\w+\s+){0,2}?between\s+[^.;]{2,80}?\s+and\s+"
    r"|\b(?:riots?|rioting|brawl|fight)\s+(?:with|involving)\s+(?:the\s+)?\w+\s+and\s+(?:the\s+)?\w+\b"  # "a riot with Ados and Ibus"
    r"|\b(?:brawled|fought|clashed|scuffled|quarrelled)\s+(?:with\s+)?(?:each\s+other|one\s+another|among\s+themselves"
    r"|amongst\s+themselves)\b"  # "the supporters brawled among themselves"
)
# "clashes between the two parties' workers", "clashed with supporters of X": the riot had a second side
_CLASHED_WITH = re.compile(r"\b(?:clash(?:es|ed)?|scuffles?|scuffled|fought)\s+(?:\w+\s+){0,4}?(?:between|with)\b")
# "both groups began pelting stones", "two rival groups rioted": the riot's two sides named together
_BOTH_SIDES = re.compile(r"\b(?:both|the\s+two)\s+(?:rival\s+)?(?:groups|sides|parties|communities|camps)\b"
                         r"|\btwo\s+rival\s+(?:groups|factions|camps)\b")
# "the members of the two unions exchanged blows", "came to blows": a fight by hand has two sides
_BLOWS = re.compile(r"\b(?:exchang\w+\s+blows|came\s+to\s+blows|fisticuffs)\b")
# "In retaliation, the residents also threw stones", "workers inside threw rocks back": the other side answered
_ANSWERED = re.compile(r"\b(?:in\s+retaliation|retaliated|retaliating|fought\s+back|hit\s+back"
                       r"|(?:threw|hurled|pelted)\s+(?:\w+\s+){0,2}?back)\b")


# People at their work whom a crowd (strike enforcers, protesters) fell upon: "clashed with shopkeepers who refused to
# close", "clashed with businesspersons", "clashed with private bus operators"; ACLED codes them civilians, not rioters
_AT_WORK = (
    r"(?:shopkeepers?|shop[\s-]owners?|businesspersons|businessmen|storekeepers|passengers|commuters"
    r"|(?:bus|transport|vehicle|truck)\s+(?:operators|owners))"
)
_KEPT_OPEN = re.compile(
    r"\b(?:clash\w*|scuffl\w*|fought|brawl\w*)\s+(?:\w+\s+){0,2}?(?:with|between)\s+(?:[^.;]{0,50}?\s+and\s+)?"
    rf"(?:(?:the|some|a|group|of|private|local|several)\s+)*{_AT_WORK}\b"
    rf"|\b{_AT_WORK}\s+(?:who|that)\s+(?:had\s+)?refused\s+to\b"
)


def _rioters_on_both_sides(event: Event, actors: ActorBase, country: str | None, following: str = "") -> Event:
    """ "BCL activists clashed with JCD activists", "two communities clashed": in a riot that is a clash
    (or violence "at each other") with unarmed people, or with no one named and no forces acting on it, both sides rioted; a named
    party or union on the other side is kept as an associated actor. So did a riot whose two sides are named
    together ("both groups began pelting stones") or whose other side answered in kind ("In retaliation, the
    residents also threw stones")."""
    text = event.evidence.text.lower()
    two_sides = any(p.search(text) is not None for p in (_CLASHED_WITH, _SAME_KIND_SIDES, _RIOT_BETWEEN, _BOTH_SIDES, _BLOWS))
    two_sides = two_sides or _ANSWERED.search(f"{text} {following.lower()}") is not None
    guessed = event.actor2 is None or event.actor2.type == "Civilians"  # no side, or victims an earlier rule read
    fought = (event.evidence.trigger or "").lower() in CLASH_WORDS or reciprocal(event) or (guessed and two_sides)
    if event.acled_type != RIOTS or not fought:
        return event
    if event.actor2 is not None and not (is_unarmed(event.actor2) or unorganised(event.actor2)):
        return event
    forces = intervening_forces([event.evidence.text], 0, actors, country)  # "a clash between X and police"
    if forces is not None:
        return event.with_changes(actor2=forces, interaction=interaction_of(event.actor1, forces))
    role = "civilians" if _KEPT_OPEN.search(text) else "rioters"  # "enforcers clashed with shopkeepers": civilians
    other = role_actor(actors, country, role, event.actor2 or Actor(name=role.capitalize()))
    named = event.actor2 is not None and bool(event.actor2.actor_id) and event.actor2.name != other.name
    assoc = (*event.assoc_actors, event.actor2.on_side(2)) if named and event.actor2 else event.assoc_actors
    return event.with_changes(actor2=other, assoc_actors=assoc, interaction=interaction_of(event.actor1, other))


# Countries whose village defence volunteers ACLED codes as a communal militia named after their district (editor
# knowledge of ACLED's Thailand coding: the Or Sor volunteers of the Deep South, not the police or the army).
VOLUNTEER_MILITIA_COUNTRIES = frozenset({"TH"})
VOLUNTEER_WORDS = frozenset({"volunteer", "volunteers"})
# "in Songkhla's Thepha district", "in Rueso district of Narathiwat": the district an event took place in
_DISTRICT = re.compile(r"\bin\s+(?:(?-i:[A-Z])[\w-]+'s\s+)?((?-i:[A-Z][\w-]+)(?:\s+(?-i:[A-Z][\w-]+)){0,2})\s+district\b")


def _village_defence_volunteers(event: Event, country: str | None) -> Event:
    """ "Five village defence volunteers were hurt by a bomb in Narathiwat's Rueso district": in Thailand the
    volunteers who guard their villages are what ACLED calls the communal militia of their district ("Rueso Communal
    Militia"), on whichever side they are; where the text names no district they are left as read. An
    attack on them is a fight with an armed side, not violence against civilians."""
    if country not in VOLUNTEER_MILITIA_COUNTRIES or event.acled_type is None:
        return event
    district = _DISTRICT.search(event.evidence.text)
    if district is None:
        return event
    sides = [side if side is not None and set(words_of(side.mention or "")) & VOLUNTEER_WORDS else None
             for side in (event.actor1, event.actor2)]  # fmt: skip
    if not any(sides):
        return event
    militia = communal_militia(district.group(1), next(s for s in sides if s).mention, country)
    actor1 = militia if sides[0] else event.actor1
    actor2 = militia if sides[1] else event.actor2
    changes = {"acled_type": "Battles", "acled_subtype": "Armed clash"} if (
        event.acled_type == "Violence against civilians") else {}  # fmt: skip
    return event.with_changes(actor1=actor1, actor2=actor2, interaction=interaction_of(actor1, actor2), **changes)


# "at Kalipur village", "in Char Kalipur village", "at Kalipur union", "at village Kalipur", "at Kalipur in Sadar
# upazila": the village (or union of villages) whose people fought, the smallest place the text names
_NAME = r"((?-i:[A-Z][\w'-]+)(?:\s+(?-i:[A-Z][\w'-]+)){0,2})"
_VILLAGE = re.compile(
    rf"\b(?:at|in|of)\s+{_NAME}\s+(?i:village|union)\b|\b(?:at|in)\s+village\s+{_NAME}\b"
    rf"|\bat\s+{_NAME}\s+(?:in|under|of)\s+{_NAME}\s+(?i:upazila|district)\b"
)
# A market place ("Kalipur Bazar", "Kalipur Hat") is no community: its upazila names the people who fought there.
_MARKET_WORDS = frozenset({"bazar", "bazaar", "hat", "haat", "market"})


# "in Kalipur in Uttar Pradesh's Ballia district": a town placed in its district, which names the town's people
_TOWN_IN_DISTRICT = re.compile(
    rf"\b(?:at|in)\s+{_NAME}\s+(?:in|under|of)\s+(?:(?-i:[A-Z])[\w-]+(?:'s)?\s+){{1,3}}(?i:district|upazila|taluka|tehsil)\b"
)


def _village_name(text: str) -> str | None:
    """The village (or union) a sentence names as the place of a fight, if any (`_VILLAGE`), else a town the
    sentence places in its district."""
    found = _VILLAGE.search(text)
    if found is None:
        town = _TOWN_IN_DISTRICT.search(text)
        return None if town is None else town.group(1)
    *names, upazila = found.groups()
    name = next((n for n in names if n), None)
    if upazila is not None and name is not None and name.split()[-1].lower() in _MARKET_WORDS:
        return upazila
    return name


def communal_militia(place: str, mention: str | None, country: str | None) -> Actor:
    """ACLED's communal militia of a place or community, named after it ("Kalipur Communal Militia")."""
    return Actor(name=f"{place} Communal Militia", mention=mention, type="Identity militia", country_code=country)


# Words naming who, beyond local people, may fight in a clash: forces and armed organisations.
NOT_COMMUNAL = STATE_FORCE_WORDS | FIGHTER_WORDS | {"forces", "personnel", "cops", "policeman", "jawans", "rangers"}
SETTLEMENT_FEATURES = frozenset({"city", "town", "village", "locality", "populated place", "neighbourhood", None})


def _communal_militias(event: Event, country: str | None, actors: ActorBase, sentences: Sequence[str] = ()) -> Event:
    """ "One villager was killed when two rival groups clashed over a pond at X village": a deadly
    fight of local people of no armed organisation is a battle of communal militias, which ACLED names after
    their community, the village or town they come from ("Kalipur Communal Militia"), on both sides."""
    if (event.acled_type, event.acled_subtype) != ("Battles", "Armed clash"):
        return event
    named = _named_communities(event, country, sentences)
    if named is not None:
        return named
    if not _fight(event):
        return event
    # "one man died and four were hurt as neighbours fought at X village": no one named on either side
    unseen = event.actor1.name.startswith("Unidentified Armed Group") and not event.actor1.mention
    if not (unorganised(event.actor1) or unseen) or (event.actor2 is not None and not unorganised(event.actor2)):
        return event
    if any(_militia_or_self(side, actors) is not side for side in (event.actor1, event.actor2) if side is not None):
        return event  # a party's people fight through its political militia (`_party_militias`)
    text = event.evidence.text
    if set(words_of(without_police_places(text.lower()))) & NOT_COMMUNAL or (
        not unseen and (event.actor1.mention or "").lower() in ("", "rioters")
    ):
        return event
    village = _village_name(text)
    place = event.location
    if village is not None:
        name = village
    elif place is not None and place.feature in SETTLEMENT_FEATURES and (place.mention or place.name) in text:
        name = place.mention or place.name
    else:
        return event
    militia = communal_militia(name, event.actor1.mention, country)
    return event.with_changes(actor1=militia, actor2=militia, interaction=interaction_of(militia, militia))


# "hostilities between the Ado community and the Ibu community", "a clash between two communities (Ado and Ibu)",
# "a clash between the Ado and Ibu communities", "fighting between Ado and Ibu people", "between Ado villagers and
# Ibu villagers"
_COMMUNITY_NOUNS = r"(?:community|communities|people|villagers|villages|residents)"
_COMMUNITIES = re.compile(
    r"\bbetween\s+(?:the\s+)?(?P<a>(?-i:[A-Z][\w'-]+))\s+(?:community|communities)\b[^.;]{0,80}?\band\s+(?:the\s+)?"
    r"(?P<b>(?-i:[A-Z][\w'-]+))\s+(?:community|communities)\b"
    r"|\bbetween\s+(?:the\s+)?two\s+communities\s*\(\s*(?P<c>(?-i:[A-Z][\w'-]+))\s+and\s+(?P<d>(?-i:[A-Z][\w'-]+))\s*\)"
    rf"|\bbetween\s+(?:the\s+)?(?P<e>(?-i:[A-Z][\w'-]+))\s+and\s+(?:the\s+)?(?P<f>(?-i:[A-Z][\w'-]+))\s+{_COMMUNITY_NOUNS}\b"
    rf"|\bbetween\s+(?:the\s+)?(?P<g>(?-i:[A-Z][\w'-]+))\s+{_COMMUNITY_NOUNS}\s+and\s+(?:the\s+)?"
    rf"(?P<h>(?-i:[A-Z][\w'-]+))\s+{_COMMUNITY_NOUNS}\b",
    re.IGNORECASE,
)


# "clashes over farmland involving two communal groups": communities the text does not name
_UNNAMED_COMMUNITIES = re.compile(r"\b(?:two\s+|rival\s+)+communal\s+(?:groups|militias)\b", re.IGNORECASE)


def _settlement_named(event: Event) -> bool:
    """Whether the event's sentence names the village or town its fighters come from (`_communal_militias`)."""
    place = event.location
    return bool(_VILLAGE.search(event.evidence.text)) or (
        place is not None and place.feature in SETTLEMENT_FEATURES and (place.mention or place.name) in event.evidence.text)


def _named_communities(event: Event, country: str | None, sentences: Sequence[str] = ()) -> Event | None:
    """ "Seven were killed in hostilities between the Ado community and the Ibu community": a fight the text says
    two named communities fought, with no armed organisation or state force on it, is a battle of their communal
    militias ("Ado Communal Militia" against "Ibu Communal Militia"), whatever the parse took for its sides."""
    if any(side is not None and not (unorganised(side) or unidentified(side)) for side in (event.actor1, event.actor2)):
        return None
    found = next((f for text in (event.evidence.text, *sentences) if (f := _COMMUNITIES.search(text))), None)
    if found is None and _UNNAMED_COMMUNITIES.search(event.evidence.text) and not _settlement_named(event):
        unnamed = communal_militia(UNNAMED_COMMUNITY, None, country)
        return event.with_changes(actor1=unnamed, actor2=unnamed, interaction=interaction_of(unnamed, unnamed))
    if found is None:  # the article's other sentences may name them ("... between X and Y communities. The clash ...")
        return None
    first, second = next((found.group(a), found.group(b)) for a, b in ("ab", "cd", "ef", "gh") if found.group(a))
    if first == second:
        return None
    one, other = (communal_militia(name, name, country) for name in (first, second))
    return event.with_changes(actor1=one, actor2=other, interaction=interaction_of(one, other))


# "during a clash over a long feud between two groups", "in a string of gun battles between rival groups",
# "an exchange of fire between the two sides"
_FIGHT_BETWEEN = re.compile(
    r"\b(?:in|during)\s+(?:an?\s+|the\s+|a\s+series\s+of\s+)?(?:[\w-]+\s+){0,5}?(?:clash|clashes|battle|battles)"
    r"\s+(?:[\w-]+\s+){0,5}?between\b"
    r"|\bexchanges?\s+of\s+(?:gun)?fire\s+between\b"
)


def _fight(event: Event) -> bool:
    text = event.evidence.text.lower()
    return (event.evidence.trigger or "").lower() in CLASH_WORDS | EXCHANGE_WORDS or any(
        pattern.search(text) is not None for pattern in (IN_A_FIGHT, _FIGHT_BETWEEN))


def _party_militias(event: Event, actors: ActorBase) -> Event:
    """A party (or its wing) that fights, kills or bombs outside a riot acts through what ACLED calls its
    political militia ("BNP: Bangladesh Nationalist Party Militia"); a party only hit stays as the rules coded it."""
    if event.acled_type not in ARMED_VIOLENCE_TYPES:
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
    return event.with_changes(**changes, interaction=interaction_of(first, second))


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
    civilians = role_actor(actors, country, "civilians", victim)
    assoc = (*event.assoc_actors, victim.on_side(2)) if party else event.assoc_actors
    return event.with_changes(actor2=civilians, assoc_actors=assoc, interaction=interaction_of(event.actor1, civilians))


# Actor types of plain people, who belong to an organisation but are none
PEOPLE_TYPES = frozenset({"Rioters", "Protesters", "Civilians"})
# "supporters of the X Front", "cadres of X", "activists belonging to X": people and the organisation they are of
_PEOPLE_OF = r"\s+(?:of|from|belonging\s+to)\s+(?:the\s+)?"


def _crowd_with_its_organisation(event: Event) -> Event:
    """ "Police fought supporters of the X Front", "police and cadres of the Y Morcha clashed": the
    parse took the crowd and the organisation it belongs to for the two sides; they are one, the organisation
    associated with the crowd, and the other side is left open for the forces the report shows facing them."""
    if event.acled_type not in (PROTESTS, RIOTS) or event.actor2 is None or event.actor2.type == "State forces":
        return event
    pairs = ((event.actor1, event.actor2), (event.actor2, event.actor1))
    if not any(_people_of(people, group, event.evidence.text) for people, group in pairs):
        return event
    group = event.actor2 if event.actor2.actor_id else None
    assoc = (*event.assoc_actors, group.on_side(1)) if group is not None else event.assoc_actors
    return event.with_changes(actor2=None, assoc_actors=assoc, interaction=interaction_of(event.actor1, None))


def _people_of(people: Actor, group: Actor, text: str) -> bool:
    """Whether the text names `people` as members of `group` ("supporters of the X Front"): plain people (a
    crowd's or civilians' role actor) and an organisation named by its name."""
    name = (group.mention or "").removeprefix("the ")
    if not people.mention or not name[:1].isupper() or people.type not in PEOPLE_TYPES or group.type == "Civilians":
        return False
    found = re.search(rf"\b{re.escape(people.mention)}{_PEOPLE_OF}{re.escape(name)}\b", text, re.IGNORECASE)
    return found is not None


def _open_to_forces(event: Event) -> bool:
    """Whether the forces that met a demonstration or riot become its actor2: when it has none, or when the
    rioters' other side is only what they hit ("attacked a bus", "an official"; ACLED codes the police that
    came to stop them), not another crowd or armed group."""
    other = event.actor2
    if other is None:
        return True
    if _government_side(other):
        return True  # "clashed with police and district officials", "torched government buses": the police stand for it
    if event.acled_type != RIOTS or other.type in ARMED_TYPES or other.type in ("Rioters", "Protesters"):
        return False
    if (event.evidence.trigger or "").lower() in CLASH_WORDS:
        return False  # "employees clashed with other employees": the other side fought, so rioted too
    return not other.actor_id or other.type == "Civilians"


def _government_side(actor: Actor) -> bool:
    """A government named by its officials or its property ("district officials", "government offices"), not by
    forces: at a demonstration or riot, the forces the report shows meeting the crowd are the state's side."""
    name = actor.name
    return (actor.actor_id or "").startswith("government_") or name == "Government" or name.startswith("Government of ")


def _groups_fought(event: Event) -> bool:
    """ "Two communities clashed over a land dispute", "student groups clashed": a riot of two sides the text
    names only as groups, whom forces arriving afterwards ("Police were deployed") do not make a side."""
    words = (event.actor1.mention or "").lower().split()
    trigger = (event.evidence.trigger or "").lower()
    return event.acled_type == RIOTS and trigger in CLASH_WORDS and bool(words) and words[-1] in GROUP_WORDS


INTRANSITIVE_CLASHES = frozenset({"clashed", "clash", "scuffled", "fought", "brawled"})


def _clashed_among_themselves(event: Event, sentences: Sequence[str] = ()) -> bool:
    """ "Members of two student unions clashed at the university. Police were deployed": a riot whose sentence
    has the crowd clash with no one named after it ("clashed with ...") and no forces in it was a fight of the
    crowd's own sides; forces only deployed afterwards are no side of it (forces that acted on the crowd,
    "Police intervened to stop them", "dispersed them", are)."""
    trigger = (event.evidence.trigger or "").lower()
    if event.acled_type != RIOTS or event.actor2 is not None or trigger not in INTRANSITIVE_CLASHES:
        return False
    words = words_of(event.evidence.text)
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
    fought = bool(cues_of(event) & CLASH_WORDS) or reciprocal(event)
    role = role_actor(actors, country, "rioters" if fought else "civilians", victim)
    return event.with_changes(
        actor2=role, assoc_actors=(*event.assoc_actors, victim.on_side(2)), interaction=interaction_of(event.actor1, role)
    )
