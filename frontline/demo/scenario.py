"""The demo scenario as data: outlets, the items they publish and the world they report on.

The story lives in ``scenario.toml`` so it can be rewritten without touching code; this
module only loads it into small frozen dataclasses and renders the demo ``config.toml``.
"""

from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SCENARIO_PATH = Path(__file__).with_name("scenario.toml")


@dataclass(frozen=True)
class Failure:
    """A stretch of scenario time during which an outlet's feed is down."""

    start: float
    end: float | None  # None: down until the end
    status: int | str  # an HTTP status, or "drop" to close the connection unanswered

    def active(self, elapsed: float) -> bool:
        return elapsed >= self.start and (self.end is None or elapsed < self.end)


@dataclass(frozen=True)
class Outlet:
    """One fictional publisher and how its feed behaves on the loopback server."""

    key: str
    name: str
    site: str
    title: str
    side: str | None = None
    format: str = "rss"  # rss | atom
    delay: float = 0.0  # seconds before the server answers
    failures: tuple[Failure, ...] = ()

    def failure(self, elapsed: float) -> Failure | None:
        return next((f for f in self.failures if f.active(elapsed)), None)


@dataclass(frozen=True)
class Item:
    """One story, published when the scenario clock passes ``offset`` seconds."""

    outlet: str
    offset: float
    title: str
    body: str
    number: int  # position in the scenario, for stable guids and links

    def guid(self, outlet: Outlet) -> str:
        host = outlet.site.split("://", 1)[-1].rstrip("/")
        return f"tag:{host},2026:demo-{self.number:03d}"

    def link(self, outlet: Outlet) -> str:
        return f"{outlet.site.rstrip('/')}/demo/{self.number:03d}"


@dataclass(frozen=True)
class Scenario:
    """The whole scripted story."""

    duration: float
    world: dict[str, Any]
    outlets: tuple[Outlet, ...]
    items: tuple[Item, ...]

    def outlet(self, key: str) -> Outlet | None:
        return next((o for o in self.outlets if o.key == key), None)

    def items_of(self, key: str) -> list[Item]:
        return [i for i in self.items if i.outlet == key]


class ScenarioError(ValueError):
    """The scenario file is malformed; the message names the problem."""


def load(path: Path | None = None) -> Scenario:
    """Read and check a scenario file (the bundled one by default)."""
    path = path or SCENARIO_PATH
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ScenarioError(f"{path}: {exc}") from None
    outlets = []
    for raw in data.get("outlets", []):
        failures = tuple(
            Failure(float(f["from"]), _opt_float(f.get("until")), f.get("status", 500))
            for f in raw.get("failures", [])
        )
        fmt = raw.get("format", "rss")
        if fmt not in ("rss", "atom"):
            raise ScenarioError(f"{path}: outlet {raw.get('key')!r}: format must be rss or atom")
        outlets.append(
            Outlet(
                key=raw["key"],
                name=raw["name"],
                site=raw["site"],
                title=raw.get("title", raw["name"]),
                side=raw.get("side"),
                format=fmt,
                delay=float(raw.get("delay", 0.0)),
                failures=failures,
            )
        )
    keys = {o.key for o in outlets}
    items = []
    for n, raw in enumerate(data.get("items", []), start=1):
        if raw.get("outlet") not in keys:
            raise ScenarioError(f"{path}: item {n}: unknown outlet {raw.get('outlet')!r}")
        items.append(Item(raw["outlet"], float(raw["offset"]), raw["title"], raw["body"], n))
    items.sort(key=lambda i: (i.offset, i.number))
    duration = float(data.get("duration", max((i.offset for i in items), default=0.0)))
    return Scenario(duration, data.get("world", {}), tuple(outlets), tuple(items))


def _opt_float(value: Any) -> float | None:
    return None if value is None else float(value)


def _toml_str(value: str) -> str:
    """A TOML basic string (JSON's escapes are a subset TOML accepts)."""
    return json.dumps(value, ensure_ascii=False)


def _toml_list(values: list[str]) -> str:
    return "[" + ", ".join(_toml_str(v) for v in values) + "]"


def feed_url(base_url: str, outlet: Outlet) -> str:
    """Where the loopback server serves one outlet's feed."""
    return f"{base_url.rstrip('/')}/feeds/{outlet.key}.xml"


def config_toml(scenario: Scenario, base_url: str, database: Path) -> str:
    """The demo's config.toml: the scenario's world, with feeds on the loopback server."""
    world = scenario.world
    out = [
        "# frontline demo config, written by `frontline demo`. The feeds are served by the",
        "# demo's loopback server, which lives only as long as the demo runs.",
        "",
        "[settings]",
        f"poll_interval = {int(world.get('poll_interval', 5))}",
        f"database = {_toml_str(str(database))}",
        "connect_timeout = 3.0",
        "read_timeout = 10.0",
        "total_timeout = 15.0",
        "max_backoff = 20",
        "jitter = 0.0",
        "per_host = 8",
        "",
    ]
    for city in world.get("cities", []):
        out += ["[[cities]]", f"name = {_toml_str(city['name'])}"]
        for key in ("aliases", "places"):
            if city.get(key):
                out.append(f"{key} = {_toml_list(city[key])}")
        for key in ("lat", "lon"):
            if key in city:
                out.append(f"{key} = {float(city[key])}")
        out.append("")
    for key, side in world.get("sides", {}).items():
        out += [
            f"[sides.{key}]",
            f"actors = {_toml_list(side.get('actors', []))}",
            f"voices = {_toml_list(side.get('voices', []))}",
            "",
        ]
    independent = world.get("independent", {}).get("voices", [])
    out += ["[independent]", f"voices = {_toml_list(independent)}", ""]
    for outlet in scenario.outlets:
        url = feed_url(base_url, outlet)
        out += ["[[feeds]]", f"name = {_toml_str(outlet.name)}", f"url = {_toml_str(url)}"]
        if outlet.side:
            out.append(f"side = {_toml_str(outlet.side)}")
        out.append("")
    return "\n".join(out)
