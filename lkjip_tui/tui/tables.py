"""Tables laid out by priority: the columns that matter stay on screen at any width.

Each column is as wide as its widest cell (capped). When the table is wider
than its room, the least important columns are dropped first (`Col.priority`:
higher drops sooner, 0 never) and a flexible column (an indicator name, a
message) takes what is left, its cells cut with "…"; what was dropped is
listed in `hidden` for the screen to show elsewhere. Widths are measured
here, not by the DataTable as it meets rows, so every view is deterministic
(snapshots do not flicker). Relaying out when only cells changed updates just
those cells: the cursor stays and no highlight events fire (which would, say,
reload a form the user is typing in).
"""

from __future__ import annotations

from typing import Any

from rich.cells import cell_len
from rich.text import Text
from textual import events
from textual.widgets import DataTable
from textual.widgets.data_table import CellDoesNotExist

from lkjip_tui.values.record import Record
from lkjip_tui.values.visible import visible

Row = tuple[str, list[Any]]  # (row key, cells)


class Col(Record):
    __slots__ = ("flex", "key", "label", "max", "min", "priority")

    def __init__(
        self, key: str, label: str, priority: int = 0, flex: bool = False, min: int = 8, max: int = 40
    ) -> None:
        self.key = key
        self.label = label  # may hold a line break: headers of two lines keep columns narrow
        self.priority = priority  # 0: always shown; higher: dropped sooner when room is short
        self.flex = flex  # takes the room that is left, at least `min`
        self.min = min
        self.max = max


def _text(cell: Any) -> Text:
    # A DataTable reads a str cell as Rich markup: "[Tabel 1]" in a report would vanish.
    # A str cell is input text (a name, a key): shown with its control characters escaped.
    return cell if isinstance(cell, Text) else Text(visible(str(cell)))


def _label_width(label: str) -> int:
    return max(cell_len(line) for line in label.split("\n"))


def widths(columns: list[Col], rows: list[Row], room: int, padding: int) -> dict[str, int]:
    """The shown columns and their widths for `room` cells (0: unlimited), in order."""
    natural = {}
    for i, c in enumerate(columns):
        widest = max([_label_width(c.label), *(_text(cells[i]).cell_len for _, cells in rows)])
        natural[c.key] = min(widest, c.max)
    shown = list(columns)

    def need(cols: list[Col]) -> int:
        return sum((min(c.min, natural[c.key]) if c.flex else natural[c.key]) + 2 * padding for c in cols)

    while room and need(shown) > room:
        droppable = [c for c in shown if c.priority > 0]
        if not droppable:
            break
        drop = max(droppable, key=lambda c: (c.priority, shown.index(c)))
        shown.remove(drop)
    out = {c.key: natural[c.key] for c in shown}
    flex = [c for c in shown if c.flex]
    if room and flex:
        spare = room - sum(natural[c.key] + 2 * padding for c in shown if not c.flex)
        for c in flex:
            share = spare // len(flex) - 2 * padding
            out[c.key] = max(min(c.min, natural[c.key]), min(natural[c.key], share))
    return out


class FitTable(DataTable[Any]):
    """A DataTable that lays its columns out by priority for its width (see the module)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.columns_wanted: list[Col] = []
        self.rows_wanted: list[Row] = []
        self.hidden: list[Col] = []  # columns dropped for lack of room
        self._room = -1
        self.overflows = False  # the shown columns are wider than the room

    def show(self, columns: list[Col], rows: list[Row]) -> None:
        self.columns_wanted = columns
        self.rows_wanted = rows
        self._layout()

    def on_resize(self, event: events.Resize) -> None:
        if self.columns_wanted and self._room_now() != self._room:
            self._layout()

    def _room_now(self) -> int:
        width = self.size.width
        if not width:
            return 0  # not laid out yet: everything, until the first resize
        taller = len(self.rows_wanted) + self.header_height > self.size.height
        return width - (self.styles.scrollbar_size_vertical if taller else 0)

    @property
    def content_height(self) -> int:
        """Lines the table needs to show every row with its header (and a horizontal
        scrollbar when its columns do not fit)."""
        header = self.header_height if self.show_header else 0
        return (
            len(self.rows_wanted) + header + (self.styles.scrollbar_size_horizontal if self.overflows else 0)
        )

    def _layout(self) -> None:
        room = self._room = self._room_now()
        columns, rows = self.columns_wanted, self.rows_wanted
        sized = widths(columns, rows, room, self.cell_padding)
        self.hidden = [c for c in columns if c.key not in sized]
        self.overflows = bool(room) and sum(w + 2 * self.cell_padding for w in sized.values()) > room
        index = {c.key: i for i, c in enumerate(columns)}
        keys = list(sized)
        shaped = [(key, [self._fit(_text(cells[index[k]]), sized[k]) for k in keys]) for key, cells in rows]
        same = (
            [(c.key.value, c.width) for c in self.ordered_columns] == list(sized.items())
            and [r.key.value for r in self.ordered_rows] == [k for k, _ in shaped]
            and [str(c.label) for c in self.ordered_columns] == [c.label for c in columns if c.key in sized]
        )
        if same:
            for key, cells in shaped:
                for column, cell in zip(keys, cells, strict=True):
                    old = self.get_cell(key, column)
                    # Rich's Text equality ignores the base style: a cell only greyed is a change.
                    if old != cell or old.style != cell.style:
                        self.update_cell(key, column, cell)
            return
        cursor_row, cursor_column = self._cursor_keys()
        self.clear(columns=True)
        shown = [c for c in columns if c.key in sized]
        self.header_height = max((c.label.count("\n") + 1 for c in shown), default=1)
        for c in shown:
            self.add_column(Text(visible(c.label)), key=c.key, width=sized[c.key])
        for key, cells in shaped:
            self.add_row(*cells, key=key)
        self._restore_cursor(cursor_row, cursor_column, keys)

    @staticmethod
    def _fit(cell: Text, width: int) -> Text:
        if cell.cell_len <= width:
            return cell
        cut = cell.copy()
        cut.truncate(width, overflow="ellipsis")
        return cut

    def _cursor_keys(self) -> tuple[str | None, str | None]:
        if not self.row_count:
            return None, None
        try:
            key = self.coordinate_to_cell_key(self.cursor_coordinate)
        except CellDoesNotExist:  # the cursor is outside the old rows
            return None, None
        return key.row_key.value, key.column_key.value

    def _restore_cursor(self, row: str | None, column: str | None, keys: list[str]) -> None:
        rows = [k for k, _ in self.rows_wanted]
        if row in rows:
            col = keys.index(column) if column in keys else 0
            self.move_cursor(row=rows.index(row), column=col, animate=False)

    def cell_text(self, row: str, column: str) -> str:
        """A cell's text as given, shown or not (a dropped column still has its cells)."""
        cells = dict(self.rows_wanted)[row]
        return _text(cells[[c.key for c in self.columns_wanted].index(column)]).plain

    def row_key_at_cursor(self) -> str | None:
        return self._cursor_keys()[0]
