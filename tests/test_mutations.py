"""Changing any single number of the sample that a rule covers makes the check report it.

Every numeric value of the sample that some rule relates to another value is
changed in turn (its leading digit moved by five, far beyond printed rounding)
and the check must then report something it did not report before; so must a
caption or the title naming last year. benchmarks/mutations.py goes further:
every number of the file, the ways drafting slips happen, and the share caught.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from lkjip_tui import messages
from lkjip_tui.engine import Engine
from lkjip_tui.model.report import Cell, Report
from tests.conftest import SAMPLE

# Table columns some rule relates to other values.
COVERED_COLUMNS = {
    "ikhtisar": {"target", "realisasi", "capaian"},
    "penetapan": {"target_tahunan"},
    "pengukuran": {"target_tahunan", "target", "realisasi", "capaian"},
    "capaian_sasaran": {"target", "realisasi", "capaian"},
    "penempatan_negara": {"l", "p", "total"},
    "pemulangan": {"jml"},
    "anggaran": {"pagu", "potongan", "anggaran", "realisasi", "pengembalian", "saldo", "persen"},
}
COVERED_ROWS = {"target_tim": {"nilai_kinerja_anggaran", "nilai_ikpa"}}
# Narrative facts some rule relates to a table or another fact (besides any with words).
COVERED_FACTS = {
    "jumlah_iku",
    "jumlah_sasaran",
    "jumlah_berita",
    "kasus_diterima",
    "kasus_periode_lalu",
    "p3mi",
    "p3mi_pusat",
    "p3mi_cabang",
    "pagu",
    "realisasi_anggaran",
    "persen_realisasi_anggaran",
}


def covered_cells(report: Report) -> list[Cell]:
    cells: list[Cell] = []
    for table in report.tables.values():
        for row in table.rows.values():
            for name, cell in row.cells.items():
                if name in COVERED_COLUMNS.get(table.kind.name, ()) or row.key in COVERED_ROWS.get(
                    table.kind.name, ()
                ):
                    cells.append(cell)
    for fact, mentions in report.mentions.items():
        for m in mentions:
            narrative = m.table is None or m.cell.row is None
            if narrative and (fact in COVERED_FACTS or "." in fact or m.words is not None):
                cells.append(m.cell)
    return [c for c in cells if c.number is not None]


def mutate(text: str) -> str:
    """Move the leading digit by five: 142 → 642, 0 → 5, 9 → 4, Rp 4.357… → Rp 9.357…

    Five units of the leading digit's place lie far outside any printed rounding
    (a rounded "0" still stands for up to 0,5, so 0 → 1 would not be a change)."""
    i = next(i for i, ch in enumerate(text) if ch.isdigit())
    return text[:i] + str((int(text[i]) + 5) % 10) + text[i + 1 :]


def replace_at(source: str, cell: Cell, new: str) -> str:
    lines = source.splitlines(keepends=True)
    line = lines[cell.line - 1]
    start = cell.column - 1
    if line[start] in "\"'":
        start += 1
    assert line[start : start + len(cell.text)] == cell.text, (line, cell.text)
    lines[cell.line - 1] = line[:start] + new + line[start + len(cell.text) :]
    return "".join(lines)


def signature(engine: Engine, path: Path) -> set[tuple[object, ...]]:  # code, position, message
    result = engine.check_file(path)
    assert result.error is None, result.error
    return {(f.code, f.line, f.column, messages.render(f.message)) for f in result.findings}


ENGINE = Engine()
BASE_REPORT, _ = ENGINE.load(SAMPLE)
CELLS = covered_cells(BASE_REPORT)
BASELINE = signature(ENGINE, SAMPLE)


def test_the_sample_has_many_covered_numbers() -> None:
    assert len(CELLS) > 200


@pytest.mark.parametrize("cell", CELLS, ids=[f"{c.line}:{c.column}:{c.text}" for c in CELLS])
def test_changing_a_covered_number_is_reported(tmp_path: Path, cell: Cell) -> None:
    source = SAMPLE.read_text("utf-8")
    changed = tmp_path / "changed.yaml"
    changed.write_text(replace_at(source, cell, mutate(cell.text)), "utf-8")
    # Findings are compared without the file name, which differs.
    new = signature(ENGINE, changed) - BASELINE
    assert new, (
        f"changing {cell.text!r} at line {cell.line} ({cell.table}.{cell.row}.{cell.field}) went unreported"
    )


def _captions(report: Report) -> list[tuple[int, int, str]]:
    """The title and every caption that names the report's year: (line, column, text)."""
    out = []
    if report.title_at is not None and str(report.year) in report.title:
        out.append((*report.title_at, report.title))
    for t in report.tables.values():
        if t.caption_at is not None and str(t.caption) and str(report.year) in t.caption:
            out.append((*t.caption_at, t.caption))
    return out


CAPTIONS = _captions(BASE_REPORT)


def test_the_sample_names_its_year_in_many_captions() -> None:
    assert len(CAPTIONS) >= 10


@pytest.mark.parametrize(("line", "column", "text"), CAPTIONS, ids=[f"{c[0]}" for c in CAPTIONS])
def test_a_caption_naming_last_year_is_reported(tmp_path: Path, line: int, column: int, text: str) -> None:
    source = SAMPLE.read_text("utf-8").splitlines(keepends=True)
    assert text in source[line - 1]
    source[line - 1] = source[line - 1].replace(text, text.replace("2023", "2022"))
    changed = tmp_path / "changed.yaml"
    changed.write_text("".join(source), "utf-8")
    assert signature(ENGINE, changed) - BASELINE, f"{text!r} naming 2022 went unreported"
