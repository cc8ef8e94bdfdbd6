"""Ceremonies (acara): date, place, officials, who receives a symbolic card and who a benefit,
and the ceremony pack made in one action (symbolic cards, letters, receipts, attendance list)."""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import delete, select, update

from jamsostek_desk.domain.dates import format_tanggal
from jamsostek_desk.domain.errors import InputError, UserError, ValidationError
from jamsostek_desk.services import audit
from jamsostek_desk.services.access import require_writer
from jamsostek_desk.services.cetak_settings import Pejabat, load_settings
from jamsostek_desk.services.common.batching import in_chunks
from jamsostek_desk.services.common.progress import Progress, no_progress
from jamsostek_desk.services.context import AppContext
from jamsostek_desk.services.kartu import card_header, mark_printed, queue_for
from jamsostek_desk.services.kartu_data import Missing, MissingData, load_cards
from jamsostek_desk.services.kartu_pdf import write_cards
from jamsostek_desk.services.manfaat import hubungan_label
from jamsostek_desk.services.pdf_base import read_logo
from jamsostek_desk.services.surat import (
    check_office,
    kop_for,
    letter_problems,
    mengetahui_acara,
    penandatangan,
    write_manfaat_letters,
)
from jamsostek_desk.services.surat_pdf import DaftarHadir, write_daftar_hadir
from jamsostek_desk.store.files import write_problem
from jamsostek_desk.store.models import Peserta, utcnow
from jamsostek_desk.store.models_cetak import Acara, AcaraPeserta, Manfaat, ManfaatPenerima
from jamsostek_desk.store.settings import stamp


@dataclass
class AcaraData:
    nama: str
    tanggal: date
    tempat: str = ""
    pejabat_nama: str = ""
    pejabat_jabatan: str = ""
    catatan: str = ""
    # who signs "Mengetahui" on the acara's letters (empty: nobody above the official)
    mengetahui_nama: str = ""
    mengetahui_jabatan: str = ""
    mengetahui_nip: str = ""


@dataclass(frozen=True)
class AcaraRow:
    id: str
    nama: str
    tanggal: date
    tempat: str
    kartu: int
    manfaat: int


def _check(d: AcaraData) -> AcaraData:
    d.nama = " ".join(d.nama.split())
    d.tempat = " ".join(d.tempat.split())
    errors = {}
    if not d.nama:
        errors["nama"] = "Nama acara wajib diisi."
    if not d.tempat:
        errors["tempat"] = "Tempat acara wajib diisi (ditulis di berita acara)."
    if errors:
        raise ValidationError(errors)
    return d


def save_acara(ctx: AppContext, data: AcaraData, acara_id: str | None = None) -> str:
    require_writer(ctx, "menyimpan acara")
    d = _check(data)
    with ctx.db.session() as s:
        if acara_id is None:
            a = Acara(kantor_id=ctx.kantor_id, nama=d.nama, tanggal=d.tanggal, version=stamp(s))
            s.add(a)
        else:
            found = s.get(Acara, acara_id)
            if found is None or found.deleted_at is not None:
                raise UserError("Acara tidak ditemukan.")
            a = found
            a.version = stamp(s)
            a.updated_at = utcnow()
        a.nama, a.tanggal, a.tempat = d.nama, d.tanggal, d.tempat
        a.pejabat_nama, a.pejabat_jabatan, a.catatan = d.pejabat_nama, d.pejabat_jabatan, d.catatan
        a.mengetahui_nama = " ".join(d.mengetahui_nama.split())
        a.mengetahui_jabatan = " ".join(d.mengetahui_jabatan.split())
        a.mengetahui_nip = "".join(d.mengetahui_nip.split())
        s.flush()
        audit.record(
            s, ctx, "acara", a.id, "buat" if acara_id is None else "ubah", {"nama": (None, a.nama)}
        )
        return a.id


def get_acara(ctx: AppContext, acara_id: str) -> AcaraData:
    with ctx.db.session() as s:
        a = s.get(Acara, acara_id)
        if a is None or a.deleted_at is not None:
            known = s.execute(
                select(Acara.id, Acara.nama).where(Acara.deleted_at.is_(None)).limit(10)
            ).all()
            listed = "".join(f"\n  {i}  {n}" for i, n in known)
            raise InputError(
                f"Acara {acara_id} tidak ditemukan."
                + (f" Acara yang ada:{listed}" if known else " Belum ada acara.")
            )
        return AcaraData(
            a.nama,
            a.tanggal,
            a.tempat,
            a.pejabat_nama,
            a.pejabat_jabatan,
            a.catatan,
            a.mengetahui_nama,
            a.mengetahui_jabatan,
            a.mengetahui_nip,
        )


