"""The rekapitulasi: coverage against target per kecamatan or desa, with the monthly
contribution and the budget; what the Beranda, ``rekap --json``, the .xlsx and the PDF show."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from jamsostek_desk.domain.codes import KATEGORI
from jamsostek_desk.domain.errors import ValidationError
from jamsostek_desk.domain.rekap import Formasi, persen
from jamsostek_desk.domain.wilayah import WilayahRef, load_wilayah
from jamsostek_desk.services import cakupan, tagihan
from jamsostek_desk.services.context import AppContext
from jamsostek_desk.services.target import formasi, pagu_in_force, targets_in_force

PER = ("kecamatan", "desa")


@dataclass
class Baris:
    kode: str
    nama: str
    target: int | None
    terdaftar: int = 0  # every live participant
    didaftarkan: int = 0  # registered, not yet active
    aktif: int = 0  # covered at the date
    nonaktif: int = 0
    iuran_bulanan: int = 0

    @property
    def capaian_persen(self) -> float | None:
        return persen(self.aktif, self.target or 0)

    def as_json(self) -> dict[str, Any]:
        return {
            "kode": self.kode,
            "nama": self.nama,
            "target": self.target,
            "terdaftar": self.terdaftar,
            "aktif": self.aktif,
            "capaian_persen": self.capaian_persen,
            "iuran_bulanan": self.iuran_bulanan,
            "belum_aktif": self.didaftarkan,
            "nonaktif": self.nonaktif,
        }


@dataclass
class Rekap:
    tanggal: date
    tahun: int
    per: str
    kategori: str
    wilayah_nama: str
    baris: list[Baris]
    total: Baris
    anggaran: tagihan.Ringkasan
    tren: list[tuple[date, int]] = field(default_factory=list)
    nonaktif_alasan: dict[str, int] = field(default_factory=dict)
    sumber_dana: dict[str, int] = field(default_factory=dict)  # covered per funding source
    kategori_aktif: dict[str, int] = field(default_factory=dict)
    aktif_tidak_dalam_periode: int = 0  # status aktif, but the date lies outside the period
    tanpa_upah: int = 0  # covered wage earners without a wage: their contribution is unknown
    demografi: cakupan.Demografi | None = None
    kecamatan: list[Baris] = field(default_factory=list)  # the rows summed per kecamatan

    @property
    def judul(self) -> str:
        what = KATEGORI.get(self.kategori, "Aparat Desa dan Pekerja Rentan")
        return f"Rekapitulasi Kepesertaan {what} per {self.per.capitalize()}"

    def as_json(self) -> dict[str, Any]:
        a = self.anggaran
        return {
            "tanggal": self.tanggal.isoformat(),
            "tahun": self.tahun,
            "per": self.per,
            "kategori": self.kategori or None,
            "baris": [b.as_json() for b in self.baris],
            "total": self.total.as_json(),
            "anggaran": a.as_json(),
            "tren": [{"bulan": d.strftime("%Y-%m"), "aktif": n} for d, n in self.tren],
            "nonaktif_alasan": self.nonaktif_alasan,
            "aktif_per_sumber_dana": self.sumber_dana,
            "aktif_tanpa_upah": self.tanpa_upah,
            "aktif_per_jenis_kelamin": self.demografi.jenis_kelamin if self.demografi else {},
            "aktif_per_kelompok_usia": self.demografi.usia if self.demografi else {},
        }


def _check(tahun: int, per: str, kategori: str) -> None:
    errors = {}
    if per not in PER:
        errors["per"] = f"--per harus kecamatan atau desa, bukan '{per}'."
    if kategori and kategori not in KATEGORI:
        errors["kategori"] = f"Kategori '{kategori}' tidak dikenal: pilih {', '.join(KATEGORI)}."
    if not 2000 <= tahun <= 2100:
        errors["tahun"] = f"Tahun {tahun} tidak masuk akal (2000–2100)."
    if errors:
        raise ValidationError(errors)


def _units(ctx: AppContext, ref: WilayahRef, per: str) -> list[tuple[str, str]]:
    """(kode, nama) of the rows: the kecamatan or desa of the office's area."""
    if ctx.wilayah_kode.count(".") == 3:  # a village office: its own desa
        return [(ctx.wilayah_kode, ref.name(ctx.wilayah_kode) or ctx.wilayah_kode)]
    if per == "kecamatan":
        return [(r.kode, r.nama) for r in ref.children(ctx.wilayah_kode)]
    return [(r.kode, r.nama) for r in ref.desa_in(ctx.wilayah_kode)]


