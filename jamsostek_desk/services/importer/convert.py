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
from enum import StrEnum
from typing import Any, cast

from jamsostek_desk.domain.codes import DEFAULT_DANA, SUMBER_DANA
from jamsostek_desk.domain.columns import header_key
from jamsostek_desk.domain.dates import parse_tanggal
from jamsostek_desk.domain.dukcapil import MATI, PINDAH, STATUS_CODES, STATUS_WORDS, pekerjaan_codes
from jamsostek_desk.domain.money import parse_rupiah
from jamsostek_desk.domain.nik import clean_nik_text, parse_nik
from jamsostek_desk.domain.peserta import PesertaData, check_peserta
from jamsostek_desk.domain.phone import normalize_phone
from jamsostek_desk.domain.wilayah import WilayahRef, normalize_kode
from jamsostek_desk.services.importer.layout import SheetLayout
from jamsostek_desk.services.importer.rows import Family

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
    "1": "L",  # the Dukcapil codes of SIAK and OpenSID
    "2": "P",
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
_EMPTY_MARKS = frozenset({"-", "--", "\u2013", "\u2014"})  # "-" is how systems write "nothing"
# "DATA APARAT DESA BAKAMBAT", "DESA/KELURAHAN : AIK DAREQ": the desa a title names
_TITLE_DESA = re.compile(
    r"\b(?:desa\s*/\s*kelurahan|kelurahan\s*/\s*desa|desa|kelurahan|kel\.)\s*:?\s*(.+)$",
    re.IGNORECASE,
)
_TITLE_END = re.compile(
    r"\s*(?:\b(?:kecamatan|kec\.|kabupaten|kab\.|kota|provinsi|tahun|periode|bulan)\b|[,:(]).*$",
    re.IGNORECASE,
)
_TTL = re.compile(r"^\s*([^,/]+?)\s*[,/]\s*(.+)$")
# "Martapura 12-01-1980", "Martapura 12 Januari 1980": no comma, the date at the end
_TTL_TAIL = re.compile(r"^\s*(\D+?)\s+(\d{1,2}[-/. ]+(?:\d{1,2}|[a-z]+)[-/. ]+\d{2,4})\s*$", re.I)


class RowStatus(StrEnum):
    """What the import does with a row, in the words of its report (``ImportReport``)."""

    IMPORTED = "imported"  # a new participant
    UPDATED = "updated"  # a registered NIK whose given fields change
    SKIPPED = "skipped"  # a registered NIK left as it is (the report's skipped_duplicates)
    REJECTED = "rejected"  # refused, with a message per column
    # a line that is not a participant (SheetPlan.skipped, see rows.py): never a result and
    # never counted; the preview shows it in its place
    NOT_DATA = "not_data"


COUNTED = (RowStatus.IMPORTED, RowStatus.UPDATED, RowStatus.SKIPPED, RowStatus.REJECTED)
WRITTEN = frozenset({RowStatus.IMPORTED, RowStatus.UPDATED})  # what commit writes


