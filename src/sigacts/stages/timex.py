"""Temporal expressions: find them in a sentence and resolve them to date intervals.

Plain strings and regular expressions, no spaCy: this runs on every sentence, so it must be cheap.

`find_time_expressions(text)` returns the spans; `resolve_time(words, anchor, tense=..., previous=...)`
turns the words of one span into an `EventDate` interval relative to the article's date (`anchor`).

Kinds of expression:
    absolute  calendar words: "17 March 2015", "March 17", "2015-03-17", "in December 2014", "late January",
              "in 2013", "the 1990s", "last summer", "on the 17th"
    weekday   "Sunday", "on Sunday", "last Sunday", "overnight Friday", "Friday night"
    relative  "yesterday", "last week", "this month", "two days ago", "the day before", "over the weekend"
    duration  "in recent weeks", "over the past several months", "the past 24 hours", "recently"
    since     any of the above after "since": "since 2013", "since last year", "since January"

Conventions (documented because they are choices):
- Month names count only when capitalised ("may" is a modal); a bare month needs a cue word before it
  ("in", "since", "by", "last", "next", "this past", "early", "mid", "late" ...), because "March" at the
  start of a sentence is also a verb and a noun.
- Direction: `tense="future"` looks forward from the anchor for underspecified words (a weekday, a
  month without a year); "past" and "present" look backward.
- Clipping: in the past tense an interval that contains the anchor ends at the anchor ("in June" in an
  article of 16 June 2021 is 1-16 June); in the future tense it starts at the anchor.
- Precision: one day (or one night spanning two dates) is "day"; weekends, weeks, parts of a month and a
  few days are "week"; months, parts of a year and month spans are "month"; years and decades "year".
- Parts: early = days 1-10, mid = 11-20, late = 21-end of a month; a year's early/mid/late are
  Jan-Apr, May-Aug, Sep-Dec. Seasons are northern-hemisphere meteorological (winter Y = Dec Y-Feb Y+1).
- Anaphora ("the day before", "the following week") count from `previous` when given, else the anchor.
- "Overnight Friday" is the night from Friday into Saturday; on the day of publication it is the night
  that led into that day.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from sigacts.records import EventDate

TENSES = ("past", "present", "future")


@dataclass(frozen=True)
class TimeExpression:
    """A span of text that names a time; offsets index the string that was searched."""

    text: str
    start: int
    end: int
    kind: str  # absolute | weekday | relative | duration | since
    rule: str = ""  # the rule that matched, kept as evidence


# (start, end, precision)
_Span = tuple[date, date, str]


@dataclass(frozen=True)
class _Context:
    anchor: date
    future: bool
    previous: EventDate | None

    def reference(self, backward: bool = True) -> date:
        """The date anaphora count from: the previous event's date if known, else the anchor."""
        p = self.previous
        if p is not None:
            chosen = (p.start or p.end) if backward else (p.end or p.start)
            if chosen is not None:
                return chosen
        return self.anchor


# --------------------------------------------------------------------------- building blocks

_MONTHS = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip
_MONTH_ABBR = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7,
    "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_SMALL_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "twenty-four": 24, "forty-eight": 48,
    "seventy-two": 72, "couple of": 2, "a couple of": 2,
}  # fmt: skip
# "a few days ago", "several weeks": how many units a vague count covers, as (fewest, most).
_VAGUE_COUNT = (2, 5)

_PART = r"early|mid|middle|late|(?:the\s+)?(?:end|beginning|start|middle)\s+of"


def _month_re(group: str) -> str:
    """A capitalised month name or abbreviation; case-sensitive inside an IGNORECASE pattern."""
    full = "|".join(m.capitalize() for m in _MONTHS)
    abbreviated = "Sept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
    return rf"(?-i:(?P<{group}>(?:{full})|(?:{abbreviated})\.?))(?![A-Za-z])"


def _day_re(group: str) -> str:
    return rf"(?P<{group}>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\w)"


def _weekday_re(group: str) -> str:
    return rf"(?P<{group}>{'|'.join(_WEEKDAYS)})\b"


