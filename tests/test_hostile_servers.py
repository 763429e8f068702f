"""Hostile servers on 127.0.0.1 against the real fetcher, pipeline and ``frontline feeds``.

One poll of a config holding every kind of bad server must finish, store the good feeds,
and leave each bad feed's health (feeds table, fetch_log, ``frontline feeds``) saying what
happened. Timeouts come from a test ``[settings]`` so the whole file takes seconds.
"""

from __future__ import annotations

import asyncio
import threading
import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest
from hostile import content, servers
from hostile.content import FORBIDDEN
from hostile.harness import (
    FAST_SETTINGS,
    all_text,
    feed_row,
    keys,
    read_only,
    run_cli,
    write_config,
)
from support_http import LoopbackServer, Reply, free_port

from frontline import config as config_mod
from frontline import fetch, pipeline
from frontline.models import FeedConfig
from frontline.store import Store

GOOD = content.good_feed("good")
MOVED = content.good_feed("moved")
HTML = content.html_page()


def _catalogue(srv: LoopbackServer, drip: servers.Drip) -> dict[str, tuple[str, tuple[str, ...]]]:
    """Feed name -> (URL, words its last_error must contain); empty words: must succeed."""
    big = content.rss([content.item("x", "x" * (2 * 1024 * 1024))]).encode()
    later = format_datetime(datetime.now(UTC) + timedelta(seconds=300), usegmt=True)
    routes: dict[str, tuple[object, tuple[str, ...]]] = {
        "good": (Reply(body=GOOD), ()),
        "moved": (Reply(status=301, headers={"Location": "/new-home"}), ()),
        "drip": (drip, ("timed out",)),
        "stall": (Reply(body=GOOD, stall_before_headers=5), ("timed out",)),
        "oversize_declared": (Reply(body=big), ("cap",)),
        "oversize_streamed": (servers.oversize(3 * 1024 * 1024), ("cap",)),
        "gzip_bomb": (servers.gzip_bomb(), ("cap",)),
        "redirect_loop": (Reply(status=302, headers={"Location": "/redirect_loop2"}), ("loop",)),
        "redirect_chain": (Reply(status=302, headers={"Location": "/chain1"}), ("redirects",)),
        "redirect_ftp": (Reply(status=302, headers={"Location": "ftp://x/f"}), ("redirect",)),
        "not_found": (Reply(status=404, body=b"nope"), ("404",)),
        "gone": (Reply(status=410, body=b"gone"), ("410",)),
        "too_many": (Reply(status=429, headers={"Retry-After": "120"}), ("429", "120")),
        "unavailable": (Reply(status=503, headers={"Retry-After": later}), ("503",)),
        "server_error": (Reply(status=500, body=b"boom"), ("500",)),
        "reset": (servers.reset, ("connection",)),
        "truncated": (servers.truncated(GOOD), ("closed",)),
        "html": (Reply(body=HTML, headers={"Content-Type": "text/html"}), ("HTML",)),
        "empty": (Reply(body=b""), ("empty",)),
        "evil_reason": (servers.evil_status_line, ("500",)),
        "evil_location": (servers.evil_location, ("redirect",)),
        "evil_type": (Reply(body=HTML, headers={"Content-Type": "text/html\x9b2J"}), ("HTML",)),
    }
    srv.route("/new-home", Reply(body=MOVED))
    srv.route("/redirect_loop2", Reply(status=302, headers={"Location": "/redirect_loop"}))
    for i in range(1, 10):
        srv.route(f"/chain{i}", Reply(status=302, headers={"Location": f"/chain{i + 1}"}))
    out = {}
    for name, (route, words) in routes.items():
        srv.route(f"/{name}", route)  # type: ignore[arg-type]
        out[name] = (srv.url(f"/{name}"), words)
    out["refused"] = (f"http://127.0.0.1:{free_port()}/feed.xml", ("cannot connect",))
    return out


@pytest.fixture(scope="module")
def polled(tmp_path_factory: pytest.TempPathFactory):
    """One poll of the whole catalogue (it costs a total timeout), shared by the tests."""
    tmp = tmp_path_factory.mktemp("hostile_servers")
    drip = servers.Drip(every=0.1)
    with LoopbackServer() as srv:
        cat = _catalogue(srv, drip)
        path = write_config(tmp, {n: u for n, (u, _) in cat.items()}, FAST_SETTINGS)
        cfg = config_mod.load(path)
        try:
            with Store(tmp / "f.db") as store:
                report = pipeline.poll_once(cfg, store)
        finally:
            drip.release()
        yield srv, cat, path, tmp / "f.db", report


