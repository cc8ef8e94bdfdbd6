"""Trust between offices, through the command line only: a desa database edited by hand cannot
rewrite the kabupaten, bad values are set aside without stopping anyone, a Dinas card reads
ASLI at the desa."""

from __future__ import annotations

import json
import sqlite3
import uuid
from pathlib import Path

import openpyxl
import pytest

from jamsostek_desk.domain.errors import UserError
from jamsostek_desk.domain.wilayah import load_wilayah
from jamsostek_desk.services import peserta as ps
from jamsostek_desk.services.context import AppContext
from jamsostek_desk.services.sync import container, keys
from jamsostek_desk.services.sync.engine import rejected_items, sync
from jamsostek_desk.services.sync.records import COLUMNS
from jamsostek_desk.services.sync.trust import seal
from tests.unit.cli_offices import KABUPATEN, join_args, niks, run, setup, sync_json, write_list
from tests.unit.pdf_helpers import decode_qr
from tests.unit.sync_helpers import PASS, generator, make_office, snapshot, two_desa


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
        con.execute(
            f"INSERT INTO peserta ({cols}) VALUES ({', '.join('?' * len(row))})",
            tuple(row.values()),
        )
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


@pytest.mark.slow
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
    far_future = (2**41) << 16  # a clock set decades ahead
    future_nik = listed[2][:12] + "0999"
    _forge(desa, listed[2], future_nik, own, far_future)

    # the desa needs no passphrase: it came with the join file (kept in its key file)
    proc = run("sync", str(central), "--db", str(desa), passphrase=False)
    assert proc.returncode in (0, 1), proc.stderr
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
    # a card printed at the Dinas reads ASLI at the desa office once it has synced: BPJS's
    # result list makes the desa's people active at the Dinas, which prints their cards
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Daftar hasil pendaftaran"])
    ws.append(["No", "NIK", "Nama", "No KPJ", "Status", "Tgl Mulai"])
    for i, nik in enumerate(listed):
        ws.append([i + 1, nik, "", f"{12345678900 + i}", "AKTIF", "01-12-2026"])
    wb.save(tmp_path / "hasil.xlsx")
    run("bpjs-import", str(tmp_path / "hasil.xlsx"), "--db", str(dinas))
    cards = tmp_path / "kartu.pdf"
    run("cards", "--db", str(dinas), "--desa", own, "--layout", "a4-10", "--out", str(cards))
    codes = decode_qr(cards, tmp_path)
    assert len(codes) == 5
    assert sync_json(desa, central)[0] in (0, 1)
    for code in codes:
        checked = run("verify", "--db", str(desa), code)
        assert checked.returncode == 0 and checked.stdout.startswith("ASLI"), checked.stdout
        assert "Dicetak oleh: Dinas PMD Banjar" in checked.stdout
    # the same file syncs again, for both, and nothing more is set aside
    code, out = sync_json(dinas, central)
    assert code == 0 and out["ditolak_baru"] == 0
    assert sync_json(desa, central)[0] in (0, 1)


# -- keys, roster, signatures (services, in process) -------------------------------------------
def _people(ctx: AppContext, n: int, seed: int) -> list[str]:
    g = generator(ctx.wilayah_kode, seed=seed)
    return [ps.create_peserta(ctx, g.make()).id for _ in range(n)]


def test_an_office_nobody_invited_waits_for_the_dinas_approval(tmp_path: Path) -> None:
    a1, _ = two_desa()
    dinas = make_office(tmp_path, "dinas")
    stranger = make_office(tmp_path, "asing", "desa", a1, join=False)
    invited = make_office(tmp_path, "desa2", "desa", a1)
    f = tmp_path / "pusat.jdsync"
    sync(dinas, f, PASS)
    ids = _people(stranger, 2, seed=5)
    sync(stranger, f, PASS)
    r = sync(dinas, f, PASS)
    assert r.kantor_menunggu == ["Kantor asing"]
    assert not set(ids) & set(snapshot(dinas)["peserta"])
    waiting = [e for e in keys.entries(dinas) if e.status == keys.WAITING]
    assert [e.kantor_id for e in waiting] == [stranger.kantor_id]
    assert len(waiting[0].sidik) == 19  # four groups of four hex digits
    # a desa office cannot approve; the Dinas can
    with pytest.raises(UserError):
        keys.approve(invited, stranger.kantor_id)
    keys.approve(dinas, stranger.kantor_id[-12:])
    r = sync(dinas, f, PASS)
    assert r.kantor_menunggu == [] and set(ids) <= set(snapshot(dinas)["peserta"])
    # the roster the Dinas sent lets another desa office of the same village trust it too
    sync(invited, f, PASS)
    assert set(ids) <= set(snapshot(invited)["peserta"])


