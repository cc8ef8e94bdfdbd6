"""Sub-commands `target`, `anggaran` and `rekap` (registered by cli.py).

Exit codes: 0 done; 1 invalid input (each wrong option named); 2 the database or the output
file cannot be used.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from jamsostek_desk.cli_common import EXIT_OK, EXIT_USER, db_option, err, open_context

KATEGORI_CHOICES = ["aparat_desa", "pekerja_rentan"]
SUMBER_CHOICES = ["apbd_kabupaten", "apbd_provinsi", "apbdes", "csr", "mandiri"]


def _code(text: str) -> str:
    """`pekerja-rentan` and `pekerja_rentan` both name the kategori."""
    return text.strip().lower().replace("-", "_")


def _tanggal(text: str) -> date:
    from jamsostek_desk.domain.dates import parse_tanggal

    try:
        return parse_tanggal(text)
    except ValueError as e:
        raise argparse.ArgumentTypeError(str(e)) from e


def _rupiah(text: str) -> int:
    from jamsostek_desk.domain.money import parse_rupiah

    try:
        return parse_rupiah(text)
    except ValueError as e:
        raise argparse.ArgumentTypeError(str(e)) from e


def register(sub: Any) -> dict[str, Callable[[argparse.Namespace], int]]:
    t = sub.add_parser("target", help="target kepesertaan per tahun, kategori dan wilayah")
    ts = t.add_subparsers(dest="aksi", metavar="AKSI", required=True, parser_class=type(t))
    s = ts.add_parser("set", help="tetapkan target (target lama tetap tercatat)")
    db_option(s, suppress=True)
    s.add_argument("--tahun", type=int, required=True, metavar="Y")
    s.add_argument("--kategori", type=_code, required=True, choices=KATEGORI_CHOICES)
    s.add_argument("--jumlah", type=int, required=True, metavar="N")
    s.add_argument(
        "--wilayah", default="", metavar="KODE", help="kecamatan atau desa (bawaan: wilayah kantor)"
    )
    s.add_argument("--dasar", default="", metavar="TEKS", help="dasar, mis. 'Perbup 21/2025'")
    s.add_argument(
        "--berlaku", type=_tanggal, metavar="DATE", help="berlaku mulai (bawaan: hari ini)"
    )
    ls = ts.add_parser("list", help="daftar target dengan riwayatnya")
    db_option(ls, suppress=True)
    ls.add_argument("--tahun", type=int, metavar="Y")
    ls.add_argument("--json", action="store_true", help="keluaran JSON")
    f = ts.add_parser("formasi", help="jumlah jabatan aparat desa per desa (target aparat desa)")
    db_option(f, suppress=True)
    g = f.add_mutually_exclusive_group(required=True)
    g.add_argument("--impor", type=Path, metavar="FILE.xlsx", help="kolom KODE DESA dan JUMLAH")
    g.add_argument(
        "--bawaan", action="store_true", help="struktur bawaan untuk desa yang belum punya data"
    )

    a = sub.add_parser("anggaran", help="pagu iuran per tahun dan sumber dana")
    as_ = a.add_subparsers(dest="aksi", metavar="AKSI", required=True, parser_class=type(a))
    a1 = as_.add_parser("set", help="tetapkan pagu (pagu lama tetap tercatat)")
    db_option(a1, suppress=True)
    a1.add_argument("--tahun", type=int, required=True, metavar="Y")
    a1.add_argument("--sumber", type=_code, required=True, choices=SUMBER_CHOICES)
    a1.add_argument("--pagu", type=_rupiah, required=True, metavar="RP")
    a1.add_argument("--berlaku", type=_tanggal, metavar="DATE")
    a1.add_argument("--dasar", default="", metavar="TEKS")
    a1.add_argument("--wilayah", default="", metavar="KODE", help="desa, untuk pagu APBDes")
    a2 = as_.add_parser("list", help="daftar pagu dengan riwayatnya")
    db_option(a2, suppress=True)
    a2.add_argument("--tahun", type=int, metavar="Y")
    a2.add_argument("--json", action="store_true")

    r = sub.add_parser("rekap", help="rekapitulasi kepesertaan, capaian target dan anggaran")
    db_option(r, suppress=True)
    r.add_argument("--tahun", type=int, required=True, metavar="Y")
    r.add_argument("--per", default="kecamatan", choices=["kecamatan", "desa"])
    r.add_argument("--kategori", type=_code, choices=KATEGORI_CHOICES, help="bawaan: keduanya")
    r.add_argument("--tanggal", type=_tanggal, metavar="DATE", help="keadaan per tanggal ini")
    r.add_argument("--json", action="store_true", help="keluaran JSON")
    r.add_argument("--out", type=Path, metavar="FILE.xlsx|FILE.pdf")
    return COMMANDS


def cmd_target(args: argparse.Namespace) -> int:
    from jamsostek_desk.domain.money import format_angka
    from jamsostek_desk.domain.wilayah import load_wilayah
    from jamsostek_desk.services import target

    with open_context(args) as ctx:
        if args.aksi == "set":
            t = target.set_target(
                ctx, args.tahun, args.kategori, args.jumlah, args.wilayah, args.dasar, args.berlaku
            )
            print(f"Target dicatat: {target.format_target(t, load_wilayah())}.")
        elif args.aksi == "formasi":
            if args.impor:
                n = target.import_formasi(ctx, args.impor)
            else:
                n = target.apply_default_formasi(ctx)
            print(f"Jumlah jabatan aparat desa dicatat untuk {format_angka(n)} desa.")
        else:
            rows = target.list_targets(ctx.db, args.tahun)
            if args.json:
                print(json.dumps([t.as_json() for t in rows], ensure_ascii=False))
            elif not rows:
                print("Belum ada target.")
            else:
                ref = load_wilayah()
                for t in rows:
                    print(target.format_target(t, ref))
    return EXIT_OK


def cmd_anggaran(args: argparse.Namespace) -> int:
    from jamsostek_desk.domain.codes import SUMBER_DANA
    from jamsostek_desk.domain.money import format_rupiah
    from jamsostek_desk.services import target

    with open_context(args) as ctx:
        if args.aksi == "set":
            a = target.set_anggaran(
                ctx, args.tahun, args.sumber, args.pagu, args.dasar, args.berlaku, args.wilayah
            )
            rows = [a]
            print("Pagu dicatat:", end=" ")
        else:
            rows = target.list_anggaran(ctx.db, args.tahun)
            if args.json:
                print(json.dumps([a.as_json() for a in rows], ensure_ascii=False))
                return EXIT_OK
        for a in rows:
            print(
                f"{a.tahun} {SUMBER_DANA.get(a.sumber_dana, a.sumber_dana)}"
                f"{' ' + a.wilayah_kode if a.wilayah_kode else ''}: {format_rupiah(a.pagu)} "
                f"sejak {a.berlaku.isoformat()}" + (f" ({a.dasar})" if a.dasar else "")
            )
    return EXIT_OK


def cmd_rekap(args: argparse.Namespace) -> int:
    from jamsostek_desk.services import rekap

    out: Path | None = args.out
    if out is not None and out.suffix.lower() not in (".xlsx", ".pdf"):
        err(f"--out harus berakhiran .xlsx atau .pdf, bukan '{out.name}'.")
        return EXIT_USER
    with open_context(args) as ctx:
        r = rekap.build(ctx, args.tahun, args.per, args.kategori or "", args.tanggal)
        if out is not None:
            _write(ctx, r, out)
    if args.json:
        print(json.dumps(r.as_json(), ensure_ascii=False))
    else:
        _print(r)
    if out is not None and not args.json:
        print(f"Ditulis: {out}")
    return EXIT_OK


def _write(ctx: Any, r: Any, out: Path) -> None:
    if out.suffix.lower() == ".xlsx":
        from jamsostek_desk.services.rekap_xlsx import write_rekap

        write_rekap(ctx, out, r)
    else:
        from jamsostek_desk.services.rekap_pdf import write_rekap_pdf

        write_rekap_pdf(ctx, r, out)


def _print(r: Any) -> None:
    from jamsostek_desk.domain.money import format_angka, format_rupiah

    def n(v: int | None) -> str:
        return "-" if v is None else format_angka(v)

    print(f"{r.judul} — keadaan per {r.tanggal.isoformat()} (target tahun {r.tahun})")
    print(
        f"{'Wilayah':<28}{'Target':>10}{'Terdaftar':>11}{'Aktif':>10}{'Capaian':>9}{'Iuran/bulan':>18}"
    )
    for b in [*r.baris, r.total]:
        cap = "-" if b.capaian_persen is None else f"{b.capaian_persen:.1f}%".replace(".", ",")
        print(
            f"{b.nama[:27]:<28}{n(b.target):>10}{n(b.terdaftar):>11}{n(b.aktif):>10}{cap:>9}"
            f"{format_rupiah(b.iuran_bulanan):>18}"
        )
    a = r.anggaran
    if a.pagu:
        print(
            f"Anggaran {a.tahun}: pagu {format_rupiah(a.pagu)}, terpakai "
            f"{format_rupiah(a.terpakai)}, komitmen sampai Desember "
            f"{format_rupiah(a.komitmen_sampai_desember)}, sisa {format_rupiah(a.sisa)} "
            f"(cukup untuk {format_angka(a.tambahan_peserta)} peserta lagi)."
        )
    else:
        print("Belum ada pagu anggaran untuk tahun ini (jamsostek-desk anggaran set …).")


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "target": cmd_target,
    "anggaran": cmd_anggaran,
    "rekap": cmd_rekap,
}
