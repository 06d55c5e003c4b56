"""Helpers shared by the rules that compare a printed value with a computed one."""

from __future__ import annotations

from typing import Any

from lkjip_tui.checks.base import Context
from lkjip_tui.formula import Expr, Many, Missing, Num, substitute
from lkjip_tui.model.report import Cell
from lkjip_tui.model.scope import Env, fact_path
from lkjip_tui.model.wording import in_words
from lkjip_tui.values.msg import Msg, Printed
from lkjip_tui.values.numbers import Ambiguous, Invalid, Range


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
    parts: list[Any] = [in_words(e.text, env.report, env.rs), " = ", *substituted]
    if isinstance(result, Num) and len(substituted) > 1:
        parts += [" = ", result.iv.mid if result.iv.exact else result.iv]
    return parts


def describe(value: Any) -> Any:
    """A value as a message shows it: as printed, or its number."""
    if isinstance(value, Num | Missing) and len(value.cells) == 1:
        return Printed(value.cells[0].text)
    return value.iv if isinstance(value, Num) else "–"


def why_missing(ctx: Context, value: Any) -> Msg:
    """Why a formula has no value to compare with, as a message: the printed value it could not
    use (a range, a "-", an unreadable number), the row or table the report lacks, or the
    figure printed differently with nothing to decide between its values."""
    if isinstance(value, Many):
        return Msg("why.several", {"values": Msg("seq.or", {"items": [describe(v) for v in value.items]})})
    cells = value.cells if isinstance(value, Missing) else ()
    what = value.what if isinstance(value, Missing) else ""
    if what == "contested":  # model.authority: the cell's own computations disagree
        return Msg("why.contested")
    for cell in cells:
        p = cell.parsed
        if isinstance(p, Range):
            return Msg("why.range", {"printed": Printed(cell.text)})
        if isinstance(p, Ambiguous | Invalid):
            return Msg("why.unreadable", {"printed": Printed(cell.text)})
        return Msg("why.blank", {"what": what, "printed": Printed(cell.text)})
    if what.startswith("facts."):
        fact = what[len("facts.") :]
        kind = ctx.rs.fact_kind(fact)
        label = kind.label if kind is not None else fact
        groups = ctx.facts.groups(fact)
        if len(groups) > 1:
            values = [Printed(g.first.text) for g in groups]
            return Msg("why.conflict", {"fact": label, "values": Msg("seq.or", {"items": values})})
        if ctx.facts.mentions(fact):
            return Msg("why.undefined", {"fact": label})
        return Msg("why.no_fact", {"fact": label})
    return Msg("why.absent", {"what": what})
