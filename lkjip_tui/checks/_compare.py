"""Helpers shared by the rules that compare a printed value with a computed one."""

from __future__ import annotations

from typing import Any

from lkjip_tui import expr
from lkjip_tui.report import Cell


def fact_path(e: expr.Expr) -> str | None:
    """The fact a `facts.X` expression names, or None for any other expression."""
    node = e.ast
    if node[0] == "path" and node[2][0] == ["f", "facts"]:
        return ".".join(seg[1] for seg in node[2][1:])
    return None


def reported_cells(e: expr.Expr, env: expr.Env) -> list[Cell]:
    """The printed values a `reported = ...` path points at: every mention of a fact,
    or the cell(s) of a table path."""
    fact = fact_path(e)
    if fact is not None:
        return [m.cell for m in env.report.mentions.get(fact, [])]
    value = e(env)
    if isinstance(value, expr.Num):
        return list(value.cells[:1])
    if isinstance(value, expr.Many):
        return [c for v in value.items if isinstance(v, expr.Num) for c in v.cells[:1]]
    if env.row is not None and e.ast[0] == "path":
        cell = env.row.cells.get(e.ast[2][0][1])
        return [cell] if cell is not None else []
    return []


def explanation(e: expr.Expr, env: expr.Env, result: Any) -> list[Any]:
    """`formula = formula with values = result`, as parts for the message renderer."""
    substituted = expr.substitute(e, env)
    parts: list[Any] = [e.text, " = ", *substituted]
    if isinstance(result, expr.Num) and len(substituted) > 1:
        parts += [" = ", result.iv.mid if result.iv.exact else result.iv]
    return parts
