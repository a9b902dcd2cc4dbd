"""Numbers, counted quantities and casualty counts in plain sentences.

Plain strings and regular expressions, no spaCy: this runs on every sentence. Number words are found by
the same patterns as spaCy's `like_num` tokens would give and converted with word2number, after a small
grammar has checked that they make one number.

- `parse_number("26 million")` reads one exact number written in digits or words.
- `parse_amount("dozens")` also reads vague amounts, as (value, approximate).
- `find_quantities(text)` finds "<amount> <noun>" counts: "150 FSA fighters", "26 million shells".
- `find_casualties(text)` finds people killed, wounded, captured or missing, with low / best / high.

Conventions (ACLED's conservative reading of vague amounts):
- tens = 10, dozens = 12, scores = 20, hundreds = 100, thousands = 1000, millions = 1,000,000,
  "tens of thousands" = 10,000; "a dozen" = 12, "a couple" = 2 (all approximate). "A number of",
  "several", "some", "many" and "a few" are unknown: nothing is emitted for them.
- A range ("between 10 and 15", "10-15", "two or three") has best = low. "At least / more than N" give
  low = best = N and no high; "up to / nearly / as many as N" give best = high = N; "about / around /
  some N" give only best = N; "fewer than N" gives only high = N. All of these are `approximate`.
- Not counts: years ("in 2015", "the 2014 elections"), dates and durations found by
  `sigacts.stages.timex`, clock times, percentages, money, ordinals, model numbers ("M198", "T-72"),
  ages ("25-year-old", "aged 25"), compounds ("three-day"), identifiers after a capitalised word
  ("Resolution 2254", "Route 5") and measures (hours, kilometres, dollars ...).
- The counted noun is the head of the noun phrase after the amount: capitalised modifiers, acronyms,
  model codes and adjectives before it are skipped ("70 M198 Howitzer cannons" -> "cannons").

Casualties:
- Each number gives at most one mention. Coordinated counts ("two women and three children were
  killed", "killed two women and three children") give one mention each, sharing the verb; a caller
  that wants one figure adds them up with `casualty_totals`.
- Sub-counts ("including three children", "five of them women") are not emitted: they are already in
  the total they belong to.
- `civilian` is true only when the counted noun itself names civilians (civilians, children, women,
  students, journalists, aid workers ...). "People", "men" and "persons" are not assumed civilian:
  ACLED codes victims by who they were, and the text did not say.
- "Killed or wounded N" and "N killed or wounded" are ambiguous and give no mention; "casualties" is
  not read as deaths.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise

from word2number import w2n  # type: ignore[import-untyped]

from sigacts.records import Fatalities
from sigacts.stages.timex import find_time_expressions

# --------------------------------------------------------------------------- words and numbers

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
         "ninety": 90}  # fmt: skip
_BIG_SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_ABBREVIATED_SCALES = {"bn": 1_000_000_000, "mn": 1_000_000}
_VAGUE = {"tens": 10, "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1_000, "millions": 1_000_000}

_NUMBER_WORD = "|".join(sorted([*_UNITS, *_TENS, "hundred", *_BIG_SCALES], key=len, reverse=True))
_WORDS = (
    rf"(?:(?:a|an)\s+(?:hundred|thousand|million|billion)|(?:{_NUMBER_WORD}))"
    rf"(?:(?:(?<=hundred)|(?<=thousand)|(?<=million))\s+and\s+(?:{_NUMBER_WORD})|[\s-]+(?:{_NUMBER_WORD}))*\b"
)
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_DIGITS_SCALED = rf"{_DIGITS}(?:\s+(?:hundred|thousand|million|billion)\b|\s?(?:bn|mn)\b)?"
_NUM = rf"(?:{_DIGITS_SCALED}|{_WORDS})"
_DOZEN = r"(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|half\s+a)\s+)?dozen(?!s)\b"
_VAGUE_RE = (
    r"(?:(?:tens|dozens|hundreds|thousands|millions)(?:\s+(?:of|upon)\s+(?:thousands|millions))?(?:\s+of\b)?"
    r"|scores\s+of\b)"
)
_MODIFIERS = {
    "at least": "low", "more than": "low", "over": "low", "upwards of": "low", "in excess of": "low",
    "no fewer than": "low", "no less than": "low",
    "up to": "high", "as many as": "high", "at most": "high", "nearly": "high", "almost": "high",
    "close to": "high",
    "fewer than": "below", "less than": "below", "under": "below",
    "about": "about", "around": "about", "approximately": "about", "roughly": "about", "some": "about",
    "an estimated": "about", "estimated": "about", "a reported": "about",
    "a total of": "exact", "a further": "exact", "another": "exact", "only": "exact", "just": "exact",
}  # fmt: skip
_MOD_RE = "|".join(r"\s+".join(k.split()) for k in sorted(_MODIFIERS, key=len, reverse=True))

_PHRASE = re.compile(
    r"(?<![\w$£€¥#.,/:\-])"
    rf"(?:(?P<mod>{_MOD_RE})\s+)?"
    rf"(?:between\s+(?P<lo>{_NUM})\s+and\s+(?P<hi>{_NUM})"
    rf"|(?<!\bfrom\s)(?P<lo2>{_NUM})\s+(?:to|or)\s+(?P<hi2>{_NUM})"
    rf"|(?P<lo3>{_DIGITS})\s*[-–—]\s*(?P<hi3>{_DIGITS})(?![\d,])"
    rf"|(?P<dozen>{_DOZEN})"
    rf"|(?P<couple>a\s+couple(?:\s+of\b)?)"
    rf"|(?P<vague>{_VAGUE_RE})"
    rf"|(?P<num>{_NUM}))",
    re.IGNORECASE,
)
# "a"/"an" count one person only in a casualty clause ("a child was killed").
_ARTICLE = re.compile(r"(?<![\w'’\-])(?:a|an)(?=\s+(?:[A-Za-z]|\d{1,3}-(?:year|month)s?-old))", re.IGNORECASE)
_DIGITS_FULL = re.compile(rf"(?P<num>{_DIGITS})\s*(?P<scale>hundred|thousand|million|billion|bn|mn)?")


def _digits_value(number: str, scale: str | None) -> float:
    value = float(number.replace(",", ""))
    if scale:
        value *= _ABBREVIATED_SCALES.get(scale, 0) or (100 if scale == "hundred" else _BIG_SCALES[scale])
    return value


def _parse_words(words: list[str]) -> float | None:
    """Read number words ("two hundred and fifty", "twenty-six", "a dozen"); None if not one number."""
    if words == ["half", "a", "dozen"]:
        return 6.0
    total, current, last = 0, 0, ""
    for i, word in enumerate(words):
        if word == "and" and last == "scale":
            continue
        if word in ("a", "an") and i == 0 and len(words) > 1:
            current, last = 1, "a"
        elif word in _UNITS and last not in ("unit", "a") and not (last == "tens" and _UNITS[word] >= 10):
            current, last = current + _UNITS[word], "unit"
        elif word in _TENS and last not in ("unit", "tens", "a"):
            current, last = current + _TENS[word], "tens"
        elif word in ("hundred", "dozen"):
            current, last = (current or 1) * (100 if word == "hundred" else 12), "scale"
        elif word in _BIG_SCALES:
            total, current, last = total + (current or 1) * _BIG_SCALES[word], 0, "scale"
        else:
            return None
    if last in ("", "a"):
        return None
    if "dozen" in words:
        return float(total + current)
    # The grammar above decides whether the words are one number (word2number reads "one two" as 3);
    # word2number converts them, and the grammar's own sum stands where it cannot.
    try:
        return float(w2n.word_to_num(" ".join(words)))
    except ValueError:
        return float(total + current)


def _normalise(text: str) -> str:
    return " ".join(text.strip().lower().replace("–", "-").split())


def parse_number(text: str) -> float | None:
    """Read one exact number: "150", "1,200", "3.5 million", "twenty-six", "two dozen"; else None.

    Vague amounts ("hundreds", "several") are not numbers here; see `parse_amount`.
    """
    words = _normalise(text)
    if not words:
        return None
    m = _DIGITS_FULL.fullmatch(words)
    if m:
        return _digits_value(m["num"], m["scale"])
    return _parse_words(words.replace("-", " ").split())


def _vague_value(words: str) -> float | None:
    m = re.fullmatch(r"(\w+)(?:\s+(?:of|upon)\s+(\w+))?(?:\s+of)?", words)
    if not m or m[1] not in _VAGUE:
        return None
    if m[2] is None or m[2] == m[1]:
        return float(_VAGUE[m[1]])
    if m[2] not in ("thousands", "millions"):
        return None
    return float(_VAGUE[m[1]] * _VAGUE[m[2]])


def parse_amount(text: str) -> tuple[float, bool] | None:
    """Read an exact or vague amount as (value, approximate): "dozens" -> (12, True), "150" -> (150, False).

    Unknown amounts ("several", "a number of", "some") give None.
    """
    words = _normalise(text)
    vague = _vague_value(words)
    if vague is not None:
        return vague, True
    if re.fullmatch(r"a\s+couple(?:\s+of)?", words):
        return 2.0, True
    value = parse_number(words)
    if value is None:
        return None
    return value, "dozen" in words


# --------------------------------------------------------------------------- amounts in text


@dataclass(frozen=True)
class _Amount:
    start: int
    end: int
    low: float | None
    best: float | None
    high: float | None
    approximate: bool
    rule: str

    @property
    def value(self) -> float:
        return self.best if self.best is not None else (self.high or 0.0)

    @property
    def single(self) -> bool:
        return self.best == 1 and not self.approximate


def _bounded(value: float, modifier: str | None, rule: str, start: int, end: int) -> _Amount:
    """Apply a modifier ("at least", "about" ...) to an exact amount."""
    kind = _MODIFIERS.get(" ".join(modifier.lower().split()), "exact") if modifier else "exact"
    if kind == "low":
        return _Amount(start, end, value, value, None, True, rule)
    if kind == "high":
        return _Amount(start, end, None, value, value, True, rule)
    if kind == "below":
        return _Amount(start, end, None, None, value, True, rule)
    if kind == "about":
        return _Amount(start, end, None, value, None, True, rule)
    return _Amount(start, end, value, value, value, False, rule)


def _amount_from_match(m: re.Match[str]) -> _Amount | None:
    start, end = m.start(), m.end()
    low_text = m["lo"] or m["lo2"] or m["lo3"]
    if low_text:
        low, high = parse_number(low_text), parse_number(m["hi"] or m["hi2"] or m["hi3"])
        if low is None or high is None or high <= low:
            return None  # "3-0", "one to one": not a range of counts
        return _Amount(start, end, low, low, high, True, "range")
    if m["dozen"]:
        value = parse_number(m["dozen"])
        return None if value is None else _Amount(start, end, None, value, None, True, "dozen")
    if m["couple"]:
        return _Amount(start, end, None, 2.0, None, True, "couple")
    if m["vague"]:
        vague = _vague_value(_normalise(m["vague"]))
        return None if vague is None else _Amount(start, end, vague, vague, None, True, "vague")
    value = parse_number(m["num"])
    if value is None:
        return None
    return _bounded(value, m["mod"], "digits" if m["num"][0].isdigit() else "words", start, end)


_AFTER_EXCLUDED = re.compile(
    r"\s*(?:%|per\s*cent\b|percent\b|pct\b)"  # percentages
    r"|-?\s*(?:year|month|week|day)s?[\s-]+old\b"  # ages
    r"|-[A-Za-z]"  # compounds: "three-day", "10-year"
    r"|[A-Za-z0-9]"  # glued letters: "5km", "3rd", "1990s"
    r"|[:/.]\d"  # clock times, fractions, versions
    r"|\s*(?:a\.m\.|p\.m\.|am\b|pm\b|gmt\b|utc\b|o['’]clock|hrs\b|local\s+time)",  # clock times
    re.IGNORECASE,
)
_MONEY_BEFORE = re.compile(r"(?:[$£€¥]|\b(?:US|USD|EUR|GBP)\s*\$?)\s*$")
_IDENTIFIER_BEFORE = re.compile(
    r"\b(?:aged|age|ages|no\.|number|page|article|route|highway|resolution|version|chapter|paragraph"
    r"|flight|room|unit|platoon|battalion|brigade|division|regiment)\s*$",
    re.IGNORECASE,
)
_PREVIOUS_WORD = re.compile(r"(?P<word>[\w'’.\-]+)\s+$")
_SENTENCE_START = re.compile(r"(?:^|[.!?;:\"“(\[]\s*)$")
_YEAR_CONTEXT = {
    "in", "since", "of", "by", "until", "till", "during", "from", "to", "between", "and", "the", "a", "its",
    "their", "his", "her", "this", "that", "last", "next", "early", "mid", "late", "year", "summer", "spring",
    "autumn", "winter", "fall", "before", "after", "through", "around",
}  # fmt: skip


def _overlaps(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(start < s_end and s_start < end for s_start, s_end in spans)


def _excluded(text: str, amount: _Amount, time_spans: list[tuple[int, int]]) -> bool:
    """Whether an amount is not a count: a date part, a time, money, an age, an identifier ..."""
    if _overlaps(amount.start, amount.end, time_spans):
        return True
    if _AFTER_EXCLUDED.match(text, amount.end):
        return True
    window_start = max(0, amount.start - 60)
    before = text[window_start : amount.start]
    if _MONEY_BEFORE.search(before) or _IDENTIFIER_BEFORE.search(before):
        return True
    previous = _PREVIOUS_WORD.search(before)
    if previous is None:
        return False
    word = previous["word"]
    previous_start = window_start + previous.start()
    # Digits right after a capitalised word mid-sentence are part of a name: "Resolution 2254". Not a
    # count in a headline run into its story ("... Monitor 43 people were killed", "Town Thirty civilians").
    if (
        word[0].isupper()
        and re.fullmatch(r"[\d,.]+", text[amount.start : amount.end]) is not None
        and not _plural_follows(text, amount.end)
        and not _SENTENCE_START.search(text, max(0, previous_start - 5), previous_start)
        and not _overlaps(previous_start, previous_start + len(word), time_spans)
    ):
        return True
    if amount.rule == "range" and re.search(r"\b(?:1[89]|20)\d\d\b", text[amount.start : amount.end]):
        return True  # "between 2011 and 2013"
    if amount.rule == "digits" and _looks_like_year(text, amount):
        return word.lower() in _YEAR_CONTEXT or not _plural_follows(text, amount.end)
    return False


def _looks_like_year(text: str, amount: _Amount) -> bool:
    words = text[amount.start : amount.end]
    return bool(re.fullmatch(r"(?:1[89]|20)\d\d|2100", words))


def _plural_follows(text: str, position: int) -> bool:
    m = _TOKEN.match(text, position)
    return m is not None and _token_kind(m[1]) == "plural"


def _time_spans(text: str) -> list[tuple[int, int]]:
    return [(t.start, t.end) for t in find_time_expressions(text)]


def _amounts(text: str, time_spans: list[tuple[int, int]], *, articles: bool = False) -> list[_Amount]:
    """Every counted amount in `text`, in order; with `articles`, "a"/"an" count one too."""
    found = []
    for m in _PHRASE.finditer(text):
        amount = _amount_from_match(m)
        if amount is not None and not _excluded(text, amount, time_spans):
            found.append(amount)
    if articles:
        taken = [(a.start, a.end) for a in found] + time_spans
        for m in _ARTICLE.finditer(text):
            if not _overlaps(m.start(), m.end(), taken):
                found.append(_Amount(m.start(), m.end(), 1.0, 1.0, 1.0, False, "article"))
        found.sort(key=lambda a: a.start)
    return found


# --------------------------------------------------------------------------- the counted noun


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# A word after an amount; an age ("8-year-old") is a modifier of the noun that follows.
_TOKEN = re.compile(r"\s+([A-Za-z][A-Za-z0-9'’\-]*|\d{1,3}-(?:year|month|week|day)s?-old)")
_STOP = _word_set(
    """
    the a an and or but nor of in on at to from by with without for into onto near over under during after
    before since as than per via about across along among amid amongst around inside outside within between
    against toward towards through throughout including despite like were was are is be been being have has
    had do does did will would could should may might must can shall who whom whose which that when while
    where whereas if because so said says say told reported reportedly allegedly also all both each it its
    they them their he she his her we our you i this these those there here not no only just still got get
    took take taking made came went fled fell left remained remain stayed hit struck held fought ran sent
    arrived returned attacked launched fired used seized destroyed crossed joined surrendered defected
    according belonging loyal allied affiliated linked based aged ago later earlier yesterday today tonight
    overnight respectively too either neither
    """
)
# Words that report what happened to the counted people; they end the noun phrase.
_EVENT_WORDS = _word_set(
    """
    killed kill kills killing dead died die dies dying perished slain executed beheaded murdered massacred
    slaughtered lynched wounded injured hurt captured abducted kidnapped missing shot gunned lost taken
    disappeared
    """
)
_IRREGULAR_PLURALS = _word_set(
    """
    people men women children police personnel militia militiamen policemen servicemen gunmen tribesmen
    staff cattle livestock sheep aircraft infantry youth clergy crew fishermen kinsmen noncombatants
    """
)
_NOT_PLURAL = _word_set(
    """
    as is was has this his its thus plus unless across towards afterwards besides perhaps always sometimes
    whereas yes hers ours yours theirs news series species
    """
)
_ADJECTIVE_WORDS = _word_set(
    """
    armed unarmed heavy light more other additional further new old young small large big foreign local senior
    junior top rival former suspected alleged unidentified unknown masked fellow innocent elderly key main
    major minor rebel militant government enemy
    """
)
_ADJECTIVE_SUFFIXES = ("ed", "al", "ic", "ive", "ous", "ful", "less", "ary", "ian", "ese", "ish", "ern")
# Measures, times and money: amounts of these are not counts of things.
_NOT_COUNTED = _word_set(
    """
    hour hours minute minutes second seconds day days week weeks month months year years decade decades
    century centuries time times km kms kilometre kilometres kilometer kilometers mile miles metre metres
    meter meters feet foot yard yards inch inches mm cm kg kgs degree degrees percent dollars dollar euros
    euro pounds pound lira liras riyals riyal dinars dinar rupees yuan yen rubles roubles usd point points
    way ways side sides thing things another case cases reason reasons per
    """
)


def _token_kind(word: str) -> str:
    """Rough part of speech of a word after an amount: plural, noun, modifier, name or name_plural."""
    bare = re.sub(r"['’]s?$", "", word)
    low = bare.lower()
    if not bare or low.endswith("-old"):
        return "modifier"
    capitalised = bare[0].isupper() or any(c.isdigit() for c in bare)
    looks_plural = (
        len(low) > 2 and low.endswith("s") and not low.endswith(("ss", "us", "is")) and low not in _NOT_PLURAL
    )
    if capitalised:
        if re.fullmatch(r"[A-Z]{2,}s", bare) or (looks_plural and any(c.islower() for c in bare[1:])):
            return "name_plural"  # "Americans", "IEDs"
        return "name"
    if low in _IRREGULAR_PLURALS or looks_plural:
        return "plural"
    if low in _ADJECTIVE_WORDS or low.endswith(_ADJECTIVE_SUFFIXES):
        return "modifier"
    return "noun"


def _is_word_or_event(word: str) -> bool:
    """A number word or a word of harm: "a farmer and six shepherds" are two counts, not one noun."""
    low = word.lower()
    return low in _EVENT_WORDS or low in _UNITS or low in _TENS or low in ("hundred", "dozen", "dozens")


def _is_stop(word: str) -> bool:
    """A function word; in title case too ("At least"), but "IS" (the group) is a name, not "is"."""
    return word in _STOP or (word[:1].isupper() and word[1:].islower() and word.lower() in _STOP)


def _noun_run(text: str, position: int, time_spans: list[tuple[int, int]]) -> list[tuple[str, int, int]]:
    """The words after an amount up to a function word, punctuation, a verb of harm or a time."""
    run: list[tuple[str, int, int]] = []
    while len(run) < 6:
        m = _TOKEN.match(text, position)
        if m and m[1] == "and" and run and _token_kind(run[-1][0]) != "plural":
            # Coordinated modifiers share the noun: "70 regime and rebel fighters".
            following = _TOKEN.match(text, m.end())
            if following and not _is_stop(following[1]) and not _is_word_or_event(following[1]):
                m, run = following, []  # a modifier of only one side says nothing of the whole count
        # Case matters: "IS" (the group) is a name, "is" a verb.
        if not m or _is_stop(m[1]) or m[1].lower() in _EVENT_WORDS:
            break
        if _overlaps(m.start(1), m.end(1), time_spans):
            break
        run.append((m[1], m.start(1), m.end(1)))
        position = m.end()
    return run


def _head(run: list[tuple[str, int, int]]) -> int | None:
    """Index of the head noun of the phrase in `run`, skipping modifiers, names and model codes."""
    kinds = [_token_kind(word) for word, _, _ in run]
    compound: list[int] = []
    name_plural = last_name = last_modifier = None
    for i, kind in enumerate(kinds):
        next_is_noun = i + 1 < len(kinds) and kinds[i + 1] in ("noun", "plural")
        if kind == "plural" and not (run[i][0].lower() in _IRREGULAR_PLURALS and next_is_noun):
            return i  # "police officers" goes on to "officers"
        if kind in ("noun", "plural"):
            compound.append(i)
            continue
        if compound:
            break  # "fighter loyal to ...": the noun phrase is over
        if kind == "name_plural":
            name_plural = i
        elif kind == "name":
            last_name = i
        else:
            last_modifier = i
    if compound:
        return compound[-1]
    if name_plural is not None:
        return name_plural
    if last_name is not None and re.fullmatch(r"[A-Z][a-z]+", run[last_name][0]):
        return last_name  # "10 Taliban"
    if last_modifier is not None:
        word = run[last_modifier][0].lower()
        if word not in _ADJECTIVE_WORDS and not word.endswith(("ed", "-old")):
            return last_modifier  # "a civilian", "an official"; not "40 more"
    return None


@dataclass(frozen=True)
class _Counted:
    amount: _Amount
    head: str
    head_end: int
    modifiers: tuple[str, ...]


def _counted(text: str, amount: _Amount, time_spans: list[tuple[int, int]]) -> _Counted | None:
    """The amount with its head noun; None when the noun is a measure, a time or money."""
    run = _noun_run(text, amount.end, time_spans)
    index = _head(run)
    if index is None:
        return _Counted(amount, "", amount.end, ())
    word, _, end = run[index]
    if word.lower() in _NOT_COUNTED:
        return None
    return _Counted(amount, word, end, tuple(w.lower() for w, _, _ in run[:index]))


# --------------------------------------------------------------------------- quantities


@dataclass(frozen=True)
class QuantityMention:
    """A counted amount in text: `value` of `what` ("150 FSA fighters" -> 150, "fighters")."""

    value: float
    what: str
    text: str
    start: int
    end: int
    approximate: bool = False
    rule: str = ""  # digits | words | range | dozen | couple | vague


_GENERIC_SINGULAR = {"number", "total", "few", "lot", "handful", "couple", "group", "series", "host", "wave",
                     "string", "spate", "majority", "minority", "bit", "part", "half", "third", "quarter",
                     "member", "matter", "kind", "sort", "type", "piece", "result"}  # fmt: skip


def find_quantities(text: str) -> list[QuantityMention]:
    """Find "<amount> <noun>" counts in `text`, in order; amounts without a counted noun are left out."""
    time_spans = _time_spans(text)
    found = []
    for amount in _amounts(text, time_spans):
        counted = _counted(text, amount, time_spans)
        if counted is None or not counted.head or amount.value <= 0:
            continue
        if amount.single and counted.head.lower() in _GENERIC_SINGULAR:
            continue
        found.append(
            QuantityMention(
                value=amount.value,
                what=counted.head,
                text=text[amount.start : counted.head_end],
                start=amount.start,
                end=counted.head_end,
                approximate=amount.approximate,
                rule=amount.rule,
            )
        )
    return found


# --------------------------------------------------------------------------- casualties


@dataclass(frozen=True)
class CasualtyMention:
    """People reported killed, wounded, captured or missing, with the words that said so."""

    kind: str  # killed | wounded | captured | missing
    low: int | None
    best: int | None
    high: int | None
    who: str  # the counted noun: "civilians", "fighters", "people"; "" when not said
    civilian: bool  # the counted noun names civilians ("people" does not)
    text: str
    start: int
    end: int
    approximate: bool = False
    combatant: bool = False  # the counted noun names fighters, soldiers or police ("pro-regime forces")
    vague: bool = False  # read from a vague word by ACLED's rule: "dozens" = 12, "hundreds" = 100
    cumulative: bool = False  # a running total ("since 2011", "in the war", "so far"), not one event's toll
    additional: bool = False  # on top of a count already given: "another five", "21 others", "five more"
    verb_start: int = -1  # where the reporting verb or toll word starts; coordinated counts share it


_VERB_KINDS = {
    "shot and killed": "killed", "shot dead": "killed", "gunned down": "killed", "lost their lives": "killed",
    "burned to death": "killed", "burnt to death": "killed", "stabbed to death": "killed",
    "beaten to death": "killed", "crushed to death": "killed", "killed": "killed", "dead": "killed",
    "died": "killed", "perished": "killed", "slain": "killed", "executed": "killed", "beheaded": "killed",
    "murdered": "killed", "massacred": "killed", "slaughtered": "killed", "lynched": "killed",
    "wounded": "wounded", "injured": "wounded", "hurt": "wounded",
    "taken prisoner": "captured", "taken captive": "captured", "taken hostage": "captured",
    "held hostage": "captured", "held captive": "captured", "captured": "captured", "abducted": "captured",
    "kidnapped": "captured",
    "among the dead": "killed", "among those killed": "killed", "among the killed": "killed",
    "among the wounded": "wounded", "among the injured": "wounded", "among those wounded": "wounded",
    "among those injured": "wounded",
    "went missing": "missing", "gone missing": "missing", "unaccounted for": "missing", "missing": "missing",
    "disappeared": "missing",
}  # fmt: skip
# These can take an object ("two gunmen killed three soldiers"): without a passive auxiliary the count
# before them is the killer, not the victim, when an object follows.
_INTRANSITIVE = {
    "dead", "died", "perished", "lost their lives", "missing", "went missing", "gone missing",
    "unaccounted for", "disappeared", "taken prisoner", "taken captive", "taken hostage", "among the dead",
    "among those killed", "among the killed", "among the wounded", "among the injured", "among those wounded",
    "among those injured",
}  # fmt: skip
_VERB_RE = "|".join(r"\s+".join(k.split()) for k in sorted(_VERB_KINDS, key=len, reverse=True))
_PASSIVE_MARKERS = {"was", "were", "are", "is", "be", "been", "being", "got", "get", "gets", "left", "found",
                    "declared", "pronounced", "reported", "confirmed", "believed", "feared", "presumed",
                    "listed", "remain", "remains", "remained"}  # fmt: skip
_AUX_WORDS = sorted(
    _PASSIVE_MARKERS
    | _word_set(
        """
        have has had reportedly allegedly also all both later subsequently eventually now initially thought
        said known to already apparently either immediately instantly seriously critically badly severely
        lightly slightly mortally fatally as still may might could would will likely
        """
    ),
    key=len,
    reverse=True,
)  # fmt: skip
# A word of a prepositional phrase between the count and its verb ("12 people in the town were killed"):
# not a determiner or a word of harm, so "two of the wounded" does not read as "two ... wounded".
_PP_WORD = rf"(?!(?:the|a|an|{'|'.join(sorted(_EVENT_WORDS))})\b)[A-Za-z'’\-]+"
_RIGHT = re.compile(
    r"(?P<aside>\s*,\s*(?:including|among\s+them|mostly|mainly|most\s+of\s+them|many\s+of\s+them|all|both"
    r"|some\s+of\s+them)\b[^,;.]{0,80},|\s+(?:including|among\s+them)\s[^,;.]{0,60}?)?"
    r"(?P<pp>\s+(?:of|from|in|inside|near|at|on|belonging\s+to|loyal\s+to|affiliated\s+with|with)\s+"
    rf"(?:(?:the|a|an|their|his|her)\s+)?{_PP_WORD}(?:\s+{_PP_WORD}){{0,3}}?)?"
    rf"(?P<aux>(?:\s+(?:{'|'.join(_AUX_WORDS)}))*)"
    rf"\s+(?P<verb>{_VERB_RE})\b",
    re.IGNORECASE,
)
_OBJECT = re.compile(
    r"\s+(?:(?:a|an|the|this|that|these|those|his|her|their|its|our|him|them|us|me|several|many|some"
    r"|dozens|scores|hundreds|thousands|tens|both|each|every|at\s+least|more\s+than|nearly|almost|around"
    rf"|about|up\s+to|as\s+many\s+as|another|{'|'.join(_UNITS)}|{'|'.join(_TENS)})\b|\d)",
    re.IGNORECASE,
)
_PARTICIPLES = {"killed", "wounded", "injured", "hurt", "dead"}
# A headline's list of counts without "and": "20 people killed 30 others injured".
_HEADLINE_LIST = re.compile(
    r"\s+(?:\d[\d,]*|[A-Za-z]+)\s+(?:[A-Za-z]+\s+)?(?:(?:were|was|are|have\s+been)\s+)?"
    r"(?:injured|wounded|hurt|killed|dead)\b",
    re.IGNORECASE,
)
_MIXED_AFTER = re.compile(r"\s+(?:and|or|and/or)\s+(?:killed|wounded|injured|hurt|dead)\b", re.IGNORECASE)
_LEFT_VERBS = {
    "killed": "killed", "killing": "killed", "kills": "killed", "kill": "killed", "slew": "killed",
    "executed": "killed", "executing": "killed", "beheaded": "killed", "beheading": "killed",
    "murdered": "killed", "murdering": "killed", "massacred": "killed", "massacring": "killed",
    "slaughtered": "killed", "slaughtering": "killed", "shot dead": "killed", "shooting dead": "killed",
    "gunned down": "killed", "gunning down": "killed", "shot and killed": "killed",
    "claimed the lives of": "killed", "claiming the lives of": "killed",
    "wounded": "wounded", "wounding": "wounded", "injured": "wounded", "injuring": "wounded",
    "hurt": "wounded", "hurting": "wounded",
    "captured": "captured", "capturing": "captured", "abducted": "captured", "abducting": "captured",
    "kidnapped": "captured", "kidnapping": "captured",
    "took": "took", "taking": "took", "takes": "took", "take": "took",
}  # fmt: skip
_LEFT_VERB_RE = "|".join(r"\s+".join(k.split()) for k in sorted(_LEFT_VERBS, key=len, reverse=True))
_LEFT = re.compile(
    rf"(?<![\w-])(?P<verb>{_LEFT_VERB_RE})(?:\s+(?:also|reportedly|allegedly))?"
    r"(?:\s+(?:all(?:\s+the)?|the|both))?\s+$"
    r"|(?<![\w-])(?P<nominal>massacre|killings?|deaths|murders?|executions?|slaughter|slaying|lives|bodies)"
    r"\s+of\s+(?:the\s+)?$"
    r"|(?<![\w-])(?P<abduction>abductions?|kidnappings?|capture)\s+of\s+(?:the\s+)?$"
    r"|\b(?P<toll>(?:(?:death|casualty|fatality)\s+toll|number\s+of\s+(?:dead|deaths|fatalities"
    r"|(?:people|those)\s+killed))\b[^.;:!?]{0,60}?\b(?:to|at|of|reached|reaches|hit|hits|is|was|stood"
    r"|stands|now|climbed|climbs|rose|rises|risen|jumped|jumps|passed|passes|exceeded|exceeds|topped|tops)"
    r"|toll\s+(?:has\s+|had\s+|now\s+)?"
    r"(?:rose|rises|risen|climbed|climbs|jumped|jumps|increased|reached|reaches|hit|hits|stands\s+at"
    r"|stood\s+at)(?:\s+to)?)\s+$",
    re.IGNORECASE,
)
_MIXED_BEFORE = re.compile(
    r"\b(?:killed|killing|wounded|wounding|injured|injuring)\s+(?:and|or|and/or)\s+\w+\s+$", re.IGNORECASE
)
_SUBSET_BEFORE = re.compile(
    r"\b(?:including|included|among\s+them|among\s+whom|of\s+whom|of\s+which|mostly|mainly|no)\s+$",
    re.IGNORECASE,
)
_SUBSET_AFTER = re.compile(r"\s+of\s+(?:them|whom|those|which)\b", re.IGNORECASE)
_PRISONER = re.compile(r"\s+(?:as\s+)?(?:prisoners?|captives?|hostages?)\b", re.IGNORECASE)
_COORDINATION = re.compile(
    r"(?:(?:\s*,)?\s+(?:and|as\s+well\s+as|plus)|\s*,)\s+(?:(?:his|her|their|its)\s+)?$", re.IGNORECASE
)
_DEATH_NOUNS = {"deaths": "killed", "fatalities": "killed", "dead": "killed", "bodies": "killed",
                "injuries": "wounded"}  # fmt: skip
_CIVILIAN_NOUNS = _word_set(
    """
    civilian civilians child children kid kids woman women girl girls boy boys baby babies infant infants
    student students schoolchildren schoolgirls schoolboys pupil pupils worshipper worshippers worshiper
    worshipers villager villagers resident residents farmer farmers shepherd shepherds herder herders
    journalist journalists reporter reporters doctor doctors nurse nurses teacher teachers passenger
    passengers pilgrim pilgrims refugee refugees migrant migrants protester protesters protestor protestors
    demonstrator demonstrators shopper shoppers fisherman fishermen pedestrian pedestrians bystander
    bystanders mourner mourners patient patients noncombatants relatives medic medics paramedic paramedics
    rescuer rescuers volunteer volunteers activist activists evacuee evacuees worker workers employee
    employees driver drivers toddler toddlers teenager teenagers
    """
)
_CIVILIAN_MODIFIERS = {"civilian", "civil", "aid", "humanitarian", "innocent", "unarmed", "medical", "rescue"}
# Nouns for members of armed organisations: ACLED and the FA-KES labels count their deaths apart from civilians.
_COMBATANT_NOUNS = _word_set(
    """
    fighter fighters soldier soldiers troop troops militant militants rebel rebels jihadist jihadists
    insurgent insurgents gunman gunmen militiaman militiamen militia militias policeman policemen police
    officer officers personnel loyalist loyalists commander commanders extremist extremists terrorist
    terrorists guard guards serviceman servicemen combatant combatants recruit recruits mercenary mercenaries
    conscript conscripts forces pilot pilots airman airmen marines sniper snipers bomber bombers attacker
    attackers assailant assailants jihadis
    """
)
_ADDITIONAL_BEFORE = re.compile(r"\b(?:another|a\s+further|further|an\s+additional)\s+$", re.IGNORECASE)
_ADDITIONAL_START = re.compile(r"(?:another|a\s+further|further|an\s+additional)\b", re.IGNORECASE)
_ADDITIONAL_AFTER = re.compile(r"\s+(?:more|others|other\s+people)\b", re.IGNORECASE)
# A running total: the war's toll, a count since a date, so far, to date. "The deadliest since 2011" and
# "the worst in the war" compare one event with the others and are no running total.
_RUNNING_TOTAL = re.compile(
    r"\bsince\b(?!\s+(?:then|dawn|midnight|(?:early|late|last|this)\b|(?:yesterday|today|morning|monday|tuesday"
    r"|wednesday|thursday|friday|saturday|sunday)\b))|\bso\s+far\b|\bto\s+date\b|\bin\s+total\b|\bthroughout\s+the\b"
    r"|\b(?:over|in|during)\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:years|months)\b"
    r"|\b(?:in|of|during)\s+(?:the\s+|syria['’]?s\s+|the\s+country['’]?s\s+|its\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:war|conflict|uprising|revolution)(?![\w-])"
    r"|\b(?:war|conflict|uprising|revolution)\s+(?:has|have|had|that\s+has|which\s+has)\b",
    re.IGNORECASE,
)
_SUPERLATIVE_BEFORE = re.compile(
    r"\b(?:deadliest|bloodiest|worst|biggest|largest|heaviest|highest|fiercest|costliest|most\s+\w+|first"
    r"|single|only)\b[^.;,]{0,30}$",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[.;!?]|\s(?:but|while|whereas)\s")


@dataclass
class _Reading:
    """What the words around one counted amount say happened to the counted people."""

    counted: _Counted
    kind: str | None = None
    source: str = ""  # left | right | inherited-left | inherited-right
    start: int = 0
    end: int = 0
    skip: bool = False
    verb_at: int = -1  # start of the verb or toll word that reported the count; coordinated counts share it


def _read_left(text: str, reading: _Reading) -> None:
    amount = reading.counted.amount
    before = text[max(0, amount.start - 120) : amount.start]
    offset = amount.start - len(before)
    if _SUBSET_BEFORE.search(before) or _MIXED_BEFORE.search(before):
        reading.skip = True
        return
    m = _LEFT.search(before)
    if m is None:
        return
    if m["verb"]:
        kind = _LEFT_VERBS[" ".join(m["verb"].lower().split())]
        if kind == "took":
            # "took five soldiers prisoner": only with the word that says they are held.
            held = _PRISONER.match(text, reading.counted.head_end)
            if held is None:
                return
            kind, reading.end = "captured", held.end()
        reading.kind, reading.start = kind, offset + m.start("verb")
    elif m["nominal"] or m["toll"]:
        group = "nominal" if m["nominal"] else "toll"
        reading.kind, reading.start = "killed", offset + m.start(group)
    else:
        reading.kind, reading.start = "captured", offset + m.start("abduction")
    reading.source = "left"
    reading.verb_at = reading.start
    reading.end = max(reading.end, reading.counted.head_end)


def _read_right(text: str, reading: _Reading) -> None:
    counted = reading.counted
    if _SUBSET_AFTER.match(text, counted.amount.end):
        reading.skip = True
        return
    m = _RIGHT.match(text, counted.head_end)
    if m is None:
        return
    verb = " ".join(m["verb"].lower().split())
    if _MIXED_AFTER.match(text, m.end()):
        reading.skip = True
        return
    passive = any(word.lower() in _PASSIVE_MARKERS for word in m["aux"].split())
    listed = _HEADLINE_LIST.match(text, m.end()) is not None
    if not passive and not listed and verb not in _INTRANSITIVE and _object_follows(text, m.end()):
        return  # "two gunmen killed three soldiers": the count is the killers
    if counted.amount.rule == "article" and not passive and verb not in _INTRANSITIVE:
        return  # "a bomb killed": "a" counts one person only in a passive clause
    reading.kind, reading.source = _VERB_KINDS[verb], "right"
    reading.start, reading.end, reading.verb_at = counted.amount.start, m.end(), m.start("verb")


def _own_verb_follows(text: str, counted: _Counted) -> bool:
    """Whether a passive or participle verb of harm comes right after the counted noun."""
    m = _RIGHT.match(text, counted.head_end)
    if m is None or m["aside"] or m["pp"]:
        return False
    aux = m["aux"].split()
    if aux:
        return all(word.lower() in _PASSIVE_MARKERS for word in aux)
    return m["verb"].lower() in _PARTICIPLES


def _object_follows(text: str, position: int) -> bool:
    if _OBJECT.match(text, position):
        return True
    m = _TOKEN.match(text, position)
    return m is not None and _token_kind(m[1]) == "plural"


def _inherit(text: str, readings: list[_Reading]) -> None:
    """Coordinated counts share the verb: "killed two women and three children", "two women and ... died"."""
    for before, after in pairwise(readings):
        gap = text[before.counted.head_end : after.counted.amount.start]
        if after.kind is None and before.source.endswith("left") and _coordinated(gap, after):
            after.kind, after.source, after.verb_at = before.kind, "inherited-left", before.verb_at
            after.start, after.end = after.counted.amount.start, after.counted.head_end
    for before, after in reversed(list(pairwise(readings))):
        gap = text[before.counted.head_end : after.counted.amount.start]
        if before.kind is None and after.source.endswith("right") and _coordinated(gap, before):
            before.kind, before.source, before.verb_at = after.kind, "inherited-right", after.verb_at
            before.start, before.end = before.counted.amount.start, before.counted.head_end


def _coordinated(gap: str, other: _Reading) -> bool:
    """Whether `gap` joins two counts; a comma alone does not join "a"/"an" ("hits 52, a monitor said")."""
    if not _COORDINATION.fullmatch(gap):
        return False
    return other.counted.amount.rule != "article" or re.search(r"\b(?:and|as\s+well\s+as|plus)\b", gap) is not None


def _readings(text: str) -> list[_Reading]:
    time_spans = _time_spans(text)
    readings: list[_Reading] = []
    covered_until = -1
    for amount in _amounts(text, time_spans, articles=True):
        counted = _counted(text, amount, time_spans)
        if counted is None or amount.start < covered_until:
            continue  # a measure, or a number inside an earlier clause ("12 people in three villages")
        if amount.rule == "article" and (
            not counted.head
            or _token_kind(counted.head) not in ("noun", "modifier")
            or counted.head.lower() in _GENERIC_SINGULAR
        ):
            continue
        reading = _Reading(counted)
        if counted.head.lower() in _DEATH_NOUNS:
            reading.kind, reading.source = _DEATH_NOUNS[counted.head.lower()], "right"
            reading.start, reading.end, reading.verb_at = amount.start, counted.head_end, amount.start
        else:
            _read_left(text, reading)
            if reading.source == "left" and _own_verb_follows(text, counted):
                # "14 were killed 25 were wounded", "20 killed 30 others injured": the count has its own verb.
                own = _Reading(counted)
                _read_right(text, own)
                reading = own if own.kind is not None else reading
            if reading.kind is None and not reading.skip:
                _read_right(text, reading)
        if reading.source == "right":
            covered_until = reading.end
        readings.append(reading)
    _inherit(text, readings)
    return readings


def _as_int(value: float | None) -> int | None:
    return None if value is None else int(value)


def find_casualties(text: str) -> list[CasualtyMention]:
    """Find counts of people killed, wounded, captured or missing in `text`, in order.

    "killed 12 civilians", "12 civilians were killed", "the death toll rose to 45", "dozens killed",
    "a child was killed". A verb without a count ("civilians were killed") gives nothing.
    """
    found = []
    for reading in _readings(text):
        if reading.kind is None or reading.skip:
            continue
        counted, amount = reading.counted, reading.counted.amount
        who = "" if counted.head.lower() in _DEATH_NOUNS else counted.head
        modifiers = set(counted.modifiers)
        civilian = who.lower() in _CIVILIAN_NOUNS or bool(_CIVILIAN_MODIFIERS & modifiers)
        found.append(
            CasualtyMention(
                kind=reading.kind,
                low=_as_int(amount.low),
                best=_as_int(amount.best),
                high=_as_int(amount.high),
                who=who,
                civilian=civilian and bool(who),
                text=text[reading.start : reading.end],
                start=reading.start,
                end=reading.end,
                approximate=amount.approximate,
                combatant=who.lower() in _COMBATANT_NOUNS and not civilian,
                vague=amount.rule in ("vague", "couple"),
                cumulative=_is_running_total(text, reading.start, reading.end),
                additional=_is_additional(text, amount, who),
                verb_start=reading.verb_at,
            )
        )
    return found


def _is_additional(text: str, amount: _Amount, who: str) -> bool:
    """ "another five", "a further 12", "five more", "21 others": on top of a count already given."""
    return (
        bool(_ADDITIONAL_BEFORE.search(text, 0, amount.start))
        or bool(_ADDITIONAL_START.match(text, amount.start))
        or bool(_ADDITIONAL_AFTER.match(text, amount.end))
        or who.lower() == "others"
    )


def _is_running_total(text: str, start: int, end: int) -> bool:
    """Whether the clause around text[start:end] gives a running total rather than one event's toll."""
    before = text[max(0, start - 160) : start]
    ends = list(_CLAUSE_END.finditer(before))
    clause_start = start - len(before) + (ends[-1].end() if ends else 0)
    after = _CLAUSE_END.search(text, end)
    clause_end = min(after.start() if after else len(text), end + 160)
    for cue in _RUNNING_TOTAL.finditer(text, clause_start, clause_end):
        if not _SUPERLATIVE_BEFORE.search(text, clause_start, cue.start()):
            return True
    return False


