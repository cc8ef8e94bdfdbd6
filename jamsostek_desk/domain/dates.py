"""Indonesian dates: formatting for letters and lists, lenient parsing of typed or imported dates.

Input comes from operators and from spreadsheets, so parsing accepts the forms people actually
write (day first, Indonesian month names, Excel serial numbers) and rejects the rest with a message
that names the value.
"""

from __future__ import annotations

import calendar
import math
import re
from datetime import date, datetime, timedelta
from decimal import Decimal

HARI: tuple[str, ...] = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
BULAN: tuple[str, ...] = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)
_ROMAWI = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")

# Month names and abbreviations as they appear in typed data and in exports (old spellings too).
_MONTH_WORDS: dict[str, int] = {}
for _number, _words in enumerate(
    (
        "januari january jan",
        "februari pebruari february feb peb",
        "maret march mar mrt",
        "april apr",
        "mei may",
        "juni june jun",
        "juli july jul",
        "agustus august agu agt ags aug",
        "september sep sept",
        "oktober october okt oct",
        "november nopember nov nop",
        "desember december des dec",
    ),
    start=1,
):
    for _word in _words.split():
        _MONTH_WORDS[_word] = _number

_EXCEL_EPOCH = date(1899, 12, 30)  # serial 61 = 1900-03-01; Excel counts a false 1900-02-29
_EXCEL_MAX = (date(9999, 12, 31) - _EXCEL_EPOCH).days
_TIME = r"(?:[ T]\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:\.\d+)?)?)?"
_ISO = re.compile(r"(\d{4})([-/.])(\d{1,2})\2(\d{1,2})" + _TIME)
_DMY = re.compile(r"(\d{1,2})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{4}|\d{2})" + _TIME)
_D_MONTH_Y = re.compile(r"(\d{1,2})[\s\-/.]*([^\W\d_]+)\.?[\s\-/.,]*(\d{4}|\d{2})" + _TIME)
_WEEKDAY = re.compile(
    r"(?:hari\s+)?(senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad)\s*,?\s*(?=.*\d)(\S.*)",
    re.IGNORECASE,
)


def format_tanggal(d: date, with_day: bool = False) -> str:
    """'12 Januari 2026', or 'Senin, 12 Januari 2026' for letters and berita acara."""
    text = f"{d.day} {BULAN[d.month - 1]} {d.year}"
    return f"{HARI[d.weekday()]}, {text}" if with_day else text


def format_tanggal_pendek(d: date) -> str:
    """'12-01-2026': the numeric form Indonesian forms and BPJS uploads use."""
    return f"{d.day:02d}-{d.month:02d}-{d.year:04d}"


def bulan_romawi(month: int) -> str:
    """Roman month for letter numbers such as 005/PMD/I/2026."""
    if isinstance(month, bool) or not isinstance(month, int) or not 1 <= month <= 12:
        raise ValueError(f"Bulan {month!r} tidak ada; bulan harus 1 sampai 12.")
    return _ROMAWI[month - 1]


_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def days_in_month(year: int, month: int) -> int:
    """Length of a month, for messages such as 'Februari 1980 hanya sampai tanggal 29'."""
    if not 1 <= month <= 12:
        raise ValueError(f"bad month {month}")
    if month == 2 and calendar.isleap(year):
        return 29
    return _DAYS[month - 1]


def resolve_century(yy: int, month: int, day: int, today: date) -> date | None:
    """Date of a two-digit year: the most recent such date not after today.

    None when the day does not exist in that month (31 Feb, or 29 Feb outside leap years).
    """
    base = today.year - today.year % 100 + yy
    for year in (base, base - 100, base - 200):
        if year < 1 or day > days_in_month(year, month):
            continue
        candidate = date(year, month, day)
        if candidate <= today:
            return candidate
    return None


