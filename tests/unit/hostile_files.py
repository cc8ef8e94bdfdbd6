"""A corpus of hostile, broken and awkward spreadsheet files, written by code.

Every function writes one file into ``directory`` and returns its path; nothing binary is
committed. The writers are deliberately small and hand-made (a compound-file writer, a BIFF8
writer, an ODS writer) so that the reader is tested against bytes we control, not against
whatever version of a library happens to be installed.
"""

from __future__ import annotations

import datetime as dt
import struct
import zipfile
from collections.abc import Iterable, Sequence
from pathlib import Path

import openpyxl

Cell = str | int | float | bool | dt.date | dt.datetime | None

# --------------------------------------------------------------------------------------------
# Plain bytes that are not spreadsheets


def not_a_spreadsheet(directory: Path) -> Path:
    """A PDF (saved with an .xlsx name, as happens when a letter is attached by mistake)."""
    path = directory / "surat_pengantar.xlsx"
    path.write_bytes(
        b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
        b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n"
        b"%%EOF\n"
    )
    return path


def png(directory: Path) -> Path:
    """A photo of a list instead of the list: a 1x1 PNG named .xls."""
    path = directory / "foto_daftar.xls"
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00"
        b"\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N"
        b"\x00\x00\x00\x00IEND\xaeB`\x82"
    )
    return path


def exe(directory: Path) -> Path:
    """A Windows program disguised as a workbook."""
    path = directory / "daftar.xlsx.exe"
    path.write_bytes(b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + bytes(240))
    return path


def random_bytes(directory: Path) -> Path:
    """Noise (seeded, so the test is repeatable)."""
    import random

    path = directory / "acak.csv"
    path.write_bytes(random.Random(3).randbytes(20_000))
    return path


def empty(directory: Path) -> Path:
    path = directory / "kosong.xlsx"
    path.write_bytes(b"")
    return path


def docx(directory: Path) -> Path:
    """A Word document: a valid OOXML zip, but not a workbook."""
    path = directory / "daftar.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", _CONTENT_TYPES_DOCX)
        z.writestr("word/document.xml", "<w:document xmlns:w='urn:x'/>")
    return path


_CONTENT_TYPES_DOCX = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/></Types>'
)


# --------------------------------------------------------------------------------------------
# xlsx: written by openpyxl, or by hand where openpyxl cannot (cached formula values, bombs)


def good_xlsx(directory: Path, name: str = "desa_sukamaju.xlsx") -> Path:
    """An ordinary list: title rows, a header, three people."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Sukamaju"
    for row in people_rows():
        ws.append(row)
    path = directory / name
    wb.save(path)
    return path


def people_rows() -> list[list[Cell]]:
    return [
        ["DAFTAR PEKERJA RENTAN DESA SUKAMAJU"],
        [],
        ["NO", "NIK", "NAMA LENGKAP", "TGL LAHIR", "L/P", "DESA"],
        [1, "6303011201800001", "Ahmad Fauzi", dt.datetime(1980, 1, 12), "L", "Sukamaju"],
        [2, "6303015506850002", "Siti Aminah", dt.datetime(1985, 6, 15), "P", "Sukamaju"],
        [3, "6303010101900003", "José Rizal", dt.datetime(1990, 1, 1), "L", "Sukamaju"],
    ]


def xlsx_named_xls(directory: Path) -> Path:
    """An xlsx renamed to .xls by a user: the content decides, not the name."""
    path = good_xlsx(directory, "desa_sukamaju_rename.xlsx")
    return path.rename(directory / "desa_sukamaju.xls")


def truncated_xlsx(directory: Path) -> Path:
    """A real workbook cut in half, as an interrupted download leaves it."""
    data = good_xlsx(directory, "utuh.xlsx").read_bytes()
    path = directory / "terpotong.xlsx"
    path.write_bytes(data[: len(data) // 2])
    return path


def corrupt_zip(directory: Path) -> Path:
    """The central directory is intact but the sheet's compressed bytes are garbage."""
    data = bytearray(good_xlsx(directory, "asli.xlsx").read_bytes())
    with zipfile.ZipFile(directory / "asli.xlsx") as z:
        info = z.getinfo("xl/worksheets/sheet1.xml")
    # Local header: 30 bytes + name + extra; then the compressed data.
    name_len, extra_len = struct.unpack_from("<HH", data, info.header_offset + 26)
    start = info.header_offset + 30 + name_len + extra_len
    for i in range(start, start + info.compress_size):
        data[i] = (data[i] * 7 + 13) & 0xFF
    path = directory / "rusak.xlsx"
    path.write_bytes(bytes(data))
    return path


