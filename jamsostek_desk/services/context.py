"""Who is working where: the open database, this installation's office and the operator."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from jamsostek_desk.store.db import Database
from jamsostek_desk.store.errors import NoOffice
from jamsostek_desk.store.models import Kantor, Operator
from jamsostek_desk.store.settings import CURRENT_OPERATOR, LOCAL_OFFICE, get_setting


@dataclass(frozen=True)
class AppContext:
    db: Database
    kantor_id: str
    kantor_nama: str
    kantor_jenis: str
    wilayah_kode: str  # the office's kabupaten/kota, or its desa for a village office
    operator_id: str
    operator_nama: str
    # admin, operator or pimpinan: what this operator may do (services/access.py)
    peran: str = "admin"

    @property
    def kabupaten_kode(self) -> str:
        """Participants of this office live in this kabupaten/kota."""
        return ".".join(self.wilayah_kode.split(".")[:2])


def load_context(db: Database, operator_id: str | None = None) -> AppContext:
    """The context of the set-up office; NoOffice when set-up has not been done yet.

    With ``operator_id`` (the operator who signed in) the context is that operator's;
    without it, the operator last used on this installation (tests, the demo)."""
    with db.session() as s:
        kantor_id = get_setting(s, LOCAL_OFFICE)
        kantor = s.get(Kantor, kantor_id) if kantor_id else None
        if kantor is None:
            raise NoOffice(db.path)
        op_id = operator_id or get_setting(s, CURRENT_OPERATOR)
        operator = s.get(Operator, op_id) if op_id else None
        if operator is not None and operator_id and operator.kantor_id != kantor.id:
            operator = None
        if operator is None or not operator.aktif or operator.deleted_at is not None:
            operator = (
                s.execute(
                    select(Operator)
                    .where(Operator.kantor_id == kantor.id, Operator.aktif.is_(True))
                    .order_by(Operator.created_at)
                )
                .scalars()
                .first()
            )
        if operator is None:
            raise NoOffice(db.path)
        from jamsostek_desk.services.cetak_settings import legacy_qr_secret

        legacy_qr_secret(s)  # an old QR secret leaves the database (into the key file)
        return AppContext(
            db=db,
            kantor_id=kantor.id,
            kantor_nama=kantor.nama,
            kantor_jenis=kantor.jenis,
            wilayah_kode=kantor.wilayah_kode,
            operator_id=operator.id,
            operator_nama=operator.nama,
            peran=operator.peran,
        )