_YEAR = r"(?P<year>(?:19|20)\d\d)(?!\d)"
_PREP = r"(?:\b(?P<prep>on|in|during|since|until|till|by|over|throughout|at|from|through|as\s+of)\s+)?"
_WD_PREFIX = rf"(?:{_weekday_re('wd0')},?\s+(?:the\s+)?)?"
_DAY_SPAN = rf"{_day_re('day')}(?:\s*(?:-|–|to|and)\s*{_day_re('day2')})?"
_NUMV = r"\d{1,3}|couple\s+of|a\s+couple\s+of|few|a\s+few|several|" + "|".join(
    sorted((k for k in _SMALL_NUMBERS if " " not in k and k not in ("a", "an")), key=len, reverse=True)
)
_UNIT = r"(?P<unit>hours?|days?|weeks?|months?|years?|decades?)"


# --------------------------------------------------------------------------- date arithmetic


def _month_number(name: str) -> int:
    key = name.rstrip(".").lower()
    if key in _MONTHS:
        return _MONTHS.index(key) + 1
    return _MONTH_ABBR[key]


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _shift_month(year: int, month: int, by: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + by
    return index // 12, index % 12 + 1


def _add_months(day: date, by: int) -> date:
    year, month = _shift_month(day.year, day.month, by)
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _add_years(day: date, by: int) -> date:
    year = day.year + by
    return date(year, day.month, min(day.day, calendar.monthrange(year, day.month)[1]))


def _month_span(year: int, month: int) -> _Span:
    return date(year, month, 1), _month_end(year, month), "month"


def _week_of(day: date) -> tuple[date, date]:
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def _span_precision(start: date, end: date) -> str:
    days = (end - start).days
    if days <= 1:
        return "day"
    if days <= 14:
        return "week"
    if days <= 62:
        return "month"
    return "year"


def _part_kind(part: str) -> str:
    low = part.lower()
    if "early" in low or "beginning" in low or "start" in low:
        return "early"
    if "mid" in low:
        return "mid"
    return "late"


def _part_of_month(year: int, month: int, part: str) -> _Span:
    kind = _part_kind(part)
    first, last = {"early": (1, 10), "mid": (11, 20)}.get(kind, (21, calendar.monthrange(year, month)[1]))
    return date(year, month, first), date(year, month, last), "week"


def _part_of_year(year: int, part: str) -> _Span:
    first, last = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}[_part_kind(part)]
    return date(year, first, 1), _month_end(year, last), "month"


def _day(year: int, month: int, day: int, day2: str | None = None) -> _Span | None:
    try:
        start = date(year, month, day)
        end = date(year, month, int(day2)) if day2 else start
    except ValueError:
        return None  # 31 April, 29 February in a common year
    if end < start:
        return None
    return start, end, _span_precision(start, end)


def _year_for_day(month: int, day: int, ctx: _Context) -> int:
    """The year of a day given without one: the latest not after the anchor (or the next, future)."""
    anchor = ctx.anchor
    candidate = date(anchor.year, month, min(day, calendar.monthrange(anchor.year, month)[1]))
    if ctx.future:
        return anchor.year if candidate >= anchor else anchor.year + 1
    return anchor.year if candidate <= anchor else anchor.year - 1


def _year_for_month(month: int, ctx: _Context, rel: str = "") -> int:
    """The year of a month named without one; `rel` is last / next / this or empty."""
    anchor = ctx.anchor
    if rel == "this":
        return anchor.year
    if rel == "last":
        return anchor.year if month < anchor.month else anchor.year - 1
    if rel == "next":
        return anchor.year if month > anchor.month else anchor.year + 1
    if ctx.future:
        return anchor.year if month >= anchor.month else anchor.year + 1
    return anchor.year if month <= anchor.month else anchor.year - 1


def _norm_rel(rel: str | None) -> str:
    """Collapse relative cue words: 'this past' means last, 'the coming' means next."""
    if not rel:
        return ""
    low = " ".join(rel.lower().split())
    if low in ("last", "this past", "the past", "past", "previous", "the previous"):
        return "last"
    if low in ("next", "this coming", "the coming", "coming", "following", "the following"):
        return "next"
    if low in ("this", "the current", "the", "that"):
        return "this"
    return ""


def _count(word: str | None) -> tuple[int, int]:
    """A small count in digits or words as (fewest, most); vague words give a range."""
    if not word:
        return 1, 1
    low = " ".join(word.lower().split())
    if low.isdigit():
        return int(low), int(low)
    if low in ("few", "a few", "several"):
        return _VAGUE_COUNT
    return _SMALL_NUMBERS[low], _SMALL_NUMBERS[low]


# --------------------------------------------------------------------------- resolvers


def _resolve_iso(m: re.Match[str], ctx: _Context) -> _Span | None:
    return _day(int(m["y"]), int(m["m"]), int(m["d"]))


