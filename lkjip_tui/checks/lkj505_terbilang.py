"""LKJ505 terbilang-mismatch: a number in words that is not the number in figures."""

from __future__ import annotations

from collections.abc import Iterator

from lkjip_tui.checks import Context, RuleMeta
from lkjip_tui.findings import Finding, Printed
from lkjip_tui.terbilang import TerbilangError, parse_terbilang, to_terbilang

META = RuleMeta(
    code="LKJ505",
    name="terbilang-mismatch",
    severity="error",
    summary={
        "id": "Angka yang ditulis dengan huruf (terbilang) tidak sama dengan angkanya.",
        "en": "A number written in words (terbilang) is not the number in figures.",
    },
    rationale={
        "id": "Terbilang ditulis ulang dengan tangan setiap kali angka berubah, dan kata seperti 'ribu' atau 'juta' "
        "mudah terlewat. Untuk jumlah uang, terbilang sering dianggap yang mengikat.",
        "en": "Terbilang is retyped by hand each time the figure changes, and words such as 'ribu' or 'juta' "
        "are easily dropped. For amounts of money the words are often taken as binding.",
    },
    bad='{value: "Rp 4.357.162.000,-", words: "empat milyar tiga ratus lima puluh tujuh juta seratus enam puluh dua rupiah"}',
    good='{value: "Rp 4.357.162.000,-", words: "empat miliar tiga ratus lima puluh tujuh juta seratus enam puluh dua ribu rupiah"}',
)


def run(ctx: Context) -> Iterator[Finding]:
    for mentions in ctx.report.mentions.values():
        for m in mentions:
            if m.words is None or m.cell.number is None:
                continue
            figure = m.cell.number.value
            try:
                words = parse_terbilang(m.words.text)
            except TerbilangError as e:
                yield ctx.finding(
                    META,
                    "lkj505.malformed",
                    m.words,
                    "",
                    printed=Printed(m.words.text),
                    reason=e.reason,
                    value=Printed(m.cell.text),
                    field=m.fact,
                )
                continue
            if words.value != abs(figure) and words.value != figure:
                expected_words = to_terbilang(int(figure)) if figure == figure.to_integral_value() else ""
                yield ctx.finding(
                    META,
                    "lkj505",
                    m.words,
                    "",
                    printed=Printed(m.words.text),
                    value=Printed(m.cell.text),
                    words_value=words.value,
                    expected_words=Printed(expected_words) if expected_words else "",
                    expected=figure,
                    actual=words.value,
                    field=m.fact,
                )
