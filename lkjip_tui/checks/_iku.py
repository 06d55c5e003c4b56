"""Helpers for the rules driven by the IKU catalogue."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from lkjip_tui.checks.base import Context
from lkjip_tui.model.breakdown import Level
from lkjip_tui.model.report import Cell, Row, Table
from lkjip_tui.model.rules import Iku
from lkjip_tui.values.interval import Interval


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


def level_interval(v: Level) -> Interval | tuple[Interval, Interval]:
    """A target level from the rules (a value or a range) as exact interval(s)."""
    if isinstance(v, tuple):
        return (Interval.point(v[0]), Interval.point(v[1]))
    return Interval.point(v)


def agrees(
    printed: Interval | tuple[Interval, Interval], expected: Interval | tuple[Interval, Interval]
) -> bool:
    """A printed target fits the expected one: both single values, or both ranges end by end."""
    if isinstance(printed, tuple) and isinstance(expected, tuple):
        return printed[0].overlaps(expected[0]) and printed[1].overlaps(expected[1])
    if isinstance(printed, Interval) and isinstance(expected, Interval):
        return printed.overlaps(expected)
    return False


def level_arg(v: Level) -> Decimal | Interval:
    """A target level as a message argument (a range prints as "lo–hi")."""
    return Interval(v[0], v[1]) if isinstance(v, tuple) else v
