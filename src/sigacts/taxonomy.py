"""Event and actor vocabularies (PLOVER, ACLED) and the mappings between them.

PLOVER is coded for every event; ACLED's event type and sub-event type only where ACLED would code the
event (political violence, demonstrations and the strategic developments it records), never for
statements, threats, predictions or plans.
"""

from __future__ import annotations

from dataclasses import dataclass

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip

# Modes as in the PLOVER manual (2021); a mode is optional and only set when a cue names it.
PLOVER_MODES: dict[str, tuple[str, ...]] = {
    "ASSAULT": ("firearms", "explosives", "heavy-weapons", "aerial", "suicide-attack", "assassinate",
                "beat", "sexual", "torture", "execution", "primitive"),
    "COERCE": ("arrest", "detain", "seize", "abduct", "curfew", "censor", "restrict", "deport", "destroy"),
    "MOBILIZE": ("troops", "police", "militia", "alert"),
    "AID": ("military", "economic", "humanitarian"),
    "COOPERATE": ("military", "economic", "political", "intelligence"),
    "PROTEST": ("demo-org", "demo-spon", "riot-org", "riot-spon", "strike-gen", "hunger-strike"),
    "RETREAT": ("withdraw", "flee", "release", "return", "access"),
    "CONSULT": ("visit", "host", "meet", "phone", "multilateral"),
    "AGREE": ("ceasefire", "peace", "allegiance", "settle"),
    "SANCTION": ("relations", "economic", "boycott", "expel"),
}  # fmt: skip

ACLED_EVENT_TYPES: dict[str, tuple[str, ...]] = {
    "Battles": ("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
    "Explosions/Remote violence": (
        "Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED", "Grenade",
    ),
    "Violence against civilians": ("Sexual violence", "Attack", "Abduction/forced disappearance"),
    "Protests": ("Peaceful protest", "Protest with intervention", "Excessive force against protesters"),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": (
        "Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
        "Headquarters or base established", "Looting/property destruction",
        "Non-violent transfer of territory", "Other",
    ),
}  # fmt: skip

ACLED_ACTOR_TYPES: dict[str, int] = {
    "State forces": 1,
    "Rebel group": 2,
    "Political militia": 3,
    "Identity militia": 4,
    "Rioters": 5,
    "Protesters": 6,
    "Civilians": 7,
    "External/Other": 8,
}

CAMEO_ROOT_TO_PLOVER: dict[str, str] = {
    "01": "CONSULT", "02": "REQUEST", "03": "AGREE", "04": "CONSULT", "05": "COOPERATE", "06": "COOPERATE",
    "07": "AID", "08": "CONCEDE", "09": "COERCE", "10": "REQUEST", "11": "ACCUSE", "12": "REJECT",
    "13": "THREATEN", "14": "PROTEST", "15": "MOBILIZE", "16": "SANCTION", "17": "COERCE", "18": "ASSAULT",
    "19": "ASSAULT", "20": "ASSAULT",
}  # fmt: skip

# Factuality values that ACLED codes: it records what happened, not what was planned or feared.
ACLED_FACTUALITY = frozenset({"occurred", "ongoing"})
# The cue of an act named only as what someone is blamed or claims credit for (set by the events stage); no word
# of a text, so that "a blast attributed to militants" (a report of the act, its doer named) does not read as one.
ATTRIBUTED_CUE = "<attributed>"


@dataclass(frozen=True)
class AcledCode:
    """ACLED event type and sub-event type."""

    event_type: str
    sub_event_type: str


def interaction_code(type1: str | None, type2: str | None) -> int | None:
    """ACLED interaction code: the two actor-type digits, lower first; a lone actor gives e.g. 20."""
    code1 = ACLED_ACTOR_TYPES.get(type1 or "")
    code2 = ACLED_ACTOR_TYPES.get(type2 or "")
    if code1 is None:
        return None
    if code2 is None:
        return code1 * 10
    low, high = sorted((code1, code2))
    return low * 10 + high