def formulas_xlsx(directory: Path) -> Path:
    """Formulas with cached values (as Excel saves them) and one never calculated."""
    rows = (
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>'
        '<c r="C1" t="s"><v>2</v></c></row>'
        '<row r="2"><c r="A2"><v>21</v></c><c r="B2"><f>A2*2</f><v>42</v></c>'
        '<c r="C2" t="str"><f>UPPER("budi")</f><v>BUDI</v></c></row>'
        '<row r="3"><c r="A3"><v>5</v></c><c r="B3"><f>A3*2</f></c>'
        '<c r="C3" t="b"><f>A3&gt;1</f><v>1</v></c></row>'
    )
    return write_xlsx(
        directory / "rumus.xlsx",
        [("Data", sheet_xml(rows), "visible")],
        shared_strings=["ANGKA", "DUA KALI", "NAMA"],
    )


def merged_cells_xlsx(directory: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Data"
    ws["A1"] = "DAFTAR APARAT DESA"
    ws.merge_cells("A1:D1")
    ws.append(["NIK", "NAMA", "JABATAN", "DESA"])
    ws.append(["6303011201800001", "Ahmad", "Kepala Desa", "Sukamaju"])
    ws.append(["6303015506850002", "Siti", "Sekretaris", None])
    ws.merge_cells("D3:D4")
    path = directory / "gabung.xlsx"
    wb.save(path)
    return path


def hidden_rows_and_sheet_xlsx(directory: Path) -> Path:
    """Rows 3 and 5 (1-based) hidden on the first sheet; a hidden and a very hidden sheet."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Data"
    for i in range(1, 7):
        ws.append([f"baris {i}", i])
    ws.row_dimensions[3].hidden = True
    ws.row_dimensions[5].hidden = True
    hidden = wb.create_sheet("Rahasia")
    hidden["A1"] = "tersembunyi"
    hidden.sheet_state = "hidden"
    very = wb.create_sheet("Sangat Rahasia")
    very["A1"] = "sangat tersembunyi"
    very.sheet_state = "veryHidden"
    path = directory / "tersembunyi.xlsx"
    wb.save(path)
    return path


def entity_bomb_xlsx(directory: Path) -> Path:
    """Billion laughs in the sheet XML of an otherwise valid workbook."""
    lol = ['<!ENTITY lol "lol">']
    for i in range(1, 10):
        prev = f"&lol{i - 1};" if i > 1 else "&lol;"
        lol.append(f'<!ENTITY lol{i} "{prev * 10}">')
    doctype = "<!DOCTYPE worksheet [" + "".join(lol) + "]>"
    rows = '<row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row>'
    return write_xlsx(
        directory / "bom_entitas.xlsx",
        [("Data", sheet_xml(rows, doctype=doctype), "visible")],
    )


def zip_bomb_xlsx(directory: Path, megabytes: int = 600) -> Path:
    """A valid workbook plus a member of ``megabytes`` MB of zeros (ratio about 1000:1).

    Written by streaming zero chunks through zipfile, so no large buffer is ever held.
    """
    path = good_xlsx(directory, "bom_zip.xlsx")
    chunk = bytes(1 << 20)
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        info = zipfile.ZipInfo("xl/media/image1.bin")
        info.compress_type = zipfile.ZIP_DEFLATED
        with z.open(info, "w", force_zip64=True) as member:
            for _ in range(megabytes):
                member.write(chunk)
    return path


def sparse_range_bomb_xlsx(directory: Path) -> Path:
    """Two cells, A1 and XFD1048576: a dense reader would need 17 billion cells."""
    rows = (
        '<row r="1"><c r="A1" t="inlineStr"><is><t>NIK</t></is></c></row>'
        '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'
    )
    return write_xlsx(directory / "jarang.xlsx", [("Data", sheet_xml(rows), "visible")])


def refless_range_bomb_xlsx(directory: Path, width: int = 20_000) -> Path:
    """Cells without an ``r`` attribute count from the left: one wide row and one far row."""
    wide = "<row>" + "<c><v>1</v></c>" * width + "</row>"
    rows = wide + '<row r="1000000"><c r="A1000000"><v>2</v></c></row>'
    return write_xlsx(directory / "tanpa_ref.xlsx", [("Data", sheet_xml(rows), "visible")])


def prefixed_xlsx(directory: Path) -> Path:
    """Namespace-prefixed SpreadsheetML (``<x:c>``), as the OpenXML SDK writes it."""
    rows = (
        '<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>NIK</x:t></x:is></x:c>'
        '<x:c r="B1" t="inlineStr"><x:is><x:t>NAMA</x:t></x:is></x:c></x:row>'
        '<x:row r="2" hidden="1"><x:c r="A2" t="inlineStr"><x:is><x:t>6303011201800001</x:t>'
        '</x:is></x:c><x:c r="B2" t="inlineStr"><x:is><x:t>Ahmad</x:t></x:is></x:c></x:row>'
    )
    xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f"<x:sheetData>{rows}</x:sheetData></x:worksheet>"
    )
    return write_xlsx(directory / "prefiks.xlsx", [("Data", xml, "visible")])


def too_many_rows(directory: Path, rows: int = 1001, fmt: str = "csv") -> Path:
    """``rows`` data rows (a header plus rows - 1 people): tests pass a small max_rows."""
    if fmt == "csv":
        path = directory / "banyak.csv"
        with path.open("w", encoding="utf-8", newline="") as f:
            f.write("NIK;NAMA\r\n")
            for i in range(rows - 1):
                f.write(f"63030112018{i:05d};Orang {i}\r\n")
        return path
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Data")
    ws.append(["NIK", "NAMA"])
    for i in range(rows - 1):
        ws.append([f"63030112018{i:05d}", f"Orang {i}"])
    path = directory / "banyak.xlsx"
    wb.save(path)
    return path


def enormous_cell(directory: Path, chars: int = 40_000, fmt: str = "xlsx") -> Path:
    """One cell longer than Excel's own limit of 32,767 characters, in column C of row 3."""
    big = "A" * chars
    if fmt == "csv":
        path = directory / "sel_besar.csv"
        path.write_text(f"NIK,NAMA,ALAMAT\n1,Budi,Jl. Satu\n2,Ani,{big}\n", encoding="utf-8")
        return path
    rows = (
        '<row r="1"><c r="A1" t="inlineStr"><is><t>NIK</t></is></c></row>'
        '<row r="2"><c r="A2"><v>1</v></c></row>'
        f'<row r="3"><c r="A3"><v>2</v></c><c r="C3" t="inlineStr"><is><t>{big}</t></is></c></row>'
    )
    return write_xlsx(directory / "sel_besar.xlsx", [("Data", sheet_xml(rows), "visible")])


def sheet_xml(rows: str, *, doctype: str = "", extra: str = "") -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        + doctype
        + '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        + f"<sheetData>{rows}</sheetData>{extra}</worksheet>"
    )


