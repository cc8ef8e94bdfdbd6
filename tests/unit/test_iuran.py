"""Contributions (iuran): dated tariffs, a participant's monthly contribution, the SQL sum,
and the wage column (upah) it is taken of."""

from __future__ import annotations

import random
import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from jamsostek_desk.domain.errors import ValidationError
from jamsostek_desk.domain.iuran import (
    Ketentuan,
    TarifIuran,
    in_force,
    iuran_bulanan,
    persen_dari,
)
from jamsostek_desk.services import iuran as svc
from jamsostek_desk.services import peserta as peserta_svc
from jamsostek_desk.services.context import AppContext
from jamsostek_desk.services.synthetic import insert_generated
from jamsostek_desk.store.db import open_database
from jamsostek_desk.store.models import Peserta

TODAY = date(2026, 12, 4)
DB_DATA = Path(__file__).resolve().parents[1] / "data" / "db"


# --- the pure function -----------------------------------------------------------------------
def tariffs() -> dict[tuple[str, str], TarifIuran]:
    start = date(2015, 7, 1)
    rows = [
        TarifIuran("JKK", "bpu", "persen", 100, start),
        TarifIuran("JKM", "bpu", "tetap", 6_800, start),
        TarifIuran("JHT", "bpu", "persen", 200, start),
        TarifIuran("JKK", "pu", "persen", 24, start),
        TarifIuran("JKM", "pu", "persen", 30, start),
        TarifIuran("JHT", "pu", "persen", 570, start),
        TarifIuran("JP", "pu", "persen", 300, start),
    ]
    return in_force(rows, TODAY)


def test_bpu_at_the_minimum_income_costs_16800() -> None:
    got = iuran_bulanan("pekerja_rentan", 1_000_000, ("JKK", "JKM"), tariffs(), 1_000_000)
    assert got.skema == "bpu"
    assert got.rincian == {"JKK": 10_000, "JKM": 6_800}
    assert got.total == 16_800
    with_jht = iuran_bulanan(
        "pekerja_rentan", 1_000_000, ("JKK", "JKM", "JHT"), tariffs(), 1_000_000
    )
    assert with_jht.total == 36_800


@pytest.mark.parametrize("declared", [None, 0, 600_000, 999_999])
def test_bpu_below_the_minimum_pays_as_at_the_minimum(declared: int | None) -> None:
    got = iuran_bulanan("pekerja_rentan", declared, ("JKK", "JKM"), tariffs(), 1_000_000)
    assert got.dasar_upah == 1_000_000
    assert got.total == 16_800


def test_bpu_above_the_minimum_pays_one_percent_of_it() -> None:
    got = iuran_bulanan("pekerja_rentan", 2_345_678, ("JKK", "JKM"), tariffs(), 1_000_000)
    assert got.rincian == {"JKK": 23_457, "JKM": 6_800}  # 23.456,78 rounds up


def test_aparat_desa_pays_percentages_of_the_wage() -> None:
    got = iuran_bulanan("aparat_desa", 3_456_789, ("JKK", "JKM"), tariffs(), 1_000_000)
    assert got.skema == "pu"
    # 0,24 % = 8.296,29 -> 8.296; 0,30 % = 10.370,37 -> 10.370
    assert got.rincian == {"JKK": 8_296, "JKM": 10_370}
    assert got.total == 18_666
    full = iuran_bulanan("aparat_desa", 3_000_000, ("JKK", "JKM", "JHT", "JP"), tariffs(), 0)
    assert full.rincian == {"JKK": 7_200, "JKM": 9_000, "JHT": 171_000, "JP": 90_000}


def test_a_wage_earner_without_a_wage_has_no_known_contribution() -> None:
    got = iuran_bulanan("aparat_desa", None, ("JKK", "JKM"), tariffs(), 1_000_000)
    assert got.total is None and got.rincian == {}


