from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lkjip_tui.values.numbers import (
    EN,
    ID,
    Ambiguous,
    Invalid,
    NotReported,
    Number,
    Range,
    format_decimal,
    parse_number,
)


def num(text: str, integer: bool = False) -> Number:
    parsed = parse_number(text, integer)
    assert isinstance(parsed, Number), f"{text!r} parsed as {parsed!r}"
    return parsed


@pytest.mark.parametrize(
    ("text", "value", "decimals", "style"),
    [
        ("4.357.162.000", "4357162000", 0, ID),
        ("4,357,162,000", "4357162000", 0, EN),
        ("Rp. 2.106.360.472,-", "2106360472", 0, ID),
        ("Rp24.126.484.000", "24126484000", 0, ID),
        ("Rp 4.357.162.000,-", "4357162000", 0, ID),
        ("63,39", "63.39", 2, ID),
        ("75.79", "75.79", 2, EN),
        ("1.56", "1.56", 2, EN),
        ("1.234,56", "1234.56", 2, ID),
        ("1,234.56", "1234.56", 2, EN),
        ("0,125", "0.125", 3, ID),
        ("1234.567", "1234.567", 3, EN),
        ("375", "375", 0, ""),
        ("-3", "-3", 0, ""),
        ("- 3%", "-3", 0, ""),
        ("\u22123", "-3", 0, ""),
    ],
)
def test_printed_forms(text: str, value: str, decimals: int, style: str) -> None:
    n = num(text)
    assert n.value == Decimal(value)
    assert n.decimals == decimals
    assert n.style == style


def test_decorations_are_kept() -> None:
    assert num("48,34%").percent and num("48,34%").value == Decimal("48.34")
    assert num("6.25 %").percent
    assert num("Rp. 2.106.360.472,-").currency
    assert num("1.357.944.000,-").currency
    n = num("1500 Pekerja Migran Indonesia")
    assert (n.value, n.unit) == (Decimal(1500), "Pekerja Migran Indonesia")
    assert num("12 Bulan").unit == "Bulan"
    assert num("-192%").value == Decimal(-192)


def test_leading_zeros_are_flagged_not_lost() -> None:
    assert num("00").leading_zeros and num("00").value == 0
    assert num("020").leading_zeros
    assert not num("0").leading_zeros
    assert not num("0,5").leading_zeros


@pytest.mark.parametrize("text", ["", "-", "–", "n/a", "N/A", "Perhitungan capaian di Triwulan IV", "  "])
def test_not_reported(text: str) -> None:
    assert isinstance(parse_number(text), NotReported)


def test_ambiguous_is_not_guessed() -> None:
    parsed = parse_number("1.560")
    assert isinstance(parsed, Ambiguous)
    assert (parsed.as_thousands, parsed.as_decimal) == (Decimal(1560), Decimal("1.560"))
    assert isinstance(parse_number("1,560"), Ambiguous)


def test_integer_columns_settle_ambiguity() -> None:
    assert num("1.560", integer=True).value == 1560
    assert num("2.445", integer=True).value == 2445
    assert isinstance(parse_number("1.56", integer=True), Invalid)


@pytest.mark.parametrize(
    "text", ["1.23.4", "12,34,5", "1.234.56", "1,", "(1.234)", "1,234,56", "abc 12 def 3", "--5"]
)
def test_invalid(text: str) -> None:
    assert isinstance(parse_number(text), Invalid)


def test_ranges() -> None:
    r = parse_number("80 - 90%")
    assert isinstance(r, Range)
    assert (r.low.value, r.high.value, r.low.percent) == (80, 90, True)
    assert isinstance(parse_number("90 - 80"), Invalid)


def test_intervals_follow_printed_precision() -> None:
    iv = num("38%").interval(exact=False)
    assert (iv.lo, iv.hi) == (Decimal("37.5"), Decimal("38.5"))
    iv = num("63,39").interval(exact=False)
    assert (iv.lo, iv.hi) == (Decimal("63.385"), Decimal("63.395"))
    assert num("142").interval(exact=True).exact


def test_format_decimal() -> None:
    assert format_decimal(Decimal("4357162000")) == "4.357.162.000"
    assert format_decimal(Decimal("4357162000"), "en") == "4,357,162,000"
    assert format_decimal(Decimal("37.866"), places=2) == "37,87"
    assert format_decimal(Decimal("-1234.5")) == "-1.234,5"


@given(st.integers(min_value=0, max_value=10**15))
def test_indonesian_integers_round_trip(n: int) -> None:
    text = format_decimal(Decimal(n))
    parsed = parse_number(text, integer=True)
    assert isinstance(parsed, Number) and parsed.value == n


@given(st.integers(min_value=-(10**12), max_value=10**12), st.integers(min_value=1, max_value=4))
def test_indonesian_decimals_round_trip(units: int, places: int) -> None:
    value = Decimal(units).scaleb(-places)
    text = format_decimal(value, "id", places)
    parsed = parse_number(text)
    # Three decimals after a lone mark read two ways: that is the one ambiguous shape.
    if isinstance(parsed, Ambiguous):
        assert places == 3 and parsed.as_decimal == abs(value)
        return
    assert isinstance(parsed, Number)
    assert parsed.value == value and parsed.decimals == places


@given(
    st.integers(min_value=0, max_value=10**12),
    st.sampled_from(["Rp ", "Rp. ", "Rp", ""]),
    st.sampled_from([",-", ""]),
)
def test_money_forms_round_trip(n: int, prefix: str, suffix: str) -> None:
    parsed = parse_number(prefix + format_decimal(Decimal(n)) + suffix, integer=True)
    assert isinstance(parsed, Number) and parsed.value == n


@given(st.text(max_size=30))
def test_never_raises(text: str) -> None:
    parse_number(text)
    parse_number(text, integer=True)
