"""LKJ803 annual-not-tw4: the annual report's realisasi is not the one the TW I–IV reports add up to."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from lkjip_tui.checks.base import Context, RuleMeta
from lkjip_tui.checks.series._pass import SeriesContext
from lkjip_tui.model.findings import Finding
from lkjip_tui.values.msg import Printed

META = RuleMeta(
    code="LKJ803",
    name="annual-not-tw4",
    severity="error",
    summary={
        "id": "Realisasi di laporan tahunan tidak sama dengan realisasi s.d. TW IV (atau jumlah TW I–IV).",
        "en": "The annual report's realisasi is not the TW IV cumulative one (or the sum of TW I–IV).",
    },
    rationale={
        "id": "Laporan tahunan melaporkan tahun yang sama dengan keempat laporan triwulan. IKU kumulatif atau "
        "yang diukur di TW IV saja: realisasi tahunan = realisasi s.d. TW IV. IKU hitungan yang dilaporkan per "
        "triwulan: realisasi tahunan = jumlah realisasi TW I–IV. IKU berupa nilai/indeks: nilai akhir tahun "
        "biasanya nilai TW IV (peringatan, karena nilai final dapat berubah). Tidak ada yang dipilih: kedua "
        "laporan disebut.",
        "en": "The annual report covers the same year as the four quarterly reports. A cumulative IKU, or one "
        "measured at TW IV only: the annual realisasi = the TW IV cumulative one. A count reported per quarter: "
        "the annual realisasi = the sum of TW I–IV. A score or index: the year-end value is usually TW IV's "
        "(a warning: the final score may move). Neither is picked: both reports are named.",
    },
    bad="IKU5 (cumulative): s.d. TW IV realisasi 52; annual report realisasi 50",
    good="IKU5 (cumulative): s.d. TW IV realisasi 52; annual report realisasi 52",
)


def run(ctx: Context) -> Iterator[Finding]:
    return iter(())  # compares reports: see `series`


def series(ctx: SeriesContext) -> Iterator[Finding]:
    for reports in ctx.years():
        annual = next((s for s in reports if s.annual), None)
        tw = {s.quarter: s for s in reports if not s.annual}
        if annual is None or 4 not in tw:
            continue
        tw4 = tw[4]
        for iku, basis in annual.basis.items():
            fact = f"{iku}.realisasi"
            fig = annual.own(fact)
            if fig is None:
                continue
            if basis in ("cumulative", "annual_only", "level"):
                other = tw4.own(fact)
                if other is not None and not fig.agrees(other):
                    severity = "warning" if basis == "level" else None
                    yield ctx.finding(META, "lkj803", annual, fig, tw4, other, severity=severity)
            elif basis == "quarter" and all(q in tw for q in (1, 2, 3)):
                parts = [tw[q].own(fact) for q in (1, 2, 3, 4)]
                if any(p is None for p in parts):
                    continue
                lo = sum((p.lo for p in parts if p is not None), Decimal(0))
                hi = sum((p.hi for p in parts if p is not None), Decimal(0))
                if fig.hi < lo or fig.lo > hi:
                    yield ctx.finding(
                        META,
                        "lkj803.sum",
                        annual,
                        fig,
                        tw4,
                        parts[3],
                        values=[Printed(p.text) for p in parts if p is not None],
                        total=lo if lo == hi else f"{lo}–{hi}",
                    )
