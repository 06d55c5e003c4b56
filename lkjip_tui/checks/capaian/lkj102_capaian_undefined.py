"""LKJ102 capaian-undefined: a capaian printed as a number where none exists or none can be computed."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from lkjip_tui.checks.base import Context, RuleMeta
from lkjip_tui.checks.capaian._capaian import capaian_mentions, explain, operand_arg
from lkjip_tui.model.findings import Finding
from lkjip_tui.values.interval import Interval
from lkjip_tui.values.msg import Msg, Printed

META = RuleMeta(
    code="LKJ102",
    name="capaian-undefined",
    severity="error",
    summary={
        "id": "Capaian dicetak sebagai angka padahal tidak dapat dihitung (target 0, 0/0, realisasi tidak "
        "terdefinisi, target atau realisasi tidak ada).",
        "en": "A capaian is printed as a number although it cannot be computed (target 0, 0/0, an undefined "
        "realisasi, no target or no realisasi).",
    },
    rationale={
        "id": "Dengan target 0, realisasi / target tidak terdefinisi; mencetak 0 atau 100 menyembunyikan hal itu "
        "dan membuat rekap salah. Kebijakan target nol tiap IKU (zero_target) menentukan apa yang berlaku; "
        "tanpa kebijakan, capaian harus dicetak '-' dengan penjelasan. Begitu pula jika realisasinya sendiri "
        "tidak terdefinisi (laju penurunan dengan pembanding 0), atau jika target atau realisasinya tidak "
        "dicetak di mana pun dan tidak ditetapkan.",
        "en": "With a target of 0, realisasi / target is undefined; printing 0 or 100 hides that and skews "
        "roll-ups. Each IKU's zero_target policy says what applies; without one, capaian should be printed "
        "'-' with a note. So too when the realisasi itself is undefined (a reduction rate against 0), or when "
        "its target or realisasi is printed nowhere and not declared.",
    },
    bad="IKU3: {target: 0, realisasi: 0, capaian: 0}      # 0 / 0",
    good='IKU3: {target: 0, realisasi: 0, capaian: "-"}    # with a note in the narrative',
)


def run(ctx: Context) -> Iterator[Finding]:
    for iku, m, e in capaian_mentions(ctx):
        printed = m.cell
        if printed.interval() is None:
            continue
        reason = e.reason
        if not reason and e.candidates and not any(isinstance(r, Interval) for r, _, _ in e.candidates):
            reason = str(e.candidates[0][0])  # undefined under every reading
        if not reason or reason == "unreadable":
            continue  # a value, readings to compare with (LKJ101), or an input LKJ501/LKJ502 reports
        args: dict[str, Any] = {"printed": Printed(printed.text), "iku": iku.label}
        explanation: list[Any] | None = None
        target, realisasi = e.target, e.realisasi
        if target is None and e.candidates:
            _, target, realisasi = e.candidates[0]
        if target is not None and realisasi is not None:
            args.update(target=operand_arg(target), realisasi=operand_arg(realisasi))
            explanation = explain(iku, target, realisasi, None)
        if reason == "realisasi_undefined":
            why = ctx.facts.verdict(f"{iku.id}.realisasi").reason
            args["why"] = Msg(f"reason.{why}")
        yield ctx.finding(
            META,
            f"lkj102.{reason}",
            printed,
            iku.ref,
            actual=printed.number.value if printed.number else None,
            explanation=explanation,
            **args,
        )
