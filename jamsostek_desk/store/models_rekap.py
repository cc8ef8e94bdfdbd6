"""Models for coverage and budget: targets, budgets (pagu) and aparat-desa posts per desa.

Targets and budgets are dated: raising a target from 10,000 to 15,000 on 8 August adds a row
with ``berlaku`` 8 August and keeps the old one; the figure in force at a date is the row of
the latest ``berlaku`` on or before it. They are Dinas data made to travel (UUID keys, change
versions, tombstones) like every other record that leaves the office.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from jamsostek_desk.store.models import Base, Peserta, Travelling, _live_index


class Target(Travelling, Base):
    """How many people of a kategori an area should cover in a year, from a date, and why."""

    __tablename__ = "target"
    kantor_id: Mapped[str] = mapped_column(ForeignKey("kantor.id"))
    tahun: Mapped[int] = mapped_column(Integer)
    kategori: Mapped[str] = mapped_column(String(20))
    # a kabupaten, kecamatan or desa code (Kemendagri)
    wilayah_kode: Mapped[str] = mapped_column(String(13))
    jumlah: Mapped[int] = mapped_column(Integer)
    dasar: Mapped[str] = mapped_column(Text, default="")  # "Perbup 21/2025", "APBD-P 8 Agustus"
    berlaku: Mapped[date] = mapped_column(Date)

    __table_args__ = (
        CheckConstraint("kategori IN ('aparat_desa', 'pekerja_rentan')", name="kategori"),
        CheckConstraint("jumlah >= 0", name="jumlah"),
        _live_index("ix_target_live_kunci", "tahun", "kategori", "wilayah_kode", "berlaku"),
        Index("ix_target_version", "version"),
    )


class Anggaran(Travelling, Base):
    """A budget (pagu) for contributions per year and funding source, from a date.

    ``wilayah_kode`` is empty for the office's whole area, or a desa code for an APBDes pagu.
    """

    __tablename__ = "anggaran"
    kantor_id: Mapped[str] = mapped_column(ForeignKey("kantor.id"))
    tahun: Mapped[int] = mapped_column(Integer)
    sumber_dana: Mapped[str] = mapped_column(String(20))
    wilayah_kode: Mapped[str] = mapped_column(String(13), default="")
    pagu: Mapped[int] = mapped_column(BigInteger)
    dasar: Mapped[str] = mapped_column(Text, default="")
    berlaku: Mapped[date] = mapped_column(Date)

    __table_args__ = (
        CheckConstraint(
            "sumber_dana IN ('apbd_kabupaten', 'apbd_provinsi', 'apbdes', 'csr', 'mandiri')",
            name="sumber_dana",
        ),
        CheckConstraint("pagu >= 0", name="pagu"),
        _live_index("ix_anggaran_live_kunci", "tahun", "sumber_dana", "wilayah_kode", "berlaku"),
        Index("ix_anggaran_version", "version"),
    )


class FormasiAparat(Travelling, Base):
    """The number of aparat-desa posts of one desa: the aparat-desa target of that desa."""

    __tablename__ = "formasi_aparat"
    kantor_id: Mapped[str] = mapped_column(ForeignKey("kantor.id"))
    desa_kode: Mapped[str] = mapped_column(String(13))
    jumlah: Mapped[int] = mapped_column(Integer)
    asal: Mapped[str] = mapped_column(String(10), default="isian")  # isian | impor | bawaan

    __table_args__ = (
        CheckConstraint("jumlah >= 0", name="jumlah"),
        CheckConstraint("asal IN ('isian', 'impor', 'bawaan')", name="asal"),
        _live_index("uq_formasi_aparat_desa_live", "desa_kode", unique=True),
        Index("ix_formasi_aparat_version", "version"),
    )


def _peserta_index(name: str, column: str, where: str) -> Index:
    cond = text(where)
    return Index(name, Peserta.__table__.c[column], sqlite_where=cond, postgresql_where=cond)


# Renewal lists, registrations waiting for their KPJ, and the active people outside their
# period at a date (the coverage counters count status only): index ranges, never a scan.
PESERTA_INDEXES = (
    _peserta_index(
        "ix_peserta_aktif_mulai", "mulai_kepesertaan", "deleted_at IS NULL AND status = 'aktif'"
    ),
    _peserta_index(
        "ix_peserta_aktif_akhir", "akhir_kepesertaan", "deleted_at IS NULL AND status = 'aktif'"
    ),
    _peserta_index(
        "ix_peserta_tunggu_kpj",
        "created_at",
        "deleted_at IS NULL AND status = 'didaftarkan' AND kpj IS NULL",
    ),
)
