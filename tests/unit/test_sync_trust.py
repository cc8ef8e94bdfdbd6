"""Trust between offices, through the command line only: a desa database edited by hand cannot
rewrite the kabupaten, bad values are set aside without stopping anyone, a Dinas card reads
ASLI at the desa."""

from __future__ import annotations

import json
import sqlite3
import uuid
from pathlib import Path

from jamsostek_desk.domain.wilayah import load_wilayah
from tests.unit.cli_offices import KABUPATEN, join_args, niks, run, setup, sync_json, write_list


def _two_desa_in_different_kecamatan() -> tuple[str, str]:
    desa = load_wilayah().desa_in(KABUPATEN)
    first = desa[0].kode
    other = next(d.kode for d in desa if d.kode.rsplit(".", 1)[0] != first.rsplit(".", 1)[0])
    return first, other


def _forge(db: Path, template_nik: str, nik: str, desa: str, version: int) -> str:
    """A participant written straight into the database (as sqlite3 on the command line
    would), a copy of an existing one with another id, NIK and desa."""
    con = sqlite3.connect(db)
    try:
        con.row_factory = sqlite3.Row
        row = dict(con.execute("SELECT * FROM peserta WHERE nik = ?", (template_nik,)).fetchone())
        row.update(
            id=str(uuid.uuid4()),
            nik=nik,
            desa_kode=desa,
            nama="ORANG SELUNDUPAN",
            version=version,
            versi_kolom=None,
            seq=int(con.execute("SELECT max(seq) FROM peserta").fetchone()[0]) + 1,
        )
        cols = ", ".join(row)
        con.execute(f"INSERT INTO peserta ({cols}) VALUES ({', '.join('?' * len(row))})", tuple(row.values()))
        con.commit()
        return str(row["id"])
    finally:
        con.close()


def _scalar(db: Path, sql: str, *params: object) -> object:
    con = sqlite3.connect(db)
    try:
        return con.execute(sql, params).fetchone()[0]
    finally:
        con.close()


def test_a_desa_database_edited_by_hand_cannot_rewrite_the_kabupaten(tmp_path: Path) -> None:
    own, elsewhere = _two_desa_in_different_kecamatan()
    dinas, desa = tmp_path / "dinas.sqlite", tmp_path / "desa.sqlite"
    central = tmp_path / "pusat.jdsync"
    setup(dinas, "dinas-pmd", KABUPATEN, "Dinas PMD Banjar")
    assert sync_json(dinas, central)[0] == 0
    setup(desa, "desa", own, "Kantor Desa Satu", *join_args(tmp_path, dinas, own))
    listed = write_list(tmp_path / "desa.xlsx", 5, seed=8, desa=own)
    run("import", str(tmp_path / "desa.xlsx"), "--db", str(desa), "--kategori", "pekerja_rentan")
    assert sync_json(desa, central)[0] == 0
    assert sync_json(dinas, central)[0] == 0
    assert set(listed) <= niks(dinas)

    # the insider's edits, straight into the desa's database
    clock = _scalar(desa, "SELECT nilai FROM pengaturan WHERE kunci = 'hlc'")
    high = int(str(clock)) + (1000 << 16)  # a second ahead of the desa's clock
    con = sqlite3.connect(desa)
    con.execute(
        "UPDATE kantor SET nama = 'DINAS PALSU', version = ? WHERE jenis = 'dinas_pmd'", (high,)
    )
    con.commit()
    con.close()
    stray_nik = elsewhere.replace(".", "")[:6] + listed[0][6:12] + "0077"
    letter_nik = listed[1][:12] + "12A4"
    _forge(desa, listed[0], stray_nik, elsewhere, high + 1)
    _forge(desa, listed[1], letter_nik, own, high + 2)
    far_future = ((2**41) << 16)  # a clock set decades ahead
    future_nik = listed[2][:12] + "0999"
    _forge(desa, listed[2], future_nik, own, far_future)

    code, _ = sync_json(desa, central)
    assert code in (0, 1)
    code, out = sync_json(dinas, central)
    assert code in (0, 1)
    rows = json.loads(run("kantor", "ditolak", "--db", str(dinas), "--json").stdout)
    assert out["ditolak_baru"] >= 3, [(r["apa"], r["alasan"]) for r in rows]
    assert _scalar(dinas, "SELECT nama FROM kantor WHERE jenis = 'dinas_pmd'") == "Dinas PMD Banjar"
    got = niks(dinas)
    assert stray_nik not in got and letter_nik not in got and future_nik not in got
    assert set(listed) <= got
    # the clock of the Dinas did not move into the future
    assert int(_scalar(dinas, "SELECT nilai FROM pengaturan WHERE kunci = 'hlc'")) < far_future  # type: ignore[arg-type]
    # set aside, with the office, what and why; in the audit log under the sending office
    rows = json.loads(run("kantor", "ditolak", "--db", str(dinas), "--json").stdout)
    reasons = " | ".join(r["alasan"] for r in rows)
    assert all(r["kantor"] == "Kantor Desa Satu" for r in rows)
    assert "kantor lain" in reasons and "wilayah" in reasons and "masa depan" in reasons
    assert "NIK" in reasons
    assert _scalar(
        dinas,
        "SELECT count(*) FROM audit_log a JOIN kantor k ON k.id = a.kantor_id "
        "WHERE a.aksi = 'ditolak_sinkron' AND k.nama = 'Kantor Desa Satu'",
    ) == len(rows)
    # the same file syncs again, for both, and nothing more is set aside
    code, out = sync_json(dinas, central)
    assert code == 0 and out["ditolak_baru"] == 0
    assert sync_json(desa, central)[0] in (0, 1)
