"""Calendar dates written out in article text: "17 March 2015", "March 17, 2015", "2015-03-17".

Only unambiguous forms are read: a month name or an ISO year-month-day. Numeric day/month forms such
as 03/04/2015 are left alone because the order of day and month cannot be told from the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from email.utils import parsedate_to_datetime

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"

DATE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("iso", re.compile(r"(?<![\d-])" + _YEAR + r"[-/](?P<month>[01]?\d)[-/](?P<day>[0-3]?\d)(?![\d/])")),
    (
        "day-month-year",
        re.compile(r"(?i)\b" + _WEEKDAY + _DAY + r"(?:\s+of)?\s+" + _MONTH + r",?\s+" + _YEAR + r"\b"),
    ),
    ("month-day-year", re.compile(r"(?i)\b" + _WEEKDAY + _MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR + r"\b")),
)


@dataclass(frozen=True)
class DateMatch:
    """A date found in text, with its character span and the pattern that read it."""

    value: date
    start: int
    end: int
    expression: str
    rule: str


def _to_date(match: re.Match[str]) -> date | None:
    month_text = match.group("month")
    month = int(month_text) if month_text.isdigit() else MONTHS[month_text.casefold()]
    try:
        return date(int(match.group("year")), month, int(match.group("day")))
    except ValueError:  # "31 February 2015" is not a date; skip rather than guess
        return None


def find_dates(text: str) -> Iterator[DateMatch]:
    """Every full calendar date written in `text`, in order of position."""
    found: list[DateMatch] = []
    for rule, pattern in DATE_PATTERNS:
        for match in pattern.finditer(text):
            value = _to_date(match)
            if value is not None:
                found.append(DateMatch(value, match.start(), match.end(), match.group(0), rule))
    found.sort(key=lambda m: (m.start, -m.end))
    last_end = -1
    for item in found:
        if item.start >= last_end:  # overlapping readings of the same words: keep the first, longest
            last_end = item.end
            yield item


def parse_date_value(value: str) -> date | None:
    """Read a date given as metadata: ISO date or timestamp, RFC 2822, or a written-out date."""
    stripped = value.strip()
    if not stripped:
        return None
    try:
        return datetime.fromisoformat(stripped).date()
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(stripped).date()
    except (TypeError, ValueError, IndexError):
        pass
    match = next(find_dates(stripped), None)
    # The whole value must be the date (a timestamp tail is fine), not a date somewhere in a sentence.
    if match is not None and match.start == 0 and len(stripped) - match.end <= 15:
        return match.value
    return None
