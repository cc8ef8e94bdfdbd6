"""The card queue: requested -> printed (date, operator, reprints) -> handed over (date, acara,
recipient), and printing cards from the queue or from a filter of participants."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from jamsostek_desk.domain.errors import UserError
from jamsostek_desk.services import audit
from jamsostek_desk.services.access import require_writer
from jamsostek_desk.services.common.batching import in_chunks
from jamsostek_desk.services.common.progress import Progress, no_progress
from jamsostek_desk.services.context import AppContext
from jamsostek_desk.services.kartu_data import Missing, MissingData, deceased_in, load_cards
from jamsostek_desk.services.kartu_pdf import CardHeader, write_cards
from jamsostek_desk.services.peserta_list import PesertaFilter, matching_ids
from jamsostek_desk.store.models import Kantor, Peserta, utcnow
from jamsostek_desk.store.models_cetak import Kartu, Manfaat
from jamsostek_desk.store.settings import stamp

STATUS_KARTU = {"diminta": "Diminta", "dicetak": "Dicetak", "diserahkan": "Diserahkan"}
P = Peserta.__table__


@dataclass(frozen=True)
class KartuRow:
    id: str
    peserta_id: str
    nama: str
    nik: str
    desa_kode: str
    status: str
    diminta_pada: datetime
    dicetak_pada: datetime | None
    dicetak_oleh: str
    cetak_ulang: int
    diserahkan_tanggal: date | None
    penerima: str


@dataclass(frozen=True)
class Cetakan:
    """A print run: pages written, the cards printed (queue ids, in order) and the people left
    out with what is missing (listed for the user; everyone complete is printed)."""

    pages: int
    kartu_ids: list[str]
    dilewati: list[Missing]


@dataclass(frozen=True)
class CardFilter:
    status: str = ""  # card status, "" = all
    kecamatan: str = ""
    desa: str = ""
    search: str = ""


def request_cards(
    ctx: AppContext, peserta_ids: Iterable[str], acara_id: str | None = None
) -> tuple[int, int]:
    """Put participants in the queue; (newly requested, already waiting) counts. People who
    died are never queued (see ``deceased``)."""
    require_writer(ctx, "meminta kartu")
    ids = list(dict.fromkeys(peserta_ids))
    created = 0
    with ctx.db.session() as s:
        dead = deceased_in(s, ids)
        ids = [p for p in ids if p not in dead]
        waiting: set[str] = set()
        for part in in_chunks(ids):
            waiting.update(
                s.execute(
                    select(Kartu.peserta_id).where(
                        Kartu.peserta_id.in_(part),
                        Kartu.status == "diminta",
                        Kartu.deleted_at.is_(None),
                    )
                ).scalars()
            )
        version = stamp(s)
        for pid in ids:
            if pid in waiting:
                continue
            k = Kartu(
                peserta_id=pid,
                kantor_id=ctx.kantor_id,
                diminta_oleh=ctx.operator_nama,
                acara_id=acara_id,
                version=version,
            )
            s.add(k)
            created += 1
        s.flush()
        if created:
            audit.record(s, ctx, "kartu", "", "minta", {"jumlah": (None, created)})
    return created, len(ids) - created


def deceased(ctx: AppContext, peserta_ids: Iterable[str]) -> set[str]:
    """The participants among these who died (they get no card, no reprint)."""
    with ctx.db.session() as s:
        return deceased_in(s, list(dict.fromkeys(peserta_ids)))


def already_carded(ctx: AppContext, peserta_ids: Iterable[str]) -> dict[str, int]:
    """Participants that already have a printed or handed-over card: id -> prints made
    (first prints and reprints)."""
    ids = list(dict.fromkeys(peserta_ids))
    found: dict[str, int] = {}
    with ctx.db.session() as s:
        for part in in_chunks(ids):
            for pid, n in s.execute(
                select(Kartu.peserta_id, func.count() + func.sum(Kartu.cetak_ulang))
                .where(
                    Kartu.peserta_id.in_(part),
                    Kartu.status.in_(("dicetak", "diserahkan")),
                    Kartu.deleted_at.is_(None),
                )
                .group_by(Kartu.peserta_id)
            ):
                found[pid] = int(n)
    return found


def _query(f: CardFilter) -> Select[Any]:
    q = (
        select(Kartu, P.c.nama, P.c.nik, P.c.desa_kode)
        .join(P, P.c.id == Kartu.peserta_id)
        .where(Kartu.deleted_at.is_(None))
    )
    # the queue drops people who died: not nonaktif as meninggal, no death case
    q = q.where(
        ~((P.c.status == "nonaktif") & (P.c.nonaktif_alasan == "meninggal")),
        ~select(Manfaat.id)
        .where(
            Manfaat.peserta_id == P.c.id,
            Manfaat.jenis.in_(("jkm", "jkk-meninggal")),
            Manfaat.deleted_at.is_(None),
        )
        .exists(),
    )
    if f.status:
        q = q.where(Kartu.status == f.status)
    if f.desa:
        q = q.where(P.c.desa_kode == f.desa)
    elif f.kecamatan:
        q = q.where(P.c.desa_kode.like(f"{f.kecamatan}.%"))
    if f.search.strip():
        text = f.search.strip()
        q = q.where(P.c.nik.like(f"{text}%") if text.isdigit() else P.c.nama.ilike(f"%{text}%"))
    return q


def list_cards(ctx: AppContext, f: CardFilter, limit: int = 5000) -> list[KartuRow]:
    with ctx.db.session() as s:
        rows = s.execute(_query(f).order_by(Kartu.diminta_pada.desc(), P.c.nama).limit(limit)).all()
        return [
            KartuRow(
                id=k.id,
                peserta_id=k.peserta_id,
                nama=nama,
                nik=nik,
                desa_kode=desa,
                status=k.status,
                diminta_pada=k.diminta_pada,
                dicetak_pada=k.dicetak_pada,
                dicetak_oleh=k.dicetak_oleh,
                cetak_ulang=k.cetak_ulang,
                diserahkan_tanggal=k.diserahkan_tanggal,
                penerima=k.penerima,
            )
            for k, nama, nik, desa in rows
        ]


def card_header(ctx: AppContext) -> CardHeader:
    from jamsostek_desk.services.cetak_settings import load_settings

    settings = load_settings(ctx.db)
    if settings.logo and not Path(settings.logo).is_file():
        raise UserError(
            f"Logo {settings.logo} tidak ditemukan. Pilih ulang logo di pengaturan cetak, atau "
            "kosongkan."
        )
    with ctx.db.session() as s:
        k = s.get(Kantor, ctx.kantor_id)
        alamat = k.alamat if k else ""
        telepon = k.telepon if k else ""
    return CardHeader(
        judul=settings.judul_kartu,
        program=settings.judul_program,
        kantor=ctx.kantor_nama,
        alamat=alamat,
        logo=Path(settings.logo) if settings.logo else None,
        telepon=telepon,
    )


def render_queue(
    ctx: AppContext,
    kartu_ids: Sequence[str],
    out: Path,
    layout: str = "a4-10",
    *,
    full_nik: bool = False,
    back: bool = False,
    caption: str = "",
    progress: Progress = no_progress,
) -> Cetakan:
    """Write queued cards to ``out`` without marking them (for the preview): everyone whose
    data is complete; the others are left out and listed (``Cetakan.dilewati``). Nothing is
    written when nobody is complete (MissingData)."""
    require_writer(ctx, "mencetak kartu")
    if not kartu_ids:
        raise UserError("Pilih dulu kartu yang akan dicetak.")
    with ctx.db.session() as s:
        pairs: list[tuple[str, str]] = []
        for part in in_chunks(list(kartu_ids)):
            pairs += [
                (r[0], r[1])
                for r in s.execute(
                    select(Kartu.id, Kartu.peserta_id).where(
                        Kartu.id.in_(part), Kartu.deleted_at.is_(None)
                    )
                )
            ]
        order = {kid: i for i, kid in enumerate(kartu_ids)}
        pairs.sort(key=lambda p: order[p[0]])
        cards, missing = load_cards(s, [p[1] for p in pairs], full_nik=full_nik)
    if not cards:
        raise MissingData(missing)
    pages = write_cards(
        cards, out, card_header(ctx), layout, back=back, caption=caption, progress=progress
    )
    kartu_of = {pid: kid for kid, pid in pairs}
    return Cetakan(pages, [kartu_of[c.peserta_id] for c in cards], missing)


def _audit_cards(ctx: AppContext, n: int, out: Path, full_nik: bool) -> None:
    audit.record_export(ctx, "ekspor_kartu", n, out, {"nik_lengkap": full_nik})


def mark_printed(ctx: AppContext, kartu_ids: Sequence[str]) -> None:
    """Record the cards as printed, and each print in the participant's history (a print of
    personal data is processing the audit trail must show)."""
    require_writer(ctx, "mencetak kartu")
    now = utcnow()
    with ctx.db.session() as s:
        version = stamp(s)
        history: list[audit.Entry] = []
        for part in in_chunks(list(kartu_ids)):
            for k in s.execute(select(Kartu).where(Kartu.id.in_(part))).scalars():
                again = k.dicetak_pada is not None
                if again:
                    k.cetak_ulang += 1
                if k.status == "diminta":
                    k.status = "dicetak"
                k.dicetak_pada = now
                k.dicetak_oleh = ctx.operator_nama
                k.updated_at = now
                k.version = version
                printed = f"cetak ulang ke-{k.cetak_ulang}" if again else "dicetak"
                history.append(
                    (
                        "peserta",
                        k.peserta_id,
                        "cetak_kartu",
                        audit.changes_text({"kartu": ("", printed)}),
                    )
                )
        audit.record_many(s, ctx, history, version=version, now=now)


def matching_participants(
    ctx: AppContext,
    kecamatan: str = "",
    desa: str = "",
    status: str = "",
    *,
    f: PesertaFilter | None = None,
) -> list[str]:
    """Ids of live participants for a CLI or filter print run, in name order: those of the
    list's filter ``f`` when given (search, kategori, program too), else of the arguments."""
    if f is None:
        f = PesertaFilter(kecamatan=kecamatan, desa=desa, status=status)
    return matching_ids(ctx.db, f)


