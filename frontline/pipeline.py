"""One poll cycle as one call: fetch, parse, store, match, extract, find conflicts.

The CLI, the headless poller and the dashboard's worker all go through these functions,
so what the journalist sees on screen is exactly what ``frontline export`` prints.
Nothing here imports Textual.
"""

from __future__ import annotations

import asyncio
import hashlib
import pickle
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from frontline import analysis, fetch
from frontline.models import Claim, Config, Entry, FeedConfig, Mention, ParsedFeed
from frontline.store import NEW, SAME, Store, content_hash
from frontline.times import from_iso, to_iso, utcnow

if TYPE_CHECKING:  # imported where used: a warm poll (all 304) needs none of them
    from frontline.claims import Extractor
    from frontline.match import PlaceMatcher
    from frontline.parse import ParsePool


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
    #: Seconds per stage, for benchmarks: "parse" / "match" / "extract" are CPU time
    #: summed over workers; "fetch" (until the last response), "write" and "conflicts"
    #: are wall time.
    timings: dict[str, float] = field(default_factory=dict)
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
        for k, v in other.timings.items():
            self.add_time(k, v)

    def add_time(self, stage: str, seconds: float) -> None:
        self.timings[stage] = self.timings.get(stage, 0.0) + seconds


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
    """The matcher and extractor of a config, each built on first use (the extractor costs
    ~0.08 s to build, which a poll where nothing changed should not pay)."""

    def __init__(self, config: Config) -> None:
        self.config = config

    @cached_property
    def matcher(self) -> PlaceMatcher:
        from frontline.match import PlaceMatcher

        return PlaceMatcher(self.config.cities)

    @cached_property
    def extractor(self) -> Extractor:
        from frontline.claims import Extractor

        return Extractor(self.config)

    def feed_side(self, feed: str) -> str | None:
        fc = self.config.feed(feed)
        return fc.side if fc else None


# --------------------------------------------------------------------------- workers

MentionRow = tuple[str, str, int, int]  # place, city, start, end

#: A poll with at least this many feeds never fetched before (a cold start) starts its
#: workers as soon as the first body shows that they will be needed (``_Engine.process``).
COLD_FEEDS = 4


@dataclass(frozen=True)
class Processed:
    """One document parsed, matched and extracted (in a worker process, usually).

    ``hashes``, ``mentions`` and ``claims`` run parallel to ``doc.entries``. An entry
    whose guid and content hash are already stored, or whose guid came earlier in the
    document, was not matched or extracted: its mentions and claims are None.
    Mentions travel as plain tuples: ten times cheaper to pickle than dataclasses.
    """

    doc: ParsedFeed
    hashes: tuple[str, ...] = ()
    mentions: tuple[tuple[MentionRow, ...] | None, ...] = ()
    claims: tuple[tuple[Claim, ...] | None, ...] = ()
    seconds: tuple[float, float, float] = (0.0, 0.0, 0.0)  # parse, match, extract (CPU)


def process_document(
    stages: Stages,
    feed: str,
    data: bytes,
    now: datetime | None,
    side: str | None,
    known: dict[str, str] | None = None,
) -> Processed:
    """Parse one document and match and extract its new or changed entries.

    ``known`` maps the feed's stored guids to their content hashes. Never raises for bad
    input (``parse_bytes`` does not); a bug in a stage does raise, and fails the cycle.
    """
    from frontline.parse import parse_bytes

    clock = time.thread_time
    t0 = clock()
    doc = parse_bytes(data, feed, now)
    t_parse = clock() - t0
    if not doc.is_feed:
        return Processed(doc, seconds=(t_parse, 0.0, 0.0))
    t_match = t_extract = 0.0
    known = known or {}
    hashes: list[str] = []
    mentions: list[tuple[MentionRow, ...] | None] = []
    claims: list[tuple[Claim, ...] | None] = []
    seen: set[str] = set()
    for entry in doc.entries:
        h = content_hash(entry)
        hashes.append(h)
        if entry.guid in seen or known.get(entry.guid) == h:
            mentions.append(None)
            claims.append(None)
            continue
        seen.add(entry.guid)
        t0 = clock()
        found = stages.matcher.find(entry.text)
        t1 = clock()
        mentions.append(tuple((m.place, m.city, m.start, m.end) for m in found))
        claims.append(tuple(stages.extractor.extract(entry, found, side)) if found else ())
        t_match += t1 - t0
        t_extract += clock() - t1
    return Processed(
        doc, tuple(hashes), tuple(mentions), tuple(claims), (t_parse, t_match, t_extract)
    )


