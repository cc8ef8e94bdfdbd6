"""Indonesian date formatting and lenient parsing."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jamsostek_desk.domain.dates import (
    BULAN,
    HARI,
    bulan_romawi,
    format_tanggal,
    format_tanggal_pendek,
    parse_tanggal,
    usia,
)

TODAY = date(2026, 3, 1)
JAN_12_1980 = date(1980, 1, 12)


def test_names() -> None:
    assert HARI == ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
    assert len(BULAN) == 12 and BULAN[0] == "Januari" and BULAN[4] == "Mei"
    assert BULAN[7] == "Agustus" and BULAN[11] == "Desember"


@pytest.mark.parametrize(
    ("d", "text"),
    [
        (date(2026, 1, 12), "Senin, 12 Januari 2026"),
        (date(1945, 8, 17), "Jumat, 17 Agustus 1945"),  # Proklamasi
        (date(2000, 1, 1), "Sabtu, 1 Januari 2000"),
        (date(2024, 2, 29), "Kamis, 29 Februari 2024"),
    ],
)
def test_format_tanggal_with_day(d: date, text: str) -> None:
    assert format_tanggal(d, with_day=True) == text
    assert format_tanggal(d) == text.split(", ")[1]


def test_format_tanggal_pendek() -> None:
    assert format_tanggal_pendek(date(2026, 1, 12)) == "12-01-2026"
    assert format_tanggal_pendek(date(2026, 11, 5)) == "05-11-2026"


def test_bulan_romawi() -> None:
    expected = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
    assert [bulan_romawi(m) for m in range(1, 13)] == expected
    for bad in (0, 13, -1):
        with pytest.raises(ValueError, match="1 sampai 12"):
            bulan_romawi(bad)


@pytest.mark.parametrize(
    "text",
    [
        "12-01-1980",
        "12/01/1980",
        "12.01.1980",
        "12 Januari 1980",
        "12 Jan 1980",
        "12 januari 1980",
        "12 JANUARI 1980",
        "12-Jan-1980",
        "12 Jan. 1980",
        "12-1-1980",
        "1980-01-12",
        "1980-01-12 00:00:00",
        "1980-01-12T08:30:00",
        "12-01-1980 00:00",
        "12-01-80",
        "12 Jan 80",
        "Sabtu, 12 Januari 1980",  # 12 January 1980 was a Saturday
        "  12   Januari   1980 ",
    ],
)
def test_parse_accepts_common_forms(text: str) -> None:
    assert parse_tanggal(text, TODAY) == JAN_12_1980


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("1 Mei 1990", 5),
        ("1 May 1990", 5),
        ("1 Agu 1990", 8),
        ("1 Agt 1990", 8),
        ("1 Ags 1990", 8),
        ("1 Aug 1990", 8),
        ("1 Okt 1990", 10),
        ("1 Oct 1990", 10),
        ("1 Des 1990", 12),
        ("1 Dec 1990", 12),
        ("1 Nopember 1990", 11),
        ("1 Pebruari 1990", 2),
        ("1 Mar 1990", 3),
        ("1 Sept 1990", 9),
    ],
)
def test_month_names_and_abbreviations(text: str, month: int) -> None:
    assert parse_tanggal(text, TODAY) == date(1990, month, 1)


def test_date_objects_pass_through() -> None:
    assert parse_tanggal(JAN_12_1980) == JAN_12_1980
    assert parse_tanggal(datetime(1980, 1, 12, 23, 59)) == JAN_12_1980


@pytest.mark.parametrize(
    ("serial", "expected"),
    [
        (29221, date(1980, 1, 1)),
        (29221.75, date(1980, 1, 1)),  # the fraction is a time of day
        (1, date(1900, 1, 1)),
        (59, date(1900, 2, 28)),
        (61, date(1900, 3, 1)),
        (45658, date(2025, 1, 1)),
    ],
)
def test_excel_serial_numbers(serial: float, expected: date) -> None:
    assert parse_tanggal(serial) == expected


@pytest.mark.parametrize("serial", [0, -1, 60, 10**8, float("nan")])
def test_impossible_excel_serials(serial: float) -> None:
    with pytest.raises(ValueError):
        parse_tanggal(serial)


def test_two_digit_year_is_the_most_recent_not_after_today() -> None:
    assert parse_tanggal("01-03-26", TODAY) == date(2026, 3, 1)
    assert parse_tanggal("02-03-26", TODAY) == date(1926, 3, 2)
    assert parse_tanggal("12-01-00", TODAY) == date(2000, 1, 12)
    assert parse_tanggal("12-01-99", TODAY) == date(1999, 1, 12)
    assert parse_tanggal("29-02-00", TODAY) == date(2000, 2, 29)


def test_error_messages_name_the_value() -> None:
    with pytest.raises(ValueError) as exc:
        parse_tanggal("31-02-1980")
    assert (
        str(exc.value) == "Tanggal '31-02-1980' tidak ada (Februari 1980 hanya sampai tanggal 29)."
    )
    with pytest.raises(ValueError) as exc:
        parse_tanggal("abc")
    assert str(exc.value) == (
        "'abc' bukan tanggal yang dikenali. Contoh: 12-01-1980 atau 12 Januari 1980."
    )
    with pytest.raises(ValueError, match="Februari 1981 hanya sampai tanggal 28"):
        parse_tanggal("29-02-1981")
    with pytest.raises(ValueError, match="'Jnuari'"):
        parse_tanggal("12 Jnuari 1980")
    with pytest.raises(ValueError, match="bulan 13"):
        parse_tanggal("12-13-1980")
    with pytest.raises(ValueError, match="bukan Selasa"):
        parse_tanggal("Selasa, 12 Januari 2026")


@pytest.mark.parametrize("value", ["", "   ", None, True, "12-01", "1980", "12/01-1980", object()])
def test_rejects_non_dates(value: object) -> None:
    with pytest.raises(ValueError):
        parse_tanggal(value, TODAY)


dates_4_digit_years = st.dates(min_value=date(1000, 1, 1), max_value=date(9999, 12, 31))


@given(dates_4_digit_years, st.booleans())
def test_round_trip_long_form(d: date, with_day: bool) -> None:
    assert parse_tanggal(format_tanggal(d, with_day=with_day)) == d


@given(dates_4_digit_years)
def test_round_trip_short_and_iso_forms(d: date) -> None:
    assert parse_tanggal(format_tanggal_pendek(d)) == d
    assert parse_tanggal(d.isoformat()) == d
    assert parse_tanggal(format_tanggal_pendek(d).replace("-", "/")) == d


@given(st.dates(min_value=date(1900, 3, 1), max_value=date(9999, 12, 31)))
def test_excel_serials_count_days_from_1900(d: date) -> None:
    serial = (d - date(1900, 3, 1)).days + 61
    assert parse_tanggal(serial) == d


@given(st.dates(min_value=date(1927, 1, 1), max_value=TODAY))
def test_two_digit_years_within_a_century_round_trip(d: date) -> None:
    assert parse_tanggal(d.strftime("%d-%m-%y"), TODAY) == d


@pytest.mark.parametrize(
    ("lahir", "pada", "umur"),
    [
        (date(1980, 1, 12), date(2026, 1, 11), 45),
        (date(1980, 1, 12), date(2026, 1, 12), 46),
        (date(2000, 2, 29), date(2001, 2, 28), 0),
        (date(2000, 2, 29), date(2001, 3, 1), 1),
        (date(2000, 2, 29), date(2004, 2, 29), 4),
    ],
)
def test_usia(lahir: date, pada: date, umur: int) -> None:
    assert usia(lahir, pada) == umur


def test_usia_rejects_a_date_before_birth() -> None:
    with pytest.raises(ValueError, match="lebih awal"):
        usia(date(2000, 1, 2), date(2000, 1, 1))


@given(st.dates(max_value=date(9000, 1, 1)), st.integers(0, 900))
def test_usia_counts_whole_years(lahir: date, years: int) -> None:
    try:
        birthday = lahir.replace(year=lahir.year + years)
    except ValueError:  # 29 February in a common year
        birthday = date(lahir.year + years, 3, 1)
    assert usia(lahir, birthday) == years
    if birthday > lahir:
        assert usia(lahir, date.fromordinal(birthday.toordinal() - 1)) == years - 1
