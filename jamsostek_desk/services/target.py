"""Targets, budgets (pagu) and aparat-desa posts: the figures coverage and the bill are measured
against. Every change is one transaction with an audit entry; earlier figures are kept (a new
row from a date), so "10,000 until 7 August, 15,000 from 8 August" stays visible."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from jamsostek_desk.domain.codes import KATEGORI, SUMBER_DANA
from jamsostek_desk.domain.errors import UserError, ValidationError
from jamsostek_desk.domain.money import format_angka
from jamsostek_desk.domain.rekap import FORMASI_BAWAAN, formasi_bawaan, in_force
from jamsostek_desk.domain.wilayah import WilayahRef, load_wilayah, normalize_kode
from jamsostek_desk.services import access, audit
from jamsostek_desk.services.context import AppContext
from jamsostek_desk.store.models import utcnow
from jamsostek_desk.store.models_rekap import Anggaran, FormasiAparat, Target
from jamsostek_desk.store.settings import stamp

Progress = Callable[[int, int, str], None]


def require_admin(ctx: AppContext, aksi: str) -> None:
    """THE place where setting targets, budgets and posts is limited to administrators: an
    AccessDenied (a UserError) for an Operator or Pimpinan. Every service below that changes a
    target, a pagu or a formasi calls it first."""
    access.require_admin(ctx, f"menetapkan {aksi}")


def require_setter(ctx: AppContext, aksi: str, kategori: str = "") -> None:
    """Targets, budgets and posts are set by the kabupaten-level office whose work they measure
    (and travel from it to every office by sync): targets of aparat desa and the posts of each
    desa by the Dinas PMD, targets of pekerja rentan by the Disnakertrans (the Dinas PMD may set
    both), budgets by either. A desa office receives its desa's figures and sets none; the
    other offices would refuse them on receipt (services/sync/checks.py)."""
    if ctx.kantor_jenis == "desa":
        apa = {
            "target": "Target",
            "anggaran": "Pagu anggaran",
            "formasi": "Jumlah jabatan aparat desa",
        }[aksi]
        raise UserError(
            f"{apa} ditetapkan oleh Dinas kabupaten dan sampai ke kantor desa lewat "
            "sinkronisasi; kantor desa tidak dapat mengubahnya. Hubungi Dinas bila angkanya "
            "perlu diperbaiki."
        )
    if ctx.kantor_jenis == "disnakertrans" and (
        aksi == "formasi" or (aksi == "target" and kategori == "aparat_desa")
    ):
        apa = "Jumlah jabatan aparat desa" if aksi == "formasi" else "Target aparat desa"
        raise UserError(
            f"{apa} ditetapkan oleh Dinas PMD; Disnakertrans menetapkan target pekerja rentan."
        )


@dataclass(frozen=True)
class TargetRow:
    id: str
    tahun: int
    kategori: str
    wilayah_kode: str
    jumlah: int
    dasar: str
    berlaku: date
    dibuat: str  # operator's name

    def as_json(self) -> dict[str, Any]:
        return {
            "tahun": self.tahun,
            "kategori": self.kategori,
            "wilayah": self.wilayah_kode,
            "jumlah": self.jumlah,
            "dasar": self.dasar,
            "berlaku": self.berlaku.isoformat(),
        }


@dataclass(frozen=True)
class AnggaranRow:
    id: str
    tahun: int
    sumber_dana: str
    wilayah_kode: str
    pagu: int
    dasar: str
    berlaku: date
    kantor_id: str = ""  # the office that set it: each office's pagu has its own history

    def as_json(self) -> dict[str, Any]:
        return {
            "tahun": self.tahun,
            "sumber_dana": self.sumber_dana,
            "wilayah": self.wilayah_kode,
            "pagu": self.pagu,
            "dasar": self.dasar,
            "berlaku": self.berlaku.isoformat(),
        }


def _check_tahun(tahun: int, errors: dict[str, str]) -> None:
    if not 2000 <= tahun <= 2100:
        errors["tahun"] = f"Tahun {tahun} tidak masuk akal (2000–2100)."


def _check_wilayah(ctx: AppContext, kode: str, ref: WilayahRef, errors: dict[str, str]) -> str:
    """The code in dotted form, inside the office's area; "" means the office's own area."""
    if not kode:
        return ctx.wilayah_kode
    try:
        kode = normalize_kode(kode)
    except ValueError as e:
        errors["wilayah"] = str(e)
        return kode
    region = ref.get(kode)
    if region is None or region.level < 2:
        errors["wilayah"] = f"Kode wilayah {kode} tidak ada di daftar Kemendagri (kabupaten, " + (
            "kecamatan atau desa)."
        )
    elif not (kode == ctx.wilayah_kode or kode.startswith(ctx.kabupaten_kode + ".")) and (
        kode != ctx.kabupaten_kode
    ):
        errors["wilayah"] = (
            f"Wilayah {kode} ({region.nama}) di luar wilayah kantor ini ({ctx.kabupaten_kode})."
        )
    return kode


def set_target(
    ctx: AppContext,
    tahun: int,
    kategori: str,
    jumlah: int,
    wilayah_kode: str = "",
    dasar: str = "",
    berlaku: date | None = None,
    ref: WilayahRef | None = None,
) -> TargetRow:
    """A new target from ``berlaku`` (default: today); the earlier ones stay as history."""
    require_admin(ctx, "target")
    require_setter(ctx, "target", kategori)
    ref = ref or load_wilayah()
    errors: dict[str, str] = {}
    _check_tahun(tahun, errors)
    if kategori not in KATEGORI:
        errors["kategori"] = f"Kategori '{kategori}' tidak dikenal: pilih {', '.join(KATEGORI)}."
    if jumlah < 0:
        errors["jumlah"] = "Jumlah target tidak boleh negatif."
    kode = _check_wilayah(ctx, wilayah_kode.strip(), ref, errors)
    berlaku = berlaku or date.today()
    if errors:
        raise ValidationError(errors)
    with ctx.db.session() as s:
        row = Target(
            kantor_id=ctx.kantor_id,
            tahun=tahun,
            kategori=kategori,
            wilayah_kode=kode,
            jumlah=jumlah,
            dasar=dasar.strip(),
            berlaku=berlaku,
            version=stamp(s),
        )
        s.add(row)
        s.flush()
        audit.record(
            s,
            ctx,
            "target",
            row.id,
            "buat",
            {"jumlah": (None, jumlah), "berlaku": (None, berlaku), "dasar": (None, row.dasar)},
        )
        return _target_row(row, ctx.operator_nama)


def _target_row(t: Target, operator: str = "") -> TargetRow:
    return TargetRow(
        t.id, t.tahun, t.kategori, t.wilayah_kode, t.jumlah, t.dasar, t.berlaku, operator
    )


def list_targets(db: Any, tahun: int | None = None) -> list[TargetRow]:
    """Every live target, oldest first within each (year, kategori, area)."""
    stmt = select(Target).where(Target.deleted_at.is_(None))
    if tahun is not None:
        stmt = stmt.where(Target.tahun == tahun)
    stmt = stmt.order_by(Target.tahun, Target.kategori, Target.wilayah_kode, Target.berlaku)
    with db.session() as s:
        return [_target_row(t) for t in s.execute(stmt).scalars()]


def targets_in_force(db: Any, tahun: int, pada: date) -> dict[tuple[str, str], int]:
    """{(kategori, wilayah_kode): jumlah} of the targets in force at ``pada``."""
    groups: dict[tuple[str, str], list[TargetRow]] = {}
    for t in list_targets(db, tahun):
        groups.setdefault((t.kategori, t.wilayah_kode), []).append(t)
    out = {}
    for key, rows in groups.items():
        chosen = in_force(rows, pada)
        if chosen is not None:
            out[key] = chosen.jumlah
    return out


def set_anggaran(
    ctx: AppContext,
    tahun: int,
    sumber_dana: str,
    pagu: int,
    dasar: str = "",
    berlaku: date | None = None,
    wilayah_kode: str = "",
) -> AnggaranRow:
    """A budget (pagu) from ``berlaku``; earlier pagu rows stay as history."""
    require_admin(ctx, "anggaran")
    require_setter(ctx, "anggaran")
    errors: dict[str, str] = {}
    _check_tahun(tahun, errors)
    if sumber_dana not in SUMBER_DANA:
        errors["sumber"] = (
            f"Sumber dana '{sumber_dana}' tidak dikenal: pilih {', '.join(SUMBER_DANA)}."
        )
    if pagu < 0:
        errors["pagu"] = "Pagu tidak boleh negatif."
    kode = ""
    if wilayah_kode.strip():
        kode = _check_wilayah(ctx, wilayah_kode.strip(), load_wilayah(), errors)
    if errors:
        raise ValidationError(errors)
    berlaku = berlaku or date.today()
    with ctx.db.session() as s:
        row = Anggaran(
            kantor_id=ctx.kantor_id,
            tahun=tahun,
            sumber_dana=sumber_dana,
            wilayah_kode=kode,
            pagu=pagu,
            dasar=dasar.strip(),
            berlaku=berlaku,
            version=stamp(s),
        )
        s.add(row)
        s.flush()
        audit.record(
            s, ctx, "anggaran", row.id, "buat", {"pagu": (None, pagu), "berlaku": (None, berlaku)}
        )
        return _anggaran_row(row)


def _anggaran_row(a: Anggaran) -> AnggaranRow:
    return AnggaranRow(
        a.id, a.tahun, a.sumber_dana, a.wilayah_kode, a.pagu, a.dasar, a.berlaku, a.kantor_id
    )


def list_anggaran(db: Any, tahun: int | None = None) -> list[AnggaranRow]:
    stmt = select(Anggaran).where(Anggaran.deleted_at.is_(None))
    if tahun is not None:
        stmt = stmt.where(Anggaran.tahun == tahun)
    stmt = stmt.order_by(Anggaran.tahun, Anggaran.sumber_dana, Anggaran.berlaku)
    with db.session() as s:
        return [_anggaran_row(a) for a in s.execute(stmt).scalars()]


def pagu_in_force(db: Any, tahun: int, pada: date) -> dict[str, int]:
    """{sumber_dana: pagu} in force at ``pada``: per office and area the newest pagu from before
    ``pada``, summed (an APBDes pagu per desa; the Dinas PMD's and the Disnakertrans's APBD
    kabupaten pagu for their own programmes, which both reach each office by sync)."""
    groups: dict[tuple[str, str, str], list[AnggaranRow]] = {}
    for a in list_anggaran(db, tahun):
        groups.setdefault((a.sumber_dana, a.wilayah_kode, a.kantor_id), []).append(a)
    out: dict[str, int] = {}
    for (sumber, _kode, _kantor), rows in groups.items():
        chosen = in_force(rows, pada)
        if chosen is not None:
            out[sumber] = out.get(sumber, 0) + chosen.pagu
    return out


# -- aparat-desa posts per desa -----------------------------------------------------------


def formasi(db: Any) -> dict[str, int]:
    """{desa_kode: posts} of every desa that has its posts recorded."""
    stmt = select(FormasiAparat.desa_kode, FormasiAparat.jumlah).where(
        FormasiAparat.deleted_at.is_(None)
    )
    with db.connect() as conn:
        return {k: int(n) for k, n in conn.execute(stmt)}


def _put_formasi(
    s: Session, ctx: AppContext, desa_kode: str, jumlah: int, asal: str, version: int
) -> bool:
    row = s.execute(
        select(FormasiAparat).where(
            FormasiAparat.desa_kode == desa_kode, FormasiAparat.deleted_at.is_(None)
        )
    ).scalar_one_or_none()
    if row is None:
        row = FormasiAparat(
            kantor_id=ctx.kantor_id, desa_kode=desa_kode, jumlah=jumlah, asal=asal, version=version
        )
        s.add(row)
        s.flush()
        audit.record(s, ctx, "formasi_aparat", row.id, "buat", {"jumlah": (None, jumlah)})
        return True
    if row.jumlah == jumlah:
        return False
    audit.record(s, ctx, "formasi_aparat", row.id, "ubah", {"jumlah": (row.jumlah, jumlah)})
    row.jumlah, row.asal, row.version, row.updated_at = jumlah, asal, version, utcnow()
    return True


def _desa_of_office(ctx: AppContext, ref: WilayahRef) -> list[str]:
    """The desa (not kelurahan: they have no aparat desa) of the office's area."""
    return [r.kode for r in ref.desa_in(ctx.wilayah_kode) if not r.is_kelurahan]


