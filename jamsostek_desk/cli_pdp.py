"""Sub-commands for a participant's rights (UU 27/2022): `hak-akses` and `hak-hapus` (Admin)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any


def register(
    sub: Any, db_option: Callable[..., None]
) -> dict[str, Callable[[argparse.Namespace], int]]:
    a = sub.add_parser("hak-akses", help="semua data satu peserta untuk dirinya (JSON; Admin)")
    db_option(a, True)
    a.add_argument("nik", metavar="NIK", help="NIK peserta")
    a.add_argument("--out", required=True, type=Path, metavar="FILE.json")
    h = sub.add_parser(
        "hak-hapus", help="hapus data pribadi satu peserta atas permintaannya (Admin)"
    )
    db_option(h, True)
    h.add_argument("nik", metavar="NIK", help="NIK peserta")
    h.add_argument("--alasan", required=True, metavar="TEKS", help="dasar permintaan penghapusan")
    return {"hak-akses": cmd_hak_akses, "hak-hapus": cmd_hak_hapus}


def _open(args: argparse.Namespace) -> Any:
    from jamsostek_desk.cli_sync import _context

    return _context(args)


def cmd_hak_akses(args: argparse.Namespace) -> int:
    from jamsostek_desk.services import hak_subjek

    ctx = _open(args)
    try:
        out = hak_subjek.export_person(ctx, hak_subjek.find_by_nik(ctx, args.nik), args.out)
    finally:
        ctx.db.close()
    print(f"Data peserta ditulis ke {out}.")
    return 0


def cmd_hak_hapus(args: argparse.Namespace) -> int:
    from jamsostek_desk.services import hak_subjek

    ctx = _open(args)
    try:
        hak_subjek.erase_person(ctx, hak_subjek.find_by_nik(ctx, args.nik), args.alasan)
    finally:
        ctx.db.close()
    print("Data pribadi peserta dihapus; penghapusan dicatat di riwayat.", file=sys.stdout)
    return 0
