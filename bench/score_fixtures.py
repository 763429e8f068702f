"""Dev harness: score the claims engine on a labelled fixture set without the store.

    .venv/bin/python bench/score_fixtures.py syria [--show-errors N] [--out DIR]

Parses the set's feeds with ``frontline.parse``, finds places with ``frontline.match``,
extracts claims, computes conflicts with ``frontline.analysis``, writes items / claims /
conflicts JSONL (the export's shape) and runs the set's ``score.py`` on them.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import unquote, urlparse

from frontline import analysis, config
from frontline.claims import Extractor
from frontline.match import PlaceMatcher
from frontline.models import ClaimRecord
from frontline.parse import parse_bytes

FIXTURES = Path(__file__).resolve().parents[2] / "shared" / "fixtures"


def _path(url: str, base: Path) -> Path:
    parsed = urlparse(url)
    raw = unquote(parsed.path or parsed.netloc)
    p = Path(raw)
    return p if p.is_absolute() else base / p


def run_set(set_dir: Path) -> tuple[list[dict], list[dict], list[dict]]:
    """Items, claims and conflicts (export form) for one fixture set."""
    cfg = config.load(set_dir / "config.toml")
    matcher = PlaceMatcher(cfg.cities)
    extractor = Extractor(cfg)
    items: list[dict] = []
    claims: list[dict] = []
    records: list[ClaimRecord] = []
    n = 0
    for feed in cfg.feeds:
        data = _path(feed.url, set_dir).read_bytes()
        parsed = parse_bytes(data, feed.name)
        for entry in parsed.entries:
            n += 1
            mentions = matcher.find(entry.text)
            items.append(
                {
                    "feed": feed.name,
                    "guid": entry.guid,
                    "cities": sorted({m.city for m in mentions}),
                }
            )
            for c in extractor.extract(entry, mentions, feed.side):
                claims.append(
                    {
                        "guid": entry.guid,
                        "place": c.place,
                        "city": c.city,
                        "side": c.side,
                        "kind": c.kind,
                        "claimant": c.claimant,
                        "claimant_side": c.claimant_side,
                        "sentence": c.sentence,
                    }
                )
                records.append(
                    ClaimRecord(
                        id=len(records) + 1,
                        item_id=n,
                        guid=entry.guid,
                        feed=feed.name,
                        published=entry.published,
                        place=c.place,
                        city=c.city,
                        side=c.side,
                        kind=c.kind,
                        claimant=c.claimant,
                        claimant_side=c.claimant_side,
                    )
                )
    window = cfg.settings.conflict_window_hours
    conflicts = [
        {"place": k.place, "a": k.a.guid, "b": k.b.guid}
        for k in analysis.conflicts(records, window)
    ]
    return items, claims, conflicts


def score(set_dir: Path, out: Path, show_errors: int = 0, scorer: Path | None = None) -> dict:
    """Write the three JSONL files to ``out``, run score.py (the set's own, or ``scorer``),
    return its --json metrics."""
    items, claims, conflicts = run_set(set_dir)
    out.mkdir(parents=True, exist_ok=True)
    for name, rows in (("items", items), ("claims", claims), ("conflicts", conflicts)):
        with open(out / f"{name}.jsonl", "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    result = out / "score.json"
    cmd = [
        sys.executable,
        str(scorer or set_dir.parent / "score.py"),
        "--labels",
        str(set_dir),
        "--items",
        str(out / "items.jsonl"),
        "--claims",
        str(out / "claims.jsonl"),
        "--conflicts",
        str(out / "conflicts.jsonl"),
        "--json",
        str(result),
    ]
    if show_errors:
        cmd += ["--show-errors", str(show_errors)]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    print(proc.stdout, end="")
    if proc.returncode:
        print(proc.stderr, file=sys.stderr, end="")
    return json.loads(result.read_text(encoding="utf-8"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("set", help="set name under shared/fixtures (syria, sudan) or a folder")
    ap.add_argument("--show-errors", type=int, default=0)
    ap.add_argument("--out", type=Path, default=None, help="keep the JSONL files here")
    a = ap.parse_args(argv)
    set_dir = Path(a.set) if Path(a.set).is_dir() else FIXTURES / a.set
    if a.out:
        score(set_dir, a.out, a.show_errors)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            score(set_dir, Path(tmp), a.show_errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
