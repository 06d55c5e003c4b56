"""Indonesian dates, weekday names and quarters (triwulan, "TW")."""

from __future__ import annotations

import datetime
import re
from functools import lru_cache

__all__ = [
    "DateError",
    "format_date",
    "month_name",
    "parse_date",
    "parse_quarter",
    "parse_weekday",
    "period_label",
    "quarter_bounds",
    "quarter_label",
    "weekday_name",
]

_MONTHS = {
    "id": [
        "Januari",
        "Februari",
        "Maret",
        "April",
        "Mei",
        "Juni",
        "Juli",
        "Agustus",
        "September",
        "Oktober",
        "November",
        "Desember",
    ],
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
}
_WEEKDAYS = {
    "id": ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
}
_MONTH_WORDS = {name.lower(): i for i, name in enumerate(_MONTHS["id"], 1)} | {
    "jan": 1,
    "feb": 2,
    "pebruari": 2,  # older spelling still found in reports
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "agt": 8,
    "agu": 8,
    "agus": 8,
    "ags": 8,
    "sep": 9,
    "sept": 9,
    "okt": 10,
    "nov": 11,
    "nop": 11,
    "nopember": 11,  # older spelling still found in reports
    "des": 12,
}
_WEEKDAY_WORDS = {name.lower(): i for i, name in enumerate(_WEEKDAYS["id"])} | {
    "jum'at": 4,
    "ahad": 6,
}
_ROMAN = ("I", "II", "III", "IV")

# ASCII digits only: int() would also accept other scripts' digits.
_NUMERIC = re.compile(r"(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})", re.ASCII)
_WORDED = re.compile(r"(\d{1,2})\s+([a-z]+)\.?\s+(\d{4})", re.ASCII)
_QUARTER = re.compile(r"(?:TW|TRIWULAN|Q|T)?[\s.-]*(?:KE[\s.-]*)?(IV|I{1,3}|[1-4])")
QUARTER_SHAPE = _QUARTER  # what parse_quarter reads, upper-cased and stripped (for JSON Schemas)


class DateError(ValueError):
    """A date, weekday or quarter that cannot be read; the message is a short English reason."""


def _pick(table: dict[str, list[str]], lang: str, index: int, what: str) -> str:
    if lang not in table:
        raise ValueError(f"unknown language {lang!r} (use 'id' or 'en')")
    names = table[lang]
    if not 0 <= index < len(names):
        raise ValueError(f"{what} out of range")
    return names[index]


@lru_cache(maxsize=4096)
def parse_date(text: str) -> datetime.date:
    """Read "12 April 2023", "3 Agt 2023", "7/6/2023" or "07-06-2023" (day first)."""
    s = " ".join(text.lower().split())
    if m := _NUMERIC.fullmatch(s):
        day, month, year = int(m[1]), int(m[3]), int(m[4])
    elif m := _WORDED.fullmatch(s):
        if m[2] not in _MONTH_WORDS:
            raise DateError(f"unknown month name {m[2]!r}")
        day, month, year = int(m[1]), _MONTH_WORDS[m[2]], int(m[3])
    else:
        raise DateError(f"not a date: {text.strip()!r}")
    try:
        return datetime.date(year, month, day)
    except ValueError:
        raise DateError(f"date does not exist: {text.strip()!r}") from None


def parse_weekday(text: str) -> int:
    """Monday=0 … Sunday=6 from an Indonesian weekday name (Jum'at and Ahad accepted)."""
    key = text.strip().lower().replace("’", "'").replace("‘", "'")
    if key not in _WEEKDAY_WORDS:
        raise DateError(f"not a weekday name: {text.strip()!r}")
    return _WEEKDAY_WORDS[key]


def weekday_name(index: int, lang: str = "id") -> str:
    """Name of weekday ``index`` (Monday=0)."""
    return _pick(_WEEKDAYS, lang, index, "weekday")


def month_name(month: int, lang: str = "id") -> str:
    """Name of ``month`` (1..12)."""
    return _pick(_MONTHS, lang, month - 1, "month")


def format_date(d: datetime.date, lang: str = "id") -> str:
    """Day, month name in ``lang`` and year, e.g. "12 April 2023"."""
    return f"{d.day} {month_name(d.month, lang)} {d.year}"


def quarter_bounds(year: int, quarter: int) -> tuple[datetime.date, datetime.date]:
    """First and last day of triwulan ``quarter`` of ``year``."""
    if quarter not in (1, 2, 3, 4):
        raise ValueError(f"quarter must be 1..4, not {quarter}")
    first = datetime.date(year, 3 * quarter - 2, 1)
    after = datetime.date(year + 1, 1, 1) if quarter == 4 else datetime.date(year, 3 * quarter + 1, 1)
    return first, after - datetime.timedelta(days=1)


def parse_quarter(text: str) -> int:
    """Read "TW II", "Triwulan 2", "Q2", "TW-II", "II" or "2" as a quarter number."""
    m = _QUARTER.fullmatch(text.strip().upper())
    if not m:
        raise DateError(f"not a quarter: {text.strip()!r}")
    q = m[1]
    return int(q) if q.isdigit() else _ROMAN.index(q) + 1


def period_label(quarter: int, annual: bool, lang: str = "id") -> str:
    """A report's period, short: its quarter ("TW II", "Q2"), or "Tahunan" / "Annual"."""
    if annual:
        return "Tahunan" if lang == "id" else "Annual"
    return quarter_label(quarter, lang)


def quarter_label(quarter: int, lang: str = "id") -> str:
    """Short label: "TW II" in Indonesian, "Q2" in English."""
    if quarter not in (1, 2, 3, 4):
        raise ValueError(f"quarter must be 1..4, not {quarter}")
    if lang == "id":
        return f"TW {_ROMAN[quarter - 1]}"
    if lang == "en":
        return f"Q{quarter}"
    raise ValueError(f"unknown language {lang!r} (use 'id' or 'en')")
