"""LKJ101 capaian-mismatch: a printed capaian that does not follow from target and realisasi."""

from __future__ import annotations

from collections.abc import Iterator

from lkjip_tui.checks._iku import iku_rows
from lkjip_tui.checks.base import Context, RuleMeta
from lkjip_tui.model.capaian import NotDefined, capaian, formula_text, target_interval
from lkjip_tui.model.findings import Finding
from lkjip_tui.values.msg import Printed

META = RuleMeta(
    code="LKJ101",
    name="capaian-mismatch",
    severity="error",
    summary={
        "id": "Capaian yang dicetak tidak sesuai dengan target dan realisasinya.",
        "en": "A printed capaian does not follow from its target and realisasi.",
    },
    rationale={
        "id": "Capaian dihitung dari target dan realisasi menurut rumus IKU (mis. realisasi / target × 100). "
        "Setelah angka diubah di satu tabel, persentasenya sering tidak dihitung ulang. Pembulatan yang "
        "dicetak dihormati: 38% cocok untuk nilai sebenarnya 37,87%.",
        "en": "Capaian is computed from target and realisasi by the IKU's formula (e.g. realisasi / target × 100). "
        "After a figure is edited in one table its percentage is often not recomputed. Printed rounding is "
        "respected: 38% fits an exact 37.87%.",
    },
    bad="IKU1: {target: 375, realisasi: 300, capaian: 38%}   # 300 / 375 × 100 = 80",
    good="IKU1: {target: 375, realisasi: 142, capaian: 38%}   # 142 / 375 × 100 = 37,87",
)


def run(ctx: Context) -> Iterator[Finding]:
    for _table, _row, iku, cells in iku_rows(ctx, ("target", "realisasi", "capaian")):
        target, realisasi, printed = cells
        t, r, c = target_interval(target), realisasi.interval(), printed.interval()
        if t is None or r is None or c is None:
            continue
        try:
            computed = capaian(iku, t, r)
        except NotDefined:
            continue  # LKJ102
        if computed.overlaps(c):
            continue
        formula = formula_text(iku)
        substituted = formula_text(iku, target.text, realisasi.text)
        yield ctx.finding(
            META,
            "lkj101",
            printed,
            iku.ref,
            printed=Printed(printed.text),
            reported=c,
            computed=computed,
            realisasi=Printed(realisasi.text),
            target=Printed(target.text),
            iku=iku.id,
            expected=computed.mid,
            actual=printed.number.value if printed.number else None,
            expected_interval=computed,
            actual_interval=c,
            explanation=["capaian = ", formula, " = ", substituted, " = ", computed],
        )
