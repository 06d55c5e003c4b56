"""LKJ312 rate-base: one figure given as a rate per two different bases ("56,23 per 1000 penduduk" and
"56,23 per 100.000 penduduk")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from lkjip_tui.checks.base import Context, RuleMeta
from lkjip_tui.checks.narrative._sentences import sentences
from lkjip_tui.model.document import Paragraph
from lkjip_tui.model.findings import Finding
from lkjip_tui.values.msg import Msg, Printed

META = RuleMeta(
    code="LKJ312",
    name="rate-base",
    severity="warning",
    summary={
        "id": "Angka yang sama disebut per dua bilangan dasar berbeda (per 1.000 dan per 100.000).",
        "en": "The same figure is given as a rate per two different bases (per 1,000 and per 100,000).",
    },
    rationale={
        "id": "Angka kesakitan atau kematian dinyatakan per 1.000 atau per 100.000 penduduk (kelahiran hidup). "
        "Angka desimal yang sama dengan dua dasar berbeda berarti salah satu dasarnya keliru: hasilnya "
        "berbeda seratus kali. Yang pertama disebut, dengan tempat yang lain; mana yang benar tidak dipilih.",
        "en": "Morbidity and mortality rates are given per 1,000 or per 100,000 population (live births). The "
        "same decimal figure with two bases means one base is wrong: a hundredfold difference. The first is "
        "reported, naming the other places; which is right is not chosen.",
    },
    bad="56,23 per 1000 penduduk … realisasi 56,23 per 100.000 penduduk",
    good="56,23 per 100.000 penduduk … realisasi 56,23 per 100.000 penduduk",
)

# A figure with decimals (a whole number is too likely to recur by chance), per a power of ten.
_RATE = re.compile(
    r"(?<![\d.,])(?P<value>\d+,\d+)\s*(?:/|per)\s*(?P<base>1\.000\.000|100\.000|10\.000|1\.000|1000000|100000|10000|1000)\b"
)


def run(ctx: Context) -> Iterator[Finding]:
    seen: dict[str, list[tuple[Paragraph, re.Match[str], int]]] = {}
    for p in sentences(ctx):
        for m in _RATE.finditer(p.text):
            base = int(m["base"].replace(".", ""))
            seen.setdefault(m["value"], []).append((p, m, base))
    for uses in seen.values():
        bases = {b for _, _, b in uses}
        if len(bases) < 2:
            continue
        p, m, base = uses[0]
        others = [(q, n) for q, n, b in uses if b != base]
        yield ctx.finding(
            META,
            "lkj312",
            p.at,
            "",
            place=p.place(m.start(), m.end()),
            printed=Printed(m.group()),
            others=Msg("seq", {"items": [_where(q, n) for q, n in others]}),
        )


def _where(p: Paragraph, m: re.Match[str]) -> Msg:
    where = Msg(f"place.{p.source}", {"line": p.line_at(m.start())[0]})
    return Msg("lkj312.other", {"printed": Printed(m.group()), "where": where})
