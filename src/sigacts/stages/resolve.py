"""Resolve stage: every actor mention on an event becomes an Actor from the knowledge base.

Names and aliases go through the actor base (lifecycle-aware: the name in force at publication);
countries and demonyms become that state's forces or government, or the people the next word names
("Bangladeshi farmers", "four Iraqis" are civilians, "a Pakistani militant" an armed group); generic nouns ("rebels",
"protesters", "soldiers") become the generic actor of the event's country, read with the word before
them ("security forces", "unidentified gunmen") and the country's own readings ("security forces" are the
military in Pakistan, "insurgents" the southern separatists in Thailand); unknown named groups are kept
as new actors with a guessed type, never dropped. A definite description ("the jihadists", "the militants")
is the armed group the article named last before it; bare "militants" are the group their sentence names, or
the only one the article names. Aircraft ("jet fighters", "helicopter gunships") are the country's military.
A doer of violence the text leaves unnamed ("20 militants were killed") is read from the article: the group
blamed or that claimed the attack, the state when armed men fell, the armed group named when state forces
fell. Gunmen and assailants the text describes but does not name are the group the article holds
responsible ("Police believe insurgents were responsible", "by suspected Baloch separatists", "Al-Shabaab
suspected"), a party's militia when a party is blamed ("BNP men were behind the blast"), or the one armed group
another clause of the article makes the doer ("suspected separatists opened fire on them"). With no country at all, a generic actor is its kind's ACLED name ("Unidentified Armed Group",
"Civilians"). A name never means an organisation founded after the article. A named person acts for the
organisation the people table gives for the article's date (`resources/people.py`: "Bashir" is the government of Sudan until April
2019), or that the text gives around the name ("X, an IS commander", "Taliban commander X", "the group's
leader X"), or the government (or army) behind a title ("Kenyan Foreign Minister X", "the army chief X").
Country and force word in forms the aliases lack ("Pak Army", "US Drone") are that state's forces, and so is
an unknown unit whose head word is "Police" ("Khulna Metropolitan Police"). A group named by the words before a
generic noun ("a Baloch separatist militant") is that group. In a fight "between" two sides, the other camp named
beside the doer is the other side (not in "a joint attack by troops and militants"). Parties stay parties (typed Protesters, unarmed): whether
a fight makes them "Rioters" with the party associated or the party's political militia
(`ActorBase.militia_of`) is the ACLED rules' choice, made with the event type in hand.

The event's country is, in order: the event's place, the countries of the named actors on the event, the
article's focus countries, then the countries of the named actors anywhere in the article. A place whose
country the article's home groups (parties, unions, local militias of one country) contradict, or that the
article's focus leaves out, comes after them: the gazetteer's reading of an unknown town ("Gulshan" in Iran for a Dhaka report on the BNP) is the
usual cause of generic actors of the wrong country. The chosen countries are published per frame as
`event_countries`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any, ClassVar

from sigacts.pipeline.base import Document
from sigacts.records import Actor, Mention, Sentence
from sigacts.resources.actors import STATE_FORCE_KINDS, ActorBase, ActorEntry
from sigacts.resources.generic_actors import GENERIC_ACTOR_KINDS, KIND_NAMES, KIND_TYPES
from sigacts.resources.people import PeopleTable, default_people_table
from sigacts.stages.events import EventFrame
from sigacts.stages.mentions import DEFINED, INITIALS

REBEL_WORDS = frozenset({"rebels", "rebel"})
# Coercion that armed groups commit and are blamed for like attacks: abductions and arson.
ARMED_COERCION_MODES = frozenset({"abduct", "destroy"})
# Countries whose army split between rival governments, each holding a region: the state's military named by
# the words alone is, between two dates, the east's army east of a meridian and the west's west of it
# (editor knowledge: Libya's second civil war, the House of Representatives' army in Cyrenaica, the Tripoli
# government's forces in Tripolitania and Sirte).
DIVIDED_ARMIES: dict[str, tuple[date, date, float, str, str]] = {
    "military_forces_ly": (date(2015, 12, 17), date(2020, 10, 23), 19.0, "libyan_national_army",
                           "government_of_national_accord"),
}  # fmt: skip
# Armies that served in Somalia as contingents of the African Union's mission, from the date each joined it
# (editor knowledge: Uganda 2007, Burundi 2007, Djibouti 2011, Kenya 2012, Sierra Leone 2013, Ethiopia 2014):
# their troops fighting in Somalia then are the mission's, as reports and ACLED name them.
AU_MISSION_CONTINGENTS: dict[str, date] = {
    "military_forces_ug": date(2007, 3, 6), "military_forces_bi": date(2007, 12, 23),
    "military_forces_dj": date(2011, 12, 20), "military_forces_ke": date(2012, 2, 22),
    "military_forces_sl": date(2013, 4, 1), "military_forces_et": date(2014, 1, 22),
}  # fmt: skip
# Regions where one armed group wages the insurgency, so that unidentified militants there are that group when the
# article names the region (editor knowledge: the Islamic State's Sinai Province in North Sinai).
REGIONAL_INSURGENTS: tuple[tuple[str, re.Pattern[str], str], ...] = (
    ("EG", re.compile(r"\b(?:North(?:ern)?\s+)?Sinai\b"), "islamic_state_sinai"),
)
# Regions where the state's forces fought one armed group above all, between two dates, so that unnamed militants
# the state's forces attack there are that group (editor knowledge: the army's operations in Pakistan's tribal
# agencies, Zarb-e-Azb and Khyber I-III, against the Pakistani Taliban until the agencies joined Khyber
# Pakhtunkhwa; the Libyan National Army's Benghazi campaign against the Benghazi Revolutionaries' Shura Council;
# the Myanmar army's war for the Kokang region; the Lake Chad states' war on Boko Haram).
# Militants who attack the state there are left unnamed: other groups strike there too.
_LAKE_CHAD = re.compile(r"\b(?:Borno|Yobe|Sambisa|Maiduguri|Gwoza|Bama|Damboa|Konduga|Dikwa|Monguno|Diffa|Bosso"
                        r"|Far\s+North\s+Region|Extr[eê]me[\s-]Nord|Lake\s+Chad)\b")
STATE_CAMPAIGNS: tuple[tuple[str, re.Pattern[str], str, date, date], ...] = (
    ("PK", re.compile(r"\b(?:(?:North|South)\s+Waziristan|Khyber\s+(?:Agency|tribal)|Tirah|Bajaur|Mohmand\s+Agency"
                      r"|Orakzai|Kurram|FATA|Federally\s+Administered\s+Tribal|Zarb-e-Azb)\b"),
     "ttp", date(2007, 12, 1), date(2018, 5, 31)),
    ("LY", re.compile(r"\bBenghazi\b"), "brsc", date(2014, 6, 1), date(2017, 12, 31)),
    # the Kokang conflict: the army against the MNDAA, the Kokang people's own army, for the Kokang region
    ("MM", re.compile(r"\b(?:Kokang|Laukkai|Laukkaing)\b"), "mndaa", date(2015, 2, 1), date(2017, 12, 31)),
    # the Lake Chad insurgency, from Boko Haram's 2009 uprising to its split in August 2016 (after which the
    # Islamic State's West Africa Province fought there too): the army's foe in Nigeria's north-east and
    # across the borders of Cameroon, Niger and Chad
    *((code, _LAKE_CHAD, "boko_haram", date(2009, 7, 26), date(2016, 8, 2)) for code in ("NG", "CM", "NE", "TD")),
)  # fmt: skip
# "unknown militant factions", "does not say which group": the text keeps the group unnamed on purpose.
_GROUP_UNKNOWN = re.compile(
    r"\b(?:unknown|unidentified)\s+(?:militant\s+)?(?:factions?|groups?|outfits?)\b|\bwhich\s+(?:militant\s+)?group"
    r"|\bgroups?\s+(?:is|was|are|were|remains?)\s+(?:still\s+)?(?:unknown|unclear|not\s+known)",
    re.IGNORECASE,
)
# "government and rebel troops": a force noun two coordinated qualifiers share
_SHARED_HEAD = re.compile(r"\s+and\s+(?:the\s+)?[a-z-]+\s+(troops|forces|soldiers|fighters)\b")
# Words that make a fight the clans' ("clan fighting", "inter-clan clashes").
CLAN_WORDS = frozenset({"clan", "clans", "inter-clan", "intra-clan", "interclan", "sub-clan", "sub-clans"})
# Lines that part two states' troops, across which they fire on each other (editor knowledge: the Line of
# Control and the Working Boundary between India and Pakistan).
CEASEFIRE_LINES: tuple[tuple[re.Pattern[str], tuple[str, str]], ...] = (
    (re.compile(r"\b(?:(?:cross-)?LoC|Line\s+of\s+Control|Working\s+Boundary)\b"), ("IN", "PK")),
)
# Event types where a country acts through its armed forces rather than its government.
FORCE_TYPES = frozenset({"ASSAULT", "MOBILIZE", "COERCE", "RETREAT"})
# Words before a generic noun that change whose actor it is: "security forces", "unidentified gunmen".
GENERIC_QUALIFIERS = frozenset(
    {"security", "unidentified", "unknown", "armed", "suspected", "riot", "border", "paramilitary", "government",
     "state", "law", "intelligence", "separatist", "local", "masked", "army", "police", "regime", "federal",
     # the other camp's fighters named by the state's force nouns: "ethnic soldiers", "insurgent troops"
     "ethnic", "insurgent", "opposition", "rebel"}
)  # fmt: skip
GROUP_TYPE_CUES: tuple[tuple[str, str], ...] = (
    (r"\b(army|police|ministry|government|guard|forces of)\b", "State forces"),
    (r"\b(brigade|battalion|front|movement|army|jaish|jabhat|liwa|faylaq|harakat|ahrar|rebels?|liberation)\b",
     "Rebel group"),
    (r"\b(militia|committees?|hashd|mobili[sz]ation)\b", "Political militia"),
    (r"\b(tribe|tribal|clan|ethnic|communal)\b", "Identity militia"),
    # parties and unions are unarmed: their fighting is rioting (see resources/data/actors.yaml)
    (r"\b(party|league|congress|union|association|federation|sangh|sangha|forum|samiti)\b", "Protesters"),
)  # fmt: skip
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[\s-]+$")
_TWO_WORDS_BEFORE = re.compile(r"(?:[A-Z][\w'-]*\s+)?[A-Za-z][\w'-]*\s+$")
COUNTING_WORDS = frozenset(
    {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen", "dozens", "hundreds",
     "several", "many", "some", "few", "more", "other", "fellow"}
)  # fmt: skip
# Words that follow a noun phrase rather than continue it ("three Sudanese in Bentiu", "... Sudanese were").
WORDS_AFTER_A_NOUN = frozenset(
    {"in", "on", "at", "near", "and", "or", "were", "was", "who", "from", "of", "by", "to", "had", "have", "are",
     "after", "during", "inside", "across", "along", "into", "as", "with"}
)  # fmt: skip
# Force words after a country's name or short form ("Pak Army", "US Drone"), and the state actor kind.
STATE_FORCE_WORDS = {"army": "military", "airforce": "military", "navy": "military", "drone": "military",
                     "jet": "military", "warplane": "military", "troop": "military", "military": "military",
                     "police": "police", "gendarmerie": "police"}  # fmt: skip
# Words before a force noun that make its men civilians: they serve no more ("a retired soldier", "ex-servicemen").
FORMER_WORDS = frozenset({"retired", "former", "ex"})
# People nouns that, after a force word ("army men", "police personnel", "military officials"), are its members.
FORCE_MEMBER_NOUNS = frozenset({"men", "man", "personnel", "officials", "official", "officers", "officer", "jawans",
                                "jawan", "persons", "person", "staff", "members", "member"})  # fmt: skip
# "Ethiopia's Liyu police", "Kenya's army": a force word within three words after a country's possessive.
_POSSESSED_FORCE = re.compile(
    r"['’]s\s+(?:[\w-]+\s+){0,2}?(police|army|military|navy|gendarmerie)\b", re.IGNORECASE
)
# Words of a weapon's name that a tagger may take for an organisation ("Improvised Explosive Device", "RPG").
WEAPON_NAME_WORDS = frozenset(
    {"improvised", "explosive", "explosives", "device", "devices", "ied", "ieds", "rpg", "rpgs", "vbied", "bomb",
     "bombs", "grenade", "grenades", "mortar", "mortars", "rocket", "rockets", "landmine", "landmines"}
)  # fmt: skip
# Short forms of country names in South Asian and wire copy ("Pak troops"); editor knowledge.
COUNTRY_SHORT_FORMS = {"pak": "PK", "u.s.": "US", "us": "US", "uk": "GB", "u.k.": "GB", "b'desh": "BD"}
_WORD_AFTER = re.compile(r"[\s-]+([A-Za-z]+)")
# Actors that act in their own country: parties, unions, students' wings, local militias (HOME), unlike
# state forces abroad and insurgents that cross borders.
HOME_GROUP_TYPES = frozenset({"Protesters", "Rioters", "Political militia", "Identity militia"})
# Non-state armed organisations, which descriptions ("the jihadists") and roles ("an IS leader") refer to.
ARMED_GROUP_TYPES = frozenset({"Rebel group", "Political militia", "Identity militia"})
# Generic nouns that, made definite ("the militants"), describe a group the article has named.
DESCRIPTION_WORDS = frozenset(
    {"jihadists", "jihadist", "militants", "extremists", "insurgents", "terrorists", "fighters", "rebels",
     "militiamen", "guerrillas", "guerillas", "islamists",
     # one of them: "a militant was killed ... The militant was affiliated with the LeT"
     "militant", "extremist", "insurgent", "terrorist", "rebel", "militiaman", "guerrilla", "islamist"}
)  # fmt: skip
# Words for a kind of armed group used before a noun ("a Baloch separatist gunman"): the group the kind names.
KIND_ADJECTIVES = frozenset({"separatist", "insurgent", "militant", "rebel", "jihadist", "islamist", "maoist"})
# How far (characters) from "militants" the group it belongs to may be named in the same sentence.
GROUP_OF_DESCRIPTION_SPAN = 60
# Words before "militants" that say the text does not know whose they are.
UNNAMED_QUALIFIERS = frozenset({"unidentified", "unknown", "armed", "masked", "rival"})
# Aircraft that strike: only states fly them (drones are left out: in Pakistan they were the United States').
AIRCRAFT_WORDS = frozenset(
    {"jet", "jets", "fighter-jet", "fighter-jets", "warplane", "warplanes", "plane", "planes", "aircraft", "gunship",
     "gunships", "helicopter", "helicopters", "airstrike", "airstrikes", "air-strike", "air-strikes", "aerial",
     "airforce", "bombers"}
)  # fmt: skip
# "fighters belonging to separatist outfits", "of banned separatist organisations": the kind of group after them
_AFFILIATION = re.compile(
    r",?\s+(?:(?:(?:suspected|believed|said|thought|reported)\s+to\s+)?belong(?:ing|s)?\s+to|affiliated\s+(?:to|with)|linked\s+(?:to|with)|associated\s+with|of|from|with\s+ties\s+to)"
    r"\s+(?:the\s+|a\s+|an\s+)?(?:(?:banned|outlawed|proscribed|various|local|armed)\s+)*"
    r"(?P<kind>[a-z]+)\s+(?:groups?|organi[sz]ations?|outfits?|movements?)\b",
    re.IGNORECASE,
)
# "militants of banned outfits with separatist ties": the kind of group the ties after them name
_AFFILIATION_TIES = re.compile(
    r",?\s+(?:of|from)\s+(?:the\s+)?(?:(?:banned|outlawed|proscribed|various|local|armed)\s+)*"
    r"(?:groups?|organi[sz]ations?|outfits?)\s+(?:with|having)\s+(?P<kind>[a-z]+)\s+(?:ties|links|leanings)\b",
    re.IGNORECASE,
)
# "separatist groups", "separatist militants", "secessionist outfits": a kind of armed group named in a text
_KIND_OF_GROUP = re.compile(
    r"\b(?P<kind>separatist|secessionist)\s+(?:groups?|organi[sz]ations?|outfits?|movements?|militants?|insurgents?"
    r"|fighters?|elements)\b",
    re.IGNORECASE,
)
# "cadres of the NSCN", "a youth from Hizb-ul-Mujahideen", "militants belonging to the banned LeT": the words
# between people and the armed group they belong to.
_MEMBER_LINK = re.compile(
    r"\s*,?\s+(?:of|from|belonging\s+to|affiliated\s+(?:to|with)|linked\s+(?:to|with)|associated\s+with)\s+"
    r"(?:the\s+)?(?:(?:banned|outlawed|proscribed|militant|rebel|insurgent|underground|[A-Z][\w-]*-based)\s+)*",
)
MEMBER_LINK_SPAN = 50
# Nouns for the members of an organisation, which a group's name right before makes its own ("NSCN cadres").
MEMBER_WORDS = frozenset({"cadres", "cadre", "members", "member", "militants", "militant", "fighters", "gunmen",
                          "youth", "youths", "activists", "activist"})
# Organisations that fight (not communities, whose members are people of a faith or caste).
ORGANISED_ARMED_TYPES = frozenset({"Rebel group", "Political militia"})
# What may stand between a group's name and such a noun: its name spelt out in brackets ("NSCN (K) [National ...]").
_GLOSS = re.compile(r"\s*(?:[\[(][^\])]{0,60}[\])]\s*)?")
# "Three were killed and six others hurt": the second count shares the first one's passive ("were"), so
# the people before the elided verb suffered it; the parse reads them as its subject.
_ELIDED_PASSIVE = re.compile(
    r"\b(?:was|were|been)\s+(?:[\w-]+\s+){0,3}?(?:killed|injured|wounded|hurt|dead|down)\s*,?\s+and\s+"
    r"(?:(?:at\s+least|about|around|nearly|some|over|another)\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# "2 jawans killed, 4 hurt in an IED blast", "Seven soldiers killed in an ambush": a count of people opening
# a headline-style sentence with a bare harm participle and no object after it tells what befell them.
_COUNT_OPENING = re.compile(
    r"^\W*(?:at\s+least\s+|about\s+|nearly\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|dozens?|scores?|several)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_BARE_HARM = re.compile(
    r"\s+(?:killed|injured|wounded|hurt|martyred)(?=\s*(?:$|[,.;:]|and\b|in\b|as\b|when\b|after\b|while\b|during\b"
    r"|near\b|at\b|on\b|\d+\s+(?:others?\s+)?(?:injured|wounded|hurt)\b))",
    re.IGNORECASE,
)
_HARM_PARTICIPLES = frozenset({"injured", "wounded", "hurt", "killed", "maimed"})
# Sentences that name who did it: "The TTP claimed responsibility", "Police blamed the separatists",
# "an explosion attributed to the BRN", "the murder was committed by ...", "Al Shabaab suspected", "police suspect
# a Maoist role", "suspicion falls on ..."
_BLAME = re.compile(
    r"\b(?:claim\w*\s+(?:\w+\s+){0,3}responsibility|responsibility\s+(?:\w+\s+){0,3}claim|blam\w*|attribut\w*\s+to"
    r"|(?:police|officials|authorities|sources?|investigators|locals|residents)\s+(?:\w+\s+)?suspects?\b"
    r"|(?:is|are|was|were|being)\s+suspected\b|suspected\s*(?:[.;]|$)|suspected\s+(?:as|of|that|to)"
    r"|suspicion\s+(?:falls?|fell)\s+on|believed\s+to\s+(?:be|have)|thought\s+to\s+(?:be|have)|committed\s+by"
    r"|carried\s+out\s+by|(?:was|were|is|are|be)\s+behind|(?:was|were|is|are|be|held)\s+respons[ai]ble"
    r"|(?:be|is|was)\s+(?:assumed|presumed)\s+that|presumed\s+to\s+(?:be|have)"
    r"|conducted\s+by|perpetrated\s+by|associated\s+with|by\s+suspected|(?:the\s+)?(?:handi)?work\s+of"
    # "Officials believe the assailants were separatists", "the attackers were activists of X", "Suspected
    # separatists planted the bomb", "the group has links to X"
    r"|believes?\s+(?:that\s+)?(?:the\s+)?(?:attackers|assailants|gunmen|killers|culprits|perpetrators|attack|killing"
    r"|murder|blast|bombing)\s+(?:was|were)\b"
    r"|\bthe\s+(?:attackers|assailants|gunmen|killers|culprits|perpetrators|miscreants)\s+(?:were|was|are)\s+(?!\w+ed\b)"
    r"|^\W*suspected\s|affiliated\s+(?:to|with)|allegedly\s+(?:\w+\s+)?by\b|identified\s+with|identifying\s+themselves\s+as|(?:has|have|had|with)\s+(?:close\s+)?links?\s+(?:to|with))",
    re.IGNORECASE,
)
# "No group has claimed responsibility", "not yet claimed": a claim denied names no one.
_NO_CLAIM = re.compile(
    r"\b(?:(?:no\s+(?:one|group|organi[sz]ation)|nobody|none)\s+(?:\w+\s+){0,3}claim\w*"
    r"|not\s+(?:yet\s+)?(?:been\s+)?claim\w*|yet\s+to\s+(?:be\s+)?claim\w*)(?:\s+(?:\w+\s+){0,3}responsibility)?"
    # "police are unsure whether separatists did it": a doubt names no one
    r"|\b(?:unclear|not\s+clear|uncertain|unknown)\s+(?:whether|if)\b[^.;]*",
    re.IGNORECASE,
)
# "killed by his rival group", "attacked by a rival faction", "chopped to death by party rivals"
_RIVALS = re.compile(r"\bby\s+(?:his|their|her|a|the)\s+rival\s+(?:group|faction)s?\b|\bby\s+(?:his\s+)?party\s+rivals\b",
                     re.IGNORECASE)
# Kinds of armed group a blaming sentence may name without a generic actor noun ("were separatists"), which a
# country's own reading may make one named group (the Baloch separatists in Pakistan).
BLAMED_KIND_WORDS = frozenset({"separatists", "separatist", "secessionists", "secessionist"})
# Words after a name that make it the accuser ("BNP leaders blamed ...", "the party alleged", "PTI claims ...").
_ACCUSER = re.compile(
    r"\W*(?:[\w'’]+\s+){0,2}(?:blam|accus|alleg|claims?\b(?!\s+(?:\w+\s+){0,2}responsibility))", re.IGNORECASE
)
# How far (in characters) from the words that lay the blame a party's name may stand to be the one blamed.
_BLAME_REACH = 40
# A sentence that denies a deed ("the Taliban denied involvement") names no doer.
_DENIAL = re.compile(r"\b(?:den(?:y|ies|ied)|rejected\s+(?:any\s+)?involvement)\b", re.IGNORECASE)
# Fights that have two sides by definition.
FIGHT_NOUNS = frozenset(
    {"clash", "clashes", "clashed", "gunbattle", "gunbattles", "gunfight", "gunfights", "encounter", "firefight",
     "fire-fight", "shootout", "shoot-out", "skirmish", "skirmishes", "fighting", "battle", "battles", "exchange"}
)  # fmt: skip
# More words for fights both sides wage ("killed in crossfire", "a gun-battle").
MUTUAL_FIGHT_WORDS = frozenset({"crossfire", "cross-fire", "gun-battle", "fight", "fights", "fought", "clashing", "brawl",
                                "scuffle", "confrontation", "feud", "infighting"})  # fmt: skip
# Words after an actor's name that make it the teller of an event rather than a side in it.
SOURCE_WORDS = frozenset(
    {"sources", "source", "said", "say", "says", "told", "spokesman", "spokesperson", "statement", "officials"}
)
# "troops and the Civilian JTF", "troops of the 3rd Brigade and the CJTF", "soldiers, backed by the militia": the
# words that join an ally to a side
_ALLY_LINK = re.compile(r"(?:\s+of\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,2})?\s*,?\s*(?:and|along\s+with|together\s+with|alongside|backed\s+by|supported\s+by)\s+(?:the\s+)?")
# "..., police and witnesses said": the words after a mention that make it one of two who told of the event
_JOINT_SOURCE = re.compile(r"\s+and\s+(?:\w+\s+){1,2}?(?:said|say|says|told|claimed)\b")
_ROLES = r"(?:leader|commander|chief|spokesman|spokesperson|emir|official|founder|head|ideologue|militant|member)s?"
# "Abu X, an IS leader", "X, a senior Taliban commander", "X, the group's spokesman"
_APPOSITION = re.compile(
    r",\s+(?:an?|the)\s+(?:(?:senior|top|local|former|prominent|key|regional|military|field)\s+)*"
    rf"(?P<org>[^,.;]{{1,60}}?)\s+{_ROLES}\b"
)
# "Abu X, one of the BLA's leaders", "X, the chief of the NSCN"
_APPOSITION_OF = re.compile(
    r",\s+(?:an?|the)\s+(?:(?:senior|top|local|former|prominent|key|regional|military|field|central|self-styled)\s+)*"
    rf"{_ROLES}\s+of\s+(?:the\s+)?(?P<org>[^,.;()]{{1,60}}?)\s*(?=[,.;(]|$)"
)
# "IS leader Abu X", "Taliban commander Mullah X", "the group's commander X"
_ROLE_BEFORE = re.compile(
    r"(?P<org>(?:(?:the|its|their)\s+(?:group|movement|militia|organi[sz]ation|faction)['’]s)"
    r"|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4})"
    rf"\s+(?:(?:senior|top|local|military|field)\s+)?{_ROLES}\s+(?:(?:Sheikh|Mullah|Maulana|Abu|Gen\.?)\s+)?$"
)
MILITARY_TITLES = frozenset(
    {"army chief", "chief of staff", "chief of army staff", "defence chief", "defense chief"}
)
# "Foreign Minister X", "Gambian President X", "the President of Kenya, X"
_TITLE_BEFORE = re.compile(
    r"(?:(?P<nation>[A-Z][a-z]+(?:\s[A-Z][a-z]+)??)(?:['’]s)?\s+)?"
    r"(?P<title>(?:Deputy\s+|Vice[\s-])?(?:President|Prime\s+Minister|Premier|Chancellor|King|"
    r"(?:Foreign|Defen[cs]e|Interior|Home|Finance|Information|Justice|Petroleum|Oil|Health|Education)\s+Minister|"
    r"Minister(?:\s+of\s+[A-Z][a-z]+)?|[Aa]rmy\s+[Cc]hief|Chief\s+of\s+(?:Army\s+)?Staff|Defen[cs]e\s+[Cc]hief))"
    r",?\s+$"
)


class ResolveActors:
    """Turn the mentions on every frame into Actor records."""

    name: ClassVar[str] = "resolve"
    version: ClassVar[str] = "4"
    requires: ClassVar[tuple[str, ...]] = (
        "event_frames",
        "focus_countries",
        "event_places",
        "actor_mentions",
        "sentences",
    )
    provides: ClassVar[tuple[str, ...]] = ("event_actors", "event_countries")

    def __init__(self, actors: ActorBase, people: PeopleTable | None = None) -> None:
        self.actors = actors
        self.people = people if people is not None else default_people_table()

    def __call__(self, doc: Document) -> Mapping[str, Any]:
        frames: list[EventFrame] = doc["event_frames"]
        when = doc.article.published
        text = doc.text
        mentions = [m for f in frames for m in (*f.actor1, *f.actor2, *f.assoc)]
        named = self._named_countries(mentions)
        local = self._named_countries(mentions, groups_only=True)
        # the last resort for an event with no place and no country on its actors: the countries of the
        # knowledge-base actors named anywhere in the article, by the matcher or by spaCy ("Jubo-League")
        named += [c for c in self._named_countries(doc["actor_mentions"]) if c not in named]
        groups = [m for m in doc["actor_mentions"] if m.rule == "actor-kb" and self._is_armed_group(m.label)]
        # the groups the article makes doers of its events: "the rebels" after a sentence names two groups
        # is the one that acted in it, as a reader takes a sentence's subject up in the next one
        doers = frozenset((m.start, m.end) for f in frames for m in f.actor1[:1])
        resolved: dict[int, tuple[list[Actor], list[Actor], list[Actor]]] = {}
        countries_of: dict[int, list[str]] = {}
        for frame in frames:
            countries = countries_of[frame.index] = self.event_countries(doc, frame, named, local)

            def one(
                m: Mention, assoc: bool = False, f: EventFrame = frame, c: list[str] = countries
            ) -> Actor:
                kind = "ASSOC" if assoc else f.plover_type
                # a description never names the group on the other side of its own event: the rebels who
                # "captured seven IS fighters" are not IS
                other = f.actor2 if m in f.actor1 else f.actor1 if m in f.actor2 else ()
                # nor a group fighting beside the other side: "troops and the CJTF killed six militants"
                other_side = 2 if m in f.actor1 else 1 if m in f.actor2 else None
                other = (*other, *(a for a, side in f.sided_assoc() if side is not None and side == other_side))
                foes = {o.label for o in other if o.rule == "actor-kb"}
                foes |= {g.label for g in groups if any(_joined_to(o, g, text) for o in other)}
                known = [g for g in groups if g.label not in foes]
                context = MentionContext(text, [g for g in known if g.end <= m.start], known, doers)
                return self.resolve_mention(m, kind, c, when, _word_before(text, m), context)

            actor1, actor2 = [one(m) for m in frame.actor1], [one(m) for m in frame.actor2]
            if (frame.plover_type == "ASSAULT" or frame.mode == "seize") and actor1 and not actor2:
                actor2 = [a for a in [self._other_side(frame, actor1[0], doc, one)] if a is not None]
            if frame.plover_type == "ASSAULT" and actor1 and _counted_victims(frame, doc["sentences"], text):
                # "7 soldiers killed in an attack": the soldiers suffered it; who did it goes unsaid here
                doer = self._unseen_doer(frame, actor1[0], countries, groups, doc)
                if doer is None and countries:
                    doer = self.actors.state_forces(countries[0], "unidentified")
                if doer is not None and (not actor2 or actor2[0].actor_id == actor1[0].actor_id):
                    actor2 = [actor1[0]]
                    actor1[0] = self.actors.in_force(doer, when).to_actor(None)
            elif frame.plover_type == "ASSAULT" and actor1 and (
                frame.rule == "unseen-agent" or _elided_passive_subject(frame, text)
            ):
                # no doer named, or "...were killed and five others injured": the others were hurt, and who did
                # it goes unsaid here
                doer = self._unseen_doer(frame, actor2[0] if actor2 else None, countries, groups, doc)
                if doer is not None:
                    actor1[0] = self.actors.in_force(doer, when).to_actor(actor1[0].mention)
            elif frame.plover_type == "ASSAULT" and actor1 and actor2 and _one_mention_both_sides(frame):
                # "unknown gunmen opened fire and two engineers were hurt": the parse made the engineers both
                # sides; they suffered it, and who did it goes unsaid
                doer = self._unseen_doer(frame, actor2[0], countries, groups, doc)
                if doer is None and countries:
                    doer = self.actors.state_forces(countries[0], "unidentified")
                if doer is not None:
                    actor1[0] = self.actors.in_force(doer, when).to_actor(None)
            elif frame.plover_type == "ASSAULT" and countries and _one_group_both_sides(frame, actor1, actor2, text):
                # "a LeT militant was killed in a gun battle": the group fought someone the clause leaves
                # unnamed, the state's forces the article names, else its army
                foe = self._named_state_forces(doc, frame, countries[0]) or self.actors.state_forces(countries[0], "military")
                if foe is not None:
                    actor2[0] = self.actors.in_force(foe, when).to_actor(None)
            elif frame.plover_type == "ASSAULT" and actor1 and actor2 and _hit_in_the_fire(frame, actor1[0], actor2[0], text):
                # "a soldier hurt by fire from across the border": the trooper suffered the firing
                doer = self._unseen_doer(frame, actor2[0], countries, groups, doc)
                if doer is not None and doer.actor_id != actor2[0].actor_id:
                    actor1[0] = self.actors.in_force(doer, when).to_actor(None)
            elif frame.plover_type == "ASSAULT" and actor1 and (_is_unidentified(actor1[0]) or _plain_people(actor1[0])):
                # "gunmen opened fire ... Police believe insurgents were responsible": the group blamed
                doer = self._claimant(doc, groups, countries[0] if countries else None)
                if doer is not None:
                    actor1[0] = self.actors.in_force(doer, when).to_actor(actor1[0].mention)
            elif frame.plover_type == "COERCE" and frame.mode in ARMED_COERCION_MODES and actor1 and (
                frame.rule == "unseen-agent" or _is_unidentified(actor1[0])
            ):
                # "armed men set fire to a truck ... the BNP militia was responsible", "labourers were kidnapped ...
                # by suspected separatists": the group blamed for an abduction or arson
                doer = self._claimant(doc, groups, countries[0] if countries else None)
                if doer is not None:
                    actor1[0] = self.actors.in_force(doer, when).to_actor(actor1[0].mention)
            assoc = [one(m, True).on_side(side) for m, side in frame.sided_assoc()]
            _other_side_from_assoc(actor1, actor2, assoc, text)
            if actor2 and actor2[0].actor_id:
                assoc = [a for a in assoc if a.actor_id != actor2[0].actor_id]  # the other side is no associate
            placed = doc["event_places"][frame.index]
            place = placed.place
            self._army_of_the_region(actor1, actor2, place, when)
            if place is not None and place.country_code == "SO" and placed.how != "focus":
                # a place in Somalia the text names, not the country of al-Shabaab, who may strike in Kenya
                self._au_contingents(actor1, actor2, when)
            if countries:
                self._insurgents_of_the_region(actor1, actor2, countries[0], text, when)
                self._foe_of_the_campaign(actor1, actor2, countries[0], text, when)
            resolved[frame.index] = (actor1, actor2, assoc)
        self._doer_named_elsewhere(frames, resolved, doc["sentences"])
        return {"event_actors": resolved, "event_countries": countries_of}

    def _army_of_the_region(
        self, actor1: list[Actor], actor2: list[Actor], place: Any, when: date | None
    ) -> None:
        """A country's army named by the words alone ("the army", "troops", "the Libyan air force") where rival
        governments each had one is the army that held the event's region then (`DIVIDED_ARMIES`)."""
        if place is None or place.longitude is None or when is None:
            return
        for sides in (actor1, actor2):
            for i, actor in enumerate(sides):
                divided = DIVIDED_ARMIES.get(actor.actor_id or "")
                if divided is None:
                    continue
                start, end, meridian, east, west = divided
                entry = self.actors.get(east if place.longitude >= meridian else west)
                if start <= when < end and entry is not None and self.actors.existed(entry, when):
                    sides[i] = entry.to_actor(actor.mention)

    def _au_contingents(self, actor1: list[Actor], actor2: list[Actor], when: date | None) -> None:
        """Kenyan, Ethiopian, Ugandan... troops fighting in Somalia while their country served in the African
        Union's mission there are its contingent (`AU_MISSION_CONTINGENTS`): "al-Shabaab shelled a base of
        Ethiopian troops in Bay" is an attack on the mission."""
        mission = self.actors.get("amisom")
        if when is None or mission is None:
            return
        for sides in (actor1, actor2):
            for i, actor in enumerate(sides):
                joined = AU_MISSION_CONTINGENTS.get(actor.actor_id or "")
                if joined is not None and joined <= when and self.actors.existed(mission, when):
                    sides[i] = self.actors.in_force(mission, when).to_actor(actor.mention)

    def _insurgents_of_the_region(
        self, actor1: list[Actor], actor2: list[Actor], country: str, text: str, when: date | None
    ) -> None:
        """Unidentified militants in a region the article names where one armed group wages the insurgency
        (`REGIONAL_INSURGENTS`: "Islamist militants gunned down a priest in North Sinai") are that group.
        Gunmen who attack the state's forces there are left unnamed ("gunmen shot a police sergeant in Arish"):
        other groups strike at the forces too, and ACLED names the attacker only when it is claimed or named."""
        if any(actor.type == "State forces" for actor in actor2):
            return
        for code, region, actor_id in REGIONAL_INSURGENTS:
            entry = self.actors.get(actor_id)
            if code != country or entry is None or not self.actors.existed(entry, when) or not region.search(text):
                continue
            for sides in (actor1, actor2):
                for i, actor in enumerate(sides):
                    if _is_unidentified(actor) and actor.country_code == country:
                        sides[i] = self.actors.in_force(entry, when).to_actor(actor.mention)

    def _foe_of_the_campaign(
        self, actor1: list[Actor], actor2: list[Actor], country: str, text: str, when: date | None
    ) -> None:
        """Unnamed militants whom the state's forces attack in a region where they fought one armed group above
        all (`STATE_CAMPAIGNS`: "jets pounded militant hideouts in North Waziristan") are that group, unless the
        text says their group is unknown."""
        if not actor1 or not actor2 or when is None:
            return
        doer, target = actor1[0], actor2[0]
        if doer.type != "State forces" or doer.country_code != country:
            return
        if not (_is_unidentified(target) or (target.actor_id or "").startswith("rebels_")) or target.country_code != country:
            return  # only the words "militants", "gunmen", "rebels" stand for a group the text leaves unnamed
        for code, region, actor_id, start, end in STATE_CAMPAIGNS:
            entry = self.actors.get(actor_id)
            if code != country or entry is None or not start <= when <= end or not self.actors.existed(entry, when):
                continue
            if region.search(text) and not _GROUP_UNKNOWN.search(text):
                actor2[0] = self.actors.in_force(entry, when).to_actor(target.mention)
                return

    @staticmethod
    def _doer_named_elsewhere(
        frames: Sequence[EventFrame],
        resolved: dict[int, tuple[list[Actor], list[Actor], list[Actor]]],
        sentences: Sequence[Sentence],
    ) -> None:
        """An attack whose doer the clause leaves unnamed ("two officers were gunned down") is the work of the
        named armed group another clause of the article makes the doer ("suspected separatists opened fire on
        them"), when the article makes one group (under any name) the doer of all it tells, and does not deny it
        ("the Taliban denied involvement")."""
        named = {
            a[0].actor_id: a[0]
            for f in frames
            for a in [resolved[f.index][0]]
            if a and a[0].actor_id and a[0].type in ARMED_GROUP_TYPES and not _is_unidentified(a[0])
            and not (0 <= f.sentence < len(sentences) and _DENIAL.search(sentences[f.sentence].text))
        }
        if len(named) != 1:
            return
        doer = next(iter(named.values()))
        for frame in frames:
            actor1, actor2, _ = resolved[frame.index]
            if frame.plover_type != "ASSAULT" or not actor1 or not _is_unidentified(actor1[0]):
                continue
            if actor2 and actor2[0].actor_id == doer.actor_id:
                continue  # the group is the victim here
            actor1[0] = Actor(doer.name, doer.actor_id, actor1[0].mention, doer.type, doer.country_code)

    def _is_armed_group(self, actor_id: str) -> bool:
        entry = self.actors.get(actor_id) if actor_id else None
        return entry is not None and entry.type in ARMED_GROUP_TYPES

    def event_countries(
        self, doc: Document, frame: EventFrame, named: Sequence[str], local: Sequence[str] = ()
    ) -> list[str]:
        """Countries to read the frame's generic actors in, most telling first, without repeats.

        `named` are the countries of the knowledge-base actors on the article's frames, `local` those of its
        parties, unions and militias, which act at home: only they may outvote the event's place.
        """
        place = doc["event_places"][frame.index].place
        mentions = (*frame.actor1, *frame.actor2, *frame.assoc)
        own = self._named_countries(mentions)
        focus: Sequence[str] = doc["focus_countries"]
        where = place.country_code if place is not None else None
        if where and (
            not _place_is_corroborated(where, self._named_countries(mentions, groups_only=True), local)
            or _place_is_stray(where, focus)
        ):
            # A town the gazetteer placed abroad ("Mirpur" in Pakistan for a Dhaka story) while the article's
            # evidence points elsewhere: the event's actors are read in the article's country.
            ordered = [*own, *focus, where, *named]
        else:
            ordered = [where, *own, *focus, *named]
        return list(dict.fromkeys(c for c in ordered if c))

    def _named_countries(self, mentions: Iterable[Mention], groups_only: bool = False) -> list[str]:
        """Countries of the knowledge-base actors the mentions name (state actors and groups alike), or only
        of the groups that act at home: a Bangladeshi party acts in Bangladesh, while "Kenyan forces" fight in
        Somalia and the LRA or Lashkar-e-Taiba across borders."""
        found: list[str] = []
        for mention in mentions:
            code = self._mention_country(mention, groups_only)
            if code and code not in found:
                found.append(code)
        return found

    def _mention_country(self, mention: Mention, groups_only: bool = False) -> str | None:
        if mention.label.startswith(("country:", "demonym:")):
            return None  # "Indian troops" in Pakistan say little about where the event is
        entry = self.actors.get(mention.label) if mention.label else None
        if entry is None and mention.rule == "spacy-ner":
            entry = self.actors.resolve(mention.text)  # a name the matcher missed ("Suspected NSCN (K")
        if (
            entry is None
            or entry.country_code is None
            or (groups_only and entry.type not in HOME_GROUP_TYPES)
        ):
            return None
        if len({e.country_code for e in self.actors.candidates(mention.text)}) > 1:
            return None  # "Jamaat-e-Islami" is a party in Bangladesh and in Pakistan: no vote either way
        return entry.country_code

    def resolve_mention(
        self,
        mention: Mention,
        plover_type: str,
        focus: Sequence[str],
        when: date | None,
        before: str = "",
        context: MentionContext | None = None,
    ) -> Actor:
        """One mention to one Actor (never None: unknown names are kept).

        `before` is the word just before the mention in the text ("security" of "security forces");
        `context` holds the article's text and the armed groups named before the mention, for descriptions
        ("the jihadists"), people ("X, an IS leader") and nationality adjectives ("Lebanese farmers").
        """
        context = context or MentionContext()
        country = focus[0] if focus else None
        if mention.label.startswith(("country:", "demonym:")):
            code = mention.label.split(":", 1)[1]
            entry = self._state_actor(mention, code, plover_type, context.text)
            if entry is not None:
                return entry.to_actor(mention.text)
        if mention.label.startswith("generic:"):
            word = mention.label.split(":", 1)[1]
            military = self.actors.state_forces(country, "military") if country is not None else None
            if military is not None and _names_aircraft(mention.text, before):
                return military.to_actor(mention.text)  # "jet fighters" are no group's fighters
            member = self._member_of_group(mention, word, context)
            if member is not None:
                return self.actors.in_force(member, when).to_actor(mention.text)
            described = self._described_group(mention, word, before, context)
            if described is not None:
                return self.actors.in_force(described, when).to_actor(mention.text)
            forces = self._forces_of_the_state(mention, word, country, context.text)
            if forces is not None:
                return forces.to_actor(mention.text)
            state = self._state_by_words(mention.text)  # "Pak Army" read as a generic "army"
            if state is not None:
                return state.to_actor(mention.text)
            named = self._named_by_words_before(mention, context.text, when, country)
            if named is not None:
                return named.to_actor(mention.text)
            affiliated = self._affiliation_after(mention, word, context.text, country)
            if affiliated is not None:
                return affiliated.to_actor(mention.text)
            kind = self._kind_the_article_names(mention, word, before, context, country)
            if kind is not None:
                return self.actors.in_force(kind, when).to_actor(mention.text)
            return self._generic(mention, word, country, before)
        if mention.label.startswith(INITIALS) and self.actors.resolve(mention.text, when=when) is None:
            # "the new rebel group IMLR": a group the base does not know, of the type its noun says
            return Actor(name=mention.text, mention=mention.text, type=mention.label.removeprefix(INITIALS))
        if mention.label.startswith(DEFINED):  # "the People's Party of Rampur (PPP)": not the base's PPP
            name = mention.label.removeprefix(DEFINED)
            return Actor(name=name, mention=mention.text, type=_guess_type(name))
        entry = self.actors.resolve(mention.text, when=when, context_country=self._country_of(mention, focus))
        if entry is None and mention.label:
            labelled = self.actors.get(mention.label)
            entry = labelled if labelled is not None and self.actors.existed(labelled, when) else None
        if entry is None and _clean_name(mention.text)[:1].isupper():  # "the Pak Army"
            entry = (
                self._state_by_words(mention.text)
                or self._national_unit(mention.text, when)  # "Indian Border Security Forces"
                or self._state_by_words(f"{mention.text} {_word_after(context.text, mention)}")  # "Pak| military jets"
                or self._person_organisation(mention, when, country, context)
            )
        if entry is None and country is not None and _names_a_police_unit(mention.text):
            entry = self.actors.state_forces(country, "police")  # "Khulna Metropolitan Police", "Counter Terrorism Police"
        if entry is not None:
            return entry.to_actor(mention.text)
        if _names_a_weapon(mention.text):
            # "an Improvised Explosive Device killed ...": the weapon stands for whoever planted it, unnamed
            return self._generic(mention, "", country, before)
        return Actor(name=_clean_name(mention.text), mention=mention.text, type=_guess_type(mention.text))

    def _forces_of_the_state(self, mention: Mention, word: str, country: str | None, text: str) -> ActorEntry | None:
        """ "government troops", "regime forces", "state police": a word for the state that qualifies a force
        noun the parse left out of the mention names the state's forces of that kind, not its government; so does
        one that shares the noun with the other side ("clashes between government and rebel troops")."""
        if country is None or GENERIC_ACTOR_KINDS.get(word) != "government" or not text:
            return None
        after = _word_after(text, mention).lower()
        shared = _SHARED_HEAD.match(text, mention.end) if after == "and" and mention.end <= len(text) else None
        if shared is not None:  # "between government and rebel troops": the two sides share the force noun
            after = shared.group(1).lower()
        kind = GENERIC_ACTOR_KINDS.get(after)
        if kind not in ("military", "police"):
            return None
        reading = self.actors.generic_actor(f"{mention.text} {after}", country)
        if reading is not None and reading.type == "State forces":
            return reading
        return self.actors.state_forces(country, kind)

    def _named_by_words_before(
        self, mention: Mention, text: str, when: date | None, country: str | None
    ) -> ActorEntry | None:
        """ "A Baloch separatist militant", "two TNLA fighters": a group the words before a generic noun name,
        in the singular or plural the knowledge base knows (an armed organisation only, not a community)."""
        found = _TWO_WORDS_BEFORE.search(text[max(0, mention.start - 60) : mention.start]) if text else None
        if found is None or not found.group(0)[:1].isupper():
            return None
        head = f"{found.group(0).strip()} {mention.text}"
        phrases = [head, head if head.endswith("s") else f"{head}s"]
        if found.group(0).split()[-1].lower() in KIND_ADJECTIVES:
            phrases.append(f"{found.group(0).strip()}s")  # "Muslim separatist gunmen": the Muslim separatists
        for phrase in phrases:
            entry = self.actors.resolve(phrase, when=when, context_country=country)
            if entry is not None and entry.type in ("Rebel group", "Political militia"):
                return entry  # not a community ("Sikh youth", "Dalit villagers"): people, not a militia
        return None

    def _member_of_group(self, mention: Mention, word: str, context: MentionContext) -> ActorEntry | None:
        """ "cadres of the NSCN", "a youth from Hizb-ul-Mujahideen", "two NSCN (K) cadres": people the words
        right after or before them make members of a named armed group are that group (not "villagers" of a
        place, nor a party's members: the group must be an armed organisation the knowledge base knows)."""
        if not (word in MEMBER_WORDS or GENERIC_ACTOR_KINDS.get(word) == "unidentified") or not context.text:
            return None  # "two men belonging to the X were shot dead": people, perhaps its victims, not its fighters
        text = context.text
        for group in context.named:
            entry = self.actors.get(group.label)
            if group.sentence != mention.sentence or entry is None or entry.type not in ORGANISED_ARMED_TYPES:
                continue  # "Dalit community members": a community, not an armed organisation
            if 0 <= group.start - mention.end <= MEMBER_LINK_SPAN and _MEMBER_LINK.fullmatch(text[mention.end : group.start]):
                return entry
            if 0 <= mention.start - group.end <= MEMBER_LINK_SPAN and _GLOSS.fullmatch(text[group.end : mention.start]):
                return entry
        return None

    def _affiliation_after(self, mention: Mention, word: str, text: str, country: str | None) -> ActorEntry | None:
        """ "two gunmen belonging to separatist outfits", "militants of banned separatist organisations":
        fighters the words after them tie to a kind of group that the country reads as one named armed group
        (separatists in Pakistan are the Baloch separatists), else None."""
        if country is None or word not in DESCRIPTION_WORDS or not text or mention.end > len(text):
            return None
        found = _AFFILIATION_TIES.match(text, mention.end) or _AFFILIATION.match(text, mention.end)
        if found is None:
            return None
        entry = self.actors.generic_actor(f"{found.group('kind')}s", country)
        return entry if _is_named_armed_group(entry) else None

    def _kind_the_article_names(
        self, mention: Mention, word: str, before: str, context: MentionContext, country: str | None
    ) -> ActorEntry | None:
        """ "The FC killed three militants in Kohlu. The operation targets separatist groups in the province":
        militants of an article that names no armed group, but names the kind of group it is about in words the
        country reads as one named group (separatists in Pakistan are the Baloch separatists), are that group;
        not when the text leaves the doer open ("no group has claimed it") or the militants unnamed on purpose."""
        text = context.text
        if country is None or not text or word not in DESCRIPTION_WORDS or context.named:
            return None
        if before.lower() in UNNAMED_QUALIFIERS or _NO_CLAIM.search(text) or _GROUP_UNKNOWN.search(text):
            return None
        readings = {
            entry.actor_id: entry
            for found in _KIND_OF_GROUP.finditer(text)
            for entry in [self.actors.generic_actor(f"{found.group('kind').lower()}s", country)]
            if _is_named_armed_group(entry)
        }
        return next(iter(readings.values())) if len(readings) == 1 else None

    def _state_by_words(self, text: str) -> ActorEntry | None:
        """A country's forces written as country + force word in a form the aliases lack ("Pak Army",
        "US Drone", "Pakistan Airforce"): the state actor of that kind."""
        words = re.sub(r"(?i)\bair\s+force\b", "airforce", _clean_name(text)).split()  # "Pak Air force"
        if len(words) < 2:
            return None
        kind = STATE_FORCE_WORDS.get(words[-1].lower()) or STATE_FORCE_WORDS.get(
            words[-1].lower().rstrip("s")
        )
        if kind is None:
            return None
        head = " ".join(words[:-1])
        code = (
            COUNTRY_SHORT_FORMS.get(head.lower())
            or self.actors.country_for_name(head)
            or self.actors.country_for_demonym(head)
        )
        return self.actors.state_forces(code, kind) if code else None

    def _national_unit(self, text: str, when: date | None) -> ActorEntry | None:
        """A state's unit named with its nationality in front and in the plural ("Indian Border Security Forces"):
        the unit the rest of the name is, when it is of that country."""
        words = _clean_name(text).split()
        code = self.actors.country_for_demonym(words[0]) if len(words) > 2 else None
        if code is None:
            return None
        rest = " ".join(words[1:])
        for name in (rest, rest.removesuffix("s")):
            entry = self.actors.resolve(name, when=when, context_country=code)
            if entry is not None and entry.country_code == code and entry.type == "State forces":
                return entry
        return None

    def _state_actor(self, mention: Mention, code: str, plover_type: str, text: str) -> ActorEntry | None:
        """A country or nationality adjective as a state actor, or as the kind of people the next word names
        ("Bangladeshi farmer" is a civilian of Bangladesh, "a Pakistani militant" an armed group of Pakistan)."""
        if mention.label.startswith("demonym:"):
            kind = GENERIC_ACTOR_KINDS.get(_word_after(text, mention).lower())
            if (
                kind is None
                and self.actors.country_for_demonym(mention.text)
                and _is_plural_people(mention.text, _word_before(text, mention), _word_after(text, mention))
            ):
                kind = "civilians"  # "killed four Iraqis": the people of the country, not its state
            if kind in STATE_FORCE_KINDS:
                return self.actors.state_forces(code, kind)
        owned = _POSSESSED_FORCE.match(text, mention.end) if text and mention.end <= len(text) else None
        if owned is not None:  # "Ethiopia's Liyu police", "Kenya's army": the force the country owns
            return self.actors.state_forces(code, STATE_FORCE_WORDS[owned.group(1).lower()])
        kind = "military" if plover_type in FORCE_TYPES else "government"
        return self.actors.state_forces(code, kind)

    def _described_group(
        self, mention: Mention, word: str, before: str, context: MentionContext
    ) -> ActorEntry | None:
        """ "the jihadists", "the militants", "the rebels": the armed group the article named last before.

        Without the article, "militants" are the armed group named in the same sentence ("troops killed five
        militants of the TTP") or the only one the article names at all; "unidentified militants",
        and militants in an article that names several groups elsewhere, stay unnamed.
        """
        if word not in DESCRIPTION_WORDS or before.lower() in UNNAMED_QUALIFIERS:
            return None
        if before.lower() in ("the", "these", "those") and context.groups:
            last = context.groups[-1]
            doer = next(
                (g for g in reversed(context.groups) if g.sentence == last.sentence and (g.start, g.end) in context.doers),
                last,
            )
            return self.actors.get(doer.label)
        return self._group_of_sentence(mention.sentence, mention.start, context.named) or self._only_group(
            context.named
        )

    def _group_of_sentence(self, sentence: int, position: int, groups: Sequence[Mention]) -> ActorEntry | None:
        """The armed group named in a sentence nearest to a position in it, within a few words of it ("five
        militants belonging to the TTP"; not a group named at the far end of a long sentence), else None."""
        near = [g for g in groups if g.sentence == sentence and abs(g.start - position) <= GROUP_OF_DESCRIPTION_SPAN]
        if not near:
            return None
        return self.actors.get(min(near, key=lambda g: abs(g.start - position)).label)

    def _only_group(self, groups: Sequence[Mention]) -> ActorEntry | None:
        """The armed group an article names, when it names one organisation only (under any of its names)."""
        lineages = {self.actors.lineage(g.label) for g in groups}
        return self.actors.get(groups[0].label) if len(lineages) == 1 else None

    def _unseen_doer(
        self,
        frame: EventFrame,
        victim: Actor | None,
        countries: Sequence[str],
        groups: Sequence[Mention],
        doc: Document,
    ) -> ActorEntry | None:
        """Who did violence the text leaves unnamed ("20 militants were killed", "a bomb killed five"), read
        from the article as a coder reads it, else None (an unidentified armed group).

        In order: the armed group the article says claimed or is blamed for it; the country's military when
        aircraft struck (only states fly jets and gunships); for armed men killed at unnamed hands, the state
        forces the article names, else the country's military; for state forces hit, the armed group named
        in the sentence, else another state's forces named in it ("firing by Pakistan" on Indian posts),
        else the only group the article names, else the country's insurgents where the country table names
        them; for civilians (or no one named) hit, the armed group named in the sentence ("an IED planted by
        the TTP"), else another state's forces named in it ("shelling by Indian border guards").
        """
        sentences: Sequence[Sentence] = doc["sentences"]
        country = countries[0] if countries else None
        claimant = self._claimant(doc, groups, country)
        if claimant is not None:
            return claimant
        if country is None:
            return None
        if _words_of(sentences, frame.sentence) & AIRCRAFT_WORDS:
            return self.actors.state_forces(country, "military")
        if victim is None or victim.type in ("Civilians", None):  # people the base does not know ("Bangladeshi")
            return (
                self._group_of_sentence(frame.sentence, frame.trigger_start, groups)
                or self._foreign_forces_of_sentence(doc, frame, victim, country)
                or self._clan_fight(sentences, frame, country)
            )
        if victim.type in ARMED_GROUP_TYPES:  # at home or come from abroad ("Pakistan-based militants")
            return self._named_state_forces(doc, frame, country) or self.actors.state_forces(country, "military")
        if victim.type == "State forces":
            return (
                self._group_of_sentence(frame.sentence, frame.trigger_start, groups)
                or self._foreign_forces_of_sentence(doc, frame, victim)
                or self._only_group(groups)
                or self._insurgents_of(country)
                or self._across_the_line(sentences, frame, victim)
            )
        return None

    def _foreign_forces_of_sentence(
        self, doc: Document, frame: EventFrame, victim: Actor | None, home: str | None = None
    ) -> ActorEntry | None:
        """The forces of a state other than the victim's that the frame's sentence names ("shelling by
        Indian border guards", "firing by Pakistan" on the other side's posts or villages), else None. Victims
        the words give no country ("a farmer", "people") are of `home`, the country the event is read in."""
        victim_country = victim.country_code if victim is not None and victim.country_code else home
        if victim_country is None:
            return None
        on_frame = {(m.start, m.end) for m in (*frame.actor1, *frame.actor2, *frame.assoc)}
        for mention in doc["actor_mentions"]:
            if mention.sentence != frame.sentence or (mention.start, mention.end) in on_frame:
                continue  # the victim's own words ("rangers") are not the other side
            if mention.rule == "spacy-ner" and not mention.label:
                # "firing by Indian Border Security Forces": a state's unit named with its nationality in front
                entry = self._national_unit(mention.text, None) or self._state_by_words(mention.text)
            elif self._mention_country(mention) is None and not mention.label.startswith(("country:", "demonym:")):
                continue  # a name of forces in several countries says nothing of which state fired
            elif mention.label.startswith(("country:", "demonym:")):
                code = mention.label.split(":", 1)[1]
                entry = self._state_actor(mention, code, "ASSAULT", doc.text)  # "a Pakistani militant" is no state
            else:
                entry = self.actors.get(mention.label) if mention.rule == "actor-kb" else None
            if entry is not None and entry.type == "State forces" and entry.country_code not in (None, victim_country):
                return entry
        return None

    def _other_side(
        self, frame: EventFrame, doer: Actor, doc: Document, resolve: Callable[[Mention], Actor]
    ) -> Actor | None:
        """The side a fight was against when the clause names none ("the LNA retook more ground from
        militants in Benghazi"): the first armed actor of the other camp named in the frame's sentence,
        state forces against a non-state group and the reverse; None when the sentence names none."""
        if doer.type not in (*ARMED_GROUP_TYPES, "State forces"):
            return None
        # in a fight "between" two sides, an "associate" of the other camp is the other side ("a gunbattle between
        # militants and security forces"); in "a joint attack by troops and militants" it is an ally
        fight = frame.trigger.lower() in FIGHT_NOUNS
        on_frame = {(m.start, m.end) for m in (*frame.actor1, *(() if fight else frame.assoc))}
        for mention in doc["actor_mentions"]:
            if mention.sentence != frame.sentence or (mention.start, mention.end) in on_frame:
                continue
            if mention.rule not in ("actor-kb", "generic-noun", "country", "demonym"):
                continue
            if _word_after(doc.text, mention).lower() in SOURCE_WORDS or _JOINT_SOURCE.match(doc.text, mention.end):
                continue  # "police sources said", "police and witnesses said": who tells of the fight is no side of it
            other = resolve(mention)
            if other.actor_id != doer.actor_id and _opposed(doer, other):
                return other
        return None

    def _clan_fight(self, sentences: Sequence[Sentence], frame: EventFrame, country: str) -> ActorEntry | None:
        """ "Eight dead due to clan fighting": fighting the sentence calls the clans' is fought by the country's
        unidentified clan militia, where the knowledge base has one, else None."""
        if not _words_of(sentences, frame.sentence) & CLAN_WORDS:
            return None
        entry = self.actors.resolve("clan militia", context_country=country)
        return entry if entry is not None and entry.country_code == country else None

    def _across_the_line(self, sentences: Sequence[Sentence], frame: EventFrame, victim: Actor) -> ActorEntry | None:
        """ "An army man was killed in cross-LoC firing": state forces hit by fire across a line that parts two
        states (`CEASEFIRE_LINES`) were hit by the other state's military, else None."""
        if not 0 <= frame.sentence < len(sentences) or victim.country_code is None:
            return None
        for line, states in CEASEFIRE_LINES:
            if victim.country_code in states and line.search(sentences[frame.sentence].text):
                other = next(code for code in states if code != victim.country_code)
                return self.actors.state_forces(other, "military")
        return None

    def _insurgents_of(self, country: str) -> ActorEntry | None:
        """The armed group a country's own reading makes of "insurgents" (the southern separatists in
        Thailand), else None: only a curated reading names the usual enemy of a country's forces."""
        entry = self.actors.generic_actor("insurgents", country)
        return entry if _is_named_armed_group(entry) else None

    def _claimant(self, doc: Document, groups: Sequence[Mention], country: str | None) -> ActorEntry | None:
        """The armed group the article says did it ("The TTP claimed responsibility", "Police blamed southern
        insurgents"): a named group, a party's militia ("BNP men were behind it"), or words the country reads as
        one, in a sentence that lays the blame."""
        sentences: Sequence[Sentence] = doc["sentences"]
        rivals = self._rival_faction(doc)
        if rivals is not None:
            return rivals
        blaming = {i for i, sentence in enumerate(sentences) if _lays_blame(sentence.text)}
        if not blaming:
            return None
        for group in groups:
            if group.sentence in blaming:
                return self.actors.get(group.label)
        militias = {
            militia.actor_id: militia
            for mention in doc["actor_mentions"]
            if mention.sentence in blaming and mention.rule == "actor-kb" and mention.label
            for militia in [self.actors.militia_of(mention.label)]
            if militia is not None and _named_in_blame(sentences[mention.sentence], mention, doc.text)
        }
        if len(militias) == 1:  # "BNP men were behind the attack" ("either BNP or AL supporters": no one)
            return next(iter(militias.values()))
        for mention in doc["actor_mentions"]:
            if country and mention.sentence in blaming and mention.label.startswith("generic:"):
                phrase = f"{_word_before(doc.text, mention)} {mention.text}"
                entry = self.actors.generic_actor(phrase, country) or self.actors.generic_actor(mention.text, country)
                if _is_named_armed_group(entry):
                    return entry
        if country:  # "Officials believe the assailants were separatists": a word no generic noun, read in the country
            for index in sorted(blaming):
                for word in set(_words_of(sentences, index)) & BLAMED_KIND_WORDS:
                    entry = self.actors.generic_actor(word, country)
                    if _is_named_armed_group(entry):
                        return entry
        return None

    def _rival_faction(self, doc: Document) -> ActorEntry | None:
        """ "An Awami League activist was killed by a rival group", "chopped to death by party rivals": the rivals
        of a party's man are a faction of his own party, which fights as its political militia (when the sentence
        names one party only)."""
        for index, sentence in enumerate(doc["sentences"]):
            if not _RIVALS.search(sentence.text):
                continue
            militias = {
                militia.actor_id: militia
                for mention in doc["actor_mentions"]
                if mention.sentence == index and mention.rule == "actor-kb" and mention.label
                for militia in [self.actors.militia_of(mention.label)]
                if militia is not None
            }
            if len(militias) == 1:
                return next(iter(militias.values()))
        return None

    def _named_state_forces(self, doc: Document, frame: EventFrame, country: str) -> ActorEntry | None:
        """The country's own forces named in the article ("security forces", "the FC", "troops"), nearest to
        the frame's trigger."""
        found: list[tuple[int, ActorEntry]] = []
        for mention in doc["actor_mentions"]:
            entry = self._state_force_named(mention, country, doc.text)
            if entry is not None:
                found.append((abs(mention.start - frame.trigger_start), entry))
        return min(found, key=lambda pair: pair[0])[1] if found else None

    def _state_force_named(self, mention: Mention, country: str, text: str) -> ActorEntry | None:
        if mention.label.startswith("generic:"):
            if GENERIC_ACTOR_KINDS.get(mention.label.split(":", 1)[1]) not in ("military", "police"):
                return None
            entry = self.actors.resolve(f"{_word_before(text, mention)} {mention.text}", context_country=country)
            entry = entry or self.actors.resolve(mention.text, context_country=country)
        elif mention.rule == "actor-kb":
            entry = self.actors.get(mention.label)
        else:
            return None
        if entry is None or entry.type != "State forces" or entry.country_code != country:
            return None
        return entry if entry.actor_id.startswith(("military_forces_", "police_forces_")) else None

    def _person_organisation(
        self, mention: Mention, when: date | None, country: str | None, context: MentionContext
    ) -> ActorEntry | None:
        """The organisation a named person acts for: the people table (heads of state, group leaders), what
        the text says around the name ("X, an IS leader", "IS commander X", "the group's leader X"), or the
        title before it ("Foreign Minister X", "Gambian President X": that country's government)."""
        actor_id = self.people.actor_for(mention.text, when)
        if actor_id is not None:
            return self.actors.get(actor_id)
        text = context.text
        if not text or mention.end > len(text):
            return None
        after = _APPOSITION.match(text, mention.end) or _APPOSITION_OF.match(text, mention.end)
        if after is not None:
            entry = self._group_words(after.group("org"), when, country, context)
            if entry is not None:
                return entry
        window = text[max(0, mention.start - 80) : mention.start]
        role = _ROLE_BEFORE.search(window)
        if role is not None:
            entry = self._group_words(role.group("org"), when, country, context)
            if entry is not None:
                return entry
        title = _TITLE_BEFORE.search(window)
        if title is not None:
            nation = title.group("nation")
            code = (
                (self.actors.country_for_demonym(nation) or self.actors.country_for_name(nation))
                if nation
                else None
            )
            code = code or country
            kind = "military" if title.group("title").lower() in MILITARY_TITLES else "government"
            return self.actors.state_forces(code, kind) if code else None
        return None

    def _group_words(
        self, words: str, when: date | None, country: str | None, context: MentionContext
    ) -> ActorEntry | None:
        """The group some words name: a knowledge-base name, or "the group" (the last armed group named)."""
        words = words.strip()
        if re.fullmatch(
            r"(?i)(the|its|their)\s+(group|movement|militia|organi[sz]ation|faction)(['’]s)?", words
        ):
            return self.actors.get(context.groups[-1].label) if context.groups else None
        return self.actors.resolve(words, when=when, context_country=country)

    def _country_of(self, mention: Mention, countries: Sequence[str]) -> str | None:
        """The first of the event's countries where a name shared across countries ("Fulani") has an actor."""
        if len(countries) > 1:
            candidates = {e.country_code for e in self.actors.candidates(mention.text)}
            if len(candidates) > 1:
                return next((c for c in countries if c in candidates), countries[0])
        return countries[0] if countries else None

    def _generic(self, mention: Mention, word: str, country: str | None, before: str) -> Actor:
        if before.lower() in FORMER_WORDS and GENERIC_ACTOR_KINDS.get(word) in ("military", "police") and country:
            people = self.actors.state_forces(country, "civilians")  # "a retired policeman": no force's man now
            if people is not None:
                return people.to_actor(mention.text)
        force = STATE_FORCE_WORDS.get(before.lower())
        if force is not None and country is not None and word in FORCE_MEMBER_NOUNS:
            entry = self.actors.state_forces(country, force)  # "army men", "police personnel": the force's own
            if entry is not None:
                return entry.to_actor(mention.text)
        if country is not None:
            phrase = f"{before} {mention.text}" if before.lower() in GENERIC_QUALIFIERS else mention.text
            entry = self.actors.generic_actor(phrase, country) if phrase != mention.text else None
            entry = entry or self.actors.generic_actor(mention.text, country)
            if entry is not None:
                return entry.to_actor(mention.text)
        kind = GENERIC_ACTOR_KINDS.get(word, "unidentified")
        entry = self.actors.state_forces(country, kind) if country else None
        if entry is None and word in REBEL_WORDS:
            return Actor(name="Rebels", mention=mention.text, type="Rebel group", country_code=country)
        if entry is not None:
            return entry.to_actor(mention.text)
        # No country, so no generated actor: the kind's name without a country ("gunmen" are an unidentified
        # armed group, "villagers" civilians, "law enforcers" the police forces), else the words, typed by
        # their kind; the words stay as the mention.
        return Actor(
            name=KIND_NAMES.get(kind) or mention.text.capitalize(), mention=mention.text or None,
            type=KIND_TYPES.get(kind), country_code=country,
        )  # fmt: skip


