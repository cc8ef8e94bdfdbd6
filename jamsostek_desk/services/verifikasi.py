"""Verifikasi: is the text of a card's or letter's QR code genuine, and what is the person's
current status."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from jamsostek_desk.domain.codes import STATUS
from jamsostek_desk.domain.dates import format_tanggal
from jamsostek_desk.domain.money import format_rupiah
from jamsostek_desk.domain.nik import mask_nik
from jamsostek_desk.domain.qrsign import (
    KIND_CARD,
    QrInvalid,
    QrPayload,
    is_signed_form,
    parse_signed,
    verify,
)
from jamsostek_desk.domain.wilayah import load_wilayah
from jamsostek_desk.services import audit
from jamsostek_desk.services.cetak_settings import legacy_qr_secret
from jamsostek_desk.services.context import AppContext
from jamsostek_desk.services.kartu import STATUS_KARTU
from jamsostek_desk.services.manfaat import STATUS_MANFAAT
from jamsostek_desk.services.sync import keys
from jamsostek_desk.store.models import Peserta
from jamsostek_desk.store.models_cetak import Kartu, Manfaat, NomorSurat


@dataclass(frozen=True)
class Verification:
    genuine: bool
    title: str
    details: list[tuple[str, str]]


_RANK = {"diminta": 0, "dicetak": 1, "diserahkan": 2}


def _like(ref: str) -> str:
    """Ids ending in a 12-hex reference (the last group of a UUID as stored)."""
    return f"%-{ref.lower()}"


def _checked(s: Session, ctx: AppContext, text: str) -> tuple[QrPayload, str]:
    """The payload of a genuine code and the office that signed it; QrInvalid otherwise.

    A ``JD2`` code is checked against every office key this office trusts (the roster that
    comes with syncing), so a card printed at the Dinas is genuine at every desa office that
    has synced. A ``JD1`` code (printed before signatures) only at the office that printed it,
    with its old secret."""
    if not is_signed_form(text):
        secret = legacy_qr_secret(s)
        if secret is None:
            raise QrInvalid(
                "Kode QR bentuk lama ini hanya bisa diperiksa di kantor yang mencetaknya."
                if text.strip().upper().startswith("JD1:")
                else "Kode QR ini bukan kode kartu atau surat dari aplikasi ini."
            )
        return verify(text, secret), ctx.kantor_nama
    payload, body, sig = parse_signed(text)
    keys.ensure_self(s, ctx)
    trusted = keys.roster(s).values()
    for e in trusted:
        if e.status in keys.TRUSTED and keys.verify_raw(e.kunci, body, sig):
            return payload, e.nama
    if any(keys.verify_raw(e.kunci, body, sig) for e in trusted):
        raise QrInvalid(
            "Kode ini ditandatangani kantor yang belum disetujui Dinas (belum ada di daftar "
            "kantor kabupaten)."
        )
    raise QrInvalid(
        "Tanda tangan kode QR tidak cocok dengan kantor mana pun di daftar kantor kabupaten: "
        "kartu atau surat ini diubah, atau dibuat oleh kantor yang tidak dikenal di sini "
        "(sinkronkan dulu bila kantor pencetaknya baru)."
    )


def verify_code(ctx: AppContext, text: str) -> Verification:
    """Whether a card's or letter's QR text is genuine (every check is an audit entry)."""
    result = _verify(ctx, text)
    with ctx.db.session() as s:
        audit.record(
            s, ctx, audit.EXPORT, ctx.kantor_id, "verifikasi", {"hasil": (None, result.title)}
        )
    return result


def _verify(ctx: AppContext, text: str) -> Verification:
    with ctx.db.session() as s:
        try:
            payload, signer = _checked(s, ctx, text)
        except QrInvalid as e:
            return Verification(False, "TIDAK ASLI", [("Alasan", str(e))])
        dicetak = ("Tanggal cetak", format_tanggal(payload.tanggal))
        if payload.kind == KIND_CARD:
            # The NIK's area prefix narrows the search through the NIK index first.
            found = s.execute(
                select(Peserta).where(
                    Peserta.nik.like(f"{payload.value[:6]}%"),
                    Peserta.id.like(_like(payload.ref)),
                )
            ).scalars()
            p = next(iter(found), None)
            if p is None:  # the NIK was corrected since printing: look by the id alone
                p = next(
                    iter(
                        s.execute(
                            select(Peserta).where(Peserta.id.like(_like(payload.ref)))
                        ).scalars()
                    ),
                    None,
                )
            if p is None:
                return Verification(
                    False, "TIDAK DITEMUKAN", [("Alasan", "Peserta kartu ini tidak ada.")]
                )
            if mask_nik(p.nik) != payload.value:
                return Verification(
                    False,
                    "TIDAK COCOK",
                    [
                        ("Alasan", "NIK pada kartu berbeda dengan NIK peserta di database."),
                        ("Nama", p.nama),
                    ],
                )
            status = STATUS.get(p.status, p.status)
            if p.deleted_at is not None:
                status = "dihapus dari daftar"
            # the card furthest along (handed over, printed, requested), newest first
            kartu = max(
                s.execute(
                    select(Kartu).where(Kartu.peserta_id == p.id, Kartu.deleted_at.is_(None))
                ).scalars(),
                key=lambda k: (_RANK.get(k.status, 0), k.diminta_pada),
                default=None,
            )
            details = [
                ("Jenis", "Kartu peserta"),
                ("Nama", p.nama),
                ("NIK", mask_nik(p.nik)),
                ("KPJ", p.kpj or "Terdaftar (belum ada nomor KPJ)"),
                ("Desa", load_wilayah().label(p.desa_kode)),
                ("Status kepesertaan", status),
                dicetak,
                ("Dicetak oleh", signer),
            ]
            if kartu is not None:
                details.append(("Status kartu", STATUS_KARTU.get(kartu.status, kartu.status)))
            return Verification(True, "ASLI", details)
        n = next(
            iter(
                s.execute(
                    select(NomorSurat).where(NomorSurat.id.like(_like(payload.ref)))
                ).scalars()
            ),
            None,
        )
        if n is None:
            return Verification(False, "TIDAK DITEMUKAN", [("Alasan", "Surat ini tidak tercatat.")])
        if n.jenis == "diganti":  # services.surat.JENIS_DIGANTI: the letter's date moved
            now = s.get(NomorSurat, n.ref_id)
            details = [
                ("Alasan", f"Surat nomor {n.nomor} sudah diganti karena tanggalnya berubah."),
            ]
            if now is not None:
                details += [
                    ("Nomor baru", now.nomor),
                    ("Tanggal surat", format_tanggal(now.tanggal)),
                ]
            return Verification(False, "DIGANTI", details)
        if str(n.jumlah) != payload.value:
            return Verification(
                False,
                "TIDAK COCOK",
                [
                    ("Alasan", "Jumlah uang pada kode berbeda dengan catatan surat."),
                    ("Nomor", n.nomor),
                ],
            )
        details = [
            ("Jenis", "Berita acara" if n.jenis == "berita_acara" else "Tanda terima"),
            ("Nomor", n.nomor),
            ("Jumlah", format_rupiah(n.jumlah)),
            ("Tanggal surat", format_tanggal(n.tanggal)),
            ("Dibuat oleh", signer),
        ]
        m = s.get(Manfaat, n.ref_id)
        if m is not None:
            p = s.get(Peserta, m.peserta_id)
            details += [
                ("Peserta", p.nama if p else "-"),
                ("Status kepesertaan", STATUS.get(p.status, p.status) if p else "-"),
                ("Status manfaat", STATUS_MANFAAT.get(m.status, m.status)),
            ]
        return Verification(True, "ASLI", details)
