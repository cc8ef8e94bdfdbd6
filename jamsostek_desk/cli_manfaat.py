"""CLI sub-commands for benefits: `manfaat hitung` and `manfaat tarif` (registered by cli.py).

``manfaat hitung`` computes a case by the rules in force on its date, so that anyone can check a
figure; ``manfaat tarif`` lists the dated rules (and the contribution tariffs).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from datetime import date
from typing import Any

from jamsostek_desk.cli_common import EXIT_OK, EXIT_USER, db_option, err, open_context

JENIS = ("jkm", "jkk-meninggal", "jkk-cacat", "jkk-stmb")  # domain.manfaat.JENIS_KASUS
JENJANG = ("tk", "sd", "smp", "sma", "kuliah")  # domain.manfaat.JENJANG


def register(
    sub: Any,  # argparse._SubParsersAction of cli.Parser
) -> dict[str, Callable[[argparse.Namespace], int]]:
    """Add the sub-commands to ``sub``; returns their handlers by name."""
    m = sub.add_parser("manfaat", help="hitung manfaat JKK/JKM dan lihat aturannya")
    msub = m.add_subparsers(dest="manfaat_command", metavar="PERINTAH", required=True)
    h = msub.add_parser("hitung", help="hitung manfaat satu kasus menurut aturan yang berlaku")
    db_option(h, suppress=True)
    h.add_argument("--nik", required=True, metavar="NIK", help="NIK peserta")
    h.add_argument("--jenis", required=True, choices=JENIS, help="jenis kasus")
    h.add_argument("--tanggal", required=True, metavar="YYYY-MM-DD", help="tanggal kejadian")
    h.add_argument(
        "--upah", type=int, metavar="N", help="upah sebulan, rupiah (bawaan: upah tercatat)"
    )
    h.add_argument(
        "--anak",
        default="",
        metavar="JENJANG[,JENJANG]",
        help=f"jenjang sekolah tiap anak penerima beasiswa ({', '.join(JENJANG)})",
    )
    h.add_argument(
        "--persen-cacat",
        type=int,
        default=70,
        metavar="P",
        help="persen cacat menurut tabel (jkk-cacat; bawaan 70 = cacat total tetap)",
    )
    h.add_argument("--json", action="store_true", help="keluaran JSON")
    t = msub.add_parser("tarif", help="daftar aturan manfaat dan tarif iuran menurut tanggal")
    db_option(t, suppress=True)
    t.add_argument("--json", action="store_true", help="keluaran JSON")
    return {"manfaat": cmd_manfaat}


def cmd_manfaat(args: argparse.Namespace) -> int:
    if args.manfaat_command == "hitung":
        return cmd_hitung(args)
    return cmd_tarif(args)


def _err(message: str) -> int:
    err(message)
    return EXIT_USER


def cmd_hitung(args: argparse.Namespace) -> int:
    from jamsostek_desk.domain.errors import UserError
    from jamsostek_desk.domain.manfaat import JENIS_KASUS
    from jamsostek_desk.domain.money import format_rupiah
    from jamsostek_desk.domain.qrsign import mask_nik
    from jamsostek_desk.services.manfaat import hitung_manfaat
    from jamsostek_desk.services.peserta import lookup_nik

    try:
        tanggal = date.fromisoformat(args.tanggal)
    except ValueError:
        return _err(f"--tanggal {args.tanggal!r} bukan tanggal YYYY-MM-DD.")
    nik = "".join(args.nik.split())
    if len(nik) != 16 or not nik.isdigit():
        return _err("--nik harus 16 angka.")
    if args.upah is not None and args.upah < 0:
        return _err("--upah tidak boleh negatif.")
    anak = [a.strip().lower() for a in args.anak.split(",") if a.strip()]
    wrong = [a for a in anak if a not in JENJANG]
    if wrong:
        return _err(
            f"--anak: jenjang {', '.join(wrong)} tidak dikenal; pilih {', '.join(JENJANG)}."
        )
    with open_context(args) as ctx:
        found = lookup_nik(ctx, nik)
        if found is None:
            return _err(f"NIK {mask_nik(nik)} tidak terdaftar.")
        try:
            r = hitung_manfaat(
                ctx, found[0], args.jenis, tanggal, args.upah, anak, args.persen_cacat
            )
        except UserError as e:
            return _err(e.message)
    h = r.hitungan
    if args.json:
        out = {
            "komponen": [
                {"nama": k.nama, "jumlah": k.jumlah, "dasar": k.dasar} for k in h.komponen
            ],
            "total": h.total,
            "ditolak": [{"nama": d.nama, "alasan": d.alasan} for d in h.ditolak],
        }
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return EXIT_OK
    upah = format_rupiah(r.upah) if r.upah is not None else "belum dicatat"
    print(f"{JENIS_KASUS[r.jenis][1]} — peserta NIK {mask_nik(nik)}")
    print(f"Tanggal kejadian {tanggal.isoformat()}, upah {upah}, masa iuran {r.masa_iuran} tahun")
    width = max([len(k.nama) for k in h.komponen] + [len("Jumlah")])
    for k in h.komponen:
        print(f"  {k.nama:<{width}}  {format_rupiah(k.jumlah):>16}  {k.dasar}")
    print(f"  {'Jumlah':<{width}}  {format_rupiah(h.total):>16}")
    if h.ditolak:
        print("Ditolak:")
        for d in h.ditolak:
            print(f"  {d.nama}: {d.alasan}")
    return EXIT_OK


def cmd_tarif(args: argparse.Namespace) -> int:
    from jamsostek_desk.domain.dates import format_tanggal
    from jamsostek_desk.domain.manfaat import JENIS_KASUS, RUMUS
    from jamsostek_desk.services.iuran import all_ketentuan, all_tarif
    from jamsostek_desk.services.manfaat import tarif_list

    with open_context(args) as ctx:
        rules = tarif_list(ctx)
        with ctx.db.session() as s:
            iuran, ketentuan = all_tarif(s), all_ketentuan(s)
    if args.json:
        out = {
            "manfaat": [
                {
                    "program": r.program,
                    "jenis": r.jenis,
                    "kode": r.kode,
                    "nama": r.nama,
                    "rumus": r.rumus,
                    "jumlah": r.jumlah,
                    "faktor": r.faktor,
                    "minimum": r.minimum,
                    "jenjang": r.jenjang,
                    "maks_tahun": r.maks_tahun,
                    "maks_anak": r.maks_anak,
                    "min_tahun_iuran": r.min_tahun_iuran,
                    "uraian": r.uraian(),
                    "berlaku_mulai": r.berlaku_mulai.isoformat(),
                    "dasar": r.dasar_hukum,
                }
                for r in rules
            ],
            "iuran": [
                {
                    "program": t.program,
                    "skema": t.skema,
                    "jenis": t.jenis,
                    "nilai": t.nilai,
                    "uraian": t.label(),
                    "berlaku_mulai": t.berlaku_mulai.isoformat(),
                    "dasar": t.dasar_hukum,
                }
                for t in iuran
            ],
            "ketentuan": [
                {
                    "kunci": k.kunci,
                    "nilai": k.nilai,
                    "berlaku_mulai": k.berlaku_mulai.isoformat(),
                    "dasar": k.dasar_hukum,
                    "keterangan": k.keterangan,
                }
                for k in ketentuan
            ],
        }
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return EXIT_OK
    print("Aturan manfaat")
    jenis = ""
    for r in rules:
        if r.jenis != jenis:
            jenis = r.jenis
            print(f"  {JENIS_KASUS.get(jenis, (r.program, jenis))[1]}")
        print(
            f"    {r.nama}: {r.uraian()} [{RUMUS.get(r.rumus, r.rumus)}] — berlaku mulai "
            f"{format_tanggal(r.berlaku_mulai)}; {r.dasar_hukum}"
        )
    print("Tarif iuran per bulan")
    for t in iuran:
        print(
            f"  {t.program} {t.skema.upper()}: {t.label()} — berlaku mulai "
            f"{format_tanggal(t.berlaku_mulai)}; {t.dasar_hukum}"
        )
    print("Ketentuan lain")
    for k in ketentuan:
        print(
            f"  {k.kunci} = {k.nilai} ({k.keterangan}) — berlaku mulai "
            f"{format_tanggal(k.berlaku_mulai)}; {k.dasar_hukum}"
        )
    return EXIT_OK
