"""Tests for the offline gazetteer: normalisation, index building, lookup, resolution and countries."""

from __future__ import annotations

import csv
import math
import shutil
import time
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest

from sigacts.errors import ConfigError
from sigacts.resources import gazetteer as gz
from sigacts.resources.gazetteer import (
    CURATED_CSV,
    INDEX_FILENAME,
    Gazetteer,
    GazetteerEntry,
    GazetteerSources,
    normalise_place_name,
    spelling_key,
)

# --------------------------------------------------------------------------------------------------
# Fixtures
# --------------------------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def full_index_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real index (GeoNames + curated), built once per test session into a temporary folder."""
    path = tmp_path_factory.mktemp("gazetteer") / INDEX_FILENAME
    messages: list[str] = []
    Gazetteer.open(path, progress=messages.append).close()
    assert any("GeoNames" in message for message in messages)
    return path


@pytest.fixture(scope="session")
def gazetteer(full_index_path: Path) -> Iterator[Gazetteer]:
    with Gazetteer.open(full_index_path) as opened:
        yield opened


def _city(
    gid: int, name: str, country: str, population: int, *alternates: str, admin1: str = "01"
) -> dict[str, Any]:
    return {
        "geonameid": gid,
        "name": name,
        "latitude": 10.0 + gid / 100,
        "longitude": 20.0,
        "countrycode": country,
        "population": population,
        "admin1code": admin1,
        "alternatenames": list(alternates),
    }


TINY_CITIES: list[Mapping[str, Any]] = [
    _city(1, "Smallton", "LB", 600),
    _city(2, "Smallton", "FR", 700),
    _city(3, "Al Qaryatayn", "SY", 20000, "Qaryatain", "قريتين", "DAM", "qrytyn"),
    _city(4, "Bigville", "IQ", 50000, "Sam"),
    _city(5, "Unknownpop", "YE", 0),
]


def tiny_sources(curated_csv: Path = CURATED_CSV, label: str = "tiny-test-cities") -> GazetteerSources:
    """Real curated and country data, five made-up cities: builds in well under a second."""

    def cities() -> list[Mapping[str, Any]]:
        return TINY_CITIES

    return GazetteerSources(curated_csv=curated_csv, cities=cities, cities_label=label)


@pytest.fixture
def tiny(tmp_path: Path) -> Iterator[Gazetteer]:
    with Gazetteer.open(tmp_path / "tiny.sqlite", sources=tiny_sources()) as opened:
        yield opened


# --------------------------------------------------------------------------------------------------
# Normalisation
# --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "variants",
    [
        ("Wadi a-Rahiba", "Wadi al-Rahiba", "Wadi ar Rahiba", "wadi el-rahiba", "Wadi al Rahiba"),
        ("Qalamoun", "Qalamun", "QALAMOUN", "Qalamoûn"),
        ("Deir ez-Zor", "Deir al-Zor", "Deir el Zor", "Dayr az-Zor"),
        ("Arsal", "Aarsal", "'Arsal", "\u2018Arsal"),
        ("Ma'arrat al-Nu'man", "Maarat al Numan", "Ma\u2018arrat an-Nu\u2018man"),
        ("Raqqa", "Raqqah"),
        ("ar-Raqqa", "Al Raqqah", "el-Raqqa"),
        ("As Suwayda", "al-Suwayda", "Al Suwaydah"),
        ("Sheikh Maqsoud", "Shaykh Maqsud", "sheikh  maqsoud"),
        ("The Hague", "Hague"),
        ("Sāmarrā’", "Samarra"),
        ("Zürich", "Zurich"),
    ],
)
def test_spelling_variants_share_a_key(variants: tuple[str, ...]) -> None:
    keys = {normalise_place_name(variant) for variant in variants}
    assert len(keys) == 1, keys


def test_article_is_kept_as_al_so_articled_and_plain_names_differ() -> None:
    assert normalise_place_name("Ar-Raqqa") == "al raqa"
    assert normalise_place_name("El Paso") != normalise_place_name("Paso")


