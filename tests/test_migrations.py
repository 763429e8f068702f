"""Databases written by older releases open under this one with every row kept.

``tests/data/schema_vN.db`` is what release N's Store wrote (made by
``tests/data/make_schema_fixture.py``). Opening a copy with the current Store must migrate
it to the current version without losing or changing a row; a database from a newer,
unknown version, or a file that is no database, must be refused with one clear line and
left byte-for-byte as it was.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from hostile.harness import run_cli, write_config

from frontline import queries
from frontline.store import SCHEMA_VERSION, Store, StoreError

DATA = Path(__file__).resolve().parent / "data"
FIXTURES = sorted(DATA.glob("schema_v*.db"), key=lambda p: int(p.stem.split("_v")[1]))
TABLES = (
    "feeds",
    "fetch_log",
    "items",
    "item_revisions",
    "mentions",
    "claims",
    "conflicts",
    "triage",
    "notes",
)


def _rows(db: Path) -> dict[str, set[tuple]]:
    """Every row of every table a release knew, as tuples of the columns it had."""
    conn = sqlite3.connect(db)
    try:
        out = {}
        for table in TABLES:
            cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
            out[table] = {
                tuple(zip(cols, r, strict=True))
                for r in conn.execute(f"SELECT {', '.join(cols)} FROM {table}")
            }
        return out
    finally:
        conn.close()


def _version(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_fixture_exists_for_every_released_version() -> None:
    versions = {int(p.stem.split("_v")[1]) for p in FIXTURES}
    assert versions == set(range(1, SCHEMA_VERSION + 1))


@pytest.fixture(params=FIXTURES, ids=[p.stem for p in FIXTURES])
def old_db(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    target = tmp_path / request.param.name
    shutil.copyfile(request.param, target)
    return target


def test_fixture_is_not_empty(old_db: Path) -> None:
    rows = _rows(old_db)
    for table in ("feeds", "items", "item_revisions", "mentions", "claims", "conflicts"):
        assert rows[table], f"{old_db.name} has no {table} rows"
    assert rows["triage"] and rows["notes"] and rows["fetch_log"]


def test_old_database_opens_with_nothing_lost(old_db: Path) -> None:
    before = _rows(old_db)
    with Store(old_db) as store:
        assert store.version == SCHEMA_VERSION
        assert store.search("Hama"), "full-text index lost its rows"
        n_claims = len(store.claim_records())
    assert _version(old_db) == SCHEMA_VERSION
    after = _rows(old_db)
    for table, rows in before.items():
        # Columns a migration added are ignored; every old column keeps its value.
        old_cols = {c for row in rows for c, _ in row}
        kept = {tuple((c, v) for c, v in row if c in old_cols) for row in after[table]}
        assert rows <= kept, f"{table}: rows lost or changed by the migration"
    assert n_claims == len(before["claims"])
    with Store(old_db) as again:  # opening twice is a no-op
        assert again.version == SCHEMA_VERSION
    assert _rows(old_db) == after


def test_old_database_keeps_working(old_db: Path, tmp_path: Path) -> None:
    """After migrating, the dashboard's queries read it and the CLI exports it."""
    with Store(old_db):
        pass
    conn = queries.connect(old_db)
    try:
        assert queries.latest_claims(conn, limit=10)
        assert queries.feed_health(conn)
    finally:
        conn.close()
    cfg = write_config(tmp_path, {"State Wire": "https://state.example/rss"})
    result = run_cli("--config", str(cfg), "--db", str(old_db), "export", "claims")
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("\n") == len(_rows(old_db)["claims"])


def _newer(old_db: Path) -> Path:
    conn = sqlite3.connect(old_db)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.execute("CREATE TABLE from_the_future(x)")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return old_db


def test_newer_database_is_refused_untouched(old_db: Path) -> None:
    db = _newer(old_db)
    digest = _digest(db)
    with pytest.raises(StoreError) as info:
        Store(db)
    message = str(info.value)
    assert "\n" not in message
    assert str(SCHEMA_VERSION + 1) in message and "newer" in message
    assert db.name in message
    assert _digest(db) == digest
    assert _version(db) == SCHEMA_VERSION + 1


def test_newer_database_via_cli_is_one_line(old_db: Path, tmp_path: Path) -> None:
    db = _newer(old_db)
    digest = _digest(db)
    cfg = write_config(tmp_path, {"State Wire": "http://127.0.0.1:9/rss"})
    for args in (("feeds",), ("export", "items"), ("poll", "--once")):
        result = run_cli("--config", str(cfg), "--db", str(db), *args)
        assert result.returncode != 0, args
        assert "Traceback" not in result.stderr
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and "newer" in lines[0], (args, result.stderr)
    assert _digest(db) == digest


@pytest.mark.parametrize(
    "junk",
    [b"not a database at all\n" * 100, b"SQLite format 3\x00" + b"\xff" * 4000],
    ids=["text", "corrupt_header"],
)
def test_not_a_database_is_refused_untouched(tmp_path: Path, junk: bytes) -> None:
    db = tmp_path / "junk.db"
    db.write_bytes(junk)
    with pytest.raises(StoreError) as info:
        Store(db)
    assert "\n" not in str(info.value) and db.name in str(info.value)
    assert db.read_bytes() == junk


def test_search_index_survives_the_v2_migration(tmp_path: Path) -> None:
    """v1 indexed items by trigger, v2 by Store.write: old items stay searchable, new ones
    are added, and FTS5's own integrity check passes."""
    from datetime import UTC, datetime

    from frontline.models import Entry, FeedConfig

    db = tmp_path / "v1.db"
    shutil.copyfile(DATA / "schema_v1.db", db)
    with Store(db) as store:
        assert not store.query("SELECT 1 FROM sqlite_master WHERE name = 'items_ai'")
        old_hits = store.search("Hama")
        assert old_hits
        store.upsert_feed(FeedConfig(name="New", url="https://new.example/rss"))
        now = datetime(2026, 11, 29, tzinfo=UTC)
        store.write_entries("New", [Entry(feed="New", guid="n1", title="Zabadani", body="x")], now)
        assert len(store.search("Zabadani")) == 1
        assert store.search("Hama") == old_hits
        with store.transaction() as c:
            c.execute("INSERT INTO items_fts(items_fts, rank) VALUES ('integrity-check', 1)")
