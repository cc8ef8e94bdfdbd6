"""services.peserta_list: filters, search, sorting and paging agree with plain Python."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, text

from jamsostek_desk.domain.peserta import PesertaData
from jamsostek_desk.services import peserta as svc
from jamsostek_desk.services.context import AppContext
from jamsostek_desk.services.peserta_list import (
    SORT_COLUMNS,
    PesertaFilter,
    count,
    fetch_page,
    fts_query,
)
from jamsostek_desk.services.synthetic import Generator, insert_generated
from jamsostek_desk.store.db import Database
from jamsostek_desk.store.models import Peserta

T = Peserta.__table__


@dataclass(frozen=True)
class Ref:
    """A live participant as the reference implementation sees it."""

    id: str
    seq: int
    nama: str
    nik: str
    kpj: str | None
    tanggal_lahir: date
    desa_kode: str
    kategori: str
    status: str
    created_at: datetime
    program_jkk: bool
    program_jkm: bool
    program_jht: bool

    def sort_value(self, key: str) -> Any:
        return {
            "nama": self.nama,
            "nik": self.nik,
            "tanggal_lahir": self.tanggal_lahir,
            "desa": self.desa_kode,
            "kategori": self.kategori,
            "status": self.status,
            "kpj": self.kpj,
            "created_at": self.created_at,
        }[key]


def live_rows(db: Database) -> list[Ref]:
    cols = [T.c[f] for f in Ref.__dataclass_fields__]
    with db.engine.connect() as conn:
        return [Ref(*r) for r in conn.execute(select(*cols).where(T.c.deleted_at.is_(None)))]


def ids(rows: list[Any]) -> list[str]:
    return [r.id for r in rows]


def everything(db: Database, f: PesertaFilter, sort: str = "nama", desc: bool = False) -> list:
    return fetch_page(db, f, sort=sort, descending=desc, offset=0, limit=100_000)


# --- the reference search: every typed word must be the start of a name word, NIK or KPJ --------


def ref_tokens(search: str) -> list[str]:
    joined = re.sub(r"(?<=\d)[ .\-]+(?=\d)", "", search)
    return re.findall(r"[0-9A-Za-z]+", joined.replace("'", ""))


def ref_match(row: Ref, search: str) -> bool:
    words = re.findall(r"[0-9a-z]+", row.nama.lower())
    for tok in ref_tokens(search):
        if tok.isdigit():
            if not (row.nik.startswith(tok) or (row.kpj or "").startswith(tok)):
                return False
        elif not any(w.startswith(tok.lower()) for w in words):
            return False
    return True


def ref_search(rows: list[Ref], search: str) -> set[str]:
    if not search.strip():
        return {r.id for r in rows}  # no search at all
    if not ref_tokens(search):
        return set()  # only punctuation typed: nothing can match
    return {r.id for r in rows if ref_match(r, search)}


# --- data -------------------------------------------------------------------------------------


@pytest.fixture
def filled(ctx: AppContext) -> AppContext:
    """90 participants (80 bulk, 10 through the service) of whom 4 are deleted."""
    insert_generated(ctx, 80, seed=3)
    gen = Generator("63.03", seed=11)
    made = [svc.create_peserta(ctx, gen.make()).id for _ in range(10)]
    for pid in made[:2]:
        svc.delete_peserta(ctx, pid)
    bulk = [r.id for r in live_rows(ctx.db) if r.id not in made][:2]
    for pid in bulk:
        svc.delete_peserta(ctx, pid)
    return ctx


def test_deleted_rows_are_never_listed(filled: AppContext) -> None:
    db = filled.db
    with db.engine.connect() as conn:
        deleted = set(conn.execute(select(T.c.id).where(T.c.deleted_at.is_not(None))).scalars())
        nik_of_deleted = list(
            conn.execute(select(T.c.nik).where(T.c.deleted_at.is_not(None))).scalars()
        )
    assert len(deleted) == 4
    assert count(db, PesertaFilter()) == 86 == len(live_rows(db))
    for sort in SORT_COLUMNS:
        assert not deleted & set(ids(everything(db, PesertaFilter(), sort)))
    for nik in nik_of_deleted:
        assert count(db, PesertaFilter(search=nik)) == 0
        assert fetch_page(db, PesertaFilter(search=nik)) == []


def test_rows_carry_the_list_columns(filled: AppContext) -> None:
    rows = everything(filled.db, PesertaFilter())
    by_id = {r.id: r for r in live_rows(filled.db)}
    for r in rows:
        ref = by_id[r.id]
        assert (r.nama, r.nik, r.kpj, r.desa_kode, r.status, r.tanggal_lahir) == (
            ref.nama,
            ref.nik,
            ref.kpj,
            ref.desa_kode,
            ref.status,
            ref.tanggal_lahir,
        )
        assert r.programs.startswith("JKK, JKM")
        assert r.programs.endswith("JHT") == r.program_jht


# --- filters ----------------------------------------------------------------------------------


def test_filter_by_kecamatan_and_desa(filled: AppContext) -> None:
    db = filled.db
    rows = live_rows(db)
    desa_seen = Counter(r.desa_kode for r in rows)
    kec_seen = Counter(r.desa_kode.rsplit(".", 1)[0] for r in rows)
    assert len(kec_seen) > 3
    for kec, n in kec_seen.items():
        f = PesertaFilter(kecamatan=kec)
        assert count(db, f) == n
        assert set(ids(everything(db, f))) == {
            r.id for r in rows if r.desa_kode.startswith(kec + ".")
        }
    for desa, n in desa_seen.items():
        f = PesertaFilter(desa=desa)
        assert count(db, f) == n
        assert {r.desa_kode for r in everything(db, f)} == {desa}
    assert count(db, PesertaFilter(kecamatan="63.03.99")) == 0
    assert count(db, PesertaFilter(desa="63.03.05.9999")) == 0


def test_kecamatan_filter_does_not_leak_into_a_longer_code(filled: AppContext) -> None:
    # '63.03.1' must not match desa of 63.03.10 .. 63.03.19.
    assert count(filled.db, PesertaFilter(kecamatan="63.03.1")) == 0


@pytest.mark.parametrize(
    ("f", "want"),
    [
        (PesertaFilter(kategori="aparat_desa"), lambda r: r.kategori == "aparat_desa"),
        (PesertaFilter(kategori="pekerja_rentan"), lambda r: r.kategori == "pekerja_rentan"),
        (PesertaFilter(status="aktif"), lambda r: r.status == "aktif"),
        (PesertaFilter(status="didaftarkan"), lambda r: r.status == "didaftarkan"),
        (PesertaFilter(status="nonaktif"), lambda r: r.status == "nonaktif"),
        (PesertaFilter(program="jkk"), lambda r: r.program_jkk),
        (PesertaFilter(program="jkm"), lambda r: r.program_jkm),
        (PesertaFilter(program="jht"), lambda r: r.program_jht),
        (PesertaFilter(program="jp"), lambda r: True),  # not a programme of this app: ignored
        (
            PesertaFilter(kategori="pekerja_rentan", status="aktif", program="jht"),
            lambda r: r.kategori == "pekerja_rentan" and r.status == "aktif" and r.program_jht,
        ),
    ],
    ids=repr,
)
def test_filters_agree_with_python(filled: AppContext, f: PesertaFilter, want) -> None:
    rows = live_rows(filled.db)
    expected = {r.id for r in rows if want(r)}
    assert count(filled.db, f) == len(expected)
    assert set(ids(everything(filled.db, f))) == expected


def test_every_filter_value_is_present_in_the_data(filled: AppContext) -> None:
    rows = live_rows(filled.db)  # so that the filter tests above are not vacuous
    assert {r.kategori for r in rows} == {"aparat_desa", "pekerja_rentan"}
    assert {r.status for r in rows} == {"aktif", "didaftarkan", "nonaktif"}
    assert any(r.program_jht for r in rows) and not all(r.program_jht for r in rows)


# --- search -----------------------------------------------------------------------------------


def check_search(db: Database, rows: list[Ref], search: str) -> set[str]:
    expected = ref_search(rows, search)
    f = PesertaFilter(search=search)
    assert set(ids(everything(db, f))) == expected, search
    assert count(db, f) == len(expected), search
    return expected


def test_search_by_name_word_prefix(filled: AppContext) -> None:
    rows = live_rows(filled.db)
    for r in rows[:20]:
        words = r.nama.replace(".", " ").split()
        for word in (words[0], words[-1]):
            for n in (1, 2, 3, len(word)):
                found = check_search(filled.db, rows, word[:n])
                assert r.id in found
        assert r.id in check_search(filled.db, rows, words[-1][:3].upper())
    assert check_search(filled.db, rows, "Xyzzy") == set()
    # A prefix of the middle of a word is not a word prefix.
    assert check_search(filled.db, rows, "iti") == {
        r.id for r in rows if any(w.startswith("iti") for w in r.nama.lower().split())
    }


def test_search_words_are_anded(filled: AppContext) -> None:
    rows = live_rows(filled.db)
    several = [r for r in rows if len(r.nama.split()) >= 3][:10]
    assert several
    for r in several:
        w = r.nama.split()
        both = check_search(filled.db, rows, f"{w[-1][:3]} {w[0][:2]}")
        assert r.id in both
        assert both <= check_search(filled.db, rows, w[0][:2])
        assert both <= check_search(filled.db, rows, w[-1][:3])
        assert r.id in check_search(filled.db, rows, f"{w[0]} {r.nik[:6]}")
    assert check_search(filled.db, rows, "Siti Ahmad") == {
        r.id for r in rows if ref_match(r, "Siti") and ref_match(r, "Ahmad")
    }


def test_search_by_nik_prefix_plain_and_dotted(filled: AppContext) -> None:
    rows = live_rows(filled.db)
    for r in rows[:15]:
        nik = r.nik
        assert check_search(filled.db, rows, nik) == {r.id}
        assert r.id in check_search(filled.db, rows, nik[:8])
        dotted = f"{nik[:2]}.{nik[2:6]}.{nik[6:12]}.{nik[12:]}"
        assert check_search(filled.db, rows, dotted) == {r.id}
        assert check_search(filled.db, rows, f"{nik[:4]} {nik[4:10]}") == check_search(
            filled.db, rows, nik[:10]
        )
    kabupaten = check_search(filled.db, rows, "6303")
    assert kabupaten == {r.id for r in rows}  # everyone of the office's kabupaten


def test_search_by_kpj(filled: AppContext) -> None:
    rows = live_rows(filled.db)
    with_kpj = [r for r in rows if r.kpj]
    assert len(with_kpj) > 5
    for r in with_kpj[:10]:
        assert check_search(filled.db, rows, r.kpj or "") == {r.id}
        assert r.id in check_search(filled.db, rows, (r.kpj or "")[:7])


def test_search_combines_with_filters(filled: AppContext) -> None:
    rows = live_rows(filled.db)
    f = PesertaFilter(search="6303", status="aktif", kategori="pekerja_rentan")
    expected = {r.id for r in rows if r.status == "aktif" and r.kategori == "pekerja_rentan"}
    assert set(ids(everything(filled.db, f))) == expected
    assert count(filled.db, f) == len(expected)


def test_search_for_a_name_with_an_apostrophe_as_stored(ctx: AppContext, gen) -> None:
    """Names like Ma'ruf or Nor'aini are common; typing them as they are stored must find them.

    _tokens drops the apostrophe ("Maruf"), while FTS5's unicode61 tokenizer indexed the stored
    name as the two words "ma" and "ruf", so the exact name finds nothing.
    """
    d: PesertaData = gen.make()
    d.nama = "Ma'ruf Amin"
    saved = svc.create_peserta(ctx, d)
    stored = svc.get_peserta(ctx, saved.id).nama
    assert "'" in stored
    assert ids(fetch_page(ctx.db, PesertaFilter(search="Amin"))) == [saved.id]
    assert ids(fetch_page(ctx.db, PesertaFilter(search=stored))) == [saved.id]
    assert ids(fetch_page(ctx.db, PesertaFilter(search="ma'ruf"))) == [saved.id]


HOSTILE = [
    '"',
    '""',
    "'",
    "*",
    "**",
    "siti*",
    "NEAR(",
    "NEAR(siti rahman, 2)",
    "siti OR budi",
    "OR",
    "AND",
    "NOT",
    "-siti",
    "- -",
    "siti -rahman",
    "nama:siti",
    "{nik kpj}: 6303",
    "^siti",
    "(siti",
    "siti)",
    '"siti',
    'sit"i',
    "a'b'c",
    "'; DROP TABLE peserta; --",
    "%",
    "_",
    "\\",
    "\x00",
    "\n\t",
    "Ṡiti",
    "Zäinab",
    "ß",
    "×÷",
    "東京",
    "🙂",
    "ﬁtri",
    "6303" * 50,
    "a" * 5000,
    "+",
    "63.03.-",
    "...",
]


@pytest.mark.parametrize("search", HOSTILE)
def test_hostile_search_never_raises(filled: AppContext, search: str) -> None:
    f = PesertaFilter(search=search)
    n = count(filled.db, f)
    page = fetch_page(filled.db, f, limit=500)
    assert 0 <= n <= 86
    assert len(page) == n
    q = fts_query(search)
    assert q is None or q.count('"') % 2 == 0


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(search=st.text(max_size=40))
def test_any_text_is_a_safe_search(filled: AppContext, search: str) -> None:
    f = PesertaFilter(search=search)
    n = count(filled.db, f)
    assert n == len(fetch_page(filled.db, f, limit=500))


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    search=st.text(
        alphabet=st.sampled_from("aAsSiIhHmMrRnNuU0123456789 .-"), min_size=1, max_size=12
    )
)
def test_search_agrees_with_the_reference(filled: AppContext, search: str) -> None:
    check_search(filled.db, live_rows(filled.db), search)


# --- sorting and paging -----------------------------------------------------------------------


def python_order(rows: list[Ref], key: str, descending: bool) -> list[str]:
    def k(r: Ref) -> tuple:
        v = r.sort_value(key)
        return (v is not None, v if v is not None else "", r.seq)  # SQLite: NULL first

    ordered = [r.id for r in sorted(rows, key=k)]
    return ordered[::-1] if descending else ordered


@pytest.mark.parametrize("descending", [False, True], ids=["asc", "desc"])
@pytest.mark.parametrize("key", sorted(SORT_COLUMNS))
def test_sorting_agrees_with_python(filled: AppContext, key: str, descending: bool) -> None:
    # Some ties, so that the seq tie-break is exercised: share names, dates and desa.
    with filled.db.engine.begin() as conn:
        conn.execute(text("UPDATE peserta SET nama = 'Siti Rahmah' WHERE seq % 5 = 0"))
        conn.execute(text("UPDATE peserta SET tanggal_lahir = '1980-01-01' WHERE seq % 7 = 0"))
    rows = live_rows(filled.db)
    got = ids(everything(filled.db, PesertaFilter(), key, descending))
    assert got == python_order(rows, key, descending)
    f = PesertaFilter(status="aktif")
    got = ids(everything(filled.db, f, key, descending))
    assert got == python_order([r for r in rows if r.status == "aktif"], key, descending)


def test_unknown_sort_key_falls_back_to_name(filled: AppContext) -> None:
    rows = live_rows(filled.db)
    got = ids(everything(filled.db, PesertaFilter(), "tidak_ada"))
    assert got == python_order(rows, "nama", False)


@pytest.mark.parametrize(
    ("f", "key", "descending"),
    [
        (PesertaFilter(), "nama", False),
        (PesertaFilter(), "kpj", True),
        (PesertaFilter(), "created_at", False),
        (PesertaFilter(status="aktif"), "tanggal_lahir", True),
        (PesertaFilter(search="6303"), "desa", False),
        (PesertaFilter(kategori="aparat_desa"), "nik", True),
    ],
)
def test_pages_of_seven_concatenate_to_the_whole(filled: AppContext, f, key, descending) -> None:
    whole = everything(filled.db, f, key, descending)
    assert len(whole) > 7
    pages: list = []
    offset = 0
    while True:
        page = fetch_page(filled.db, f, sort=key, descending=descending, offset=offset, limit=7)
        assert len(page) <= 7
        if not page:
            break
        pages.extend(page)
        offset += 7
    assert pages == whole
    assert len(pages) == count(filled.db, f)


# --- the search index follows every change ----------------------------------------------------


def fts_matches_table(db: Database) -> None:
    with db.engine.connect() as conn:
        index = sorted(conn.execute(text("SELECT rowid, nama, nik, kpj FROM peserta_fts")).all())
        table = sorted(
            conn.execute(
                text(
                    "SELECT seq, nama, nik, coalesce(kpj, '') FROM peserta WHERE deleted_at IS NULL"
                )
            ).all()
        )
    assert index == table


def found(db: Database, search: str) -> list[str]:
    return ids(fetch_page(db, PesertaFilter(search=search)))


def test_index_follows_updates_deletes_and_restores(ctx: AppContext, gen) -> None:
    other = Generator("63.03", seed=99)
    d = gen.make()
    d.nama, d.kpj, d.status = "Zulkarnain Qadri", "98765432101", "aktif"
    d.nonaktif_alasan = d.nonaktif_tanggal = None
    saved = svc.create_peserta(ctx, d)
    svc.create_peserta(ctx, gen.make())
    fts_matches_table(ctx.db)
    assert found(ctx.db, "zulkar") == [saved.id]

    e = svc.get_peserta(ctx, saved.id)
    old_nik = e.nik
    e.nama = "Bambang Wibisono"
    e.nik = other.make().nik
    e.kpj = "12312312312"
    svc.update_peserta(ctx, saved.id, e)
    fts_matches_table(ctx.db)
    assert found(ctx.db, "zulkar") == []
    assert found(ctx.db, "qadri") == []
    assert found(ctx.db, "bambang wibi") == [saved.id]
    assert found(ctx.db, old_nik) == []
    assert found(ctx.db, e.nik) == [saved.id]
    assert found(ctx.db, "98765432101") == []
    assert found(ctx.db, "12312312312") == [saved.id]

    e = svc.get_peserta(ctx, saved.id)  # a fresh copy: the saved one is now out of date
    e.kpj = ""
    svc.update_peserta(ctx, saved.id, e)
    fts_matches_table(ctx.db)
    assert found(ctx.db, "12312312312") == []

    svc.deactivate(ctx, saved.id, "pindah", date(2025, 1, 1))
    fts_matches_table(ctx.db)
    assert found(ctx.db, "bambang") == [saved.id]  # nonaktif people are still listed

    svc.delete_peserta(ctx, saved.id)
    fts_matches_table(ctx.db)
    assert found(ctx.db, "bambang") == []
    assert found(ctx.db, e.nik) == []

    svc.undo_delete(ctx, saved.id)
    fts_matches_table(ctx.db)
    assert found(ctx.db, "bambang") == [saved.id]
    assert found(ctx.db, e.nik) == [saved.id]


def test_index_follows_bulk_inserts(ctx: AppContext) -> None:
    insert_generated(ctx, 40, seed=5)
    fts_matches_table(ctx.db)
    rows = live_rows(ctx.db)
    for r in rows[:10]:
        assert r.id in found(ctx.db, r.nik)
