"""widgets.RowView: a refresh keeps the reader's place and re-renders only new rows."""

from __future__ import annotations

from rich.text import Text
from textual.app import App, ComposeResult

from frontline.tui.widgets import RowView, TableRow

COLUMNS = {"n": ("N", 6), "who": ("Who", 10), "text": ("Text", None)}


class Host(App):
    def compose(self) -> ComposeResult:
        yield RowView(COLUMNS, gap=1, id="view")

    def on_mount(self) -> None:
        self.seen: list[str] = []
        self.query_one(RowView).set_columns(tuple(COLUMNS))

    def on_row_view_selected(self, event: RowView.Selected) -> None:
        self.seen.append(event.key)


def rows(view: RowView, numbers) -> list[TableRow]:
    """Rows as the screens build them: ``row_for`` keeps a row whose data is unchanged."""
    return [
        view.row_for(
            f"r{n}",
            n,
            lambda n=n: [Text(str(n)), Text(f"who{n} with a long name"), Text(f"t{n}")],
        )
        for n in numbers
    ]


async def test_sync_keeps_cursor_and_scroll_and_reuses_rendered_lines():
    app = Host()
    async with app.run_test(size=(50, 12)) as pilot:
        view = app.query_one(RowView)
        view.focus()
        view.sync(rows(view, range(100, 0, -1)))
        await pilot.pause()
        for _ in range(20):
            await pilot.press("down")
        await pilot.pause()
        assert view.current_key == "r80"
        top_before = view.scroll_offset.y
        assert top_before > 0
        painted = {y: view.render_line(y) for y in range(1, view.size.height)}
        # five new rows arrive on top: the cursor stays on its row, the view on its rows
        view.sync(rows(view, range(105, 0, -1)))
        await pilot.pause()
        assert view.current_key == "r80" and view.cursor_row == 25
        assert view.scroll_offset.y == top_before + 5
        again = {y: view.render_line(y) for y in range(1, view.size.height)}
        assert [s.text for s in again.values()] == [s.text for s in painted.values()]
        # unchanged rows were not rendered again (same cached strips)
        assert sum(again[y] is painted[y] for y in again) >= len(again) - 1
        # cells are cut to their column, with a gap, and the header names the columns
        assert view.render_line(0).text.startswith("N      Who ")
        assert "who80 wit… t80" in view.render_line(1 + view.cursor_row - view.scroll_offset.y).text
        # a changed row is re-rendered
        changed = TableRow("r80", [Text("80"), Text("someone"), Text("edited")], "x")
        view.update_row(changed)
        assert "edited" in view.render_line(1 + view.cursor_row - view.scroll_offset.y).text


async def test_enter_and_click_select_rows():
    app = Host()
    async with app.run_test(size=(50, 12)) as pilot:
        view = app.query_one(RowView)
        view.focus()
        view.sync(rows(view, range(10, 0, -1)))
        await pilot.press("down", "enter")
        await pilot.click(view, offset=(3, 4))  # header + rows r10, r9, r8: moves to r7
        assert view.current_key == "r7"
        await pilot.click(view, offset=(3, 4))  # a click on the cursor row opens it
        await pilot.pause()
        assert app.seen == ["r9", "r7"]
        await pilot.press("end")
        assert view.current_key == "r1"
        await pilot.press("home")
        assert view.current_key == "r10"
