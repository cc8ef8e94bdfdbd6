"""NIK (Nomor Induk Kependudukan) checks: what is structurally wrong, and what only looks odd.

A NIK is ``PP KK CC DDMMYY SSSS``: province, kabupaten/kota and kecamatan of first issue, birth
date (day + 40 for women) and a serial. Errors make a NIK unusable; warnings are legal oddities
(a kecamatan code that no longer exists, a NIK date that differs from the real birth date) that
the operator should see but may accept.

Finding codes. Errors: nik_empty, nik_excel_number, nik_not_digits, nik_length,
nik_provinsi_unknown, nik_bulan_invalid, nik_tanggal_invalid, nik_tanggal_impossible,
nik_serial_zero. Warnings: nik_kabupaten_unknown, nik_kecamatan_unknown, and from compare_nik
nik_tanggal_beda, nik_jk_beda.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import lru_cache

from jamsostek_desk.domain.dates import BULAN, days_in_month, format_tanggal, resolve_century
from jamsostek_desk.domain.wilayah import WilayahRef, load_wilayah

# Excel shows a long number as 6.30301E+15 (or 6,30301E+15 with Indonesian settings).
_SCIENTIFIC = re.compile(r"[0-9]+(?:[.,][0-9]*)?[eE][+-]?[0-9]+")
# What str() makes of a number cell that went through a float: "6303011201800000.0".
_FLOAT_TEXT = re.compile(r"[0-9]{15,17}[.,]0+")
_SEPARATORS = re.compile(r"[\s.\-\u2010-\u2015\u200b-\u200d\ufeff]+")

_EXCEL_MESSAGE = (
    "NIK '{shown}' tersimpan sebagai angka, bukan teks. Excel hanya menyimpan 15 angka, "
    "sehingga angka ke-16 NIK hilang (menjadi 0) dan tidak dapat dipulihkan. Ketik ulang NIK "
    "dari KTP/KK sebagai teks (format sel Teks, atau awali dengan tanda petik ')."
)


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem found in a value: a stable code for programs, a message for the user."""

    code: str
    message: str


@dataclass(frozen=True, slots=True)
class NikInfo:
    """What a NIK says. The decoded fields are set only when the NIK has no errors."""

    raw: object
    nik: str | None
    errors: tuple[Finding, ...]
    warnings: tuple[Finding, ...]
    provinsi_kode: str | None
    kabupaten_kode: str | None
    kecamatan_kode: str | None
    tanggal_lahir: date | None
    jenis_kelamin: str | None
    serial: int | None

    @property
    def ok(self) -> bool:
        return not self.errors


def clean_nik_text(value: object) -> str:
    """Digits as typed, without the spaces, dots, dashes and leading apostrophe people add."""
    if value is None:
        return ""
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    text = str(value).strip().lstrip("'\u2018\u2019`")
    if text.isdigit():
        return text  # the common case: no copy (a million NIKs are 70 MB)
    return _SEPARATORS.sub("", text)


def mask_nik(nik: str) -> str:
    """6303054101900001 -> 630305******0001: area and serial stay, the birth date is hidden.

    The one mask of the application: lists, cards, QR codes and messages all show this."""
    return nik[:6] + "*" * (len(nik) - 10) + nik[-4:] if len(nik) > 10 else nik


def _failed(raw: object, *errors: Finding) -> NikInfo:
    return NikInfo(raw, None, errors, (), None, None, None, None, None, None)


def _shown(value: object) -> str:
    if isinstance(value, float):
        return f"{value:.10g}"
    return str(value).strip()


@lru_cache(maxsize=4096)
def _region(head: str, ref: WilayahRef) -> tuple[tuple[Finding, ...], tuple[Finding, ...]]:
    """Errors and warnings of the region digits (the first six). Cached: a list holds
    people of a few dozen kecamatan."""
    prov = head[:2]
    if ref.get(prov) is None:
        return (
            Finding(
                "nik_provinsi_unknown",
                f"Kode provinsi '{prov}' (dua angka pertama NIK) tidak ada. Periksa kembali NIK.",
            ),
        ), ()
    return (), _region_warnings(head, ref)


