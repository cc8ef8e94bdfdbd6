"""Inserting many participants at once (bulk import, demo data) inside the caller's transaction.

SQLite runs an insert into a table that has an AFTER INSERT trigger more than twice as slowly
when the table also carries many indexes (measured: 100,000 rows into 100,000 with the
peserta indexes, 5.3 s with the search trigger, 2.2 s without, even with a trigger whose WHEN
is always false). So a bulk insert drops the search-index trigger, inserts, adds the new rows
to the search index in one statement and puts the trigger back (the coverage counters'
insert trigger likewise, see store.cakupan_counts), all in one transaction: a
failure or a cancel rolls everything back, trigger included.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from operator import attrgetter
from typing import Any, cast

from sqlalchemy import Date, text
from sqlalchemy.orm import Session

from jamsostek_desk.domain.peserta import PESERTA_FIELDS, PesertaData
from jamsostek_desk.store import cakupan_counts
from jamsostek_desk.store.models import Peserta, new_ids

_TRIGGER = "peserta_fts_ai"


@contextmanager
def search_index_paused(s: Session, first_seq: int) -> Iterator[None]:
    """Within ``s``'s transaction: no per-row search-index work while the block inserts
    participants numbered from ``first_seq``; their search rows are added at the end."""
    if s.get_bind().dialect.name != "sqlite":
        yield
        return
    # A write first, so that the DDL below runs inside the transaction (the sqlite3 module
    # opens one only at the first DML statement).
    s.execute(text("UPDATE fts_kendali SET massal = 1 WHERE id = 1"))
    triggers = {
        name: s.execute(
            text("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = :name"),
            {"name": name},
        ).scalar()
        # the counters' delete trigger too: a row this block inserts and deletes again (an
        # import refusing it at the end) was never counted
        for name in (_TRIGGER, cakupan_counts.INSERT_TRIGGER, cakupan_counts.DELETE_TRIGGER)
    }
    for name, sql in triggers.items():
        if sql:
            s.execute(text(f"DROP TRIGGER {name}"))
    yield
    s.execute(
        text(
            "INSERT INTO peserta_fts(rowid, nama, nik, kpj) SELECT seq, nama, nik, "
            "coalesce(kpj, '') FROM peserta WHERE seq >= :first AND deleted_at IS NULL"
        ),
        {"first": first_seq},
    )
    if triggers[cakupan_counts.INSERT_TRIGGER]:  # the coverage counters, likewise at once
        cakupan_counts.catch_up(s, first_seq)
    for sql in triggers.values():
        if sql:
            s.execute(text(sql))
    s.execute(text("UPDATE fts_kendali SET massal = 0 WHERE id = 1"))


def sqlite_datetime(value: datetime) -> str:
    """A datetime as SQLAlchemy's SQLite DateTime stores it."""
    return value.strftime("%Y-%m-%d %H:%M:%S.%f")


PESERTA_INSERT_COLUMNS = (
    *PESERTA_FIELDS,
    "id",
    "seq",
    "kantor_id",
    "version",
    "created_at",
    "updated_at",
    "deleted_at",
)
_DATE_FIELDS = tuple(
    i for i, f in enumerate(PESERTA_FIELDS) if isinstance(Peserta.__table__.c[f].type, Date)
)
_KPJ = PESERTA_FIELDS.index("kpj")
_VALUES = attrgetter(*PESERTA_FIELDS)


def peserta_rows(
    datas: Sequence[PesertaData], first_seq: int, kantor_id: str, version: int, now: datetime
) -> tuple[list[str], list[tuple[object, ...]]]:
    """(ids, rows) of new participants as SQLite parameters in PESERTA_INSERT_COLUMNS order:
    checked data in, fresh ids and the travelling columns filled, dates as ISO text.

    Built straight from the records' attributes: going through one dict per row and
    SQLAlchemy's value processing was a third of the time of a 100,000-row import.
    """
    ids = new_ids(len(datas))
    stamp = sqlite_datetime(now)
    rows: list[tuple[object, ...]] = []
    for k, d in enumerate(datas):
        v = list(_VALUES(d))
        for i in _DATE_FIELDS:
            if v[i] is not None:
                v[i] = cast(date, v[i]).isoformat()
        v[_KPJ] = v[_KPJ] or None
        v += (ids[k], first_seq + k, kantor_id, version, stamp, stamp, None)
        rows.append(tuple(v))
    return ids, rows


def insert_sqlite(
    s: Session, table: str, columns: Sequence[str], rows: list[tuple[object, ...]]
) -> None:
    """One executemany of ready SQLite parameters (see peserta_rows)."""
    if rows:
        sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
        s.connection().exec_driver_sql(sql, cast(Any, rows))
