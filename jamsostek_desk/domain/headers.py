"""Which field a column header names, by its words rather than its whole spelling.

Offices write the same header many ways: "Kelurahan/Desa", "Desa / Kelurahan", "Nama Desa",
"Kel/Desa", "DESA (KELURAHAN)"; "No. Induk Kependudukan"; "Tempat, Tgl Lahir"; "No. HP/WA".
A header names a field when it holds every word of one of the field's patterns and none of the
field's vetoes ("NIK Ayah" is not the participant's NIK, "Nama Ibu" not the name). When several
fields match, the longest pattern wins ("Tempat Tanggal Lahir" is the combined column, not the
birth place). The exact synonyms of ``domain.columns`` come first.

To teach the importer a new header, add a pattern to ``PATTERNS`` (and a veto where a word
would otherwise be taken for another field).
"""

from __future__ import annotations

import re
from functools import lru_cache

from jamsostek_desk.domain.columns import NUMBERING_KEYS, SYNONYM_INDEX, header_key

# field -> patterns; a pattern is the words a header must hold (in any order)
PATTERNS: dict[str, tuple[str, ...]] = {
    "nik": ("nik", "no ktp", "nomor ktp", "induk kependudukan", "nomor induk penduduk"),
    "nama": ("nama", "name"),
    "nama_ibu": ("ibu", "ibu kandung", "nama ibu"),
    "tempat_tanggal_lahir": (
        "ttl",
        "tempat tanggal lahir",
        "tempat tgl lahir",
        "tmp tgl lahir",
        "tmpt tgl lahir",
        "tempat tgl lhr",
        "tempat tanggal",
    ),
    "tempat_lahir": (
        "tempat lahir",
        "tmp lahir",
        "tmpt lahir",
        "tempat lhr",
        "tmp lhr",
        "tmpt lhr",
        "tempatlahir",
    ),
    "tanggal_lahir": (
        "tanggal lahir",
        "tgl lahir",
        "tgl lhr",
        "tanggal lhr",
        "tanggallahir",
        "tgllahir",
        "tgl bln th",
        "tgl bln thn",
        "tanggal bulan tahun",
    ),
    "jenis_kelamin": ("kelamin", "jk", "l p", "lp", "sex", "gender", "lk pr", "jenis kel"),
    "alamat": ("alamat", "dusun", "jalan"),
    "rt_rw": ("rt rw", "rtrw"),
    "rt": ("rt",),
    "rw": ("rw",),
    "kecamatan": ("kecamatan", "kec"),
    "desa": ("desa", "kelurahan", "kel", "desakel", "keldesa"),
    "jabatan": ("jabatan", "posisi", "kedudukan"),
    "pekerjaan": ("pekerjaan", "profesi", "usaha"),
    "no_hp": ("hp", "handphone", "telp", "telepon", "telpon", "tlp", "wa", "whatsapp", "ponsel"),
    "upah": ("upah", "penghasilan", "gaji", "siltap", "pendapatan"),
    "sumber_dana": ("sumber dana", "sumber iuran", "sumber pembiayaan"),
    "program_jht": ("jht",),
    "kpj": ("kpj", "kartu bpjs", "no peserta", "nomor peserta", "nomor kartu", "no kartu"),
    "mulai_kepesertaan": ("mulai kepesertaan", "tmt", "tanggal mulai", "tgl mulai"),
    "catatan": ("keterangan", "catatan", "ket"),
    "status_penduduk": ("status dasar", "status penduduk", "status hidup", "status"),
}

# field -> words that mean the header is about something else
_FAMILY = {"ayah", "ibu", "suami", "istri", "kk", "keluarga", "kepala", "anak", "pasangan"}
VETOES: dict[str, frozenset[str]] = {
    "nik": frozenset(_FAMILY | {"wajib", "wjb", "el", "status", "blangko", "rekam"}),
    "nama": frozenset(
        _FAMILY
        | {"desa", "kelurahan", "kel", "kecamatan", "kec", "kabupaten", "kota", "provinsi"}
        | {"dusun", "orang", "tua", "jabatan", "ahli", "waris", "bank", "sekolah", "tempat"}
    ),
    "nama_ibu": frozenset({"nik", "ayah", "no"}),
    "alamat": frozenset({"email", "surel", "kantor"}),
    "desa": frozenset(
        {"kepala", "kades", "perangkat", "aparat", "dana", "jabatan", "jumlah", "hub"}
        | {"hubungan", "status", "shdk"}
    ),
    "kpj": frozenset({"keluarga", "kk", "ktp"}),
    "status_penduduk": frozenset(
        {"kawin", "perkawinan", "hubungan", "rekam", "ktp", "kepesertaan", "pekerjaan"}
        | {"kepegawaian", "keluarga", "shdk", "hub", "rumah", "bpjs", "peserta", "aktif"}
    ),
}

_WORDS = re.compile(r"[a-z0-9]+")
_COMPILED: tuple[tuple[str, frozenset[str], int], ...] = tuple(
    (f, frozenset(p.split()), len(p.split())) for f, patterns in PATTERNS.items() for p in patterns
)


@lru_cache(maxsize=4096)
def match_header(text: str) -> str | None:
    """The field ``text`` names, or None (unknown, empty, or a numbering column)."""
    key = header_key(text)
    if not key or key in NUMBERING_KEYS:
        return None
    exact = SYNONYM_INDEX.get(key)
    if exact is not None:
        return exact
    words = frozenset(_WORDS.findall(str(text).lower()))
    best: tuple[int, str] | None = None
    for f, pattern, size in _COMPILED:
        vetoed = VETOES.get(f, frozenset()) & words
        if pattern <= words and not vetoed and (best is None or size > best[0]):
            best = (size, f)
    return best[1] if best else None
