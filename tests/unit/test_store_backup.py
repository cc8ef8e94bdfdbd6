"""Backup copies in `cadangan/`: consistent copies, restore, the daily copy and pruning."""

from __future__ import annotations

import os
import sqlite3
import time
from datetime import timedelta
from pathlib import Path

from sqlalchemy import text

from jamsostek_desk.services.office import setup_office
from jamsostek_desk.services.peserta import create_peserta
from jamsostek_desk.store.backup import (
    BACKUP_DIR,
    KEEP,
    backup_dir,
    backup_if_due,
    list_backups,
    make_backup,
    restore_backup,
)
from jamsostek_desk.store.db import Database, open_database


def peserta_rows(path: Path) -> list[tuple[str, str, str]]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        return con.execute("SELECT id, nik, nama FROM peserta ORDER BY id").fetchall()
    finally:
        con.close()


def filled(db: Database, office, gen, n: int = 5) -> list[str]:
    ctx = setup_office(db, office(), "Operator Satu")
    return [create_peserta(ctx, gen.make()).id for _ in range(n)]


def age(path: Path, days: float) -> None:
    """Pretend a backup was made ``days`` ago (backups are dated by their file time)."""
    when = time.time() - days * 86400
    os.utime(path, (when, when))


def test_backup_is_a_valid_copy_with_the_same_rows(db: Database, office, gen) -> None:
    ids = filled(db, office, gen)
    # The database is still open in WAL mode: recent rows may live only in the -wal file.
    copy = make_backup(db.path, "uji")
    assert copy.parent == db.path.parent / BACKUP_DIR == backup_dir(db.path)
    assert copy.name.startswith(db.path.stem + "-")
    assert copy.name.endswith("-uji.sqlite")
    rows = peserta_rows(copy)
    assert sorted(r[0] for r in rows) == sorted(ids)
    assert rows == peserta_rows(db.path)
    assert list_backups(db.path) == [copy]
    assert not list(copy.parent.glob("*.tmp"))  # no half-written copy left behind


def test_backup_opens_as_an_app_database(db: Database, office, gen, tmp_path: Path) -> None:
    ids = filled(db, office, gen, 3)
    copy = make_backup(db.path, "uji")
    reopened = open_database(copy)
    try:
        with reopened.engine.connect() as conn:
            found = set(conn.execute(text("SELECT id FROM peserta")).scalars())
    finally:
        reopened.close()
    assert found == set(ids)


def test_restore_puts_backup_in_place_and_keeps_the_damaged_file(db: Database, office, gen) -> None:
    ids = filled(db, office, gen, 4)
    copy = make_backup(db.path, "uji")
    db.close()
    for side in ("-wal", "-shm"):
        Path(f"{db.path}{side}").unlink(missing_ok=True)
    damaged = b"SQLite format 3\x00" + b"\xff" * 5000
    db.path.write_bytes(damaged)
    Path(f"{db.path}-wal").write_bytes(b"sisa wal")

    moved = restore_backup(copy, db.path)

    assert moved is not None
    assert "-rusak-" in moved.name
    assert moved.parent == db.path.parent
    assert moved.suffix == db.path.suffix
    assert moved.read_bytes() == damaged  # kept aside, never deleted
    assert db.path.read_bytes() == copy.read_bytes()
    assert copy.exists()  # the backup itself stays a backup
    assert not Path(f"{db.path}-wal").exists()  # a stale WAL must not be replayed on the copy
    wal_aside = [p for p in db.path.parent.iterdir() if "-wal-rusak-" in p.name]
    assert len(wal_aside) == 1
    assert wal_aside[0].read_bytes() == b"sisa wal"
    assert sorted(r[0] for r in peserta_rows(db.path)) == sorted(ids)


