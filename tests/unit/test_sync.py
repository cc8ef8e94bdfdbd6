"""Sync through a central file: what travels, idempotence, scope, conflicts, duplicate NIKs."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from jamsostek_desk.services import peserta as ps
from jamsostek_desk.services.context import AppContext
from jamsostek_desk.services.sync import conflicts
from jamsostek_desk.services.sync.engine import file_statuses, pending_counts, sync
from tests.unit.sync_helpers import (
    PASS,
    fts_consistent,
    generator,
    make_office,
    snapshot,
    two_desa,
)


@pytest.fixture
def offices(tmp_path: Path) -> tuple[AppContext, AppContext, AppContext, Path]:
    a1, a2 = two_desa()
    return (
        make_office(tmp_path, "dinas"),
        make_office(tmp_path, "desa1", "desa", a1),
        make_office(tmp_path, "desa2", "desa", a2),
        tmp_path / "pusat.jdsync",
    )


def _nik_count(ctx: AppContext, nik: str) -> int:
    with ctx.db.engine.connect() as conn:
        return int(
            conn.execute(
                text("SELECT count(*) FROM peserta WHERE nik = :n AND deleted_at IS NULL"),
                {"n": nik},
            ).scalar_one()
        )


def test_first_sync_creates_file_and_dinas_receives_everything(offices) -> None:
    dinas, desa1, _, f = offices
    g = generator(desa1.wilayah_kode)
    ids = [ps.create_peserta(desa1, g.make()).id for _ in range(6)]
    r1 = sync(desa1, f, PASS)
    assert r1.berkas_baru and r1.keluar["peserta"] == 6 and f.exists()
    r2 = sync(dinas, f, PASS)
    assert r2.masuk["peserta_baru"] == 6 and r2.keluar["peserta"] == 0
    assert snapshot(dinas) == snapshot(desa1)
    assert fts_consistent(dinas)
    # the audit trail at the Dinas says where the rows came from
    hist = ps.history(dinas, ids[0])
    assert hist[0].aksi == "sinkron" and "Kantor desa1" in hist[0].perubahan["sinkron"][1]
    # and the Dinas can find them by name through the search index
    from jamsostek_desk.services.peserta_list import PesertaFilter, count

    first_word = ps.get_peserta(dinas, ids[0]).nama.split()[0].strip(".")
    assert count(dinas.db, PesertaFilter(search=first_word)) >= 1


def test_second_sync_changes_nothing(offices) -> None:
    dinas, desa1, _, f = offices
    g = generator(desa1.wilayah_kode)
    for _ in range(3):
        ps.create_peserta(desa1, g.make())
    sync(desa1, f, PASS)
    sync(dinas, f, PASS)
    before_file = f.read_bytes()
    before = (snapshot(dinas), snapshot(desa1))
    for ctx in (dinas, desa1, dinas):
        r = sync(ctx, f, PASS)
        assert r.keluar == {"kantor": 0, "peserta": 0, "ahli_waris": 0}
        assert r.masuk["peserta_baru"] == r.masuk["peserta_diubah"] == 0
    assert f.read_bytes() == before_file
    assert (snapshot(dinas), snapshot(desa1)) == before


def test_kpj_deactivation_deletion_and_heirs_travel_back_to_the_desa(offices) -> None:
    dinas, desa1, _, f = offices
    g = generator(desa1.wilayah_kode)
    a = ps.create_peserta(desa1, g.make()).id
    b = ps.create_peserta(desa1, g.make()).id
    sync(desa1, f, PASS)
    sync(dinas, f, PASS)
    d = ps.get_peserta(dinas, a)
    d.kpj, d.status, d.mulai_kepesertaan = "12345678901", "aktif", date(2026, 1, 5)
    d.ahli_waris = [ps.AhliWarisData("Siti Aminah", "Istri", "", "081234567890")]
    ps.update_peserta(dinas, a, d)
    ps.deactivate(dinas, b, "meninggal", date(2026, 2, 1))
    sync(dinas, f, PASS)
    sync(desa1, f, PASS)
    got = ps.get_peserta(desa1, a)
    assert got.kpj == "12345678901" and got.status == "aktif"
    assert [h.nama for h in got.ahli_waris] == ["Siti Aminah"]
    assert ps.get_peserta(desa1, b).nonaktif_alasan == "meninggal"
    ps.delete_peserta(desa1, b)
    sync(desa1, f, PASS)
    sync(dinas, f, PASS)
    with pytest.raises(ps.NotFound):
        ps.get_peserta(dinas, b)
    assert snapshot(dinas) == snapshot(desa1)
    assert fts_consistent(dinas) and fts_consistent(desa1)


def test_a_desa_pulls_only_its_own_desa(offices) -> None:
    dinas, desa1, desa2, f = offices
    ps.create_peserta(desa1, generator(desa1.wilayah_kode, 1).make())
    ps.create_peserta(desa2, generator(desa2.wilayah_kode, 2).make())
    for ctx in (desa1, desa2, dinas, desa1, desa2):
        sync(ctx, f, PASS)
    assert len(snapshot(dinas)["peserta"]) == 2
    assert len(snapshot(desa1)["peserta"]) == 1
    assert len(snapshot(desa2)["peserta"]) == 1
    assert snapshot(desa1) == snapshot(dinas, desa1.wilayah_kode)


def test_same_participant_changed_at_two_offices_is_a_conflict(offices) -> None:
    dinas, desa1, _, f = offices
    pid = ps.create_peserta(desa1, generator(desa1.wilayah_kode).make()).id
    sync(desa1, f, PASS)
    sync(dinas, f, PASS)
    d = ps.get_peserta(dinas, pid)
    d.no_hp, d.alamat = "081111111111", "Jl. Dinas 1"
    ps.update_peserta(dinas, pid, d)
    e = ps.get_peserta(desa1, pid)
    e.no_hp, e.rt = "082222222222", "009"
    ps.update_peserta(desa1, pid, e)  # later: the higher version wins
    sync(dinas, f, PASS)
    r = sync(desa1, f, PASS)
    assert r.konflik_baru == 1 and r.menunggu == 1
    items = conflicts.open_items(desa1)
    assert len(items) == 1 and items[0].jenis == "konflik"
    by_field = {c.field: c for c in items[0].fields}
    assert list(by_field) == ["no_hp"]  # address and RT were changed at one office each
    assert by_field["no_hp"].lokal == "082222222222"
    assert by_field["no_hp"].masuk == "081111111111"
    assert by_field["no_hp"].pemenang == "lokal"
    assert by_field["no_hp"].diubah == f"Diubah di kantor ini dan di {dinas.kantor_nama}"
    got = ps.get_peserta(desa1, pid)  # merged already: each office's own change is kept
    assert (got.no_hp, got.alamat, got.rt) == ("082222222222", "Jl. Dinas 1", "009")
    # the user takes the Dinas's address and keeps the desa's phone
    conflicts.resolve(desa1, items[0].id, {"alamat": "masuk", "no_hp": "lokal"})
    assert conflicts.open_items(desa1) == []
    sync(desa1, f, PASS)
    sync(dinas, f, PASS)
    for ctx in (desa1, dinas):
        got = ps.get_peserta(ctx, pid)
        assert (got.no_hp, got.alamat, got.rt) == ("082222222222", "Jl. Dinas 1", "009")
    assert snapshot(dinas) == snapshot(desa1)


def test_same_nik_at_two_offices_becomes_a_pair_to_merge(offices) -> None:
    dinas, desa1, _, f = offices
    person = generator(desa1.wilayah_kode).make()
    ps.create_peserta(desa1, person)
    twin = generator(desa1.wilayah_kode).make()  # same seed: the same person, typed again
    assert twin.nik == person.nik
    twin.no_hp = "089999999999"
    ps.create_peserta(dinas, twin)
    sync(desa1, f, PASS)
    r = sync(dinas, f, PASS)  # no IntegrityError: the incoming one waits aside
    assert r.duplikat_baru == 1 and r.menunggu == 1
    assert _nik_count(dinas, person.nik) == 1
    item = conflicts.open_items(dinas)[0]
    assert item.jenis == "duplikat" and item.nik == person.nik
    conflicts.resolve(dinas, item.id, {"no_hp": "masuk"})
    assert conflicts.open_items(dinas) == []
    sync(dinas, f, PASS)
    sync(desa1, f, PASS)
    for ctx in (dinas, desa1):
        assert _nik_count(ctx, person.nik) == 1
        assert fts_consistent(ctx)
    assert snapshot(dinas) == snapshot(desa1)
    assert conflicts.open_items(desa1) == []


def test_status_of_files_and_pending_changes(offices) -> None:
    _, desa1, _, f = offices
    g = generator(desa1.wilayah_kode)
    ps.create_peserta(desa1, g.make())
    assert pending_counts(desa1)["peserta"] == 1
    sync(desa1, f, PASS)
    assert pending_counts(desa1)["peserta"] == 0
    ps.create_peserta(desa1, g.make())
    assert pending_counts(desa1)["peserta"] == 1
    [status] = file_statuses(desa1)
    assert status.path == str(f) and status.jumlah == 1
    assert status.ringkasan["keluar"]["peserta"] == 1


def test_both_offices_merging_the_same_pair_keep_the_same_one(offices) -> None:
    dinas, desa1, _, f = offices
    person = generator(desa1.wilayah_kode).make()
    a = ps.create_peserta(desa1, person).id
    twin = generator(desa1.wilayah_kode).make()
    twin.alamat = "Jl. Dinas Lama 2"
    b = ps.create_peserta(dinas, twin).id
    sync(desa1, f, PASS)
    assert sync(dinas, f, PASS).duplikat_baru == 1
    assert sync(desa1, f, PASS).duplikat_baru == 1  # each office holds the other's copy
    # one office keeps its own record, the other the held one (the smaller id survives)
    conflicts.resolve(desa1, conflicts.open_items(desa1)[0].id, {"alamat": "masuk"})
    conflicts.resolve(dinas, conflicts.open_items(dinas)[0].id, {})
    for ctx in (desa1, dinas, desa1, dinas):
        sync(ctx, f, PASS)
    survivor = min(a, b)
    for ctx in (desa1, dinas):
        assert _nik_count(ctx, person.nik) == 1
        assert ps.lookup_nik(ctx, person.nik) == (survivor, person.nama)
        assert fts_consistent(ctx)
        assert conflicts.open_items(ctx) == [] or all(
            i.jenis == "konflik" for i in conflicts.open_items(ctx)
        )
    assert snapshot(dinas) == snapshot(desa1)


def test_choosing_this_offices_value_after_the_other_side_won(offices) -> None:
    dinas, desa1, _, f = offices
    pid = ps.create_peserta(desa1, generator(desa1.wilayah_kode).make()).id
    sync(desa1, f, PASS)
    sync(dinas, f, PASS)
    d = ps.get_peserta(dinas, pid)
    d.no_hp = "081111111111"
    ps.update_peserta(dinas, pid, d)  # earlier
    e = ps.get_peserta(desa1, pid)
    e.no_hp = "082222222222"
    ps.update_peserta(desa1, pid, e)  # later: wins everywhere
    sync(desa1, f, PASS)
    r = sync(dinas, f, PASS)
    assert r.konflik_baru == 1
    assert ps.get_peserta(dinas, pid).no_hp == "082222222222"  # the later one, for now
    [item] = conflicts.open_items(dinas)
    assert {c.field: c.pemenang for c in item.fields} == {"no_hp": "masuk"}
    conflicts.resolve(dinas, item.id, {"no_hp": "lokal"})  # the Dinas knows better
    assert ps.get_peserta(dinas, pid).no_hp == "081111111111"
    sync(dinas, f, PASS)
    sync(desa1, f, PASS)
    assert ps.get_peserta(desa1, pid).no_hp == "081111111111"
    assert snapshot(dinas) == snapshot(desa1)


def _on_both_sides(dinas, desa1, f, n: int) -> list[str]:
    g = generator(desa1.wilayah_kode, seed=41)
    pids = []
    for _ in range(n):  # registered, not yet known to BPJS
        d = g.make()
        d.status, d.kpj, d.mulai_kepesertaan, d.akhir_kepesertaan = "didaftarkan", "", None, None
        pids.append(ps.create_peserta(desa1, d).id)
    sync(desa1, f, PASS)
    sync(dinas, f, PASS)
    return pids


def test_a_later_edit_elsewhere_never_undoes_a_death_or_a_deletion(offices) -> None:
    """Issue 5 review, defect 1: the Dinas gives a KPJ (and status aktif) to two people the
    desa has meanwhile deleted and recorded as dead; the desa syncs first."""
    dinas, desa1, _, f = offices
    ika, joko = _on_both_sides(dinas, desa1, f, 2)
    ps.delete_peserta(desa1, ika)
    ps.deactivate(desa1, joko, "meninggal", date(2026, 11, 3))
    sync(desa1, f, PASS)
    for pid, kpj in ((ika, "67890123456"), (joko, "78901234567")):
        d = ps.get_peserta(dinas, pid)
        d.kpj, d.status = kpj, "aktif"
        ps.update_peserta(dinas, pid, d)  # later than the desa's changes
    r = sync(dinas, f, PASS)
    sync(desa1, f, PASS)
    for ctx in (dinas, desa1):
        with pytest.raises(ps.NotFound):
            ps.get_peserta(ctx, ika)
        got = ps.get_peserta(ctx, joko)
        assert (got.status, got.nonaktif_alasan, got.kpj) == (
            "nonaktif",
            "meninggal",
            "78901234567",
        )
    assert snapshot(dinas) == snapshot(desa1)
    # the office whose edit lost is told, and settling with the defaults keeps the outcome
    assert r.konflik_baru == 2
    items = {i.nama: i for i in conflicts.open_items(dinas)}
    assert len(items) == 2
    for item in items.values():  # the deletion or death is the default, each side is named
        by_field = {c.field: c for c in item.fields}
        kept = by_field["deleted_at"] if "deleted_at" in by_field else by_field["status"]
        assert kept.pemenang == "masuk" and kept.diubah.endswith(f"di {desa1.kantor_nama}")
        assert all(c.diubah for c in item.fields)
    assert conflicts.resolve_all(dinas) == 2
    sync(dinas, f, PASS)
    sync(desa1, f, PASS)
    assert ps.get_peserta(desa1, joko).nonaktif_alasan == "meninggal"
    assert snapshot(dinas) == snapshot(desa1)


def test_a_deletion_is_kept_and_reported_when_the_other_side_synced_first(offices) -> None:
    dinas, desa1, _, f = offices
    [pid] = _on_both_sides(dinas, desa1, f, 1)
    d = ps.get_peserta(dinas, pid)
    d.kpj = "67890123456"
    ps.update_peserta(dinas, pid, d)
    sync(dinas, f, PASS)
    ps.delete_peserta(desa1, pid)  # later, not knowing the KPJ
    r = sync(desa1, f, PASS)
    sync(dinas, f, PASS)
    assert r.konflik_baru == 1
    [item] = conflicts.open_items(desa1)
    assert {c.field for c in item.fields} == {"deleted_at", "kpj"}
    for ctx in (dinas, desa1):
        with pytest.raises(ps.NotFound):
            ps.get_peserta(ctx, pid)
    assert snapshot(dinas) == snapshot(desa1)


def test_changes_to_different_fields_at_two_offices_both_survive(offices) -> None:
    """Defect 1, KPJ lost: the Dinas sets the KPJ and status; the desa only changes heirs."""
    dinas, desa1, _, f = offices
    [pid] = _on_both_sides(dinas, desa1, f, 1)
    d = ps.get_peserta(dinas, pid)
    d.kpj, d.status, d.mulai_kepesertaan = "12345678901", "aktif", date(2026, 1, 1)
    ps.update_peserta(dinas, pid, d)
    e = ps.get_peserta(desa1, pid)
    e.ahli_waris = [ps.AhliWarisData("Anak Ahmad", "Anak")]
    e.no_hp = "082233445566"
    ps.update_peserta(desa1, pid, e)  # later
    r1 = sync(dinas, f, PASS)
    r2 = sync(desa1, f, PASS)
    sync(dinas, f, PASS)
    for ctx in (dinas, desa1):
        got = ps.get_peserta(ctx, pid)
        assert (got.kpj, got.status, got.no_hp) == ("12345678901", "aktif", "082233445566")
        assert [h.nama for h in got.ahli_waris] == ["Anak Ahmad"]
    assert r1.konflik_baru == r2.konflik_baru == 0
    assert conflicts.open_items(desa1) == conflicts.open_items(dinas) == []
    assert snapshot(dinas) == snapshot(desa1)


def test_an_older_copy_of_the_central_file_gets_what_it_lacks(offices) -> None:
    """Defect 2: a second flash disk holding an older copy of the file must not lose changes."""
    dinas, desa1, _, f = offices
    g = generator(desa1.wilayah_kode, seed=77)
    first = ps.create_peserta(desa1, g.make()).id
    sync(desa1, f, PASS)
    copy2 = f.parent / "copy2.jdsync"
    shutil.copy(f, copy2)  # an older copy: it lacks what comes next
    kiki = ps.create_peserta(desa1, g.make()).id
    assert sync(desa1, f, PASS).keluar["peserta"] == 1
    r = sync(desa1, copy2, PASS)
    assert r.keluar["peserta"] == 1  # Kiki, again: copy2 lacks her
    assert sync(desa1, copy2, PASS).keluar["peserta"] == 0  # and then nothing more
    sync(dinas, copy2, PASS)
    assert {first, kiki} <= set(snapshot(dinas)["peserta"])
    # the two copies went different ways; each ends up complete
    late = ps.create_peserta(desa1, g.make()).id
    sync(desa1, copy2, PASS)
    sync(desa1, f, PASS)
    other = make_office(f.parent, "dinas2")
    sync(other, f, PASS)
    assert {first, kiki, late} <= set(snapshot(other)["peserta"])
    assert snapshot(other, desa1.wilayah_kode) == snapshot(desa1)


def test_a_participant_moved_into_another_desa_arrives_with_all_heirs(offices) -> None:
    """Defect 3: heirs added while the participant was outside desa 2 must follow the move."""
    dinas, desa1, desa2, f = offices
    [pid] = _on_both_sides(dinas, desa1, f, 1)
    sync(desa2, f, PASS)
    d = ps.get_peserta(desa1, pid)
    d.ahli_waris = [ps.AhliWarisData("Anak Ahmad", "Anak")]
    ps.update_peserta(desa1, pid, d)
    sync(desa1, f, PASS)
    sync(desa2, f, PASS)  # skips the heir: the participant is not in its area
    sync(dinas, f, PASS)
    d = ps.get_peserta(dinas, pid)
    d.desa_kode = desa2.wilayah_kode
    ps.update_peserta(dinas, pid, d)
    sync(dinas, f, PASS)
    sync(desa2, f, PASS)
    assert [h.nama for h in ps.get_peserta(desa2, pid).ahli_waris] == ["Anak Ahmad"]
    assert snapshot(desa2) == snapshot(dinas, desa2.wilayah_kode)


def _offline_before_the_others_sync(offices):
    """Issue 5 re-review, defect A: desa 1 changes three people offline; desa 2 then syncs and
    the Dinas pulls it (its clock passes desa 1's changes); the Dinas then changes the same
    people, never having seen desa 1's changes; desa 1 syncs, the Dinas, desa 1 again."""
    dinas, desa1, desa2, f = offices
    umar, lina, mira = _on_both_sides(dinas, desa1, f, 3)
    [other] = _on_both_sides(dinas, desa2, f, 1)
    ps.deactivate(desa1, umar, "meninggal", date(2026, 11, 3))
    ps.delete_peserta(desa1, lina)
    d = ps.get_peserta(desa1, mira)
    d.alamat = "Jl. Desa Satu"
    ps.update_peserta(desa1, mira, d)
    d = ps.get_peserta(desa2, other)
    d.no_hp = "081299998888"
    ps.update_peserta(desa2, other, d)
    sync(desa2, f, PASS)
    sync(dinas, f, PASS)
    for pid, kpj in ((umar, "11111111111"), (lina, "22222222222")):
        d = ps.get_peserta(dinas, pid)
        d.kpj, d.status = kpj, "aktif"
        ps.update_peserta(dinas, pid, d)
    d = ps.get_peserta(dinas, mira)
    d.alamat = "Jl. Dinas"
    ps.update_peserta(dinas, mira, d)
    sync(desa1, f, PASS)
    r = sync(dinas, f, PASS)
    sync(desa1, f, PASS)
    return dinas, desa1, (umar, lina, mira), r


def test_an_offline_death_before_the_others_last_sync_wins_and_is_reported(offices) -> None:
    dinas, desa1, (umar, lina, _), r = _offline_before_the_others_sync(offices)
    assert r.masuk["peserta_diubah"] >= 2
    for ctx in (dinas, desa1):
        got = ps.get_peserta(ctx, umar)
        assert (got.status, got.nonaktif_alasan, got.kpj) == (
            "nonaktif",
            "meninggal",
            "11111111111",
        )
        with pytest.raises(ps.NotFound):
            ps.get_peserta(ctx, lina)
    items = {i.nama: {c.field: c for c in i.fields} for i in conflicts.open_items(dinas)}
    umar_name = _name(desa1, umar)
    assert items[umar_name]["status"].pemenang == "masuk"
    assert items[umar_name]["status"].diubah.endswith(f"di {desa1.kantor_nama}")
    lina_fields = items[_name(dinas, lina)]
    assert lina_fields["deleted_at"].pemenang == "masuk" and "kpj" in lina_fields
    assert snapshot(dinas, desa1.wilayah_kode) == snapshot(desa1)


def test_an_offline_address_change_that_loses_is_reported_where_it_lost(offices) -> None:
    dinas, desa1, (_, _, mira), _ = _offline_before_the_others_sync(offices)
    assert ps.get_peserta(dinas, mira).alamat == ps.get_peserta(desa1, mira).alamat
    kept = ps.get_peserta(dinas, mira).alamat
    loser = desa1 if kept == "Jl. Dinas" else dinas
    items = {i.nama: {c.field: c for c in i.fields} for i in conflicts.open_items(loser)}
    assert "alamat" in items[_name(loser, mira)]
    assert snapshot(dinas, desa1.wilayah_kode) == snapshot(desa1)


def _name(ctx: AppContext, pid: str) -> str:
    with ctx.db.engine.connect() as conn:
        return str(
            conn.execute(text("SELECT nama FROM peserta WHERE id = :i"), {"i": pid}).scalar_one()
        )
