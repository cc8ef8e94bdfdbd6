"""CLI sub-command for backups: `restore` (registered by cli.py)."""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from jamsostek_desk.cli_common import EXIT_FATAL, EXIT_OK, db_option, fail, resolve_db


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


def cmd_restore(args: argparse.Namespace) -> int:
    from jamsostek_desk.services.backup import restore_file

    db_path = resolve_db(args)
    if _app_is_open(db_path):
        return fail(
            f"database {db_path} sedang dibuka di jendela Jamsostek Desk. Tutup dulu "
            f"aplikasinya (bila tidak terbuka, hapus berkas {db_path}.lock), lalu ulangi.",
            EXIT_FATAL,
        )
    done = restore_file(db_path, args.file)
    print(f"Database {db_path} dipulihkan dari {args.file}.")
    print(f"Keadaan sebelumnya dicadangkan di {done.safety}.")
    if done.moved is not None:
        print(f"Berkas yang diganti disimpan sebagai {done.moved.name}.")
    return EXIT_OK
