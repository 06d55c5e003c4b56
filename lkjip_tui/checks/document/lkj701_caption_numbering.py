"""LKJ701 caption-numbering: captions of one kind not numbered 1, 2, 3, … in order."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from lkjip_tui.checks.base import Context, RuleMeta
from lkjip_tui.checks.document._captions import Caption, captions, number_parts
from lkjip_tui.model.findings import Finding
from lkjip_tui.values.msg import Printed

META = RuleMeta(
    code="LKJ701",
    name="caption-numbering",
    severity="warning",
    summary={
        "id": "Keterangan tabel, grafik atau gambar tidak bernomor urut (1, 2, 3, … atau 3.1, 3.2, … per bab).",
        "en": "Captions of tables, graphs or figures are not numbered in sequence (1, 2, 3, … or 3.1, 3.2, … per chapter).",
    },
    rationale={
        "id": "Draf dirakit dari bagian-bagian beberapa tim dan nomornya diubah dengan tangan; nomor yang "
        "terlewat, ganda atau tertukar membuat rujukan 'lihat Tabel 12' dan daftar tabel salah.",
        "en": "Drafts are put together from several teams' parts and renumbered by hand; a skipped, repeated or "
        "swapped number breaks references ('see Tabel 12') and the list of tables.",
    },
    bad="Gambar 7 … Gambar 9 … Gambar 8 … Gambar 11",
    good="Gambar 7 … Gambar 8 … Gambar 9 … Gambar 10",
)


def run(ctx: Context) -> Iterator[Finding]:
    groups: dict[tuple[str, str], list[tuple[int, Caption]]] = {}
    for c in captions(ctx):
        parts = number_parts(c.number)
        if parts is not None:
            chapter, n = parts
            groups.setdefault((c.kind, chapter), []).append((n, c))
    for (kind, chapter), items in groups.items():
        prefix = f"{kind} {chapter + '.' if chapter else ''}"
        numbers = {n for n, _ in items}
        for i, (got, c) in enumerate(items):
            prev = items[i - 1][0] if i else 0
            args: dict[str, Any] = {}
            if got == prev:
                key = "lkj701.repeated"
            elif got < prev:
                key, args = "lkj701", {"previous": Printed(f"{prefix}{prev}")}
            else:
                missing = [n for n in range(prev + 1, got) if n not in numbers]
                if not missing:
                    continue  # in sequence, or the numbers between stand elsewhere (flagged there)
                span = f"{prefix}{missing[0]}" + (f"–{missing[-1]}" if len(missing) > 1 else "")
                key, args = "lkj701.gap", {"missing": span}
            yield ctx.finding(
                META,
                key,
                c.paragraph.at,
                "",
                place=c.paragraph.place(0, len(c.paragraph.text), whole=True),
                printed=Printed(f"{c.kind} {c.number}"),
                actual=f"{c.kind} {c.number}",
                **args,
            )
