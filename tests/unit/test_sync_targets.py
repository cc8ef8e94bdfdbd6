"""Targets, budgets (pagu) and aparat-desa posts travel by sync from the office that sets them:
a desa office sees its own desa's figures, nobody but an entitled office can set them, dated
history survives everywhere. Real database files, real central files, the CLI where a user
would use it."""

from __future__ import annotations

import functools
import json
import sqlite3
import uuid
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from jamsostek_desk.cli import main
from jamsostek_desk.domain.errors import UserError
from jamsostek_desk.domain.wilayah import load_wilayah
from jamsostek_desk.services import beranda, target
from jamsostek_desk.services.context import AppContext
from jamsostek_desk.services.sync import container, keys
from jamsostek_desk.services.sync.compact import compact
from jamsostek_desk.services.sync.engine import REKAP_DONE, rejected_items, sync
from jamsostek_desk.services.sync.records import COLUMNS
from jamsostek_desk.services.sync.trust import seal
from jamsostek_desk.store.settings import stamp
from tests.unit.sync_helpers import KABUPATEN, PASS, make_office

YEAR = date.today().year
ON = date(YEAR, 9, 15)


def _desa() -> tuple[str, str]:
    desa = [d.kode for d in load_wilayah().desa_in(KABUPATEN) if not d.is_kelurahan]
    return desa[0], desa[1]


def _cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    got = capsys.readouterr()
    return code, got.out, got.err


def _sync_cli(capsys: pytest.CaptureFixture[str], ctx: AppContext, f: Path) -> dict[str, object]:
    pw = f.with_name("pw.txt")
    pw.write_text(PASS + "\n", encoding="utf-8")
    code, out, _err = _cli(
        capsys, "sync", str(f), "--db", str(ctx.db.path), "--passphrase-file", str(pw), "--json"
    )
    assert code in (0, 1)
    result: dict[str, object] = json.loads(out)
    return result


def _targets(ctx: AppContext) -> list[tuple[str, str, int, date]]:
    return [(t.kategori, t.wilayah_kode, t.jumlah, t.berlaku) for t in target.list_targets(ctx.db)]


def _insert(ctx: AppContext, table: str, values: dict[str, object]) -> str:
    """A row written straight into an office's database (as sqlite3 on the command line, or an
    older version of the application, would), stamped with that office's clock."""
    with ctx.db.session() as s:
        version = stamp(s)
    now = "2026-01-01 00:00:00.000000"
    row: dict[str, object] = {
        "id": str(uuid.uuid4()),
        "created_at": now,
        "updated_at": now,
        "version": version,
        "deleted_at": None,
        "kantor_id": ctx.kantor_id,
        **values,
    }
    con = sqlite3.connect(ctx.db.path)
    try:
        marks = ", ".join("?" * len(row))
        con.execute(f"INSERT INTO {table} ({', '.join(row)}) VALUES ({marks})", tuple(row.values()))
        con.commit()
    finally:
        con.close()
    return str(row["id"])


