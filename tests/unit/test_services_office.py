"""services.office: first-run set-up, office changes and operators."""

from __future__ import annotations

from pathlib import Path

import pytest

from jamsostek_desk.domain.errors import UserError, ValidationError
from jamsostek_desk.services import peserta as svc
from jamsostek_desk.services.auth import sign_in
from jamsostek_desk.services.context import AppContext, load_context
from jamsostek_desk.services.office import (
    add_operator,
    get_office,
    has_office,
    list_operators,
    setup_office,
    update_office,
)
from jamsostek_desk.store.db import Database, open_database
from jamsostek_desk.store.errors import NoOffice
from jamsostek_desk.store.models import Kantor

DESA = "63.03.05.2012"  # Bincau, Kecamatan Martapura, Kabupaten Banjar


def error_keys(caught: pytest.ExceptionInfo[ValidationError]) -> set[str]:
    return set(caught.value.errors)


# --- set-up -----------------------------------------------------------------------------------


def test_setup_dinas_office(db: Database, office) -> None:
    assert not has_office(db)
    ctx = setup_office(db, office(nama="  Dinas   PMD  Banjar "), "  operator satu ")
    assert has_office(db)
    assert ctx.kantor_nama == "Dinas PMD Banjar"  # spaces tidied
    assert ctx.kantor_jenis == "dinas_pmd"
    assert ctx.wilayah_kode == "63.03"
    assert ctx.kabupaten_kode == "63.03"
    assert ctx.operator_nama == "Operator Satu"  # name cleaned like every other name
    assert load_context(db) == ctx
    assert get_office(db).kepala_nip == "197001012000031001"


def test_setup_village_office(db: Database, office) -> None:
    ctx = setup_office(db, office(jenis="desa", wilayah_kode=DESA, nama="Desa Bincau"), "Ani")
    assert ctx.kantor_jenis == "desa"
    assert ctx.wilayah_kode == DESA
    assert ctx.kabupaten_kode == "63.03"  # its people are checked against the kabupaten


def test_setup_accepts_undotted_code(db: Database, office) -> None:
    ctx = setup_office(db, office(jenis="disnakertrans", wilayah_kode="6303"), "Ani")
    assert ctx.wilayah_kode == "63.03"


@pytest.mark.parametrize(
    ("changes", "operator", "field", "words"),
    [
        ({"jenis": "kecamatan"}, "Ani", "jenis", "Jenis kantor"),
        ({"jenis": ""}, "Ani", "jenis", "Jenis kantor"),
        ({"wilayah_kode": DESA}, "Ani", "wilayah_kode", "kode kabupaten/kota"),
        ({"jenis": "desa", "wilayah_kode": "63.03"}, "Ani", "wilayah_kode", "kode desa"),
        ({"jenis": "desa", "wilayah_kode": ""}, "Ani", "wilayah_kode", "Pilih desa"),
        ({"wilayah_kode": ""}, "Ani", "wilayah_kode", "Pilih kabupaten"),
        ({"wilayah_kode": "99.99"}, "Ani", "wilayah_kode", "tidak ada"),
        ({"wilayah_kode": "63.99"}, "Ani", "wilayah_kode", "tidak ada"),
        ({"wilayah_kode": "Banjar"}, "Ani", "wilayah_kode", ""),
        ({"nama": ""}, "Ani", "nama", "wajib"),
        ({"nama": "   \t "}, "Ani", "nama", "wajib"),
        ({"kepala_nip": "1970abc"}, "Ani", "kepala_nip", "angka"),
        ({}, "", "operator", "wajib"),
        ({}, "   ", "operator", "wajib"),
    ],
)
def test_setup_validation_names_the_field(
    db: Database, office, table_counts, changes, operator, field, words
) -> None:
    before = table_counts()
    with pytest.raises(ValidationError) as caught:
        setup_office(db, office(**changes), operator)
    assert error_keys(caught) == {field}
    assert words in caught.value.errors[field]
    assert caught.value.errors[field] in str(caught.value)
    assert table_counts() == before
    assert not has_office(db)


def test_setup_reports_every_wrong_field_at_once(db: Database, office) -> None:
    with pytest.raises(ValidationError) as caught:
        setup_office(db, office(jenis="x", nama=""), "Ani")
    assert error_keys(caught) == {"jenis", "nama"}


def test_setup_reports_office_and_operator_errors_together(db: Database, office) -> None:
    """A form (or the CLI) shows all problems at once, not one round-trip per field.

    setup_office returns early from check_office's ValidationError, so an empty operator name
    is reported only after the office fields have been fixed.
    """
    with pytest.raises(ValidationError) as caught:
        setup_office(db, office(nama=""), "")
    assert error_keys(caught) == {"nama", "operator"}


def test_second_setup_is_refused(db: Database, office, table_counts) -> None:
    ctx = setup_office(db, office(), "Ani")
    before = table_counts()
    with pytest.raises(UserError) as caught:
        setup_office(db, office(nama="Kantor Lain"), "Budi")
    assert not isinstance(caught.value, ValidationError)
    assert "sudah punya kantor" in str(caught.value)
    assert table_counts() == before
    assert load_context(db).kantor_nama == ctx.kantor_nama


