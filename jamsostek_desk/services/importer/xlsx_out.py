"""Spreadsheets the importer writes: the file of rejected rows and the empty template.

Formula injection: every cell we write holds a string (``t="inlineStr"``), never a formula, so
neither Excel nor LibreOffice evaluates it when the file is opened. A value that *looks* like a
formula (``=``, ``+``, ``-``, ``@``, also after leading spaces, or starting with a tab or CR) also
gets the cell attribute ``quotePrefix`` (the hidden apostrophe Excel itself stores when a user
types ``'=1+1``): the cell shows the exact original text, and it stays text even when the user
edits it and presses Enter. We do not put a literal apostrophe into the value: it would be shown
and, worse, re-imported as part of the data when a village sends the corrected rows back.

The rejects file can have 100,000 rows. openpyxl's own writer (even write-only, without lxml)
needs about 19 s for that, so the rows are streamed as XML into the workbook that openpyxl
wrote with the header, the styles, the frozen pane and the filter.
"""

from __future__ import annotations

import io
import os
import re
import tempfile
import zipfile
from collections.abc import Callable, Iterable
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import IO

from openpyxl import Workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.cell.rich_text import CellRichText
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
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

SOURCE_ROW_HEADER = "Baris asal"
# The importer ignores "Baris asal" and every column after it, so that a corrected rejects
# file imports without its reasons becoming the participants' notes (KETERANGAN = catatan).
MESSAGES_HEADER = "Keterangan"
TEMPLATE_SHEET = "Data"
TEMPLATE_ROWS = 5000  # rows below the header formatted as text and given the drop-downs
MAX_CELL_TEXT = 32767  # Excel's limit for one cell

Progress = Callable[[int, int, str], None]

_FORMULA_START = frozenset("=+-@\t\r\uff1d\uff0b\uff0d\uff20")  # also full-width = + - @
_ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_XML_SPECIAL = re.compile("[&<>\r\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_BAD_TITLE = re.compile(r"[\[\]:*?/\\]")

_TEXT = "@"
_THIN = Side(style="thin", color="FFBFBFBF")
_RED = Side(style="thin", color="FFC00000")
_BAD_FILL = PatternFill("solid", start_color="FFFFC7CE", end_color="FFFFC7CE")
_BAD_BORDER = Border(left=_RED, right=_RED, top=_RED, bottom=_RED)
_GRID = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEAD_FILL = PatternFill("solid", start_color="FFD9E2F3", end_color="FFD9E2F3")
_ADDED_FILL = PatternFill("solid", start_color="FFFCE4D6", end_color="FFFCE4D6")
_REQUIRED_FILL = PatternFill("solid", start_color="FF1F6E43", end_color="FF1F6E43")
_OPTIONAL_FILL = PatternFill("solid", start_color="FFD9EAD3", end_color="FFD9EAD3")
_HEAD_ALIGN = Alignment(horizontal="center", vertical="center", wrap_text=True)


def _font(bold: bool = False, color: str | None = None, size: int = 11) -> Font:
    # Named, or LibreOffice falls back to a serif font for the styled cells only.
    return Font(name="Calibri", size=size, bold=bold, color=color)


# -- values -------------------------------------------------------------------------------


def is_formula_like(text: str) -> bool:
    """True when a spreadsheet program could take the text for a formula."""
    if not text:
        return False
    if text[0] in _FORMULA_START:
        return True
    return text[0].isspace() and text.lstrip()[:1] in _FORMULA_START


def clean_text(text: str) -> str:
    """Text a worksheet can hold: no XML-illegal control characters, at most 32,767 characters.

    A control character becomes U+FFFD (visible), so a rejected NIK still shows where it was.
    """
    if _ILLEGAL_XML.search(text):
        text = _ILLEGAL_XML.sub("\ufffd", text)
    return text[:MAX_CELL_TEXT]


def cell_text(value: object) -> str:
    """How an original cell value is written back: always as text, as the office typed it.

    Whole numbers lose a float's ".0" (a NIK read as 6.303051201800001e15 comes back as its
    digits, so the lost 16th digit is visible), dates become dd-mm-yyyy.
    """
    if value is None:
        return ""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, bool):
        return "Ya" if value else "Tidak"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, Decimal):
        whole = value.is_finite() and value.adjusted() < 20 and value == value.to_integral_value()
        return str(int(value)) if whole else str(value)
    if isinstance(value, datetime):
        day = f"{value.day:02d}-{value.month:02d}-{value.year:04d}"
        return day if value.time() == time(0, 0) else f"{day} {value:%H:%M:%S}"
    if isinstance(value, date):
        return f"{value.day:02d}-{value.month:02d}-{value.year:04d}"
    if isinstance(value, time):
        return f"{value:%H:%M:%S}"
    return clean_text(str(value))


