"""LKJ404 required-missing: a cell the catalogue requires is blank."""

from __future__ import annotations

from collections.abc import Iterator

from lkjip_tui.checks.base import Context, RuleMeta
from lkjip_tui.model.findings import Finding

META = RuleMeta(
    code="LKJ404",
    name="required-missing",
    severity="warning",
    summary={
        "id": "Sel yang wajib diisi (menurut katalog tabel) kosong.",
        "en": "A cell the table catalogue requires is blank.",
    },
    rationale={
        "id": "Sebagian kolom wajib ada di setiap baris, mis. persentase realisasi anggaran per kode. Sel kosong "
        "di sana biasanya terlupa saat tabel disusun.",
        "en": "Some columns must be filled in every row, e.g. the budget's realisation percentage per code. A "
        "blank there was usually forgotten when the table was assembled.",
    },
    bad='"003": {pagu: 44.500.000, realisasi: 26.000.000, persen: ""}',
    good='"003": {pagu: 44.500.000, realisasi: 26.000.000, persen: "58,43%"}',
)


def run(ctx: Context) -> Iterator[Finding]:
    for table in ctx.report.tables.values():
        required = [c for c in table.kind.columns.values() if c.required]
        for row in table.rows.values():
            for col in required:
                cell = row.cells.get(col.name)
                if cell is None or not cell.text.strip():
                    yield ctx.finding(
                        META,
                        "lkj404",
                        cell if cell is not None else row,
                        col.ref,
                        table=table.name,
                        row=row.key,
                        field=col.name,
                        column=col.name,
                        row_key=row.key,
                    )
