"""LKJ802 cumulative-falls: a cumulative ("s.d.") realisasi smaller than the quarter before's."""

from __future__ import annotations

from collections.abc import Iterator

from lkjip_tui.checks.base import Context, RuleMeta
from lkjip_tui.checks.series._pass import SeriesContext
from lkjip_tui.model.findings import Finding

META = RuleMeta(
    code="LKJ802",
    name="cumulative-falls",
    severity="error",
    summary={
        "id": "Realisasi kumulatif (s.d. TW) satu IKU turun dari satu triwulan ke triwulan berikutnya.",
        "en": "An IKU's cumulative ('s.d. TW') realisasi falls from one quarter to the next.",
    },
    rationale={
        "id": "Untuk IKU yang dilaporkan kumulatif (pembagian targetnya kumulatif), realisasi s.d. TW III memuat "
        "realisasi s.d. TW II: tidak dapat lebih kecil. Angka yang turun berarti salah satu laporan salah "
        "(atau salah satunya mencetak realisasi triwulan itu saja); keduanya disebut, tidak ada yang dipilih.",
        "en": "For an IKU reported cumulatively (its target's breakdown is cumulative), the realisasi to TW III "
        "contains that to TW II: it cannot be smaller. A fall means one of the reports is wrong (or one prints "
        "the quarter's own realisasi); both are named, neither is picked.",
    },
    bad="IKU5 (cumulative): s.d. TW II realisasi 40; s.d. TW III realisasi 30",
    good="IKU5 (cumulative): s.d. TW II realisasi 40; s.d. TW III realisasi 45",
)


def run(ctx: Context) -> Iterator[Finding]:
    return iter(())  # compares reports: see `series`


def series(ctx: SeriesContext) -> Iterator[Finding]:
    for reports in ctx.years():
        quarters = [s for s in reports if not s.annual]
        ikus = dict.fromkeys(i for s in quarters for i, b in s.basis.items() if b == "cumulative")
        for iku in ikus:
            before = None
            for s in quarters:
                fig = s.own(f"{iku}.realisasi")
                if fig is None or s.basis.get(iku) != "cumulative":
                    continue
                if before is not None and fig.hi < before[1].lo and s.quarter > before[0].quarter:
                    yield ctx.finding(META, "lkj802", s, fig, before[0], before[1])
                before = (s, fig)