@dataclass(slots=True)
class RowResult:
    source_row: int  # 1-based, as Excel numbers rows
    cells: list[object]
    data: PesertaData | None
    errors: dict[str, str] = field(default_factory=dict)  # field -> message
    warnings: dict[str, str] = field(default_factory=dict)
    status: RowStatus = RowStatus.IMPORTED  # decided later, against the database
    # replaced, never changed in place: accepted rows share one empty dict
    changes: dict[str, tuple[object, object]] = field(default_factory=lambda: _NO_CHANGES)
    existing_id: str | None = None
    # False when ``cells`` are not the row as typed: an accepted row keeps none (a million
    # rows of cells were a third of an import's memory); the rejects file reads them again
    typed: bool = True

    @property
    def ok(self) -> bool:
        return not self.errors

    # Rows without messages share one empty dict each for errors and warnings (a million
    # rows: 130 MB less); messages added later go through these two, which copy first.
    def warn(self, field_name: str, message: str, *, replace: bool = False) -> None:
        if self.warnings is _NONE:
            self.warnings = {}
        if replace or field_name not in self.warnings:
            self.warnings[field_name] = message

    def fail(self, field_name: str, message: str, *, replace: bool = True) -> None:
        if self.errors is _NONE:
            self.errors = {}
        if replace or field_name not in self.errors:
            self.errors[field_name] = message


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
_NO_CHANGES: dict[str, tuple[object, object]] = {}
_NONE: dict[str, str] = {}  # shared: the messages of a row that has none (see RowResult.warn)
_NO_HEIRS: list[Any] = []  # shared, never changed: an imported record has no heirs
_NO_CELLS: list[object] = []  # shared, never changed: the cells of an accepted row


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
        *,
        default_desa: str | None = None,
        partial: bool = False,
    ):
        """``default_desa``: the desa code of rows without one (from --desa, the sheet's title
        or name). ``partial``: the list holds only some columns, to update people already
        registered; the rules are applied later, to each record after the change."""
        self.ref, self.kabupaten, self.kategori, self.layout = ref, kabupaten, kategori, layout
        self.upah_minimum_bpu = upah_minimum_bpu
        self.default_desa, self.partial = default_desa, partial
        self.cols = layout.columns
        self.index = {f: c for c, f in layout.columns.items()}
        self._fields = tuple(self.index)
        self._width = max(self.index.values(), default=-1) + 1
        self._desa_cache: dict[tuple[str, str], tuple[str | None, str | None]] = {}
        self._memo: dict[str, dict[object, tuple[Any, str | None]]] = defaultdict(dict)
        self.today = date.today()

    def _values(self, cells: list[object]) -> dict[str, object]:
        """The raw value of every mapped field in this row (fields without a column absent);
        "-" is empty."""
        if len(cells) < self._width:
            cells = [*cells, *([None] * (self._width - len(cells)))]
        index = self.index
        values = {f: cells[index[f]] for f in self._fields}
        if not _EMPTY_MARKS.isdisjoint(values.values()):  # rare: one set test per row
            for f, v in values.items():
                if type(v) is str and v in _EMPTY_MARKS:
                    values[f] = None
        return values

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
        if isinstance(raw, float) and raw.is_integer():
            raw = int(raw)
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

    def _pekerjaan(self, raw: object) -> tuple[str, str | None]:
        """A Dukcapil code (1-89, as OpenSID exports pekerjaan_id) becomes its name."""
        text = _text(raw)
        if text.isdigit():
            name = pekerjaan_codes().get(int(text))
            if name is None:
                return "", f"Kode pekerjaan {text} tidak ada di daftar kode Dukcapil (1–89)."
            return name, None
        return text, None

    def _status(self, raw: object) -> tuple[str, str | None]:
        """The register's status of a person: "" (alive or unknown), mati, pindah, …"""
        if isinstance(raw, int | float) and not isinstance(raw, bool):
            return STATUS_CODES.get(int(raw), ""), None
        key = header_key(raw)
        if key.isdigit():
            return STATUS_CODES.get(int(key), ""), None
        return STATUS_WORDS.get(key, ""), None

    def _jht(self, raw: object) -> tuple[bool, str | None]:
        key = header_key(raw)
        if key in _YES:
            return True, None
        if key in _NO:
            return False, None
        return False, f"Isian JHT '{_text(raw)}' dibaca 'tidak'."

    def convert(
        self, source_row: int, cells: list[object], family: Family | None = None
    ) -> RowResult:
        """One row; ``family``: what the BIP family row above it says (desa, RT/RW, address)."""
        v = self._values(cells)
        get = v.get
        once = self._once
        errors: dict[str, str] = {}
        warnings: dict[str, str] = {}
        d = PesertaData(kategori=self.kategori, ahli_waris=_NO_HEIRS)

        nik = get("nik")
        if isinstance(nik, int | float) and not isinstance(nik, bool):
            d.nik, problem, doubt = _nik_from_number(nik)
            if problem:
                errors["nik"] = problem
            elif doubt:
                warnings["nik"] = doubt
        else:
            d.nik = _text(nik)
        d.nama = _text(get("nama"))
        d.tempat_lahir = _text(get("tempat_lahir"))
        lahir: object = get("tanggal_lahir")
        ttl = _text(get("tempat_tanggal_lahir"))
        if ttl and (lahir in (None, "")):
            m = _TTL_TAIL.match(ttl) or _TTL.match(ttl)
            if m:
                d.tempat_lahir = d.tempat_lahir or m.group(1).rstrip(" ,/")
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
        elif not d.jenis_kelamin and not (self.partial and "jenis_kelamin" not in v):
            sex = _sex_of_nik(d.nik)
            if sex:
                d.jenis_kelamin = sex
                word = "laki-laki" if sex == "L" else "perempuan"
                warnings["jenis_kelamin"] = f"Jenis kelamin kosong; diisi {word} menurut NIK."
        d.nama_ibu = _text(get("nama_ibu"))
        d.alamat = _text(get("alamat"))
        rt, rw = _text(get("rt")), _text(get("rw"))
        rtrw = _text(get("rt_rw"))
        if rtrw and not (rt or rw):
            parts = re.split(r"\s*[/.\-]\s*", rtrw)
            rt, rw = (parts[0], parts[1]) if len(parts) >= 2 else (rtrw, "")
        if family is not None:
            rt, rw = rt or family.rt, rw or family.rw
            d.alamat = d.alamat or family.alamat
        d.rt, d.rw = rt, rw

        desa_name = _text(get("desa"))
        desa_code: str | None
        desa_problem: str | None = None
        if desa_name or family is None or not family.desa:
            desa_code, desa_problem = (
                self._desa(desa_name, _text(get("kecamatan")))
                if desa_name or not self.default_desa
                else (self.default_desa, None)
            )
        else:
            desa_code, desa_problem = self._desa(family.desa, _text(get("kecamatan")))
        if desa_problem and not (self.partial and "desa" not in v):
            errors["desa"] = desa_problem
        elif not desa_name and "desa" in v and desa_code:
            # an empty cell in the desa column of a sheet that names its desa
            warnings["desa"] = "Desa kosong; diisi desa lembar ini (dari judul atau namanya)."
        d.desa_kode = desa_code or ""

        if self.kategori == "aparat_desa":
            d.jabatan = once("jabatan", get("jabatan"), lambda x: (_text(x), None))[0]
        else:
            d.pekerjaan, problem = once("pekerjaan", get("pekerjaan"), self._pekerjaan)
            if problem:
                errors["pekerjaan"] = problem
        if "status_penduduk" in v:
            state = once("status_penduduk", get("status_penduduk"), self._status)[0]
            if state == MATI:
                errors["status_penduduk"] = (
                    "Meninggal menurut daftar (status Mati): tidak didaftarkan."
                )
            elif state == PINDAH:
                warnings["status_penduduk"] = "Pindah menurut daftar: periksa alamatnya sekarang."
            elif state:
                warnings["status_penduduk"] = (
                    f"Status menurut daftar: {state}. Periksa dulu orangnya."
                )

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

        if self.partial:
            # only the NIK now: the rules apply to the registered record after the change
            info = parse_nik(d.nik, self.ref, self.today)
            if info.errors:
                errors.setdefault("nik", info.errors[0].message)
            else:
                d.nik = info.nik or d.nik
            if errors:
                return RowResult(source_row, cells, None, errors, warnings or _NONE)
            return RowResult(source_row, _NO_CELLS, d, _NONE, warnings or _NONE, typed=False)
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
        if errors:
            return RowResult(source_row, cells, None, errors, warnings or _NONE)
        return RowResult(source_row, _NO_CELLS, d, _NONE, warnings or _NONE, typed=False)

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


