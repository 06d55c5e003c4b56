"""Filling DataTables: what the report prints is shown as printed."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.widgets import DataTable

from lkjip_tui.tui.tables import fill, refill


class One(App[None]):
    def compose(self) -> ComposeResult:
        yield DataTable()


async def test_brackets_in_report_text_are_not_markup() -> None:
    app = One()
    async with app.run_test() as pilot:
        table = app.query_one(DataTable)
        fill(table, [("a", "A")], [("r", ["[Tabel 1] [b]x[/b]"])])
        await pilot.pause()
        assert "[Tabel 1] [b]x[/b]" in table.render_line(1).text  # row 0, under the header
        refill(table, [("a", "A")], [("r", ["[i]y[/i]"])])
        await pilot.pause()
        assert "[i]y[/i]" in table.render_line(1).text
