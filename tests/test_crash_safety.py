"""kill -9 in the middle of ``frontline poll``: the database survives and the next run resumes.

A loopback server serves many feeds that grow on every request. A real ``frontline poll``
process polls them in a loop; the test waits until some items are committed, notes what a
reader can see, SIGKILLs the poller, and then checks: ``PRAGMA integrity_check`` is ok,
everything seen before the kill is still there, no item lost its mentions, and a new
``frontline poll --once`` stores the rest without a single duplicate.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest
from hostile import servers
from hostile.harness import FAST_SETTINGS, cli, keys, read_only, run_cli, write_config
from support_http import LoopbackServer

FEEDS = 16


def _group(pgid: int) -> list[int]:
    """Live (non-zombie) processes in process group ``pgid``: the poller and its workers."""
    out = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == pgid and fields[0] != "Z":
            out.append(int(entry.name))
    return out


def _wait_for(predicate, timeout: float, step: float = 0.02) -> bool:
    """Poll ``predicate`` until true or ``timeout`` (a hang guard, not a speed check)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(step)
    return False


def _count(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with read_only(db) as conn:
            return conn.execute("SELECT count(*) FROM items").fetchone()[0]
    except sqlite3.OperationalError:
        return 0  # schema not created yet


def _check_consistent(db: Path) -> None:
    conn = sqlite3.connect(db)  # read-write: lets SQLite recover the WAL like a real start
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        total, distinct = conn.execute(
            "SELECT count(*), count(DISTINCT feed_id || char(31) || guid) FROM items"
        ).fetchone()
        assert total == distinct
        orphans = conn.execute(
            "SELECT count(*) FROM claims WHERE item_id NOT IN (SELECT id FROM items)"
        ).fetchone()[0]
        assert orphans == 0
        # Every title names Hama, so an item without a mention was cut off mid-write
        # (and would never be matched again, since its content is unchanged).
        unmatched = conn.execute(
            "SELECT count(*) FROM items WHERE id NOT IN (SELECT item_id FROM mentions)"
        ).fetchone()[0]
        assert unmatched == 0
        fts = conn.execute("SELECT count(*) FROM items_fts WHERE items_fts MATCH 'Hama'")
        assert fts.fetchone()[0] == total
    finally:
        conn.close()


@pytest.fixture
def growing(tmp_path: Path):
    feeds = [servers.GrowingFeed(f"f{i:02d}", step=10, window=40, pad=6000) for i in range(FEEDS)]
    with LoopbackServer() as srv:
        urls = {}
        for feed in feeds:
            srv.route(f"/{feed.name}.xml", feed)
            urls[feed.name] = srv.url(f"/{feed.name}.xml")
        settings = {**FAST_SETTINGS, "poll_interval": 1, "max_bytes": 4 * 1024 * 1024}
        yield feeds, write_config(tmp_path, urls, settings), tmp_path / "f.db"


def test_kill_9_mid_poll_then_resume(growing) -> None:
    feeds, config, db = growing
    partial_rounds = 0
    had_workers = False
    # Kill right after the first new commit; then once the parse workers are up.
    for round_, wait_for_workers in enumerate((False, True)):
        before_round = _count(db)
        err = db.parent / f"poll{round_}.err"
        with err.open("w") as stderr:
            proc = subprocess.Popen(
                cli("--config", str(config), "--db", str(db), "poll", "--quiet"),
                stdout=subprocess.DEVNULL,
                stderr=stderr,
                start_new_session=True,
            )
            try:
                if wait_for_workers:
                    up = _wait_for(lambda pid=proc.pid: len(_group(pid)) > 2, 30, 0.005)
                    assert up, "the poller never started parse workers"
                    before_round = _count(db)
                stored = _wait_for(lambda n=before_round: _count(db) > n, 30, 0.005)
                assert stored, "poller stored nothing: " + err.read_text()
                seen = keys(db)
                had_workers |= len(_group(proc.pid)) > 1
                proc.send_signal(signal.SIGKILL)
                proc.wait(10)
            finally:
                if proc.poll() is None:
                    os.killpg(proc.pid, signal.SIGKILL)
                    proc.wait(10)
        assert proc.returncode == -signal.SIGKILL
        assert "Traceback" not in err.read_text()
        # The parse workers (same process group) must notice and exit on their own.
        orphans_gone = _wait_for(lambda pid=proc.pid: not _group(pid), 10)
        leftover = _group(proc.pid)
        if leftover:
            os.killpg(proc.pid, signal.SIGKILL)
        assert orphans_gone, f"processes {leftover} outlived the killed poller"

        _check_consistent(db)
        after = keys(db)
        assert seen <= after, "items committed before the kill are gone"
        # Mid-poll: some feed was served but its items are not (all) stored.
        if any(not {(f.name, g) for g in f.served} <= after for f in feeds):
            partial_rounds += 1
    assert partial_rounds, "no kill landed in the middle of a poll cycle"
    assert had_workers, "no kill hit a poller with parse workers (bodies too small?)"

    for feed in feeds:
        feed.frozen = True
    first = run_cli("--config", str(config), "--db", str(db), "poll", "--once")
    assert first.returncode == 0, first.stderr
    assert "Traceback" not in first.stderr
    _check_consistent(db)
    stored = keys(db)
    for feed in feeds:
        assert {(feed.name, g) for g in feed.served} <= stored, feed.name
    again = run_cli("--config", str(config), "--db", str(db), "poll", "--once")
    assert again.returncode == 0, again.stderr
    assert keys(db) == stored, "a re-run without new items changed the items"
