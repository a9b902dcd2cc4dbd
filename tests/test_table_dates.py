"""Table of dated phrases resolved against a publication date, and of event dates read by the dates stage.

Every phrase and sentence here was written for this table. The phrases resolve against Thursday
2 October 2014; anaphora ("the day before") count from an earlier event dated Thursday 25 September.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from sigacts.records import Event, EventDate
from sigacts.stages.timex import resolve_time

THU = date(2014, 10, 2)
EARLIER_EVENT = EventDate(date(2014, 9, 25), date(2014, 9, 25), "day")
D = date

# (words, tense, start, end, precision)
PHRASES = [
    # weekdays: a past clause looks back, a future clause forward
    ("on Sunday", "past", D(2014, 9, 28), D(2014, 9, 28), "day"),
    ("Sunday", "future", D(2014, 10, 5), D(2014, 10, 5), "day"),
    ("on Thursday", "past", D(2014, 10, 2), D(2014, 10, 2), "day"),
    ("last Thursday", "past", D(2014, 9, 25), D(2014, 9, 25), "day"),
    ("next Tuesday", "future", D(2014, 10, 7), D(2014, 10, 7), "day"),
    ("late on Saturday", "past", D(2014, 9, 27), D(2014, 9, 27), "day"),
    ("on Wednesday night", "past", D(2014, 10, 1), D(2014, 10, 1), "day"),
    ("overnight Friday", "past", D(2014, 9, 26), D(2014, 9, 27), "day"),
    ("overnight Thursday", "past", D(2014, 10, 1), D(2014, 10, 2), "day"),
    # weekends and weeks
    ("over the weekend", "past", D(2014, 9, 27), D(2014, 9, 28), "week"),
    ("this weekend", "future", D(2014, 10, 4), D(2014, 10, 5), "week"),
    ("last weekend", "past", D(2014, 9, 27), D(2014, 9, 28), "week"),
    ("last week", "past", D(2014, 9, 22), D(2014, 9, 28), "week"),
    ("next week", "future", D(2014, 10, 6), D(2014, 10, 12), "week"),
    ("earlier this week", "past", D(2014, 9, 29), D(2014, 10, 2), "week"),
    ("a week ago", "past", D(2014, 9, 22), D(2014, 9, 28), "week"),
    # months and parts of months
    ("last month", "past", D(2014, 9, 1), D(2014, 9, 30), "month"),
    ("earlier this month", "past", D(2014, 10, 1), D(2014, 10, 2), "month"),
    ("later this month", "future", D(2014, 10, 2), D(2014, 10, 31), "month"),
    ("late last month", "past", D(2014, 9, 21), D(2014, 9, 30), "week"),
    ("early next month", "future", D(2014, 11, 1), D(2014, 11, 10), "week"),
    ("this past January", "past", D(2014, 1, 1), D(2014, 1, 31), "month"),
    ("late January", "past", D(2014, 1, 21), D(2014, 1, 31), "week"),
    ("early March", "past", D(2014, 3, 1), D(2014, 3, 10), "week"),
    ("mid-May", "past", D(2014, 5, 11), D(2014, 5, 20), "week"),
    ("mid-November", "past", D(2013, 11, 11), D(2013, 11, 20), "week"),
    ("mid-November", "future", D(2014, 11, 11), D(2014, 11, 20), "week"),
    ("next April", "future", D(2015, 4, 1), D(2015, 4, 30), "month"),
    ("last December", "past", D(2013, 12, 1), D(2013, 12, 31), "month"),
    ("in December 2014", "future", D(2014, 12, 1), D(2014, 12, 31), "month"),
    ("in December 2013", "past", D(2013, 12, 1), D(2013, 12, 31), "month"),
    ("in August", "past", D(2014, 8, 1), D(2014, 8, 31), "month"),
    ("in November", "past", D(2013, 11, 1), D(2013, 11, 30), "month"),
    ("in November", "future", D(2014, 11, 1), D(2014, 11, 30), "month"),
    ("at the end of August", "past", D(2014, 8, 21), D(2014, 8, 31), "week"),
    # years
    ("since 2013", "past", D(2013, 1, 1), D(2014, 10, 2), "year"),
    ("since January", "past", D(2014, 1, 1), D(2014, 10, 2), "month"),
    ("in 2012", "past", D(2012, 1, 1), D(2012, 12, 31), "year"),
    ("in early 2013", "past", D(2013, 1, 1), D(2013, 4, 30), "month"),
    ("in mid-2013", "past", D(2013, 5, 1), D(2013, 8, 31), "month"),
    ("late last year", "past", D(2013, 9, 1), D(2013, 12, 31), "month"),
    ("earlier this year", "past", D(2014, 1, 1), D(2014, 10, 2), "year"),
    ("last year", "past", D(2013, 1, 1), D(2013, 12, 31), "year"),
    ("next year", "future", D(2015, 1, 1), D(2015, 12, 31), "year"),
    ("in the 1990s", "past", D(1990, 1, 1), D(1999, 12, 31), "year"),
    ("last summer", "past", D(2014, 6, 1), D(2014, 8, 31), "month"),
    ("next spring", "future", D(2015, 3, 1), D(2015, 5, 31), "month"),
    ("in the summer of 2012", "past", D(2012, 6, 1), D(2012, 8, 31), "month"),
    # recent and coming periods
    ("in recent weeks", "past", D(2014, 9, 11), D(2014, 10, 2), "week"),
    ("in recent days", "past", D(2014, 9, 25), D(2014, 10, 2), "week"),
    ("recently", "past", D(2014, 9, 2), D(2014, 10, 2), "month"),
    ("in the past 24 hours", "past", D(2014, 10, 1), D(2014, 10, 2), "day"),
    ("over the past two weeks", "past", D(2014, 9, 18), D(2014, 10, 2), "week"),
    ("in the coming days", "future", D(2014, 10, 2), D(2014, 10, 9), "week"),
    # days named relative to the article or to the earlier event
    ("yesterday", "past", D(2014, 10, 1), D(2014, 10, 1), "day"),
    ("tomorrow", "future", D(2014, 10, 3), D(2014, 10, 3), "day"),
    ("last night", "past", D(2014, 10, 1), D(2014, 10, 1), "day"),
    ("three days ago", "past", D(2014, 9, 29), D(2014, 9, 29), "day"),
    ("the day before", "past", D(2014, 9, 24), D(2014, 9, 24), "day"),
    ("the following day", "past", D(2014, 9, 26), D(2014, 9, 26), "day"),
    ("the same day", "past", D(2014, 9, 25), D(2014, 9, 25), "day"),
    ("two days later", "past", D(2014, 9, 27), D(2014, 9, 27), "day"),
    ("the previous week", "past", D(2014, 9, 15), D(2014, 9, 21), "week"),
    # calendar days
    ("on 12 September", "past", D(2014, 9, 12), D(2014, 9, 12), "day"),
    ("on 5 October", "past", D(2013, 10, 5), D(2013, 10, 5), "day"),
    ("on 5 October", "future", D(2014, 10, 5), D(2014, 10, 5), "day"),
    ("on Sept. 3", "past", D(2014, 9, 3), D(2014, 9, 3), "day"),
    ("on the 20th", "past", D(2014, 9, 20), D(2014, 9, 20), "day"),
    ("on 14 July 2013", "past", D(2013, 7, 14), D(2013, 7, 14), "day"),
]


@pytest.mark.parametrize(("words", "tense", "start", "end", "precision"), PHRASES)
def test_dated_phrase(words: str, tense: str, start: date, end: date, precision: str) -> None:
    found = resolve_time(words, THU, tense=tense, previous=EARLIER_EVENT)
    assert found is not None, f"{words!r} not read as a time"
    assert (found.start, found.end, found.precision) == (start, end, precision)
    assert found.expression is not None and found.expression.lower() in words.lower()


NOT_TIMES = ["the March on the capital", "a 2013 report", "May God protect them", "in the first round"]


@pytest.mark.parametrize("words", NOT_TIMES)
def test_words_that_name_no_time(words: str) -> None:
    assert resolve_time(words, THU) is None


# Event dates read by the whole pipeline from a text published on Wednesday 16 June 2021.
# (text, trigger, start, end, precision, expression)
EVENT_DATES = [
    ("Rebels shelled the airport on Sunday.", "shelled", D(2021, 6, 13), D(2021, 6, 13), "day", "on Sunday"),
    ("The army will deploy troops to the town on Sunday.", "deploy", D(2021, 6, 20), D(2021, 6, 20), "day",
     "on Sunday"),
    ("Militants attacked a checkpoint over the weekend.", "attacked", D(2021, 6, 12), D(2021, 6, 13), "week",
     "over the weekend"),
    ("Police arrested six protesters last week.", "arrested", D(2021, 6, 7), D(2021, 6, 13), "week", "last week"),
    ("Troops captured the hill earlier this month.", "captured", D(2021, 6, 1), D(2021, 6, 16), "month",
     "earlier this month"),
    ("Gunmen kidnapped two engineers in late January.", "kidnapped", D(2021, 1, 21), D(2021, 1, 31), "week",
     "in late January"),
    ("Rebels seized the crossing in December 2019.", "seized", D(2019, 12, 1), D(2019, 12, 31), "month",
     "in December 2019"),
    ("Russian jets have bombed the valley in recent weeks.", "bombed", D(2021, 5, 26), D(2021, 6, 16), "week",
     "in recent weeks"),
    ("Rebels have besieged the town since 2018.", "besieged", D(2018, 1, 1), D(2021, 6, 16), "year", "since 2018"),
    ("The army shelled the village.", "shelled", D(2021, 5, 17), D(2021, 6, 16), "unknown", None),
    ("The Syrian army said on Monday that rebels had shelled the hill.", "shelled", D(2021, 5, 15), D(2021, 6, 14),
     "unknown", "on Monday"),
]


@pytest.mark.parametrize(("text", "trigger", "start", "end", "precision", "expression"), EVENT_DATES)
def test_event_date(
    events_of: Callable[..., list[Event]],
    text: str,
    trigger: str,
    start: date,
    end: date,
    precision: str,
    expression: str | None,
) -> None:
    events = [e for e in events_of(text) if e.evidence.trigger == trigger]
    assert events, f"no event at {trigger!r} in {text!r}"
    when = events[0].date
    assert (when.start, when.end, when.precision, when.expression) == (start, end, precision, expression)


def test_the_day_before_counts_from_the_previous_event(events_of: Callable[..., list[Event]]) -> None:
    text = "Rebels shelled the airport on 3 June. Troops had attacked their positions the day before."
    dates = {e.evidence.trigger: e.date for e in events_of(text)}
    assert dates["shelled"].start == D(2021, 6, 3)
    assert (dates["attacked"].start, dates["attacked"].precision) == (D(2021, 6, 2), "day")
