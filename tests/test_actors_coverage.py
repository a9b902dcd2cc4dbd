"""The knowledge base covers the conflicts of issue 4 (counted by scripts/kb_coverage.py)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from sigacts.resources.actors import STATE_FORCE_KINDS, ActorBase, default_actor_base

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "kb_coverage.py"


def kb_coverage() -> ModuleType:
    spec = importlib.util.spec_from_file_location("kb_coverage", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_issue_region_has_curated_and_generated_actors() -> None:
    script = kb_coverage()
    counts = script.coverage(default_actor_base())
    regions = [counts[name] for name in script.REGIONS]
    assert all(row["curated"] >= 5 and row["generated"] >= 8 for row in regions), counts
    assert sum(row["curated"] + row["generated"] for row in regions) >= 400


def test_every_country_of_the_regions_has_every_generated_kind() -> None:
    base: ActorBase = default_actor_base()
    for code in kb_coverage().REGION_OF:
        for kind in STATE_FORCE_KINDS:
            assert base.state_forces(code, kind) is not None, (code, kind)


def test_every_shipped_entry_names_its_source() -> None:
    assert all(entry.source.strip() for entry in default_actor_base().entries())