@dataclass(frozen=True)
class MentionContext:
    """What resolving one mention may read beyond its words: the article's text, the knowledge-base armed
    groups named before the mention (nearest last), those named anywhere in the article, and which of them
    the article's main clauses make doers."""

    text: str = ""
    groups: Sequence[Mention] = ()
    named: Sequence[Mention] = ()
    doers: frozenset[tuple[int, int]] = frozenset()  # (start, end) of groups that are a main clause's doer


def _names_aircraft(words: str, before: str = "") -> bool:
    """ "jet fighters", "helicopter gunships", "military planes": words (or the word before) name aircraft."""
    return bool({before.lower(), *words.lower().split()} & AIRCRAFT_WORDS)


@lru_cache(maxsize=4096)
def _lays_blame(sentence: str) -> bool:
    """Whether a sentence says who did it ("The TTP claimed responsibility"), not that no one has (cached: asked
    of every sentence for each unnamed doer)."""
    return bool(_BLAME.search(_NO_CLAIM.sub(" ", sentence)))


def _named_in_blame(sentence: Sentence, mention: Mention, text: str) -> bool:
    """Whether a party is the one a sentence blames: named next to the words that lay the blame ("BNP men
    were behind", "blamed Awami League activists"), not as the victim's party further off ("a PPP activist was
    shot in a suspected sectarian attack") nor as the accuser ("BNP leaders blamed ...", "PTI claims ...")."""
    if _ACCUSER.match(text, mention.end):
        return False
    start, end = mention.start - sentence.start, mention.end - sentence.start
    cleared = _NO_CLAIM.sub(lambda m: " " * len(m.group(0)), sentence.text)
    return any(
        found.start() - end <= _BLAME_REACH and start - found.end() <= _BLAME_REACH for found in _BLAME.finditer(cleared)
    )


