"""The spreadsheets the importer writes: rejected rows and the template, checked as real files.

Every file is written to disk and opened again with openpyxl and python-calamine (the reader the
importer uses), and its sheet XML is inspected for formulas.
"""

from __future__ import annotations

import re
import time
import zipfile
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from openpyxl import Workbook
from openpyxl.cell.rich_text import CellRichText
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet
from python_calamine import CalamineWorkbook

from jamsostek_desk.domain.codes import JABATAN_APARAT, PEKERJAAN_RENTAN, SUMBER_DANA
from jamsostek_desk.domain.columns import BY_FIELD, SYNONYM_INDEX, header_key
from jamsostek_desk.domain.errors import Cancelled, UserError
from jamsostek_desk.domain.wilayah import load_wilayah
from jamsostek_desk.services.xlsx import (
    MESSAGES_HEADER,
    SOURCE_ROW_HEADER,
    TEMPLATE_ROWS,
    RejectRow,
    cell_text,
    is_formula_like,
    join_messages,
    safe_text,
    write_cell,
    write_rejects,
    write_template,
)

REF = load_wilayah()
KABUPATEN = "63.03"  # Kabupaten Banjar
NIK = "6303051201800001"
FORMULAS = ["=1+1", "+62812", "-5", "@SUM(A1)", ' =HYPERLINK("http://x")', "\t=1", "\r=2"]
RED = "FFFFC7CE"


