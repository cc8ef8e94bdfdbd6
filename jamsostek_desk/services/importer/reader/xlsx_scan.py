"""Measuring an xlsx worksheet's XML before python-calamine builds its dense grid.

Grid extent, hidden rows and formulas: a fast regex path for what Excel, LibreOffice and the
usual libraries write, and an exact tokenizer for anything unusual, so that two far-apart
cells cannot make calamine allocate billions of cells.
"""

from __future__ import annotations

import re
import zipfile
from functools import lru_cache

from jamsostek_desk.services.importer.reader.guards import MAX_GRID_CELLS, _col_number, _corrupt
from jamsostek_desk.services.importer.reader.zip_parts import _chunks, _refuse_dtd, _SheetScan

# Fast measurement of a worksheet's extent. Excel, LibreOffice and the usual libraries write
# every cell as <c r="B12" ...> in row order; for those a handful of regexes that start with a
# literal bound the grid at about the speed of decompression (plain ``in`` tests are slower on
# XML: its many '<' and '"' defeat CPython's fast search). Anything unusual goes through the
# exact, slower tokenizer: a cell whose first attribute is not r="...", an r written another
# way anywhere (calamine takes the last of duplicate attributes), a reference past the bound.
_IRREGULAR = re.compile(rb'<c(?! r=")[\s/>]')
_IRREGULAR_NS = re.compile(rb':c(?! r=")[\s/>]')  # <x:c>, as the OpenXML SDK writes
_ODD_SPACE_R = re.compile(rb"[\t\n\r]r\s*=")
_FORMULA = re.compile(rb"<f[\s/>]")
_FORMULA_NS = re.compile(rb":f[\s/>]")
_HIDDEN_WORD = re.compile(rb"hidden")
_ROW_TAG = re.compile(rb"<(?:[\w.-]+:)?row\s[^>]*>")
_HIDDEN = re.compile(rb"""\shidden\s*=\s*["'](?:1|true)["']""")
_ATTR_R = re.compile(rb"""(?:^|\s)r\s*=\s*["']([A-Za-z]*)([0-9]+)["']""")
_LAST_REF = re.compile(rb'r="[A-Za-z]*([0-9]+)"')


@lru_cache(maxsize=64)
def _refs(limit: int) -> re.Pattern[bytes]:
    """Matches an r attribute written unusually (group 1), a reference whose row is above
    ``limit``, a d99..9 number (group 2), or whose column is past Z (group 3; calamine also
    takes lowercase letters). Other attributes whose name ends in "r" can only widen the bound."""
    digits = str(limit)
    k, lead = len(digits), int(digits[0])
    far = f"0*+[1-9][0-9]{{{k},}}" + (f'|0*+[{lead + 1}-9][0-9]{{{k - 1}}}"' if lead < 9 else "")
    ref = rf"""(?:[A-Za-z]+(?=[0-9]{{{k}}})({far})|([A-Za-z]{{2,}})[0-9])"""
    return re.compile(rf""" r(?:(\s+=|=[\s'])|="{ref})""".encode())


_SHARED_STRINGS = "xl/sharedStrings.xml"
_SST_TAG = re.compile(rb"<(?:[\w.-]+:)?sst\s[^>]*>")
_UNIQUE_COUNT = re.compile(rb"""uniqueCount\s*=\s*["']\s*\+?([0-9]+)""")


def _check_shared_strings(first: bytes, info: zipfile.ZipInfo, name: str) -> None:
    """calamine reserves room for the declared number of shared strings before reading them;
    more strings than the part has bytes for can only be an attack or damage."""
    tag = _SST_TAG.search(first)
    count = _UNIQUE_COUNT.search(tag.group()) if tag else None
    if count is not None and int(count.group(1)) > info.file_size // 4 + 16:
        raise _corrupt(name, f"bagian '{info.filename}' menyebut {int(count.group(1))} teks")


