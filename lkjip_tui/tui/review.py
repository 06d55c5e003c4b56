"""The reviewer view of one report: its IKUs, its tables as printed, its findings."""

from __future__ import annotations

import os
import shlex
import subprocess
from pathlib import Path
from typing import Any

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import DataTable, Header, Input, OptionList, Static, TabbedContent, TabPane
from textual.widgets.option_list import Option

from lkjip_tui import messages
from lkjip_tui.engine import FileResult
from lkjip_tui.model.findings import Finding, severity_counts, worst_by
from lkjip_tui.model.report import Report
from lkjip_tui.planning.summary import IkuRow, iku_rows
from lkjip_tui.tui.base import MARK, SEVERITY_STYLE, Host, host, level, localize_bindings, short, stamp, tr
from lkjip_tui.tui.footer import KeyFooter
from lkjip_tui.tui.tables import fill
from lkjip_tui.values.dates import quarter_label
from lkjip_tui.values.interval import Interval
from lkjip_tui.values.msg import Msg

FILTERS = ("all", "error", "warning", "info")


def launch_editor(path: Path, line: int) -> None:
    """Open the user's editor at a line (most editors take +LINE)."""
    editor = os.environ.get("VISUAL") or os.environ.get("EDITOR") or "vi"
    subprocess.run([*shlex.split(editor), f"+{max(line, 1)}", str(path)], check=False)


