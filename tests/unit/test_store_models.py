"""Data-model rules: UUID keys, timestamps, change versions, tombstones, database constraints."""

from __future__ import annotations

import itertools
import uuid
from datetime import date, datetime
from typing import Any

import pytest
from sqlalchemy import insert, select, text, update
from sqlalchemy.exc import IntegrityError

from jamsostek_desk.domain.clock import pack, unpack
from jamsostek_desk.domain.peserta import PESERTA_FIELDS, AhliWarisData
from jamsostek_desk.services import peserta as svc
from jamsostek_desk.services.context import AppContext
from jamsostek_desk.services.office import add_operator
from jamsostek_desk.store.models import AhliWaris, AuditLog, Kantor, Operator, Peserta, utcnow
from jamsostek_desk.store.settings import CLOCK, get_setting, set_setting

T = Peserta.__table__


def is_uuid(value: str) -> bool:
    return len(value) == 36 and str(uuid.UUID(value)) == value


def load(ctx: AppContext, peserta_id: str) -> Peserta:
    with ctx.db.session() as s:
        p = s.get(Peserta, peserta_id)
        assert p is not None
        return p


def raw_row(ctx: AppContext, gen, **changes: Any) -> dict[str, Any]:
    """A complete peserta row for Core inserts, bypassing the services' checks."""
    d = gen.make()
    row = {f: getattr(d, f) for f in PESERTA_FIELDS}
    with ctx.db.engine.connect() as conn:
        seq = conn.execute(select(T.c.seq).order_by(T.c.seq.desc()).limit(1)).scalar() or 0
    now = utcnow()
    row.update(
        id=str(uuid.uuid4()),
        seq=seq + 1,
        kantor_id=ctx.kantor_id,
        version=1,
        created_at=now,
        updated_at=now,
        deleted_at=None,
        kpj=d.kpj or None,
    )
    row.update(changes)
    return row


def insert_raw(ctx: AppContext, row: dict[str, Any]) -> None:
    with ctx.db.engine.begin() as conn:
        conn.execute(insert(T), row)


def get_setting_now(ctx: AppContext) -> str:
    with ctx.db.session() as s:
        return get_setting(s, CLOCK)


# --- keys and timestamps ----------------------------------------------------------------------


def test_every_travelling_record_has_a_uuid_key(ctx: AppContext, gen) -> None:
    d = gen.make()
    d.ahli_waris = [AhliWarisData("Siti Aminah", "Istri"), AhliWarisData("Budi Santoso", "Anak")]
    saved = svc.create_peserta(ctx, d)
    add_operator(ctx, "Operator Dua")
    with ctx.db.session() as s:
        for model in (Kantor, Operator, Peserta, AhliWaris, AuditLog):
            ids = list(s.execute(select(model.id)).scalars())
            assert ids, model.__name__
            assert all(is_uuid(i) for i in ids), (model.__name__, ids)
            assert len(set(ids)) == len(ids)
    assert is_uuid(saved.id)
    assert is_uuid(ctx.kantor_id) and is_uuid(ctx.operator_id)


def test_timestamps_are_set_and_updated(ctx: AppContext, gen) -> None:
    before = utcnow()
    saved = svc.create_peserta(ctx, gen.make())
    p = load(ctx, saved.id)
    assert isinstance(p.created_at, datetime) and isinstance(p.updated_at, datetime)
    assert p.created_at.tzinfo is None  # naive UTC by convention
    assert before <= p.created_at <= p.updated_at <= utcnow()
    assert p.deleted_at is None

    d = svc.get_peserta(ctx, saved.id)
    d.alamat = "Jl. Baru No. 9"
    svc.update_peserta(ctx, saved.id, d)
    q = load(ctx, saved.id)
    assert q.created_at == p.created_at  # creation time never moves
    assert q.updated_at >= p.updated_at
    assert q.alamat == "Jl. Baru No. 9"


def test_office_and_operator_records_carry_the_travelling_columns(ctx: AppContext) -> None:
    with ctx.db.session() as s:
        k = s.get(Kantor, ctx.kantor_id)
        o = s.get(Operator, ctx.operator_id)
        assert k is not None and o is not None
        for rec in (k, o):
            assert rec.created_at is not None and rec.updated_at is not None
            assert rec.version > 0
            assert rec.deleted_at is None
        assert o.kantor_id == k.id


# --- change versions (hybrid logical clock) ---------------------------------------------------


def test_version_increases_with_every_write(ctx: AppContext, gen) -> None:
    saved = svc.create_peserta(ctx, gen.make())
    versions = [load(ctx, saved.id).version]

    d = svc.get_peserta(ctx, saved.id)
    d.catatan = "diubah"
    svc.update_peserta(ctx, saved.id, d)
    versions.append(load(ctx, saved.id).version)

    svc.deactivate(ctx, saved.id, "pindah", date(2025, 1, 2))
    versions.append(load(ctx, saved.id).version)
    svc.reactivate(ctx, saved.id)
    versions.append(load(ctx, saved.id).version)
    svc.delete_peserta(ctx, saved.id)
    versions.append(load(ctx, saved.id).version)
    svc.undo_delete(ctx, saved.id)
    versions.append(load(ctx, saved.id).version)

    assert all(a < b for a, b in itertools.pairwise(versions)), versions
    with ctx.db.session() as s:
        audit = list(
            s.execute(select(AuditLog.version).where(AuditLog.entitas_id == saved.id)).scalars()
        )
        clock = int(get_setting(s, CLOCK))
    assert len(audit) == 6 and len(set(audit)) == 6
    assert clock >= max(versions + audit)


