"""LKJ504 number-style: a number printed the English way (75.79, 4,357,162,000)."""

from __future__ import annotations

from collections.abc import Iterator

from lkjip_tui.checks.base import Context, RuleMeta
from lkjip_tui.model.findings import Finding
from lkjip_tui.values.msg import Printed
from lkjip_tui.values.numbers import EN, Number, Range, format_decimal

META = RuleMeta(
    code="LKJ504",
    name="number-style",
    severity="warning",
    summary={
        "id": "Angka ditulis dengan gaya Inggris (titik desimal atau koma ribuan) di laporan berbahasa Indonesia.",
        "en": "A number is written the English way (decimal point or comma thousands) in an Indonesian report.",
    },
    rationale={
        "id": "Bahasa Indonesia memakai koma sebagai tanda desimal dan titik sebagai pemisah ribuan (PUEBI). "
        "Mencampur kedua gaya membuat angka seperti 1.560 bermakna ganda dan menyulitkan pembaca.",
        "en": "Indonesian uses a comma as the decimal mark and a dot to group thousands (PUEBI). Mixing both "
        "styles makes numbers like 1.560 ambiguous and hinders readers.",
    },
    bad='realisasi: "75.79"; pagu: "Rp. 4,357,162,000,-"',
    good='realisasi: "75,79"; pagu: "Rp4.357.162.000,-"',
)


def run(ctx: Context) -> Iterator[Finding]:
    for cell in ctx.parsed_cells():
        parsed = cell.parsed
        numbers = [parsed.low, parsed.high] if isinstance(parsed, Range) else [parsed]
        if not any(isinstance(n, Number) and n.style == EN for n in numbers):
            continue
        shown = " - ".join(_indonesian(n) for n in numbers if isinstance(n, Number))
        yield ctx.finding(META, "lkj504", cell, "", printed=Printed(cell.text), suggestion=Printed(shown))


def _indonesian(n: Number) -> str:
    styled = format_decimal(n.value, "id", n.decimals)
    return (
        ("Rp" if n.currency else "") + styled + ("%" if n.percent else "") + (f" {n.unit}" if n.unit else "")
    )
