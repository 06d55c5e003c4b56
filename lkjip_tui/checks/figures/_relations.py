"""A printed value against a formula: shared by LKJ302 (derived values) and LKJ303 (counts)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from lkjip_tui.checks._explain import explanation, reported_cells, why_missing
from lkjip_tui.checks.base import Context, RuleMeta
from lkjip_tui.formula import Expr, Missing, Num, Undefined
from lkjip_tui.model.findings import Finding
from lkjip_tui.model.report import Cell
from lkjip_tui.model.rules import Check
from lkjip_tui.model.scope import Env
from lkjip_tui.model.wording import in_words
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
    value = formula(env)
    if reported is None:
        if not cell.reported and isinstance(value, Num):
            yield ctx.finding(
                meta,
                f"{key}.blank",
                cell,
                check.ref,
                severity="warning",
                printed=Printed(cell.text),
                formula=in_words(formula.text, env.report, env.rs),
                computed=value.iv,
                expected=value.iv.mid,
                expected_interval=value.iv,
                explanation=explanation(formula, env, value),
            )
        return
    if isinstance(value, Missing):
        yield ctx.finding(
            meta,
            f"{key}.unchecked",
            cell,
            check.ref,
            severity="info",
            printed=Printed(cell.text),
            formula=in_words(formula.text, env.report, env.rs),
            why=why_missing(ctx, value),
        )
        return
    if isinstance(value, Undefined):
        yield ctx.finding(
            meta,
            f"{key}.{value.reason}",
            cell,
            check.ref,
            printed=Printed(cell.text),
            formula=in_words(formula.text, env.report, env.rs),
            divisor=Printed(value.divisor),
            actual=cell.number.value if cell.number else None,
            explanation=explanation(formula, env, value),
        )
        return
    if not isinstance(value, Num) or value.iv.overlaps(reported):
        return
    kind = ctx.rs.fact_kind(cell.field or "")
    args: dict[str, Any] = {
        "fact": kind.label if kind is not None else (cell.field or "").replace("_", " "),
        "printed": Printed(cell.text),
        "reported": reported,
        "computed": value.iv,
        "formula": in_words(formula.text, env.report, env.rs),
        "actual": cell.number.value if cell.number else reported.mid,
        "actual_interval": reported,
        "explanation": explanation(formula, env, value),
    }
    # The cell is also a total whose parts give another value: neither decides.
    others = [v for v in ctx.facts.relations(cell) if not v.overlaps(value.iv)] if cell.table else []
    if others:
        args.update(others=others)
    else:
        args.update(expected=value.iv.mid, expected_interval=value.iv)
    yield ctx.finding(meta, f"{key}.contested" if others else key, cell, check.ref, **args)
