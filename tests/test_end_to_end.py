"""End to end on the two seed articles of the shared folder: the seed-fact check and exact evidence offsets.

The seeds live in `../shared/seeds` next to the repository; they are read at test time only. Without
that folder (e.g. a bare clone) these tests are skipped.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from sigacts.api import Coder, Extraction, extract_paths

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEEDS = SHARED / "seeds"
CHECK = SHARED / "checks" / "check_seed_facts.py"


def seed_files() -> list[Path]:
    if not SEEDS.is_dir():
        pytest.skip(f"no seed folder at {SEEDS}: the shared folder is not next to this checkout")
    files = sorted(SEEDS.glob("*.txt"))
    if len(files) < 2:
        pytest.skip(f"expected two seed articles in {SEEDS}, found {len(files)}")
    return files


def test_seed_facts_are_found_and_every_event_meets_the_schema() -> None:
    seed_files()
    if not CHECK.is_file():
        pytest.skip(f"no seed-fact check at {CHECK}")
    command = f"{sys.executable} -m sigacts extract {{file}} --format jsonl"
    run = subprocess.run(
        [sys.executable, str(CHECK), "--cmd", command, "--min", "18"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert "command failed" not in run.stdout, run.stdout
    assert " 0 schema errors" in run.stdout, run.stdout[-2000:]
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]


def test_every_seed_event_has_offsets_into_the_cleaned_text(coder: Coder) -> None:
    files = seed_files()
    results = list(extract_paths(files, coder))
    assert all(isinstance(r, Extraction) for r in results), results
    extractions = [r for r in results if isinstance(r, Extraction)]
    assert len(extractions) == len(files)
    for extraction in extractions:
        text = extraction.article.text
        assert extraction.events, f"{extraction.article.source}: no events"
        for event in extraction.events:
            start, end = event.evidence.start, event.evidence.end
            assert 0 <= start < end <= len(text)
            assert text[start:end] == event.evidence.text, (extraction.article.source, event.event_id)
            assert event.doc_id == extraction.article.doc_id
