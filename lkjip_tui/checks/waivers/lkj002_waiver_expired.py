"""LKJ002 waiver-expired: a waiver past its expiry date no longer accepts its finding."""

from __future__ import annotations

from collections.abc import Iterator

from lkjip_tui.checks.base import Context, RuleMeta
from lkjip_tui.model.findings import Finding

META = RuleMeta(
    code="LKJ002",
    name="waiver-expired",
    severity="warning",
    summary={
        "id": "Pengecualian (waiver) sudah lewat tanggal berlakunya; temuannya dihitung lagi.",
        "en": "A waiver is past its expiry date; its finding counts again.",
    },
    rationale={
        "id": "Penerimaan sebuah temuan sering berlaku sampai laporan berikutnya atau sampai revisi PK. Setelah "
        "tanggal itu temuan harus ditinjau lagi, bukan diterima selamanya.",
        "en": "Accepting a finding often holds until the next report or a revised Perjanjian Kinerja. After "
        "that date the finding must be reviewed again, not accepted forever.",
    },
    bad="[[waiver]] … expires = 2023-12-31  # checked in 2024",
    good="[[waiver]] … expires = 2024-12-31",
)


def run(ctx: Context) -> Iterator[Finding]:
    """Nothing in the report: the engine reports expired waivers (engine/waivers.py)."""
    return iter(())
