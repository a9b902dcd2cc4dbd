"""Numbers, counted quantities and casualty counts in plain sentences."""

from __future__ import annotations

import pytest

from sigacts.stages.numbers import (
    casualty_totals,
    find_casualties,
    find_quantities,
    parse_amount,
    parse_number,
)

PARSE_NUMBER_CASES = [
    ("150", 150.0),
    ("1,200", 1200.0),
    ("26 million", 26_000_000.0),
    ("3.5 million", 3_500_000.0),
    ("1.2bn", 1_200_000_000.0),
    ("seven", 7.0),
    ("Twelve", 12.0),
    ("twenty-six", 26.0),
    ("one hundred and fifty", 150.0),
    ("a hundred", 100.0),
    ("two thousand five hundred", 2500.0),
    ("a dozen", 12.0),
    ("two dozen", 24.0),
    ("half a dozen", 6.0),
    ("hundreds", None),
    ("several", None),
    ("a number of", None),
    ("one two", None),
    ("", None),
]


@pytest.mark.parametrize(("text", "expected"), PARSE_NUMBER_CASES)
def test_parse_number(text: str, expected: float | None) -> None:
    assert parse_number(text) == expected


PARSE_AMOUNT_CASES = [
    ("dozens", (12.0, True)),
    ("dozens of", (12.0, True)),
    ("tens", (10.0, True)),
    ("scores of", (20.0, True)),
    ("hundreds", (100.0, True)),
    ("thousands", (1000.0, True)),
    ("tens of thousands", (10_000.0, True)),
    ("hundreds of thousands of", (100_000.0, True)),
    ("a couple of", (2.0, True)),
    ("a dozen", (12.0, True)),
    ("forty", (40.0, False)),
    ("some", None),
    ("several", None),
    ("a number of", None),
]


@pytest.mark.parametrize(("text", "expected"), PARSE_AMOUNT_CASES)
def test_parse_amount(text: str, expected: tuple[float, bool] | None) -> None:
    assert parse_amount(text) == expected


# (sentence, [(value, what, text, approximate)])
QUANTITY_CASES = [
    ("Some 150 FSA fighters crossed the border.", [(150, "fighters", "Some 150 FSA fighters", True)]),
    ("The army has fired 26 million shells since the war began.", [(26e6, "shells", "26 million shells", False)]),
    ("The ministry bought 70 M198 Howitzer cannons.", [(70, "cannons", "70 M198 Howitzer cannons", False)]),
    ("Troops killed seven IS fighters near the dam.", [(7, "fighters", "seven IS fighters", False)]),
    ("Two armored vehicles were destroyed.", [(2, "vehicles", "Two armored vehicles", False)]),
    ("A dozen prisoners escaped overnight.", [(12, "prisoners", "A dozen prisoners", True)]),
    ("Dozens of displaced people reached the camp.", [(12, "people", "Dozens of displaced people", True)]),
    ("Tens of thousands of residents fled.", [(10_000, "residents", "Tens of thousands of residents", True)]),
    ("Hundreds of families returned home.", [(100, "families", "Hundreds of families", True)]),
    ("Thousands of protesters marched.", [(1000, "protesters", "Thousands of protesters", True)]),
    ("Scores of homes were burned.", [(20, "homes", "Scores of homes", True)]),
    ("Between 10 and 15 trucks entered the city.", [(10, "trucks", "Between 10 and 15 trucks", True)]),
    ("About 2,500 troops are deployed.", [(2500, "troops", "About 2,500 troops", True)]),
    ("Rebels seized 12 police officers and four tanks.",
     [(12, "officers", "12 police officers", False), (4, "tanks", "four tanks", False)]),
    ("The convoy carried 300 tonnes of aid.", [(300, "tonnes", "300 tonnes", False)]),
    ("Three Americans were among the hostages.", [(3, "Americans", "Three Americans", False)]),
    ("One armored vehicle was hit.", [(1, "vehicle", "One armored vehicle", False)]),
    ("They captured some 200 Russian-made tanks.", [(200, "tanks", "some 200 Russian-made tanks", True)]),
    # not counts
    ("A number of fighters defected.", []),
    ("A large number of reserves were called up.", []),
    ("Several fighters defected to the government.", []),
    ("Some fighters stayed behind.", []),
    ("In 2015 the war escalated sharply.", []),
    ("The 2014 elections were boycotted.", []),
    ("On March 17 the town fell.", []),
    ("The meeting began at 10:30 and ended at 3 pm.", []),
    ("Turnout was 45 percent, up from 30%.", []),
    ("The donors pledged $5 million for 20 clinics.", [(20, "clinics", "20 clinics", False)]),
    ("A 25-year-old man was detained.", []),
    ("Those aged 18 and over may vote.", []),
    ("A three-day truce began.", []),
    ("UN Resolution 2254 calls for elections.", []),
    ("The convoy travelled 30 km in 4 hours.", []),
    ("He was the third commander to be replaced.", []),
    ("Between 2011 and 2013 the group recruited fighters.", []),
    ("From 2011 to 2013 the group recruited 400 fighters.", [(400, "fighters", "400 fighters", False)]),
    ("Two days ago, rebels shelled the city.", []),
    ("The 1990s saw three wars.", [(3, "wars", "three wars", False)]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), QUANTITY_CASES)
