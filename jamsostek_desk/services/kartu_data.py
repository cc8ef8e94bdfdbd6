"""What goes on a membership card, read from the database and checked before anything prints."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from jamsostek_desk.domain.dates import format_tanggal
from jamsostek_desk.domain.errors import UserError
from jamsostek_desk.domain.nik import mask_nik
from jamsostek_desk.domain.qrsign import KIND_CARD, QrPayload, short_ref, sign
from jamsostek_desk.domain.wilayah import WilayahRef, load_wilayah
from jamsostek_desk.services.cetak_settings import qr_key
from jamsostek_desk.services.common.batching import in_chunks
from jamsostek_desk.store.models import Peserta
from jamsostek_desk.store.models_cetak import Manfaat, PesertaFoto

T = Peserta.__table__


@dataclass(frozen=True)
class CardData:
    peserta_id: str
    nama: str
    nik_shown: str
    kpj: str  # the KPJ number, "" while BPJS has not given one yet ("KPJ: dalam proses")
    program: str
    desa: str
    kecamatan: str
    masa: str
    qr: str
    foto: bytes | None = None


@dataclass(frozen=True)
class Missing:
    """A participant whose card cannot be printed, and why (shown before printing)."""

    nama: str
    nik: str
    what: tuple[str, ...]

    def line(self) -> str:
        return f"{self.nama or '(tanpa nama)'} (NIK {self.nik or '-'}): {', '.join(self.what)}"


class MissingData(UserError):
    def __init__(self, missing: Sequence[Missing], noun: str = "kartu") -> None:
        self.missing = list(missing)
        shown = "\n".join(f"- {m.line()}" for m in self.missing[:30])
        more = f"\n… dan {len(self.missing) - 30} peserta lain." if len(self.missing) > 30 else ""
        super().__init__(
            f"{len(self.missing)} peserta belum lengkap datanya untuk {noun}; belum ada yang "
            f"dicetak. Lengkapi dulu:\n{shown}{more}"
        )


def masa_kepesertaan(mulai: date | None, akhir: date | None) -> str:
    if mulai is None:
        return ""
    if akhir is None:
        return f"sejak {format_tanggal(mulai)}"
    return f"{format_tanggal(mulai)} s.d. {format_tanggal(akhir)}"


def _program(row: Any) -> str:
    names = [
        name
        for name, on in (
            ("JKK", row.program_jkk),
            ("JKM", row.program_jkm),
            ("JHT", row.program_jht),
            ("JP", row.program_jp),
        )
        if on
    ]
    return " · ".join(names)


def _region_names(ref: WilayahRef, desa_kode: str) -> tuple[str, str] | None:
    desa = ref.get(desa_kode)
    if desa is None or desa.parent_kode is None:
        return None
    kec = ref.get(desa.parent_kode)
    label = ref.label(desa_kode).split(", ")
    return label[0], label[1] if len(label) > 1 else (kec.nama if kec else "")


def deceased_in(session: Session, peserta_ids: Sequence[str]) -> set[str]:
    """Which of these participants died: nonaktif as meninggal dunia, or with a death case
    (JKM, or JKK meninggal), also when they were reactivated since."""
    out: set[str] = set()
    for part in in_chunks(list(peserta_ids)):
        out.update(
            session.execute(
                select(T.c.id).where(
                    T.c.id.in_(part), T.c.status == "nonaktif", T.c.nonaktif_alasan == "meninggal"
                )
            ).scalars()
        )
        out.update(
            session.execute(
                select(Manfaat.peserta_id).where(
                    Manfaat.peserta_id.in_(part),
                    or_(
                        Manfaat.jenis.in_(("jkm", "jkk-meninggal")),
                        and_(Manfaat.jenis == "", Manfaat.program == "JKM"),
                    ),
                    Manfaat.deleted_at.is_(None),
                )
            ).scalars()
        )
    return out


def load_cards(
    session: Session,
    peserta_ids: Iterable[str],
    *,
    full_nik: bool = False,
    printed_on: date | None = None,
    ref: WilayahRef | None = None,
) -> tuple[list[CardData], list[Missing]]:
    """Cards in the order of ``peserta_ids``, and the participants whose data is incomplete."""
    ids = list(dict.fromkeys(peserta_ids))
    ref = ref or load_wilayah()
    today = printed_on or date.today()
    rows: dict[str, Any] = {}
    photos: dict[str, bytes] = {}
    dead: set[str] = set()
    for part in in_chunks(ids):
        for found in session.execute(
            select(
                T.c.id,
                T.c.nama,
                T.c.nik,
                T.c.kpj,
                T.c.desa_kode,
                T.c.status,
                T.c.program_jkk,
                T.c.program_jkm,
                T.c.program_jht,
                T.c.program_jp,
                T.c.mulai_kepesertaan,
                T.c.akhir_kepesertaan,
            ).where(T.c.id.in_(part), T.c.deleted_at.is_(None))
        ):
            rows[found.id] = found
        for pid, jpeg in session.execute(
            select(PesertaFoto.peserta_id, PesertaFoto.jpeg).where(PesertaFoto.peserta_id.in_(part))
        ):
            photos[pid] = jpeg
        dead.update(deceased_in(session, part))
    cards: list[CardData] = []
    missing: list[Missing] = []
    for pid in ids:
        row = rows.get(pid)
        if row is None:
            missing.append(Missing("", "", ("peserta sudah dihapus atau tidak ditemukan",)))
            continue
        r: Any = row
        what: list[str] = []
        nama = " ".join(str(r.nama).split())
        nik = str(r.nik)
        if not nama:
            what.append("nama kosong")
        if len(nik) != 16 or not nik.isdigit():
            what.append("NIK tidak 16 angka")
        regions = _region_names(ref, str(r.desa_kode))
        if regions is None:
            what.append("desa tidak dikenal")
        if pid in dead:
            what.append("meninggal dunia")
        elif r.status == "nonaktif":
            what.append("status nonaktif")
        if r.mulai_kepesertaan is None:
            what.append("tanggal mulai kepesertaan belum diisi")
        program = _program(r)
        if not program:
            what.append("belum ada program")
        if what:
            missing.append(Missing(nama, nik, tuple(what)))
            continue
        assert regions is not None
        masked = mask_nik(nik)
        cards.append(
            CardData(
                peserta_id=pid,
                nama=nama,
                nik_shown=nik if full_nik else masked,
                kpj=r.kpj or "",
                program=program,
                desa=regions[0],
                kecamatan=regions[1],
                masa=masa_kepesertaan(
                    r.mulai_kepesertaan,
                    r.akhir_kepesertaan,
                ),
                qr="",
                foto=photos.get(pid),
            )
        )
    if not cards:  # nothing can be printed: checking makes no signing key
        return [], missing
    key = qr_key(session)
    signed = [
        replace(
            c,
            qr=sign(
                QrPayload(KIND_CARD, short_ref(c.peserta_id), mask_nik(c.nik_shown), today), key
            ),
        )
        for c in cards
    ]
    return signed, missing
