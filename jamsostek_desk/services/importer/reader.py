"""Read the spreadsheets offices send: xlsx/xlsm, xls, ods, csv and HTML tables saved as .xls.

The format is taken from the content, never from the name. Everything a user may hand us is
treated as hostile until checked: zip bombs, XML entity bombs, password-protected and truncated
files, and "sparse" sheets whose two far-apart cells would make the spreadsheet engine allocate
billions of cells (python-calamine builds a dense grid; an allocation failure in Rust aborts
the whole process, so those are measured here, cheaply, before calamine sees the sheet).

Every problem comes out as ``ReadError`` with an Indonesian message naming the file (and the
sheet, row and column where there is one); no library exception escapes.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import datetime as dt
import io
import re
import struct
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, Protocol

import python_calamine
from defusedxml import ElementTree as SafeET
from defusedxml.expatreader import DefusedExpatParser

from jamsostek_desk.domain.errors import UserError

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

CellValue = str | int | float | bool | dt.date | dt.datetime | None


class ReadError(UserError):
    """The file cannot be read at all (CLI exit code 2); the message names the file."""


@dataclass(frozen=True)
class SheetInfo:
    name: str
    visible: bool  # False for hidden / very hidden sheets
    rows: int  # rows that ``Workbook.rows`` yields (0 for an empty sheet)


class _Backend(Protocol):
    def rows(self, sheet: str) -> Iterator[list[object]]: ...
    def hidden_rows(self, sheet: str) -> set[int]: ...
    def merged_ranges(self, sheet: str) -> list[tuple[int, int, int, int]]: ...
    def close(self) -> None: ...


class Workbook:
    """An opened, checked spreadsheet. Rows are absolute: index 0 is Excel's row 1."""

    path: Path
    format: str  # "xlsx" | "xls" | "ods" | "csv" | "html"
    sheets: list[SheetInfo]
    notes: list[str]  # Indonesian notices about the whole file

    def __init__(
        self, path: Path, fmt: str, sheets: list[SheetInfo], notes: list[str], backend: _Backend
    ) -> None:
        self.path = path
        self.format = fmt
        self.sheets = sheets
        self.notes = notes
        self._backend: _Backend | None = backend

    def rows(self, sheet: str) -> Iterator[list[object]]:
        """Each row as a list of cell values (str, int, float, bool, date, datetime or None).

        Formulas give their last saved value; nothing is evaluated. Rows may differ in length.
        """
        return self._live().rows(self._known(sheet))

    def hidden_rows(self, sheet: str) -> set[int]:
        """0-based indexes of rows hidden in Excel (xlsx; empty where the format has none)."""
        return set(self._live().hidden_rows(self._known(sheet)))

    def merged_ranges(self, sheet: str) -> list[tuple[int, int, int, int]]:
        """(first_row, first_col, last_row, last_col), 0-based and inclusive."""
        return list(self._live().merged_ranges(self._known(sheet)))

    def close(self) -> None:
        if self._backend is not None:
            backend, self._backend = self._backend, None
            backend.close()

    def __enter__(self) -> Workbook:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _live(self) -> _Backend:
        if self._backend is None:
            raise ReadError(f"File '{self.path.name}' sudah ditutup; buka lagi untuk membacanya.")
        return self._backend

    def _known(self, sheet: str) -> str:
        if not any(s.name == sheet for s in self.sheets):
            names = ", ".join(f"'{s.name}'" for s in self.sheets) or "(tidak ada)"
            raise ReadError(
                f"Lembar '{sheet}' tidak ada di file '{self.path.name}'. Lembar yang ada: {names}."
            )
        return sheet


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
# Messages


@dataclass(frozen=True)
class _Limits:
    name: str
    max_rows: int
    max_cell_chars: int


def _n(number: int) -> str:
    """12345 -> '12.345' (Indonesian thousands separator)."""
    return f"{number:,}".replace(",", ".")


def _col_letter(col: int) -> str:
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
    where = f"baris {_n(row + 1)}" + (f", kolom {_col_letter(col)}" if col is not None else "")
    cell = f"sel {_col_letter(col)}{row + 1}" if col is not None else "sebuah sel"
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


# --------------------------------------------------------------------------------------------
# Zip packages: xlsx / xlsm and ods


def _too_big_file(name: str, size: int) -> ReadError:
    return ReadError(
        f"File '{name}' terlalu besar untuk dibaca ({_n(size // MB)} MB, batas "
        f"{_n(MAX_PACKAGE_BYTES // MB)} MB). Pecah daftar menjadi beberapa file, atau simpan "
        "sebagai CSV."
    )


def _open_zip(path: Path, size: int, limits: _Limits) -> Workbook:
    name = path.name
    if size > MAX_PACKAGE_BYTES:
        raise _too_big_file(name, size)
    data = path.read_bytes()  # one read: what is checked is exactly what calamine gets
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as error:
        raise _corrupt(name, f"arsip ZIP tidak utuh ({error})") from error
    with archive:
        infos = archive.infolist()
        _check_zip_sizes(name, size, infos)
        members = {i.filename: i for i in infos}
        kind = _zip_kind(archive, members, name)
        scans = _scan_package(archive, infos, kind, name)
    _check_grids(scans, name)
    book = _calamine_open(data, name)
    fmt = "ods" if kind == "ods" else "xlsx"
    return _calamine_workbook(path, fmt, book, scans, limits)


