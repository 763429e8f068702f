"""Polite feed fetching: schedule, conditional GET, caps, timeouts, redirects, backoff.

Contract for the pipeline
-------------------------

One poll cycle is::

    feeds = due_feeds(config.feeds, states, now)            # or every feed for `poll --once`
    async for result in iter_fetch(feeds, states, settings):   # or: await fetch_all(...)
        if result.outcome == OK:
            parsed = parse_bytes(result.body, result.feed)   # only OK carries a body to parse
            new = store.write_entries(...)
        states[result.feed] = update_state(states[result.feed], result, settings, now,
                                           new_items=new, interval=feed.interval)
        store: feeds row <- state.to_row(); fetch_log row <- result.log_row(now, new)

* ``FeedState`` is the per-feed memory, one field per ``feeds`` column of ARCHITECTURE.md
  (times are aware UTC datetimes; ``to_row()``/``from_row()`` convert to and from the
  stored ``YYYY-MM-DDTHH:MM:SSZ`` strings). A feed never seen has ``FeedState()``.
* ``FetchResult.outcome`` is one of ``ok`` (a new body to parse), ``not_modified`` (HTTP
  304), ``unchanged`` (a 200 whose body hash equals the stored one: do not parse, ``body``
  is None) and ``error`` (``error`` is one line naming what went wrong).
* ``iter_fetch``/``fetch_all`` never raise for one feed's failure: every feed given yields
  exactly one result. Results come in completion order, so parsing can start early.
* ``update_state`` is pure: given the old state and a result it says what to write,
  including the next check time (interval ± jitter, exponential backoff with jitter on
  errors capped at ``max_backoff``, Retry-After honoured, 410 backs off to the cap).
  ``last_error`` keeps the most recent error even after a success; the feed is failing
  now when ``error_streak > 0``.
* ``permanent_url`` (learnt from 301/308) is where the next fetch goes instead of the
  configured URL. When the configured URL changes, the pipeline should reset it to None.

Why several clients: one ``httpx.AsyncClient`` with many connections spends most of an
all-304 poll in its pool bookkeeping, so hosts are spread over a few small clients.
"""

from __future__ import annotations

import asyncio
import builtins
import hashlib
import math
import random
import re
import ssl
import time
from collections.abc import AsyncIterator, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from functools import cache
from pathlib import Path
from urllib.parse import urljoin, urlsplit
from urllib.request import url2pathname

import httpx

from frontline.models import FeedConfig, Settings
from frontline.textclean import clean
from frontline.times import from_iso, to_iso

OK = "ok"
NOT_MODIFIED = "not_modified"
UNCHANGED = "unchanged"
ERROR = "error"
OUTCOMES = (OK, NOT_MODIFIED, UNCHANGED, ERROR)

#: Connections one client may hold before another client is worth creating.
CONNECTIONS_PER_CLIENT = 4

_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_PERMANENT = frozenset({301, 308})
_RETRY_AFTER_STATUSES = frozenset({429, 503})
_MAX_ERROR_CHARS = 300


# --------------------------------------------------------------------------- state


@dataclass(frozen=True)
class FeedState:
    """What is remembered about one feed between polls (the ``feeds`` table columns)."""

    etag: str | None = None
    last_modified: str | None = None
    body_hash: str | None = None
    permanent_url: str | None = None
    last_attempt: datetime | None = None
    last_success: datetime | None = None
    last_new_item: datetime | None = None
    last_status: int | None = None
    error_streak: int = 0
    last_error: str | None = None
    next_check: datetime | None = None
    retry_after: datetime | None = None

    def to_row(self) -> dict[str, object]:
        """The state as ``feeds`` column values (times as stored strings)."""
        row: dict[str, object] = {}
        for name in _STATE_FIELDS:
            value = getattr(self, name)
            row[name] = to_iso(value) if isinstance(value, datetime) else value
        return row

    @classmethod
    def from_row(cls, row: Mapping[str, object]) -> FeedState:
        """Build a state from a ``feeds`` row; unknown keys (id, name, url...) are ignored."""
        values: dict[str, object] = {}
        for name in _STATE_FIELDS:
            value = row.get(name) if hasattr(row, "get") else row[name]
            if name in _TIME_FIELDS:
                value = from_iso(value) if isinstance(value, str) else None
            values[name] = value
        values["error_streak"] = int(values.get("error_streak") or 0)
        return cls(**values)  # type: ignore[arg-type]


