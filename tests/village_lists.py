"""Village lists as offices really send them, written by code with synthetic people.

Each ``Case`` is one file and what a careful clerk counts in it: people to add, rows to
refuse, and the rows that are not people at all (column numbers, repeated headers, totals,
family rows, the signature block). Layouts are modelled on real ones: government lists with a
column-number row and a signature block, per-desa workbooks, OpenSID's penduduk import
template, a SIAK (Dukcapil) export and the Dukcapil BIP/e-KTP book. The .xls files are BIFF8
written by hand and the .ods files zip + XML (tests/unit/hostile_files.py); no office program
is needed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import openpyxl

from jamsostek_desk.domain.peserta import PesertaData
from jamsostek_desk.domain.wilayah import WilayahRef, load_wilayah
from jamsostek_desk.services.synthetic import Generator

KABUPATEN = "63.03"
Row = list[object]


@dataclass
class Case:
    name: str
    kategori: str
    baru: int
    tolak: int
    not_data: int  # rows skipped as not data (blank rows are not counted)
    args: list[str] = field(default_factory=list)  # extra CLI options (--desa …)
    warned: int = 0  # accepted rows with a warning (at least)
    write: Callable[[Path], Path] | None = None


def _ref() -> WilayahRef:
    return load_wilayah()


def unique_desa(count: int) -> list[str]:
    """Desa codes of Kabupaten Banjar whose name is unique in the kabupaten (a title or a
    sheet name then names exactly one desa)."""
    ref = _ref()
    out = []
    for region in ref.desa_in(KABUPATEN):
        found = ref.find_desa(region.nama, KABUPATEN)
        if len(found) == 1 and len(region.nama) > 5 and region.nama.isascii():
            out.append(region.kode)
        if len(out) == count:
            break
    return out


def people(
    n: int, seed: int, desa: str | None = None, kategori: str = "pekerja_rentan"
) -> list[PesertaData]:
    g = Generator(KABUPATEN, seed=seed)
    out = []
    for _ in range(n):
        p = g.make()
        if desa:
            p.desa_kode = desa
        p.kategori = kategori
        out.append(p)
    return out


def _dmy(d: dt.date | None) -> str:
    return d.strftime("%d-%m-%Y") if d else ""


SIGNATURE = [
    [],
    [None, None, None, None, "Martapura, 5 Januari 2026"],
    [None, None, None, None, "Mengetahui,"],
    [None, None, None, None, "Kepala Dinas Tenaga Kerja"],
    [],
    [],
    [None, None, None, None, "(ttd)"],
    [None, None, None, None, "H. AHMAD FAUZI, S.Sos"],
    [None, None, None, None, "NIP. 19700101 199003 1 005"],
]
SIGNATURE_ROWS = 6  # the non-empty rows above


def _save(path: Path, sheets: dict[str, list[Row]], text_cols: tuple[int, ...] = ()) -> Path:
    """xlsx, xls (BIFF8) or ods by the suffix."""
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        wb = openpyxl.Workbook()
        wb.remove(wb.active)
        for name, rows in sheets.items():
            ws = wb.create_sheet(name)
            for r in rows:
                ws.append(r)
                for c in text_cols:
                    ws.cell(ws.max_row, c + 1).number_format = "@"
        wb.save(path)
    elif suffix == ".xls":
        import hostile_files as hf

        stream = hf.xls_bytes([(n, [list(r) for r in rows], 0) for n, rows in sheets.items()])
        path.write_bytes(hf.compound_file({"Workbook": stream}))
    elif suffix == ".ods":
        import hostile_files as hf

        tables = "".join(
            f'<table:table table:name="{hf._xml_escape(n)}">'
            + "".join(hf._ods_row(r) for r in rows)
            + "</table:table>"
            for n, rows in sheets.items()
        )
        content = (
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:'
            'office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
            ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
            f"<office:body><office:spreadsheet>{tables}</office:spreadsheet></office:body>"
            "</office:document-content>"
        )
        hf._ods_package(path, content)
    else:  # pragma: no cover - a typo in a case
        raise ValueError(suffix)
    return path


# --- government lists --------------------------------------------------------------------

GOV_HEADERS = ["NO", "NIK", "NAMA LENGKAP", "TEMPAT LAHIR", "TANGGAL LAHIR", "L/P",
               "KECAMATAN", "Kelurahan/Desa", "ALAMAT", "No. HP/WA", "PEKERJAAN"]  # fmt: skip


def _gov_row(i: int, p: PesertaData, ref: WilayahRef) -> Row:
    return [
        i, p.nik, p.nama.upper(), p.tempat_lahir, _dmy(p.tanggal_lahir),
        "L" if p.jenis_kelamin == "L" else "P", ref.name(p.desa_kode[:8]),
        ref.name(p.desa_kode), p.alamat, p.no_hp, p.pekerjaan or "Petani",
    ]  # fmt: skip


def government_list(path: Path, numbers: Callable[[int], object], pages: int = 1) -> Path:
    """Title, header, a column-number row, people, (per page: header and numbers again),
    a JUMLAH row and the signature block."""
    ref = _ref()
    ps = people(12, seed=101)
    rows: list[Row] = [["DAFTAR PEKERJA RENTAN PENERIMA BANTUAN IURAN"], ["TAHUN 2026"], []]
    per_page = len(ps) // pages
    for page in range(pages):
        rows.append(GOV_HEADERS)
        rows.append([numbers(c + 1) for c in range(len(GOV_HEADERS))])
        chunk = ps[page * per_page : (page + 1) * per_page]
        rows += [_gov_row(page * per_page + i + 1, p, ref) for i, p in enumerate(chunk)]
    rows.append([None, "JUMLAH", f"{len(ps)} orang"])
    rows += SIGNATURE
    return _save(path, {"Daftar": rows}, text_cols=(1,))


# --- per-desa workbook ---------------------------------------------------------------------


def per_desa_workbook(path: Path) -> Path:
    """One sheet per desa: one names the desa in its title, one only in the sheet name (no
    desa column in either), one has a "Desa / Kelurahan" column."""
    ref = _ref()
    a, b, c = unique_desa(3)
    headers = ["No.", "N I K", "Nama", "Tempat, Tgl Lahir", "JK", "Jabatan", "No. HP"]
    sheets: dict[str, list[Row]] = {}

    def rows_for(ps: list[PesertaData]) -> list[Row]:
        return [
            [i + 1, p.nik, p.nama, f"{p.tempat_lahir}, {_dmy(p.tanggal_lahir)}",
             p.jenis_kelamin, p.jabatan or "Kaur Umum", p.no_hp]
            for i, p in enumerate(ps)
        ]  # fmt: skip

    pa = people(5, seed=201, desa=a, kategori="aparat_desa")
    sheets["Lembar1"] = [
        [f"DATA APARAT DESA {ref.name(a).upper()} KECAMATAN {ref.name(a[:8]).upper()}"],
        [],
        headers,
        [f"({n + 1})" for n in range(len(headers))],
        *rows_for(pa),
        *SIGNATURE,
    ]
    pb = people(4, seed=202, desa=b, kategori="aparat_desa")
    sheets[ref.name(b) or "B"] = [["DATA APARAT DESA"], headers, *rows_for(pb)]
    pc = people(3, seed=203, desa=c, kategori="aparat_desa")
    with_desa = [*headers, "Desa / Kelurahan"]
    sheets["Lain"] = [
        ["DATA APARAT"],
        with_desa,
        *[[*r, ref.name(c)] for r in rows_for(pc)],
    ]
    return _save(path, sheets, text_cols=(1,))


# --- OpenSID ------------------------------------------------------------------------------

OPENSID_HEADERS = [
    "alamat", "dusun", "rw", "rt", "nama", "no_kk", "nik", "sex", "tempatlahir",
    "tanggallahir", "agama_id", "pendidikan_kk_id", "pendidikan_sedang_id", "pekerjaan_id",
    "status_kawin", "kk_level", "warganegara_id", "ayah_nik", "nama_ayah", "ibu_nik",
    "nama_ibu", "golongan_darah_id", "akta_lahir", "status_dasar",
]  # fmt: skip


def opensid(path: Path, dead: int = 1, moved: int = 1) -> Path:
    """OpenSID's penduduk import layout: codes for sex (1/2) and work (Dukcapil 1-89), RW
    "-", ISO dates as text, no desa column; status_dasar 2 (mati) and 3 (pindah)."""
    ps = people(8, seed=301)
    rows: list[Row] = [OPENSID_HEADERS]
    for i, p in enumerate(ps):
        status = 2 if i < dead else 3 if i < dead + moved else 1
        rows.append([
            "", "DUSUN " + "ABC"[i % 3], "-", f"{i % 5 + 1:03d}", p.nama.upper(),
            "6303" + "0" * 11 + str(i + 1), p.nik, "1" if p.jenis_kelamin == "L" else "2",
            p.tempat_lahir.upper(), p.tanggal_lahir.isoformat() if p.tanggal_lahir else "",
            "1", "4", "18", str(9 + i % 3), "2", "1", "1", "", "AYAH", "", p.nama_ibu.upper(),
            "13", "", str(status),
        ])  # fmt: skip
    return _save(path, {"Sheet1": rows}, text_cols=(6,))


# --- SIAK ---------------------------------------------------------------------------------

SIAK_HEADERS = [
    "Nomor KK", "NIK", "Nama Penduduk", "Status", "Tempat Lahir", "Tanggal Lahir", "Kelamin",
    "NIK Ayah", "Ayah", "NIK Ibu", "Ibu", "Status Kawin", "SHDK", "Agama", "Kecamatan",
    "Desa/Kel", "Alamat", "RW", "RT", "Pendidikan", "Pekerjaan", "Deskripsi Pekerjaan",
]  # fmt: skip


def siak(path: Path) -> Path:
    """A SIAK export: "Nama Penduduk", Status Hidup/Mati/Pindah, Kelamin spelled out,
    dates as date cells, parents' NIKs beside the person's."""
    ref = _ref()
    ps = people(9, seed=401)
    statuses = ["Hidup"] * 6 + ["Mati", "Pindah", "Hidup"]
    rows: list[Row] = [SIAK_HEADERS]
    for p, status in zip(ps, statuses, strict=True):
        rows.append([
            "6303" + "1" * 12, p.nik, p.nama.upper(), status, p.tempat_lahir.upper(),
            p.tanggal_lahir, "Laki-Laki" if p.jenis_kelamin == "L" else "Perempuan",
            "6303" + "2" * 12, "AYAH", "6303" + "3" * 12, p.nama_ibu.upper(), "Kawin",
            "Kepala Keluarga", "Islam", ref.name(p.desa_kode[:8]).upper(),
            ref.name(p.desa_kode).upper(), "DSN " + p.alamat.upper(), 2.0, 1.0,
            "SLTA/Sederajat", "Petani/Pekebun", "",
        ])  # fmt: skip
    return _save(path, {"Sheet1": rows})


# --- Dukcapil BIP / e-KTP -------------------------------------------------------------------

BIP_TOP = ["NO", "Nama Lengkap", "NIK", "Tempat dan Tanggal Lahir", "", "JK", "Stat Kwn",
           "SHDK", "Agama", "Pendidikan Terakhir", "Pekerjaan", "Nama  Ibu", "Nama Ayah",
           "Wjb KTP", "KTP-eL", "Status"]  # fmt: skip
BIP_SUB = ["", "", "", "Tempat Lahir", "Tgl/Bln/Th"] + [""] * 11


def bip(path: Path, families: int = 3, per_family: int = 3) -> Path:
    """The BIP/e-KTP book: a two-row header, the column numbers as -1 … -16, and before
    each family a "No. KK :" row and a row with its KK number and "DESA … RT/RW : …"."""
    ref = _ref()
    (desa,) = unique_desa(1)
    rows: list[Row] = [
        ["BUKU INDUK PENDUDUK WNI"],
        [],
        BIP_TOP,
        BIP_SUB,
        [-(n + 1) for n in range(len(BIP_TOP))],
    ]
    n = 0
    for f in range(families):
        ps = people(per_family, seed=500 + f)
        rows.append(["No. KK :", "", "Nama Kepala Keluarga :", "", "", "", "No. Blangko KK :",
                     "", "", "", "Alamat :"])  # fmt: skip
        rows.append([
            "6303" + str(f + 1) * 12, "", ps[0].nama.upper(), "", "", "", "", "", "", "",
            f"DESA {ref.name(desa).upper()} RT/RW : 00{f + 1}/002 DUSUN : -",
        ])  # fmt: skip
        for p in ps:
            n += 1
            rows.append([
                n, p.nama.upper(), p.nik + "\u00a0", p.tempat_lahir.upper(), p.tanggal_lahir,
                "Lk" if p.jenis_kelamin == "L" else "Pr", "K", "KEPALA KELUARGA", "ISLAM",
                "SLTP / SEDERAJAT", "PETANI / PEKEBUN", p.nama_ibu.upper(), "AYAH", "WAJIB",
                "KTP-eL", "SDH DPT",
            ])  # fmt: skip
    return _save(path, {"Table 1": rows})


BIP_2012_HEADERS = [
    "", "NO", "NIK", "NAMA", "JK", "TMPT LHR", "TGL LHR", "KTPEL", "AGAMA", "STATUS",
    "HUB. KEL", "PENDIDIKAN", "PEKERJAAN", "NAMA IBU", "NAMA AYAH",
]  # fmt: skip


def bip_2012(path: Path, families: int = 3) -> Path:
    """The older BIP book: the desa in the title block, then for each family a "NO.KK /
    NAMA.KK / ALAMAT" row, its values ("… RT:001, RW:002, Kodepos:…") and the member header
    again; STATUS is the marital status ("Cerai Mati" is not dead)."""
    ref = _ref()
    (desa,) = unique_desa(1)
    rows: list[Row] = [
        ["", "BUKU INDUK KEPENDUDUKAN KABUPATEN BANJAR"],
        [],
        ["KECAMATAN :", "", "", "", "", "", "", "", ref.name(desa[:8]).upper()],
        ["DESA :", "", "", "", "", "", "", "", ref.name(desa).upper()],
        [],
    ]
    n = 0
    for f in range(families):
        ps = people(2, seed=550 + f)
        rows.append(["", "NO.KK", "", "NAMA.KK", "", "", "ALAMAT"])
        rows.append(["", "6303" + str(f + 1) * 12, "", ps[0].nama.upper(), "", "",
                     f"DUSUN {f + 1}, RT:00{f + 1}, RW:002, Kodepos:70652,-"])  # fmt: skip
        rows.append(BIP_2012_HEADERS)
        for i, p in enumerate(ps):
            n += 1
            rows.append([
                "", i + 1, p.nik, p.nama.upper(), p.jenis_kelamin, p.tempat_lahir.upper(),
                p.tanggal_lahir, "NULL", "Islam", "Cerai Mati" if i else "Kawin",
                "Kepala Keluarga" if i == 0 else "Anak", "SLTP/Sederajat", "Petani/Pekebun",
                p.nama_ibu.upper(), "AYAH",
            ])  # fmt: skip
    return _save(path, {"Contoh BIP 2012": rows})


# --- values -------------------------------------------------------------------------------


def nik_numbers(path: Path) -> Path:
    """NIKs stored as numbers: those ending in 0 probably lost their 16th digit; the others
    hold all 16 (a list written by another program). L/P left empty for two people."""
    ref = _ref()
    ps = people(8, seed=601)
    rows: list[Row] = [["DAFTAR"], GOV_HEADERS]
    lost = 0
    for i, p in enumerate(ps):
        row = _gov_row(i + 1, p, ref)
        if i < 2:
            row[1] = float(p.nik[:15] + "0")
            lost += 1
        elif i < 5:
            if p.nik.endswith("0"):
                p.nik = p.nik[:15] + "7"
                row[1] = p.nik
            row[1] = float(p.nik)
        if i in (5, 6):
            row[5] = None
        rows.append(row)
    return _save(path, {"Daftar": rows})


def partial_update(path: Path, existing: list[PesertaData], unknown: PesertaData) -> Path:
    """NIK + NO HP, as offices send corrections: for people already registered, and one NIK
    that is not."""
    rows: list[Row] = [["PERBAIKAN NOMOR HP"], ["NO", "NIK", "NO HP"]]
    for i, p in enumerate(existing):
        rows.append([i + 1, p.nik, f"0812{7000000 + i:07d}"])
    rows.append([len(existing) + 1, unknown.nik, "081299990000"])
    return _save(path, {"Perbaikan": rows}, text_cols=(1, 2))


def corpus() -> list[Case]:
    """The files of the village-list corpus, with a careful clerk's counts."""
    numbers_rows = 1 + 1 + SIGNATURE_ROWS  # column numbers, JUMLAH, signature block
    return [
        Case("angka-kolom.xlsx", "pekerja_rentan", 12, 0, numbers_rows,
             write=lambda p: government_list(p, lambda n: n)),
        Case("angka-kurung.xlsx", "pekerja_rentan", 12, 0, numbers_rows,
             write=lambda p: government_list(p, lambda n: f"({n})")),
        Case("angka-titik-2-halaman.xlsx", "pekerja_rentan", 12, 0, numbers_rows + 2,
             write=lambda p: government_list(p, lambda n: f"{n}.", pages=2)),
        Case("angka-romawi.ods", "pekerja_rentan", 12, 0, numbers_rows,
             write=lambda p: government_list(p, _roman)),
        Case("angka-kolom-lama.xls", "pekerja_rentan", 12, 0, numbers_rows,
             write=lambda p: government_list(p, lambda n: n)),
        Case("per-desa.xlsx", "aparat_desa", 12, 0, 1 + SIGNATURE_ROWS,
             write=per_desa_workbook),
        Case("per-desa.ods", "aparat_desa", 12, 0, 1 + SIGNATURE_ROWS,
             write=per_desa_workbook),
        Case("opensid.xlsx", "pekerja_rentan", 7, 1, 0, args=["--desa", unique_desa(1)[0]],
             warned=1, write=opensid),
        Case("siak.xls", "pekerja_rentan", 8, 1, 0, warned=1, write=siak),
        Case("bip-ektp.ods", "pekerja_rentan", 9, 0, 1 + 3 * 2, write=bip),
        Case("nik-angka.xlsx", "pekerja_rentan", 6, 2, 0, warned=5, write=nik_numbers),
        # the first family's rows are above the header; each later family: 3 rows
        Case("bip-2012.xls", "pekerja_rentan", 6, 0, 2 * 3, write=bip_2012),
        Case("per-desa-lama.xls", "aparat_desa", 12, 0, 1 + SIGNATURE_ROWS,
             write=per_desa_workbook),
        Case("siak.ods", "pekerja_rentan", 8, 1, 0, warned=1, write=siak),
    ]  # fmt: skip


def _roman(n: int) -> str:
    out = ""
    for value, letters in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + letters, n - value
    return out