#: In a worker process: (config token, its stages), built by the first job of a config.
_WORKER_STAGES: tuple[str, Stages] | None = None

Job = tuple[str, Config, str, bytes, datetime | None, str | None, dict[str, str]]


def _worker_stages(token: str, config: Config) -> Stages:
    """This worker's stages for ``config``, built on its first job for that config."""
    global _WORKER_STAGES
    if _WORKER_STAGES is None or _WORKER_STAGES[0] != token:
        _WORKER_STAGES = (token, Stages(config))
    return _WORKER_STAGES[1]


def _process_job(job: Job) -> Processed:
    """What a worker runs: ``process_document`` with stages built once per process."""
    token, config, feed, data, now, side, known = job
    return process_document(_worker_stages(token, config), feed, data, now, side, known)


def _warm_job(job: tuple[str, Config]) -> None:
    """What a worker runs first on a cold poll: build its stages while bodies download."""
    stages = _worker_stages(*job)
    stages.matcher, stages.extractor  # noqa: B018


def extract_entries(
    stages: Stages, rows: Sequence[tuple[Entry, str | None]]
) -> list[tuple[tuple[MentionRow, ...], tuple[Claim, ...]]]:
    """Mentions (as tuples) and claims of each ``(entry, feed side)``, in order."""
    out = []
    for entry, side in rows:
        found = stages.matcher.find(entry.text)
        mentions = tuple((m.place, m.city, m.start, m.end) for m in found)
        out.append((mentions, tuple(stages.extractor.extract(entry, found, side)) if found else ()))
    return out


def _extract_job(
    job: tuple[str, Config, list[tuple[Entry, str | None]]],
) -> list[tuple[tuple[MentionRow, ...], tuple[Claim, ...]]]:
    """What a worker runs for ``reextract``: one batch of stored items."""
    token, config, rows = job
    return extract_entries(_worker_stages(token, config), rows)


def _config_token(config: Config) -> str:
    """Identifies a config's content, so a worker rebuilds its stages when it changes."""
    return hashlib.sha1(pickle.dumps(config)).hexdigest()


#: Stages built in this process (small batches, a dead worker's job), per config token.
_LOCAL_STAGES: dict[str, Stages] = {}
_LOCAL_LOCK = threading.Lock()


class _Engine:
    """Where a cycle's documents are processed: in the worker pool, or in this process
    when the caller gave its own ``stages`` (they may not be picklable), when the pool
    has one worker, or while the pool is not running and this cycle has brought less
    than ``pool.inline_bytes`` so far (starting workers costs more than processing a
    feed or two: a poll where one feed changed stays in this process)."""

    def __init__(self, config: Config, store: Store, pool: ParsePool | None,
                 stages: Stages | None, now: datetime) -> None:  # fmt: skip
        self.config = config
        self.store = store
        self.now = now
        self.custom = stages
        self.token = _config_token(config)
        self._pool = pool
        self.own_pool = pool is None
        self._reader: sqlite3.Connection | None = None
        self._inline_bytes = 0  # processed in this process so far
        self._warming: list[asyncio.Future[None]] = []
        self.cold_feeds = 0  # feeds in this cycle never fetched before

    @property
    def pool(self) -> ParsePool:
        if self._pool is None:
            from frontline.parse import ParsePool

            self._pool = ParsePool()
        return self._pool

    @property
    def stages(self) -> Stages:
        """Stages for work done in this process."""
        if self.custom is not None:
            return self.custom
        with _LOCAL_LOCK:
            stages = _LOCAL_STAGES.get(self.token)
            if stages is None:
                _LOCAL_STAGES.clear()
                stages = _LOCAL_STAGES[self.token] = Stages(self.config)
            # Build them here, under the lock, so two threads never build them twice.
            stages.matcher, stages.extractor  # noqa: B018
            return stages

    def known(self, feed: str) -> dict[str, str]:
        """The feed's stored hashes, read on this thread's own connection (WAL: it
        does not wait for the writer thread)."""
        if self._reader is None:
            self._reader = self.store.reader()
        return self.store.known_hashes(feed, self._reader)

    def _inline(self, data: bytes) -> bool:
        if self.custom is not None:
            return True
        if self._warming:
            return False
        pool = self._pool
        if pool is not None and pool.started:
            return pool.max_workers <= 1
        if self._inline_bytes + len(data) >= self._budget():
            return False
        self._inline_bytes += len(data)
        return True

    def _budget(self) -> int:
        """Bytes a cycle may process in this process before the workers pay off."""
        return self._pool.inline_bytes if self._pool is not None else 512 * 1024

    def warm_up(self) -> None:
        """Start the workers and build their stages now, while the other bodies download.

        For a poll that will parse many feeds it has never fetched (a cold start): the
        first bodies would otherwise be processed here, building a matcher and extractor
        this process does not need, and the workers started only once that budget ran out.
        """
        if self.custom is not None or self.pool.max_workers <= 1:
            return
        job = (self.token, self.config)
        for _ in range(self.pool.max_workers):
            self._warming.append(asyncio.ensure_future(self.pool.call(_warm_job, job)))

    async def process(self, feed: FeedConfig, data: bytes) -> Processed:
        known = self.known(feed.name)
        if (
            not self._warming
            and self.cold_feeds >= COLD_FEEDS
            and len(data) * self.cold_feeds >= self._budget()
            and not (self._pool is not None and self._pool.started)
        ):
            self.warm_up()  # the cold feeds are likely as big as this one: use the workers
        if self._inline(data):
            return await asyncio.to_thread(
                lambda: process_document(self.stages, feed.name, data, self.now, feed.side, known)
            )
        job: Job = (self.token, self.config, feed.name, data, self.now, feed.side, known)
        return await self.pool.call(_process_job, job)

    def close(self) -> None:
        for future in self._warming:
            if not future.done():
                future.cancel()
            elif not future.cancelled():
                future.exception()  # retrieved: a failed warm-up only cost its time
        if self._reader is not None:
            self._reader.close()
            self._reader = None
        if self.own_pool and self._pool is not None:
            self._pool.close()