_STATE_FIELDS = tuple(FeedState.__dataclass_fields__)
_TIME_FIELDS = frozenset(
    {"last_attempt", "last_success", "last_new_item", "next_check", "retry_after"}
)


@dataclass(frozen=True)
class FetchResult:
    """What one fetch of one feed gave; ``outcome`` is one of ``OUTCOMES``."""

    feed: str
    url: str  # the URL asked for first: permanent_url if known, else the configured one
    outcome: str
    status: int | None = None  # last HTTP status; None for file: URLs and network errors
    body: builtins.bytes | None = None  # only for OK
    etag: str | None = None
    last_modified: str | None = None
    body_hash: str | None = None
    permanent_url: str | None = None
    final_url: str | None = None  # where the body came from after redirects
    content_type: str | None = None
    error: str | None = None
    retry_after: float | None = None  # seconds, already capped by settings.max_retry_after
    bytes: int = 0  # bytes received on the wire (decoded size for file: URLs)
    elapsed_ms: int = 0

    def log_row(self, at: datetime, new_items: int = 0) -> dict[str, object]:
        """The ``fetch_log`` columns of this result (without ``feed_id``)."""
        return {
            "at": to_iso(at),
            "status": self.status,
            "outcome": self.outcome,
            "bytes": self.bytes,
            "elapsed_ms": self.elapsed_ms,
            "new_items": new_items,
            "error": self.error,
        }


# --------------------------------------------------------------------------- schedule


def due(states: Mapping[str, FeedState], now: datetime) -> list[str]:
    """Names of the feeds to fetch now, the most overdue first (never checked: first)."""
    ready = [(state.next_check, name) for name, state in states.items() if _is_due(state, now)]
    ready.sort(key=lambda pair: (pair[0] is not None, pair[0] or now, pair[1]))
    return [name for _, name in ready]


def due_feeds(
    feeds: Iterable[FeedConfig], states: Mapping[str, FeedState], now: datetime
) -> list[FeedConfig]:
    """The configured feeds that are due; a feed with no state yet is due."""
    by_name = {feed.name: feed for feed in feeds}
    known = {name: states.get(name) or FeedState() for name in by_name}
    return [by_name[name] for name in due(known, now)]


def _is_due(state: FeedState, now: datetime) -> bool:
    if state.retry_after is not None and state.retry_after > now:
        return False
    return state.next_check is None or state.next_check <= now


def next_check(
    state: FeedState,
    result: FetchResult,
    settings: Settings,
    now: datetime,
    *,
    interval: int | None = None,
    rng: random.Random | None = None,
) -> datetime:
    """When to fetch this feed again, given its state *before* ``result``.

    Success: the interval ± ``settings.jitter``. Error number n in a row: interval × 2^(n-1)
    jittered and capped at ``max_backoff`` (410 Gone goes straight to the cap), and never
    before a Retry-After.
    """
    rng = rng or random.Random()
    base = float(interval or settings.poll_interval)
    jitter = max(0.0, settings.jitter)
    if result.outcome != ERROR:
        delay = base * (1 + rng.uniform(-jitter, jitter))
        return now + timedelta(seconds=max(1.0, delay))
    cap = max(float(settings.max_backoff), base)
    streak = state.error_streak + 1
    raw = cap if result.status == 410 else base * 2.0 ** min(streak - 1, 60)
    spread = rng.uniform(-jitter, jitter)
    delay = raw * (1 + spread)
    if delay > cap:  # at the cap: jitter downwards only, so capped feeds still spread out
        delay = cap * (1 - abs(spread))
    if result.retry_after is not None:
        delay = max(delay, min(result.retry_after, float(settings.max_retry_after)))
    return now + timedelta(seconds=max(1.0, delay))


