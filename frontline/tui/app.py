"""The frontline dashboard (Textual App).

Architecture, in the harlequin manner:

- **Handlers own state.** ``FrontlineApp`` holds the watched city, the filters, the last
  watermark and the latest ``queries.Snapshot``; only its message handlers and actions
  change them. Screens show what they are handed; widgets hold no data of their own.
- **Workers do all I/O and never touch widgets.** Every worker is a thread worker with
  ``exit_on_error=False`` and its own ``group``; it opens its own SQLite connection (one
  per thread) and reports by posting a message:
  ``load`` (exclusive) → ``Loaded``; ``check`` (a 2 s timer only starts it) →
  ``StoreChanged``; ``poll`` (``pipeline.poll_forever``) → ``PollCycle``; ``writer`` (one
  thread draining a queue of triage writes through ``Store``) → ``Saved``/``WriteFailed``;
  ``detail`` → ``DetailLoaded``; ``health`` → ``HealthLoaded``; ``brief`` → ``BriefDone``.
- **The data flow:** poll cycle / store change / triage saved / filter changed → ``load``
  → ``Loaded`` → ``DashboardScreen.apply`` syncs each pane by row key (cursor and scroll
  kept) → alerts (toast + bell) for new claims about the watched city and new conflicts.
- **Untrusted text** becomes a renderable only in ``render.py``; ``notify`` always gets
  ``markup=False``. Keys come from the one registry in ``actions.py``.
- ``now`` is injectable (``now=`` or ``$FRONTLINE_NOW``) so tests and snapshots are stable.
"""

from __future__ import annotations

import contextlib
import os
import queue
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from rich.text import Text
from textual import work
from textual.app import App
from textual.message import Message
from textual.notifications import Notification, Notify
from textual.widgets import DataTable
from textual.worker import Worker, WorkerState

from frontline import queries
from frontline.models import KINDS, Config
from frontline.queries import ConflictRow, FeedHealth, ItemDetail, Snapshot
from frontline.tui import render
from frontline.tui.actions import FrontlineCommands
from frontline.tui.screens import (
    DashboardScreen,
    DetailScreen,
    FeedHealthScreen,
    HelpScreen,
    PickScreen,
    PromptScreen,
)
from frontline.tui.widgets import KeyedTable, RowView

#: GIL switch interval while the dashboard runs (Python's default is 0.005 s).
UI_SWITCH_INTERVAL = 0.0005
#: How much lower than the dashboard the child poller runs.
POLL_NICENESS = 5

# --------------------------------------------------------------------------- messages


@dataclass
class Loaded(Message):
    generation: int
    snapshot: Snapshot
    new_claims: list = field(default_factory=list)
    new_conflicts: list[ConflictRow] = field(default_factory=list)


@dataclass
class StoreChanged(Message):
    watermark: tuple[int, int, int]

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, StoreChanged)


@dataclass
class PollCycle(Message):
    summary: str
    failed: dict[str, str]


@dataclass
class Saved(Message):
    item_id: int
    what: str


@dataclass
class WriteFailed(Message):
    error: str


@dataclass
class DetailLoaded(Message):
    detail: ItemDetail | None
    purpose: str
    item_id: int


@dataclass
class HealthLoaded(Message):
    rows: list[FeedHealth]


@dataclass
class BriefDone(Message):
    text: str
    error: bool = False


# --------------------------------------------------------------------------- app


