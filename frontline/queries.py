"""Read-only SQL behind the dashboard panes (and briefs).

Every function takes a ``sqlite3.Connection`` opened by the caller's own thread and
returns small frozen rows, so the UI never builds SQL and the queries can be tested
against a real store without Textual. Every list is bounded (``limit``): the panes page
in SQL rather than loading 100k rows.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import sqlite3
import sys
import threading
from collections.abc import Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from frontline.models import CityStatus, ClaimRecord, Config
from frontline.times import from_iso, to_iso

# --------------------------------------------------------------------------- time


#: Re-exported for the dashboard: the store's one time format (frontline.times).
iso = to_iso
parse_time = from_iso


def now_utc(override: datetime | str | None = None) -> datetime:
    """The dashboard's "now": an explicit value, else ``$FRONTLINE_NOW``, else the clock.

    Tests and snapshots pin it so relative times and 24 h windows do not drift.
    """
    if isinstance(override, datetime):
        return override.astimezone(UTC)
    text = override or os.environ.get("FRONTLINE_NOW")
    if text:
        parsed = parse_time(text)
        if parsed is not None:
            return parsed
    return datetime.now(UTC).replace(microsecond=0)


# --------------------------------------------------------------------------- connection


def connect(path: str | os.PathLike[str]) -> sqlite3.Connection:
    """A read connection for one thread: WAL-friendly, never writes."""
    conn = sqlite3.connect(os.fspath(path), timeout=5.0, check_same_thread=True)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA busy_timeout=5000")
    conn.execute("PRAGMA query_only=1")
    return conn


def has_table(conn: sqlite3.Connection, name: str) -> bool:
    row = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type IN ('table','view') AND name=?", (name,)
    ).fetchone()
    return row is not None


# --------------------------------------------------------------------------- rows


@dataclass(frozen=True)
class Filters:
    """What the claims pane shows. ``city`` is a tracked city; ``terms`` are FTS phrases
    (an ad hoc watched name, a search) that items must contain."""

    city: str | None = None
    terms: tuple[str, ...] = ()
    side: str | None = None
    kind: str | None = None
    feed: str | None = None
    unread_only: bool = False


@dataclass(frozen=True)
class ClaimRow:
    """One row of the latest-claims pane: a claim, or an item with no claim when the pane
    is filtered by text (``claim_id`` None)."""

    key: str
    claim_id: int | None
    item_id: int
    ts: str
    place: str
    city: str
    side: str
    kind: str
    claimant: str
    claimant_side: str
    feed: str
    title: str
    read: bool = False
    flagged: bool = False
    verified: bool = False
    dismissed: bool = False


@dataclass(frozen=True)
class CityRow:
    """One row of the per-city status pane."""

    city: str
    state: str
    side: str | None
    why: str
    claims_24h: int
    spark: tuple[int, ...]  # claims per 2 h bucket over the last 24 h, oldest first
    open_conflicts: int
    unread: int
    tracked: bool = True
    #: Set when no claim about the city falls in the status window: the state is then
    #: the last known one, as decided at the time of the city's latest claim (this time).
    as_of: str | None = None


@dataclass(frozen=True)
class ConflictSide:
    """One of the two claims of a conflict, with what the desk needs to weigh it."""

    item_id: int
    claim_id: int
    claimant: str
    claimant_side: str
    side: str
    kind: str
    ts: str
    feed: str
    title: str


@dataclass(frozen=True)
class ConflictRow:
    id: int
    place: str
    city: str
    ts: str
    a: ConflictSide
    b: ConflictSide


@dataclass(frozen=True)
class Evidence:
    """A claim stored for an item, with absolute offsets into the item's text."""

    claim_id: int
    place: str
    side: str
    kind: str
    claimant: str
    claimant_side: str
    sentence: str
    sentence_start: int | None
    spans: tuple[tuple[str, int, int], ...]  # (role, start, end) into the item's text


