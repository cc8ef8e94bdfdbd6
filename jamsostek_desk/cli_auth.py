"""Signing in on the command line: ``--operator NAMA`` (or JAMSOSTEK_DESK_OPERATOR) and the
password from ``--password-file F``, JAMSOSTEK_DESK_PASSWORD, or a prompt at a terminal.

A wrong or missing password is a UserError (exit 2) before the command does anything.
"""

from __future__ import annotations

import argparse
import codecs
import getpass
import os
import sys
from pathlib import Path
from typing import Any

from jamsostek_desk.domain.errors import UserError

OPERATOR_ENV = "JAMSOSTEK_DESK_OPERATOR"
PASSWORD_ENV = "JAMSOSTEK_DESK_PASSWORD"
MAX_SECRET_FILE = 64 * 1024


class SignInRequired(UserError):
    """No operator or no password was given."""


def add_options(parser: argparse.ArgumentParser, *, operator: str = "--operator") -> None:
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


def register(sub: Any, db_option: Any) -> dict[str, Any]:
    """The ``audit`` sub-command (Admin and Pimpinan)."""
    a = sub.add_parser("audit", help="tampilkan riwayat (audit): siapa melakukan apa, kapan")
    db_option(a, True)
    a.add_argument(
        "--since", metavar="TANGGAL", help="sejak tanggal ini (dd-mm-yyyy atau yyyy-mm-dd)"
    )
    a.add_argument("--operator", dest="filter_operator", metavar="NAMA", help="hanya operator ini")
    a.add_argument("--aksi", metavar="AKSI", help="hanya tindakan ini (mis. ekspor_daftar, masuk)")
    a.add_argument("--peserta", metavar="NIK_ATAU_NAMA", help="hanya riwayat peserta ini")
    a.add_argument("--json", action="store_true", help="keluaran JSON (satu daftar)")
    add_options(a, operator="--as")
    return {"audit": cmd_audit}


def cmd_audit(args: argparse.Namespace) -> int:
    import json

    from jamsostek_desk.domain.dates import parse_tanggal
    from jamsostek_desk.services import audit, riwayat
    from jamsostek_desk.store.db import open_database

    since = None
    if args.since:
        try:
            since = parse_tanggal(args.since)
        except ValueError as e:
            print(f"Galat: --since: {e}", file=sys.stderr)
            return 1
    if args.aksi and args.aksi not in audit.AKSI:
        print(
            f"Galat: --aksi: {args.aksi} tidak dikenal (pilih salah satu: "
            f"{', '.join(sorted(audit.AKSI))})",
            file=sys.stderr,
        )
        return 1
    from jamsostek_desk.cli import _resolve_db

    db = open_database(_resolve_db(args), create=False)
    try:
        ctx = signed_in(args, db)
        rows = riwayat.search(
            ctx,
            riwayat.RiwayatFilter(
                operator=args.filter_operator or "",
                aksi=args.aksi or "",
                since=since,
                peserta=args.peserta or "",
            ),
            limit=1_000_000,
        )
    finally:
        db.close()
    if args.json:
        print(json.dumps([r.as_json() for r in rows], ensure_ascii=False))
        return 0
    for line in riwayat.table_rows(rows):
        print("  ".join(x for x in line if x))
    print(f"{len(rows)} catatan.", file=sys.stderr)
    return 0
