"""The demo database: a Dinas PMD of a real kabupaten with a few thousand synthetic people."""

from __future__ import annotations

from pathlib import Path

from jamsostek_desk.services.common.progress import Progress, no_progress
from jamsostek_desk.services.context import AppContext, load_context
from jamsostek_desk.services.office import OfficeData, has_office, setup_office
from jamsostek_desk.services.synthetic import insert_generated
from jamsostek_desk.store.db import open_database

DEMO_KABUPATEN = "63.03"  # Kabupaten Banjar, Kalimantan Selatan
DEMO_COUNT = 3000


def ensure_demo(
    path: Path, count: int = DEMO_COUNT, progress: Progress = no_progress
) -> AppContext:
    """Open the demo database, creating and filling it on first use."""
    db = open_database(path)
    if has_office(db):
        return load_context(db)
    ctx = setup_office(
        db,
        OfficeData(
            jenis="dinas_pmd",
            wilayah_kode=DEMO_KABUPATEN,
            nama="Dinas Pemberdayaan Masyarakat dan Desa Kabupaten Banjar (DEMO)",
            alamat="Jl. Contoh No. 1, Martapura",
            kepala_nama="Kepala Dinas Contoh",
            kepala_nip="197001012000031001",
            kepala_jabatan="Kepala Dinas PMD",
        ),
        operator_nama="Operator Demo",
    )
    insert_generated(ctx, count, seed=2026, progress=progress)
    return ctx
