"""One spreadsheet row -> a participant, with every problem named by column.

Values arrive as offices type them: NIKs with dots or as numbers, dates as Excel dates or in
several spellings, "LK"/"PR", desa names with "Ds." prefixes and small typos. What cannot be
understood is an error on that column; what is understood but doubtful is a warning.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, cast

from jamsostek_desk.domain.codes import SUMBER_DANA
from jamsostek_desk.domain.columns import header_key
from jamsostek_desk.domain.dates import parse_tanggal
from jamsostek_desk.domain.money import parse_rupiah
from jamsostek_desk.domain.peserta import PesertaData, check_peserta
from jamsostek_desk.domain.phone import normalize_phone
from jamsostek_desk.domain.wilayah import WilayahRef, normalize_kode
from jamsostek_desk.services.importer.layout import SheetLayout

DEFAULT_DANA = {"aparat_desa": "apbdes", "pekerja_rentan": "apbd_kabupaten"}

_SEX = {
    "l": "L",
    "lk": "L",
    "laki": "L",
    "lakilaki": "L",
    "pria": "L",
    "m": "L",
    "male": "L",
    "p": "P",
    "pr": "P",
    "perempuan": "P",
    "wanita": "P",
    "w": "P",
    "f": "P",
    "female": "P",
}
_YES = {"ya", "y", "yes", "1", "v", "x", "true", "ikut", "✓", "√"}
_NO = {"", "tidak", "t", "no", "0", "false", "-", "tdk"}
_DANA = (
    {header_key(label): code for code, label in SUMBER_DANA.items()}
    | {header_key(code): code for code in SUMBER_DANA}
    | {
        "apbd": "apbd_kabupaten",
        "apbdkab": "apbd_kabupaten",
        "apbdkabupaten": "apbd_kabupaten",
        "apbdkota": "apbd_kabupaten",
        "apbdprov": "apbd_provinsi",
        "danadesa": "apbdes",
        "dd": "apbdes",
        "add": "apbdes",
        "apbdesa": "apbdes",
        "swadaya": "mandiri",
    }
)
# Words that mark the signature block or totals under a list, not a person.
_FOOTER = re.compile(
    r"^(mengetahui|menyetujui|dibuat|disusun|kepala desa|kades|sekretaris|camat|jumlah|total|"
    r"ttd|tanda tangan|nip\b|an\.? |a\.n\.? )",
    re.IGNORECASE,
)
_TTL = re.compile(r"^\s*([^,/]+?)\s*[,/]\s*(.+)$")


@dataclass
class RowResult:
    source_row: int  # 1-based, as Excel numbers rows
    cells: list[object]
    data: PesertaData | None
    errors: dict[str, str] = field(default_factory=dict)  # field -> message
    warnings: dict[str, str] = field(default_factory=dict)
    status: str = "baru"  # baru | ubah | lewati | tolak (decided later, against the database)
    changes: dict[str, tuple[object, object]] = field(default_factory=dict)
    existing_id: str | None = None

    @property
    def ok(self) -> bool:
        return not self.errors


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return " ".join(str(value).split())


class Converter:
    """Turns rows of one sheet into participants of one kategori in the office's kabupaten."""

    def __init__(self, ref: WilayahRef, kabupaten: str, kategori: str, layout: SheetLayout):
        self.ref, self.kabupaten, self.kategori, self.layout = ref, kabupaten, kategori, layout
        self.cols = layout.columns
        self.index = {f: c for c, f in layout.columns.items()}
        self._first_col = min(layout.columns) if layout.columns else None
        self._first_key = (
            header_key(layout.headers[self._first_col]) if self._first_col is not None else ""
        )
        self._desa_cache: dict[tuple[str, str], tuple[str | None, str | None]] = {}
        self._kec_by_name = {header_key(k.nama): k.kode for k in ref.children(kabupaten)}
        self.today = date.today()

    def is_data(self, cells: list[object]) -> bool:
        """Blank rows, repeated headers and signature/total rows under the list are not data."""
        numbering = self.layout.numbering
        filled = [c for i, c in enumerate(cells) if c is not None and c != "" and i != numbering]
        if not filled:
            return False
        if len(filled) <= 3:
            texts = [_text(c) for c in filled]
            texts = [t for t in texts if t]
            if not texts or any(_FOOTER.match(t) for t in texts[:2]):
                return False
        first = self._first_col
        if first is not None and first < len(cells) and isinstance(cells[first], str):
            # the header row repeated (lists pasted one under another)
            return header_key(cells[first]) != self._first_key
        return True

    def _get(self, cells: list[object], name: str) -> object:
        col = self.index.get(name)
        return cells[col] if col is not None and col < len(cells) else None

    def convert(self, source_row: int, cells: list[object]) -> RowResult:
        get = self._get
        errors: dict[str, str] = {}
        warnings: dict[str, str] = {}
        d = PesertaData(kategori=self.kategori)

        nik = get(cells, "nik")
        # A number stays a number, so that parse_nik refuses it (its 16th digit is lost).
        d.nik = cast(
            str, nik if isinstance(nik, int | float) and not isinstance(nik, bool) else _text(nik)
        )
        d.nama = _text(get(cells, "nama"))
        d.tempat_lahir = _text(get(cells, "tempat_lahir"))
        lahir: object = get(cells, "tanggal_lahir")
        ttl = _text(get(cells, "tempat_tanggal_lahir"))
        if ttl and (lahir in (None, "")):
            m = _TTL.match(ttl)
            if m:
                d.tempat_lahir = d.tempat_lahir or m.group(1)
                lahir = m.group(2)
            else:
                lahir = ttl
        if lahir not in (None, ""):
            try:
                d.tanggal_lahir = parse_tanggal(lahir, self.today)
            except ValueError as e:
                errors["tanggal_lahir"] = str(e)

        sex = header_key(get(cells, "jenis_kelamin"))
        if sex:
            if sex in _SEX:
                d.jenis_kelamin = _SEX[sex]
            else:
                errors["jenis_kelamin"] = (
                    f"Jenis kelamin '{_text(get(cells, 'jenis_kelamin'))}' tidak dikenal; "
                    "isi L atau P."
                )
        d.nama_ibu = _text(get(cells, "nama_ibu"))
        d.alamat = _text(get(cells, "alamat"))
        rt, rw = _text(get(cells, "rt")), _text(get(cells, "rw"))
        rtrw = _text(get(cells, "rt_rw"))
        if rtrw and not (rt or rw):
            parts = re.split(r"\s*[/.\-]\s*", rtrw)
            rt, rw = (parts[0], parts[1]) if len(parts) >= 2 else (rtrw, "")
        d.rt, d.rw = rt, rw

        desa_code, desa_problem = self._desa(
            _text(get(cells, "desa")), _text(get(cells, "kecamatan"))
        )
        if desa_problem:
            errors["desa"] = desa_problem
        d.desa_kode = desa_code or ""

        if self.kategori == "aparat_desa":
            d.jabatan = _text(get(cells, "jabatan"))
        else:
            d.pekerjaan = _text(get(cells, "pekerjaan"))

        hp = get(cells, "no_hp")
        if hp not in (None, ""):
            try:
                d.no_hp = normalize_phone(hp)
            except ValueError as e:
                warnings["no_hp"] = f"{e} Nomor HP tidak disimpan."
        money = get(cells, "penghasilan")
        if money not in (None, ""):
            try:
                d.penghasilan = parse_rupiah(money)
            except ValueError as e:
                errors["penghasilan"] = str(e)
        dana = header_key(get(cells, "sumber_dana"))
        if dana:
            if dana in _DANA:
                d.sumber_dana = _DANA[dana]
            else:
                errors["sumber_dana"] = (
                    f"Sumber dana '{_text(get(cells, 'sumber_dana'))}' tidak dikenal; pilih "
                    + ", ".join(SUMBER_DANA.values())
                    + "."
                )
        d.sumber_dana = d.sumber_dana or DEFAULT_DANA[self.kategori]
        jht = header_key(get(cells, "program_jht"))
        if jht in _YES:
            d.program_jht = True
        elif jht not in _NO:
            warnings["program_jht"] = (
                f"Isian JHT '{_text(get(cells, 'program_jht'))}' dibaca 'tidak'."
            )
        d.kpj = _text(get(cells, "kpj")).replace(".", "").replace(" ", "")
        if d.kpj:
            d.status = "aktif"
        mulai = get(cells, "mulai_kepesertaan")
        if mulai not in (None, ""):
            try:
                d.mulai_kepesertaan = parse_tanggal(mulai, self.today)
            except ValueError as e:
                errors["mulai_kepesertaan"] = str(e)
        d.catatan = _text(get(cells, "catatan"))

        checked = check_peserta(d, self.ref, self.kabupaten, self.today)
        for f_name, msg in checked.errors.items():
            target = "desa" if f_name == "desa_kode" else f_name
            errors.setdefault(target, msg)
        for f_name, msg in checked.warnings.items():
            warnings.setdefault("desa" if f_name == "desa_kode" else f_name, msg)
        if "desa" in errors and "desa_kode" in checked.errors and desa_problem:
            errors["desa"] = desa_problem
        return RowResult(
            source_row=source_row,
            cells=cells,
            data=checked.data if not errors else None,
            errors=errors,
            warnings=warnings,
        )

    def _desa(self, name: str, kecamatan: str) -> tuple[str | None, str | None]:
        """Desa code for a name (and optional kecamatan), or an error saying why not."""
        if not name:
            return None, "Desa/kelurahan kosong."
        key = (name.lower(), kecamatan.lower())
        if key in self._desa_cache:
            return self._desa_cache[key]
        result = self._find_desa(name, kecamatan)
        self._desa_cache[key] = result
        return result

    def _find_desa(self, name: str, kecamatan: str) -> tuple[str | None, str | None]:
        if re.fullmatch(r"[\d.]+", name):
            try:
                kode = normalize_kode(name)
            except ValueError:
                kode = ""
            region = self.ref.get(kode) if kode else None
            if region is not None and region.level == 4:
                return region.kode, None
            return None, f"Kode desa {name} tidak ada di daftar wilayah Kemendagri."
        found = self.ref.find_desa(name, self.kabupaten, kecamatan or None)
        kab = self.ref.name(self.kabupaten) or self.kabupaten
        where = f" Kec. {kecamatan}" if kecamatan else ""
        if not found and kecamatan:
            found_any = self.ref.find_desa(name, self.kabupaten)
            if len(found_any) == 1:
                kec_name = self.ref.name(found_any[0].parent_kode or "") or ""
                return None, (
                    f"Desa '{name}' tidak ada di Kec. {kecamatan}, tetapi ada di Kec. {kec_name}."
                    " Periksa kolom kecamatan."
                )
        if not found:
            return None, f"Desa '{name}'{where} tidak ditemukan di {kab}."
        exact = [r for r in found if header_key(r.nama) == header_key(_strip_prefix(name))]
        if len(exact) == 1:
            return exact[0].kode, None
        if len(found) == 1:
            return found[0].kode, None
        options = "; ".join(self.ref.label(r.kode) for r in found[:4])
        return None, (
            f"Desa '{name}' tidak jelas: ada beberapa yang mirip ({options}). "
            "Isi kolom kecamatan atau perbaiki nama desa."
        )


_PREFIX = re.compile(r"^(desa|ds|kel|kelurahan)\.?\s+", re.IGNORECASE)


def _strip_prefix(name: str) -> str:
    return _PREFIX.sub("", name.strip())


def cell_columns(layout: SheetLayout, fields: dict[str, Any]) -> set[int]:
    """Column indexes of the fields named in ``fields`` (to highlight them in the rejects)."""
    names = {"desa" if f == "desa_kode" else f for f in fields}
    return {col for col, f in layout.columns.items() if f in names}


def excel_serial_or_text(value: object) -> object:
    """Dates as dd-mm-yyyy text in outputs (rejects keep what was typed, but readable)."""
    if isinstance(value, datetime):
        return value.strftime("%d-%m-%Y")
    if isinstance(value, date):
        return value.strftime("%d-%m-%Y")
    return value
