"""What every rule is made of: its metadata, the context it reads, its findings.

A rule module defines `META` (a `RuleMeta`: code, name, severity, summary,
rationale and an example in both languages) and `run(ctx)`, which yields
findings made with `ctx.finding(...)`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any

from lkjip_tui.model.authority import Facts
from lkjip_tui.model.document import Place
from lkjip_tui.model.findings import Finding
from lkjip_tui.model.report import Cell, Report, Row, Table
from lkjip_tui.model.rules import SHORT_NAME, Check, Ref, RuleSet, cite, shorten
from lkjip_tui.model.scope import Env
from lkjip_tui.values.interval import Interval
from lkjip_tui.values.msg import Msg
from lkjip_tui.values.record import Record


def quarter_msg(report: Report) -> Msg:
    """The report's period as messages name it: "TW II" / "Q2", or "Tahunan" / "annual"."""
    return Msg("quarter.annual") if report.annual else Msg(f"quarter.{report.quarter}")


def period_msg(report: Report) -> Msg:
    """The report's period with its year: "TW II 2023" / "Q2 2023", or "Tahun 2023" / "the year 2023"."""
    if report.annual:
        return Msg("period.annual", {"year": report.year})
    return Msg("period.quarter", {"quarter": Msg(f"quarter.{report.quarter}"), "year": report.year})


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


class Rule(Record):
    __slots__ = ("meta", "run")

    def __init__(self, meta: RuleMeta, run: Callable[[Context], Iterator[Finding]]) -> None:
        self.meta = meta
        self.run = run


class Context(Record):
    """What a rule sees: the report, its rules, its figures' authorities, and helpers to report findings."""

    __slots__ = ("_cells", "_parsed", "_row_labels", "facts", "report", "rs")

    def __init__(self, report: Report, rs: RuleSet) -> None:
        self.report = report
        self.rs = rs
        self.facts = Facts(report, rs)  # shared by the rules: one verdict per figure
        self._cells: list[Cell] | None = None  # computed once, shared by the rules
        self._parsed: list[Cell] | None = None
        self._row_labels: dict[tuple[str | None, str | None, str | None], str | None] = {}

    def env(self, table: Table | None = None, row: Row | None = None) -> Env:
        return Env(self.report, self.rs, row, table, self.facts)

    def row_label(self, table: str | None, row: str | None, field: str | None = None) -> str | None:
        """How a row reads: an IKU by its name with its id after, another row by its first
        text, its key after; a narrative figure of an IKU, by the IKU."""
        key = (table, row, field if row is None else None)
        if key not in self._row_labels:
            self._row_labels[key] = self._row_label(table, row, field)
        return self._row_labels[key]

    def _row_label(self, table: str | None, row: str | None, field: str | None) -> str | None:
        if row is None:
            iku = self.rs.iku.get((field or "").partition(".")[0])
            return iku.label if iku is not None and table is None else None
        t = self.report.tables.get(table or "")
        if t is not None and t.kind.rows == "iku" and row in self.rs.iku:
            return self.rs.iku[row].label
        r = t.rows.get(row) if t is not None else None
        if r is None:
            return None
        text = next(
            (
                c.text
                for n, c in r.cells.items()
                if t is not None and t.kind.columns[n].kind == "text" and c.text.strip()
            ),
            "",
        )
        return f"{shorten(text, SHORT_NAME)} ({row})" if text else row

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
        place: Place | None = None,
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
        if place is None:
            # A value read from a draft knows where it stands there.
            place = src.place if src is not None else getattr(at, "place", None)
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
            cite(rule if type(rule) is str else str(rule)),
            place=place,
            row_label=self.row_label(table, row, field) if file is None else None,
        )
