"""Whose segments are applied: signatures, the roster, invitations, approval (see keys.py).

Every segment written from format 2 on carries in its meta the writer's public key
(``kunci``), the SHA-256 of its body as written (``isi_sha256``), the writer's invitation
(``undangan``, from its join file) or, from the root, the signed roster (``roster``), and the
Ed25519 signature of all that (``tanda``). A segment is applied only when its office is trusted
here (root, roster, invitation or approval), the key is the one trusted for that office, and
the signature and body check; otherwise it is refused whole (set aside with a message naming
the office), or, for an office not approved yet, left in the file until it is.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy.orm import Session

from jamsostek_desk.services.context import AppContext
from jamsostek_desk.services.sync import keys
from jamsostek_desk.services.sync.checks import Sender
from jamsostek_desk.services.sync.container import Segment, SyncFile
from jamsostek_desk.store.settings import get_setting, set_setting

_SENT = "sync_daftar_terkirim:"  # + file id: hash of the roster last written into that file


def seal(key: Ed25519PrivateKey, meta: dict[str, Any], plain: bytes) -> dict[str, Any]:
    body = {**meta, "isi_sha256": hashlib.sha256(plain).hexdigest()}
    return {**body, "tanda": keys.sign(key, body)}


def _unsigned(meta: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in meta.items() if k != "tanda"}


def verify_body(sf: SyncFile, seg: Segment) -> bool:
    return hashlib.sha256(sf.plain(seg)).hexdigest() == seg.meta.get("isi_sha256")


@dataclass
class Verdict:
    sender: Sender | None = None
    wait: bool = False
    why: str = ""


class Trust:
    def __init__(self, s: Session, ctx: AppContext, sf: SyncFile) -> None:
        self.s, self.ctx, self.sf = s, ctx, sf
        self.waiting: list[str] = []
        self.root = keys.root_of(s)
        if self.root is None:
            self._first_root()
        if self.root is not None:
            latest = None
            for g in sf.segments:
                if (
                    g.kantor_id == self.root.kantor_id
                    and "roster" in g.meta
                    and self._signed(g, self.root.kunci)
                ):
                    latest = g.meta["roster"]
            if latest is not None:
                keys.take_roster(s, self.root, latest)

    def _signed(self, seg: Segment, public: str) -> bool:
        return seg.meta.get("kunci") == public and keys.verify(
            public, _unsigned(seg.meta), seg.meta.get("tanda")
        )

    def _first_root(self) -> None:
        """No join file: the first Dinas PMD segment that carries a roster signed by its own key
        is taken as the root (trust on first use)."""
        for g in self.sf.segments:
            m = g.meta
            pub, roster = m.get("kunci"), m.get("roster")
            if m.get("kantor_jenis") != "dinas_pmd" or not isinstance(pub, str) or not roster:
                continue
            if not self._signed(g, pub) or str(m.get("wilayah", "")) != self.ctx.kabupaten_kode:
                continue
            self.root = keys.Entry(
                g.kantor_id, str(m.get("kantor_nama", ""))[:200], "dinas_pmd",
                str(m["wilayah"]), pub, keys.ROOT, "pertama",
            )  # fmt: skip
            keys.put(self.s, self.root)
            return

    def judge(self, seg: Segment) -> Verdict:
        m = seg.meta
        nama = str(m.get("kantor_nama", "kantor lain"))[:200]
        pub = m.get("kunci")
        if "tanda" not in m or not isinstance(pub, str):
            return Verdict(why=f"tidak bertanda tangan {nama} (dibuat versi aplikasi lama)")
        known = keys.roster(self.s).get(seg.kantor_id)
        if known is None or known.status == keys.WAITING:
            known = self._by_invitation(seg, pub) or known
        if known is None or known.status == keys.WAITING:
            if known is None or known.kunci != pub:
                keys.put(
                    self.s,
                    keys.Entry(
                        seg.kantor_id[:36], nama, str(m.get("kantor_jenis", ""))[:20],
                        str(m.get("wilayah", ""))[:13], pub[:64], keys.WAITING, "berkas",
                    ),
                )  # fmt: skip
            if nama not in self.waiting:
                self.waiting.append(nama)
            return Verdict(wait=True)
        if known.kunci != pub:
            return Verdict(
                why=f"kunci {nama} tidak cocok dengan daftar kantor (kiriman palsu, atau kunci "
                "kantor itu hilang dan diganti: minta Dinas memeriksanya)"
            )
        if not self._signed(seg, pub):
            return Verdict(why=f"tanda tangan {nama} tidak cocok (kiriman diubah atau palsu)")
        root = self.root is not None and known.kantor_id == self.root.kantor_id
        behalf = m.get("atas_nama")
        if root and isinstance(behalf, str) and behalf != known.kantor_id:
            # a compacted snapshot of another office's changes, written by the root: applied
            # with that office's scope, so compaction never widens what an office may change
            other = keys.roster(self.s).get(behalf)
            if other is None or other.status not in (keys.ROOT, keys.APPROVED):
                name = str(m.get("atas_nama_nama", "kantor lain"))[:200]
                if name not in self.waiting:
                    self.waiting.append(name)
                return Verdict(wait=True)
            return Verdict(Sender(other.kantor_id, other.nama, other.jenis, other.wilayah, False))
        return Verdict(
            Sender(known.kantor_id, known.nama or nama, known.jenis, known.wilayah, root)
        )

    def _by_invitation(self, seg: Segment, pub: str) -> keys.Entry | None:
        inv, m = seg.meta.get("undangan"), seg.meta
        if self.root is None or not isinstance(inv, dict) or not self._signed(seg, pub):
            return None
        body = _unsigned(inv)
        if body.get("root") != self.root.kantor_id or not keys.verify(
            self.root.kunci, body, inv.get("tanda")
        ):
            return None
        if (body.get("jenis"), body.get("wilayah")) != (m.get("kantor_jenis"), m.get("wilayah")):
            return None
        tag = ("undangan:" + str(body.get("undangan")))[:20]
        used = [e for e in keys.roster(self.s).values() if e.sumber == tag]
        if any(e.kantor_id != seg.kantor_id for e in used):
            return None  # one invitation, one office
        e = keys.Entry(
            seg.kantor_id, str(m.get("kantor_nama", ""))[:200], str(body["jenis"]),
            str(body["wilayah"]), pub, keys.APPROVED, tag,
        )  # fmt: skip
        keys.put(self.s, e)
        return e

    # -- what this office adds to its own segments ---------------------------------------
    def to_send(self, key: Ed25519PrivateKey) -> dict[str, Any]:
        out: dict[str, Any] = {"kunci": keys.public_b64(key)}
        if self.root is not None and self.root.kantor_id == self.ctx.kantor_id:
            out["roster"] = keys.signed_roster(self.s, key, self.ctx.kantor_id)
        inv = keys.invitation(self.s)
        if inv is not None:
            out["undangan"] = inv
        return out

    def _roster_hash(self, extra: dict[str, Any]) -> str:
        body = {k: v for k, v in extra["roster"].items() if k != "tanda"}
        return hashlib.sha256(json.dumps(body, sort_keys=True).encode()).hexdigest()

    def roster_changed(self, extra: dict[str, Any]) -> bool:
        return get_setting(self.s, _SENT + self.sf.file_id, "") != self._roster_hash(extra)

    def roster_sent(self, extra: dict[str, Any]) -> None:
        if extra.get("roster"):
            set_setting(self.s, _SENT + self.sf.file_id, self._roster_hash(extra))