def usia(lahir: date, pada: date) -> int:
    """Age in completed years, as on an Indonesian form."""
    if pada < lahir:
        raise ValueError(
            f"Tanggal {format_tanggal(pada)} lebih awal dari tanggal lahir {format_tanggal(lahir)}."
        )
    return pada.year - lahir.year - ((pada.month, pada.day) < (lahir.month, lahir.day))


def _unknown(value: object) -> ValueError:
    return ValueError(
        f"'{value}' bukan tanggal yang dikenali. Contoh: 12-01-1980 atau 12 Januari 1980."
    )


def _from_excel_serial(value: float | Decimal, shown: object) -> date:
    if not math.isfinite(value) or not 1 <= value < _EXCEL_MAX + 1:
        raise ValueError(
            f"Angka {shown} bukan tanggal: sebagai nomor tanggal Excel harus antara 1 "
            f"dan {_EXCEL_MAX}. Tulis tanggal seperti 12-01-1980."
        )
    serial = math.floor(value)  # a fraction is the time of day
    if serial == 60:
        raise ValueError(
            f"Angka {shown} adalah tanggal 29 Februari 1900 versi Excel, yang tidak pernah ada."
        )
    return _EXCEL_EPOCH + timedelta(days=serial + (1 if serial < 60 else 0))


def _build(text: str, year: int, year_digits: int, month: int, day: int, today: date) -> date:
    if not 1 <= month <= 12:
        raise ValueError(
            f"Tanggal '{text}' tidak ada: bulan {month} tidak ada (hanya 1 sampai 12)."
        )
    if year_digits == 2:
        found = resolve_century(year, month, day, today)
        if found is not None:
            return found
        first = resolve_century(year, month, 1, today)  # only to name the year in the message
        year = first.year if first else year
    if year < 1:
        raise ValueError(f"Tanggal '{text}' tidak ada: tahun {year} tidak ada.")
    if day < 1:
        raise ValueError(f"Tanggal '{text}' tidak ada: tanggal {day} tidak ada.")
    last = days_in_month(year, month)
    if day > last:
        raise ValueError(
            f"Tanggal '{text}' tidak ada ({BULAN[month - 1]} {year} hanya sampai tanggal {last})."
        )
    return date(year, month, day)


def parse_tanggal(value: object, today: date | None = None) -> date:
    """A date from what a user typed or a spreadsheet cell held; ValueError says what is wrong.

    Day-first always (12-01-1980 is 12 January); a two-digit year means the most recent such
    date that is not after today.
    """
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool):
        raise _unknown(value)
    if isinstance(value, int | float | Decimal):
        return _from_excel_serial(value, value)
    if value is None:
        raise ValueError("Tanggal kosong.")
    if not isinstance(value, str):
        raise _unknown(value)
    text = " ".join(value.split())
    if not text:
        raise ValueError("Tanggal kosong.")
    today = today or date.today()
    if m := _ISO.fullmatch(text):
        return _build(text, int(m[1]), 4, int(m[3]), int(m[4]), today)
    if m := _DMY.fullmatch(text):
        return _build(text, int(m[4]), len(m[4]), int(m[3]), int(m[1]), today)
    weekday = _WEEKDAY.fullmatch(text)
    if weekday:  # "Senin, 12 Januari 2026": the day name must agree with the date
        found = parse_tanggal(weekday[2], today)
        named = weekday[1].replace("'", "").casefold().replace("ahad", "minggu")
        if HARI[found.weekday()].casefold() != named:
            raise ValueError(
                f"Tanggal '{text}' tidak cocok: {format_tanggal(found)} adalah hari "
                f"{HARI[found.weekday()]}, bukan {weekday[1].capitalize()}."
            )
        return found
    if m := _D_MONTH_Y.fullmatch(text):
        month = _MONTH_WORDS.get(m[2].casefold())
        if month is None:
            raise ValueError(
                f"Nama bulan '{m[2]}' pada '{text}' tidak dikenali. Contoh: 12 Januari 1980."
            )
        return _build(text, int(m[3]), len(m[3]), month, int(m[1]), today)
    raise _unknown(text)
