"""An IKU's course over the quarters, drawn with block characters.

Like the report's own "Grafik" comparisons: one bar per quarter for the
realisasi, a mark where the target stands, and the capaian beside it. A
quarter without a checked data file, or without a realisasi, says so in
place of a bar: an empty bar would read as zero.
"""

from __future__ import annotations

from decimal import Decimal

from lkjip_tui import messages
from lkjip_tui.planning.portfolio import Point, column_label

_EIGHTHS = " ▏▎▍▌▋▊▉"
NO_DATA = "·"  # what fills the bar of a quarter without data


def bar(value: Decimal, scale: Decimal, width: int) -> str:
    """A bar `value / scale` of `width` cells, in eighths of a cell."""
    if scale <= 0 or value <= 0:
        return ""
    eighths = int(min(value / scale, Decimal(1)) * width * 8)
    full, rest = divmod(eighths, 8)
    return "█" * full + (_EIGHTHS[rest] if rest else "")


def lines(points: list[Point], width: int, lang: str) -> list[tuple[str, str, str, bool]]:
    """(label, bar with the target marked, figures, has data) for each quarter."""
    values = [v for p in points for v in (p.realisasi, p.target) if v is not None]
    scale = max(values, default=Decimal(0))
    out = []
    for p in points:
        label = f"{p.year} {column_label(p.quarter)}"
        if not p.present or p.realisasi is None:
            why = "ui.trend.no_file" if not p.present else "ui.trend.no_value"
            out.append((label, NO_DATA * width, messages.text_for(why, lang), False))
            continue
        drawn = list(bar(p.realisasi, scale, width).ljust(width))
        if p.target is not None and scale > 0:
            at = min(int(p.target / scale * width), width - 1)
            drawn[at] = "┃"
        figures = " / ".join(
            messages.number(v, lang) if v is not None else "–" for v in (p.realisasi, p.target)
        )
        if p.capaian is not None:
            figures += f"  {messages.number(p.capaian, lang)}%"
        if p.findings:  # the series rules' findings on this IKU in this report
            figures += "  ⚠ " + ", ".join(dict.fromkeys(f.code for f in p.findings))
        out.append((label, "".join(drawn), figures, True))
    return out
