"""The `sigacts` command: thin commands over sigacts.api; one place turns errors into messages."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Annotated, TypeVar

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from sigacts import __version__
from sigacts.api import Coder, actor_base, actor_graph, describe_actor, extract_paths, geoparse_paths
from sigacts.api import evaluate as evaluate_gold
from sigacts.api import ingest as ingest_articles
from sigacts.cli.render import (
    evaluation_table,
    event_table,
    print_article_events,
    stats_table,
    toponym_record,
    toponym_table,
)
from sigacts.cli.render_actor import print_actor
from sigacts.errors import InputError, SigactsError, SkippedInput, StageError
from sigacts.evaluation import TASKS, load_gold, write_errors
from sigacts.exporters import EXPORT_FORMATS, export_events
from sigacts.exporters.graph import GRAPH_FORMATS, write_graph
from sigacts.readers import count_inputs
from sigacts.storage import EventQuery, open_store

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="sigacts: conflict reporting in, structured evidence-linked events out.",
)
err = Console(stderr=True, soft_wrap=True)  # one message, one line
MIN_TABLE_WIDTH = 150  # event tables are unreadable narrower; pipes and files get this width


def stdout_console() -> Console:
    """A console for tables on stdout: the terminal's width, never narrower than MIN_TABLE_WIDTH."""
    width = Console().width
    return Console(width=max(width, MIN_TABLE_WIDTH))
STATE = {"debug": False}
R = TypeVar("R")

DbOption = Annotated[
    str | None, typer.Option("--db", help="SQLite file or SQLAlchemy URL (default: $SIGACTS_DB or ./sigacts.db).")
]
ActorsOption = Annotated[
    list[Path] | None, typer.Option("--actors", help="Extra actor file(s) in the actors.yaml format.")
]


def _print_version(value: bool) -> None:
    if value:
        print(f"sigacts {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    debug: Annotated[bool, typer.Option("--debug", help="Show full tracebacks on errors.")] = False,
    version: Annotated[
        bool, typer.Option("--version", help="Print the version and exit.", callback=_print_version, is_eager=True)
    ] = False,
) -> None:
    """sigacts: who did what to whom, where, when, how sure, says who."""
    STATE["debug"] = debug


@app.command()
def extract(
    files: Annotated[list[str], typer.Argument(help="Files or folders to read; '-' reads stdin.")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="table (readable) or jsonl (the event contract).")] = "table",
    text_column: Annotated[str, typer.Option(help="CSV column holding the article text.")] = "text",
    actors: ActorsOption = None,
) -> None:
    """Print the events of articles without storing them."""
    if fmt not in ("table", "jsonl"):
        raise SigactsError(f"unknown format {fmt!r}; use --format table or --format jsonl")
    coder = Coder(extra_actor_files=actors or ())
    for item in _reported(extract_paths(files, coder, stdin=sys.stdin, text_column=text_column)):
        if fmt == "jsonl":
            for event in item.events:
                sys.stdout.write(json.dumps(event.to_contract(), ensure_ascii=False) + "\n")
        else:
            print_article_events(stdout_console(), item.article, item.events)


def _reported(items: Iterable[R | InputError | StageError]) -> Iterator[R]:
    """The results that came through; each input that failed or was skipped is told on stderr, and once all
    are done the command exits with status 1 if any failed (a skip is no failure)."""
    failures = 0
    for item in items:
        if isinstance(item, (InputError, StageError)):
            failures += not isinstance(item, SkippedInput)
            err.print(f"[yellow]{item}[/yellow]", highlight=False)
        else:
            yield item
    if failures:
        raise typer.Exit(code=1)


