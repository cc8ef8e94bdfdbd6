"""The rejects workbook: the rows an import refused, as the office sent them, with the reasons.

openpyxl writes the header, styles, frozen pane and filter; the data rows (up to 100,000) are
streamed as XML into that workbook, which is many times faster than openpyxl's own writer.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from jamsostek_desk.services.common.progress import Progress, no_progress
from jamsostek_desk.services.xlsx.cells import (
    TEXT_FORMAT,
    cell_text,
    clean_text,
    is_formula_like,
)
from jamsostek_desk.services.xlsx.sheet import (
    inline_cell,
    list_layout,
    write_header,
    write_streamed,
)
from jamsostek_desk.services.xlsx.style import (
    ADDED_FILL,
    BAD_BORDER,
    BAD_FILL,
    GRID,
    HEAD_FILL,
    font,
)
from jamsostek_desk.store.files import check_target

SOURCE_ROW_HEADER = "Baris asal"
# The importer ignores "Baris asal" and every column after it, so that a corrected rejects
# file imports without its reasons becoming the participants' notes (KETERANGAN = catatan).
MESSAGES_HEADER = "Keterangan"

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


def _width(lengths: Iterable[int], low: int = 8, high: int = 50) -> float:
    return float(min(high, max(low, max(lengths, default=0) + 2)))


def write_rejects(
    path: Path,
    headers: list[str],
    rows: list[RejectRow],
    sheet_title: str = "Ditolak",
    progress: Progress = no_progress,
) -> Path:
    """The rejected rows as the office sent them, with the reasons, ready to fix and resend.

    Columns: the original headers, "Baris asal" (the row in the original sheet) and
    "Keterangan" (the reasons). Data cells are text (a NIK keeps its 16 digits, dates are
    dd-mm-yyyy) and faulty cells are red. Raises UserError when the file cannot be written.
    """
    check_target(path)  # before the work of building the rows
    width = max([len(headers), *(len(r.cells) for r in rows)])
    out_headers = [*headers, *[""] * (width - len(headers)), SOURCE_ROW_HEADER, MESSAGES_HEADER]
    last_row = len(rows) + 1

    wb = Workbook()
    ws = wb.active
    assert isinstance(ws, Worksheet)
    ws.title = _sheet_title(sheet_title)
    write_header(ws, out_headers, lambda col: ADDED_FILL if col > width else HEAD_FILL)
    list_layout(ws, len(out_headers), last_row)

    sample = rows[:1000]
    for col in range(width):
        lengths = [len(cell_text(r.cells[col])) for r in sample if col < len(r.cells)]
        dim = ws.column_dimensions[get_column_letter(col + 1)]
        dim.width = _width([int(len(str(out_headers[col])) * 1.2) + 1, *lengths])  # bold
        dim.number_format = TEXT_FORMAT  # cells typed into later rows are text too
    ws.column_dimensions[get_column_letter(width + 1)].width = 11
    longest = [len(join_messages(r.messages)) for r in sample]
    ws.column_dimensions[get_column_letter(width + 2)].width = _width([20, *longest], high=90)

    styles = _reject_styles(ws)
    total = len(rows)

    xml = _reject_rows_xml(rows, width, styles)
    write_streamed(
        path,
        wb,
        xml,
        len(out_headers),
        last_row,
        lambda written: progress(written, total, "Menulis baris yang ditolak…"),
    )
    progress(total, total, "Baris yang ditolak selesai ditulis.")
    return path


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
        cell.number_format = "0" if number else TEXT_FORMAT
        cell.border = BAD_BORDER if bad else GRID
        if bad:
            cell.fill = BAD_FILL
        if number:
            cell.alignment = Alignment(horizontal="center")
        if red:
            cell.font = font(color="FF9C0006")
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


def _reject_rows_xml(rows: list[RejectRow], width: int, st: _Styles) -> Iterator[str]:
    letters = [get_column_letter(i) for i in range(1, width + 3)]
    source_col, message_col = letters[width], letters[width + 1]
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
            parts.append(inline_cell(f"{letters[col]}{r}", s, text))
        parts.append(f'<c r="{source_col}{r}" s="{st.number}"><v>{int(reject.source_row)}</v></c>')
        message = clean_text(join_messages(reject.messages))
        if message:
            s = st.message_q if is_formula_like(message) else st.message
            parts.append(inline_cell(f"{message_col}{r}", s, message))
        else:
            parts.append(f'<c r="{message_col}{r}" s="{st.message}"/>')
        parts.append("</row>")
        yield "".join(parts)
