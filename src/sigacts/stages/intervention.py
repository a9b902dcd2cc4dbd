"""State forces that met a demonstration, read from the words around it (ACLED's protest actor2).

ACLED codes the police (or troops) that act on a demonstration as its actor2 and the protest as one
"with intervention", whether the report says so in the protest's own sentence ("police on Saturday
foiled the BNP's procession", "were later arrested by police", "clashed with the police"), in the one
before or in the next ones ("Police arrested 80 of them", "Police were deployed", "Security forces
resorted to a baton charge", "Four policemen were injured"). What the forces did needs no event of its
own: being deployed, stopping a march or being stoned by the crowd are read here.

Forces named only as what the protest was about are not its actor2: "protested against police
inaction", "demanded the release of those arrested by police" (the arrest came before), "after police
had arrested ...", "killed in police firing".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sigacts.records import Actor, Event
from sigacts.resources.actors import ActorBase
from sigacts.resources.generic_actors import GENERIC_ACTOR_KINDS, KIND_NAMES
from sigacts.taxonomy import interaction_code

# Who intervenes, for force words the generic-actor table lacks (its "police", "troops" ... decide the
# rest), when the country's readings (state_forces.yaml) say nothing.
FORCE_PHRASE_KINDS = {
    "riot police": "police", "law enforcers": "police", "security personnel": "police", "security forces": "police",
    "law enforcement agencies": "police", "gendarmes": "police", "paramilitary forces": "military",
    "government forces": "military", "rangers": "military", "security officers": "police",
    "anti-riot police": "police", "paramilitary personnel": "military", "para-military forces": "military",
    "para-military personnel": "military", "authorities": "police", "prison guards": "police", "jail guards": "police",
    "security guards": "police", "police patrol": "police", "security patrol": "police", "police patrols": "police",
    "security patrols": "police",
}  # fmt: skip
_FORCE = r"(?P<force>(?:anti-)?riot\s+police|police(?:men|man)?|cops|security\s+(?:forces|personnel|officers)" \
    r"|law\s+enforcers|law\s+enforcement\s+agencies|para-?military\s+(?:forces|personnel)|paramilitaries" \
    r"|government\s+forces|rangers|troops|soldiers|army|gendarmes|authorities|(?:prison|jail|security)\s+guards" \
    r"|(?:police|security)\s+patrols?|(?<=the\s)forces)"
# What forces do to a gathering, in the forms that follow them ("police dispersed", "were deployed").
_ACTS = (
    r"(?:arrest(?:s|ed)?|detain(?:s|ed)?|dispers(?:e|es|ed)|(?:lathi|baton|cane)[\s-]*charg(?:e|es|ed)|charged"
    r"|stop(?:s|ped)?|foil(?:s|ed)?|prevent(?:s|ed)?|remov(?:e|es|ed)|deployed|interven(?:e|es|ed)|thwart(?:s|ed)?"
    r"|block(?:s|ed)?|rounded\s+up|picked\s+up|took|fired|used|resorted|beat|clashed|scuffled|obstructed|chased"
    r"|cordoned|halted|tear[\s-]?gass?ed|confronted|evicted|interrupted|barred|pushed|drove|swung|rushed|arrived"
    r"|reached|surrounded|broke\s+up|locked|called\s+in|present|tried\s+to|trying\s+to|brought|injured|hurt|wounded"
    r"|attacked|established|set\s+up|met|attempted\s+to|lobbed|lobbing|use|using|responded|dragged|burst|stepped\s+in"
    r"|clear(?:ed)?|managed\s+to|dispatched|sealed|shoved|manhandled|booked|fir(?:e|ing)|resort(?:ing)?\s+to"
    r"|(?:lathi|baton|cane)[\s-]*charging|can(?:ed|ing)|swooped|raided|opened\s+fire|sprayed|seized|confiscated|came\s+to"
    r"|(?:received|sustained|suffered)\s+(?:\w+\s+)?injur\w*)"
)
# Words that may stand between the forces and the act: "Police on Saturday [29 August] foiled",
# "police had to intervene", "security personnel were deployed".
_GAP = (
    r"(?:had\s+to|ended\s+up|had|has|have|were|was|are|is|also|later|then|soon|allegedly|reportedly|immediately|forcibly"
    r"|quickly|swiftly|promptly|temporarily|briefly|personnel|officials|officers|men|team|teams|sergeant|constable"
    r"|inspector|sub-inspector|subsequently|eventually|finally|again|on\s+\w+day|today"
    r"|yesterday|\[[^\]]*\]|\([^)]*\)|been|already|began|started|[a-z]+ly|and\s+(?:the\s+)?(?:(?-i:[A-Z]{2,5})|paramilitary|para-military|troops|soldiers|army|police)"
    r"|in\s+(?-i:[A-Z])\w+|on\s+duty|deployed\s+there|at\s+the\s+(?:spot|scene|site)|force|forces)"
)
# Forces named after these words are what the protest was about, not who met it.
_NOT_AFTER = r"(?<!against\s)(?<!against\sthe\s)(?<!in\s)(?<!by\s)(?<!after\s)(?<!of\s)(?<!for\s)"
_FORCES_ACT = re.compile(rf"{_NOT_AFTER}\b{_FORCE}(?:\s+{_GAP}){{0,4}}\s+{_ACTS}\b", re.IGNORECASE)
# "Dozens of security personnel dispersed them", "a large contingent of police stopped the marchers": forces
# counted or named by their unit, then their act ("of" before the forces is no grievance here)
_COUNTED_FORCES_ACT = re.compile(
    r"\b(?:dozens|scores|hundreds|thousands|contingents?|teams?|platoons?|companies|units?|posse|squads?|batch)"
    rf"\s+of\s+(?:the\s+)?{_FORCE}(?:\s+{_GAP}){{0,4}}\s+{_ACTS}\b",
    re.IGNORECASE,
)
_DONE_TO = (
    r"(?:arrested|detained|dispersed|stopped|removed|foiled|(?:lathi|baton|cane)[\s-]?charged|picked\s+up"
    r"|rounded\s+up|beaten|thwarted|prevented|blocked|halted|evicted|chased\s+away|interrupted|tear[\s-]?gassed"
    r"|taken\s+into\s+custody|taken\s+away|obstructed|(?:lathi|baton|cane)[\s-]?charges?|barricaded|intercepted"
    r"|booked|dragged|confronted|shoved|manhandled|caned|(?:lathi|batt?on|cane)[\s-]?charg(?:ed|ing)|moved|turned\s+away)"
)
# "were later arrested by police", "was dispersed by the security forces", 'was "interrupted" by police'
_DONE_BY = re.compile(
    rf"\b{_DONE_TO}[\"'”’]?\s+(?:\w+\s+){{0,5}}?by\s+(?:the\s+)?(?:\w+\s+){{0,5}}?{_FORCE}\b", re.IGNORECASE
)
# "faced police obstruction", "defying a police baton charge", "amid heavy police deployment"
_FORCES_NOUN = re.compile(
    rf"{_NOT_AFTER}\b{_FORCE}\s+(?:obstruction|resistance|crackdown|deployment|intervention|action\s+against"
    rf"|(?:lathi|baton|cane)[\s-]?charges?)\b",
    re.IGNORECASE,
)
# "pelted stones at the police", "injuries to policemen": forces the crowd turned on
_CROWD_HIT = re.compile(
    rf"\b(?:pelted|pelting|hurled|hurling|threw|throwing|attacked|assaulted|stoned|injuring|injuries\s+to|targeting|targeted)\s+"
    rf"(?:\w+\s+){{0,3}}?(?:at\s+|on\s+|to\s+)?(?:the\s+)?(?:\w+\s+)?{_FORCE}\b",
    re.IGNORECASE,
)
# "stormed the police station", "laid siege to the Kathu police station": the forces' posts a crowd turned on,
# named right after the act ("vandalised a rickshaw in front of the police station" hit no forces)
_CROWD_STORMED = re.compile(
    rf"\b(?:stormed|storming|vandali[sz]ed|vandali[sz]ing|ransacked|torched|besieged|gheraoed|(?:laid|lay|laying)\s+siege"
    rf"\s+to)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+)?{_FORCE}\b",
    re.IGNORECASE,
)
# "Three police posts were attacked", "a police van was torched": the forces' posts and vehicles a crowd turned on
_FORCES_PROPERTY_HIT = re.compile(
    r"\b(?P<force>police|army|military)\s+(?:stations?|offices?|posts?|outposts?|camps?|vans?|vehicles?|jeeps?|cars?"
    r"|check-?posts?|barracks|headquarters|beats?)\s+(?:[\w,]+\s+){0,8}?(?:was|were|had\s+been|have\s+been)\s+"
    r"(?:\w+\s+)?(?:attacked|vandali[sz]ed|torched|ransacked|stoned|set\s+(?:on\s+fire|ablaze|alight)|burnt|burned"
    r"|damaged|besieged|stormed|gheraoed)\b",
    re.IGNORECASE,
)
# "the district deployed a large number of police"
_DEPLOYED = re.compile(rf"\bdeploy(?:ed|ment\s+of)\s+(?:\w+\s+){{0,3}}?(?:of\s+)?{_FORCE}\b", re.IGNORECASE)
# "clashed with the police", "fought pitched battles with police", "clashes between police and youths",
# "a clash between Madhesi cadres and security personnel"
_FIGHT = (
    r"(?:clash(?:es|ed|ing)?|fought|fighting|scuffl(?:e|es|ed|ing)|battles?|skirmish(?:es|ed)?|confrontations?"
    r"|jostl(?:ed|ing)|altercations?|tussle|tussled|brawl(?:ed)?|wordy\s+duel|stand-?offs?"
    r"|engaged(?:\s+in\s+(?:an?\s+)?clash(?:es)?)?)"
)
# "clashes broke out in the town between youths and government forces", "a triangular clash involving two parties
# and the police", "clashes among rival activists and police"
_FOUGHT_WITH = re.compile(
    rf"\b{_FIGHT}\s+(?:\w+\s+){{0,4}}?(?:with\s+|(?:between|among|amongst|involving)\s+(?:[^.;]{{1,80}}?\s+and\s+)?)"
    rf"(?:the\s+)?(?:[\w-]+\s+)?{_FORCE}\b",
    re.IGNORECASE,
)
# "Police and strike supporters clashed", "police-agitator confrontations": the forces named first
_FOUGHT_BY = re.compile(
    rf"{_NOT_AFTER}\b{_FORCE}(?:\s+and\s+(?:[\w-]+\s+){{1,5}}?|-\w+\s+){_FIGHT}\b", re.IGNORECASE
)
# "Several protesters were arrested", "were subsequently detained": arrests with no agent named are the police's
# (also those "hours before" a planned gathering: it was stopped; "detained for several hours" is no charge)
_ARRESTED = re.compile(
    r"\b(?:were|was|been|got)\s+(?:\w+\s+)?(?:arrested|detained|(?:taken|put)\s+in(?:to)?\s+custody|rounded\s+up|picked\s+up"
    r"|taken\s+to\s+(?:the\s+|a\s+)?police\s+station)\b"
    r"(?!\s+(?:\w+\s+){0,3}(?:for(?!\s+(?:several|a\s+few|some|an?|one|two|three|\d+)\s+(?:hours?|days?|nights?))|on\s+charges?|in\s+connection|earlier|last|previously|and\s+charged|charged|under|(?:hours|days|weeks)\s+(?:after|earlier|ago|later|back)))",
    re.IGNORECASE,
)
# "were subjected to baton charge", "faced a lathi-charge": a charge on a crowd is the police's
_CHARGED = re.compile(r"\b(?:subjected\s+to|faced)\s+(?:an?\s+)?(?:lathi|batt?on|cane)[\s-]?charges?\b", re.IGNORECASE)
# "teams of police were sent to the spot", "contingents of police were deployed", "squads of riot police
# met the marchers": forces sent to meet the gathering, named after what counts them
_SENT = re.compile(
    rf"\b(?:teams?|contingents?|platoons?|companies|units?|posse|squads?|battalions?)\s+of\s+(?:the\s+)?{_FORCE}"
    r"(?:\s+\w+){0,5}?\s+(?:were|was|had\s+been|have\s+been)\s+(?:\w+\s+)?(?:deployed|rushed|sent|posted|stationed|called)\b",
    re.IGNORECASE,
)
_FACED = re.compile(rf"\b(?:faced|met|confronted)\s+(?:with\s+|by\s+)?(?:\w+\s+){{0,3}}?(?:of\s+)?{_FORCE}\b", re.IGNORECASE)
# "demanded the release of activists arrested by police": the arrest the protest is about
_GRIEVANCE = re.compile(r"\b(?:release|against|protest(?:ed|ing)?\s+the|condemn\w*)\s+(?:\w+\s+){0,6}$", re.IGNORECASE)
# "demanded police intervention", "sought police protection": forces the gathering asked for, not met
_ASKED_FOR = re.compile(r"\b(?:demand\w*|sought|seeking|called\s+for|urg\w+)\s+(?:the\s+)?$", re.IGNORECASE)
# "rioted against prison guards", "clashed against the police": the forces the crowd fought
_FOUGHT_AGAINST = re.compile(
    rf"\b(?:rioted|rioting|clashed|clashing|fought|fighting)\s+against\s+(?:the\s+)?(?:[\w-]+\s+)?{_FORCE}\b", re.IGNORECASE
)
# "stun grenades were thrown", "tear gas shells were lobbed": crowd-control weapons are the police's
_CROWD_WEAPONS_USED = re.compile(
    r"\b(?:tear[\s-]?gas|teargas|rubber\s+bullets|water[\s-]?cannons?|stun\s+grenades|pepper\s+spray)"
    r"(?:\s+(?:shells?|canisters?|rounds?))?\s+(?:\w+\s+){0,4}?(?:were|was|had\s+been)\s+(?:\w+\s+)?"
    r"(?:used|fired|lobbed|shot|sprayed|hurled|thrown|deployed)\b",
    re.IGNORECASE,
)
# "police told the marchers to go no further", "left once they had negotiated with the police": forces
# that ordered or talked a gathering down
_TALKED_DOWN = re.compile(
    rf"\b{_FORCE}(?:\s+\w+){{0,3}}?\s+(?:told|ordered|asked|warned|urged)\s+(?:them|the\s+(?:protesters|protestors"
    r"|crowd|marchers|students|demonstrators|workers|villagers))\s+(?:not\s+)?to\b",
    re.IGNORECASE,
)
_NEGOTIATED = re.compile(rf"\bnegotiat\w+\s+with\s+(?:an?\s+|the\s+)?{_FORCE}", re.IGNORECASE)
# "the sit-in led to arrests of 40 people", "the strike went off with arrests of a dozen pickets": arrests the
# gathering led to or was marked by are the police's
_LED_TO_ARRESTS = re.compile(
    r"\b(?:resulted\s+in|result\s+in|led\s+to|leading\s+to|ended\s+(?:in|with)|(?:passed|went)\s+off\s+with)"
    r"\s+(?:the\s+)?arrests?\s+of\b",
    re.IGNORECASE,
)
FOLLOWING_SENTENCES = 5  # sentences after a protest's own that may tell how the forces met it

# "Ten people, including three policemen, were injured", "twenty hurt, among them two constables": forces counted
# among the hurt of a gathering were there, on its other side
_FORCES_AMONG_HURT = re.compile(
    rf"\b(?:including|among\s+them|of\s+whom|among\s+whom)\s+(?:(?:at\s+least|about|some|around)\s+)?(?:\w+\s+)?{_FORCE}\b"
    r"(?=[^.;]{0,60}?\b(?:injur\w*|hurt|wounded|killed|dead|died)\b)",
    re.IGNORECASE,
)
# "a clash between two communities", "clashes between the workers of X and Y": the fight's sides named (forces
# among its hurt were caught in it)
_OTHER_SIDES = re.compile(r"\bbetween\s+(?:the\s+)?(?:two\b|[^.;]{1,80}?\s+and\s+)", re.IGNORECASE)
# "Police and plain-clothes vigilantes broke up a student protest", "police, who arrived at the scene, dispersed the
# crowd": forces named as the subject of an act on the gathering itself, a clause apart (not what someone "said")
_FORCES_ON_GATHERING = re.compile(
    rf"{_NOT_AFTER}\b{_FORCE}\b(?:(?!\b(?:said|says|told|claimed|alleged|according|reported|by|against)\b)[^.;]){{1,70}}?"
    r"\b(?:broke\s+up|dispersed|detained|arrested|stopped|halted|blocked|foiled|evicted|removed|lathi-?charged"
    r"|baton-?charged|chased\s+away|pushed\s+back)\s+(?:the\s+|a\s+|an\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:protests?"
    r"|rall(?:y|ies)|march(?:es)?|marchers|processions?|demonstrations?|sit-ins?|crowds?|protesters|protestors"
    r"|demonstrators|agitators|gatherings?|column|them)\b",
    re.IGNORECASE,
)
# "lorries moving under the escort of police", "a convoy escorted by police", "under security escort": the
# forces guarding what a crowd attacked
_ESCORTED = re.compile(
    rf"\b(?:under\s+(?:the\s+)?(?:escort|protection|guard)\s+(?:of|by)|(?:escorted|guarded)\s+by)\s+(?:the\s+)?{_FORCE}\b",
    re.IGNORECASE,
)
# "pressed on despite attempts by the authorities to halt them", "an attempt by police to disperse the crowd"
_ATTEMPT_BY = re.compile(
    rf"\battempts?\s+by\s+(?:the\s+)?(?:\w+\s+)?{_FORCE}\s+to\s+(?:stop|prevent|disperse|block|halt|remove|evict"
    r"|break\s+up|clear|control)\b",
    re.IGNORECASE,
)
# "jumped barricades erected by police", "broke through the police cordon": forces that blocked the gathering's way
_BARRICADED = re.compile(
    rf"\bbarricades?\s+(?:erected|put\s+up|set\s+up|placed|raised)\s+by\s+(?:the\s+)?{_FORCE}\b", re.IGNORECASE
)
_FORCES_BARRIER = re.compile(rf"{_NOT_AFTER}\b{_FORCE}\s+(?:barricades?|cordons?)\b", re.IGNORECASE)


# "forcing the police to fire tear gas", "prompting security personnel to disperse them"
_FORCED_TO = re.compile(
    rf"\b(?:forc(?:ing|ed)|prompt(?:ing|ed)|compell(?:ing|ed)|oblig(?:ing|ed))\s+(?:the\s+)?{_FORCE}\s+to\b",
    re.IGNORECASE,
)


def intervening_forces(
    sentences: Sequence[str], index: int, actors: ActorBase, country: str | None
) -> Actor | None:
    """The state forces that acted on the demonstration of sentence `index`, read from the sentence before
    it to FOLLOWING_SENTENCES after it, in text order, else None."""
    for text in sentences[max(index - 1, 0) : index + 1 + FOLLOWING_SENTENCES]:
        words = forces_acting(text)
        if words is not None:
            return forces_actor(words, actors, country)
    return None


def forces_acting(text: str) -> str | None:
    """The words naming state forces that acted on people in this sentence ("police dispersed them",
    "clashed with the police"), else None."""
    for pattern in (_FORCES_ACT, _COUNTED_FORCES_ACT, _DONE_BY, _FOUGHT_WITH, _FOUGHT_BY, _FORCES_NOUN, _DEPLOYED, _CROWD_HIT, _SENT, _FACED,
                    _CROWD_STORMED, _FORCES_PROPERTY_HIT, _FORCED_TO, _FORCES_AMONG_HURT, _FORCES_ON_GATHERING, _ATTEMPT_BY,
                    _BARRICADED, _FORCES_BARRIER, _ESCORTED):
        for found in pattern.finditer(text):
            if pattern in (_DONE_BY, _FORCES_ON_GATHERING) and in_grievance(text[: found.start()]):
                continue
            if pattern is _FORCES_NOUN and _ASKED_FOR.search(text[: found.start()]):
                continue
            if pattern is _FORCES_AMONG_HURT and _OTHER_SIDES.search(text):
                continue  # "four, including a policeman, were killed in a clash between two communities"
            return " ".join(found.group("force").lower().split())
    against = _FOUGHT_AGAINST.search(text) or _TALKED_DOWN.search(text) or _NEGOTIATED.search(text)
    if against is not None:
        return " ".join(against.group("force").lower().split())
    if _CHARGED.search(text) is not None or _CROWD_WEAPONS_USED.search(text) is not None:
        return "police"  # "were subjected to a baton charge", "tear gas was fired": the police's act, named or not
    if _LED_TO_ARRESTS.search(text) is not None:
        return "police"
    for found in _ARRESTED.finditer(text):
        if not in_grievance(text[: found.start()]):
            return "police"  # an arrest at a demonstration is the police's act, named or not
    return None


def in_grievance(before: str) -> bool:
    """Whether text ending here is inside what a protest is about ("demanding the release of men who were ..."):
    an arrest named there came before the protest and is not the forces' response to it."""
    return _GRIEVANCE.search(before) is not None


