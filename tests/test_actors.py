"""Tests of the actor knowledge base: data integrity, alias resolution, lifecycle and user files."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from sigacts.errors import ConfigError
from sigacts.records import Actor
from sigacts.resources.actors import (
    ACLED_ACTOR_TYPES,
    STATE_FORCE_KINDS,
    ActorBase,
    ActorEntry,
    alias_is_case_sensitive,
    alias_tokens,
    default_actor_base,
)

GENERATED = "generated from state_forces.yaml (ACLED naming convention)"


@pytest.fixture(scope="module")
def base() -> ActorBase:
    return ActorBase.load()


def _resolved_id(base: ActorBase, mention: str, **kwargs: object) -> str | None:
    entry = base.resolve(mention, **kwargs)  # type: ignore[arg-type]
    return entry.actor_id if entry else None


# ------------------------------------------------------------------------------------------- data integrity


def test_base_has_curated_and_generated_actors(base: ActorBase) -> None:
    curated = [e for e in base.entries() if e.source != GENERATED]
    generated = [e for e in base.entries() if e.source == GENERATED]
    assert len(curated) >= 150
    assert len(generated) >= 120 * len(STATE_FORCE_KINDS)
    assert len(base) == len(curated) + len(generated)


def test_every_entry_has_acled_type_source_and_valid_fields(base: ActorBase) -> None:
    for entry in base.entries():
        assert entry.type in ACLED_ACTOR_TYPES, entry.actor_id
        assert entry.source.strip(), entry.actor_id
        assert entry.country_code is None or len(entry.country_code) == 2, entry.actor_id
        assert entry.wikidata is None or entry.wikidata.startswith("Q"), entry.actor_id
        if entry.valid_from and entry.valid_until:
            assert entry.valid_from < entry.valid_until, entry.actor_id
        for ref in entry.affiliations:
            assert base.get(ref) is not None, (entry.actor_id, ref)


def test_renames_hand_over_on_the_same_day(base: ActorBase) -> None:
    for entry in base.entries():
        if entry.renamed_to:
            successor = base.get(entry.renamed_to)
            assert successor is not None and entry.valid_until is not None, entry.actor_id
            if successor.valid_from:
                assert successor.valid_from == entry.valid_until, entry.actor_id


def test_alias_table_is_unambiguous_except_across_countries(base: ActorBase) -> None:
    ambiguous = base.ambiguous_aliases()
    assert ambiguous, "the demonym 'Congolese' alone should make some aliases shared"
    for alias, ids in ambiguous.items():
        countries = [base.get(i).country_code for i in ids]  # type: ignore[union-attr]
        # a shared alias is only acceptable when context_country can tell the actors apart
        assert None not in countries and len(set(countries)) == len(countries), (alias, ids)
        for actor_id, country in zip(ids, countries, strict=True):
            assert _resolved_id(base, alias, context_country=country) == actor_id


def test_every_curated_alias_resolves_back_to_its_actor(base: ActorBase) -> None:
    for entry in base.entries():
        if entry.source == GENERATED:
            continue
        for alias in entry.all_names():
            got = _resolved_id(base, alias, context_country=entry.country_code)
            assert got == entry.actor_id, (alias, entry.actor_id, got)


def test_default_base_is_cached() -> None:
    assert default_actor_base() is default_actor_base()


# ---------------------------------------------------------------------------------------- alias resolution


@pytest.mark.parametrize(
    ("mention", "actor_id"),
    [
        ("ISIS", "islamic_state"),
        ("ISIL", "islamic_state"),
        ("Daesh", "islamic_state"),
        ("the Islamic State", "islamic_state"),
        ("Islamic State group", "islamic_state"),
        ("IS group", "islamic_state"),
        ("IS fighters", "islamic_state"),
        ("ISIS militants", "islamic_state"),
        ("the so-called Islamic State", "islamic_state"),
        ("Islamic State's", "islamic_state"),
        ("Nusra Front", "jabhat_al_nusra"),
        ("al-Nusra Front", "jabhat_al_nusra"),
        ("an-Nusra", "jabhat_al_nusra"),
        ("Nusra leaders", "jabhat_al_nusra"),
        ("Jabhat Fatah al-Sham", "jabhat_fateh_al_sham"),
        ("Hay’at Tahrir al-Sham", "hayat_tahrir_al_sham"),
        ("Hizballah", "hezbollah"),
        ("Hizbullah", "hezbollah"),
        ("HEZBOLLAH", "hezbollah"),
        ("Hezbollah's fighters", "hezbollah"),
        ("FSA", "free_syrian_army"),
        ("Army of Islam", "jaish_al_islam"),
        ("Jaish Usud a-Sharqia", "jaish_usud_al_sharqia"),
        ("Jaish Usud al-Sharqia", "jaish_usud_al_sharqia"),
        ("Usud al-Sharqiyah", "jaish_usud_al_sharqia"),
        ("Lions of the East Army", "jaish_usud_al_sharqia"),
        ("Ahrar ash-Sham", "ahrar_al_sham"),
        ("US-backed SDF", "syrian_democratic_forces"),
        ("YPG militants", "ypg"),
        ("PKK", "pkk"),
        ("Hamas", "hamas"),
        ("Ezzedine al-Qassam Brigades", "qassam_brigades"),
        ("Iran-backed Houthis", "houthis"),
        ("Houthi rebels", "houthis"),
        ("Ansar Allah", "houthis"),
        ("al-Shabab", "al_shabaab"),
        ("Shabaab militants", "al_shabaab"),
        ("Boko Haram", "boko_haram"),
        ("ISWAP", "islamic_state_west_africa"),
        ("al-Qaeda-linked JNIM", "jnim"),
        ("Jamaat Nusrat al-Islam wal-Muslimin", "jnim"),
        ("Tehreek-e-Taliban Pakistan", "ttp"),
        ("Pakistani Taliban", "ttp"),
        ("al-Qa’ida", "al_qaeda"),
        ("AQAP", "al_qaeda_arabian_peninsula"),
        ("AQIM", "al_qaeda_islamic_maghreb"),
        ("Wagner mercenaries", "wagner_group"),
        ("RSF fighters", "rapid_support_forces"),
        ("SAF", "military_forces_sd"),
        ("Hashd al-Shaabi", "popular_mobilization_forces"),
        ("Kurdish Peshmerga", "peshmerga"),
        ("Haftar's forces", "libyan_national_army"),
        ("GNA", "government_of_national_accord"),
        ("Misratan forces", "misrata_militia"),
        ("Counter-Terrorism Service", "iraq_counter_terrorism_service"),
        ("Tiger Forces", "tiger_forces"),
        ("Lebanese General Security", "lebanon_general_security"),
        ("Lebanese Forces", "lebanese_forces_party"),
        ("AL militia", "awami_league_militia"),  # "AL" in capitals is the Awami League, not the article
    ],
)
def test_alias_resolution(base: ActorBase, mention: str, actor_id: str) -> None:
    assert _resolved_id(base, mention) == actor_id


@pytest.mark.parametrize("mention", ["Front", "Army", "the group", "fighters", "is", "Is", "us army", "Kurdish forces", "Militia", "militia"])
def test_ordinary_words_do_not_resolve(base: ActorBase, mention: str) -> None:
    assert base.resolve(mention) is None


def test_abbreviations_of_several_countries_follow_the_context_country(base: ActorBase) -> None:
    # "ANP": the Awami National Party in Pakistan, the Afghan National Police in Afghanistan, the People's
    # National Army in Algeria
    assert {e.actor_id for e in base.candidates("ANP")} == {"anp", "police_forces_af", "military_forces_dz"}
    assert _entry_id(base.resolve("ANP", context_country="PK")) == "anp"
    assert _entry_id(base.resolve("ANP", context_country="AF")) == "police_forces_af"
    assert _entry_id(base.resolve("ANP", context_country="DZ")) == "military_forces_dz"


@pytest.mark.parametrize(
    ("alias", "country", "expected"),
    [
        ("STF", "IN", "police_forces_in"),  # India's state special task forces
        ("STF", "LK", "police_forces_lk"),  # Sri Lanka's police commandos
        ("Punjab Police", "IN", "police_forces_in"),
        ("Punjab Police", "PK", "police_forces_pk"),
        ("Intelligence Bureau", "IN", "police_forces_in"),
        ("Intelligence Bureau", "PK", "police_forces_pk"),
    ],
)
def test_forces_of_one_name_in_two_countries_follow_the_context_country(
    base: ActorBase, alias: str, country: str, expected: str
) -> None:
    assert _entry_id(base.resolve(alias, context_country=country)) == expected


@pytest.mark.parametrize(
    ("alias", "expected"),
    [("Sindh Rangers", "police_forces_pk"), ("Rangers police", "police_forces_pk"),
     ("Chenab Rangers", "military_forces_pk"), ("Pakistan Rangers", "military_forces_pk")],
)
def test_the_rangers_policing_sindh_are_police_and_those_on_the_border_military(
    base: ActorBase, alias: str, expected: str
) -> None:
    assert _entry_id(base.resolve(alias, context_country="PK")) == expected


@pytest.mark.parametrize(
    ("alias", "expected"),
    [("AMEF", "amef"), ("A'chik Matgrik Elite Force", "amef"), ("ASAK", "asak"), ("UTLA", "utla"),
     ("Karbi People's Liberation Tiger", "kplt"), ("Klohtoobaw Karen Organization", "kko")],
)
def test_small_armed_groups_of_northeast_india_and_myanmar_are_known(base: ActorBase, alias: str, expected: str) -> None:
    assert _resolved_id(base, alias) == expected


@pytest.mark.parametrize("alias", ["Chhattisgarh Armed Force", "India Reserve Battalion", "Manipur Rifles",
                                   "Bihar Military Police", "Provincial Armed Constabulary"])
def test_indian_state_armed_police_are_police(base: ActorBase, alias: str) -> None:
    # battalions of a state's armed police, whatever "rifles" or "military" their names hold
    assert _entry_id(base.resolve(alias, context_country="IN")) == "police_forces_in"


def _entry_id(entry: ActorEntry | None) -> str | None:
    return entry.actor_id if entry is not None else None


def test_all_caps_aliases_need_their_case(base: ActorBase) -> None:
    assert _resolved_id(base, "IS") == "islamic_state"
    assert base.resolve("is") is None
    assert base.candidates("is") == []
    assert _resolved_id(base, "SDF") == "syrian_democratic_forces"
    assert base.resolve("sdf") is None
    assert _resolved_id(base, "U.S. troops") == "military_forces_us"
    assert base.resolve("us troops") is None
    assert alias_is_case_sensitive("IS") and alias_is_case_sensitive("US army")
    assert not alias_is_case_sensitive("Hamas")


def test_exact_alias_wins_only_with_its_case(base: ActorBase) -> None:
    assert _resolved_id(base, "Lebanese Forces") == "lebanese_forces_party"
    assert _resolved_id(base, "Lebanese forces") == "military_forces_lb"


@pytest.mark.parametrize(
    ("mention", "actor_id"),
    [
        ("Military Forces of Syria (2000-)", "military_forces_sy"),
        ("Military Forces of Syria (2000-2024)", "military_forces_sy"),
        ("Police Forces of Lebanon (2022-)", "police_forces_lb"),
        ("Islamic State (Syria)", "islamic_state"),
        ("Hezbollah (Lebanon)", "hezbollah"),
        ("Civilians (Iraq)", "civilians_iq"),
        ("Protesters (Lebanon)", "protesters_lb"),
        ("Rioters (Sudan)", "rioters_sd"),
        ("Unidentified Armed Group (Libya)", "unidentified_armed_group_ly"),
        ("Military Forces of Iraq (2014-) Popular Mobilization Forces", "popular_mobilization_forces"),
        ("Military Forces of Libya (2014-) Haftar Faction", "libyan_national_army"),
        ("QSD: Syrian Democratic Forces", "syrian_democratic_forces"),
        ("AMISOM: African Union Mission in Somalia (2007-2022)", "amisom"),
        ("Military Forces of the United States", "military_forces_us"),
        # the country's name without the article its title carries
        ("Police Forces of Democratic Republic of Congo (2001-)", "police_forces_cd"),
        ("SPLA/M-IO", "spla_io"),
    ],
)
def test_acled_style_names(base: ActorBase, mention: str, actor_id: str) -> None:
    assert _resolved_id(base, mention) == actor_id


def test_parenthesised_country_disambiguates(base: ActorBase) -> None:
    assert base.resolve("Ansar al-Sharia") is None  # Yemen and Libya share the name
    assert _resolved_id(base, "Ansar al-Sharia (Libya)") == "ansar_al_sharia_libya"
    assert _resolved_id(base, "Ansar al-Sharia", context_country="YE") == "al_qaeda_arabian_peninsula"


# ------------------------------------------------------------------------------------------- state forces


@pytest.mark.parametrize(
    ("mention", "actor_id"),
    [
        ("Lebanese army", "military_forces_lb"),
        ("the Lebanese army", "military_forces_lb"),
        ("Lebanon's army", "military_forces_lb"),
        ("the Lebanese security forces", "police_forces_lb"),
        ("Syrian regime forces", "military_forces_sy"),
        ("Syrian government forces", "military_forces_sy"),
        ("Syrian Arab Army", "military_forces_sy"),
        ("Israeli warplanes", "military_forces_il"),
        ("IDF", "military_forces_il"),
        ("Iraqi police", "police_forces_iq"),
        ("Turkish intelligence", "police_forces_tr"),
        ("the Sudanese authorities", "government_sd"),
        ("Yemeni civilians", "civilians_ye"),
        ("Iranian protesters", "protesters_ir"),
        ("Burkinabè soldiers", "military_forces_bf"),
        ("Armed Forces of Ukraine", "military_forces_ua"),
    ],
)
def test_demonym_state_forces(base: ActorBase, mention: str, actor_id: str) -> None:
    assert _resolved_id(base, mention) == actor_id


def test_state_forces_lookup(base: ActorBase) -> None:
    military = base.state_forces("SY")
    assert military is not None and military.name == "Military Forces of Syria"
    assert military.type == "State forces" and military.country_code == "SY"
    government = base.state_forces("LB", "government")
    assert government is not None and government.name == "Government of Lebanon"
    civilians = base.state_forces("iq", "civilians")
    assert civilians is not None and civilians.type == "Civilians"
    assert base.state_forces("ZZ") is None
    with pytest.raises(ConfigError, match="unknown state force kind"):
        base.state_forces("SY", "navy")


def test_generic_words_need_a_context_country(base: ActorBase) -> None:
    assert base.resolve("government forces") is None
    assert _resolved_id(base, "government forces", context_country="SY") == "military_forces_sy"
    assert _resolved_id(base, "government soldiers", context_country="SY") == "military_forces_sy"
    assert _resolved_id(base, "the security forces", context_country="LB") == "police_forces_lb"
    assert _resolved_id(base, "unidentified gunmen", context_country="LY") == "unidentified_armed_group_ly"
    assert _resolved_id(base, "demonstrators", context_country="IQ") == "protesters_iq"


def test_shared_demonym_needs_context(base: ActorBase) -> None:
    assert base.resolve("Congolese army") is None
    assert _resolved_id(base, "Congolese army", context_country="CD") == "military_forces_cd"
    assert _resolved_id(base, "Congolese army", context_country="CG") == "military_forces_cg"


def test_country_for_demonym(base: ActorBase) -> None:
    assert base.country_for_demonym("Lebanese") == "LB"
    assert base.country_for_demonym("Syrian") == "SY"
    assert base.country_for_demonym("syrians") == "SY"
    assert base.country_for_demonym("South Sudanese") == "SS"
    assert base.country_for_demonym("Sudanese") == "SD"
    assert base.country_for_demonym("Congolese") is None  # two countries
    assert base.country_for_demonym("Martian") is None
    assert base.country_for_name("Syria") == "SY"


# ---------------------------------------------------------------------------------------------- lifecycle


def test_nusra_lifecycle(base: ActorBase) -> None:
    assert _resolved_id(base, "Nusra", when=date(2015, 6, 1)) == "jabhat_al_nusra"
    assert _resolved_id(base, "Nusra", when=date(2016, 10, 1)) == "jabhat_fateh_al_sham"
    assert _resolved_id(base, "Nusra fighters", when=date(2017, 6, 1)) == "hayat_tahrir_al_sham"
    assert _resolved_id(base, "HTS", when=date(2015, 6, 1)) == "jabhat_al_nusra"
    assert _resolved_id(base, "HTS", when=date(2019, 6, 1)) == "hayat_tahrir_al_sham"
    assert _resolved_id(base, "Nusra") == "jabhat_al_nusra"  # no date: the name as written


def test_other_lifecycles(base: ActorBase) -> None:
    assert _resolved_id(base, "ISIS", when=date(2010, 1, 1)) == "islamic_state_of_iraq"
    assert _resolved_id(base, "AQI", when=date(2016, 1, 1)) == "islamic_state"
    assert _resolved_id(base, "Taliban", when=date(2019, 1, 1)) == "taliban"
    assert _resolved_id(base, "Taliban", when=date(2023, 1, 1)) == "military_forces_af"
    assert _resolved_id(base, "AMISOM", when=date(2023, 1, 1)) == "atmis"
    assert _resolved_id(base, "Janjaweed", when=date(2020, 1, 1)) == "rapid_support_forces"


def test_when_prefers_the_actor_of_the_time(base: ActorBase) -> None:
    assert base.resolve("General Security") is None  # Lebanon's and post-2024 Syria's
    assert _resolved_id(base, "General Security", when=date(2020, 1, 1)) == "lebanon_general_security"
    assert _resolved_id(base, "General Security", context_country="SY") == "syria_general_security"



def test_a_name_cannot_mean_an_organisation_not_yet_founded(base: ActorBase) -> None:
    # Libya's apparatus dates from 2021: in 2015 "SSA" can only be the Shan State Army of Myanmar
    assert _entry_id(base.resolve("SSA", when=date(2015, 6, 1))) == "ssa"
    assert _entry_id(base.resolve("SSA", when=date(2022, 6, 1), context_country="LY")) == "stability_support_apparatus"
    assert _entry_id(base.resolve("SSA", when=date(2022, 6, 1), context_country="MM")) == "ssa"
    entry = base.get("stability_support_apparatus")
    assert entry is not None and not base.existed(entry, date(2015, 6, 1)) and base.existed(entry, None)
    successor = base.get("hayat_tahrir_al_sham")  # existed in 2015 under its earlier name
    assert successor is not None and base.existed(successor, date(2015, 6, 1))


# ------------------------------------------------------------------------------------------------ records


def test_to_actor_carries_the_mention(base: ActorBase) -> None:
    entry = base.resolve("IS fighters")
    assert entry is not None
    actor = entry.to_actor("IS fighters")
    assert actor == Actor(
        name="Islamic State", actor_id="islamic_state", mention="IS fighters", type="Rebel group", country_code=None
    )


def test_patterns_keep_aliases_as_written(base: ActorBase) -> None:
    patterns = base.patterns()
    assert ("IS", "islamic_state") in patterns
    assert ("Jaish Usud a-Sharqia", "jaish_usud_al_sharqia") in patterns
    assert ("Lebanese army", "military_forces_lb") in patterns
    assert ("Military Forces of Syria", "military_forces_sy") in patterns
    assert not any(alias.strip() != alias or not alias for alias, _ in patterns)


def test_alias_tokens_normalise_spelling_variants() -> None:
    assert alias_tokens("Jaish Usud a-Sharqia") == alias_tokens("Jaish Usud al-Sharqiyah")
    assert alias_tokens("the U.S. army") == ("US", "army")
    assert alias_tokens("Hay’at Tahrir ash-Sham") == alias_tokens("Hayat Tahrir al-Sham")
    assert alias_tokens("Ḥizb Allāh") == alias_tokens("Hizb Allah")


# ----------------------------------------------------------------------------------------------- user files


def _write(tmp_path: Path, text: str, name: str = "extra.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_user_file_adds_and_overrides_actors(tmp_path: Path) -> None:
    extra = _write(
        tmp_path,
        """
