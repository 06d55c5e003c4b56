"""What formulas compute with, and the arithmetic, comparisons and functions on it.

Nothing here raises for a missing or undefined value: a blank cell gives
`Missing`, a division by zero gives `Undefined`, and both flow through the
arithmetic so that a rule can say why it could not check. So does a result
beyond the bounds of values/limits.py, or any signal of the Decimal
arithmetic (`Undefined("overflow")`). Every value
remembers the printed cells it came from (`cells`, objects with a `.text`),
for explanations and positions.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from decimal import Decimal, DecimalException
from typing import Any, Protocol

from lkjip_tui.values import limits
from lkjip_tui.values.interval import DivisionByZero, Interval, Unbounded
from lkjip_tui.values.record import Record

# The decimals round() may round to: from whole 10^18s to the decimals a value may be printed with.
ROUND_PLACES = (-limits.MAX_MAGNITUDE_EXPONENT, limits.MAX_DECIMALS)
_LIMIT = Decimal(10) ** limits.MAX_RESULT_EXPONENT


class Printed(Protocol):
    """A printed value a formula read: a cell of a table or a figure of the narrative."""

    @property
    def text(self) -> str: ...


class Num(Record):
    __slots__ = ("cells", "iv")

    def __init__(self, iv: Interval, cells: tuple[Any, ...] = ()) -> None:
        self.iv = iv
        self.cells = cells


class Scalar(Record):
    """A text or a date: compared, never computed with."""

    __slots__ = ("cells", "value")

    def __init__(self, value: str | datetime.date, cells: tuple[Any, ...] = ()) -> None:
        self.value = value
        self.cells = cells


class Missing(Record):
    """No figure to compute with: a blank, `-`, an absent row or fact."""

    __slots__ = ("cells", "what")

    def __init__(self, what: str, cells: tuple[Any, ...] = ()) -> None:
        self.what = what
        self.cells = cells


class Undefined(Record):
    """A division by zero or by an interval that contains zero, or a result out of bounds."""

    __slots__ = ("divisor", "reason")

    def __init__(self, reason: str, divisor: str = "") -> None:
        self.reason = reason  # "div0", "unbounded" or "overflow"
        self.divisor = divisor


OVERFLOW = Undefined("overflow")


def bounded(iv: Interval, cells: tuple[Any, ...]) -> Num | Undefined:
    """A computed value, or `overflow` when it is as large as 10^MAX_RESULT_EXPONENT."""
    if iv.lo > -_LIMIT and iv.hi < _LIMIT:
        return Num(iv, cells)
    return OVERFLOW


class Many(Record):
    """A wildcard's values, one per row (or the rows themselves, for `count`)."""

    __slots__ = ("items", "rows")

    def __init__(self, items: tuple[Any, ...], rows: int) -> None:
        self.items = items
        self.rows = rows


Value = Any  # Num | Scalar | Missing | Undefined | Many | bool


def _flat(args: list[Value]) -> list[Value]:
    out: list[Value] = []
    for a in args:
        out.extend(a.items if isinstance(a, Many) else [a])
    return out


def _sum(args: list[Value]) -> Value:
    items = _flat(args)
    total = Interval.point(Decimal(0))
    cells: list[Any] = []
    for v in items:
        if not isinstance(v, Num):
            return v if isinstance(v, Missing | Undefined) else Missing("sum")
        total = total + v.iv
        cells.extend(v.cells)
    return bounded(total, tuple(cells))


def _avg(args: list[Value]) -> Value:
    """The mean of the values ("Rata-rata Capaian Kinerja"): their sum over how many there are."""
    items = _flat(args)
    total = _sum(items)
    if not isinstance(total, Num) or not items:
        return total if items else Missing("avg")
    return bounded(total.iv / Interval.point(Decimal(len(items))), total.cells)


def _count(args: list[Value]) -> Value:
    a = args[0]
    if isinstance(a, Missing):
        return a
    if isinstance(a, Many):
        n = (
            a.rows
            if a.items and not isinstance(a.items[0], Num | Missing)
            else sum(1 for v in a.items if isinstance(v, Num))
        )
        return Num(Interval.point(n))
    return Num(Interval.point(1))


