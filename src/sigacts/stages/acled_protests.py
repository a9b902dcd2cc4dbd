"""ACLED's demonstration rules: a protest and the forces that met it are one event ("Protest with
intervention", "Excessive force against protesters"), a protest whose own people used violence is a
violent demonstration, and the acts a protest is about are not events of the report.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from sigacts.records import Actor, Event, make_event_id
from sigacts.resources.actors import ActorBase
from sigacts.resources.generic_actors import GENERIC_ACTOR_KINDS
from sigacts.stages.acled_actors import (
    UNARMED_TYPES,
    country_of,
    interaction_of,
    is_unarmed,
    role_actor,
    with_organiser,
    working_people,
)
from sigacts.stages.acled_words import (
    FIGHTER_WORDS,
    STATE_FORCE_WORDS,
    cues_of,
    excessive,
    figurative,
    next_sentence,
    protest_cues,
    symbolic_burning,
    tokens_of,
    without_force_names,
    word_after_doer,
    words_of,
)
from sigacts.stages.intervention import in_grievance, intervening_forces, with_intervening_forces

PROTESTS, RIOTS = "Protests", "Riots"

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

FIREARM_CUES = frozenset({"fire", "fired", "firing", "shot", "shots", "gun", "guns", "gunfire", "bullet", "bullets",
                          "rifles", "armed", "weapons", "gunmen", "shooting", "grenade", "bomb", "bombs", "mortar"})

GUNFIRE_CUES = frozenset({"gunfight", "gunfights", "shootout", "encounter", "bullet", "bullets", "bullet-hit",
                          "bullet-ridden", "gunshot", "gunshots", "gunfire", "exchanged", "firearms", "rifles",
                          "pistol", "pistols"})  # fmt: skip

# "(Day 9 of hartal)", "on the 11th day of the blockade": a campaign named to date what happened during it
_DAY_OF = r"\b(?:day[\s-]*\d+|\d+(?:st|nd|rd|th)?[\s-]+day|\w+th day|first day|second day|third day) of (?:the |their |its )?(?:[\w-]+ ){0,4}?"


def protests_with_own_violence(events: list[Event]) -> list[Event]:
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
                         and (other.evidence.trigger or "").lower() in protest_cues(event.evidence.text)), None)  # fmt: skip
        if riot is not None:
            event = event.with_changes(acled_type=RIOTS, acled_subtype="Violent demonstration", actor1=riot.actor1,
                                       interaction=interaction_of(riot.actor1, event.actor2))  # fmt: skip
        out.append(event)
    return out


ROLE_NAMES = frozenset({"Civilians", "Protesters", "Rioters"})
# The people of a party or union who turn out in person.
PARTY_PEOPLE = frozenset({"workers", "activists", "members", "supporters", "cadres", "volunteers"})


def demands_in_the_street(
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
        people = people or (boycott and not actor.actor_id and working_people(actor))
        # "BJP workers demanded ...": a party's rank and file, not its statement
        rank_and_file = actor.type == "Protesters" and word_after_doer(event) in PARTY_PEOPLE
        if not (people or (trigger == "demanding" or rank_and_file) and actor.type == "Protesters"):
            continue
        country = country_of(event, focus, actors)
        protest = event.with_changes(acled_type=PROTESTS, acled_subtype="Peaceful protest", actor2=None)
        protest = with_intervening_forces(protest_event(protest, None, actors, country), sentences, actors, country)
        events = [*events[:i], protest, *events[i + 1 :]]
        break
    return events


VIOLENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians", RIOTS})
HEADER_WORDS = 8


def dating_campaigns(events: Sequence[Event]) -> set[str]:
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
        short = len(words_of(event.evidence.text)) <= HEADER_WORDS  # "(Day 9 of hartal)" alone before the report
        if any(other is not event and other.acled_type in VIOLENT_TYPES and (other.evidence.start == event.evidence.start or short)
               for other in events):  # fmt: skip
            found.add(event.event_id)
    return found


def dispersals_of_crowds(events: Sequence[Event]) -> set[str]:
    """The ids of baton charges and tear gas by the forces in the sentence of a riot or demonstration ("two groups
    clashed; police then used a lathicharge on both"): the forces' answer is part
    of that event (ACLED codes the one event), not an attack of its own."""
    found: set[str] = set()
    for event in events:
        if event.actor1.type != "State forces" or event.plover_type not in ("ASSAULT", "COERCE") or not event.acled_type:
            continue
        text = event.evidence.text.lower()
        if not (set(words_of(text)) & DISPERSAL_CUES or any(charge in text for charge in BATON_CHARGES)):
            continue
        if any(other.acled_type in (PROTESTS, RIOTS) and other.evidence.start == event.evidence.start
               and other.event_id != event.event_id for other in events):  # fmt: skip
            found.add(event.event_id)
    return found


GRIEVANCE_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})


def grievances_of_protests(events: Sequence[Event]) -> set[str]:
    """The ids of attacks named only as what a protest the sentence asserts is about ("traders protested against
    the killing of a fellow shopkeeper", "the family of an abducted student staged a sit-in"): the protest is the
    act reported; the attack came before it and is coded from its own report."""
    found: set[str] = set()
    for event in events:
        if event.acled_type not in GRIEVANCE_TYPES or not (event.plover_type == "ASSAULT" or event.plover_mode == "abduct"):
            continue
        text, trigger = event.evidence.text, (event.evidence.trigger or "").lower()
        # the protest is asserted at least as plainly as the attack: not "a youth who had protested was shot"
        # (a parse may leave both out of the main clause: "Relatives of a boy who was kidnapped protested")
        if not any(other.plover_type == "PROTEST" and other.acled_type in (PROTESTS, RIOTS)
                   and other.evidence.start == event.evidence.start
                   and (other.evidence.main_clause is not False or event.evidence.main_clause is False)
                   and other.factuality in ("occurred", "ongoing") for other in events):  # fmt: skip
            continue
        if trigger and trigger in tokens_of(without_force_names(text)) and trigger not in protest_cues(text):
            found.add(event.event_id)
    return found


def state_response(events: Sequence[Event], protest: Event) -> int | None:
    """The index of state forces assaulting or arresting people in the protest's sentence."""
    for i, other in enumerate(events):
        if other is protest or other.evidence.start != protest.evidence.start:
            continue
        if other.plover_type in ("ASSAULT", "COERCE") and other.actor1.type == "State forces" and (
            other.factuality in ("occurred", "ongoing")  # "efforts to take over the temple" did not meet the protest
        ) and not _about_it(other) and not press_hit(other):  # "demanding the release of men who were arrested" came before
            return i
    return None


def _about_it(response: Event) -> bool:
    text, trigger = response.evidence.text, response.evidence.trigger or ""
    at = text.find(trigger) if trigger else -1
    return at > 0 and in_grievance(text[:at])


# Words that tell a protest was tried and stopped rather than only planned.
THWARTED_CUES = frozenset({"tried", "trying", "attempted", "attempting", "attempt", "attempts", "prevented",
                           "preventing", "stopped", "stopping", "foiled", "thwarted", "blocked", "barred"})


# "police used batons to stop them from marching", "a charge to prevent the crowd going further": forces acting
# to stop people the sentence names as out in the street.
STOPPING_ACTS = frozenset({"stop", "prevent"})
PEOPLE_OUT = frozenset({"workers", "activists", "members", "supporters", "students", "cadres", "farmers", "villagers",
                        "protesters", "protestors", "demonstrators", "marchers", "agitators", "them"})  # fmt: skip


def _crowd_stopped(protest: Event) -> bool:
    """ "Youth wing workers were injured when police used batons to stop them from marching": the forces stopped people
    who were already out, so the march was tried, not only planned. A sentence with no people named ("police were
    deployed to prevent protests") tells of a protest that never gathered."""
    words = set(cues_of(protest))
    return bool(words & STOPPING_ACTS and words & STOPPERS and words & PEOPLE_OUT)


def stopping_forces(protest: Event) -> str | None:
    """ "Workers were injured when police used batons to stop them from marching": the word naming the forces that
    stopped people already out, who are the protest's other side, else None."""
    if not _crowd_stopped(protest):
        return None
    return next((word for word in words_of(protest.evidence.text) if word in STOPPERS), None)


def thwarting_response(events: Sequence[Event], protest: Event, sentences: Sequence[str]) -> int | None:
    """The state forces' act that stopped a protest the text reads as only tried ("attempted to hold a
    rally. Police blocked the marchers"): ACLED codes the attempt as a protest with intervention."""
    if protest.plover_type != "PROTEST" or protest.acled_type or protest.factuality not in ("planned", "negated"):
        return None
    if not (cues_of(protest) & THWARTED_CUES or _crowd_stopped(protest)):
        return None
    near = {protest.evidence.text, next_sentence(protest, sentences)}
    for i, other in enumerate(events):
        if other is not protest and other.evidence.text in near and other.plover_type in ("ASSAULT", "COERCE") and (
            other.actor1.type == "State forces" and other.factuality in ("occurred", "ongoing")
        ):
            return i
    # "Police blocked the marchers", "removed the members who tried to": stopped by forces the text names
    # with a verb that is no event of its own (-1: no event to take the forces from)
    stopped = any((words := set(words_of(text))) & STOPPERS and words & STOPPING_WORDS for text in near)
    return -1 if stopped or _crowd_stopped(protest) else None


STOPPING_WORDS = frozenset({"blocked", "stopped", "prevented", "removed", "dispersed", "detained", "arrested", "evicted",
                            "barred", "halted", "foiled", "thwarted", "obstructed"})
DISPERSAL_CUES = frozenset({"disperse", "dispersed", "dispersing", "lathicharge", "lathicharged", "lathi-charge",
                            "lathi-charged", "baton-charged", "baton-charge", "teargas", "tear-gas", "tear", "cannon",
                            "cannons", "batoncharged", "cane-charged", "canecharged", "cane-charge", "evict", "evicted",
                            "evicting"})  # fmt: skip
# Weapons and acts of crowd control that only a gathering meets: dispersing it, tear gas, water cannons, baton charges.
CROWD_CONTROL = frozenset({"disperse", "dispersed", "dispersing", "teargas", "tear-gas", "cannon", "cannons",
                           "lathicharge", "lathicharged", "lathi-charge", "lathi-charged", "baton-charged",
                           "batoncharged", "cane-charged", "canecharged"})  # fmt: skip
CROWD_WORDS = frozenset({"crowd", "crowds", "protesters", "protestors", "demonstrators", "agitators", "agitating",
                         "protesting", "protest", "protests", "rally", "procession", "gathering", "demonstration",
                         "agitation", "sit-in", "strikers", "marchers", "picketers", "agitations", "picketing",
                         "effigy", "demonstrations", "rallies", "blockade", "gherao", "dharna"})  # fmt: skip


# A baton charge written as two words ("resorted to cane charge", "a baton charge on them"): crowd control
CHARGE_WORDS = re.compile(r"\b(?:lathi|baton|cane)\s+charg(?:e|es|ed|ing)\b", re.IGNORECASE)

# A crowd the text names by its violence: "fired tear gas to disperse rioting vendors", "dispersed the mob".
RIOTING_CROWDS = frozenset({"rioting", "rioters", "mob", "mobs", "unruly", "rampaging"})


def disperses_crowd(event: Event) -> bool:
    """ "Police lathicharged the crowd", "troops fired tear gas to disperse protesters": state forces
    breaking up a gathering the report does not code as an event of its own."""
    if event.plover_type not in ("COERCE", "ASSAULT") or event.actor1.type != "State forces":
        return False
    if press_hit(event):
        return False  # "police beat a reporter covering the clash": an attack on the press, not on the crowd
    cues = cues_of(event)
    arrest = event.plover_mode in ("arrest", "detain")  # "arrested 100 activists trying to stage a sit-in"
    if arrest:
        # "arrested 28 supporters after they blockaded a road", "arrested three men while they were torching a bus"
        text = event.evidence.text.lower()
        return bool(cues & CROWD_WORDS) or bool(_ARRESTED_RIOTING.search(text) or _ARRESTED_PROTESTING.search(text))
    charged = cues & DISPERSAL_CUES or CHARGE_WORDS.search(event.evidence.text) is not None
    if charged and (cues & (CROWD_WORDS | RIOTING_CROWDS) or _unarmed_target(event)):
        return True
    if cues & CROWD_CONTROL and not cues & (FIGHTER_WORDS | GUNFIRE_CUES):
        return True  # "fired tear gas and water cannons", "fired live bullets to disperse vendors": a crowd, whoever it was
    # "police opened fire on the processionists", "killed as police fired to quell a mob": force used on a
    # gathering is part of the demonstration or riot it met (ACLED codes the one event)
    forces = set(words_of(event.actor1.mention or "")) & (POLICE_WORDS | MILITARY_WORDS | FORCE_MENTIONS)
    return event.plover_type == "ASSAULT" and bool(forces) and bool(protest_cues(event.evidence.text) & CROWD_PEOPLE)


# What people the forces arrested were doing in the street: a riot's acts, or a demonstration's.
_ARRESTED_RIOTING = re.compile(r"\b(?:vandali[sz]\w*|torch(?:ed|ing)|ransack\w*|pelt(?:ed|ing)|stone-pelting|attacking"
                               r"|rioting|loot(?:ed|ing)|smash(?:ed|ing)|stoning|set fire|set ablaze)\b")
_ARRESTED_PROTESTING = re.compile(r"\b(?:protest\w*|demonstrat\w*|agitat\w*|siege|gherao\w*|rall(?:y|ies)|processions?"
                                  r"|blockad\w*|sit-ins?)\b")


def arrested_rioting(event: Event) -> bool:
    """ "Police arrested three men while they were torching a bus", "arrested 15 people for ransacking a shop": the
    people state forces arrested were rioting; ACLED codes the riot, with the forces as its other side."""
    return event.plover_mode in ("arrest", "detain") and bool(_ARRESTED_RIOTING.search(event.evidence.text.lower()))


BATON_CHARGES = ("charged baton", "charging baton", "charged batons", "charging batons", "caned", "lathi charge")


def hurt_by_dispersal(event: Event, actors: ActorBase, country: str | None) -> Actor | None:
    """The forces whose baton charge or tear gas hurt the people of an attack told without its doer ("five workers
    were injured after police charged batons on them"), else None."""
    if event.plover_type != "ASSAULT" or event.evidence.rule != "unseen-agent" or not event.acled_type:
        return None
    text = event.evidence.text.lower()
    words = set(words_of(text))
    if not (words & DISPERSAL_CUES or any(charge in text for charge in BATON_CHARGES)) or words & GUNFIRE_CUES:
        return None
    if not words & (POLICE_WORDS | STATE_FORCE_WORDS):
        return None
    return intervening_forces([event.evidence.text], 0, actors, country) or role_actor(
        actors, country, "police", Actor(name="Police Forces", type="State forces")
    )


FORCE_MENTIONS = frozenset({"forces", "security", "personnel", "officers", "guards", "paramilitary", "law-enforcers"})

CROWD_PEOPLE = frozenset({"protesters", "protestors", "demonstrators", "agitators", "processionists", "picketers",
                          "mob", "mobs", "rioters", "procession", "rally", "demonstration", "protest", "protests",
                          "protester", "protestor", "demonstrator", "agitator", "picketer", "rioter"})


# The press at a gathering: forces who beat them attacked civilians doing their work, not the crowd they report on.
PRESS_WORDS = frozenset({"journalist", "journalists", "reporter", "reporters", "photojournalist", "photojournalists",
                         "photographer", "photographers", "cameraman", "cameramen", "newsmen", "newsman"})


def press_hit(event: Event) -> bool:
    """ "Police manhandled a journalist covering the clash", "reporters were beaten by police": the victims the
    forces' act names are the press."""
    return event.actor2 is not None and bool(set(words_of(event.actor2.mention or "")) & PRESS_WORDS)


def _unarmed_target(event: Event) -> bool:
    return event.actor2 is not None and event.actor2.type in UNARMED_TYPES


def as_protest(event: Event, actors: ActorBase, country: str | None) -> Event:
    """The gathering that state forces broke up, as the protest event ACLED records."""
    crowd = event.actor2 or role_actor(actors, country, "protesters", Actor(name="Protesters"))
    trigger_start = event.evidence.start + max(event.evidence.text.find(event.evidence.trigger or ""), 0)
    return event.with_changes(
        event_id=make_event_id(event.doc_id, event.evidence.start, trigger_start, "PROTEST"), plover_type="PROTEST",
        plover_mode=None, actor1=crowd, actor2=None, acled_type=PROTESTS,
        evidence=replace(event.evidence, rule="protest-broken-up"),
    )  # fmt: skip


SIEGE_WORDS = frozenset({"siege", "besieged", "besieging", "besiege", "gheraoed", "gherao"})


def siege_by_people(event: Event) -> bool:
    """ "Students laid siege to the registrar's office", "farmers besieged the collectorate": people who are
    no armed group hemming in an office or an official make a demonstration (a gherao), not an attack."""
    if event.plover_type != "ASSAULT" or not event.acled_type:
        return False
    words = set(words_of(event.evidence.text))
    if not words & SIEGE_WORDS or words & (FIREARM_CUES | FIGHTER_WORDS | MILITARY_WORDS):
        return False
    return is_unarmed(event.actor1) or event.actor1.type is None or event.actor1.type == "Protesters"


def protest_event(
    event: Event, response: Event | None, actors: ActorBase, country: str | None, turned_violent: bool = False
) -> Event:
    lowered = event.evidence.text.lower()
    turned_violent = turned_violent or any(turn in lowered for turn in VIOLENCE_TURNS) or bool(_CROWD_WHO_RIOTED.search(lowered))
    cues = symbolic_burning(protest_cues(event.evidence.text)) - figurative(event.evidence.text)
    cues |= {"violent"} if turned_violent else set()
    # a riot word of the clause makes a protest a riot only outside what it is about ("against the riot
    # cases", "jailed for rioting") and outside the name of the forces ("riot police")
    riot_trigger = event.plover_mode in ("riot-org", "riot-spon") or (
        event.plover_type == "PROTEST" and (event.evidence.trigger or "").lower() in RIOT_WORDS)
    violent = riot_trigger or (event.acled_type == RIOTS and event.plover_type != "PROTEST") or bool(cues & CROWD_VIOLENCE)
    role = role_actor(actors, country, "rioters" if violent else "protesters", event.actor1)
    assoc = with_organiser(event, role)
    if response is None:
        subtype = "Violent demonstration" if violent else "Peaceful protest"
        return event.with_changes(
            acled_type=RIOTS if violent else PROTESTS, acled_subtype=subtype, actor1=role, actor2=None,
            assoc_actors=assoc, interaction=interaction_of(role, None),
        )  # fmt: skip
    responder = response.actor1
    if not responder.name:
        # "were arrested while staging a sit-in", "were cane-charged": the forces that acted on a crowd unnamed
        # are the police (as for any arrest or charge at a demonstration)
        responder = role_actor(actors, country, "police", Actor(name="Police Forces", type="State forces"))
    if (responder.actor_id or "").startswith("government_") and country:
        # "Authorities used tear gas to disperse them": a government acts on a crowd through its police
        police = actors.state_forces(country, "police")
        responder = police.to_actor(responder.mention) if police is not None else responder
    if violent:
        acled_type, subtype = RIOTS, "Violent demonstration"
    elif excessive(cues) or (response.fatalities and response.fatalities.best):
        acled_type, subtype = PROTESTS, "Excessive force against protesters"
    else:
        acled_type, subtype = PROTESTS, "Protest with intervention"
    return event.with_changes(
        acled_type=acled_type, acled_subtype=subtype, actor1=role, actor2=responder, assoc_actors=assoc,
        fatalities=event.fatalities or response.fatalities, interaction=interaction_of(role, responder),
    )  # fmt: skip


FOLLOWING_SENTENCES = 2  # sentences after a protest's own that may tell how it went on
CROWD_SUBJECTS = frozenset({"protesters", "protestors", "demonstrators", "agitators", "agitating", "crowd", "mob",
                            "they", "students", "activists", "supporters", "youths", "agitated", "angry", "pickets",
                            "picketers", "blockaders", "enforcers", "strikers", "cadres", "workers", "rioters",
                            "group", "farmers", "residents", "villagers", "locals", "youth", "members"})
VIOLENCE_TURNS = ("turned violent", "became violent", "got violent", "turned unruly", "turned into violence",
                  "turned into a clash", "protested violently", "protesting violently", "demonstrated violently")
# "to disperse protesters who had begun rioting", "demonstrators who were pelting stones": the crowd itself, named
# right before the relative clause, did the violence (not "against men who rioted")
_CROWD_WHO_RIOTED = re.compile(
    r"\b(?:protesters|protestors|demonstrators|agitators|marchers|processionists|strikers|picketers)\s*,?\s+who\s+"
    r"(?:had\s+|were\s+|also\s+)?(?:(?:begun|began|started)\s+)?(?:rioting|rioted|pelting|pelted|vandali[sz]\w+|torch\w+"
    r"|ransack\w+|attacking|attacked|hurling|hurled|throwing|threw|stoning|clashing|clashed|smash\w+)\b"
)
# What a crowd began doing after it gathered ("began attacking the miners", "damaged cars").
LATER_VIOLENCE = frozenset({"attacking", "damaged", "smashed", "altercation", "scuffle", "scuffled", "clashing"})


def violent_afterwards(event: Event, sentences: Sequence[str]) -> bool:
    """ "Residents protested outside the station. Some protesters later pelted stones at the police":
    the following sentences show the protesters themselves used violence."""
    try:
        index = next(i for i, text in enumerate(sentences) if text == event.evidence.text)
    except StopIteration:
        return False
    return any(_crowd_violence_told(text) for text in sentences[index + 1 : index + 1 + FOLLOWING_SENTENCES])


def violent_before(event: Event, sentences: Sequence[str]) -> bool:
    """ "A mob pelted stones at a rival group. Police arrived and detained several of them": the sentence
    before the forces' act shows the crowd they met using violence, so they met a riot."""
    try:
        index = next(i for i, text in enumerate(sentences) if text == event.evidence.text)
    except StopIteration:
        return False
    return index > 0 and _crowd_violence_told(sentences[index - 1])


def _crowd_violence_told(text: str) -> bool:
    """Whether this sentence tells of a crowd's own violence ("Some protesters later pelted stones")."""
    lowered = text.lower()
    words = symbolic_burning(set(words_of(without_force_names(text))))  # "riot police" is no riot
    if any(turn in lowered for turn in VIOLENCE_TURNS):
        return True
    if words & CROWD_SUBJECTS and words & ((CROWD_VIOLENCE | LATER_VIOLENCE) - {"violent", "clash", "clashes"}):
        return True  # "Some protesters later pelted stones", "they also clashed with villagers"
    if _crowd_attacked(lowered):
        return True  # "The activists also attacked a reporter at the site"
    # "They also clashed with the police", "A clash ensued at the scene"
    return bool(words & CLASH_NOUNS and (words & STATE_FORCE_WORDS or words & CLASH_STARTS) and not words & AVERTED)


# A crowd's attack on someone told after its gathering: the verb, and who may not stand before it.
ATTACK_VERBS = frozenset({"attacked", "assaulted", "thrashed", "stabbed", "manhandled", "heckled", "beat"})
NOT_THE_CROWD = frozenset({"was", "were", "been", "being", "got", "is", "are", "police", "policemen", "security",
                           "troops", "soldiers", "army", "forces", "personnel", "cops", "who", "which", "that"})


def _crowd_attacked(lowered: str) -> bool:
    """ "They also attacked a reporter", "some activists assaulted two officials": the crowd, named as the
    subject, attacked someone (not "were attacked by", not "police attacked the activists", not "they assaulted
    the protesters")."""
    tokens = tokens_of(lowered)
    for i, token in enumerate(tokens):
        if token in ATTACK_VERBS:
            before, after = set(tokens[:i]), set(tokens[i + 1 : i + 4])
            if after & CROWD_PEOPLE:
                return False  # "they also assaulted the protesters": others attacked the crowd
            return bool(before & CROWD_SUBJECTS) and not before & NOT_THE_CROWD
    return False


CLASH_NOUNS = frozenset({"clash", "clashes", "clashed", "clashing", "confrontation", "confrontations", "scuffle",
                         "scuffles", "scuffled"})  # fmt: skip
# "A clash ensued", "clashes broke out": a fight that started at the gathering, whoever the other side was
CLASH_STARTS = frozenset({"ensued", "erupted", "broke", "followed", "resulted"})
AVERTED = frozenset({"without", "no", "avert", "averted", "prevent", "prevented", "avoid", "avoided", "stopped", "defused"})

# Who may stop a protest: the forces, and the authorities that order them.
STOPPERS = STATE_FORCE_WORDS | {"forces", "authorities", "officials", "personnel"}


def demonstrators(event: Event) -> bool:
    """Violence by people the report calls demonstrators or rioters ("demonstrators clashed with police")
    is a violent demonstration, not mob violence (a "mob" is not a demonstration)."""
    words = (event.actor1.mention or "").lower().split()
    if not words:
        return False
    word = words[-1]
    kind = GENERIC_ACTOR_KINDS.get(word) or GENERIC_ACTOR_KINDS.get(f"{word}s")  # "a protester", "one rioter"
    return kind == "protesters" or word in ("rioters", "rioter")


POLICE_WORDS = frozenset({"police", "policemen", "policeman", "cops", "law-enforcers", "enforcers", "constables", "rab",
                          "apbn", "riot-police"})
MILITARY_WORDS = frozenset({"army", "troops", "soldiers", "military", "paramilitary", "jawans", "rangers"})
