"""Excel export, BPJS lists and the sync CLI, checked on real files."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from jamsostek_desk.cli import main
from jamsostek_desk.services import peserta as ps
from jamsostek_desk.services.context import AppContext
from jamsostek_desk.services.lists import bpjs_import
from jamsostek_desk.services.lists.export import bpjs_selection, export_bpjs, export_list
from jamsostek_desk.services.peserta_list import PesertaFilter
from jamsostek_desk.services.synthetic import Generator, insert_generated
from tests.unit.sync_helpers import PASS, generator, make_office, two_desa


def _sheet(path: Path) -> list[list[object]]:
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    return [[c.value for c in row] for row in ws.iter_rows()]


def test_export_writes_text_cells_and_escapes_formulas(
    ctx: AppContext, gen: Generator, tmp_path: Path
) -> None:
    d = gen.make()
    d.alamat = '=HYPERLINK("http://x","klik")'
    d.nama = "Budi Santoso"
    pid = ps.create_peserta(ctx, d).id
    ps.create_peserta(ctx, gen.make())
    out = tmp_path / "daftar.xlsx"
    n = export_list(ctx, PesertaFilter(), out, ("nik", "nama", "alamat", "tanggal_lahir"))
    assert n == 2
    rows = _sheet(out)
    assert rows[0] == ["NIK", "NAMA", "ALAMAT", "TANGGAL LAHIR"]
    mine = next(r for r in rows[1:] if r[1] == "Budi Santoso")
    got = ps.get_peserta(ctx, pid)
    assert mine[0] == got.nik and isinstance(mine[0], str)
    assert mine[2].startswith("=HYPERLINK") and mine[3].count("-") == 2
    wb = openpyxl.load_workbook(out)
    cell = next(c for c in wb.active["C"] if str(c.value).startswith("="))
    assert cell.data_type == "s" and cell.quotePrefix  # text, never a formula


def test_export_follows_the_list_filters(ctx: AppContext, tmp_path: Path) -> None:
    insert_generated(ctx, 300, seed=4)
    out = tmp_path / "aktif.xlsx"
    n = export_list(ctx, PesertaFilter(status="aktif"), out, ("nik", "status"))
    rows = _sheet(out)
    assert n == len(rows) - 1 > 0
    assert {r[1] for r in rows[1:]} == {"Aktif"}


def test_bpjs_export_splits_files(ctx: AppContext, tmp_path: Path) -> None:
    insert_generated(ctx, 250, seed=5)
    n, _ = bpjs_selection(ctx, PesertaFilter())
    assert 60 < n < 250  # only those still to be registered
    files = export_bpjs(ctx, PesertaFilter(), tmp_path, max_rows=30, start=date(2026, 12, 1))
    sizes = [len(_sheet(f)) - 1 for f in files]
    assert sum(sizes) == n and sizes[:-1] == [30] * (len(sizes) - 1) and 0 < sizes[-1] <= 30
    header = _sheet(files[0])[0]
    assert header == [
        "NIK",
        "NAMA",
        "TEMPAT LAHIR",
        "TANGGAL LAHIR",
        "JENIS KELAMIN",
        "NAMA IBU KANDUNG",
        "ALAMAT",
        "NO HP",
        "PEKERJAAN/JABATAN",
        "PROGRAM",
        "TANGGAL MULAI",
    ]
    assert all(isinstance(v, str) for f in files for row in _sheet(f) for v in row if v)


def _bpjs_result(path: Path, rows: list[list[object]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Daftar hasil pendaftaran"])
    ws.append(["No", "NIK", "Nama", "No KPJ", "Status", "Tgl Mulai"])
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def test_bpjs_result_list_updates_kpj_status_and_dates(
    ctx: AppContext, gen: Generator, tmp_path: Path
) -> None:
    d = gen.make()
    d.status, d.kpj, d.mulai_kepesertaan = "didaftarkan", "", None
    d.nonaktif_alasan = d.nonaktif_tanggal = None
    pid = ps.create_peserta(ctx, d).id
    f = _bpjs_result(
        tmp_path / "hasil.xlsx",
        [
            [1, d.nik, d.nama, "12345678901", "AKTIF", "01-12-2026"],
            [2, "6303051201800099", "Tidak Ada", "12345678902", "AKTIF", "01-12-2026"],
            [3, "12345", "Salah", "123", "AKTIF", "bukan tanggal"],
        ],
    )
    analysis = bpjs_import.analyse(ctx, f)
    assert [r.status for r in analysis.rows] == ["updated", "rejected", "rejected"]
    assert analysis.rows[0].changes["kpj"] == (None, "12345678901")
    assert ps.get_peserta(ctx, pid).kpj == ""  # analysis alone changes nothing
    report = bpjs_import.commit(ctx, analysis)
    assert report["updated"] == 1 and report["rejected"] == 2
    got = ps.get_peserta(ctx, pid)
    assert (got.kpj, got.status, got.mulai_kepesertaan) == (
        "12345678901",
        "aktif",
        date(2026, 12, 1),
    )
    assert ps.history(ctx, pid)[0].aksi == "bpjs"


def test_bpjs_import_without_nik_column_is_refused(ctx: AppContext, tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.active.append(["Nama", "Alamat"])
    wb.save(tmp_path / "x.xlsx")
    with pytest.raises(bpjs_import.UserError, match="Kolom NIK dan KPJ"):
        bpjs_import.analyse(ctx, tmp_path / "x.xlsx")


def test_cli_sync_exit_codes_and_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    desa = two_desa()[0]
    dinas, desa1 = make_office(tmp_path, "dinas"), make_office(tmp_path, "desa1", "desa", desa)
    person = generator(desa).make()
    ps.create_peserta(desa1, person)
    ps.create_peserta(dinas, generator(desa).make())  # the same NIK: a duplicate pair
    pw = tmp_path / "pw.txt"
    pw.write_text(PASS + "\n", encoding="utf-8")
    f = tmp_path / "pusat.jdsync"
    base = ["--passphrase-file", str(pw), "--json"]
    assert main(["sync", str(f), "--db", str(desa1.db.path), *base]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["keluar"]["peserta"] == 1 and out["berkas_baru"]
    assert main(["sync", str(f), "--db", str(dinas.db.path), *base]) == 1  # pair waits
    out = json.loads(capsys.readouterr().out)
    assert out["duplikat_baru"] == 1 and out["menunggu"] == 1
    pw.write_text("kata-sandi-lain\n", encoding="utf-8")
    before = f.read_bytes()
    assert main(["sync", str(f), "--db", str(desa1.db.path), *base]) == 2
    assert "kata sandinya salah" in json.loads(capsys.readouterr().out)["error"]
    assert f.read_bytes() == before
    (tmp_path / "asing.jdsync").write_bytes(b"hello")
    assert main(["sync", str(tmp_path / "asing.jdsync"), "--db", str(dinas.db.path), *base]) == 2


def test_cli_export_and_bpjs_commands(
    ctx: AppContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    insert_generated(ctx, 30, seed=6)
    db = str(ctx.db.path)
    out = tmp_path / "e.xlsx"
    assert main(["export", "--db", db, "--kategori", "aparat_desa", "--out", str(out)]) == 0
    assert _sheet(out)[0][:2] == ["NIK", "NAMA"]
    folder = tmp_path / "bpjs"
    folder.mkdir()
    assert main(["bpjs-export", "--db", db, "--out", str(folder), "--max-rows", "10"]) == 0
    n, _ = bpjs_selection(ctx, PesertaFilter())
    assert len(list(folder.glob("*.xlsx"))) == (n + 9) // 10
    missing = tmp_path / "baru" / "bpjs"  # a folder that does not exist yet is made
    wide = ["--status", "aktif", "--max-rows", "10"]
    assert main(["bpjs-export", "--db", db, "--out", str(missing), *wide]) == 0
    assert list(missing.glob("*.xlsx"))
    assert (
        main(["bpjs-export", "--db", db, "--out", str(folder), "--max-rows", "20000"]) == 1
    )  # invalid input
    assert "paling banyak 10.000 baris" in capsys.readouterr().err
    nik = _sheet(out)[1][0]
    res = _bpjs_result(tmp_path / "hasil.xlsx", [[1, nik, "x", "12345678901", "AKTIF", ""]])
    assert main(["bpjs-import", str(res), "--db", db, "--dry-run", "--json"]) == 0
    assert json.loads(capsys.readouterr().out.splitlines()[-1])["committed"] is False
    bad = _bpjs_result(tmp_path / "salah.xlsx", [[1, "123", "x", "1", "AKTIF", ""]])
    out_rejects = tmp_path / "ditolak.xlsx"
    args = ["bpjs-import", str(bad), "--db", db, "--rejects", str(out_rejects), "--json"]
    assert main(args) == 1
    assert _sheet(out_rejects)[1][1] == "123"
    capsys.readouterr()
    refused = _bpjs_result(tmp_path / "tolak.xlsx", [[1, nik, "x", "", "DITOLAK", ""]])
    assert main(["bpjs-import", str(refused), "--db", db, "--dry-run"]) == 0
    assert "Baris 3, peringatan: BPJS menolak pendaftaran" in capsys.readouterr().out
    assert main(["bpjs-import", str(refused), "--db", db, "--dry-run", "--json"]) == 0
    [note] = json.loads(capsys.readouterr().out.splitlines()[-1])["warning_messages"]
    assert note["row"] == 3 and "BPJS menolak" in note["message"]


def test_bpjs_import_numbers_from_excel_and_kpj_owned_by_someone_else(
    ctx: AppContext, gen: Generator, tmp_path: Path
) -> None:
    """Defects 4 and 5: a NIK stored as a number is refused with the lost-digit message, a KPJ
    stored as a number is taken, and one KPJ never goes to two people."""
    people = []
    for _ in range(4):
        d = gen.make()
        d.status, d.kpj, d.mulai_kepesertaan = "didaftarkan", "", None
        d.nonaktif_alasan = d.nonaktif_tanggal = None
        people.append(ps.create_peserta(ctx, d))
    ahmad = ps.get_peserta(ctx, people[0].id)
    ahmad.kpj, ahmad.status = "12345678901", "aktif"
    ps.update_peserta(ctx, ahmad.id, ahmad)
    fajar, gita, hana = (ps.get_peserta(ctx, p.id) for p in people[1:])
    f = _bpjs_result(
        tmp_path / "angka.xlsx",
        [
            [1, float(gita.nik), gita.nama, "23456789012", "AKTIF", "01-12-2026"],
            [2, gita.nik, gita.nama, 23456789012.0, "AKTIF", "01-12-2026"],
            [3, fajar.nik, fajar.nama, "12345678901", "AKTIF", "01-12-2026"],
            [4, hana.nik, hana.nama, 23456789012, "AKTIF", "01-12-2026"],
        ],
    )
    analysis = bpjs_import.analyse(ctx, f)
    assert [r.status for r in analysis.rows] == ["rejected", "updated", "rejected", "rejected"]
    assert "tersimpan sebagai angka" in analysis.rows[0].errors["nik"]
    assert analysis.rows[1].changes["kpj"] == (None, "23456789012")
    assert ahmad.nama in analysis.rows[2].errors["kpj"]
    assert "baris 4" in analysis.rows[3].errors["kpj"]  # the spreadsheet row of Gita
    report = bpjs_import.commit(ctx, analysis)
    assert report["updated"] == 1
    assert ps.get_peserta(ctx, gita.id).kpj == "23456789012"
    assert ps.get_peserta(ctx, fajar.id).kpj == ""
    assert ps.get_peserta(ctx, ahmad.id).kpj == "12345678901"


def test_bpjs_registration_list_holds_only_people_still_to_register(tmp_path: Path) -> None:
    """Defect 6: not the dead, the moved, those already registered, nor another desa's."""
    a1, a2 = two_desa()
    desa = make_office(tmp_path, "desa", "desa", a1)
    g = generator(a1, seed=12)
    ids = []
    for _ in range(6):
        d = g.make()
        d.status, d.kpj, d.mulai_kepesertaan = "didaftarkan", "", None
        d.nonaktif_alasan = d.nonaktif_tanggal = None
        ids.append(ps.create_peserta(desa, d).id)
    todo, registered, dead, moved, elsewhere, deleted = ids
    r = ps.get_peserta(desa, registered)
    r.kpj, r.status = "12345678901", "aktif"
    ps.update_peserta(desa, registered, r)
    ps.deactivate(desa, dead, "meninggal", date(2026, 11, 1))
    ps.deactivate(desa, moved, "pindah", date(2026, 11, 2))
    e = ps.get_peserta(desa, elsewhere)
    e.desa_kode = a2
    ps.update_peserta(desa, elsewhere, e)
    ps.delete_peserta(desa, deleted)
    n, said = bpjs_selection(desa, PesertaFilter())
    assert n == 1 and "belum terdaftar" in said
    [f] = export_bpjs(desa, PesertaFilter(), tmp_path)
    assert [row[0] for row in _sheet(f)[1:]] == [ps.get_peserta(desa, todo).nik]
    # an explicit filter widens it
    assert bpjs_selection(desa, PesertaFilter(status="aktif"))[0] == 1
    assert bpjs_selection(desa, PesertaFilter(desa=a2))[0] == 1
