"""Fixtures for the unit tests: a fresh SQLite file per test, a set-up office, synthetic people."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from jamsostek_desk.services.context import AppContext
from jamsostek_desk.services.office import OfficeData, setup_office
from jamsostek_desk.services.synthetic import Generator
from jamsostek_desk.store.db import DB_ENV, Database, open_database

KABUPATEN = "63.03"  # Kabupaten Banjar: the office of every test context
OTHER_KABUPATEN = "63.02"  # Kotabaru: a desa here lies outside the office


OPERATOR = "Operator Satu"  # the Admin of every test office
PASSWORD = "sandi-uji-123"


@pytest.fixture(autouse=True)
def _no_default_db(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test may fall back to the user's real database; the command line signs in as the
    test office's Admin (scripts do the same with these two variables)."""
    monkeypatch.delenv(DB_ENV, raising=False)
    monkeypatch.setenv("JAMSOSTEK_DESK_OPERATOR", OPERATOR)
    monkeypatch.setenv("JAMSOSTEK_DESK_PASSWORD", PASSWORD)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "jamsostek-desk.sqlite"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = open_database(db_path)
    yield database
    database.close()


def dinas_office(**changes: str) -> OfficeData:
    data = OfficeData(
        jenis="dinas_pmd",
        wilayah_kode=KABUPATEN,
        nama="Dinas PMD Kabupaten Banjar",
        alamat="Jl. Contoh No. 1, Martapura",
        kepala_nama="Kepala Dinas Contoh",
        kepala_nip="197001012000031001",
        kepala_jabatan="Kepala Dinas PMD",
    )
    for key, value in changes.items():
        setattr(data, key, value)
    return data


@pytest.fixture
def office() -> Callable[..., OfficeData]:
    """A valid Dinas PMD office of Kabupaten Banjar; keyword arguments change fields."""
    return dinas_office


@pytest.fixture
def ctx(db: Database) -> AppContext:
    return setup_office(db, dinas_office(), OPERATOR, PASSWORD)


@pytest.fixture
def gen() -> Generator:
    """Valid synthetic participants living in Kabupaten Banjar (seeded, so reproducible)."""
    return Generator(KABUPATEN, seed=7)


@pytest.fixture
def table_counts(db: Database) -> Callable[[], dict[str, int]]:
    """Rows per table (live or not), to prove that a refused write wrote nothing."""
    tables = ("kantor", "operator", "peserta", "ahli_waris", "audit_log", "pengaturan")

    def counts() -> dict[str, int]:
        with db.engine.connect() as conn:
            return {
                t: int(conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one()) for t in tables
            }

    return counts


@pytest.fixture(autouse=True)
def _cheap_password_hashes(monkeypatch: pytest.MonkeyPatch) -> None:
    """scrypt at a low cost in tests (the hash records its cost, so checking still works):
    the full cost, 0.2-0.3 s a hash here, would add minutes to the suite."""
    from jamsostek_desk.services import auth

    monkeypatch.setattr(auth, "COST_N", 2**10)
