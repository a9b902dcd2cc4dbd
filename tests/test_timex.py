"""Temporal expressions: finding them in sentences and resolving them against an article date."""

from __future__ import annotations

from datetime import date

import pytest

from sigacts.records import EventDate
from sigacts.stages.timex import find_time_expressions, resolve_time, window_without_cue

WED = date(2021, 6, 16)  # a Wednesday
SUN = date(2015, 3, 22)  # a Sunday
FRI = date(2020, 1, 10)  # a Friday, early in the year
D = date

# (words, anchor, tense, start, end, precision)
RESOLVE_CASES = [
    # explicit dates
    ("17 March 2015", WED, "past", D(2015, 3, 17), D(2015, 3, 17), "day"),
    ("March 17, 2015", WED, "past", D(2015, 3, 17), D(2015, 3, 17), "day"),
    ("on the 17th of March 2015", WED, "past", D(2015, 3, 17), D(2015, 3, 17), "day"),
    ("Jan. 5, 2016", WED, "past", D(2016, 1, 5), D(2016, 1, 5), "day"),
    ("Sunday, 17 March 2019", WED, "past", D(2019, 3, 17), D(2019, 3, 17), "day"),
    ("17-18 March 2015", WED, "past", D(2015, 3, 17), D(2015, 3, 18), "day"),
    ("2015-03-17", WED, "past", D(2015, 3, 17), D(2015, 3, 17), "day"),
    ("3/17/2015", WED, "past", D(2015, 3, 17), D(2015, 3, 17), "day"),
    ("17/3/2015", WED, "past", D(2015, 3, 17), D(2015, 3, 17), "day"),
    # a day and month without a year: the latest one not after the anchor, or the next in the future
    ("on 17 March", WED, "past", D(2021, 3, 17), D(2021, 3, 17), "day"),
    ("March 17", WED, "future", D(2022, 3, 17), D(2022, 3, 17), "day"),
    ("June 20", WED, "past", D(2020, 6, 20), D(2020, 6, 20), "day"),
    ("June 20", WED, "future", D(2021, 6, 20), D(2021, 6, 20), "day"),
    ("on January 28", WED, "past", D(2021, 1, 28), D(2021, 1, 28), "day"),
    ("January 28", FRI, "past", D(2019, 1, 28), D(2019, 1, 28), "day"),
    ("Sept 9", WED, "past", D(2020, 9, 9), D(2020, 9, 9), "day"),
    ("on the 17th", WED, "past", D(2021, 5, 17), D(2021, 5, 17), "day"),
    ("on the 3rd", WED, "past", D(2021, 6, 3), D(2021, 6, 3), "day"),
    # months, years, decades, seasons
    ("in December 2014", WED, "past", D(2014, 12, 1), D(2014, 12, 31), "month"),
    ("December of 2014", WED, "past", D(2014, 12, 1), D(2014, 12, 31), "month"),
    ("in January", WED, "past", D(2021, 1, 1), D(2021, 1, 31), "month"),
    ("in January", WED, "future", D(2022, 1, 1), D(2022, 1, 31), "month"),
    ("in July", WED, "past", D(2020, 7, 1), D(2020, 7, 31), "month"),
    ("in June", WED, "past", D(2021, 6, 1), D(2021, 6, 16), "month"),
    ("in June", WED, "present", D(2021, 6, 1), D(2021, 6, 30), "month"),
    ("in December", FRI, "past", D(2019, 12, 1), D(2019, 12, 31), "month"),
    ("this past January", WED, "past", D(2021, 1, 1), D(2021, 1, 31), "month"),
    ("this past January", FRI, "past", D(2019, 1, 1), D(2019, 1, 31), "month"),
    ("next April", WED, "future", D(2022, 4, 1), D(2022, 4, 30), "month"),
    ("late January", WED, "past", D(2021, 1, 21), D(2021, 1, 31), "week"),
    ("early March", WED, "past", D(2021, 3, 1), D(2021, 3, 10), "week"),
    ("mid-May", WED, "past", D(2021, 5, 11), D(2021, 5, 20), "week"),
    ("in late February 2016", WED, "past", D(2016, 2, 21), D(2016, 2, 29), "week"),
    ("in 2013", WED, "past", D(2013, 1, 1), D(2013, 12, 31), "year"),
    ("since 2013", WED, "past", D(2013, 1, 1), WED, "year"),
    ("in late 2014", WED, "past", D(2014, 9, 1), D(2014, 12, 31), "month"),
    ("in mid-2014", WED, "past", D(2014, 5, 1), D(2014, 8, 31), "month"),
    ("by the end of 2014", WED, "past", D(2014, 9, 1), D(2014, 12, 31), "month"),
    ("the 1990s", WED, "past", D(1990, 1, 1), D(1999, 12, 31), "year"),
    ("last summer", WED, "past", D(2020, 6, 1), D(2020, 8, 31), "month"),
    ("the summer of 2012", WED, "past", D(2012, 6, 1), D(2012, 8, 31), "month"),
    ("since January", WED, "past", D(2021, 1, 1), WED, "month"),
    ("since March 17", WED, "past", D(2021, 3, 17), WED, "day"),
    # weekdays: the anchor itself when it is that weekday
    ("Sunday", WED, "past", D(2021, 6, 13), D(2021, 6, 13), "day"),
    ("on Sunday", WED, "future", D(2021, 6, 20), D(2021, 6, 20), "day"),
    ("last Sunday", WED, "past", D(2021, 6, 13), D(2021, 6, 13), "day"),
    ("Tuesday", WED, "past", D(2021, 6, 15), D(2021, 6, 15), "day"),
    ("Wednesday", WED, "past", WED, WED, "day"),
    ("last Wednesday", WED, "past", D(2021, 6, 9), D(2021, 6, 9), "day"),
    ("next Wednesday", WED, "future", D(2021, 6, 23), D(2021, 6, 23), "day"),
    ("Friday", FRI, "past", FRI, FRI, "day"),
    ("last Friday", FRI, "past", D(2020, 1, 3), D(2020, 1, 3), "day"),
    ("overnight Friday", WED, "past", D(2021, 6, 11), D(2021, 6, 12), "day"),
    ("Friday night", WED, "past", D(2021, 6, 11), D(2021, 6, 11), "day"),
    ("late Friday", WED, "past", D(2021, 6, 11), D(2021, 6, 11), "day"),
    ("overnight Friday into Saturday", WED, "past", D(2021, 6, 11), D(2021, 6, 12), "day"),
    # days around the anchor
    ("yesterday", WED, "past", D(2021, 6, 15), D(2021, 6, 15), "day"),
    ("today", WED, "past", WED, WED, "day"),
    ("tonight", WED, "future", WED, WED, "day"),
    ("tomorrow", WED, "future", D(2021, 6, 17), D(2021, 6, 17), "day"),
    ("earlier today", WED, "past", WED, WED, "day"),
    ("this morning", WED, "past", WED, WED, "day"),
    ("last night", WED, "past", D(2021, 6, 15), D(2021, 6, 15), "day"),
    ("the day before yesterday", WED, "past", D(2021, 6, 14), D(2021, 6, 14), "day"),
    ("the previous day", WED, "past", D(2021, 6, 15), D(2021, 6, 15), "day"),
    ("the day before", WED, "past", D(2021, 6, 15), D(2021, 6, 15), "day"),
    ("three days ago", WED, "past", D(2021, 6, 13), D(2021, 6, 13), "day"),
    ("a few days ago", WED, "past", D(2021, 6, 11), D(2021, 6, 14), "week"),
    # weekends and weeks
    ("over the weekend", WED, "past", D(2021, 6, 12), D(2021, 6, 13), "week"),
    ("last weekend", WED, "past", D(2021, 6, 12), D(2021, 6, 13), "week"),
    ("this weekend", WED, "future", D(2021, 6, 19), D(2021, 6, 20), "week"),
    ("at the weekend", SUN, "past", D(2015, 3, 21), D(2015, 3, 22), "week"),
    ("last weekend", SUN, "past", D(2015, 3, 14), D(2015, 3, 15), "week"),
    ("last week", WED, "past", D(2021, 6, 7), D(2021, 6, 13), "week"),
    ("this week", WED, "past", D(2021, 6, 14), WED, "week"),
    ("earlier this week", WED, "past", D(2021, 6, 14), WED, "week"),
    ("this week", WED, "future", WED, D(2021, 6, 20), "week"),
    ("next week", WED, "future", D(2021, 6, 21), D(2021, 6, 27), "week"),
    ("two weeks ago", WED, "past", D(2021, 5, 31), D(2021, 6, 6), "week"),
    ("this past week", WED, "past", D(2021, 6, 9), WED, "week"),
    ("the last three days", WED, "past", D(2021, 6, 13), WED, "week"),
    # months and years relative to the anchor
    ("last month", WED, "past", D(2021, 5, 1), D(2021, 5, 31), "month"),
    ("last month", FRI, "past", D(2019, 12, 1), D(2019, 12, 31), "month"),
    ("earlier this month", WED, "past", D(2021, 6, 1), WED, "month"),
    ("this month", WED, "future", WED, D(2021, 6, 30), "month"),
    ("next month", WED, "future", D(2021, 7, 1), D(2021, 7, 31), "month"),
    ("a month ago", WED, "past", D(2021, 5, 1), D(2021, 5, 31), "month"),
    ("late last month", WED, "past", D(2021, 5, 21), D(2021, 5, 31), "week"),
    ("earlier this year", WED, "past", D(2021, 1, 1), WED, "year"),
    ("this year", WED, "past", D(2021, 1, 1), WED, "year"),
    ("last year", WED, "past", D(2020, 1, 1), D(2020, 12, 31), "year"),
    ("since last year", WED, "past", D(2020, 1, 1), WED, "year"),
    ("early last year", WED, "past", D(2020, 1, 1), D(2020, 4, 30), "month"),
    ("next year", FRI, "future", D(2021, 1, 1), D(2021, 12, 31), "year"),
    # durations
    ("in recent weeks", WED, "past", D(2021, 5, 26), WED, "week"),
    ("in recent week", WED, "past", D(2021, 5, 26), WED, "week"),
    ("recent weeks", WED, "past", D(2021, 5, 26), WED, "week"),
    ("in recent months", WED, "past", D(2020, 12, 16), WED, "month"),
    ("in the past several months", WED, "past", D(2020, 12, 16), WED, "month"),
    ("over the past several months", WED, "past", D(2020, 12, 16), WED, "month"),
    ("in the past few months", WED, "past", D(2020, 12, 16), WED, "month"),
    ("recently", WED, "past", D(2021, 5, 17), WED, "month"),
    ("the past 24 hours", WED, "past", D(2021, 6, 15), WED, "day"),
    ("over the past two years", WED, "past", D(2019, 6, 16), WED, "year"),
    ("in the coming days", WED, "future", WED, D(2021, 6, 23), "week"),
]


