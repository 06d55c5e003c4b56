from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lkjip_tui.values.terbilang import TerbilangError, Words, parse_terbilang, to_terbilang

WHOLE = [
    ("seratus empat puluh dua", 142),
    ("seratus sembilan", 109),
    ("tiga belas", 13),
    ("dua belas", 12),
    ("sembilan belas", 19),
    ("enam belas", 16),
    ("seratus tiga puluh dua", 132),
    ("dua ribu empat ratus empat puluh lima", 2445),
    ("empat ribu sembilan ratus", 4900),
    ("dua ratus tiga puluh dua", 232),
    ("tiga puluh satu", 31),
    ("satu", 1),
    ("tiga", 3),
    ("enam", 6),
    ("lima belas", 15),
    ("delapan", 8),
    ("dua", 2),
    ("tiga ratus tujuh puluh lima", 375),
    ("seratus", 100),
    ("seribu sembilan ratus", 1900),
    ("satu juta dua ratus ribu", 1_200_000),
    ("nol", 0),
    ("sepuluh", 10),
    ("sebelas", 11),
    ("seratus sebelas", 111),
    ("seribu sebelas", 1011),
    ("satu triliun", 10**12),
    ("seratus ribu", 100_000),
    ("dua ratus lima puluh ribu", 250_000),
    ("satu ribu", 1000),
    ("satu ratus", 100),
    ("sejuta", 1_000_000),
    ("sejuta seratus ribu", 1_100_000),
    ("sebelas ribu", 11_000),
]


@pytest.mark.parametrize(("text", "value"), WHOLE)
def test_whole_numbers(text: str, value: int) -> None:
    assert parse_terbilang(text) == Words(Decimal(value), percent=False, currency=False)


def test_percent() -> None:
    assert parse_terbilang("tiga puluh delapan persen") == Words(Decimal(38), True, False)


def test_rupiah_with_every_multiplier() -> None:
    text = "empat milyar tiga ratus lima puluh tujuh juta seratus enam puluh dua ribu rupiah"
    assert parse_terbilang(text) == Words(Decimal(4_357_162_000), False, True)
    text = "dua miliar seratus enam juta tiga ratus enam puluh ribu empat ratus tujuh puluh dua rupiah"
    assert parse_terbilang(text) == Words(Decimal(2_106_360_472), False, True)


def test_forgotten_ribu_gives_the_value_actually_written() -> None:
    # The report meant 4.357.162.000 but left out "ribu"; the words must say what they say.
    text = "empat milyar tiga ratus lima puluh tujuh juta seratus enam puluh dua rupiah"
    assert parse_terbilang(text).value == Decimal(4_357_000_162)


def test_miliar_and_milyar_are_the_same() -> None:
    assert parse_terbilang("dua miliar").value == parse_terbilang("dua milyar").value == 2 * 10**9


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("tiga koma lima", "3.5"),
        ("empat puluh delapan koma tiga empat", "48.34"),
        ("empat puluh delapan koma tiga puluh empat", "48.34"),
        ("nol koma nol lima", "0.05"),
        ("seratus koma sebelas", "100.11"),
    ],
)
def test_decimals(text: str, value: str) -> None:
    got = parse_terbilang(text).value
    assert got == Decimal(value)
    assert str(got) == value  # digits are kept as written, including trailing ones


def test_negative_and_suffixes() -> None:
    assert parse_terbilang("minus tiga").value == -3
    assert parse_terbilang("negatif dua koma lima persen") == Words(Decimal("-2.5"), True, False)
    assert parse_terbilang("lima persen rupiah") == Words(Decimal(5), True, True)


def test_case_punctuation_and_parentheses_are_ignored() -> None:
    assert parse_terbilang("(Seratus Empat-Puluh  Dua)").value == 142
    assert parse_terbilang("  (empat milyar, tiga ratus juta rupiah) ").value == 4_300_000_000


@pytest.mark.parametrize(
    ("text", "index"),
    [
        (
            "dua milyar seratus enam tiga ratus enam puluh ribu empat ratus tujuh puluh dua rupiah",
            4,
        ),
        ("dua ribu tiga juta", 3),
        ("ribu", 0),
        ("puluh", 0),
        ("lima belas puluh", 2),
        ("dua puluh puluh", 2),
        ("sebelas ratus", 1),
        ("seratus seribu", 1),
        ("seribu sejuta", 1),
        ("satu satu", 1),
        ("seratus nol", 1),
        ("nol satu", 1),
        ("tiga minus", 1),
        ("persen tiga", 0),
        ("tiga koma", 1),
        ("tiga koma satu koma dua", 3),
        ("tiga persen persen", 1),
    ],
)
def test_malformed_is_rejected(text: str, index: int) -> None:
    with pytest.raises(TerbilangError) as info:
        parse_terbilang(text)
    assert info.value.word_index == index


def test_error_reason_names_the_words() -> None:
    text = "dua milyar seratus enam tiga ratus enam puluh ribu empat ratus tujuh puluh dua rupiah"
    with pytest.raises(TerbilangError, match="'tiga' cannot follow 'enam'"):
        parse_terbilang(text)
    with pytest.raises(TerbilangError, match="'juta' cannot follow 'ribu'"):
        parse_terbilang("dua ribu tiga juta")


@pytest.mark.parametrize("text", ["", "   ", "()", "rupiah", "minus", "koma lima"])
def test_empty_or_missing_number(text: str) -> None:
    with pytest.raises(TerbilangError):
        parse_terbilang(text)


def test_unknown_word_is_named() -> None:
    with pytest.raises(TerbilangError, match="unknown word 'ribuan'") as info:
        parse_terbilang("dua ribuan")
    assert info.value.word_index == 1


def test_error_is_a_value_error() -> None:
    assert issubclass(TerbilangError, ValueError)


@pytest.mark.parametrize(
    ("n", "words"),
    [
        (0, "nol"),
        (1, "satu"),
        (10, "sepuluh"),
        (11, "sebelas"),
        (12, "dua belas"),
        (20, "dua puluh"),
        (100, "seratus"),
        (109, "seratus sembilan"),
        (142, "seratus empat puluh dua"),
        (1000, "seribu"),
        (1011, "seribu sebelas"),
        (2000, "dua ribu"),
        (100_000, "seratus ribu"),
        (1_000_000, "satu juta"),
        (1_001_000, "satu juta seribu"),
        (
            2_106_360_472,
            "dua miliar seratus enam juta tiga ratus enam puluh ribu empat ratus tujuh puluh dua",
        ),
        (10**12, "satu triliun"),
        (-5, "minus lima"),
    ],
)
def test_to_terbilang_known_values(n: int, words: str) -> None:
    assert to_terbilang(n) == words


def test_to_terbilang_rejects_huge_numbers() -> None:
    with pytest.raises(ValueError):
        to_terbilang(10**15)


@given(st.integers(min_value=0, max_value=10**13))
def test_round_trip(n: int) -> None:
    assert parse_terbilang(to_terbilang(n)).value == n


@given(st.integers(min_value=1, max_value=10**13))
def test_round_trip_negative(n: int) -> None:
    assert parse_terbilang(to_terbilang(-n)).value == -n


def test_every_group_round_trips() -> None:
    # Every group of three digits, alone and in front of each multiplier.
    for n in range(1000):
        for scale in (1, 10**3, 10**6, 10**9, 10**12):
            assert parse_terbilang(to_terbilang(n * scale + 7)).value == n * scale + 7
