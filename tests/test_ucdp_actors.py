"""`sigacts evaluate ucdp-actors`: UCDP sides resolved to knowledge-base actors of the right type."""

from __future__ import annotations

from pathlib import Path

from sigacts.api import Coder, evaluate
from sigacts.evaluation.ucdp_actors import expected_types, side_names

HEADER = "id,type_of_violence,side_a,side_b,country,date_start\n"
ROWS = (
    '1,1,Government of Syria,Syrian insurgents,Syria,2016-03-01\n'
    '2,2,"IS","Ahrar al-Sham, Faylaq al-Sham",Syria,2016-04-01\n'
    '3,3,IS,Civilians,Syria,2016-05-01\n'
    '4,2,Made Up Brigade Nobody Knows,SDF,Syria,2016-06-01\n'
)  # fmt: skip


def test_side_names_split_groups_and_drop_faction_qualifiers() -> None:
    assert side_names("Ahrar al-Sham, HTS") == ["Ahrar al-Sham", "HTS"]
    assert side_names("Rahman Corps - \u201cNorth\u201d faction") == ["Rahman Corps"]


def test_expected_types_follow_ucdp_definitions() -> None:
    assert expected_types("Government of Iraq", "side_a", "1") == {"State forces"}
    assert expected_types("Civilians", "side_b", "3") == {"Civilians"}
    assert expected_types("IS", "side_b", "1") == {"Rebel group"}
    assert "Identity militia" in expected_types("X clan", "side_a", "2")


def test_ucdp_actor_evaluation_scores_sides(coder: Coder, tmp_path: Path) -> None:
    gold = tmp_path / "ged.csv"
    gold.write_text(HEADER + ROWS, encoding="utf-8")
    report = evaluate("ucdp-actors", gold, coder)
    assert report.metrics["rows"] == 4
    assert report.metrics["resolved"] == 7 / 8
    assert [e["input"] for e in report.errors] == ["Made Up Brigade Nobody Knows"]
