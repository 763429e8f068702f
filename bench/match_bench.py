"""Match benchmark: ``--texts`` news texts against ``--aliases`` place names.

DESIGN.md ("Measured facts"): whole-word matching of 100k texts against 1,000 aliases took
~62 s as one regex alternation and ~2 s with Aho-Corasick. This prints frontline's
``PlaceMatcher`` figure, and the regex alternation on a sample for comparison.

Texts are real feed items (``../shared/realfeeds``, cycled with seeded edits that insert
place names, accents, typographic apostrophes and Arabic) so folding and word-boundary
checks see realistic input, including non-ASCII text.

    .venv/bin/python bench/match_bench.py                 # 100k texts, 1,200 aliases
    .venv/bin/python bench/match_bench.py --texts 20000 --regex-sample 0
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from frontline.match import PlaceMatcher  # noqa: E402
from frontline.models import City  # noqa: E402
from frontline.parse import parse_bytes  # noqa: E402

REALFEEDS = ROOT.parent / "shared" / "realfeeds"
SYLLABLES = [
    "al",
    "bu",
    "da",
    "el",
    "fa",
    "ha",
    "ja",
    "ka",
    "ma",
    "na",
    "qa",
    "ra",
    "sa",
    "ta",
    "wa",
    "za",
    "shay",
    "khan",
    "rif",
    "tal",
    "deir",
    "kafr",
    "umm",
]


def make_cities(n_aliases: int, rng: random.Random) -> list[City]:
    """Cities with names, aliases and sub-places adding up to ``n_aliases`` surfaces."""
    cities = [
        City("Hama", ("Hamah", "Ḥamāh", "حماة"), ("Muhrada", "Salamiya")),
        City("Aleppo", ("Halab", "حلب"), ("Sheikh Maqsoud", "Khan al-Assal")),
        City("Homs", ("Hims", "حمص"), ("Rastan", "Talbiseh")),
        City("Khartoum", ("Khartum", "الخرطوم"), ("Bahri", "Republican Palace")),
        City("Nyala", ("نيالا",), ("Nyala airport",)),
    ]
    count = sum(1 + len(c.aliases) + len(c.places) for c in cities)
    seen: set[str] = set()
    while count < n_aliases:
        name = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
        if name.casefold() in seen:
            continue
        seen.add(name.casefold())
        places = tuple(f"{name} {suffix}" for suffix in ("North", "Camp", "Bridge"))
        cities.append(City(name, (f"Al-{name}", f"{name}a"), places))
        count += 6
    return cities


def make_texts(n: int, cities: list[City], rng: random.Random) -> list[str]:
    base: list[str] = []
    for path in sorted(REALFEEDS.glob("*.xml")):
        base.extend(e.text[:1500] for e in parse_bytes(path.read_bytes(), path.stem).entries)
    if not base:
        base = ["Fighting continued on the outskirts of the city on Tuesday, residents said."]
    names = [s for c in cities for s in (c.name, *c.aliases, *c.places)]
    edits = ("{}", "{}'s", "{}\u2019s", "{}-based", "{}s", "ḤAMĀH", "قصف على {}")
    texts = []
    for i in range(n):
        text = base[i % len(base)]
        if rng.random() < 0.5:
            cut = rng.randrange(len(text) + 1)
            name = rng.choice(names)
            text = f"{text[:cut]} {rng.choice(edits).format(name)} {text[cut:]}"
        texts.append(text)
    return texts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=int, default=100_000)
    parser.add_argument("--aliases", type=int, default=1_200)
    parser.add_argument("--regex-sample", type=int, default=2_000, help="0 to skip")
    args = parser.parse_args(argv)
    rng = random.Random(7)
    cities = make_cities(args.aliases, rng)
    texts = make_texts(args.texts, cities, rng)
    chars = sum(map(len, texts))
    non_ascii = sum(not t.isascii() for t in texts)

    t0 = time.perf_counter()
    matcher = PlaceMatcher(cities)
    build = time.perf_counter() - t0
    t0, c0 = time.perf_counter(), time.process_time()
    mentions = sum(len(matcher.find(t)) for t in texts)
    elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
    print(
        f"PlaceMatcher: {len(matcher)} folded names (built in {build * 1000:.0f} ms); "
        f"{len(texts):,} texts ({chars / 1e6:.1f} M chars, {non_ascii:,} non-ASCII): "
        f"{elapsed:.2f} s wall, {cpu:.2f} s CPU; {len(texts) / elapsed:,.0f} texts/s "
        f"({len(texts) / cpu:,.0f} per CPU second); {mentions:,} mentions"
    )

    if args.regex_sample:
        surfaces = sorted(
            {s for c in cities for s in (c.name, *c.aliases, *c.places)}, key=len, reverse=True
        )
        pattern = re.compile(
            r"(?<!\w)(?:" + "|".join(map(re.escape, surfaces)) + r")(?!\w)", re.IGNORECASE
        )
        sample = texts[: args.regex_sample]
        c0 = time.process_time()
        for text in sample:
            pattern.findall(text)
        r_cpu = time.process_time() - c0
        print(
            f"regex alternation (no accent folding), {len(sample):,}-text sample: "
            f"{len(sample) / r_cpu:,.0f} texts per CPU second"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
