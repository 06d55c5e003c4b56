"""LKJ401 date-outside-period: a dated row that falls outside the report's period (quarter or year)."""

from __future__ import annotations

from collections.abc import Iterator

from lkjip_tui.checks.base import Context, RuleMeta, period_msg
from lkjip_tui.model.findings import Finding
from lkjip_tui.values import dates
from lkjip_tui.values.msg import Printed

META = RuleMeta(
    code="LKJ401",
    name="date-outside-period",
    severity="error",
    summary={
        "id": "Tanggal dalam tabel kegiatan periode laporan berada di luar periode itu (triwulan, atau tahun "
        "untuk laporan tahunan).",
        "en": "A date in a table of the period's activities lies outside the report's period (its quarter, or "
        "its year for an annual report).",
    },
    rationale={
        "id": "Tabel seperti daftar berita yang terbit 'pada Triwulan II' hanya boleh memuat tanggal April–Juni. "
        "Baris dari triwulan lain biasanya tersalin dari laporan sebelumnya atau salah ketik.",
        "en": "A table such as the list of news published 'in TW II' may only hold April–June dates. A row "
        "from another quarter is usually copied from an earlier report or mistyped.",
    },
    bad="TW II report, news row dated 11 Maret 2023",
    good="TW II report, news row dated 17 April 2023",
    consumes="dates",
)


def run(ctx: Context) -> Iterator[Finding]:
    r = ctx.report
    if r.annual:
        start, end = dates.quarter_bounds(r.year, 1)[0], dates.quarter_bounds(r.year, 4)[1]
    else:
        start, end = dates.quarter_bounds(r.year, r.quarter)
    for check in ctx.checks("dates"):
        if not check.params.get("in_quarter", True):
            continue
        for table in ctx.report.tables_of(check.params["table"]):
            for row in table.rows.values():
                cell = row.cells.get(check.params["date"])
                if cell is None or not cell.text.strip():
                    continue
                try:
                    day = dates.parse_date(cell.text)
                except dates.DateError:
                    continue  # LKJ502
                if not start <= day <= end:
                    yield ctx.finding(
                        META,
                        "lkj401",
                        cell,
                        check.ref,
                        printed=Printed(cell.text),
                        quarter=period_msg(r),
                        start=dates.format_date(start),
                        end=dates.format_date(end),
                        expected=f"{start.isoformat()}..{end.isoformat()}",
                        actual=day.isoformat(),
                    )
