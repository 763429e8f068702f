"""Hostile feed content through the real pipeline: parse → store → match → extract → render.

Each case first stores a good version of the feed, then polls the hostile body for the
same feed (a ``file:`` URL), and checks: no exception, a recorded problem where the body
is no feed, nothing stored earlier lost, no control/bidi/zero-width character in anything
stored, and markup kept literally (never interpreted) by the UI's render functions.
"""

from __future__ import annotations

import io
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hostile import content
from hostile.content import CASES, FORBIDDEN, Case
from hostile.harness import all_text, feed_row, keys, read_only, run_cli, write_config
from rich.console import Console
from rich.text import Text

from frontline import config as config_mod
from frontline import pipeline, queries
from frontline.parse import parse_bytes
from frontline.store import Store

TS = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")


class Desk:
    """A config with a hostile feed ``H`` and a well-behaved neighbour ``G``, both files."""

    def __init__(self, tmp: Path) -> None:
        self.hostile = tmp / "hostile.xml"
        self.good = tmp / "good.xml"
        self.hostile.write_bytes(content.good_feed("before"))
        self.good.write_bytes(content.good_feed("neighbour"))
        self.config_path = write_config(
            tmp,
            {"H": self.hostile.as_uri(), "G": self.good.as_uri()},
            sides={"H": "opposition"},
        )
        self.config = config_mod.load(self.config_path)
        self.db = tmp / "frontline.db"
        self.store = Store(self.db)

    def poll(self) -> pipeline.Report:
        return pipeline.poll_once(self.config, self.store)

    def close(self) -> None:
        self.store.close()


@pytest.fixture
def desk(tmp_path: Path):
    d = Desk(tmp_path)
    first = d.poll()
    assert first.ok, first.feeds_failed
    yield d
    d.close()


BEFORE = {("H", f"before-{i}") for i in range(3)} | {("G", f"neighbour-{i}") for i in range(3)}


def assert_clean_store(db: Path) -> None:
    """No stored string anywhere carries a control, bidi or zero-width character."""
    for value in all_text(db):
        bad = {f"U+{ord(c):04X}" for c in value if c in FORBIDDEN}
        assert not bad, f"{sorted(bad)} stored in {value[:80]!r}"


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_hostile_body(case: Case, desk: Desk) -> None:
    desk.hostile.write_bytes(case.make())
    report = desk.poll()

    stored = keys(desk.db)
    assert stored >= BEFORE, "items stored before the hostile body were lost"
    assert "G" in report.feeds_ok
    row = feed_row(desk.db, "H")
    if case.is_feed:
        assert "H" in report.feeds_ok, report.feeds_failed
        assert {("H", g) for g in case.guids} <= stored
    else:
        assert "H" in report.feeds_failed
        assert row["error_streak"] == 1
        assert row["last_error"] and "\n" not in row["last_error"]
        with read_only(desk.db) as conn:
            last = conn.execute(
                "SELECT outcome, error FROM fetch_log WHERE feed_id = ? ORDER BY id DESC",
                (row["id"],),
            ).fetchone()
        assert last["outcome"] == "error" and last["error"]
    if case.warns:
        assert any(w.startswith("H:") for w in report.warnings), report.warnings
    assert_clean_store(desk.db)
    stored_text = all_text(desk.db)
    for never in case.never:
        assert not any(never in v for v in stored_text), never
    with read_only(desk.db) as conn:
        for (ts,) in conn.execute("SELECT ts FROM items"):
            assert TS.match(ts), ts


def test_markup_is_stored_and_rendered_literally(desk: Desk) -> None:
    from frontline.tui import render

    desk.hostile.write_bytes(content.markup_feed())
    desk.poll()
    with read_only(desk.db) as conn:
        titles = {r["guid"]: (r["id"], r["title"]) for r in conn.execute("SELECT * FROM items")}
        for i, markup in enumerate(content.MARKUP_TITLES):
            item_id, title = titles[f"markup-{i}"]
            assert title == " ".join(markup.split())
            detail = queries.item_detail(conn, item_id)
            assert detail is not None
            text = render.detail(detail, render.Palette(["government", "opposition"]))
            assert isinstance(text, Text)
            assert markup in text.plain
            for span in text.spans:
                style = str(span.style)
                assert "@click" not in style and "link" not in style, style
            assert render.plain(title).plain == " ".join(markup.split())
            console = Console(record=True, width=200, color_system=None, file=io.StringIO())
            console.print(text)
            assert "\x1b" not in console.export_text()


