"""The rejects workbook: the rows an import refused, as the office sent them, with the reasons.

openpyxl writes the header, styles, frozen pane and filter; the data rows (up to 100,000) are
streamed as XML into that workbook, which is many times faster than openpyxl's own writer.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from jamsostek_desk.services.importer.xlsx_out.cells import (
    _ILLEGAL_XML,
    _TEXT,
    MAX_CELL_TEXT,
    cell_text,
    clean_text,
    is_formula_like,
    write_cell,
)
from jamsostek_desk.services.importer.xlsx_out.files import _atomic_write, _check_target
from jamsostek_desk.services.importer.xlsx_out.style import (
    _ADDED_FILL,
    _BAD_BORDER,
    _BAD_FILL,
    _GRID,
    _HEAD_ALIGN,
    _HEAD_FILL,
    _font,
)

SOURCE_ROW_HEADER = "Baris asal"
# The importer ignores "Baris asal" and every column after it, so that a corrected rejects
# file imports without its reasons becoming the participants' notes (KETERANGAN = catatan).
MESSAGES_HEADER = "Keterangan"

Progress = Callable[[int, int, str], None]

_XML_SPECIAL = re.compile("[&<>\r\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_BAD_TITLE = re.compile(r"[\[\]:*?/\\]")


def _sheet_title(title: str) -> str:
    cleaned = _BAD_TITLE.sub("_", clean_text(title)).strip().strip("'")[:31]
    return cleaned or "Ditolak"


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