def acled_code(
    plover_type: str,
    mode: str | None,
    *,
    factuality: str,
    actor2_type: str | None,
    cues: frozenset[str] = frozenset(),
) -> AcledCode | None:
    """The ACLED type/sub-type ACLED would give this event, or None where ACLED would not code it.

    `cues` are lower-case words of the event's clause that decide a sub-type (e.g. "airstrike",
    "shelling", "captured", "ied").
    """
    if factuality not in ACLED_FACTUALITY or ATTRIBUTED_CUE in cues:
        return None  # a claim of responsibility or an accusation is no report of the act (CASE 2021 ATTRIB)
    if "disrupted" in cues or (plover_type == "COERCE" and mode == "seize" and cues & WEAPON_CUES):
        return AcledCode("Strategic developments", "Disrupted weapons use")
    if plover_type == "ASSAULT":
        return _assault_code(mode, actor2_type, cues)
    if plover_type == "PROTEST":
        if mode in ("riot-org", "riot-spon") or cues & {"riot", "rioters", "riots", "rioting"}:
            return AcledCode("Riots", "Violent demonstration")
        return AcledCode("Protests", "Peaceful protest")
    if plover_type == "COERCE":
        if mode in ("arrest", "detain"):
            return AcledCode("Strategic developments", "Arrests")
        if mode == "abduct":
            return AcledCode("Violence against civilians", "Abduction/forced disappearance")
        if mode == "destroy":
            return AcledCode("Strategic developments", "Looting/property destruction")
        if mode == "seize" and cues & TERRITORY_CUES:
            return AcledCode("Battles", "Non-state actor overtakes territory")
        if mode == "seize" and actor2_type == "Civilians":
            return AcledCode("Violence against civilians", "Abduction/forced disappearance")
        if mode == "seize" and cues & PROPERTY_CUES:
            return AcledCode("Strategic developments", "Looting/property destruction")
        return None  # captured fighters, seized documents: ACLED codes the battle, not the capture
    if plover_type in ("AGREE", "COOPERATE") and cues & AGREEMENT_CUES or "prisoner-exchange" in cues:
        return AcledCode("Strategic developments", "Agreement")
    if plover_type == "CONSULT" and cues & PEACE_CUES:  # peace talks: ACLED records negotiations as agreements
        return AcledCode("Strategic developments", "Agreement")
    if plover_type == "MOBILIZE" and cues & BASE_CUES:
        return AcledCode("Strategic developments", "Headquarters or base established")
    if plover_type in ("RETREAT", "CONCEDE") and cues & TERRITORY_CUES:
        return AcledCode("Strategic developments", "Non-violent transfer of territory")
    if "defection" in cues or "surrender" in cues or (plover_type == "MOBILIZE" and mode in ("troops", "militia")):
        return AcledCode("Strategic developments", "Change to group/activity")  # defections, surrenders, reinforcements
    return None


TERRITORY_CUES = frozenset(
    {"town", "village", "city", "territory", "area", "areas", "headquarters", "positions", "base", "district",
     "hill", "airport", "checkpoint", "neighbourhood", "neighborhood", "control", "villages", "towns", "camp", "camps",
     "bases", "ground", "region", "province", "outpost", "outposts", "stronghold", "strongholds", "hills", "crossing",
     "settlements", "enclave", "bastion", "post", "posts", "hilltop", "hilltops", "checkpoints"}
)  # fmt: skip
PROPERTY_CUES = frozenset({"loot", "looted", "property", "shops", "houses", "homes", "goods", "livestock", "cattle",
                           "crops", "warehouse", "warehouses", "stores"})  # fmt: skip
AGREEMENT_CUES = frozenset({"ceasefire", "truce", "agreement", "deal", "accord", "treaty", "alliance", "allegiance",
                            "swap", "exchange"})
PEACE_CUES = frozenset({"peace", "ceasefire", "truce", "cease-fire"})
BASE_CUES = frozenset({"headquarters", "base", "camp", "camps", "checkpoint"})
_AERIAL = frozenset({"airstrike", "airstrikes", "air", "drone", "warplanes", "jets", "helicopter", "helicopters", "chopper",
                     "choppers", "raids", "bombed", "aerial",
                     "airforce", "warplane", "gunship", "gunships"})  # fmt: skip
_SHELLING = frozenset(
    {"shelling", "shelled", "shells", "artillery", "mortar", "mortars", "rocket", "rockets", "missile", "missiles"}
)
_INCENDIARY = frozenset({"petrol", "molotov"})
_IED = frozenset({"ied", "roadside", "landmine", "mine", "explosive", "car bomb", "bomb", "blast", "explosion", "ordnance"})
_CHEMICAL = frozenset({"chemical", "chlorine", "sarin", "toxic", "mustard", "nerve", "gas", "gases", "poison",
                       "poisonous"})
