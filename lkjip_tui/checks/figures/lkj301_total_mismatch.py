"""LKJ301 total-mismatch: a total that is not the sum of its parts."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from lkjip_tui.checks.base import Context, RuleMeta
from lkjip_tui.model.findings import Finding
from lkjip_tui.model.totals import Sum
from lkjip_tui.values.msg import Printed

META = RuleMeta(
    code="LKJ301",
    name="total-mismatch",
    severity="error",
    summary={
        "id": "Jumlah (baris total, induk kode anggaran, atau kolom total) tidak sama dengan jumlah bagian-bagiannya.",
        "en": "A total (total row, budget-code parent or total column) is not the sum of its parts.",
    },
    rationale={
        "id": "Tabel disusun tangan dari masukan beberapa tim; setelah satu baris diubah, jumlahnya sering tidak "
        "diperbarui. Pada pohon kode anggaran (program → kegiatan → output → komponen) setiap induk harus sama "
        "dengan jumlah anaknya, untuk setiap kolom angka.",
        "en": "Tables are assembled by hand from several teams; after one row changes its total is often not "
        "updated. In a budget code tree (program → kegiatan → output → komponen) every parent must equal the "
        "sum of its children, for every numeric column.",
    },
    bad="rows: {MY: {l: 0, p: 33}, JP: {l: 77, p: 29}, JUMLAH: {l: 78, p: 62}}",
    good="rows: {MY: {l: 0, p: 33}, JP: {l: 77, p: 29}, JUMLAH: {l: 77, p: 62}}",
)


def run(ctx: Context) -> Iterator[Finding]:
    for s in ctx.facts.sums():
        reported, computed = s.total_value(), s.computed()
        if reported is None or computed is None or reported.overlaps(computed):
            continue
        if s.short_by_blanks():
            continue  # LKJ305: the blank parts are the problem, not the total
        args: dict[str, Any] = {
            "table": s.table.name,
            "row": s.row,
            "field": s.column,
            "printed": Printed(s.total.text if s.total is not None else ""),
            "computed": computed,
            "column": s.column,
            "row_key": s.row,
            "parts": ", ".join(s.part_names),
            "actual": reported.mid,
            "actual_interval": reported,
            "explanation": explain(s),
        }
        # A cell that is also a derived value: where the two computations differ, neither decides.
        others = [v for v in ctx.facts.relations(s.total) if not v.overlaps(computed)] if s.total else []
        if others:
            args.update(others=others)
        else:
            args.update(expected=computed.mid, expected_interval=computed)
        at = s.total if s.total is not None else s.total_at
        yield ctx.finding(META, "lkj301.contested" if others else "lkj301", at, s.check.ref, **args)


def explain(s: Sum) -> list[Any]:
    parts: list[Any] = [f"{s.column} {s.row} = "]
    for i, (cell, value) in enumerate(zip(s.parts, s.part_values(), strict=True)):
        if i:
            parts.append(" + ")
        if cell is not None and cell.text.strip():
            parts.append(cell.text)
        else:
            parts.append(value if value is not None else "–")
    computed = s.computed()
    if computed is not None and len(s.parts) > 1:
        parts += [" = ", computed]
    return parts
