"""Fetching against a real HTTP server on 127.0.0.1 (no mocks of httpx)."""

from __future__ import annotations

import gzip
import random
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest
from support_http import Gauge, LoopbackServer, Reply, free_port, unaccepting_port

from frontline.fetch import (
    ERROR,
    NOT_MODIFIED,
    OK,
    UNCHANGED,
    FeedState,
    FetchResult,
    due,
    due_feeds,
    fetch_all,
    iter_fetch,
    next_check,
    retry_after_seconds,
    update_state,
)
from frontline.models import FeedConfig, Settings

NOW = datetime(2026, 3, 1, 12, 0, 0, tzinfo=UTC)
RSS = b"<?xml version='1.0'?><rss version='2.0'><channel><title>t</title></channel></rss>"
MIB = 1024 * 1024

#: Small timeouts keep failure tests quick.
FAST = Settings(
    connect_timeout=0.3, read_timeout=0.3, total_timeout=3.0, poll_interval=600, jitter=0.1
)


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    with LoopbackServer() as srv:
        yield srv


def feed(url: str, name: str = "f") -> FeedConfig:
    return FeedConfig(name=name, url=url)


async def one(url: str, state: FeedState | None = None, settings: Settings = FAST) -> FetchResult:
    f = feed(url)
    (result,) = await fetch_all([f], {f.name: state or FeedState()}, settings)
    return result


# --------------------------------------------------------------------------- conditional GET


async def test_200_then_304_sends_and_keeps_validators(server: LoopbackServer) -> None:
    lm = "Sun, 01 Mar 2026 10:00:00 GMT"
    server.route("/feed", Reply(body=RSS, etag='"v1"', last_modified=lm))
    first = await one(server.url("/feed"))
    assert (first.outcome, first.status, first.body) == (OK, 200, RSS)
    assert (first.etag, first.last_modified) == ('"v1"', lm)
    state = update_state(FeedState(), first, FAST, NOW, new_items=1)
    assert (state.etag, state.last_modified, state.body_hash) == ('"v1"', lm, first.body_hash)
    assert state.last_new_item == NOW

    second = await one(server.url("/feed"), state)
    sent = server.hits("/feed")[-1].headers
    assert sent["if-none-match"] == '"v1"'
    assert sent["if-modified-since"] == lm
    assert (second.outcome, second.status, second.body) == (NOT_MODIFIED, 304, None)
    later = update_state(state, second, FAST, NOW + timedelta(minutes=10))
    assert (later.etag, later.last_modified, later.body_hash) == (state.etag, lm, state.body_hash)
    assert later.last_success == NOW + timedelta(minutes=10)
    assert later.last_new_item == NOW  # a 304 brings nothing new


async def test_last_modified_alone_gives_304(server: LoopbackServer) -> None:
    lm = "Sun, 01 Mar 2026 10:00:00 GMT"
    server.route("/feed", Reply(body=RSS, last_modified=lm))
    state = update_state(FeedState(), await one(server.url("/feed")), FAST, NOW)
    assert state.etag is None
    again = await one(server.url("/feed"), state)
    assert again.outcome == NOT_MODIFIED
    assert "if-none-match" not in server.hits("/feed")[-1].headers


async def test_304_refreshes_validators_and_keeps_omitted_ones(server: LoopbackServer) -> None:
    state = FeedState(etag='"old"', last_modified="Sat, 28 Feb 2026 10:00:00 GMT", body_hash="h")
    server.route("/feed", Reply(status=304, etag='"new"'))
    result = await one(server.url("/feed"), state)
    assert result.outcome == NOT_MODIFIED
    after = update_state(state, result, FAST, NOW)
    assert after.etag == '"new"'
    assert after.last_modified == "Sat, 28 Feb 2026 10:00:00 GMT"  # 304 left it out: kept
    assert after.body_hash == "h"


async def test_304_is_never_retried(server: LoopbackServer) -> None:
    server.route("/feed", Reply(status=304))
    result = await one(server.url("/feed"), FeedState(etag='"x"'))
    assert result.outcome == NOT_MODIFIED
    assert len(server.hits("/feed")) == 1


async def test_unchanged_body_is_not_handed_to_the_parser(server: LoopbackServer) -> None:
    server.route("/feed", Reply(body=RSS))  # a server without validators
    first = await one(server.url("/feed"))
    state = update_state(FeedState(), first, FAST, NOW, new_items=3)
    second = await one(server.url("/feed"), state)
    assert (second.outcome, second.status, second.body) == (UNCHANGED, 200, None)
    assert second.body_hash == first.body_hash
    server.route("/feed", Reply(body=RSS + b"<!-- more -->"))
    third = await one(server.url("/feed"), update_state(state, second, FAST, NOW))
    assert third.outcome == OK
    assert third.body_hash != first.body_hash