@pytest.mark.parametrize("left, right", [("Qaa", "Kaa"), ("Qusayr", "Kusayr"), ("Tal Afar", "Tal Abyad")])
def test_distinct_names_keep_distinct_keys(left: str, right: str) -> None:
    assert normalise_place_name(left) != normalise_place_name(right)


def test_lone_article_like_word_is_not_rewritten() -> None:
    assert normalise_place_name("As") == "as"
    assert normalise_place_name("Ras al") == "ras al"


def test_spelling_key_tells_samarra_from_samara() -> None:
    assert normalise_place_name("Samarra") == normalise_place_name("Samara")
    assert spelling_key("Sāmarrā’") == "samarra" != spelling_key("Samara")


def test_empty_and_punctuation_only_names_give_empty_key() -> None:
    assert normalise_place_name("") == ""
    assert normalise_place_name(" - ' ") == ""


# --------------------------------------------------------------------------------------------------
# Lookup and resolution on the real index
# --------------------------------------------------------------------------------------------------


def _near(entry: GazetteerEntry | None, lat: float, lon: float, within_deg: float = 0.5) -> bool:
    return (
        entry is not None
        and entry.latitude is not None
        and entry.longitude is not None
        and abs(entry.latitude - lat) < within_deg
        and abs(entry.longitude - lon) < within_deg
    )


@pytest.mark.parametrize(
    "name, country, lat, lon",
    [
        ("Damascus", "SY", 33.5, 36.3),
        ("Aleppo", "SY", 36.2, 37.15),
        ("Homs", "SY", 34.73, 36.72),
        ("Mosul", "IQ", 36.34, 43.13),
        ("Beirut", "LB", 33.89, 35.5),
        ("Halab", "SY", 36.2, 37.15),
    ],
)
def test_big_cities_resolve_without_context(
    gazetteer: Gazetteer, name: str, country: str, lat: float, lon: float
) -> None:
    entry = gazetteer.resolve(name)
    assert entry is not None and entry.country_code == country and entry.feature == "city"
    assert _near(entry, lat, lon)
    assert entry.geo_precision() == 1


def test_tripoli_follows_the_article_country(gazetteer: Gazetteer) -> None:
    lebanon, libya = gazetteer.resolve("Tripoli", ["LB"]), gazetteer.resolve("Tripoli", ["LY"])
    assert lebanon is not None and lebanon.country_code == "LB" and _near(lebanon, 34.43, 35.84)
    assert libya is not None and libya.country_code == "LY" and _near(libya, 32.89, 13.19)
    unknown = gazetteer.resolve("Tripoli")
    assert unknown is not None and unknown.country_code == "LY"  # the larger city without context


def test_lookup_lists_all_candidates_best_first(gazetteer: Gazetteer) -> None:
    candidates = gazetteer.lookup("Damascus")
    assert len(candidates) > 1
    assert candidates[0].country_code == "SY"
    assert {entry.country_code for entry in candidates} >= {"SY", "US"}


def test_exact_spelling_outranks_a_bigger_city_with_the_same_key(gazetteer: Gazetteer) -> None:
    samarra = gazetteer.resolve("Samarra")
    assert samarra is not None and samarra.country_code == "IQ"
    samara = gazetteer.resolve("Samara")
    assert samara is not None and samara.country_code == "RU"


def test_name_without_article_finds_the_articled_city(gazetteer: Gazetteer) -> None:
    kut = gazetteer.resolve("Kut", ["IQ"])
    assert kut is not None and kut.country_code == "IQ" and _near(kut, 32.5, 45.8)


def test_unknown_population_does_not_count_as_tiny(gazetteer: Gazetteer) -> None:
    tal_afar = gazetteer.resolve("Tal Afar")
    assert tal_afar is not None and tal_afar.country_code == "IQ"


def test_cities_carry_admin1_names_mapped_from_curated_seats(gazetteer: Gazetteer) -> None:
    douma = gazetteer.resolve("Douma", ["SY"])
    assert douma is not None and douma.admin1 == "Rif Dimashq"
    aleppo = gazetteer.resolve("Aleppo")
    assert aleppo is not None and aleppo.admin1 == "Aleppo"


