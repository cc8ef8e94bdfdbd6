"""Cell values the importer writes, made inert: text only, never a formula.

The defence against formula injection described in the package docstring lives here, in one
place, because every sheet we write (rejects, template, and other exports that import
``safe_text``) must apply exactly the same rules.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time
from decimal import Decimal

from openpyxl.cell import Cell
from openpyxl.cell.rich_text import CellRichText
from openpyxl.worksheet.worksheet import Worksheet

MAX_CELL_TEXT = 32767  # Excel's limit for one cell

_FORMULA_START = frozenset("=+-@\t\r\uff1d\uff0b\uff0d\uff20")  # also full-width = + - @
_ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
TEXT_FORMAT = "@"  # the number format "Text"


def is_formula_like(text: str) -> bool:
    """True when a spreadsheet program could take the text for a formula."""
    if not text:
        return False
    if text[0] in _FORMULA_START:
        return True
    return text[0].isspace() and text.lstrip()[:1] in _FORMULA_START


def clean_text(text: str) -> str:
    """Text a worksheet can hold: no XML-illegal control characters, at most 32,767 characters.

    A control character becomes U+FFFD (visible), so a rejected NIK still shows where it was.
    """
    if _ILLEGAL_XML.search(text):
        text = _ILLEGAL_XML.sub("\ufffd", text)
    return text[:MAX_CELL_TEXT]


def cell_text(value: object) -> str:
    """How an original cell value is written back: always as text, as the office typed it.

    Whole numbers lose a float's ".0" (a NIK read as 6.303051201800001e15 comes back as its
    digits, so the lost 16th digit is visible), dates become dd-mm-yyyy.
    """
    if value is None:
        return ""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, bool):
        return "Ya" if value else "Tidak"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, Decimal):
        whole = value.is_finite() and value.adjusted() < 20 and value == value.to_integral_value()
        return str(int(value)) if whole else str(value)
    if isinstance(value, datetime):
        day = f"{value.day:02d}-{value.month:02d}-{value.year:04d}"
        return day if value.time() == time(0, 0) else f"{day} {value:%H:%M:%S}"
    if isinstance(value, date):
        return f"{value.day:02d}-{value.month:02d}-{value.year:04d}"
    if isinstance(value, time):
        return f"{value:%H:%M:%S}"
    return clean_text(str(value))


def safe_text(value: object) -> object:
    """A value that any openpyxl worksheet stores as inert text.

    Non-str values are returned unchanged. A str is cleaned (``clean_text``); when it looks like
    a formula it comes back as a ``CellRichText``, which openpyxl writes as an inline string in
    both normal and write-only mode (a plain str starting with "=" would become a formula).
    ``str()`` of it is the original text. ``write_cell`` goes further and sets quotePrefix.
    """
    if not isinstance(value, str):
        return value
    text = clean_text(value)
    return CellRichText([text]) if is_formula_like(text) else text


def write_cell(ws: Worksheet, row: int, col: int, value: object) -> Cell:
    """Write ``value`` as a text cell (number format "@"); formula-like text gets quotePrefix."""
    cell = ws.cell(row=row, column=col)
    text = cell_text(value)
    cell.value = text or None
    cell.data_type = "s"  # after assigning: openpyxl makes "=..." a formula, "#N/A" an error
    cell.number_format = TEXT_FORMAT
    if is_formula_like(text):
        cell.quotePrefix = True
    return cell
