"""The planner view: edit each IKU's annual target and its quarterly breakdown.

Edits apply at once to the loaded rules: quarterly and cumulative targets,
the capaian against the planned target and the findings are recomputed on
the spot; invalid input is shown at the field and never applied. The edits
live in the app's planner session, not in this screen: leaving the planner
keeps them, every screen shows them as pending, and quitting asks first.
Saving shows the diff and asks first.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Input, Label, Select, Static

from lkjip_tui import messages
from lkjip_tui.engine import FileResult
from lkjip_tui.model.breakdown import CUMULATIVE, quarterly
from lkjip_tui.model.rules import BREAKDOWNS, RuleSet
from lkjip_tui.planning.summary import IkuRow, iku_rows
from lkjip_tui.planning.targets import (
    FIELDS,
    MAX_FIELD,
    PROFILES,
    Conflict,
    Planner,
    TargetForm,
    save_problem,
    typed_number,
    validate,
)
from lkjip_tui.tui.base import (
    PENDING_MARK,
    PENDING_STYLE,
    capaian_text,
    findings_mark,
    host,
    legend,
    level,
    literal,
    localize_tree,
    places_for,
    tr,
)
from lkjip_tui.tui.dialogs import ChoiceScreen, ConfirmScreen
from lkjip_tui.tui.footer import KeyFooter
from lkjip_tui.tui.header import LkjipHeader
from lkjip_tui.tui.tables import Col, FitTable, Row
from lkjip_tui.values.dates import quarter_label
from lkjip_tui.values.msg import Msg
from lkjip_tui.values.visible import visible

QUARTERS = tuple(quarter_label(q) for q in range(1, 5))  # the columns' keys: "TW I" … "TW IV"
NARROW = 120  # below this width the form takes two rows
FORM_LINES = {True: 8, False: 4}  # fields' height (label and input), narrow or not


def breakdown_name(breakdown: str, lang: str) -> str:
    """A breakdown in the planner's language; the file keeps its stable key."""
    return tr(lang, f"ui.breakdown.{breakdown}")


def quarter_name(quarter: int, lang: str, cumulative: bool = False) -> str:
    """A quarter as the planner labels it: "TW II" ("Q2"), or "s.d. TW II" ("to Q2") where
    the breakdown's TW II target means up to TW II."""
    q = quarter_label(quarter, lang)
    return tr(lang, "ui.quarter.to", q=q) if cumulative else q


class PlanTable(FitTable):
    BINDINGS = [Binding("enter", "select_cursor", "key.edit_target", show=False)]


class TargetField(Input):
    BINDINGS = [Binding("enter", "submit", "key.apply", show=False)]


