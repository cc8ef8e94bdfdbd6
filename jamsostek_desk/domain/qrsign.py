"""Signed QR payloads for cards and letters, and their verification.

A payload is short and uses only characters of the QR alphanumeric mode (upper case, digits and
``:*``) so that every code fits one small fixed QR version::

    JD1:K:<last 12 hex of the record id>:<masked NIK>:<YYYYMMDD>:<signature>   (card)
    JD1:B:<last 12 hex of the letter id>:<amount in rupiah>:<YYYYMMDD>:<signature>   (letter)

The signature is HMAC-SHA256 of everything before it with the office's secret key, truncated to
80 bits and written in base32 (16 characters): enough that nobody guesses a valid code, while a
changed field (a name cannot be changed: it is looked up; the NIK, amount, date or id can) makes
the check fail.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
from dataclasses import dataclass
from datetime import date

PREFIX = "JD1"
KIND_CARD = "K"
KIND_LETTER = "B"
_SIG_CHARS = 16
_SHAPE = re.compile(r"JD1:([KB]):([0-9A-F]{12}):([0-9*]{1,16}):([0-9]{8}):([A-Z2-7]{16})")


@dataclass(frozen=True)
class QrPayload:
    kind: str  # KIND_CARD or KIND_LETTER
    ref: str  # the last 12 hex digits of the record's UUID, upper case
    value: str  # masked NIK (card) or amount in rupiah (letter)
    tanggal: date


def short_ref(record_id: str) -> str:
    """The last 12 hex digits of a UUID (its last group): random in version 4 and version 7
    UUIDs alike, whereas the first digits of a version 7 UUID are its creation time and are
    shared by rows made in the same millisecond."""
    return record_id.replace("-", "")[-12:].upper()


def _signature(body: str, key: bytes) -> str:
    digest = hmac.new(key, body.encode("ascii"), hashlib.sha256).digest()
    return base64.b32encode(digest[:10]).decode("ascii")


def sign(payload: QrPayload, key: bytes) -> str:
    body = f"{PREFIX}:{payload.kind}:{payload.ref}:{payload.value}:{payload.tanggal:%Y%m%d}"
    return f"{body}:{_signature(body, key)}"


class QrInvalid(ValueError):
    """The text is not a code of this application, or its signature does not match."""


def verify(text: str, key: bytes) -> QrPayload:
    """The payload of a genuine code; QrInvalid (Indonesian message) for anything else."""
    text = text.strip().upper()
    m = _SHAPE.fullmatch(text)
    if m is None:
        raise QrInvalid("Kode QR ini bukan kode kartu atau surat dari aplikasi ini.")
    body, sig = text.rsplit(":", 1)
    if not hmac.compare_digest(sig, _signature(body, key)):
        raise QrInvalid(
            "Tanda tangan kode QR tidak cocok: kartu atau surat ini diubah, atau dibuat oleh "
            "kantor lain."
        )
    raw = m[4]
    try:
        tanggal = date(int(raw[:4]), int(raw[4:6]), int(raw[6:]))
    except ValueError as e:
        raise QrInvalid(f"Tanggal pada kode QR tidak valid: {raw}.") from e
    return QrPayload(kind=m[1], ref=m[2], value=m[3], tanggal=tanggal)
