"""LKJ308 printed-scale: the predikat scale a report prints leaves capaian with no predikat, or two."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from lkjip_tui.checks.base import Context, RuleMeta
from lkjip_tui.model.catalogue import band_problems
from lkjip_tui.model.findings import Finding
from lkjip_tui.model.report import Cell, Table
from lkjip_tui.model.rules import Band, Ref
from lkjip_tui.values.msg import Printed

META = RuleMeta(
    code="LKJ308",
    name="printed-scale",
    severity="warning",
    summary={
        "id": "Skala penilaian yang dicetak laporan (interval capaian dan kriterianya) bercelah atau bertumpang tindih.",
        "en": "The predikat scale the report prints (capaian intervals and their criteria) has gaps or overlaps.",
    },
    rationale={
        "id": "Laporan menilai capaiannya dengan skala yang dicetaknya sendiri (91–100 Sangat Baik, 76–90 Baik …). "
        "Jika intervalnya bercelah, capaian 90,5 atau di atas 100 tidak punya predikat; jika bertumpang tindih, "
        "punya dua. Pita dibaca persis seperti dicetak, dengan pemeriksaan yang sama seperti pita katalog.",
        "en": "The report rates its capaian on a scale it prints itself (91–100 Sangat Baik, 76–90 Baik …). "
        "Where its intervals leave gaps, a capaian of 90.5 or above 100 gets no predikat; where they overlap, "
        "it gets two. The bands are read exactly as printed and checked as a catalogue's bands are.",
    },
    bad="91 - 100 Sangat Baik; 76 - 90 Baik; ≤ 75 Cukup",
    good="> 90 Sangat Baik; > 75 s.d. 90 Baik; ≤ 75 Cukup",
)

_NUM = r"(\d+(?:[.,]\d+)?)\s*%?"
_NAME = r"[^\d\s<>≤≥=%]+"  # the capaian's name between two ends: "x", "capaian", "nilai"
_LE, _GE = r"(≤|<=?|=<)", r"(≥|>=?|=>)"
_INCLUDES = ("≤", "<=", "=<", "≥", ">=", "=>")
# "≤ 50", "> 100", "50 ke bawah", "91 - 100", "76 s.d. 90", "91 % ≤ 100 %", "75 < x ≤ 90"
_FORMS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p, re.I), form)
    for p, form in (
        (rf"{_LE}\s*{_NUM}", "upto"),
        (rf"(?:kurang dari|di bawah)\s*{_NUM}", "below"),
        (rf"{_GE}\s*{_NUM}", "from"),
        (rf"(?:lebih dari|di atas)\s*{_NUM}", "above"),
        (rf"{_NUM}\s*(?:-|–|s\.?\s?d\.?|sampai(?: dengan)?|≤|<=)\s*{_NUM}", "between"),
        (rf"{_NUM}\s*{_LE}\s*{_NAME}\s*{_LE}\s*{_NUM}", "around"),
    )
)


def run(ctx: Context) -> Iterator[Finding]:
    for table in ctx.report.tables.values():
        if not {"interval", "kriteria"} <= set(table.kind.columns):
            continue
        read = _bands(table)
        if read is None:
            continue  # an interval that is not read as one: nothing is claimed
        bands, cells = read
        for band, problem in band_problems(bands):
            cell = cells[id(band)]
            yield ctx.finding(META, "lkj308", cell, "", printed=Printed(cell.text), problem=problem)


def _bands(table: Table) -> tuple[list[Band], dict[int, Cell]] | None:
    bands: list[Band] = []
    cells: dict[int, Cell] = {}
    for row in table.rows.values():
        interval, name = row.cells.get("interval"), row.cells.get("kriteria")
        if interval is None or name is None or not interval.text.strip() or not name.text.strip():
            return None
        band = _band(interval.text, " ".join(name.text.split()), Ref("", interval.line, interval.column))
        if band is None:
            return None
        bands.append(band)
        cells[id(band)] = interval
    return (bands, cells) if len(bands) >= 2 else None


def _band(text: str, name: str, ref: Ref) -> Band | None:
    text = " ".join(text.split())
    for pattern, form in _FORMS:
        m = pattern.fullmatch(text)
        if m is None:
            continue
        g = m.groups()
        if form == "upto":
            return Band(name, None, False, _decimal(g[1]), g[0] in _INCLUDES, ref)
        if form == "below":
            return Band(name, None, False, _decimal(g[0]), False, ref)
        if form == "from":
            return Band(name, _decimal(g[1]), g[0] in _INCLUDES, None, False, ref)
        if form == "above":
            return Band(name, _decimal(g[0]), False, None, False, ref)
        if form == "between":
            return Band(name, _decimal(g[0]), True, _decimal(g[1]), True, ref)
        return Band(name, _decimal(g[0]), g[1] in _INCLUDES, _decimal(g[3]), g[2] in _INCLUDES, ref)
    return None


def _decimal(s: str) -> Decimal:
    return Decimal(s.replace(",", "."))
