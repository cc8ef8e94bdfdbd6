"""Rupiah amounts: Indonesian formatting ("Rp16.800"), parsing, and terbilang for berita acara.

Money is always whole rupiah in an int; anything with a fraction is rejected instead of rounded.
"""

from __future__ import annotations

import math
import re
from decimal import Decimal

_SATUAN = (
    "nol",
    "satu",
    "dua",
    "tiga",
    "empat",
    "lima",
    "enam",
    "tujuh",
    "delapan",
    "sembilan",
)
# Groups of three digits, largest first; "seribu" is the only group that takes "se".
_GROUPS = ((10**12, "triliun"), (10**9, "miliar"), (10**6, "juta"), (10**3, "ribu"))
TERBILANG_MAX = 10**15 - 1

_PREFIX = re.compile(r"^(?:rp\.?|idr)\s*", re.IGNORECASE)
_THOUSANDS = re.compile(r"[0-9]{1,3}(?:\.[0-9]{3})+")
_ZERO_CENTS = re.compile(r"(.*?),(?:-{1,2}|0{1,2})")
_POINT_DECIMAL = re.compile(r"([0-9]+)\.([0-9]{1,2})")


def _require_int(n: object) -> int:
    if isinstance(n, bool) or not isinstance(n, int):
        raise TypeError(f"Jumlah uang harus bilangan bulat (int), bukan {type(n).__name__}.")
    return n


def format_angka(n: int) -> str:
    """1000000 -> '1.000.000' (Indonesian thousands separator)."""
    return f"{_require_int(n):,}".replace(",", ".")


def format_rupiah(amount: int) -> str:
    """16800 -> 'Rp16.800', -5000 -> '-Rp5.000' (no space, as in PUEBI)."""
    amount = _require_int(amount)
    return f"{'-' if amount < 0 else ''}Rp{format_angka(abs(amount))}"


def parse_rupiah(value: object) -> int:
    """Whole rupiah from a typed or imported amount; ValueError says what is wrong."""
    if isinstance(value, bool) or value is None:
        raise ValueError(
            "Jumlah rupiah kosong." if value is None else f"'{value}' bukan jumlah rupiah."
        )
    if isinstance(value, int | float | Decimal):
        if isinstance(value, float | Decimal) and not math.isfinite(value):
            raise ValueError(f"'{value}' bukan jumlah rupiah.")
        if value != int(value):
            raise ValueError(f"Jumlah '{value}' tidak bulat: rupiah tidak memakai sen.")
        amount = int(value)
    elif isinstance(value, str):
        amount = _parse_text(value)
    else:
        raise ValueError(f"'{value}' bukan jumlah rupiah.")
    if amount < 0:
        raise ValueError(f"Jumlah rupiah tidak boleh negatif: '{value}'.")
    return amount


def _parse_text(value: str) -> int:
    text = "".join(value.split())
    if not text:
        raise ValueError("Jumlah rupiah kosong.")
    negative = text.startswith("-")
    body = _PREFIX.sub("", text.lstrip("-"))
    if m := _ZERO_CENTS.fullmatch(body):
        body = m[1]  # "16.800,-" and "16.800,00" are whole rupiah
    if body.isdigit() and body.isascii():
        number = int(body)
    elif _THOUSANDS.fullmatch(body):
        number = int(body.replace(".", ""))
    elif (m := _POINT_DECIMAL.fullmatch(body)) and int(m[2]) == 0:
        number = int(m[1])  # "16800.0": a number cell turned into text
    elif re.fullmatch(r"[0-9.]*[0-9],[0-9]+|[0-9]+\.[0-9]{1,2}", body):
        raise ValueError(f"Jumlah '{value}' tidak bulat: rupiah tidak memakai sen.")
    else:
        raise ValueError(
            f"'{value}' bukan jumlah rupiah yang dikenali. Contoh: 16800, 16.800 atau Rp16.800."
        )
    return -number if negative else number


def _below_thousand(n: int) -> list[str]:
    words: list[str] = []
    hundreds, rest = divmod(n, 100)
    if hundreds:
        words.append("seratus" if hundreds == 1 else f"{_SATUAN[hundreds]} ratus")
    if 10 <= rest <= 19:
        words.append(
            "sepuluh" if rest == 10 else "sebelas" if rest == 11 else f"{_SATUAN[rest - 10]} belas"
        )
    else:
        tens, ones = divmod(rest, 10)
        if tens:
            words.append(f"{_SATUAN[tens]} puluh")
        if ones:
            words.append(_SATUAN[ones])
    return words


def terbilang(n: int) -> str:
    """Indonesian number words, lower case: 42000000 -> 'empat puluh dua juta'.

    Up to 999 triliun; larger amounts are refused rather than spelt in a form nobody checks.
    """
    n = _require_int(n)
    if n < 0:
        return f"minus {terbilang(-n)}"
    if n > TERBILANG_MAX:
        raise ValueError(
            f"Angka {format_angka(n)} terlalu besar untuk ditulis dengan kata "
            "(paling besar 999 triliun)."
        )
    if n == 0:
        return "nol"
    words: list[str] = []
    for size, name in _GROUPS:
        count, n = divmod(n, size)
        if count == 1 and size == 1000:
            words.append("seribu")
        elif count:
            words += [*_below_thousand(count), name]
    words += _below_thousand(n)
    return " ".join(words)


def terbilang_rupiah(n: int) -> str:
    """'empat puluh dua juta rupiah', for the amount in words on a berita acara."""
    return f"{terbilang(n)} rupiah"
