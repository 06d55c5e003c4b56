"""Write a Word draft of other layouts than the sample's, for the PDF reader's tests.

    python tests/drafts/make_layouts.py OUT.docx

Converted to PDF by LibreOffice, it gives: a running header and a footer
with the page number (numbering starts at 5, so printed and PDF pages
differ), a table without ruling lines, a table of 60 rows that runs over two
pages with its heading row repeated, and a landscape page with a wide table,
its caption below it.
"""

from __future__ import annotations

import sys
from pathlib import Path

import docx
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

RUNNING = "Laporan Kinerja Uji Triwulan II 2023"
LONG_ROWS = 60
WIDE = ["No.", "Indikator", "Target", "TW I", "TW II", "TW III", "TW IV", "Capaian"]


def make(out: Path) -> Path:
    d = docx.Document()
    section = d.sections[0]
    section.header.paragraphs[0].text = RUNNING
    footer = section.footer.paragraphs[0]
    footer.alignment = 1
    footer._p.append(
        parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple>')
    )
    section._sectPr.append(parse_xml(f'<w:pgNumType {nsdecls("w")} w:start="5"/>'))
    d.add_paragraph("LAPORAN KINERJA TRIWULAN II TAHUN 2023")
    d.add_paragraph(
        "Pada Triwulan II tahun 2023 unit ini mencatat capaian sebagaimana diuraikan dalam tabel-tabel "
        "berikut, yang disusun berdasarkan data yang diterima dari setiap tim kerja dan diverifikasi oleh "
        "subbagian tata usaha sebelum laporan ini ditetapkan."
    )
    d.add_paragraph("Tabel 1. Capaian tanpa garis")
    plain = d.add_table(rows=4, cols=4)  # python-docx's default table has no borders
    for r, row in enumerate([["No.", "Indikator", "Target", "Realisasi"], ["1", "Penempatan", "375", "142"],
                             ["2", "Pemulangan", "15", "6"], ["3", "Pemberdayaan", "20", "25"]]):  # fmt: skip
        for c, text in enumerate(row):
            plain.cell(r, c).text = text
    d.add_paragraph("Tabel 2. Data panjang")
    long = d.add_table(rows=LONG_ROWS + 1, cols=3)
    long.style = "Table Grid"
    heading = long.rows[0]
    heading._tr.get_or_add_trPr().append(parse_xml(f"<w:tblHeader {nsdecls('w')}/>"))
    for c, text in enumerate(["No.", "Kabupaten", "Jumlah"]):
        heading.cells[c].text = text
    for i in range(1, LONG_ROWS + 1):
        for c, text in enumerate([str(i), f"Kabupaten {i}", str(i * 7)]):
            long.cell(i, c).text = text
    wide = d.add_section(WD_SECTION.NEW_PAGE)
    wide.orientation = WD_ORIENT.LANDSCAPE
    wide.page_width, wide.page_height = section.page_height, section.page_width
    for number in wide._sectPr.findall(qn("w:pgNumType")):  # the numbering goes on
        wide._sectPr.remove(number)
    d.add_paragraph("Rincian capaian setiap triwulan:")
    table = d.add_table(rows=3, cols=len(WIDE))
    table.style = "Table Grid"
    for c, text in enumerate(WIDE):
        table.cell(0, c).text = text
    for r in (1, 2):
        for c, text in enumerate([f"{r}.", f"Indikator {r}", "100", "20", "25", "30", "35", "110%"]):
            table.cell(r, c).text = text
    d.add_paragraph("Tabel 3. Capaian per triwulan")
    out.parent.mkdir(parents=True, exist_ok=True)
    d.save(str(out))
    return out


if __name__ == "__main__":
    make(Path(sys.argv[1]))