def test_find_quantities(sentence: str, expected: list[tuple[float, str, str, bool]]) -> None:
    found = find_quantities(sentence)
    assert [(q.value, q.what, q.text, q.approximate) for q in found] == expected
    for q in found:
        assert sentence[q.start : q.end] == q.text


# (sentence, [(kind, low, best, high, who, civilian)])
CASUALTY_CASES = [
    ("Airstrikes killed 12 civilians in Idlib.", [("killed", 12, 12, 12, "civilians", True)]),
    ("12 civilians were killed on Sunday.", [("killed", 12, 12, 12, "civilians", True)]),
    ("At least 30 people died in the blast.", [("killed", 30, 30, None, "people", False)]),
    ("The death toll rose to 45 on Monday.", [("killed", 45, 45, 45, "", False)]),
    ("The toll has risen to 60, officials said.", [("killed", 60, 60, 60, "", False)]),
    ("The blast hit the market, killing three soldiers and wounding five.",
     [("killed", 3, 3, 3, "soldiers", False), ("wounded", 5, 5, 5, "", False)]),
    ("The clashes left 8 dead and 20 injured.", [("killed", 8, 8, 8, "", False), ("wounded", 20, 20, 20, "", False)]),
    ("Between 10 and 15 fighters were killed.", [("killed", 10, 10, 15, "fighters", False)]),
    ("More than 20 killed in raids on villages", [("killed", 20, 20, None, "", False)]),
    ("Dozens killed as fighting rages", [("killed", 12, 12, None, "", False)]),
    ("Dozens of people were killed in the shelling.", [("killed", 12, 12, None, "people", False)]),
    ("A child was killed by shelling.", [("killed", 1, 1, 1, "child", True)]),
    ("Two women and three children were killed.",
     [("killed", 2, 2, 2, "women", True), ("killed", 3, 3, 3, "children", True)]),
    ("The strike killed two women and three children.",
     [("killed", 2, 2, 2, "women", True), ("killed", 3, 3, 3, "children", True)]),
    ("Two gunmen killed three soldiers at a checkpoint.", [("killed", 3, 3, 3, "soldiers", False)]),
    ("An airstrike killed 12 civilians, including five children.", [("killed", 12, 12, 12, "civilians", True)]),
    ("At least 17 people, mostly civilians, were killed.", [("killed", 17, 17, None, "people", False)]),
    ("Militants abducted 30 students from a school.", [("captured", 30, 30, 30, "students", True)]),
    ("Rebels took 5 soldiers prisoner.", [("captured", 5, 5, 5, "soldiers", False)]),
    ("Three aid workers were kidnapped.", [("captured", 3, 3, 3, "workers", True)]),
    ("Four journalists remain missing.", [("missing", 4, 4, 4, "journalists", True)]),
    ("The bombing killed 5 and injured 12 others.",
     [("killed", 5, 5, 5, "", False), ("wounded", 12, 12, 12, "others", False)]),
    ("The attack killed a policeman and wounded two others.",
     [("killed", 1, 1, 1, "policeman", False), ("wounded", 2, 2, 2, "others", False)]),
    ("The massacre of 40 villagers shocked the region.", [("killed", 40, 40, 40, "villagers", True)]),
    ("There were 12 deaths and 30 injuries.", [("killed", 12, 12, 12, "", False), ("wounded", 30, 30, 30, "", False)]),
    ("The fighting killed a total of 45 people.", [("killed", 45, 45, 45, "people", False)]),
    ("Some 40 fighters were captured near the border.", [("captured", None, 40, None, "fighters", False)]),
    ("Two people were shot dead at a wedding.", [("killed", 2, 2, 2, "people", False)]),
    ("Up to 50 fighters were executed.", [("killed", None, 50, 50, "fighters", False)]),
    ("The raid killed 12 Kurdish fighters and 3 civilians.",
     [("killed", 12, 12, 12, "fighters", False), ("killed", 3, 3, 3, "civilians", True)]),
    ("One of the soldiers was killed.", [("killed", 1, 1, 1, "", False)]),
    ("12 people in three villages were killed.", [("killed", 12, 12, 12, "people", False)]),
    ("The death toll from Sunday's bombing climbed to 27, officials said.", [("killed", 27, 27, 27, "", False)]),
    ("Seven soldiers were seriously wounded.", [("wounded", 7, 7, 7, "soldiers", False)]),
    ("Gunmen kidnapped two civilian contractors.", [("captured", 2, 2, 2, "contractors", True)]),
    ("Police said a woman and her two children were among the dead.",
     [("killed", 1, 1, 1, "woman", True), ("killed", 2, 2, 2, "children", True)]),
    ("An 8-year-old girl was shot dead by a sniper.", [("killed", 1, 1, 1, "girl", True)]),
    ("Officials say the number of dead has risen to 34.", [("killed", 34, 34, 34, "", False)]),
    ("The blast killed all 12 passengers on board.", [("killed", 12, 12, 12, "passengers", True)]),
    ("Suicide bombers killed 23 and injured 40 more.",
     [("killed", 23, 23, 23, "", False), ("wounded", 40, 40, 40, "", False)]),
    ("The death toll rose from 30 to 45 overnight.", [("killed", 45, 45, 45, "", False)]),
    # no casualty count
    ("Two of the wounded later died.", []),
    ("Between 2011 and 2013 the group killed hundreds.", [("killed", 100, 100, None, "", False)]),
    ("Soldiers were killed in the ambush.", []),
    ("Fighters killed civilians in the village.", []),
    ("No one was killed.", []),
    ("Five of them were killed.", []),
    ("12 people were killed or wounded.", []),
    ("The shelling killed and wounded 30 people.", []),
    ("He was killed in 2015.", []),
    ("A car bomb exploded near the base.", []),
    ("Police arrested 20 protesters.", []),
    ("The army deployed 300 troops.", []),
    ("There were 50 casualties.", []),
]  # fmt: skip