def sheet_desa(
    ref: WilayahRef, kabupaten: str, titles: list[str], sheet: str
) -> tuple[str, str] | None:
    """(desa code, where it was read) from a title row naming the desa ("DATA APARAT DESA
    BAKAMBAT", "DESA/KELURAHAN : AIK DAREQ") or else the sheet's name; None when neither
    names exactly one desa of the kabupaten."""
    for line in titles:
        m = _TITLE_DESA.search(line)
        if m:
            name = _TITLE_END.sub("", m.group(1)).strip(" .-")
            kode = _one_desa(ref, kabupaten, name)
            if kode:
                return kode, f"judul lembar “{line}”"
    kode = _one_desa(ref, kabupaten, sheet)
    return (kode, f"nama lembar “{sheet}”") if kode else None


def _one_desa(ref: WilayahRef, kabupaten: str, name: str) -> str | None:
    name = _strip_prefix(name)
    if len(name) < 3:
        return None
    found = ref.find_desa(name, kabupaten)
    exact = [r for r in found if header_key(r.nama) == header_key(name)]
    return exact[0].kode if len(exact) == 1 else None


def _nik_from_number(value: float) -> tuple[str, str | None, str | None]:
    """A NIK cell stored as a number: (all its digits, error, warning). Excel keeps 15
    digits, so a 16th digit 0 was probably lost; another 16th digit shows the number was
    written by a program that kept all of them."""
    if isinstance(value, float) and not value.is_integer():
        shown = f"{value:f}".rstrip("0").rstrip(".")
        return (
            shown,
            f"NIK '{shown}' bukan 16 angka. Ketik ulang NIK dari KTP/KK sebagai teks.",
            None,
        )
    digits = str(int(value))
    if len(digits) != 16:
        return (
            digits,
            (
                f"NIK {digits} tersimpan sebagai angka dan berisi {len(digits)} angka, bukan 16. "
                "Ketik ulang NIK dari KTP/KK sebagai teks."
            ),
            None,
        )
    if digits.endswith("0"):
        return (
            digits,
            (
                f"NIK {digits} tersimpan sebagai angka; angka terakhirnya (0) kemungkinan hilang, "
                "karena Excel hanya menyimpan 15 angka. Ketik ulang NIK dari KTP/KK sebagai teks "
                "(format sel Teks, atau awali dengan tanda petik ')."
            ),
            None,
        )
    return (
        digits,
        None,
        (
            f"NIK {digits} tersimpan sebagai angka, bukan teks; ke-16 angkanya utuh. Simpan kolom "
            "NIK sebagai teks agar angka terakhir tidak hilang saat diketik di Excel."
        ),
    )


