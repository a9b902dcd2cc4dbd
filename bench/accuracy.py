#!/usr/bin/env python3
"""Accuracy ratchet: run `sigacts evaluate` on the development gold files and fail below the floors.

    python bench/accuracy.py [EVAL_DIR] [--floors bench/accuracy_floors.json] [--write-floors]

EVAL_DIR defaults to ../shared/eval (where CI has it). The floors sit just under the figures reached;
raise them as accuracy improves (--write-floors sets each to the measured figure minus the margin).
A kind whose gold file is missing is reported and skipped, so the script runs where the data is absent.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from sigacts.api import Coder, evaluate

ROOT = Path(__file__).resolve().parents[1]
# name in the floors file -> (evaluation kind, gold file or folder under EVAL_DIR)
FILES = {
    "acled": ("acled", "acled"),
    "case2021": ("case2021", "case2021"),
    "plover": ("plover", "plover"),
    "fakes": ("fakes", "fakes"),
    "geoparse-geowebnews": ("geoparse", "geoparsing/GeoWebNews.xml"),
    "geoparse-geovirus": ("geoparse", "geoparsing/GeoVirus.xml"),
    "ucdp-places": ("ucdp-places", "ucdp"),
    "ucdp-actors": ("ucdp-actors", "ucdp"),
}
LOWER_IS_BETTER = frozenset({"no_event_rate", "mean_error_km", "unresolved", "auc"})  # reported, not held to a floor
MARGIN = 0.01  # floors sit this far under the measured figure (the pipeline is deterministic)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("eval_dir", nargs="?", default=str(ROOT.parent / "shared" / "eval"))
    parser.add_argument("--floors", default=str(ROOT / "bench" / "accuracy_floors.json"))
    parser.add_argument("--write-floors", action="store_true", help="Set the floors from this run's figures.")
    args = parser.parse_args()
    eval_dir, floors_path = Path(args.eval_dir), Path(args.floors)
    floors: dict[str, dict[str, float]] = json.loads(floors_path.read_text()) if floors_path.exists() else {}
    coder = Coder()
    failures: list[str] = []
    measured: dict[str, dict[str, float]] = {}
    for name, (kind, relative) in FILES.items():
        path = eval_dir / relative
        if not path.exists():
            print(f"{name}: {path} not found, skipped")
            continue
        started = time.perf_counter()
        report = evaluate(kind, path, coder)
        seconds = time.perf_counter() - started
        figures = {k: v for k, v in report.metrics.items() if isinstance(v, float)}
        measured[name] = figures
        print(f"{name} ({report.metrics.get('rows')} rows, {seconds:.0f} s): "
              + ", ".join(f"{k}={v:.3f}" for k, v in figures.items()))  # fmt: skip
        for key, floor in floors.get(name, {}).items():
            value = figures.get(key)
            if value is None or value < floor:
                failures.append(f"{name} {key} = {value} is below its floor {floor}")
    if args.write_floors:
        new = {
            name: {m: round(max(v - MARGIN, 0.0), 3) for m, v in figures.items() if m not in LOWER_IS_BETTER}
            for name, figures in measured.items()
        }
        floors_path.write_text(json.dumps(new, indent=2) + "\n")
        print(f"floors written to {floors_path}")
    for failure in failures:
        print(f"ACCURACY DROP: {failure}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
