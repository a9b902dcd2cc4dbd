"""The actor knowledge base: who the armed actors are, what they are called, and how names resolve.

Two shipped data files feed it, both readable YAML in `resources/data/`:

- `actors.yaml` (and `actors_*.yaml` beside it): curated non-state and special actors (id, canonical ACLED-style name, aliases, ACLED actor
  type, country, affiliations, validity dates, renames, source). Users add or override entries with their
  own files in the same format (`ActorBase.load(extra_files=...)`; a later file replaces an earlier entry
  with the same id).
- `state_forces.yaml`: a country table (ISO2, name, demonyms, extra aliases) from which the ACLED state
  actors are generated: "Military Forces of X", "Police Forces of X", "Government of X", "Civilians (X)",
  "Protesters (X)", "Rioters (X)" and "Unidentified Armed Group (X)".

Name matching works on normalised tokens (`alias_tokens`): case-folded, "the" and a leading "al" dropped,
possessives removed, Arabic article variants ("a-", "ash-", "ad-" ...) unified, transliteration endings
("-iyah", "-iya") unified. Short all-caps tokens of an alias ("IS", "SDF", "US") must match with their case,
so "is" in running text never becomes the Islamic State. `resolve()` also peels ACLED decorations
("Military Forces of Syria (2000-)", "Islamic State (Syria)", "QSD: ..."), qualifiers ("Iran-backed") and
role suffixes ("IS fighters", "Nusra leaders"), and follows renames in time (`when`).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from sigacts.errors import ConfigError
from sigacts.records import Actor

DATA_DIR = Path(__file__).parent / "data"
ACTORS_FILE = DATA_DIR / "actors.yaml"
STATE_FORCES_FILE = DATA_DIR / "state_forces.yaml"

ACLED_ACTOR_TYPES: tuple[str, ...] = (
    "State forces",
    "Rebel group",
    "Political militia",
    "Identity militia",
    "Rioters",
    "Protesters",
    "Civilians",
    "External/Other",
)

# kind -> (id prefix, canonical name template, ACLED type, alias templates). In templates {D} is each
# demonym ("Syrian"), {C} each country name ("Syria"), {T} the title name, which carries the article where
# ACLED writes one ("Military Forces of the United States").
_STATE_KINDS: dict[str, tuple[str, str, str, tuple[str, ...]]] = {
    "military": (
        "military_forces",
        "Military Forces of {T}",
        "State forces",
        (
            "{D} army", "{D} military", "{D} armed forces", "{D} troops", "{D} soldiers", "{D} forces",
            "{D} military forces", "{D} government forces", "{D} government troops", "{D} regime forces",
            "{D} army soldiers", "{D} air force", "{D} navy", "{D} warplanes", "{D} jets", "{D} drones",
            "{D} artillery", "{C}'s army", "{C}'s military", "{C}'s armed forces", "armed forces of {C}",
        ),
    ),
    "police": (
        "police_forces",
        "Police Forces of {T}",
        "State forces",
        (
            "{D} police", "{D} police forces", "{D} policemen", "{D} police officers", "{D} riot police",
            "{D} security forces", "{D} security services", "{D} security personnel", "{D} intelligence",
            "{D} intelligence services", "{D} intelligence agents", "{D} gendarmes", "{D} gendarmerie",
            "{D} border guards", "{C}'s police", "{C}'s security forces",
        ),
    ),
    "government": (
        "government",
        "Government of {T}",
        "State forces",
        ("{D} government", "{D} authorities", "{D} officials", "{D} regime", "{C}'s government"),
    ),
    "civilians": ("civilians", "Civilians ({C})", "Civilians", ("{D} civilians", "{D} residents")),
    "protesters": (
        "protesters",
        "Protesters ({C})",
        "Protesters",
        ("{D} protesters", "{D} protestors", "{D} demonstrators"),
    ),
    "rioters": ("rioters", "Rioters ({C})", "Rioters", ("{D} rioters", "{D} mob")),
    "unidentified": ("unidentified_armed_group", "Unidentified Armed Group ({C})", "Political militia", ()),
    # the country's armed opposition when the text names no group ("Syrian rebels", UCDP's "Syrian insurgents")
    "rebels": (
        "rebels",
        "Rebels ({C})",
        "Rebel group",
        (
            "{D} rebels", "{D} insurgents", "{D} rebel forces", "{D} rebel groups", "{D} rebel fighters",
            "{D} armed opposition", "{D} armed opposition groups", "{D} opposition fighters",
            "{D} opposition forces", "{D} opposition rebels", "rebels in {C}", "insurgents in {C}",
        ),
    ),
}
STATE_FORCE_KINDS: tuple[str, ...] = tuple(_STATE_KINDS)
# Named identity groups of a country (state_forces.yaml `identity_militias`) become ACLED identity militias:
# group kind -> (canonical name template, alias templates); {E} is the group's name ("Fulani", "Habar Gidir").
_IDENTITY_KINDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "ethnic": (
        "{E} Ethnic Militia ({C})",
        ("{E}", "{E}s", "{E} militia", "{E} militias", "{E} militiamen", "{E} ethnic militia", "{E} fighters",
         "{E} gunmen", "{E} herdsmen", "{E} herders", "{E} youths", "{E} tribesmen", "{E} warriors", "{E} community"),
    ),
    "clan": (
        "{E} Clan Militia ({C})",
        ("{E} clan", "{E} militia", "{E} clan militia", "{E} clan militias", "{E} militiamen",
         "{E} clan fighters", "{E} fighters", "{E} clansmen", "{E} gunmen"),
    ),
    "communal": (
        "{E} Communal Group ({C})",
        ("{E} community", "{E} communal group", "{E} mob", "{E} youths", "{E} villagers"),
    ),
}  # fmt: skip

# Words that name a state actor only once we know whose: used when `context_country` is given.
_GENERIC_ROLES: dict[str, str] = {
    "army": "military", "military": "military", "armed forces": "military", "troops": "military",
    "soldiers": "military", "government forces": "military", "government troops": "military",
    "regime forces": "military", "regime troops": "military", "state forces": "military",
    "army troops": "military", "air force": "military", "warplanes": "military", "soldier": "military",
    "government soldiers": "military", "army soldiers": "military", "military forces": "military",
    "policeman": "police", "police officer": "police", "security personnel": "police",
    "police": "police", "police forces": "police", "policemen": "police", "police officers": "police",
    "security forces": "police", "security services": "police", "intelligence services": "police",
    "riot police": "police", "gendarmes": "police", "police personnel": "police",
    "government": "government", "authorities": "government", "regime": "government",
    "rebels": "rebels", "rebel forces": "rebels", "rebel fighters": "rebels", "armed opposition": "rebels",
    "opposition fighters": "rebels", "opposition forces": "rebels", "opposition rebels": "rebels",
    "rebel troops": "rebels", "rebel soldiers": "rebels", "opposition troops": "rebels", "insurgent forces": "rebels",
    "insurgent troops": "rebels", "ethnic soldiers": "rebels", "ethnic troops": "rebels",
    "civilians": "civilians", "protesters": "protesters", "protestors": "protesters",
    "demonstrators": "protesters", "rioters": "rioters",
    "gunmen": "unidentified", "unidentified gunmen": "unidentified", "unknown gunmen": "unidentified",
    "armed men": "unidentified", "unidentified armed men": "unidentified",
    "unidentified assailants": "unidentified", "unknown assailants": "unidentified",
}

# Trailing words that name members or parts of an actor: "IS fighters" is the Islamic State.
_ROLE_SUFFIXES = frozenset(
    ["group", "groups", "fighters", "fighter", "militants", "militant", "members", "member", "forces", "force", "leaders", "leader", "militia", "militias", "militiamen", "jihadists", "jihadist", "rebels", "rebel", "insurgents", "insurgent", "gunmen", "operatives", "commanders", "commander", "units", "unit", "troops", "soldiers", "movement", "organisation", "organization", "faction", "network", "officials", "official", "spokesman", "positions", "elements", "cells", "cell", "loyalists", "activists", "activist", "supporters", "supporter", "cadres", "cadre", "followers", "youths", "goons", "men"]
)
# Leading qualifiers that do not change who the actor is: "so-called", "suspected", "Iran-backed".
_QUALIFIER_WORDS = frozenset(
    ["so", "called", "self", "styled", "proclaimed", "alleged", "suspected", "backed", "led", "linked", "affiliated", "allied", "aligned", "supported", "sponsored", "funded"]
)

_ENTRY_KEYS = frozenset(
    ["id", "name", "type", "country", "wikidata", "aliases", "exact_aliases", "affiliations", "valid_from", "valid_until", "renamed_to", "source", "militia"]
)
_COUNTRY_KEYS = frozenset(
    ["code", "name", "names", "title_name", "demonyms", "extra_aliases", "identity_militias", "generic_roles"]
)
MILITIA_SUFFIX = "_militia"
_ID_RE = re.compile(r"^[a-z0-9][a-z0-9_]*$")
_ISO2_RE = re.compile(r"^[A-Z]{2}$")
_WIKIDATA_RE = re.compile(r"^Q[0-9]+$")


# ---------------------------------------------------------------------------------------------------------
# Name normalisation


_CHAR_MAP = str.maketrans(
    {
        "\u2019": "'", "\u2018": "'", "`": "'", "\u00b4": "'", "\u02bc": "'", "\u02bb": "'", "\u02be": "'",
        "\u02bf": "'", "\u2013": "-", "\u2014": "-", "\u2010": "-", "\u2011": "-", "\u2212": "-",
    }
)
_ACRONYM_DOT = re.compile(r"(?<![A-Za-z])([A-Za-z])\.")
_POSSESSIVE = re.compile(r"(?<=\w)'s\b|(?<=s)'(?=\s|$)")
# Sun-letter assimilation and other spellings of the Arabic article: "a-Sharqia", "ash-Sham", "el-".
_ARTICLE = re.compile(r"\b(?:al|el|a|an|ad|ar|as|ash|at|ath|az|adh|ed|es|er|et|ez|ul|ud|un|ur|us)-(?=\w)", re.IGNORECASE)
_SPLIT = re.compile(r"[\W_]+")
_ENDINGS = (("iyyah", "ia"), ("iyyeh", "ia"), ("iyah", "ia"), ("iyeh", "ia"), ("iyya", "ia"), ("iya", "ia"))


# Common spellings of the same Arabic word in group names: Jaysh = Jaish = Jeish (army), Failaq = Faylaq.
_SPELLINGS = {"jaysh": "Jaish", "jeish": "Jaish", "jaish": "Jaish", "failaq": "Faylaq", "feylaq": "Faylaq",
              "faylaq": "Faylaq", "alwiya": "Liwa", "alwiyat": "Liwa", "kataeb": "Kataib", "katibat": "Katiba",
              "usood": "Usud", "asoud": "Usud", "osoud": "Usud",
              # common English misspellings of group words ("Baloch Seperatists")
              "seperatist": "separatist", "seperatists": "separatists", "separtist": "separatist",
              "separtists": "separatists"}  # fmt: skip


@functools.lru_cache(maxsize=65536)
def _fold_ending(token: str) -> str:
    """Unify transliteration endings (Sharqiyah = Sharqiya = Sharqia, Nusrah = Nusra) and `_SPELLINGS`."""
    spelled = _SPELLINGS.get(token.lower())
    if spelled is not None:
        return spelled
    if len(token) <= 4 or token[-1] not in "ahAH":  # every ending below ends in a or h
        return token
    lower = token.lower()
    for ending, repl in _ENDINGS:
        if lower.endswith(ending):
            return token[: -len(ending)] + repl
    if lower.endswith("ah"):
        return token[:-1]
    return token


def alias_tokens(text: str) -> tuple[str, ...]:
    """Normalise a name to comparable tokens, keeping letter case (compare case-folded, but see `_case_mask`).

    Strips accents, acronym dots ("U.S." -> "US"), possessives, apostrophes inside words ("Jama'at"),
    punctuation and hyphens; unifies Arabic article variants to "al"; drops a leading "the" and "al" (not the acronym "AL").
    """
    text = text.translate(_CHAR_MAP)
    if not text.isascii():  # most names are ASCII: skip the costly accent stripping for them
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _ACRONYM_DOT.sub(r"\1", text)
    text = _POSSESSIVE.sub("", text)
    text = _ARTICLE.sub("al-", text).replace("'", "")
    tokens = [_fold_ending(t) for t in _SPLIT.split(text) if t]
    # "AL" in capitals is an acronym (the Awami League), not the article: "AL militia" is no bare "militia"
    while len(tokens) > 1 and (tokens[0].lower() == "the" or tokens[0] in ("al", "Al")):
        tokens.pop(0)
    return tuple(tokens)


def _is_acronym(token: str) -> bool:
    return len(token) <= 6 and token.isupper()


def _case_mask(tokens: tuple[str, ...], exact: bool) -> tuple[bool, ...]:
    """Which tokens of an alias must match with their case: all for exact aliases, else short all-caps ones."""
    return tuple(exact or _is_acronym(t) for t in tokens)


def _fold(tokens: Sequence[str]) -> str:
    return " ".join(t.casefold() for t in tokens)


def alias_is_case_sensitive(alias: str) -> bool:
    """True when an alias has tokens that only match with their case ("IS", "US army"), for matcher builders."""
    return any(_is_acronym(t) for t in alias_tokens(alias))


# ---------------------------------------------------------------------------------------------------------
# Records


@dataclass(frozen=True)
class ActorEntry:
    """One actor of the knowledge base: canonical ACLED-style name, aliases, type, country, lifecycle."""

    actor_id: str
    name: str
    type: str
    country_code: str | None
    aliases: tuple[str, ...] = ()
    wikidata: str | None = None
    affiliations: tuple[str, ...] = ()
    valid_from: date | None = None
    valid_until: date | None = None
    renamed_to: str | None = None
    source: str = ""
    exact_aliases: tuple[str, ...] = ()  # aliases matched only with exactly this letter case

    def to_actor(self, mention: str | None = None) -> Actor:
        """The record-model `Actor` for this entry, carrying the words that named it."""
        return Actor(
            name=self.name, actor_id=self.actor_id, mention=mention, type=self.type, country_code=self.country_code
        )

    def all_names(self) -> tuple[str, ...]:
        """Canonical name, aliases and exact aliases, in that order, without repeats."""
        return tuple(dict.fromkeys((self.name, *self.aliases, *self.exact_aliases)))

    def valid_on(self, when: date) -> bool:
        """True when `when` lies inside the entry's validity (open ends count as valid)."""
        return (self.valid_from is None or self.valid_from <= when) and (
            self.valid_until is None or when < self.valid_until
        )


