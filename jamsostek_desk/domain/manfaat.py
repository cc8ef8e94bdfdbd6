"""Benefit rules (aturan manfaat) and the computation of a case's components.

Pure: the rules come in as data rows (``tarif_manfaat``), each with its legal basis, effective
date and formula kind (``RUMUS``). A case is computed with the rules in force on its event date,
so a later change of regulation never changes a case already recorded.

Formula kinds:
- ``tetap``: a fixed amount (``jumlah``).
- ``kali_upah``: ``faktor`` hundredths × the wage (48 × = 4800), at least ``minimum`` rupiah;
  with a percentage of disability (``jkk-cacat``) the result is also × that percentage.
- ``persen_upah``: ``faktor`` hundredths of a percent of the wage per month (STMB: 100 % =
  10000 for the first 12 months, then 50 %).
- ``beasiswa``: ``jumlah`` a year for a child at school level ``jenjang`` (up to ``maks_tahun``
  years); at most ``maks_anak`` children; only with at least ``min_tahun_iuran`` full years of
  membership (counted from the start of membership to the event date). A case hands over the
  first year; later years are paid yearly on application.

Amounts are whole rupiah: ``kali_upah`` and ``persen_upah`` round half up (as ``domain.iuran``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from jamsostek_desk.domain.money import format_rupiah

JENIS_KASUS: dict[str, tuple[str, str]] = {
    # jenis: (program, label)
    "jkm": ("JKM", "Jaminan Kematian"),
    "jkk-meninggal": ("JKK", "JKK: meninggal akibat kecelakaan kerja"),
    "jkk-cacat": ("JKK", "JKK: cacat akibat kecelakaan kerja"),
    "jkk-stmb": ("JKK", "JKK: sementara tidak mampu bekerja (STMB)"),
    "jkk-perawatan": ("JKK", "JKK: perawatan dan pengobatan"),
}
# Kinds whose amounts follow the bills, not a formula (perawatan sesuai kebutuhan medis, without
# a cap, PP 82/2019): any components may be recorded.
SESUAI_TAGIHAN = frozenset({"jkk-perawatan"})
RUMUS: dict[str, str] = {
    "tetap": "jumlah tetap",
    "kali_upah": "kali upah (dengan batas paling sedikit)",
    "persen_upah": "persen upah per bulan",
    "beasiswa": "beasiswa per jenjang per tahun",
}
JENJANG: dict[str, str] = {
    "tk": "TK",
    "sd": "SD",
    "smp": "SMP",
    "sma": "SMA/SMK",
    "kuliah": "perguruan tinggi/pelatihan",
}
SKALA = 100  # faktor of kali_upah: hundredths (48 × = 4800)
PERSEN = 10_000  # faktor of persen_upah: hundredths of a percent (100 % = 10000)
CACAT_TOTAL = 70  # percent: cacat total tetap (PP 82/2019 Lampiran)


@dataclass(frozen=True)
class AturanManfaat:
    """One component of a benefit from a date on (a row of ``tarif_manfaat``)."""

    program: str  # JKK, JKM
    jenis: str  # a key of JENIS_KASUS
    kode: str
    nama: str
    rumus: str  # a key of RUMUS
    jumlah: int = 0  # tetap: rupiah; beasiswa: rupiah a year
    faktor: int = 0  # kali_upah: hundredths; persen_upah: hundredths of a percent
    minimum: int = 0  # kali_upah: at least this many rupiah
    jenjang: str = ""  # beasiswa: a key of JENJANG
    maks_tahun: int = 0  # beasiswa: years paid at this level
    maks_anak: int = 0  # beasiswa: children (0: no limit)
    min_tahun_iuran: int = 0  # full years of membership needed (0: none)
    berlaku_mulai: date = date(2019, 12, 2)
    dasar_hukum: str = ""
    urutan: int = 0

    def uraian(self) -> str:
        """The rule in words, for the benefit table and ``manfaat tarif``."""
        if self.rumus == "tetap":
            text = format_rupiah(self.jumlah)
        elif self.rumus == "kali_upah":
            text = f"{_angka(self.faktor, SKALA)} × upah"
            if self.jenis == "jkk-cacat":
                text = f"% cacat × {text}"
            if self.minimum:
                text += f", paling sedikit {format_rupiah(self.minimum)}"
        elif self.rumus == "persen_upah":
            text = f"{_angka(self.faktor, 100)} % upah per bulan"
        else:
            text = (
                f"{format_rupiah(self.jumlah)} per tahun, {JENJANG.get(self.jenjang, '?')}, "
                f"paling lama {self.maks_tahun} tahun"
            )
            if self.maks_anak:
                text += f", paling banyak {self.maks_anak} anak"
        if self.min_tahun_iuran:
            text += f"; masa iuran paling sedikit {self.min_tahun_iuran} tahun"
        return text


def _angka(value: int, scale: int) -> str:
    whole, frac = divmod(value, scale)
    if not frac:
        return str(whole)
    return f"{whole},{frac:0{len(str(scale)) - 1}d}".rstrip("0")


@dataclass(frozen=True)
class Komponen:
    kode: str
    nama: str
    jumlah: int
    dasar: str = ""  # legal basis (shown by the CLI and the window, never on the letter)


@dataclass(frozen=True)
class Ditolak:
    nama: str
    alasan: str  # names the rule
    kode: str = ""


@dataclass
class Hitungan:
    komponen: list[Komponen] = field(default_factory=list)
    ditolak: list[Ditolak] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(k.jumlah for k in self.komponen)


def in_force(rows: Iterable[AturanManfaat], jenis: str, pada: date) -> list[AturanManfaat]:
    """The rules of a kind of case in force on a date: per ``kode`` the latest row not after
    ``pada``, in their order (``urutan``)."""
    latest: dict[str, AturanManfaat] = {}
    for r in rows:
        if r.jenis != jenis or r.berlaku_mulai > pada:
            continue
        if r.kode not in latest or latest[r.kode].berlaku_mulai < r.berlaku_mulai:
            latest[r.kode] = r
    return sorted(latest.values(), key=lambda r: (r.urutan, r.kode))


def tahun_penuh(mulai: date | None, pada: date) -> int:
    """Full years from ``mulai`` to ``pada`` (0 without a start)."""
    if mulai is None or pada < mulai:
        return 0
    years = pada.year - mulai.year
    if (pada.month, pada.day) < (mulai.month, mulai.day):
        years -= 1
    return years


def _round(value: int, scale: int) -> int:
    return (value + scale // 2) // scale


def hitung(
    rules: Iterable[AturanManfaat],
    jenis: str,
    pada: date,
    upah: int | None,
    anak: Iterable[str] = (),
    mulai_kepesertaan: date | None = None,
    persen_cacat: int = CACAT_TOTAL,
) -> Hitungan:
    """The components of a case of kind ``jenis`` on ``pada``: each with its amount and basis,
    and the components refused by a rule (with the rule named).

    ``anak``: the school level of each child for whom a scholarship is asked (in order);
    ``upah``: the wage the multiples are taken of (needed by kali_upah/persen_upah rules).
    """
    if jenis not in JENIS_KASUS:
        raise ValueError(f"Jenis kasus {jenis!r} tidak dikenal.")
    out = Hitungan()
    rules_now = in_force(rules, jenis, pada)
    masa = tahun_penuh(mulai_kepesertaan, pada)
    anak = [a.strip().lower() for a in anak if a.strip()]
    for a in anak:
        if a not in JENJANG:
            raise ValueError(f"Jenjang {a!r} tidak dikenal: pilih {', '.join(JENJANG)}.")
    for r in rules_now:
        if r.rumus == "beasiswa":
            continue
        if r.rumus == "tetap":
            out.komponen.append(Komponen(r.kode, r.nama, r.jumlah, r.dasar_hukum))
            continue
        if upah is None:
            out.ditolak.append(
                Ditolak(r.nama, f"upah belum dicatat: dihitung dari upah ({r.uraian()})", r.kode)
            )
            continue
        if r.rumus == "kali_upah":
            amount = upah * r.faktor
            if jenis == "jkk-cacat":
                amount = _round(amount * persen_cacat, SKALA * 100)
                nama = f"{r.nama} ({persen_cacat} %)"
            else:
                amount = _round(amount, SKALA)
                nama = r.nama
            out.komponen.append(Komponen(r.kode, nama, max(amount, r.minimum), r.dasar_hukum))
        elif r.rumus == "persen_upah":
            out.komponen.append(
                Komponen(r.kode, r.nama, _round(upah * r.faktor, PERSEN), r.dasar_hukum)
            )
    _beasiswa(out, [r for r in rules_now if r.rumus == "beasiswa"], anak, masa)
    return out


def _beasiswa(out: Hitungan, rules: list[AturanManfaat], anak: list[str], masa: int) -> None:
    by_level = {r.jenjang: r for r in rules}
    for i, level in enumerate(anak, start=1):
        nama = f"Beasiswa anak ke-{i} ({JENJANG[level]}), tahun pertama"
        r = by_level.get(level)
        if r is None:
            out.ditolak.append(
                Ditolak(nama, "tidak ada aturan beasiswa untuk jenjang ini", f"beasiswa_{level}")
            )
            continue
        if r.maks_anak and i > r.maks_anak:
            out.ditolak.append(
                Ditolak(
                    nama,
                    f"beasiswa paling banyak untuk {r.maks_anak} anak ({r.dasar_hukum})",
                    r.kode,
                )
            )
            continue
        if masa < r.min_tahun_iuran:
            out.ditolak.append(
                Ditolak(
                    nama,
                    f"beasiswa {r.program} butuh masa iuran paling sedikit "
                    f"{r.min_tahun_iuran} tahun sejak mulai kepesertaan; masa iuran "
                    f"{masa} tahun ({r.dasar_hukum})",
                    r.kode,
                )
            )
            continue
        out.komponen.append(Komponen(r.kode, nama, r.jumlah, r.dasar_hukum))