def _store_processed(
    engine: _Engine,
    feed: str,
    proc: Processed,
    report: Report,
    touched: Touched,
) -> int:
    """Store a processed document's entries, mentions and claims; return new item count.

    One transaction (the caller's, if any); mentions and claims of every new or changed
    item go in with one ``executemany`` each.
    """
    store = engine.store
    for stage, seconds in zip(("parse", "match", "extract"), proc.seconds, strict=True):
        report.add_time(stage, seconds)
    extracted: dict[str, tuple[tuple[MentionRow, ...], tuple[Claim, ...]]] = {}
    for entry, m, c in zip(proc.doc.entries, proc.mentions, proc.claims, strict=True):
        if m is not None and c is not None:
            extracted.setdefault(entry.guid, (m, c))
    new = 0
    mention_rows: list[tuple[int, str, str, int, int]] = []
    claim_rows: list[tuple[int, Sequence[Claim], str]] = []
    with store.transaction():
        written = store.write(feed, proc.doc.entries, engine.now, hashes=proc.hashes)
        for w in written:
            if w.status == SAME:
                continue
            fresh = w.status == NEW
            if fresh:
                new += 1
            else:
                report.changed_items += 1
                touched.places.update(w.old_places)  # their conflicts may be gone now
            got = extracted.get(w.entry.guid)
            if got is None:  # the worker took it for stored and unchanged: do it here
                stages = engine.stages
                found = stages.matcher.find(w.entry.text)
                side = stages.feed_side(feed)
                got = (
                    tuple((m.place, m.city, m.start, m.end) for m in found),
                    tuple(stages.extractor.extract(w.entry, found, side)) if found else (),
                )
            mentions, claims = got
            mention_rows.extend((w.item_id, *m) for m in mentions)
            if claims:
                claim_rows.append((w.item_id, claims, w.ts))
                report.new_claims += len(claims)
            if claims or not fresh:
                touched.add_item(w.item_id, w.ts)
        touched.places |= store.add_extraction(mention_rows, claim_rows)
    report.new_items += new
    return new


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
        # A generator, written as it comes: a poll that brings many conflicts holds the
        # claims and one place's items in memory, never the list of every pair.
        found = (
            k
            for k in analysis.iter_conflicts(records, window)
            if k.a.item_id in touched.items or k.b.item_id in touched.items
        )
        return store.replace_conflicts(found, places=touched.places, items=touched.items)
    place_list = None if places is None else sorted(set(places))
    if place_list is not None and not place_list:
        return []
    records = store.claim_records(places=place_list)
    return store.replace_conflicts(analysis.iter_conflicts(records, window), places=place_list)


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
    return asyncio.run(_ingest(config, store, paths, pool=pool, stages=stages))