@dataclass(frozen=True)
class CardRequest:
    """Who a "Minta kartu" is for, before the questions: the selected participants, or all
    of the list's filter when none is selected; ``carded`` those already holding a card."""

    ids: list[str]
    whole_filter: bool
    carded: dict[str, int]


def plan_card_request(ctx: AppContext, selected: Sequence[str], f: PesertaFilter) -> CardRequest:
    ids = list(dict.fromkeys(selected)) or matching_participants(ctx, f=f)
    return CardRequest(ids, not selected, already_carded(ctx, ids))


def request_planned(
    ctx: AppContext, plan: CardRequest, include_carded: bool
) -> tuple[int, int, int]:
    """Queue the planned cards: (newly requested, already waiting, left out because they
    already hold a card and ``include_carded`` is false)."""
    ids = plan.ids if include_carded else [i for i in plan.ids if i not in plan.carded]
    created, waiting = request_cards(ctx, ids)
    return created, waiting, len(plan.ids) - len(ids)


def print_for_participants(
    ctx: AppContext,
    peserta_ids: Sequence[str],
    out: Path,
    layout: str = "a4-10",
    *,
    full_nik: bool = False,
    back: bool = False,
    caption: str = "",
    progress: Progress = no_progress,
    acara_id: str | None = None,
) -> Cetakan:
    """Print cards for these participants and record them in the queue: one card per
    participant (a new request only for who has none; a second print counts as a reprint).
    Everyone whose data is complete is printed; the others are left out and listed
    (``Cetakan.dilewati``); nobody complete: MissingData, nothing written.

    The queue changes only after the PDF was written: a failed write leaves no request behind.
    """
    require_writer(ctx, "mencetak kartu")
    if not peserta_ids:
        raise UserError("Tidak ada peserta yang cocok dengan saringan ini.")
    ids = list(dict.fromkeys(peserta_ids))
    with ctx.db.session() as s:
        cards, missing = load_cards(s, ids, full_nik=full_nik)
    if not cards:
        raise MissingData(missing)
    pages = write_cards(
        cards, out, card_header(ctx), layout, back=back, caption=caption, progress=progress
    )
    queued = queue_for(ctx, [c.peserta_id for c in cards], acara_id)
    mark_printed(ctx, queued)
    _audit_cards(ctx, len(queued), out, full_nik)
    return Cetakan(pages, queued, missing)


