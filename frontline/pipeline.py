"""One poll cycle as one call: fetch, parse, store, match, extract, find conflicts.

The CLI, the headless poller and the dashboard's worker all go through these functions,
so what the journalist sees on screen is exactly what ``frontline export`` prints.
Nothing here imports Textual.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from frontline import analysis, fetch
from frontline.claims import Extractor
from frontline.match import PlaceMatcher
from frontline.models import Config, Entry, FeedConfig, ParsedFeed
from frontline.parse import ParsePool
from frontline.store import NEW, SAME, Store, from_iso, to_iso, utcnow


@dataclass
class Report:
    """What one cycle did, for the CLI line, the dashboard's toast and tests."""

    feeds_ok: list[str] = field(default_factory=list)
    feeds_failed: dict[str, str] = field(default_factory=dict)  # name -> one-line error
    feeds_unchanged: list[str] = field(default_factory=list)  # 304 or same body: not parsed
    new_items: int = 0
    changed_items: int = 0
    new_claims: int = 0
    new_conflicts: list[int] = field(default_factory=list)  # conflicts table ids
    warnings: list[str] = field(default_factory=list)  # e.g. malformed but readable feeds
    error: str | None = None  # the whole cycle failed (poll_forever only); one line
    elapsed: float = 0.0
    started: datetime = field(default_factory=utcnow)

    @property
    def ok(self) -> bool:
        return not self.feeds_failed and self.error is None

    def summary(self) -> str:
        """One line: what a poller prints per cycle."""
        if self.error:
            return f"{to_iso(self.started)}, cycle failed: {self.error}"
        feeds = len(self.feeds_ok) + len(self.feeds_failed)
        parts = [
            f"{to_iso(self.started)}",
            f"{feeds} feeds ({len(self.feeds_failed)} failed, "
            f"{len(self.feeds_unchanged)} unchanged)",
            f"{self.new_items} new items",
        ]
        if self.changed_items:
            parts.append(f"{self.changed_items} changed")
        parts.append(f"{self.new_claims} claims")
        parts.append(f"{len(self.new_conflicts)} new conflicts")
        parts.append(f"{self.elapsed:.1f}s")
        return ", ".join(parts)

    def merge(self, other: Report) -> None:
        self.feeds_ok += other.feeds_ok
        self.feeds_failed.update(other.feeds_failed)
        self.feeds_unchanged += other.feeds_unchanged
        self.new_items += other.new_items
        self.changed_items += other.changed_items
        self.new_claims += other.new_claims
        self.new_conflicts += other.new_conflicts
        self.warnings += other.warnings


# --------------------------------------------------------------------------- stages


@dataclass
class Touched:
    """What a cycle changed, so conflicts are recomputed only where they can have changed:
    the places whose claims changed, the items that changed, and the span of their times."""

    places: set[str] = field(default_factory=set)
    items: set[int] = field(default_factory=set)
    first: str | None = None  # earliest ts of a touched item
    last: str | None = None

    def add_item(self, item_id: int, ts: str) -> None:
        self.items.add(item_id)
        self.first = ts if self.first is None or ts < self.first else self.first
        self.last = ts if self.last is None or ts > self.last else self.last


class Stages:
    """The matcher and extractor built once from a config (they are costly to build)."""

    def __init__(self, config: Config) -> None:
        self.config = config
        self.matcher = PlaceMatcher(config.cities)
        self.extractor = Extractor(config)

    def feed_side(self, feed: str) -> str | None:
        fc = self.config.feed(feed)
        return fc.side if fc else None


def _process_entries(
    stages: Stages,
    store: Store,
    feed: str,
    entries: Sequence[Entry],
    now: datetime,
    report: Report,
    touched: Touched,
) -> int:
    """Store a feed's entries and (re)extract new or changed ones; return new item count."""
    side = stages.feed_side(feed)
    new = 0
    with store.transaction():
        for w in store.write(feed, entries, now):
            if w.status == SAME:
                continue
            fresh = w.status == NEW
            if fresh:
                new += 1
            else:
                report.changed_items += 1
                touched.places.update(w.old_places)  # their conflicts may be gone now
            report.new_claims += _extract_item(
                stages, store, w.item_id, w.entry, side, touched, w.ts, fresh=fresh
            )
    report.new_items += new
    return new


