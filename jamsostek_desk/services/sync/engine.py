"""One sync with a central file: pull the others' changes in scope, push ours, in one go.

Order of work, chosen so that a crash at any moment loses nothing:
1. read and verify the whole central file (refused: nothing changes);
2. in one database transaction: apply the segments not seen yet, then collect this office's
   changes since the last sync with this file (an index range on ``version``: O(changes));
3. write the new central file (temporary file, fsync, verify, rename);
4. commit the transaction.
A crash between 3 and 4 leaves a file that already holds our segment while the database does not
know it: the next sync sends the same versions again and applies the same segments again, which
changes nothing (a version that is not newer never replaces anything).
"""

from __future__ import annotations

import functools
import json
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from jamsostek_desk.domain.clock import observe
from jamsostek_desk.domain.errors import UserError
from jamsostek_desk.services import audit
from jamsostek_desk.services.access import require_writer
from jamsostek_desk.services.common.progress import Progress, no_progress
from jamsostek_desk.services.context import AppContext
from jamsostek_desk.services.sync import container, keys
from jamsostek_desk.services.sync.checks import Gate, Sender
from jamsostek_desk.services.sync.container import SyncFile, SyncFileError
from jamsostek_desk.services.sync.records import (
    A_COLS,
    COLUMNS,
    K_COLS,
    P_COLS,
    PP,
    REKAP_COLS,
    Applied,
    Applier,
    by_ids_of,
    fetch,
    field_versions,
    reorder,
)
from jamsostek_desk.services.sync.trust import Trust, seal, verify_body
from jamsostek_desk.store.models import utcnow
from jamsostek_desk.store.settings import CLOCK, get_setting, hold_write_lock, set_setting
from jamsostek_desk.store.sync_models import SyncBerkas, SyncDitolak, SyncKonflik, SyncSegmen

BODY_FORMAT = 3  # 3: versi_kolom carries parents; 2: per-column versions; 1 and 2 still read
# + file id: set once this installation has sent and taken targets, budgets and posts through
# that file (they travel since issue 13; see _rekap_catch_up)
REKAP_DONE = "sync_rekap:"


@dataclass
class SyncResult:
    path: str
    berkas_id: str
    berkas_baru: bool
    keluar: dict[str, int] = field(default_factory=dict)
    masuk: dict[str, int] = field(default_factory=dict)
    konflik_baru: int = 0
    duplikat_baru: int = 0
    menunggu: int = 0  # conflicts and duplicate pairs (old and new) waiting for a user
    ditolak_baru: int = 0  # incoming records set aside by this sync (see checks.py)
    kantor_menunggu: list[str] = field(default_factory=list)  # offices awaiting approval
    nama_masuk: list[str] = field(default_factory=list)
    # targets, budgets and posts sent and taken: {"keluar": {table: n}, "masuk": {table: n}}
    target: dict[str, dict[str, int]] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        return {
            "berkas": self.path,
            "berkas_id": self.berkas_id,
            "berkas_baru": self.berkas_baru,
            "keluar": self.keluar,
            "masuk": self.masuk,
            "konflik_baru": self.konflik_baru,
            "duplikat_baru": self.duplikat_baru,
            "menunggu": self.menunggu,
            "ditolak_baru": self.ditolak_baru,
            "kantor_menunggu": self.kantor_menunggu,
            "target": self.target,
        }


def open_items(s: Session) -> int:
    return int(s.execute(select(func.count()).where(SyncKonflik.selesai.is_(None))).scalar_one())


