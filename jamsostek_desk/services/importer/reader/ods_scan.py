"""Measuring the tables of an ODS ``content.xml`` as python-calamine's ODS reader expands them.

Repeated rows and columns are followed row by row, so that a few repeat counts cannot make
calamine allocate a huge grid.
"""

from __future__ import annotations

import re
import zipfile

from jamsostek_desk.services.importer.reader.zip_parts import (
    _chunks,
    _refuse_dtd,
    _SheetScan,
    _WellFormed,
)

_ODS_ROW = re.compile(rb"<table:table(-row)?(?=[\s/>])([^>]*)>|</table:table>")
_ODS_CELL = re.compile(rb"<table:(?:covered-)?table-cell(?=[\s/>])([^>]*)>")
_ODS_REPEAT = re.compile(rb"""number-(?:rows|columns)-repeated\s*=\s*["']([0-9]+)["']""")
_ODS_HIDDEN = re.compile(rb"""table:visibility\s*=\s*["'](?:collapse|filter)["']""")
_ODS_NAME = re.compile(rb"""table:name\s*=\s*(?:"([^"]*)"|'([^']*)')""")


class _OdsTable:
    """calamine's ODS reader expands repeated cells and rows that hold a value; this follows
    it row by row (cells one by one only in rows that repeat cells), with a bound that can
    only be larger than calamine's grid."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.row_index = 0  # rows so far, repeats counted
        self.min_row, self.end_row = 1 << 62, -1
        self.min_col, self.max_col = 1 << 62, -1
        self.formulas = False
        self.in_row = False
        self.row_repeat = self.col = 0
        self.row_min_col, self.row_max_col = 1 << 62, -1
        self.hidden: list[tuple[int, int]] = []  # (first row, count): rows may repeat a million

    def start_row(self, attrs: bytes) -> None:
        self.end_row_if_open()
        repeat = _ODS_REPEAT.search(attrs) if b"repeated" in attrs else None
        self.row_repeat = int(repeat.group(1)) if repeat else 1
        if b"table:visibility" in attrs and _ODS_HIDDEN.search(attrs):
            self.hidden.append((self.row_index, self.row_repeat))
        self.col, self.row_min_col, self.row_max_col = 0, 1 << 62, -1
        self.in_row = not attrs.endswith(b"/")
        if not self.in_row:
            self.row_index += self.row_repeat

    def cells(self, buf: bytes, start: int, end: int, repeats: bool) -> None:
        """The cells of the open row found in buf[start:end]; ``repeats``: buf repeats cells."""
        if not self.in_row or start >= end:
            return
        if not repeats or buf.find(b"columns-repeated", start, end) < 0:
            # Start and end tags both contain "table-cell": an over-count, which is safe.
            count = buf.count(b"table-cell", start, end)
            if count and buf.find(b"office:", start, end) >= 0:
                self.row_min_col = min(self.row_min_col, self.col)
                self.row_max_col = max(self.row_max_col, self.col + count - 1)
            self.col += count
            return
        for cell in _ODS_CELL.finditer(buf, start, end):
            attrs = cell.group(1)
            repeat = _ODS_REPEAT.search(attrs)
            span = int(repeat.group(1)) if repeat else 1
            if b"office:" in attrs or b"table:formula" in attrs:
                self.row_min_col = min(self.row_min_col, self.col)
                self.row_max_col = max(self.row_max_col, self.col + span - 1)
            self.col += span

    def end_row_if_open(self) -> None:
        if not self.in_row:
            return
        self.in_row = False
        if self.row_max_col >= 0:
            self.min_row = min(self.min_row, self.row_index)
            self.end_row = self.row_index + self.row_repeat
            self.min_col = min(self.min_col, self.row_min_col)
            self.max_col = max(self.max_col, self.row_max_col)
        self.row_index += self.row_repeat

    def scan(self) -> _SheetScan:
        self.end_row_if_open()
        rows = self.end_row - self.min_row if self.end_row >= 0 else 0
        cols = self.max_col - self.min_col + 1 if self.max_col >= 0 else 0
        last = max(self.end_row, 0)  # hidden rows after the last value are not kept
        hidden = [r for first, count in self.hidden for r in range(first, min(first + count, last))]
        return _SheetScan(hidden, self.formulas, rows, cols)


def _scan_ods_content(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str
) -> dict[str, _SheetScan]:
    tables: dict[str, _SheetScan] = {}
    table: _OdsTable | None = None
    checker = _WellFormed(info.filename, name)
    first = True
    for buf in _chunks(archive, info, name):
        if first:
            _refuse_dtd(buf, info.filename, name)
            first = False
        checker.feed(buf)
        pos = 0
        repeats = b"columns-repeated" in buf
        formulas = b"table:formula" in buf
        for m in _ODS_ROW.finditer(buf):
            if table is not None:
                table.formulas |= formulas
                table.cells(buf, pos, m.start(), repeats)
            pos = m.end()
            if m.group(1):  # <table:table-row>
                if table is not None:
                    table.start_row(m.group(2))
            elif m.group(2) is not None:  # <table:table>
                found = _ODS_NAME.search(m.group(2))
                raw = (found.group(1) or found.group(2) or b"") if found else b""
                table = _OdsTable(_xml_unescape(raw) or f"Tabel {len(tables) + 1}")
                if m.group(2).endswith(b"/"):
                    tables[table.name] = table.scan()
                    table = None
            elif table is not None:  # </table:table>
                tables[table.name] = table.scan()
                table = None
        if table is not None:
            table.formulas |= formulas
            table.cells(buf, pos, len(buf), repeats)
    checker.close()
    if table is not None:
        tables[table.name] = table.scan()
    return tables


def _xml_unescape(raw: bytes) -> str:
    text = raw.decode("utf-8", errors="replace")
    for entity, char in (("&lt;", "<"), ("&gt;", ">"), ("&quot;", '"'), ("&apos;", "'")):
        text = text.replace(entity, char)
    return text.replace("&amp;", "&")
