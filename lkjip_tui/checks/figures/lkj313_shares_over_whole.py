"""LKJ313 shares-over-whole: the shares of one whole a sentence lists add up to more than 100%."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from lkjip_tui.checks.base import Context, RuleMeta
from lkjip_tui.checks.narrative._sentences import sentences
from lkjip_tui.model.findings import Finding
from lkjip_tui.values.interval import Interval
from lkjip_tui.values.msg import Msg, Printed
from lkjip_tui.values.numbers import Number, parse_number

META = RuleMeta(
    code="LKJ313",
    name="shares-over-whole",
    severity="warning",
    summary={
        "id": "Bagian-bagian dari satu keseluruhan yang disebut dalam persen berjumlah lebih dari 100%.",
        "en": "The shares of one whole a sentence gives in percent add up to more than 100%.",
    },
    rationale={
        "id": "'Penduduk berjumlah 15.920.227 jiwa: usia produktif 67,17%, usia 0-14 tahun 23,91% dan di atas 64 "
        "tahun 9,03%' membagi satu keseluruhan; bagian-bagiannya tidak dapat melebihi 100%, pembulatan tiap "
        "persentase diperhitungkan. Jumlah di bawah 100% tidak dilaporkan: daftarnya mungkin tidak lengkap.",
        "en": "'A population of 15,920,227: working age 67.17%, aged 0-14 23.91% and over 64 9.03%' divides one "
        "whole; its shares cannot exceed 100%, each percentage's rounding allowed. A sum below 100% is not "
        "reported: the list may be incomplete.",
    },
    bad="berjumlah 15.920.227 jiwa: usia produktif 67,17%, usia 0-14 th 23,91% dan usia di atas 64 th 9,03%",
    good="berjumlah 15.920.227 jiwa: usia produktif 67,17%, usia 0-14 th 23,91% dan usia di atas 64 th 8,92%",
)

# A whole ("berjumlah 15.920.227 jiwa") and the list of its shares after it (":", "terdiri atas", "yaitu").
_WHOLE = re.compile(
    r"\b(?:berjumlah|sejumlah|sebanyak|total(?:nya)?|seluruhnya)\s+\d+(?:\.\d{3})*(?:,\d+)?\s+[^\W\d]+"
    r"\s*(?::|,?\s*(?:yang\s+)?(?:terdiri\s+(?:atas|dari)|yaitu|meliputi)\b)",
    re.I,
)
_SHARE = re.compile(r"(?<![\d.,])(\d+(?:,\d+)?)\s*%")
_END = re.compile(r"\.(?=\s+[A-Z(])|\.\s*$|;|\n")
_HUNDRED = Decimal(100)


def run(ctx: Context) -> Iterator[Finding]:
    for p in sentences(ctx):
        for m in _WHOLE.finditer(p.text):
            end = _END.search(p.text, m.end())
            shares = list(_SHARE.finditer(p.text, m.end(), end.start() if end else len(p.text)))
            values = [parse_number(s.group(1)) for s in shares]
            if len(shares) < 2 or not all(isinstance(v, Number) for v in values):
                continue
            ivs = [v.interval(exact=False) for v in values if isinstance(v, Number)]
            total = Interval(sum((iv.lo for iv in ivs), Decimal(0)), sum((iv.hi for iv in ivs), Decimal(0)))
            if total.lo <= _HUNDRED:
                continue
            yield ctx.finding(
                META,
                "lkj313",
                p.at,
                "",
                place=p.place(shares[0].start(), shares[-1].end()),
                shares=Msg("seq", {"items": [Printed(s.group()) for s in shares]}),
                total=total,
            )
