"""Services behind the clerk's screen: backups on a second folder, restoring one (window and
command line), noticing changes made outside, the card request, the BPJS list's gaps."""

from __future__ import annotations

import os
from pathlib import Path

import openpyxl
import pytest

from jamsostek_desk.cli import main
from jamsostek_desk.domain.errors import UserError
from jamsostek_desk.services import backup, kartu
from jamsostek_desk.services import peserta as ps
from jamsostek_desk.services.context import AppContext
from jamsostek_desk.services.lists.export import bpjs_gaps, export_list
from jamsostek_desk.services.peserta_list import PesertaFilter, count
from jamsostek_desk.services.synthetic import Generator, insert_generated
from jamsostek_desk.store.backup import count_peserta, list_backups
from jamsostek_desk.store.db import open_database
from jamsostek_desk.store.watch import OUTSIDE, OWN, ChangeProbe


def test_backup_copies_to_the_second_folder(ctx: AppContext, tmp_path: Path) -> None:
    insert_generated(ctx, 12, seed=1)
    flash = tmp_path / "flashdisk"
    with pytest.raises(UserError, match="tidak ada"):
        backup.set_second_folder(ctx.db, str(flash))
    flash.mkdir()
    backup.set_second_folder(ctx.db, str(flash))
    assert backup.second_folder(ctx.db) == str(flash)
    done = backup.backup_now(ctx.db.path, backup.second_folder(ctx.db))
    assert done.path is not None and done.copy is not None and not done.warning
    assert done.copy.read_bytes() == done.path.read_bytes()
    found = backup.backups(ctx.db.path, str(flash))
    assert [b.path for b in found] == [done.path]  # the copy is the same backup, listed once
    assert found[0].peserta == 12 and found[0].size == done.path.stat().st_size


def test_missing_second_folder_gives_a_warning_not_a_failure(
    ctx: AppContext, tmp_path: Path
) -> None:
    done = backup.backup_now(ctx.db.path, str(tmp_path / "dicabut"))
    assert done.path is not None and done.path.is_file() and done.copy is None
    assert "tidak ditemukan" in done.warning


def test_backups_on_the_flash_disk_alone_are_listed(ctx: AppContext, tmp_path: Path) -> None:
    flash = tmp_path / "flashdisk"
    flash.mkdir()
    done = backup.backup_now(ctx.db.path, str(flash))
    assert done.path is not None
    done.path.unlink()  # the laptop's copy is gone (a new laptop)
    assert [b.path for b in backup.backups(ctx.db.path, str(flash))] == [done.copy]


def test_restore_keeps_the_current_state_first(ctx: AppContext) -> None:
    insert_generated(ctx, 20, seed=2)
    made = backup.backup_now(ctx.db.path, "").path
    assert made is not None
    insert_generated(ctx, 5, seed=3)
    path = ctx.db.path
    restored = backup.restore_database(ctx, made)
    assert count_peserta(path) == 20
    assert count_peserta(restored.safety) == 25 and "sebelum-pulihkan" in restored.safety.name
    assert restored.moved is not None and "diganti" in restored.moved.name
    db = open_database(path)  # the restored file opens as a database of this application
    try:
        assert count(db, PesertaFilter()) == 20
    finally:
        db.close()


def test_restore_refuses_what_is_no_backup(ctx: AppContext, tmp_path: Path) -> None:
    bad = tmp_path / "foto.sqlite"
    bad.write_bytes(b"\xff\xd8\xff" + bytes(100))
    with pytest.raises(UserError, match="bukan cadangan"):
        backup.restore_database(ctx, bad)
    assert count_peserta(ctx.db.path) == 0  # untouched, still open
    assert not list_backups(ctx.db.path)


