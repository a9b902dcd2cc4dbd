"""Table of number phrases: amounts, counted quantities, casualties and the toll one sentence gives.

Every sentence here was written for this table. Vague amounts follow ACLED's conservative reading
(tens = 10, dozens = 12, hundreds = 100; "a number of", "several" = unknown).
"""

from __future__ import annotations

import pytest

from sigacts.stages.numbers import fatalities_in, find_casualties, find_quantities, parse_amount, parse_number

# (words, value) for exact numbers in digits or words; None where the words are not one number
NUMBER_WORDS = [
    ("three", 3.0),
    ("Eleven", 11.0),
    ("forty-two", 42.0),
    ("ninety nine", 99.0),
    ("three hundred", 300.0),
    ("four hundred and twelve", 412.0),
    ("one thousand two hundred", 1200.0),
    ("seventy thousand", 70_000.0),
    ("two million", 2_000_000.0),
    ("an eleven", None),
    ("five six", None),
    ("2,400", 2400.0),
    ("1.5 million", 1_500_000.0),
    ("three dozen", 36.0),
]


@pytest.mark.parametrize(("words", "value"), NUMBER_WORDS)
def test_number_words(words: str, value: float | None) -> None:
    assert parse_number(words) == value


# (words, (value, vague)) or None for amounts ACLED leaves unknown
VAGUE_AMOUNTS = [
    ("tens of", (10.0, True)),
    ("dozens", (12.0, True)),
    ("hundreds of", (100.0, True)),
    ("thousands of", (1000.0, True)),
    ("hundreds of thousands", (100_000.0, True)),
    ("a couple", (2.0, True)),
    ("a number of", None),
    ("several", None),
    ("many", None),
    ("a few", None),
    ("scores of", (20.0, True)),
    ("sixty", (60.0, False)),
]


@pytest.mark.parametrize(("words", "expected"), VAGUE_AMOUNTS)
def test_vague_amounts(words: str, expected: tuple[float, bool] | None) -> None:
    assert parse_amount(words) == expected


# (sentence, [(value, what, approximate)])
QUANTITIES = [
    ("The convoy carried 40 tanks and 12 howitzers.", [(40, "tanks", False), (12, "howitzers", False)]),
    ("Around 300 fighters crossed into the valley.", [(300, "fighters", True)]),
    ("The army fired nearly 500 shells at the ridge.", [(500, "shells", True)]),
    ("Eighteen armoured vehicles left the base.", [(18, "vehicles", False)]),
    ("Some 6,000 displaced people reached the camp.", [(6000, "people", True)]),
    ("Dozens of prisoners were freed in the swap.", [(12, "prisoners", True)]),
    ("Hundreds of families fled the district.", [(100, "families", True)]),
    ("A number of trucks were stopped at the crossing.", []),
    ("Several rockets landed in the square.", []),
    ("The talks lasted three hours.", []),
    ("The 2012 ceasefire collapsed within days.", []),
    ("Two hundred and fifty detainees were released.", [(250, "detainees", False)]),
]


@pytest.mark.parametrize(("sentence", "expected"), QUANTITIES)
def test_counted_quantities(sentence: str, expected: list[tuple[float, str, bool]]) -> None:
    found = [(q.value, q.what, q.approximate) for q in find_quantities(sentence)]
    assert found == expected


