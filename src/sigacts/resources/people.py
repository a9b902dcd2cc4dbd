"""People who act for an organisation: heads of state and government, leaders of armed groups and parties.

A report that says "Putin warned" or "Shekau threatened" means the Russian government or Boko Haram. The
table (`resources/data/people.yaml`, one entry per person and office, each with dates and a source) maps a
person's name to the actor he or she led, in office on the article's date: a president resolves to the
government of the country while in office, not before or after.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sigacts.errors import ConfigError
from sigacts.resources.actors import DATA_DIR, ActorBase, _fold, _read_yaml, alias_tokens, default_actor_base

PEOPLE_FILE = DATA_DIR / "people.yaml"
_KEYS = frozenset({"name", "aliases", "actor", "office", "valid_from", "valid_until", "source"})
# Titles and honorifics that may open a person's mention ("President Putin", "Gen. Haftar").
_TITLES = frozenset(
    {"president", "prime", "minister", "premier", "chancellor", "king", "emir", "sheikh", "shaykh", "ayatollah",
     "general", "gen", "lt", "colonel", "col", "marshal", "field", "mullah", "maulana", "dr", "mr", "mrs", "ms",
     "leader", "commander", "chairman", "chairperson", "chief", "former", "late", "ousted", "deposed"}
)  # fmt: skip


@dataclass(frozen=True)
class PersonRole:
    """One person in one office: the actor they act for, and when."""

    name: str
    actor_id: str
    office: str
    aliases: tuple[str, ...] = ()
    valid_from: date | None = None
    valid_until: date | None = None
    source: str = ""

    def valid_on(self, when: date) -> bool:
        """True when `when` lies inside the term of office (open ends count as valid)."""
        return (self.valid_from is None or self.valid_from <= when) and (
            self.valid_until is None or when < self.valid_until
        )


class PeopleTable:
    """Person names (and their other spellings) to the organisations they led, with terms of office."""

    def __init__(self, roles: Iterable[PersonRole]) -> None:
        self._roles: dict[str, list[PersonRole]] = {}
        for role in roles:
            for alias in dict.fromkeys((role.name, *role.aliases)):
                self._roles.setdefault(_fold(alias_tokens(alias)), []).append(role)

    @classmethod
    def load(cls, path: Path = PEOPLE_FILE, actors: ActorBase | None = None) -> PeopleTable:
        """Read a people file; ConfigError on a bad entry or (with `actors`) an unknown actor id."""
        data = _read_yaml(path)
        entries = data.get("people") if isinstance(data, dict) else None
        if not isinstance(entries, list):
            raise ConfigError(f"people file {path}: expected a top-level 'people:' list")
        roles = [_role(entry, path) for entry in entries]
        if actors is not None:
            for role in roles:
                if actors.get(role.actor_id) is None:
                    raise ConfigError(
                        f"people file {path}: {role.name!r} names unknown actor {role.actor_id!r}"
                    )
        return cls(roles)

    def roles(self, name: str) -> list[PersonRole]:
        """Every office of the person a name (perhaps with a title before it) names, in file order."""
        tokens = alias_tokens(name)
        while tokens:
            found = self._roles.get(_fold(tokens))
            if found:
                return list(found)
            if tokens[0].lower() not in _TITLES:
                return []
            tokens = tokens[1:]
        return []

    def actor_for(self, name: str, when: date | None = None) -> str | None:
        """The actor id the person named acted for on `when` (any office when no date); None if unknown.

        Names are proper nouns: a mention that does not start with a capital letter is no one's name.
        """
        if not name[:1].isupper():
            return None
        roles = self.roles(name)
        if when is not None:
            roles = [r for r in roles if r.valid_on(when)]
        return roles[0].actor_id if roles else None

    def __len__(self) -> int:
        return len({(r.name, r.actor_id, r.valid_from) for roles in self._roles.values() for r in roles})


def _role(entry: Any, path: Path) -> PersonRole:
    if not isinstance(entry, dict) or not entry.get("name") or not entry.get("actor"):
        raise ConfigError(f"people file {path}: every entry needs 'name' and 'actor' ({entry!r})")
    unknown = set(entry) - _KEYS
    if unknown:
        raise ConfigError(f"people file {path}: {entry['name']!r} has unknown field(s) {sorted(unknown)}")
    if not entry.get("source"):
        raise ConfigError(f"people file {path}: {entry['name']!r} needs a 'source'")
    dates = {k: entry.get(k) for k in ("valid_from", "valid_until")}
    for key, value in dates.items():
        if value is not None and not isinstance(value, date):
            raise ConfigError(f"people file {path}: {entry['name']!r} '{key}' must be a date (YYYY-MM-DD)")
    return PersonRole(
        name=str(entry["name"]), actor_id=str(entry["actor"]), office=str(entry.get("office") or ""),
        aliases=tuple(str(a) for a in entry.get("aliases") or ()), valid_from=dates["valid_from"],
        valid_until=dates["valid_until"], source=str(entry["source"]),
    )  # fmt: skip


@functools.cache
def default_people_table() -> PeopleTable:
    """The shipped people table, checked against the shipped actor base, loaded once per process."""
    return PeopleTable.load(actors=default_actor_base())