@dataclass(frozen=True)
class _AliasRef:
    actor_id: str
    tokens: tuple[str, ...]
    mask: tuple[bool, ...]

    def accepts(self, tokens: Sequence[str]) -> bool:
        return all(a == m for a, m, strict in zip(self.tokens, tokens, self.mask, strict=True) if strict)


@dataclass(frozen=True)
class _Country:
    code: str
    name: str
    names: tuple[str, ...]
    demonyms: tuple[str, ...]
    # generic phrase ("security forces", "insurgents") -> a state kind or a curated actor id, for this country
    generic_roles: tuple[tuple[str, str], ...] = ()


# ---------------------------------------------------------------------------------------------------------
# Reading the YAML files


def _read_yaml(path: Path) -> Any:
    """Parse one YAML file with the C loader when there is one."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot read actor file {path}: {exc.strerror}; check the path") from exc
    try:
        return yaml.load(text, Loader=loader)
    except yaml.YAMLError as exc:
        raise ConfigError(f"actor file {path} is not valid YAML: {exc}; fix the syntax") from exc


def _str_list(value: Any, field: str, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str) or not isinstance(value, list):
        raise ConfigError(f"{where}: '{field}' must be a list of strings, e.g. [\"IS\", \"ISIS\"]")
    if not all(isinstance(v, str) and v.strip() for v in value):
        raise ConfigError(f"{where}: '{field}' must hold only non-empty strings; found {value!r}")
    return tuple(v.strip() for v in value)


def _as_date(value: Any, field: str, where: str) -> date | None:
    """A date from YAML: a date, or an ISO string "YYYY-MM-DD", "YYYY-MM" or "YYYY" (first day)."""
    if value is None or isinstance(value, date):
        return value
    text = str(value).strip()
    for fmt_len, suffix in ((10, ""), (7, "-01"), (4, "-01-01")):
        if len(text) == fmt_len:
            try:
                return date.fromisoformat(text + suffix)
            except ValueError:
                break
    raise ConfigError(f"{where}: '{field}' is {value!r}; write an ISO date like 2016-07-28, 2016-07 or 2016")


def _optional_str(obj: Mapping[str, Any], field: str, where: str) -> str | None:
    value = obj.get(field)
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(f"{where}: '{field}' must be a non-empty string; found {value!r}")
    return value.strip()


def _entry_from_mapping(obj: Any, where: str, default_source: str) -> ActorEntry:
    """Validate one actor mapping from a YAML file and build its entry; errors name the entry."""
    if not isinstance(obj, dict):
        raise ConfigError(f"{where}: each actor must be a mapping with id, name, type ...; found {obj!r}")
    actor_id = obj.get("id")
    if not isinstance(actor_id, str) or not _ID_RE.match(actor_id):
        raise ConfigError(f"{where}: 'id' must be a lower-case slug like islamic_state; found {actor_id!r}")
    where = f"{where} (id {actor_id!r})"
    unknown = sorted(set(obj) - _ENTRY_KEYS)
    if unknown:
        raise ConfigError(f"{where}: unknown field(s) {unknown}; allowed: {sorted(_ENTRY_KEYS)}")
    name = _optional_str(obj, "name", where)
    if name is None:
        raise ConfigError(f"{where}: 'name' (the canonical actor name) is missing")
    if obj.get("type") not in ACLED_ACTOR_TYPES:
        raise ConfigError(f"{where}: 'type' is {obj.get('type')!r}; use one of {list(ACLED_ACTOR_TYPES)}")
    country = obj.get("country")
    if country is not None and (not isinstance(country, str) or not _ISO2_RE.match(country)):
        raise ConfigError(f"{where}: 'country' must be an upper-case ISO2 code like SY, or null; found {country!r}")
    wikidata = _optional_str(obj, "wikidata", where)
    if wikidata is not None and not _WIKIDATA_RE.match(wikidata):
        raise ConfigError(f"{where}: 'wikidata' must be a Q-id like Q2429253; found {wikidata!r}")
    return ActorEntry(
        actor_id=actor_id,
        name=name,
        type=obj["type"],
        country_code=country,
        aliases=_str_list(obj.get("aliases"), "aliases", where),
        exact_aliases=_str_list(obj.get("exact_aliases"), "exact_aliases", where),
        wikidata=wikidata,
        affiliations=_str_list(obj.get("affiliations"), "affiliations", where),
        valid_from=_as_date(obj.get("valid_from"), "valid_from", where),
        valid_until=_as_date(obj.get("valid_until"), "valid_until", where),
        renamed_to=_optional_str(obj, "renamed_to", where),
        source=_optional_str(obj, "source", where) or default_source,
    )


def _militia_entry(party: ActorEntry, spec: Any, where: str) -> ActorEntry:
    """The ACLED political militia of a party (`militia: true` or `militia: "<ACLED name>"`).

    ACLED codes a party's violent supporters as a separate actor, "<Party> Militia"; it is affiliated with
    the party and answers to "<alias> militia" and "<alias> militiamen" for each alias of the party.
    """
    if spec is not True and (not isinstance(spec, str) or not spec.strip()):
        raise ConfigError(f"{where}: 'militia' must be true or the militia's ACLED name; found {spec!r}")
    name = spec.strip() if isinstance(spec, str) else f"{party.name} Militia"
    aliases = [f"{alias} {word}" for alias in party.all_names() for word in ("militia", "militiamen")]
    return ActorEntry(
        actor_id=party.actor_id + MILITIA_SUFFIX,
        name=name,
        type="Political militia",
        country_code=party.country_code,
        aliases=tuple(a for a in dict.fromkeys(aliases) if a != name),
        affiliations=(party.actor_id,),
        valid_from=party.valid_from,
        valid_until=party.valid_until,
        source=f"{party.source}; militia generated (ACLED political militia convention)",
    )


def read_actor_file(path: Path, default_source: str = "") -> list[ActorEntry]:
    """Read an actor YAML file (top-level key `actors:`, a list of entries); ConfigError names bad entries."""
    doc = _read_yaml(path)
    if not isinstance(doc, dict) or set(doc) != {"actors"} or not isinstance(doc["actors"], list):
        raise ConfigError(f"actor file {path} must have exactly one top-level key 'actors' holding a list")
    entries: list[ActorEntry] = []
    seen: set[str] = set()
    for i, obj in enumerate(doc["actors"], start=1):
        where = f"{path}: actor #{i}"
        entry = _entry_from_mapping(obj, where, default_source)
        found = [entry]
        if obj.get("militia"):
            found.append(_militia_entry(entry, obj["militia"], where))
        for item in found:
            if item.actor_id in seen:
                raise ConfigError(f"{where}: id {item.actor_id!r} appears twice in this file")
            seen.add(item.actor_id)
            entries.append(item)
    return entries


def _country_from_mapping(obj: Any, where: str) -> tuple[_Country, str, dict[str, tuple[str, ...]]]:
    """Validate one row of the country table; returns the country, its title name and extra aliases."""
    if not isinstance(obj, dict) or not isinstance(obj.get("code"), str) or not _ISO2_RE.match(obj["code"]):
        raise ConfigError(f"{where}: each country needs 'code' (ISO2, upper case); found {obj!r}")
    where = f"{where} ({obj['code']})"
    unknown = sorted(set(obj) - _COUNTRY_KEYS)
    if unknown:
        raise ConfigError(f"{where}: unknown field(s) {unknown}; allowed: {sorted(_COUNTRY_KEYS)}")
    name = _optional_str(obj, "name", where)
    demonyms = _str_list(obj.get("demonyms"), "demonyms", where)
    if name is None or not demonyms:
        raise ConfigError(f"{where}: 'name' and at least one entry in 'demonyms' are required")
    extras_obj = obj.get("extra_aliases") or {}
    if not isinstance(extras_obj, dict) or not set(extras_obj) <= set(_STATE_KINDS):
        raise ConfigError(f"{where}: 'extra_aliases' must map kinds {list(_STATE_KINDS)} to lists of aliases")
    extras = {kind: _str_list(v, f"extra_aliases.{kind}", where) for kind, v in extras_obj.items()}
    roles = obj.get("generic_roles") or {}
    if not isinstance(roles, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in roles.items()):
        raise ConfigError(f"{where}: 'generic_roles' must map phrases to a kind or an actor id")
    country = _Country(
        obj["code"],
        name,
        (name, *_str_list(obj.get("names"), "names", where)),
        demonyms,
        tuple((_fold(alias_tokens(k)), v) for k, v in roles.items()),
    )
    return country, _optional_str(obj, "title_name", where) or name, extras


def _identity_entries(obj: Mapping[str, Any], country: _Country, where: str) -> list[ActorEntry]:
    """ACLED identity militias of one country's named groups (`identity_militias: {ethnic: [...], ...}`)."""
    groups = obj.get("identity_militias") or {}
    if not isinstance(groups, dict) or not set(groups) <= set(_IDENTITY_KINDS):
        raise ConfigError(f"{where}: 'identity_militias' must map kinds {list(_IDENTITY_KINDS)} to lists of names")
    entries = []
    for kind, names in groups.items():
        name_tpl, templates = _IDENTITY_KINDS[kind]
        for written in _str_list(names, f"identity_militias.{kind}", where):
            # "Rizeigat / Rizaygat / Rezeigat": the first spelling names the militia, every one is an alias.
            group, *variants = [s.strip() for s in written.split("/") if s.strip()]
            slug = re.sub(r"[^a-z0-9]+", "_", _fold(alias_tokens(group))).strip("_")
            entries.append(
                ActorEntry(
                    actor_id=f"{kind}_{slug}_{country.code.lower()}",
                    name=name_tpl.replace("{E}", group).replace("{C}", country.name),
                    type="Identity militia",
                    country_code=country.code,
                    aliases=tuple(dict.fromkeys(t.replace("{E}", g) for g in (group, *variants) for t in templates)),
                    source="generated from state_forces.yaml identity_militias (ACLED naming convention)",
                )
            )
    return entries


