"""Benchmark: the monthly contribution bill of many participants, summed in SQL.

    python tests/bench/bench_iuran.py [--count 200000] [--db PATH]

Builds (once, then reuses) a database of synthetic participants, then times the total
monthly contribution (services.iuran.iuran_sql) over everyone and per kategori, in the
database, and the same sum made in Python row by row (domain.iuran), and checks that both
agree. Numbers, not assertions (beyond the agreement); the README keeps the latest figures.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "tests" / "bench" / "out"


def main() -> None:
    from sqlalchemy import func, select

    from jamsostek_desk.services.context import load_context
    from jamsostek_desk.services.iuran import iuran_sql, tarif_berlaku
    from jamsostek_desk.services.office import OfficeData, setup_office
    from jamsostek_desk.services.synthetic import insert_generated
    from jamsostek_desk.store.db import open_database
    from jamsostek_desk.store.models import Peserta

    ap = argparse.ArgumentParser()
    ap.add_argument("--count", type=int, default=200_000)
    ap.add_argument("--db", type=Path)
    args = ap.parse_args()
    path = args.db or OUT / f"iuran_{args.count}.sqlite"
    OUT.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        t = time.perf_counter()
        db = open_database(path)
        ctx = setup_office(
            db,
            OfficeData(jenis="disnakertrans", wilayah_kode="63.03", nama="Disnakertrans Banjar"),
            "Operator Benchmark",
        )
        insert_generated(ctx, args.count, seed=11)
        db.close()
        print(f"built {args.count:,} participants in {time.perf_counter() - t:.1f} s")
    db = open_database(path)
    ctx = load_context(db)
    t = tarif_berlaku(ctx, date(2026, 12, 1))
    expr = iuran_sql(t)
    P = Peserta.__table__
    live = P.c.deleted_at.is_(None)
    with db.session() as s:
        start = time.perf_counter()
        total = s.execute(select(func.sum(expr), func.count()).where(live)).one()
        sql_all = time.perf_counter() - start
        start = time.perf_counter()
        per = s.execute(
            select(P.c.kategori, func.sum(expr), func.count()).where(live).group_by(P.c.kategori)
        ).all()
        sql_per = time.perf_counter() - start
        start = time.perf_counter()
        rows = s.execute(
            select(
                P.c.kategori,
                P.c.upah,
                P.c.program_jkk,
                P.c.program_jkm,
                P.c.program_jht,
                P.c.program_jp,
            ).where(live)
        ).all()
        python_total = 0
        for r in rows:
            v = t.iuran(r[0], r[1], r[2], r[3], r[4], r[5]).total
            python_total += v or 0
        py = time.perf_counter() - start
    db.close()
    print(f"participants: {total[1]:,}")
    print(f"SQL total {total[0]:,} in {sql_all * 1000:.0f} ms", end="; ")
    print(f"per kategori in {sql_per * 1000:.0f} ms")
    for k, v, n in per:
        print(f"  {k}: {n:,} people, Rp{v:,} a month")
    print(f"Python row by row {python_total:,} in {py * 1000:.0f} ms")
    print("agree" if python_total == total[0] else "DIFFER")


if __name__ == "__main__":
    main()