def sync(
    ctx: AppContext, path: Path, passphrase: str, progress: Progress = no_progress
) -> SyncResult:
    """Sync this installation with the central file at ``path`` (created when missing)."""
    require_writer(ctx, "sinkronisasi")
    path = Path(path)
    if path.exists() and path.is_dir():
        raise UserError(f"{path} adalah folder. Pilih atau beri nama berkas {container.EXTENSION}.")
    if not path.exists() and not path.parent.is_dir():
        raise UserError(f"Folder {path.parent} tidak ditemukan (flash disk belum terpasang?).")
    progress(0, 0, "Membuka berkas sinkronisasi…")
    with container.FileLock(path, f"{ctx.kantor_nama} ({ctx.operator_nama})"):
        container.remove_leftovers(path)
        if path.exists():
            sf, created = container.read_file(path, passphrase), False
        else:
            sf, created = container.new_file(path, passphrase), True
        with ctx.db.session() as s:
            result = _sync(ctx, s, sf, created, progress)
            audit.record(
                s,
                ctx,
                audit.EXPORT,
                ctx.kantor_id,
                "ekspor_sinkron",
                {
                    "jumlah": (None, result.keluar.get("peserta", 0)),
                    "berkas": (None, path.name),
                    "diterima": (None, result.masuk.get("peserta_baru", 0)),
                },
            )
            return result


def _sync(
    ctx: AppContext, s: Session, sf: SyncFile, created: bool, progress: Progress
) -> SyncResult:
    hold_write_lock(s)  # before anything is read: no local change can slip in between
    berkas = s.get(SyncBerkas, sf.file_id)
    if berkas is None:
        berkas = SyncBerkas(id=sf.file_id, batas_kirim=0, jumlah=0, ringkasan="")
        s.add(berkas)
    berkas.path = str(sf.path)
    berkas.terakhir = utcnow()
    s.flush()
    applied = set(
        s.execute(select(SyncSegmen.segmen_id).where(SyncSegmen.berkas_id == sf.file_id))
        .scalars()
        .all()
    )
    todo = [g for g in sf.segments if g.id not in applied and author(g) != ctx.kantor_id]
    key = keys.ensure_self(s, ctx)
    trust = Trust(s, ctx, sf)
    applier = Applier(s, ctx, berkas.batas_kirim)
    since = _held_by_file(ctx, sf, applied, berkas.batas_kirim)
    ditolak = 0
    for n, seg in enumerate(todo):
        nama = str(seg.meta.get("kantor_nama", "kantor lain"))[:200]
        message = f"Menerima perubahan dari {nama}…"
        progress(n, len(todo), message)
        verdict = trust.judge(seg)
        if verdict.wait:
            continue  # not applied and not marked: applied once the office is approved
        if verdict.sender is None:
            gate = Gate(s, ctx, Sender(seg.kantor_id[:36], nama, "", ""), sf.file_id, seg.id)
            gate.reject("segmen", [seg.id], f"Seluruh kiriman dari {nama}", verdict.why)
            ditolak += 1
            s.add(SyncSegmen(berkas_id=sf.file_id, segmen_id=seg.id))
            continue
        nama = verdict.sender.nama
        applier.check = functools.partial(progress, n, len(todo), message)
        gate = Gate(s, ctx, verdict.sender, sf.file_id, seg.id)
        if verdict.roster_why:  # a roster from an office that may not sign one: not taken
            what = f"Daftar kantor dari {nama}"
            gate.reject("daftar_kantor", [seg.kantor_id], what, verdict.roster_why)
        _apply_segment(sf, seg, applier, nama, gate)
        ditolak += gate.rejected
        s.add(SyncSegmen(berkas_id=sf.file_id, segmen_id=seg.id))
    caught_up = get_setting(s, REKAP_DONE + sf.file_id) == "1"
    if not caught_up:
        ditolak += _rekap_catch_up(ctx, sf, trust, applier, applied)
    applier.retry_held()
    applier.flush_audits()
    got = applier.out
    if got.max_version:
        last = int(get_setting(s, CLOCK, "0") or 0)
        set_setting(s, CLOCK, str(observe(last, got.max_version, int(time.time() * 1000))))
    progress(len(todo), max(len(todo), 1), "Mengumpulkan perubahan kantor ini…")
    clock = int(get_setting(s, CLOCK, "0") or 0)
    out = _outgoing(s, since, got)
    root = trust.root is not None and trust.root.kantor_id == ctx.kantor_id
    out.update(_outgoing_rekap(s, ctx, since if caught_up else 0, got, root))
    sent = {k: len(v) for k, v in out.items()}
    sent["kantor"] = sent["kantor_berubah"]
    extra = trust.to_send(key)  # roster (root), key and invitation: signed, in the meta
    publish = bool(extra.get("roster")) and trust.roster_changed(extra)
    changes = bool(
        sent["peserta"]
        or sent["ahli_waris"]
        or sent["kantor_berubah"]
        or any(sent[t] for t in REKAP_COLS)
        or publish
    )
    if changes or created or sf.upgrade:
        progress(0, 0, "Menulis berkas sinkronisasi…")
        records: list[bytes] = []
        if changes:
            segmen_id = str(uuid.uuid4())
            meta = {
                "segmen": segmen_id,
                "kantor_id": ctx.kantor_id,
                "kantor_nama": ctx.kantor_nama,
                "kantor_jenis": ctx.kantor_jenis,
                "wilayah": ctx.wilayah_kode,
                "waktu": utcnow().isoformat(timespec="seconds") + "Z",
                "jumlah": {k: sent[k] for k in ("kantor", "peserta", "ahli_waris", *REKAP_COLS)},
                # this office's changes with versions in (dari, sampai] are all in the file
                # once this segment is (see _held_by_file)
                "dari": since,
                "sampai": clock,
                **extra,
            }
            body = {
                "format": BODY_FORMAT,
                "tabel": {
                    t: {"kolom": list(COLUMNS[t]), "baris": out[t]}
                    for t in ("kantor", "peserta", "ahli_waris", *REKAP_COLS)
                },
            }
            records.extend(
                container.encode_segment(sf, sf.records, meta, body, functools.partial(seal, key))
            )
            trust.roster_sent(extra)
            s.add(SyncSegmen(berkas_id=sf.file_id, segmen_id=segmen_id))
        container.write(sf, records)  # renamed into place; the commit follows
    set_setting(s, REKAP_DONE + sf.file_id, "1")
    berkas.batas_kirim = int(get_setting(s, CLOCK, "0") or 0)
    berkas.jumlah += 1
    result = SyncResult(
        path=str(sf.path),
        berkas_id=sf.file_id,
        berkas_baru=created,
        keluar={k: sent[k] if changes else 0 for k in ("kantor", "peserta", "ahli_waris")},
        masuk={
            "segmen": len(todo),
            "kantor": got.kantor,
            "peserta_baru": got.peserta_baru,
            "peserta_diubah": got.peserta_diubah,
            "ahli_waris": got.ahli_waris,
            "ditahan": got.ditahan,
        },
        target={
            "keluar": {t: sent[t] if changes else 0 for t in REKAP_COLS},
            "masuk": dict(got.rekap),
        },
        konflik_baru=got.konflik,
        duplikat_baru=got.duplikat,
        ditolak_baru=ditolak,
        kantor_menunggu=trust.waiting,
        nama_masuk=got.names,
    )
    s.flush()
    result.menunggu = open_items(s)
    berkas.ringkasan = json.dumps(
        {**result.as_json(), "nama_masuk": result.nama_masuk}, ensure_ascii=False
    )
    return result


