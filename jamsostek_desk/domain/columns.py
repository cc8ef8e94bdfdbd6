"""Spreadsheet columns of a participant list: canonical headers and the synonyms offices use.

Headers are compared after ``header_key`` (case, spacing and punctuation ignored), so
"No. KTP", "NO KTP" and "no_ktp" are one header. The template writes the canonical header,
so a filled template imports without a mapping step.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Column:
    field: str  # PesertaData field (or a helper field such as "kecamatan")
    header: str  # canonical header, as the template writes it
    synonyms: tuple[str, ...]
    required: bool = False


COLUMNS: tuple[Column, ...] = (
    Column(
        "nik",
        "NIK",
        (
            "NIK",
            "No KTP",
            "Nomor KTP",
            "No NIK",
            "Nomor NIK",
            "Nomor Induk Kependudukan",
            "NIK KTP",
            "KTP",
        ),
        required=True,
    ),
    Column(
        "nama",
        "NAMA LENGKAP",
        (
            "Nama",
            "Nama Lengkap",
            "Nama Peserta",
            "Nama Pekerja",
            "Nama Aparat",
            "Nama Sesuai KTP",
            "Nama Tenaga Kerja",
        ),
        required=True,
    ),
    Column(
        "tempat_lahir", "TEMPAT LAHIR", ("Tempat Lahir", "Tmp Lahir", "Tempat Lhr", "TMPT LAHIR")
    ),
    Column(
        "tanggal_lahir",
        "TANGGAL LAHIR",
        ("Tanggal Lahir", "Tgl Lahir", "Tgl Lhr", "Tanggal Lhr", "TTL Tanggal", "Tgl. Lahir"),
        required=True,
    ),
    Column(
        "tempat_tanggal_lahir",
        "TEMPAT, TANGGAL LAHIR",
        ("Tempat Tanggal Lahir", "TTL", "Tempat/Tgl Lahir", "Tempat, Tgl Lahir"),
    ),
    Column(
        "jenis_kelamin",
        "JENIS KELAMIN",
        ("Jenis Kelamin", "JK", "L/P", "LP", "Kelamin", "Gender", "Sex"),
        required=True,
    ),
    Column("nama_ibu", "NAMA IBU KANDUNG", ("Nama Ibu Kandung", "Ibu Kandung", "Nama Ibu")),
    Column("alamat", "ALAMAT", ("Alamat", "Alamat Lengkap", "Alamat Rumah", "Dusun", "Jalan")),
    Column("rt", "RT", ("RT",)),
    Column("rw", "RW", ("RW",)),
    Column("rt_rw", "RT/RW", ("RT/RW", "RT RW")),
    Column("kecamatan", "KECAMATAN", ("Kecamatan", "Kec")),
    Column(
        "desa",
        "DESA/KELURAHAN",
        (
            "Desa",
            "Desa/Kel",
            "Desa/Kelurahan",
            "Kelurahan",
            "Kel/Desa",
            "Nama Desa",
            "Desa Kelurahan",
        ),
        required=True,
    ),
    Column("jabatan", "JABATAN", ("Jabatan", "Jabatan Perangkat", "Jabatan Aparat")),
    Column("pekerjaan", "PEKERJAAN", ("Pekerjaan", "Jenis Pekerjaan", "Profesi", "Usaha")),
    Column(
        "no_hp",
        "NO HP",
        (
            "No HP",
            "Nomor HP",
            "No Handphone",
            "No Telp",
            "Nomor Telepon",
            "Telepon",
            "HP",
            "No WA",
            "WhatsApp",
        ),
    ),
    Column(
        "upah",
        "UPAH",
        (
            "Upah",
            "Penghasilan",
            "Gaji",
            "Penghasilan Per Bulan",
            "Upah Per Bulan",
            "Upah Sebulan",
            "Penghasilan Sebulan",
            "Siltap",
            "Penghasilan Tetap",
            "Siltap Dan Tunjangan",
            "Siltap Tunjangan",
            "Siltap + Tunjangan",
            "Upah Dilaporkan",
            "Penghasilan Dilaporkan",
        ),
    ),
    Column("sumber_dana", "SUMBER DANA", ("Sumber Dana", "Sumber Iuran", "Sumber Pembiayaan")),
    Column("program_jht", "JHT", ("JHT", "Ikut JHT")),
    Column(
        "kpj",
        "NOMOR KPJ",
        ("KPJ", "No KPJ", "Nomor KPJ", "Nomor Kartu", "No Kartu BPJS", "No Peserta"),
    ),
    Column(
        "mulai_kepesertaan",
        "MULAI KEPESERTAAN",
        ("Mulai Kepesertaan", "TMT", "Tanggal Mulai", "Tgl Kepesertaan"),
    ),
    Column("catatan", "KETERANGAN", ("Keterangan", "Catatan", "Ket")),
)

BY_FIELD: dict[str, Column] = {c.field: c for c in COLUMNS}

# Headers of numbering columns ("No", "No.", "No Urut") are not data.
NUMBERING = ("No", "Nomor", "No Urut", "Nomor Urut", "Urut")

_NON_ALNUM = re.compile(r"[^0-9a-z]+")


def header_key(text: object) -> str:
    """'No. K.T.P' -> 'noktp', ' Tgl  Lahir ' -> 'tgllahir'."""
    return _NON_ALNUM.sub("", str(text or "").lower())


SYNONYM_INDEX: dict[str, str] = {}
for _c in COLUMNS:
    for _s in (_c.header, *_c.synonyms):
        SYNONYM_INDEX.setdefault(header_key(_s), _c.field)
NUMBERING_KEYS = frozenset(header_key(n) for n in NUMBERING)
