"""Opening database files: creation, migration, pragmas, and every way a file can be wrong."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from jamsostek_desk.domain.errors import UserError
from jamsostek_desk.services.office import has_office, setup_office
from jamsostek_desk.services.peserta import create_peserta
from jamsostek_desk.store.db import head_revision, open_database, prefetch
from jamsostek_desk.store.errors import (
    DatabaseCorrupt,
    DatabaseLocked,
    DatabaseProblem,
    DatabaseReadOnly,
    DatabaseTooNew,
    NoOffice,
)

TABLES = {"kantor", "operator", "pengaturan", "peserta", "ahli_waris", "audit_log"}


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_app_db(path: Path) -> None:
    """A database made by the app, closed again (WAL folded back into the main file)."""
    db = open_database(path)
    db.close()
    assert not Path(f"{path}-wal").exists()


def set_revision(path: Path, revision: str) -> None:
    con = sqlite3.connect(path)
    try:
        con.execute("UPDATE alembic_version SET version_num = ?", (revision,))
        con.commit()
    finally:
        con.close()


# --- a new file -------------------------------------------------------------------------------


def test_new_file_is_created_and_migrated_to_head(tmp_path: Path) -> None:
    path = tmp_path / "baru" / "sub" / "db.sqlite"  # folders are created too
    db = open_database(path)
    try:
        assert path.is_file()
        assert db.path == path.resolve()
        with db.engine.connect() as conn:
            revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
            names = set(
                conn.execute(text("SELECT name FROM sqlite_master WHERE type='table'")).scalars()
            )
        assert revision == head_revision()
        assert names >= TABLES
        assert "peserta_fts" in names
    finally:
        db.close()
    with path.open("rb") as fh:
        assert fh.read(16) == b"SQLite format 3\x00"


def test_every_connection_uses_wal_and_foreign_keys(db_path: Path) -> None:
    db = open_database(db_path)
    try:
        # Two connections at once: both got the pragmas, not only the first one.
        with db.engine.connect() as one, db.engine.connect() as two:
            for conn in (one, two):
                assert conn.execute(text("PRAGMA journal_mode")).scalar_one() == "wal"
                assert conn.execute(text("PRAGMA foreign_keys")).scalar_one() == 1
                assert conn.execute(text("PRAGMA busy_timeout")).scalar_one() > 0
    finally:
        db.close()


def test_foreign_keys_are_enforced(db_path: Path) -> None:
    db = open_database(db_path)
    try:
        with pytest.raises(IntegrityError) as caught, db.engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO operator (id, kantor_id, nama, aktif, created_at, updated_at, "
                    "version) VALUES ('x', 'no-such-office', 'Op', 1, '2026-01-01', "
                    "'2026-01-01', 0)"
                )
            )
        assert "FOREIGN KEY" in str(caught.value)
    finally:
        db.close()


def test_reopening_keeps_data_and_makes_no_backup(db_path: Path, gen, office) -> None:
    db = open_database(db_path)
    ctx = setup_office(db, office(), "Operator Satu")
    saved = create_peserta(ctx, gen.make())
    db.close()
    again = open_database(db_path)
    try:
        assert has_office(again)
        with again.engine.connect() as conn:
            ids = list(conn.execute(text("SELECT id FROM peserta")).scalars())
        assert ids == [saved.id]
    finally:
        again.close()
    assert not (db_path.parent / "cadangan").exists()


def test_migrate_false_leaves_a_new_file_unmigrated(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite"
    db = open_database(path, migrate=False)
    try:
        with db.engine.connect() as conn:
            names = set(
                conn.execute(text("SELECT name FROM sqlite_master WHERE type='table'")).scalars()
            )
        assert not names & TABLES
    finally:
        db.close()
    db = open_database(path)  # and a later normal open migrates it
    try:
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM peserta")).scalar_one() == 0
    finally:
        db.close()


def test_empty_database_has_no_office(db_path: Path) -> None:
    from jamsostek_desk.services.context import load_context

    db = open_database(db_path)
    try:
        with pytest.raises(NoOffice) as caught:
            load_context(db)
    finally:
        db.close()
    assert "belum punya data kantor" in str(caught.value)


# --- files that are not a database --------------------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [
        pytest.param(bytes(range(256)) * 64, id="random-bytes"),
        pytest.param(os.urandom(10_000), id="urandom"),
        pytest.param(b"NIK;Nama\n6303011201800001;Budi\n", id="csv-text"),
        pytest.param(b"PK\x03\x04" + b"\x00" * 200, id="zip-like"),
        pytest.param(b"abc", id="tiny"),
    ],
)
def test_a_file_that_is_not_sqlite_is_corrupt(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "bukan.sqlite"
    path.write_bytes(content)
    with pytest.raises(DatabaseCorrupt) as caught:
        open_database(path)
    message = str(caught.value)
    assert "rusak atau bukan database Jamsostek Desk" in message
    assert str(path) in message
    assert path.read_bytes() == content  # never overwritten


def test_a_directory_is_not_a_database(tmp_path: Path) -> None:
    folder = tmp_path / "folder.sqlite"
    folder.mkdir()
    with pytest.raises(DatabaseCorrupt, match="bukan berkas"):
        open_database(folder)


def test_sqlite_file_of_another_program_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "lain.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE barang (kode TEXT, nama TEXT)")
    con.execute("INSERT INTO barang VALUES ('A1', 'Semen')")
    con.commit()
    con.close()
    with pytest.raises(DatabaseCorrupt, match="tidak ada versi skema"):
        open_database(path)
    con = sqlite3.connect(path)
    try:
        assert con.execute("SELECT * FROM barang").fetchall() == [("A1", "Semen")]
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        con.close()
    assert tables == {"barang"}  # no Jamsostek tables were added to someone else's file


def test_sqlite_file_of_another_program_is_not_modified(tmp_path: Path) -> None:
    """Opening the wrong file by mistake must leave it byte for byte as it was.

    Today _on_connect switches every file it touches to WAL journal mode before the checks run,
    which rewrites the header of a file that is then refused (and WAL breaks programs that keep
    their file on a network share).
    """
    path = tmp_path / "lain.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE barang (kode TEXT)")
    con.commit()
    con.close()
    before = sha256(path)
    with pytest.raises(DatabaseCorrupt):
        open_database(path)
    assert sha256(path) == before


@pytest.mark.parametrize("size", [100, 4096, 20_000], ids=lambda n: f"first-{n}-bytes")
def test_truncated_database_is_a_database_problem(tmp_path: Path, size: int) -> None:
    good = tmp_path / "utuh.sqlite"
    make_app_db(good)
    cut = tmp_path / "potong.sqlite"
    cut.write_bytes(good.read_bytes()[:size])
    with pytest.raises(DatabaseProblem) as caught:
        open_database(cut)
    assert isinstance(caught.value, DatabaseCorrupt)
    assert isinstance(caught.value, UserError)
    assert "rusak" in str(caught.value)
    assert "Traceback" not in str(caught.value)


def test_truncated_to_half_is_corrupt(tmp_path: Path, gen, office) -> None:
    good = tmp_path / "utuh.sqlite"
    db = open_database(good)
    ctx = setup_office(db, office(), "Operator Satu")
    for _ in range(30):
        create_peserta(ctx, gen.make())
    db.close()
    data = good.read_bytes()
    cut = tmp_path / "potong.sqlite"
    cut.write_bytes(data[: len(data) // 2])
    with pytest.raises(DatabaseCorrupt):
        open_database(cut)


# --- a database from a newer release ----------------------------------------------------------


@pytest.mark.parametrize("journal", ["wal", "delete"])
def test_database_from_newer_release_is_refused_unchanged(tmp_path: Path, journal: str) -> None:
    path = tmp_path / "baru.sqlite"
    make_app_db(path)
    set_revision(path, "9999")
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA journal_mode = {journal}")
    con.close()
    before = sha256(path)
    with pytest.raises(DatabaseTooNew) as caught:
        open_database(path)
    message = str(caught.value)
    assert "9999" in message
    assert "lebih baru" in message
    assert "berkas tidak diubah" in message
    assert sha256(path) == before  # as the message promises
    assert not (tmp_path / "cadangan").exists()  # no backup, no migration attempt
    con = sqlite3.connect(path)
    try:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone() == ("9999",)
    finally:
        con.close()


# --- read-only --------------------------------------------------------------------------------
# The tests run as root, where chmod 0o444 neither stops writes nor changes os.access(), so a
# read-only *file* cannot be produced here. What does fail for root as for anyone: a database
# whose folder cannot be created because a file is in the way. The message classes are checked
# directly below as well.


def test_folder_that_cannot_be_created_is_read_only(tmp_path: Path) -> None:
    blocker = tmp_path / "berkas-biasa"
    blocker.write_text("bukan folder")
    with pytest.raises(DatabaseReadOnly) as caught:
        open_database(blocker / "db.sqlite")
    assert "hanya bisa dibaca" in str(caught.value)
    assert blocker.read_text() == "bukan folder"


@pytest.mark.parametrize(
    ("problem", "words"),
    [
        (DatabaseLocked(Path("/data/db.sqlite")), ["terkunci", "coba lagi"]),
        (DatabaseReadOnly(Path("/data/db.sqlite")), ["hanya bisa dibaca", "izin"]),
        (DatabaseCorrupt(Path("/data/db.sqlite"), "rinci"), ["rusak", "(rinci)", "cadangan"]),
        (DatabaseTooNew(Path("/data/db.sqlite"), "0042"), ["lebih baru", "0042", "Perbarui"]),
        (NoOffice(Path("/data/db.sqlite")), ["belum punya data kantor", "setup"]),
    ],
    ids=lambda v: type(v).__name__ if isinstance(v, UserError) else "",
)
def test_database_messages_are_indonesian_and_name_the_file(
    problem: UserError, words: list[str]
) -> None:
    assert isinstance(problem, UserError)
    assert problem.message == str(problem)
    assert "/data/db.sqlite" in problem.message
    for word in words:
        assert word in problem.message
    if isinstance(problem, DatabaseProblem):
        assert problem.path == Path("/data/db.sqlite")


# --- locked -----------------------------------------------------------------------------------


def test_locked_database_in_rollback_journal_mode(tmp_path: Path) -> None:
    path = tmp_path / "kunci.sqlite"
    make_app_db(path)
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA journal_mode = delete")
    con.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseLocked) as caught:
            open_database(path, busy_timeout_ms=100)
        assert "terkunci" in str(caught.value)
    finally:
        con.rollback()
        con.close()


def test_locked_app_database_gives_database_locked(tmp_path: Path, gen, office) -> None:
    """The app's own (WAL) file while another program holds a write lock on it.

    Either open_database says so, or the first write does; a raw sqlite3/SQLAlchemy
    OperationalError ("database is locked") must not reach the user.
    """
    path = tmp_path / "kunci.sqlite"
    db = open_database(path)
    setup_office(db, office(), "Operator Satu")
    db.close()
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseLocked):
            again = open_database(path, busy_timeout_ms=100)
            try:
                from jamsostek_desk.services.context import load_context

                create_peserta(load_context(again), gen.make())
            finally:
                again.close()
    finally:
        con.rollback()
        con.close()


@pytest.mark.parametrize(
    ("sqlite_message", "expected"),
    [
        ("database or disk is full", "DatabaseDiskError"),
        ("disk I/O error", "DatabaseDiskError"),
        ("database disk image is malformed", "DatabaseCorrupt"),
        ("file is not a database", "DatabaseCorrupt"),
        ("database is locked", "DatabaseLocked"),
        ("attempt to write a readonly database", "DatabaseReadOnly"),
        ("no such savepoint: sp1", "DatabaseFailure"),
    ],
)
def test_sqlite_errors_are_named_for_what_they_are(tmp_path, sqlite_message, expected) -> None:
    """A full disk must never be called a damaged file: that leads to restoring a backup."""
    import sqlite3

    from sqlalchemy import exc as sa_exc

    from jamsostek_desk.store import db as store_db

    error = sa_exc.OperationalError("stmt", {}, sqlite3.OperationalError(sqlite_message))
    problem = store_db._translate(tmp_path / "x.sqlite", error)
    assert type(problem).__name__ == expected
    assert "sqlite3" not in problem.message and "OperationalError" not in problem.message


def test_prefetch_reads_the_whole_file_once_and_skips_huge_ones(tmp_path) -> None:
    from jamsostek_desk.store.db import prefetch

    f = tmp_path / "data.sqlite"
    f.write_bytes(b"x" * (3 * 1024 * 1024 + 17))
    assert prefetch(f, chunk=1024 * 1024) == f.stat().st_size
    assert prefetch(f, max_bytes=1024) == 0
    assert prefetch(tmp_path / "missing.sqlite") == 0


@pytest.mark.skipif(os.name != "posix", reason="POSIX record locks; Windows locks differently")
def test_reading_the_file_in_this_process_keeps_sqlite_s_locks(tmp_path: Path) -> None:
    """Closing any descriptor of the database file drops this process's SQLite locks on it;
    another program would then take the WAL away from under the open connections."""
    path = tmp_path / "kantor.sqlite"
    db = open_database(path)
    wal = Path(f"{path}-wal")
    with db.engine.connect() as conn:
        conn.exec_driver_sql("SELECT count(*) FROM kantor").all()
        assert wal.exists()
        prefetch(path)  # the app reads the file once after start-up
        open_database(path).close()  # and checks its header when it opens it again
        other = (
            "import sqlite3, sys\n"
            "c = sqlite3.connect(sys.argv[1])\n"
            "c.execute('SELECT count(*) FROM kantor').fetchall()\n"
            "c.close()\n"
        )
        subprocess.run([sys.executable, "-c", other, str(path)], check=True)
        # with our locks in place, the other program's close leaves the WAL alone
        assert wal.exists()
        conn.exec_driver_sql("SELECT count(*) FROM kantor").all()
    db.close()
