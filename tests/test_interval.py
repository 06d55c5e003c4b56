from __future__ import annotations

from decimal import Decimal, localcontext

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from lkjip_tui.values.interval import DivisionByZero, Interval, Unbounded

decimals = st.decimals(min_value=-(10**9), max_value=10**9, allow_nan=False, allow_infinity=False, places=3)


@st.composite
def intervals_with_member(draw: st.DrawFn) -> tuple[Interval, Decimal]:
    a, b = sorted((draw(decimals), draw(decimals)))
    x = draw(st.decimals(min_value=a, max_value=b, allow_nan=False, places=3))
    assume(a <= x <= b)
    return Interval(a, b), x


@given(intervals_with_member(), intervals_with_member())
def test_arithmetic_contains_every_pointwise_result(
    p: tuple[Interval, Decimal], q: tuple[Interval, Decimal]
) -> None:
    (x_iv, x), (y_iv, y) = p, q
    assert (x_iv + y_iv).contains(x + y)
    assert (x_iv - y_iv).contains(x - y)
    assert (x_iv * y_iv).contains(x * y)
    assert (-x_iv).contains(-x)
    assert abs(x_iv).contains(abs(x))
    if not y_iv.contains(Decimal(0)):
        quotient = x_iv / y_iv
        # Compare with a quotient more precise than the interval's 34 digits.
        with localcontext() as ctx:
            ctx.prec = 80
            exact = x / y
        assert quotient.lo <= exact <= quotient.hi


@given(intervals_with_member())
def test_printed_interval_contains_everything_that_prints_the_same(p: tuple[Interval, Decimal]) -> None:
    _, x = p
    for places in (0, 1, 2):
        printed = x.quantize(Decimal(1).scaleb(-places))
        assert Interval.printed(printed, places).contains(x)


def test_division_by_zero_and_by_an_interval_around_zero() -> None:
    with pytest.raises(DivisionByZero):
        Interval.point(Decimal(3)) / Interval.point(Decimal(0))
    with pytest.raises(Unbounded):
        Interval.point(Decimal(3)) / Interval(Decimal("-0.5"), Decimal("0.5"))


def test_overlap_is_the_consistency_test() -> None:
    reported = Interval.printed(Decimal(38), 0)
    computed = Interval.point(Decimal(142)) / Interval.point(Decimal(375)) * Interval.point(Decimal(100))
    assert reported.overlaps(computed)
    assert not reported.overlaps(Interval.point(Decimal(80)))
