"""LKJ705 caption-period: a caption or the report's title naming another period than the report's."""

from __future__ import annotations

import re
from collections.abc import Iterator

from lkjip_tui.checks.base import Context, RuleMeta
from lkjip_tui.checks.document._captions import captions
from lkjip_tui.model.findings import Finding
from lkjip_tui.values import dates, prose
from lkjip_tui.values.msg import Printed

META = RuleMeta(
    code="LKJ705",
    name="caption-period",
    severity="error",
    summary={
        "id": "Keterangan tabel/grafik/gambar atau judul laporan menyebut periode lain dari periode laporan.",
        "en": "A caption or the report's title names another period than the report's.",
    },
    rationale={
        "id": "Tabel dan judul disalin dari laporan triwulan atau tahun sebelumnya; 'Triwulan I' atau "
        "'Tahun 2022' di keterangan membuat pembaca salah mengira isinya. Rentang tahun ('2018 s.d 2023') "
        "adalah perbandingan dan tidak ditandai.",
        "en": "Tables and titles are copied from the previous quarter's or year's report; 'Triwulan I' or "
        "'Tahun 2022' in a caption misleads the reader about its content. A range of years ('2018 s.d 2023') "
        "is a comparison and is not flagged.",
    },
    bad="Tabel 7. Pengukuran Capaian Kinerja Triwulan I Tahun 2023   # in the TW II 2023 report",
    good="Tabel 7. Pengukuran Capaian Kinerja Triwulan II Tahun 2023",
)

_YEAR = re.compile(r"\bTahun\s+(?:Anggaran\s+)?(?P<y>\d{4})\b(?!\s*(?:-|–|s\.?\s?d\.?|sampai)\s*\d{4})", re.I)


def run(ctx: Context) -> Iterator[Finding]:
    r = ctx.report
    doc = r.document
    if doc is None:
        return
    title = [p for p in doc.paragraphs[:3] if p.part == "body"][:1]
    for p in [c.paragraph for c in captions(ctx)] + title:
        named: list[tuple[int, int, str, int | None, int]] = [
            (span.start, span.end, span.text, dates.parse_quarter(q), y)
            for span, q, y in prose.periods(p.text)
        ]
        spans = [(a, b) for a, b, *_ in named]
        for m in _YEAR.finditer(p.text):
            if not any(a <= m.start("y") < b for a, b in spans):
                named.append((m.start(), m.end(), m.group(), None, int(m.group("y"))))
        for start, end, text, quarter, year in named:
            if year == r.year and quarter in (None, r.quarter):
                continue
            want = f"{dates.quarter_label(r.quarter)} {r.year}" if quarter is not None else str(r.year)
            yield ctx.finding(
                META,
                "lkj705",
                p.at,
                "",
                place=p.place(start, end, whole=True),
                printed=Printed(text),
                period=want,
                expected=want,
                actual=text,
            )
