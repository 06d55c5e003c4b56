"""LKJ706 row-unmatched: a table row the reader could not key to an id by its name."""

from __future__ import annotations

from collections.abc import Iterator

from lkjip_tui.checks.base import Context, RuleMeta
from lkjip_tui.model.findings import Finding
from lkjip_tui.values.msg import Msg, Printed

META = RuleMeta(
    code="LKJ706",
    name="row-unmatched",
    severity="warning",
    summary={
        "id": "Baris tabel draf tidak dapat dipasangkan dengan IKU, IKK atau kode mana pun; angkanya tidak diperiksa.",
        "en": "A row of the draft's table could not be keyed to any IKU, IKK or code; its figures are not checked.",
    },
    rationale={
        "id": "Baris dikenali dari nama yang dicetaknya, dengan pencocokan samar. Bila tidak ada nama yang "
        "jelas menang (di bawah ambang, atau dua calon terlalu dekat), baris tidak ditebak: calon-calonnya "
        "disebut, agar nama di draf atau alias di pemetaan draf diperbaiki.",
        "en": "Rows are keyed by the name they print, with fuzzy matching. When no name clearly wins (below the "
        "threshold, or two candidates too close) the row is not guessed: the candidates are named, so that the "
        "name in the draft or an alias in the draft mapping can be corrected.",
    },
    bad="Q A T A R   # in the placements by country, without an alias",
    good="QATAR",
)


def run(ctx: Context) -> Iterator[Finding]:
    doc = ctx.report.document
    for u in doc.unread if doc is not None else []:
        if not u.what.startswith("row"):
            continue
        candidates = [Msg("lkj706.candidate", {"id": k, "score": s}) for k, s in u.candidates]
        yield ctx.finding(
            META,
            f"lkj706.{u.what}",
            u.at,
            "",
            place=u.place,
            table=u.table,
            printed=Printed(u.text),
            candidates=candidates or "—",
        )
