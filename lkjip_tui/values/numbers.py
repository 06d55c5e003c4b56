"""Numbers as Indonesian reports print them.

`4.357.162.000`, `4,357,162,000`, `Rp. 2.106.360.472,-`, `63,39`, `75.79`,
`48,34%`, `-192%`, `00`, `6.25 %`, `1500 Pekerja Migran Indonesia`, `80 - 90%`,
`-`, `n/a`. A dot is usually the thousands separator and a comma the decimal
mark, but not always; a form that could be read both ways (`1.560`) is returned
as `Ambiguous` instead of guessed. A parsed number keeps how many decimals it
was printed with, because that is its precision (see interval.py).
"""

from __future__ import annotations

import re
from decimal import Context, Decimal
from functools import lru_cache

from lkjip_tui.values import limits
from lkjip_tui.values.interval import Interval
from lkjip_tui.values.record import Record

# Printing styles: Indonesian (1.234,56), English (1,234.56), or neither (1234).
ID = "id"
EN = "en"
PLAIN = ""

_RATIO = re.compile(r"\d+\s*:\s*\d+(?:[.,]\d+)?")
_NOT_REPORTED = {"", "-", "–", "—", "n/a", "na", "n.a.", "n.a", "-/-", "nihil"}

_CORE = re.compile(
    r"""
    (?P<sign>[-+])?\s*+
    (?P<rp>Rp\.?|IDR)?\s*+
    (?P<sign2>[-+])?
    (?P<digits>\d[\d.,]*)
    (?P<money_end>,-|\.-)?
    (?:\s*+(?P<pct>%))?       # possessive: spaces before a unit are not split two ways
    (?:\s+(?P<unit>[^\W\d_][^\d%]*?))?
    """,
    re.VERBOSE | re.IGNORECASE,
)
_THIN_GROUP = re.compile(r"(?<=\d)[\u2009\u202f\u00a0](?=\d{3}(?!\d))")
_RANGE = re.compile(r"^(?P<a>.*\d)\s*(?:-|–|—|s\.?d\.?|s/d|sampai)\s*(?P<b>\d.*)$", re.IGNORECASE)
# The longest digits a number within the bounds can be printed with: every digit
# grouped by three, a decimal mark, and as many leading zeros again.
_MAX_PRINTED = 3 * limits.MAX_DIGITS
_GROUPED = re.compile(r"\d{1,3}(?:[.]\d{3})+|\d{1,3}(?:,\d{3})+")


class Number(Record):
    """A number as printed: its value, printed decimals and decorations."""

    __slots__ = ("currency", "decimals", "leading_zeros", "percent", "style", "unit", "value")

    def __init__(
        self,
        value: Decimal,
        decimals: int,
        percent: bool = False,
        currency: bool = False,
        unit: str = "",
        style: str = PLAIN,
        leading_zeros: bool = False,
    ) -> None:
        self.value = value
        self.decimals = decimals
        self.percent = percent
        self.currency = currency
        self.unit = unit
        self.style = style
        self.leading_zeros = leading_zeros

    def interval(self, exact: bool) -> Interval:
        if exact:
            return Interval.point(self.value)
        return Interval.printed(self.value, self.decimals)


class NotReported(Record):
    """A blank, `-`, `n/a` or a note without digits ("Perhitungan di TW IV")."""

    __slots__ = ("note",)

    def __init__(self, note: str) -> None:
        self.note = note


class Range(Record):
    __slots__ = ("high", "low")

    def __init__(self, low: Number, high: Number) -> None:
        self.low = low
        self.high = high


class Ambiguous(Record):
    """`1.560`: one thousand five hundred and sixty, or one point five six."""

    __slots__ = ("as_decimal", "as_thousands")

    def __init__(self, as_thousands: Decimal, as_decimal: Decimal) -> None:
        self.as_thousands = as_thousands
        self.as_decimal = as_decimal


class Invalid(Record):
    __slots__ = ("reason",)

    def __init__(self, reason: str) -> None:
        self.reason = (
            reason  # a key: parentheses, two_signs, range_down, not_number, separator_end, groups, not_whole,
            # bounds (beyond values/limits.py)
        )


Parsed = Number | NotReported | Range | Ambiguous | Invalid


@lru_cache(maxsize=8192)
def parse_number(text: str, integer: bool = False) -> Parsed:
    """Parse a printed number (results are immutable, so repeats are cached).

    `integer` says the value cannot have decimals (counts, rupiah), which
    settles `1.560` as 1560 instead of leaving it ambiguous.
    """
    if text.isdigit() and text.isascii() and len(text) <= limits.MAX_DIGITS:  # the common case: a count
        return Number(Decimal(text), 0, leading_zeros=len(text) > 1 and text[0] == "0")
    t = _thin_groups(text.strip()).replace("\u2212", "-").replace("\u00a0", " ")
    if t.lower() in _NOT_REPORTED or not any(c.isdigit() for c in t) or _RATIO.fullmatch(t):
        return NotReported(t)  # a ratio ("1:17,9 per siswa") is a figure lkjip does not compute with
    if t.startswith("(") and t.endswith(")"):
        return Invalid("parentheses")
    return _one(t, integer) or _range(t, integer)


