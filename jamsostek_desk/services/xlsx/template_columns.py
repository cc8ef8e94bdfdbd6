"""The columns of the empty import template: which fields, in which order, how wide, which are
required and the help text shown for each (in a drop-down prompt and on the "Petunjuk" sheet).
"""

from __future__ import annotations

from jamsostek_desk.domain.columns import BY_FIELD

_TEXT_FIELDS = frozenset({"nik", "tanggal_lahir", "rt", "rw", "no_hp", "kpj"})
_WIDTHS = {
    "nik": 20,
    "nama": 28,
    "tempat_lahir": 16,
    "tanggal_lahir": 14,
    "jenis_kelamin": 10,
    "nama_ibu": 24,
    "alamat": 30,
    "rt": 6,
    "rw": 6,
    "kecamatan": 20,
    "desa": 24,
    "jabatan": 24,
    "pekerjaan": 22,
    "upah": 14,
    "no_hp": 16,
    "sumber_dana": 22,
    "kpj": 15,
    "catatan": 30,
}
_HELP = {
    "nik": "16 angka sesuai KTP/KK, tanpa titik atau spasi. Kolom ini berformat Teks.",
    "nama": "Nama lengkap sesuai KTP, tanpa gelar jika tidak tertulis di KTP.",
    "tempat_lahir": "Kota/kabupaten tempat lahir.",
    "tanggal_lahir": "Format tanggal-bulan-tahun (dd-mm-yyyy), contoh 12-01-1980.",
    "jenis_kelamin": "L (laki-laki) atau P (perempuan); pilih dari daftar.",
    "nama_ibu": "Nama ibu kandung; dipakai BPJS untuk verifikasi data.",
    "alamat": "Alamat rumah: jalan, gang, dusun.",
    "rt": "Nomor RT, contoh 001.",
    "rw": "Nomor RW, contoh 002.",
    "kecamatan": "Pilih dari daftar; membantu membedakan desa yang namanya sama.",
    "desa": "Desa/kelurahan tempat tinggal; pilih dari daftar.",
    "jabatan": "Jabatan perangkat desa; pilih dari daftar atau ketik sendiri.",
    "pekerjaan": "Pekerjaan sehari-hari; pilih dari daftar atau ketik sendiri.",
    "upah": (
        "Upah sebulan dalam rupiah, angka saja, contoh 1500000: aparat desa siltap ditambah "
        "tunjangan, pekerja rentan penghasilan yang dilaporkan."
    ),
    "no_hp": "Nomor HP/WhatsApp, contoh 081234567890.",
    "sumber_dana": "Sumber dana iuran; pilih dari daftar.",
    "kpj": "Nomor KPJ 11 angka bila sudah terdaftar; kosongkan bila belum.",
    "catatan": "Catatan tambahan (boleh kosong).",
}


def template_fields(kategori: str) -> list[str]:
    """The fields of a template, in column order."""
    work = ["jabatan", "upah"] if kategori == "aparat_desa" else ["pekerjaan", "upah"]
    return [
        "nik",
        "nama",
        "tempat_lahir",
        "tanggal_lahir",
        "jenis_kelamin",
        "nama_ibu",
        "alamat",
        "rt",
        "rw",
        "kecamatan",
        "desa",
        *work,
        "no_hp",
        "sumber_dana",
        "kpj",
        "catatan",
    ]


def _required(name: str, kategori: str) -> bool:
    if name in {"jabatan", "pekerjaan", "sumber_dana"}:
        return True  # check_peserta rejects a row without them
    return BY_FIELD[name].required
