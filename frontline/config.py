"""Read config.toml and validate it at the edge into the dataclasses of ``models``.

Everything after this module trusts the Config it gets, so every check happens here and
every failure is a ``ConfigError`` whose message is one line: the file, the line where we
can find it, the key path (``cities[2].aliases``) and what is wrong.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import fields
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

import platformdirs

from frontline.models import INDEPENDENT, UNKNOWN, Alerts, City, Config, FeedConfig, Settings, Side

APP_NAME = "frontline"
ENV_CONFIG = "FRONTLINE_CONFIG"
PACKAGED_CONFIG = Path(__file__).resolve().parent / "default_config.toml"


class ConfigError(Exception):
    """A config problem, as one line a user can act on (file, line, key path, what)."""


# --------------------------------------------------------------------------- paths


def default_db_path() -> Path:
    """Where the database lives when neither ``--db`` nor ``settings.database`` says."""
    return Path(platformdirs.user_data_dir(APP_NAME)) / "frontline.db"


def user_config_path() -> Path:
    """The per-user config file (it may not exist)."""
    return Path(platformdirs.user_config_dir(APP_NAME)) / "config.toml"


def default_config_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """Pick the config: ``explicit`` > $FRONTLINE_CONFIG > ./config.toml > user > packaged.

    An explicit path or the environment variable is returned even if missing, so the
    user gets an error naming the file they asked for rather than a silent fallback.
    """
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get(ENV_CONFIG)
    if env:
        return Path(env).expanduser()
    for candidate in (Path.cwd() / "config.toml", user_config_path()):
        if candidate.is_file():
            return candidate
    return PACKAGED_CONFIG


# --------------------------------------------------------------------------- locating lines

_HEADER = re.compile(r"^\s*(\[\[?)\s*([^\]]+?)\s*\]\]?\s*(#.*)?$")


def _find_line(text: str, path: tuple[str | int, ...]) -> int | None:
    """Best-effort 1-based line of a key path such as ("cities", 2, "aliases").

    tomllib gives no positions, so scan the table headers: find the section the path
    lives in (the n-th ``[[cities]]``, ``[sides.government]``), then ``key =`` in it.
    Inline tables and dotted keys may not be found; then the section's header line.
    """
    lines = text.splitlines()
    # sections: (names, index-if-array-table, first line, last line)
    sections: list[tuple[tuple[str, ...], int | None, int, int]] = []
    counts: dict[tuple[str, ...], int] = {}
    names: tuple[str, ...] = ()
    index: int | None = None
    start = 1
    for lineno, line in enumerate(lines, 1):
        m = _HEADER.match(line)
        if not m:
            continue
        sections.append((names, index, start, lineno - 1))
        names = tuple(p.strip().strip('"') for p in m.group(2).split("."))
        index = None
        if m.group(1) == "[[":
            index = counts[names] = counts.get(names, -1) + 1
        start = lineno
    sections.append((names, index, start, len(lines)))

    def section(spec: tuple[str | int, ...]) -> tuple[int, int] | None:
        want = tuple(p for p in spec if isinstance(p, str))
        idx = spec[-1] if spec and isinstance(spec[-1], int) else None
        for n, i, first, last in sections:
            if n == want and (idx is None or i == idx):
                return first, last
        return None

    def key_in(first: int, last: int, key: str) -> int | None:
        pattern = re.compile(rf"^\s*[\"']?{re.escape(key)}[\"']?\s*=")
        for lineno in range(first, last + 1):
            if pattern.match(lines[lineno - 1]):
                return lineno
        return None

    if path and isinstance(path[-1], str):
        found = section(path[:-1])
        if found and (hit := key_in(*found, path[-1])):
            return hit
    for k in range(len(path), 0, -1):
        found = section(path[:k])
        if found and found[0] >= 1 and path[:k]:
            return found[0]
    return None


# --------------------------------------------------------------------------- validation


class _Checker:
    """Carries the file name and text so every error can name the file and line."""

    def __init__(self, path: Path, text: str) -> None:
        self.path = path
        self.text = text

    def fail(self, keypath: tuple[str | int, ...], what: str) -> ConfigError:
        line = _find_line(self.text, keypath) if keypath else None
        where = f"{self.path}:{line}" if line else f"{self.path}"
        name = _dotted(keypath)
        msg = f"{where}: {name}: {what}" if name else f"{where}: {what}"
        return ConfigError(" ".join(msg.split()))

    # typed getters ---------------------------------------------------------

    def table(self, value: Any, keypath: tuple[str | int, ...]) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(keypath, f"expected a table, got {_tname(value)}")
        return value

    def keys(self, table: dict[str, Any], allowed: set[str], keypath: tuple) -> None:
        for key in table:
            if key not in allowed:
                hint = ", ".join(sorted(allowed))
                raise self.fail((*keypath, key), f"unknown key (expected one of: {hint})")

    def string(self, table: dict, key: str, keypath: tuple, *, required: bool = False):
        if key not in table:
            if required:
                raise self.fail(keypath, f"missing required key {key!r}")
            return None
        value = table[key]
        if not isinstance(value, str) or not value.strip():
            raise self.fail((*keypath, key), f"expected a non-empty string, got {_tname(value)}")
        return value.strip()

    def strings(self, table: dict, key: str, keypath: tuple) -> tuple[str, ...]:
        value = table.get(key, [])
        if not isinstance(value, list):
            raise self.fail((*keypath, key), f"expected a list of strings, got {_tname(value)}")
        out: list[str] = []
        for i, item in enumerate(value):
            if not isinstance(item, str) or not item.strip():
                raise self.fail(
                    (*keypath, key), f"item {i} must be a non-empty string, got {_tname(item)}"
                )
            out.append(item.strip())
        return tuple(out)

    def number(self, table: dict, key: str, keypath: tuple, kind: type, *, minimum=None):
        value = table[key]
        ok = isinstance(value, int) and not isinstance(value, bool)
        if kind is float:
            ok = ok or isinstance(value, float)
        if not ok:
            want = "an integer" if kind is int else "a number"
            raise self.fail((*keypath, key), f"expected {want}, got {_tname(value)}")
        if minimum is not None and value < minimum:
            raise self.fail((*keypath, key), f"must be at least {minimum}, got {value}")
        return kind(value)


def _tname(value: Any) -> str:
    names = {str: "string", int: "integer", float: "number", bool: "boolean", list: "array"}
    if isinstance(value, dict):
        return "table"
    return f"{names.get(type(value), type(value).__name__)} {value!r}"[:60]


def _dotted(keypath: tuple[str | int, ...]) -> str:
    out = ""
    for part in keypath:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else part
    return out


_TOP_KEYS = {"cities", "sides", "independent", "feeds", "settings", "lexicon"}


def load(path: str | os.PathLike[str]) -> Config:
    """Read and validate a config file; raise ConfigError (one line) on any problem."""
    path = Path(path).expanduser()
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ConfigError(f"{path}: config file not found") from None
    except IsADirectoryError:
        raise ConfigError(f"{path}: is a directory, not a config file") from None
    except OSError as e:
        raise ConfigError(f"{path}: cannot read config file: {e.strerror or e}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise ConfigError(f"{path}: not UTF-8 text (byte {e.start})") from None
    return loads(text, path)


def loads(text: str, path: str | os.PathLike[str] = "config.toml") -> Config:
    """Validate TOML text; ``path`` names it in errors and anchors relative ``file:`` URLs."""
    path = Path(path)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        line = re.search(r"line (\d+)", str(e))
        where = f"{path}:{line.group(1)}" if line else str(path)
        raise ConfigError(f"{where}: TOML syntax error: {e}") from None
    ck = _Checker(path, text)
    ck.keys(data, _TOP_KEYS, ())
    base = path.resolve().parent

    sides = _sides(ck, data)
    independent = _independent(ck, data)
    cities = _cities(ck, data)
    feeds = _feeds(ck, data, sides, base)
    settings = _settings(ck, data, base)
    lexicon = ck.table(data.get("lexicon", {}), ("lexicon",))
    return Config(
        cities=cities,
        sides=sides,
        independent=independent,
        feeds=feeds,
        settings=settings,
        lexicon=dict(lexicon),
        path=path.resolve(),
    )


def _sides(ck: _Checker, data: dict) -> dict[str, Side]:
    table = ck.table(data.get("sides", {}), ("sides",))
    sides: dict[str, Side] = {}
    for key, value in table.items():
        kp = ("sides", key)
        if key in (INDEPENDENT, UNKNOWN):
            raise ck.fail(kp, f"{key!r} is reserved; use [independent] for neutral voices")
        body = ck.table(value, kp)
        ck.keys(body, {"actors", "voices"}, kp)
        sides[key] = Side(
            key=key, actors=ck.strings(body, "actors", kp), voices=ck.strings(body, "voices", kp)
        )
    return sides


def _independent(ck: _Checker, data: dict) -> tuple[str, ...]:
    table = ck.table(data.get("independent", {}), ("independent",))
    ck.keys(table, {"voices"}, ("independent",))
    return ck.strings(table, "voices", ("independent",))


def _cities(ck: _Checker, data: dict) -> tuple[City, ...]:
    value = data.get("cities", [])
    if not isinstance(value, list):
        raise ck.fail(("cities",), "expected [[cities]] tables")
    owner: dict[str, str] = {}  # casefolded name/alias/place -> city that claimed it
    cities: list[City] = []
    for i, item in enumerate(value):
        kp: tuple[str | int, ...] = ("cities", i)
        body = ck.table(item, kp)
        ck.keys(body, {"name", "aliases", "places", "lat", "lon"}, kp)
        name = ck.string(body, "name", kp, required=True)
        aliases = ck.strings(body, "aliases", kp)
        places = ck.strings(body, "places", kp)
        coords: dict[str, float | None] = {}
        for axis, limit in (("lat", 90), ("lon", 180)):
            coords[axis] = None
            if axis in body:
                v = ck.number(body, axis, kp, float)
                if not -limit <= v <= limit:
                    raise ck.fail((*kp, axis), f"must be between -{limit} and {limit}, got {v}")
                coords[axis] = v
        for field_name, names in (("name", (name,)), ("aliases", aliases), ("places", places)):
            for n in names:
                key = n.casefold()
                other = owner.get(key)
                if other is not None and other != name:
                    raise ck.fail((*kp, field_name), f"{n!r} is already used by city {other!r}")
                if other == name and field_name == "name":
                    raise ck.fail((*kp, "name"), f"duplicate city {name!r}")
                owner[key] = name
        cities.append(City(name, aliases, places, coords["lat"], coords["lon"]))
    return tuple(cities)


def _feeds(ck: _Checker, data: dict, sides: dict[str, Side], base: Path) -> tuple[FeedConfig, ...]:
    value = data.get("feeds", [])
    if not isinstance(value, list):
        raise ck.fail(("feeds",), "expected [[feeds]] tables")
    seen: set[str] = set()
    feeds: list[FeedConfig] = []
    allowed_sides = [*sides, INDEPENDENT]
    for i, item in enumerate(value):
        kp: tuple[str | int, ...] = ("feeds", i)
        body = ck.table(item, kp)
        ck.keys(body, {"name", "url", "side", "interval"}, kp)
        name = ck.string(body, "name", kp, required=True)
        if name in seen:
            raise ck.fail((*kp, "name"), f"duplicate feed name {name!r}")
        seen.add(name)
        url = _feed_url(ck, ck.string(body, "url", kp, required=True), (*kp, "url"), base)
        side = ck.string(body, "side", kp)
        if side is not None and side not in allowed_sides:
            raise ck.fail(
                (*kp, "side"),
                f"unknown side {side!r} (expected one of: {', '.join(allowed_sides)})",
            )
        interval = ck.number(body, "interval", kp, int, minimum=1) if "interval" in body else None
        feeds.append(FeedConfig(name=name, url=url, side=side, interval=interval))
    return tuple(feeds)


def _feed_url(ck: _Checker, url: str, kp: tuple, base: Path) -> str:
    """Keep http(s) URLs; turn ``file:`` URLs into absolute ones anchored at ``base``."""
    parsed = urlparse(url)
    scheme = parsed.scheme.lower()
    if scheme in ("http", "https"):
        if not parsed.netloc:
            raise ck.fail(kp, f"URL has no host: {url!r}")
        return url
    if scheme == "file":
        if parsed.netloc not in ("", "localhost"):
            raise ck.fail(kp, f"file: URLs must be local, got host {parsed.netloc!r}")
        raw = unquote(parsed.path or "")
        if not raw:
            raise ck.fail(kp, f"file: URL has no path: {url!r}")
        target = Path(raw).expanduser()
        if not target.is_absolute():
            target = base / target
        return target.resolve().as_uri()
    raise ck.fail(kp, f"unsupported URL scheme in {url!r} (use http, https or file)")


_SETTINGS_TYPES: dict[str, type] = {
    "poll_interval": int,
    "conflict_window_hours": float,
    "status_window_hours": float,
    "connect_timeout": float,
    "read_timeout": float,
    "total_timeout": float,
    "max_bytes": int,
    "max_concurrency": int,
    "per_host": int,
    "max_redirects": int,
    "max_backoff": int,
    "max_retry_after": int,
    "jitter": float,
}


def _settings(ck: _Checker, data: dict, base: Path) -> Settings:
    kp: tuple[str | int, ...] = ("settings",)
    table = ck.table(data.get("settings", {}), kp)
    allowed = {f.name for f in fields(Settings)}
    ck.keys(table, allowed, kp)
    values: dict[str, Any] = {}
    for key, kind in _SETTINGS_TYPES.items():
        if key in table:
            minimum = 0 if key in ("jitter", "max_redirects") else (0 if kind is float else 1)
            values[key] = ck.number(table, key, kp, kind, minimum=minimum)
    if "jitter" in values and values["jitter"] > 1:
        raise ck.fail((*kp, "jitter"), "must be a fraction between 0 and 1")
    if "user_agent" in table:
        values["user_agent"] = ck.string(table, "user_agent", kp)
    if "languages" in table:
        values["languages"] = ck.strings(table, "languages", kp) or ("en",)
    db = ck.string(table, "database", kp) if "database" in table else None
    if db is None:
        values["database"] = default_db_path()
    else:
        p = Path(db).expanduser()
        values["database"] = p if p.is_absolute() else (base / p).resolve()
    if "alerts" in table:
        akp = (*kp, "alerts")
        alerts = ck.table(table["alerts"], akp)
        allowed_alerts = {f.name for f in fields(Alerts)}
        ck.keys(alerts, allowed_alerts, akp)
        flags: dict[str, bool] = {}
        for key, value in alerts.items():
            if not isinstance(value, bool):
                raise ck.fail((*akp, key), f"expected true or false, got {_tname(value)}")
            flags[key] = value
        values["alerts"] = Alerts(**flags)
    return Settings(**values)