def _opposed(one: Actor, other: Actor) -> bool:
    """Whether two actors are of the two camps of a fight: state forces and an armed organisation (not a
    community: police named beside a communal clash are seldom one of its sides), or the forces of two
    states ("Pakistani troops fired on Indian posts")."""
    if one.type == other.type == "State forces":
        return bool(one.country_code and other.country_code and one.country_code != other.country_code)
    return {one.type, other.type} in ({"State forces", "Rebel group"}, {"State forces", "Political militia"})


def _other_side_from_assoc(actor1: list[Actor], actor2: list[Actor], assoc: list[Actor], text: str) -> None:
    """The parse made one organisation both sides ("a clash between supporters of the Rampur League (RL) and
    the Kisan Party": the abbreviation in brackets taken for the second side) while another organisation stands
    with the second side: that one is the second side, unless the text tells of a fight within one group."""
    if not actor1 or not actor2 or not actor1[0].actor_id or actor1[0].actor_id != actor2[0].actor_id:
        return
    if actor1[0].type == "Civilians" or _INTERNAL_FIGHT.search(text):
        return  # plain people on both sides are two crowds (see acled_rules); a group's own factions fight
    for i, other in enumerate(assoc):
        if other.side == 2 and other.actor_id and other.actor_id != actor1[0].actor_id and other.type != "Civilians":
            actor2[0] = other.on_side(None)
            del assoc[i]
            return


