"""The planner view: edit each IKU's annual target and its quarterly breakdown.

Edits apply at once to the loaded rules: quarterly and cumulative targets,
capaian and findings are recomputed on the spot; invalid input is shown at
the field and never applied. Saving shows the diff and asks first.
"""

from __future__ import annotations

import time
from decimal import Decimal
from pathlib import Path
from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import DataTable, Header, Input, Label, Select, Static

from lkjip_tui import messages
from lkjip_tui.model.breakdown import quarterly
from lkjip_tui.model.rules import BREAKDOWNS
from lkjip_tui.planning.targets import FIELDS, Conflict, Planner, TargetForm, plain_number
from lkjip_tui.tui.base import MARK, SEVERITY_STYLE, host, level, localize_bindings, stamp, tr
from lkjip_tui.tui.dialogs import ConfirmScreen
from lkjip_tui.tui.footer import KeyFooter
from lkjip_tui.tui.tables import refill
from lkjip_tui.values.dates import quarter_label
from lkjip_tui.values.interval import Interval

QUARTERS = tuple(quarter_label(q) for q in range(1, 5))  # "TW I" … "TW IV"


class PlannerScreen(Screen[None]):
    BINDINGS = [
        Binding("ctrl+z", "undo", "key.undo"),
        Binding("ctrl+y", "redo", "key.redo"),
        Binding("ctrl+s", "save", "key.save"),
        Binding("escape", "back", "key.back"),
    ]

    def __init__(self, review: Any) -> None:
        # The review screen of the report being planned (its result, rows and re-check).
        super().__init__()
        self.review = review
        result = review.result
        assert result is not None and result.rules is not None
        self.rs = result.rules
        self.session = Planner(self.rs, Path(self.rs.files[-1]))
        self.current = next(iter(self.rs.iku))
        self.last_update_ms = 0.0  # keypress-to-values time of the last edit, for benchmarks

    @property
    def lang(self) -> str:
        return host(self).lang

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="planner"):
            yield DataTable(id="plan", cursor_type="row", zebra_stripes=True)
            with Horizontal(id="form"):
                yield Label("", id="form-iku")
                with Vertical(classes="field annual"):
                    yield Label("", id="l-annual")
                    yield Input(id="f-annual")
                with Vertical(classes="field breakdown"):
                    yield Label("", id="l-breakdown")
                    yield Select([(b, b) for b in BREAKDOWNS], allow_blank=False, id="f-breakdown")
                for i, q in enumerate(QUARTERS, start=1):
                    with Vertical(classes="field quarter"):
                        yield Label(q)
                        yield Input(id=f"f-q{i}")
                with Vertical(classes="field small"):
                    yield Label("", id="l-decimals")
                    yield Input(id="f-decimals")
            yield Static("", id="form-errors")
        yield KeyFooter()

    def on_mount(self) -> None:
        app = host(self)
        app.planner_session = self.session
        localize_bindings(self, self.lang)
        self.relabel()
        self.load_form(self.current)
        self.query_one("#plan", DataTable).focus()

    def on_unmount(self) -> None:
        app = host(self)
        if getattr(app, "planner_session", None) is self.session:
            app.planner_session = None

    def relabel(self) -> None:
        report = self.review.report
        self.title = tr(
            self.lang, "ui.planner.title", unit=self.rs.unit_name or report.unit, year=self.rs.year
        )
        for field in ("annual", "breakdown", "decimals"):
            self.query_one(f"#l-{field}", Label).update(tr(self.lang, f"ui.field.{field}"))
        self.render_table()

    # ------------------------------------------------------------ table

    def render_table(self) -> None:
        lang = self.lang
        table = self.query_one("#plan", DataTable)
        cursor = table.cursor_row
        columns = [("iku", tr(lang, "ui.col.iku")), ("annual", tr(lang, "ui.col.annual"))]
        columns += [("breakdown", tr(lang, "ui.col.breakdown")), *((q, q) for q in QUARTERS)]
        columns += [("computed", tr(lang, "ui.col.computed")), ("status", tr(lang, "ui.col.status"))]
        columns += [(f"cum {q}", tr(lang, "ui.quarter.cum", q=q)) for q in QUARTERS]
        pending = set(self.session.pending())
        by_iku = {r.iku.id: r for r in self.review.rows}
        this = self.review.report.quarter - 1
        rows: list[tuple[str, list[Any]]] = []
        for iku_id, iku in self.rs.iku.items():
            target = self.rs.targets.get(iku_id)
            style = "bold magenta" if iku_id in pending else ""
            # The marker's room is kept on every row so the column never has to grow.
            marker = "● " if iku_id in pending else "  "
            head: list[Any] = [Text(marker + iku_id, style=style), "–", "–"]
            per_quarter: list[Any] = ["–"] * 4
            cumulative: list[Any] = ["–"] * 4
            if target is not None:
                plan = quarterly(target, iku)
                head[1:] = [
                    Text(level(target.annual, lang), style=style),
                    Text(target.breakdown, style=style),
                ]
                per_quarter = [
                    Text(level(v, lang), style="bold" if i == this else "")
                    for i, v in enumerate(plan.per_quarter)
                ]
                cumulative = [
                    Text(level(v, lang), style="bold" if i == this else "")
                    for i, v in enumerate(plan.cumulative)
                ]
            effect: list[Any] = ["", ""]
            row = by_iku.get(iku_id)
            if row is not None:
                computed = (
                    messages.arg(row.computed, lang) + "%" if isinstance(row.computed, Interval) else "–"
                )
                effect = [computed, Text(MARK[row.status], style=SEVERITY_STYLE[row.status])]
            rows.append((iku_id, [*head, *per_quarter, *effect, *cumulative]))
        refill(table, columns, rows)
        if table.row_count and table.cursor_row != cursor:
            table.move_cursor(row=min(max(cursor, 0), table.row_count - 1))
        pending_text = tr(lang, "ui.planner.pending", n=len(pending)) if pending else ""
        self.sub_title = pending_text

    # ------------------------------------------------------------ form

    def load_form(self, iku: str) -> None:
        self.current = iku
        form = self.session.form(iku)
        self.query_one("#form-iku", Label).update(Text(iku, style="bold"))
        self.query_one("#f-annual", Input).value = form.annual
        self.query_one("#f-breakdown", Select).value = form.breakdown
        self.show_quarters(iku, form.quarters)
        self.query_one("#f-decimals", Input).value = form.decimals
        self.show_errors({})

    def show_quarters(self, iku: str, profile: tuple[str, ...]) -> None:
        """A profile's own values; otherwise what the breakdown derives, as a start for
        switching to a profile."""
        quarters = profile or ("", "", "", "")
        target = self.rs.targets.get(iku)
        if not profile and target is not None:
            quarters = tuple(
                plain_number(v) if isinstance(v, Decimal) else ""
                for v in quarterly(target, self.rs.iku[iku]).per_quarter
            )
        for i, q in enumerate(quarters, start=1):
            self.query_one(f"#f-q{i}", Input).value = q

    def read_form(self) -> TargetForm:
        breakdown = self.query_one("#f-breakdown", Select).value
        quarters = tuple(self.query_one(f"#f-q{i}", Input).value for i in range(1, 5))
        return TargetForm(
            self.current,
            self.query_one("#f-annual", Input).value,
            str(breakdown),
            quarters if breakdown in ("profile", "cumulative_profile") else (),
            self.query_one("#f-decimals", Input).value,
        )

    def show_errors(self, errors: dict[str, Any]) -> None:
        for field in FIELDS:
            self.query_one(f"#f-{field}").set_class(field in errors, "-invalid")
        text = "\n".join(f"{field}: {messages.render(msg, self.lang)}" for field, msg in errors.items())
        self.query_one("#form-errors", Static).update(Text(text, style="bold red"))

    def apply(self) -> None:
        started = time.perf_counter()
        errors = self.session.apply(self.read_form())
        self.show_errors(errors)
        if not errors:
            self.refresh_effects()
            form = self.session.form(self.current)
            self.show_quarters(self.current, form.quarters)
        self.last_update_ms = (time.perf_counter() - started) * 1000

    def refresh_effects(self) -> None:
        """Targets changed: recompute findings and the overview, then show them."""
        self.review.recheck_rules_only()
        self.render_table()

    # ------------------------------------------------------------ events and actions

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        # The table is redrawn after every edit; reloading the same IKU's form then
        # would overwrite what the planner is typing.
        if event.data_table.id == "plan" and event.row_key.value not in (None, self.current):
            self.load_form(str(event.row_key.value))

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        if event.data_table.id == "plan":
            self.query_one("#f-annual", Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.apply()

    def on_select_changed(self, event: Select.Changed) -> None:
        if event.select.id == "f-breakdown" and event.value != self.session.form(self.current).breakdown:
            self.apply()

    def _after_history(self, iku: str | None) -> None:
        if iku is None:
            return
        self.refresh_effects()
        self.load_form(iku)
        self.notify(tr(self.lang, "ui.planner.undone", iku=iku), timeout=2)

    def action_undo(self) -> None:
        self._after_history(self.session.undo())

    def action_redo(self) -> None:
        self._after_history(self.session.redo())

    def action_save(self) -> None:
        if not self.session.dirty:
            self.notify(tr(self.lang, "ui.planner.nothing"))
            return
        question = tr(self.lang, "ui.confirm.save", file=self.session.path.name)
        self.app.push_screen(ConfirmScreen(question, self.session.diff()), self._save_confirmed)

    def _save_confirmed(self, yes: bool | None) -> None:
        if not yes:
            return
        try:
            self.session.save()
        except Conflict:
            question = tr(self.lang, "ui.confirm.conflict", file=self.session.path.name)
            self.app.push_screen(ConfirmScreen(question), self._reload_confirmed)
            return
        except OSError as e:
            self.notify(str(e), severity="error")
            return
        # What was written is what the review already checks with: no re-check from disk.
        self.review.last_stamp = stamp(self.review.watched)
        self.notify(tr(self.lang, "ui.planner.saved", file=self.session.path.name))
        self.render_table()

    def _reload_confirmed(self, yes: bool | None) -> None:
        if not yes:
            return
        app = host(self)
        app.engine.forget_rules()
        result = app.engine.check_file(self.review.path, keep=True)
        if result.rules is None:
            self.notify(tr(self.lang, "ui.unusable"), severity="error")
            return
        self.rs = result.rules
        self.session.reload(self.rs)
        self.review.show_result(result)
        self.render_table()
        self.load_form(self.current)

    def action_back(self) -> None:
        self.app.pop_screen()
