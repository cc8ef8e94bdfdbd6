"""Closed vocabularies of the domain and their Indonesian labels.

Stored values are stable lower-case codes; labels are what users see. Keeping both here means
the database, the forms and (later) the importers agree on one list.
"""

from __future__ import annotations

from typing import Final

KATEGORI: Final[dict[str, str]] = {
    "aparat_desa": "Aparat Desa",
    "pekerja_rentan": "Pekerja Rentan",
}

JENIS_KELAMIN: Final[dict[str, str]] = {"L": "Laki-laki", "P": "Perempuan"}

STATUS: Final[dict[str, str]] = {
    "didaftarkan": "Didaftarkan",
    "aktif": "Aktif",
    "nonaktif": "Nonaktif",
}

ALASAN_NONAKTIF: Final[dict[str, str]] = {
    "meninggal": "Meninggal dunia",
    "pindah": "Pindah",
    "berhenti": "Berhenti",
    "lainnya": "Lainnya",
}

SUMBER_DANA: Final[dict[str, str]] = {
    "apbd_kabupaten": "APBD Kabupaten/Kota",
    "apbd_provinsi": "APBD Provinsi",
    "apbdes": "APBDes / Dana Desa",
    "csr": "CSR",
    "mandiri": "Mandiri",
}

# Programmes a participant of this app can hold (JP and JKP are for wage earners of companies).
PROGRAM: Final[dict[str, str]] = {
    "jkk": "JKK (Jaminan Kecelakaan Kerja)",
    "jkm": "JKM (Jaminan Kematian)",
    "jht": "JHT (Jaminan Hari Tua)",
}

# What a new participant is when nothing else says: by the office's kind, and who pays the
# contribution by kategori (the form and the import start from these).
DEFAULT_KATEGORI: Final[dict[str, str]] = {
    "dinas_pmd": "aparat_desa",
    "disnakertrans": "pekerja_rentan",
}
DEFAULT_DANA: Final[dict[str, str]] = {
    "aparat_desa": "apbdes",
    "pekerja_rentan": "apbd_kabupaten",
}

JENIS_KANTOR: Final[dict[str, str]] = {
    "dinas_pmd": "Dinas PMD",
    "disnakertrans": "Disnakertrans",
    "desa": "Kantor Desa",
}

# Suggestions for the form's editable combo boxes; any other text is allowed.
JABATAN_APARAT: Final[tuple[str, ...]] = (
    "Kepala Desa",
    "Sekretaris Desa",
    "Kaur Keuangan",
    "Kaur Umum dan Perencanaan",
    "Kaur Tata Usaha dan Umum",
    "Kasi Pemerintahan",
    "Kasi Kesejahteraan",
    "Kasi Pelayanan",
    "Kepala Dusun",
    "Kepala Kewilayahan",
    "Staf Desa",
    "Ketua BPD",
    "Anggota BPD",
)

PEKERJAAN_RENTAN: Final[tuple[str, ...]] = (
    "Petani",
    "Pekebun",
    "Peternak",
    "Nelayan",
    "Buruh Harian Lepas",
    "Buruh Tani",
    "Pedagang Kecil",
    "Pengemudi Ojek",
    "Tukang Bangunan",
    "Penjahit",
    "Marbot Masjid",
    "Guru Ngaji",
    "Pengrajin",
    "Asisten Rumah Tangga",
)

HUBUNGAN_AHLI_WARIS: Final[tuple[str, ...]] = (
    "Suami",
    "Istri",
    "Anak",
    "Ayah",
    "Ibu",
    "Saudara Kandung",
    "Cucu",
    "Lainnya",
)
