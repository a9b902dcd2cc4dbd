"""Tests of the stage protocol and the checked pipeline: order checks, errors, batches, the default build."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, ClassVar

import pytest

from sigacts.api import Coder
from sigacts.errors import PipelineError, StageError
from sigacts.pipeline.base import Document, Pipeline, Stage, check_order
from sigacts.pipeline.builder import build_pipeline
from sigacts.records import Article


class Upper:
    """Provides `upper`: the article text in capitals."""

    name: ClassVar[str] = "upper"
    version: ClassVar[str] = "2"
    requires: ClassVar[tuple[str, ...]] = ("article",)
    provides: ClassVar[tuple[str, ...]] = ("upper",)

    def __call__(self, doc: Document) -> Mapping[str, Any]:
        return {"upper": doc.article.text.upper()}


class Length:
    """Provides `length` of the `upper` layer."""

    name: ClassVar[str] = "length"
    version: ClassVar[str] = "1"
    requires: ClassVar[tuple[str, ...]] = ("upper",)
    provides: ClassVar[tuple[str, ...]] = ("length",)

    def __call__(self, doc: Document) -> Mapping[str, Any]:
        return {"length": len(doc["upper"])}


class OtherUpper:
    """A second stage that claims the `upper` layer too."""

    name: ClassVar[str] = "other-upper"
    version: ClassVar[str] = "1"
    requires: ClassVar[tuple[str, ...]] = ("article",)
    provides: ClassVar[tuple[str, ...]] = ("upper",)

    def __call__(self, doc: Document) -> Mapping[str, Any]:
        return {"upper": doc.article.text.upper()}


class FailsOnBoom:
    """Raises on any article whose text contains "boom"; provides `checked` otherwise."""

    name: ClassVar[str] = "fails-on-boom"
    version: ClassVar[str] = "1"
    requires: ClassVar[tuple[str, ...]] = ("upper",)
    provides: ClassVar[tuple[str, ...]] = ("checked",)

    def __call__(self, doc: Document) -> Mapping[str, Any]:
        if "BOOM" in doc["upper"]:
            raise ValueError("cannot read this one")
        return {"checked": True}


class ForgetsItsLayer:
    """Declares `forgotten` but returns nothing."""

    name: ClassVar[str] = "forgetful"
    version: ClassVar[str] = "1"
    requires: ClassVar[tuple[str, ...]] = ("article",)
    provides: ClassVar[tuple[str, ...]] = ("forgotten",)

    def __call__(self, doc: Document) -> Mapping[str, Any]:
        return {}


def doc(text: str, doc_id: str) -> Document:
    return Document(Article(doc_id=doc_id, text=text))


# -- order checks ---------------------------------------------------------------------------------


def test_stages_in_order_build_and_run() -> None:
    pipeline = Pipeline([Upper(), Length()])
    result = pipeline.run(doc("Rebels attacked", "d1"))
    assert result.layers == {"upper": "REBELS ATTACKED", "length": 15}


def test_a_stage_needing_a_later_layer_is_refused_before_any_document() -> None:
    with pytest.raises(PipelineError, match=r"'length' requires \['upper'\]"):
        Pipeline([Length(), Upper()])


def test_a_stage_needing_a_layer_nobody_provides_is_refused() -> None:
    with pytest.raises(PipelineError, match="length"):
        Pipeline([Length()])


def test_two_stages_providing_one_layer_are_refused() -> None:
    with pytest.raises(PipelineError, match=r"'upper' is provided by both 'upper' and 'other-upper'"):
        Pipeline([Upper(), OtherUpper()])


def test_check_order_accepts_layers_given_at_the_start() -> None:
    check_order([Length()], {"article", "upper"})  # no error: `upper` is available from the start
    with pytest.raises(PipelineError):
        check_order([Length()], {"article"})


def test_reading_a_missing_layer_says_to_check_the_order() -> None:
    with pytest.raises(PipelineError, match="has not been produced"):
        doc("text", "d1")["nothing"]


# -- errors while running -------------------------------------------------------------------------


def test_run_wraps_a_stage_exception_naming_stage_and_article() -> None:
    pipeline = Pipeline([Upper(), FailsOnBoom()])
    with pytest.raises(StageError) as caught:
        pipeline.run(doc("a boom in the market", "doc-42"))
    err = caught.value
    assert err.stage == "fails-on-boom"
    assert err.doc_id == "doc-42"
    assert isinstance(err.cause, ValueError)
    assert isinstance(err.__cause__, ValueError)
    assert "fails-on-boom" in str(err) and "doc-42" in str(err)


def test_run_refuses_a_stage_that_does_not_provide_what_it_declared() -> None:
    pipeline = Pipeline([ForgetsItsLayer()])
    with pytest.raises(StageError) as caught:
        pipeline.run(doc("quiet day", "d7"))
    assert caught.value.stage == "forgetful"
    assert isinstance(caught.value.cause, PipelineError)
    assert "forgotten" in str(caught.value)


def test_run_many_yields_the_error_and_goes_on() -> None:
    pipeline = Pipeline([Upper(), FailsOnBoom()])
    docs = [doc("calm", "first"), doc("boom", "second"), doc("also calm", "third")]
    results = list(pipeline.run_many(docs))
    assert len(results) == 3
    first, second, third = results
    assert isinstance(first, Document) and first.layers["checked"] is True
    assert isinstance(second, StageError) and second.doc_id == "second" and second.stage == "fails-on-boom"
    assert isinstance(third, Document) and third.article.doc_id == "third" and third.layers["checked"] is True


def test_run_many_takes_any_iterable() -> None:
    pipeline = Pipeline([Upper()])
    results = pipeline.run_many(iter([doc("one", "a"), doc("two", "b")]))
    first = next(results)
    assert isinstance(first, Document) and first.layers["upper"] == "ONE"


# -- the default pipeline -------------------------------------------------------------------------

DEFAULT_STAGES = (
    "clean", "segment", "mentions", "events", "factuality",
    "attribution", "geocode", "resolve", "dates", "records",
)  # fmt: skip


def test_the_default_pipeline_builds_and_its_coder_names_every_stage_with_a_version(coder: Coder) -> None:
    pipeline = build_pipeline(coder.resources)
    assert tuple(stage.name for stage in pipeline.stages) == DEFAULT_STAGES
    parts = pipeline.coder.split("+")
    assert len(parts) == len(pipeline.stages)
    for part, stage in zip(parts, pipeline.stages, strict=True):
        assert re.fullmatch(r"[a-z][a-z-]*@\w[\w.]*", part), part
        assert part == f"{stage.name}@{stage.version}"
    assert coder.version == pipeline.coder


def test_every_default_stage_follows_the_protocol(coder: Coder) -> None:
    available = {"article"}
    for stage in coder.pipeline.stages:
        assert isinstance(stage, Stage)
        assert set(stage.requires) <= available, f"{stage.name} runs before what it needs"
        available |= set(stage.provides)
    assert "events" in available


def test_the_default_pipeline_stops_at_any_stage_prefix(coder: Coder) -> None:
    """Every prefix of the default stages is itself a valid pipeline (each stage only looks back)."""
    for end in range(1, len(coder.pipeline.stages) + 1):
        Pipeline(coder.pipeline.stages[:end])
    with pytest.raises(PipelineError):
        Pipeline(coder.pipeline.stages[1:])  # without clean, nothing provides `text`