@dataclass(frozen=True)
class ItemDetail:
    id: int
    feed: str
    title: str
    body: str
    link: str | None
    author: str | None
    published: str | None
    updated: str | None
    ts: str
    first_seen: str
    revision: int
    read: bool
    flagged: bool
    verified: bool
    dismissed: bool
    notes: tuple[tuple[str, str], ...] = ()  # (created, text)
    mentions: tuple[tuple[str, str, int, int], ...] = ()  # (place, city, start, end)
    claims: tuple[Evidence, ...] = ()

    @property
    def text(self) -> str:
        """Title, newline, body: the text that mention offsets point into."""
        return f"{self.title}\n{self.body}" if self.body else self.title


@dataclass(frozen=True)
class FeedHealth:
    name: str
    url: str
    side: str | None
    last_attempt: str | None
    last_success: str | None
    last_new_item: str | None
    last_status: int | None
    error_streak: int
    last_error: str | None
    next_check: str | None
    items: int

    @property
    def failing(self) -> bool:
        return self.error_streak > 0


@dataclass(frozen=True)
class Header:
    last_poll: str | None
    feeds_ok: int
    feeds_failing: int
    next_poll: str | None


@dataclass(frozen=True)
class Snapshot:
    """Everything one dashboard refresh shows, loaded in one worker pass."""

    header: Header
    claims: tuple[ClaimRow, ...]
    cities: tuple[CityRow, ...]
    conflicts: tuple[ConflictRow, ...]
    watermark: tuple[int, int, int]
    feeds: tuple[str, ...] = ()
    extra: dict = field(default_factory=dict)


# --------------------------------------------------------------------------- helpers


def fts_query(terms: Iterable[str]) -> str:
    """Each term as an FTS5 phrase, ANDed: user text can never be FTS syntax."""
    phrases = []
    for term in terms:
        words = term.replace('"', " ").split()
        if words:
            phrases.append('"' + " ".join(words) + '"')
    return " AND ".join(phrases)


def _text_filter(
    conn: sqlite3.Connection, terms: Sequence[str], fts: bool = True
) -> tuple[str, list]:
    """SQL that restricts ``i`` to items containing every term (FTS, else LIKE)."""
    terms = [t for t in terms if t.strip()]
    if not terms:
        return "", []
    if fts and fts_query(terms) and has_table(conn, "items_fts"):
        return (
            " AND i.id IN (SELECT rowid FROM items_fts WHERE items_fts MATCH ?)",
            [fts_query(terms)],
        )
    sql, args = "", []
    for term in terms:
        sql += " AND (i.title LIKE ? OR i.body LIKE ?)"
        args += [f"%{term}%", f"%{term}%"]
    return sql, args


_TRIAGE_COLS = (
    "COALESCE(t.read,0) AS read, COALESCE(t.flagged,0) AS flagged, "
    "COALESCE(t.verified,0) AS verified, COALESCE(t.dismissed,0) AS dismissed"
)


# --------------------------------------------------------------------------- panes


def latest_claims(
    conn: sqlite3.Connection, filters: Filters = Filters(), limit: int = 400
) -> list[ClaimRow]:
    """The newest claims first (ties by id), filtered as the pane is.

    With text terms (an ad hoc watch or a search) items that match but carry no claim
    are listed too, so an untracked place still shows its news.
    """
    text_sql, text_args = _text_filter(conn, filters.terms)
    where, args = ["1=1"], []
    if filters.city:
        where.append("c.city = ?")
        args.append(filters.city)
    if filters.side:
        where.append("c.side = ?")
        args.append(filters.side)
    if filters.kind:
        where.append("c.kind = ?")
        args.append(filters.kind)
    if filters.feed:
        where.append("f.name = ?")
        args.append(filters.feed)
    if filters.unread_only:
        where.append("COALESCE(t.read,0) = 0 AND COALESCE(t.dismissed,0) = 0")
    cols = (
        "c.id AS claim_id, i.id AS item_id, COALESCE(c.ts, i.ts) AS ts, "
        "c.place, c.city, c.side, c.kind, c.claimant, c.claimant_side, "
        f"f.name AS feed, i.title, {_TRIAGE_COLS}"
    )
    if text_sql and not (filters.city or filters.side or filters.kind):
        # Items matching the text, with their claims when they have any.
        sql = (
            f"SELECT {cols} FROM items i JOIN feeds f ON f.id = i.feed_id "
            "LEFT JOIN claims c ON c.item_id = i.id "
            "LEFT JOIN triage t ON t.item_id = i.id "
            f"WHERE {' AND '.join(where)}{text_sql} "
            "ORDER BY COALESCE(c.ts, i.ts) DESC, i.id DESC, c.id DESC LIMIT ?"
        )
    else:
        sql = (
            f"SELECT {cols} FROM claims c JOIN items i ON i.id = c.item_id "
            "JOIN feeds f ON f.id = i.feed_id LEFT JOIN triage t ON t.item_id = i.id "
            f"WHERE {' AND '.join(where)}{text_sql} "
            "ORDER BY c.ts DESC, c.id DESC LIMIT ?"
        )
    try:
        rows = conn.execute(sql, [*args, *text_args, limit]).fetchall()
    except sqlite3.OperationalError:
        if not text_sql:
            raise
        # Text FTS cannot tokenise (only punctuation, say): fall back to LIKE.
        like_sql, like_args = _text_filter(conn, filters.terms, fts=False)
        sql = sql.replace(text_sql, like_sql)
        rows = conn.execute(sql, [*args, *like_args, limit]).fetchall()
    place_hint = filters.terms[0] if filters.terms else ""
    return [_claim_row(r, place_hint) for r in rows]


