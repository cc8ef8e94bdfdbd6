"""``sync --compact``: the central file rewritten as one snapshot segment per office.

Only the root (the Dinas PMD holding the roster) compacts. For each trusted office, the rows of
all its segments are reduced to the last one of each record (file order: an office's later row
holds its earlier changes), written as ONE segment signed by the root "on behalf of" that office
(``atas_nama``), with the span ``(0, sampai]`` of that office's changes the file held; receivers
apply it with that office's scope (trust.py), so compaction never widens what an office may
change. Segments of offices not approved yet are carried over unchanged (still signed by their
office). Segments that were refused (no signature, a wrong key or signature) are dropped: no
office applied them. The new file is written like every write (temporary file, verify, rename):
a crash leaves the old file or the new one. Every office applies the snapshots once (merging
what it already has changes nothing) and keeps sending only what the file lacks.
"""

from __future__ import annotations

import functools
import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jamsostek_desk.domain.errors import UserError
from jamsostek_desk.services.context import AppContext
from jamsostek_desk.services.sync import container, keys
from jamsostek_desk.services.sync.container import SyncFile
from jamsostek_desk.services.sync.engine import BODY_FORMAT, author
from jamsostek_desk.services.sync.records import COLUMNS
from jamsostek_desk.services.sync.trust import Trust, seal, verify_body
from jamsostek_desk.store.models import utcnow
from jamsostek_desk.store.sync_models import SyncBerkas, SyncSegmen

Progress = Callable[[int, int, str], None]


@dataclass
class CompactResult:
    path: str
    segmen_sebelum: int = 0
    segmen_sesudah: int = 0
    ukuran_sebelum: int = 0
    ukuran_sesudah: int = 0
    dibuang: list[str] = field(default_factory=list)  # offices whose refused segments went

    def as_json(self) -> dict[str, Any]:
        return dict(vars(self))


def compact(
    ctx: AppContext, path: Path, passphrase: str, progress: Progress | None = None
) -> CompactResult:
    path = Path(path)
    if not path.exists():
        raise UserError(f"Berkas sinkronisasi {path} tidak ditemukan.")
    with container.FileLock(path, f"{ctx.kantor_nama} ({ctx.operator_nama})"):
        container.remove_leftovers(path)
        sf = container.read_file(path, passphrase)
        before = path.stat().st_size
        with ctx.db.session() as s:
            key = keys.ensure_self(s, ctx)
            root = keys.root_of(s)
            if ctx.kantor_jenis != "dinas_pmd" or root is None or root.kantor_id != ctx.kantor_id:
                raise UserError(
                    "Hanya Dinas PMD yang memegang daftar kantor kabupaten ini yang dapat "
                    "memadatkan berkas pusat."
                )
            trust = Trust(s, ctx, sf)
            roster = keys.roster(s)
            out = SyncFile(path, sf.file_id, sf.key, sf.header, data=sf.header, records=0)
            records: list[bytes] = []
            result = CompactResult(str(path), len(sf.segments), 0, before)
            order: list[str] = []
            by_office: dict[str, list[container.Segment]] = {}
            for g in sf.segments:
                who = author(g)
                if who not in by_office:
                    order.append(who)
                by_office.setdefault(who, []).append(g)
            new_ids: list[str] = []
            for n, who in enumerate(order):
                if progress is not None:
                    progress(n, len(order), "Memadatkan berkas sinkronisasi…")
                entry = roster.get(who)
                segs = by_office[who]
                if entry is None or entry.status == keys.WAITING:
                    for g in segs:  # not approved yet: carried over as they are
                        plain = sf.plain(g)
                        records.extend(_raw_segment(out, len(records), g.meta, plain))
                    continue
                good = [g for g in segs if _genuine(trust, sf, g)]
                if len(good) < len(segs):
                    result.dibuang.append(entry.nama)
                if not good:
                    continue
                tables: dict[str, dict[str, list[Any]]] = {t: {} for t in COLUMNS}
                for g in good:
                    body = sf.body(g)
                    for t, cols in COLUMNS.items():
                        part = body["tabel"].get(t, {"kolom": list(cols), "baris": []})
                        pos = {c: i for i, c in enumerate(part["kolom"])}
                        for r in part["baris"]:
                            tables[t][str(r[0])] = [r[pos[c]] if c in pos else None for c in cols]
                spans = sorted(
                    (int(g.meta["dari"]), int(g.meta["sampai"]))
                    for g in good
                    if "dari" in g.meta and "sampai" in g.meta
                )
                covered = 0
                for start, end in spans:
                    if start > covered:
                        break
                    covered = max(covered, end)
                if who == ctx.kantor_id:  # the Dinas knows what it sent into this file
                    berkas = s.get(SyncBerkas, sf.file_id)
                    covered = max(covered, berkas.batas_kirim if berkas is not None else 0)
                segmen_id = str(uuid.uuid4())
                meta = {
                    "segmen": segmen_id,
                    "kantor_id": ctx.kantor_id,
                    "kantor_nama": ctx.kantor_nama,
                    "kantor_jenis": ctx.kantor_jenis,
                    "wilayah": ctx.wilayah_kode,
                    "atas_nama": who,
                    "atas_nama_nama": entry.nama,
                    "kompak": True,
                    "waktu": utcnow().isoformat(timespec="seconds") + "Z",
                    "jumlah": {t: len(tables[t]) for t in COLUMNS},
                    "dari": 0,
                    "sampai": covered,
                    **trust.to_send(key),
                }
                body = {
                    "format": BODY_FORMAT,
                    "tabel": {
                        t: {"kolom": list(cols), "baris": list(tables[t].values())}
                        for t, cols in COLUMNS.items()
                    },
                }
                sealer = functools.partial(seal, key)
                records.extend(container.encode_segment(out, len(records), meta, body, sealer))
                new_ids.append(segmen_id)
            container.write(out, records)
            for sid in new_ids:  # the Dinas holds all of it already
                s.add(SyncSegmen(berkas_id=sf.file_id, segmen_id=sid))
        result.segmen_sesudah = len(records) // 2
        result.ukuran_sesudah = path.stat().st_size
        return result


def _genuine(trust: Trust, sf: SyncFile, g: container.Segment) -> bool:
    verdict = trust.judge(g)
    return verdict.sender is not None and verify_body(sf, g)


def _raw_segment(
    out: SyncFile, index: int, meta: dict[str, Any], plain: bytes
) -> tuple[bytes, bytes]:
    """A segment re-encrypted at its new place with its content (and signature) unchanged."""
    return (
        container._record(out, container.KIND_META, index, json.dumps(meta).encode()),
        container._record(out, container.KIND_BODY, index + 1, plain),
    )
