"""Tables laid out by priority, and what the report prints shown as printed."""

from __future__ import annotations

from textual.app import App, ComposeResult

from lkjip_tui.tui.tables import Col, FitTable, widths

COLUMNS = [
    Col("id", "IKU"),
    Col("name", "Indikator", flex=True, min=10, max=80),
    Col("annual", "Target\ntahunan", priority=9),
    Col("capaian", "Capaian", priority=1),
    Col("predikat", "Predikat", priority=5),
]
ROWS = [
    ("IKU1", ["IKU1", "Penempatan Pekerja Migran Indonesia terampil", "1.500", "37,87%", "Sangat Kurang"])
]


def test_everything_shows_when_there_is_room() -> None:
    assert widths(COLUMNS, ROWS, 0, 1) == {"id": 4, "name": 44, "annual": 7, "capaian": 7, "predikat": 13}
    assert widths(COLUMNS, ROWS, 200, 1)["name"] == 44  # never wider than its content


def test_the_least_important_columns_go_first_and_the_flexible_one_takes_the_rest() -> None:
    # id 4, annual 7, capaian 7, predikat 13 (+2 each) = 39; the name gets the rest.
    assert widths(COLUMNS, ROWS, 60, 1) == {"id": 4, "name": 19, "annual": 7, "capaian": 7, "predikat": 13}
    # No room for the name's 10 with everything: the annual target (priority 9) goes.
    assert list(widths(COLUMNS, ROWS, 50, 1)) == ["id", "name", "capaian", "predikat"]
    # Then the predikat (5); the capaian (1) stays the longest.
    assert list(widths(COLUMNS, ROWS, 32, 1)) == ["id", "name", "capaian"]
    # Columns of priority 0 never go: the table scrolls instead.
    assert list(widths(COLUMNS, ROWS, 5, 1)) == ["id", "name"]


class One(App[None]):
    def __init__(self) -> None:
        super().__init__()
        self.highlighted: list[str | None] = []

    def compose(self) -> ComposeResult:
        yield FitTable(cursor_type="row")

    def on_data_table_row_highlighted(self, event: FitTable.RowHighlighted) -> None:
        self.highlighted.append(event.row_key.value)


async def test_brackets_in_report_text_are_not_markup() -> None:
    app = One()
    async with app.run_test() as pilot:
        table = app.query_one(FitTable)
        table.show([Col("a", "A")], [("r", ["[Tabel 1] [b]x[/b]"])])
        await pilot.pause()
        assert "[Tabel 1] [b]x[/b]" in table.render_line(1).text  # row 0, under the header
        table.show([Col("a", "A")], [("r", ["[i]y[/i]     "])])
        await pilot.pause()
        assert "[i]y[/i]" in table.render_line(1).text


async def test_narrow_tables_drop_columns_cut_the_flexible_one_and_keep_the_cursor() -> None:
    app = One()
    async with app.run_test(size=(40, 10)) as pilot:
        table = app.query_one(FitTable)
        rows = [*ROWS, ("IKU2", ["IKU2", "Penurunan kasus", "6,25", "-192%", "Kurang"])]
        table.show(COLUMNS, rows)
        await pilot.pause()
        assert [c.key.value for c in table.ordered_columns] == ["id", "name", "capaian"]
        assert [c.key for c in table.hidden] == ["annual", "predikat"]
        assert table.render_line(1).text.rstrip().endswith("…  37,87%")
        table.move_cursor(row=1)
        await pilot.resize_terminal(120, 10)
        await pilot.pause()
        assert len(table.ordered_columns) == 5 and table.hidden == []
        assert table.row_key_at_cursor() == "IKU2"  # relaid out, the cursor stays on its row


async def test_changed_cells_are_updated_in_place() -> None:
    app = One()
    async with app.run_test(size=(80, 10)) as pilot:
        table = app.query_one(FitTable)
        table.show(COLUMNS, ROWS)
        await pilot.pause()
        app.highlighted.clear()
        changed = [("IKU1", [*ROWS[0][1][:3], "40,00%", "Sangat Kurang"])]
        table.show(COLUMNS, changed)
        await pilot.pause()
        # Same widths: the cell changed in place, no highlight event (a form would reload).
        assert str(table.get_cell("IKU1", "capaian")) == "40,00%" and app.highlighted == []
        table.show(COLUMNS, [("IKU1", [*ROWS[0][1][:3], "100,00%", "Sangat Kurang"])])
        await pilot.pause()
        # Wider: laid out again, the column grows with it (never cut to "100,00").
        assert table.ordered_columns[3].width == 7 and str(table.get_cell("IKU1", "capaian")) == "100,00%"
