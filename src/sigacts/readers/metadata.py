"""Find an article's title, publication date and outlet in its own text.

Each `find_*` function returns what it found together with the character span and the rule that found
it, so a user can ask why a value is there; the `detect_*` functions return just the value.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date

from sigacts.readers.dates import DateMatch, find_dates
from sigacts.readers.language import detect_language
from sigacts.resources.outlets import OutletIndex, load_outlets

__all__ = [
    "OutletMatch",
    "detect_language",
    "detect_outlet",
    "detect_published",
    "detect_title",
    "find_outlet",
    "find_published",
]

TOP_LINES = 8  # title and date lines sit above the body, within the first few lines
MAX_TITLE_CHARS = 200
MAX_TITLE_WORDS = 30
MAX_DATE_LINE_CHARS = 120
_SENTENCE_END = (".", "!", "?", '"', "”")
_DATELINE_PREFIX = re.compile(
    r"^(?:[A-Z][A-Za-z .'’-]{0,40},\s*|(?i:published|posted|updated|last updated)(?i: on)?:?\s*)?$"
)
_BYLINE = re.compile(r"(?i)^(?:by|written by|reporting by|from)\s+\S")
_READ_TIME = re.compile(r"(?i)^\d{1,3}\s*min(?:ute)?s?\s+read$")
_URL = re.compile(r"(?i)^(?:https?://|www\.)\S+$")
_DATE_WORDS = re.compile(
    r"(?i)^(?:published|posted|updated|last updated|last update|date|on)\b[\s:,-]*"
    r"|\b(?:at\s+)?\d{1,2}[:.]\d\d\b.*$"
)


@dataclass(frozen=True)
class Line:
    """A non-empty line of the text with its start offset."""

    text: str
    start: int


def top_lines(text: str, limit: int = TOP_LINES) -> list[Line]:
    """The first `limit` non-empty lines, stripped, with their start offsets in `text`."""
    lines: list[Line] = []
    for match in re.finditer(r"[^\n]+", text):
        stripped = match.group(0).strip()
        if stripped:
            lines.append(Line(stripped, match.start() + match.group(0).index(stripped)))
            if len(lines) == limit:
                break
    return lines


def is_date_line(line: str) -> bool:
    """True when a line is only a date, perhaps with "Published", a weekday or a clock time."""
    match = next(find_dates(line), None)
    if match is None:
        return False
    rest = (line[: match.start] + " " + line[match.end :]).strip()
    rest = _DATE_WORDS.sub("", rest).strip(" ,.-–—|:()")
    return len(rest.split()) <= 2


def _is_title_candidate(line: str) -> bool:
    words = line.split()
    return (
        len(line) <= MAX_TITLE_CHARS
        and 2 <= len(words) <= MAX_TITLE_WORDS
        and not line.endswith((".", ":", ",", ";"))
        and any(c.isalpha() for c in line)
    )


def _is_top_matter(line: str) -> bool:
    # Lines that may stand above the title without being it: bylines, dates, reading times, URLs,
    # and the outlet's own name.
    if _BYLINE.match(line) or _READ_TIME.match(line) or _URL.match(line):
        return True
    return is_date_line(line) or load_outlets().canonical(line) is not None


def detect_title(text: str) -> str | None:
    """The title: the first short line (no final period) above the body, or None.

    Bylines, date lines, "3 min read" and URLs above the title are stepped over; a text of one line
    has no title (that line is the body), and the search stops at the first paragraph-like line.
    """
    lines = top_lines(text)
    if len(lines) < 2:
        return None
    for line in lines[:-1]:
        if _is_top_matter(line.text):
            continue
        return line.text if _is_title_candidate(line.text) else None
    return None


def _line_date(line: Line, match: DateMatch) -> DateMatch:
    return DateMatch(
        match.value, line.start + match.start, line.start + match.end, match.expression, match.rule
    )


def _date_candidates(lines: list[Line]) -> Iterator[DateMatch]:
    # Strongest first: a line that is only a date, then a short line that is no sentence (a byline
    # with its date), then a dateline opening a paragraph.
    for line in lines:
        if is_date_line(line.text):
            yield _line_date(line, next(find_dates(line.text)))
    for line in lines:
        if len(line.text) <= MAX_DATE_LINE_CHARS and not line.text.endswith(_SENTENCE_END):
            for match in find_dates(line.text):
                yield _line_date(line, match)
    for line in lines:
        for match in find_dates(line.text):
            if _DATELINE_PREFIX.match(line.text[: match.start]):
                yield _line_date(line, match)


def find_published(text: str) -> DateMatch | None:
    """The publication date written near the top of the text, with its span.

    A date counts when it is on a line of its own ("Tuesday 17 March 2015", "Published: ..."), on a
    short line such as a byline, or opens a paragraph as a dateline ("BEIRUT, March 17, 2015 (AP) -").
    A date inside the body ("On 17 March 2011, protests began") is an event date, not this one.
    """
    return next(_date_candidates(top_lines(text)), None)


def detect_published(text: str) -> date | None:
    """The publication date written near the top of the text, or None."""
    found = find_published(text)
    return found.value if found else None


@dataclass(frozen=True)
class OutletMatch:
    """An outlet named in the text: canonical (or, for self-naming phrases, verbatim) name and span."""

    name: str
    start: int
    end: int
    rule: str


_FOR_MORE_FROM = re.compile(r"(?i)\bfor more from\s+(?P<name>[^,\n]{2,60}?)\s*,\s*(?:like|follow)\b")
_EDITORIAL_BOARD = re.compile(
    r"(?i)\bthose of\s+(?P<name>(?:(?!those of)[^,\n]){2,60}?)\s*,?\s+(?:or\s+)?its\s+"
    r"(?:editorial\s+board|editors|staff)"
)
_EDITORIAL_POLICY = re.compile(r"(?i)\bthe editorial policy of\s+(?P<name>[^,\n]{2,60}?)\s*(?:[.,;]|$)", re.MULTILINE)
_COPYRIGHT = re.compile(
    r"(?:©|\([cC]\)|\b[Cc]opyright\b)\s*(?:©\s*)?(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\s*,?\s*)?"
    r"(?P<name>[A-Z][^\n.,;|©]{1,60})"
)
_ALL_RIGHTS = re.compile(r"(?i)\s*(?:\b(?:all rights reserved|ltd|limited|inc|llc)\b|(?:19|20)\d\d\b).*$")
_CREDIT_LINE = re.compile(r"(?i)\b(?:photo|image|picture|getty|credit|file|video)")
_DATELINE = re.compile(r"\((?P<name>[^()\n]{2,40})\)\s*[-–—]")
_NAME_GOES_ON = re.compile(r"[ \t]+(?!(?:On|In|By|Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)(?:day)?\b)[A-Z][a-z]")
_TOLD = re.compile(r"\b(?:told|telling|tells)\s+")
_REPORTING_CREDIT = re.compile(r"\((?:Additional\s+)?[Rr]eporting by [^)\n]{3,200}[;)]")
_OUTLET_LINE_LIMIT = 3  # an outlet name on a line of its own, among the first few lines


def _known(outlets: OutletIndex, name: str) -> str | None:
    return outlets.canonical(name.strip().rstrip(".").strip())


def _self_named(outlets: OutletIndex, name: str) -> str | None:
    # "For more from X" and "those of X, its editorial board" name the publisher itself, so an unknown
    # X is kept verbatim; a known one is given its canonical name.
    cleaned = re.sub(r"^(?:the\s+)", "", name.strip(), flags=re.IGNORECASE).strip(" .")
    if not cleaned or len(cleaned.split()) > 6 or cleaned.casefold() in {"the author", "author", "us"}:
        return None
    return outlets.canonical(cleaned) or name.strip(" .")


def _by_dateline(text: str, outlets: OutletIndex) -> Iterator[OutletMatch]:
    for match in _DATELINE.finditer(text, 0, 2000):
        name = _known(outlets, match.group("name"))
        if name:
            yield OutletMatch(name, match.start("name"), match.end("name"), "dateline")


def _by_outlet_line(text: str, outlets: OutletIndex) -> Iterator[OutletMatch]:
    for line in top_lines(text, _OUTLET_LINE_LIMIT):
        name = _known(outlets, line.text)
        if name:
            yield OutletMatch(name, line.start, line.start + len(line.text), "outlet-line")


def _by_self_naming(text: str, outlets: OutletIndex) -> Iterator[OutletMatch]:
    rules = (
        ("for-more-from", _FOR_MORE_FROM),
        ("editorial-board", _EDITORIAL_BOARD),
        ("editorial-policy", _EDITORIAL_POLICY),
    )
    for rule, pattern in rules:
        for match in pattern.finditer(text):
            name = _self_named(outlets, match.group("name"))
            if name:
                yield OutletMatch(name, match.start("name"), match.end("name"), rule)


def _by_copyright(text: str, outlets: OutletIndex) -> Iterator[OutletMatch]:
    for match in _COPYRIGHT.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        line_end = text.find("\n", match.end())
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        if _CREDIT_LINE.search(line):
            continue  # "Photo: (c) AFP" credits a picture, not the article
        raw = _ALL_RIGHTS.sub("", match.group("name")).strip()
        name = _known(outlets, raw)
        # An unknown name counts only on a copyright line of its own, not in prose about copyright law.
        if name is None and match.start() == line_start + len(line) - len(line.lstrip()):
            name = _self_named(outlets, raw)
        if name:
            yield OutletMatch(name, match.start("name"), match.start("name") + len(raw), "copyright")


def _by_told(text: str, outlets: OutletIndex) -> Iterator[OutletMatch]:
    for match in _TOLD.finditer(text):
        found = outlets.match_prefix(text[match.end() : match.end() + 80])
        if found is None:
            continue
        outlet, length = found
        # "told the Independent Electoral Commission": the outlet name is only the start of a longer one
        if _NAME_GOES_ON.match(text, match.end() + length):
            continue
        yield OutletMatch(outlet.name, match.end(), match.end() + length, "told")


def _by_reporting_credit(text: str, outlets: OutletIndex) -> Iterator[OutletMatch]:
    # "(Reporting by ...; Editing by ...)" closes every Reuters story and almost nobody else's.
    for match in _REPORTING_CREDIT.finditer(text):
        name = outlets.canonical("Reuters")
        if name:
            yield OutletMatch(name, match.start(), match.end(), "reporting-credit")


OUTLET_RULES: tuple[Callable[[str, OutletIndex], Iterator[OutletMatch]], ...] = (
    _by_dateline,
    _by_self_naming,
    _by_outlet_line,
    _by_copyright,
    _by_reporting_credit,
    _by_told,
)


def find_outlet(text: str, outlets: OutletIndex | None = None) -> OutletMatch | None:
    """The outlet that published the text, as named by the text itself, with span and rule.

    Rules, strongest first: a wire dateline "(Reuters) -", the publisher naming itself ("For more from
    X, like us on Facebook", "those of X, its editorial board"), a known outlet on a line of its own at
    the top, a copyright line, a Reuters reporting credit, and "told X" when X is a known outlet.
    """
    index = outlets if outlets is not None else load_outlets()
    for rule in OUTLET_RULES:
        found = next(rule(text, index), None)
        if found:
            return found
    return None


def detect_outlet(text: str, outlets: OutletIndex | None = None) -> str | None:
    """The outlet that published the text, as named by the text itself, or None."""
    found = find_outlet(text, outlets)
    return found.name if found else None
