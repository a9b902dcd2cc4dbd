"""Nouns that name a kind of actor without naming a group ("protesters", "gunmen", "villagers").

Each maps to the kind of generated per-country actor it stands for (see `ActorBase.state_forces`):
military, police, government, civilians, protesters, rioters, unidentified; "rebels" has its own
generic actor. Source: editor knowledge and the ACLED codebook's actor categories (Apache-2.0).
"""

from __future__ import annotations

_KINDS: dict[str, tuple[str, ...]] = {
    "military": ("soldiers", "soldier", "troops", "army", "military", "regime", "forces", "jawans", "paramilitaries",
                 "servicemen", "troopers", "trooper", "personnel"),
    # with the misspellings reports print ("policement", "policemens")
    "police": ("police", "policemen", "policeman", "cops", "constables", "policement", "policemens", "detectives"),
    "government": ("government", "authorities", "officials"),
    "protesters": ("protesters", "protestors", "demonstrators", "marchers", "agitators", "picketers",
                   "strikers", "participants", "blockaders", "processionists"),
    "rioters": ("rioters", "mob", "mobs", "miscreants", "hooligans", "vandals", "looters"),
    "civilians": ("civilians", "civilian", "residents", "villagers", "farmers", "students", "worshippers",
                  "refugees", "journalists", "activists", "workers", "employees", "teachers", "doctors", "lawyers",
                  "traders", "shopkeepers", "labourers", "laborers", "people", "locals", "youths", "women",
                  "villager", "resident", "farmer", "student", "journalist", "activist", "worker", "trader",
                  "shopkeeper", "teacher", "man", "woman", "youth", "boy", "girl", "child", "children", "men",
                  "persons", "person", "supporters", "members", "cadres", "volunteers", "leaders", "leader",
                  "villagers'", "pilgrims", "migrants", "fishermen", "herders", "herdsmen", "passengers", "drivers",
                  "nurses", "staff", "inhabitants", "owner", "businessman", "councillor", "councilor", "politician"),
    "unidentified": ("gunmen", "gunman", "militants", "militant", "fighters", "militiamen", "militia", "militias", "tribesmen",
                     "insurgents", "jihadists", "assailants", "attackers", "terrorists", "terrorist", "assailant",
                     "attacker", "extremists", "kidnappers", "abductors", "robbers", "bandits", "criminals",
                     "suspects", "men-at-arms", "snipers", "infiltrators", "infiltrator", "intruders"),
    "rebels": ("rebels", "rebel"),
}  # fmt: skip

GENERIC_ACTOR_KINDS: dict[str, str] = {word: kind for kind, words in _KINDS.items() for word in words}

# Generic people who are not armed: as the target of violence they are civilians, as its agent rioters.
UNARMED_KINDS = frozenset({"civilians", "protesters", "rioters"})
# The actor type of a generic kind when the country (and so the generated actor) is unknown.
KIND_TYPES = {"military": "State forces", "police": "State forces", "government": "State forces",
              "civilians": "Civilians", "protesters": "Protesters", "rioters": "Rioters",
              "unidentified": "Political militia"}  # fmt: skip
# The name of a generic kind when the country is unknown: ACLED's where it has one without a country, and
# ACLED's state-force names without their "of <country>" ("law enforcers" and "cops" are both the police).
KIND_NAMES = {"civilians": "Civilians", "protesters": "Protesters", "rioters": "Rioters",
              "unidentified": "Unidentified Armed Group", "military": "Military Forces",
              "police": "Police Forces", "government": "Government"}  # fmt: skip
