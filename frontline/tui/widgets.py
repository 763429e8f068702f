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

from rich.text import Text
from textual.widgets import DataTable
from textual.widgets.data_table import RowDoesNotExist


@dataclass(frozen=True)
class TableRow:
    key: str
    cells: Sequence[Text]
    data: Hashable | object = None  # the query row behind it
    height: int = 1


class KeyedTable(DataTable):
    """A row-cursor DataTable whose rows are kept by key across refreshes."""

    DEFAULT_CSS = """
    KeyedTable { height: 1fr; }
    """

    def __init__(self, columns: dict[str, tuple[str, int | None]], **kwargs) -> None:
        super().__init__(cursor_type="row", zebra_stripes=False, **kwargs)
        self._all_columns = columns
        self._shown: tuple[str, ...] = ()
        self._fill = 0
        self.rows_by_key: dict[str, TableRow] = {}
        self.order: list[str] = []

    def fill_width(self, names: Sequence[str]) -> int:
        """What is left for the one fill column (width None) once the others are placed."""
        fixed = sum((self._all_columns[n][1] or 0) for n in names)
        pad = 2 * self.cell_padding * len(names)
        return max(8, self.size.width - fixed - pad - 1)

    def set_columns(self, names: Sequence[str], force: bool = False) -> bool:
        """Show these columns (a subset of the table's), the fill column taking the rest
        of the width; True if anything changed. A new set of names drops the rows (their
        cells were made for other columns): the owner syncs them again."""
        names = tuple(names)
        fill = self.fill_width(names)
        if names == self._shown and fill == self._fill and not force:
            return False
        keep = self.current_key
        rows = [self.rows_by_key[k] for k in self.order] if names == self._shown else []
        self.clear(columns=True)
        self._shown = names
        self._fill = fill
        for name in names:
            label, width = self._all_columns[name]
            self.add_column(label, key=name, width=width if width is not None else fill)
        self.rows_by_key.clear()
        self.order = []
        if rows:
            self.sync(rows, keep_key=keep)
        return True

    @property
    def columns_shown(self) -> tuple[str, ...]:
        return self._shown

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
                self.add_row(*row.cells, key=row.key, height=row.height)
            elif list(old.cells) != list(row.cells):
                for col, (a, b) in zip(
                    column_keys, zip(old.cells, row.cells, strict=False), strict=False
                ):
                    if a != b:
                        self.update_cell(row.key, col, b, update_width=False)
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
        for col, (a, b) in zip(self._shown, zip(old.cells, row.cells, strict=False), strict=False):
            if a != b:
                self.update_cell(row.key, col, b, update_width=False)
        self.rows_by_key[row.key] = row

    def on_resize(self) -> None:
        if self._shown:
            self.set_columns(self._shown)

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
