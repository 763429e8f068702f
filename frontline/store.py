"""The SQLite store: schema, migrations and every write the pipeline makes.

One ``Store`` is the one writer (the poller). Other threads read through their own
connection from ``Store.reader()`` or ``connect(path, readonly=True)``: a sqlite3
connection must not cross threads, and WAL lets readers run while the poller writes.

The schema is ARCHITECTURE.md's version 2. ``PRAGMA user_version`` records the version
and ``MIGRATIONS[n]`` takes a database from version n to n+1, so a schema change is one
new function appended to the list.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, NamedTuple

from frontline.models import (
    Claim,
    ClaimRecord,
    Conflict,
    Entry,
    FeedConfig,
    Mention,
)
from frontline.textclean import clean
from frontline.times import from_iso, to_iso, utcnow

BUSY_TIMEOUT_MS = 5000

#: ``Written.status`` values.
NEW, CHANGED, SAME = "new", "changed", "same"


class Written(NamedTuple):
    """One entry as ``Store.write`` stored it."""

    item_id: int
    entry: Entry
    status: str  # NEW | CHANGED | SAME
    ts: str  # the item's time as stored
    old_places: tuple[str, ...] = ()  # CHANGED: places of the claims dropped with the old text


class StoreError(Exception):
    """The database cannot be opened or used (one line, names the file)."""


# --------------------------------------------------------------------------- times


def content_hash(entry: Entry) -> str:
    """What decides that an item changed: its visible text and link, not its dates."""
    h = hashlib.sha256()
    for part in (entry.title, entry.body, entry.link or ""):
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\x00")
    return h.hexdigest()[:32]


def item_ts(entry: Entry, first_seen: datetime) -> datetime:
    """Published, else updated, else first seen; a time in the future becomes first seen."""
    ts = entry.published or entry.updated or first_seen
    if ts.tzinfo is None:
        ts = ts.replace(tzinfo=UTC)
    return first_seen if ts > first_seen else ts


# --------------------------------------------------------------------------- schema

_SCHEMA_V1 = """
CREATE TABLE feeds(id INTEGER PRIMARY KEY, name TEXT UNIQUE NOT NULL, url TEXT NOT NULL,
    side TEXT, title TEXT, etag TEXT, last_modified TEXT, body_hash TEXT, permanent_url TEXT,
    last_attempt TEXT, last_success TEXT, last_new_item TEXT, last_status INTEGER,
    error_streak INTEGER NOT NULL DEFAULT 0, last_error TEXT, next_check TEXT,
    retry_after TEXT);
CREATE TABLE fetch_log(id INTEGER PRIMARY KEY, feed_id INTEGER NOT NULL, at TEXT NOT NULL,
    status INTEGER, outcome TEXT NOT NULL, bytes INTEGER, elapsed_ms INTEGER,
    new_items INTEGER, error TEXT);
CREATE TABLE items(id INTEGER PRIMARY KEY, feed_id INTEGER NOT NULL, guid TEXT NOT NULL,
    title TEXT NOT NULL, body TEXT NOT NULL, link TEXT, author TEXT, published TEXT,
    updated TEXT, ts TEXT NOT NULL, first_seen TEXT NOT NULL, content_hash TEXT NOT NULL,
    revision INTEGER NOT NULL DEFAULT 1, UNIQUE(feed_id, guid));
CREATE TABLE item_revisions(id INTEGER PRIMARY KEY, item_id INTEGER NOT NULL,
    revision INTEGER NOT NULL, title TEXT, body TEXT, link TEXT, published TEXT,
    content_hash TEXT, seen TEXT NOT NULL);
CREATE TABLE mentions(item_id INTEGER NOT NULL, place TEXT NOT NULL, city TEXT NOT NULL,
    start INTEGER, end INTEGER);
CREATE TABLE claims(id INTEGER PRIMARY KEY, item_id INTEGER NOT NULL, place TEXT, city TEXT,
    side TEXT, kind TEXT, claimant TEXT, claimant_side TEXT, sentence TEXT,
    sentence_start INTEGER, place_start INTEGER, place_end INTEGER, side_start INTEGER,
    side_end INTEGER, kind_start INTEGER, kind_end INTEGER, claimant_start INTEGER,
    claimant_end INTEGER, ts TEXT NOT NULL);
CREATE TABLE conflicts(id INTEGER PRIMARY KEY, place TEXT NOT NULL, city TEXT NOT NULL,
    item_a INTEGER NOT NULL, item_b INTEGER NOT NULL, claim_a INTEGER NOT NULL,
    claim_b INTEGER NOT NULL, ts TEXT NOT NULL, first_seen TEXT NOT NULL,
    UNIQUE(place, item_a, item_b));
