"""Rupiah formatting, parsing and terbilang."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jamsostek_desk.domain.money import (
    format_angka,
    format_rupiah,
    parse_rupiah,
    terbilang,
    terbilang_rupiah,
)


def test_format() -> None:
    assert format_rupiah(16800) == "Rp16.800"
    assert format_rupiah(-5000) == "-Rp5.000"
    assert format_rupiah(0) == "Rp0"
    assert format_rupiah(42_000_000) == "Rp42.000.000"
    assert format_angka(1_000_000) == "1.000.000"
    assert format_angka(999) == "999"
    assert format_angka(-1234567) == "-1.234.567"


def test_format_refuses_non_integers() -> None:
    with pytest.raises(TypeError):
        format_rupiah(1.5)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        format_angka(True)


@pytest.mark.parametrize(
    "value",
    [
        "Rp 1.000.000",
        "Rp1.000.000",
        "rp. 1.000.000",
        "IDR 1000000",
        "1.000.000",
        "1000000",
        " 1 000 000 ",
        "1.000.000,00",
        "Rp1.000.000,-",
        "1000000.0",
        1000000,
        1000000.0,
        Decimal("1000000"),
    ],
)
def test_parse_rupiah(value: object) -> None:
    assert parse_rupiah(value) == 1_000_000


@pytest.mark.parametrize(
    "value",
    ["abc", "", None, "-5.000", "-Rp5.000", -1, 1.5, "16.800,50", "1,5", "1.5", True, "1,000,000"],
)
def test_parse_rupiah_rejects(value: object) -> None:
    with pytest.raises(ValueError):
        parse_rupiah(value)


def test_parse_rupiah_messages_explain() -> None:
    with pytest.raises(ValueError, match="negatif"):
        parse_rupiah("-5.000")
    with pytest.raises(ValueError, match="sen"):
        parse_rupiah("16.800,50")
    with pytest.raises(ValueError, match="'abc'"):
        parse_rupiah("abc")


@given(st.integers(0, 10**15))
def test_parse_reads_what_format_writes(n: int) -> None:
    assert parse_rupiah(format_rupiah(n)) == n
    assert parse_rupiah(format_angka(n)) == n
    assert parse_rupiah(str(n)) == n


@pytest.mark.parametrize(
    ("n", "words"),
    [
        (0, "nol"),
        (1, "satu"),
        (10, "sepuluh"),
        (11, "sebelas"),
        (12, "dua belas"),
        (19, "sembilan belas"),
        (20, "dua puluh"),
        (21, "dua puluh satu"),
        (100, "seratus"),
        (101, "seratus satu"),
        (111, "seratus sebelas"),
        (250, "dua ratus lima puluh"),
        (1000, "seribu"),
        (1001, "seribu satu"),
        (1100, "seribu seratus"),
        (2000, "dua ribu"),
        (11000, "sebelas ribu"),
        (100000, "seratus ribu"),
        (1_000_000, "satu juta"),
        (1_001_000, "satu juta seribu"),
        (16_800, "enam belas ribu delapan ratus"),
        (42_000_000, "empat puluh dua juta"),
        (174_000_000, "seratus tujuh puluh empat juta"),
        (1_000_000_000, "satu miliar"),
        (2_500_000_000_000, "dua triliun lima ratus miliar"),
        (-5000, "minus lima ribu"),
    ],
)
def test_terbilang(n: int, words: str) -> None:
    assert terbilang(n) == words


def test_terbilang_rupiah() -> None:
    assert terbilang_rupiah(42_000_000) == "empat puluh dua juta rupiah"
    assert terbilang_rupiah(16_800) == "enam belas ribu delapan ratus rupiah"


def test_terbilang_limits() -> None:
    assert terbilang(10**15 - 1).startswith("sembilan ratus sembilan puluh sembilan triliun")
    for too_big in (10**15, -(10**15)):
        with pytest.raises(ValueError, match="terlalu besar"):
            terbilang(too_big)
    with pytest.raises(TypeError):
        terbilang(1.0)  # type: ignore[arg-type]


_UNITS = {
    "satu": 1,
    "dua": 2,
    "tiga": 3,
    "empat": 4,
    "lima": 5,
    "enam": 6,
    "tujuh": 7,
    "delapan": 8,
    "sembilan": 9,
    "sepuluh": 10,
    "sebelas": 11,
    "seratus": 100,
    "seribu": 1000,
}
_SCALES = {"ribu": 10**3, "juta": 10**6, "miliar": 10**9, "triliun": 10**12}


def _words_to_number(text: str) -> int:
    """An independent reader of Indonesian number words, to check terbilang against."""
    total = group = 0
    for word in text.split():
        if word in _UNITS:
            value = _UNITS[word]
            if value == 1000:
                total += (group or 1) * 1000
                group = 0
            else:
                group += value
        elif word == "belas":
            group += 10  # "dua belas" = 2 + 10
        elif word == "puluh":
            last = group % 10
            group += last * 9
        elif word == "ratus":
            last = group % 10
            group += last * 99
        elif word in _SCALES:
            total += group * _SCALES[word]
            group = 0
        else:
            raise AssertionError(f"unexpected word {word!r} in {text!r}")
    return total + group


@given(st.integers(1, 10**15 - 1))
def test_terbilang_reads_back_and_is_well_formed(n: int) -> None:
    words = terbilang(n)
    assert _words_to_number(words) == n
    assert words == words.strip() and "  " not in words
    assert words == words.lower()
    for wrong in ("satu puluh", "satu belas", "satu ratus", "nol"):
        assert wrong not in words
    # A thousands group of exactly one is "seribu"; "satu ribu" only ends a larger group.
    assert not re.search(r"(^|juta |miliar |triliun )satu ribu", words)
    assert terbilang(-n) == f"minus {words}"


@given(st.integers(1, 999))
def test_millions_end_with_juta(a: int) -> None:
    assert terbilang(a * 10**6).endswith(" juta")
    assert terbilang(a * 10**3).endswith("ribu")
    assert terbilang(a * 10**9).endswith(" miliar")


@given(st.integers(1, 999), st.integers(0, 10**12 - 1))
def test_trillions_compose(t: int, rest: int) -> None:
    """Above a trillion the words are the trillions, 'triliun', then the rest as usual."""
    words = terbilang(t * 10**12 + rest)
    assert words.startswith(f"{terbilang(t)} triliun")
    assert words == (f"{terbilang(t)} triliun" + (f" {terbilang(rest)}" if rest else ""))
