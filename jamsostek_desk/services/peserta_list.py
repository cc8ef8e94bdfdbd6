"""The participant list as pages of a filtered, sorted query.

The list view never loads every row: it asks for the count once per filter and for pages of
rows as they scroll into view. Each sortable column has a partial index (see store.models) so
that a page at any offset is read from an index, not sorted from the whole table.

Search: number prefixes (NIK, KPJ) are index ranges. Name words go through SQLite FTS5 when
they match few rows; when they match many (one or two common letters), rows are found by
walking the sort index and testing each row, which stops as soon as a page is full. On other
databases name words are always tested row by row (LIKE).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    column,
    exc,
    func,
    literal,
    or_,
    select,
    table,
)

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
    T.c.program_jp,
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
    program_jp: bool

    @property
    def programs(self) -> str:
        names = [
            ("JKK", self.program_jkk),
            ("JKM", self.program_jkm),
            ("JHT", self.program_jht),
            ("JP", self.program_jp),
        ]
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

# A search whose name words match more rows than this is "broad": its rows are found by
# walking the sort index and testing each row, and its exact count is made separately (the
# window counts in the background). Narrow searches read the FTS index, then sort.
SEARCH_CAP = 20_000
# Above this many rows a page is read by walking the sort column's index (never sorting).
WALK_THRESHOLD = 20_000

SORT_INDEX = {
    "nama": "ix_peserta_live_nama",
    "nik": "uq_peserta_nik_live",
    "tanggal_lahir": "ix_peserta_live_lahir",
    "desa": "ix_peserta_live_desa",
    "kategori": "ix_peserta_live_kategori",
    "status": "ix_peserta_live_status",
    "kpj": "ix_peserta_live_kpj",
    "created_at": "ix_peserta_live_created",
}

FTS = table("peserta_fts", column("rowid"), column("peserta_fts"), column("nama"))


def _tokens(search: str) -> list[str]:
    """Words of the search; "Ma'ruf" stays one word (FTS reads it as the phrase "ma ruf")."""
    # Digits typed with dots or spaces (a NIK copied from a Dukcapil export) form one token.
    cleaned = re.sub(r"(?<=\d)[.\s-]+(?=\d)", "", search)
    return _TOKEN.findall(cleaned)


def _split(search: str) -> tuple[list[str], list[str]]:
    """(name words, number prefixes)."""
    toks = _tokens(search)
    return [t for t in toks if not t.isdigit()], [t for t in toks if t.isdigit()]


def fts_query(search: str) -> str | None:
    """An FTS5 query for the name words typed: every word must match a word prefix.

    Tokens are quoted, so nothing the user types can break the query syntax.
    """
    words, _ = _split(search)
    return " AND ".join(f'nama : "{w}"*' for w in words) if words else None


def _prefix(col: Any, digits: str) -> ColumnElement[bool]:
    """``col`` starts with ``digits``, as an index range (works on every database)."""
    upper = digits[:-1] + chr(ord(digits[-1]) + 1)
    return and_(col >= digits, col < upper)


def _word_prefix(db: Database, word: str) -> ColumnElement[bool]:
    """Row-by-row test that a word of ``nama`` starts with ``word``.

    Names are stored cleaned (words separated by single spaces), so this agrees with the FTS
    index except inside hyphenated or apostrophed words. SQLite's LIKE already ignores ASCII
    case, and a plain LIKE is several times cheaper per row than lower().
    """
    needle = "% " + word.replace("\u2019", "'")
    hay = literal(" ") + T.c.nama
    return hay.like(needle + "%") if db.is_sqlite else hay.ilike(needle + "%")


def _conditions(db: Database, f: PesertaFilter, scan: bool) -> list[ColumnElement[bool]]:
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
    words, numbers = _split(f.search)
    live = T.c.deleted_at.is_(None)
    for digits in numbers:
        if scan:
            conds.append(or_(_prefix(T.c.nik, digits), _prefix(T.c.kpj, digits)))
        else:
            # Repeating "live" inside each branch lets SQLite use both partial indexes
            # (MULTI-INDEX OR) instead of scanning the table.
            conds.append(
                or_(and_(live, _prefix(T.c.nik, digits)), and_(live, _prefix(T.c.kpj, digits)))
            )
    if words and (scan or not db.is_sqlite):
        conds.extend(_word_prefix(db, w) for w in words)
    elif f.search.strip() and not words and not numbers:
        conds.append(literal(False))  # only punctuation typed: nothing can match
    return conds


def _uses_fts(db: Database, f: PesertaFilter, scan: bool) -> bool:
    return db.is_sqlite and not scan and bool(_split(f.search)[0])


def filtered_source(
    db: Database, f: PesertaFilter, scan: bool
) -> tuple[Any, list[ColumnElement[bool]]]:
    """What to select from (the table, or its join with the search index) and the conditions
    of filter ``f``; ``scan`` for a job that reads every match (an export), not one page."""
    conds = _conditions(db, f, scan)
    if not _uses_fts(db, f, scan):
        return T, conds
    q = fts_query(f.search)
    assert q is not None
    return T.join(FTS, FTS.c.rowid == T.c.seq), [*conds, FTS.c.peserta_fts.match(q)]


def _fts_alone(db: Database, f: PesertaFilter, scan: bool) -> str | None:
    """The FTS query when the search is name words and nothing else narrows the list.

    The FTS index holds exactly the live participants and their names, so such a search can
    be counted, and ordered by name, inside the index without reading the participants'
    rows, which is what makes the first search after opening fast.
    """
    if not _uses_fts(db, f, scan) or _split(f.search)[1] or _narrowed(f):
        return None
    return fts_query(f.search)


def _narrowed(f: PesertaFilter) -> bool:
    """Any filter besides the search box."""
    return bool(f.kecamatan or f.desa or f.kategori or f.status or f.program)


@dataclass(frozen=True)
class Plan:
    """How to read a filter: its row count, and whether that count is exact yet."""

    count: int
    exact: bool
    scan: bool  # name words tested row by row instead of through the FTS index


def count(db: Database, f: PesertaFilter, scan: bool = False) -> int:
    """Exact number of live participants matching ``f``."""
    source, conds = filtered_source(db, f, scan)
    stmt = select(func.count()).select_from(source).where(*conds)
    with db.connect() as conn:
        return int(conn.execute(stmt).scalar_one())


class ExactCount:
    """The exact count of a broad search, made on another thread and stoppable.

    ``interrupt()`` (from any thread) ends a count that is no longer wanted because the user
    typed on; ``run()`` then returns None.
    """

    def __init__(self, db: Database, f: PesertaFilter) -> None:
        self.db, self.f = db, f
        self._raw: Any = None
        self._stopped = False

    def run(self) -> int | None:
        source, conds = filtered_source(self.db, self.f, scan=True)
        stmt = select(func.count()).select_from(source).where(*conds)
        with self.db.engine.connect() as conn:
            self._raw = conn.connection.dbapi_connection
            if self._stopped:
                return None
            try:
                return int(conn.execute(stmt).scalar_one())
            except exc.OperationalError:
                if self._stopped:
                    return None
                raise
            finally:
                self._raw = None

    def interrupt(self) -> None:
        self._stopped = True
        raw = self._raw
        if raw is not None and hasattr(raw, "interrupt"):
            raw.interrupt()


def plan(db: Database, f: PesertaFilter) -> Plan:
    """Decide how to read ``f`` within a keystroke's time.

    Without a search the count comes from indexes and is exact. With one, matches found
    through the indexes (FTS for name words, ranges for numbers) are counted up to
    SEARCH_CAP; beyond that the search is broad: its rows are tested one by one while
    walking the sort index, and its exact count is left to ``count(db, f, scan=True)``,
    which the caller runs off the UI thread.
    """
    words, numbers = _split(f.search)
    if not (words or numbers):
        return Plan(count(db, f), exact=True, scan=False)
    if not db.is_sqlite:
        return Plan(count(db, f, scan=True), exact=True, scan=True)
    if not words and len(numbers) == 1 and not _narrowed(f):
        # One number prefix: count each partial index on its own, reading index entries only
        # (stops at the cap); either side past the cap makes the search broad.
        live = T.c.deleted_at.is_(None)
        sides = []
        with db.connect() as conn:
            for col in (T.c.nik, T.c.kpj):
                inner = select(col).where(live, _prefix(col, numbers[0])).limit(SEARCH_CAP + 1)
                sides.append(
                    int(
                        conn.execute(
                            select(func.count()).select_from(inner.subquery())
                        ).scalar_one()
                    )
                )
        if max(sides) > SEARCH_CAP:
            return Plan(SEARCH_CAP + 1, exact=False, scan=True)
        return Plan(count(db, f), exact=True, scan=False)
    alone = _fts_alone(db, f, scan=False)
    if alone is not None:
        capped = select(literal(1)).select_from(FTS).where(FTS.c.peserta_fts.match(alone))
    else:
        source, conds = filtered_source(db, f, scan=False)
        capped = select(literal(1)).select_from(source).where(*conds)
    capped = capped.limit(SEARCH_CAP + 1)
    stmt = select(func.count()).select_from(capped.subquery())
    with db.connect() as conn:
        n = int(conn.execute(stmt).scalar_one())
    if n <= SEARCH_CAP:
        return Plan(n, exact=True, scan=False)
    return Plan(n, exact=False, scan=True)


def page_query(
    db: Database,
    f: PesertaFilter,
    sort: str,
    descending: bool,
    offset: int,
    limit: int,
    scan: bool = False,
    walk: bool = False,
) -> Select[Any]:
    """One page in sort order. ``walk``: read the sort column's index in order and test each
    row (right for filters that match many rows; the planner would otherwise sort them)."""
    alone = _fts_alone(db, f, scan)
    if alone is not None and sort == "nama":
        # Order inside the FTS index (its nama is the row's nama, its rowid the row's seq),
        # then read only this page's rows.
        n, r = FTS.c.nama, FTS.c.rowid
        inner = (
            select(r.label("r"), n.label("n"))
            .select_from(FTS)
            .where(FTS.c.peserta_fts.match(alone))
            .order_by(*([n.desc(), r.desc()] if descending else [n.asc(), r.asc()]))
            .limit(limit)
            .offset(offset)
            .subquery()
        )
        outer = [inner.c.n.desc(), inner.c.r.desc()] if descending else [inner.c.n, inner.c.r]
        return (
            select(*ROW_COLUMNS).select_from(T.join(inner, T.c.seq == inner.c.r)).order_by(*outer)
        )
    col = SORT_COLUMNS.get(sort, T.c.nama)
    order = [col.desc(), T.c.seq.desc()] if descending else [col.asc(), T.c.seq.asc()]
    if sort == "nik":
        order = order[:1]
    source, conds = filtered_source(db, f, scan)
    stmt = select(*ROW_COLUMNS).select_from(source).where(*conds)
    if walk and db.is_sqlite and not _uses_fts(db, f, scan):
        stmt = stmt.with_hint(T, f"INDEXED BY {SORT_INDEX.get(sort, 'ix_peserta_live_nama')}")
    return stmt.order_by(*order).limit(limit).offset(offset)


def fetch_page(
    db: Database,
    f: PesertaFilter,
    sort: str = "nama",
    descending: bool = False,
    offset: int = 0,
    limit: int = 200,
    scan: bool = False,
    walk: bool = False,
) -> list[ListRow]:
    stmt = page_query(db, f, sort, descending, offset, limit, scan, walk)
    with db.connect() as conn:
        return [ListRow(*row) for row in conn.execute(stmt)]
