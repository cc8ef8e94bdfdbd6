"""Offices that sync with each other, each with its own database file (for the sync tests)."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from sqlalchemy import text

from jamsostek_desk.domain.wilayah import load_wilayah
from jamsostek_desk.services.context import AppContext
from jamsostek_desk.services.office import OfficeData, setup_office
from jamsostek_desk.services.sync import keys
from jamsostek_desk.services.sync.records import P_COLS, field_versions
from jamsostek_desk.services.synthetic import Generator
from jamsostek_desk.store.db import open_database
from tests.unit.conftest import OPERATOR, PASSWORD

KABUPATEN = "63.03"
PASS = "rahasia-dinas-2026"


def two_desa() -> tuple[str, str]:
    desa = load_wilayah().desa_in(KABUPATEN)
    return desa[0].kode, desa[1].kode


_ROOTS: dict[Path, AppContext] = {}  # folder -> the first Dinas PMD made in it (the root)


def make_office(
    folder: Path, name: str, jenis: str = "dinas_pmd", wilayah: str = KABUPATEN, join: bool = True
) -> AppContext:
    """A new office. The first Dinas PMD of a folder is the root of its kabupaten; every later
    office of the folder joins it with a join file, as a real office would (``join=False``:
    an office nobody invited)."""
    db = open_database(folder / f"{name}.sqlite")
    nama = f"Kantor {name}"
    data = OfficeData(jenis=jenis, wilayah_kode=wilayah, nama=nama)
    ctx = setup_office(db, data, OPERATOR, PASSWORD)
    root = _ROOTS.get(folder)
    if root is None and jenis == "dinas_pmd":
        _ROOTS[folder] = ctx
    elif root is not None and join:
        join_root(root, ctx)
    return ctx


def join_root(root: AppContext, ctx: AppContext) -> None:
    """``ctx`` joins the kabupaten of ``root`` with a join file the root made."""
    keys.join(ctx, keys.invite(root, ctx.wilayah_kode, ctx.kantor_jenis))


def copy_office(source: Path, target: Path) -> None:
    """An office's database and its key file (a copy of the installation)."""
    shutil.copy(source, target)
    key = source.with_name(source.name + keys.KEY_SUFFIX)
    if key.exists():
        shutil.copy(key, target.with_name(target.name + keys.KEY_SUFFIX))


def generator(desa: str | None = None, seed: int = 3) -> Generator:
    g = Generator(KABUPATEN, seed=seed)
    if desa is not None:
        g.desa = [d for d in g.desa if d.kode == desa]
    return g


def snapshot(ctx: AppContext, desa: str | None = None) -> dict[str, Any]:
    """Every travelling row (without the local search key), optionally only one desa's."""
    where = "WHERE p.desa_kode = :d" if desa else ""
    with ctx.db.engine.connect() as conn:
        people = conn.execute(
            text(f"SELECT p.* FROM peserta p {where} ORDER BY p.id"), {"d": desa}
        ).mappings()
        p_rows = {r["id"]: _comparable(dict(r)) for r in people}
        heirs = conn.execute(
            text(
                "SELECT a.* FROM ahli_waris a JOIN peserta p ON p.id = a.peserta_id "
                f"{where} ORDER BY a.id"
            ),
            {"d": desa},
        ).mappings()
        a_rows = {r["id"]: dict(r) for r in heirs}
    return {"peserta": p_rows, "ahli_waris": a_rows}


def _comparable(row: dict[str, Any]) -> dict[str, Any]:
    """A participant row without the local search key, its column versions as a dict (the
    same versions may be written as different JSON texts at different offices)."""
    row.pop("seq")
    row["versi_kolom"] = field_versions([row[c] for c in P_COLS])
    return row


def fts_consistent(ctx: AppContext) -> bool:
    """The search index holds exactly the live participants, with their current names."""
    with ctx.db.engine.connect() as conn:
        live = set(
            conn.execute(text("SELECT seq, nama, nik FROM peserta WHERE deleted_at IS NULL")).all()
        )
        fts = set(conn.execute(text("SELECT rowid, nama, nik FROM peserta_fts")).all())
    return live == fts
