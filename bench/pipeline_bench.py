"""Pipeline benchmark: store + match + extract + conflicts, without the network.

Builds a corpus from the labelled syria fixture (44 items, one claim each, realistic
conflict density) repeated ``--copies`` times, each copy shifted one day later with fresh
guids, and written as one file per (feed, copy-block). Then it times, in this process:

1. ingesting the corpus one day at a time, as polls would (items/s, claims, conflicts);
2. an incremental ingest of one more day (what a steady-state poll costs): conflicts are
   recomputed only around the new items (``recompute_conflicts(touched=...)``);
3. a full ``recompute_conflicts`` over every stored claim, for comparison;
4. ``reextract`` of everything.

    .venv/bin/python bench/pipeline_bench.py               # 200 copies: 8,800 items
    .venv/bin/python bench/pipeline_bench.py --copies 20   # quick look
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
import tempfile
import time
from datetime import timedelta
from email.utils import format_datetime, parsedate_to_datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from frontline import config as cfg  # noqa: E402
from frontline import pipeline  # noqa: E402
from frontline.store import Store  # noqa: E402

FIXTURE = ROOT.parent / "shared" / "fixtures" / "syria"
_ITEM = re.compile(r"<(item|entry)\b.*?</\1>", re.S)
_GUID = re.compile(r"(<guid[^>]*>|<id>)(.*?)(</guid>|</id>)", re.S)
_PUB = re.compile(r"<pubDate>(.*?)</pubDate>")
_ISO = re.compile(r"<(published|updated)>(.*?)</\1>")


def shifted(xml: str, copy: int) -> str:
    """The feed with every item's guid made unique and its time moved ``copy`` days on."""

    def item(m: re.Match[str]) -> str:
        text = m.group(0)
        text = _GUID.sub(lambda g: f"{g.group(1)}{g.group(2)}#c{copy}{g.group(3)}", text)
        text = _PUB.sub(
            lambda p: (
                "<pubDate>"
                + format_datetime(parsedate_to_datetime(p.group(1)) + timedelta(days=copy))
                + "</pubDate>"
            ),
            text,
        )
        return _ISO.sub(lambda p: _shift_iso(p, copy), text)

    return _ITEM.sub(item, xml)


def _shift_iso(m: re.Match[str], copy: int) -> str:
    from datetime import datetime

    when = datetime.fromisoformat(m.group(2).replace("Z", "+00:00")) + timedelta(days=copy)
    return f"<{m.group(1)}>{when.isoformat()}</{m.group(1)}>"


def build(work: Path, copies: int) -> tuple[Path, list[Path], list[Path]]:
    """Write the config and corpus; return (config, files of copies 0..n-1, one more day)."""
    shutil.copy(FIXTURE / "config.toml", work / "config.toml")
    feeds = work / "feeds"
    feeds.mkdir()
    bulk: list[Path] = []
    extra: list[Path] = []
    for src in sorted((FIXTURE / "feeds").glob("*.xml")):
        xml = src.read_text(encoding="utf-8")
        for copy in range(copies + 1):
            path = feeds / f"{src.stem}-{copy:04d}.xml"
            path.write_text(shifted(xml, copy), encoding="utf-8")
            (extra if copy == copies else bulk).append(path)
    return work / "config.toml", bulk, extra


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="frontline-pipeline-bench-") as tmp:
        work = Path(tmp)
        config_path, bulk, extra = build(work, args.copies)
        # Each copy is written over its configured feed's file and ingested, so items keep
        # their feed's name and side: like a run of polls, each bringing one day.
        conf = cfg.load(config_path)
        by_stem = {Path(f.url).stem: f for f in conf.feeds}
        store = Store(work / "bench.db")
        stages = pipeline.Stages(conf)

        def ingest(paths: list[Path]) -> pipeline.Report:
            groups: dict[str, list[Path]] = {}
            for p in paths:
                groups.setdefault(p.stem.rsplit("-", 1)[0], []).append(p)
            report = pipeline.Report()
            for stem, files in groups.items():
                feed = by_stem[stem]
                for p in files:
                    target = Path(feed.url.removeprefix("file://"))
                    shutil.copy(p, target)
                    report.merge(pipeline.ingest(conf, store, [target], stages=stages))
            return report

        t = time.perf_counter()
        ingest(bulk)
        cold_s = time.perf_counter() - t
        counts = store.counts()
        print(
            f"cold ingest: {counts['items']} items, {counts['claims']} claims, "
            f"{counts['conflicts']} conflicts in {cold_s:.2f} s "
            f"({counts['items'] / cold_s:,.0f} items/s)"
        )
        t = time.perf_counter()
        step = ingest(extra)
        step_s = time.perf_counter() - t
        print(
            f"one more day: {step.new_items} items, {step.new_claims} claims, "
            f"{len(step.new_conflicts)} new conflicts in {step_s:.3f} s (incremental conflicts)"
        )
        t = time.perf_counter()
        pipeline.recompute_conflicts(conf, store)
        print(f"full conflict recompute over {store.counts()['claims']} claims: "
              f"{time.perf_counter() - t:.3f} s")  # fmt: skip
        t = time.perf_counter()
        re_report = pipeline.reextract(conf, store, stages=stages)
        print(f"reextract: {re_report.new_claims} claims in {time.perf_counter() - t:.2f} s")
        store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
