"""LKJ310 division-in-words: a division written in words ("membagi realisasi … dengan target … dikali
seratus persen") whose stated result is not what it gives."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from lkjip_tui.checks.base import Context, RuleMeta
from lkjip_tui.checks.narrative._sentences import sentences
from lkjip_tui.model.findings import Finding
from lkjip_tui.values.interval import Interval
from lkjip_tui.values.msg import Printed
from lkjip_tui.values.numbers import Ambiguous, Number, parse_number

META = RuleMeta(
    code="LKJ310",
    name="division-in-words",
    severity="error",
    summary={
        "id": "Pembagian yang ditulis dengan kata ('membagi realisasi … dengan target … dikali seratus persen, "
        "hasilnya …') tidak menghasilkan angka yang ditulis.",
        "en": "A division written in words ('dividing the realisasi … by the target … times one hundred percent, "
        "giving …') does not give the result it states.",
    },
    rationale={
        "id": "Laporan menerangkan cara menghitung capaian dengan kalimat. Pembagiannya dihitung ulang dengan "
        "angka seperti tertulis, dengan pembulatannya; jika hasil yang ditulis adalah kebalikannya (target "
        "dibagi realisasi), itu disebut.",
        "en": "Reports explain in a sentence how a capaian is computed. The division is redone with the figures "
        "as written, rounding allowed; where the stated result is the inverse (target divided by realisasi), "
        "that is said.",
    },
    bad="membagi realisasi 0,19% dengan target 0,16% lalu dikali seratus persen, hasilnya 87,10%",
    good="membagi realisasi 0,19% dengan target 0,16% lalu dikali seratus persen, hasilnya 118,75%",
)

# A figure as printed, bounded (no number has more than 24 digits: values/limits.py) so that a
# long run of digits cannot make a search backtrack over it from every start.
_NUM = r"\d{1,24}(?:\.\d{3}){0,8}(?:,\d{1,6})?"
_GAP = r"(?:[^.;:]|[.:](?=\d)){0,60}?"  # words and a parenthesis between the parts, within the sentence
_HUNDRED = r"dikali(?:kan)?\s+(?:dengan\s+)?(?:seratus(?:\s+persen)?|100\s*%?)"
_RESULT = r"[^.;:\d]{0,30}?(?:hasilnya|menghasilkan|sama dengan|adalah|sebesar|=)\s*"
_DIVISIONS = (
    # "membagi realisasi 0,19% (…) dengan target 0,16% (…) lalu dikali seratus persen, hasilnya 87,10 %"
    re.compile(
        rf"\bmembagi\b{_GAP}(?P<a>{_NUM})\s*%?{_GAP}\bdengan\b{_GAP}(?P<b>{_NUM})\s*%?{_GAP}{_HUNDRED}"
        rf"{_RESULT}(?P<c>{_NUM})\s*%",
        re.I,
    ),
    # "realisasi 0,19% dibagi target 0,16% dikali seratus persen = 87,10 %"
    re.compile(
        rf"(?<![\d.,])(?P<a>{_NUM})\s*%?{_GAP}\bdibagi\b(?:\s+dengan)?{_GAP}(?P<b>{_NUM})\s*%?{_GAP}{_HUNDRED}"
        rf"{_RESULT}(?P<c>{_NUM})\s*%",
        re.I,
    ),
)
_HUNDRED_IV = Interval.point(Decimal(100))


def run(ctx: Context) -> Iterator[Finding]:
    for p in sentences(ctx):
        for pattern in _DIVISIONS:
            for m in pattern.finditer(p.text):
                a_all, b_all, c_all = (_readings(m[g]) for g in ("a", "b", "c"))
                quotients = [(a, b, a / b * _HUNDRED_IV) for a in a_all for b in b_all if b.lo > 0]
                if not quotients or not c_all:
                    continue
                if any(q.overlaps(c) for _, _, q in quotients for c in c_all):
                    continue  # a reading of the figures gives what is written
                computed = quotients[0][2]
                c = c_all[0]
                inverse = any(a.lo > 0 and (b / a * _HUNDRED_IV).overlaps(c) for a, b, _ in quotients)
                yield ctx.finding(
                    META,
                    "lkj310.inverse" if inverse else "lkj310",
                    p.at,
                    "",
                    place=p.place(m.start(), m.end()),
                    dividend=Printed(m["a"]),
                    divisor=Printed(m["b"]),
                    printed=Printed(m["c"]),
                    computed=Interval(min(q.lo for *_, q in quotients), max(q.hi for *_, q in quotients)),
                    expected=computed.mid,
                    actual=c.mid,
                    expected_interval=computed,
                    actual_interval=c,
                )


def _readings(text: str) -> list[Interval]:
    """What a written figure can stand for: its rounding, and both readings of "36.743"."""
    n = parse_number(text)
    if isinstance(n, Number):
        return [n.interval(exact=False)]
    if isinstance(n, Ambiguous):
        half = Decimal("0.0005")  # the other reading: three decimals
        return [Interval.point(n.as_thousands), Interval(n.as_decimal - half, n.as_decimal + half)]
    return []
