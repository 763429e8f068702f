"""Regenerate docs/screenshot.svg: the dashboard on the demo, part-way through the story.

Runs the real app under Textual's Pilot against the demo's loopback server, steps the
scenario clock (so it takes ~20 s, not 4 min) and exports the screen as SVG:

    .venv/bin/python docs/make_screenshot.py [OUT.svg]
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from frontline import demo
from frontline.config import load
from frontline.store import Store
from frontline.tui.app import FrontlineApp

# (scenario second, real seconds to let the dashboard poll and refresh at that moment)
STEPS = ((60.0, 6.0), (130.0, 6.0), (200.0, 7.0))
SIZE = (160, 46)


async def main(out: Path) -> None:
    clock = [STEPS[0][0]]
    with tempfile.TemporaryDirectory(prefix="frontline-shot-") as tmp:
        start = datetime.now(UTC) - timedelta(seconds=STEPS[-1][0] + 30)
        run = demo.start(Path(tmp), clock=lambda: clock[0], start_time=start, sleep=lambda s: None)
        try:
            config = load(run.config_path)
            Store(run.db_path).close()
            app = FrontlineApp(config, run.db_path, watch=demo.WATCH, poll=True)
            async with app.run_test(size=SIZE) as pilot:
                for t, wait in STEPS:
                    clock[0] = t
                    for _ in range(int(wait * 10)):
                        await pilot.pause(0.1)
                out.write_text(app.export_screenshot(title="frontline demo: watching Hama"))
        finally:
            run.stop()


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("screenshot.svg")
    asyncio.run(main(target))
    print(f"wrote {target}")
