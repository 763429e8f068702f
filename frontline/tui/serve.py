"""`frontline serve`: the dashboard in a web browser, through textual-serve.

textual-serve runs one dashboard process per browser tab (the command below) and relays
its screen over a websocket. Limits, stated in the README too:

- No authentication and no TLS: anyone who reaches the port gets a dashboard, including
  triage and notes. Bind to 127.0.0.1 (the default) and put it behind a reverse proxy
  that authenticates (and terminates TLS) before exposing it to a newsroom.
- Each tab is a process (~60-100 MB): fine for a desk, not for a public audience.
- The served dashboards do not poll by default (``--no-poll``): run one
  ``frontline poll`` writer beside it, so several tabs do not fetch the same feeds.
"""

from __future__ import annotations

import argparse
import shlex
import sys
from pathlib import Path

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000


def build_command(args: argparse.Namespace) -> str:
    """The shell command textual-serve launches for each browser session."""
    argv = [sys.executable, "-m", "frontline"]
    for flag, name in (("--config", "config"), ("--db", "db")):
        value = getattr(args, name, None)
        if value:
            argv += [flag, str(Path(value).expanduser().resolve())]
    watch = getattr(args, "watch", None) or []
    for city in [watch] if isinstance(watch, str) else watch:
        argv += ["--watch", str(city)]
    if not getattr(args, "poll", False):
        argv.append("--no-poll")
    return shlex.join(argv)


def run(args: argparse.Namespace) -> int:
    """Serve the dashboard on ``--host``/``--port`` until Ctrl-C; returns the exit code."""
    from textual_serve.server import Server

    host = getattr(args, "host", None) or DEFAULT_HOST
    port = int(getattr(args, "port", None) or DEFAULT_PORT)
    public_url = getattr(args, "public_url", None)
    command = build_command(args)
    server = Server(command, host=host, port=port, title="frontline", public_url=public_url)
    print(
        f"frontline serve: http://{host}:{port}/ (no authentication: keep it on localhost or "
        "behind an authenticating proxy). Ctrl-C stops.",
        file=sys.stderr,
        flush=True,
    )
    try:
        server.serve()
    except OSError as exc:
        print(
            f"frontline serve: cannot listen on {host}:{port}: {exc.strerror or exc}",
            file=sys.stderr,
        )
        return 1
    return 0
