"""Contributions (iuran): the tariffs and regulated figures in force at a date, a participant's
monthly contribution, and the same sum as one SQL expression for a million people.

The arithmetic and its rounding are in ``domain.iuran``; this module reads the dated rows
(``tarif_iuran``, ``ketentuan``) and writes new ones (an audited change of regulation).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import and_, case, func, literal, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from jamsostek_desk.domain.dates import format_tanggal
from jamsostek_desk.domain.errors import UserError, ValidationError
from jamsostek_desk.domain.iuran import (
    JENIS_TARIF,
    PERSEN_SKALA,
    PROGRAM_IURAN,
    SKEMA,
    SKEMA_LABEL,
    UPAH_MINIMUM_BPU,
    Iuran,
    Ketentuan,
    TarifIuran,
    in_force,
    iuran_bulanan,
    ketentuan_pada,
    program_peserta,
)
from jamsostek_desk.services import audit
from jamsostek_desk.services.access import require_admin
from jamsostek_desk.services.context import AppContext
from jamsostek_desk.store import models_tarif as mt
from jamsostek_desk.store.models import Peserta


@dataclass(frozen=True)
class TarifBerlaku:
    """Everything a contribution needs at one date."""

    pada: date
    tarif: dict[tuple[str, str], TarifIuran]  # (skema, program) -> tariff in force
    upah_minimum_bpu: int

    def iuran(
        self,
        kategori: str,
        upah: int | None,
        jkk: bool = True,
        jkm: bool = True,
        jht: bool = False,
        jp: bool = False,
    ) -> Iuran:
        return iuran_bulanan(
            kategori,
            upah,
            program_peserta(jkk, jkm, jht, jp),
            self.tarif,
            self.upah_minimum_bpu,
        )


def _tarif(r: mt.TarifIuran) -> TarifIuran:
    return TarifIuran(r.program, r.skema, r.jenis, r.nilai, r.berlaku_mulai, r.dasar_hukum)


def _ketentuan(r: mt.Ketentuan) -> Ketentuan:
    return Ketentuan(r.kunci, r.nilai, r.berlaku_mulai, r.dasar_hukum, r.keterangan)


def all_tarif(s: Session) -> list[TarifIuran]:
    rows = s.execute(
        select(mt.TarifIuran).order_by(
            mt.TarifIuran.skema, mt.TarifIuran.program, mt.TarifIuran.berlaku_mulai
        )
    ).scalars()
    return [_tarif(r) for r in rows]


def all_ketentuan(s: Session) -> list[Ketentuan]:
    rows = s.execute(
        select(mt.Ketentuan).order_by(mt.Ketentuan.kunci, mt.Ketentuan.berlaku_mulai)
    ).scalars()
    return [_ketentuan(r) for r in rows]


def nilai_ketentuan(s: Session, kunci: str, pada: date) -> Ketentuan:
    """The regulated figure ``kunci`` in force on a date; a clear error when there is none."""
    found = ketentuan_pada(all_ketentuan(s), kunci, pada)
    if found is None:
        raise UserError(
            f"Belum ada ketentuan {kunci} yang berlaku pada {format_tanggal(pada)}: "
            "tambahkan di tabel ketentuan."
        )
    return found


def tarif_berlaku_in(s: Session, pada: date) -> TarifBerlaku:
    return TarifBerlaku(
        pada,
        in_force(all_tarif(s), pada),
        nilai_ketentuan(s, UPAH_MINIMUM_BPU, pada).nilai,
    )


def tarif_berlaku(ctx: AppContext, pada: date) -> TarifBerlaku:
    """The contribution tariffs and the BPU minimum declared income in force on a date."""
    with ctx.db.session() as s:
        return tarif_berlaku_in(s, pada)


def iuran_peserta(ctx: AppContext, peserta_id: str, pada: date) -> Iuran:
    """A participant's monthly contribution at a date, from the tariffs in force then."""
    with ctx.db.session() as s:
        p = s.get(Peserta, peserta_id)
        if p is None or p.deleted_at is not None:
            raise UserError("Peserta tidak ditemukan atau sudah dihapus.")
        t = tarif_berlaku_in(s, pada)
        return t.iuran(
            p.kategori, p.upah, p.program_jkk, p.program_jkm, p.program_jht, p.program_jp
        )