def _sex_of_nik(nik: str) -> str:
    """L or P from the day digits of a NIK (women have 40 added), "" when it cannot tell."""
    digits = clean_nik_text(nik)
    if len(digits) != 16 or not digits.isdigit():
        return ""
    day = int(digits[6:8])
    return "L" if 1 <= day <= 31 else "P" if 41 <= day <= 71 else ""


def _strip_prefix(name: str) -> str:
    return _PREFIX.sub("", name.strip())


def shown_cells(layout: SheetLayout, d: PesertaData) -> list[object]:
    """NIK, name and desa of a row in their columns, for a row that was accepted and then
    refused (its typed cells were not kept)."""
    cells: list[object] = [None] * len(layout.headers)
    for col, f in layout.columns.items():
        if f in ("nik", "nama"):
            cells[col] = getattr(d, f)
        elif f == "desa":
            cells[col] = d.desa_kode
    return cells


def cell_columns(layout: SheetLayout, fields: dict[str, Any]) -> set[int]:
    """Column indexes of the fields named in ``fields`` (to highlight them in the rejects)."""
    names = {"desa" if f == "desa_kode" else f for f in fields}
    return {col for col, f in layout.columns.items() if f in names}


def excel_serial_or_text(value: object) -> object:
    """Dates as dd-mm-yyyy text in outputs (rejects keep what was typed, but readable); a long
    number (a NIK stored as a number) as all its digits, never 6.30307E+15."""
    if isinstance(value, datetime):
        return value.strftime("%d-%m-%Y")
    if isinstance(value, date):
        return value.strftime("%d-%m-%Y")
    if isinstance(value, float) and value.is_integer() and abs(value) >= 1e11:
        return str(int(value))
    return value
