"""A table of contents laid out as a Word table is no data table: the review never lists it as
an unrecognised table; a small table of counts is still one."""

from __future__ import annotations

from lkjip_tui.drafts.build import _is_contents
from lkjip_tui.drafts.layout import RawCell, RawRow, RawTable


def _table(rows: list[list[str]]) -> RawTable:
    return RawTable([RawRow([RawCell(text, i) for text in row], i) for i, row in enumerate(rows, 1)], 1)


def test_a_table_of_contents_is_recognised_as_one() -> None:
    toc = [
        ["DAFTAR ISI", ""],
        ["Kata Pengantar", "i"],
        ["Bab I Pendahuluan", "1"],
        ["Bab II Perencanaan", "5"],
    ]
    assert _is_contents(_table(toc))
    leaders = [
        ["Tabel 1. Capaian …………", "6"],
        ["Tabel 2. Target ..........", "7"],
        ["Tabel 3. Anggaran ....", "9"],
    ]
    assert _is_contents(_table(leaders))


def test_a_small_table_of_counts_is_not_a_table_of_contents() -> None:
    assert not _is_contents(
        _table([["Negara", "Jumlah"], ["Malaysia", "33"], ["Jepang", "106"], ["Taiwan", "3"]])
    )
    wide = [
        ["NO", "NEGARA", "L", "P", "TOTAL"],
        ["1", "MALAYSIA", "0", "33", "33"],
        ["2", "JEPANG", "77", "29", "106"],
    ]
    assert not _is_contents(_table(wide))