def test_escape_sequences_never_reach_the_screen(desk: Desk) -> None:
    from frontline.tui import render

    desk.hostile.write_bytes(content.escapes_feed())
    desk.poll()
    with read_only(desk.db) as conn:
        ids = [r[0] for r in conn.execute("SELECT id FROM items WHERE guid LIKE 'esc%'")]
        assert len(ids) == 2 * len(content.ESCAPES)
        for item_id in ids:
            detail = queries.item_detail(conn, item_id)
            text = render.detail(detail, render.Palette(["government", "opposition"]))
            assert not set(text.plain) & FORBIDDEN
    assert_clean_store(desk.db)


def test_invisibles_are_stripped_so_places_still_match(desk: Desk) -> None:
    desk.hostile.write_bytes(content.invisibles_feed())
    desk.poll()
    with read_only(desk.db) as conn:
        row = conn.execute("SELECT id, title FROM items WHERE guid = 'inv-0'").fetchone()
        assert row["title"] == "Hama is held by rebels"
        cities = {
            r[0] for r in conn.execute("SELECT city FROM mentions WHERE item_id = ?", (row["id"],))
        }
    assert "Hama" in cities


def test_huge_title_is_stored_and_renders(desk: Desk) -> None:
    from frontline.tui import render

    desk.hostile.write_bytes(content.huge_title_feed())
    desk.poll()
    with read_only(desk.db) as conn:
        row = conn.execute("SELECT id, title FROM items WHERE guid = 'huge-1'").fetchone()
        assert len(row["title"]) >= 99_000
        detail = queries.item_detail(conn, row["id"])
    cell = render.plain(row["title"])
    assert cell.no_wrap and len(cell.plain) == len(row["title"])
    assert row["title"][:50] in render.detail(detail, render.Palette([])).plain


def test_external_entity_reads_no_file(desk: Desk, tmp_path: Path) -> None:
    secret_path, secret = content.secret_file(str(tmp_path / "outside"))
    desk.hostile.write_bytes(content.external_entity(secret_path))
    desk.poll()
    assert not any(secret in v for v in all_text(desk.db))
    for f in desk.db.parent.glob("frontline.db*"):
        assert secret.encode() not in f.read_bytes()


def test_external_entity_at_parse_level(tmp_path: Path) -> None:
    secret_path, secret = content.secret_file(str(tmp_path))
    parsed = parse_bytes(content.external_entity(secret_path), "H")
    for e in parsed.entries:
        assert secret not in e.title + e.body


def test_a_body_that_is_a_local_path_is_not_read(desk: Desk, tmp_path: Path) -> None:
    """feedparser reads a str or bytes argument as a file path when one exists there: a
    server answering with "/home/.../feed.xml" (or "/dev/zero") must not make us read it."""
    local = tmp_path / "private" / "desk-notes.xml"
    local.parent.mkdir()
    local.write_bytes(content.good_feed("PRIVATE-DESK-NOTE"))
    assert parse_bytes(str(local).encode(), "H").entries == ()
    desk.hostile.write_bytes(str(local).encode())
    desk.poll()
    assert not any("PRIVATE-DESK-NOTE" in v for v in all_text(desk.db))
    assert "not a feed" in (feed_row(desk.db, "H")["last_error"] or "")


def test_future_dates_are_clamped_and_bad_dates_fall_back(desk: Desk) -> None:
    desk.hostile.write_bytes(content.dates_feed())
    desk.poll()
    now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    with read_only(desk.db) as conn:
        rows = {
            r["guid"]: dict(r) for r in conn.execute("SELECT * FROM items WHERE guid LIKE 'date-%'")
        }
    assert set(rows) == {f"date-{i}" for i in range(len(content.BAD_DATES))} | {
        "date-future",
        "date-missing",
    }
    for guid, row in rows.items():
        assert row["ts"] <= row["first_seen"] <= now, guid
        if guid != "date-future":
            assert row["ts"] == row["first_seen"], guid
        assert not (row["published"] or "").startswith("2099")


def test_missing_and_duplicate_guids_are_stable(desk: Desk) -> None:
    desk.hostile.write_bytes(content.guid_feed())
    desk.poll()
    first = keys(desk.db)
    assert len([k for k in first if k[0] == "H"]) == 3 + 5  # every item kept, once
    desk.hostile.write_bytes(content.guid_feed() + b"\n")  # same items, new body hash
    desk.poll()
    assert keys(desk.db) == first, "a re-poll of guid-less items made duplicates"


