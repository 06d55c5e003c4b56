"""LKJ406 condition: a declared condition on the report's values does not hold."""

from __future__ import annotations

from collections.abc import Iterator

from lkjip_tui.checks._explain import explanation, why_missing
from lkjip_tui.checks.base import Context, RuleMeta
from lkjip_tui.formula import cells_in
from lkjip_tui.model.findings import Finding
from lkjip_tui.model.report import Cell, Row, Table
from lkjip_tui.model.rules import Check
from lkjip_tui.model.wording import in_words

META = RuleMeta(
    code="LKJ406",
    name="condition",
    severity="warning",
    summary={
        "id": "Syarat yang dinyatakan di berkas aturan ([[condition]]) tidak terpenuhi.",
        "en": "A condition declared in the rules ([[condition]]) does not hold.",
    },
    rationale={
        "id": "Tidak setiap hubungan adalah jumlah atau rumus: berita tidak terbit sebelum kegiatannya, realisasi "
        "tidak negatif. Syarat seperti itu ditulis dengan bahasa ekspresi dan pesannya sendiri.",
        "en": "Not every relation is a sum or a formula: news is not published before its event, a realisasi "
        "is not negative. Such conditions are written in the expression language with their own message.",
    },
    bad='require = "tanggal >= tanggal_kegiatan"; row: {tanggal: 11 Maret 2023, tanggal_kegiatan: 16 April 2023}',
    good='require = "tanggal >= tanggal_kegiatan"; row: {tanggal: 17 April 2023, tanggal_kegiatan: 16 April 2023}',
    consumes="condition",
)


def run(ctx: Context) -> Iterator[Finding]:
    for check in ctx.checks("condition"):
        p = check.params
        if "table" not in p:
            yield from _one(ctx, check, None, None)
            continue
        for table in ctx.report.tables_of(p["table"]):
            for row in table.rows.values():
                yield from _one(ctx, check, table, row)


def _one(ctx: Context, check: Check, table: Table | None, row: Row | None) -> Iterator[Finding]:
    p = check.params
    env = ctx.env(table, row)
    if "when" in p and p["when"](env) is not True:
        return
    result = p["require"](env)
    if result is True:
        return
    # Point at the first value the condition reads; else at the row.
    cells = cells_in(p["require"], env)
    at: Cell | Row | tuple[int, int] = cells[0] if cells else row if row is not None else (1, 1)
    if result is not False and not cells:
        return  # the report states none of what it reads: nothing to check
    if result is not False:  # some value it reads is missing: say so
        yield ctx.finding(
            META,
            "lkj406.unchecked",
            at,
            check.ref,
            table=table.name if table else None,
            row=row.key if row else None,
            severity="info",
            text=p["message"],
            formula=in_words(p["require"].text, ctx.report, ctx.rs),
            why=why_missing(ctx, result),
        )
        return
    yield ctx.finding(
        META,
        "lkj406",
        at,
        check.ref,
        table=table.name if table else None,
        row=row.key if row else None,
        severity=p.get("severity"),
        text=p["message"],
        formula=in_words(p["require"].text, ctx.report, ctx.rs),
        explanation=explanation(p["require"], env, None),
    )