def _joined_to(side: Mention, group: Mention, text: str) -> bool:
    """Whether the text names `group` right after a side's mention as fighting with it ("troops of the 3rd
    Brigade and the Civilian JTF", "soldiers backed by the CJTF"): an ally of that side, no foe of it."""
    return 0 <= side.end <= group.start and _ALLY_LINK.fullmatch(text[side.end : group.start]) is not None


def _is_unidentified(actor: Actor) -> bool:
    """An armed doer the words describe but do not name ("gunmen", "assailants"): an unidentified armed group."""
    return actor.name.startswith("Unidentified Armed Group")


def _counted_victims(frame: EventFrame, sentences: Sequence[Sentence], text: str) -> bool:
    """The frame's doer is a count of people opening a headline-style sentence with a bare harm participle
    ("2 jawans killed, 4 hurt in an IED blast", "Seven soldiers killed in an ambush"): they suffered it."""
    if not frame.actor1 or not 0 <= frame.sentence < len(sentences):
        return False
    mention = frame.actor1[0]
    if mention.rule not in ("described-group", "generic-noun") or not 0 <= mention.start <= mention.end <= len(text):
        return False
    start = sentences[frame.sentence].start
    if not start <= mention.start or not _COUNT_OPENING.match(text[start : mention.start]):
        return False
    return _BARE_HARM.match(text, mention.end) is not None


