"""Command line: `jamsostek-desk` opens the app; sub-commands do the same jobs without a window."""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import NoReturn

from jamsostek_desk import APP_NAME, __version__
from jamsostek_desk.cli_common import (
    EXIT_FATAL,
    EXIT_OK,
    EXIT_USER,
    ProgressLine,
    db_option,
    err,
    fail,
    new_password,
    open_context,
    print_recovery_code,
    resolve_db,
    sign_in_options,
)
from jamsostek_desk.domain.errors import InputError, UserError, ValidationError
from jamsostek_desk.domain.money import format_angka as angka

__all__ = ["EXIT_FATAL", "EXIT_OK", "EXIT_USER", "build_parser", "main"]

KINDS = {"dinas-pmd": "dinas_pmd", "disnakertrans": "disnakertrans", "desa": "desa"}


class Parser(argparse.ArgumentParser):
    """argparse with its messages in Bahasa Indonesia (users see these, not developers)."""

    MESSAGES = (
        (
            re.compile(r"the following arguments are required: (.*)"),
            "argumen wajib belum diisi: {0}",
        ),
        (
            re.compile(r"argument (\S+): invalid choice: (\S+) \(choose from (.*)\)"),
            "{0}: pilihan {1} tidak dikenal (pilih salah satu: {2})",
        ),
        (re.compile(r"argument (\S+): invalid int value: (\S+)"), "{0}: {1} bukan bilangan bulat"),
        (re.compile(r"argument (\S+): expected one argument"), "{0}: nilainya belum diisi"),
        (re.compile(r"unrecognized arguments: (.*)"), "argumen tidak dikenal: {0}"),
        # a value refused by the option's own type, whose message is already Indonesian
        (re.compile(r"argument (\S+): (.*)"), "{0}: {1}"),
    )

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._positionals.title = "perintah"
        self._optionals.title = "pilihan"

    def error(self, message: str) -> NoReturn:
        for pattern, text in self.MESSAGES:
            m = pattern.search(message)
            if m:
                message = text.format(*m.groups())
                break
        self.print_usage(sys.stderr)
        self.exit(EXIT_USER, f"Galat: {message}\n")

    def format_usage(self) -> str:
        return super().format_usage().replace("usage:", "cara pakai:", 1)

    def format_help(self) -> str:
        return (
            super()
            .format_help()
            .replace("usage:", "cara pakai:", 1)
            .replace("show this help message and exit", "tampilkan bantuan ini lalu keluar")
        )


