"""The clean stage: normalise characters and whitespace and drop web boilerplate and repeated lines.

`clean_text` is pure, deterministic and idempotent: cleaning a cleaned text changes nothing. It keeps
the title line and the first date line, removes lines such as "3 min read", "Share this article",
"Follow us on Twitter" or "Advertisement", and drops a paragraph that repeats an earlier one or that
is only a copy of a sentence standing in another paragraph (a pull quote).
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any, ClassVar

from sigacts.pipeline.base import Document

# Characters that only carry layout: the invisible ones go, the odd spaces become plain spaces.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e"), None)
_SPACES = dict.fromkeys(map(ord, "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
                                 "\u2009\u200a\u202f\u205f\u3000\t\v\f"), " ")  # fmt: skip
_LINE_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\x85]")
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_SPACE_RUN = re.compile(r" {2,}")

_READ_TIME_TAIL = re.compile(r"(?i)(?:(?<=[.!?\"'”’)\]])|\s+)\d{1,3} ?min(?:ute)?s? read\s*$")
_SOCIAL = r"(?:facebook|twitter|x|instagram|whatsapp|telegram|linkedin|youtube|tiktok|reddit|email|e-mail)"
BOILERPLATE_LINES: tuple[re.Pattern[str], ...] = tuple(
    re.compile(rf"(?i)^(?:{pattern})$")
    for pattern in (
        r"\d{1,3} ?min(?:ute)?s? read",
        r"share (?:this|the) (?:article|story|page|post)(?: on \w+)?:?",
        rf"share(?: on| via| to)? {_SOCIAL}",
        rf"(?:(?:share|tweet|print|copy link|comments?|save|{_SOCIAL})[\s|,/·•]*){{2,}}",
        rf"follow us on {_SOCIAL}.*",
        rf"(?:for more from .{{1,80}}, )?(?:like|follow) us on {_SOCIAL}.*",
        r"for more from .{1,80}, (?:like|follow) us.*",
        r"opinions expressed in this article (?:remain|are) (?:those|the views?) of .*",
        r"the views expressed in this article .*",
        r"this article (?:is|was) (?:an edited|a) translation (?:from|of) .*",
        r"photo(?:graph)? courtesy (?:of )?.*",
        r"click here\b.*",
        r"subscribe\b.{0,150}",
        r"sign up (?:for|to) .{0,150}",
        r"read more\b.{0,200}",
        r"(?:read|see) also:.{0,200}",
        r"related(?: articles| stories| coverage)?:.{0,200}",
        r"advertisements?|sponsored(?: content)?|scroll to continue(?: reading)?",
        r"(?:copyright|©).{0,120}all rights reserved\.?",
    )
)
MAX_BOILERPLATE_CHARS = 300  # a longer line is a paragraph, whatever words it starts with
MIN_PULL_QUOTE_WORDS = 6  # a shorter line found inside a paragraph is probably a heading, keep it
MAX_PULL_QUOTE_LINES = 1000
_HAS_WORD = re.compile(r"\w")


# Protest words typed without their space ("held a proteston Saturday", "demonstrationin Patna", "inprotest",
# "hungerstrike", "pro-test") or with the no-break space read as "Ê" (Mac Roman) between two words: a closed
# set of words, so that a trigger the parser would not know comes back whole.
_GLUED = (
    (re.compile(r"(?i)\b(protest|demonstration|rally|procession|dharna|strike)(on|in|at|against|over)\b"), r"\1 \2"),
    (re.compile(r"(?i)\b(in)(protest)\b"), r"\1 \2"),
    (re.compile(r"(?i)\b(protest)(demonstration|rally|march|meeting)s?\b"), r"\1 \2"),
    (re.compile(r"(?i)\b(hunger)(strikes?)\b"), r"\1 \2"),
    (re.compile(r"(?i)\b(pro)-(test(?:s|ed|ing|ers?)?)\b"), r"\1\2"),
    (re.compile(r"(?<=[a-z])\u00ca(?=[A-Za-z])"), " "),
)


# An editor's insertion in square brackets ("on Thursday [19 August]", "the Front [Morcha]"): the small parser
# reads "[19 August" as a noun phrase and takes it for the verb's subject; in round brackets it reads it as an
# aside, as it is.
_SQUARE_ASIDE = re.compile(r"\[([^\[\]()\n]{1,60})\]")


def round_brackets(text: str) -> str:
    """Square brackets around a short aside become round ones: "on Monday [3 May] the" -> "on Monday (3 May) the"."""
    return _SQUARE_ASIDE.sub(r"(\1)", text)


def mend_glued_words(text: str) -> str:
    """Put back the space lost between a protest word and its neighbour ("proteston" -> "protest on")."""
    for pattern, repl in _GLUED:
        text = pattern.sub(repl, text)
    return text


def normalise_characters(text: str) -> str:
    """Unify line breaks, drop invisible and control characters, make every space a plain space, NFC."""
    text = _LINE_BREAKS.sub("\n", text).translate(_INVISIBLE).translate(_SPACES)
    return unicodedata.normalize("NFC", _CONTROLS.sub("", text))


def strip_read_time(line: str) -> str:
    """Remove a "3 min read" glued to the end of a line ("...staff.3 min read")."""
    while True:
        shorter = _READ_TIME_TAIL.sub("", line).rstrip()
        if shorter == line:
            return line
        line = shorter


def is_boilerplate(line: str) -> bool:
    """True for a line that is web furniture rather than article text."""
    return len(line) <= MAX_BOILERPLATE_CHARS and any(p.match(line) for p in BOILERPLATE_LINES)


def _tidy_lines(text: str) -> list[str]:
    lines = []
    for raw in text.split("\n"):
        line = strip_read_time(_SPACE_RUN.sub(" ", raw).strip())
        lines.append("" if is_boilerplate(line) else line)
    return lines


def _contained_elsewhere(line: str, index: int, lines: list[str]) -> bool:
    # A pull quote: a sentence already printed within another, longer paragraph.
    if len(line.split()) < MIN_PULL_QUOTE_WORDS:
        return False
    return any(j != index and len(other) > len(line) and line in other for j, other in enumerate(lines))


def _first_line(lines: list[str]) -> int:
    return next((i for i, line in enumerate(lines) if line), -1)


def drop_repeated_lines(lines: list[str]) -> list[str]:
    """Blank every line that repeats an earlier one verbatim; the first occurrence stays."""
    seen: set[str] = set()
    kept: list[str] = []
    for line in lines:
        repeated = line in seen and _HAS_WORD.search(line) is not None
        kept.append("" if repeated else line)
        seen.add(line)
    return kept


def drop_pull_quotes(lines: list[str]) -> list[str]:
    """Blank every line of six or more words that is part of another, longer paragraph.

    The first non-empty line (the title) is always kept. Texts of more than MAX_PULL_QUOTE_LINES
    lines are left alone: the comparison is quadratic and such texts are not single articles.
    """
    if sum(1 for line in lines if line) > MAX_PULL_QUOTE_LINES:
        return lines
    first = _first_line(lines)
    return [
        "" if i != first and line and _contained_elsewhere(line, i, lines) else line
        for i, line in enumerate(lines)
    ]


def drop_repeats(lines: list[str]) -> list[str]:
    """Blank repeated lines (keeping the first) and pull quotes (keeping the title line)."""
    return drop_pull_quotes(drop_repeated_lines(lines))


def _join(lines: list[str]) -> str:
    # At most one blank line between paragraphs; none at the start or end.
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")


def clean_text(text: str) -> str:
    """The cleaned article text: normalised characters and spaces, no boilerplate, no repeats."""
    return _join(drop_repeats(_tidy_lines(round_brackets(mend_glued_words(normalise_characters(text))))))


class Clean:
    """Pipeline stage that provides the cleaned `text` layer from the article text."""

    name: ClassVar[str] = "clean"
    version: ClassVar[str] = "1"
    requires: ClassVar[tuple[str, ...]] = ("article",)
    provides: ClassVar[tuple[str, ...]] = ("text",)

    def __call__(self, doc: Document) -> dict[str, Any]:
        """The `text` layer: `clean_text` of the article text."""
        return {"text": clean_text(doc.article.text)}