def test_fifty_thousand_items(tmp_path: Path) -> None:
    big = tmp_path / "big.xml"
    big.write_bytes(content.big_feed(50_000))
    cfg = config_mod.load(write_config(tmp_path, {"Big": big.as_uri()}))
    with Store(tmp_path / "f.db") as store:
        report = pipeline.poll_once(cfg, store)
        assert report.ok, report.feeds_failed
        assert report.new_items == 50_000
        assert store.query("SELECT count(*) FROM items")[0][0] == 50_000
        assert store.query("SELECT count(DISTINCT guid) FROM items")[0][0] == 50_000
        again = pipeline.poll_once(cfg, store)
        assert again.new_items == 0 and "Big" in again.feeds_unchanged


def test_bad_body_after_good_keeps_everything(desk: Desk) -> None:
    """Garbage, then an HTML page, then empty: three failures in a row, nothing lost."""
    for make in (content.binary_garbage, content.html_page, content.empty_body):
        desk.hostile.write_bytes(make())
        desk.poll()
    row = feed_row(desk.db, "H")
    assert row["error_streak"] == 3
    assert keys(desk.db) >= BEFORE
    desk.hostile.write_bytes(content.good_feed("after"))
    report = desk.poll()
    assert "H" in report.feeds_ok
    assert feed_row(desk.db, "H")["error_streak"] == 0
    assert BEFORE | {("H", f"after-{i}") for i in range(3)} <= keys(desk.db)


async def test_live_dashboard_shows_hostile_text_literally(desk: Desk) -> None:
    """The real dashboard over hostile items: keys, detail, clicks; nothing is interpreted."""
    from frontline.tui import app as app_module

    class App(app_module.FrontlineApp):
        CSS_PATH = str(Path(app_module.__file__).with_name("frontline.tcss"))

    desk.hostile.write_bytes(content.markup_claims_feed())
    await pipeline.poll_once_async(desk.config, desk.store)
    app = App(desk.config, desk.db, poll=False, now="2024-12-05T00:00:00Z")
    async with app.run_test(size=(220, 50)) as pilot:
        for _ in range(50):
            await pilot.pause(0.05)
            if app.snapshot is not None and app.snapshot.claims:
                break
        table = app.screen.query_one("#claims")
        assert table.row_count >= len(content.MARKUP_TITLES)
        cells = [
            cell.plain if isinstance(cell, Text) else str(cell)
            for row in range(table.row_count)
            for cell in table.get_row_at(row)
        ]
        shown = "\n".join(cells)
        assert "[@click=app.quit]" in shown, "markup was interpreted or dropped"
        assert not set(shown) & FORBIDDEN
        for row in range(min(table.row_count, 3)):
            await pilot.click("#claims", offset=(30, 2 + row))
            await pilot.press("enter")
            await pilot.pause(0.1)
            await pilot.press("escape")
            await pilot.pause(0.05)
        assert app.is_running and app.return_code is None
    assert app.return_code in (None, 0)


def test_a_revision_that_retracts_a_claim_drops_its_conflict(tmp_path: Path) -> None:
    """Feeds rewrite items under the same guid; a conflict must not outlive its claim."""
    a, b = tmp_path / "a.xml", tmp_path / "b.xml"
    a.write_bytes(
        content.rss(
            [
                content.item(
                    "a1",
                    "Rebels captured Hama, opposition commander said",
                    "Rebels captured Hama on Wednesday, an opposition commander said.",
                )
            ]
        ).encode()
    )
    b.write_bytes(
        content.rss(
            [
                content.item(
                    "b1",
                    "Army repelled attack on Hama, state media said",
                    "The Syrian army repelled an attack on Hama and remains in full control of"
                    " the city, state media said.",
                )
            ]
        ).encode()
    )
    cfg = config_mod.load(
        write_config(
            tmp_path,
            {"A": a.as_uri(), "B": b.as_uri()},
            sides={"A": "opposition", "B": "government"},
        )
    )
    with Store(tmp_path / "f.db") as store:
        assert pipeline.poll_once(cfg, store).new_conflicts, "the setup needs a conflict"
        a.write_bytes(content.rss([content.item("a1", "Weather in Idlib", "Sunny.")]).encode())
        pipeline.poll_once(cfg, store)
        dangling = store.query(
            "SELECT count(*) FROM conflicts WHERE claim_a NOT IN (SELECT id FROM claims)"
            " OR claim_b NOT IN (SELECT id FROM claims)"
        )[0][0]
        assert dangling == 0
        assert list(store.export_conflicts()) == []


