"""store.Store on a real SQLite file: schema, migration, revisions, FTS, triage, WAL."""

from __future__ import annotations

import sqlite3
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from frontline import store as store_mod
from frontline.models import Claim, ClaimRecord, Conflict, Entry, FeedConfig, Mention
from frontline.store import SCHEMA_VERSION, Store, StoreError, connect, from_iso, to_iso

T0 = datetime(2024, 12, 1, 6, 0, tzinfo=UTC)
NOW = datetime(2024, 12, 2, 12, 0, tzinfo=UTC)


def entry(guid: str, title: str = "Rebels enter Hama", body: str = "", **kw) -> Entry:
    return Entry(
        feed="Wire", guid=guid, title=title, body=body, published=kw.pop("published", T0), **kw
    )


def claim(place: str = "Hama", kind: str = "advancing", side: str = "opposition") -> Claim:
    return Claim(
        place=place,
        city="Hama",
        side=side,
        kind=kind,
        claimant="Wire",
        claimant_side="independent",
        sentence="Rebels enter Hama",
        place_span=(13, 17),
        kind_span=(7, 12),
    )


@pytest.fixture
def store(db_path: Path):
    s = Store(db_path)
    s.upsert_feed(FeedConfig(name="Wire", url="https://wire.example/rss", side="independent"))
    yield s
    s.close()


def test_schema_version_wal_and_indexes(store: Store, db_path: Path) -> None:
    assert store.query("PRAGMA user_version")[0][0] == SCHEMA_VERSION == 2
    assert store.query("PRAGMA journal_mode")[0][0] == "wal"
    assert store.query("PRAGMA synchronous")[0][0] == 1  # NORMAL
    assert store.query("PRAGMA busy_timeout")[0][0] == 5000
    tables = set(store.db.table_names())
    expected = {"feeds", "fetch_log", "items", "item_revisions", "mentions", "claims"}
    assert expected | {"conflicts", "triage", "notes", "items_fts"} <= tables
    index_cols = {
        (r["tbl_name"], tuple(c["name"] for c in store.query(f"PRAGMA index_info({r['name']})")))
        for r in store.query("SELECT name, tbl_name FROM sqlite_master WHERE type = 'index'")
    }
    for wanted in [
        ("items", ("ts",)),
        ("items", ("feed_id", "ts")),
        ("claims", ("city", "ts")),
        ("claims", ("place", "ts")),
        ("claims", ("item_id",)),
        ("mentions", ("city",)),
        ("conflicts", ("city", "ts")),
        ("fetch_log", ("feed_id", "at")),
    ]:
        assert wanted in index_cols


def test_migrates_an_empty_v0_database_and_reopens(db_path: Path) -> None:
    sqlite3.connect(db_path).close()  # an empty file: user_version 0
    assert sqlite3.connect(db_path).execute("PRAGMA user_version").fetchone()[0] == 0
    with Store(db_path) as s:
        assert s.version == SCHEMA_VERSION == 2
        s.upsert_feed(FeedConfig(name="A", url="https://a.example/"))
    with Store(db_path) as s:  # a second open migrates nothing and keeps the data
        assert s.counts()["feeds"] == 1


def test_a_failed_migration_leaves_the_database_untouched(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE half_done(x)")
        raise RuntimeError("boom")

    monkeypatch.setattr(store_mod, "MIGRATIONS", [broken])
    monkeypatch.setattr(store_mod, "SCHEMA_VERSION", 1)
    with pytest.raises(RuntimeError):
        Store(db_path)
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0


def test_newer_or_foreign_databases_are_refused_in_one_line(tmp_path: Path) -> None:
    newer = tmp_path / "newer.db"
    c = sqlite3.connect(newer)
    c.execute("PRAGMA user_version = 99")
    c.close()
    with pytest.raises(StoreError, match="newer than this frontline") as info:
        Store(newer)
    assert "\n" not in str(info.value)
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError, match="junk.db"):
        Store(junk)