async def test_user_agent_comes_from_settings(server: LoopbackServer) -> None:
    server.route("/feed", Reply(body=RSS))
    await one(server.url("/feed"), settings=replace(FAST, user_agent="desk-bot/9"))
    assert server.hits("/feed")[0].headers["user-agent"] == "desk-bot/9"


# --------------------------------------------------------------------------- Retry-After


@pytest.mark.parametrize("status", [429, 503])
async def test_retry_after_seconds(server: LoopbackServer, status: int) -> None:
    server.route("/feed", Reply(status=status, headers={"Retry-After": "120"}))
    result = await one(server.url("/feed"))
    assert (result.outcome, result.status, result.retry_after) == (ERROR, status, 120.0)
    assert result.error == f"HTTP {status}, retry after 120 s"
    settings = replace(FAST, poll_interval=10)
    state = update_state(FeedState(), result, settings, NOW, interval=10)
    assert state.retry_after == NOW + timedelta(seconds=120)
    assert state.next_check is not None and state.next_check >= state.retry_after
    assert due({"f": state}, NOW + timedelta(seconds=119)) == []
    assert due({"f": state}, state.next_check) == ["f"]


async def test_retry_after_http_date_is_capped(server: LoopbackServer) -> None:
    far = datetime.now(UTC) + timedelta(days=3)
    server.route("/feed", Reply(status=503, headers={"Retry-After": format_datetime(far, True)}))
    result = await one(server.url("/feed"), settings=replace(FAST, max_retry_after=900))
    assert result.retry_after == 900.0
    assert result.error == "HTTP 503, retry after 900 s"


def test_retry_after_parsing() -> None:
    assert retry_after_seconds("30", 3600) == 30.0
    assert retry_after_seconds("99999", 3600) == 3600.0
    in_ten = format_datetime(NOW + timedelta(seconds=600), usegmt=True)
    assert retry_after_seconds(in_ten, 3600, now=NOW) == 600.0
    past = format_datetime(NOW - timedelta(hours=1), usegmt=True)
    assert retry_after_seconds(past, 3600, now=NOW) == 0.0
    assert retry_after_seconds("soon", 3600) is None
    assert retry_after_seconds(None, 3600) is None


async def test_503_without_retry_after_is_a_plain_error(server: LoopbackServer) -> None:
    server.route("/feed", Reply(status=503))
    result = await one(server.url("/feed"))
    assert result.retry_after is None
    assert result.error == "HTTP 503 Service Unavailable"


# --------------------------------------------------------------------------- backoff


def failure(status: int | None = 500) -> FetchResult:
    return FetchResult(feed="f", url="http://x/", outcome=ERROR, status=status, error="boom")


def test_backoff_grows_is_capped_and_jittered() -> None:
    settings = Settings(poll_interval=60, max_backoff=3600, jitter=0.1)
    rng = random.Random(7)
    state = FeedState()
    delays = []
    for _ in range(12):
        state = update_state(state, failure(), settings, NOW, rng=rng)
        assert state.next_check is not None
        delays.append((state.next_check - NOW).total_seconds())
    assert state.error_streak == 12
    for n, delay in enumerate(delays[:6]):  # 60, 120, 240 ... each within ±10 %
        assert 60 * 2**n * 0.9 <= delay <= 60 * 2**n * 1.1
    assert all(d <= 3600 for d in delays)
    capped = delays[7:]
    assert all(3600 * 0.9 <= d <= 3600 for d in capped)
    assert len(set(capped)) > 1  # still spread out at the cap


def test_success_schedule_is_interval_plus_minus_jitter() -> None:
    ok = FetchResult(feed="f", url="http://x/", outcome=OK, status=200)
    settings = Settings(poll_interval=600, jitter=0.2)
    rng = random.Random(1)
    seen = {(next_check(FeedState(), ok, settings, NOW, rng=rng) - NOW).total_seconds()
            for _ in range(20)}  # fmt: skip
    assert all(480 <= s <= 720 for s in seen)
    assert len(seen) > 1
    per_feed = next_check(FeedState(), ok, replace(settings, jitter=0), NOW, interval=60)
    assert per_feed == NOW + timedelta(seconds=60)


def test_gone_backs_off_to_the_maximum() -> None:
    settings = Settings(poll_interval=60, max_backoff=7200, jitter=0.0)
    state = update_state(FeedState(), failure(410), settings, NOW)
    assert state.next_check == NOW + timedelta(seconds=7200)
    assert state.last_status == 410