WEAPON_CUES = frozenset({"weapons", "arms", "explosives", "explosive", "ammunition", "bomb", "bombs", "ied", "ieds",
                         "rifles", "grenades", "mines", "landmines", "rockets", "missiles", "munitions", "device",
                         "devices", "detonators", "firearms", "guns", "pistols", "cache", "stash", "ammunitions",
                         "weapon", "firearm", "gun", "rifle", "pistol", "grenade", "mine", "rocket", "missile",
                         "detonator", "munition"})  # fmt: skip
_SUICIDE = frozenset({"suicide", "bomber"})
_GAIN_CONTROL = frozenset({"take", "takes", "taking", "gain", "gains", "gained", "gaining", "wrest", "wrested", "assume",
                           "assumed", "assumes"})  # fmt: skip


def _assault_code(mode: str | None, actor2_type: str | None, cues: frozenset[str]) -> AcledCode:
    remote = "Explosions/Remote violence"
    if cues & _CHEMICAL and not cues & {"tear", "teargas"}:
        return AcledCode(remote, "Chemical weapon")
    if mode == "sexual" or cues & {"rape", "raped", "raping", "sexual", "sexually"}:
        return AcledCode("Violence against civilians", "Sexual violence")
    if mode == "suicide-attack" or cues & _SUICIDE:
        return AcledCode(remote, "Suicide bomb")
    if mode == "aerial" or cues & _AERIAL:
        return AcledCode(remote, "Air/drone strike")
    if cues & _SHELLING:
        return AcledCode(remote, "Shelling/artillery/missile attack")
    if cues & {"grenade", "grenades"}:
        return AcledCode(remote, "Grenade")
    if cues & _INCENDIARY:  # petrol bombs and Molotov cocktails are not explosive weapons (ACLED)
        return AcledCode("Violence against civilians", "Attack") if actor2_type == "Civilians" else AcledCode(
            "Battles", "Armed clash")
    if mode == "explosives" or cues & _IED:
        return AcledCode(remote, "Remote explosive/landmine/IED")
    if actor2_type == "Civilians":
        if mode == "sexual":
            return AcledCode("Violence against civilians", "Sexual violence")
        return AcledCode("Violence against civilians", "Attack")
    taken = cues & {"captured", "seized", "took", "overran", "overtook", "recaptured", "retook", "regained"}
    if taken and taken != {"took"} or taken and "place" not in cues:  # "fighting took place" takes nothing
        return AcledCode("Battles", "Non-state actor overtakes territory")
    if "control" in cues and cues & _GAIN_CONTROL:  # "takes control of the town", "gained control of three villages"
        return AcledCode("Battles", "Non-state actor overtakes territory")
    return AcledCode("Battles", "Armed clash")


# PLOVER codes a statement about a future act by what the statement does: a commitment to a cooperative
# act is AGREE ("Turkey will allow refugees to return"), a conditional or announced hostile act is
# THREATEN ("will boycott the elections unless ..."). sigacts keeps the act itself with its factuality;
# this gives the PLOVER reading of the pair (PLOVER manual 2021, AGREE and THREATEN).
COOPERATIVE_ACTS = frozenset({"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"})
HOSTILE_ACTS = frozenset({"ASSAULT", "COERCE", "SANCTION", "PROTEST", "MOBILIZE", "REJECT"})
FUTURE_FACTUALITY = frozenset({"planned", "threatened", "hypothetical"})


def plover_statement_type(plover_type: str, factuality: str) -> str:
    """The PLOVER type of an act as the sentence states it: AGREE or THREATEN for future acts, REJECT for
    a cooperative act refused ("failed to reach an agreement", "will not accept", CAMEO 12 in PLOVER)."""
    if factuality == "negated" and plover_type in COOPERATIVE_ACTS:
        return "REJECT"
    if factuality not in FUTURE_FACTUALITY:
        return plover_type
    if plover_type in HOSTILE_ACTS or (factuality != "planned" and plover_type == "RETREAT"):
        return "THREATEN"
    if plover_type in COOPERATIVE_ACTS:
        return "AGREE"
    return plover_type