def write_xlsx(
    path: Path,
    sheets: Sequence[tuple[str, str, str]],
    *,
    shared_strings: Sequence[str] = (),
) -> Path:
    """A minimal xlsx by hand: ``sheets`` are (name, worksheet XML, state)."""
    ns = "http://schemas.openxmlformats.org/"
    types = [
        f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        for i in range(1, len(sheets) + 1)
    ]
    if shared_strings:
        types.append(
            '<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
        )
    content_types = (
        f'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="{ns}package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.spreadsheetml.sheet.main+xml"/>' + "".join(types) + "</Types>"
    )
    root_rels = (
        f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{ns}package/2006/'
        f'relationships"><Relationship Id="rId1" Type="{ns}officeDocument/2006/relationships/'
        'officeDocument" Target="xl/workbook.xml"/></Relationships>'
    )
    sheet_tags = "".join(
        f'<sheet name="{name}" sheetId="{i}" r:id="rId{i}"'
        + ("" if state == "visible" else f' state="{state}"')
        + "/>"
        for i, (name, _, state) in enumerate(sheets, start=1)
    )
    workbook = (
        f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{ns}spreadsheetml/2006/main" '
        f'xmlns:r="{ns}officeDocument/2006/relationships"><sheets>{sheet_tags}</sheets>'
        "</workbook>"
    )
    rels = [
        f'<Relationship Id="rId{i}" Type="{ns}officeDocument/2006/relationships/worksheet" '
        f'Target="worksheets/sheet{i}.xml"/>'
        for i in range(1, len(sheets) + 1)
    ]
    if shared_strings:
        rels.append(
            f'<Relationship Id="rId{len(sheets) + 1}" Type="{ns}officeDocument/2006/'
            'relationships/sharedStrings" Target="sharedStrings.xml"/>'
        )
    workbook_rels = (
        f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{ns}package/2006/'
        f'relationships">{"".join(rels)}</Relationships>'
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", content_types)
        z.writestr("_rels/.rels", root_rels)
        z.writestr("xl/workbook.xml", workbook)
        z.writestr("xl/_rels/workbook.xml.rels", workbook_rels)
        for i, (_, xml, _) in enumerate(sheets, start=1):
            z.writestr(f"xl/worksheets/sheet{i}.xml", xml)
        if shared_strings:
            items = "".join(f"<si><t>{_xml_escape(s)}</t></si>" for s in shared_strings)
            z.writestr(
                "xl/sharedStrings.xml",
                f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{ns}spreadsheetml/2006/main"'
                f' count="{len(shared_strings)}" uniqueCount="{len(shared_strings)}">{items}</sst>',
            )
    return path


def _xml_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# --------------------------------------------------------------------------------------------
# Text: CSV and HTML


def csv_semicolon_cp1252(directory: Path) -> Path:
    """Excel in an Indonesian locale: semicolons, Windows-1252, decimal commas, CRLF."""
    text = (
        "NIK;NAMA LENGKAP;TGL LAHIR;ALAMAT;UPAH\r\n"
        "6303011201800001;José Rizal;12-01-1980;Jl. Melati, No. 5;1.500.000,50\r\n"
        "6303015506850002;Siti Aminah;15/06/1985;Desa Sukamaju;2000000\r\n"
    )
    path = directory / "daftar_titik_koma.csv"
    path.write_bytes(text.encode("cp1252"))
    return path


def csv_utf8_bom(directory: Path) -> Path:
    """UTF-8 with a byte-order mark (Excel's "CSV UTF-8"), commas, a quoted comma and newline."""
    text = (
        "NIK,NAMA LENGKAP,ALAMAT\r\n"
        '6303011201800001,Ñoño Ŝaputra,"Jl. Mawar, No. 1"\r\n'
        '6303015506850002,Siti Aminah,"RT 01\nRW 02"\r\n'
        "6303010101900003,,\r\n"
    )
    path = directory / "daftar_utf8.csv"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    return path


def csv_utf16(directory: Path) -> Path:
    """Excel's "Unicode Text": UTF-16 with a BOM, tab separated."""
    text = "NIK\tNAMA\r\n6303011201800001\tJosé\r\n"
    path = directory / "unicode.txt"
    path.write_bytes(text.encode("utf-16"))
    return path


def csv_sep_line(directory: Path) -> Path:
    """Excel's ``sep=`` hint line names the delimiter and is not data."""
    path = directory / "sep.csv"
    path.write_text("sep=;\nNIK;NAMA, GELAR\n6303011201800001;Budi, S.Pd\n", encoding="utf-8")
    return path


def html_as_xls(directory: Path) -> Path:
    """A web portal's "Excel" export: an HTML page with a .xls name, two tables."""
    html = """<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Export</title><style>td { mso-number-format:"\\@"; }</style></head>
<body><h3>DAFTAR PESERTA</h3>
<table border="1">
<tr><th>NIK</th><th>NAMA</th><th colspan="2">ALAMAT</th></tr>
<tr><td>6303011201800001</td><td>Jos&eacute; &amp; Ani</td><td>RT&nbsp;01</td><td>
  Desa   Sukamaju</td></tr>
<tr><td>6303015506850002</td><td>Siti<br>Aminah</td><td></td><td>Desa Sukamaju</td></tr>
</table>
<p>Mengetahui</p>
<table><tr><td>Kepala Desa</td></tr></table>
</body></html>
"""
    path = directory / "export_portal.xls"
    path.write_text(html, encoding="utf-8")
    return path


def html_entity_bomb(directory: Path) -> Path:
    """HTML with a DTD of nested entities: html.parser must not expand them."""
    lol = "".join(f'<!ENTITY lol{i} "{"&lol" + str(i - 1) + ";" * 10}">' for i in range(1, 10))
    html = (
        f'<!DOCTYPE html [<!ENTITY lol0 "lol">{lol}]>'
        "<html><body><table><tr><td>&lol9;</td><td>ok</td></tr></table></body></html>"
    )
    path = directory / "bom_entitas.html"
    path.write_text(html, encoding="utf-8")
    return path


def xml_spreadsheet_2003(directory: Path) -> Path:
    """Excel 2003 XML, another thing portals save with an .xls name."""
    path = directory / "xml2003.xls"
    path.write_text(
        '<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n'
        '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="A">'
        '<Table><Row><Cell><Data ss:Type="String">NIK</Data></Cell></Row></Table></Worksheet>'
        "</Workbook>\n",
        encoding="utf-8",
    )
    return path


# --------------------------------------------------------------------------------------------
# ODS, written by hand


def ods(
    directory: Path, *, rows: Iterable[Sequence[Cell]] | None = None, hidden: Sequence[int] = (2,)
) -> Path:
    """A minimal valid OpenDocument spreadsheet: mimetype stored first, then content.xml.
    Rows listed in ``hidden`` (0-based) are collapsed, as LibreOffice writes hidden rows."""
    body = "".join(
        _ods_row(r, i in hidden)
        for i, r in enumerate(rows if rows is not None else _ods_default_rows())
    )
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
        ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        "<office:body><office:spreadsheet>"
        f'<table:table table:name="Desa Sukamaju">{body}</table:table>'
        '<table:table table:name="Kosong"/>'
        "</office:spreadsheet></office:body></office:document-content>"
    )
    return _ods_package(directory / "libreoffice.ods", content)