async def test_feed_that_comes_back_resets_its_streak(server: LoopbackServer) -> None:
    server.route("/feed", Reply(status=500))
    state = FeedState()
    for minute in range(2):
        result = await one(server.url("/feed"), state)
        state = update_state(state, result, FAST, NOW + timedelta(minutes=minute))
    assert (state.error_streak, state.last_error) == (2, "HTTP 500 Internal Server Error")
    assert state.last_success is None
    server.route("/feed", Reply(body=RSS))
    result = await one(server.url("/feed"), state)
    back = update_state(state, result, FAST, NOW + timedelta(minutes=5), new_items=1)
    assert back.error_streak == 0
    assert back.last_success == NOW + timedelta(minutes=5)
    assert back.last_status == 200
    assert back.last_error == "HTTP 500 Internal Server Error"  # history, not current


@pytest.mark.parametrize(
    ("status", "message"), [(404, "HTTP 404 Not Found"), (410, "HTTP 410 Gone")]
)
async def test_missing_feeds_are_recorded_errors(
    server: LoopbackServer, status: int, message: str
) -> None:
    server.route("/feed", Reply(status=status))
    result = await one(server.url("/feed"))
    assert (result.outcome, result.status, result.error) == (ERROR, status, message)


# --------------------------------------------------------------------------- size cap


SMALL = replace(FAST, max_bytes=64 * 1024)


async def test_declared_length_over_cap_is_refused_before_reading(server: LoopbackServer) -> None:
    server.route("/big", Reply(body=b"x" * (256 * 1024)))
    result = await one(server.url("/big"), settings=SMALL)
    assert result.outcome == ERROR
    assert result.error == "body over 64 KiB cap (Content-Length 256 KiB)"


@pytest.mark.parametrize("framing", ["chunked", "close_delimited"])
async def test_streamed_body_over_cap_is_aborted(server: LoopbackServer, framing: str) -> None:
    total = 32 * MIB
    server.route("/big", Reply(body=b"y" * total, **{framing: True}))
    result = await one(server.url("/big"), settings=SMALL)
    assert (result.outcome, result.error) == (ERROR, "body over 64 KiB cap")
    assert server.sent.get("/big", 0) < total  # the client hung up long before the end


async def test_content_length_shorter_than_body_sent_is_an_error(server: LoopbackServer) -> None:
    def truncated(handler) -> None:  # claims 1000 bytes, sends 10 and hangs up
        handler.send_response(200)
        handler.send_header("Content-Length", "1000")
        handler.end_headers()
        handler.wfile.write(b"0123456789")
        handler.close_connection = True

    server.route("/short", truncated)
    result = await one(server.url("/short"))
    assert result.outcome == ERROR
    assert result.error is not None and result.error.startswith("server broke the HTTP protocol")


async def test_gzip_bomb_stopped_on_decoded_size(server: LoopbackServer) -> None:
    bomb = b"\0" * (24 * MIB)  # ~24 KiB on the wire
    server.route("/bomb", Reply(body=bomb, gzip=True))
    result = await one(server.url("/bomb"), settings=replace(FAST, max_bytes=MIB))
    assert (result.outcome, result.error) == (ERROR, "body over 1 MiB cap")


async def test_gzip_body_is_decoded(server: LoopbackServer) -> None:
    server.route("/gz", Reply(body=RSS * 50, gzip=True))
    result = await one(server.url("/gz"))
    assert result.outcome == OK
    assert result.body == RSS * 50
    assert result.bytes < len(RSS * 50)  # bytes counts the wire, compressed
    assert "gzip" in server.hits("/gz")[0].headers.get("accept-encoding", "")
    assert len(gzip.compress(RSS * 50)) < len(RSS * 50)


# --------------------------------------------------------------------------- redirects


def redirect(status: int, to: str) -> Reply:
    return Reply(status=status, headers={"Location": to})


async def test_redirect_loop_is_detected(server: LoopbackServer) -> None:
    server.route("/a", redirect(302, "/b"))
    server.route("/b", redirect(302, "/a"))
    result = await one(server.url("/a"))
    assert result.outcome == ERROR
    assert result.error == f"redirect loop at {server.url('/a')}"


async def test_redirects_are_bounded(server: LoopbackServer) -> None:
    for n in range(10):
        server.route(f"/r{n}", redirect(302, f"/r{n + 1}"))
    result = await one(server.url("/r0"), settings=replace(FAST, max_redirects=3))
    assert result.error == f"too many redirects (over 3) at {server.url('/r3')}"
    assert len(server.requests) == 4


