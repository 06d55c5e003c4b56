"""LKJ402 weekday-mismatch: a weekday name that is not the weekday of its date."""

from __future__ import annotations

from collections.abc import Iterator

from lkjip_tui.checks.base import Context, RuleMeta
from lkjip_tui.model.findings import Finding
from lkjip_tui.values import dates
from lkjip_tui.values.msg import Msg, Printed

META = RuleMeta(
    code="LKJ402",
    name="weekday-mismatch",
    severity="error",
    summary={
        "id": "Nama hari tidak sesuai dengan tanggalnya.",
        "en": "A weekday name does not match its date.",
    },
    rationale={
        "id": "'Selasa, 12 Juni 2023' tidak mungkin benar: 12 Juni 2023 hari Senin. Salah satunya keliru, dan "
        "pembaca tidak tahu yang mana.",
        "en": "'Selasa, 12 Juni 2023' cannot be right: 12 June 2023 was a Monday. One of the two is wrong, "
        "and the reader cannot tell which.",
    },
    bad="{hari: Selasa, tanggal: 12 Juni 2023}",
    good="{hari: Senin, tanggal: 12 Juni 2023}",
    consumes="dates",
)


def run(ctx: Context) -> Iterator[Finding]:
    for check in ctx.checks("dates"):
        wcol = check.params.get("weekday")
        if wcol is None:
            continue
        for table in ctx.report.tables_of(check.params["table"]):
            for row in table.rows.values():
                dcell, wcell = row.cells.get(check.params["date"]), row.cells.get(wcol)
                if dcell is None or wcell is None or not wcell.text.strip():
                    continue
                try:
                    day = dates.parse_date(dcell.text)
                    named = dates.parse_weekday(wcell.text)
                except dates.DateError:
                    continue  # LKJ502
                if day.weekday() != named:
                    yield ctx.finding(
                        META,
                        "lkj402",
                        wcell,
                        check.ref,
                        printed=Printed(wcell.text),
                        date=Printed(dcell.text),
                        actual_day=Msg("weekday", {"index": day.weekday()}),
                        expected=dates.weekday_name(day.weekday()),
                        actual=wcell.text,
                    )