def safe_text(value: object) -> object:
    """A value that any openpyxl worksheet stores as inert text.

    Non-str values are returned unchanged. A str is cleaned (``clean_text``); when it looks like
    a formula it comes back as a ``CellRichText``, which openpyxl writes as an inline string in
    both normal and write-only mode (a plain str starting with "=" would become a formula).
    ``str()`` of it is the original text. ``write_cell`` goes further and sets quotePrefix.
    """
    if not isinstance(value, str):
        return value
    text = clean_text(value)
    return CellRichText([text]) if is_formula_like(text) else text


def write_cell(ws: Worksheet, row: int, col: int, value: object) -> Cell:
    """Write ``value`` as a text cell (number format "@"); formula-like text gets quotePrefix."""
    cell = ws.cell(row=row, column=col)
    text = cell_text(value)
    cell.value = text or None
    cell.data_type = "s"  # after assigning: openpyxl makes "=..." a formula, "#N/A" an error
    cell.number_format = _TEXT
    if is_formula_like(text):
        cell.quotePrefix = True
    return cell


# -- files --------------------------------------------------------------------------------


def _check_target(path: Path) -> Path:
    path = Path(path)
    if not path.parent.is_dir():
        raise UserError(
            f"Folder tujuan tidak ditemukan: {path.parent}. Pilih folder lain untuk menyimpan "
            f"berkas {path.name}."
        )
    if path.is_dir():
        raise UserError(f"{path} adalah folder, bukan berkas. Beri nama berkas .xlsx.")
    return path


def _atomic_write(path: Path, write: Callable[[IO[bytes]], None]) -> Path:
    """Write into a temporary file beside ``path``, then rename it over ``path`` at once."""
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".tmp", dir=path.parent)
    except OSError as e:
        raise UserError(
            f"Berkas tidak dapat dibuat di folder {path.parent}: {e.strerror or e}. "
            "Periksa izin folder atau pilih folder lain."
        ) from e
    try:
        with os.fdopen(fd, "wb") as f:
            write(f)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except OSError as e:
        with suppress(OSError):
            os.unlink(tmp)
        raise UserError(
            f"Berkas {path.name} tidak dapat disimpan: {e.strerror or e}. Jika berkas itu sedang "
            "dibuka di Excel atau LibreOffice, tutup dulu lalu coba lagi; periksa juga sisa ruang "
            "disk."
        ) from e
    except BaseException:
        with suppress(OSError):
            os.unlink(tmp)
        raise
    return path


def _sheet_title(title: str) -> str:
    cleaned = _BAD_TITLE.sub("_", clean_text(title)).strip().strip("'")[:31]
    return cleaned or "Ditolak"


# -- rejected rows ------------------------------------------------------------------------


@dataclass(frozen=True)
class RejectRow:
    source_row: int  # 1-based row number in the original sheet
    cells: list[object]  # the original cell values, same order as the headers
    messages: list[str]  # Indonesian reasons
    bad_columns: set[int] = field(default_factory=set)  # 0-based indexes of the faulty cells


def join_messages(messages: list[str]) -> str:
    """'NIK ganda.', 'Desa tidak dikenal.' -> 'NIK ganda; Desa tidak dikenal.'"""
    parts = [" ".join(m.split()) for m in messages]
    parts = [p for p in parts if p]
    heads = [p[:-1] if p.endswith(".") and not p.endswith("..") else p for p in parts[:-1]]
    return "; ".join([*heads, *parts[-1:]])