def _state_entries(country: _Country, title: str, extras: Mapping[str, tuple[str, ...]]) -> list[ActorEntry]:
    """Generate the ACLED state, civilian and unidentified actors of one country."""
    entries = []
    for kind, (prefix, name_tpl, actor_type, templates) in _STATE_KINDS.items():
        # ACLED writes the country as it likes: "Military Forces of the United States of America"
        # and without the article of the title ("Police Forces of Democratic Republic of Congo")
        written = [*country.names[1:], *(f"the {n}" for n in country.names if title.startswith("the "))]
        written += [country.name] if title != country.name else []
        aliases: list[str] = [name_tpl.replace("{T}", n).replace("{C}", n) for n in written]
        for tpl in templates:
            fillers = country.demonyms if "{D}" in tpl else country.names
            aliases += [tpl.replace("{D}", f).replace("{C}", f) for f in fillers]
        entries.append(
            ActorEntry(
                actor_id=f"{prefix}_{country.code.lower()}",
                name=name_tpl.replace("{T}", title).replace("{C}", country.name),
                type=actor_type,
                country_code=country.code,
                aliases=tuple(dict.fromkeys((*aliases, *extras.get(kind, ())))),
                source="generated from state_forces.yaml (ACLED naming convention)",
            )
        )
    return entries


