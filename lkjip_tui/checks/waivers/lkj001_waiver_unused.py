"""LKJ001 waiver-unused: a waiver that matches no finding of the file it names."""

from __future__ import annotations

from collections.abc import Iterator

from lkjip_tui.checks.base import Context, RuleMeta
from lkjip_tui.model.findings import Finding

META = RuleMeta(
    code="LKJ001",
    name="waiver-unused",
    severity="warning",
    summary={
        "id": "Pengecualian (waiver) tidak cocok dengan temuan mana pun di berkas yang disebutnya.",
        "en": "A waiver matches no finding of the file it names.",
    },
    rationale={
        "id": "Pengecualian yang tidak lagi dipakai — temuannya sudah diperbaiki, atau tempatnya salah tulis — "
        "harus dihapus atau dibetulkan; kalau dibiarkan, ia diam-diam menerima temuan baru di tempat itu.",
        "en": "A waiver no longer used — its finding was fixed, or its place is mistyped — should be removed or "
        "corrected; left in place it silently accepts a new finding there.",
    },
    bad='[[waiver]] code = "LKJ304", file = "2023-tw2.yaml", row = "IKU9"  # no such finding',
    good='[[waiver]] code = "LKJ304", file = "2023-tw2.yaml", table = "pengukuran", row = "IKU1"',
)


def run(ctx: Context) -> Iterator[Finding]:
    """Nothing in the report: the engine reports unused waivers (engine/waivers.py)."""
    return iter(())