def update_state(
    state: FeedState,
    result: FetchResult,
    settings: Settings,
    now: datetime,
    new_items: int = 0,
    *,
    interval: int | None = None,
    rng: random.Random | None = None,
) -> FeedState:
    """The state to store after ``result``: pure, so the pipeline only writes it."""
    when = next_check(state, result, settings, now, interval=interval, rng=rng)
    if result.outcome == ERROR:
        retry_at = None
        if result.retry_after is not None:
            seconds = min(result.retry_after, float(settings.max_retry_after))
            retry_at = now + timedelta(seconds=seconds)
        return replace(
            state,
            last_attempt=now,
            last_status=result.status,
            error_streak=state.error_streak + 1,
            last_error=result.error or "unknown error",
            next_check=when,
            retry_after=retry_at,
        )
    if result.outcome == NOT_MODIFIED:  # a 304 may refresh validators; keep what it omits
        etag = result.etag or state.etag
        last_modified = result.last_modified or state.last_modified
        body_hash = state.body_hash
    else:
        etag, last_modified, body_hash = result.etag, result.last_modified, result.body_hash
    return replace(
        state,
        etag=etag,
        last_modified=last_modified,
        body_hash=body_hash,
        permanent_url=result.permanent_url,
        last_attempt=now,
        last_success=now,
        last_new_item=now if new_items > 0 else state.last_new_item,
        last_status=result.status,
        error_streak=0,
        next_check=when,
        retry_after=None,
    )


# --------------------------------------------------------------------------- fetching


async def fetch_all(
    feeds: Sequence[FeedConfig],
    states: Mapping[str, FeedState] | None,
    settings: Settings,
    *,
    clients: int | None = None,
) -> list[FetchResult]:
    """Fetch every feed concurrently; one result per feed, in the order of ``feeds``."""
    order = {feed.name: i for i, feed in enumerate(feeds)}
    results = [r async for r in iter_fetch(feeds, states, settings, clients=clients)]
    results.sort(key=lambda r: order.get(r.feed, len(order)))
    return results


async def iter_fetch(
    feeds: Sequence[FeedConfig],
    states: Mapping[str, FeedState] | None,
    settings: Settings,
    *,
    clients: int | None = None,
) -> AsyncIterator[FetchResult]:
    """Yield one result per feed as each completes (so parsing can start early).

    ``clients`` overrides how many HTTP clients share the hosts (for benchmarks).
    """
    if not feeds:
        return
    states = states or {}
    jobs = [(feed, states.get(feed.name) or FeedState()) for feed in feeds]
    fetcher = _Fetcher(settings, [state.permanent_url or feed.url for feed, state in jobs], clients)
    tasks = [asyncio.ensure_future(fetcher.fetch(feed, state)) for feed, state in jobs]
    try:
        for next_done in asyncio.as_completed(tasks):
            yield await next_done
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        await fetcher.aclose()


@cache
def _ssl_context() -> ssl.SSLContext:
    """One verifying context for every client: building one costs ~20 ms."""
    import certifi

    return ssl.create_default_context(cafile=certifi.where())


