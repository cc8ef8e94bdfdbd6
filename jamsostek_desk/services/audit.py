"""The audit trail (UU 27/2022 asks for a record of every processing of personal data)."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from jamsostek_desk.services.common.batching import in_chunks
from jamsostek_desk.services.context import AppContext
from jamsostek_desk.store.bulk import insert_sqlite, sqlite_datetime
from jamsostek_desk.store.models import AuditLog, new_ids, utcnow
from jamsostek_desk.store.settings import stamp

AKSI: dict[str, str] = {
    "buat": "Didaftarkan",
    "ubah": "Diubah",
    "nonaktif": "Dinonaktifkan",
    "aktif": "Diaktifkan kembali",
    "hapus": "Dihapus",
    "pulihkan": "Dipulihkan",
    "pakai": "Mulai dipakai",
    "cetak_kartu": "Kartu dicetak",
    "foto": "Foto kartu diubah",
    "sinkron": "Diterima lewat sinkronisasi",
    "konflik": "Konflik sinkronisasi diselesaikan",
    "gabung": "Digabung dengan data ganda",
    "bpjs": "Diperbarui dari daftar BPJS",
    "impor": "Diimpor dari daftar",
    "impor_batal": "Impor dibatalkan (NIK ganda di berkas)",
    "perpanjang": "Masa kepesertaan diperpanjang",
    # what leaves the office, and who signs in (entitas "ekspor" / "operator" / "peserta")
    "ekspor_daftar": "Daftar peserta diekspor",
    "ekspor_bpjs": "Daftar pendaftaran BPJS diekspor",
    "ekspor_ditolak": "Baris ditolak disimpan",
    "ekspor_sinkron": "Berkas sinkronisasi ditulis",
    "ekspor_kartu": "Kartu dicetak ke PDF",
    "ekspor_surat": "Surat dicetak ke PDF",
    "ekspor_laporan": "Laporan diekspor",
    "ekspor_riwayat": "Riwayat diekspor",
    "nik_lengkap": "NIK lengkap ditampilkan",
    "verifikasi": "Kode QR diperiksa",
    "masuk": "Masuk",
    "gagal_masuk": "Gagal masuk",
    "terkunci": "Terkunci (kata sandi salah)",
    "kunci_layar": "Layar terkunci",
    "buka_kunci": "Kunci layar dibuka",
    "cek_sandi": "Kata sandi diperiksa",
    "sandi": "Kata sandi diatur",
    "pulihkan_sandi": "Kata sandi dipulihkan",
    "peran": "Peran diubah",
    "hak_akses": "Data pribadi diberikan (hak akses)",
    "hak_hapus": "Data pribadi dihapus (hak penghapusan)",
    "pulihkan_cadangan": "Database dipulihkan dari cadangan",
}
EXPORT = "ekspor"  # entitas of the entries of what left the office


def display(value: object) -> str:
    """How a stored value is shown in the history."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Ya" if value else "Tidak"
    if isinstance(value, datetime | date):
        return value.strftime("%d-%m-%Y")
    return str(value)


COLUMNS = (
    "id",
    "waktu",
    "kantor_id",
    "operator_id",
    "operator_nama",
    "entitas",
    "entitas_id",
    "aksi",
    "perubahan",
    "version",
)
BATCH = 2000  # rows per INSERT; a job's cancel check runs between batches

# (entitas, entitas_id, aksi, perubahan): perubahan is ``changes_text(...)`` or ""
Entry = tuple[str, str, str, str]


def changes_text(changes: dict[str, tuple[object, object]] | None) -> str:
    """The stored form of field changes: JSON {field: [old, new]} of display strings, with
    Indonesian text kept readable (not \\u-escaped); "" when nothing changed field-wise."""
    if not changes:
        return ""
    return json.dumps(
        {k: [display(old), display(new)] for k, (old, new) in changes.items()},
        ensure_ascii=False,
    )


def record(
    session: Session,
    ctx: AppContext,
    entitas: str,
    entitas_id: str,
    aksi: str,
    changes: dict[str, tuple[object, object]] | None = None,
) -> None:
    """One audit row; see ``record_many``."""
    record_many(session, ctx, [(entitas, entitas_id, aksi, changes_text(changes))])


