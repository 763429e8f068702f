"""Benchmark: place matching + claim extraction, items per second on one core.

    .venv/bin/python bench/extract_bench.py [--repeat N]

Two corpora, both parsed once up front (parsing is not timed):
  fixtures   every item of the syria and sudan fixture sets, each with its own config:
             war copy where nearly every item names a tracked place (the heavy case);
  realfeeds  the 40 real outlets' feeds in ../shared/realfeeds matched against the syria
             config: a general news mix where most items name no tracked place.
The goal (issue "The claims engine") is >= 5,000 items/s. Measured on the shared 2-core
machine (CPU time, load 3-10): realfeeds ~16,000 items/s, fixtures ~2,700 items/s (every
item there is war copy with tracked places; about 0.35 ms of extraction per such item).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from frontline import config
from frontline.claims import Extractor, _word_starts
from frontline.match import PlaceMatcher
from frontline.parse import parse_bytes

SHARED = Path(__file__).resolve().parents[2] / "shared"


def _fixture_jobs() -> list[tuple[PlaceMatcher, Extractor, list, dict]]:
    jobs = []
    for name in ("syria", "sudan"):
        set_dir = SHARED / "fixtures" / name
        cfg = config.load(set_dir / "config.toml")
        entries = []
        sides = {}
        for feed in cfg.feeds:
            path = set_dir / feed.url.removeprefix("file:").lstrip("/")
            if not path.exists():
                path = Path(feed.url.removeprefix("file://").removeprefix("file:"))
            entries += parse_bytes(path.read_bytes(), feed.name).entries
            sides[feed.name] = feed.side
        jobs.append((PlaceMatcher(cfg.cities), Extractor(cfg), entries, sides))
    return jobs


def _realfeed_jobs() -> list[tuple[PlaceMatcher, Extractor, list, dict]]:
    cfg = config.load(SHARED / "fixtures" / "syria" / "config.toml")
    entries = []
    for path in sorted((SHARED / "realfeeds").glob("*.xml")):
        entries += parse_bytes(path.read_bytes(), path.name).entries
    return [(PlaceMatcher(cfg.cities), Extractor(cfg), entries, {})]


def run(jobs, repeat: int) -> tuple[int, float, int]:
    """Match and extract every entry ``repeat`` times; (items, seconds, claims)."""
    items = claims = 0
    start = time.process_time()  # CPU time: the machine may be shared
    for _ in range(repeat):
        _word_starts.cache_clear()  # each pass sees the texts as new
        for matcher, extractor, entries, sides in jobs:
            for entry in entries:
                mentions = matcher.find(entry.text)
                claims += len(extractor.extract(entry, mentions, sides.get(entry.feed)))
                items += 1
    return items, time.process_time() - start, claims


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=20)
    a = ap.parse_args(argv)
    for label, jobs in (("fixtures", _fixture_jobs()), ("realfeeds", _realfeed_jobs())):
        run(jobs, 1)  # warm caches (lexicon compile, fold tables)
        items, secs, claims = run(jobs, a.repeat)
        print(
            f"{label:10} {items:7d} items  {secs:6.2f} s CPU  {items / secs:8.0f} items/s  "
            f"({claims // a.repeat} claims per pass)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
