"""Benchmark: importing a realistic 100,000-row workbook into a database of 100,000 people.

    python tests/bench/bench_import.py [--rows 100000] [--existing 100000] [--format csv]

Prepares (once, then reuses) the workbook (13 columns: numbering, NIK as text, name in
capitals, birth place, birth date as dd-mm-yyyy text, L/P as LK/PR, kecamatan, desa with
"Ds." prefix, address, +62 phone, work, income, RT/RW) and the database, then times the
import in a fresh process, as `jamsostek-desk import` runs it, and prints its peak memory.
Numbers, not assertions.
"""

from __future__ import annotations

import argparse
import itertools
import os
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "tests" / "bench" / "out"
sys.path.insert(0, str(ROOT))

HEADERS = [
    "No",
    "NIK",
    "NAMA LENGKAP",
    "TEMPAT LAHIR",
    "TGL LAHIR",
    "L/P",
    "KECAMATAN",
    "DESA/KEL",
    "ALAMAT",
    "RT/RW",
    "NO HP",
    "PEKERJAAN",
    "PENGHASILAN",
]


def make_rows(rows: int):  # type: ignore[no-untyped-def]
    from jamsostek_desk.domain.wilayah import load_wilayah
    from jamsostek_desk.services.synthetic import Generator

    ref = load_wilayah()
    gen = Generator("63.03", seed=404)
    kec_names: dict[str, str] = {}
    for i in range(rows):
        p = gen.make()
        kec = p.desa_kode.rsplit(".", 1)[0]
        if kec not in kec_names:
            kec_names[kec] = ref.name(kec) or ""
        yield [
            i + 1,
            p.nik,
            p.nama.upper(),
            p.tempat_lahir,
            p.tanggal_lahir.strftime("%d-%m-%Y"),
            "LK" if p.jenis_kelamin == "L" else "PR",
            kec_names[kec],
            "Ds. " + (ref.name(p.desa_kode) or ""),
            p.alamat,
            f"{p.rt}/{p.rw}",
            "+62" + p.no_hp[1:],
            p.pekerjaan or "Petani",
            1_500_000,
        ]


def make_workbook(path: Path, rows: int) -> None:
    if path.suffix == ".csv":  # semicolon-separated, as Excel saves it with Indonesian settings
        import csv

        with path.open("w", newline="", encoding="utf-8") as fh:
            out = csv.writer(fh, delimiter=";")
            out.writerow(HEADERS)
            out.writerows(make_rows(rows))
        return
    import openpyxl

    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Pekerja Rentan")
    ws.append(["DAFTAR PEKERJA RENTAN KABUPATEN BANJAR"])
    ws.append([])
    ws.append(HEADERS)
    for row in make_rows(rows):
        ws.append(row)
    wb.save(path)


# the command signs in as the operator the benchmark database is set up with (a database made
# before sign-in existed gets this password at its first import)
SIGN_IN = {
    "JAMSOSTEK_DESK_OPERATOR": "Operator Benchmark",
    "JAMSOSTEK_DESK_PASSWORD": "bench-sandi",
}


def make_database(path: Path, existing: int) -> None:
    from jamsostek_desk.services.office import OfficeData, setup_office
    from jamsostek_desk.services.synthetic import insert_generated
    from jamsostek_desk.store.db import open_database

    db = open_database(path)
    ctx = setup_office(
        db,
        OfficeData(jenis="disnakertrans", wilayah_kode="63.03", nama="Disnakertrans Banjar"),
        "Operator Benchmark",
        SIGN_IN["JAMSOSTEK_DESK_PASSWORD"],
    )
    insert_generated(ctx, existing, seed=7, batch=50_000)
    db.close()


def phases(book: Path, work: Path) -> None:
    """Where the time goes, in this process, on the path `jamsostek-desk import` takes (read,
    check and write in batches): the pipeline's progress messages mark the phases, and the
    time spent checking batches against the database and writing them is counted apart."""
    from jamsostek_desk.services.context import load_context
    from jamsostek_desk.services.importer.batches import import_in_batches
    from jamsostek_desk.services.importer.pipeline import ImportOptions
    from jamsostek_desk.store.db import open_database

    t0 = time.perf_counter()
    db = open_database(work)
    ctx = load_context(db)
    marks: list[tuple[str, float]] = [("open database and context", time.perf_counter())]

    def progress(_done: int, _total: int, message: str) -> None:
        phase = message.split(":")[0].split(" ")[0]
        if phase != marks[-1][0]:
            marks.append((phase, time.perf_counter()))

    seconds: dict[str, float] = {}
    import_in_batches(ctx, book, ImportOptions("pekerja_rentan"), progress, seconds=seconds)
    marks.append(("end", time.perf_counter()))
    db.close()
    start = t0
    for (name, at), (_, nxt) in itertools.pairwise(marks):
        print(f"  {name:<28} {nxt - at:6.2f} s")
        start = nxt
    print(f"  {'total in process':<28} {start - t0:6.2f} s")
    print(f"  of which: checking batches against the database {seconds.get('check', 0):.2f} s,")
    print(f"            writing batches {seconds.get('write', 0):.2f} s")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=100_000)
    ap.add_argument("--existing", type=int, default=100_000)
    ap.add_argument("--format", choices=["xlsx", "csv"], default="xlsx")
    ap.add_argument("--phases", action="store_true", help="also time the phases in-process")
    args = ap.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    book = OUT / f"impor-{args.rows}.{args.format}"
    base = OUT / f"impor-db-{args.existing}.sqlite"
    if not book.exists():
        t = time.perf_counter()
        make_workbook(book, args.rows)
        print(
            f"workbook made in {time.perf_counter() - t:.1f} s: {book} "
            f"({book.stat().st_size / 2**20:.1f} MB)"
        )
    if not base.exists():
        t = time.perf_counter()
        make_database(base, args.existing)
        print(f"database made in {time.perf_counter() - t:.1f} s: {base}")
    work = OUT / "impor-run.sqlite"
    for suffix in ("", "-wal", "-shm"):
        Path(str(work) + suffix).unlink(missing_ok=True)
    shutil.copy(base, work)
    cmd = [
        sys.executable,
        "-m",
        "jamsostek_desk",
        "import",
        str(book),
        "--db",
        str(work),
        "--kategori",
        "pekerja_rentan",
        "--json",
    ]
    t = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True, env={**os.environ, **SIGN_IN})
    wall = time.perf_counter() - t
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    peak = usage.ru_maxrss / 1024
    cpu = usage.ru_utime + usage.ru_stime  # less sensitive than wall time to a busy machine
    print(
        f"import of {args.rows:,} rows into {args.existing:,} existing: {wall:.2f} s wall, "
        f"{cpu:.2f} s CPU, peak memory {peak:.0f} MB, exit code {done.returncode}"
    )
    print(done.stdout[:400])
    if done.returncode not in (0, 1):
        print(done.stderr[-2000:])
    if args.phases:
        for suffix in ("", "-wal", "-shm"):
            Path(str(work) + suffix).unlink(missing_ok=True)
        shutil.copy(base, work)
        print("phases (same import, in this process):")
        phases(book, work)


if __name__ == "__main__":
    main()