def read_country_table(path: Path) -> tuple[list[_Country], list[ActorEntry]]:
    """Read the country table and generate its state actors."""
    doc = _read_yaml(path)
    if not isinstance(doc, dict) or not isinstance(doc.get("countries"), list):
        raise ConfigError(f"country table {path} must have a top-level key 'countries' holding a list")
    countries: list[_Country] = []
    entries: list[ActorEntry] = []
    for i, obj in enumerate(doc["countries"], start=1):
        country, title, extras = _country_from_mapping(obj, f"{path}: country #{i}")
        countries.append(country)
        entries += _state_entries(country, title, extras)
        entries += _identity_entries(obj, country, f"{path}: country #{i}")
    return countries, entries


# ---------------------------------------------------------------------------------------------------------
# The knowledge base


class ActorBase:
    """Actors by id, an alias index for resolving mentions, and the country/demonym table."""

    def __init__(self, entries: Iterable[ActorEntry], countries: Iterable[_Country] = ()) -> None:
        """Index `entries` (later entries replace earlier ones with the same id); checks references."""
        self._entries: dict[str, ActorEntry] = {}
        for entry in entries:
            self._entries[entry.actor_id] = entry
        self._countries = {c.code: c for c in countries}
        self._check_references()
        self._predecessor = {e.renamed_to: e.actor_id for e in self._entries.values() if e.renamed_to}
        self._index: dict[str, list[_AliasRef]] = {}
        for entry in self._entries.values():
            self._index_entry(entry)
        self._demonyms = self._table((c.code, d) for c in self._countries.values() for d in c.demonyms)
        self._country_names = self._table((c.code, n) for c in self._countries.values() for n in c.names)

    @staticmethod
    def _table(pairs: Iterable[tuple[str, str]]) -> dict[str, str | None]:
        """Folded word -> country code, or None where two countries share the word ("Congolese")."""
        table: dict[str, str | None] = {}
        for code, word in pairs:
            key = _fold(alias_tokens(word))
            table[key] = code if table.get(key, code) == code else None
        return table

    def _check_references(self) -> None:
        for entry in self._entries.values():
            for ref in (*entry.affiliations, *([entry.renamed_to] if entry.renamed_to else [])):
                if ref not in self._entries:
                    raise ConfigError(
                        f"actor {entry.actor_id!r} refers to unknown actor id {ref!r}; add it or fix the id"
                    )
            seen = {entry.actor_id}
            nxt = entry.renamed_to
            while nxt:
                if nxt in seen:
                    raise ConfigError(f"actor {entry.actor_id!r}: renamed_to chain loops back to {nxt!r}")
                seen.add(nxt)
                nxt = self._entries[nxt].renamed_to

    def _index_entry(self, entry: ActorEntry) -> None:
        exact = set(entry.exact_aliases)
        for alias in entry.all_names():
            tokens = alias_tokens(alias)
            if not tokens:
                continue
            ref = _AliasRef(entry.actor_id, tokens, _case_mask(tokens, alias in exact))
            refs = self._index.setdefault(_fold(tokens), [])
            if ref not in refs:
                refs.append(ref)

    @classmethod
    def load(cls, extra_files: Sequence[Path] = ()) -> ActorBase:
        """Shipped data plus user actor files (same format as actors.yaml); ConfigError on a bad file."""
        countries, entries = read_country_table(STATE_FORCES_FILE)
        for shipped in shipped_actor_files():
            entries += read_actor_file(shipped)
        for path in extra_files:
            entries += read_actor_file(Path(path), default_source=f"user file {Path(path).name}")
        return cls(entries, countries)

    # -- lookups ------------------------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, actor_id: str) -> ActorEntry | None:
        """The entry with this id, or None."""
        return self._entries.get(actor_id)

    def entries(self) -> Iterator[ActorEntry]:
        """All entries, shipped, generated and user-supplied."""
        return iter(self._entries.values())

    def patterns(self) -> list[tuple[str, str]]:
        """(alias as written, actor id) pairs for building a phrase matcher.

        Match case-insensitively (spaCy attr "LOWER") and confirm each hit with `resolve()`, which applies
        the case rules (`alias_is_case_sensitive`) and the lifecycle.
        """
        return [(alias, e.actor_id) for e in self._entries.values() for alias in e.all_names()]

    def state_forces(self, country_code: str, kind: str = "military") -> ActorEntry | None:
        """The generated state actor of a country: kind is one of STATE_FORCE_KINDS."""
        if kind not in _STATE_KINDS:
            raise ConfigError(f"unknown state force kind {kind!r}; use one of {list(STATE_FORCE_KINDS)}")
        return self._entries.get(f"{_STATE_KINDS[kind][0]}_{country_code.lower()}")

    def country_for_demonym(self, word: str) -> str | None:
        """ISO2 code for a demonym ("Lebanese" -> "LB", "Syrians" -> "SY"); None if unknown or shared."""
        key = _fold(alias_tokens(word))
        if key not in self._demonyms and key.endswith("s"):
            key = key[:-1]
        return self._demonyms.get(key)

    def country_for_name(self, name: str) -> str | None:
        """ISO2 code for a country name in the table ("Syria" -> "SY"); None if unknown."""
        return self._country_names.get(_fold(alias_tokens(name)))

    def ambiguous_aliases(self) -> dict[str, tuple[str, ...]]:
        """Aliases that name more than one actor under the same case rule: normalised alias -> actor ids.

        The key is the alias's normalised tokens joined by spaces, in the case of one of its spellings.
        """
        out: dict[str, tuple[str, ...]] = {}
        for refs in self._index.values():
            by_shape: dict[tuple[tuple[str, ...], tuple[bool, ...]], list[_AliasRef]] = {}
            for ref in refs:
                shape = (tuple(t if m else t.casefold() for t, m in zip(ref.tokens, ref.mask)), ref.mask)
                by_shape.setdefault(shape, []).append(ref)
            for group in by_shape.values():
                ids = sorted({r.actor_id for r in group})
                if len(ids) > 1:
                    out[" ".join(group[0].tokens)] = tuple(ids)
        return out

    # -- resolution ---------------------------------------------------------------------------------------

    def candidates(self, mention: str) -> list[ActorEntry]:
        """Every actor the words could name, ignoring context and time (empty if none)."""
        for tokens, _hint in self._token_variants(mention):
            ids = self._match(tokens)
            if ids:
                return [self._entries[i] for i in ids]
        return []

    def resolve(
        self, mention: str, *, when: date | None = None, context_country: str | None = None
    ) -> ActorEntry | None:
        """The actor a mention names, or None if unknown or ambiguous.

        Tries the words as written, then without ACLED decorations, qualifiers and role suffixes. Among
        several candidates it prefers the stricter case match, then `context_country` (or a country named
        in parentheses), then the actors valid on `when`; an organisation founded after `when` under any
        name is no candidate. With `when`, renamed actors are followed to the name in force on that date. Generic words ("security forces", "the army") resolve only with a
        `context_country`.
        """
        local = self._country_reading(mention, context_country) if context_country else None
        if local is not None and self.existed(local, when):  # not a branch founded after the report
            return self._in_force(local, when)
        for tokens, hint in self._token_variants(mention):
            ids = self._match(tokens)
            if ids:
                chosen = self._choose(ids, context_country or hint, when)
                return self._in_force(chosen, when) if chosen else None
        if context_country:
            entry = self.generic_actor(mention, context_country)
            return self._in_force(entry, when) if entry else None
        return None

    def generic_actor(self, mention: str, country_code: str) -> ActorEntry | None:
        """The actor a generic phrase ("security forces", "the militants") names in a country, or None.

        The country's own `generic_roles` (state_forces.yaml) come first: "security forces" are the
        military in Pakistan, "insurgents" the southern separatists in Thailand. Then the phrases every
        country shares (`_GENERIC_ROLES`). Only whole phrases count: stripping "soldiers" from "government
        soldiers" would name the government.
        """
        local = self._country_reading(mention, country_code)
        if local is not None:
            return local
        for raw, _hint in self._raw_variants(mention):
            kind = _GENERIC_ROLES.get(_fold(alias_tokens(raw)))
            if kind:
                return self.state_forces(country_code, kind)
        return None

    def _country_reading(self, mention: str, country_code: str) -> ActorEntry | None:
        """What a phrase means in this country by its `generic_roles` ("Taliban" in Pakistan is the TTP)."""
        country = self._countries.get(country_code)
        if country is None or not country.generic_roles:
            return None
        roles = dict(country.generic_roles)
        for tokens, _hint in self._token_variants(mention):
            target = roles.get(_fold(tokens))
            if target in _STATE_KINDS:
                return self.state_forces(country_code, target)
            if target:
                return self._entries.get(target)
        return None

    def militia_of(self, actor_id: str) -> ActorEntry | None:
        """The political militia ACLED codes for a party's violent supporters ("BNP" -> "BNP ... Militia").

        A party wing with no militia of its own (a youth front) fights as its parent party's militia, the
        wing associated: ACLED's code for the men of the front is the party's."""
        own = self._entries.get(actor_id + MILITIA_SUFFIX)
        if own is not None:
            return own
        entry = self._entries.get(actor_id)
        parents = entry.affiliations if entry is not None and entry.type == "Protesters" else ()
        return next((m for m in (self._entries.get(p + MILITIA_SUFFIX) for p in parents) if m is not None), None)

    def party_of(self, actor_id: str) -> ActorEntry | None:
        """The party a generated political militia belongs to (the inverse of `militia_of`), else None."""
        if not actor_id.endswith(MILITIA_SUFFIX):
            return None
        party = self._entries.get(actor_id[: -len(MILITIA_SUFFIX)])
        return party if party is not None and self.militia_of(party.actor_id) is not None else None

    def _match(self, tokens: tuple[str, ...]) -> list[str]:
        """Actor ids whose alias matches the tokens, keeping only the strictest case match."""
        refs = [r for r in self._index.get(_fold(tokens), ()) if r.accepts(tokens)]
        if not refs:
            return []
        best = max(sum(r.mask) for r in refs)
        return list(dict.fromkeys(r.actor_id for r in refs if sum(r.mask) == best))

    def _choose(self, ids: list[str], country: str | None, when: date | None) -> ActorEntry | None:
        entries = [self._entries[i] for i in ids]
        if when is not None:
            # a name cannot mean an organisation that did not exist yet under any name ("SSA" in 2015)
            entries = [e for e in entries if self.existed(e, when)]
        if len(entries) > 1 and country:
            local = [e for e in entries if e.country_code == country]
            entries = local or entries
        if len(entries) > 1 and when:
            current = [e for e in entries if e.valid_on(when)]
            entries = current or entries
        return entries[0] if len(entries) == 1 else None

    def existed(self, entry: ActorEntry, when: date | None) -> bool:
        """Whether the organisation existed on `when` under this or an earlier name (True without a date)."""
        if when is None or entry.valid_from is None or when >= entry.valid_from:
            return True
        return entry.actor_id in self._predecessor

    def in_force(self, entry: ActorEntry, when: date | None) -> ActorEntry:
        """The name in force on `when` of the organisation an entry belongs to (the entry itself if no date)."""
        return self._in_force(entry, when)

    def _in_force(self, entry: ActorEntry, when: date | None) -> ActorEntry:
        """Follow renames forwards (or back to the predecessor) to the name in force on `when`."""
        if when is None:
            return entry
        while entry.renamed_to:
            successor = self._entries[entry.renamed_to]
            switch = entry.valid_until or successor.valid_from
            if switch is None or when < switch:
                break
            entry = successor
        while entry.valid_from and when < entry.valid_from and entry.actor_id in self._predecessor:
            entry = self._entries[self._predecessor[entry.actor_id]]
        return entry

    def lineage(self, actor_id: str) -> frozenset[str]:
        """The actor and every name it had before or after renames and mergers (one organisation)."""
        seen: set[str] = set()
        todo = [actor_id]
        while todo:
            current = todo.pop()
            entry = self._entries.get(current)
            if current in seen or entry is None:
                continue
            seen.add(current)
            todo += [x for x in (entry.renamed_to, self._predecessor.get(current)) if x]
        return frozenset(seen)

    # -- mention variants ---------------------------------------------------------------------------------

    def _raw_variants(self, mention: str) -> list[tuple[str, str | None]]:
        """The mention and its ACLED-decoration-free forms, each with a country hint from parentheses."""
        text = " ".join(mention.split())
        variants: list[tuple[str, str | None]] = [(text, None)]
        years = _YEAR_PAREN.match(text)
        if years:
            head, dates, tail = years.group(1).strip(), years.group(2), years.group(3).strip()
            # "Military Forces of Libya (2014-) Special Forces": the dated name may be an actor of its own
            variants += [(f"{head} {dates}", None), (tail, None)] if tail else []
            variants.append((head, None))
        else:
            paren = _TRAILING_PAREN.match(text)
            if paren:
                variants.append((paren.group(1).strip(), self.country_for_name(paren.group(2))))
        for raw, hint in list(variants):
            prefix = _ACLED_PREFIX.match(raw)
            if prefix:
                variants.append((prefix.group(1), hint))
        return variants

    def _token_variants(self, mention: str) -> Iterator[tuple[tuple[str, ...], str | None]]:
        """Token forms to try, most literal first: raw forms, then without qualifiers and role suffixes."""
        seen: set[tuple[str, ...]] = set()
        for raw, hint in self._raw_variants(mention):
            for tokens in _stripped_forms(alias_tokens(raw)):
                if tokens and tokens not in seen:
                    seen.add(tokens)
                    yield tokens, hint


