"""Name cleaning for cards and letters, and the duplicate-detection key."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jamsostek_desk.domain.names import clean_name, name_key


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("SITI  AMINAH", "Siti Aminah"),
        ("muhammad", "Muhammad"),
        ("MA'RUF", "Ma'ruf"),
        ("MA’RUF AMIN", "Ma'ruf Amin"),
        ("NUR-AINI", "Nur-Aini"),
        ("nur - aini", "Nur-Aini"),
        ("H.ABDUL  RAHMAN", "H. Abdul Rahman"),
        ("HJ. SITI", "Hj. Siti"),
        ("hj siti", "Hj. Siti"),
        ("ahmad,s.pd", "Ahmad, S.Pd."),
        ("M. YUSUF", "M. Yusuf"),
        ("m yusuf", "M Yusuf"),
        ("h. m. yusuf", "H. M. Yusuf"),
        ("DR.IR.H.ABDUL", "Dr. Ir. H. Abdul"),
        ("drs h ahmad, s.pd, m.pd", "Drs. H. Ahmad, S.Pd., M.Pd."),
        ("dra. siti", "Dra. Siti"),
        ("KH AHMAD DAHLAN", "KH. Ahmad Dahlan"),
        ("ust. abdul somad, lc", "Ust. Abdul Somad, Lc."),
        ("AHMAD S.PD", "Ahmad, S.Pd."),
        ("Ahmad, S.E, M.Si", "Ahmad, S.E., M.Si."),
        ("siti, S.H.", "Siti, S.H."),
        ("Ali, S.Ag", "Ali, S.Ag."),
        ("BUDI,S.KOM", "Budi, S.Kom."),
        ("RINA, AMD", "Rina, A.Md."),
        ("MUH.YUSUF,S.PD.I", "Muh. Yusuf, S.Pd.I"),
        ("Siti, A.Md. Keb.", "Siti, A.Md.Keb."),
        ("Siti, Aminah", "Siti Aminah"),  # not a degree: part of the name
        ("  ", ""),
        ("H", "H"),  # a lone initial, not a title
        ("SITI AMINAH BINTI ABDULLAH", "Siti Aminah binti Abdullah"),
        ("ahmad bin yusuf", "Ahmad bin Yusuf"),
        ("H.MUHAMMAD BIN ABDUL,S.PD", "H. Muhammad bin Abdul, S.Pd."),
        ("Nur-Aini Binti Ali", "Nur-Aini binti Ali"),
        ("BINTANG BINTI", "Bintang Binti"),  # not between two names: a name of its own
    ],
)
def test_clean_name(raw: str, clean: str) -> None:
    assert clean_name(raw) == clean


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("H. Abdul Rahman, S.Pd.", "ABDUL RAHMAN"),
        ("Hj. Siti Aminah", "siti  aminah"),
        ("Nur-Aini", "NUR AINI"),
        ("Ma'ruf", "MARUF"),
        ("M. Yusuf", "M YUSUF"),
        ("Dr. Ir. Budi, M.Si.", "budi"),
    ],
)
def test_name_key_matches_the_same_person(a: str, b: str) -> None:
    assert name_key(a) == name_key(b)


def test_name_key_shape() -> None:
    assert name_key("H. Abdul  Rahman, S.Pd.") == "ABDUL RAHMAN"
    assert name_key("Siti Aminah") != name_key("Siti Aisyah")


NAME_PARTS = [
    "H.",
    "Hj",
    "hj.",
    "DR",
    "Ir.",
    "KH",
    "ust",
    "Drs",
    "S.Pd",
    "s.e",
    "M.Si.",
    "A.Md.",
    "Keb.",
    "S.Pd.I",
    "lc",
    "M.",
    "MA'RUF",
    "nur-aini",
    "ABDUL",
    "siti",
    "S.Ars",
    "-",
    "'",
    "’",
    ".",
    ",",
    " ",
    "  ",
]
names = st.lists(
    st.one_of(
        st.sampled_from(NAME_PARTS),
        st.text(alphabet="aAbBhHsS.,-' ", max_size=8),
        st.text(max_size=5),  # anything at all, including odd Unicode
    ),
    max_size=10,
).map("".join)


@pytest.mark.slow
@settings(max_examples=1000)
@given(names)
def test_clean_name_is_idempotent(raw: str) -> None:
    once = clean_name(raw)
    assert clean_name(once) == once


@settings(max_examples=500)
@given(names)
def test_clean_name_output_shape_and_key_agree(raw: str) -> None:
    once = clean_name(raw)
    assert once == once.strip() and "  " not in once
    assert name_key(once) == name_key(raw)
    key = name_key(raw)
    assert key == key.upper() and "  " not in key and key == key.strip()


plain_words = st.lists(
    st.one_of(
        st.sampled_from(
            [
                "H",
                "hj",
                "DR",
                "Drs",
                "ir",
                "KH",
                "budi",
                "SANTOSO",
                "Siti",
                "aMiNaH",
                "BIN",
                "binti",
            ]
        ),
        st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=1),
    ),
    min_size=1,
    max_size=5,
)


@given(plain_words)
def test_plain_name_shortcut_agrees_with_the_full_rules(words: list[str]) -> None:
    from jamsostek_desk.domain.names import _clean_parts, _key_parts

    raw = " ".join(words)
    assert clean_name(raw) == _clean_parts(raw)
    assert name_key(raw) == _key_parts(raw)
