"""LKJ407 caption-period: a table's caption or the report's title names another period than the report's."""

from __future__ import annotations

from collections.abc import Iterator

from lkjip_tui.checks.base import Context, RuleMeta, period_msg
from lkjip_tui.checks.content._periods import names_report_period, periods_in
from lkjip_tui.model.document import Place
from lkjip_tui.model.findings import Finding
from lkjip_tui.values.msg import Printed

META = RuleMeta(
    code="LKJ407",
    name="caption-period",
    severity="warning",
    summary={
        "id": "Judul laporan atau judul tabel menyebut periode lain dari periode laporan.",
        "en": "The report's title or a table's caption names another period than the report's.",
    },
    rationale={
        "id": "Judul tabel dan judul laporan sering disalin dari laporan triwulan atau tahun sebelumnya, dan "
        "tahunnya atau triwulannya tertinggal ('Pengukuran Capaian Kinerja Triwulan I Tahun 2022' di laporan "
        "TW II 2023). Judul yang menyebut beberapa periode cukup menyebut periode laporan di antaranya "
        "(tabel perbandingan 2022 dan 2023).",
        "en": "Table captions and report titles are often copied from the previous quarter's or year's report, "
        "and their year or quarter is left behind ('Pengukuran Capaian Kinerja Triwulan I Tahun 2022' in the "
        "TW II 2023 report). A caption naming several periods need only name the report's among them (a table "
        "comparing 2022 and 2023).",
    },
    bad='TW II 2023 report; caption: "Pengukuran Capaian Kinerja Triwulan I Tahun 2023"',
    good='TW II 2023 report; caption: "Pengukuran Capaian Kinerja Triwulan II Tahun 2023"',
)


def run(ctx: Context) -> Iterator[Finding]:
    r = ctx.report
    # In a draft, the title is the cover's first paragraph and a caption has the table's place.
    printed = {p.at: p.place(0, len(p.text)) for p in r.document.paragraphs} if r.document else {}
    texts: list[tuple[str, tuple[int, int] | None, str | None, str, Place | None]] = [
        (r.title, r.title_at, None, "lkj407.title", printed.get(r.title_at) if r.title_at else None)
    ]
    texts += [
        (t.caption, t.caption_at, t.name, "lkj407", printed.get(t.caption_at) if t.caption_at else None)
        for t in r.tables.values()
    ]
    for text, at, table, key, place in texts:
        if not text or at is None:
            continue
        named = periods_in(text)
        if named and not names_report_period(r, named):
            yield ctx.finding(
                META,
                key,
                at,
                "",
                table=table,
                field="caption" if table else "title",
                place=place,
                printed=Printed(text),
                period=period_msg(r),
                expected=f"{r.year}"
                if r.annual
                else f"TW {'I' * r.quarter if r.quarter < 4 else 'IV'} {r.year}",
                actual=text,
            )
