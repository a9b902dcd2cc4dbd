"""What every evaluation shares: gold items, the report, the choice of main event and actor name matching."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sigacts.errors import InputError
from sigacts.records import Actor, Event
from sigacts.resources.actors import ActorBase

Metrics = dict[str, float | int | None]


@dataclass(frozen=True)
class GoldItem:
    """One gold record: the text sigacts reads, its publication date and the labels it is scored on, and
    the outlet that published the text when the gold file says (read as the article's outlet would be)."""

    item_id: str
    text: str
    published: date | None
    gold: Mapping[str, Any]
    outlet: str | None = None


@dataclass
class EvalReport:
    """Metrics of one evaluation run, with the misses kept for study."""

    kind: str
    path: str
    metrics: Metrics
    errors: list[dict[str, Any]] = field(default_factory=list)
    notes: dict[str, str] = field(default_factory=dict)  # metric -> how it is computed

    def as_json(self) -> dict[str, Any]:
        """The metrics as one JSON object (kind and path included)."""
        return {"kind": self.kind, "path": self.path, **{k: _rounded(v) for k, v in self.metrics.items()}}


def _rounded(value: float | None) -> float | int | None:
    return round(value, 4) if isinstance(value, float) else value


# -- reading gold files ------------------------------------------------------------------------------


def gold_files(path: Path, suffixes: Sequence[str], what: str) -> list[Path]:
    """The gold file itself, or the files with these suffixes in a folder (sorted); InputError if none."""
    if not path.is_dir():
        return [path]
    found = sorted(f for f in path.iterdir() if f.suffix.lower() in suffixes)
    if not found:
        raise InputError(f"{path}: no {'/'.join(suffixes)} file found; give the {what} file or its folder")
    return found


def parse_date(value: str, formats: Sequence[str]) -> date | None:
    """The first of `formats` that reads the value, else None."""
    for fmt in formats:
        try:
            return datetime.strptime(value.strip(), fmt).date()
        except ValueError:
            continue
    return None


def parse_number(value: str) -> float | None:
    """A number written in a gold file's cell, else None."""
    try:
        return float(value)
    except ValueError:
        return None


# Which event of an article stands for the one gold event: ACLED-coded first, then violence before
# strategic developments, then the earliest in the text.
_ACLED_RANK = {
    "Battles": 0,
    "Explosions/Remote violence": 0,
    "Violence against civilians": 0,
    "Riots": 1,
    "Protests": 1,
    "Strategic developments": 2,
}


def main_event(events: Sequence[Event], *, acled: bool = True) -> Event | None:
    """The event that stands for the article: the first ACLED-coded one (by kind of event, then position).

    In the first sentence with a coded event, what its main clause asserts comes before events it only
    names ("protested against the killing of ...").

    With `acled=False` the first event of any kind, in text order, is taken.
    """
    if not events:
        return None
    if not acled:
        return min(events, key=lambda e: (e.evidence.start, e.factuality not in ("occurred", "ongoing")))
    coded = [e for e in events if e.acled_type]
    if not coded:
        return None
    first_sentence = min(e.evidence.start for e in coded)
    return min(
        coded,
        key=lambda e: (
            e.evidence.start != first_sentence, e.evidence.main_clause is False,
            _ACLED_RANK.get(e.acled_type or "", 3), e.evidence.start,
        ),
    )


# -- actor names -------------------------------------------------------------------------------------------

_YEARS = re.compile(r"\(\s*\d{4}\s*-\s*(?:\d{4})?\s*\)")
_PAREN = re.compile(r"\(([^()]*)\)")
_PREFIX = re.compile(r"^\s*([A-Za-z0-9./-]{2,12}):\s*(.+)$")
_NON_WORD = re.compile(r"[^\w\s]")


def fold_name(text: str) -> str:
    """Lower case, no accents, no punctuation, no leading article: 'The Nusra-Front' -> 'nusra front'."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    words = _NON_WORD.sub(" ", text.lower().replace("'", "")).split()
    while words and words[0] in ("the", "a", "an"):
        words = words[1:]
    return " ".join(words)


def name_forms(name: str | None) -> set[str]:
    """An actor name and its forms without ACLED decorations: years, '(Country)', 'ABBR: ' prefixes."""
    if not name:
        return set()
    forms = {name, _YEARS.sub("", name)}
    for form in list(forms):
        forms.add(_PAREN.sub("", form))
        prefix = _PREFIX.match(form)
        if prefix:
            forms |= {prefix.group(1), prefix.group(2), _PAREN.sub("", prefix.group(2))}
    return {f for f in (fold_name(x) for x in forms) if f}


def actor_matches(gold_name: str, ours: Actor | None, base: ActorBase, country: str | None = None) -> bool:
    """Whether our actor is the actor a gold name means: same knowledge-base lineage, or a shared name form.

    The gold name is resolved with the knowledge base (so "Military Forces of Syria (2000-)" and
    "Syrian Arab Army" are one actor); failing that, any decoration-free form of the gold name must equal
    a name or alias of our actor, or the words that named it.
    """
    if ours is None or not gold_name.strip():
        return False
    entry = base.resolve(gold_name, context_country=country)
    if entry is not None and ours.actor_id and ours.actor_id in base.lineage(entry.actor_id):
        return True
    if entry is not None and ours.actor_id:
        return False  # both resolved, to different actors
    ours_names: set[str] = name_forms(ours.name) | name_forms(ours.mention)
    known = base.get(ours.actor_id) if ours.actor_id else None
    if known is not None:
        for alias in known.all_names():
            ours_names |= name_forms(alias)
    return bool(name_forms(gold_name) & ours_names)


def text_overlaps(gold_text: str, ours: Iterable[str | None]) -> bool:
    """Whether our words and the gold words share a content word (for free-text actor spans)."""
    gold_words = set(fold_name(gold_text).split()) - _FUNCTION_WORDS
    return any(gold_words & (set(fold_name(o).split()) - _FUNCTION_WORDS) for o in ours if o)


_FUNCTION_WORDS = frozenset({"of", "and", "the", "in", "for", "on", "to", "al", "s"})
