"""LKJ707 table-unrecognised: a printed table the draft mapping does not recognise."""

from __future__ import annotations

from collections.abc import Iterator

from lkjip_tui.checks.base import Context, RuleMeta
from lkjip_tui.model.findings import Finding
from lkjip_tui.values.msg import Printed

META = RuleMeta(
    code="LKJ707",
    name="table-unrecognised",
    severity="warning",
    summary={
        "id": "Tabel di draf tidak dikenali pemetaan draf (keterangan atau judul kolomnya); isinya tidak diperiksa.",
        "en": "A table of the draft is not recognised by the draft mapping (its caption or headings); it is not checked.",
    },
    rationale={
        "id": "Tabel dikenali dari keterangannya dan kolomnya dari judul kolom, seperti dinyatakan di pemetaan "
        "draf katalog. Tabel yang tidak dikenali tidak dibuang diam-diam: disebut di sini, agar pemetaan "
        "dilengkapi atau keterangan diperbaiki.",
        "en": "Tables are recognised by their caption and columns by their headings, as the catalogue's draft "
        "mapping declares. An unrecognised table is not dropped silently: it is named here, so that the mapping "
        "can be completed or the caption corrected.",
    },
    bad="Tabel 5. Rekap Kegiatan Triwulan II   # no [[tables]] entry recognises it",
    good="Tabel 5. Realisasi Pelaksanaan Anggaran Triwulan II   # filled as table kind anggaran",
)


def run(ctx: Context) -> Iterator[Finding]:
    doc = ctx.report.document
    for u in doc.unread if doc is not None else []:
        if u.what == "table":
            key = "lkj707.headings" if u.table is not None else "lkj707"
            yield ctx.finding(
                META,
                key,
                u.at,
                "",
                place=u.place,
                printed=Printed(u.text),
                kind=u.table or "",
                why=u.why or "",
            )
