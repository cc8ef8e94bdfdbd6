"""A participant as entered, and the rules that decide whether it may be saved.

Pure: the same rules serve the form, the CLI and (later) the bulk importer. Each rule yields an
error (the record is not saved) or a warning (saved, but worth a look), keyed by field name so
that a form can put the message on the field.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field, fields
from datetime import date
from functools import lru_cache

from jamsostek_desk.domain.codes import (
    ALASAN_NONAKTIF,
    JENIS_KELAMIN,
    KATEGORI,
    STATUS,
    SUMBER_DANA,
)
from jamsostek_desk.domain.dates import format_tanggal, usia
from jamsostek_desk.domain.money import format_rupiah
from jamsostek_desk.domain.names import clean_name
from jamsostek_desk.domain.nik import compare_nik, parse_nik
from jamsostek_desk.domain.phone import normalize_phone
from jamsostek_desk.domain.wilayah import WilayahRef

_KPJ = re.compile(r"\d{11}")
_RTRW = re.compile(r"\d{1,3}")
_DIGIT = re.compile(r"\d")
# A name holds letters, spaces and the marks of titles and names: . , ' ’ ` -
# Anything else ("=HYPERLINK(…)", brackets, quotes) is a typing or pasting slip, or worse.
_NAME_MARK = re.compile(r"[^\w\s.,'\u2019`\-]|_")
_ODD_NAME = (
    "Nama hanya boleh berisi huruf, spasi, titik, koma, tanda petik dan tanda hubung; "
    "ada tanda lain: {odd}"
)


# A list repeats a few hundred birth places and RT/RW numbers: one string object each (a bulk
# import keeps every record in memory until it is written).
_clean_place = lru_cache(maxsize=8192)(clean_name)


@lru_cache(maxsize=4096)
def _padded(value: str) -> str:
    return value.zfill(3)


def _odd_marks(name: str) -> str:
    return " ".join(dict.fromkeys(_NAME_MARK.findall(name)))


@dataclass(slots=True)
class AhliWarisData:
    nama: str
    hubungan: str
    nik: str = ""
    no_hp: str = ""
    id: str | None = None


# slots: with more than 30 attributes an instance no longer shares its dict's keys, and a
# bulk import of 100,000 records spent 1.5 KB on each record's dict (measured).
@dataclass(slots=True)
class PesertaData:
    nik: str = ""
    nama: str = ""
    tempat_lahir: str = ""
    tanggal_lahir: date | None = None
    jenis_kelamin: str = ""
    nama_ibu: str = ""
    alamat: str = ""
    rt: str = ""
    rw: str = ""
    desa_kode: str = ""
    kategori: str = ""
    jabatan: str = ""
    pekerjaan: str = ""
    no_hp: str = ""
    upah: int | None = None
    program_jkk: bool = True
    program_jkm: bool = True
    program_jht: bool = False
    program_jp: bool = False
    sumber_dana: str = ""
    status: str = "didaftarkan"
    nonaktif_alasan: str | None = None
    nonaktif_tanggal: date | None = None
    nonaktif_keterangan: str = ""
    kpj: str = ""
    mulai_kepesertaan: date | None = None
    akhir_kepesertaan: date | None = None
    catatan: str = ""
    ahli_waris: list[AhliWarisData] = field(default_factory=list)
    id: str | None = None
    version: int | None = None  # the change version this copy was read at (None: new)


# Column fields: everything except identity, version and the heirs (their own table).
PESERTA_FIELDS: tuple[str, ...] = tuple(
    f.name for f in fields(PesertaData) if f.name not in {"id", "ahli_waris", "version"}
)

LABELS: dict[str, str] = {
    "nik": "NIK",
    "nama": "Nama",
    "tempat_lahir": "Tempat lahir",
    "tanggal_lahir": "Tanggal lahir",
    "jenis_kelamin": "Jenis kelamin",
    "nama_ibu": "Nama ibu kandung",
    "alamat": "Alamat",
    "rt": "RT",
    "rw": "RW",
    "desa_kode": "Desa/Kelurahan",
    "kategori": "Kategori",
    "jabatan": "Jabatan",
    "pekerjaan": "Pekerjaan",
    "no_hp": "No. HP",
    "upah": "Upah/penghasilan",
    "program_jkk": "Program JKK",
    "program_jkm": "Program JKM",
    "program_jht": "Program JHT",
    "program_jp": "Program JP",
    "sumber_dana": "Sumber dana",
    "status": "Status",
    "nonaktif_alasan": "Alasan nonaktif",
    "nonaktif_tanggal": "Tanggal nonaktif",
    "nonaktif_keterangan": "Keterangan nonaktif",
    "kpj": "Nomor KPJ",
    "mulai_kepesertaan": "Mulai kepesertaan",
    "akhir_kepesertaan": "Akhir kepesertaan",
    "catatan": "Catatan",
    "ahli_waris": "Ahli waris",
}


@dataclass
class Checked:
    """Outcome of the rules: the cleaned record plus messages per field."""

    data: PesertaData
    errors: dict[str, str] = field(default_factory=dict)
    warnings: dict[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.errors


def _in_scope(kode: str, scope: str) -> bool:
    return not scope or kode == scope or kode.startswith(scope + ".")


# The longest text each field holds (the database columns' sizes): longer input is refused
# with the limit named, never cut silently.
MAX_LEN: dict[str, int] = {
    "nama": 120,
    "tempat_lahir": 80,
    "nama_ibu": 120,
    "alamat": 500,
    "rt": 3,
    "rw": 3,
    "jabatan": 80,
    "pekerjaan": 80,
    "no_hp": 30,
    "catatan": 2000,
}


def _too_long(d: PesertaData) -> dict[str, str]:
    """Fields over their limit (blanked in ``d``, so that later rules do not work on megabytes
    of text); the messages are put back after the other rules have run."""
    found: dict[str, str] = {}
    for name, limit in MAX_LEN.items():
        value = getattr(d, name, None)
        if isinstance(value, str) and len(value) > limit:
            n = f"{len(value):,}".replace(",", ".")
            found[name] = f"Terlalu panjang: paling banyak {limit} karakter, yang diisi {n}."
            setattr(d, name, "")
    return found


def check_peserta(
    data: PesertaData,
    ref: WilayahRef,
    scope: str,
    today: date | None = None,
    *,
    in_place: bool = False,
    upah_minimum_bpu: int | None = None,
) -> Checked:
    """Clean ``data`` and apply every field rule.

    ``scope`` is the office's kabupaten/kota code: a participant's desa must lie inside it.
    ``in_place`` cleans ``data`` itself instead of a copy (the importer owns its records, and
    copying 100,000 of them is measurable). ``upah_minimum_bpu``: the minimum declared income
    in force (dated data, ``services.iuran``); a pekerja rentan below it gets a warning.
    """
    today = today or date.today()
    if in_place:
        d = data
    else:
        d = copy.copy(data)
        d.ahli_waris = [copy.copy(a) for a in data.ahli_waris]
    out = Checked(d)
    err, warn = out.errors, out.warnings
    too_long = _too_long(d)

    info = parse_nik(d.nik, ref, today)
    if info.errors:
        err["nik"] = info.errors[0].message
    else:
        d.nik = info.nik or d.nik
        if info.warnings:
            warn["nik"] = " ".join(f.message for f in info.warnings)
        # A NIK whose date or sex differs from the typed one is legal: warn on that field.
        for found in compare_nik(info, d.tanggal_lahir, d.jenis_kelamin or None):
            target = "tanggal_lahir" if found.code == "nik_tanggal_beda" else "jenis_kelamin"
            warn[target] = found.message

    d.nama = clean_name(d.nama or "")
    if not d.nama:
        err["nama"] = "Nama wajib diisi."
    elif _DIGIT.search(d.nama):
        err["nama"] = "Nama tidak boleh berisi angka."
    elif odd := _odd_marks(d.nama):
        err["nama"] = _ODD_NAME.format(odd=odd)
    elif len(d.nama) < 2:
        err["nama"] = "Nama terlalu pendek."
    d.nama_ibu = clean_name(d.nama_ibu or "")
    if odd := _odd_marks(d.nama_ibu):
        err["nama_ibu"] = _ODD_NAME.format(odd=odd)
    d.tempat_lahir = _clean_place(d.tempat_lahir or "")

    if d.tanggal_lahir is None:
        err["tanggal_lahir"] = "Tanggal lahir wajib diisi."
    elif d.tanggal_lahir > today:
        err["tanggal_lahir"] = f"Tanggal lahir {format_tanggal(d.tanggal_lahir)} ada di masa depan."
    else:
        age = usia(d.tanggal_lahir, today)
        if age > 120:
            err["tanggal_lahir"] = f"Usia {age} tahun tidak mungkin; periksa tahun lahir."
        elif age < 15:
            warn["tanggal_lahir"] = f"Usia baru {age} tahun: periksa tanggal lahir."

    if d.jenis_kelamin not in JENIS_KELAMIN:
        err["jenis_kelamin"] = "Pilih jenis kelamin: Laki-laki atau Perempuan."

    region = ref.get(d.desa_kode) if d.desa_kode else None
    if not d.desa_kode:
        err["desa_kode"] = "Desa/kelurahan wajib dipilih."
    elif region is None or region.level != 4:
        err["desa_kode"] = f"Kode desa {d.desa_kode} tidak ada di daftar wilayah Kemendagri."
    elif not _in_scope(region.kode, scope):
        err["desa_kode"] = (
            f"{ref.label(region.kode)} berada di luar wilayah kantor ini "
            f"({ref.name(scope) or scope})."
        )
    else:
        d.desa_kode = region.kode

    for name in ("rt", "rw"):
        value = (getattr(d, name) or "").strip()
        if value and not _RTRW.fullmatch(value):
            err[name] = f"{LABELS[name]} harus angka (paling banyak 3 digit), bukan '{value}'."
        setattr(d, name, _padded(value) if value and name not in err else value)

    if d.kategori not in KATEGORI:
        err["kategori"] = "Pilih kategori: Aparat Desa atau Pekerja Rentan."
    elif d.kategori == "aparat_desa":
        d.jabatan = " ".join((d.jabatan or "").split())
        if not d.jabatan:
            err["jabatan"] = "Jabatan wajib diisi untuk aparat desa."
    else:
        d.pekerjaan = " ".join((d.pekerjaan or "").split())
        if not d.pekerjaan:
            err["pekerjaan"] = "Pekerjaan wajib diisi untuk pekerja rentan."

    try:
        d.no_hp = normalize_phone(d.no_hp)
    except ValueError as e:
        err["no_hp"] = str(e)

    if d.upah is not None:
        if d.upah < 0:
            err["upah"] = "Upah/penghasilan tidak boleh negatif."
        elif (
            d.kategori == "pekerja_rentan"
            and upah_minimum_bpu is not None
            and d.upah < upah_minimum_bpu
        ):
            minimum = format_rupiah(upah_minimum_bpu)
            warn["upah"] = f"Penghasilan di bawah {minimum}; iuran BPU dihitung dari {minimum}."
    if d.program_jp and d.kategori == "pekerja_rentan":
        err["program_jp"] = "Program JP hanya untuk penerima upah (aparat desa)."

    if not (d.program_jkk and d.program_jkm):
        err["program_jkk"] = "Program JKK dan JKM wajib untuk setiap peserta."

    if d.sumber_dana not in SUMBER_DANA:
        err["sumber_dana"] = "Pilih sumber dana iuran."

    if d.status not in STATUS:
        err["status"] = "Status tidak dikenal."
    elif d.status == "nonaktif":
        if d.nonaktif_alasan not in ALASAN_NONAKTIF:
            err["nonaktif_alasan"] = "Pilih alasan nonaktif."
        if d.nonaktif_tanggal is None:
            err["nonaktif_tanggal"] = "Tanggal nonaktif wajib diisi."
    else:
        d.nonaktif_alasan, d.nonaktif_tanggal, d.nonaktif_keterangan = None, None, ""

    d.kpj = "".join((d.kpj or "").split())
    if d.kpj and not _KPJ.fullmatch(d.kpj):
        err["kpj"] = f"Nomor KPJ harus 11 angka; yang diisi {len(d.kpj)} karakter."

    if d.mulai_kepesertaan and d.akhir_kepesertaan and d.akhir_kepesertaan < d.mulai_kepesertaan:
        err["akhir_kepesertaan"] = "Akhir kepesertaan sebelum tanggal mulai."

    _check_ahli_waris(d, ref, today, err)
    err.update(too_long)
    return out


def _check_ahli_waris(d: PesertaData, ref: WilayahRef, today: date, err: dict[str, str]) -> None:
    problems: list[str] = []
    for i, a in enumerate(d.ahli_waris, start=1):
        a.nama = clean_name(a.nama or "")
        a.hubungan = " ".join((a.hubungan or "").split())
        if not a.nama:
            problems.append(f"baris {i}: nama wajib diisi")
        if not a.hubungan:
            problems.append(f"baris {i}: hubungan wajib diisi")
        if (a.nik or "").strip():
            info = parse_nik(a.nik, ref, today)
            if info.errors:
                problems.append(f"baris {i}: {info.errors[0].message}")
            else:
                a.nik = info.nik or a.nik
                if a.nik == d.nik:
                    problems.append(f"baris {i}: NIK ahli waris sama dengan NIK peserta")
        try:
            a.no_hp = normalize_phone(a.no_hp)
        except ValueError as e:
            problems.append(f"baris {i}: {e}")
    if problems:
        err["ahli_waris"] = "Ahli waris " + "; ".join(problems) + "."
