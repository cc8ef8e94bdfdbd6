"""CLI sub-command for backups: `restore` (registered by cli.py)."""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from jamsostek_desk.cli_common import (
    EXIT_FATAL,
    EXIT_OK,
    db_option,
    fail,
    open_context,
    resolve_db,
)


def register(
    sub: Any,  # argparse._SubParsersAction of cli.Parser
) -> dict[str, Callable[[argparse.Namespace], int]]:
    r = sub.add_parser(
        "restore",
        help="pulihkan database dari berkas cadangan (keadaan sekarang dicadangkan dulu)",
    )
    r.add_argument("file", type=Path, metavar="FILE", help="berkas cadangan (.sqlite)")
    db_option(r, suppress=True)
    return {"restore": cmd_restore}


def _app_is_open(db_path: Path) -> bool:
    """The window holds ``<db>.lock`` (a QLockFile: pid on its first line) while open."""
    lock = Path(str(db_path) + ".lock")
    try:
        first = lock.read_text(encoding="utf-8", errors="replace").splitlines()[0]
    except (OSError, IndexError):
        return False
    if os.name != "posix":
        return True  # no cheap, safe liveness check: a stale lock is removed by the user
    try:
        os.kill(int(first), 0)
    except (ValueError, ProcessLookupError):
        return False
    except PermissionError:
        return True
    return True


def _usable(db_path: Path) -> bool:
    from jamsostek_desk.store.db import open_database
    from jamsostek_desk.store.errors import DatabaseCorrupt

    if not db_path.is_file():
        return False
    try:
        open_database(db_path, migrate=False, create=False).close()
    except DatabaseCorrupt:
        return False
    return True


def _restore_damaged(args: argparse.Namespace, db_path: Path) -> Any:
    """The database is missing or damaged: its Admin signs in against (a copy of) the backup
    being restored, then the backup goes in place, with its audit entry."""
    import shutil
    import tempfile

    from jamsostek_desk.cli_common import signed_in
    from jamsostek_desk.services.access import require_admin
    from jamsostek_desk.services.backup import Restored, audit_restored
    from jamsostek_desk.store.backup import restore_backup
    from jamsostek_desk.store.db import open_database

    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "cadangan.sqlite"
        shutil.copy2(args.file, copy)
        db = open_database(copy, create=False)
        try:
            ctx = signed_in(args, db)
            require_admin(ctx, "memulihkan database dari cadangan")
        finally:
            db.close()
    # nothing to back up first: the damaged file itself is kept aside ("-rusak-")
    moved = restore_backup(args.file, db_path, "rusak")
    audit_restored(ctx, db_path, args.file)
    return Restored(None, moved)


def cmd_restore(args: argparse.Namespace) -> int:
    """Signed in as an Admin (the database as it is now), like the window's restore."""
    from jamsostek_desk.services.backup import restore_database

    db_path = resolve_db(args)
    if _app_is_open(db_path):
        return fail(
            f"database {db_path} sedang dibuka di jendela Jamsostek Desk. Tutup dulu "
            f"aplikasinya (bila tidak terbuka, hapus berkas {db_path}.lock), lalu ulangi.",
            EXIT_FATAL,
        )
    if not args.file.is_file():
        return fail(f"berkas cadangan {args.file} tidak ada.", EXIT_FATAL)
    if _usable(db_path):
        with open_context(args) as ctx:
            done = restore_database(ctx, args.file)
    else:
        done = _restore_damaged(args, db_path)
    print(f"Database {db_path} dipulihkan dari {args.file}.")
    if done.safety is not None:
        print(f"Keadaan sebelumnya dicadangkan di {done.safety}.")
    if done.moved is not None:
        print(f"Berkas yang diganti disimpan sebagai {done.moved.name}.")
    return EXIT_OK
