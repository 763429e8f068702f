"""The dashboard and a separate ``frontline poll`` process on one database at once.

A real poller process keeps storing new items from a loopback server while, in this
process, the real dashboard (``FrontlineApp`` with polling off, as ``frontline --no-poll``)
reloads on every store change and writes triage marks, and a reader thread hammers the
dashboard's query layer. Nothing may fail with "database is locked", every triage write
must land, and the poller's memory must not keep growing. bench/soak.py is the long run.
"""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import threading
import time
from pathlib import Path

import pytest
from hostile import servers
from hostile.harness import FAST_SETTINGS, cli, integrity, write_config
from support_http import LoopbackServer

from frontline import config as config_mod
from frontline import queries
from frontline.tui import app as app_module
from frontline.tui.app import FrontlineApp

RUN_SECONDS = 6.0


def rss_kib(pid: int) -> int:
    """Resident set size of a process (Linux), in KiB; its children are not counted."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise AssertionError(f"no VmRSS for {pid}")


class RecordingApp(FrontlineApp):
    """The real dashboard, remembering every warning or error it would show."""

    CSS_PATH = str(Path(app_module.__file__).with_name("frontline.tcss"))

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.problems: list[str] = []

    def say(self, message: str, *, severity: str = "information", timeout: float = 4) -> None:
        if severity in ("warning", "error"):
            self.problems.append(message)
        super().say(message, severity=severity, timeout=timeout)


class QueryHammer(threading.Thread):
    """A reader thread running the panes' queries on its own connection, non-stop."""

    def __init__(self, db: Path, cfg: config_mod.Config) -> None:
        super().__init__(daemon=True)
        self.db, self.cfg = db, cfg
        self.stop = threading.Event()
        self.errors: list[str] = []
        self.rounds = 0

    def run(self) -> None:
        conn = queries.connect(self.db)
        try:
            while not self.stop.is_set():
                try:
                    now = queries.now_utc()
                    queries.snapshot(conn, self.cfg, now, queries.Filters(), "Hama")
                    queries.snapshot(conn, self.cfg, now, queries.Filters(terms=("Hama",)), None)
                    queries.feed_health(conn)
                    self.rounds += 1
                except sqlite3.Error as e:
                    self.errors.append(f"{type(e).__name__}: {e}")
        finally:
            conn.close()


@pytest.fixture
def poller(tmp_path: Path):
    feeds = [servers.GrowingFeed(f"f{i}", step=4, window=40, pad=200) for i in range(8)]
    with LoopbackServer() as srv:
        urls = {}
        for feed in feeds:
            srv.route(f"/{feed.name}.xml", feed)
            urls[feed.name] = srv.url(f"/{feed.name}.xml")
        # Generous timeouts: this test is about the database, and the server shares a GIL
        # with the dashboard here.
        settings = {
            **FAST_SETTINGS,
            "poll_interval": 1,
            "read_timeout": 10.0,
            "total_timeout": 30.0,
        }
        path = write_config(tmp_path, urls, settings)
        db = tmp_path / "f.db"
        errors = (tmp_path / "poll.err").open("w")
        proc = subprocess.Popen(
            cli("--config", str(path), "--db", str(db), "poll", "--quiet"),
            stdout=subprocess.DEVNULL,
            stderr=errors,
        )
        try:
            yield proc, config_mod.load(path), db, tmp_path / "poll.err"
        finally:
            if proc.poll() is None:
                proc.send_signal(signal.SIGINT)
                try:
                    proc.wait(10)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait(10)
            errors.close()


def _items(db: Path) -> int:
    try:
        conn = queries.connect(db)
    except sqlite3.Error:
        return 0
    try:
        return conn.execute("SELECT count(*) FROM items").fetchone()[0]
    except sqlite3.Error:
        return 0
    finally:
        conn.close()


def _max_item_id(db: Path) -> int:
    conn = queries.connect(db)
    try:
        return conn.execute("SELECT COALESCE(MAX(id), 0) FROM items").fetchone()[0]
    finally:
        conn.close()


async def test_dashboard_and_poller_share_the_database(poller) -> None:
    proc, cfg, db, err_path = poller
    deadline = time.monotonic() + 30  # hang guard: the first cycle must land
    while _items(db) == 0:
        assert time.monotonic() < deadline, "the poller stored nothing"
        assert proc.poll() is None, err_path.read_text()
        time.sleep(0.05)
    start_items = _items(db)
    start_id = _max_item_id(db)
    rss_start = rss_kib(proc.pid)

    hammer = QueryHammer(db, cfg)
    hammer.start()
    app = RecordingApp(cfg, db, poll=False, check_interval=0.25)
    toggles = 0
    try:
        async with app.run_test(size=(160, 48)) as pilot:
            end = time.monotonic() + RUN_SECONDS
            while time.monotonic() < end:
                await pilot.pause(0.15)
                if app.snapshot is not None and app.snapshot.claims:
                    await pilot.press("j", "r", "f")
                    toggles += 1
            await pilot.pause(0.5)
            shown = app.snapshot
    finally:
        hammer.stop.set()
        hammer.join(10)

    assert proc.poll() is None, "the poller died: " + err_path.read_text()
    rss_end = rss_kib(proc.pid)
    proc.send_signal(signal.SIGINT)
    proc.wait(15)
    stderr = err_path.read_text()

    assert not app.problems, app.problems
    assert not hammer.errors, hammer.errors[:5]
    assert hammer.rounds > 10
    assert "locked" not in stderr and "Traceback" not in stderr, stderr
    assert _items(db) > start_items, "the poller stopped storing while the dashboard ran"
    assert shown is not None and shown.watermark[0] > start_id, "the dashboard never refreshed"
    assert toggles > 0
    conn = queries.connect(db)
    try:
        marked = conn.execute(
            "SELECT count(*) FROM triage WHERE read = 1 OR flagged = 1"
        ).fetchone()[0]
    finally:
        conn.close()
    assert marked > 0, "no triage write landed"
    assert integrity(db) == "ok"
    # A loose bound for a short run (the soak bench measures the trend): a leak of the
    # parsed bodies or of per-cycle clients would grow far faster than this.
    assert rss_end - rss_start < 64 * 1024, (rss_start, rss_end)