def test_write_entries_new_unchanged_and_changed(store: Store) -> None:
    first = store.write_entries("Wire", [entry("g1"), entry("g2", "Army holds Homs")], NOW)
    assert [(e.guid, changed) for _, e, changed in first] == [("g1", True), ("g2", True)]
    item_id = first[0][0]
    store.replace_mentions(item_id, [Mention("Hama", "Hama", 13, 17)])
    store.replace_claims(item_id, [claim()], store.item_ts(item_id))

    again = store.write_entries("Wire", [entry("g1"), entry("g2", "Army holds Homs")], NOW)
    assert [changed for *_, changed in again] == [False, False]
    assert store.counts()["claims"] == 1 and store.counts()["item_revisions"] == 0

    edited = store.write_entries("Wire", [entry("g1", "Rebels enter Hama, army says")], NOW)
    assert edited[0][0] == item_id and edited[0][2] is True
    row = store.query("SELECT title, revision, first_seen FROM items WHERE id = ?", (item_id,))[0]
    assert row["title"] == "Rebels enter Hama, army says" and row["revision"] == 2
    rev = store.query("SELECT * FROM item_revisions WHERE item_id = ?", (item_id,))
    assert [(r["revision"], r["title"]) for r in rev] == [(1, "Rebels enter Hama")]
    # A changed item loses its old mentions and claims until they are extracted again.
    assert store.counts()["claims"] == 0 and store.counts()["mentions"] == 0
    assert store.counts()["items"] == 2


def test_item_time_rules(store: Store) -> None:
    future = NOW + timedelta(days=3)
    rows = store.write_entries(
        "Wire",
        [
            entry("pub", published=T0),
            entry("upd", published=None, updated=T0 + timedelta(hours=1)),
            entry("none", published=None),
            entry("future", published=future),
        ],
        NOW,
    )
    ts = {e.guid: store.item_ts(i) for i, e, _ in rows}
    assert ts == {
        "pub": "2024-12-01T06:00:00Z",
        "upd": "2024-12-01T07:00:00Z",
        "none": to_iso(NOW),
        "future": to_iso(NOW),
    }


def test_same_guid_in_two_feeds_is_two_items(store: Store) -> None:
    store.upsert_feed(FeedConfig(name="Other", url="https://other.example/rss"))
    store.write_entries("Wire", [entry("shared")], NOW)
    store.write_entries("Other", [entry("shared")], NOW)
    assert store.counts()["items"] == 2


def test_fts_follows_inserts_updates(store: Store) -> None:
    ((item_id, *_),) = store.write_entries(
        "Wire", [entry("g1", "Rebels enter Ḥamāh", "heavy fighting")], NOW
    )
    assert store.search("hamah") == [item_id]  # diacritics folded
    assert store.search("fighting") == [item_id]
    store.write_entries("Wire", [entry("g1", "Army repels attack", "calm night")], NOW)
    assert store.search("fighting") == []
    assert store.search("calm") == [item_id]


def test_claim_records_join_triage_and_filter(store: Store) -> None:
    rows = store.write_entries(
        "Wire", [entry("g1"), entry("g2", published=T0 + timedelta(hours=5))], NOW
    )
    (a, _, _), (b, _, _) = rows
    store.replace_claims(a, [claim()], store.item_ts(a))
    store.replace_claims(b, [claim("Muhrada", "captured", "government")], store.item_ts(b))
    store.set_triage(b, verified=True)
    records = store.claim_records()
    assert [(r.guid, r.place, r.feed) for r in records] == [
        ("g1", "Hama", "Wire"),
        ("g2", "Muhrada", "Wire"),
    ]
    assert records[1].verified and not records[0].verified
    assert records[0].published == T0
    assert [r.guid for r in store.claim_records(since=T0 + timedelta(hours=1))] == ["g2"]
    assert [r.guid for r in store.claim_records(places=["Hama"])] == ["g1"]
    assert store.claim_records(places=[]) == []
    stored = store.query(
        "SELECT place_start, place_end, kind_start, side_start FROM claims WHERE item_id = ?", (a,)
    )[0]
    assert tuple(stored) == (13, 17, 7, None)