async def _ingest(
    config: Config,
    store: Store,
    paths: Iterable[str | Path],
    *,
    pool: ParsePool | None,
    stages: Stages | None,
) -> Report:
    t0 = time.perf_counter()
    report = Report()
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
    for feed, _ in jobs:
        store.ensure_feed(feed)  # before the workers read which items are stored
    engine = _Engine(config, store, pool, stages, now)
    touched = Touched()
    try:
        done = await asyncio.gather(*(engine.process(f, d) for f, d in jobs))
        for (feed, data), proc in zip(jobs, done, strict=True):
            result = proc.doc
            if not result.is_feed:
                report.feeds_failed[feed.name] = f"{feed.name}: {result.problem or 'not a feed'}"
                store.log_fetch(feed.name, outcome="error", at=now, nbytes=len(data),
                                error=report.feeds_failed[feed.name])  # fmt: skip
                continue
            if result.problem:
                report.warnings.append(f"{feed.name}: {result.problem}")
            with store.transaction():
                new = _store_processed(engine, feed.name, proc, report, touched)
                if result.title:
                    store.save_feed_state(feed.name, title=result.title)
                store.log_fetch(feed.name, outcome="ok", at=now, nbytes=len(data), new_items=new)
            report.feeds_ok.append(feed.name)
    finally:
        engine.close()
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
    """One poll cycle on the running event loop.

    The event loop fetches; each body that came back changed goes to a worker process
    as soon as it arrives, to be parsed, matched and extracted there (``stages``: do
    that in this process with these instead); a writer thread stores whatever has come
    back since its last batch, in one transaction. So fetching, the CPU-bound stages
    and writing overlap, and a poll where every feed answered 304 is fetch + one small
    transaction: no worker is started and no extractor is built.
    """
    t0 = time.perf_counter()
    now = now or utcnow()
    report = Report(started=now)
    store.sync_feeds(config.feeds)
    rows = store.feed_states()
    states = {f.name: fetch.FeedState.from_row(rows.get(f.name, {})) for f in config.feeds}
    feeds = fetch.due_feeds(config.feeds, states, now) if due_only else list(config.feeds)
    if not feeds:
        report.elapsed = time.perf_counter() - t0
        return report
    by_name = {f.name: f for f in feeds}
    touched = Touched()
    engine = _Engine(config, store, pool, stages, now)
    engine.cold_feeds = sum(1 for f in feeds if states[f.name].body_hash is None)

    def finish(batch: list[tuple[fetch.FetchResult, Processed | None]]) -> None:
        """Store one batch of results in one transaction: items, feed state, fetch log."""
        t = time.perf_counter()
        with store.transaction():
            for result, proc in batch:
                _finish_one(engine, by_name[result.feed], result, proc, states, report, touched)
        report.add_time("write", time.perf_counter() - t)

    # Results reach the writer in completion order: whatever has arrived while it was
    # storing the last batch becomes the next one, so a slow feed never holds back the
    # others and a cold poll writes in few large transactions.
    queue: asyncio.Queue[tuple[fetch.FetchResult, Processed | None] | None] = asyncio.Queue()

    async def work(feed: FeedConfig, result: fetch.FetchResult) -> None:
        assert result.body is not None
        queue.put_nowait((result, await engine.process(feed, result.body)))

    async def produce() -> None:
        tasks: list[asyncio.Task[None]] = []
        try:
            async for result in fetch.iter_fetch(feeds, states, config.settings):
                if result.outcome == fetch.OK and result.body is not None:
                    tasks.append(asyncio.ensure_future(work(by_name[result.feed], result)))
                else:
                    queue.put_nowait((result, None))
            report.timings["fetch"] = time.perf_counter() - t0
            await asyncio.gather(*tasks)
        finally:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            queue.put_nowait(None)

    producer = asyncio.create_task(produce())
    try:
        finished = False
        while not finished:
            batch = [await queue.get()]
            while not queue.empty():
                batch.append(queue.get_nowait())
            finished = batch[-1] is None
            results = [b for b in batch if b is not None]
            if results:
                await asyncio.to_thread(finish, results)
        await producer  # re-raise anything unexpected from the fetcher or a stage
    finally:
        if not producer.done():
            producer.cancel()
            await asyncio.gather(producer, return_exceptions=True)
        engine.close()
    if touched.items:
        t = time.perf_counter()
        report.new_conflicts = await asyncio.to_thread(
            lambda: recompute_conflicts(config, store, touched=touched)
        )
        report.add_time("conflicts", time.perf_counter() - t)
    report.elapsed = time.perf_counter() - t0
    return report