_ODS_MANIFEST = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"'
    ' manifest:version="1.2">'
    '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/'
    'vnd.oasis.opendocument.spreadsheet"/>'
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
    "</manifest:manifest>"
)


def _ods_package(path: Path, content: str) -> Path:
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("META-INF/manifest.xml", _ODS_MANIFEST, zipfile.ZIP_DEFLATED)
        z.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
    return path


def _ods_default_rows() -> list[list[Cell]]:
    return [
        ["NIK", "NAMA", "TGL LAHIR", "UMUR"],
        ["6303011201800001", "José Rizal", dt.date(1980, 1, 12), 44],
        ["6303015506850002", "Siti Aminah", dt.date(1985, 6, 15), 39.5],
    ]


def _ods_row(cells: Sequence[Cell], hidden: bool = False) -> str:
    out = []
    for v in cells:
        if v is None:
            out.append("<table:table-cell/>")
        elif isinstance(v, bool):
            out.append(
                '<table:table-cell office:value-type="boolean" '
                f'office:boolean-value="{str(v).lower()}"/>'
            )
        elif isinstance(v, dt.date):
            out.append(
                f'<table:table-cell office:value-type="date" office:date-value="{v.isoformat()}">'
                f"<text:p>{v.isoformat()}</text:p></table:table-cell>"
            )
        elif isinstance(v, int | float):
            out.append(
                f'<table:table-cell office:value-type="float" office:value="{v}">'
                f"<text:p>{v}</text:p></table:table-cell>"
            )
        else:
            out.append(
                '<table:table-cell office:value-type="string">'
                f"<text:p>{_xml_escape(v)}</text:p></table:table-cell>"
            )
    start = '<table:table-row table:visibility="collapse">' if hidden else "<table:table-row>"
    return start + "".join(out) + "</table:table-row>"


