"""Coverage figures as groups of participants ("cells"), never as a loop over people.

Covered at a date = status aktif with a membership period containing the date (a period
without a start or end date is open on that side). Every figure of the Beranda and the
rekapitulasi is a sum over cells: the participants grouped by what the figures need (desa,
kategori, sumber dana, status, reason, wage and programmes, covered or not). A person's
monthly contribution depends only on the cell's wage, programmes and kategori, so the bill of a
cell is its contribution times its count: exactly the sum of the per-person contributions.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import and_, case, func, literal, or_, select

from jamsostek_desk.domain.rekap import KELOMPOK_USIA, lahir_batas
from jamsostek_desk.store.db import Database
from jamsostek_desk.store.models import Peserta

T = Peserta.__table__
UPAH = T.c.penghasilan


@dataclass(frozen=True, slots=True)
class Sel:
    """One group of live participants that share every key below."""

    desa_kode: str
    kategori: str
    sumber_dana: str
    status: str
    alasan: str  # nonaktif reason, "" otherwise
    upah: int | None
    jkk: bool
    jkm: bool
    jht: bool
    tercakup: bool
    n: int

    @property
    def kecamatan_kode(self) -> str:
        return self.desa_kode[:8]


def _tercakup(pada: date) -> Any:
    return case(
        (
            and_(
                T.c.status == "aktif",
                or_(T.c.mulai_kepesertaan.is_(None), T.c.mulai_kepesertaan <= pada),
                or_(T.c.akhir_kepesertaan.is_(None), T.c.akhir_kepesertaan >= pada),
            ),
            1,
        ),
        else_=0,
    )


def _scope(kategori: str = "", wilayah: str = "") -> list[Any]:
    conds: list[Any] = [T.c.deleted_at.is_(None)]
    if kategori:
        conds.append(T.c.kategori == kategori)
    if wilayah and wilayah.count(".") >= 2:  # a kecamatan or desa inside the office's area
        conds.append(or_(T.c.desa_kode == wilayah, T.c.desa_kode.like(wilayah + ".%")))
    return conds


def cells(db: Database, pada: date, kategori: str = "", wilayah: str = "") -> list[Sel]:
    """The live participants grouped into cells, covered or not at ``pada``."""
    keys = (
        T.c.desa_kode,
        T.c.kategori,
        T.c.sumber_dana,
        T.c.status,
        func.coalesce(T.c.nonaktif_alasan, literal("")),
        UPAH,
        T.c.program_jkk,
        T.c.program_jkm,
        T.c.program_jht,
    )
    cov = _tercakup(pada).label("c")
    stmt = select(*keys, cov, func.count()).where(*_scope(kategori, wilayah)).group_by(*keys, cov)
    with db.connect() as conn:
        return [
            Sel(
                r[0],
                r[1],
                r[2],
                r[3],
                r[4],
                r[5],
                bool(r[6]),
                bool(r[7]),
                bool(r[8]),
                bool(r[9]),
                r[10],
            )
            for r in conn.execute(stmt)
        ]


@dataclass(frozen=True)
class Demografi:
    """Covered people by sex and by age band (at ``pada``)."""

    jenis_kelamin: dict[str, int]
    usia: dict[str, int]


def demografi(db: Database, pada: date, kategori: str = "", wilayah: str = "") -> Demografi:
    bands = lahir_batas(pada)  # oldest threshold last
    whens = [(T.c.tanggal_lahir <= batas, literal(label)) for label, batas in reversed(bands)]
    band = case(*whens, else_=literal(KELOMPOK_USIA[0][0]))
    stmt = (
        select(T.c.jenis_kelamin, band, func.count())
        .where(*_scope(kategori, wilayah), _tercakup(pada) == 1)
        .group_by(T.c.jenis_kelamin, band)
    )
    jk: dict[str, int] = {"L": 0, "P": 0}
    usia = {label: 0 for label, _lo, _hi in KELOMPOK_USIA}
    with db.connect() as conn:
        for sex, label, n in conn.execute(stmt):
            jk[sex] = jk.get(sex, 0) + n
            usia[label] = usia.get(label, 0) + n
    return Demografi(jk, usia)


@dataclass(frozen=True, slots=True)
class Periode:
    """People who were ever covered, grouped by the months their period starts and ends."""

    kategori: str
    sumber_dana: str
    upah: int | None
    jkk: bool
    jkm: bool
    jht: bool
    mulai: date | None  # first day of the month, None when unknown
    selesai: date | None  # first day of the month the period ends, None when open
    n: int


def _month(col: Any) -> Any:
    return func.substr(col, 1, 7)


def periode(db: Database, kategori: str = "", wilayah: str = "") -> list[Periode]:
    """Periods of everyone who is or was covered (aktif, or nonaktif after a start), by month:
    the basis of the month trend and of what the budget has paid so far."""
    selesai = func.coalesce(T.c.nonaktif_tanggal, T.c.akhir_kepesertaan)
    keys = (
        T.c.kategori,
        T.c.sumber_dana,
        UPAH,
        T.c.program_jkk,
        T.c.program_jkm,
        T.c.program_jht,
        _month(T.c.mulai_kepesertaan),
        _month(selesai),
    )
    stmt = (
        select(*keys, func.count())
        .where(
            *_scope(kategori, wilayah),
            or_(
                T.c.status == "aktif",
                and_(T.c.status == "nonaktif", T.c.mulai_kepesertaan.is_not(None)),
            ),
        )
        .group_by(*keys)
    )

    def first(m: str | None) -> date | None:
        return date(int(m[:4]), int(m[5:7]), 1) if m else None

    with db.connect() as conn:
        return [
            Periode(
                r[0], r[1], r[2], bool(r[3]), bool(r[4]), bool(r[5]), first(r[6]), first(r[7]), r[8]
            )
            for r in conn.execute(stmt)
        ]


def tren(rows: Iterable[Periode], tahun: int, sampai: date) -> list[tuple[date, int]]:
    """Covered people per month of ``tahun`` up to ``sampai``'s month: a period counts in every
    month it touches (the month it starts and the month it ends included)."""
    last = sampai.month if sampai.year == tahun else 12
    out = []
    rows = list(rows)
    for m in range(1, last + 1):
        first = date(tahun, m, 1)
        out.append(
            (
                first,
                sum(
                    p.n
                    for p in rows
                    if (p.mulai is None or p.mulai <= first)
                    and (p.selesai is None or p.selesai >= first)
                ),
            )
        )
    return out


# -- lists that need attention -------------------------------------------------------------


def berakhir_dalam(db: Database, pada: date, hari: int) -> int:
    """Active people whose membership period ends within ``hari`` days after ``pada``."""
    stmt = select(func.count()).where(
        T.c.deleted_at.is_(None),
        T.c.status == "aktif",
        T.c.akhir_kepesertaan >= pada,
        T.c.akhir_kepesertaan <= pada + timedelta(days=hari),
    )
    with db.connect() as conn:
        return int(conn.execute(stmt).scalar_one())


def menunggu_kpj(db: Database, pada: date, hari: int) -> int:
    """Registrations without a KPJ number made more than ``hari`` days before ``pada``."""
    batas = pada - timedelta(days=hari)
    stmt = select(func.count()).where(
        T.c.deleted_at.is_(None),
        T.c.status == "didaftarkan",
        T.c.kpj.is_(None),
        T.c.created_at < batas,
    )
    with db.connect() as conn:
        return int(conn.execute(stmt).scalar_one())
