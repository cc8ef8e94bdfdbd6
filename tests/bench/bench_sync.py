"""Benchmark: syncing 100,000 participants through a central file.

    python tests/bench/bench_sync.py [--count 100000] [--changes 100]

Prepares (once, then reuses) a Dinas database with ``count`` synthetic
participants. Then, each step timed in a fresh process as `jamsostek-desk sync` runs it:
1. first sync into a new central file (push of everything);
2. the same office again, nothing new;
3. a second office (another Dinas installation, joined with a join file) pulling everything
   for the first time; then, in one process, what checking that pull cost: the signatures
   (body hash and Ed25519) and the domain checks of every incoming record (checks.py), each as
   a share of step 3;
4. that office again, nothing new;
5. ``changes`` participants edited at the first office, then pushed;
6. the second office pulling those changes; 7. and again, nothing new.
Numbers, not assertions. Outputs go to tests/bench/out/ (gitignored).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "tests" / "bench" / "out"
sys.path.insert(0, str(ROOT))
PASS = "bench-kata-sandi"
# the command line signs in: the operator set up by `setup --operator Bench`, with this password
ENV = {
    **os.environ,
    "JAMSOSTEK_DESK_OPERATOR": "Bench",
    "JAMSOSTEK_DESK_PASSWORD": "bench-sandi-operator",
}


def cli(*args: str) -> tuple[float, str]:
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "jamsostek_desk", *args],
        cwd=ROOT,
        env=ENV,
        capture_output=True,
        text=True,
        check=False,
    )
    took = time.perf_counter() - start
    if done.returncode not in (0, 1):
        raise SystemExit(f"failed: {args}\n{done.stderr}")
    return took, done.stdout


def checks_cost(db: Path, f: Path, pull: float) -> None:
    """What checking the first pull costs, measured on the same file and database."""
    code = (
        "import time, json, functools\n"
        "from pathlib import Path\n"
        "from jamsostek_desk.store.db import open_database\n"
        "from jamsostek_desk.services.context import load_context\n"
        "from jamsostek_desk.services.sync import container, keys\n"
        "from jamsostek_desk.services.sync.checks import Gate, Sender\n"
        "from jamsostek_desk.services.sync.records import P_COLS, reorder\n"
        "from jamsostek_desk.services.sync.trust import Trust, verify_body\n"
        f"ctx = load_context(open_database(Path({str(db)!r})))\n"
        f"sf = container.read_file(Path({str(f)!r}), {PASS!r})\n"
        "with ctx.db.session() as s:\n"
        "    t0 = time.perf_counter()\n"
        "    trust = Trust(s, ctx, sf)\n"
        "    for g in sf.segments:\n"
        "        assert trust.judge(g).sender is not None and verify_body(sf, g)\n"
        "    t1 = time.perf_counter()\n"
        "    bodies = [sf.body(g)['tabel']['peserta'] for g in sf.segments]\n"
        "    rows = [r for b in bodies for r in reorder(b, P_COLS)]\n"
        "    gate = Gate(s, ctx, Sender('x', 'x', 'dinas_pmd', ctx.wilayah_kode, True), '', '')\n"
        "    t2 = time.perf_counter()\n"
        "    ok = gate.peserta(rows)\n"
        "    t3 = time.perf_counter()\n"
        "    s.rollback()\n"
        "print(json.dumps({'sig': t1 - t0, 'checks': t3 - t2, 'rows': len(rows), 'ok': len(ok)}))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    d = json.loads(done.stdout.splitlines()[-1])
    print(
        f"   signatures (body hash + Ed25519)         {d['sig']:6.3f} s = "
        f"{100 * d['sig'] / pull:4.1f} % of step 3"
    )
    print(
        f"   domain checks of {d['rows']:,} incoming rows  {d['checks']:6.2f} s = "
        f"{100 * d['checks'] / pull:4.1f} % of step 3 ({d['ok']:,} passed)"
    )


def timed_sync(label: str, db: Path, f: Path, pw: Path) -> float:
    code = (
        "import sys, time, json\n"
        "from pathlib import Path\n"
        "t0 = time.perf_counter()\n"
        "from jamsostek_desk.store.db import open_database\n"
        "from jamsostek_desk.services.context import load_context\n"
        "from jamsostek_desk.services.sync.engine import sync\n"
        f"ctx = load_context(open_database(Path({str(db)!r})))\n"
        "t1 = time.perf_counter()\n"
        f"r = sync(ctx, Path({str(f)!r}), {PASS!r})\n"
        "t2 = time.perf_counter()\n"
        "print(json.dumps({'open': t1 - t0, 'sync': t2 - t1, 'r': r.as_json()}))\n"
    )
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    total = time.perf_counter() - start
    data = json.loads(done.stdout.splitlines()[-1])
    r = data["r"]
    print(
        f"{label:<44} sync {data['sync']:6.2f} s   (process {total:5.2f} s)   "
        f"out {r['keluar']['peserta']:>6} peserta   in {r['masuk']['peserta_baru']:>6} new "
        f"{r['masuk']['peserta_diubah']:>5} changed   file {f.stat().st_size / 1e6:6.1f} MB"
    )
    return float(data["sync"])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--count", type=int, default=100_000)
    ap.add_argument("--changes", type=int, default=100)
    args = ap.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    base = OUT / f"sync-source-{args.count}.sqlite"
    if not base.exists():
        print(f"preparing {args.count:,} participants (once)…")
        tmp = base.with_suffix(".tmp.sqlite")
        tmp.unlink(missing_ok=True)
        cli(
            "setup",
            "--db",
            str(tmp),
            "--kind",
            "dinas-pmd",
            "--wilayah",
            "63.03",
            "--name",
            "Dinas PMD Bench",
            "--operator",
            "Bench",
        )
        cli("demo-data", "--db", str(tmp), "--count", str(args.count), "--seed", "11")
        tmp.rename(base)
    a = OUT / "sync-a.sqlite"
    b = OUT / "sync-b.sqlite"
    f = OUT / "sync-pusat.jdsync"
    for p in (a, b, f):
        p.unlink(missing_ok=True)
    shutil.copy(base, a)
    key = base.with_name(base.name + ".kunci")
    if key.exists():
        shutil.copy(key, a.with_name(a.name + ".kunci"))
    join = OUT / "sync-undangan.json"
    cli("kantor", "undang", "--db", str(a), "--wilayah", "63.03", "--kind", "dinas-pmd",
        "--out", str(join))  # fmt: skip
    cli(
        "setup",
        "--db",
        str(b),
        "--kind",
        "dinas-pmd",
        "--wilayah",
        "63.03",
        "--name",
        "Dinas PMD Kedua",
        "--operator",
        "Bench",
        "--join",
        str(join),
    )
    pw = OUT / "sync-pass.txt"
    pw.write_text(PASS, encoding="utf-8")
    print(f"{args.count:,} participants, {args.changes} changes")
    timed_sync("1. first sync into a new file", a, f, pw)
    timed_sync("2. same office, nothing new", a, f, pw)
    took = timed_sync("3. second office, first pull of everything", b, f, pw)
    checks_cost(b, f, took)
    timed_sync("4. second office, nothing new", b, f, pw)
    edit = (
        "from pathlib import Path\n"
        "from jamsostek_desk.store.db import open_database\n"
        "from jamsostek_desk.services.context import load_context\n"
        "from jamsostek_desk.services import peserta as ps\n"
        "from sqlalchemy import text\n"
        f"ctx = load_context(open_database(Path({str(a)!r})))\n"
        "with ctx.db.engine.connect() as c:\n"
        f"    rows = c.execute(text('SELECT id FROM peserta LIMIT {args.changes}'))\n"
        "    ids = [r[0] for r in rows]\n"
        "for i, pid in enumerate(ids):\n"
        "    d = ps.get_peserta(ctx, pid)\n"
        "    d.no_hp = f'0812{i:08d}'\n"
        "    ps.update_peserta(ctx, pid, d)\n"
    )
    subprocess.run([sys.executable, "-c", edit], cwd=ROOT, check=True)
    timed_sync(f"5. first office pushes {args.changes} edits", a, f, pw)
    timed_sync(f"6. second office pulls the {args.changes} edits", b, f, pw)
    timed_sync("7. second office, nothing new", b, f, pw)


if __name__ == "__main__":
    main()
