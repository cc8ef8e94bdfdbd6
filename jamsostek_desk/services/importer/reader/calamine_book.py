"""The Workbook backend for xlsx, xls and ods, on top of python-calamine.

Opens the book only after the scans have passed, lists its sheets with the notes a user needs
(hidden sheets and rows, formulas, a misleading file name), and converts rows with the
cell-length check on a fast path.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import python_calamine

from jamsostek_desk.services.importer.reader.guards import (
    MAX_GRID_CELLS,
    _cell_too_long,
    _grid_too_big,
    _guarded,
    _Limits,
    _n,
    _password,
    _too_many_rows,
)
from jamsostek_desk.services.importer.reader.workbook import SheetInfo, Workbook
from jamsostek_desk.services.importer.reader.zip_parts import _PackageScan


def _check_grids(scans: _PackageScan, name: str) -> None:
    for sheet, scan in scans.sheets.items():
        if scan.grid_rows * scan.grid_cols > MAX_GRID_CELLS:
            raise _grid_too_big(name, sheet, scan.grid_rows, scan.grid_cols)
    for part, scan in scans.parts.items():
        if scan.grid_rows * scan.grid_cols > MAX_GRID_CELLS:
            raise _grid_too_big(name, f"(bagian {part})", scan.grid_rows, scan.grid_cols)


def _calamine_open(data: bytes, name: str) -> python_calamine.CalamineWorkbook:
    try:
        return python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
    except python_calamine.PasswordError as error:
        raise _password(name) from error


def _calamine_workbook(
    path: Path,
    fmt: str,
    book: python_calamine.CalamineWorkbook,
    scans: _PackageScan,
    limits: _Limits,
) -> Workbook:
    notes: list[str] = []
    backend = _CalamineBackend(book, limits)
    sheets: list[SheetInfo] = []
    try:
        for meta in book.sheets_metadata:
            if meta.typ != python_calamine.SheetTypeEnum.WorkSheet:
                notes.append(f"Lembar '{meta.name}' bukan lembar data (misalnya grafik); dilewati.")
                continue
            scan = scans.sheets.get(meta.name)  # every part was measured; this is for notes
            sheet = book.get_sheet_by_name(meta.name)
            end = sheet.end if sheet.start is not None else None
            count = end[0] + 1 if end is not None else 0
            if count > limits.max_rows:
                raise _too_many_rows(limits, meta.name, count)
            visible = meta.visible == python_calamine.SheetVisibleEnum.Visible
            sheets.append(SheetInfo(meta.name, visible, count))
            # Hidden rows past the data (Excel hides unused rows that way) are not worth a note.
            hidden = [r for r in scan.hidden if r < count] if scan is not None else []
            backend.add(meta.name, sheet, hidden)
            if not visible:
                very = meta.visible == python_calamine.SheetVisibleEnum.VeryHidden
                notes.append(
                    f"Lembar '{meta.name}' tersembunyi"
                    + (" (sangat tersembunyi, hanya bisa dimunculkan lewat VBA)" if very else "")
                    + "; lembar ini tidak ikut dibaca kecuali dipilih sendiri."
                )
            if hidden:
                notes.append(
                    f"Lembar '{meta.name}' berisi {_n(len(hidden))} baris tersembunyi; baris itu "
                    "tetap dibaca."
                )
        if scans.formulas:
            notes.append(
                "File berisi rumus: nilai terakhir yang tersimpan dipakai, rumus tidak dihitung "
                "ulang. Rumus yang belum pernah dihitung (misalnya dari program lain) terbaca "
                "kosong; buka dan simpan ulang file di Excel bila ada yang hilang."
            )
        suffix = path.suffix.lower().lstrip(".")
        expected = {"xlsx": {"xlsx", "xlsm", "xltx", "xltm"}, "xls": {"xls", "xlt"}, "ods": {"ods"}}
        if suffix and suffix not in expected[fmt]:
            notes.append(
                f"File bernama .{suffix} tetapi isinya {fmt.upper()}; dibaca sesuai isinya."
            )
    except BaseException:
        backend.close()
        raise
    return Workbook(path, fmt, sheets, notes, backend)


class _TooLong(Exception):
    pass


_STR, _FLOAT = str, float
_PASS_THROUGH = frozenset({int, bool, dt.date, dt.datetime})


def _odd_cell(value: Any, limit: int) -> object:
    """Cells the fast path does not take: '' -> None, over-long text, times and durations."""
    kind = value.__class__
    if kind is _STR:
        if not value:
            return None
        if len(value) > limit:
            raise _TooLong
        return value
    if kind in _PASS_THROUGH:
        return value
    if isinstance(value, dt.date):  # date/datetime subclasses
        return value
    if isinstance(value, dt.time):
        return value.isoformat()
    if isinstance(value, dt.timedelta):
        return str(value)
    return None if value is None else str(value)


class _CalamineBackend:
    def __init__(self, book: python_calamine.CalamineWorkbook, limits: _Limits) -> None:
        self.book: python_calamine.CalamineWorkbook | None = book
        self.limits = limits
        self.sheets: dict[str, python_calamine.CalamineSheet] = {}
        self.hidden: dict[str, list[int]] = {}

    def add(self, name: str, sheet: python_calamine.CalamineSheet, hidden: list[int]) -> None:
        self.sheets[name] = sheet
        self.hidden[name] = hidden

    def rows(self, sheet: str) -> Iterator[list[object]]:
        return _guarded(self._rows(sheet), self.limits.name)

    def _rows(self, name: str) -> Iterator[list[object]]:
        sheet = self.sheets[name]
        start = sheet.start
        if start is None:
            return  # iter_rows() panics on an empty sheet
        first_row, first_col = start
        pad: list[object] = [None] * first_col
        limit = self.limits.max_cell_chars
        odd = _odd_cell
        it = sheet.iter_rows()
        index = 0
        raw: list[Any] = []
        try:
            peek = next(it, None)
            if peek is None:
                return
            if first_row and any(v != "" for v in peek):
                # Older python-calamine: no leading empty rows; add them so indexes stay absolute.
                for index in range(first_row):  # noqa: B007 - index is used on error
                    yield []
                index = first_row
            for raw in _prepend(peek, it):
                row: list[object] = [
                    v
                    if ((c := v.__class__) is _STR and 0 < len(v) <= limit) or c is _FLOAT
                    else odd(v, limit)
                    for v in raw
                ]
                yield pad + row if first_col else row
                index += 1
        except _TooLong:
            col = next(i for i, v in enumerate(raw) if isinstance(v, str) and len(v) > limit)
            size = len(raw[col])
            raise _cell_too_long(self.limits, name, index, first_col + col, size) from None

    def hidden_rows(self, sheet: str) -> set[int]:
        return set(self.hidden.get(sheet, ()))

    def merged_ranges(self, sheet: str) -> list[tuple[int, int, int, int]]:
        try:
            merged = self.sheets[sheet].merged_cell_ranges
        except Exception:  # older python-calamine: no merged cells, which is not an error
            return []
        return [(r0, c0, r1, c1) for (r0, c0), (r1, c1) in merged or ()]

    def close(self) -> None:
        self.sheets.clear()
        book, self.book = self.book, None
        if book is not None:
            with contextlib.suppress(Exception):  # already closed is fine
                book.close()


def _prepend(first: list[Any], rest: Iterator[list[Any]]) -> Iterator[list[Any]]:
    yield first
    yield from rest
