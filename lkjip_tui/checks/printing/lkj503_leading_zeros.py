"""LKJ503 leading-zeros: a number printed with leading zeros ("00"), often a lost digit."""

from __future__ import annotations

from collections.abc import Iterator

from lkjip_tui.checks.base import Context, RuleMeta
from lkjip_tui.model.findings import Finding
from lkjip_tui.values.msg import Printed
from lkjip_tui.values.numbers import Number, Range

META = RuleMeta(
    code="LKJ503",
    name="leading-zeros",
    severity="warning",
    summary={
        "id": "Angka dicetak dengan nol di depan ('00', '020'); sering tanda digit yang hilang.",
        "en": "A number is printed with leading zeros ('00', '020'); often a sign of a lost digit.",
    },
    rationale={
        "id": "Laporan tidak menulis angka dengan nol di depan. '00' di kolom realisasi sering berasal dari "
        "'20' yang digit pertamanya terhapus saat diedit.",
        "en": "Reports do not write numbers with leading zeros. '00' in a realisasi column often comes from "
        "'20' whose first digit was lost in editing.",
    },
    bad="realisasi: 00",
    good="realisasi: 20",
)


def run(ctx: Context) -> Iterator[Finding]:
    for cell in ctx.parsed_cells():
        parsed = cell.parsed
        numbers = [parsed.low, parsed.high] if isinstance(parsed, Range) else [parsed]
        if any(isinstance(n, Number) and n.leading_zeros for n in numbers):
            yield ctx.finding(META, "lkj503", cell, "", printed=Printed(cell.text))
