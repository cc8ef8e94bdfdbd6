"""Letters for benefits: numbers from the office's pattern, and the data of a Berita Acara Serah
Terima and a tanda terima read from the database."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from jamsostek_desk.domain.dates import format_tanggal
from jamsostek_desk.domain.errors import UserError
from jamsostek_desk.domain.iuran import ketentuan_pada
from jamsostek_desk.domain.money import format_rupiah
from jamsostek_desk.domain.qrsign import KIND_LETTER, QrPayload, short_ref, sign
from jamsostek_desk.domain.surat import format_nomor
from jamsostek_desk.domain.wilayah import load_wilayah
from jamsostek_desk.services import audit
from jamsostek_desk.services.access import require_writer
from jamsostek_desk.services.cetak_settings import CetakSettings, Pejabat, load_settings, qr_key
from jamsostek_desk.services.context import AppContext
from jamsostek_desk.services.iuran import all_ketentuan
from jamsostek_desk.services.kartu_data import Missing
from jamsostek_desk.services.manfaat import PROGRAM_MANFAAT, get_manfaat, hubungan_label
from jamsostek_desk.services.surat_pdf import (
    BeritaAcara,
    Kop,
    Pihak,
    TandaTerima,
    write_berita_acara,
    write_tanda_terima,
)
from jamsostek_desk.store.models import Kantor, Peserta, new_id
from jamsostek_desk.store.models_cetak import Acara, Manfaat, NomorSurat

JENIS_BA = "berita_acara"
JENIS_TT = "tanda_terima"
JENIS_DIGANTI = "diganti"  # a number given up when its letter's date moved (ref_id: the new one)


def slug(text: str) -> str:
    return re.sub(r"[^0-9A-Za-z]+", "_", text).strip("_")[:40] or "surat"


def kop_for(ctx: AppContext, settings: CetakSettings) -> Kop:
    ref = load_wilayah()
    with ctx.db.session() as s:
        k = s.get(Kantor, ctx.kantor_id)
        assert k is not None
        kontak = " · ".join(x for x in (f"Telp. {k.telepon}" if k.telepon else "", k.email) if x)
        return Kop(
            pemerintah=f"Pemerintah {ref.name(ctx.kabupaten_kode) or ''}".strip(),
            kantor=k.nama,
            alamat=k.alamat,
            kontak=kontak,
            logo=Path(settings.logo) if settings.logo else None,
        )


def allocate_nomor(
    s: Session,
    ctx: AppContext,
    settings: CetakSettings,
    jenis: str,
    ref_id: str,
    tanggal: date,
    jumlah: int = 0,
) -> NomorSurat:
    """The number of this letter: the one it already has, or the next free one of the year.

    A reprint keeps its number. When the letter's date moved so that its number would read
    differently (another month or year, as far as the pattern shows it), the letter gets the
    next free number of its new date; the old number stays on record as replaced
    (JENIS_DIGANTI, pointing at the new one), so it is never given out again and its QR code
    verifies as replaced.
    """
    existing = s.execute(
        select(NomorSurat).where(NomorSurat.jenis == jenis, NomorSurat.ref_id == ref_id)
    ).scalar_one_or_none()
    new_row_id = new_id()
    if existing is not None:
        if existing.jumlah != jumlah:  # reissued after a correction: the old print is superseded
            audit.record(
                s, ctx, "nomor_surat", existing.id, "ubah", {"jumlah": (existing.jumlah, jumlah)}
            )
            existing.jumlah = jumlah
        if existing.tanggal == tanggal:
            return existing
        same = existing.tahun == tanggal.year and existing.nomor == format_nomor(
            settings.pola_nomor, existing.urut, settings.kode_surat, tanggal
        )
        if same:  # e.g. another day of the same month: the number reads the same
            audit.record(
                s,
                ctx,
                "nomor_surat",
                existing.id,
                "ubah",
                {"tanggal": (existing.tanggal, tanggal)},
            )
            existing.tanggal = tanggal
            return existing
        audit.record(
            s, ctx, "nomor_surat", existing.id, "ganti", {"tanggal": (existing.tanggal, tanggal)}
        )
        existing.jenis, existing.ref_id = JENIS_DIGANTI, new_row_id
        s.flush()
    last = s.execute(
        select(func.max(NomorSurat.urut)).where(
            NomorSurat.kantor_id == ctx.kantor_id, NomorSurat.tahun == tanggal.year
        )
    ).scalar()
    urut = int(last or 0) + 1
    nomor = format_nomor(settings.pola_nomor, urut, settings.kode_surat, tanggal)
    row = NomorSurat(
        id=new_row_id,
        kantor_id=ctx.kantor_id,
        tahun=tanggal.year,
        urut=urut,
        nomor=nomor,
        jenis=jenis,
        ref_id=ref_id,
        tanggal=tanggal,
        jumlah=jumlah,
    )
    try:
        with s.begin_nested():
            s.add(row)
            s.flush()
    except IntegrityError as e:
        raise UserError(
            f"Nomor surat {nomor} sudah dipakai tahun {tanggal.year}. Periksa pola nomor surat "
            "di pengaturan cetak (pola tanpa {nomor} atau {tahun} memberi nomor yang sama)."
        ) from e
    audit.record(s, ctx, "nomor_surat", row.id, "buat", {"nomor": (None, nomor)})
    return row


def check_office(ctx: AppContext) -> None:
    """UserError naming what the office still has to set before any letter can be made (the
    settings, not a participant's data)."""
    settings = load_settings(ctx.db)
    office: list[str] = []
    if not settings.penandatangan and not kepala_kantor(ctx):
        office.append(
            "penanda tangan belum diatur (pengaturan cetak), dan kepala kantor belum diisi "
            "(data kantor)"
        )
    if not settings.kota:
        office.append("kota tempat surat dibuat belum diisi (pengaturan cetak)")
    if settings.logo and not Path(settings.logo).is_file():
        office.append(
            f"logo {settings.logo} tidak ditemukan (pilih ulang atau kosongkan di pengaturan cetak)"
        )
    with ctx.db.session() as s:
        k = s.get(Kantor, ctx.kantor_id)
        if k is not None and not k.alamat:
            office.append("alamat kantor untuk kop surat belum diisi (data kantor)")
    if office:
        raise UserError(
            f"Pengaturan {ctx.kantor_nama} belum lengkap untuk membuat surat; belum ada yang "
            "dibuat. Lengkapi dulu:\n" + "\n".join(f"- {x}" for x in office)
        )


def letter_problems(ctx: AppContext, manfaat_ids: Sequence[str]) -> list[Missing]:
    """The cases whose data is incomplete for letters (each with what is missing); what the
    office itself must set first is checked by ``check_office``."""
    problems: list[Missing] = []
    for mid in manfaat_ids:
        data = get_manfaat(ctx, mid)
        with ctx.db.session() as s:
            p = s.get(Peserta, data.peserta_id)
            nama = p.nama if p else ""
            nik = p.nik if p else ""
        what: list[str] = []
        if not data.penerima:
            what.append("penerima manfaat belum diisi")
        what += [f"NIK penerima {r.nama} belum diisi" for r in data.penerima if not r.nik]
        if data.jumlah <= 0:
            what.append("jumlah manfaat Rp0")
        if what:
            problems.append(Missing(nama, nik, tuple(what)))
    return problems


@dataclass(frozen=True)
class LetterFiles:
    berita_acara: Path
    tanda_terima: Path
    nomor: str


def kepala_kantor(ctx: AppContext) -> Pejabat | None:
    """The head of office entered at set-up (name, NIP, title), if any."""
    with ctx.db.session() as s:
        k = s.get(Kantor, ctx.kantor_id)
        if k is None or not k.kepala_nama.strip():
            return None
        return Pejabat(k.kepala_nama, k.kepala_jabatan or f"Kepala {k.nama}", k.kepala_nip)


def penandatangan(ctx: AppContext, settings: CetakSettings) -> list[Pejabat]:
    """The office's signatories: those of the printing settings, or else the head of office
    from set-up (the default signatory)."""
    if settings.penandatangan:
        return list(settings.penandatangan)
    head = kepala_kantor(ctx)
    return [head] if head else []


def _pertama(signatories: list[Pejabat], pejabat: Pejabat | None) -> Pejabat:
    """Who hands over (PIHAK PERTAMA): the acara's official when the letters are made for an
    acara that names one (the NIP taken from the settings when the same person is listed
    there), otherwise the first signatory."""
    if pejabat is None or not pejabat.nama.strip():
        return signatories[0]
    known = next((p for p in signatories if p.nama == pejabat.nama), None)
    return Pejabat(
        pejabat.nama,
        pejabat.jabatan or (known.jabatan if known else ""),
        pejabat.nip or (known.nip if known else ""),
    )


def write_manfaat_letters(
    ctx: AppContext,
    manfaat_id: str,
    out_dir: Path,
    tanggal: date,
    tempat: str = "",
    prefix: str = "",
    pejabat: Pejabat | None = None,
    mengetahui: list[Pejabat] | None = None,
) -> LetterFiles:
    """Berita acara and tanda terima of one case; numbers are given once and kept.

    ``pejabat`` is the acara's official who hands over (PIHAK PERTAMA); without one the first
    signatory (of the settings, else the head of office) does. ``mengetahui``: who signs
    "Mengetahui" (an acara sets it: nobody signs above a Bupati unless the acara says so);
    None: the other signatories of the settings.
    """
    settings = load_settings(ctx.db)
    check_office(ctx)
    problems = letter_problems(ctx, [manfaat_id])
    if problems:
        from jamsostek_desk.services.kartu_data import MissingData

        raise MissingData(problems, noun="surat")
    data = get_manfaat(ctx, manfaat_id)
    kop = kop_for(ctx, settings)
    ref = load_wilayah()
    with ctx.db.session() as s:
        p = s.get(Peserta, data.peserta_id)
        assert p is not None
        key = qr_key(s)
        ba_no = allocate_nomor(s, ctx, settings, JENIS_BA, manfaat_id, tanggal, data.jumlah)
        tt_no = allocate_nomor(s, ctx, settings, JENIS_TT, manfaat_id, tanggal, data.jumlah)
        ba_nomor, tt_nomor = ba_no.nomor, tt_no.nomor
        ba_qr = sign(QrPayload(KIND_LETTER, short_ref(ba_no.id), str(data.jumlah), tanggal), key)
        tt_qr = sign(QrPayload(KIND_LETTER, short_ref(tt_no.id), str(data.jumlah), tanggal), key)
        peserta_nama, peserta_nik = p.nama, p.nik
        desa = ref.full_label(p.desa_kode)
        alamat = ", ".join(x for x in (p.alamat, ref.label(p.desa_kode)) if x)
    signatories = penandatangan(ctx, settings)
    pj = _pertama(signatories, pejabat)
    if mengetahui is None:
        mengetahui = [p for p in signatories if p.nama != pj.nama]
    meterai = _meterai(ctx, settings, data.jumlah, tanggal)
    pertama = Pihak(pj.nama, [("NIP", pj.nip), ("Jabatan", pj.jabatan)], "PIHAK PERTAMA")
    kedua = [
        Pihak(
            r.nama,
            [
                ("NIK", r.nik),
                ("Hubungan", hubungan_label(r.hubungan)),
                ("Alamat", r.alamat or alamat),
            ],
            "PIHAK KEDUA" if len(data.penerima) == 1 else f"PIHAK KEDUA {i}",
        )
        for i, r in enumerate(data.penerima, 1)
    ]
    rangkap = 1 + len(kedua)  # one copy per signing party
    program = f"{PROGRAM_MANFAAT[data.program]} ({data.program})"
    when = format_tanggal(data.tanggal_kejadian)
    kejadian = (
        f"meninggal dunia pada {when}"
        if data.program == "JKM"
        else f"mengalami kecelakaan kerja pada {when}"
    )
    if data.keterangan:
        kejadian += f" ({data.keterangan})"
    bank = ""
    if data.bank_rekening:
        bank = f"rekening {data.bank_nama} nomor {data.bank_rekening}"
        if data.bank_atas_nama:
            bank += f" atas nama {data.bank_atas_nama}"
    name = slug(peserta_nama)
    ba_path = out_dir / f"{prefix}berita_acara_{name}.pdf"
    tt_path = out_dir / f"{prefix}tanda_terima_{name}.pdf"
    write_berita_acara(
        ba_path,
        kop,
        BeritaAcara(
            nomor=ba_nomor,
            tanggal=tanggal,
            tempat=tempat or settings.kota,
            kota=settings.kota,
            program_nama=program,
            peserta_nama=peserta_nama,
            peserta_nik=peserta_nik,
            peserta_desa=desa,
            kejadian=kejadian,
            pertama=pertama,
            kedua=kedua,
            komponen=[(k.nama, k.jumlah) for k in data.komponen],
            bank=bank,
            mengetahui=[p for p in mengetahui if p.nama.strip()],
            saksi=settings.saksi,
            qr=ba_qr,
            rangkap=rangkap,
            meterai=meterai,
        ),
    )
    write_tanda_terima(
        tt_path,
        kop,
        TandaTerima(
            nomor=tt_nomor,
            tanggal=tanggal,
            kota=settings.kota,
            dari="BPJS Ketenagakerjaan"
            + (f" melalui transfer ke {bank}" if bank else "")
            + f", diserahkan oleh {pj.jabatan or pj.nama}",
            jumlah=data.jumlah,
            untuk=f"Manfaat {program} atas nama peserta {peserta_nama}",
            penerima=kedua,
            pemberi=pj,
            qr=tt_qr,
            meterai=meterai,
        ),
    )
    return LetterFiles(ba_path, tt_path, ba_nomor)


def _meterai(ctx: AppContext, settings: CetakSettings, jumlah: int, pada: date) -> str:
    """The text of the meterai box ("Meterai Rp10.000"), or "" when none is needed: the
    setting is off, or the amount is not over the threshold in force (UU 10/2020)."""
    if not settings.meterai:
        return ""
    with ctx.db.session() as s:
        rows = all_ketentuan(s)
    batas = ketentuan_pada(rows, "meterai_batas", pada)
    bea = ketentuan_pada(rows, "meterai_bea", pada)
    if batas is None or jumlah <= batas.nilai:
        return ""
    return f"Meterai {format_rupiah(bea.nilai)}" if bea else "Meterai"


def write_case_letters(
    ctx: AppContext, manfaat_id: str, out_dir: Path, today: date | None = None
) -> LetterFiles:
    """The letters of one case from the Manfaat page: for a case of an acara with the acara's
    date, place and official (as in its pack); otherwise with the date its letters already
    have (a reprint keeps its number), or today's date for the first letters."""
    require_writer(ctx, "mencetak surat manfaat")
    files = _case_letters(ctx, manfaat_id, out_dir, today)
    audit.record_export(ctx, "ekspor_surat", 1, files.berita_acara, {"nomor": files.nomor})
    return files


def _case_letters(
    ctx: AppContext, manfaat_id: str, out_dir: Path, today: date | None
) -> LetterFiles:
    settings = load_settings(ctx.db)
    with ctx.db.session() as s:
        m = s.get(Manfaat, manfaat_id)
        if m is None or m.deleted_at is not None:
            raise UserError("Data manfaat tidak ditemukan.")
        acara = s.get(Acara, m.acara_id) if m.acara_id else None
        if acara is not None and acara.deleted_at is None:
            return write_manfaat_letters(
                ctx,
                manfaat_id,
                out_dir,
                acara.tanggal,
                acara.tempat,
                pejabat=Pejabat(acara.pejabat_nama, acara.pejabat_jabatan, ""),
                mengetahui=mengetahui_acara(acara),
            )
        earlier = s.execute(
            select(NomorSurat.tanggal).where(
                NomorSurat.jenis == JENIS_BA, NomorSurat.ref_id == manfaat_id
            )
        ).scalar_one_or_none()
    return write_manfaat_letters(
        ctx, manfaat_id, out_dir, earlier or today or date.today(), settings.kota
    )


def mengetahui_acara(acara: Any) -> list[Pejabat] | None:
    """Who signs "Mengetahui" on an acara's letters: the acara's choice; an acara with an
    official who hands over and no choice has nobody above him; an acara without an official
    leaves it to the settings (None)."""
    if acara.mengetahui_nama.strip():
        return [Pejabat(acara.mengetahui_nama, acara.mengetahui_jabatan, acara.mengetahui_nip)]
    return [] if acara.pejabat_nama.strip() else None
