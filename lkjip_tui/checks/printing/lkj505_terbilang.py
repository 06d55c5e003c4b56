"""LKJ505 terbilang-mismatch: a number in words that is not the number in figures."""

from __future__ import annotations

from collections.abc import Iterator

from lkjip_tui.checks.base import Context, RuleMeta
from lkjip_tui.model.findings import Finding
from lkjip_tui.values.msg import Msg, Printed
from lkjip_tui.values.terbilang import LIMIT, TerbilangError, in_words, parse_terbilang, tokens

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
            if abs(figure) >= LIMIT:
                yield ctx.finding(
                    META,
                    "lkj505.too_large",
                    m.words,
                    "",
                    severity="info",
                    printed=Printed(m.words.text),
                    value=Printed(m.cell.text),
                    field=m.fact,
                )
                continue
            try:
                words = parse_terbilang(m.words.text)
            except TerbilangError as e:
                yield ctx.finding(
                    META,
                    "lkj505.malformed",
                    m.words,
                    "",
                    printed=Printed(m.words.text),
                    word=_word_at(m.words.text, e.word_index),
                    value=Printed(m.cell.text),
                    field=m.fact,
                )
                continue
            if words.value != abs(figure) and words.value != figure:
                yield ctx.finding(
                    META,
                    "lkj505",
                    m.words,
                    "",
                    printed=Printed(m.words.text),
                    value=Printed(m.cell.text),
                    words_value=words.value,
                    expected_words=Printed(in_words(figure, m.cell.number.percent, m.cell.number.currency)),
                    expected=figure,
                    actual=words.value,
                    field=m.fact,
                )


def _word_at(text: str, index: int) -> Printed | Msg:
    words = tokens(text)
    return Printed(words[index]) if 0 <= index < len(words) else Msg("terbilang.incomplete")
