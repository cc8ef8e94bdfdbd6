"""The fast QR encoder draws exactly what segno draws, and the signed payloads round-trip."""

from __future__ import annotations

from datetime import date

import pytest
import segno
from hypothesis import given, settings
from hypothesis import strategies as st

from jamsostek_desk.domain.qrsign import (
    KIND_CARD,
    KIND_LETTER,
    QrInvalid,
    QrPayload,
    mask_nik,
    short_ref,
    sign,
    verify,
)
from jamsostek_desk.services.qrcode import ALNUM, qr_path_ops, qr_rows

KEY = bytes(range(32))


def segno_rows(text: str, **kw: object) -> list[str]:
    code = segno.make_qr(text, boost_error=False, **kw)  # type: ignore[arg-type]
    return ["".join("1" if m else "0" for m in row) for row in code.matrix]


# A few payload lengths (each length builds its own basis once, 0.01-0.3 s): odd and even,
# the card payload (61), the longest a version 4-M code holds (90).
LENGTHS = st.sampled_from([1, 2, 7, 30, 61, 62, 90])


@settings(max_examples=80, deadline=None)
@given(LENGTHS.flatmap(lambda n: st.text(alphabet=ALNUM, min_size=n, max_size=n)))
def test_fast_encoder_equals_segno(text: str) -> None:
    assert qr_rows(text) == segno_rows(text, version=4, error="m", mask=3, mode="alphanumeric")


@settings(max_examples=10, deadline=None)
@given(st.text(alphabet=ALNUM, min_size=140, max_size=140))
def test_fast_encoder_equals_segno_for_signed_payloads(text: str) -> None:
    """The Ed25519-signed payload (140 characters) takes a version 6 code."""
    assert qr_rows(text) == segno_rows(text, version=6, error="m", mask=3, mode="alphanumeric")


def test_other_text_goes_to_segno() -> None:
    text = "huruf kecil dan é"
    assert qr_rows(text) == segno_rows(text, error="m")


def test_path_is_one_fill() -> None:
    ops = qr_path_ops(qr_rows("JD1:K:ABC"), 10, 20, 50)
    lines = ops.splitlines()
    assert sum(line.split()[-1] == "f" or line == "f Q" for line in lines) == 1
    assert sum(line.endswith(" re") for line in lines) > 20
    assert ops.startswith("q ") and ops.endswith("f Q")


@given(
    st.sampled_from([KIND_CARD, KIND_LETTER]),
    st.uuids(),
    st.text(alphabet="0123456789", min_size=16, max_size=16),
    st.dates(date(2000, 1, 1), date(2099, 12, 31)),
)
def test_sign_then_verify(kind: str, uid: object, nik: str, d: date) -> None:
    payload = QrPayload(kind, short_ref(str(uid)), mask_nik(nik), d)
    text = sign(payload, KEY)
    assert len(text) <= 90 and all(c in ALNUM for c in text)
    assert verify(text, KEY) == payload
    assert verify(text.lower(), KEY) == payload
    with pytest.raises(QrInvalid):
        verify(text, bytes(32))


def test_mask_nik() -> None:
    assert mask_nik("6303054101900001") == "630305******0001"


@pytest.mark.parametrize(
    "text",
    ["", "JD1:K:XYZ", "JD1:K:3F2A9C1B4D5E:630305******0001:20260112:AAAAAAAAAAAAAAAA"],
)
def test_verify_refuses(text: str) -> None:
    with pytest.raises(QrInvalid):
        verify(text, KEY)
