"""LKJ401 date-outside-period: a dated row that falls outside the report's quarter."""

from __future__ import annotations

from collections.abc import Iterator

from lkjip_tui.checks.base import Context, RuleMeta
from lkjip_tui.model.findings import Finding
from lkjip_tui.values import dates
from lkjip_tui.values.msg import Printed

META = RuleMeta(
    code="LKJ401",
    name="date-outside-period",
    severity="error",
    summary={
        "id": "Tanggal dalam tabel kegiatan triwulan berada di luar triwulan laporan.",
        "en": "A date in a table of the quarter's activities lies outside the report's quarter.",
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
    start, end = dates.quarter_bounds(ctx.report.year, ctx.report.quarter)
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
                        quarter=f"{dates.quarter_label(ctx.report.quarter)} {ctx.report.year}",
                        start=dates.format_date(start),
                        end=dates.format_date(end),
                        expected=f"{start.isoformat()}..{end.isoformat()}",
                        actual=day.isoformat(),
                    )