def test_the_dinas_figures_reach_the_desa_office(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    d1, d2 = _desa()
    dinas = make_office(tmp_path, "dinas")
    desa1 = make_office(tmp_path, "desa1", "desa", d1)
    db = ("--db", str(dinas.db.path))
    for args in (
        ("--kategori", "pekerja_rentan", "--jumlah", "10000", "--berlaku", f"{YEAR}-01-01"),
        ("--kategori", "pekerja_rentan", "--jumlah", "15000", "--berlaku", f"{YEAR}-08-08"),
        (
            "--kategori",
            "pekerja_rentan",
            "--jumlah",
            "40",
            "--wilayah",
            d1,
            "--berlaku",
            f"{YEAR}-01-01",
        ),
        ("--kategori", "pekerja_rentan", "--jumlah", "70", "--wilayah", d2),
    ):
        assert _cli(capsys, "target", "set", *db, "--tahun", str(YEAR), *args)[0] == 0
    for args in (
        ("--sumber", "apbd_kabupaten", "--pagu", "2000000000"),
        ("--sumber", "apbdes", "--pagu", "50000000", "--wilayah", d1),
        ("--sumber", "apbdes", "--pagu", "80000000", "--wilayah", d2),
    ):
        code = _cli(capsys, "anggaran", "set", *db, "--tahun", str(YEAR), *args, "--berlaku",
                    f"{YEAR}-01-01")[0]  # fmt: skip
        assert code == 0
    book = openpyxl.Workbook()
    book.active.append(["KODE DESA", "JUMLAH"])
    book.active.append([d1, 11])
    book.active.append([d2, 9])
    book.save(tmp_path / "formasi.xlsx")
    assert _cli(capsys, "target", "formasi", *db, "--impor", str(tmp_path / "formasi.xlsx"))[0] == 0

    f = tmp_path / "pusat.jdsync"
    sent = _sync_cli(capsys, dinas, f)
    assert sent["target"] == {
        "keluar": {"target": 4, "anggaran": 3, "formasi_aparat": 2},
        "masuk": {"target": 0, "anggaran": 0, "formasi_aparat": 0},
    }
    got = _sync_cli(capsys, desa1, f)
    # its own desa's figures, and the kabupaten's targets as context; not the other desa's
    assert got["target"] == {
        "keluar": {"target": 0, "anggaran": 0, "formasi_aparat": 0},
        "masuk": {"target": 3, "anggaran": 1, "formasi_aparat": 1},
    }
    dbd = ("--db", str(desa1.db.path))
    code, out, _ = _cli(capsys, "target", "list", *dbd, "--json")
    listed = {(t["wilayah"], t["jumlah"], t["berlaku"]) for t in json.loads(out)}
    assert listed == {
        (KABUPATEN, 10000, f"{YEAR}-01-01"),
        (KABUPATEN, 15000, f"{YEAR}-08-08"),
        (d1, 40, f"{YEAR}-01-01"),
    }
    code, out, _ = _cli(capsys, "anggaran", "list", *dbd, "--json")
    assert [(a["sumber_dana"], a["wilayah"], a["pagu"]) for a in json.loads(out)] == [
        ("apbdes", d1, 50_000_000)
    ]
    assert target.formasi(desa1.db) == {d1: 11}
    # rekap and Beranda at the desa office measure its desa against its own figures
    code, out, _ = _cli(capsys, "rekap", *dbd, "--tahun", str(YEAR), "--tanggal", ON.isoformat(),
                        "--json")  # fmt: skip
    assert code == 0
    r = json.loads(out)
    assert [(b["kode"], b["target"]) for b in r["baris"]] == [(d1, 40 + 11)]
    assert r["total"]["target"] == 51
    assert r["anggaran"]["pagu"] == 50_000_000
    page = beranda.load(desa1, YEAR, pada=ON)
    assert page.rekap.total.target == 51
    assert beranda.load(desa1, YEAR, "aparat_desa", pada=ON).rekap.total.target == 11
    # and the Dinas still sees the whole kabupaten
    whole = beranda.load(dinas, YEAR, "pekerja_rentan", pada=ON).rekap
    assert whole.total.target == 15000
    # nothing more to send or take on a second round
    for ctx in (dinas, desa1):
        again = _sync_cli(capsys, ctx, f)
        assert again["target"] == {
            "keluar": {"target": 0, "anggaran": 0, "formasi_aparat": 0},
            "masuk": {"target": 0, "anggaran": 0, "formasi_aparat": 0},
        }


def test_a_raise_keeps_both_dated_rows_at_every_office(tmp_path: Path) -> None:
    d1, _ = _desa()
    dinas = make_office(tmp_path, "dinas")
    nakertrans = make_office(tmp_path, "nakertrans", "disnakertrans")
    desa1 = make_office(tmp_path, "desa1", "desa", d1)
    f = tmp_path / "pusat.jdsync"
    target.set_target(nakertrans, YEAR, "pekerja_rentan", 10_000, berlaku=date(YEAR, 1, 1),
                      dasar="Perbup 21/2025")  # fmt: skip
    for ctx in (nakertrans, dinas, desa1):
        sync(ctx, f, PASS)
    target.set_target(nakertrans, YEAR, "pekerja_rentan", 15_000, berlaku=date(YEAR, 8, 8),
                      dasar="APBD-P 8 Agustus")  # fmt: skip
    target.set_target(dinas, YEAR, "aparat_desa", 1_200, berlaku=date(YEAR, 1, 1))
    for ctx in (nakertrans, dinas, desa1, nakertrans):
        assert sync(ctx, f, PASS).ditolak_baru == 0
    expected = [
        ("aparat_desa", KABUPATEN, 1_200, date(YEAR, 1, 1)),
        ("pekerja_rentan", KABUPATEN, 10_000, date(YEAR, 1, 1)),
        ("pekerja_rentan", KABUPATEN, 15_000, date(YEAR, 8, 8)),
    ]
    for ctx in (dinas, nakertrans, desa1):
        assert _targets(ctx) == expected, ctx.kantor_nama
        assert (
            target.targets_in_force(ctx.db, YEAR, date(YEAR, 8, 7))[("pekerja_rentan", KABUPATEN)]
            == 10_000
        )
        assert (
            target.targets_in_force(ctx.db, YEAR, date(YEAR, 8, 8))[("pekerja_rentan", KABUPATEN)]
            == 15_000
        )


def test_figures_from_an_office_not_entitled_are_set_aside(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    d1, d2 = _desa()
    dinas = make_office(tmp_path, "dinas")
    nakertrans = make_office(tmp_path, "nakertrans", "disnakertrans")
    desa1 = make_office(tmp_path, "desa1", "desa", d1)
    f = tmp_path / "pusat.jdsync"
    mine = target.set_target(dinas, YEAR, "pekerja_rentan", 15_000, berlaku=date(YEAR, 1, 1))
    target.set_formasi(dinas, {d2: 9})
    for ctx in (dinas, nakertrans, desa1):
        sync(ctx, f, PASS)
    # a desa database edited by hand: a target and a pagu of its own, posts for another desa,
    # and the Dinas's target lowered to 1
    _insert(desa1, "target", {"tahun": YEAR, "kategori": "aparat_desa", "wilayah_kode": d1,
                              "jumlah": 3, "dasar": "", "berlaku": f"{YEAR}-02-01"})  # fmt: skip
    _insert(desa1, "anggaran", {"tahun": YEAR, "sumber_dana": "apbd_kabupaten",
                                "wilayah_kode": "", "pagu": 1, "dasar": "",
                                "berlaku": f"{YEAR}-02-01"})  # fmt: skip
    _insert(desa1, "formasi_aparat", {"desa_kode": d2, "jumlah": 1, "asal": "isian"})
    with desa1.db.session() as s:
        version = stamp(s)
    con = sqlite3.connect(desa1.db.path)
    con.execute(
        "UPDATE target SET jumlah = 1, version = ?, kantor_id = ? WHERE id = ?",
        (version, desa1.kantor_id, mine.id),
    )
    con.commit()
    con.close()
    # the Disnakertrans sets a target of aparat desa behind the application's back
    _insert(nakertrans, "target", {"tahun": YEAR, "kategori": "aparat_desa",
                                   "wilayah_kode": KABUPATEN, "jumlah": 5, "dasar": "",
                                   "berlaku": f"{YEAR}-03-01"})  # fmt: skip
    sync(desa1, f, PASS)
    sync(nakertrans, f, PASS)
    assert _sync_cli(capsys, dinas, f)["ditolak_baru"] == 5
    assert _targets(dinas) == [("pekerja_rentan", KABUPATEN, 15_000, date(YEAR, 1, 1))]
    assert target.list_anggaran(dinas.db) == []
    assert target.formasi(dinas.db) == {d2: 9}
    _code, out, _ = _cli(capsys, "kantor", "ditolak", "--db", str(dinas.db.path), "--json")
    why = {(r["kantor"], r["alasan"]) for r in json.loads(out)}
    assert why == {
        ("Kantor desa1", "kantor desa tidak boleh menetapkan target (target ditetapkan oleh "
         "Dinas kabupaten)"),
        ("Kantor desa1", "kantor desa tidak boleh menetapkan pagu anggaran (pagu ditetapkan "
         "oleh Dinas kabupaten)"),
        ("Kantor desa1", "kantor desa tidak boleh menetapkan jumlah jabatan aparat desa "
         "(ditetapkan oleh Dinas PMD)"),
        ("Kantor nakertrans", "target aparat desa hanya ditetapkan oleh Dinas PMD"),
    }  # fmt: skip
    assert any(r["apa"].startswith("Target ") for r in json.loads(out))
    # the Disnakertrans did not take them either; the next round reports nothing new
    assert ("pekerja_rentan", KABUPATEN, 15_000, date(YEAR, 1, 1)) in _targets(nakertrans)
    assert len(_targets(nakertrans)) == 2  # and its own row, which nobody else took
    assert sync(dinas, f, PASS).ditolak_baru == 0


def test_a_desa_office_cannot_set_figures_and_its_own_posts_give_way(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    d1, _ = _desa()
    dinas = make_office(tmp_path, "dinas")
    nakertrans = make_office(tmp_path, "nakertrans", "disnakertrans")
    desa1 = make_office(tmp_path, "desa1", "desa", d1)
    code, _out, err = _cli(capsys, "target", "set", "--db", str(desa1.db.path), "--tahun",
                           str(YEAR), "--kategori", "aparat_desa", "--jumlah", "9")  # fmt: skip
    assert code != 0 and "kantor desa tidak dapat mengubahnya" in err
    with pytest.raises(UserError, match="Pagu anggaran ditetapkan oleh Dinas"):
        target.set_anggaran(desa1, YEAR, "apbdes", 5_000_000, wilayah_kode=d1)
    with pytest.raises(UserError, match="Jumlah jabatan aparat desa ditetapkan oleh Dinas"):
        target.set_formasi(desa1, {d1: 12})
    with pytest.raises(UserError, match="Target aparat desa ditetapkan oleh Dinas PMD"):
        target.set_target(nakertrans, YEAR, "aparat_desa", 10)
    with pytest.raises(UserError, match="Dinas PMD"):
        target.set_formasi(nakertrans, {d1: 12})
    assert target.list_targets(desa1.db) == [] and target.formasi(desa1.db) == {}
    # posts the desa recorded itself with an older version, later than the Dinas's
    f = tmp_path / "pusat.jdsync"
    target.set_formasi(dinas, {d1: 11})
    sync(dinas, f, PASS)
    _insert(desa1, "formasi_aparat", {"desa_kode": d1, "jumlah": 4, "asal": "isian"})
    assert target.formasi(desa1.db) == {d1: 4}
    r = sync(desa1, f, PASS)
    assert r.ditolak_baru == 0 and target.formasi(desa1.db) == {d1: 11}
    sync(dinas, f, PASS)
    assert target.formasi(dinas.db) == {d1: 11}
    assert any("jumlah jabatan" in x.alasan for x in rejected_items(dinas))
    # the Dinas changes the posts: the change reaches the desa
    target.set_formasi(dinas, {d1: 13})
    sync(dinas, f, PASS)
    sync(desa1, f, PASS)
    assert target.formasi(desa1.db) == {d1: 13}


def test_older_files_and_offices_that_synced_before_the_figures_travelled(
    tmp_path: Path,
) -> None:
    d1, _ = _desa()
    dinas = make_office(tmp_path, "dinas")
    desa1 = make_office(tmp_path, "desa1", "desa", d1)
    f = tmp_path / "pusat.jdsync"
    sync(dinas, f, PASS)
    # a segment as an earlier version wrote it: only offices, participants and heirs
    sf = container.read_file(f, PASS)
    key = keys.office_key(dinas)
    meta = {"segmen": str(uuid.uuid4()), "kantor_id": dinas.kantor_id,
            "kantor_nama": dinas.kantor_nama, "kantor_jenis": "dinas_pmd",
            "wilayah": dinas.wilayah_kode, "kunci": keys.public_b64(key)}  # fmt: skip
    old = ("kantor", "peserta", "ahli_waris")
    body = {"format": 3, "tabel": {t: {"kolom": list(COLUMNS[t]), "baris": []} for t in old}}
    sealed = functools.partial(seal, key)
    container.write(sf, list(container.encode_segment(sf, sf.records, meta, body, sealed)))
    r = sync(desa1, f, PASS)
    assert r.ditolak_baru == 0 and r.masuk["segmen"] == 2
    # the Dinas set a target before it ran this version: its "sent up to" mark is past it
    target.set_target(dinas, YEAR, "pekerja_rentan", 500, wilayah_kode=d1)
    con = sqlite3.connect(dinas.db.path)
    con.execute("UPDATE sync_berkas SET batas_kirim = (SELECT max(version) FROM target)")
    con.execute("DELETE FROM pengaturan WHERE kunci LIKE ?", (REKAP_DONE + "%",))
    con.commit()
    con.close()
    assert sync(dinas, f, PASS).target["keluar"]["target"] == 1
    sync(desa1, f, PASS)
    assert _targets(desa1) == [("pekerja_rentan", d1, 500, date.today())]
    # a desa office that applied that segment with a version that read past the figures
    con = sqlite3.connect(desa1.db.path)
    con.execute("DELETE FROM target")
    con.execute("DELETE FROM pengaturan WHERE kunci LIKE ?", (REKAP_DONE + "%",))
    con.commit()
    con.close()
    r = sync(desa1, f, PASS)
    assert r.masuk["segmen"] == 0 and r.target["masuk"]["target"] == 1
    assert _targets(desa1) == [("pekerja_rentan", d1, 500, date.today())]
    # once caught up, it does not read the old segments again
    assert sync(desa1, f, PASS).target["masuk"]["target"] == 0


def test_compaction_keeps_the_figures(tmp_path: Path) -> None:
    d1, _ = _desa()
    dinas = make_office(tmp_path, "dinas")
    nakertrans = make_office(tmp_path, "nakertrans", "disnakertrans")
    f = tmp_path / "pusat.jdsync"
    target.set_target(nakertrans, YEAR, "pekerja_rentan", 800, berlaku=date(YEAR, 1, 1))
    target.set_anggaran(nakertrans, YEAR, "apbd_kabupaten", 9_000_000, berlaku=date(YEAR, 1, 1))
    target.set_formasi(dinas, {d1: 10})
    for ctx in (nakertrans, dinas):
        sync(ctx, f, PASS)
    compact(dinas, f, PASS)
    late = make_office(tmp_path, "desa1", "desa", d1)
    r = sync(late, f, PASS)
    assert r.ditolak_baru == 0
    assert _targets(late) == [("pekerja_rentan", KABUPATEN, 800, date(YEAR, 1, 1))]
    assert target.formasi(late.db) == {d1: 10}
    assert target.list_anggaran(late.db) == []  # the kabupaten's pagu is not a desa's


def test_each_kabupaten_office_keeps_its_own_budget_and_the_sum_is_in_force(
    tmp_path: Path,
) -> None:
    """The Dinas PMD pays for aparat desa and the Disnakertrans for pekerja rentan, both from
    the APBD kabupaten: after a sync each office counts both budgets, and a change by one
    office replaces only its own."""
    dinas = make_office(tmp_path, "dinas")
    nakertrans = make_office(tmp_path, "nakertrans", "disnakertrans")
    f = tmp_path / "pusat.jdsync"
    target.set_anggaran(dinas, YEAR, "apbd_kabupaten", 900_000_000, berlaku=date(YEAR, 1, 1))
    target.set_anggaran(nakertrans, YEAR, "apbd_kabupaten", 2_000_000_000, berlaku=date(YEAR, 1, 1))
    for ctx in (dinas, nakertrans, dinas):
        assert sync(ctx, f, PASS).ditolak_baru == 0
    for ctx in (dinas, nakertrans):
        assert target.pagu_in_force(ctx.db, YEAR, ON) == {"apbd_kabupaten": 2_900_000_000}
    # the APBD-P raises the Disnakertrans's budget from August; the Dinas's stays
    target.set_anggaran(nakertrans, YEAR, "apbd_kabupaten", 3_000_000_000, berlaku=date(YEAR, 8, 8))
    for ctx in (nakertrans, dinas):
        sync(ctx, f, PASS)
    for ctx in (dinas, nakertrans):
        assert target.pagu_in_force(ctx.db, YEAR, date(YEAR, 8, 7)) == {
            "apbd_kabupaten": 2_900_000_000
        }
        assert target.pagu_in_force(ctx.db, YEAR, ON) == {"apbd_kabupaten": 3_900_000_000}
