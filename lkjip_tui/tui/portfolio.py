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
from textual.widgets import Static

from lkjip_tui import messages
from lkjip_tui.planning.portfolio import Entry, column_label, periods, scan, trend, unit_names, units
from lkjip_tui.tui.base import MARK, SEVERITY_STYLE, host, legend, literal, localize_tree, tr
from lkjip_tui.tui.chart import lines
from lkjip_tui.tui.footer import KeyFooter
from lkjip_tui.tui.header import LkjipHeader
from lkjip_tui.tui.tables import Col, FitTable, Row
from lkjip_tui.values.msg import Msg
from lkjip_tui.values.visible import visible

UNPLACED = "0-0"  # the column of files whose year and quarter could not be read
TREND_MAX_WIDTH = 110  # as #trend's max-width in app.tcss


class PortfolioTable(FitTable):
    BINDINGS = [Binding("enter", "select_cursor", "key.open", show=False)]


class PortfolioScreen(Screen[None]):
    BINDINGS = [
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
        yield LkjipHeader()
        yield PortfolioTable(id="portfolio", cursor_type="cell", fixed_columns=1)
        yield Static("", id="portfolio-note")
        yield KeyFooter()

    def on_mount(self) -> None:
        localize_tree(self, self.lang)
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
        self.title = visible(str(self.directory))
        unreadable = sum(1 for e in self.entries if e.error is not None)
        self.sub_title = tr(lang, "ui.portfolio", files=len(self.entries))
        if unreadable:
            self.sub_title += " · " + tr(lang, "ui.portfolio.unreadable", n=unreadable)
        cols = periods(self.entries)
        columns = [
            Col("unit", tr(lang, "ui.col.unit"), max=32),
            *(Col(f"{y}-{q}", f"{y}\n{column_label(q)}") for y, q in cols),
        ]
        if any(not e.year for e in self.entries):
            cols.append((0, 0))
            columns.append(Col(UNPLACED, tr(lang, "ui.portfolio.unplaced")))
        names = unit_names(self.entries)
        rows: list[Row] = []
        for unit in units(self.entries):
            cells: list[Any] = [literal(names[unit], "bold")]
            for y, q in cols:
                entry = self.entry(unit, y, q)
                cells.append(_cell(entry, lang) if entry else "")  # a missing quarter: empty
            rows.append((unit, cells))
        self.query_one("#portfolio", PortfolioTable).show(columns, rows)
        self.describe()

    def entry(self, unit: str, year: int, quarter: int) -> Entry | None:
        return next((e for e in self.entries if (e.unit, e.year, e.quarter) == (unit, year, quarter)), None)

    def selected(self) -> tuple[str, Entry | None]:
        """The unit under the cursor, and the report of the cell (its first, in the unit column)."""
        table = self.query_one("#portfolio", PortfolioTable)
        if not table.row_count:
            return "", None
        key = table.coordinate_to_cell_key(table.cursor_coordinate)
        unit = str(key.row_key.value)
        column = str(key.column_key.value)
        if column == "unit":
            return unit, next((e for e in self.entries if e.unit == unit), None)
        year, quarter = (int(x) for x in column.split("-"))
        return unit, self.entry(unit, year, quarter)

    def describe(self) -> None:
        """Under the grid: the selected cell's file, and why it could not be checked."""
        lang = self.lang
        unit, entry = self.selected()
        note = Text()
        if unit:
            note.append(visible(unit), style="bold")
        if entry is not None:
            note.append(visible(f"  {entry.path}"))
            if entry.error is not None:
                e = entry.error
                message = messages.render(Msg(e.key, e.args), lang)
                note.append(visible(f"\n{e.file}:{e.line}:{e.column}: {message}"), style="bold red")
        elif unit:
            note.append("  " + tr(lang, "ui.portfolio.missing"), style="dim")
        note.append("\n")
        note.append_text(legend(lang, selected=False))
        self.query_one("#portfolio-note", Static).update(note)

    def on_data_table_cell_highlighted(self, event: FitTable.CellHighlighted) -> None:
        self.describe()

    def on_data_table_cell_selected(self, event: FitTable.CellSelected) -> None:
        self.action_open()

    def action_open(self) -> None:
        _, entry = self.selected()
        if entry is not None and entry.error is None:
            host(self).open_review(entry.path, self._returned)

    def _returned(self, _: None) -> None:
        self.rescan()

    def action_trend(self) -> None:
        unit, entry = self.selected()
        with_rows = [e for e in self.entries if e.unit == unit and e.rows]
        if with_rows:
            first = entry if entry is not None and entry.rows else with_rows[0]
            host(self).open_trend(self.directory, unit, first.rows[0].iku.id, self.entries)


def _cell(entry: Entry, lang: str) -> Text:
    if entry.error is not None:
        return Text(f"{MARK['error']} {tr(lang, 'ui.portfolio.unreadable_cell')}", style="bold red")
    errors, warnings = entry.counts.get("error", 0), entry.counts.get("warning", 0)
    if not errors and not warnings:
        return Text(MARK["ok"], style=SEVERITY_STYLE["ok"])
    out = Text()
    out.append(f"{MARK['error']}{errors}", style=SEVERITY_STYLE["error"] if errors else "dim")
    out.append(" ")
    out.append(f"{MARK['warning']}{warnings}", style=SEVERITY_STYLE["warning"] if warnings else "dim")
    return out


class TrendScreen(ModalScreen[None]):
    """One IKU's realisasi against its target across the quarters present."""

    BINDINGS = [
        Binding("left", "step(-1)", "key.prev_iku"),
        Binding("right", "step(1)", "key.next_iku"),
        Binding("escape,g,q", "dismiss", "key.back"),
    ]

    def __init__(self, directory: Path, unit: str, iku: str, entries: list[Entry] | None = None) -> None:
        super().__init__()
        self.directory = directory
        self.unit = unit
        self.iku = iku
        self.entries = entries
        self.busy = entries is None  # scanning the other quarters

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
        localize_tree(self, self.lang)
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
        self.busy = False

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
        name = next(
            (e.unit_name for e in self.entries or [] if e.unit == self.unit and e.unit_name), self.unit
        )
        iku_name = next(
            (
                r.iku.name
                for e in self.entries or []
                if e.unit == self.unit
                for r in e.rows
                if r.iku.id == self.iku
            ),
            "",
        )
        self.query_one("#trend-title", Static).update(
            literal(tr(lang, "ui.trend.title", iku=f"{self.iku} {iku_name}".strip(), unit=name))
        )
        chart = Text()
        if not points:
            chart.append(tr(lang, "ui.trend.none"))
        # The bars take what the labels and the figures leave of the dialog's width.
        figures_width = max((len(f) for _, _, f, _ in lines(points, 1, lang)), default=0)
        inner = min(TREND_MAX_WIDTH, self.app.size.width * 9 // 10) - 6  # border and padding
        width = max(8, min(40, inner - 12 - 2 - figures_width))
        label_width = max([12, *(len(label) + 1 for label, _, _, _ in lines(points, 1, lang))])
        for label, drawn, figures, has_data in lines(points, width, lang):
            chart.append(visible(f"{label:<{label_width}}"), style="bold")
            chart.append(drawn, style="green" if has_data else "dim")
            chart.append(visible(f"  {figures}") + "\n", style="" if has_data else "dim italic")
        for p in points:  # what the series rules found on the IKU's line, said in full
            for f in p.findings:
                chart.append(f"\n⚠ {f.code} ", style="bold red" if f.severity == "error" else "bold yellow")
                chart.append(visible(messages.render(f.message, lang)))
        self.query_one("#trend-chart", Static).update(chart)
        self.query_one("#trend-legend", Static).update(Text(tr(lang, "ui.trend.legend"), style="dim"))

    def relabel(self) -> None:
        if self.entries is not None:
            self.draw()