async def test_permanent_redirect_is_remembered_and_used(server: LoopbackServer) -> None:
    server.route("/old", redirect(301, "/mid"))
    server.route("/mid", redirect(308, server.url("/new")))
    server.route("/new", Reply(body=RSS, etag='"n"'))
    result = await one(server.url("/old"))
    assert (result.outcome, result.permanent_url) == (OK, server.url("/new"))
    assert result.final_url == server.url("/new")
    state = update_state(FeedState(), result, FAST, NOW)
    assert state.permanent_url == server.url("/new")
    again = await one(server.url("/old"), state)
    assert again.outcome == NOT_MODIFIED
    assert [s.path for s in server.requests] == ["/old", "/mid", "/new", "/new"]


async def test_temporary_redirect_is_not_remembered(server: LoopbackServer) -> None:
    server.route("/old", redirect(301, "/moved"))
    server.route("/moved", redirect(302, "/today"))
    server.route("/today", Reply(body=RSS))
    result = await one(server.url("/old"))
    assert result.outcome == OK
    assert result.permanent_url == server.url("/moved")  # only the permanent prefix
    server.route("/t", redirect(302, "/today"))
    temp = await one(server.url("/t"))
    assert (temp.outcome, temp.permanent_url) == (OK, None)
    state = update_state(FeedState(), temp, FAST, NOW)
    await one(server.url("/t"), state)
    assert len(server.hits("/t")) == 2


async def test_redirect_to_a_file_url_is_refused(server: LoopbackServer) -> None:
    server.route("/evil", redirect(302, "file:///etc/passwd"))
    result = await one(server.url("/evil"))
    assert result.error == "redirect to unsupported URL file:///etc/passwd"


# --------------------------------------------------------------------------- timeouts


async def test_connect_timeout() -> None:
    with unaccepting_port() as port:
        result = await one(f"http://127.0.0.1:{port}/feed")
    assert result.outcome == ERROR
    assert result.error == "timed out after 0.3 s connecting to 127.0.0.1"


async def test_read_timeout(server: LoopbackServer) -> None:
    server.route("/slow", Reply(body=RSS, stall_before_headers=5))
    result = await one(server.url("/slow"))
    assert (result.outcome, result.error) == (ERROR, "timed out after 0.3 s reading")


async def test_total_timeout_stops_a_slow_drip(server: LoopbackServer) -> None:
    server.route("/drip", Reply(body=b"z" * 10_000, drip=0.02))  # each byte beats read timeout
    result = await one(server.url("/drip"), settings=replace(FAST, total_timeout=0.5))
    assert (result.outcome, result.error) == (ERROR, "timed out after 0.5 s in total")
    assert server.sent["/drip"] < 10_000


async def test_connection_refused_is_an_error() -> None:
    result = await one(f"http://127.0.0.1:{free_port()}/feed")
    assert result.outcome == ERROR
    assert result.error is not None and result.error.startswith("cannot connect to 127.0.0.1")


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("ftp://example.org/feed", "unsupported URL scheme 'ftp' in ftp://example.org/feed"),
        ("http://[::1/feed", "invalid URL"),
    ],
)
async def test_bad_urls_are_errors_not_exceptions(url: str, message: str) -> None:
    result = await one(url)
    assert result.outcome == ERROR
    assert result.error is not None and message in result.error


# --------------------------------------------------------------------------- concurrency


async def test_per_host_cap_is_respected(server: LoopbackServer) -> None:
    feeds = [feed(server.url(f"/slow?{n}"), f"f{n}") for n in range(8)]
    for n in range(8):
        server.route(f"/slow?{n}", Reply(body=RSS, delay=0.1))
    results = await fetch_all(feeds, {}, replace(FAST, per_host=2, max_concurrency=16))
    assert [r.outcome for r in results] == [OK] * 8
    assert server.gauge.peak == 2


async def test_global_cap_is_respected() -> None:
    gauge = Gauge()
    with LoopbackServer("127.0.0.1", gauge) as a, LoopbackServer("127.0.0.2", gauge) as b:
        feeds = []
        for n in range(6):
            for srv in (a, b):
                srv.route(f"/{n}", Reply(body=RSS, delay=0.1))
                feeds.append(feed(srv.url(f"/{n}"), f"{srv.host}-{n}"))
        results = await fetch_all(feeds, {}, replace(FAST, per_host=4, max_concurrency=3))
    assert all(r.outcome == OK for r in results)
    assert gauge.peak == 3


