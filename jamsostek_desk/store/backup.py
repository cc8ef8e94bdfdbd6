"""Backup copies of the database file, made with SQLite's online backup API.

Copies go to a ``cadangan`` folder beside the database. They are written through
``store.files.atomic_output`` (a temporary name, renamed when complete), so a half-written copy
never looks like a backup.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

from jamsostek_desk.store.files import atomic_output
from jamsostek_desk.store.private import make_private

BACKUP_DIR = "cadangan"
KEEP = 7


def backup_dir(db_path: Path) -> Path:
    return db_path.parent / BACKUP_DIR


def list_backups(db_path: Path, folder: Path | None = None) -> list[Path]:
    """Backups of this database (in ``folder``, by default the one beside it), newest first."""
    folder = backup_dir(db_path) if folder is None else folder
    if not folder.is_dir():
        return []
    # Exactly our own names (<stem>-<date>-<time>-<micro>-<reason>.sqlite): a database called
    # "kantor-lama" must not have its backups listed (and pruned) as those of "kantor".
    pattern = re.compile(re.escape(db_path.stem) + r"-\d{8}-\d{6}-\d{6}-[\w-]+\.sqlite")
    found = [p for p in folder.iterdir() if pattern.fullmatch(p.name) and p.is_file()]
    return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)


def make_backup(db_path: Path, reason: str, keep: int = KEEP) -> Path:
    """Copy the database consistently (also while it is open in WAL mode)."""
    folder = backup_dir(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{db_path.stem}-{stamp}-{reason}.sqlite"
    with atomic_output(target, "Cadangan database") as tmp:
        src = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(tmp)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
    make_private(folder, target)
    for old in list_backups(db_path)[keep:]:
        old.unlink(missing_ok=True)
    return target


def backup_if_due(db_path: Path, max_age: timedelta = timedelta(days=1)) -> Path | None:
    """A daily safety copy: made only when the newest backup is older than ``max_age``."""
    if not db_path.is_file():
        return None
    backups = list_backups(db_path)
    if backups:
        newest = datetime.fromtimestamp(backups[0].stat().st_mtime)
        if datetime.now() - newest < max_age:
            return None
    return make_backup(db_path, "harian")


def restore_backup(backup: Path, db_path: Path, tag: str = "rusak") -> Path | None:
    """Put ``backup`` in place of the database; the old file is kept aside, never deleted
    (named ``<stem>-<tag>-<time>``: "rusak" after damage, "diganti" after a chosen restore).

    Returns where the replaced file was moved (None when there was none).
    """
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    moved: Path | None = None
    if db_path.exists():
        moved = db_path.with_name(f"{db_path.stem}-{tag}-{stamp}{db_path.suffix}")
        os.replace(db_path, moved)
    for suffix in ("-wal", "-shm"):
        side = db_path.with_name(db_path.name + suffix)
        if side.exists():
            os.replace(side, side.with_name(f"{side.name}-{tag}-{stamp}"))
    tmp = db_path.with_name(db_path.name + ".restore-tmp")
    shutil.copyfile(backup, tmp)
    os.replace(tmp, db_path)
    return moved


def copy_backup(db_path: Path, backup: Path, folder: Path, keep: int = KEEP) -> Path:
    """A copy of ``backup`` in a second folder (a flash disk), written whole or not at all;
    there too only the newest ``keep`` backups of this database stay."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / backup.name
    with atomic_output(target, "Salinan cadangan") as tmp:
        shutil.copyfile(backup, tmp)
    os.utime(target, (backup.stat().st_atime, backup.stat().st_mtime))
    for old in list_backups(db_path, folder)[keep:]:
        old.unlink(missing_ok=True)
    return target


def count_peserta(path: Path) -> int | None:
    """Live participants in a database file (a backup), or None when it cannot be read."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        row = conn.execute("SELECT count(*) FROM peserta WHERE deleted_at IS NULL").fetchone()
        return int(row[0])
    except sqlite3.Error:
        return None
    finally:
        conn.close()
