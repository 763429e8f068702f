"""pipeline: ingest and poll the labelled fixtures through real files, HTTP and SQLite."""

from __future__ import annotations

import json
import shutil
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from frontline import config as cfg
from frontline import parse, pipeline
from frontline.models import Config
from frontline.store import Store


def labels(set_dir: Path) -> dict[str, dict]:
    lines = (set_dir / "labels.jsonl").read_text(encoding="utf-8").splitlines()
    return {rec["guid"]: rec for rec in map(json.loads, filter(None, lines))}


def exported_cities(store: Store) -> dict[str, list[str]]:
    return {r["guid"]: r["cities"] for r in store.export_items()}


@pytest.fixture
def syria_copy(tmp_path: Path, syria_config: Path) -> Path:
    """A writable copy of the syria set, so tests can edit its feeds."""
    dest = tmp_path / "syria"
    shutil.copytree(syria_config.parent, dest)
    return dest / "config.toml"


def count_parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    calls: list[str] = []
    real = parse.parse_bytes

    def counting(data: bytes, feed_name: str, now=None):
        calls.append(feed_name)
        return real(data, feed_name, now)

    monkeypatch.setattr(parse, "parse_bytes", counting)
    return calls


@pytest.mark.parametrize("name", ["syria", "sudan"])
def test_ingest_fixture_sets_stores_every_item_with_its_cities(
    fixtures_dir: Path, db_path: Path, name: str
) -> None:
    set_dir = fixtures_dir / name
    conf = cfg.load(set_dir / "config.toml")
    with Store(db_path) as store:
        report = pipeline.ingest(conf, store, sorted((set_dir / "feeds").glob("*.xml")))
        assert not report.feeds_failed
        assert sorted(report.feeds_ok) == sorted(f.name for f in conf.feeds)
        gold = labels(set_dir)
        got = exported_cities(store)
        assert report.new_items == len(gold) == len(got)
        assert {g: sorted(r["cities"]) for g, r in gold.items()} == got
        feeds = {r["guid"]: r["feed"] for r in store.export_items()}
        assert feeds == {g: r["feed"] for g, r in gold.items()}


