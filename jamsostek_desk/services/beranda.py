"""What the Beranda (the first page) shows: coverage against target per kecamatan with the
bill and the budget (services.rekap), and the things that need someone's attention."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from jamsostek_desk.domain.money import format_angka
from jamsostek_desk.domain.rekap import BATAS_TUNGGU_KPJ_HARI
from jamsostek_desk.domain.wilayah import WilayahRef
from jamsostek_desk.services import perpanjangan, rekap
from jamsostek_desk.services.context import AppContext
from jamsostek_desk.store.models_cetak import Kartu
from jamsostek_desk.store.sync_models import SyncKonflik


@dataclass(frozen=True)
class Tindakan:
    """One "perlu tindakan" line: where a click leads (``kunci``) and how many."""

    kunci: str  # berakhir_30 | tunggu_kpj | desa_belum_lengkap | konflik | kartu
    jumlah: int
    label: str


@dataclass(frozen=True)
class Beranda:
    rekap: rekap.Rekap
    tindakan: list[Tindakan]


def load(
    ctx: AppContext,
    tahun: int,
    kategori: str = "",
    pada: date | None = None,
    ref: WilayahRef | None = None,
) -> Beranda:
    pada = pada or date.today()
    r = rekap.build(ctx, tahun, "kecamatan", kategori, pada, ref)
    return Beranda(r, tindakan(ctx, pada))


def tindakan(ctx: AppContext, pada: date) -> list[Tindakan]:
    db = ctx.db
    out = []
    for hari in (30, 60, 90):
        n = perpanjangan.jumlah(db, f"berakhir_{hari}", pada)
        if n or hari == 30:
            out.append(
                Tindakan(
                    f"berakhir_{hari}",
                    n,
                    f"{format_angka(n)} peserta: masa kepesertaan berakhir dalam {hari} hari",
                )
            )
            if n:
                break  # the shortest list that has people is the one to act on
    n = perpanjangan.jumlah(db, "tunggu_kpj", pada)
    out.append(
        Tindakan(
            "tunggu_kpj",
            n,
            f"{format_angka(n)} pendaftaran menunggu nomor KPJ lebih dari "
            f"{BATAS_TUNGGU_KPJ_HARI} hari",
        )
    )
    kurang = rekap.desa_belum_lengkap(ctx, pada)
    out.append(
        Tindakan(
            "desa_belum_lengkap",
            len(kurang),
            f"{format_angka(len(kurang))} desa: data aparat desa belum lengkap "
            f"(kurang {format_angka(sum(f.kurang for f in kurang))} orang)",
        )
    )
    with db.connect() as conn:
        konflik = int(
            conn.execute(select(func.count()).where(SyncKonflik.selesai.is_(None))).scalar_one()
        )
        kartu = int(
            conn.execute(
                select(func.count()).where(Kartu.status == "diminta", Kartu.deleted_at.is_(None))
            ).scalar_one()
        )
    out.append(
        Tindakan("konflik", konflik, f"{format_angka(konflik)} konflik sinkronisasi menunggu")
    )
    out.append(Tindakan("kartu", kartu, f"{format_angka(kartu)} kartu menunggu dicetak"))
    return out
