"""The `audit` sub-command: the audit trail on the command line (Admin and Pimpinan)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from jamsostek_desk.cli_common import (
    EXIT_OK,
    EXIT_USER,
    db_option,
    err,
    open_context,
    sign_in_options,
)


def register(sub: Any) -> dict[str, Any]:
    """The ``audit`` sub-command (Admin and Pimpinan)."""
    a = sub.add_parser("audit", help="tampilkan riwayat (audit): siapa melakukan apa, kapan")
    db_option(a, suppress=True)
    a.add_argument(
        "--since", metavar="TANGGAL", help="sejak tanggal ini (dd-mm-yyyy atau yyyy-mm-dd)"
    )
    a.add_argument("--operator", dest="filter_operator", metavar="NAMA", help="hanya operator ini")
    a.add_argument("--aksi", metavar="AKSI", help="hanya tindakan ini (mis. ekspor_daftar, masuk)")
    a.add_argument("--peserta", metavar="NIK_ATAU_NAMA", help="hanya riwayat peserta ini")
    a.add_argument("--json", action="store_true", help="keluaran JSON (satu daftar)")
    sign_in_options(a, operator="--as")
    return {"audit": cmd_audit}


def cmd_audit(args: argparse.Namespace) -> int:
    import json

    from jamsostek_desk.domain.dates import parse_tanggal
    from jamsostek_desk.services import audit, riwayat

    since = None
    if args.since:
        try:
            since = parse_tanggal(args.since)
        except ValueError as e:
            err(f"--since: {e}")
            return EXIT_USER
    if args.aksi and args.aksi not in audit.AKSI:
        err(
            f"--aksi: {args.aksi} tidak dikenal (pilih salah satu: {', '.join(sorted(audit.AKSI))})"
        )
        return EXIT_USER
    with open_context(args) as ctx:
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
    if args.json:
        print(json.dumps([r.as_json() for r in rows], ensure_ascii=False))
        return EXIT_OK
    for line in riwayat.table_rows(rows):
        print("  ".join(x for x in line if x))
    print(f"{len(rows)} catatan.", file=sys.stderr)
    return EXIT_OK