class ReviewScreen(Screen[None]):
    BINDINGS = [
        Binding("f", "focus_findings", "key.findings"),
        Binding("s", "cycle_severity", "key.severity"),
        Binding("slash", "filter", "key.filter"),
        Binding("n", "next_finding", "key.next"),
        Binding("shift+n", "prev_finding", "key.prev", show=False),
        Binding("e", "edit", "key.edit"),
        Binding("p", "planner", "key.planner"),
        Binding("g", "trend", "key.trend"),
        Binding("r", "recheck", "key.recheck", show=False),
        Binding("escape", "back", "key.back", show=False),
        Binding("1", "show_tab('t-iku')", "key.tab_iku", show=False),
        Binding("2", "show_tab('t-tables')", "key.tab_tables", show=False),
        Binding("3", "show_tab('t-facts')", "key.tab_narrative", show=False),
    ]
    AUTO_FOCUS = "#iku"
    FIRST_PAINT_WAIT = 0.3  # seconds
    POLL_SECONDS = 0.5

    def __init__(self, path: Path, planner: bool = False) -> None:
        super().__init__()
        self.path = path
        self.start_in_planner = planner
        self.result: FileResult | None = None
        self.findings: list[Finding] = []
        self.rows: list[IkuRow] = []
        self.severity = "all"
        self.text_filter = ""
        self.shown: list[int] = []  # indexes into findings, as listed
        self.selected: Finding | None = None
        self.watched: list[Path] = [path]
        self.last_stamp: tuple[float, ...] = ()
        self.shown_table: str | None = None  # the table in the "Tabel" tab
        self.built: set[str] = set()  # tabs whose widgets are mounted (build_pane)
        self.stale = False  # findings changed while another screen covered this one
        self.busy = True  # a check is running or its result is not shown yet

    @property
    def lkjip(self) -> Host:
        return host(self)

    @property
    def lang(self) -> str:
        return self.lkjip.lang

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="body"):
            with TabbedContent(id="tables"):
                with TabPane(tr(self.lang, "ui.tab.iku"), id="t-iku"):
                    yield DataTable(id="iku", cursor_type="row", zebra_stripes=True)
                # Built when first opened (build_pane): the first screen is laid out sooner.
                yield TabPane(tr(self.lang, "ui.tab.tables"), id="t-tables")
                yield TabPane(tr(self.lang, "ui.tab.narrative"), id="t-facts")
            with Vertical(id="findings-panel"):
                with Horizontal(id="filter-bar"):
                    yield Static("", id="severity")
                    yield Input(placeholder=tr(self.lang, "ui.filter.placeholder"), id="filter")
                    yield Static("", id="shown")
                yield DataTable(id="findings", cursor_type="row")
                yield Static(tr(self.lang, "ui.detail.none"), id="detail")
        yield KeyFooter()

    def on_mount(self) -> None:
        localize_bindings(self, self.lang)
        self.sub_title = tr(self.lang, "ui.checking")
        # Waiting briefly for the check started at launch lets the first screen be
        # laid out once, with the findings, instead of empty and then again.
        result = self.lkjip.take_prefetch(self.path, wait=self.FIRST_PAINT_WAIT)
        if result is not None:
            self.show_result(result)
        else:
            self.check()
        self.set_interval(self.POLL_SECONDS, self.poll)

    def on_resize(self) -> None:
        self.set_class(self.size.width >= 140, "wide")

    # ------------------------------------------------------------ checking

    @work(thread=True, exclusive=True, group="check")
    def check(self) -> None:
        """Check the file in a worker thread; the screen shows the result when it arrives."""
        self.busy = True
        result = self.lkjip.take_prefetch(self.path) or self.lkjip.engine.check_file(self.path, keep=True)
        self.app.call_from_thread(self.show_result, result)

    def show_result(self, result: FileResult, findings: list[Finding] | None = None) -> None:
        self.result = result
        self.findings = result.findings if findings is None else findings
        self.watched = [self.path, *(Path(f) for f in (result.rules.files if result.rules else []))]
        self.last_stamp = stamp(self.watched)
        if result.error is not None:
            e = result.error
            self.sub_title = f"{e.file}:{e.line}:{e.column}: " + messages.render(
                Msg(e.key, e.args), self.lang
            )
            self.query_one("#detail", Static).update(Text(self.sub_title, style="bold red"))
            self.busy = False
            return
        assert result.report is not None and result.rules is not None
        self.rows = iku_rows(result.report, result.rules, self.findings)
        first = self.shown_table is None
        if self.app.screen is not self and not first:
            self.stale = True  # drawn when this screen shows again
            self.busy = False
            return
        self.render_all()
        if self.start_in_planner:
            self.start_in_planner = False
            self.action_planner()

    def recheck_rules_only(self) -> None:
        """Run the rules again on the loaded report (after the planner changed targets)."""
        from lkjip_tui.checks import run_rules

        if self.result is None or self.result.report is None or self.result.rules is None:
            return
        self.show_result(self.result, run_rules(self.result.report, self.result.rules))

    def poll(self) -> None:
        now = stamp(self.watched)
        if self.result is None or now == self.last_stamp:
            return
        # The engine keeps rules loaded; a rules file edited outside must be read again.
        # Not while the planner edits them: its own save and reload handle that.
        if now[1:] != self.last_stamp[1:] and self.lkjip.planner_session is None:
            self.lkjip.engine.forget_rules()
        self.last_stamp = now
        self.notify(tr(self.lang, "ui.rechecked"), timeout=2)
        self.check()

    # ------------------------------------------------------------ rendering

    def render_all(self) -> None:
        counts = severity_counts(self.findings)
        report = self.report
        unit = self.result.rules.unit_name if self.result and self.result.rules else ""
        self.title = f"{unit or report.unit} · {report.year} {quarter_label(report.quarter)}"
        self.sub_title = tr(
            self.lang, "ui.counts", errors=counts["error"], warnings=counts["warning"], infos=counts["info"]
        )
        self.render_iku()
        self.render_tables()
        self.render_findings()
        self.busy = False

    @property
    def report(self) -> Report:
        assert self.result is not None and self.result.report is not None
        return self.result.report

    def relabel(self) -> None:
        """Everything again in the other language."""
        if self.result is not None and self.result.report is not None:
            self.query_one("#filter", Input).placeholder = tr(self.lang, "ui.filter.placeholder")
            self.render_all()
            self.show_detail(self.selected)

    def render_iku(self) -> None:
        keys = (
            "iku",
            "indikator",
            "annual",
            "tw_plan",
            "tw_printed",
            "realisasi",
            "capaian",
            "computed",
            "predikat",
            "status",
        )
        rows: list[tuple[str, list[Any]]] = []
        sasaran = None
        for row in self.rows:
            if row.sasaran != sasaran:
                sasaran = row.sasaran
                heading = [
                    Text(row.iku.sasaran, style="bold"),
                    Text(short(sasaran, 40), style="bold"),
                    *[""] * 8,
                ]
                rows.append((f"ss:{row.iku.sasaran}", heading))
            rows.append((row.iku.id, self.iku_cells(row)))
        fill(self.query_one("#iku", DataTable), [(k, tr(self.lang, f"ui.col.{k}")) for k in keys], rows)

    def iku_cells(self, row: IkuRow) -> list[Any]:
        lang = self.lang
        style = SEVERITY_STYLE[row.status]
        computed: str
        if isinstance(row.computed, Interval):
            computed = messages.arg(row.computed, lang) + "%"
        elif row.computed == "not_measured":
            computed = tr(lang, "ui.not_measured")
        elif row.computed:
            computed = tr(lang, "ui.undefined")
        else:
            computed = "–"
        status = Text(
            f"{MARK[row.status]} {tr(lang, 'ui.status.ok') if row.status == 'ok' else messages.text_for('sev.' + row.status, lang)}",
            style=style,
        )
        return [
            Text(row.iku.id, style=style),
            short(row.iku.name, 36),
            level(row.annual, lang),
            level(row.tw_target, lang),
            _printed(row.target),
            _printed(row.realisasi),
            _printed(row.capaian),
            computed,
            row.predikat or "",
            status,
        ]

    async def build_pane(self, pane: str) -> None:
        """Mount the widgets of the Tabel or Narasi tab, once, and fill them."""
        if pane in self.built or pane not in ("t-tables", "t-facts"):
            return
        self.built.add(pane)
        if pane == "t-tables":
            content: Widget = Horizontal(
                OptionList(id="table-list"), DataTable(id="table-view", cursor_type="cell")
            )
        else:
            content = DataTable(id="d-facts", cursor_type="row")
        await self.query_one(f"#{pane}", TabPane).mount(content)
        if self.result is not None and self.result.report is not None:
            self.render_tables()

    async def action_show_tab(self, pane: str) -> None:
        await self.build_pane(pane)
        self.query_one("#tables", TabbedContent).active = pane
        focus = {"t-iku": "#iku", "t-tables": "#table-list", "t-facts": "#d-facts"}[pane]
        self.query_one(focus).focus()

    async def on_tabbed_content_tab_activated(self, event: TabbedContent.TabActivated) -> None:
        await self.build_pane(str(event.pane.id))

    def render_tables(self) -> None:
        tables = self.report.tables
        if self.shown_table not in tables:
            self.shown_table = next(iter(tables), None)
        if "t-tables" in self.built:
            self.fill_table_list()
        self.fill_tables()

    def fill_table_list(self) -> None:
        tables = self.report.tables
        worst = worst_by(self.findings, lambda f: f.table)  # marked in the list
        listing = self.query_one("#table-list", OptionList)
        listing.clear_options()
        listing.add_options(
            [
                Option(
                    Text.assemble(
                        (
                            MARK[worst[name]] if name in worst else " ",
                            SEVERITY_STYLE.get(worst.get(name, ""), ""),
                        ),
                        f" {t.label:<8} {short(t.kind.title, 16)}",
                    ),
                    id=name,
                )
                for name, t in tables.items()
            ]
        )
        if self.shown_table is not None:
            listing.highlighted = list(tables).index(self.shown_table)

    def on_screen_resume(self) -> None:
        if self.stale and self.result is not None and self.result.report is not None:
            self.stale = False
            self.render_all()

    def fill_tables(self) -> None:
        """The table chosen in the "Tabel" tab, as printed, and the narrative's figures."""
        marks = worst_by(self.findings, lambda f: (f.table, f.row, f.field))
        sel = (self.selected.table, self.selected.row, self.selected.field) if self.selected else None
        name = self.shown_table
        if name is not None and "t-tables" in self.built:
            table = self.report.tables[name]
            columns = list(table.kind.columns)
            rows: list[tuple[str, list[Any]]] = []
            for key, row in table.rows.items():
                cells: list[Any] = [key]
                for c in columns:
                    cell = row.cells.get(c)
                    text = Text(short(cell.text, 40) if cell else "")
                    severity = marks.get((name, key, c))
                    if severity:
                        text.stylize(SEVERITY_STYLE[severity])
                    if sel == (name, key, c):
                        text.stylize("reverse")
                    cells.append(text)
                rows.append((key, cells))
            fill(self.query_one("#table-view", DataTable), [("#", "#"), *((c, c) for c in columns)], rows)
        if "t-facts" not in self.built:
            return
        facts: list[tuple[str, list[Any]]] = []
        for fact, mentions in self.report.mentions.items():
            for i, m in enumerate(mentions):
                if m.table is not None:
                    continue
                value = Text(m.cell.text)
                severity = marks.get((None, None, fact))
                if severity:
                    value.stylize(SEVERITY_STYLE[severity])
                words = short(m.words.text, 40) if m.words else ""
                facts.append((f"{fact}#{i}", [fact, value, words, str(m.source_line or "")]))
        labels = [(c, tr(self.lang, f"ui.col.{c}")) for c in ("fact", "value", "words", "line")]
        fill(self.query_one("#d-facts", DataTable), labels, facts)

    def render_findings(self) -> None:
        lang = self.lang
        text = self.text_filter.casefold()
        self.shown = [
            i
            for i, f in enumerate(self.findings)
            if (self.severity == "all" or f.severity == self.severity)
            and (
                not text
                or text
                in f" {f.code} {f.table or ''} {f.table_label or ''} {f.row or ''} {f.field or ''} {messages.render(f.message, lang)}".casefold()
            )
        ]
        rows: list[tuple[str, list[Any]]] = []
        for i in self.shown:
            f = self.findings[i]
            severity = Text(
                f"{MARK[f.severity]} {messages.text_for('sev.' + f.severity, lang)}",
                style=SEVERITY_STYLE[f.severity],
            )
            where = f.table_label or tr(lang, "ui.tab.narrative")
            message = short(messages.render(f.message, lang), 150)
            rows.append(
                (
                    str(i),
                    [severity, f.code, where, short(f.row or "", 10), short(f.field or "", 16), message],
                )
            )
        columns = [
            (k, tr(lang, f"ui.col.{k}")) for k in ("severity", "code", "where", "row", "field", "message")
        ]
        fill(self.query_one("#findings", DataTable), columns, rows, max_width=150)
        label = (
            tr(lang, "ui.filter.all")
            if self.severity == "all"
            else messages.text_for(f"sev.{self.severity}", lang)
        )
        self.query_one("#severity", Static).update(
            Text(f" {messages.text_for('key.severity', lang)}: {label} ", style="bold")
        )
        self.query_one("#shown", Static).update(
            tr(lang, "ui.findings.shown", shown=len(self.shown), total=len(self.findings))
        )

    def show_detail(self, f: Finding | None) -> None:
        detail = self.query_one("#detail", Static)
        lang = self.lang
        if f is None:
            detail.update(tr(lang, "ui.detail.none"))
            return
        out = Text()
        out.append(f"{f.code} ", style="bold")
        out.append(messages.text_for(f"sev.{f.severity}", lang), style=SEVERITY_STYLE[f.severity])
        out.append("  " + messages.render(f.message, lang) + "\n")
        if f.explanation:
            out.append("  " + messages.parts(f.explanation, lang) + "\n", style="italic")
        if f.expected is not None or f.actual is not None:
            exp = messages.arg(f.expected_interval or f.expected, lang) if f.expected is not None else "–"
            act = messages.arg(f.actual_interval or f.actual, lang) if f.actual is not None else "–"
            out.append(f"  {tr(lang, 'ui.detail.expected')}: {exp}   {tr(lang, 'ui.detail.actual')}: {act}\n")
        out.append(f"  {tr(lang, 'ui.detail.data')}: {f.file}:{f.line}:{f.column}", style="dim")
        if f.rule:
            out.append(f"   {tr(lang, 'ui.detail.rule')}: {f.rule}", style="dim")
        detail.update(out)

    # ------------------------------------------------------------ events and actions

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        if event.data_table.id == "findings" and event.row_key.value is not None:
            self.selected = self.findings[int(event.row_key.value)]
            self.show_detail(self.selected)

    async def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        if event.data_table.id == "findings" and event.row_key.value is not None:
            await self.jump_to(self.findings[int(event.row_key.value)])

    async def jump_to(self, f: Finding) -> None:
        """Show the finding's cell in its table, marked."""
        self.selected = f
        self.show_detail(f)
        tables = self.report.tables
        in_table = f.table is not None and f.table in tables
        if in_table:
            self.shown_table = f.table  # before building, so the list highlights it at once
        await self.build_pane("t-tables")
        await self.build_pane("t-facts")
        if in_table:
            self.query_one("#table-list", OptionList).highlighted = list(tables).index(str(f.table))
        self.fill_tables()
        tabs = self.query_one("#tables", TabbedContent)
        if in_table:
            assert f.table is not None
            tabs.active = "t-tables"
            columns = ["#", *tables[f.table].kind.columns]
            if f.row in tables[f.table].rows:
                row = list(tables[f.table].rows).index(f.row)
                col = columns.index(f.field) if f.field in columns else 0
                self.query_one("#table-view", DataTable).move_cursor(row=row, column=col)
        elif f.file == self.report.file:
            tabs.active = "t-facts"

    def show_table(self, name: str) -> None:
        if name != self.shown_table and "t-tables" in self.built:
            self.shown_table = name
            listing = self.query_one("#table-list", OptionList)
            listing.highlighted = list(self.report.tables).index(name)
            self.fill_tables()

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option_list.id == "table-list" and event.option.id is not None and self.result is not None:
            self.show_table(event.option.id)

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "filter":
            self.text_filter = event.value
            if self.result is not None and self.result.report is not None:
                self.render_findings()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "filter":
            self.query_one("#findings", DataTable).focus()

    def action_focus_findings(self) -> None:
        self.query_one("#findings", DataTable).focus()

    def action_cycle_severity(self) -> None:
        self.severity = FILTERS[(FILTERS.index(self.severity) + 1) % len(FILTERS)]
        if self.result is not None and self.result.report is not None:
            self.render_findings()

    def action_filter(self) -> None:
        self.query_one("#filter", Input).focus()

    async def _step(self, delta: int) -> None:
        table = self.query_one("#findings", DataTable)
        if not self.shown:
            return
        table.focus()
        table.move_cursor(row=(table.cursor_row + delta) % len(self.shown))
        await self.jump_to(self.findings[self.shown[table.cursor_row]])

    async def action_next_finding(self) -> None:
        await self._step(1)

    async def action_prev_finding(self) -> None:
        await self._step(-1)

    def action_edit(self) -> None:
        line = (
            self.selected.line
            if self.selected and self.selected.file == (self.result.file if self.result else "")
            else 1
        )
        try:
            with self.app.suspend():
                launch_editor(self.path, line)
        except Exception as e:  # no terminal to hand over, editor missing, ...
            self.notify(
                tr(self.lang, "ui.editor_failed", reason=str(e) or type(e).__name__), severity="error"
            )
        self.check()

    def action_recheck(self) -> None:
        self.check()

    def action_planner(self) -> None:
        if self.result is None or self.result.rules is None or self.result.report is None:
            return
        self.lkjip.open_planner(self)

    def action_trend(self) -> None:
        if self.result is None or self.result.report is None:
            return
        table = self.query_one("#iku", DataTable)
        iku = next(iter(self.result.rules.iku)) if self.result.rules else ""
        if table.row_count and table.cursor_row < table.row_count:
            key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
            if key and not key.startswith("ss:"):
                iku = key
        self.lkjip.open_trend(self.path.parent, self.report.unit, iku)

    def action_back(self) -> None:
        if len(self.app.screen_stack) > 2:
            self.app.pop_screen()


def _printed(cell: Any) -> str:
    return cell.text if cell is not None else "–"
