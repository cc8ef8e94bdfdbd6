"""Read the spreadsheets offices send: xlsx/xlsm, xls, ods, csv and HTML tables saved as .xls.

The format is taken from the content, never from the name. Everything a user may hand us is
treated as hostile until checked: zip bombs, XML entity bombs, password-protected and truncated
files, and "sparse" sheets whose two far-apart cells would make the spreadsheet engine allocate
billions of cells (python-calamine builds a dense grid; an allocation failure in Rust aborts
the whole process, so those are measured here, cheaply, before calamine sees the sheet).

Every problem comes out as ``ReadError`` with an Indonesian message naming the file (and the
sheet, row and column where there is one); no library exception escapes.

The package entry point: ``open_workbook`` tells the format from the first bytes and hands the
file to one format module (``zip_package`` for xlsx/ods, ``ole`` for xls, ``text`` for CSV and
HTML); ``guards`` holds the limits and messages they share, ``calamine_book`` the backend of
the binary formats.
"""

from __future__ import annotations

from pathlib import Path

from jamsostek_desk.services.importer.reader.guards import (
    OLE_MAGIC,
    SNIFF_BYTES,
    ZIP_MAGIC,
    _corrupt,
    _Limits,
    _not_spreadsheet,
)
from jamsostek_desk.services.importer.reader.ole import _open_ole
from jamsostek_desk.services.importer.reader.text import _open_text
from jamsostek_desk.services.importer.reader.workbook import (
    CellValue,
    ReadError,
    SheetInfo,
    Workbook,
)
from jamsostek_desk.services.importer.reader.zip_package import _open_zip


def open_workbook(
    path: Path, *, max_rows: int = 1_048_576, max_cell_chars: int = 32_767
) -> Workbook:
    """Open and check a spreadsheet; raises ReadError when it cannot or must not be read."""
    path = Path(path)
    limits = _Limits(path.name, max_rows, max_cell_chars)
    try:
        return _open(path, limits)
    except ReadError:
        raise
    except BaseException as error:  # pyo3 panics derive from BaseException
        if isinstance(error, KeyboardInterrupt | SystemExit | GeneratorExit):
            raise
        raise _corrupt(path.name, error) from error


# --------------------------------------------------------------------------------------------
# Detection by content


_BINARY_KINDS = (
    (b"%PDF-", "dokumen PDF"),
    (b"\x89PNG", "gambar PNG"),
    (b"\xff\xd8\xff", "gambar JPEG"),
    (b"GIF87a", "gambar GIF"),
    (b"GIF89a", "gambar GIF"),
    (b"II*\x00", "gambar TIFF"),
    (b"MM\x00*", "gambar TIFF"),
    (b"MZ", "program Windows"),
    (b"\x7fELF", "program"),
    (b"Rar!", "arsip RAR"),
    (b"7z\xbc\xaf\x27\x1c", "arsip 7-Zip"),
    (b"\x1f\x8b", "arsip gzip"),
    (b"{\\rtf", "dokumen RTF"),
    (b"PK\x05\x06", "arsip ZIP kosong"),
)


def _open(path: Path, limits: _Limits) -> Workbook:
    name = path.name
    try:
        if path.is_dir():
            raise ReadError(f"'{name}' adalah folder, bukan file. Pilih file daftarnya.")
        size = path.stat().st_size
        with path.open("rb") as f:
            head = f.read(SNIFF_BYTES)
    except FileNotFoundError as error:
        raise ReadError(f"File '{name}' tidak ditemukan. Periksa nama dan foldernya.") from error
    except PermissionError as error:
        raise ReadError(
            f"File '{name}' tidak bisa dibuka karena tidak ada izin atau sedang dipakai program "
            "lain. Tutup file di Excel lalu coba lagi."
        ) from error
    except OSError as error:
        raise ReadError(f"File '{name}' tidak bisa dibuka: {error.strerror or error}.") from error

    if size == 0 or head in (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"):
        raise ReadError(f"File '{name}' kosong, tidak berisi data. Periksa file yang dikirim.")
    if head.startswith(ZIP_MAGIC):
        return _open_zip(path, size, limits)
    if head.startswith(OLE_MAGIC):
        return _open_ole(path, size, limits)
    for magic, kind in _BINARY_KINDS:
        if head.startswith(magic) and (magic == b"%PDF-" or not _is_text(head)):
            raise _not_spreadsheet(name, kind)
    if not _is_text(head):
        raise _not_spreadsheet(name, "data biner yang tidak dikenal")
    return _open_text(path, head, limits)


def _is_text(head: bytes) -> bool:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True  # UTF-16 with a byte-order mark: its NUL bytes are expected
    if b"\x00" in head:
        return False
    controls = sum(head.count(bytes([c])) for c in (*range(1, 9), 11, 12, *range(14, 27), 28, 29))
    return controls * 100 <= len(head)


__all__ = ["CellValue", "ReadError", "SheetInfo", "Workbook", "open_workbook"]
