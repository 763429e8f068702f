"""Soak: the dashboard and a separate ``frontline poll`` on one database for a long run.

The long version of tests/test_concurrency.py. A loopback server serves ``--feeds`` feeds
that gain items on every request; a real ``frontline poll`` process polls them every
second; this process runs the real dashboard headless (``FrontlineApp`` with polling off,
as ``frontline --no-poll``) pressing triage keys, plus a reader thread running the panes'
queries non-stop. Every ``--every`` seconds it samples the poller's and its own RSS, the
database size and row counts, and counts errors ("database is locked" anywhere).

At the end it prints the samples, a JSON summary, and exits 1 if any error happened or
if memory kept growing: the median RSS of the last quarter of samples exceeds that of the
second quarter (after warm-up) by more than ``--max-growth-mib``.

    .venv/bin/python bench/soak.py --minutes 30          # a desk shift, compressed
    .venv/bin/python bench/soak.py --minutes 2 --feeds 8 # a quick look
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from hostile import servers  # noqa: E402
from hostile.harness import FAST_SETTINGS, cli, write_config  # noqa: E402
from support_http import LoopbackServer  # noqa: E402

from frontline import config as config_mod  # noqa: E402
from frontline import queries  # noqa: E402


def rss_mib(pid: int | str = "self") -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


class Hammer(threading.Thread):
    """The dashboard's query layer in a reader thread, as fast as it goes."""

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
                    queries.snapshot(conn, self.cfg, now, queries.Filters(terms=("Aleppo",)))
                    queries.feed_health(conn)
                    self.rounds += 1
                except sqlite3.Error as e:
                    self.errors.append(f"reader: {type(e).__name__}: {e}")
                time.sleep(0.01)
        finally:
            conn.close()


def counts(db: Path) -> dict[str, int]:
    conn = queries.connect(db)
    try:
        return {
            t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("items", "claims", "triage")
        }
    finally:
        conn.close()


async def drive(args: argparse.Namespace, db: Path, cfg, proc, samples: list, errors: list) -> None:
    from frontline.tui import app as app_module

    class App(app_module.FrontlineApp):
        CSS_PATH = str(Path(app_module.__file__).with_name("frontline.tcss"))

        def say(self, message: str, *, severity: str = "information", timeout: float = 4):
            if severity in ("warning", "error"):
                errors.append(f"dashboard: {message}")
            super().say(message, severity=severity, timeout=timeout)

    hammer = Hammer(db, cfg)
    hammer.start()
    app = App(cfg, db, poll=False, check_interval=0.5)
    t0 = time.monotonic()
    end = t0 + args.minutes * 60
    next_sample = t0
    wal = db.with_name(db.name + "-wal")
    try:
        async with app.run_test(size=(160, 48)) as pilot:
            while time.monotonic() < end:
                await pilot.pause(0.3)
                if app.snapshot is not None and app.snapshot.claims:
                    await pilot.press("j", "r")
                if proc.poll() is not None:
                    errors.append(f"poller exited with {proc.returncode}")
                    break
                if time.monotonic() >= next_sample:
                    next_sample += args.every
                    row = {
                        "t": round(time.monotonic() - t0),
                        "poller_mib": round(rss_mib(proc.pid), 1),
                        "dashboard_mib": round(rss_mib(), 1),
                        "db_mib": round(db.stat().st_size / 2**20, 1),
                        "wal_mib": round(wal.stat().st_size / 2**20, 1) if wal.exists() else 0,
                        "reader_rounds": hammer.rounds,
                        **counts(db),
                    }
                    samples.append(row)
                    print(json.dumps(row), flush=True)
    finally:
        hammer.stop.set()
        hammer.join(10)
        errors.extend(hammer.errors)


def serve(n_feeds: int, urls: multiprocessing.Queue, stop: multiprocessing.Event) -> None:
    """The growing feeds, served from their own process so the dashboard cannot starve it."""
    feeds = [servers.GrowingFeed(f"f{i:02d}", step=3, window=50) for i in range(n_feeds)]
    with LoopbackServer() as srv:
        for feed in feeds:
            srv.route(f"/{feed.name}.xml", feed)
        urls.put({feed.name: srv.url(f"/{feed.name}.xml") for feed in feeds})
        stop.wait()


def growth(values: list[float]) -> float:
    """Median of the last quarter minus median of the second quarter (warm-up skipped)."""
    if len(values) < 8:
        return 0.0
    q = len(values) // 4
    return statistics.median(values[-q:]) - statistics.median(values[q : 2 * q])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--feeds", type=int, default=24)
    parser.add_argument("--every", type=float, default=10.0, help="seconds between samples")
    parser.add_argument("--max-growth-mib", type=float, default=32.0)
    args = parser.parse_args(argv)

    work = Path(tempfile.mkdtemp(prefix="frontline-soak-"))
    samples: list[dict] = []
    errors: list[str] = []
    url_queue: multiprocessing.Queue = multiprocessing.Queue()
    stop_server = multiprocessing.Event()
    server = multiprocessing.Process(target=serve, args=(args.feeds, url_queue, stop_server))
    server.start()
    try:
        urls = url_queue.get(timeout=30)
        settings = {**FAST_SETTINGS, "poll_interval": 1, "read_timeout": 10.0}
        settings["total_timeout"] = 30.0
        path = write_config(work, urls, settings)
        cfg = config_mod.load(path)
        db = work / "soak.db"
        err_path = work / "poll.err"
        with err_path.open("w") as err:
            proc = subprocess.Popen(
                cli("--config", str(path), "--db", str(db), "poll", "--quiet"),
                stdout=subprocess.DEVNULL,
                stderr=err,
            )
            try:
                while not db.exists() or counts_or_zero(db) == 0:
                    if proc.poll() is not None:
                        print(err_path.read_text(), file=sys.stderr)
                        return 1
                    time.sleep(0.1)
                asyncio.run(drive(args, db, cfg, proc, samples, errors))
            finally:
                if proc.poll() is None:
                    proc.send_signal(signal.SIGINT)
                    try:
                        proc.wait(15)
                    except subprocess.TimeoutExpired:
                        proc.kill()
        stderr = err_path.read_text()
    finally:
        stop_server.set()
        server.join(10)
    errors += [f"poller: {line}" for line in stderr.splitlines() if "locked" in line]
    if "Traceback" in stderr:
        errors.append("poller: traceback on stderr")

    summary = {
        "minutes": args.minutes,
        "feeds": args.feeds,
        "samples": len(samples),
        "final": samples[-1] if samples else None,
        "poller_growth_mib": round(growth([s["poller_mib"] for s in samples]), 1),
        "dashboard_growth_mib": round(growth([s["dashboard_mib"] for s in samples]), 1),
        "wal_growth_mib": round(growth([s["wal_mib"] for s in samples]), 1),
        "feed_failures": sum(1 for line in stderr.splitlines() if line.startswith("  ")),
        "errors": errors[:20],
        "error_count": len(errors),
        "workdir": str(work),
    }
    print(json.dumps(summary, indent=2))
    leak = max(summary["poller_growth_mib"], summary["dashboard_growth_mib"])
    return 1 if errors or leak > args.max_growth_mib else 0


def counts_or_zero(db: Path) -> int:
    try:
        return counts(db)["items"]
    except sqlite3.Error:
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
