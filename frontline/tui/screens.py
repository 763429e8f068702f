"""Screens: the dashboard, the item detail, feed health, help, and two small prompts.

Screens lay out widgets and show what the App hands them (rows from queries.py turned
into cells by render.py). They own no data and run no I/O: keys resolve to ``app.*``
actions from the registry in actions.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import DataTable, Footer, Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from frontline.queries import ClaimRow, FeedHealth, ItemDetail, Snapshot
from frontline.tui import render
from frontline.tui.actions import DASH, DETAIL, HEALTH, bindings, help_rows
from frontline.tui.widgets import KeyedTable, RowView, TableRow

if TYPE_CHECKING:
    from frontline.tui.app import FrontlineApp

WIDE_TABLE = 110  # claims table width from which claimant and outlet columns show


class DashboardScreen(Screen):
    """Header, the three panes (claims first), footer."""

    BINDINGS = bindings(DASH)
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (120, "-wide")]
    AUTO_FOCUS = "#claims"

    app: FrontlineApp  # type: ignore[assignment]

    def compose(self) -> ComposeResult:
        yield Static(id="header")
        with Vertical(id="panes"):
            yield RowView(render.CLAIM_COLUMNS, gap=1, id="claims")
            with Horizontal(id="lower"):
                yield KeyedTable(
                    render.CITY_COLUMNS,
                    gap=1,
                    shrink=render.CITY_SHRINK,
                    min_fill=render.CITY_WHY_WIDTH,
                    id="cities",
                )
                yield RowView(render.CONFLICT_COLUMNS, gap=1, row_height=2, id="conflicts")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.claims.border_title = "Latest claims"
        self.cities.border_title = "Cities"
        self.conflicts.border_title = "Source conflicts"
        names, widths = render.claim_columns(80, WIDE_TABLE)
        self.claims.set_columns(names, widths=widths)
        self.cities.set_columns(tuple(render.CITY_COLUMNS))
        self.conflicts.set_columns(tuple(render.CONFLICT_COLUMNS))
        self.show_header(self.app.header_text())
        if self.app.snapshot is not None:
            self.apply(self.app.snapshot)

    @property
    def claims(self) -> RowView:
        return self.query_one("#claims", RowView)

    @property
    def cities(self) -> KeyedTable:
        return self.query_one("#cities", KeyedTable)

    @property
    def conflicts(self) -> RowView:
        return self.query_one("#conflicts", RowView)

    @property
    def panes(self) -> list[KeyedTable | RowView]:
        return [self.claims, self.cities, self.conflicts]

    def on_resize(self) -> None:
        self.call_after_refresh(self._fit_columns)

    def _fit_columns(self) -> None:
        names, widths = render.claim_columns(self.claims.size.width - 1, WIDE_TABLE)
        if names != self.claims.columns_shown:
            keep = self.claims.current_key
            self.claims.set_columns(names, widths=widths)
            if self.app.snapshot is not None:
                self.apply(self.app.snapshot)
                if keep:
                    self.claims.move_to_key(keep)
        short = self.conflicts.fill_width(self.conflicts.columns_shown) < render.FULL_SIDE_WIDTH
        if short != getattr(self, "_short_sides", short) and self.app.snapshot is not None:
            self.apply(self.app.snapshot)

    # -- showing data -------------------------------------------------------------------

    def show_header(self, text: Text) -> None:
        # Static.update re-lays out the screen: only when the line really changed.
        if text == getattr(self, "_header_shown", None):
            return
        for header in self.query("#header").results(Static):
            header.update(text)
            self._header_shown = text

    def apply(self, snap: Snapshot) -> None:
        """Show a snapshot: every pane synced by row key (cursor and scroll kept)."""
        app = self.app
        pal = app.palette
        now = app.now
        columns = self.claims.columns_shown
        claims, cities, conflicts = self.claims, self.cities, self.conflicts
        if now.date() != getattr(self, "_cells_day", None):
            # short times say HH:MM for today only: a new day re-renders the cells
            self._cells_day = now.date()
            _invalidate(claims)
        claims.sync(
            [
                claims.row_for(r.key, r, lambda r=r: render.claim_cells(r, columns, pal, now))
                for r in snap.claims
            ]
        )
        if snap.claims:
            _subtitle(claims, f"{len(snap.claims)} shown")
        else:
            _subtitle(claims, "nothing matches: Esc clears filters, w changes the watch")
        watched = (app.watch or "").casefold()
        cities.sync(
            [
                cities.row_for(
                    f"city:{r.city}",
                    (r, r.city.casefold() == watched, r.as_of and render.ago(r.as_of, now)),
                    lambda r=r: render.city_cells(
                        r, pal, watched=r.city.casefold() == watched, now=now
                    ),
                )
                for r in snap.cities
            ]
        )
        short = conflicts.fill_width(conflicts.columns_shown) < render.FULL_SIDE_WIDTH
        if short != getattr(self, "_short_sides", None):
            self._short_sides = short
            _invalidate(conflicts)
        conflicts.sync(
            [
                conflicts.row_for(
                    f"k{k.id}",
                    k,
                    lambda k=k: render.conflict_cells(k, pal, short),
                    height=2,
                )
                for k in snap.conflicts
            ]
        )
        _subtitle(conflicts, f"{len(snap.conflicts)}")

    def patch_item(self, item_id: int, flags: dict[str, bool]) -> None:
        """Show a triage change at once on every claims row of the item."""
        columns = self.claims.columns_shown
        for key in self.claims.keys_in_order():
            row = self.claims.rows_by_key[key]
            data: ClaimRow = row.data  # type: ignore[assignment]
            if data.item_id == item_id:
                new = _replace(data, flags)
                cells = render.claim_cells(new, columns, self.app.palette, self.app.now)
                self.claims.update_row(TableRow(key, cells, new))

    def selected_item(self) -> tuple[int, dict[str, bool]] | None:
        """The item behind the cursor of the focused pane (claims, or claim A of a conflict)."""
        table = self.focused if isinstance(self.focused, KeyedTable | RowView) else self.claims
        row = table.current
        if row is None:
            return None
        data = row.data
        if isinstance(data, ClaimRow):
            return data.item_id, _flags(data)
        if table is self.conflicts:
            item = data.a.item_id  # type: ignore[union-attr]
            return item, self.app.known_flags(item)
        return None

    def selected_claimant(self) -> str | None:
        """Who made the selected claim (claim A for a conflict), for citations."""
        table = self.focused if isinstance(self.focused, KeyedTable | RowView) else self.claims
        row = table.current
        if row is None:
            return None
        if isinstance(row.data, ClaimRow):
            return row.data.claimant or None
        a = getattr(row.data, "a", None)
        return getattr(a, "claimant", None) or None

    def selected_city(self) -> str | None:
        table = self.focused if isinstance(self.focused, KeyedTable | RowView) else self.claims
        row = table.current
        if row is None:
            return None
        data = row.data[0] if isinstance(row.data, tuple) else row.data
        return getattr(data, "city", None) or None

    def move_unread(self, forward: bool) -> bool:
        """Put the claims cursor on the next (or previous) unread row; False if none."""
        table = self.claims
        table.focus()
        keys = table.keys_in_order()
        if not keys:
            return False
        start = table.cursor_row
        order = range(start + 1, len(keys)) if forward else range(start - 1, -1, -1)
        for i in order:
            data: ClaimRow = table.rows_by_key[keys[i]].data  # type: ignore[assignment]
            if not data.read and not data.dismissed:
                table.move_cursor(row=i)
                return True
        return False

    @on(RowView.Selected)
    def _opened(self, event: RowView.Selected) -> None:
        if event.view.id in ("claims", "conflicts"):
            self.app.action_open_detail()

    @on(DataTable.RowSelected)
    def _selected(self, event: DataTable.RowSelected) -> None:
        if event.data_table.id == "cities":
            key = event.row_key.value or ""
            if key.startswith("city:"):
                self.app.set_watch(key[5:])


def _invalidate(table: KeyedTable | RowView) -> None:
    """Mark every row so the next ``row_for`` renders it again (cells stay until then)."""
    table.rows_by_key = {
        k: TableRow(r.key, r.cells, _Stale(r.data), r.height) for k, r in table.rows_by_key.items()
    }


@dataclass(frozen=True)
class _Stale:
    data: object


def _subtitle(table: KeyedTable, text: str) -> None:
    if table.border_subtitle != text:
        table.border_subtitle = text


def _flags(r: ClaimRow) -> dict[str, bool]:
    return {"read": r.read, "flagged": r.flagged, "verified": r.verified, "dismissed": r.dismissed}


def _replace(r: ClaimRow, flags: dict[str, bool]) -> ClaimRow:
    from dataclasses import replace

    return replace(r, **{k: v for k, v in flags.items() if k in _flags(r)})


class DetailScreen(Screen):
    """One item in full: metadata, text with mentions and evidence highlighted, notes."""

    BINDINGS = [
        *bindings(DETAIL),
        Binding("j", "scroll_down", "Down", show=False, id="frontline.detail-down"),
        Binding("k", "scroll_up", "Up", show=False, id="frontline.detail-up"),
    ]

    app: FrontlineApp  # type: ignore[assignment]

    def __init__(self, item_id: int, pending: dict[str, bool] | None = None) -> None:
        super().__init__()
        self.item_id = item_id
        self.detail: ItemDetail | None = None
        self.pending = dict(pending or {})  # flags written but maybe not yet read back

    def compose(self) -> ComposeResult:
        yield Static(id="header")
        with VerticalScroll(id="detail-scroll"):
            yield Static(Text("Loading…", style="dim"), id="detail")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#header", Static).update(self.app.header_text())
        self.app.load_detail(self.item_id, "show")

    def show_header(self, text: Text) -> None:
        # Static.update re-lays out the screen: only when the line really changed.
        if text == getattr(self, "_header_shown", None):
            return
        for header in self.query("#header").results(Static):
            header.update(text)
            self._header_shown = text

    def show(self, detail: ItemDetail) -> None:
        if self.pending:
            from dataclasses import replace

            detail = replace(detail, **self.pending)
            self.pending = {}
        self.detail = detail
        self.query_one("#detail", Static).update(render.detail(detail, self.app.palette))

    def selected_item(self) -> tuple[int, dict[str, bool]] | None:
        if self.detail is None:
            return self.item_id, self.app.known_flags(self.item_id)
        d = self.detail
        return d.id, {
            "read": d.read,
            "flagged": d.flagged,
            "verified": d.verified,
            "dismissed": d.dismissed,
        }

    def patch_item(self, item_id: int, flags: dict[str, bool]) -> None:
        if self.detail is not None and self.detail.id == item_id:
            from dataclasses import replace

            self.show(replace(self.detail, **flags))

    def action_scroll_down(self) -> None:
        self.query_one("#detail-scroll", VerticalScroll).scroll_down(animate=False)

    def action_scroll_up(self) -> None:
        self.query_one("#detail-scroll", VerticalScroll).scroll_up(animate=False)


class FeedHealthScreen(Screen):
    """Every feed's fetch state; a failing feed is red."""

    BINDINGS = bindings(HEALTH)

    app: FrontlineApp  # type: ignore[assignment]

    def compose(self) -> ComposeResult:
        yield Static(id="header")
        yield KeyedTable(render.HEALTH_COLUMNS, id="health")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#health", KeyedTable)
        table.border_title = "Feed health"
        table.set_columns(tuple(render.HEALTH_COLUMNS))
        self.query_one("#header", Static).update(self.app.header_text())
        self.app.load_health()

    def show_header(self, text: Text) -> None:
        # Static.update re-lays out the screen: only when the line really changed.
        if text == getattr(self, "_header_shown", None):
            return
        for header in self.query("#header").results(Static):
            header.update(text)
            self._header_shown = text

    def show(self, rows: Sequence[FeedHealth], now: datetime) -> None:
        table = self.query_one("#health", KeyedTable)
        table.sync([TableRow(f"feed:{r.name}", render.health_cells(r, now), r) for r in rows])
        failing = sum(r.failing for r in rows)
        table.border_subtitle = f"{len(rows)} feeds, {failing} failing"


