"""Conflicts and duplicate-NIK pairs that a sync left for a user to decide, field by field.

A conflict: the same participant was changed here and at another office since they last synced.
The sync already applied the deterministic winner (the higher version); the user may take any
field from the other side, which becomes a new local change that travels to every office.

A duplicate pair: the same NIK was registered at two offices. The incoming record waits aside
(``sync_tertahan``); merging keeps the local record with the chosen field values, and stores the
incoming one as deleted (its heirs move to the kept record), so every office ends with one.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select

from jamsostek_desk.domain.errors import UserError
from jamsostek_desk.domain.peserta import LABELS, PESERTA_FIELDS
from jamsostek_desk.services import audit
from jamsostek_desk.services.common.progress import Progress, no_progress, step
from jamsostek_desk.services.context import AppContext
from jamsostek_desk.services.sync.records import AP, PP, PT, Applier, to_python
from jamsostek_desk.store.models import AhliWaris, Peserta, new_id, utcnow
from jamsostek_desk.store.settings import next_seq, stamp
from jamsostek_desk.store.sync_models import SyncKonflik, SyncTertahan

SIDES = ("lokal", "masuk")


@dataclass(frozen=True)
class FieldChoice:
    field: str
    label: str
    lokal: str  # as shown to the user
    masuk: str
    pemenang: str  # the side the sync (or the deterministic rule) took
    diubah: str = ""  # who changed it: "di kantor ini dan di Kantor X" (empty: not known)


@dataclass(frozen=True)
class OpenItem:
    id: str
    jenis: str  # "konflik" | "duplikat"
    nik: str
    nama: str
    kantor_masuk: str
    waktu: Any
    fields: list[FieldChoice]


def _show(field: str, value: Any) -> str:
    return audit.display(to_python(PT, field, value)) if field in PT.c else str(value or "")


def open_items(ctx: AppContext) -> list[OpenItem]:
    with ctx.db.session() as s:
        rows = s.execute(
            select(SyncKonflik)
            .where(SyncKonflik.selesai.is_(None))
            .order_by(SyncKonflik.waktu, SyncKonflik.id)
        ).scalars()
        out = []
        for k in rows:
            lokal, masuk = json.loads(k.lokal), json.loads(k.masuk)
            fields = _choices(k, lokal, masuk)
            out.append(OpenItem(k.id, k.jenis, k.nik, k.nama, k.kantor_masuk, k.waktu, fields))
        return out


def _choices(k: SyncKonflik, lokal: dict[str, Any], masuk: dict[str, Any]) -> list[FieldChoice]:
    """The fields to decide. A conflict found by the field merge lists only the fields changed
    at both offices (the others were merged already), each with the side the merge kept; an
    older entry or a duplicate pair lists every field that differs."""
    label = {f: LABELS.get(f, "Dihapus" if f == "deleted_at" else f) for f in lokal}
    listed = masuk.get("_konflik")
    if k.jenis != "konflik" or listed is None:
        return [
            FieldChoice(
                f, label[f], _show(f, lokal.get(f)), _show(f, masuk.get(f)), k.pemenang or "lokal"
            )
            for f in (*PESERTA_FIELDS, "deleted_at")
            if lokal.get(f) != masuk.get(f)
        ]
    here, there = set(masuk.get("_diubah_lokal", [])), set(masuk.get("_diubah_masuk", []))
    sides = masuk.get("_pemenang", {})
    out = []
    for f in (*PESERTA_FIELDS, "deleted_at"):
        if f not in listed or lokal.get(f) == masuk.get(f):
            continue
        who = [
            w for w, changed in (("kantor ini", f in here), (k.kantor_masuk, f in there)) if changed
        ]
        verb = "Dihapus" if f == "deleted_at" else "Diubah"
        out.append(
            FieldChoice(
                f,
                label[f],
                _show(f, lokal.get(f)),
                _show(f, masuk.get(f)),
                sides.get(f, k.pemenang or "lokal"),
                f"{verb} di {' dan di '.join(who)}" if who else "",
            )
        )
    return out


def resolve(ctx: AppContext, item_id: str, choices: dict[str, str]) -> None:
    """Settle a conflict or merge a duplicate pair with the user's choice per field
    (``{field: "lokal" | "masuk"}``; fields not named keep what is stored here now)."""
    bad = [f for f, side in choices.items() if side not in SIDES]
    if bad:
        raise UserError(f"Pilihan tidak dikenal untuk: {', '.join(bad)}.")
    with ctx.db.session() as s:
        k = s.get(SyncKonflik, item_id)
        if k is None or k.selesai is not None:
            raise UserError("Konflik ini sudah diselesaikan (mungkin di jendela lain).")
        p = s.get(Peserta, k.entitas_id)
        if p is None:
            raise UserError("Data peserta untuk konflik ini tidak ditemukan lagi.")
        masuk = json.loads(k.masuk)
        if k.jenis == "duplikat":
            t = s.get(SyncTertahan, k.lain_id)
            if t is not None:
                masuk = {f: json.loads(t.data)[PP[f]] for f in (*PESERTA_FIELDS, "deleted_at")}
        # A conflict's "lokal" side is what this office had before the sync (the sync may have
        # applied the other side); a duplicate's "lokal" side is the local record as it is now.
        lokal = json.loads(k.lokal) if k.jenis == "konflik" else {}
        changes: dict[str, tuple[object, object]] = {}
        for f, side in choices.items():
            source = masuk if side == "masuk" else lokal
            if f not in source:
                continue
            if f == "deleted_at":
                new: Any = to_python(PT, f, source[f])
                if (p.deleted_at is None) != (new is None):
                    changes["dihapus"] = (p.deleted_at is not None, new is not None)
                    p.deleted_at = utcnow() if new is not None else None
                continue
            if f == "nik" and k.jenis == "duplikat":
                continue
            new = to_python(PT, f, source[f])
            if getattr(p, f) != new:
                changes[f] = (getattr(p, f), new)
                setattr(p, f, new)
        if (p.status == "nonaktif") != (p.nonaktif_alasan is not None):
            raise UserError(
                "Pilihan ini tidak cocok: status nonaktif dan alasan nonaktif harus diambil dari "
                "sisi yang sama."
            )
        version = stamp(s)
        if changes:
            p.updated_at, p.version = utcnow(), version
        held = s.get(SyncTertahan, k.lain_id) if k.jenis == "duplikat" else None
        if held is not None and k.lain_id < p.id:
            # Every office keeps the same one of the pair (the smaller id), so that two offices
            # merging the same pair at once never delete both.
            _keep_held(s, ctx, p, k.lain_id, version)
            changes["gabung"] = (p.id, k.lain_id)
            audit.record(s, ctx, "peserta", k.lain_id, "gabung", changes)
        else:
            if k.jenis == "duplikat":
                _merge_away(s, ctx, k.lain_id, p.id, version)
                changes["gabung"] = (k.lain_id, p.id)
            audit.record(
                s, ctx, "peserta", p.id, "konflik" if k.jenis == "konflik" else "gabung", changes
            )
        k.selesai = utcnow()


def _raw(value: Any) -> Any:
    """A Python value in SQLite's stored form (as rows travel)."""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    return value


