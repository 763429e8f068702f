"""queries.py against a real store polled from the Syria fixture set."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest
from support_tui import SYRIA_NOW, fill_store

from frontline import queries
from frontline.queries import Filters


@pytest.fixture
def syria(syria_config: Path, db_path: Path):
    cfg = fill_store(syria_config, db_path)
    conn = queries.connect(db_path)
    yield cfg, conn, db_path
    conn.close()


def _item_id(conn: sqlite3.Connection, guid: str) -> int:
    return conn.execute("SELECT id FROM items WHERE guid = ?", (guid,)).fetchone()[0]


def _write(db_path: Path, sql: str, args=()) -> None:
    w = sqlite3.connect(db_path)
    w.execute(sql, args)
    w.commit()
    w.close()


def test_latest_claims_newest_first_and_complete(syria):
    cfg, conn, _ = syria
    rows = queries.latest_claims(conn)
    total = conn.execute("SELECT COUNT(*) FROM claims").fetchone()[0]
    assert len(rows) == total > 0
    keys = [(r.ts, r.claim_id) for r in rows]
    assert keys == sorted(keys, reverse=True)
    assert all(r.feed in {f.name for f in cfg.feeds} for r in rows)
    assert len({r.key for r in rows}) == len(rows)


def test_filters_narrow_the_claims(syria):
    _, conn, _ = syria
    hama = queries.latest_claims(conn, Filters(city="Hama"))
    assert hama and {r.city for r in hama} == {"Hama"}
    opp = queries.latest_claims(conn, Filters(side="opposition"))
    assert opp and {r.side for r in opp} == {"opposition"}
    strikes = queries.latest_claims(conn, Filters(kind="strike"))
    assert strikes and {r.kind for r in strikes} == {"strike"}
    nns = queries.latest_claims(conn, Filters(feed="National News Syria"))
    assert nns and {r.feed for r in nns} == {"National News Syria"}
    both = queries.latest_claims(conn, Filters(city="Hama", side="government", kind="holding"))
    assert both and all((r.city, r.side, r.kind) == ("Hama", "government", "holding") for r in both)


def test_unread_only_drops_read_and_dismissed(syria):
    _, conn, db_path = syria
    rows = queries.latest_claims(conn, Filters(unread_only=True))
    first, second = rows[0].item_id, next(r.item_id for r in rows if r.item_id != rows[0].item_id)
    _write(db_path, "INSERT INTO triage(item_id, read) VALUES (?, 1)", (first,))
    _write(db_path, "INSERT INTO triage(item_id, dismissed) VALUES (?, 1)", (second,))
    after = queries.latest_claims(conn, Filters(unread_only=True))
    assert {first, second}.isdisjoint(r.item_id for r in after)
    assert len(after) < len(rows)


def test_text_terms_list_items_without_claims(syria):
    """An untracked name (ad hoc watch) finds the items that mention it, claims or not."""
    _, conn, _ = syria
    rows = queries.latest_claims(conn, Filters(terms=("Beirut",)))
    expected = {
        r[0]
        for r in conn.execute(
            "SELECT id FROM items WHERE title LIKE '%Beirut%' OR body LIKE '%Beirut%'"
        )
    }
    assert {r.item_id for r in rows} == expected and len(expected) >= 2
    bare = [r for r in rows if r.claim_id is None]
    assert bare and all(r.key.startswith("i") and r.place == "Beirut" for r in bare)
    assert any("Beirut" in r.title for r in bare)


@pytest.mark.parametrize("hostile", ['"', 'Hama" OR "', "NEAR(", "*", "a AND", "'; DROP"])
def test_search_text_is_never_fts_syntax(syria, hostile):
    _, conn, _ = syria
    queries.latest_claims(conn, Filters(terms=(hostile,)))  # must not raise


def test_search_finds_claims_of_matching_items(syria):
    _, conn, _ = syria
    rows = queries.latest_claims(conn, Filters(terms=("waterwheels",)))
    assert rows and all("waterwheels" in r.title.casefold() for r in rows)


def test_city_rows_watch_first_and_counts(syria):
    cfg, conn, _ = syria
    rows = queries.city_rows(conn, cfg, SYRIA_NOW, watch="Aleppo")
    assert rows[0].city == "Aleppo"
    assert {r.city for r in rows} == {c.name for c in cfg.cities}
    day_ago = queries.iso(SYRIA_NOW - timedelta(hours=24))
    for r in rows:
        expected = conn.execute(
            "SELECT COUNT(*) FROM claims WHERE city = ? AND ts >= ? AND ts <= ?",
            (r.city, day_ago, queries.iso(SYRIA_NOW)),
        ).fetchone()[0]
        assert r.claims_24h == expected == sum(r.spark)
        assert len(r.spark) == 12
    hama = next(r for r in rows if r.city == "Hama")
    assert hama.open_conflicts > 0
    assert hama.unread > 0
    assert hama.state in {"held", "claimed", "contested", "unknown"}
    assert hama.why


def test_city_rows_show_the_last_known_status_when_the_window_is_empty(syria):
    """A month after the set ends no claim is in the window: each city that ever had a
    claim about itself shows the status as it stood at that claim, dated; cities never
    claimed stay unknown with no date."""
    from frontline import analysis

    cfg, conn, db_path = syria
    later = SYRIA_NOW + timedelta(days=30)
    rows = {r.city: r for r in queries.city_rows(conn, cfg, later)}
    window = cfg.settings.status_window_hours
    dated = 0
    for city in cfg.cities:
        row = rows[city.name]
        about = conn.execute(
            "SELECT MAX(ts) FROM claims WHERE city = ? AND place = ? AND kind != 'strike'",
            (city.name, city.name),
        ).fetchone()[0]
        assert row.as_of == about
        if about is None:
            assert row.state == "unknown" and not row.side
            continue
        dated += 1
        at = queries.parse_time(about)
        expected = analysis.city_status(
            city.name,
            [r for r in queries.claim_records(conn, city=city.name) if not r.dismissed],
            at,
            window,
        )
        assert (row.state, row.side, row.why) == (expected.state, expected.side, expected.why)
    assert dated >= 2
    # Inside the window the live status is shown, undated.
    now_rows = {r.city: r for r in queries.city_rows(conn, cfg, SYRIA_NOW)}
    assert now_rows["Hama"].as_of is None
    # A dismissed last claim drops out of the last known picture too.
    last = conn.execute(
        "SELECT item_id, ts FROM claims WHERE city = 'Hama' AND place = 'Hama' "
        "AND kind != 'strike' ORDER BY ts DESC, id DESC LIMIT 1"
    ).fetchone()
    _write(db_path, "INSERT INTO triage(item_id, dismissed) VALUES (?, 1)", (last[0],))
    again = {r.city: r for r in queries.city_rows(conn, cfg, later)}
    assert again["Hama"].as_of is not None and again["Hama"].as_of <= last[1]


def test_city_rows_adhoc_watch(syria):
    cfg, conn, _ = syria
    rows = queries.city_rows(conn, cfg, SYRIA_NOW, watch="Cairo")
    assert rows[0].city == "Cairo" and not rows[0].tracked
    assert "1 items" in rows[0].why


def test_conflicts_and_dismissal(syria):
    _, conn, db_path = syria
    rows = queries.conflict_rows(conn)
    total = conn.execute("SELECT COUNT(*) FROM conflicts").fetchone()[0]
    assert len(rows) == total > 0
    k = rows[0]
    assert k.a.claimant_side != k.b.claimant_side
    assert k.a.feed and k.b.feed and k.a.ts and k.b.ts
    _write(db_path, "INSERT INTO triage(item_id, dismissed) VALUES (?, 1)", (k.a.item_id,))
    after = queries.conflict_rows(conn)
    assert all(k.a.item_id not in (x.a.item_id, x.b.item_id) for x in after)
    assert len(after) < len(rows)
    hama_only = queries.conflict_rows(conn, city="Hama")
    assert hama_only and {x.city for x in hama_only} == {"Hama"}


def test_item_detail_has_offsets_inside_the_text(syria):
    _, conn, db_path = syria
    item = _item_id(conn, "https://nns.example/en/2024/12/04/0015")
    _write(
        db_path,
        "INSERT INTO notes(item_id, text, created) VALUES (?, 'check', '2024-12-05T01:00:00Z')",
        (item,),
    )
    d = queries.item_detail(conn, item)
    assert d is not None and d.feed == "National News Syria"
    assert d.mentions and d.claims
    for place, _city, start, end in d.mentions:
        assert d.text[start:end].casefold() in {place.casefold(), "the city"} or end > start
    assert d.notes == (("2024-12-05T01:00:00Z", "check"),)
    assert queries.item_detail(conn, 10**9) is None


def test_feed_health_header_watermark(syria):
    cfg, conn, db_path = syria
    health = queries.feed_health(conn)
    assert {h.name for h in health} == {f.name for f in cfg.feeds}
    assert all(h.items > 0 for h in health)
    head = queries.header(conn)
    assert (head.feeds_ok, head.feeds_failing) == (len(cfg.feeds), 0)
    _write(
        db_path,
        "UPDATE feeds SET error_streak = 3, last_error = 'HTTP 503' WHERE name = 'Desk Wire'",
    )
    health = queries.feed_health(conn)
    assert health[0].name == "Desk Wire" and health[0].failing
    assert queries.header(conn).feeds_failing == 1
    mark = queries.watermark(conn)
    assert mark[0] == conn.execute("SELECT MAX(id) FROM items").fetchone()[0]


def test_new_claims_and_conflicts_since(syria):
    _, conn, _ = syria
    mark = queries.watermark(conn)
    assert queries.new_claims(conn, mark[1]) == []
    some = queries.new_claims(conn, mark[1] - 3)
    assert [c.claim_id for c in some] == [mark[1] - 2, mark[1] - 1, mark[1]]
    assert len(queries.new_conflicts(conn, mark[2] - 1)) == 1


def test_snapshot_reads_everything(syria):
    cfg, conn, _ = syria
    snap = queries.snapshot(conn, cfg, SYRIA_NOW, Filters(city="Hama"), watch="Hama")
    assert snap.claims and all(c.city == "Hama" for c in snap.claims)
    assert snap.cities[0].city == "Hama"
    assert all(k.city == "Hama" for k in snap.conflicts)
    assert set(snap.feeds) == {f.name for f in cfg.feeds}


def test_now_override(monkeypatch):
    monkeypatch.setenv("FRONTLINE_NOW", "2024-12-05T06:00:00Z")
    assert queries.now_utc() == SYRIA_NOW
    assert queries.now_utc(SYRIA_NOW + timedelta(hours=1)) == SYRIA_NOW + timedelta(hours=1)
    monkeypatch.setenv("FRONTLINE_NOW", "garbage")
    assert queries.now_utc().year >= 2025


def test_city_rows_spark_buckets_match_claim_times(syria):
    cfg, conn, _ = syria
    day_ago = SYRIA_NOW - timedelta(hours=24)
    for r in queries.city_rows(conn, cfg, SYRIA_NOW):
        expected = [0] * 12
        for (ts,) in conn.execute(
            "SELECT ts FROM claims WHERE city = ? AND ts >= ? AND ts <= ?",
            (r.city, queries.iso(day_ago), queries.iso(SYRIA_NOW)),
        ):
            hours = (queries.parse_time(ts) - day_ago).total_seconds() / 3600
            expected[min(int(hours // 2), 11)] += 1
        assert r.spark == tuple(expected)


def test_status_cache_recomputes_only_cities_whose_claims_changed(syria):
    """A refresh with nothing new reuses every city's status; a verified claim or a
    newer minute recomputes, and cached rows always equal freshly computed ones."""
    cfg, conn, db_path = syria
    n = len(cfg.cities)
    cache = queries.StatusCache()
    first = queries.city_rows(conn, cfg, SYRIA_NOW, cache=cache)
    assert first == queries.city_rows(conn, cfg, SYRIA_NOW)
    assert (cache.hits, cache.misses) == (0, n)
    assert queries.city_rows(conn, cfg, SYRIA_NOW, cache=cache) == first
    assert (cache.hits, cache.misses) == (n, n)
    # Verify a claim about Hama that contradicts its current picture: only Hama changes.
    item = conn.execute(
        "SELECT item_id FROM claims WHERE city = 'Hama' AND place = 'Hama' "
        "AND kind IN ('captured', 'holding') AND ts <= ? ORDER BY ts DESC LIMIT 1",
        (queries.iso(SYRIA_NOW),),
    ).fetchone()[0]
    _write(db_path, "INSERT INTO triage(item_id, verified) VALUES (?, 1)", (item,))
    after = queries.city_rows(conn, cfg, SYRIA_NOW, cache=cache)
    assert after == queries.city_rows(conn, cfg, SYRIA_NOW)
    assert (cache.hits, cache.misses) == (2 * n - 1, n + 1)
    hama = {r.city: r for r in after}["Hama"]
    assert hama.why.startswith("verified:") and hama != {r.city: r for r in first}["Hama"]
    # A new minute starts the window later: everything is decided again.
    later = SYRIA_NOW + timedelta(minutes=1)
    assert queries.city_rows(conn, cfg, later, cache=cache) == queries.city_rows(conn, cfg, later)
    assert cache.misses == 2 * n + 1


def test_loader_runs_load_in_a_helper_process_with_the_same_result(syria):
    cfg, _, db_path = syria
    loader = queries.Loader()
    here = loader.load(db_path, cfg, SYRIA_NOW, Filters(), "Hama", (0, 0, 0))
    loader.start()
    try:
        assert loader.in_process
        there = loader.load(db_path, cfg, SYRIA_NOW, Filters(), "Hama", (0, 0, 0))
    finally:
        loader.close()
    assert there == here and here[0].claims and here[1] and here[2]
    assert not loader.in_process
    assert loader.load(db_path, cfg, SYRIA_NOW, Filters())[0] == here[0]
