"""Sub-command `kantor` (registered by cli.py): the offices this one trusts in sync, and what a
sync set aside.

    kantor list [--json]                     the roster with key fingerprints
    kantor undang --wilayah KODE --out FILE  a join file for a new office (the root or a
                                             co-signer of the roster)
    kantor setujui ID                        approve an office seen in the central file
    kantor penanda-tangan ID [--cabut]       make an approved kabupaten-level office a
                                             co-signer of the roster (the root only)
    kantor ditolak [--json]                  records set aside by syncs

Exit codes: 0 done; 1 invalid input (unknown office, not allowed here); 2 the database or a file
cannot be used.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from jamsostek_desk.cli_common import EXIT_FATAL, EXIT_OK, EXIT_USER, db_option, fail, open_context


def register(sub: Any) -> dict[str, Callable[[argparse.Namespace], int]]:
    k = sub.add_parser("kantor", help="kantor-kantor sinkronisasi: daftar, undangan, persetujuan")
    ks = k.add_subparsers(dest="kantor_command", metavar="PERINTAH", required=True)
    lst = ks.add_parser("list", help="daftar kantor yang dipercaya, dengan sidik kunci")
    db_option(lst, True)
    lst.add_argument("--json", action="store_true", help="keluaran JSON")
    u = ks.add_parser(
        "undang", help="buat berkas undangan untuk kantor baru (Dinas PMD atau penanda tangan)"
    )
    db_option(u, True)
    u.add_argument("--wilayah", required=True, metavar="KODE", help="kode desa (atau kabupaten)")
    u.add_argument("--out", required=True, type=Path, metavar="FILE", help="berkas undangan")
    u.add_argument(
        "--kind", choices=["desa", "disnakertrans", "dinas-pmd"], help="jenis kantor yang diundang"
    )
    u.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="F",
        help="kata sandi berkas pusat yang disertakan di undangan (bawaan: dari "
        "JAMSOSTEK_DESK_SYNC_PASSPHRASE bila ada)",
    )
    st = ks.add_parser("setujui", help="setujui kantor yang terlihat di berkas pusat")
    db_option(st, True)
    st.add_argument(
        "id", metavar="ID", help="id kantor (lihat kantor list; 12 karakter terakhirnya cukup)"
    )
    pt = ks.add_parser(
        "penanda-tangan",
        help="jadikan kantor kabupaten yang sudah disetujui (mis. Disnakertrans) penanda tangan "
        "daftar kantor: ia dapat mengundang dan menyetujui kantor (hanya Dinas PMD pemegang "
        "daftar)",
    )
    db_option(pt, True)
    pt.add_argument(
        "id", metavar="ID", help="id kantor (lihat kantor list; 12 karakter terakhirnya cukup)"
    )
    pt.add_argument("--cabut", action="store_true", help="cabut kembali penunjukan itu")
    d = ks.add_parser("ditolak", help="data yang ditolak dari sinkronisasi")
    db_option(d, True)
    d.add_argument("--json", action="store_true", help="keluaran JSON")
    return {"kantor": cmd_kantor}


def cmd_kantor(args: argparse.Namespace) -> int:
    from jamsostek_desk.domain.errors import UserError
    from jamsostek_desk.store.errors import DatabaseProblem

    handlers = {
        "ditolak": _ditolak,
        "list": _list,
        "undang": _undang,
        "setujui": _setujui,
        "penanda-tangan": _penanda_tangan,
    }
    try:
        with open_context(args) as ctx:
            try:
                return handlers[args.kantor_command](ctx, args)
            except DatabaseProblem:
                raise
            except UserError as e:
                return fail(e.message, EXIT_USER, None, getattr(args, "json", False))
    except UserError as e:
        return fail(e.message, EXIT_FATAL, None, getattr(args, "json", False))


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


_STATUS = {
    "root": "akar (Dinas)",
    "penanda": "penanda tangan",
    "disetujui": "disetujui",
    "menunggu": "menunggu persetujuan",
}


def _list(ctx: Any, args: argparse.Namespace) -> int:
    from jamsostek_desk.services.sync import keys

    items = keys.entries(ctx)
    if args.json:
        rows = [
            {
                "id": e.kantor_id,
                "nama": e.nama,
                "jenis": e.jenis,
                "wilayah": e.wilayah,
                "status": e.status,
                "sumber": e.sumber,
                "sidik_kunci": e.sidik,
                "kantor_ini": e.kantor_id == ctx.kantor_id,
            }
            for e in items
        ]
        print(json.dumps(rows, ensure_ascii=False))
        return EXIT_OK
    if not items:
        print("Belum ada kantor di daftar (sinkronkan dulu dengan berkas pusat).")
    for e in items:
        mine = " (kantor ini)" if e.kantor_id == ctx.kantor_id else ""
        print(f"{e.kantor_id}  {e.nama}{mine}")
        print(f"    {e.jenis} {e.wilayah} · {_STATUS.get(e.status, e.status)} · kunci {e.sidik}")
    return EXIT_OK


def _undang(ctx: Any, args: argparse.Namespace) -> int:
    import os

    from jamsostek_desk.cli_sync import PASSPHRASE_ENV
    from jamsostek_desk.services.sync import keys

    passphrase = os.environ.get(PASSPHRASE_ENV, "")
    if args.passphrase_file:
        passphrase = Path(args.passphrase_file).read_text(encoding="utf-8").splitlines()[0]
    jenis = {"dinas-pmd": "dinas_pmd"}.get(args.kind, args.kind) if args.kind else None
    data = keys.invite(ctx, args.wilayah, jenis, passphrase)
    out = Path(args.out)
    # it may hold the passphrase: readable by its owner only
    keys.write_private(out, json.dumps(data, ensure_ascii=False, indent=1), "Berkas undangan")
    print(
        f"Berkas undangan untuk {data['undangan']['jenis']} {data['undangan']['wilayah']} "
        f"disimpan di {out}. Serahkan langsung (flash disk) kepada kantor itu; pakai saat "
        "pengaturan awal: setup ... --join BERKAS."
    )
    return EXIT_OK


def _setujui(ctx: Any, args: argparse.Namespace) -> int:
    from jamsostek_desk.services.sync import keys

    e = keys.approve(ctx, args.id)
    print(
        f"{e.nama} ({e.jenis} {e.wilayah}, sidik kunci {e.sidik}) disetujui. Kirimannya "
        "diterapkan pada sinkronisasi berikutnya, dan daftar kantor ikut terkirim."
    )
    return EXIT_OK


def _penanda_tangan(ctx: Any, args: argparse.Namespace) -> int:
    from jamsostek_desk.services.sync import keys

    e = keys.name_cosigner(ctx, args.id, revoke=args.cabut)
    if args.cabut:
        print(
            f"{e.nama} bukan lagi penanda tangan daftar kantor. Kantor lain mengetahuinya setelah "
            "sinkronisasi berikutnya kantor ini."
        )
    else:
        print(
            f"{e.nama} ({e.jenis} {e.wilayah}, sidik kunci {e.sidik}) menjadi penanda tangan "
            "daftar kantor: setelah sinkronisasi berikutnya kantor ini, kantor itu dapat "
            "membuat undangan dan menyetujui kantor."
        )
    return EXIT_OK
