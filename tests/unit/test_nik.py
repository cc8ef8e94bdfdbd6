"""NIK parsing: structure errors, Excel damage, reference warnings and the decoded fields."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jamsostek_desk.domain.nik import NikInfo, clean_nik_text, compare_nik, parse_nik
from jamsostek_desk.domain.wilayah import load_wilayah

REF = load_wilayah()
TODAY = date(2026, 3, 1)
# Kecamatan Martapura (63.03.05), Kabupaten Banjar; a woman born 12 January 1980 has day 52.
WOMAN_1980 = "6303055201800001"
MAN_1980 = "6303051201800001"
ALL_KEC = [
    kec.kode for p in REF.provinsi() for k in REF.children(p.kode) for kec in REF.children(k.kode)
]


def parse(value: object) -> NikInfo:
    return parse_nik(value, REF, TODAY)


def codes(info: NikInfo) -> list[str]:
    return [f.code for f in info.errors]


def test_woman_born_12_january_1980() -> None:
    info = parse(WOMAN_1980)
    assert info.ok and info.errors == () and info.warnings == ()
    assert info.nik == WOMAN_1980
    assert info.raw == WOMAN_1980
    assert (info.provinsi_kode, info.kabupaten_kode, info.kecamatan_kode) == (
        "63",
        "63.03",
        "63.03.05",
    )
    assert info.tanggal_lahir == date(1980, 1, 12)
    assert info.jenis_kelamin == "P"
    assert info.serial == 1


def test_man_has_the_plain_day() -> None:
    info = parse(MAN_1980)
    assert info.tanggal_lahir == date(1980, 1, 12) and info.jenis_kelamin == "L"


@pytest.mark.parametrize(
    "typed",
    [
        "63.0305.520180.0001",  # Dukcapil export
        "6303 0552 0180 0001",
        "6303-0552-0180-0001",
        "'6303055201800001",  # Excel text marker
        " 6303055201800001\t",
        "\u20186303055201800001",
    ],
)
def test_separators_and_text_markers_are_ignored(typed: str) -> None:
    info = parse(typed)
    assert info.ok and info.nik == WOMAN_1980


@pytest.mark.parametrize(
    "value",
    [
        6303055201800001,
        6303055201800000,
        6.30305520180000e15,
        Decimal("6303055201800001"),
        "6.30306E+15",
        "6,30306E+15",
        "6.30306e15",
        "6303055201800000.0",
    ],
)
def test_a_nik_stored_as_a_number_is_never_accepted(value: object) -> None:
    info = parse(value)
    assert not info.ok
    assert codes(info) == ["nik_excel_number"]
    message = info.errors[0].message
    assert "15" in message and "16" in message and "teks" in message
    assert info.nik is None and info.tanggal_lahir is None


def test_bool_is_not_mistaken_for_a_number() -> None:
    assert codes(parse(True)) == ["nik_not_digits"]


@pytest.mark.parametrize("value", [None, "", "   ", "'"])
def test_empty(value: object) -> None:
    assert codes(parse(value)) == ["nik_empty"]


def test_letters_are_named_in_the_message() -> None:
    info = parse("63030552O1800001")
    assert codes(info) == ["nik_not_digits"]
    assert "O" in info.errors[0].message


@pytest.mark.parametrize(("text", "count"), [("630305520180001", 15), ("63030552018000011", 17)])
def test_wrong_length_says_how_many_digits(text: str, count: int) -> None:
    info = parse(text)
    assert codes(info) == ["nik_length"]
    assert f"{count} angka" in info.errors[0].message


@pytest.mark.parametrize(
    ("nik", "code"),
    [
        ("0003051201800001", "nik_provinsi_unknown"),
        ("9903051201800001", "nik_provinsi_unknown"),
        ("6303051200800001", "nik_bulan_invalid"),
        ("6303051213800001", "nik_bulan_invalid"),
        ("6303050001800001", "nik_tanggal_invalid"),
        ("6303053201800001", "nik_tanggal_invalid"),
        ("6303054001800001", "nik_tanggal_invalid"),
        ("6303057201800001", "nik_tanggal_invalid"),
        ("6303053102800001", "nik_tanggal_impossible"),  # 31 February
        ("6303057102800001", "nik_tanggal_impossible"),  # 31 February, woman
        ("6303052902010001", "nik_tanggal_impossible"),  # 2001 is not a leap year
        ("6303053104800001", "nik_tanggal_impossible"),  # 31 April
        ("6303051201800000", "nik_serial_zero"),
    ],
)
def test_structure_errors(nik: str, code: str) -> None:
    info = parse(nik)
    assert codes(info) == [code]
    assert info.nik is None and info.tanggal_lahir is None and info.jenis_kelamin is None


def test_impossible_date_message_names_the_month_length() -> None:
    message = parse("6303053102800001").errors[0].message
    assert "Februari 1980" in message and "29" in message


def test_all_errors_are_reported_together() -> None:
    assert set(codes(parse("0003051213800000"))) == {
        "nik_provinsi_unknown",
        "nik_bulan_invalid",
        "nik_serial_zero",
    }


def test_leap_day_2000_and_women_day_71() -> None:
    assert parse("6303052902000001").tanggal_lahir == date(2000, 2, 29)
    info = parse("6303057112800001")
    assert info.tanggal_lahir == date(1980, 12, 31) and info.jenis_kelamin == "P"


def test_unknown_kabupaten_and_kecamatan_are_warnings() -> None:
    kab = parse("6399051201800001")
    assert kab.ok and [w.code for w in kab.warnings] == ["nik_kabupaten_unknown"]
    assert "63.99" in kab.warnings[0].message
    missing = next(n for n in range(99, 0, -1) if REF.get(f"63.03.{n:02d}") is None)
    kec = parse(f"6303{missing:02d}1201800001")
    assert kec.ok and [w.code for w in kec.warnings] == ["nik_kecamatan_unknown"]
    assert kec.kecamatan_kode == f"63.03.{missing:02d}"
    assert "pemekaran" in kec.warnings[0].message


def test_century_is_the_most_recent_not_after_today() -> None:
    assert parse("6303051202260001").tanggal_lahir == date(2026, 2, 12)
    assert parse("6303050103260001").tanggal_lahir == date(2026, 3, 1)  # born today
    assert parse("6303050203260001").tanggal_lahir == date(1926, 3, 2)  # tomorrow -> 1926
    assert parse("6303051201990001").tanggal_lahir == date(1999, 1, 12)
    assert parse("6303051201000001").tanggal_lahir == date(2000, 1, 12)


def test_defaults_use_the_shipped_reference_and_today() -> None:
    info = parse_nik(WOMAN_1980)
    assert info.ok and info.tanggal_lahir == date(1980, 1, 12)


@settings(max_examples=300, deadline=None)
@given(
    kecamatan=st.sampled_from(ALL_KEC),
    born=st.dates(min_value=TODAY - timedelta(days=36500), max_value=TODAY),
    perempuan=st.booleans(),
    serial=st.integers(1, 9999),
)
def test_round_trip(kecamatan: str, born: date, perempuan: bool, serial: int) -> None:
    day = born.day + (40 if perempuan else 0)
    nik = f"{kecamatan.replace('.', '')}{day:02d}{born.month:02d}{born.year % 100:02d}{serial:04d}"
    info = parse(nik)
    assert info.ok, info.errors
    assert info.warnings == ()
    assert info.nik == nik
    assert info.kecamatan_kode == kecamatan
    assert info.kabupaten_kode == kecamatan[:5] and info.provinsi_kode == kecamatan[:2]
    assert info.tanggal_lahir == born
    assert info.jenis_kelamin == ("P" if perempuan else "L")
    assert info.serial == serial
    dotted = f"{nik[:2]}.{nik[2:6]}.{nik[6:12]}.{nik[12:]}"
    assert parse(dotted).nik == nik


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789", min_size=16, max_size=16))
def test_any_16_digits_decode_to_a_date_not_after_today(digits: str) -> None:
    info = parse(digits)
    if info.ok:
        assert info.tanggal_lahir is not None
        assert TODAY - timedelta(days=36525) < info.tanggal_lahir <= TODAY
        assert info.tanggal_lahir.strftime("%d%m%y") == (
            f"{int(digits[6:8]) % 40:02d}{digits[8:12]}"
        )
    else:
        assert info.nik is None and info.errors


def test_clean_nik_text() -> None:
    assert clean_nik_text(" '63.0305.520180.0001 ") == WOMAN_1980
    assert clean_nik_text("6303-0552 0180-0001") == WOMAN_1980
    assert clean_nik_text(6303055201800001) == WOMAN_1980
    assert clean_nik_text(None) == ""


def test_compare_nik_same_data_gives_no_warning() -> None:
    info = parse(WOMAN_1980)
    assert compare_nik(info, date(1980, 1, 12), "P") == ()
    assert compare_nik(info, None, None) == ()
    assert compare_nik(info, date(1880, 1, 12), "p") == ()  # the NIK has no century


def test_compare_nik_differences_are_warnings() -> None:
    info = parse(WOMAN_1980)
    found = compare_nik(info, date(1980, 1, 13), "L")
    assert [f.code for f in found] == ["nik_tanggal_beda", "nik_jk_beda"]
    assert "13 Januari 1980" in found[0].message
    assert "perempuan" in found[1].message


def test_compare_nik_ignores_a_nik_with_errors_and_unknown_sex_values() -> None:
    assert compare_nik(parse("123"), date(1980, 1, 12), "L") == ()
    assert compare_nik(parse(WOMAN_1980), None, "X") == ()
    assert compare_nik(parse(WOMAN_1980), None, "") == ()
    assert [f.code for f in compare_nik(parse(MAN_1980), None, " p ")] == ["nik_jk_beda"]