CREATE TABLE triage(item_id INTEGER PRIMARY KEY, read INTEGER NOT NULL DEFAULT 0,
    flagged INTEGER NOT NULL DEFAULT 0, verified INTEGER NOT NULL DEFAULT 0,
    dismissed INTEGER NOT NULL DEFAULT 0, updated TEXT);
CREATE TABLE notes(id INTEGER PRIMARY KEY, item_id INTEGER NOT NULL, text TEXT NOT NULL,
    created TEXT NOT NULL);

CREATE VIRTUAL TABLE items_fts USING fts5(title, body, content='items', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER items_ai AFTER INSERT ON items BEGIN
    INSERT INTO items_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
CREATE TRIGGER items_ad AFTER DELETE ON items BEGIN
    INSERT INTO items_fts(items_fts, rowid, title, body)
        VALUES ('delete', old.id, old.title, old.body);
END;
CREATE TRIGGER items_au AFTER UPDATE OF title, body ON items BEGIN
    INSERT INTO items_fts(items_fts, rowid, title, body)
        VALUES ('delete', old.id, old.title, old.body);
    INSERT INTO items_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;

CREATE INDEX items_ts ON items(ts);
CREATE INDEX items_feed_ts ON items(feed_id, ts);
CREATE INDEX claims_ts ON claims(ts);
CREATE INDEX claims_city_ts ON claims(city, ts);
CREATE INDEX claims_place_ts ON claims(place, ts);
CREATE INDEX claims_item ON claims(item_id);
CREATE INDEX mentions_city ON mentions(city);
CREATE INDEX mentions_item ON mentions(item_id);
CREATE INDEX conflicts_ts ON conflicts(ts);
CREATE INDEX conflicts_city_ts ON conflicts(city, ts);
CREATE INDEX fetch_log_feed_at ON fetch_log(feed_id, at);
"""


def _migrate_0_to_1(conn: sqlite3.Connection) -> None:
    """Version 1: the schema of ARCHITECTURE.md."""
    for statement in _split_sql(_SCHEMA_V1):
        conn.execute(statement)


def _split_sql(script: str) -> list[str]:
    """Split a script into statements (triggers contain ';', so use sqlite's own test)."""
    out: list[str] = []
    buf = ""
    for line in script.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            if buf.strip():
                out.append(buf.strip())
            buf = ""
    if buf.strip():
        out.append(buf.strip())
    return out


def _migrate_1_to_2(conn: sqlite3.Connection) -> None:
    """Version 2: new items enter the search index once per transaction, from
    ``Store.write``, not row by row from a trigger: FTS5 indexes a batch two to three
    times cheaper, and search indexing was a quarter of a cold poll's writing."""
    conn.execute("DROP TRIGGER IF EXISTS items_ai")


#: MIGRATIONS[n] takes the database from user_version n to n + 1.
MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [_migrate_0_to_1, _migrate_1_to_2]
SCHEMA_VERSION = len(MIGRATIONS)


def migrate(conn: sqlite3.Connection) -> int:
    """Bring the database to SCHEMA_VERSION, each step in its own transaction."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"database schema version {version} is newer than this frontline "
            f"({SCHEMA_VERSION}); upgrade frontline"
        )
    while version < SCHEMA_VERSION:
        conn.execute("BEGIN IMMEDIATE")
        try:
            MIGRATIONS[version](conn)
            version += 1
            conn.execute(f"PRAGMA user_version = {version}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return version


# --------------------------------------------------------------------------- connections


def connect(
    path: str | Path, *, readonly: bool = False, check_same_thread: bool = True
) -> sqlite3.Connection:
    """Open a connection with the project's pragmas (WAL, NORMAL sync, busy timeout).

    ``readonly=True`` opens the file with ``mode=ro`` for the dashboard and briefs; it
    never creates the file.
    """
    path = Path(path)
    try:
        if readonly:
            uri = f"{path.resolve().as_uri()}?mode=ro"
            conn = sqlite3.connect(
                uri, uri=True, isolation_level=None, check_same_thread=check_same_thread
            )
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA query_only = ON")
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(path, isolation_level=None, check_same_thread=check_same_thread)
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
        conn.row_factory = sqlite3.Row
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except (sqlite3.Error, OSError) as e:
        raise StoreError(f"{path}: cannot open database: {e}") from None
    return conn


# --------------------------------------------------------------------------- the store

_TRIAGE_FLAGS = ("read", "flagged", "verified", "dismissed")

_CLAIM_RECORD_SQL = """
SELECT c.id, c.item_id, i.guid, f.name AS feed, c.ts, c.place, c.city, c.side, c.kind,
       c.claimant, c.claimant_side, c.sentence, i.title, i.link,
       coalesce(t.verified, 0) AS verified, coalesce(t.dismissed, 0) AS dismissed
FROM claims c
JOIN items i ON i.id = c.item_id
JOIN feeds f ON f.id = i.feed_id
LEFT JOIN triage t ON t.item_id = c.item_id
"""


class Store:
    """The one writer connection, with the writes the pipeline and the UI's triage need.

    The connection may be used from another thread than the one that made it (the
    dashboard builds the Store, its poll worker writes), so every call holds a lock.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path).expanduser()
        self.conn = connect(self.path, check_same_thread=False)
        self._lock = threading.RLock()
        self._depth = 0
        # New items not yet in the search index: added in one statement before the
        # transaction that wrote them commits (see _migrate_1_to_2).
        self._unindexed: list[tuple[int, str, str]] = []
        try:
            self.version = migrate(self.conn)
        except sqlite3.DatabaseError as e:
            self.conn.close()
            raise StoreError(f"{self.path}: not a frontline database: {e}") from None
        except StoreError as e:
            self.conn.close()
            raise StoreError(f"{self.path}: {e}") from None
        self._db: Any = None

    @property
    def db(self) -> Any:
        """A sqlite_utils.Database on the writer connection (imported on first use: the
        CLI's error path and --help should not pay for it)."""
        if self._db is None:
            import sqlite_utils

            self._db = sqlite_utils.Database(self.conn)
        return self._db

    # lifecycle --------------------------------------------------------------

    def close(self) -> None:
        with self._lock:
            self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def reader(self) -> sqlite3.Connection:
        """A new read-only connection for the calling thread."""
        return connect(self.path, readonly=True)

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction (nested calls join the outer one)."""
        with self._lock:
            if self._depth:
                self._depth += 1
                try:
                    yield self.conn
                finally:
                    self._depth -= 1
                return
            self.conn.execute("BEGIN IMMEDIATE")
            self._depth = 1
            try:
                yield self.conn
                self._index_new_items()
            except BaseException:
                self._depth = 0
                self._unindexed.clear()
                self.conn.execute("ROLLBACK")
                raise
            self._depth = 0
            self.conn.execute("COMMIT")

    def _index_new_items(self) -> None:
        """Add the items this transaction inserted to the search index, in one statement."""
        if self._unindexed:
            rows, self._unindexed = self._unindexed, []
            self.conn.executemany("INSERT INTO items_fts(rowid, title, body) VALUES (?,?,?)", rows)

    def query(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[sqlite3.Row]:
        """Run a read on the writer connection (tests, CLI; threads use reader())."""
        with self._lock:
            return self.conn.execute(sql, params).fetchall()

    # feeds ------------------------------------------------------------------

    def upsert_feed(self, feed: FeedConfig) -> int:
        """Make sure the feed has a row with the config's url and side; return its id."""
        with self.transaction() as c:
            row = c.execute("SELECT id, url FROM feeds WHERE name = ?", (feed.name,)).fetchone()
            if row is None:
                cur = c.execute(
                    "INSERT INTO feeds(name, url, side) VALUES (?, ?, ?)",
                    (feed.name, feed.url, feed.side),
                )
                return int(cur.lastrowid)
            if row["url"] != feed.url:
                # A new URL is a new source: forget validators and the permanent redirect.
                c.execute(
                    "UPDATE feeds SET url = ?, side = ?, etag = NULL, last_modified = NULL,"
                    " body_hash = NULL, permanent_url = NULL, next_check = NULL WHERE id = ?",
                    (feed.url, feed.side, row["id"]),
                )
            else:
                c.execute("UPDATE feeds SET side = ? WHERE id = ?", (feed.side, row["id"]))
            return int(row["id"])

    def ensure_feed(self, feed: FeedConfig) -> int:
        """The feed's id, inserting a row if there is none; an existing row is not changed.

        For ``frontline ingest``: a local copy of a feed must not rewrite the URL and
        validators the poller keeps for it.
        """
        with self.transaction() as c:
            row = c.execute("SELECT id FROM feeds WHERE name = ?", (feed.name,)).fetchone()
            if row is not None:
                return int(row[0])
            cur = c.execute(
                "INSERT INTO feeds(name, url, side) VALUES (?, ?, ?)",
                (feed.name, feed.url, feed.side),
            )
            return int(cur.lastrowid)

    def sync_feeds(self, feeds: Iterable[FeedConfig]) -> dict[str, int]:
        """Upsert every configured feed; return name -> id."""
        with self.transaction():
            return {f.name: self.upsert_feed(f) for f in feeds}

    def feed_id(self, name: str) -> int | None:
        row = self.query("SELECT id FROM feeds WHERE name = ?", (name,))
        return int(row[0]["id"]) if row else None

    def feed_state(self, name: str) -> dict[str, Any] | None:
        """The feed's stored row (validators, health, next check) as a dict."""
        rows = self.query("SELECT * FROM feeds WHERE name = ?", (name,))
        return dict(rows[0]) if rows else None

    def feed_states(self) -> dict[str, dict[str, Any]]:
        return {r["name"]: dict(r) for r in self.query("SELECT * FROM feeds ORDER BY name")}

    _STATE_COLUMNS = frozenset(
        {
            "title",
            "etag",
            "last_modified",
            "body_hash",
            "permanent_url",
            "last_attempt",
            "last_success",
            "last_new_item",
            "last_status",
            "error_streak",
            "last_error",
            "next_check",
            "retry_after",
        }
    )

    def save_feed_state(self, name: str, /, **values: Any) -> None:
        """Update some of a feed's state columns; datetimes are stored as ISO text."""
        unknown = set(values) - self._STATE_COLUMNS
        if unknown:
            raise ValueError(f"unknown feed state columns: {sorted(unknown)}")
        if not values:
            return
        for key in ("last_error", "title"):  # may quote server or feed text
            if isinstance(values.get(key), str):
                values[key] = clean(values[key])
        cols = ", ".join(f"{k} = ?" for k in values)
        params = [to_iso(v) if isinstance(v, datetime) else v for v in values.values()]
        with self.transaction() as c:
            c.execute(f"UPDATE feeds SET {cols} WHERE name = ?", (*params, name))

    def log_fetch(
        self,
        feed: str,
        *,
        outcome: str,
        at: datetime | None = None,
        status: int | None = None,
        nbytes: int | None = None,
        elapsed_ms: int | None = None,
        new_items: int | None = None,
        error: str | None = None,
    ) -> None:
        """Append one fetch attempt to fetch_log (outcome: ok|not_modified|unchanged|error)."""
        error = clean(error) if error else error  # may quote server text (Content-Type...)
        with self.transaction() as c:
            fid = c.execute("SELECT id FROM feeds WHERE name = ?", (feed,)).fetchone()
            if fid is None:
                raise KeyError(feed)
            c.execute(
                "INSERT INTO fetch_log(feed_id, at, status, outcome, bytes, elapsed_ms,"
                " new_items, error) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    fid[0],
                    to_iso(at or utcnow()),
                    status,
                    outcome,
                    nbytes,
                    elapsed_ms,
                    new_items,
                    error,
                ),
            )

    def feed_health(self) -> list[dict[str, Any]]:
        """One row per feed for ``frontline feeds`` and the health pane."""
        return [
            dict(r)
            for r in self.query(
                "SELECT name, url, side, title, last_attempt, last_success, last_new_item,"
                " last_status, error_streak, last_error, next_check,"
                " (SELECT count(*) FROM items WHERE feed_id = feeds.id) AS items"
                " FROM feeds ORDER BY name"
            )
        ]

    # items ------------------------------------------------------------------

    def write_entries(
        self, feed: str, entries: Iterable[Entry], now: datetime | None = None
    ) -> list[tuple[int, Entry, bool]]:
        """Store a feed's entries; return (item_id, entry, is_new_or_changed) for each.

        Identity is (feed, guid). A new guid is inserted; a known one whose content hash
        differs keeps its id, moves its old text to item_revisions, bumps ``revision``
        and loses its mentions and claims (the caller extracts them again); an unchanged
        one is left alone. A guid repeated within one document is stored once.
        """
        return [(w.item_id, w.entry, w.status != SAME) for w in self.write(feed, entries, now)]

    def write(
        self,
        feed: str,
        entries: Iterable[Entry],
        now: datetime | None = None,
        hashes: Sequence[str] | None = None,
    ) -> list[Written]:
        """``write_entries`` with more detail: new / changed / same, and the item's ts.

        ``hashes``: the entries' ``content_hash`` values, when a worker process has
        already computed them.
        """
        now = (now or utcnow()).astimezone(UTC).replace(microsecond=0)
        seen_at = to_iso(now)
        unique: dict[str, Entry] = {}
        given: dict[str, str] = {}
        for n, e in enumerate(entries):
            if e.guid not in unique:
                unique[e.guid] = e
                if hashes is not None:
                    given[e.guid] = hashes[n]
        out: list[Written] = []
        with self.transaction() as c:
            row = c.execute("SELECT id FROM feeds WHERE name = ?", (feed,)).fetchone()
            if row is None:
                raise KeyError(f"unknown feed {feed!r}; upsert_feed first")
            fid = row[0]
            known: dict[str, sqlite3.Row] = {}
            guids = list(unique)
            for i in range(0, len(guids), 500):
                chunk = guids[i : i + 500]
                for r in c.execute(
                    "SELECT id, guid, content_hash, ts FROM items WHERE feed_id = ?"
                    f" AND guid IN ({','.join('?' * len(chunk))})",
                    (fid, *chunk),
                ):
                    known[r["guid"]] = r
            for e in unique.values():
                h = given.get(e.guid) or content_hash(e)
                old = known.get(e.guid)
                if old is None:
                    ts = to_iso(item_ts(e, now))
                    cur = c.execute(
                        "INSERT INTO items(feed_id, guid, title, body, link, author, published,"
                        " updated, ts, first_seen, content_hash) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                        (fid, e.guid, e.title, e.body, e.link, e.author, to_iso(e.published),
                         to_iso(e.updated), ts, seen_at, h),
                    )  # fmt: skip
                    item_id = int(cur.lastrowid)
                    self._unindexed.append((item_id, e.title, e.body))
                    out.append(Written(item_id, e, NEW, ts))
                    continue
                item_id = int(old["id"])
                if old["content_hash"] == h:
                    out.append(Written(item_id, e, SAME, old["ts"]))
                    continue
                prev = c.execute(
                    "SELECT revision, title, body, link, published, first_seen, content_hash"
                    " FROM items WHERE id = ?",
                    (item_id,),
                ).fetchone()
                c.execute(
                    "INSERT INTO item_revisions(item_id, revision, title, body, link, published,"
                    " content_hash, seen) VALUES (?,?,?,?,?,?,?,?)",
                    (item_id, prev["revision"], prev["title"], prev["body"], prev["link"],
                     prev["published"], prev["content_hash"], seen_at),
                )  # fmt: skip
                ts = to_iso(item_ts(e, from_iso(prev["first_seen"]) or now))
                # The update trigger takes the old text out of the index: it must be in.
                self._index_new_items()
                c.execute(
                    "UPDATE items SET title = ?, body = ?, link = ?, author = ?, published = ?,"
                    " updated = ?, ts = ?, content_hash = ?, revision = revision + 1"
                    " WHERE id = ?",
                    (e.title, e.body, e.link, e.author, to_iso(e.published), to_iso(e.updated),
                     ts, h, item_id),
                )  # fmt: skip
                gone = c.execute(
                    "SELECT DISTINCT place FROM claims WHERE item_id = ?", (item_id,)
                ).fetchall()
                c.execute("DELETE FROM mentions WHERE item_id = ?", (item_id,))
                c.execute("DELETE FROM claims WHERE item_id = ?", (item_id,))
                out.append(Written(item_id, e, CHANGED, ts, tuple(r[0] for r in gone)))
        return out

    def known_hashes(self, feed: str, conn: sqlite3.Connection | None = None) -> dict[str, str]:
        """guid -> content_hash of a feed's stored items: what lets a changed feed skip
        extracting its unchanged items. ``conn``: a reader connection of this thread."""
        sql = (
            "SELECT guid, content_hash FROM items"
            " WHERE feed_id = (SELECT id FROM feeds WHERE name = ?)"
        )
        if conn is not None:
            return {r[0]: r[1] for r in conn.execute(sql, (feed,))}
        return {r[0]: r[1] for r in self.query(sql, (feed,))}

    def add_extraction(
        self,
        mentions: Iterable[tuple[int, str, str, int, int]],
        claims: Iterable[tuple[int, Sequence[Claim], str]],
    ) -> set[str]:
        """Insert many items' mentions and claims at once (items just written, with none
        stored): two ``executemany`` calls instead of two statements per item.

        ``mentions`` rows are ``(item_id, place, city, start, end)``; ``claims`` are
        ``(item_id, claims, ts)``. Returns the places of the claims.
        """
        places: set[str] = set()
        rows: list[tuple] = []
        for item_id, item_claims, ts in claims:
            for cl in item_claims:
                places.add(cl.place)
                rows.append(_claim_row(item_id, cl, ts))
        with self.transaction() as c:
            c.executemany(
                "INSERT INTO mentions(item_id, place, city, start, end) VALUES (?,?,?,?,?)",
                mentions,
            )
            c.executemany(_INSERT_CLAIM, rows)
        return places

    def replace_mentions(
        self, item_id: int, mentions: Iterable[Mention], *, fresh: bool = False
    ) -> None:
        """Replace an item's mentions (``fresh``: the item has none yet, skip the delete)."""
        with self.transaction() as c:
            if not fresh:
                c.execute("DELETE FROM mentions WHERE item_id = ?", (item_id,))
            c.executemany(
                "INSERT INTO mentions(item_id, place, city, start, end) VALUES (?,?,?,?,?)",
                [(item_id, m.place, m.city, m.start, m.end) for m in mentions],
            )

    def replace_claims(
        self, item_id: int, claims: Iterable[Claim], ts: str | datetime, *, fresh: bool = False
    ) -> set[str]:
        """Replace an item's claims; return the places whose claims changed (old and new).

        ``fresh``: the item has no claims yet (just inserted), so skip the lookup and delete.
        """
        ts_text = to_iso(ts) if isinstance(ts, datetime) else ts
        places: set[str] = set()
        with self.transaction() as c:
            if not fresh:
                places = {
                    r[0]
                    for r in c.execute(
                        "SELECT DISTINCT place FROM claims WHERE item_id = ?", (item_id,)
                    )
                }
                c.execute("DELETE FROM claims WHERE item_id = ?", (item_id,))
            rows = []
            for cl in claims:
                places.add(cl.place)
                rows.append(_claim_row(item_id, cl, ts_text))
            c.executemany(_INSERT_CLAIM, rows)
        return places

    def item_ts(self, item_id: int) -> str | None:
        rows = self.query("SELECT ts FROM items WHERE id = ?", (item_id,))
        return rows[0]["ts"] if rows else None

    def iter_items(self, batch: int = 500) -> Iterator[tuple[int, Entry]]:
        """Every stored item as (id, Entry), in id order, read in batches."""
        last = 0
        while True:
            rows = self.query(
                "SELECT i.id, f.name AS feed, i.guid, i.title, i.body, i.link, i.published,"
                " i.updated, i.author FROM items i JOIN feeds f ON f.id = i.feed_id"
                " WHERE i.id > ? ORDER BY i.id LIMIT ?",
                (last, batch),
            )
            if not rows:
                return
            for r in rows:
                yield (
                    int(r["id"]),
                    Entry(
                        feed=r["feed"],
                        guid=r["guid"],
                        title=r["title"],
                        body=r["body"],
                        link=r["link"],
                        published=from_iso(r["published"]),
                        updated=from_iso(r["updated"]),
                        author=r["author"],
                    ),
                )
            last = int(rows[-1]["id"])

    def search(self, text: str, limit: int = 50) -> list[int]:
        """Item ids whose title or body match an FTS5 query, best first."""
        rows = self.query(
            "SELECT rowid FROM items_fts WHERE items_fts MATCH ? ORDER BY rank LIMIT ?",
            (text, limit),
        )
        return [int(r[0]) for r in rows]

    # claims and conflicts ---------------------------------------------------

    def claim_records(
        self,
        since: datetime | str | None = None,
        places: Iterable[str] | None = None,
        until: datetime | str | None = None,
    ) -> list[ClaimRecord]:
        """Stored claims joined with their item, feed and triage, oldest first.

        ``since``/``until`` bound the claim time (inclusive); ``places`` picks places.
        """
        where: list[str] = []
        params: list[Any] = []
        if since is not None:
            where.append("c.ts >= ?")
            params.append(to_iso(since) if isinstance(since, datetime) else since)
        if until is not None:
            where.append("c.ts <= ?")
            params.append(to_iso(until) if isinstance(until, datetime) else until)
        if places is not None:
            plist = sorted(set(places))
            if not plist:
                return []
            where.append(f"c.place IN ({','.join('?' * len(plist))})")
            params.extend(plist)
        sql = _CLAIM_RECORD_SQL
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY c.ts, c.id"
        return [claim_record(r) for r in self.query(sql, params)]

    def replace_conflicts(
        self,
        conflicts: Iterable[Conflict],
        places: Iterable[str] | None = None,
        items: Iterable[int] | None = None,
    ) -> list[int]:
        """Make the conflicts table hold ``conflicts`` for ``places`` (all places if None).

        With ``items``, only the stored conflicts of those places that involve one of
        those items are in scope (an incremental update after a poll). Conflicts already
        stored keep their id and ``first_seen``; gone ones in scope are deleted.
        Returns the ids of the conflicts that are new.

        ``conflicts`` may be a generator (``analysis.iter_conflicts``): it is consumed once
        and written as it comes, so memory holds the stored conflicts in scope, not every
        found pair. Of two conflicts with the same (place, items), the first one counts.
        """
        now = to_iso(utcnow())
        scope = None if items is None else set(items)
        have: dict[tuple[str, int, int], int] = {}
        loaded: set[str] | None = None if places is None else set()
        new_ids: list[int] = []
        seen: set[int] = set()
        updates: list[tuple] = []
        with self.transaction() as c:

            def load(chunk: list[str] | None) -> None:
                sql = "SELECT id, place, item_a, item_b FROM conflicts"
                if chunk is not None:
                    sql += f" WHERE place IN ({','.join('?' * len(chunk))})"
                for r in c.execute(sql, chunk or ()):
                    if scope is None or r[2] in scope or r[3] in scope:
                        have[(r[1], r[2], r[3])] = r[0]

            if loaded is None:
                load(None)
            else:
                plist = sorted(set(places or ()))
                for i in range(0, len(plist), 500):
                    load(plist[i : i + 500])
                loaded.update(plist)
            for k in conflicts:
                a, b = (k.a, k.b) if k.a.guid <= k.b.guid else (k.b, k.a)
                if loaded is not None and k.place not in loaded:
                    load([k.place])
                    loaded.add(k.place)
                ts = to_iso(max(a.published, b.published))
                cid = have.get((k.place, a.item_id, b.item_id))
                if cid is not None:
                    if cid not in seen:
                        seen.add(cid)
                        updates.append((k.city, a.id, b.id, ts, cid))
                        if len(updates) >= 5000:
                            c.executemany(_UPDATE_CONFLICT, updates)
                            updates.clear()
                    continue
                cur = c.execute(
                    "INSERT INTO conflicts(place, city, item_a, item_b, claim_a, claim_b, ts,"
                    " first_seen) VALUES (?,?,?,?,?,?,?,?)"
                    " ON CONFLICT(place, item_a, item_b) DO NOTHING",
                    (k.place, k.city, a.item_id, b.item_id, a.id, b.id, ts, now),
                )
                if cur.rowcount:
                    new_ids.append(int(cur.lastrowid))
            c.executemany(_UPDATE_CONFLICT, updates)
            c.executemany(
                "DELETE FROM conflicts WHERE id = ?",
                [(cid,) for cid in have.values() if cid not in seen],
            )
        return new_ids

    # triage -----------------------------------------------------------------

    def set_triage(self, item_id: int, **flags: bool) -> None:
        """Set any of read / flagged / verified / dismissed for an item."""
        unknown = set(flags) - set(_TRIAGE_FLAGS)
        if unknown:
            raise ValueError(f"unknown triage flags: {sorted(unknown)}")
        if not flags:
            return
        cols = list(flags)
        values = [int(bool(flags[k])) for k in cols]
        now = to_iso(utcnow())
        with self.transaction() as c:
            c.execute(
                f"INSERT INTO triage(item_id, {', '.join(cols)}, updated)"
                f" VALUES (?, {', '.join('?' * len(cols))}, ?)"
                f" ON CONFLICT(item_id) DO UPDATE SET"
                f" {', '.join(f'{k} = excluded.{k}' for k in cols)}, updated = excluded.updated",
                (item_id, *values, now),
            )

    def triage(self, item_id: int) -> dict[str, bool]:
        rows = self.query("SELECT * FROM triage WHERE item_id = ?", (item_id,))
        if not rows:
            return dict.fromkeys(_TRIAGE_FLAGS, False)
        return {k: bool(rows[0][k]) for k in _TRIAGE_FLAGS}

    def add_note(self, item_id: int, text: str) -> int:
        with self.transaction() as c:
            cur = c.execute(
                "INSERT INTO notes(item_id, text, created) VALUES (?, ?, ?)",
                (item_id, text, to_iso(utcnow())),
            )
            return int(cur.lastrowid)

    def notes(self, item_id: int) -> list[dict[str, Any]]:
        return [
            dict(r)
            for r in self.query(
                "SELECT id, text, created FROM notes WHERE item_id = ? ORDER BY id", (item_id,)
            )
        ]

    # exports ----------------------------------------------------------------

    def export_items(self) -> Iterator[dict[str, Any]]:
        """Items as the contract wants them: feed, guid, cities (plus a few extras)."""
        rows = self.query(
            "SELECT i.id, f.name AS feed, i.guid, i.title, i.link, i.ts,"
            " (SELECT json_group_array(city) FROM (SELECT DISTINCT city FROM mentions m"
            "   WHERE m.item_id = i.id ORDER BY city)) AS cities"
            " FROM items i JOIN feeds f ON f.id = i.feed_id ORDER BY i.ts, i.id"
        )
        for r in rows:
            yield {
                "feed": r["feed"],
                "guid": r["guid"],
                "cities": json.loads(r["cities"]),
                "title": r["title"],
                "link": r["link"],
                "ts": r["ts"],
            }

    def export_claims(self) -> Iterator[dict[str, Any]]:
        """Claims as the contract wants them, plus evidence and times."""
        rows = self.query(
            "SELECT i.guid, c.place, c.city, c.side, c.kind, c.claimant, c.claimant_side,"
            " f.name AS feed, c.ts, c.sentence FROM claims c JOIN items i ON i.id = c.item_id"
            " JOIN feeds f ON f.id = i.feed_id ORDER BY c.ts, c.id"
        )
        for r in rows:
            yield dict(r)

    def export_conflicts(self) -> Iterator[dict[str, Any]]:
        rows = self.query(
            "SELECT k.place, k.city, ia.guid AS a, ib.guid AS b, k.ts, k.first_seen,"
            " ca.kind AS kind_a, ca.side AS side_a, ca.claimant_side AS claimant_side_a,"
            " cb.kind AS kind_b, cb.side AS side_b, cb.claimant_side AS claimant_side_b"
            " FROM conflicts k JOIN items ia ON ia.id = k.item_a JOIN items ib ON ib.id = k.item_b"
            " LEFT JOIN claims ca ON ca.id = k.claim_a LEFT JOIN claims cb ON cb.id = k.claim_b"
            " ORDER BY k.ts, k.id"
        )
        for r in rows:
            d = dict(r)
            if d["a"] > d["b"]:
                d["a"], d["b"] = d["b"], d["a"]
                for f in ("kind", "side", "claimant_side"):
                    d[f"{f}_a"], d[f"{f}_b"] = d[f"{f}_b"], d[f"{f}_a"]
            yield d

    def counts(self) -> dict[str, int]:
        """Row counts of the main tables (for reports and tests)."""
        tables = ("feeds", "items", "item_revisions", "mentions", "claims", "conflicts")
        return {t: int(self.query(f"SELECT count(*) FROM {t}")[0][0]) for t in tables}


