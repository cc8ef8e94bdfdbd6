"""What a file holds, before anything is imported: its sheets, their top rows and the header
row found in each (with a mapping remembered for such headers). The import wizard shows this
on its sheet and mapping steps; analyse() then reads the whole list."""

from __future__ import annotations

from dataclasses import dataclass, replace
from itertools import islice
from pathlib import Path

from jamsostek_desk.domain.columns import COLUMNS
from jamsostek_desk.domain.wilayah import load_wilayah
from jamsostek_desk.services.common.progress import Progress
from jamsostek_desk.services.context import AppContext
from jamsostek_desk.services.importer import pipeline, reader
from jamsostek_desk.services.importer.layout import SCAN_ROWS, SheetLayout, detect_layout
from jamsostek_desk.services.importer.sheet_rules import desa_of_sheet


@dataclass
class SheetPeek:
    name: str
    visible: bool
    rows: int
    top: list[list[object]]
    layout: SheetLayout | None  # detected (with a remembered mapping), or chosen by the user
    detected: SheetLayout | None = None
    # for a list without a desa column: (desa code or None, where it is read from) when a
    # title row, the sheet's name or BIP family rows name it
    desa_hint: tuple[str | None, str] | None = None


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
            peek = SheetPeek(info.name, info.visible, info.rows, top, layout, layout)
            peek.desa_hint = desa_hint(ctx, peek)
            sheets.append(peek)
        return FilePeek(path, sheets)
    finally:
        workbook.close()


def desa_hint(ctx: AppContext, peek: SheetPeek) -> tuple[str | None, str] | None:
    """Where the desa of a sheet without a desa column would come from (see SheetPeek)."""
    if peek.layout is None:
        return None
    bare = replace(
        peek.layout, columns={c: f for c, f in peek.layout.columns.items() if f != "desa"}
    )
    kode, source = desa_of_sheet(
        bare, peek.top, peek.name, load_wilayah(), ctx.kabupaten_kode, None
    )
    return (kode, source) if source else None


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
