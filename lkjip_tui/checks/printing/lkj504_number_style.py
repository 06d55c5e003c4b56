"""LKJ504 number-style: a number printed the English way (75.79, 4,357,162,000)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from lkjip_tui.checks.base import Context, RuleMeta
from lkjip_tui.checks.narrative._sentences import sentences
from lkjip_tui.model.findings import Finding
from lkjip_tui.values.msg import Printed
from lkjip_tui.values.numbers import EN, Number, Range, format_decimal

META = RuleMeta(
    code="LKJ504",
    name="number-style",
    severity="warning",
    summary={
        "id": "Angka ditulis dengan gaya Inggris (titik desimal atau koma ribuan) di laporan berbahasa Indonesia.",
        "en": "A number is written the English way (decimal point or comma thousands) in an Indonesian report.",
    },
    rationale={
        "id": "Bahasa Indonesia memakai koma sebagai tanda desimal dan titik sebagai pemisah ribuan (PUEBI). "
        "Mencampur kedua gaya membuat angka seperti 1.560 bermakna ganda dan menyulitkan pembaca.",
        "en": "Indonesian uses a comma as the decimal mark and a dot to group thousands (PUEBI). Mixing both "
        "styles makes numbers like 1.560 ambiguous and hinders readers.",
    },
    bad='realisasi: "75.79"; pagu: "Rp. 4,357,162,000,-"',
    good='realisasi: "75,79"; pagu: "Rp4.357.162.000,-"',
)


# In a sentence: a percentage with a decimal point ("23.03%"); one or two digits after the
# point cannot be a group of thousands, so it is English style whatever the sentence is.
_SENTENCE_PERCENT = re.compile(r"(?<![\d.,])(\d+)\.(\d{1,2})\s?%")


def run(ctx: Context) -> Iterator[Finding]:
    for cell in ctx.parsed_cells():
        parsed = cell.parsed
        numbers = [parsed.low, parsed.high] if isinstance(parsed, Range) else [parsed]
        if not any(isinstance(n, Number) and n.style == EN for n in numbers):
            continue
        shown = " - ".join(_indonesian(n) for n in numbers if isinstance(n, Number))
        yield ctx.finding(META, "lkj504", cell, "", printed=Printed(cell.text), suggestion=Printed(shown))
    # Figures the draft mapping made facts of are cells, reported above.
    facts = {
        (m.source_line, "".join(m.cell.text.split()))
        for ms in ctx.report.mentions.values()
        for m in ms
        if m.source_line is not None
    }
    for p in sentences(ctx):
        for m in _SENTENCE_PERCENT.finditer(p.text):
            line, _ = p.line_at(m.start())
            figure = "".join(m.group().split())
            if any(f_line == line and figure in text for f_line, text in facts):
                continue
            value = Decimal(f"{m.group(1)}.{m.group(2)}")
            shown = format_decimal(value, "id", len(m.group(2))) + "%"
            yield ctx.finding(
                META,
                "lkj504",
                p.at,
                "",
                place=p.place(m.start(), m.end()),
                printed=Printed(m.group()),
                suggestion=Printed(shown),
            )


def _indonesian(n: Number) -> str:
    styled = format_decimal(n.value, "id", n.decimals)
    return (
        ("Rp" if n.currency else "") + styled + ("%" if n.percent else "") + (f" {n.unit}" if n.unit else "")
    )
