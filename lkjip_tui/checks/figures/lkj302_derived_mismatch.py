"""LKJ302 derived-mismatch: a value that does not follow from its formula (saldo, %)."""

from __future__ import annotations

from collections.abc import Iterator

from lkjip_tui.checks.base import Context, RuleMeta
from lkjip_tui.checks.figures._relations import relation_findings
from lkjip_tui.model.findings import Finding

META = RuleMeta(
    code="LKJ302",
    name="derived-mismatch",
    severity="error",
    summary={
        "id": "Nilai turunan (mis. saldo = pagu − realisasi, % = realisasi / pagu × 100) tidak sesuai rumusnya.",
        "en": "A derived value (e.g. saldo = pagu − realisasi, % = realisasi / pagu × 100) does not follow from its formula.",
    },
    rationale={
        "id": "Nilai turunan dihitung dari nilai lain di baris atau laporan yang sama; jika salah satu diubah, "
        "turunannya harus ikut berubah. Pembagian dengan nol dilaporkan, tidak dianggap 0.",
        "en": "A derived value is computed from other values of the same row or report; when one changes the "
        "derived one must follow. Division by zero is reported, never taken as 0.",
    },
    bad="{anggaran: 450.000.000, realisasi: 54.582.700, saldo: 359.417.300}",
    good="{anggaran: 450.000.000, realisasi: 54.582.700, saldo: 395.417.300}",
    consumes="derived",
)


def run(ctx: Context) -> Iterator[Finding]:
    for check in ctx.checks("derived"):
        yield from relation_findings(ctx, META, check, "lkj302")
