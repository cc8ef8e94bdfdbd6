"""No change is lost when an import and a sync run at the same time on one office.

Each office is a real database driven through the command line in its own processes. An import
is started at several offsets before and after a sync that pulls from the central file; after
one more sync on each side, every imported person must be at the second office."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from jamsostek_desk.services import peserta as ps
from jamsostek_desk.services.context import load_context
from jamsostek_desk.services.importer.pipeline import ImportOptions, analyse, commit
from jamsostek_desk.services.sync.engine import pending_counts, sync
from jamsostek_desk.store.db import open_database
from tests.unit.cli_offices import KABUPATEN, join_args, niks, run, setup, start, write_list
from tests.unit.sync_helpers import PASS, generator, make_office, two_desa

OFFSETS = (-0.5, 0.0, 0.4)


@pytest.mark.slow
@pytest.mark.parametrize("offset", OFFSETS)
def test_import_during_a_sync_reaches_the_second_office(tmp_path: Path, offset: float) -> None:
    dinas, naker = tmp_path / "dinas.sqlite", tmp_path / "naker.sqlite"
    central = tmp_path / "pusat.jdsync"
    setup(dinas, "dinas-pmd", KABUPATEN, "Dinas PMD Banjar")
    run("sync", str(central), "--db", str(dinas))
    setup(
        naker,
        "disnakertrans",
        KABUPATEN,
        "Disnakertrans Banjar",
        *join_args(tmp_path, dinas, KABUPATEN),
    )
    # the other office has changes waiting, so the Dinas' sync pulls (and holds the lock a while)
    run("demo-data", "--db", str(naker), "--count", "2000", "--seed", "11")
    run("sync", str(central), "--db", str(naker))
    listed = write_list(tmp_path / "daftar.xlsx", 1000, seed=int(offset * 10) + 40)

    importer = ["import", str(tmp_path / "daftar.xlsx"), "--db", str(dinas)]
    importer += ["--kategori", "pekerja_rentan"]
    syncer = ["sync", str(central), "--db", str(dinas)]
    first, second = (importer, syncer) if offset < 0 else (syncer, importer)
    a = start(*first)
    time.sleep(abs(offset))
    b = start(*second)
    for p in (a, b):
        _out, err = p.communicate(timeout=300)
        assert p.returncode in (0, 1), err
    assert set(listed) <= niks(dinas)  # the import itself went through

    run("sync", str(central), "--db", str(dinas))
    run("sync", str(central), "--db", str(naker))
    missing = set(listed) - niks(naker)
    assert not missing, f"{len(missing)} orang hasil impor tidak sampai ke kantor kedua"


def _in_thread(fn: Callable[[], object]) -> tuple[threading.Thread, list[object]]:
    out: list[object] = []

    def run_it() -> None:
        try:
            out.append(fn())
        except BaseException as e:  # reported by the test
            out.append(e)

    t = threading.Thread(target=run_it)
    t.start()
    return t, out


@pytest.mark.parametrize("writer", ["import", "form"])
def test_a_write_that_waits_for_a_sync_is_stamped_after_it(tmp_path: Path, writer: str) -> None:
    """A worker thread writes while a sync (another thread) holds the database: the write waits
    for the lock before it reads the clock, so its version is above the sync's "sent up to"
    mark, and it goes out with the next sync."""
    a1, _ = two_desa()
    dinas = make_office(tmp_path, "dinas")
    naker = make_office(tmp_path, "naker", "disnakertrans")
    central = tmp_path / "pusat.jdsync"
    sync(dinas, central, PASS)
    g = generator(a1, seed=21)
    for _ in range(5):
        ps.create_peserta(naker, g.make())
    sync(naker, central, PASS)
    listed = write_list(tmp_path / "daftar.xlsx", 40, seed=77)
    worker = open_database(dinas.db.path)  # the worker thread's own connection
    wctx = load_context(worker)
    analysis = analyse(wctx, tmp_path / "daftar.xlsx", ImportOptions("pekerja_rentan"))
    formed = generator(a1, seed=99).make()
    started: list[threading.Thread] = []
    results: list[list[object]] = []

    def hold(done: int, total: int, message: str) -> None:
        if started or not message.startswith("Menerima"):
            return
        # the sync holds the write lock now: the other thread writes and has to wait
        if writer == "import":
            t, out = _in_thread(lambda: commit(wctx, analysis))
        else:
            t, out = _in_thread(lambda: ps.create_peserta(wctx, formed))
        started.append(t)
        results.append(out)
        time.sleep(1.0)  # long enough for the writer to reach the lock and wait there

    sync(dinas, central, PASS, hold)
    started[0].join(60)
    outcome = results[0]
    assert isinstance(outcome, list) and outcome, outcome
    assert not isinstance(outcome[0], BaseException), outcome
    worker.close()
    expected = set(listed) if writer == "import" else {formed.nik}
    assert expected <= niks(dinas.db.path)
    assert pending_counts(dinas)["peserta"] >= len(expected)  # shown as waiting to go out
    sync(dinas, central, PASS)
    sync(naker, central, PASS)
    assert expected <= niks(naker.db.path)
