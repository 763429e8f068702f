"""Stores for the dashboard tests: a fixture set polled through the real pipeline.

``fill_store`` runs one ``pipeline.poll_once_async`` over the set's ``file:`` feeds at a
pinned "now" (so feed health, first-seen times and snapshots never drift) with jitter off.
By default claims come from the set's labels through the pipeline's ``stages`` hook, so
the dashboard tests do not change when extraction rules are tuned; ``real=True`` uses the
real extractor. Conflicts always come from the real ``analysis`` via the pipeline.
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
import shutil
import sqlite3
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

from frontline import config as config_mod
from frontline.models import Claim, Config, Entry, Mention

SYRIA_NOW = datetime(2024, 12, 5, 6, 0, tzinfo=UTC)
SUDAN_NOW = datetime(2025, 2, 13, 12, 0, tzinfo=UTC)

_BUILT: dict[tuple[str, bool], Path] = {}


def load_config(config_path: Path) -> Config:
    """The set's config with poll jitter off (deterministic next-check times)."""
    cfg = config_mod.load(config_path)
    return dataclasses.replace(cfg, settings=dataclasses.replace(cfg.settings, jitter=0.0))


class LabelExtractor:
    """Claims as the set's labels give them (no evidence spans): stable test data."""

    def __init__(self, labels: Path) -> None:
        self.by_guid: dict[str, list[dict]] = {}
        for line in labels.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                self.by_guid[rec["guid"]] = rec["claims"]

    def extract(self, entry: Entry, mentions: list[Mention], feed_side: str | None) -> list[Claim]:
        out = []
        for c in self.by_guid.get(entry.guid, []):
            at = entry.text.find(c["place"])
            span = (at, at + len(c["place"])) if at >= 0 else None
            out.append(
                Claim(
                    place=c["place"],
                    city=c["city"],
                    side=c["side"],
                    kind=c["kind"],
                    claimant=c["claimant"],
                    claimant_side=c["claimant_side"],
                    sentence=entry.text,
                    sentence_start=0,
                    place_span=span,
                )
            )
        return out


def _stages(cfg: Config, labels: Path, real: bool):
    from frontline import pipeline
    from frontline.match import PlaceMatcher

    if real:
        return pipeline.Stages(cfg)
    stages = pipeline.Stages.__new__(pipeline.Stages)
    stages.config = cfg
    stages.matcher = PlaceMatcher(cfg.cities)
    stages.extractor = LabelExtractor(labels)
    return stages


def fill_store(
    config_path: Path, db_path: Path, now: datetime = SYRIA_NOW, real: bool = False
) -> Config:
    """Poll the set once into ``db_path`` (built once per session, then copied)."""
    from frontline import pipeline
    from frontline.store import Store

    cfg = load_config(config_path)
    key = (str(config_path), real)
    built = _BUILT.get(key)
    if built is None or not built.exists():
        built = db_path.with_name(f"_built_{config_path.parent.name}_{int(real)}.db")
        store = Store(built)
        stages = _stages(cfg, config_path.parent / "labels.jsonl", real)
        try:
            # In a thread: callers may be inside a running event loop (async tests).
            with ThreadPoolExecutor(1) as pool:
                pool.submit(
                    asyncio.run, pipeline.poll_once_async(cfg, store, stages=stages, now=now)
                ).result()
        except ImportError:  # analysis.py not landed yet: conflicts from the labels
            _label_conflicts(store, config_path.parent / "conflicts.jsonl", now)
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        store.close()
        _BUILT[key] = built
    if built != db_path:
        src = sqlite3.connect(built)
        dst = sqlite3.connect(db_path)
        src.backup(dst)
        dst.close()
        src.close()
    return cfg


def copy_store(src: Path, dst: Path) -> None:
    shutil.copyfile(src, dst)


def _label_conflicts(store, path: Path, now: datetime) -> None:
    """Store the set's labelled conflicts (first contradicting claim pair of each)."""
    stamp = now.strftime("%Y-%m-%dT%H:%M:%SZ")
    with store.transaction() as c:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            rec = json.loads(line)
            ids = []
            for guid in (rec["a"], rec["b"]):
                row = c.execute(
                    "SELECT i.id, i.ts, c.id, c.city FROM items i JOIN claims c ON c.item_id = i.id"
                    " WHERE i.guid = ? AND c.place = ? ORDER BY c.id LIMIT 1",
                    (guid, rec["place"]),
                ).fetchone()
                if row is None:
                    break
                ids.append(tuple(row))
            if len(ids) != 2:
                continue
            (ia, ta, ca, city), (ib, tb, cb, _) = ids
            c.execute(
                "INSERT OR IGNORE INTO conflicts(place, city, item_a, item_b, claim_a, claim_b,"
                " ts, first_seen) VALUES (?,?,?,?,?,?,?,?)",
                (rec["place"], city, ia, ib, ca, cb, max(ta, tb), stamp),
            )


# --------------------------------------------------------------------------- app helpers

SETTLE_GROUPS = frozenset({"load", "detail", "health", "brief", "check"})


async def settle(app, pilot, rounds: int = 3) -> None:
    """Wait until queued triage writes are stored and every load/detail worker is done."""
    for _ in range(rounds):
        await asyncio.to_thread(app._writes.join)
        await pilot.pause()
        while app._reload_timer is not None:  # a coalesced reload is due
            await pilot.pause(0.05)
        busy = [w for w in app.workers if w.group in SETTLE_GROUPS and not w.is_finished]
        if busy:
            await app.workers.wait_for_complete(busy)
        await pilot.pause()


async def started(app, pilot) -> None:
    """Wait for the first snapshot to be on screen."""
    for _ in range(200):
        if app.snapshot is not None and app.dashboard.claims.row_count:
            break
        await pilot.pause(0.02)
    await settle(app, pilot)


def stored_triage(db_path: Path, item_id: int) -> dict[str, int]:
    conn = sqlite3.connect(db_path)
    try:
        row = conn.execute(
            "SELECT read, flagged, verified, dismissed FROM triage WHERE item_id = ?", (item_id,)
        ).fetchone()
    finally:
        conn.close()
    keys = ("read", "flagged", "verified", "dismissed")
    return dict(zip(keys, row or (0, 0, 0, 0), strict=True))


def cell_text(table, row_key: str, column: str) -> str:
    return table.get_cell(row_key, column).plain
