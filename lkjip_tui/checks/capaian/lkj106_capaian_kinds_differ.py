"""LKJ106 capaian-kinds-differ: an indicator of no declared formula scored one way in one table
and another way in another."""

from __future__ import annotations

from collections.abc import Iterator

from lkjip_tui.checks.base import Context, RuleMeta
from lkjip_tui.model.capaian import NotDefined, capaian, undeclared_target
from lkjip_tui.model.findings import Finding
from lkjip_tui.model.report import Cell
from lkjip_tui.model.rules import ANY_KINDS, Iku
from lkjip_tui.values.msg import Msg, Printed

META = RuleMeta(
    code="LKJ106",
    name="capaian-kinds-differ",
    severity="warning",
    summary={
        "id": "Capaian satu indikator (tanpa rumus yang dinyatakan) dihitung dengan rumus berbeda di tabel berbeda.",
        "en": "One indicator's capaian (no formula declared) is computed by different formulas in different tables.",
    },
    rationale={
        "id": "Tanpa katalog unit, capaian yang dicetak dianggap benar bila cocok dengan salah satu jenis rumus "
        "(makin tinggi makin baik, makin rendah makin baik). Tetapi satu indikator hanya punya satu rumus: bila "
        "capaian di satu tabel hanya cocok sebagai 'makin tinggi' dan di tabel lain hanya sebagai 'makin "
        "rendah', salah satunya dihitung keliru. Tidak ada yang dipilih; kedua tempat disebut.",
        "en": "Without a catalogue of the unit, a printed capaian is taken as right when it fits some kind of "
        "formula (higher is better, lower is better). But one indicator has one formula: when its capaian fits "
        "only 'higher' in one table and only 'lower' in another, one of them is computed wrong. Neither is "
        "chosen; both places are named.",
    },
    bad="Tabel 3: target 100, realisasi 80, capaian 80%;  Tabel 5: target 100, realisasi 80, capaian 120%",
    good="Tabel 3 and Tabel 5: target 100, realisasi 80, capaian 120%   # lower is better, both",
)


def _kind_name(formula: str, variant: str) -> str:
    return f"{formula}.{variant}" if variant else formula


def fitting(iku: Iku, target: Cell, realisasi: Cell, printed: Cell) -> set[str] | None:
    """The kinds of formula a row's printed capaian fits, from the row's own target and realisasi;
    None where one of them gives no figure, or the target is 0 (its scoring is the catalogue's)."""
    t, r, c = undeclared_target(target), realisasi.interval(), printed.interval()
    if t is None or r is None or c is None or isinstance(t, tuple) or (t.exact and t.lo == 0):
        return None
    out = set()
    for formula, variant in ANY_KINDS:
        try:
            if capaian(iku.replace(formula=formula, variant=variant), t, r).overlaps(c):
                out.add(_kind_name(formula, variant))
        except NotDefined:
            continue
    return out


def run(ctx: Context) -> Iterator[Finding]:
    for iku in ctx.rs.iku.values():
        if iku.formula != "any":
            continue
        seen: list[tuple[Cell, set[str]]] = []
        for table in ctx.report.tables.values():
            row = table.rows.get(iku.id) if table.kind.rows == "iku" else None
            cells = row.cells if row is not None else {}
            if not all(k in cells for k in ("target", "realisasi", "capaian")):
                continue
            kinds = fitting(iku, cells["target"], cells["realisasi"], cells["capaian"])
            if kinds:  # none fits: LKJ101's to say
                seen.append((cells["capaian"], kinds))
        if not seen or set.intersection(*(k for _, k in seen)):
            continue
        first, first_kinds = seen[0]
        for cell, kinds in seen[1:]:
            if kinds & first_kinds:
                continue
            yield ctx.finding(
                META,
                "lkj106",
                cell,
                iku.ref,
                iku=iku.label,
                printed=Printed(cell.text),
                kinds=Msg("seq", {"items": [Msg(f"kind.{k}") for k in sorted(kinds)]}),
                other=Printed(first.text),
                other_place=first.place.msg() if first.place is not None else (first.table or ""),
                other_kinds=Msg("seq", {"items": [Msg(f"kind.{k}") for k in sorted(first_kinds)]}),
            )
