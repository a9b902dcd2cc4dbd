"""Shared fixtures: one loaded Coder for the whole session, and helpers to read events from a sentence."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from typer.testing import CliRunner

import sigacts.cli.main as cli_main
from sigacts.api import Coder, Extraction
from sigacts.readers import article_from_text
from sigacts.records import Event

PUBLISHED = date(2021, 6, 16)  # a Wednesday


@pytest.fixture(scope="session")
def coder() -> Coder:
    """The default pipeline with its resources, loaded once (spaCy, actor base, gazetteer)."""
    return Coder()


@pytest.fixture(scope="session")
def extract(coder: Coder) -> Callable[..., Extraction]:
    """Run the shared coder on a text published on PUBLISHED (or `published`)."""

    def run(text: str, published: str | date = PUBLISHED) -> Extraction:
        return coder.extract(article_from_text(text, published=published))

    return run


@pytest.fixture(scope="session")
def events_of(extract: Callable[..., Extraction]) -> Callable[..., list[Event]]:
    """The events the shared coder reads from a text."""

    def run(text: str, published: str | date = PUBLISHED) -> list[Event]:
        return list(extract(text, published).events)

    return run


@pytest.fixture()
def runner(coder: Coder, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    """A CliRunner whose commands use the session's loaded Coder."""
    monkeypatch.setattr(cli_main, "Coder", lambda extra_actor_files=(): coder)
    return CliRunner()