def _check_zip_sizes(name: str, size: int, infos: list[zipfile.ZipInfo]) -> None:
    if len(infos) > MAX_ZIP_MEMBERS:
        raise _too_big_unzipped(name, f"{_n(len(infos))} bagian di dalam arsip")
    total = 0
    for info in infos:
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > RATIO_CHECK_FROM and ratio > MAX_RATIO:
            raise _too_big_unzipped(
                name,
                f"bagian '{info.filename}' {_n(info.file_size // MB)} MB dari "
                f"{_n(max(info.compress_size // 1024, 1))} KB",
            )
    if total > MAX_UNZIPPED_TOTAL:
        raise _too_big_unzipped(name, f"{_n(total // MB)} MB dari file {_n(max(size // MB, 1))} MB")


def _zip_kind(archive: zipfile.ZipFile, members: dict[str, zipfile.ZipInfo], name: str) -> str:
    lower = {n.lower(): n for n in members}
    if "mimetype" in members:
        mime = _read_small(archive, members["mimetype"], name).strip()
        if mime == ODS_MIME:
            if any(n.startswith("xl/") for n in lower):
                raise _corrupt(name, "berisi struktur ODS dan Excel sekaligus")
            manifest = members.get("META-INF/manifest.xml")
            if manifest is not None and b"encryption-data" in _read_small(archive, manifest, name):
                raise _password(name)
            return "ods"
        if mime.startswith(b"application/vnd.oasis.opendocument.text"):
            raise _not_spreadsheet(name, "dokumen teks OpenDocument (.odt)")
        if mime.startswith(b"application/vnd.oasis.opendocument"):
            raise _not_spreadsheet(name, "dokumen OpenDocument yang bukan spreadsheet")
    if "xl/workbook.bin" in lower:
        raise _unsupported(
            name,
            "Excel Binary (.xlsb)",
            "Buka di Excel lalu Simpan Sebagai Buku Kerja Excel (.xlsx).",
        )
    if any(n.startswith("xl/") for n in lower):
        return "xlsx"
    if any(n.startswith("word/") for n in lower):
        raise _not_spreadsheet(name, "dokumen Word")
    if any(n.startswith("ppt/") for n in lower):
        raise _not_spreadsheet(name, "presentasi PowerPoint")
    if "content.xml" in members:
        raise _not_spreadsheet(name, "dokumen OpenDocument yang bukan spreadsheet")
    raise _not_spreadsheet(name, "arsip ZIP biasa")


def _read_small(archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str) -> bytes:
    if info.file_size > MAX_XML_PART:
        raise _too_big_unzipped(name, f"bagian '{info.filename}' {_n(info.file_size // MB)} MB")
    with archive.open(info) as member:
        data = member.read(MAX_XML_PART + 1)
    _refuse_dtd(data, info.filename, name)
    return data


_DTD = re.compile(rb"<!(?i:doctype|entity)")


def _refuse_dtd(data: bytes, member: str, name: str) -> None:
    """Excel never writes a DTD; one in a package part can only be an entity bomb or worse."""
    text = data
    if data[:2] in (b"\xff\xfe", b"\xfe\xff") or data[1:2] == b"\x00":
        text = data.decode("utf-16", errors="replace").encode("utf-8")
    if _DTD.search(text):
        raise ReadError(
            f"File '{name}' ditolak: bagian '{member}' memuat deklarasi DTD/entitas XML "
            "(<!DOCTYPE / <!ENTITY) yang tidak pernah dibuat Excel atau LibreOffice; kemungkinan "
            "file berbahaya. Tidak ada data yang dibaca."
        )


@dataclass
class _SheetScan:
    """What a worksheet's XML holds, measured before calamine is allowed to load it."""

    hidden: list[int]
    formulas: bool
    grid_rows: int  # upper bound of the dense grid calamine would build
    grid_cols: int


@dataclass
class _PackageScan:
    sheets: dict[str, _SheetScan]  # by sheet name (xlsx, xls) or table name (ods)
    formulas: bool
    # Every part measured as if it were a worksheet, by part name (xlsx): the grid check runs
    # on all of them, so a name resolved differently from calamine cannot slip a bomb past.
    parts: dict[str, _SheetScan] = field(default_factory=dict)