@pytest.mark.parametrize(("words", "anchor", "tense", "start", "end", "precision"), RESOLVE_CASES)
def test_resolve_time(words: str, anchor: date, tense: str, start: date, end: date, precision: str) -> None:
    resolved = resolve_time(words, anchor, tense=tense)
    assert resolved is not None, words
    assert (resolved.start, resolved.end, resolved.precision) == (start, end, precision)
    assert resolved.expression == words


PREVIOUS = EventDate(D(2021, 6, 10), D(2021, 6, 10), "day", "Thursday")

# Anaphora count from the previous event's date when there is one.
ANAPHORA_CASES = [
    ("the day before", D(2021, 6, 9), D(2021, 6, 9), "day"),
    ("the previous day", D(2021, 6, 9), D(2021, 6, 9), "day"),
    ("the following day", D(2021, 6, 11), D(2021, 6, 11), "day"),
    ("two days later", D(2021, 6, 12), D(2021, 6, 12), "day"),
    ("earlier that day", D(2021, 6, 10), D(2021, 6, 10), "day"),
    ("the week before", D(2021, 5, 31), D(2021, 6, 6), "week"),
]


@pytest.mark.parametrize(("words", "start", "end", "precision"), ANAPHORA_CASES)
def test_anaphora_count_from_previous(words: str, start: date, end: date, precision: str) -> None:
    resolved = resolve_time(words, WED, previous=PREVIOUS)
    assert resolved is not None
    assert (resolved.start, resolved.end, resolved.precision) == (start, end, precision)


