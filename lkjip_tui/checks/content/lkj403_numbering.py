"""LKJ403 numbering: row numbers that do not run 1, 2, 3, …"""

from __future__ import annotations

import itertools
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
        "id": "Penomoran baris atau tabel tidak berurutan 1, 2, 3, … (mulai bukan dari 1, melompat, atau berulang).",
        "en": "Row or table numbers do not run 1, 2, 3, … (start elsewhere than 1, skip, or repeat).",
    },
    rationale={
        "id": "Nomor yang melompat atau mulai dari 2 menandakan baris yang terhapus atau tersalin dari tabel lain. "
        "Pada tabel berkelompok (mode groups) nomor boleh berulang untuk lanjutan kelompok yang sama setelah "
        "pergantian halaman. Nomor tabel juga harus berurutan menurut letaknya (Tabel 7 sesudah Tabel 6, "
        "Tabel 3.5 sesudah 3.4, bab baru mulai dari 1): tabel yang disisipkan atau dihapus sering membuat "
        "penomoran manual bergeser.",
        "en": "Numbers that skip or start at 2 point to a deleted row or one copied from another table. In "
        "grouped tables (mode groups) a number may repeat for the same group continued after a page break. "
        "Table numbers too run on in the order the tables stand (Tabel 7 after Tabel 6, 3.5 after 3.4, a new "
        "chapter from 1): a table inserted or removed often shifts numbers kept by hand.",
    },
    bad='rows: [{no: "2."}, {no: "3."}, {no: "4."}]',
    good='rows: [{no: "1."}, {no: "2."}, {no: "3."}]',
    consumes="numbering",
)

# A row number of at most 9 digits: longer is no row number (and int() refuses 5,000 digits).
_NUMBER = re.compile(r"^\s*+(\d{1,9})\s*+[.)]?\s*+$")  # possessive: linear over spaces


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
    yield from _table_numbers(ctx)


_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def _parts(number: str) -> tuple[int, ...]:
    """ "7" → (7,); "3.5" → (3, 5); "III.2" → (3, 2)."""
    out = []
    for part in number.split("."):
        if part.isdigit():
            out.append(int(part))
        else:
            values = [_ROMAN[c] for c in part]
            out.append(
                sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))
            )
    return tuple(out)


def _table_numbers(ctx: Context) -> Iterator[Finding]:
    """The tables' own numbers run on in the order they are printed: Tabel 7 follows Tabel 6,
    Tabel 3.5 follows 3.4, and a new chapter starts at 1 (Tabel 4.1 after 3.5)."""
    tables = [t for t in ctx.report.tables.values() if t.number is not None and t.number_at is not None]
    if all(t.source_line is not None for t in tables):
        tables.sort(key=lambda t: t.source_line or 0)
    for before, table in itertools.pairwise(tables):
        prev, cur = _parts(str(before.number)), _parts(str(table.number))
        following = (*prev[:-1], prev[-1] + 1)
        new_chapter = len(cur) > 1 and len(cur) == len(prev) and cur[:-1] > prev[:-1] and cur[-1] == 1
        if cur == following or new_chapter:
            continue
        assert table.number_at is not None
        yield ctx.finding(
            META,
            "lkj403.table",
            table.number_at,
            "",
            table=table.name,
            field="number",
            printed=Printed(str(table.number)),
            previous=Printed(str(before.number)),
            expected_no=".".join(str(p) for p in following) if len(cur) == len(prev) else "?",
            actual=str(table.number),
        )
