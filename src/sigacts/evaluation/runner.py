"""Run an evaluation: load the gold file, code every text with the pipeline, score, report."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sigacts.errors import InputError, SigactsError
from sigacts.evaluation import acled, case2021, fakes, geoparse, plover, ucdp_actors, ucdp_places
from sigacts.evaluation.base import EvalReport, GoldItem
from sigacts.readers import article_from_text
from sigacts.records import Event

if TYPE_CHECKING:
    from sigacts.api import Coder

Results = Sequence[Any]
"""What `Task.code` made of each gold item: by default the pipeline's events (None when it failed)."""
Progress = Callable[[int], None] | None


@dataclass(frozen=True)
class Task:
    """One kind of evaluation: how its gold file is read, how each item is coded and how it is scored.

    `code` defaults to running the whole pipeline on each item's text; a task that measures one
    component (the geocoder on place names, actor resolution on names) passes its own.
    """

    name: str
    describe: str
    keys: tuple[str, ...]
    load: Callable[[Path], list[GoldItem]]
    score: Callable[[Sequence[GoldItem], Results, Coder], EvalReport]
    code: Callable[[Sequence[GoldItem], Coder, Progress], Results] | None = None


TASKS: dict[str, Task] = {
    "acled": Task(
        "acled", "ACLED export (notes → event type, actors, place, fatalities)", acled.KEYS, acled.load,
        lambda items, results, coder: acled.score(items, results, coder.resources.actors),
    ),
    "case2021": Task(
        "case2021", "CASE-2021 snippets (ACLED sub-event types, out-of-scope rejection)", case2021.KEYS,
        case2021.load, lambda items, results, coder: case2021.score(items, results),
    ),
    "plover": Task(
        "plover", "PLOVER gold records (event type, source, target)", plover.KEYS, plover.load,
        lambda items, results, coder: plover.score(items, results),
    ),
    "fakes": Task(
        "fakes", "FA-KES articles (main event place, civilian deaths)", fakes.KEYS, fakes.load,
        lambda items, results, coder: fakes.score(items, results),
    ),
    "geoparse": Task(
        "geoparse", "GeoWebNews/GeoVirus XML (find and locate every toponym)", geoparse.KEYS, geoparse.load,
        lambda items, results, coder: geoparse.score(items, results), geoparse.code,
    ),
    "ucdp-places": Task(
        "ucdp-places", "UCDP GED place descriptions (gazetteer alone)", ucdp_places.KEYS, ucdp_places.load,
        lambda items, results, coder: ucdp_places.score(items, results), ucdp_places.code,
    ),
    "ucdp-actors": Task(
        "ucdp-actors", "UCDP GED sides (side_a/side_b names resolved to actors of the right type)",
        ucdp_actors.KEYS, ucdp_actors.load,
        lambda items, results, coder: ucdp_actors.score(items, results, coder.resources.actors), ucdp_actors.code,
    ),
}  # fmt: skip

BATCH = 32


def load_gold(kind: str, path: Path, limit: int | None = None) -> list[GoldItem]:
    """The gold items of a file, the first `limit` of them when given."""
    task = _task(kind)
    if not path.exists():
        raise InputError(f"{path}: no such file or folder")
    items = task.load(path)
    if not items:
        raise InputError(f"{path}: no gold records found for {kind}")
    return items[:limit] if limit else items


def _task(kind: str) -> Task:
    if kind not in TASKS:
        raise SigactsError(f"unknown evaluation {kind!r}; choose one of: {', '.join(TASKS)}")
    return TASKS[kind]


def code_items(items: Sequence[GoldItem], coder: Coder, on_progress: Progress = None) -> list[list[Event] | None]:
    """Run the pipeline on every gold text; an unreadable or failing text gives None (scored as no event)."""
    results: list[list[Event] | None] = []
    for start in range(0, len(items), BATCH):
        chunk = items[start : start + BATCH]
        articles, positions = [], []
        outcome: list[list[Event] | None] = [None] * len(chunk)
        for i, item in enumerate(chunk):
            try:
                articles.append(
                    article_from_text(item.text, published=item.published, outlet=item.outlet, doc_id=item.item_id)
                )
                positions.append(i)
            except InputError:
                continue
        for i, extraction in zip(positions, coder.extract_many(articles)):
            outcome[i] = None if isinstance(extraction, SigactsError) else list(extraction.events)
        results += outcome
        if on_progress is not None:
            on_progress(len(chunk))
    return results


def evaluate(
    kind: str,
    path: str | Path,
    *,
    coder: Coder | None = None,
    limit: int | None = None,
    on_progress: Callable[[int], None] | None = None,
    items: Sequence[GoldItem] | None = None,
) -> EvalReport:
    """Evaluate sigacts on a gold file of the given kind (a key of `TASKS`)."""
    from sigacts.api import Coder

    task = _task(kind)
    gold = list(items) if items is not None else load_gold(kind, Path(path), limit)
    coder = coder or Coder()
    code = task.code or code_items
    report = task.score(gold, code(gold, coder, on_progress), coder)
    report.path = str(path)
    return report


def write_errors(report: EvalReport, path: Path) -> int:
    """Write the misses as JSON lines; returns how many."""
    with path.open("w", encoding="utf-8") as handle:
        for error in report.errors:
            handle.write(json.dumps(error, ensure_ascii=False, default=str) + "\n")
    return len(report.errors)
