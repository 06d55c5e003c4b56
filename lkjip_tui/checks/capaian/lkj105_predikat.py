"""LKJ105 predikat-mismatch: a printed predikat that is not the band of the capaian."""

from __future__ import annotations

from collections.abc import Iterator

from lkjip_tui.checks.base import Context, RuleMeta
from lkjip_tui.model.findings import Finding
from lkjip_tui.values.msg import Printed

META = RuleMeta(
    code="LKJ105",
    name="predikat-mismatch",
    severity="error",
    summary={
        "id": "Predikat yang dicetak bukan kategori dari capaian menurut pita predikat.",
        "en": "The printed predikat is not the band its capaian falls in.",
    },
    rationale={
        "id": "Predikat (Sangat Baik, Baik, …) mengikuti pita capaian yang ditetapkan instansi. Setelah capaian "
        "berubah, predikat sering tertinggal.",
        "en": "The predikat (Sangat Baik, Baik, …) follows the agency's capaian bands. After a capaian changes, "
        "the predikat is often left behind.",
    },
    bad="IKU1: {capaian: 38%, predikat: Baik}",
    good="IKU1: {capaian: 38%, predikat: Sangat Kurang}",
)


def run(ctx: Context) -> Iterator[Finding]:
    if not ctx.rs.bands:
        return
    for table in ctx.report.tables.values():
        if "predikat" not in table.kind.columns or "capaian" not in table.kind.columns:
            continue
        for row in table.rows.values():
            cap, pred = row.cells.get("capaian"), row.cells.get("predikat")
            iv = cap.interval() if cap is not None else None
            if iv is None or pred is None or not pred.text.strip() or cap is None:
                continue
            possible = {b.name.casefold() for b in ctx.rs.bands if _meets(b.min, b.max, iv.lo, iv.hi)}
            if pred.text.strip().casefold() in possible:
                continue
            band = next(b for b in ctx.rs.bands if b.contains(iv.mid))
            yield ctx.finding(
                META,
                "lkj105",
                pred,
                band.ref,
                printed=Printed(pred.text),
                capaian=Printed(cap.text),
                expected=band.name,
                actual=pred.text,
            )


def _meets(bmin: object, bmax: object, lo: object, hi: object) -> bool:
    return (bmin is None or hi >= bmin) and (bmax is None or lo < bmax)  # type: ignore[operator]
