"""Counters of participants kept by triggers, so that coverage figures over a million people
are sums over a few thousand rows instead of a scan of the participant table.

Three local tables (derived data: they never travel and can be rebuilt from ``peserta``):

- ``cakupan_sel``: live participants per desa, kategori, sumber dana, status, nonaktif reason,
  wage and programmes (coverage per area and the monthly bill);
- ``cakupan_periode``: per kategori, sumber dana, status, wage, programmes and the months their
  membership period starts and ends (the month trend and what the budget paid so far);
- ``cakupan_lahir``: per kategori, status, sex and birth month (the age bands).

Triggers on ``peserta`` add 1 for a new live row and move 1 between cells when a counted column
changes (a tombstone removes the row from its cells). A bulk insert pauses the insert trigger
(see store.bulk) and adds its rows with ``catch_up`` in the same transaction.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

# column of the counter table -> expression over a participant row (prefix {p})
SEL = {
    "desa_kode": "{p}.desa_kode",
    "kategori": "{p}.kategori",
    "sumber_dana": "{p}.sumber_dana",
    "status": "{p}.status",
    "alasan": "coalesce({p}.nonaktif_alasan, '')",
    "upah": "coalesce({p}.upah, -1)",
    "jkk": "{p}.program_jkk",
    "jkm": "{p}.program_jkm",
    "jht": "{p}.program_jht",
    "jp": "{p}.program_jp",
}
PERIODE = {
    "kategori": "{p}.kategori",
    "sumber_dana": "{p}.sumber_dana",
    "status": "{p}.status",
    "upah": "coalesce({p}.upah, -1)",
    "jkk": "{p}.program_jkk",
    "jkm": "{p}.program_jkm",
    "jht": "{p}.program_jht",
    "jp": "{p}.program_jp",
    "mulai": "coalesce(substr({p}.mulai_kepesertaan, 1, 7), '')",
    "selesai": "coalesce(substr(coalesce({p}.nonaktif_tanggal, {p}.akhir_kepesertaan), 1, 7), '')",
}
LAHIR = {
    "kategori": "{p}.kategori",
    "status": "{p}.status",
    "jenis_kelamin": "{p}.jenis_kelamin",
    "lahir": "substr({p}.tanggal_lahir, 1, 7)",
}
TABLES = {"cakupan_sel": SEL, "cakupan_periode": PERIODE, "cakupan_lahir": LAHIR}
# participant columns any counter depends on (the update trigger watches these)
WATCHED = (
    "deleted_at",
    "desa_kode",
    "kategori",
    "sumber_dana",
    "status",
    "nonaktif_alasan",
    "upah",
    "program_jkk",
    "program_jkm",
    "program_jht",
    "program_jp",
    "mulai_kepesertaan",
    "akhir_kepesertaan",
    "nonaktif_tanggal",
    "jenis_kelamin",
    "tanggal_lahir",
)
INSERT_TRIGGER = "peserta_cakupan_ai"
DELETE_TRIGGER = "peserta_cakupan_ad"


def _exprs(keys: dict[str, str], p: str) -> str:
    return ", ".join(e.format(p=p) for e in keys.values())


def _add(table: str, keys: dict[str, str], p: str, where: str) -> str:
    cols = ", ".join(keys)
    return (
        f"INSERT INTO {table} ({cols}, n) SELECT {_exprs(keys, p)}, 1 WHERE {where} "
        f"ON CONFLICT ({cols}) DO UPDATE SET n = n + 1;"
    )


def _remove(table: str, keys: dict[str, str], p: str, where: str) -> str:
    match = " AND ".join(f"{c} = {e.format(p=p)}" for c, e in keys.items())
    return f"UPDATE {table} SET n = n - 1 WHERE {match} AND {where};"


def create_sql() -> list[str]:
    """Tables and triggers (the migration that introduces them runs these)."""
    out = []
    for table, keys in TABLES.items():
        cols = ",\n    ".join(
            f"{c} {'INTEGER' if c in ('upah', 'jkk', 'jkm', 'jht', 'jp') else 'TEXT'} NOT NULL"
            for c in keys
        )
        out.append(
            f"CREATE TABLE {table} (\n    {cols},\n    n INTEGER NOT NULL,\n"
            f"    PRIMARY KEY ({', '.join(keys)})\n) WITHOUT ROWID"
        )
    adds = "\n".join(_add(t, k, "NEW", "1") for t, k in TABLES.items())
    out.append(
        f"CREATE TRIGGER {INSERT_TRIGGER} AFTER INSERT ON peserta WHEN NEW.deleted_at IS NULL "
        f"BEGIN\n{adds}\nEND"
    )
    removes = "\n".join(_remove(t, k, "OLD", "1") for t, k in TABLES.items())
    out.append(
        f"CREATE TRIGGER {DELETE_TRIGGER} AFTER DELETE ON peserta WHEN OLD.deleted_at IS NULL "
        f"BEGIN\n{removes}\nEND"
    )
    changed = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in WATCHED)
    moves = "\n".join(
        _remove(t, k, "OLD", "OLD.deleted_at IS NULL")
        + "\n"
        + _add(t, k, "NEW", "NEW.deleted_at IS NULL")
        for t, k in TABLES.items()
    )
    out.append(
        f"CREATE TRIGGER peserta_cakupan_au AFTER UPDATE OF {', '.join(WATCHED)} ON peserta "
        f"WHEN {changed}\nBEGIN\n{moves}\nEND"
    )
    return out


def fill_sql(where: str = "1") -> list[str]:
    """Statements adding the live participants matching ``where`` to the counters."""
    out = []
    for table, keys in TABLES.items():
        cols = ", ".join(keys)
        exprs = _exprs(keys, "peserta")
        out.append(
            f"INSERT INTO {table} ({cols}, n) SELECT {exprs}, count(*) FROM peserta "
            f"WHERE deleted_at IS NULL AND {where} GROUP BY {exprs} "
            f"ON CONFLICT ({cols}) DO UPDATE SET n = n + excluded.n"
        )
    return out


def catch_up(s: Session, first_seq: int) -> None:
    """Count the participants a bulk insert added (numbered from ``first_seq``)."""
    for statement in fill_sql("seq >= :first"):
        s.execute(text(statement), {"first": first_seq})
