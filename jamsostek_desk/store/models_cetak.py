"""Models for printing: the card queue, benefits (manfaat), ceremonies (acara), letter numbers.

Kept apart from models.py so that each concern stays small; models.py imports this module so
that ``Base.metadata`` always holds every table.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from jamsostek_desk.store.models import Base, Travelling, new_id, utcnow


class Kartu(Travelling, Base):
    """One membership card of a participant, from request to handover; reprints are counted."""

    __tablename__ = "kartu"
    peserta_id: Mapped[str] = mapped_column(ForeignKey("peserta.id"), index=True)
    kantor_id: Mapped[str] = mapped_column(ForeignKey("kantor.id"))
    status: Mapped[str] = mapped_column(String(12), default="diminta")
    diminta_pada: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    diminta_oleh: Mapped[str] = mapped_column(String(120), default="")
    dicetak_pada: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    dicetak_oleh: Mapped[str] = mapped_column(String(120), default="")
    cetak_ulang: Mapped[int] = mapped_column(Integer, default=0)
    diserahkan_tanggal: Mapped[date | None] = mapped_column(Date, default=None)
    acara_id: Mapped[str | None] = mapped_column(ForeignKey("acara.id"), default=None)
    penerima: Mapped[str] = mapped_column(String(120), default="")

    __table_args__ = (
        CheckConstraint("status IN ('diminta', 'dicetak', 'diserahkan')", name="status"),
        CheckConstraint("cetak_ulang >= 0", name="cetak_ulang"),
        Index("ix_kartu_status", "status", "diminta_pada"),
    )


class PesertaFoto(Base):
    """A participant's photo for the card (JPEG, already scaled down); local to this office."""

    __tablename__ = "peserta_foto"
    peserta_id: Mapped[str] = mapped_column(ForeignKey("peserta.id"), primary_key=True)
    jpeg: Mapped[bytes] = mapped_column(LargeBinary)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class TarifManfaat(Base):
    """One benefit rule (a component of a kind of case), valid from a date, with its formula
    kind and parameters (see ``domain.manfaat``) and its legal basis."""

    __tablename__ = "tarif_manfaat"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    program: Mapped[str] = mapped_column(String(3))
    jenis: Mapped[str] = mapped_column(String(20), default="")
    kode: Mapped[str] = mapped_column(String(30))
    nama: Mapped[str] = mapped_column(String(120))
    rumus: Mapped[str] = mapped_column(String(12), default="tetap")
    jumlah: Mapped[int] = mapped_column(BigInteger)
    faktor: Mapped[int] = mapped_column(BigInteger, default=0)
    minimum: Mapped[int] = mapped_column(BigInteger, default=0)
    jenjang: Mapped[str] = mapped_column(String(10), default="")
    maks_tahun: Mapped[int] = mapped_column(Integer, default=0)
    maks_anak: Mapped[int] = mapped_column(Integer, default=0)
    min_tahun_iuran: Mapped[int] = mapped_column(Integer, default=0)
    urutan: Mapped[int] = mapped_column(Integer, default=0)
    per_anak: Mapped[bool] = mapped_column(Boolean, default=False)  # before 0010; unused
    berlaku_mulai: Mapped[date] = mapped_column(Date)
    dasar_hukum: Mapped[str] = mapped_column(String(120), default="")

    __table_args__ = (
        CheckConstraint("program IN ('JKK', 'JKM')", name="program"),
        CheckConstraint("jumlah >= 0", name="jumlah"),
        UniqueConstraint("program", "kode", "berlaku_mulai", name="uq_tarif_manfaat_berlaku"),
    )


class Acara(Travelling, Base):
    """A ceremony: cards handed over symbolically and benefits paid out in public."""

    __tablename__ = "acara"
    kantor_id: Mapped[str] = mapped_column(ForeignKey("kantor.id"))
    nama: Mapped[str] = mapped_column(String(200))
    tanggal: Mapped[date] = mapped_column(Date)
    tempat: Mapped[str] = mapped_column(String(200), default="")
    pejabat_nama: Mapped[str] = mapped_column(String(120), default="")
    pejabat_jabatan: Mapped[str] = mapped_column(String(120), default="")
    catatan: Mapped[str] = mapped_column(Text, default="")
    # Who signs "Mengetahui" on this ceremony's letters (empty: the office's setting)
    mengetahui_nama: Mapped[str] = mapped_column(String(120), default="")
    mengetahui_nip: Mapped[str] = mapped_column(String(120), default="")
    mengetahui_jabatan: Mapped[str] = mapped_column(String(120), default="")