def test_one_poll_survives_every_hostile_server(polled) -> None:
    _srv, cat, _path, db, report = polled
    assert set(report.feeds_ok) == {"good", "moved"}, report.feeds_failed
    assert set(report.feeds_failed) == set(cat) - {"good", "moved"}
    assert {("good", f"good-{i}") for i in range(3)} <= keys(db)
    assert {("moved", f"moved-{i}") for i in range(3)} <= keys(db)
    for name, (_url, words) in cat.items():
        row = feed_row(db, name)
        if not words:
            assert row["error_streak"] == 0 and row["last_success"], name
            continue
        error = row["last_error"] or ""
        assert row["error_streak"] == 1, (name, row)
        assert "\n" not in error
        for word in words:
            assert word.casefold() in error.casefold(), (name, error)
        assert not set(error) & FORBIDDEN, (name, error)
        assert row["next_check"], name
    with read_only(db) as conn:
        logged = conn.execute(
            "SELECT count(*) FROM fetch_log WHERE outcome = 'error' AND error IS NOT NULL"
        ).fetchone()[0]
    assert logged == len(report.feeds_failed)
    for value in all_text(db):  # server text quoted in errors is cleaned too
        assert not set(value) & FORBIDDEN, value


def test_retry_after_and_gone_set_the_next_check(polled) -> None:
    _srv, _cat, path, db, _report = polled
    settings = config_mod.load(path).settings
    attempt = datetime.fromisoformat(
        feed_row(db, "too_many")["last_attempt"].replace("Z", "+00:00")
    )

    too_many = feed_row(db, "too_many")
    assert too_many["last_status"] == 429
    retry = datetime.fromisoformat(too_many["retry_after"].replace("Z", "+00:00"))
    assert timedelta(seconds=119) <= retry - attempt <= timedelta(seconds=121)
    unavailable = feed_row(db, "unavailable")
    assert unavailable["last_status"] == 503
    retry = datetime.fromisoformat(unavailable["retry_after"].replace("Z", "+00:00"))
    assert timedelta(seconds=200) < retry - attempt <= timedelta(seconds=301)

    gone = feed_row(db, "gone")
    check = datetime.fromisoformat(gone["next_check"].replace("Z", "+00:00"))
    assert check - attempt >= timedelta(seconds=settings.max_backoff * (1 - settings.jitter) - 1)
    not_found = feed_row(db, "not_found")
    check = datetime.fromisoformat(not_found["next_check"].replace("Z", "+00:00"))
    assert check - attempt < timedelta(seconds=settings.max_backoff)


def test_frontline_feeds_reports_health(polled) -> None:
    _srv, cat, path, db, _report = polled
    result = run_cli("--config", str(path), "--db", str(db), "feeds")
    assert result.returncode == 0, result.stderr
    lines = {line.split()[0]: line for line in result.stdout.splitlines()[1:] if line.strip()}
    assert set(lines) == set(cat)
    assert "404" in lines["not_found"] and "cap" in lines["gzip_bomb"]
    assert "429" in lines["too_many"] and "loop" in lines["redirect_loop"]
    assert not set(result.stdout) & (FORBIDDEN - {"\n"})


def test_a_301_is_remembered(tmp_path: Path) -> None:
    with LoopbackServer() as srv:
        srv.route("/old", Reply(status=301, headers={"Location": "/new"}))
        srv.route("/new", Reply(body=MOVED))
        cfg = config_mod.load(write_config(tmp_path, {"moved": srv.url("/old")}, FAST_SETTINGS))
        with Store(tmp_path / "f.db") as store:
            assert pipeline.poll_once(cfg, store).ok
            assert feed_row(store.path, "moved")["permanent_url"] == srv.url("/new")
            assert pipeline.poll_once(cfg, store).ok
        assert len(srv.hits("/old")) == 1, "the 301 was not remembered"
        assert len(srv.hits("/new")) == 2
        assert {("moved", f"moved-{i}") for i in range(3)} <= keys(tmp_path / "f.db")


