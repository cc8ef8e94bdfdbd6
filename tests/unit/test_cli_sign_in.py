"""The command line signs in; what it refuses leaves nothing behind; files stay private; the
audit trail is printed with `audit`; bad input gets exit 1 and a message, never a traceback."""

from __future__ import annotations

import codecs
import json
import os
import stat
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from jamsostek_desk.cli import main
from jamsostek_desk.services import crash_log
from jamsostek_desk.services import peserta as ps
from jamsostek_desk.services.context import AppContext
from jamsostek_desk.services.synthetic import Generator, insert_generated
from tests.unit.conftest import OPERATOR, PASSWORD
from tests.unit.test_cli import SETUP, python_m

EXIT_OK, EXIT_USER, EXIT_FATAL = 0, 1, 2


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def audit_of(capsys: pytest.CaptureFixture[str], db: Path, *more: str) -> list[dict]:
    code, out, err = run(capsys, "audit", "--db", str(db), "--json", *more)
    assert code == EXIT_OK, err
    return json.loads(out)


# --- signing in ------------------------------------------------------------------------------


def test_setup_takes_the_admin_password_and_prints_the_recovery_code(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "kantor.sqlite"
    code, out, err = run(capsys, "setup", "--db", str(db), *SETUP)
    assert code == EXIT_OK, err
    line = next(x for x in out.splitlines() if x.startswith("Kode pemulihan Admin"))
    recovery = line.rsplit(" ", 1)[1]
    assert len(recovery) == 23 and recovery.count("-") == 3
    assert "hanya ditampilkan SEKALI" in out
    assert PASSWORD not in out + err
    from jamsostek_desk.services import auth
    from jamsostek_desk.store.db import open_database

    opened = open_database(db)
    try:
        new = auth.recover_admin(opened, recovery, "sandi-baru-77", auth.new_recovery_code())
        assert new.operator_nama == OPERATOR
    finally:
        opened.close()


def test_wrong_or_missing_password_exits_2_and_does_nothing(
    capsys: pytest.CaptureFixture[str],
    ctx: AppContext,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    out_file = tmp_path / "daftar.xlsx"
    db = str(ctx.db.path)
    monkeypatch.setenv("JAMSOSTEK_DESK_PASSWORD", "bukan-sandinya")
    code, out, err = run(capsys, "export", "--db", db, "--out", str(out_file))
    assert code == EXIT_FATAL and "Kata sandi salah" in err and out == ""
    assert not out_file.exists()
    monkeypatch.delenv("JAMSOSTEK_DESK_PASSWORD")
    code, _, err = run(capsys, "export", "--db", db, "--out", str(out_file))
    assert code == EXIT_FATAL and "Kata sandi belum diberikan" in err
    monkeypatch.delenv("JAMSOSTEK_DESK_OPERATOR")
    code, _, err = run(capsys, "info", "--db", db)
    assert code == EXIT_FATAL and "--operator NAMA" in err
    code, _, err = run(capsys, "info", "--db", db, "--operator", "Orang Lain")
    assert code == EXIT_FATAL and "tidak ada di kantor ini" in err
    assert not out_file.exists()
    monkeypatch.setenv("JAMSOSTEK_DESK_PASSWORD", PASSWORD)
    assert run(capsys, "info", "--db", db, "--operator", "operator satu")[0] == EXIT_OK
    # the refused tries are in the audit trail
    monkeypatch.setenv("JAMSOSTEK_DESK_OPERATOR", OPERATOR)
    failed = audit_of(capsys, ctx.db.path, "--aksi", "gagal_masuk")
    assert len(failed) == 1 and failed[0]["operator"] == OPERATOR


@pytest.mark.parametrize(
    "encoded",
    [
        PASSWORD.encode("utf-8") + b"\r\n",
        codecs.BOM_UTF8 + PASSWORD.encode("utf-8") + b"\n",
        PASSWORD.encode("utf-16"),  # Notepad "Unicode": UTF-16 LE with its byte-order mark
        (PASSWORD + "\r\n").encode("utf-16-le"),  # without the mark
        codecs.BOM_UTF16_BE + PASSWORD.encode("utf-16-be"),
    ],
)
def test_password_files_as_windows_saves_them(
    capsys: pytest.CaptureFixture[str],
    ctx: AppContext,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    encoded: bytes,
) -> None:
    monkeypatch.delenv("JAMSOSTEK_DESK_PASSWORD")
    f = tmp_path / "sandi.txt"
    f.write_bytes(encoded)
    code, _, err = run(capsys, "info", "--db", str(ctx.db.path), "--password-file", str(f))
    assert code == EXIT_OK, err


def test_a_binary_password_file_is_refused_clearly(
    capsys: pytest.CaptureFixture[str],
    ctx: AppContext,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    monkeypatch.delenv("JAMSOSTEK_DESK_PASSWORD")
    f = tmp_path / "sandi.bin"
    f.write_bytes(bytes(range(256)) * 4)
    code, out, err = run(capsys, "info", "--db", str(ctx.db.path), "--password-file", str(f))
    assert code == EXIT_FATAL and "bukan berkas teks" in err
    assert "salah" not in err and "Traceback" not in err and out == ""


def test_sync_passphrase_file_in_utf16(
    capsys: pytest.CaptureFixture[str], ctx: AppContext, tmp_path: Path
) -> None:
    f = tmp_path / "pass.txt"
    f.write_bytes("kata sandi pusat".encode("utf-16"))
    central = tmp_path / "pusat.jdsync"
    args = ["sync", str(central), "--db", str(ctx.db.path), "--passphrase-file", str(f)]
    assert run(capsys, *args)[0] == EXIT_OK
    f.write_bytes(codecs.BOM_UTF8 + b"kata sandi pusat\n")
    code, _, err = run(capsys, *args)
    assert code == EXIT_OK, err  # the same passphrase, read right: not "salah"
    f.write_bytes(b"\x00\x01\x02\xff\xfe\x00kata")
    code, _, err = run(capsys, *args)
    assert code == EXIT_FATAL and "bukan berkas teks" in err


def test_version_and_help_need_no_sign_in(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("JAMSOSTEK_DESK_OPERATOR")
    monkeypatch.delenv("JAMSOSTEK_DESK_PASSWORD")
    for argv in (["--version"], ["--help"], ["export", "--help"]):
        with pytest.raises(SystemExit) as caught:
            main(argv)
        assert caught.value.code == 0
    assert "--password-file" in capsys.readouterr().out


# --- the audit trail of what leaves ---------------------------------------------------------


def test_exports_are_in_the_audit_trail(
    capsys: pytest.CaptureFixture[str], ctx: AppContext, tmp_path: Path
) -> None:
    insert_generated(ctx, 40, seed=3)
    db = str(ctx.db.path)
    assert run(capsys, "export", "--db", db, "--out", str(tmp_path / "semua.xlsx"))[0] == EXIT_OK
    code, _, err = run(capsys, "bpjs-export", "--db", db, "--out", str(tmp_path / "bpjs"))
    assert code == EXIT_OK, err
    entries = audit_of(capsys, ctx.db.path)
    by_aksi = {e["aksi"]: e for e in entries}
    assert by_aksi["ekspor_daftar"]["jumlah"] == 40
    assert by_aksi["ekspor_daftar"]["berkas"] == "semua.xlsx"
    assert by_aksi["ekspor_daftar"]["operator"] == OPERATOR
    assert by_aksi["ekspor_bpjs"]["berkas"].startswith("bpjs-6303-")
    assert by_aksi["masuk"]["operator"] == OPERATOR
    only = audit_of(capsys, ctx.db.path, "--aksi", "ekspor_daftar", "--since", "2020-01-01")
    assert [e["aksi"] for e in only] == ["ekspor_daftar"]
    assert audit_of(capsys, ctx.db.path, "--operator", "Tidak Ada") == []
    code, _, err = run(capsys, "audit", "--db", db, "--aksi", "apa-saja")
    assert code == EXIT_USER and "tidak dikenal" in err


def test_operators_may_not_read_the_audit_trail(
    capsys: pytest.CaptureFixture[str], ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from jamsostek_desk.services.office import add_operator

    add_operator(ctx, "Budi", password="sandi-budi-1")
    monkeypatch.setenv("JAMSOSTEK_DESK_PASSWORD", "sandi-budi-1")
    code, out, err = run(capsys, "audit", "--db", str(ctx.db.path), "--as", "Budi", "--json")
    assert code == EXIT_FATAL and "hanya boleh dilakukan oleh Admin atau Pimpinan" in err
    assert out == ""


# --- bad input: exit 1, nothing written -----------------------------------------------------


@pytest.mark.parametrize(
    "argv",
    [
        ["export", "--columns", "nik,bogus", "--out", "{t}/a.xlsx"],
        ["export", "--out", "{t}/x.csv"],
        ["export", "--search", "x" * 100_000, "--out", "{t}/a.xlsx"],
        ["bpjs-export", "--max-rows", "0", "--out", "{t}/bpjs"],
        ["bpjs-export", "--max-rows", "-1", "--out", "{t}/bpjs"],
        ["bpjs-export", "--max-rows", "20000", "--out", "{t}/bpjs"],
        ["bpjs-export", "--columns", "zzz", "--out", "{t}/bpjs"],
        ["letters", "--acara", "nope", "--out", "{t}/paket"],
    ],
)
def test_wrong_options_exit_1_and_write_nothing(
    capsys: pytest.CaptureFixture[str], ctx: AppContext, tmp_path: Path, argv: list[str]
) -> None:
    out_dir = tmp_path / "keluar"
    out_dir.mkdir()
    args = [a.replace("{t}", str(out_dir)) for a in argv]
    code, _, err = run(capsys, args[0], "--db", str(ctx.db.path), *args[1:])
    assert code == EXIT_USER, err
    assert "Traceback" not in err and "tidak bisa dipakai" not in err
    assert len(err) < 2000  # a message, not the 100,000 characters back
    assert list(out_dir.iterdir()) == []


@pytest.mark.parametrize(
    "changes",
    [
        {"--wilayah": "99.99"},
        {"--kind": "desa"},  # a kabupaten code for a village office
        {"--name": "  "},
        {"--operator": " "},
        {"--kepala-nip": "19700101abc"},
    ],
)
def test_refused_setup_leaves_no_database(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, changes: dict[str, str]
) -> None:
    args = list(SETUP)
    for option, value in changes.items():
        if option in args:
            args[args.index(option) + 1] = value
        else:
            args += [option, value]
    db = tmp_path / "baru" / "kantor.sqlite"
    code, _, err = run(capsys, "setup", "--db", str(db), *args)
    assert code == EXIT_USER, err
    assert not db.exists() and not db.parent.exists()


def test_info_on_an_empty_file_leaves_it_empty(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    empty = tmp_path / "kosong.sqlite"
    empty.touch()
    code, _, err = run(capsys, "info", "--db", str(empty))
    assert code == EXIT_FATAL and "belum punya data kantor" in err
    assert empty.stat().st_size == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kosong.sqlite"]


def _has_key(ctx: AppContext) -> bool:
    with ctx.db.engine.connect() as conn:
        return bool(
            conn.execute(text("SELECT count(*) FROM pengaturan WHERE kunci = 'kunci_qr'")).scalar()
        )


def test_verify_and_refused_cards_make_no_key(
    capsys: pytest.CaptureFixture[str], ctx: AppContext, gen: Generator, tmp_path: Path
) -> None:
    code, out, _ = run(
        capsys, "verify", "--db", str(ctx.db.path), "JD1:K:abc:630305******0001:20260101:xyz"
    )
    assert code == EXIT_USER and "TIDAK ASLI" in out
    d = gen.make()
    d.mulai_kepesertaan = None
    d.status = "aktif"
    ps.create_peserta(ctx, d)
    code, _, err = run(
        capsys,
        "cards",
        "--db",
        str(ctx.db.path),
        "--layout",
        "single",
        "--out",
        str(tmp_path / "k.pdf"),
    )
    assert code == EXIT_USER and "tanggal mulai" in err
    assert not _has_key(ctx) and not (tmp_path / "k.pdf").exists()


def test_import_refuses_writing_rejects_over_its_input(
    capsys: pytest.CaptureFixture[str], ctx: AppContext, tmp_path: Path
) -> None:
    f = tmp_path / "daftar.xlsx"
    f.write_bytes(b"PK\x03\x04 isi asli")
    before = f.read_bytes()
    code, _, err = run(
        capsys,
        "import",
        str(f),
        "--db",
        str(ctx.db.path),
        "--kategori",
        "pekerja_rentan",
        "--rejects",
        str(tmp_path / "." / "daftar.xlsx"),
    )
    assert code == EXIT_USER and "--rejects" in err
    assert f.read_bytes() == before


# --- private files and the error log --------------------------------------------------------


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_database_backups_and_exports_are_private(tmp_path: Path) -> None:
    db = tmp_path / "data" / "kantor.sqlite"
    env = {
        "JAMSOSTEK_DESK_DB": str(db),
        "JAMSOSTEK_DESK_OPERATOR": OPERATOR,
        "JAMSOSTEK_DESK_PASSWORD": PASSWORD,
    }
    assert python_m("setup", *SETUP, env=env).returncode == EXIT_OK
    assert python_m("demo-data", "--count", "5", env=env).returncode == EXIT_OK
    done = python_m("export", "--out", str(tmp_path / "daftar.xlsx"), env=env)
    assert done.returncode == EXIT_OK, done.stderr
    from jamsostek_desk.store.backup import make_backup

    os.umask(0o077)
    backup = make_backup(db, "manual")
    modes = {
        p.name: stat.S_IMODE(p.stat().st_mode)
        for p in (db, db.parent, tmp_path / "daftar.xlsx", backup, backup.parent)
    }
    assert modes == {
        "kantor.sqlite": 0o600,
        "data": 0o700,
        "daftar.xlsx": 0o600,
        backup.name: 0o600,
        "cadangan": 0o700,
    }
    # a database left world-readable by an older version is tightened when opened
    db.chmod(0o644)
    assert python_m("info", env=env).returncode == EXIT_OK
    assert stat.S_IMODE(db.stat().st_mode) == 0o600


def test_the_error_log_keeps_no_personal_data() -> None:
    details = (
        "Traceback (most recent call last):\n"
        '  File "/x/peserta.py", line 10, in save\n'
        "    raise ValueError(msg)\n"
        "ValueError: gagal menyimpan 'Siti Aminah' NIK 6303054101900001 HP +62 812-3456-7890\n"
    )
    safe = crash_log.redact(details)
    assert "Siti Aminah" not in safe and "6303054101900001" not in safe
    assert "630305******0001" in safe and "812-3456" not in safe
    assert '  File "/x/peserta.py", line 10, in save' in safe  # the frames stay


def test_an_unexpected_error_prints_no_personal_data(
    capsys: pytest.CaptureFixture[str],
    ctx: AppContext,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    import jamsostek_desk.cli as cli

    monkeypatch.setattr(crash_log, "log_file", lambda: tmp_path / "log" / "jamsostek-desk.log")

    def boom(args: object) -> int:
        raise RuntimeError("baris 'Budi Santoso, Jl. Mawar 3' NIK 6303054101900001")

    monkeypatch.setitem(cli.COMMANDS, "info", boom)
    code, out, err = run(capsys, "info", "--db", str(ctx.db.path))
    assert code == 3 and "kesalahan tak terduga" in err
    assert "Budi" not in out + err and "6303054101900001" not in out + err
    assert "Traceback" not in err
    log = (tmp_path / "log" / "jamsostek-desk.log").read_text(encoding="utf-8")
    assert "RuntimeError" in log and "630305******0001" in log and "Budi" not in log
    if sys.platform != "win32":
        assert stat.S_IMODE((tmp_path / "log" / "jamsostek-desk.log").stat().st_mode) == 0o600


def test_hak_akses_and_hak_hapus_commands(
    capsys: pytest.CaptureFixture[str], ctx: AppContext, gen: Generator, tmp_path: Path
) -> None:
    d = gen.make()
    ps.create_peserta(ctx, d)
    db = str(ctx.db.path)
    out = tmp_path / "data.json"
    code, _, err = run(capsys, "hak-akses", d.nik, "--db", db, "--out", str(out))
    assert code == EXIT_OK, err
    assert json.loads(out.read_text(encoding="utf-8"))["peserta"]["nama"] == d.nama
    code, _, err = run(capsys, "hak-hapus", d.nik, "--db", db, "--alasan", "surat permintaan")
    assert code == EXIT_OK, err
    code, _, err = run(capsys, "hak-akses", "123", "--db", db, "--out", str(out))
    assert code == EXIT_USER and "16 angka" in err
    aksi = [e["aksi"] for e in audit_of(capsys, ctx.db.path)]
    assert "hak_akses" in aksi and "hak_hapus" in aksi


def test_oversized_cells_are_rejected_per_column_with_the_limit(
    capsys: pytest.CaptureFixture[str], ctx: AppContext, gen: Generator, tmp_path: Path
) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["NIK", "NAMA", "TGL LAHIR", "L/P", "DESA", "ALAMAT", "PEKERJAAN"])
    for i in range(3):
        d = gen.make()
        nama = "A" * 32_767 if i == 0 else d.nama  # Excel's own cell limit
        alamat = "Jl. " + "x" * 20_000 if i == 1 else "Jl. Mawar"
        born = d.tanggal_lahir.strftime("%d-%m-%Y")
        ws.append([d.nik, nama, born, d.jenis_kelamin, d.desa_kode, alamat, "petani"])
    f = tmp_path / "besar.xlsx"
    wb.save(f)
    code, out, err = run(
        capsys, "import", str(f), "--db", str(ctx.db.path), "--kategori", "pekerja_rentan"
    )
    assert code == EXIT_USER, err
    assert "Baris 2, kolom NAMA: Terlalu panjang: paling banyak 120 karakter" in out
    assert "Baris 3, kolom ALAMAT: Terlalu panjang: paling banyak 500 karakter" in out
    assert "ditambahkan 1" in out


def test_the_same_file_imported_twice_at_once(
    capsys: pytest.CaptureFixture[str], ctx: AppContext, gen: Generator, tmp_path: Path
) -> None:
    """Two imports checked before either saved (two windows, two commands): the second says
    so and saves nothing, never an IntegrityError."""
    import openpyxl

    from jamsostek_desk.domain.errors import UserError
    from jamsostek_desk.services.importer.pipeline import ImportOptions, analyse, commit

    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["NIK", "NAMA", "TGL LAHIR", "L/P", "DESA", "PEKERJAAN"])
    for _ in range(5):
        d = gen.make()
        born = d.tanggal_lahir.strftime("%d-%m-%Y")
        ws.append([d.nik, d.nama, born, d.jenis_kelamin, d.desa_kode, "petani"])
    f = tmp_path / "dua-kali.xlsx"
    wb.save(f)
    options = ImportOptions(kategori="pekerja_rentan")
    first, second = analyse(ctx, f, options), analyse(ctx, f, options)
    assert commit(ctx, first).imported == 5
    with pytest.raises(UserError, match="sedang diimpor"):
        commit(ctx, second)
    with ctx.db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM peserta")).scalar() == 5
        assert conn.execute(text("SELECT count(*) FROM impor")).scalar() == 1


def test_an_empty_password_file_and_an_empty_bpjs_list_leave_nothing(
    capsys: pytest.CaptureFixture[str],
    ctx: AppContext,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    empty = tmp_path / "kosong.txt"
    empty.touch()
    code, _, err = run(capsys, "info", "--db", str(ctx.db.path), "--password-file", str(empty))
    assert code == EXIT_FATAL and "kosong" in err and "salah" not in err
    folder = tmp_path / "bpjs"
    code, _, err = run(capsys, "bpjs-export", "--db", str(ctx.db.path), "--out", str(folder))
    assert code == EXIT_FATAL and "Tidak ada peserta untuk didaftarkan" in err
    assert not folder.exists()


def test_sub_commands_sign_in_and_restore_is_the_admins(
    capsys: pytest.CaptureFixture[str],
    ctx: AppContext,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    from jamsostek_desk.services import backup
    from jamsostek_desk.services.office import add_operator

    db = str(ctx.db.path)
    add_operator(ctx, "Budi Operator", peran="operator", password="sandi-budi-1")
    made = backup.backup_now(ctx.db.path, "").path
    assert made is not None
    monkeypatch.delenv("JAMSOSTEK_DESK_OPERATOR")
    monkeypatch.delenv("JAMSOSTEK_DESK_PASSWORD")
    pw = tmp_path / "sandi.txt"
    pw.write_text(PASSWORD, encoding="utf-8")
    target = ("target", "set", "--db", db, "--tahun", "2027", "--kategori", "aparat_desa")
    code, out, err = run(
        capsys, *target, "--jumlah", "5", "--operator", OPERATOR, "--password-file", str(pw)
    )
    assert code == EXIT_OK, err
    budi = tmp_path / "budi.txt"
    budi.write_text("sandi-budi-1", encoding="utf-8")
    as_budi = ("--operator", "Budi Operator", "--password-file", str(budi))
    code, _, err = run(capsys, *target, "--jumlah", "6", *as_budi)
    assert code == EXIT_FATAL and "hanya boleh dilakukan oleh Admin" in err
    ctx.db.close()
    code, _, err = run(capsys, "restore", str(made), "--db", db, *as_budi)
    assert code == EXIT_FATAL and "hanya boleh dilakukan oleh Admin" in err
    code, out, err = run(
        capsys, "restore", str(made), "--db", db, "--operator", OPERATOR, "--password-file", str(pw)
    )
    assert code == EXIT_OK, err
    monkeypatch.setenv("JAMSOSTEK_DESK_OPERATOR", OPERATOR)
    monkeypatch.setenv("JAMSOSTEK_DESK_PASSWORD", PASSWORD)
    assert [e["aksi"] for e in audit_of(capsys, Path(db), "--aksi", "pulihkan_cadangan")]
    Path(db).write_bytes(b"rusak" * 100)  # a damaged database: the backup's Admin signs in
    code, out, err = run(capsys, "restore", str(made), "--db", db)
    assert code == EXIT_OK, err
    assert "dipulihkan" in out and "-rusak-" in out
