"""Write a realistic Word draft (.docx) of the sample from its text export.

    python tests/drafts/make_docx.py OUT.docx [--vary SEED]

The text export (bp3mi-sumbar-2023-tw2.txt, beside this script) is what Word
saves of the real draft; this rebuilds a Word file that prints the same, the
way drafting teams make them:

- headings on a new page (explicit page breaks, with the rendered page
  breaks Word records), captions as paragraphs in the Caption style above
  their tables, bold and italic runs where the export marks them;
- tables with merged cells: a two-line heading merges horizontally over the
  columns it groups ("TRIWULAN II", "JENIS KELAMIN") and vertically over
  the line below it; the No. and Sasaran cells of a group of rows merge
  vertically; a footer row ("JUMLAH PAGU …") spans the whole table;
- a table split by a page break into two tables (Tabel 12), and tables
  whose heading is typed again on the next page (Tabel 3, 4, 13);
- the lists of tables, graphs and figures as PAGEREF fields, one of them
  left broken ("Error! Bookmark not defined.");
- the worked formula of IKU 2 as a Word equation (OMML);
- the cover's "BY : BP3MI SUMATERA BARAT" in a text box.

`--vary SEED` changes the digits of the tables' figures at random (same seed,
same file), for benchmarks over many drafts. The script reads the export
with its own small parser, not lkjip's, so the fixture does not inherit a
reader's mistakes.
"""

from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

import docx
from docx.enum.text import WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
EXPORT = HERE / "bp3mi-sumbar-2023-tw2.txt"

_NEW_PAGE = re.compile(r"^(KATA PENGANTAR|IKHTISAR EKSEKUTIF|DAFTAR ISI|DAFTAR TABEL|BAB [IV]+ )")
_HEADING = re.compile(
    r"^(BAB [IV]+ |[A-C]\. [A-Z]|KATA PENGANTAR$|IKHTISAR EKSEKUTIF$|DAFTAR [A-Z]+$|SASARAN STRATEGIS \d)"
)
_CAPTION = re.compile(r"^(Tabel|Grafik|Gambar) \d+")
_CONTENTS = re.compile(r"^(.+?)\t(\S.*)$")
_MARKUP = re.compile(r"(\*\*[^*]+\*\*|\*[^*\s][^*]*\*)")
_EQUATION = re.compile(r"^\$\$(.*)\$\$$")
M_NS = "http://schemas.openxmlformats.org/officeDocument/2006/math"


def parse(text: str) -> list[tuple[str, object]]:
    """("p", (line, text)) and ("table", [[(line, cells) | None for a page split]]) in order."""
    out: list[tuple[str, object]] = []
    rows: list[object] = []
    in_contents = False
    for number, line in enumerate(text.split("\n"), start=1):
        if line.startswith("DAFTAR "):
            in_contents = True
        elif line.startswith("BAB I ") and "\t" not in line:
            in_contents = False
        if "\t" in line and not (in_contents and _CONTENTS.match(line)):
            rows.append((number, line.split("\t")))
            continue
        if rows and line.strip() == "" and line != "":
            rows.append(None)  # a line of one space inside a table: the page broke there
            continue
        if rows and line == "":
            continue
        if rows:
            out.append(("table", rows))
            rows = []
        if line.strip():
            out.append(("p", (number, line)))
    if rows:
        out.append(("table", rows))
    return out


