"""LKJ708 content-unread: content of the draft whose text lkjip cannot read (a chart, an embedded object)."""

from __future__ import annotations

from collections.abc import Iterator

from lkjip_tui.checks.base import Context, RuleMeta
from lkjip_tui.model.findings import Finding
from lkjip_tui.values.msg import Msg

META = RuleMeta(
    code="LKJ708",
    name="content-unread",
    severity="info",
    summary={
        "id": "Isi draf yang teksnya tidak dibaca lkjip (grafik Word, diagram, objek tersemat); periksa dengan mata.",
        "en": "Content of the draft whose text lkjip does not read (a Word chart, a diagram, an embedded object); check it by eye.",
    },
    rationale={
        "id": "Angka di grafik dan objek tersemat tidak diperiksa. Agar tidak ada yang terlewat diam-diam, "
        "setiap bagian seperti itu disebut dengan tempatnya.",
        "en": "Figures in charts and embedded objects are not checked. So that nothing is passed over silently, "
        "every such part is named with its place.",
    },
    bad="Grafik 1 as a Word chart (its numbers are not read)",
    good="Grafik 1 as a picture with its figures in a table",
)


def run(ctx: Context) -> Iterator[Finding]:
    doc = ctx.report.document
    for u in doc.unread if doc is not None else []:
        if u.what == "content":
            yield ctx.finding(META, "lkj708", u.at, "", place=u.place, content=Msg(f"content.{u.text}"))
