"""The people table: person names to the organisations they led, with terms of office."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from sigacts.errors import ConfigError
from sigacts.resources.actors import default_actor_base
from sigacts.resources.people import PeopleTable, default_people_table


@pytest.fixture(scope="module")
def people() -> PeopleTable:
    return default_people_table()


def test_every_entry_names_a_known_actor_and_a_source(people: PeopleTable) -> None:
    assert len(people) >= 100  # loading checked every actor id against the shipped base


@pytest.mark.parametrize(
    ("name", "when", "actor_id"),
    [
        ("Vladimir Putin", date(2016, 5, 1), "government_ru"),
        ("President Putin", None, "government_ru"),
        ("Hassan Nasrallah", date(2015, 2, 1), "hezbollah"),
        ("Abubakar Shekau", date(2016, 8, 1), "boko_haram"),
        ("Khaleda Zia", date(2015, 1, 5), "bnp"),
        ("Khaleda Zia", date(2003, 1, 5), "government_bd"),
        ("Gen. Khalifa Haftar", date(2016, 6, 1), "libyan_national_army"),
    ],
)
def test_people_resolve_to_the_actor_they_led_then(
    people: PeopleTable, name: str, when: date | None, actor_id: str
) -> None:
    assert people.actor_for(name, when) == actor_id


def test_out_of_office_and_unknown_people_do_not_resolve(people: PeopleTable) -> None:
    assert people.actor_for("Barack Obama", date(2019, 1, 1)) is None
    assert people.actor_for("Jane Okafor", None) is None
    assert people.actor_for("putin", None) is None  # a name starts with a capital


def test_a_bad_people_file_is_a_config_error(tmp_path: Path) -> None:
    path = tmp_path / "people.yaml"
    path.write_text("people:\n  - {name: A B, actor: nobody_here, source: x}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="nobody_here"):
        PeopleTable.load(path, default_actor_base())
    path.write_text("people:\n  - {name: A B, actor: hamas}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="source"):
        PeopleTable.load(path)
