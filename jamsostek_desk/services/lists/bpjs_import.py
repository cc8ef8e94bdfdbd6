"""BPJS's result list (NIK, KPJ number, status, dates) updating the participants it names.

Two steps like the bulk import: ``analyse`` reads the file (through the importer's safe reader)
and says, row by row, what would change; ``commit`` writes every change in one transaction with
an audit entry per participant, or nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import select

from jamsostek_desk.domain.dates import parse_tanggal
from jamsostek_desk.domain.errors import UserError
from jamsostek_desk.domain.nik import clean_nik_text, parse_nik
from jamsostek_desk.services import audit
from jamsostek_desk.services.access import require_writer
from jamsostek_desk.services.common.batching import in_chunks
from jamsostek_desk.services.common.progress import Progress, no_progress, step
from jamsostek_desk.services.context import AppContext
from jamsostek_desk.services.importer.reader import ReadError, open_workbook
from jamsostek_desk.services.xlsx import RejectRow, write_rejects
from jamsostek_desk.store.models import Peserta, utcnow
from jamsostek_desk.store.settings import stamp

HEADERS: dict[str, tuple[str, ...]] = {
    "nik": ("NIK", "NO KTP", "NOMOR KTP", "NOMOR INDUK KEPENDUDUKAN", "NO NIK"),
    "kpj": ("KPJ", "NO KPJ", "NOMOR KPJ", "NO PESERTA", "NOMOR PESERTA", "NO KARTU"),
    "status": ("STATUS", "STATUS KEPESERTAAN", "STATUS PESERTA", "HASIL", "KETERANGAN"),
    "mulai": (
        "TGL MULAI",
        "TANGGAL MULAI",
        "MULAI",
        "TMT",
        "TGL KEPESERTAAN",
        "TANGGAL KEPESERTAAN",
        "TGL EFEKTIF",
        "TANGGAL EFEKTIF",
    ),
    "akhir": (
        "TGL AKHIR",
        "TANGGAL AKHIR",
        "AKHIR",
        "TGL BERAKHIR",
        "TANGGAL BERAKHIR",
        "MASA BERLAKU",
        "BERLAKU SAMPAI",
    ),
}
LABEL = {
    "nik": "NIK",
    "kpj": "KPJ",
    "status": "Status",
    "mulai": "Tanggal mulai",
    "akhir": "Tanggal akhir",
}
ACTIVE = {"AKTIF", "TERDAFTAR", "BERHASIL", "SUKSES", "DITERIMA", "OK"}
REFUSED = {"DITOLAK", "GAGAL", "TOLAK", "TIDAK BERHASIL", "INVALID"}
ENDED = {"NONAKTIF", "NON AKTIF", "TIDAK AKTIF", "BERAKHIR", "KELUAR"}
_KPJ = re.compile(r"\d{11}")


def _key(text: object) -> str:
    return " ".join(re.sub(r"[^0-9A-Za-z]+", " ", str(text or "")).upper().split())


class BpjsStatus(StrEnum):
    """What the import does with a row of BPJS's list, in the words of its report."""

    UPDATED = "updated"
    UNCHANGED = "unchanged"  # nothing to change, or BPJS refused the person (a warning says so)
    REJECTED = "rejected"  # refused, with a message per column


@dataclass
class BpjsRow:
    source_row: int
    nik: str
    status: BpjsStatus
    nama: str = ""
    peserta_id: str | None = None
    changes: dict[str, tuple[Any, Any]] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    cells: list[object] = field(default_factory=list)  # the row as the file had it


@dataclass
class BpjsAnalysis:
    path: Path
    sheet: str
    columns: dict[str, int]
    rows: list[BpjsRow]
    headers: list[str] = field(default_factory=list)

    def count(self, status: BpjsStatus) -> int:
        return sum(1 for r in self.rows if r.status == status)

    def report(self, committed: bool) -> dict[str, Any]:
        return {
            "file": self.path.name,
            "rows": len(self.rows),
            "updated": self.count(BpjsStatus.UPDATED),
            "unchanged": self.count(BpjsStatus.UNCHANGED),
            "rejected": self.count(BpjsStatus.REJECTED),
            "warnings": sum(1 for r in self.rows if r.warnings),
            "committed": committed,
            "errors": [
                {"row": r.source_row, "column": LABEL.get(f, f), "message": m}
                for r in self.rows
                for f, m in r.errors.items()
            ],
            "warning_messages": [
                {"row": r.source_row, "message": m} for r in self.rows for m in r.warnings
            ],
        }