def queue_for(
    ctx: AppContext, peserta_ids: Sequence[str], acara_id: str | None = None
) -> list[str]:
    """The card of each participant, in order: a waiting request (printing fulfils it), else
    the newest card on record (printed or handed over: printing it again is a reprint), or a
    new request for who has none."""
    ids = list(dict.fromkeys(peserta_ids))

    def current() -> dict[str, str]:
        best: dict[str, tuple[tuple[bool, datetime], str]] = {}
        with ctx.db.session() as s:
            for part in in_chunks(ids):
                for kid, pid, status, diminta in s.execute(
                    select(Kartu.id, Kartu.peserta_id, Kartu.status, Kartu.diminta_pada).where(
                        Kartu.peserta_id.in_(part), Kartu.deleted_at.is_(None)
                    )
                ):
                    key = (status == "diminta", diminta)
                    if pid not in best or key > best[pid][0]:
                        best[pid] = (key, kid)
        return {pid: kid for pid, (_key, kid) in best.items()}

    found = current()
    missing = [p for p in ids if p not in found]
    if missing:
        request_cards(ctx, missing, acara_id)
        found = current()
    return [found[p] for p in ids]


def _cards(s: Session, kartu_ids: Sequence[str]) -> list[Kartu]:
    ids = list(dict.fromkeys(kartu_ids))
    return [
        k for part in in_chunks(ids) for k in s.scalars(select(Kartu).where(Kartu.id.in_(part)))
    ]