_UPDATE_CONFLICT = "UPDATE conflicts SET city = ?, claim_a = ?, claim_b = ?, ts = ? WHERE id = ?"

_INSERT_CLAIM = (
    "INSERT INTO claims(item_id, place, city, side, kind, claimant, claimant_side,"
    " sentence, sentence_start, place_start, place_end, side_start, side_end,"
    " kind_start, kind_end, claimant_start, claimant_end, ts)"
    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
)


def _claim_row(item_id: int, cl: Claim, ts: str | None) -> tuple:
    spans: list[int | None] = []
    for span in (cl.place_span, cl.side_span, cl.kind_span, cl.claimant_span):
        spans.extend(span if span else (None, None))
    return (
        item_id,
        cl.place,
        cl.city,
        cl.side,
        cl.kind,
        cl.claimant,
        cl.claimant_side,
        cl.sentence,
        cl.sentence_start,
        *spans,
        ts,
    )


def claim_record(r: sqlite3.Row) -> ClaimRecord:
    """A ``claims`` row joined with its item, feed and triage (the columns ``claim_records``
    selects) as the dataclass that analysis reads; shared with the dashboard's queries."""
    return ClaimRecord(
        id=int(r["id"]),
        item_id=int(r["item_id"]),
        guid=r["guid"],
        feed=r["feed"],
        published=from_iso(r["ts"]) or datetime.fromtimestamp(0, UTC),
        place=r["place"] or "",
        city=r["city"] or "",
        side=r["side"] or "",
        kind=r["kind"] or "",
        claimant=r["claimant"] or "",
        claimant_side=r["claimant_side"] or "",
        sentence=r["sentence"] or "",
        title=r["title"] or "",
        link=r["link"],
        verified=bool(r["verified"]),
        dismissed=bool(r["dismissed"]),
    )
