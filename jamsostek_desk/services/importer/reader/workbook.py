"""The reader's public types: the checked ``Workbook`` every format opens into, ``SheetInfo``
and ``ReadError``.

Kept apart from the format readers so that each of them can build a Workbook without importing
the others (and the package entry point without a cycle).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from jamsostek_desk.domain.errors import UserError

CellValue = str | int | float | bool | dt.date | dt.datetime | None


class ReadError(UserError):
    """The file cannot be read at all (CLI exit code 2); the message names the file."""


@dataclass(frozen=True)
class SheetInfo:
    name: str
    visible: bool  # False for hidden / very hidden sheets
    rows: int  # rows that ``Workbook.rows`` yields (0 for an empty sheet)


class _Backend(Protocol):
    def rows(self, sheet: str) -> Iterator[list[object]]: ...
    def hidden_rows(self, sheet: str) -> set[int]: ...
    def merged_ranges(self, sheet: str) -> list[tuple[int, int, int, int]]: ...
    def close(self) -> None: ...


class Workbook:
    """An opened, checked spreadsheet. Rows are absolute: index 0 is Excel's row 1."""

    path: Path
    format: str  # "xlsx" | "xls" | "ods" | "csv" | "html"
    sheets: list[SheetInfo]
    notes: list[str]  # Indonesian notices about the whole file

    def __init__(
        self, path: Path, fmt: str, sheets: list[SheetInfo], notes: list[str], backend: _Backend
    ) -> None:
        self.path = path
        self.format = fmt
        self.sheets = sheets
        self.notes = notes
        self._backend: _Backend | None = backend

    def rows(self, sheet: str) -> Iterator[list[object]]:
        """Each row as a list of cell values (str, int, float, bool, date, datetime or None).

        Formulas give their last saved value; nothing is evaluated. Rows may differ in length.
        """
        return self._live().rows(self._known(sheet))

    def hidden_rows(self, sheet: str) -> set[int]:
        """0-based indexes of rows hidden in Excel (xlsx; empty where the format has none)."""
        return set(self._live().hidden_rows(self._known(sheet)))

    def merged_ranges(self, sheet: str) -> list[tuple[int, int, int, int]]:
        """(first_row, first_col, last_row, last_col), 0-based and inclusive."""
        return list(self._live().merged_ranges(self._known(sheet)))

    def close(self) -> None:
        if self._backend is not None:
            backend, self._backend = self._backend, None
            backend.close()

    def __enter__(self) -> Workbook:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _live(self) -> _Backend:
        if self._backend is None:
            raise ReadError(f"File '{self.path.name}' sudah ditutup; buka lagi untuk membacanya.")
        return self._backend

    def _known(self, sheet: str) -> str:
        if not any(s.name == sheet for s in self.sheets):
            names = ", ".join(f"'{s.name}'" for s in self.sheets) or "(tidak ada)"
            raise ReadError(
                f"Lembar '{sheet}' tidak ada di file '{self.path.name}'. Lembar yang ada: {names}."
            )
        return sheet
