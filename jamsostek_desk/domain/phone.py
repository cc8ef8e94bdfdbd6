"""Indonesian mobile numbers, stored in one canonical form ("08…") so duplicates compare equal."""

from __future__ import annotations

import math
import re
from decimal import Decimal

# Separators people type inside a number: spaces, dashes, dots, brackets.
_SEPARATORS = re.compile(r"[\s\-.()\u2010-\u2015]+")
_CANONICAL = re.compile(r"08[0-9]{8,11}")


def _invalid(value: object, reason: str) -> ValueError:
    return ValueError(
        f"Nomor HP '{value}' tidak sah: {reason}. Contoh yang benar: 0812-3456-7890 "
        "atau +62 812-3456-7890."
    )


def normalize_phone(value: object) -> str:
    """Canonical '08…' form of a mobile number; '' when empty (the field is optional).

    Accepts +62/62/0062 prefixes and numbers whose leading zero Excel dropped ('812…').
    """
    if value is None:
        return ""
    if type(value) is str and _CANONICAL.fullmatch(value):
        return value  # already canonical (a form re-saved, a row checked twice)
    if isinstance(value, bool):
        raise _invalid(value, "bukan nomor telepon")
    if isinstance(value, float | Decimal):
        if not math.isfinite(value) or value != int(value):
            raise _invalid(value, "bukan nomor telepon")
        value = int(value)
    shown = str(value).strip()
    text = _SEPARATORS.sub("", shown.lstrip("'\u2018\u2019`"))
    if not text:
        return ""
    if text.startswith("+"):
        if not text.startswith("+62"):
            raise _invalid(shown, "hanya nomor Indonesia (+62) yang diterima")
        text = text[1:]
    if not (text.isdigit() and text.isascii()):
        if any(c in text for c in "/,;&"):
            raise _invalid(shown, "isi satu nomor saja")
        raise _invalid(shown, "hanya boleh berisi angka")
    for prefix in ("0062", "62"):
        if text.startswith(prefix):
            text = text[len(prefix) :].removeprefix("0")  # "+62 0812…" is a common slip
            break
    if text.startswith("8"):
        text = "0" + text  # the leading zero that Excel or the +62 form dropped
    if not text.startswith("08"):
        raise _invalid(shown, "nomor HP harus diawali 08 (atau +62 8)")
    if not 10 <= len(text) <= 13:
        raise _invalid(
            shown, f"nomor HP harus terdiri dari 10 sampai 13 angka, ini {len(text)} angka"
        )
    return text