def list_acara(ctx: AppContext) -> list[AcaraRow]:
    with ctx.db.session() as s:
        acara = (
            s.execute(
                select(Acara).where(Acara.deleted_at.is_(None)).order_by(Acara.tanggal.desc())
            )
            .scalars()
            .all()
        )
        out = []
        for a in acara:
            kartu = len(
                s.execute(
                    select(AcaraPeserta.peserta_id).where(AcaraPeserta.acara_id == a.id)
                ).all()
            )
            manfaat = len(
                s.execute(
                    select(Manfaat.id).where(Manfaat.acara_id == a.id, Manfaat.deleted_at.is_(None))
                ).all()
            )
            out.append(AcaraRow(a.id, a.nama, a.tanggal, a.tempat, kartu, manfaat))
        return out


def card_recipients(ctx: AppContext, acara_id: str) -> list[str]:
    with ctx.db.session() as s:
        return list(
            s.execute(
                select(AcaraPeserta.peserta_id)
                .where(AcaraPeserta.acara_id == acara_id)
                .order_by(AcaraPeserta.urutan)
            ).scalars()
        )


def set_card_recipients(ctx: AppContext, acara_id: str, peserta_ids: Sequence[str]) -> None:
    """Who receives a symbolic card, in the order they are called to the stage."""
    require_writer(ctx, "mengubah penerima kartu acara")
    get_acara(ctx, acara_id)
    with ctx.db.session() as s:
        s.execute(delete(AcaraPeserta).where(AcaraPeserta.acara_id == acara_id))
        for i, pid in enumerate(dict.fromkeys(peserta_ids)):
            s.add(AcaraPeserta(acara_id=acara_id, peserta_id=pid, urutan=i))
        audit.record(s, ctx, "acara", acara_id, "kartu", {"peserta": (None, len(peserta_ids))})


def set_benefit_recipients(ctx: AppContext, acara_id: str, manfaat_ids: Sequence[str]) -> None:
    require_writer(ctx, "mengubah penerima manfaat acara")
    get_acara(ctx, acara_id)
    with ctx.db.session() as s:
        version = stamp(s)
        s.execute(
            update(Manfaat)
            .where(Manfaat.acara_id == acara_id)
            .values(acara_id=None, version=version)
        )
        for part in in_chunks(list(manfaat_ids)):
            s.execute(
                update(Manfaat)
                .where(Manfaat.id.in_(part))
                .values(acara_id=acara_id, version=version)
            )
        audit.record(s, ctx, "acara", acara_id, "manfaat", {"manfaat": (None, len(manfaat_ids))})


def benefit_ids(ctx: AppContext, acara_id: str) -> list[str]:
    with ctx.db.session() as s:
        return list(
            s.execute(
                select(Manfaat.id)
                .where(Manfaat.acara_id == acara_id, Manfaat.deleted_at.is_(None))
                .order_by(Manfaat.created_at)
            ).scalars()
        )


def pack_problems(ctx: AppContext, acara_id: str) -> list[Missing]:
    cards = card_recipients(ctx, acara_id)
    manfaat = benefit_ids(ctx, acara_id)
    problems: list[Missing] = []
    if cards:
        with ctx.db.session() as s:
            problems += load_cards(s, cards)[1]
    if manfaat:
        check_office(ctx)
        problems += letter_problems(ctx, manfaat)
    return problems


def build_pack(
    ctx: AppContext,
    acara_id: str,
    out_dir: Path,
    progress: Progress = no_progress,
    record_cards: bool = True,
) -> list[Path]:
    """Every document of a ceremony into ``out_dir``; nothing is written when data is missing.

    Everything is checked before the folder is made; a folder made here is removed again when
    writing fails, so a refused or failed pack leaves no empty folder behind.

    ``record_cards`` marks the symbolic cards as printed in the queue (the CLI writes final
    files); the window makes a preview first and calls record_pack_cards once it is saved.
    """
    require_writer(ctx, "membuat paket dokumen acara")
    acara = get_acara(ctx, acara_id)
    out_dir = Path(out_dir)
    cards = card_recipients(ctx, acara_id)
    manfaat = benefit_ids(ctx, acara_id)
    if not cards and not manfaat:
        raise UserError(
            f"Acara {acara.nama} belum punya penerima kartu simbolis atau penerima manfaat."
        )
    problems = pack_problems(ctx, acara_id)
    if problems:
        raise MissingData(problems, noun="paket acara")
    settings = load_settings(ctx.db)
    if settings.logo:  # the letterhead of the attendance list, and the cards' heading
        logo = Path(settings.logo)
        if not logo.is_file():
            raise UserError(
                f"Logo {logo} tidak ditemukan. Pilih ulang logo di pengaturan cetak, atau "
                "kosongkan."
            )
        read_logo(logo)
    if out_dir.exists() and not out_dir.is_dir():
        raise UserError(f"{out_dir} adalah berkas, bukan folder. Pilih folder untuk paket acara.")
    # checked: only now the folder is made, and taken away again when writing fails
    created = not out_dir.exists()
    if created:
        try:
            out_dir.mkdir(parents=True)
        except OSError as e:
            raise UserError(f"Folder {out_dir} tidak bisa dibuat: {write_problem(e)}.") from e
    try:
        written = _write_pack(ctx, acara_id, acara, out_dir, cards, manfaat, progress, record_cards)
    except BaseException:
        if created:
            shutil.rmtree(out_dir, ignore_errors=True)
        raise
    audit.record_export(
        ctx, "ekspor_surat", len(cards) + len(manfaat), out_dir, {"dokumen": len(written)}
    )
    return written


