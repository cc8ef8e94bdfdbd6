"""Benchmark: the Beranda, `rekap --json` and the per-desa PDF on a large database.

    python tests/bench/bench_rekap.py [--count 1000000] [--db PATH]

Uses the database of bench_list.py (built once with its builder, then reused; opening it the
first time adds the coverage counters, timed below). Sets a target and a budget, then prints:
the rekapitulasi per kecamatan in process (warm), the Beranda's figures and its page
refreshed and painted, `jamsostek-desk rekap --json` as a fresh process, and the per-desa
PDF of every desa of the kabupaten. Numbers, not assertions; the README keeps the latest.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# `rekap` signs in as the operator of bench_list.py's database (given this password at its first
# signed-in command if it was made before sign-in existed)
SIGN_IN = {
    "JAMSOSTEK_DESK_OPERATOR": "Operator Benchmark",
    "JAMSOSTEK_DESK_PASSWORD": "bench-sandi",
}
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "bench"))


def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.1f} ms"


def timed(fn, runs: int = 5) -> tuple[float, float, object]:  # type: ignore[no-untyped-def]
    times, result = [], None
    for _ in range(runs):
        t = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times), max(times), result


def main() -> None:
    from bench_list import build

    ap = argparse.ArgumentParser()
    ap.add_argument("--count", type=int, default=1_000_000)
    ap.add_argument("--db", type=Path, default=ROOT / "tests" / "bench" / "out" / "list-1m.sqlite")
    args = ap.parse_args()
    if not args.db.exists():
        args.db.parent.mkdir(parents=True, exist_ok=True)
        build(args.db, args.count)

    from jamsostek_desk.domain.wilayah import load_wilayah
    from jamsostek_desk.services import rekap, target
    from jamsostek_desk.services.context import load_context
    from jamsostek_desk.services.rekap_pdf import write_rekap_pdf
    from jamsostek_desk.store.db import open_database

    t = time.perf_counter()
    db = open_database(args.db)  # the first time: migrations, counters filled
    print(f"open (and migrate the first time) {ms(time.perf_counter() - t)}")
    ctx = load_context(db)
    ref = load_wilayah()
    year = date.today().year
    if not target.list_targets(db, year):
        target.set_target(ctx, year, "pekerja_rentan", 800_000, berlaku=date(year, 1, 1))
        target.set_target(ctx, year, "aparat_desa", 300_000, berlaku=date(year, 1, 1))
        target.set_anggaran(ctx, year, "apbd_kabupaten", 90_000_000_000, berlaku=date(year, 1, 1))
        target.set_anggaran(ctx, year, "apbdes", 40_000_000_000, berlaku=date(year, 1, 1))
        target.apply_default_formasi(ctx)
        # renewals and waiting registrations, as an office has them: about 13,000 active
        # people whose period ends within 20 days, about 5,000 registrations older than 30 days
        from sqlalchemy import text

        with db.engine.begin() as conn:
            conn.execute(
                text(
                    "UPDATE peserta SET akhir_kepesertaan = date('now', '+20 days') "
                    "WHERE status = 'aktif' AND seq % 50 = 0"
                )
            )
            conn.execute(
                text(
                    "UPDATE peserta SET created_at = datetime('now', '-45 days') "
                    "WHERE status = 'didaftarkan' AND kpj IS NULL AND seq % 60 = 0"
                )
            )
    rekap.build(ctx, year, ref=ref)  # first call: caches warm
    med, worst, r = timed(lambda: rekap.build(ctx, year, ref=ref))
    print(f"rekap per kecamatan, in process (5 warm runs): median {ms(med)}, slowest {ms(worst)}")
    print(
        f"  {r.total.terdaftar:,} registered, {r.total.aktif:,} active, "  # type: ignore[attr-defined]
        f"iuran Rp{r.total.iuran_bulanan:,}/bulan"
    )  # type: ignore[attr-defined]
    med, worst, _ = timed(lambda: json.dumps(rekap.build(ctx, year, ref=ref).as_json()))
    print(f"rekap --json body (build + JSON): median {ms(med)}, slowest {ms(worst)}")
    med, worst, _ = timed(lambda: rekap.build(ctx, year, "desa", ref=ref), 3)
    n_desa = len(ref.desa_in(ctx.wilayah_kode))
    print(f"rekap per desa ({n_desa} desa): median {ms(med)}, slowest {ms(worst)}")

    from jamsostek_desk.services import perpanjangan

    for jenis in ("berakhir_30", "tunggu_kpj"):
        med, worst, n = timed(lambda j=jenis: perpanjangan.jumlah(db, j))
        med2, worst2, rows = timed(lambda j=jenis: perpanjangan.daftar(db, j), 3)
        print(
            f"list {jenis}: count {n:,} in {ms(med)}; the list of {len(rows):,} people "  # type: ignore[arg-type]
            f"in {ms(med2)} (slowest {ms(worst2)})"
        )

    # the Beranda: figures, then the page refreshed and painted
    from PySide6.QtWidgets import QApplication

    from jamsostek_desk.app import make_app
    from jamsostek_desk.services import beranda
    from jamsostek_desk.ui.views.beranda_page import BerandaPage

    app = make_app()  # noqa: F841 - the page needs the application object alive
    med, worst, _ = timed(lambda: beranda.load(ctx, year, ref=ref))
    print(f"Beranda figures (rekap + perlu tindakan): median {ms(med)}, slowest {ms(worst)}")
    page = BerandaPage(ctx, ref)
    page.resize(1156, 680)
    page.show()
    QApplication.processEvents()

    def refresh() -> None:
        page.reload()
        page.repaint()
        QApplication.processEvents()

    refresh()
    med, worst, _ = timed(refresh)
    print(f"Beranda page refreshed and painted: median {ms(med)}, slowest {ms(worst)}")
    page.close()

    # the command as a user runs it (a fresh process: Python start-up and imports included)
    cmd = [
        sys.executable,
        "-m",
        "jamsostek_desk",
        "rekap",
        "--db",
        str(args.db),
        "--tahun",
        str(year),
        "--json",
    ]
    env = {**os.environ, "PYTHONPATH": str(ROOT), **SIGN_IN}
    times = []
    for _ in range(3):
        t = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True, env=env)
        times.append(time.perf_counter() - t)
    print(f"jamsostek-desk rekap --json, whole process (3 runs): {', '.join(ms(x) for x in times)}")

    out = args.db.parent / "rekap-desa.pdf"

    def pdf() -> int:
        return write_rekap_pdf(ctx, rekap.build(ctx, year, "desa", ref=ref), out)

    med, worst, pages = timed(pdf, 3)
    print(
        f"per-desa PDF (build + write, {pages} pages, {out.stat().st_size / 1024:,.0f} KB): "
        f"median {ms(med)}, slowest {ms(worst)}"
    )
    db.close()


if __name__ == "__main__":
    main()