def _minmax(args: list[Value], pick_min: bool) -> Value:
    items = _flat(args)
    nums = [v for v in items if isinstance(v, Num)]
    if len(nums) != len(items) or not nums:
        return next((v for v in items if isinstance(v, Missing | Undefined)), Missing("min/max"))
    acc = nums[0].iv
    for v in nums[1:]:
        acc = acc.min_with(v.iv) if pick_min else acc.max_with(v.iv)
    return Num(acc, tuple(c for v in nums for c in v.cells))


def _abs(args: list[Value]) -> Value:
    a = args[0]
    return Num(abs(a.iv), a.cells) if isinstance(a, Num) else a


def _round(args: list[Value]) -> Value:
    a = args[0]
    if not isinstance(a, Num):
        return a
    places = 0
    if len(args) > 1:
        p = args[1]
        if not isinstance(p, Num) or not p.iv.exact or not round_places_ok(p.iv.lo):
            return Missing("round")
        places = int(p.iv.lo)
    return bounded(a.iv.rounded(places), a.cells)


def round_places_ok(places: Decimal) -> bool:
    """round(x, places): a whole number of decimals within ROUND_PLACES."""
    low, high = ROUND_PLACES
    return places == places.to_integral_value() and low <= places <= high


def _present(args: list[Value]) -> Value:
    a = args[0]
    if isinstance(a, Many):
        return all(not isinstance(v, Missing) for v in a.items)
    return not isinstance(a, Missing)


FUNCTIONS: dict[str, Callable[[list[Value]], Value]] = {
    "sum": _sum,
    "avg": _avg,
    "count": _count,
    "min": lambda a: _minmax(a, True),
    "max": lambda a: _minmax(a, False),
    "abs": _abs,
    "round": _round,
    "present": _present,
}
ARITY = {"abs": (1, 1), "round": (1, 2), "present": (1, 1), "count": (1, 1)}


def arith(op: str, a: Value, b: Value) -> Value:
    for v in (a, b):
        if isinstance(v, Missing | Undefined):
            return v
    if not isinstance(a, Num) or (op != "neg" and not isinstance(b, Num)):
        return Missing("not a number")
    if op == "neg":
        return Num(-a.iv, a.cells)
    cells = a.cells + b.cells
    try:
        if op == "+":
            return bounded(a.iv + b.iv, cells)
        if op == "-":
            return bounded(a.iv - b.iv, cells)
        if op == "*":
            return bounded(a.iv * b.iv, cells)
        return bounded(a.iv / b.iv, cells)
    except DivisionByZero:
        return Undefined("div0", describe(b))
    except Unbounded:
        return Undefined("unbounded", describe(b))
    except DecimalException:  # a signal of the Decimal context: the result cannot be computed
        return OVERFLOW


def describe(v: Num) -> str:
    """A value as a message shows it: the printed text of its one cell, else its number."""
    return str(v.cells[0].text) if len(v.cells) == 1 else str(v.iv.mid)


_ORDER: dict[str, Callable[[Any, Any], bool]] = {
    "==": lambda p, q: p == q,
    "!=": lambda p, q: p != q,
    "<": lambda p, q: p < q,
    "<=": lambda p, q: p <= q,
    ">": lambda p, q: p > q,
    ">=": lambda p, q: p >= q,
}


def compare(op: str, a: Value, b: Value) -> Value:
    """Comparisons hold when some values the operands stand for satisfy them."""
    for v in (a, b):
        if isinstance(v, Missing | Undefined):
            return v
    if isinstance(a, Num) and isinstance(b, Num):
        x, y = a.iv, b.iv
        return {
            "==": x.overlaps(y),
            "!=": not (x.exact and y.exact and x.lo == y.lo),
            "<": x.lo < y.hi,
            "<=": x.lo <= y.hi,
            ">": x.hi > y.lo,
            ">=": x.hi >= y.lo,
        }[op]
    if isinstance(a, Scalar) and isinstance(b, Scalar) and type(a.value) is type(b.value):
        return _ORDER[op](a.value, b.value)
    return Missing("comparison")


def not_(a: Value) -> Value:
    return (not a) if isinstance(a, bool) else a


def and_(a: Value, b: Value) -> Value:
    if a is False or b is False:
        return False
    return b if a is True else a


def or_(a: Value, b: Value) -> Value:
    if a is True or b is True:
        return True
    return b if a is False else a
