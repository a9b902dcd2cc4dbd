"""Table of factuality and hedging cues, and of claimants with their speech acts, read by the pipeline.

Every sentence here was written for this table. Each row names the trigger of the event it is about.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
import spacy
from spacy.tokens import Doc

from sigacts.records import Event
from sigacts.stages.factuality import read_factuality


def event_at(events_of: Callable[..., list[Event]], text: str, trigger: str) -> Event:
    """The event whose trigger is `trigger` in `text`."""
    found = [e for e in events_of(text) if e.evidence.trigger == trigger]
    assert found, f"no event at {trigger!r} in {text!r}"
    return found[0]


# (sentence, trigger, factuality, hedged)
FACTUALITY = [
    # occurred, and hedged where the text says it is not sure
    ("Rebels shelled the airport on Monday.", "shelled", "occurred", False),
    ("Government troops captured the village after heavy fighting.", "captured", "occurred", False),
    ("Rebels reportedly executed three prisoners.", "executed", "occurred", True),
    ("Insurgents allegedly attacked a checkpoint near the border.", "attacked", "occurred", True),
    ("According to unconfirmed reports, Hezbollah fighters attacked the town.", "attacked", "occurred", True),
    ("Police are said to have arrested dozens of protesters.", "arrested", "occurred", True),
    ("Rebels were reported to have shelled the airport.", "shelled", "occurred", True),
    # ongoing
    ("Government forces are shelling the suburbs.", "shelling", "ongoing", False),
    ("Turkish troops are attacking the town.", "attacking", "ongoing", False),
    ("Houthi fighters continue to shell the city.", "shell", "ongoing", False),
    ("Houthi fighters kept shelling the city.", "shelling", "ongoing", False),
    # an attempt made during an event, or on people described by what they are doing, presupposes that event
    ("Students tried to break the barricades during a protest march in Lahore.", "march", "occurred", False),
    ("Police resorted to lathicharge to disperse the farmers.", "lathicharge", "occurred", False),
    ("The union plans to hold a rally during the strike next week.", "rally", "planned", False),
    # an attempt already made is an act: a crowd that tried to storm a building did something
    ("A crowd tried to storm the police post in Kuntala on Friday.", "storm", "occurred", False),
    ("Villagers were attempting to lynch a suspected thief when police arrived.", "lynch", "occurred", False),
    ("The rebels will try to storm the police post.", "storm", "planned", False),
    ("The mob did not try to storm the police post.", "storm", "negated", False),
    # planned
    ("The army plans to attack the town.", "attack", "planned", False),
    ("The rebels intend to attack the base.", "attack", "planned", False),
    ("The Syrian army is scheduled to withdraw from the town.", "withdraw", "planned", False),
    ("The army will deploy troops to the town on Sunday.", "deploy", "planned", False),
    ("Hezbollah said it would withdraw from the town.", "withdraw", "planned", False),
    ("Italy is ready to send 500 troops to the mission.", "send", "planned", False),
    ("The UN urged the army to withdraw from the port.", "withdraw", "planned", False),
    ("Villagers demanded that the army release the detainees.", "release", "planned", False),
    # threatened
    ("Hezbollah vowed to attack the town.", "attack", "threatened", False),
    ("Rebels threatened to shell the villages.", "shell", "threatened", False),
    ("The Taliban warned it would attack the city.", "attack", "threatened", False),
    # predicted
    ("Analysts fear the militants will attack the city.", "attack", "predicted", False),
    ("Officials expect the rebels to launch an offensive.", "offensive", "predicted", False),
    ("Residents fear an imminent attack by the militia.", "attack", "predicted", False),
    ("Rebels are expected to attack the base.", "attack", "predicted", False),
    ("IS build-up near the border suggests a future incursion.", "incursion", "predicted", False),
    ("The rebels will likely attack the town next week.", "attack", "predicted", False),
    # a feared toll: the clash or attack it came from happened
    ("Six villagers are feared dead after a clash between two clans in Kondo.", "clash", "occurred", False),
    ("Three traders were feared killed in an attack by gunmen on the market.", "attack", "occurred", False),
    # occurred after all: a road number, a protest "aimed against", a road blocked "to protest"
    ("Protesters blocked National Highway No. 8 near Jaipur on Monday.", "blocked", "occurred", False),
    ("Nurses protested in Multan, the protest was aimed against the health ministry.", "protested", "occurred", False),
    ("Dairy farmers poured milk on the road to protest against low prices.", "protest", "occurred", False),
    # a past act reported with doubt is hedged, not foreseen
    ("Sarin was likely used against the town in April, the inspectors said.", "used", "occurred", True),
    # hypothetical
    ("If the talks fail, the army could attack the town.", "attack", "hypothetical", False),
    ("The rebels could seize the airport.", "seize", "hypothetical", False),
    ("Rebels might seize the airport.", "seize", "hypothetical", False),
    ("The army would attack the town if the talks failed.", "attack", "hypothetical", False),
    # negated
    ("The army did not attack the town.", "attack", "negated", False),
    ("Rebels have not attacked the town.", "attacked", "negated", False),
    ("The rebels refused to withdraw from the city.", "withdraw", "negated", False),
    ("Police never arrested the suspects.", "arrested", "negated", False),
    ("The ministry denied that its forces had shelled the market.", "shelled", "negated", False),
    ("The militants failed to capture the base.", "capture", "negated", False),
    ("Rebels stopped attacking the base.", "attacking", "negated", False),
    # a negated statement about an act does not negate the act
    ("A guard was killed in Baidoa, the attackers are not known.", "killed", "occurred", False),
    ("The rangers violated the truce by shelling the border posts.", "shelling", "occurred", False),
]


@pytest.mark.parametrize(("text", "trigger", "factuality", "hedged"), FACTUALITY)
def test_factuality(
    events_of: Callable[..., list[Event]], text: str, trigger: str, factuality: str, hedged: bool
) -> None:
    event = event_at(events_of, text, trigger)
    assert (event.factuality, event.hedged) == (factuality, hedged)


def test_build_up_that_suggests_an_incursion_happened(events_of: Callable[..., list[Event]]) -> None:
    """The evidence for a feared attack happened; the attack is only predicted."""
    events = events_of("IS build-up near the border suggests a future incursion.")
    kinds = {(e.plover_type, e.factuality) for e in events}
    assert ("ASSAULT", "predicted") in kinds
    assert not any(e.plover_type == "ASSAULT" and e.factuality == "occurred" for e in events)


# (sentence, trigger, claimants, speech act)
ATTRIBUTION = [
    ("A local resident told Reuters that Hezbollah fighters had attacked the village.", "attacked",
     ("A local resident",), "tell"),
    ("Security sources in Iraq have revealed that the Islamic State sent fighters to Mosul.", "sent",
     ("Security sources in Iraq",), "reveal"),
    ("Pro-government Al Watan reported that Syrian troops captured the hill.", "captured",
     ("Pro-government Al Watan",), "report"),
    ("The Syrian Observatory confirmed that Russian jets bombed the hospital.", "bombed",
     ("The Syrian Observatory",), "confirm"),
    ("The ministry denied that its forces had shelled the market.", "shelled", ("The ministry",), "deny"),
    ("Rebels shelled the base, said the monitor.", "shelled", ("the monitor",), "say"),
    ("Rebels attacked the checkpoint, reported pro-opposition Orient News.", "attacked",
     ("pro-opposition Orient News",), "report"),
    ("According to the governor, Taliban fighters attacked the convoy.", "attacked", ("the governor",),
     "according to"),
    ("A spokesman said Taliban fighters attacked the base.", "attacked", ("A spokesman",), "say"),
    ("Witnesses told AFP that police arrested ten students.", "arrested", ("Witnesses",), "tell"),
    ("Taliban fighters attacked a bus in the north.", "attacked", (), None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "trigger", "claimants", "speech_act"), ATTRIBUTION)
def test_attribution(
    events_of: Callable[..., list[Event]],
    text: str,
    trigger: str,
    claimants: tuple[str, ...],
    speech_act: str | None,
) -> None:
    attribution = event_at(events_of, text, trigger).attribution
    assert (attribution.claimants, attribution.speech_act) == (claimants, speech_act)


STATEMENTS = [
    "A spokesman said Taliban fighters attacked the base.",
    "The Syrian Observatory confirmed that Russian jets bombed the hospital.",
    "Witnesses told AFP that police arrested ten students.",
]


@pytest.mark.parametrize("text", STATEMENTS)
def test_the_statement_is_not_a_fighting_event(events_of: Callable[..., list[Event]], text: str) -> None:
    reporting = {"said", "confirmed", "told", "reported"}
    assert not [e for e in events_of(text) if e.evidence.trigger in reporting and e.acled_type]


@pytest.mark.parametrize(("first", "factuality"), [("AJK", "occurred"), ("never", "negated")])
def test_only_a_word_of_negation_negates(first: str, factuality: str) -> None:
    """The parser may give a name's initials the role of a negation ("AJK members protested" parsed with "AJK"
    as "neg"); the reading of the verb must not take the initials for a "not"."""
    words = [first, "members", "protested", "."]
    parsed = Doc(spacy.blank("en").vocab, words=words, heads=[2, 2, 2, 2], deps=["neg", "nsubj", "ROOT", "punct"])
    assert read_factuality(parsed[2], parsed[2]).factuality == factuality
