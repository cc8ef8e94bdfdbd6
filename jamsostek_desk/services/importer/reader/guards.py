"""Limits, user-facing messages and the iteration guard shared by every format reader.

One place for the numbers that keep hostile files out and for the Indonesian wording users
see, so the formats cannot drift apart in what they allow or how they say no.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from jamsostek_desk.domain.money import format_angka
from jamsostek_desk.services.importer.reader.workbook import ReadError

MB = 1 << 20
MAX_UNZIPPED_TOTAL = 500 * MB
MAX_RATIO = 200
RATIO_CHECK_FROM = 50 * MB
MAX_ZIP_MEMBERS = 10_000
MAX_PACKAGE_BYTES = 256 * MB  # xlsx/ods/xls files are read into memory whole
MAX_XML_PART = 64 * MB  # workbook.xml, its rels, mimetype, manifest: parsed with defusedxml
# A dense grid of this many cells costs calamine about 1 GB; real lists are far below it
# (100,000 rows x 20 columns is 2 million).
MAX_GRID_CELLS = 30_000_000
CHUNK = MB
SNIFF_BYTES = 64 * 1024

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
ODS_MIME = b"application/vnd.oasis.opendocument.spreadsheet"


# --------------------------------------------------------------------------------------------
# Messages


@dataclass(frozen=True)
class _Limits:
    name: str
    max_rows: int
    max_cell_chars: int


def _n(number: int) -> str:
    """12345 -> '12.345' (Indonesian thousands separator)."""
    return format_angka(number)


def column_letter(col: int) -> str:
    """0 -> 'A', 26 -> 'AA': columns named as Excel names them."""
    letters = ""
    col += 1
    while col:
        col, rem = divmod(col - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def _col_number(letters: bytes | str) -> int:
    """'A' -> 0, 'AA' -> 26."""
    n = 0
    for ch in (letters if isinstance(letters, str) else letters.decode("ascii")).upper():
        n = n * 26 + ord(ch) - 64
    return n - 1


def _corrupt(name: str, error: BaseException | str) -> ReadError:
    detail = error if isinstance(error, str) else (str(error) or type(error).__name__)
    detail = " ".join(detail.split())[:200]
    return ReadError(
        f"File '{name}' rusak atau tidak lengkap sehingga tidak bisa dibaca (mungkin terpotong "
        "saat diunduh atau dikirim). Minta file dikirim ulang, atau buka di Excel lalu simpan "
        f"ulang. Rincian teknis: {detail}"
    )


def _not_spreadsheet(name: str, kind: str) -> ReadError:
    return ReadError(
        f"File '{name}' bukan file Excel/ODS/CSV (isinya {kind}). Pilih file daftar peserta "
        "berformat .xlsx, .xls, .ods atau .csv."
    )


def _password(name: str) -> ReadError:
    return ReadError(
        f"File '{name}' dilindungi kata sandi sehingga isinya tidak bisa dibaca. Buka file di "
        "Excel dengan kata sandinya, hapus kata sandi (File > Info > Lindungi Buku Kerja > "
        "Enkripsi dengan Kata Sandi, kosongkan), simpan, lalu impor lagi."
    )


def _too_big_unzipped(name: str, detail: str) -> ReadError:
    return ReadError(
        f"File '{name}' ditolak: ukuran setelah dibuka terlalu besar ({detail}), kemungkinan "
        "file rusak atau berbahaya. Tidak ada data yang dibaca."
    )


def _unsupported(name: str, what: str, advice: str) -> ReadError:
    return ReadError(f"File '{name}' berformat {what} yang belum didukung. {advice}")


def _too_many_rows(limits: _Limits, sheet: str, count: int) -> ReadError:
    return ReadError(
        f"Lembar '{sheet}' di file '{limits.name}' berisi {_n(count)} baris, melebihi batas "
        f"{_n(limits.max_rows)} baris. Pecah daftar menjadi beberapa file yang lebih kecil."
    )


def _cell_too_long(
    limits: _Limits, sheet: str, row: int, col: int | None, size: int | None
) -> ReadError:
    """``col`` None: the column is not known; ``size`` None: more than the limit, not counted."""
    where = f"baris {_n(row + 1)}" + (f", kolom {column_letter(col)}" if col is not None else "")
    cell = f"sel {column_letter(col)}{row + 1}" if col is not None else "sebuah sel"
    chars = f"{_n(size)} karakter" if size is not None else "terlalu banyak karakter"
    return ReadError(
        f"File '{limits.name}', lembar '{sheet}', {where}: {cell} berisi {chars}, melebihi "
        f"batas {_n(limits.max_cell_chars)} karakter per sel. Periksa isi sel itu."
    )


def _grid_too_big(name: str, sheet: str, rows: int, cols: int) -> ReadError:
    return ReadError(
        f"Lembar '{sheet}' di file '{name}' terlalu besar untuk dibaca: isinya tersebar sampai "
        f"{_n(rows)} baris x {_n(cols)} kolom ({_n(rows * cols)} sel, batas "
        f"{_n(MAX_GRID_CELLS)}). Hapus isi sel di luar tabel daftar, simpan ulang, lalu impor "
        "lagi."
    )


def _too_big_file(name: str, size: int) -> ReadError:
    return ReadError(
        f"File '{name}' terlalu besar untuk dibaca ({_n(size // MB)} MB, batas "
        f"{_n(MAX_PACKAGE_BYTES // MB)} MB). Pecah daftar menjadi beberapa file, atau simpan "
        "sebagai CSV."
    )


# --------------------------------------------------------------------------------------------
# Reading rows


def _guarded(rows: Iterator[list[object]], name: str) -> Iterator[list[object]]:
    """Library errors met while iterating become ReadError too."""
    try:
        yield from rows
    except ReadError:
        raise
    except BaseException as error:  # pyo3 panics derive from BaseException
        if isinstance(error, KeyboardInterrupt | SystemExit | GeneratorExit):
            raise
        raise _corrupt(name, error) from error
