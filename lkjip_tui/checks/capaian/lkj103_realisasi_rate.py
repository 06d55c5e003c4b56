"""LKJ103 realisasi-rate: a reduction-rate realisasi that does not follow from the two periods' counts."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from lkjip_tui.checks.base import Context, RuleMeta
from lkjip_tui.formula import Missing, Num
from lkjip_tui.model.findings import Finding
from lkjip_tui.model.wording import in_words
from lkjip_tui.values.interval import Interval
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
        if not ctx.report.measures(iku.measured_in):
            continue  # LKJ104
        mentions = ctx.facts.mentions(f"{iku.id}.realisasi")
        if not mentions:
            continue
        verdict = ctx.facts.verdict(f"{iku.id}.realisasi")
        formula = in_words(
            f"({iku.previous.text} − {iku.current.text}) / {iku.previous.text} × 100", ctx.report, ctx.rs
        )
        if verdict.reason == "unavailable":
            missing = verdict.missing.what if isinstance(verdict.missing, Missing) else "?"
            yield ctx.finding(
                META,
                "lkj103.unavailable",
                mentions[0].cell,
                iku.ref,
                severity="info",
                iku=iku.label,
                missing=missing,
            )
            continue
        prev, cur = iku.previous(env), iku.current(env)
        assert isinstance(prev, Num) and isinstance(cur, Num)  # else the verdict is unavailable
        p_text, c_text = _text(prev), _text(cur)
        substituted = ["(", p_text, " − ", c_text, ") / ", p_text, " × 100"]
        rate = verdict.value
        for m in mentions:
            iv = m.cell.interval()
            actual = m.cell.number.value if m.cell.number else None
            common: dict[str, Any] = {"printed": Printed(m.cell.text), "iku": iku.label}
            if not isinstance(rate, Interval):
                if iv is not None:
                    yield ctx.finding(
                        META,
                        f"lkj103.{verdict.reason}",
                        m.cell,
                        iku.ref,
                        previous=Printed(p_text),
                        current=Printed(c_text),
                        actual=actual,
                        explanation=["realisasi = ", formula, " = ", *substituted],
                        **common,
                    )
                continue
            explanation = ["realisasi = ", formula, " = ", *substituted, " = ", rate]
            if iv is None:
                if not m.cell.reported:
                    yield ctx.finding(
                        META,
                        "lkj103.blank",
                        m.cell,
                        iku.ref,
                        computed=rate,
                        expected=rate.mid,
                        expected_interval=rate,
                        explanation=explanation,
                        **common,
                    )
                continue
            if not iv.overlaps(rate):
                yield ctx.finding(
                    META,
                    "lkj103",
                    m.cell,
                    iku.ref,
                    computed=rate,
                    reported=iv,
                    expected=rate.mid,
                    actual=actual,
                    expected_interval=rate,
                    actual_interval=iv,
                    explanation=explanation,
                    **common,
                )


def _text(v: Num) -> str:
    return v.cells[0].text if len(v.cells) == 1 else str(v.iv.mid)