# (sentence, [(kind, low, best, high, who, civilian)])
CASUALTIES = [
    ("Gunmen killed nine villagers near the river.", [("killed", 9, 9, 9, "villagers", True)]),
    ("Six soldiers were wounded in the ambush.", [("wounded", 6, 6, 6, "soldiers", False)]),
    ("At least 14 people died in the blast.", [("killed", 14, 14, None, "people", False)]),
    ("Up to 30 civilians may have been killed.", [("killed", None, 30, 30, "civilians", True)]),
    ("Between 8 and 11 fighters were killed.", [("killed", 8, 8, 11, "fighters", False)]),
    ("Dozens were killed in the air raid.", [("killed", 12, 12, None, "", False)]),
    ("The death toll rose to 37 on Friday.", [("killed", 37, 37, 37, "", False)]),
    ("Militants kidnapped four aid workers.", [("captured", 4, 4, 4, "workers", True)]),
    ("Two women and three children were killed.", [
        ("killed", 2, 2, 2, "women", True), ("killed", 3, 3, 3, "children", True),
    ]),
    ("The strike killed five medics and wounded 20 patients.", [
        ("killed", 5, 5, 5, "medics", True), ("wounded", 20, 20, 20, "patients", True),
    ]),
    ("Eleven people, including four children, were killed.", [("killed", 11, 11, 11, "people", False)]),
    ("Eleven people including four children were killed.", [("killed", 11, 11, 11, "people", False)]),
    ("Thirty Killed in Air Raids on Market Town", [("killed", 30, 30, 30, "", False)]),
    ("Seven people were killed 12 were wounded in the bombing.", [
        ("killed", 7, 7, 7, "people", False), ("wounded", 12, 12, 12, "", False),
    ]),
    ("Two gunmen shot dead a shopkeeper.", [("killed", 1, 1, 1, "shopkeeper", False)]),
    ("Three gunmen killed two guards at the gate.", [("killed", 2, 2, 2, "guards", False)]),
    ("Scores of people were killed or wounded.", []),
    ("Civilians were killed in the shelling.", []),
    ("A number of soldiers were killed.", []),
    ("The death toll in the siege of the town hits 52, a monitor said.", [("killed", 52, 52, 52, "", False)]),
]


@pytest.mark.parametrize(("sentence", "expected"), CASUALTIES)
def test_casualties(sentence: str, expected: list[tuple[str, int | None, int | None, int | None, str, bool]]) -> None:
    found = [(c.kind, c.low, c.best, c.high, c.who, c.civilian) for c in find_casualties(sentence)]
    assert found == expected


# (sentence, (best, civilians, combatants, wounded, vague)) or None when the sentence gives no deaths
TOLLS = [
    ("Forty militants and six civilians were killed in the raid.", (46, 6, 40, None, False)),
    ("Two soldiers and three farmers died when the mine exploded.", (5, 3, 2, None, False)),
    ("Shelling killed 16 civilians and wounded 40.", (16, 16, None, 40, False)),
    ("Air strikes kill 22 in market town A raid on the market killed 22 people on Monday.", (22, None, None, None, False)),
    ("Jets kill dozens in village raid Jets killed at least 35 people in the village.", (35, None, None, None, False)),
    ("Jets killed dozens of people in the village.", (12, None, None, None, True)),
    ("Four civilians were killed in the town while 9 others died in the camp.", (13, 4, None, None, False)),
    ("Eight rebels were killed and another two died of their wounds.", (10, None, 8, None, False)),
    ("The war has killed more than 250,000 people since 2011.", None),
    ("More than 400,000 people have been killed in the conflict.", None),
    ("Over 90 civilians have been killed so far this month.", None),
    ("At least 31 people were killed, the deadliest attack since 2013.", (31, None, None, None, False)),
    ("Twelve people died since Monday in the fighting for the hill.", (12, None, None, None, False)),
    ("Nine fighters from both sides were killed in clashes.", (9, None, 9, None, False)),
    ("Fifty regime and rebel fighters were killed overnight.", (50, None, 50, None, False)),
    ("Police said 3 officers were wounded.", None),
]


@pytest.mark.parametrize(("sentence", "expected"), TOLLS)
def test_sentence_toll(sentence: str, expected: tuple[int, int | None, int | None, int | None, bool] | None) -> None:
    toll = fatalities_in(sentence)
    found = None if toll is None else (toll.best, toll.civilians, toll.combatants, toll.wounded, toll.vague)
    assert found == expected


# (sentence, running total?)
RUNNING_TOTALS = [
    ("Some 1,200 civilians have been killed since the offensive began.", True),
    ("The uprising has left 5,000 people dead.", True),
    ("The conflict has killed 80,000 people.", True),
    ("To date, 300 fighters have been killed.", True),
    ("Seven people were killed on Tuesday in the town.", False),
    ("Three soldiers were killed in the worst attack in the war.", False),
]


@pytest.mark.parametrize(("sentence", "cumulative"), RUNNING_TOTALS)
def test_running_totals(sentence: str, cumulative: bool) -> None:
    killed = [c for c in find_casualties(sentence) if c.kind == "killed"]
    assert killed and all(c.cumulative == cumulative for c in killed)