def test_jp_has_no_tariff_for_bpu() -> None:
    got = iuran_bulanan("pekerja_rentan", 1_000_000, ("JKK", "JKM", "JP"), tariffs(), 1_000_000)
    assert got.total == 16_800


def test_rounding_is_half_up_per_programme() -> None:
    assert persen_dari(625, 24) == 2  # 1,5 -> 2
    assert persen_dari(624, 24) == 1  # 1,4976 -> 1
    assert persen_dari(1_000_000, 30) == 3_000


def test_in_force_picks_the_latest_row_not_after_the_date() -> None:
    rows = [
        TarifIuran("JKM", "bpu", "tetap", 6_800, date(2015, 7, 1)),
        TarifIuran("JKM", "bpu", "tetap", 9_000, date(2027, 1, 1)),
    ]
    assert in_force(rows, date(2026, 12, 31))[("bpu", "JKM")].nilai == 6_800
    assert in_force(rows, date(2027, 1, 1))[("bpu", "JKM")].nilai == 9_000
    assert ("bpu", "JKM") not in in_force(rows, date(2015, 6, 30))


def test_tariff_labels() -> None:
    assert TarifIuran("JKK", "pu", "persen", 24, TODAY).label() == "0,24 %"
    assert TarifIuran("JKK", "bpu", "persen", 100, TODAY).label() == "1 %"
    assert TarifIuran("JHT", "pu", "persen", 570, TODAY).label() == "5,7 %"
    assert TarifIuran("JKM", "bpu", "tetap", 6_800, TODAY).label() == "Rp6.800"


# --- the dated rows in the database ---------------------------------------------------------
def test_seeded_tariffs_and_minimum_are_in_force(ctx: AppContext) -> None:
    t = svc.tarif_berlaku(ctx, TODAY)
    assert t.upah_minimum_bpu == 1_000_000
    got = {(k[0], k[1]): (v.jenis, v.nilai) for k, v in t.tarif.items()}
    assert got == {
        ("bpu", "JKK"): ("persen", 100),
        ("bpu", "JKM"): ("tetap", 6_800),
        ("bpu", "JHT"): ("persen", 200),
        ("pu", "JKK"): ("persen", 24),
        ("pu", "JKM"): ("persen", 30),
        ("pu", "JHT"): ("persen", 570),
        ("pu", "JP"): ("persen", 300),
    }
    assert all(v.dasar_hukum for v in t.tarif.values())
    assert t.iuran("pekerja_rentan", None).total == 16_800


def test_a_new_tariff_counts_from_its_date_only(ctx: AppContext, gen) -> None:
    d = gen.make()
    d.kategori, d.pekerjaan, d.jabatan, d.upah = "pekerja_rentan", "Petani", "", 1_000_000
    d.sumber_dana = "apbd_kabupaten"
    pid = peserta_svc.create_peserta(ctx, d).id
    svc.add_tarif(ctx, TarifIuran("JKM", "bpu", "tetap", 8_000, date(2027, 1, 1), "PP Uji"))
    svc.add_ketentuan(
        ctx, Ketentuan("upah_minimum_bpu", 1_200_000, date(2027, 1, 1), "Permenaker Uji")
    )
    assert svc.iuran_peserta(ctx, pid, date(2026, 12, 31)).total == 16_800
    assert svc.iuran_peserta(ctx, pid, date(2027, 1, 1)).total == 12_000 + 8_000


def test_a_tariff_needs_its_basis_and_a_free_date(ctx: AppContext) -> None:
    with pytest.raises(ValidationError) as e:
        svc.add_tarif(ctx, TarifIuran("JKK", "bpu", "persen", 100, date(2027, 1, 1), ""))
    assert "dasar_hukum" in e.value.errors
    with pytest.raises(ValidationError) as e:
        svc.add_tarif(ctx, TarifIuran("JKK", "bpu", "persen", 100, date(2015, 7, 1), "PP"))
    assert "berlaku_mulai" in e.value.errors
    with pytest.raises(ValidationError) as e:
        svc.add_tarif(ctx, TarifIuran("JKK", "xx", "persen", 20_000, date(2027, 1, 1), "PP"))
    assert {"skema", "nilai"} <= set(e.value.errors)


