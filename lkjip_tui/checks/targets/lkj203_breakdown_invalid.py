"""LKJ203 breakdown-invalid: a declared quarterly breakdown that cannot be right."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from lkjip_tui.checks.base import Context, RuleMeta
from lkjip_tui.model.breakdown import quarterly
from lkjip_tui.model.findings import Finding

META = RuleMeta(
    code="LKJ203",
    name="breakdown-invalid",
    severity="error",
    summary={
        "id": "Pembagian target triwulan di berkas target tidak konsisten dengan target tahunannya.",
        "en": "A quarterly breakdown in the targets file is inconsistent with its annual target.",
    },
    rationale={
        "id": "Profil per triwulan harus berjumlah sama dengan target tahunan; profil kumulatif tidak boleh turun "
        "dan harus berakhir di target tahunan; nilai indeks (skor) tidak dapat dibagi per triwulan.",
        "en": "A per-quarter profile must add up to the annual target; a cumulative profile must not go down "
        "and must end at the annual target; an index (score) cannot be split across quarters.",
    },
    bad='annual = 60, breakdown = "profile", quarters = [10, 15, 15, 15]   # adds up to 55',
    good='annual = 60, breakdown = "profile", quarters = [15, 15, 15, 15]',
)


def run(ctx: Context) -> Iterator[Finding]:
    for iku_id, target in ctx.rs.targets.items():
        for key, args, where in quarterly(target, ctx.rs.iku[iku_id]).problems:
            ref = target.refs.get(where, target.ref)
            message_args: dict[str, Any] = {"iku": ctx.rs.iku[iku_id].label, **args}
            yield ctx.finding(
                META, key, (ref.line, ref.column), ref, file=ref.file, row=iku_id, field=where, **message_args
            )
