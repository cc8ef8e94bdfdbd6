"""The empty import template ("Unduh template"): the "Data" sheet with canonical headers,
text-formatted number columns and drop-downs, and the hidden "Daftar" sheet they draw on.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from jamsostek_desk.domain.codes import (
    JABATAN_APARAT,
    JENIS_KELAMIN,
    KATEGORI,
    PEKERJAAN_RENTAN,
    SUMBER_DANA,
)
from jamsostek_desk.domain.columns import BY_FIELD
from jamsostek_desk.domain.errors import UserError
from jamsostek_desk.domain.wilayah import Region, WilayahRef, load_wilayah, normalize_kode
from jamsostek_desk.services.xlsx.cells import TEXT_FORMAT, write_cell
from jamsostek_desk.services.xlsx.style import (
    GRID,
    HEAD_ALIGN,
    OPTIONAL_FILL,
    REQUIRED_FILL,
    font,
)
from jamsostek_desk.services.xlsx.template_columns import (
    _HELP,
    _TEXT_FIELDS,
    _WIDTHS,
    _required,
    template_fields,
)
from jamsostek_desk.services.xlsx.template_guide import _fill_petunjuk
from jamsostek_desk.store.files import atomic_output, check_target

TEMPLATE_SHEET = "Data"
TEMPLATE_ROWS = 5000  # rows below the header formatted as text and given the drop-downs


def write_template(
    path: Path, kategori: str, kabupaten: str, ref: WilayahRef | None = None
) -> Path:
    """ "Unduh template": an empty list for one kategori of an office in ``kabupaten``.

    Sheet "Data" has the canonical headers (so a filled template imports without a mapping
    step), text-formatted number columns and drop-downs; "Petunjuk" explains how to fill it;
    the hidden "Daftar" holds the lists the drop-downs use.
    """
    if kategori not in KATEGORI:
        raise UserError(
            f"Kategori '{kategori}' tidak dikenal. Pilih Aparat Desa atau Pekerja Rentan."
        )
    ref = ref or load_wilayah()
    try:
        kode = normalize_kode(kabupaten)
    except ValueError as e:
        raise UserError(str(e)) from e
    region = ref.get(kode)
    if region is None or region.level != 2:
        raise UserError(
            f"Kode kabupaten/kota '{kabupaten}' tidak ada di daftar wilayah Kemendagri."
        )
    path = check_target(path)  # before the work of building the workbook

    fields_ = template_fields(kategori)
    kecamatan = ref.children(kode)
    desa = ref.desa_in(kode)
    wb = Workbook()
    data = wb.active
    assert isinstance(data, Worksheet)
    data.title = TEMPLATE_SHEET
    petunjuk = wb.create_sheet("Petunjuk")
    daftar = wb.create_sheet("Daftar")
    ranges = _fill_daftar(daftar, kategori, kecamatan, desa, ref)
    _fill_data(data, kategori, fields_, ranges)
    _fill_petunjuk(petunjuk, kategori, region, fields_, desa, ref)
    daftar.sheet_state = "hidden"
    wb.active = 0

    with atomic_output(path) as tmp:
        wb.save(tmp)
    return path


def _fill_daftar(
    ws: Worksheet, kategori: str, kecamatan: list[Region], desa: list[Region], ref: WilayahRef
) -> dict[str, str]:
    """Lists for the drop-downs (columns A-D) and every desa with its code (F-H)."""
    work = list(JABATAN_APARAT if kategori == "aparat_desa" else PEKERJAAN_RENTAN)
    unique: dict[str, str] = {}
    for d in sorted(desa, key=lambda r: (r.nama.casefold(), r.kode)):
        unique.setdefault(d.nama.casefold(), d.nama)
    lists = {
        "work": ("JABATAN" if kategori == "aparat_desa" else "PEKERJAAN", work),
        "sumber_dana": ("SUMBER DANA", list(SUMBER_DANA.values())),
        "kecamatan": ("KECAMATAN", [k.nama for k in kecamatan]),
        "desa": ("DESA/KELURAHAN", list(unique.values())),
    }
    ranges: dict[str, str] = {}
    for col, (key, (title, values)) in enumerate(lists.items(), 1):
        write_cell(ws, 1, col, title).font = font(bold=True)
        for row, value in enumerate(values, 2):
            write_cell(ws, row, col, value)
        letter = get_column_letter(col)
        ranges[key] = f"Daftar!${letter}$2:${letter}${max(2, len(values) + 1)}"
        ws.column_dimensions[letter].width = 28
    for col, title in enumerate(("KODE WILAYAH", "DESA/KELURAHAN", "KECAMATAN"), 6):
        write_cell(ws, 1, col, title).font = font(bold=True)
        ws.column_dimensions[get_column_letter(col)].width = 24
    for row, d in enumerate(desa, 2):
        write_cell(ws, row, 6, d.kode)
        write_cell(ws, row, 7, d.nama)
        write_cell(ws, row, 8, ref.name(d.kode[:8]) or "")
    return ranges


def _validation(
    kind: str | None,
    formula: str | None,
    prompt: str,
    error: str = "",
    style: str = "warning",
) -> DataValidation:
    dv = DataValidation(
        type=kind,
        formula1=formula,
        allow_blank=True,
        showInputMessage=True,
        promptTitle="Petunjuk",
        prompt=prompt,
        showErrorMessage=bool(error),
        errorStyle=style,
        errorTitle="Periksa isian",
        error=error or None,
    )
    if kind == "textLength":
        dv.operator = "equal"
    return dv


def _fill_data(ws: Worksheet, kategori: str, fields_: list[str], ranges: dict[str, str]) -> None:
    last = TEMPLATE_ROWS + 1
    for col, name in enumerate(fields_, 1):
        letter = get_column_letter(col)
        required = _required(name, kategori)
        cell = write_cell(ws, 1, col, BY_FIELD[name].header)
        cell.font = font(bold=True, color="FFFFFFFF" if required else "FF1F3A2A")
        cell.fill = REQUIRED_FILL if required else OPTIONAL_FILL
        cell.border = GRID
        cell.alignment = HEAD_ALIGN
        dim = ws.column_dimensions[letter]
        dim.width = _WIDTHS[name]
        if name in _TEXT_FIELDS:
            dim.number_format = TEXT_FORMAT
            for row in range(2, last + 1):
                ws.cell(row=row, column=col).number_format = TEXT_FORMAT
        dv = _data_validation(name, ranges)
        if dv is not None:
            dv.add(f"{letter}2:{letter}{last}")
            ws.add_data_validation(dv)
    ws.row_dimensions[1].height = 32
    ws.freeze_panes = "A2"
    ws.print_title_rows = "1:1"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def _data_validation(name: str, ranges: dict[str, str]) -> DataValidation | None:
    help_ = _HELP[name]
    if name == "jenis_kelamin":
        codes = ",".join(JENIS_KELAMIN)
        return _validation("list", f'"{codes}"', help_, "Isi L atau P.", style="stop")
    if name in {"jabatan", "pekerjaan"}:
        dv = _validation("list", ranges["work"], help_)
        dv.showErrorMessage = False  # any other jabatan/pekerjaan is allowed
        return dv
    if name in {"sumber_dana", "kecamatan", "desa"}:
        what = {"sumber_dana": "sumber dana", "kecamatan": "kecamatan", "desa": "desa/kelurahan"}
        message = f"Nama {what[name]} ini tidak ada di daftar. Periksa ejaannya."
        return _validation("list", ranges[name], help_, message)
    if name == "nik":
        return _validation("textLength", "16", help_, "NIK harus 16 angka tanpa titik/spasi.")
    if name in {"tanggal_lahir", "no_hp", "rt", "rw", "kpj"}:
        return _validation(None, None, help_)
    return None