def _elided_passive_subject(frame: EventFrame, text: str) -> bool:
    """The frame's doer is the count of a second harm whose passive the text elides ("A soldier was killed and
    two others wounded", "were shot dead and two boys injured"): those people suffered it, they did not do it."""
    if not frame.actor1:
        return False
    mention = frame.actor1[0]
    if mention.rule not in ("described-group", "generic-noun") or not 0 <= mention.start <= mention.end <= len(text):
        return False
    after = re.match(r"\s+(?:(?:seriously|critically|severely|slightly|grievously|badly)\s+)?(\w+)", text[mention.end :])
    if after is None or after.group(1).lower() not in _HARM_PARTICIPLES:
        return False
    return _ELIDED_PASSIVE.search(text, max(0, mention.start - 120), mention.start) is not None


# "was wounded in firing", "were killed in a crossfire": people harmed in a fire the clause names as a noun.
_HARMED_IN_FIRE = re.compile(
    r"\b(?:was|were)\s+(?:\w+\s+){0,2}?(?:killed|wounded|injured|hurt|martyred)\b[^.;]{0,60}?\bin\s+(?:an?\s+|the\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:firing|crossfire|cross-fire|shelling|fire)\b",
    re.IGNORECASE,
)


# Words that make a fight one group's own: "clashes between two factions of the NSCN", "infighting".
_INTERNAL_FIGHT = re.compile(r"\b(?:factions?|rival|infighting|in-fighting|internecine|splinter|each other|among themselves"
                             r"|between two)\b", re.IGNORECASE)