class FrontlineApp(App):
    """The dashboard. See the module docstring for who may change what."""

    CSS_PATH = "frontline.tcss"
    TITLE = "frontline"
    COMMANDS = App.COMMANDS | {FrontlineCommands}
    ENABLE_COMMAND_PALETTE = True

    def __init__(
        self,
        config: Config,
        db_path: str | Path,
        *,
        watch: str | None = None,
        poll: bool = True,
        now: datetime | str | None = None,
        check_interval: float = 2.0,
        brief_dir: str | Path | None = None,
        poll_mode: str = "process",
    ) -> None:
        super().__init__()
        self.config = config
        self.db_path = Path(db_path)
        self.poll_enabled = poll
        self._now_override = now
        self.check_interval = check_interval
        self.brief_dir = Path(brief_dir) if brief_dir else Path.cwd()
        self.palette = render.Palette(list(config.sides))
        self.watch: str | None = None
        self.watch_tracked = False
        self.search_text = ""
        self.side_filter: str | None = None
        self.kind_filter: str | None = None
        self.feed_filter: str | None = None
        self.unread_only = False
        self.snapshot: Snapshot | None = None
        self.watermark: tuple[int, int, int] | None = None
        self._generation = 0
        self._writes: queue.Queue = queue.Queue()
        self._stop = threading.Event()
        self._store = None
        self.started_ms: float | None = None
        self._t0 = time.perf_counter()
        self.first_paint_ms: float | None = None
        self._pending_watch = watch
        self.poll_cycles = 0
        self.last_poll_summary = ""
        self.poll_mode = poll_mode
        self._poll_proc: subprocess.Popen | None = None
        self._reload_timer = None
        self._last_auto_reload = 0.0
        #: The alert toast of each kind now on screen, and how many items it counts.
        self._alert_shown: dict[str, tuple[Notification, int]] = {}
        self._switch_interval = sys.getswitchinterval()
        #: Runs refreshes; moved to a helper process once the store changes under us.
        self.loader = queries.Loader()
        self._use_helper = False

    # -- clock & state helpers ----------------------------------------------------------

    @property
    def now(self) -> datetime:
        return queries.now_utc(self._now_override)

    @property
    def clock_pinned(self) -> bool:
        """True when "now" is fixed (``now=`` or ``$FRONTLINE_NOW``), not the wall clock."""
        return self._now_override is not None or bool(os.environ.get("FRONTLINE_NOW"))

    @property
    def filters(self) -> queries.Filters:
        terms = []
        if self.watch and not self.watch_tracked:
            terms.append(self.watch)
        if self.search_text:
            terms.append(self.search_text)
        return queries.Filters(
            city=self.watch if self.watch_tracked else None,
            terms=tuple(terms),
            side=self.side_filter,
            kind=self.kind_filter,
            feed=self.feed_filter,
            unread_only=self.unread_only,
        )

    def filter_summary(self) -> str:
        parts = []
        if self.search_text:
            parts.append(f"search “{self.search_text}”")
        for name, value in (
            ("side", self.side_filter),
            ("kind", self.kind_filter),
            ("feed", self.feed_filter),
        ):
            if value:
                parts.append(f"{name}={value}")
        if self.unread_only:
            parts.append("unread only")
        return " · ".join(parts)

    def header_text(self) -> Text:
        head = self.snapshot.header if self.snapshot else queries.Header(None, 0, 0, None)
        return render.header_line(
            head,
            self.now,
            self.watch,
            self.watch_tracked,
            self.filter_summary(),
            self.poll_enabled,
            pinned=self.clock_pinned,
        )

    @property
    def dashboard(self) -> DashboardScreen:
        return self.get_screen("dashboard")  # type: ignore[return-value]

    def known_flags(self, item_id: int) -> dict[str, bool]:
        """The triage flags shown for an item (from the claims pane), else all False."""
        if self.snapshot is not None:
            for r in self.snapshot.claims:
                if r.item_id == item_id:
                    return {
                        "read": r.read,
                        "flagged": r.flagged,
                        "verified": r.verified,
                        "dismissed": r.dismissed,
                    }
        return {"read": False, "flagged": False, "verified": False, "dismissed": False}

    def say(self, message: str, *, severity: str = "information", timeout: float = 4) -> None:
        """notify() for any text that may contain feed or user data: never markup."""
        self.notify(render.message(message), severity=severity, timeout=timeout, markup=False)  # type: ignore[arg-type]

    # -- lifecycle ----------------------------------------------------------------------

    def on_mount(self) -> None:
        # A load worker doing Python work (city status over thousands of fresh claims)
        # holds the GIL for the default 5 ms slices, and the UI thread waits that long at
        # every hand-over, several times per key press. Shorter slices keep keys prompt.
        self._switch_interval = sys.getswitchinterval()
        sys.setswitchinterval(UI_SWITCH_INTERVAL)
        self.install_screen(DashboardScreen(), name="dashboard")
        self.push_screen("dashboard")
        if self._pending_watch:
            self.set_watch(self._pending_watch, reload=False)
        self.refresh_header()
        self.reload()
        self._writer()
        if self.poll_enabled:
            self._poller()
        self.set_interval(self.check_interval, self._tick)

    def on_unmount(self) -> None:
        sys.setswitchinterval(self._switch_interval)
        self._stop.set()
        self.loader.close()
        self._writes.put(None)
        proc = self._poll_proc
        if proc is not None and proc.poll() is None:
            proc.send_signal(signal.SIGINT)  # the CLI's poll stops cleanly on Ctrl-C
            try:
                proc.wait(timeout=3)
            except subprocess.TimeoutExpired:
                proc.kill()

    def _tick(self) -> None:
        """Timer: only starts a worker (an exception in a timer would end the app)."""
        self._check()
        self.refresh_header()

    def refresh_header(self) -> None:
        show = getattr(self.screen, "show_header", None)
        if show is not None:
            show(self.header_text())

    # -- workers (no widget access in here) ---------------------------------------------

    def reload(self) -> None:
        """Load a fresh snapshot with the current filters."""
        self._generation += 1
        self._load(self._generation, self.filters, self.watch, self.watermark, self.now)

    @work(thread=True, exclusive=True, group="load", exit_on_error=False)
    def _load(
        self,
        generation: int,
        filters: queries.Filters,
        watch: str | None,
        previous: tuple[int, int, int] | None,
        now: datetime,
    ) -> None:
        if self._use_helper:
            self.loader.start()  # here, so spawning it never stalls the UI thread
        snap, new_claims, new_conflicts = self.loader.load(
            self.db_path, self.config, now, filters, watch, previous
        )
        self.post_message(Loaded(generation, snap, new_claims, new_conflicts))

    @work(thread=True, exclusive=True, group="check", exit_on_error=False)
    def _check(self) -> None:
        if not self.db_path.exists():
            return
        conn = queries.connect(self.db_path)
        try:
            mark = queries.watermark(conn)
        finally:
            conn.close()
        if mark != self.watermark:
            self.post_message(StoreChanged(mark))

    def _open_store(self):
        if self._store is None:
            from frontline.store import Store

            self._store = Store(self.db_path)
        return self._store

    def _poll_command(self) -> list[str] | None:
        """``frontline poll`` for this config and store, if the config came from a file."""
        if self.poll_mode != "process" or self.config.path is None:
            return None
        return [
            sys.executable,
            "-m",
            "frontline",
            "--config",
            str(self.config.path),
            "--db",
            str(self.db_path),
            "poll",
        ]

    @work(thread=True, group="poll", exit_on_error=False)
    def _poller(self) -> None:
        """Poll until the app stops. By default a child ``frontline poll`` process does the
        work (parsing and matching then never compete with the UI for the GIL, and a crash
        there cannot take the dashboard down); this thread relays its cycle summaries.
        Without a config file it runs ``pipeline.poll_forever`` in this thread."""
        command = self._poll_command()
        if command is None:
            from frontline import pipeline

            store = self._open_store()

            def report(r) -> None:
                self.post_message(PollCycle(r.summary(), dict(r.feeds_failed)))

            pipeline.poll_forever(self.config, store, self._stop, on_report=report)
            return
        proc = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            encoding="utf-8",
            errors="replace",
        )
        self._poll_proc = proc
        with contextlib.suppress(OSError, AttributeError):
            # The poller is background work: on a busy machine key presses come first.
            nice = os.getpriority(os.PRIO_PROCESS, 0) + POLL_NICENESS
            os.setpriority(os.PRIO_PROCESS, proc.pid, nice)
        assert proc.stdout is not None
        for line in proc.stdout:
            if self._stop.is_set():
                break
            self.post_message(PollCycle(line.strip(), {}))
        code = proc.wait()
        if code and not self._stop.is_set():
            raise RuntimeError(f"the poller exited with status {code}")

    @work(thread=True, group="writer", exit_on_error=False)
    def _writer(self) -> None:
        """The one triage writer: drains the queue until the app stops."""
        while True:
            job = self._writes.get()
            if job is None or self._stop.is_set():
                self._writes.task_done()
                return
            what, item_id, payload = job
            try:
                store = self._open_store()
                if what == "triage":
                    store.set_triage(item_id, **payload)
                elif what == "note":
                    store.add_note(item_id, payload)
            except Exception as e:  # noqa: BLE001 - report, never crash the desk
                self.post_message(WriteFailed(f"could not save {what} for item {item_id}: {e}"))
            else:
                self.post_message(Saved(item_id, what))
            finally:
                self._writes.task_done()

    @work(thread=True, exclusive=True, group="detail", exit_on_error=False)
    def _detail(self, item_id: int, purpose: str) -> None:
        conn = queries.connect(self.db_path)
        try:
            detail = queries.item_detail(conn, item_id)
        finally:
            conn.close()
        self.post_message(DetailLoaded(detail, purpose, item_id))

    def load_detail(self, item_id: int, purpose: str) -> None:
        self._detail(item_id, purpose)

    @work(thread=True, exclusive=True, group="health", exit_on_error=False)
    def load_health(self) -> None:
        conn = queries.connect(self.db_path)
        try:
            rows = queries.feed_health(conn)
        finally:
            conn.close()
        self.post_message(HealthLoaded(rows))

    @work(thread=True, exclusive=True, group="brief", exit_on_error=False)
    def _brief(self, city: str, now: datetime) -> None:
        from frontline import brief

        try:
            text = brief.render(self.db_path, self.config, city, timedelta(hours=24), now=now)
            safe = "".join(ch if ch.isalnum() else "-" for ch in city).strip("-") or "city"
            target = self.brief_dir / f"brief-{safe}-{now.strftime('%Y%m%d-%H%M')}.md"
            target.write_text(text, encoding="utf-8")
        except (ValueError, OSError) as e:
            self.post_message(BriefDone(f"brief: {e}", error=True))
            return
        self.post_message(BriefDone(f"brief written to {target}"))

    # -- message handlers (they own the state) ------------------------------------------

    def on_loaded(self, message: Loaded) -> None:
        if message.generation != self._generation:
            return
        first = self.snapshot is None
        unchanged = message.snapshot == self.snapshot
        self.snapshot = message.snapshot
        self.watermark = message.snapshot.watermark
        if self.dashboard.is_mounted and not unchanged:
            self.dashboard.apply(message.snapshot)
        self.refresh_header()
        if first and self.first_paint_ms is None:
            self.call_after_refresh(self._painted)
        self._alert(message.new_claims, message.new_conflicts)

    def _painted(self) -> None:
        self.first_paint_ms = (time.perf_counter() - self._t0) * 1000
        if self.poll_enabled:
            self._use_helper = True  # polls will bring refreshes
        self.log.info(f"frontline: first paint in {self.first_paint_ms:.0f} ms")

    def _alert(self, claims: list, conflicts: list[ConflictRow]) -> None:
        """One toast per kind per refresh; it replaces that kind's toast still on screen
        (counts add up), so a burst of polls never stacks toasts over the panes."""
        alerts = self.config.settings.alerts
        rang = False
        if claims and alerts.watched_claims:
            c = claims[-1]
            n = self._alert_count("claim", len(claims))
            latest = f"{c.claimant or c.feed} says {c.side} {c.kind} {c.place}"
            text = (
                f"New claim on {self.watch}: {latest}"
                if n == 1
                else f"{n} new claims on {self.watch}: latest {latest}"
            )
            self._alert_toast("claim", n, text, "information", 5)
            rang = True
        if conflicts and alerts.conflicts:
            k = conflicts[0]
            n = self._alert_count("conflict", len(conflicts))
            if self.size.width >= 120:
                pair = (
                    f"{k.a.claimant} ({k.a.side} {k.a.kind})"
                    f" vs {k.b.claimant} ({k.b.side} {k.b.kind})"
                )
            else:  # a narrow toast: who said it is one keypress away, in the conflicts pane
                pair = f"{k.a.side} {k.a.kind} vs {k.b.side} {k.b.kind}"
            text = (
                f"New conflict on {k.place}: {pair}"
                if n == 1
                else f"{n} new conflicts: latest on {k.place}: {pair}"
            )
            self._alert_toast("conflict", n, text, "warning", 6)
            rang = True
        if rang and alerts.bell:
            self.bell()

    def _alert_count(self, kind: str, new: int) -> int:
        """New items of this kind plus those its toast still on screen was counting."""
        shown = self._alert_shown.get(kind)
        if shown is not None and shown[0] in self._notifications:
            return shown[1] + new
        return new

    def _alert_toast(self, kind: str, count: int, text: str, severity: str, timeout: float) -> None:
        shown = self._alert_shown.get(kind)
        if shown is not None and shown[0] in self._notifications:
            self._unnotify(shown[0], refresh=False)
        note = Notification(
            render.message(text),
            severity=severity,  # type: ignore[arg-type]
            timeout=timeout,
            markup=False,
        )
        self._alert_shown[kind] = (note, count)
        self.post_message(Notify(note))

    def on_store_changed(self, message: StoreChanged) -> None:
        if message.watermark != self.watermark:
            # Someone else writes the store (a poller): refreshes will keep coming, so
            # their Python work moves out of the UI process.
            self._use_helper = True
            self.reload_soon()

    def reload_soon(self) -> None:
        """Coalesce automatic reloads (a poll writes in bursts): at most one a second."""
        if self._reload_timer is not None:
            return
        wait = max(0.0, 1.0 - (time.monotonic() - self._last_auto_reload))

        def fire() -> None:
            self._reload_timer = None
            self._last_auto_reload = time.monotonic()
            self.reload()

        self._reload_timer = self.set_timer(wait, fire) if wait else None
        if not wait:
            fire()

    def on_poll_cycle(self, message: PollCycle) -> None:
        self.poll_cycles += 1
        self.last_poll_summary = message.summary
        self._use_helper = True
        for name, error in list(message.failed.items())[:3]:
            self.say(f"feed {name}: {error}", severity="warning")
        self.reload_soon()

    def on_saved(self, message: Saved) -> None:
        # The row already shows the change; counts follow with the next coalesced load,
        # so a burst of triage keys costs one reload, not one per key.
        self.reload_soon()
        if message.what == "note" and isinstance(self.screen, DetailScreen):
            self.load_detail(message.item_id, "show")

    def on_write_failed(self, message: WriteFailed) -> None:
        self.say(message.error, severity="error", timeout=8)
        self.reload()

    def on_detail_loaded(self, message: DetailLoaded) -> None:
        d = message.detail
        if d is None:
            self.say(f"item {message.item_id} is no longer in the store", severity="warning")
            return
        if message.purpose == "show":
            if isinstance(self.screen, DetailScreen) and self.screen.item_id == d.id:
                self.screen.show(d)
        elif message.purpose == "copy":
            self._copy(d)
        elif message.purpose == "open":
            self._open(d)

    def on_health_loaded(self, message: HealthLoaded) -> None:
        if isinstance(self.screen, FeedHealthScreen):
            self.screen.show(message.rows, self.now)

    def on_brief_done(self, message: BriefDone) -> None:
        self.say(message.text, severity="error" if message.error else "information", timeout=8)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.state == WorkerState.ERROR:
            group = event.worker.group
            error = event.worker.error
            self.say(f"{group} failed: {error}", severity="error", timeout=10)
            if group == "poll":
                self.poll_enabled = False
                self.refresh_header()

    # -- the item under the cursor ------------------------------------------------------

    def _selected(self) -> tuple[int, dict[str, bool]] | None:
        screen = self.screen
        if isinstance(screen, DashboardScreen | DetailScreen):
            return screen.selected_item()
        return None

    def _set_flags(self, item_id: int, flags: dict[str, bool]) -> None:
        """Show the change at once, then persist it through the writer thread."""
        self._writes.put(("triage", item_id, flags))
        self.dashboard.patch_item(item_id, flags)
        if isinstance(self.screen, DetailScreen):
            self.screen.patch_item(item_id, flags)

    def _toggle(self, flag: str, word: str) -> None:
        sel = self._selected()
        if sel is None:
            self.say("No item selected", severity="warning")
            return
        item_id, flags = sel
        value = not flags.get(flag, False)
        self._set_flags(item_id, {flag: value})

    # -- actions (keys from actions.py) -------------------------------------------------

    def action_toggle_read(self) -> None:
        self._toggle("read", "read")

    def action_toggle_flag(self) -> None:
        self._toggle("flagged", "flagged")

    def action_toggle_verified(self) -> None:
        self._toggle("verified", "verified")

    def action_toggle_dismissed(self) -> None:
        self._toggle("dismissed", "dismissed")

    def action_cursor_down(self) -> None:
        widget = self.focused
        if isinstance(widget, DataTable | RowView):
            widget.action_cursor_down()

    def action_cursor_up(self) -> None:
        widget = self.focused
        if isinstance(widget, DataTable | RowView):
            widget.action_cursor_up()

    def _cycle(self, step: int) -> None:
        if not isinstance(self.screen, DashboardScreen):
            return
        panes = self.screen.panes
        current = self.focused
        i = panes.index(current) if current in panes else -1  # type: ignore[arg-type]
        panes[(i + step) % len(panes)].focus()

    def action_next_pane(self) -> None:
        self._cycle(1)

    def action_prev_pane(self) -> None:
        self._cycle(-1)

    def action_next_unread(self) -> None:
        if not self.dashboard.move_unread(forward=True):
            self.say("No more unread items below")

    def action_prev_unread(self) -> None:
        if not self.dashboard.move_unread(forward=False):
            self.say("No unread items above")

    def action_open_detail(self) -> None:
        if not isinstance(self.screen, DashboardScreen):
            return
        sel = self.screen.selected_item()
        if sel is None:
            return
        item_id, flags = sel
        pending = {}
        if not flags.get("read"):
            pending = {"read": True}
            self._set_flags(item_id, pending)
        self.push_screen(DetailScreen(item_id, pending))

    def action_back(self) -> None:
        if len(self.screen_stack) > 2:
            self.pop_screen()

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def action_feed_health(self) -> None:
        self.push_screen(FeedHealthScreen())

    def action_add_note(self) -> None:
        sel = self._selected()
        if sel is None:
            self.say("No item selected", severity="warning")
            return
        item_id = sel[0]

        def done(text: str | None) -> None:
            if text and text.strip():
                self._writes.put(("note", item_id, text.strip()))

        self.push_screen(PromptScreen("Note on this item", placeholder="your note"), done)

    def action_search(self) -> None:
        def done(text: str | None) -> None:
            if text is not None:
                self.search_text = text.strip()
                self._filters_changed()

        self.push_screen(
            PromptScreen("Search items (full text; empty clears)", self.search_text), done
        )

    def action_clear_filters(self) -> None:
        if (
            self.search_text
            or self.side_filter
            or self.kind_filter
            or self.feed_filter
            or (self.unread_only)
        ):
            self.search_text = ""
            self.side_filter = self.kind_filter = self.feed_filter = None
            self.unread_only = False
            self._filters_changed()

    def _pick(self, title: str, choices: list[str], current: str | None, attr: str) -> None:
        def done(value: str | None) -> None:
            if value is not None:
                setattr(self, attr, value or None)
                self._filters_changed()

        self.push_screen(PickScreen(title, choices, current), done)

    def action_filter_side(self) -> None:
        self._pick("Filter by side", list(self.config.sides), self.side_filter, "side_filter")

    def action_filter_kind(self) -> None:
        self._pick("Filter by kind", list(KINDS), self.kind_filter, "kind_filter")

    def action_filter_feed(self) -> None:
        feeds = list(self.snapshot.feeds) if self.snapshot else [f.name for f in self.config.feeds]
        self._pick("Filter by feed", feeds, self.feed_filter, "feed_filter")

    def action_toggle_unread_only(self) -> None:
        self.unread_only = not self.unread_only
        self._filters_changed()

    def _filters_changed(self) -> None:
        self.refresh_header()
        self.reload()

    def action_watch(self) -> None:
        def done(text: str | None) -> None:
            if text is not None:
                self.set_watch(text.strip() or None)

        self.push_screen(
            PromptScreen("Watch a city (any name; empty shows all)", self.watch or ""), done
        )

    def set_watch(self, name: str | None, reload: bool = True) -> None:
        """Focus on a tracked city (by name or alias) or any name, matched by text."""
        if not name:
            self.watch, self.watch_tracked = None, False
        else:
            city = self._tracked(name)
            if city is not None:
                self.watch, self.watch_tracked = city, True
            else:
                self.watch, self.watch_tracked = name, False
                from frontline.match import suggest

                hint = suggest(name, self.config.cities)
                if hint:
                    self.say(
                        f"“{name}” is not tracked; did you mean {hint}? Watching “{name}” "
                        "by text meanwhile (w to change).",
                        severity="warning",
                        timeout=10,
                    )
                else:
                    self.say(f"“{name}” is not tracked: matching items by text.")
        if reload:
            self._filters_changed()

    def _tracked(self, name: str) -> str | None:
        key = name.casefold()
        for city in self.config.cities:
            if key == city.name.casefold() or key in (a.casefold() for a in city.aliases):
                return city.name
        return None

    def action_open_link(self) -> None:
        self._with_detail("open")

    def action_copy_citation(self) -> None:
        self._with_detail("copy")

    def _with_detail(self, purpose: str) -> None:
        screen = self.screen
        if isinstance(screen, DetailScreen) and screen.detail is not None:
            (self._copy if purpose == "copy" else self._open)(screen.detail)
            return
        sel = self._selected()
        if sel is None:
            self.say("No item selected", severity="warning")
            return
        self.load_detail(sel[0], purpose)

    def _copy(self, d: ItemDetail) -> None:
        claimant = None
        if isinstance(self.screen, DashboardScreen):
            claimant = self.screen.selected_claimant()
        text = render.citation(d, claimant)
        self.copy_to_clipboard(text)
        self.last_citation = text
        self.say(f"Copied: {text}")

    def _open(self, d: ItemDetail) -> None:
        if not d.link:
            self.say("This item has no link", severity="warning")
            return
        # The link comes from the feed: hand only web links to the browser / xdg-open,
        # never javascript:, data:, file: or some other registered scheme handler.
        if d.link.split(":", 1)[0].strip().casefold() not in ("http", "https"):
            self.say(f"Not opening a non-web link: {d.link[:80]}", severity="warning")
            return
        self.open_url(d.link)

    def action_brief(self) -> None:
        city = self.watch if self.watch_tracked else None
        if city is None and isinstance(self.screen, DashboardScreen):
            city = self.screen.selected_city()
        if not city:
            self.say(
                "Watch a tracked city (w) or select one to write its brief", severity="warning"
            )
            return
        self._brief(city, self.now)


def run(
    config: Config,
    db_path: str | Path,
    watch: str | Sequence[str] | None = None,
    poll: bool = True,
    now: datetime | str | None = None,
) -> int:
    """Run the dashboard until the user quits; the CLI's ``frontline`` calls this.

    ``watch`` may be a list (``--watch`` repeated): the first name is watched; ``w``
    switches between names inside the app.
    """
    from frontline.store import Store, StoreError

    if watch is not None and not isinstance(watch, str):
        watch = next((w for w in watch if w and w.strip()), None)

    try:
        Store(db_path).close()  # create or migrate the schema before the first read
    except (StoreError, OSError, sqlite3.Error) as e:
        print(f"frontline: cannot open the store {db_path}: {e}", file=sys.stderr)
        return 1
    FrontlineApp(config, db_path, watch=watch, poll=poll, now=now).run()
    return 0


__all__ = ["FrontlineApp", "KeyedTable", "run"]