def forces_actor(words: str, actors: ActorBase, country: str | None) -> Actor:
    """The country's reading of the force words ("security forces" are the military in Pakistan), else the
    state forces of the words' kind; without a country, the kind's name ("Police Forces") as state forces."""
    # "were turned away by authorities": the authorities that act on a crowd do so through the police
    kind = "police" if words == "authorities" else GENERIC_ACTOR_KINDS.get(words) or FORCE_PHRASE_KINDS.get(words, "police")
    if country:
        entry = None if words == "authorities" else actors.generic_actor(words, country)
        if entry is None or entry.type != "State forces":
            entry = actors.state_forces(country, kind)
        if entry is not None:
            return entry.to_actor(words)
    return Actor(name=KIND_NAMES.get(kind, words.capitalize()), mention=words, type="State forces")


def with_intervening_forces(event: Event, sentences: Sequence[str], actors: ActorBase, country: str | None) -> Event:
    """A demonstration (protest or riot) with no actor2, met by the forces the report says acted on it: they
    become its actor2, and a peaceful protest one with intervention."""
    try:
        index = sentences.index(event.evidence.text)
    except ValueError:
        return event
    forces = intervening_forces(sentences, index, actors, country)
    if forces is None:
        return event
    subtype = "Protest with intervention" if event.acled_subtype == "Peaceful protest" else event.acled_subtype
    return event.with_changes(
        actor2=forces, acled_subtype=subtype, interaction=interaction_code(event.actor1.type, forces.type)
    )
