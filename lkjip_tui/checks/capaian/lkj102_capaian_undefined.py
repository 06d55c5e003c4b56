"""LKJ102 capaian-undefined: a capaian printed as a number where none exists (0/0, target 0)."""

from __future__ import annotations

from collections.abc import Iterator

from lkjip_tui.checks._iku import iku_rows
from lkjip_tui.checks.base import Context, RuleMeta
from lkjip_tui.model.capaian import NotDefined, capaian, formula_text, target_interval
from lkjip_tui.model.findings import Finding
from lkjip_tui.model.rules import Iku
from lkjip_tui.values.msg import Printed

META = RuleMeta(
    code="LKJ102",
    name="capaian-undefined",
    severity="error",
    summary={
        "id": "Capaian dicetak sebagai angka padahal tidak dapat dihitung (target 0, 0/0, realisasi tidak ada).",
        "en": "A capaian is printed as a number although it cannot be computed (target 0, 0/0, no realisasi).",
    },
    rationale={
        "id": "Dengan target 0, realisasi / target tidak terdefinisi; mencetak 0 atau 100 menyembunyikan hal itu "
        "dan membuat rekap salah. Kebijakan target nol tiap IKU (zero_target) menentukan apa yang berlaku; "
        "tanpa kebijakan, capaian harus dicetak '-' dengan penjelasan.",
        "en": "With a target of 0, realisasi / target is undefined; printing 0 or 100 hides that and skews "
        "roll-ups. Each IKU's zero_target policy says what applies; without one, capaian should be printed "
        "'-' with a note.",
    },
    bad="IKU3: {target: 0, realisasi: 0, capaian: 0}      # 0 / 0",
    good='IKU3: {target: 0, realisasi: 0, capaian: "-"}    # with a note in the narrative',
)


def run(ctx: Context) -> Iterator[Finding]:
    for _table, _row, iku, (target, realisasi, printed) in iku_rows(ctx, ("target", "realisasi", "capaian")):
        if printed.interval() is None:
            continue
        t, r = target_interval(target), realisasi.interval()
        if t is None:
            continue
        if r is None:
            if not realisasi.reported:
                yield ctx.finding(
                    META,
                    "lkj102.no_realisasi",
                    printed,
                    iku.ref,
                    printed=Printed(printed.text),
                    iku=iku.id,
                    realisasi=Printed(realisasi.text or "(kosong)"),
                    explanation=_explain(iku, target.text, realisasi.text or "–"),
                )
            continue
        try:
            capaian(iku, t, r)
        except NotDefined as e:
            yield ctx.finding(
                META,
                f"lkj102.{e.reason}",
                printed,
                iku.ref,
                printed=Printed(printed.text),
                iku=iku.id,
                target=Printed(target.text),
                realisasi=Printed(realisasi.text),
                actual=printed.number.value if printed.number else None,
                explanation=_explain(iku, target.text, realisasi.text),
            )


def _explain(iku: Iku, target: str, realisasi: str) -> list[str]:
    return ["capaian = ", formula_text(iku), " = ", formula_text(iku, target, realisasi)]
