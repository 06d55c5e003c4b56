"""What the names in a formula mean: paths into the rules' catalogue and a report.

    facts.pagu                  a fact's value: its authority's, else the one its mentions agree on
    report.iku, report.sasaran  the IKUs (and their sasaran) the report's IKU tables hold
    anggaran[JUMLAH].pagu       a cell of a table kind's row
    pemulangan[*].jml           that column in every row but the total row (JUMLAH)
    realisasi                   a column of the row a per-row check runs on

Names are checked against the catalogue when the rules load (`Scope`), so a
misspelled table or column is an error with its position in the rules file;
evaluation (`Env`) reads the report.
"""

from __future__ import annotations

from typing import Any, Protocol

from lkjip_tui.formula import (
    Expr,
    Fn,
    FormulaError,
    Many,
    Missing,
    Num,
    Scalar,
    Value,
    compile_text,
)
from lkjip_tui.model.report import Cell, Report, Row, Table
from lkjip_tui.model.rules import RuleSet, TableKind
from lkjip_tui.model.source import SourceError
from lkjip_tui.values import dates
from lkjip_tui.values.interval import Interval
from lkjip_tui.values.record import Record
from lkjip_tui.values.suggest import did_you_mean


class Origin(Record):
    """Where a formula's text starts in a rules file."""

    __slots__ = ("column", "file", "line")

    def __init__(self, file: str, line: int, column: int) -> None:
        self.file = file
        self.line = line
        self.column = column


class FactValues(Protocol):
    """What `facts.X` reads: each fact's value on the report (model.authority.Facts)."""

    def value(self, fact: str) -> Value: ...


class Env(Record):
    """What a compiled formula reads: the report, its rules, its facts, and the row it runs on."""

    __slots__ = ("facts", "report", "row", "rs", "table")

    def __init__(
        self,
        report: Report,
        rs: RuleSet,
        row: Row | None = None,
        table: Table | None = None,
        facts: FactValues | None = None,
    ) -> None:
        self.report = report
        self.rs = rs
        self.row = row
        self.table = table
        self.facts = facts  # None where a formula may only read tables (a [[same]]'s cells)


class Scope:
    """The names a formula may use: the rules, and the table kind whose rows it runs on."""

    def __init__(self, rs: RuleSet, table: TableKind | None = None) -> None:
        self.rs = rs
        self.table = table

    def row_relative(self, segs: list[list[str]]) -> bool:
        """A column of the row the check runs on (`realisasi`); every other path reads the report."""
        first = segs[0][1]
        return first != "facts" and self.table is not None and first in self.table.columns and len(segs) == 1

    def shared(self, env: Env) -> object:
        # The facts are the report's (model.authority.Facts); a formula read without them
        # (a [[same]]'s cells) must not reuse a value computed with them, nor the reverse.
        return env.facts if env.facts is not None else env.report

    def path(self, column: int, segs: list[list[str]]) -> Fn:
        first = segs[0][1]
        rs = self.rs
        if first == "facts":
            if len(segs) < 2 or any(s[0] != "f" for s in segs[1:]):
                raise FormulaError(column, "err.expr_fact_path")
            fact = ".".join(s[1] for s in segs[1:])
            if rs.fact_kind(fact) is None:
                raise FormulaError(
                    column, "err.unknown_fact", fact=fact, hint=did_you_mean(fact, rs.fact_names())
                )
            return lambda env: env.facts.value(fact) if env.facts is not None else Missing(f"facts.{fact}")
        if first == "report":
            if len(segs) != 2 or segs[1][0] != "f" or segs[1][1] not in ("iku", "sasaran"):
                raise FormulaError(column, "err.expr_report_path")
            what = segs[1][1]
            return lambda env: report_ids(env.report, env.rs, what)
        if self.table is not None and self.row_relative(segs):
            name = first
            zero = self.table.columns[name].blank == "zero"
            return lambda env: cell_value(env.row.cells.get(name) if env.row else None, name, zero)
        if first in rs.tables:
            return self._table_path(first, column, segs[1:])
        names = [*rs.tables, "facts", "report", *(self.table.columns if self.table else ())]
        raise FormulaError(column, "err.expr_unknown_name", name=first, hint=did_you_mean(first, names))

    def _table_path(self, kind: str, column: int, segs: list[list[str]]) -> Fn:
        tk = self.rs.tables[kind]
        if not segs or segs[0][0] not in ("k", "*"):
            raise FormulaError(column, "err.expr_table_path", table=kind)
        selector = segs[0]
        field_name: str | None = None
        if len(segs) == 2 and segs[1][0] == "f":
            field_name = segs[1][1]
            if field_name not in tk.columns:
                raise FormulaError(
                    column,
                    "err.unknown_column",
                    column=field_name,
                    table=kind,
                    hint=did_you_mean(field_name, tk.columns),
                )
        elif len(segs) > 1:
            raise FormulaError(column, "err.expr_table_path", table=kind)
        zero = field_name is not None and tk.columns[field_name].blank == "zero"

        if selector[0] == "k":
            key = selector[1]
            if tk.rows in ("iku", "ikk"):
                known = [*(self.rs.iku if tk.rows == "iku" else self.rs.ikk), "JUMLAH"]
                if key not in known:
                    raise FormulaError(
                        column, "err.unknown_row_key", key=key, rows=tk.rows, hint=did_you_mean(key, known)
                    )

            def one(env: Env) -> Value:
                # A kind printed as several tables (the team tables) may hold the row more than once.
                rows = [t.rows[key] for t in env.report.tables_of(kind) if key in t.rows]
                if not rows:
                    return Missing(f"{kind}[{key}]")
                if field_name is None:
                    return Many(tuple(rows), len(rows))
                values = tuple(cell_value(r.cells.get(field_name), field_name, zero) for r in rows)
                return values[0] if len(values) == 1 else Many(values, len(rows))

            return one

        def every(env: Env) -> Value:
            tables = env.report.tables_of(kind)
            if not tables:
                return Missing(kind)
            # Every row but the total row: a sum over the rows that counted their own total would
            # double it (name it as t[JUMLAH]).
            rows = [r for t in tables for k, r in t.rows.items() if k != TOTAL_ROW]
            if field_name is None:
                return Many(tuple(rows), len(rows))
            return Many(tuple(cell_value(r.cells.get(field_name), field_name, zero) for r in rows), len(rows))

        return every