def test_a_streak_of_500s_backs_off_and_recovers(tmp_path: Path) -> None:
    with LoopbackServer() as srv:
        srv.route(
            "/flaky",
            servers.sequence(*[Reply(status=500)] * 3, Reply(body=GOOD)),
        )
        cfg = config_mod.load(write_config(tmp_path, {"flaky": srv.url("/flaky")}, FAST_SETTINGS))
        with Store(tmp_path / "f.db") as store:
            delays = []
            for expected_streak in (1, 2, 3):
                report = pipeline.poll_once(cfg, store)
                assert "flaky" in report.feeds_failed
                row = feed_row(store.path, "flaky")
                assert row["error_streak"] == expected_streak
                assert "500" in row["last_error"]
                check = datetime.fromisoformat(row["next_check"].replace("Z", "+00:00"))
                attempt = datetime.fromisoformat(row["last_attempt"].replace("Z", "+00:00"))
                delays.append((check - attempt).total_seconds())
            assert delays[0] < delays[1] < delays[2], delays
            report = pipeline.poll_once(cfg, store)
            assert report.ok
            row = feed_row(store.path, "flaky")
            assert row["error_streak"] == 0 and "500" in row["last_error"]
            assert {("flaky", f"good-{i}") for i in range(3)} <= keys(store.path)
            with read_only(store.path) as conn:
                outcomes = [r[0] for r in conn.execute("SELECT outcome FROM fetch_log ORDER BY id")]
            assert outcomes == ["error", "error", "error", "ok"]


def test_good_feed_is_not_held_up_by_a_slow_drip_in_fetch(tmp_path: Path) -> None:
    """iter_fetch yields the good feed while the drip (another host) is still sending."""
    drip = servers.Drip(every=0.05)
    settings = config_mod.loads(
        write_config(tmp_path, {}, {**FAST_SETTINGS, "total_timeout": 30.0}).read_text()
    ).settings
    with LoopbackServer("127.0.0.2") as slow, LoopbackServer() as fast:
        slow.route("/drip", drip)
        fast.route("/good", Reply(body=GOOD, delay=0.3))
        feeds = [
            FeedConfig("drip", slow.url("/drip")),
            FeedConfig("good", fast.url("/good")),
        ]

        async def first_result() -> tuple[str, int]:
            agen = fetch.iter_fetch(feeds, {}, settings)
            try:
                result = await agen.__anext__()
                return result.feed, drip.active
            finally:
                drip.release()
                await agen.aclose()

        name, dripping = asyncio.run(first_result())
    assert name == "good"
    assert dripping == 1


def test_good_feed_is_stored_while_a_slow_drip_is_pending(tmp_path: Path) -> None:
    """The poll stores the good feed's items while the drip feed still has not finished.

    The drip never ends until the test releases it (its total timeout is 30 s), so if the
    pipeline waited for every fetch before storing anything, the items would not appear.
    """
    drip = servers.Drip(every=0.05)
    with LoopbackServer("127.0.0.2") as slow, LoopbackServer() as fast:
        slow.route("/drip", drip)
        fast.route("/good", Reply(body=GOOD))
        path = write_config(
            tmp_path,
            {"drip": slow.url("/drip"), "good": fast.url("/good")},
            {**FAST_SETTINGS, "total_timeout": 30.0, "read_timeout": 5.0},
        )
        cfg = config_mod.load(path)
        db = tmp_path / "f.db"
        store = Store(db)
        box: dict[str, object] = {}
        poller = threading.Thread(
            target=lambda: box.setdefault("report", pipeline.poll_once(cfg, store))
        )
        poller.start()
        try:
            assert drip.started.wait(10), "the drip feed was never requested"
            stored_while_pending = False
            deadline = time.monotonic() + 8  # a bound for a hung test, not a speed goal
            while time.monotonic() < deadline and poller.is_alive():
                with read_only(db) as conn:
                    n = conn.execute(
                        "SELECT count(*) FROM items i JOIN feeds f ON f.id = i.feed_id"
                        " WHERE f.name = 'good'"
                    ).fetchone()[0]
                if n == 3:
                    stored_while_pending = drip.active == 1
                    break
                time.sleep(0.05)
        finally:
            drip.release()
            poller.join(30)
            store.close()
    assert not poller.is_alive()
    assert stored_while_pending, "the good feed waited for the slow drip"
