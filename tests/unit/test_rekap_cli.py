"""The whole road through the command line, checked against the database file itself: targets
and a budget set, lists imported, people made active by BPJS's result list, `rekap --json`
compared with counts made here with plain SQL and the tariff arithmetic written out, and the
report rendered as PDF and as a workbook."""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from jamsostek_desk.cli import main
from jamsostek_desk.domain.wilayah import load_wilayah
from tests.unit.conftest import OPERATOR
from tests.xlsx_fixtures import LIST_HEADERS, people, person_cells, write_lists

YEAR = date.today().year
ON = date(YEAR, 9, 15)  # the rekap's date: three months left until December
UPAH = ("1.000.000", "1.500.000", "2.345.678", "")


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(list(args))
    return code, capsys.readouterr().out


def _bpu(upah: int | None, jht: bool) -> int:
    """BPU contribution written out: JKK 1 % and JHT 2 % of the declared income (at least
    Rp1.000.000), each rounded half up to whole rupiah, plus JKM Rp6.800."""
    base = max(upah or 0, 1_000_000)
    return (base * 100 + 5000) // 10000 + 6800 + ((base * 200 + 5000) // 10000 if jht else 0)


def test_targets_budget_import_bpjs_result_and_rekap(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ref = load_wilayah()
    db = str(tmp_path / "kantor.sqlite")
    base = ("--db", db)
    assert (
        main(
            [
                "setup",
                *base,
                "--kind",
                "disnakertrans",
                "--wilayah",
                "63.03",
                "--name",
                "Disnakertrans Kabupaten Banjar",
                "--operator",
                OPERATOR,  # the Admin the tests sign in as (tests/unit/conftest.py)
                "--kepala-nama",
                "Kepala Contoh",
                "--kepala-nip",
                "197001012000031001",
            ]
        )
        == 0
    )
    # targets with history, one for a kecamatan; the budget
    assert (
        main(
            [
                "target",
                "set",
                *base,
                "--tahun",
                str(YEAR),
                "--kategori",
                "pekerja_rentan",
                "--jumlah",
                "40",
                "--dasar",
                "Perbup 21/2025",
                "--berlaku",
                f"{YEAR}-01-02",
            ]
        )
        == 0
    )
    assert (
        main(
            [
                "target",
                "set",
                *base,
                "--tahun",
                str(YEAR),
                "--kategori",
                "pekerja_rentan",
                "--jumlah",
                "60",
                "--dasar",
                "APBD-P",
                "--berlaku",
                f"08-08-{YEAR}",
            ]
        )
        == 0
    )
    # the biggest kecamatan of the list gets its own target (chosen below)
    ps = people(40, seed=31)
    kec = Counter(p.desa_kode[:8] for p in ps).most_common(1)[0][0]
    assert (
        main(
            [
                "target",
                "set",
                *base,
                "--tahun",
                str(YEAR),
                "--kategori",
                "pekerja_rentan",
                "--jumlah",
                "8",
                "--wilayah",
                kec,
                "--berlaku",
                f"{YEAR}-01-02",
            ]
        )
        == 0
    )
    assert (
        main(
            [
                "anggaran",
                "set",
                *base,
                "--tahun",
                str(YEAR),
                "--sumber",
                "apbd_kabupaten",
                "--pagu",
                "Rp20.000.000",
                "--berlaku",
                f"{YEAR}-01-01",
            ]
        )
        == 0
    )
    capsys.readouterr()
    code, out = _run(capsys, "target", "list", *base, "--json")
    assert code == 0 and [t["jumlah"] for t in json.loads(out)] == [40, 60, 8]

    # a village list of 40 pekerja rentan with their declared income
    headers = [*LIST_HEADERS, "Pekerjaan", "Penghasilan"]
    rows = [
        [*person_cells(i + 1, p, ref), p.no_hp, "Petani", UPAH[i % 4]] for i, p in enumerate(ps)
    ]
    lst = write_lists(tmp_path / "desa.xlsx", {"Daftar": rows}, headers, lambda _s: "DAFTAR")
    assert main(["import", str(lst), *base, "--kategori", "pekerja_rentan"]) == 0

    # BPJS's result list makes 25 of them active from 1 March, two from 1 October (after the
    # rekap's date: not covered on it)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["No", "NIK", "Nama", "No KPJ", "Status", "Tgl Mulai"])
    for i, p in enumerate(ps[:27]):
        start = f"01-03-{YEAR}" if i < 25 else f"01-10-{YEAR}"
        ws.append([i + 1, p.nik, p.nama, f"{12345600000 + i:011d}", "AKTIF", start])
        ws.cell(ws.max_row, 2).number_format = "@"
    wb.save(tmp_path / "hasil.xlsx")
    assert main(["bpjs-import", str(tmp_path / "hasil.xlsx"), *base]) == 0
    capsys.readouterr()

    code, out = _run(
        capsys,
        "rekap",
        *base,
        "--tahun",
        str(YEAR),
        "--per",
        "kecamatan",
        "--tanggal",
        ON.isoformat(),
        "--json",
    )
    assert code == 0
    data = json.loads(out)

    # the same figures from the database file, without the application's code
    con = sqlite3.connect(db)
    covered = con.execute(
        "SELECT substr(desa_kode, 1, 8), upah, program_jht, mulai_kepesertaan FROM peserta "
        "WHERE deleted_at IS NULL AND status = 'aktif' AND (mulai_kepesertaan IS NULL OR "
        "mulai_kepesertaan <= ?) AND (akhir_kepesertaan IS NULL OR akhir_kepesertaan >= ?)",
        (ON.isoformat(), ON.isoformat()),
    ).fetchall()
    registered = dict(
        con.execute(
            "SELECT substr(desa_kode, 1, 8), count(*) FROM peserta WHERE deleted_at IS NULL "
            "GROUP BY 1"
        ).fetchall()
    )
    con.close()
    assert len(covered) == 25
    aktif = Counter(k for k, *_ in covered)
    iuran: Counter[str] = Counter()
    for k, upah, jht, _m in covered:
        iuran[k] += _bpu(upah, bool(jht))
    got = {b["kode"]: b for b in data["baris"]}
    assert set(got) == {r.kode for r in ref.children("63.03")}
    for kode, b in got.items():
        assert b["aktif"] == aktif.get(kode, 0), kode
        assert b["terdaftar"] == registered.get(kode, 0), kode
        assert b["iuran_bulanan"] == iuran.get(kode, 0), kode
    assert got[kec]["target"] == 8
    assert got[kec]["capaian_persen"] == round(aktif[kec] * 100 / 8, 1)
    total = data["total"]
    assert (total["target"], total["aktif"], total["terdaftar"]) == (60, 25, 40)
    assert total["capaian_persen"] == round(25 * 100 / 60, 1)
    assert total["iuran_bulanan"] == sum(iuran.values())

    # budget: March to September paid (7 months), October to December committed (3 months)
    a = data["anggaran"]
    bulanan = sum(iuran.values())
    terpakai = 7 * bulanan + 2 * 0  # the two October starters have paid nothing by September
    assert a["pagu"] == 20_000_000
    assert a["terpakai"] == terpakai
    assert a["komitmen_sampai_desember"] == 3 * bulanan
    assert a["sisa"] == 20_000_000 - terpakai - 3 * bulanan
    assert a["tambahan_peserta"] == a["sisa"] // (16_800 * 3)
    assert a["tambahan_peserta"] > 0

    # the report as PDF (A4 landscape) and as a workbook
    pdf, xlsx = tmp_path / "rekap.pdf", tmp_path / "rekap.xlsx"
    assert (
        main(["rekap", *base, "--tahun", str(YEAR), "--tanggal", ON.isoformat(), "--out", str(pdf)])
        == 0
    )
    reader = PdfReader(str(pdf))
    first = reader.pages[0]
    assert float(first.mediabox.width) > float(first.mediabox.height)  # landscape
    text = "\n".join(p.extract_text() for p in reader.pages)
    assert "REKAPITULASI KEPESERTAAN" in text and "DISNAKERTRANS KABUPATEN BANJAR" in text
    assert f"Halaman 1 dari {len(reader.pages)}" in text
    assert "JUMLAH" in text and "Kepala Contoh" in text and "NIP. 197001012000031001" in text
    assert ref.name(kec) in text
    assert (
        main(
            [
                "rekap",
                *base,
                "--tahun",
                str(YEAR),
                "--per",
                "desa",
                "--tanggal",
                ON.isoformat(),
                "--out",
                str(xlsx),
            ]
        )
        == 0
    )
    ws = openpyxl.load_workbook(xlsx).active
    head = next(r for r in range(1, 10) if ws.cell(r, 1).value == "No")
    assert ws.freeze_panes == f"A{head + 1}"
    last = ws.max_row
    assert ws.cell(last, 3).value == "JUMLAH" and ws.cell(last, 7).value == 25
    assert isinstance(ws.cell(head + 1, 5).value, int)  # numbers are numbers
    assert ws.cell(last, 10).value == sum(iuran.values())


def test_wrong_input_is_named_and_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "k.sqlite")
    base = ("--db", db)
    assert (
        main(
            [
                "setup",
                *base,
                "--kind",
                "dinas-pmd",
                "--wilayah",
                "63.03",
                "--name",
                "Dinas PMD Kabupaten Banjar",
                "--operator",
                OPERATOR,  # the Admin the tests sign in as (tests/unit/conftest.py)
            ]
        )
        == 0
    )
    capsys.readouterr()
    cases = [
        (
            ["target", "set", *base, "--tahun", "2026", "--kategori", "petani", "--jumlah", "5"],
            "--kategori",
        ),
        (
            [
                "target",
                "set",
                *base,
                "--tahun",
                "2026",
                "--kategori",
                "aparat_desa",
                "--jumlah",
                "-5",
                "--wilayah",
                "63.02.01",
            ],
            "di luar wilayah",
        ),
        (
            [
                "target",
                "set",
                *base,
                "--tahun",
                "2026",
                "--kategori",
                "aparat_desa",
                "--jumlah",
                "5",
                "--berlaku",
                "31-02-2026",
            ],
            "Februari 2026",
        ),
        (
            ["anggaran", "set", *base, "--tahun", "2026", "--sumber", "csr", "--pagu", "abc"],
            "bukan jumlah rupiah",
        ),
        (["rekap", *base, "--tahun", "2026", "--out", str(tmp_path / "r.txt")], ".xlsx atau .pdf"),
    ]
    for args, said in cases:
        try:
            code = main(args)
        except SystemExit as e:  # argparse refuses before any command runs
            code = int(e.code or 0)
        assert code == 1, args
        assert said in capsys.readouterr().err, args
    missing = tmp_path / "tidak-ada" / "r.pdf"
    assert main(["rekap", *base, "--tahun", "2026", "--out", str(missing)]) == 2
    assert "tidak ada" in capsys.readouterr().err or not missing.exists()
    assert not missing.parent.exists()
    con = sqlite3.connect(db)
    assert con.execute("SELECT count(*) FROM target").fetchone()[0] == 0
    assert con.execute("SELECT count(*) FROM anggaran").fetchone()[0] == 0
    con.close()
