"""The Narasi tab's core: which paragraphs of a draft it shows and which spans it marks."""

from __future__ import annotations

from pathlib import Path

import pytest

from lkjip_tui.engine import Engine, FileResult
from lkjip_tui.model.document import Paragraph, Place
from lkjip_tui.planning.narrative import narrative_view, paragraph_of, span_in
from tests.conftest import ROOT

DRAFT = ROOT / "tests/drafts/bp3mi-sumbar-2023-tw2.txt"
SAMPLE = ROOT / "data/bp3mi-sumbar/2023-tw2.yaml"


def checked(path: Path) -> FileResult:
    result = Engine([ROOT / "rules"]).check_file(path, keep=True)
    assert result.error is None and result.report is not None
    return result


def test_a_place_on_a_continued_line_is_found_in_the_joined_paragraph() -> None:
    p = Paragraph("sebanyak 300 (tiga\nratus) orang, 12 kali", (10, 11), "text")
    assert span_in(p, Place("text", 10, 9, 12)) == (9, 12)
    start, end = span_in(p, Place("text", 11, 14, 16)) or (0, 0)
    assert p.text[start:end] == "12"
    assert span_in(p, Place("text", 12, 0, 3)) is None  # another paragraph's line
    assert span_in(p, Place("text", 10, 0, 3, table="Tabel 1")) is None  # a table cell


def test_a_data_file_without_a_document_shows_no_paragraphs() -> None:
    result = checked(SAMPLE)
    assert result.report is not None and result.report.document is None
    assert narrative_view(result.report, result.findings) == []


@pytest.mark.parametrize("draft", ["text", "docx"])
def test_the_paragraphs_stating_a_figure_or_carrying_a_finding_with_their_spans(
    draft: str, sample_docx: Path
) -> None:
    result = checked(DRAFT if draft == "text" else sample_docx)
    report = result.report
    assert report is not None and report.document is not None
    view = narrative_view(report, result.findings)
    assert 0 < len(view) < len(report.document.paragraphs)
    lines = [s.paragraph.line for s in view]
    assert lines == sorted(lines)  # the document's order
    assert all(s.facts or s.findings for s in view)
    # Every figure stated in the narrative is marked where it is printed.
    stated = {
        (m.cell.place.line, m.cell.text)
        for ms in report.mentions.values()
        for m in ms
        if m.table is None and m.cell.place is not None
    }
    marked = {
        (s.paragraph.line_at(m.start)[0], s.paragraph.text[m.start : m.end])
        for s in view
        for m in s.marks
        if m.finding is None
    }
    assert marked == stated
    iku1 = next(s for s in view if "IKU1.target" in s.facts)
    figures = [iku1.paragraph.text[m.start : m.end] for m in iku1.marks if m.finding is None]
    assert figures == ["375", "142", "38%"]
    # A finding on a sentence marks what it is about, and Enter finds its paragraph.
    arithmetic = next(f for f in result.findings if f.code == "LKJ605")
    n = paragraph_of(view, arithmetic)
    assert n is not None and arithmetic in view[n].findings and view[n].worst == "error"
    mark = next(m for m in view[n].marks if m.finding is arithmetic)
    assert view[n].paragraph.text[mark.start : mark.end] == "((3-0)/1) × 100% = - 3%"
    in_table = next(f for f in result.findings if f.table is not None)
    assert paragraph_of(view, in_table) is None


def test_a_waived_finding_does_not_make_its_paragraph_worst() -> None:
    from lkjip_tui.model.findings import Waived

    result = checked(DRAFT)
    assert result.report is not None
    for f in result.findings:
        if f.code == "LKJ605":
            f.waiver = Waived("diterima", "A. Rahman", None, "lkjip-waivers.toml:3")
    view = narrative_view(result.report, result.findings)
    shown = view[paragraph_of(view, next(f for f in result.findings if f.code == "LKJ605")) or 0]
    assert all(f.waiver is not None for f in shown.findings) and shown.worst is None