def test_a_segment_with_a_wrong_key_or_a_changed_body_is_refused_whole(tmp_path: Path) -> None:
    a1, _ = two_desa()
    dinas = make_office(tmp_path, "dinas")
    desa = make_office(tmp_path, "desa1", "desa", a1)
    f = tmp_path / "pusat.jdsync"
    sync(dinas, f, PASS)
    _people(desa, 1, seed=6)
    sync(desa, f, PASS)
    sync(dinas, f, PASS)
    # the desa's key file is replaced (stolen database, a new key): its next segment is refused
    keys.key_path(desa).unlink()
    late = _people(desa, 1, seed=7)
    sync(desa, f, PASS)
    r = sync(dinas, f, PASS)
    assert r.ditolak_baru == 1 and late[0] not in snapshot(dinas)["peserta"]
    [why] = [x for x in rejected_items(dinas) if x.apa.startswith("Seluruh kiriman")]
    assert "Kantor desa1" in why.alasan and "kunci" in why.alasan
    # a segment whose body was changed after signing: refused whole, naming the office
    sf = container.read_file(f, PASS)
    key = keys.office_key(dinas)
    meta = {"segmen": "0" * 8 + "-0000-4000-8000-" + "0" * 12, "kantor_id": dinas.kantor_id,
            "kantor_nama": dinas.kantor_nama, "kantor_jenis": "dinas_pmd",
            "wilayah": dinas.wilayah_kode, "kunci": keys.public_b64(key)}  # fmt: skip
    body = {"format": 3, "tabel": {t: {"kolom": [], "baris": []} for t in COLUMNS}}

    def tampered(m: dict[str, object], plain: bytes) -> dict[str, object]:
        return seal(key, m, plain + b"x")

    container.write(sf, list(container.encode_segment(sf, sf.records, meta, body, tampered)))
    r = sync(desa, f, PASS)
    assert r.ditolak_baru == 1
    assert any(
        "tidak cocok" in x.alasan and x.kantor == dinas.kantor_nama for x in rejected_items(desa)
    )


def test_the_key_file_is_private_and_outside_the_database(tmp_path: Path) -> None:
    dinas = make_office(tmp_path, "dinas")
    sync(dinas, tmp_path / "pusat.jdsync", PASS)
    path = keys.key_path(dinas)
    assert path.exists() and (path.stat().st_mode & 0o777) == 0o600
    private = json.loads(path.read_text())["ed25519"]
    assert private.encode() not in dinas.db.path.read_bytes()
    assert private.encode() not in (tmp_path / "pusat.jdsync").read_bytes()


def test_codes_printed_before_still_verify_and_the_old_secret_leaves_the_database(
    tmp_path: Path,
) -> None:
    from datetime import date

    from sqlalchemy import text

    from jamsostek_desk.domain.qrsign import KIND_CARD, QrPayload, mask_nik, short_ref
    from jamsostek_desk.domain.qrsign import sign as qr_sign
    from jamsostek_desk.services.context import load_context
    from jamsostek_desk.services.verifikasi import verify_code

    dinas = make_office(tmp_path, "dinas")
    pid = ps.create_peserta(dinas, generator(two_desa()[0], seed=9).make()).id
    nik = ps.get_peserta(dinas, pid).nik
    secret = bytes(range(32))
    with dinas.db.engine.begin() as conn:  # as a database of the previous version holds it
        conn.execute(
            text("INSERT INTO pengaturan (kunci, nilai) VALUES ('kunci_qr', :v)"),
            {"v": secret.hex()},
        )
    old_code = qr_sign(
        QrPayload(KIND_CARD, short_ref(pid), mask_nik(nik), date(2026, 1, 5)), secret
    )
    assert old_code.startswith("JD1:")
    ctx = load_context(dinas.db)  # start-up: the secret moves to the key file
    with dinas.db.engine.connect() as conn:
        left = conn.execute(text("SELECT count(*) FROM pengaturan WHERE kunci = 'kunci_qr'"))
        assert left.scalar_one() == 0
    assert secret.hex().encode() not in dinas.db.path.read_bytes()
    assert verify_code(ctx, old_code).genuine
    # at another office the old form cannot be checked, and says why
    other = make_office(tmp_path, "desa1", "desa", two_desa()[0])
    result = verify_code(other, old_code)
    assert not result.genuine and "kantor yang mencetaknya" in result.details[0][1]


def test_kantor_list_and_setujui_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from jamsostek_desk.cli import main

    a1, _ = two_desa()
    dinas = make_office(tmp_path, "dinas")
    stranger = make_office(tmp_path, "asing", "desa", a1, join=False)
    f = tmp_path / "pusat.jdsync"
    sync(dinas, f, PASS)
    _people(stranger, 1, seed=3)
    sync(stranger, f, PASS)
    sync(dinas, f, PASS)
    db = str(dinas.db.path)
    capsys.readouterr()
    assert main(["kantor", "list", "--db", db, "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    waiting = [r for r in rows if r["status"] == "menunggu"]
    assert [r["id"] for r in waiting] == [stranger.kantor_id]
    assert len(waiting[0]["sidik_kunci"]) == 19
    assert any(r["kantor_ini"] and r["status"] == "root" for r in rows)
    assert main(["kantor", "setujui", "--db", db, "tidak-ada-id"]) == 1
    assert "tidak ada di daftar" in capsys.readouterr().err
    assert main(["kantor", "setujui", "--db", db, stranger.kantor_id]) == 0
    assert "disetujui" in capsys.readouterr().out
    # a desa office cannot invite
    assert main(["kantor", "undang", "--db", str(stranger.db.path), "--wilayah", a1,
                 "--out", str(tmp_path / "u.json")]) == 1  # fmt: skip
    assert not (tmp_path / "u.json").exists()
