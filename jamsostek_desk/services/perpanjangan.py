"""Renewals: memberships ending soon, registrations still waiting for their KPJ number, and
"Perpanjang" (the next period for a selection: one transaction, one audit entry each)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, literal_column, select, text

from jamsostek_desk.domain.errors import ValidationError
from jamsostek_desk.domain.nik import mask_nik
from jamsostek_desk.domain.rekap import BATAS_TUNGGU_KPJ_HARI
from jamsostek_desk.domain.wilayah import WilayahRef
from jamsostek_desk.services import audit
from jamsostek_desk.services.access import require_writer
from jamsostek_desk.services.context import AppContext
from jamsostek_desk.services.rekap_xlsx import Cell, Kolom, write_table
from jamsostek_desk.store.db import Database
from jamsostek_desk.store.models import Peserta, utcnow
from jamsostek_desk.store.settings import stamp

T = Peserta.__table__
JENIS = {
    "berakhir_30": "Masa kepesertaan berakhir dalam 30 hari",
    "berakhir_60": "Masa kepesertaan berakhir dalam 60 hari",
    "berakhir_90": "Masa kepesertaan berakhir dalam 90 hari",
    "tunggu_kpj": f"Menunggu nomor KPJ lebih dari {BATAS_TUNGGU_KPJ_HARI} hari",
}


@dataclass(frozen=True)
class Baris:
    id: str
    nama: str
    nik: str
    desa_kode: str
    kategori: str
    kpj: str
    mulai: date | None
    akhir: date | None
    didaftarkan: date


def _conditions(jenis: str, pada: date) -> list[Any]:
    live = T.c.deleted_at.is_(None)
    if jenis.startswith("berakhir_"):
        hari = int(jenis.split("_")[1])
        return [
            live,
            T.c.status == literal_column("'aktif'"),  # literal: the partial index applies
            T.c.akhir_kepesertaan >= pada,
            T.c.akhir_kepesertaan <= pada + timedelta(days=hari),
        ]
    if jenis == "tunggu_kpj":
        return [
            live,
            T.c.status == literal_column("'didaftarkan'"),
            T.c.kpj.is_(None),
            T.c.created_at < pada - timedelta(days=BATAS_TUNGGU_KPJ_HARI),
        ]
    raise ValidationError({"jenis": f"Daftar '{jenis}' tidak dikenal."})


def daftar(db: Database, jenis: str, pada: date | None = None, limit: int = 50_000) -> list[Baris]:
    """The people of one renewal list, soonest first."""
    pada = pada or date.today()
    order = T.c.akhir_kepesertaan if jenis.startswith("berakhir_") else T.c.created_at
    stmt = (
        select(
            T.c.id,
            T.c.nama,
            T.c.nik,
            T.c.desa_kode,
            T.c.kategori,
            T.c.kpj,
            T.c.mulai_kepesertaan,
            T.c.akhir_kepesertaan,
            T.c.created_at,
        )
        .where(*_conditions(jenis, pada))
        .order_by(order, T.c.seq)
        .limit(limit)
    )
    with db.connect() as conn:
        if db.is_sqlite:  # through the list's own partial index (see _COUNT_SQL)
            index = "ix_peserta_aktif_akhir" if jenis != "tunggu_kpj" else "ix_peserta_tunggu_kpj"
            sql = str(stmt.compile(conn.engine, compile_kwargs={"literal_binds": True}))
            sql = sql.replace("FROM peserta", f"FROM peserta INDEXED BY {index}", 1)
            result = conn.execute(text(sql).columns(*stmt.selected_columns))
        else:
            result = conn.execute(stmt)
        return [
            Baris(r[0], r[1], r[2], r[3], r[4], r[5] or "", r[6], r[7], r[8].date()) for r in result
        ]


# Each list is an index range of its own partial index (named: SQLite's planner would
# otherwise walk the status index over every active or registered person).
_COUNT_SQL = {
    "berakhir": (
        "SELECT count(*) FROM peserta INDEXED BY ix_peserta_aktif_akhir WHERE deleted_at IS "
        "NULL AND status = 'aktif' AND akhir_kepesertaan >= :lo AND akhir_kepesertaan <= :hi"
    ),
    "tunggu_kpj": (
        "SELECT count(*) FROM peserta INDEXED BY ix_peserta_tunggu_kpj WHERE deleted_at IS NULL "
        "AND status = 'didaftarkan' AND kpj IS NULL AND created_at < :batas"
    ),
}


def jumlah(db: Database, jenis: str, pada: date | None = None) -> int:
    """How many people one list holds."""
    pada = pada or date.today()
    _conditions(jenis, pada)  # an unknown list is refused the same way
    if not db.is_sqlite:
        stmt = select(func.count()).where(*_conditions(jenis, pada))
        with db.connect() as conn:
            return int(conn.execute(stmt).scalar_one())
    if jenis.startswith("berakhir_"):
        hari = int(jenis.split("_")[1])
        sql = _COUNT_SQL["berakhir"]
        params = {"lo": pada.isoformat(), "hi": (pada + timedelta(days=hari)).isoformat()}
    else:
        sql = _COUNT_SQL["tunggu_kpj"]
        batas = pada - timedelta(days=BATAS_TUNGGU_KPJ_HARI)
        params = {"batas": f"{batas.isoformat()} 00:00:00.000000"}
    with db.connect() as conn:
        return int(conn.execute(text(sql), params).scalar_one())


def periode_berikut(akhir: date | None, pada: date) -> date:
    """The default end of the next period: one year after the current end (or after today)."""
    base = akhir if akhir is not None and akhir >= pada else pada
    try:
        return base.replace(year=base.year + 1)
    except ValueError:  # 29 February
        return base.replace(year=base.year + 1, day=28)


def perpanjang(ctx: AppContext, ids: Sequence[str], akhir_baru: date) -> int:
    """Set the end of the membership period of the given active people to ``akhir_baru``
    (one transaction, audited; Admin or Operator). Returns how many changed."""
    require_writer(ctx, "memperpanjang kepesertaan")
    if not ids:
        raise ValidationError({"peserta": "Belum ada peserta yang dipilih untuk diperpanjang."})
    changed = 0
    with ctx.db.session() as s:
        rows = s.execute(select(Peserta).where(Peserta.id.in_(list(ids)))).scalars().all()
        bad = [p for p in rows if p.deleted_at is not None or p.status != "aktif"]
        if bad or len(rows) != len(set(ids)):
            raise ValidationError(
                {
                    "peserta": f"{len(bad) or len(set(ids)) - len(rows)} peserta yang dipilih "
                    "tidak aktif atau sudah dihapus; perpanjangan hanya untuk peserta aktif. "
                    "Tidak ada yang diubah."
                }
            )
        early = [p for p in rows if p.mulai_kepesertaan and akhir_baru < p.mulai_kepesertaan]
        if early:
            raise ValidationError(
                {
                    "akhir": f"Tanggal akhir {akhir_baru.isoformat()} lebih awal dari tanggal "
                    f"mulai kepesertaan {len(early)} peserta. Tidak ada yang diubah."
                }
            )
        version = stamp(s)
        now = utcnow()
        for p in rows:
            if p.akhir_kepesertaan == akhir_baru:
                continue
            audit.record(
                s,
                ctx,
                "peserta",
                p.id,
                "perpanjang",
                {"akhir_kepesertaan": (p.akhir_kepesertaan, akhir_baru)},
            )
            p.akhir_kepesertaan, p.updated_at, p.version = akhir_baru, now, version
            changed += 1
    return changed


KOLOM = (
    Kolom("No", 5, "0"),
    Kolom("Nama", 30),
    Kolom("NIK", 20),
    Kolom("Desa/Kelurahan", 30),
    Kolom("Nomor KPJ", 15),
    Kolom("Mulai", 12),
    Kolom("Akhir", 12),
    Kolom("Didaftarkan", 12),
)


def _tgl(d: date | None) -> str:
    return f"{d.day:02d}-{d.month:02d}-{d.year:04d}" if d else ""


def ekspor(
    ctx: AppContext,
    path: Path,
    jenis: str,
    rows: Sequence[Baris],
    ref: WilayahRef,
    nik_penuh: bool,
) -> Path:
    """The list as .xlsx (NIK masked unless ``nik_penuh``): names of people, so Admin or
    Operator only, and an audit entry."""
    require_writer(ctx, "mengekspor daftar peserta")
    data: list[list[Cell]] = [
        [
            i,
            b.nama,
            b.nik if nik_penuh else mask_nik(b.nik),
            ref.label(b.desa_kode),
            b.kpj,
            _tgl(b.mulai),
            _tgl(b.akhir),
            _tgl(b.didaftarkan),
        ]
        for i, b in enumerate(rows, 1)
    ]
    out = write_table(path, [JENIS[jenis].upper(), ctx.kantor_nama], KOLOM, data, sheet="Daftar")
    audit.record_export(
        ctx,
        "ekspor_daftar",
        len(rows),
        out,
        {"daftar": JENIS[jenis], "nik": "lengkap" if nik_penuh else "disamarkan"},
    )
    return out
