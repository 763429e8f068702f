"""The dashboard under Textual's Pilot, against stores polled from the fixture sets.

Every key path of the registry is driven here; assertions are on stored state (SQLite)
and on widget contents.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from support_tui import (
    SUDAN_NOW,
    SYRIA_NOW,
    cell_text,
    fill_store,
    settle,
    started,
    stored_triage,
)

from frontline.queries import ClaimRow
from frontline.store import Store
from frontline.tui.actions import ACTIONS, FrontlineCommands
from frontline.tui.app import POLL_NICENESS, FrontlineApp
from frontline.tui.screens import (
    DashboardScreen,
    DetailScreen,
    FeedHealthScreen,
    HelpScreen,
    PickScreen,
    PromptScreen,
)


@pytest.fixture
def syria(syria_config: Path, db_path: Path):
    return fill_store(syria_config, db_path), db_path


def make(cfg, db_path, **kw) -> FrontlineApp:
    kw.setdefault("poll", False)
    kw.setdefault("now", SYRIA_NOW)
    return FrontlineApp(cfg, db_path, **kw)


def claim_rows(app: FrontlineApp) -> list[ClaimRow]:
    table = app.dashboard.claims
    return [table.rows_by_key[k].data for k in table.keys_in_order()]  # type: ignore[misc]


def current(app: FrontlineApp) -> ClaimRow:
    return app.dashboard.claims.current.data  # type: ignore[union-attr,return-value]


async def test_first_paint_shows_panes_and_header(syria):
    cfg, db = syria
    app = make(cfg, db, watch="Hama")
    async with app.run_test(size=(120, 40)) as pilot:
        await started(app, pilot)
        rows = claim_rows(app)
        assert rows and all(r.city == "Hama" for r in rows)
        assert [r.ts for r in rows] == sorted((r.ts for r in rows), reverse=True)
        cities = app.dashboard.cities
        assert cities.keys_in_order()[0] == "city:Hama"
        assert cities.row_count == len(cfg.cities)
        assert app.dashboard.conflicts.row_count > 0
        header = app.header_text().plain
        assert "Hama" in header and "6 ok" in header and "0 failing" in header
        assert app.first_paint_ms is not None
        # wide enough for the claimant and outlet columns
        assert "outlet" in app.dashboard.claims.columns_shown


async def test_narrow_terminal_keeps_the_source_and_drops_the_headline_first(syria):
    """At 80 columns every claim still shows who said it and where (claimant, outlet) in
    a compact layout; narrower, the headline goes first, the source stays."""
    cfg, db = syria
    app = make(cfg, db)
    async with app.run_test(size=(80, 24)) as pilot:
        await started(app, pilot)
        table = app.dashboard.claims
        shown = table.columns_shown
        assert {"claimant", "outlet", "claim", "headline"} <= set(shown)
        assert "side" not in shown and "kind" not in shown  # joined in the "claim" cell
        assert table.size.height > app.dashboard.cities.size.height
        row = current(app)
        claim = cell_text(table, row.key, "claim")
        assert row.kind in claim and claim.split()[0] == app.palette.abbrev(row.side)
        # what is painted on the cursor row names the claimant and the outlet
        painted = table.render_line(1 + table.cursor_row - table.scroll_offset.y).text
        assert row.claimant[:8] in painted and row.feed[:8] in painted
        assert row.place[:8] in painted and row.kind in painted
        # every column fits in the pane (nothing pushed off the right edge)
        assert sum(w + g for w, g in table.column_widths()) <= table.size.width
        await pilot.resize_terminal(70, 24)
        await settle(app, pilot)
        shown = table.columns_shown
        assert "headline" not in shown and {"claimant", "outlet"} <= set(shown)


async def test_cursor_keys_and_pane_cycle(syria):
    cfg, db = syria
    app = make(cfg, db)
    async with app.run_test(size=(120, 40)) as pilot:
        await started(app, pilot)
        table = app.dashboard.claims
        assert app.focused is table and table.cursor_row == 0
        await pilot.press("j", "j")
        assert table.cursor_row == 2
        await pilot.press("k")
        assert table.cursor_row == 1
        await pilot.press("tab")
        assert app.focused is app.dashboard.cities
        await pilot.press("tab")
        assert app.focused is app.dashboard.conflicts
        await pilot.press("tab")
        assert app.focused is table
        await pilot.press("shift+tab")
        assert app.focused is app.dashboard.conflicts


@pytest.mark.parametrize(
    ("key", "flag"), [("r", "read"), ("f", "flagged"), ("v", "verified"), ("d", "dismissed")]
)
async def test_triage_keys_persist_and_toggle(syria, key, flag):
    cfg, db = syria
    app = make(cfg, db)
    async with app.run_test(size=(120, 40)) as pilot:
        await started(app, pilot)
        await pilot.press("j")
        item = current(app).item_id
        await pilot.press(key)
        await settle(app, pilot)
        assert stored_triage(db, item)[flag] == 1
        assert getattr(current(app), flag) is True
        mark = cell_text(app.dashboard.claims, app.dashboard.claims.current_key, "mark")
        assert mark.strip() or flag == "read"
        await pilot.press(key)
        await settle(app, pilot)
        assert stored_triage(db, item)[flag] == 0


async def test_dismiss_drops_the_items_conflicts(syria):
    cfg, db = syria
    app = make(cfg, db)
    async with app.run_test(size=(120, 40)) as pilot:
        await started(app, pilot)
        conflicts = app.dashboard.conflicts
        before = conflicts.row_count
        await pilot.press("tab", "tab")
        k = conflicts.current.data
        await pilot.press("d")
        await settle(app, pilot)
        assert stored_triage(db, k.a.item_id)["dismissed"] == 1
        assert conflicts.row_count < before
        assert all(
            k.a.item_id not in (r.data.a.item_id, r.data.b.item_id)
            for r in conflicts.rows_by_key.values()
        )


async def test_next_and_previous_unread(syria):
    cfg, db = syria
    app = make(cfg, db)
    async with app.run_test(size=(120, 40)) as pilot:
        await started(app, pilot)
        rows = claim_rows(app)
        # mark rows 1 and 2 read through the UI, then n from row 0 skips them
        await pilot.press("j", "r", "j", "r", "k", "k")
        await settle(app, pilot)
        read = {rows[1].item_id, rows[2].item_id}
        unread = [i for i, r in enumerate(rows) if r.item_id not in read]
        expected = next(i for i in unread if i > 0)
        await pilot.press("n")
        assert app.dashboard.claims.cursor_row == expected
        await pilot.press("n")
        assert app.dashboard.claims.cursor_row == next(i for i in unread if i > expected)
        await pilot.press("p")
        assert app.dashboard.claims.cursor_row == expected
        await pilot.press("p")
        before = [i for i in unread if i < expected]
        assert app.dashboard.claims.cursor_row == (before[-1] if before else expected)


async def test_note_is_stored(syria):
    cfg, db = syria
    app = make(cfg, db)
    async with app.run_test(size=(120, 40)) as pilot:
        await started(app, pilot)
        item = current(app).item_id
        await pilot.press("N")
        await pilot.pause()
        assert isinstance(app.screen, PromptScreen)
        await pilot.press(*"call SANA", "enter")
        await settle(app, pilot)
        conn = sqlite3.connect(db)
        notes = conn.execute("SELECT text FROM notes WHERE item_id = ?", (item,)).fetchall()
        conn.close()
        assert notes == [("call SANA",)]


async def _pick(pilot, app, key: str, value: str) -> None:
    await pilot.press(key)
    await pilot.pause()
    assert isinstance(app.screen, PickScreen)
    index = app.screen.choices.index(value) + 1
    app.screen.query_one("#pick-list").highlighted = index
    await pilot.press("enter")
    await settle(app, pilot)


async def test_side_kind_feed_unread_filters(syria):
    cfg, db = syria
    app = make(cfg, db)
    async with app.run_test(size=(120, 40)) as pilot:
        await started(app, pilot)
        total = len(claim_rows(app))
        await _pick(pilot, app, "s", "opposition")
        assert {r.side for r in claim_rows(app)} == {"opposition"}
        assert "side=opposition" in app.header_text().plain
        await _pick(pilot, app, "K", "captured")
        assert {(r.side, r.kind) for r in claim_rows(app)} == {("opposition", "captured")}
        await pilot.press("escape")
        await settle(app, pilot)
        assert len(claim_rows(app)) == total
        await _pick(pilot, app, "F", "Desk Wire")
        assert {r.feed for r in claim_rows(app)} == {"Desk Wire"}
        await pilot.press("escape")
        await settle(app, pilot)
        await pilot.press("r")
        await settle(app, pilot)
        read_item = current(app).item_id
        await pilot.press("u")
        await settle(app, pilot)
        assert "unread only" in app.header_text().plain
        assert read_item not in {r.item_id for r in claim_rows(app)}


async def test_search_with_fts(syria):
    cfg, db = syria
    app = make(cfg, db)
    async with app.run_test(size=(120, 40)) as pilot:
        await started(app, pilot)
        await pilot.press("slash")
        await pilot.pause()
        await pilot.press(*"Qamhana", "enter")
        await settle(app, pilot)
        rows = claim_rows(app)
        assert rows and all(r.place == "Qamhana" or "Qamhana" in r.title for r in rows)
        assert "Qamhana" in app.header_text().plain


async def test_detail_view_marks_read_and_highlights(syria):
    cfg, db = syria
    app = make(cfg, db, watch="Hama")
    async with app.run_test(size=(120, 40)) as pilot:
        await started(app, pilot)
        row = current(app)
        await pilot.press("enter")
        await pilot.pause()
        await settle(app, pilot)
        assert isinstance(app.screen, DetailScreen)
        detail = app.screen.detail
        assert detail is not None and detail.id == row.item_id
        shown = app.screen.query_one("#detail").render()
        text = str(shown)
        assert row.title in text and "National" in text or detail.feed in text
        assert stored_triage(db, row.item_id)["read"] == 1
        await pilot.press("f")
        await settle(app, pilot)
        assert stored_triage(db, row.item_id)["flagged"] == 1
        assert app.screen.detail.flagged
        await pilot.press("q")
        await pilot.pause()
        assert isinstance(app.screen, DashboardScreen)
        assert app.is_running


async def test_open_link_and_copy_citation(syria, monkeypatch):
    cfg, db = syria
    app = make(cfg, db)
    opened: list[str] = []
    monkeypatch.setattr(app, "open_url", lambda url, **kw: opened.append(url))
    async with app.run_test(size=(120, 40)) as pilot:
        await started(app, pilot)
        row = current(app)
        await pilot.press("o")
        await settle(app, pilot)
        link = sqlite3.connect(db).execute("SELECT link FROM items WHERE id = ?", (row.item_id,))
        assert opened == [link.fetchone()[0]]
        await pilot.press("c")
        await settle(app, pilot)
        cite = app.clipboard
        assert row.feed in cite and row.title in cite and opened[0] in cite
        assert row.claimant in cite


async def test_watch_key_tracked_suggested_and_adhoc(syria):
    cfg, db = syria
    app = make(cfg, db)
    async with app.run_test(size=(120, 40)) as pilot:
        await started(app, pilot)
        await pilot.press("w")
        await pilot.pause()
        await pilot.press(*"aleppo", "enter")
        await settle(app, pilot)
        assert app.watch == "Aleppo" and app.watch_tracked
        assert {r.city for r in claim_rows(app)} == {"Aleppo"}
        assert app.dashboard.cities.keys_in_order()[0] == "city:Aleppo"
        # a close misspelling: suggestion toast, ad hoc text watch meanwhile
        await pilot.press("w")
        await pilot.pause()
        app.screen.query_one("#prompt-input").value = ""
        await pilot.press(*"Hamma", "enter")
        await settle(app, pilot)
        assert app.watch == "Hamma" and not app.watch_tracked
        assert any("did you mean Hama" in n.message for n in app._notifications)
        # an untracked place: its items by text
        app.set_watch("Beirut")
        await settle(app, pilot)
        rows = claim_rows(app)
        assert rows and any("Beirut" in r.title for r in rows)
        assert app.dashboard.cities.keys_in_order()[0] == "city:Beirut"


async def test_brief_key_writes_markdown(syria, tmp_path):
    cfg, db = syria
    app = make(cfg, db, watch="Hama", brief_dir=tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await started(app, pilot)
        await pilot.press("b")
        await settle(app, pilot)
        files = list(tmp_path.glob("brief-Hama-*.md"))
        assert len(files) == 1
        assert "Hama" in files[0].read_text(encoding="utf-8")


async def test_feed_health_screen_shows_failing_feed_red(syria):
    cfg, db = syria
    conn = sqlite3.connect(db)
    conn.execute(
        "UPDATE feeds SET error_streak = 4, last_error = 'HTTP 503 [bold]down' "
        "WHERE name = 'Orontes Living'"
    )
    conn.commit()
    conn.close()
    app = make(cfg, db)
    async with app.run_test(size=(160, 40)) as pilot:
        await started(app, pilot)
        assert "1 failing" in app.header_text().plain
        await pilot.press("h")
        await pilot.pause()
        await settle(app, pilot)
        assert isinstance(app.screen, FeedHealthScreen)
        table = app.screen.query_one("#health")
        assert table.row_count == len(cfg.feeds)
        first = table.keys_in_order()[0]
        assert first == "feed:Orontes Living"
        state = table.get_cell(first, "state")
        assert state.plain == "FAILING" and "ff5f5f" in str(state.style)
        assert table.get_cell(first, "error").plain == "HTTP 503 [bold]down"
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, DashboardScreen)


async def test_help_and_palette_read_the_registry(syria):
    cfg, db = syria
    app = make(cfg, db)
    async with app.run_test(size=(120, 40)) as pilot:
        await started(app, pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        table = app.screen.query_one("#help-table")
        helps = {table.get_row_at(i)[2].plain for i in range(table.row_count)}
        assert {a.help for a in ACTIONS} <= helps
        await pilot.press("escape")
        await pilot.pause()
        provider = FrontlineCommands(app.screen)
        hits = [h async for h in provider.search("verified")]
        assert hits and any("verified" in (h.text or "") for h in hits)
        # through the real palette: ctrl+p, type, enter
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Watch Aleppo")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause()
        await settle(app, pilot)
        assert app.watch == "Aleppo"
    # every dashboard binding has an id and comes from the registry
    ids = {b.id for b in DashboardScreen.BINDINGS}  # type: ignore[union-attr]
    assert None not in ids and len(ids) == len(DashboardScreen.BINDINGS)


async def test_live_items_from_another_writer_appear_and_alert(syria, monkeypatch):
    """--no-poll: a separate poller writes; rows appear in place, cursor kept, toast+bell."""
    cfg, db = syria
    app = make(cfg, db, watch="Hama", check_interval=0.1)
    bells: list[int] = []
    monkeypatch.setattr(app, "bell", lambda: bells.append(1))
    async with app.run_test(size=(120, 40)) as pilot:
        await started(app, pilot)
        await pilot.press("j", "j")
        key = app.dashboard.claims.current_key
        before = app.dashboard.claims.row_count
        from frontline.models import Claim, Entry
        from frontline.store import to_iso

        store = Store(db)
        ((item_id, entry, _),) = store.write_entries(
            "Desk Wire",
            [Entry("Desk Wire", "live-1", "Rebels enter Hama centre", "Rebels entered Hama.")],
            SYRIA_NOW,
        )
        store.replace_claims(
            item_id,
            [Claim("Hama", "Hama", "opposition", "advancing", "Desk Wire", "independent", "x")],
            to_iso(SYRIA_NOW),
        )
        store.close()
        for _ in range(100):
            await pilot.pause(0.05)
            if app.dashboard.claims.row_count > before:
                break
        await settle(app, pilot)
        assert app.dashboard.claims.row_count == before + 1
        assert app.dashboard.claims.keys_in_order()[0].startswith("c")
        assert claim_rows(app)[0].title == "Rebels enter Hama centre"
        assert app.dashboard.claims.current_key == key  # cursor stayed on its row
        assert bells and any("New claim on Hama" in n.message for n in app._notifications)
        # another writer means more refreshes: they now run in the helper process
        assert app.loader.in_process


async def test_background_poll_fills_empty_store(syria_config, tmp_path):
    """poll=True: the poll worker fills a fresh store and the panes refresh."""
    from support_tui import load_config

    cfg = load_config(syria_config)
    db = tmp_path / "fresh.db"
    Store(db).close()
    app = FrontlineApp(cfg, db, poll=True, now=SYRIA_NOW)
    async with app.run_test(size=(120, 40)) as pilot:
        for _ in range(300):
            await pilot.pause(0.05)
            if app.dashboard.claims.row_count:
                break
        assert app.dashboard.claims.row_count > 0
        assert app.is_running
        assert "6 ok" in app.header_text().plain
        # the child poller runs below the dashboard's priority, refreshes out of process
        proc = app._poll_proc
        assert proc is not None and proc.poll() is None
        mine = os.getpriority(os.PRIO_PROCESS, 0)
        assert os.getpriority(os.PRIO_PROCESS, proc.pid) == mine + POLL_NICENESS
        assert app.loader.in_process


async def test_failing_writer_reports_and_keeps_running(syria, monkeypatch):
    cfg, db = syria
    app = make(cfg, db)

    def broken():
        raise OSError("disk full")

    monkeypatch.setattr(app, "_open_store", broken)
    async with app.run_test(size=(120, 40)) as pilot:
        await started(app, pilot)
        await pilot.press("f")
        await settle(app, pilot)
        assert app.is_running
        assert any("disk full" in n.message for n in app._notifications)
        assert stored_triage(db, current(app).item_id)["flagged"] == 0


async def test_sudan_store_with_real_extractor(sudan_config, db_path):
    cfg = fill_store(sudan_config, db_path, now=SUDAN_NOW, real=True)
    app = FrontlineApp(cfg, db_path, poll=False, now=SUDAN_NOW, watch="El Fasher")
    async with app.run_test(size=(120, 40)) as pilot:
        await started(app, pilot)
        rows = claim_rows(app)
        assert rows and {r.city for r in rows} == {"El Fasher"}
        assert app.dashboard.cities.keys_in_order()[0] == "city:El Fasher"
        await pilot.press("enter")
        await pilot.pause()
        await settle(app, pilot)
        assert isinstance(app.screen, DetailScreen) and app.screen.detail is not None
        assert app.screen.detail.claims


def test_run_reports_a_bad_store_in_one_line(syria_config, tmp_path, capsys):
    from support_tui import load_config

    from frontline.tui.app import run

    bad = tmp_path / "not-a-db.db"
    bad.write_bytes(b"this is not sqlite" * 100)
    assert run(load_config(syria_config), bad, watch=["Hama"], poll=False) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and str(bad) in err and "Traceback" not in err


async def test_alert_bursts_coalesce_into_one_narrow_toast_per_kind(syria, monkeypatch):
    """Refreshes in a row: one claim toast and one conflict toast, counts summed, narrow."""
    from textual.widgets._toast import Toast

    cfg, db = syria
    app = make(cfg, db, watch="Hama")
    bells: list[int] = []
    monkeypatch.setattr(app, "bell", lambda: bells.append(1))
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await started(app, pilot)
        claims, conflicts = app.snapshot.claims, app.snapshot.conflicts
        assert len(claims) >= 5 and len(conflicts) >= 2
        app._alert(claims[:3], [])
        await pilot.pause()
        app._alert(claims[3:5], conflicts[:1])
        await pilot.pause()
        app._alert([], conflicts[1:2])
        await pilot.pause()
        await pilot.pause()
        messages = [n.message for n in app._notifications]
        assert len(messages) == 2, messages
        assert any(m.startswith("5 new claims on Hama: latest ") for m in messages)
        assert any(m.startswith("2 new conflicts: latest on ") for m in messages)
        assert len(bells) == 3  # once per burst
        for _ in range(40):
            toasts = [t for t in app.screen.query(Toast) if t.is_mounted and t.outer_size.width]
            if len(toasts) == 2:
                break
            await pilot.pause(0.02)
        assert len(toasts) == 2
        assert all(t.outer_size.width <= 32 for t in toasts)  # 40% of 80 columns
        # the conflict toast drops the claimants at this width (the pane has them): one line
        # of text shorter, so the panes under it stay readable
        heights = {str(t._notification.message).split()[2]: t.outer_size.height for t in toasts}
        assert heights["conflicts:"] <= 3, heights


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_cities_why_column_fills_and_status_gives_way_first(syria, size):
    """Narrow cities pane: status shrinks before anything else, Why gets the rest."""
    from frontline.tui import render

    cfg, db = syria
    app = make(cfg, db, watch="Hama")
    async with app.run_test(size=size) as pilot:
        await started(app, pilot)
        cities = app.dashboard.cities
        assert cities._shrunk.get("status") == render.CITY_SHRINK["status"]
        assert cities._fill >= 17
        widths = [c.get_render_width(cities) for c in cities.ordered_columns]
        assert sum(widths) <= cities.size.width  # nothing scrolled off to the right