def _extract_item(
    stages: Stages,
    store: Store,
    item_id: int,
    entry: Entry,
    side: str | None,
    touched: Touched,
    ts: str,
    *,
    fresh: bool = False,
) -> int:
    """Match and extract one item, replacing what was stored; return its claim count."""
    mentions = stages.matcher.find(entry.text)
    if mentions or not fresh:
        store.replace_mentions(item_id, mentions, fresh=fresh)
    claims = stages.extractor.extract(entry, mentions, side) if mentions else []
    if claims or not fresh:
        touched.places |= store.replace_claims(item_id, claims, ts, fresh=fresh)
        touched.add_item(item_id, ts)
    return len(claims)


def recompute_conflicts(
    config: Config,
    store: Store,
    places: Iterable[str] | None = None,
    *,
    touched: Touched | None = None,
) -> list[int]:
    """Bring the conflicts table up to date; return the ids of conflicts that are new.

    With ``touched`` (what a poll changed), only conflicts that involve a touched item in
    a touched place are recomputed, from the claims within one conflict window of those
    items: a poll costs what it brought, not the whole history. Otherwise the conflicts
    of ``places`` (every place if None) are recomputed from all their claims, which is
    what to call after triage changes (dismissing an item drops its claims).
    """
    window = config.settings.conflict_window_hours
    if touched is not None:
        if not touched.places or not touched.items or touched.first is None:
            return []
        span = timedelta(hours=window)
        since = from_iso(touched.first) - span  # type: ignore[operator]
        until = from_iso(touched.last) + span  # type: ignore[operator]
        records = store.claim_records(since=since, until=until, places=touched.places)
        found = [
            k
            for k in analysis.conflicts(records, window)
            if k.a.item_id in touched.items or k.b.item_id in touched.items
        ]
        return store.replace_conflicts(found, places=touched.places, items=touched.items)
    place_list = None if places is None else sorted(set(places))
    if place_list is not None and not place_list:
        return []
    records = store.claim_records(places=place_list)
    found = analysis.conflicts(records, window)
    return store.replace_conflicts(found, places=place_list)


# --------------------------------------------------------------------------- ingest


def _feed_for_path(config: Config, path: Path) -> FeedConfig:
    """The configured feed whose file: URL is this file, else an ad-hoc feed named by it."""
    uri = path.resolve().as_uri()
    for feed in config.feeds:
        if feed.url == uri:
            return feed
    return FeedConfig(name=path.stem, url=uri, side=None)


def ingest(
    config: Config,
    store: Store,
    paths: Iterable[str | Path],
    *,
    pool: ParsePool | None = None,
    stages: Stages | None = None,
) -> Report:
    """Parse local feed files through the same path as a poll (no schedule, no validators)."""
    t0 = time.perf_counter()
    report = Report()
    stages = stages or Stages(config)
    now = utcnow()
    jobs: list[tuple[FeedConfig, bytes]] = []
    for raw in paths:
        path = Path(raw).expanduser()
        feed = _feed_for_path(config, path)
        try:
            data = path.read_bytes()
        except OSError as e:
            report.feeds_failed[feed.name] = f"{path}: cannot read: {e.strerror or e}"
            continue
        jobs.append((feed, data))
    own_pool = pool is None
    pool = pool or ParsePool()
    try:
        parsed = pool.map([(f.name, d) for f, d in jobs], now=now)
    finally:
        if own_pool:
            pool.close()
    touched = Touched()
    for (feed, data), result in zip(jobs, parsed, strict=True):
        store.ensure_feed(feed)
        if not result.is_feed:
            report.feeds_failed[feed.name] = f"{feed.name}: {result.problem or 'not a feed'}"
            store.log_fetch(feed.name, outcome="error", at=now, nbytes=len(data),
                            error=report.feeds_failed[feed.name])  # fmt: skip
            continue
        if result.problem:
            report.warnings.append(f"{feed.name}: {result.problem}")
        new = _process_entries(stages, store, feed.name, result.entries, now, report, touched)
        if result.title:
            store.save_feed_state(feed.name, title=result.title)
        store.log_fetch(feed.name, outcome="ok", at=now, nbytes=len(data), new_items=new)
        report.feeds_ok.append(feed.name)
    report.new_conflicts = recompute_conflicts(config, store, touched=touched)
    report.elapsed = time.perf_counter() - t0
    return report


