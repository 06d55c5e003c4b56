"""LKJ603 sentence-period: a sentence naming another year's quarter (or a later one) than the report's."""

from __future__ import annotations

from collections.abc import Iterator

from lkjip_tui.checks.base import Context, RuleMeta
from lkjip_tui.checks.narrative._sentences import sentences, stated
from lkjip_tui.model.findings import Finding
from lkjip_tui.values import dates, prose
from lkjip_tui.values.msg import Printed

META = RuleMeta(
    code="LKJ603",
    name="sentence-period",
    severity="error",
    summary={
        "id": "Kalimat menyebut triwulan tahun lain (atau triwulan sesudah laporan): kalimat tahun lalu yang tertinggal?",
        "en": "A sentence names a quarter of another year (or a later quarter): last year's sentence left in?",
    },
    rationale={
        "id": "Narasi laporan triwulan disalin dari laporan tahun lalu dan angkanya diperbarui, tetapi "
        "“Triwulan II tahun 2022” sering tertinggal. Triwulan sebelumnya di tahun yang sama boleh disebut "
        "(laporan s.d. triwulan). Kalimat yang memang membandingkan periode dinyatakan di pemetaan draf "
        "([[comparisons]]), dan periode sebuah fakta diperiksa LKJ405.",
        "en": "A quarterly narrative is copied from last year's report and its figures updated, but "
        "“Triwulan II tahun 2022” is often left in. Earlier quarters of the same year may be named (the report "
        "runs to date). Sentences that compare periods on purpose are declared in the draft mapping "
        "([[comparisons]]); the period of a fact is checked by LKJ405.",
    },
    bad="Pada Triwulan II tahun 2022, tidak ada Calon Pekerja Migran Indonesia …   # in the TW II 2023 report",
    good="Pada Triwulan II tahun 2023, tidak ada Calon Pekerja Migran Indonesia …",
)


def run(ctx: Context) -> Iterator[Finding]:
    r = ctx.report
    facts = stated(ctx, "period")
    for p in sentences(ctx):
        if p.compares:
            continue
        for span, q, year in prose.periods(p.text):
            quarter = dates.parse_quarter(q)
            if year == r.year and quarter <= r.quarter:
                continue
            line, _ = p.line_at(span.start)
            if (line, " ".join(span.text.split()).lower()) in facts:
                continue  # a fact's stated period: LKJ405
            yield ctx.finding(
                META,
                "lkj603",
                p.at,
                "",
                place=p.place(span.start, span.end),
                printed=Printed(span.text),
                period=f"{dates.quarter_label(r.quarter)} {r.year}",
                expected=f"{dates.quarter_label(r.quarter)} {r.year}",
                actual=span.text,
            )