def sheet_xml(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as z:
        return {
            n: z.read(n).decode("utf-8") for n in z.namelist() if n.startswith("xl/worksheets/")
        }


def assert_no_formulas(path: Path) -> None:
    for name, xml in sheet_xml(path).items():
        assert "<f>" not in xml and "<f " not in xml, name
        assert 't="str"' not in xml, name  # a formula's cached string


def calamine_rows(path: Path, sheet: str | None = None) -> list[list[object]]:
    wb = CalamineWorkbook.from_path(str(path))
    ws = wb.get_sheet_by_name(sheet) if sheet else wb.get_sheet_by_index(0)
    rows: list[list[object]] = [list(row) for row in ws.to_python()]
    return rows


def only_worksheet(path: Path, name: str | None = None) -> Worksheet:
    wb = openpyxl.load_workbook(path)
    ws = wb[name] if name else wb.active
    assert isinstance(ws, Worksheet)
    return ws


# -- values -------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [*FORMULAS, "＝1+1", "  -5", "-", "@"])
def test_formula_like_texts_are_recognised(text: str) -> None:
    assert is_formula_like(text)


@pytest.mark.parametrize("text", ["", "Budi", NIK, "a=b", "Rp-5", "Jl. Melati #3", "0812-345"])
def test_ordinary_texts_are_not_formula_like(text: str) -> None:
    assert not is_formula_like(text)


def test_safe_text_leaves_other_values_alone() -> None:
    day = date(1980, 1, 12)
    for value in (None, 5, 1.5, day, True):
        assert safe_text(value) is value
    assert safe_text("Budi") == "Budi"
    assert safe_text("a\x01b") == "a\ufffdb"  # XML cannot hold the control character


def test_the_formula_check_catches_what_plain_openpyxl_writes(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    assert isinstance(ws, Worksheet)
    ws.append(["=1+1"])  # without escaping, openpyxl writes a formula
    wb.save(tmp_path / "unsafe.xlsx")
    with pytest.raises(AssertionError):
        assert_no_formulas(tmp_path / "unsafe.xlsx")


def test_safe_text_values_stay_text_in_a_plain_openpyxl_sheet(tmp_path: Path) -> None:
    """Whoever appends safe_text() values with openpyxl, normal or write-only, gets no formula."""
    for write_only in (False, True):
        wb = Workbook(write_only=write_only)
        ws = wb.create_sheet("x")
        ws.append([safe_text(v) for v in FORMULAS])
        assert isinstance(safe_text(FORMULAS[0]), CellRichText)
        assert str(safe_text(FORMULAS[0])) == FORMULAS[0]
        path = tmp_path / f"plain-{write_only}.xlsx"
        wb.save(path)
        assert_no_formulas(path)
        # The whitespace of "\r=2" is normalised by XML in this path; write_cell keeps it.
        back = calamine_rows(path, "x")[0]
        assert back[:5] == FORMULAS[:5]


def test_write_cell_makes_text_cells_with_quote_prefix(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    assert isinstance(ws, Worksheet)
    values: list[object] = [*FORMULAS, "#N/A", NIK, 6303051201800000.0, date(1980, 1, 12)]
    for col, value in enumerate(values, 1):
        write_cell(ws, 1, col, value)
    path = tmp_path / "cells.xlsx"
    wb.save(path)
    assert_no_formulas(path)
    back = only_worksheet(path)
    # openpyxl's own writer does not escape a CR, so XML reads it back as LF (write_rejects
    # escapes it); the cell is text either way.
    texts = [*FORMULAS[:-1], "\n=2", "#N/A", NIK, "6303051201800000", "12-01-1980"]
    for col, expected in enumerate(texts, 1):
        cell = back.cell(1, col)
        assert (cell.value, cell.data_type, cell.number_format) == (expected, "s", "@")
        assert cell.quotePrefix == is_formula_like(expected)
    assert calamine_rows(path)[0] == texts


def test_cell_text_writes_values_as_the_office_typed_them() -> None:
    assert cell_text(None) == ""
    assert cell_text(6303051201800000.0) == "6303051201800000"  # the lost digit stays visible
    assert cell_text(6303051201800001) == "6303051201800001"
    assert cell_text(1.0) == "1"
    assert cell_text(1.5) == "1.5"
    assert cell_text(Decimal("1500000.00")) == "1500000"
    assert cell_text(Decimal("1E+5000")) == "1E+5000"  # no 5000-digit integer
    assert cell_text(date(1980, 1, 12)) == "12-01-1980"
    assert cell_text(datetime(1980, 1, 12)) == "12-01-1980"
    assert cell_text(datetime(1980, 1, 12, 8, 30)) == "12-01-1980 08:30:00"
    assert cell_text(date(980, 1, 2)) == "02-01-0980"
    assert cell_text(True) == "Ya"
    assert cell_text("x" * 40_000) == "x" * 32_767


def test_messages_are_joined_without_doubled_full_stops() -> None:
    assert join_messages(["NIK ganda.", "Desa  tidak dikenal."]) == (
        "NIK ganda; Desa tidak dikenal."
    )
    assert join_messages(["Nama wajib diisi."]) == "Nama wajib diisi."
    assert join_messages([]) == ""


# -- rejected rows ------------------------------------------------------------------------

HEADERS = ["NO", "NIK", "NAMA", "TGL LAHIR", "NO HP", "DESA", "RT"]


def sample_rows() -> list[RejectRow]:
    return [
        RejectRow(
            5,
            [1, NIK, "=1+1", date(1980, 1, 12), "+62812", "@SUM(A1)", "-5"],
            ["Nama tidak boleh berisi angka.", "Nomor HP tidak sah."],
            {2, 4},
        ),
        RejectRow(
            9,
            [2, 6303051201800000.0, None, datetime(1990, 2, 3), 81234567890, "a<b & c", "#N/A"],
            ["NIK kehilangan angka ke-16.", "Nama wajib diisi."],
            {1, 2},
        ),
        RejectRow(12, [3, " =x", "Budi", "12/01/1980", "", "Ds. Antah", "ab\x0bc"], ["Desa?"], {5}),
    ]


def test_rejects_come_back_as_the_exact_text(tmp_path: Path) -> None:
    path = write_rejects(tmp_path / "ditolak.xlsx", HEADERS, sample_rows())
    assert path == tmp_path / "ditolak.xlsx"
    expected: list[list[object]] = [
        [*HEADERS, SOURCE_ROW_HEADER, MESSAGES_HEADER],
        ["1", NIK, "=1+1", "12-01-1980", "+62812", "@SUM(A1)", "-5", 5,
         "Nama tidak boleh berisi angka; Nomor HP tidak sah."],
        ["2", "6303051201800000", None, "03-02-1990", "81234567890", "a<b & c", "#N/A", 9,
         "NIK kehilangan angka ke-16; Nama wajib diisi."],
        ["3", " =x", "Budi", "12/01/1980", None, "Ds. Antah", "ab\ufffdc", 12, "Desa?"],
    ]  # fmt: skip
    ws = only_worksheet(path)
    assert ws.title == "Ditolak"
    assert [[c.value for c in row] for row in ws.iter_rows()] == expected
    for row in ws.iter_rows(min_row=2):
        for cell in row[: len(HEADERS)]:
            if cell.value is not None:
                assert cell.data_type == "s", cell.coordinate
            assert cell.number_format == "@", cell.coordinate  # a fix typed in stays text
    assert isinstance(ws["B2"].value, str) and len(ws["B2"].value) == 16
    assert_no_formulas(path)

    by_calamine = calamine_rows(path)
    assert by_calamine[0] == expected[0]
    for got, want in zip(by_calamine[1:], expected[1:], strict=True):
        assert got[:7] == [w if w is not None else "" for w in want[:7]]
        assert got[7] == want[7]  # source row, read as a number
        assert got[8] == want[8]


def test_every_formula_like_reject_comes_back_exactly(tmp_path: Path) -> None:
    values: list[object] = [*FORMULAS, "a\r\nb", "  spaced  "]
    path = write_rejects(
        tmp_path / "r.xlsx",
        [f"K{i}" for i in range(len(values))],
        [RejectRow(2, values, ["=SALAH"], {0})],
    )
    assert_no_formulas(path)
    ws = only_worksheet(path)
    assert [c.value for c in ws[2]] == [*values, 2, "=SALAH"]
    assert all(c.data_type == "s" for c in ws[2] if c.column != len(values) + 1)
    assert calamine_rows(path)[1] == [*values, 2, "=SALAH"]


def test_formula_like_rejects_carry_quote_prefix(tmp_path: Path) -> None:
    path = write_rejects(tmp_path / "r.xlsx", HEADERS, sample_rows())
    ws = only_worksheet(path)
    quoted = {c.coordinate for row in ws.iter_rows(min_row=2) for c in row if c.quotePrefix}
    assert quoted == {"C2", "E2", "F2", "G2", "B4"}
    xml = sheet_xml(path)["xl/worksheets/sheet1.xml"]
    assert re.search(r'<c r="C2" s="\d+" t="inlineStr"><is><t>=1\+1</t></is></c>', xml)


def test_faulty_cells_are_red_and_the_others_are_not(tmp_path: Path) -> None:
    rows = sample_rows()
    ws = only_worksheet(write_rejects(tmp_path / "r.xlsx", HEADERS, rows))
    for r, reject in enumerate(rows, 2):
        for col in range(len(HEADERS)):
            cell = ws.cell(r, col + 1)
            red = cell.fill.fill_type == "solid" and cell.fill.fgColor.rgb == RED
            assert red == (col in reject.bad_columns), cell.coordinate
            if red:
                assert cell.border.left.color.rgb == "FFC00000"
    assert ws["C3"].value is None and ws["C3"].fill.fgColor.rgb == RED  # the missing name


def test_rejects_sheet_has_bold_frozen_filtered_header_and_widths(tmp_path: Path) -> None:
    ws = only_worksheet(write_rejects(tmp_path / "r.xlsx", HEADERS, sample_rows(), "Desa A"))
    assert ws.title == "Desa A"
    assert all(c.font.b for c in ws[1])
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == "A1:I4"
    assert ws.dimensions == "A1:I4"
    widths = {k: d.width for k, d in ws.column_dimensions.items()}
    assert widths["B"] >= 16  # a whole NIK fits
    assert widths["I"] >= 40  # the reasons are readable


def test_rejects_with_more_cells_than_headers_and_odd_titles(tmp_path: Path) -> None:
    rows = [RejectRow(3, ["a", "b", "c"], ["x"], {2, 7})]
    path = write_rejects(tmp_path / "r.xlsx", ["H1"], rows, sheet_title="a/b:c*?[]" * 9)
    ws = only_worksheet(path)
    assert len(ws.title) <= 31 and not set("/:*?[]") & set(ws.title)
    assert [c.value for c in ws[1]] == ["H1", None, None, SOURCE_ROW_HEADER, MESSAGES_HEADER]
    assert [c.value for c in ws[2]] == ["a", "b", "c", 3, "x"]
    assert ws["C2"].fill.fgColor.rgb == RED


def test_no_rejected_rows_gives_a_header_only_file(tmp_path: Path) -> None:
    path = write_rejects(tmp_path / "r.xlsx", HEADERS, [])
    assert calamine_rows(path) == [[*HEADERS, SOURCE_ROW_HEADER, MESSAGES_HEADER]]


@pytest.mark.slow
def test_100k_rejected_rows(tmp_path: Path) -> None:
    headers = [c.header for c in BY_FIELD.values()][:17]
    rows = [
        RejectRow(
            i + 2,
            [f"6303051201{i:06d}", f"Warga {i}", "Martapura", date(1980, 1, 12), "L",
             "Siti", "Jl. Melati 2", "001", "002", "Martapura", "Sungai Paring", "Petani",
             1_500_000, "081234567890", "APBD Kabupaten/Kota", None, "=bahaya()"][: len(headers)],
            ["NIK sudah terdaftar.", "Desa tidak dikenal."],
            {0, 10},
        )
        for i in range(100_000)
    ]  # fmt: skip
    path = tmp_path / "besar.xlsx"
    started = time.perf_counter()
    write_rejects(path, headers, rows)
    elapsed = time.perf_counter() - started
    print(f"\nwrite_rejects: 100,000 rows x {len(headers)} columns in {elapsed:.2f} s, "
          f"{path.stat().st_size / 1e6:.1f} MB")  # fmt: skip
    back = calamine_rows(path)
    assert len(back) == 100_001
    assert back[-1][:2] == ["6303051201099999", "Warga 99999"]
    assert back[-1][-2:] == [100_001, "NIK sudah terdaftar; Desa tidak dikenal."]
    assert_no_formulas(path)


# -- writing the file ---------------------------------------------------------------------


def test_missing_folder_is_a_user_error(tmp_path: Path) -> None:
    target = tmp_path / "tidak-ada" / "r.xlsx"
    with pytest.raises(UserError, match="Folder tujuan tidak ditemukan"):
        write_rejects(target, HEADERS, sample_rows())
    with pytest.raises(UserError, match="Folder tujuan tidak ditemukan"):
        write_template(target, "aparat_desa", KABUPATEN, REF)
    assert not (tmp_path / "tidak-ada").exists()


def test_a_folder_as_target_is_a_user_error(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="folder, bukan berkas"):
        write_rejects(tmp_path, HEADERS, sample_rows())


def test_existing_file_is_replaced_and_no_temp_file_is_left(tmp_path: Path) -> None:
    target = tmp_path / "ditolak.xlsx"
    target.write_bytes(b"old contents")
    write_rejects(target, HEADERS, sample_rows())
    assert calamine_rows(target)[1][1] == NIK
    write_template(target, "pekerja_rentan", KABUPATEN, REF)
    assert calamine_rows(target, "Data")[0][0] == "NIK"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ditolak.xlsx"]


def test_cancel_while_writing_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "ditolak.xlsx"
    target.write_bytes(b"old contents")
    rows = sample_rows() * 2000
    calls: list[int] = []

    def progress(done: int, total: int, message: str) -> None:
        calls.append(done)
        assert total == len(rows) and message
        raise Cancelled()

    with pytest.raises(Cancelled):
        write_rejects(target, HEADERS, rows, progress=progress)
    assert calls == [2000]
    assert target.read_bytes() == b"old contents"
    assert [p.name for p in tmp_path.iterdir()] == ["ditolak.xlsx"]


# -- template -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("template")
    return {
        k: write_template(folder / f"template-{k}.xlsx", k, KABUPATEN, REF)
        for k in ("aparat_desa", "pekerja_rentan")
    }


def headers_of(kategori: str) -> list[str]:
    work = ["JABATAN", "UPAH"] if kategori == "aparat_desa" else ["PEKERJAAN", "UPAH"]
    return [
        "NIK", "NAMA LENGKAP", "TEMPAT LAHIR", "TANGGAL LAHIR", "JENIS KELAMIN",
        "NAMA IBU KANDUNG", "ALAMAT", "RT", "RW", "KECAMATAN", "DESA/KELURAHAN", *work,
        "NO HP", "SUMBER DANA", "NOMOR KPJ", "KETERANGAN",
    ]  # fmt: skip


@pytest.mark.parametrize("kategori", ["aparat_desa", "pekerja_rentan"])
def test_template_headers_are_canonical(templates: dict[str, Path], kategori: str) -> None:
    path = templates[kategori]
    header = calamine_rows(path, "Data")[0]
    assert header == headers_of(kategori)
    # Each header is the canonical one of its field, so a filled template needs no mapping.
    for text in header:
        field_name = SYNONYM_INDEX.get(header_key(text))
        assert field_name is not None and BY_FIELD[field_name].header == text
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Data", "Petunjuk", "Daftar"]
    assert wb.active is not None and wb.active.title == "Data"
    assert wb["Daftar"].sheet_state == "hidden"
    assert wb["Data"].freeze_panes == "A2"
    assert all(c.font.b for c in wb["Data"][1])
    assert_no_formulas(path)


def test_template_number_columns_are_text(templates: dict[str, Path]) -> None:
    ws = only_worksheet(templates["pekerja_rentan"], "Data")
    letters = {ws.cell(1, c).value: ws.cell(1, c).column_letter for c in range(1, 18)}
    for header in ("NIK", "NO HP", "RT", "RW", "NOMOR KPJ", "TANGGAL LAHIR"):
        letter = letters[header]
        for row in (2, 100, TEMPLATE_ROWS + 1):
            assert ws[f"{letter}{row}"].number_format == "@", (header, row)
        assert ws.column_dimensions[letter].number_format == "@"  # also below row 5001
    assert ws[f"{letters['NAMA LENGKAP']}2"].number_format == "General"
    assert ws[f"{letters['UPAH']}2"].number_format == "General"


def daftar_values(wb: openpyxl.Workbook, formula: str) -> list[object]:
    match = re.fullmatch(r"Daftar!\$([A-Z])\$(\d+):\$([A-Z])\$(\d+)", formula)
    assert match, formula
    col, first, _, last = match.groups()
    ws = wb["Daftar"]
    return [ws[f"{col}{r}"].value for r in range(int(first), int(last) + 1)]


@pytest.mark.parametrize("kategori", ["aparat_desa", "pekerja_rentan"])
def test_template_drop_downs(templates: dict[str, Path], kategori: str) -> None:
    wb = openpyxl.load_workbook(templates[kategori])
    ws = wb["Data"]
    letters = {
        ws.cell(1, c).value: ws.cell(1, c).column_letter for c in range(1, ws.max_column + 1)
    }
    found: dict[str, DataValidation] = {}
    for dv in ws.data_validations.dataValidation:
        (cells,) = [str(r) for r in dv.sqref.ranges]
        found[cells] = dv

    def at(header: str) -> DataValidation:
        letter = letters[header]
        return found[f"{letter}2:{letter}{TEMPLATE_ROWS + 1}"]

    jk = at("JENIS KELAMIN")
    assert (jk.type, jk.formula1, jk.errorStyle, jk.showErrorMessage) == (
        "list",
        '"L,P"',
        "stop",
        True,
    )

    work = at("JABATAN" if kategori == "aparat_desa" else "PEKERJAAN")
    assert work.type == "list" and not work.showErrorMessage  # other text is allowed
    expected = JABATAN_APARAT if kategori == "aparat_desa" else PEKERJAAN_RENTAN
    assert daftar_values(wb, work.formula1) == list(expected)

    dana = at("SUMBER DANA")
    assert daftar_values(wb, dana.formula1) == list(SUMBER_DANA.values())

    kec = at("KECAMATAN")
    assert daftar_values(wb, kec.formula1) == [r.nama for r in REF.children(KABUPATEN)]
    assert len(REF.children(KABUPATEN)) == 20

    desa = at("DESA/KELURAHAN")
    names = [str(n) for n in daftar_values(wb, desa.formula1)]
    all_desa = REF.desa_in(KABUPATEN)
    assert len(all_desa) > 250
    assert set(names) == {r.nama for r in all_desa} and len(names) == len(set(names))
    assert names == sorted(names, key=str.casefold)
    for dv in (dana, kec, desa):
        assert dv.type == "list" and dv.showErrorMessage and dv.errorStyle == "warning"

    nik = at("NIK")
    assert (nik.type, nik.operator, nik.formula1) == ("textLength", "equal", "16")
    assert "dd-mm-yyyy" in at("TANGGAL LAHIR").prompt


def test_template_daftar_lists_every_desa_of_the_kabupaten(templates: dict[str, Path]) -> None:
    rows = calamine_rows(templates["aparat_desa"], "Daftar")
    assert rows[0][5:8] == ["KODE WILAYAH", "DESA/KELURAHAN", "KECAMATAN"]
    table = [tuple(r[5:8]) for r in rows[1:] if r[5]]
    expected = [(d.kode, d.nama, REF.name(d.kode[:8])) for d in REF.desa_in(KABUPATEN)]
    assert table == expected
    assert len(table) == 290


def test_template_petunjuk_explains_in_indonesian(templates: dict[str, Path]) -> None:
    text = "\n".join(
        str(v) for row in calamine_rows(templates["pekerja_rentan"], "Petunjuk") for v in row if v
    )
    for needle in (
        "PEKERJA RENTAN",
        "Kabupaten Banjar",
        "satu orang satu baris",
        "16 angka",
        "dd-mm-yyyy",
        "Pasar Lama",  # a desa name found in two kecamatan
        "NAMA IBU KANDUNG",
        "Wajib",
    ):
        assert needle.casefold() in text.casefold(), needle
    # The example person lives in the kabupaten: the NIK starts with a kecamatan code of it.
    example_nik = re.search(r"\b(\d{16})\b", text)
    assert example_nik and example_nik.group(1).startswith("6303")


def test_template_rejects_unknown_kategori_and_kabupaten(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="Kategori"):
        write_template(tmp_path / "t.xlsx", "pensiunan", KABUPATEN, REF)
    with pytest.raises(UserError, match="kabupaten"):
        write_template(tmp_path / "t.xlsx", "aparat_desa", "99.99", REF)
    with pytest.raises(UserError, match="kabupaten"):
        write_template(tmp_path / "t.xlsx", "aparat_desa", "63.03.05", REF)
    with pytest.raises(UserError, match="tidak sah"):
        write_template(tmp_path / "t.xlsx", "aparat_desa", "Banjar", REF)
    assert list(tmp_path.iterdir()) == []


def test_template_without_a_ref_loads_the_shipped_one(tmp_path: Path) -> None:
    path = write_template(tmp_path / "t.xlsx", "aparat_desa", "6303")
    assert calamine_rows(path, "Data")[0][0] == "NIK"