def test_versions_of_different_records_are_distinct_and_ordered(ctx: AppContext, gen) -> None:
    ids = [svc.create_peserta(ctx, gen.make()).id for _ in range(10)]
    versions = [load(ctx, i).version for i in ids]
    assert versions == sorted(versions)
    assert len(set(versions)) == len(versions)


def test_version_never_goes_back_when_the_pc_clock_does(ctx: AppContext, gen) -> None:
    # A version made while the PC clock was a day ahead; the clock has since been corrected.
    ms, _ = unpack(int(get_setting_now(ctx)))
    ahead = pack(ms + 86_400_000, 5)
    with ctx.db.session() as s:
        set_setting(s, CLOCK, str(ahead))
    saved = svc.create_peserta(ctx, gen.make())
    assert load(ctx, saved.id).version > ahead


# --- tombstones -------------------------------------------------------------------------------


def test_soft_delete_keeps_the_row(ctx: AppContext, gen) -> None:
    d = gen.make()
    d.ahli_waris = [AhliWarisData("Siti Aminah", "Istri")]
    saved = svc.create_peserta(ctx, d)
    svc.delete_peserta(ctx, saved.id)
    p = load(ctx, saved.id)
    assert p.deleted_at is not None
    assert p.updated_at == p.deleted_at
    assert p.nik == d.nik and p.nama == d.nama  # nothing blanked
    with ctx.db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM peserta")).scalar_one() == 1
        assert conn.execute(text("SELECT count(*) FROM ahli_waris")).scalar_one() == 1
    with pytest.raises(svc.NotFound):
        svc.get_peserta(ctx, saved.id)


# --- constraints enforced by the database itself ----------------------------------------------


def test_live_nik_is_unique_in_the_database(ctx: AppContext, gen) -> None:
    saved = svc.create_peserta(ctx, gen.make())
    nik = load(ctx, saved.id).nik
    with pytest.raises(IntegrityError, match="UNIQUE"):
        insert_raw(ctx, raw_row(ctx, gen, nik=nik))
    with ctx.db.engine.connect() as conn:
        assert conn.execute(select(T.c.id).where(T.c.nik == nik)).scalars().all() == [saved.id]


def test_deleted_nik_can_be_registered_again(ctx: AppContext, gen) -> None:
    first = gen.make()
    old = svc.create_peserta(ctx, first)
    svc.delete_peserta(ctx, old.id)
    # Through the database directly ...
    insert_raw(ctx, raw_row(ctx, gen, nik=first.nik))
    with ctx.db.engine.begin() as conn:
        conn.execute(update(T).where(T.c.id != old.id).values(deleted_at=utcnow()))
    # ... and through the service.
    again = svc.create_peserta(ctx, first)
    assert again.id != old.id
    with ctx.db.engine.connect() as conn:
        rows = conn.execute(select(T.c.id, T.c.deleted_at).where(T.c.nik == first.nik)).all()
    assert len(rows) == 3
    assert [r.id for r in rows if r.deleted_at is None] == [again.id]


def test_two_tombstones_may_share_a_nik(ctx: AppContext, gen) -> None:
    row = raw_row(ctx, gen, deleted_at=utcnow())
    insert_raw(ctx, row)
    insert_raw(ctx, raw_row(ctx, gen, nik=row["nik"], deleted_at=utcnow()))
    with ctx.db.engine.connect() as conn:
        assert len(conn.execute(select(T.c.id).where(T.c.nik == row["nik"])).all()) == 2


@pytest.mark.parametrize(
    "changes",
    [
        {"jenis_kelamin": "X"},
        {"nik": "123"},
        {"kategori": "pns"},
        {"status": "hilang"},
        {"sumber_dana": "apbn"},
        {"status": "nonaktif", "nonaktif_alasan": None},
        {"status": "aktif", "nonaktif_alasan": "pindah"},
        {"upah": -1},
        {"kantor_id": "bukan-kantor"},
        {"tanggal_lahir": None},
    ],
    ids=lambda c: ",".join(f"{k}={v}" for k, v in c.items()),
)
def test_database_rejects_invalid_rows(ctx: AppContext, gen, changes: dict[str, Any]) -> None:
    with pytest.raises(IntegrityError):
        insert_raw(ctx, raw_row(ctx, gen, **changes))
    with ctx.db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM peserta")).scalar_one() == 0


def test_check_constraint_also_guards_updates(ctx: AppContext, gen) -> None:
    saved = svc.create_peserta(ctx, gen.make())
    with pytest.raises(IntegrityError, match="CHECK"), ctx.db.engine.begin() as conn:
        conn.execute(update(T).where(T.c.id == saved.id).values(jenis_kelamin="X"))
    assert load(ctx, saved.id).jenis_kelamin in ("L", "P")


def test_office_kind_is_checked_by_the_database(ctx: AppContext) -> None:
    with pytest.raises(IntegrityError, match="CHECK"), ctx.db.engine.begin() as conn:
        conn.execute(update(Kantor.__table__).values(jenis="kecamatan"))
