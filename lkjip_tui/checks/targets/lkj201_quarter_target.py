"""LKJ201 quarter-target: a printed TW target that does not follow from the annual target."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

from lkjip_tui.checks.base import Context, RuleMeta, quarter_msg
from lkjip_tui.checks.targets._levels import agrees, level_arg, level_interval
from lkjip_tui.model.breakdown import period_target
from lkjip_tui.model.capaian import target_interval
from lkjip_tui.model.findings import Finding
from lkjip_tui.model.rules import Target
from lkjip_tui.values.interval import Interval
from lkjip_tui.values.msg import Msg, Printed

META = RuleMeta(
    code="LKJ201",
    name="quarter-target",
    severity="error",
    summary={
        "id": "Target triwulan yang dicetak tidak sesuai dengan target tahunan menurut pembagian yang ditetapkan.",
        "en": "A printed quarterly target does not follow from the annual target under the declared breakdown.",
    },
    rationale={
        "id": "Target triwulan diturunkan dari target tahunan (Perjanjian Kinerja): dibagi rata, kumulatif s.d. "
        "TW, tetap sepanjang tahun, atau profil eksplisit; di laporan tahunan targetnya target tahunan itu "
        "sendiri. Target triwulan yang disalin dari tahun lalu atau diketik ulang sering tidak lagi sesuai. "
        "Target ditetapkan, bukan diukur: yang dicetak harus tepat sama (pembulatan hanya jika berkas target "
        "menyatakan decimals).",
        "en": "Quarterly targets derive from the annual target (Perjanjian Kinerja): an even split, cumulative "
        "'s.d. TW', a level held all year, or an explicit profile; an annual report's target is the annual "
        "target itself. A quarterly target copied from last year or retyped often no longer follows. A target "
        "is declared, not measured: the printed one must be exactly it (rounded only where the targets file "
        "says decimals).",
    },
    bad="annual 50, breakdown cumulative; TW II target printed 20",
    good="annual 50, breakdown cumulative; TW II target printed 25   # 50 × 2 / 4",
)


def run(ctx: Context) -> Iterator[Finding]:
    r = ctx.report
    for iku_id, target in ctx.rs.targets.items():
        iku = ctx.rs.iku[iku_id]
        level = period_target(target, iku, r.quarter, r.annual)
        rule = target.refs.get("breakdown", target.ref)
        for m in ctx.facts.mentions(f"{iku_id}.target"):
            cell = m.cell
            printed = target_interval(cell)
            common: dict[str, Any] = {
                "printed": Printed(cell.text),
                "iku": iku.label,
                "quarter": quarter_msg(r),
            }
            if level is None:
                if printed is not None:
                    yield ctx.finding(META, "lkj201.annual_only", cell, rule, **common)
                continue
            exp_iv = level_interval(level)
            if printed is None:
                if not cell.reported and r.measures(iku.measured_in):
                    yield ctx.finding(
                        META,
                        "lkj201.blank",
                        cell,
                        rule,
                        severity="warning",
                        expected_value=level_arg(level),
                        expected=level if isinstance(level, Decimal) else None,
                        explanation=explain(target, r.quarter, level, r.annual),
                        **common,
                    )
                continue
            if agrees(printed, exp_iv):
                continue
            yield ctx.finding(
                META,
                "lkj201",
                cell,
                rule,
                expected_value=level_arg(level),
                breakdown=Msg("annual_report") if r.annual else Msg(f"breakdown.{target.breakdown}"),
                expected=level if isinstance(level, Decimal) else None,
                actual=cell.number.value if cell.number else None,
                expected_interval=exp_iv if isinstance(exp_iv, Interval) else None,
                actual_interval=printed if isinstance(printed, Interval) else None,
                explanation=explain(target, r.quarter, level, r.annual),
                **common,
            )


def explain(
    target: Target, q: int, value: Decimal | tuple[Decimal, Decimal] | None, annual: bool = False
) -> list[Any]:
    """How the quarter's target follows from the annual one, as message parts."""
    args: dict[str, Any] = {
        "annual": level_arg(target.annual),
        "quarter": Msg(f"quarter.{q}"),
        "n": q,
        "value": level_arg(value) if value is not None else "–",
        "values": [*target.quarters],
    }
    if annual:
        return [Msg("expl.annual_report", args)]
    parts: list[Any] = [Msg(f"expl.{target.breakdown}", args)]
    if target.decimals is not None and target.breakdown in ("even", "cumulative"):
        parts.append(
            Msg("expl.rounded", {"decimals": target.decimals, "rounding": Msg(f"rounding.{target.rounding}")})
        )
    return parts