def _one_group_both_sides(frame: EventFrame, actor1: Sequence[Actor], actor2: Sequence[Actor], text: str) -> bool:
    """A fight whose one named armed group the parse put on both sides ("a top LeT militant was killed in a
    gun battle"), in an article that says nothing of a fight within the group."""
    if not actor1 or not actor2 or frame.trigger.lower() not in FIGHT_NOUNS | MUTUAL_FIGHT_WORDS:
        return False
    first, second = frame.actor1[0], frame.actor2[0] if frame.actor2 else None
    if second is None or first.rule != "actor-kb" or (first.start, first.end) != (second.start, second.end):
        return False
    return actor1[0].type in ARMED_GROUP_TYPES and not _INTERNAL_FIGHT.search(text)


def _one_mention_both_sides(frame: EventFrame) -> bool:
    """The parse put the same words on both sides of an attack: they name its victims, not its doer."""
    if frame.trigger.lower() in FIGHT_NOUNS | MUTUAL_FIGHT_WORDS:
        return False  # "villagers of two factions fought each other": one kind of people on both sides of a fight
    first, second = frame.actor1[0], frame.actor2[0] if frame.actor2 else None
    return second is not None and bool(first.text) and (first.start, first.end) == (second.start, second.end)


def _hit_in_the_fire(frame: EventFrame, doer: Actor, victim: Actor, text: str) -> bool:
    """The parse made the one side of a passive harm clause both doer and victim ("a soldier of ours was
    hurt by fire from across the border"): the same state's forces on both sides of a fire they suffered."""
    if doer.actor_id is None or doer.actor_id != victim.actor_id or doer.type != "State forces" or not frame.actor1:
        return False
    mention = frame.actor1[0]
    return _HARMED_IN_FIRE.search(text, mention.end, min(len(text), mention.end + 160)) is not None


