"""Local key/value settings and the change-version clock of this installation."""

from __future__ import annotations

import time

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jamsostek_desk.domain.clock import next_version
from jamsostek_desk.store.models import Pengaturan, Peserta

LOCAL_OFFICE = "kantor_lokal_id"
CURRENT_OPERATOR = "operator_aktif_id"
CLOCK = "hlc"


def get_setting(session: Session, key: str, default: str = "") -> str:
    row = session.get(Pengaturan, key)
    return row.nilai if row is not None else default


def set_setting(session: Session, key: str, value: str) -> None:
    row = session.get(Pengaturan, key)
    if row is None:
        session.add(Pengaturan(kunci=key, nilai=value))
    else:
        row.nilai = value


def stamp(session: Session) -> int:
    """A fresh change version, larger than every version this installation made before."""
    last = int(get_setting(session, CLOCK, "0") or 0)
    version = next_version(last, int(time.time() * 1000))
    set_setting(session, CLOCK, str(version))
    return version


def next_seq(session: Session) -> int:
    """The next free local search key for a new participant."""
    current = session.execute(select(func.max(Peserta.seq))).scalar()
    return int(current or 0) + 1
