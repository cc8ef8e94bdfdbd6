"""Indonesian day and date words for letters, and letter number patterns."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jamsostek_desk.domain.dates import BULAN, HARI
from jamsostek_desk.domain.money import terbilang
from jamsostek_desk.domain.surat import (
    DEFAULT_POLA,
    check_pola,
    format_nomor,
    hari_ini_kalimat,
)


@pytest.mark.parametrize(
    ("d", "text"),
    [
        (
            date(2026, 1, 12),
            "Pada hari ini Senin tanggal dua belas bulan Januari tahun dua ribu dua puluh enam",
        ),
        (
            date(2025, 8, 17),
            "Pada hari ini Minggu tanggal tujuh belas bulan Agustus tahun dua ribu dua puluh lima",
        ),
        (
            date(2024, 2, 29),
            "Pada hari ini Kamis tanggal dua puluh sembilan bulan Februari tahun dua ribu dua "
            "puluh empat",
        ),
        (
            date(2027, 3, 1),
            "Pada hari ini Senin tanggal satu bulan Maret tahun dua ribu dua puluh tujuh",
        ),
        (
            date(2026, 11, 11),
            "Pada hari ini Rabu tanggal sebelas bulan November tahun dua ribu dua puluh enam",
        ),
        (
            date(2030, 10, 10),
            "Pada hari ini Kamis tanggal sepuluh bulan Oktober tahun dua ribu tiga puluh",
        ),
        (
            date(2026, 5, 1),
            "Pada hari ini Jumat tanggal satu bulan Mei tahun dua ribu dua puluh enam",
        ),
        (
            date(2026, 1, 31),
            "Pada hari ini Sabtu tanggal tiga puluh satu bulan Januari tahun dua ribu dua "
            "puluh enam",
        ),
        (
            date(2026, 6, 30),
            "Pada hari ini Selasa tanggal tiga puluh bulan Juni tahun dua ribu dua puluh enam",
        ),
    ],
)
def test_hari_ini(d: date, text: str) -> None:
    assert hari_ini_kalimat(d) == text


def test_hari_ini_with_place() -> None:
    assert hari_ini_kalimat(date(2026, 1, 12), "Martapura").endswith(
        "dua puluh enam, bertempat di Martapura"
    )


@given(st.dates(date(1900, 1, 1), date(2999, 12, 31)))
def test_date_words_are_consistent(d: date) -> None:
    text = hari_ini_kalimat(d)
    assert f" {HARI[d.weekday()]} " in text
    assert f"tanggal {terbilang(d.day)} bulan {BULAN[d.month - 1]} " in text
    assert text.endswith(f"tahun {terbilang(d.year)}")
    assert not any(ch.isdigit() for ch in text)


def test_letter_numbers() -> None:
    d = date(2026, 1, 12)
    assert format_nomor(DEFAULT_POLA, 5, "PMD", d) == "005/PMD/I/2026"
    assert format_nomor("{kode}.{nomor}/{bulan}/{tahun}", 123, "DTK", date(2026, 11, 3)) == (
        "DTK.123/11/2026"
    )
    assert format_nomor("{nomor}/{tahun}", 1234, "", d) == "1234/2026"


@pytest.mark.parametrize(
    ("pola", "message"),
    [
        ("{kode}/{tahun}", "{nomor}"),
        ("{nomor}/{kode}", "{tahun}"),
        ("{nomor}/{bulanromawi}/{tahun}", "tidak dikenal"),
        ("{nomor}/{tahun}}", "kurung"),
    ],
)
def test_bad_patterns(pola: str, message: str) -> None:
    with pytest.raises(ValueError, match=message.replace("{", r"\{").replace("}", r"\}")):
        check_pola(pola)