def _xml_text(text: str) -> str:
    if _XML_SPECIAL.search(text):
        text = (
            _ILLEGAL_XML.sub("\ufffd", text)
            .replace("&", "&amp;")
            .replace("<", "&lt;")
            .replace(">", "&gt;")
            .replace("\r", "&#13;")
        )
    return text


def _width(lengths: Iterable[int], low: int = 8, high: int = 50) -> float:
    return float(min(high, max(low, max(lengths, default=0) + 2)))


def write_rejects(
    path: Path,
    headers: list[str],
    rows: list[RejectRow],
    sheet_title: str = "Ditolak",
    progress: Progress | None = None,
) -> Path:
    """The rejected rows as the office sent them, with the reasons, ready to fix and resend.

    Columns: the original headers, "Baris asal" (the row in the original sheet) and
    "Keterangan" (the reasons). Data cells are text (a NIK keeps its 16 digits, dates are
    dd-mm-yyyy) and faulty cells are red. Raises UserError when the file cannot be written.
    """
    path = _check_target(path)
    width = max([len(headers), *(len(r.cells) for r in rows)])
    out_headers = [*headers, *[""] * (width - len(headers)), SOURCE_ROW_HEADER, MESSAGES_HEADER]
    last_row = len(rows) + 1

    wb = Workbook()
    ws = wb.active
    assert isinstance(ws, Worksheet)
    ws.title = _sheet_title(sheet_title)
    for col, header in enumerate(out_headers, 1):
        cell = write_cell(ws, 1, col, header)
        cell.font = _font(bold=True)
        cell.fill = _ADDED_FILL if col > width else _HEAD_FILL
        cell.border = _GRID
        cell.alignment = _HEAD_ALIGN
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(out_headers))}{last_row}"
    ws.print_title_rows = "1:1"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True

    sample = rows[:1000]
    for col in range(width):
        lengths = [len(cell_text(r.cells[col])) for r in sample if col < len(r.cells)]
        dim = ws.column_dimensions[get_column_letter(col + 1)]
        dim.width = _width([int(len(str(out_headers[col])) * 1.2) + 1, *lengths])  # bold
        dim.number_format = _TEXT  # cells typed into later rows are text too
    ws.column_dimensions[get_column_letter(width + 1)].width = 11
    longest = [len(join_messages(r.messages)) for r in sample]
    ws.column_dimensions[get_column_letter(width + 2)].width = _width([20, *longest], high=90)

    styles = _reject_styles(ws)
    buffer = io.BytesIO()
    wb.save(buffer)

    def write(f: IO[bytes]) -> None:
        xml = _reject_rows_xml(rows, width, styles, progress)
        _splice_rows(buffer, f, xml, len(out_headers), last_row)

    return _atomic_write(path, write)


@dataclass(frozen=True)
class _Styles:
    text: int
    text_q: int  # quotePrefix
    bad: int
    bad_q: int
    number: int
    message: int
    message_q: int


def _reject_styles(ws: Worksheet) -> _Styles:
    """Register the cell styles of the data rows and return their indexes (the xf ids)."""

    def style(
        bad: bool = False, quote: bool = False, number: bool = False, red: bool = False
    ) -> int:
        cell = WriteOnlyCell(ws)
        cell.number_format = "0" if number else _TEXT
        cell.border = _BAD_BORDER if bad else _GRID
        if bad:
            cell.fill = _BAD_FILL
        if number:
            cell.alignment = Alignment(horizontal="center")
        if red:
            cell.font = _font(color="FF9C0006")
        if quote:
            cell.quotePrefix = True
        return int(cell.style_id)

    return _Styles(
        text=style(),
        text_q=style(quote=True),
        bad=style(bad=True),
        bad_q=style(bad=True, quote=True),
        number=style(number=True),
        message=style(red=True),
        message_q=style(red=True, quote=True),
    )


