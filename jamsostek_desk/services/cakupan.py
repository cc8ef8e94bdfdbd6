"""Coverage figures as groups of participants ("cells"), never as a loop over people.

Covered at a date = status aktif with a membership period containing the date (a period
without a start or end date is open on that side). Every figure of the Beranda and the
rekapitulasi is a sum over cells: the participants grouped by desa, kategori, sumber dana,
status and nonaktif reason, covered or not, with their count and the sum of their monthly
contributions. That sum is made in SQL by ``services.iuran.iuran_sql`` (the per-person
contribution, rounded as ``domain.iuran`` rounds it) over the counters' groups of equal wage and
programmes, so it equals the sum of the per-person contributions.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import and_, case, column, func, literal, or_, select, table, text

from jamsostek_desk.domain.rekap import KELOMPOK_USIA, kelompok_usia
from jamsostek_desk.services.iuran import TarifBerlaku, iuran_sql
from jamsostek_desk.store.db import Database
from jamsostek_desk.store.models import Peserta

T = Peserta.__table__
UPAH = T.c.upah


@dataclass(frozen=True, slots=True)
class Sel:
    """One group of live participants that share every key below."""

    desa_kode: str  # or the kecamatan/kabupaten code, at a coarser level
    kategori: str
    sumber_dana: str
    status: str
    alasan: str  # nonaktif reason, "" otherwise
    tercakup: bool
    n: int
    iuran: int = 0  # monthly contributions of the covered people of the cell, summed
    tanpa_upah: int = 0  # covered wage earners without a wage: contribution unknown


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


# cakupan_sel seen with the participant's column names, so that iuran_sql applies to it
_CS = table(
    "cakupan_sel",
    *(column(c) for c in ("desa_kode", "kategori", "sumber_dana", "status", "alasan")),
    *(column(c) for c in ("upah", "jkk", "jkm", "jht", "jp", "n")),
)


def _iuran(tarif: TarifBerlaku | None, source: Any) -> Any:
    return iuran_sql(tarif, source) if tarif is not None else literal(0)


def _level(col: Any, tingkat: int) -> Any:
    return func.substr(col, 1, int(tingkat))


def cells(
    db: Database,
    pada: date,
    tarif: TarifBerlaku | None = None,
    kategori: str = "",
    wilayah: str = "",
    tingkat: int = 13,
) -> list[Sel]:
    """The live participants grouped into cells, covered or not at ``pada``, with the sum of
    the covered people's contributions under ``tarif`` (0 without). ``tingkat`` is the length
    of the area code the cells keep (13: desa, 8: kecamatan, 5: kabupaten).

    On SQLite from the counters (store.cakupan_counts) less the active people whose period
    does not contain ``pada`` (two index ranges); elsewhere one grouped query.
    """
    if not db.is_sqlite:
        return cells_direct(db, pada, tarif, kategori, wilayah, tingkat)
    view = (
        select(
            _CS.c.desa_kode,
            _CS.c.kategori,
            _CS.c.sumber_dana,
            _CS.c.status,
            _CS.c.alasan,
            case((_CS.c.upah < 0, None), else_=_CS.c.upah).label("upah"),
            _CS.c.jkk.label("program_jkk"),
            _CS.c.jkm.label("program_jkm"),
            _CS.c.jht.label("program_jht"),
            _CS.c.jp.label("program_jp"),
            _CS.c.n,
        )
        .where(_CS.c.n > 0, *_counter_scope(_CS, kategori, wilayah))
        .subquery("s")
    )
    each = _iuran(tarif, view)
    aktif = view.c.status == "aktif"
    keys = (_level(view.c.desa_kode, tingkat), *(view.c[k] for k in SEL_KEYS[1:]))
    stmt = select(
        *keys,
        func.sum(view.c.n),
        func.sum(case((aktif, view.c.n * func.coalesce(each, 0)), else_=0)),
        func.sum(case((and_(aktif, each.is_(None)), view.c.n), else_=0)),
    ).group_by(*keys)
    with db.connect() as conn:
        counted = conn.execute(stmt).all()
        outside = _outside(conn, pada, tarif, kategori, wilayah, tingkat)
    out = []
    for r in counted:
        key = tuple(r[:5])
        n, iuran, tanpa = r[5], r[6] or 0, r[7] or 0
        gone = outside.get(key, (0, 0, 0)) if r[3] == "aktif" else (0, 0, 0)
        d, k, sd, st, al = r[0], r[1], r[2], r[3], r[4]
        if n - gone[0]:
            out.append(
                Sel(d, k, sd, st, al, st == "aktif", n - gone[0], iuran - gone[1], tanpa - gone[2])
            )
        if gone[0]:
            out.append(Sel(d, k, sd, st, al, False, gone[0]))
    return out


SEL_KEYS = ("desa_kode", "kategori", "sumber_dana", "status", "alasan")


def _counter_scope(source: Any, kategori: str, wilayah: str) -> list[Any]:
    conds = []
    if kategori:
        conds.append(source.c.kategori == kategori)
    if wilayah and wilayah.count(".") >= 2:
        d = source.c.desa_kode
        conds.append(or_(d == wilayah, and_(d > wilayah + ".", d < wilayah + "/")))
    return conds


def _counter_where(kategori: str, wilayah: str) -> tuple[str, dict[str, Any]]:
    """The same scope as SQL text, for the statements written by hand below."""
    where, params = "", {}
    if kategori:
        where += " AND kategori = :kategori"
        params["kategori"] = kategori
    if wilayah and wilayah.count(".") >= 2:
        where += " AND (desa_kode = :w OR (desa_kode > :w1 AND desa_kode < :w2))"
        params.update(w=wilayah, w1=wilayah + ".", w2=wilayah + "/")
    return where, params


def _outside_conditions(pada: date) -> list[tuple[str, Any]]:
    """Active people whose period does not contain ``pada``: two disjoint index ranges, each
    read through its partial index (named: SQLite's planner would otherwise walk every
    active row)."""
    return [
        ("ix_peserta_aktif_mulai", T.c.mulai_kepesertaan > pada),
        (
            "ix_peserta_aktif_akhir",
            and_(
                T.c.akhir_kepesertaan < pada,
                or_(T.c.mulai_kepesertaan.is_(None), T.c.mulai_kepesertaan <= pada),
            ),
        ),
    ]


def _outside_run(
    conn: Any,
    pada: date,
    cols: list[Any],
    aggregates: list[Any],
    kategori: str,
    wilayah: str,
) -> list[Any]:
    """``cols`` and ``aggregates`` of the active people outside their period at ``pada``."""
    out: list[Any] = []
    for index, cond in _outside_conditions(pada):
        stmt = (
            select(*cols, *aggregates)
            .where(
                T.c.deleted_at.is_(None),
                T.c.status == text("'aktif'"),
                cond,
                *_counter_scope(T, kategori, wilayah),
            )
            .group_by(*cols)
        )
        sql = str(stmt.compile(conn.engine, compile_kwargs={"literal_binds": True}))
        # SQLAlchemy cannot name an index for SQLite: the FROM clause is completed by hand
        sql = sql.replace("FROM peserta", f"FROM peserta INDEXED BY {index}", 1)
        out += conn.exec_driver_sql(sql).all()
    return out


def _outside(
    conn: Any,
    pada: date,
    tarif: TarifBerlaku | None,
    kategori: str,
    wilayah: str,
    tingkat: int,
) -> dict[tuple[Any, ...], tuple[int, int, int]]:
    each = _iuran(tarif, T)
    cols = [
        _level(T.c.desa_kode, tingkat),
        T.c.kategori,
        T.c.sumber_dana,
        T.c.status,
        func.coalesce(T.c.nonaktif_alasan, literal("")),
    ]
    aggregates = [
        func.count(),
        func.coalesce(func.sum(each), 0),
        func.sum(case((each.is_(None), 1), else_=0)),
    ]
    out: dict[tuple[Any, ...], tuple[int, int, int]] = {}
    for r in _outside_run(conn, pada, cols, aggregates, kategori, wilayah):
        key = tuple(r[:5])
        old = out.get(key, (0, 0, 0))
        out[key] = (old[0] + r[5], old[1] + (r[6] or 0), old[2] + (r[7] or 0))
    return out


def cells_direct(
    db: Database,
    pada: date,
    tarif: TarifBerlaku | None = None,
    kategori: str = "",
    wilayah: str = "",
    tingkat: int = 13,
) -> list[Sel]:
    """The same cells from one grouped query over the participants (any database; on SQLite
    the tests compare it with the counters)."""
    each = _iuran(tarif, T)
    cov = _tercakup(pada)
    keys = (
        _level(T.c.desa_kode, tingkat),
        T.c.kategori,
        T.c.sumber_dana,
        T.c.status,
        func.coalesce(T.c.nonaktif_alasan, literal("")),
        cov,
    )
    stmt = (
        select(
            *keys,
            func.count(),
            func.sum(case((cov == 1, func.coalesce(each, 0)), else_=0)),
            func.sum(case((and_(cov == 1, each.is_(None)), 1), else_=0)),
        )
        .where(*_scope(kategori, wilayah))
        .group_by(*keys)
    )
    with db.connect() as conn:
        return [
            Sel(r[0], r[1], r[2], r[3], r[4], bool(r[5]), r[6], r[7] or 0, r[8] or 0)
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
    where, params = _counter_where(kategori, "")
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
        cols = [T.c.jenis_kelamin, func.substr(T.c.tanggal_lahir, 1, 7)]
        rows += [
            (sex, m, -n)
            for sex, m, n in _outside_run(conn, pada, cols, [func.count()], kategori, "")
        ]
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


def periode(db: Database, tahun: int, kategori: str = "") -> list[Periode]:
    """Periods within ``tahun`` of everyone who is or was covered (aktif, or nonaktif after a
    start), by month, clamped to the year (a period from before January starts in January, one
    going on after December is open): the basis of the month trend and of what the budget
    has paid so far."""
    where, params = _counter_where(kategori, "")
    lo, hi = f"{tahun:04d}-01", f"{tahun:04d}-12"
    params.update(lo=lo, hi=hi)

    def first(m: str) -> date | None:
        return date(int(m[:4]), int(m[5:7]), 1) if m else None

    mulai = "max(mulai, :lo)"
    selesai = "CASE WHEN selesai > :hi THEN '' ELSE selesai END"
    keys = f"kategori, sumber_dana, upah, jkk, jkm, jht, jp, {mulai}, {selesai}"
    stmt = text(
        f"SELECT {keys}, sum(n) FROM cakupan_periode WHERE n > 0 AND (status = 'aktif' OR "
        f"(status = 'nonaktif' AND mulai != '')) AND mulai <= :hi AND (selesai = '' OR "
        f"selesai >= :lo){where} GROUP BY {keys}"
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
    last = sampai.month if sampai.year == tahun else (12 if sampai.year > tahun else 0)
    starts = [0] * 14
    for p in rows:
        m0 = 1 if p.mulai is None or p.mulai.year < tahun else p.mulai.month
        m1 = 12 if p.selesai is None or p.selesai.year > tahun else p.selesai.month
        if (p.mulai is not None and p.mulai.year > tahun) or m1 < m0:
            continue
        starts[m0] += p.n
        starts[m1 + 1] -= p.n
    out, running = [], 0
    for m in range(1, last + 1):
        running += starts[m]
        out.append((date(tahun, m, 1), running))
    return out
