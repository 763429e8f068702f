"""A Markdown brief on one city for the copy desk.

The brief is what a journalist pastes into a handover note or a story file: the city's
derived status and the claims behind it, every recent claim grouped by place and by side
(who said it, through which outlet, when, with the link), and the open source conflicts
with both sides quoted. It reads the store only; feed text is escaped so a hostile title
cannot become Markdown links or HTML in the desk's editor.
"""

from __future__ import annotations

import argparse
import os
import re
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from frontline import queries
from frontline.models import KINDS, ClaimRecord, Config

_SINCE = re.compile(r"(\d+(?:\.\d+)?)\s*([smhdw]?)", re.IGNORECASE)
_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days", "w": "weeks", "": "hours"}
_STATEMENTS = {
    "captured": "says {side} captured {place}",
    "advancing": "says {side} is advancing on {place}",
    "holding": "says {side} holds {place}",
    "withdrew": "says {side} withdrew from {place}",
    "denied": "denies that {side} gained {place}",
    "strike": "says {side} struck {place}",
}
# What can start markup inline: emphasis, code, links/images (no "[" means no link, so
# parentheses stay as they are), autolinks and HTML, tables, strikethrough.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])")
# What starts a block at the beginning of a line: headings, lists, quotes, rules.
_MD_LEADING = re.compile(r"^(\s*)([#+\-=>]|\d+[.)])")


class BriefError(ValueError):
    """A bad argument to ``brief`` (unknown city, unreadable --since): one line."""


# --------------------------------------------------------------------------- parsing


def parse_since(text: str) -> timedelta:
    """``24h``, ``90m``, ``2d``, ``1h30m``, ``1w`` (a bare number means hours)."""
    raw = (text or "").strip()
    pos, total = 0, timedelta()
    for m in _SINCE.finditer(raw):
        if m.start() != pos or (raw[pos : m.start()].strip()):
            break
        total += timedelta(**{_UNITS[m.group(2).lower()]: float(m.group(1))})
        pos = m.end()
        while pos < len(raw) and raw[pos] == " ":
            pos += 1
    if not raw or pos != len(raw) or total <= timedelta():
        raise BriefError(f"--since: cannot read {text!r}; use e.g. 24h, 90m, 2d or 1h30m")
    return total


# --------------------------------------------------------------------------- text helpers


def md(text: str | None) -> str:
    """Feed text as inert Markdown: one line, every character that could start markup escaped."""
    flat = _MD_SPECIAL.sub(r"\\\1", " ".join((text or "").split()))
    return _MD_LEADING.sub(_escape_leading, flat)


def _escape_leading(m: re.Match[str]) -> str:
    mark = m.group(2)
    if mark[0].isdigit():  # "12." starts an ordered list: escape its dot, not the digits
        return f"{m.group(1)}{mark[:-1]}\\{mark[-1]}"
    return f"{m.group(1)}\\{mark}"


def _link(url: str | None) -> str:
    """An autolink for http(s) URLs only; anything else is shown as inert text."""
    if url and re.match(r"^https?://[^\s<>]+$", url):
        return f"<{url}>"
    return md(url) if url else "no link"


def _when(ts: datetime | str | None) -> str:
    if isinstance(ts, str):
        ts = queries.parse_time(ts)
    return ts.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC") if ts else "time unknown"


# --------------------------------------------------------------------------- store access


