"""Benchmark: analysis.conflicts on a cold poll that made many claims per item.

    .venv/bin/python bench/conflicts_bench.py [--items N] [--claims-per-item K]

A synthetic war: N items over a few days, K claims each about a handful of places, sides
and claimant sides mixed so that many item pairs contradict. Prints the time, the number of
conflicts and the peak memory that conflicts() allocated (tracemalloc), per conflict: the
work must stay proportional to the output (one Conflict per place and item pair), never to
the number of claim pairs.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import tracemalloc
from datetime import UTC, datetime, timedelta

from frontline.analysis import conflicts, iter_conflicts
from frontline.models import ClaimRecord

KINDS = ("captured", "holding", "advancing", "withdrew", "denied", "strike")


def make_claims(items: int, per_item: int, places: int, seed: int = 1) -> list[ClaimRecord]:
    rnd = random.Random(seed)
    t0 = datetime(2025, 3, 1, tzinfo=UTC)
    out = []
    n = 0
    for i in range(items):
        when = t0 + timedelta(minutes=rnd.uniform(0, 5 * 24 * 60))
        feed_side = rnd.choice(("north", "south", "independent", "unknown"))
        for _ in range(per_item):
            n += 1
            out.append(
                ClaimRecord(
                    id=n,
                    item_id=i,
                    guid=f"item-{i:07d}",
                    feed=f"feed-{i % 40}",
                    published=when,
                    place=f"Place {rnd.randrange(places)}",
                    city="City",
                    side=rnd.choice(("north", "south")),
                    kind=rnd.choice(KINDS),
                    claimant="x",
                    claimant_side=feed_side,
                )
            )
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--items", type=int, default=2000)
    ap.add_argument("--claims-per-item", type=int, default=15)
    ap.add_argument("--places", type=int, default=20)
    a = ap.parse_args(argv)
    claims = make_claims(a.items, a.claims_per_item, a.places)
    for label, fn in (("conflicts", conflicts), ("iter_conflicts", iter_conflicts)):
        tracemalloc.start()
        start = time.process_time()
        found = 0
        for _ in fn(claims, 48.0):
            found += 1
        secs = time.process_time() - start
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        print(
            f"{label:15} {len(claims):8d} claims  {found:9d} conflicts  {secs:6.2f} s CPU  "
            f"peak {peak / 1e6:7.1f} MB  ({peak / max(found, 1):.0f} B per conflict)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
