"""SQLAlchemy models.

Every record that travels between offices has a UUID key made where it is first created, UTC
timestamps, the office that made it, a change version (hybrid logical clock) and a tombstone
(``deleted_at``) instead of a hard delete. ``peserta.seq`` is a local integer key used only by
the SQLite full-text index (FTS5 needs an integer rowid that VACUUM cannot renumber); it never
leaves the installation.
"""

from __future__ import annotations

import os
import time
from datetime import UTC, date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_id() -> str:
    """A fresh UUID version 7 (see new_ids)."""
    return new_ids(1)[0]


def new_ids(n: int) -> list[str]:
    """``n`` UUIDs version 7 (RFC 9562): unique like random UUIDs, but ordered by creation
    time, so that rows made together sit together in the primary-key index. A bulk import
    then touches a few index pages instead of one page per row (measured: a third of the cost
    of 100,000 audit rows)."""
    ms = (time.time_ns() // 1_000_000) & 0xFFFF_FFFF_FFFF
    head = (ms << 80) | (0x7 << 76)
    noise = os.urandom(10 * n)  # 80 random bits per id, 74 of them used
    out = []
    for k in range(0, 10 * n, 10):
        rand = int.from_bytes(noise[k : k + 10], "big")
        h = f"{head | (rand >> 68) << 64 | 0b10 << 62 | (rand & 0x3FFF_FFFF_FFFF_FFFF):032x}"
        out.append(f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}")
    return out


def utcnow() -> datetime:
    """Naive UTC: SQLite keeps no zone, so every stored datetime is UTC by convention."""
    return datetime.now(UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Travelling:
    """Columns shared by every record that is exchanged between offices."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    version: Mapped[int] = mapped_column(BigInteger, default=0)
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)


class Kantor(Travelling, Base):
    """An office: this installation's own, and (after sync) the others it exchanges with."""

    __tablename__ = "kantor"
    jenis: Mapped[str] = mapped_column(String(20))
    wilayah_kode: Mapped[str] = mapped_column(String(13))
    nama: Mapped[str] = mapped_column(String(200))
    alamat: Mapped[str] = mapped_column(Text, default="")
    telepon: Mapped[str] = mapped_column(String(30), default="")
    email: Mapped[str] = mapped_column(String(120), default="")
    kepala_nama: Mapped[str] = mapped_column(String(120), default="")
    kepala_nip: Mapped[str] = mapped_column(String(30), default="")
    kepala_jabatan: Mapped[str] = mapped_column(String(120), default="")

    __table_args__ = (
        CheckConstraint("jenis IN ('dinas_pmd', 'disnakertrans', 'desa')", name="jenis"),
    )


class Operator(Travelling, Base):
    __tablename__ = "operator"
    kantor_id: Mapped[str] = mapped_column(ForeignKey("kantor.id"))
    nama: Mapped[str] = mapped_column(String(120))
    aktif: Mapped[bool] = mapped_column(Boolean, default=True)
    # admin, operator or pimpinan (services/access.py); migration 0009
    peran: Mapped[str] = mapped_column(String(12), default="operator", server_default="operator")


class OperatorSandi(Base):
    """This installation's credentials of an operator (never travels: each PC keeps its own).

    ``sandi_hash`` and ``pemulihan_hash`` are self-describing scrypt strings
    (services/auth.py); ``gagal`` counts wrong passwords in a row, ``kunci_sampai`` is the end
    of a lock-out (UTC)."""

    __tablename__ = "operator_sandi"
    operator_id: Mapped[str] = mapped_column(ForeignKey("operator.id"), primary_key=True)
    sandi_hash: Mapped[str] = mapped_column(String(200))
    gagal: Mapped[int] = mapped_column(Integer, default=0)
    kunci_sampai: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    pemulihan_hash: Mapped[str] = mapped_column(String(200), default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class Pengaturan(Base):
    """Local key/value settings of this installation (never travels)."""

    __tablename__ = "pengaturan"
    kunci: Mapped[str] = mapped_column(String(60), primary_key=True)
    nilai: Mapped[str] = mapped_column(Text, default="")


_LIVE = text("deleted_at IS NULL")


def _live_index(name: str, *cols: str, unique: bool = False) -> Index:
    return Index(name, *cols, unique=unique, sqlite_where=_LIVE, postgresql_where=_LIVE)


class Peserta(Travelling, Base):
    __tablename__ = "peserta"
    seq: Mapped[int] = mapped_column(Integer, unique=True)
    kantor_id: Mapped[str] = mapped_column(ForeignKey("kantor.id"))
    nik: Mapped[str] = mapped_column(String(16))
    nama: Mapped[str] = mapped_column(String(120))
    tempat_lahir: Mapped[str] = mapped_column(String(80), default="")
    tanggal_lahir: Mapped[date] = mapped_column(Date)
    jenis_kelamin: Mapped[str] = mapped_column(String(1))
    nama_ibu: Mapped[str] = mapped_column(String(120), default="")
    alamat: Mapped[str] = mapped_column(Text, default="")
    rt: Mapped[str] = mapped_column(String(3), default="")
    rw: Mapped[str] = mapped_column(String(3), default="")
    desa_kode: Mapped[str] = mapped_column(String(13))
    kategori: Mapped[str] = mapped_column(String(20))
    jabatan: Mapped[str] = mapped_column(String(80), default="")
    pekerjaan: Mapped[str] = mapped_column(String(80), default="")
    no_hp: Mapped[str] = mapped_column(String(16), default="")
    upah: Mapped[int | None] = mapped_column(BigInteger, default=None)
    program_jkk: Mapped[bool] = mapped_column(Boolean, default=True)
    program_jkm: Mapped[bool] = mapped_column(Boolean, default=True)
    program_jht: Mapped[bool] = mapped_column(Boolean, default=False)
    program_jp: Mapped[bool] = mapped_column(Boolean, default=False)
    sumber_dana: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(12), default="didaftarkan")
    nonaktif_alasan: Mapped[str | None] = mapped_column(String(12), default=None)
    nonaktif_tanggal: Mapped[date | None] = mapped_column(Date, default=None)
    nonaktif_keterangan: Mapped[str] = mapped_column(Text, default="")
    kpj: Mapped[str | None] = mapped_column(String(11), default=None)
    mulai_kepesertaan: Mapped[date | None] = mapped_column(Date, default=None)
    akhir_kepesertaan: Mapped[date | None] = mapped_column(Date, default=None)
    catatan: Mapped[str] = mapped_column(Text, default="")
    # JSON: the change version of each column (migration 0006; kept by a trigger, read by sync)
    versi_kolom: Mapped[str | None] = mapped_column(Text, default=None)

    ahli_waris: Mapped[list[AhliWaris]] = relationship(
        back_populates="peserta",
        order_by="AhliWaris.created_at",
        primaryjoin="and_(AhliWaris.peserta_id == Peserta.id, AhliWaris.deleted_at.is_(None))",
        viewonly=True,
    )

    __table_args__ = (
        CheckConstraint("length(nik) = 16", name="nik_16"),
        CheckConstraint("jenis_kelamin IN ('L', 'P')", name="jenis_kelamin"),
        CheckConstraint("kategori IN ('aparat_desa', 'pekerja_rentan')", name="kategori"),
        CheckConstraint("status IN ('didaftarkan', 'aktif', 'nonaktif')", name="status"),
        CheckConstraint(
            "sumber_dana IN ('apbd_kabupaten', 'apbd_provinsi', 'apbdes', 'csr', 'mandiri')",
            name="sumber_dana",
        ),
        CheckConstraint(
            "(status = 'nonaktif') = (nonaktif_alasan IS NOT NULL)", name="nonaktif_alasan"
        ),
        CheckConstraint("upah IS NULL OR upah >= 0", name="upah"),
        # A live NIK is registered once; tombstoned rows keep theirs for history.
        _live_index("uq_peserta_nik_live", "nik", unique=True),
        # One index per sortable list column, with seq as the tie-breaker, so that
        # ORDER BY ... LIMIT/OFFSET over a million rows never sorts the whole table.
        _live_index("ix_peserta_live_nama", "nama", "seq"),
        _live_index("ix_peserta_live_desa", "desa_kode", "seq"),
        _live_index("ix_peserta_live_lahir", "tanggal_lahir", "seq"),
        _live_index("ix_peserta_live_kategori", "kategori", "seq"),
        _live_index("ix_peserta_live_status", "status", "seq"),
        _live_index("ix_peserta_live_kpj", "kpj", "seq"),
        _live_index("ix_peserta_live_created", "created_at", "seq"),
        _live_index("ix_peserta_live_jkk", "program_jkk", "seq"),
        _live_index("ix_peserta_live_jkm", "program_jkm", "seq"),
        _live_index("ix_peserta_live_jht", "program_jht", "seq"),
        Index("ix_peserta_version", "version"),
    )


class AhliWaris(Travelling, Base):
    __tablename__ = "ahli_waris"
    peserta_id: Mapped[str] = mapped_column(ForeignKey("peserta.id"), index=True)
    kantor_id: Mapped[str] = mapped_column(ForeignKey("kantor.id"))
    nama: Mapped[str] = mapped_column(String(120))
    hubungan: Mapped[str] = mapped_column(String(40))
    nik: Mapped[str] = mapped_column(String(16), default="")
    no_hp: Mapped[str] = mapped_column(String(16), default="")

    peserta: Mapped[Peserta] = relationship(back_populates="ahli_waris", viewonly=True)


class AuditLog(Base):
    """What happened to which record, by whom, when, and which fields changed (old -> new)."""

    __tablename__ = "audit_log"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    waktu: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    kantor_id: Mapped[str] = mapped_column(ForeignKey("kantor.id"))
    operator_id: Mapped[str | None] = mapped_column(ForeignKey("operator.id"))
    operator_nama: Mapped[str] = mapped_column(String(120), default="")
    entitas: Mapped[str] = mapped_column(String(30))
    entitas_id: Mapped[str] = mapped_column(String(36))
    aksi: Mapped[str] = mapped_column(String(20))
    # JSON object {field: [old, new]} (values as display strings); "" when nothing field-wise.
    perubahan: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(BigInteger, default=0)

    __table_args__ = (
        Index("ix_audit_log_entitas", "entitas", "entitas_id", "waktu"),
        Index("ix_audit_log_waktu", "waktu"),
    )


class Impor(Base):
    """One committed import of a spreadsheet: which file (by SHA-256), by whom, with what result."""

    __tablename__ = "impor"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    waktu: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    kantor_id: Mapped[str] = mapped_column(ForeignKey("kantor.id"))
    operator_id: Mapped[str | None] = mapped_column(ForeignKey("operator.id"))
    operator_nama: Mapped[str] = mapped_column(String(120), default="")
    nama_file: Mapped[str] = mapped_column(String(260))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    lembar: Mapped[str] = mapped_column(Text, default="")
    kategori: Mapped[str] = mapped_column(String(20))
    baris: Mapped[int] = mapped_column(Integer, default=0)
    imported: Mapped[int] = mapped_column(Integer, default=0)
    updated: Mapped[int] = mapped_column(Integer, default=0)
    skipped_duplicates: Mapped[int] = mapped_column(Integer, default=0)
    rejected: Mapped[int] = mapped_column(Integer, default=0)
    warnings: Mapped[int] = mapped_column(Integer, default=0)
    version: Mapped[int] = mapped_column(BigInteger, default=0)


class PemetaanKolom(Base):
    """A column mapping the user chose, remembered for files with the same headers (local)."""

    __tablename__ = "pemetaan_kolom"
    tanda: Mapped[str] = mapped_column(String(64), primary_key=True)  # sha256 of the headers
    pemetaan: Mapped[str] = mapped_column(Text)  # JSON {header key: field or ""}
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class FtsKendali(Base):
    """One row: 1 while a bulk import maintains the search index itself (inside its own
    transaction, so no other connection ever sees it set)."""

    __tablename__ = "fts_kendali"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    massal: Mapped[int] = mapped_column(Integer, default=0)


# Printing (cards, benefits, ceremonies, letter numbers) lives in its own module; importing it
# here registers its tables on Base.metadata for every user of the models.
from jamsostek_desk.store import models_cetak as _models_cetak  # noqa: E402, F401

# Coverage and budget (targets, pagu, aparat-desa posts) likewise.
from jamsostek_desk.store import models_rekap as _models_rekap  # noqa: E402, F401

# Contribution tariffs and other dated regulated figures.
from jamsostek_desk.store import models_tarif as _models_tarif  # noqa: E402, F401

# Synchronisation bookkeeping lives in its own module; imported here so that every table is
# known to the metadata (migrations, tests).
from jamsostek_desk.store import sync_models as _sync_models  # noqa: E402, F401
