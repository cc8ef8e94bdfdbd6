"""The spreadsheet reader against a corpus of good, awkward and hostile files (hostile_files.py).

Good files must give the right values; bad ones must raise ReadError with an Indonesian message
naming the file; nothing else may ever come out of the reader.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import random
import subprocess
import sys
import textwrap
import tracemalloc
import zipfile
from collections.abc import Callable
from pathlib import Path

import hostile_files as hf
import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jamsostek_desk.services.importer.reader import (
    ReadError,
    SheetInfo,
    Workbook,
    open_workbook,
)

ALLOWED = (str, int, float, bool, dt.date, dt.datetime, type(None))


def read_all(wb: Workbook) -> dict[str, list[list[object]]]:
    return {s.name: list(wb.rows(s.name)) for s in wb.sheets}


def read_file(path: Path, **limits: int) -> tuple[Workbook, dict[str, list[list[object]]]]:
    wb = open_workbook(path, **limits)
    try:
        return wb, read_all(wb)
    finally:
        wb.close()


def refused(path: Path, **limits: int) -> str:
    """The ReadError message for a file that must not be read (at open or while reading)."""
    with pytest.raises(ReadError) as caught:
        read_file(path, **limits)
    message = str(caught.value)
    assert path.name in message, message
    return message


def trimmed(row: list[object]) -> list[object]:
    out = list(row)
    while out and out[-1] is None:
        out.pop()
    return out


# --------------------------------------------------------------------------------------------
# Good files: the right values


def test_xlsx_values_types_and_absolute_rows(tmp_path: Path) -> None:
    wb, data = read_file(hf.good_xlsx(tmp_path))
    assert wb.format == "xlsx"
    assert wb.sheets == [SheetInfo("Sukamaju", True, 6)]
    assert wb.notes == []
    rows = data["Sukamaju"]
    assert rows[0][0] == "DAFTAR PEKERJA RENTAN DESA SUKAMAJU"
    assert trimmed(rows[1]) == []  # the blank row keeps its place: index 1 is Excel row 2
    assert rows[2] == ["NO", "NIK", "NAMA LENGKAP", "TGL LAHIR", "L/P", "DESA"]
    assert rows[3] == [1, "6303011201800001", "Ahmad Fauzi", dt.date(1980, 1, 12), "L", "Sukamaju"]
    assert rows[5][2] == "José Rizal"
    assert rows[0][1] is None  # empty cells are None, not ""
    for row in rows:
        assert all(isinstance(v, ALLOWED) for v in row)


def test_data_starting_at_c3_keeps_excel_coordinates(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws["C3"], ws["D3"], ws["D5"] = "NIK", "NAMA", "Budi"
    ws["C4"] = dt.time(7, 30)  # a time-formatted cell: turned into text, not a time object
    path = tmp_path / "geser.xlsx"
    wb.save(path)
    book, data = read_file(path)
    rows = data[book.sheets[0].name]
    assert len(rows) == 5 == book.sheets[0].rows
    assert trimmed(rows[0]) == trimmed(rows[1]) == []
    assert rows[2] == [None, None, "NIK", "NAMA"]
    assert rows[3][2] == "07:30:00"
    assert rows[4] == [None, None, None, "Budi"]


def test_rows_is_a_generator_that_can_be_resumed(tmp_path: Path) -> None:
    """The pipeline reads the first rows to find the header, then continues the same iterator."""
    with open_workbook(hf.good_xlsx(tmp_path)) as wb:
        rows = wb.rows("Sukamaju")
        first = [next(rows), next(rows), next(rows)]
        rest = list(rows)
    assert first[2][1] == "NIK"
    assert [r[1] for r in rest] == ["6303011201800001", "6303015506850002", "6303010101900003"]


def test_xlsx_with_an_xls_name_is_read_by_its_content(tmp_path: Path) -> None:
    wb, data = read_file(hf.xlsx_named_xls(tmp_path))
    assert wb.format == "xlsx"
    assert data["Sukamaju"][3][2] == "Ahmad Fauzi"
    assert any(".xls" in n and "XLSX" in n for n in wb.notes)


def test_csv_with_an_xlsx_name_is_read_as_csv_and_says_so(tmp_path: Path) -> None:
    path = tmp_path / "daftar.xlsx"
    path.write_text("NIK;NAMA\n3201010101800001;Ahmad Fauzi\n", encoding="utf-8")
    wb, data = read_file(path)
    assert wb.format == "csv"
    assert data[wb.sheets[0].name][1][1] == "Ahmad Fauzi"
    assert "bernama .xlsx tetapi isinya teks (CSV)" in wb.notes[0]


def test_formulas_give_their_cached_values_and_a_note(tmp_path: Path) -> None:
    wb, data = read_file(hf.formulas_xlsx(tmp_path))
    rows = data["Data"]
    assert rows[0] == ["ANGKA", "DUA KALI", "NAMA"]
    assert rows[1] == [21, 42, "BUDI"]  # =A2*2 and =UPPER("budi") as Excel saved them
    assert rows[2] == [5, None, True]  # a formula never calculated is empty, not evaluated
    assert any("rumus" in n and "tersimpan" in n for n in wb.notes)


def test_merged_cells_are_exposed_not_filled(tmp_path: Path) -> None:
    wb = open_workbook(hf.merged_cells_xlsx(tmp_path))
    with wb:
        assert sorted(wb.merged_ranges("Data")) == [(0, 0, 0, 3), (2, 3, 3, 3)]
        rows = list(wb.rows("Data"))
    assert rows[0] == ["DAFTAR APARAT DESA", None, None, None]
    assert rows[3][3] is None  # the reader does not copy merged values: the caller decides


def test_hidden_rows_and_sheets(tmp_path: Path) -> None:
    with open_workbook(hf.hidden_rows_and_sheet_xlsx(tmp_path)) as wb:
        data = read_all(wb)
        assert wb.hidden_rows("Data") == {2, 4}  # Excel rows 3 and 5
        assert wb.hidden_rows("Rahasia") == set()
    assert [(s.name, s.visible) for s in wb.sheets] == [
        ("Data", True),
        ("Rahasia", False),
        ("Sangat Rahasia", False),
    ]
    assert [r[0] for r in data["Data"]] == [f"baris {i}" for i in range(1, 7)]  # still read
    assert data["Rahasia"] == [["tersembunyi"]]
    notes = " ".join(wb.notes)
    assert "Lembar 'Data' berisi 2 baris tersembunyi" in notes
    assert "Lembar 'Rahasia' tersembunyi" in notes
    assert "Lembar 'Sangat Rahasia' tersembunyi" in notes


def test_namespace_prefixed_xlsx(tmp_path: Path) -> None:
    wb = open_workbook(hf.prefixed_xlsx(tmp_path))
    with wb:
        assert list(wb.rows("Data")) == [["NIK", "NAMA"], ["6303011201800001", "Ahmad"]]
        assert wb.hidden_rows("Data") == {1}


def test_xls_biff8(tmp_path: Path) -> None:
    with open_workbook(hf.xls(tmp_path)) as wb:
        data = read_all(wb)
        assert wb.merged_ranges("Aparat") == [(0, 0, 0, 4)]
        assert wb.hidden_rows("Aparat") == {4}  # a ROW record with fDyZero
    assert wb.format == "xls"
    assert [(s.name, s.visible, s.rows) for s in wb.sheets] == [
        ("Aparat", True, 5),
        ("Catatan", False, 1),
    ]
    rows = data["Aparat"]
    assert rows[2][:5] == ["NIK", "NAMA", "TGL LAHIR", "UMUR", "AKTIF"]
    assert rows[3] == ["6303011201800001", "José Rizal", dt.date(1980, 1, 12), 44, True, 3]
    assert rows[4] == ["6303015506850002", "Siti Aminah", dt.date(1985, 6, 15), 39.5, False, "TIGA"]
    assert data["Catatan"] == [["rahasia"]]
    assert any("rumus" in n for n in wb.notes)
    assert any("Catatan" in n and "tersembunyi" in n for n in wb.notes)
    assert "Lembar 'Aparat' berisi 1 baris tersembunyi" in " ".join(wb.notes)


def test_ods(tmp_path: Path) -> None:
    with open_workbook(hf.ods(tmp_path)) as wb:
        data = read_all(wb)
        assert wb.hidden_rows("Desa Sukamaju") == {2}  # table:visibility="collapse"
        assert wb.merged_ranges("Desa Sukamaju") == []
    assert wb.format == "ods"
    assert wb.sheets == [SheetInfo("Desa Sukamaju", True, 3), SheetInfo("Kosong", True, 0)]
    assert data["Desa Sukamaju"] == [
        ["NIK", "NAMA", "TGL LAHIR", "UMUR"],
        ["6303011201800001", "José Rizal", dt.date(1980, 1, 12), 44],
        ["6303015506850002", "Siti Aminah", dt.date(1985, 6, 15), 39.5],
    ]
    assert data["Kosong"] == []  # an empty sheet: no rows, and no crash in the engine
    assert "Lembar 'Desa Sukamaju' berisi 1 baris tersembunyi" in " ".join(wb.notes)


def test_csv_semicolon_windows_1252(tmp_path: Path) -> None:
    wb, data = read_file(hf.csv_semicolon_cp1252(tmp_path))
    assert wb.format == "csv"
    assert wb.sheets == [SheetInfo("daftar_titik_koma", True, 3)]
    rows = data["daftar_titik_koma"]
    assert rows[0] == ["NIK", "NAMA LENGKAP", "TGL LAHIR", "ALAMAT", "UPAH"]
    assert rows[1] == [
        "6303011201800001",
        "José Rizal",
        "12-01-1980",
        "Jl. Melati, No. 5",
        "1.500.000,50",
    ]
    assert any("Windows-1252" in n for n in wb.notes)
    assert any("titik koma" in n for n in wb.notes)


def test_csv_utf8_with_bom_quotes_and_empty_cells(tmp_path: Path) -> None:
    wb, data = read_file(hf.csv_utf8_bom(tmp_path))
    rows = data["daftar_utf8"]
    assert rows == [
        ["NIK", "NAMA LENGKAP", "ALAMAT"],  # no BOM glued to "NIK"
        ["6303011201800001", "Ñoño Ŝaputra", "Jl. Mawar, No. 1"],
        ["6303015506850002", "Siti Aminah", "RT 01\nRW 02"],
        ["6303010101900003", None, None],
    ]
    assert wb.sheets[0].rows >= len(rows)  # counted by line breaks: never an under-count
    assert wb.notes == []


def test_csv_utf16_tab_separated(tmp_path: Path) -> None:
    _, data = read_file(hf.csv_utf16(tmp_path))
    assert data["unicode"] == [["NIK", "NAMA"], ["6303011201800001", "José"]]


def test_csv_excel_sep_line(tmp_path: Path) -> None:
    wb, data = read_file(hf.csv_sep_line(tmp_path))
    assert data["sep"] == [["NIK", "NAMA, GELAR"], ["6303011201800001", "Budi, S.Pd"]]
    assert wb.sheets[0].rows == 2


def test_html_saved_as_xls(tmp_path: Path) -> None:
    wb, data = read_file(hf.html_as_xls(tmp_path))
    assert wb.format == "html"
    assert [s.name for s in wb.sheets] == ["Tabel 1", "Tabel 2"]
    assert data["Tabel 1"] == [
        ["NIK", "NAMA", "ALAMAT"],  # colspan ignored
        ["6303011201800001", "José & Ani", "RT 01", "Desa Sukamaju"],
        ["6303015506850002", "Siti Aminah", None, "Desa Sukamaju"],
    ]
    assert data["Tabel 2"] == [["Kepala Desa"]]
    assert any("HTML" in n for n in wb.notes)


def test_html_entities_from_a_dtd_are_not_expanded(tmp_path: Path) -> None:
    _, data = read_file(hf.html_entity_bomb(tmp_path))
    assert data["Tabel 1"] == [["&lol9;", "ok"]]


def test_html_nested_table_keeps_the_outer_row(tmp_path: Path) -> None:
    path = tmp_path / "bersarang.xls"
    path.write_text(
        "<html><table><tr><td>a</td><td><table><tr><td>x</td></tr></table></td><td>b</td></tr>"
        "<tr><td>c<td>d</table></html>",
        encoding="utf-8",
    )
    _, data = read_file(path)
    assert data["Tabel 1"] == [["a", None, "b"], ["c", "d"]]
    assert data["Tabel 2"] == [["x"]]


@pytest.mark.slow
def test_large_csv_is_streamed(tmp_path: Path) -> None:
    path = tmp_path / "besar.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        f.write("NIK;NAMA;ALAMAT\n")
        for i in range(100_000):
            f.write(f"63030112{i:08d};Orang ke-{i};Jl. Panjang No. {i}\n")
    wb = open_workbook(path)
    tracemalloc.start()
    try:
        count = 0
        for row in wb.rows(wb.sheets[0].name):
            count += 1
            last = row
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
        wb.close()
    assert count == 100_001 == wb.sheets[0].rows
    assert last == ["6303011200099999", "Orang ke-99999", "Jl. Panjang No. 99999"]
    assert peak < 8 * 1024 * 1024, peak  # all rows at once would take ~25 MB


# --------------------------------------------------------------------------------------------
# Bad files: ReadError in Indonesian, naming the file


@pytest.mark.parametrize(
    ("make", "kind"),
    [
        (hf.not_a_spreadsheet, "dokumen PDF"),
        (hf.png, "gambar PNG"),
        (hf.exe, "program Windows"),
        (hf.random_bytes, "data biner"),
        (hf.docx, "dokumen Word"),
        (hf.word_97, "dokumen Word 97-2003"),
    ],
)
def test_not_a_spreadsheet(tmp_path: Path, make: Callable[[Path], Path], kind: str) -> None:
    message = refused(make(tmp_path))
    assert "bukan file Excel/ODS/CSV" in message
    assert kind in message


def test_empty_file(tmp_path: Path) -> None:
    assert "kosong" in refused(hf.empty(tmp_path))


@pytest.mark.parametrize("make", [hf.truncated_xlsx, hf.corrupt_zip])
def test_truncated_or_corrupt(tmp_path: Path, make: Callable[[Path], Path]) -> None:
    message = refused(make(tmp_path))
    assert "rusak atau tidak lengkap" in message


@pytest.mark.parametrize("make", [hf.password_protected_xlsx, hf.encrypted_xls])
def test_password_protected(tmp_path: Path, make: Callable[[Path], Path]) -> None:
    assert "dilindungi kata sandi" in refused(make(tmp_path))


def test_password_protected_with_an_unreadable_directory(tmp_path: Path) -> None:
    path = hf.password_protected_xlsx(tmp_path)
    data = bytearray(path.read_bytes())
    data[48:52] = (10_000).to_bytes(4, "little")  # the directory starts past the end of file
    path.write_bytes(bytes(data))
    assert "dilindungi kata sandi" in refused(path)


@pytest.mark.parametrize("megabytes", [pytest.param(600, marks=pytest.mark.slow), 60])
def test_zip_bomb(tmp_path: Path, megabytes: int) -> None:
    """600 MB: over the 500 MB total; 60 MB of zeros: a compression ratio far above 200."""
    message = refused(hf.zip_bomb_xlsx(tmp_path, megabytes))
    assert "ukuran setelah dibuka terlalu besar" in message
    assert "berbahaya" in message


def test_entity_bomb(tmp_path: Path) -> None:
    message = refused(hf.entity_bomb_xlsx(tmp_path))
    assert "DTD" in message
    assert "xl/worksheets/sheet1.xml" in message


def test_dtd_in_any_xml_part_is_refused(tmp_path: Path) -> None:
    src = hf.good_xlsx(tmp_path)
    path = tmp_path / "dtd_styles.xlsx"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(path, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "xl/styles.xml":
                head, _, body = data.rpartition(b"?>")
                data = head + b"?>" * bool(head) + b'<!DOCTYPE x [<!ENTITY a "b">]>' + body
            zout.writestr(info.filename, data)
    assert "xl/styles.xml" in refused(path)


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_too_many_rows(tmp_path: Path, fmt: str) -> None:
    path = hf.too_many_rows(tmp_path, rows=1001, fmt=fmt)
    message = refused(path, max_rows=1000)
    assert "1.001 baris" in message
    assert "batas 1.000 baris" in message
    assert "Lembar '" in message
    _, data = read_file(path, max_rows=1001)
    assert len(next(iter(data.values()))) == 1001


def test_row_limit_counts_csv_records_not_line_breaks(tmp_path: Path) -> None:
    """A quoted line break makes five lines of four records: the limit applies to records."""
    path = hf.csv_utf8_bom(tmp_path)
    read_file(path, max_rows=4)
    assert "4 baris" in refused(path, max_rows=3)


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_enormous_cell(tmp_path: Path, fmt: str) -> None:
    message = refused(hf.enormous_cell(tmp_path, fmt=fmt))
    assert "baris 3" in message
    assert "kolom C" in message
    assert "40.000 karakter" in message
    assert "32.767" in message


def test_enormous_cell_in_html(tmp_path: Path) -> None:
    path = tmp_path / "besar.html"
    path.write_text(f"<table><tr><td>a</td><td>{'x' * 50}</td></tr></table>", encoding="utf-8")
    message = refused(path, max_cell_chars=40)
    assert "kolom B" in message
    assert "Tabel 1" in message


def test_enormous_cell_limit_is_a_parameter(tmp_path: Path) -> None:
    path = hf.good_xlsx(tmp_path)
    message = refused(path, max_cell_chars=30)
    assert "sel A1" in message  # "DAFTAR PEKERJA RENTAN DESA SUKAMAJU" is 35 characters
    assert "lembar 'Sukamaju'" in message


@pytest.mark.parametrize(
    "make",
    [hf.xml_spreadsheet_2003],
)
def test_unsupported_formats(tmp_path: Path, make: Callable[[Path], Path]) -> None:
    assert "belum didukung" in refused(make(tmp_path))


def test_html_without_a_table(tmp_path: Path) -> None:
    path = tmp_path / "kosong.xls"
    path.write_text("<html><body><p>Maaf, data tidak ditemukan</p></body></html>")
    assert "tidak berisi tabel" in refused(path)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    assert "tidak ditemukan" in refused(tmp_path / "tidak_ada.xlsx")
    folder = tmp_path / "folder.xlsx"
    folder.mkdir()
    assert "folder" in refused(folder)


def test_unknown_sheet_and_closed_workbook(tmp_path: Path) -> None:
    path = hf.good_xlsx(tmp_path)
    wb = open_workbook(path)
    with pytest.raises(ReadError, match="Lembar 'Tidak Ada' tidak ada di file 'desa_sukamaju"):
        wb.rows("Tidak Ada")
    wb.close()
    wb.close()  # closing twice is harmless
    with pytest.raises(ReadError, match="sudah ditutup"):
        wb.rows("Sukamaju")


# --------------------------------------------------------------------------------------------
# Grid bombs: a few cells far apart make calamine allocate billions of cells, and a failed
# allocation in Rust aborts the process. Each runs in a child process with a memory cap, so a
# regression fails this test instead of killing the test run.

CHILD = textwrap.dedent(
    """
    import resource, sys
    from pathlib import Path
    try:
        resource.setrlimit(resource.RLIMIT_AS, (3 << 30, 3 << 30))
    except (ValueError, OSError):
        pass
    from jamsostek_desk.services.importer.reader import ReadError, open_workbook
    try:
        wb = open_workbook(Path(sys.argv[1]))
        for s in wb.sheets:
            for _ in wb.rows(s.name):
                pass
        print("READ")
    except ReadError as e:
        print("READERROR", e)
    """
)


def run_isolated(path: Path) -> str:
    """Open and read ``path`` in a child process; its output ("READ" or "READERROR ...")."""
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(path)],
        capture_output=True,
        text=True,
        timeout=60,  # a hang fails the test instead of the test run
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


@pytest.mark.skipif(os.name != "posix", reason="memory cap needs the resource module")
@pytest.mark.parametrize(
    ("make", "sheet"),
    [
        (hf.sparse_range_bomb_xlsx, "Data"),
        (hf.refless_range_bomb_xlsx, "Data"),
        (hf.xls_range_bomb, "Data"),
        (hf.xls_dimensions_bomb, "Data"),
        (hf.ods_repeat_bomb, "Data"),
    ],
)
def test_grid_bombs_are_refused_before_the_engine_sees_them(
    tmp_path: Path, make: Callable[[Path], Path], sheet: str
) -> None:
    path = make(tmp_path)
    out = run_isolated(path)
    assert out.startswith("READERROR"), out
    assert path.name in out
    assert f"Lembar '{sheet}'" in out
    assert "terlalu besar" in out


@pytest.mark.skipif(os.name != "posix", reason="memory cap needs the resource module")
@pytest.mark.parametrize(
    "make",
    [
        hf.shared_strings_bomb_xlsx,  # calamine would reserve 4 billion strings and abort
        hf.ole_chain_loop,  # calamine would follow the loop until memory runs out
        hf.ods_unclosed_table,  # calamine would spin for ever
        hf.xls_sst_bomb,  # older calamine versions reserve the 2 billion strings it claims
        hf.ods_and_xlsx,  # which reader calamine would pick is not left to chance
    ],
)
def test_engine_crashes_and_hangs_are_refused_first(
    tmp_path: Path, make: Callable[[Path], Path]
) -> None:
    path = make(tmp_path)
    out = run_isolated(path)
    assert out.startswith("READERROR"), out
    assert path.name in out
    assert "rusak" in out


@pytest.mark.parametrize(
    "ref",
    ["A300000", "a2", "zz1", "A0299999", "XFD1"],
)
def test_unusual_references_are_measured_exactly(tmp_path: Path, ref: str) -> None:
    """Lowercase letters, leading zeros and out-of-order rows are what calamine accepts too."""
    rows = (
        f'<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="{ref}"><v>2</v></c></row>'
        '<row r="3"><c r="B3"><v>3</v></c></row>'
    )
    path = hf.write_xlsx(tmp_path / "ref.xlsx", [("Data", hf.sheet_xml(rows), "visible")])
    wb = open_workbook(path, max_rows=2_000_000)
    with wb:
        rows_read = list(wb.rows("Data"))
    assert rows_read[0][0] == 1
    assert any(2 in r for r in rows_read)


@pytest.mark.parametrize(
    "cell",
    [
        '<c r="B1"\tr="XFD1048576"><v>2</v></c>',  # a duplicate r after a tab: calamine takes it
        "<c r='XFD1048576'><v>2</v></c>",
        '<c r = "XFD1048576"><v>2</v></c>',
        '<c s="0" r="XFD1048576"><v>2</v></c>',
        "<c><v>2</v></c>" * 20_000,
    ],
)
def test_oddly_written_references_cannot_slip_past(tmp_path: Path, cell: str) -> None:
    rows = f'<row r="1"><c r="A1"><v>1</v></c></row><row r="1048576">{cell}</row>'
    path = hf.write_xlsx(tmp_path / "aneh.xlsx", [("Data", hf.sheet_xml(rows), "visible")])
    assert "terlalu besar" in refused(path)


# --------------------------------------------------------------------------------------------
# Nothing but ReadError, whatever the bytes


def _mutations(data: bytes, seed: int) -> bytes:
    rng = random.Random(seed)
    out = bytearray(data)
    how = seed % 4
    if how == 0:
        return bytes(out[: rng.randrange(len(out))])
    if how == 1:
        for _ in range(rng.randrange(1, 20)):
            out[rng.randrange(len(out))] = rng.randrange(256)
        return bytes(out)
    if how == 2:
        start = rng.randrange(len(out))
        del out[start : start + rng.randrange(1, 500)]
        return bytes(out)
    start = rng.randrange(len(out))
    return bytes(out[:start] + rng.randbytes(rng.randrange(1, 200)) + out[start:])


@pytest.fixture(scope="module")
def seeds(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    base = tmp_path_factory.mktemp("seeds")
    return {
        "xlsx": hf.good_xlsx(base).read_bytes(),
        "xls": hf.xls(base).read_bytes(),
        "ods": hf.ods(base).read_bytes(),
        "csv": hf.csv_semicolon_cp1252(base).read_bytes(),
        "html": hf.html_as_xls(base).read_bytes(),
    }


@settings(
    max_examples=150,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(kind=st.sampled_from(["xlsx", "xls", "ods", "csv", "html"]), seed=st.integers(0, 10**6))
def test_damaged_files_only_ever_raise_read_error(
    tmp_path: Path, seeds: dict[str, bytes], kind: str, seed: int
) -> None:
    path = tmp_path / f"rusak_{seed}.{kind}"
    path.write_bytes(_mutations(seeds[kind], seed))
    try:
        _, data = read_file(path)
    except ReadError as e:
        assert path.name in str(e)
        return
    for rows in data.values():
        for row in rows:
            assert all(isinstance(v, ALLOWED) for v in row)


cell_text = st.text(
    # No other delimiter inside cells (that would make the file ambiguous), no "<" (a file
    # starting with "<html" is HTML) and no "=" (a first line "sep=;" is Excel's hint line).
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters=";,\t|\ufeff<="),
    max_size=12,
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    rows=st.integers(2, 6).flatmap(
        lambda n: st.lists(st.lists(cell_text, min_size=n, max_size=n), min_size=1, max_size=8)
    ),
    delimiter=st.sampled_from([";", ","]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252"]),
)
def test_csv_round_trip(
    tmp_path: Path, rows: list[list[str]], delimiter: str, encoding: str
) -> None:
    if encoding == "cp1252":
        rows = [[c.encode("cp1252", "ignore").decode("cp1252") for c in r] for r in rows]
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    raw = buffer.getvalue().encode(encoding)
    if encoding == "cp1252" and not raw.isascii():
        try:
            raw.decode("utf-8")
            return  # these bytes are valid UTF-8 too, and UTF-8 is rightly preferred
        except UnicodeDecodeError:
            pass
    path = tmp_path / "acak.csv"
    path.write_bytes(raw)
    try:
        _, data = read_file(path)
    except ReadError as e:
        assert "bukan file" in str(e) or "kosong" in str(e)  # e.g. control characters only
        return
    expected = [[c or None for c in r] for r in rows]
    assert data["acak"] == expected
