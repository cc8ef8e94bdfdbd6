"""Offices run through the command line in their own processes (for the sync trust tests)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import openpyxl

from jamsostek_desk.domain.wilayah import load_wilayah
from jamsostek_desk.services.synthetic import Generator
from tests.unit.conftest import OPERATOR  # the name the tests sign in with (environment)
from tests.xlsx_fixtures import LIST_HEADERS, person_cells

ROOT = Path(__file__).resolve().parents[2]
KABUPATEN = "63.03"
PASS = "rahasia-dinas-2026"


def run(
    *args: str, check: bool = True, timeout: float = 300, passphrase: bool = True
) -> subprocess.CompletedProcess[str]:
    """``jamsostek-desk ARGS`` in a new process; the passphrase comes from the environment
    (``passphrase=False``: none given)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("JAMSOSTEK_DESK_SYNC_PASSPHRASE", None)
    if passphrase:
        env["JAMSOSTEK_DESK_SYNC_PASSPHRASE"] = PASS
    proc = subprocess.run(
        [sys.executable, "-m", "jamsostek_desk", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=timeout,
    )
    if check and proc.returncode not in (0, 1):
        raise AssertionError(f"{args[0]} exited {proc.returncode}: {proc.stderr}")
    return proc


def start(*args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "JAMSOSTEK_DESK_SYNC_PASSPHRASE": PASS}
    return subprocess.Popen(
        [sys.executable, "-m", "jamsostek_desk", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )


def setup(db: Path, kind: str, wilayah: str, name: str, *extra: str) -> None:
    run(
        "setup", "--db", str(db), "--kind", kind, "--wilayah", wilayah, "--name", name,
        "--operator", OPERATOR, *extra,
    )  # fmt: skip


def write_list(path: Path, n: int, seed: int, desa: str | None = None) -> list[str]:
    """An import list of ``n`` synthetic people (of one desa, or of the kabupaten); their NIKs."""
    g = Generator(KABUPATEN, seed=seed)
    if desa is not None:
        g.desa = [d for d in g.desa if d.kode == desa]
    ref = load_wilayah()
    people = [g.make() for _ in range(n)]
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Desa A")
    ws.append(["DAFTAR PEKERJA RENTAN"])
    ws.append([])
    ws.append([*LIST_HEADERS, "Pekerjaan", "Penghasilan"])
    for i, p in enumerate(people):
        ws.append([*person_cells(i + 1, p, ref), "+62" + p.no_hp[1:], "Petani", "1.500.000"])
    wb.save(path)
    return [p.nik for p in people]


def niks(db: Path) -> set[str]:
    import sqlite3

    con = sqlite3.connect(db)
    try:
        return {r[0] for r in con.execute("SELECT nik FROM peserta WHERE deleted_at IS NULL")}
    finally:
        con.close()


def sync_json(db: Path, central: Path) -> tuple[int, dict[str, Any]]:
    proc = run("sync", str(central), "--db", str(db), "--json")
    return proc.returncode, json.loads(proc.stdout.strip().splitlines()[-1])


def join_args(folder: Path, root: Path, wilayah: str) -> tuple[str, ...]:
    """The ``setup`` arguments with which a new office joins the kabupaten of ``root``: the
    root's ``kantor undang`` join file."""
    out = folder / f"undangan-{wilayah}-{len(list(folder.glob('undangan-*')))}.json"
    run("kantor", "undang", "--db", str(root), "--wilayah", wilayah, "--out", str(out))
    return ("--join", str(out))