def _plain_people(actor: Actor) -> bool:
    """A doer the words make plain people ("one person", "men"): the parse's guess when the text leaves the
    doer of an attack unsaid, so the group the article blames for it is the doer."""
    return (actor.actor_id or "").startswith("civilians_") or actor.name == "Civilians"


def _is_named_armed_group(entry: ActorEntry | None) -> bool:
    """A non-state armed group with a name of its own (not a country's "Unidentified Armed Group")."""
    return (
        entry is not None
        and entry.type in ARMED_GROUP_TYPES
        and not entry.actor_id.startswith("unidentified_armed_group_")
    )


def _words_of(sentences: Sequence[Sentence], index: int) -> set[str]:
    """The lower-case words of one sentence of the article (none if the index is out of range)."""
    if not 0 <= index < len(sentences):
        return set()
    return set(re.findall(r"[a-z]+(?:-[a-z]+)*", sentences[index].text.lower()))


def _place_is_corroborated(country: str, own: Sequence[str], named: Sequence[str]) -> bool:
    """Whether an event place's country stands against the named actors of the article.

    Only named groups of one country (a party, a militia: `own` on the event, `named` in the article) can
    outvote the place: "Jubo League activists attacked ... in Gulshan" is in Bangladesh even when the
    gazetteer put Gulshan in Iran. A country merely mentioned ("killed a U.S. soldier near Samarra") does not.
    """
    if own:
        return country in own
    return not named or country in named


