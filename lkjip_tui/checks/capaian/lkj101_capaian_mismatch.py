"""LKJ101 capaian-mismatch: a printed capaian that does not follow from target and realisasi."""

from __future__ import annotations

from collections.abc import Iterator

from lkjip_tui.checks.base import Context, RuleMeta
from lkjip_tui.checks.capaian._capaian import (
    candidates_arg,
    capaian_mentions,
    explain,
    kinds_arg,
    operand_arg,
)
from lkjip_tui.model.findings import Finding
from lkjip_tui.values.interval import Interval
from lkjip_tui.values.msg import Msg, Printed

META = RuleMeta(
    code="LKJ101",
    name="capaian-mismatch",
    severity="error",
    summary={
        "id": "Capaian yang dicetak tidak sesuai dengan target dan realisasinya.",
        "en": "A printed capaian does not follow from its target and realisasi.",
    },
    rationale={
        "id": "Capaian dihitung dari target dan realisasi menurut rumus IKU (mis. realisasi / target × 100). "
        "Setelah angka diubah di satu tabel, persentasenya sering tidak dihitung ulang. Targetnya adalah "
        "target Perjanjian Kinerja (berkas target), realisasinya yang ditunjukkan buktinya atau yang "
        "dicetak sama di mana-mana; jika realisasi dicetak berbeda tanpa bukti, capaian harus cocok dengan "
        "salah satu bacaan dan tidak ada yang dipilih. Pembulatan capaian yang dicetak dihormati (38% cocok "
        "untuk 37,87%), tetapi target tidak dibulatkan: target 80 tepat 80.",
        "en": "Capaian is computed from target and realisasi by the IKU's formula (e.g. realisasi / target × 100). "
        "After a figure is edited in one table its percentage is often not recomputed. The target is the "
        "Perjanjian Kinerja's (the targets file), the realisasi the one its evidence gives or that is printed "
        "alike everywhere; where the realisasi is printed differently without evidence, the capaian must fit "
        "one of the readings and none is chosen. The printed capaian's rounding is respected (38% fits "
        "37.87%), but a target is not rounded: a target of 80 is exactly 80.",
    },
    bad="IKU6: {target: 80, realisasi: 76,00, capaian: 95,40%}   # 76,00 / 80 × 100 = 95,00",
    good="IKU1: {target: 375, realisasi: 142, capaian: 38%}   # 142 / 375 × 100 = 37,87",
)


def run(ctx: Context) -> Iterator[Finding]:
    readings: dict[str, tuple[Msg | str, Msg]] = {}  # per IKU: the same for all its mentions
    for iku, m, e in capaian_mentions(ctx):
        printed = m.cell
        c = printed.interval()
        if c is None:
            if not printed.reported and e.value is not None and e.target and e.realisasi:
                yield ctx.finding(
                    META,
                    "lkj101.blank",
                    printed,
                    iku.ref,
                    severity="warning",
                    iku=iku.label,
                    printed=Printed(printed.text),
                    computed=e.value,
                    expected=e.value.mid,
                    expected_interval=e.value,
                    explanation=explain(iku, e.target, e.realisasi, e.value),
                )
            continue
        actual = printed.number.value if printed.number else None
        if e.value is not None and e.target is not None and e.realisasi is not None:
            if e.value.overlaps(c):
                continue
            yield ctx.finding(
                META,
                "lkj101",
                printed,
                iku.ref,
                printed=Printed(printed.text),
                reported=c,
                computed=e.value,
                realisasi=operand_arg(e.realisasi),
                target=operand_arg(e.target),
                iku=iku.label,
                expected=e.value.mid,
                actual=actual,
                expected_interval=e.value,
                actual_interval=c,
                explanation=explain(iku, e.target, e.realisasi, e.value),
            )
        elif e.candidates:
            fits = [r for r, _, _ in e.candidates if isinstance(r, Interval) and r.overlaps(c)]
            if fits or not any(isinstance(r, Interval) for r, _, _ in e.candidates):
                continue  # it follows from one reading (LKJ304 asks which); or none is defined (LKJ102)
            if iku.id not in readings:
                readings[iku.id] = kinds_arg(e) if e.kinds else candidates_arg(e)
            target, candidates = readings[iku.id]
            yield ctx.finding(
                META,
                "lkj101.kinds" if e.kinds else "lkj101.candidates",
                printed,
                iku.ref,
                printed=Printed(printed.text),
                reported=c,
                iku=iku.label,
                target=target,
                candidates=candidates,
                actual=actual,
                actual_interval=c,
            )