actors:
  - id: northern_hills_brigade
    name: Northern Hills Brigade
    type: Political militia
    country: SY
    aliases: [NHB, Hills Brigade, Liwa al-Tilal]
    affiliations: [free_syrian_army]
    valid_from: 2019-03
  - id: hamas
    name: Hamas
    type: Rebel group
    country: PS
    aliases: [Harakat al-Muqawama al-Islamiya]
    source: my own notes
""",
    )
    base = ActorBase.load(extra_files=[extra])
    entry = base.resolve("Liwa a-Tilal fighters")
    assert entry is not None and entry.actor_id == "northern_hills_brigade"
    assert entry.valid_from == date(2019, 3, 1)
    assert entry.source == "user file extra.yaml"
    assert _resolved_id(base, "NHB") == "northern_hills_brigade"
    hamas = base.get("hamas")
    assert hamas is not None and hamas.source == "my own notes"
    assert base.resolve("Islamic Resistance Movement") is None  # the override dropped that alias
    assert len(base) == len(ActorBase.load()) + 1


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("actors:\n  - id: x1\n    name: X\n    type: Rebels\n", r"'type' is 'Rebels'"),
        ("actors:\n  - id: x1\n    type: Rebel group\n", r"x1.*'name'.*missing"),
        ("actors:\n  - id: X One\n    name: X\n    type: Rebel group\n", r"'id' must be a lower-case slug"),
        ("actors:\n  - id: x1\n    name: X\n    type: Rebel group\n    alias: [X]\n", r"x1.*unknown field.*alias"),
        ("actors:\n  - id: x1\n    name: X\n    type: Rebel group\n    aliases: X\n", r"x1.*'aliases' must be a list"),
        ("actors:\n  - id: x1\n    name: X\n    type: Rebel group\n    valid_from: May 2019\n", r"x1.*'valid_from'"),
        ("actors:\n  - id: x1\n    name: X\n    type: Rebel group\n    country: Syria\n", r"x1.*'country'"),
        ("actors:\n  - id: x1\n    name: X\n    type: Rebel group\n    affiliations: [nobody]\n", r"x1.*'nobody'"),
        ("actors:\n  - id: x1\n    name: X\n    type: Rebel group\n    renamed_to: x1\n", r"x1.*loops"),
        (
            "actors:\n  - {id: x1, name: X, type: Rebel group}\n  - {id: x1, name: Y, type: Rebel group}\n",
            r"x1.*appears twice",
        ),
        ("actors: [\n", r"not valid YAML"),
        ("- id: x1\n", r"top-level key 'actors'"),
    ],
)
def test_malformed_user_file_names_the_problem(tmp_path: Path, text: str, message: str) -> None:
    extra = _write(tmp_path, text)
    with pytest.raises(ConfigError, match=message) as info:
        ActorBase.load(extra_files=[extra])
    assert "extra.yaml" in str(info.value) or "x1" in str(info.value)


def test_missing_user_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read actor file"):
        ActorBase.load(extra_files=[tmp_path / "absent.yaml"])


def test_entries_are_frozen() -> None:
    entry = ActorEntry("x", "X", "Rebel group", None)
    with pytest.raises(AttributeError):
        entry.name = "Y"  # type: ignore[misc]


# ------------------------------------------------------------------------------ South Asia, Africa, ACLED forms


@pytest.mark.parametrize(
    ("mention", "country", "actor_id"),
    [
        ("CPI (Maoist): Communist Party of India (Maoist)", None, "cpi_maoist"),
        ("Naxalites", None, "cpi_maoist"),
        ("BNP: Bangladesh Nationalist Party Militia", None, "bnp_militia"),
        ("BNP activists", None, "bnp"),
        ("Bangladesh Awami League Militia", None, "awami_league_militia"),
        ("Jamaat", "PK", "jamaat_e_islami_pk"),
        ("Jamaat", "BD", "jamaat_e_islami_bd"),
        ("JeI: Jamaat-e-Islami", "BD", "jamaat_e_islami_bd_militia"),
        ("Tehrik-e-Insaf", None, "pti"),
        ("Konkombas", "GH", "ethnic_konkomba_gh"),
        ("Habar Gidir clan militia", "SO", "clan_habar_gidir_so"),
        ("Military Forces of the United States of America", None, "military_forces_us"),
        ("Military Forces of Libya (2014-) Special Forces", None, "saiqa_forces"),
        ("Military Forces of Libya (2014-)", None, "libyan_national_army"),
        ("Police Forces of Ethiopia (1991-) Liyu Division", None, "police_forces_et"),
        ("SPLA/M-In Opposition: Sudanese People's Liberation Army/Movement-In Opposition", None, "spla_io"),
        ("security forces", "PK", "military_forces_pk"),
        ("Frontier Corps", None, "military_forces_pk"),
        ("Taliban", "PK", "ttp"),
        ("insurgents", "TH", "southern_muslim_separatists"),
    ],
)
def test_regional_actors_and_acled_forms(base: ActorBase, mention: str, country: str | None, actor_id: str) -> None:
    assert _resolved_id(base, mention, context_country=country) == actor_id


def test_militias_pair_with_their_parties(base: ActorBase) -> None:
    militia = base.militia_of("bnp")
    assert militia is not None and militia.type == "Political militia" and militia.affiliations == ("bnp",)
    assert base.party_of(militia.actor_id) == base.get("bnp")
    assert base.militia_of("islamic_state") is None and base.party_of("bnp") is None


def test_wing_without_militia_fights_as_its_party(base: ActorBase) -> None:
    """A youth front with no militia of its own is coded as its parent party's militia."""
    militia = base.militia_of("jubo_league")
    assert militia is not None and militia.name == "Bangladesh Awami League Militia"
    assert base.party_of(militia.actor_id) == base.get("awami_league")
    assert base.militia_of("bcl") != militia  # a wing with its own militia keeps it
    bnp_militia = base.militia_of("bnp")
    assert bnp_militia is not None
    assert base.militia_of("jcd") == bnp_militia and base.militia_of("jubo_dal") == bnp_militia