def _apply_segment(
    sf: SyncFile, seg: container.Segment, applier: Applier, nama: str, gate: Gate
) -> None:
    """Apply one segment's records that pass the checks (see checks.py); the others are set
    aside. A segment that cannot be read or applied at all is set aside whole: the rest of
    the file still goes in, and the next sync of the same file works."""
    body = sf.body(seg)
    if int(body.get("format", 0)) > BODY_FORMAT:
        raise SyncFileError(
            f"Berkas sinkronisasi {sf.path.name} ditolak: bagian dari {nama} dibuat oleh versi "
            "aplikasi yang lebih baru. Perbarui Jamsostek Desk dulu. Tidak ada yang diubah."
        )
    if not verify_body(sf, seg):
        gate.reject(
            "segmen",
            [seg.id],
            f"Seluruh kiriman dari {nama}",
            "isinya tidak cocok dengan tanda tangan kantor pengirim",
        )
        return
    s = applier.s
    audits = len(applier.audits)
    point = s.begin_nested()
    try:
        tables = body["tabel"]
        kantor = gate.kantor(_rows(tables["kantor"], K_COLS, gate, "kantor"))
        applier.kantor(kantor)
        people = gate.peserta(_rows(tables["peserta"], P_COLS, gate, "peserta"))
        applier.peserta(people, nama)
        applier.ahli_waris(
            gate.ahli_waris(_rows(tables["ahli_waris"], A_COLS, gate, "ahli_waris"), people)
        )
        _apply_rekap(tables, applier, nama, gate)
        point.commit()
    except (KeyError, TypeError, ValueError, IndexError, AttributeError, IntegrityError) as e:
        point.rollback()
        del applier.audits[audits:]
        gate.reject(
            "segmen",
            [seg.id],
            f"Seluruh kiriman dari {nama}",
            f"tidak bisa dibaca ({str(e)[:200]})",
        )


