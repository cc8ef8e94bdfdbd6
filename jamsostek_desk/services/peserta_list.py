"""The participant list as pages of a filtered, sorted query.

The list view never loads every row: it asks for the count once per filter and for pages of
rows as they scroll into view. Each sortable column has a partial index (see store.models) so
that a page at any offset is read from an index, not sorted from the whole table. Search uses
SQLite FTS5 (prefix queries on name words, NIK and KPJ); on other databases it falls back to
LIKE.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, or_, select, text

from jamsostek_desk.store.db import Database
from jamsostek_desk.store.models import Peserta

T = Peserta.__table__

# Sortable list columns: key -> column (each has a live partial index with seq).
SORT_COLUMNS: dict[str, Any] = {
    "nama": T.c.nama,
    "nik": T.c.nik,
    "tanggal_lahir": T.c.tanggal_lahir,
    "desa": T.c.desa_kode,
    "kategori": T.c.kategori,
    "status": T.c.status,
    "kpj": T.c.kpj,
    "created_at": T.c.created_at,
}

ROW_COLUMNS = (
    T.c.id,
    T.c.nama,
    T.c.nik,
    T.c.tanggal_lahir,
    T.c.jenis_kelamin,
    T.c.desa_kode,
    T.c.kategori,
    T.c.jabatan,
    T.c.pekerjaan,
    T.c.status,
    T.c.nonaktif_alasan,
    T.c.kpj,
    T.c.program_jkk,
    T.c.program_jkm,
    T.c.program_jht,
    T.c.no_hp,
)


@dataclass(frozen=True)
class ListRow:
    id: str
    nama: str
    nik: str
    tanggal_lahir: date
    jenis_kelamin: str
    desa_kode: str
    kategori: str
    jabatan: str
    pekerjaan: str
    status: str
    nonaktif_alasan: str | None
    kpj: str | None
    program_jkk: bool
    program_jkm: bool
    program_jht: bool
    no_hp: str

    @property
    def programs(self) -> str:
        names = [("JKK", self.program_jkk), ("JKM", self.program_jkm), ("JHT", self.program_jht)]
        return ", ".join(n for n, on in names if on)


@dataclass(frozen=True)
class PesertaFilter:
    search: str = ""
    kecamatan: str = ""  # Kemendagri kecamatan code
    desa: str = ""  # Kemendagri desa code
    kategori: str = ""
    status: str = ""
    program: str = ""  # "jkk" | "jkm" | "jht"


_TOKEN = re.compile(r"[0-9A-Za-z\u00C0-\u024F]+(?:['\u2019][0-9A-Za-z\u00C0-\u024F]+)*")


def _tokens(search: str) -> list[str]:
    """Words of the search; "Ma'ruf" stays one word (FTS reads it as the phrase "ma ruf")."""
    # Digits typed with dots or spaces (a NIK copied from a Dukcapil export) form one token.
    cleaned = re.sub(r"(?<=\d)[.\s-]+(?=\d)", "", search)
    return _TOKEN.findall(cleaned)


def fts_query(search: str) -> str | None:
    """An FTS5 query for what the user typed: every word must match a prefix.

    Tokens are quoted, so nothing the user types can break the query syntax.
    """
    parts = []
    for tok in _tokens(search):
        column = "{nik kpj}" if tok.isdigit() else "nama"
        parts.append(f'{column} : "{tok}"*')
    return " AND ".join(parts) if parts else None


def _conditions(db: Database, f: PesertaFilter) -> list[ColumnElement[bool]]:
    conds: list[ColumnElement[bool]] = [T.c.deleted_at.is_(None)]
    if f.desa:
        conds.append(T.c.desa_kode == f.desa)
    elif f.kecamatan:
        conds.append(and_(T.c.desa_kode > f.kecamatan + ".", T.c.desa_kode < f.kecamatan + "/"))
    if f.kategori:
        conds.append(T.c.kategori == f.kategori)
    if f.status:
        conds.append(T.c.status == f.status)
    if f.program in ("jkk", "jkm", "jht"):
        conds.append(T.c["program_" + f.program].is_(True))
    if f.search.strip():
        if db.is_sqlite:
            q = fts_query(f.search)
            if q is None:
                conds.append(text("0"))
            else:
                conds.append(
                    T.c.seq.in_(
                        select(text("rowid"))
                        .select_from(text("peserta_fts"))
                        .where(text("peserta_fts MATCH :fts").bindparams(fts=q))
                    )
                )
        else:
            for tok in _tokens(f.search):
                if tok.isdigit():
                    conds.append(or_(T.c.nik.like(tok + "%"), T.c.kpj.like(tok + "%")))
                else:
                    conds.append(T.c.nama.ilike(f"%{tok}%"))
    return conds


def count(db: Database, f: PesertaFilter) -> int:
    stmt = select(func.count()).select_from(T).where(*_conditions(db, f))
    with db.engine.connect() as conn:
        return int(conn.execute(stmt).scalar_one())


def page_query(
    db: Database, f: PesertaFilter, sort: str, descending: bool, offset: int, limit: int
) -> Select[Any]:
    col = SORT_COLUMNS.get(sort, T.c.nama)
    order = [col.desc(), T.c.seq.desc()] if descending else [col.asc(), T.c.seq.asc()]
    if sort == "nik":
        order = order[:1]
    return (
        select(*ROW_COLUMNS).where(*_conditions(db, f)).order_by(*order).limit(limit).offset(offset)
    )


def fetch_page(
    db: Database,
    f: PesertaFilter,
    sort: str = "nama",
    descending: bool = False,
    offset: int = 0,
    limit: int = 200,
) -> list[ListRow]:
    stmt = page_query(db, f, sort, descending, offset, limit)
    with db.engine.connect() as conn:
        return [ListRow(*row) for row in conn.execute(stmt)]


def desa_counts(db: Database) -> dict[str, int]:
    """Live participants per desa code, for the filter drop-downs."""
    stmt = (
        select(T.c.desa_kode, func.count()).where(T.c.deleted_at.is_(None)).group_by(T.c.desa_kode)
    )
    with db.engine.connect() as conn:
        return {k: int(n) for k, n in conn.execute(stmt)}
