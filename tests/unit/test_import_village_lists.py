"""The lists offices really send, imported through the CLI into a real database: counted as a
careful clerk counts them (tests/village_lists.py writes them)."""

from __future__ import annotations

import json

import pytest

from jamsostek_desk.cli import main
from jamsostek_desk.services.importer.pipeline import live_count
from tests import village_lists as vl

CASES = vl.corpus()


def run(ctx, path, kategori, *extra, capsys) -> tuple[int, dict]:  # type: ignore[no-untyped-def]
    code = main(
        ["import", str(path), "--db", str(ctx.db.path), "--kategori", kategori, "--json", *extra]
    )
    return code, json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_village_list_is_counted_as_a_clerk_counts_it(ctx, tmp_path, capsys, case) -> None:  # type: ignore[no-untyped-def]
    assert case.write is not None
    path = case.write(tmp_path / case.name)
    code, data = run(ctx, path, case.kategori, *case.args, capsys=capsys)
    got = (data["imported"], data["rejected"], len(data["skipped_rows"]))
    assert got == (case.baru, case.tolak, case.not_data), data["errors"] or data["skipped_rows"]
    assert data["rows"] == case.baru + case.tolak
    assert data["warnings"] >= case.warned
    assert code == (1 if case.tolak else 0)
    assert live_count(ctx) == case.baru
    # nothing that is not a person reaches the rejects
    reasons = {r["reason"] for r in data["skipped_rows"]}
    assert reasons <= {
        "baris nomor kolom",
        "judul kolom berulang",
        "baris jumlah",
        "baris keluarga (No. KK)",
        "blok tanda tangan",
    }


def test_a_list_without_a_desa_column_stops_before_any_row(ctx, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = vl.opensid(tmp_path / "opensid.xlsx")
    code, data = run(ctx, path, "pekerja_rentan", capsys=capsys)
    assert code == 1 and live_count(ctx) == 0
    message = data["error"]
    assert "Desa/Kelurahan" in message and "--desa" in message
    assert "“pekerjaan_id”" in message and "“status_dasar”" in message  # the headers it saw
    # a desa outside the office's kabupaten is refused by name
    from jamsostek_desk.domain.wilayah import load_wilayah

    elsewhere = load_wilayah().desa_in("63.04")[0].kode
    code, data = run(ctx, path, "pekerja_rentan", "--desa", elsewhere, capsys=capsys)
    assert code == 1 and "luar wilayah" in data["error"]


def test_opensid_codes_are_decoded(ctx, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    from jamsostek_desk.services import peserta as svc

    desa = vl.unique_desa(1)[0]
    path = vl.opensid(tmp_path / "opensid.xlsx", dead=1, moved=1)
    _, data = run(ctx, path, "pekerja_rentan", "--desa", desa, capsys=capsys)
    assert (data["imported"], data["rejected"]) == (7, 1)
    assert data["errors"][0]["message"].startswith("Meninggal menurut daftar")
    mapped = {m["field"]: m for m in data["mapping"]}
    assert mapped["pekerjaan"]["header"] == "pekerjaan_id" and mapped["pekerjaan"]["column"] == "N"
    assert mapped["desa"]["source"] == "--desa" and mapped["desa"]["value"] == desa
    people = vl.people(8, seed=301)
    with ctx.db.session() as s:
        moved = svc.find_live_by_nik(s, people[1].nik)
        other = svc.find_live_by_nik(s, people[3].nik)
        assert moved is not None and other is not None
        assert other.pekerjaan == "PETANI/PEKEBUN" or other.pekerjaan.startswith(
            ("PETERNAK", "NELAYAN")
        )
        assert other.jenis_kelamin == people[3].jenis_kelamin
        assert other.rw == "" and other.desa_kode == desa


def test_partial_list_updates_only_its_columns(ctx, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    """NIK + NO HP for people already registered: only the phone changes; a NIK that is not
    registered is refused by name; without --update-existing the list stops at once."""
    from jamsostek_desk.services import peserta as svc

    ps = vl.people(4, seed=701)
    full = vl.government_list(tmp_path / "awal.xlsx", lambda n: n)
    code, data = run(ctx, full, "pekerja_rentan", capsys=capsys)
    assert code == 0
    ps = vl.people(12, seed=101)[:3]
    unknown = vl.people(1, seed=702)[0]
    path = vl.partial_update(tmp_path / "hp.xlsx", ps, unknown)
    code, data = run(ctx, path, "pekerja_rentan", capsys=capsys)
    assert code == 1 and "tidak ditemukan" in data["error"]
    with ctx.db.session() as s:
        before = svc.find_live_by_nik(s, ps[0].nik)
        assert before is not None
        pekerjaan, nama = before.pekerjaan, before.nama
    code, data = run(ctx, path, "pekerja_rentan", "--update-existing", capsys=capsys)
    assert (data["updated"], data["rejected"], data["imported"]) == (3, 1, 0)
    assert "belum terdaftar" in data["errors"][0]["message"]
    with ctx.db.session() as s:
        after = svc.find_live_by_nik(s, ps[0].nik)
        assert after is not None
        assert after.no_hp == "08127000000"
        assert (after.pekerjaan, after.nama) == (pekerjaan, nama)


def test_nik_stored_as_a_number_is_shown_with_all_its_digits(ctx, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    import openpyxl

    path = vl.nik_numbers(tmp_path / "nik.xlsx")
    out = tmp_path / "ditolak.xlsx"
    _, data = run(ctx, path, "pekerja_rentan", "--dry-run", "--rejects", str(out), capsys=capsys)
    niks = [row[1].value for row in openpyxl.load_workbook(out).active.iter_rows(min_row=2)]
    assert len(niks) == 2 and all(isinstance(n, str) and len(n) == 16 for n in niks)
    messages = [e["message"] for e in data["errors"]]
    assert len(messages) == 2
    for m in messages:
        assert "e+" not in m.lower() and "kemungkinan hilang" in m
        digits = m.split()[1]
        assert len(digits) == 16 and digits.isdigit() and digits.endswith("0")


def test_cli_prints_the_mapping_and_the_skipped_rows(ctx, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = vl.government_list(tmp_path / "daftar.xlsx", lambda n: f"({n})")
    code = main(["import", str(path), "--db", str(ctx.db.path), "--kategori", "pekerja_rentan"])
    out = capsys.readouterr().out
    assert code == 0
    assert "Desa/Kelurahan         ← “Kelurahan/Desa” (kolom H)" in out
    assert "No. HP                 ← “No. HP/WA” (kolom J)" in out
    assert "baris 5: baris nomor kolom" in out and "baris jumlah" in out
    assert "blok tanda tangan" in out


def test_an_empty_desa_cell_takes_the_desa_the_sheet_names(ctx, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    from jamsostek_desk.domain.wilayah import load_wilayah

    ref = load_wilayah()
    desa = vl.unique_desa(1)[0]
    ps = vl.people(3, seed=801, desa=desa)
    rows: list[list[object]] = [["NIK", "Nama", "Tgl Lahir", "L/P", "Desa", "Pekerjaan"]]
    for i, p in enumerate(ps):
        rows.append([p.nik, p.nama, vl._dmy(p.tanggal_lahir), p.jenis_kelamin,
                     "" if i == 1 else ref.name(desa), "Petani"])  # fmt: skip
    path = vl._save(tmp_path / "desa.xlsx", {ref.name(desa) or "X": rows}, text_cols=(0,))
    code, data = run(ctx, path, "pekerja_rentan", capsys=capsys)
    assert (code, data["imported"], data["rejected"], data["warnings"]) == (0, 3, 0, 1)