def test_replace_conflicts_keeps_first_seen_and_drops_gone(store: Store) -> None:
    rows = store.write_entries("Wire", [entry("a"), entry("b"), entry("c")], NOW)
    ids = [i for i, _, _ in rows]
    for i in ids:
        store.replace_claims(i, [claim()], store.item_ts(i))
    recs = {r.guid: r for r in store.claim_records()}

    def k(x: ClaimRecord, y: ClaimRecord) -> Conflict:
        return Conflict(place="Hama", city="Hama", a=x, b=y)

    new = store.replace_conflicts([k(recs["b"], recs["a"])], places=["Hama"])
    assert len(new) == 1
    store.conn.execute("UPDATE conflicts SET first_seen = '2000-01-01T00:00:00Z'")
    again = store.replace_conflicts(
        [k(recs["a"], recs["b"]), k(recs["a"], recs["c"])], places=["Hama"]
    )
    assert len(again) == 1 and again[0] != new[0]
    kept = store.query("SELECT first_seen FROM conflicts WHERE id = ?", (new[0],))[0][0]
    assert kept == "2000-01-01T00:00:00Z"
    exported = list(store.export_conflicts())
    assert {(c["a"], c["b"]) for c in exported} == {("a", "b"), ("a", "c")}
    store.replace_conflicts([], places=["Hama"])
    assert store.counts()["conflicts"] == 0


def test_triage_and_notes(store: Store) -> None:
    ((item_id, *_),) = store.write_entries("Wire", [entry("g1")], NOW)
    assert store.triage(item_id) == {
        "read": False,
        "flagged": False,
        "verified": False,
        "dismissed": False,
    }
    store.set_triage(item_id, read=True, flagged=True)
    store.set_triage(item_id, flagged=False, dismissed=True)
    assert store.triage(item_id) == {
        "read": True,
        "flagged": False,
        "verified": False,
        "dismissed": True,
    }
    with pytest.raises(ValueError, match="starred"):
        store.set_triage(item_id, starred=True)
    store.add_note(item_id, "called the stringer: confirmed")
    assert [n["text"] for n in store.notes(item_id)] == ["called the stringer: confirmed"]


def test_transactions_roll_back_whole(store: Store) -> None:
    with pytest.raises(RuntimeError), store.transaction():
        store.write_entries("Wire", [entry("g1")], NOW)
        raise RuntimeError("crash mid-write")
    assert store.counts()["items"] == 0


def test_feed_state_and_fetch_log(store: Store) -> None:
    store.save_feed_state("Wire", etag='"abc"', next_check=NOW, error_streak=2)
    state = store.feed_state("Wire")
    assert state["etag"] == '"abc"' and state["next_check"] == "2024-12-02T12:00:00Z"
    assert state["error_streak"] == 2
    store.log_fetch("Wire", outcome="error", at=NOW, status=503, error="HTTP 503")
    log = store.query("SELECT outcome, status, error, at FROM fetch_log")
    assert [tuple(r) for r in log] == [("error", 503, "HTTP 503", "2024-12-02T12:00:00Z")]
    with pytest.raises(ValueError):
        store.save_feed_state("Wire", name="renamed")
    # A new URL for a feed forgets what was learnt about the old one.
    store.upsert_feed(FeedConfig(name="Wire", url="https://moved.example/rss"))
    assert store.feed_state("Wire")["etag"] is None


def test_reader_connection_is_read_only_and_sees_commits(store: Store, db_path: Path) -> None:
    store.write_entries("Wire", [entry("g1")], NOW)
    seen: list[int] = []

    def read() -> None:
        conn = store.reader()
        seen.append(conn.execute("SELECT count(*) FROM items").fetchone()[0])
        with pytest.raises(sqlite3.OperationalError):
            conn.execute("DELETE FROM items")
        conn.close()

    t = threading.Thread(target=read)
    t.start()
    t.join()
    assert seen == [1]
    with pytest.raises(StoreError):
        connect(db_path.parent / "missing.db", readonly=True)


