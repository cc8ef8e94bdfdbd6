"""Printing settings of this office: letter numbers, signatories, witnesses, logo, QR key.

Kept as one JSON value in the local settings table; the QR key is a random secret made on first
use and never leaves this installation (a card is verified by the office that printed it).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from jamsostek_desk.domain.errors import ValidationError
from jamsostek_desk.domain.surat import DEFAULT_POLA, check_pola
from jamsostek_desk.services.context import AppContext
from jamsostek_desk.store.db import Database
from jamsostek_desk.store.models import Pengaturan
from jamsostek_desk.store.settings import LOCAL_OFFICE, get_setting, set_setting

KEY_SETTINGS = "cetak"
_BOOLS = frozenset({"meterai"})
KEY_QR = "kunci_qr"


@dataclass
class Pejabat:
    nama: str = ""
    jabatan: str = ""
    nip: str = ""


@dataclass
class CetakSettings:
    pola_nomor: str = DEFAULT_POLA
    kode_surat: str = "PMD"
    judul_program: str = "Perlindungan Jaminan Sosial Ketenagakerjaan"
    judul_kartu: str = "KARTU KEPESERTAAN JAMSOSTEK"  # the card's heading
    # a meterai box beside the recipient's signature when the amount is over the threshold
    # in force (ketentuan meterai_batas, UU 10/2020); off for offices whose receipts are exempt
    meterai: bool = True
    logo: str = ""  # path of a PNG/JPEG chosen by the office; empty = no logo
    kota: str = ""  # the place written above signatures, e.g. "Martapura"
    penandatangan: list[Pejabat] = field(default_factory=list)
    saksi: list[Pejabat] = field(default_factory=list)

    def as_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> CetakSettings:
        if not text:
            return cls()
        data = json.loads(text)
        penandatangan = [Pejabat(**p) for p in data.pop("penandatangan", [])]
        saksi = [Pejabat(**p) for p in data.pop("saksi", [])]
        known: dict[str, Any] = {
            k: (bool(v) if k in _BOOLS else str(v))
            for k, v in data.items()
            if k in cls.__dataclass_fields__
        }
        return cls(**known, penandatangan=penandatangan, saksi=saksi)


def load_settings(db: Database) -> CetakSettings:
    with db.session() as s:
        return CetakSettings.from_json(get_setting(s, KEY_SETTINGS))


def save_settings(db: Database, data: CetakSettings) -> CetakSettings:
    """Check and store; ValidationError names each wrong field."""
    errors: dict[str, str] = {}
    try:
        data.pola_nomor = check_pola(data.pola_nomor)
    except ValueError as e:
        errors["pola_nomor"] = str(e)
    data.kode_surat = data.kode_surat.strip()
    data.judul_kartu = " ".join(data.judul_kartu.split())
    if not data.judul_kartu:
        errors["judul_kartu"] = "Judul kartu wajib diisi."
    if "{kode}" in data.pola_nomor and not data.kode_surat:
        errors["kode_surat"] = "Kode surat wajib diisi karena pola nomor memakai {kode}."
    if data.logo and not Path(data.logo).is_file():
        errors["logo"] = f"Berkas logo {data.logo} tidak ditemukan."
    data.penandatangan = [p for p in data.penandatangan if p.nama.strip()]
    data.saksi = [p for p in data.saksi if p.nama.strip()]
    if errors:
        raise ValidationError(errors)
    with db.session() as s:
        set_setting(s, KEY_SETTINGS, data.as_json())
    return data


def save_print_settings(ctx: AppContext, data: CetakSettings) -> CetakSettings:
    """``save_settings`` for the signed-in operator: print settings are the Admin's."""
    from jamsostek_desk.services.access import require_admin

    require_admin(ctx, "mengubah pengaturan cetak")
    return save_settings(ctx.db, data)


def qr_key(session: Session) -> Callable[[bytes], bytes]:
    """This office's QR signing function: its Ed25519 key (services/sync/keys.py), so that
    every office holding the roster can check the codes it prints."""
    from jamsostek_desk.services.sync import keys

    key = keys.office_key_at(_db_path(session), get_setting(session, LOCAL_OFFICE))
    return key.sign


def legacy_qr_secret(session: Session) -> bytes | None:
    """The HMAC secret that signed the codes printed before Ed25519 signatures (``JD1``), or
    None. It no longer lives in the database (nor in its backups): found there, it is moved
    to the key file beside the database and removed from the database."""
    from jamsostek_desk.services.sync import keys

    path = _db_path(session)
    in_db = get_setting(session, KEY_QR)
    if in_db:
        keys.store_secret_at(path, "qr_hmac", bytes.fromhex(in_db))
        row = session.get(Pengaturan, KEY_QR)
        if row is not None:
            session.delete(row)
    return keys.stored_secret_at(path, "qr_hmac")


def _db_path(session: Session) -> Path:
    bind = session.get_bind()
    engine = bind if isinstance(bind, Engine) else bind.engine
    return Path(str(engine.url.database))