def _thin_groups(t: str) -> str:
    """A thin, narrow or plain no-break space between digit groups groups thousands
    ("1\u202f234\u202f567"): written as the grouping mark the rest of the figure implies (a
    comma there is the decimal mark, so the dot groups), or dropped."""
    if not _THIN_GROUP.search(t):
        return t
    mark = "." if "," in t else "," if "." in t else ""
    return _THIN_GROUP.sub(mark, t)


def _one(t: str, integer: bool) -> Parsed | None:
    """One number, or None when `t` is not of the shape of one."""
    m = _CORE.fullmatch(t)
    if not m:
        return None
    if m.group("sign") and m.group("sign2"):
        return Invalid("two_signs")
    sign = m.group("sign") or m.group("sign2") or ""
    digits = m.group("digits")
    if len(digits) > _MAX_PRINTED:
        return Invalid("bounds")  # refused before it is read: a megabyte of digits is not a figure
    core = _split_digits(digits, integer)
    if not isinstance(core, tuple):
        return core
    value, decimals, style = core
    if limits.out_of_bounds(value):
        return Invalid("bounds")
    if sign == "-":
        value = -value
    leading = len(digits) > 1 and digits[0] == "0" and digits[1].isdigit()
    return Number(
        value=value,
        decimals=decimals,
        percent=m.group("pct") is not None,
        currency=m.group("rp") is not None or m.group("money_end") is not None,
        unit=(m.group("unit") or "").strip(),
        style=style,
        leading_zeros=leading,
    )


def _range(t: str, integer: bool) -> Parsed:
    """`80 - 90%`, `5 s.d. 10`: a range of two numbers, or not a number at all."""
    m = _RANGE.match(t)
    if m and not t.startswith("-"):
        # Each end is one number: `1-2-3` is no range (and is not read as ranges of ranges).
        a, b = _one(m.group("a"), integer), _one(m.group("b"), integer)
        if isinstance(a, Number) and isinstance(b, Number):
            if b.percent and not a.percent:
                a = a.replace(percent=True)
            if a.value > b.value:
                return Invalid("range_down")
            return Range(a, b)
        if any(isinstance(p, Invalid) and p.reason == "bounds" for p in (a, b)):
            return Invalid("bounds")
    return Invalid("not_number")


def _split_digits(s: str, integer: bool) -> tuple[Decimal, int, str] | Ambiguous | Invalid:
    if s[-1] in ".,":
        return Invalid("separator_end")
    dots, commas = s.count("."), s.count(",")
    if not dots and not commas:
        return Decimal(s), 0, PLAIN
    if dots and commas:
        # Both marks: the last one is the decimal mark, the other groups thousands.
        dec = "," if s.rfind(",") > s.rfind(".") else "."
        grp = "." if dec == "," else ","
        whole, _, frac = s.rpartition(dec)
        if dec in whole or not _GROUPED.fullmatch(whole):
            return Invalid("groups")
        return Decimal(whole.replace(grp, "") + "." + frac), len(frac), ID if dec == "," else EN
    mark = "." if dots else ","
    if dots + commas > 1:
        if not _GROUPED.fullmatch(s):
            return Invalid("groups")
        return Decimal(s.replace(mark, "")), 0, ID if mark == "." else EN
    whole, _, frac = s.partition(mark)
    decimal_style = EN if mark == "." else ID
    if len(frac) != 3 or whole.startswith("0") or len(whole) > 3:
        if integer and frac.strip("0"):
            return Invalid("not_whole")  # "0,00" is a whole amount with its cents written
        return Decimal(whole + "." + frac), len(frac), decimal_style
    as_thousands = Decimal(whole + frac)
    if integer:
        return as_thousands, 0, ID if mark == "." else EN
    return Ambiguous(as_thousands, Decimal(whole + "." + frac))


_SWAP_MARKS = str.maketrans({",": ".", ".": ","})


def format_decimal(value: Decimal, lang: str = "id", places: int | None = None) -> str:
    """Print a Decimal the Indonesian way (1.234,56) or, for "en", the English way.

    Any finite value prints, however many digits it has: rounding runs in a
    context just wide enough for it, never in the default one of 28 digits.
    """
    if not value.is_finite():
        return str(value)
    wide = Context(prec=max(value.adjusted(), 0) + (places or 0) + len(value.as_tuple().digits) + 2)
    if places is not None:
        value = value.quantize(Decimal(1).scaleb(-places), context=wide)
    elif value == value.to_integral_value():
        value = value.quantize(Decimal(1), context=wide)
    else:
        value = value.normalize(wide)
    text = format(value, ",f")
    return text.translate(_SWAP_MARKS) if lang == "id" else text
