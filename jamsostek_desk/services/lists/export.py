"""Participant lists as Excel files: the filtered list, and BPJS's collective registration list.

Every cell is text (a NIK keeps its 16 digits, dates are dd-mm-yyyy) and nothing is ever a
formula (inline strings, quotePrefix for formula-like text). Rows are streamed into the workbook
openpyxl wrote with the header (``services.xlsx.sheet``), so 100,000 rows take seconds.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy import func, or_, select

from jamsostek_desk.domain.codes import ALASAN_NONAKTIF, KATEGORI, STATUS, SUMBER_DANA
from jamsostek_desk.domain.errors import InputError, UserError
from jamsostek_desk.domain.money import format_angka
from jamsostek_desk.domain.nik import mask_nik
from jamsostek_desk.domain.wilayah import load_wilayah
from jamsostek_desk.services import audit
from jamsostek_desk.services.access import require_writer
from jamsostek_desk.services.common.progress import Progress, no_progress, step
from jamsostek_desk.services.context import AppContext
from jamsostek_desk.services.peserta_list import PesertaFilter, T, filtered_source
from jamsostek_desk.services.xlsx import TEXT_FORMAT, clean_text, is_formula_like
from jamsostek_desk.services.xlsx.sheet import (
    inline_cell,
    list_layout,
    write_header,
    write_streamed,
)
from jamsostek_desk.services.xlsx.style import GRID
from jamsostek_desk.store.files import check_target
from jamsostek_desk.store.settings import get_setting, set_setting

MAX_BPJS_ROWS = 10_000


def _tgl(d: date | None) -> str:
    return f"{d.day:02d}-{d.month:02d}-{d.year:04d}" if d else ""


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    width: int
    value: Callable[[Any, Any], str]  # (row, wilayah reference) -> text


def _programs(r: Any) -> str:
    return ", ".join(
        n
        for n, on in (
            ("JKK", r.program_jkk),
            ("JKM", r.program_jkm),
            ("JHT", r.program_jht),
            ("JP", r.program_jp),
        )
        if on
    )


def _alamat(r: Any, ref: Any) -> str:
    parts = [r.alamat]
    if r.rt or r.rw:
        parts.append(f"RT {r.rt or '-'}/RW {r.rw or '-'}")
    parts.append(ref.name(r.desa_kode) or r.desa_kode)
    return ", ".join(p for p in parts if p)


def _kecamatan(r: Any, ref: Any) -> str:
    region = ref.get(r.desa_kode)
    return (ref.name(region.parent_kode) or "") if region and region.parent_kode else ""


COLUMNS: dict[str, Column] = {
    c.key: c
    for c in (
        Column("nik", "NIK", 20, lambda r, _: r.nik),
        Column("nama", "NAMA", 30, lambda r, _: r.nama),
        Column("tempat_lahir", "TEMPAT LAHIR", 16, lambda r, _: r.tempat_lahir),
        Column("tanggal_lahir", "TANGGAL LAHIR", 14, lambda r, _: _tgl(r.tanggal_lahir)),
        Column("jenis_kelamin", "JENIS KELAMIN", 11, lambda r, _: r.jenis_kelamin),
        Column("nama_ibu", "NAMA IBU KANDUNG", 26, lambda r, _: r.nama_ibu),
        Column("alamat", "ALAMAT", 40, _alamat),
        Column("desa", "DESA/KELURAHAN", 22, lambda r, ref: ref.name(r.desa_kode) or r.desa_kode),
        Column("kecamatan", "KECAMATAN", 20, _kecamatan),
        Column("no_hp", "NO HP", 16, lambda r, _: r.no_hp),
        Column("pekerjaan", "PEKERJAAN/JABATAN", 24, lambda r, _: r.jabatan or r.pekerjaan),
        Column("upah", "UPAH", 14, lambda r, _: "" if r.upah is None else str(r.upah)),
        Column("kategori", "KATEGORI", 16, lambda r, _: KATEGORI.get(r.kategori, r.kategori)),
        Column("program", "PROGRAM", 14, lambda r, _: _programs(r)),
        Column("mulai", "TANGGAL MULAI", 14, lambda r, _: _tgl(r.mulai_kepesertaan)),
        Column("kpj", "NOMOR KPJ", 15, lambda r, _: r.kpj or ""),
        Column("status", "STATUS", 14, lambda r, _: STATUS.get(r.status, r.status)),
        Column(
            "alasan_nonaktif",
            "ALASAN NONAKTIF",
            16,
            lambda r, _: ALASAN_NONAKTIF.get(r.nonaktif_alasan or "", ""),
        ),
        Column(
            "sumber_dana",
            "SUMBER DANA",
            18,
            lambda r, _: SUMBER_DANA.get(r.sumber_dana or "", r.sumber_dana or ""),
        ),
    )
}
LIST_COLUMNS = (
    "nik",
    "nama",
    "tanggal_lahir",
    "jenis_kelamin",
    "desa",
    "kecamatan",
    "kategori",
    "pekerjaan",
    "upah",
    "status",
    "kpj",
    "program",
    "no_hp",
)
BPJS_COLUMNS = (
    "nik",
    "nama",
    "tempat_lahir",
    "tanggal_lahir",
    "jenis_kelamin",
    "nama_ibu",
    "alamat",
    "no_hp",
    "pekerjaan",
    "program",
    "mulai",
)


BPJS_COLUMNS_SETTING = "bpjs_kolom"


def saved_bpjs_columns(ctx: AppContext) -> tuple[str, ...]:
    """The column set this office chose for BPJS lists (the default until it chooses)."""
    with ctx.db.session() as s:
        text = get_setting(s, BPJS_COLUMNS_SETTING)
    keys = tuple(k for k in text.split(",") if k in COLUMNS)
    return keys or BPJS_COLUMNS


def save_bpjs_columns(ctx: AppContext, keys: Sequence[str]) -> None:
    require_writer(ctx, "mengubah kolom daftar BPJS")
    check_columns(keys)
    with ctx.db.session() as s:
        set_setting(s, BPJS_COLUMNS_SETTING, ",".join(keys))


def check_columns(keys: Sequence[str]) -> list[Column]:
    unknown = [k for k in keys if k not in COLUMNS]
    if unknown or not keys:
        raise InputError(
            f"Kolom tidak dikenal: {', '.join(unknown) or '(kosong)'}. Kolom yang tersedia: "
            f"{', '.join(COLUMNS)}."
        )
    return [COLUMNS[k] for k in keys]


def _rows(
    ctx: AppContext, f: PesertaFilter, extra: Sequence[Any] = ()
) -> tuple[int, Iterator[Any]]:
    source, conds = filtered_source(ctx.db, f, scan=True)
    stmt = (
        select(T)
        .select_from(source)
        .where(*conds, *extra)
        .order_by(T.c.desa_kode, T.c.nama, T.c.seq)
    )
    with ctx.db.connect() as conn:
        rows = conn.execute(stmt).all()  # a consistent snapshot; 100,000 rows are ~100 MB at most
    return len(rows), iter(rows)


def _write(
    path: Path,
    cols: list[Column],
    rows: list[list[str]],
    title: str,
    progress: Progress,
    done0: int,
    total: int,
) -> Path:
    check_target(path)
    wb = Workbook()
    ws = wb.active
    assert isinstance(ws, Worksheet)
    ws.title = title
    write_header(ws, [c.header for c in cols])
    for i, c in enumerate(cols, 1):
        dim = ws.column_dimensions[get_column_letter(i)]
        dim.width, dim.number_format = c.width, TEXT_FORMAT
    list_layout(ws, len(cols), len(rows) + 1)
    ws.row_dimensions[1].height = 32  # room for two-line headings
    styles = []
    for quote in (False, True):
        cell = WriteOnlyCell(ws)
        cell.number_format, cell.border = TEXT_FORMAT, GRID
        cell.quotePrefix = quote
        styles.append(int(cell.style_id))
    letters = [get_column_letter(i) for i in range(1, len(cols) + 1)]

    def xml() -> Iterator[str]:
        for n, values in enumerate(rows):
            r = n + 2
            parts = [f'<row r="{r}">']
            for letter, text in zip(letters, values, strict=True):
                text = clean_text(text)
                if text:
                    parts.append(inline_cell(f"{letter}{r}", styles[is_formula_like(text)], text))
                else:
                    parts.append(f'<c r="{letter}{r}" s="{styles[0]}"/>')
            parts.append("</row>")
            yield "".join(parts)

    def written(n: int) -> None:
        step(progress, done0 + n, total, "Menulis {done} dari {total} baris…")

    return write_streamed(path, wb, xml(), len(cols), len(rows) + 1, written)


def export_list(
    ctx: AppContext,
    f: PesertaFilter,
    out: Path,
    columns: Sequence[str] = LIST_COLUMNS,
    progress: Progress = no_progress,
) -> int:
    """The filtered participant list as one .xlsx; returns the number of rows written."""
    require_writer(ctx, "ekspor daftar peserta")
    cols = check_columns(columns)
    out = Path(out)
    if out.suffix.lower() != ".xlsx":
        raise InputError(f"Nama berkas ekspor harus berakhiran .xlsx (bukan {out.name}).")
    progress(0, 0, "Membaca daftar peserta…")
    total, rows = _rows(ctx, f)
    ref = load_wilayah()
    values = [[c.value(r, ref) for c in cols] for r in rows]
    _write(out, cols, values, "Peserta", progress, 0, total)
    audit.record_export(ctx, "ekspor_daftar", total, out, {"kolom": ",".join(columns)})
    progress(total, total, "Selesai.")
    return total


def _bpjs_scope(ctx: AppContext, f: PesertaFilter) -> tuple[list[Any], str]:
    """What the registration list holds beyond the list's filter, and how to say it.

    By default only the people still to be registered (status "didaftarkan", no KPJ) living in
    this office's own area: not the dead, the moved, those already registered with BPJS, nor the
    people of another desa that this office still holds. Choosing a status or a
    desa/kecamatan in the filter widens it to what was chosen."""
    conds: list[Any] = []
    said: list[str] = []
    if not f.status:
        conds += [T.c.status == "didaftarkan", or_(T.c.kpj.is_(None), T.c.kpj == "")]
        said.append("yang belum terdaftar di BPJS (status didaftarkan, belum punya KPJ)")
    else:
        said.append(f"berstatus {STATUS.get(f.status, f.status)}")
    if not (f.desa or f.kecamatan):
        if ctx.kantor_jenis == "desa":
            conds.append(T.c.desa_kode == ctx.wilayah_kode)
            said.append("di desa kantor ini")
        else:
            conds.append(T.c.desa_kode.like(f"{ctx.kabupaten_kode}.%"))
            said.append("di wilayah kantor ini")
    return conds, "Peserta " + " ".join(said) + ", sesuai saringan daftar peserta"


def nobody_to_register(said: str) -> UserError:
    return UserError(
        f"Tidak ada peserta untuk didaftarkan: {said[0].lower()}{said[1:]}. Tidak ada berkas "
        "dibuat. Pilih status atau desa di saringan untuk daftar yang lain."
    )


def bpjs_selection(ctx: AppContext, f: PesertaFilter) -> tuple[int, str]:
    """How many participants the registration list would hold, and a sentence saying which
    (for the dialog and the command line)."""
    conds, text = _bpjs_scope(ctx, f)
    source, base = filtered_source(ctx.db, f, scan=True)
    with ctx.db.connect() as conn:
        n = conn.execute(select(func.count()).select_from(source).where(*base, *conds)).scalar_one()
    return int(n), text


def export_bpjs(
    ctx: AppContext,
    f: PesertaFilter,
    folder: Path,
    columns: Sequence[str] = BPJS_COLUMNS,
    start: date | None = None,
    max_rows: int = MAX_BPJS_ROWS,
    progress: Progress = no_progress,
) -> list[Path]:
    """BPJS's collective registration list: files of at most ``max_rows`` rows each, of the
    participants still to be registered in this office's area (see ``_bpjs_scope``).

    ``start`` fills TANGGAL MULAI for participants that have no start date yet (default: the
    first day of next month)."""
    require_writer(ctx, "ekspor daftar BPJS")
    cols = check_columns(columns)
    folder = Path(folder)
    if not folder.is_dir():
        raise UserError(f"Folder tujuan {folder} tidak ditemukan. Pilih folder yang ada.")
    if not 1 <= max_rows <= MAX_BPJS_ROWS:
        raise InputError(
            f"Satu berkas BPJS berisi 1 sampai paling banyak {format_angka(MAX_BPJS_ROWS)} baris."
        )
    today = date.today()
    start = start or default_start(today)
    progress(0, 0, "Membaca daftar peserta…")
    scope, said = _bpjs_scope(ctx, f)
    total, rows = _rows(ctx, f, scope)
    if total == 0:
        raise nobody_to_register(said)
    ref = load_wilayah()
    values = []
    for r in rows:
        line = [c.value(r, ref) for c in cols]
        if "mulai" in columns and not r.mulai_kepesertaan:
            line[list(columns).index("mulai")] = _tgl(start)
        values.append(line)
    parts = (total + max_rows - 1) // max_rows
    stem = f"bpjs-{ctx.wilayah_kode.replace('.', '')}-{today:%Y%m%d}"
    written = []
    for i in range(parts):
        name = f"{stem}-{i + 1:02d}-dari-{parts:02d}.xlsx"
        chunk = values[i * max_rows : (i + 1) * max_rows]
        written.append(
            _write(folder / name, cols, chunk, "Pendaftaran", progress, i * max_rows, total)
        )
    for path, part in zip(written, range(parts), strict=True):
        n = min(max_rows, total - part * max_rows)
        audit.record_export(ctx, "ekspor_bpjs", n, path, {"kolom": ",".join(columns)})
    progress(total, total, "Selesai.")
    return written


def default_start(today: date | None = None) -> date:
    """TANGGAL MULAI for who has none yet: the first day of next month."""
    today = today or date.today()
    return date(today.year + today.month // 12, today.month % 12 + 1, 1)


@dataclass(frozen=True)
class BpjsGaps:
    """What the registration list would carry that BPJS may refuse or that was filled in
    for the user: said before the files are written, never silently."""

    total: int
    no_start: int  # rows without a start date (TANGGAL MULAI gets ``default_start``)
    missing: list[tuple[str, str, str]]  # (nama, masked NIK, what is missing)


def bpjs_gaps(ctx: AppContext, f: PesertaFilter) -> BpjsGaps:
    """Rows of the registration list without a start date, or without nama ibu kandung or
    tempat lahir (BPJS asks for both)."""
    scope, _said = _bpjs_scope(ctx, f)
    total, rows = _rows(ctx, f, scope)
    no_start = 0
    missing = []
    for r in rows:
        if not r.mulai_kepesertaan:
            no_start += 1
        lacking = [
            label
            for label, value in (("nama ibu kandung", r.nama_ibu), ("tempat lahir", r.tempat_lahir))
            if not (value or "").strip()
        ]
        if lacking:
            missing.append((r.nama, mask_nik(r.nik), ", ".join(lacking)))
    return BpjsGaps(total, no_start, missing)
