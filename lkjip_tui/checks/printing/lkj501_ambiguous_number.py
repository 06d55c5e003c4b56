"""LKJ501 ambiguous-number: a number that reads two ways (1.560: 1560 or 1,56)."""

from __future__ import annotations

from collections.abc import Iterator

from lkjip_tui.checks.base import Context, RuleMeta
from lkjip_tui.model.findings import Finding
from lkjip_tui.values.msg import Printed
from lkjip_tui.values.numbers import Ambiguous

META = RuleMeta(
    code="LKJ501",
    name="ambiguous-number",
    severity="warning",
    summary={
        "id": "Angka dapat dibaca dua cara (1.560: seribu lima ratus enam puluh, atau satu koma lima enam).",
        "en": "A number reads two ways (1.560: one thousand five hundred and sixty, or one point five six).",
    },
    rationale={
        "id": "Laporan mencampur titik dan koma sebagai pemisah ribuan dan desimal. Untuk angka dengan tepat tiga "
        "digit setelah satu pemisah, lkjip tidak menebak; angka itu tidak dipakai dalam pemeriksaan lain.",
        "en": "Reports mix dots and commas as thousands and decimal marks. For a number with exactly three "
        "digits after a single mark, lkjip does not guess; the number takes no part in other checks.",
    },
    bad='target: "1.560"',
    good='target: "1.560,00"   # or "1,56"',
)


def run(ctx: Context) -> Iterator[Finding]:
    for cell in ctx.parsed_cells():
        p = cell.parsed
        if isinstance(p, Ambiguous):
            yield ctx.finding(
                META, "lkj501", cell, "", printed=Printed(cell.text), a=p.as_thousands, b=p.as_decimal
            )
