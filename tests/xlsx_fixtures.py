"""Participant lists as the offices send them, written as .xlsx files for the import tests.

The pipeline tests (tests/unit) and the wizard tests (tests/ui) read the same kind of file: a
title, an empty row, the column headers, one row per (synthetic) person, and a signature
block under the list. One writer here keeps those files alike; the hostile and odd files of
the reader tests are made in tests/unit/hostile_files.py.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

import openpyxl

from jamsostek_desk.domain.peserta import PesertaData
from jamsostek_desk.domain.wilayah import WilayahRef
from jamsostek_desk.services.synthetic import Generator

KABUPATEN = "63.03"  # Kabupaten Banjar

# The columns every list has, as a village types them; the pipeline and wizard tests add the
# columns of their kategori (Pekerjaan/Penghasilan or Jabatan).
LIST_HEADERS = [
    "No",
    "NIK",
    "Nama Lengkap",
    "Tempat Lahir",
    "Tgl Lahir",
    "L/P",
    "Kecamatan",
    "Desa/Kel",
    "Alamat",
    "No HP",
]


def people(n: int, seed: int = 5) -> list[PesertaData]:
    """``n`` synthetic participants living in KABUPATEN; the same seed gives the same people."""
    g = Generator(KABUPATEN, seed=seed)
    return [g.make() for _ in range(n)]


def person_cells(i: int, p: PesertaData, ref: WilayahRef) -> list[object]:
    """Row ``i`` of a list up to the address (No .. Alamat), written the way villages do."""
    return [
        i,
        p.nik,
        p.nama.upper(),
        p.tempat_lahir,
        p.tanggal_lahir.strftime("%d-%m-%Y"),
        "LK" if p.jenis_kelamin == "L" else "PR",
        ref.name(p.desa_kode.rsplit(".", 1)[0]),
        "Ds. " + (ref.name(p.desa_kode) or ""),
        p.alamat,
    ]


def short_row(p: PesertaData, ref: WilayahRef, work: str) -> list[object]:
    """NIK, name, birth date, sex, desa and jabatan/pekerjaan: the least a list can hold."""
    return [
        p.nik,
        p.nama,
        p.tanggal_lahir.strftime("%d-%m-%Y"),
        p.jenis_kelamin,
        ref.name(p.desa_kode),
        work,
    ]


def write_lists(
    path: Path,
    sheets: dict[str, list[list[object]]],
    headers: list[str],
    title: Callable[[str], str],
    *,
    footer: bool = True,
    hidden: tuple[str, ...] = (),
) -> Path:
    """One list per sheet: ``title(sheet)``, an empty row, ``headers``, the rows (the NIK
    column formatted as text) and, with ``footer``, the signature block a village adds."""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        ws.append([title(name)])
        ws.append([])
        ws.append(headers)
        for r in rows:
            ws.append(r)
            ws.cell(ws.max_row, 2).number_format = "@"
        if footer:
            ws.append([])
            ws.append([None, None, "Mengetahui,"])
            ws.append([None, None, "Kepala Desa"])
        if name in hidden:
            ws.sheet_state = "hidden"
    wb.save(path)
    return path


def write_sheet(path: Path, rows: Iterable[list[object]], title: str | None = None) -> Path:
    """The rows as they are, from A1, in the only sheet (named ``title`` when given)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    if title is not None:
        ws.title = title
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path
