#!/usr/bin/env python3
"""Load time of the shipped actor knowledge base (YAML files, generated state actors, alias index).

Usage:
    python bench/actor_base_load.py [--repeat N] [--target SECONDS]

Prints the best and median of N fresh loads (`ActorBase.load()`, which bypasses the process cache) and
exits 1 when the best exceeds the target (0.3 s by default). Speed is measured here rather than in a
timed unit test, which fails whenever the test machine is busy.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time

from sigacts.resources.actors import ActorBase


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--target", type=float, default=0.3, help="best load time to stay under, in seconds")
    args = parser.parse_args()
    times: list[float] = []
    size = 0
    for _ in range(max(1, args.repeat)):
        start = time.perf_counter()
        size = len(ActorBase.load())
        times.append(time.perf_counter() - start)
    best = min(times)
    print(f"actor base: {size} actors; load best {best:.3f} s, median {statistics.median(times):.3f} s "
          f"over {len(times)} loads (target < {args.target:.2f} s)")  # fmt: skip
    return 0 if best < args.target else 1


if __name__ == "__main__":
    sys.exit(main())
