"""The rules that audit a report, one per file, each with a stable code.

Every rule module defines `META` (code, name, severity, summary, rationale
and an example in both languages) and `run(ctx)`, which yields findings.
Rules driven by the IKU catalogue and targets need no declaration; rules that
run declared checks (`[[total]]`, `[[derived]]` …) read them from the rules
files and name the check type in `META.consumes`.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any

from lkjip_tui import expr
from lkjip_tui.catalogue import Check, Ref, RuleSet
from lkjip_tui.findings import Finding, Msg
from lkjip_tui.interval import Interval
from lkjip_tui.record import Record
from lkjip_tui.report import Cell, Report, Row, Table


class RuleMeta(Record):
    __slots__ = ("bad", "code", "consumes", "good", "name", "rationale", "severity", "summary")

    def __init__(
        self,
        code: str,
        name: str,
        severity: str,
        summary: dict[str, str],
        rationale: dict[str, str],
        bad: str,
        good: str,
        consumes: str = "",
    ) -> None:
        self.code = code
        self.name = name
        self.severity = severity
        self.summary = summary
        self.rationale = rationale
        self.bad = bad
        self.good = good
        self.consumes = consumes


# Settings of each declarable check type; "?" marks optional ones.
CHECK_PARAMS: dict[str, dict[str, Any]] = {
    "same": {"fact": "fact", "also": "exprs"},
    "derived": {
        "table?": "table",
        "field?": "column",
        "reported?": "expr",
        "formula": "expr",
        "when?": "expr",
    },
    "count": {"reported": "expr", "formula": "expr"},
    "total": {
        "table": "table",
        "columns?": "columns",
        "total_row?": str,
        "tree?": "column",
        "total_column?": "column",
        "parts?": "columns",
    },
    "dates": {"table": "table", "date": "column", "weekday?": "column", "in_quarter?": bool},
    "numbering": {"table": "table", "column": "column", "mode": ("rows", "groups")},
    "condition": {
        "table?": "table",
        "when?": "expr",
        "require": "expr",
        "message": "messages",
        "severity?": ("error", "warning", "info"),
    },
}

RULE_MODULES = (
    "lkj101_capaian_mismatch",
    "lkj102_capaian_undefined",
    "lkj103_realisasi_rate",
    "lkj104_not_measured",
    "lkj105_predikat",
    "lkj201_quarter_target",
    "lkj202_annual_target",
    "lkj203_breakdown_invalid",
    "lkj301_total_mismatch",
    "lkj302_derived_mismatch",
    "lkj303_count_mismatch",
    "lkj304_same_figure",
    "lkj305_total_incomplete",
    "lkj401_date_outside_period",
    "lkj402_weekday_mismatch",
    "lkj403_numbering",
    "lkj404_required_missing",
    "lkj405_period_reference",
    "lkj406_condition",
    "lkj501_ambiguous_number",
    "lkj502_unreadable_value",
    "lkj503_leading_zeros",
    "lkj504_number_style",
    "lkj505_terbilang",
)


class Rule(Record):
    __slots__ = ("meta", "run")

    def __init__(self, meta: RuleMeta, run: Callable[[Context], Iterator[Finding]]) -> None:
        self.meta = meta
        self.run = run


_registry: list[Rule] = []


def all_rules() -> list[Rule]:
    if not _registry:
        for name in RULE_MODULES:
            mod = importlib.import_module(f"lkjip_tui.checks.{name}")
            _registry.append(Rule(mod.META, mod.run))
    return _registry


def rule_by_code(code: str) -> Rule | None:
    if not _by_code:
        _by_code.update((r.meta.code, r) for r in all_rules())
    return _by_code.get(code.upper())


_by_code: dict[str, Rule] = {}


class Context(Record):
    """What a rule sees: the report, its rules, and helpers to report findings."""

    __slots__ = ("_cells", "_parsed", "report", "rs")

    def __init__(self, report: Report, rs: RuleSet) -> None:
        self.report = report
        self.rs = rs
        self._cells: list[Cell] | None = None  # computed once, shared by the rules
        self._parsed: list[Cell] | None = None

    def env(self, table: Table | None = None, row: Row | None = None) -> expr.Env:
        return expr.Env(self.report, self.rs, row, table)

    def checks(self, kind: str) -> list[Check]:
        return [c for c in self.rs.checks if c.type == kind]

    def label(self, table: str | None) -> str | None:
        if table is None:
            return None
        t = self.report.tables.get(table)
        return t.label if t is not None else table

    def cells(self) -> list[Cell]:
        """Every printed value of the report, each once: table cells and narrative figures."""
        if self._cells is None:
            out = [c for t in self.report.tables.values() for r in t.rows.values() for c in r.cells.values()]
            seen = {id(c) for c in out}  # IKU table cells are fact mentions too
            for ms in self.report.mentions.values():
                for m in ms:
                    for mc in (m.cell, m.words, m.period):
                        if mc is not None and id(mc) not in seen:
                            seen.add(id(mc))
                            out.append(mc)
            self._cells = out
        return self._cells

    def parsed_cells(self) -> list[Cell]:
        """The printed values read as numbers (the rules on how numbers are printed look at these)."""
        if self._parsed is None:
            self._parsed = [c for c in self.cells() if c.parsed is not None]
        return self._parsed

    def finding(
        self,
        meta: RuleMeta,
        msg_key: str,
        at: Cell | Row | Table | tuple[int, int],
        rule: Ref | str,
        /,
        *,
        cell: Cell | None = None,
        table: str | None = None,
        row: str | None = None,
        field: str | None = None,
        expected: Decimal | str | None = None,
        actual: Decimal | str | None = None,
        expected_interval: Interval | None = None,
        actual_interval: Interval | None = None,
        explanation: list[Any] | None = None,
        severity: str | None = None,
        file: str | None = None,
        **args: Any,
    ) -> Finding:
        if isinstance(at, tuple):
            line, column = at
        else:
            line, column = at.line, at.column
        src = cell if cell is not None else (at if isinstance(at, Cell) else None)
        if src is not None:
            table = table or src.table
            row = row or src.row
            field = field or src.field
        return Finding(
            meta.code,
            severity or meta.severity,
            Msg(msg_key, args),
            file or self.report.file,
            line,
            column,
            table,
            self.label(table),
            row,
            field,
            expected,
            actual,
            expected_interval,
            actual_interval,
            explanation,
            rule if type(rule) is str else str(rule),
        )


def run_rules(report: Report, rs: RuleSet, select: Callable[[str], bool] | None = None) -> list[Finding]:
    ctx = Context(report, rs)
    out: list[Finding] = []
    for rule in all_rules():
        if select is None or select(rule.meta.code):
            out.extend(rule.run(ctx))
    out.sort(key=Finding.sort_key)
    return out
