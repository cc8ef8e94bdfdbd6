"""Region reference: loading the shipped Kemendagri data, lookups, labels and desa search."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jamsostek_desk.domain.wilayah import Region, WilayahRef, load_wilayah, normalize_kode

REF = load_wilayah()
KALSEL = "63"
BANJAR = "63.03"
SUNGAI_TABUK = "63.03.04"  # kecamatan in Kabupaten Banjar
SUNGAI_TABUK_KOTA = "63.03.04.2009"  # a desa in it

ALL_KEC = [
    r.kode for p in REF.provinsi() for k in REF.children(p.kode) for r in REF.children(k.kode)
]
BANJAR_DESA = REF.desa_in(BANJAR)


def _naive_words(text: str) -> list[str]:
    """The search rule written out independently: letters and digits only, no 'Desa' prefix."""
    text = text.lower().replace("'", "").replace("’", "")
    words = re.sub(r"[^0-9a-z]+", " ", text).split()
    while len(words) > 1 and words[0] in {"desa", "ds", "kel", "kelurahan"}:
        words.pop(0)
    return words


def _naive_key(text: str) -> str:
    return "".join(_naive_words(text))


# -- loading: facts about the data -------------------------------------------------------------


def test_counts_for_indonesia_match_the_kepmendagri_totals() -> None:
    provinces = REF.provinsi()
    kabupaten = [k for p in provinces for k in REF.children(p.kode)]
    assert len(provinces) == 38
    assert len(kabupaten) == 514
    assert len(ALL_KEC) == 7285
    assert sum(len(REF.desa_in(p.kode)) for p in provinces) == 83762


def test_kalimantan_selatan_has_13_kabupaten_156_kecamatan_2016_desa() -> None:
    kabupaten = REF.children(KALSEL)
    kecamatan = [c for k in kabupaten for c in REF.children(k.kode)]
    desa = [d for c in kecamatan for d in REF.children(c.kode)]
    assert len(kabupaten) == 13
    assert len(kecamatan) == 156
    assert len(desa) == 2016
    assert len(REF.desa_in(KALSEL)) == 2016


def test_known_names() -> None:
    assert REF.name("63") == "Kalimantan Selatan"
    assert REF.name("63.03") == "Kabupaten Banjar"
    assert REF.name("63.71") == "Kota Banjarmasin"
    assert REF.name("63.72") == "Kota Banjarbaru"
    assert REF.name(SUNGAI_TABUK) == "Sungai Tabuk"
    assert REF.name("63.03.05") == "Martapura"
    assert "Jakarta" in (REF.name("31") or "")


def test_every_region_has_its_parent_and_a_clean_name() -> None:
    for p in REF.provinsi():
        for k in REF.children(p.kode):
            assert k.parent_kode == p.kode
            assert k.nama.startswith(("Kabupaten ", "Kota "))
    for kode in ALL_KEC[::50]:
        for chain_member in REF.ancestors(kode):
            assert chain_member.nama == chain_member.nama.strip()
        assert [r.level for r in REF.ancestors(kode)] == [1, 2, 3]


def test_load_wilayah_is_cached() -> None:
    assert load_wilayah() is REF


def test_from_csv_reads_quoted_names_and_a_bom(tmp_path: Path) -> None:
    path = tmp_path / "w.csv"
    path.write_text(
        "\ufeffkode,nama\n12,Sumatera Utara\n12.07,Kabupaten Deli Serdang\n12.07.28,Lubuk Pakam\n"
        '12.07.28.1007,"Lubuk Pakam I,II"\n12.07.28.2001,Desa Baru \n',
        encoding="utf-8",
    )
    ref = WilayahRef.from_csv(path)
    assert ref.name("12.07.28.1007") == "Lubuk Pakam I,II"
    assert ref.name("12.07.28.2001") == "Desa Baru"  # trailing space in the source is dropped
    assert [r.kode for r in ref.desa_in("12.07")] == ["12.07.28.2001", "12.07.28.1007"]


def test_from_csv_rejects_a_file_without_the_header(tmp_path: Path) -> None:
    path = tmp_path / "w.csv"
    path.write_text("63,Kalimantan Selatan\n", encoding="utf-8")
    with pytest.raises(ValueError, match="kode,nama"):
        WilayahRef.from_csv(path)


# -- codes and Region ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "dotted"),
    [
        ("63", "63"),
        ("6303", "63.03"),
        ("630304", "63.03.04"),
        ("6303042009", "63.03.04.2009"),
        ("63.03.04.2009", "63.03.04.2009"),
        (" 63.03 ", "63.03"),
    ],
)
def test_normalize_kode(raw: str, dotted: str) -> None:
    assert normalize_kode(raw) == dotted


@pytest.mark.parametrize("bad", ["", "6", "630", "63.3", "63.03.04.20", "63030420091", "6a", "٦٣"])
def test_normalize_kode_rejects_malformed_codes(bad: str) -> None:
    with pytest.raises(ValueError, match="tidak sah") as exc:
        normalize_kode(bad)
    assert f"'{bad}'" in str(exc.value)


def test_region_properties() -> None:
    desa = Region("63.03.04.2009", "Sungai Tabuk Kota")
    kelurahan = Region("63.03.05.1001", "Keraton")
    assert (desa.level, desa.parent_kode, desa.is_kelurahan) == (4, "63.03.04", False)
    assert kelurahan.is_kelurahan
    assert Region("63", "Kalimantan Selatan").parent_kode is None
    assert Region("63.03", "Kabupaten Banjar").level == 2
    assert not Region("63.03.05", "Martapura").is_kelurahan


def test_get_accepts_dotted_and_undotted_codes() -> None:
    region = REF.get("6303042009")
    assert region is not None and region.kode == SUNGAI_TABUK_KOTA
    assert REF.get(SUNGAI_TABUK_KOTA) is region
    assert REF.get("63.03.04.9999") is None
    assert REF.get("not a code") is None
    assert REF.name("00") is None


def test_children_are_sorted_by_name_and_provinces_are_the_root() -> None:
    assert REF.children(None) == REF.children("") == REF.provinsi()
    for kode in (None, KALSEL, BANJAR, SUNGAI_TABUK):
        names = [r.nama.casefold() for r in REF.children(kode)]
        assert names == sorted(names)
    assert REF.children(SUNGAI_TABUK_KOTA) == []
    assert REF.children("99.99") == []
    REF.children(KALSEL).clear()  # callers get a copy
    assert len(REF.children(KALSEL)) == 13


def test_ancestors() -> None:
    assert [r.kode for r in REF.ancestors("6303042009")] == [
        "63",
        "63.03",
        "63.03.04",
        "63.03.04.2009",
    ]
    assert [r.kode for r in REF.ancestors("63.03.99")] == ["63", "63.03"]  # missing ones skipped
    assert REF.ancestors("garbage") == []


def test_desa_in_lists_every_desa_sorted_by_kecamatan_then_name() -> None:
    expected = {d.kode for k in REF.children(BANJAR) for d in REF.children(k.kode)}
    assert {r.kode for r in BANJAR_DESA} == expected
    assert len(BANJAR_DESA) == len(expected)
    keys = [((REF.name(r.kode[:8]) or "").casefold(), r.nama.casefold()) for r in BANJAR_DESA]
    assert keys == sorted(keys)
    assert all(r.level == 4 for r in BANJAR_DESA)
    assert [r.kode for r in REF.desa_in(SUNGAI_TABUK)] == [
        r.kode for r in REF.children(SUNGAI_TABUK)
    ]


# -- search ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "query",
    [
        "Sungai Tabuk Kota",
        "sungai tabuk kota",
        "SUNGAI TABUK KOTA",
        "Desa Sungai Tabuk Kota",
        "Ds. Sungai Tabuk Kota",
        "ds sungai-tabuk  kota",
        "sungaitabukkota",
        "  Sungai Tabuk Kot",
    ],
)
def test_search_desa_ignores_case_spaces_punctuation_and_prefixes(query: str) -> None:
    assert REF.search_desa(query, within=BANJAR)[0].kode == SUNGAI_TABUK_KOTA
    assert SUNGAI_TABUK_KOTA in [r.kode for r in REF.search_desa(query, limit=100)]


def test_search_desa_kelurahan_prefix() -> None:
    results = REF.search_desa("Kel. Keraton", within=BANJAR)
    assert results and results[0].is_kelurahan and results[0].nama == "Keraton"


def test_search_desa_matches_a_later_word_after_names_that_start_with_it() -> None:
    results = REF.search_desa("tabuk", within=BANJAR, limit=100)
    keys = [_naive_key(r.nama) for r in results]
    starts = [k.startswith("tabuk") for k in keys]
    assert SUNGAI_TABUK_KOTA in [r.kode for r in results]  # "tabuk" is its second word
    assert starts == sorted(starts, reverse=True)  # all prefix matches come first


def test_search_desa_with_kecamatan_after_a_comma() -> None:
    results = REF.search_desa("sungai tabuk, kec. sungai tabuk", within=BANJAR)
    assert SUNGAI_TABUK_KOTA in [r.kode for r in results]
    assert {r.kode[:8] for r in results} == {SUNGAI_TABUK}
    assert all(r.nama.startswith("Sungai Tabuk") for r in results)
    nationwide = REF.search_desa("sungai tabuk kota, sungai tab")
    assert [r.kode for r in nationwide] == [SUNGAI_TABUK_KOTA]


def test_search_desa_limits_and_empty_queries() -> None:
    assert REF.search_desa("") == []
    assert REF.search_desa(" . ") == []
    assert REF.search_desa("a", limit=0) == []
    assert len(REF.search_desa("a", limit=7)) == 7
    assert len(REF.search_desa("sungai", within=BANJAR, limit=3)) == 3
    assert REF.search_desa("qqqxxzz") == []


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(BANJAR_DESA), st.data())
def test_search_within_kabupaten_is_complete_and_ordered(desa: Region, data: st.DataObject) -> None:
    word = data.draw(st.sampled_from(_naive_words(desa.nama)))
    query = word[: data.draw(st.integers(1, len(word)))]
    if data.draw(st.booleans()):
        query = f"Desa {query.upper()}"
    key = _naive_key(query)
    results = REF.search_desa(query, within=BANJAR, limit=1000)
    expected = set()
    for r in BANJAR_DESA:
        name_words = _naive_words(r.nama)
        joined = "".join(name_words)
        offsets = [len("".join(name_words[:i])) for i in range(len(name_words))]
        if any(joined.startswith(key, o) for o in offsets):
            expected.add(r.kode)
    assert {r.kode for r in results} == expected
    assert desa.kode in expected
    prefix_flags = [_naive_key(r.nama).startswith(key) for r in results]
    assert prefix_flags == sorted(prefix_flags, reverse=True)


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(ALL_KEC), st.data())
def test_search_nationwide_finds_a_desa_by_its_full_name(kec: str, data: st.DataObject) -> None:
    desa = REF.children(kec)
    if not desa:
        return
    target = data.draw(st.sampled_from(desa))
    results = REF.search_desa(f"{target.nama}, {REF.name(kec)}", limit=50)
    assert target.kode in [r.kode for r in results]
    assert all(_naive_key(r.nama).startswith(_naive_key(target.nama)) for r in results[:1])


# -- import matching -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name", ["Sungai Tabuk Kota", "DESA SUNGAI TABUK KOTA", "Sungai Tabok Kota"]
)
def test_find_desa_exact_and_with_a_small_typo(name: str) -> None:
    assert [r.kode for r in REF.find_desa(name, BANJAR)] == [SUNGAI_TABUK_KOTA]


def test_find_desa_puts_the_closest_candidate_first() -> None:
    found = REF.find_desa("Sungai Tabuk Kta", BANJAR)  # also close to the desa "Sungai Tabuk"
    assert found[0].kode == SUNGAI_TABUK_KOTA
    assert all(r.nama.startswith("Sungai Tabuk") for r in found)


@pytest.mark.parametrize(
    "kecamatan", ["Sungai Tabuk", "Kec. Sungai Tabuk", "630304", "Sungai Tabk"]
)
def test_find_desa_within_a_kecamatan_by_name_or_code(kecamatan: str) -> None:
    found = REF.find_desa("Sungai Tabuk Kota", BANJAR, kecamatan=kecamatan)
    assert [r.kode for r in found] == [SUNGAI_TABUK_KOTA]


def test_find_desa_in_the_wrong_kecamatan_or_unknown_name_finds_nothing() -> None:
    assert REF.find_desa("Sungai Tabuk Kota", BANJAR, kecamatan="Martapura") == []
    assert REF.find_desa("Kampung Entah Berantah", BANJAR) == []
    assert REF.find_desa("", BANJAR) == []


def test_find_desa_returns_every_candidate_when_a_name_repeats() -> None:
    counts = Counter(
        (r.kode[:5], _naive_key(r.nama)) for p in REF.provinsi() for r in REF.desa_in(p.kode)
    )
    (kab, key), n = next(((k, n) for k, n in counts.items() if n > 1))
    same = [r for r in REF.desa_in(kab) if _naive_key(r.nama) == key]
    found = REF.find_desa(same[0].nama, kab)
    assert len(found) == n == len(same) >= 2
    assert {r.kode for r in found} == {r.kode for r in same}
    narrowed = REF.find_desa(same[0].nama, kab, kecamatan=same[0].kode[:8])
    assert same[0].kode in {r.kode for r in narrowed}
    assert all(r.kode[:8] == same[0].kode[:8] for r in narrowed)


# -- labels ----------------------------------------------------------------------------------


def test_labels() -> None:
    assert REF.label(SUNGAI_TABUK_KOTA) == "Desa Sungai Tabuk Kota, Kec. Sungai Tabuk"
    assert REF.full_label("6303042009") == (
        "Desa Sungai Tabuk Kota, Kec. Sungai Tabuk, Kabupaten Banjar, Kalimantan Selatan"
    )
    assert REF.label("63.03.05.1001").startswith("Kel. Keraton, Kec. Martapura")
    assert REF.label(BANJAR) == "Kabupaten Banjar"
    assert REF.label(KALSEL) == "Kalimantan Selatan"
    assert REF.label(SUNGAI_TABUK) == "Kec. Sungai Tabuk, Kabupaten Banjar"
    assert REF.full_label(BANJAR) == "Kabupaten Banjar, Kalimantan Selatan"


def test_papua_kecamatan_are_distrik() -> None:
    kab = REF.children("91")[0]
    kec = REF.children(kab.kode)[0]
    assert REF.label(kec.kode).startswith(f"Distrik {kec.nama}, ")


def test_label_of_an_unknown_code_says_so() -> None:
    assert "tidak dikenal" in REF.label("63.03.04.2999")
    assert "63.03.04.2999" in REF.full_label("63.03.04.2999")