# --------------------------------------------------------------------------- poll


async def poll_once_async(
    config: Config,
    store: Store,
    *,
    due_only: bool = False,
    pool: ParsePool | None = None,
    stages: Stages | None = None,
    now: datetime | None = None,
) -> Report:
    """One poll cycle on the running event loop; parsing runs in ``pool`` off the loop."""
    t0 = time.perf_counter()
    now = now or utcnow()
    report = Report(started=now)
    stages = stages or Stages(config)
    store.sync_feeds(config.feeds)
    rows = store.feed_states()
    states = {f.name: fetch.FeedState.from_row(rows.get(f.name, {})) for f in config.feeds}
    feeds = fetch.due_feeds(config.feeds, states, now) if due_only else list(config.feeds)
    if not feeds:
        report.elapsed = time.perf_counter() - t0
        return report
    by_name = {f.name: f for f in feeds}
    touched = Touched()

    def finish(results: list[fetch.FetchResult], parsed: dict[str, ParsedFeed]) -> None:
        """Store one batch of results: entries, extraction, feed state, fetch log."""
        for result in results:
            feed = by_name[result.feed]
            doc = parsed.get(result.feed)
            if doc is not None and not doc.is_feed:
                # A body that is not a feed (an HTML error page) is a failure, not a
                # success: keep the old validators so the next poll fetches it again.
                kind = f" ({result.content_type})" if result.content_type else ""
                result = replace(
                    result, outcome=fetch.ERROR, body=None, body_hash=None,
                    error=f"{doc.problem or 'not a feed'}{kind}",
                )  # fmt: skip
                doc = None
            new = 0
            if doc is not None:
                if doc.problem:
                    report.warnings.append(f"{feed.name}: {doc.problem}")
                new = _process_entries(stages, store, feed.name, doc.entries, now, report, touched)
            state = fetch.update_state(
                states[feed.name], result, config.settings, now, new, interval=feed.interval
            )
            with store.transaction():
                store.save_feed_state(feed.name, **state.to_row())
                if doc is not None and doc.title:
                    store.save_feed_state(feed.name, title=doc.title)
                store.log_fetch(
                    feed.name,
                    outcome=result.outcome,
                    at=now,
                    status=result.status,
                    nbytes=result.bytes,
                    elapsed_ms=result.elapsed_ms,
                    new_items=new,
                    error=result.log_row(now, new)["error"],
                )
            if result.outcome == fetch.ERROR:
                report.feeds_failed[feed.name] = result.error or "unknown error"
            else:
                report.feeds_ok.append(feed.name)
                if result.outcome in (fetch.NOT_MODIFIED, fetch.UNCHANGED):
                    report.feeds_unchanged.append(feed.name)

    # Fetches arrive in completion order; whatever has arrived while the last batch was
    # being parsed and stored becomes the next batch. So a slow feed never holds back the
    # others, and a cold poll still parses many bodies at once in the process pool.
    queue: asyncio.Queue[fetch.FetchResult | None] = asyncio.Queue()

    async def produce() -> None:
        try:
            async for result in fetch.iter_fetch(feeds, states, config.settings):
                queue.put_nowait(result)
        finally:
            queue.put_nowait(None)

    own_pool = pool is None
    pool = pool or ParsePool()
    producer = asyncio.create_task(produce())
    try:
        finished = False
        while not finished:
            batch = [await queue.get()]
            while not queue.empty():
                batch.append(queue.get_nowait())
            finished = batch[-1] is None
            results = [r for r in batch if r is not None]
            to_parse = [r for r in results if r.outcome == fetch.OK and r.body is not None]
            docs = (
                await pool.parse_many([(r.feed, r.body) for r in to_parse], now=now)
                if to_parse
                else []
            )
            parsed = {r.feed: d for r, d in zip(to_parse, docs, strict=True)}
            await asyncio.to_thread(finish, results, parsed)
        await producer  # re-raise anything unexpected from the fetcher
    finally:
        if not producer.done():
            producer.cancel()
            await asyncio.gather(producer, return_exceptions=True)
        if own_pool:
            pool.close()
    report.new_conflicts = await asyncio.to_thread(
        lambda: recompute_conflicts(config, store, touched=touched)
    )
    report.elapsed = time.perf_counter() - t0
    return report