def ods_repeat_bomb(directory: Path) -> Path:
    """One value repeated over 10,000 columns of 10,000 rows: 100 million cells, just under
    calamine 0.37's own cap, which it then tries to allocate (about 5 GB)."""
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
        ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        '<office:body><office:spreadsheet><table:table table:name="Data">'
        '<table:table-row table:number-rows-repeated="10000">'
        '<table:table-cell table:number-columns-repeated="10000" office:value-type="float"'
        ' office:value="1"><text:p>1</text:p></table:table-cell></table:table-row>'
        "</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    return _ods_package(directory / "bom_ulang.ods", content)


# --------------------------------------------------------------------------------------------
# OLE2 compound files: a real BIFF8 .xls, a password-protected xlsx, an encrypted .xls

_FREE, _END, _FAT = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD
_SECTOR = 512


def compound_file(streams: dict[str, bytes]) -> bytes:
    """A minimal compound file (version 3, 512-byte sectors), streams in the root storage.

    Streams shorter than the 4,096-byte mini-stream cutoff are padded to it, so every stream
    lives in regular sectors and no mini FAT is needed (readers ignore bytes past a BIFF EOF).
    """
    names = sorted(streams, key=lambda n: (len(n), n.upper()))
    datas = [streams[n].ljust(4096, b"\x00") for n in names]
    counts = [-(-len(d) // _SECTOR) for d in datas]
    n_data = sum(counts)
    n_dir = -(-(len(names) + 1) // 4)
    n_fat = 1
    while n_fat * 128 < n_data + n_dir + n_fat:
        n_fat += 1
    assert n_fat <= 109, "too large for a header-only DIFAT"
    fat: list[int] = []
    starts = []
    for count in counts:
        starts.append(len(fat))
        fat.extend(range(len(fat) + 1, len(fat) + count))
        fat.append(_END)
    dir_start = len(fat)
    fat.extend(range(dir_start + 1, dir_start + n_dir))
    fat.append(_END)
    fat_start = len(fat)
    fat.extend([_FAT] * n_fat)
    fat.extend([_FREE] * (n_fat * 128 - len(fat)))

    # Sizes are the padded ones: a stream under the cutoff would be looked up in the mini stream.
    entries = [_dir_entry("Root Entry", 5, child=1 if names else _FREE, start=_END, size=0)]
    for i, _name in enumerate(names):
        right = i + 2 if i + 1 < len(names) else _FREE
        entries.append(_dir_entry(_name, 2, right=right, start=starts[i], size=len(datas[i])))
    while len(entries) % 4:
        entries.append(_dir_entry("", 0, start=0, size=0))

    difat = list(range(fat_start, fat_start + n_fat)) + [_FREE] * (109 - n_fat)
    header = (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
        + bytes(16)
        + struct.pack("<HHHHH", 0x003E, 0x0003, 0xFFFE, 9, 6)
        + bytes(6)
        + struct.pack("<IIIIIIIII", 0, n_fat, dir_start, 0, 4096, _END, 0, _END, 0)
        + struct.pack("<109I", *difat)
    )
    assert len(header) == _SECTOR
    body = b"".join(d.ljust(c * _SECTOR, b"\x00") for d, c in zip(datas, counts, strict=True))
    body += b"".join(entries)
    body += struct.pack(f"<{len(fat)}I", *fat)
    return header + body


def _dir_entry(
    name: str,
    kind: int,
    *,
    left: int = _FREE,
    right: int = _FREE,
    child: int = _FREE,
    start: int,
    size: int,
) -> bytes:
    raw = name.encode("utf-16-le")
    name_field = (raw + b"\x00\x00").ljust(64, b"\x00") if name else bytes(64)
    name_len = len(raw) + 2 if name else 0
    return (
        name_field
        + struct.pack("<HBB", name_len, kind, 1)
        + struct.pack("<III", left, right, child)
        + bytes(16 + 4 + 8 + 8)
        + struct.pack("<IQ", start, size)
    )


def password_protected_xlsx(directory: Path) -> Path:
    """What Excel writes for "Encrypt with Password": an OLE2 file, not a zip."""
    info = struct.pack("<HHI", 4, 4, 0x40) + b"<?xml version='1.0'?><encryption/>"
    package = struct.pack("<Q", 1234) + bytes(1234 + 14)
    path = directory / "berpassword.xlsx"
    path.write_bytes(
        compound_file({"EncryptionInfo": info, "EncryptedPackage": package, "\x06DataSpaces": b""})
    )
    return path


# --- BIFF8 ------------------------------------------------------------------------------------


def _rec(kind: int, data: bytes = b"") -> bytes:
    assert len(data) <= 8224
    return struct.pack("<HH", kind, len(data)) + data


def _bof(dt_kind: int) -> bytes:
    return _rec(0x0809, struct.pack("<HHHHII", 0x0600, dt_kind, 0x0DBB, 0x07CC, 0, 0x0006))


def _xf(fmt: int, style: bool) -> bytes:
    flags = 0xFFF4 if style else 0x0001  # style XF: parent 0xFFF; cell XF: locked, parent 0
    return _rec(0x00E0, struct.pack("<HHH", 0, fmt, flags) + bytes(14))


def _xl_string(text: str, length_bytes: int = 2) -> bytes:
    try:
        raw, flag = text.encode("latin-1"), 0
    except UnicodeEncodeError:
        raw, flag = text.encode("utf-16-le"), 1
    size = "<H" if length_bytes == 2 else "<B"
    return struct.pack(size, len(text)) + bytes([flag]) + raw


XLS_DATE_XF = 17  # index of the cell XF with the built-in date format 14


def xls_bytes(
    sheets: Sequence[tuple[str, Sequence[Sequence[Cell]], int]],
    *,
    merged: dict[str, list[tuple[int, int, int, int]]] | None = None,
    formulas: dict[str, list[tuple[int, int, float | str]]] | None = None,
    hidden_rows: dict[str, list[int]] | None = None,
    encrypted: bool = False,
) -> bytes:
    """A BIFF8 workbook stream: ``sheets`` are (name, rows, state 0/1/2); ``merged`` ranges
    are (first_row, last_row, first_col, last_col); ``formulas`` are (row, col, cached value)."""
    strings: list[str] = []
    index: dict[str, int] = {}

    def sst(text: str) -> int:
        if text not in index:
            index[text] = len(strings)
            strings.append(text)
        return index[text]

    bodies = []
    for name, rows, _ in sheets:
        cells = []
        n_cols = max((len(r) for r in rows), default=0)
        for r, row in enumerate(rows):
            for c, v in enumerate(row):
                if v is None:
                    continue
                if isinstance(v, bool):
                    cells.append(_rec(0x0205, struct.pack("<HHHBB", r, c, 15, int(v), 0)))
                elif isinstance(v, dt.date):
                    base = dt.datetime(1899, 12, 30)
                    when = v if isinstance(v, dt.datetime) else dt.datetime(v.year, v.month, v.day)
                    serial = (when - base).total_seconds() / 86400
                    cells.append(_rec(0x0203, struct.pack("<HHHd", r, c, XLS_DATE_XF, serial)))
                elif isinstance(v, int | float):
                    cells.append(_rec(0x0203, struct.pack("<HHHd", r, c, 15, float(v))))
                else:
                    cells.append(_rec(0x00FD, struct.pack("<HHHI", r, c, 15, sst(v))))
        for r, c, cached in (formulas or {}).get(name, []):
            rgce = b"\x1e\x01\x00\x1e\x02\x00\x03"  # =1+2 (the cached value is what counts)
            if isinstance(cached, str):
                value = b"\x00\x00\x00\x00\x00\x00\xff\xff"
            else:
                value = struct.pack("<d", cached)
            cells.append(
                _rec(
                    0x0006,
                    struct.pack("<HHH", r, c, 15)
                    + value
                    + struct.pack("<HIH", 0, 0, len(rgce))
                    + rgce,
                )
            )
            if isinstance(cached, str):
                cells.append(_rec(0x0207, _xl_string(cached)))
        dims = _rec(0x0200, struct.pack("<IIHHH", 0, len(rows), 0, n_cols, 0))
        # ROW records: flags bit 0x20 (fDyZero) hides the row; 0x100 (fUnsynced) as Excel sets.
        dims += b"".join(
            _rec(0x0208, struct.pack("<HHHHHHI", r, 0, n_cols, 0x0F0, 0, 0, 0x0000_0120))
            for r in (hidden_rows or {}).get(name, [])
        )
        merges = (merged or {}).get(name, [])
        merge_rec = b""
        if merges:
            refs = b"".join(struct.pack("<HHHH", *m) for m in merges)
            merge_rec = _rec(0x00E5, struct.pack("<H", len(merges)) + refs)
        bodies.append(_bof(0x0010) + dims + b"".join(cells) + merge_rec + _rec(0x000A))

    sst_data = struct.pack("<II", len(strings), len(strings)) + b"".join(
        _xl_string(s) for s in strings
    )
    head = _bof(0x0005)
    if encrypted:
        head += _rec(0x002F, struct.pack("<HHH", 1, 1, 1) + bytes(48))
    head += _rec(0x0042, struct.pack("<H", 1200)) + _rec(0x0022, struct.pack("<H", 0))
    head += _rec(
        0x0031, struct.pack("<HHHHHBBBB", 200, 0, 0x7FFF, 400, 0, 0, 0, 0, 0) + b"\x05\x00Arial"
    )
    head += b"".join(_xf(0, True) for _ in range(15)) + _xf(0, False)
    head += _xf(0, False) + _xf(14, False)  # 16: general, 17: date (m/d/yy)
    assert XLS_DATE_XF == 17
    tail = _rec(0x00FC, sst_data) + _rec(0x000A)

    def bound(offsets: list[int]) -> bytes:
        return b"".join(
            _rec(0x0085, struct.pack("<IBB", off, state, 0) + _xl_string(name, 1))
            for off, (name, _, state) in zip(offsets, sheets, strict=True)
        )

    size = len(head) + len(bound([0] * len(sheets))) + len(tail)
    offsets = []
    for body in bodies:
        offsets.append(size)
        size += len(body)
    return head + bound(offsets) + tail + b"".join(bodies)


def xls(directory: Path) -> Path:
    """A real Excel 97-2003 workbook (BIFF8 in a compound file), written by hand."""
    rows: list[list[Cell]] = [
        ["DAFTAR APARAT DESA"],
        [],
        ["NIK", "NAMA", "TGL LAHIR", "UMUR", "AKTIF"],
        ["6303011201800001", "José Rizal", dt.date(1980, 1, 12), 44, True],
        ["6303015506850002", "Siti Aminah", dt.date(1985, 6, 15), 39.5, False],
    ]
    stream = xls_bytes(
        [("Aparat", rows, 0), ("Catatan", [["rahasia"]], 1)],
        merged={"Aparat": [(0, 0, 0, 4)]},
        formulas={"Aparat": [(3, 5, 3.0), (4, 5, "TIGA")]},
        hidden_rows={"Aparat": [4]},
    )
    path = directory / "aparat_lama.xls"
    path.write_bytes(compound_file({"Workbook": stream}))
    return path


def encrypted_xls(directory: Path) -> Path:
    """An Excel 97-2003 workbook with a FILEPASS record (RC4 "password to open")."""
    stream = xls_bytes([("Data", [["x"]], 0)], encrypted=True)
    path = directory / "berpassword_lama.xls"
    path.write_bytes(compound_file({"Workbook": stream}))
    return path


def xls_dimensions_bomb(directory: Path) -> Path:
    """A DIMENSIONS record claiming 4 billion rows x 65,535 columns: one cell, huge reserve."""
    stream = xls_bytes([("Data", [["NIK"]], 0)])
    dims = struct.pack("<IIHHH", 0, 4_000_000_000, 0, 0xFFFF, 0)
    stream = stream.replace(struct.pack("<HHIIHHH", 0x0200, 14, 0, 1, 0, 1, 0), _rec(0x0200, dims))
    path = directory / "dimensi.xls"
    path.write_bytes(compound_file({"Workbook": stream}))
    return path


def xls_sst_bomb(directory: Path) -> Path:
    """A shared-string table claiming two billion strings."""
    stream = xls_bytes([("Data", [["NIK"]], 0)])
    sst = _rec(0x00FC, struct.pack("<II", 1, 1) + _xl_string("NIK"))
    bomb = _rec(0x00FC, struct.pack("<Ii", 1, 0x7FFF_FFFF) + _xl_string("NIK"))
    path = directory / "sst.xls"
    path.write_bytes(compound_file({"Workbook": stream.replace(sst, bomb)}))
    return path


def ole_chain_loop(directory: Path) -> Path:
    """A compound file whose directory chain points back to itself."""
    data = bytearray(xls(directory).read_bytes())
    dir_start = struct.unpack_from("<I", data, 48)[0]
    fat_sector = struct.unpack_from("<I", data, 76)[0]
    struct.pack_into("<I", data, (fat_sector + 1) * _SECTOR + 4 * dir_start, dir_start)
    path = directory / "berputar.xls"
    path.write_bytes(bytes(data))
    return path


def shared_strings_bomb_xlsx(directory: Path) -> Path:
    """sharedStrings.xml declaring four billion unique strings (there are three)."""
    src = formulas_xlsx(directory)
    path = directory / "teks_bersama.xlsx"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(path, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "xl/sharedStrings.xml":
                data = data.replace(b'uniqueCount="3"', b'uniqueCount="4000000000"')
            zout.writestr(info.filename, data)
    return path


def ods_unclosed_table(directory: Path) -> Path:
    """A table that never ends (its end tag mangled, as a fuzzer found): calamine 0.37 spins
    for ever on it, so it must never get there."""
    src = ods(directory)
    path = directory / "tak_tertutup.ods"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(path, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "content.xml":
                end = b'</table:table><table:table table:name="Kosong"/>'
                assert end in data
                data = data.replace(end, b'</le table:name="Kosong"/>')
            zout.writestr(info, data)
    return path


def ods_and_xlsx(directory: Path) -> Path:
    """An ODS that also carries Excel parts: which reader would win is not left to chance."""
    path = ods(directory)
    with zipfile.ZipFile(path, "a") as z:
        z.writestr("xl/workbook.xml", "<workbook/>")
    return path.rename(directory / "campuran.ods")


def word_97(directory: Path) -> Path:
    """A Word 97-2003 document: OLE2 like an .xls, but no Workbook stream."""
    path = directory / "surat.xls"
    path.write_bytes(compound_file({"WordDocument": b"\xec\xa5" + bytes(100)}))
    return path


def xls_range_bomb(directory: Path) -> Path:
    """BIFF8 cells at A1 and at row 65535, column 65535 (Excel stops at 256 columns)."""
    stream = bytearray(xls_bytes([("Data", [["NIK"]], 0)]))
    far = _rec(0x0203, struct.pack("<HHHd", 0xFFFF, 0xFFFF, 15, 1.0))
    eof = _rec(0x000A)
    cut = len(stream) - len(eof)
    path = directory / "jarang.xls"
    path.write_bytes(compound_file({"Workbook": bytes(stream[:cut]) + far + eof}))
    return path
