"""LKJ801 annual-target-differs: one IKU's annual target printed differently in two reports of a year."""

from __future__ import annotations

from collections.abc import Iterator

from lkjip_tui.checks.base import Context, RuleMeta
from lkjip_tui.checks.series._pass import SeriesContext
from lkjip_tui.model.findings import Finding

META = RuleMeta(
    code="LKJ801",
    name="annual-target-differs",
    severity="error",
    summary={
        "id": "Target tahunan satu IKU dicetak berbeda di dua laporan pada tahun yang sama.",
        "en": "An IKU's annual target is printed differently in two reports of the same year.",
    },
    rationale={
        "id": "Target tahunan ditetapkan sekali setahun (Perjanjian Kinerja): setiap laporan triwulan dan laporan "
        "tahunan mencetak angka yang sama. Jika berkas target menetapkannya, LKJ202 memeriksa tiap laporan "
        "terhadapnya; aturan ini menangkap laporan yang saling berbeda untuk IKU yang targetnya tidak ada di "
        "berkas target, dan menyebut kedua nilai tanpa memilih (laporan yang lebih baru belum tentu benar).",
        "en": "The annual target is set once a year (Perjanjian Kinerja): every quarterly and annual report "
        "prints the same figure. Where the targets file gives it, LKJ202 checks each report against it; this "
        "rule catches reports that disagree with one another for an IKU the targets file gives no target, and "
        "lists both values without picking one (a later report is not right for being later).",
    },
    bad="TW I: target tahunan 1.500; TW II: target tahunan 1.400   # no target in the targets file",
    good="TW I: target tahunan 1.500; TW II: target tahunan 1.500",
)


def run(ctx: Context) -> Iterator[Finding]:
    return iter(())  # compares reports: see `series`


def series(ctx: SeriesContext) -> Iterator[Finding]:
    for reports in ctx.years():
        ikus = dict.fromkeys(i for s in reports for i in s.labels if i not in s.targeted)
        for iku in ikus:
            fact = f"{iku}.target_tahunan"
            before = None
            for s in reports:
                fig = s.own(fact)
                if fig is None:
                    continue
                if before is not None and not fig.agrees(before[1]):
                    yield ctx.finding(META, "lkj801", s, fig, before[0], before[1])
                before = (s, fig)