def _finish_one(
    engine: _Engine,
    feed: FeedConfig,
    result: fetch.FetchResult,
    proc: Processed | None,
    states: dict[str, fetch.FeedState],
    report: Report,
    touched: Touched,
) -> None:
    """Store one fetch result: its entries (if any), the feed's state, the fetch log."""
    store = engine.store
    doc = proc.doc if proc is not None else None
    if doc is not None and not doc.is_feed:
        # A body that is not a feed (an HTML error page) is a failure, not a success:
        # keep the old validators so the next poll fetches it again.
        kind = f" ({result.content_type})" if result.content_type else ""
        result = replace(
            result, outcome=fetch.ERROR, body=None, body_hash=None,
            error=f"{doc.problem or 'not a feed'}{kind}",
        )  # fmt: skip
        proc = doc = None
    new = 0
    if proc is not None and doc is not None:
        if doc.problem:
            report.warnings.append(f"{feed.name}: {doc.problem}")
        new = _store_processed(engine, feed.name, proc, report, touched)
    settings = engine.config.settings
    state = fetch.update_state(
        states[feed.name], result, settings, engine.now, new, interval=feed.interval
    )
    store.save_feed_state(feed.name, **state.to_row())
    if doc is not None and doc.title:
        store.save_feed_state(feed.name, title=doc.title)
    store.log_fetch(
        feed.name,
        outcome=result.outcome,
        at=engine.now,
        status=result.status,
        nbytes=result.bytes,
        elapsed_ms=result.elapsed_ms,
        new_items=new,
        error=result.log_row(engine.now, new)["error"],
    )
    if result.outcome == fetch.ERROR:
        report.feeds_failed[feed.name] = result.error or "unknown error"
    else:
        report.feeds_ok.append(feed.name)
        if result.outcome in (fetch.NOT_MODIFIED, fetch.UNCHANGED):
            report.feeds_unchanged.append(feed.name)


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
    from frontline.parse import ParsePool

    stages = None  # built in the workers (and here, lazily, for small documents)
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
    config: Config,
    store: Store,
    stop_event: threading.Event,
    pool: ParsePool,
    stages: Stages | None,
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


#: Stored items per worker job in ``reextract``: enough to amortise sending them, few
#: enough that both workers stay busy and memory stays bounded on a large store.
REEXTRACT_BATCH = 250


def reextract(
    config: Config, store: Store, *, stages: Stages | None = None, pool: ParsePool | None = None
) -> Report:
    """Re-run matching and extraction over every stored item (lexicon or config changed).

    Items are read in batches and extracted in the worker processes (``stages``: in this
    process with these instead), so a store of months of items neither waits on one core
    nor sits in memory at once. One transaction: a failure leaves the old claims whole.
    """
    t0 = time.perf_counter()
    report = Report()
    own_pool = pool is None and stages is None
    if own_pool:
        from frontline.parse import ParsePool

        pool = ParsePool()
    local = stages or Stages(config)
    token = _config_token(config)

    def batches() -> Iterable[list[tuple[int, Entry]]]:
        batch: list[tuple[int, Entry]] = []
        for item in store.iter_items():
            batch.append(item)
            if len(batch) == REEXTRACT_BATCH:
                yield batch
                batch = []
        if batch:
            yield batch

    def rows(batch: list[tuple[int, Entry]]) -> list[tuple[Entry, str | None]]:
        return [(entry, local.feed_side(entry.feed)) for _, entry in batch]

    def extracted() -> Iterable[tuple[list[tuple[int, Entry]], list]]:
        if stages is not None or pool is None or pool.max_workers <= 1:
            for batch in batches():
                yield batch, extract_entries(local, rows(batch))
            return
        from concurrent.futures import BrokenExecutor
        from concurrent.futures import Future as _Future

        window: list[tuple[list[tuple[int, Entry]], _Future]] = []

        def oldest() -> tuple[list[tuple[int, Entry]], list]:
            batch, future = window.pop(0)
            try:
                return batch, future.result()
            except BrokenExecutor:  # a worker died: do this batch here rather than lose it
                return batch, extract_entries(local, rows(batch))

        for batch in batches():
            window.append((batch, pool.submit(_extract_job, (token, config, rows(batch)))))
            if len(window) > 2 * pool.max_workers:
                yield oldest()
        while window:
            yield oldest()

    try:
        with store.transaction():
            for batch, results in extracted():
                for (item_id, _), (mentions, claims) in zip(batch, results, strict=True):
                    store.replace_mentions(
                        item_id, [Mention(p, city, a, b) for p, city, a, b in mentions]
                    )
                    ts = store.item_ts(item_id) or to_iso(utcnow())
                    store.replace_claims(item_id, claims, ts)
                    report.new_claims += len(claims)
            report.new_conflicts = recompute_conflicts(config, store, None)
    finally:
        if own_pool and pool is not None:
            pool.close()
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
