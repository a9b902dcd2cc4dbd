"""Tests of the `sigacts` command: extract, ingest, events, export, stats, errors, and a rough batch.

Commands run in process through typer's CliRunner with the session's Coder patched in (loading the
resources again for every command would be slow); the error paths that must print one line and no
traceback run `python -m sigacts` in a subprocess, as a user would.
"""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

import sigacts.api
import sigacts.cli.main as cli_main
from sigacts.api import Coder
from sigacts.api import ingest as ingest_articles
from sigacts.exporters import ACLED_COLUMNS
from sigacts.pipeline.base import Document
from sigacts.readers import article_from_text
from sigacts.stages.assemble import Assemble
from sigacts.storage import EventQuery, Store, open_store
from sigacts.storage.writer import ArticleWriter

# Invented articles: a title line, a date line, a body.
ARTICLES = {
    "kenya.txt": (
        "Police detain protesters in Nairobi\nJune 15, 2021\n"
        "Police arrested 25 protesters in Nairobi on Monday, witnesses said. "
        "The demonstrators had gathered outside the parliament to demand lower food prices."
    ),
    "somalia.txt": (
        "Militants strike army base\nJune 12, 2021\n"
        "Al-Shabaab fighters attacked a Somali army base near Baidoa on Friday, killing three soldiers. "
        "The base lies on the main road that links the town with the capital."
    ),
    "yemen.txt": (
        "Shelling in Marib\nMay 4, 2021\n"
        "Houthi rebels shelled the city of Marib on Sunday, a military source said. "
        "The city is the last stronghold of the government in the north of the country."
    ),
}


