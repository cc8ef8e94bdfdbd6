"""services.peserta: register, change, deactivate, delete and restore, with the audit trail."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from jamsostek_desk.domain.errors import ValidationError
from jamsostek_desk.domain.peserta import AhliWarisData, PesertaData
from jamsostek_desk.services import peserta as svc
from jamsostek_desk.services.context import AppContext
from jamsostek_desk.services.synthetic import Generator
from jamsostek_desk.store.models import AhliWaris, AuditLog, Peserta

MISSING_ID = "00000000-0000-4000-8000-000000000000"


def person(gen: Generator, **changes: object) -> PesertaData:
    """A valid participant without heirs or nonaktif fields, then ``changes``."""
    d = gen.make()
    d.status, d.nonaktif_alasan, d.nonaktif_tanggal = "aktif", None, None
    d.kpj = d.kpj or "12345678901"
    d.ahli_waris = []
    for key, value in changes.items():
        setattr(d, key, value)
    return d


def row(ctx: AppContext, peserta_id: str) -> Peserta:
    with ctx.db.session() as s:
        p = s.get(Peserta, peserta_id)
        assert p is not None
        return p


def heirs(ctx: AppContext, peserta_id: str) -> list[AhliWaris]:
    with ctx.db.session() as s:
        return list(
            s.execute(select(AhliWaris).where(AhliWaris.peserta_id == peserta_id)).scalars()
        )


def audit_rows(ctx: AppContext, peserta_id: str) -> list[AuditLog]:
    with ctx.db.session() as s:
        return list(
            s.execute(
                select(AuditLog).where(AuditLog.entitas_id == peserta_id).order_by(AuditLog.version)
            ).scalars()
        )


# --- create -----------------------------------------------------------------------------------


def test_create_stores_the_cleaned_record(ctx: AppContext, gen) -> None:
    d = person(gen, nama="  siti   AMINAH ", no_hp="0812-3456-7890", rt="5", rw="12")
    dotted = f"{d.nik[:2]}.{d.nik[2:4]}.{d.nik[4:6]}.{d.nik[6:12]}.{d.nik[12:]}"
    saved = svc.create_peserta(ctx, replace(d, nik=dotted))
    assert saved.warnings == {}
    p = row(ctx, saved.id)
    assert p.nik == d.nik  # digits only
    assert p.nama == "Siti Aminah"
    assert p.no_hp == "081234567890"
    assert (p.rt, p.rw) == ("005", "012")
    assert p.kantor_id == ctx.kantor_id
    assert p.seq == 1
    got = svc.get_peserta(ctx, saved.id)
    assert got.id == saved.id and got.nama == "Siti Aminah" and got.kpj == d.kpj
    assert svc.lookup_nik(ctx, d.nik) == (saved.id, "Siti Aminah")
    assert svc.lookup_nik(ctx, "6303010101800001") is None


def test_create_writes_a_buat_audit_entry_with_the_fields(ctx: AppContext, gen) -> None:
    d = person(gen)
    d.ahli_waris = [AhliWarisData("Budi Santoso", "Suami", no_hp="081234567890")]
    saved = svc.create_peserta(ctx, d)
    [entry] = svc.history(ctx, saved.id)
    assert entry.aksi == "buat"
    assert entry.aksi_label == "Didaftarkan"
    assert entry.operator_nama == ctx.operator_nama
    changes = entry.perubahan
    assert changes["nik"] == ("", d.nik)
    assert changes["nama"] == ("", d.nama)
    assert changes["tanggal_lahir"] == ("", d.tanggal_lahir.strftime("%d-%m-%Y"))  # type: ignore[union-attr]
    assert changes["program_jkk"] == ("", "Ya")
    assert changes["program_jht"] == ("", "Ya" if d.program_jht else "Tidak")
    assert changes["ahli_waris"] == ("", "Budi Santoso (Suami, HP 081234567890)")
    assert "catatan" not in changes  # empty fields are not listed
    [log] = audit_rows(ctx, saved.id)
    assert (log.kantor_id, log.operator_id, log.entitas) == (
        ctx.kantor_id,
        ctx.operator_id,
        "peserta",
    )
    assert json.loads(log.perubahan)["nama"] == ["", d.nama]


def test_duplicate_nik_is_refused_with_the_existing_record(ctx: AppContext, gen, table_counts):
    first = person(gen)
    saved = svc.create_peserta(ctx, first)
    before = table_counts()
    nik = first.nik
    for typed in (nik, f" {nik[:6]}.{nik[6:12]}.{nik[12:]} ", "'" + nik):
        with pytest.raises(svc.DuplicateNik) as caught:
            svc.create_peserta(ctx, person(gen, nik=typed))
        assert caught.value.existing_id == saved.id
        assert caught.value.existing_nama == row(ctx, saved.id).nama
        assert caught.value.nik == nik
        assert row(ctx, saved.id).nama in str(caught.value)
    assert table_counts() == before


# --- validation -------------------------------------------------------------------------------


def _outside_desa() -> str:
    return Generator("63.02", seed=1).make().desa_kode


INVALID: list[tuple[str, Callable[[PesertaData], None], str]] = [
    ("nik-short", lambda d: setattr(d, "nik", "630301120180"), "nik"),
    ("nik-letters", lambda d: setattr(d, "nik", "63030112018O0001"), "nik"),
    ("nik-empty", lambda d: setattr(d, "nik", ""), "nik"),
    ("nik-bad-month", lambda d: setattr(d, "nik", "6303011213800001"), "nik"),
    ("nik-excel-int", lambda d: setattr(d, "nik", int(d.nik)), "nik"),
    ("nik-excel-float", lambda d: setattr(d, "nik", float(d.nik)), "nik"),
    ("nik-excel-text", lambda d: setattr(d, "nik", "6,30301E+15"), "nik"),
    ("nama-empty", lambda d: setattr(d, "nama", "  "), "nama"),
    ("nama-digits", lambda d: setattr(d, "nama", "Budi 2"), "nama"),
    ("nama-formula", lambda d: setattr(d, "nama", '=HYPERLINK("http://x","y")'), "nama"),
    ("nama-brackets", lambda d: setattr(d, "nama", "Budi (Ucok)"), "nama"),
    ("ibu-at", lambda d: setattr(d, "nama_ibu", "@Siti"), "nama_ibu"),
    ("lahir-empty", lambda d: setattr(d, "tanggal_lahir", None), "tanggal_lahir"),
    (
        "lahir-future",
        lambda d: setattr(d, "tanggal_lahir", date.today() + timedelta(days=30)),
        "tanggal_lahir",
    ),
    ("jk-x", lambda d: setattr(d, "jenis_kelamin", "X"), "jenis_kelamin"),
    ("desa-empty", lambda d: setattr(d, "desa_kode", ""), "desa_kode"),
    ("desa-unknown", lambda d: setattr(d, "desa_kode", "63.03.05.9999"), "desa_kode"),
    ("desa-kecamatan", lambda d: setattr(d, "desa_kode", "63.03.05"), "desa_kode"),
    ("desa-outside", lambda d: setattr(d, "desa_kode", _outside_desa()), "desa_kode"),
    ("rt-letters", lambda d: setattr(d, "rt", "1a"), "rt"),
    ("kpj-short", lambda d: setattr(d, "kpj", "1234567890"), "kpj"),
    ("kpj-long", lambda d: setattr(d, "kpj", "123456789012"), "kpj"),
    ("kpj-letters", lambda d: setattr(d, "kpj", "1234567890A"), "kpj"),
    (
        "aparat-no-jabatan",
        lambda d: (setattr(d, "kategori", "aparat_desa"), setattr(d, "jabatan", " ")),
        "jabatan",
    ),
    (
        "rentan-no-pekerjaan",
        lambda d: (setattr(d, "kategori", "pekerja_rentan"), setattr(d, "pekerjaan", "")),
        "pekerjaan",
    ),
    ("kategori-unknown", lambda d: setattr(d, "kategori", "pns"), "kategori"),
    ("no-jkm", lambda d: setattr(d, "program_jkm", False), "program_jkk"),
    ("sumber-dana", lambda d: setattr(d, "sumber_dana", ""), "sumber_dana"),
    ("upah-negative", lambda d: setattr(d, "upah", -5), "upah"),
    ("nonaktif-no-reason", lambda d: setattr(d, "status", "nonaktif"), "nonaktif_alasan"),
    ("hp-bad", lambda d: setattr(d, "no_hp", "12"), "no_hp"),
    (
        "akhir-before-mulai",
        lambda d: (
            setattr(d, "mulai_kepesertaan", date(2025, 5, 1)),
            setattr(d, "akhir_kepesertaan", date(2025, 1, 1)),
        ),
        "akhir_kepesertaan",
    ),
    (
        "heir-same-nik",
        lambda d: setattr(d, "ahli_waris", [AhliWarisData("Budi", "Anak", nik=d.nik)]),
        "ahli_waris",
    ),
    ("heir-no-name", lambda d: setattr(d, "ahli_waris", [AhliWarisData("", "Anak")]), "ahli_waris"),
]


@pytest.mark.parametrize(("change", "field"), [c[1:] for c in INVALID], ids=[c[0] for c in INVALID])
def test_invalid_participant_is_refused_and_nothing_written(
    ctx: AppContext, gen, table_counts, change, field
) -> None:
    svc.create_peserta(ctx, person(gen))  # a database that is not empty
    before = table_counts()
    d = person(gen)
    change(d)
    with pytest.raises(ValidationError) as caught:
        svc.create_peserta(ctx, d)
    assert field in caught.value.errors, caught.value.errors
    assert caught.value.errors[field]
    assert table_counts() == before


def test_excel_number_nik_explains_the_lost_digit(ctx: AppContext, gen) -> None:
    d = person(gen)
    d.nik = int(d.nik)  # type: ignore[assignment]  # as it arrives from a number cell
    with pytest.raises(ValidationError) as caught:
        svc.create_peserta(ctx, d)
    assert "angka" in caught.value.errors["nik"]
    assert "15" in caught.value.errors["nik"]


def test_update_is_validated_and_writes_nothing(ctx: AppContext, gen, table_counts) -> None:
    saved = svc.create_peserta(ctx, person(gen))
    before = table_counts()
    d = svc.get_peserta(ctx, saved.id)
    original = row(ctx, saved.id).nama
    d.nama = "Nama Baru"
    d.kpj = "123"
    with pytest.raises(ValidationError) as caught:
        svc.update_peserta(ctx, saved.id, d)
    assert set(caught.value.errors) == {"kpj"}
    assert table_counts() == before
    assert row(ctx, saved.id).nama == original


# --- warnings ---------------------------------------------------------------------------------


def test_birth_date_differing_from_nik_is_saved_with_a_warning(ctx: AppContext, gen) -> None:
    d = person(gen)
    typed = d.tanggal_lahir.replace(year=d.tanggal_lahir.year - 1)  # type: ignore[union-attr]
    d.tanggal_lahir = typed
    saved = svc.create_peserta(ctx, d)
    assert set(saved.warnings) == {"tanggal_lahir"}  # on the field that differs
    assert "berbeda" in saved.warnings["tanggal_lahir"]
    assert row(ctx, saved.id).tanggal_lahir == typed  # the typed date is kept


def test_sex_differing_from_nik_is_a_warning(ctx: AppContext, gen) -> None:
    d = person(gen)
    d.jenis_kelamin = "P" if d.jenis_kelamin == "L" else "L"
    saved = svc.create_peserta(ctx, d)
    assert set(saved.warnings) == {"jenis_kelamin"}
    assert row(ctx, saved.id).jenis_kelamin == d.jenis_kelamin


def test_low_income_is_a_warning(ctx: AppContext, gen) -> None:
    d = person(gen, kategori="pekerja_rentan", pekerjaan="Petani", upah=500_000)
    saved = svc.create_peserta(ctx, d)
    assert set(saved.warnings) == {"upah"}
    assert row(ctx, saved.id).upah == 500_000


# --- update -----------------------------------------------------------------------------------


def test_update_records_exactly_the_changed_fields(ctx: AppContext, gen) -> None:
    saved = svc.create_peserta(ctx, person(gen, alamat="Jl. Lama No. 1", program_jht=False))
    old = row(ctx, saved.id)
    d = svc.get_peserta(ctx, saved.id)
    d.nama = "Rahmat Hidayat"
    d.alamat = "Jl. Baru No. 2"
    d.program_jht = True
    d.kpj = ""
    result = svc.update_peserta(ctx, saved.id, d)
    assert result.id == saved.id
    entries = svc.history(ctx, saved.id)
    assert [e.aksi for e in entries] == ["ubah", "buat"]
    assert entries[0].perubahan == {
        "nama": (old.nama, "Rahmat Hidayat"),
        "alamat": ("Jl. Lama No. 1", "Jl. Baru No. 2"),
        "program_jht": ("Tidak", "Ya"),
        "kpj": (old.kpj, ""),
    }
    new = row(ctx, saved.id)
    assert (new.nama, new.alamat, new.program_jht, new.kpj) == (
        "Rahmat Hidayat",
        "Jl. Baru No. 2",
        True,
        None,
    )
    assert new.version > old.version


def test_saving_unchanged_data_writes_nothing(ctx: AppContext, gen, table_counts) -> None:
    d = person(gen, rt="7", no_hp="+62 812 3456 7890", nama="siti  aminah")
    d.ahli_waris = [
        AhliWarisData("budi", "Anak"),
        AhliWarisData("Ani", "Anak", "", "0812-1111-2222"),
    ]
    saved = svc.create_peserta(ctx, d)
    before, version = table_counts(), row(ctx, saved.id).version
    again = svc.update_peserta(ctx, saved.id, svc.get_peserta(ctx, saved.id))
    assert again.id == saved.id
    assert table_counts() == before
    assert row(ctx, saved.id).version == version
    assert len(svc.history(ctx, saved.id)) == 1


def test_update_to_a_nik_of_another_live_participant(ctx: AppContext, gen) -> None:
    a = svc.create_peserta(ctx, person(gen))
    b_data = person(gen)
    b = svc.create_peserta(ctx, b_data)
    d = svc.get_peserta(ctx, a.id)
    d.nik = b_data.nik
    with pytest.raises(svc.DuplicateNik) as caught:
        svc.update_peserta(ctx, a.id, d)
    assert caught.value.existing_id == b.id
    assert row(ctx, a.id).nik != b_data.nik


def test_heirs_added_changed_and_removed(ctx: AppContext, gen) -> None:
    d = person(gen)
    d.ahli_waris = [
        AhliWarisData("Siti Aminah", "Istri"),
        AhliWarisData("Rizki Pratama", "Anak"),
        AhliWarisData("Nur Hidayah", "Anak"),
    ]
    saved = svc.create_peserta(ctx, d)
    first = {a.nama: a for a in svc.get_peserta(ctx, saved.id).ahli_waris}
    assert set(first) == {"Siti Aminah", "Rizki Pratama", "Nur Hidayah"}
    assert all(a.id for a in first.values())

    d = svc.get_peserta(ctx, saved.id)
    kept = next(a for a in d.ahli_waris if a.nama == "Siti Aminah")
    changed = next(a for a in d.ahli_waris if a.nama == "Rizki Pratama")
    changed.no_hp = "081234567890"
    d.ahli_waris = [kept, changed, AhliWarisData("Fajar Saputra", "Anak")]  # Nur removed
    svc.update_peserta(ctx, saved.id, d)

    now = {a.nama: a for a in svc.get_peserta(ctx, saved.id).ahli_waris}
    assert set(now) == {"Siti Aminah", "Rizki Pratama", "Fajar Saputra"}
    assert now["Siti Aminah"].id == first["Siti Aminah"].id
    assert now["Rizki Pratama"].id == first["Rizki Pratama"].id
    assert now["Rizki Pratama"].no_hp == "081234567890"
    assert now["Fajar Saputra"].id not in {a.id for a in first.values()}

    stored = {a.id: a for a in heirs(ctx, saved.id)}
    assert len(stored) == 4  # the removed heir is a tombstone, not gone
    gone = stored[first["Nur Hidayah"].id]
    assert gone.deleted_at is not None
    assert gone.version == row(ctx, saved.id).version
    assert stored[first["Siti Aminah"].id].deleted_at is None
    assert stored[first["Siti Aminah"].id].version < gone.version  # untouched row kept its version

    entry = svc.history(ctx, saved.id)[0]
    assert set(entry.perubahan) == {"ahli_waris"}
    old_text, new_text = entry.perubahan["ahli_waris"]
    assert "Nur Hidayah" in old_text and "Nur Hidayah" not in new_text
    assert "Fajar Saputra" in new_text


def test_heirs_keep_the_order_they_were_entered_in(ctx: AppContext, gen) -> None:
    """The form lists heirs as typed (spouse first, then the children by age).

    Heirs saved together share one created_at and are read back ordered by
    (created_at, id): random UUIDs decide the order.
    """
    names = ["Siti Aminah", "Ahmad Fauzan", "Rizki Pratama", "Nur Hidayah", "Dewi Lestari", "Ani"]
    d = person(gen)
    d.ahli_waris = [AhliWarisData(n, "Anak") for n in names]
    saved = svc.create_peserta(ctx, d)
    assert [a.nama for a in svc.get_peserta(ctx, saved.id).ahli_waris] == names


def test_removing_all_heirs(ctx: AppContext, gen) -> None:
    d = person(gen)
    d.ahli_waris = [AhliWarisData("Siti Aminah", "Istri")]
    saved = svc.create_peserta(ctx, d)
    d = svc.get_peserta(ctx, saved.id)
    d.ahli_waris = []
    svc.update_peserta(ctx, saved.id, d)
    assert svc.get_peserta(ctx, saved.id).ahli_waris == []
    assert [h.deleted_at is not None for h in heirs(ctx, saved.id)] == [True]


# --- deactivate and reactivate ----------------------------------------------------------------


def test_deactivate_and_reactivate(ctx: AppContext, gen) -> None:
    saved = svc.create_peserta(ctx, person(gen, kpj="12345678901"))
    svc.deactivate(ctx, saved.id, "meninggal", date(2025, 3, 4), "  Kecelakaan kerja ")
    p = row(ctx, saved.id)
    assert (p.status, p.nonaktif_alasan, p.nonaktif_tanggal, p.nonaktif_keterangan) == (
        "nonaktif",
        "meninggal",
        date(2025, 3, 4),
        "Kecelakaan kerja",
    )
    entry = svc.history(ctx, saved.id)[0]
    assert entry.aksi == "nonaktif"
    assert entry.perubahan["status"] == ("aktif", "nonaktif")
    assert entry.perubahan["nonaktif_alasan"] == ("", "meninggal")
    assert entry.perubahan["nonaktif_tanggal"] == ("", "04-03-2025")

    svc.reactivate(ctx, saved.id)
    p = row(ctx, saved.id)
    assert (p.status, p.nonaktif_alasan, p.nonaktif_tanggal, p.nonaktif_keterangan) == (
        "aktif",
        None,
        None,
        "",
    )
    entry = svc.history(ctx, saved.id)[0]
    assert entry.aksi == "aktif"
    assert entry.perubahan["status"] == ("nonaktif", "aktif")


def test_reactivate_without_kpj_returns_to_didaftarkan(ctx: AppContext, gen) -> None:
    saved = svc.create_peserta(ctx, person(gen, kpj="", status="didaftarkan"))
    svc.deactivate(ctx, saved.id, "pindah", date(2025, 1, 1))
    svc.reactivate(ctx, saved.id)
    assert row(ctx, saved.id).status == "didaftarkan"


def test_reactivate_an_active_participant_does_nothing(ctx: AppContext, gen) -> None:
    saved = svc.create_peserta(ctx, person(gen))
    version = row(ctx, saved.id).version
    svc.reactivate(ctx, saved.id)
    assert row(ctx, saved.id).version == version
    assert len(svc.history(ctx, saved.id)) == 1


@pytest.mark.parametrize(
    ("alasan", "tanggal", "field"),
    [
        ("", date(2025, 1, 1), "nonaktif_alasan"),
        ("kabur", date(2025, 1, 1), "nonaktif_alasan"),
        ("pindah", date.today() + timedelta(days=1), "nonaktif_tanggal"),
    ],
)
def test_deactivate_is_validated(ctx: AppContext, gen, table_counts, alasan, tanggal, field):
    saved = svc.create_peserta(ctx, person(gen))
    before = table_counts()
    with pytest.raises(ValidationError) as caught:
        svc.deactivate(ctx, saved.id, alasan, tanggal)
    assert set(caught.value.errors) == {field}
    assert table_counts() == before
    assert row(ctx, saved.id).status == "aktif"


# --- delete and restore -----------------------------------------------------------------------


def test_delete_and_undo(ctx: AppContext, gen) -> None:
    d = person(gen)
    saved = svc.create_peserta(ctx, d)
    svc.delete_peserta(ctx, saved.id)
    assert row(ctx, saved.id).deleted_at is not None
    assert svc.lookup_nik(ctx, d.nik) is None
    for call in (
        lambda: svc.get_peserta(ctx, saved.id),
        lambda: svc.delete_peserta(ctx, saved.id),
        lambda: svc.deactivate(ctx, saved.id, "pindah", date(2025, 1, 1)),
        lambda: svc.reactivate(ctx, saved.id),
        lambda: svc.update_peserta(ctx, saved.id, d),
    ):
        with pytest.raises(svc.NotFound):
            call()

    svc.undo_delete(ctx, saved.id)
    assert row(ctx, saved.id).deleted_at is None
    assert svc.get_peserta(ctx, saved.id).nik == d.nik
    assert [e.aksi for e in svc.history(ctx, saved.id)] == ["pulihkan", "hapus", "buat"]
    assert [e.aksi_label for e in svc.history(ctx, saved.id)][:2] == ["Dipulihkan", "Dihapus"]
    svc.undo_delete(ctx, saved.id)  # restoring a live record is a no-op
    assert len(svc.history(ctx, saved.id)) == 3


def test_undo_refused_when_the_nik_was_registered_again(ctx: AppContext, gen, table_counts):
    d = person(gen)
    old = svc.create_peserta(ctx, d)
    svc.delete_peserta(ctx, old.id)
    new = svc.create_peserta(ctx, replace(d, nama="Nama Lain"))
    before = table_counts()
    with pytest.raises(svc.DuplicateNik) as caught:
        svc.undo_delete(ctx, old.id)
    assert caught.value.existing_id == new.id
    assert caught.value.existing_nama == "Nama Lain"
    assert table_counts() == before
    assert row(ctx, old.id).deleted_at is not None


def test_unknown_id_is_not_found(ctx: AppContext, gen) -> None:
    with pytest.raises(svc.NotFound) as caught:
        svc.get_peserta(ctx, MISSING_ID)
    assert "tidak ditemukan" in str(caught.value)
    with pytest.raises(svc.NotFound):
        svc.undo_delete(ctx, MISSING_ID)
    with pytest.raises(svc.NotFound):
        svc.update_peserta(ctx, MISSING_ID, person(gen))