def _resolve_numeric(m: re.Match[str], ctx: _Context) -> _Span | None:
    first, second, year = int(m["a"]), int(m["b"]), int(m["y"])
    if year < 100:
        year += 2000 if year < 70 else 1900
    # Month first (US style) unless the first number cannot be a month.
    month, day = (second, first) if first > 12 else (first, second)
    if month > 12:
        return None
    return _day(year, month, day)


def _resolve_full_date(m: re.Match[str], ctx: _Context) -> _Span | None:
    return _day(int(m["year"]), _month_number(m["mon"]), int(m["day"]), m["day2"])


def _resolve_day_month(m: re.Match[str], ctx: _Context) -> _Span | None:
    month, day = _month_number(m["mon"]), int(m["day"])
    return _day(_year_for_day(month, day, ctx), month, day, m["day2"])


def _resolve_ordinal(m: re.Match[str], ctx: _Context) -> _Span | None:
    anchor, day = ctx.anchor, int(m["day"])
    year, month = anchor.year, anchor.month
    rel = _norm_rel(m["rel"])
    if rel == "last" or (not rel and not ctx.future and day > anchor.day):
        year, month = _shift_month(year, month, -1)
    elif not rel and ctx.future and day < anchor.day:
        year, month = _shift_month(year, month, 1)
    return _day(year, month, day)


def _resolve_month_year(m: re.Match[str], ctx: _Context) -> _Span | None:
    year, month = int(m["year"]), _month_number(m["mon"])
    return _part_of_month(year, month, m["part"]) if m["part"] else _month_span(year, month)


def _resolve_month(m: re.Match[str], ctx: _Context) -> _Span | None:
    month = _month_number(m["mon"])
    year = _year_for_month(month, ctx, _norm_rel(m["rel"]))
    part = m.groupdict().get("part")
    return _part_of_month(year, month, part) if part else _month_span(year, month)


def _resolve_year(m: re.Match[str], ctx: _Context) -> _Span | None:
    year = int(m["year"])
    if m["part"]:
        return _part_of_year(year, m["part"])
    return date(year, 1, 1), date(year, 12, 31), "year"


def _resolve_decade(m: re.Match[str], ctx: _Context) -> _Span | None:
    first = int(m["dec"])
    offsets = {"early": (0, 3), "mid": (4, 6), "late": (7, 9)}
    low, high = offsets[_part_kind(m["part"])] if m["part"] else (0, 9)
    return date(first + low, 1, 1), date(first + high, 12, 31), "year"


_SEASON_START = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}


def _season_span(season: str, year: int) -> _Span:
    first = _SEASON_START[season]
    end_year, end_month = _shift_month(year, first, 2)
    return date(year, first, 1), _month_end(end_year, end_month), "month"


def _resolve_season(m: re.Match[str], ctx: _Context) -> _Span | None:
    if m["s2"]:
        return _season_span(m["s2"].lower(), int(m["year"]))
    season, rel, anchor = m["s1"].lower(), _norm_rel(m["rel"]), ctx.anchor
    spans = [_season_span(season, y) for y in range(anchor.year - 2, anchor.year + 2)]
    if rel == "last":
        return max((s for s in spans if s[1] < anchor), key=lambda s: s[0])
    if rel == "next":
        return min((s for s in spans if s[0] > anchor), key=lambda s: s[0])
    for span in spans:
        if span[0] <= anchor <= span[1]:
            return span
    return _season_span(season, anchor.year)


def _weekday_date(weekday: int, rel: str, ctx: _Context) -> date:
    anchor = ctx.anchor
    back = (anchor.weekday() - weekday) % 7
    ahead = (weekday - anchor.weekday()) % 7
    if rel == "last":
        return anchor - timedelta(days=back or 7)
    if rel == "next":
        return anchor + timedelta(days=ahead or 7)
    if rel == "this":
        return _week_of(anchor)[0] + timedelta(days=weekday)
    # Same weekday as the anchor means the anchor itself, in either direction.
    return anchor + timedelta(days=ahead) if ctx.future else anchor - timedelta(days=back)


def _resolve_weekday(m: re.Match[str], ctx: _Context) -> _Span | None:
    rel = (m["rel"] or "").lower()
    day = _weekday_date(_WEEKDAYS.index(m["wd"].lower()), _norm_rel(rel), ctx)
    if rel == "overnight" and not m["wd2"]:
        # The night into the next day; on the day of publication, the night that led into it.
        return (day - timedelta(days=1), day, "day") if day == ctx.anchor and not ctx.future else (
            day, day + timedelta(days=1), "day")  # fmt: skip
    end = day
    if m["wd2"]:
        end = day + timedelta(days=(_WEEKDAYS.index(m["wd2"].lower()) - day.weekday()) % 7)
    return day, end, _span_precision(day, end)


