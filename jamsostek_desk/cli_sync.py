"""Sub-commands `sync`, `export`, `bpjs-export` and `bpjs-import` (registered by cli.py).

Exit codes: 0 done; 1 done but something waits for the user (conflicts or duplicate pairs after
a sync, incoming records set aside, offices awaiting approval, rejected rows in a BPJS list);
2 refused and nothing changed (wrong passphrase, damaged, foreign or newer file, unreadable
spreadsheet).
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from jamsostek_desk.cli_common import (
    EXIT_FATAL,
    EXIT_OK,
    EXIT_USER,
    ProgressLine,
    db_option,
    fail,
    open_context,
    read_secret_file,
)
from jamsostek_desk.domain.money import format_angka as angka

PASSPHRASE_ENV = "JAMSOSTEK_DESK_SYNC_PASSPHRASE"


def _filters(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("saringan (sama dengan daftar peserta)")
    g.add_argument("--search", default="", metavar="TEKS", help="nama, NIK atau KPJ")
    g.add_argument("--kecamatan", default="", metavar="KODE", help="kode kecamatan")
    g.add_argument("--desa", default="", metavar="KODE", help="kode desa/kelurahan")
    g.add_argument("--kategori", default="", choices=["aparat_desa", "pekerja_rentan"])
    g.add_argument("--status", default="", choices=["didaftarkan", "aktif", "nonaktif"])
    g.add_argument("--program", default="", choices=["jkk", "jkm", "jht"])
    g.add_argument(
        "--columns", default="", metavar="K1,K2", help="kolom yang ditulis, dipisah koma"
    )


def register(sub: Any) -> dict[str, Callable[[argparse.Namespace], int]]:
    """Adds the sync and list sub-commands; returns their handlers by name."""
    s = sub.add_parser("sync", help="sinkronkan dengan berkas pusat (.jdsync)")
    s.add_argument("file", type=Path, metavar="FILE", help="berkas pusat; dibuat bila belum ada")
    db_option(s, True)
    s.add_argument("--passphrase-file", type=Path, metavar="F", help="berkas berisi kata sandi")
    s.add_argument("--json", action="store_true", help="keluaran JSON")
    s.add_argument(
        "--compact",
        action="store_true",
        help="padatkan berkas pusat: satu bagian per kantor (hanya Dinas PMD)",
    )

    e = sub.add_parser("export", help="ekspor daftar peserta (tersaring) ke Excel")
    db_option(e, True)
    _filters(e)
    e.add_argument("--out", required=True, type=Path, metavar="FILE.xlsx")

    b = sub.add_parser("bpjs-export", help="daftar pendaftaran kolektif untuk BPJS (.xlsx)")
    db_option(b, True)
    _filters(b)
    b.add_argument("--out", required=True, type=Path, metavar="DIR", help="folder tujuan")
    b.add_argument(
        "--max-rows", type=int, default=10_000, metavar="N", help="baris per berkas (maks 10000)"
    )

    i = sub.add_parser("bpjs-import", help="impor daftar hasil dari BPJS (NIK, KPJ, status)")
    i.add_argument("file", type=Path, metavar="FILE")
    db_option(i, True)
    i.add_argument("--dry-run", action="store_true", help="periksa saja, tanpa menyimpan")
    i.add_argument("--rejects", type=Path, metavar="OUT.xlsx", help="simpan baris yang ditolak")
    i.add_argument("--json", action="store_true", help="keluaran JSON")
    return COMMANDS


def _passphrase(args: argparse.Namespace, ctx: Any = None) -> str:
    from jamsostek_desk.domain.errors import UserError

    if args.passphrase_file:
        return read_secret_file(Path(args.passphrase_file), "kata sandi sinkronisasi")
    if os.environ.get(PASSPHRASE_ENV):
        return os.environ[PASSPHRASE_ENV]
    if ctx is not None:
        from jamsostek_desk.services.sync.keys import joined_passphrase

        joined = joined_passphrase(ctx)
        if joined:
            return joined  # from the Dinas's join file
    if sys.stdin.isatty():
        return getpass.getpass("Kata sandi berkas sinkronisasi: ")
    raise UserError(
        f"Kata sandi belum diberikan: pakai --passphrase-file atau variabel {PASSPHRASE_ENV}."
    )


def cmd_sync(args: argparse.Namespace) -> int:
    from jamsostek_desk.domain.errors import UserError
    from jamsostek_desk.services.sync.engine import sync

    show = ProgressLine(quiet=args.json)
    try:
        with open_context(args) as ctx:
            passphrase = _passphrase(args, ctx)
            if args.compact:
                from jamsostek_desk.services.sync.compact import compact

                done = compact(ctx, args.file, passphrase, show)
            else:
                result = sync(ctx, args.file, passphrase, show)
    except UserError as e:
        return fail(e.message, EXIT_FATAL, show, args.json)
    if args.compact:
        show.end()
        if args.json:
            print(json.dumps(done.as_json(), ensure_ascii=False))
        else:
            print(
                f"Berkas pusat dipadatkan: {angka(done.segmen_sebelum)} bagian menjadi "
                f"{angka(done.segmen_sesudah)}, {done.ukuran_sebelum / 1e6:.1f} MB menjadi "
                f"{done.ukuran_sesudah / 1e6:.1f} MB."
            )
        return EXIT_OK
    show.end()
    if args.json:
        print(json.dumps(result.as_json(), ensure_ascii=False))
    else:
        k, m = result.keluar, result.masuk
        print(f"Sinkronisasi selesai: {args.file}{' (berkas baru)' if result.berkas_baru else ''}")
        print(f"  Dikirim: {angka(k['peserta'])} peserta, {angka(k['ahli_waris'])} ahli waris.")
        print(
            f"  Diterima: {angka(m['peserta_baru'])} peserta baru, "
            f"{angka(m['peserta_diubah'])} peserta berubah, {angka(m['ahli_waris'])} ahli waris."
        )
        if result.menunggu:
            print(
                f"  Menunggu keputusan: {angka(result.menunggu)} konflik/data ganda. Buka halaman "
                "Sinkronisasi untuk menyelesaikannya."
            )
    if result.ditolak_baru:
        print(
            f"Perhatian: {angka(result.ditolak_baru)} data dari kantor lain ditolak (di luar "
            "wilayah kantor pengirimnya, isinya tidak sah, atau versinya dari masa depan); data "
            'lain sudah diterapkan. Daftarnya ada di halaman Sinkronisasi, tab "Ditolak dari '
            'sinkronisasi", atau: kantor ditolak.',
            file=sys.stderr,
        )
    for nama in result.kantor_menunggu:
        print(
            f"Perhatian: kiriman {nama} belum diterapkan: kantor itu belum ada di daftar kantor "
            "kabupaten. Dinas PMD dapat menyetujuinya di halaman Sinkronisasi atau dengan "
            "perintah: kantor list, lalu kantor setujui ID.",
            file=sys.stderr,
        )
    waiting = result.menunggu or result.ditolak_baru or result.kantor_menunggu
    return EXIT_USER if waiting else EXIT_OK


MAX_SEARCH = 200


def _filter_of(args: argparse.Namespace) -> Any:
    from jamsostek_desk.domain.errors import InputError
    from jamsostek_desk.services.peserta_list import PesertaFilter

    if len(args.search) > MAX_SEARCH:
        raise InputError(
            f"--search: paling panjang {MAX_SEARCH} karakter (diberikan {angka(len(args.search))})."
        )

    return PesertaFilter(
        search=args.search,
        kecamatan=args.kecamatan,
        desa=args.desa,
        kategori=args.kategori,
        status=args.status,
        program=args.program,
    )


def _columns(args: argparse.Namespace, default: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(c.strip() for c in args.columns.split(",") if c.strip()) or default


def cmd_export(args: argparse.Namespace) -> int:
    from jamsostek_desk.domain.errors import InputError
    from jamsostek_desk.services.lists.export import LIST_COLUMNS, check_columns, export_list

    check_columns(_columns(args, LIST_COLUMNS))  # wrong options: refused before anything
    _filter_of(args)
    if args.out.suffix.lower() != ".xlsx":
        raise InputError(
            f"--out: nama berkas ekspor harus berakhiran .xlsx (bukan {args.out.name})."
        )
    show = ProgressLine()
    with open_context(args) as ctx:
        n = export_list(ctx, _filter_of(args), args.out, _columns(args, LIST_COLUMNS), show)
    show.end()
    print(f"{angka(n)} peserta diekspor ke {args.out}.")
    return EXIT_OK


def cmd_bpjs_export(args: argparse.Namespace) -> int:
    from jamsostek_desk.domain.dates import format_tanggal_pendek
    from jamsostek_desk.domain.errors import InputError, UserError
    from jamsostek_desk.services.lists.export import (
        MAX_BPJS_ROWS,
        bpjs_gaps,
        bpjs_selection,
        check_columns,
        default_start,
        export_bpjs,
        nobody_to_register,
        saved_bpjs_columns,
    )

    if args.columns:
        check_columns(_columns(args, ()))
    _filter_of(args)
    if not 1 <= args.max_rows <= MAX_BPJS_ROWS:  # every refusal before the folder is made
        raise InputError(
            f"--max-rows: satu berkas BPJS berisi 1 sampai paling banyak "
            f"{angka(MAX_BPJS_ROWS)} baris."
        )
    show = ProgressLine()
    with open_context(args) as ctx:  # signed in before anything is made
        n, said = bpjs_selection(ctx, _filter_of(args))
        print(f"{angka(n)} peserta: {said}.")
        if n == 0:
            raise nobody_to_register(said)  # and no empty folder left behind
        gaps = bpjs_gaps(ctx, _filter_of(args))
        if gaps.no_start:
            print(
                f"Peringatan: {angka(gaps.no_start)} peserta belum punya tanggal mulai; TANGGAL "
                f"MULAI diisi {format_tanggal_pendek(default_start())} (awal bulan depan)."
            )
        if gaps.missing:
            print(
                f"Peringatan: {angka(len(gaps.missing))} peserta tanpa nama ibu kandung atau "
                "tempat lahir (diminta BPJS); lengkapi di aplikasi sebelum dikirim."
            )
        try:
            args.out.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise UserError(f"Folder tujuan {args.out} tidak bisa dibuat ({e.strerror}).") from e
        files = export_bpjs(
            ctx,
            _filter_of(args),
            args.out,
            _columns(args, saved_bpjs_columns(ctx)),
            max_rows=args.max_rows,
            progress=show,
        )
    show.end()
    for f in files:
        print(f"Ditulis: {f}")
    return EXIT_OK


def cmd_bpjs_import(args: argparse.Namespace) -> int:
    from jamsostek_desk.domain.errors import UserError
    from jamsostek_desk.services.lists import bpjs_import

    show = ProgressLine(quiet=args.json)
    with open_context(args) as ctx:
        try:
            analysis = bpjs_import.analyse(ctx, args.file, show)
        except UserError as e:
            return fail(e.message, EXIT_FATAL, show, args.json)
        if args.rejects and analysis.count(bpjs_import.BpjsStatus.REJECTED):
            bpjs_import.write_rejected(analysis, args.rejects, ctx)
        if args.dry_run or not analysis.count(bpjs_import.BpjsStatus.UPDATED):
            report = analysis.report(committed=False)
        else:
            report = bpjs_import.commit(ctx, analysis, show)
    show.end()
    if args.json:
        print(json.dumps(report, ensure_ascii=False))
    else:
        mode = "PEMERIKSAAN SAJA (tidak disimpan)" if args.dry_run else "Impor daftar BPJS selesai"
        print(f"{mode}: {args.file.name}")
        print(
            f"  Baris {angka(report['rows'])}, diperbarui {angka(report['updated'])}, tidak "
            f"berubah {angka(report['unchanged'])}, ditolak {angka(report['rejected'])}, dengan "
            f"peringatan {angka(report['warnings'])}."
        )
        for problem in report["errors"][:100]:
            print(f"  Baris {problem['row']}, kolom {problem['column']}: {problem['message']}")
        for note in report["warning_messages"][:100]:
            print(f"  Baris {note['row']}, peringatan: {note['message']}")
    return EXIT_USER if report["rejected"] else EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "sync": cmd_sync,
    "export": cmd_export,
    "bpjs-export": cmd_bpjs_export,
    "bpjs-import": cmd_bpjs_import,
}
