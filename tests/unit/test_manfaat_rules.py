"""Benefit rules as dated data (PP 82/2019 defaults), the computation of a case, refusals with
the rule named, overrides with a reason in the audit trail, and `manfaat hitung`/`tarif`."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from jamsostek_desk.cli import EXIT_OK, EXIT_USER, main
from jamsostek_desk.domain.errors import ValidationError
from jamsostek_desk.domain.manfaat import AturanManfaat, hitung, tahun_penuh
from jamsostek_desk.services import manfaat as M
from jamsostek_desk.services import peserta as P
from jamsostek_desk.services.context import AppContext
from jamsostek_desk.store.models import Peserta

DAY = date(2026, 1, 12)


def person(ctx: AppContext, gen, kategori: str = "pekerja_rentan", **changes) -> tuple[str, str]:
    d = gen.make()
    d.kategori = kategori
    if kategori == "aparat_desa":
        d.jabatan, d.pekerjaan, d.sumber_dana = "Kepala Dusun", "", "apbdes"
    else:
        d.jabatan, d.pekerjaan, d.sumber_dana = "", "Nelayan", "apbd_kabupaten"
    d.status, d.kpj, d.mulai_kepesertaan = "aktif", "", date(2021, 6, 1)
    d.nonaktif_alasan = d.nonaktif_tanggal = None
    for k, v in changes.items():
        setattr(d, k, v)
    return P.create_peserta(ctx, d).id, d.nik


def amounts(result: M.Perhitungan) -> list[int]:
    return [k.jumlah for k in result.hitungan.komponen]


# --- the known answers ----------------------------------------------------------------------
def test_jkk_death_at_the_bpu_minimum_wage(ctx: AppContext, gen) -> None:
    pid, _ = person(ctx, gen, upah=1_000_000)
    r = M.hitung_manfaat(ctx, pid, "jkk-meninggal", date(2026, 1, 10))
    assert amounts(r) == [48_000_000, 12_000_000, 10_000_000]
    assert r.hitungan.total == 70_000_000
    assert all(k.dasar.startswith("PP 82/2019") for k in r.hitungan.komponen)


def test_jkk_death_at_3_5_million(ctx: AppContext, gen) -> None:
    pid, _ = person(ctx, gen, kategori="aparat_desa", upah=3_500_000)
    r = M.hitung_manfaat(ctx, pid, "jkk-meninggal", date(2026, 1, 10))
    assert amounts(r) == [168_000_000, 12_000_000, 10_000_000]


def test_jkk_death_pays_at_least_the_jkm_amount(ctx: AppContext, gen) -> None:
    pid, _ = person(ctx, gen, kategori="aparat_desa", upah=500_000)  # 48 x = 24 jt
    r = M.hitung_manfaat(ctx, pid, "jkk-meninggal", date(2026, 1, 10))
    assert amounts(r)[0] == 42_000_000


def test_bpu_income_below_the_minimum_counts_as_the_minimum(ctx: AppContext, gen) -> None:
    pid, _ = person(ctx, gen, upah=None)
    r = M.hitung_manfaat(ctx, pid, "jkk-meninggal", date(2026, 1, 10))
    assert r.upah == 1_000_000 and amounts(r)[0] == 48_000_000


def test_jkm_with_two_children_after_four_years(ctx: AppContext, gen) -> None:
    pid, _ = person(ctx, gen, mulai_kepesertaan=date(2021, 6, 1))
    r = M.hitung_manfaat(ctx, pid, "jkm", date(2025, 8, 1), anak=["sd", "sma"])
    assert r.masa_iuran == 4
    assert amounts(r) == [20_000_000, 12_000_000, 10_000_000, 1_500_000, 3_000_000]
    assert r.hitungan.total == 46_500_000
    assert r.hitungan.ditolak == []


def test_jkm_scholarship_after_two_years_is_refused_with_the_rule(ctx: AppContext, gen) -> None:
    pid, _ = person(ctx, gen, mulai_kepesertaan=date(2023, 9, 1))
    r = M.hitung_manfaat(ctx, pid, "jkm", date(2025, 10, 1), anak=["sd"])
    assert r.hitungan.total == 42_000_000
    [refused] = r.hitungan.ditolak
    assert "masa iuran paling sedikit 3 tahun" in refused.alasan
    assert "masa iuran 2 tahun" in refused.alasan


def test_jkk_scholarship_needs_no_minimum_period(ctx: AppContext, gen) -> None:
    pid, _ = person(ctx, gen, mulai_kepesertaan=date(2025, 9, 1), upah=1_000_000)
    r = M.hitung_manfaat(ctx, pid, "jkk-meninggal", date(2025, 10, 1), anak=["kuliah"])
    assert amounts(r) == [48_000_000, 12_000_000, 10_000_000, 12_000_000]


def test_a_third_child_is_refused(ctx: AppContext, gen) -> None:
    pid, _ = person(ctx, gen)
    r = M.hitung_manfaat(ctx, pid, "jkm", date(2025, 8, 1), anak=["tk", "smp", "sd"])
    assert [k.jumlah for k in r.hitungan.komponen][3:] == [1_500_000, 2_000_000]
    [refused] = r.hitungan.ditolak
    assert "anak ke-3" in refused.nama and "paling banyak untuk 2 anak" in refused.alasan


def test_disability_and_stmb(ctx: AppContext, gen) -> None:
    pid, _ = person(ctx, gen, kategori="aparat_desa", upah=2_000_000)
    total = M.hitung_manfaat(ctx, pid, "jkk-cacat", DAY)
    assert amounts(total) == [112_000_000]  # 70 % x 80 x 2 jt
    partial = M.hitung_manfaat(ctx, pid, "jkk-cacat", DAY, persen_cacat=10)
    assert amounts(partial) == [16_000_000]
    stmb = M.hitung_manfaat(ctx, pid, "jkk-stmb", DAY)
    assert amounts(stmb) == [2_000_000, 1_000_000]


def test_wage_earner_without_a_wage_gets_the_wage_parts_refused(ctx: AppContext, gen) -> None:
    pid, _ = person(ctx, gen, kategori="aparat_desa", upah=None)
    r = M.hitung_manfaat(ctx, pid, "jkk-meninggal", DAY)
    assert amounts(r) == [12_000_000, 10_000_000]
    assert "upah belum dicatat" in r.hitungan.ditolak[0].alasan


# --- dated rules ----------------------------------------------------------------------------
def test_a_new_amount_counts_from_its_date_and_old_cases_keep_theirs(ctx: AppContext, gen) -> None:
    pid, _ = person(ctx, gen)
    old = M.komponen_aturan(ctx, pid, "jkm", date(2026, 1, 3))
    mid = M.save_manfaat(
        ctx,
        M.ManfaatData(
            pid,
            "JKM",
            date(2026, 1, 3),
            penerima=[M.Penerima("Ahli Waris Contoh", "Istri", "6303054101900001")],
            komponen=old,
        ),
        today=DAY,
    )
    M.add_tarif(
        ctx,
        AturanManfaat(
            "JKM", "jkm", "santunan_kematian", "Santunan kematian", "tetap", 30_000_000,
            berlaku_mulai=date(2027, 1, 1), dasar_hukum="PP contoh",
        ),
    )  # fmt: skip
    before = M.hitung_manfaat(ctx, pid, "jkm", date(2026, 12, 31))
    after = M.hitung_manfaat(ctx, pid, "jkm", date(2027, 1, 1))
    assert before.hitungan.total == 42_000_000 and after.hitungan.total == 52_000_000
    assert M.get_manfaat(ctx, mid).jumlah == 42_000_000
    # The case can still be saved unchanged: its date's rules are the old ones.
    M.save_manfaat(ctx, M.get_manfaat(ctx, mid), mid, today=DAY)


def test_an_admin_adds_a_new_component(ctx: AppContext, gen) -> None:
    pid, _ = person(ctx, gen)
    M.add_tarif(
        ctx,
        AturanManfaat(
            "JKM", "jkm", "bantuan_daerah", "Santunan tambahan contoh", "tetap", 2_000_000,
            berlaku_mulai=date(2026, 1, 1), dasar_hukum="Perbup contoh",
        ),
    )  # fmt: skip
    r = M.hitung_manfaat(ctx, pid, "jkm", DAY)
    assert r.hitungan.komponen[-1].nama == "Santunan tambahan contoh"
    assert r.hitungan.total == 44_000_000
    assert any(t.kode == "bantuan_daerah" for t in M.tarif_list(ctx))


def test_a_rule_needs_its_parameters_and_basis(ctx: AppContext) -> None:
    with pytest.raises(ValidationError) as e:
        M.add_tarif(
            ctx,
            AturanManfaat("JKM", "jkm", "beasiswa_x", "Beasiswa X", "beasiswa", 1_000_000),
        )
    assert {"jenjang", "dasar_hukum"} <= set(e.value.errors)
    with pytest.raises(ValidationError) as e:
        M.add_tarif(ctx, AturanManfaat("JKM", "jkk-cacat", "x", "X", "tetap", 1, dasar_hukum="P"))
    assert "program" in e.value.errors


# --- recording a case -----------------------------------------------------------------------
def case(pid: str, komponen: list[M.Komponen], **kw) -> M.ManfaatData:
    return M.ManfaatData(
        pid,
        "JKM",
        date(2025, 10, 1),
        penerima=[M.Penerima("Ahli Waris Contoh", "Istri", "6303054101900001")],
        komponen=komponen,
        **kw,
    )


def test_a_refused_scholarship_is_not_saved_without_a_reason(ctx: AppContext, gen) -> None:
    pid, _ = person(ctx, gen, mulai_kepesertaan=date(2023, 9, 1))
    komponen = M.komponen_aturan(ctx, pid, "jkm", date(2025, 10, 1))
    komponen.append(M.Komponen("beasiswa_sd", "Beasiswa anak ke-1 (SD), tahun pertama", 1_500_000))
    with pytest.raises(ValidationError) as e:
        M.save_manfaat(ctx, case(pid, komponen, anak=["sd"]), today=DAY)
    message = e.value.errors["komponen"]
    assert "masa iuran paling sedikit 3 tahun" in message and "alasan" in message
    mid = M.save_manfaat(
        ctx, case(pid, komponen, anak=["sd"], alasan_ubah="Putusan BPJS no. 12"), today=DAY
    )
    changes = _audit_changes(ctx, mid)
    assert changes["alasan_ubah"][1] == "Putusan BPJS no. 12"
    assert "masa iuran" in changes["selisih_aturan"][1]


def _audit_changes(ctx: AppContext, entity_id: str) -> dict[str, list[str]]:
    from jamsostek_desk.store.models import AuditLog

    with ctx.db.session() as s:
        rows = s.execute(
            select(AuditLog.perubahan).where(AuditLog.entitas_id == entity_id)
        ).scalars()
        out: dict[str, list[str]] = {}
        for r in rows:
            out.update(json.loads(r) if r else {})
        return out


def test_changed_amount_needs_a_reason(ctx: AppContext, gen) -> None:
    pid, _ = person(ctx, gen)
    komponen = M.komponen_aturan(ctx, pid, "jkm", date(2025, 10, 1))
    komponen[2] = M.Komponen(komponen[2].kode, komponen[2].nama, 9_000_000)
    with pytest.raises(ValidationError) as e:
        M.save_manfaat(ctx, case(pid, komponen), today=DAY)
    assert "menurut aturan Rp10.000.000" in e.value.errors["komponen"]


def test_recipient_niks_follow_the_nik_rules(ctx: AppContext, gen) -> None:
    pid, _ = person(ctx, gen)
    komponen = M.komponen_aturan(ctx, pid, "jkm", date(2025, 10, 1))
    data = case(pid, komponen)
    data.penerima = [M.Penerima("Waris Nol", "Istri", "0000000000000000")]
    with pytest.raises(ValidationError) as e:
        M.save_manfaat(ctx, data, today=DAY)
    assert "NIK penerima Waris Nol" in e.value.errors["penerima"]


def test_each_recipient_keeps_an_own_address(ctx: AppContext, gen) -> None:
    pid, _ = person(ctx, gen)
    data = case(pid, M.komponen_aturan(ctx, pid, "jkm", date(2025, 10, 1)))
    data.penerima = [
        M.Penerima("Istri Contoh", "Istri", "6303054101900001", None, "Jl. Melati 1"),
        M.Penerima("Anak Contoh", "Anak", "6303050101050002", None, "Jl. Kenanga 9, Banjarbaru"),
    ]
    mid = M.save_manfaat(ctx, data, today=DAY)
    assert [r.alamat for r in M.get_manfaat(ctx, mid).penerima] == [
        "Jl. Melati 1",
        "Jl. Kenanga 9, Banjarbaru",
    ]


def test_full_years_of_membership() -> None:
    assert tahun_penuh(date(2021, 6, 1), date(2024, 5, 31)) == 2
    assert tahun_penuh(date(2021, 6, 1), date(2024, 6, 1)) == 3
    assert tahun_penuh(None, date(2024, 6, 1)) == 0


def test_pure_computation_refuses_unknown_levels() -> None:
    with pytest.raises(ValueError, match="Jenjang"):
        hitung([], "jkm", DAY, 1_000_000, ["tk", "paud"])


# --- the command line -----------------------------------------------------------------------
def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_cli_hitung_json_and_text(ctx: AppContext, gen, capsys, db_path: Path) -> None:
    _, nik = person(ctx, gen, upah=1_000_000, mulai_kepesertaan=date(2021, 6, 1))
    _, nik_pu = person(ctx, gen, kategori="aparat_desa", upah=2_000_000)
    db = str(db_path)
    base = ("manfaat", "hitung", "--db", db, "--nik", nik)
    code, out, _ = run(
        capsys, *base, "--jenis", "jkk-meninggal", "--tanggal", "2026-01-10", "--json"
    )
    assert code == EXIT_OK
    got = json.loads(out)
    assert set(got) == {"komponen", "total", "ditolak"}
    assert [k["jumlah"] for k in got["komponen"]] == [48_000_000, 12_000_000, 10_000_000]
    assert set(got["komponen"][0]) == {"nama", "jumlah", "dasar"}
    assert got["total"] == 70_000_000 and got["ditolak"] == []
    code, out, _ = run(
        capsys, "manfaat", "hitung", "--db", db, "--nik", nik_pu, "--jenis", "jkk-meninggal",
        "--tanggal", "2026-01-10", "--upah", "3500000", "--json",
    )  # fmt: skip
    assert [k["jumlah"] for k in json.loads(out)["komponen"]] == [168e6, 12e6, 10e6]
    code, out, _ = run(
        capsys, *base, "--jenis", "jkm", "--tanggal", "2025-08-01", "--anak", "sd,sma", "--json"
    )
    got = json.loads(out)
    assert got["total"] == 46_500_000
    assert [k["jumlah"] for k in got["komponen"]][-2:] == [1_500_000, 3_000_000]
    code, out, _ = run(
        capsys, *base, "--jenis", "jkm", "--tanggal", "2023-08-01", "--anak", "sd", "--json"
    )
    got = json.loads(out)
    assert got["total"] == 42_000_000
    assert "masa iuran paling sedikit 3 tahun" in got["ditolak"][0]["alasan"]
    code, out, _ = run(capsys, *base, "--jenis", "jkm", "--tanggal", "2025-08-01", "--anak", "sd")
    assert code == EXIT_OK
    assert "Rp43.500.000" in out and "PP 82/2019" in out
    assert nik not in out  # the NIK is masked on the terminal


def test_cli_hitung_refuses_wrong_input(ctx: AppContext, gen, capsys, db_path: Path) -> None:
    _, nik = person(ctx, gen)
    db = str(db_path)
    for args, text in (
        (("--nik", nik, "--jenis", "jkm", "--tanggal", "2025-13-01"), "--tanggal"),
        (("--nik", "123", "--jenis", "jkm", "--tanggal", "2025-01-01"), "--nik"),
        (("--nik", nik, "--jenis", "jkm", "--tanggal", "2025-01-01", "--anak", "paud"), "--anak"),
        (("--nik", "6303054101900099", "--jenis", "jkm", "--tanggal", "2025-01-01"), "terdaftar"),
    ):
        code, _, err = run(capsys, "manfaat", "hitung", "--db", db, *args)
        assert code == EXIT_USER and text in err


def test_cli_tarif_lists_the_dated_rules(ctx: AppContext, capsys, db_path: Path) -> None:
    code, out, _ = run(capsys, "manfaat", "tarif", "--db", str(db_path), "--json")
    assert code == EXIT_OK
    got = json.loads(out)
    death = next(r for r in got["manfaat"] if r["kode"] == "santunan_kematian_jkk")
    assert (death["rumus"], death["faktor"], death["minimum"]) == ("kali_upah", 4800, 42_000_000)
    assert death["berlaku_mulai"] == "2019-12-02" and death["dasar"].startswith("PP 82/2019")
    levels = {
        r["jenjang"]: r["jumlah"] for r in got["manfaat"] if r["jenis"] == "jkm" and r["jenjang"]
    }
    assert levels == {
        "tk": 1_500_000,
        "sd": 1_500_000,
        "smp": 2_000_000,
        "sma": 3_000_000,
        "kuliah": 12_000_000,
    }
    assert {(t["program"], t["skema"]) for t in got["iuran"]} >= {("JKK", "bpu"), ("JP", "pu")}
    code, out, _ = run(capsys, "manfaat", "tarif", "--db", str(db_path))
    assert "48 × upah, paling sedikit Rp42.000.000" in out


def test_a_death_case_makes_the_person_nonaktif(ctx: AppContext, gen) -> None:
    pid, _ = person(ctx, gen, upah=1_000_000)
    data = M.ManfaatData(
        pid,
        "JKK",
        date(2025, 10, 1),
        jenis="jkk-meninggal",
        penerima=[M.Penerima("Ahli Waris Contoh", "Istri", "6303054101900001")],
        komponen=M.komponen_aturan(ctx, pid, "jkk-meninggal", date(2025, 10, 1)),
    )
    M.save_manfaat(ctx, data, today=DAY)
    with ctx.db.session() as s:
        p = s.get(Peserta, pid)
        assert (p.status, p.nonaktif_alasan) == ("nonaktif", "meninggal")