def test_sql_sum_equals_the_python_sum(ctx: AppContext) -> None:
    insert_generated(ctx, 400, seed=3)
    rng = random.Random(5)
    with ctx.db.session() as s:
        ids = s.execute(select(Peserta.id, Peserta.kategori)).all()
        for pid, kategori in ids:
            upah = rng.choice((None, 0, 750_000, 1_000_000, 1_234_567, 2_426_640, 3_456_789))
            s.execute(
                update(Peserta)
                .where(Peserta.id == pid)
                .values(
                    upah=upah,
                    program_jht=rng.random() < 0.3,
                    program_jp=kategori == "aparat_desa" and rng.random() < 0.3,
                )
            )
    t = svc.tarif_berlaku(ctx, TODAY)
    with ctx.db.session() as s:
        people = s.execute(select(Peserta)).scalars().all()
        python_values = {
            p.id: t.iuran(
                p.kategori, p.upah, p.program_jkk, p.program_jkm, p.program_jht, p.program_jp
            ).total
            for p in people
        }
        expr = svc.iuran_sql(t)
        sql_values = dict(s.execute(select(Peserta.id, expr)).all())
        sql_total = s.execute(select(func.sum(expr))).scalar_one()
    assert sql_values == python_values
    assert None in python_values.values()  # wage earners without a wage: unknown in both
    assert sql_total == sum(v for v in python_values.values() if v is not None)


# --- the wage column ------------------------------------------------------------------------
def test_wage_of_an_aparat_desa_is_kept(ctx: AppContext, gen) -> None:
    d = gen.make()
    d.kategori, d.jabatan, d.pekerjaan, d.upah = "aparat_desa", "Sekretaris Desa", "", 3_250_000
    d.sumber_dana, d.program_jp = "apbdes", True
    saved = peserta_svc.create_peserta(ctx, d)
    back = peserta_svc.get_peserta(ctx, saved.id)
    assert (back.upah, back.program_jp) == (3_250_000, True)


def test_jp_is_refused_for_pekerja_rentan(ctx: AppContext, gen) -> None:
    d = gen.make()
    d.kategori, d.pekerjaan, d.jabatan, d.program_jp = "pekerja_rentan", "Petani", "", True
    d.sumber_dana = "apbd_kabupaten"
    with pytest.raises(ValidationError) as e:
        peserta_svc.create_peserta(ctx, d)
    assert "program_jp" in e.value.errors


def test_income_below_the_dated_minimum_is_a_warning(ctx: AppContext, gen) -> None:
    d = gen.make()
    d.kategori, d.pekerjaan, d.jabatan, d.upah = "pekerja_rentan", "Petani", "", 900_000
    assert "Rp1.000.000" in peserta_svc.check(ctx, d, TODAY).warnings["upah"]
    svc.add_ketentuan(ctx, Ketentuan("upah_minimum_bpu", 850_000, date(2026, 1, 1), "Uji"))
    assert "upah" not in peserta_svc.check(ctx, d, TODAY).warnings


def test_an_old_database_keeps_its_incomes_as_upah(tmp_path: Path) -> None:
    copy = tmp_path / "old.sqlite"
    shutil.copyfile(DB_DATA / "v0.1.0.sqlite", copy)
    con = sqlite3.connect(copy)
    before = dict(con.execute("SELECT id, penghasilan FROM peserta").fetchall())
    con.close()
    assert any(v is not None for v in before.values())
    db = open_database(copy)
    try:
        with db.session() as s:
            after = dict(s.execute(select(Peserta.id, Peserta.upah)).all())
            jp = s.execute(select(Peserta.program_jp).distinct()).scalars().all()
    finally:
        db.close()
    assert after == before
    assert jp == [False]


