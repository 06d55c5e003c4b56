"""Periods as the narrative and captions name them: "Triwulan II tahun 2023", "TW-II 2023",
"Tahun 2022", "2023". Shared by LKJ405 (a figure's period) and LKJ407 (captions and titles)."""

from __future__ import annotations

import re

from lkjip_tui.model.report import Report
from lkjip_tui.values import dates

# A year, as a period's last word.
_YEAR = re.compile(r"\d{4}")
# Periods inside a text: a quarter with or without its year, a year after "tahun", or a
# year (19xx, 20xx) standing alone. A mistyped year after "tahun" or a quarter ("Tahun
# 3023", "Triwulan II 202") is still read as a year, so that it is not taken for the report's.
_IN_TEXT = re.compile(
    r"\b(?:(?:triwulan|tw)[\s.-]*(?:ke[\s.-]*)?(?P<q>IV|I{1,3}|[1-4])\b[\s,]*(?:tahun\s+)?(?P<qy>\d{1,4}\b)?"
    r"|tahun\s+(?P<ty>\d{1,4})|(?P<y>(?:19|20)\d{2}))\b",
    re.IGNORECASE,
)


def parse_period(text: str) -> tuple[int | None, int] | None:
    """(quarter or None, year) of a period written alone; None when it cannot be read."""
    # Words, not a pattern: a lazy quarter before `\s+` is cubic over a run of spaces.
    words = text.split()
    if not words or not _YEAR.fullmatch(words[-1]):
        return None
    year = int(words.pop())
    if words and words[-1].lower() == "tahun":
        words.pop()
    q = None
    if words:
        try:
            q = dates.parse_quarter(" ".join(words))
        except dates.DateError:
            return None
    return q, year


def periods_in(text: str) -> list[tuple[int | None, int | None]]:
    """Every period a text names: (quarter, year), either of them None when not named."""
    out: list[tuple[int | None, int | None]] = []
    for m in _IN_TEXT.finditer(text):
        if m.group("q"):
            q = dates.parse_quarter(m.group("q"))
            out.append((q, int(m.group("qy")) if m.group("qy") else None))
        else:
            out.append((None, int(m.group("ty") or m.group("y"))))
    return out


def names_report_period(report: Report, named: list[tuple[int | None, int | None]]) -> bool:
    """Whether some period a text names is the report's: its year, and for a quarterly
    report its quarter (a quarter named without a year is of the report's year)."""
    for q, y in named:
        year = report.year if y is None else y
        if year != report.year:
            continue
        if q is None or report.annual or q == report.quarter:
            return True
    return False