def _place_is_stray(country: str, focus: Sequence[str]) -> bool:
    """Whether an event place lies in a country the article's evidence leaves out of its focus.

    The focus drops countries far behind the leader, so a place there is a lone reading of a word the
    gazetteer also knows abroad ("Delta" in Canada for a report on the Cauvery delta).
    """
    return bool(focus) and country not in focus


def _word_before(text: str, mention: Mention) -> str:
    """The word right before a mention in the text ("" at the start or when the text is not at hand)."""
    if not text or mention.start <= 0 or mention.start > len(text):
        return ""
    found = _WORD_BEFORE.search(text[max(0, mention.start - 30) : mention.start])
    return found.group(1) if found else ""


def _is_plural_people(word: str, before: str = "", after: str = "") -> bool:
    """ "Iraqis", "Palestinians", "three Sudanese": a demonym used as a plural noun (not "Lebanese army" nor
    "several Indian posts", where it qualifies the noun after it)."""
    if before.lower() in COUNTING_WORDS and after.lower() in ("", *WORDS_AFTER_A_NOUN):
        return True
    return word.endswith("s") and not word.endswith(("ss", "ese"))


def _word_after(text: str, mention: Mention) -> str:
    """The word right after a mention ("" at the end or when the text is not at hand)."""
    if not text or mention.end >= len(text):
        return ""
    found = _WORD_AFTER.match(text, mention.end)
    return found.group(1) if found else ""


def _clean_name(text: str) -> str:
    name = re.sub(r"^(the|a|an)\s+", "", text.strip(), flags=re.IGNORECASE)
    return re.sub(r"['’]s$", "", name)


def _names_a_weapon(text: str) -> bool:
    """ "Improvised Explosive Device", "RPG": a name made only of a weapon's words."""
    words = set(_clean_name(text).lower().split())
    return bool(words) and words <= WEAPON_NAME_WORDS


# A post of the police named as a side ("a mob tried to storm the Kalung Police Station"): the police that man it.
POLICE_POSTS = frozenset({"Station", "Stations", "Post", "Posts", "Outpost", "Outposts", "Camp", "Thana"})


def _names_a_police_unit(text: str) -> bool:
    """A unit of a country's police the knowledge base lacks: a name whose head word is "Police" ("Khulna
    Metropolitan Police"), or a named police station or post, which stands for the police in it."""
    words = _clean_name(text).split()
    if len(words) > 2 and words[-2] == "Police" and words[-1] in POLICE_POSTS:
        return True
    return len(words) > 1 and words[-1] in ("Police", "Policemen")


def _guess_type(text: str) -> str | None:
    """An ACLED actor type guessed from the words of an unknown name ("... Brigade" is a rebel group)."""
    lowered = text.lower()
    for pattern, actor_type in GROUP_TYPE_CUES:
        if re.search(pattern, lowered):
            return actor_type
    return None
