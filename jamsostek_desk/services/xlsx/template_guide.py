"""The "Petunjuk" sheet of the import template: how to fill the list, per column, with an
example person from the office's own kabupaten.
"""

from __future__ import annotations

from openpyxl.styles import Alignment
from openpyxl.worksheet.worksheet import Worksheet

from jamsostek_desk.domain.codes import JABATAN_APARAT, KATEGORI, PEKERJAAN_RENTAN, SUMBER_DANA
from jamsostek_desk.domain.columns import BY_FIELD
from jamsostek_desk.domain.wilayah import Region, WilayahRef
from jamsostek_desk.services.xlsx.cells import write_cell
from jamsostek_desk.services.xlsx.style import GRID, REQUIRED_FILL, font
from jamsostek_desk.services.xlsx.template_columns import _HELP, _required


def _fill_petunjuk(
    ws: Worksheet,
    kategori: str,
    kabupaten: Region,
    fields_: list[str],
    desa: list[Region],
    ref: WilayahRef,
) -> None:
    provinsi = ref.name(kabupaten.kode[:2]) or ""
    place = f"{kabupaten.nama}, {provinsi}" if provinsi else kabupaten.nama
    label = KATEGORI[kategori]
    lines = [
        f"PETUNJUK PENGISIAN DAFTAR {label.upper()}",
        f"Wilayah: {place} (kode {kabupaten.kode})",
        "",
        '1. Isi data di lembar "Data": satu orang satu baris, mulai baris 2.',
        "2. Jangan mengubah, menghapus atau memindahkan baris judul (baris 1) dan jangan "
        'menambah baris judul, nomor urut atau tanda tangan di lembar "Data".',
        "3. NIK diketik 16 angka tanpa titik atau spasi. Kolom NIK, NO HP, RT, RW dan NOMOR KPJ "
        "sudah berformat Teks supaya angka tetap utuh. Jika menempel (paste) dari berkas lain, "
        "gunakan Tempel Khusus > Nilai saja; NIK yang tersimpan sebagai angka kehilangan angka "
        "ke-16 dan akan ditolak.",
        "4. Tanggal lahir ditulis tanggal-bulan-tahun (dd-mm-yyyy), contoh 12-01-1980.",
        f"5. Kecamatan dan desa/kelurahan dipilih dari daftar ({kabupaten.nama} saja).",
        "6. Judul kolom berwarna hijau tua wajib diisi; yang hijau muda boleh kosong.",
        "7. Simpan tetap sebagai berkas Excel (.xlsx) lalu serahkan ke Dinas.",
    ]
    same = _repeated_names(desa)
    if same:
        lines.insert(
            next(i for i, t in enumerate(lines) if t.startswith("5.")) + 1,
            "   Nama desa berikut ada di lebih dari satu kecamatan, jadi kolom KECAMATAN wajib "
            f"diisi untuknya: {', '.join(same)}.",
        )
    for row, text in enumerate(lines, 1):
        cell = write_cell(ws, row, 1, text)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=4)
    ws["A1"].font = font(bold=True, size=14)
    ws["A2"].font = font(bold=True)
    for row in range(4, len(lines) + 1):
        ws.row_dimensions[row].height = 15 * (1 + len(lines[row - 1]) // 140)

    row = len(lines) + 2
    for col, title in enumerate(("KOLOM", "WAJIB", "KETERANGAN", "CONTOH"), 1):
        cell = write_cell(ws, row, col, title)
        cell.font = font(bold=True, color="FFFFFFFF")
        cell.fill = REQUIRED_FILL
        cell.border = GRID
    example = _example(kategori, desa, ref)
    for name in fields_:
        row += 1
        values = (
            BY_FIELD[name].header,
            "Ya" if _required(name, kategori) else "Tidak",
            _HELP[name],
            example.get(name, ""),
        )
        for col, value in enumerate(values, 1):
            cell = write_cell(ws, row, col, value)
            cell.border = GRID
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    for letter, width in zip("ABCD", (20, 8, 62, 26), strict=True):
        ws.column_dimensions[letter].width = width
    ws.page_setup.orientation = "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def _repeated_names(desa: list[Region]) -> list[str]:
    seen: dict[str, list[str]] = {}
    for d in desa:
        seen.setdefault(d.nama.casefold(), []).append(d.nama)
    return sorted(names[0] for names in seen.values() if len(names) > 1)


def _example(kategori: str, desa: list[Region], ref: WilayahRef) -> dict[str, str]:
    """A made-up person living in the kabupaten (shown on "Petunjuk", never imported)."""
    place = desa[0] if desa else None
    kec = place.kode[:8] if place else ""
    nik_area = kec.replace(".", "") if place else "630305"
    kab = ref.name(kec[:5]) or "" if place else ""
    kabupaten_town = kab.removeprefix("Kabupaten ").removeprefix("Kota ") or "Martapura"
    example = {
        "nik": f"{nik_area}1201800001",
        "nama": "Budi Santoso",
        "tempat_lahir": kabupaten_town,
        "tanggal_lahir": "12-01-1980",
        "jenis_kelamin": "L",
        "nama_ibu": "Siti Aminah",
        "alamat": "Jl. Melati Gg. 2",
        "rt": "001",
        "rw": "002",
        "kecamatan": (ref.name(kec) or "") if place else "",
        "desa": place.nama if place else "",
        "jabatan": JABATAN_APARAT[0],
        "pekerjaan": PEKERJAAN_RENTAN[0],
        "upah": "1500000",
        "no_hp": "081234567890",
        "sumber_dana": SUMBER_DANA["apbdes" if kategori == "aparat_desa" else "apbd_kabupaten"],
        "kpj": "",
        "catatan": "",
    }
    return example
