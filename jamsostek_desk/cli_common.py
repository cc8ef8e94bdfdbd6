"""What every command-line module shares: exit codes, the --db option and where it points,
opening the database with its office context, error lines and the progress line.

cli.py, cli_cetak.py, cli_sync.py and cli_backup.py import this module and never each other's
private names (cli.py loads the other three to register their commands). Heavy modules are
imported inside the functions: `jamsostek-desk --version` must stay fast.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from jamsostek_desk.services.context import AppContext

EXIT_OK = 0  # done
EXIT_USER = 1  # invalid input, or done but something waits for the user (rejected rows, conflicts)
EXIT_FATAL = 2  # the database or a file cannot be used; nothing was changed


def db_option(parser: argparse.ArgumentParser, suppress: bool) -> None:
    """The --db option (``suppress``: on a sub-command, so that a --db given before the
    sub-command is not overwritten by its default)."""
    parser.add_argument(
        "--db",
        type=Path,
        metavar="PATH",
        default=argparse.SUPPRESS if suppress else None,
        help="berkas database (bawaan: $JAMSOSTEK_DESK_DB atau folder data pengguna)",
    )


def resolve_db(args: argparse.Namespace) -> Path:
    """The database the command works on: --demo, --db, or the default."""
    from jamsostek_desk.store.db import default_db_path, demo_db_path

    if getattr(args, "demo", False):
        return demo_db_path()
    db = getattr(args, "db", None)
    return Path(db) if db else default_db_path()


@contextmanager
def open_context(args: argparse.Namespace) -> Iterator[AppContext]:
    """This office's context on the existing database of ``args``; closed afterwards."""
    from jamsostek_desk.services.context import load_context
    from jamsostek_desk.store.db import open_database

    db = open_database(resolve_db(args), create=False)
    try:
        yield load_context(db)
    finally:
        db.close()


def err(message: str) -> None:
    print(f"Galat: {message}", file=sys.stderr)


def fail(
    message: str, code: int, progress: ProgressLine | None = None, as_json: bool = False
) -> int:
    """Close the progress line, say what went wrong (also as JSON on stdout for --json) and
    return the exit code ``code``."""
    if progress is not None:
        progress.end()
    err(message)
    if as_json:
        print(json.dumps({"error": message}, ensure_ascii=False))
    return code


class ProgressLine:
    """A progress callback that rewrites one line on the terminal's stderr (nothing when
    ``quiet``, e.g. with --json, or when stderr is not a terminal); ``end()`` closes the line."""

    def __init__(self, quiet: bool = False) -> None:
        self.quiet = quiet or not sys.stderr.isatty()
        self.shown = False

    def __call__(self, done: int, total: int, message: str) -> None:
        if not self.quiet:
            print(f"\r{message[:90]:<90}", end="", file=sys.stderr, flush=True)
            self.shown = True

    def end(self) -> None:
        if self.shown:
            print(file=sys.stderr)
            self.shown = False
