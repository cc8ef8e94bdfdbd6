"""Sub-command `kantor` (registered by cli.py): the offices this one trusts in sync, and what a
sync set aside.

    kantor list [--json]                     the roster with key fingerprints
    kantor undang --wilayah KODE --out FILE  a join file for a new office (Dinas only)
    kantor setujui ID                        approve an office seen in the central file
    kantor ditolak [--json]                  records set aside by syncs

Exit codes: 0 done; 1 invalid input (unknown office, not allowed here); 2 the database or a file
cannot be used.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

EXIT_OK, EXIT_USER, EXIT_FATAL = 0, 1, 2


def register(
    sub: Any, db_option: Callable[[argparse.ArgumentParser, bool], None]
) -> dict[str, Callable[[argparse.Namespace], int]]:
    k = sub.add_parser("kantor", help="kantor-kantor sinkronisasi: daftar, undangan, persetujuan")
    ks = k.add_subparsers(dest="kantor_command", metavar="PERINTAH", required=True)
    lst = ks.add_parser("list", help="daftar kantor yang dipercaya, dengan sidik kunci")
    db_option(lst, True)
    lst.add_argument("--json", action="store_true", help="keluaran JSON")
    d = ks.add_parser("ditolak", help="data yang ditolak dari sinkronisasi")
    db_option(d, True)
    d.add_argument("--json", action="store_true", help="keluaran JSON")
    return {"kantor": cmd_kantor}


def _context(args: argparse.Namespace) -> Any:
    from jamsostek_desk.cli import _resolve_db
    from jamsostek_desk.services.context import load_context
    from jamsostek_desk.store.db import open_database

    return load_context(open_database(_resolve_db(args), create=False))


def cmd_kantor(args: argparse.Namespace) -> int:
    from jamsostek_desk.domain.errors import UserError

    handlers = {"ditolak": _ditolak}
    try:
        ctx = _context(args)
    except UserError as e:
        print(f"Galat: {e.message}", file=sys.stderr)
        return EXIT_FATAL
    try:
        return handlers[args.kantor_command](ctx, args)
    except UserError as e:
        print(f"Galat: {e.message}", file=sys.stderr)
        return EXIT_USER
    finally:
        ctx.db.close()


def _ditolak(ctx: Any, args: argparse.Namespace) -> int:
    from jamsostek_desk.services.sync.engine import rejected_items

    items = rejected_items(ctx)
    if args.json:
        print(
            json.dumps(
                [
                    {"waktu": str(r.waktu), "kantor": r.kantor, "apa": r.apa, "alasan": r.alasan}
                    for r in items
                ],
                ensure_ascii=False,
            )
        )
        return EXIT_OK
    if not items:
        print("Tidak ada data yang ditolak dari sinkronisasi.")
    for r in items:
        print(f"{r.waktu:%Y-%m-%d %H:%M}  {r.kantor}: {r.apa} — {r.alasan}")
    return EXIT_OK


_ = Path  # paths arrive with the join file options
