"""LKJ201 quarter-target: a printed TW target that does not follow from the annual target."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

from lkjip_tui.checks._iku import agrees, level_arg, level_interval
from lkjip_tui.checks.base import Context, RuleMeta
from lkjip_tui.model.breakdown import quarterly
from lkjip_tui.model.capaian import target_interval
from lkjip_tui.model.findings import Finding
from lkjip_tui.model.rules import Target
from lkjip_tui.values.dates import quarter_label
from lkjip_tui.values.interval import Interval
from lkjip_tui.values.msg import Printed

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
        "TW, tetap sepanjang tahun, atau profil eksplisit. Target triwulan yang disalin dari tahun lalu atau "
        "diketik ulang sering tidak lagi sesuai.",
        "en": "Quarterly targets derive from the annual target (Perjanjian Kinerja): an even split, cumulative "
        "'s.d. TW', a level held all year, or an explicit profile. A quarterly target copied from last year or "
        "retyped often no longer follows.",
    },
    bad="annual 50, breakdown cumulative; TW II target printed 20",
    good="annual 50, breakdown cumulative; TW II target printed 25   # 50 × 2 / 4",
)


def run(ctx: Context) -> Iterator[Finding]:
    q = ctx.report.quarter
    for iku_id, target in ctx.rs.targets.items():
        plan = quarterly(target, ctx.rs.iku[iku_id])
        expected = plan.reported(q)
        for m in ctx.report.mentions.get(f"{iku_id}.target", []):
            cell = m.cell
            printed = target_interval(cell)
            if printed is None:
                continue
            rule = target.refs.get("breakdown", target.ref)
            if expected is None:
                yield ctx.finding(
                    META,
                    "lkj201.annual_only",
                    cell,
                    rule,
                    printed=Printed(cell.text),
                    iku=iku_id,
                    quarter=quarter_label(q),
                )
                continue
            exp_iv = level_interval(expected)
            if agrees(printed, exp_iv):
                continue
            yield ctx.finding(
                META,
                "lkj201",
                cell,
                rule,
                printed=Printed(cell.text),
                iku=iku_id,
                quarter=quarter_label(q),
                expected_value=level_arg(expected),
                breakdown=target.breakdown,
                expected=expected if isinstance(expected, Decimal) else None,
                actual=cell.number.value if cell.number else None,
                expected_interval=exp_iv if isinstance(exp_iv, Interval) else None,
                actual_interval=printed if isinstance(printed, Interval) else None,
                explanation=explain(target, q, expected),
            )


def explain(target: Target, q: int, value: Decimal | tuple[Decimal, Decimal] | None) -> list[Any]:
    """How the quarterly target follows from the annual one, as message parts."""
    annual = level_arg(target.annual)
    label = quarter_label(q)
    kind = target.breakdown
    rounding = (
        [f" (dibulatkan {target.decimals} desimal, {target.rounding})"] if target.decimals is not None else []
    )
    if kind == "even":
        return [
            f"target {label} = target tahunan / 4 = ",
            annual,
            " / 4 = ",
            level_arg(value) if value is not None else "-",
            *rounding,
        ]
    if kind == "cumulative":
        return [
            f"target s.d. {label} = target tahunan × {q} / 4 = ",
            annual,
            f" × {q} / 4 = ",
            level_arg(value) if value is not None else "-",
            *rounding,
        ]
    if kind == "constant":
        return [f"target {label} = target tahunan (tetap sepanjang tahun) = ", annual]
    if kind == "annual_only":
        return ["target hanya tahunan, diukur di TW IV: ", annual]
    profile = [x for v in target.quarters for x in (v, ", ")][:-1]
    return [f"profil {kind} [", *profile, f"], {label} = ", level_arg(value) if value is not None else "-"]
