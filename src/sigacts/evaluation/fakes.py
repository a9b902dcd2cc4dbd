"""FA-KES: news articles on the Syrian war with crowd labels for the main event's place and civilian deaths.

The article's text is its title and content; `date` (m/d/yy) is the publication date. The gold location
is a governorate or city in lower case ("deir ezzor", "hasakeh"); it matches our main event's place when
its name or admin-1 name is the same word once transliteration is set aside (al-, vowels, doubled
letters, a final h: "Deir ez-Zor" = "deir ezzor", "Al-Hasakah" = "hasakeh").
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sigacts.errors import InputError
from sigacts.evaluation.base import (
    EvalReport,
    GoldItem,
    Metrics,
    gold_files,
    main_event,
    parse_date,
    parse_number,
)
from sigacts.evaluation.metrics import accuracy, within_percent
from sigacts.records import Event, Place

KEYS = ("location_accuracy", "civilian_deaths_exact", "civilian_deaths_within_20pct", "rows")

NOTES = {
    "location_accuracy": "gold governorate/city = our main event's place name or admin-1 (spelling-blind)",
    "civilian_deaths_exact": "civilians killed in the article's lead toll (its first event with stated deaths; "
    "fatalities.civilians, else its dead less combatants) = gold nb_civilians",
    "civilian_deaths_within_20pct": "as above, within 20% of gold (exact when gold is 0)",
}


DATE_FORMATS = ("%m/%d/%y", "%m/%d/%Y", "%Y-%m-%d")
NAME_NOISE = frozenset({"al", "el", "ar", "as", "ad", "ash", "governorate", "province"})


def load(path: Path) -> list[GoldItem]:
    """Read the FA-KES CSV (article_title, article_content, date, location, nb_civilians ...)."""
    path = gold_files(path, (".csv",), "FA-KES")[0]
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        needed = {"article_content", "location", "nb_civilians"}
        if not needed <= set(reader.fieldnames or ()):
            raise InputError(f"{path}: not a FA-KES file (needs columns {', '.join(sorted(needed))})")
        items = []
        for line, row in enumerate(reader, start=2):
            content = (row.get("article_content") or "").strip()
            civilians = parse_number(row.get("nb_civilians") or "")
            if not content or civilians is None:
                continue
            title = (row.get("article_title") or "").strip()
            text = f"{title}\n\n{content}" if title and not content.startswith(title[:40]) else content
            gold = {"location": (row.get("location") or "").strip().lower(), "civilians": int(civilians)}
            published = parse_date(row.get("date") or "", DATE_FORMATS)
            items.append(GoldItem(f"fakes:{row.get('unit_id') or line}", text, published, gold))
    return items


def spelling_skeleton(name: str) -> str:
    """A transliteration-blind key: no article, accents, vowels, doubled letters or final h."""
    text = unicodedata.normalize("NFKD", name.lower())
    text = "".join(c for c in text if c.isalpha() or c.isspace() or c == "-")
    words = [w for w in re.split(r"[\s-]+", text) if w and w not in NAME_NOISE]
    joined = "".join(words)
    consonants = re.sub(r"[aeiouy]", "", joined)
    squeezed = re.sub(r"(.)\1+", r"\1", consonants)
    return squeezed[:-1] if squeezed.endswith("h") and len(squeezed) > 2 else squeezed


def place_matches(gold: str, place: Place | None) -> bool:
    """Whether our place is the gold governorate or city."""
    if place is None or not gold:
        return False
    key = spelling_skeleton(gold)
    return any(spelling_skeleton(n) == key for n in (place.name, place.admin1, place.mention) if n)


# A death toll in the sentence of a planned or feared event still reports deaths that happened ("asked
# Congress to authorise strikes over an attack that killed 1,400"); a denied or supposed one does not.
NOT_REPORTED = ("negated", "hypothetical")


def civilian_deaths(events: Sequence[Event]) -> int:
    """Civilians killed in the article's main event, counted the way the FA-KES annotators counted them.

    FA-KES labels one event per article, the one its headline and lead report. That is the first of our
    events with a death figure (running totals are not event figures; see `numbers.fatalities_in`),
    preferring a stated number to a vague word ("kill dozens ... at least 17 civilians"). The annotators
    filled nb_civilians with the victims the text does not call combatants, so where the text says how
    many were civilians that is the figure, and otherwise all the dead less the fighters, soldiers and
    police among them.
    """
    reported = [e for e in events if e.factuality not in NOT_REPORTED]
    tolls = sorted((e for e in reported if e.fatalities and e.fatalities.best is not None), key=_position)
    stated = [e for e in tolls if e.fatalities and not e.fatalities.vague]
    lead = (stated or tolls)[0].fatalities if tolls else None
    if lead is None or lead.best is None:
        return 0
    if lead.civilians is not None:
        return lead.civilians
    return max(0, lead.best - (lead.combatants or 0))


def _position(event: Event) -> int:
    return event.evidence.start


def score(items: Sequence[GoldItem], results: Sequence[Sequence[Event] | None]) -> EvalReport:
    """Place of the main event and civilians killed, per article."""
    loc_hits, exact, close = [], [], []
    errors: list[dict[str, Any]] = []
    for item, events in zip(items, results):
        events = events or ()
        ours = main_event(events) or main_event(events, acled=False)
        place = ours.location if ours else None
        loc_ok = place_matches(item.gold["location"], place)
        if item.gold["location"]:
            loc_hits.append(loc_ok)
        deaths = civilian_deaths(events)
        gold_deaths = item.gold["civilians"]
        exact.append(deaths == gold_deaths)
        close_ok = within_percent(deaths, gold_deaths, 20)
        close.append(close_ok)
        if not (loc_ok and close_ok):
            errors.append({
                "id": item.item_id, "input": item.text[:2000], "gold": dict(item.gold),
                "ours": {"location": place.to_contract() if place else None, "civilians": deaths,
                         "events": len(events)},
            })  # fmt: skip
    metrics: Metrics = {
        "location_accuracy": accuracy(loc_hits),
        "civilian_deaths_exact": accuracy(exact),
        "civilian_deaths_within_20pct": accuracy(close),
        "rows": len(items),
    }
    return EvalReport("fakes", "", metrics, errors, dict(NOTES))
