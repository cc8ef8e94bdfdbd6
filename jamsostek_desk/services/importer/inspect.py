"""What a file holds, before anything is imported: its sheets, their top rows and the header
row found in each (with a mapping remembered for such headers). The import wizard shows this
on its sheet and mapping steps; analyse() then reads the whole list."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from jamsostek_desk.domain.columns import COLUMNS
from jamsostek_desk.services.common.progress import Progress
from jamsostek_desk.services.context import AppContext
from jamsostek_desk.services.importer import pipeline, reader
from jamsostek_desk.services.importer.layout import SCAN_ROWS, SheetLayout, detect_layout


@dataclass
class SheetPeek:
    name: str
    visible: bool
    rows: int
    top: list[list[object]]
    layout: SheetLayout | None  # detected (with a remembered mapping), or chosen by the user
    detected: SheetLayout | None = None


@dataclass
class FilePeek:
    path: Path
    sheets: list[SheetPeek]

    def sheet(self, name: str) -> SheetPeek:
        return next(s for s in self.sheets if s.name == name)

    @property
    def listed(self) -> list[SheetPeek]:
        """The sheets "Semua lembar" imports: visible, not empty (as pipeline.analyse does)."""
        return [s for s in self.sheets if s.visible and s.rows]


def inspect_file(ctx: AppContext, path: Path, progress: Progress) -> FilePeek:
    """The sheets of a file with their top rows and detected header row. Raises ReadError."""
    progress(0, 1, f"Membaca {path.name}…")
    workbook = reader.open_workbook(path)
    try:
        sheets: list[SheetPeek] = []
        for n, info in enumerate(workbook.sheets):
            progress(n, len(workbook.sheets), f"Membaca lembar {info.name}…")
            top = [list(r) for r in islice(workbook.rows(info.name), SCAN_ROWS)]
            layout = detect_layout(top, None)
            if layout is not None:
                saved = pipeline.remembered_mapping(ctx, layout)
                if saved:
                    layout = detect_layout(top, saved) or layout
            sheets.append(SheetPeek(info.name, info.visible, info.rows, top, layout, layout))
        return FilePeek(path, sheets)
    finally:
        workbook.close()


def layout_for_row(top: list[list[object]], index: int) -> SheetLayout:
    """The layout when the user says which row holds the headers."""
    layout = detect_layout(top, None, header_row=index)
    assert layout is not None  # a row that exists is always taken
    return layout


def required_fields(kategori: str) -> list[str]:
    """Fields a row cannot be accepted without (jabatan/pekerjaan: check_peserta wants them)."""
    out = [c.field for c in COLUMNS if c.required]
    out.append("jabatan" if kategori == "aparat_desa" else "pekerjaan")
    return out