def fatalities_in(text: str) -> Fatalities | None:
    """The deaths one sentence reports for its event, with civilians, combatants and wounded; None if none.

    Counts add up ("three farmers and a soldier were killed", "10 militants were killed and 4 soldiers
    died"), but a count that repeats an earlier one is the same toll told twice (a headline run into its
    lead: "kills 18 ... killed 18"), and a vague word ("dozens") counts only when no number is stated.
    Running totals ("230,000 killed since 2011") are not the event's deaths.
    """
    mentions = [m for m in find_casualties(text) if not m.cumulative]
    killed = _toll([m for m in mentions if m.kind == "killed"])
    if not killed:
        return None
    wounded = _toll([m for m in mentions if m.kind == "wounded"])
    return Fatalities(
        low=_total([m.low for m in killed]),
        best=_total([m.best for m in killed]),
        high=_total([m.high for m in killed]),
        civilians=_total([m.best for m in killed if m.civilian], empty=None),
        combatants=_total([m.best for m in killed if m.combatant], empty=None),
        wounded=_total([m.best for m in wounded], empty=None) if wounded else None,
        vague=any(m.vague for m in killed),
    )


def _toll(mentions: list[CasualtyMention]) -> list[CasualtyMention]:
    """The mentions that make up one toll: each verb group once, stated numbers before vague words.

    A group whose total repeats an earlier group's is the same toll told twice and is left out, unless
    it says it comes on top ("another five").
    """
    groups: dict[int, list[CasualtyMention]] = {}
    for mention in mentions:
        groups.setdefault(mention.verb_start, []).append(mention)
    ordered = list(groups.values())
    stated = [group for group in ordered if not any(m.vague for m in group)]
    kept: list[CasualtyMention] = []
    seen: set[int | None] = set()
    for group in stated or ordered[:1]:
        total = _total([m.best for m in group])
        if total in seen and not all(m.additional for m in group):
            continue
        seen.add(total)
        kept += group
    return kept


def _total(values: list[int | None], empty: int | None = 0) -> int | None:
    """Sum of counts; None when any part is unknown, `empty` when there are none."""
    if not values:
        return empty
    return None if any(v is None for v in values) else sum(v for v in values if v is not None)


def casualty_totals(
    mentions: Iterable[CasualtyMention], kind: str = "killed"
) -> tuple[int | None, int | None, int | None]:
    """Add up the mentions of one kind as (low, best, high); a sum is None when any part is unknown.

    Use it for the coordinated counts of one clause ("two women and three children were killed");
    counts from different sentences may repeat each other and should not simply be added.
    """
    chosen = [m for m in mentions if m.kind == kind]
    if not chosen:
        return None, None, None

    def total(values: list[int | None]) -> int | None:
        return None if any(v is None for v in values) else sum(v for v in values if v is not None)

    return total([m.low for m in chosen]), total([m.best for m in chosen]), total([m.high for m in chosen])