async def test_one_stuck_feed_does_not_hold_up_the_others(server: LoopbackServer) -> None:
    server.route("/stuck", Reply(body=RSS, stall_before_headers=5))
    feeds = [feed(server.url("/stuck"), "stuck")]
    for n in range(6):
        server.route(f"/ok{n}", Reply(body=RSS))
        feeds.append(feed(server.url(f"/ok{n}"), f"ok{n}"))
    order = [r async for r in iter_fetch(feeds, {}, replace(FAST, per_host=4))]
    assert [r.feed for r in order][-1] == "stuck"
    assert order[-1].error == "timed out after 0.3 s reading"
    assert all(r.outcome == OK for r in order[:-1])
    in_order = await fetch_all(feeds, {}, replace(FAST, per_host=4))
    assert [r.feed for r in in_order] == [f.name for f in feeds]


async def test_connections_are_reused_after_304_and_redirects(server: LoopbackServer) -> None:
    feeds, states = [], {}
    for n in range(4):
        server.route(f"/r{n}", redirect(302, f"/f{n}"))
        server.route(f"/f{n}", Reply(status=304))
        feeds.append(feed(server.url(f"/r{n}"), f"f{n}"))
        states[f"f{n}"] = FeedState(etag='"x"')
    results = await fetch_all(feeds, states, replace(FAST, per_host=1))
    assert {r.outcome for r in results} == {NOT_MODIFIED}
    assert len(server.requests) == 8
    assert len({seen.client for seen in server.requests}) == 1  # one TCP connection


async def test_no_feeds_no_results() -> None:
    assert await fetch_all([], {}, FAST) == []


# --------------------------------------------------------------------------- file: URLs


async def test_file_urls_are_read_from_disk(tmp_path: Path) -> None:
    path = tmp_path / "local feed.xml"
    path.write_bytes(RSS)
    first = await one(path.as_uri())
    assert (first.outcome, first.body, first.status) == (OK, RSS, None)
    state = update_state(FeedState(), first, FAST, NOW)
    assert (await one(path.as_uri(), state)).outcome == UNCHANGED
    path.write_bytes(RSS * 2)
    assert (await one(path.as_uri(), state)).outcome == OK


async def test_missing_and_oversized_files_are_errors(tmp_path: Path) -> None:
    missing = await one((tmp_path / "gone.xml").as_uri())
    assert missing.error == f"file not found: {tmp_path / 'gone.xml'}"
    big = tmp_path / "big.xml"
    big.write_bytes(b"x" * 2048)
    over = await one(big.as_uri(), settings=replace(FAST, max_bytes=1024))
    assert over.error == f"body over 1 KiB cap: {big}"
    relative = await one("file:feeds/x.xml")
    assert relative.error == "file: URL is not absolute: file:feeds/x.xml"


# --------------------------------------------------------------------------- schedule and rows


def test_due_orders_overdue_first_and_skips_future() -> None:
    states = {
        "new": FeedState(),
        "late": FeedState(next_check=NOW - timedelta(hours=1)),
        "soon": FeedState(next_check=NOW - timedelta(minutes=1)),
        "later": FeedState(next_check=NOW + timedelta(minutes=1)),
        "waiting": FeedState(next_check=NOW, retry_after=NOW + timedelta(minutes=5)),
    }
    assert due(states, NOW) == ["new", "late", "soon"]
    feeds = [feed("http://x/a", "unknown"), feed("http://x/b", "later")]
    assert [f.name for f in due_feeds(feeds, states, NOW)] == ["unknown"]


def test_state_round_trips_through_a_feeds_row() -> None:
    state = FeedState(
        etag='"e"', last_modified="Sun, 01 Mar 2026 10:00:00 GMT", body_hash="abc",
        permanent_url="http://x/new", last_attempt=NOW, last_success=NOW,
        last_new_item=NOW - timedelta(days=1), last_status=200, error_streak=3,
        last_error="HTTP 500", next_check=NOW + timedelta(minutes=10), retry_after=None,
    )  # fmt: skip
    row = state.to_row()
    assert row["last_attempt"] == "2026-03-01T12:00:00Z"
    assert FeedState.from_row({**row, "id": 1, "name": "f", "url": "http://x/"}) == state
    assert FeedState.from_row({"error_streak": None}) == FeedState()
    result = FetchResult(feed="f", url="u", outcome=OK, status=200, bytes=10, elapsed_ms=5)
    assert result.log_row(NOW, 2) == {
        "at": "2026-03-01T12:00:00Z", "status": 200, "outcome": OK, "bytes": 10,
        "elapsed_ms": 5, "new_items": 2, "error": None,
    }  # fmt: skip