@lru_cache(maxsize=65_536)
def _born(ddmmyy: str, today: date) -> tuple[tuple[Finding, ...], date | None]:
    """Errors and birth date of the date digits (7 to 12). Cached: a few tens of thousands
    of dates cover any list."""
    errors: list[Finding] = []
    raw_day, month, yy = int(ddmmyy[0:2]), int(ddmmyy[2:4]), int(ddmmyy[4:6])
    day = raw_day - 40 if raw_day > 40 else raw_day
    shown_date = f"{ddmmyy[0:2]}-{ddmmyy[2:4]}-{ddmmyy[4:6]}"
    born: date | None = None
    if not 1 <= month <= 12:
        errors.append(
            Finding(
                "nik_bulan_invalid",
                f"Bulan lahir dalam NIK ({ddmmyy[2:4]}, angka ke-9 dan ke-10) tidak ada: "
                "bulan harus 01 sampai 12.",
            )
        )
    if not (1 <= raw_day <= 31 or 41 <= raw_day <= 71):
        errors.append(
            Finding(
                "nik_tanggal_invalid",
                f"Tanggal lahir dalam NIK ({ddmmyy[0:2]}, angka ke-7 dan ke-8) tidak sah: harus "
                "01 sampai 31 untuk laki-laki atau 41 sampai 71 untuk perempuan.",
            )
        )
    elif 1 <= month <= 12:
        born = resolve_century(yy, month, day, today)
        if born is None:
            first = resolve_century(yy, month, 1, today)
            year = first.year if first else yy
            errors.append(
                Finding(
                    "nik_tanggal_impossible",
                    f"Tanggal lahir dalam NIK ({shown_date}) tidak ada: {BULAN[month - 1]} "
                    f"{year} hanya sampai tanggal {days_in_month(year, month)}.",
                )
            )
    return tuple(errors), born


_SERIAL_ZERO = Finding(
    "nik_serial_zero",
    "Nomor urut NIK (empat angka terakhir) 0000 tidak sah: nomor urut mulai dari 0001.",
)


def _region_warnings(digits: str, ref: WilayahRef) -> tuple[Finding, ...]:
    kab = f"{digits[:2]}.{digits[2:4]}"
    kec = f"{kab}.{digits[4:6]}"
    if ref.get(kab) is None:
        return (
            Finding(
                "nik_kabupaten_unknown",
                f"Kode kabupaten/kota {kab} dalam NIK tidak ada dalam data wilayah Kemendagri. "
                "Periksa kembali NIK dengan KTP/KK.",
            ),
        )
    if ref.get(kec) is None:
        return (
            Finding(
                "nik_kecamatan_unknown",
                f"Kode kecamatan {kec} dalam NIK tidak ada dalam data wilayah Kemendagri terbaru "
                f"({ref.name(kab)}). Kode kecamatan dapat berubah karena pemekaran; jika NIK "
                "sudah sesuai KTP/KK, data tetap dapat disimpan.",
            ),
        )
    return ()


