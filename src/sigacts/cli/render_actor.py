"""How `sigacts actor` shows an actor to a person: its entry, lineage, relations over time, events."""

from __future__ import annotations

from rich.console import Console, Group
from rich.table import Table

from sigacts.cli.render import event_table
from sigacts.relations.profile import ActorProfile


def actor_entry_table(profile: ActorProfile) -> Table:
    """Name, id, type, country, aliases, lifecycle, affiliations and source of the actor."""
    e = profile.entry
    table = Table(title=e.name, show_header=False)
    table.add_column("what")
    table.add_column("value", overflow="fold")
    lifecycle = " → ".join(
        f"{x.name} ({x.valid_from or '…'} – {x.valid_until or '…'})" for x in profile.lineage
    )  # fmt: skip
    for what, value in (
        ("id", e.actor_id), ("wikidata", e.wikidata or ""), ("type", e.type or ""), ("country", e.country_code or ""),
        ("aliases", ", ".join(e.aliases + e.exact_aliases)), ("lifecycle", lifecycle),
        ("affiliations", ", ".join(a.name for a in profile.affiliations)), ("source", e.source),
    ):  # fmt: skip
        table.add_row(what, value)
    return table


def relations_table(profile: ActorProfile) -> Table:
    """One row per actor it has relations with: the state now and the periods over time."""
    table = Table(title=f"relations ({len(profile.relations)})", show_lines=True, expand=True)
    for column, ratio in (("with", 3), ("state", 1), ("over time", 4), ("evidence", 6)):
        table.add_column(column, ratio=ratio, overflow="fold")
    for pair in profile.relations:
        other = profile.graph.nodes.get(profile.other(pair))
        periods = "\n".join(f"{p.start} → {p.end or 'now'}: {p.state}" for p in pair.timeline())
        evidence = "\n".join(
            f"[{'+' if ev.sign > 0 else '−'} {ev.kind}] {ev.sentence[:160]}" for ev in pair.evidence[:4]
        )
        table.add_row(
            other.name if other else profile.other(pair), profile.graph.state(pair) or "", periods, evidence
        )
    return table


def print_actor(console: Console, profile: ActorProfile) -> None:
    """The actor's entry, relations and events, one table after another."""
    events = event_table(profile.events, title=f"events ({len(profile.events)})")
    console.print(Group(actor_entry_table(profile), relations_table(profile), events))
