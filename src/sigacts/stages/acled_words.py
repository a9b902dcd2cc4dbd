"""The words and phrases ACLED's coding conventions turn on, and the small tests of a text that use them.

Shared by the role rules (`acled_actors`), the demonstration rules (`acled_protests`) and the violence
rules (`acled_rules`); nothing here changes an event.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from sigacts.records import Actor, Event

EFFIGY = frozenset({"effigy", "effigies", "copies", "copy", "poster", "posters", "flag", "flags", "banner", "banners",
                    "photo", "photos", "portrait", "portraits", "picture", "pictures", "textbook", "textbooks",
                    "notification", "notifications", "ordinance", "ordinances"})
BOMB_WORDS = frozenset({"bomb", "bombs", "cocktail", "cocktails"})
EXCESSIVE_CUES = frozenset({"killed", "shot", "bullets", "live", "died", "dead", "death", "gunfire", "killing"})
FIRE_CUES = frozenset({"fired", "firing", "opened"})
NON_LETHAL_CUES = frozenset({"tear", "teargas", "tear-gas", "rubber", "cannon", "cannons", "baton", "batons", "lathi",
                             "lathicharge", "lathi-charge", "canes", "pellets", "blank"})

CRUDE_BOMB = re.compile(r"\b(?:crude|hand-?made|country-made|home-?made|cocktails?|molotov)\b")
THROWING_WORDS = frozenset({"hurled", "hurling", "hurl", "threw", "thrown", "throwing", "throw", "lobbed", "lobbing",
                            "tossed", "tossing", "toss"})
# "assailants exploded five cocktails", "blasted crude bombs": people setting off hand-made bombs in the street
SETTING_OFF = re.compile(r"\b(?:exploded|exploding|blasted|blasting|detonated|set off|burst|bursting) (?:[\w-]+ ){0,3}?"
                         r"(?:crude|hand-?made|country-made|home-?made|cocktails?|molotov)\b")


def thrown_crude_bomb(text: str) -> bool:
    """ "hurled two crude bombs", "threw a Molotov cocktail": a hand-made bomb thrown by hand (ACLED: the
    weapon of a riot; a grenade or a planted device stays remote violence)."""
    return bool(set(words_of(text)) & THROWING_WORDS) and CRUDE_BOMB.search(text.lower()) is not None


def set_off_crude_bomb(text: str, doer: Actor) -> bool:
    """ "assailants exploded five cocktails", "blasted crude bombs": hand-made bombs set off in the street by
    people the report does not name as fighters ("militants blasted crude bombs" stays remote violence)."""
    return SETTING_OFF.search(text.lower()) is not None and not set(words_of(doer.mention or "")) & FIGHTER_WORDS


FIGHTER_WORDS = frozenset({"militant", "militants", "insurgent", "insurgents", "rebel", "rebels", "gunmen", "gunman",
                           "fighters", "terrorists", "terrorist", "jihadists", "extremists", "guerrillas", "armed",
                           "militia", "militias", "militiamen", "combatants", "gang", "gangs", "cult", "cultists"})


@lru_cache(maxsize=2048)
def words_of(text: str) -> tuple[str, ...]:
    """The lower-case words of a sentence, commas and full stops set aside (read by several rules)."""
    return tuple(text.lower().translate(_SET_ASIDE).split())


# Commas, full stops, brackets, colons and semicolons are no part of a word ("(auxiliary constable)"); quotes stay,
# for a word in scare quotes ("arrested for “rioting”") is only what someone called it.
_SET_ASIDE = str.maketrans({c: " " for c in ",.()[];:!?"})


def cues_of(event: Event) -> set[str]:
    return set(words_of(event.evidence.text))


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


def protest_cues(text: str) -> set[str]:
    """The words of a protest's sentence outside the phrases that say what it is about."""
    words: set[str] = set()
    in_grievance = False
    tokens = tokens_of(without_force_names(text))
    described = _describing_victims(tokens)
    for i, (earlier, before, token, following) in enumerate(zip(("", "", *tokens), ("", *tokens), tokens, (*tokens[1:], ""))):
        others = before in NOT_THE_CROWDS_ACT or before in PASSIVE_AUX and earlier in RELATIVES  # "who was burnt"
        if token in CLAUSE_BREAKS or token in PROTESTER_ACTS and not others:
            in_grievance = False  # "demanding jobs, pelted stones"; not "against men who pelted stones"
        elif token in GRIEVANCE_MARKERS and not (token == "over" and _counting(following)):
            in_grievance = True  # but "over a dozen", "over 200" count people
        if not in_grievance and i not in described:
            words.add(token)
        if token in PROTEST_VERBS and following in DETERMINERS:
            in_grievance = True  # "protested the killings of commuters by hurling petrol bombs": its object
    return words


# Nouns for people hurt, which the words just before them describe ("petrol bomb attack victims", "riot survivors").
VICTIM_NOUNS = frozenset({"victims", "victim", "survivors"})
DESCRIBING_WORDS = 3
# A protest verb whose object is the grievance ("protested the killing"), and the words that open that object.
PROTEST_VERBS = frozenset({"protested", "protest", "protests", "decried", "condemned"})
DETERMINERS = frozenset({"the", "a", "an", "this", "these", "their", "his", "her", "its"})


def _describing_victims(tokens: Sequence[str]) -> set[int]:
    """The positions of the words that describe hurt people ("petrol bomb attack victims"): what was done to
    them, not what a crowd of them did."""
    found: set[int] = set()
    for i, token in enumerate(tokens):
        if token not in VICTIM_NOUNS:
            continue
        for j in range(i - 1, max(i - 1 - DESCRIBING_WORDS, -1), -1):
            if tokens[j] in CLAUSE_BREAKS:
                break
            found.add(j)
    return found


