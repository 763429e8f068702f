"""Snapshots of the dashboard (pytest-textual-snapshot) with the clock pinned.

"now" is fixed (SYRIA_NOW) and the store is polled at that same instant, so relative
times never drift; nothing on these screens blinks. Regenerate with
``pytest tests/test_tui_snapshots.py --snapshot-update`` only after looking at the report.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support_tui import SYRIA_NOW, fill_store, settle, started

from frontline.tui.app import FrontlineApp


@pytest.fixture
def syria(syria_config: Path, db_path: Path):
    return fill_store(syria_config, db_path), db_path


def _app(syria, **kw) -> FrontlineApp:
    cfg, db = syria
    return FrontlineApp(cfg, db, poll=False, now=SYRIA_NOW, check_interval=3600, **kw)


async def _ready(pilot) -> None:
    await started(pilot.app, pilot)


def test_dashboard_80x24(syria, snap_compare):
    assert snap_compare(_app(syria, watch="Hama"), terminal_size=(80, 24), run_before=_ready)


def test_dashboard_120x40(syria, snap_compare):
    assert snap_compare(_app(syria, watch="Hama"), terminal_size=(120, 40), run_before=_ready)


def test_detail_view(syria, snap_compare):
    async def open_detail(pilot) -> None:
        await _ready(pilot)
        await pilot.press("j", "j", "j", "enter")
        await pilot.pause()
        await settle(pilot.app, pilot)

    assert snap_compare(_app(syria, watch="Hama"), terminal_size=(100, 34), run_before=open_detail)


def test_feed_health_80x24(syria, snap_compare):
    async def health(pilot) -> None:
        await _ready(pilot)
        await pilot.press("h")
        await pilot.pause()
        await settle(pilot.app, pilot)

    assert snap_compare(_app(syria), terminal_size=(80, 24), run_before=health)
