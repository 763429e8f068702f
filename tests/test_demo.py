"""The demo: a real loopback HTTP server on an injected clock, polled by the real pipeline."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime, timedelta
from pathlib import Path

import feedparser
import httpx
import pytest

from frontline import config as config_mod
from frontline import demo
from frontline.demo import scenario as scenario_mod
from frontline.demo.server import DemoServer


class Clock:
    """Scenario seconds, moved by the test instead of by waiting."""

    def __init__(self, t: float = 0.0) -> None:
        self.t = t

    def __call__(self) -> float:
        return self.t


@pytest.fixture(scope="module")
def scenario() -> scenario_mod.Scenario:
    return scenario_mod.load()


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def sleeps() -> list[float]:
    return []


@pytest.fixture
def server(scenario, clock, sleeps):
    start = datetime.now(UTC) - timedelta(hours=1)
    with DemoServer(scenario, clock=clock, start=start, sleep=sleeps.append) as srv:
        yield srv


def test_scenario_is_a_full_story(scenario: scenario_mod.Scenario) -> None:
    assert 25 <= len(scenario.items) <= 40
    assert 150 <= scenario.duration <= 260  # ~3-4 minutes at --speed 1
    assert len({o.side for o in scenario.outlets}) >= 4  # state, opposition, independent, none
    assert any(o.delay >= 2 for o in scenario.outlets)
    assert any(f.status == "drop" for o in scenario.outlets for f in o.failures)
    assert any(f.status == 500 for o in scenario.outlets for f in o.failures)
    text = " ".join(i.title + " " + i.body for i in scenario.items)
    assert "حماة" in text and "repelled" in text and "inside" in text
    assert all(o.site.split("/")[2].endswith(".example") for o in scenario.outlets)
    guids = [i.guid(scenario.outlet(i.outlet)) for i in scenario.items]
    assert len(set(guids)) == len(guids)


def _entries(resp: httpx.Response) -> list:
    return feedparser.parse(resp.content).entries


def test_items_appear_as_the_clock_advances(server: DemoServer, clock: Clock, scenario) -> None:
    state = scenario.outlet("qasioun")
    offsets = sorted(i.offset for i in scenario.items_of("qasioun"))
    with httpx.Client() as client:
        url = server.url(state)
        clock.t = offsets[0]
        first = client.get(url)
        assert first.status_code == 200
        assert len(_entries(first)) == 1

        # Nothing new: conditional requests get 304 by ETag and by Last-Modified.
        etag, modified = first.headers["ETag"], first.headers["Last-Modified"]
        assert client.get(url, headers={"If-None-Match": etag}).status_code == 304
        assert client.get(url, headers={"If-Modified-Since": modified}).status_code == 304

        clock.t = offsets[2]
        later = client.get(url, headers={"If-None-Match": etag})
        assert later.status_code == 200
        entries = _entries(later)
        assert len(entries) == 3
        published = [datetime(*e.published_parsed[:6], tzinfo=UTC) for e in entries]
        expected = sorted((server.published(i) for i in server.visible(state)), reverse=True)
        assert published == expected  # newest first, pubDate = start + offset


def test_atom_outlet_and_slow_outlet(server: DemoServer, clock: Clock, sleeps, scenario) -> None:
    wire = next(o for o in scenario.outlets if o.format == "atom")
    clock.t = scenario.duration
    resp = httpx.get(server.url(wire))
    parsed = feedparser.parse(resp.content)
    assert parsed.version == "atom10"
    assert len(parsed.entries) == len(scenario.items_of(wire.key))
    slow = [o for o in scenario.outlets if o.delay]
    for outlet in slow:
        httpx.get(server.url(outlet))
    assert sorted(sleeps) == sorted([wire.delay] + [o.delay for o in slow])


def test_dying_outlet_answers_500_then_drops(server: DemoServer, clock: Clock, scenario) -> None:
    dying = next(o for o in scenario.outlets if o.failures)
    before, error, drop = (
        dying.failures[0].start - 1,
        dying.failures[0].start,
        next(f for f in dying.failures if f.status == "drop").start,
    )
    url = server.url(dying)
    clock.t = before
    assert httpx.get(url).status_code == 200
    clock.t = error
    assert httpx.get(url).status_code == 500
    clock.t = drop
    with pytest.raises(httpx.RemoteProtocolError):
        httpx.get(url)
    assert server.requests[-1] == (f"/feeds/{dying.key}.xml", "drop")


def test_demo_config_is_valid_and_points_at_the_server(tmp_path: Path, clock: Clock) -> None:
    run = demo.start(tmp_path, clock=clock, sleep=lambda s: None)
    try:
        cfg = config_mod.load(run.config_path)
        assert cfg.settings.database == run.db_path
        assert cfg.settings.poll_interval <= 10
        assert cfg.city("Hama") is not None
        assert all(f.url.startswith(run.server.base_url) for f in cfg.feeds)
        assert httpx.get(run.server.base_url + "/feeds.opml").status_code == 200
    finally:
        run.stop()


def test_polling_the_demo_yields_claims_and_conflicts(tmp_path: Path) -> None:
    from frontline import pipeline, queries
    from frontline.store import Store

    clock = Clock(0.0)
    run = demo.start(
        tmp_path,
        clock=clock,
        start_time=datetime.now(UTC) - timedelta(hours=1),
        sleep=lambda s: None,
    )
    try:
        cfg = config_mod.load(run.config_path)
        with Store(run.db_path) as store:
            first = pipeline.poll_once(cfg, store)
            assert first.new_items == 1 and not first.feeds_failed
            clock.t = 100_000  # the whole scenario has been published
            report = pipeline.poll_once(cfg, store)
            dying = next(o for o in run.server.scenario.outlets if o.failures)
            assert set(report.feeds_failed) == {dying.name}
            stored = store.query("SELECT COUNT(*) FROM items")[0][0]
            # Everything but the dead outlet's items (it never answered after they appeared).
            assert stored == sum(1 for i in run.server.scenario.items if i.outlet != dying.key)
            claims = store.query("SELECT place, side, kind FROM claims")
            conflicts = store.query("SELECT place, city FROM conflicts")
        assert len(claims) >= 10
        assert {"Hama", "Souran"} <= {c["place"] for c in claims}
        assert {"government", "opposition"} <= {c["side"] for c in claims}
        assert any(k["city"] == "Hama" for k in conflicts)
        conn = queries.connect(run.db_path)
        try:
            assert queries.conflict_rows(conn, city="Hama")
        finally:
            conn.close()
    finally:
        run.stop()


def test_run_rejects_bad_speed(capsys: pytest.CaptureFixture[str]) -> None:
    assert demo.run(argparse.Namespace(speed=-1.0, no_open=True)) == 2
    assert "--speed" in capsys.readouterr().err


def test_no_open_serves_until_terminated_then_cleans_up(tmp_path: Path) -> None:
    import signal
    import subprocess
    import sys

    proc = subprocess.Popen(
        [sys.executable, "-m", "frontline", "demo", "--no-open", "--speed", "1000"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        config_path = Path(proc.stdout.readline().strip())
        cfg = config_mod.load(config_path)
        state = next(f for f in cfg.feeds if f.side == "government")
        entries = feedparser.parse(httpx.get(state.url).content).entries
        assert entries and all(e.link.startswith("https://") for e in entries)
    finally:
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=10) == 0
    assert not config_path.parent.exists()
    assert "Traceback" not in proc.stderr.read()
