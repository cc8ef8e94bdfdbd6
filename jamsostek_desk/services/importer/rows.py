"""Rows under the header that are not people: what a careful clerk skips without counting.

- the row of column numbers under the header ("1", "2", … or "(1)", "1.", -1 … -16, I, II …);
- the header repeated on later pages of a printed list;
- subtotal rows ("JUMLAH", "TOTAL");
- the family rows of a Dukcapil BIP list ("No. KK : …", "Alamat : … RT/RW : 003/001"): not
  people, but their desa, RT/RW and address belong to the family's rows under them;
- the signature block, from its first row (a place-and-date line, "Mengetahui", "Kepala …",
  "Yang membuat daftar", "(ttd)", "NIP …", or a lone name under an empty signature space) to
  the end of the sheet. A row with a NIK ends the block: a person is never dropped silently.

``RowSorter.sort`` says why a row is not data (None for a data row, "" for an empty one).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from typing import cast

from jamsostek_desk.domain.columns import header_key
from jamsostek_desk.services.importer.layout import SheetLayout

NUMBERS = "baris nomor kolom"
HEADER_AGAIN = "judul kolom berulang"
SUBTOTAL = "baris jumlah"
FAMILY = "baris keluarga (No. KK)"
SIGNATURE = "blok tanda tangan"

_BULAN = (
    "januari|februari|pebruari|maret|april|mei|juni|juli|agustus|september|oktober|"
    "november|nopember|desember"
)
_PLACE_DATE = re.compile(
    rf"^[^\d,]{{2,40}},\s*(?:[\d\s._-]*(?:{_BULAN})\s*\d{{4}}|\d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{2,4}})"
    r"\s*$",
    re.IGNORECASE,
)
_SIGN_WORDS = re.compile(
    r"^\s*(\(?\s*ttd\s*\)?|mengetahui|menyetujui|diketahui|yang membuat|yang menyerahkan|"
    r"yang menerima|dibuat oleh|disusun oleh|hormat kami|kepala\b|kades\b|camat\b|"
    r"sekretaris\b|a\.\s?n\.?\s|an\.\s|plt\.?\s|pj\.?\s|nip\b|nip\.|tanda tangan|cap\s|"
    r"ditetapkan di|dikeluarkan di|yang bertanda tangan|pembuat daftar|petugas pendata|"
    r"operator desa|bendahara\b)",
    re.IGNORECASE,
)
_SUBTOTAL = re.compile(r"^\s*(jumlah|total|sub\s*total|grand\s*total)\b", re.IGNORECASE)
_FAMILY_START = re.compile(r"^\s*(no\.?\s*kk\b|nama\.?\s*kk\b|nama kepala keluarga)", re.I)
_FAMILY_ADDRESS = re.compile(r"\brt\s*/\s*rw\s*:|\brt\s*:\s*\d", re.IGNORECASE)
_RT_RW = re.compile(r"\brt\s*/\s*rw\s*:\s*([\d-]+)\s*/\s*([\d-]+)", re.IGNORECASE)
_RT = re.compile(r"\brt\s*:\s*(\d+)", re.IGNORECASE)
_RW = re.compile(r"\brw\s*:\s*(\d+)", re.IGNORECASE)
_DESA_IN = re.compile(
    r"\b(?:desa|kelurahan|kel\.)\s*:?\s*([a-z][a-z .'-]*?)\s*(?:,|\brt\b|$)", re.IGNORECASE
)
_ALAMAT_IN = re.compile(r"\balamat\s*:\s*([^,]+)", re.IGNORECASE)
_DUSUN_IN = re.compile(r"\bdusun\s*:\s*([^,]+?)\s*(?:,|$)", re.IGNORECASE)
_BEFORE_RT = re.compile(r"^\s*([^,:]+?)\s*,\s*rt\s*[:/]", re.IGNORECASE)
_ROMAN = re.compile(r"^\(?([ivxlc]+)\)?\.?$", re.IGNORECASE)
_SMALL = re.compile(r"^\(?(-?\d{1,3})\)?\.?$")
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}


@dataclass
class Family:
    """What a BIP family row says about the people under it."""

    desa: str = ""
    rt: str = ""
    rw: str = ""
    alamat: str = ""


def _roman(text: str) -> int | None:
    total, last = 0, 0
    for ch in reversed(text.lower()):
        v = _ROMAN_VALUES[ch]
        total += -v if v < last else v
        last = max(last, v)
    return total or None


def _small_number(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return abs(int(value)) if float(value).is_integer() and abs(value) < 1000 else None
    if isinstance(value, str):
        text = value.strip()
        m = _SMALL.match(text)
        if m:
            return abs(int(m.group(1)))
        m = _ROMAN.match(text)
        if m:
            return _roman(m.group(1))
    return None


def is_column_numbers(filled: list[object]) -> bool:
    """1, 2, 3 … (or (1), 1., -1, I, II …) one per column, at least three, from 1 or 2; a
    number may be missing under a merged header (1, 2, 4, 5)."""
    if len(filled) < 3:
        return False
    numbers = [_small_number(v) for v in filled]
    if any(n is None for n in numbers) or cast(int, numbers[0]) > 2:
        return False
    steps = [b - a for a, b in itertools.pairwise(cast(list[int], numbers))]
    return all(1 <= step <= 2 for step in steps) and steps.count(2) * 4 <= len(steps)


def _nik_like(value: object) -> bool:
    if type(value) is str:
        if len(value) >= 12 and value.isdigit():
            return True
        return sum(ch.isdigit() for ch in value) >= 12
    if isinstance(value, int | float) and not isinstance(value, bool):
        return abs(value) >= 1e11
    return False


def _filled(value: object) -> bool:
    return value is not None and value != "" and not (isinstance(value, str) and not value.strip())


def _clean(value: str) -> str:
    value = value.strip(" -,.")
    return "" if value.strip("0") == "" else value


def family_of(texts: list[str]) -> Family:
    joined = " , ".join(texts)
    fam = Family()
    if m := _RT_RW.search(joined):
        fam.rt, fam.rw = _clean(m.group(1)), _clean(m.group(2))
    else:
        if m := _RT.search(joined):
            fam.rt = _clean(m.group(1))
        if m := _RW.search(joined):
            fam.rw = _clean(m.group(1))
    if m := _DESA_IN.search(joined):
        fam.desa = m.group(1).strip()
    if (m := _ALAMAT_IN.search(joined)) or (m := _DUSUN_IN.search(joined)):
        fam.alamat = _clean(m.group(1))
    else:  # "DUSUN KERANDANGAN, RT:001, RW:001, Kodepos:83355"
        for t in texts:
            if m := _BEFORE_RT.match(t):
                fam.alamat = _clean(m.group(1))
                break
    return fam


class RowSorter:
    """Sorts the rows of one sheet, top to bottom, into data and the kinds of non-data."""

    def __init__(self, layout: SheetLayout) -> None:
        self.layout = layout
        self.nik_col = layout.column_of("nik")
        self.numbering = layout.numbering
        self.in_signature = False
        self.after_blank = False
        self.seen_data = False
        self.family: Family | None = None

    def sort(self, cells: list[object]) -> str | None:
        """Why this row is not data: None for data, "" for an empty row."""
        nik_col = self.nik_col
        if nik_col is not None and nik_col < len(cells) and _nik_like(cells[nik_col]):
            # the common row: a person with a NIK (it also ends a false signature block)
            self.in_signature = self.after_blank = False
            self.seen_data = True
            return None
        filled = [c for c in cells if _filled(c)]
        if not filled:
            self.after_blank = True
            return ""
        if self.in_signature:
            return SIGNATURE
        if is_column_numbers(filled):
            return NUMBERS
        own = [c for i, c in enumerate(cells) if i != self.numbering and _filled(c)]
        if not own:
            self.after_blank = True
            return ""  # a number in the "No" column of an empty row
        texts = [" ".join(str(c).split()) for c in own if isinstance(c, str)]
        if self._header_again(cells):
            return HEADER_AGAIN
        if texts and any(_SUBTOTAL.match(t) for t in texts[:3]):
            return SUBTOTAL
        if any(_FAMILY_START.match(t) or _FAMILY_ADDRESS.search(t) for t in texts):
            found = family_of(texts)
            if any((found.desa, found.rt, found.rw, found.alamat)) or self.family is None:
                self.family = found if found.desa or found.rt or found.alamat else Family()
            return FAMILY
        if len(own) <= 3 and texts and len(texts) == len(own):
            if any(_PLACE_DATE.match(t) or _SIGN_WORDS.match(t) for t in texts):
                self.in_signature = True
                return SIGNATURE
            if self.seen_data and self.after_blank and len(own) <= 2:
                self.in_signature = True  # a name under an empty signature space
                return SIGNATURE
        self.after_blank = False
        self.seen_data = True
        return None

    def _header_again(self, cells: list[object]) -> bool:
        keys = self.layout.header_keys
        same = 0
        for i, c in enumerate(cells):
            if isinstance(c, str) and (i, header_key(c)) in keys:
                same += 1
                if same >= 2:
                    return True
        return False


def is_family_row(cells: list[object]) -> bool:
    """A BIP family row ("No. KK : …", "… RT/RW : 003/001")."""
    return any(
        isinstance(c, str) and (_FAMILY_START.match(c) or _FAMILY_ADDRESS.search(c)) for c in cells
    )
