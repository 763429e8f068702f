"""`frontline serve`: the command each browser tab runs, and a real textual-serve server."""

from __future__ import annotations

import argparse
import shlex
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

from frontline.tui import serve


def test_command_passes_config_db_watch_and_does_not_poll(tmp_path: Path) -> None:
    args = argparse.Namespace(
        config="desk.toml", db=str(tmp_path / "d.db"), watch=["Hama", "Homs"], poll=False
    )
    argv = shlex.split(serve.build_command(args))
    assert argv[:3] == [sys.executable, "-m", "frontline"]
    assert argv[argv.index("--config") + 1] == str(Path("desk.toml").resolve())
    assert argv[argv.index("--db") + 1] == str(tmp_path / "d.db")
    assert [argv[i + 1] for i, a in enumerate(argv) if a == "--watch"] == ["Hama", "Homs"]
    assert "--no-poll" in argv
    bare = shlex.split(serve.build_command(argparse.Namespace()))
    assert "--config" not in bare and "--watch" not in bare


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_serve_answers_http_on_loopback(syria_config: Path, tmp_path: Path) -> None:
    port = _free_port()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "frontline",
            "--config",
            str(syria_config),
            "--db",
            str(tmp_path / "s.db"),
            "serve",
            "--port",
            str(port),
        ],  # fmt: skip
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        page = None
        for _ in range(100):  # the server needs a moment to bind; not a timing assertion
            if proc.poll() is not None:
                break
            try:
                page = httpx.get(f"http://127.0.0.1:{port}/", timeout=2)
                break
            except httpx.TransportError:
                time.sleep(0.1)
        assert page is not None, proc.stderr.read().decode() if proc.poll() is not None else ""
        assert page.status_code == 200
        assert f"ws://127.0.0.1:{port}/ws" in page.text
    finally:
        proc.terminate()
        proc.wait(timeout=10)
