"""Header words and non-data rows, without files: the rules a careful clerk applies."""

from __future__ import annotations

import pytest

from jamsostek_desk.domain.headers import match_header
from jamsostek_desk.services.importer.layout import detect_layout
from jamsostek_desk.services.importer.rows import (
    FAMILY,
    HEADER_AGAIN,
    NUMBERS,
    SIGNATURE,
    SUBTOTAL,
    RowSorter,
    is_column_numbers,
)


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Kelurahan/Desa", "desa"),
        ("Desa / Kelurahan", "desa"),
        ("Nama Desa", "desa"),
        ("Kel/Desa", "desa"),
        ("DESA (KELURAHAN)", "desa"),
        ("No. Induk Kependudukan", "nik"),
        ("No. KTP", "nik"),
        ("TTL", "tempat_tanggal_lahir"),
        ("Tempat dan Tanggal Lahir", "tempat_tanggal_lahir"),
        ("Tgl/Bln/Th", "tanggal_lahir"),
        ("L/P", "jenis_kelamin"),
        ("Jenis Kel.", "jenis_kelamin"),
        ("JABATAN DALAM DESA", "jabatan"),
        ("No. HP/WA", "no_hp"),
        ("Nama Penduduk", "nama"),
        ("pekerjaan_id", "pekerjaan"),
        ("status_dasar", "status_penduduk"),
        ("NIK Ayah", None),
        ("Nama Ayah", None),
        ("No. KK", None),
        ("KTP-eL", None),
        ("Status Kawin", None),
        ("Kepala Desa", None),
        ("No", None),
    ],
)
def test_headers_are_matched_by_their_words(header: str, field: str | None) -> None:
    assert match_header(header) == field


def test_a_two_row_header_takes_the_lower_words() -> None:
    top: list[list[object]] = [
        ["BUKU INDUK"],
        ["NO", "Nama Lengkap", "NIK", "Tempat dan Tanggal Lahir", "", "JK", "Pekerjaan"],
        ["", "", "", "Tempat Lahir", "Tgl/Bln/Th", "", ""],
        [-1, -2, -3, -4, -5, -6, -7],
    ]
    layout = detect_layout(top)
    assert layout is not None
    assert (layout.header_top, layout.header_row) == (1, 2)
    assert layout.columns[3] == "tempat_lahir" and layout.columns[4] == "tanggal_lahir"
    assert layout.numbering == 0 and layout.titles == ["BUKU INDUK"]


@pytest.mark.parametrize(
    "row",
    [
        [1, 2, 3, 4, 5],
        ["1", "2", "3", "4"],
        ["(1)", "(2)", "(3)"],
        ["1.", "2.", "3.", "4."],
        [-1.0, -2.0, -3.0],
        ["I", "II", "III", "IV", "V", "VI"],
    ],
)
def test_column_number_rows(row: list[object]) -> None:
    assert is_column_numbers(row)


@pytest.mark.parametrize("row", [[1, 2], [1, 3, 4], ["1", "NIK", "3"], [5, 4, 3]])
def test_rows_that_are_not_column_numbers(row: list[object]) -> None:
    assert not is_column_numbers(row)


def test_the_sorter_names_every_kind_of_non_data_row() -> None:
    header = ["No", "NIK", "Nama", "Tgl Lahir", "L/P", "Desa"]
    layout = detect_layout([header])
    assert layout is not None
    sorter = RowSorter(layout)
    person = [1, "6303015001900001", "SITI", "10-01-1990", "P", "Sungai Tuan"]
    rows: list[tuple[list[object], str | None]] = [
        ([1, 2, 3, 4, 5, 6], NUMBERS),
        (person, None),
        (["No. KK : 6303010101010001", "", "Alamat : DESA X RT/RW : 001/002"], FAMILY),
        ([None, "Jumlah", 1], SUBTOTAL),
        (header, HEADER_AGAIN),
        ([2, None, "BUDI", "01-01-1980", "L", "Sungai Tuan"], None),  # a person without NIK
        ([], ""),
        ([3], ""),  # a number in the No column of an empty row
        ([None, None, "Martapura, 5 Januari 2026"], SIGNATURE),
        ([None, None, "Kepala Desa Sungai Tuan"], SIGNATURE),
        ([None, None, "AHMAD"], SIGNATURE),
        ([4, "6303010101800002", "AHMAD", "01-01-1980", "L", "Sungai Tuan"], None),
        ([], ""),
        ([None, None, "H. AHMAD FAUZI"], SIGNATURE),  # a name under the signature space
        ([None, None, "NIP. 19700101 199003 1 005"], SIGNATURE),
    ]
    assert [sorter.sort(r) for r, _ in rows] == [why for _, why in rows]
    assert sorter.family is not None and (sorter.family.rt, sorter.family.rw) == ("001", "002")
    assert sorter.family.desa == "X"


@pytest.mark.parametrize(
    ("ttl", "place", "born"),
    [
        ("Martapura, 12-01-1980", "Martapura", "1980-01-12"),
        ("Martapura 12/01/1980", "Martapura", "1980-01-12"),
        ("Sungai Tabuk, 12 Januari 1980", "Sungai Tabuk", "1980-01-12"),
        ("BANJARMASIN / 12-01-1980", "BANJARMASIN", "1980-01-12"),
    ],
)
def test_a_combined_ttl_is_split(ttl: str, place: str, born: str) -> None:
    from jamsostek_desk.domain.wilayah import load_wilayah
    from jamsostek_desk.services.importer.convert import Converter

    layout = detect_layout([["NIK", "Nama", "TTL", "L/P", "Desa", "Pekerjaan"]])
    assert layout is not None
    row: list[object] = ["6303015001800001", "Siti", ttl, "P", "Sungai Tuan", "Petani"]
    r = Converter(load_wilayah(), "63.03", "pekerja_rentan", layout).convert(2, row)
    assert r.data is not None, r.errors
    assert r.data.tempat_lahir.upper() == place.upper()
    assert r.data.tanggal_lahir is not None and r.data.tanggal_lahir.isoformat() == born


def test_every_header_word_pattern_names_a_known_column() -> None:
    from jamsostek_desk.domain.columns import BY_FIELD
    from jamsostek_desk.domain.headers import PATTERNS, VETOES

    assert set(PATTERNS) <= set(BY_FIELD) and set(VETOES) <= set(PATTERNS)
    assert match_header("Upah / Siltap per bulan") == "upah"