def test_iter_items_round_trips_entries(store: Store) -> None:
    e = entry("g1", body="Fighting in Muhrada", link="https://wire.example/1", author="Desk")
    store.write_entries("Wire", [e], NOW)
    [(item_id, back)] = list(store.iter_items())
    assert back == e
    assert from_iso(to_iso(T0)) == T0


def test_write_reports_new_changed_same_with_ts(store: Store) -> None:
    from frontline.store import CHANGED, NEW, SAME

    first = store.write("Wire", [entry("g1"), entry("g1", "duplicate in one document")], NOW)
    assert [(w.entry.guid, w.status, w.ts) for w in first] == [("g1", NEW, "2024-12-01T06:00:00Z")]
    assert store.write("Wire", [entry("g1")], NOW)[0].status == SAME
    later = entry("g1", "Rebels enter Hama, army denies", published=T0 + timedelta(hours=1))
    changed = store.write("Wire", [later], NOW)[0]
    assert changed.status == CHANGED and changed.ts == "2024-12-01T07:00:00Z"
    assert changed.item_id == first[0].item_id


def test_ensure_feed_never_rewrites_a_known_feed(store: Store) -> None:
    store.save_feed_state("Wire", etag='"v9"')
    same = store.ensure_feed(FeedConfig(name="Wire", url="file:///tmp/Wire.xml"))
    assert same == store.feed_id("Wire")
    assert store.feed_state("Wire")["url"] == "https://wire.example/rss"
    assert store.feed_state("Wire")["etag"] == '"v9"'
    new = store.ensure_feed(FeedConfig(name="Saved", url="file:///tmp/saved.xml"))
    assert new != same and store.feed_state("Saved")["url"] == "file:///tmp/saved.xml"


def test_replace_conflicts_streams_a_generator_and_keeps_the_first_duplicate(
    store: Store,
) -> None:
    rows = store.write_entries("Wire", [entry("a"), entry("b"), entry("c")], NOW)
    for i, _, _ in rows:
        store.replace_claims(i, [claim(), claim(kind="captured")], store.item_ts(i))
    recs = store.claim_records()
    by_guid: dict[str, list[ClaimRecord]] = {}
    for r in recs:
        by_guid.setdefault(r.guid, []).append(r)
    pulled: list[str] = []

    def stream():
        for x, y in (("a", "b"), ("b", "a"), ("a", "c")):
            pulled.append(x + y)
            # the second (b, a) pair names other claims: the first one must win
            pick = 0 if pulled[-1] != "ba" else 1
            yield Conflict(place="Hama", city="Hama", a=by_guid[x][pick], b=by_guid[y][pick])

    new = store.replace_conflicts(stream(), places=["Hama"])
    assert pulled == ["ab", "ba", "ac"] and len(new) == 2
    stored = store.query("SELECT claim_a, claim_b FROM conflicts ORDER BY id")
    assert [tuple(r) for r in stored] == [
        (by_guid["a"][0].id, by_guid["b"][0].id),
        (by_guid["a"][0].id, by_guid["c"][0].id),
    ]
    # A later pass that finds only (a, c), scoped to item c: (a, b) is out of scope, kept.
    c_item = by_guid["c"][0].item_id
    again = store.replace_conflicts(
        iter([Conflict("Hama", "Hama", by_guid["c"][1], by_guid["a"][1])]),
        places=["Hama"],
        items=[c_item],
    )
    assert again == []
    stored = store.query("SELECT item_a, item_b, claim_a, claim_b FROM conflicts ORDER BY id")
    assert [tuple(r) for r in stored] == [
        (by_guid["a"][0].item_id, by_guid["b"][0].item_id, by_guid["a"][0].id, by_guid["b"][0].id),
        (by_guid["a"][0].item_id, c_item, by_guid["a"][1].id, by_guid["c"][1].id),
    ]


