"""Local key/value settings and the change-version clock of this installation."""

from __future__ import annotations

import time

from sqlalchemy import func, inspect, select
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


WRITE_LOCK_WAIT_MS = 120_000  # a sync of a large central file may hold the lock this long


def hold_write_lock(session: Session) -> None:
    """Take the database's write lock for this session's transaction now (BEGIN IMMEDIATE),
    waiting for another writer (a sync, an import) to finish.

    Whatever is read after this (the clock above all) cannot change before this transaction
    commits: so a change version is never older than what a concurrent sync has already
    counted as sent. Does nothing when the transaction already writes (it holds the lock)."""
    conn = session.connection()
    if conn.dialect.name != "sqlite":
        return
    raw = conn.connection.dbapi_connection
    if raw is None or raw.in_transaction:
        return
    before = int(raw.execute("PRAGMA busy_timeout").fetchone()[0])
    raw.execute(f"PRAGMA busy_timeout = {max(before, WRITE_LOCK_WAIT_MS)}")
    try:
        raw.execute("BEGIN IMMEDIATE")
    finally:
        raw.execute(f"PRAGMA busy_timeout = {before}")


def stamp(session: Session) -> int:
    """A fresh change version, larger than every version this installation made before.

    The write lock is taken first and the clock read after it, inside the transaction that
    commits the change: a version read before waiting for another writer could be lower than
    the mark a sync that committed meanwhile moved past, and that change would never be sent."""
    hold_write_lock(session)
    row = session.get(Pengaturan, CLOCK)
    if row is not None and inspect(row).persistent and not session.is_modified(row):
        session.refresh(row)  # loaded before the lock: another writer may have moved it
    last = int((row.nilai if row is not None else "") or 0)
    version = next_version(last, int(time.time() * 1000))
    set_setting(session, CLOCK, str(version))
    return version


def next_seq(session: Session) -> int:
    """The next free local search key for a new participant."""
    current = session.execute(select(func.max(Peserta.seq))).scalar()
    return int(current or 0) + 1
