"""LKJ303 count-mismatch: a stated count that differs from the rows it counts."""

from __future__ import annotations

from collections.abc import Iterator

from lkjip_tui.checks.base import Context, RuleMeta
from lkjip_tui.checks.figures._relations import relation_findings
from lkjip_tui.model.findings import Finding

META = RuleMeta(
    code="LKJ303",
    name="count-mismatch",
    severity="error",
    summary={
        "id": "Jumlah yang dinyatakan (mis. '19 berita') berbeda dengan jumlah baris yang dihitungnya.",
        "en": "A stated count (e.g. '19 news items') differs from the number of rows it counts.",
    },
    rationale={
        "id": "Narasi sering menyebut jumlah butir dalam tabel di bawahnya. Setelah baris ditambah atau dihapus, "
        "angka di narasi tertinggal.",
        "en": "The narrative often states how many items the table below it lists. After rows are added or "
        "removed, the narrative's figure is left behind.",
    },
    bad='facts: {jumlah_berita: {value: "19"}}   # the news table lists 18 rows',
    good='facts: {jumlah_berita: {value: "18"}}',
    consumes="count",
)


def run(ctx: Context) -> Iterator[Finding]:
    for check in ctx.checks("count"):
        yield from relation_findings(ctx, META, check, "lkj303")
