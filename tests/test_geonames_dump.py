"""`sigacts gazetteer add-geonames`: GeoNames dumps and alternate names grow the index, and survive rebuilds."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sigacts.cli.main import app
from sigacts.errors import InputError
from sigacts.resources.gazetteer import Gazetteer
from sigacts.resources.geonames_dump import import_geonames
from tests.test_gazetteer import tiny_sources


def _place_line(gid: int, name: str, alternates: str, lat: float, lon: float, klass: str, code: str,
                country: str = "SY", population: int = 0) -> str:  # fmt: skip
    fields = [str(gid), name, name, alternates, str(lat), str(lon), klass, code, country, "", "09", "", "", "",
              str(population), "", "300", "Asia/Damascus", "2020-01-01"]  # fmt: skip
    return "\t".join(fields) + "\n"


DUMP = (
    _place_line(9001, "Tall Zorbat", "Tal Zorbat,Tell Zorbat", 35.1, 37.2, "P", "PPL", population=1200)
    + _place_line(9002, "Jabal Zorbat", "", 35.2, 37.3, "T", "MT")
    + _place_line(9003, "Wadi Zorbat", "", 35.3, 37.4, "H", "STM")  # streams are not kept
    + _place_line(3, "Al Qaryatayn", "", 34.23, 37.24, "P", "PPL", population=25000)  # updates a known town
)
ALTERNATES = "1\t9001\ten\tZurbat Hill\t1\t\t\t\t\t\n2\t9001\tlink\thttps://example.org\t\t\t\t\t\t\n3\t424242\ten\tNowhere\t\t\t\t\t\t\n"


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    dump, alternates = tmp_path / "SY.txt", tmp_path / "alternateNamesV2.txt"
    dump.write_text(DUMP, encoding="utf-8")
    alternates.write_text(ALTERNATES, encoding="utf-8")
    return dump, alternates


def test_places_and_alternate_names_are_imported(tmp_path: Path, files: tuple[Path, Path]) -> None:
    index = tmp_path / "g.sqlite"
    messages: list[str] = []
    report = import_geonames(reversed(files), index, progress=messages.append, sources=tiny_sources())
    assert (report.places, report.names, report.files) == (3, 1, 2)
    assert any("SY.txt" in message for message in messages)
    with Gazetteer.open(index, sources=tiny_sources()) as gazetteer:
        town = gazetteer.resolve("Tell Zorbat", ["SY"])
        assert town is not None and town.gid == "geonames:9001" and town.population == 1200
        assert gazetteer.resolve("Zurbat Hill", ["SY"]) == town
        mountain = gazetteer.resolve("Jabal Zorbat", ["SY"])
        assert mountain is not None and mountain.feature == "mountain"
        assert gazetteer.lookup("Wadi Zorbat") == []
        updated = gazetteer.resolve("Qaryatain", ["SY"])
        assert updated is not None and updated.population == 25000


def test_zipped_dumps_are_read(tmp_path: Path, files: tuple[Path, Path]) -> None:
    archive = tmp_path / "SY.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.write(files[0], "SY.txt")
        zipped.writestr("readme.txt", "GeoNames readme")
    report = import_geonames([archive], tmp_path / "g.sqlite", sources=tiny_sources())
    assert report.places == 3


def test_imports_survive_a_rebuild(tmp_path: Path, files: tuple[Path, Path]) -> None:
    index = tmp_path / "g.sqlite"
    import_geonames(files, index, sources=tiny_sources(label="one"))
    with Gazetteer.open(index, sources=tiny_sources(label="two")) as rebuilt:  # a new source: rebuilt
        found = rebuilt.resolve("Zurbat Hill", ["SY"])
        assert found is not None and found.gid == "geonames:9001"
        assert rebuilt.resolve("Bigville") is not None  # the built data are there too


def test_imports_move_to_the_index_of_a_new_version(tmp_path: Path, files: tuple[Path, Path]) -> None:
    """An upgrade names its index anew (gazetteer-v<N>.sqlite): the user's imports move into it, keyed again."""
    older = tmp_path / "gazetteer-v1.sqlite"
    import_geonames(files, older, sources=tiny_sources(label="one"))
    (tmp_path / "gazetteer-v0.sqlite").write_bytes(b"not an index")  # an even older file is not read
    newer = tmp_path / "gazetteer-v2.sqlite"
    with Gazetteer.open(newer, sources=tiny_sources(label="two")) as upgraded:
        found = upgraded.resolve("Tell Zorbat", ["SY"])
        assert found is not None and found.gid == "geonames:9001"
        assert upgraded.resolve("Zurbat Hill", ["SY"]) == found
        assert upgraded.resolve("Bigville") is not None
    assert older.is_file()  # the old index stays for whatever still uses it


def test_an_index_of_a_later_version_lends_nothing(tmp_path: Path, files: tuple[Path, Path]) -> None:
    import_geonames(files, tmp_path / "gazetteer-v3.sqlite", sources=tiny_sources(label="one"))
    with Gazetteer.open(tmp_path / "gazetteer-v2.sqlite", sources=tiny_sources(label="two")) as other:
        assert other.resolve("Zurbat Hill", ["SY"]) is None


def test_a_foreign_file_is_a_clear_error(tmp_path: Path) -> None:
    other = tmp_path / "notes.txt"
    other.write_text("just some text\nover two lines\n", encoding="utf-8")
    with pytest.raises(InputError, match="GeoNames place dump"):
        import_geonames([other], tmp_path / "g.sqlite", sources=tiny_sources())


def test_cli_reports_a_missing_file(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["gazetteer", "add-geonames", str(tmp_path / "missing.txt")])
    assert result.exit_code != 0
    assert isinstance(result.exception, InputError) and "no such file" in str(result.exception)
