"""The look shared by the importer's workbooks: fonts, fills, borders and header alignment.

Kept together so the rejects file and the template look like one family and a colour changes
in one place.
"""

from __future__ import annotations

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

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