def build_parser() -> argparse.ArgumentParser:
    p = Parser(
        prog="jamsostek-desk",
        description=f"{APP_NAME}: pendaftaran aparat desa dan pekerja rentan ke BPJS "
        "Ketenagakerjaan. Tanpa sub-perintah: membuka aplikasi.",
    )
    p.add_argument(
        "--version",
        action="version",
        version=f"{APP_NAME} {__version__}",
        help="tampilkan versi lalu keluar",
    )
    db_option(p, suppress=False)
    p.add_argument("--demo", action="store_true", help="buka database demo berisi data contoh")
    p.add_argument(
        "--self-check",
        action="store_true",
        help="buka jendela utama lalu tutup lagi (memeriksa instalasi); kode keluar 0 bila baik",
    )
    sub = p.add_subparsers(dest="command", metavar="PERINTAH", parser_class=Parser)

    s = sub.add_parser("setup", help="pengaturan awal kantor tanpa jendela")
    db_option(s, suppress=True)
    s.add_argument("--kind", required=True, choices=sorted(KINDS), help="jenis kantor")
    s.add_argument(
        "--wilayah",
        required=True,
        metavar="KODE",
        help="kode Kemendagri kabupaten/kota (mis. 63.03), atau kode desa untuk kantor desa",
    )
    s.add_argument("--name", required=True, metavar="TEKS", help="nama kantor")
    s.add_argument("--operator", required=True, metavar="NAMA", help="nama operator pertama")
    s.add_argument("--alamat", default="", help="alamat kantor")
    s.add_argument("--kepala-nama", default="", help="nama kepala kantor")
    s.add_argument("--kepala-nip", default="", help="NIP kepala kantor")
    s.add_argument("--kepala-jabatan", default="", help="jabatan kepala kantor")
    s.add_argument(
        "--join",
        type=Path,
        metavar="FILE",
        help="berkas undangan dari Dinas (kantor desa/Disnakertrans bergabung ke kabupatennya)",
    )

    i = sub.add_parser("info", help="ringkasan kantor dan jumlah peserta")
    db_option(i, suppress=True)
    i.add_argument("--json", action="store_true", help="keluaran JSON")

    m = sub.add_parser("import", help="impor daftar peserta dari Excel, ODS atau CSV")
    m.add_argument("file", type=Path, metavar="FILE", help="file .xlsx/.xls/.ods/.csv")
    db_option(m, suppress=True)
    m.add_argument(
        "--kategori",
        required=True,
        choices=["aparat_desa", "pekerja_rentan"],
        help="kategori peserta di file ini",
    )
    m.add_argument("--sheet", metavar="NAMA", help="hanya lembar ini (bawaan: semua lembar)")
    m.add_argument("--dry-run", action="store_true", help="periksa saja, tanpa menyimpan")
    m.add_argument(
        "--update-existing",
        action="store_true",
        help="perbarui peserta yang NIK-nya sudah terdaftar (bawaan: lewati)",
    )
    m.add_argument(
        "--desa",
        metavar="KODE",
        help="kode desa untuk daftar satu desa yang tidak punya kolom desa (mis. 63.03.05.2001)",
    )
    m.add_argument("--rejects", type=Path, metavar="OUT.xlsx", help="simpan baris yang ditolak")
    m.add_argument("--json", action="store_true", help="keluaran JSON")

    g = sub.add_parser("demo-data", help="tambahkan peserta sintetis (untuk uji dan benchmark)")
    db_option(g, suppress=True)
    g.add_argument("--count", type=int, required=True, help="jumlah peserta")
    g.add_argument("--seed", type=int, default=1)

    from jamsostek_desk import (
        cli_audit,
        cli_backup,
        cli_cetak,
        cli_kantor,
        cli_manfaat,
        cli_pdp,
        cli_rekap,
        cli_sync,
    )

    COMMANDS.update(cli_cetak.register(sub))
    COMMANDS.update(cli_kantor.register(sub))
    COMMANDS.update(cli_sync.register(sub))
    COMMANDS.update(cli_manfaat.register(sub))
    COMMANDS.update(cli_rekap.register(sub))
    COMMANDS.update(cli_backup.register(sub))
    COMMANDS.update(cli_audit.register(sub))
    COMMANDS.update(cli_pdp.register(sub))
    for name, command in sub.choices.items():  # every command signs in (setup: its password)
        if name != "audit":  # its --operator filters; it signs in with --as
            for leaf in _leaves(command):  # `target set --operator …` as well
                sign_in_options(leaf, operator="" if name == "setup" else "--operator")
    return p