def test_cli_restore(ctx: AppContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    insert_generated(ctx, 7, seed=4)
    made = backup.backup_now(ctx.db.path, "").path
    insert_generated(ctx, 3, seed=5)
    path = ctx.db.path
    ctx.db.close()
    assert main(["restore", str(made), "--db", str(path)]) == 0
    out = capsys.readouterr().out
    assert "dipulihkan" in out and "sebelum-pulihkan" in out
    assert count_peserta(path) == 7
    assert main(["restore", str(tmp_path / "tidak-ada.sqlite"), "--db", str(path)]) == 2
    assert "tidak ada" in capsys.readouterr().err
    Path(str(path) + ".lock").write_text(f"{os.getpid()}\njamsostek\nhost\n")
    assert main(["restore", str(made), "--db", str(path)]) == 2
    assert "sedang dibuka" in capsys.readouterr().err


def test_change_probe_tells_own_commits_from_outside_ones(ctx: AppContext) -> None:
    probe = ChangeProbe(ctx.db)
    try:
        assert probe.poll() is None
        insert_generated(ctx, 2, seed=6)  # through this process's engine
        assert probe.poll() == OWN
        assert probe.poll() is None
        other = open_database(ctx.db.path)  # another program
        try:
            insert_generated(AppContext(**{**ctx.__dict__, "db": other}), 2, seed=7)
        finally:
            other.close()
        assert probe.poll() == OUTSIDE
        assert probe.poll() is None
    finally:
        probe.close()


def test_card_request_for_a_filter_reads_ids_only(ctx: AppContext) -> None:
    insert_generated(ctx, 60, seed=8)
    f = PesertaFilter(status="aktif", kategori="aparat_desa")
    plan = kartu.plan_card_request(ctx, [], f)
    assert plan.whole_filter and len(plan.ids) == count(ctx.db, f) > 0
    first = plan.ids[:3]
    kartu.mark_printed(ctx, kartu.queue_for(ctx, first))
    plan = kartu.plan_card_request(ctx, [], f)
    assert set(plan.carded) == set(first)
    created, waiting, left_out = kartu.request_planned(ctx, plan, include_carded=False)
    assert (created, waiting, left_out) == (len(plan.ids) - 3, 0, 3)
    chosen = kartu.plan_card_request(ctx, first[:1], f)
    assert chosen.ids == first[:1] and not chosen.whole_filter


def test_bpjs_gaps_name_what_is_missing(ctx: AppContext, gen: Generator) -> None:
    full = gen.make()
    no_mother = gen.make()
    no_mother.nama_ibu = ""
    no_place = gen.make()
    no_place.tempat_lahir = ""
    for d in (full, no_mother, no_place):
        d.status, d.kpj, d.mulai_kepesertaan = "didaftarkan", "", None
        ps.create_peserta(ctx, d)
    gaps = bpjs_gaps(ctx, PesertaFilter())
    assert gaps.total == 3 and gaps.no_start == 3
    missing = {nama: what for nama, _nik, what in gaps.missing}
    assert missing == {no_mother.nama: "nama ibu kandung", no_place.nama: "tempat lahir"}
    assert all("******" in nik for _n, nik, _w in gaps.missing)


def test_export_writes_the_sumber_dana_label(
    ctx: AppContext, gen: Generator, tmp_path: Path
) -> None:
    d = gen.make()
    d.sumber_dana = "apbd_kabupaten"
    ps.create_peserta(ctx, d)
    out = tmp_path / "d.xlsx"
    export_list(ctx, PesertaFilter(), out, ("nama", "sumber_dana"))
    rows = list(openpyxl.load_workbook(out).active.iter_rows(values_only=True))
    assert rows[1][1] == "APBD Kabupaten/Kota"


def test_the_flash_disk_keeps_the_newest_backups_only(ctx: AppContext, tmp_path: Path) -> None:
    flash = tmp_path / "flashdisk"
    flash.mkdir()
    for _ in range(9):
        backup.backup_now(ctx.db.path, str(flash))
    copies = list_backups(ctx.db.path, flash / backup.COPIES)
    assert len(copies) == 7 == len(list_backups(ctx.db.path))
    assert {p.name for p in copies} == {p.name for p in list_backups(ctx.db.path)}
    assert not [p for p in (flash / backup.COPIES).iterdir() if p.suffix == ".tmp"]
