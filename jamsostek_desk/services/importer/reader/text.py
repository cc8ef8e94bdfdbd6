"""Text files: the encoding of the whole file, and whether it is CSV or an HTML table.

Also refuses the XML spreadsheet formats that are not read (XML Spreadsheet 2003, flat ODS).
"""

from __future__ import annotations

import codecs
from pathlib import Path

from jamsostek_desk.services.importer.reader.csv_table import _open_csv, _sniff_csv
from jamsostek_desk.services.importer.reader.guards import (
    CHUNK,
    SNIFF_BYTES,
    _Limits,
    _not_spreadsheet,
    _unsupported,
)
from jamsostek_desk.services.importer.reader.html_table import _open_html
from jamsostek_desk.services.importer.reader.workbook import Workbook


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