_YEAR_PAREN = re.compile(r"^(.*?)\s*(\(\s*\d{4}\s*-\s*(?:\d{4})?\s*\))\s*(.*)$")
_TRAILING_PAREN = re.compile(r"^(.+?)\s*\(([^()]+)\)\s*$")
# "TTP: ...", "CPI (Maoist): ...", "SPLA/M-In Opposition: ...": an abbreviation before a colon
_ACLED_PREFIX = re.compile(r"^(?:[A-Za-z0-9./&' -]{2,20}(?:\([A-Za-z0-9 .-]{1,12}\))?[A-Za-z0-9 -]{0,8}):\s*(.+)$")


def _stripped_forms(tokens: tuple[str, ...]) -> Iterator[tuple[str, ...]]:
    """The tokens, then without leading qualifiers, then without trailing role words (one at a time)."""
    yield tokens
    start = 0
    for i, tok in enumerate(tokens[:-1][:4]):
        if tok.lower() in _QUALIFIER_WORDS:
            start = i + 1
    if start:
        tokens = tokens[start:]
        while len(tokens) > 1 and tokens[0].lower() in ("the", "al"):
            tokens = tokens[1:]
        yield tokens
    while len(tokens) > 1 and tokens[-1].lower() in _ROLE_SUFFIXES:
        tokens = tokens[:-1]
        yield tokens


def shipped_actor_files() -> list[Path]:
    """The curated actor files shipped with sigacts: actors.yaml, then actors_*.yaml by name."""
    return [ACTORS_FILE, *sorted(DATA_DIR.glob("actors_*.yaml"))]


@functools.cache
def default_actor_base() -> ActorBase:
    """The shipped actor base, loaded once per process."""
    return ActorBase.load()