def _resolve_weekend(m: re.Match[str], ctx: _Context) -> _Span | None:
    words = " ".join(m["rel"].lower().split())
    ref = ctx.reference(backward=words != "the following") if words in _ANAPHORIC_WEEKEND else ctx.anchor
    weekday = ref.weekday()
    if words in ("the previous", "last", "the past", "this past"):
        # The last weekend that is over: its Sunday is strictly before the reference date.
        saturday = ref - timedelta(days=((weekday - 6) % 7 or 7) + 1)
    elif words in ("the following", "next", "the coming"):
        saturday = ref + timedelta(days=(5 - weekday) % 7 or 7)
    elif ctx.future and weekday < 5:
        saturday = ref + timedelta(days=5 - weekday)
    else:
        # The weekend in progress, or the one just past.
        saturday = ref - timedelta(days=(weekday - 5) % 7)
    return saturday, saturday + timedelta(days=1), "week"


_ANAPHORIC_WEEKEND = ("the previous", "the following", "that")

_DAY_WORDS = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}


def _resolve_day_word(m: re.Match[str], ctx: _Context) -> _Span | None:
    day = ctx.anchor + timedelta(days=_DAY_WORDS[m["w"].lower()])
    return day, day, "day"


def _resolve_two_days(m: re.Match[str], ctx: _Context) -> _Span | None:
    day = ctx.anchor + timedelta(days=-2 if m["dir"].lower() == "before" else 2)
    return day, day, "day"


def _resolve_part_of_day(m: re.Match[str], ctx: _Context) -> _Span | None:
    day = ctx.anchor - timedelta(days=1 if m["rel"].lower() == "last" else 0)
    return day, day, "day"


def _resolve_overnight(m: re.Match[str], ctx: _Context) -> _Span | None:
    return ctx.anchor - timedelta(days=1), ctx.anchor, "day"


_ANAPHORA = {
    "the day before": -1, "the previous day": -1, "the day prior": -1, "the preceding day": -1,
    "the night before": -1, "the previous night": -1, "the previous evening": -1,
    "the day after": 1, "the following day": 1, "the next day": 1, "the next morning": 1,
    "the following morning": 1, "the following night": 1,
    "the same day": 0, "the same night": 0, "that day": 0, "that night": 0, "that morning": 0,
    "that evening": 0, "that afternoon": 0, "earlier that day": 0, "later that day": 0,
    "later that night": 0, "earlier in the day": 0, "later in the day": 0,
}  # fmt: skip


def _resolve_anaphora(m: re.Match[str], ctx: _Context) -> _Span | None:
    offset = _ANAPHORA[" ".join(m["phrase"].lower().split())]
    day = ctx.reference(backward=offset <= 0) + timedelta(days=offset)
    return day, day, "day"


def _unit_span(day: date, unit: str) -> _Span:
    """The calendar week, month or year containing `day`."""
    if unit == "week":
        monday, sunday = _week_of(day)
        return monday, sunday, "week"
    if unit == "month":
        return _month_span(day.year, day.month)
    return date(day.year, 1, 1), date(day.year, 12, 31), "year"


