"""The look shared by the importer's workbooks: fonts, fills, borders and header alignment.

Kept together so the rejects file and the template look like one family and a colour changes
in one place.
"""

from __future__ import annotations

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

THIN = Side(style="thin", color="FFBFBFBF")
_RED = Side(style="thin", color="FFC00000")
BAD_FILL = PatternFill("solid", start_color="FFFFC7CE", end_color="FFFFC7CE")
BAD_BORDER = Border(left=_RED, right=_RED, top=_RED, bottom=_RED)
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FILL = PatternFill("solid", start_color="FFD9E2F3", end_color="FFD9E2F3")
ADDED_FILL = PatternFill("solid", start_color="FFFCE4D6", end_color="FFFCE4D6")
REQUIRED_FILL = PatternFill("solid", start_color="FF1F6E43", end_color="FF1F6E43")
OPTIONAL_FILL = PatternFill("solid", start_color="FFD9EAD3", end_color="FFD9EAD3")
HEAD_ALIGN = Alignment(horizontal="center", vertical="center", wrap_text=True)


def font(bold: bool = False, color: str | None = None, size: int = 11) -> Font:
    # Named, or LibreOffice falls back to a serif font for the styled cells only.
    return Font(name="Calibri", size=size, bold=bold, color=color)
