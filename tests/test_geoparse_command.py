"""`sigacts geoparse` and `Coder.geoparse_many`: every place name of an article with where it lies."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

import sigacts.cli.main as cli_main
from sigacts.api import Coder, Geoparse
from sigacts.errors import SigactsError
from sigacts.readers import article_from_text
from tests.test_cli import invoke, write_articles

TEXT = (
    "Shelling hits Aleppo suburbs\n"
    "Government forces shelled villages west of Aleppo on Monday, a monitor said. Hezbollah fighters "
    "joined the push from Idlib, and Turkish officials called for calm."
)


def test_the_place_names_of_an_article_come_with_offsets_and_points(coder: Coder) -> None:
    article = article_from_text(TEXT)
    (parsed,) = coder.geoparse_many([article])
    assert isinstance(parsed, Geoparse)
    by_words = {t.text: t for t in parsed.toponyms}
    aleppo = by_words["Aleppo"]
    assert article.text[aleppo.start : aleppo.end] == "Aleppo"
    assert aleppo.place.country_code == "SY" and aleppo.how == "gazetteer"
    assert aleppo.place.latitude is not None and abs(aleppo.place.latitude - 36.2) < 0.3
    assert by_words["Idlib"].place.country_code == "SY"
    assert by_words["Turkish"].place.name == "Turkey" and by_words["Turkish"].how == "country"
    assert "Hezbollah" not in by_words  # an organisation, not a place
    assert [t.start for t in parsed.toponyms] == sorted(t.start for t in parsed.toponyms)


def test_an_organisation_the_parser_tags_as_a_place_is_not_put_at_the_article_s_town(coder: Coder) -> None:
    # the parser tags "Hizballah" here as a place (GPE); the gazetteer has no such place
    text = "Fighting near Homs\nFighters loyal to Hizballah in Qalamoun shelled the town of Homs on Monday."
    (parsed,) = coder.geoparse_many([article_from_text(text)])
    assert isinstance(parsed, Geoparse)
    assert not [t for t in parsed.toponyms if t.how == "context"]
    assert "Homs" in {t.text for t in parsed.toponyms}


def test_the_command_prints_one_json_object_per_place_name(runner: CliRunner, tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "in", {"aleppo.txt": TEXT, "empty.txt": ""})
    result = invoke(runner, "geoparse", str(folder), "--format", "jsonl")
    rows = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert {row["text"] for row in rows} >= {"Aleppo", "Idlib", "Turkish"}
    aleppo = next(row for row in rows if row["text"] == "Aleppo")
    assert aleppo["place"]["country_code"] == "SY" and aleppo["end"] - aleppo["start"] == len("Aleppo")
    assert "empty" in result.stderr  # the empty file is skipped with a message, the rest goes on


def test_the_command_draws_a_table_and_refuses_unknown_formats(runner: CliRunner, tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "in", {"aleppo.txt": TEXT})
    table = invoke(runner, "geoparse", str(folder))
    assert "Aleppo" in table.stdout and "place names" in table.stdout
    wrong = runner.invoke(cli_main.app, ["geoparse", str(folder), "--format", "xml"])
    assert isinstance(wrong.exception, SigactsError) and "--format table" in str(wrong.exception)
