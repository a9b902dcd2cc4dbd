#!/usr/bin/env python3
"""Throughput and peak memory of `sigacts ingest` next to a bare spaCy `nlp.pipe` over the same texts.

Usage:
    python bench/throughput.py PATH [--text-column article_content] [--limit N] [--json OUT]

PATH is a folder of articles or a CSV/JSONL file; a CSV is first written out as one .txt file per row
so that `ingest` reads a folder, as a user would. Each measurement runs in its own process so that its
peak resident memory is its own. The bare spaCy figure is the practical ceiling: sigacts parses every
text with the same model and does more on top.
"""

from __future__ import annotations

import argparse
import csv
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

csv.field_size_limit(sys.maxsize)


def texts_to_folder(path: Path, text_column: str, limit: int | None, folder: Path) -> int:
    """Write the articles of a CSV/JSONL file (or copy a folder's files) as .txt files; return the count."""
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))[:limit]
        for i, src in enumerate(files):
            (folder / f"{i:05d}{src.suffix or '.txt'}").write_bytes(src.read_bytes())
        return len(files)
    rows: list[str] = []
    with path.open(encoding="utf-8", newline="") as handle:
        if path.suffix == ".jsonl":
            rows = [json.loads(line)[text_column] for line in handle if line.strip()]
        else:
            rows = [row[text_column] for row in csv.DictReader(handle)]
    rows = rows[:limit] if limit else rows
    for i, text in enumerate(rows):
        (folder / f"{i:05d}.txt").write_text(text, encoding="utf-8")
    return len(rows)


def child_bare_spacy(folder: str) -> None:
    """Measured in a child process: load the model, nlp.pipe over every text."""
    from sigacts.resources.nlp import load_nlp

    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(Path(folder).iterdir())]
    nlp = load_nlp()
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=32):
        pass
    elapsed = time.perf_counter() - start
    _report(len(texts), elapsed)


def child_ingest(folder: str) -> None:
    """Measured in a child process: load resources, then ingest the folder into a fresh SQLite file."""
    from sigacts.api import Coder, ingest
    from sigacts.storage import open_store

    coder = Coder()
    with tempfile.TemporaryDirectory() as tmp, open_store(Path(tmp) / "bench.db") as store:
        start = time.perf_counter()
        report = ingest([folder], store, coder)
        elapsed = time.perf_counter() - start
        stats = store.stats()
    _report(report.stored + report.duplicates, elapsed, events=stats.events, failed=report.failed)


def _report(count: int, elapsed: float, **extra: int) -> None:
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"articles": count, "seconds": elapsed, "peak_mb": peak_mb, **extra}))


def run_child(kind: str, folder: Path) -> dict[str, float]:
    """Run one measurement in a fresh interpreter and return its JSON report."""
    done = subprocess.run(
        [sys.executable, __file__, "--child", kind, str(folder)], capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise SystemExit(f"{kind} run failed:\n{done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("path", type=Path, nargs="?")
    parser.add_argument("--text-column", default="text")
    parser.add_argument("--limit", type=int)
    parser.add_argument("--json", type=Path, help="Also write the figures here.")
    parser.add_argument("--child", nargs=2, metavar=("KIND", "FOLDER"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind, folder = args.child
        {"spacy": child_bare_spacy, "ingest": child_ingest}[kind](folder)
        return
    if args.path is None:
        parser.error("give a folder of articles or a CSV/JSONL file")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        count = texts_to_folder(args.path, args.text_column, args.limit, folder)
        print(f"{count} articles from {args.path}", file=sys.stderr)
        bare = run_child("spacy", folder)
        ours = run_child("ingest", folder)
    rows = {
        "bare spaCy nlp.pipe": bare,
        "sigacts ingest": ours,
    }
    print("| run | articles | seconds | articles/s | peak MB |")
    print("|---|---|---|---|---|")
    for name, fig in rows.items():
        rate = fig["articles"] / fig["seconds"] if fig["seconds"] else 0.0
        print(f"| {name} | {fig['articles']:.0f} | {fig['seconds']:.1f} | {rate:.2f} | {fig['peak_mb']:.0f} |")
    ratio = (ours["articles"] / ours["seconds"]) / (bare["articles"] / bare["seconds"])
    print(f"\nsigacts throughput = {ratio:.0%} of bare spaCy; events stored: {ours.get('events', 0):.0f}; "
          f"failed: {ours.get('failed', 0):.0f}")  # fmt: skip
    if args.json:
        args.json.write_text(json.dumps({"rows": rows, "ratio": ratio}, indent=2))


if __name__ == "__main__":
    main()
