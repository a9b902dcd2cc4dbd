"""The library's face: extract events from articles, ingest them into a store, query and export them.

The CLI (and any web front end) are thin clients of these functions.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import TextIO, TypeVar

from sigacts.errors import ConfigError, InputError, SkippedInput, StageError
from sigacts.evaluation import EvalReport, GoldItem
from sigacts.evaluation import evaluate as _evaluate
from sigacts.pipeline.base import Document, Pipeline
from sigacts.pipeline.builder import Resources, build_pipeline
from sigacts.readers import article_from_text, read_inputs
from sigacts.records import Article, Event
from sigacts.relations import RelationGraph, relations_from_store
from sigacts.relations.profile import ActorProfile, actor_profile, find_actor
from sigacts.resources.actors import ActorBase, default_actor_base
from sigacts.stages.geocode import Geocode, Toponym, find_toponyms
from sigacts.storage import EventQuery, Store

T = TypeVar("T")
R = TypeVar("R")


@dataclass(frozen=True)
class Extraction:
    """The events read from one article, with the article as stored (its cleaned text)."""

    article: Article
    events: tuple[Event, ...]


@dataclass
class IngestReport:
    """What a batch did: stored, already present, skipped, failed (with one message per failure)."""

    stored: int = 0
    duplicates: int = 0
    skipped: int = 0
    failed: int = 0
    events: int = 0
    messages: list[str] = field(default_factory=list)


class Coder:
    """The loaded pipeline; build it once and feed it many articles."""

    def __init__(self, resources: Resources | None = None, extra_actor_files: Sequence[Path] = ()) -> None:
        self.resources: Resources = resources or Resources.load(extra_actor_files)
        self.pipeline: Pipeline = build_pipeline(self.resources)
        self._front: Pipeline | None = None  # segment + mentions, for geoparsing

    @property
    def version(self) -> str:
        """The versioned name of every stage, stored with results."""
        return self.pipeline.coder

    def extract(self, article: Article) -> Extraction:
        """Run the pipeline on one article; raises StageError naming the stage on failure."""
        return _extraction(self.pipeline.run(Document(article)))

    def extract_many(self, articles: Sequence[Article]) -> list[Extraction | StageError]:
        """Run the pipeline on a batch (parsed together, much faster); failures come back as StageError."""
        return [
            r if isinstance(r, StageError) else _extraction(r)
            for r in self.pipeline.run_batch([Document(a) for a in articles])
        ]


    def geoparse_many(self, articles: Sequence[Article]) -> list[Geoparse | StageError]:
        """Every place name in each article with where it lies: the geoparser alone, without the event stages.

        The text is read as given (not cleaned), so each toponym's offsets point into `article.text`.
        """
        stages = {stage.name: stage for stage in self.pipeline.stages}
        geocoder = stages.get("geocode")
        if not isinstance(geocoder, Geocode) or "segment" not in stages or "mentions" not in stages:
            raise ConfigError("this coder's pipeline has no segment, mentions and geocode stages to geoparse with")
        if self._front is None:
            self._front = Pipeline([stages["segment"], stages["mentions"]], initial=("article", "text"))
        results: list[Geoparse | StageError] = []
        for doc in self._front.run_batch([Document(article, {"text": article.text}) for article in articles]):
            if isinstance(doc, StageError):
                results.append(doc)
                continue
            try:
                found = find_toponyms(geocoder, doc["spacy_doc"], doc["place_mentions"], doc["actor_mentions"], doc.text)
            except Exception as exc:  # noqa: BLE001 - this article's error; the batch goes on
                results.append(StageError("geocode", doc.article.doc_id, exc))
                continue
            results.append(Geoparse(doc.article, tuple(found)))
        return results


@dataclass(frozen=True)
class Geoparse:
    """The toponyms of one article, in text order."""

    article: Article
    toponyms: tuple[Toponym, ...]


def geoparse_paths(
    paths: Sequence[str | Path], coder: Coder | None = None, *, stdin: TextIO | None = None, text_column: str = "text"
) -> Iterator[Geoparse | InputError | StageError]:
    """Geoparse files, folders or stdin ("-"); bad inputs come back as errors, the rest goes on."""
    coder = coder or Coder()
    return _run_over_inputs(paths, coder.geoparse_many, stdin=stdin, text_column=text_column)


def _run_over_inputs(
    paths: Sequence[str | Path],
    run: Callable[[Sequence[Article]], list[R | StageError]],
    *,
    stdin: TextIO | None,
    text_column: str,
) -> Iterator[R | InputError | StageError]:
    """Read the inputs in batches, `run` each batch's articles together, and give back one result per input in
    order: the input's own error where it could not be read."""
    for chunk in _chunks(read_inputs(paths, stdin=stdin, text_column=text_column), BATCH_SIZE):
        articles = [item for item in chunk if not isinstance(item, InputError)]
        results = iter(run(articles))
        for item in chunk:
            yield item if isinstance(item, InputError) else next(results)