def test_poll_once_then_again_stores_no_duplicates_and_skips_parsing(
    syria_copy: Path, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    conf = cfg.load(syria_copy)
    calls = count_parses(monkeypatch)
    with Store(db_path) as store:
        first = pipeline.poll_once(conf, store)
        assert sorted(first.feeds_ok) == sorted(f.name for f in conf.feeds)
        assert first.new_items == 44 and len(calls) == 6
        counts = store.counts()
        second = pipeline.poll_once(conf, store)
        assert second.new_items == 0 and second.changed_items == 0
        assert sorted(second.feeds_unchanged) == sorted(f.name for f in conf.feeds)
        assert len(calls) == 6  # unchanged bodies were not parsed again
        assert store.counts() == counts
        outcomes = [r[0] for r in store.query("SELECT outcome FROM fetch_log ORDER BY id")]
        assert outcomes == ["ok"] * 6 + ["unchanged"] * 6
        health = {r["name"]: r for r in store.feed_health()}
        assert all(h["last_success"] and h["next_check"] for h in health.values())


def test_a_changed_item_becomes_a_revision(syria_copy: Path, db_path: Path) -> None:
    conf = cfg.load(syria_copy)
    feed = syria_copy.parent / "feeds" / "nns.xml"
    with Store(db_path) as store:
        pipeline.poll_once(conf, store)
        text = feed.read_text(encoding="utf-8")
        old = "Army foils infiltration attempt on Rastan, north of Homs"
        assert old in text
        feed.write_text(text.replace(old, "Army foils attack on Rastan and Talbiseh"), "utf-8")
        report = pipeline.poll_once(conf, store)
        assert report.new_items == 0 and report.changed_items == 1
        rows = store.query("SELECT title, revision FROM items WHERE title LIKE 'Army foils%'")
        assert [tuple(r) for r in rows] == [("Army foils attack on Rastan and Talbiseh", 2)]
        assert store.counts()["item_revisions"] == 1
        places = store.query(
            "SELECT place FROM mentions m JOIN items i ON i.id = m.item_id"
            " WHERE i.title LIKE 'Army foils%' ORDER BY start"
        )
        assert [r[0] for r in places][:2] == ["Rastan", "Talbiseh"]  # the new title


def test_a_broken_feed_fails_alone_and_loses_nothing(syria_copy: Path, db_path: Path) -> None:
    conf = cfg.load(syria_copy)
    with Store(db_path) as store:
        pipeline.poll_once(conf, store)
        before = store.counts()["items"]
        (syria_copy.parent / "feeds" / "gmd.xml").write_text(
            "<html><body>502 Bad Gateway</body></html>", encoding="utf-8"
        )
        (syria_copy.parent / "feeds" / "fnm.xml").unlink()
        report = pipeline.poll_once(conf, store)
        assert set(report.feeds_failed) == {"Gulf Morning Digest", "Free North Media"}
        assert "HTML" in report.feeds_failed["Gulf Morning Digest"]
        assert "not found" in report.feeds_failed["Free North Media"]
        assert all("\n" not in e for e in report.feeds_failed.values())
        assert store.counts()["items"] == before
        health = {r["name"]: r for r in store.feed_health()}
        assert health["Gulf Morning Digest"]["error_streak"] == 1
        assert health["Desk Wire"]["error_streak"] == 0


class _FeedHandler(BaseHTTPRequestHandler):
    body = b""
    requests: list[str | None] = []

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        etag = '"v1"'
        type(self).requests.append(self.headers.get("If-None-Match"))
        if self.headers.get("If-None-Match") == etag:
            self.send_response(304)
            self.send_header("ETag", etag)
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", "application/rss+xml")
        self.send_header("ETag", etag)
        self.send_header("Content-Length", str(len(self.body)))
        self.end_headers()
        self.wfile.write(self.body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def http_feed(fixtures_dir: Path) -> Iterator[tuple[str, type[_FeedHandler]]]:
    handler = type("Handler", (_FeedHandler,), {"requests": []})
    handler.body = (fixtures_dir / "syria" / "feeds" / "deskwire.xml").read_bytes()
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/rss", handler
    server.shutdown()
    server.server_close()


def test_poll_over_http_uses_conditional_get(
    syria_config: Path, db_path: Path, http_feed, monkeypatch: pytest.MonkeyPatch
) -> None:
    url, handler = http_feed
    text = syria_config.read_text(encoding="utf-8").split("[[feeds]]")[0]
    text += f'[[feeds]]\nname = "Desk Wire"\nurl = "{url}"\nside = "independent"\n'
    conf = cfg.loads(text, syria_config)
    calls = count_parses(monkeypatch)
    with Store(db_path) as store:
        first = pipeline.poll_once(conf, store)
        assert first.feeds_ok == ["Desk Wire"] and first.new_items > 0
        second = pipeline.poll_once(conf, store)
        assert second.feeds_unchanged == ["Desk Wire"] and second.new_items == 0
        assert handler.requests == [None, '"v1"']
        assert calls == ["Desk Wire"]
        assert store.feed_state("Desk Wire")["etag"] == '"v1"'


def test_due_only_skips_feeds_not_yet_due(syria_config: Path, db_path: Path) -> None:
    conf = cfg.load(syria_config)
    with Store(db_path) as store:
        pipeline.poll_once(conf, store)
        report = pipeline.poll_once(conf, store, due_only=True)
        assert report.feeds_ok == [] and report.feeds_failed == {}
        assert pipeline.next_due(store, conf) > report.started


def test_poll_forever_stops_when_asked(syria_config: Path, db_path: Path) -> None:
    conf = cfg.load(syria_config)
    stop = threading.Event()
    reports: list[pipeline.Report] = []

    def on_report(report: pipeline.Report) -> None:
        reports.append(report)
        stop.set()

    with Store(db_path) as store:
        pipeline.poll_forever(conf, store, stop, on_report)
        assert len(reports) == 1 and reports[0].new_items == 44
        assert "44 new items" in reports[0].summary()


def test_reextract_rebuilds_mentions_from_stored_items(syria_config: Path, db_path: Path) -> None:
    conf: Config = cfg.load(syria_config)
    with Store(db_path) as store:
        pipeline.poll_once(conf, store)
        before = exported_cities(store)
        store.conn.execute("DELETE FROM mentions")
        assert all(not c for c in exported_cities(store).values())
        pipeline.reextract(conf, store)
        assert exported_cities(store) == before


def _claim_rows(store: Store) -> list[tuple]:
    return sorted(
        tuple(r)
        for r in store.query(
            "SELECT i.guid, c.place, c.city, c.side, c.kind, c.claimant, c.claimant_side,"
            " c.sentence, c.ts FROM claims c JOIN items i ON i.id = c.item_id"
        )
    )


def test_reextract_in_workers_streams_batches_and_matches_in_process(
    syria_config: Path, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Re-extraction in the worker processes, a few items per job (so many jobs are in
    flight), stores exactly what extraction in this process stores, conflicts included."""
    conf: Config = cfg.load(syria_config)
    monkeypatch.setattr(pipeline, "REEXTRACT_BATCH", 7)
    with Store(db_path) as store:
        pipeline.poll_once(conf, store)
        polled = _claim_rows(store)
        conflicts = store.counts()["conflicts"]
        assert polled and conflicts
        store.conn.execute("DELETE FROM claims")
        store.conn.execute("DELETE FROM mentions")
        pool = parse.ParsePool(max_workers=2)
        try:
            report = pipeline.reextract(conf, store, pool=pool)
            assert pool.started
        finally:
            pool.close()
        assert report.new_claims == len(polled)
        assert _claim_rows(store) == polled
        assert store.counts()["conflicts"] == conflicts
        pipeline.reextract(conf, store, stages=pipeline.Stages(conf))  # in this process
        assert _claim_rows(store) == polled


class _DripHandler(BaseHTTPRequestHandler):
    """Sends headers, then one byte a second: a fetch that does not end by itself."""

    started = threading.Event()
    release = threading.Event()

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        self.send_response(200)
        self.send_header("Content-Length", "100000")
        self.end_headers()
        type(self).started.set()
        while not type(self).release.wait(0.2):
            try:
                self.wfile.write(b" ")
                self.wfile.flush()
            except OSError:
                return

    def log_message(self, *args: object) -> None:
        pass


def test_setting_stop_cancels_a_cycle_in_flight(
    syria_config: Path, db_path: Path, tmp_path: Path
) -> None:
    handler = type(
        "Drip", (_DripHandler,), {"started": threading.Event(), "release": threading.Event()}
    )
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        text = syria_config.read_text(encoding="utf-8").split("[[feeds]]")[0]
        url = f"http://127.0.0.1:{server.server_port}/slow"
        text += f'[settings]\nread_timeout = 30.0\ntotal_timeout = 60.0\n\n[[feeds]]\nname = "Slow"\nurl = "{url}"\n'
        conf = cfg.loads(text, tmp_path / "config.toml")
        stop = threading.Event()
        reports: list[pipeline.Report] = []
        with Store(db_path) as store:
            poller = threading.Thread(
                target=pipeline.poll_forever, args=(conf, store, stop, reports.append)
            )
            poller.start()
            assert handler.started.wait(20), "the slow feed was never requested"
            stop.set()
            poller.join(20)  # a bound for a hung test, not a speed goal
            alive = poller.is_alive()
            handler.release.set()
            poller.join(20)
            assert not alive, "poll_forever did not stop while a fetch was in flight"
            assert reports == []
    finally:
        handler.release.set()
        server.shutdown()
        server.server_close()


def test_poll_forever_survives_a_failed_cycle(
    syria_config: Path, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    conf = cfg.load(syria_config)
    real = pipeline.poll_once_async
    calls = {"n": 0}

    async def flaky(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 1:
            raise OSError("disk I/O error")
        return await real(*args, **kwargs)

    monkeypatch.setattr(pipeline, "poll_once_async", flaky)
    stop = threading.Event()
    reports: list[pipeline.Report] = []

    def on_report(report: pipeline.Report) -> None:
        reports.append(report)
        if len(reports) == 2:
            stop.set()

    with Store(db_path) as store:
        pipeline.poll_forever(conf, store, stop, on_report, error_sleep=0)
        assert reports[0].error == "OSError: disk I/O error" and not reports[0].ok
        assert "cycle failed: OSError: disk I/O error" in reports[0].summary()
        assert reports[1].ok and reports[1].new_items == 44


def gold_conflicts(set_dir: Path) -> set[tuple[str, str, str]]:
    lines = (set_dir / "conflicts.jsonl").read_text(encoding="utf-8").splitlines()
    return {(r["place"], r["a"], r["b"]) for r in map(json.loads, filter(None, lines))}


def stored_conflicts(store: Store) -> set[tuple[str, str, str]]:
    return {(r["place"], r["a"], r["b"]) for r in store.export_conflicts()}


def test_conflicts_found_across_polls_equal_a_single_pass(syria_copy: Path, db_path: Path) -> None:
    """Feeds arriving in two polls give the same conflicts as one poll of everything."""
    full = cfg.load(syria_copy)
    first_half = cfg.loads(
        syria_copy.read_text(encoding="utf-8").split('[[feeds]]\nname = "Free North')[0],
        syria_copy,
    )  # fmt: skip
    assert 0 < len(first_half.feeds) < len(full.feeds)
    with Store(db_path) as store:
        pipeline.poll_once(first_half, store)
        partial = stored_conflicts(store)
        assert partial < gold_conflicts(syria_copy.parent)
        report = pipeline.poll_once(full, store)
        assert stored_conflicts(store) == gold_conflicts(syria_copy.parent)
        assert len(report.new_conflicts) == len(gold_conflicts(syria_copy.parent) - partial)


def test_an_edited_item_drops_its_conflicts(syria_copy: Path, db_path: Path) -> None:
    conf = cfg.load(syria_copy)
    feed = syria_copy.parent / "feeds" / "nns.xml"
    guid = "https://nns.example/en/2024/12/04/0015"
    with Store(db_path) as store:
        pipeline.poll_once(conf, store)
        before = stored_conflicts(store)
        assert before == gold_conflicts(syria_copy.parent)
        involved = {k for k in before if guid in k[1:]}
        assert involved
        text = feed.read_text(encoding="utf-8")
        head, rest = text.split(f"<link>{guid}</link>", 1)
        title_start = head.rindex("<title>")
        desc_end = rest.index("</description>") + len("</description>")
        edited = (
            head[:title_start]
            + "<title>Correction: story withdrawn</title>"
            + f"<link>{guid}</link>"
            + rest[: rest.index("<description>")]
            + "<description>This story has been withdrawn.</description>"
            + rest[desc_end:]
        )
        feed.write_text(edited, encoding="utf-8")
        report = pipeline.poll_once(conf, store)
        assert report.changed_items == 1
        assert stored_conflicts(store) == before - involved


# --------------------------------------------------------------------------- the fast path


def exported_claims(store: Store) -> list[tuple]:
    return sorted(
        (r["guid"], r["place"], r["kind"], r["side"], r["claimant_side"], r["sentence"])
        for r in store.export_claims()
    )


def test_worker_processes_store_what_this_process_would(syria_config: Path, tmp_path: Path) -> None:
    """Parse, match and extract in worker processes: the same items, mentions, claims and
    conflicts as doing everything in this process with explicit stages."""
    conf = cfg.load(syria_config)
    with Store(tmp_path / "here.db") as here:
        pipeline.poll_once(conf, here, stages=pipeline.Stages(conf))
        expected = (exported_cities(here), exported_claims(here), stored_conflicts(here))
    with parse.ParsePool(max_workers=2, inline_bytes=0) as pool, Store(tmp_path / "w.db") as st:
        report = pipeline.poll_once(conf, st, pool=pool)
        assert pool.started  # the work really went to the workers
        got = (exported_cities(st), exported_claims(st), stored_conflicts(st))
        assert report.new_items == 44 and report.new_claims == len(expected[1])
        assert report.timings["extract"] > 0 and report.timings["parse"] > 0
    assert got == expected
    assert expected[1] and expected[2]


def test_a_changed_feed_extracts_only_its_changed_items(
    syria_copy: Path, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from frontline.match import PlaceMatcher

    conf = cfg.load(syria_copy)
    feed = syria_copy.parent / "feeds" / "nns.xml"
    seen: list[str] = []
    real = PlaceMatcher.find

    def counting(self: PlaceMatcher, text: str):
        seen.append(text)
        return real(self, text)

    monkeypatch.setattr(PlaceMatcher, "find", counting)
    with Store(db_path) as store:
        pipeline.poll_once(conf, store)
        assert len(seen) == 44
        old = "Army foils infiltration attempt on Rastan, north of Homs"
        text = feed.read_text(encoding="utf-8")
        feed.write_text(text.replace(old, "Army foils attack on Rastan and Talbiseh"), "utf-8")
        report = pipeline.poll_once(conf, store)
        assert report.changed_items == 1
        assert [t.split("\n")[0] for t in seen[44:]] == ["Army foils attack on Rastan and Talbiseh"]


def test_a_warm_poll_builds_no_extractor_and_starts_no_worker(
    syria_config: Path, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from frontline import claims

    conf = cfg.load(syria_config)
    with Store(db_path) as store, parse.ParsePool(max_workers=2, inline_bytes=0) as pool:
        pipeline.poll_once(conf, store, pool=pool)
        pool.close()
        pipeline._LOCAL_STAGES.clear()

        def refuse(*args, **kwargs):
            raise AssertionError("the extractor was built for a poll that found nothing new")

        monkeypatch.setattr(claims.Extractor, "__init__", refuse)
        counts = store.counts()
        report = pipeline.poll_once(conf, store, pool=pool)
        assert report.ok and len(report.feeds_unchanged) == len(conf.feeds)
        assert not pool.started
        assert store.counts() == counts
        logged = store.query("SELECT count(*) FROM fetch_log WHERE outcome = 'unchanged'")
        assert logged[0][0] == len(conf.feeds)


def test_process_document_skips_known_and_repeated_items(syria_config: Path) -> None:
    conf = cfg.load(syria_config)
    data = (syria_config.parent / "feeds" / "nns.xml").read_bytes()
    stages = pipeline.Stages(conf)
    first = pipeline.process_document(stages, "NNS", data, None, "government")
    assert first.doc.entries and all(m is not None for m in first.mentions)
    assert any(first.claims)
    known = {e.guid: h for e, h in zip(first.doc.entries, first.hashes, strict=True)}
    changed = next(iter(known))
    known[changed] = "0" * 32  # as if the stored copy had other text
    again = pipeline.process_document(stages, "NNS", data, None, "government", known)
    done = [e.guid for e, m in zip(again.doc.entries, again.mentions, strict=True) if m is not None]
    assert done == [changed]
    assert again.hashes == first.hashes


def _dies_in_a_worker(x: int) -> int:
    """A job that dies like an OOM-killed worker, and works in the main process."""
    import multiprocessing
    import os

    if multiprocessing.parent_process() is not None:
        os._exit(1)
    return x * 2


async def test_a_job_whose_worker_dies_is_run_in_this_process() -> None:
    with parse.ParsePool(max_workers=2) as pool:
        assert await pool.call(_dies_in_a_worker, 21) == 42
        assert not pool.started  # the broken pool was dropped; the next call starts afresh


def _cold_desk(tmp_path: Path, feeds: int, items: int) -> Config:
    """A config of ``feeds`` never-fetched local feeds of ``items`` ~2 KB items each."""
    paras = "Rebels said they had entered Hama after heavy fighting overnight. " * 30
    names = []
    for f in range(feeds):
        body = "".join(
            f"<item><guid>f{f}-{i}</guid><title>Report {i}</title>"
            f"<description>{paras}</description></item>"
            for i in range(items)
        )
        (tmp_path / f"f{f}.xml").write_text(
            f'<?xml version="1.0"?><rss version="2.0"><channel><title>F{f}</title>{body}'
            "</channel></rss>"
        )
        names.append(f'[[feeds]]\nname = "F{f}"\nurl = "file:f{f}.xml"\n')
    path = tmp_path / "config.toml"
    path.write_text('[[cities]]\nname = "Hama"\n\n' + "\n".join(names))
    return cfg.load(path)


@pytest.mark.parametrize(("items", "pool_used"), [(3, False), (120, True)])
def test_a_cold_start_of_big_feeds_starts_the_workers_at_once(
    tmp_path: Path, db_path: Path, items: int, pool_used: bool
) -> None:
    """Feeds never fetched before, whose first body shows the cycle will be big, start the
    worker pool at once (their stages build while the rest downloads); small ones stay
    in this process. Either way every item is stored, and a warm poll starts nothing."""
    conf = _cold_desk(tmp_path, feeds=5, items=items)
    pipeline._LOCAL_STAGES.clear()
    with Store(db_path) as store:
        pool = parse.ParsePool(max_workers=2)
        try:
            report = pipeline.poll_once(conf, store, pool=pool)
            assert report.new_items == 5 * items and not report.feeds_failed
            assert pool.started is pool_used
            # this process built no matcher or extractor: every body went to the workers
            built_here = pipeline._config_token(conf) in pipeline._LOCAL_STAGES
            assert built_here is not pool_used
        finally:
            pool.close()
        again = parse.ParsePool(max_workers=2)
        try:
            assert pipeline.poll_once(conf, store, pool=again).new_items == 0
            assert not again.started
        finally:
            again.close()
