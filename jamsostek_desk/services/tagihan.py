"""The contribution bill (tagihan iuran) of groups of participants, and what a budget still
covers. The per-person contribution comes from the dated tariffs (``services.iuran``); a group
of people with the same wage, programmes and kategori costs that contribution times its size.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from jamsostek_desk.domain.rekap import bulan_dalam_tahun, bulan_tersisa, tambahan_peserta
from jamsostek_desk.services.cakupan import Periode, Sel
from jamsostek_desk.services.iuran import TarifBerlaku, tarif_berlaku_in
from jamsostek_desk.store.db import Database


@dataclass(frozen=True)
class Tarif:
    """The contributions in force at one date (``services.iuran``), and what one more person
    costs: a pekerja rentan at the minimum declared income with JKK and JKM (Rp16.800 under
    the 2019–2026 tariffs)."""

    berlaku: TarifBerlaku
    per_orang_minimum: int
    _seen: dict[tuple[object, ...], int | None] = field(default_factory=dict, compare=False)

    def iuran(
        self, kategori: str, upah: int | None, jkk: bool, jkm: bool, jht: bool, jp: bool
    ) -> int | None:
        """A person's monthly contribution (remembered per distinct wage and programmes)."""
        key = (kategori, upah, jkk, jkm, jht, jp)
        if key not in self._seen:
            self._seen[key] = self.berlaku.iuran(kategori, upah, jkk, jkm, jht, jp).total
        return self._seen[key]


def tarif_pada(db: Database, pada: date) -> Tarif:
    """The tariffs in force at ``pada`` (read once; the rest is arithmetic)."""
    with db.session() as s:
        berlaku = tarif_berlaku_in(s, pada)
    minimum = berlaku.iuran("pekerja_rentan", None, True, True, False, False).total or 0
    return Tarif(berlaku, minimum)


def iuran_periode(tarif: Tarif, p: Periode) -> int:
    """The monthly contribution of one person of a period group; 0 when it cannot be known
    (a wage earner without a recorded wage)."""
    return tarif.iuran(p.kategori, p.upah, p.jkk, p.jkm, p.jht, p.jp) or 0


def tagihan_bulanan(cells: Iterable[Sel]) -> int:
    """Monthly contribution of the covered people among ``cells``."""
    return sum(c.iuran for c in cells if c.tercakup)


@dataclass
class AnggaranSumber:
    sumber_dana: str
    pagu: int
    tagihan_bulan_ini: int
    terpakai: int
    komitmen_sampai_desember: int

    @property
    def sisa(self) -> int:
        return self.pagu - self.terpakai - self.komitmen_sampai_desember


@dataclass
class Ringkasan:
    """The budget block of the Beranda and the rekapitulasi."""

    tahun: int
    pada: date
    pagu: int
    tagihan_bulan_ini: int
    terpakai: int
    komitmen_sampai_desember: int
    sisa: int
    tambahan_peserta: int
    iuran_per_orang: int
    bulan_tersisa: int
    per_sumber: list[AnggaranSumber] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {
            "tahun": self.tahun,
            "pagu": self.pagu,
            "tagihan_bulan_ini": self.tagihan_bulan_ini,
            "terpakai": self.terpakai,
            "komitmen_sampai_desember": self.komitmen_sampai_desember,
            "sisa": self.sisa,
            "tambahan_peserta": self.tambahan_peserta,
            "iuran_per_orang": self.iuran_per_orang,
            "bulan_tersisa": self.bulan_tersisa,
            "per_sumber": [
                {
                    "sumber_dana": s.sumber_dana,
                    "pagu": s.pagu,
                    "tagihan_bulan_ini": s.tagihan_bulan_ini,
                    "terpakai": s.terpakai,
                    "komitmen_sampai_desember": s.komitmen_sampai_desember,
                    "sisa": s.sisa,
                }
                for s in self.per_sumber
            ],
        }


def ringkasan(
    tarif: Tarif,
    pagu: dict[str, int],
    cells: Iterable[Sel],
    periods: Iterable[Periode],
    tahun: int,
    pada: date,
) -> Ringkasan:
    """Budget per funding source that has a pagu: spent so far (every month of ``tahun`` up to
    ``pada``'s month that each person's period touches), committed until December for the
    people covered now, what remains and how many more people that covers."""
    cells, periods = list(cells), list(periods)
    if pada.year < tahun:
        sampai, sisa_bulan = 0, 12
    elif pada.year > tahun:
        sampai, sisa_bulan = 12, 0
    else:
        sampai, sisa_bulan = pada.month, bulan_tersisa(pada)
    per = []
    for sumber in sorted(pagu):
        bulan_ini = tagihan_bulanan(c for c in cells if c.sumber_dana == sumber)
        terpakai = sum(
            iuran_periode(tarif, p) * p.n * bulan_dalam_tahun(tahun, p.mulai, p.selesai, sampai)
            for p in periods
            if p.sumber_dana == sumber
        )
        per.append(
            AnggaranSumber(sumber, pagu[sumber], bulan_ini, terpakai, bulan_ini * sisa_bulan)
        )
    total_sisa = sum(s.sisa for s in per)
    return Ringkasan(
        tahun=tahun,
        pada=pada,
        pagu=sum(s.pagu for s in per),
        tagihan_bulan_ini=sum(s.tagihan_bulan_ini for s in per),
        terpakai=sum(s.terpakai for s in per),
        komitmen_sampai_desember=sum(s.komitmen_sampai_desember for s in per),
        sisa=total_sisa,
        tambahan_peserta=tambahan_peserta(total_sisa, tarif.per_orang_minimum, sisa_bulan),
        iuran_per_orang=tarif.per_orang_minimum,
        bulan_tersisa=sisa_bulan,
        per_sumber=per,
    )


def bagaimana_jika(tarif: Tarif, tambahan_rp: int, mulai_bulan: int) -> int:
    """With ``tambahan_rp`` more from month ``mulai_bulan`` (1–12) to December: how many more
    people at the minimum contribution."""
    if not 1 <= mulai_bulan <= 12:
        raise ValueError("bulan 1–12")
    return tambahan_peserta(tambahan_rp, tarif.per_orang_minimum, 13 - mulai_bulan)