def test_militia_named_by_its_acled_code(base: ActorBase) -> None:
    """Bangladesh's Jamaat-e-Islami fights under ACLED's short code for the party, not "<party> Militia"."""
    militia = base.militia_of("jamaat_e_islami_bd")
    assert militia is not None and militia.name == "JeI: Jamaat-e-Islami"
    assert base.party_of(militia.actor_id) == base.get("jamaat_e_islami_bd")


def test_militia_field_in_user_file(tmp_path: Path) -> None:
    path = tmp_path / "parties.yaml"
    path.write_text(
        "actors:\n  - {id: zpp, name: 'ZPP: Zorbal People Party', type: Political militia, country: NG,"
        " aliases: [ZPP], militia: true}\n",
        encoding="utf-8",
    )
    base = ActorBase.load(extra_files=[path])
    assert _resolved_id(base, "ZPP militia") == "zpp_militia"
    assert base.get("zpp_militia").name == "ZPP: Zorbal People Party Militia"  # type: ignore[union-attr]


def test_sudanese_tribes_are_known_by_their_usual_spellings(base: ActorBase) -> None:
    for spelling in ("Habbaniya militia", "Habbaniyah militia"):
        entry = base.resolve(spelling, context_country="SD")
        assert entry is not None and entry.name == "Habbaniya Ethnic Militia (Sudan)", spelling


def test_al_qaeda_in_south_asia_is_its_regional_branch_once_founded(base: ActorBase) -> None:
    branch = base.resolve("al-Qaeda", when=date(2015, 6, 1), context_country="PK")
    assert branch is not None and branch.actor_id == "al_qaeda_indian_subcontinent"
    before = base.resolve("al-Qaeda", when=date(2012, 6, 1), context_country="PK")  # the branch did not exist yet
    assert before is not None and before.actor_id == "al_qaeda"
    elsewhere = base.resolve("al-Qaeda", when=date(2015, 6, 1), context_country="SY")
    assert elsewhere is not None and elsewhere.actor_id == "al_qaeda"
    yemen = base.resolve("al-Qaeda", when=date(2015, 6, 1), context_country="YE")
    assert yemen is not None and yemen.actor_id == "al_qaeda_arabian_peninsula"
