"""Published reports (.pdf): the sample's draft printed to PDF by LibreOffice gives the findings
the draft gives (parity), places them on the right page with a box, the annotated copy carries
one highlight per finding, and a broken or hostile PDF is refused with a clear error (exit 2).

PDFs are made once per session from the project's own drafts (tests/drafts/make_docx.py, and
tests/drafts/make_layouts.py for a running header, page numbers, a table without ruling lines,
a table over two pages and a landscape table); LibreOffice converts them headless.
"""

from __future__ import annotations

import io
import json
import zlib
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lkjip_tui.drafts import pdf as reader
from lkjip_tui.engine import Engine
from lkjip_tui.model.problems import problems
from tests.conftest import Run
from tests.test_drafts import signature

# Findings only the Word file gives, each for a reason the PDF cannot help:
WORD_ONLY = {
    # Word's cached field results "Error! Bookmark not defined."; LibreOffice computes the fields
    # again when it prints, and prints its own "Error: Reference source not found".
    "LKJ703",
    # The worked formula of IKU 2 is a Word equation (OMML); LibreOffice prints it as drawn
    # glyphs without a text layer, so the PDF's text has no formula to recompute.
    "LKJ605",
    # Tabel 14's heading "PENGEMBALIAN BELANJA" is wider than its column: LibreOffice breaks the
    # word at the cell's edge, letter groups on four lines ("PENG", "EMBA", "LIAN", "BELANJA"),
    # and which breaks are inside a word cannot be told from the page: the column is not
    # recognised, so the two sums over it are not checked: 4587.EAA's (LKJ301) and JUMLAH's,
    # whose parts are blank (LKJ305).
    "LKJ301",
    "LKJ305",
}


def test_the_sample_pdf_finds_what_its_word_draft_finds(sample_docx: Path, sample_pdf: Path) -> None:
    word = Counter(map(signature, Engine().check_file(sample_docx).findings))
    result = Engine().check_file(sample_pdf)
    assert result.error is None, result.error
    printed = Counter(map(signature, result.findings))
    assert not printed - word  # nothing the draft does not give
    assert set(Counter(s[0] for s in (word - printed).elements())) == WORD_ONLY
    assert len(printed) > 50
    # Each finding stands in the same table, row and column (as printed) in both.
    where: dict[tuple[str, ...], list[tuple[object, ...]]] = {}
    for f in Engine().check_file(sample_docx).findings:
        if f.place is not None:
            where.setdefault(signature(f), []).append((f.place.table, f.place.row, f.place.column))
    for f in result.findings:
        assert f.place is not None
        assert (f.place.table, f.place.row, f.place.column) in where[signature(f)], f


def test_findings_on_the_pdf_cite_its_page_and_box(sample_pdf: Path, run: Run) -> None:
    code, out, _ = run("check", sample_pdf, "--format", "json")
    assert code == 1
    findings = json.loads(out)["findings"]
    # Tabel 7 row 2's realisasi "300" (LKJ304), printed on the PDF's page 21 (no page numbers printed).
    f = next(f for f in findings if f["code"] == "LKJ304" and f["place"]["table"] == "Tabel 7")
    place = f["place"]
    assert place["page"] == 21 and "hlm. 21" in place["text"]
    box = place["bbox"]
    assert box["pdf_page"] == 21 and box["x0"] < box["x1"] and box["top"] < box["bottom"]
    assert all(f["place"]["bbox"] is not None for f in findings if f["place"] and f["place"]["page"])


def test_layouts_headers_page_numbers_and_tables(layouts_pdf: Path) -> None:
    draft = reader.read(layouts_pdf, layouts_pdf.name)
    body = [p for p in draft.paragraphs() if p.part == "body"]
    margins = [p for p in draft.paragraphs() if p.part in ("header", "footer")]
    # The running header and the page numbers are parts of their own, never body text.
    assert {p.text for p in margins} == {"Laporan Kinerja Uji Triwulan II 2023", "5", "6", "7"}
    assert not any("Laporan Kinerja Uji" in p.text or p.text.strip().isdigit() for p in body)
    # Printed pages (numbering starts at 5): every value cites the page as printed.
    for p in margins:
        if p.text.isdigit():
            assert p.page == int(p.text) == p.boxes[0][1] + 4
    plain, long, wide = draft.tables()
    # No ruling lines: found by the words' alignment.
    assert [r.texts() for r in plain.rows] == [
        ["No.", "Indikator", "Target", "Realisasi"],
        ["1", "Penempatan", "375", "142"],
        ["2", "Pemulangan", "15", "6"],
        ["3", "Pemberdayaan", "20", "25"],
    ]
    # Over two pages, its heading repeated there: one table, the heading once, pages 5 and 6.
    assert [r.cells[0].text for r in long.rows] == ["No.", *map(str, range(1, 61))]
    assert {r.page for r in long.rows} == {5, 6}
    assert all(r.cells[2].bbox is not None for r in long.rows)
    # Landscape, its caption below it.
    assert wide.rows[0].texts()[-1] == "Capaian" and len(wide.rows) == 3 and wide.rows[1].page == 7
    after = draft.blocks[draft.blocks.index(wide) + 1]
    assert getattr(after, "text", "") == "Tabel 3. Capaian per triwulan"
    assert body[0].text == "LAPORAN KINERJA TRIWULAN II TAHUN 2023"  # a heading in capitals
    assert "tabel-tabel berikut, yang disusun" in body[1].text  # lines of a sentence joined