@pytest.mark.parametrize(
    "spelling", ["Qalamoun", "Qalamun", "Kalamoun", "Qalamoun Mountains", "Western Qalamoun"]
)
def test_qalamoun_spellings_find_the_curated_range(gazetteer: Gazetteer, spelling: str) -> None:
    entry = gazetteer.resolve(spelling, ["SY", "LB"])
    assert entry is not None and entry.gid == "curated:qalamoun-mountains"
    assert entry.country_code == "SY" and entry.geo_precision() == 3
    assert _near(entry, 33.95, 36.6)


@pytest.mark.parametrize(
    "spelling, gid, country",
    [
        ("Ras Balbek", "curated:ras-baalbek", "LB"),
        ("Ras Baalbek", "curated:ras-baalbek", "LB"),
        ("Wadi a-Rahiba", "curated:wadi-al-rahiba", "SY"),
        ("Wadi al-Ruhayba", "curated:wadi-al-rahiba", "SY"),
        ("Arsal", "curated:arsal", "LB"),
        ("Aarsal", "curated:arsal", "LB"),
        ("Eastern Ghouta", "curated:eastern-ghouta", "SY"),
        ("Idlib province", "curated:idlib-governorate", "SY"),
        ("Borno state", "curated:borno-state", "NG"),
        ("Nineveh plains", "curated:nineveh-plains", "IQ"),
        ("Donbass", "curated:donbas", "UA"),
        ("Lower Shabelle", "curated:lower-shabelle", "SO"),
        ("Helmand", "curated:helmand-province", "AF"),
    ],
)
def test_curated_places(gazetteer: Gazetteer, spelling: str, gid: str, country: str) -> None:
    entry = gazetteer.resolve(spelling)
    assert entry is not None and entry.gid == gid and entry.country_code == country


def test_curated_precision_follows_kind_or_override(gazetteer: Gazetteer) -> None:
    ras_baalbek = gazetteer.resolve("Ras Baalbek")
    wadi = gazetteer.resolve("Wadi al-Rahiba")
    province = gazetteer.resolve("Idlib province")
    assert ras_baalbek is not None and ras_baalbek.geo_precision() == 1
    assert wadi is not None and wadi.geo_precision() == 2  # precision column overrides the valley default
    assert province is not None and province.feature == "admin1" and province.geo_precision() == 3


def test_province_names_do_not_shadow_their_capital_cities(gazetteer: Gazetteer) -> None:
    for name in ("Aleppo", "Idlib", "Kandahar", "Kano"):
        entry = gazetteer.resolve(name)
        assert entry is not None and entry.feature == "city", name


def test_unknown_name_resolves_to_none(gazetteer: Gazetteer) -> None:
    assert gazetteer.resolve("Xqzvbrrtown") is None
    assert gazetteer.lookup("") == []


# --------------------------------------------------------------------------------------------------
# Countries and demonyms
# --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, code",
    [
        ("Syria", "SY"),
        ("Syrian Arab Republic", "SY"),
        ("Ivory Coast", "CI"),
        ("Côte d'Ivoire", "CI"),
        ("DR Congo", "CD"),
        ("Russia", "RU"),
        ("Iran", "IR"),
        ("South Korea", "KR"),
        ("Palestine", "PS"),
        ("the United States", "US"),
        ("Lebanon", "LB"),
    ],
)
def test_country_names_resolve_to_countries(gazetteer: Gazetteer, name: str, code: str) -> None:
    entry = gazetteer.resolve(name)
    assert entry is not None and entry.gid == f"country:{code}" and entry.feature == "country"
    assert entry.geo_precision() == 3


def test_gaza_strip_and_west_bank_are_palestinian_regions(gazetteer: Gazetteer) -> None:
    for name in ("Gaza Strip", "West Bank"):
        entry = gazetteer.resolve(name)
        assert entry is not None and entry.country_code == "PS" and entry.geo_precision() == 3


