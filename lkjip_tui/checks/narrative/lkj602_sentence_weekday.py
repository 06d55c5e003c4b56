"""LKJ602 sentence-weekday: a weekday named with a date in a sentence that is not its weekday."""

from __future__ import annotations

from collections.abc import Iterator

from lkjip_tui.checks.base import Context, RuleMeta
from lkjip_tui.checks.narrative._sentences import sentences
from lkjip_tui.model.findings import Finding
from lkjip_tui.values import dates, prose
from lkjip_tui.values.msg import Msg, Printed

META = RuleMeta(
    code="LKJ602",
    name="sentence-weekday",
    severity="error",
    summary={
        "id": "Nama hari di kalimat tidak sesuai tanggalnya (mis. 'Selasa, 12 Juni 2023' — hari Senin).",
        "en": "A weekday named with a date in a sentence is not that date's weekday.",
    },
    rationale={
        "id": "Hari dan tanggal kegiatan diketik dengan tangan; salah satunya sering salah. Keduanya tidak "
        "mungkin benar sekaligus, jadi kalimat harus diperiksa.",
        "en": "The day and the date of an event are typed by hand and one of them is often wrong. They cannot "
        "both be right, so the sentence must be checked.",
    },
    bad="pada hari Selasa 12 Juni 2023",
    good="pada hari Senin 12 Juni 2023",
)


def run(ctx: Context) -> Iterator[Finding]:
    for p in sentences(ctx):
        for day, weekday in prose.dates(p.text):
            if weekday is None:
                continue
            try:
                date = dates.parse_date(day.text)
                named = dates.parse_weekday(weekday.text)
            except dates.DateError:
                continue  # not a date that exists: nothing to compare
            if date.weekday() != named:
                yield ctx.finding(
                    META,
                    "lkj602",
                    p.at,
                    "",
                    place=p.place(weekday.start, day.end),
                    printed=Printed(weekday.text),
                    date=dates.format_date(date),
                    actual_day=Msg("weekday", {"index": date.weekday()}),
                    expected=dates.weekday_name(date.weekday()),
                    actual=weekday.text,
                )