def compile_formula(text: str, scope: Scope, origin: Origin) -> Expr:
    """Compile a formula of a rules file; errors cite the file, line and column."""
    try:
        return compile_text(text, scope)
    except FormulaError as e:
        column = origin.column + e.column - 1
        raise SourceError(origin.file, origin.line, column, e.key, **e.args_) from None


_ZERO = Num(Interval.point(0))
TOTAL_ROW = "JUMLAH"  # the key the draft reader gives a table's total row (drafts/build.py)


def cell_value(cell: Cell | None, what: str | None, blank_is_zero: bool = False) -> Value:
    """A printed value as formulas see it; it keeps its cell, for explanations. A cell left
    out of a column whose blank means zero is zero."""
    if cell is None:
        return _ZERO if blank_is_zero else Missing(what or "")
    if cell.kind == "date":
        try:
            return Scalar(dates.parse_date(cell.text), (cell,))
        except dates.DateError:
            return Missing(what or "", (cell,))
    if cell.parsed is None:
        return Scalar(cell.text, (cell,))
    iv = cell.interval()
    if iv is None:
        return Missing(what or "", (cell,))
    return Num(iv, (cell,))


def report_ids(report: Report, rs: RuleSet, what: str) -> Value:
    """The IKUs the report's IKU tables hold (or their sasaran), each once, in printed order."""
    ikus = {
        key: None for t in report.tables.values() if t.kind.rows == "iku" for key in t.rows if key in rs.iku
    }
    ids = list(ikus) if what == "iku" else list(dict.fromkeys(rs.iku[i].sasaran for i in ikus))
    return Many(tuple(Scalar(i) for i in ids), len(ids))


def fact_path(e: Expr) -> str | None:
    """The fact a `facts.X` expression names, or None for any other expression."""
    node = e.ast
    if node[0] == "path" and node[2][0] == ["f", "facts"]:
        return ".".join(seg[1] for seg in node[2][1:])
    return None


def expr_cells(value: Any) -> list[Cell]:
    """The cells a path's value was read from (one per row for a wildcard)."""
    items = value.items if isinstance(value, Many) else (value,)
    return [c for v in items if isinstance(v, Num | Scalar | Missing) for c in v.cells]