def cancel_requests(ctx: AppContext, kartu_ids: Sequence[str]) -> int:
    """Take requested (not yet printed) cards out of the queue (a tombstone, so the removal
    travels to other offices); printed cards stay on record."""
    require_writer(ctx, "membatalkan permintaan kartu")
    now = utcnow()
    with ctx.db.session() as s:
        cards = _cards(s, kartu_ids)
        printed = [k for k in cards if k.status != "diminta"]
        if printed:
            raise UserError(
                f"{len(printed)} kartu sudah dicetak dan tetap tercatat; yang bisa dihapus dari "
                "antrean hanya kartu yang belum dicetak."
            )
        version = stamp(s)
        for k in cards:
            k.deleted_at = now
            k.updated_at = now
            k.version = version
        audit.record(s, ctx, "kartu", "", "hapus", {"jumlah": (None, len(cards))})
    return len(cards)


def hand_over(
    ctx: AppContext,
    kartu_ids: Sequence[str],
    tanggal: date,
    penerima: str = "",
    acara_id: str | None = None,
) -> int:
    """Mark printed cards as handed over; cards never printed are refused."""
    require_writer(ctx, "mencatat penyerahan kartu")
    now = utcnow()
    with ctx.db.session() as s:
        cards = _cards(s, kartu_ids)
        unprinted = [k for k in cards if k.status == "diminta"]
        if unprinted:
            raise UserError(
                f"{len(unprinted)} kartu belum dicetak; cetak dulu sebelum ditandai diserahkan."
            )
        version = stamp(s)
        for k in cards:
            k.status = "diserahkan"
            k.diserahkan_tanggal = tanggal
            k.penerima = penerima.strip()
            k.acara_id = acara_id or k.acara_id
            k.updated_at = now
            k.version = version
        audit.record(s, ctx, "kartu", "", "serahkan", {"jumlah": (None, len(cards))})
    return len(cards)