def _write_pack(
    ctx: AppContext,
    acara_id: str,
    acara: AcaraData,
    out_dir: Path,
    cards: Sequence[str],
    manfaat: Sequence[str],
    progress: Progress,
    record_cards: bool,
) -> list[Path]:
    total = len(manfaat) + (1 if cards else 0) + 1
    done = 0
    written: list[Path] = []
    caption = f"{acara.nama} — {acara.tempat}, {format_tanggal(acara.tanggal)}"
    card_path = out_dir / "01_kartu_simbolis.pdf"
    if cards:
        progress(done, total, "Kartu simbolis…")
        # written now, recorded in the queue only once the whole pack is written
        with ctx.db.session() as s:
            card_data, _missing = load_cards(s, cards)
        write_cards(card_data, card_path, card_header(ctx), "ceremony", caption=caption)
        written.append(card_path)
        done += 1
    for i, mid in enumerate(manfaat, 1):
        progress(done, total, f"Berita acara dan tanda terima {i}/{len(manfaat)}…")
        files = write_manfaat_letters(
            ctx,
            mid,
            out_dir,
            acara.tanggal,
            acara.tempat,
            prefix=f"{i + 1:02d}_",
            pejabat=Pejabat(acara.pejabat_nama, acara.pejabat_jabatan, ""),
            mengetahui=mengetahui_acara(acara),
        )
        written += [files.berita_acara, files.tanda_terima]
        done += 1
    progress(done, total, "Daftar hadir…")
    rows = _attendance(ctx, acara, cards, manfaat)
    path = out_dir / "99_daftar_hadir.pdf"
    write_daftar_hadir(
        path,
        kop_for(ctx, load_settings(ctx.db)),
        DaftarHadir(acara.nama, acara.tanggal, acara.tempat, rows),
    )
    written.append(path)
    if cards and record_cards:
        record_pack_cards(ctx, acara_id)
    progress(total, total, "Selesai")
    return written


def record_pack_cards(ctx: AppContext, acara_id: str) -> int:
    """The ceremony's symbolic cards are in the queue as printed (after the pack was saved)."""
    cards = card_recipients(ctx, acara_id)
    if cards:
        mark_printed(ctx, queue_for(ctx, cards, acara_id))
    return len(cards)


def _attendance(
    ctx: AppContext, acara: AcaraData, cards: Sequence[str], manfaat: Sequence[str]
) -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    settings = load_settings(ctx.db)
    if acara.pejabat_nama:
        rows.append((acara.pejabat_nama, acara.pejabat_jabatan))
    for p in mengetahui_acara(acara) or penandatangan(ctx, settings):
        if p.nama != acara.pejabat_nama:
            rows.append((p.nama, p.jabatan))
    signing = {nama for nama, _ket in rows}
    for p in settings.saksi:  # the witnesses sign the berita acara: they attend
        if p.nama not in signing:
            rows.append((p.nama, f"Saksi, {p.jabatan}" if p.jabatan else "Saksi"))
    with ctx.db.session() as s:
        for pid in cards:
            peserta = s.get(Peserta, pid)
            if peserta is not None:
                rows.append((peserta.nama, "Penerima kartu simbolis"))
        for mid in manfaat:
            for r in s.execute(
                select(ManfaatPenerima)
                .where(ManfaatPenerima.manfaat_id == mid)
                .order_by(ManfaatPenerima.urutan)
            ).scalars():
                rows.append((r.nama, f"Penerima manfaat ({hubungan_label(r.hubungan)})"))
    return rows
