"""LKJ103 realisasi-rate: a reduction-rate realisasi that does not follow from the two periods' counts."""

from __future__ import annotations

from collections.abc import Iterator

from lkjip_tui.checks.base import Context, RuleMeta
from lkjip_tui.formula import Num
from lkjip_tui.model.capaian import NotDefined, reduction_rate
from lkjip_tui.model.findings import Finding
from lkjip_tui.values.msg import Printed

META = RuleMeta(
    code="LKJ103",
    name="realisasi-rate",
    severity="error",
    summary={
        "id": "Realisasi IKU penurunan tidak sesuai dengan jumlah periode lalu dan sekarang, atau tidak terdefinisi.",
        "en": "A reduction IKU's realisasi does not follow from the previous and current counts, or is undefined.",
    },
    rationale={
        "id": "Untuk IKU 'penurunan', realisasi adalah (lalu − sekarang) / lalu × 100. Jika jumlah periode lalu 0, "
        "laju penurunan tidak terdefinisi: mencetak angka (mis. −3%) berarti membagi dengan sesuatu yang lain.",
        "en": "For a 'reduction' IKU the realisasi is (previous − current) / previous × 100. When the previous "
        "count is 0 the rate is undefined: printing a number (e.g. −3%) means dividing by something else.",
    },
    bad="previous 0, current 3, realisasi printed -3     # (0 − 3) / 0 is undefined",
    good="previous 4, current 3, realisasi printed 25%    # (4 − 3) / 4 × 100",
)


def run(ctx: Context) -> Iterator[Finding]:
    env = ctx.env()
    for iku in ctx.rs.iku.values():
        if iku.formula != "reduction" or iku.previous is None or iku.current is None:
            continue
        mentions = [
            m for m in ctx.report.mentions.get(f"{iku.id}.realisasi", []) if m.cell.interval() is not None
        ]
        if not mentions:
            continue
        prev, cur = iku.previous(env), iku.current(env)
        if not isinstance(prev, Num) or not isinstance(cur, Num):
            continue
        p_text, c_text = _text(prev), _text(cur)
        substituted = ["(", p_text, " − ", c_text, ") / ", p_text, " × 100"]
        formula = f"({iku.previous.text} − {iku.current.text}) / {iku.previous.text} × 100"
        try:
            rate = reduction_rate(prev.iv, cur.iv)
        except NotDefined as e:
            for m in mentions:
                yield ctx.finding(
                    META,
                    f"lkj103.{e.reason}",
                    m.cell,
                    iku.ref,
                    printed=Printed(m.cell.text),
                    iku=iku.id,
                    previous=Printed(p_text),
                    current=Printed(c_text),
                    actual=m.cell.number.value if m.cell.number else None,
                    explanation=["realisasi = ", formula, " = ", *substituted],
                )
            continue
        for m in mentions:
            iv = m.cell.interval()
            if iv is not None and not iv.overlaps(rate):
                yield ctx.finding(
                    META,
                    "lkj103",
                    m.cell,
                    iku.ref,
                    printed=Printed(m.cell.text),
                    iku=iku.id,
                    computed=rate,
                    reported=iv,
                    expected=rate.mid,
                    actual=m.cell.number.value if m.cell.number else None,
                    expected_interval=rate,
                    actual_interval=iv,
                    explanation=["realisasi = ", formula, " = ", *substituted, " = ", rate],
                )


def _text(v: Num) -> str:
    return v.cells[0].text if len(v.cells) == 1 else str(v.iv.mid)
