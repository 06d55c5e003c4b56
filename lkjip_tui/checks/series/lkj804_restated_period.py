"""LKJ804 restated-period: a figure stated for another period that is not that period's own report's."""

from __future__ import annotations

from collections.abc import Iterator

from lkjip_tui.checks.base import Context, RuleMeta
from lkjip_tui.checks.series._pass import SeriesContext, period_of
from lkjip_tui.model.findings import Finding
from lkjip_tui.values.msg import Msg

META = RuleMeta(
    code="LKJ804",
    name="restated-period",
    severity="error",
    summary={
        "id": "Angka yang dinyatakan untuk periode lain tidak sama dengan angka di laporan periode itu sendiri.",
        "en": "A figure stated for another period is not the one that period's own report gives.",
    },
    rationale={
        "id": 'Laporan menyebut angka periode lalu untuk perbandingan ("kasus periode Triwulan II tahun 2022, '
        'yaitu sebesar 0 kasus"), atau sebagai dasar IKU laju penurunan. Jika laporan periode itu ikut '
        "diperiksa, angkanya yang menentukan: laporan itulah sumber angka periodenya.",
        "en": 'A report states a past period\'s figure for comparison ("cases in Triwulan II 2022: 0"), or as the '
        "base of a reduction-rate IKU. When that period's report is checked too, its figure decides: it is the "
        "source of its period's figures.",
    },
    bad='TW II 2023: kasus_periode_lalu {value: "0", period: Triwulan II tahun 2022}; TW II 2022: kasus_diterima 4',
    good='TW II 2023: kasus_periode_lalu {value: "4", period: Triwulan II tahun 2022}; TW II 2022: kasus_diterima 4',
)


def run(ctx: Context) -> Iterator[Finding]:
    return iter(())  # compares reports: see `series`


def series(ctx: SeriesContext) -> Iterator[Finding]:
    for s in ctx.summaries:
        for fact, quarter, year, fig in s.restated:
            for other in ctx.of_period(s.unit, quarter, year):
                theirs = other.own(fact) or other.own(s.pairs.get(fact, ""))
                if theirs is None or fig.agrees(theirs):
                    continue
                stated = (
                    Msg("period.annual", {"year": year})
                    if quarter is None
                    else Msg("period.quarter", {"quarter": Msg(f"quarter.{quarter}"), "year": year})
                )
                yield ctx.finding(
                    META,
                    "lkj804",
                    s,
                    fig,
                    other,
                    theirs,
                    stated=stated,
                    expected=theirs.text,
                    other_own=period_of(other),
                    authority=True,  # the period's own report is the source of its figures
                )