def _claim_row(r: sqlite3.Row, place_hint: str = "") -> ClaimRow:
    cid = r["claim_id"]
    return ClaimRow(
        key=f"c{cid}" if cid is not None else f"i{r['item_id']}",
        claim_id=cid,
        item_id=r["item_id"],
        ts=r["ts"],
        place=r["place"] or place_hint,
        city=r["city"] or "",
        side=r["side"] or "",
        kind=r["kind"] or "",
        claimant=r["claimant"] or "",
        claimant_side=r["claimant_side"] or "",
        feed=r["feed"],
        title=r["title"],
        read=bool(r["read"]),
        flagged=bool(r["flagged"]),
        verified=bool(r["verified"]),
        dismissed=bool(r["dismissed"]),
    )


def claim_records(
    conn: sqlite3.Connection,
    city: str | None = None,
    since: str | None = None,
    *,
    before: str | None = None,
    place: str | None = None,
    latest: int | None = None,
) -> list[ClaimRecord]:
    """Stored claims as the analysis functions take them (dismissed ones included,
    flagged by ``dismissed``), oldest first; ``latest`` keeps only the newest N."""
    where, args = ["1=1"], []
    if city:
        where.append("c.city = ?")
        args.append(city)
    if place:
        where.append("c.place = ? COLLATE NOCASE")
        args.append(place)
    if since:
        where.append("c.ts >= ?")
        args.append(since)
    if before:
        where.append("c.ts < ?")
        args.append(before)
    order = "ORDER BY c.ts, c.id"
    if latest is not None:
        order = "ORDER BY c.ts DESC, c.id DESC LIMIT ?"
        args.append(latest)
    rows = conn.execute(
        "SELECT c.*, i.guid, i.title, i.link, f.name AS feed, "
        "COALESCE(t.verified,0) AS verified, COALESCE(t.dismissed,0) AS dismissed "
        "FROM claims c JOIN items i ON i.id = c.item_id JOIN feeds f ON f.id = i.feed_id "
        f"LEFT JOIN triage t ON t.item_id = i.id WHERE {' AND '.join(where)} {order}",
        args,
    ).fetchall()
    if latest is not None:
        rows.reverse()
    from frontline.store import claim_record  # lazy: keeps sqlite-utils off first paint

    return [claim_record(r) for r in rows]


def _status(config: Config, city: str, records: list[ClaimRecord], now: datetime) -> CityStatus:
    """The city's status from ``analysis.city_status`` (dismissed claims dropped)."""
    from frontline import analysis

    live = [r for r in records if not r.dismissed]
    return analysis.city_status(city, live, now, config.settings.status_window_hours)


#: Claim kinds that say something about control (strikes do not).
_STATUS_KINDS = ("captured", "advancing", "holding", "withdrew", "denied")