def _leaves(parser: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
    """The parsers that take a command's options: the sub-commands of a command that has
    them (``target set``, ``manfaat hitung``), else the command itself."""
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subs:
        return [parser]
    return [leaf for a in subs for child in a.choices.values() for leaf in _leaves(child)]


def cmd_setup(args: argparse.Namespace) -> int:
    from jamsostek_desk.services import auth
    from jamsostek_desk.services.office import OfficeData, check_office, setup_office
    from jamsostek_desk.store.db import open_database

    data = OfficeData(
        jenis=KINDS[args.kind],
        wilayah_kode=args.wilayah,
        nama=args.name,
        alamat=args.alamat,
        kepala_nama=args.kepala_nama,
        kepala_nip=args.kepala_nip,
        kepala_jabatan=args.kepala_jabatan,
    )
    check_office(data)  # every refusal before the database file is made
    if not args.operator.strip():
        raise ValidationError({"operator": "Nama operator wajib diisi."})
    join = None
    if getattr(args, "join", None):
        from jamsostek_desk.services.sync.keys import check_join, read_join_file

        join = read_join_file(args.join)  # before anything is written
        check_join(join, KINDS[args.kind], args.wilayah)
    password = new_password(args)
    auth.check_password(password)
    code = auth.new_recovery_code()
    db = open_database(resolve_db(args))
    try:
        ctx = setup_office(db, data, args.operator, password, code)
        if join is not None:
            from jamsostek_desk.services.sync.keys import join as join_kabupaten

            join_kabupaten(ctx, join)
    finally:
        db.close()
    print(f"Kantor '{ctx.kantor_nama}' siap dipakai di {db.path} (Admin: {ctx.operator_nama}).")
    print_recovery_code(code, ctx.operator_nama)
    return EXIT_OK


def cmd_info(args: argparse.Namespace) -> int:
    from jamsostek_desk.domain.wilayah import load_wilayah
    from jamsostek_desk.services.peserta_list import PesertaFilter, count

    with open_context(args) as ctx:
        total = count(ctx.db, PesertaFilter())
    data = {
        "database": str(ctx.db.path),
        "kantor": ctx.kantor_nama,
        "jenis": ctx.kantor_jenis,
        "wilayah": ctx.wilayah_kode,
        "wilayah_nama": load_wilayah().name(ctx.wilayah_kode),
        "operator": ctx.operator_nama,
        "peran": ctx.peran,
        "peserta": total,
    }
    if args.json:
        print(json.dumps(data, ensure_ascii=False))
    else:
        for k, v in data.items():
            print(f"{k:>13}: {v}")
    return EXIT_OK


def cmd_demo_data(args: argparse.Namespace) -> int:
    from jamsostek_desk.services.synthetic import insert_generated

    if args.count < 1:
        err("--count harus lebih dari 0.")
        return EXIT_USER
    show = ProgressLine()
    with open_context(args) as ctx:
        n = insert_generated(ctx, args.count, seed=args.seed, progress=show)
        show.end()
    print(f"{angka(n)} peserta sintetis ditambahkan.")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from sqlalchemy.orm import Session

    from jamsostek_desk.services.importer.batches import import_in_batches
    from jamsostek_desk.services.importer.pipeline import Analysis, ImportOptions
    from jamsostek_desk.services.importer.reader import ReadError
    from jamsostek_desk.services.importer.rejects import write_rejected_rows

    if args.rejects is not None and _same_file(args.rejects, args.file):
        raise InputError(
            f"--rejects {args.rejects} adalah berkas yang diimpor. Pilih nama lain untuk baris "
            "yang ditolak; tidak ada yang diubah."
        )
    show = ProgressLine(quiet=args.json)
    with open_context(args) as ctx:
        options = ImportOptions(
            kategori=args.kategori,
            sheet=args.sheet,
            update_existing=args.update_existing,
            desa=args.desa,
        )
        written: list[Path] = []

        def keep_rejects(analysis: Analysis, session: Session) -> None:
            # before the commit, its audit entry in the import's transaction: all or nothing
            if args.rejects:
                written.extend(write_rejected_rows(analysis, args.rejects, ctx, session))

        # read, checked and written in batches, in one transaction (bounded memory)
        try:
            analysis, report = import_in_batches(
                ctx, args.file, options, show, dry_run=args.dry_run, before_commit=keep_rejects
            )
        except ReadError as e:
            return fail(e.message, EXIT_FATAL, show, args.json)
        except UserError as e:  # the list cannot be imported: a required column is missing
            return fail(e.message, EXIT_USER, show, args.json)
    show.end()
    if args.json:
        data = report.as_json()
        data["rejects_files"] = [str(p) for p in written]
        print(json.dumps(data, ensure_ascii=False, default=str))
    else:
        mode = "PEMERIKSAAN SAJA (tidak disimpan)" if args.dry_run else "Impor selesai"
        print(f"{mode}: {args.file.name}")
        _print_mapping(report.mapping, report.skipped_rows, len(analysis.sheets) > 1)
        for note in report.notes:
            print(f"  Catatan: {note}")
        print(
            f"  Baris data {angka(report.rows)}, ditambahkan {angka(report.imported)}, "
            f"diperbarui {angka(report.updated)}, dilewati (sudah terdaftar) "
            f"{angka(report.skipped_duplicates)}, ditolak {angka(report.rejected)}, dengan "
            f"peringatan {angka(report.warnings)}."
        )
        for problem in report.errors[:100]:
            sheet = f" lembar {problem['sheet']}" if len(analysis.sheets) > 1 else ""
            print(
                f"  Baris {problem['row']}{sheet}, kolom {problem['column']}: {problem['message']}"
            )
        if len(report.errors) > 100:
            print(f"  … dan {angka(len(report.errors) - 100)} masalah lain (lihat --rejects).")
        for p in written:
            print(f"  Baris yang ditolak disimpan di {p}")
    return EXIT_USER if report.rejected else EXIT_OK


def _print_mapping(
    mapping: list[dict[str, object]], skipped: list[dict[str, object]], several: bool
) -> None:
    """Which column each field was read from, and the rows that were not data."""
    from jamsostek_desk.domain.columns import BY_FIELD
    from jamsostek_desk.domain.peserta import LABELS

    def label(f: str) -> str:
        return LABELS.get("desa_kode" if f == "desa" else f) or BY_FIELD[f].header.capitalize()

    sheet = None
    for m in mapping:
        if m["sheet"] != sheet:
            sheet = m["sheet"]
            print(f"  Kolom yang dibaca{f' (lembar {sheet})' if several else ''}:")
        if m["column"] is None:
            value = f"{m['value']} " if m["value"] else ""
            print(f"    {label(str(m['field'])):<22} ← {value}(dari {m['source']})")
        else:
            print(f"    {label(str(m['field'])):<22} ← “{m['header']}” (kolom {m['column']})")
    if skipped:
        print(f"  Baris yang bukan data (tidak dihitung): {len(skipped)}")
        for row in skipped[:30]:
            where = f" lembar {row['sheet']}" if several else ""
            print(f"    baris {row['row']}{where}: {row['reason']}")
        if len(skipped) > 30:
            print(f"    … dan {len(skipped) - 30} baris lain (lihat --json).")


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (a.exists() and b.exists() and a.samefile(b))
    except OSError:
        return False


# Field names of validation errors -> the option a CLI user typed.
OPTION_OF = {
    "jenis": "--kind",
    "wilayah_kode": "--wilayah",
    "nama": "--name",
    "operator": "--operator",
    "kepala_nip": "--kepala-nip",
}

COMMANDS = {
    "setup": cmd_setup,
    "info": cmd_info,
    "demo-data": cmd_demo_data,
    "import": cmd_import,
}


def main(argv: list[str] | None = None) -> int:
    from jamsostek_desk.store.private import protect_process

    protect_process()  # every file and folder made from here on is this user's only
    args = build_parser().parse_args(argv)
    if args.command is None:
        from jamsostek_desk.app import run_app

        return run_app(resolve_db(args), demo=args.demo, self_check=args.self_check)
    try:
        return COMMANDS[args.command](args)
    except ValidationError as e:
        err("data tidak valid:")
        for field, msg in e.errors.items():
            print(f"  {OPTION_OF.get(field, field)}: {msg}", file=sys.stderr)
        return EXIT_USER
    except InputError as e:
        err(e.message)
        return EXIT_USER
    except UserError as e:
        err(e.message)
        return EXIT_FATAL
    except OSError as e:
        where = f"{e.filename} " if e.filename else ""
        err(f"berkas {where}tidak bisa dibaca atau ditulis ({e.strerror or e}).")
        return EXIT_FATAL
    except KeyboardInterrupt:
        return 130
    except Exception:
        import traceback

        from jamsostek_desk.services import crash_log

        log = crash_log.write(traceback.format_exc())
        err(
            "terjadi kesalahan tak terduga; data yang sudah tersimpan tetap aman. Rincian "
            f"teknis (tanpa data pribadi) dicatat di {log}; sampaikan berkas itu kepada "
            "pengelola aplikasi."
        )
        return 3


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
