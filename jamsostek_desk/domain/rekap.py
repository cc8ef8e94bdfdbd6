"""Coverage and budget arithmetic: which dated figure is in force, age bands, months left,
how many more people a remaining budget covers. Pure functions (no database, no Qt)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Final, Protocol, TypeVar

# Age bands of the coverage breakdown: (label, lowest age, highest age or None).
KELOMPOK_USIA: Final[tuple[tuple[str, int, int | None], ...]] = (
    ("< 25", 0, 24),
    ("25–34", 25, 34),
    ("35–44", 35, 44),
    ("45–54", 45, 54),
    ("55–64", 55, 64),
    ("≥ 65", 65, None),
)

# The default structure of aparat-desa posts of one desa (Permendagri 84/2015: kepala desa,
# sekretaris, up to 3 kaur, up to 3 kasi, kepala dusun); offices change the numbers.
FORMASI_BAWAAN: Final[tuple[tuple[str, int], ...]] = (
    ("Kepala Desa", 1),
    ("Sekretaris Desa", 1),
    ("Kepala Urusan", 3),
    ("Kepala Seksi", 3),
    ("Kepala Dusun", 3),
)

BATAS_TUNGGU_KPJ_HARI: Final = 30  # a registration waiting longer than this for its KPJ


class Dated(Protocol):
    @property
    def berlaku(self) -> date: ...


D = TypeVar("D", bound=Dated)


def in_force(rows: Iterable[D], pada: date) -> D | None:
    """The row of the latest ``berlaku`` on or before ``pada``; when every row starts later,
    the earliest one (a target set on 5 January already counts for 1 January)."""
    ordered = sorted(rows, key=lambda r: r.berlaku)
    if not ordered:
        return None
    before = [r for r in ordered if r.berlaku <= pada]
    return before[-1] if before else ordered[0]


def kelompok_usia(umur: int) -> str:
    """The age band of an age in whole years."""
    for label, low, high in KELOMPOK_USIA:
        if umur >= low and (high is None or umur <= high):
            return label
    return KELOMPOK_USIA[0][0]


def bulan_tersisa(pada: date) -> int:
    """Whole months after ``pada``'s month until December (the months still to be paid)."""
    return 12 - pada.month


def persen(bagian: int, dari: int) -> float | None:
    """Coverage percentage to one decimal, None without a target."""
    if dari <= 0:
        return None
    return round(bagian * 100 / dari, 1)


def tambahan_peserta(sisa: int, iuran_per_orang: int, bulan: int) -> int:
    """How many more people ``sisa`` rupiah covers for ``bulan`` months (never negative)."""
    if sisa <= 0 or iuran_per_orang <= 0 or bulan <= 0:
        return 0
    return sisa // (iuran_per_orang * bulan)


def bulan_dalam_tahun(
    tahun: int, mulai: date | None, selesai: date | None, sampai_bulan: int
) -> int:
    """Months 1..``sampai_bulan`` of ``tahun`` that a period [mulai, selesai] touches."""
    lo = 1 if mulai is None or mulai.year < tahun else (mulai.month if mulai.year == tahun else 13)
    hi = (
        sampai_bulan
        if selesai is None or selesai.year > tahun
        else (min(selesai.month, sampai_bulan) if selesai.year == tahun else 0)
    )
    return max(0, hi - lo + 1)


@dataclass(frozen=True)
class Formasi:
    """Posts of one desa against its aparat desa: the basis of "desa with incomplete data"."""

    desa_kode: str
    formasi: int
    terdaftar: int
    aktif: int

    @property
    def kurang(self) -> int:
        return max(0, self.formasi - self.terdaftar)


def formasi_bawaan(struktur: Sequence[tuple[str, int]] = FORMASI_BAWAAN) -> int:
    return sum(n for _jabatan, n in struktur)