def _shift(day: date, unit: str, by: int) -> date:
    if unit == "hour":
        whole_days = -(-abs(by) // 24)  # 1-24 hours touch the day before (or after)
        return day + timedelta(days=whole_days if by > 0 else -whole_days)
    if unit == "day":
        return day + timedelta(days=by)
    if unit == "week":
        return day + timedelta(weeks=by)
    if unit == "month":
        return _add_months(day, by)
    if unit == "decade":
        return _add_years(day, 10 * by)
    return _add_years(day, by)


def _resolve_units_away(m: re.Match[str], ctx: _Context) -> _Span | None:
    unit = m["unit"].lower().rstrip("s")
    direction = m["dir"].lower()
    backward = direction in ("earlier", "before", "prior", "ago", "back")
    ref = ctx.anchor if direction in ("ago", "back") else ctx.reference(backward)
    sign = -1 if backward else 1
    fewest, most = _count(m["n"])
    if fewest != most or unit == "hour":
        # Hours can cross midnight: the interval runs from the reference day to the day reached.
        near = ref if unit == "hour" else _shift(ref, unit, sign * fewest)
        far = _shift(ref, unit, sign * most)
        start, end = min(near, far), max(near, far)
        return start, end, _span_precision(start, end)
    target = _shift(ref, unit, sign * fewest)
    if unit == "day":
        return target, target, "day"
    return _unit_span(target, unit)


def _resolve_anaphoric_unit(m: re.Match[str], ctx: _Context) -> _Span | None:
    unit = (m["u1"] or m["u2"]).lower()
    word = (m["adj"] or m["dir"]).lower()
    by = {"previous": -1, "preceding": -1, "before": -1, "prior": -1, "same": 0}.get(word, 1)
    ref = ctx.reference(backward=by <= 0)
    return _unit_span(_shift(ref, unit, by), unit)


def _resolve_calendar(m: re.Match[str], ctx: _Context) -> _Span | None:
    unit, anchor = m["unit"].lower(), ctx.anchor
    words = " ".join(m["rel"].lower().split())
    if words == "this past":
        return _shift(anchor, unit, -1), anchor, unit
    if words == "the coming":
        return anchor, _shift(anchor, unit, 1), unit
    rel = _norm_rel(words)
    start, end, precision = _unit_span(_shift(anchor, unit, {"last": -1, "next": 1}.get(rel, 0)), unit)
    mod = (m["mod"] or "").lower()
    if mod == "earlier":
        return start, min(end, anchor) if rel == "this" else end, precision
    if mod == "later":
        return max(start, anchor) if rel == "this" else start, end, precision
    if mod:
        if unit == "month":
            return _part_of_month(start.year, start.month, mod)
        if unit == "year":
            return _part_of_year(start.year, mod)
        first, last = {"early": (0, 2), "mid": (1, 3)}.get(_part_kind(mod), (3, 6))
        return start + timedelta(days=first), start + timedelta(days=last), "week"
    return start, end, precision


_UNIT_PRECISION = {"week": "week", "month": "month", "year": "year", "decade": "year"}


def _resolve_past_period(m: re.Match[str], ctx: _Context) -> _Span | None:
    unit = m["unit"].lower().rstrip("s")
    fewest, most = _count(m["n1"] or m["n2"] or m["n3"])
    if fewest != most and unit in _RECENT:
        # "the past few months" reads like "recent months".
        return _resolve_recent_unit(unit, ctx)
    start = _shift(ctx.anchor, unit, -most)
    return start, ctx.anchor, _UNIT_PRECISION.get(unit) or _span_precision(start, ctx.anchor)


_RECENT = {"day": ("day", 7, "week"), "week": ("day", 21, "week"), "month": ("month", 6, "month"),
           "year": ("year", 5, "year")}  # fmt: skip


def _resolve_recent_unit(unit: str, ctx: _Context) -> _Span:
    step, count, precision = _RECENT[unit]
    return _shift(ctx.anchor, step, -count), ctx.anchor, precision


def _resolve_recent(m: re.Match[str], ctx: _Context) -> _Span | None:
    return _resolve_recent_unit(m["unit"].lower().rstrip("s"), ctx)


def _resolve_recently(m: re.Match[str], ctx: _Context) -> _Span | None:
    return ctx.anchor - timedelta(days=30), ctx.anchor, "month"


def _resolve_coming(m: re.Match[str], ctx: _Context) -> _Span | None:
    unit = m["unit"].lower().rstrip("s")
    fewest, most = _count(m["n"])
    if (m["n"] is None or fewest != most) and unit in _RECENT:
        # "the coming days", "the next few weeks": as far ahead as "recent days" reaches back.
        step, count, precision = _RECENT[unit]
        return ctx.anchor, _shift(ctx.anchor, step, count), precision
    end = _shift(ctx.anchor, unit, most)
    return ctx.anchor, end, _UNIT_PRECISION.get(unit) or _span_precision(ctx.anchor, end)


# --------------------------------------------------------------------------- the rules


@dataclass(frozen=True)
class _Rule:
    name: str
    kind: str
    pattern: re.Pattern[str]
    resolve: Callable[[re.Match[str], _Context], _Span | None]
    needs: re.Pattern[str]  # a cheap test: the rule can only match text that contains this
    accept: Callable[[re.Match[str]], bool] = lambda m: True


def _rule(
    name: str,
    kind: str,
    pattern: str,
    resolve: Callable[[re.Match[str], _Context], _Span | None],
    needs: str,
    accept: Callable[[re.Match[str]], bool] | None = None,
) -> _Rule:
    compiled = re.compile(pattern, re.IGNORECASE)
    return _Rule(name, kind, compiled, resolve, re.compile(needs, re.IGNORECASE), accept or (lambda m: True))


def _words_re(phrases: dict[str, int]) -> str:
    keys = sorted(phrases, key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(w) for w in k.split()) for k in keys)