def iuran_sql(t: TarifBerlaku, table: Any = None) -> ColumnElement[Any]:
    """The monthly contribution of each row of ``peserta`` (or an alias of it) as one SQL
    expression, equal to ``domain.iuran.iuran_bulanan`` row by row (NULL where a wage earner
    has no wage). ``select(func.sum(iuran_sql(t)))`` totals it over any filter in the database.
    """
    P = table if table is not None else Peserta.__table__
    flags = {"JKK": P.c.program_jkk, "JKM": P.c.program_jkm, "JHT": P.c.program_jht}
    flags["JP"] = P.c.program_jp
    per_skema: dict[str, ColumnElement[Any]] = {}
    for skema in ("bpu", "pu"):
        if skema == "bpu":
            minimum = literal(t.upah_minimum_bpu)
            dasar: ColumnElement[Any] = case(
                (func.coalesce(P.c.upah, 0) < minimum, minimum), else_=P.c.upah
            )
        else:
            dasar = P.c.upah
        total: ColumnElement[Any] = literal(0)
        for program in PROGRAM_IURAN:
            tarif = t.tarif.get((skema, program))
            if tarif is None:
                continue
            if tarif.jenis == "tetap":
                amount: ColumnElement[Any] = literal(tarif.nilai)
            else:
                amount = (dasar * tarif.nilai + PERSEN_SKALA // 2) // PERSEN_SKALA
            total = total + case((flags[program].is_(True), amount), else_=0)
        per_skema[skema] = total
    kinds = [(P.c.kategori == k, per_skema[s]) for k, s in SKEMA.items()]
    return case(*kinds, else_=None)


def add_tarif(ctx: AppContext, row: TarifIuran) -> None:
    """A new tariff of a programme in a scheme from a date on (audited; Admin only)."""
    require_admin(ctx, "menetapkan tarif iuran")
    errors: dict[str, str] = {}
    if row.program not in PROGRAM_IURAN:
        errors["program"] = "Program iuran harus JKK, JKM, JHT atau JP."
    if row.skema not in SKEMA_LABEL:
        errors["skema"] = "Skema harus bpu (bukan penerima upah) atau pu (penerima upah)."
    if row.jenis not in JENIS_TARIF:
        errors["jenis"] = "Jenis tarif harus persen atau tetap."
    if row.nilai < 0 or (row.jenis == "persen" and row.nilai > PERSEN_SKALA):
        errors["nilai"] = "Nilai tarif di luar batas (persen: 0–100 %, tetap: rupiah ≥ 0)."
    if not row.dasar_hukum.strip():
        errors["dasar_hukum"] = "Isi dasar hukum tarif (mis. PP 44/2015)."
    if errors:
        raise ValidationError(errors)
    with ctx.db.session() as s:
        exists = s.execute(
            select(mt.TarifIuran.id).where(
                and_(
                    mt.TarifIuran.program == row.program,
                    mt.TarifIuran.skema == row.skema,
                    mt.TarifIuran.berlaku_mulai == row.berlaku_mulai,
                )
            )
        ).first()
        if exists:
            raise ValidationError(
                {
                    "berlaku_mulai": f"Tarif {row.program} {row.skema.upper()} sudah ada yang "
                    f"berlaku mulai {format_tanggal(row.berlaku_mulai)}."
                }
            )
        s.add(
            mt.TarifIuran(
                program=row.program,
                skema=row.skema,
                jenis=row.jenis,
                nilai=row.nilai,
                berlaku_mulai=row.berlaku_mulai,
                dasar_hukum=row.dasar_hukum.strip(),
            )
        )
        audit.record(
            s,
            ctx,
            "tarif_iuran",
            "",
            "buat",
            {
                f"{row.program} {row.skema}": (
                    None,
                    f"{row.label()} mulai {format_tanggal(row.berlaku_mulai)} "
                    f"({row.dasar_hukum.strip()})",
                )
            },
        )


def add_ketentuan(ctx: AppContext, row: Ketentuan) -> None:
    """A new value of a regulated figure from a date on (audited; Admin only)."""
    require_admin(ctx, "menetapkan ketentuan iuran")
    if not row.kunci.strip():
        raise ValidationError({"kunci": "Isi kunci ketentuan."})
    if row.nilai < 0:
        raise ValidationError({"nilai": "Nilai tidak boleh negatif."})
    if not row.dasar_hukum.strip():
        raise ValidationError({"dasar_hukum": "Isi dasar hukum ketentuan."})
    with ctx.db.session() as s:
        exists = s.execute(
            select(mt.Ketentuan.id).where(
                mt.Ketentuan.kunci == row.kunci, mt.Ketentuan.berlaku_mulai == row.berlaku_mulai
            )
        ).first()
        if exists:
            raise ValidationError(
                {
                    "berlaku_mulai": f"Ketentuan {row.kunci} sudah ada yang berlaku mulai "
                    f"{format_tanggal(row.berlaku_mulai)}."
                }
            )
        s.add(
            mt.Ketentuan(
                kunci=row.kunci.strip(),
                nilai=row.nilai,
                berlaku_mulai=row.berlaku_mulai,
                dasar_hukum=row.dasar_hukum.strip(),
                keterangan=row.keterangan.strip(),
            )
        )
        audit.record(
            s,
            ctx,
            "ketentuan",
            "",
            "buat",
            {row.kunci: (None, f"{row.nilai} mulai {format_tanggal(row.berlaku_mulai)}")},
        )


def upah_minimum_bpu(ctx: AppContext, pada: date) -> int | None:
    """The BPU minimum declared income in force on a date (None: no such row yet)."""
    with ctx.db.session() as s:
        found = ketentuan_pada(all_ketentuan(s), UPAH_MINIMUM_BPU, pada)
    return found.nilai if found else None


def ketentuan_berlaku(ctx: AppContext, kunci: str, pada: date) -> Ketentuan:
    with ctx.db.session() as s:
        return nilai_ketentuan(s, kunci, pada)