def test_country_coordinates_are_centroids_not_capitals(gazetteer: Gazetteer) -> None:
    for code, capital in (("SY", "Damascus"), ("LB", "Beirut"), ("IQ", "Baghdad"), ("LY", "Tripoli")):
        country, city = gazetteer.country(code), gazetteer.resolve(capital, [code])
        assert country is not None and city is not None and country.latitude is not None
        assert city.latitude is not None and country.longitude is not None and city.longitude is not None
        distance = math.hypot(country.latitude - city.latitude, country.longitude - city.longitude)
        assert distance > 0.2, code
    # GeoNames' point of a country, the convention of geoparsing gazetteers (Canada: in the west, not at 95 W)
    canada = gazetteer.country("CA")
    assert canada is not None and canada.longitude is not None and canada.longitude < -110
    assert gazetteer.country("xx") is None


@pytest.mark.parametrize(
    "text, code",
    [
        ("Syria", "SY"),
        ("Syrian", "SY"),
        ("Syrians", "SY"),
        ("Lebanese", "LB"),
        ("Lebanon's", "LB"),
        ("Lebanon\u2019s", "LB"),
        ("Iraqi", "IQ"),
        ("Iraqis", "IQ"),
        ("American", "US"),
        ("French", "FR"),
        ("Swiss", "CH"),
        ("U.S.", "US"),
        ("Houthi", None),
        ("Damascus", None),
    ],
)
def test_country_code_for_names_and_demonyms(gazetteer: Gazetteer, text: str, code: str | None) -> None:
    assert gazetteer.country_code_for(text) == code


def test_demonyms_cover_many_countries(gazetteer: Gazetteer) -> None:
    demonyms = gazetteer.demonyms()
    assert len(set(demonyms.values())) >= 120
    assert demonyms["lebanese"] == "LB" and demonyms["syrian"] == "SY" and demonyms["iraqi"] == "IQ"
    assert demonyms["american"] == "US" and demonyms["french"] == "FR"
    assert all(key == key.lower() for key in demonyms)


# --------------------------------------------------------------------------------------------------
# is_place_name
# --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Damascus", True),
        ("Ras Balbek", True),
        ("Syria's", True),
        ("damascus", False),
        ("May", False),
        ("March", False),
        ("Said", False),
        ("Hell", False),
        ("Of", False),
        ("State", False),
        ("Reuters", False),
        ("Sunday", False),
        ("Xqzvbrrtown", False),
    ],
)
def test_is_place_name(gazetteer: Gazetteer, text: str, expected: bool) -> None:
    assert gazetteer.is_place_name(text) is expected


# --------------------------------------------------------------------------------------------------
# Resolution rules on a tiny made-up index
# --------------------------------------------------------------------------------------------------


def test_tiny_town_wins_only_inside_a_context_country(tiny: Gazetteer) -> None:
    assert tiny.resolve("Smallton") is None
    in_lebanon = tiny.resolve("Smallton", ["LB"])
    in_france = tiny.resolve("Smallton", ["fr"])
    assert in_lebanon is not None and in_lebanon.country_code == "LB"
    assert in_france is not None and in_france.country_code == "FR"


def test_unknown_population_may_win_without_context(tiny: Gazetteer) -> None:
    entry = tiny.resolve("Unknownpop")
    assert entry is not None and entry.gid == "geonames:5"


def test_alternate_names_keep_latin_script_and_skip_codes_and_nicknames(tiny: Gazetteer) -> None:
    assert [entry.gid for entry in tiny.lookup("Qaryatain")] == ["geonames:3"]
    assert [entry.gid for entry in tiny.lookup("Qaryatayn")] == ["geonames:3"]  # without the article
    assert tiny.lookup("قريتين") == []  # non-Latin alternate skipped
    assert tiny.lookup("qrytyn") == []  # all-lower-case machine transliteration skipped
    assert tiny.lookup("DAM") == []  # code skipped
    assert tiny.lookup("Sam") == []  # alternate key shorter than four letters skipped