def test_restore_without_a_current_file(tmp_path: Path, db: Database, office, gen) -> None:
    filled(db, office, gen, 2)
    copy = make_backup(db.path, "uji")
    target = tmp_path / "lain" / "pulih.sqlite"
    target.parent.mkdir()
    assert restore_backup(copy, target) is None
    assert target.read_bytes() == copy.read_bytes()


def test_restoring_twice_keeps_both_replaced_files(db: Database, office, gen) -> None:
    """'The old file is kept aside, never deleted' also when a user restores twice in a row.

    The aside name has only a one-second stamp, so a second restore within the same second
    replaces (deletes) the file the first restore kept aside.
    """
    filled(db, office, gen, 2)
    copy = make_backup(db.path, "uji")
    db.close()
    db.path.write_bytes(b"rusak pertama")
    restore_backup(copy, db.path)
    db.path.write_bytes(b"rusak kedua")
    restore_backup(copy, db.path)
    aside = sorted(
        p.read_bytes()
        for p in db.path.parent.iterdir()
        if "-rusak-" in p.name and p.name.endswith(".sqlite")
    )
    assert aside == [b"rusak kedua", b"rusak pertama"]


def test_backup_if_due_skips_when_a_fresh_backup_exists(db: Database, office, gen) -> None:
    filled(db, office, gen, 1)
    first = make_backup(db.path, "manual")
    assert backup_if_due(db.path) is None
    assert list_backups(db.path) == [first]


def test_backup_if_due_makes_a_copy_when_none_or_old(db: Database, office, gen) -> None:
    filled(db, office, gen, 1)
    made = backup_if_due(db.path)
    assert made is not None and made.name.endswith("-harian.sqlite")
    assert list_backups(db.path) == [made]
    age(made, 2)
    newer = backup_if_due(db.path)
    assert newer is not None and newer != made
    assert list_backups(db.path) == [newer, made]  # newest first
    age(newer, 0.5)
    assert backup_if_due(db.path, max_age=timedelta(hours=6)) is not None
    assert len(list_backups(db.path)) == 3


def test_backup_if_due_without_a_database(tmp_path: Path) -> None:
    assert backup_if_due(tmp_path / "tidak-ada.sqlite") is None
    assert not (tmp_path / BACKUP_DIR).exists()


def test_pruning_keeps_the_newest_keep_backups(db: Database, office, gen) -> None:
    filled(db, office, gen, 1)
    made = []
    for i in range(KEEP + 3):
        path = make_backup(db.path, f"ke{i}")
        age(path, (KEEP + 3 - i) / 24)  # strictly increasing times, no reliance on the clock
        made.append(path)
    kept = list_backups(db.path)
    assert len(kept) == KEEP
    # make_backup prunes when it runs, so check after one more to be sure the order counts.
    last = make_backup(db.path, "terakhir")
    kept = list_backups(db.path)
    assert len(kept) == KEEP
    assert kept[0] == last
    assert set(kept[1:]) == set(made[-(KEEP - 1) :])
    assert all(not p.exists() for p in made[: len(made) - (KEEP - 1)])


def test_backups_of_a_similarly_named_database_are_left_alone(tmp_path: Path, office, gen) -> None:
    """Two databases in one folder, 'kantor' and 'kantor-lama', share the cadangan folder.

    list_backups globs '<stem>-*.sqlite', so the backups of 'kantor-lama' count as backups of
    'kantor' and pruning 'kantor' deletes them.
    """
    lama = open_database(tmp_path / "kantor-lama.sqlite")
    filled(lama, office, gen, 1)
    lama_backups = [make_backup(lama.path, f"lama{i}") for i in range(KEEP)]
    lama.close()
    baru = open_database(tmp_path / "kantor.sqlite")
    try:
        mine = make_backup(baru.path, "baru")
        assert list_backups(baru.path) == [mine]
    finally:
        baru.close()
    assert all(p.exists() for p in lama_backups)
    assert len(list_backups(tmp_path / "kantor-lama.sqlite")) == KEEP
