"""Travelling rows as the central file carries them, and the rules that apply incoming ones.

Rows travel as lists of column values in SQLite's own text forms (dates ``YYYY-MM-DD``,
datetimes ``YYYY-MM-DD HH:MM:SS.ffffff``, booleans 0/1), with the column names beside them, so
that reading and writing 100,000 rows never converts a value. ``peserta.seq`` (the local
search key) never travels.

Offices and heirs: the winner between two versions of a record is the higher (version, content
hash). Participants merge field by field: every column carries the change version at which it
last changed (``versi_kolom``), and per group of columns the higher (version, value) wins. Both
rules give the same answer at every office, whatever the order in which the versions arrive,
which is what makes every office converge; and a change made at one office to one field is never
undone by a change made elsewhere to another field.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import Date, DateTime
from sqlalchemy.orm import Session

from jamsostek_desk.domain.peserta import PESERTA_FIELDS
from jamsostek_desk.services import audit
from jamsostek_desk.services.common.batching import in_chunks
from jamsostek_desk.services.context import AppContext
from jamsostek_desk.store.models import AhliWaris, Kantor, Peserta, utcnow
from jamsostek_desk.store.models_rekap import Anggaran, FormasiAparat, Target
from jamsostek_desk.store.settings import next_seq, stamp
from jamsostek_desk.store.sync_models import SyncKonflik, SyncTertahan

PT, AT, KT = Peserta.__table__, AhliWaris.__table__, Kantor.__table__


def _travelling(table: Any) -> tuple[str, ...]:
    """The columns that travel, ``id`` first (row[0] is always the record's id)."""
    return ("id", *(c.name for c in table.c if c.name not in ("id", "seq")))


P_COLS, A_COLS, K_COLS = _travelling(PT), _travelling(AT), _travelling(KT)
# Targets, budgets and aparat-desa posts (issue 13): set by kabupaten-level offices, a handful
# of rows; a body without them (written before they travelled) reads as having none.
REKAP_TABLES: dict[str, Any] = {
    "target": Target.__table__,
    "anggaran": Anggaran.__table__,
    "formasi_aparat": FormasiAparat.__table__,
}
REKAP_COLS = {t: _travelling(table) for t, table in REKAP_TABLES.items()}
COLUMNS = {"kantor": K_COLS, "peserta": P_COLS, "ahli_waris": A_COLS, **REKAP_COLS}
# Columns that say nothing about the person: ignored when deciding whether two copies differ.
_TECHNICAL = frozenset({"version", "updated_at", "versi_kolom"})
# Columns that an older file lacks, with the value they take when reading one (versi_kolom:
# before migration 0006; program_jp: before 0010).
OPTIONAL: dict[str, Any] = {"versi_kolom": None, "program_jp": 0}
# Columns renamed since (old name in an older file -> name now): migration 0010.
RENAMED = {"penghasilan": "upah"}
# Participant columns merged one group at a time (a group's columns always come from the same
# side, so that e.g. status and its nonaktif reason stay consistent); the other tracked columns
# are each their own group.
_GROUPS: tuple[tuple[str, ...], ...] = (
    ("status", "nonaktif_alasan", "nonaktif_tanggal", "nonaktif_keterangan"),
    ("kpj", "mulai_kepesertaan", "akhir_kepesertaan"),
    ("program_jkk", "program_jkm", "program_jht", "program_jp"),
)
Row = list[Any]
CHECK_EVERY = 2000  # rows between two looks at the cancel button while applying


def _pos(cols: tuple[str, ...]) -> dict[str, int]:
    return {c: i for i, c in enumerate(cols)}


PP, AP = _pos(P_COLS), _pos(A_COLS)
TRACKED = tuple(c for c in P_COLS if c not in ("id", "version", "updated_at", "versi_kolom"))
GROUPS: tuple[tuple[str, ...], ...] = (
    *_GROUPS,
    *((c,) for c in TRACKED if not any(c in g for g in _GROUPS)),
)
STATUS_GROUP, DELETED_GROUP = GROUPS[0], ("deleted_at",)


def _versions(raw: str | None) -> dict[str, Any]:
    """A row's ``versi_kolom`` as a dict, keys of renamed columns under their new names."""
    d: dict[str, Any] = json.loads(raw) if raw else {}
    for old, new in RENAMED.items():
        for a, b in ((old, new), (f"^{old}", f"^{new}")):
            if a in d:
                d.setdefault(b, d.pop(a))
    return d


def field_versions(row: Row) -> dict[str, int]:
    """Each tracked column's change version (see migration 0006)."""
    raw, version = row[PP["versi_kolom"]], int(row[PP["version"]])
    d = _versions(raw)
    base = int(d.get("_", version))
    out = {c: base if d.get(c) is None else int(d[c]) for c in TRACKED}
    return {c: version if v < 0 else v for c, v in out.items()}  # -1: changed, not stamped


def field_parents(row: Row) -> dict[str, int]:
    """Each tracked column's parent (migration 0007): the version the change was made on top
    of; a column without one (never changed here since, or a file of body format 1 or 2) is
    left out."""
    d = _versions(row[PP["versi_kolom"]])
    return {k[1:]: int(v) for k, v in d.items() if k.startswith("^") and k[1:] in TRACKED}


def encode_versions(fv: dict[str, int], parents: dict[str, int] | None = None) -> str:
    """Compact, canonical JSON: the most common version as the default."""
    counts: dict[int, int] = {}
    for v in fv.values():
        counts[v] = counts.get(v, 0) + 1
    base = max(counts, key=lambda v: (counts[v], v))
    out: dict[str, int] = {"_": base}
    out.update({c: v for c, v in sorted(fv.items()) if v != base})
    out.update({f"^{c}": v for c, v in sorted((parents or {}).items())})
    return json.dumps(out, separators=(",", ":"))


def _knew(
    g: tuple[str, ...], fv: dict[str, int], par: dict[str, int], other: dict[str, int]
) -> bool:
    """Whether the side with versions ``fv`` and parents ``par`` had the other side's state of
    group ``g`` (column versions ``other``): each column is the same version, or was changed
    directly on top of it."""
    return all(fv[c] == other[c] or par.get(c) == other[c] for c in g)


def _group_key(row: Row, fv: dict[str, int], g: tuple[str, ...]) -> tuple[int, str]:
    return max(fv[c] for c in g), json.dumps([row[PP[c]] for c in g])


@dataclass
class Merged:
    row: Row
    changed: bool  # differs from the local row
    same_as_incoming: bool  # every value is the incoming one (nothing here the file lacks)
    conflict: list[str]  # columns changed on both sides (or a deletion against edits)
    local_changed: list[str]  # columns changed here since the last sync with the file
    incoming_changed: list[str]
    restamp: bool  # a deletion or deactivation was kept against a newer edit: a new change


def merge_peserta(old: Row, new: Row, fresh: Callable[[], int]) -> Merged:
    """The three-way, field-by-field merge of an incoming participant into the local copy.

    Per group of columns the higher (change version, value) wins: the same answer at every
    office. Two different values of a group are concurrent changes when neither side had the
    other's version when it changed the group (judged by the parents, see ``_knew``): that is a
    conflict; in a conflict a deactivation or a deletion wins over the other side (and becomes
    a new change, so that it travels and wins everywhere), whatever the versions say. A change
    made knowing the other side's version is one-sided: it is kept, without a conflict."""
    fl, fr = field_versions(old), field_versions(new)
    pl, pr = field_parents(old), field_parents(new)
    row = list(old)
    fv = dict(fl)
    par = dict(pl)
    conflict: list[str] = []
    mine: list[str] = []
    theirs: list[str] = []
    restamp = False
    for g in GROUPS:
        kl, kr = _group_key(old, fl, g), _group_key(new, fr, g)
        if kl[1] == kr[1]:
            take = kr[0] > kl[0]
        else:
            here = not _knew(g, fr, pr, fl)  # a change here the other side did not have
            there = not _knew(g, fl, pl, fr)
            if g == DELETED_GROUP and None not in (old[PP[g[0]]], new[PP[g[0]]]):
                here = there = False  # deleted on both sides: only the moment differs
            if here:
                mine.extend(g)
            if there:
                theirs.extend(g)
            take = kr > kl
            if here and there:
                conflict.extend(g)
                keep = _protected(g, old, new)
                if keep is not None and (keep == "masuk") != take:
                    take, restamp = keep == "masuk", True
                    version = fresh()
                    for c in g:  # the kept side, as a new change made here, on top of
                        row[PP[c]] = (new if take else old)[PP[c]]  # the losing side
                        fv[c], par[c] = version, (fl if take else fr)[c]
                    continue
        if take:
            for c in g:
                row[PP[c]], fv[c] = new[PP[c]], fr[c]
                if c in pr:
                    par[c] = pr[c]
                else:
                    par.pop(c, None)
    deleted_here = "deleted_at" in mine and old[PP["deleted_at"]] is not None
    deleted_there = "deleted_at" in theirs and new[PP["deleted_at"]] is not None
    if deleted_here and any(c != "deleted_at" for c in theirs):
        conflict.extend(c for c in ("deleted_at", *theirs) if c not in conflict)
    if deleted_there and any(c != "deleted_at" for c in mine):
        conflict.extend(c for c in ("deleted_at", *mine) if c not in conflict)
    row[PP["version"]] = max(int(old[PP["version"]]), int(new[PP["version"]]), *fv.values())
    row[PP["updated_at"]] = max(str(old[PP["updated_at"]]), str(new[PP["updated_at"]]))
    row[PP["versi_kolom"]] = encode_versions(fv, par)
    vals = [c for c in P_COLS if c not in ("versi_kolom",)]
    return Merged(
        row=row,
        changed=any(row[PP[c]] != old[PP[c]] for c in vals) or fv != fl or par != pl,
        same_as_incoming=all(row[PP[c]] == new[PP[c]] for c in vals) and fv == fr and par == pr,
        conflict=[c for c in TRACKED if c in conflict],
        local_changed=mine,
        incoming_changed=theirs,
        restamp=restamp,
    )


def _protected(g: tuple[str, ...], old: Row, new: Row) -> str | None:
    """The side whose deactivation or deletion must win a conflict on group ``g``."""
    if g == STATUS_GROUP:
        here, there = (r[PP["status"]] == "nonaktif" for r in (old, new))
    elif g == DELETED_GROUP:
        here, there = (r[PP["deleted_at"]] is not None for r in (old, new))
    else:
        return None
    if here == there:
        return None
    return "lokal" if here else "masuk"


def content_hash(row: Row) -> str:
    return hashlib.sha1(json.dumps(row, separators=(",", ":")).encode()).hexdigest()


def wins(new: Row, old: Row, ver: int) -> bool:
    """Whether ``new`` replaces ``old``: the higher version, ties broken by content."""
    if new[ver] != old[ver]:
        return bool(new[ver] > old[ver])
    return content_hash(new) > content_hash(old)


def fetch(s: Session, table: str, cols: tuple[str, ...], where: str, params: Any) -> list[Row]:
    sql = f"SELECT {', '.join(cols)} FROM {table} WHERE {where}"
    return [list(r) for r in s.connection().exec_driver_sql(sql, params)]


def by_ids(s: Session, table: str, cols: tuple[str, ...], ids: list[str]) -> dict[str, Row]:
    return {r[0]: r for r in by_ids_of(s, table, cols, "id", ids)}


def by_ids_of(s: Session, table: str, cols: tuple[str, ...], col: str, ids: list[str]) -> list[Row]:
    """The rows whose column ``col`` is one of ``ids``."""
    out: list[Row] = []
    for chunk in in_chunks(ids):
        marks = ", ".join("?" * len(chunk))
        out.extend(fetch(s, table, cols, f"{col} IN ({marks})", tuple(chunk)))
    return out


def reorder(table: dict[str, Any], cols: tuple[str, ...]) -> list[Row]:
    """The file's rows in this installation's column order (unknown columns are dropped)."""
    theirs = _pos(tuple(RENAMED.get(c, c) for c in table["kolom"]))
    missing = [c for c in cols if c not in theirs and c not in OPTIONAL]
    if missing:
        raise ValueError(f"kolom hilang: {', '.join(missing)}")
    if any(c not in theirs for c in cols):  # an older file: the optional columns' defaults
        return [
            [r[theirs[c]] if c in theirs else OPTIONAL[c] for c in cols] for r in table["baris"]
        ]
    picks = [theirs[c] for c in cols]
    return [[r[i] for i in picks] for r in table["baris"]]


def to_python(table: Any, col: str, value: Any) -> Any:
    """A raw stored value as the ORM holds it (for audit display and conflict resolution)."""
    if value is None:
        return None
    kind = table.c[col].type
    if isinstance(kind, DateTime):
        return datetime.fromisoformat(value) if isinstance(value, str) else value
    if isinstance(kind, Date):
        return date.fromisoformat(value) if isinstance(value, str) else value
    if table.c[col].type.python_type is bool:
        return bool(value)
    return value


@dataclass
class Applied:
    kantor: int = 0
    peserta_baru: int = 0
    peserta_diubah: int = 0
    ahli_waris: int = 0
    konflik: int = 0
    duplikat: int = 0
    ditahan: int = 0
    received: set[tuple[str, int]] = field(default_factory=set)
    max_version: int = 0
    names: list[str] = field(default_factory=list)  # participants that came in (first 50)
    rekap: dict[str, int] = field(default_factory=lambda: dict.fromkeys(REKAP_TABLES, 0))


class Applier:
    """Applies the tables of incoming segments inside the sync's transaction."""

    def __init__(self, s: Session, ctx: AppContext, watermark: int) -> None:
        self.s, self.ctx, self.wm = s, ctx, watermark
        self.out = Applied()
        # Called every CHECK_EVERY rows: the engine's progress report, which raises Cancelled
        # once the user pressed Batal.
        self.check: Callable[[], None] = lambda: None
        self.audits: list[audit.Entry] = []
        self._now = utcnow()
        # (id of the changes dict, its JSON, the dict itself so that its id stays unique)
        self._last_changes: tuple[int, str, object] = (0, "", None)
        self._settled: list[tuple[str, set[str]]] = []

    def _close_settled(self) -> None:
        """An open conflict ends here when every one of its fields came in as a change made
        on top of this office's value (someone settled it elsewhere, or changed it again
        knowing both sides): the settlement travels like any change, and ends the same
        conflict at every office."""
        if not self._settled:
            return
        self.s.flush()
        ids = sorted({pid for pid, _ in self._settled})
        fields: dict[str, set[str]] = {}
        for pid, cols in self._settled:
            fields.setdefault(pid, set()).update(cols)
        for chunk in in_chunks(ids):
            for k in self.s.query(SyncKonflik).filter(
                SyncKonflik.jenis == "konflik",
                SyncKonflik.selesai.is_(None),
                SyncKonflik.entitas_id.in_(chunk),
            ):
                listed = set(json.loads(k.masuk).get("_konflik", []))
                if listed and listed <= fields[k.entitas_id]:
                    k.selesai = utcnow()
        self._settled = []

    # -- scope ---------------------------------------------------------------------------
    def in_scope(self, desa_kode: str) -> bool:
        """A village office pulls its own desa, a Dinas its kabupaten."""
        if self.ctx.kantor_jenis == "desa":
            return desa_kode == self.ctx.wilayah_kode
        return desa_kode.startswith(self.ctx.kabupaten_kode + ".")

    def _fresh(self) -> int:
        """A new local change version (for a deletion or deactivation kept in a conflict)."""
        return stamp(self.s)

    def _seen(self, row: Row, ver: int) -> None:
        self.out.max_version = max(self.out.max_version, int(row[ver]))

    # -- kantor --------------------------------------------------------------------------
    def kantor(self, rows: list[Row]) -> None:
        ver = K_COLS.index("version")
        local = by_ids(self.s, "kantor", K_COLS, [r[0] for r in rows])
        for r in rows:
            self._seen(r, ver)
            old = local.get(r[0])
            if old is not None and not wins(r, old, ver):
                continue
            if old is None:
                self.insert_rows("kantor", K_COLS, [r])
            else:
                self.update_rows("kantor", K_COLS, [r])
            self.out.received.add((r[0], int(r[ver])))
            self.out.kantor += 1

    # -- targets, budgets, aparat-desa posts ---------------------------------------------
    def rekap(self, table: str, rows: list[Row], kantor_nama: str) -> None:
        """Targets, budgets and posts (already checked: from an office entitled to set them):
        the higher (version, content hash) replaces the local copy. Dated history is rows, not
        versions of one row: a raise from a date is a new row, so both figures stay.

        Posts are one live row per desa: when two offices' rows for the same desa are both
        live (made before they knew of each other), the winner by the same rule stays and the
        other is stored as deleted, here only (no new change), so every office shows the same
        figure; at a desa office a row it made itself (before posts travelled) always gives
        way to the incoming one, which only an entitled office can have sent."""
        cols = REKAP_COLS[table]
        ver, dele = cols.index("version"), cols.index("deleted_at")
        local = by_ids(self.s, table, cols, [r[0] for r in rows])
        came: dict[str, tuple[object, object]] = {"sinkron": (None, f"diterima dari {kantor_nama}")}
        for r in rows:
            self._seen(r, ver)
            old = local.get(r[0])
            if old is not None and not wins(r, old, ver):
                continue
            r = list(r)
            if table == "formasi_aparat" and r[dele] is None:
                r = self._one_post_per_desa(r, cols)
            if old is None:
                self.insert_rows(table, cols, [r])
            else:
                self.update_rows(table, cols, [r])
            local[r[0]] = r
            self.out.received.add((r[0], int(r[ver])))
            self.out.rekap[table] += 1
            self.audits.append((table, r[0], "sinkron", audit.changes_text(came)))

    def _one_post_per_desa(self, r: Row, cols: tuple[str, ...]) -> Row:
        pos = _pos(cols)
        ver, desa = pos["version"], pos["desa_kode"]
        others = fetch(
            self.s,
            "formasi_aparat",
            cols,
            "desa_kode = ? AND deleted_at IS NULL AND id != ?",
            (r[desa], r[0]),
        )
        # a desa office's own posts row (made before they travelled) gives way to the Dinas's
        mine = self.ctx.kantor_jenis == "desa" and self.ctx.kantor_id
        for o in others:
            if o[pos["kantor_id"]] == mine or wins(r, o, ver):
                sql = "UPDATE formasi_aparat SET deleted_at = ? WHERE id = ?"
                self.s.connection().exec_driver_sql(sql, (r[pos["updated_at"]], o[0]))
            else:
                r[pos["deleted_at"]] = o[pos["updated_at"]]
                break
        return r

    # -- peserta -------------------------------------------------------------------------
    def peserta(self, rows: list[Row], kantor_nama: str) -> None:
        ver, nik, dele, desa = PP["version"], PP["nik"], PP["deleted_at"], PP["desa_kode"]
        local = by_ids(self.s, "peserta", P_COLS, [r[0] for r in rows])
        held = self._held([r[0] for r in rows])
        updates: list[tuple[Row, Row]] = []
        inserts: list[Row] = []
        merged_ok: set[str] = set()  # merged rows with nothing the file lacks
        for n, r in enumerate(rows):
            if n and n % CHECK_EVERY == 0:
                self.check()
            self._seen(r, ver)
            old = local.get(r[0])
            if old is not None:
                m = merge_peserta(old, r, self._fresh)
                if m.conflict:
                    self._conflict("konflik", old, r, kantor_nama, m)
                else:
                    settled = [c for c in m.incoming_changed if c not in m.local_changed]
                    if settled:
                        self._settled.append((r[0], set(settled)))
                if m.changed:
                    updates.append((m.row, old))
                    local[r[0]] = m.row  # a later segment merges into this result
                if m.same_as_incoming and not m.restamp:
                    merged_ok.add(r[0])
            elif r[0] in held:
                if int(r[ver]) > held[r[0]].version:
                    held[r[0]].version, held[r[0]].data = int(r[ver]), json.dumps(r)
            elif self.in_scope(r[desa]):
                inserts.append(r)
        # Which NIKs the incoming live rows need, and who holds them here now.
        wanted = [r for r, _ in updates if r[dele] is None] + [
            r for r in inserts if r[dele] is None
        ]
        owners = self._live_owners([r[nik] for r in wanted])
        for r, old in updates:  # rows leaving a NIK free it for the rows below
            leaves = old[dele] is None and (r[dele] is not None or r[nik] != old[nik])
            if leaves and owners.get(old[nik]) == old[0]:
                owners.pop(old[nik])
        ok_updates: list[tuple[Row, Row]] = []
        for r, old in updates:
            if r[dele] is None and owners.get(r[nik], r[0]) != r[0]:
                self._hold_duplicate(r, owners[r[nik]], kantor_nama)
                continue
            if r[dele] is None:
                owners[r[nik]] = r[0]
            ok_updates.append((r, old))
        ok_inserts: list[Row] = []
        for r in inserts:
            if r[dele] is None and owners.get(r[nik], r[0]) != r[0]:
                self._hold_duplicate(r, owners[r[nik]], kantor_nama)
                continue
            if r[dele] is None:
                owners[r[nik]] = r[0]
            ok_inserts.append(r)
        vk = PP["versi_kolom"]
        for r, old in ok_updates:
            if r[vk] == old[vk]:  # the same text would look like a local edit to the trigger
                r[vk] = f"{r[vk]} "
        self.update_rows("peserta", P_COLS, [r for r, _ in ok_updates])
        self._insert_peserta(ok_inserts)
        for r, old in ok_updates:
            if r[0] in merged_ok:
                self.out.received.add((r[0], int(r[ver])))
            changes = {
                c: (to_python(PT, c, old[PP[c]]), to_python(PT, c, r[PP[c]]))
                for c in PESERTA_FIELDS
                if old[PP[c]] != r[PP[c]]
            }
            if old[dele] != r[dele]:
                changes["dihapus"] = (old[dele] is not None, r[dele] is not None)
            self._audit(r[0], changes, kantor_nama)
        came: dict[str, tuple[object, object]] = {"sinkron": (None, f"diterima dari {kantor_nama}")}
        for r in ok_inserts:
            self.out.received.add((r[0], int(r[ver])))
            self._audit(r[0], came, kantor_nama)
        self._close_settled()
        self.out.peserta_diubah += len(ok_updates)
        self.out.peserta_baru += len(ok_inserts)
        for r in [*[r for r, _ in ok_updates], *ok_inserts]:
            if len(self.out.names) < 50:
                self.out.names.append(str(r[PP["nama"]]))

    def _live_owners(self, niks: list[str]) -> dict[str, str]:
        out: dict[str, str] = {}
        uniq = sorted(set(niks))
        for chunk in in_chunks(uniq):
            sql = (
                "SELECT nik, id FROM peserta WHERE deleted_at IS NULL AND nik IN "
                f"({', '.join('?' * len(chunk))})"
            )
            out.update(
                {n: pid for n, pid in self.s.connection().exec_driver_sql(sql, tuple(chunk))}
            )
        return out

    def _held(self, ids: list[str]) -> dict[str, SyncTertahan]:
        out: dict[str, SyncTertahan] = {}
        for chunk in in_chunks(ids):
            for t in self.s.query(SyncTertahan).filter(SyncTertahan.id.in_(chunk)):
                out[t.id] = t
        return out

    def _insert_peserta(self, rows: list[Row]) -> None:
        if not rows:
            return
        first = next_seq(self.s)
        bulk = len(rows) > 2000 and self.s.get_bind().dialect.name == "sqlite"
        conn = self.s.connection()
        if bulk:  # the search index is filled once, as the bulk import does (migration 0003)
            conn.exec_driver_sql("UPDATE fts_kendali SET massal = 1 WHERE id = 1")
        cols = (*P_COLS, "seq")
        self.insert_rows("peserta", cols, [[*r, first + i] for i, r in enumerate(rows)])
        if bulk:
            conn.exec_driver_sql(
                "INSERT INTO peserta_fts(rowid, nama, nik, kpj) SELECT seq, nama, nik, "
                "coalesce(kpj, '') FROM peserta WHERE seq >= ? AND deleted_at IS NULL",
                (first,),
            )
            conn.exec_driver_sql("UPDATE fts_kendali SET massal = 0 WHERE id = 1")

    def _hold_duplicate(self, r: Row, local_id: str, kantor_nama: str) -> None:
        """Same NIK registered at two offices: keep the incoming one aside as a pair to merge."""
        ver = PP["version"]
        t = self.s.get(SyncTertahan, r[0])
        if t is None:
            self.s.add(
                SyncTertahan(
                    id=r[0],
                    entitas="peserta",
                    peserta_id=r[0],
                    version=int(r[ver]),
                    data=json.dumps(r),
                )
            )
        elif int(r[ver]) > t.version:
            t.version, t.data = int(r[ver]), json.dumps(r)
        self.out.ditahan += 1
        other = by_ids(self.s, "peserta", P_COLS, [local_id]).get(local_id)
        open_pair = (
            self.s.query(SyncKonflik)
            .filter(
                SyncKonflik.jenis == "duplikat",
                SyncKonflik.lain_id == r[0],
                SyncKonflik.selesai.is_(None),
            )
            .first()
        )
        if open_pair is not None:
            open_pair.masuk = json.dumps(_fields(r))
            return
        if other is not None:
            self._conflict("duplikat", other, r, kantor_nama)

    def _conflict(
        self, jenis: str, local: Row, incoming: Row, kantor: str, m: Merged | None = None
    ) -> None:
        """A conflict entry (``m``: the field merge that found it) or a duplicate pair."""
        masuk = _fields(incoming)
        winner = "lokal"
        if m is not None:
            sides = {c: "lokal" if m.row[PP[c]] == local[PP[c]] else "masuk" for c in m.conflict}
            winner = "masuk" if "masuk" in sides.values() else "lokal"
            masuk |= {
                "_konflik": m.conflict,
                "_pemenang": sides,
                "_diubah_lokal": [c for c in m.local_changed if c in m.conflict],
                "_diubah_masuk": [c for c in m.incoming_changed if c in m.conflict],
            }
        if jenis == "konflik":  # the same record in conflict again: one entry, brought up to date
            self.s.flush()
            same = (
                self.s.query(SyncKonflik)
                .filter(
                    SyncKonflik.jenis == "konflik",
                    SyncKonflik.entitas_id == local[0],
                    SyncKonflik.selesai.is_(None),
                )
                .first()
            )
            if same is not None:
                before = json.loads(same.masuk)
                kept = [c for c in before.get("_konflik", []) if c not in masuk.get("_konflik", [])]
                if kept:  # fields still in conflict from the earlier entry stay listed
                    masuk["_konflik"] = [*masuk.get("_konflik", []), *kept]
                    masuk["_pemenang"] = {**before.get("_pemenang", {}), **masuk["_pemenang"]}
                same.masuk, same.pemenang = json.dumps(masuk), winner
                same.kantor_masuk, same.waktu = kantor, utcnow()
                return
        self.s.add(
            SyncKonflik(
                jenis=jenis,
                entitas_id=local[0],
                lain_id=incoming[0],
                nik=str(local[PP["nik"]]),
                nama=str(local[PP["nama"]]),
                kantor_masuk=kantor,
                lokal=json.dumps(_fields(local)),
                masuk=json.dumps(masuk),
                pemenang=winner,
            )
        )
        if jenis == "duplikat":
            self.out.duplikat += 1
        else:
            self.out.konflik += 1

    # -- ahli waris ----------------------------------------------------------------------
    def ahli_waris(self, rows: list[Row]) -> None:
        ver, pid = AP["version"], AP["peserta_id"]
        local = by_ids(self.s, "ahli_waris", A_COLS, [r[0] for r in rows])
        present = set(by_ids(self.s, "peserta", ("id",), sorted({r[pid] for r in rows})))
        held_people = {
            t.id for t in self.s.query(SyncTertahan).filter(SyncTertahan.entitas == "peserta")
        }
        updates, inserts = [], []
        for r in rows:
            self._seen(r, ver)
            old = local.get(r[0])
            if old is not None:
                if wins(r, old, ver) and r[pid] in present:
                    updates.append(r)
            elif r[pid] in present:
                inserts.append(r)
            elif r[pid] in held_people:
                self._hold_heir(r)
        self.update_rows("ahli_waris", A_COLS, updates)
        self.insert_rows("ahli_waris", A_COLS, inserts)
        for r in (*updates, *inserts):
            self.out.received.add((r[0], int(r[ver])))
        self.out.ahli_waris += len(updates) + len(inserts)

    def _hold_heir(self, r: Row) -> None:
        ver = AP["version"]
        t = self.s.get(SyncTertahan, r[0])
        if t is None:
            self.s.add(
                SyncTertahan(
                    id=r[0],
                    entitas="ahli_waris",
                    peserta_id=r[AP["peserta_id"]],
                    version=int(r[ver]),
                    data=json.dumps(r),
                )
            )
        elif int(r[ver]) > t.version:
            t.version, t.data = int(r[ver]), json.dumps(r)

    def retry_held(self) -> None:
        """Place held participants whose NIK is free again (the other one was merged away or
        deleted), or that arrived deleted, then their heirs."""
        self.s.flush()
        people = list(self.s.query(SyncTertahan).filter(SyncTertahan.entitas == "peserta"))
        if not people:
            return
        owners = self._live_owners([json.loads(t.data)[PP["nik"]] for t in people])
        placed: list[str] = []
        for t in people:
            r = json.loads(t.data)
            if r[PP["deleted_at"]] is None and r[PP["nik"]] in owners:
                continue
            if r[PP["deleted_at"]] is None:
                owners[r[PP["nik"]]] = r[0]
            if by_ids(self.s, "peserta", ("id",), [r[0]]):
                self.update_rows("peserta", P_COLS, [r])
            else:
                self._insert_peserta([r])
            self.out.received.add((r[0], int(r[PP["version"]])))
            self.s.delete(t)
            placed.append(r[0])
            for k in self.s.query(SyncKonflik).filter(
                SyncKonflik.lain_id == r[0], SyncKonflik.selesai.is_(None)
            ):
                k.selesai = utcnow()
        if placed:
            self.s.flush()
            heirs = [
                h
                for part in in_chunks(placed)
                for h in self.s.query(SyncTertahan).filter(
                    SyncTertahan.entitas == "ahli_waris", SyncTertahan.peserta_id.in_(part)
                )
            ]
            for h in heirs:
                self.s.delete(h)
            self.s.flush()
            self.ahli_waris([json.loads(h.data) for h in heirs])

    # -- writing -------------------------------------------------------------------------
    def insert_rows(self, table: str, cols: Iterable[str], rows: list[Row]) -> None:
        if not rows:
            return
        names = list(cols)
        sql = f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
        for i in range(0, len(rows), CHECK_EVERY):
            if i:
                self.check()
            chunk = rows[i : i + CHECK_EVERY]
            self.s.connection().exec_driver_sql(sql, [tuple(r) for r in chunk])

    def update_rows(self, table: str, cols: tuple[str, ...], rows: list[Row]) -> None:
        if not rows:
            return
        sets = ", ".join(f"{c} = ?" for c in cols[1:])
        sql = f"UPDATE {table} SET {sets} WHERE id = ?"
        for i in range(0, len(rows), CHECK_EVERY):
            if i:
                self.check()
            chunk = rows[i : i + CHECK_EVERY]
            self.s.connection().exec_driver_sql(sql, [(*r[1:], r[0]) for r in chunk])

    def _audit(self, pid: str, changes: dict[str, tuple[object, object]], kantor: str) -> None:
        key = id(changes)
        if key != self._last_changes[0]:  # 100,000 new rows share one text
            text = audit.changes_text(changes)
            self._last_changes = (key, text, changes)
        self.audits.append(("peserta", pid, "sinkron", self._last_changes[1]))

    def flush_audits(self) -> None:
        audit.record_many(self.s, self.ctx, self.audits, now=self._now, check=self.check)
        self.audits = []


def _fields(row: Row) -> dict[str, Any]:
    return {f: row[PP[f]] for f in PESERTA_FIELDS} | {"deleted_at": row[PP["deleted_at"]]}
