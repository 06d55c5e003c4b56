"""LKJ202 annual-target: a printed annual target that differs from the one in the rules."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from lkjip_tui.checks.base import Context, RuleMeta
from lkjip_tui.checks.targets._levels import agrees, level_arg, level_interval
from lkjip_tui.model.capaian import target_interval
from lkjip_tui.model.findings import Finding
from lkjip_tui.values.msg import Printed

META = RuleMeta(
    code="LKJ202",
    name="annual-target",
    severity="error",
    summary={
        "id": "Target tahunan yang dicetak berbeda dari target dalam Perjanjian Kinerja (berkas target).",
        "en": "A printed annual target differs from the one in the Perjanjian Kinerja (the targets file).",
    },
    rationale={
        "id": "Target tahunan ditetapkan sekali dalam Perjanjian Kinerja; setiap tabel yang mencetaknya harus "
        "sama persis dengan dokumen itu, dan tidak boleh kosong.",
        "en": "The annual target is set once in the Perjanjian Kinerja; every table printing it must agree with "
        "it exactly, and not leave it blank.",
    },
    bad="targets: IKU1 annual = 1500; Tabel 2 prints 1200",
    good="targets: IKU1 annual = 1500; Tabel 2 prints 1500 Pekerja Migran Indonesia",
)


def run(ctx: Context) -> Iterator[Finding]:
    for iku_id, target in ctx.rs.targets.items():
        annual = target.annual
        expected = level_interval(annual)
        rule = target.refs.get("annual", target.ref)
        iku = ctx.rs.iku[iku_id]
        for m in ctx.facts.mentions(f"{iku_id}.target_tahunan"):
            printed = target_interval(m.cell)
            common: dict[str, Any] = {
                "printed": Printed(m.cell.text),
                "iku": iku.label,
                "annual": level_arg(annual),
                "expected": None if isinstance(annual, tuple) else annual,
            }
            if printed is None:
                if not m.cell.reported:
                    yield ctx.finding(META, "lkj202.blank", m.cell, rule, severity="warning", **common)
                continue
            if not agrees(printed, expected):
                actual = m.cell.number.value if m.cell.number else None
                yield ctx.finding(META, "lkj202", m.cell, rule, actual=actual, **common)