def _keep_held(s: Any, ctx: AppContext, local: Peserta, held_id: str, version: int) -> None:
    """Merge into the held participant: it takes the chosen values and the local heirs, and
    the local one is stored as deleted (the deletion travels)."""
    t = s.get(SyncTertahan, held_id)
    r = json.loads(t.data)
    for f in PESERTA_FIELDS:
        if f != "nik":
            r[PP[f]] = _raw(getattr(local, f))
    now = utcnow()
    local.deleted_at, local.updated_at, local.version = now, now, version
    s.flush()  # the NIK is free now
    r[PP["deleted_at"]] = None
    r[PP["updated_at"]] = _raw(now)
    r[PP["version"]] = version
    r[PP["versi_kolom"]] = json.dumps({"_": version})  # the merge's result: a new change
    applier = Applier(s, ctx, 0)
    if s.get(Peserta, held_id) is not None:
        applier.update_rows("peserta", tuple(PP), [r])
    else:
        applier.insert_rows("peserta", (*PP, "seq"), [[*r, next_seq(s)]])
    s.delete(t)
    s.flush()
    for h in list(
        s.execute(
            select(SyncTertahan).where(
                SyncTertahan.entitas == "ahli_waris", SyncTertahan.peserta_id == held_id
            )
        ).scalars()
    ):
        applier.insert_rows("ahli_waris", tuple(AP), [json.loads(h.data)])
        s.delete(h)
    for a in s.execute(
        select(AhliWaris).where(AhliWaris.peserta_id == local.id, AhliWaris.deleted_at.is_(None))
    ).scalars():
        a.peserta_id, a.updated_at, a.version = held_id, now, version


def _merge_away(s: Any, ctx: AppContext, held_id: str, keep_id: str, version: int) -> None:
    """Store the held duplicate as deleted here (the deletion travels), and move its held heirs
    to the kept participant."""
    t = s.get(SyncTertahan, held_id)
    if t is None:
        return
    r = json.loads(t.data)
    now = utcnow().strftime("%Y-%m-%d %H:%M:%S.%f")
    r[PP["deleted_at"]] = now
    r[PP["updated_at"]] = now
    r[PP["version"]] = version
    r[PP["versi_kolom"]] = json.dumps({"_": version})
    applier = Applier(s, ctx, 0)
    exists = s.get(Peserta, held_id) is not None
    if exists:
        applier.update_rows("peserta", tuple(PP), [r])
    else:
        s.flush()
        applier.insert_rows("peserta", (*PP, "seq"), [[*r, next_seq(s)]])
    s.delete(t)
    for h in list(
        s.execute(
            select(SyncTertahan).where(
                SyncTertahan.entitas == "ahli_waris", SyncTertahan.peserta_id == held_id
            )
        ).scalars()
    ):
        a = json.loads(h.data)
        s.add(
            AhliWaris(
                id=a[AP["id"]] or new_id(),
                peserta_id=keep_id,
                kantor_id=a[AP["kantor_id"]],
                nama=a[AP["nama"]],
                hubungan=a[AP["hubungan"]],
                nik=a[AP["nik"]],
                no_hp=a[AP["no_hp"]],
                version=version,
                created_at=utcnow(),
                updated_at=utcnow(),
                deleted_at=None if a[AP["deleted_at"]] is None else utcnow(),
            )
        )
        s.delete(h)


def resolve_all(ctx: AppContext, progress: Progress = no_progress) -> int:
    """Settle every open item with the default choices (conflicts keep the newest data,
    duplicate pairs merge with this office's values); each item is its own transaction."""
    items = open_items(ctx)
    for n, item in enumerate(items):
        step(progress, n, len(items), "Menyelesaikan {nomor} dari {total}…", nomor=n + 1)
        resolve(ctx, item.id, {})
    return len(items)
