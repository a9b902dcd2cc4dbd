"""The evaluation harness on tiny gold files written for these tests (never corpus text)."""

from __future__ import annotations

import json
import math
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sigacts.api import Coder, extract_text
from sigacts.cli.main import app
from sigacts.errors import InputError, SigactsError
from sigacts.evaluation import evaluate, load_gold
from sigacts.evaluation.acled import current_event_type, parse_event_date, score
from sigacts.evaluation.base import actor_matches, fold_name, name_forms
from sigacts.evaluation.case2021 import LABELS
from sigacts.evaluation.fakes import place_matches, spelling_skeleton
from sigacts.evaluation.metrics import accuracy, error_curve_auc, haversine_km, macro_f1, within_percent
from sigacts.evaluation.plover import current_type
from sigacts.records import Actor, Place
from sigacts.resources.actors import default_actor_base
from sigacts.taxonomy import ACLED_EVENT_TYPES

# -- metrics ------------------------------------------------------------------------------------------


def test_accuracy_and_empty() -> None:
    assert accuracy([True, False, True, True]) == 0.75
    assert accuracy([]) is None


def test_macro_f1_counts_missing_predictions_as_misses() -> None:
    pairs = [("A", "A"), ("A", None), ("B", "B"), ("B", "A")]
    # A: tp 1, fp 1, fn 1 -> 0.5; B: tp 1, fp 0, fn 1 -> 2/3
    assert macro_f1(pairs) == pytest.approx((0.5 + 2 / 3) / 2)
    assert macro_f1([]) is None


def test_haversine_known_distance() -> None:
    # one degree of latitude is about 111 km
    assert haversine_km(10.0, 20.0, 11.0, 20.0) == pytest.approx(111.2, abs=0.5)
    assert haversine_km(1.0, 1.0, 1.0, 1.0) == 0.0


def test_within_percent_and_zero_gold() -> None:
    assert within_percent(11, 10, 20)
    assert not within_percent(13, 10, 20)
    assert within_percent(None, 0, 20)
    assert not within_percent(1, 0, 20)


def test_error_curve_auc_bounds() -> None:
    assert error_curve_auc([0.0, 0.0]) == 0.0
    assert error_curve_auc([20039.0]) == pytest.approx(1.0)
    assert 0 < error_curve_auc([100.0]) < 1  # type: ignore[operator]
    assert error_curve_auc([]) is None
    assert not math.isnan(error_curve_auc([5.0, 500.0]) or 0)


# -- label maps ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("old", "inter1", "inter2", "current"),
    [
        ("Battle-No change of territory", "", "", "Battles"),
        ("Battle-Government regains territory", "", "", "Battles"),
        ("Remote violence", "", "", "Explosions/Remote violence"),
        ("Riots/Protests", "5", "", "Riots"),
        ("Riots/Protests", "6", "", "Protests"),
        ("Riots/Protests", "1", "5", "Riots"),  # the police against rioters
        ("Riots/Protests", "6", "1", "Protests"),
        ("Violence Against Civilians", "", "", "Violence against civilians"),
        ("Strategic development", "", "", "Strategic developments"),
        ("Non-violent transfer of territory", "", "", "Strategic developments"),
        ("Explosions/Remote violence", "", "", "Explosions/Remote violence"),
        ("Something else", "", "", None),
    ],
)
def test_old_acled_types_map_to_current(old: str, inter1: str, inter2: str, current: str | None) -> None:
    assert current_event_type(old, inter1, inter2) == current


def test_acled_dates_in_both_schemas() -> None:
    assert parse_event_date("01-January-2015") == date(2015, 1, 1)
    assert parse_event_date("2016-06-17") == date(2016, 6, 17)
    assert parse_event_date("17 June 2016") == date(2016, 6, 17)
    assert parse_event_date("soon") is None


def test_case_labels_cover_every_acled_sub_type() -> None:
    sub_types = {s for subs in ACLED_EVENT_TYPES.values() for s in subs}
    assert set(LABELS) == sub_types
    assert len(set(LABELS.values())) == 25


def test_old_plover_names() -> None:
    assert current_type("DEMAND") == "REQUEST"
    assert current_type("disapprove") == "ACCUSE"
    assert current_type("FIGHT") == "ASSAULT"
    assert current_type("INVESTIGATE") == "ACCUSE"
    assert current_type("AGREE") == "AGREE"


# -- name matching ------------------------------------------------------------------------------------


def test_name_forms_strip_acled_decorations() -> None:
    assert "military forces of syria" in name_forms("Military Forces of Syria (2000-)")
    assert "bangladesh nationalist party" in name_forms("BNP: Bangladesh Nationalist Party")
    assert "bnp" in name_forms("BNP: Bangladesh Nationalist Party")
    assert fold_name("The Nusra-Front") == "nusra front"


