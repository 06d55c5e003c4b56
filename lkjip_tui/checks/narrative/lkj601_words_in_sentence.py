"""LKJ601 words-in-sentence: a figure and its words in parentheses that do not agree."""

from __future__ import annotations

from collections.abc import Iterator

from lkjip_tui.checks.base import Context, RuleMeta
from lkjip_tui.checks.narrative._sentences import sentences, stated
from lkjip_tui.model.findings import Finding
from lkjip_tui.values import prose
from lkjip_tui.values.msg import Msg, Printed
from lkjip_tui.values.numbers import Number, parse_number
from lkjip_tui.values.terbilang import TerbilangError, in_words, parse_terbilang, tokens

META = RuleMeta(
    code="LKJ601",
    name="words-in-sentence",
    severity="error",
    summary={
        "id": "Angka di kalimat dan terbilangnya dalam kurung tidak sama, atau terbilangnya tidak tersusun benar.",
        "en": "A figure in a sentence and its words in parentheses disagree, or the words are not a number.",
    },
    rationale={
        "id": "Setiap 'angka (terbilang)' di narasi diketik dua kali; saat angka diubah, terbilangnya sering "
        "tertinggal. Fakta yang dipetakan diperiksa LKJ505; aturan ini memeriksa semua pasangan lain.",
        "en": "Every 'figure (words)' in the narrative is typed twice; when the figure changes the words are "
        "often left behind. Mapped facts are checked by LKJ505; this rule checks every other pair.",
    },
    bad="selama 3 (empat) bulan tahun berjalan",
    good="selama 3 (tiga) bulan tahun berjalan",
)


def run(ctx: Context) -> Iterator[Finding]:
    declared = stated(ctx, "words")
    for p in sentences(ctx):
        for figure, words in prose.worded(p.text):
            line, _ = p.line_at(words.start)
            if (line, words.text.lower()) in declared:
                continue  # a fact's words: LKJ505
            number = parse_number(figure.text)
            if not isinstance(number, Number):
                continue
            place = p.place(figure.start, words.end + 1)
            try:
                value = parse_terbilang(words.text)
            except TerbilangError as e:
                word = (
                    tokens(words.text)[e.word_index] if 0 <= e.word_index < len(tokens(words.text)) else None
                )
                yield ctx.finding(
                    META,
                    "lkj601.malformed",
                    p.at,
                    "",
                    place=place,
                    printed=Printed(words.text),
                    value=Printed(figure.text),
                    word=Printed(word) if word else Msg("terbilang.incomplete"),
                )
                continue
            if value.value not in (number.value, abs(number.value)):
                yield ctx.finding(
                    META,
                    "lkj601",
                    p.at,
                    "",
                    place=place,
                    printed=Printed(words.text),
                    value=Printed(figure.text),
                    words_value=value.value,
                    expected_words=Printed(in_words(number.value, number.percent, number.currency)),
                    expected=number.value,
                    actual=value.value,
                )
