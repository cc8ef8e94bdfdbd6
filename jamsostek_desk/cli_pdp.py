"""Sub-commands for a participant's rights (UU 27/2022): `hak-akses` and `hak-hapus` (Admin)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from jamsostek_desk.cli_common import EXIT_OK, db_option, open_context


def register(sub: Any) -> dict[str, Callable[[argparse.Namespace], int]]:
    a = sub.add_parser("hak-akses", help="semua data satu peserta untuk dirinya (JSON; Admin)")
    db_option(a, suppress=True)
    a.add_argument("nik", metavar="NIK", help="NIK peserta")
    a.add_argument("--out", required=True, type=Path, metavar="FILE.json")
    h = sub.add_parser(
        "hak-hapus", help="hapus data pribadi satu peserta atas permintaannya (Admin)"
    )
    db_option(h, suppress=True)
    h.add_argument("nik", metavar="NIK", help="NIK peserta")
    h.add_argument("--alasan", required=True, metavar="TEKS", help="dasar permintaan penghapusan")
    return {"hak-akses": cmd_hak_akses, "hak-hapus": cmd_hak_hapus}


def cmd_hak_akses(args: argparse.Namespace) -> int:
    from jamsostek_desk.services import hak_subjek

    with open_context(args) as ctx:
        out = hak_subjek.export_person(ctx, hak_subjek.find_by_nik(ctx, args.nik), args.out)
    print(f"Data peserta ditulis ke {out}.")
    return EXIT_OK


def cmd_hak_hapus(args: argparse.Namespace) -> int:
    from jamsostek_desk.services import hak_subjek

    with open_context(args) as ctx:
        hak_subjek.erase_person(ctx, hak_subjek.find_by_nik(ctx, args.nik), args.alasan)
    print("Data pribadi peserta dihapus; penghapusan dicatat di riwayat.", file=sys.stdout)
    return EXIT_OK