def test_add_extraction_and_known_hashes(store: Store) -> None:
    rows = store.write("Wire", [entry("g1", body="Hama and Muhrada"), entry("g2")], NOW)
    (w1, w2) = rows
    places = store.add_extraction(
        [(w1.item_id, "Hama", "Hama", 0, 4), (w1.item_id, "Muhrada", "Hama", 9, 16)],
        [(w1.item_id, [claim(), claim("Muhrada", "captured")], w1.ts), (w2.item_id, [], w2.ts)],
    )
    assert places == {"Hama", "Muhrada"}
    assert store.counts()["mentions"] == 2 and store.counts()["claims"] == 2
    assert {r.place for r in store.claim_records()} == {"Hama", "Muhrada"}
    known = store.known_hashes("Wire")
    assert known == {
        "g1": store_mod.content_hash(entry("g1", body="Hama and Muhrada")),
        "g2": store_mod.content_hash(entry("g2")),
    }
    reader = store.reader()
    try:
        assert store.known_hashes("Wire", reader) == known
        assert store.known_hashes("Nobody", reader) == {}
    finally:
        reader.close()


def test_write_uses_given_hashes(store: Store) -> None:
    e = entry("g1")
    (w,) = store.write("Wire", [e, entry("g1", title="a repeat")], NOW, hashes=["h" * 32, "x"])
    assert w.status == "new"
    assert store.known_hashes("Wire") == {"g1": "h" * 32}
    (again,) = store.write("Wire", [e], NOW)  # the real hash differs: a new revision
    assert again.status == "changed"


def test_a_changed_feed_url_forgets_the_old_sources_redirect_and_validators(store: Store) -> None:
    """A desk that moves a feed to a new URL must not keep fetching the old one's
    permanent redirect, nor send its ETag to the new server."""
    store.upsert_feed(FeedConfig(name="wire", url="https://old.example/rss", side="independent"))
    store.save_feed_state(
        "wire", etag='"abc"', last_modified="Mon, 01 Jan 2024 00:00:00 GMT",
        body_hash="h", permanent_url="https://old.example/moved.xml",
    )  # fmt: skip
    store.upsert_feed(FeedConfig(name="wire", url="https://old.example/rss", side="independent"))
    assert store.feed_states()["wire"]["permanent_url"] == "https://old.example/moved.xml"
    store.upsert_feed(FeedConfig(name="wire", url="https://new.example/feed", side="independent"))
    row = store.feed_states()["wire"]
    assert row["url"] == "https://new.example/feed"
    assert (row["permanent_url"], row["etag"], row["last_modified"], row["body_hash"]) == (
        None, None, None, None,
    )  # fmt: skip


def _fts_ok(store: Store) -> None:
    """FTS5's own check that the index matches the items table (raises if not)."""
    with store.transaction() as c:
        c.execute("INSERT INTO items_fts(items_fts, rank) VALUES ('integrity-check', 1)")


def test_search_index_is_written_per_transaction_and_stays_consistent(store: Store) -> None:
    """New items enter the index in one statement per transaction (schema v2), also when
    an item is inserted and changed in one transaction, and not at all on a rollback."""
    assert not store.query("SELECT name FROM sqlite_master WHERE name = 'items_ai'")
    with store.transaction():
        store.write_entries("Wire", [entry("a", "Rebels enter Ḥamāh", "heavy fighting")], NOW)
        store.write_entries("Wire", [entry("b", "Army holds Homs", "quiet")], NOW)
        # inserted and changed in the same transaction: the old text must be indexed first
        store.write_entries("Wire", [entry("b", "Army holds Homs", "shelling resumed")], NOW)
    assert len(store.search("hamah")) == 1 and len(store.search("shelling")) == 1
    assert store.search("quiet") == []
    with pytest.raises(RuntimeError), store.transaction():
        store.write_entries("Wire", [entry("c", "Rolled back", "never stored")], NOW)
        raise RuntimeError("boom")
    assert store.search("rolled") == []
    store.write_entries("Wire", [entry("d", "Strike on Idlib", "after the rollback")], NOW)
    assert len(store.search("idlib")) == 1
    _fts_ok(store)