def _find_header(book: Any) -> tuple[str, int, dict[str, int], list[list[object]]]:
    for info in book.sheets:
        if not info.visible or not info.rows:
            continue
        rows = list(book.rows(info.name))
        for i, row in enumerate(rows[:30]):
            found: dict[str, int] = {}
            for c, cell in enumerate(row):
                k = _key(cell)
                for name, names in HEADERS.items():
                    if k in names and name not in found:
                        found[name] = c
            if "nik" in found and "kpj" in found:
                return info.name, i, found, rows
    raise UserError(
        "Kolom NIK dan KPJ tidak ditemukan di baris judul mana pun. Daftar hasil dari BPJS "
        "harus punya kolom NIK dan nomor KPJ (boleh ditambah STATUS, TANGGAL MULAI, TANGGAL "
        "AKHIR)."
    )


def analyse(ctx: AppContext, path: Path, progress: Progress = no_progress) -> BpjsAnalysis:
    path = Path(path)
    progress(0, 0, f"Membaca {path.name}…")
    with open_workbook(path) as book:
        sheet, header_row, cols, rows = _find_header(book)
    data = rows[header_row + 1 :]
    out: list[BpjsRow] = []
    niks = [_nik_text(_cell(r, cols, "nik")) for r in data]
    kpjs = [_kpj_text(_cell(r, cols, "kpj")) for r in data]
    people: dict[str, Peserta] = {}
    holders: dict[str, Peserta] = {}  # live participants by KPJ
    with ctx.db.session() as s:
        wanted = sorted({n for n in niks if len(n) == 16})
        for part in in_chunks(wanted):
            for p in s.scalars(
                select(Peserta).where(Peserta.nik.in_(part), Peserta.deleted_at.is_(None))
            ):
                people[p.nik] = p
        numbers = sorted({k for k in kpjs if _KPJ.fullmatch(k)})
        for part in in_chunks(numbers):
            for p in s.scalars(
                select(Peserta).where(Peserta.kpj.in_(part), Peserta.deleted_at.is_(None))
            ):
                holders[str(p.kpj)] = p
    seen: dict[str, int] = {}
    kpj_rows: dict[str, int] = {}
    for n, (row, nik) in enumerate(zip(data, niks, strict=True)):
        line = header_row + n + 2
        if not any(v not in (None, "") for v in row):
            continue
        result = _row(line, nik, row, cols, people, seen)
        if result.status != BpjsStatus.REJECTED:
            _check_kpj(result, kpjs[n], line, holders, kpj_rows)
        if result.status == BpjsStatus.REJECTED:
            result.cells = list(row)
        out.append(result)
        if n % 2000 == 0:
            step(progress, n, len(data), "Memeriksa baris {done} dari {total}…")
    headers = [str(h) if h is not None else "" for h in rows[header_row]]
    return BpjsAnalysis(path, sheet, cols, out, headers)


def _cell(row: list[object], cols: dict[str, int], name: str) -> object:
    c = cols.get(name)
    return row[c] if c is not None and c < len(row) else None


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _nik_text(value: object) -> str:
    """The NIK's digits; a number cell keeps its value, so that the check below can say that
    Excel lost its 16th digit (a NIK is never taken from a number)."""
    if _is_number(value):
        return f"#{value!r}"  # marked: not a NIK as text
    return clean_nik_text(value)


def _kpj_text(value: object) -> str:
    """The KPJ's digits. An 11-digit number fits a float exactly, so a KPJ stored as a number
    is taken as it is (an integer value only)."""
    if _is_number(value):
        number = float(value)  # type: ignore[arg-type]
        if number.is_integer() and number >= 0:
            return str(int(number))
        return str(value)
    return clean_nik_text(value)


def _check_kpj(
    r: BpjsRow,
    kpj: str,
    line: int,
    holders: dict[str, Peserta],
    kpj_rows: dict[str, int],
) -> None:
    """One KPJ number, one person: refuse a row whose KPJ belongs to another live participant
    or is given to another person earlier in the same file."""
    if not _KPJ.fullmatch(kpj):
        return
    other = holders.get(kpj)
    if other is not None and other.id != r.peserta_id:
        r.errors["kpj"] = (
            f"Nomor KPJ {kpj} sudah dimiliki peserta lain: {other.nama} (NIK {other.nik})."
        )
    elif kpj in kpj_rows:
        r.errors["kpj"] = f"Nomor KPJ {kpj} sudah dipakai di baris {kpj_rows[kpj]} file ini."
    else:
        kpj_rows[kpj] = line
        return
    r.status, r.changes = BpjsStatus.REJECTED, {}


