"""Role actors as ACLED codes them: "Protesters (<country>)", "Civilians (<country>)", the country of a
role actor (the doer's when it is of one country, else the place's), the organiser as an associated actor,
and the interaction code of a pair of actors.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from sigacts.records import Actor, Event
from sigacts.resources.actors import ActorBase
from sigacts.resources.generic_actors import GENERIC_ACTOR_KINDS, KIND_NAMES, KIND_TYPES, UNARMED_KINDS
from sigacts.stages.acled_words import FIGHTER_WORDS, words_of
from sigacts.stages.events import STRIKING_GROUPS
from sigacts.taxonomy import interaction_code

# Generated role actors of a country (their ids are "<kind>_<country code>"), which are no organisation.
ROLE_ID_PREFIXES = ("civilians_", "protesters_", "rioters_", "unidentified_armed_group_")
UNARMED_TYPES = frozenset({"Civilians", "Protesters", "Rioters"})
BORDER_FEATURES = frozenset({"border"})  # gazetteer kinds that lie between two countries

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
    if event.location is not None and event.location.feature in BORDER_FEATURES and focus:
        return focus[0]  # a border lies in two countries: the article's leading one says which side
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


def of_their_nation(event: Event, doer: Actor, actors: ActorBase) -> Event:
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
    return event.with_changes(actor1=ours, interaction=interaction_of(ours, event.actor2))


def is_unarmed(actor: Actor | None) -> bool:
    """People who are not an armed organisation: generic civilians, protesters, rioters."""
    if actor is None:
        return False
    if actor.type in UNARMED_TYPES:
        return True
    mention = (actor.mention or "").lower().split()
    return bool(mention) and GENERIC_ACTOR_KINDS.get(mention[-1]) in UNARMED_KINDS and actor.type is None


def unorganised(actor: Actor) -> bool:
    """No armed organisation the knowledge base knows: described groups, unidentified people."""
    if is_unarmed(actor) or (actor.type is None and not actor.actor_id) or _described(actor):
        return True
    # "two groups clashed": unidentified people the text describes, unless the words name fighters
    # ("heavy fighting took place" names no one: the fighters of an unseen side are armed)
    words = set(words_of(actor.mention or ""))
    return bool(words) and unidentified(actor) and not words & FIGHTER_WORDS


def _described(actor: Actor) -> bool:
    words = (actor.mention or "").lower().split()
    return bool(words) and not actor.actor_id and (words[-1] in GROUP_WORDS or words[-1] == "villagers")


def unidentified(actor: Actor) -> bool:
    """ "Assailants", "miscreants": a doer the report describes but does not name."""
    return actor.name.startswith("Unidentified") or GENERIC_ACTOR_KINDS.get((actor.mention or "").lower()) == "unidentified"


def working_people(actor: Actor) -> bool:
    """ "Power engineers", "lawyers of the district court": people named by their trade."""
    words = (actor.mention or "").lower().split()
    return bool(words) and (GENERIC_ACTOR_KINDS.get(words[-1]) in UNARMED_KINDS or words[-1] in STRIKING_GROUPS)


def type_of(actor: Actor | None) -> str | None:
    return actor.type if actor is not None else None


GROUP_WORDS = frozenset({"groups", "communities", "factions", "sides", "families"})


def role_actor(actors: ActorBase, country: str | None, kind: str, original: Actor) -> Actor:
    entry = actors.state_forces(country, kind) if country else None
    if entry is None:  # no country: the kind's own name and type ("Police Forces", a state force)
        return Actor(
            name=KIND_NAMES.get(kind, kind.capitalize()), mention=original.mention,
            type=KIND_TYPES.get(kind, kind.capitalize()),
        )  # fmt: skip
    return entry.to_actor(original.mention)


def with_organiser(event: Event, role: Actor) -> tuple[Actor, ...]:
    """The named group behind a demonstration or riot becomes an associated actor."""
    original = event.actor1
    keep = original.actor_id != role.actor_id and not (is_unarmed(original) and not original.actor_id)
    if original.type in UNARMED_TYPES:
        keep = False
    assoc = [a for a in event.assoc_actors if a.name != role.name]
    return tuple([original.on_side(1), *assoc] if keep else assoc)


def interaction_of(actor1: Actor, actor2: Actor | None) -> int | None:
    return interaction_code(actor1.type, actor2.type if actor2 else None)


# Political violence that ACLED never gives to civilians as its doer: civilians are its victims.
ARMED_VIOLENCE_TYPES = frozenset({"Battles", "Violence against civilians", "Explosions/Remote violence"})


def armed_doer(event: Event, actors: ActorBase, country: str | None) -> Event:
    """ "Unknown persons fired at a trader", "armed men beat a farmer", "a man died in a gunfight against
    the police": the doer of a battle, an attack or a bombing the words make plain people is an unidentified armed
    group (ACLED's codebook: civilians are by definition unarmed, never the actor of political violence)."""
    if event.acled_type not in ARMED_VIOLENCE_TYPES or event.actor1.type != "Civilians":
        return event
    entry = actors.state_forces(country, "unidentified") if country else None
    armed = entry.to_actor(event.actor1.mention) if entry is not None else Actor(
        name="Unidentified Armed Group", mention=event.actor1.mention, type="Political militia")
    return event.with_changes(actor1=armed, interaction=interaction_of(armed, event.actor2))


CROWD_TYPES = frozenset({"Protests", "Riots"})
# Words that name state forces without saying which: the army is named as such ("troops", "soldiers", "army").
VAGUE_FORCE_WORDS = frozenset({"forces", "force", "security", "personnel", "officials", "men", "the", "law", "enforcers",
                               "enforcement", "agencies", "contingents", "contingent", "of"})  # fmt: skip


def crowd_control(event: Event, actors: ActorBase) -> Event:
    """ "Clashes between protesters and forces", "security personnel dispersed the crowd": the forces a report
    does not name that met a demonstration or a riot are the police, whose work crowd control is (ACLED codes
    them "Police Forces of <country>", "government forces" included); troops, soldiers and the army named as such
    stay the military, and so do the words a country's own reading makes its military ("security forces" in
    Pakistan)."""
    if event.acled_type not in CROWD_TYPES:
        return event
    changes = {}
    for side in ("actor1", "actor2"):
        actor = getattr(event, side)
        if actor is None or not (actor.actor_id or "").startswith("military_forces_") or not actor.country_code:
            continue
        words = set((actor.mention or "").lower().split())
        police = actors.state_forces(actor.country_code, "police")
        reading = actors.generic_actor(actor.mention or "", actor.country_code)
        # "government forces" that met a crowd are those policing it, whatever the words mean in a war
        governments = words == {"government", "forces"}
        if reading is not None and reading.actor_id == actor.actor_id and not governments:
            continue  # the country reads the words as its military ("security forces" in Pakistan)
        if words and (words <= VAGUE_FORCE_WORDS or governments) and police is not None:
            changes[side] = police.to_actor(actor.mention)
    if not changes:
        return event
    event = event.with_changes(**changes)
    return event.with_changes(interaction=interaction_of(event.actor1, event.actor2))


# "fighting between two factions of the Awami League", "between two rival groups of local Chhatra League"
_FACTIONS_OF = re.compile(
    r"\bbetween\s+(?:the\s+)?(?:two|rival|opposing)\s+(?:rival\s+|opposing\s+)?(?:factions|groups|wings|camps|sections)"
    r"\s+of\s+(?:the\s+)?(?:local\s+|ruling\s+|district\s+)?",
    re.IGNORECASE,
)


def factional_fight(event: Event) -> Event:
    """ "two factions of the Jubo League clashed and five got hurt": a fight between factions
    of one organisation has that organisation on both sides (ACLED codes the intra-party clash so), whatever
    the rules took for its other side (the people hurt)."""
    doer = event.actor1
    if event.acled_type not in ("Battles", "Riots") or not doer.actor_id or not doer.mention:
        return event
    if event.actor2 is not None and event.actor2.actor_id == doer.actor_id:
        return event
    text = event.evidence.text
    for found in _FACTIONS_OF.finditer(text):
        if text[found.end() :].lower().startswith(doer.mention.lower()):
            other = replace(doer, side=None)
            return event.with_changes(actor2=other, interaction=interaction_of(doer, other))
    return event