class PlannerScreen(Screen[None]):
    BINDINGS = [
        Binding("ctrl+z", "undo", "key.undo"),
        Binding("ctrl+y", "redo", "key.redo"),
        Binding("ctrl+s", "save", "key.save"),
        Binding("escape", "back", "key.back"),
    ]

    def __init__(self, result: FileResult, session: Planner) -> None:
        # The checked report whose unit's targets are planned, and the app's editing
        # session over them (it outlives this screen).
        super().__init__()
        assert result.rules is not None and result.report is not None
        self.result = result
        self.report = result.report
        self.session = session
        self.rows: list[IkuRow] = []
        self.said = ""  # the text under the form
        self.form_title = Text()  # the legend on the form's border
        self.current = next(iter(result.rules.iku))
        self.filled: dict[str, str] = {}  # what the fields were last filled with (or applied)
        self.last_update_ms = 0.0  # keypress-to-values time of the last edit, for benchmarks

    @property
    def lang(self) -> str:
        return host(self).lang

    @property
    def rs(self) -> RuleSet:
        return self.session.rs

    def compose(self) -> ComposeResult:
        yield LkjipHeader()
        with Vertical(id="planner"):
            yield PlanTable(id="plan", cursor_type="row", zebra_stripes=True, fixed_columns=1)
            with Vertical(id="form"):
                yield Static("", id="form-title")
                with Horizontal(id="form-fields"):
                    with Horizontal(id="form-main"):
                        with Vertical(classes="field annual"):
                            yield Label("", id="l-annual")
                            yield TargetField(id="f-annual", max_length=MAX_FIELD)
                        with Vertical(classes="field breakdown"):
                            yield Label("", id="l-breakdown")
                            yield Select(
                                [(breakdown_name(b, self.lang), b) for b in BREAKDOWNS],
                                allow_blank=False,
                                id="f-breakdown",
                            )
                        with Vertical(classes="field small"):
                            yield Label("", id="l-decimals")
                            yield TargetField(id="f-decimals", max_length=2)
                    with Horizontal(id="form-quarters"):
                        for i, q in enumerate(QUARTERS, start=1):
                            with Vertical(classes="field quarter"):
                                yield Label(q, id=f"l-q{i}")
                                yield TargetField(id=f"f-q{i}", max_length=MAX_FIELD)
                yield Static("", id="form-errors")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.recompute()
        self.relabel()
        self.load_form(self.current)
        self.query_one("#plan", PlanTable).focus()

    def on_resize(self) -> None:
        self.set_class(self.size.width < NARROW, "narrow")
        self.fit_heights()

    def relabel(self) -> None:
        lang = self.lang
        localize_tree(self, lang)
        self.title = visible(
            tr(lang, "ui.planner.title", unit=self.rs.unit_name or self.report.unit, year=self.rs.year)
        )
        for field in ("annual", "breakdown", "decimals"):
            self.query_one(f"#l-{field}", Label).update(tr(lang, f"ui.field.{field}"))
        select = self.query_one("#f-breakdown", Select)
        value = select.value
        select.set_options([(breakdown_name(b, lang), b) for b in BREAKDOWNS])
        if value in BREAKDOWNS:
            select.value = value
        self.render_table()
        if self.is_mounted:
            self.load_form(self.current)

    # ------------------------------------------------------------ table

    def recompute(self) -> None:
        """The findings and IKU overview under the targets as they now stand."""
        result = self.result
        findings, _ = host(self).engine.run(Path(result.file), result.file, self.report, self.rs)
        self.rows = iku_rows(self.report, self.rs, findings)

    def render_table(self) -> None:
        lang = self.lang
        this = self.report.quarter - 1
        columns = [
            Col("iku", tr(lang, "ui.col.iku")),
            Col("indikator", tr(lang, "ui.col.indikator"), priority=6, flex=True, min=10, max=60),
            Col("annual", tr(lang, "ui.col.annual")),
            Col("breakdown", tr(lang, "ui.col.breakdown"), priority=2, max=16),
            *(
                Col(q, quarter_label(i + 1, lang), priority=0 if i == this else 4)
                for i, q in enumerate(QUARTERS)
            ),
            Col("planned", tr(lang, "ui.col.planned"), priority=1),
            Col("findings", tr(lang, "ui.col.findings"), priority=1),
            *(
                Col(
                    f"cum {q}",
                    tr(lang, "ui.quarter.cum", q=quarter_label(i + 1, lang)),
                    priority=5 if i == this else 7,
                )
                for i, q in enumerate(QUARTERS)
            ),
        ]
        pending = set(self.session.pending())
        by_iku = {r.iku.id: r for r in self.rows}
        rows: list[Row] = []
        for iku_id, iku in self.rs.iku.items():
            target = self.rs.targets.get(iku_id)
            style = PENDING_STYLE if iku_id in pending else ""
            # The marker's room is kept on every row so the column never has to grow.
            marker = f"{PENDING_MARK} " if iku_id in pending else "  "
            head: list[Any] = [literal(marker + iku_id, style), iku.name, "–", "–"]
            per_quarter: list[Any] = ["–"] * 4
            cumulative: list[Any] = ["–"] * 4
            if target is not None:
                plan = quarterly(target, iku)
                # The quarters of a row line up (312,625 ×4); the annual keeps its own decimals.
                places = places_for([*plan.per_quarter, *plan.cumulative], target.decimals)
                annual_places = places_for([target.annual], target.decimals)
                head[2:] = [
                    Text(level(target.annual, lang, annual_places), style=style),
                    Text(breakdown_name(target.breakdown, lang), style=style),
                ]
                # A cumulative breakdown's TW II target is "s.d. TW II: 25", what the report
                # prints and its findings ask for, not the quarter's own 12,5.
                if plan.printed_basis == "cumulative":
                    per_quarter = [
                        Text(
                            tr(lang, "ui.planner.to_value", value=level(v, lang, places)),
                            style="bold" if i == this else "",
                        )
                        for i, v in enumerate(plan.cumulative)
                    ]
                else:
                    per_quarter = [
                        Text(level(v, lang, places), style="bold" if i == this else "")
                        for i, v in enumerate(plan.per_quarter)
                    ]
                cumulative = [
                    Text(level(v, lang, places), style="bold" if i == this else "")
                    for i, v in enumerate(plan.cumulative)
                ]
            effect: list[Any] = ["", ""]
            row = by_iku.get(iku_id)
            if row is not None:
                effect = [capaian_text(row.computed, lang), findings_mark(row.status, len(row.findings))]
            rows.append((iku_id, [*head, *per_quarter, *effect, *cumulative]))
        self.query_one("#plan", PlanTable).show(columns, rows)
        # What the marks mean on the form's border; how many edits are pending is in the
        # header, where the width of the terminal never cuts it.
        title = legend(lang, pending=True, selected=False)
        if title != self.form_title:  # setting it repaints the form, changed or not
            self.form_title = title
            self.query_one("#form", Vertical).border_title = title
        host(self).show_pending()
        self.fit_heights()

    def fit_heights(self) -> None:
        """The table as tall as its rows, the form right under it."""
        if not self.is_mounted or not self.size.height:
            return
        errors = self.query_one("#form-errors", Static)
        form = 2 + FORM_LINES[self.has_class("narrow")] + max(1, len(str(errors.render()).splitlines()))
        room = self.size.height - 2  # the header and the footer
        table = self.query_one("#plan", PlanTable)
        table.styles.height = max(3, min(table.content_height, room - form))

    # ------------------------------------------------------------ form

    def load_form(self, iku: str) -> None:
        self.current = iku
        form = self.session.form(iku, self.lang)
        self.show_title()
        self.query_one("#f-annual", Input).value = form.annual
        self.query_one("#f-breakdown", Select).value = form.breakdown
        self.show_quarters(iku, form.quarters)
        self.query_one("#f-decimals", Input).value = form.decimals
        self.filled.update(annual=form.annual, decimals=form.decimals)
        self.show_errors({})

    def show_title(self) -> None:
        """Above the form: the IKU, and the target its report's quarter prints ("s.d. TW II: 25"
        for a cumulative breakdown, the figure a finding about that target asks for)."""
        lang, iku = self.lang, self.current
        title = literal(f"{iku} ", "bold")
        target = self.rs.targets.get(iku)
        if target is not None and not self.report.annual:
            plan = quarterly(target, self.rs.iku[iku])
            value = plan.reported(self.report.quarter)
            if value is not None:
                label = quarter_name(self.report.quarter, lang, plan.printed_basis == "cumulative")
                figure = level(value, lang, places_for([value], target.decimals))
                title.append(
                    f"{label}: {figure}", style=PENDING_STYLE if iku in self.session.pending() else ""
                )
                title.append(" · ")
        title.append(visible(self.rs.iku[iku].name))
        self.query_one("#form-title", Static).update(title)

    def show_quarters(self, iku: str, profile: tuple[str, ...], breakdown: str | None = None) -> None:
        """A profile's own values; otherwise what the breakdown derives, as a start for
        switching to a profile: "s.d." values where the breakdown (`breakdown`, else the
        target's) is cumulative, the quarter's own otherwise."""
        quarters = profile or ("", "", "", "")
        target = self.rs.targets.get(iku)
        breakdown = breakdown or (target.breakdown if target is not None else "even")
        cumulative = breakdown in CUMULATIVE
        if not profile and target is not None:
            plan = quarterly(target, self.rs.iku[iku])
            quarters = tuple(
                typed_number(v, self.lang) if isinstance(v, Decimal) else ""
                for v in (plan.cumulative if cumulative else plan.per_quarter)
            )
        for i, q in enumerate(quarters, start=1):
            field = self.query_one(f"#f-q{i}", Input)
            field.value = self.filled[f"q{i}"] = q
            # Only a profile's quarters are typed; other breakdowns derive them.
            field.disabled = breakdown not in PROFILES
            self.query_one(f"#l-q{i}", Label).update(quarter_name(i, self.lang, cumulative))

    def read_form(self) -> TargetForm:
        breakdown = self.query_one("#f-breakdown", Select).value
        quarters = tuple(self.query_one(f"#f-q{i}", Input).value for i in range(1, 5))
        return TargetForm(
            self.current,
            self.query_one("#f-annual", Input).value,
            str(breakdown),
            quarters if breakdown in PROFILES else (),
            self.query_one("#f-decimals", Input).value,
        )

    def show_errors(self, errors: dict[str, Msg]) -> None:
        for field in FIELDS:
            self.query_one(f"#f-{field}").set_class(field in errors, "-invalid")
        labels = self.field_labels()
        text = "\n".join(f"{labels[f]}: {messages.render(msg, self.lang)}" for f, msg in errors.items())
        self.say(text)

    def field_labels(self) -> dict[str, str]:
        return {
            "annual": tr(self.lang, "ui.field.annual"),
            "breakdown": tr(self.lang, "ui.field.breakdown"),
            "decimals": tr(self.lang, "ui.field.decimals"),
            **{f"q{i}": str(self.query_one(f"#l-q{i}", Label).render()) for i in range(1, 5)},
        }

    def say(self, text: str) -> None:
        """Under the form: why an edit or a save was refused. Unchanged, it is not
        touched: updating the line lays the screen out again (~40 ms an edit)."""
        if text != self.said:
            self.said = text
            self.query_one("#form-errors", Static).update(literal(text, "bold red"))  # quotes what was typed
            self.fit_heights()

    def apply(self) -> None:
        started = time.perf_counter()
        try:
            errors = self.session.apply(self.read_form())
        except Exception as e:  # a bug must not take every other pending edit down with it
            errors = {"annual": Msg("ui.planner.internal", {"reason": f"{type(e).__name__}: {e}"})}
        self.show_errors(errors)
        if not errors:
            for field in ("annual", "decimals"):
                self.filled[field] = self.query_one(f"#f-{field}", Input).value
            self.refresh_effects()
            self.show_quarters(self.current, self.session.form(self.current, self.lang).quarters)
            self.show_title()
        self.last_update_ms = (time.perf_counter() - started) * 1000

    def typed(self) -> dict[str, str]:
        """The fields holding text that was typed and not applied (no Enter, or refused)."""
        if not self.is_mounted or not self.filled:
            return {}
        out = {}
        for field in ("annual", "q1", "q2", "q3", "q4", "decimals"):
            widget = self.query_one(f"#f-{field}", Input)
            if not widget.disabled and widget.value != self.filled.get(field, widget.value):
                out[field] = widget.value
        return out

    def settle_typed(self, then: Callable[[], object]) -> None:
        """Before leaving (back, quit): a value typed and not applied is never dropped
        silently. Asked: apply it (only when valid; a refused one shows why at its field
        and nothing is left), discard it, or cancel leaving. Then `then`."""
        typed = self.typed()
        if not typed:
            then()
            return
        lang = self.lang
        _, errors = validate(self.rs, self.read_form(), self.rs.targets.get(self.current))
        labels = self.field_labels()
        # Each typed value, or why it cannot be applied (the reasons quote it); then what
        # else the form as it stands gets refused for (a profile that does not add up).
        lines = [
            f"{self.current} {labels[f]}: "
            + (messages.render(errors[f], lang) if f in errors else f"“{text}”")
            for f, text in typed.items()
        ]
        lines += [
            f"{self.current} {labels[f]}: {messages.render(msg, lang)}"
            for f, msg in errors.items()
            if f not in typed
        ]
        question = tr(lang, "ui.confirm.typed_invalid" if errors else "ui.confirm.typed")
        choices = [
            ("apply", messages.text_for("key.apply", lang), not errors),
            ("discard", messages.text_for("key.discard", lang), True),
            ("cancel", messages.text_for("key.cancel", lang), True),
        ]

        def answered(answer: str | None) -> None:
            if answer == "apply":
                self.apply()
                if not self.typed():  # applied (refused, it stays at its field with why)
                    then()
            elif answer == "discard":
                self.load_form(self.current)
                then()

        self.app.push_screen(ChoiceScreen(question, "\n".join(lines), choices), answered)

    def refresh_effects(self) -> None:
        """Targets changed: recompute findings and the overview, then show them."""
        self.recompute()
        self.render_table()

    # ------------------------------------------------------------ events and actions

    def on_data_table_row_highlighted(self, event: PlanTable.RowHighlighted) -> None:
        # The table is redrawn after every edit; reloading the same IKU's form then
        # would overwrite what the planner is typing.
        if event.data_table.id == "plan" and event.row_key.value not in (None, self.current):
            typed = self.typed()
            if typed:  # another IKU's form replaces what was typed: said, not silent
                labels = self.field_labels()
                values = ", ".join(f"{labels[f]} “{text}”" for f, text in typed.items())
                self.notify(
                    tr(self.lang, "ui.planner.typed_dropped", iku=self.current, values=values),
                    severity="warning",
                    timeout=8,
                )
            self.load_form(str(event.row_key.value))

    def on_data_table_row_selected(self, event: PlanTable.RowSelected) -> None:
        if event.data_table.id == "plan":
            self.query_one("#f-annual", Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.apply()

    def on_select_changed(self, event: Select.Changed) -> None:
        target = self.rs.targets.get(self.current)
        now = target.breakdown if target is not None else "even"
        if event.select.id == "f-breakdown" and event.value in BREAKDOWNS and event.value != now:
            if event.value in PROFILES:
                # A new profile starts from what the old breakdown gives, in the new one's
                # terms: TW values for a profile, "s.d." values for a cumulative one.
                self.show_quarters(self.current, (), str(event.value))
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
            problem = messages.render(save_problem(e, self.session.path), self.lang)
            self.say(problem)
            self.notify(problem, severity="error", timeout=10)
            return
        self.notify(tr(self.lang, "ui.planner.saved", file=self.session.path.name))
        self.render_table()

    def _reload_confirmed(self, yes: bool | None) -> None:
        if not yes:
            return
        app = host(self)
        app.engine.forget_rules()
        result = app.engine.check_file(Path(self.result.file), keep=True)
        if result.rules is None or result.report is None:
            self.notify(tr(self.lang, "ui.unusable"), severity="error")
            return
        self.result, self.report = result, result.report
        self.session.reload(result.rules)
        self.refresh_effects()
        self.load_form(self.current)

    def action_back(self) -> None:
        self.settle_typed(self.app.pop_screen)