def parse_nik(value: object, ref: WilayahRef | None = None, today: date | None = None) -> NikInfo:
    """Check a NIK from a form or a spreadsheet cell and decode it.

    A number (int/float, or text in Excel's scientific notation) is always an error: Excel keeps
    15 significant digits, so the 16th digit of such a NIK is already lost.
    """
    if isinstance(value, float | Decimal) or (
        isinstance(value, int) and not isinstance(value, bool)
    ):
        return _failed(
            value, Finding("nik_excel_number", _EXCEL_MESSAGE.format(shown=_shown(value)))
        )
    text = "" if value is None else str(value).strip().lstrip("'\u2018\u2019`").strip()
    if not text:
        return _failed(value, Finding("nik_empty", "NIK belum diisi."))
    if _SCIENTIFIC.fullmatch(text) or _FLOAT_TEXT.fullmatch(text):
        return _failed(value, Finding("nik_excel_number", _EXCEL_MESSAGE.format(shown=text)))
    digits = clean_nik_text(text)
    if not (digits.isdigit() and digits.isascii()):
        odd = "".join(dict.fromkeys(c for c in digits if not "0" <= c <= "9"))
        hint = (
            " Huruf O dan I/l sering tertukar dengan angka 0 dan 1."
            if set(odd) & set("OoIl")
            else ""
        )
        return _failed(
            value,
            Finding(
                "nik_not_digits",
                f"NIK '{text}' hanya boleh berisi angka, tetapi ada huruf atau tanda lain: "
                f"{' '.join(odd)}.{hint}",
            ),
        )
    if len(digits) != 16:
        hint = " Mungkin ada angka yang terlewat." if len(digits) < 16 else ""
        return _failed(
            value,
            Finding(
                "nik_length",
                f"NIK harus 16 angka, tetapi '{text}' berisi {len(digits)} angka.{hint}",
            ),
        )
    ref = ref if ref is not None else load_wilayah()
    region_errors, warnings = _region(digits[:6], ref)
    date_errors, born = _born(digits[6:12], today or date.today())
    errors = region_errors + date_errors
    if digits[12:] == "0000":
        errors = (*errors, _SERIAL_ZERO)
    if errors or born is None:
        return _failed(value, *errors)
    return NikInfo(
        raw=value,
        nik=digits,
        errors=(),
        warnings=warnings,
        provinsi_kode=digits[:2],
        kabupaten_kode=f"{digits[:2]}.{digits[2:4]}",
        kecamatan_kode=f"{digits[:2]}.{digits[2:4]}.{digits[4:6]}",
        tanggal_lahir=born,
        jenis_kelamin="P" if int(digits[6:8]) > 40 else "L",
        serial=int(digits[12:]),
    )


def compare_nik(
    info: NikInfo, tanggal_lahir: date | None, jenis_kelamin: str | None
) -> tuple[Finding, ...]:
    """Warnings when the typed birth date or sex differ from what the NIK encodes.

    Such a NIK is legal and is not reissued, so this never rejects. Only day, month and the
    last two digits of the year are compared: the NIK does not carry the century. A sex other
    than "L"/"P" (or empty) is not compared; rejecting it is the form's job.
    """
    if not info.ok or info.tanggal_lahir is None:
        return ()
    found: list[Finding] = []
    nik_date = info.tanggal_lahir
    if tanggal_lahir is not None and (
        tanggal_lahir.day,
        tanggal_lahir.month,
        tanggal_lahir.year % 100,
    ) != (nik_date.day, nik_date.month, nik_date.year % 100):
        found.append(
            Finding(
                "nik_tanggal_beda",
                f"Tanggal lahir {format_tanggal(tanggal_lahir)} berbeda dengan tanggal lahir "
                f"dalam NIK ({nik_date.day:02d}-{nik_date.month:02d}-{nik_date.year % 100:02d}). "
                "Periksa kembali dengan KTP/KK; NIK yang tanggalnya berbeda tetap sah.",
            )
        )
    jk = (jenis_kelamin or "").strip().upper()
    if jk in ("L", "P") and jk != info.jenis_kelamin:  # other values are the form's to reject
        nik_jk = "perempuan" if info.jenis_kelamin == "P" else "laki-laki"
        typed = "perempuan" if jk == "P" else "laki-laki"
        found.append(
            Finding(
                "nik_jk_beda",
                f"Jenis kelamin diisi {typed}, tetapi NIK menunjukkan {nik_jk} (tanggal "
                "dalam NIK ditambah 40 untuk perempuan). Periksa kembali dengan KTP/KK.",
            )
        )
    return tuple(found)


_NIK_IN_TEXT = re.compile(r"(?<!\d)(\d{6})\d{6}(\d{4})(?!\d)")


def mask_niks_in(text: str) -> str:
    """Every 16-digit run in ``text`` masked as 630305******0001 (logs, the audit trail shown
    to Pimpinan)."""
    return _NIK_IN_TEXT.sub(r"\1******\2", text)
