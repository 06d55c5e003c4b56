"""LKJ311 rate-of-counts: a rate per 1.000 or 100.000 printed with the counts it comes from
("186/100.000 KH (10 kasus dari 5.350 kelahiran hidup)") that they do not give."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import ROUND_DOWN, Decimal

from lkjip_tui.checks.base import Context, RuleMeta
from lkjip_tui.checks.narrative._sentences import sentences
from lkjip_tui.model.findings import Finding
from lkjip_tui.values.interval import Interval
from lkjip_tui.values.msg import Printed
from lkjip_tui.values.numbers import Number, parse_number

META = RuleMeta(
    code="LKJ311",
    name="rate-of-counts",
    severity="error",
    summary={
        "id": "Angka per 1.000 atau per 100.000 yang dicetak bersama kasus dan jumlah asalnya tidak sesuai "
        "dengan keduanya.",
        "en": "A rate per 1,000 or per 100,000 printed with the counts it comes from does not follow from them.",
    },
    rationale={
        "id": "'AKI 186/100.000 KH (10 kasus dari 5.350 kelahiran hidup)' menyatakan 10 / 5.350 × 100.000 = 186. "
        "Kasus dan jumlahnya dihitung persis; angka yang dicetak boleh dibulatkan. Angka yang hanya cocok bila "
        "dipotong (bukan dibulatkan) diberi peringatan, selain itu galat.",
        "en": "'AKI 186/100.000 KH (10 cases out of 5,350 live births)' states 10 / 5,350 × 100,000 = 186. "
        "The counts are exact; the printed rate may be rounded. A rate that fits only when cut off (not "
        "rounded) is a warning, any other mismatch an error.",
    },
    bad="186/100.000 KH (10 kasus dari 5.350 Kelahiran Hidup)",
    good="187/100.000 KH (10 kasus dari 5.350 Kelahiran Hidup)",
)

_NUM = r"\d+(?:\.\d{3})*(?:,\d+)?"
_COUNT = r"\d+(?:\.\d{3})*"
_RATE = re.compile(
    # A rate starts where a number starts: not inside a run of digits (linear on long runs).
    rf"(?<![\d.,])(?P<rate>{_NUM})\s*(?:/|per)\s*(?P<per>1\.000|10\.000|100\.000|1000|100000)\b[^()]{{0,40}}?"
    rf"\(\s*(?P<n>{_COUNT})\s+[^()\d]{{0,20}}?\b(?:dari|di antara|per)\s+(?P<d>{_COUNT})\b",
    re.I,
)


def run(ctx: Context) -> Iterator[Finding]:
    for p in sentences(ctx):
        for m in _RATE.finditer(p.text):
            rate = parse_number(m["rate"])
            n, d, per = (_count(m[g]) for g in ("n", "d", "per"))
            if not isinstance(rate, Number) or d == 0 or n > d:
                continue
            exact = n / d * per
            printed = rate.interval(exact=False)
            if printed.contains(exact):
                continue
            step = Decimal(1).scaleb(-rate.decimals)
            cut = exact.quantize(step, rounding=ROUND_DOWN) == rate.value
            yield ctx.finding(
                META,
                "lkj311.cut" if cut else "lkj311",
                p.at,
                "",
                severity="warning" if cut else None,
                place=p.place(m.start(), m.end()),
                printed=Printed(m["rate"]),
                per=Printed(m["per"]),
                cases=Printed(m["n"]),
                total=Printed(m["d"]),
                computed=Interval.point(exact.quantize(Decimal("0.01"))),
                expected=exact,
                actual=rate.value,
            )


def _count(text: str) -> Decimal:
    return Decimal(text.replace(".", ""))
