"""Bulk import end to end: real files in, real database out (CLI and services)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from jamsostek_desk.cli import main
from jamsostek_desk.services import peserta as svc
from jamsostek_desk.services.importer.pipeline import ImportOptions, analyse, commit, live_count
from tests.xlsx_fixtures import (
    LIST_HEADERS,
    people,
    person_cells,
    short_row,
    write_lists,
    write_sheet,
)

HEADERS = [*LIST_HEADERS, "Pekerjaan", "Penghasilan"]


def as_row(i: int, p, ref) -> list[object]:  # type: ignore[no-untyped-def]
    return [*person_cells(i, p, ref), "+62" + p.no_hp[1:], p.pekerjaan or "Petani", "1.500.000"]


def write_xlsx(path: Path, rows: list[list[object]], footer: bool = True) -> Path:
    title = "DAFTAR PEKERJA RENTAN"
    return write_lists(path, {"Desa A": rows}, HEADERS, lambda _sheet: title, footer=footer)


@pytest.fixture
def ref():  # type: ignore[no-untyped-def]
    from jamsostek_desk.domain.wilayah import load_wilayah

    return load_wilayah()


def test_clean_list_imports_everyone_and_says_so(ctx, ref, tmp_path) -> None:  # type: ignore[no-untyped-def]
    ps = people(30, seed=21)
    f = write_xlsx(tmp_path / "desa.xlsx", [as_row(i + 1, p, ref) for i, p in enumerate(ps)])
    analysis = analyse(ctx, f, ImportOptions("pekerja_rentan"))
    assert analysis.count("imported") == 30 and analysis.count("rejected") == 0
    assert live_count(ctx) == 0  # a dry run writes nothing
    report = commit(ctx, analysis)
    assert (report.imported, report.rejected, report.rows) == (30, 0, 30)
    assert live_count(ctx) == 30
    with ctx.db.session() as s:
        found = svc.find_live_by_nik(s, ps[0].nik)
        assert found is not None
        assert found.nama == ps[0].nama and found.desa_kode == ps[0].desa_kode
        assert found.tanggal_lahir == ps[0].tanggal_lahir and found.no_hp == ps[0].no_hp
        assert found.upah == 1_500_000
    # the same file again adds nothing and says so
    again = analyse(ctx, f, ImportOptions("pekerja_rentan"))
    assert again.previous and "sudah diimpor" in again.previous
    assert again.count("imported") == 0 and again.count("skipped") == 30


def test_bad_rows_are_named_and_nothing_else_lost(ctx, ref, tmp_path) -> None:  # type: ignore[no-untyped-def]
    ps = people(6, seed=4)
    rows = [as_row(i + 1, p, ref) for i, p in enumerate(ps)]
    rows[1][1] = float(ps[1].nik[:15] + "0")  # NIK typed as a number: its 16th digit is lost
    rows[2][4] = "31-02-1980"  # no such date
    rows[3][7] = "Desa Tidak Ada Sama Sekali"
    rows[4][1] = rows[0][1]  # the same NIK twice in the file
    f = write_xlsx(tmp_path / "campur.xlsx", rows)
    out = tmp_path / "ditolak.xlsx"
    code = main(
        [
            "import",
            str(f),
            "--db",
            str(ctx.db.path),
            "--kategori",
            "pekerja_rentan",
            "--rejects",
            str(out),
            "--json",
        ]
    )
    assert code == 1
    assert live_count(ctx) == 1  # only row 6 is clean: rows 1 and 5 share a NIK
    wb = openpyxl.load_workbook(out)
    ws = wb.active
    texts = [[c.value for c in row] for row in ws.iter_rows()]
    assert texts[0][: len(HEADERS)] == HEADERS and "Keterangan" in texts[0]
    assert len(texts) == 1 + 5
    # the rows refused for their shared NIK go back as typed (read again from the file)
    typed = {tuple(str(v) for v in r[: len(HEADERS)]) for r in texts[1:]}
    for row in (rows[0], rows[4]):
        assert tuple(str(v) for v in row) in typed


def test_cli_json_counts_and_errors(ctx, ref, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    ps = people(4, seed=5)
    rows = [as_row(i + 1, p, ref) for i, p in enumerate(ps)]
    rows[0][5] = "X"
    f = write_xlsx(tmp_path / "a.xlsx", rows)
    code = main(
        [
            "import",
            str(f),
            "--db",
            str(ctx.db.path),
            "--kategori",
            "pekerja_rentan",
            "--dry-run",
            "--json",
        ]
    )
    data = json.loads(capsys.readouterr().out)
    assert code == 1
    assert {
        k: data[k] for k in ("rows", "imported", "updated", "skipped_duplicates", "rejected")
    } == {"rows": 4, "imported": 3, "updated": 0, "skipped_duplicates": 0, "rejected": 1}
    assert data["errors"][0]["row"] == 4 and data["errors"][0]["column"] == "L/P"
    assert live_count(ctx) == 0  # --dry-run


def test_existing_people_are_skipped_or_updated_field_by_field(ctx, ref, tmp_path) -> None:  # type: ignore[no-untyped-def]
    ps = people(3, seed=6)
    f = write_xlsx(tmp_path / "a.xlsx", [as_row(i + 1, p, ref) for i, p in enumerate(ps)])
    commit(ctx, analyse(ctx, f, ImportOptions("pekerja_rentan")))
    rows = [as_row(i + 1, p, ref) for i, p in enumerate(ps)]
    rows[0][8] = "Jl. Baru No. 1"
    f2 = write_xlsx(tmp_path / "b.xlsx", rows)
    skip = analyse(ctx, f2, ImportOptions("pekerja_rentan"))
    assert skip.count("skipped") == 3 and skip.count("updated") == 0
    # skipped rows say why, but they are not "accepted with a warning"
    assert all(r.warnings for _, r in skip.rows()) and skip.warnings == 0
    upd = analyse(ctx, f2, ImportOptions("pekerja_rentan", update_existing=True))
    assert upd.count("updated") == 1
    changed = next(r for _, r in upd.rows() if r.status == "updated")
    assert changed.changes == {"alamat": (ps[0].alamat, "Jl. Baru No. 1")}
    report = commit(ctx, upd)
    assert report.updated == 1 and live_count(ctx) == 3
    with ctx.db.session() as s:
        assert svc.find_live_by_nik(s, ps[0].nik).alamat == "Jl. Baru No. 1"  # type: ignore[union-attr]


def test_unreadable_file_exits_2_with_a_message(ctx, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    f = tmp_path / "bukan.xlsx"
    f.write_bytes(b"%PDF-1.4 not a spreadsheet")
    code = main(["import", str(f), "--db", str(ctx.db.path), "--kategori", "aparat_desa"])
    assert code == 2
    assert "bukan.xlsx" in capsys.readouterr().err
    assert live_count(ctx) == 0


def test_search_finds_imported_people(ctx, ref, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from jamsostek_desk.services.peserta_list import PesertaFilter, count, fetch_page

    ps = people(10, seed=7)
    f = write_xlsx(tmp_path / "a.xlsx", [as_row(i + 1, p, ref) for i, p in enumerate(ps)])
    commit(ctx, analyse(ctx, f, ImportOptions("pekerja_rentan")))
    word = ps[3].nama.split()[-1]
    assert count(ctx.db, PesertaFilter(search=word)) >= 1
    assert any(r.nik == ps[3].nik for r in fetch_page(ctx.db, PesertaFilter(search=ps[3].nik)))
    # and a later single registration still lands in the index (the bulk flag was reset)
    extra = people(1, seed=99)[0]
    extra.kategori, extra.pekerjaan, extra.jabatan = "pekerja_rentan", "Petani", ""
    svc.create_peserta(ctx, extra)
    assert count(ctx.db, PesertaFilter(search=extra.nik)) == 1


def test_a_date_cell_and_a_plain_text_nik_are_read(ctx, ref, tmp_path) -> None:  # type: ignore[no-untyped-def]
    p = people(1, seed=8)[0]
    row = as_row(1, p, ref)
    row[4] = p.tanggal_lahir  # a real Excel date cell
    f = write_xlsx(tmp_path / "a.xlsx", [row], footer=False)
    analysis = analyse(ctx, f, ImportOptions("pekerja_rentan"))
    r = analysis.rows()[0][1]
    assert r.status == "imported", r.errors
    assert r.data is not None and r.data.tanggal_lahir == p.tanggal_lahir
    assert isinstance(p.tanggal_lahir, date)


def test_cancel_during_commit_leaves_database_and_search_index_as_before(  # type: ignore[no-untyped-def]
    ctx, ref, tmp_path
) -> None:
    from sqlalchemy import text

    from jamsostek_desk.domain.errors import Cancelled
    from jamsostek_desk.services.peserta_list import PesertaFilter, count

    def schema() -> list[tuple[str, str]]:
        with ctx.db.connect() as conn:
            return list(conn.execute(text("SELECT name, sql FROM sqlite_master ORDER BY name")))

    before = schema()
    ps = people(25, seed=5)
    f = write_xlsx(tmp_path / "a.xlsx", [as_row(i + 1, p, ref) for i, p in enumerate(ps)])
    analysis = analyse(ctx, f, ImportOptions("pekerja_rentan"))

    def cancel(done: int, total: int, message: str) -> None:
        if done > 0:
            raise Cancelled()

    with pytest.raises(Cancelled):
        commit(ctx, analysis, cancel)
    assert live_count(ctx) == 0
    assert schema() == before  # the search trigger dropped for the bulk insert is back
    extra = people(1, seed=98)[0]
    extra.kategori, extra.pekerjaan, extra.jabatan = "pekerja_rentan", "Petani", ""
    svc.create_peserta(ctx, extra)
    assert count(ctx.db, PesertaFilter(search=extra.nik)) == 1


def test_a_header_row_chosen_by_the_user_is_the_one_used(ctx, ref, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A sheet with a decoy row that names more known columns than the real header: the
    detector picks the decoy, the user's choice (ImportOptions.header_rows) wins."""
    ps = people(4, seed=31)
    rows = [
        # a legend above the list, naming every column in the same words
        ["NIK", "Nama", "Tgl Lahir", "L/P", "Desa", "Pekerjaan", "Alamat", "No HP"],
        ["Nomor KTP", "Nama", "Tanggal lahir", "JK", "Desa", "Pekerjaan"],
        *(short_row(p, ref, "Petani") for p in ps),
    ]
    path = write_sheet(tmp_path / "dua-judul.xlsx", rows, title="Desa B")
    detected = analyse(ctx, path, ImportOptions("pekerja_rentan"))
    assert detected.sheets[0].layout.header_row == 0
    chosen = analyse(ctx, path, ImportOptions("pekerja_rentan", header_rows={"Desa B": 1}))
    assert chosen.sheets[0].layout.header_row == 1
    assert [r.source_row for _, r in chosen.rows()] == [3, 4, 5, 6]
    assert chosen.count("imported") == 4, [r.errors for _, r in chosen.rows()]


