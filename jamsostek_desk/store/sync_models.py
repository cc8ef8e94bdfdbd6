"""Local bookkeeping of synchronisation through central files (never travels itself).

``sync_berkas``: one row per central file this installation has synced with (by the file's id),
with the local change version up to which its changes were written into that file.
``sync_segmen``: the segments of a central file already applied here (or written from here).
``sync_konflik``: conflicts and duplicate-NIK pairs waiting for (or resolved by) a user.
``sync_tertahan``: incoming records that cannot be placed yet (a participant whose NIK is held
by another live participant here, and that participant's heirs).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, DateTime, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from jamsostek_desk.store.models import AhliWaris, Base, new_id, utcnow


class SyncBerkas(Base):
    __tablename__ = "sync_berkas"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # the central file's id
    path: Mapped[str] = mapped_column(Text, default="")
    terakhir: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    batas_kirim: Mapped[int] = mapped_column(BigInteger, default=0)  # local versions sent
    jumlah: Mapped[int] = mapped_column(Integer, default=0)  # syncs done with this file
    ringkasan: Mapped[str] = mapped_column(Text, default="")  # JSON of the last sync


class SyncSegmen(Base):
    __tablename__ = "sync_segmen"
    berkas_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    segmen_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    waktu: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class SyncKonflik(Base):
    __tablename__ = "sync_konflik"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    jenis: Mapped[str] = mapped_column(String(12))  # "konflik" | "duplikat"
    waktu: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    entitas_id: Mapped[str] = mapped_column(String(36))  # the local participant
    lain_id: Mapped[str] = mapped_column(String(36))  # incoming id (same as local: konflik)
    nik: Mapped[str] = mapped_column(String(16), default="")
    nama: Mapped[str] = mapped_column(String(120), default="")
    kantor_masuk: Mapped[str] = mapped_column(String(200), default="")
    lokal: Mapped[str] = mapped_column(Text, default="")  # JSON {field: stored value}
    masuk: Mapped[str] = mapped_column(Text, default="")
    pemenang: Mapped[str] = mapped_column(String(6), default="")  # "lokal" | "masuk"
    selesai: Mapped[datetime | None] = mapped_column(DateTime, default=None)

    __table_args__ = (Index("ix_sync_konflik_selesai", "selesai", "waktu"),)


class SyncTertahan(Base):
    __tablename__ = "sync_tertahan"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # the record's own id
    entitas: Mapped[str] = mapped_column(String(20))  # "peserta" | "ahli_waris"
    peserta_id: Mapped[str] = mapped_column(String(36), index=True)
    version: Mapped[int] = mapped_column(BigInteger)
    data: Mapped[str] = mapped_column(Text)  # JSON [column values] in the file's column order
    waktu: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


# Outgoing heirs are found by version, as participants are (ix_peserta_version).
Index("ix_ahli_waris_version", AhliWaris.version)


class SyncDitolak(Base):
    """An incoming record set aside by a sync (out of the sending office's scope, a value that
    fails the rules of typed input, a version from the future, a segment whose signature does
    not check): shown on the Sinkronisasi page under "Ditolak dari sinkronisasi"."""

    __tablename__ = "sync_ditolak"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    waktu: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    berkas_id: Mapped[str] = mapped_column(String(36), default="")
    segmen_id: Mapped[str] = mapped_column(String(36), default="")
    kantor_id: Mapped[str] = mapped_column(String(36), default="")  # the sending office
    kantor_nama: Mapped[str] = mapped_column(String(200), default="")
    entitas: Mapped[str] = mapped_column(String(20))  # peserta | ahli_waris | kantor | segmen
    entitas_id: Mapped[str] = mapped_column(String(64), default="")
    apa: Mapped[str] = mapped_column(Text, default="")  # what (a name, a masked NIK)
    alasan: Mapped[str] = mapped_column(Text, default="")  # why

    __table_args__ = (Index("ix_sync_ditolak_waktu", "waktu"),)


class SyncKantor(Base):
    """The offices whose segments this installation trusts, with their public keys (Ed25519):
    the roster as known here. ``status``: "root" (the Dinas whose key signs the roster),
    "penanda" (a kabupaten-level office the root made a co-signer of the roster),
    "disetujui" (listed in the root's roster, invited by it, or approved here by a Dinas
    operator), "menunggu" (seen in a central file, waiting for a Dinas operator's approval)."""

    __tablename__ = "sync_kantor"
    kantor_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    nama: Mapped[str] = mapped_column(String(200), default="")
    jenis: Mapped[str] = mapped_column(String(20))
    wilayah_kode: Mapped[str] = mapped_column(String(13))
    kunci: Mapped[str] = mapped_column(String(64))  # public key, base64 (32 bytes)
    status: Mapped[str] = mapped_column(String(12))
    sumber: Mapped[str] = mapped_column(String(20), default="")  # roster | undangan | setuju
    waktu: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
