"""What LKJ101, LKJ102 and LKJ105 share: every printed capaian of a measured IKU, against the
one expectation the report's authorities give (model.authority.Expectation)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from lkjip_tui.checks.base import Context
from lkjip_tui.model.authority import Expectation, Operand
from lkjip_tui.model.capaian import formula_parts, range_branch
from lkjip_tui.model.report import Mention
from lkjip_tui.model.rules import Iku
from lkjip_tui.values.interval import Interval
from lkjip_tui.values.msg import Msg, Printed


def capaian_mentions(ctx: Context) -> Iterator[tuple[Iku, Mention, Expectation]]:
    """Each printed capaian (table cells and narrative) of an IKU measured this period."""
    for iku in ctx.rs.iku.values():
        if not ctx.report.measures(iku.measured_in):
            continue  # LKJ104
        mentions = ctx.facts.mentions(f"{iku.id}.capaian")
        if mentions:
            e = ctx.facts.expectation(iku)
            for m in mentions:
                yield iku, m, e


def operand_arg(o: Operand) -> Any:
    """An input as a message names it: as printed (quoted), or the declared value and its source."""
    if o.source is None:
        return Msg("op.printed", {"text": _quoted(o.text)})
    return Msg("op.declared", {"value": o.text, "source": o.source})


def _quoted(text: Any) -> Any:
    return Printed(text) if isinstance(text, str) else text


def explain(iku: Iku, target: Operand, realisasi: Operand, result: Interval | None) -> list[Any]:
    """capaian = formula = formula with the values = result."""
    branch = ""
    if isinstance(target.value, tuple) and isinstance(realisasi.value, Interval):
        branch = range_branch(target.value, realisasi.value)
    parts: list[Any] = ["capaian = ", *formula_parts(iku), " = "]
    parts += formula_parts(iku, _explained(target), _explained(realisasi), branch)
    if result is not None:
        parts += [" = ", result]
    return parts


def _explained(o: Operand) -> Any:
    """A value as an explanation shows it: the printed text, or the declared number (ends of a range)."""
    if isinstance(o.value, tuple):
        if isinstance(o.text, str):
            return (o.text, o.text)
        return (o.value[0].lo, o.value[1].hi)
    return o.text


def kinds_arg(e: Expectation) -> tuple[Msg | str, Msg]:
    """For an IKU of no declared formula: the target all readings share (or ""), and what each
    kind of formula gives with the printed figures."""
    targets = {id(t) for _, t, _ in e.candidates}
    shared = e.candidates[0][1] if len(targets) == 1 else None
    items = []
    for (result, t, r), kind in zip(e.candidates, e.kinds, strict=True):
        formula, _, variant = kind.partition(".")
        computed = result if isinstance(result, Interval) else Msg(f"reason.{result}")
        if formula == "zero_target":
            items.append(Msg("lkj101.kind_plain", {"kind": Msg(f"kind.{kind}"), "computed": computed}))
            continue
        as_kind = e.iku.replace(formula=formula, variant=variant)
        parts = formula_parts(as_kind, _explained(t), _explained(r))
        items.append(
            Msg(
                "lkj101.kind",
                {
                    "kind": Msg(f"kind.{kind}"),
                    "formula": Msg("seq.parts", {"items": parts}),
                    "computed": computed,
                },
            )
        )
    target: Msg | str = (
        Msg("lkj101.with_target", {"target": operand_arg(shared)}) if shared is not None else ""
    )
    return target, Msg("seq", {"items": items})


def candidates_arg(e: Expectation) -> tuple[Msg | str, Msg]:
    """The target all readings share (or ""), and each reading of the disagreeing inputs with
    the capaian it gives, for a message."""
    targets = {id(t) for _, t, _ in e.candidates}
    shared = e.candidates[0][1] if len(targets) == 1 else None
    items = []
    for result, t, r in e.candidates:
        computed = result if isinstance(result, Interval) else Msg(f"reason.{result}")
        places = [*(r.places if r.source is None else []), *(t.places if t.source is None else [])]
        args = {"target": operand_arg(t), "realisasi": operand_arg(r), "places": places, "computed": computed}
        items.append(Msg("lkj101.candidate" if shared is not None else "lkj101.candidate_both", args))
    target: Msg | str = (
        Msg("lkj101.with_target", {"target": operand_arg(shared)}) if shared is not None else ""
    )
    return target, Msg("seq", {"items": items})
