"""Filling a DataTable in one go, with column widths fixed from the content.

A DataTable left to size its columns itself measures rows as it gets to them,
so the same data could show at different widths depending on timing (and
snapshot tests would flicker). Measuring here makes every view deterministic.
"""

from __future__ import annotations

from typing import Any

from rich.cells import cell_len
from rich.text import Text
from textual.widgets import DataTable

Row = tuple[str, list[Any]]  # (row key, cells)


def _plain(cells: list[Any]) -> list[Any]:
    # A DataTable reads a str cell as Rich markup: "[Tabel 1]" in a report would vanish.
    return [Text(c) if isinstance(c, str) else c for c in cells]


def _width(cell: Any) -> int:
    return cell.cell_len if isinstance(cell, Text) else cell_len(str(cell))


def fill(table: DataTable[Any], columns: list[tuple[str, str]], rows: list[Row], max_width: int = 60) -> None:
    """Replace a table's columns and rows; each column as wide as its widest cell (capped)."""
    table.clear(columns=True)
    rows = [(key, _plain(cells)) for key, cells in rows]
    for i, (key, label) in enumerate(columns):
        width = max([cell_len(label), *(_width(cells[i]) for _, cells in rows)])
        table.add_column(label, key=key, width=min(width, max_width))
    for key, cells in rows:
        table.add_row(*cells, key=key)


def refill(
    table: DataTable[Any], columns: list[tuple[str, str]], rows: list[Row], max_width: int = 60
) -> None:
    """Like `fill`, but when the table already has these rows and columns, only change
    cells: the cursor stays where it is and no highlight events fire (which would, say,
    reload a form the user is typing in)."""
    same = [c.key.value for c in table.ordered_columns] == [k for k, _ in columns] and [
        r.key.value for r in table.ordered_rows
    ] == [k for k, _ in rows]
    if not same:
        fill(table, columns, rows, max_width)
        return
    keys = [k for k, _ in columns]
    for key, cells in rows:
        for column, cell in zip(keys, _plain(cells), strict=True):
            if table.get_cell(key, column) != cell:
                table.update_cell(key, column, cell, update_width=True)