def set_formasi(
    ctx: AppContext, items: dict[str, int], asal: str = "isian", ref: WilayahRef | None = None
) -> int:
    """Record the posts of the given desa (one transaction); returns how many changed."""
    require_admin(ctx, "formasi")
    require_setter(ctx, "formasi")
    ref = ref or load_wilayah()
    mine = set(_desa_of_office(ctx, ref))
    errors = {}
    for kode, n in items.items():
        if kode not in mine:
            errors[kode] = (
                f"{kode} bukan desa di wilayah kantor ini (kelurahan tidak punya aparat desa)."
            )
        elif n < 0 or n > 200:
            errors[kode] = f"Jumlah jabatan {n} untuk desa {kode} tidak masuk akal (0–200)."
    if errors:
        raise ValidationError(errors)
    changed = 0
    with ctx.db.session() as s:
        version = stamp(s)
        for kode, n in sorted(items.items()):
            changed += _put_formasi(s, ctx, kode, n, asal, version)
    return changed


def apply_default_formasi(
    ctx: AppContext,
    struktur: tuple[tuple[str, int], ...] = FORMASI_BAWAAN,
    ref: WilayahRef | None = None,
) -> int:
    """Give every desa of the office without recorded posts the default structure."""
    require_setter(ctx, "formasi")
    ref = ref or load_wilayah()
    have = formasi(ctx.db)
    n = formasi_bawaan(struktur)
    todo = {k: n for k in _desa_of_office(ctx, ref) if k not in have}
    return set_formasi(ctx, todo, "bawaan", ref) if todo else 0