# A year needs a preposition or a part word: "the 2015 elections" is not a time.
def _year_has_cue(m: re.Match[str]) -> bool:
    return bool(m["prep"] or m["part"])


# Seasons: "fall" is also a noun and a verb, so a season needs a year or a cue.
_SEASON = r"spring|summer|autumn|fall|winter"
_NOT_PLURAL_AFTER_YEAR = r"(?!\s+(?!(?:as|was|is|has|this|his|its|thus|plus|across|unless)\b)(?-i:[a-z]+s)\b)"

_NEEDS_MONTH = (
    r"(?-i:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
)

_RULES: tuple[_Rule, ...] = (
    _rule(
        "iso", "absolute",
        r"\b(?P<y>(?:19|20)\d\d)-(?P<m>0?[1-9]|1[0-2])-(?P<d>0?[1-9]|[12]\d|3[01])(?!\d)",
        _resolve_iso, r"\d-\d",
    ),
    _rule(
        "numeric", "absolute",
        r"(?<![\d/.])\b(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>(?:19|20)\d\d|\d\d)(?![\d/])",
        _resolve_numeric, r"\d/\d",
    ),
    _rule(
        "day-month-year", "absolute",
        rf"{_PREP}\b{_WD_PREFIX}(?:the\s+)?{_DAY_SPAN}(?:\s+of)?\s+{_month_re('mon')},?\s+{_YEAR}",
        _resolve_full_date, _NEEDS_MONTH,
    ),
    _rule(
        "month-day-year", "absolute",
        rf"{_PREP}\b{_WD_PREFIX}{_month_re('mon')}\s+(?:the\s+)?{_DAY_SPAN},?\s+{_YEAR}",
        _resolve_full_date, _NEEDS_MONTH,
    ),
    _rule(
        "day-month", "absolute",
        rf"{_PREP}\b{_WD_PREFIX}(?:the\s+)?{_DAY_SPAN}(?:\s+of)?\s+{_month_re('mon')}",
        _resolve_day_month, _NEEDS_MONTH,
    ),
    _rule(
        "month-day", "absolute",
        rf"{_PREP}\b{_WD_PREFIX}{_month_re('mon')}\s+(?:the\s+)?{_DAY_SPAN}(?![:/.,]\d)",
        _resolve_day_month, _NEEDS_MONTH,
    ),
    _rule(
        "ordinal-day", "absolute",
        r"\bon\s+the\s+(?P<day>3[01]|[12]\d|[1-9])(?:st|nd|rd|th)(?:\s+of\s+(?P<rel>this|last)\s+month)?"
        r"(?=\s*(?:[,.;:!?)]|$)|\s+(?:and|when|as|after|before|at|in|while|during|near|outside)\b)",
        _resolve_ordinal, r"\d(?:st|nd|rd|th)",
    ),
    _rule(
        "month-year", "absolute",
        rf"{_PREP}\b(?:(?P<part>{_PART})(?:\s+in)?[\s-]+)?{_month_re('mon')},?\s+(?:of\s+)?{_YEAR}",
        _resolve_month_year, _NEEDS_MONTH,
    ),
    _rule(
        "part-of-month", "absolute",
        rf"{_PREP}\b(?P<part>{_PART})(?:\s+in)?[\s-]+"
        rf"(?:(?P<rel>last|next|this\s+past|this)\s+)?{_month_re('mon')}",
        _resolve_month, _NEEDS_MONTH,
    ),
    _rule(
        "month", "absolute",
        rf"{_PREP}\b(?:(?P<rel>last|next|this\s+past|this)|in|since|until|till|by|during|through|throughout"
        rf"|from|earlier\s+in|later\s+in)\s+{_month_re('mon')}",
        _resolve_month, _NEEDS_MONTH,
    ),
    _rule(
        "year", "absolute",
        rf"{_PREP}\b(?:(?P<part>{_PART})[\s-]+)?{_YEAR}{_NOT_PLURAL_AFTER_YEAR}",
        _resolve_year, r"(?:19|20)\d\d", _year_has_cue,
    ),
    _rule(
        "decade", "absolute",
        rf"{_PREP}\b(?:the\s+)?(?:(?P<part>early|mid|late)[\s-]+)?(?P<dec>(?:19|20)\d0)['’]?s\b",
        _resolve_decade, r"\d0['’]?s",
    ),
    _rule(
        "season", "absolute",
        rf"{_PREP}\b(?:(?P<rel>last|next|this\s+past|this|the\s+coming|the\s+past)\s+(?P<s1>{_SEASON})\b"
        rf"|(?:the\s+)?(?P<s2>{_SEASON}),?\s+(?:of\s+)?{_YEAR})",
        _resolve_season, r"spring|summer|autumn|fall|winter",
    ),
    _rule(
        "weekday", "weekday",
        rf"{_PREP}\b(?:(?P<rel>last|next|this\s+past|this\s+coming|this|early|late|overnight)(?:\s+on)?\s+)?"
        rf"{_weekday_re('wd')}(?:['’]s)?(?:\s+(?:morning|afternoon|evening|night|overnight))?"
        rf"(?:\s+(?:into|and|to|through)\s+{_weekday_re('wd2')}"
        r"(?:\s+(?:morning|afternoon|evening|night))?)?",
        _resolve_weekday, r"monday|tuesday|wednesday|thursday|friday|saturday|sunday",
    ),
    _rule(
        "weekend", "relative",
        rf"{_PREP}\b(?P<rel>the|this|last|this\s+past|the\s+past|next|the\s+coming|the\s+previous"
        r"|the\s+following|that)\s+weekend(?:['’]s)?\b",
        _resolve_weekend, r"weekend",
    ),
    _rule(
        "two-days", "relative",
        rf"{_PREP}\b(?:the\s+)?day\s+(?P<dir>before|after)\s+(?:yesterday|tomorrow)\b",
        _resolve_two_days, r"yesterday|tomorrow",
    ),
    _rule(
        "day-word", "relative",
        rf"{_PREP}\b(?:(?:early|late|earlier|later)\s+)?(?P<w>yesterday|today|tonight|tomorrow)(?:['’]s)?"
        r"(?:\s+(?:morning|afternoon|evening|night))?\b",
        _resolve_day_word, r"yesterday|today|tonight|tomorrow",
    ),
    _rule(
        "part-of-day", "relative",
        rf"{_PREP}\b(?P<rel>this|last)\s+(?:morning|afternoon|evening|night)\b",
        _resolve_part_of_day, r"morning|afternoon|evening|night",
    ),
    _rule("overnight", "relative", r"\bovernight\b", _resolve_overnight, r"overnight"),
    _rule(
        "anaphora", "relative",
        rf"{_PREP}\b(?P<phrase>{_words_re(_ANAPHORA)})\b",
        _resolve_anaphora, r"day|night|morning|evening|afternoon",
    ),
    _rule(
        "anaphoric-unit", "relative",
        rf"{_PREP}\b(?:the\s+(?P<adj>previous|preceding|following|same)\s+(?P<u1>week|month|year)"
        r"|the\s+(?P<u2>week|month|year)\s+(?P<dir>before|after|prior))\b",
        _resolve_anaphoric_unit, r"week|month|year",
    ),
    _rule(
        "units-away", "relative",
        rf"{_PREP}\b(?P<n>{_NUMV}|a|an)\s+{_UNIT}\s+(?P<dir>earlier|later|before|after|prior|ago|back)\b",
        _resolve_units_away, r"ago|earlier|later|before|after|prior|back",
    ),
    _rule(
        "calendar", "relative",
        rf"{_PREP}\b(?:(?P<mod>earlier|later|{_PART})[\s-]+)?"
        r"(?P<rel>last|this\s+past|this|next|the\s+coming|the\s+current)\s+"
        r"(?P<unit>week|month|year)(?:['’]s)?\b(?!\s+of\b)",
        _resolve_calendar, r"week|month|year",
    ),
    _rule(
        "past-period", "duration",
        rf"{_PREP}\b(?:the\s+(?:past|last)\s+(?:(?P<n1>{_NUMV})\s+)?"
        rf"|the\s+(?:previous|preceding)\s+(?P<n2>{_NUMV})\s+"
        rf"|(?:past|last)\s+(?P<n3>{_NUMV})\s+){_UNIT}\b(?!\s+of\b)",
        _resolve_past_period, r"past|last|previous|preceding",
    ),
    _rule(
        "recent", "duration",
        rf"{_PREP}\b(?:the\s+)?(?:most\s+)?recent\s+(?P<unit>days|weeks?|months|years)\b",
        _resolve_recent, r"recent",
    ),
    _rule(
        "recently", "duration",
        r"\b(?:more\s+|most\s+|only\s+|very\s+)?recently\b",
        _resolve_recently, r"recently",
    ),
    _rule(
        "coming", "duration",
        rf"{_PREP}\b(?:the\s+)?(?:coming|next)\s+(?:(?P<n>{_NUMV})\s+)?"
        r"(?P<unit>hours|days|weeks|months|years)\b",
        _resolve_coming, r"coming|next",
    ),
)  # fmt: skip