def _scan_package(
    archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo], kind: str, name: str
) -> _PackageScan:
    """Decompress every part once: CRC and true size checked, DTDs refused, sheets measured."""
    members = {i.filename: i for i in infos}
    result = _PackageScan({}, False)
    sheet_parts = _xlsx_sheet_parts(archive, members, name) if kind == "xlsx" else {}
    mapped = set(sheet_parts.values())
    total = 0
    for info in infos:
        if info.is_dir():
            continue
        if info.filename == "content.xml":
            # Measured as ODS whatever the package claims to be: calamine tries the formats in
            # turn, and a broken xlsx around an ODS bomb must not reach its ODS reader.
            tables = _scan_ods_content(archive, info, name)
            if kind == "ods":
                result.sheets.update(tables)
                result.formulas |= any(t.formulas for t in tables.values())
            else:
                result.parts.update({f"content.xml: {t}": s for t, s in tables.items()})
        if kind == "xlsx" and (info.filename in mapped or info.filename != _SHARED_STRINGS):
            # Also parts no sheet points to: should calamine resolve a name differently,
            # whatever it loads has been measured all the same.
            result.parts[info.filename] = _scan_xlsx_sheet(archive, info, name)
        elif kind == "xlsx":
            _scan_plain(archive, info, name, shared_strings=True)
        elif info.filename == "content.xml":
            pass
        else:
            xml = kind == "ods" and info.filename.lower().endswith(".xml")
            _scan_plain(archive, info, name, well_formed=xml)
        total += info.file_size
        if total > MAX_UNZIPPED_TOTAL:
            raise _too_big_unzipped(name, f"lebih dari {_n(MAX_UNZIPPED_TOTAL // MB)} MB")
    if kind == "xlsx":
        for sheet, part in sheet_parts.items():
            scan = result.parts.get(part)
            if scan is not None:
                result.sheets[sheet] = scan
                result.formulas |= scan.formulas
    return result


def _chunks(archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str) -> Iterator[bytes]:
    """A member's bytes in pieces that never split a tag (each piece ends before a '<')."""
    tail = b""
    seen = 0
    try:
        with archive.open(info) as member:
            while True:
                block = member.read(CHUNK)
                if not block:
                    break
                seen += len(block)
                if seen > info.file_size:  # zipfile stops at the declared size; belt and braces
                    raise _too_big_unzipped(name, f"bagian '{info.filename}' melebihi ukurannya")
                buf = tail + block if tail else block
                cut = buf.rfind(b"<")
                if cut <= 0:
                    tail = buf
                    if len(tail) > 64 * MB:
                        yield tail
                        tail = b""
                    continue
                tail = buf[cut:]
                yield buf[:cut]
    except (zipfile.BadZipFile, EOFError, OSError, RuntimeError, ValueError) as error:
        raise _corrupt(name, f"bagian '{info.filename}' rusak ({error})") from error
    if tail:
        yield tail


def _scan_plain(
    archive: zipfile.ZipFile,
    info: zipfile.ZipInfo,
    name: str,
    *,
    well_formed: bool = False,
    shared_strings: bool = False,
) -> None:
    """A DTD can only stand before the root element, so the first piece (1 MB) is searched;
    the rest is read to check its CRC and its true size (and, for ODS, its well-formedness)."""
    checker = _WellFormed(info.filename, name) if well_formed else None
    first = True
    for buf in _chunks(archive, info, name):
        if first:
            _refuse_dtd(buf, info.filename, name)
            if shared_strings:
                _check_shared_strings(buf, info, name)
            first = False
        if checker is not None:
            checker.feed(buf)
    if checker is not None:
        checker.close()


class _QuietExpat(DefusedExpatParser):  # type: ignore[misc]
    """defusedxml's expat reader (DTDs and entities forbidden) without per-element callbacks:
    it only checks well-formedness, at expat's own speed."""

    def reset(self) -> None:
        super().reset()
        for handler in ("StartElementHandler", "EndElementHandler", "CharacterDataHandler"):
            setattr(self._parser, handler, None)


class _WellFormed:
    """calamine's ODS reader loops for ever on some malformed XML (a table that never ends,
    or ends only inside a comment); expat refuses all of that first."""

    def __init__(self, part: str, name: str) -> None:
        self.part, self.name = part, name
        self.parser = _QuietExpat(forbid_dtd=True, forbid_entities=True, forbid_external=True)

    def feed(self, buf: bytes) -> None:
        try:
            self.parser.feed(buf)
        except Exception as error:
            raise _corrupt(
                self.name, f"bagian '{self.part}' bukan XML yang utuh ({error})"
            ) from error

    def close(self) -> None:
        try:
            self.parser.close()
        except Exception as error:
            raise _corrupt(
                self.name, f"bagian '{self.part}' bukan XML yang utuh ({error})"
            ) from error


def _xlsx_sheet_parts(
    archive: zipfile.ZipFile, members: dict[str, zipfile.ZipInfo], name: str
) -> dict[str, str]:
    """Sheet name -> zip member of its XML, resolved the way calamine resolves it: the rels
    of xl/workbook.xml, a target "/x" is "x", any other is "xl/" + target, names compared
    exactly, then ignoring case."""
    lower = {n.lower(): n for n in members}
    workbook = members.get("xl/workbook.xml")
    rels = members.get("xl/_rels/workbook.xml.rels")
    if workbook is None or rels is None:
        return {}
    targets: dict[str, str] = {}
    for rel in _xml(archive, rels, name).iter():
        rel_id, target = rel.get("Id"), rel.get("Target")
        if rel_id is not None and target is not None:
            path = str(target)[1:] if str(target).startswith("/") else f"xl/{target}"
            targets[str(rel_id)] = path if path in members else lower.get(path.lower(), path)
    parts: dict[str, str] = {}
    for el in _xml(archive, workbook, name).iter():
        if el.tag.rsplit("}", 1)[-1] != "sheet":
            continue
        ref = next((v for k, v in el.attrib.items() if k.endswith("}id")), None)
        sheet = el.get("name")
        if sheet is None or ref is None:
            continue
        if sheet in parts:
            raise _corrupt(name, f"dua lembar bernama '{sheet}'")
        parts[str(sheet)] = targets.get(str(ref), "")
    return parts