@app.command()
def geoparse(
    files: Annotated[list[str], typer.Argument(help="Files or folders to read; '-' reads stdin.")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="table (readable) or jsonl (one place name a line).")] = "table",
    text_column: Annotated[str, typer.Option(help="CSV column holding the article text.")] = "text",
) -> None:
    """Print every place name in articles with where it lies (the geoparser alone, no events)."""
    if fmt not in ("table", "jsonl"):
        raise SigactsError(f"unknown format {fmt!r}; use --format table or --format jsonl")
    for item in _reported(geoparse_paths(files, Coder(), stdin=sys.stdin, text_column=text_column)):
        if fmt == "jsonl":
            for toponym in item.toponyms:
                sys.stdout.write(json.dumps(toponym_record(item.article, toponym), ensure_ascii=False) + "\n")
        else:
            stdout_console().print(toponym_table(item.article, item.toponyms))


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files or folders to ingest (recursively); '-' reads stdin.")],
    db: DbOption = None,
    text_column: Annotated[str, typer.Option(help="CSV column holding the article text.")] = "text",
    actors: ActorsOption = None,
) -> None:
    """Read, code and store articles with their events; already stored articles are skipped."""
    store = open_store(db)
    try:
        coder = Coder(extra_actor_files=actors or ())
        total = count_inputs(paths)
        columns = (TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), TextColumn("{task.description}"))
        with Progress(*columns, console=err, disable=not err.is_terminal and "CI" in os.environ) as progress:
            task = progress.add_task("", total=total)
            report = ingest_articles(
                paths, store, coder, stdin=sys.stdin, text_column=text_column,
                on_item=lambda label: progress.update(task, advance=1, description=label),
            )  # fmt: skip
    finally:
        store.close()
    for message in report.messages:
        err.print(f"[yellow]{message}[/yellow]", highlight=False)
    err.print(
        f"stored {report.stored} articles ({report.events} events); {report.duplicates} already stored, "
        f"{report.skipped} skipped, {report.failed} failed — database: {store.name}"
    )


@app.command()
def events(
    db: DbOption = None,
    actor: Annotated[str | None, typer.Option(help="Actor name or mention contains this text.")] = None,
    event_type: Annotated[str | None, typer.Option("--type", help="PLOVER type, ACLED type or sub-type.")] = None,
    country: Annotated[str | None, typer.Option(help="ISO 3166-1 alpha-2 code of the event's country.")] = None,
    since: Annotated[str | None, typer.Option(help="Events overlapping this date or later (YYYY-MM-DD).")] = None,
    until: Annotated[str | None, typer.Option(help="Events overlapping this date or earlier (YYYY-MM-DD).")] = None,
    factuality: Annotated[str | None, typer.Option(help="occurred, ongoing, planned, threatened, ...")] = None,
    text: Annotated[str | None, typer.Option("--text", help="Evidence sentence contains this text.")] = None,
    limit: Annotated[int | None, typer.Option(help="At most this many events.")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table or jsonl.")] = "table",
) -> None:
    """List stored events that match the filters."""
    query = EventQuery(
        actor=actor, event_type=event_type, country=country.upper() if country else None,
        since=_date_option(since, "--since"), until=_date_option(until, "--until"), factuality=factuality,
        text=text, limit=limit,
    )  # fmt: skip
    with open_store(db) as store:
        found = list(store.query_events(query))
        if fmt == "jsonl":
            for event in found:
                sys.stdout.write(json.dumps(event.to_contract(), ensure_ascii=False) + "\n")
            return
        stdout_console().print(event_table(found, title=f"{len(found)} events"))


@app.command()
def export(
    db: DbOption = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help=f"One of: {', '.join(EXPORT_FORMATS)}.")] = "jsonl",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")] = None,
) -> None:
    """Export every stored event as JSONL (the contract), ACLED-style CSV or GeoJSON."""
    with open_store(db) as store:
        articles = {a.doc_id: a for a in store.articles()}
        if output is None:
            count = export_events(fmt, store.query_events(), sys.stdout, articles=articles)
        else:
            with output.open("w", encoding="utf-8", newline="") as handle:
                count = export_events(fmt, store.query_events(), handle, articles=articles)
    err.print(f"exported {count} events as {fmt}")


@app.command()
def graph(
    db: DbOption = None,
    at: Annotated[str | None, typer.Option(help="State of each pair on this date (YYYY-MM-DD); default: after all evidence.")] = None,
    since: Annotated[str | None, typer.Option(help="Only evidence overlapping this date or later (YYYY-MM-DD).")] = None,
    until: Annotated[str | None, typer.Option(help="Only evidence overlapping this date or earlier (YYYY-MM-DD).")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help=f"One of: {', '.join(GRAPH_FORMATS)}.")] = "json",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")] = None,
    actors: ActorsOption = None,
) -> None:
    """Export the signed, dated actor relations graph (allied, hostile, mixed) with its evidence."""
    if fmt not in GRAPH_FORMATS:
        raise SigactsError(f"unknown graph format {fmt!r}; choose one of: {', '.join(GRAPH_FORMATS)}")
    dates = {"at": _date_option(at, "--at"), "since": _date_option(since, "--since"), "until": _date_option(until, "--until")}
    with open_store(db) as store:
        relations = actor_graph(store, actor_base(actors or ()), **dates)
    if output is None:
        count = write_graph(fmt, relations, sys.stdout)
    else:
        with output.open("w", encoding="utf-8") as handle:
            count = write_graph(fmt, relations, handle)
    err.print(f"wrote {count} actor pairs as {fmt}")