def make(out: Path, seed: int | None = None) -> Path:
    rng = random.Random(seed) if seed is not None else None
    document = docx.Document()
    document.styles["Normal"].font.name = "Arial"
    document.styles["Normal"].font.size = Pt(11)
    blocks = parse(EXPORT.read_text("utf-8"))
    cover_box_done = False
    for kind, value in blocks:
        if kind == "table":
            _tables(document, value, rng)  # type: ignore[arg-type]
            continue
        number, line = value  # type: ignore[misc]
        if line.strip() in ("BY :", "BP3MI SUMATERA BARAT") and number < 10:
            if not cover_box_done:
                _text_box(document, ["BY :", "BP3MI SUMATERA BARAT"])
                cover_box_done = True
            continue
        if _NEW_PAGE.match(line):
            _page_break(document)
        if (m := _EQUATION.match(line.strip())) is not None:
            _equation(document, m.group(1))
            continue
        contents = _CONTENTS.match(line)
        if contents is not None:
            _contents_entry(document, contents.group(1), contents.group(2))
            continue
        style = "Caption" if _CAPTION.match(line) else "Heading 2" if _HEADING.match(line) else None
        p = document.add_paragraph(style=style)
        if style == "Caption":
            name = _bookmark(line)
            p._p.append(parse_xml(f'<w:bookmarkStart {nsdecls("w")} w:id="{len(name)}" w:name="{name}"/>'))
        _runs(p, line.strip())
        if style == "Caption":
            p._p.append(parse_xml(f'<w:bookmarkEnd {nsdecls("w")} w:id="{len(_bookmark(line))}"/>'))
    _render_page_breaks(document)
    document.save(str(out))
    return out


def _runs(p: object, text: str) -> None:
    for piece in _MARKUP.split(text):
        if not piece:
            continue
        if piece.startswith("**"):
            p.add_run(piece[2:-2]).bold = True  # type: ignore[attr-defined]
        elif piece.startswith("*") and piece.endswith("*") and len(piece) > 2:
            p.add_run(piece[1:-1]).italic = True  # type: ignore[attr-defined]
        else:
            p.add_run(piece)  # type: ignore[attr-defined]


def _page_break(document: object) -> None:
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)  # type: ignore[attr-defined]


def _render_page_breaks(document: object) -> None:
    """Where Word last broke pages: after every explicit page break, and where a table split."""
    body = document.element.body  # type: ignore[attr-defined]
    paragraphs = list(body.iter(qn("w:p")))
    for i, p in enumerate(paragraphs):
        if any(br.get(qn("w:type")) == "page" for br in p.iter(qn("w:br"))):
            for nxt in paragraphs[i + 1 :]:
                r = nxt.find(qn("w:r"))
                if r is not None:
                    r.insert(0, parse_xml(f"<w:lastRenderedPageBreak {nsdecls('w')}/>"))
                    break


def _bookmark(caption: str) -> str:
    """The bookmark a caption carries and its list entry's PAGEREF names ("_TocTabel7")."""
    m = _CAPTION.match(caption)
    return "_Toc" + (m.group(0).replace(" ", "") if m else "x")


def _contents_entry(document: object, title: str, page: str) -> None:
    """A line of a list of tables/figures: the title, a tab, the page as a PAGEREF field
    (to a bookmark that does not exist where the page shows Word's field error)."""
    p = document.add_paragraph(style="Normal")  # type: ignore[attr-defined]
    p.add_run(title.rstrip("."))
    if title.endswith("."):
        p.add_run(title[len(title.rstrip(".")) :])
    p.add_run().add_tab()
    for xml in (
        '<w:r {w}><w:fldChar w:fldCharType="begin"/></w:r>',
        '<w:r {w}><w:instrText xml:space="preserve"> PAGEREF _Toc{n} \\h </w:instrText></w:r>',
        '<w:r {w}><w:fldChar w:fldCharType="separate"/></w:r>',
        '<w:r {w}><w:t xml:space="preserve">{page}</w:t></w:r>',
        '<w:r {w}><w:fldChar w:fldCharType="end"/></w:r>',
    ):
        page_text = page.replace("&", "&amp;").replace("<", "&lt;")
        target = _bookmark(title)[4:] if not page.startswith("Error!") else "Hilang" + str(len(title))
        p._p.append(parse_xml(xml.format(w=nsdecls("w"), n=target, page=page_text)))


