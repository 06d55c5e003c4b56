"""The reviewer view of one report: its IKUs, its tables as printed, its findings."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Input, OptionList, Static, TabbedContent, TabPane
from textual.widgets.option_list import Option

from lkjip_tui import messages
from lkjip_tui.engine import FileResult
from lkjip_tui.engine.waivers import FILE_NAME as WAIVERS_FILE
from lkjip_tui.engine.waivers import write_waiver
from lkjip_tui.model.files import ReadOnlyFile
from lkjip_tui.model.findings import Finding, severity_counts, worst_by
from lkjip_tui.model.problems import row_and_column, short_places, where
from lkjip_tui.model.report import Report, Table
from lkjip_tui.model.source import SourceError
from lkjip_tui.output import waived_text
from lkjip_tui.planning.narrative import ShownParagraph, narrative_view, paragraph_of
from lkjip_tui.planning.summary import IkuRow, iku_rows
from lkjip_tui.planning.targets import Planner
from lkjip_tui.tui import editor
from lkjip_tui.tui.base import (
    MARK,
    PENDING_MARK,
    PENDING_STYLE,
    SELECTED_STYLE,
    SEVERITY_STYLE,
    Host,
    capaian_text,
    findings_mark,
    host,
    legend,
    level,
    literal,
    literal_spans,
    localize_tree,
    places_for,
    short,
    stamp,
    tr,
)
from lkjip_tui.tui.dialogs import ConfirmScreen
from lkjip_tui.tui.export import ExportScreen, export
from lkjip_tui.tui.footer import KeyFooter
from lkjip_tui.tui.header import LkjipHeader
from lkjip_tui.tui.tables import Col, FitTable, Row
from lkjip_tui.tui.waiver import Answer, WaiverScreen
from lkjip_tui.values.dates import period_label
from lkjip_tui.values.msg import Msg
from lkjip_tui.values.visible import visible

FILTERS = ("all", "error", "warning", "info")
WIDE = 180  # columns from which the tables and the findings sit side by side
DETAIL_LINES = 5  # the most the detail under the findings takes
WAIVED_STYLE = "dim"  # a finding accepted knowingly: greyed, still listed


class IkuTable(FitTable):
    BINDINGS = [Binding("enter", "select_cursor", "key.iku_findings", show=False)]


class FindingsTable(FitTable):
    BINDINGS = [
        Binding("enter", "select_cursor", "key.jump", show=False),
        Binding("w", "screen.waive", "key.waive"),
    ]


class ReviewScreen(Screen[None]):
    BINDINGS = [
        Binding("f", "focus_findings", "key.findings", show=False),
        Binding("s", "cycle_severity", "key.severity"),
        Binding("slash", "filter", "key.filter"),
        Binding("n", "next_finding", "key.next"),
        Binding("shift+n", "prev_finding", "key.prev", show=False),
        Binding("e", "edit", "key.edit"),
        Binding("p", "planner", "key.planner"),
        Binding("g", "trend", "key.trend", show=False),
        Binding("x", "export", "key.export"),
        Binding("c", "copy", "key.copy", show=False),
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
        self.plan_token: Any = None  # the planner sessions' state the screen shows
        self.busy = True  # a check is running or its result is not shown yet
        self.narrative: list[ShownParagraph] = []  # a draft's paragraphs in the "Narasi" tab

    @property
    def lkjip(self) -> Host:
        return host(self)

    @property
    def lang(self) -> str:
        return self.lkjip.lang

    def compose(self) -> ComposeResult:
        yield LkjipHeader()
        with Vertical(id="body"):
            with TabbedContent(id="tables"):
                with TabPane(tr(self.lang, "ui.tab.iku"), id="t-iku"):
                    yield IkuTable(id="iku", cursor_type="row", zebra_stripes=True, fixed_columns=1)
                # Built when first opened (build_pane): the first screen is laid out sooner.
                yield TabPane(tr(self.lang, "ui.tab.tables"), id="t-tables")
                yield TabPane(tr(self.lang, "ui.tab.narrative"), id="t-facts")
            with Vertical(id="findings-panel"):
                with Horizontal(id="filter-bar"):
                    yield Static("", id="severity")
                    yield Input(placeholder=tr(self.lang, "ui.filter.placeholder"), id="filter")
                    yield Static("", id="shown")
                yield FindingsTable(id="findings", cursor_type="row")
                yield Static(tr(self.lang, "ui.detail.none"), id="detail")
        yield KeyFooter()

    def on_mount(self) -> None:
        localize_tree(self, self.lang)
        self.sub_title = tr(self.lang, "ui.checking")
        self.query_one("#findings-panel").border_title = legend(self.lang)
        # Waiting briefly for the check started at launch lets the first screen be
        # laid out once, with the findings, instead of empty and then again.
        result = self.lkjip.take_prefetch(self.path, wait=self.FIRST_PAINT_WAIT)
        if result is not None:
            self.show_result(result)
        else:
            self.check()
        self.set_interval(self.POLL_SECONDS, self.poll)

    def on_resize(self) -> None:
        self.set_class(self.size.width >= WIDE, "wide")
        self.fit_heights()

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
        if self.selected is not None and self.selected not in self.findings:
            # The same finding after a new run (now waived, say): its identity is its fingerprint.
            old = self.selected.fingerprint
            self.selected = next((g for g in self.findings if g.fingerprint == old), None)
        rules = [Path(f) for f in (result.rules.files if result.rules else [])]
        self.watched = [self.path, self.path.parent / WAIVERS_FILE, *rules]
        self.last_stamp = stamp(self.watched)
        if result.error is not None:
            e = result.error
            self.sub_title = visible(
                f"{e.file}:{e.line}:{e.column}: " + messages.render(Msg(e.key, e.args), self.lang)
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
        if self.result is None or self.result.report is None or self.result.rules is None:
            return
        try:
            findings, _ = self.lkjip.engine.run(
                self.path, self.result.file, self.result.report, self.result.rules
            )
        except SourceError:  # an unusable waivers file: the full check reports it
            self.check()
            return
        self.show_result(self.result, findings)

    def poll(self) -> None:
        now = stamp(self.watched)
        if self.result is None or now == self.last_stamp:
            return
        plans = self.lkjip.plans
        rules_changed = [
            p for p, a, b in zip(self.watched[2:], now[2:], self.last_stamp[2:], strict=True) if a != b
        ]
        data_changed = now[:1] != self.last_stamp[:1]
        if now[1] != self.last_stamp[1]:  # the waivers beside the file, edited outside
            self.lkjip.engine.forget_waivers()
            data_changed = True
        self.last_stamp = now
        # The planner's own save changes its file: its edits are what is checked already.
        outside = [p for p in rules_changed if not self.lkjip.plans.saved_as_on_disk(p)]
        if outside:
            if plans.unsaved():
                # The engine's rules hold the pending edits: keep them; saving will see the
                # file changed and offer to reload it.
                self.notify(tr(self.lang, "ui.rules_changed_pending"), severity="warning", timeout=6)
            else:
                self.lkjip.engine.forget_rules()  # read the edited rules again
        if data_changed or outside:
            self.notify(tr(self.lang, "ui.rechecked"), timeout=2)
            self.check()

    def session(self) -> Planner | None:
        """The planner session over this report's rules, if one is open."""
        if self.result is None or self.result.rules is None:
            return None
        return self.lkjip.plans.of(self.result.rules)

    # ------------------------------------------------------------ rendering

    def render_all(self) -> None:
        self.plan_token = self.lkjip.plans.token()
        counts = severity_counts(f for f in self.findings if f.waiver is None)
        waived = sum(f.waiver is not None for f in self.findings)
        report = self.report
        unit = self.result.rules.unit_name if self.result and self.result.rules else ""
        self.title = visible(
            f"{unit or report.unit} · {report.year} {period_label(report.quarter, report.annual, self.lang)}"
        )
        sub = tr(
            self.lang, "ui.counts", errors=counts["error"], warnings=counts["warning"], infos=counts["info"]
        )
        if waived:
            sub += " · " + tr(self.lang, "ui.counts_waived", n=waived)
        session = self.session()
        pending = session.pending() if session is not None else []  # their count is in the header
        self.sub_title = sub
        self.render_iku(set(pending))
        self.render_tables()
        self.render_findings()
        self.busy = False

    @property
    def report(self) -> Report:
        assert self.result is not None and self.result.report is not None
        return self.result.report

    def relabel(self) -> None:
        """Everything again in the other language."""
        lang = self.lang
        self.query_one("#filter", Input).placeholder = tr(lang, "ui.filter.placeholder")
        self.query_one("#findings-panel").border_title = legend(lang)
        tabs = self.query_one("#tables", TabbedContent)
        for pane, key in (
            ("t-iku", "ui.tab.iku"),
            ("t-tables", "ui.tab.tables"),
            ("t-facts", "ui.tab.narrative"),
        ):
            tabs.get_tab(pane).label = tr(lang, key)
        if self.result is not None and self.result.report is not None:
            self.render_all()
            iku = self.query_one("#iku", IkuTable)
            row = iku.row_key_at_cursor() if iku.has_focus else None
            if row is not None:
                self.show_iku(row)
            else:
                self.show_detail(self.selected)

    def render_iku(self, pending: set[str] | None = None) -> None:
        lang, q = self.lang, period_label(self.report.quarter, self.report.annual, self.lang)
        pending = pending or set()
        columns = [
            Col("iku", tr(lang, "ui.col.iku")),
            Col("indikator", tr(lang, "ui.col.indikator"), flex=True, min=12, max=80),
            Col("annual", tr(lang, "ui.col.annual"), priority=9),
            Col("tw_plan", tr(lang, "ui.col.tw_plan", q=q), priority=8),
            Col("tw_printed", tr(lang, "ui.col.tw_printed", q=q), priority=5),
            Col("realisasi", tr(lang, "ui.col.realisasi"), priority=4),
            Col("capaian", tr(lang, "ui.col.capaian"), priority=2),
            Col("computed", tr(lang, "ui.col.computed"), priority=1),
            Col("predikat", tr(lang, "ui.col.predikat"), priority=6),
            Col("findings", tr(lang, "ui.col.findings"), priority=3),
        ]
        rows: list[Row] = []
        sasaran = None
        for row in self.rows:
            if row.sasaran != sasaran:
                sasaran = row.sasaran
                heading = [literal(row.iku.sasaran, "bold"), literal(sasaran, "bold"), *[""] * 8]
                rows.append((f"ss:{row.iku.sasaran}", heading))
            rows.append((row.iku.id, self.iku_cells(row, row.iku.id in pending)))
        self.query_one("#iku", IkuTable).show(columns, rows)
        self.fit_heights()

    def iku_cells(self, row: IkuRow, pending: bool) -> list[Any]:
        lang = self.lang
        target = self.result.rules.targets.get(row.iku.id) if self.result and self.result.rules else None
        places = places_for([row.annual, row.tw_target], target.decimals if target else None)
        iku = literal(row.iku.id, SEVERITY_STYLE[row.status])
        if pending:
            iku = Text.assemble((PENDING_MARK + " ", PENDING_STYLE), iku)
        return [
            iku,
            row.iku.name,
            Text(level(row.annual, lang, places), style=PENDING_STYLE if pending else ""),
            Text(level(row.tw_target, lang, places), style=PENDING_STYLE if pending else ""),
            _printed(row.target),
            _printed(row.realisasi),
            _printed(row.capaian),
            capaian_text(row.computed, lang),
            row.predikat or "",
            findings_mark(row.status, len(row.findings)),
        ]

    async def build_pane(self, pane: str) -> None:
        """Mount the widgets of the Tabel or Narasi tab, once, and fill them."""
        if pane in self.built or pane not in ("t-tables", "t-facts"):
            return
        self.built.add(pane)
        if pane == "t-tables":
            content: Widget = Horizontal(
                OptionList(id="table-list"),
                FitTable(id="table-view", cursor_type="cell", fixed_columns=1),
            )
        else:
            # A data file's narrative figures as a table; a draft's paragraphs as printed.
            content = Vertical(
                FitTable(id="d-facts", cursor_type="row"), OptionList(id="d-narrative"), id="d-pane"
            )
        await self.query_one(f"#{pane}", TabPane).mount(content)
        if self.result is not None and self.result.report is not None:
            self.render_tables()

    async def action_show_tab(self, pane: str) -> None:
        await self.build_pane(pane)
        self.query_one("#tables", TabbedContent).active = pane
        focus = {"t-iku": "#iku", "t-tables": "#table-list", "t-facts": "#d-facts"}[pane]
        if pane == "t-facts" and self.has_document():
            focus = "#d-narrative"
        self.query_one(focus).focus()
        self.fit_heights()

    async def on_tabbed_content_tab_activated(self, event: TabbedContent.TabActivated) -> None:
        await self.build_pane(str(event.pane.id))
        self.fit_heights()

    def render_tables(self) -> None:
        tables = self.report.tables
        if self.shown_table not in tables:
            self.shown_table = next(iter(tables), None)
        if "t-tables" in self.built:
            self.fill_table_list()
        self.fill_tables()

    def fill_table_list(self) -> None:
        tables = self.report.tables
        worst = worst_by(self.active(), lambda f: f.table)  # marked in the list
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
                        visible(f" {t.label:<8} {short(t.kind.title, 16)}"),
                    ),
                    id=name,
                )
                for name, t in tables.items()
            ]
        )
        if self.shown_table is not None:
            listing.highlighted = list(tables).index(self.shown_table)

    def on_screen_resume(self) -> None:
        if self.result is None or self.result.report is None or self.result.rules is None:
            return
        if self.plan_token != self.lkjip.plans.token():
            # The planner changed targets (or saved, or reloaded them from disk).
            session = self.session()
            if session is not None and session.rs is not self.result.rules:
                self.check()  # reloaded from disk: the rules are new
            else:
                self.recheck_rules_only()
        elif self.stale:
            self.stale = False
            self.render_all()

    def fill_tables(self) -> None:
        """The table chosen in the "Tabel" tab, as printed, and the narrative's figures."""
        marks = worst_by(self.active(), lambda f: (f.table, f.row, f.field))
        sel = (self.selected.table, self.selected.row, self.selected.field) if self.selected else None
        name = self.shown_table
        if name is not None and "t-tables" in self.built:
            table = self.report.tables[name]
            printed = printed_columns(table)
            # Text columns (names) give way; the figures keep their width.
            columns = [
                Col("#", "#"),
                *(
                    Col(c, c, flex=True, min=12, max=40)
                    if table.kind.columns[c].kind == "text"
                    else Col(c, c)
                    for c in printed
                ),
            ]
            rows: list[Row] = []
            for key, row in table.rows.items():
                cells: list[Any] = [key]
                for c in printed:
                    cell = row.cells.get(c)
                    text = literal(" ".join(cell.text.split()) if cell else "")
                    severity = marks.get((name, key, c))
                    if severity:
                        text.stylize(SEVERITY_STYLE[severity])
                    if sel == (name, key, c):
                        text.stylize(SELECTED_STYLE)
                    cells.append(text)
                rows.append((key, cells))
            self.query_one("#table-view", FitTable).show(columns, rows)
        if "t-facts" in self.built:
            self.query_one("#d-facts").display = not self.has_document()
            self.query_one("#d-narrative").display = self.has_document()
        if "t-facts" in self.built and self.has_document():
            self.fill_narrative()
        elif "t-facts" in self.built:
            facts: list[Row] = []
            for fact, mentions in self.report.mentions.items():
                for i, m in enumerate(mentions):
                    if m.table is not None:
                        continue
                    value = literal(m.cell.text)
                    severity = marks.get((None, None, fact))
                    if severity:
                        value.stylize(SEVERITY_STYLE[severity])
                    words = m.words.text if m.words else ""
                    facts.append((f"{fact}#{i}", [fact, value, words, str(m.source_line or "")]))
            lang = self.lang
            labels = [
                Col("fact", tr(lang, "ui.col.fact")),
                Col("value", tr(lang, "ui.col.value")),
                Col("words", tr(lang, "ui.col.words"), flex=True, min=12, max=80),
                Col("line", tr(lang, "ui.col.line")),
            ]
            self.query_one("#d-facts", FitTable).show(labels, facts)
        self.fit_heights()

    def has_document(self) -> bool:
        return self.result is not None and self.result.report is not None and self.report.document is not None

    def fill_narrative(self) -> None:
        """The draft's paragraphs that state a figure or carry a finding, as printed: the
        figures bold and underlined, what findings are about in their colour."""
        self.narrative = narrative_view(self.report, self.findings)
        listing = self.query_one("#d-narrative", OptionList)
        highlighted = listing.highlighted
        listing.clear_options()
        listing.add_options(
            [Option(self.paragraph_text(shown), id=f"p{n}") for n, shown in enumerate(self.narrative)]
        )
        if highlighted is not None and highlighted < len(self.narrative):
            listing.highlighted = highlighted

    def paragraph_text(self, shown: ShownParagraph) -> Text:
        p = shown.paragraph
        worst = shown.worst
        out = Text()
        out.append(MARK[worst] if worst else " ", style=SEVERITY_STYLE.get(worst or "", ""))
        out.append(f" {p.line:>4} ", style="dim")
        text, at = literal_spans(p.text)  # the marks' offsets are into the text as read
        for m in shown.marks:
            start, end = (at[min(i, len(at) - 1)] for i in (m.start, m.end))
            if m.finding is None:
                text.stylize("bold underline", start, end)
                continue
            f = m.finding
            text.stylize(WAIVED_STYLE if f.waiver is not None else SEVERITY_STYLE[f.severity], start, end)
            if f is self.selected:
                text.stylize(SELECTED_STYLE, start, end)
        out.append_text(text)
        return out

    def render_findings(self) -> None:
        lang = self.lang
        text = self.text_filter.casefold()
        self.shown = [
            i
            for i, f in enumerate(self.findings)
            if (self.severity == "all" or f.severity == self.severity)
            # One entry per problem: what follows from another finding is told in its detail,
            # and listed again when the filter asks for it.
            and (text or not f.caused_by)
            and (
                not text
                or text
                in f" {f.code} {f.table or ''} {f.table_label or ''} {f.row or ''} {f.field or ''} {messages.render(f.message, lang)}".casefold()
            )
        ]
        rows: list[Row] = []
        for i in self.shown:
            f = self.findings[i]
            # A waived finding is greyed: still listed, no longer counted.
            dim = WAIVED_STYLE if f.waiver is not None else ""
            mark = Text(MARK[f.severity], style=dim or SEVERITY_STYLE[f.severity])
            label = f.table_label or tr(lang, "ui.tab.narrative")
            place = row_and_column(f, lang)
            message = " ".join(messages.render(f.message, lang).split())
            cells = [mark, *(literal(t, dim) for t in (f.code, label, place, message))]
            rows.append((str(i), cells))
        columns = [
            Col("severity", ""),
            Col("code", tr(lang, "ui.col.code")),
            Col("where", tr(lang, "ui.col.where"), priority=2),
            Col("place", tr(lang, "ui.col.place"), priority=1, max=16),
            Col("message", tr(lang, "ui.col.message"), flex=True, min=20, max=400),
        ]
        table = self.query_one("#findings", FindingsTable)
        table.show(columns, rows)
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
        # The detail follows what is listed: nothing listed, nothing explained.
        if not self.shown:
            self.selected = None
            self.show_detail(None)
        elif self.selected is not None and self.findings.index(self.selected) not in self.shown:
            self.selected = self.findings[self.shown[0]]
            if self.app.focused is table:
                self.show_detail(self.selected)
        self.fit_heights()

    def fit_heights(self) -> None:
        """Share the height between the tables and the findings by what each holds: all
        of both when they fit; else each at least half, the rest to the one that needs it."""
        if not self.is_mounted or self.size.height == 0:
            return
        tabs = self.query_one("#tables")
        panel = self.query_one("#findings-panel")
        if self.has_class("wide"):
            tabs.styles.height = panel.styles.height = "1fr"
            return
        room = self.size.height - 2  # the header and the footer
        pane = self.query_one("#tables", TabbedContent).active
        content = {
            "t-iku": "#iku",
            "t-tables": "#table-view",
            "t-facts": "#d-facts",
        }[pane or "t-iku"]
        found = self.query(content)
        wanted = 2 + (found.first(FitTable).content_height if found else 3)  # with the tab bar
        if pane == "t-facts" and self.has_document():
            wanted = room  # paragraphs wrap: as much room as the findings leave
        if pane == "t-tables" and self.query("#table-list"):
            wanted = max(wanted, 2 + self.query_one("#table-list", OptionList).option_count)
        findings = self.query_one("#findings", FindingsTable)
        needs = 3 + findings.content_height - 1 + DETAIL_LINES  # border, filter bar, table, detail
        tabs.styles.height = wanted if wanted + needs <= room else min(wanted, max(room // 2, room - needs))
        panel.styles.height = "1fr"

    def finding_text(self, f: Finding) -> Text:
        """A finding in full: what the detail panel shows and `c` copies."""
        lang = self.lang
        out = Text()

        def add(text: str, style: str = "") -> None:  # every part may quote the input
            out.append(visible(text), style=style)

        add(f"{f.code} ", style="bold")
        severity = SEVERITY_STYLE[f.severity] if f.waiver is None else WAIVED_STYLE
        add(messages.text_for(f"sev.{f.severity}", lang), style=severity)
        add(f"  {self.where(f)}: " + messages.render(f.message, lang) + "\n")
        if f.waiver is not None:
            add("  " + waived_text(f, lang) + "\n", style="bold")
        if f.explanation:
            add("  " + messages.parts(f.explanation, lang) + "\n", style="italic")
        if f.expected is not None or f.actual is not None:
            exp = messages.arg(f.expected_interval or f.expected, lang) if f.expected is not None else "–"
            act = messages.arg(f.actual_interval or f.actual, lang) if f.actual is not None else "–"
            add(f"  {tr(lang, 'ui.detail.expected')}: {exp}   {tr(lang, 'ui.detail.actual')}: {act}\n")
        follows = [g for g in self.findings if g.caused_by and g.caused_by == f.fingerprint]
        if follows:
            add(
                "  "
                + tr(lang, "ui.detail.follows", n=len(follows), where=short_places(follows, lang, full=True))
                + "\n"
            )
        if f.place is not None:  # a draft's finding: where it stands there, and the text as printed
            add(f"  {messages.text_for('cli.in_draft', lang)}: {messages.render(f.place.msg(), lang)}")
            if f.place.quote:
                add(f" — “{f.place.quote}”", style="italic")
            add("\n")
            add(f"  {f.file}", style="dim")
        else:
            add(f"  {tr(lang, 'ui.detail.data')}: {f.file}:{f.line}:{f.column}", style="dim")
        if f.rule:
            add(f"   {tr(lang, 'ui.detail.rule')}: {f.rule}", style="dim")
        return out

    def where(self, f: Finding) -> str:
        """Where a finding stands, as the report prints it (never a data file's keys)."""
        return where(f, self.lang)

    def active(self) -> list[Finding]:
        """The findings that count: not waived."""
        return [f for f in self.findings if f.waiver is None]

    def iku_text(self, row: IkuRow) -> Text:
        """An IKU in full, with the columns there was no room for."""
        lang, q = self.lang, period_label(self.report.quarter, self.report.annual, self.lang)
        out = Text()
        out.append(visible(f"{row.iku.id} "), style="bold")
        out.append(visible(row.iku.name) + "\n")
        target = self.result.rules.targets.get(row.iku.id) if self.result and self.result.rules else None
        places = places_for([row.annual, row.tw_target], target.decimals if target else None)
        figures = [
            ("ui.detail.annual", level(row.annual, lang, places)),
            ("ui.detail.tw_plan", level(row.tw_target, lang, places)),
            ("ui.detail.tw_printed", _printed(row.target)),
            ("ui.detail.realisasi", _printed(row.realisasi)),
            ("ui.detail.capaian", _printed(row.capaian)),
            ("ui.detail.computed", capaian_text(row.computed, lang)),
            ("ui.detail.predikat", row.predikat or "–"),
        ]
        out.append(
            "  " + visible(" · ".join(f"{tr(lang, key, q=q)} {value}" for key, value in figures)) + "\n"
        )
        out.append("  ")
        out.append_text(findings_mark(row.status, len(row.findings)))
        out.append(" " + tr(lang, "ui.detail.findings", n=len(row.findings)))
        return out

    def show_detail(self, f: Finding | None) -> None:
        detail = self.query_one("#detail", Static)
        detail.update(self.finding_text(f) if f is not None else tr(self.lang, "ui.detail.none"))

    # ------------------------------------------------------------ events and actions

    def on_data_table_row_highlighted(self, event: FitTable.RowHighlighted) -> None:
        key = event.row_key.value
        if key is None:
            return
        if event.data_table.id == "findings":
            self.selected = self.findings[int(key)]
            self.show_detail(self.selected)
        elif event.data_table.id == "iku" and event.data_table.has_focus:
            self.show_iku(key)

    def show_iku(self, key: str) -> None:
        detail = self.query_one("#detail", Static)
        row = next((r for r in self.rows if r.iku.id == key), None)
        if row is not None:
            detail.update(self.iku_text(row))
        elif key.startswith("ss:"):
            name = next((r.sasaran for r in self.rows if f"ss:{r.iku.sasaran}" == key), "")
            detail.update(Text.assemble(literal(key[3:] + " ", "bold"), literal(name)))

    def on_descendant_focus(self, event: Any) -> None:
        # The detail explains what the focused list points at.
        widget = event.widget
        if widget.id == "iku" and isinstance(widget, IkuTable):
            key = widget.row_key_at_cursor()
            if key is not None:
                self.show_iku(key)
        elif widget.id == "findings":
            self.show_detail(self.selected)

    async def on_data_table_row_selected(self, event: FitTable.RowSelected) -> None:
        key = event.row_key.value
        if key is None:
            return
        if event.data_table.id == "findings":
            await self.jump_to(self.findings[int(key)])
        elif event.data_table.id == "iku" and not key.startswith("ss:"):
            # The findings about this IKU.
            self.query_one("#filter", Input).value = key
            self.query_one("#findings", FindingsTable).focus()

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
            columns = ["#", *printed_columns(tables[f.table])]
            if f.row in tables[f.table].rows:
                row = list(tables[f.table].rows).index(f.row)
                col = columns.index(f.field) if f.field in columns else 0
                self.query_one("#table-view", FitTable).move_cursor(row=row, column=col)
        elif f.file == self.report.file:
            tabs.active = "t-facts"
            n = paragraph_of(self.narrative, f) if self.has_document() else None
            if n is not None:  # the paragraph the finding stands in, highlighted, on top
                narrative = self.query_one("#d-narrative", OptionList)
                narrative.highlighted = n
                self.fit_heights()
                # On top once the new heights are laid out (the paragraphs wrap to the width
                # they get), and again after the refresh that follows, so a layout that was
                # still pending cannot leave it where the highlight alone scrolled it.
                self.call_after_refresh(self._pin_paragraph, narrative)
                return
        self.fit_heights()

    def _pin_paragraph(self, narrative: OptionList) -> None:
        narrative.scroll_to_highlight(True)
        narrative.call_after_refresh(narrative.scroll_to_highlight, True)

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
            self.query_one("#findings", FindingsTable).focus()

    def action_focus_findings(self) -> None:
        self.query_one("#findings", FindingsTable).focus()

    def action_cycle_severity(self) -> None:
        self.severity = FILTERS[(FILTERS.index(self.severity) + 1) % len(FILTERS)]
        if self.result is not None and self.result.report is not None:
            self.render_findings()

    def action_filter(self) -> None:
        self.query_one("#filter", Input).focus()

    async def _step(self, delta: int) -> None:
        table = self.query_one("#findings", FindingsTable)
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
        if self.path.suffix.lower() == ".docx":  # a binary: a text editor would corrupt it on save
            f = self.selected
            where = messages.render(f.place.msg(), self.lang) if f is not None and f.place is not None else ""
            self.notify(tr(self.lang, "ui.editor.word", file=self.path.name, where=where), timeout=10)
            return
        line = (
            self.selected.line
            if self.selected and self.selected.file == (self.result.file if self.result else "")
            else 1
        )
        try:
            command, source = editor.find_editor(os.environ)
        except editor.NoEditor:
            self.notify(tr(self.lang, "ui.editor.none"), severity="error", timeout=8)
            return
        name = editor.describe(command)
        self.notify(tr(self.lang, f"ui.editor.from_{source.strip('$').lower()}", editor=name))
        try:
            with self.app.suspend():
                editor.launch(command, self.path, line)
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
        if not self.result.rules.iku:
            self.notify(tr(self.lang, "ui.planner.no_ikus"), severity="warning")
            return
        self.lkjip.open_planner(self.result)

    def action_trend(self) -> None:
        if self.result is None or self.result.report is None:
            return
        table = self.query_one("#iku", IkuTable)
        iku = next(iter(self.result.rules.iku)) if self.result.rules else ""
        key = table.row_key_at_cursor()
        if key and not key.startswith("ss:"):
            iku = key
        self.lkjip.open_trend(self.path.parent, self.report.unit, iku)

    def action_export(self) -> None:
        if self.result is None or self.result.report is None:
            return
        # The problems listed, each with the findings that follow from it (folded in the list
        # unless a text filter lists what it matches).
        listed = {self.findings[i].fingerprint for i in self.shown} if not self.text_filter else set()
        shown = [f for i, f in enumerate(self.findings) if i in set(self.shown) or f.caused_by in listed]
        self.app.push_screen(ExportScreen(len(shown), self.path.stem), lambda c: self._export(c, shown))

    def _export(self, choice: tuple[str, Path] | None, shown: list[Finding], overwrite: bool = False) -> None:
        if choice is None or self.result is None:
            return
        fmt, path = choice
        if path.exists() and not overwrite:
            question = tr(self.lang, "ui.confirm.overwrite", file=str(path))
            self.app.push_screen(
                ConfirmScreen(question), lambda yes: self._export(choice, shown, True) if yes else None
            )
            return
        try:
            written = export(self.result, shown, fmt, self.lang, path)
        except OSError as e:
            self.notify(
                tr(self.lang, "ui.export.failed", file=str(path), reason=e.strerror or str(e)),
                severity="error",
            )
            return
        self.notify(tr(self.lang, "ui.export.done", n=len(shown), fmt=fmt, file=str(written)), timeout=6)

    def action_waive(self) -> None:
        """Ask why, who and until when, then write a waiver for the selected finding."""
        f, lang = self.selected, self.lang
        if f is None or self.result is None or self.result.report is None:
            self.notify(tr(lang, "ui.waiver.none"), severity="warning")
            return
        if f.waiver is not None:
            self.notify(tr(lang, "ui.waiver.already", code=f.code, why=f.waiver.justification))
            return
        if f.file != self.result.file:  # about a rules or waivers file: fixed there, not waived
            self.notify(tr(lang, "ui.waiver.elsewhere", code=f.code, file=f.file), severity="warning")
            return
        title = tr(lang, "ui.waiver.title", code=f.code, where=self.where(f))
        self.app.push_screen(WaiverScreen(title, self.lkjip.engine.today), lambda a: self._waive(f, a))

    def _waive(self, f: Finding, answer: Answer | None) -> None:
        if answer is None:
            return
        justification, by, expires = answer
        target = self.path.parent / WAIVERS_FILE
        try:
            # A finding outside the tables is named by its fingerprint: a waiver naming only
            # its row or field would also accept the same code in every table.
            written = write_waiver(f, self.path, justification, by, expires, by_fingerprint=f.table is None)
        except SourceError as e:  # the waivers file there is unusable: say where and why
            reason = messages.render(Msg(e.key, dict(e.args_)), self.lang)
            self.notify(
                tr(self.lang, "ui.waiver.failed", file=f"{e.file}:{e.line}:{e.column}", reason=reason),
                severity="error",
                timeout=10,
            )
            return
        except OSError as e:
            if isinstance(e, ReadOnlyFile):
                reason = tr(self.lang, "ui.waiver.read_only")
            elif isinstance(e, IsADirectoryError):
                reason = tr(self.lang, "ui.waiver.not_regular")
            else:
                reason = e.strerror or str(e)
            self.notify(
                tr(self.lang, "ui.waiver.failed", file=str(target), reason=reason),
                severity="error",
                timeout=10,
            )
            return
        self.notify(tr(self.lang, "ui.waiver.done", code=f.code, file=str(written)), timeout=6)
        # Read the waivers again and run the rules on the report as loaded: any pending
        # planner edit stays, and the finding now shows its waiver.
        self.lkjip.engine.forget_waivers()
        self.recheck_rules_only()
        self.show_detail(self.selected)

    def action_copy(self) -> None:
        if self.selected is None:
            self.notify(tr(self.lang, "ui.copy.none"), severity="warning")
            return
        self.app.copy_to_clipboard(self.finding_text(self.selected).plain)
        self.notify(tr(self.lang, "ui.copy.done", code=self.selected.code), timeout=3)

    def action_back(self) -> None:
        if len(self.app.screen_stack) > 2:
            self.dismiss(None)  # the portfolio below checks again: findings may have changed


def _printed(cell: Any) -> str:
    return cell.text if cell is not None else "–"


def printed_columns(table: Table) -> list[str]:
    """The columns of a table's kind that the report printed: a kind's column no row
    fills (a draft's Sasaran column, say, in a data file without it) is left out."""
    return [c for c in table.kind.columns if any(c in row.cells for row in table.rows.values())]