def test_actor_matches_through_the_knowledge_base() -> None:
    base = default_actor_base()
    army = base.state_forces("SY", "military")
    assert army is not None
    ours = army.to_actor("Syrian army")
    assert actor_matches("Military Forces of Syria (2000-)", ours, base)
    assert not actor_matches("Military Forces of Iraq (2014-)", ours, base)
    assert not actor_matches("Military Forces of Syria (2000-)", None, base)
    protesters = base.state_forces("IN", "protesters")
    assert protesters is not None
    assert actor_matches("Protesters (India)", protesters.to_actor(), base)


def test_actor_matches_unknown_names_by_form() -> None:
    base = default_actor_base()
    ours = Actor(name="Union of Imaginary Farmers", mention="Union of Imaginary Farmers")
    assert actor_matches("UIF: Union of Imaginary Farmers", ours, base)
    assert not actor_matches("UIF: Union of Imaginary Fishermen", ours, base)


def test_spelling_skeleton_ignores_transliteration() -> None:
    assert spelling_skeleton("Deir ez-Zor") == spelling_skeleton("deir ezzor")
    assert spelling_skeleton("Al-Hasakah") == spelling_skeleton("hasakeh")
    assert spelling_skeleton("Latakia") == spelling_skeleton("lattakia")
    assert spelling_skeleton("Raqqah") == spelling_skeleton("raqqa")
    assert spelling_skeleton("Homs") != spelling_skeleton("Hama")


def test_place_matches_name_or_admin1() -> None:
    town = Place("Saraqib", "SY", 35.86, 36.8, admin1="Idlib Governorate")
    assert place_matches("idlib", town)
    assert place_matches("saraqib", town)
    assert not place_matches("aleppo", town)
    assert not place_matches("aleppo", None)


# -- loaders on files we write ------------------------------------------------------------------------

OLD_ACLED = (
    "GWNO,EVENT_ID_CNTY,EVENT_DATE,YEAR,EVENT_TYPE,ACTOR1,ALLY_ACTOR_1,INTER1,ACTOR2,INTER2,COUNTRY,LOCATION,"
    "LATITUDE,LONGITUDE,NOTES,FATALITIES\n"
    "750,1IND,03-March-2015,2015,Riots/Protests,Protesters (India),,6,,0,India,Lucknow,26.85,80.92,"
    '"Farmers protested outside the district office in Lucknow on Tuesday, demanding higher crop prices.",0\n'
    "501,2KEN,04-March-2015,2015,Violence against civilians,Unidentified Armed Group (Kenya),,3,Civilians (Kenya),7,"
    'Kenya,Kisumu,-0.0917,34.768,"Unidentified gunmen shot dead a shopkeeper in Kisumu on Wednesday.",1\n'
    "750,3IND,05-March-2015,2015,Riots/Protests,Rioters (India),,5,,0,India,Meerut,28.98,77.71,,0\n"
)
NEW_ACLED = (
    "event_date,event_type,sub_event_type,actor1,actor2,country,location,latitude,longitude,notes,fatalities\n"
    "2016-06-18,Battles,Armed clash,Boko Haram - Jamatu Ahli is-Sunna lid-Dawati wal-Jihad,"
    'Military Forces of Nigeria (2015-),Nigeria,Bama,11.52,13.69,"Nigerian soldiers fought Boko Haram fighters outside '
    'Bama on 18 June and lost three men.",3\n'
)


def test_acled_loader_reads_both_schemas(tmp_path: Path) -> None:
    (tmp_path / "old.csv").write_text(OLD_ACLED, encoding="utf-8")
    (tmp_path / "new.csv").write_text(NEW_ACLED, encoding="utf-8")
    items = load_gold("acled", tmp_path)
    assert len(items) == 3  # the row without notes is skipped
    by_text = {i.text.split()[0]: i for i in items}
    assert by_text["Farmers"].gold["event_type"] == "Protests"
    assert by_text["Farmers"].published == date(2015, 3, 3)
    assert by_text["Nigerian"].gold["sub_event_type"] == "Armed clash"
    assert by_text["Nigerian"].gold["fatalities"] == 3


def test_acled_loader_reads_the_first_known_source_else_the_first_source_as_the_outlet(tmp_path: Path) -> None:
    rows = (
        "event_date,event_type,actor1,actor2,country,location,latitude,longitude,notes,fatalities,source\n"
        '2016-06-18,Protests,Protesters,,India,X,1,1,"Teachers marched to the town hall.",0,Local Wire; The Hindu\n'
        '2016-06-19,Protests,Protesters,,India,X,1,1,"Nurses marched to the town hall.",0,Local Wire\n'
        '2016-06-20,Protests,Protesters,,Pakistan,X,1,1,"Cooks marched to the town hall.",0,Dawn (Pakistan)\n'
    )
    (tmp_path / "new.csv").write_text(rows, encoding="utf-8")
    outlets = {i.text.split()[0]: i.outlet for i in load_gold("acled", tmp_path)}
    # an ingest keeps an outlet name it does not know, as written
    assert outlets == {"Teachers": "The Hindu", "Nurses": "Local Wire", "Cooks": "Dawn"}