class _Targets:
    """The target of an area for a kategori: set for it, or the sum of the targets of the areas
    below it (for aparat desa a desa's posts count as its target)."""

    def __init__(self, ctx: AppContext, ref: WilayahRef, tahun: int, pada: date) -> None:
        self.ref = ref
        self.set = targets_in_force(ctx.db, tahun, pada)
        self.posts = formasi(ctx.db)
        self.office = ctx.wilayah_kode

    def of(self, kategori: str, kode: str) -> int | None:
        if (kategori, kode) in self.set:
            return self.set[(kategori, kode)]
        if kode.count(".") == 3:
            return self.posts.get(kode) if kategori == "aparat_desa" else None
        parts = [self.of(kategori, r.kode) for r in self.ref.children(kode)]
        known = [p for p in parts if p is not None]
        return sum(known) if known else None

    def total(self, kategori: str) -> int | None:
        """The office's own target: a desa office's is its desa's (the kabupaten's targets,
        which reach it by sync, are not its own figure to measure against)."""
        return self.of(kategori, self.office)


def _sum_targets(values: Iterable[int | None]) -> int | None:
    known = [v for v in values if v is not None]
    return sum(known) if known else None


def build(
    ctx: AppContext,
    tahun: int,
    per: str = "kecamatan",
    kategori: str = "",
    pada: date | None = None,
    ref: WilayahRef | None = None,
) -> Rekap:
    _check(tahun, per, kategori)
    ref = ref or load_wilayah()
    pada = pada or date.today()
    width = 13 if per == "desa" or ctx.wilayah_kode.count(".") == 3 else 8
    tarif = tagihan.tarif_pada(ctx.db, pada)
    cells = cakupan.cells(ctx.db, pada, tarif.berlaku, kategori, tingkat=width)
    periods = cakupan.periode(ctx.db, tahun, kategori)
    kategoris = [kategori] if kategori else list(KATEGORI)
    targets = _Targets(ctx, ref, tahun, pada)

    rows: dict[str, Baris] = {}
    for kode, nama in _units(ctx, ref, per):
        rows[kode] = Baris(kode, nama, _sum_targets(targets.of(k, kode) for k in kategoris))
    total = Baris("", "Jumlah", _sum_targets(targets.total(k) for k in kategoris))
    alasan: Counter[str] = Counter()
    sumber: Counter[str] = Counter()
    per_kategori: Counter[str] = Counter()
    outside = tanpa = 0
    for c in cells:
        tanpa += c.tanpa_upah
        row = rows.get(c.desa_kode[:width])
        iuran = c.iuran if c.tercakup else 0
        for b in (row, total):
            if b is None:
                continue
            b.terdaftar += c.n
            if c.tercakup:
                b.aktif += c.n
                b.iuran_bulanan += iuran
            if c.status == "didaftarkan":
                b.didaftarkan += c.n
            elif c.status == "nonaktif":
                b.nonaktif += c.n
        if c.status == "nonaktif":
            alasan[c.alasan] += c.n
        if c.tercakup:
            sumber[c.sumber_dana] += c.n
            per_kategori[c.kategori] += c.n
        elif c.status == "aktif":
            outside += c.n
    pagu = pagu_in_force(ctx.db, tahun, pada)
    kecamatan = list(rows.values())
    if width == 13 and ctx.wilayah_kode.count(".") < 3:
        per_kec: dict[str, Baris] = {}
        for b in rows.values():
            k = b.kode[:8]
            if k not in per_kec:
                target = _sum_targets(targets.of(x, k) for x in kategoris)
                per_kec[k] = Baris(k, ref.name(k) or k, target)
            acc = per_kec[k]
            acc.terdaftar += b.terdaftar
            acc.didaftarkan += b.didaftarkan
            acc.aktif += b.aktif
            acc.nonaktif += b.nonaktif
            acc.iuran_bulanan += b.iuran_bulanan
        kecamatan = sorted(per_kec.values(), key=lambda b: b.nama)
    return Rekap(
        tanggal=pada,
        tahun=tahun,
        per=per,
        kategori=kategori,
        wilayah_nama=ref.full_label(ctx.wilayah_kode),
        baris=list(rows.values()),
        total=total,
        anggaran=tagihan.ringkasan(tarif, pagu, cells, periods, tahun, pada),
        tren=cakupan.tren(periods, tahun, pada),
        nonaktif_alasan=dict(alasan),
        sumber_dana=dict(sumber),
        kategori_aktif=dict(per_kategori),
        aktif_tidak_dalam_periode=outside,
        tanpa_upah=tanpa,
        demografi=cakupan.demografi(ctx.db, pada, kategori),
        kecamatan=kecamatan,
    )


def desa_belum_lengkap(ctx: AppContext, pada: date | None = None) -> list[Formasi]:
    """Desa whose recorded aparat desa are fewer than their posts (registered, any status but
    nonaktif), most missing first."""
    pada = pada or date.today()
    posts = formasi(ctx.db)
    if not posts:
        return []
    reg: Counter[str] = Counter()
    act: Counter[str] = Counter()
    for c in cakupan.cells(ctx.db, pada, None, "aparat_desa"):
        if c.status != "nonaktif":
            reg[c.desa_kode] += c.n
        if c.tercakup:
            act[c.desa_kode] += c.n
    out = [Formasi(k, n, reg[k], act[k]) for k, n in posts.items()]
    return sorted((f for f in out if f.kurang > 0), key=lambda f: (-f.kurang, f.desa_kode))
