"""Participant photos for cards (stored as small JPEGs in the local database)."""

from __future__ import annotations

from jamsostek_desk.domain.errors import UserError
from jamsostek_desk.services import audit
from jamsostek_desk.services.access import require_writer
from jamsostek_desk.services.context import AppContext
from jamsostek_desk.store.models import Peserta, utcnow
from jamsostek_desk.store.models_cetak import PesertaFoto

MAX_BYTES = 400_000


def get_photo(ctx: AppContext, peserta_id: str) -> bytes | None:
    with ctx.db.session() as s:
        row = s.get(PesertaFoto, peserta_id)
        return row.jpeg if row is not None else None


def set_photo(ctx: AppContext, peserta_id: str, jpeg: bytes | None) -> None:
    """Store (or with None remove) the photo; the caller scales it down to card size first."""
    require_writer(ctx, "mengubah foto peserta")
    if jpeg is not None:
        if not jpeg.startswith(b"\xff\xd8"):
            raise UserError("Foto harus berupa gambar JPEG.")
        if len(jpeg) > MAX_BYTES:
            raise UserError("Foto terlalu besar; perkecil dulu (paling besar 400 KB).")
    with ctx.db.session() as s:
        if s.get(Peserta, peserta_id) is None:
            raise UserError("Simpan data peserta dulu sebelum memilih foto.")
        row = s.get(PesertaFoto, peserta_id)
        if jpeg is None:
            if row is not None:
                s.delete(row)
        elif row is None:
            s.add(PesertaFoto(peserta_id=peserta_id, jpeg=jpeg))
        else:
            row.jpeg = jpeg
            row.updated_at = utcnow()
        audit.record(
            s,
            ctx,
            "peserta",
            peserta_id,
            "foto",
            {"foto": (None, "dihapus" if jpeg is None else "diganti")},
        )
