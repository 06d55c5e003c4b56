"""LKJ407 caption-period: a caption or the report's title names another period than the report's."""

from __future__ import annotations

from collections.abc import Iterator

from lkjip_tui.checks.base import Context, RuleMeta, period_msg
from lkjip_tui.checks.content._periods import names_report_period, periods_in
from lkjip_tui.checks.document._captions import captions
from lkjip_tui.model.document import Place
from lkjip_tui.model.findings import Finding
from lkjip_tui.values import dates
from lkjip_tui.values.msg import Printed

META = RuleMeta(
    code="LKJ407",
    name="caption-period",
    severity="warning",
    summary={
        "id": "Judul laporan atau keterangan tabel, grafik atau gambar menyebut periode lain dari periode laporan.",
        "en": "The report's title or a caption of a table, graph or figure names another period than the report's.",
    },
    rationale={
        "id": "Keterangan dan judul laporan sering disalin dari laporan triwulan atau tahun sebelumnya, dan "
        "tahunnya atau triwulannya tertinggal (“Pengukuran Capaian Kinerja Triwulan I Tahun 2022” di laporan "
        "TW II 2023). Keterangan yang menyebut beberapa periode cukup menyebut periode laporan di antaranya "
        "(perbandingan 2018 s.d. 2023). Dari draf, semua keterangan di narasi diperiksa; dari berkas data, "
        "judul tabel dan judul laporan.",
        "en": "Captions and report titles are often copied from the previous quarter's or year's report, "
        "and their year or quarter is left behind (“Pengukuran Capaian Kinerja Triwulan I Tahun 2022” in the "
        "TW II 2023 report). A caption naming several periods need only name the report's among them (a "
        "comparison of 2018 to 2023). From a draft every caption of the narrative is checked; from a data "
        "file, the tables' captions and the report's title.",
    },
    bad='TW II 2023 report; caption: "Pengukuran Capaian Kinerja Triwulan I Tahun 2023"',
    good='TW II 2023 report; caption: "Pengukuran Capaian Kinerja Triwulan II Tahun 2023"',
)

# (text, position, table, message key, place in the draft)
Text = tuple[str, tuple[int, int], str | None, str, Place | None]


def run(ctx: Context) -> Iterator[Finding]:
    r = ctx.report
    for text, at, table, key, place in _texts(ctx):
        named = periods_in(text)
        if named and not names_report_period(r, named):
            yield ctx.finding(
                META,
                key,
                at,
                "",
                table=table,
                field="caption" if key == "lkj407" else "title",
                place=place,
                printed=Printed(text),
                period=period_msg(r),
                expected=f"{r.year}" if r.annual else f"{dates.quarter_label(r.quarter)} {r.year}",
                actual=text,
            )


def _texts(ctx: Context) -> list[Text]:
    """The captions and the title: a draft's as its narrative prints them (tables, graphs and
    figures), else a data file's table captions and title."""
    r = ctx.report
    doc = r.document
    if doc is None:
        out: list[Text] = (
            [(r.title, r.title_at, None, "lkj407.title", None)] if r.title and r.title_at else []
        )
        out += [(t.caption, t.caption_at, t.name, "lkj407", None) for t in r.tables.values() if t.caption_at]
        return [x for x in out if x[0]]
    numbered = {t.number: t.name for t in r.tables.values() if t.number is not None}
    title = [p for p in doc.paragraphs[:3] if p.part == "body" and p.text.strip()][:1]
    out = [(p.text, p.at, None, "lkj407.title", p.place(0, len(p.text), whole=True)) for p in title]
    for c in captions(ctx):
        p = c.paragraph
        table = numbered.get(c.number) if c.kind == "Tabel" else None  # the table it captions
        out.append((p.text, p.at, table, "lkj407", p.place(0, len(p.text), whole=True)))
    return out
