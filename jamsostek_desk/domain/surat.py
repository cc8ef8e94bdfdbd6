"""Words and numbers of official letters: "Pada hari ini …" and letter numbers."""

from __future__ import annotations

import re
from datetime import date

from jamsostek_desk.domain.dates import BULAN, HARI, bulan_romawi
from jamsostek_desk.domain.money import terbilang

DEFAULT_POLA = "{nomor}/{kode}/{bulan_romawi}/{tahun}"
FIELDS = ("nomor", "kode", "bulan_romawi", "bulan", "tahun")
_FIELD = re.compile(r"\{([a-z_]+)\}")


def hari_ini_kalimat(d: date, tempat: str = "") -> str:
    """'Pada hari ini Senin tanggal dua belas bulan Januari tahun dua ribu dua puluh enam'.

    The place, when given, follows as 'bertempat di …'.
    """
    text = (
        f"Pada hari ini {HARI[d.weekday()]} tanggal {terbilang(d.day)} bulan "
        f"{BULAN[d.month - 1]} tahun {terbilang(d.year)}"
    )
    return f"{text}, bertempat di {tempat}" if tempat else text


def check_pola(pola: str) -> str:
    """A letter number pattern, cleaned; ValueError names an unknown or missing field."""
    pola = pola.strip()
    used = _FIELD.findall(pola)
    unknown = [f for f in used if f not in FIELDS]
    if unknown:
        raise ValueError(
            f"Pola nomor surat memakai {{{unknown[0]}}} yang tidak dikenal. Yang bisa dipakai: "
            + ", ".join(f"{{{f}}}" for f in FIELDS)
            + "."
        )
    if "nomor" not in used:
        raise ValueError("Pola nomor surat harus memuat {nomor} (nomor urut).")
    if "tahun" not in used:
        raise ValueError("Pola nomor surat harus memuat {tahun}: nomor hanya unik per tahun.")
    if "{" in _FIELD.sub("", pola) or "}" in _FIELD.sub("", pola):
        raise ValueError("Pola nomor surat memuat kurung kurawal yang tidak berpasangan.")
    return pola


def format_nomor(pola: str, urut: int, kode: str, tanggal: date, digits: int = 3) -> str:
    """'005/PMD/I/2026' from '{nomor}/{kode}/{bulan_romawi}/{tahun}'."""
    values = {
        "nomor": f"{urut:0{digits}d}",
        "kode": kode,
        "bulan_romawi": bulan_romawi(tanggal.month),
        "bulan": f"{tanggal.month:02d}",
        "tahun": str(tanggal.year),
    }
    return _FIELD.sub(lambda m: values[m[1]], check_pola(pola))
