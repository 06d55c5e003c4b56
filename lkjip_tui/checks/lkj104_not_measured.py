"""LKJ104 not-measured-as-zero: 0 printed for an IKU that is not measured this quarter."""

from __future__ import annotations

from collections.abc import Iterator

from lkjip_tui.checks import Context, RuleMeta
from lkjip_tui.dates import quarter_label
from lkjip_tui.findings import Finding, Printed

META = RuleMeta(
    code="LKJ104",
    name="not-measured-as-zero",
    severity="warning",
    summary={
        "id": "Angka 0 dicetak untuk IKU yang tidak diukur pada triwulan ini.",
        "en": "0 is printed for an IKU that is not measured this quarter.",
    },
    rationale={
        "id": "Sebagian IKU (mis. Nilai Zona Integritas) hanya diukur sekali setahun. Realisasi 0 dan capaian 0% "
        "terbaca sebagai hasil pengukuran yang buruk; yang benar adalah '-' (belum diukur) dengan keterangan.",
        "en": "Some IKUs (e.g. the Zona Integritas score) are measured once a year. A realisasi of 0 and a "
        "capaian of 0% read as a poor measured result; the right print is '-' (not yet measured) with a note.",
    },
    bad="IKU8 in TW II: {target: 80, realisasi: 0, capaian: 0%}",
    good='IKU8 in TW II: {target: 80, realisasi: "-", capaian: "-"}',
)


def run(ctx: Context) -> Iterator[Finding]:
    q = ctx.report.quarter
    for table in ctx.report.tables.values():
        if table.kind.rows != "iku":
            continue
        for row in table.rows.values():
            iku = ctx.rs.iku.get(row.key)
            if iku is None or q in iku.measured_in:
                continue
            for field in ("realisasi", "capaian"):
                cell = row.cells.get(field)
                if cell is not None and cell.number is not None and cell.number.value == 0:
                    yield ctx.finding(
                        META,
                        "lkj104",
                        cell,
                        iku.ref,
                        printed=Printed(cell.text),
                        iku=iku.id,
                        field_name=field,
                        quarter=quarter_label(q),
                        measured=", ".join(quarter_label(m) for m in iku.measured_in),
                        actual=cell.number.value,
                    )