def _reject_rows_xml(
    rows: list[RejectRow], width: int, st: _Styles, progress: Progress | None
) -> Iterable[bytes]:
    letters = [get_column_letter(i) for i in range(1, width + 3)]
    source_col, message_col = letters[width], letters[width + 1]
    total = len(rows)
    chunk: list[str] = []
    for index, reject in enumerate(rows):
        r = index + 2
        cells, bad = reject.cells, reject.bad_columns
        parts = [f'<row r="{r}">']
        for col in range(width):
            value = cells[col] if col < len(cells) else None
            text = value if type(value) is str else cell_text(value)
            if not text:
                parts.append(f'<c r="{letters[col]}{r}" s="{st.bad if col in bad else st.text}"/>')
                continue
            if col in bad:
                s = st.bad_q if is_formula_like(text) else st.bad
            else:
                s = st.text_q if is_formula_like(text) else st.text
            parts.append(_inline(f"{letters[col]}{r}", s, text))
        parts.append(f'<c r="{source_col}{r}" s="{st.number}"><v>{int(reject.source_row)}</v></c>')
        message = clean_text(join_messages(reject.messages))
        if message:
            s = st.message_q if is_formula_like(message) else st.message
            parts.append(_inline(f"{message_col}{r}", s, message))
        else:
            parts.append(f'<c r="{message_col}{r}" s="{st.message}"/>')
        parts.append("</row>")
        chunk.append("".join(parts))
        if len(chunk) >= 2000:
            yield "".join(chunk).encode("utf-8", "replace")
            chunk = []
            if progress is not None:
                progress(index + 1, total, "Menulis baris yang ditolak…")
    if chunk:
        yield "".join(chunk).encode("utf-8", "replace")
    if progress is not None:
        progress(total, total, "Baris yang ditolak selesai ditulis.")


def _inline(ref: str, style: int, text: str) -> str:
    if len(text) > MAX_CELL_TEXT:
        text = text[:MAX_CELL_TEXT]
    space = ' xml:space="preserve"' if text[0].isspace() or text[-1].isspace() else ""
    return f'<c r="{ref}" s="{style}" t="inlineStr"><is><t{space}>{_xml_text(text)}</t></is></c>'


_SHEET = "xl/worksheets/sheet1.xml"
_DIMENSION = re.compile(rb'<dimension ref="[^"]*"\s*/>')


def _splice_rows(
    source: io.BytesIO, out: IO[bytes], rows_xml: Iterable[bytes], columns: int, last_row: int
) -> None:
    """Copy the workbook openpyxl wrote, adding the data rows after the header of sheet 1."""
    source.seek(0)
    with (
        zipfile.ZipFile(source) as zin,
        zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as zout,
    ):
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename != _SHEET:
                zout.writestr(item, data)
                continue
            end = data.rindex(b"</sheetData>")
            head, tail = data[:end], data[end:]
            ref = f"A1:{get_column_letter(columns)}{last_row}".encode()
            head = _DIMENSION.sub(b'<dimension ref="' + ref + b'"/>', head, count=1)
            info = zipfile.ZipInfo(item.filename, date_time=item.date_time)
            info.compress_type = zipfile.ZIP_DEFLATED
            # Zip64 only when the sheet could pass 2 GiB: some readers dislike it needlessly.
            with zout.open(info, "w", force_zip64=last_row > 500_000) as f:
                f.write(head)
                for chunk in rows_xml:
                    f.write(chunk)
                f.write(tail)


# -- template -----------------------------------------------------------------------------

