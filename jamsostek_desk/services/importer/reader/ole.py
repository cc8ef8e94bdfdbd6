"""OLE2 compound files: .xls (BIFF) workbooks, and what Excel makes of an encrypted xlsx.

A minimal compound-file walker and BIFF record scan that refuse encrypted workbooks, chain
loops and oversized sheets before python-calamine parses the file.
"""

from __future__ import annotations

import struct
from collections.abc import Callable
from pathlib import Path

from jamsostek_desk.services.importer.reader.calamine_book import (
    _calamine_open,
    _calamine_workbook,
    _check_grids,
)
from jamsostek_desk.services.importer.reader.guards import (
    MAX_GRID_CELLS,
    MAX_PACKAGE_BYTES,
    OLE_MAGIC,
    _corrupt,
    _grid_too_big,
    _Limits,
    _not_spreadsheet,
    _password,
    _too_big_file,
)
from jamsostek_desk.services.importer.reader.workbook import ReadError, Workbook
from jamsostek_desk.services.importer.reader.zip_parts import _PackageScan, _SheetScan

_FREESECT, _ENDOFCHAIN = 0xFFFFFFFF, 0xFFFFFFFE
# Cell records (blanks too: counting them can only over-estimate, and a valid BIFF8 sheet of
# 65,536 x 256 cells stays under the limit anyway).
_BIFF_CELLS = {0x0203, 0x027E, 0x00FD, 0x0204, 0x0205, 0x0006, 0x0406, 0x00D6, 0x0201}
_BIFF_MULTI = {0x00BD, 0x00BE}  # MULRK, MULBLANK: row, first column, ..., last column


class _Compound:
    """Just enough of [MS-CFB] to list the streams and read one. It walks every chain calamine
    walks (directory, mini stream, mini FAT, the workbook stream), so that a loop or a size
    far beyond the file, which would make calamine spin or over-allocate, is refused first."""

    def __init__(self, data: bytes, name: str) -> None:
        self.data, self.name = data, name
        if len(data) < 512 or not data.startswith(OLE_MAGIC):
            raise _corrupt(name, "header OLE terpotong")
        shift, mini_shift = struct.unpack_from("<HH", data, 30)
        if shift not in (9, 12) or mini_shift != 6:
            raise _corrupt(name, "header OLE tidak valid")
        self.sector = 1 << shift
        self.n_sectors = len(data) // self.sector - 1  # whole sectors after the header
        dir_len, fat_len, self.dir_start = struct.unpack_from("<III", data, 40)
        self.cutoff, self.minifat_start, minifat_len = struct.unpack_from("<III", data, 56)
        difat_start, difat_len = struct.unpack_from("<II", data, 68)
        if max(dir_len, fat_len, minifat_len, difat_len) > self.n_sectors + 1:
            raise _corrupt(name, "header OLE menyebut lebih banyak sektor daripada isi file")
        difat = list(struct.unpack_from("<109I", data, 76))
        sid, per = difat_start, self.sector // 4 - 1
        for _ in range(self.n_sectors + 2):
            if sid in (_ENDOFCHAIN, _FREESECT):
                break
            block = self._sector(sid)
            difat.extend(struct.unpack_from(f"<{per}I", block))
            sid = struct.unpack_from("<I", block, per * 4)[0]
        else:
            raise _corrupt(name, "rantai DIFAT OLE berputar")
        raw = b"".join(self._sector(s) for s in difat if s != _FREESECT)
        self.fat = struct.unpack(f"<{len(raw) // 4}I", raw)
        directory = self._chain(self.dir_start, self.fat, self._sector)
        wide = self.sector != 512
        self.entries: list[tuple[str, int, int]] = []
        for off in range(0, len(directory) - 127, 128):
            label = directory[off : off + 64].decode("utf-16-le", errors="ignore")
            start = struct.unpack_from("<I", directory, off + 116)[0]
            size = struct.unpack_from("<Q" if wide else "<I", directory, off + 120)[0]
            self.entries.append((label.split("\x00", 1)[0], start, size))
        if not self.entries:
            raise _corrupt(name, "direktori OLE kosong")
        _, root_start, root_size = self.entries[0]
        if root_size > len(data):
            raise _corrupt(name, "ukuran aliran OLE melebihi file")
        self.mini_stream = self._chain(root_start, self.fat, self._sector)[:root_size]
        raw = self._chain(self.minifat_start, self.fat, self._sector)
        self.minifat = struct.unpack(f"<{len(raw) // 4}I", raw)

    def names(self) -> set[str]:
        return {label for label, _, _ in self.entries}

    def _sector(self, sid: int) -> bytes:
        if sid >= self.n_sectors:
            raise _corrupt(self.name, "sektor OLE di luar file")
        off = (sid + 1) * self.sector
        return self.data[off : off + self.sector]

    def _mini(self, sid: int) -> bytes:
        if (sid + 1) * 64 > len(self.mini_stream):
            raise _corrupt(self.name, "sektor mini OLE di luar file")
        return self.mini_stream[sid * 64 : sid * 64 + 64]

    def _chain(self, sid: int, fat: tuple[int, ...], read: Callable[[int], bytes]) -> bytes:
        out: list[bytes] = []
        while sid not in (_ENDOFCHAIN, _FREESECT):
            if sid >= len(fat) or len(out) > len(fat):
                raise _corrupt(self.name, "rantai sektor OLE rusak")
            out.append(read(sid))
            sid = fat[sid]
        return b"".join(out)

    def stream(self, entry: str) -> bytes:
        """The first directory entry of that name, as calamine picks it."""
        _, start, size = next(e for e in self.entries if e[0] == entry)
        if size > len(self.data):
            raise _corrupt(self.name, "ukuran aliran OLE melebihi file")
        if size >= 4096:
            return self._chain(start, self.fat, self._sector)[:size]
        return self._chain(start, self.minifat, self._mini)[:size]