def _extraction(doc: Document) -> Extraction:
    return Extraction(replace(doc.article, text=doc.text), tuple(doc["events"]))


def extract_text(text: str, coder: Coder | None = None, **meta: object) -> Extraction:
    """Extract events from a text string (metadata such as `published` may be given)."""
    article = article_from_text(text, **meta)  # type: ignore[arg-type]
    return (coder or Coder()).extract(article)


def extract_paths(
    paths: Sequence[str | Path], coder: Coder | None = None, *, stdin: TextIO | None = None, text_column: str = "text"
) -> Iterator[Extraction | InputError | StageError]:
    """Extract events from files, folders or stdin ("-"); bad inputs come back as errors, the rest goes on."""
    coder = coder or Coder()
    return _run_over_inputs(paths, coder.extract_many, stdin=stdin, text_column=text_column)


def ingest(
    paths: Sequence[str | Path],
    store: Store,
    coder: Coder | None = None,
    *,
    stdin: TextIO | None = None,
    text_column: str = "text",
    on_item: Callable[[str], None] | None = None,
) -> IngestReport:
    """Read, code and store articles; each article is one transaction, stored articles are skipped."""
    report = IngestReport()
    coder = coder or Coder()
    for chunk in _chunks(read_inputs(paths, stdin=stdin, text_column=text_column), BATCH_SIZE):
        fresh: dict[str, Article] = {}
        labels: list[str] = []
        for item in chunk:
            label = _screen(item, store, report, fresh)
            labels.append(label)
            if label == "new" and isinstance(item, Article):
                fresh[item.doc_id] = item
        done = {
            (r.doc_id if isinstance(r, StageError) else r.article.doc_id): r
            for r in coder.extract_many(list(fresh.values()))
        }
        for item, label in zip(chunk, labels):
            if label == "new" and isinstance(item, Article):
                label = _store_one(item, done[item.doc_id], store, coder, report)
            if on_item is not None:
                on_item(label)
    return report


BATCH_SIZE = 16


def _chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    chunk: list[T] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _screen(item: Article | InputError, store: Store, report: IngestReport, fresh: dict[str, Article]) -> str:
    """Sort an input before coding: skipped, failed, already stored (or twice in this batch), or new."""
    if isinstance(item, SkippedInput):
        report.skipped += 1
        report.messages.append(str(item))
        return "skipped"
    if isinstance(item, InputError):
        report.failed += 1
        report.messages.append(str(item))
        return "failed"
    if item.doc_id in fresh or store.has_article(item.doc_id):
        report.duplicates += 1
        return "duplicate"
    return "new"


def _store_one(item: Article, result: Extraction | StageError, store: Store, coder: Coder, report: IngestReport) -> str:
    """Store one coded article in its own transaction."""
    if isinstance(result, StageError):
        report.failed += 1
        report.messages.append(f"{item.source or item.doc_id}: {result}")
        return "failed"
    if store.add_article(result.article, result.events, coder.version):
        report.stored += 1
        report.events += len(result.events)
        return "stored"
    report.duplicates += 1
    return "duplicate"


def query(store: Store, event_query: EventQuery | None = None) -> Iterable[Event]:
    """Events in the store that match the query."""
    return store.query_events(event_query)


def actor_base(extra_actor_files: Sequence[Path] = ()) -> ActorBase:
    """The shipped actor knowledge base, plus the user's actor files when given."""
    return ActorBase.load(extra_actor_files) if extra_actor_files else default_actor_base()


def actor_graph(
    store: Store, base: ActorBase | None = None, *, at: date | None = None, since: date | None = None,
    until: date | None = None,
) -> RelationGraph:
    """The signed, dated relations between the stored events' actors (and those the articles state)."""
    return relations_from_store(store, base or actor_base(), at=at, since=since, until=until)


def describe_actor(store: Store, name: str, base: ActorBase | None = None) -> ActorProfile:
    """An actor's knowledge-base entry, lineage, stored events and relations over time (InputError if unknown)."""
    base = base or actor_base()
    entry = find_actor(base, name)
    return actor_profile(store, base, entry, relations_from_store(store, base))


def evaluate(
    kind: str,
    path: str | Path,
    coder: Coder | None = None,
    *,
    limit: int | None = None,
    on_progress: Callable[[int], None] | None = None,
    items: Sequence[GoldItem] | None = None,
) -> EvalReport:
    """Measure the pipeline on a third-party gold file (the kinds are the keys of `evaluation.TASKS`).

    `items` are gold records already loaded from `path` (so a caller can count them first).
    """
    return _evaluate(kind, path, coder=coder or Coder(), limit=limit, on_progress=on_progress, items=items)