def last_known_status(
    conn: sqlite3.Connection, config: Config, city: str, before: str, lookback: int = 50
) -> tuple[CityStatus, str] | None:
    """The city's status as it stood at its latest claim before ``before`` (the same
    ``analysis.city_status`` rule, its window ending at that claim), and that claim's
    time; None if the city was never the subject of a claim."""
    marks = ",".join("?" * len(_STATUS_KINDS))
    row = conn.execute(
        "SELECT MAX(c.ts) FROM claims c LEFT JOIN triage t ON t.item_id = c.item_id "
        f"WHERE c.city = ? AND c.place = ? COLLATE NOCASE AND c.ts < ? AND c.kind IN ({marks}) "
        "AND COALESCE(t.dismissed,0) = 0",
        (city, city, before, *_STATUS_KINDS),
    ).fetchone()
    as_of = row[0] if row else None
    when = parse_time(as_of)
    if when is None:
        return None
    window = config.settings.status_window_hours
    since = iso(when - timedelta(hours=window))
    records = claim_records(conn, city=city, since=since, before=before, latest=lookback)
    return _status(config, city, records, when), as_of


def _status_window(config: Config) -> timedelta:
    return timedelta(hours=config.settings.status_window_hours)


@dataclass
class StatusCache:
    """Each tracked city's status, kept while what it was decided from is unchanged.

    ``analysis.city_status`` is the costly part of a refresh (it pairs every claim in the
    window), and a poll cycle usually touches few cities: a city is recomputed only when
    its claims (count, ids), their verified/dismissed marks, the status window or the
    minute of ``now`` change. Within that minute a claim crossing the window edge may
    show up to a minute late.
    """

    entries: dict[str, tuple[tuple, CityStatus, str | None]] = field(default_factory=dict)
    hits: int = 0
    misses: int = 0


#: One cache per store path, for ``load`` (and the helper process that runs it).
_CACHES: dict[str, StatusCache] = {}


def _fingerprints(conn: sqlite3.Connection, names: Sequence[str]) -> dict[str, tuple]:
    """Per city, a cheap summary of every stored claim about it and of the triage marks
    that change its status (all of it SQL, so the GIL is free meanwhile)."""
    if not names:
        return {}
    marks = ",".join("?" * len(names))
    rows = conn.execute(
        "SELECT c.city, COUNT(*), MAX(c.id), SUM(c.id), "
        "SUM(c.id * COALESCE(t.dismissed,0)), SUM(c.id * COALESCE(t.verified,0)) "
        "FROM claims c LEFT JOIN triage t ON t.item_id = c.item_id "
        f"WHERE c.city IN ({marks}) GROUP BY c.city",
        list(names),
    ).fetchall()
    return {r[0]: tuple(r[1:]) for r in rows}


def _sparks(conn: sqlite3.Connection, now: datetime) -> dict[str, tuple[int, list[int]]]:
    """Per city: undismissed claims in the last 24 h and their count per 2 h bucket,
    counted by SQLite rather than by parsing thousands of times in Python."""
    day_ago = now - timedelta(hours=24)
    rows = conn.execute(
        "SELECT c.city, CAST((CAST(strftime('%s', c.ts) AS INTEGER) - ?) / 7200 AS INTEGER) "
        "AS bucket, COUNT(*) FROM claims c LEFT JOIN triage t ON t.item_id = c.item_id "
        "WHERE c.ts >= ? AND c.ts <= ? AND COALESCE(t.dismissed,0) = 0 "
        "GROUP BY c.city, bucket",
        (int(day_ago.timestamp()), iso(day_ago), iso(now)),
    ).fetchall()
    out: dict[str, tuple[int, list[int]]] = {}
    for city, bucket, n in rows:
        count, spark = out.setdefault(city or "", (0, [0] * 12))
        spark[min(max(int(bucket or 0), 0), 11)] += n
        out[city or ""] = (count + n, spark)
    return out