def write_articles(folder: Path, articles: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def invoke(runner: CliRunner, *args: str) -> Result:
    result = runner.invoke(cli_main.app, list(args))
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result


def flat(text: str) -> str:
    """`text` with every run of whitespace made one space (rich wraps long messages)."""
    return " ".join(text.split())


def jsonl(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


@pytest.fixture(scope="module")
def filled_db(coder: Coder, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A database holding the three ARTICLES, ingested once through the CLI."""
    root = tmp_path_factory.mktemp("cli")
    folder = write_articles(root / "articles", ARTICLES)
    db = str(root / "store.db")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(cli_main, "Coder", lambda extra_actor_files=(): coder)
        result = invoke(CliRunner(), "ingest", str(folder), "--db", db)
    assert result.exit_code == 0, result.output
    assert "stored 3 articles" in result.stderr
    yield db


# -- extract --------------------------------------------------------------------------------------


def test_extract_jsonl_prints_one_contract_object_per_line(runner: CliRunner, tmp_path: Path) -> None:
    folder = write_articles(tmp_path, ARTICLES)
    result = invoke(runner, "extract", str(folder / "somalia.txt"), "--format", "jsonl")
    assert result.exit_code == 0, result.output
    records = jsonl(result.stdout)
    assert records, "no events printed"
    for record in records:
        assert {"event_id", "plover", "actor1", "evidence", "date"} <= record.keys()
    attack = [r for r in records if r["evidence"]["trigger"] == "attacked"]
    assert len(attack) == 1 and attack[0]["actor1"]["name"] == "al-Shabaab"
    assert attack[0]["date"]["start"] == "2021-06-11"  # the Friday before the dateline
    assert result.stdout.count("\n") == len(records)


def test_extract_table_prints_a_table(runner: CliRunner, tmp_path: Path) -> None:
    folder = write_articles(tmp_path, ARTICLES)
    result = invoke(runner, "extract", str(folder / "kenya.txt"))
    assert result.exit_code == 0, result.output
    assert "Police detain protesters in Nairobi" in result.stdout
    # ACLED codes arrests of protesters as the protest with intervention; the arrest stays a PLOVER COERCE
    assert "COERCE" in result.stdout and "intervention" in result.stdout
    assert any(border in result.stdout for border in "│┃|")
    with pytest.raises(json.JSONDecodeError):
        json.loads(result.stdout.splitlines()[0])


def test_extract_a_missing_file_fails_with_a_message(runner: CliRunner, tmp_path: Path) -> None:
    result = invoke(runner, "extract", str(tmp_path / "nowhere.txt"), "--format", "jsonl")
    assert result.exit_code == 1
    assert "nowhere.txt: no such file or directory" in flat(result.stderr)
    assert result.stdout == ""


# -- ingest ---------------------------------------------------------------------------------------


def test_ingest_twice_stores_nothing_new(runner: CliRunner, tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "articles", ARTICLES)
    db = str(tmp_path / "twice.db")
    first = invoke(runner, "ingest", str(folder), "--db", db)
    assert first.exit_code == 0, first.output
    assert "stored 3 articles" in first.stderr and "0 already stored" in first.stderr
    with open_store(db) as store:
        events_before = store.count_events()
    second = invoke(runner, "ingest", str(folder), "--db", db)
    assert second.exit_code == 0, second.output
    assert "stored 0 articles (0 events); 3 already stored" in second.stderr
    with open_store(db) as store:
        assert len(list(store.articles())) == 3
        assert store.count_events() == events_before > 0


# -- events ---------------------------------------------------------------------------------------


def events_json(runner: CliRunner, db: str, *filters: str) -> list[dict[str, Any]]:
    result = invoke(runner, "events", "--db", db, "--format", "jsonl", *filters)
    assert result.exit_code == 0, result.output
    return jsonl(result.stdout)


def actor_names(record: dict[str, Any]) -> set[str]:
    actors = [record["actor1"], record["actor2"], *record.get("assoc_actors", [])]
    return {a["name"] for a in actors if a}


def test_events_without_filters_lists_every_stored_event(runner: CliRunner, filled_db: str) -> None:
    records = events_json(runner, filled_db)
    assert {r["location"]["country_code"] for r in records} == {"KE", "SO", "YE"}


def test_events_filter_by_actor(runner: CliRunner, filled_db: str) -> None:
    records = events_json(runner, filled_db, "--actor", "shabaab")
    assert records and all("al-Shabaab" in actor_names(r) for r in records)
    assert events_json(runner, filled_db, "--actor", "no such group") == []


def test_events_filter_by_country(runner: CliRunner, filled_db: str) -> None:
    records = events_json(runner, filled_db, "--country", "ke")
    assert records and {r["location"]["country_code"] for r in records} == {"KE"}
    assert "COERCE" in {r["plover"]["event_type"] for r in records}


def test_events_filter_since_a_date(runner: CliRunner, filled_db: str) -> None:
    records = events_json(runner, filled_db, "--since", "2021-06-01")
    assert records and all(r["date"]["end"] >= "2021-06-01" for r in records)
    assert "YE" not in {r["location"]["country_code"] for r in records}  # the May shelling is left out
    assert events_json(runner, filled_db, "--since", "2022-01-01") == []


def test_events_filters_combine(runner: CliRunner, filled_db: str) -> None:
    assert events_json(runner, filled_db, "--actor", "houthi", "--country", "YE", "--since", "2021-05-01")
    assert events_json(runner, filled_db, "--actor", "houthi", "--country", "SO") == []


def test_events_table(runner: CliRunner, filled_db: str) -> None:
    result = invoke(runner, "events", "--db", filled_db, "--country", "SO")
    assert result.exit_code == 0, result.output
    assert "ASSAULT" in result.stdout and "events" in result.stdout


# -- export and stats ----------------------------------------------------------------------------


def test_export_jsonl(runner: CliRunner, filled_db: str) -> None:
    result = invoke(runner, "export", "--db", filled_db, "--format", "jsonl")
    assert result.exit_code == 0, result.output
    records = jsonl(result.stdout)
    assert len(records) == len(events_json(runner, filled_db))
    assert f"exported {len(records)} events as jsonl" in result.stderr


def test_export_acled_csv(runner: CliRunner, filled_db: str, tmp_path: Path) -> None:
    target = tmp_path / "events.csv"
    result = invoke(runner, "export", "--db", filled_db, "--format", "acled-csv", "--output", str(target))
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    with open(target, encoding="utf-8", newline="") as handle:
        assert tuple(next(csv.reader(handle))) == ACLED_COLUMNS
    coded = [r for r in events_json(runner, filled_db) if r["acled"]]
    assert len(rows) == len(coded) > 0
    assert {r["event_type"] for r in rows} <= {r["acled"]["event_type"] for r in coded}
    assert any(r["sub_event_type"] == "Protest with intervention" and r["iso"] for r in rows)


def test_export_geojson(runner: CliRunner, filled_db: str) -> None:
    result = invoke(runner, "export", "--db", filled_db, "--format", "geojson")
    assert result.exit_code == 0, result.output
    collection = json.loads(result.stdout)
    assert collection["type"] == "FeatureCollection"
    assert collection["features"]
    for feature in collection["features"]:
        lon, lat = feature["geometry"]["coordinates"]
        assert feature["geometry"]["type"] == "Point" and -180 <= lon <= 180 and -90 <= lat <= 90
    points = [f["geometry"]["coordinates"] for f in collection["features"]]
    nairobi = [(lon, lat) for lon, lat in points if lat < 0 < lon]
    assert nairobi, "the Nairobi arrest (south of the equator, east of Greenwich) is missing"


def test_stats_prints_counts(runner: CliRunner, filled_db: str) -> None:
    result = invoke(runner, "stats", "--db", filled_db)
    assert result.exit_code == 0, result.output
    rows = [line for line in result.stdout.splitlines() if "│" in line]
    lines = {line.strip("│┃ ").split("│")[0].strip(): line for line in rows}
    assert "articles" in lines and lines["articles"].rstrip(" │").endswith("3")
    assert "PLOVER: ASSAULT" in result.stdout and "country: KE" in result.stdout


def test_debug_is_accepted(runner: CliRunner, filled_db: str) -> None:
    result = invoke(runner, "--debug", "stats", "--db", filled_db)
    assert result.exit_code == 0, result.output
    assert "articles" in result.stdout


def test_version_prints_the_version(runner: CliRunner) -> None:
    result = invoke(runner, "--version")
    assert result.exit_code == 0 and result.stdout.startswith("sigacts ")


# -- errors from the real command (one line, no traceback) ---------------------------------------


def sigacts_cmd(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "sigacts", *args], capture_output=True, text=True, timeout=120, check=False
    )


def test_an_unknown_export_format_is_an_error_without_traceback(filled_db: str) -> None:
    run = sigacts_cmd("export", "--db", filled_db, "--format", "shapefile")
    assert run.returncode != 0
    assert "Traceback" not in run.stderr
    assert flat(run.stderr).startswith("error: unknown export format 'shapefile'; choose one of: jsonl")
    assert run.stdout == ""


def test_an_unknown_export_format_is_one_line(filled_db: str) -> None:
    run = sigacts_cmd("export", "--db", filled_db, "--format", "shapefile")
    assert len(run.stderr.strip().splitlines()) == 1, run.stderr


def test_a_bad_since_date_is_one_line_and_non_zero(filled_db: str) -> None:
    run = sigacts_cmd("events", "--db", filled_db, "--since", "2021-13-45")
    assert run.returncode != 0
    assert "Traceback" not in run.stderr
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1 and "--since '2021-13-45' is not a date" in lines[0] and "YYYY-MM-DD" in lines[0]


def test_debug_shows_the_traceback(filled_db: str) -> None:
    run = sigacts_cmd("--debug", "export", "--db", filled_db, "--format", "shapefile")
    assert run.returncode != 0
    assert "Traceback" in run.stderr and "ConfigError" in run.stderr


def test_an_unknown_option_is_a_usage_error(filled_db: str) -> None:
    run = sigacts_cmd("events", "--db", filled_db, "--bogus")
    assert "unexpected error" not in run.stderr
    assert "No such option" in run.stderr and run.returncode == 2


# -- a rough batch --------------------------------------------------------------------------------

GOOD = "Rebel fighters attacked an army checkpoint near Kismayo on Monday, a local official said."
CP1252 = (
    "Police arrested two journalists in Harare on Tuesday, their lawyer said. The reporters were covering "
    "a protest \u201cagainst fuel prices\u201d outside the parliament building."
).encode("cp1252")
JSONL = (
    '{"text": "Soldiers clashed with Ansar al-Sunna militants near Mocimboa da Praia on Thursday, '
    'a security source said.", "published": "2021-06-10"}\n'
    '{"text": "an unfinished line\n'
)
FRENCH = (
    "Des hommes armés ont attaqué un poste de police près de Gao mardi, selon des sources locales. "
    "Plusieurs policiers ont été blessés lors de l'attaque et les assaillants ont pris la fuite."
)
BAD_FILES = {  # file -> words its message must contain
    "b_image.png": "binary",
    "c_empty.txt": "empty",
    "e_batch.jsonl:2": "malformed JSON",
    "f_french.txt": "French",
}


def rough_batch(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "a_good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "b_image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00")
    (folder / "c_empty.txt").write_bytes(b"")
    (folder / "d_cp1252.txt").write_bytes(CP1252)
    (folder / "e_batch.jsonl").write_text(JSONL, encoding="utf-8")
    (folder / "f_french.txt").write_text(FRENCH, encoding="utf-8")
    return folder


def test_a_rough_batch_stores_the_good_files_and_names_the_bad(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # short relative paths in the messages
    folder = rough_batch(Path("batch"))
    db = "batch.db"
    result = invoke(runner, "ingest", str(folder), "--db", db)
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    for name, reason in BAD_FILES.items():
        naming = [line for line in result.stderr.splitlines() if name in line]
        assert len(naming) == 1, f"{name}: {naming}"
        assert f"batch/{name}: " in naming[0] and reason in naming[0]
    assert "stored 3 articles" in result.stderr and "1 skipped, 3 failed" in result.stderr
    with open_store(db) as store:
        articles = {Path(a.source or "").name.split(":")[0]: a for a in store.articles()}
    assert set(articles) == {"a_good.txt", "d_cp1252.txt", "e_batch.jsonl"}
    assert "\u201cagainst fuel prices\u201d" in articles["d_cp1252.txt"].text  # cp1252 quotes decoded
    again = invoke(runner, "ingest", str(folder), "--db", db)
    assert "stored 0 articles (0 events); 3 already stored" in again.stderr


def test_each_batch_message_is_one_line(runner: CliRunner, tmp_path: Path) -> None:
    folder = rough_batch(tmp_path / "a_folder_with_a_rather_long_name_as_real_archives_have")
    result = invoke(runner, "ingest", str(folder), "--db", str(tmp_path / "lines.db"))
    png = [line for line in result.stderr.splitlines() if "b_image.png" in line]
    assert len(png) == 1 and png[0].rstrip().endswith("give a text, HTML, JSONL or CSV file")


def stored_sources(db: str) -> list[str]:
    with open_store(db) as store:
        return sorted(Path(a.source or "").name for a in store.articles())


def assert_complete_and_unique(db: str, coder: Coder) -> None:
    """Every stored article has all its events (as a fresh extraction finds them), none twice."""
    with open_store(db) as store:
        for article in store.articles():
            expected = {e.event_id for e in coder.extract(article).events}
            stored = [e.event_id for e in store.query_events(EventQuery(doc_id=article.doc_id))]
            assert len(stored) == len(set(stored)) and set(stored) == expected, article.source


def test_a_crash_while_storing_keeps_earlier_articles_and_a_rerun_resumes(
    runner: CliRunner, coder: Coder, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = write_articles(tmp_path / "articles", ARTICLES)  # kenya, somalia, yemen in this order
    db = str(tmp_path / "crash.db")
    original = Store.add_article
    calls: list[str] = []

    def crash_on_second(self: Store, article: Any, events: Any, coder_name: str = "") -> bool:
        calls.append(Path(article.source).name)
        if len(calls) == 2:
            raise RuntimeError("power cut")
        return original(self, article, events, coder_name)

    monkeypatch.setattr(Store, "add_article", crash_on_second)
    crashed = runner.invoke(cli_main.app, ["ingest", str(folder), "--db", db])
    assert isinstance(crashed.exception, RuntimeError) and crashed.exit_code != 0
    assert calls == ["kenya.txt", "somalia.txt"]
    assert stored_sources(db) == ["kenya.txt"]
    assert_complete_and_unique(db, coder)

    monkeypatch.setattr(Store, "add_article", original)
    resumed = invoke(runner, "ingest", str(folder), "--db", db)
    assert resumed.exit_code == 0, resumed.output
    assert "stored 2 articles" in resumed.stderr and "1 already stored" in resumed.stderr
    assert stored_sources(db) == ["kenya.txt", "somalia.txt", "yemen.txt"]
    assert_complete_and_unique(db, coder)


def interrupt_while_coding_somalia(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the last stage raise KeyboardInterrupt (not a StageError: a real stop) on the somalia article."""
    original = Assemble.__call__

    def interrupted(self: Assemble, doc: Document) -> Any:
        if "Al-Shabaab" in doc.text:
            raise KeyboardInterrupt
        return original(self, doc)

    monkeypatch.setattr(Assemble, "__call__", interrupted)


def test_a_crash_while_coding_stores_nothing_half_and_a_rerun_resumes(
    coder: Coder, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = write_articles(tmp_path / "articles", ARTICLES)
    db = str(tmp_path / "coding.db")
    with monkeypatch.context() as patch:
        interrupt_while_coding_somalia(patch)
        with open_store(db) as store, pytest.raises(KeyboardInterrupt):
            ingest_articles([folder], store, coder)
    assert "somalia.txt" not in stored_sources(db)
    assert_complete_and_unique(db, coder)
    before = len(stored_sources(db))
    with open_store(db) as store:
        report = ingest_articles([folder], store, coder)
    assert (report.stored, report.duplicates, report.failed) == (3 - before, before, 0)
    assert stored_sources(db) == ["kenya.txt", "somalia.txt", "yemen.txt"]
    assert_complete_and_unique(db, coder)


def test_a_crash_while_coding_keeps_the_articles_of_finished_batches(
    coder: Coder, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # ingest codes a batch (16 articles) before storing it; with batches of one, the article coded
    # before the stop is stored and only the batch being coded is lost (a re-run codes it again)
    monkeypatch.setattr(sigacts.api, "BATCH_SIZE", 1)
    folder = write_articles(tmp_path / "articles", ARTICLES)
    db = str(tmp_path / "coding.db")
    interrupt_while_coding_somalia(monkeypatch)
    with open_store(db) as store, pytest.raises(KeyboardInterrupt):
        ingest_articles([folder], store, coder)
    assert stored_sources(db) == ["kenya.txt"]


def test_a_failure_while_writing_keeps_nothing_of_that_article(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = write_articles(tmp_path / "articles", ARTICLES)
    db = str(tmp_path / "half.db")
    somalia = article_from_text(ARTICLES["somalia.txt"]).doc_id
    original = ArticleWriter._write_event
    written: list[str] = []

    def fail_on_second_somalia_event(self: ArticleWriter, doc_id: str, event: Any, stored: Any) -> None:
        if doc_id == somalia:
            written.append(event.event_id)
            if len(written) == 2:
                raise RuntimeError("disk full")
        original(self, doc_id, event, stored)

    monkeypatch.setattr(ArticleWriter, "_write_event", fail_on_second_somalia_event)
    crashed = runner.invoke(cli_main.app, ["ingest", str(folder), "--db", db])
    assert isinstance(crashed.exception, RuntimeError)
    assert len(written) == 2  # the first somalia event had been written when the crash came
    with open_store(db) as store:
        assert [Path(a.source or "").name for a in store.articles()] == ["kenya.txt"]
        assert not store.has_article(somalia)
        assert store.count_events(EventQuery(doc_id=somalia)) == 0
        assert store.count_events(EventQuery(text="Baidoa")) == 0
        assert store.count_events() > 0
