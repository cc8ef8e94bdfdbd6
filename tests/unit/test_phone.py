"""Mobile number normalisation to the canonical 08… form."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jamsostek_desk.domain.phone import normalize_phone


@pytest.mark.parametrize(
    "typed",
    [
        "+62 812-3456-7890",
        "+6281234567890",
        "6281234567890",
        "0812 3456 7890",
        "081234567890",
        "(0812) 3456.7890",
        "'081234567890",
        "+62 0812 3456 7890",
        "0062 812 3456 7890",
        81234567890,  # a number cell: Excel dropped the leading zero
        81234567890.0,
        "81234567890",
    ],
)
def test_forms_of_the_same_number(typed: object) -> None:
    assert normalize_phone(typed) == "081234567890"


def test_dropped_zero_short_number() -> None:
    assert normalize_phone("812345678") == "0812345678"


@pytest.mark.parametrize("empty", [None, "", "   ", "'"])
def test_empty_is_allowed(empty: object) -> None:
    assert normalize_phone(empty) == ""


@pytest.mark.parametrize(
    "bad",
    [
        "0511-4772-123",  # a landline in Banjarmasin
        "08123",
        "08123456789012",
        "+1 555 123 4567",
        "0812-ABCD-7890",
        "0812 3456 7890 / 0813 1111 2222",
        True,
        8.5,
    ],
)
def test_invalid_numbers_are_named_in_the_message(bad: object) -> None:
    with pytest.raises(ValueError) as exc:
        normalize_phone(bad)
    assert "Nomor HP" in str(exc.value) and str(bad) in str(exc.value)


subscriber = st.text(alphabet="0123456789", min_size=8, max_size=11)  # 10 to 13 digits in all
separators = st.sampled_from(["", " ", "-", "."])


@given(subscriber, st.sampled_from(["0", "+62", "62", "+62 ", "0062", ""]), separators)
def test_round_trip(rest: str, prefix: str, sep: str) -> None:
    canonical = "08" + rest
    number = "8" + rest
    typed = prefix + sep.join([number[:3], number[3:7], number[7:]])
    assert normalize_phone(typed) == canonical
    assert normalize_phone(canonical) == canonical