def _apply_rekap(tables: dict[str, Any], applier: Applier, nama: str, gate: Gate) -> None:
    """Targets, budgets and posts of a segment; a body written before they travelled has none."""
    for t, cols in REKAP_COLS.items():
        if t in tables:
            applier.rekap(t, gate.rekap(t, _rows(tables[t], cols, gate, t)), nama)


def _rekap_catch_up(
    ctx: AppContext, sf: SyncFile, trust: Trust, applier: Applier, applied: set[str]
) -> int:
    """The first sync of this version with a file: the targets, budgets and posts of the
    segments applied earlier by a version that did not take them (it read past those tables)
    are taken now, once; taking again what is here already changes nothing. Returns how many
    records were set aside."""
    rejected = 0
    for seg in sf.segments:
        if seg.id not in applied or author(seg) == ctx.kantor_id:
            continue
        verdict = trust.judge(seg)
        if verdict.sender is None or not verify_body(sf, seg):
            continue
        tables = sf.body(seg).get("tabel", {})
        if not isinstance(tables, dict) or not any(t in tables for t in REKAP_COLS):
            continue
        gate = Gate(applier.s, ctx, verdict.sender, sf.file_id, seg.id)
        point = applier.s.begin_nested()
        try:
            _apply_rekap(tables, applier, verdict.sender.nama, gate)
            point.commit()
        except (KeyError, TypeError, ValueError, IndexError, AttributeError, IntegrityError):
            point.rollback()
        rejected += gate.rejected
    return rejected


def _rows(table: Any, cols: tuple[str, ...], gate: Gate, entitas: str) -> list[list[Any]]:
    """The file's rows in this installation's column order; a malformed row is set aside."""
    kolom = table["kolom"]
    if not isinstance(kolom, list) or not isinstance(table["baris"], list):
        raise ValueError("tabel rusak")
    good = [r for r in table["baris"] if isinstance(r, list) and len(r) == len(kolom)]
    for r in table["baris"]:
        if not (isinstance(r, list) and len(r) == len(kolom)):
            first = r[0] if isinstance(r, list) and r and isinstance(r[0], str) else ""
            gate.reject(entitas, [first], f"Satu baris {entitas}", "susunan baris rusak")
    return reorder({"kolom": kolom, "baris": good}, cols)


def author(seg: container.Segment) -> str:
    """The office whose changes a segment holds (a compacted snapshot: the office it was
    written for)."""
    return str(seg.meta.get("atas_nama", seg.kantor_id))


def _held_by_file(ctx: AppContext, sf: SyncFile, applied: set[str], watermark: int) -> int:
    """The change version up to which the file holds every change of this office.

    Normally the watermark remembered for this file id. But the file may be an older copy (a
    second flash disk, a backup) or a copy that went another way: when a segment this
    installation applied or wrote is missing from it, the answer is worked out from this
    office's own segments that the file does hold: each covers the versions (dari, sampai], and
    the file holds everything up to the end of the unbroken run of them that starts at 0."""
    if applied <= {g.id for g in sf.segments}:
        return watermark
    spans = sorted(
        (int(g.meta["dari"]), int(g.meta["sampai"]))
        for g in sf.segments
        if author(g) == ctx.kantor_id and "dari" in g.meta and "sampai" in g.meta
    )
    covered = 0
    for start, end in spans:
        if start > covered:
            break
        covered = max(covered, end)
    return min(covered, watermark)