def test_curated_entry_outside_context_loses_to_city_in_context(tmp_path: Path) -> None:
    curated = tmp_path / "curated.csv"
    shutil.copy(CURATED_CSV, curated)
    with curated.open("a", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerow(
            ["Smallton Hills", "Smallton", "mountain", "TD", "", "15.0", "19.0", "test", "", ""]
        )
    with Gazetteer.open(tmp_path / "g.sqlite", sources=tiny_sources(curated)) as opened:
        anywhere = opened.resolve("Smallton")
        assert anywhere is not None and anywhere.gid == "curated:smallton-hills"
        in_lebanon = opened.resolve("Smallton", ["LB"])
        assert in_lebanon is not None and in_lebanon.gid == "geonames:1"


# --------------------------------------------------------------------------------------------------
# Building, rebuilding and opening
# --------------------------------------------------------------------------------------------------


def test_missing_index_is_built_with_progress(tmp_path: Path) -> None:
    path = tmp_path / "nested" / "g.sqlite"
    messages: list[str] = []
    Gazetteer.open(path, progress=messages.append, sources=tiny_sources()).close()
    assert path.is_file() and messages and "built" in messages[-1]
    path.unlink()
    with Gazetteer.open(path, sources=tiny_sources()) as reopened:
        assert path.is_file() and reopened.resolve("Arsal") is not None
    assert not list(path.parent.glob("*.partial"))


def test_existing_current_index_is_not_rebuilt(tmp_path: Path) -> None:
    path = tmp_path / "g.sqlite"
    Gazetteer.open(path, sources=tiny_sources()).close()
    messages: list[str] = []
    Gazetteer.open(path, progress=messages.append, sources=tiny_sources()).close()
    assert messages == []


def test_changed_curated_table_triggers_rebuild(tmp_path: Path) -> None:
    curated, path = tmp_path / "curated.csv", tmp_path / "g.sqlite"
    shutil.copy(CURATED_CSV, curated)
    with Gazetteer.open(path, sources=tiny_sources(curated)) as first:
        assert first.lookup("Zorblat Ridge") == []
    with curated.open("a", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerow(
            ["Zorblat Ridge", "Zorblat", "mountain", "SY", "", "35.0", "37.0", "test", "", ""]
        )
    with Gazetteer.open(path, sources=tiny_sources(curated)) as second:
        entry = second.resolve("Zorblat")
        assert entry is not None and entry.feature == "mountain" and entry.geo_precision() == 3


def test_changed_city_source_triggers_rebuild(tmp_path: Path) -> None:
    path = tmp_path / "g.sqlite"
    Gazetteer.open(path, sources=tiny_sources(label="one")).close()
    messages: list[str] = []
    Gazetteer.open(path, progress=messages.append, sources=tiny_sources(label="two")).close()
    assert messages


def test_corrupt_index_is_rebuilt(tmp_path: Path) -> None:
    path = tmp_path / "g.sqlite"
    path.write_bytes(b"this is not a database")
    with Gazetteer.open(path, sources=tiny_sources()) as opened:
        assert opened.resolve("Syria") is not None


def test_malformed_curated_row_is_a_config_error(tmp_path: Path) -> None:
    curated = tmp_path / "curated.csv"
    shutil.copy(CURATED_CSV, curated)
    with curated.open("a", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerow(["Broken Place", "", "town", "SY", "", "north", "37.0", "test", "", ""])
    with pytest.raises(ConfigError, match="latitude"):
        Gazetteer.open(tmp_path / "g.sqlite", sources=tiny_sources(curated))
    assert not (tmp_path / "g.sqlite").exists()


def test_opening_an_existing_index_is_fast(full_index_path: Path) -> None:
    started = time.perf_counter()
    opened = Gazetteer.open(full_index_path)
    elapsed = time.perf_counter() - started
    opened.close()
    assert elapsed < 1.0


def test_lookups_are_fast(gazetteer: Gazetteer) -> None:
    names = [f"Nowhere{i}" for i in range(500)]  # distinct names: no cache hits
    started = time.perf_counter()
    for name in names:
        gazetteer.lookup(name)
    assert (time.perf_counter() - started) / len(names) < 0.005


def test_default_gazetteer_is_cached_and_uses_sigacts_cache(
    full_index_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SIGACTS_CACHE", str(full_index_path.parent))
    monkeypatch.setattr(gz, "_default", None)
    first = gz.default_gazetteer()
    try:
        assert first is gz.default_gazetteer()
        assert first.path == full_index_path
    finally:
        first.close()


# --------------------------------------------------------------------------------------------------
# Data files
# --------------------------------------------------------------------------------------------------


def test_curated_rows_are_well_formed() -> None:
    with CURATED_CSV.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert 150 <= len(rows) <= 700
    for row in rows:
        assert -90 <= float(row["latitude"]) <= 90 and -180 <= float(row["longitude"]) <= 180, row["name"]
        assert row["source"], row["name"]
        assert not row["country_code"] or len(row["country_code"]) == 2, row["name"]


def test_notice_attributes_geonames() -> None:
    notice = (gz.DATA_DIR / "NOTICE-GeoNames.txt").read_text(encoding="utf-8")
    assert "Contains data from GeoNames (geonames.org), CC BY 4.0" in notice


# --------------------------------------------------------------------------------------------------
# Admin units, country votes, capitals
# --------------------------------------------------------------------------------------------------


def test_unit_words_are_stripped_only_when_the_phrase_is_unknown(gazetteer: Gazetteer) -> None:
    assert gz.strip_unit_words("Narsingdi Sadar Upazila") == "Narsingdi"
    assert gz.strip_unit_words("District") == "District"
    found = gazetteer.resolve("Rakhine State")
    assert found is not None and found.feature == "admin1" and found.country_code == "MM"
    town = gazetteer.resolve("Feni district", ["BD"])
    assert town is not None and town.name == "Feni"


def test_country_votes_are_shared_by_size_and_weak_for_villages(gazetteer: Gazetteer) -> None:
    jammu = gazetteer.country_votes("Jammu")
    assert list(jammu) == ["IN"] and 0.8 < jammu["IN"] <= 1.0
    assert gazetteer.country_votes("Sindh") == {"PK": 1.0}
    votes = gazetteer.country_votes("Feni")
    assert max(votes, key=votes.__getitem__) == "BD" and sum(votes.values()) <= 1.0
    assert gazetteer.country_votes("Nowhereville") == {}


def test_primary_names_beat_larger_places_known_by_an_old_name(gazetteer: Gazetteer) -> None:
    found = gazetteer.resolve("Islamabad")
    assert found is not None and found.country_code == "PK"


def test_context_order_breaks_ties_between_context_countries(gazetteer: Gazetteer) -> None:
    found = gazetteer.resolve("Hyderabad", ["PK", "IN"])
    assert found is not None and found.country_code == "PK"


def test_capitals_are_linked(gazetteer: Gazetteer) -> None:
    capital = gazetteer.capital("NP")
    assert capital is not None and capital.name == "Kathmandu"
    assert gazetteer.capital("XX") is None


def test_seat_names_match_one_province_each() -> None:
    # A seat's name borne by a larger town of another province must not give that province its name.
    matches = [  # km from the province's point
        (650.0, "US", "MD", "South Carolina"),  # Columbia, Maryland
        (20.0, "US", "SC", "South Carolina"),  # Columbia, South Carolina
        (40.0, "US", "MD", "Maryland"),  # Annapolis
    ]
    assert gz._match_seats(matches) == {("US", "SC"): "South Carolina", ("US", "MD"): "Maryland"}


def test_a_province_placed_at_its_seat_has_the_middle_of_its_towns(gazetteer: Gazetteer) -> None:
    state = gazetteer.resolve("Uttar Pradesh")  # placed at Lucknow, its seat, in the curated table
    assert state is not None and state.admin1 and state.latitude is not None and state.longitude is not None
    middle = gazetteer.province_middle("IN", state.admin1, state.latitude, state.longitude)
    assert middle is not None and gz.haversine_km(*middle, state.latitude, state.longitude) > 50
    california = gazetteer.resolve("California", ["US"])  # placed at its middle already
    assert california is not None and california.admin1 and california.latitude and california.longitude
    assert gazetteer.province_middle("US", california.admin1, california.latitude, california.longitude) is None


def test_the_mean_point_crosses_the_180th_meridian() -> None:
    latitude, longitude = gz._mean_point([(60.0, 179.0), (60.0, -179.0)])
    assert abs(abs(longitude) - 180.0) < 0.01 and latitude > 60.0
def test_a_name_written_as_one_word_finds_the_place_written_as_two(tmp_path: Path) -> None:
    split = [_city(11, "Qorvan Khas", "PK", 40000), _city(12, "Lo Ta", "CN", 40000), _city(13, "Zelmabad", "IN", 9000)]
    sources = GazetteerSources(curated_csv=CURATED_CSV, cities=lambda: split, cities_label="tiny-split-names")
    with Gazetteer.open(tmp_path / "split.sqlite", sources=sources) as opened:
        joined = opened.resolve("Qorvankhas")
        assert joined is not None and joined.name == "Qorvan Khas"
        spaced = opened.resolve("Zelm Abad")
        assert spaced is not None and spaced.name == "Zelmabad"
        assert opened.resolve("Lota") is None  # short syllables do not join into a word


def test_a_descriptive_nickname_yields_to_the_place_whose_own_name_it_is(tmp_path: Path) -> None:
    cities = [
        _city(11, "Metropolia", "FR", 900_000, "Rose Harbour", "Metropolie"),
        _city(12, "Rose Harbour", "CA", 9_000),
        _city(13, "Bigtown", "IN", 2_000_000, "Oldname"),
        _city(14, "Oldname", "ZA", 20_000),
    ]
    sources = GazetteerSources(curated_csv=CURATED_CSV, cities=lambda: cities, cities_label="nickname-test")
    with Gazetteer.open(tmp_path / "nick.sqlite", sources=sources) as small:
        found = small.resolve("Rose Harbour")
        assert found is not None and found.name == "Rose Harbour"  # not the city nicknamed so
        variant = small.resolve("Metropolie")
        assert variant is not None and variant.name == "Metropolia"  # a variant spelling still finds the city
        exonym = small.resolve("Oldname")  # a one-word former name still means the famous city
        assert exonym is not None and exonym.name == "Bigtown"


SPELLING_CITIES: list[Mapping[str, Any]] = [
    _city(11, "Dorabad", "LB", 5000),
    _city(12, "Dorrabad", "FR", 90000),
    _city(13, "Newfen", "IQ", 1_000_000, "Fenbury"),
    _city(14, "Fennbury", "YE", 50000),
    _city(15, "Grandport", "FR", 2_000_000, "Ostel"),
]


@pytest.fixture
def spelled(tmp_path: Path) -> Iterator[Gazetteer]:
    sources = GazetteerSources(curated_csv=CURATED_CSV, cities=lambda: SPELLING_CITIES, cities_label="spelling-test")
    with Gazetteer.open(tmp_path / "spelled.sqlite", sources=sources) as opened:
        yield opened


def test_a_name_spelled_as_written_outvotes_a_variant_spelling(spelled: Gazetteer) -> None:
    # "Dorrabad" meets "Dorabad" only once doubled letters are folded: the town bearing the name as written wins
    votes = spelled.country_votes("Dorabad")
    assert max(votes, key=votes.__getitem__) == "LB"
    # a renamed city keeps its old name as written; a village whose own name is only spelled like it loses
    votes = spelled.country_votes("Fenbury")
    assert max(votes, key=votes.__getitem__) == "IQ"


def test_a_variant_of_an_alternate_name_abroad_is_no_reading(spelled: Gazetteer) -> None:
    assert spelled.resolve("Osstel", ["NG"]) is None  # an old name, and spelled otherwise: too far
    found = spelled.resolve("Ostel", ["NG"])
    assert found is not None and found.name == "Grandport"  # the old name as written still reads
    found = spelled.resolve("Osstel")
    assert found is not None and found.name == "Grandport"  # with no context, the best reading stays
