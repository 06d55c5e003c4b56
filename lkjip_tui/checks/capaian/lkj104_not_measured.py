"""LKJ104 not-measured: a figure (often 0) printed for an IKU that is not measured this quarter."""

from __future__ import annotations

from collections.abc import Iterator

from lkjip_tui.checks.base import Context, RuleMeta, quarter_msg
from lkjip_tui.model.findings import Finding
from lkjip_tui.values.msg import Msg, Printed

META = RuleMeta(
    code="LKJ104",
    name="not-measured",
    severity="warning",
    summary={
        "id": "Angka (sering 0) dicetak untuk IKU yang tidak diukur pada triwulan ini.",
        "en": "A figure (often 0) is printed for an IKU that is not measured this quarter.",
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
    for iku in ctx.rs.iku.values():
        if ctx.report.measures(iku.measured_in):
            continue
        for field in ("realisasi", "capaian"):
            for m in ctx.report.mentions.get(f"{iku.id}.{field}", []):
                n = m.cell.number
                if n is None:
                    continue
                yield ctx.finding(
                    META,
                    "lkj104" if n.value == 0 else "lkj104.value",
                    m.cell,
                    iku.ref,
                    printed=Printed(m.cell.text),
                    iku=iku.label,
                    field_name=field,
                    quarter=quarter_msg(ctx.report),
                    measured=[Msg(f"quarter.{x}") for x in iku.measured_in],
                    actual=n.value,
                )