def city_rows(
    conn: sqlite3.Connection,
    config: Config,
    now: datetime,
    watch: str | None = None,
    cache: StatusCache | None = None,
) -> list[CityRow]:
    """One row per tracked city (the watched one first), plus the ad hoc watched name.

    With a ``cache``, a city whose claims did not change since the last call keeps its
    status instead of having it recomputed (see ``StatusCache``)."""
    window_h = max(config.settings.status_window_hours, 24.0)
    since = iso(now - timedelta(hours=window_h))
    conflict_since = iso(now - timedelta(hours=config.settings.conflict_window_hours))
    names = [city.name for city in config.cities]
    prints = _fingerprints(conn, names) if cache is not None else {}
    minute = iso(now.replace(second=0, microsecond=0))
    sparks = _sparks(conn, now)
    conflicts = dict(
        conn.execute(
            "SELECT k.city, COUNT(*) FROM conflicts k "
            "LEFT JOIN triage ta ON ta.item_id = k.item_a "
            "LEFT JOIN triage tb ON tb.item_id = k.item_b "
            "WHERE k.ts >= ? AND COALESCE(ta.dismissed,0) = 0 AND COALESCE(tb.dismissed,0) = 0 "
            "GROUP BY k.city",
            (conflict_since,),
        ).fetchall()
    )
    unread = dict(
        conn.execute(
            "SELECT m.city, COUNT(DISTINCT m.item_id) FROM mentions m "
            "LEFT JOIN triage t ON t.item_id = m.item_id "
            "WHERE COALESCE(t.read,0) = 0 AND COALESCE(t.dismissed,0) = 0 GROUP BY m.city"
        ).fetchall()
    )
    rows = []
    for name in names:
        key = (prints.get(name), minute, config.settings.status_window_hours)
        cached = cache.entries.get(name) if cache is not None else None
        if cached is not None and cached[0] == key:
            cache.hits += 1
            status, as_of = cached[1], cached[2]
        else:
            status, as_of = _city_status(conn, config, name, since, now)
            if cache is not None:
                cache.misses += 1
                cache.entries[name] = (key, status, as_of)
        count, spark = sparks.get(name, (0, [0] * 12))
        rows.append(
            CityRow(
                city=name,
                state=status.state,
                side=status.side,
                why=status.why,
                claims_24h=count,
                spark=tuple(spark),
                open_conflicts=conflicts.get(name, 0),
                unread=unread.get(name, 0),
                as_of=as_of,
            )
        )
    if watch:
        key = watch.casefold()
        tracked = [r for r in rows if r.city.casefold() == key]
        if tracked:
            rows = tracked + [r for r in rows if r.city.casefold() != key]
        else:
            rows.insert(0, adhoc_city_row(conn, watch, now))
    return rows


def _city_status(
    conn: sqlite3.Connection, config: Config, city: str, since: str, now: datetime
) -> tuple[CityStatus, str | None]:
    """The city's status now, else (nothing in the window) its last known one, dated."""
    status = _status(config, city, claim_records(conn, city=city, since=since), now)
    if status.state == "unknown" and not status.reasons:
        known = last_known_status(conn, config, city, iso(now - _status_window(config)))
        if known is not None:
            return known
    return status, None


