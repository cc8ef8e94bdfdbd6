"""What every command-line module shares: exit codes, the --db option and where it points,
signing in (--operator and the password), opening the database with the signed-in operator's
context, error lines and the progress line.

cli.py, cli_cetak.py, cli_sync.py and cli_backup.py import this module and never each other's
private names (cli.py loads the other three to register their commands). Heavy modules are
imported inside the functions: `jamsostek-desk --version` must stay fast.
"""

from __future__ import annotations

import argparse
import codecs
import getpass
import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jamsostek_desk.domain.errors import UserError

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
    """The signed-in operator's context on the existing database of ``args`` (a wrong or
    missing password is a UserError before anything is done); closed afterwards."""
    from jamsostek_desk.store.db import open_database

    db = open_database(resolve_db(args), create=False)
    try:
        yield signed_in(args, db)
    finally:
        db.close()


# -- signing in -----------------------------------------------------------------------------
OPERATOR_ENV = "JAMSOSTEK_DESK_OPERATOR"
PASSWORD_ENV = "JAMSOSTEK_DESK_PASSWORD"
MAX_SECRET_FILE = 64 * 1024


class SignInRequired(UserError):
    """No operator or no password was given."""


def sign_in_options(parser: argparse.ArgumentParser, *, operator: str = "--operator") -> None:
    """The sign-in options of a sub-command. ``operator`` is "--as" where the command uses
    ``--operator`` for something else (``audit`` filters by it), "" for ``setup`` (whose
    ``--operator`` names the first Admin)."""
    g = parser.add_argument_group("masuk (operator dan kata sandi)")
    if operator == "--operator":
        g.add_argument(
            "--operator",
            metavar="NAMA",
            help=f"nama operator yang masuk (bawaan: ${OPERATOR_ENV})",
        )
    elif operator:
        g.add_argument(
            "--as",
            dest="sign_in_as",
            metavar="NAMA",
            help=f"nama operator yang masuk (bawaan: ${OPERATOR_ENV})",
        )
    g.add_argument(
        "--password-file",
        type=Path,
        metavar="F",
        help=f"berkas berisi kata sandi operator (bawaan: ${PASSWORD_ENV}, atau ditanya)",
    )


def read_secret_file(path: Path, what: str = "kata sandi") -> str:
    """The first line of a password or passphrase file, whatever Windows Notepad saved it as
    (UTF-8 with or without a byte-order mark, "Unicode" = UTF-16). Binary files are refused."""
    try:
        if path.is_dir():
            raise UserError(f"{path} adalah folder, bukan berkas {what}.")
        with path.open("rb") as fh:
            raw = fh.read(MAX_SECRET_FILE + 1)
    except OSError as e:
        raise UserError(f"Berkas {what} {path} tidak bisa dibaca ({e.strerror or e}).") from e
    if len(raw) > MAX_SECRET_FILE:
        raise UserError(f"Berkas {what} {path} terlalu besar: isinya harus satu baris teks.")
    text: str | None = None
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _decode(raw, "utf-16")
    elif raw.startswith(codecs.BOM_UTF8):
        text = _decode(raw[len(codecs.BOM_UTF8) :], "utf-8")
    elif len(raw) >= 2 and len(raw) % 2 == 0 and raw[1::2].count(0) > len(raw) // 4:
        text = _decode(raw, "utf-16-le")  # UTF-16 without a byte-order mark
    else:
        text = _decode(raw, "utf-8")
    if text is None or any(ord(c) < 32 and c not in "\t\r\n" for c in text):
        raise UserError(
            f"Berkas {what} {path} bukan berkas teks. Simpan kata sandinya sebagai teks biasa "
            "(UTF-8 atau Unicode) dalam satu baris."
        )
    lines = text.splitlines()
    return lines[0] if lines else ""


def _decode(raw: bytes, encoding: str) -> str | None:
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError:
        return None


def _password(args: argparse.Namespace, prompt: str) -> str:
    path = getattr(args, "password_file", None)
    if path is not None:
        text = read_secret_file(Path(path)).strip()
        if not text:
            raise SignInRequired(f"Berkas kata sandi {path} kosong.")
        return text
    if os.environ.get(PASSWORD_ENV):
        return os.environ[PASSWORD_ENV]
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    raise SignInRequired(
        f"Kata sandi belum diberikan: pakai --password-file F atau variabel {PASSWORD_ENV}."
    )


def operator_name(args: argparse.Namespace) -> str:
    name = getattr(args, "sign_in_as", None) or getattr(args, "operator", None)
    name = name or os.environ.get(OPERATOR_ENV, "")
    if not name.strip():
        raise SignInRequired(
            f"Masuk dulu: sebutkan operator dengan --operator NAMA atau variabel {OPERATOR_ENV}, "
            f"dan kata sandinya dengan --password-file F atau variabel {PASSWORD_ENV}."
        )
    return name


def new_password(args: argparse.Namespace) -> str:
    """The first Admin's password for ``setup`` (asked twice at a terminal)."""
    path = getattr(args, "password_file", None)
    if path is None and not os.environ.get(PASSWORD_ENV) and sys.stdin.isatty():
        first = getpass.getpass("Kata sandi Admin baru: ")
        if getpass.getpass("Ulangi kata sandi: ") != first:
            raise UserError("Kedua kata sandi tidak sama. Tidak ada yang dibuat.")
        return first
    return _password(args, "")


def print_recovery_code(code: str, nama: str, stream: Any = None) -> None:
    from jamsostek_desk.services.auth import RECOVERY_WARNING

    stream = stream or sys.stdout
    print(f"Kode pemulihan Admin ({nama}): {code}", file=stream)
    print(f"PENTING: {RECOVERY_WARNING}", file=stream)


def signed_in(args: argparse.Namespace, db: Any) -> Any:
    """The AppContext of the operator named on the command line, after checking the
    password. A database made before sign-in existed gets its Admin's first password here
    (and the recovery code is printed)."""
    from jamsostek_desk.services import auth

    name = operator_name(args)
    op_id = auth.find_operator(db, name)
    password = _password(args, f"Kata sandi {name.strip()}: ")
    if not auth.has_credentials(db):
        code = auth.new_recovery_code()
        ctx = auth.claim_first_password(db, op_id, password, code)
        print_recovery_code(code, ctx.operator_nama, sys.stderr)  # stdout may be JSON
        return ctx
    return auth.sign_in(db, op_id, password)


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
