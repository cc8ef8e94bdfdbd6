"""Databases written by released versions (tests/data/db/) open, migrate and read with this code.

Each vX.Y.Z.sqlite there was made once by that release and must never be regenerated; its
vX.Y.Z.json records what it holds. The tests work on a copy in tmp_path.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from jamsostek_desk.services import peserta as svc
from jamsostek_desk.services.context import load_context
from jamsostek_desk.services.peserta_list import PesertaFilter, count, fetch_page
from jamsostek_desk.store.backup import list_backups
from jamsostek_desk.store.db import head_revision, open_database

DATA = Path(__file__).resolve().parents[1] / "data" / "db"
RELEASES = sorted(DATA.glob("v*.sqlite"))


def manifest(db_file: Path) -> dict[str, Any]:
    return json.loads(db_file.with_suffix(".json").read_text(encoding="utf-8"))


def file_revision(path: Path) -> str:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return str(con.execute("SELECT version_num FROM alembic_version").fetchone()[0])
    finally:
        con.close()


def test_release_databases_are_present() -> None:
    names = [p.name for p in RELEASES]
    assert "v0.1.0.sqlite" in names
    for p in RELEASES:
        assert p.with_suffix(".json").is_file(), f"{p.name} has no manifest"
        assert p.stat().st_size < 300_000
        assert not Path(f"{p}-wal").exists()


@pytest.fixture(params=RELEASES, ids=lambda p: p.stem)
def release_copy(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[Path, dict[str, Any]]:
    original: Path = request.param
    before = hashlib.sha256(original.read_bytes()).hexdigest()
    copy = tmp_path / "kantor" / "jamsostek-desk.sqlite"
    copy.parent.mkdir()
    shutil.copyfile(original, copy)
    yield copy, manifest(original)
    assert hashlib.sha256(original.read_bytes()).hexdigest() == before


def test_release_database_opens_and_migrates(release_copy) -> None:
    path, info = release_copy
    assert file_revision(path) == info["schema_revision"]
    db = open_database(path)
    db.close()
    assert file_revision(path) == head_revision()
    backups = list_backups(path)
    if info["schema_revision"] == head_revision():
        assert backups == []  # nothing to migrate, nothing to back up
    else:
        assert len(backups) == 1  # copied before the migration, and still the old schema
        assert f"sebelum-migrasi-{info['schema_revision']}" in backups[0].name
        assert file_revision(backups[0]) == info["schema_revision"]


def test_release_database_reads_through_services(release_copy) -> None:
    path, info = release_copy
    db = open_database(path)
    try:
        ctx = load_context(db)
        assert ctx.kantor_nama == info["kantor"]["nama"]
        assert ctx.kantor_jenis == info["kantor"]["jenis"]
        assert ctx.wilayah_kode == info["kantor"]["wilayah_kode"]
        assert ctx.operator_nama == info["operator"]

        people = info["peserta"]
        live = [p for p in people if not p["deleted"]]
        assert count(db, PesertaFilter()) == len(live)
        listed = fetch_page(db, PesertaFilter(), sort="nama", limit=1000)
        assert {r.id for r in listed} == {p["id"] for p in live}

        for p in people:
            history = [e.aksi for e in reversed(svc.history(ctx, p["id"]))]
            assert history == p["history"], p["nama"]
            if p["deleted"]:
                with pytest.raises(svc.NotFound):
                    svc.get_peserta(ctx, p["id"])
                continue
            d = svc.get_peserta(ctx, p["id"])
            assert (d.nik, d.nama, d.desa_kode, d.status, d.kpj) == (
                p["nik"],
                p["nama"],
                p["desa_kode"],
                p["status"],
                p["kpj"],
            )
            assert d.tanggal_lahir == date.fromisoformat(p["tanggal_lahir"])
            assert sorted([a.nama, a.hubungan] for a in d.ahli_waris) == p["ahli_waris"]
            # The search index came along too.
            found = fetch_page(db, PesertaFilter(search=p["nik"]))
            assert [r.id for r in found] == [p["id"]]
    finally:
        db.close()


def test_release_database_accepts_new_work(release_copy, gen) -> None:
    path, info = release_copy
    db = open_database(path)
    try:
        ctx = load_context(db)
        live = [p for p in info["peserta"] if not p["deleted"]]
        deleted = [p for p in info["peserta"] if p["deleted"]]
        new = svc.create_peserta(ctx, gen.make())
        d = svc.get_peserta(ctx, live[0]["id"])
        d.catatan = "diperiksa setelah pembaruan aplikasi"
        svc.update_peserta(ctx, live[0]["id"], d)
        for p in deleted:
            svc.undo_delete(ctx, p["id"])
        assert count(db, PesertaFilter()) == len(info["peserta"]) + 1
        assert svc.get_peserta(ctx, new.id).id == new.id
        assert svc.history(ctx, live[0]["id"])[0].aksi == "ubah"
    finally:
        db.close()