def _equation(document: object, tex: str) -> None:
    """The worked formula as a Word equation: P with subscripts, then the numbers as written."""
    left, _, rest = tex.partition("&=")
    numbers = [part.strip(" \\").replace("\\times", "×").replace("\\%", "%") for part in rest.split("&=")]
    numbers = [re.sub(r"\\end\{aligned\}", "", n).strip(" \\") for n in numbers]

    def sub(base: str, index: str) -> str:
        return (
            f"<m:sSub><m:e><m:r><m:t>{base}</m:t></m:r></m:e>"
            f"<m:sub><m:r><m:t>{index}</m:t></m:r></m:sub></m:sSub>"
        )

    def r(text: str) -> str:
        return f'<m:r><m:t xml:space="preserve">{text}</m:t></m:r>'

    formula = (
        r("((") + sub("P", "gt") + r(" - ") + sub("P", "gt-1") + r(") / ") + sub("P", "gt-1") + r(") × 100%")
    )
    body = formula + "".join(r(" = " + n) for n in numbers)
    del left
    p = document.add_paragraph()  # type: ignore[attr-defined]
    p._p.append(parse_xml(f'<m:oMathPara xmlns:m="{M_NS}"><m:oMath>{body}</m:oMath></m:oMathPara>'))


def _text_box(document: object, lines: list[str]) -> None:
    """A floating text box (drawing with a VML fallback copy, as Word writes it)."""
    inner = "".join(f'<w:p><w:r><w:t xml:space="preserve">{t}</w:t></w:r></w:p>' for t in lines)
    xml = f"""
<w:r {nsdecls("w", "wp", "a")}
     xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
     xmlns:v="urn:schemas-microsoft-com:vml"
     xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
 <mc:AlternateContent>
  <mc:Choice Requires="wps">
   <w:drawing>
    <wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="1"
               behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
     <wp:simplePos x="0" y="0"/>
     <wp:positionH relativeFrom="column"><wp:posOffset>1500000</wp:posOffset></wp:positionH>
     <wp:positionV relativeFrom="paragraph"><wp:posOffset>200000</wp:posOffset></wp:positionV>
     <wp:extent cx="2600000" cy="700000"/>
     <wp:effectExtent l="0" t="0" r="0" b="0"/>
     <wp:wrapTopAndBottom/>
     <wp:docPr id="101" name="Kotak Teks 1"/>
     <wp:cNvGraphicFramePr/>
     <a:graphic>
      <a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
       <wps:wsp>
        <wps:cNvSpPr txBox="1"/>
        <wps:spPr>
         <a:xfrm><a:off x="0" y="0"/><a:ext cx="2600000" cy="700000"/></a:xfrm>
         <a:prstGeom prst="rect"><a:avLst/></a:prstGeom>
        </wps:spPr>
        <wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx>
        <wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720"/>
       </wps:wsp>
      </a:graphicData>
     </a:graphic>
    </wp:anchor>
   </w:drawing>
  </mc:Choice>
  <mc:Fallback>
   <w:pict>
    <v:shape id="KotakTeks1" type="#_x0000_t202" style="width:204pt;height:55pt">
     <v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox>
    </v:shape>
   </w:pict>
  </mc:Fallback>
 </mc:AlternateContent>
</w:r>"""
    p = document.add_paragraph()  # type: ignore[attr-defined]
    p._p.append(parse_xml(xml))


# ------------------------------------------------------------------ tables


def _tables(document: object, rows: list[object], rng: random.Random | None) -> None:
    """One printed table; a page split (None) makes it two Word tables with a page break between."""
    parts: list[list[tuple[int, list[str]]]] = [[]]
    for row in rows:
        if row is None:
            if parts[-1]:
                parts.append([])
        else:
            parts[-1].append(row)  # type: ignore[arg-type]
    parts = [p for p in parts if p]
    width = max(len(cells) for part in parts for _, cells in part)
    first_header = None
    for i, part in enumerate(parts):
        if i:
            _page_break(document)
        first_header = _table(document, part, width, rng, first_header)