def test_no_office_on_an_empty_database(db: Database) -> None:
    with pytest.raises(NoOffice) as caught:
        load_context(db)
    assert "belum punya data kantor" in str(caught.value)
    with pytest.raises(NoOffice):
        get_office(db)
    with pytest.raises(NoOffice):
        list_operators(db)


def test_setup_survives_reopening(db_path: Path, office) -> None:
    db = open_database(db_path)
    ctx = setup_office(db, office(), "Ani")
    db.close()
    again = open_database(db_path)
    try:
        assert load_context(again) == AppContext(
            db=again,
            kantor_id=ctx.kantor_id,
            kantor_nama=ctx.kantor_nama,
            kantor_jenis=ctx.kantor_jenis,
            wilayah_kode=ctx.wilayah_kode,
            operator_id=ctx.operator_id,
            operator_nama=ctx.operator_nama,
        )
    finally:
        again.close()


# --- changing the office ----------------------------------------------------------------------


def version_of_office(ctx: AppContext) -> int:
    with ctx.db.session() as s:
        k = s.get(Kantor, ctx.kantor_id)
        assert k is not None
        return k.version


def test_update_office(ctx: AppContext, office) -> None:
    v0 = version_of_office(ctx)
    new = update_office(ctx, office(nama="Dinas PMD Banjar Baru", telepon=" 0511  123 "))
    assert new.kantor_nama == "Dinas PMD Banjar Baru"
    assert new.kantor_id == ctx.kantor_id
    stored = get_office(ctx.db)
    assert stored.nama == "Dinas PMD Banjar Baru"
    assert stored.telepon == "0511 123"
    assert version_of_office(ctx) > v0


def test_update_office_validates(ctx: AppContext, office) -> None:
    with pytest.raises(ValidationError) as caught:
        update_office(ctx, office(nama="", kepala_nip="x"))
    assert error_keys(caught) == {"nama", "kepala_nip"}
    assert get_office(ctx.db).nama == ctx.kantor_nama


def test_region_can_change_before_anyone_is_registered(ctx: AppContext, office) -> None:
    new = update_office(ctx, office(wilayah_kode="63.02"))
    assert new.wilayah_kode == "63.02"


def test_region_is_fixed_once_people_are_registered(ctx: AppContext, office, gen) -> None:
    svc.create_peserta(ctx, gen.make())
    with pytest.raises(ValidationError) as caught:
        update_office(ctx, office(wilayah_kode="63.02"))
    assert error_keys(caught) == {"wilayah_kode"}
    with pytest.raises(ValidationError):
        update_office(ctx, office(jenis="desa", wilayah_kode=DESA))
    assert get_office(ctx.db).wilayah_kode == "63.03"
    # Other fields still change.
    assert update_office(ctx, office(nama="Nama Baru")).kantor_nama == "Nama Baru"


# --- operators --------------------------------------------------------------------------------


def test_add_operator_and_sign_in_as_them(ctx: AppContext, gen) -> None:
    new_id = add_operator(ctx, "  budi   santoso ", password="sandi-budi-1")
    assert sorted(n for _, n in list_operators(ctx.db)) == ["Budi Santoso", "Operator Satu"]
    switched = sign_in(ctx.db, new_id, "sandi-budi-1")
    assert switched.operator_id == new_id
    assert switched.operator_nama == "Budi Santoso"
    assert switched.peran == "operator"
    assert load_context(ctx.db).operator_id == new_id  # offered first next time
    saved = svc.create_peserta(switched, gen.make())
    assert svc.history(switched, saved.id)[0].operator_nama == "Budi Santoso"


@pytest.mark.parametrize("name", ["", "   ", "operator satu"])
def test_add_operator_refuses_empty_or_existing_names(ctx: AppContext, name: str) -> None:
    with pytest.raises(ValidationError) as caught:
        add_operator(ctx, name)
    assert error_keys(caught) == {"operator"}
    assert len(list_operators(ctx.db)) == 1


def test_sign_in_as_unknown_operator_is_refused(ctx: AppContext) -> None:
    with pytest.raises(UserError, match="Operator tidak ditemukan"):
        sign_in(ctx.db, "00000000-0000-4000-8000-000000000000", "apa saja 123")
    assert load_context(ctx.db).operator_id == ctx.operator_id


def test_office_changes_are_in_the_audit_trail(ctx) -> None:  # type: ignore[no-untyped-def]
    from jamsostek_desk.services import audit
    from jamsostek_desk.services.office import get_office, update_office

    data = get_office(ctx.db)
    old_alamat = data.alamat
    data.alamat = "Jl. Audit No. 1"
    update_office(ctx, data)
    with ctx.db.session() as s:
        entries = [e for e in audit.history(s, "kantor", ctx.kantor_id) if e.aksi == "ubah"]
    assert len(entries) == 1
    assert entries[0].perubahan == {"alamat": (old_alamat, "Jl. Audit No. 1")}
    assert entries[0].operator_nama == ctx.operator_nama
    update_office(ctx, data)  # nothing changed: nothing recorded
    with ctx.db.session() as s:
        kinds = [e.aksi for e in audit.history(s, "kantor", ctx.kantor_id)]
    assert kinds == ["ubah", "buat"]  # set-up is recorded too
