"""A printed value against a formula: shared by LKJ302 (derived values) and LKJ303 (counts)."""

from __future__ import annotations

from collections.abc import Iterator

from lkjip_tui.checks._explain import explanation, reported_cells
from lkjip_tui.checks.base import Context, RuleMeta
from lkjip_tui.formula import Expr, Num, Undefined
from lkjip_tui.model.findings import Finding
from lkjip_tui.model.report import Cell
from lkjip_tui.model.rules import Check
from lkjip_tui.model.scope import Env
from lkjip_tui.values.msg import Printed


def relation_findings(ctx: Context, meta: RuleMeta, check: Check, key: str) -> Iterator[Finding]:
    p = check.params
    formula: Expr = p["formula"]
    if "field" in p:
        for table in ctx.report.tables_of(p["table"]):
            for row in table.rows.values():
                env = ctx.env(table, row)
                cell = row.cells.get(p["field"])
                if cell is None or not cell.reported:
                    continue
                if "when" in p and p["when"](env) is not True:
                    continue
                yield from _compare(ctx, meta, check, key, cell, formula, env)
        return
    env = ctx.env()
    if "when" in p and p["when"](env) is not True:
        return
    for cell in reported_cells(p["reported"], env):
        yield from _compare(ctx, meta, check, key, cell, formula, env)


def _compare(
    ctx: Context, meta: RuleMeta, check: Check, key: str, cell: Cell, formula: Expr, env: Env
) -> Iterator[Finding]:
    reported = cell.interval()
    if reported is None:
        return
    value = formula(env)
    if isinstance(value, Undefined):
        yield ctx.finding(
            meta,
            f"{key}.{value.reason}",
            cell,
            check.ref,
            printed=Printed(cell.text),
            formula=formula.text,
            divisor=Printed(value.divisor),
            actual=cell.number.value if cell.number else None,
            explanation=explanation(formula, env, value),
        )
        return
    if not isinstance(value, Num) or value.iv.overlaps(reported):
        return
    yield ctx.finding(
        meta,
        key,
        cell,
        check.ref,
        printed=Printed(cell.text),
        reported=reported,
        computed=value.iv,
        formula=formula.text,
        expected=value.iv.mid,
        actual=cell.number.value if cell.number else reported.mid,
        expected_interval=value.iv,
        actual_interval=reported,
        explanation=explanation(formula, env, value),
    )
