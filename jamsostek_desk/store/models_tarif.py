"""Regulated figures as dated rows: contribution tariffs and other figures (minimum declared
income, meterai threshold). Local to each installation: every office seeds the same defaults and
adds a row with a later ``berlaku_mulai`` when a regulation changes a figure."""

from __future__ import annotations

from datetime import date

from sqlalchemy import BigInteger, CheckConstraint, Date, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from jamsostek_desk.store.models import Base, new_id


class TarifIuran(Base):
    """A monthly contribution tariff of one programme in one scheme, valid from a date.

    ``nilai`` is an integer: hundredths of a percent of the wage for ``persen`` (1 % = 100,
    0,24 % = 24), whole rupiah for ``tetap``. See ``domain.iuran`` for the rounding.
    """

    __tablename__ = "tarif_iuran"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    program: Mapped[str] = mapped_column(String(3))
    skema: Mapped[str] = mapped_column(String(3))
    jenis: Mapped[str] = mapped_column(String(6))
    nilai: Mapped[int] = mapped_column(BigInteger)
    berlaku_mulai: Mapped[date] = mapped_column(Date)
    dasar_hukum: Mapped[str] = mapped_column(String(160), default="")

    __table_args__ = (
        CheckConstraint("program IN ('JKK', 'JKM', 'JHT', 'JP')", name="program"),
        CheckConstraint("skema IN ('bpu', 'pu')", name="skema"),
        CheckConstraint("jenis IN ('persen', 'tetap')", name="jenis"),
        CheckConstraint("nilai >= 0", name="nilai"),
        UniqueConstraint("program", "skema", "berlaku_mulai", name="uq_tarif_iuran_berlaku"),
    )


class Ketentuan(Base):
    """One regulated figure (``kunci``, e.g. ``upah_minimum_bpu``) valid from a date."""

    __tablename__ = "ketentuan"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    kunci: Mapped[str] = mapped_column(String(40))
    nilai: Mapped[int] = mapped_column(BigInteger)
    berlaku_mulai: Mapped[date] = mapped_column(Date)
    dasar_hukum: Mapped[str] = mapped_column(String(160), default="")
    keterangan: Mapped[str] = mapped_column(String(200), default="")

    __table_args__ = (
        CheckConstraint("nilai >= 0", name="nilai"),
        UniqueConstraint("kunci", "berlaku_mulai", name="uq_ketentuan_berlaku"),
    )