class HelpScreen(ModalScreen[None]):
    """The keys, read from the same registry as the bindings."""

    BINDINGS = [
        Binding("escape,q,question_mark", "dismiss", "Close", id="frontline.help-close"),
    ]

    def compose(self) -> ComposeResult:
        with Vertical(id="help-box"):
            yield Label(Text("frontline keys", style="bold"))
            table = DataTable(cursor_type="none", id="help-table")
            yield table
            yield Label(Text("ctrl+p: command palette · Esc/q/?: close", style="dim"))

    def on_mount(self) -> None:
        table = self.query_one("#help-table", DataTable)
        table.add_column("Key", width=10)
        table.add_column("Action", width=12)
        table.add_column("What it does")
        for key, label, text in help_rows():
            table.add_row(Text(key, style="bold"), Text(label), Text(text))

    def action_dismiss(self, result: None = None) -> None:  # type: ignore[override]
        self.dismiss(None)


class PromptScreen(ModalScreen[str | None]):
    """One line of input (watch, search, note); Esc cancels with None."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="frontline.prompt-cancel")]

    def __init__(self, title: str, value: str = "", placeholder: str = "") -> None:
        super().__init__()
        self.title_text = title
        self.value = value
        self.placeholder = placeholder

    def compose(self) -> ComposeResult:
        with Vertical(id="prompt-box"):
            yield Label(Text(self.title_text, style="bold"))
            yield Input(value=self.value, placeholder=self.placeholder, id="prompt-input")

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value)

    def action_cancel(self) -> None:
        self.dismiss(None)


class PickScreen(ModalScreen[str | None]):
    """Pick one of a few values (side, kind, feed); the first option clears the filter."""

    BINDINGS = [Binding("escape,q", "cancel", "Cancel", id="frontline.pick-cancel")]

    def __init__(self, title: str, choices: Sequence[str], current: str | None) -> None:
        super().__init__()
        self.title_text = title
        self.choices = list(choices)
        self.current = current

    def compose(self) -> ComposeResult:
        options = [Option(render.choice("(all)"), id="")]
        for value in self.choices:
            hint = "current" if value == self.current else ""
            options.append(Option(render.choice(value, hint), id=f"v:{value}"))
        with Vertical(id="pick-box"):
            yield Label(Text(self.title_text, style="bold"))
            yield OptionList(*options, id="pick-list")

    def on_mount(self) -> None:
        olist = self.query_one(OptionList)
        if self.current in self.choices:
            olist.highlighted = self.choices.index(self.current) + 1

    @on(OptionList.OptionSelected)
    def _picked(self, event: OptionList.OptionSelected) -> None:
        oid = event.option.id or ""
        self.dismiss(oid[2:] if oid.startswith("v:") else "")

    def action_cancel(self) -> None:
        self.dismiss(None)