_TEXT_FIELDS = frozenset({"nik", "tanggal_lahir", "rt", "rw", "no_hp", "kpj"})
_WIDTHS = {
    "nik": 20,
    "nama": 28,
    "tempat_lahir": 16,
    "tanggal_lahir": 14,
    "jenis_kelamin": 10,
    "nama_ibu": 24,
    "alamat": 30,
    "rt": 6,
    "rw": 6,
    "kecamatan": 20,
    "desa": 24,
    "jabatan": 24,
    "pekerjaan": 22,
    "penghasilan": 14,
    "no_hp": 16,
    "sumber_dana": 22,
    "kpj": 15,
    "catatan": 30,
}
_HELP = {
    "nik": "16 angka sesuai KTP/KK, tanpa titik atau spasi. Kolom ini berformat Teks.",
    "nama": "Nama lengkap sesuai KTP, tanpa gelar jika tidak tertulis di KTP.",
    "tempat_lahir": "Kota/kabupaten tempat lahir.",
    "tanggal_lahir": "Format tanggal-bulan-tahun (dd-mm-yyyy), contoh 12-01-1980.",
    "jenis_kelamin": "L (laki-laki) atau P (perempuan); pilih dari daftar.",
    "nama_ibu": "Nama ibu kandung; dipakai BPJS untuk verifikasi data.",
    "alamat": "Alamat rumah: jalan, gang, dusun.",
    "rt": "Nomor RT, contoh 001.",
    "rw": "Nomor RW, contoh 002.",
    "kecamatan": "Pilih dari daftar; membantu membedakan desa yang namanya sama.",
    "desa": "Desa/kelurahan tempat tinggal; pilih dari daftar.",
    "jabatan": "Jabatan perangkat desa; pilih dari daftar atau ketik sendiri.",
    "pekerjaan": "Pekerjaan sehari-hari; pilih dari daftar atau ketik sendiri.",
    "penghasilan": "Penghasilan sebulan dalam rupiah, angka saja, contoh 1500000.",
    "no_hp": "Nomor HP/WhatsApp, contoh 081234567890.",
    "sumber_dana": "Sumber dana iuran; pilih dari daftar.",
    "kpj": "Nomor KPJ 11 angka bila sudah terdaftar; kosongkan bila belum.",
    "catatan": "Catatan tambahan (boleh kosong).",
}


def template_fields(kategori: str) -> list[str]:
    """The fields of a template, in column order."""
    work = ["jabatan"] if kategori == "aparat_desa" else ["pekerjaan", "penghasilan"]
    return [
        "nik",
        "nama",
        "tempat_lahir",
        "tanggal_lahir",
        "jenis_kelamin",
        "nama_ibu",
        "alamat",
        "rt",
        "rw",
        "kecamatan",
        "desa",
        *work,
        "no_hp",
        "sumber_dana",
        "kpj",
        "catatan",
    ]


def _required(name: str, kategori: str) -> bool:
    if name in {"jabatan", "pekerjaan", "sumber_dana"}:
        return True  # check_peserta rejects a row without them
    return BY_FIELD[name].required


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
    path = _check_target(path)

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

    return _atomic_write(path, wb.save)


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
        write_cell(ws, 1, col, title).font = _font(bold=True)
        for row, value in enumerate(values, 2):
            write_cell(ws, row, col, value)
        letter = get_column_letter(col)
        ranges[key] = f"Daftar!${letter}$2:${letter}${max(2, len(values) + 1)}"
        ws.column_dimensions[letter].width = 28
    for col, title in enumerate(("KODE WILAYAH", "DESA/KELURAHAN", "KECAMATAN"), 6):
        write_cell(ws, 1, col, title).font = _font(bold=True)
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
        cell.font = _font(bold=True, color="FFFFFFFF" if required else "FF1F3A2A")
        cell.fill = _REQUIRED_FILL if required else _OPTIONAL_FILL
        cell.border = _GRID
        cell.alignment = _HEAD_ALIGN
        dim = ws.column_dimensions[letter]
        dim.width = _WIDTHS[name]
        if name in _TEXT_FIELDS:
            dim.number_format = _TEXT
            for row in range(2, last + 1):
                ws.cell(row=row, column=col).number_format = _TEXT
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


