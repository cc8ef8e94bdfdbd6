"""Signed QR payloads for cards and letters, and their verification.

Codes printed from now on (``JD2``) carry the printing office's Ed25519 signature of
everything before it (64 bytes), written in 95 characters of a 43-letter alphabet inside the
QR alphanumeric set (no space, no colon), so that any office holding the roster of office keys
can check them; the payload then needs a version-6 QR code (154 alphanumeric characters at error
level M). The older form below (``JD1``, an HMAC only its own office can check) is still read.

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
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

PREFIX = "JD1"
KIND_CARD = "K"
KIND_LETTER = "B"
_SIG_CHARS = 16
_SHAPE = re.compile(r"JD1:([KB]):([0-9A-F]{12}):([0-9*]{1,16}):([0-9]{8}):([A-Z2-7]{16})")
PREFIX_ED = "JD2"
B43 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ$%*+-./"
_ED_CHARS = 95  # 43**95 > 2**512: a 64-byte signature
_SHAPE_ED = re.compile(
    r"JD2:([KB]):([0-9A-F]{12}):([0-9*]{1,16}):([0-9]{8}):([0-9A-Z$%*+\-./]{95})"
)


def b43_encode(raw: bytes) -> str:
    n = int.from_bytes(raw, "big")
    out = []
    for _ in range(_ED_CHARS):
        n, r = divmod(n, 43)
        out.append(B43[r])
    return "".join(reversed(out))


def b43_decode(text: str) -> bytes:
    n = 0
    for c in text:
        n = n * 43 + B43.index(c)
    if n >> 512:
        raise ValueError("signature out of range")
    return n.to_bytes(64, "big")


@dataclass(frozen=True)
class QrPayload:
    kind: str  # KIND_CARD or KIND_LETTER
    ref: str  # the last 12 hex digits of the record's UUID, upper case
    value: str  # masked NIK (card) or amount in rupiah (letter)
    tanggal: date


def mask_nik(nik: str) -> str:
    """6303054101900001 -> 630305******0001: area and serial stay, the birth date is hidden."""
    return nik[:6] + "*" * (len(nik) - 10) + nik[-4:] if len(nik) > 10 else nik


def short_ref(record_id: str) -> str:
    """The last 12 hex digits of a UUID (its last group): random in version 4 and version 7
    UUIDs alike, whereas the first digits of a version 7 UUID are its creation time and are
    shared by rows made in the same millisecond."""
    return record_id.replace("-", "")[-12:].upper()


def _signature(body: str, key: bytes) -> str:
    digest = hmac.new(key, body.encode("ascii"), hashlib.sha256).digest()
    return base64.b32encode(digest[:10]).decode("ascii")


def sign(payload: QrPayload, key: bytes | Callable[[bytes], bytes]) -> str:
    """The code's text: with an Ed25519 signing function (``JD2``), or with the old HMAC
    secret (``JD1``, kept for tests of codes printed before)."""
    if callable(key):
        body = f"{PREFIX_ED}:{payload.kind}:{payload.ref}:{payload.value}:{payload.tanggal:%Y%m%d}"
        return f"{body}:{b43_encode(key(body.encode('ascii')))}"
    body = f"{PREFIX}:{payload.kind}:{payload.ref}:{payload.value}:{payload.tanggal:%Y%m%d}"
    return f"{body}:{_signature(body, key)}"


def parse_signed(text: str) -> tuple[QrPayload, bytes, bytes]:
    """A ``JD2`` code's payload, the signed bytes and the signature (not yet checked: the
    caller checks it against the office keys it trusts). QrInvalid when not of that shape."""
    text = text.strip().upper()
    m = _SHAPE_ED.fullmatch(text)
    if m is None:
        raise QrInvalid("Kode QR ini bukan kode kartu atau surat dari aplikasi ini.")
    body, sig = text.rsplit(":", 1)
    try:
        raw = b43_decode(sig)
        tanggal = _date(m[4])
    except ValueError as e:
        raise QrInvalid(f"Kode QR tidak valid: {e}.") from e
    return QrPayload(kind=m[1], ref=m[2], value=m[3], tanggal=tanggal), body.encode("ascii"), raw


def is_signed_form(text: str) -> bool:
    return text.strip().upper().startswith(PREFIX_ED + ":")


def _date(raw: str) -> date:
    try:
        return date(int(raw[:4]), int(raw[4:6]), int(raw[6:]))
    except ValueError as e:
        raise ValueError(f"Tanggal pada kode QR tidak valid: {raw}") from e


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
