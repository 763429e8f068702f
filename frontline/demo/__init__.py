"""`frontline demo`: the dashboard on a scripted, offline front line.

A loopback server replays ``scenario.toml`` (five fictional outlets, one offensive on
Hama) on a compressed clock; a demo config and a fresh database go to a temp dir; the
dashboard opens watching Hama and polls the server every few seconds, so claims, status
changes, conflicts and alerts arrive live. Nothing touches the network.
"""

from __future__ import annotations

import argparse
import shutil
import signal
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from frontline.demo.scenario import Scenario, config_toml, load
from frontline.demo.server import DemoServer

WATCH = "Hama"


@dataclass
class DemoRun:
    """A running demo: the server, and the config and database it was set up with."""

    server: DemoServer
    directory: Path
    config_path: Path
    db_path: Path

    def stop(self) -> None:
        self.server.stop()


def start(
    directory: Path,
    *,
    speed: float = 1.0,
    clock: Callable[[], float] | None = None,
    start_time: datetime | None = None,
    sleep: Callable[[float], None] = time.sleep,
    scenario: Scenario | None = None,
) -> DemoRun:
    """Start the feed server and write ``config.toml`` for it into ``directory``."""
    scenario = scenario or load()
    server = DemoServer(scenario, speed=speed, clock=clock, start=start_time, sleep=sleep)
    directory.mkdir(parents=True, exist_ok=True)
    db_path = directory / "demo.db"
    config_path = directory / "config.toml"
    config_path.write_text(config_toml(scenario, server.base_url, db_path), encoding="utf-8")
    server.start()
    return DemoRun(server, directory, config_path, db_path)


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def run(args: argparse.Namespace) -> int:
    """Entry point of `frontline demo [--speed N] [--no-open]`; returns the exit code."""
    speed = float(getattr(args, "speed", None) or 1.0)
    if speed <= 0:
        print("frontline demo: --speed must be a positive number", file=sys.stderr)
        return 2
    keep = bool(getattr(args, "keep", False))
    directory = Path(tempfile.mkdtemp(prefix="frontline-demo-"))
    demo = start(directory, speed=speed)
    minutes = demo.server.scenario.duration / speed / 60
    try:
        if getattr(args, "no_open", False):
            # A service manager or a test stops us with SIGTERM: clean up as for Ctrl-C.
            signal.signal(signal.SIGTERM, _interrupt)
            print(demo.config_path, flush=True)
            print(
                f"frontline demo: serving {len(demo.server.scenario.outlets)} feeds at "
                f"{demo.server.base_url}/ for a ~{minutes:.1f} min scenario; Ctrl-C stops.",
                file=sys.stderr,
                flush=True,
            )
            while True:
                time.sleep(3600)
        from frontline import config as config_mod
        from frontline.tui import app

        config = config_mod.load(demo.config_path)
        app.run(config, demo.db_path, watch=WATCH, poll=True)
    except KeyboardInterrupt:
        pass
    finally:
        demo.stop()
        if keep:
            print(f"frontline demo: config and database kept in {directory}", file=sys.stderr)
        else:
            shutil.rmtree(directory, ignore_errors=True)
    return 0
