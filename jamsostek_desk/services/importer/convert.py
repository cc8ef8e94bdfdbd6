"""One spreadsheet row -> a participant, with every problem named by column.

Values arrive as offices type them: NIKs with dots or as numbers, dates as Excel dates or in
several spellings, "LK"/"PR", desa names with "Ds." prefixes and small typos. What cannot be
understood is an error on that column; what is understood but doubtful is a warning.
"""

from __future__ import annotations

import re
from collections import defaultdict
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


@dataclass(slots=True)
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


# Whitespace that _text would change: doubled, leading/trailing, or not a plain space.
_ODD_SPACE = re.compile(r"\s\s|[^\S ]|^\s|\s$")


def _text(value: object) -> str:
    if value is None:
        return ""
    if type(value) is str:
        # Most cells are already clean: keep the cell's own string (no copy for 100,000 rows).
        return value if _ODD_SPACE.search(value) is None else " ".join(value.split())
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return " ".join(str(value).split())


_MISSING = object()


class Converter:
    """Turns rows of one sheet into participants of one kategori in the office's kabupaten.

    Columns that repeat a few values (dates, sex, desa, work, money) are converted once per
    distinct value; a list of 100,000 people has a few thousand of each.
    """

    def __init__(
        self,
        ref: WilayahRef,
        kabupaten: str,
        kategori: str,
        layout: SheetLayout,
        upah_minimum_bpu: int | None = None,
    ):
        self.ref, self.kabupaten, self.kategori, self.layout = ref, kabupaten, kategori, layout
        self.upah_minimum_bpu = upah_minimum_bpu
        self.cols = layout.columns
        self.index = {f: c for c, f in layout.columns.items()}
        self._fields = tuple(self.index)
        self._width = max(self.index.values(), default=-1) + 1
        self._first_col = min(layout.columns) if layout.columns else None
        self._first_key = (
            header_key(layout.headers[self._first_col]) if self._first_col is not None else ""
        )
        self._desa_cache: dict[tuple[str, str], tuple[str | None, str | None]] = {}
        self._memo: dict[str, dict[object, tuple[Any, str | None]]] = defaultdict(dict)
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

    def _values(self, cells: list[object]) -> dict[str, object]:
        """The raw value of every mapped field in this row (fields without a column absent)."""
        if len(cells) < self._width:
            cells = [*cells, *([None] * (self._width - len(cells)))]
        index = self.index
        return {f: cells[index[f]] for f in self._fields}

    def _once(self, name: str, raw: object, fn: Any) -> tuple[Any, str | None]:
        """``fn(raw)`` as (value, problem), computed once per distinct value of a column."""
        memo = self._memo[name]
        try:
            return memo[raw]
        except KeyError:
            pass
        except TypeError:  # an unhashable cell value (never from our readers)
            return cast(tuple[Any, str | None], fn(raw))
        found: tuple[Any, str | None] = fn(raw)
        memo[raw] = found
        return found

    def _date(self, raw: object) -> tuple[date | None, str | None]:
        try:
            return parse_tanggal(raw, self.today), None
        except ValueError as e:
            return None, str(e)

    def _sex(self, raw: object) -> tuple[str, str | None]:
        key = header_key(raw)
        if not key:
            return "", None
        if key in _SEX:
            return _SEX[key], None
        return "", f"Jenis kelamin '{_text(raw)}' tidak dikenal; isi L atau P."

    def _money(self, raw: object) -> tuple[int | None, str | None]:
        try:
            return parse_rupiah(raw), None
        except ValueError as e:
            return None, str(e)

    def _dana(self, raw: object) -> tuple[str, str | None]:
        key = header_key(raw)
        if not key:
            return DEFAULT_DANA[self.kategori], None
        if key in _DANA:
            return _DANA[key], None
        return "", (
            f"Sumber dana '{_text(raw)}' tidak dikenal; pilih "
            + ", ".join(SUMBER_DANA.values())
            + "."
        )

    def _jht(self, raw: object) -> tuple[bool, str | None]:
        key = header_key(raw)
        if key in _YES:
            return True, None
        if key in _NO:
            return False, None
        return False, f"Isian JHT '{_text(raw)}' dibaca 'tidak'."

    def convert(self, source_row: int, cells: list[object]) -> RowResult:
        v = self._values(cells)
        get = v.get
        once = self._once
        errors: dict[str, str] = {}
        warnings: dict[str, str] = {}
        d = PesertaData(kategori=self.kategori)

        nik = get("nik")
        # A number stays a number, so that parse_nik refuses it (its 16th digit is lost).
        d.nik = cast(
            str, nik if isinstance(nik, int | float) and not isinstance(nik, bool) else _text(nik)
        )
        d.nama = _text(get("nama"))
        d.tempat_lahir = _text(get("tempat_lahir"))
        lahir: object = get("tanggal_lahir")
        ttl = _text(get("tempat_tanggal_lahir"))
        if ttl and (lahir in (None, "")):
            m = _TTL.match(ttl)
            if m:
                d.tempat_lahir = d.tempat_lahir or m.group(1)
                lahir = m.group(2)
            else:
                lahir = ttl
        if lahir is not None and lahir != "":
            d.tanggal_lahir, problem = once("tanggal_lahir", lahir, self._date)
            if problem:
                errors["tanggal_lahir"] = problem

        d.jenis_kelamin, problem = once("jenis_kelamin", get("jenis_kelamin"), self._sex)
        if problem:
            errors["jenis_kelamin"] = problem
        d.nama_ibu = _text(get("nama_ibu"))
        d.alamat = _text(get("alamat"))
        rt, rw = _text(get("rt")), _text(get("rw"))
        rtrw = _text(get("rt_rw"))
        if rtrw and not (rt or rw):
            parts = re.split(r"\s*[/.\-]\s*", rtrw)
            rt, rw = (parts[0], parts[1]) if len(parts) >= 2 else (rtrw, "")
        d.rt, d.rw = rt, rw

        desa_code, desa_problem = self._desa(_text(get("desa")), _text(get("kecamatan")))
        if desa_problem:
            errors["desa"] = desa_problem
        d.desa_kode = desa_code or ""

        if self.kategori == "aparat_desa":
            d.jabatan = once("jabatan", get("jabatan"), lambda x: (_text(x), None))[0]
        else:
            d.pekerjaan = once("pekerjaan", get("pekerjaan"), lambda x: (_text(x), None))[0]

        hp = get("no_hp")
        if hp is not None and hp != "":
            try:
                d.no_hp = normalize_phone(hp)
            except ValueError as e:
                warnings["no_hp"] = f"{e} Nomor HP tidak disimpan."
        money = get("upah")
        if money is not None and money != "":
            d.upah, problem = once("upah", money, self._money)
            if problem:
                errors["upah"] = problem
        d.sumber_dana, problem = once("sumber_dana", get("sumber_dana"), self._dana)
        if problem:
            errors["sumber_dana"] = problem
        d.program_jht, problem = once("program_jht", get("program_jht"), self._jht)
        if problem:
            warnings["program_jht"] = problem
        kpj = get("kpj")
        if kpj is not None:
            d.kpj = _text(kpj).replace(".", "").replace(" ", "")
            if d.kpj:
                d.status = "aktif"
        mulai = get("mulai_kepesertaan")
        if mulai is not None and mulai != "":
            d.mulai_kepesertaan, problem = once("mulai_kepesertaan", mulai, self._date)
            if problem:
                errors["mulai_kepesertaan"] = problem
        d.catatan = _text(get("catatan"))

        checked = check_peserta(
            d,
            self.ref,
            self.kabupaten,
            self.today,
            in_place=True,
            upah_minimum_bpu=self.upah_minimum_bpu,
        )
        if checked.errors or checked.warnings:
            for f_name, msg in checked.errors.items():
                errors.setdefault("desa" if f_name == "desa_kode" else f_name, msg)
            for f_name, msg in checked.warnings.items():
                warnings.setdefault("desa" if f_name == "desa_kode" else f_name, msg)
            if "desa" in errors and "desa_kode" in checked.errors and desa_problem:
                errors["desa"] = desa_problem
        return RowResult(
            source_row=source_row,
            cells=cells,
            data=d if not errors else None,
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
