"""A participant's rights under UU 27/2022 (PDP), Admin only and audited:
hak akses (everything this office holds about the person, as one file for them) and hak
penghapusan (the personal fields blanked; the record stays as a tombstone so the erasure
reaches the other offices by sync, and the trail keeps that it happened, not what was erased).
"""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select

from jamsostek_desk.domain.errors import InputError, UserError
from jamsostek_desk.services import audit
from jamsostek_desk.services.access import require_admin
from jamsostek_desk.services.context import AppContext
from jamsostek_desk.store.files import atomic_output
from jamsostek_desk.store.models import AhliWaris, Peserta, utcnow
from jamsostek_desk.store.models_cetak import Kartu, Manfaat, PesertaFoto
from jamsostek_desk.store.private import make_private
from jamsostek_desk.store.settings import stamp

ERASED = "DIHAPUS"
# Blanked on erasure; the region (desa), category, programmes and status stay for statistics.
ERASE_TEXT = (
    "tempat_lahir",
    "nama_ibu",
    "alamat",
    "rt",
    "rw",
    "jabatan",
    "pekerjaan",
    "no_hp",
    "catatan",
    "nonaktif_keterangan",
)


def find_by_nik(ctx: AppContext, nik: str) -> str:
    """The id of the participant (live or not) with this NIK."""
    digits = "".join(ch for ch in nik if ch.isdigit())
    if len(digits) != 16:
        raise InputError("NIK harus 16 angka.")
    with ctx.db.session() as s:
        found = s.execute(
            select(Peserta.id)
            .where(Peserta.nik == digits, Peserta.kantor_id.is_not(None))
            .order_by(Peserta.deleted_at.is_not(None))
        ).first()
    if found is None:
        raise InputError(f"Tidak ada peserta dengan NIK {digits[:6]}******{digits[-4:]}.")
    return str(found[0])


def _plain(value: object) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def person_data(ctx: AppContext, peserta_id: str) -> dict[str, Any]:
    """Everything held about one participant (hak akses)."""
    require_admin(ctx, "memberikan data pribadi peserta (hak akses)")
    with ctx.db.session() as s:
        p = s.get(Peserta, peserta_id)
        if p is None:
            raise UserError("Peserta tidak ditemukan.")
        skip = {"seq", "versi_kolom", "version"}
        data: dict[str, Any] = {
            "peserta": {
                c.name: _plain(getattr(p, c.key))
                for c in Peserta.__table__.columns
                if c.name not in skip
            }
        }
        data["ahli_waris"] = [
            {k: _plain(getattr(a, k)) for k in ("nama", "hubungan", "nik", "no_hp")}
            for a in s.execute(
                select(AhliWaris).where(
                    AhliWaris.peserta_id == peserta_id, AhliWaris.deleted_at.is_(None)
                )
            ).scalars()
        ]
        data["manfaat"] = [
            {
                "program": m.program,
                "tanggal_kejadian": _plain(m.tanggal_kejadian),
                "status": m.status,
            }
            for m in s.execute(
                select(Manfaat).where(
                    Manfaat.peserta_id == peserta_id, Manfaat.deleted_at.is_(None)
                )
            ).scalars()
        ]
        data["kartu"] = [
            {"status": k.status, "diminta_pada": _plain(k.diminta_pada)}
            for k in s.execute(
                select(Kartu).where(Kartu.peserta_id == peserta_id, Kartu.deleted_at.is_(None))
            ).scalars()
        ]
        data["foto_tersimpan"] = s.get(PesertaFoto, peserta_id) is not None
        data["riwayat"] = [
            {
                "waktu": _plain(e.waktu),
                "operator": e.operator_nama,
                "tindakan": e.aksi_label,
                "perubahan": {k: list(v) for k, v in e.perubahan.items()},
            }
            for e in audit.history(s, "peserta", peserta_id)
        ]
    data["kantor"] = ctx.kantor_nama
    data["dibuat"] = datetime.now().isoformat(timespec="seconds")
    return data


def export_person(ctx: AppContext, peserta_id: str, out: Path) -> Path:
    """Hak akses: the person's data as a JSON file (0600), and an audit entry."""
    data = person_data(ctx, peserta_id)
    out = Path(out)
    if out.suffix.lower() != ".json":
        raise InputError(f"Nama berkas harus berakhiran .json (bukan {out.name}).")
    with atomic_output(out, "Berkas data pribadi") as tmp:
        with open(tmp, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, indent=2)
        make_private(tmp)  # personal data: readable by its user only, whatever the umask
    with ctx.db.session() as s:
        audit.record(s, ctx, "peserta", peserta_id, "hak_akses", {"berkas": (None, out.name)})
    return out


def erase_person(ctx: AppContext, peserta_id: str, alasan: str) -> None:
    """Hak penghapusan: blank the personal fields (name, NIK digits of birth date and serial,
    birth date to 1 January, address, phone, mother's name, photo, heirs), remove the record
    from the lists (tombstone, so sync carries the erasure) and blank the values in its earlier
    audit entries. One transaction; the erasure itself is audited with its reason."""
    require_admin(ctx, "menghapus data pribadi peserta (hak penghapusan)")
    alasan = " ".join(alasan.split())
    if not alasan:
        raise InputError("Sebutkan alasan penghapusan (mis. permintaan tertulis peserta).")
    with ctx.db.session() as s:
        p = s.get(Peserta, peserta_id)
        if p is None:
            raise UserError("Peserta tidak ditemukan.")
        if p.nama == ERASED:
            raise UserError("Data pribadi peserta ini sudah dihapus.")
        now = utcnow()
        p.nama = ERASED
        p.nik = p.nik[:6] + "0" * 10  # the region stays, the person does not
        p.tanggal_lahir = date(p.tanggal_lahir.year, 1, 1)
        for f in ERASE_TEXT:
            setattr(p, f, "")
        p.kpj = None
        p.deleted_at = p.deleted_at or now
        p.updated_at, p.version = now, stamp(s)
        heirs = list(
            s.execute(select(AhliWaris).where(AhliWaris.peserta_id == peserta_id)).scalars()
        )
        for a in heirs:
            a.nama, a.nik, a.no_hp = ERASED, "", ""
            a.deleted_at = a.deleted_at or now
            a.updated_at, a.version = now, stamp(s)
        s.execute(delete(PesertaFoto).where(PesertaFoto.peserta_id == peserta_id))
        ids = [peserta_id, *(a.id for a in heirs)]
        audit.redact(s, ids)
        audit.record(s, ctx, "peserta", peserta_id, "hak_hapus", {"alasan": (None, alasan)})
