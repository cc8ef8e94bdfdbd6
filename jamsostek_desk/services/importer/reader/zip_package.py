"""Opening xlsx/xlsm and ods packages.

Archive-level guards (member count, total size, compression ratio), telling the package kind
from its content, and one scan of every part (``xlsx_scan``, ``ods_scan``) before the file is
handed to python-calamine.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from jamsostek_desk.services.importer.reader.calamine_book import (
    _calamine_open,
    _calamine_workbook,
    _check_grids,
)
from jamsostek_desk.services.importer.reader.guards import (
    MAX_PACKAGE_BYTES,
    MAX_RATIO,
    MAX_UNZIPPED_TOTAL,
    MAX_ZIP_MEMBERS,
    MB,
    ODS_MIME,
    RATIO_CHECK_FROM,
    _corrupt,
    _Limits,
    _n,
    _not_spreadsheet,
    _password,
    _too_big_file,
    _too_big_unzipped,
    _unsupported,
)
from jamsostek_desk.services.importer.reader.ods_scan import _scan_ods_content
from jamsostek_desk.services.importer.reader.workbook import Workbook
from jamsostek_desk.services.importer.reader.xlsx_scan import (
    _SHARED_STRINGS,
    _check_shared_strings,
    _scan_xlsx_sheet,
)
from jamsostek_desk.services.importer.reader.zip_parts import (
    _chunks,
    _PackageScan,
    _read_small,
    _refuse_dtd,
    _WellFormed,
    _xml,
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