def _row(
    line: int,
    nik: str,
    row: list[object],
    cols: dict[str, int],
    people: dict[str, Peserta],
    seen: dict[str, int],
) -> BpjsRow:
    r = BpjsRow(line, nik, BpjsStatus.REJECTED)
    if nik.startswith("#"):  # a number cell (see _nik_text)
        r.nik = nik[1:]
        r.errors["nik"] = parse_nik(_cell(row, cols, "nik")).errors[0].message
        return r
    if not re.fullmatch(r"\d{16}", nik):
        r.errors["nik"] = f"NIK '{nik}' bukan 16 angka."
        return r
    if nik in seen:
        r.errors["nik"] = f"NIK {nik} sudah ada di baris {seen[nik]} file ini."
        return r
    seen[nik] = line
    p = people.get(nik)
    if p is None:
        r.errors["nik"] = f"NIK {nik} tidak terdaftar sebagai peserta di database ini."
        return r
    r.nama, r.peserta_id = p.nama, p.id
    kpj = _kpj_text(_cell(row, cols, "kpj"))
    status_text = _key(_cell(row, cols, "status"))
    if status_text in REFUSED:
        r.status = BpjsStatus.UNCHANGED
        r.warnings.append(f"BPJS menolak pendaftaran {p.nama}; data tidak diubah.")
        return r
    if kpj and not _KPJ.fullmatch(kpj):
        r.errors["kpj"] = f"Nomor KPJ '{kpj}' harus 11 angka."
    dates: dict[str, date | None] = {}
    for name in ("mulai", "akhir"):
        value = _cell(row, cols, name)
        if value in (None, ""):
            continue
        try:
            dates[name] = parse_tanggal(value)
        except ValueError as e:
            r.errors[name] = str(e)
    if status_text and status_text not in ACTIVE | ENDED:
        r.warnings.append(f"Status '{status_text}' tidak dikenal; status peserta tidak diubah.")
    if r.errors:
        return r
    want: dict[str, Any] = {}
    if kpj:
        want["kpj"] = kpj
    if "mulai" in dates:
        want["mulai_kepesertaan"] = dates["mulai"]
    if "akhir" in dates:
        want["akhir_kepesertaan"] = dates["akhir"]
    if (status_text in ACTIVE or (kpj and not status_text)) and p.status == "didaftarkan":
        want["status"] = "aktif"
    if status_text in ENDED and p.status != "nonaktif":
        want.update(
            status="nonaktif",
            nonaktif_alasan="lainnya",
            nonaktif_tanggal=dates.get("akhir") or date.today(),
            nonaktif_keterangan="Nonaktif menurut daftar BPJS",
        )
    if p.kpj and kpj and p.kpj != kpj:
        r.warnings.append(f"Nomor KPJ lama {p.kpj} diganti {kpj}.")
    r.changes = {f: (getattr(p, f), v) for f, v in want.items() if getattr(p, f) != v}
    r.status = BpjsStatus.UPDATED if r.changes else BpjsStatus.UNCHANGED
    return r


def commit(
    ctx: AppContext, analysis: BpjsAnalysis, progress: Progress = no_progress
) -> dict[str, Any]:
    """Every change in one transaction (with audit entries), or nothing."""
    require_writer(ctx, "impor daftar hasil BPJS")
    todo = [r for r in analysis.rows if r.status == BpjsStatus.UPDATED and r.peserta_id]
    with ctx.db.session() as s:
        version = stamp(s)
        now = utcnow()
        for i, r in enumerate(todo):
            p = s.get(Peserta, r.peserta_id)
            if p is None or p.deleted_at is not None:
                raise UserError(f"Peserta NIK {r.nik} baru saja dihapus; impor dibatalkan.")
            for f, (_, new) in r.changes.items():
                setattr(p, f, new)
            p.updated_at, p.version = now, version
            audit.record(
                s,
                ctx,
                "peserta",
                p.id,
                "bpjs",
                {**r.changes, "sumber": (None, f"{analysis.path.name} baris {r.source_row}")},
            )
            if i % 500 == 0:
                step(progress, i, len(todo), "Memperbarui {done} dari {total} peserta…")
    progress(len(todo), len(todo), "Selesai.")
    return analysis.report(committed=True)


def write_rejected(analysis: BpjsAnalysis, out: Path, ctx: AppContext) -> Path:
    """The rejected rows as BPJS sent them, with the reasons and the faulty cells marked."""
    require_writer(ctx, "menyimpan baris yang ditolak")
    rejected = [
        RejectRow(
            r.source_row,
            r.cells,
            list(r.errors.values()),
            {analysis.columns[f] for f in r.errors if f in analysis.columns},
        )
        for r in analysis.rows
        if r.status == BpjsStatus.REJECTED
    ]
    path = write_rejects(Path(out), analysis.headers, rejected, sheet_title=analysis.sheet)
    audit.record_export(ctx, "ekspor_ditolak", len(rejected), path)
    return path


__all__ = ["BpjsAnalysis", "BpjsRow", "BpjsStatus", "ReadError", "analyse", "commit"]