@contextmanager
def _reader(source: Any) -> Iterator[sqlite3.Connection]:
    """A read connection with ``sqlite3.Row`` rows, from a Store, a connection or a path.

    A caller's connection is not reconfigured: for a file database we open our own read
    connection to the same file (WAL lets it read beside the writer).
    """
    conn = getattr(source, "conn", None) or getattr(source, "connection", None) or source
    if hasattr(conn, "conn") and not isinstance(conn, sqlite3.Connection):
        conn = conn.conn  # a sqlite_utils.Database
    if isinstance(conn, sqlite3.Connection):
        row = conn.execute("PRAGMA database_list").fetchone()
        filename = row[2] if row else ""
        if filename:
            own = queries.connect(filename)
            try:
                yield own
            finally:
                own.close()
            return
        saved = conn.row_factory
        conn.row_factory = sqlite3.Row
        try:
            yield conn
        finally:
            conn.row_factory = saved
        return
    path = getattr(source, "path", None) or source
    if isinstance(path, (str, os.PathLike)):
        if not Path(path).exists():
            raise BriefError(f"no database at {path}: poll some feeds first")
        own = queries.connect(path)
        try:
            yield own
        finally:
            own.close()
        return
    raise TypeError(f"cannot read claims from {type(source).__name__}")


def _status(config: Config, city: str, records: list[ClaimRecord], now: datetime):
    return queries._status(config, city, records, now)


# --------------------------------------------------------------------------- render


def render(
    store_or_conn: Any,
    config: Config,
    city: str,
    since: timedelta,
    now: datetime | None = None,
) -> str:
    """The brief for ``city`` over the last ``since``, as Markdown."""
    tracked = resolve_city(config, city)
    now = queries.now_utc(now)
    start = now - since
    window = max(since, timedelta(hours=config.settings.status_window_hours))
    with _reader(store_or_conn) as conn:
        status_records = queries.claim_records(
            conn, city=tracked.name, since=queries.iso(now - window)
        )
        status_records = [r for r in status_records if r.published <= now]
        records = [r for r in status_records if r.published >= start and not r.dismissed]
        conflicts = [
            k
            for k in queries.conflict_rows(conn, city=tracked.name, limit=500)
            if queries.iso(start) <= k.ts <= queries.iso(now)
        ]
        links = _links(conn, {k.a.item_id for k in conflicts} | {k.b.item_id for k in conflicts})
    status = _status(config, tracked.name, status_records, now)

    out: list[str] = [
        f"# {md(tracked.name)}: brief, {_when(now)}",
        "",
        f"Claims published from {_when(start)} to {_when(now)} "
        f"({_span(since)}): {len(records)} claim{'s' * (len(records) != 1)} from "
        f"{len({r.feed for r in records})} outlet{'s' * (len({r.feed for r in records}) != 1)}, "
        f"{len(conflicts)} open conflict{'s' * (len(conflicts) != 1)}.",
        "",
        "## Status",
        "",
        f"**{_state_line(status.state, status.side)}**: {md(status.why)}",
        "",
    ]
    for r in status.reasons:
        out.append(f"- {_claim_line(r)}")
    if status.reasons:
        out.append("")

    out += ["## Claims by place", ""]
    if not records:
        out += ["No claims in this period.", ""]
    for place, by_side in _grouped(config, tracked.name, records):
        out += [f"### {md(place)}", ""]
        for side, claims in by_side:
            out.append(f"**{md(side)}**")
            out.append("")
            for r in claims:
                out.append(f"- {_claim_line(r)}")
                if r.sentence:
                    out.append(f"  > {md(r.sentence)}")
            out.append("")

    out += ["## Open conflicts", ""]
    if not conflicts:
        out += ["No conflicting claims in this period.", ""]
    for k in conflicts:
        out += [f"### {md(k.place)}, {_when(k.ts)}", ""]
        for label, s in (("A", k.a), ("B", k.b)):
            out.append(
                f"- **{label}**: {md(s.claimant)} ({md(s.claimant_side)}) "
                f"{_statement(s.side, s.kind, k.place)}; {md(s.feed)}, {_when(s.ts)}: "
                f"“{md(s.title)}” {_link(links.get(s.item_id))}"
            )
        out.append("")
    out.append(
        "_frontline brief; times are UTC; claims are machine-extracted unless marked verified._"
    )
    return "\n".join(out) + "\n"