def test_field_versions_follow_the_renamed_column(ctx: AppContext, gen) -> None:
    """A change of the wage keeps its change version (the sync's field merge) across the
    rename: down to 0007 it is under "penghasilan", up again under "upah"."""
    import json

    from alembic import command

    from jamsostek_desk.store.db import _alembic_config

    pid = peserta_svc.create_peserta(ctx, gen.make()).id
    d = peserta_svc.get_peserta(ctx, pid)
    d.upah = 1_750_000
    peserta_svc.update_peserta(ctx, pid, d)

    def versions() -> dict[str, int]:
        with ctx.db.engine.connect() as conn:
            raw = conn.exec_driver_sql("SELECT versi_kolom FROM peserta").scalar_one()
        return dict(json.loads(raw))

    marked = versions()["upah"]
    with ctx.db.engine.begin() as conn:
        command.downgrade(_alembic_config(conn), "0007")
    assert versions()["penghasilan"] == marked and "upah" not in versions()
    with ctx.db.engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "head")
    assert versions()["upah"] == marked and "penghasilan" not in versions()


def test_rows_the_sync_holds_follow_the_new_columns(ctx: AppContext, gen) -> None:
    """A participant row held by the sync (a column list in the old order) gains program_jp
    at its place, and a conflict's field "penghasilan" becomes "upah", across migration 0010."""
    import json

    from alembic import command

    from jamsostek_desk.services.sync.records import P_COLS, PP
    from jamsostek_desk.store.db import _alembic_config

    pid = peserta_svc.create_peserta(ctx, gen.make()).id
    with ctx.db.engine.begin() as conn:
        command.downgrade(_alembic_config(conn), "0007")
    old_cols = [c for c in P_COLS if c != "program_jp"]
    old_cols[old_cols.index("upah")] = "penghasilan"
    with ctx.db.engine.begin() as conn:
        row = list(conn.exec_driver_sql(f"SELECT {', '.join(old_cols)} FROM peserta").one())
        conn.exec_driver_sql(
            "INSERT INTO sync_tertahan (id, entitas, peserta_id, version, data, waktu) "
            "VALUES (?, 'peserta', ?, 1, ?, '2026-01-01 00:00:00')",
            (pid, pid, json.dumps(row, default=str)),
        )
        conn.exec_driver_sql(
            "INSERT INTO sync_konflik (id, jenis, waktu, entitas_id, lain_id, nik, nama, "
            "kantor_masuk, lokal, masuk, pemenang) VALUES ('k1', 'konflik', "
            "'2026-01-01 00:00:00', ?, ?, '', '', '', ?, ?, '')",
            (
                pid,
                pid,
                json.dumps({"penghasilan": 1000000}),
                json.dumps({"penghasilan": 2000000, "_diubah_masuk": ["penghasilan"]}),
            ),
        )
        command.upgrade(_alembic_config(conn), "head")
    with ctx.db.engine.connect() as conn:
        data = json.loads(conn.exec_driver_sql("SELECT data FROM sync_tertahan").scalar_one())
        lokal, masuk = conn.exec_driver_sql("SELECT lokal, masuk FROM sync_konflik").one()
        current = list(conn.exec_driver_sql(f"SELECT {', '.join(P_COLS)} FROM peserta").one())
    assert len(data) == len(P_COLS)
    assert data[PP["program_jp"]] == 0
    assert data[PP["nik"]] == current[PP["nik"]] and data[PP["upah"]] == current[PP["upah"]]
    for col in ("sumber_dana", "status", "nonaktif_keterangan", "catatan"):  # after JP
        assert data[PP[col]] == current[PP[col]], col
    assert json.loads(lokal) == {"upah": 1000000}
    assert json.loads(masuk) == {"upah": 2000000, "_diubah_masuk": ["upah"]}
