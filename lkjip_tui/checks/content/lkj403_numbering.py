"""LKJ403 numbering: row numbers that do not run 1, 2, 3, …"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lkjip_tui.checks.base import Context, RuleMeta
from lkjip_tui.model.findings import Finding
from lkjip_tui.values.msg import Printed

META = RuleMeta(
    code="LKJ403",
    name="numbering",
    severity="warning",
    summary={
        "id": "Penomoran baris tidak berurutan 1, 2, 3, … (mulai bukan dari 1, melompat, atau berulang).",
        "en": "Row numbers do not run 1, 2, 3, … (start elsewhere than 1, skip, or repeat).",
    },
    rationale={
        "id": "Nomor yang melompat atau mulai dari 2 menandakan baris yang terhapus atau tersalin dari tabel lain. "
        "Pada tabel berkelompok (mode groups) nomor boleh berulang untuk lanjutan kelompok yang sama setelah "
        "pergantian halaman.",
        "en": "Numbers that skip or start at 2 point to a deleted row or one copied from another table. In "
        "grouped tables (mode groups) a number may repeat for the same group continued after a page break.",
    },
    bad='rows: [{no: "2."}, {no: "3."}, {no: "4."}]',
    good='rows: [{no: "1."}, {no: "2."}, {no: "3."}]',
    consumes="numbering",
)

# A row number of at most 9 digits: longer is no row number (and int() refuses 5,000 digits).
_NUMBER = re.compile(r"^\s*(\d{1,9})\s*[.)]?\s*$")


def run(ctx: Context) -> Iterator[Finding]:
    for check in ctx.checks("numbering"):
        col, groups = check.params["column"], check.params["mode"] == "groups"
        for table in ctx.report.tables_of(check.params["table"]):
            expected = 1
            previous: int | None = None
            for row in table.rows.values():
                cell = row.cells.get(col)
                if cell is None or not cell.text.strip():
                    if not groups:
                        yield ctx.finding(
                            META,
                            "lkj403.missing",
                            row,
                            check.ref,
                            table=table.name,
                            row=row.key,
                            field=col,
                            expected=str(expected),
                        )
                        expected += 1
                    continue
                m = _NUMBER.match(cell.text)
                if m is None:
                    yield ctx.finding(META, "lkj403.not_number", cell, check.ref, printed=Printed(cell.text))
                    previous, expected = expected, expected + 1  # it still takes its place
                    continue
                n = int(m.group(1))
                if groups and previous is not None and n == previous:
                    continue  # the same group continued
                if n != expected:
                    yield ctx.finding(
                        META,
                        "lkj403",
                        cell,
                        check.ref,
                        printed=Printed(cell.text),
                        expected=str(expected),
                        actual=str(n),
                        expected_no=expected,
                    )
                previous, expected = n, n + 1
