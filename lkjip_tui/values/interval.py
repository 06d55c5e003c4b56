"""Closed intervals of Decimals, for rounding-aware comparison.

A number printed with d decimals stands for every true value that prints that
way: [v - ½·10⁻ᵈ, v + ½·10⁻ᵈ] (XBRL Calculations 1.1). Relations are
consistent when the interval computed from the inputs overlaps the interval of
the reported value. Lower bounds round down and upper bounds round up, so an
interval always contains the true result.
"""

from __future__ import annotations

from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, Context, Decimal

from lkjip_tui.values.record import Record

_DOWN = Context(prec=34, rounding=ROUND_FLOOR)
_UP = Context(prec=34, rounding=ROUND_CEILING)
_ZERO = Decimal(0)
_HALF = Decimal("0.5")


class DivisionByZero(ArithmeticError):
    """The divisor is exactly zero: the quotient is undefined."""


class Unbounded(ArithmeticError):
    """The divisor's interval contains zero without being zero: any quotient fits."""


class Interval(Record):
    __slots__ = ("hi", "lo")

    def __init__(self, lo: Decimal, hi: Decimal) -> None:
        self.lo = lo
        self.hi = hi

    @staticmethod
    def point(value: Decimal | int) -> Interval:
        v = Decimal(value)
        return Interval(v, v)

    @staticmethod
    def printed(value: Decimal, decimals: int) -> Interval:
        """The interval of values that print as `value` with `decimals` decimals."""
        half = _HALF.scaleb(-decimals)
        return Interval(_DOWN.subtract(value, half), _UP.add(value, half))

    @property
    def exact(self) -> bool:
        return self.lo == self.hi

    @property
    def mid(self) -> Decimal:
        if self.exact:
            return self.lo
        return _DOWN.divide(_DOWN.add(self.lo, self.hi), Decimal(2))

    def contains(self, value: Decimal) -> bool:
        return self.lo <= value <= self.hi

    def overlaps(self, other: Interval) -> bool:
        return self.lo <= other.hi and other.lo <= self.hi

    def __neg__(self) -> Interval:
        return Interval(-self.hi, -self.lo)

    def __add__(self, other: Interval) -> Interval:
        return Interval(_DOWN.add(self.lo, other.lo), _UP.add(self.hi, other.hi))

    def __sub__(self, other: Interval) -> Interval:
        return Interval(_DOWN.subtract(self.lo, other.hi), _UP.subtract(self.hi, other.lo))

    def __mul__(self, other: Interval) -> Interval:
        if self.exact and other.exact:
            return Interval(_DOWN.multiply(self.lo, other.lo), _UP.multiply(self.lo, other.lo))
        pairs = [(a, b) for a in (self.lo, self.hi) for b in (other.lo, other.hi)]
        return Interval(
            min(_DOWN.multiply(a, b) for a, b in pairs),
            max(_UP.multiply(a, b) for a, b in pairs),
        )

    def __truediv__(self, other: Interval) -> Interval:
        if other.exact and other.lo == _ZERO:
            raise DivisionByZero
        if other.lo <= _ZERO <= other.hi:
            raise Unbounded
        pairs = [(a, b) for a in (self.lo, self.hi) for b in (other.lo, other.hi)]
        return Interval(
            min(_DOWN.divide(a, b) for a, b in pairs),
            max(_UP.divide(a, b) for a, b in pairs),
        )

    def __abs__(self) -> Interval:
        if self.lo >= _ZERO:
            return self
        if self.hi <= _ZERO:
            return -self
        return Interval(_ZERO, max(-self.lo, self.hi))

    def min_with(self, other: Interval) -> Interval:
        return Interval(min(self.lo, other.lo), min(self.hi, other.hi))

    def max_with(self, other: Interval) -> Interval:
        return Interval(max(self.lo, other.lo), max(self.hi, other.hi))

    def rounded(self, decimals: int, mode: str = ROUND_HALF_UP) -> Interval:
        """Round both ends; rounding is monotone, so this is the image of the interval.

        In a context wide enough for the result (the default one holds 28 digits).
        """
        q = Decimal(1).scaleb(-decimals)
        width = max(self.lo.adjusted(), self.hi.adjusted(), 0) + max(decimals, 0) + 2
        wide = Context(prec=max(width, 34), rounding=mode)
        return Interval(self.lo.quantize(q, context=wide), self.hi.quantize(q, context=wide))
