"""Signing in, lock-out, the recovery code, roles checked by the services themselves, and the
audit entries of what leaves the office."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, text, update

from jamsostek_desk.domain.errors import ValidationError
from jamsostek_desk.services import audit, auth
from jamsostek_desk.services import peserta as ps
from jamsostek_desk.services.access import AccessDenied, require_role
from jamsostek_desk.services.context import AppContext
from jamsostek_desk.services.kartu import print_for_participants
from jamsostek_desk.services.lists.export import export_list
from jamsostek_desk.services.office import add_operator, get_office, setup_office, update_office
from jamsostek_desk.services.peserta_list import PesertaFilter
from jamsostek_desk.services.sync.engine import sync
from jamsostek_desk.services.synthetic import Generator
from jamsostek_desk.store.db import Database
from jamsostek_desk.store.models import AuditLog, OperatorSandi, utcnow
from tests.unit.conftest import dinas_office

ADMIN_PW = "rahasia-admin-1"


@pytest.fixture
def admin(db: Database) -> tuple[AppContext, str]:
    code = auth.new_recovery_code()
    ctx = setup_office(db, dinas_office(), "Ani Admin", password=ADMIN_PW, recovery_code=code)
    return ctx, code


def _entries(db: Database, aksi: str) -> list[AuditLog]:
    with db.session() as s:
        return list(s.execute(select(AuditLog).where(AuditLog.aksi == aksi)).scalars())


def test_setup_stores_a_scrypt_hash_with_its_own_salt_never_the_password(
    db: Database, admin: tuple[AppContext, str]
) -> None:
    ctx, code = admin
    assert ctx.peran == "admin"
    other = add_operator(ctx, "Budi", password=ADMIN_PW)  # the same password on purpose
    with db.engine.connect() as conn:
        dump = "\n".join(conn.connection.iterdump())  # type: ignore[attr-defined]
    assert ADMIN_PW not in dump and code not in dump
    with db.session() as s:
        a = s.get(OperatorSandi, ctx.operator_id)
        b = s.get(OperatorSandi, other)
        assert a is not None and b is not None
        assert a.sandi_hash.startswith(f"scrypt${auth.COST_N}$8$1$")
        assert a.sandi_hash.split("$")[4] != b.sandi_hash.split("$")[4]  # per-user salt
        assert a.sandi_hash != b.sandi_hash
        assert a.pemulihan_hash and not b.pemulihan_hash


def test_the_real_cost_is_2_to_the_15(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.undo()  # the tests' cheap cost off
    assert auth.COST_N == 2**15
    stored = auth.hash_secret("sandi-panjang-1")
    assert stored.startswith("scrypt$32768$8$1$") and auth.check_secret("sandi-panjang-1", stored)
    assert not auth.check_secret("sandi-panjang-2", stored)


def test_sign_in_right_and_wrong(db: Database, admin: tuple[AppContext, str]) -> None:
    ctx, _ = admin
    signed = auth.sign_in(db, ctx.operator_id, ADMIN_PW)
    assert (signed.operator_nama, signed.peran) == ("Ani Admin", "admin")
    with pytest.raises(auth.SignInError, match=r"salah \(1 dari 5"):
        auth.sign_in(db, ctx.operator_id, "bukan-sandinya")
    assert auth.find_operator(db, "  ani   ADMIN ") == ctx.operator_id
    with pytest.raises(auth.SignInError, match="tidak ada"):
        auth.find_operator(db, "Siapa")
    assert len(_entries(db, "masuk")) == 1
    assert len(_entries(db, "gagal_masuk")) == 1


def test_five_wrong_passwords_lock_the_operator_for_five_minutes(
    db: Database, admin: tuple[AppContext, str]
) -> None:
    ctx, _ = admin
    for _ in range(4):
        with pytest.raises(auth.SignInError, match="salah"):
            auth.sign_in(db, ctx.operator_id, "salah-salah")
    with pytest.raises(auth.SignInError, match="terkunci 5 menit"):
        auth.sign_in(db, ctx.operator_id, "salah-salah")
    # now even the right password is refused
    with pytest.raises(auth.SignInError, match=r"Coba lagi dalam [1-5] menit"):
        auth.sign_in(db, ctx.operator_id, ADMIN_PW)
    until = auth.locked_until(db, ctx.operator_id)
    assert until is not None
    assert timedelta(minutes=4) < until - utcnow() <= timedelta(minutes=5)
    assert len(_entries(db, "terkunci")) == 1
    # five minutes later (the lock's end moved into the past): the right password works
    with db.session() as s:
        s.execute(update(OperatorSandi).values(kunci_sampai=utcnow() - timedelta(seconds=1)))
    assert auth.sign_in(db, ctx.operator_id, ADMIN_PW).operator_id == ctx.operator_id
    with db.session() as s:
        row = s.get(OperatorSandi, ctx.operator_id)
        assert row is not None and row.gagal == 0 and row.kunci_sampai is None


def test_recovery_code_resets_the_admin_password_once(
    db: Database, admin: tuple[AppContext, str]
) -> None:
    ctx, code = admin
    new_code = auth.new_recovery_code()
    with pytest.raises(auth.SignInError, match="Kode pemulihan salah"):
        auth.recover_admin(db, "AAAAA-BBBBB-CCCCC-DDDDD", "sandi-baru-123", new_code)
    back = auth.recover_admin(db, code.lower().replace("-", " "), "sandi-baru-123", new_code)
    assert back.operator_id == ctx.operator_id
    assert auth.sign_in(db, ctx.operator_id, "sandi-baru-123").peran == "admin"
    with pytest.raises(auth.SignInError):
        auth.sign_in(db, ctx.operator_id, ADMIN_PW)
    with pytest.raises(auth.SignInError):  # used up
        auth.recover_admin(db, code, "sandi-lain-123", auth.new_recovery_code())
    assert auth.recover_admin(db, new_code, "sandi-lain-123", auth.new_recovery_code())


def test_short_passwords_are_refused(db: Database) -> None:
    with pytest.raises(ValidationError) as caught:
        setup_office(db, dinas_office(), "Ani", password="pendek")
    assert "sandi" in caught.value.errors
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM kantor")).scalar() == 0


def test_first_password_of_an_old_database(db: Database) -> None:
    """A database made before sign-in: its Admin sets the first password, once."""
    ctx = setup_office(db, dinas_office(), "Operator Satu")  # no password, as before 0009
    assert not auth.has_credentials(db)
    ops = auth.operators(db)
    assert [(o[1], o[2], o[3]) for o in ops] == [("Operator Satu", "admin", False)]
    code = auth.new_recovery_code()
    signed = auth.claim_first_password(db, ctx.operator_id, "sandi-pertama-1", code)
    assert signed.peran == "admin"
    with pytest.raises(auth.SignInError, match="sudah diatur"):
        auth.claim_first_password(db, ctx.operator_id, "sandi-kedua-22", code)


# --- roles, checked by the services ----------------------------------------------------------


@pytest.fixture
def roles(admin: tuple[AppContext, str]) -> dict[str, AppContext]:
    ctx, _ = admin
    out = {"admin": ctx}
    for peran in ("operator", "pimpinan"):
        op_id = add_operator(ctx, f"Orang {peran}", peran=peran, password=f"sandi-{peran}")
        out[peran] = auth.sign_in(ctx.db, op_id, f"sandi-{peran}")
    return out


def _jobs(gen: Generator, tmp_path: Path) -> dict[str, object]:
    return {
        "create_peserta": lambda c: ps.create_peserta(c, gen.make()),
        "export_list": lambda c: export_list(c, PesertaFilter(), tmp_path / f"{c.peran}.xlsx"),
        "sync": lambda c: sync(c, tmp_path / f"{c.peran}.jdsync", "kata sandi pusat"),
        "update_office": lambda c: update_office(c, get_office(c.db)),
        "add_operator": lambda c: add_operator(c, f"Baru {c.peran}"),
        "set_role": lambda c: auth.set_role(c, c.operator_id, c.peran),
    }


ALLOWED = {
    "admin": {"create_peserta", "export_list", "sync", "update_office", "add_operator", "set_role"},
    "operator": {"create_peserta", "export_list", "sync"},
    "pimpinan": set(),
}


@pytest.mark.parametrize("peran", ["admin", "operator", "pimpinan"])
def test_services_refuse_what_a_role_may_not_do(
    roles: dict[str, AppContext], gen: Generator, tmp_path: Path, peran: str
) -> None:
    c = roles[peran]
    for name, job in _jobs(gen, tmp_path).items():
        if name in ALLOWED[peran]:
            job(c)  # type: ignore[operator]
        else:
            with pytest.raises(AccessDenied, match="hanya boleh dilakukan oleh") as caught:
                job(c)  # type: ignore[operator]
            assert "Pimpinan" in caught.value.message or peran == "operator"
    assert (tmp_path / "pimpinan.xlsx").exists() is False


def test_print_settings_are_the_admins(roles: dict[str, AppContext]) -> None:
    from jamsostek_desk.services.cetak_settings import load_settings, save_print_settings

    for peran in ("operator", "pimpinan"):
        with pytest.raises(AccessDenied, match="pengaturan cetak"):
            save_print_settings(roles[peran], load_settings(roles[peran].db))
    save_print_settings(roles["admin"], load_settings(roles["admin"].db))


def test_pimpinan_prints_no_cards(
    roles: dict[str, AppContext], gen: Generator, tmp_path: Path
) -> None:
    pid = ps.create_peserta(roles["operator"], gen.make()).id
    with pytest.raises(AccessDenied):
        print_for_participants(roles["pimpinan"], [pid], tmp_path / "k.pdf")
    assert not (tmp_path / "k.pdf").exists()


def test_require_role_is_one_call(roles: dict[str, AppContext]) -> None:
    require_role(roles["pimpinan"], "pimpinan", "admin", action="melihat target")
    with pytest.raises(AccessDenied, match="Melihat target hanya boleh dilakukan oleh Admin"):
        require_role(roles["operator"], "admin", action="melihat target")


def test_role_change_is_audited_and_the_last_admin_stays(roles: dict[str, AppContext]) -> None:
    admin_ctx = roles["admin"]
    auth.set_role(admin_ctx, roles["operator"].operator_id, "pimpinan")
    entry = _entries(admin_ctx.db, "peran")[0]
    assert json.loads(entry.perubahan) == {"peran": ["Operator", "Pimpinan"]}
    assert entry.operator_nama == "Ani Admin"
    with pytest.raises(ValidationError, match="setidaknya satu Admin"):
        auth.set_role(admin_ctx, admin_ctx.operator_id, "operator")


# --- the audit trail ------------------------------------------------------------------------


def test_exports_and_sync_leave_audit_entries(
    roles: dict[str, AppContext], gen: Generator, tmp_path: Path
) -> None:
    c = roles["operator"]
    for _ in range(3):
        ps.create_peserta(c, gen.make())
    export_list(c, PesertaFilter(), tmp_path / "daftar.xlsx")
    sync(c, tmp_path / "pusat.jdsync", "kata sandi pusat")
    (e,) = _entries(c.db, "ekspor_daftar")
    assert e.operator_nama == "Orang Operator" and e.entitas == audit.EXPORT
    detail = json.loads(e.perubahan)
    assert detail["jumlah"] == ["", "3"] and detail["berkas"] == ["", "daftar.xlsx"]
    (s,) = _entries(c.db, "ekspor_sinkron")
    assert json.loads(s.perubahan)["berkas"] == ["", "pusat.jdsync"]


def test_the_audit_trail_is_append_only(ctx: AppContext) -> None:
    with ctx.db.engine.begin() as conn, pytest.raises(Exception, match="append-only"):
        conn.execute(text("DELETE FROM audit_log"))
    with ctx.db.engine.begin() as conn, pytest.raises(Exception, match="append-only"):
        conn.execute(text("UPDATE audit_log SET operator_nama = 'orang lain'"))
    with ctx.db.engine.begin() as conn:  # blanking the values (an erasure) is allowed
        conn.execute(text("UPDATE audit_log SET perubahan = ''"))
        assert conn.execute(text("SELECT count(*) FROM audit_log")).scalar() == 2


# --- hak akses and hak penghapusan (Admin only) ---------------------------------------------


def test_hak_akses_and_hak_penghapusan(
    roles: dict[str, AppContext], gen: Generator, tmp_path: Path
) -> None:
    from jamsostek_desk.domain.peserta import AhliWarisData
    from jamsostek_desk.services import hak_subjek
    from jamsostek_desk.services.peserta_list import count

    d = gen.make()
    d.no_hp = "081234567890"
    d.ahli_waris = [AhliWarisData(nama="Siti Waris", hubungan="istri", nik="", no_hp="")]
    saved = ps.create_peserta(roles["operator"], d)
    pid = saved.id
    ps.update_peserta(roles["operator"], pid, ps.get_peserta(roles["operator"], pid))
    for peran in ("operator", "pimpinan"):
        with pytest.raises(AccessDenied):
            hak_subjek.export_person(roles[peran], pid, tmp_path / "x.json")
        with pytest.raises(AccessDenied):
            hak_subjek.erase_person(roles[peran], pid, "permintaan")
    admin = roles["admin"]
    assert hak_subjek.find_by_nik(admin, d.nik) == pid
    out = hak_subjek.export_person(admin, pid, tmp_path / "data-saya.json")
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["peserta"]["nik"] == d.nik and data["peserta"]["no_hp"] == "081234567890"
    assert data["ahli_waris"][0]["nama"] == "Siti Waris"
    assert data["riwayat"][-1]["tindakan"] == "Didaftarkan"
    before = count(admin.db, PesertaFilter())
    hak_subjek.erase_person(admin, pid, "permintaan tertulis 3 Desember 2026")
    with admin.db.engine.connect() as conn:
        dump = "\n".join(conn.connection.iterdump())  # type: ignore[attr-defined]
    assert d.nik not in dump and d.nama not in dump and "081234567890" not in dump
    assert "Siti Waris" not in dump
    assert count(admin.db, PesertaFilter()) == before - 1
    (e,) = _entries(admin.db, "hak_hapus")
    assert json.loads(e.perubahan)["alasan"][1].startswith("permintaan tertulis")
    assert _entries(admin.db, "hak_akses")[0].operator_nama == "Ani Admin"
    with pytest.raises(Exception, match="sudah dihapus"):
        hak_subjek.erase_person(admin, pid, "lagi")


# --- targets, budgets, tariffs, renewals, reports and restore (the Beranda of issue 10) -------


def test_targets_budgets_and_tariffs_are_the_admins(roles: dict[str, AppContext]) -> None:
    from datetime import date

    from jamsostek_desk.domain.iuran import TarifIuran
    from jamsostek_desk.services import iuran, target

    jobs = {
        "target": lambda c: target.set_target(c, 2027, "pekerja_rentan", 100, dasar="Perbup"),
        "pagu": lambda c: target.set_anggaran(c, 2027, "apbd_kabupaten", 1_000_000, dasar="APBD"),
        "tarif": lambda c: iuran.add_tarif(
            c, TarifIuran("JKM", "bpu", "tetap", 7_000 + len(c.peran), date(2028, 1, 1), "PP")
        ),
    }
    for peran in ("operator", "pimpinan"):
        for name, job in jobs.items():
            with pytest.raises(AccessDenied, match="hanya boleh dilakukan oleh Admin"):
                job(roles[peran])
            assert name  # each refused before anything is written
    for job in jobs.values():
        job(roles["admin"])
    assert len(target.list_targets(roles["admin"].db, 2027)) == 1


def test_renewals_are_written_by_writers_and_reports_saved_by_all(
    roles: dict[str, AppContext], gen: Generator, tmp_path: Path
) -> None:
    from datetime import date

    from jamsostek_desk.domain.wilayah import load_wilayah
    from jamsostek_desk.services import perpanjangan, rekap
    from jamsostek_desk.services.rekap_xlsx import write_rekap

    person = ps.create_peserta(roles["operator"], gen.make())
    with pytest.raises(AccessDenied):
        perpanjangan.perpanjang(roles["pimpinan"], [person.id], date(2030, 1, 1))
    with pytest.raises(AccessDenied):
        perpanjangan.ekspor(
            roles["pimpinan"], tmp_path / "p.xlsx", "berakhir_30", [], load_wilayah(), False
        )
    assert not (tmp_path / "p.xlsx").exists()
    perpanjangan.ekspor(
        roles["operator"], tmp_path / "o.xlsx", "berakhir_30", [], load_wilayah(), False
    )
    assert _entries(roles["operator"].db, "ekspor_daftar")
    r = rekap.build(roles["pimpinan"], date.today().year)
    write_rekap(roles["pimpinan"], tmp_path / "rekap.xlsx", r)  # figures only: Pimpinan too
    (e,) = _entries(roles["pimpinan"].db, "ekspor_laporan")
    assert e.operator_nama == "Orang Pimpinan"
    assert json.loads(e.perubahan)["berkas"] == ["", "rekap.xlsx"]


def test_restore_is_the_admins_and_audited(roles: dict[str, AppContext], gen: Generator) -> None:
    from jamsostek_desk.services import backup
    from jamsostek_desk.store.db import open_database

    admin = roles["admin"]
    made = backup.backup_now(admin.db.path, "").path
    assert made is not None
    for peran in ("operator", "pimpinan"):
        with pytest.raises(AccessDenied, match="Memulihkan database"):
            backup.restore_database(roles[peran], made)
    backup.restore_database(admin, made)
    db = open_database(admin.db.path)
    try:
        (e,) = _entries(db, backup.RESTORE)
        assert e.operator_nama == "Ani Admin"
    finally:
        db.close()


def test_office_approval_invitations_and_cosigners_are_the_admins(
    roles: dict[str, AppContext],
) -> None:
    from jamsostek_desk.services.sync import keys

    jobs = (
        lambda c: keys.approve(c, "0123456789ab"),
        lambda c: keys.name_cosigner(c, "0123456789ab"),
        lambda c: keys.invite(c, "63.03.05.2001", passphrase="kata sandi pusat"),
    )
    for peran in ("operator", "pimpinan"):
        for job in jobs:
            with pytest.raises(AccessDenied, match="hanya boleh dilakukan oleh Admin"):
                job(roles[peran])
