"""render.py: feed text never becomes markup; offsets are honoured; cells are Text."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from rich.text import Text
from support_tui import SYRIA_NOW, fill_store, settle, started

from frontline.queries import ClaimRow, ItemDetail
from frontline.tui import render
from frontline.tui.app import FrontlineApp

HOSTILE = "[@click=app.quit]x[/] [bold]loud [link=http://evil]y [red"


def _row(title: str) -> ClaimRow:
    return ClaimRow(
        key="c1",
        claim_id=1,
        item_id=1,
        ts="2024-12-04T10:00:00Z",
        place="Hama [b]",
        city="Hama",
        side="government",
        kind="holding",
        claimant="[i]SANA",
        claimant_side="government",
        feed="Feed [x",
        title=title,
    )


def test_claim_cells_are_literal_text():
    pal = render.Palette(["government", "opposition"])
    cells = render.claim_cells(_row(HOSTILE), render.WIDE_CLAIM_COLUMNS, pal)
    assert all(isinstance(c, Text) for c in cells)
    by = dict(zip(render.WIDE_CLAIM_COLUMNS, cells, strict=True))
    assert by["headline"].plain == HOSTILE
    assert by["place"].plain == "Hama [b]"
    assert by["claimant"].plain == "[i]SANA"
    assert not any(span.style and "link" in str(span.style) for c in cells for span in c.spans)


def test_control_characters_never_reach_a_cell():
    cell = render.plain("a\x1b[31mred\x07 b\u202e c\nd")
    assert "\x1b" not in cell.plain and "\x07" not in cell.plain and "\u202e" not in cell.plain
    assert "\n" not in cell.plain


def test_detail_highlights_offsets_and_ignores_bad_ones():
    detail = ItemDetail(
        id=1,
        feed="F",
        title="Rebels enter Hama",
        body="State media says [bold] the army holds Hama.",
        link="https://x.example/1",
        author=None,
        published="2024-12-04T10:00:00Z",
        updated=None,
        ts="2024-12-04T10:00:00Z",
        first_seen="2024-12-04T10:05:00Z",
        revision=1,
        read=False,
        flagged=True,
        verified=False,
        dismissed=False,
        mentions=(("Hama", "Hama", 13, 17), ("Hama", "Hama", 500, 504)),
    )
    text = render.highlighted_text(detail)
    assert text.plain == detail.text
    styled = [(s.start, s.end) for s in text.spans]
    assert (13, 17) in styled and all(e <= len(text.plain) for _, e in styled)
    full = render.detail(detail, render.Palette(["government"]))
    assert (
        "[bold]" in full.plain and "flagged" in full.plain and "https://x.example/1" in full.plain
    )


def test_citation_is_plain():
    detail = ItemDetail(1, "Desk Wire", "T [b]", "", "https://l", None, "2024-12-04T10:00:00Z",
                        None, "2024-12-04T10:00:00Z", "2024-12-04T10:00:00Z", 1,
                        False, False, False, False)  # fmt: skip
    cite = render.citation(detail, "army")
    assert cite == "Desk Wire, 2024-12-04 10:00 UTC, army, “T [b]”, https://l"


def test_sparkline_scales():
    assert render.sparkline([0, 0]).plain == "··"
    assert render.sparkline([0, 1, 2]).plain == " ▄█"


@pytest.fixture
def hostile_store(syria_config: Path, db_path: Path):
    cfg = fill_store(syria_config, db_path)
    conn = sqlite3.connect(db_path)
    item = conn.execute("SELECT item_id FROM claims ORDER BY ts DESC, id DESC LIMIT 1").fetchone()[
        0
    ]
    conn.execute("UPDATE items SET title = ? WHERE id = ?", (HOSTILE, item))
    conn.commit()
    conn.close()
    return cfg, db_path


async def test_hostile_title_shows_literally_in_the_app(hostile_store):
    cfg, db = hostile_store
    app = FrontlineApp(cfg, db, poll=False, now=SYRIA_NOW)
    async with app.run_test(size=(160, 40)) as pilot:
        await started(app, pilot)
        table = app.dashboard.claims
        headline = table.get_cell(table.keys_in_order()[0], "headline")
        assert isinstance(headline, Text) and headline.plain == HOSTILE
        # click on it: a [@click=app.quit] in data must not be an action
        await pilot.click(table, offset=(120, 2))
        await pilot.press("enter")
        await pilot.pause()
        await settle(app, pilot)
        assert app.is_running
        shown = app.screen.query_one("#detail").render()
        assert HOSTILE in str(shown)
        # a notification with the title is literal too
        app.say(f"x {HOSTILE}")
        await pilot.pause()
        assert app.is_running


def test_side_abbreviations_come_from_the_config():
    assert render.abbreviations(["government", "opposition", "independent", "unknown"]) == {
        "government": "gov",
        "opposition": "opp",
        "independent": "ind",
        "unknown": "unk",
    }
    # shared prefixes grow until unique; short keys stay whole
    assert render.abbreviations(["rsf", "saf", "sdf", "sdfx"]) == {
        "rsf": "rsf",
        "saf": "saf",
        "sdf": "sdf",
        "sdfx": "sdfx",
    }
    assert render.abbreviations(["government", "gov-allied"])["government"] == "gove"
    pal = render.Palette(["saf", "rsf"])
    cell = render.claim_label("rsf", "captured", pal)
    assert cell.plain == "rsf captured"
    assert any(pal.side("rsf") in str(s.style) for s in cell.spans)


def test_relative_times_never_say_in_for_past_events():
    now = SYRIA_NOW
    assert render.ago("2024-12-05T05:55:00Z", now) == "5m ago"
    assert render.ago("2024-12-03T06:00:00Z", now) == "2d ago"
    assert render.ago("2022-12-05T06:00:00Z", now) == "2y ago"
    assert render.ago("2024-09-05T06:00:00Z", now) == "3mo ago"
    # a poll made after a pinned "now" (or with skewed clocks): never "in N"
    assert render.ago("2024-12-05T06:01:00Z", now) == "just now"
    late = render.ago("2026-11-29T05:00:00Z", now)
    assert "in " not in late and late == render.stamp("2026-11-29T05:00:00Z")
    assert render.until("2024-12-05T06:10:00Z", now) == "in 10m"
    assert render.until("2024-12-05T05:00:00Z", now) == "due"
    assert render.until("2026-11-29T05:00:00Z", now) == render.stamp("2026-11-29T05:00:00Z")


def test_header_with_a_pinned_clock_names_it_and_never_says_in():
    from frontline.queries import Header

    head = Header("2026-11-29T05:00:00Z", 6, 0, "2026-11-29T05:10:00Z")
    line = render.header_line(head, SYRIA_NOW, "Hama", True, "", True, pinned=True).plain
    assert "polled in" not in line and "polled 11-29 05:00" in line
    assert "pinned 12-05 06:00" in line


def test_claim_columns_keep_the_source_at_80_and_drop_the_headline_first():
    names, widths = render.claim_columns(78)
    assert {"claimant", "outlet", "claim", "place", "headline"} <= set(names)
    fixed = sum(w + 1 for w in widths.values() if w is not None)
    assert 78 - fixed >= render.MIN_HEADLINE
    names, _ = render.claim_columns(68)
    assert "headline" not in names and {"claimant", "outlet"} <= set(names)
    names, _ = render.claim_columns(140)
    assert names == render.WIDE_CLAIM_COLUMNS


def test_last_known_city_status_is_dated_and_dimmed():
    from frontline.queries import CityRow

    pal = render.Palette(["government", "opposition"])
    row = CityRow("Aleppo", "claimed", "opposition", "claimed by opposition: holding per X",
                  0, (0,) * 12, 0, 3, as_of="2022-12-01T21:30:00Z")  # fmt: skip
    cells = render.city_cells(row, pal, now=SYRIA_NOW)
    assert cells[1].plain == "claimed opp · 2y ago" and "dim" in str(cells[1].style)
    assert cells[5].plain.startswith("last known, as of 12-01 21:30: claimed by opposition")
    live = render.city_cells(CityRow("Homs", "held", "government", "w", 0, (0,) * 12, 0, 0), pal)
    assert live[1].plain == "held government" and "dim" not in str(live[1].style)