def _outgoing(s: Session, watermark: int, got: Applied) -> dict[str, list[list[Any]]]:
    """This office's changes since the last sync with the file (not what just came in)."""
    out: dict[str, list[list[Any]]] = {}
    for table, cols in (("peserta", P_COLS), ("ahli_waris", A_COLS)):
        ver = cols.index("version")
        rows = fetch(s, table, cols, "version > ?", (watermark,))
        out[table] = [r for r in rows if (r[0], int(r[ver])) not in got.received]
    out["ahli_waris"].extend(_heirs_of_moved(s, out["peserta"], out["ahli_waris"], watermark))
    kantor = fetch(s, "kantor", K_COLS, "1 = 1", ())
    out["kantor"] = kantor  # all offices (a handful): every segment names whom it refers to
    kv = K_COLS.index("version")
    out["kantor_berubah"] = [
        r for r in kantor if int(r[kv]) > watermark and (r[0], int(r[kv])) not in got.received
    ]
    return out


def _outgoing_rekap(
    s: Session, ctx: AppContext, watermark: int, got: Applied, root: bool
) -> dict[str, list[list[Any]]]:
    """This office's targets, budgets and posts changed since the watermark. Only the root may
    change rows another office made, so any other office sends only its own rows."""
    out: dict[str, list[list[Any]]] = {}
    for table, cols in REKAP_COLS.items():
        ver = cols.index("version")
        if root:
            rows = fetch(s, table, cols, "version > ?", (watermark,))
        else:
            where = "version > ? AND kantor_id = ?"
            rows = fetch(s, table, cols, where, (watermark, ctx.kantor_id))
        out[table] = [r for r in rows if (r[0], int(r[ver])) not in got.received]
    return out


def _heirs_of_moved(
    s: Session, people: list[list[Any]], heirs: list[list[Any]], watermark: int
) -> list[list[Any]]:
    """Every heir of the participants whose desa changed since the watermark, unchanged ones
    too: an office that had them out of its area skipped their heirs until now."""
    if not watermark:
        return []  # everything goes anyway
    desa = PP["desa_kode"]
    moved = [r[0] for r in people if field_versions(r)["desa_kode"] > watermark and r[desa]]
    if not moved:
        return []
    have = {h[0] for h in heirs}
    pid = A_COLS.index("peserta_id")
    extra = by_ids_of(s, "ahli_waris", A_COLS, "peserta_id", moved)
    return [h for h in extra if h[0] not in have and h[pid] in set(moved)]


def pending_counts(ctx: AppContext) -> dict[str, int]:
    """Changes waiting to go out, counted against the central file synced most recently."""
    with ctx.db.session() as s:
        last = s.execute(select(SyncBerkas).order_by(SyncBerkas.terakhir.desc())).scalars().first()
        wm = last.batas_kirim if last is not None else 0
        out = {}
        for table in ("peserta", "ahli_waris"):
            sql = f"SELECT count(*) FROM {table} WHERE version > ?"
            out[table] = int(s.connection().exec_driver_sql(sql, (wm,)).scalar_one())
        return out


@dataclass(frozen=True)
class FileStatus:
    berkas_id: str
    path: str
    terakhir: Any
    jumlah: int
    ringkasan: dict[str, Any]


def file_statuses(ctx: AppContext) -> list[FileStatus]:
    """Every central file this installation has synced with, most recent first."""
    with ctx.db.session() as s:
        rows = s.execute(select(SyncBerkas).order_by(SyncBerkas.terakhir.desc())).scalars()
        return [
            FileStatus(
                b.id, b.path, b.terakhir, b.jumlah, json.loads(b.ringkasan) if b.ringkasan else {}
            )
            for b in rows
        ]


@dataclass(frozen=True)
class Rejected:
    id: str
    waktu: Any
    kantor: str
    apa: str
    alasan: str


def rejected_items(ctx: AppContext, limit: int = 500) -> list[Rejected]:
    """Records set aside by syncs ("Ditolak dari sinkronisasi"), newest first."""
    with ctx.db.session() as s:
        rows = s.execute(
            select(SyncDitolak).order_by(SyncDitolak.waktu.desc()).limit(limit)
        ).scalars()
        return [Rejected(r.id, r.waktu, r.kantor_nama, r.apa, r.alasan) for r in rows]
