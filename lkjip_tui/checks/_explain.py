"""Helpers shared by the rules that compare a printed value with a computed one."""

from __future__ import annotations

from typing import Any

from lkjip_tui.formula import Expr, Many, Num, substitute
from lkjip_tui.model.report import Cell
from lkjip_tui.model.scope import Env


def fact_path(e: Expr) -> str | None:
    """The fact a `facts.X` expression names, or None for any other expression."""
    node = e.ast
    if node[0] == "path" and node[2][0] == ["f", "facts"]:
        return ".".join(seg[1] for seg in node[2][1:])
    return None


def reported_cells(e: Expr, env: Env) -> list[Cell]:
    """The printed values a `reported = ...` path points at: every mention of a fact,
    or the cell(s) of a table path."""
    fact = fact_path(e)
    if fact is not None:
        return [m.cell for m in env.report.mentions.get(fact, [])]
    value = e(env)
    if isinstance(value, Num):
        return list(value.cells[:1])
    if isinstance(value, Many):
        return [c for v in value.items if isinstance(v, Num) for c in v.cells[:1]]
    if env.row is not None and e.ast[0] == "path":
        cell = env.row.cells.get(e.ast[2][0][1])
        return [cell] if cell is not None else []
    return []


def explanation(e: Expr, env: Env, result: Any) -> list[Any]:
    """`formula = formula with values = result`, as parts for the message renderer."""
    substituted = substitute(e, env)
    parts: list[Any] = [e.text, " = ", *substituted]
    if isinstance(result, Num) and len(substituted) > 1:
        parts += [" = ", result.iv.mid if result.iv.exact else result.iv]
    return parts
