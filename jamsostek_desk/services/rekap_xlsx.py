"""Summary tables as .xlsx: the rekapitulasi and the renewal lists.

Formatted for printing and reading (title rows, bold header on a fill, borders, frozen header,
auto filter, column widths), numbers as numbers with a thousands format, a totals row, and
every text cell inert (``xlsx_out.write_cell``: text, never a formula). Written atomically.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter

from jamsostek_desk.domain.codes import KATEGORI
from jamsostek_desk.domain.dates import format_tanggal
from jamsostek_desk.services import audit
from jamsostek_desk.services.access import PERAN, require_role
from jamsostek_desk.services.context import AppContext
from jamsostek_desk.services.rekap import Rekap
from jamsostek_desk.services.xlsx import write_cell
from jamsostek_desk.services.xlsx.style import GRID, HEAD_ALIGN, HEAD_FILL, font
from jamsostek_desk.store.files import atomic_output, check_target

Cell = str | int | float | None


@dataclass(frozen=True)
class Kolom:
    judul: str
    lebar: int
    angka: str = ""  # number format for numbers ("#,##0", "0.0"); "" for text


def write_table(
    path: Path,
    judul: Sequence[str],
    kolom: Sequence[Kolom],
    baris: Sequence[Sequence[Cell]],
    total: Sequence[Cell] | None = None,
    sheet: str = "Rekap",
) -> Path:
    """One sheet: title lines, header, rows, optional totals row (bold)."""
    path = check_target(Path(path))
    wb = Workbook()
    ws = wb.active
    ws.title = sheet[:31]
    for i, line in enumerate(judul, 1):
        cell = write_cell(ws, i, 1, line)
        cell.font = font(bold=i == 1, size=13 if i == 1 else 11)
    head = len(judul) + 2
    for c, k in enumerate(kolom, 1):
        cell = write_cell(ws, head, c, k.judul)
        cell.font, cell.fill, cell.alignment, cell.border = (
            font(bold=True),
            HEAD_FILL,
            HEAD_ALIGN,
            GRID,
        )
        ws.column_dimensions[get_column_letter(c)].width = k.lebar
    rows = list(baris) + ([total] if total is not None else [])
    for r, values in enumerate(rows, head + 1):
        bold = total is not None and r == head + len(rows)
        for c, (k, v) in enumerate(zip(kolom, values, strict=True), 1):
            if k.angka and isinstance(v, int | float):
                cell = ws.cell(row=r, column=c, value=v)
                cell.number_format = k.angka
                cell.alignment = Alignment(horizontal="right")
            else:
                cell = write_cell(ws, r, c, "" if v is None else v)
            cell.border = GRID
            if bold:
                cell.font = font(bold=True)
    ws.freeze_panes = ws.cell(row=head + 1, column=1)
    last = head + len(rows) - (1 if total is not None else 0)
    ws.auto_filter.ref = f"A{head}:{get_column_letter(len(kolom))}{max(last, head)}"
    ws.print_options.gridLines = False
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.print_title_rows = f"{head}:{head}"
    with atomic_output(path, "Berkas Excel", "tutup berkasnya bila sedang dibuka") as tmp:
        wb.save(tmp)
    return path


REKAP_KOLOM = (
    Kolom("No", 5, "0"),
    Kolom("Kode", 15),
    Kolom("Wilayah", 28),
    Kolom("Target", 12, "#,##0"),
    Kolom("Terdaftar", 12, "#,##0"),
    Kolom("Belum aktif", 12, "#,##0"),
    Kolom("Aktif", 12, "#,##0"),
    Kolom("Nonaktif", 11, "#,##0"),
    Kolom("Capaian (%)", 12, "0.0"),
    Kolom("Iuran per bulan (Rp)", 20, "#,##0"),
)


def write_rekap(ctx: AppContext, path: Path, r: Rekap) -> Path:
    """The rekapitulasi as .xlsx: figures, no personal data, so every role may save it; each
    file is an audit entry (``ekspor_laporan``)."""
    require_role(ctx, *PERAN, action="menyimpan rekapitulasi")
    kantor = ctx.kantor_nama
    what = KATEGORI.get(r.kategori, "Aparat Desa dan Pekerja Rentan")
    judul = [
        f"REKAPITULASI KEPESERTAAN {what.upper()} PER {r.per.upper()}",
        f"{kantor} — {r.wilayah_nama}",
        f"Keadaan per {format_tanggal(r.tanggal)}, target tahun {r.tahun}",
    ]
    rows: list[list[Cell]] = [
        [
            i,
            b.kode,
            b.nama,
            b.target,
            b.terdaftar,
            b.didaftarkan,
            b.aktif,
            b.nonaktif,
            b.capaian_persen,
            b.iuran_bulanan,
        ]
        for i, b in enumerate(r.baris, 1)
    ]
    t = r.total
    total: list[Cell] = [
        None,
        "",
        "JUMLAH",
        t.target,
        t.terdaftar,
        t.didaftarkan,
        t.aktif,
        t.nonaktif,
        t.capaian_persen,
        t.iuran_bulanan,
    ]
    out = write_table(path, judul, REKAP_KOLOM, rows, total)
    audit_report(ctx, r, out)
    return out


def audit_report(ctx: AppContext, r: Rekap, out: Path) -> None:
    """The audit entry of a saved rekapitulasi (.xlsx or PDF): how many people it counts."""
    audit.record_export(
        ctx,
        "ekspor_laporan",
        r.total.terdaftar,
        out,
        {"laporan": f"rekapitulasi per {r.per}", "tahun": r.tahun},
    )