def _xml(archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str) -> Any:
    data = _read_small(archive, info, name)
    try:
        return SafeET.fromstring(data)
    except Exception as error:
        raise _corrupt(name, f"bagian '{info.filename}' tidak bisa diurai ({error})") from error


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


_ODS_ROW = re.compile(rb"<table:table(-row)?(?=[\s/>])([^>]*)>|</table:table>")
_ODS_CELL = re.compile(rb"<table:(?:covered-)?table-cell(?=[\s/>])([^>]*)>")
_ODS_REPEAT = re.compile(rb"""number-(?:rows|columns)-repeated\s*=\s*["']([0-9]+)["']""")
_ODS_HIDDEN = re.compile(rb"""table:visibility\s*=\s*["'](?:collapse|filter)["']""")
_ODS_NAME = re.compile(rb"""table:name\s*=\s*(?:"([^"]*)"|'([^']*)')""")


class _OdsTable:
    """calamine's ODS reader expands repeated cells and rows that hold a value; this follows
    it row by row (cells one by one only in rows that repeat cells), with a bound that can
    only be larger than calamine's grid."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.row_index = 0  # rows so far, repeats counted
        self.min_row, self.end_row = 1 << 62, -1
        self.min_col, self.max_col = 1 << 62, -1
        self.formulas = False
        self.in_row = False
        self.row_repeat = self.col = 0
        self.row_min_col, self.row_max_col = 1 << 62, -1
        self.hidden: list[tuple[int, int]] = []  # (first row, count): rows may repeat a million

    def start_row(self, attrs: bytes) -> None:
        self.end_row_if_open()
        repeat = _ODS_REPEAT.search(attrs) if b"repeated" in attrs else None
        self.row_repeat = int(repeat.group(1)) if repeat else 1
        if b"table:visibility" in attrs and _ODS_HIDDEN.search(attrs):
            self.hidden.append((self.row_index, self.row_repeat))
        self.col, self.row_min_col, self.row_max_col = 0, 1 << 62, -1
        self.in_row = not attrs.endswith(b"/")
        if not self.in_row:
            self.row_index += self.row_repeat

    def cells(self, buf: bytes, start: int, end: int, repeats: bool) -> None:
        """The cells of the open row found in buf[start:end]; ``repeats``: buf repeats cells."""
        if not self.in_row or start >= end:
            return
        if not repeats or buf.find(b"columns-repeated", start, end) < 0:
            # Start and end tags both contain "table-cell": an over-count, which is safe.
            count = buf.count(b"table-cell", start, end)
            if count and buf.find(b"office:", start, end) >= 0:
                self.row_min_col = min(self.row_min_col, self.col)
                self.row_max_col = max(self.row_max_col, self.col + count - 1)
            self.col += count
            return
        for cell in _ODS_CELL.finditer(buf, start, end):
            attrs = cell.group(1)
            repeat = _ODS_REPEAT.search(attrs)
            span = int(repeat.group(1)) if repeat else 1
            if b"office:" in attrs or b"table:formula" in attrs:
                self.row_min_col = min(self.row_min_col, self.col)
                self.row_max_col = max(self.row_max_col, self.col + span - 1)
            self.col += span

    def end_row_if_open(self) -> None:
        if not self.in_row:
            return
        self.in_row = False
        if self.row_max_col >= 0:
            self.min_row = min(self.min_row, self.row_index)
            self.end_row = self.row_index + self.row_repeat
            self.min_col = min(self.min_col, self.row_min_col)
            self.max_col = max(self.max_col, self.row_max_col)
        self.row_index += self.row_repeat

    def scan(self) -> _SheetScan:
        self.end_row_if_open()
        rows = self.end_row - self.min_row if self.end_row >= 0 else 0
        cols = self.max_col - self.min_col + 1 if self.max_col >= 0 else 0
        last = max(self.end_row, 0)  # hidden rows after the last value are not kept
        hidden = [r for first, count in self.hidden for r in range(first, min(first + count, last))]
        return _SheetScan(hidden, self.formulas, rows, cols)


def _scan_ods_content(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str
) -> dict[str, _SheetScan]:
    tables: dict[str, _SheetScan] = {}
    table: _OdsTable | None = None
    checker = _WellFormed(info.filename, name)
    first = True
    for buf in _chunks(archive, info, name):
        if first:
            _refuse_dtd(buf, info.filename, name)
            first = False
        checker.feed(buf)
        pos = 0
        repeats = b"columns-repeated" in buf
        formulas = b"table:formula" in buf
        for m in _ODS_ROW.finditer(buf):
            if table is not None:
                table.formulas |= formulas
                table.cells(buf, pos, m.start(), repeats)
            pos = m.end()
            if m.group(1):  # <table:table-row>
                if table is not None:
                    table.start_row(m.group(2))
            elif m.group(2) is not None:  # <table:table>
                found = _ODS_NAME.search(m.group(2))
                raw = (found.group(1) or found.group(2) or b"") if found else b""
                table = _OdsTable(_xml_unescape(raw) or f"Tabel {len(tables) + 1}")
                if m.group(2).endswith(b"/"):
                    tables[table.name] = table.scan()
                    table = None
            elif table is not None:  # </table:table>
                tables[table.name] = table.scan()
                table = None
        if table is not None:
            table.formulas |= formulas
            table.cells(buf, pos, len(buf), repeats)
    checker.close()
    if table is not None:
        tables[table.name] = table.scan()
    return tables


def _xml_unescape(raw: bytes) -> str:
    text = raw.decode("utf-8", errors="replace")
    for entity, char in (("&lt;", "<"), ("&gt;", ">"), ("&quot;", '"'), ("&apos;", "'")):
        text = text.replace(entity, char)
    return text.replace("&amp;", "&")


# --------------------------------------------------------------------------------------------
# OLE2 compound files: .xls, and what Excel makes of an encrypted xlsx


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


# --------------------------------------------------------------------------------------------
# calamine-backed workbooks (xlsx, xls, ods)


def _check_grids(scans: _PackageScan, name: str) -> None:
    for sheet, scan in scans.sheets.items():
        if scan.grid_rows * scan.grid_cols > MAX_GRID_CELLS:
            raise _grid_too_big(name, sheet, scan.grid_rows, scan.grid_cols)
    for part, scan in scans.parts.items():
        if scan.grid_rows * scan.grid_cols > MAX_GRID_CELLS:
            raise _grid_too_big(name, f"(bagian {part})", scan.grid_rows, scan.grid_cols)


def _calamine_open(data: bytes, name: str) -> python_calamine.CalamineWorkbook:
    try:
        return python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
    except python_calamine.PasswordError as error:
        raise _password(name) from error


def _calamine_workbook(
    path: Path,
    fmt: str,
    book: python_calamine.CalamineWorkbook,
    scans: _PackageScan,
    limits: _Limits,
) -> Workbook:
    notes: list[str] = []
    backend = _CalamineBackend(book, limits)
    sheets: list[SheetInfo] = []
    try:
        for meta in book.sheets_metadata:
            if meta.typ != python_calamine.SheetTypeEnum.WorkSheet:
                notes.append(f"Lembar '{meta.name}' bukan lembar data (misalnya grafik); dilewati.")
                continue
            scan = scans.sheets.get(meta.name)  # every part was measured; this is for notes
            sheet = book.get_sheet_by_name(meta.name)
            end = sheet.end if sheet.start is not None else None
            count = end[0] + 1 if end is not None else 0
            if count > limits.max_rows:
                raise _too_many_rows(limits, meta.name, count)
            visible = meta.visible == python_calamine.SheetVisibleEnum.Visible
            sheets.append(SheetInfo(meta.name, visible, count))
            # Hidden rows past the data (Excel hides unused rows that way) are not worth a note.
            hidden = [r for r in scan.hidden if r < count] if scan is not None else []
            backend.add(meta.name, sheet, hidden)
            if not visible:
                very = meta.visible == python_calamine.SheetVisibleEnum.VeryHidden
                notes.append(
                    f"Lembar '{meta.name}' tersembunyi"
                    + (" (sangat tersembunyi, hanya bisa dimunculkan lewat VBA)" if very else "")
                    + "; lembar ini tidak ikut dibaca kecuali dipilih sendiri."
                )
            if hidden:
                notes.append(
                    f"Lembar '{meta.name}' berisi {_n(len(hidden))} baris tersembunyi; baris itu "
                    "tetap dibaca."
                )
        if scans.formulas:
            notes.append(
                "File berisi rumus: nilai terakhir yang tersimpan dipakai, rumus tidak dihitung "
                "ulang. Rumus yang belum pernah dihitung (misalnya dari program lain) terbaca "
                "kosong; buka dan simpan ulang file di Excel bila ada yang hilang."
            )
        suffix = path.suffix.lower().lstrip(".")
        expected = {"xlsx": {"xlsx", "xlsm", "xltx", "xltm"}, "xls": {"xls", "xlt"}, "ods": {"ods"}}
        if suffix and suffix not in expected[fmt]:
            notes.append(
                f"File bernama .{suffix} tetapi isinya {fmt.upper()}; dibaca sesuai isinya."
            )
    except BaseException:
        backend.close()
        raise
    return Workbook(path, fmt, sheets, notes, backend)


class _TooLong(Exception):
    pass


_STR, _FLOAT = str, float
_PASS_THROUGH = frozenset({int, bool, dt.date, dt.datetime})


def _odd_cell(value: Any, limit: int) -> object:
    """Cells the fast path does not take: '' -> None, over-long text, times and durations."""
    kind = value.__class__
    if kind is _STR:
        if not value:
            return None
        if len(value) > limit:
            raise _TooLong
        return value
    if kind in _PASS_THROUGH:
        return value
    if isinstance(value, dt.date):  # date/datetime subclasses
        return value
    if isinstance(value, dt.time):
        return value.isoformat()
    if isinstance(value, dt.timedelta):
        return str(value)
    return None if value is None else str(value)


class _CalamineBackend:
    def __init__(self, book: python_calamine.CalamineWorkbook, limits: _Limits) -> None:
        self.book: python_calamine.CalamineWorkbook | None = book
        self.limits = limits
        self.sheets: dict[str, python_calamine.CalamineSheet] = {}
        self.hidden: dict[str, list[int]] = {}

    def add(self, name: str, sheet: python_calamine.CalamineSheet, hidden: list[int]) -> None:
        self.sheets[name] = sheet
        self.hidden[name] = hidden

    def rows(self, sheet: str) -> Iterator[list[object]]:
        return _guarded(self._rows(sheet), self.limits.name)

    def _rows(self, name: str) -> Iterator[list[object]]:
        sheet = self.sheets[name]
        start = sheet.start
        if start is None:
            return  # iter_rows() panics on an empty sheet
        first_row, first_col = start
        pad: list[object] = [None] * first_col
        limit = self.limits.max_cell_chars
        odd = _odd_cell
        it = sheet.iter_rows()
        index = 0
        raw: list[Any] = []
        try:
            peek = next(it, None)
            if peek is None:
                return
            if first_row and any(v != "" for v in peek):
                # Older python-calamine: no leading empty rows; add them so indexes stay absolute.
                for index in range(first_row):  # noqa: B007 - index is used on error
                    yield []
                index = first_row
            for raw in _prepend(peek, it):
                row: list[object] = [
                    v
                    if ((c := v.__class__) is _STR and 0 < len(v) <= limit) or c is _FLOAT
                    else odd(v, limit)
                    for v in raw
                ]
                yield pad + row if first_col else row
                index += 1
        except _TooLong:
            col = next(i for i, v in enumerate(raw) if isinstance(v, str) and len(v) > limit)
            size = len(raw[col])
            raise _cell_too_long(self.limits, name, index, first_col + col, size) from None

    def hidden_rows(self, sheet: str) -> set[int]:
        return set(self.hidden.get(sheet, ()))

    def merged_ranges(self, sheet: str) -> list[tuple[int, int, int, int]]:
        try:
            merged = self.sheets[sheet].merged_cell_ranges
        except Exception:  # older python-calamine: no merged cells, which is not an error
            return []
        return [(r0, c0, r1, c1) for (r0, c0), (r1, c1) in merged or ()]

    def close(self) -> None:
        self.sheets.clear()
        book, self.book = self.book, None
        if book is not None:
            with contextlib.suppress(Exception):  # already closed is fine
                book.close()


def _prepend(first: list[Any], rest: Iterator[list[Any]]) -> Iterator[list[Any]]:
    yield first
    yield from rest


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


# --------------------------------------------------------------------------------------------
# Text: CSV and HTML


def _open_text(path: Path, head: bytes, limits: _Limits) -> Workbook:
    name = path.name
    encoding, note = _text_encoding(path, head)
    sample = head.decode(encoding, errors="ignore").lstrip("\ufeff")
    start = sample.lstrip()[:512].lower()
    if start.startswith("<?xml"):
        probe = sample[:SNIFF_BYTES]
        if "urn:schemas-microsoft-com:office:spreadsheet" in probe:
            raise _unsupported(
                name,
                "XML Spreadsheet 2003",
                "Buka di Excel lalu Simpan Sebagai Buku Kerja Excel (.xlsx).",
            )
        if "urn:oasis:names:tc:opendocument" in probe:
            raise _unsupported(
                name, "OpenDocument XML datar (.fods)", "Simpan ulang di LibreOffice sebagai .ods."
            )
        if "<html" not in probe.lower() and "<table" not in probe.lower():
            raise _not_spreadsheet(name, "dokumen XML")
    if start.startswith(("<html", "<table", "<!doctype html", "<head", "<body", "<meta", "<?xml")):
        return _open_html(path, encoding, note, limits)
    if start.startswith(("<!--", "<style", "<title")) and "<table" in sample.lower():
        return _open_html(path, encoding, note, limits)
    newline = {b"\xfe\xff": b"\x00\n", b"\xff\xfe": b"\n\x00"}.get(head[:2], b"\n")
    book = _open_csv(path, _sniff_csv(sample, encoding, newline), note, limits)
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm", ".xls", ".ods"):
        # Someone renamed a CSV (or a portal saved one) with a spreadsheet name.
        book.notes.insert(
            0, f"File '{name}' bernama {suffix} tetapi isinya teks (CSV); dibaca sebagai CSV."
        )
    return book


def _text_encoding(path: Path, head: bytes) -> tuple[str, str | None]:
    """UTF-8 (BOM or not) or UTF-16 with a BOM; else Windows-1252, else Latin-1. The whole
    file is checked, so a stray byte at row 90,000 cannot break the import half-way."""
    if head.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig", None
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16", None
    for encoding in ("utf-8", "cp1252"):
        decoder = codecs.getincrementaldecoder(encoding)()
        try:
            with path.open("rb") as f:
                while block := f.read(CHUNK):
                    decoder.decode(block)
                decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            continue
        if encoding == "utf-8":
            return encoding, None
        return encoding, "File teks ini bukan UTF-8; dibaca sebagai Windows-1252."
    return "latin-1", "File teks ini bukan UTF-8; dibaca sebagai Latin-1."


# --- CSV -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _CsvLayout:
    encoding: str
    delimiter: str
    skip_first: bool  # an Excel "sep=;" line
    newline: bytes  # a line feed in the file's encoding


def _open_csv(path: Path, layout: _CsvLayout, note: str | None, limits: _Limits) -> Workbook:
    count = _count_csv_rows(path, layout, limits)
    if count > limits.max_rows:
        count = sum(1 for _ in _CsvBackend(path, layout, limits).rows("", count_only=True))
        if count > limits.max_rows:
            raise _too_many_rows(limits, path.stem, count)
    names = {";": "titik koma (;)", ",": "koma (,)", "\t": "tab", "|": "garis tegak (|)"}
    notes = [note] if note else []
    if layout.delimiter != ",":
        notes.append(f"File CSV dibaca dengan pemisah {names[layout.delimiter]}.")
    sheet = SheetInfo(path.stem, True, count)
    return Workbook(path, "csv", [sheet], notes, _CsvBackend(path, layout, limits))


def _sniff_csv(sample: str, encoding: str, newline: bytes) -> _CsvLayout:
    lines = sample.splitlines()
    if len(sample) >= SNIFF_BYTES - 4 and len(lines) > 1:
        lines = lines[:-1]  # the last line may be cut off
    first = lines[0].strip() if lines else ""
    if first.lower().startswith("sep=") and len(first) == 5:
        return _CsvLayout(encoding, first[4], True, newline)
    lines = lines[:50]
    best, best_score = ",", (0, 0)
    for delimiter in (";", ",", "\t", "|"):
        counts = [len(r) for r in csv.reader(lines, delimiter=delimiter) if r]
        if not counts:
            continue
        mode = max(set(counts), key=counts.count)
        if mode < 2:
            continue
        score = (sum(1 for c in counts if c == mode), mode)
        if score > best_score:
            best, best_score = delimiter, score
    return _CsvLayout(encoding, best, False, newline)


def _count_csv_rows(path: Path, layout: _CsvLayout, limits: _Limits) -> int:
    """Rows by line breaks (quoted line breaks make this an over-count, never an under-count);
    refuses lines so long that reading one would exhaust memory."""
    max_line = max(MB, 4 * 256 * limits.max_cell_chars)
    newline = layout.newline
    count = run = 0
    last = b""
    with path.open("rb") as f:
        while block := f.read(CHUNK):
            found = block.count(newline)
            count += found
            if found:
                longest = max(run + block.find(newline), 0)
                run = len(block) - block.rfind(newline) - len(newline)
            else:
                run += len(block)
                longest = run
            if max(run, longest) > max_line:
                raise ReadError(
                    f"File '{limits.name}': baris ke-{_n(count + 1)} lebih panjang dari "
                    f"{_n(max_line // MB)} MB tanpa pindah baris; file ini bukan daftar CSV "
                    "yang wajar atau rusak."
                )
            last = block
    if count == 0 and newline == b"\n" and b"\r" in last:
        with path.open("rb") as f:
            count = sum(block.count(b"\r") for block in iter(lambda: f.read(CHUNK), b""))
    if last and not last.endswith(newline):
        count += 1
    return count - (1 if layout.skip_first else 0)


class _CsvBackend:
    def __init__(self, path: Path, layout: _CsvLayout, limits: _Limits) -> None:
        self.path, self.layout, self.limits = path, layout, limits

    def rows(self, sheet: str, *, count_only: bool = False) -> Iterator[list[object]]:
        return _guarded(self._rows(sheet, count_only), self.limits.name)

    def _rows(self, sheet: str, count_only: bool) -> Iterator[list[object]]:
        limit = self.limits.max_cell_chars
        if csv.field_size_limit() <= limit:  # only ever raised, and only for a larger limit
            csv.field_size_limit(limit + 1)
        index = 0
        with self.path.open("r", encoding=self.layout.encoding, newline="") as f:
            if self.layout.skip_first:
                f.readline()
            reader = csv.reader(f, delimiter=self.layout.delimiter, strict=False)
            try:
                for raw in reader:
                    if count_only:
                        yield []
                    elif raw and max(map(len, raw)) > limit:
                        col = next(i for i, v in enumerate(raw) if len(v) > limit)
                        raise _cell_too_long(self.limits, sheet, index, col, len(raw[col]))
                    else:
                        yield [v or None for v in raw]
                    index += 1
                    if index > self.limits.max_rows and not count_only:
                        raise _too_many_rows(self.limits, sheet, index)
            except csv.Error as error:
                if "field larger" in str(error):
                    raise _cell_too_long(self.limits, sheet, index, None, None) from error
                raise _corrupt(self.limits.name, f"baris {index + 1}: {error}") from error

    def hidden_rows(self, sheet: str) -> set[int]:
        return set()

    def merged_ranges(self, sheet: str) -> list[tuple[int, int, int, int]]:
        return []

    def close(self) -> None:
        pass


# --- HTML ------------------------------------------------------------------------------------


class _TableParser(HTMLParser):
    """Rows of <td>/<th> text of every <table> (colspan ignored); keeps the rows of one table
    (``target``) or only counts them. html.parser expands no custom entities and fetches
    nothing."""

    def __init__(self, target: int | None, limits: _Limits) -> None:
        super().__init__(convert_charrefs=True)
        self.target, self.limits = target, limits
        self.counts: list[int] = []
        self.stack: list[int] = []  # open tables, as indexes in document order
        self.row: list[object] | None = None
        self.cell: list[str] | None = None
        self.cell_size = 0
        self.skip = 0
        self.done: list[list[object]] = []
        # A table inside a cell: the outer row and cell wait here until it ends.
        self.outer: list[tuple[list[object] | None, list[str] | None, int]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self.skip += 1
        elif tag == "table":
            self.outer.append((self.row, self.cell, self.cell_size))
            self.stack.append(len(self.counts))
            self.counts.append(0)
            self.row = self.cell = None
        elif not self.stack:
            return
        elif tag == "tr":
            self._end_row()
            self.row = []
        elif tag in ("td", "th"):
            self._end_cell()
            if self.row is None:
                self.row = []
            self.cell, self.cell_size = [], 0
        elif tag in ("br", "p", "div") and self.cell is not None:
            self.cell.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self.skip = max(self.skip - 1, 0)
        elif not self.stack:
            return
        elif tag == "table":
            self._end_row()
            self.stack.pop()
            self.row, self.cell, self.cell_size = self.outer.pop()
        elif tag == "tr":
            self._end_row()
        elif tag in ("td", "th"):
            self._end_cell()

    def handle_data(self, data: str) -> None:
        if self.cell is not None and not self.skip:
            self.cell.append(data)
            self.cell_size += len(data)
            if self.cell_size > 4 * self.limits.max_cell_chars + 4096:
                self._too_long(self.cell_size)

    def _end_cell(self) -> None:
        if self.cell is None or self.row is None:
            return
        text = " ".join("".join(self.cell).split())
        self.cell = None
        if len(text) > self.limits.max_cell_chars:
            self._too_long(len(text))
        self.row.append(text or None)

    def _end_row(self) -> None:
        self._end_cell()
        if self.row is None or not self.stack:
            return
        table = self.stack[-1]
        self.counts[table] += 1
        if self.counts[table] > self.limits.max_rows:
            raise _too_many_rows(self.limits, f"Tabel {table + 1}", self.counts[table])
        if table == self.target:
            self.done.append(self.row)
        self.row = None

    def _too_long(self, size: int) -> None:
        table = self.stack[-1] if self.stack else 0
        col = len(self.row or [])
        raise _cell_too_long(self.limits, f"Tabel {table + 1}", self.counts[table], col, size)


def _parse_html(
    path: Path, encoding: str, target: int | None, limits: _Limits
) -> Iterator[tuple[_TableParser, list[list[object]]]]:
    parser = _TableParser(target, limits)
    with path.open("r", encoding=encoding, errors="replace", newline="") as f:
        while block := f.read(CHUNK):
            parser.feed(block)
            done, parser.done = parser.done, []
            yield parser, done
    parser.close()
    parser._end_row()
    yield parser, parser.done


def _open_html(path: Path, encoding: str, note: str | None, limits: _Limits) -> Workbook:
    counts: list[int] = []
    for parser, _ in _parse_html(path, encoding, None, limits):
        counts = parser.counts
    tables = {f"Tabel {i + 1}": i for i, c in enumerate(counts) if c}
    if not tables:
        raise ReadError(
            f"File '{path.name}' adalah halaman web (HTML) yang tidak berisi tabel, jadi tidak "
            "ada daftar yang bisa dibaca."
        )
    sheets = [SheetInfo(name, True, counts[i]) for name, i in tables.items()]
    notes = [f"File '{path.name}' sebenarnya halaman web (HTML), bukan Excel; tabelnya dibaca."]
    if note:
        notes.append(note)
    return Workbook(path, "html", sheets, notes, _HtmlBackend(path, encoding, tables, limits))


class _HtmlBackend:
    def __init__(self, path: Path, encoding: str, tables: dict[str, int], limits: _Limits) -> None:
        self.path, self.encoding, self.tables, self.limits = path, encoding, tables, limits

    def rows(self, sheet: str) -> Iterator[list[object]]:
        return _guarded(self._rows(sheet), self.limits.name)

    def _rows(self, sheet: str) -> Iterator[list[object]]:
        for _, done in _parse_html(self.path, self.encoding, self.tables[sheet], self.limits):
            yield from done

    def hidden_rows(self, sheet: str) -> set[int]:
        return set()

    def merged_ranges(self, sheet: str) -> list[tuple[int, int, int, int]]:
        return []

    def close(self) -> None:
        pass


__all__ = ["CellValue", "ReadError", "SheetInfo", "Workbook", "open_workbook"]
