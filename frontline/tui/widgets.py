"""Widgets: a DataTable that is updated in place by row key.

``KeyedTable.sync`` diffs the new rows against what is shown: changed cells are updated,
new rows added, gone rows removed, and the order restored with one sort. The cursor stays
on the same row key and the scroll position is kept, so a poll never loses the desk's
place. No SQL and no renderables are built here (rows arrive as cells from render.py).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass

from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.cache import LRUCache
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.widgets import DataTable
from textual.widgets.data_table import RowDoesNotExist


@dataclass(frozen=True)
class TableRow:
    key: str
    cells: Sequence[Text]
    data: Hashable | object = None  # the query row behind it
    height: int = 1


class ColumnSet:
    """Column bookkeeping shared by ``KeyedTable`` and ``RowView``: which columns show,
    their widths (overrides, then shrunk ones on a narrow pane) and what the fill
    columns (width None) get. The widget says how much padding its columns take."""

    _all_columns: dict[str, tuple[str, int | None]]
    _gap: int
    size: Size

    def _init_columns(
        self,
        columns: dict[str, tuple[str, int | None]],
        gap: int,
        shrink: dict[str, int] | None = None,
        min_fill: int = 0,
    ) -> None:
        self._all_columns = columns
        self._gap = gap
        # shrink: fixed columns (in the order they give way) and their least width, cut
        # when the fill columns would get less than ``min_fill`` cells.
        self._shrink = dict(shrink or {})
        self._min_fill = min_fill
        self._shrunk: dict[str, int] = {}
        self._shown: tuple[str, ...] = ()
        self._widths: dict[str, int | None] = {}
        self._fill = 0

    def _padding(self, names: Sequence[str], widths: Callable[[str], int | None]) -> int:
        """Cells the widget puts around and between these columns."""
        raise NotImplementedError

    def _base_width(self, name: str) -> int | None:
        if name in self._widths:
            return self._widths[name]
        return self._all_columns[name][1]

    def _width(self, name: str) -> int | None:
        if name in self._shrunk:
            return self._shrunk[name]
        return self._base_width(name)

    def _shrinks(self, names: Sequence[str]) -> dict[str, int]:
        """Cuts to the shrinkable columns (first listed gives way first) so the fill
        columns get ``min_fill`` cells each, as far as the least widths allow."""
        fills = sum(1 for n in names if self._base_width(n) is None)
        if not fills or not self._shrink:
            return {}
        fixed = sum((self._base_width(n) or 0) for n in names)
        pad = self._padding(names, self._base_width)
        short = self._min_fill * fills - (self.size.width - fixed - pad - 1)
        out: dict[str, int] = {}
        for name, least in self._shrink.items():
            width = self._base_width(name) if name in names else None
            if short <= 0 or width is None:
                continue
            cut = min(short, width - least)
            if cut > 0:
                out[name] = width - cut
                short -= cut
        return out

    def fill_width(self, names: Sequence[str]) -> int:
        """What each fill column (width None) gets once the others are placed (shrunk
        as far as needed): fill columns share the rest of the pane's width equally."""
        shrunk = self._shrinks(names)

        def width(name: str) -> int | None:
            return shrunk.get(name, self._base_width(name))

        fills = sum(1 for n in names if width(n) is None) or 1
        fixed = sum((width(n) or 0) for n in names)
        pad = self._padding(names, width)
        return max(8, (self.size.width - fixed - pad - 1) // fills)

    def _columns_change(
        self, names: Sequence[str], force: bool, widths: dict[str, int | None] | None
    ) -> tuple[tuple[str, ...], int, dict[str, int]] | None:
        """(names, fill, shrunk) when showing these columns changes anything, else None."""
        names = tuple(names)
        if widths is not None and widths != self._widths:
            self._widths = dict(widths)
            force = True
        fill = self.fill_width(names)
        shrunk = self._shrinks(names)
        if names == self._shown and fill == self._fill and shrunk == self._shrunk and not force:
            return None
        return names, fill, shrunk

    @property
    def columns_shown(self) -> tuple[str, ...]:
        return self._shown


class KeyedTable(ColumnSet, DataTable):
    """A row-cursor DataTable whose rows are kept by key across refreshes."""

    DEFAULT_CSS = """
    KeyedTable { height: 1fr; }
    """

    def __init__(
        self,
        columns: dict[str, tuple[str, int | None]],
        gap: int = 0,
        shrink: dict[str, int] | None = None,
        min_fill: int = 0,
        **kwargs,
    ) -> None:
        # gap > 0: no cell padding; each fixed column is cut to its width and followed by
        # ``gap`` blank cells (1 cell between columns instead of DataTable's 2).
        padding = {"cell_padding": 0} if gap else {}
        super().__init__(cursor_type="row", zebra_stripes=False, **padding, **kwargs)
        self._init_columns(columns, gap, shrink, min_fill)
        self.rows_by_key: dict[str, TableRow] = {}
        self.order: list[str] = []

    def _padding(self, names: Sequence[str], widths: Callable[[str], int | None]) -> int:
        return (self._gap if self._gap else 2 * self.cell_padding) * len(names)

    def set_columns(
        self,
        names: Sequence[str],
        force: bool = False,
        widths: dict[str, int | None] | None = None,
    ) -> bool:
        """Show these columns (a subset of the table's; ``widths`` overrides theirs), the
        fill columns taking the rest of the width; True if anything changed. A new set of
        names drops the rows (their cells were made for other columns): the owner syncs
        them again."""
        change = self._columns_change(names, force, widths)
        if change is None:
            return False
        names, fill, shrunk = change
        keep = self.current_key
        rows = [self.rows_by_key[k] for k in self.order] if names == self._shown else []
        self.clear(columns=True)
        self._shown = names
        self._fill = fill
        self._shrunk = shrunk
        for name in names:
            label, _ = self._all_columns[name]
            width = self._width(name)
            if width is not None and self._gap:
                # the header cut like the cells, so a shrunk column's label keeps its gap
                label = Text(label, no_wrap=True)
                label.truncate(width, overflow="ellipsis", pad=True)
                label.append(" " * self._gap)
            width = fill if width is None else width + self._gap
            self.add_column(label, key=name, width=width)
        self.rows_by_key.clear()
        self.order = []
        if rows:
            self.sync(rows, keep_key=keep)
        return True

    def _fit(self, cells: Sequence[Text]) -> Sequence[Text]:
        """With a gap: each fixed column's cell cut to its width, then the gap."""
        if not self._gap:
            return cells
        out = []
        for name, cell in zip(self._shown, cells, strict=False):
            width = self._width(name)
            if width is not None:
                cell = cell.copy()
                cell.truncate(width, overflow="ellipsis", pad=True)
                cell.append(" " * self._gap)
            out.append(cell)
        return out

    @property
    def current_key(self) -> str | None:
        if not self.order or self.row_count == 0:
            return None
        try:
            key = self.coordinate_to_cell_key(self.cursor_coordinate).row_key
        except Exception:  # noqa: BLE001 - an empty or shrinking table has no cursor row
            return None
        return key.value

    @property
    def current(self) -> TableRow | None:
        key = self.current_key
        return self.rows_by_key.get(key) if key else None

    def sync(self, rows: Sequence[TableRow], keep_key: str | None = None) -> None:
        """Make the table show ``rows`` in this order, touching only what changed."""
        keep = keep_key if keep_key is not None else self.current_key
        new_keys = [r.key for r in rows]
        wanted = set(new_keys)
        for key in [k for k in self.order if k not in wanted]:
            with contextlib.suppress(RowDoesNotExist):
                self.remove_row(key)
            self.rows_by_key.pop(key, None)
        column_keys = list(self._shown)
        for row in rows:
            old = self.rows_by_key.get(row.key)
            if old is None:
                self.add_row(*self._fit(row.cells), key=row.key, height=row.height)
            elif list(old.cells) != list(row.cells):
                self._update_cells(row.key, old.cells, row.cells)
            self.rows_by_key[row.key] = row
        if new_keys != self._current_order() and column_keys:
            first = column_keys[0]
            position = {id(self.get_cell(k, first)): i for i, k in enumerate(new_keys)}
            self.sort(first, key=lambda cell: position.get(id(cell), 0))
        self.order = new_keys
        if keep is not None and keep in self.rows_by_key:
            self.move_cursor(row=self.get_row_index(keep), animate=False, scroll=False)

    def _current_order(self) -> list[str]:
        return [row.key.value for row in self.ordered_rows]  # type: ignore[misc]

    def update_row(self, row: TableRow) -> None:
        """Replace one row's cells in place (an optimistic triage change)."""
        old = self.rows_by_key.get(row.key)
        if old is None:
            return
        self._update_cells(row.key, old.cells, row.cells)
        self.rows_by_key[row.key] = row

    def _update_cells(self, key: str, old: Sequence[Text], new: Sequence[Text]) -> None:
        fitted = self._fit(new)
        for col, a, b, shown in zip(self._shown, old, new, fitted, strict=False):
            if a != b:
                self.update_cell(key, col, shown, update_width=False)

    def on_resize(self) -> None:
        if self._shown:
            self.set_columns(self._shown, widths=self._widths)

    def row_for(
        self, key: str, data: object, make: Callable[[], Sequence[Text]], height: int = 1
    ) -> TableRow:
        """The shown row if its data is unchanged (no re-render), else a new one."""
        old = self.rows_by_key.get(key)
        if old is not None and old.data == data:
            return old
        return TableRow(key, make(), data, height)

    def keys_in_order(self) -> list[str]:
        return list(self.order)

    def move_to_key(self, key: str) -> None:
        if key in self.rows_by_key:
            self.move_cursor(row=self.get_row_index(key), animate=False)


class RowView(ColumnSet, ScrollView, can_focus=True):
    """A keyed row list on Textual's line API, for panes that change while the desk reads.

    It offers the ``KeyedTable`` calls the screens use (``sync``, ``row_for``,
    ``set_columns``, ``current``...), but a refresh only swaps a list and a dict: no
    per-row widgets, no measuring, no sort. Lines are rendered on demand for the visible
    rows only and cached by row object (a row's ``TableRow`` is replaced exactly when its
    data changes), so a poll that puts new claims on top renders just the new rows, and a
    key press renders the two rows the cursor left and entered. (A ``DataTable`` drops
    every cached line on any change, then renders all visible rows again.)
    """

    COMPONENT_CLASSES = {"rowview--header", "rowview--cursor"}
    DEFAULT_CSS = """
    RowView {
        background: $surface;
        color: $foreground;
        height: 1fr;
        &:focus {
            background-tint: $foreground 5%;
            & > .rowview--cursor {
                background: $block-cursor-background;
                color: $block-cursor-foreground;
                text-style: $block-cursor-text-style;
            }
        }
        & > .rowview--header {
            text-style: bold;
            background: $panel;
            color: $foreground;
        }
        & > .rowview--cursor {
            background: $block-cursor-blurred-background;
            color: $block-cursor-blurred-foreground;
        }
    }
    """

    BINDINGS = [
        Binding("up", "cursor_up", "Up", show=False),
        Binding("down", "cursor_down", "Down", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
        Binding("pagedown", "page_down", "Page down", show=False),
        Binding("home", "first", "First", show=False),
        Binding("end", "last", "Last", show=False),
        Binding("enter", "select", "Select", show=False),
    ]

    @dataclass
    class Selected(Message):
        """Enter (or a click on the cursor row): the owner opens the row."""

        view: RowView
        key: str

        @property
        def control(self) -> RowView:
            return self.view

    cursor_row: reactive[int] = reactive(0, always_update=False, repaint=False)

    def __init__(
        self,
        columns: dict[str, tuple[str, int | None]],
        gap: int = 1,
        row_height: int = 1,
        **kwargs,
    ) -> None:
        super().__init__(**kwargs)
        self._init_columns(columns, gap)
        self.row_height = row_height
        self.rows_by_key: dict[str, TableRow] = {}
        self.order: list[str] = []
        self._index: dict[str, int] = {}
        self._lines: LRUCache[tuple, tuple[TableRow, Strip]] = LRUCache(2000)
        self._header: tuple[tuple, Strip] | None = None

    # -- columns ------------------------------------------------------------------------

    def _padding(self, names: Sequence[str], widths: Callable[[str], int | None]) -> int:
        """A gap after each fixed column and between fill columns."""
        fixed = sum(1 for n in names if widths(n))
        fills = sum(1 for n in names if widths(n) is None)
        return self._gap * (fixed + max(0, fills - 1))

    def set_columns(
        self,
        names: Sequence[str],
        force: bool = False,
        widths: dict[str, int | None] | None = None,
    ) -> bool:
        """Show these columns (``widths`` overrides the defaults); True if anything
        changed. New names drop the rows (their cells were made for other columns)."""
        change = self._columns_change(names, force, widths)
        if change is None:
            return False
        names, fill, self._shrunk = change
        if names != self._shown:
            self.rows_by_key, self.order, self._index = {}, [], {}
            self._resize_virtual()
        self._shown = names
        self._fill = fill
        self._lines.clear()
        self._header = None
        self.refresh()
        return True

    def column_widths(self) -> list[tuple[int, int]]:
        """(content width, gap after it) of each shown column."""
        out = []
        for i, name in enumerate(self._shown):
            width = self._width(name)
            last = i == len(self._shown) - 1
            out.append((self._fill if width is None else width, 0 if last else self._gap))
        return out

    # -- rows ---------------------------------------------------------------------------

    @property
    def row_count(self) -> int:
        return len(self.order)

    def keys_in_order(self) -> list[str]:
        return list(self.order)

    def get_row_index(self, key: str) -> int:
        return self._index[key]

    def get_cell(self, key: str, column: str) -> Text:
        """The cell as built by render.py (uncut)."""
        return self.rows_by_key[key].cells[self._shown.index(column)]  # type: ignore[return-value]

    def get_row_at(self, index: int) -> Sequence[Text]:
        """Every cell of the row at ``index`` as built by render.py (DataTable's name)."""
        return self.rows_by_key[self.order[index]].cells  # type: ignore[return-value]

    @property
    def current_key(self) -> str | None:
        if not self.order:
            return None
        return self.order[min(self.cursor_row, len(self.order) - 1)]

    @property
    def current(self) -> TableRow | None:
        key = self.current_key
        return self.rows_by_key.get(key) if key else None

    def row_for(
        self, key: str, data: object, make: Callable[[], Sequence[Text]], height: int = 1
    ) -> TableRow:
        """The shown row if its data is unchanged (its lines stay cached), else a new one."""
        old = self.rows_by_key.get(key)
        if old is not None and old.data == data:
            return old
        return TableRow(key, make(), data, height)

    def sync(self, rows: Sequence[TableRow], keep_key: str | None = None) -> None:
        """Show ``rows`` in this order; the cursor stays on its row key and the rows above
        the viewport shift the scroll with them, so what the reader sees stays put."""
        keep = keep_key if keep_key is not None else self.current_key
        old_index = self._index
        top_key = self._top_key()
        self.rows_by_key = {r.key: r for r in rows}
        self.order = [r.key for r in rows]
        self._index = {k: i for i, k in enumerate(self.order)}
        self._resize_virtual()
        if keep is not None and keep in self._index:
            self.set_reactive(RowView.cursor_row, self._index[keep])
        else:
            self.set_reactive(RowView.cursor_row, min(self.cursor_row, max(0, self.row_count - 1)))
        if top_key is not None and top_key in self._index and old_index.get(top_key, 0) > 0:
            shift = (self._index[top_key] - old_index[top_key]) * self.row_height
            if shift:
                self.scroll_to(y=self.scroll_offset.y + shift, animate=False, immediate=True)
        self.refresh()

    def update_row(self, row: TableRow) -> None:
        """Replace one row in place (an optimistic triage change)."""
        if row.key not in self.rows_by_key:
            return
        self.rows_by_key[row.key] = row
        self._refresh_row(self._index[row.key])

    def _top_key(self) -> str | None:
        if not self.order:
            return None
        i = self.scroll_offset.y // self.row_height
        return self.order[i] if i < len(self.order) else None

    def _resize_virtual(self) -> None:
        self.virtual_size = Size(self.size.width, 1 + len(self.order) * self.row_height)

    def on_resize(self) -> None:
        self._resize_virtual()
        if self._shown:
            self.set_columns(self._shown, widths=self._widths)

    # -- cursor -------------------------------------------------------------------------

    def move_cursor(self, *, row: int, animate: bool = False, scroll: bool = True) -> None:
        if not self.order:
            return
        row = max(0, min(row, len(self.order) - 1))
        old = self.cursor_row
        self.cursor_row = row
        if row != old:
            self._refresh_row(old)
            self._refresh_row(row)
        if scroll:
            self._scroll_to_cursor()

    def move_to_key(self, key: str) -> None:
        if key in self._index:
            self.move_cursor(row=self._index[key])

    def _scroll_to_cursor(self) -> None:
        h = self.row_height
        top = self.cursor_row * h
        visible = max(1, self.size.height - 1)
        y = self.scroll_offset.y
        if top < y:
            self.scroll_to(y=top, animate=False, immediate=True)
        elif top + h > y + visible:
            self.scroll_to(y=top + h - visible, animate=False, immediate=True)

    def _refresh_row(self, row: int) -> None:
        y = 1 + row * self.row_height - self.scroll_offset.y
        if y + self.row_height > 1 and y < self.size.height:
            self.refresh(Region(0, max(1, y), self.size.width, self.row_height))

    def action_cursor_down(self) -> None:
        self.move_cursor(row=self.cursor_row + 1)

    def action_cursor_up(self) -> None:
        self.move_cursor(row=self.cursor_row - 1)

    def action_page_down(self) -> None:
        step = max(1, (self.size.height - 1) // self.row_height)
        self.move_cursor(row=self.cursor_row + step)

    def action_page_up(self) -> None:
        step = max(1, (self.size.height - 1) // self.row_height)
        self.move_cursor(row=self.cursor_row - step)

    def action_first(self) -> None:
        self.move_cursor(row=0)

    def action_last(self) -> None:
        self.move_cursor(row=len(self.order) - 1)

    def action_select(self) -> None:
        key = self.current_key
        if key is not None:
            self.post_message(self.Selected(self, key))

    def on_click(self, event: events.Click) -> None:
        if event.y < 1 or not self.order:
            return
        row = (self.scroll_offset.y + event.y - 1) // self.row_height
        if row >= len(self.order):
            return
        if row == self.cursor_row:
            self.action_select()
        else:
            self.move_cursor(row=row, scroll=False)

    def on_focus(self) -> None:
        self._lines.clear()  # the cursor's style differs with focus
        self.refresh()

    def on_blur(self) -> None:
        self._lines.clear()
        self.refresh()

    # -- rendering ----------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        base = self.rich_style
        if y == 0:
            return self._header_strip(width, base)
        line = self.scroll_offset.y + y - 1
        row_index, sub = divmod(line, self.row_height)
        if row_index >= len(self.order):
            return Strip.blank(width, base)
        row = self.rows_by_key[self.order[row_index]]
        cursor = row_index == self.cursor_row
        key = (row.key, sub, width, cursor)
        hit = self._lines.get(key)
        if hit is not None and hit[0] is row:
            return hit[1]
        style = base + self.get_component_rich_style("rowview--cursor") if cursor else base
        strip = self._row_strip(row, sub, width, style)
        self._lines[key] = (row, strip)
        return strip

    def _row_strip(self, row: TableRow, sub: int, width: int, style: Style) -> Strip:
        line = Text(no_wrap=True, overflow="ellipsis", end="")
        for cell, (cell_width, gap) in zip(row.cells, self.column_widths(), strict=False):
            if "\n" in cell.plain:
                parts = cell.split("\n")
                part = parts[sub] if sub < len(parts) else Text()
            else:
                part = cell if sub == 0 else Text()
            part = part.copy()
            part.truncate(cell_width, overflow="ellipsis", pad=True)
            if gap:
                part.append(" " * gap)
            line.append_text(part)
        line.truncate(width, overflow="ellipsis", pad=True)
        segments = line.render(self.app.console)
        return Strip(segments, width).apply_style(style).simplify()

    def _header_strip(self, width: int, base: Style) -> Strip:
        key = (self._shown, width, self._fill)
        if self._header is not None and self._header[0] == key:
            return self._header[1]
        cells = [Text(self._all_columns[n][0]) for n in self._shown]
        style = base + self.get_component_rich_style("rowview--header")
        strip = self._row_strip(TableRow("", cells), 0, width, style)
        self._header = (key, strip)
        return strip