def _open_ole(path: Path, size: int, limits: _Limits) -> Workbook:
    name = path.name
    if size > MAX_PACKAGE_BYTES:
        raise _too_big_file(name, size)
    data = path.read_bytes()
    try:
        ole = _Compound(data, name)
    except ReadError:
        # An encrypted xlsx with a directory this parser cannot follow: its stream names alone
        # tell what it is.
        if "EncryptionInfo".encode("utf-16-le") in data:
            raise _password(name) from None
        raise
    streams = ole.names()
    if {"EncryptionInfo", "EncryptedPackage"} & streams:
        raise _password(name)
    if "Workbook" not in streams and "Book" not in streams:
        if "WordDocument" in streams:
            raise _not_spreadsheet(name, "dokumen Word 97-2003")
        if "PowerPoint Document" in streams:
            raise _not_spreadsheet(name, "presentasi PowerPoint 97-2003")
        raise _not_spreadsheet(name, "file OLE yang bukan buku kerja Excel")
    stream = ole.stream("Workbook" if "Workbook" in streams else "Book")
    sheets, formulas = _biff_sheets(stream, name)
    scans = _PackageScan(sheets, formulas)
    _check_grids(scans, name)  # calamine parses every sheet of an xls when it opens it
    book = _calamine_open(data, name)
    return _calamine_workbook(path, "xls", book, scans, limits)


def _biff_sheets(stream: bytes, name: str) -> tuple[dict[str, _SheetScan], bool]:
    """Walk the BIFF records: refuse FILEPASS, measure every sheet's cells as calamine would."""
    n = len(stream)
    pos, offsets = 0, []
    while pos + 4 <= n:
        kind, length = struct.unpack_from("<HH", stream, pos)
        body = pos + 4
        if kind == 0x002F:  # FILEPASS: the workbook is encrypted
            raise _password(name)
        if kind == 0x00FC and length >= 8:  # SST: calamine reserves its count up front
            unique = struct.unpack_from("<i", stream, body + 4)[0]
            if unique < 0 or unique * 3 > n:
                raise _corrupt(name, f"tabel teks (SST) menyebut {unique} teks")
        if kind == 0x0085 and length >= 8:  # BOUNDSHEET: offset, state, type, name
            offset = struct.unpack_from("<I", stream, body)[0]
            offsets.append((offset, _biff_sheet_name(stream[body + 6 : body + length])))
        pos = body + length
        if kind == 0x000A:  # EOF of the workbook globals
            break
    sheets: dict[str, _SheetScan] = {}
    any_formula = False
    unpack = struct.unpack_from
    for offset, sheet in offsets:
        pos, depth = offset, 0
        min_row = min_col = 1 << 30
        max_row = max_col = -1
        formulas = False
        hidden: list[int] = []
        while pos + 4 <= n:
            kind, length = unpack("<HH", stream, pos)
            body = pos + 4
            pos = body + length
            if pos > n:
                break  # a cut record: calamine stops with an error there too
            if kind == 0x0200:  # DIMENSIONS: calamine reserves rows x columns up front
                _biff_dimensions(stream[body:pos], name, sheet)
                continue
            if kind == 0x0208 and length >= 16:  # ROW: fDyZero marks a hidden row
                if unpack("<I", stream, body + 12)[0] & 0x20:
                    hidden.append(unpack("<H", stream, body)[0])
                continue
            if kind in _BIFF_CELLS and length >= 4:
                row, col = unpack("<HH", stream, body)
                last = col
                formulas |= kind in (0x0006, 0x0406)
            elif kind in _BIFF_MULTI and length >= 6:
                row, col = unpack("<HH", stream, body)
                last = unpack("<H", stream, body + length - 2)[0]
            else:
                if kind == 0x0809:
                    depth += 1
                elif kind == 0x000A:
                    depth -= 1
                    if depth <= 0:
                        break
                continue
            if row < min_row:
                min_row = row
            if row > max_row:
                max_row = row
            if col < min_col:
                min_col = col
            if last > max_col:
                max_col = last
        rows = max_row - min_row + 1 if max_row >= 0 else 0
        cols = max_col - min_col + 1 if max_col >= 0 else 0
        sheets[sheet] = _SheetScan(sorted(set(hidden)), formulas, rows, max(cols, 0))
        any_formula |= formulas
    return sheets, any_formula


def _biff_dimensions(data: bytes, name: str, sheet: str) -> None:
    """Refuse what calamine would reserve from a DIMENSIONS record (u32 arithmetic wraps)."""
    if len(data) == 10:
        first_row, last_row, first_col, last_col = struct.unpack_from("<HHHH", data)
    elif len(data) == 14:
        first_row, last_row, first_col, last_col = struct.unpack_from("<IIHH", data)
    else:
        return
    if last_row >= 1 and last_col >= 1:
        rows = (last_row - 1 - first_row + 1) % (1 << 32)
        cols = (last_col - 1 - first_col + 1) % (1 << 32)
    else:
        rows = cols = 1
    if rows * cols > MAX_GRID_CELLS:
        raise _grid_too_big(name, sheet, rows, cols)


def _biff_sheet_name(raw: bytes) -> str:
    if len(raw) < 2:
        return ""
    count, flags = raw[0], raw[1]
    if flags & 1:
        return raw[2 : 2 + 2 * count].decode("utf-16-le", errors="replace")
    return raw[2 : 2 + count].decode("latin-1")