class AcaraPeserta(Base):
    """A participant chosen to receive a symbolic card at a ceremony."""

    __tablename__ = "acara_peserta"
    acara_id: Mapped[str] = mapped_column(ForeignKey("acara.id"), primary_key=True)
    peserta_id: Mapped[str] = mapped_column(ForeignKey("peserta.id"), primary_key=True)
    urutan: Mapped[int] = mapped_column(Integer, default=0)


class Manfaat(Travelling, Base):
    """A JKK or JKM case of a participant and what is paid out for it."""

    __tablename__ = "manfaat"
    peserta_id: Mapped[str] = mapped_column(ForeignKey("peserta.id"), index=True)
    kantor_id: Mapped[str] = mapped_column(ForeignKey("kantor.id"))
    program: Mapped[str] = mapped_column(String(3))
    tanggal_kejadian: Mapped[date] = mapped_column(Date)
    keterangan: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(12), default="diajukan")
    bank_nama: Mapped[str] = mapped_column(String(80), default="")
    bank_rekening: Mapped[str] = mapped_column(String(30), default="")
    bank_atas_nama: Mapped[str] = mapped_column(String(120), default="")
    acara_id: Mapped[str | None] = mapped_column(ForeignKey("acara.id"), default=None)
    jumlah: Mapped[int] = mapped_column(BigInteger, default=0)
    jenis: Mapped[str] = mapped_column(String(20), default="")  # domain.manfaat.JENIS_KASUS
    upah: Mapped[int | None] = mapped_column(BigInteger, default=None)  # the wage computed with
    anak: Mapped[str] = mapped_column(String(60), default="")  # children's levels: "sd,sma"

    __table_args__ = (
        CheckConstraint("program IN ('JKK', 'JKM')", name="program"),
        CheckConstraint("status IN ('diajukan', 'dibayar', 'diserahkan')", name="status"),
        CheckConstraint("jumlah >= 0", name="jumlah"),
    )


class ManfaatKomponen(Base):
    __tablename__ = "manfaat_komponen"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    manfaat_id: Mapped[str] = mapped_column(ForeignKey("manfaat.id"), index=True)
    urutan: Mapped[int] = mapped_column(Integer, default=0)
    kode: Mapped[str] = mapped_column(String(30))
    nama: Mapped[str] = mapped_column(String(120))
    jumlah: Mapped[int] = mapped_column(BigInteger)

    __table_args__ = (CheckConstraint("jumlah >= 0", name="jumlah"),)


class ManfaatPenerima(Base):
    """Who receives the benefit: the worker, or heirs (copied from ahli waris when chosen)."""

    __tablename__ = "manfaat_penerima"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    manfaat_id: Mapped[str] = mapped_column(ForeignKey("manfaat.id"), index=True)
    urutan: Mapped[int] = mapped_column(Integer, default=0)
    nama: Mapped[str] = mapped_column(String(120))
    hubungan: Mapped[str] = mapped_column(String(40), default="")
    nik: Mapped[str] = mapped_column(String(16), default="")
    alamat: Mapped[str] = mapped_column(Text, default="")
    ahli_waris_id: Mapped[str | None] = mapped_column(ForeignKey("ahli_waris.id"), default=None)


class NomorSurat(Base):
    """A letter number given out by this office: unique per office and year."""

    __tablename__ = "nomor_surat"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    kantor_id: Mapped[str] = mapped_column(ForeignKey("kantor.id"))
    tahun: Mapped[int] = mapped_column(Integer)
    urut: Mapped[int] = mapped_column(Integer)
    nomor: Mapped[str] = mapped_column(String(80))
    jenis: Mapped[str] = mapped_column(String(20))
    ref_id: Mapped[str] = mapped_column(String(36))
    tanggal: Mapped[date] = mapped_column(Date)
    jumlah: Mapped[int] = mapped_column(BigInteger, default=0)
    dibuat_pada: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    __table_args__ = (
        UniqueConstraint("kantor_id", "tahun", "urut", name="uq_nomor_surat_urut"),
        UniqueConstraint("kantor_id", "tahun", "nomor", name="uq_nomor_surat_nomor"),
        UniqueConstraint("jenis", "ref_id", name="uq_nomor_surat_ref"),
    )