@app.command()
def actor(
    name: Annotated[str, typer.Argument(help="An actor's name, alias or knowledge-base id.")],
    db: DbOption = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table or json.")] = "table",
    actors: ActorsOption = None,
) -> None:
    """Show an actor: aliases, type, lifecycle, its stored events and its relations over time."""
    if fmt not in ("table", "json"):
        raise SigactsError(f"unknown format {fmt!r}; use --format table or --format json")
    with open_store(db) as store:
        profile = describe_actor(store, name, actor_base(actors or ()))
    if fmt == "json":
        sys.stdout.write(json.dumps(profile.to_json(), ensure_ascii=False) + "\n")
        return
    print_actor(stdout_console(), profile)


@app.command()
def stats(db: DbOption = None) -> None:
    """Counts of articles, events, actors and places in the store."""
    with open_store(db) as store:
        stdout_console().print(stats_table(store.stats()))


@app.command()
def evaluate(
    kind: Annotated[str, typer.Argument(help=f"What the gold file is: {', '.join(TASKS)}.")],
    path: Annotated[Path, typer.Argument(help="The gold file (or a folder holding it).")],
    limit: Annotated[int | None, typer.Option(help="Score only the first N records.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Also print the metrics as one JSON object (last line).")] = False,
    errors: Annotated[Path | None, typer.Option("--errors", help="Write the misses (input, gold, ours) here as JSONL.")] = None,
    actors: ActorsOption = None,
) -> None:
    """Measure accuracy on third-party gold data and print the metrics."""
    items = load_gold(kind, path, limit)  # an unknown kind or unreadable file stops here with one line
    coder = Coder(extra_actor_files=actors or ())
    columns = (TextColumn(f"evaluating {kind}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=err, disable=not err.is_terminal and "CI" in os.environ) as progress:
        task = progress.add_task("", total=len(items))
        report = evaluate_gold(kind, path, coder, items=items, on_progress=lambda n: progress.update(task, advance=n))
    stdout_console().print(evaluation_table(report, TASKS[kind].keys))
    if errors is not None:
        count = write_errors(report, errors)
        err.print(f"wrote {count} misses to {errors}")
    if as_json:
        sys.stdout.write(json.dumps(report.as_json()) + "\n")


gazetteer_app = typer.Typer(no_args_is_help=True, help="Manage the offline place index (gazetteer).")
app.add_typer(gazetteer_app, name="gazetteer")


@gazetteer_app.command("add-geonames")
def gazetteer_add_geonames(
    files: Annotated[list[Path], typer.Argument(help="GeoNames dumps (XX.txt, allCountries.txt) or alternateNamesV2.txt, zipped or not.")],
    index: Annotated[Path | None, typer.Option("--index", help="Index file (default: the user cache, see $SIGACTS_CACHE).")] = None,
) -> None:
    """Import GeoNames place dumps and alternate names into the gazetteer index."""
    from sigacts.resources.geonames_dump import import_geonames

    missing = [str(f) for f in files if not f.is_file()]
    if missing:
        raise InputError(f"no such file: {', '.join(missing)}")
    report = import_geonames(files, index, progress=lambda message: err.print(message, highlight=False))
    err.print(f"imported {report.places:,} places and {report.names:,} alternate names from {report.files} files "
              f"({report.skipped:,} lines skipped: other feature classes, unknown places or malformed)")  # fmt: skip


def _date_option(value: str | None, name: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise SigactsError(f"{name} {value!r} is not a date; write it as YYYY-MM-DD") from None


def run() -> None:
    """Entry point: run the app; a SigactsError is one line on stderr (the traceback with --debug)."""
    try:
        app()  # click's standalone mode prints usage errors and exits with their codes
    except SigactsError as exc:
        if STATE["debug"]:
            raise
        err.print(f"[red]error:[/red] {exc}", highlight=False)
        sys.exit(2)
    except KeyboardInterrupt:
        err.print("aborted")
        sys.exit(130)
    except Exception as exc:
        if STATE["debug"]:
            raise
        err.print(f"[red]unexpected error:[/red] {exc!r} — run again with --debug for the traceback", highlight=False)
        sys.exit(1)