def _table(
    document: object,
    rows: list[tuple[int, list[str]]],
    width: int,
    rng: random.Random | None,
    header: list[str] | None,
) -> list[str]:
    grid = [[_vary(c.strip(), rng) for c in cells] + [""] * (width - len(cells)) for _, cells in rows]
    table = document.add_table(rows=len(grid), cols=width)  # type: ignore[attr-defined]
    table.style = "Table Grid"
    for r, cells in enumerate(grid):
        for c, text in enumerate(cells):
            cell = table.cell(r, c)
            cell.text = ""
            _runs(cell.paragraphs[0], text)
    head = grid[0]
    iku_table = any("SASARAN" in t.upper() for t in head) and any("INDIKATOR" in t.upper() for t in head)
    # A repeated heading (typed again on the next page) starts a new page.
    for r, cells in enumerate(grid[1:], start=1):
        if cells == head:
            _break_before(table.cell(r, 0))
    merges: list[tuple[int, int, int, int]] = []
    pairs = [r for r in range(len(grid) - 1) if _heading_pair(grid[r], grid[r + 1])]
    for r in pairs:
        top, below = grid[r], grid[r + 1]
        c = 0
        while c < width:
            if top[c] and not below[c]:
                merges.append((r, c, r + 1, c))  # "No." over the blank cell below it
                c += 1
                continue
            if top[c] and below[c]:
                end = c
                while end + 1 < width and not top[end + 1] and below[end + 1]:
                    end += 1
                if end > c:
                    merges.append((r, c, r, end))  # "TRIWULAN II" over TARGET REALISASI CAPAIAN
                c = end + 1
                continue
            c += 1
    heading_end = pairs[0] + 2 if pairs else 1
    for r in range(pairs[0] if pairs else 0):
        last = max((c for c, t in enumerate(grid[r]) if t), default=0)
        if 0 < last < width - 1:
            merges.append((r, last, r, width - 1))  # "Pagu Anggaran : Rp …" across the rest
    for r, cells in enumerate(grid):
        if cells[0] and not any(cells[1:]) and width > 2:
            merges.append((r, 0, r, width - 1))  # a title or footer row across the table
    if iku_table:
        for c in (0, 1):
            start = None
            for r in range(heading_end, len(grid) + 1):
                blank = r < len(grid) and not grid[r][c] and any(grid[r][2:])
                if blank and start is None:
                    start = r - 1
                if not blank and start is not None:
                    if grid[start][c] and r - 1 > start:
                        merges.append((start, c, r - 1, c))
                    start = None
    for r1, c1, r2, c2 in merges:
        keep = table.cell(r1, c1).text
        merged = table.cell(r1, c1).merge(table.cell(r2, c2))
        for p in merged.paragraphs[1:]:
            p._p.getparent().remove(p._p)
        if merged.text != keep:
            merged.paragraphs[0].text = keep
    if header is None:
        return head
    return header


def _heading_pair(top: list[str], below: list[str]) -> bool:
    """A heading on two lines: "No." first, and below it a line of headings only."""
    figures = any(re.fullmatch(r"[\d.,%\s-]+", t) for t in below if t)
    return top[0].upper() in ("NO", "NO.") and not below[0] and any(below) and not figures


def _break_before(cell: object) -> None:
    p = cell.paragraphs[0]  # type: ignore[attr-defined]
    run = p.runs[0] if p.runs else p.add_run()
    run._r.insert(0, parse_xml(f"<w:lastRenderedPageBreak {nsdecls('w')}/>"))


def _vary(text: str, rng: random.Random | None) -> str:
    if rng is None or not re.search(r"\d", text) or re.search(r"[A-Za-z]{3}", text):
        return text
    out, first = [], True
    for ch in text:
        if ch.isdigit():
            out.append(str(rng.randint(1 if first else 0, 9)) if text.strip("0.,%- ") else ch)
            first = False
        else:
            out.append(ch)
    return "".join(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", type=Path)
    ap.add_argument("--vary", type=int, default=None, help="vary the tables' digits with this seed")
    args = ap.parse_args()
    make(args.out, args.vary)


if __name__ == "__main__":
    main()
