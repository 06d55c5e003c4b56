"""LKJ710 heading-indicator: a heading's IKU or sasaran number out of step with the indicators."""

from __future__ import annotations

import re
from collections.abc import Iterator

from lkjip_tui.checks.base import Context, RuleMeta
from lkjip_tui.checks.document._indicators import (
    CHAPTER,
    HEADING,
    IKU_HEADING,
    SASARAN_HEADING,
    heading_name,
    named,
)
from lkjip_tui.model.document import Paragraph
from lkjip_tui.model.findings import Finding
from lkjip_tui.values.msg import Printed

META = RuleMeta(
    code="LKJ710",
    name="heading-indicator",
    severity="warning",
    summary={
        "id": "Judul bagian 'IKU n' atau 'Sasaran Strategis n' tidak sesuai urutan dan nama indikatornya: "
        "nomor yang menamai indikator lain, nomor ganda, analisis di bawah sasaran yang salah.",
        "en": "An 'IKU n' or 'Sasaran Strategis n' heading is out of step with the indicators' order and names: "
        "a number naming another indicator, a number used twice, an analysis under the wrong sasaran.",
    },
    rationale={
        "id": "Bagian analisis per IKU disalin dari bagian sebelumnya lalu diisi ulang; nomor dan nama di "
        "judulnya sering tertinggal, sehingga pembaca membaca analisis satu indikator di bawah nama indikator "
        "lain. Urutan dan nama indikator diambil dari katalog (Perjanjian Kinerja) atau, tanpa katalog, dari "
        "tabel pengukuran laporan itu sendiri; nomor boleh dihitung untuk seluruh laporan atau per sasaran. "
        "Judul yang namanya tidak jelas menunjuk satu indikator hanya diperiksa urutan nomornya.",
        "en": "Each IKU's analysis is copied from the previous one and filled in again; the number and name in "
        "its heading are often left behind, and readers read one indicator's analysis under another's name. "
        "The indicators' order and names come from the catalogue (Perjanjian Kinerja) or, without one, from "
        "the report's own measurement table; numbers may run through the report or per sasaran. A heading "
        "whose name names no one indicator clearly is checked for its number's sequence only.",
    },
    bad="IKU 4: Fasilitasi Pemulangan … IKU 4: Pemberdayaan PMI Purna dan keluarganya",
    good="IKU 4: Fasilitasi Pemulangan … IKU 5: Pemberdayaan PMI Purna dan keluarganya",
)

_NAMES_SASARAN = re.compile(r"\bsasaran\s+strategis\s*(?P<n>\d{1,2})\b", re.I)
ANALYSIS = 120  # a paragraph introducing a sasaran's analysis is shorter than this


def run(ctx: Context) -> Iterator[Finding]:
    doc = ctx.report.document
    if doc is None:
        return
    rs = ctx.rs
    ikus = list(rs.iku.values())
    # Sasaran that have indicators: a catalogue discovered from the report's own tables may
    # hold a sasaran once for every way the report prints its name.
    sasaran_ids = [s for s in rs.sasaran if any(i.sasaran == s for i in ikus)]
    of_sasaran = {s: [i for i in ikus if i.sasaran == s] for s in sasaran_ids}
    paragraphs = [p for p in doc.paragraphs if p.part == "body"]
    section: str | None = None  # the sasaran whose heading the text is under
    section_number: int | None = None
    numbers: dict[int, Paragraph] = {}  # IKU numbers headed in the section
    for i, p in enumerate(paragraphs):
        text = p.text.strip()
        if CHAPTER.match(text):
            section, section_number, numbers = None, None, {}
            continue
        if len(text) > HEADING:
            continue
        m = SASARAN_HEADING.fullmatch(text)
        if m is not None:
            n = int(m.group("n"))
            by_name = named(m.group("name"), {s: rs.sasaran[s].name for s in sasaran_ids})
            by_number = sasaran_ids[n - 1] if 0 < n <= len(sasaran_ids) else None
            if by_name is not None and by_number is not None and by_name != by_number:
                yield ctx.finding(
                    META,
                    "lkj710.sasaran",
                    p.at,
                    rs.sasaran[by_name].ref,
                    place=p.place(0, len(p.text), whole=True),
                    printed=Printed(f"Sasaran Strategis {n}"),
                    named=by_name,
                    number=sasaran_ids.index(by_name) + 1,
                    actual=f"Sasaran Strategis {n}",
                )
            section, section_number, numbers = by_name or by_number, n, {}
            continue
        m = IKU_HEADING.fullmatch(text)
        if m is None:
            named_sasaran = [int(x.group("n")) for x in _NAMES_SASARAN.finditer(text)]
            if (
                section_number is not None
                and len(text) <= ANALYSIS
                and len(set(named_sasaran)) == 1
                and named_sasaran[0] != section_number
            ):
                yield ctx.finding(
                    META,
                    "lkj710.analysis",
                    p.at,
                    "",
                    place=p.place(0, len(p.text), whole=True),
                    printed=Printed(f"Sasaran Strategis {named_sasaran[0]}"),
                    section=Printed(f"Sasaran Strategis {section_number}"),
                    actual=f"Sasaran Strategis {named_sasaran[0]}",
                )
            continue
        n, name, source = int(m.group("n")), heading_name(paragraphs, i, m.group("name")), p
        ident = named(name, {k.id: k.name for k in ikus}) if name else None
        iku_named = rs.iku[ident] if ident is not None else None
        if iku_named is None and n in numbers:
            yield ctx.finding(
                META,
                "lkj710.repeated",
                source.at,
                "",
                place=source.place(0, len(source.text), whole=True),
                printed=Printed(f"IKU {n}"),
                first=numbers[n].place(0, 0).msg(),
            )
        numbers.setdefault(n, p)
        if (
            iku_named is not None
            and section is not None
            and iku_named.sasaran != section
            and section in of_sasaran
        ):
            yield ctx.finding(
                META,
                "lkj710.iku_sasaran",
                p.at,
                iku_named.ref,
                place=p.place(0, len(p.text), whole=True),
                printed=Printed(f"IKU {n}"),
                named=iku_named.label,
                section=Printed(f"Sasaran Strategis {section_number}"),
            )
            continue
        if iku_named is None:
            continue
        # The number: through the report, or within the sasaran's section.
        through = ikus[n - 1] if 0 < n <= len(ikus) else None
        local = of_sasaran.get(section or "", [])
        within = local[n - 1] if 0 < n <= len(local) else None
        if iku_named in (through, within):
            continue
        numbered = within if within is not None else through
        yield ctx.finding(
            META,
            "lkj710",
            p.at,
            iku_named.ref,
            place=p.place(0, len(p.text), whole=True),
            printed=Printed(f"IKU {n}"),
            name=Printed(name),
            named=iku_named.label,
            numbered=numbered.label if numbered is not None else Printed("—"),
            actual=f"IKU {n}",
        )