class _Fetcher:
    """Clients, caps and the fetch of one feed; lives for one ``iter_fetch`` call."""

    def __init__(self, settings: Settings, urls: Sequence[str], clients: int | None) -> None:
        self.settings = settings
        self.global_cap = asyncio.Semaphore(max(1, settings.max_concurrency))
        self.per_host = max(1, settings.per_host)
        self.host_caps: dict[str, asyncio.Semaphore] = {}
        hosts = sorted({_host(url) for url in urls if _scheme(url) in ("http", "https")})
        wanted = clients or math.ceil(max(1, settings.max_concurrency) / CONNECTIONS_PER_CLIENT)
        count = max(1, min(wanted, len(hosts) or 1))
        self.group = {host: i % count for i, host in enumerate(hosts)}
        group_sizes = [0] * count
        for index in self.group.values():
            group_sizes[index] += 1
        self.connections = [
            max(1, min(settings.max_concurrency, self.per_host * max(size, 1)))
            for size in group_sizes
        ]
        self.clients: dict[int, httpx.AsyncClient] = {}

    def _client(self, host: str) -> httpx.AsyncClient:
        index = self.group.get(host, 0)
        client = self.clients.get(index)
        if client is None:
            s = self.settings
            limit = self.connections[index] if index < len(self.connections) else 1
            client = httpx.AsyncClient(
                headers={"User-Agent": s.user_agent, "Accept": _ACCEPT},
                timeout=httpx.Timeout(
                    connect=s.connect_timeout,
                    read=s.read_timeout,
                    write=s.read_timeout,
                    pool=s.total_timeout,
                ),
                limits=httpx.Limits(max_connections=limit, max_keepalive_connections=limit),
                follow_redirects=False,
                verify=_ssl_context(),
            )
            self.clients[index] = client
        return client

    async def aclose(self) -> None:
        clients, self.clients = list(self.clients.values()), {}
        await asyncio.gather(*(c.aclose() for c in clients), return_exceptions=True)

    async def fetch(self, feed: FeedConfig, state: FeedState) -> FetchResult:
        """Fetch one feed; every failure becomes an error result."""
        url = state.permanent_url or feed.url
        start = time.perf_counter()
        try:
            try:
                scheme = urlsplit(url).scheme.lower()
            except ValueError as exc:
                return _error(feed, url, start, f"invalid URL {url}: {_describe(exc)}")
            if scheme == "file":
                return self._read_file(feed, state, url, start)
            if scheme not in ("http", "https"):
                return _error(feed, url, start, f"unsupported URL scheme {scheme!r} in {url}")
            host = _host(url)
            cap = self.host_caps.get(host)
            if cap is None:
                cap = self.host_caps[host] = asyncio.Semaphore(self.per_host)
            async with cap, self.global_cap:  # host first: waiters hold no global slot
                start = time.perf_counter()
                return await self._fetch_http(feed, state, url, host, start)
        except Exception as exc:  # noqa: BLE001 - one feed must never break the poll
            return _error(feed, url, start, f"unexpected {type(exc).__name__}: {exc}")

    async def _fetch_http(
        self, feed: FeedConfig, state: FeedState, url: str, host: str, start: float
    ) -> FetchResult:
        s = self.settings
        try:
            async with asyncio.timeout(s.total_timeout):
                return await self._follow(feed, state, url, host, start)
        except TimeoutError:
            message = f"timed out after {s.total_timeout:g} s in total"
        except httpx.ConnectTimeout:
            message = f"timed out after {s.connect_timeout:g} s connecting to {host}"
        except httpx.ReadTimeout:
            message = f"timed out after {s.read_timeout:g} s reading"
        except httpx.WriteTimeout:
            message = f"timed out after {s.read_timeout:g} s sending the request"
        except httpx.PoolTimeout:
            message = "timed out waiting for a free connection"
        except httpx.ConnectError as exc:
            message = f"cannot connect to {host}: {_describe(exc)}"
        except httpx.RemoteProtocolError as exc:
            message = f"server broke the HTTP protocol: {_describe(exc)}"
        except httpx.ReadError as exc:
            message = f"connection lost while reading: {_describe(exc)}"
        except httpx.DecodingError as exc:
            message = f"cannot decode the compressed body: {_describe(exc)}"
        except (httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
            message = f"invalid URL {url}: {_describe(exc)}"
        except httpx.HTTPError as exc:
            message = f"{type(exc).__name__}: {_describe(exc)}"
        return _error(feed, url, start, message)

    async def _follow(
        self, feed: FeedConfig, state: FeedState, url: str, host: str, start: float
    ) -> FetchResult:
        """Request ``url``, following redirects by hand so they can be counted and learnt."""
        s = self.settings
        client = self._client(host)
        headers = {}
        if state.etag:
            headers["If-None-Match"] = state.etag
        if state.last_modified:
            headers["If-Modified-Since"] = state.last_modified
        permanent = state.permanent_url
        still_permanent = True  # every hop so far was 301/308
        seen = {url}
        current = url
        received = 0
        for hop in range(s.max_redirects + 1):
            request = client.build_request("GET", current, headers=headers)
            response = await client.send(request, stream=True)
            try:
                status = response.status_code
                if status in _REDIRECTS:
                    await _drain(response)
                    received += response.num_bytes_downloaded
                    location = response.headers.get("location", "").strip()
                    target = urljoin(current, location) if location else ""
                    problem = None
                    if not location:
                        problem = f"HTTP {status} without a Location at {current}"
                    elif _scheme(target) not in ("http", "https"):
                        problem = f"redirect to unsupported URL {target}"
                    elif target in seen:
                        problem = f"redirect loop at {target}"
                    elif hop == s.max_redirects:
                        problem = f"too many redirects (over {s.max_redirects}) at {current}"
                    if problem:
                        return _error(feed, url, start, problem, status=status)
                    if still_permanent and status in _PERMANENT:
                        permanent = target
                    else:
                        still_permanent = False
                    seen.add(target)
                    current = target
                    continue
                return await self._finish(
                    feed, state, url, current, permanent, response, start, received
                )
            finally:
                await response.aclose()
        raise AssertionError("unreachable: the loop returns on its last hop")

    async def _finish(
        self,
        feed: FeedConfig,
        state: FeedState,
        url: str,
        final_url: str,
        permanent: str | None,
        response: httpx.Response,
        start: float,
        received: int,
    ) -> FetchResult:
        """Turn the last response of the chain into a result, reading at most max_bytes."""
        s = self.settings
        status = response.status_code
        headers = response.headers
        if status == 304 or not 200 <= status < 300:
            await _drain(response)
        if status == 304:
            return FetchResult(
                feed=feed.name, url=url, outcome=NOT_MODIFIED, status=status,
                etag=headers.get("etag"), last_modified=headers.get("last-modified"),
                body_hash=state.body_hash, permanent_url=permanent, final_url=final_url,
                bytes=received + response.num_bytes_downloaded, elapsed_ms=_ms(start),
            )  # fmt: skip
        if not 200 <= status < 300:
            retry = None
            if status in _RETRY_AFTER_STATUSES:
                retry = retry_after_seconds(headers.get("retry-after"), s.max_retry_after)
            reason = response.reason_phrase or ""
            message = f"HTTP {status} {reason}".rstrip()
            if retry is not None:
                message = f"HTTP {status}, retry after {retry:g} s"
            return _error(feed, url, start, message, status=status, retry_after=retry)
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > s.max_bytes:
            return _error(
                feed, url, start,
                f"body over {_size(s.max_bytes)} cap (Content-Length {_size(int(declared))})",
                status=status,
            )  # fmt: skip
        chunks: list[builtins.bytes] = []
        size = 0
        async for chunk in response.aiter_bytes():  # decoded: a gzip bomb counts in full
            size += len(chunk)
            if size > s.max_bytes:
                return _error(
                    feed, url, start, f"body over {_size(s.max_bytes)} cap", status=status
                )
            chunks.append(chunk)
        body = b"".join(chunks)
        digest = hashlib.sha256(body).hexdigest()
        unchanged = digest == state.body_hash
        return FetchResult(
            feed=feed.name, url=url, outcome=UNCHANGED if unchanged else OK, status=status,
            body=None if unchanged else body, etag=headers.get("etag"),
            last_modified=headers.get("last-modified"), body_hash=digest,
            permanent_url=permanent, final_url=final_url,
            content_type=headers.get("content-type"),
            bytes=received + response.num_bytes_downloaded, elapsed_ms=_ms(start),
        )  # fmt: skip

    def _read_file(self, feed: FeedConfig, state: FeedState, url: str, start: float) -> FetchResult:
        """Read a ``file:`` URL from disk under the same size cap (small, so no thread)."""
        parts = urlsplit(url)
        if parts.netloc not in ("", "localhost"):
            return _error(feed, url, start, f"file: URL with a host is not supported: {url}")
        path = Path(url2pathname(parts.path))
        if not path.is_absolute():
            return _error(feed, url, start, f"file: URL is not absolute: {url}")
        cap = self.settings.max_bytes
        try:
            with path.open("rb") as handle:
                body = handle.read(cap + 1)
        except FileNotFoundError:
            return _error(feed, url, start, f"file not found: {path}")
        except IsADirectoryError:
            return _error(feed, url, start, f"not a file: {path}")
        except PermissionError:
            return _error(feed, url, start, f"permission denied: {path}")
        except OSError as exc:
            return _error(feed, url, start, f"cannot read {path}: {exc.strerror or exc}")
        if len(body) > cap:
            return _error(feed, url, start, f"body over {_size(cap)} cap: {path}")
        digest = hashlib.sha256(body).hexdigest()
        unchanged = digest == state.body_hash
        return FetchResult(
            feed=feed.name, url=url, outcome=UNCHANGED if unchanged else OK,
            body=None if unchanged else body, body_hash=digest,
            permanent_url=state.permanent_url, final_url=url,
            bytes=len(body), elapsed_ms=_ms(start),
        )  # fmt: skip


_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, "
    "application/xml;q=0.8, text/xml;q=0.8, */*;q=0.5"
)


