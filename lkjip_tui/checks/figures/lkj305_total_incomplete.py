"""LKJ305 total-incomplete: a total that cannot be verified because cells are blank."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from lkjip_tui.checks.base import Context, RuleMeta
from lkjip_tui.model.findings import Finding
from lkjip_tui.values.msg import Printed

META = RuleMeta(
    code="LKJ305",
    name="total-incomplete",
    severity="warning",
    summary={
        "id": "Jumlah tidak dapat diperiksa karena total atau sebagian bagiannya kosong.",
        "en": "A total cannot be verified because the total or some of its parts are blank.",
    },
    rationale={
        "id": "Sel kosong di kolom yang dijumlahkan berarti angkanya tidak dilaporkan. Jika bagian-bagiannya "
        "berisi angka tetapi totalnya kosong (atau sebaliknya), pembaca tidak dapat mencocokkan. Kolom yang "
        'kosongnya berarti nol dinyatakan dengan `blank = "zero"` di katalog.',
        "en": "A blank cell in a summed column means the figure was not reported. When the parts hold figures "
        "but the total is blank (or the other way round), a reader cannot reconcile them. Columns where blank "
        'means zero say `blank = "zero"` in the catalogue.',
    },
    bad='rows: {A: {jumlah: 5}, B: {jumlah: ""}, JUMLAH: {jumlah: 9}}',
    good="rows: {A: {jumlah: 5}, B: {jumlah: 4}, JUMLAH: {jumlah: 9}}",
)


def run(ctx: Context) -> Iterator[Finding]:
    for s in ctx.facts.sums():
        if not any(c is not None and c.reported for c in (s.total, *s.parts)):
            continue  # nothing printed on either side
        blank = [n for n, iv in zip(s.part_names, s.part_values(), strict=True) if iv is None]
        extra: dict[str, Any] = {}
        if s.total_value() is None:
            key = "lkj305.total_blank"
        elif blank:
            key, extra = (
                "lkj305.part_blank",
                {"printed": Printed(s.total.text if s.total else ""), "blank": ", ".join(blank)},
            )
        elif s.short_by_blanks():
            key, extra = (
                "lkj305.short_by_blanks",
                {"printed": Printed(s.total.text if s.total else ""), "blank": ", ".join(s.blank_parts())},
            )
        else:
            continue
        at = s.total if s.total is not None else s.total_at
        yield ctx.finding(
            META,
            key,
            at,
            s.check.ref,
            table=s.table.name,
            row=s.row,
            field=s.column,
            column=s.column,
            row_key=s.row,
            **extra,
        )