# Cheap test before running every rule: most sentences name no time at all.
_MAYBE_TIME = re.compile(
    r"\d|hour|day|week|month|year|night|morning|evening|afternoon|tonight|tomorrow|recent|spring|summer"
    r"|autumn|fall|winter|overnight|decade"
    r"|(?-i:January|February|March|April|May|June|July|August|September|October"
    r"|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)",
    re.IGNORECASE,
)


def _candidates(text: str) -> list[tuple[re.Match[str], _Rule]]:
    """Every rule match, longest first, then leftmost, then in rule order."""
    if not _MAYBE_TIME.search(text):
        return []
    found: list[tuple[int, int, int, re.Match[str], _Rule]] = []
    for order, rule in enumerate(_RULES):
        if not rule.needs.search(text):
            continue
        for m in rule.pattern.finditer(text):
            if m.end() > m.start() and rule.accept(m):
                found.append((-(m.end() - m.start()), m.start(), order, m, rule))
    found.sort(key=lambda item: item[:3])
    return [(m, rule) for *_, m, rule in found]


def _is_since(m: re.Match[str]) -> bool:
    return m.group(0).lower().startswith("since")


def find_time_expressions(text: str) -> list[TimeExpression]:
    """Find the time expressions in `text`, longest match first, without overlaps, in text order.

    Offsets are into `text`. A leading preposition ("on", "in", "since", "over" ...) is part of the span;
    after "since" the kind is "since".
    """
    return list(_time_expressions(text))