def test_the_annotated_pdf(sample_pdf: Path, tmp_path: Path, run: Run) -> None:
    import pdfplumber
    import pikepdf

    out = tmp_path / "reviu.pdf"
    code, stdout, err = run("check", sample_pdf, "--format", "json", "--annotate", out)
    assert code == 1 and "reviu.pdf" in err
    findings = json.loads(stdout)["findings"]
    with pikepdf.open(out) as pdf:
        notes = [
            (i + 1, a)
            for i, page in enumerate(pdf.pages)
            for a in page.get("/Annots", [])
            if str(a.get("/T", "")) == "lkjip"
        ]
        # One note per problem, as in the Word copy: consequences folded into their root's note.
        assert len(notes) == len(problems(Engine().check_file(sample_pdf).findings)) < len(findings)
        assert {str(a.Subtype) for _, a in notes} <= {"/Highlight", "/Text"}
        lkj304 = [
            (i, a) for i, a in notes if str(a.Contents).startswith("LKJ304") and "“300”" in str(a.Contents)
        ]
        assert lkj304 and lkj304[0][0] == 21 and str(lkj304[0][1].Subtype) == "/Highlight"
        assert any("galat" in str(a.Contents) for _, a in notes)  # the chosen language
    # The pages' text is unchanged.
    with pdfplumber.open(sample_pdf) as a, pdfplumber.open(out) as b:
        assert [p.extract_text() for p in a.pages] == [p.extract_text() for p in b.pages]
    code, _, err = run("check", sample_pdf, "--annotate", tmp_path / "x.docx")
    assert code == 2 and ".pdf" in err


def test_import_takes_a_pdf(sample_pdf: Path, tmp_path: Path, run: Run) -> None:
    code, _, err = run("import", sample_pdf, "--output", tmp_path / "data")
    assert code == 0, err
    assert (tmp_path / "data" / "bp3mi-sumbar" / "2023-tw2.yaml").is_file()


# ------------------------------------------------------------------ untrusted input


def _raw_pdf(page_content: bytes, extra: bytes = b"", font: bytes = b"/F1 5 0 R") -> bytes:
    """A one-page PDF written by hand (pdfminer rebuilds the cross-reference table)."""
    return (
        b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
        b"2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
        b"3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << " + font + b" >> >> >> endobj\n"
        b"4 0 obj << /Length " + str(len(page_content)).encode() + b" >> stream\n" + page_content +
        b"\nendstream endobj\n"
        b"5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj\n" + extra +
        b"trailer << /Root 1 0 R >>\n%%EOF\n"
    )  # fmt: skip


def _check(run: Run, path: Path) -> str:
    code, _, err = run("check", path)
    assert code == 2, err
    assert path.name in err and "Traceback" not in err
    return err


def _named(tmp_path: Path, data: bytes) -> Path:
    path = tmp_path / "bp3mi-sumbar-2023-tw2.pdf"
    path.write_bytes(data)
    return path


def test_a_file_that_is_no_pdf(tmp_path: Path, run: Run) -> None:
    assert "bukan berkas PDF" in _check(run, _named(tmp_path, b"PK\x03\x04 a zip, not a PDF"))
    assert "kosong" in _check(run, _named(tmp_path, b""))