# --------------------------------------------------------------------------- helpers


def retry_after_seconds(value: str | None, cap: float, now: datetime | None = None) -> float | None:
    """A Retry-After header (seconds or HTTP-date) as seconds from now, capped; None if absent."""
    if value is None:
        return None
    value = value.strip()
    if not value:
        return None
    if value.isdigit():
        seconds = float(value)
    else:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        seconds = (when - (now or datetime.now(UTC))).total_seconds()
    return float(min(max(0, math.ceil(seconds)), cap))


async def _drain(response: httpx.Response, limit: int = 64 * 1024) -> None:
    """Read a small unwanted body (304, redirect, error page) so the connection is reused.

    httpcore closes a connection whose response was not read to the end; on an all-304
    poll that means a new TCP connection for every feed.
    """
    declared = response.headers.get("content-length", "")
    if not declared.isdigit() or int(declared) > limit:
        return  # unknown or large: closing the connection is cheaper than reading it
    try:
        async for _ in response.aiter_raw():
            pass
    except httpx.HTTPError:
        pass


def _scheme(url: str) -> str:
    try:
        return urlsplit(url).scheme.lower()
    except ValueError:
        return ""


def _host(url: str) -> str:
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""


def _ms(start: float) -> int:
    return int((time.perf_counter() - start) * 1000)


def _size(n: int) -> str:
    """Bytes the way people say them: 10 MiB, 512 KiB, 300 bytes."""
    for unit, scale in (("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)):
        if n >= scale:
            value = n / scale
            return f"{value:.0f} {unit}" if value == int(value) else f"{value:.1f} {unit}"
    return f"{n} bytes"


_SPACE = re.compile(r"\s+")


def _describe(exc: BaseException) -> str:
    """An exception as one short line (httpx messages can be empty or multi-line)."""
    text = _SPACE.sub(" ", str(exc)).strip()
    return text or type(exc).__name__


def _error(
    feed: FeedConfig,
    url: str,
    start: float,
    message: str,
    *,
    status: int | None = None,
    retry_after: float | None = None,
) -> FetchResult:
    line = _SPACE.sub(" ", clean(message)).strip()  # may quote server text (Location...)
    if len(line) > _MAX_ERROR_CHARS:
        line = line[: _MAX_ERROR_CHARS - 1] + "…"
    return FetchResult(
        feed=feed.name,
        url=url,
        outcome=ERROR,
        status=status,
        error=line,
        retry_after=retry_after,
        elapsed_ms=_ms(start),
    )
