"""Helpers for the rules driven by the IKU catalogue."""

from __future__ import annotations

from collections.abc import Iterator

from lkjip_tui.catalogue import Iku
from lkjip_tui.checks import Context
from lkjip_tui.interval import Interval
from lkjip_tui.numbers import Range
from lkjip_tui.report import Cell, Row, Table


def iku_rows(ctx: Context, fields: tuple[str, ...]) -> Iterator[tuple[Table, Row, Iku, list[Cell]]]:
    """Rows of IKU tables that print all of `fields`, in a quarter the IKU is measured."""
    for table in ctx.report.tables.values():
        if table.kind.rows != "iku" or not set(fields) <= set(table.kind.columns):
            continue
        for row in table.rows.values():
            iku = ctx.rs.iku.get(row.key)
            if iku is None or ctx.report.quarter not in iku.measured_in:
                continue
            cells = [row.cells.get(f) for f in fields]
            if all(c is not None for c in cells):
                yield table, row, iku, [c for c in cells if c is not None]


def target_interval(cell: Cell) -> Interval | tuple[Interval, Interval] | None:
    """A target as printed: one value, or the two ends of a range ("80 - 90%")."""
    if isinstance(cell.parsed, Range):
        low, high = cell.parsed.low, cell.parsed.high
        return (
            low.interval(low.decimals == 0 and not low.percent),
            high.interval(high.decimals == 0 and not high.percent),
        )
    return cell.interval()