def _round_up(row: int) -> int:
    """The smallest d99..9 at or above ``row`` (so few distinct regexes are ever compiled)."""
    digits = str(max(row, 1))
    lead = int(digits[0])
    return int(str(lead + 1) + "0" * (len(digits) - 1)) - 1


def _last_row(buf: bytes) -> int:
    """Row number of the last cell (or row) reference in ``buf``; 0 if none is found."""
    end = len(buf)
    for _ in range(4):
        pos = buf.rfind(b'r="', 0, end)
        if pos < 0:
            return 0
        ref = _LAST_REF.match(buf, pos)
        if ref is not None:
            return int(ref.group(1))
        end = pos
    return 0


def _scan_xlsx_sheet(archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str) -> _SheetScan:
    hidden: list[int] = []
    formulas = False
    max_row = 0  # 1-based; every reference seen so far is at or below _round_up(max_row)
    max_col = 25
    first = True
    for buf in _chunks(archive, info, name):
        if first:
            _refuse_dtd(buf, info.filename, name)
            _check_shared_strings(buf, info, name)
            first = False
        if _IRREGULAR.search(buf) or _IRREGULAR_NS.search(buf):
            return _exact_xlsx_sheet(archive, info, name)
        if (b"\t" in buf or b"\n" in buf or b"\r" in buf) and _ODD_SPACE_R.search(buf):
            return _exact_xlsx_sheet(archive, info, name)
        if not formulas:
            formulas = bool(_FORMULA.search(buf) or _FORMULA_NS.search(buf))
        if _HIDDEN_WORD.search(buf):
            for tag in _ROW_TAG.finditer(buf):
                if _HIDDEN.search(tag.group()):
                    ref = _ATTR_R.search(tag.group())
                    if ref is None:
                        return _exact_xlsx_sheet(archive, info, name)
                    hidden.append(int(ref.group(2)) - 1)
        max_row = max(max_row, _last_row(buf))
        for odd, far, wide in set(_refs(_round_up(max_row)).findall(buf)):
            if odd or far:
                return _exact_xlsx_sheet(archive, info, name)
            max_col = max(max_col, _col_number(wide))
    rows = _round_up(max_row) if max_row else 0
    cols = max_col + 1 if max_row else 0
    if rows * cols > MAX_GRID_CELLS:
        return _exact_xlsx_sheet(archive, info, name)
    return _SheetScan(sorted(set(hidden)), formulas, rows, cols)


_TOKEN = re.compile(rb"<(?:[\w.-]+:)?(row|c)(?=[\s/>])([^>]*)>")


def _exact_xlsx_sheet(archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str) -> _SheetScan:
    """Follow calamine's placement of every cell, also cells without ``r``. A tag with several
    r attributes (calamine takes the last) counts with all of them, so the bound stays safe."""
    hidden: list[int] = []
    formulas = False
    row = col = -1
    min_row = min_col = 1 << 62
    max_row = max_col = -1
    for buf in _chunks(archive, info, name):
        if not formulas:
            formulas = bool(_FORMULA.search(buf) or _FORMULA_NS.search(buf))
        for m in _TOKEN.finditer(buf):
            attrs = m.group(2)
            refs = _ATTR_R.findall(attrs)
            if m.group(1) == b"row":
                row = max(int(n) for _, n in refs) - 1 if refs else row + 1
                col = -1
                if _HIDDEN.search(attrs):
                    hidden.append(row)
                continue
            places = [(int(n) - 1, _col_number(c)) for c, n in refs if c] or [
                (max(row, 0), col + 1)
            ]
            col = max(c for _, c in places)
            if attrs.endswith(b"/"):
                continue  # <c .../>: formatting only, no value
            for cell_row, cell_col in places:
                min_row, max_row = min(min_row, cell_row), max(max_row, cell_row)
                min_col, max_col = min(min_col, cell_col), max(max_col, cell_col)
    rows = max_row - min_row + 1 if max_row >= 0 else 0
    cols = max_col - min_col + 1 if max_col >= 0 else 0
    return _SheetScan(sorted(set(hidden)), formulas, rows, cols)