def record_many(
    session: Session,
    ctx: AppContext,
    entries: Sequence[Entry],
    *,
    version: int | None = None,
    now: datetime | None = None,
    check: Callable[[], None] | None = None,
) -> None:
    """Write audit rows, the only way they are written: by this office and operator, at
    ``now`` (default: the present), with change version ``version`` (default: a fresh one).
    On SQLite the rows go as ready parameters, 2,000 per statement (100,000 imported rows
    take a fraction of a second); ``check`` is called between statements (a job's cancel)."""
    if not entries:
        return
    version = stamp(session) if version is None else version
    now = now or utcnow()
    sqlite = ctx.db.is_sqlite
    waktu: object = sqlite_datetime(now) if sqlite else now
    rows = [
        (row_id, waktu, ctx.kantor_id, ctx.operator_id, ctx.operator_nama, *entry, version)
        for row_id, entry in zip(new_ids(len(entries)), entries, strict=True)
    ]
    if sqlite:
        session.flush()  # the rows may refer to objects still pending in the session
    for n, part in enumerate(in_chunks(rows, BATCH)):
        if n and check is not None:
            check()
        if sqlite:
            insert_sqlite(session, "audit_log", COLUMNS, list(part))
        else:
            session.execute(insert(AuditLog), [dict(zip(COLUMNS, r, strict=True)) for r in part])


def record_export(
    ctx: AppContext,
    aksi: str,
    jumlah: int,
    berkas: object = "",
    detail: dict[str, object] | None = None,
    session: Session | None = None,
) -> None:
    """One entry for something that takes personal data out: what, how many people, which
    file (its name only; folders can carry names of people or places); in ``session`` when
    given (a transaction already open), else in its own."""
    from pathlib import Path

    name = Path(str(berkas)).name if berkas else ""
    changes: dict[str, tuple[object, object]] = {"jumlah": (None, jumlah)}
    if name:
        changes["berkas"] = (None, name)
    for k, v in (detail or {}).items():
        changes[k] = (None, v)
    if session is not None:
        record(session, ctx, EXPORT, ctx.kantor_id, aksi, changes)
        return
    with ctx.db.session() as s:
        record(s, ctx, EXPORT, ctx.kantor_id, aksi, changes)


def record_full_nik(ctx: AppContext, where: str) -> None:
    """Switching to "NIK lengkap" (the list, the cards): refused for Pimpinan, audited."""
    from jamsostek_desk.services.access import require_writer

    require_writer(ctx, "menampilkan NIK lengkap")
    with ctx.db.session() as s:
        record(s, ctx, EXPORT, ctx.kantor_id, "nik_lengkap", {"tempat": (None, where)})


@dataclass(frozen=True)
class AuditEntry:
    waktu: datetime  # UTC
    operator_nama: str
    aksi: str
    perubahan: dict[str, tuple[str, str]]

    @property
    def aksi_label(self) -> str:
        return AKSI.get(self.aksi, self.aksi)


def redact(session: Session, entitas_ids: Sequence[str]) -> None:
    """Blank the field values of the entries about these records (a person's erasure): the
    entries stay, saying who did what and when. The only change the database allows to an
    entry (migration 0009)."""
    from sqlalchemy import update

    session.execute(
        update(AuditLog).where(AuditLog.entitas_id.in_(list(entitas_ids))).values(perubahan="")
    )


def history(session: Session, entitas: str, entitas_id: str) -> list[AuditEntry]:
    rows = session.execute(
        select(AuditLog)
        .where(AuditLog.entitas == entitas, AuditLog.entitas_id == entitas_id)
        .order_by(AuditLog.waktu.desc(), AuditLog.version.desc())
    ).scalars()
    out = []
    for r in rows:
        raw = json.loads(r.perubahan) if r.perubahan else {}
        out.append(
            AuditEntry(
                waktu=r.waktu,
                operator_nama=r.operator_nama,
                aksi=r.aksi,
                perubahan={k: (v[0], v[1]) for k, v in raw.items()},
            )
        )
    return out
