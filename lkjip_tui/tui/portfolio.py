"""The portfolio view (units × quarters with finding counts) and the trend chart."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen, Screen
from textual.widgets import DataTable, Header, Static

from lkjip_tui import messages
from lkjip_tui.planning.portfolio import Entry, periods, scan, trend, units
from lkjip_tui.tui.base import host, localize_bindings, tr
from lkjip_tui.tui.chart import lines
from lkjip_tui.tui.footer import KeyFooter
from lkjip_tui.tui.tables import fill
from lkjip_tui.values.dates import quarter_label


class PortfolioScreen(Screen[None]):
    BINDINGS = [
        Binding("enter", "open", "key.open", show=False),
        Binding("g", "trend", "key.trend"),
        Binding("r", "rescan", "key.recheck"),
    ]

    def __init__(self, directory: Path) -> None:
        super().__init__()
        self.directory = directory
        self.entries: list[Entry] = []
        self.busy = True  # scanning

    @property
    def lang(self) -> str:
        return host(self).lang

    def compose(self) -> ComposeResult:
        yield Header()
        yield DataTable(id="portfolio", cursor_type="cell")
        yield Static("", id="portfolio-note")
        yield KeyFooter()

    def on_mount(self) -> None:
        localize_bindings(self, self.lang)
        self.sub_title = tr(self.lang, "ui.checking")
        self.rescan()

    @work(thread=True, exclusive=True, group="scan")
    def rescan(self) -> None:
        self.busy = True
        app = host(self)
        entries = scan(self.directory, app.engine)
        self.app.call_from_thread(self.show, entries)

    def show(self, entries: list[Entry]) -> None:
        self.entries = entries
        self.relabel()
        self.busy = False

    def relabel(self) -> None:
        lang = self.lang
        self.title = str(self.directory)
        self.sub_title = tr(lang, "ui.portfolio", files=len(self.entries))
        cols = periods(self.entries)
        columns = [
            ("unit", tr(lang, "ui.col.unit")),
            *((f"{y}-{q}", f"{y} {quarter_label(q)}") for y, q in cols),
        ]
        rows: list[tuple[str, list[Any]]] = []
        for unit in units(self.entries):
            cells: list[Any] = [Text(unit, style="bold")]
            for y, q in cols:
                entry = self.entry(unit, y, q)
                cells.append(_counts(entry, lang) if entry else "")
            rows.append((unit, cells))
        fill(self.query_one("#portfolio", DataTable), columns, rows)

    def entry(self, unit: str, year: int, quarter: int) -> Entry | None:
        return next((e for e in self.entries if (e.unit, e.year, e.quarter) == (unit, year, quarter)), None)

    def selected(self) -> Entry | None:
        table = self.query_one("#portfolio", DataTable)
        if not table.row_count:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate)
        unit = str(key.row_key.value)
        column = str(key.column_key.value)
        if column == "unit":
            return next((e for e in self.entries if e.unit == unit), None)
        year, quarter = (int(x) for x in column.split("-"))
        return self.entry(unit, year, quarter)

    def on_data_table_cell_selected(self, event: DataTable.CellSelected) -> None:
        self.action_open()

    def action_open(self) -> None:
        entry = self.selected()
        if entry is not None:
            host(self).open_review(entry.path, self._returned)

    def _returned(self, _: None) -> None:
        self.rescan()

    def action_trend(self) -> None:
        entry = self.selected()
        if entry is not None and entry.rows:
            host(self).open_trend(self.directory, entry.unit, entry.rows[0].iku.id, self.entries)


def _counts(entry: Entry, lang: str) -> Text:
    if entry.error:
        return Text(messages.text_for("sev.error", lang) + "!", style="bold red")
    out = Text()
    errors, warnings = entry.counts.get("error", 0), entry.counts.get("warning", 0)
    out.append(f"✗{errors}", style="bold red" if errors else "dim")
    out.append(" ")
    out.append(f"!{warnings}", style="yellow" if warnings else "dim")
    return out


class TrendScreen(ModalScreen[None]):
    """One IKU's realisasi against its target across the quarters present."""

    BINDINGS = [
        Binding("left,h", "step(-1)", "key.prev"),
        Binding("right,l", "step(1)", "key.next"),
        Binding("escape,g,q", "dismiss", "key.back"),
    ]

    def __init__(self, directory: Path, unit: str, iku: str, entries: list[Entry] | None = None) -> None:
        super().__init__()
        self.directory = directory
        self.unit = unit
        self.iku = iku
        self.entries = entries

    @property
    def lang(self) -> str:
        return host(self).lang

    def compose(self) -> ComposeResult:
        with Vertical(id="trend"):
            yield Static("", id="trend-title", classes="title")
            yield Static("", id="trend-chart")
            yield Static("", id="trend-legend")
        yield KeyFooter()

    def on_mount(self) -> None:
        localize_bindings(self, self.lang)
        if self.entries is None:
            self.query_one("#trend-chart", Static).update(tr(self.lang, "ui.checking"))
            self.scan_directory()
        else:
            self.draw()

    @work(thread=True, exclusive=True, group="scan")
    def scan_directory(self) -> None:
        """Opened from one report: the other quarters are checked in a worker, off the UI."""
        entries = scan(self.directory, host(self).engine)
        self.app.call_from_thread(self.show, entries)

    def show(self, entries: list[Entry]) -> None:
        self.entries = entries
        self.draw()

    def ikus(self) -> list[str]:
        seen: dict[str, None] = {}
        for e in self.entries or []:
            if e.unit == self.unit:
                seen.update((r.iku.id, None) for r in e.rows)
        return list(seen) or [self.iku]

    def action_step(self, delta: int) -> None:
        if self.entries is None:  # still scanning
            return
        ikus = self.ikus()
        i = ikus.index(self.iku) if self.iku in ikus else 0
        self.iku = ikus[(i + delta) % len(ikus)]
        self.draw()

    def draw(self) -> None:
        lang = self.lang
        points = trend(self.entries or [], self.unit, self.iku)
        self.query_one("#trend-title", Static).update(
            tr(lang, "ui.trend.title", iku=self.iku, unit=self.unit)
        )
        chart = Text()
        if not points:
            chart.append(tr(lang, "ui.trend.none"))
        for label, drawn, figures in lines(points, 40, lang):
            chart.append(f"{label:<12}", style="bold")
            chart.append(drawn, style="green")
            chart.append(f"  {figures}\n")
        self.query_one("#trend-chart", Static).update(chart)
        self.query_one("#trend-legend", Static).update(Text(tr(lang, "ui.trend.legend"), style="dim"))

    def relabel(self) -> None:
        if self.entries is not None:
            self.draw()