def poll_once(
    config: Config,
    store: Store,
    *,
    due_only: bool = False,
    pool: ParsePool | None = None,
    stages: Stages | None = None,
) -> Report:
    """One poll cycle from synchronous code (a CLI, a thread worker): runs its own loop."""
    return asyncio.run(poll_once_async(config, store, due_only=due_only, pool=pool, stages=stages))


def next_due(store: Store, config: Config, now: datetime | None = None) -> datetime:
    """When the earliest configured feed is next due (now if any has never been checked)."""
    now = now or utcnow()
    rows = store.feed_states()
    soonest: datetime | None = None
    for feed in config.feeds:
        state = fetch.FeedState.from_row(rows.get(feed.name, {}))
        when = state.next_check or now
        if state.retry_after and state.retry_after > when:
            when = state.retry_after
        soonest = when if soonest is None else min(soonest, when)
    return soonest or now + timedelta(seconds=config.settings.poll_interval)


def poll_forever(
    config: Config,
    store: Store,
    stop_event: threading.Event,
    on_report: Callable[[Report], None] | None = None,
    *,
    min_sleep: float = 1.0,
    error_sleep: float = 30.0,
) -> None:
    """Poll due feeds until ``stop_event`` is set; call ``on_report`` after each cycle.

    Sleeps until the next feed is due. Setting ``stop_event`` also cancels a cycle in
    flight (between stored batches, so nothing half-written). A cycle that fails as a
    whole (the disk is full, the database is locked for too long) is reported through
    ``Report.error`` and retried after ``error_sleep`` seconds instead of killing the
    poller. One process pool and one matcher/extractor serve every cycle.
    """
    stages = Stages(config)
    with ParsePool() as pool:
        while not stop_event.is_set():
            wait = min_sleep
            try:
                report = asyncio.run(_stoppable_cycle(config, store, stop_event, pool, stages))
            except Exception as exc:  # noqa: BLE001 - the poller must outlive one bad cycle
                report = Report(error=" ".join(f"{type(exc).__name__}: {exc}".split())[:300])
                wait = error_sleep
            if report is None:  # stopped mid-cycle
                return
            if on_report is not None:
                on_report(report)
            if report.error is None:
                wait = (next_due(store, config) - datetime.now(UTC)).total_seconds()
            stop_event.wait(max(min_sleep, wait))


async def _stoppable_cycle(
    config: Config, store: Store, stop_event: threading.Event, pool: ParsePool, stages: Stages
) -> Report | None:
    task = asyncio.ensure_future(
        poll_once_async(config, store, due_only=True, pool=pool, stages=stages)
    )
    while not task.done():
        if stop_event.is_set():
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)
            return None
        await asyncio.wait({task}, timeout=0.2)
    return task.result()


# --------------------------------------------------------------------------- reextract


def reextract(config: Config, store: Store, *, stages: Stages | None = None) -> Report:
    """Re-run matching and extraction over every stored item (lexicon or config changed)."""
    t0 = time.perf_counter()
    report = Report()
    stages = stages or Stages(config)
    items = list(store.iter_items())
    with store.transaction():
        for item_id, entry in items:
            side = stages.feed_side(entry.feed)
            ts = store.item_ts(item_id) or to_iso(utcnow())
            report.new_claims += _extract_item(stages, store, item_id, entry, side, Touched(), ts)
        report.new_conflicts = recompute_conflicts(config, store, None)
    report.elapsed = time.perf_counter() - t0
    return report


__all__ = [
    "Report",
    "Stages",
    "ingest",
    "next_due",
    "poll_forever",
    "poll_once",
    "poll_once_async",
    "recompute_conflicts",
    "reextract",
]
