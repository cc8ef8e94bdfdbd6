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

from sqlalchemy import and_, case, func, literal, or_, select, text

from jamsostek_desk.domain.rekap import KELOMPOK_USIA, kelompok_usia
from jamsostek_desk.store.db import Database
from jamsostek_desk.store.models import Peserta

T = Peserta.__table__
UPAH = T.c.upah


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
    jp: bool
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


def cells(
    db: Database, pada: date, kategori: str = "", wilayah: str = "", tingkat: int = 13
) -> list[Sel]:
    """The live participants grouped into cells, covered or not at ``pada``. ``tingkat`` is
    the length of the area code the cells keep (13: desa, 8: kecamatan, 5: kabupaten).

    On SQLite from the counters (store.cakupan_counts) less the active people whose period
    does not contain ``pada`` (two index ranges); elsewhere one grouped query.
    """
    if not db.is_sqlite:
        return cells_direct(db, pada, kategori, wilayah)
    where, params = _counter_scope(kategori, wilayah)
    cols = ", ".join((f"substr(desa_kode, 1, {int(tingkat)})", *SEL_KEYS[1:]))
    with db.connect() as conn:
        counted = conn.execute(
            text(f"SELECT {cols}, sum(n) FROM cakupan_sel WHERE n > 0{where} GROUP BY {cols}"),
            params,
        ).all()
        outside = _outside(conn, pada, kategori, wilayah, tingkat)
    out = []
    for r in counted:
        key = tuple(r[:-1])
        n, status = r[-1], r[3]
        gone = outside.get(key, 0) if status == "aktif" else 0
        if n - gone:
            out.append(_sel(key, status == "aktif", n - gone))
        if gone:
            out.append(_sel(key, False, gone))
    return out


SEL_KEYS = (
    "desa_kode",
    "kategori",
    "sumber_dana",
    "status",
    "alasan",
    "upah",
    "jkk",
    "jkm",
    "jht",
    "jp",
)


def _sel(key: tuple[Any, ...], tercakup: bool, n: int) -> Sel:
    upah = None if key[5] is None or key[5] < 0 else int(key[5])
    return Sel(
        key[0],
        key[1],
        key[2],
        key[3],
        key[4],
        upah,
        bool(key[6]),
        bool(key[7]),
        bool(key[8]),
        bool(key[9]),
        tercakup,
        n,
    )


def _counter_scope(kategori: str, wilayah: str) -> tuple[str, dict[str, Any]]:
    where, params = "", {}
    if kategori:
        where += " AND kategori = :kategori"
        params["kategori"] = kategori
    if wilayah and wilayah.count(".") >= 2:
        where += " AND (desa_kode = :w OR (desa_kode > :w1 AND desa_kode < :w2))"
        params.update(w=wilayah, w1=wilayah + ".", w2=wilayah + "/")
    return where, params


# Active people whose period does not contain the date: two disjoint index ranges, each read
# through its partial index (named: SQLite's planner would otherwise walk every active row).
_OUTSIDE = (
    "ix_peserta_aktif_mulai",
    "mulai_kepesertaan > :pada",
    "ix_peserta_aktif_akhir",
    "akhir_kepesertaan < :pada AND (mulai_kepesertaan IS NULL OR mulai_kepesertaan <= :pada)",
)


def _outside_rows(conn: Any, pada: date, cols: str, kategori: str, wilayah: str) -> list[Any]:
    """``cols`` and count(*) of the active people outside their period at ``pada``, grouped by
    ``cols``."""
    where, params = _counter_scope(kategori, wilayah)
    out: list[Any] = []
    for index, cond in zip(_OUTSIDE[::2], _OUTSIDE[1::2], strict=True):
        sql = (
            f"SELECT {cols}, count(*) FROM peserta INDEXED BY {index} "
            f"WHERE deleted_at IS NULL AND status = 'aktif' AND {cond}{where} GROUP BY {cols}"
        )
        out += conn.execute(text(sql), {**params, "pada": pada.isoformat()}).all()
    return out


def _outside(
    conn: Any, pada: date, kategori: str, wilayah: str, tingkat: int
) -> dict[tuple[Any, ...], int]:
    cols = (
        f"substr(desa_kode, 1, {int(tingkat)}), kategori, sumber_dana, status, "
        f"coalesce(nonaktif_alasan, ''), coalesce({UPAH.name}, -1), "
        "program_jkk, program_jkm, program_jht, program_jp"
    )
    out: dict[tuple[Any, ...], int] = {}
    for r in _outside_rows(conn, pada, cols, kategori, wilayah):
        key = tuple(r[:10])
        out[key] = out.get(key, 0) + r[10]
    return out


def cells_direct(db: Database, pada: date, kategori: str = "", wilayah: str = "") -> list[Sel]:
    """The same cells from one grouped query over the participants (any database; on SQLite
    the tests compare it with the counters)."""
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
        T.c.program_jp,
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
                bool(r[10]),
                r[11],
            )
            for r in conn.execute(stmt)
        ]


@dataclass(frozen=True)
class Demografi:
    """Covered people by sex and by age band (at ``pada``)."""

    jenis_kelamin: dict[str, int]
    usia: dict[str, int]


def demografi(db: Database, pada: date, kategori: str = "") -> Demografi:
    """Covered people by sex and age band; the age is counted by birth month (someone born in
    ``pada``'s month counts as having had the birthday)."""
    jk: dict[str, int] = {"L": 0, "P": 0}
    usia = {label: 0 for label, _lo, _hi in KELOMPOK_USIA}
    where, params = _counter_scope(kategori, "")
    with db.connect() as conn:
        rows = [
            (sex, month, n)
            for sex, month, n in conn.execute(
                text(
                    "SELECT jenis_kelamin, lahir, sum(n) FROM cakupan_lahir "
                    f"WHERE n > 0 AND status = 'aktif'{where} GROUP BY jenis_kelamin, lahir"
                ),
                params,
            )
        ]
        cols = "jenis_kelamin, substr(tanggal_lahir, 1, 7)"
        rows += [(sex, m, -n) for sex, m, n in _outside_rows(conn, pada, cols, kategori, "")]
    for sex, month, n in rows:
        y, m = int(month[:4]), int(month[5:7])
        umur = pada.year - y - (pada.month < m)
        jk[sex] = jk.get(sex, 0) + n
        usia[kelompok_usia(umur)] += n
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
    jp: bool
    mulai: date | None  # first day of the month, None when unknown
    selesai: date | None  # first day of the month the period ends, None when open
    n: int


def periode(db: Database, kategori: str = "") -> list[Periode]:
    """Periods of everyone who is or was covered (aktif, or nonaktif after a start), by month:
    the basis of the month trend and of what the budget has paid so far."""
    where, params = _counter_scope(kategori, "")

    def first(m: str | None) -> date | None:
        return date(int(m[:4]), int(m[5:7]), 1) if m else None

    stmt = text(
        "SELECT kategori, sumber_dana, upah, jkk, jkm, jht, jp, mulai, selesai, sum(n) "
        "FROM cakupan_periode WHERE n > 0 AND (status = 'aktif' OR (status = 'nonaktif' "
        f"AND mulai != '')){where} "
        "GROUP BY kategori, sumber_dana, upah, jkk, jkm, jht, jp, mulai, selesai"
    )
    with db.connect() as conn:
        return [
            Periode(
                r[0],
                r[1],
                None if r[2] < 0 else r[2],
                bool(r[3]),
                bool(r[4]),
                bool(r[5]),
                bool(r[6]),
                first(r[7]),
                first(r[8]),
                r[9],
            )
            for r in conn.execute(stmt, params)
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