def test_cli_ingest_of_bad_files_names_each_and_keeps_the_good(tmp_path: Path) -> None:
    files = {
        "good.xml": content.good_feed("ing"),
        "page.html": content.html_page(),
        "empty.xml": content.empty_body(),
        "noise.bin": content.binary_garbage(),
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    cfg = write_config(tmp_path, {"Other": "http://127.0.0.1:9/x.xml"})
    db = tmp_path / "f.db"
    result = run_cli("--config", str(cfg), "--db", str(db), "ingest", *sorted(files), cwd=tmp_path)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if not line.startswith("warning:")]
    assert len(errors) == 3, result.stderr
    for stem in ("page", "empty", "noise"):
        assert sum(stem in line for line in errors) == 1, (stem, errors)
    assert {("good", f"ing-{i}") for i in range(3)} <= keys(db)


HOSTILE_LINKS = (
    "javascript:alert(1)",
    " JaVaScRiPt:alert(1)",
    "file:///etc/passwd",
    "data:text/html,<script>alert(1)</script>",
    "ssh://evil.example/x",
)


async def test_open_link_only_opens_web_links(desk: Desk) -> None:
    """'o' hands a feed's link to the browser only when it is http(s)."""
    from frontline.tui import app as app_module

    opened: list[str] = []
    warned: list[str] = []

    class App(app_module.FrontlineApp):
        CSS_PATH = str(Path(app_module.__file__).with_name("frontline.tcss"))

        def open_url(self, url: str, *, new_tab: bool = True) -> None:
            opened.append(url)

        def say(self, message: str, *, severity: str = "information", timeout: float = 4):
            if severity == "warning":
                warned.append(message)
            super().say(message, severity=severity, timeout=timeout)

    links = (*HOSTILE_LINKS, "https://ok.example/story")
    items = [
        content.item(f"link-{i}", f"Rebels captured Hama, report {i}", "More.", link=url)
        for i, url in enumerate(links)
    ]
    desk.hostile.write_bytes(content.rss(items).encode())
    await pipeline.poll_once_async(desk.config, desk.store)
    app = App(desk.config, desk.db, poll=False, now="2024-12-05T00:00:00Z")
    async with app.run_test(size=(200, 50)) as pilot:
        for _ in range(50):
            await pilot.pause(0.05)
            if app.snapshot is not None and app.snapshot.claims:
                break
        table = app.screen.query_one("#claims")
        for row in range(table.row_count):
            table.move_cursor(row=row)
            await pilot.press("o")
            await pilot.pause(0.1)
        await pilot.pause(0.3)
    assert opened == ["https://ok.example/story"], opened
    assert len([w for w in warned if "non-web link" in w]) == len(HOSTILE_LINKS), warned


def test_csv_export_defuses_spreadsheet_formulas(desk: Desk) -> None:
    """Titles like ``=HYPERLINK(...)`` must not become live formulas in a spreadsheet."""
    import csv

    formulas = ('=HYPERLINK("https://evil.example","Hama")', "+1+cmd|' /C calc'!A0", "@SUM(1)")
    desk.hostile.write_bytes(
        content.rss(content.item(f"f-{i}", t, "Hama.") for i, t in enumerate(formulas)).encode()
    )
    desk.poll()
    result = run_cli(
        "--config",
        str(desk.config_path),
        "--db",
        str(desk.db),
        "export",
        "items",
        "--format",
        "csv",
    )
    assert result.returncode == 0, result.stderr
    titles = {r["guid"]: r["title"] for r in csv.DictReader(io.StringIO(result.stdout))}
    for i, formula in enumerate(formulas):
        assert titles[f"f-{i}"] == "'" + formula
    for row in csv.reader(io.StringIO(result.stdout)):
        assert all(cell[:1] not in ("=", "+", "-", "@") for cell in row), row
    jsonl = run_cli("--config", str(desk.config_path), "--db", str(desk.db), "export", "items")
    assert formulas[0] in jsonl.stdout.replace('\\"', '"')  # JSON keeps the text as it is