def test_a_truncated_pdf(sample_pdf: Path, tmp_path: Path, run: Run) -> None:
    data = sample_pdf.read_bytes()
    assert "rusak" in _check(run, _named(tmp_path, data[: len(data) // 3]))


def test_an_encrypted_pdf(sample_pdf: Path, tmp_path: Path, run: Run) -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(sample_pdf))
    writer.encrypt("rahasia", algorithm="AES-128")
    out = io.BytesIO()
    writer.write(out)
    assert "terenkripsi" in _check(run, _named(tmp_path, out.getvalue()))


def test_a_scanned_page_is_named(tmp_path: Path, run: Run) -> None:
    from PIL import Image

    scan = io.BytesIO()
    Image.new("L", (600, 800), 200).save(scan, "PDF", resolution=72)
    err = _check(run, _named(tmp_path, scan.getvalue()))
    assert "pindai" in err and "hlm. PDF 1" in err
    _, _, err = run("check", _named(tmp_path, scan.getvalue()), "--lang", "en")
    assert "no text layer" in err


def test_text_without_a_unicode_map(tmp_path: Path, run: Run) -> None:
    """A composite font with no ToUnicode map: extracted text is character ids, not words."""
    font = (
        b"6 0 obj << /Type /Font /Subtype /Type0 /BaseFont /X /Encoding /Identity-H "
        b"/DescendantFonts [7 0 R] >> endobj\n"
        b"7 0 obj << /Type /Font /Subtype /CIDFontType2 /BaseFont /X "
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> >> endobj\n"
    )
    content = b"BT /F2 12 Tf 72 700 Td <0011002200330044005500660077008800990011002200330044> Tj ET"
    err = _check(run, _named(tmp_path, _raw_pdf(content, font, b"/F2 6 0 R")))
    assert "peta Unicode" in err and "hlm. PDF 1" in err


def test_pdf_bombs(tmp_path: Path, run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    text = b"BT /F1 12 Tf 72 700 Td (Laporan Kinerja Triwulan II 2023) Tj ET"
    # A content stream that inflates far beyond what it takes on disk.
    huge = zlib.compress(text + b" " * 4_000_000, 9)
    page = (
        b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
        b"2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
        b"3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >> endobj\n"
        b"4 0 obj << /Length " + str(len(huge)).encode() + b" /Filter /FlateDecode >> stream\n" + huge +
        b"\nendstream endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
    )  # fmt: skip
    monkeypatch.setattr(reader, "MAX_STREAM", 1_000_000)
    assert "mencurigakan" in _check(run, _named(tmp_path, page))
    # Deep nesting of arrays in the page's resources.
    deep = b"[" * 100_000 + b"]" * 100_000
    nested = _raw_pdf(text).replace(b"/Resources <<", b"/Deep " + deep + b" /Resources <<")
    _check_or_read(run, _named(tmp_path, nested))
    # Too many pages, and a page that takes too long.
    monkeypatch.setattr(reader, "MAX_PAGES", 0)
    assert "mencurigakan" in _check(run, _named(tmp_path, _raw_pdf(text)))
    monkeypatch.setattr(reader, "MAX_PAGES", 2000)
    monkeypatch.setattr(reader, "PAGE_SECONDS", 1e-6)
    assert "hlm. PDF 1" in _check(run, _named(tmp_path, _raw_pdf(text)))


def _check_or_read(run: Run, path: Path) -> None:
    """Either refused with a message naming the file (exit 2) or read: never a crash (exit 3)."""
    code, _, err = run("check", path)
    assert code in (0, 1, 2), err
    assert "Traceback" not in err and (code != 2 or path.name in err)


# ------------------------------------------------------------------ any bytes


_LINES = [b"Tabel 1. Capaian Kinerja", b"No.    Indikator    Target    Realisasi", b"1.    Penempatan    375    142",
          b"Pada Triwulan II tahun 2023 terdapat 8 indikator-", b"indikator kinerja.", b"5"]  # fmt: skip


def _page_of(lines: list[bytes]) -> bytes:
    ops = b"".join(b"BT /F1 11 Tf 72 %d Td (%s) Tj ET\n" % (760 - 14 * i, t) for i, t in enumerate(lines))
    return _raw_pdf(ops + b"0 0 m 500 0 l S 72 300 m 500 300 l S 72 250 m 500 250 l S")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.lists(st.sampled_from(_LINES), max_size=12),
    st.lists(st.tuples(st.integers(0, 10_000), st.binary(min_size=1, max_size=4)), max_size=4),
)
def test_any_pdf_reads_or_is_refused_clearly(tmp_path_factory: pytest.TempPathFactory, lines: list[bytes],
                                             damage: list[tuple[int, bytes]]) -> None:  # fmt: skip
    """Lines of text and ruling lines on a page, the file then damaged here and there: the reader
    gives a draft or a SourceError naming the file, never another exception."""
    from lkjip_tui.model.source import SourceError

    data = bytearray(_page_of(lines))
    for at, bytes_ in damage:
        at %= len(data)
        data[at : at + len(bytes_)] = bytes_
    path = tmp_path_factory.mktemp("fuzz") / "bp3mi-sumbar-2023-tw2.pdf"
    path.write_bytes(bytes(data))
    try:
        draft = reader.read(path, path.name)
    except SourceError as e:
        assert e.file == path.name
    else:
        assert all(p.boxes for p in draft.paragraphs())