def import_formasi(ctx: AppContext, path: Path, ref: WilayahRef | None = None) -> int:
    """Posts per desa from a workbook with a column of desa codes and one of numbers
    (headers like "KODE DESA" and "JUMLAH"); one transaction, all rows or none."""
    from openpyxl import load_workbook

    require_setter(ctx, "formasi")
    ref = ref or load_wilayah()
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as e:  # openpyxl raises many kinds for a file that is not a workbook
        raise UserError(
            f"Berkas {Path(path).name} tidak bisa dibaca sebagai .xlsx. Simpan ulang sebagai "
            "Excel Workbook (.xlsx) dengan kolom KODE DESA dan JUMLAH."
        ) from e
    try:
        rows = list(wb.worksheets[0].iter_rows(values_only=True, max_row=5000))
    finally:
        wb.close()
    head_at, kode_col, n_col = _formasi_header(rows)
    items: dict[str, int] = {}
    errors: dict[str, str] = {}
    for i, row in enumerate(rows[head_at + 1 :], start=head_at + 2):
        raw_kode = row[kode_col] if kode_col < len(row) else None
        raw_n = row[n_col] if n_col < len(row) else None
        if raw_kode in (None, "") and raw_n in (None, ""):
            continue
        try:
            kode = normalize_kode(str(raw_kode).strip())
        except ValueError:
            errors[f"baris {i}"] = f"Baris {i}: kode desa '{raw_kode}' tidak sah."
            continue
        try:
            n = int(str(raw_n).strip().split(".")[0]) if not isinstance(raw_n, int) else raw_n
        except ValueError:
            errors[f"baris {i}"] = f"Baris {i}: jumlah '{raw_n}' bukan bilangan bulat."
            continue
        items[kode] = n
    if errors:
        raise ValidationError(
            errors,
            "Daftar jabatan per desa belum bisa disimpan:\n- "
            + ("\n- ".join(list(errors.values())[:20])),
        )
    if not items:
        raise UserError(f"Berkas {Path(path).name} tidak berisi baris kode desa dan jumlah.")
    return set_formasi(ctx, items, "impor", ref)


def _formasi_header(rows: list[tuple[Any, ...]]) -> tuple[int, int, int]:
    for at, row in enumerate(rows[:20]):
        keys = [str(c or "").strip().upper() for c in row]
        kode = next((i for i, k in enumerate(keys) if "KODE" in k), None)
        n = next((i for i, k in enumerate(keys) if k.startswith("JUMLAH") or k == "FORMASI"), None)
        if kode is not None and n is not None:
            return at, kode, n
    raise UserError(
        "Kolom KODE DESA dan JUMLAH tidak ditemukan di 20 baris pertama lembar pertama."
    )


def format_target(t: TargetRow, ref: WilayahRef) -> str:
    return (
        f"{t.tahun} {KATEGORI.get(t.kategori, t.kategori)} {ref.label(t.wilayah_kode)}: "
        f"{format_angka(t.jumlah)} sejak {t.berlaku.isoformat()}"
        + (f" ({t.dasar})" if t.dasar else "")
    )
