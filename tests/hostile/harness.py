"""Shared plumbing for the hardening tests: configs, the real CLI, database checks.

Tests build a real config.toml in a temp dir, run the real pipeline or the real
``frontline`` process against it, and inspect the real SQLite file.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CITIES = """\
[[cities]]
name = "Hama"
aliases = ["Hamah", "Ḥamāh", "حماة"]
places = ["Muhrada"]

[[cities]]
name = "Aleppo"
aliases = ["Halab"]

[[cities]]
name = "Homs"

[[cities]]
name = "Idlib"

[[cities]]
name = "Damascus"

[sides.government]
actors = ["Syrian army", "army", "government forces"]
voices = ["state media", "military source"]

[sides.opposition]
actors = ["rebels", "opposition forces", "insurgents"]
voices = ["opposition commander", "rebel official"]

[independent]
voices = ["Observatory"]
"""

#: Small timeouts so hostile servers cost seconds, not minutes (the issue's test config).
FAST_SETTINGS: dict[str, object] = {
    "connect_timeout": 1.0,
    "read_timeout": 1.0,
    "total_timeout": 3.0,
    "max_bytes": 1024 * 1024,
    "max_redirects": 3,
    "poll_interval": 60,
    "jitter": 0.0,
    "per_host": 16,
    "max_concurrency": 32,
}


def _toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    return '"' + str(value).replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_config(
    directory: Path,
    feeds: Mapping[str, str],
    settings: Mapping[str, object] | None = None,
    sides: Mapping[str, str] | None = None,
) -> Path:
    """A config.toml with the five test cities and ``feeds`` (name -> URL)."""
    parts = [CITIES]
    for name, url in feeds.items():
        parts.append(f"[[feeds]]\nname = {_toml_value(name)}\nurl = {_toml_value(url)}\n")
        side = (sides or {}).get(name)
        if side:
            parts.append(f"side = {_toml_value(side)}\n")
    if settings:
        parts.append("[settings]\n")
        parts.extend(f"{k} = {_toml_value(v)}\n" for k, v in settings.items())
    path = directory / "config.toml"
    path.write_text("\n".join(parts), encoding="utf-8")
    return path


def cli(*args: str) -> list[str]:
    """argv for the real ``frontline`` entry point under this interpreter."""
    return [sys.executable, "-m", "frontline", *args]


def run_cli(
    *args: str, timeout: float = 60, cwd: Path | None = None
) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    return subprocess.run(
        cli(*args), capture_output=True, text=True, timeout=timeout, cwd=cwd, env=env
    )


def read_only(db: Path) -> sqlite3.Connection:
    """A plain read connection that never creates the file (like the dashboard's)."""
    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True, timeout=10)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA busy_timeout = 10000")
    return conn


def integrity(db: Path) -> str:
    with read_only(db) as conn:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]


def keys(db: Path) -> set[tuple[str, str]]:
    """Every stored item as (feed name, guid)."""
    with read_only(db) as conn:
        rows = conn.execute(
            "SELECT f.name, i.guid FROM items i JOIN feeds f ON f.id = i.feed_id"
        ).fetchall()
    return {(r[0], r[1]) for r in rows}


def feed_row(db: Path, name: str) -> dict:
    with read_only(db) as conn:
        row = conn.execute("SELECT * FROM feeds WHERE name = ?", (name,)).fetchone()
    assert row is not None, f"feed {name!r} has no row"
    return dict(row)


def all_text(db: Path) -> list[str]:
    """Every TEXT value in every ordinary table (for "no control characters anywhere")."""
    out: list[str] = []
    with read_only(db) as conn:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'"
                " AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'items_fts%'"
            )
        ]
        for table in tables:
            for row in conn.execute(f'SELECT * FROM "{table}"'):
                out.extend(v for v in tuple(row) if isinstance(v, str))
    return out