def test_acled_evaluation_end_to_end(tmp_path: Path, coder: Coder) -> None:
    path = tmp_path / "old.csv"
    path.write_text(OLD_ACLED, encoding="utf-8")
    report = evaluate("acled", path, coder=coder)
    m = report.metrics
    assert m["rows"] == 2
    assert m["event_type_accuracy"] == 1.0
    assert m["actor1_accuracy"] == 1.0
    assert m["fatalities_exact"] == 1.0
    assert m["no_event_rate"] == 0.0
    assert m["sub_event_type_macro_f1"] is None  # the old schema has no sub-event types
    assert set(report.as_json()) >= {"kind", "event_type_accuracy", "actor2_accuracy", "location_within_25km"}


def test_acled_actor_pair_accuracy_takes_the_actors_in_either_order(tmp_path: Path, coder: Coder) -> None:
    path = tmp_path / "old.csv"
    path.write_text(OLD_ACLED, encoding="utf-8")
    items = [i for i in load_gold("acled", path) if i.gold["actor2"]]
    events = [list(extract_text(item.text, coder, published=item.published).events) for item in items]
    straight = score(items, events, default_actor_base()).metrics
    assert (straight["actor2_accuracy"], straight["actor_pair_accuracy"]) == (1.0, 1.0)
    swapped = [[e.with_changes(actor1=e.actor2, actor2=e.actor1) for e in row] for row in events]
    crossed = score(items, swapped, default_actor_base()).metrics
    assert (crossed["actor1_accuracy"], crossed["actor2_accuracy"], crossed["actor_pair_accuracy"]) == (0.0, 0.0, 1.0)


def test_case2021_loader_and_scoring(tmp_path: Path, coder: Coder) -> None:
    path = tmp_path / "snippets.tsv"
    path.write_text(
        "id\tEventSnippet\tSubType\n"
        '1\tHundreds of teachers marched peacefully through the capital on Monday to demand "fair pay".\tPEACE_PROTEST\n'
        "2\tA strong earthquake struck the coastal province overnight, destroying hundreds of homes.\tNATURAL_DISASTER\n",
        encoding="utf-8",
    )
    items = load_gold("case2021", path)
    assert [i.gold["label"] for i in items] == ["PEACE_PROTEST", "NATURAL_DISASTER"]
    assert '"fair pay"' in items[0].text  # quoting is off: quotes stay in the text
    m = evaluate("case2021", path, coder=coder).metrics
    assert m["sub_event_type_accuracy"] == 1.0
    assert m["out_of_scope_rejection"] == 1.0


def test_plover_loader_skips_documentation_and_maps_names(tmp_path: Path, coder: Coder) -> None:
    records = [
        {"id": "DOC", "event": "DOCUMENT", "eventText": "about this file"},
        {"id": "X1", "event": "DEMAND", "text": "Norway demanded that Chile release the detained sailors.",
         "source": [{"actorText": "Norway", "code": "NOR"}],
         "target": [{"actorText": "Chile", "code": "CHL"}]},
    ]  # fmt: skip
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    items = load_gold("plover", path)
    assert len(items) == 1 and items[0].gold["event"] == "REQUEST"
    m = evaluate("plover", path, coder=coder).metrics
    assert m["rows"] == 1
    assert m["event_type_accuracy"] == 1.0
    assert m["source_accuracy"] == 1.0


def test_fakes_loader_and_scoring(tmp_path: Path, coder: Coder) -> None:
    path = tmp_path / "fakes.csv"
    path.write_text(
        "unit_id,article_title,article_content,source,date,location,nb_civilians\n"
        '1,Shelling kills civilians in Homs,"Government shelling killed 12 civilians in Homs on Monday, '
        'activists said.",x,3/6/17,homs,12\n',
        encoding="utf-8",
    )
    items = load_gold("fakes", path)
    assert items[0].published == date(2017, 3, 6)
    m = evaluate("fakes", path, coder=coder).metrics
    assert m["location_accuracy"] == 1.0
    assert m["civilian_deaths_exact"] == 1.0


def test_bad_gold_files_give_clear_errors(tmp_path: Path) -> None:
    wrong = tmp_path / "wrong.csv"
    wrong.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(InputError, match="not an ACLED export"):
        load_gold("acled", wrong)
    with pytest.raises(InputError, match="no such file"):
        load_gold("fakes", tmp_path / "missing.csv")
    with pytest.raises(SigactsError, match="unknown evaluation"):
        load_gold("gdelt", wrong)
    bad_json = tmp_path / "bad.json"
    bad_json.write_text("{not json", encoding="utf-8")
    with pytest.raises(InputError, match="not PLOVER JSON"):
        load_gold("plover", bad_json)


def test_cli_evaluate_prints_table_then_json(tmp_path: Path) -> None:
    path = tmp_path / "old.csv"
    path.write_text(OLD_ACLED, encoding="utf-8")
    errors = tmp_path / "misses.jsonl"
    result = CliRunner().invoke(app, ["evaluate", "acled", str(path), "--json", "--limit", "1", "--errors", str(errors)])
    assert result.exit_code == 0, result.output
    last = json.loads(result.stdout.strip().splitlines()[-1])
    assert last["kind"] == "acled" and last["rows"] == 1
    assert "event_type_accuracy" in result.stdout
    assert errors.exists()