def adhoc_city_row(conn: sqlite3.Connection, name: str, now: datetime) -> CityRow:
    """A status row for a watched name the config does not track: text matches only."""
    text_sql, args = _text_filter(conn, [name])
    day_ago = iso(now - timedelta(hours=24))
    rows = conn.execute(
        f"SELECT i.ts, COALESCE(t.read,0) AS read, COALESCE(t.dismissed,0) AS dismissed "
        f"FROM items i LEFT JOIN triage t ON t.item_id = i.id WHERE 1=1{text_sql}",
        args,
    ).fetchall()
    spark = [0] * 12
    count = 0
    start = now - timedelta(hours=24)
    for r in rows:
        if r["dismissed"] or not (day_ago <= r["ts"] <= iso(now)):
            continue
        count += 1
        ts = parse_time(r["ts"])
        if ts is not None:
            spark[min(int((ts - start).total_seconds() // 7200), 11)] += 1
    unread = sum(1 for r in rows if not r["read"] and not r["dismissed"])
    return CityRow(
        city=name,
        state="untracked",
        side=None,
        why=f"not in config; {len(rows)} items mention it",
        claims_24h=count,
        spark=tuple(spark),
        open_conflicts=0,
        unread=unread,
        tracked=False,
    )


def conflict_rows(
    conn: sqlite3.Connection, city: str | None = None, limit: int = 200
) -> list[ConflictRow]:
    """Source conflicts, newest first; those touching a dismissed item are left out."""
    where, args = ["COALESCE(ta.dismissed,0) = 0 AND COALESCE(tb.dismissed,0) = 0"], []
    if city:
        where.append("k.city = ?")
        args.append(city)
    side_cols = (
        "{p}.item_id AS {p}_item, {p}.id AS {p}_claim, {p}.claimant AS {p}_claimant, "
        "{p}.claimant_side AS {p}_cs, {p}.side AS {p}_side, {p}.kind AS {p}_kind, "
        "{p}i.ts AS {p}_ts, {p}f.name AS {p}_feed, {p}i.title AS {p}_title"
    )
    rows = conn.execute(
        f"SELECT k.id, k.place, k.city, k.ts, {side_cols.format(p='a')}, "
        f"{side_cols.format(p='b')} FROM conflicts k "
        "JOIN claims a ON a.id = k.claim_a JOIN claims b ON b.id = k.claim_b "
        "JOIN items ai ON ai.id = k.item_a JOIN items bi ON bi.id = k.item_b "
        "JOIN feeds af ON af.id = ai.feed_id JOIN feeds bf ON bf.id = bi.feed_id "
        "LEFT JOIN triage ta ON ta.item_id = k.item_a "
        "LEFT JOIN triage tb ON tb.item_id = k.item_b "
        f"WHERE {' AND '.join(where)} ORDER BY k.ts DESC, k.id DESC LIMIT ?",
        [*args, limit],
    ).fetchall()

    def side(r: sqlite3.Row, p: str) -> ConflictSide:
        return ConflictSide(
            item_id=r[f"{p}_item"],
            claim_id=r[f"{p}_claim"],
            claimant=r[f"{p}_claimant"] or "",
            claimant_side=r[f"{p}_cs"] or "",
            side=r[f"{p}_side"] or "",
            kind=r[f"{p}_kind"] or "",
            ts=r[f"{p}_ts"],
            feed=r[f"{p}_feed"],
            title=r[f"{p}_title"],
        )

    return [
        ConflictRow(r["id"], r["place"], r["city"], r["ts"], side(r, "a"), side(r, "b"))
        for r in rows
    ]


def item_detail(conn: sqlite3.Connection, item_id: int) -> ItemDetail | None:
    """The full item with its triage, notes, mentions and claim evidence offsets."""
    r = conn.execute(
        f"SELECT i.*, f.name AS feed, {_TRIAGE_COLS} FROM items i "
        "JOIN feeds f ON f.id = i.feed_id LEFT JOIN triage t ON t.item_id = i.id "
        "WHERE i.id = ?",
        (item_id,),
    ).fetchone()
    if r is None:
        return None
    notes = tuple(
        (n["created"], n["text"])
        for n in conn.execute(
            "SELECT created, text FROM notes WHERE item_id = ? ORDER BY id", (item_id,)
        )
    )
    mentions = tuple(
        (m["place"], m["city"], m["start"], m["end"])
        for m in conn.execute(
            'SELECT place, city, start, "end" FROM mentions WHERE item_id = ? '
            "AND start IS NOT NULL ORDER BY start",
            (item_id,),
        )
    )
    claims = []
    for c in conn.execute("SELECT * FROM claims WHERE item_id = ? ORDER BY id", (item_id,)):
        base = c["sentence_start"]
        spans = []
        if base is not None:
            for role in ("place", "side", "kind", "claimant"):
                s, e = c[f"{role}_start"], c[f"{role}_end"]
                if s is not None and e is not None and e > s:
                    spans.append((role, base + s, base + e))
        claims.append(
            Evidence(
                claim_id=c["id"],
                place=c["place"] or "",
                side=c["side"] or "",
                kind=c["kind"] or "",
                claimant=c["claimant"] or "",
                claimant_side=c["claimant_side"] or "",
                sentence=c["sentence"] or "",
                sentence_start=base,
                spans=tuple(spans),
            )
        )
    return ItemDetail(
        id=r["id"],
        feed=r["feed"],
        title=r["title"],
        body=r["body"],
        link=r["link"],
        author=r["author"],
        published=r["published"],
        updated=r["updated"],
        ts=r["ts"],
        first_seen=r["first_seen"],
        revision=r["revision"],
        read=bool(r["read"]),
        flagged=bool(r["flagged"]),
        verified=bool(r["verified"]),
        dismissed=bool(r["dismissed"]),
        notes=notes,
        mentions=mentions,
        claims=tuple(claims),
    )


def feed_health(conn: sqlite3.Connection) -> list[FeedHealth]:
    """Every feed's fetch state, failing ones first, for the health screen."""
    counts = dict(conn.execute("SELECT feed_id, COUNT(*) FROM items GROUP BY feed_id"))
    rows = conn.execute("SELECT * FROM feeds ORDER BY error_streak > 0 DESC, name").fetchall()
    return [
        FeedHealth(
            name=r["name"],
            url=r["url"],
            side=r["side"],
            last_attempt=r["last_attempt"],
            last_success=r["last_success"],
            last_new_item=r["last_new_item"],
            last_status=r["last_status"],
            error_streak=r["error_streak"] or 0,
            last_error=r["last_error"],
            next_check=r["next_check"],
            items=counts.get(r["id"], 0),
        )
        for r in rows
    ]


def header(conn: sqlite3.Connection) -> Header:
    r = conn.execute(
        "SELECT MAX(last_attempt), SUM(error_streak = 0), SUM(error_streak > 0), "
        "MIN(next_check) FROM feeds"
    ).fetchone()
    return Header(r[0], r[1] or 0, r[2] or 0, r[3])


def feed_names(conn: sqlite3.Connection) -> list[str]:
    return [r[0] for r in conn.execute("SELECT name FROM feeds ORDER BY name")]


def watermark(conn: sqlite3.Connection) -> tuple[int, int, int]:
    """(max item id, max claim id, max conflict id): cheap change detection for --no-poll."""
    r = conn.execute(
        "SELECT (SELECT COALESCE(MAX(id),0) FROM items), (SELECT COALESCE(MAX(id),0) FROM claims), "
        "(SELECT COALESCE(MAX(id),0) FROM conflicts)"
    ).fetchone()
    return (r[0], r[1], r[2])


def new_claims(
    conn: sqlite3.Connection, after_id: int, city: str | None = None, terms: Sequence[str] = ()
) -> list[ClaimRow]:
    """Claims stored after ``after_id`` (for alerts), about ``city`` if given."""
    where, args = ["c.id > ?"], [after_id]
    if city:
        where.append("c.city = ?")
        args.append(city)
    text_sql, text_args = _text_filter(conn, terms)
    rows = conn.execute(
        "SELECT c.id AS claim_id, i.id AS item_id, c.ts, c.place, c.city, c.side, c.kind, "
        f"c.claimant, c.claimant_side, f.name AS feed, i.title, {_TRIAGE_COLS} "
        "FROM claims c JOIN items i ON i.id = c.item_id JOIN feeds f ON f.id = i.feed_id "
        f"LEFT JOIN triage t ON t.item_id = i.id WHERE {' AND '.join(where)}{text_sql} "
        "ORDER BY c.id LIMIT 50",
        [*args, *text_args],
    ).fetchall()
    return [_claim_row(r) for r in rows]


def new_conflicts(conn: sqlite3.Connection, after_id: int) -> list[ConflictRow]:
    """Conflicts stored after ``after_id`` (for alerts)."""
    return [k for k in conflict_rows(conn, limit=50) if k.id > after_id]


def snapshot(
    conn: sqlite3.Connection,
    config: Config,
    now: datetime,
    filters: Filters,
    watch: str | None = None,
    claim_limit: int = 400,
    cache: StatusCache | None = None,
) -> Snapshot:
    """One consistent read of everything the dashboard shows."""
    conn.execute("BEGIN")
    try:
        return Snapshot(
            header=header(conn),
            claims=tuple(latest_claims(conn, filters, limit=claim_limit)),
            cities=tuple(city_rows(conn, config, now, watch, cache)),
            conflicts=tuple(conflict_rows(conn, city=filters.city)),
            watermark=watermark(conn),
            feeds=tuple(feed_names(conn)),
        )
    finally:
        conn.execute("COMMIT")


def load(
    path: str | os.PathLike[str],
    config: Config,
    now: datetime,
    filters: Filters,
    watch: str | None = None,
    previous: tuple[int, int, int] | None = None,
) -> tuple[Snapshot, list[ClaimRow], list[ConflictRow]]:
    """One dashboard refresh from its own connection: the snapshot, plus the claims about
    the watched name and the conflicts stored since ``previous`` (for alerts).

    A plain function of picklable arguments, so the dashboard can run it in a helper
    process (its Python work then never competes with the UI thread for the GIL)."""
    conn = connect(path)
    try:
        cache = _CACHES.setdefault(os.fspath(path), StatusCache())
        snap = snapshot(conn, config, now, filters, watch, cache=cache)
        claims: list[ClaimRow] = []
        found: list[ConflictRow] = []
        if previous is not None and watch and snap.watermark[1] > previous[1]:
            claims = new_claims(
                conn, previous[1], city=filters.city, terms=() if filters.city else (watch,)
            )
        if previous is not None and snap.watermark[2] > previous[2]:
            found = new_conflicts(conn, previous[2])
    finally:
        conn.close()
    return snap, claims, found


#: How much lower than the dashboard the helper process runs: on a busy machine (a poll
#: child parsing feeds, other work) the desk's key presses get the cores first.
HELPER_NICENESS = 5


def _helper_init() -> None:
    """In the helper: yield the cores to the UI, and keep off the terminal it draws on."""
    with contextlib.suppress(OSError):
        os.nice(HELPER_NICENESS)
    with contextlib.suppress(OSError):
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, 1)
        os.dup2(null, 2)
        os.close(null)


class Loader:
    """Runs ``load`` in this thread, or, once ``start`` was called, in one helper process.

    A refresh after a poll cycle is mostly Python (city status over thousands of fresh
    claims); in the dashboard's own process that holds the GIL the UI thread needs for
    every key press. In a helper process it costs the UI only the unpickling of the
    small result. The helper keeps its ``StatusCache`` between refreshes. If it dies,
    loads fall back to the calling thread.
    """

    def __init__(self) -> None:
        self._pool: ProcessPoolExecutor | None = None
        self._lock = threading.Lock()

    @property
    def in_process(self) -> bool:
        """True while loads run in the helper process."""
        return self._pool is not None

    def start(self) -> None:
        """Start the helper (idempotent); it warms up in the background."""
        with self._lock:
            if self._pool is not None:
                return
            # multiprocessing hands the child sys.stderr's descriptor; a TUI has swapped
            # sys.stderr for a capture object without one, so lend it the real one.
            captured = sys.stderr
            sys.stderr = sys.__stderr__ or captured
            try:
                pool = ProcessPoolExecutor(
                    max_workers=1,
                    mp_context=multiprocessing.get_context("spawn"),
                    initializer=_helper_init,
                )
                pool.submit(os.getpid)  # starts the helper now, not at the first load
            except (OSError, ValueError):
                return  # no helper: loads stay in the calling thread
            finally:
                sys.stderr = captured
            self._pool = pool

    def load(
        self,
        path: str | os.PathLike[str],
        config: Config,
        now: datetime,
        filters: Filters,
        watch: str | None = None,
        previous: tuple[int, int, int] | None = None,
    ) -> tuple[Snapshot, list[ClaimRow], list[ConflictRow]]:
        """``load(...)``, wherever loads run now."""
        pool = self._pool
        if pool is not None:
            try:
                return pool.submit(load, path, config, now, filters, watch, previous).result()
            except (BrokenProcessPool, RuntimeError):
                # the helper died (or was shut down under us): carry on in this thread
                with self._lock:
                    if self._pool is pool:
                        self._pool = None
        return load(path, config, now, filters, watch, previous)

    def close(self) -> None:
        """Stop the helper; a load in flight still finishes."""
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)


def open_existing(path: Path) -> sqlite3.Connection | None:
    """A read connection if the store file exists, else None (nothing polled yet)."""
    return connect(path) if Path(path).exists() else None
