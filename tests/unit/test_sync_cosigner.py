"""A second kabupaten-level office (Disnakertrans beside the Dinas PMD) joins the central file
like a desa office, and the root can make it a co-signer of the roster: it then invites and
approves offices, and its roster is taken by every office. A desa office that claims to be
a co-signer (its database edited by hand) is not believed."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from jamsostek_desk.domain.errors import UserError
from jamsostek_desk.services import peserta as ps
from jamsostek_desk.services.context import AppContext
from jamsostek_desk.services.sync import keys
from jamsostek_desk.services.sync.engine import rejected_items, sync
from tests.unit.cli_offices import KABUPATEN, join_args, niks, run, setup, sync_json, write_list
from tests.unit.sync_helpers import PASS, generator, make_office, snapshot, two_desa


def _people(ctx: AppContext, n: int, seed: int, desa: str | None = None) -> list[str]:
    g = generator(desa or ctx.wilayah_kode, seed=seed)
    return [ps.create_peserta(ctx, g.make()).id for _ in range(n)]


def _status(ctx: AppContext, office: AppContext) -> str:
    """The status of ``office`` in the roster as ``ctx`` knows it."""
    return {e.kantor_id: e.status for e in keys.entries(ctx)}[office.kantor_id]


def _root(ctx: AppContext) -> str:
    return next(e.kantor_id for e in keys.entries(ctx) if e.status == keys.ROOT)


def _offices(tmp_path: Path) -> tuple[AppContext, AppContext, Path]:
    """The Dinas PMD (root) and a Disnakertrans it invited; the Dinas has seen it."""
    dinas = make_office(tmp_path, "dinas")
    nak = make_office(tmp_path, "nakertrans", "disnakertrans", KABUPATEN)
    f = tmp_path / "pusat.jdsync"
    sync(dinas, f, PASS)
    sync(nak, f, PASS)
    sync(dinas, f, PASS)
    return dinas, nak, f


def _name(dinas: AppContext, nak: AppContext, f: Path) -> None:
    keys.name_cosigner(dinas, nak.kantor_id[-12:])
    sync(dinas, f, PASS)  # the roster that names it travels
    sync(nak, f, PASS)


def test_a_disnakertrans_joins_like_a_desa_and_changes_the_whole_kabupaten(
    tmp_path: Path,
) -> None:
    a1, a2 = two_desa()
    dinas, nak, f = _offices(tmp_path)
    desa = make_office(tmp_path, "desa1", "desa", a1)
    ids = _people(nak, 1, seed=11, desa=a1) + _people(nak, 1, seed=12, desa=a2)
    sync(nak, f, PASS)
    r = sync(dinas, f, PASS)
    assert r.ditolak_baru == 0 and set(ids) <= set(snapshot(dinas)["peserta"])
    sync(desa, f, PASS)
    assert ids[0] in snapshot(desa)["peserta"] and ids[1] not in snapshot(desa)["peserta"]
    assert _status(desa, nak) == keys.APPROVED  # from the root's roster
    # without a join file it waits for the Dinas, then goes in like a desa office
    other = make_office(tmp_path, "nakertrans2", "disnakertrans", KABUPATEN, join=False)
    late = _people(other, 1, seed=13, desa=a2)
    sync(other, f, PASS)
    assert sync(dinas, f, PASS).kantor_menunggu == ["Kantor nakertrans2"]
    keys.approve(dinas, other.kantor_id)
    sync(dinas, f, PASS)
    assert set(late) <= set(snapshot(dinas)["peserta"])


def test_only_the_root_names_a_co_signer_and_only_a_kabupaten_office(tmp_path: Path) -> None:
    a1, _ = two_desa()
    dinas, nak, f = _offices(tmp_path)
    desa = make_office(tmp_path, "desa1", "desa", a1)
    sync(desa, f, PASS)
    sync(dinas, f, PASS)
    with pytest.raises(UserError, match="bukan kantor tingkat kabupaten"):
        keys.name_cosigner(dinas, desa.kantor_id)
    with pytest.raises(UserError, match="akar"):
        keys.name_cosigner(dinas, dinas.kantor_id)
    with pytest.raises(UserError, match="Hanya Dinas PMD"):
        keys.name_cosigner(desa, nak.kantor_id)
    # before it is named, the Disnakertrans cannot invite or approve
    with pytest.raises(UserError, match="penanda tangan"):
        keys.invite(nak, a1)
    done = keys.name_cosigner(dinas, nak.kantor_id)
    assert done.status == keys.COSIGNER
    with pytest.raises(UserError, match="sudah menjadi penanda tangan"):
        keys.name_cosigner(dinas, nak.kantor_id)
    sync(dinas, f, PASS)
    sync(nak, f, PASS)
    sync(desa, f, PASS)
    # every office learns it from the root's roster; the co-signer itself too
    assert _status(nak, nak) == _status(desa, nak) == _status(dinas, nak) == keys.COSIGNER
    # a co-signer cannot name another one, nor take itself the root's place
    with pytest.raises(UserError, match="Hanya Dinas PMD"):
        keys.name_cosigner(nak, desa.kantor_id)
    assert _root(nak) == dinas.kantor_id


def test_a_co_signer_invites_and_approves_and_every_office_follows(tmp_path: Path) -> None:
    a1, a2 = two_desa()
    dinas, nak, f = _offices(tmp_path)
    _name(dinas, nak, f)
    # a desa invited by the Disnakertrans: its segments are accepted at the Dinas
    desa = make_office(tmp_path, "desa1", "desa", a1, join=False)
    keys.join(desa, keys.invite(nak, a1))
    assert _root(desa) == dinas.kantor_id
    assert _status(desa, nak) == keys.COSIGNER  # from the root's roster in the join file
    mine = _people(desa, 3, seed=21)
    sync(desa, f, PASS)
    r = sync(dinas, f, PASS)
    assert r.kantor_menunggu == [] and r.ditolak_baru == 0
    assert set(mine) <= set(snapshot(dinas)["peserta"])
    assert _status(dinas, desa) == keys.APPROVED
    # an office nobody invited, approved by the co-signer (not by the Dinas)
    stranger = make_office(tmp_path, "asing", "desa", a2, join=False)
    theirs = _people(stranger, 2, seed=22)
    sync(stranger, f, PASS)
    assert sync(nak, f, PASS).kantor_menunggu == ["Kantor asing"]
    keys.approve(nak, stranger.kantor_id[-12:])
    sync(nak, f, PASS)  # its roster, signed by it, travels
    r = sync(dinas, f, PASS)
    assert r.kantor_menunggu == [] and set(theirs) <= set(snapshot(dinas)["peserta"])
    assert _status(dinas, stranger) == keys.APPROVED
    # a desa office invited by the root trusts it as well (the co-signer's roster, then the
    # root's, which now lists it too)
    desa2 = make_office(tmp_path, "desa2", "desa", a2)
    sync(desa2, f, PASS)
    assert set(theirs) <= set(snapshot(desa2)["peserta"])
    assert rejected_items(dinas) == [] and rejected_items(desa2) == []


def test_a_desa_that_claims_to_be_a_co_signer_is_not_believed(tmp_path: Path) -> None:
    a1, _ = two_desa()
    dinas, nak, f = _offices(tmp_path)
    _name(dinas, nak, f)
    desa = make_office(tmp_path, "desa1", "desa", a1)
    stranger = make_office(tmp_path, "asing", "desa", a1, join=False)
    theirs = _people(stranger, 1, seed=31)
    sync(stranger, f, PASS)
    sync(desa, f, PASS)  # it sees the stranger, waiting
    # the insider's edit: the desa names itself a co-signer and trusts the stranger (the
    # root's roster does not list the desa yet, so its next sync keeps the claim and sends a
    # roster signed by itself; once listed, the root's roster would take the claim back)
    con = sqlite3.connect(desa.db.path)
    con.execute("UPDATE sync_kantor SET status = 'penanda' WHERE kantor_id = ?", (desa.kantor_id,))
    con.execute(
        "UPDATE sync_kantor SET status = 'disetujui' WHERE kantor_id = ?", (stranger.kantor_id,)
    )
    con.commit()
    con.close()
    own = _people(desa, 1, seed=32)
    sync(desa, f, PASS)  # its segment carries a roster it signed itself
    r = sync(dinas, f, PASS)
    assert r.kantor_menunggu == ["Kantor asing"]
    got = set(snapshot(dinas)["peserta"])
    assert not set(theirs) & got and set(own) <= got  # its own data is judged as usual
    assert _status(dinas, stranger) == keys.WAITING and _status(dinas, desa) == keys.APPROVED
    [why] = [x for x in rejected_items(dinas) if x.apa.startswith("Daftar kantor")]
    assert why.kantor == "Kantor desa1" and "bukan penanda tangan" in why.alasan
    assert "Kantor asing" in why.alasan
    sync(nak, f, PASS)
    assert not set(theirs) & set(snapshot(nak)["peserta"])
    assert any(x.apa == "Daftar kantor dari Kantor desa1" for x in rejected_items(nak))
    # reported once, however often the file is synced again
    sync(dinas, f, PASS)
    assert len([x for x in rejected_items(dinas) if x.apa.startswith("Daftar kantor")]) == 1


def test_a_revoked_co_signer_can_no_longer_add_offices(tmp_path: Path) -> None:
    _, a2 = two_desa()
    dinas, nak, f = _offices(tmp_path)
    _name(dinas, nak, f)
    stranger = make_office(tmp_path, "asing", "desa", a2, join=False)
    theirs = _people(stranger, 1, seed=41)
    sync(stranger, f, PASS)
    sync(nak, f, PASS)
    keys.name_cosigner(dinas, nak.kantor_id, revoke=True)  # not synced yet
    keys.approve(nak, stranger.kantor_id)  # the Disnakertrans does not know yet
    sync(nak, f, PASS)
    r = sync(dinas, f, PASS)
    assert r.kantor_menunggu == ["Kantor asing"] and not set(theirs) & set(
        snapshot(dinas)["peserta"]
    )
    [why] = [x for x in rejected_items(dinas) if x.apa.startswith("Daftar kantor")]
    assert "Kantor nakertrans" in why.alasan and "dicabut" in why.alasan
    sync(nak, f, PASS)  # learns the revocation from the root's roster
    assert _status(nak, nak) == keys.APPROVED
    with pytest.raises(UserError, match="penanda tangan"):
        keys.invite(nak, a2)


def test_a_join_file_of_a_co_signer_the_root_never_named_is_refused(tmp_path: Path) -> None:
    a1, _ = two_desa()
    dinas, nak, f = _offices(tmp_path)
    _name(dinas, nak, f)
    data = keys.invite(nak, a1)
    keys.check_join(data, "desa", a1)
    # the root's roster in it replaced by an older one that does not name the co-signer
    forged = json.loads(json.dumps(data))
    forged["daftar"] = keys.invite(dinas, a1)["daftar"]
    for d in forged["daftar"]["kantor"]:
        d.pop("penanda", None)
    with pytest.raises(UserError, match="tidak tercatat sebagai penanda tangan"):
        keys.check_join(forged, "desa", a1)
    forged["daftar"] = keys.invite(dinas, a1)["daftar"]
    forged["undangan"]["wilayah"] = two_desa()[1]
    with pytest.raises(UserError, match="tidak cocok"):
        keys.check_join(forged, "desa", two_desa()[1])


@pytest.mark.slow
def test_three_offices_through_the_command_line(tmp_path: Path) -> None:
    """Dinas PMD (root), Disnakertrans made co-signer, a desa the Disnakertrans invited: the
    desa's people reach the Dinas."""
    a1, _ = two_desa()
    dinas, nak, desa = (tmp_path / f"{n}.sqlite" for n in ("dinas", "nakertrans", "desa"))
    central = tmp_path / "pusat.jdsync"
    setup(dinas, "dinas-pmd", KABUPATEN, "Dinas PMD Banjar")
    assert sync_json(dinas, central)[0] == 0
    setup(nak, "disnakertrans", KABUPATEN, "Disnakertrans Banjar",
          *join_args(tmp_path, dinas, KABUPATEN))  # fmt: skip
    assert sync_json(nak, central)[0] == 0
    assert sync_json(dinas, central)[0] == 0
    rows = json.loads(run("kantor", "list", "--db", str(dinas), "--json").stdout)
    [nak_id] = [r["id"] for r in rows if r["jenis"] == "disnakertrans"]
    # a desa office cannot name one; the root can
    proc = run("kantor", "penanda-tangan", "--db", str(nak), nak_id)
    assert proc.returncode == 1 and "Hanya Dinas PMD" in proc.stderr
    proc = run("kantor", "penanda-tangan", "--db", str(dinas), nak_id[-12:])
    assert proc.returncode == 0 and "penanda tangan" in proc.stdout, proc.stderr
    assert sync_json(dinas, central)[0] == 0
    assert sync_json(nak, central)[0] == 0
    # the Disnakertrans invites a desa office
    setup(desa, "desa", a1, "Kantor Desa Satu", *join_args(tmp_path, nak, a1))
    listed = write_list(tmp_path / "desa.xlsx", 4, seed=51, desa=a1)
    run("import", str(tmp_path / "desa.xlsx"), "--db", str(desa), "--kategori", "pekerja_rentan")
    assert sync_json(desa, central)[0] == 0
    code, out = sync_json(dinas, central)
    assert code == 0 and out["kantor_menunggu"] == [] and out["ditolak_baru"] == 0
    assert set(listed) <= niks(dinas)
    rows = json.loads(run("kantor", "list", "--db", str(dinas), "--json").stdout)
    assert {r["nama"]: r["status"] for r in rows} == {
        "Dinas PMD Banjar": "root",
        "Disnakertrans Banjar": "penanda",
        "Kantor Desa Satu": "disetujui",
    }
    text = run("kantor", "list", "--db", str(desa)).stdout
    assert "penanda tangan" in text and "akar (Dinas)" in text