Counted = tuple[str, int | None, int | None, int | None, str, bool]


@pytest.mark.parametrize(("sentence", "expected"), CASUALTY_CASES)
def test_find_casualties(sentence: str, expected: list[Counted]) -> None:
    found = find_casualties(sentence)
    assert [(c.kind, c.low, c.best, c.high, c.who, c.civilian) for c in found] == expected
    for c in found:
        assert sentence[c.start : c.end] == c.text


def test_casualty_evidence_spans_the_verb_and_the_count() -> None:
    [passive] = find_casualties("Officials said 12 civilians were killed.")
    assert passive.text == "12 civilians were killed"
    [active] = find_casualties("Shelling killed at least 9 people.")
    assert active.text == "killed at least 9 people"
    assert active.approximate


def test_casualty_totals_add_coordinated_counts() -> None:
    mentions = find_casualties("Two women and three children were killed and four men were wounded.")
    assert casualty_totals(mentions) == (5, 5, 5)
    assert casualty_totals(mentions, "wounded") == (4, 4, 4)
    assert casualty_totals(mentions, "captured") == (None, None, None)


def test_casualty_totals_unknown_bound_stays_unknown() -> None:
    mentions = find_casualties("At least 10 soldiers and 4 civilians were killed.")
    assert casualty_totals(mentions) == (14, 14, None)
