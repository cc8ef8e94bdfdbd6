"""Registering, changing, deactivating and deleting participants, with their audit trail."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import exc, select
from sqlalchemy.orm import Session

from jamsostek_desk.domain.codes import ALASAN_NONAKTIF
from jamsostek_desk.domain.errors import UserError, ValidationError
from jamsostek_desk.domain.peserta import (
    PESERTA_FIELDS,
    AhliWarisData,
    Checked,
    PesertaData,
    check_peserta,
)
from jamsostek_desk.domain.wilayah import load_wilayah
from jamsostek_desk.services import audit
from jamsostek_desk.services.access import require_writer
from jamsostek_desk.services.context import AppContext
from jamsostek_desk.services.iuran import upah_minimum_bpu
from jamsostek_desk.store.models import AhliWaris, Peserta, new_id, utcnow
from jamsostek_desk.store.settings import next_seq, stamp


class DuplicateNik(UserError):
    """The NIK already belongs to a live participant; the form offers to open that one."""

    def __init__(self, nik: str, existing_id: str, existing_nama: str) -> None:
        super().__init__(
            f"NIK {nik} sudah terdaftar atas nama {existing_nama}. Buka data yang sudah ada "
            "untuk mengubahnya."
        )
        self.nik = nik
        self.existing_id = existing_id
        self.existing_nama = existing_nama


class ChangedElsewhere(UserError):
    """The record was saved by someone else (another window or PC) after this form loaded it."""

    def __init__(self, nama: str) -> None:
        super().__init__(
            f"Data {nama} sudah diubah di jendela lain sejak dibuka di sini. Perubahan Anda "
            "belum disimpan: tutup formulir, buka lagi datanya, lalu ulangi perubahan."
        )


class NotFound(UserError):
    def __init__(self) -> None:
        super().__init__("Data peserta tidak ditemukan (mungkin sudah dihapus).")


@dataclass(frozen=True)
class Saved:
    id: str
    warnings: dict[str, str]


def check(ctx: AppContext, data: PesertaData, today: date | None = None) -> Checked:
    """The rules as the form shows them while typing (one small read: the BPU minimum
    declared income in force today)."""
    today = today or date.today()
    return check_peserta(
        data,
        load_wilayah(),
        ctx.kabupaten_kode,
        today,
        upah_minimum_bpu=upah_minimum_bpu(ctx, today),
    )


def find_live_by_nik(session: Session, nik: str) -> Peserta | None:
    return session.execute(
        select(Peserta).where(Peserta.nik == nik, Peserta.deleted_at.is_(None))
    ).scalar_one_or_none()


def _live(session: Session, peserta_id: str) -> Peserta:
    p = session.get(Peserta, peserta_id)
    if p is None or p.deleted_at is not None:
        raise NotFound()
    return p


@contextmanager
def _nik_race(ctx: AppContext, nik: str | None) -> Iterator[None]:
    """Two windows (or PCs on a shared file) saving the same NIK at once: the database's
    unique index stops the second one; say so as DuplicateNik, not as a crash."""
    try:
        yield
    except exc.IntegrityError as e:
        if "nik" not in str(e.orig).lower():
            raise
        with ctx.db.session() as s:
            other = find_live_by_nik(s, nik) if nik else None
        if other is None:
            raise UserError(
                "NIK ini baru saja didaftarkan di jendela lain. Muat ulang daftar peserta."
            ) from e
        raise DuplicateNik(other.nik, other.id, other.nama) from e


def _ahli_summary(rows: list[AhliWarisData]) -> str:
    return "; ".join(
        f"{a.nama} ({a.hubungan}{', NIK ' + a.nik if a.nik else ''}"
        f"{', HP ' + a.no_hp if a.no_hp else ''})"
        for a in rows
    )


def _validated(ctx: AppContext, data: PesertaData) -> Checked:
    checked = check(ctx, data)
    if checked.errors:
        raise ValidationError(checked.errors)
    return checked


def create_peserta(ctx: AppContext, data: PesertaData) -> Saved:
    """Register a participant. One transaction: the row, the heirs and the audit entry."""
    require_writer(ctx, "mendaftarkan peserta")
    checked = _validated(ctx, data)
    d = checked.data
    with _nik_race(ctx, d.nik), ctx.db.session() as s:
        existing = find_live_by_nik(s, d.nik)
        if existing is not None:
            raise DuplicateNik(d.nik, existing.id, existing.nama)
        version = stamp(s)
        p = Peserta(
            **{f: getattr(d, f) for f in PESERTA_FIELDS},
            seq=next_seq(s),
            kantor_id=ctx.kantor_id,
            version=version,
        )
        p.kpj = d.kpj or None
        s.add(p)
        s.flush()
        _sync_ahli_waris(s, ctx, p.id, d.ahli_waris, version)
        changes: dict[str, tuple[object, object]] = {
            f: (None, getattr(p, f)) for f in PESERTA_FIELDS if getattr(p, f) not in (None, "")
        }
        if d.ahli_waris:
            changes["ahli_waris"] = (None, _ahli_summary(d.ahli_waris))
        audit.record(s, ctx, "peserta", p.id, "buat", changes)
        return Saved(p.id, checked.warnings)


def update_peserta(ctx: AppContext, peserta_id: str, data: PesertaData) -> Saved:
    """Save a changed participant; the audit entry lists each changed field, old -> new."""
    require_writer(ctx, "mengubah data peserta")
    checked = _validated(ctx, data)
    d = checked.data
    with _nik_race(ctx, d.nik), ctx.db.session() as s:
        p = _live(s, peserta_id)
        if data.version is not None and data.version != p.version:
            raise ChangedElsewhere(p.nama)
        if d.nik != p.nik:
            other = find_live_by_nik(s, d.nik)
            if other is not None and other.id != p.id:
                raise DuplicateNik(d.nik, other.id, other.nama)
        changes: dict[str, tuple[object, object]] = {}
        for f in PESERTA_FIELDS:
            new = getattr(d, f)
            if f == "kpj":
                new = new or None
            old = getattr(p, f)
            if old != new:
                changes[f] = (old, new)
                setattr(p, f, new)
        old_heirs = _ahli_rows(s, p.id)
        if _ahli_summary(old_heirs) != _ahli_summary(d.ahli_waris):
            changes["ahli_waris"] = (_ahli_summary(old_heirs), _ahli_summary(d.ahli_waris))
        if not changes:
            return Saved(p.id, checked.warnings)
        version = stamp(s)
        p.updated_at = utcnow()
        p.version = version
        _sync_ahli_waris(s, ctx, p.id, d.ahli_waris, version)
        aksi = "ubah"
        if "status" in changes:
            aksi = "nonaktif" if p.status == "nonaktif" else aksi
        audit.record(s, ctx, "peserta", p.id, aksi, changes)
        return Saved(p.id, checked.warnings)


def _ahli_rows(s: Session, peserta_id: str) -> list[AhliWarisData]:
    rows = s.execute(
        select(AhliWaris)
        .where(AhliWaris.peserta_id == peserta_id, AhliWaris.deleted_at.is_(None))
        .order_by(AhliWaris.created_at, AhliWaris.id)
    ).scalars()
    return [AhliWarisData(a.nama, a.hubungan, a.nik, a.no_hp, a.id) for a in rows]


def _sync_ahli_waris(
    s: Session, ctx: AppContext, peserta_id: str, wanted: list[AhliWarisData], version: int
) -> None:
    """Make the live heirs equal ``wanted``: keep ids of kept rows, tombstone removed ones."""
    current = {
        a.id: a
        for a in s.execute(
            select(AhliWaris).where(
                AhliWaris.peserta_id == peserta_id, AhliWaris.deleted_at.is_(None)
            )
        ).scalars()
    }
    now = utcnow()
    for i, w in enumerate(wanted):
        row = current.pop(w.id, None) if w.id else None
        if row is None:
            # Heirs are listed in the order entered: created_at orders them, so heirs saved
            # together get distinct microseconds.
            made = now + timedelta(microseconds=i)
            s.add(
                AhliWaris(
                    peserta_id=peserta_id,
                    kantor_id=ctx.kantor_id,
                    nama=w.nama,
                    hubungan=w.hubungan,
                    nik=w.nik,
                    no_hp=w.no_hp,
                    version=version,
                    created_at=made,
                    updated_at=now,
                )
            )
        elif (row.nama, row.hubungan, row.nik, row.no_hp) != (w.nama, w.hubungan, w.nik, w.no_hp):
            row.nama, row.hubungan, row.nik, row.no_hp = w.nama, w.hubungan, w.nik, w.no_hp
            row.updated_at, row.version = now, version
    for gone in current.values():
        gone.deleted_at, gone.updated_at, gone.version = now, now, version


def get_peserta(ctx: AppContext, peserta_id: str) -> PesertaData:
    with ctx.db.session() as s:
        p = _live(s, peserta_id)
        d = PesertaData(**{f: getattr(p, f) for f in PESERTA_FIELDS})
        d.kpj = p.kpj or ""
        d.id = p.id
        d.version = p.version
        d.ahli_waris = _ahli_rows(s, p.id)
        return d


def deactivate(
    ctx: AppContext, peserta_id: str, alasan: str, tanggal: date, keterangan: str = ""
) -> None:
    """Nonaktif with reason and date (meninggal, pindah, berhenti, lainnya)."""
    require_writer(ctx, "menonaktifkan peserta")
    errors: dict[str, str] = {}
    if alasan not in ALASAN_NONAKTIF:
        errors["nonaktif_alasan"] = "Pilih alasan nonaktif."
    if tanggal > date.today():
        errors["nonaktif_tanggal"] = "Tanggal nonaktif tidak boleh di masa depan."
    if errors:
        raise ValidationError(errors)
    with ctx.db.session() as s:
        deactivate_in(s, ctx, _live(s, peserta_id), alasan, tanggal, keterangan)


def deactivate_in(
    s: Session, ctx: AppContext, p: Peserta, alasan: str, tanggal: date, keterangan: str = ""
) -> None:
    """Nonaktif inside the caller's transaction (e.g. with the JKM case that records the
    death), audited like ``deactivate``."""
    require_writer(ctx, "menonaktifkan peserta")
    changes: dict[str, tuple[object, object]] = {
        "status": (p.status, "nonaktif"),
        "nonaktif_alasan": (p.nonaktif_alasan, alasan),
        "nonaktif_tanggal": (p.nonaktif_tanggal, tanggal),
    }
    if keterangan.strip():
        changes["nonaktif_keterangan"] = (p.nonaktif_keterangan, keterangan.strip())
    p.status, p.nonaktif_alasan, p.nonaktif_tanggal = "nonaktif", alasan, tanggal
    p.nonaktif_keterangan = keterangan.strip()
    p.updated_at, p.version = utcnow(), stamp(s)
    audit.record(s, ctx, "peserta", p.id, "nonaktif", changes)


def reactivate(ctx: AppContext, peserta_id: str) -> None:
    require_writer(ctx, "mengaktifkan kembali peserta")
    with ctx.db.session() as s:
        p = _live(s, peserta_id)
        if p.status != "nonaktif":
            return
        new_status = "aktif" if p.kpj else "didaftarkan"
        changes: dict[str, tuple[object, object]] = {
            "status": (p.status, new_status),
            "nonaktif_alasan": (p.nonaktif_alasan, None),
            "nonaktif_tanggal": (p.nonaktif_tanggal, None),
        }
        if p.nonaktif_keterangan:
            changes["nonaktif_keterangan"] = (p.nonaktif_keterangan, "")
        p.status, p.nonaktif_alasan, p.nonaktif_tanggal = new_status, None, None
        p.nonaktif_keterangan = ""
        p.updated_at, p.version = utcnow(), stamp(s)
        audit.record(s, ctx, "peserta", p.id, "aktif", changes)


def delete_peserta(ctx: AppContext, peserta_id: str) -> None:
    """Soft delete (tombstone): the record stays for history and sync, and can be restored."""
    require_writer(ctx, "menghapus peserta")
    with ctx.db.session() as s:
        p = _live(s, peserta_id)
        now = utcnow()
        p.deleted_at, p.updated_at, p.version = now, now, stamp(s)
        audit.record(s, ctx, "peserta", p.id, "hapus", {"nama": (p.nama, None)})


def undo_delete(ctx: AppContext, peserta_id: str) -> None:
    """Restore a deleted participant, unless the NIK has been registered again since."""
    require_writer(ctx, "memulihkan peserta")
    with _nik_race(ctx, None), ctx.db.session() as s:
        p = s.get(Peserta, peserta_id)
        if p is None:
            raise NotFound()
        if p.deleted_at is None:
            return
        other = find_live_by_nik(s, p.nik)
        if other is not None:
            raise DuplicateNik(p.nik, other.id, other.nama)
        p.deleted_at, p.updated_at, p.version = None, utcnow(), stamp(s)
        audit.record(s, ctx, "peserta", p.id, "pulihkan", {"nama": (None, p.nama)})


def history(ctx: AppContext, peserta_id: str) -> list[audit.AuditEntry]:
    with ctx.db.session() as s:
        return audit.history(s, "peserta", peserta_id)


def new_row(
    d: PesertaData, seq: int, kantor_id: str, version: int, now: datetime
) -> dict[str, Any]:
    """A participant as a row for a bulk insert (import, demo data): checked data in, a fresh
    UUID, the local search key and the travelling columns filled."""
    row: dict[str, Any] = {f: getattr(d, f) for f in PESERTA_FIELDS}
    row.update(
        id=new_id(),
        seq=seq,
        kantor_id=kantor_id,
        version=version,
        created_at=now,
        updated_at=now,
        deleted_at=None,
        kpj=d.kpj or None,
    )
    return row


def lookup_nik(ctx: AppContext, nik: str) -> tuple[str, str] | None:
    """(id, nama) of the live participant holding ``nik``, for the form's as-you-type check."""
    with ctx.db.session() as s:
        p = find_live_by_nik(s, nik)
        return (p.id, p.nama) if p is not None else None
