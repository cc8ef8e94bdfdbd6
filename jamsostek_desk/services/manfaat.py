"""Benefits (manfaat): JKK and JKM cases, their recipients and components, and the benefit table.

Amounts come from the table ``tarif_manfaat`` (rows with an effective date, defaults from
PP 82/2019) and are copied into the case when it is recorded, so a later change of regulation
never changes what was already handed over.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from jamsostek_desk.domain.codes import HUBUNGAN_AHLI_WARIS
from jamsostek_desk.domain.dates import format_tanggal
from jamsostek_desk.domain.errors import UserError, ValidationError
from jamsostek_desk.domain.money import format_rupiah
from jamsostek_desk.domain.names import clean_name
from jamsostek_desk.services import audit
from jamsostek_desk.services.access import require_writer
from jamsostek_desk.services.common.batching import select_in
from jamsostek_desk.services.context import AppContext
from jamsostek_desk.services.peserta import deactivate_in
from jamsostek_desk.store.models import AhliWaris, Peserta, utcnow
from jamsostek_desk.store.models_cetak import (
    Manfaat,
    ManfaatKomponen,
    ManfaatPenerima,
    TarifManfaat,
)
from jamsostek_desk.store.settings import stamp

PROGRAM_MANFAAT = {"JKM": "Jaminan Kematian", "JKK": "Jaminan Kecelakaan Kerja"}
STATUS_MANFAAT = {"diajukan": "Diajukan", "dibayar": "Dibayar", "diserahkan": "Diserahkan"}


@dataclass
class Komponen:
    kode: str
    nama: str
    jumlah: int


@dataclass
class Penerima:
    nama: str
    hubungan: str = ""
    nik: str = ""
    ahli_waris_id: str | None = None


@dataclass
class ManfaatData:
    peserta_id: str
    program: str
    tanggal_kejadian: date
    keterangan: str = ""
    penerima: list[Penerima] = field(default_factory=list)
    komponen: list[Komponen] = field(default_factory=list)
    status: str = "diajukan"
    bank_nama: str = ""
    bank_rekening: str = ""
    bank_atas_nama: str = ""
    acara_id: str | None = None

    @property
    def jumlah(self) -> int:
        return sum(k.jumlah for k in self.komponen)


@dataclass(frozen=True)
class ManfaatRow:
    id: str
    peserta_id: str
    peserta_nama: str
    peserta_nik: str
    program: str
    tanggal_kejadian: date
    status: str
    jumlah: int
    penerima: str
    acara_id: str | None


@dataclass(frozen=True)
class TarifRow:
    id: str
    program: str
    kode: str
    nama: str
    jumlah: int
    per_anak: bool
    berlaku_mulai: date
    dasar_hukum: str


def tarif_list(ctx: AppContext) -> list[TarifRow]:
    with ctx.db.session() as s:
        rows = s.execute(
            select(TarifManfaat).order_by(
                TarifManfaat.program, TarifManfaat.kode, TarifManfaat.berlaku_mulai
            )
        ).scalars()
        return [
            TarifRow(
                r.id,
                r.program,
                r.kode,
                r.nama,
                r.jumlah,
                r.per_anak,
                r.berlaku_mulai,
                r.dasar_hukum,
            )
            for r in rows
        ]


def add_tarif(ctx: AppContext, row: TarifRow) -> None:
    """A new amount for a component from a date on (earlier cases keep their amounts)."""
    require_writer(ctx, "mengubah tabel manfaat")
    if row.program not in PROGRAM_MANFAAT:
        raise ValidationError({"program": "Program manfaat harus JKK atau JKM."})
    if row.jumlah < 0:
        raise ValidationError({"jumlah": "Jumlah tidak boleh negatif."})
    if not row.kode.strip() or not row.nama.strip():
        raise ValidationError({"nama": "Kode dan nama komponen wajib diisi."})
    with ctx.db.session() as s:
        exists = s.execute(
            select(TarifManfaat.id).where(
                TarifManfaat.program == row.program,
                TarifManfaat.kode == row.kode,
                TarifManfaat.berlaku_mulai == row.berlaku_mulai,
            )
        ).first()
        if exists:
            raise ValidationError(
                {
                    "berlaku_mulai": f"Komponen {row.nama} sudah punya tarif yang berlaku mulai "
                    f"{format_tanggal(row.berlaku_mulai)}."
                }
            )
        s.add(
            TarifManfaat(
                program=row.program,
                kode=row.kode.strip(),
                nama=row.nama.strip(),
                jumlah=row.jumlah,
                per_anak=row.per_anak,
                berlaku_mulai=row.berlaku_mulai,
                dasar_hukum=row.dasar_hukum.strip(),
            )
        )
        audit.record(
            s,
            ctx,
            "tarif_manfaat",
            "",
            "buat",
            {row.kode: (None, f"{format_rupiah(row.jumlah)} mulai {row.berlaku_mulai}")},
        )


def tarif_berlaku(session: Session, program: str, pada: date) -> list[TarifManfaat]:
    """The components of a programme with the amounts in force on a date (one per kode)."""
    rows = session.execute(
        select(TarifManfaat)
        .where(TarifManfaat.program == program, TarifManfaat.berlaku_mulai <= pada)
        .order_by(TarifManfaat.kode, TarifManfaat.berlaku_mulai)
    ).scalars()
    latest: dict[str, TarifManfaat] = {}
    for r in rows:
        latest[r.kode] = r
    order = {"santunan_kematian": 0, "santunan_kematian_jkk": 0, "santunan_berkala": 1}
    return sorted(latest.values(), key=lambda r: (r.per_anak, order.get(r.kode, 2), r.kode))


def default_komponen(
    ctx: AppContext, program: str, pada: date, jumlah_anak: int = 0
) -> list[Komponen]:
    """The benefit table's components for a case: per-child items times ``jumlah_anak``
    (at most two children receive a scholarship)."""
    anak = max(0, min(jumlah_anak, 2))
    with ctx.db.session() as s:
        out: list[Komponen] = []
        for r in tarif_berlaku(s, program, pada):
            if r.per_anak:
                out += [
                    Komponen(r.kode, f"{r.nama} — anak ke-{i}", r.jumlah)
                    for i in range(1, anak + 1)
                ]
            else:
                out.append(Komponen(r.kode, r.nama, r.jumlah))
        return out


def heirs_as_recipients(ctx: AppContext, peserta_id: str) -> list[Penerima]:
    with ctx.db.session() as s:
        rows = s.execute(
            select(AhliWaris)
            .where(AhliWaris.peserta_id == peserta_id, AhliWaris.deleted_at.is_(None))
            .order_by(AhliWaris.created_at)
        ).scalars()
        return [Penerima(a.nama, a.hubungan, a.nik, a.id) for a in rows]


def hubungan_label(text: str) -> str:
    """A recipient's relation as written everywhere: "anak" and "ANAK" are "Anak", spelled as
    the relations copied from the ahli waris; empty is the participant himself ("Peserta")."""
    text = " ".join(text.split())
    if not text:
        return "Peserta"
    known = {h.lower(): h for h in (*HUBUNGAN_AHLI_WARIS, "Peserta")}
    return known.get(text.lower(), text[:1].upper() + text[1:])


def _check(s: Session, data: ManfaatData, today: date) -> Peserta:
    errors: dict[str, str] = {}
    p = s.get(Peserta, data.peserta_id)
    if p is None or p.deleted_at is not None:
        raise UserError("Peserta tidak ditemukan atau sudah dihapus.")
    if data.program not in PROGRAM_MANFAAT:
        errors["program"] = "Program manfaat harus JKK atau JKM."
    if data.tanggal_kejadian > today:
        errors["tanggal_kejadian"] = "Tanggal kejadian tidak boleh di masa depan."
    if data.status not in STATUS_MANFAAT:
        errors["status"] = "Status harus diajukan, dibayar atau diserahkan."
    data.penerima = [
        Penerima(clean_name(r.nama), hubungan_label(r.hubungan), r.nik.strip(), r.ahli_waris_id)
        for r in data.penerima
        if r.nama.strip()
    ]
    if not data.penerima:
        errors["penerima"] = "Isi paling sedikit satu penerima manfaat."
    for r in data.penerima:
        if r.nik and (len(r.nik) != 16 or not r.nik.isdigit()):
            errors["penerima"] = f"NIK penerima {r.nama} harus 16 angka."
    if not data.komponen:
        errors["komponen"] = "Isi paling sedikit satu komponen manfaat."
    for k in data.komponen:
        if isinstance(k.jumlah, bool) or not isinstance(k.jumlah, int) or k.jumlah < 0:
            errors["komponen"] = f"Jumlah {k.nama} harus rupiah bulat, tidak negatif."
    if data.komponen and data.jumlah <= 0:
        errors["komponen"] = "Jumlah manfaat harus lebih dari Rp0."
    rekening = "".join(data.bank_rekening.split())
    if rekening and not rekening.replace("-", "").isdigit():
        errors["bank_rekening"] = "Nomor rekening hanya berisi angka."
    if rekening and not data.bank_nama.strip():
        errors["bank_nama"] = "Isi nama bank untuk nomor rekening ini."
    if errors:
        raise ValidationError(errors)
    return p


def save_manfaat(
    ctx: AppContext, data: ManfaatData, manfaat_id: str | None = None, today: date | None = None
) -> str:
    """Record a new case or replace an existing one's details, in one transaction.

    A JKM case records a death: a participant not yet nonaktif becomes nonaktif as meninggal
    dunia on the event date, in the same transaction (audited like any deactivation); see
    ``records_death`` for the message the window shows.
    """
    require_writer(ctx, "mencatat manfaat")
    with ctx.db.session() as s:
        p = _check(s, data, today or date.today())
        before = s.get(Manfaat, manfaat_id) if manfaat_id else None
        if _records_death(data, before, p):
            deactivate_in(s, ctx, p, "meninggal", data.tanggal_kejadian, "Kasus JKM dicatat")
        version = stamp(s)
        if manfaat_id is None:
            m = Manfaat(kantor_id=ctx.kantor_id, peserta_id=data.peserta_id, version=version)
            s.add(m)
            action = "buat"
        else:
            found = s.get(Manfaat, manfaat_id)
            if found is None or found.deleted_at is not None:
                raise UserError("Data manfaat tidak ditemukan.")
            m = found
            m.version = version
            m.updated_at = utcnow()
            action = "ubah"
            for old in s.execute(
                select(ManfaatKomponen).where(ManfaatKomponen.manfaat_id == m.id)
            ).scalars():
                s.delete(old)
            for old_p in s.execute(
                select(ManfaatPenerima).where(ManfaatPenerima.manfaat_id == m.id)
            ).scalars():
                s.delete(old_p)
        m.program = data.program
        m.tanggal_kejadian = data.tanggal_kejadian
        m.keterangan = data.keterangan.strip()
        m.status = data.status
        m.bank_nama = data.bank_nama.strip()
        m.bank_rekening = "".join(data.bank_rekening.split())
        m.bank_atas_nama = data.bank_atas_nama.strip()
        m.acara_id = data.acara_id
        m.jumlah = data.jumlah
        s.flush()
        for i, k in enumerate(data.komponen):
            s.add(
                ManfaatKomponen(
                    manfaat_id=m.id, urutan=i, kode=k.kode, nama=k.nama, jumlah=k.jumlah
                )
            )
        for i, r in enumerate(data.penerima):
            s.add(
                ManfaatPenerima(
                    manfaat_id=m.id,
                    urutan=i,
                    nama=r.nama,
                    hubungan=r.hubungan,
                    nik=r.nik,
                    ahli_waris_id=r.ahli_waris_id,
                )
            )
        audit.record(
            s,
            ctx,
            "manfaat",
            m.id,
            action,
            {"program": (None, m.program), "jumlah": (None, format_rupiah(m.jumlah))},
        )
        return m.id


def _records_death(data: ManfaatData, before: Manfaat | None, p: Peserta | None) -> bool:
    """A new JKM case (or a case changed to JKM) of a participant who is not yet nonaktif.
    Editing a JKM case again leaves the participant alone (the office may have reactivated a
    participant recorded by mistake)."""
    was_jkm = before is not None and before.program == "JKM"
    return data.program == "JKM" and not was_jkm and p is not None and p.status != "nonaktif"


def records_death(ctx: AppContext, data: ManfaatData, manfaat_id: str | None = None) -> str:
    """What saving this case will do to the participant, in words for the window ("" when
    nothing): a JKM case makes a participant who is not nonaktif nonaktif (meninggal)."""
    with ctx.db.session() as s:
        p = s.get(Peserta, data.peserta_id)
        if p is None or not _records_death(
            data, s.get(Manfaat, manfaat_id) if manfaat_id else None, p
        ):
            return ""
        return (
            f"{p.nama} dicatat meninggal dunia: status kepesertaan menjadi nonaktif sejak "
            f"{format_tanggal(data.tanggal_kejadian)}."
        )


def get_manfaat(ctx: AppContext, manfaat_id: str) -> ManfaatData:
    with ctx.db.session() as s:
        m = s.get(Manfaat, manfaat_id)
        if m is None or m.deleted_at is not None:
            raise UserError("Data manfaat tidak ditemukan.")
        komponen = s.execute(
            select(ManfaatKomponen)
            .where(ManfaatKomponen.manfaat_id == m.id)
            .order_by(ManfaatKomponen.urutan)
        ).scalars()
        penerima = s.execute(
            select(ManfaatPenerima)
            .where(ManfaatPenerima.manfaat_id == m.id)
            .order_by(ManfaatPenerima.urutan)
        ).scalars()
        return ManfaatData(
            peserta_id=m.peserta_id,
            program=m.program,
            tanggal_kejadian=m.tanggal_kejadian,
            keterangan=m.keterangan,
            penerima=[Penerima(r.nama, r.hubungan, r.nik, r.ahli_waris_id) for r in penerima],
            komponen=[Komponen(k.kode, k.nama, k.jumlah) for k in komponen],
            status=m.status,
            bank_nama=m.bank_nama,
            bank_rekening=m.bank_rekening,
            bank_atas_nama=m.bank_atas_nama,
            acara_id=m.acara_id,
        )


def set_status(ctx: AppContext, manfaat_id: str, status: str) -> None:
    require_writer(ctx, "mengubah status manfaat")
    if status not in STATUS_MANFAAT:
        raise UserError(f"Status manfaat {status!r} tidak dikenal.")
    with ctx.db.session() as s:
        m = s.get(Manfaat, manfaat_id)
        if m is None or m.deleted_at is not None:
            raise UserError("Data manfaat tidak ditemukan.")
        old = m.status
        m.status = status
        m.version = stamp(s)
        m.updated_at = utcnow()
        audit.record(s, ctx, "manfaat", m.id, "status", {"status": (old, status)})


def list_manfaat(
    ctx: AppContext, status: str = "", acara_id: str | None = None, search: str = ""
) -> list[ManfaatRow]:
    P = Peserta.__table__
    q = (
        select(Manfaat, P.c.nama, P.c.nik)
        .join(P, P.c.id == Manfaat.peserta_id)
        .where(Manfaat.deleted_at.is_(None))
    )
    if status:
        q = q.where(Manfaat.status == status)
    if acara_id:
        q = q.where(Manfaat.acara_id == acara_id)
    if search.strip():
        q = q.where(P.c.nama.ilike(f"%{search.strip()}%"))
    with ctx.db.session() as s:
        rows = s.execute(q.order_by(Manfaat.tanggal_kejadian.desc(), P.c.nama)).all()
        names: dict[str, list[str]] = {}
        ids = [m.id for m, _n, _k in rows]
        for mid, nama in select_in(
            s,
            lambda part: (
                select(ManfaatPenerima.manfaat_id, ManfaatPenerima.nama)
                .where(ManfaatPenerima.manfaat_id.in_(part))
                .order_by(ManfaatPenerima.urutan)
            ),
            ids,
        ):
            names.setdefault(mid, []).append(nama)
        return [
            ManfaatRow(
                id=m.id,
                peserta_id=m.peserta_id,
                peserta_nama=nama,
                peserta_nik=nik,
                program=m.program,
                tanggal_kejadian=m.tanggal_kejadian,
                status=m.status,
                jumlah=m.jumlah,
                penerima=", ".join(names.get(m.id, [])),
                acara_id=m.acara_id,
            )
            for m, nama, nik in rows
        ]
