"""Actor words: crowd nouns, forces that act on a protest, mission troops (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from sigacts.evaluation.base import main_event
from sigacts.records import Event
from sigacts.resources.actors import ActorBase
from sigacts.stages.intervention import forces_acting

Events = Callable[..., list[Event]]


@pytest.mark.parametrize(
    "text",
    ["Police temporarily stopped the marchers.", "Police briefly detained the organisers.",
     "Police promptly dispersed the crowd."],
)  # fmt: skip
def test_forces_acting_past_an_adverb(text: str) -> None:
    assert forces_acting(text) == "police"


def test_au_troops_are_the_mission_of_their_time() -> None:
    base = ActorBase.load()
    entry = base.resolve("AU troops", when=date(2016, 6, 1))
    assert entry is not None and entry.actor_id == "amisom"


@pytest.mark.parametrize(
    ("text", "actor1"),
    [("Blockaders set fire to a passenger bus in Dhaka on Sunday.", "Rioters (Bangladesh)"),
     ("Looters ransacked shops in a Johannesburg township on Monday.", "Rioters (South Africa)")],
)  # fmt: skip
def test_crowd_nouns_that_do_violence_are_rioters(events_of: Events, text: str, actor1: str) -> None:
    event = main_event(events_of(text))
    assert event is not None and event.actor1.name == actor1


@pytest.mark.parametrize(
    ("mention", "name"),
    [("Liyu Police", "Police Forces of Ethiopia"), ("Kenya Police Service", "Police Forces of Kenya"),
     ("Uganda Police Force", "Police Forces of Uganda"), ("Rapid Intervention Battalion", "Military Forces of Cameroon")],
)  # fmt: skip
def test_african_state_force_names(mention: str, name: str) -> None:
    entry = ActorBase.load().resolve(mention)
    assert entry is not None and entry.name == name