def _links(conn: sqlite3.Connection, item_ids: set[int]) -> dict[int, str | None]:
    if not item_ids:
        return {}
    marks = ",".join("?" * len(item_ids))
    rows = conn.execute(f"SELECT id, link FROM items WHERE id IN ({marks})", sorted(item_ids))
    return {r["id"]: r["link"] for r in rows}


def _span(since: timedelta) -> str:
    minutes = int(since.total_seconds() // 60)
    if minutes % (24 * 60) == 0 and minutes > 48 * 60:
        return f"last {minutes // (24 * 60)} d"
    if minutes % 60 == 0:
        return f"last {minutes // 60} h"
    return f"last {minutes} min"


def _state_line(state: str, side: str | None) -> str:
    if state == "held" and side:
        return f"Held by {side}"
    if state == "claimed" and side:
        return f"Claimed by {side}"
    return state.capitalize()


def _statement(side: str, kind: str, place: str) -> str:
    template = _STATEMENTS.get(kind, "says {side} " + md(kind) + " {place}")
    return template.format(side=md(side), place=md(place))


def _claim_line(r: ClaimRecord) -> str:
    verified = " (✔ verified)" if r.verified else ""
    return (
        f"**{md(r.kind)}**{verified}: {md(r.claimant)} ({md(r.claimant_side)}) via "
        f"{md(r.feed)}, {_when(r.published)}: “{md(r.title)}” {_link(r.link)}"
    )


def _grouped(
    config: Config, city: str, records: list[ClaimRecord]
) -> list[tuple[str, list[tuple[str, list[ClaimRecord]]]]]:
    """Places (the city, then its sub-places in config order), then sides, newest first."""
    c = config.city(city)
    order = [city, *(c.places if c else ())]
    sides = list(config.sides)
    places: dict[str, dict[str, list[ClaimRecord]]] = {}
    for r in records:
        places.setdefault(r.place, {}).setdefault(r.side, []).append(r)

    def place_key(p: str) -> tuple[int, str]:
        return (order.index(p) if p in order else len(order), p)

    def side_key(s: str) -> tuple[int, str]:
        return (sides.index(s) if s in sides else len(sides), s)

    out = []
    for place in sorted(places, key=place_key):
        by_side = []
        for side in sorted(places[place], key=side_key):
            claims = sorted(
                places[place][side],
                key=lambda r: (r.published, KINDS.index(r.kind) if r.kind in KINDS else 9),
                reverse=True,
            )
            by_side.append((side, claims))
        out.append((place, by_side))
    return out


def resolve_city(config: Config, name: str):
    """The tracked city named by ``name`` or one of its aliases, else a BriefError."""
    key = (name or "").strip().casefold()
    for city in config.cities:
        if key == city.name.casefold() or key in (a.casefold() for a in city.aliases):
            return city
    tracked = ", ".join(c.name for c in config.cities) or "none"
    raise BriefError(f"unknown city {name!r} (tracked cities: {tracked})")


# --------------------------------------------------------------------------- CLI


def run(args: argparse.Namespace, config: Config, store: Any) -> int:
    """`frontline brief CITY [--since 24h] [-o FILE]`: write the brief; return exit code."""
    city = getattr(args, "city", None) or ""
    since_text = getattr(args, "since", None) or "24h"
    out_path = next(
        (getattr(args, n) for n in ("output", "out", "o", "file") if getattr(args, n, None)),
        None,
    )
    try:
        since = parse_since(str(since_text))
        text = render(store, config, city, since)
    except BriefError as exc:
        print(f"frontline brief: {exc}", file=sys.stderr)
        return 2
    if out_path in (None, "-"):
        sys.stdout.write(text)
        return 0
    target = Path(out_path).expanduser()
    try:
        tmp = target.with_name(f".{target.name}.tmp")
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, target)
    except OSError as exc:
        print(f"frontline brief: cannot write {target}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    print(f"frontline brief: wrote {target}", file=sys.stderr)
    return 0
