"""LKJ604 sentence-date: a date in a sentence outside the report's quarter."""

from __future__ import annotations

from collections.abc import Iterator

from lkjip_tui.checks.base import Context, RuleMeta, period_msg
from lkjip_tui.checks.narrative._sentences import sentences
from lkjip_tui.model.findings import Finding
from lkjip_tui.values import dates, prose
from lkjip_tui.values.msg import Printed

META = RuleMeta(
    code="LKJ604",
    name="sentence-date",
    severity="warning",
    summary={
        "id": "Tanggal di kalimat berada di luar triwulan laporan (di tahun laporan, atau sesudahnya).",
        "en": "A date in a sentence lies outside the report's quarter (in the report's year, or later).",
    },
    rationale={
        "id": "Kegiatan yang dilaporkan terjadi dalam triwulan; tanggal lain di tahun yang sama biasanya "
        "salah ketik atau tersalin. Tanggal tahun-tahun sebelumnya (peraturan, SK) tidak ditandai, begitu pula "
        "kalimat yang dinyatakan membandingkan periode.",
        "en": "The activities reported happen in the quarter; another date of the same year is usually mistyped "
        "or copied. Dates of earlier years (regulations, decrees) are not flagged, nor sentences declared to "
        "compare periods.",
    },
    bad="pada tanggal 11 Maret 2023   # in the TW II 2023 report",
    good="pada tanggal 11 Mei 2023",
)


def run(ctx: Context) -> Iterator[Finding]:
    r = ctx.report
    if r.annual:  # the year, and the half after it when annual reports are signed and published
        start, end = dates.quarter_bounds(r.year, 1)[0], dates.quarter_bounds(r.year + 1, 2)[1]
    else:
        start, end = dates.quarter_bounds(r.year, r.quarter)
    for p in sentences(ctx):
        if p.compares:
            continue
        for day, _ in prose.dates(p.text):
            try:
                date = dates.parse_date(day.text)
            except dates.DateError:
                continue
            if start <= date <= end or date.year < r.year:
                continue
            yield ctx.finding(
                META,
                "lkj604",
                p.at,
                "",
                place=p.place(day.start, day.end),
                printed=Printed(day.text),
                quarter=period_msg(r),
                start=dates.format_date(start),
                end=dates.format_date(end),
                expected=f"{start.isoformat()}..{end.isoformat()}",
                actual=date.isoformat(),
            )