def _fill_petunjuk(
    ws: Worksheet,
    kategori: str,
    kabupaten: Region,
    fields_: list[str],
    desa: list[Region],
    ref: WilayahRef,
) -> None:
    provinsi = ref.name(kabupaten.kode[:2]) or ""
    place = f"{kabupaten.nama}, {provinsi}" if provinsi else kabupaten.nama
    label = KATEGORI[kategori]
    lines = [
        f"PETUNJUK PENGISIAN DAFTAR {label.upper()}",
        f"Wilayah: {place} (kode {kabupaten.kode})",
        "",
        '1. Isi data di lembar "Data": satu orang satu baris, mulai baris 2.',
        "2. Jangan mengubah, menghapus atau memindahkan baris judul (baris 1) dan jangan "
        'menambah baris judul, nomor urut atau tanda tangan di lembar "Data".',
        "3. NIK diketik 16 angka tanpa titik atau spasi. Kolom NIK, NO HP, RT, RW dan NOMOR KPJ "
        "sudah berformat Teks supaya angka tetap utuh. Jika menempel (paste) dari berkas lain, "
        "gunakan Tempel Khusus > Nilai saja; NIK yang tersimpan sebagai angka kehilangan angka "
        "ke-16 dan akan ditolak.",
        "4. Tanggal lahir ditulis tanggal-bulan-tahun (dd-mm-yyyy), contoh 12-01-1980.",
        f"5. Kecamatan dan desa/kelurahan dipilih dari daftar ({kabupaten.nama} saja).",
        "6. Judul kolom berwarna hijau tua wajib diisi; yang hijau muda boleh kosong.",
        "7. Simpan tetap sebagai berkas Excel (.xlsx) lalu serahkan ke Dinas.",
    ]
    same = _repeated_names(desa)
    if same:
        lines.insert(
            next(i for i, t in enumerate(lines) if t.startswith("5.")) + 1,
            "   Nama desa berikut ada di lebih dari satu kecamatan, jadi kolom KECAMATAN wajib "
            f"diisi untuknya: {', '.join(same)}.",
        )
    for row, text in enumerate(lines, 1):
        cell = write_cell(ws, row, 1, text)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=4)
    ws["A1"].font = _font(bold=True, size=14)
    ws["A2"].font = _font(bold=True)
    for row in range(4, len(lines) + 1):
        ws.row_dimensions[row].height = 15 * (1 + len(lines[row - 1]) // 140)

    row = len(lines) + 2
    for col, title in enumerate(("KOLOM", "WAJIB", "KETERANGAN", "CONTOH"), 1):
        cell = write_cell(ws, row, col, title)
        cell.font = _font(bold=True, color="FFFFFFFF")
        cell.fill = _REQUIRED_FILL
        cell.border = _GRID
    example = _example(kategori, desa, ref)
    for name in fields_:
        row += 1
        values = (
            BY_FIELD[name].header,
            "Ya" if _required(name, kategori) else "Tidak",
            _HELP[name],
            example.get(name, ""),
        )
        for col, value in enumerate(values, 1):
            cell = write_cell(ws, row, col, value)
            cell.border = _GRID
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    for letter, width in zip("ABCD", (20, 8, 62, 26), strict=True):
        ws.column_dimensions[letter].width = width
    ws.page_setup.orientation = "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def _repeated_names(desa: list[Region]) -> list[str]:
    seen: dict[str, list[str]] = {}
    for d in desa:
        seen.setdefault(d.nama.casefold(), []).append(d.nama)
    return sorted(names[0] for names in seen.values() if len(names) > 1)


def _example(kategori: str, desa: list[Region], ref: WilayahRef) -> dict[str, str]:
    """A made-up person living in the kabupaten (shown on "Petunjuk", never imported)."""
    place = desa[0] if desa else None
    kec = place.kode[:8] if place else ""
    nik_area = kec.replace(".", "") if place else "630305"
    kab = ref.name(kec[:5]) or "" if place else ""
    kabupaten_town = kab.removeprefix("Kabupaten ").removeprefix("Kota ") or "Martapura"
    example = {
        "nik": f"{nik_area}1201800001",
        "nama": "Budi Santoso",
        "tempat_lahir": kabupaten_town,
        "tanggal_lahir": "12-01-1980",
        "jenis_kelamin": "L",
        "nama_ibu": "Siti Aminah",
        "alamat": "Jl. Melati Gg. 2",
        "rt": "001",
        "rw": "002",
        "kecamatan": (ref.name(kec) or "") if place else "",
        "desa": place.nama if place else "",
        "jabatan": JABATAN_APARAT[0],
        "pekerjaan": PEKERJAAN_RENTAN[0],
        "penghasilan": "1500000",
        "no_hp": "081234567890",
        "sumber_dana": SUMBER_DANA["apbdes" if kategori == "aparat_desa" else "apbd_kabupaten"],
        "kpj": "",
        "catatan": "",
    }
    return example
