"""The stage protocol, the document that flows through the stages, and the checked builder.

A stage declares the layers it `requires` and the layers it `provides`; `Pipeline` checks, before any
document is processed, that every requirement is provided by an earlier stage and that no two stages
provide the same layer. A stage is pure given its resources: it reads layers and returns new ones.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar, Protocol, runtime_checkable

from sigacts.errors import PipelineError, StageError
from sigacts.records import Article


@dataclass
class Document:
    """An article and the annotation layers the stages have added so far."""

    article: Article
    layers: dict[str, Any] = field(default_factory=dict)

    def __getitem__(self, layer: str) -> Any:
        try:
            return self.layers[layer]
        except KeyError:
            raise PipelineError(f"layer {layer!r} has not been produced; check the stage order") from None

    @property
    def text(self) -> str:
        """The cleaned text once `clean` has run, else the article text."""
        return str(self.layers.get("text", self.article.text))


@runtime_checkable
class Stage(Protocol):
    """One step of the pipeline: reads `requires` layers, returns the `provides` layers."""

    name: ClassVar[str]
    version: ClassVar[str]
    requires: ClassVar[tuple[str, ...]]
    provides: ClassVar[tuple[str, ...]]

    def __call__(self, doc: Document) -> Mapping[str, Any]: ...


class Pipeline:
    """An ordered, checked list of stages; `run` applies them to one document."""

    def __init__(self, stages: Sequence[Stage], initial: Iterable[str] = ("article",)) -> None:
        self.stages = tuple(stages)
        check_order(self.stages, set(initial))

    @property
    def coder(self) -> str:
        """Versioned name of the whole coder, stored with every result."""
        return "+".join(f"{s.name}@{s.version}" for s in self.stages)

    def run(self, doc: Document) -> Document:
        """Apply every stage in order; a failure is raised as StageError naming stage and article."""
        for stage in self.stages:
            try:
                produced = stage(doc)
            except Exception as exc:
                raise StageError(stage.name, doc.article.doc_id, exc) from exc
            missing = [layer for layer in stage.provides if layer not in produced]
            if missing:
                raise StageError(stage.name, doc.article.doc_id, PipelineError(f"did not provide {missing}"))
            doc.layers.update(produced)
        return doc

    def run_many(self, docs: Iterable[Document], batch_size: int = 16) -> Iterator[Document | StageError]:
        """Apply the pipeline to documents in batches; a failing document yields its StageError, the rest go on.

        Stages with a `process_batch` method (the spaCy parse) see a whole batch at once, which is much
        faster than one document at a time; the others run document by document.
        """
        batch: list[Document] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self.run_batch(batch)
                batch = []
        if batch:
            yield from self.run_batch(batch)

    def run_batch(self, docs: Sequence[Document]) -> list[Document | StageError]:
        """Run every stage over a batch, in order; results come back in input order."""
        results: list[Document | StageError] = list(docs)
        for stage in self.stages:
            alive = [i for i, r in enumerate(results) if isinstance(r, Document)]
            batch_fn = getattr(stage, "process_batch", None)
            if batch_fn is not None and len(alive) > 1:
                try:
                    produced = list(batch_fn([results[i] for i in alive]))
                except Exception:  # noqa: BLE001 - fall back to one by one to find the bad document
                    produced = None
                if produced is not None and len(produced) == len(alive):
                    for i, layers in zip(alive, produced):
                        self._merge(stage, results, i, layers)
                    continue
            for i in alive:
                doc = results[i]
                if not isinstance(doc, Document):
                    continue
                try:
                    self._merge(stage, results, i, stage(doc))
                except Exception as exc:  # noqa: BLE001 - re-raised as this document's StageError
                    results[i] = StageError(stage.name, doc.article.doc_id, exc)
        return results

    @staticmethod
    def _merge(stage: Stage, results: list[Document | StageError], i: int, produced: Mapping[str, Any]) -> None:
        doc = results[i]
        if not isinstance(doc, Document):
            return
        missing = [layer for layer in stage.provides if layer not in produced]
        if missing:
            results[i] = StageError(stage.name, doc.article.doc_id, PipelineError(f"did not provide {missing}"))
            return
        doc.layers.update(produced)


def check_order(stages: Sequence[Stage], available: set[str]) -> None:
    """Raise PipelineError when a stage needs a layer no earlier stage provides, or two provide one."""
    provided_by: dict[str, str] = {}
    for stage in stages:
        missing = [layer for layer in stage.requires if layer not in available]
        if missing:
            raise PipelineError(
                f"stage {stage.name!r} requires {missing}, which no earlier stage provides; "
                "reorder the stages or add the one that provides it"
            )
        for layer in stage.provides:
            if layer in provided_by:
                raise PipelineError(f"layer {layer!r} is provided by both {provided_by[layer]!r} and {stage.name!r}")
            provided_by[layer] = stage.name
            available.add(layer)
