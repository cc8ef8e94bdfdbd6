"""Files that hold personal data are readable by this user only.

On POSIX the process creates every file 0600 and every folder 0700 (the database, its WAL and
SHM files, backups, the lock file, exports, logs): ``protect_process`` sets the umask once at
start-up, and ``make_private`` tightens files made by an older version. On Windows the files
live in the user's profile, which other users cannot read.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

UMASK = 0o077


def protect_process() -> None:
    """Everything this process creates from now on is private (umask 077)."""
    if os.name == "posix":
        os.umask(UMASK)


def make_private(*paths: Path) -> None:
    """chmod 0600 (files) / 0700 (folders) where they exist and belong to this user; best
    effort: a file on a flash disk (FAT) has no modes to set."""
    if os.name != "posix":
        return
    for path in paths:
        try:
            st = path.stat()
            if st.st_uid != os.getuid():
                continue
            mode = 0o700 if stat.S_ISDIR(st.st_mode) else 0o600
            if stat.S_IMODE(st.st_mode) & 0o077:
                path.chmod(mode)
        except OSError:
            continue


def private_files_of(db_path: Path) -> list[Path]:
    """The database and the files SQLite and the app keep beside it."""
    return [
        db_path,
        db_path.with_name(db_path.name + "-wal"),
        db_path.with_name(db_path.name + "-shm"),
        db_path.with_name(db_path.name + ".lock"),
    ]
