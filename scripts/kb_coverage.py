#!/usr/bin/env python3
"""Count the actor knowledge base per region: curated groups, generated state and generic actors.

    python scripts/kb_coverage.py            # a table
    python scripts/kb_coverage.py --json     # one JSON object

Regions are those of issue 4 (the conflicts the knowledge base must cover) plus "other" and
"transnational" (no country). Generated actors are the per-country state forces, civilians, protesters,
rioters, rebels and unidentified armed groups of `state_forces.yaml`.
"""

from __future__ import annotations

import json
import sys
from collections import Counter

from sigacts.resources.actors import ActorBase, ActorEntry

REGIONS: dict[str, tuple[str, ...]] = {
    "Syria": ("SY",), "Iraq": ("IQ",), "Lebanon": ("LB",), "Libya": ("LY",), "Yemen": ("YE",),
    "Sahel and Nigeria": ("ML", "BF", "NE", "NG", "TD", "CM", "MR"), "Somalia": ("SO",),
    "Afghanistan and Pakistan": ("AF", "PK"), "Sudan": ("SD", "SS"), "Israel and Palestine": ("IL", "PS"),
    "Ukraine and Russia": ("UA", "RU"),
}  # fmt: skip
REGION_OF = {code: region for region, codes in REGIONS.items() for code in codes}


def region(entry: ActorEntry) -> str:
    """The issue-4 region of an actor, "transnational" without a country, else "other"."""
    if entry.country_code is None:
        return "transnational"
    return REGION_OF.get(entry.country_code, "other")


def coverage(base: ActorBase) -> dict[str, dict[str, int]]:
    """Per region: curated actors and generated (state, civilian, generic) actors."""
    curated: Counter[str] = Counter()
    generated: Counter[str] = Counter()
    for entry in base.entries():
        (generated if entry.source.startswith("generated") else curated)[region(entry)] += 1
    names = [*REGIONS, "transnational", "other"]
    return {name: {"curated": curated[name], "generated": generated[name]} for name in names}


def main() -> None:
    counts = coverage(ActorBase.load())
    if "--json" in sys.argv[1:]:
        print(json.dumps(counts))
        return
    print(f"{'region':28} {'curated':>8} {'generated':>10}")
    for name, row in counts.items():
        print(f"{name:28} {row['curated']:>8} {row['generated']:>10}")
    curated = sum(row["curated"] for name, row in counts.items() if name in REGIONS)
    print(f"{'issue-4 regions, curated':28} {curated:>8}")


if __name__ == "__main__":
    main()