@lru_cache(maxsize=4096)
def _time_expressions(text: str) -> tuple[TimeExpression, ...]:
    # Cached: the mentions stage and the number finder (which skips dates) both ask for every sentence.
    chosen: list[TimeExpression] = []
    for m, rule in _candidates(text):
        if any(m.start() < t.end and t.start < m.end() for t in chosen):
            continue
        kind = "since" if _is_since(m) else rule.kind
        chosen.append(TimeExpression(m.group(0), m.start(), m.end(), kind, rule.name))
    return tuple(sorted(chosen, key=lambda t: t.start))


def resolve_time(
    expression: str, anchor: date, *, tense: str = "past", previous: EventDate | None = None
) -> EventDate | None:
    """Resolve the words of one time expression to a date interval, or None if they name no time.

    `anchor` is the article's publication date; `tense` ("past", "present" or "future") is the tense of
    the clause the words belong to and decides the direction of underspecified words; `previous` is the
    date of the event mentioned before, which anaphora such as "the day before" count from. The
    `expression` of the result is the words that matched.
    """
    if tense not in TENSES:
        raise ValueError(f"tense must be one of {', '.join(TENSES)}, not {tense!r}")
    ctx = _Context(anchor=anchor, future=tense == "future", previous=previous)
    for m, rule in _candidates(expression):
        span = rule.resolve(m, ctx)
        if span is None:
            continue
        start, end, precision = span
        if _is_since(m):
            end = max(start, anchor)
        elif rule.kind != "duration" and tense == "past" and start <= anchor < end:
            end = anchor
        elif rule.kind != "duration" and tense == "future" and start < anchor <= end:
            start = anchor
        return EventDate(start=start, end=end, precision=precision, expression=m.group(0))
    return None


def window_without_cue(published: date | None, *, days: int = 30) -> EventDate:
    """The dates an article allows when no words give a time: the `days` before publication.

    The interval is [published - days, published] with precision "unknown"; without a publication date
    both ends are None.
    """
    if days < 0:
        raise ValueError(f"days must be zero or more, not {days}")
    if published is None:
        return EventDate(start=None, end=None, precision="unknown")
    return EventDate(start=published - timedelta(days=days), end=published, precision="unknown")
