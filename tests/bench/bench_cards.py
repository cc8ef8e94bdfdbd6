"""Benchmark: 10,000 membership cards (A4 10-up, each with its signed QR code) as one PDF.

    python tests/bench/bench_cards.py [--count 10000] [--db PATH] [--back]

Builds (once, then reuses) a database of synthetic participants, then prints the time to read
and check the participants, to lay out and write the PDF, the PDF's size, and the process's
peak memory. The PDF goes to tests/bench/out/. Numbers, not assertions; the README keeps the
latest figures. The issue's target: at most 10 s and 30 MB for 10,000 cards on 2 cores.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "tests" / "bench" / "out"


def build(path: Path, count: int) -> None:
    from jamsostek_desk.services.office import OfficeData, setup_office
    from jamsostek_desk.services.synthetic import insert_generated
    from jamsostek_desk.store.db import open_database

    t = time.perf_counter()
    db = open_database(path)
    ctx = setup_office(
        db,
        OfficeData(
            jenis="disnakertrans",
            wilayah_kode="63.03",
            nama="Dinas Tenaga Kerja dan Transmigrasi Kabupaten Banjar",
            alamat="Jl. Contoh No. 1, Martapura",
        ),
        "Operator Benchmark",
    )
    # Only active participants get a card; generate enough of them.
    insert_generated(ctx, int(count * 1.6) + 100, seed=3)
    db.close()
    print(f"database built in {time.perf_counter() - t:.1f} s: {path}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--db", type=Path, default=OUT / "bench_cards.sqlite")
    parser.add_argument("--back", action="store_true", help="also the back sides (duplex)")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    if not args.db.exists():
        build(args.db, args.count)

    from sqlalchemy import select

    from jamsostek_desk.services.context import load_context
    from jamsostek_desk.services.kartu import card_header
    from jamsostek_desk.services.kartu_data import load_cards
    from jamsostek_desk.services.kartu_pdf import write_cards
    from jamsostek_desk.store.db import open_database
    from jamsostek_desk.store.models import Peserta

    db = open_database(args.db)
    ctx = load_context(db)
    with db.session() as s:
        ids = list(
            s.execute(
                select(Peserta.id)
                .where(Peserta.status == "aktif", Peserta.deleted_at.is_(None))
                .order_by(Peserta.nama)
                .limit(args.count)
            ).scalars()
        )
    print(f"{len(ids)} active participants")
    t0 = time.perf_counter()
    with db.session() as s:
        cards, missing = load_cards(s, ids)
    t1 = time.perf_counter()
    out = OUT / f"cards_{len(cards)}.pdf"
    pages = write_cards(cards, out, card_header(ctx), "a4-10", back=args.back)
    t2 = time.perf_counter()
    size = out.stat().st_size / 1024 / 1024
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"read and check {len(cards)} cards ({len(missing)} incomplete): {t1 - t0:6.2f} s")
    print(f"lay out and write {pages} pages:            {t2 - t1:6.2f} s")
    print(f"total:                                     {t2 - t0:6.2f} s")
    print(f"PDF size: {size:.1f} MB ({out})")
    print(f"peak memory: {peak:.0f} MB")
    db.close()


if __name__ == "__main__":
    main()
