"""Targets, budgets and posts as dated data; the coverage counters against a direct count of
the participants; the rekapitulasi per kecamatan against the database file itself."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import text

from jamsostek_desk.domain.errors import UserError, ValidationError
from jamsostek_desk.domain.rekap import (
    bulan_dalam_tahun,
    formasi_bawaan,
    kelompok_usia,
    tambahan_peserta,
)
from jamsostek_desk.services import cakupan, rekap, target
from jamsostek_desk.services import peserta as ps
from jamsostek_desk.services.context import AppContext
from jamsostek_desk.services.synthetic import Generator, insert_generated
from jamsostek_desk.store.bulk import search_index_paused
from jamsostek_desk.store.cakupan_counts import fill_sql

TODAY = date.today()


def _key_counts(cells: list[cakupan.Sel]) -> Counter[tuple[object, ...]]:
    out: Counter[tuple[object, ...]] = Counter()
    for c in cells:
        key = (c.desa_kode, c.kategori, c.sumber_dana, c.status, c.alasan, c.tercakup)
        out[(*key, "n")] += c.n
        out[(*key, "iuran")] += c.iuran
        out[(*key, "tanpa_upah")] += c.tanpa_upah
    return +out


def _same_as_direct(ctx: AppContext, pada: date = TODAY) -> None:
    from jamsostek_desk.services.iuran import tarif_berlaku

    t = tarif_berlaku(ctx, pada)
    for tingkat in (13, 8):
        assert _key_counts(cakupan.cells(ctx.db, pada, t, tingkat=tingkat)) == _key_counts(
            cakupan.cells_direct(ctx.db, pada, t, tingkat=tingkat)
        )


def test_counters_follow_every_kind_of_write(ctx: AppContext, gen: Generator) -> None:
    insert_generated(ctx, 300, seed=3)
    _same_as_direct(ctx)
    # edits through the services: a new person, a change of desa and wage, a deactivation,
    # a deletion and its undo
    d = gen.make()
    d.status, d.kpj, d.mulai_kepesertaan = "aktif", "12345678901", TODAY - timedelta(days=40)
    d.nonaktif_alasan = d.nonaktif_tanggal = None
    pid = ps.create_peserta(ctx, d).id
    d2 = ps.get_peserta(ctx, pid)
    d2.desa_kode = gen.make().desa_kode
    d2.upah = 1_750_000
    ps.update_peserta(ctx, pid, d2)
    _same_as_direct(ctx)
    ps.deactivate(ctx, pid, "pindah", TODAY)
    _same_as_direct(ctx)
    ps.reactivate(ctx, pid)
    ps.delete_peserta(ctx, pid)
    _same_as_direct(ctx)
    ps.undo_delete(ctx, pid)
    _same_as_direct(ctx)
    # periods that do not contain the date: a future start, a period already ended
    with ctx.db.engine.begin() as conn:
        conn.execute(
            text(
                "UPDATE peserta SET mulai_kepesertaan = :m WHERE rowid IN "
                "(SELECT rowid FROM peserta WHERE status = 'aktif' LIMIT 5)"
            ),
            {"m": (TODAY + timedelta(days=10)).isoformat()},
        )
        conn.execute(
            text(
                "UPDATE peserta SET akhir_kepesertaan = :a WHERE rowid IN "
                "(SELECT rowid FROM peserta WHERE status = 'aktif' "
                "AND mulai_kepesertaan <= :t LIMIT 7)"
            ),
            {"a": (TODAY - timedelta(days=1)).isoformat(), "t": TODAY.isoformat()},
        )
        conn.execute(text("DELETE FROM peserta WHERE rowid IN (SELECT rowid FROM peserta LIMIT 3)"))
    cov = sum(c.n for c in cakupan.cells(ctx.db, TODAY) if c.tercakup)
    with ctx.db.engine.connect() as conn:
        own = conn.execute(
            text(
                "SELECT count(*) FROM peserta WHERE deleted_at IS NULL AND status = 'aktif' "
                "AND (mulai_kepesertaan IS NULL OR mulai_kepesertaan <= :t) "
                "AND (akhir_kepesertaan IS NULL OR akhir_kepesertaan >= :t)"
            ),
            {"t": TODAY.isoformat()},
        ).scalar_one()
    assert cov == own
    _same_as_direct(ctx)
    _same_as_direct(ctx, TODAY + timedelta(days=30))


def test_bulk_insert_counts_its_rows_and_a_rebuild_gives_the_same(ctx: AppContext) -> None:
    from jamsostek_desk.services.synthetic import Generator as G
    from jamsostek_desk.store.bulk import PESERTA_INSERT_COLUMNS, insert_sqlite, peserta_rows
    from jamsostek_desk.store.models import utcnow
    from jamsostek_desk.store.settings import next_seq, stamp

    insert_generated(ctx, 50, seed=5)
    people = list(G(ctx.kabupaten_kode, seed=11).many(120))
    with ctx.db.session() as s:
        first = next_seq(s)
        _ids, rows = peserta_rows(people, first, ctx.kantor_id, stamp(s), utcnow())
        with search_index_paused(s, first):
            insert_sqlite(s, "peserta", PESERTA_INSERT_COLUMNS, rows)
    _same_as_direct(ctx)
    before = _key_counts(cakupan.cells(ctx.db, TODAY))
    with ctx.db.engine.begin() as conn:  # what the migration does on an existing database
        for t in ("cakupan_sel", "cakupan_periode", "cakupan_lahir"):
            conn.execute(text(f"DELETE FROM {t}"))
        for statement in fill_sql():
            conn.execute(text(statement))
    assert _key_counts(cakupan.cells(ctx.db, TODAY)) == before
    assert sum(v for k, v in before.items() if k[-1] == "n") == 170


def test_target_history_keeps_the_earlier_figure(ctx: AppContext) -> None:
    target.set_target(
        ctx, 2025, "pekerja_rentan", 10_000, dasar="Perbup 21/2025", berlaku=date(2025, 1, 2)
    )
    target.set_target(
        ctx, 2025, "pekerja_rentan", 15_000, dasar="APBD-P 8 Agustus 2025", berlaku=date(2025, 8, 8)
    )
    rows = target.list_targets(ctx.db, 2025)
    assert [(t.jumlah, t.berlaku, t.dasar) for t in rows] == [
        (10_000, date(2025, 1, 2), "Perbup 21/2025"),
        (15_000, date(2025, 8, 8), "APBD-P 8 Agustus 2025"),
    ]
    assert rows[0].wilayah_kode == "63.03"
    at = target.targets_in_force
    assert at(ctx.db, 2025, date(2025, 8, 7))[("pekerja_rentan", "63.03")] == 10_000
    assert at(ctx.db, 2025, date(2025, 8, 8))[("pekerja_rentan", "63.03")] == 15_000
    assert at(ctx.db, 2025, date(2025, 1, 1))[("pekerja_rentan", "63.03")] == 10_000


@pytest.mark.parametrize(
    ("args", "field"),
    [
        ({"tahun": 1999}, "tahun"),
        ({"kategori": "petani"}, "kategori"),
        ({"jumlah": -1}, "jumlah"),
        ({"wilayah_kode": "63.02.01"}, "wilayah"),  # Kotabaru: outside the office
        ({"wilayah_kode": "99.99"}, "wilayah"),
    ],
)
def test_wrong_targets_are_refused_with_the_field(
    ctx: AppContext, args: dict[str, object], field: str
) -> None:
    base: dict[str, object] = {"tahun": 2026, "kategori": "pekerja_rentan", "jumlah": 5}
    with pytest.raises(ValidationError) as e:
        target.set_target(ctx, **{**base, **args})  # type: ignore[arg-type]
    assert field in e.value.errors
    assert target.list_targets(ctx.db) == []


def test_budget_in_force_and_wrong_budgets(ctx: AppContext) -> None:
    target.set_anggaran(ctx, 2026, "apbd_kabupaten", 2_000_000_000, berlaku=date(2026, 1, 1))
    target.set_anggaran(
        ctx, 2026, "apbd_kabupaten", 3_000_000_000, "APBD-P", berlaku=date(2026, 8, 8)
    )
    target.set_anggaran(ctx, 2026, "csr", 100_000_000, berlaku=date(2026, 1, 1))
    assert target.pagu_in_force(ctx.db, 2026, date(2026, 8, 1)) == {
        "apbd_kabupaten": 2_000_000_000,
        "csr": 100_000_000,
    }
    assert target.pagu_in_force(ctx.db, 2026, date(2026, 9, 1))["apbd_kabupaten"] == 3_000_000_000
    with pytest.raises(ValidationError) as e:
        target.set_anggaran(ctx, 2026, "hibah", -5)
    assert set(e.value.errors) == {"sumber", "pagu"}


def test_posts_per_desa_entered_imported_and_default(ctx: AppContext, tmp_path: Path) -> None:
    from jamsostek_desk.domain.wilayah import load_wilayah

    ref = load_wilayah()
    desa = [r.kode for r in ref.desa_in("63.03.05") if not r.is_kelurahan]
    assert target.set_formasi(ctx, {desa[0]: 9}) == 1
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Jumlah jabatan aparat desa"])
    ws.append(["KODE DESA", "NAMA", "JUMLAH"])
    ws.append([desa[1], "x", 12])
    ws.append([desa[2].replace(".", ""), "y", "8"])
    wb.save(tmp_path / "formasi.xlsx")
    assert target.import_formasi(ctx, tmp_path / "formasi.xlsx") == 2
    posts = target.formasi(ctx.db)
    assert (posts[desa[0]], posts[desa[1]], posts[desa[2]]) == (9, 12, 8)
    added = target.apply_default_formasi(ctx)
    assert added == len([r for r in ref.desa_in("63.03") if not r.is_kelurahan]) - 3
    assert target.formasi(ctx.db)[desa[3]] == formasi_bawaan()
    assert target.formasi(ctx.db)[desa[0]] == 9  # an entered figure is kept
    # a kelurahan has no aparat desa; a broken file changes nothing
    kel = next(r.kode for r in ref.desa_in("63.03") if r.is_kelurahan)
    with pytest.raises(ValidationError):
        target.set_formasi(ctx, {kel: 3})
    (tmp_path / "rusak.xlsx").write_bytes(b"PK\x03\x04 bukan excel")
    with pytest.raises(UserError, match="tidak bisa dibaca"):
        target.import_formasi(ctx, tmp_path / "rusak.xlsx")


def test_desa_with_incomplete_aparat_data(ctx: AppContext, gen: Generator) -> None:
    d = gen.make()
    while d.desa_kode[9] == "1":  # a kelurahan has no aparat desa
        d = gen.make()
    d.kategori, d.jabatan, d.pekerjaan, d.sumber_dana = "aparat_desa", "Kepala Desa", "", "apbdes"
    ps.create_peserta(ctx, d)
    target.set_formasi(ctx, {d.desa_kode: 3})
    missing = rekap.desa_belum_lengkap(ctx)
    assert [(f.desa_kode, f.formasi, f.terdaftar, f.kurang) for f in missing] == [
        (d.desa_kode, 3, 1, 2)
    ]


def test_rekap_per_kecamatan_matches_the_database(ctx: AppContext) -> None:
    insert_generated(ctx, 400, seed=9)
    target.set_target(ctx, TODAY.year, "pekerja_rentan", 500, berlaku=date(TODAY.year, 1, 1))
    target.set_target(
        ctx,
        TODAY.year,
        "pekerja_rentan",
        40,
        wilayah_kode="63.03.05",
        berlaku=date(TODAY.year, 1, 1),
    )
    r = rekap.build(ctx, TODAY.year, "kecamatan", "pekerja_rentan")
    with ctx.db.engine.connect() as conn:
        own = dict(
            conn.execute(
                text(
                    "SELECT substr(desa_kode, 1, 8), count(*) FROM peserta WHERE deleted_at IS "
                    "NULL AND kategori = 'pekerja_rentan' AND status = 'aktif' "
                    "AND (mulai_kepesertaan IS NULL OR mulai_kepesertaan <= :t) "
                    "AND (akhir_kepesertaan IS NULL OR akhir_kepesertaan >= :t) GROUP BY 1"
                ),
                {"t": TODAY.isoformat()},
            ).all()
        )
    assert {b.kode: b.aktif for b in r.baris if b.aktif} == own
    assert r.total.aktif == sum(own.values())
    assert r.total.target == 500
    row = next(b for b in r.baris if b.kode == "63.03.05")
    assert row.target == 40 and row.capaian_persen == round(row.aktif * 100 / 40, 1)
    assert next(b for b in r.baris if b.kode == "63.03.01").target is None
    assert r.total.capaian_persen == round(r.total.aktif * 100 / 500, 1)
    data = r.as_json()
    assert set(data["baris"][0]) >= {
        "kode",
        "nama",
        "target",
        "terdaftar",
        "aktif",
        "capaian_persen",
        "iuran_bulanan",
    }
    assert set(data["anggaran"]) >= {
        "pagu",
        "terpakai",
        "komitmen_sampai_desember",
        "sisa",
        "tambahan_peserta",
    }


def test_pure_arithmetic() -> None:
    assert kelompok_usia(24) == "< 25" and kelompok_usia(25) == "25–34"
    assert kelompok_usia(70) == "≥ 65"
    assert tambahan_peserta(1_000_000, 16_800, 4) == 14
    assert tambahan_peserta(-5, 16_800, 4) == 0 and tambahan_peserta(5, 16_800, 0) == 0
    assert bulan_dalam_tahun(2026, date(2026, 3, 1), None, 6) == 4
    assert bulan_dalam_tahun(2026, date(2025, 3, 1), date(2026, 2, 1), 6) == 2
    assert bulan_dalam_tahun(2026, None, None, 12) == 12
    assert bulan_dalam_tahun(2026, date(2027, 1, 1), None, 12) == 0


def test_the_bill_is_the_sum_of_each_covered_persons_contribution(ctx: AppContext) -> None:
    from jamsostek_desk.services.iuran import iuran_peserta

    insert_generated(ctx, 250, seed=13)
    with ctx.db.engine.begin() as conn:  # some wage earners without a wage, some with JP
        conn.execute(
            text("UPDATE peserta SET upah = NULL WHERE kategori = 'aparat_desa' AND rowid % 7 = 0")
        )
        conn.execute(
            text(
                "UPDATE peserta SET program_jp = 1 WHERE kategori = 'aparat_desa' AND rowid % 5 = 0"
            )
        )
        conn.execute(
            text(
                "UPDATE peserta SET upah = 1234567 WHERE kategori = 'pekerja_rentan' "
                "AND rowid % 3 = 0"
            )
        )
    r = rekap.build(ctx, TODAY.year, "kecamatan")
    with ctx.db.engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT id, substr(desa_kode, 1, 8) FROM peserta WHERE deleted_at IS NULL "
                "AND status = 'aktif' AND (mulai_kepesertaan IS NULL OR mulai_kepesertaan <= :t)"
                " AND (akhir_kepesertaan IS NULL OR akhir_kepesertaan >= :t)"
            ),
            {"t": TODAY.isoformat()},
        ).all()
    own: Counter[str] = Counter()
    for pid, kec in rows:
        own[kec] += iuran_peserta(ctx, pid, TODAY).total or 0
    assert {b.kode: b.iuran_bulanan for b in r.baris if b.iuran_bulanan} == +own
    assert r.total.iuran_bulanan == sum(own.values()) > 0