# (sentence, [(span, kind)])
FIND_CASES = [
    ("Fighting resumed on Sunday after a lull.", [("on Sunday", "weekday")]),
    (
        "The town fell in December 2014 and was retaken in 2016.",
        [("in December 2014", "absolute"), ("in 2016", "absolute")],
    ),
    ("Since 2013, the group has held the area.", [("Since 2013", "since")]),
    ("In recent weeks, attacks have increased.", [("In recent weeks", "duration")]),
    ("Two days ago, rebels shelled the city.", [("Two days ago", "relative")]),
    ("On Sunday, March 17, 2019, gunmen attacked a checkpoint.", [("On Sunday, March 17, 2019", "absolute")]),
    ("May 5 was quiet, but the army may attack in May.", [("May 5", "absolute"), ("in May", "absolute")]),
    ("The ceasefire collapsed last week.", [("last week", "relative")]),
    ("Clashes erupted overnight Friday into Saturday.", [("overnight Friday into Saturday", "weekday")]),
    ("Talks are due to resume later this month.", [("later this month", "relative")]),
    ("Militants have gained ground over the past several months.", [("over the past several months", "duration")]),
    ("The offensive began in late January and ended in mid-March.", [("in late January", "absolute"),
                                                                      ("in mid-March", "absolute")]),
    ("Police said the attack happened at the weekend.", [("at the weekend", "relative")]),
    ("The 25-year-old was detained on the 3rd, police said.", [("on the 3rd", "absolute")]),
    # not times
    ("They may attack the base again.", []),
    ("March towards the capital, the commander ordered.", []),
    ("The 2015 elections were disputed.", []),
    ("The fall of the city changed the war.", []),
    ("Airstrikes killed 12 people and wounded 30 others.", []),
    ("The group declared a day of mourning.", []),
    ("Unit 2014 moved to the front.", []),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), FIND_CASES)
