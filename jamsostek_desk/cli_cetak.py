"""CLI sub-commands for printing: `cards`, `letters` and `verify` (registered by cli.py)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from jamsostek_desk.cli_common import (
    EXIT_OK,
    EXIT_USER,
    ProgressLine,
    db_option,
    err,
    fail,
    open_context,
)
from jamsostek_desk.domain.money import format_angka as angka

LAYOUTS = ("a4-10", "single", "ceremony")  # as services.kartu_pdf (not imported: start-up)


def register(
    sub: Any,  # argparse._SubParsersAction of cli.Parser
) -> dict[str, Callable[[argparse.Namespace], int]]:
    """Add the sub-commands to ``sub``; returns their handlers by name."""
    c = sub.add_parser("cards", help="cetak kartu peserta ke PDF")
    db_option(c, suppress=True)
    c.add_argument("--kecamatan", metavar="KODE", default="", help="kode kecamatan (63.03.05)")
    c.add_argument("--desa", metavar="KODE", default="", help="kode desa (63.03.05.2001)")
    c.add_argument(
        "--status",
        choices=["didaftarkan", "aktif", "nonaktif"],
        default="aktif",
        help="status peserta (bawaan: aktif)",
    )
    c.add_argument("--layout", required=True, choices=LAYOUTS, help="tata letak kartu")
    c.add_argument("--out", required=True, type=Path, metavar="FILE.pdf", help="berkas PDF")
    c.add_argument(
        "--full-nik", action="store_true", help="tampilkan NIK lengkap (bawaan: disamarkan)"
    )
    c.add_argument(
        "--back", action="store_true", help="dengan sisi belakang (cetak bolak-balik, a4-10)"
    )

    l_ = sub.add_parser("letters", help="paket dokumen acara: kartu simbolis, berita acara, …")
    db_option(l_, suppress=True)
    l_.add_argument("--acara", required=True, metavar="ID", help="id acara")
    l_.add_argument("--out", required=True, type=Path, metavar="DIR", help="folder keluaran")

    v = sub.add_parser("verify", help="periksa keaslian teks kode QR kartu atau surat")
    db_option(v, suppress=True)
    v.add_argument("text", metavar="TEKS", help="isi kode QR")
    return {"cards": cmd_cards, "letters": cmd_letters, "verify": cmd_verify}


def cmd_cards(args: argparse.Namespace) -> int:
    from jamsostek_desk.services.kartu import (
        already_carded,
        matching_participants,
        print_for_participants,
    )
    from jamsostek_desk.services.kartu_data import MissingData

    show = ProgressLine()
    with open_context(args) as ctx:
        ids = matching_participants(ctx, args.kecamatan, args.desa, args.status)
        if not ids:
            err("tidak ada peserta yang cocok dengan saringan ini.")
            return EXIT_USER
        carded = already_carded(ctx, ids)
        if carded:
            print(
                f"Peringatan: {len(carded)} dari {len(ids)} peserta sudah punya kartu; kartunya "
                "dicetak ulang dan dicatat sebagai cetak ulang.",
                file=sys.stderr,
            )
        try:
            done = print_for_participants(
                ctx,
                ids,
                args.out,
                args.layout,
                full_nik=args.full_nik,
                back=args.back,
                progress=show,
            )
        except MissingData as e:
            show.end()
            err("tidak ada kartu yang bisa dicetak; data belum lengkap:")
            for m in e.missing:
                print(f"  dilewati\t{_line(m)}", file=sys.stderr)
            return EXIT_USER
        show.end()
    print(
        f"{angka(len(done.kartu_ids))} kartu dicetak ke {args.out} ({angka(done.pages)} halaman)."
    )
    if done.dilewati:
        print(f"{angka(len(done.dilewati))} peserta dilewati karena datanya belum lengkap:")
        for m in done.dilewati:
            print(f"  dilewati\t{_line(m)}")
        return EXIT_USER
    return EXIT_OK


def _line(m: Any) -> str:
    """A skipped person for the terminal: name, masked NIK, what is missing."""
    from jamsostek_desk.domain.qrsign import mask_nik

    return (
        f"{m.nama or '(tanpa nama)'}\tNIK {mask_nik(m.nik) if m.nik else '-'}\t{', '.join(m.what)}"
    )


def cmd_letters(args: argparse.Namespace) -> int:
    from jamsostek_desk.services.acara import build_pack
    from jamsostek_desk.services.kartu_data import MissingData

    show = ProgressLine()
    with open_context(args) as ctx:
        try:
            files = build_pack(ctx, args.acara, args.out, show)
        except MissingData as e:
            return fail(e.message, EXIT_USER, show)
        show.end()
    print(f"{len(files)} dokumen dibuat di {args.out}:")
    for f in files:
        print(f"  {f.name}")
    return EXIT_OK


def cmd_verify(args: argparse.Namespace) -> int:
    from jamsostek_desk.services.verifikasi import verify_code

    with open_context(args) as ctx:
        result = verify_code(ctx, args.text)
    print(result.title)
    for label, value in result.details:
        print(f"  {label}: {value}")
    return EXIT_OK if result.genuine else EXIT_USER
