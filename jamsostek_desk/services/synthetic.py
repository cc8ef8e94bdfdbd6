"""Synthetic participants with valid NIKs in real desa: demo data, tests and benchmarks.

Everything here is made up by a seeded random generator; no real person is in it.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any, cast

from sqlalchemy import Table, insert, select

from jamsostek_desk.domain.codes import JABATAN_APARAT, PEKERJAAN_RENTAN
from jamsostek_desk.domain.peserta import AhliWarisData, PesertaData
from jamsostek_desk.domain.wilayah import WilayahRef, load_wilayah
from jamsostek_desk.services.common.progress import Progress, no_progress, step
from jamsostek_desk.services.context import AppContext
from jamsostek_desk.services.peserta import new_row
from jamsostek_desk.store.models import AhliWaris, Peserta, new_id, utcnow
from jamsostek_desk.store.settings import next_seq, stamp

PESERTA = cast(Table, Peserta.__table__)
AHLI_WARIS = cast(Table, AhliWaris.__table__)

MALE = [
    "Ahmad",
    "Muhammad",
    "Abdul",
    "Rahmat",
    "Budi",
    "Agus",
    "Slamet",
    "Hendra",
    "Rudi",
    "Yusuf",
    "Fauzan",
    "Rizki",
    "Syahrul",
    "Hasan",
    "Husin",
    "Ilham",
    "Junaidi",
    "Kurniawan",
    "Saputra",
    "Fajar",
    "Gusti",
    "Imam",
    "Irwan",
    "Darmawan",
    "Samsul",
    "Akhmad",
    "Mahmud",
    "Zainal",
    "Arifin",
    "Hidayat",
    "Nor",
    "Riduan",
    "Herman",
    "Sarbini",
    "Anang",
    "Iwan",
    "Taufik",
    "Yani",
]
FEMALE = [
    "Siti",
    "Nur",
    "Aisyah",
    "Fatimah",
    "Rahmah",
    "Sri",
    "Dewi",
    "Wahyuni",
    "Ratna",
    "Rina",
    "Normah",
    "Salmah",
    "Hamidah",
    "Mariana",
    "Yuliani",
    "Kartini",
    "Lestari",
    "Fitri",
    "Aminah",
    "Halimah",
    "Zainab",
    "Rusdiana",
    "Maulida",
    "Nurul",
    "Khadijah",
    "Rabiatul",
    "Adawiyah",
    "Jamilah",
    "Rosita",
    "Mardiana",
    "Sari",
    "Nurjannah",
    "Masitah",
    "Hayati",
]
FAMILY = [
    "Rahman",
    "Hidayat",
    "Santoso",
    "Saputra",
    "Wijaya",
    "Kusuma",
    "Pratama",
    "Nugroho",
    "Hakim",
    "Maulana",
    "Syahputra",
    "Firdaus",
    "Ramadhan",
    "Hamdani",
    "Effendi",
    "Noor",
    "Ansyari",
    "Baihaqi",
    "Mahfudz",
    "Gazali",
    "Idris",
    "Zakaria",
]
STREETS = [
    "Jl. Ahmad Yani",
    "Jl. Pramuka",
    "Jl. Pangeran Antasari",
    "Jl. Veteran",
    "Gang Mawar",
    "Jl. Sungai Tabuk",
    "Jl. Martapura Lama",
    "Jl. Pendidikan",
]
PLACES = [
    "Martapura",
    "Banjarmasin",
    "Banjarbaru",
    "Kandangan",
    "Barabai",
    "Amuntai",
    "Tanjung",
    "Rantau",
    "Pelaihari",
]
HUBUNGAN = ("Istri", "Suami", "Anak", "Anak", "Ibu")
# The longest name the generator can produce; card and letter layouts are tested with it.
LONGEST_NAME = (
    "Hj. Siti Nurjannah Rabiatul Adawiyah Khadijah Maulida Rusdiana binti Muhammad Syahputra"
)


class Generator:
    """Deterministic (seeded) participants living in the desa of one kabupaten/kota."""

    def __init__(self, kabupaten: str, seed: int = 1, ref: WilayahRef | None = None) -> None:
        self.ref = ref or load_wilayah()
        self.rng = random.Random(seed)
        self.desa = self.ref.desa_in(kabupaten)
        if not self.desa:
            raise ValueError(f"Tidak ada desa di wilayah {kabupaten}")
        self.used_nik: set[str] = set()
        self.kpj_next = 10_000_000_000 + self.rng.randrange(10**9)

    def _nik(self, kecamatan: str, lahir: date, jk: str) -> str:
        head = kecamatan.replace(".", "")
        day = lahir.day + (40 if jk == "P" else 0)
        stem = f"{head}{day:02d}{lahir.month:02d}{lahir.year % 100:02d}"
        for _ in range(10_000):
            nik = f"{stem}{self.rng.randint(1, 9999):04d}"
            if nik not in self.used_nik:
                self.used_nik.add(nik)
                return nik
        raise RuntimeError("NIK habis")  # pragma: no cover - 9999 serials per day and area

    def _name(self, jk: str) -> str:
        r = self.rng
        first = r.choice(MALE if jk == "L" else FEMALE)
        parts = [first] + [r.choice(FAMILY) for _ in range(r.choice((1, 1, 2, 2, 3)))]
        if r.random() < 0.05:
            parts.insert(0, "H." if jk == "L" else "Hj.")
        if r.random() < 0.001:
            return (
                LONGEST_NAME
                if jk == "P"
                else "H. Muhammad Abdurrahman Syaifullah "
                "Zainal Arifin Hidayatullah bin Ahmad Mahfudz"
            )
        return " ".join(parts)

    def make(self) -> PesertaData:
        r = self.rng
        desa = r.choice(self.desa)
        kec = desa.parent_kode or ""
        jk = r.choice("LP")
        lahir = date(1950, 1, 1) + timedelta(days=r.randrange(365 * 55))
        kategori = "aparat_desa" if r.random() < 0.3 else "pekerja_rentan"
        status = r.choices(("didaftarkan", "aktif", "nonaktif"), (30, 65, 5))[0]
        kpj = ""
        if status != "didaftarkan" and r.random() < 0.8:
            self.kpj_next += r.randint(1, 50)
            kpj = str(self.kpj_next)
        mulai = date(2023, 1, 1) + timedelta(days=r.randrange(1000))
        d = PesertaData(
            nik=self._nik(kec, lahir, jk),
            nama=self._name(jk),
            tempat_lahir=r.choice(PLACES),
            tanggal_lahir=lahir,
            jenis_kelamin=jk,
            nama_ibu=f"{r.choice(FEMALE)} {r.choice(FAMILY)}",
            alamat=f"{r.choice(STREETS)} No. {r.randint(1, 200)}",
            rt=f"{r.randint(1, 20):03d}",
            rw=f"{r.randint(1, 8):03d}",
            desa_kode=desa.kode,
            kategori=kategori,
            jabatan=r.choice(JABATAN_APARAT) if kategori == "aparat_desa" else "",
            pekerjaan=r.choice(PEKERJAAN_RENTAN) if kategori == "pekerja_rentan" else "",
            no_hp=f"08{r.choice((11, 12, 13, 21, 22, 52, 53, 57, 77, 78, 95))}"
            f"{r.randrange(10**7, 10**8)}",
            upah=r.choice((1_000_000, 1_500_000, 2_000_000, 2_500_000))
            if kategori == "pekerja_rentan"
            else r.choice((2_500_000, 3_000_000, 4_000_000)),
            program_jht=r.random() < 0.15,
            sumber_dana="apbdes"
            if kategori == "aparat_desa"
            else r.choice(("apbd_kabupaten", "apbd_kabupaten", "apbd_provinsi", "csr")),
            status=status,
            kpj=kpj,
            mulai_kepesertaan=mulai if status != "didaftarkan" else None,
            akhir_kepesertaan=None,
        )
        if status == "nonaktif":
            d.nonaktif_alasan = r.choice(("meninggal", "pindah", "berhenti"))
            d.nonaktif_tanggal = mulai + timedelta(days=r.randrange(300))
        if r.random() < 0.4:
            d.ahli_waris = [
                AhliWarisData(
                    nama=f"{r.choice(FEMALE if jk == 'L' else MALE)} {r.choice(FAMILY)}",
                    hubungan=r.choice(HUBUNGAN),
                )
            ]
        return d

    def many(self, n: int) -> Iterator[PesertaData]:
        for _ in range(n):
            yield self.make()


def insert_generated(
    ctx: AppContext,
    n: int,
    seed: int = 1,
    progress: Progress = no_progress,
    batch: int = 20_000,
) -> int:
    """Insert ``n`` synthetic participants quickly (Core executemany, one transaction each batch).

    Used for the demo database and for benchmarks; regular registration goes through
    services.peserta so that every row is checked and audited.
    """
    gen = Generator(ctx.kabupaten_kode, seed)
    done = 0
    with ctx.db.session() as s:
        existing = s.execute(select(Peserta.nik).where(Peserta.deleted_at.is_(None))).scalars()
        gen.used_nik.update(existing)
    while done < n:
        size = min(batch, n - done)
        with ctx.db.session() as s:
            version = stamp(s)  # takes the write lock: the next search key stays ours
            seq = next_seq(s)
            now = utcnow()
            rows: list[dict[str, Any]] = []
            heirs: list[dict[str, Any]] = []
            for i, d in enumerate(gen.many(size)):
                row = new_row(d, seq + i, ctx.kantor_id, version, now)
                pid = row["id"]
                rows.append(row)
                for a in d.ahli_waris:
                    heirs.append(
                        {
                            "id": new_id(),
                            "peserta_id": pid,
                            "kantor_id": ctx.kantor_id,
                            "nama": a.nama,
                            "hubungan": a.hubungan,
                            "nik": "",
                            "no_hp": "",
                            "version": version,
                            "created_at": now,
                            "updated_at": now,
                            "deleted_at": None,
                        }
                    )
            s.execute(insert(PESERTA), rows)
            if heirs:
                s.execute(insert(AHLI_WARIS), heirs)
        done += size
        step(progress, done, n, "Membuat data contoh {done}/{total}")
    return done