# Words before an act that make it someone else's ("who was burnt", "killed by throwing bombs").
NOT_THE_CROWDS_ACT = frozenset({"who", "which", "that", "had", "by", "of", "for", "through"})
RELATIVES = frozenset({"who", "which", "that"})
PASSIVE_AUX = frozenset({"was", "were", "been", "being", "is", "are"})
FORCE_NAMES = ("riot police", "anti-riot", "riot gear", "riot control", "riot-control", "riot squad", "riot unit")


def without_force_names(text: str) -> str:
    """The sentence without names of forces that hold a riot word ("riot police")."""
    lowered = text.lower()
    for name in FORCE_NAMES:
        lowered = lowered.replace(name, "police")
    return lowered


def _counting(word: str) -> bool:
    return word[:1].isdigit() or word in ("a", "an", "one", "two", "three", "four", "five", "ten", "hundred", "hundreds",
                                          "dozen", "dozens", "thousand", "thousands", "half")


@lru_cache(maxsize=2048)
def tokens_of(text: str) -> tuple[str, ...]:
    """Lower-case words and clause punctuation of a sentence, in order."""
    spaced = text.lower()
    for mark in CLAUSE_BREAKS:
        spaced = spaced.replace(mark, f" {mark} ")
    return tuple(spaced.split())


SYMBOLIC_BURNING = frozenset({"burnt", "burned", "burning", "burn", "set", "torched", "tore", "torn"})
PRESS = frozenset({"daily", "dailies", "newspaper", "newspapers", "papers", "magazines"})


def symbolic(event: Event) -> bool:
    """ "burnt effigies of the prime minister", "burnt copies of the draft constitution": destroying a
    likeness or a text to show anger is a form of protest, not property destruction (burning a
    newspaper's copies is an attack on the press)."""
    words = set(words_of(event.evidence.text))
    if (event.evidence.trigger or "").lower() not in SYMBOLIC_BURNING or words & PRESS:
        return False
    return _names_a_likeness(words)


def _names_a_likeness(words: set[str]) -> bool:
    """Effigies, posters, copies of a text (also misspelt "effigys")."""
    return bool(words & EFFIGY) or any(word.startswith("effig") for word in words)


def symbolic_burning(cues: set[str]) -> set[str]:
    """Burning an effigy, posters or copies of a bill is a peaceful form of protest; petrol bombs are
    violence, a protest against petrol prices is not."""
    if _names_a_likeness(cues):
        cues = cues - {"burnt", "burned", "burning", "torched", "set"}
    if not cues & BOMB_WORDS:
        cues = cues - {"petrol"}
    if {"set", "fire"} <= cues:
        cues = cues | {"arson"}  # "set fire to tyres", "set a bus on fire"
    return cues


# Riot words used in a figure of speech, or of what was done to someone else: "the foundation stone", "leaving no
# stone unturned", "traffic was thrown out of gear", "raped and thrown off a bus".
_FIGURATIVE = (
    (re.compile(r"\bfoundation stone|\bstone[- ]laying\b|\bno stone unturned\b|\bstone unturned\b"), "stone"),
    (re.compile(r"\bthrown (?:out|off|into disarray|open)\b|\b(?:had|have|has) thrown\b"), "thrown"),
)


def figurative(text: str) -> set[str]:
    """The riot words of a sentence that name no crowd's violence there ("laid the foundation stone")."""
    lowered = text.lower()
    return {word for pattern, word in _FIGURATIVE if pattern.search(lowered)}


STATE_FORCE_WORDS = frozenset({"police", "policemen", "security", "troops", "soldiers", "army", "paramilitary",
                               "law-enforcers", "rab", "bgb", "officers"})


def excessive(cues: set[str]) -> bool:
    """Deaths or live fire; "fired tear gas" is an intervention, not excessive force."""
    return bool(cues & EXCESSIVE_CUES) or bool(cues & FIRE_CUES and not cues & NON_LETHAL_CUES)


def forces_named(text: str) -> bool:
    """State forces named in a lower-case sentence, not a police station standing for a place."""
    return bool(set(words_of(without_police_places(text))) & STATE_FORCE_WORDS)


POLICE_PLACES = ("police station", "police camp")


def without_police_places(text: str) -> str:
    """A lower-case sentence without the police posts that name where something happened ("near the
    police station"), which are no forces taking part."""
    for name in POLICE_PLACES:
        text = text.replace(name, "")
    return text


def next_sentence(event: Event, sentences: Sequence[str]) -> str:
    """The sentence after the event's own, where a report often tells how the other side answered."""
    try:
        index = sentences.index(event.evidence.text)
    except ValueError:
        return ""
    return sentences[index + 1] if index + 1 < len(sentences) else ""


def previous_sentence(event: Event, sentences: Sequence[str]) -> str:
    """The sentence before the event's own, where a report may already have told who was hurt."""
    try:
        index = sentences.index(event.evidence.text)
    except ValueError:
        return ""
    return sentences[index - 1] if index > 0 else ""


def word_after_doer(event: Event) -> str:
    """The word right after the words that name the doer ("BNP" in "BNP militants set a bus ablaze", "BJP" in "BJP
    workers demanded ..."), which often says who of the organisation acted; "" when there is none."""
    mention = words_of(event.actor1.mention or "")
    words = words_of(event.evidence.text)
    if not mention:
        return ""
    for i in range(len(words) - len(mention)):
        if words[i : i + len(mention)] == mention:
            return words[i + len(mention)]
    return ""


RECIPROCAL = ("each other", "one another")


def reciprocal(event: Event) -> bool:
    """ "Two factions hurled bombs at each other": violence both sides did to one another."""
    text = event.evidence.text.lower()
    return any(words in text for words in RECIPROCAL)
