"""LKJ502 unreadable-value: a value that should be a number or date but cannot be read."""

from __future__ import annotations

from collections.abc import Iterator

from lkjip_tui.checks.base import Context, RuleMeta
from lkjip_tui.model.findings import Finding
from lkjip_tui.values import dates, limits
from lkjip_tui.values.msg import Msg, Printed
from lkjip_tui.values.numbers import Invalid

META = RuleMeta(
    code="LKJ502",
    name="unreadable-value",
    severity="error",
    summary={
        "id": "Nilai yang seharusnya angka, tanggal atau nama hari tidak dapat dibaca.",
        "en": "A value that should be a number, date or weekday cannot be read.",
    },
    rationale={
        "id": "Angka seperti '1.23.4' atau tanggal '31 Juni 2023' bukan salah ketik kecil: pembaca tidak tahu "
        "nilai yang dimaksud, dan pemeriksaan lain tidak dapat memakainya.",
        "en": "A number like '1.23.4' or a date '31 Juni 2023' is not a small typo: a reader cannot tell the "
        "value meant, and other checks cannot use it.",
    },
    bad='{tanggal: 31 Juni 2023, pagu: "1.23.4"}',
    good='{tanggal: 30 Juni 2023, pagu: "1.234"}',
)


# What `num.bounds` says the bounds are.
_BOUNDS = {
    "digits": limits.MAX_DIGITS,
    "decimals": limits.MAX_DECIMALS,
    "exponent": limits.MAX_MAGNITUDE_EXPONENT,
}


def run(ctx: Context) -> Iterator[Finding]:
    for cell in ctx.cells():
        if isinstance(cell.parsed, Invalid):
            yield ctx.finding(
                META,
                "lkj502.number",
                cell,
                "",
                printed=Printed(cell.text),
                reason=Msg(f"num.{cell.parsed.reason}", _BOUNDS),
            )
        elif cell.kind in ("date", "weekday") and cell.text.strip():
            try:
                if cell.kind == "date":
                    dates.parse_date(cell.text)
                else:
                    dates.parse_weekday(cell.text)
            except dates.DateError:
                yield ctx.finding(META, f"lkj502.{cell.kind}", cell, "", printed=Printed(cell.text))
