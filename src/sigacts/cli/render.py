"""How the CLI shows events and statistics to a person (rich tables)."""

from __future__ import annotations

from collections.abc import Iterable

from rich.console import Console
from rich.table import Table

from sigacts.evaluation import EvalReport
from sigacts.records import Actor, Article, Event
from sigacts.stages.geocode import Toponym
from sigacts.storage import StoreStats


def event_table(events: Iterable[Event], title: str | None = None) -> Table:
    """A readable table: type, who → whom, where, when, how sure, says who, evidence."""
    table = Table(title=title, show_lines=True, expand=True)
    for column, ratio in (("type", 2), ("actors", 4), ("where", 2), ("when", 2), ("certainty", 2), ("source", 2),
                          ("evidence", 6)):  # fmt: skip
        table.add_column(column, ratio=ratio, overflow="fold")
    for event in events:
        table.add_row(
            _type_cell(event), _actors_cell(event), _place_cell(event), _date_cell(event), _certainty_cell(event),
            _source_cell(event), event.evidence.text,
        )  # fmt: skip
    return table


def print_article_events(console: Console, article: Article, events: Iterable[Event]) -> None:
    """Header line for the article, then its event table."""
    listed = list(events)
    published = article.published.isoformat() if article.published else "date unknown"
    head = f"{article.title or article.source or article.doc_id} — {article.outlet or 'outlet unknown'}, {published}"
    console.print(event_table(listed, title=f"{head} ({len(listed)} events)"))


def toponym_table(article: Article, toponyms: Iterable[Toponym]) -> Table:
    """The place names of one article: the words, where they lie, and which rule placed them."""
    listed = list(toponyms)
    table = Table(title=f"{article.title or article.source or article.doc_id} ({len(listed)} place names)", expand=True)
    for column in ("words", "offsets", "place", "country", "latitude", "longitude", "how"):
        table.add_column(column, overflow="fold")
    for toponym in listed:
        place = toponym.place
        table.add_row(
            toponym.text, f"{toponym.start}-{toponym.end}", place.name, place.country_code or "",
            _degrees(place.latitude), _degrees(place.longitude), toponym.how,
        )  # fmt: skip
    return table


def toponym_record(article: Article, toponym: Toponym) -> dict[str, object]:
    """One toponym as a JSON object: the article, the words and their offsets, and the place (as in events)."""
    return {"doc_id": article.doc_id, "text": toponym.text, "start": toponym.start, "end": toponym.end,
            "how": toponym.how, "place": toponym.place.to_contract()}  # fmt: skip


def _degrees(value: float | None) -> str:
    return "" if value is None else f"{value:.4f}"


def stats_table(stats: StoreStats) -> Table:
    """Counts in the store: articles, events, actors, places, and events by type, country, factuality."""
    table = Table(title="sigacts store", show_header=False)
    table.add_column("what")
    table.add_column("count", justify="right")
    for label, value in (("articles", stats.articles), ("events", stats.events), ("actors", stats.actors),
                         ("places", stats.places)):  # fmt: skip
        table.add_row(label, str(value))
    if stats.first_date or stats.last_date:
        table.add_row("dates", f"{stats.first_date} … {stats.last_date}")
    for heading, counts in (("PLOVER", stats.by_plover), ("ACLED", stats.by_acled), ("country", stats.by_country),
                            ("factuality", stats.by_factuality)):  # fmt: skip
        for key, value in sorted(counts.items(), key=lambda kv: -kv[1]):
            table.add_row(f"{heading}: {key}", str(value))
    return table


def _type_cell(event: Event) -> str:
    text = event.plover_type + (f" ({event.plover_mode})" if event.plover_mode else "")
    if event.acled_type:
        text += f"\nACLED: {event.acled_type} / {event.acled_subtype}"
    return text


def _actors_cell(event: Event) -> str:
    """actor1 and the actors on its side → actor2 and those on its side; associated actors of no known side
    follow on a 'with' line."""
    sides = (1, 2) if event.actor2 is not None else (1,)

    def named(actor: Actor, side: int) -> str:
        allies = ", ".join(a.name for a in event.assoc_actors if a.side == side)
        return actor.name + (f" (+ {allies})" if allies else "")

    text = named(event.actor1, 1) + (f" → {named(event.actor2, 2)}" if event.actor2 is not None else "")
    unsided = [a.name for a in event.assoc_actors if a.side not in sides]
    return text + ("\nwith " + ", ".join(unsided) if unsided else "")


def _place_cell(event: Event) -> str:
    place = event.location
    if place is None:
        return "?"
    return f"{place.name} ({place.country_code or '?'}), precision {place.geo_precision}"


def _date_cell(event: Event) -> str:
    d = event.date
    if d.start is None:
        return "unknown"
    span = d.start.isoformat() if d.start == d.end else f"{d.start} … {d.end}"
    return f"{span}\n{d.precision}" + (f": “{d.expression}”" if d.expression else "")


def _certainty_cell(event: Event) -> str:
    return event.factuality + (", hedged" if event.hedged else "") + f"\nconf. {event.confidence:.2f}"


def _source_cell(event: Event) -> str:
    claimants = "; ".join(event.attribution.claimants)
    outlet = event.attribution.outlet or ""
    return "\n".join(part for part in (claimants, f"via {outlet}" if outlet else "") if part) or "—"


def evaluation_table(report: EvalReport, keys: Iterable[str]) -> Table:
    """The metrics of an evaluation, one row each, with how each is computed."""
    table = Table(title=f"sigacts evaluate {report.kind}: {report.path}")
    table.add_column("metric")
    table.add_column("value", justify="right")
    table.add_column("how it is computed", overflow="fold")
    for key in keys:
        value = report.metrics.get(key)
        shown = "n/a" if value is None else f"{value:.3f}" if isinstance(value, float) else str(value)
        table.add_row(key, shown, report.notes.get(key, ""))
    return table
