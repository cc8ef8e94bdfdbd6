"""A plain list as a workbook: the "Simpan daftar…" of a long message (who is missing what)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

from jamsostek_desk.services.xlsx import write_cell
from jamsostek_desk.store.files import atomic_output


def write_simple_list(
    path: Path, title: str, headers: Sequence[str], rows: Sequence[Sequence[object]]
) -> Path:
    """One sheet: a title line, a bold header row, then the rows (all cells as text, so a
    NIK keeps its 16 digits and a name starting with "=" stays a name)."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Daftar"
    write_cell(ws, 1, 1, title).font = Font(bold=True, size=12)
    for c, head in enumerate(headers, start=1):
        write_cell(ws, 3, c, head).font = Font(bold=True)
    widths = [len(h) for h in headers]
    for r, row in enumerate(rows, start=4):
        for c, value in enumerate(row, start=1):
            write_cell(ws, r, c, value)
            if c <= len(widths):
                widths[c - 1] = max(widths[c - 1], len(str(value)))
    for c, w in enumerate(widths, start=1):
        ws.column_dimensions[ws.cell(row=3, column=c).column_letter].width = min(60, w + 2)
    target = Path(path)
    with atomic_output(target, "Daftar") as tmp:
        wb.save(tmp)
    return target