def test_compaction_keeps_what_the_co_signer_sent_and_approved(tmp_path: Path) -> None:
    from jamsostek_desk.services.sync.compact import compact

    _, a2 = two_desa()
    dinas, nak, f = _offices(tmp_path)
    _name(dinas, nak, f)
    own = _people(nak, 2, seed=61, desa=a2)
    stranger = make_office(tmp_path, "asing", "desa", a2, join=False)
    theirs = _people(stranger, 1, seed=62)
    sync(stranger, f, PASS)
    sync(nak, f, PASS)
    keys.approve(nak, stranger.kantor_id)
    sync(nak, f, PASS)
    sync(dinas, f, PASS)
    compact(dinas, f, PASS)
    # an office that starts from the compacted file gets all of it, trusting both offices
    late = make_office(tmp_path, "desa2", "desa", a2)
    r = sync(late, f, PASS)
    assert r.kantor_menunggu == [] and r.ditolak_baru == 0
    assert set(own + theirs) <= set(snapshot(late)["peserta"])
    assert _status(late, nak) == keys.COSIGNER and _status(late, stranger) == keys.APPROVED


def test_a_card_printed_by_the_co_signer_is_genuine_at_a_desa(tmp_path: Path) -> None:
    from datetime import date

    from jamsostek_desk.domain.nik import mask_nik
    from jamsostek_desk.domain.qrsign import KIND_CARD, QrPayload, short_ref, sign
    from jamsostek_desk.services.cetak_settings import qr_key
    from jamsostek_desk.services.verifikasi import verify_code

    a1, _ = two_desa()
    dinas, nak, f = _offices(tmp_path)
    _name(dinas, nak, f)
    [pid] = _people(nak, 1, seed=71, desa=a1)
    sync(nak, f, PASS)
    desa = make_office(tmp_path, "desa1", "desa", a1)
    sync(desa, f, PASS)
    nik = ps.get_peserta(nak, pid).nik
    with nak.db.session() as s:
        code = sign(QrPayload(KIND_CARD, short_ref(pid), mask_nik(nik), date.today()), qr_key(s))
    result = verify_code(desa, code)
    assert result.genuine, result.details