def test_repeated_niks_name_each_other_and_look_alikes_are_flagged(ctx, ref, tmp_path) -> None:  # type: ignore[no-untyped-def]
    ps = people(6, seed=41)
    registered = people(1, seed=42)[0]
    registered.kategori, registered.pekerjaan, registered.jabatan = "pekerja_rentan", "Petani", ""
    svc.create_peserta(ctx, registered)
    rows = [as_row(i + 1, p, ref) for i, p in enumerate(ps)]
    rows[2][1] = rows[0][1]
    rows[4][1] = rows[0][1]  # one NIK on three rows (Excel rows 4, 6 and 8)
    rows[3][2], rows[3][4] = rows[1][2], rows[1][4]  # same name and birth date, another NIK
    rows[5][2] = registered.nama.upper()  # same as someone registered, another NIK
    rows[5][4] = registered.tanggal_lahir.strftime("%d-%m-%Y")
    analysis = analyse(ctx, write_xlsx(tmp_path / "a.xlsx", rows), ImportOptions("pekerja_rentan"))
    by_row = {r.source_row: r for _, r in analysis.rows()}
    assert by_row[4].errors["nik"] == "NIK ini juga ada di baris 6, baris 8 file ini."
    assert by_row[6].errors["nik"] == "NIK ini juga ada di baris 4, baris 8 file ini."
    assert by_row[8].errors["nik"] == "NIK ini juga ada di baris 4, baris 6 file ini."
    assert {by_row[n].status for n in (4, 6, 8)} == {"rejected"}
    assert by_row[5].status == by_row[7].status == "imported"
    assert "Mungkin orang yang sama dengan baris 7" in by_row[5].warnings["nama"]
    assert "Mungkin orang yang sama dengan baris 5" in by_row[7].warnings["nama"]
    assert by_row[9].status == "imported"
    assert f"NIK lain ({registered.nik})" in by_row[9].warnings["nama"]
    assert analysis.warnings == 3
