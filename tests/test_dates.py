from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lkjip_tui.values.dates import (
    DateError,
    format_date,
    month_name,
    parse_date,
    parse_quarter,
    parse_weekday,
    quarter_bounds,
    quarter_label,
    weekday_name,
)

D = datetime.date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12 April 2023", D(2023, 4, 12)),
        ("02 Mei 2023", D(2023, 5, 2)),
        ("9 juni 2023", D(2023, 6, 9)),
        ("1 Agustus 2023", D(2023, 8, 1)),
        ("12 Apr 2023", D(2023, 4, 12)),
        ("3 Agt 2023", D(2023, 8, 3)),
        ("3 Agu 2023", D(2023, 8, 3)),
        ("17 Des 2023", D(2023, 12, 17)),
        ("17 DESEMBER 2023", D(2023, 12, 17)),
        ("  5   Februari   2024 ", D(2024, 2, 5)),
        ("29 Februari 2024", D(2024, 2, 29)),
        ("10 Nopember 2023", D(2023, 11, 10)),
        ("7/6/2023", D(2023, 6, 7)),
        ("07-06-2023", D(2023, 6, 7)),
        ("31/12/2023", D(2023, 12, 31)),
    ],
)
def test_parse_date(text: str, expected: datetime.date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["31 Juni 2023", "29 Februari 2023", "0 Mei 2023", "7/13/2023"])
def test_impossible_date(text: str) -> None:
    with pytest.raises(DateError, match="does not exist"):
        parse_date(text)


@pytest.mark.parametrize(
    "text",
    ["", "April 2023", "12 April", "12 Foo 2023", "12 April 23", "7/6-2023", "2023-06-07", "x"],
)
def test_not_a_date(text: str) -> None:
    with pytest.raises(DateError):
        parse_date(text)


def test_real_weekdays() -> None:
    assert parse_date("12 April 2023").weekday() == parse_weekday("Rabu") == 2
    assert parse_date("11 Maret 2023").weekday() == parse_weekday("Sabtu") == 5
    assert parse_date("12 Juni 2023").weekday() == parse_weekday("Senin") == 0
    assert weekday_name(parse_date("12 April 2023").weekday()) == "Rabu"
    assert weekday_name(parse_date("11 Maret 2023").weekday(), "en") == "Saturday"


@pytest.mark.parametrize(
    ("text", "index"),
    [
        ("Senin", 0),
        ("selasa", 1),
        ("RABU", 2),
        ("Kamis", 3),
        ("Jumat", 4),
        ("Jum'at", 4),
        ("Jum’at", 4),
        ("Sabtu", 5),
        ("Minggu", 6),
        ("Ahad", 6),
        ("  kamis\n", 3),
    ],
)
def test_parse_weekday(text: str, index: int) -> None:
    assert parse_weekday(text) == index


@pytest.mark.parametrize("text", ["", "Monday", "Sen", "Jum at", "Rabu Kamis"])
def test_parse_weekday_rejects(text: str) -> None:
    with pytest.raises(DateError):
        parse_weekday(text)


def test_names() -> None:
    assert [weekday_name(i) for i in range(7)] == [
        "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu",
    ]  # fmt: skip
    assert weekday_name(4, "en") == "Friday"
    assert month_name(5) == "Mei"
    assert month_name(5, "en") == "May"
    assert month_name(8) == "Agustus"
    for bad in (
        lambda: weekday_name(7),
        lambda: month_name(0),
        lambda: month_name(13),
        lambda: month_name(1, "fr"),
    ):
        with pytest.raises(ValueError):
            bad()


def test_format_date() -> None:
    assert format_date(D(2023, 4, 12)) == "12 April 2023"
    assert format_date(D(2023, 5, 12)) == "12 Mei 2023"
    assert format_date(D(2023, 5, 12), "en") == "12 May 2023"
    assert format_date(D(2023, 8, 3)) == "3 Agustus 2023"


@given(st.dates(min_value=D(1900, 1, 1), max_value=D(2100, 12, 31)))
def test_round_trip(d: datetime.date) -> None:
    assert parse_date(format_date(d)) == d
    assert parse_date(f"{d.day}/{d.month}/{d.year}") == d


@pytest.mark.parametrize(
    ("quarter", "first", "last"),
    [
        (1, D(2023, 1, 1), D(2023, 3, 31)),
        (2, D(2023, 4, 1), D(2023, 6, 30)),
        (3, D(2023, 7, 1), D(2023, 9, 30)),
        (4, D(2023, 10, 1), D(2023, 12, 31)),
    ],
)
def test_quarter_bounds(quarter: int, first: datetime.date, last: datetime.date) -> None:
    assert quarter_bounds(2023, quarter) == (first, last)


@pytest.mark.parametrize("quarter", [0, 5, -1])
def test_quarter_bounds_rejects(quarter: int) -> None:
    with pytest.raises(ValueError):
        quarter_bounds(2023, quarter)


@pytest.mark.parametrize(
    "text",
    ["TW II", "TW 2", "Triwulan II", "triwulan 2", "II", "2", "Q2", "TW-II", " tw ii ", "TW. II"],
)
def test_parse_quarter_two(text: str) -> None:
    assert parse_quarter(text) == 2


@pytest.mark.parametrize(("text", "q"), [("TW I", 1), ("TW III", 3), ("TW IV", 4), ("Q4", 4)])
def test_parse_quarter_each(text: str, q: int) -> None:
    assert parse_quarter(text) == q


@pytest.mark.parametrize("text", ["", "TW", "TW V", "TW 5", "TW 0", "IIII", "Q", "semester 2"])
def test_parse_quarter_rejects(text: str) -> None:
    with pytest.raises(DateError):
        parse_quarter(text)


def test_quarter_label() -> None:
    assert [quarter_label(q) for q in (1, 2, 3, 4)] == ["TW I", "TW II", "TW III", "TW IV"]
    assert quarter_label(2, "en") == "Q2"
    assert all(parse_quarter(quarter_label(q, lang)) == q for q in range(1, 5) for lang in ("id", "en"))
    with pytest.raises(ValueError):
        quarter_label(5)