def test_find_time_expressions(sentence: str, expected: list[tuple[str, str]]) -> None:
    found = find_time_expressions(sentence)
    assert [(t.text, t.kind) for t in found] == expected
    for t in found:
        assert sentence[t.start : t.end] == t.text


def test_the_last_week_of_a_month_is_not_last_week() -> None:
    found = find_time_expressions("Fighting peaked in the last week of May.")
    assert not any("last week" in t.text for t in found)


def test_offsets_index_the_searched_string() -> None:
    found = find_time_expressions("Yesterday, 12 people died; on Tuesday more fled.")
    assert [(t.start, t.end) for t in found] == [(0, 9), (27, 37)]


def test_resolve_returns_none_without_a_time() -> None:
    assert resolve_time("the convoy was attacked", WED) is None


def test_an_impossible_day_falls_back_to_its_month() -> None:
    resolved = resolve_time("31 April 2015", WED)
    assert resolved == EventDate(D(2015, 4, 1), D(2015, 4, 30), "month", "April 2015")
    assert resolve_time("on 31 April", WED) is None  # nothing coarser is named


def test_resolve_rejects_an_unknown_tense() -> None:
    with pytest.raises(ValueError, match="tense"):
        resolve_time("today", WED, tense="pluperfect")


def test_resolve_finds_the_time_inside_a_longer_string() -> None:
    resolved = resolve_time("the attack took place on Sunday, officials said", WED)
    assert resolved == EventDate(D(2021, 6, 13), D(2021, 6, 13), "day", "on Sunday")


def test_window_without_cue() -> None:
    assert window_without_cue(WED) == EventDate(D(2021, 5, 17), WED, "unknown")
    assert window_without_cue(WED, days=7) == EventDate(D(2021, 6, 9), WED, "unknown")
    assert window_without_cue(None) == EventDate(None, None, "unknown")
    with pytest.raises(ValueError, match="days"):
        window_without_cue(WED, days=-1)
