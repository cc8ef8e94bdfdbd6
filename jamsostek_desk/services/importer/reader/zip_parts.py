"""Safe access to the parts of a zip package (xlsx/xlsm and ods).

Decompression in tag-aligned pieces with true-size checks, refusal of DTDs, well-formedness
checks with defusedxml, and the measurement records (``_SheetScan``, ``_PackageScan``) that
the xlsx, ods and xls scanners fill in before python-calamine may load a file.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from defusedxml import ElementTree as SafeET
from defusedxml.expatreader import DefusedExpatParser

from jamsostek_desk.services.importer.reader.guards import (
    CHUNK,
    MAX_XML_PART,
    MB,
    _corrupt,
    _n,
    _too_big_unzipped,
)
from jamsostek_desk.services.importer.reader.workbook import ReadError


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


def _xml(archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str) -> Any:
    data = _read_small(archive, info, name)
    try:
        return SafeET.fromstring(data)
    except Exception as error:
        raise _corrupt(name, f"bagian '{info.filename}' tidak bisa diurai ({error})") from error
