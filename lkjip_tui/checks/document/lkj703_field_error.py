"""LKJ703 field-error: a Word field left broken ("Error! Bookmark not defined.")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from lkjip_tui.checks.base import Context, RuleMeta
from lkjip_tui.model.findings import Finding
from lkjip_tui.values.msg import Printed

META = RuleMeta(
    code="LKJ703",
    name="field-error",
    severity="error",
    summary={
        "id": "Field Word rusak tercetak di laporan ('Error! Bookmark not defined.', 'Error! Reference source not found.').",
        "en": "A broken Word field is printed in the report ('Error! Bookmark not defined.', 'Error! Reference source not found.').",
    },
    rationale={
        "id": "Daftar isi, daftar tabel dan rujukan silang adalah field; bila keterangan atau penanda yang "
        "dirujuk dihapus atau disalin dari berkas lain, Word mencetak pesan galatnya di tempat nomor halaman.",
        "en": "Contents, lists of tables and cross-references are fields; when the caption or bookmark they "
        "point to is deleted or copied in from another file, Word prints its error message instead of the page.",
    },
    bad="Tabel 12. Data Pekerja Migran … Triwulan II 2023 ..... Error! Bookmark not defined.",
    good="Tabel 12. Data Pekerja Migran … Triwulan II 2023 ..... 23",
)

# Word's messages, in English and Indonesian Word.
FIELD_ERROR = re.compile(r"\b(?:Error|Kesalahan)!\s+[A-Za-z][^.!\n\t]{3,80}\.?")


def run(ctx: Context) -> Iterator[Finding]:
    doc = ctx.report.document
    for p in doc.paragraphs if doc is not None else []:
        for m in FIELD_ERROR.finditer(p.text):
            yield ctx.finding(
                META,
                "lkj703",
                p.at,
                "",
                place=p.place(m.start(), m.end(), whole=True),
                printed=Printed(m.group()),
            )
    for c in ctx.cells():
        found = FIELD_ERROR.search(c.text) if c.kind == "text" else None
        if found is not None:
            yield ctx.finding(META, "lkj703", c, "", printed=Printed(found.group()))
